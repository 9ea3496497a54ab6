"""Disapproval told through an adjective about another's act: "described the decision as
unjustified" (a label hung on "as") and "said the expulsion was regrettable" (a predicate) are the
namer's or teller's disapproval of the act's author."""
from __future__ import annotations

from event_helpers import dyads

BEFORE = "Niger expelled the Belgian ambassador on Monday. "


def _disapproval(found) -> list:
    return [(d[1], d[2]) for d in found if d[0][:2] == "11"]


def test_an_adjective_label_after_as_is_the_namers_disapproval(pipeline):
    found = dyads(pipeline, BEFORE + "Belgium described the decision as unjustified.")
    assert _disapproval(found) == [("Belgium", "Niger")]


def test_a_predicate_adjective_under_a_report_is_the_tellers_disapproval(pipeline):
    found = dyads(pipeline, BEFORE + "The Netherlands said the expulsion was regrettable.")
    assert _disapproval(found) == [("Netherlands", "Niger")]


def test_a_praising_adjective_label_is_no_disapproval(pipeline):
    found = dyads(pipeline, BEFORE + "Mali described the decision as courageous.")
    assert _disapproval(found) == []


def test_an_act_said_to_break_the_rules_is_the_tellers_accusation_of_its_author(pipeline):
    found = dyads(pipeline, "Malaysia banned exports of raw bauxite to Japan on Monday. Japan's trade ministry "
                            "said the ban violated World Trade Organization rules.")
    assert [(d[0], d[2]) for d in found if d[0][:2] == "11"] == [("112", "Malaysia")]


def test_a_strike_threatened_on_a_condition_presses_the_conditions_subject(pipeline):
    found = dyads(pipeline, "Ghana's Trades Union Congress threatened to call a general strike if the government "
                            "did not raise the minimum wage within a month.")
    assert [d[2] for d in found if d[0] == "133"] == ["government"]
