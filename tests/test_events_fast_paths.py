"""The event and quote stages' shortcuts (per-document arrays, subtree tests on heads, memos)
give what the plain spaCy attribute walks give."""
from __future__ import annotations

import random

import pytest
from spacy.tokens import Doc, Span, Token

from newsgraph.core import Pipeline
from newsgraph.knowledge.cameo import get_patterns, load_patterns
from newsgraph.pipeline import events, quotes

TEXTS = [
    "Harbour workers in Lisbon, who had waited since May, said on Friday that they would strike "
    "unless the port authority raised their wages, according to a union statement.",
    '"We will not accept this," the transport minister, Ana Souza, told reporters, adding that '
    "talks between the two sides could resume next week if the blockade of the docks ended.",
    "Police arrested three men suspected of attacking the embassy of Norway and seized control of "
    "the warehouse where the weapons that the gang had stolen were kept.",
    "The council, which the mayor chairs, condemned the killing of the journalist and called for "
    "the release of the activists held by the militia in the northern province.",
    "Analysts noted several points: the deal was signed in haste, and neither Chile nor Peru has "
    "ratified it, while Bolivia hopes to join the pact to deepen trade ties.",
]


@pytest.fixture(scope="module")
def docs(pipeline: Pipeline) -> list[Doc]:
    return [pipeline.nlp(pipeline.make_doc(text)) for text in TEXTS]


def _side_span_by_subtree(head: Token, trigger: Token) -> Span:
    """The side phrase computed the plain way, from `Token.subtree` sets."""
    doc = head.doc
    excluded: set[int] = set()
    charge = events._charge_told_of(head)  # "three men suspected of ...": the charge is no part of the side
    for child in head.children:
        if child.dep_ in events._SIDE_CHILD_EXCLUDE or trigger in child.subtree or child.i in charge:
            excluded.update(t.i for t in child.subtree)
    kept = {t.i for t in head.subtree} - excluded
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    while start < head.i and doc[start].is_punct:
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].dep_ == "case"):
        end -= 1
    return doc[start:end + 1]


def test_doc_index_matches_token_attributes(docs: list[Doc]) -> None:
    for doc in docs:
        index = events._DocIndex(doc)
        for token in doc:
            i = token.i
            assert index.heads[i] == token.head.i
            assert index.deps[i] == token.dep_
            assert index.lowers[i] == token.lower_
            assert index.lemmas[i] == token.lemma_.lower()
            assert index.pos[i] == token.pos
            assert index.kids[i] == [c.i for c in token.children]
            assert index.sentence_of(i) == token.sent
            assert index.path_up(i) == {i, *(a.i for a in token.ancestors)}
            for other in doc:
                assert index.dominates(i, other.i) == (other in token.subtree)


def test_side_span_matches_the_subtree_computation(docs: list[Doc]) -> None:
    for doc in docs:
        index = events._DocIndex(doc)
        for head in doc:
            for trigger in doc[index.sentence_of(head.i).start:index.sentence_of(head.i).end]:
                assert events._side_span(head, trigger, index) == _side_span_by_subtree(head, trigger)


def test_helpers_give_the_same_answer_with_and_without_the_active_index(docs: list[Doc]) -> None:
    patterns = get_patterns()
    for doc in docs:
        for token in doc:
            plain = (events._children(token, "nsubj", "dobj"), events._prep_objects(token, "of"),
                     events._is_passive(token), events._has_child(token, "det", lower="the"))
            events._ACTIVE = events._DocIndex(doc)
            try:
                indexed = (events._children(token, "nsubj", "dobj"), events._prep_objects(token, "of"),
                           events._is_passive(token), events._has_child(token, "det", lower="the"))
            finally:
                events._ACTIVE = None
            assert [[t.i for t in part] if isinstance(part, list) else part for part in plain] == \
                [[t.i for t in part] if isinstance(part, list) else part for part in indexed]
            assert events._has_child(token, "det", lower="the") == any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        assert events.find_events(doc, patterns) == events.find_events(doc, patterns)
        assert events._ACTIVE is None


