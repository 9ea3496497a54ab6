"""Session 22: aid given or pledged "to help X (do something)" goes to X."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads


@pytest.mark.parametrize("text, code, source, target", [
    ("Tokyo pledged $150 million on Friday to help the Philippines rebuild after the floods, officials said.",
     "033", "JPN", "PHL"),
    ("Washington will provide more air-defence systems to help Ukraine protect its power grid, an aide said.",
     "03", "USA", "UKR"),
])
def test_aid_goes_to_the_party_its_purpose_helps(pipeline, text, code, source, target):
    aid = [d for d in coded_dyads(pipeline, text) if d[0].startswith(code)]
    assert any(s and s.startswith(source) and t and t.startswith(target) for _, s, t in aid), coded_dyads(pipeline, text)
