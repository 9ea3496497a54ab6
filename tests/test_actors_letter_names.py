"""A one-letter name the tokenizer glues to the full stop ending its sentence ("she wrote on X.")
is still the name; an initial inside a personal name is not a name of its own. The sentences are
the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text", [
    "Row\n\nPoland protested. The minister posted the letter on X.\n\nLithuania said nothing.\n",
    "Row\n\nPoland protested. Its minister wrote about it on X.\n",
])
def test_a_platform_named_at_a_sentence_end_is_found(extract, text):
    found = named(extract(text), "X (Twitter)")
    assert found is not None and found.code == "USABUS"


def test_an_initial_inside_a_name_stays_in_the_name(extract):
    record = extract("Visit\n\nJohn F. Kennedy visited Berlin in 1963.\n")
    assert named(record, "X (Twitter)") is None
    assert not any(a.name in ("F.", "F") for a in record.actors)
