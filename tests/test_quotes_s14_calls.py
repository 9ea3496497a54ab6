"""Reported calls ("X urged / called on / asked Y to ...", "X demanded that ...") are indirect quotes
of the caller: the complement from its "to" / "that" on, the caller as speaker. Not a quote: a call
with only a noun object, a passive request, a crowd's demand, a call inside a clause someone else
reports, a call whose verb is inside quotation marks."""
from __future__ import annotations

import pytest

from quote_helpers import quotes_by_text, quotes_containing


@pytest.mark.parametrize("text, words, speaker", [
    # a call joined to another act of the caller
    ("The Kenyan foreign ministry welcomed the ruling and called on the government to free all "
     "detained reporters.", "to free all detained reporters", "Kenyan foreign ministry"),
    # "said A and urged B to C": the call beside the statement
    ("Foreign Minister Tamsin Okonjo said the talks had stalled and urged both parties to return to the "
     "table.", "to return to the table", "Tamsin Okonjo"),
    # a participle after the statement
    ("Prime Minister Arvid Kessler said the border would stay closed, urging traders to use the northern "
     "crossing instead.", "to use the northern crossing", "Arvid Kessler"),
    # a relative clause on a named caller
    ("The police detained four activists, drawing criticism from Senator Paolo Brenn, who called on the "
     "authorities to release them at once.", "to release them at once", "Paolo Brenn"),
    # a mandative "that" clause
    ("The Chadian interior ministry rejected the charges and demanded that the broadcast licence be restored "
     "immediately.", "that the broadcast licence be restored", "Chadian interior ministry"),
    ("President Mireille Akou contacted the envoy and asked that the joint commission meet within a week.",
     "that the joint commission meet within a week", "Mireille Akou"),
    # asking someone by name to act
    ("Senator Paolo Brenn summoned the ambassador and asked his counterparts in the region to issue a "
     "common statement.", "to issue a common statement", "Paolo Brenn"),
    # translation's "demanded to the authorities to" and "demanded to do"
    ("The governor, Rosa Quintal, demanded to the authorities to find those who ordered the attack.",
     "to find those who ordered the attack", "Rosa Quintal"),
])
def test_a_reported_call_is_an_indirect_quote_of_the_caller(pipeline, text, words, speaker):
    found = quotes_containing(quotes_by_text(pipeline, text), words)
    assert len(found) == 1, found
    kind, who = found[0]
    assert kind == "indirect" and speaker in (who or ""), found


def test_statement_and_call_in_one_sentence_give_two_quotes(pipeline):
    found = quotes_by_text(pipeline, "Defence Minister Jonas Aldric said the drills were routine and called on "
                              "neighbouring states not to read them as a threat.")
    assert quotes_containing(found, "the drills were routine") and quotes_containing(found, "not to read them as a threat")


@pytest.mark.parametrize("text, words", [
    # a noun object only
    ("The Chadian interior ministry demanded the immediate release of three reporters.", "release"),
    ("The opposition party called for calm after the vote.", "calm"),
    # a crowd's demand
    ("Protesters demanded that the mayor resign before the end of the month.", "that the mayor resign"),
    ("Prosecutors asked the regional court to sentence the colonel to ten years.", "to sentence the colonel"),
    # a call inside a clause someone else reports
    ("Minister Tamsin Okonjo said Velmar had written to the lenders, asking them to delay the payments.",
     "to delay the payments"),
])
def test_not_a_quoted_call(pipeline, text, words):
    assert not quotes_containing(quotes_by_text(pipeline, text), words)


def test_a_call_whose_verb_is_quoted_stays_the_direct_quote(pipeline):
    found = quotes_by_text(pipeline, 'Tamsin Okonjo said: "We urge both sides to stop the shelling now."')
    assert [kind for kind, _ in quotes_containing(found, "to stop the shelling")] == ["direct"]


def test_asked_not_to_be_named_is_no_call(pipeline):
    found = quotes_by_text(pipeline, "The border was closed on Monday, a customs officer said, asking not to be named.")
    assert not quotes_containing(found, "not to be named")


@pytest.mark.parametrize("text, words", [
    # translation's calque "called X to": not the English "called on X to"
    ("Senator Paolo Brenn condemned the raid and called the citizens to gather peacefully in the squares.",
     "to gather peacefully"),
    # a power the caller has, not a call made
    ("Under the new law, the Kenyan interior ministry can demand that charities disclose their donors.",
     "that charities disclose their donors"),
    # a call inside a clause reporting the caller's own act
    ("The Chadian interior ministry said it had filed a petition with the court, asking it to suspend the "
     "decree.", "to suspend the decree"),
    # an earlier call told as background
    ("The Chadian interior ministry had asked the council to lift the remaining curbs on fuel imports.",
     "to lift the remaining curbs"),
])
def test_not_a_reported_call(pipeline, text, words):
    assert not quotes_containing(quotes_by_text(pipeline, text), words)


def test_two_calls_of_one_caller_in_one_sentence_are_one_quote(pipeline):
    found = quotes_by_text(pipeline, "Senator Paolo Brenn called on all parties to respect the truce and urged the "
                              "regional courts to resolve the dispute quickly.")
    calls = [text for text in found if "to respect the truce" in text or "to resolve the dispute" in text]
    assert len(calls) == 1, found


def test_words_the_parser_hangs_on_the_calling_verb_stay_in_the_call(pipeline):
    found = quotes_by_text(pipeline, "Senator Paolo Brenn asked Ruvia to issue a visa so she could leave the country.")
    assert quotes_containing(found, "to issue a visa so she could leave the country")


def test_a_plural_name_is_a_caller_and_members_of_a_body_a_group(pipeline):
    named = quotes_by_text(pipeline, "Lawyers Without Frontiers condemned the ban and demanded that it be lifted at once.")
    assert quotes_containing(named, "that it be lifted at once")
    group = quotes_by_text(pipeline, "Several members of the Ostravian senate demanded that the envoy be expelled at once.")
    assert not quotes_containing(group, "that the envoy be expelled")
