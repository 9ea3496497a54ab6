"""Two parties welcoming or condemning a thing they name ("welcomed the deal") judge that thing, not
each other; judging "each other's efforts" still pairs them."""
from __future__ import annotations

from event_helpers import dyads


def test_ministers_praising_a_deal_are_not_each_other_s_targets(pipeline):
    found = dyads(pipeline, "The foreign ministers of Egypt and Jordan praised the ceasefire deal on Monday.")
    assert not any(code.startswith("05") and target in ("Jordan", "foreign ministers") for code, _, target in found)


def test_two_states_welcoming_each_other_s_efforts_are_paired(pipeline):
    found = dyads(pipeline, "Kenya and Uganda welcomed each other's efforts.")
    assert ("051", "Kenya", "Uganda") in found and ("051", "Uganda", "Kenya") in found


def test_two_states_meeting_are_still_paired(pipeline):
    assert ("040", "Egypt", "Jordan") in dyads(pipeline, "Egypt and Jordan met in Cairo.")
