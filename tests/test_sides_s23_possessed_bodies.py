"""Session 23: "its ministry", "its spokesman" told after the body they belong to stand for it."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_its_ministry_is_the_state_named_before(pipeline):
    text = ("Sudan accused the United Arab Emirates of arming the militia. "
            "Its foreign ministry asked the Security Council to identify whoever supplied the weapons.")
    found = [d for d in coded_dyads(pipeline, text) if d[0] == "020"]
    assert found and any(source == "SDNGOV" for _, source, _ in found)


def test_its_spokesman_speaks_for_the_party_named_before(pipeline):
    text = ("The main opposition party in Benin, the Democrats, boycotted the vote. "
            "Its spokesman condemned the ballot as a farce.")
    found = [d for d in dyads(pipeline, text) if d[0] == "111"]
    assert found and any(source == "main opposition party" for _, source, _ in found)
