"""A demand or appeal to free someone is aimed at whoever holds them, the doer of the arrest,
seizure or abduction told before, not at the captive."""
from __future__ import annotations

from event_helpers import dyads


def test_a_call_to_free_those_arrested_is_aimed_at_the_police_that_arrested_them(pipeline):
    found = dyads(pipeline, "Ethiopian police arrested four Kenyan traders near the border on Monday. "
                            "Kenya's foreign ministry called for the release of the traders.")
    assert any(code == "0253" and target == "Ethiopian police" for code, _, target in found)
    assert not any(code == "0253" and target and "traders" in target for code, _, target in found)


def test_a_demand_to_free_detained_fishermen_is_aimed_at_the_detaining_force(pipeline):
    found = dyads(pipeline, "Russian border guards detained three Estonian fishermen on Tuesday. "
                            "Estonia demanded the release of the fishermen.")
    assert ("1053", "Estonia", "Russian border guards") in found
    assert not any(code == "1053" and target and "fishermen" in target for code, _, target in found)


def test_a_state_demanding_back_what_was_seized_from_it_asks_the_seizer(pipeline):
    found = dyads(pipeline, "Iranian forces seized a British tanker in the Strait of Hormuz on Friday. "
                            "London demanded the immediate release of the tanker and its crew.")
    assert ("1053", "United Kingdom", "Iranian forces") in found
