"""Headline passives without their auxiliary ("Pipeline blown up in X") and headlines joined by ";"."""
from __future__ import annotations

import pytest

from newsgraph.knowledge.cameo import get_patterns
from newsgraph.pipeline.headlines import STATE_KEY, _two_headlines_apart, _verb_slots

BODY = "\n\nOfficials said repairs to the site would take at least a week."


def coded(pipeline, headline):
    """(code, source code, target code) of each event of a headline followed by a plain body."""
    _, record = pipeline.analyse(headline + BODY)
    codes = {a.id: a.code for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


@pytest.mark.parametrize("headline, code, target", [
    ("Oil pipeline blown up in Iraq, supplies halted", "183", "IRQGOV"),
    ("Police station stormed in northern Mali; army vows response", "190", "MLIGOV"),
    ("Bridge blown up in Yemen; rebels deny role", "183", "YEMGOV"),
    ("Gas Pipeline Blown Up In Syria", "183", "SYRGOV"),  # Title Case, re-cased first
])
def test_a_passive_on_a_thing_is_aimed_at_the_state_of_its_place(pipeline, headline, code, target):
    assert (code, None, target) in coded(pipeline, headline)


def test_an_active_past_with_with_stays_active(pipeline):
    assert ("145", "KENCVL", "KENCOP") in coded(pipeline, "Protesters clashed with police in Nairobi")


@pytest.mark.parametrize("headline", [
    "Minister of mines of Peru resigned after protests in Cusco",  # "resign" has no passive
    '"Our pipeline was blown up in Iraq", says minister',  # a quote as headline: left to the quote reading
])
def test_no_doerless_act_is_made_of_active_pasts_or_quotes(pipeline, headline):
    assert not any(source is None and target is not None for _, source, target in coded(pipeline, headline))


def test_a_label_before_a_colon_does_not_stop_the_reading(pipeline):
    assert ("183", None, "IRQGOV") in coded(pipeline, "Analysis: Iraq pipeline blown up")


def test_a_person_undergoer_is_not_replaced_by_the_place(pipeline):
    """An unnamed journalist is no state: no event aimed at Honduras."""
    assert not any(target == "HNDGOV" for _, _, target in coded(pipeline, "Radio journalist shot dead in Honduras"))


def test_passive_slot_needs_a_participle_after_the_opening_noun_phrase(pipeline):
    patterns = get_patterns()
    nlp = pipeline.nlp
    for text, lemma in [("Oil pipeline blown up in Iraq", "blow"), ("Two soldiers killed in ambush", "kill"),
                        ("Police station stormed in Mali", "storm")]:
        slots = _verb_slots(nlp(text), patterns, frozenset())
        assert [(s.lemma, s.passive) for s in slots] == [(lemma, True)], text
    for text in ["Opponents of the senate protested yesterday in the capital", "Rebels killed five soldiers",
                 "Minister resigned after protests"]:
        assert not any(s.passive for s in _verb_slots(nlp(text), patterns, frozenset())), text


def test_semicolon_parts_become_sentences_of_the_same_length():
    text = "Reporter shot dead; group demands inquiry"
    apart = _two_headlines_apart(text)
    assert len(apart) == len(text) and apart.count(".") == 1 and ";" not in apart


def test_headline_and_body_report_of_one_act_is_one_event(pipeline):
    text = ("Gas pipeline blown up in Iraq\n\nBAGHDAD, May 3 - Saboteurs blew up a gas pipeline in Iraq on Monday, "
            "officials said.")
    _, record = pipeline.analyse(text)
    blasts = [e for e in record.events if e.code == "183"]
    assert len(blasts) == 1
    assert len(blasts[0].mentions) == 2


@pytest.mark.parametrize("sentence, code", [
    ("The opposition in Belarus accused the government of fraud on Monday.", "BLROPP"),
    ("In Kenya, the opposition in Uganda condemned the arrests of its members.", "UGAOPP"),
    ("An opposition leader in Zambia called for a recount.", "ZMBOPP"),
])
def test_the_opposition_in_a_state_is_that_state_s_opposition(pipeline, sentence, code):
    _, record = pipeline.analyse("Officials say talks will resume\n\n" + sentence)
    sources = {a.id: a.code for a in record.actors}
    assert any(sources.get(e.source) == code for e in record.events)
