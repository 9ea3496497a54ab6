"""A lawyer who pleads for a client is an elite (ELI), not an officer of the court (JUD); judges and
prosecutors stay JUD. The stories are invented."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)

STORY = ("Trial\n\nAsuncion - A Paraguayan judge, Marta Giménez, refused bail for the former mayor on "
         "Monday. The mayor's lawyer, Rosa Villalba, said her client would appeal.\n")


@pytest.mark.parametrize("person,sector", [("Rosa Villalba", "ELI"), ("Marta Giménez", "JUD")])
def test_lawyers_are_elites_and_judges_judiciary(extract, person, sector):
    assert named(extract(STORY), person).sector == sector
