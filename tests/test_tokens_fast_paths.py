"""The shared per-Doc token index gives what the spaCy token attributes give, once per Doc."""
from __future__ import annotations

import gc
import weakref

import pytest
from spacy.tokens import Doc

from newsgraph.core import Pipeline
from newsgraph.pipeline.tokens import TokenIndex, token_index

TEXTS = [
    "The ferry operator in Valletta said on Monday that it would cancel crossings. Passengers were angry.",
    '"Nobody told us," a driver, Marco Vella, said. Officials promised to explain the delay by noon.',
    "Farmers blocked the highway near the border for a third day while the ministry reviewed grain prices.",
]


@pytest.fixture(scope="module")
def docs(pipeline: Pipeline) -> list[Doc]:
    return [pipeline.nlp(pipeline.make_doc(text)) for text in TEXTS]


def test_index_matches_token_attributes(docs: list[Doc]) -> None:
    for doc in docs:
        index = TokenIndex(doc)
        assert index.size == len(doc)
        for token in doc:
            i = token.i
            assert index.heads[i] == token.head.i
            assert index.dep_ids[i] == token.dep
            assert index.pos_ids[i] == token.pos
            assert index.orth_ids[i] == token.orth
            assert index.lower_ids[i] == token.lower
            assert index.lemma_ids[i] == token.lemma
            assert index.tag_ids[i] == token.tag
            assert bool(index.sent_start_flag[i]) == bool(token.is_sent_start)
            assert index.kids[i] == [child.i for child in token.children]


def test_sentences_match_doc_sents(docs: list[Doc]) -> None:
    assert any(len(list(doc.sents)) > 1 for doc in docs)
    for doc in docs:
        index = TokenIndex(doc)
        sentences = list(doc.sents)
        assert index.sentence_bounds == [(s.start, s.end) for s in sentences]
        for token in doc:
            assert sentences[index.sentence_number[token.i]] == token.sent


def test_index_is_built_once_per_doc(docs: list[Doc]) -> None:
    assert token_index(docs[0]) is token_index(docs[0])
    assert token_index(docs[0]) is not token_index(docs[1])


def test_index_is_read_anew_after_retokenizing(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(pipeline.make_doc("Port workers in New Zealand went on strike."))
    before = token_index(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    after = token_index(doc)
    assert after is not before
    assert after.size == len(doc)
    assert after.orth_ids[3] == doc[3].orth


def test_index_does_not_keep_its_doc_alive(pipeline: Pipeline) -> None:
    doc = Doc(pipeline.nlp.vocab, words=["Strike", "over", ".", "Work", "resumed", "."],
              sent_starts=[True, False, False, True, False, False])
    index = token_index(doc)
    assert index.sentence_bounds == [(0, 3), (3, 6)]  # read while the Doc lives
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_empty_doc(pipeline: Pipeline) -> None:
    index = TokenIndex(pipeline.nlp.make_doc(""))
    assert index.size == 0
    assert index.heads == [] and index.kids == [] and index.dep_ids == []
