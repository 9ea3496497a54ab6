"""Threatened responses whose target is named only in the context: "would respond if the measures
were not lifted" is aimed at whoever took the measures told of before, when one foreign party alone
took such measures against the threatener's country; otherwise the threat is left out."""
from __future__ import annotations

from event_helpers import dyads


def _threats(found) -> list:
    return [d for d in found if d[0].startswith("13")]


# -- a response hung on a condition whose subject takes up the earlier measures ----------------

def test_a_response_threatened_unless_the_measures_are_lifted_presses_their_doer(pipeline):
    found = dyads(pipeline, "Australia imposed sanctions on twelve Iranian officials on Monday. "
                            "Tehran said it would respond in kind if the measures were not lifted.")
    assert [(d[1], d[2]) for d in _threats(found)] == [("Iran", "Australia")]


def test_retaliation_vowed_over_expulsions_is_aimed_at_the_expelling_state(pipeline):
    found = dyads(pipeline, "Estonia expelled three Russian diplomats last week. "
                            "Moscow vowed to retaliate unless the expulsions were reversed.")
    assert ("Russia", "Estonia") in {(d[1], d[2]) for d in _threats(found)}


def test_retaliation_threatened_if_the_sanctions_stay_is_aimed_at_their_doer(pipeline):
    found = dyads(pipeline, "The United States imposed sanctions on two Venezuelan banks. "
                            "Caracas said it would retaliate if the sanctions stayed in place.")
    assert ("Venezuela", "United States") in {(d[1], d[2]) for d in _threats(found)}


def test_a_response_to_the_bans_takes_up_the_bans(pipeline):
    found = dyads(pipeline, "Norway banned fishing vessels from Russia on Tuesday. "
                            "The Kremlin said it would reciprocate against the bans.")
    assert [d[2] for d in _threats(found)] == ["Norway"]


# -- counter-cases: no clear earlier act, no event ----------------------------------------------

def test_a_response_with_no_measures_told_before_is_left_out(pipeline):
    found = dyads(pipeline, "Tehran said it would respond in kind if the measures were not lifted.")
    assert not _threats(found)


def test_measures_by_two_states_leave_the_response_out(pipeline):
    found = dyads(pipeline, "Australia imposed sanctions on Iranian officials. Canada also imposed sanctions "
                            "on Iranian officials. Tehran said it would respond if the measures were not lifted.")
    assert not [d for d in _threats(found) if d[0] == "130"]


def test_a_response_answering_nothing_named_is_no_threat(pipeline):
    found = dyads(pipeline, "Tehran said it would respond firmly.")
    assert not _threats(found)


def test_a_response_already_made_is_no_threat(pipeline):
    found = dyads(pipeline, "Australia imposed sanctions on Iranian officials. Tehran responded on Tuesday.")
    assert not _threats(found)


def test_a_threat_with_its_own_target_keeps_it(pipeline):
    found = dyads(pipeline, "Japan imposed sanctions on Chinese firms. "
                            "Beijing said it would retaliate against South Korea if the sanctions stayed.")
    assert ("China", "South Korea") in {(d[1], d[2]) for d in _threats(found)}


# -- a response threatened beside its threatener's condemnation of an act ----------------------

def test_a_response_beside_a_condemnation_is_aimed_where_the_condemnation_is(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. The Chinese foreign ministry condemned the Philippine "
                            "navy over the collision and said Beijing would respond.")
    assert [d[2] for d in _threats(found)] == ["Philippine navy"]


def test_a_response_beside_a_rejection_is_aimed_where_the_rejection_is(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Egypt rejected the Ethiopian statement and said Cairo "
                            "would respond.")
    assert [d[2] for d in _threats(found)] == ["Ethiopia"]


def test_a_response_beside_a_denunciation_of_a_state_is_aimed_at_it(pipeline):
    found = dyads(pipeline, "Ankara denounced Greece over the incident and said Turkey would respond.")
    assert ("Turkey", "Greece") in {(d[1], d[2]) for d in _threats(found)}


def test_a_response_beside_another_state_s_condemnation_is_left_out(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Britain condemned Iran over the seizure, and Germany "
                            "said it would respond.")
    assert not [d for d in _threats(found) if d[0] == "130"]


# -- a response vowed after an act against the threatener's country in the same sentence --------

def test_a_response_vowed_after_a_closure_is_aimed_at_its_doer(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Latvian police closed a Russian school in Riga, "
                            "and Moscow vowed a response.")
    assert [d[2] for d in _threats(found)] == ["Latvian police"]


def test_retaliation_promised_after_an_expulsion_is_aimed_at_the_expelling_state(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Poland expelled two Belarusian diplomats on Friday, "
                            "and Minsk vowed retaliation.")
    assert ("Belarus", "Poland") in {(d[1], d[2]) for d in _threats(found)}


def test_a_response_vowed_after_sanctions_is_aimed_at_their_doer(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Britain imposed sanctions on Iranian banks, "
                            "and Tehran vowed a response.")
    assert ("Iran", "United Kingdom") in {(d[1], d[2]) for d in _threats(found)}


def test_a_response_vowed_after_acts_of_two_states_is_aimed_at_neither(pipeline):
    found = dyads(pipeline, "Talks were held on Monday. Britain and France imposed sanctions on Iranian banks, "
                            "and Tehran vowed a response.")
    assert [d[2] for d in _threats(found)] in ([], [None])
