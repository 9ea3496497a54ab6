"""An act in a clause opened by "since" dates what the sentence tells ("the first clash since the two
states signed a deal"): background, not an event of the article."""
from __future__ import annotations

from event_helpers import dyads


def test_a_deal_named_to_date_a_clash_is_not_an_event(pipeline):
    found = dyads(pipeline, "Indian and Chinese troops clashed on the border on Monday, the first clash since "
                            "India and China signed a patrolling agreement last year.")
    assert not any(code.startswith("05") for code, _, _ in found)
    assert any(code.startswith("19") for code, _, _ in found)


def test_an_expulsion_since_which_ties_are_cut_is_not_an_event(pipeline):
    found = dyads(pipeline, "Morocco and Algeria have had no diplomatic relations since Algeria expelled "
                            "Morocco's ambassador in 2021.")
    assert not any(code.startswith("17") for code, _, _ in found)


def test_a_recall_dating_a_visit_is_not_an_event_but_one_told_with_after_is(pipeline):
    since = dyads(pipeline, "The visit is the first by a Turkish president to Egypt since Cairo recalled its "
                            "ambassador from Ankara in 2013.")
    assert not any(code.startswith("16") for code, _, _ in since)
    told = dyads(pipeline, "Egypt recalled its ambassador from Ankara after Turkey criticised the coup.")
    assert ("161", "Egypt", "Turkey") in told
