"""A speaker's name right after a quotation closed by a comma, which the tagger takes for a work of
art ('"...," NAME, the head of ..., told'), is a person who speaks. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name", [
    ("Handover\n\n\"The state now carries the full responsibility,\" Aminata Diallo, the head of MONUSCO, told "
     "the ceremony.\n", "Aminata Diallo"),
    ("Floods\n\n\"We need boats, not promises,\" Ibrahim Sow, the mayor of the town, told reporters on "
     "Monday.\n", "Ibrahim Sow"),
])
def test_a_name_after_a_closed_quotation_is_the_speaker(extract, text, name):
    record = extract(text)
    person = named(record, name)
    assert person is not None and person.type == "PERSON"
    assert any(q.speaker == person.id for q in record.quotes)
