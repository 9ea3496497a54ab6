"""Acts told in a sentence that are no act of their own (session 23, precision): what someone is
"armed with" describes them, it supplies no arms; an act a party is invited to do is only asked of
it; a wrong someone is charged with is the charge's content, not the teller's finding; a patrol
aimed at no one shows force to no one; airspace closed to another's aircraft is an embargo on it."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_a_passenger_armed_with_a_pistol_is_described_not_armed(pipeline):
    found = coded_dyads(pipeline, "A Libyan passenger armed with a pistol hijacked a plane of a Tunisian "
                                  "airline on Wednesday.")
    assert [d for d in found if d[0][:2] == "07"] == []


def test_crews_said_to_be_armed_with_knives_get_no_arms(pipeline):
    found = coded_dyads(pipeline, "The Vietnamese navy said the Chinese crews were armed with knives and "
                                  "iron bars.")
    assert [d for d in found if d[0][:2] == "07"] == []


def test_a_state_that_arms_a_militia_still_provides_military_aid(pipeline):
    found = coded_dyads(pipeline, "Iran armed the Houthi rebels with drones and missiles, the United States said.")
    assert [d for d in found if d[0] == "072" and d[1] == "IRNGOV"] != []


def test_firms_invited_to_invest_do_not_invest_yet(pipeline):
    found = coded_dyads(pipeline, "The Uzbek trade minister invited Kenyan firms to invest in Uzbekistan.")
    assert [d for d in found if d[0][:2] == "06" or d[1] == "KENBUS"] == []
    assert ("0211", "UZBGOV", "KENBUS") in found


def test_a_wrong_someone_is_charged_with_is_no_finding_of_the_teller(pipeline):
    found = coded_dyads(pipeline, "Tunisia: ex-minister held\n\nTUNIS, May 3 - The opposition party said its deputy "
                                  "head had been charged with \"conspiracy against the state\".")
    assert [d for d in found if d[0][:2] == "11"] == []


def test_soldiers_patrolling_near_a_palace_show_force_to_no_one(pipeline):
    found = coded_dyads(pipeline, "Malian soldiers patrol near the presidential palace after the attack.")
    assert [d for d in found if d[0][:2] == "15"] == []


def test_a_state_closing_its_airspace_to_anothers_airlines_embargoes_that_state(pipeline):
    found = coded_dyads(pipeline, "Congo closed its airspace to Rwandan airlines on Tuesday.")
    assert [d for d in found if d[0] == "163" and d[1] == "CODGOV" and (d[2] or "").startswith("RWA")] != []
    assert [d for d in found if d[0][:2] == "19"] == []


def test_airspace_closed_to_no_one_named_is_still_a_cut_of_traffic(pipeline):
    found = coded_dyads(pipeline, "Niger's military rulers closed the country's airspace on Sunday.")
    assert [d for d in found if d[0] == "163" and (d[1] or "").startswith("NER")] != []
