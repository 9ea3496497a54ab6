"""Sides of reactions to what someone said, wrote or decided (a report, a statement, an order): the
reaction is aimed at the author, named by the words or told of just before."""
from __future__ import annotations

from event_helpers import dyads


def test_a_statement_by_a_named_body_is_aimed_at_that_body(pipeline):
    found = dyads(pipeline, "Uganda's government dismissed a statement by Amnesty International that accused "
                            "the police of torture.")
    assert ("120", "Uganda's government", "Amnesty International") in found


def test_the_report_is_the_one_whose_teller_was_just_told_of(pipeline):
    found = dyads(pipeline, "Amnesty International said troops had fired on protesters in Harare. Zimbabwe's "
                            "government rejected the report on Wednesday.")
    assert ("120", "Zimbabwe's government", "Amnesty International") in found


def test_a_statement_issued_before_is_aimed_at_its_issuer(pipeline):
    found = dyads(pipeline, "The European Union issued a statement criticising the crackdown. Belarus dismissed "
                            "the statement on Friday.")
    assert ("120", "Belarus", "European Union") in found


def test_an_order_told_with_the_same_word_before_is_aimed_at_the_one_who_ordered(pipeline):
    found = dyads(pipeline, "The International Criminal Court ordered Kenya to hand over the suspects. Rain fell "
                            "in Nairobi. Traffic was slow. Kenya's president hailed the order on Friday.")
    assert any(code == "051" and target == "International Criminal Court" for code, _, target in found)


def test_a_report_told_by_the_reacting_one_s_own_state_is_not_rejected_at_it(pipeline):
    found = dyads(pipeline, "Kenya's health ministry said on Monday that cases had risen sharply. Kenyan "
                            "President William Ruto rejected the report.")
    assert not any(code == "120" for code, _, _ in found)


def test_indefinite_reports_are_not_taken_for_the_teller_s_words(pipeline):
    found = dyads(pipeline, "Amnesty International said troops had fired on protesters. The president rejected "
                            "reports that soldiers had fled their posts.")
    assert not any(code == "120" and target == "Amnesty International" for code, _, target in found)
