"""Acts no trigger coded before session 23 (gold events whose sentence held no system event at all):

- consulting told as "spoke with X" or "raised the matter with X" (040); "speak with one voice" is no act;
- ground won told with "take" ("took the village from X", 190), armed men "sweeping into" a capital or
  entering a buffer zone (192); an infinitive "to take the base" is a purpose, not an act;
- drones intercepted or brought down (190), flights suspended to a country (163), aid dropped from
  the air (073), tents set alight (1712), soldiers cheered (051);
- a crowd forcing its way into a building (145), the doer found through a count ("thousands of
  protesters") and through the first of two joined verbs ("broke through ... and forced their way").
"""
from __future__ import annotations

from event_helpers import coded, coded_dyads


def test_spoke_with_a_counterpart_is_consulting(pipeline):
    found = coded_dyads(pipeline, "The Nigerian foreign minister spoke with his Ghanaian counterpart about "
                                  "the border dispute on Tuesday.")
    assert ("040", "NGAGOV", "GHAGOV") in found


def test_speaking_with_one_voice_is_no_act(pipeline):
    found = coded_dyads(pipeline, "The Kenyan president said East Africa must speak with one voice on trade.")
    assert not [d for d in found if d[0].startswith("04")]


def test_raising_the_matter_with_a_leader_is_consulting(pipeline):
    found = coded_dyads(pipeline, "The Peruvian president raised the matter with the Chilean president during "
                                  "a summit in Lima.")
    assert ("040", "PERGOV", "CHLGOV") in found


def test_taking_a_village_from_troops_is_force_against_them(pipeline):
    found = coded_dyads(pipeline, "Ukrainian forces took the village from Russian troops after two days "
                                  "of heavy fighting.")
    assert ("190", "UKRMIL", "RUSMIL") in found


def test_rebels_sweeping_into_a_capital_occupy_it(pipeline):
    found = coded_dyads(pipeline, "Chilean rebels swept into Santiago before dawn on Monday.")
    assert ("192", "CHLREB", "CHLGOV") in found


def test_suspending_flights_to_a_country_is_a_boycott(pipeline):
    found = coded_dyads(pipeline, "Peru suspended all flights to Bolivia on Monday.")
    assert ("163", "PERGOV", "BOLGOV") in found


def test_dropping_food_over_a_country_is_humanitarian_aid(pipeline):
    found = coded(pipeline, "The Jordanian army dropped food and medicine over Gaza on Sunday.", "073")
    assert found and found[0][1] is not None


def test_residents_cheering_soldiers_praise_them(pipeline):
    found = coded_dyads(pipeline, "Hundreds of Gabonese residents cheered the soldiers in the streets of Libreville.")
    assert [d for d in found if d[0] == "051"]


def test_setting_cars_alight_destroys_property(pipeline):
    found = coded_dyads(pipeline, "Rioters set several Kenyan police cars alight in Nairobi.")
    assert [d for d in found if d[0][:2] in ("17", "14")]


def test_thousands_of_students_forcing_their_way_in_riot(pipeline):
    found = coded(pipeline, "Thousands of Peruvian students broke through the police cordon and forced their "
                            "way into the congress building in Lima.", "145")
    assert found and found[0][1] is not None


def test_officers_taking_away_laptops_confiscate_them(pipeline):
    text = ("Police raid opposition office\n\n"
            "Ugandan police raided the Kampala office of the opposition National Unity Platform on Friday. "
            "Officers took away documents and laptops, a party spokesman said.")
    found = coded_dyads(pipeline, text)
    assert ("1711", "UGACOP", "UGAPTY") in found


def test_activists_dragged_into_a_van_by_officers_are_detained(pipeline):
    found = coded_dyads(pipeline, "Plain-clothes officers dragged three Zimbabwean activists into an unmarked van "
                                  "outside the court in Harare.")
    assert ("173", "ZWECOP", "ZWEOPP") in found
