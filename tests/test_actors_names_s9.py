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
