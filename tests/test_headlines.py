"""Events read from Title Case headlines through a re-cased copy of the headline."""
from __future__ import annotations

import pytest

from newsgraph.core import Pipeline
from newsgraph.pipeline.events import find_events
from newsgraph.pipeline.headlines import STATE_KEY, is_title_case, recase

TITLE_CASE = "Russia Expels Two British Diplomats Over Spy Row"
BODY = "\n\nThe decision came after weeks of tension, officials in Moscow said on Tuesday."


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def analysed(pipeline, text):
    """(doc, state, record) of `text` after the events stage."""
    doc, record = pipeline.analyse(text)
    return doc, doc._.ng_state, record


def reread(doc, state):
    """The main parse's candidates and the same after the headline reader."""
    candidates = find_events(doc)
    return candidates, state[STATE_KEY](doc, state, candidates)


# -- detecting Title Case ------------------------------------------------------------------


@pytest.mark.parametrize("headline", [
    TITLE_CASE.split(),
    "Rebels Free Three Hostages After Talks In Doha".split(),
    "Ministry Says It Will Review the Deal".split(),  # minor words in lower case
])
def test_title_case_headlines_are_detected(headline):
    assert is_title_case(headline)


@pytest.mark.parametrize("headline", [
    "Russia expels two British diplomats over spy row".split(),
    "Putin and Erdogan discuss grain corridor in Sochi".split(),
    ["Ceasefire"],
    "UN Warns".split(),  # one capitalised word after the first says nothing
])
def test_other_headlines_are_not_title_case(headline):
    assert not is_title_case(headline)


# -- re-casing -----------------------------------------------------------------------------


def tokens_of(text):
    out, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        out.append((at, word))
        at += len(word)
    return out


def test_recase_keeps_length_first_word_acronyms_and_names():
    text = "Court In Oslo Fines NATO Supplier Over Exports"
    names = {"Oslo"}
    tokens = tokens_of(text)
    copy = recase(tokens, lambda i, j: 1 if tokens[i][1] in names else 0)
    assert copy == "Court in Oslo fines NATO supplier over exports"
    assert len(copy) == len(text)


def test_recase_starts_again_after_a_colon():
    tokens = tokens_of("Analysis : Rebels Seize Town")
    assert recase(tokens, lambda i, j: 0) == "Analysis : Rebels seize town"


def test_recase_keeps_multi_word_names_whole():
    tokens = tokens_of("Talks With Islamic State Collapse")
    spans = {2: 2}  # "Islamic State"
    assert recase(tokens, lambda i, j: spans.get(i, 0)) == "Talks with Islamic State collapse"


# -- the events stage --------------------------------------------------------------------------


def test_title_case_headline_gets_its_event_with_both_sides(pipeline):
    text = TITLE_CASE + BODY
    _, _, record = analysed(pipeline, text)
    names = {a.id: a.name for a in record.actors}
    found = [(e.code, names.get(e.source), names.get(e.target), text[e.start:e.end]) for e in record.events]
    assert ("174", "Russia", "United Kingdom", "Expels") in found


def test_headline_candidates_point_at_the_main_text(pipeline):
    doc, state, _ = analysed(pipeline, TITLE_CASE + BODY)
    _, after = reread(doc, state)
    headline = [c for c in after if c.trigger.idx < len(TITLE_CASE)]
    assert headline
    for cand in headline:
        assert cand.trigger.doc is doc and cand.sentence.doc is doc
        assert cand.trigger.text == "Expels"
        assert cand.source.text == "Russia" and cand.source.doc is doc
        assert cand.target.text.startswith("Two British Diplomats")
        assert cand.sentence.start == 0


def test_main_parse_candidates_outside_the_headline_are_kept(pipeline):
    text = TITLE_CASE + "\n\nLater that week, Britain expelled three Russian diplomats in response."
    doc, state, _ = analysed(pipeline, text)
    before, after = reread(doc, state)
    body = len(TITLE_CASE)
    assert [c.trigger.i for c in before if c.trigger.idx > body] == [c.trigger.i for c in after if c.trigger.idx > body]
    assert any(c.trigger.text == "expelled" for c in after)


def test_sentence_case_headline_is_left_alone(pipeline):
    doc, state, _ = analysed(pipeline, "Russia expels two British diplomats over spy row" + BODY)
    before, after = reread(doc, state)
    assert state[STATE_KEY].headlines(doc) == []
    assert after is before


@pytest.mark.parametrize("text", [
    "Sanctions" + BODY,  # a headline of one word
    "The decision came after weeks of tension, officials in Moscow said on Tuesday.",  # no headline
])
def test_no_headline_to_reread(pipeline, text):
    doc, state, _ = analysed(pipeline, text)
    before, after = reread(doc, state)
    assert state[STATE_KEY].headlines(doc) == []
    assert after is before


def test_names_keep_their_case_in_the_copy(pipeline):
    text = "Kyiv Court Jails Ivanova For Treason Over NATO Contacts\n\nMaria Ivanova denied the charges, her lawyer said."
    doc, state, _ = analysed(pipeline, text)
    reader = state[STATE_KEY]
    copies = []
    original = reader.parse
    reader.parse = lambda copy: copies.append(copy) or original(copy)
    try:
        reread(doc, state)
    finally:
        del reader.parse
    assert copies == ["Kyiv court jails Ivanova for treason over NATO contacts"]


def test_participle_without_auxiliary_describes_the_object(pipeline):
    # headlines drop "who were": the freed journalists are the object of "Free"
    text = "Police Free Three Journalists Held Hostage By Gunmen\n\nThe journalists were taken in March."
    doc, state, _ = analysed(pipeline, text)
    _, after = reread(doc, state)
    freed = [c for c in after if c.trigger.text == "Free"]
    assert freed and all(c.target is not None and c.target.text == "Three Journalists" for c in freed)
