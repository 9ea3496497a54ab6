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


def test_the_governments_of_a_list_of_states_are_each_state(pipeline):
    found = dyads(pipeline, "The governments of Chile, Peru and Ecuador expressed their solidarity with Bolivia.")
    assert {source for code, source, target in found if code == "051" and target == "Bolivia"} == \
        {"Chile", "Peru", "Ecuador"}


def test_conduct_condemned_is_aimed_at_whoever_it_is_of(pipeline):
    found = dyads(pipeline, "Japan condemned the provocative behaviour of the Chinese coast guard ships near the islands.")
    assert ("111", "Japan", "Chinese coast guard") in found  # the force whose ships they are (CHNMIL)


def test_a_title_before_a_name_is_the_named_person_not_an_earlier_holder(pipeline):
    found = dyads(pipeline, "President Emmanuel Macron arrived in Astana. Macron held separate meetings with the "
                            "President of Kazakhstan Kassym-Jomart Tokayev and the Prime Minister of Hungary Viktor Orban.")
    meetings = {(source, target) for code, source, target in found if code.startswith("04")}
    assert any(target and "Tokayev" in target for _, target in meetings)
    assert not any(target and "Macron" in target for _, target in meetings)


def test_the_one_who_takes_part_in_talks_holds_them(pipeline):
    found = dyads(pipeline, "The Kenyan president took part in talks with Ugandan officials in Kampala.")
    assert any(code.startswith("04") and source and "Kenya" in source for code, source, _ in found)
