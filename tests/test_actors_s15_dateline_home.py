"""A story that names no state, demonym or state body takes its main country from the place it was
filed from, not from the home of the agency that filed it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("LUSAKA, May 9 (Reuters) - Police fired tear gas to disperse the traders outside the central market "
     "on Friday.", "ZMBCOP"),
    ("MANILA, Oct 2 (AFP) - Police dispersed the jeepney drivers outside the transport office on Monday.",
     "PHLCOP"),
])
def test_unnamed_police_take_the_dateline_state(pipeline, text, code):
    record = pipeline.extract(text)
    police = [a for a in record.actors if a.name.lower() == "police"]
    assert police, [a.name for a in record.actors]
    assert police[0].code == code
