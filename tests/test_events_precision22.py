"""Acts told in a sentence that are no new act of their own (session 22, precision): a definite act
noun someone is blamed for takes up an act told before; an order given to no named party is an
instruction down the giver's own line of command."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_the_attack_a_party_is_blamed_for_is_no_new_attack_by_that_party(pipeline):
    found = dyads(pipeline, "Gunmen stormed a police post in Kano on Monday, killing four officers.\n\n"
                            "Interior Minister Bello Adamu blamed a separatist militia for the attack.")
    assert [d for d in found if d[0][:2] in ("18", "19") and d[1] == "separatist militia"] == []
    assert [d[0] for d in found if d[0][:2] == "11"] == ["112"]


def test_the_seizure_a_council_is_accused_of_is_no_new_seizure(pipeline):
    found = coded_dyads(pipeline, "Armed men took over the central bank in Benghazi on Sunday.\n\n"
                                  "The speaker accused the Presidential Council of the takeover at the bank.")
    assert [d for d in found if d[0][:2] == "17"] == []


def test_an_order_to_an_official_no_actor_names_is_no_demand(pipeline):
    found = coded_dyads(pipeline, "Nigeria ordered the local commander to submit a report within a week.")
    assert [d for d in found if d[0] == "100"] == []


def test_an_order_to_a_named_state_is_still_a_demand(pipeline):
    found = coded_dyads(pipeline, "The International Court of Justice ordered Chad to avoid any measure "
                                  "likely to deepen the dispute.")
    assert found == [("100", "IGO", "TCDGOV")]


def test_what_a_plant_habitually_does_in_a_relative_clause_is_no_act(pipeline):
    found = coded_dyads(pipeline, "The Dniester power station, which burns Russian coal and supplies most of the "
                                  "region's electricity, cut its output on Monday.")
    assert [d for d in found if d[0][:2] == "17"] == []


def test_a_panel_that_monitors_an_embargo_is_described_not_reported(pipeline):
    found = coded_dyads(pipeline, "The UN extended for a year the experts' panel, which watches over the arms "
                                  "embargo on Libya.")
    assert [d for d in found if d[0][:2] == "09"] == []


def test_an_accusation_in_a_present_relative_clause_is_still_coded(pipeline):
    found = coded_dyads(pipeline, "Serbia summoned the envoy of Croatia, whom Belgrade accuses of harbouring "
                                  "war criminals.")
    assert ("112", "SRBGOV", "HRVGOV") in found


def test_defending_ones_own_decision_is_a_comment_not_an_event(pipeline):
    found = coded_dyads(pipeline, "Austria's interior minister defended the decision to turn back the rescue ship, "
                                  "and Italy protested.")
    assert [d for d in found if d[0][:2] == "05"] == []


def test_defending_another_party_is_still_verbal_support(pipeline):
    found = coded_dyads(pipeline, "France defended Chad against the rebels' claims, the ministry said.")
    assert ("052", "FRAGOV", "TCDGOV") in found


def test_members_listed_after_including_are_no_parties_of_their_own(pipeline):
    found = dyads(pipeline, "Russia expelled ten Western diplomats, including four Germans and two Poles, on Friday.")
    assert [d for d in found if d[0] == "174"] == [("174", "Russia", "ten Western diplomats")]


def test_a_condemned_decision_to_bar_officials_including_judges_is_one_dyad_each(pipeline):
    found = coded_dyads(pipeline, "Ukraine condemned Hungary's decision to bar 12 Ukrainian officials, including the "
                                  "defence minister and two judges, from entering the country.")
    assert [d for d in found if d[0] == "111"] == [("111", "UKRGOV", "HUNGOV")]
    assert len([d for d in found if d[0] == "172"]) == 1


def test_someone_flown_somewhere_is_carried_there_not_visiting(pipeline):
    found = coded_dyads(pipeline, "Congo's interior ministry said the freed Canadian engineer would be flown to "
                                  "Kinshasa on Thursday.")
    assert [d for d in found if d[0][:2] in ("03", "04")] == []


def test_a_leader_who_flew_to_a_capital_still_visits_it(pipeline):
    found = coded_dyads(pipeline, "Kenya's president flew to Addis Ababa on Monday for talks with Ethiopia's "
                                  "prime minister.")
    assert ("042", "KENGOV", "ETHGOV") in found


def test_parties_blaming_each_other_for_the_shelling_each_shelled_the_other(pipeline):
    found = dyads(pipeline, "Armenia and Azerbaijan blamed each other for the shelling.")
    assert {(d[1], d[2]) for d in found if d[0].startswith("19")} == {("Armenia", "Azerbaijan"),
                                                                        ("Azerbaijan", "Armenia")}
