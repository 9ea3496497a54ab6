"""Concern voiced at another's act (110), announced responses to hostile acts (130), bare refusals
of a request (120) and wrongdoing told by a party of another (112)."""
from __future__ import annotations

import pytest

from event_helpers import dyads


# --------------------------------------------------------------------------- concern at an act: 110

@pytest.mark.parametrize("text, source, target", [
    ("China banned exports of rare metals to Japan. The Japanese government said it was concerned by "
     "the measures.", "Japanese government", "China"),
    ("Turkey closed its border with Syria. Germany's foreign ministry expressed concern over Turkey's "
     "decision.", "Germany's foreign ministry", "Turkey"),
    ("Russia expelled two Estonian diplomats. Estonia said it was deeply worried about the move.",
     "Estonia", "Russia"),
])
def test_concern_at_an_act_is_disapproval_of_its_doer(pipeline, text, source, target):
    assert ("110", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Japan's embassy said it was seriously concerned.",
    "Residents expressed concern about rising food prices.",
    "The dispute concerns the decision to close the port.",
])
def test_concern_naming_no_act_of_another_is_not_coded(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0] == "110"]


# --------------------------------------------------------------------------- responses announced: 130

@pytest.mark.parametrize("text, source, target", [
    ("Iran said it would respond to any attack by Israel.", "Iran", "Israel"),
    ("Russia said it would respond firmly to any new sanctions by the European Union.", "Russia",
     "European Union"),
    ("Hezbollah fighters fired rockets at northern Israel. Israel said it would respond to the attack.",
     "Israel", "Hezbollah"),
])
def test_a_response_announced_to_a_hostile_act_threatens_its_doer(pipeline, text, source, target):
    assert ("130", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Pakistan said it would respond to the letter from India next week.",
    "The foreign ministry said it would respond to the request from Germany.",
    "The minister responded to questions from reporters.",
])
def test_replying_to_a_letter_or_request_is_no_threat(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("13")]


# --------------------------------------------------------------------------- bare refusal of a request: 120

@pytest.mark.parametrize("text, source, target", [
    ("Germany asked Poland to extradite the suspect. Poland refused.", "Poland", "Germany"),
    ("Kenya requested permission from Ethiopia to land the aircraft. Addis Ababa refused.", "Ethiopia", "Kenya"),
    ("The European Union called on Belgrade to recognise the vote. Serbia refused.", "Serbia", "European Union"),
])
def test_a_bare_refusal_rejects_the_one_who_asked(pipeline, text, source, target):
    assert ("120", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The man refused to speak to reporters.",
    "Police asked the crowd to disperse. Several protesters were arrested. Opposition leaders refused.",
])
def test_a_refusal_with_no_request_just_before_is_not_aimed_at_a_requester(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0] == "120"]


# --------------------------------------------------------------------------- wrongdoing told by a party: 112

@pytest.mark.parametrize("text, source, target", [
    ("The Serbian government said Croatia was trying to undermine the stability of the region.",
     "Serbian government", "Croatia"),
    ("Beijing said Washington was interfering in China's internal affairs.", "China", "United States"),
    ("Iran's foreign ministry said Britain had meddled in its elections.", "Iran's foreign ministry",
     "United Kingdom"),
])
def test_norm_breaking_told_by_a_party_is_its_accusation(pipeline, text, source, target):
    assert ("112", source, target) in dyads(pipeline, text)


def test_a_possible_harm_is_no_accusation(pipeline):
    text = "Analysts say the scandal could undermine public trust in the elections."
    assert not [d for d in dyads(pipeline, text) if d[0] in ("112", "128")]


def test_an_act_done_without_is_not_done(pipeline):
    text = "Turkey said it was ready to help without interfering in Syria's internal affairs."
    assert not [d for d in dyads(pipeline, text) if d[0] in ("112", "128")]
