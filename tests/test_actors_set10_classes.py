"""Actor classes met on the set10 texts, checked on the team's own sentences: a portfolio written
after "Minister of" that the tagger glued to a name with particles ("al-", "bin"), national
food-safety and veterinary agencies, media regulators whose name several states share (coded by
the story's state), a Guinea-Bissau opposition coalition, and a Colombian armed group."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def code(actor) -> tuple:
    return (actor.country, actor.sector)


@pytest.mark.parametrize("text, name, want", [
    ("Blockade\n\nYemen's Minister of Information Muammar al-Eryani said the blockade was a crime.\n",
     "Muammar al-Eryani", ("YEM", "GOV")),
    ("Oil output\n\nSaudi Arabia's Minister of Energy Abdulaziz bin Salman said output would rise.\n",
     "Abdulaziz bin Salman", ("SAU", "GOV")),
    ("Borders\n\nJordan's Minister of Interior Mazen al-Faraya told reporters the crossing would reopen.\n",
     "Mazen al-Faraya", ("JOR", "GOV")),
])
def test_a_portfolio_is_no_part_of_the_name_after_it(extract, text, name, want):
    record = extract(text)
    person = named(record, name)
    assert person is not None, [a.name for a in record.actors]
    assert code(person) == want


@pytest.mark.parametrize("text, name, want", [
    ("Apples\n\nRosselkhoznadzor said on Friday it would restrict imports of Moldovan apples.\n",
     "Rosselkhoznadzor", ("RUS", "GOV")),
    ("Grain\n\nRussia's Federal Service for Veterinary and Phytosanitary Supervision halted Kazakh grain "
     "shipments, citing pests.\n", "Rosselkhoznadzor", ("RUS", "GOV")),
    ("Formula\n\nThe FDA recalled a batch of infant formula on Tuesday.\n", "Food and Drug Administration",
     ("USA", "GOV")),
    ("Beef\n\nThe Canadian Food Inspection Agency suspended a meat plant's licence.\n",
     "Canadian Food Inspection Agency", ("CAN", "GOV")),
])
def test_food_safety_agencies_are_state_bodies(extract, text, name, want):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == want


@pytest.mark.parametrize("text, want", [
    ("Radio\n\nMali's media regulator, the High Authority of Communication, suspended a foreign broadcaster "
     "for a month. Bamako accused the station of bias.\n", "MLI"),
    ("Licence\n\nIn Conakry, the High Authority for Communication withdrew the licence of a private radio "
     "in Guinea.\n", "GIN"),
])
def test_a_shared_regulator_name_takes_the_story_state(extract, text, want):
    actor = named(extract(text), "High Authority of Communication")
    assert actor is not None
    assert code(actor) == (want, "GOV")


def test_a_bissau_coalition_is_opposition(extract):
    record = extract("Referendum\n\nIn Bissau, the Inclusive Alliance and PAIGC urged a boycott of the "
                     "referendum in Guinea-Bissau.\n")
    assert code(named(record, "Inclusive Alliance")) == ("GNB", "OPP")
    assert code(named(record, "PAIGC")) == ("GNB", "OPP")


def test_a_colombian_armed_group_is_a_rebel(extract):
    record = extract("Talks\n\nBogota signed a deal with the armed group Comuneros del Sur on Saturday.\n")
    assert code(named(record, "Comuneros del Sur")) == ("COL", "REB")


def test_a_paraguayan_minister_keeps_his_state_in_brazilian_news(extract):
    record = extract("Extradition\n\nBrazilian police praised Interior Minister Enrique Riera, who said Brazil "
                     "would get more fugitives from Asuncion.\n")
    assert code(named(record, "Enrique Riera")) == ("PRY", "GOV")