def test_trigger_lemmas_cover_every_pattern() -> None:
    patterns = get_patterns()
    assert {p.lemma for p in patterns.patterns} == patterns.trigger_lemmas


def test_expand_memo_follows_the_classes() -> None:
    patterns = load_patterns()
    name = next(iter(patterns.classes))
    before = patterns.expand([f"@{name}", "Word"])
    assert before == patterns.classes[name] | {"word"}
    patterns.classes = {**patterns.classes, name: frozenset({"other"})}
    assert patterns.expand([f"@{name}", "Word"]) == {"other", "word"}


def test_quote_parse_subtree_answers_match_spacy(docs: list[Doc]) -> None:
    shuffle = random.Random(7).shuffle
    for doc in docs:
        parse = quotes._Parse(doc)
        for token in doc:
            order = [t.i for t in token.subtree]
            mixed = order[:]
            shuffle(mixed)
            assert parse.subtree_sorted(mixed) == order
            children = [c.i for c in token.children]
            cut = set(children[::2])
            expected = {t.i for t in token.subtree} - {
                t.i for c in token.children if c.i in cut for t in c.subtree}
            inside = quotes._Inside(parse, token.i, cut)
            assert {i for i in range(-2, len(doc) + 2) if i in inside} == expected
            assert all(parse.dominates(token.i, i) == (i in order) for i in range(len(doc)))


def test_cue_candidates_match_a_token_by_token_look(docs: list[Doc]) -> None:
    cues = quotes.load_cues()
    words = cues.verbs.keys() | cues.nouns
    for doc in docs:
        ctx = quotes._Context(doc, cues, quotes.split_blocks(doc.text), text=doc.text)
        ctx.in_marks = [t.i % 5 == 0 for t in doc]
        expected = [t.i for t in doc if not ctx.in_marks[t.i]
                    and (t.lemma_.lower() in words or t.lower_ in cues.source_starts)]
        assert quotes._cue_candidates(ctx) == expected


def _trimmed_noun_plain(doc: Doc, start: int, end: int):
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    words = [t.text for t in doc[start:end]]
    if end < len(doc) and doc[end].text == ")" and words.count("(") > words.count(")"):
        end += 1
    elif end < len(doc) and doc[end].text == '"' and words.count('"') % 2 == 1:
        end += 1
    return doc[start:end]


def test_trimmed_noun_matches_the_plain_computation(pipeline: Pipeline) -> None:
    for text in ['the Union of Ports (UoP) and the " Red Line " group said', 'a (b (c) " d " e) "f']:
        doc = pipeline.make_doc(text)
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                assert quotes._trimmed_noun(doc, start, end) == _trimmed_noun_plain(doc, start, end)
    doc = pipeline.make_doc("the Union (UoP) said")
    assert quotes._trimmed_noun(doc, 0, 4).text == "the Union (UoP)"


def test_parse_index_is_shared_inside_a_block_and_restored_after_another_doc(docs: list[Doc]) -> None:
    first, other = docs[0], docs[1]
    assert events._ACTIVE is None
    with events.parse_index(first) as outer:
        assert events._index_of(first[3]) is outer  # helpers reuse it rather than build their own
        with events.parse_index(first) as again:
            assert again is outer
        with events.parse_index(other) as inner:  # a headline copy's block
            assert inner is not outer and events._index_of(other[0]) is inner
        assert events._index_of(first[0]) is outer  # the outer block's index is back
    assert events._ACTIVE is None


def test_sentence_lemmas_are_the_lemmas_of_the_token_s_sentence(docs: list[Doc]) -> None:
    for doc in docs:
        index = events._DocIndex(doc)
        for token in doc:
            assert index.sentence_lemmas(token.i) == {t.lemma_.lower() for t in token.sent}
