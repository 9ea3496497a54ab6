"""Session 22: force named by a noun that is the subject of a verb of force ("Strikes hit X") is one act."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Air strikes hit Yemen's north\n\nSANAA, May 2 (AP) - Saudi-led jets struck Houthi positions in northern "
    "Yemen on Friday, the rebels' television said.",
    "Israeli strikes hit Lebanon\n\nBEIRUT, May 2 (AP) - Israeli warplanes struck targets in the south of "
    "Lebanon on Friday, Lebanese state media said.",
])
def test_force_noun_and_its_verb_in_a_headline_are_one_act(pipeline, text):
    record = pipeline.extract(text)
    headline = text.split("\n", 1)[0]
    told = [e for e in record.events if e.code.startswith("19")
            and any(headline in (m.evidence or "") for m in e.mentions)]
    assert len(told) == 1, [(e.code, e.source, e.target, e.evidence) for e in record.events]
