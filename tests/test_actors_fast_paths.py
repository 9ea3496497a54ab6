"""The actor stage's shortcuts give what the plain computation gives.

The stage reads token attributes as arrays, finds noun chunks, entities and sentences itself and
reuses the claim of a name met before; each test here compares one shortcut with the plain way
of computing the same thing (written out below as the stage once did it), on the team's own texts.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import numpy as np
import pytest
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.base import Knowledge
from newsgraph.pipeline import actors as A
from newsgraph.pipeline.factories import knowledge_of

TEXTS = [
    "Kenyan President William Ruto met the Tanzanian Foreign Minister, Amina Salum-Ali, in Nairobi on Monday.\n\n"
    '"We will not back down," Ruto said. He added that the East African Community (EAC) would meet. '
    "The EAC secretariat declined to comment, according to a government source in the president's office.\n\n"
    "Ruto's spokesman, Hussein Mohamed, said the talks were held under the axis of cooperation agreed in 2020. "
    '"The minister told us," he said, "that the border would reopen." She did not confirm it.',
    "Armed men attacked a police station in northern Mali on Sunday, killing four officers, the army said.\n\n"
    "Malian soldiers loyal to the junta later arrested several suspects. A Malian army colonel, who asked not "
    "to be named, told reporters the gunmen were affiliated with the group. The group denied it.\n\n"
    "Mr. Diallo, a former defence minister, said: \"They will pay.\" Reporters Without Borders (RSF) "
    "condemned the arrest of two journalists; RSF said the Malian authorities had no grounds.",
    "US-Iranian talks resumed in Vienna.\nIran's deputy foreign minister, Ali Bagheri-Kani, led the delegation. "
    "The Iranian delegation met European envoys / KNS/AP reported. The head of the delegation said little. "
    "Bagheri-Kani told the Iranian Students' News Agency that Tehran wanted guarantees.",
]


@pytest.fixture(scope="module")
def docs(pipeline) -> list[Doc]:
    """The texts parsed up to the actor stage."""
    parsed = []
    for text in TEXTS:
        doc = pipeline.make_doc(text)
        for name, proc in pipeline.nlp.pipeline:
            if name == "ng_actors":
                break
            doc = proc(doc)
        parsed.append(doc)
    return parsed


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return knowledge_of([])


# -- the plain computations ---------------------------------------------------------------------

def plain_capitalised_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    start = None
    last_cap = None
    for tok in doc:
        cap = (tok.is_title or (tok.is_upper and len(tok) > 1)) and (tok.is_alpha or "-" in tok.text or "'" in tok.text)
        if cap and not (tok.is_sent_start and tok.lower_ in A.SENTENCE_OPENERS_NOT_NAMES):
            if start is None:
                start = tok.i
            last_cap = tok.i
        elif start is not None and (tok.lower_ in A.NAME_CONNECTORS or tok.text in ("-", "'")) and "\n" not in tok.text:
            continue
        else:
            if start is not None and last_cap is not None:
                yield start, last_cap + 1
            start, last_cap = None, None
    if start is not None and last_cap is not None:
        yield start, last_cap + 1


def plain_clean_name_span(ent: Span) -> list[tuple[int, int]]:
    segments: list[list[Token]] = [[]]
    for tok in ent:
        if tok.text in ('"', "/") or "\n" in tok.text or tok.is_space:
            segments.append([])
        else:
            segments[-1].append(tok)
    out = []
    for toks in segments:
        lo, hi = 0, len(toks)
        while lo < hi and (toks[lo].lower_ in ("the", "a", "an") or not (toks[lo].is_alpha or toks[lo].is_digit)):
            lo += 1
        while hi > lo and (toks[hi - 1].text in ("'s", "'", "’s") or not (
                toks[hi - 1].is_alpha or toks[hi - 1].is_digit or re.match(r"^[^\W\d_]+['’][^\W\d_]+$", toks[hi - 1].text))):
            hi -= 1
        if lo < hi:
            out.append((toks[lo].i, toks[hi - 1].i + 1))
    return out


def plain_repair_name_boundaries(span: Span, kb: Knowledge, bounds: tuple[int, int]) -> Optional[tuple[int, int]]:
    doc = span.doc
    sent_start, sent_end = bounds
    start, end = span.start, span.end
    person_like = span.label_ in ("PERSON", "GPE")
    glued = A._glued
    while True:
        grew = False
        if end + 1 < sent_end and doc[end].text in ("-", "'") and glued(doc[end - 1], doc[end]) \
                and glued(doc[end], doc[end + 1]) and doc[end + 1].is_alpha:
            end += 2
            grew = True
        elif person_like and end < sent_end and A._is_name_token(doc[end]) and "\n" not in doc[end - 1].whitespace_ \
                and not doc[end - 1].whitespace_ == "" and doc[end].pos_ == "PROPN" \
                and not kb.countries.lookup(doc[end].text) and not kb.roles.is_role_word(doc[end].lower_):
            end += 1
            grew = True
        if start - 2 >= sent_start and doc[start - 1].text in ("-",) and glued(doc[start - 2], doc[start - 1]) \
                and glued(doc[start - 1], doc[start]) and doc[start - 2].is_alpha:
            start -= 2
            grew = True
        elif person_like and start - 1 >= sent_start and (A._is_name_token(doc[start - 1]) or doc[start - 1].lower_ in A._NAME_INNER) \
                and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_stop) \
                and "\n" not in doc[start - 1].whitespace_ \
                and not (span.label_ == "PERSON" and doc[start - 1].ent_type_ == "ORG"):
            start -= 1
            grew = True
        if not grew:
            break
    if span.label_ == "ORG" and start - 1 >= sent_start and doc[start - 1].is_title \
            and "\n" not in doc[start - 1].whitespace_:
        before = kb.countries.lookup(doc[start - 1].text)
        if before is not None and before.kind == "demonym" and kb.roles.is_role_word(doc[end - 1].lower_):
            start -= 1
    toks = list(doc[start:end])
    if person_like:
        cut = 0
        for n, tok in enumerate(toks):
            low = tok.lower_.rstrip(".")
            country = kb.countries.lookup(tok.text)
            if kb.roles.is_role_word(low) or low in A.HONORIFICS or (country and country.kind != "capital") \
                    or tok.text in (".",) or (tok.pos_ == "ADJ" and not tok.is_title):
                cut = n + 1
        while cut < len(toks) and toks[cut].text == "-":
            cut += 2 if cut + 1 < len(toks) else 1
        toks = toks[cut:]
        while toks and toks[0].lower_ in A._NAME_INNER and len(toks) > 1 and toks[0].lower_ not in ("al", "abu", "abd", "bin"):
            toks = toks[1:]
        while toks and toks[-1].lower_ in A._NAME_INNER:
            toks = toks[:-1]
        if not toks or not any(A._is_name_token(t) for t in toks):
            return None
    if not toks or toks[-1].lower_ in A.THING_HEADS:
        return None
    return toks[0].i, toks[-1].i + 1


def plain_description_phrase(head: Token) -> tuple[int, int]:
    doc = head.doc
    left = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod", "poss", "case", "punct")]
    start = head.i
    for t in sorted(left, key=lambda t: -t.i):
        joins = t.text == "-" and t.i > 0 and doc[t.i - 1].is_alpha and doc[t.i + 1].is_alpha
        if t.i == start - 1 and "\n" not in t.whitespace_ and (
                t.is_alpha or "-" in t.text and len(t) > 1 or t.text == "'s" or joins):
            start = t.i
    for t in doc[start:head.i]:
        if t.text in ("'s", "'") and not (t.i > 0 and doc[t.i - 1].ent_type_ in ("GPE", "NORP")):
            start = t.i + 1
    while start < head.i and (doc[start].dep_ == "poss" and doc[start].pos_ == "PRON" or doc[start].text in ("'s", "-")):
        start += 1
    return start, head.i + 1


def plain_with_of_phrase(phrase: Span) -> tuple[int, int]:
    head = phrase[-1]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            return phrase.start, max(t.i for t in child.subtree) + 1
    return phrase.start, phrase.end


def plain_quoted_tokens(doc: Doc) -> set[int]:
    quoted, inside = set(), False
    for tok in doc:
        if "\n\n" in tok.text or "\n\n" in tok.whitespace_:
            inside = False
        if tok.text == '"':
            inside = not inside
        elif inside:
            quoted.add(tok.i)
    return quoted


def plain_acronyms(doc: Doc) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8) or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        end = tok.i - 1
        start = end
        while start > tok.sent.start and (A._is_name_token(doc[start - 1]) or doc[start - 1].lower_ in A.NAME_CONNECTORS):
            start -= 1
        while start < end and doc[start].lower_ in A.NAME_CONNECTORS:
            start += 1
        if end - start < 2:
            continue
        initials = "".join(t.text[0] for t in doc[start:end] if A._is_name_token(t))
        if tok.text[0] == initials[:1] and tok.text not in out:
            out[tok.text] = (start, end)
    return out


# -- the comparisons ------------------------------------------------------------------------------

def test_token_arrays_read_what_the_tokens_say(docs: list[Doc]) -> None:
    for doc in docs:
        arrays = A._TokenArrays(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                assert arrays.span_text(start, end) == doc[start:end].text
        assert arrays.name_token_list == [A._is_name_token(t) for t in doc]
        assert arrays.newline_list == ["\n" in t.text for t in doc]
        assert arrays.droppable == [t.dep_ in ("det", "predet") or t.text in ('"', "'") or t.is_space
                                    or "\n" in t.text for t in doc]
        assert arrays.sent_flag_list == [t.is_sent_start is True for t in doc]
        assert arrays.spacy_list == [t.whitespace_ == " " for t in doc]
        assert arrays.head_list == [t.head.i for t in doc]
        assert arrays.appos_heads == {t.i for t in doc if any(c.dep_ == "appos" for c in t.children)}
        assert arrays.entities == [(e.start, e.end, e.label_, e.label) for e in doc.ents]


def test_sentences_chunks_and_quotes_match_spacy(docs: list[Doc]) -> None:
    for doc in docs:
        table = A.ActorTable(doc, None)
        A._read_noun_phrases(table)
        assert [(c.start, c.end, c.label_) for c in table.chunks] == [(c.start, c.end, c.label_) for c in doc.noun_chunks]
        assert table.sent_start == [t.sent.start for t in doc]
        assert table.sent_end == [t.sent.end for t in doc]
        assert table.quoted_tokens() == plain_quoted_tokens(doc)
        assert {k: (v.start, v.end) for k, v in A._acronym_definitions(doc, table).items()} == plain_acronyms(doc)
    assert any(table.quoted_tokens() for table in (A.ActorTable(d, None) for d in docs))


def test_name_bounds_match_the_span_versions(docs: list[Doc], kb: Knowledge) -> None:
    compared = 0
    for doc in docs:
        table = A.ActorTable(doc, None)
        arrays = table.arrays
        assert A._capitalised_runs(doc, arrays) == list(plain_capitalised_runs(doc))
        for ent in doc.ents:
            assert A._clean_name_bounds(arrays, ent.start, ent.end) == plain_clean_name_span(ent)
            for start, end in plain_clean_name_span(ent):
                bounds = (table.sent_start[start], table.sent_end[start])
                plain = plain_repair_name_boundaries(Span(doc, start, end, label=ent.label_), kb, bounds)
                fast = A._repair_name_bounds(arrays, kb, start, end, ent.label_, bounds, {})
                assert fast == plain
                compared += 1
        # any stretch of words, not only the tagger's entities, under each label
        for label in ("PERSON", "GPE", "ORG"):
            for start in range(len(doc)):
                bounds = (table.sent_start[start], table.sent_end[start])
                for end in range(start + 1, min(bounds[1], start + 4) + 1):
                    plain = plain_repair_name_boundaries(Span(doc, start, end, label=label), kb, bounds)
                    assert A._repair_name_bounds(arrays, kb, start, end, label, bounds, {}) == plain
    assert compared > 10


def test_phrase_bounds_match_the_span_versions(docs: list[Doc]) -> None:
    for doc in docs:
        table = A.ActorTable(doc, None)
        arrays = table.arrays
        for chunk in doc.noun_chunks:
            plain = A._phrase_without_det(chunk)
            bounds = A._phrase_bounds(arrays.droppable, chunk.start, chunk.end)
            assert bounds == (None if plain is None else (plain.start, plain.end))
            if plain is not None:
                assert A._with_of_bounds(doc, arrays, *bounds) == plain_with_of_phrase(plain)
        for tok in doc:
            if tok.pos_ in ("NOUN", "PROPN"):
                assert (A._description_start(arrays, tok.i), tok.i + 1) == plain_description_phrase(tok)


def test_countries_in_reads_the_same_off_arrays_and_tokens(docs: list[Doc], kb: Knowledge) -> None:
    extractor = A.ActorExtractor(kb)
    found = 0
    for doc in docs:
        table = extractor(doc)
        for chunk in table.chunks:
            fast = extractor.countries_in(chunk)
            extractor._table = None  # no table at hand: the Span is read token by token
            assert extractor.countries_in(chunk) == fast
            extractor._table = table
            found += bool(fast)
    assert found


def test_repeated_names_get_the_claim_they_got_first(docs: list[Doc], kb: Knowledge) -> None:
    def names_claimed(doc: Doc, reuse: bool):
        extractor = A.ActorExtractor(kb)
        table = A.ActorTable(doc, None)
        extractor._table = table
        A._read_noun_phrases(table)
        claimed: set[int] = set()
        extractor._claim_names(table, doc, A._acronym_definitions(doc, table), claimed, reuse_repeats=reuse)
        drafts = {key: (d.type, d.names, sorted(d.mentions), d.country, d.sector, d.dictionary_id,
                        [e.model_dump() for e in d.evidence]) for key, d in table.drafts.items()}
        return drafts, sorted(table.token_owner.items()), sorted(claimed)

    for doc in docs:
        assert names_claimed(doc, True) == names_claimed(doc, False)
    drafts, _, _ = names_claimed(docs[0], True)
    assert any(len(d[2]) > 1 for d in drafts.values())  # some name is met more than once


def test_a_demonym_is_claimed_by_its_tag_not_its_words_alone(pipeline, kb: Knowledge) -> None:
    doc = pipeline.nlp(pipeline.make_doc("Kenyans voted on Tuesday. The Kenyans stayed home."))
    people = [ent for ent in doc.ents if ent.text == "Kenyans"]
    assert len(people) == 2
    for first_tag in ("NN", "NNPS"):
        doc[people[0].start].tag_ = first_tag  # the same words, told apart by the tag
        doc[people[1].start].tag_ = "NNPS" if first_tag == "NN" else "NN"
        extractor = A.ActorExtractor(kb)
        table = extractor(doc)
        claimed = [m for d in table.drafts.values() for m in d.mentions if m[2] == "demonym"]
        assert [(s, e) for s, e, _ in claimed] == [
            (ent.start_char, ent.end_char) for ent in people if doc[ent.start].tag_ == "NNPS"]


def test_id_classifier_answers_like_the_test_it_keeps(monkeypatch) -> None:
    monkeypatch.setattr(A, "_MEMO_SIZE", 8)  # start over often
    strings = {i: ("minister" if i % 3 == 0 else "word") + str(i) for i in range(1, 200)}
    classifier = A._IdClassifier(lambda word: word.startswith("minister"))
    for first in range(1, 180, 7):
        ids = np.array([(first * k) % 199 + 1 for k in range(1, 30)], dtype=np.uint64)
        assert classifier.mask(ids, strings).tolist() == [strings[int(i)].startswith("minister") for i in ids]
