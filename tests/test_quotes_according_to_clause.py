""" "A happened according to X, and B did C": the source phrase names the source of the clause it
closes, not of the next clause joined by a coordinator."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content", [
    ("The camps hold about 40,000 refugees according to the figures of the agency, and the governor has asked "
     "for their return before winter.", "The camps hold about 40,000 refugees"),
    ("Prices rose by a fifth in March according to the central bank, but the finance minister blamed the drought.",
     "Prices rose by a fifth in March"),
    ("Turnout reached 62 percent according to the electoral commission, and opposition parties have already "
     "rejected the result.", "Turnout reached 62 percent"),
])
def test_the_source_phrase_covers_the_clause_before_the_coordinator(pipeline, text, content):
    assert [q.text for q in pipeline.extract(text).quotes] == [content]
