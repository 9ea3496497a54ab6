"""Events in Title Case headlines.

English headlines are often written in Title Case ("Rebels Free Two Hostages"). spaCy's small
model reads every capitalised word as a proper noun, so the headline's verb is lost and the
article's main event goes uncoded. This module re-reads such headlines:

- a title or heading block is Title Case when its content words are capitalised and none (or, in
  a long headline, one) is written in lower case; a sentence-case headline is left alone;
- a copy of the headline of the same length is made in which only the letter case changes: every
  word is lower-cased except the first one (and the first after a colon), acronyms ("U.S.",
  "ELN") and the words of names (countries, demonyms, capitals and dictionary organisations, and
  the names the actor stage and the named-entity recogniser found in the rest of the article);
- the copy is parsed with spaCy's own components (not newsgraph's), `find_events` codes it, and
  each candidate is carried onto the main Doc by character offsets, so that the sides stage
  treats it like any other; these candidates replace whatever the main parse coded in the
  headline.

Headlines drop the auxiliary of a passive participle ("Soldiers Held Hostage" for "soldiers who
are held hostage"); the parser then reads the participle as a clause of its own and the act
before it loses its object. The parse of the copy is mended for that one pattern before coding.
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import Callable, Iterable, Optional

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.base import Knowledge
from newsgraph.knowledge.cameo import PatternSet, get_patterns
from newsgraph.knowledge.normalize import name_key
from newsgraph.pipeline.events import EventCandidate, find_events, learn_word_classes
from newsgraph.pipeline.factories import block_spans
from newsgraph.text import doc_text

__all__ = ["HeadlineEvents", "STATE_KEY", "is_title_case", "recase", "with_headline_events"]

# Where the events component leaves its `HeadlineEvents` for the sides stage.
STATE_KEY = "headline_events"
HEADLINE_KINDS = frozenset({"title", "heading"})
# Words that Title Case styles leave in lower case: articles, conjunctions, short prepositions.
_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "amid", "after", "upon", "than",
    "out", "near", "since", "till", "until", "about", "against", "among", "before", "behind", "despite",
    "during", "under", "without", "s", "de", "al", "el", "la", "le", "du", "des", "da", "van", "von", "bin", "ibn",
})
_NAME_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_NAMED_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
_MAX_NAME_WORDS = 6
# A paragraph this short may be a headline repeated in the body.
_MAX_HEADLINE_CHARS = 200
# Marks after which a headline starts anew ("Syria: Rebels Take Town").
_SECTION_MARKS = frozenset({":", "|", "—", "–"})


_LETTER = re.compile(r"[^\W\d_]")
_TWO_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de].*[A-Z\u00c0-\u00de]")


def _has_letter(word: str) -> bool:
    return word.isalpha() or _LETTER.search(word) is not None


def _is_acronym(word: str) -> bool:
    """Two capitals or more ("U.S.", "ELN", "McCain"): written that way on purpose."""
    return _TWO_CAPITALS.search(word) is not None


def is_title_case(words: Iterable[str]) -> bool:
    """Whether a headline's words (tokens, in order) are written in Title Case.

    The first word and acronyms say nothing either way; minor words (articles, short
    prepositions) may take either case. The headline is Title Case when at least two of the
    other words are capitalised and none is in lower case (one, in a headline of four capitalised
    words or more).
    """
    upper = lower = 0
    first = True
    for word in words:
        if not _has_letter(word):
            if word in _SECTION_MARKS:
                first = True
            continue
        if first:
            first = False
            continue
        if _is_acronym(word) or word.lower().strip(".'’") in _MINOR_WORDS:
            continue
        initial = word[0] if word[0].isalpha() else _LETTER.search(word).group()
        if initial.isupper():
            upper += 1
        elif initial.islower():
            lower += 1
            if lower > 1:  # most blocks are running text: stop at the second lower-case word
                return False
    return upper >= 2 and (lower == 0 or (lower == 1 and upper >= 4))


def recase(tokens: list[tuple[int, str]], is_name: Callable[[int, int], int]) -> str:
    """The headline with only letter case changed, character for character.

    `tokens` are (offset, text) pairs relative to the headline's start; `is_name(i, j)` gives the
    number of tokens from `i` (up to `j`) that form a name, 0 when none does. Words keep their case
    when they open the headline (or a section after a colon), are acronyms or belong to a name;
    every other word is lower-cased.
    """
    if not tokens:
        return ""
    length = tokens[-1][0] + len(tokens[-1][1])
    chars = [" "] * length
    for offset, text in tokens:
        chars[offset:offset + len(text)] = text
    i = 0
    first = True
    while i < len(tokens):
        offset, text = tokens[i]
        if not _has_letter(text):
            first = first or text in _SECTION_MARKS
            i += 1
            continue
        named = is_name(i, min(len(tokens), i + _MAX_NAME_WORDS))
        if named:
            i += named
            first = False
            continue
        lowered = text.lower()
        if not first and not _is_acronym(text) and len(lowered) == len(text):
            chars[offset:offset + len(text)] = lowered
        first = False
        i += 1
    return "".join(chars)


class HeadlineEvents:
    """Codes the events of a Doc's Title Case headlines by parsing a re-cased copy of each."""

    def __init__(self, nlp: Language, kb: Knowledge):
        self.nlp = nlp
        self.kb = kb
        learn_word_classes(nlp)  # headline verbs the tagger reads as plural nouns
        self._components: Optional[list[Callable[[Doc], Doc]]] = None

    def parse(self, text: str) -> Doc:
        """`text` through the spaCy components of the pipeline only (newsgraph's left out)."""
        if self._components is None:  # read at first use: the pipeline is complete by then
            self._components = [proc for name, proc in self.nlp.pipeline if not name.startswith("ng_")]
        doc = self.nlp.make_doc(text)
        for component in self._components:
            doc = component(doc)
        return doc

    def headlines(self, doc: Doc) -> list[Span]:
        """The Doc's title and heading blocks written in Title Case."""
        return [span for kind, span in _title_case_blocks(doc) if kind in HEADLINE_KINDS]

    def __call__(self, doc: Doc, state: dict, candidates: list[EventCandidate],
                 patterns: Optional[PatternSet] = None) -> list[EventCandidate]:
        """`candidates` with those inside Title Case headlines replaced by the re-cased reading."""
        blocks = _title_case_blocks(doc)
        headlines = [span for kind, span in blocks if kind in HEADLINE_KINDS]
        if not headlines:
            return candidates
        # a headline repeated in the body is no evidence of how the article writes names
        known = self._names_outside(doc, state, [span for _, span in blocks])
        found: list[EventCandidate] = []
        for headline in headlines:
            found.extend(self._headline_candidates(doc, headline, known, patterns))
        inside = [(h.start, h.end) for h in headlines]
        kept = [c for c in candidates if not any(s <= c.trigger.i < e for s, e in inside)]
        return sorted(kept + found, key=lambda c: c.trigger.i)

    # -- reading one headline ----------------------------------------------------------
    def _headline_candidates(self, doc: Doc, headline: Span, known: set[str],
                             patterns: Optional[PatternSet]) -> list[EventCandidate]:
        base = headline.start_char
        tokens = [(t.idx - base, t.text) for t in headline]
        text = doc_text(doc)

        def is_name(i: int, j: int) -> int:
            for stop in range(j, i, -1):
                surface = text[base + tokens[i][0]:base + tokens[stop - 1][0] + len(tokens[stop - 1][1])]
                if self._is_name(surface, known):
                    return stop - i
            return 0

        patterns = patterns or get_patterns()
        copy = self.parse(recase(tokens, is_name))
        _attach_reduced_relatives(copy, patterns)
        out = []
        for cand in find_events(copy, patterns):
            trigger = _main_span(doc, base, cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text))
            if trigger is None:
                continue
            out.append(replace(
                cand,
                trigger=trigger[0],
                source=_carried(doc, base, cand.source),
                target=_carried(doc, base, cand.target),
                reporter=_carried(doc, base, cand.reporter),
                sentence=trigger[0].sent,
            ))
        return out

    def _is_name(self, surface: str, known: set[str]) -> bool:
        if not surface[:1].isupper():
            return False
        key = name_key(surface)
        if not key or key in _MINOR_WORDS:
            return False
        return (key in known or self.kb.countries.lookup(surface) is not None
                or self.kb.actors.match(surface, allow_partial=False) is not None)

    @staticmethod
    def _names_outside(doc: Doc, state: dict, headlines: list[Span]) -> set[str]:
        """Keys of the capitalised names the article's other text gives (actors and entities)."""
        bounds = [(h.start_char, h.end_char) for h in headlines]
        text = doc_text(doc)

        def outside(start: int) -> bool:
            return not any(s <= start < e for s, e in bounds)

        keys: set[str] = set()
        table = state.get("actors")
        if table is not None:
            for draft in table.drafts.values():
                if draft.type not in _NAMED_ACTOR_TYPES:
                    continue
                for start, end, kind in draft.mentions:
                    if kind != "pronoun" and outside(start) and text[start:start + 1].isupper():
                        keys.add(name_key(text[start:end]))
                        if draft.type == "PERSON":  # a headline names a person by the surname
                            keys.add(name_key(text[start:end]).rpartition(" ")[2])
        for ent in doc.ents:
            if ent.label_ in _NAME_ENTITY_LABELS and outside(ent.start_char) and ent.text[:1].isupper():
                keys.add(name_key(ent.text))
                if ent.label_ == "PERSON":
                    keys.add(name_key(ent.text).rpartition(" ")[2])
        keys.discard("")
        return keys


