"""Events read from headlines through a re-cased copy, or a copy made into a sentence where the verb was lost."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.pipeline.events import find_events
from newsgraph.knowledge.cameo import get_patterns
from newsgraph.pipeline.headlines import READINGS_KEY, STATE_KEY, _sentence_copy, _verb_slots, is_title_case, recase

TITLE_CASE = "Russia Expels Two British Diplomats Over Spy Row"
BODY = "\n\nThe decision came after weeks of tension, officials in Moscow said on Tuesday."


def analysed(pipeline, text):
    """(doc, state, record) of `text` after the events stage."""
    doc, record = pipeline.analyse(text)
    return doc, doc._.ng_state, record


def reread(doc, state):
    """The main parse's candidates and the same after the headline reader, reading the headlines
    anew (not taking the headline stage's readings)."""
    candidates = find_events(doc)
    anew = {key: value for key, value in state.items() if key != READINGS_KEY}
    return candidates, state[STATE_KEY](doc, anew, candidates)


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


# -- headlines whose parse lost the verb -------------------------------------------------------


def headline_events(pipeline, headline):
    """(code, source name, target name, trigger) of the events found in the headline."""
    text = headline + BODY
    _, _, record = analysed(pipeline, text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target), text[e.start:e.end])
            for e in record.events if e.start < len(headline)]


def slots_of(pipeline, headline):
    doc, state, _ = analysed(pipeline, headline + BODY)
    reader = state[STATE_KEY]
    return [(s.token.text, s.lemma, s.plural)
            for s in _verb_slots(reader.parse(headline), get_patterns(), reader.lexicon.verbs)]


@pytest.mark.parametrize("headline, event", [
    # a verb in -s after a singular name, tagged as a plural noun of one long noun phrase
    ("Chad halts cattle exports through Cameroon corridor as dispute deepens", ("162", "Chad", "Cameroon", "halts")),
    ("Gabon summons French ambassador over remarks on oil contracts", ("114", "Gabon", "France", "summons")),
])
def test_sentence_case_headline_verb_read_as_a_noun_gets_its_event(pipeline, headline, event):
    assert event in headline_events(pipeline, headline)


def test_coordinated_doers_of_a_bare_verb_act_on_each_other(pipeline):
    found = headline_events(pipeline, "Serbia and Kosovo trade fire near border crossing")
    assert ("190", "Serbia", "Kosovo", "trade") in found and ("190", "Kosovo", "Serbia", "trade") in found


@pytest.mark.parametrize("headline, slots", [
    ("Gabon summons French ambassador over remarks on oil contracts", [("summons", "summon", False)]),
    ("Serbia and Kosovo trade fire near border crossing", [("trade", "trade", True)]),
    # a plural noun before a preposition is no verb; a verb with its subject needs no slot
    ("Rwanda and Congo peace talks in Luanda collapse", []),
    ("Russia expels two British diplomats over spy row", []),
])
def test_verb_slots(pipeline, headline, slots):
    assert slots_of(pipeline, headline) == slots


def test_headline_that_parses_well_keeps_the_main_reading(pipeline):
    doc, state, _ = analysed(pipeline, "Ghana seizes Nigerian fishing vessel near Lagos" + BODY)
    before, after = reread(doc, state)
    assert after is before


@pytest.mark.parametrize("lemma, participle", [
    ("shoot", "shot"), ("summon", "summoned"), ("ban", "banned"), ("free", "freed"), ("deny", "denied"),
    ("set", "set"), ("take", "taken"),
])
def test_participles(pipeline, lemma, participle):
    doc, state, _ = analysed(pipeline, TITLE_CASE + BODY)
    assert state[STATE_KEY]._participle(lemma) == participle


def test_sentence_copy_maps_the_verb_back_to_the_headline_word(pipeline):
    headline = "Gabon summons French ambassador"
    doc, state, _ = analysed(pipeline, headline + BODY)
    reader = state[STATE_KEY]
    slots = _verb_slots(reader.parse(headline), get_patterns(), reader.lexicon.verbs)
    text, origin, starts = _sentence_copy(headline, slots, reader._participle)
    assert text == "Gabon has summoned French ambassador"
    verb = text[starts[0]:starts[0] + len("summoned")]
    assert verb == "summoned"
    assert {origin[k] for k in range(starts[0], starts[0] + len(verb))} == set(range(6, 6 + len("summons")))
    assert origin[text.index("has"):text.index("has") + 4] == [None] * 4
    assert [origin[k] for k in range(text.index("French"), len(text))] == list(range(14, len(headline)))


def parsed(pipeline, rows):
    """A Doc built from (word, pos, tag, dep, head) rows, independent of the model's parse."""
    words, pos, tags, deps, heads = zip(*rows)
    return Doc(pipeline.nlp.vocab, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps),
               heads=list(heads))


def test_verb_hung_in_a_noun_phrase_is_a_slot(pipeline):
    # "claims" read as a verb, but as a modifier of "attack" with the name its subject
    misread = parsed(pipeline, [
        ("Militia", "PROPN", "NNP", "nsubj", 1), ("claims", "VERB", "VBZ", "nmod", 3),
        ("deadly", "ADJ", "JJ", "amod", 3), ("attack", "NOUN", "NN", "ROOT", 3),
    ])
    well_read = parsed(pipeline, [
        ("Militia", "PROPN", "NNP", "nsubj", 1), ("claims", "VERB", "VBZ", "ROOT", 1),
        ("deadly", "ADJ", "JJ", "amod", 3), ("attack", "NOUN", "NN", "dobj", 1),
    ])
    verbs = frozenset({"claim"})
    assert [(s.token.text, s.lemma) for s in _verb_slots(misread, get_patterns(), verbs)] == [("claims", "claim")]
    assert _verb_slots(well_read, get_patterns(), verbs) == []
