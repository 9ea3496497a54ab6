"""Triggers once missed: an offer told as the second verb after an appeal that the parser hung on the
appeal's infinitive ("urged X to stop and offered to help"), judgements by an evaluative word the
blame list lacked ("called the move unjustified"), and offers to host people that are no talks."""
from __future__ import annotations

import pytest

from event_helpers import dyads


def codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


@pytest.mark.parametrize("text, doer, receivers", [
    ("Malaysia urged Thailand and Cambodia to exercise restraint and offered to send observers to the area.",
     "Malaysia", {"Thailand", "Cambodia"}),
    ("Turkey urged Armenia and Azerbaijan to resume talks and offered to help clear the mines.",
     "Turkey", {"Armenia", "Azerbaijan"}),
    ("Kenya asked Ethiopia and Somalia to calm tensions and offered to send a delegation to the border.",
     "Kenya", {"Ethiopia", "Somalia"}),
])
def test_an_offer_after_an_appeal_is_the_appellants_offer(pipeline, text, doer, receivers):
    offers = [(source, target) for code, source, target in dyads(pipeline, text) if code.startswith("03")]
    assert offers, text
    assert all(source == doer for source, _ in offers)
    assert {target for _, target in offers} == receivers


def test_a_second_urged_act_stays_urged(pipeline):
    # "urged the rebels to lay down their arms and return home": both acts are asked of the rebels
    found = dyads(pipeline, "Kenya urged Somalia to lay down its arms and return to the talks.")
    assert not any(code.startswith("03") for code, _, _ in found)
    assert any(code.startswith("02") and source == "Kenya" for code, source, _ in found)


@pytest.mark.parametrize("text, target", [
    ("Rwanda called Germany's move unjustified.", "Germany"),
    ("Russia called the British sanctions unwarranted.", "United Kingdom"),
    ("Managua called the Guatemalan report a slander.", "Guatemala"),
    ("The opposition described the arrest of its leader by the government as an act of revenge.", None),
])
def test_a_judgement_by_an_evaluative_word_is_a_disapproval(pipeline, text, target):
    found = [(source, t) for code, source, t in dyads(pipeline, text) if code == "111"]
    assert found, text
    if target is not None:
        assert any(t is not None and target in t or t == target for _, t in found), found


@pytest.mark.parametrize("text", [
    "Kenya called the talks with Somalia constructive.",
    "France described the meeting with Italy as useful.",
    "Japan called the agreement with South Korea a landmark.",
])
def test_a_favourable_word_is_no_disapproval(pipeline, text):
    assert "111" not in codes(pipeline, text)


def test_offering_to_host_families_is_no_offer_to_mediate(pipeline):
    assert "039" not in codes(pipeline, "Norway offered to host the families of the victims from Sudan.")


@pytest.mark.parametrize("text", [
    "Tehran described the new sanctions by the United States as an attempt of blackmail.",
    "The party described the arrest of its leader by the police as an attempt of coup.",
])
def test_what_an_attempt_is_called_is_the_judgement(pipeline, text):
    assert "111" in codes(pipeline, text)


def test_an_attempt_of_something_good_is_no_judgement(pipeline):
    assert "111" not in codes(pipeline, "Seoul described the talks with Tokyo as an attempt of reconciliation.")