def with_headline_events(doc: Doc, state: dict, candidates: list[EventCandidate],
                         patterns: Optional[PatternSet] = None) -> list[EventCandidate]:
    """`candidates` with the Title Case headlines re-read, when the events component set that up."""
    reader: Optional[HeadlineEvents] = state.get(STATE_KEY)
    if reader is None:
        return candidates
    return reader(doc, state, candidates, patterns)


def _title_case_blocks(doc: Doc) -> list[tuple[str, Span]]:
    """(kind, span) of the Doc's short blocks written in Title Case."""
    out = []
    for kind, start, end in block_spans(doc):
        if kind not in HEADLINE_KINDS and end - start > _MAX_HEADLINE_CHARS:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 1 and is_title_case(t.text for t in span):
            out.append((kind, span))
    return out


def _main_span(doc: Doc, base: int, start: int, end: int) -> Optional[Span]:
    return doc.char_span(base + start, base + end, alignment_mode="expand")


def _carried(doc: Doc, base: int, span: Optional[Span]) -> Optional[Span]:
    """The main Doc's words at the offsets of a side of the headline copy, cut after its head
    word: the main Doc's actor table reads a Title Case phrase poorly, and a place named in what
    follows ("Journalists Held In Mali") would stand for the whole side."""
    if span is None:
        return None
    end = span.root.i + 1
    while end < span.end and span.doc[end].dep_ == "case":  # "Iran's"
        end += 1
    return _main_span(doc, base, span.start_char, span.doc[end - 1].idx + len(span.doc[end - 1].text))


