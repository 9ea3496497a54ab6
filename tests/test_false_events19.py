"""Acts the story does not report as news (session 19): standing conduct told in a present-perfect
relative clause over a span of time, and an event noun carried by a background clause, describe a
party; the same clauses told in the story's own time are still coded."""
from __future__ import annotations

from event_helpers import dyads


def test_a_present_perfect_relative_clause_over_years_is_standing_conduct(pipeline):
    found = dyads(pipeline, "Chad's army blamed the Tamar militia, which has fought the army in Salamat for years, "
                            "for the fuel shortage.")
    assert not [d for d in found if d[0].startswith("19")]


def test_a_present_perfect_relative_clause_since_a_time_is_standing_conduct(pipeline):
    found = dyads(pipeline, "Senator Ilse Marant, who has clashed with Prime Minister Ruud Vos since the spring, "
                            "resigned from the Dutch cabinet.")
    assert not [d for d in found if d[0].startswith("19")]


def test_a_present_perfect_relative_clause_without_a_span_is_still_coded(pipeline):
    found = dyads(pipeline, "Archbishop Tomas Velo, who has called for talks with Managua, met Nicaraguan "
                            "officials on Monday.")
    assert any(code.startswith("0") and source == "Tomas Velo" for code, source, _ in found)


def test_an_event_noun_in_a_relative_clause_dated_last_year_is_background(pipeline):
    found = dyads(pipeline, "The Gambian cabinet, which declared its exit from the African court last year, "
                            "condemned the ruling on Friday.")
    assert not [d for d in found if d[0].startswith("08")]


def test_an_event_noun_in_a_relative_clause_of_the_story_s_time_is_still_coded(pipeline):
    found = dyads(pipeline, "Oman, which brokered a truce between Sudan and Chad on Sunday, urged both "
                            "sides to talk.")
    assert any(code == "0871" for code, _, _ in found)


def test_two_parties_agreeing_together_is_one_agreement_from_the_first_named(pipeline):
    found = dyads(pipeline, "Chile and Peru agreed on Monday to set up a joint fisheries commission.")
    agreements = [d for d in found if d[0].startswith("03")]
    assert agreements == [("030", "Chile", "Peru")]


def test_the_first_named_side_leads_the_agreement_of_the_two_countries(pipeline):
    found = dyads(pipeline, "Peru sent fishing experts to Chile on Monday.\n\n"
                            "Both governments further agreed to form a joint fisheries commission.")
    assert [d for d in found if d[0] == "030"] == [("030", "Peru", "Chile")]


def test_two_parties_agreeing_to_hold_talks_is_each_side_s_intent(pipeline):
    found = dyads(pipeline, "Chile and Peru agreed on Monday to hold talks on fishing rights.")
    intents = {(s, t) for code, s, t in found if code == "036"}
    assert intents == {("Chile", "Peru"), ("Peru", "Chile")}


def test_a_request_named_as_what_a_refusal_answers_is_not_coded_again(pipeline):
    found = dyads(pipeline, "A court in Lisbon on Monday refused Angola's request to extradite the banker.")
    assert not [d for d in found if d[0].startswith("02")]
    assert any(code.startswith("12") and target == "Angola" for code, _, target in found)


def test_requests_left_unanswered_are_not_coded_as_new_appeals(pipeline):
    found = dyads(pipeline, "Greece's coast guard did not answer the Norwegian crew's requests for a safe port.")
    assert not [d for d in found if d[0].startswith("02")]


def test_a_request_made_in_the_story_is_still_coded(pipeline):
    found = dyads(pipeline, "Angola on Monday sent Portugal a request to extradite the banker.")
    assert any(code.startswith("02") and source == "Angola" for code, source, _ in found)


def test_a_request_refused_by_the_second_verb_of_its_doer_is_not_coded_again(pipeline):
    found = dyads(pipeline, "The arbitration court on Friday fined Ruritania but rejected Borduria's request "
                            "to seize its ships.")
    assert not [d for d in found if d[0].startswith("02")]
