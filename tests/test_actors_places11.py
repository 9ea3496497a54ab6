"""A place named only as a place is no actor: a city glued to "-based", a "City. 3 May." dateline,
a region the dictionary files under a state where it stands as a place ("the truce in Gaza"), a
country or capital after "from" with a word of flying or accrediting; and a ship's name after
"tanker" or "bulk carrier" is no person. A capital that acts ("Quito refused") stays its state's
name. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,place", [
    ("Ban\n\nMoscow declared the Oslo-based Centre for Open Ballots an undesirable organisation on Friday.\n",
     "Oslo"),
    ("Report\n\nThe Vienna-based monitoring group said Hungary had blocked its report.\n", "Vienna"),
    ("Fund\n\nA Nairobi-headquartered charity said Uganda had frozen its accounts.\n", "Nairobi"),
])
def test_a_city_glued_to_based_is_no_name_of_its_state(extract, text, place):
    assert named(extract(text), place) is None


@pytest.mark.parametrize("text,place", [
    ("Talks\n\nEgypt said on Monday it would keep pressing for the truce in Gaza, while Israel rejected the "
     "plan.\n", "Gaza"),
    ("Aid\n\nJordan sent three planes of flour for the families in Gaza, the Red Crescent said.\n", "Gaza"),
])
def test_a_region_standing_as_a_place_is_no_name_of_its_state(extract, text, place):
    assert named(extract(text), place) is None


@pytest.mark.parametrize("text,place", [
    ("Crew\n\nThe sailors, mostly from India, would be flown home from Oman, the Yemeni coast guard said.\n",
     "Oman"),
    ("Envoy\n\nNorway's envoy, who is accredited from Stockholm, was summoned by the Latvian foreign "
     "ministry.\n", "Stockholm"),
    ("Rescue\n\nThe injured were airlifted from Chad on Sunday, Sudan's army said.\n", "Chad"),
])
def test_a_place_flown_or_accredited_from_is_no_actor(extract, text, place):
    assert named(extract(text), place) is None


def test_a_date_dateline_with_a_full_stop_only_locates(extract):
    record = extract("Reporter held\n\nTirana. 3 May. A Kosovo reporter was detained in Tirana on "
                     "Friday, Kosovo's foreign ministry said.\n")
    assert named(record, "Tirana") is None


@pytest.mark.parametrize("text,ship", [
    ("Strike\n\nThe Malta-flagged bulk carrier Sea Lark, which was carrying grain, was struck by a missile, "
     "the Houthis said.\n", "Sea Lark"),
    ("Seizure\n\nThe Greek-owned tanker Blue Heron was boarded by Iranian commandos on Sunday.\n", "Blue Heron"),
    ("Sinking\n\nNavy officers said the cargo ship Morning Tide sank near the coast.\n", "Morning Tide"),
])
def test_a_ship_s_name_is_no_actor(extract, text, ship):
    assert named(extract(text), ship) is None


@pytest.mark.parametrize("text,capital,country", [
    ("Suspects\n\nQuito refused to hand over the suspects, and the decision angered Colombia.\n", "Quito", "ECU"),
    ("Talks\n\nTalks between Cairo and Tehran resumed in Muscat on Monday, Oman said.\n", "Cairo", "EGY"),
    ("Strike\n\nRussian missiles struck Kyiv overnight, Ukraine said.\n", "Kyiv", "UKR"),
])
def test_a_capital_that_acts_stays_its_state(extract, text, capital, country):
    actor = named(extract(text), capital)
    assert actor is not None and actor.country == country


def test_an_airline_after_carrier_stays_an_actor(extract):
    record = extract("Flights\n\nThe national carrier Air Peace said it would resume flights to Accra.\n")
    assert named(record, "Air Peace") is not None


@pytest.mark.parametrize("text,place", [
    ("Row\n\nJapan said its position on Kosovo had not changed, after China criticised remarks on Kosovo by "
     "the Japanese leader.\n", "Kosovo"),
    ("Envoy leaves\n\nLars Holm, who served as the UN chief's special envoy for Western Sahara, stepped down "
     "on Friday.\n", "Western Sahara"),
    ("Talks\n\nIndia's stance on Bhutan drew a reply from China's foreign ministry on Tuesday.\n", "Bhutan"),
])
def test_a_state_named_only_as_a_topic_or_remit_is_no_actor(extract, text, place):
    assert named(extract(text), place) is None


def test_a_state_under_sanctions_on_it_stays_an_actor(extract):
    record = extract("Sanctions\n\nThe EU imposed new sanctions on Iran, and Tehran condemned the decision.\n")
    assert named(record, "Iran") is not None