def _attach_reduced_relatives(doc: Doc, patterns: PatternSet) -> None:
    """Mend "free two soldiers held hostage" read as "free [that] two soldiers held hostage".

    A past participle with no auxiliary, read as the clausal complement of an event verb that has
    no object (not a verb of saying), with its subject right after that verb, is a participle
    describing the verb's object: the subject becomes the verb's object, the participle its modifier.
    """
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    changed = False
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" \
                or clause.i < verb.i or _blocks(verb, clause, patterns):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        heads[subjects[0].i], deps[subjects[0].i] = verb.i, "dobj"
        heads[clause.i], deps[clause.i] = subjects[0].i, "acl"
        changed = True
    if changed:
        _set_parse(doc, heads, deps)


def _blocks(verb: Token, clause: Token, patterns: PatternSet) -> bool:
    """Whether the verb (a reporting or uncoded verb, or one with an object) or the participle's
    own auxiliaries rule the reading out."""
    lemma = verb.lemma_.lower()
    if not patterns.candidates("verb", lemma) or patterns.modality_cues.get(lemma) is not None:
        return True
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _set_parse(doc: Doc, heads: list[int], deps: list[str]) -> None:
    strings = doc.vocab.strings
    rows = np.empty((len(doc), 2), dtype=np.uint64)
    rows[:, 0] = np.array([h - i for i, h in enumerate(heads)], dtype=np.int64).view(np.uint64)
    rows[:, 1] = np.array([strings.add(d) for d in deps], dtype=np.uint64)
    doc.from_array([HEAD, DEP], rows)
