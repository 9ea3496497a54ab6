"""People the tagger reads as a body or a building: a capitalised name (name particles such as "de"
or "van" may stand inside it) followed by a comma and an age or an apposition that names a person's
role is a person; places and companies with appositions stay what they are."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name", [
    ("Envoy quits post.\n\nOn Thursday Staffan de Mistura, the U.N. secretary-general's personal envoy "
     "for the region, resigned.\n", "Staffan de Mistura"),
    ("Shooting in the south.\n\nGunmen fired several shots at Tomas Bagwis, 39, outside a market.\n",
     "Tomas Bagwis"),
    ("Shooting in the south.\n\nTwo men on a scooter fired four shots at Ramon Dalisay, 47, as he left "
     "his house.\n", "Ramon Dalisay"),
    ("Shooting in the north.\n\nAttackers shot Elmer Tumbaga, 55, near his home in the north.\n",
     "Elmer Tumbaga"),
])
def test_name_before_age_or_role_apposition_is_a_person(extract, text, name):
    actor = named(extract(text), name)
    assert actor is not None and actor.type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Base reopens.\n\nOn Monday Harbor Point, a former naval base, was reopened.\n", "Harbor Point"),
    ("Sales fall.\n\nGeneral Motors, the carmaker, said sales fell.\n", "General Motors"),
])
def test_places_and_companies_with_an_apposition_are_no_people(extract, text, name):
    actor = named(extract(text), name)
    assert actor is None or actor.type != "PERSON"


@pytest.mark.parametrize("text, name", [
    ("News of the day\n\nGENEVA, May 3 - Lars de Vriesen, the U.N. secretary-general's special envoy for "
     "Yemen, quit on Friday.\n", "Lars de Vriesen"),
    ("News of the day\n\nBRUSSELS, June 9 - Pieter van Hoorn, the bloc's chief negotiator, said talks had "
     "stalled.\n", "Pieter van Hoorn"),
    ("News of the day\n\nMANILA, Jan 4 - Carlos dos Anjos, 58, a radio host, was shot dead outside his "
     "home.\n", "Carlos dos Anjos"),
])
def test_untagged_name_after_a_dateline_before_a_role_is_a_person(extract, text, name):
    actor = named(extract(text), name)
    assert actor is not None and actor.type == "PERSON"


@pytest.mark.parametrize("text", [
    "News of the day\n\nLONDON, May 3 - Happy New Year, the banner said in red letters.\n",
    "News of the day\n\nCAIRO, May 3 - Port Said, the canal city, was calm on Friday.\n",
])
def test_capitalised_phrases_before_an_apposition_are_no_people(extract, text):
    assert not [a for a in extract(text).actors if a.type == "PERSON"]
