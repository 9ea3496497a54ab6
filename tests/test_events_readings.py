"""How an act is read from its words: which words are acts at all, which code they get, and whose
act the parse makes them (verb forms, participles, misparsed headlines)."""
from __future__ import annotations

import pytest

from event_helpers import dyads
from newsgraph.pipeline.events import find_events


@pytest.mark.parametrize("text", [
    "UN food convoy reaches besieged Sudanese town after long wait\n\nThe trucks arrived on Friday.",
    "The convoy reached the besieged town of Kidal in Mali on Friday.",
])
def test_a_participle_before_a_noun_is_no_act(pipeline, text):
    doc = pipeline.nlp(text)
    assert not [c for c in find_events(doc) if c.trigger.lower_ == "besieged"]


def test_a_past_verb_before_its_object_is_still_an_act(pipeline):
    found = dyads(pipeline, "Rebels besieged the Malian town of Kidal in May.")
    assert [d for d in found if d[0] == "191"]
