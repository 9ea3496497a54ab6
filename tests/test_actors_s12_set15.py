"""Actors met on the set15 texts, checked on the team's own sentences: a person presented by a family
tie ("a mother waiting at the gate", "the boy's father") is a civilian."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("apposition", ["a mother waiting at the gate", "the father of one of the pupils"])
def test_a_person_presented_by_a_family_tie_is_a_civilian(extract, apposition):
    record = extract("Kidnapping\n\nABUJA, May 2 - Gunmen seized twelve pupils from a school in northern Nigeria "
                     f"on Monday.\n\n\"We only want them home,\" said Halima Dankura, {apposition}.\n")
    actor = named(record, "Halima Dankura")
    assert actor is not None and code(actor) == ("NGA", "CVL")
