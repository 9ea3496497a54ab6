"""A bare "a spokesman/spokeswoman said" after the clause it reports speaks for the named person,
else the organisation, that clause is about."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The UN envoy for Yemen, Hans Lindqvist, met both delegations in Muscat and urged them to extend the truce, "
     "a spokeswoman said.", "Hans Lindqvist"),
    ("Interior Minister Paula Serrano ordered an inquiry into the shooting on Monday, a spokesman said.",
     "Paula Serrano"),
    ("The World Health Organization sent two tonnes of medical supplies to the flooded region, a spokeswoman said.",
     "World Health Organization"),
])
def test_the_spokesperson_speaks_for_whom_the_clause_is_about(pipeline, text, speaker):
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in record.quotes] == [speaker]
