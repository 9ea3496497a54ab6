"""The shortcuts taken for speed give the same results as the plain way of computing them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.core import Pipeline
from newsgraph.model import Record
from newsgraph.pipeline.amounts import _is_number_token, _possible_numbers
from newsgraph.pipeline.dates import _date_entities_in
from newsgraph.pipeline.factories import ng_blocks
from newsgraph.text import doc_text, repair

TEXTS = [
    "Storm hits the coast\n\n"
    "Rescue teams from Chile reached the flooded port of Valparaiso on Monday, officials said.\n\n"
    '"The water rose faster than anyone expected," the mayor told local radio on Tuesday morning.\n\n'
    "The government promised $25 million and half a dozen helicopters by 3 March.",
    "Union leaders said on Friday that twenty-five factories would close, according to a statement.",
]

# the pieces of text the repair treats specially, mixed with ordinary words
PIECES = ["word", "Capital", " ", "  ", "\n", "\n\n", "\r\n", "\r", ".", ",", " .", "$ 5", "€ 12",
          "'", "''", "\u2018\u2019", '"', "\u201c", "\u201d", "\u200b", "\u00ad", "\t", "\u00a0",
          "done.Next", "(AP)", "Photo: Reuters"]


@pytest.fixture(scope="module")
def parsed(pipeline: Pipeline):
    return [pipeline.nlp(pipeline.make_doc(text)) for text in TEXTS]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_repair_keeps_offsets_and_cleans_the_text(pieces: list[str]) -> None:
    raw = "".join(pieces)
    repaired = repair(raw)
    for block in repaired.blocks:
        assert repaired.text[block.start:block.end] == block.text
    for bad in ("\r", "\u200b", "\u00ad", "\t", "\u00a0", "\u201c", "''"):
        assert bad not in repaired.text
    for i, char in enumerate(repaired.text):
        if char.isalnum():  # letters and digits are copied, never made up
            assert raw[repaired.to_raw(i)] == char


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([p for p in PIECES if "\r" not in p]), max_size=40))
def test_windows_line_ends_repair_like_unix_ones(pieces: list[str]) -> None:
    unix = repair("".join(pieces))
    windows = repair("".join(pieces).replace("\n", "\r\n"))
    assert windows.text == unix.text
    assert windows.blocks == unix.blocks


def test_doc_text_is_each_docs_own_text(pipeline: Pipeline) -> None:
    for n in range(50):  # Docs come and go: a new one never gets the text of one gone before
        text = f"Text number {n} of the run."
        doc = pipeline.nlp.make_doc(text) if n % 2 else pipeline.make_doc(text)
        assert doc_text(doc) == doc.text == text


def test_pipe_gives_the_record_that_ng_record_serialises(pipeline: Pipeline) -> None:
    piped = [record.model_dump_json() for record in pipeline.pipe(TEXTS)]
    via_component = [Record.model_validate(pipeline.nlp(pipeline.make_doc(t))._.ng_record).model_dump_json()
                     for t in TEXTS]
    assert piped == via_component


def test_blocks_start_sentences(pipeline: Pipeline) -> None:
    doc = ng_blocks(pipeline.make_doc(TEXTS[0]))
    block_starts = {start for _, start, _, _ in doc._.ng_meta["blocks"]}
    starts = {t.idx for t in doc if t.is_sent_start}
    assert {s for s in block_starts if s > 0} <= starts
    assert not doc[1].is_sent_start


def test_possible_numbers_include_every_number(parsed) -> None:
    for doc in parsed:
        numbers = {t.i for t in doc if _is_number_token(t)}
        assert numbers  # each text has some
        assert numbers <= set(_possible_numbers(doc))
        assert len(_possible_numbers(doc)) < len(doc) // 2


def test_date_entities_in_a_span_are_its_date_and_time_entities(parsed) -> None:
    for doc in parsed:
        assert any(e.label_ == "DATE" for e in doc.ents)
        for start in range(0, len(doc), 3):
            for end in range(start, len(doc) + 1, 2):
                span = doc[start:end]
                expected = [(e.start, e.end) for e in span.ents if e.label_ in ("DATE", "TIME")]
                assert [(e.start, e.end) for e in _date_entities_in(span)] == expected
