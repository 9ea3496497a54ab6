"""newsgraph's faster attribute ruler and lemmatizer give every token what the model's own give."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler

from newsgraph.core import Pipeline
from newsgraph.pipeline.attribute_index import IndexedAttributeRuler, index_attribute_ruler
from newsgraph.pipeline.lemma_cache import RowCachedEnglishLemmatizer, cache_lemmatizer
from newsgraph.settings import DEFAULT_MODEL, Settings

from conftest import REPO_ROOT, SHARED

# sentences that reach the model's exception rules: contractions, "ai n't", "y' all", "nothin'",
# subordinating "that", determiners used as pronouns, auxiliaries, spaces
TRICKY = [
    "I'd say it ain't so, and y'all know nothin' about it.",
    "That is what those who came said: these are theirs, and that one's mine.",
    "She couldn't have known whether he'd been told, but he will be.",
    "We  went   home.\n\nThen\tnothing happened, because nobody came.",
    "Can't won't shouldn't. Gon na do it, wan na see?",
    "Everything that anyone said was something to remember; anybody could see it.",
    "",
    " ",
]


def corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / "examples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "gold" / "dev").glob("d*.txt"))]
    return texts + TRICKY


def annotations(doc) -> list[tuple]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def stock_and_indexed():
    stock = spacy.load(DEFAULT_MODEL)
    indexed = spacy.load(DEFAULT_MODEL)
    assert index_attribute_ruler(indexed)
    assert cache_lemmatizer(indexed)
    return stock, indexed


def test_the_pipeline_runs_the_faster_components(pipeline: Pipeline) -> None:
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(pipeline.nlp.get_pipe("lemmatizer"), RowCachedEnglishLemmatizer)
    assert pipeline.nlp.pipe_names.index("attribute_ruler") < pipeline.nlp.pipe_names.index("lemmatizer")


def test_lemmas_repeat_across_docs_and_keep_the_rulers_own(stock_and_indexed) -> None:
    _, indexed = stock_and_indexed
    first = indexed("The ministers were meeting; I'd rather they'd met.")
    again = indexed("The ministers were meeting; I'd rather they'd met.")
    assert [t.lemma_ for t in first] == [t.lemma_ for t in again]
    assert [t.lemma_ for t in first][:5] == ["the", "minister", "be", "meet", ";"]
    assert first[6].lemma_ == "would"  # set by the attribute ruler's exception, not by the rules


def test_same_annotations_as_the_stock_ruler(stock_and_indexed) -> None:
    stock, indexed = stock_and_indexed
    texts = corpus_texts()
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts)):
        assert annotations(a) == annotations(b)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["I", "'d", "ai", "n't", "y'", "all", "that", "those", "nothin'", "will", "can", "the", "He",
     "said", "it", "whether", "  ", "\n", ".", ",", "her", "them", "'s", "be", "was"]),
    min_size=1, max_size=25))
def test_same_annotations_on_any_word_sequence(stock_and_indexed, words: list[str]) -> None:
    stock, indexed = stock_and_indexed
    text = " ".join(words)
    assert annotations(stock(text)) == annotations(indexed(text))


def test_rules_added_later_are_applied(stock_and_indexed) -> None:
    _, indexed = stock_and_indexed
    nlp = spacy.load(DEFAULT_MODEL)
    assert index_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert nlp("The quokka smiled.")[1].lemma_ == "quokka"
    ruler.add([[{"LOWER": "quokka"}]], {"LEMMA": "marsupial"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "quokka"}]], {"MORPH": "Definite=Def"}, index=-1)
    doc = nlp("The quokka smiled.")
    assert doc[1].lemma_ == "marsupial"
    assert str(doc[1].morph) == "Definite=Def"


def test_patterns_the_index_cannot_read_keep_the_stock_ruler() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "many-a"})
    assert not index_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_only_the_english_rule_lemmatizer_is_swapped() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not cache_lemmatizer(nlp)
    assert not cache_lemmatizer(spacy.blank("en"))


def test_a_setting_keeps_the_models_own_components() -> None:
    pipeline = Pipeline(Settings(faster_model_components=False))
    assert type(pipeline.nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(pipeline.nlp.get_pipe("lemmatizer")) is EnglishLemmatizer
    text = "The minister said he would visit Cairo."
    assert Pipeline().extract(text).model_dump() == pipeline.extract(text).model_dump()
