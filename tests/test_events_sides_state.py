"""Acts aimed at a state no words name as their target: dissent and its end are aimed at the
protesters' own state, and a reaction to a vote's outcome at the state that held the vote."""
from __future__ import annotations

from event_helpers import dyads


def test_a_strike_called_off_is_aimed_at_the_unions_state(pipeline):
    found = dyads(pipeline, "Nigeria's main labour unions suspended a three-day general strike on Thursday.")
    assert any(code.startswith("08") and target == "Nigeria" for code, _, target in found)


def test_a_shutdown_called_by_the_opposition_is_aimed_at_its_state(pipeline):
    found = dyads(pipeline, "Bangladesh's main opposition party called a 48-hour nationwide shutdown.")
    assert any(code.startswith("14") and target == "Bangladesh" for code, _, target in found)


def test_a_government_s_own_boycott_is_not_aimed_at_itself(pipeline):
    found = dyads(pipeline, "Kenya's government boycotted the summit.")
    assert not any(target == "Kenya" for _, _, target in found)


def test_a_rejected_vote_result_is_aimed_at_the_state_that_voted(pipeline):
    found = dyads(pipeline, "The United States rejected the outcome of Venezuela's election.")
    assert ("120", "United States", "Venezuela") in found


def test_a_vote_result_rejected_at_home_is_aimed_at_the_home_state(pipeline):
    found = dyads(pipeline, "The electoral commission of Bangladesh announced the count. "
                            "The main opposition party rejected the result as a sham.")
    assert any(code == "120" and target == "Bangladesh" for code, _, target in found)


def test_a_demand_for_elections_by_no_one_named_is_not_made_of_the_state(pipeline):
    found = dyads(pipeline, "Thousands marched through Tbilisi to demand new elections.")
    assert not any(code.startswith("10") and source is None and target for code, source, target in found)
