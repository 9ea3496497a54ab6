"""Quotations, direct and reported, with the words that name their speaker.

:func:`find_quotes` reads a parsed spaCy ``Doc`` (text already repaired: ASCII ``"`` marks,
``'`` apostrophes, blocks separated by blank lines) and returns :class:`QuoteCandidate` items:

* ``direct`` / ``partial``: words between quotation marks, attributed through the dependency
  parse to a speech cue ("said", "told", "pointed out", ...) and its subject, or carried over
  from the previous quote when the sentence names no speaker (continuation paragraphs);
* ``indirect``: reported speech without marks, the content clause of a speech or belief cue
  ("X said that ...", "..., X said", "..., stressing that ...", "according to X, ...",
  "X expressed his belief that ..."), plus caption lines of the form ``Name: claim``.

The cue words are data (``newsgraph/data/cues.yaml``), validated on load by :func:`load_cues`.
A direct quote and an indirect quote never cover the same words: the direct one wins. A quoted
fragment inside the reported clause of its own report is one statement, listed once as the clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_right
from functools import cmp_to_key, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Optional, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, field_validator
from spacy.strings import StringStore, get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.countries import get_country_index
from newsgraph.knowledge.datafiles import load_yaml, validate_entry
from newsgraph.knowledge.roles import get_role_lexicon
from newsgraph.knowledge.words import get_words
from newsgraph.pipeline.headlines import HEADLINE_KINDS
from newsgraph.pipeline.tokens import LOWERED, lowered, token_index
from newsgraph.pipeline.trees import dominates
from newsgraph.text import doc_text

__all__ = ["QuoteCandidate", "CueLexicon", "VerbCue", "find_quotes", "load_cues", "split_blocks"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "cues.yaml"

QuoteKindName = Literal["direct", "indirect", "partial"]
BlockTuple = tuple[int, int, str]


# --------------------------------------------------------------------------- cue lexicon


class VerbCue(BaseModel):
    """How one speech or belief verb introduces reported content (see cues.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    clause: bool = True
    object: bool = False
    preps: tuple[str, ...] = ()
    prep_clause: bool = False
    infinitive: bool | Literal["without_object"] = False
    particle: Optional[str] = None
    speaker: Literal["subject", "object"] = "subject"
    addressee: bool = False
    fragment: bool = True
    finding: bool = False
    reaction: bool = False
    verbless_clause: bool = True
    target_object: bool = False
    noun_object: bool = False
    call_clause: bool = False
    infinitive_after: tuple[str, ...] = ()


class _PhraseCue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verb: str
    object_noun: str
    preps: tuple[str, ...]


class _CueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    verbs: dict[str, VerbCue]
    phrases: dict[str, _PhraseCue] = {}
    nouns: list[str] = []
    sources: list[str] = []
    caption_labels: list[str] = []
    channels: list[str] = []
    instruments: list[str] = []
    place_words: list[str] = []
    official_services: dict[str, list[str]] = {}
    possible_only: list[str] = []
    member_preps: list[str] = []

    @field_validator("verbs")
    @classmethod
    def _lemmas_are_lowercase_words(cls, verbs: dict[str, VerbCue]) -> dict[str, VerbCue]:
        for lemma in verbs:
            if not re.fullmatch(r"[a-z]+", lemma):
                raise ValueError(f"verb lemma {lemma!r} must be one lowercase word")
        return verbs

    @field_validator("nouns", "caption_labels", "channels", "instruments", "place_words", "possible_only",
                     "member_preps")
    @classmethod
    def _words_are_lowercase(cls, words: list[str]) -> list[str]:
        for word in words:
            if not re.fullmatch(r"[a-z]+", word):
                raise ValueError(f"{word!r} must be one lowercase word")
        return words

    @field_validator("sources")
    @classmethod
    def _sources_are_phrases(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if not re.fullmatch(r"[a-z]+( [a-z]+)+", phrase):
                raise ValueError(f"source phrase {phrase!r} must be two or more lowercase words")
        return phrases


@dataclass(frozen=True)
class CueLexicon:
    """The speech/belief cues :func:`find_quotes` recognises."""

    verbs: dict[str, VerbCue]
    phrases: dict[str, tuple[tuple[str, _PhraseCue], ...]]
    nouns: frozenset[str]
    sources: tuple[tuple[str, ...], ...]
    caption_labels: frozenset[str]
    channels: frozenset[str] = frozenset()
    source_starts: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    official_services: dict[str, frozenset[str]] = field(default_factory=dict)
    possible_only: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()

    def verb_cue(self, token: Token) -> Optional[tuple[str, VerbCue]]:
        """The cue name ("said" → "say", "pointed out" → "point out") and options, if ``token`` is a cue verb."""
        lemma = token.lemma_.lower()
        cue = self.verbs.get(lemma)
        if cue is None or not (token.pos_ == "VERB" or token.tag_.startswith("VB")):
            return None
        if token.dep_ == "amod":  # a participle used as an adjective: "the so-called reforms"
            return None
        if token.ent_iob_ == "I" and token.ent_type_ == "PERSON" and token.i + 1 < len(token.doc) \
                and token.doc[token.i + 1].ent_iob_ == "I":
            return None  # a name word inside a person's name: "Colonel Ibrahim Said Mdahoma"
        if _said_in_name(token):
            return None  # the same, when the tagger gave the name no PERSON entity
        if cue.particle is None:
            return lemma, cue
        for child in token.children:
            if child.dep_ == "prt" and child.lower_ == cue.particle:
                return f"{lemma} {cue.particle}", cue
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ == cue.particle:
            return f"{lemma} {cue.particle}", cue
        return None


def load_cues(path: str | Path | None = None) -> CueLexicon:
    """Load and validate a cue file (default: the packaged ``data/cues.yaml``).

    Raises :class:`newsgraph.errors.DictionaryError` naming the file when it is malformed.
    """
    return _load_cues(str(Path(path).resolve()) if path else str(CUES_FILE))


@lru_cache(maxsize=8)
def _load_cues(path: str) -> CueLexicon:
    data = validate_entry(path, _CueFile, load_yaml(path), "cues")
    phrases: dict[str, list[tuple[str, _PhraseCue]]] = {}
    for name, phrase in data.phrases.items():
        phrases.setdefault(phrase.verb, []).append((name, phrase))
    return CueLexicon(
        verbs=dict(data.verbs),
        phrases={verb: tuple(items) for verb, items in phrases.items()},
        nouns=frozenset(data.nouns),
        sources=tuple(tuple(s.split()) for s in data.sources),
        caption_labels=frozenset(data.caption_labels),
        channels=frozenset(data.channels),
        source_starts=frozenset(s.split()[0] for s in data.sources),
        instruments=frozenset(data.instruments),
        place_words=frozenset(data.place_words),
        official_services={word: frozenset(kin) for word, kin in data.official_services.items()},
        possible_only=frozenset(data.possible_only),
        member_preps=frozenset(data.member_preps),
    )


# --------------------------------------------------------------------------- output


@dataclass
class QuoteCandidate:
    """One quotation found in a Doc; offsets point into ``doc.text``."""

    start: int
    end: int
    text: str
    kind: QuoteKindName
    cue: Optional[str]
    cue_token: Optional[Token]
    speaker: Optional[Span]
    speaker_from_previous: bool
    addressee: Optional[Span]
    rule: str
    speaker_apposition: Optional[Span] = None


# --------------------------------------------------------------------------- blocks


_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def split_blocks(text: str) -> list[BlockTuple]:
    """Blocks of ``text`` separated by blank lines, as ``(start, end, "paragraph")``."""
    blocks: list[BlockTuple] = []
    pos = 0
    for match in _BLANK_LINES.finditer(text):
        _add_block(blocks, text, pos, match.start())
        pos = match.end()
    _add_block(blocks, text, pos, len(text))
    return blocks


def _add_block(blocks: list[BlockTuple], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        blocks.append((start, end, "paragraph"))


def _as_block_tuples(blocks: Iterable[Any]) -> list[BlockTuple]:
    out: list[BlockTuple] = []
    for block in blocks:
        if isinstance(block, (tuple, list)):
            start, end = block[0], block[1]
            kind = block[2] if len(block) > 2 else "paragraph"
        else:
            start, end, kind = block.start, block.end, getattr(block, "kind", "paragraph")
        out.append((int(start), int(end), str(kind)))
    return sorted(out)


# --------------------------------------------------------------------------- quotation marks


_MARK = re.compile(r"''|[\"“”„«»]")
_OPENING_ONLY = "“„«"
_CLOSING_ONLY = "”»"


@dataclass
class _Marked:
    start: int          # first character of the quoted words
    end: int            # end of the quoted words (before the closing mark or at block end)
    outer_start: int    # the opening mark
    outer_end: int      # after the closing mark (block end when unclosed)
    block: int
    closed: bool
    opens_block: bool   # the block starts with this quote's opening mark


def _mark_costs(text: str, pos: int, length: int, lo: int, hi: int) -> tuple[int, int]:
    """How badly a mark at ``pos`` fits as an opening mark and as a closing mark."""
    mark = text[pos:pos + length]
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + length] if pos + length < hi else " "
    open_cost = (nxt.isspace()) + (prev.isalnum())
    close_cost = (nxt.isalnum()) + (prev.isspace() and nxt.isalnum())
    if mark in _OPENING_ONLY:
        close_cost += 3
    elif mark in _CLOSING_ONLY:
        open_cost += 3
    return open_cost, close_cost


def _pair_marks(text: str, marks: list[tuple[int, int]], lo: int, hi: int) -> tuple[list[tuple[int, int]], bool]:
    """Choose which marks pair up: drop one stray mark, or leave the last quote open to block end."""
    costs = [_mark_costs(text, p, n, lo, hi) for p, n in marks]

    def cost_of(indices: list[int], open_last: bool) -> float:
        total = 0.0
        for k, idx in enumerate(indices):
            total += costs[idx][0] if k % 2 == 0 else costs[idx][1]
        return total + (0.5 if open_last else 0.0)

    all_idx = list(range(len(marks)))
    if len(marks) % 2 == 0:
        return marks, False
    options: list[tuple[float, int, list[int], bool]] = [(cost_of(all_idx, True), 0, all_idx, True)]
    for drop in all_idx:
        kept = [i for i in all_idx if i != drop]
        # dropping a mark that reads well as an opening or closing mark is a cost of its own
        stray_penalty = 1.0 if min(costs[drop]) == 0 else 0.0
        options.append((cost_of(kept, False) + stray_penalty, 1, kept, False))
    best = min(options, key=lambda o: (o[0], o[1]))
    return [marks[i] for i in best[2]], best[3]


def _find_marked(text: str, blocks: list[BlockTuple]) -> list[_Marked]:
    found: list[_Marked] = []
    for b_index, (lo, hi, _kind) in enumerate(blocks):
        marks = [(m.start(), m.end() - m.start()) for m in _MARK.finditer(text, lo, hi)]
        if not marks:
            continue
        paired, open_last = _pair_marks(text, marks, lo, hi)
        if open_last:
            paired = paired + [(hi, 0)]
        for k in range(0, len(paired) - 1, 2):
            (o_pos, o_len), (c_pos, c_len) = paired[k], paired[k + 1]
            start, end = o_pos + o_len, c_pos
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                end -= 1
            if not any(ch.isalnum() for ch in text[start:end]):
                continue
            found.append(_Marked(start, end, o_pos, c_pos + c_len, b_index,
                                 closed=c_len > 0, opens_block=o_pos == lo))
    return found


# --------------------------------------------------------------------------- parse helpers

_SPEAKER_CUT_DEPS = frozenset({"appos", "relcl", "punct", "advcl", "parataxis", "ccomp"})
_SUBJECT_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp"})
_NAME_FUNCTION_WORDS = get_words().quotes.name_function_words
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


class _Parse:
    """The heads and dependency labels of a parsed Doc as plain lists, read once: subtree
    questions answered without walking `Token.subtree`, which is slow."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        shared = token_index(doc)
        self.size = shared.size
        self.heads: list[int] = shared.heads
        self.dep_ids: list[int] = shared.dep_ids
        self.pos: list[int] = shared.pos_ids
        self.orth_ids: list[int] = shared.orth_ids

    def dominates(self, top: int, i: int) -> bool:
        return dominates(self.heads, top, i)

    def precedes(self, a: int, b: int) -> bool:
        """Whether `Token.subtree` of a common ancestor yields token ``a`` before token ``b``
        (the left children's subtrees, the token, then the right children's, each in text order)."""
        heads = self.heads
        path = [a]  # a and every token above it
        while heads[path[-1]] != path[-1]:
            path.append(heads[path[-1]])
        depth = {node: k for k, node in enumerate(path)}
        below, node = None, b
        while node not in depth:
            below, node = node, heads[node]
        if node == a:  # a above b: before it when b hangs on a right child
            return below is not None and below > a
        if node == b:  # b above a: a comes first when it hangs on a left child
            return path[depth[b] - 1] < b
        return path[depth[node] - 1] < below  # siblings under the common ancestor, in text order

    def subtree_sorted(self, nodes: list[int]) -> list[int]:
        """``nodes`` (of one subtree) in the order `Token.subtree` yields them."""
        return sorted(nodes, key=cmp_to_key(lambda a, b: 0 if a == b else (-1 if self.precedes(a, b) else 1)))


class _Inside:
    """Membership in the subtree of ``top`` less the subtrees of the tokens in ``cut``."""

    def __init__(self, parse: _Parse, top: int, cut: set[int]) -> None:
        self.heads, self.size, self.top, self.cut = parse.heads, parse.size, top, cut

    def __contains__(self, i: int) -> bool:
        if i == self.top:
            return True
        if not 0 <= i < self.size:
            return False
        heads, top, cut = self.heads, self.top, self.cut
        below, above = i, heads[i]
        while above != top:
            if heads[above] == above or below in cut:
                return False
            below, above = above, heads[above]
        return below not in cut


# The parse `find_quotes` is working on; helpers given a token of another Doc read their own.
_ACTIVE_PARSE: Optional[_Parse] = None


def _parse_of(doc: Doc) -> _Parse:
    parse = _ACTIVE_PARSE
    if parse is None or parse.doc is not doc:
        parse = _Parse(doc)
    return parse


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _trimmed(doc: Doc, start: int, end: int) -> Optional[Span]:
    """Span ``doc[start:end]`` without edge punctuation, spaces and a leading "that"."""
    while start < end and (doc[start].is_punct or doc[start].is_space
                           or (doc[start].lower_ == "that" and (doc[start].dep_ == "mark" or doc[start].tag_ == "IN"))):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end)  # as doc[start:end], without its slice checks (bounds are valid)


def _phrase(token: Token, channels: frozenset[str] = frozenset()) -> tuple[Optional[Span], Optional[Span]]:
    """The noun phrase headed by ``token`` (with its modifiers) and its apposition, if any.

    Prepositional phrases naming the channel ("the ministry in a statement") are left out.
    """
    doc = token.doc
    parse = _parse_of(doc)
    cut: set[int] = set()  # children whose subtrees are left out
    appos: Optional[Token] = None
    for child in token.children:
        if child.dep_ == "punct" and _inside_word(child):
            continue
        if child.dep_ in _SPEAKER_CUT_DEPS or (child.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in channels for g in child.children)):
            if child.dep_ == "appos" and appos is None:
                appos = child
            cut.add(child.i)
    for inner in token.subtree:
        # "a source of the organization, which requested anonymity": a relative clause set off
        # by a comma describes, whatever noun of the phrase the parser hung it on
        if inner.dep_ == "relcl" and inner.head.i != token.i and inner.left_edge.i > 0 \
                and doc[inner.left_edge.i - 1].text == ",":
            cut.add(inner.i)
    misplaced = _name_hung_on_complement(token)
    if misplaced is not None:
        name = _contiguous(doc, misplaced, _Inside(parse, misplaced.i, {
            c.i for c in misplaced.children if c.dep_ in ("relcl", "appos")}))
        title = _trimmed_noun(doc, _contiguous(doc, token, _Inside(parse, token.i, cut)).start,
                              misplaced.left_edge.i)
        if name is not None and title is not None:
            return name, title
    span = _contiguous(doc, token, _Inside(parse, token.i, cut))
    apposition = None
    if appos is not None:
        a_cut = {c.i for c in appos.children if c.dep_ in ("relcl", "appos")}
        apposition = _contiguous(doc, appos, _Inside(parse, appos.i, a_cut))
    # "the ministry spokesman, Jane Doe, said": the name is the speaker, the title its apposition
    if (apposition is not None and span is not None and token.pos_ != "PROPN"
            and appos is not None and appos.pos_ == "PROPN"):
        span, apposition = apposition, span
    return span, apposition


def _name_hung_on_complement(token: Token) -> Optional[Token]:
    """ "A spokesman for President X, Jane Doe, said": a named person or place needs no second name, so the
    name set off after the complement's name belongs to the role noun ("spokesman"), whatever the
    parser hung it on."""
    if token.pos_ != "NOUN":
        return None
    doc = token.doc
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ not in ("for", "of", "to", "in", "at"):
            continue
        # the name may hang on any name of the complement ("the spokesman of the Police of the
        # Republic of X in Cabo Delgado, Jane Doe,")
        for obj in prep.subtree:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            for name in _names_apposed_after(obj, ("PERSON",)):
                if doc[name.left_edge.i - 1].text == ",":
                    role = get_role_lexicon().sector_of(token.text)
                    return name if role is not None and role.person else None
    return None


def _names_apposed_after(head: Token, ent_types: tuple[str, ...]) -> Iterator[Token]:
    """The proper names apposed to ``head`` after it, of the entity types ``ent_types``."""
    return (c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"
            and c.ent_type_ in ent_types)


def _inside_word(punct: Token) -> bool:
    """A hyphen or apostrophe inside a name ("al-Rabei", "Reiss-Andersen")."""
    doc = punct.doc
    return (punct.text in "-'" and punct.i > 0 and not doc[punct.i - 1].whitespace_
            and not punct.whitespace_)


def _contiguous(doc: Doc, token: Token, inside: _Inside) -> Optional[Span]:
    left = right = token.i
    while left - 1 in inside:
        left -= 1
    while right + 1 in inside and not (doc[right + 1].text == "," and right + 2 not in inside):
        right += 1
    return _trimmed_noun(doc, left, right + 1)


def _trimmed_noun(doc: Doc, start: int, end: int) -> Optional[Span]:
    """``doc[start:end]`` without edge punctuation, keeping brackets and quote marks balanced."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    following = doc[end].text if end < len(doc) else None
    if following == ")" or following == '"':  # only then do the words inside matter
        words = [doc[i].text for i in range(start, end)]
        if following == ")" and words.count("(") > words.count(")"):
            end += 1
        elif following == '"' and words.count('"') % 2 == 1:
            end += 1
    return Span(doc, start, end)  # as doc[start:end], without its slice checks (bounds are valid)


def _subject_of(verb: Token, depth: int = 0) -> Optional[Token]:
    """Who does ``verb``: its subject, an agent, a relative clause's antecedent, or the
    subject of the verb a subjectless participle/conjunct hangs on ("..., stressing that")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return _antecedent(verb)
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        if child.dep_ == "csubj" and child.i < verb.i:
            # "The Committee to Protect Journalists said": a name holding "to" + verb read as a clause
            name = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < child.i), None)
            if name is not None:
                return name
    if depth >= 4 or verb.head.i == verb.i:
        return None
    if verb.dep_ == "relcl":
        return _antecedent(verb)
    if verb.dep_ in _SUBJECT_CLIMB_DEPS:
        head = verb.head
        if verb.dep_ == "acl" and not _is_verb(head) and head.dep_ == "ROOT" and any(
                c.dep_ == "acl" and c.tag_ == "VBD" and c.i < verb.i for c in head.children):
            # "The party, the X, called for Y, saying ...": the parser read the finite verb as a
            # modifier of the sentence's first noun, which is the one that speaks
            return head
        if verb.dep_ == "acl" and not _is_verb(head):  # "a statement saying ..." → who issued it
            head = head.head
        if _is_verb(head):
            return _subject_of(head, depth + 1)
    return None


def _antecedent(relcl: Token) -> Token:
    """What a relative clause describes. After a comma it follows a whole name, so a name inside
    another ("the High Commissioner of the United Nations for Refugees (UNHCR), which ...") stands
    for the outer one."""
    antecedent = relcl.head
    if relcl.left_edge.i == 0 or relcl.doc[relcl.left_edge.i - 1].text != ",":
        return antecedent
    while (antecedent.pos_ == "PROPN" and antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep"
           and antecedent.head.lower_ in ("of", "for") and antecedent.head.head.pos_ == "PROPN"):
        antecedent = antecedent.head.head
    return antecedent


def _past_read_as_participle(verb: Token) -> bool:
    """A past tense the tagger read as a participle: VBN with no auxiliary."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _postverbal_speaker(verb: Token) -> tuple[Optional[Token], Optional[Token]]:
    """The speaker named after a subjectless cue that closes the sentence, as translation keeps
    the source's verb-first order: "..., informed the police." / '"...," declared its envoy in
    Bujumbura, Jane Doe, who ...' / "..., announced on Tuesday the UN refugee agency (UNHCR)".
    Returns (speaker, apposition): a name set off after a role noun is the speaker."""
    doc = verb.doc
    children = list(verb.children)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or _past_read_as_participle(verb)
    if verb.i < 3 or doc[verb.i - 1].text not in (",", '"') or not finite:
        return None, None
    if any((c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and not _stolen_subject(verb, c)) or (
            c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "mark", "conj", "cc", "advcl")) for c in children):
        return None, None
    after = [c for c in children if c.i > verb.i and not c.is_punct]
    nouns = [c for c in after if c.dep_ in ("dobj", "nsubj", "attr", "dative", "oprd", "npadvmod", "appos")
             and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")]
    if not nouns:
        return None, None
    speaker = nouns[0]
    if speaker.pos_ == "NOUN" and not speaker.ent_type_ and get_role_lexicon().sector_of(speaker.text) is None:
        return None, None  # a thing ("..., indicated serious shortcomings"), not someone who tells
    if any(c.dep_ not in ("prep", "advmod", "npadvmod") and c.i < speaker.i for c in after):
        return None, None
    rest = [c for c in after if c.i > speaker.i]
    apposed = _apposed_name_of_role(speaker)
    if apposed is not None and all(c.dep_ in ("prep", "advmod", "npadvmod") and c.i > apposed.i for c in rest):
        # '"...," declared the secretary general of the party, Jane Doe, during a press conference'
        return apposed, speaker
    name = rest[0] if rest and rest[0].pos_ == "PROPN" and doc[rest[0].left_edge.i - 1].text == "," else None
    closing = _name_closing_role(speaker) if rest and name is None else None
    if closing is not None and all(c.i >= closing[0].start for c in rest):
        return speaker, None  # the name hung on the verb closes the role's phrase
    if any(name is None or c.i != name.i for c in rest):
        return None, None
    if name is not None:
        return (name, speaker) if speaker.pos_ == "NOUN" else (None, None)
    return speaker, None


def _apposed_name_of_role(role: Token) -> Optional[Token]:
    """The person's name set off by a comma after a role noun's phrase, which the parser hung on the
    role as its apposition ("the secretary general of the party, Jane Doe"); None for a thing."""
    if role.pos_ != "NOUN" or get_role_lexicon().sector_of(role.text) is None:
        return None
    # the tagger reads some names as places
    name = next(_names_apposed_after(role, ("", "PERSON", "GPE", "NORP")), None)
    if name is None or role.doc[name.left_edge.i - 1].text != ",":
        return None
    return name


def _name_closing_role(role: Token) -> Optional[tuple[Span, Span]]:
    """ "..., informed the official representative of the ministry Jane Doe.": a name that closes the
    sentence right after a role noun's phrase, with no comma, names the holder of the role, wherever
    the parser hung it. Returns (name, title), or None when the sentence ends otherwise."""
    doc = role.doc
    if role.pos_ != "NOUN" or get_role_lexicon().sector_of(role.text) is None:
        return None
    last = role.sent.end - 1
    while last > role.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    start = last + 1
    while start > role.i + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in ("", "PERSON"):
        start -= 1
    if start > last or start <= role.i + 1 or doc[start - 1].is_punct or doc[start - 1].pos_ == "ADP":
        return None  # "the spokesman, Jane Doe" is an apposition, read elsewhere; "of Jane Doe" is not the holder
    if any(doc[k].dep_ != "compound" and doc[k].head.i < start for k in range(start, last)):
        return None
    title = _trimmed_noun(doc, role.left_edge.i, start)
    if title is None or title.end - 1 < role.i:
        return None
    return Span(doc, start, last + 1), title


def _stolen_subject(verb: Token, subject: Token) -> bool:
    """ "A shot down a helicopter, which left four dead, informed the army": the parser made a
    noun of the clause the closing cue hangs on ("helicopter", after that clause's verb) the
    cue's subject."""
    head = verb.head
    return head.i != verb.i and head.i < subject.i < verb.i and _is_verb(head) \
        and verb.dep_ in ("advcl", "dep", "parataxis", "conj") and verb.doc[verb.i - 1].text == ","


def _speaker_of(verb: Token, cue: VerbCue, channels: frozenset[str] = frozenset(),
                lexicon: Optional[CueLexicon] = None) -> tuple[Optional[Span], Optional[Span]]:
    if cue.speaker == "object":
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                return _phrase(child, channels)
    voice = _voice_of(verb)
    if voice is not None:
        return _phrase(voice, channels)
    after, title = _postverbal_speaker(verb)
    if after is not None and verb.lemma_ == "tell" and after.dep_ in ("dobj", "dative"):
        # "..., his lawyer, Jane Doe, told The Associated Press": whom "tell" tells is its audience, and the
        # noun phrase set off before the cue is the teller (translation's "..., informed the police" is
        # the police's report)
        after, title = None, None
        stranded = _stranded_subject(verb) or _name_set_off_before(verb)
        if stranded is not None:
            return stranded, None
    if after is not None and title is None:
        closing = _name_closing_role(after)
        if closing is not None:
            return closing
    if after is not None:
        span, apposition = _phrase(after, channels)
        return span, (_phrase(title, channels)[0] if title is not None else apposition)
    named = _name_after_title(verb)
    if named is not None:
        return _phrase(named[0], channels)[0], _phrase(named[1], channels)[0]
    office = _office_of_as_clause(verb) or _teller_after_as(verb)
    if office is not None:
        return _phrase(office, channels)
    if verb.dep_ == "conj" and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "A did X near Lake Y, Kenya's foreign ministry said": the speaker read as an apposition
        # of the last name, not the subject of the clause the cue was joined to
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return stranded, None
    subject = (_trailing_teller(verb) or _apposed_teller(verb) or _inverted_subject(verb)
               or _reporter_of_joined_cue(verb, lexicon) or _subject_of(verb))
    if subject is not None:
        subject = (_reporter_of_finding(verb, subject, lexicon) or _reporter_of_participle(verb, subject, lexicon)
                   or subject)
    if subject is not None:
        self_named = _name_given_by_self(subject)
        if self_named is not None:
            return self_named, _phrase(subject, channels)[0]
    if subject is None:
        if verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and verb.head.i < verb.i:
            stranded = _stranded_subject(verb)
            if stranded is not None:
                return stranded, None
        return None, None
    return _phrase(subject, channels)


def _voice_of(verb: Token) -> Optional[Token]:
    """ "France invited ... by the voice of its foreign ministry" (a French turn of phrase kept in
    translation): the body or person whose voice it was speaks."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "through"):
            continue
        voice = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "voice"), None)
        if voice is None:
            continue
        for of in voice.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                owner = next((g for g in of.children if g.dep_ == "pobj"), None)
                if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                    return owner
    return None


_SELF_NAMING_VERBS = get_words().quotes.self_naming_verbs


def _name_given_by_self(subject: Token) -> Optional[Span]:
    """ "The officer, who identified himself as Colonel Jane Doe, said": the name a nameless speaker
    gives for themself in a relative clause is the speaker."""
    if subject.pos_ != "NOUN":
        return None
    for clause in subject.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _SELF_NAMING_VERBS:
            continue
        if not any(c.lower_ in ("himself", "herself") for c in clause.children):
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                if obj is not None:
                    words = [t for t in obj.subtree if t.pos_ == "PROPN" or t.is_title]
                    if words and words[-1].i == obj.i:
                        start = obj.i
                        while start > prep.i + 1 and obj.doc[start - 1].pos_ == "PROPN":
                            start -= 1
                        return Span(obj.doc, start, obj.i + 1)
    return None


def _as_mark(verb: Token) -> Optional[Token]:
    """The "as" marking ``verb``'s clause ("as noted in the ministry"), if any."""
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)


def _teller_after_as(verb: Token) -> Optional[Token]:
    """ "As reported the press service of X, ..." / "as informed in the ministry, ...": translated news
    keeps the source's order and names the teller after a subjectless cue in an "as" clause, as its
    object or in an "in" phrase."""
    mark = _as_mark(verb)
    if verb.dep_ != "advcl" or mark is None or mark.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "ccomp") for c in verb.children):
        return None
    for child in verb.children:
        if child.i < verb.i or child.dep_ in ("advmod", "npadvmod") or child.is_punct:
            continue
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "in":
            obj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and (obj.pos_ == "PROPN" or any(g.dep_ == "prep" for g in obj.children)
                                    or obj.ent_type_ in ("ORG", "GPE", "NORP")):
                return obj
        return None
    return None


def _office_of_as_clause(verb: Token) -> Optional[Token]:
    """ "As noted in the press service, ...": translation's rendering of a statement "in" an
    office; the office is the speaker."""
    if verb.tag_ != "VBN" or _as_mark(verb) is None \
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i == verb.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME", "GPE"):
                return obj
    return None


def _name_after_title(verb: Token) -> Optional[tuple[Token, Token]]:
    """ "The spokesman of the Iranian Ministry of Foreign Affairs Esmaeil Baghaei said": with no
    comma the parser may give the verb two subjects, the title and the name right after it; the
    name is the speaker, the title its apposition. Returns (name, title)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    title, name = subjects
    if name.pos_ != "PROPN" or title.pos_ not in ("NOUN", "PROPN") or name.left_edge.i != title.right_edge.i + 1:
        return None
    return name, title


def _reporter_of_joined_cue(verb: Token, lexicon: Optional[CueLexicon]) -> Optional[Token]:
    """ "X said A had happened and warned that B": the parser may join "warned" to the reported
    clause; a subjectless speech verb so joined is a second report of X, not something A's
    subject said."""
    if lexicon is None or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return None
    reporter = clause.head
    if lexicon.verb_cue(reporter) is None:
        return None
    return _subject_of(reporter)


def _reporter_of_finding(verb: Token, subject: Token, lexicon: Optional[CueLexicon]) -> Optional[Token]:
    """ "Lawyers said the ruling confirmed "a policy of X"": a thing (no role, no name) that
    confirms or reveals something (a ``finding`` cue) inside another's report speaks through that
    reporter."""
    if lexicon is None or verb.dep_ != "ccomp" or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    own = lexicon.verb_cue(verb)
    if own is None or not own[1].finding:
        return None
    if get_role_lexicon().sector_of(subject.text) is not None:
        return None
    reporter_verb = verb.head
    if reporter_verb.i > verb.i or lexicon.verb_cue(reporter_verb) is None:
        return None
    reporter = _subject_of(reporter_verb)
    if reporter is None or reporter.i == subject.i or reporter.lower_ == "it":
        return None
    return reporter


def _reporter_of_participle(verb: Token, subject: Token, lexicon: Optional[CueLexicon]) -> Optional[Token]:
    """ "He said the issue was on the table, explaining that ...": a subjectless participle cue hung
    on a reported clause whose subject cannot speak (a thing, a pronoun, a passive's patient or
    agent) goes on with the report; its speaker is the reporter."""
    if lexicon is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if not _is_verb(clause) or subject.head.i != clause.i and subject.head.head.i != clause.i:
        return None
    passive = any(c.dep_ in ("nsubjpass", "agent", "auxpass") for c in clause.children)
    mute = subject.pos_ == "PRON" or (subject.pos_ == "NOUN" and not subject.ent_type_
                                      and get_role_lexicon().sector_of(subject.text) is None)
    # "X said Amman would keep A, adding that B": "adding" goes on with a report, whoever the
    # reported clause is about
    if not (passive or mute or verb.lemma_.lower() == "add"):
        return None
    governor = clause.head
    if clause.dep_ == "ccomp" and governor.i < clause.i and lexicon.verb_cue(governor) is not None:
        return _subject_of(governor)
    if clause.dep_ in ("acl", "ccomp") and governor.pos_ == "NOUN" and governor.lemma_.lower() in lexicon.nouns:
        holder = governor.head.head if governor.head.dep_ == "prep" else governor.head
        owner = next((c for c in governor.children if c.dep_ == "poss"), None)
        return (_subject_of(holder) if _is_verb(holder) else None) or owner
    return None


def _trailing_teller(verb: Token) -> Optional[Token]:
    """"China announced it would act, spokesperson Wang told reporters": the report closing the
    sentence names who told it, and the cue before it is part of what was told."""
    for child in verb.children:
        if child.dep_ in ("conj", "parataxis") and child.i > verb.i and child.lemma_ in _TRAILING_CUES \
                and child.doc[child.i - 1].text != "and":
            for subject in child.children:
                if subject.dep_ == "nsubj" and subject.pos_ in ("PROPN", "NOUN") and subject.i < child.i \
                        and subject.doc[subject.left_edge.i - 1].text == ",":
                    return subject
            # the parser hung the name elsewhere: the name right before the cue, after a comma
            before = child.doc[child.i - 1]
            if before.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in child.children) \
                    and any(t.text == "," for t in child.doc[max(verb.i, child.i - 8):child.i]):
                return before
    return None


_TRAILING_CUES = get_words().quotes.trailing_cues


def _apposed_teller(verb: Token) -> Optional[Token]:
    """"Police held 23 people, among them two organisers, and shut the road, a police spokesman
    said": the parser may make a noun of the clause told the closing cue's subject and hang the
    teller on it as an apposition; the apposition set off right before the cue is the speaker."""
    doc = verb.doc
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if not told or subject is None or subject.i < told[0].i or doc[verb.i - 1].text != ",":
        return None
    roles = get_role_lexicon()
    if subject.pos_ != "NOUN" or roles.sector_of(subject.text) is not None:
        return None  # "..., the envoy, a retired general, said": the subject is the teller
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.i > subject.i and appos.right_edge.i in (verb.i - 2, verb.i - 1) \
                and doc[appos.left_edge.i - 1].text == "," and appos.pos_ == "NOUN" \
                and roles.sector_of(appos.text) is not None:
            return appos
    return None


def _inverted_subject(verb: Token) -> Optional[Token]:
    """'"...," warned Obasanjo, flanked by ...': the name right after a cue that follows the
    closing quote mark is the speaker, whatever the parser hung elsewhere as subject."""
    doc = verb.doc
    if verb.i < 2 or not (doc[verb.i - 1].text == '"' or (doc[verb.i - 1].text == "," and doc[verb.i - 2].text == '"')):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    for tok in doc[verb.i + 1:min(len(doc), verb.i + 5)]:
        if tok.pos_ == "PROPN" and tok.head.i == verb.i and tok.dep_ in ("attr", "dobj", "nsubj", "npadvmod", "oprd"):
            return tok
        if tok.pos_ not in ("PROPN", "DET", "ADJ", "NOUN") and tok.text != "-":
            break
    return None


def _addressee_of(verb: Token, cue: VerbCue, content: Optional[Span]) -> Optional[Span]:
    def outside(tok: Token) -> bool:
        return content is None or not (content.start <= tok.i < content.end)

    speaker, title = _postverbal_speaker(verb)
    for child in verb.children:
        if child.i in (speaker.i if speaker is not None else -1, title.i if title is not None else -1):
            continue
        if cue.addressee and child.dep_ in ("dobj", "dative") and outside(child):
            return _phrase(child)[0]
        if child.dep_ == "prep" and child.lower_ == "to" and outside(child):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _phrase(obj)[0]
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_name_like(text: str) -> bool:
    """A quoted name or title ("Asa'ib Ahl al-Haq", "Axis of Resistance"), not an utterance."""
    stripped = text.strip().rstrip(",;:")
    if not stripped or stripped[-1] in ".!?":
        return False
    words = _words(stripped)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in _NAME_FUNCTION_WORDS]
    if not content:
        return False
    for word in content:
        core = re.sub(r"^(?:al|el|ad|an|as|ash|at|az)-", "", word, flags=re.I)
        if not (core[:1].isupper() or core[:1].isdigit()):
            return False
    return True


# --------------------------------------------------------------------------- the finder


@dataclass
class _Context:
    doc: Doc
    cues: CueLexicon
    blocks: list[BlockTuple]
    text: str = ""
    in_marks: list[bool] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)

    block_starts: list[int] = field(default_factory=list)
    reporting: dict[int, bool] = field(default_factory=dict)

    def in_marked(self, token: Token) -> bool:
        """Whether ``token`` lies between quotation marks (marks included)."""
        return self.in_marks[token.i]

    def block_bounds(self, token: Token) -> tuple[int, int]:
        """Character bounds of the block holding ``token``."""
        k = bisect_right(self.block_starts, token.idx) - 1
        if k < 0:
            return 0, len(self.text)
        return self.blocks[k][0], self.blocks[k][1]

    def clip(self, span: Optional[Span], anchor: Token, noun: bool = False) -> Optional[Span]:
        """``span`` cut to the block of ``anchor`` (nothing runs across blocks); a ``noun``
        phrase (speaker, addressee) also stops before quoted words."""
        if span is None:
            return None
        lo, hi = self.block_bounds(anchor)
        start, end = span.start, span.end
        while start < end and self.doc[start].idx < lo:
            start += 1
        while end > start and self.doc[end - 1].idx >= hi:
            end -= 1
        if not noun:
            return _trimmed(self.doc, start, end) if end > start else None
        if start < anchor.i < end or not any(self.in_marks[start:end]):
            return _trimmed_noun(self.doc, start, end)
        first_quoted = next(i for i in range(start, end) if self.in_marks[i])
        if first_quoted > start:
            quoted = self.doc[first_quoted:end].text.strip(' "')
            if not _is_name_like(quoted):  # a quotation, not a quoted name inside the phrase
                end = first_quoted
                while end > start and self.doc[end - 1].pos_ in ("ADP", "PUNCT", "SCONJ"):
                    end -= 1
        return _trimmed_noun(self.doc, start, end) if end > start else None


def find_quotes(doc: Doc, blocks: Optional[Sequence[Any]] = None,
                cues: Optional[CueLexicon] = None) -> list[QuoteCandidate]:
    """Every quotation in ``doc``, sorted by (end, length).

    ``blocks`` are ``(start_char, end_char, kind)`` tuples (or objects with those attributes);
    without them the text is split on blank lines. ``cues`` defaults to the packaged lexicon.
    Never raises on odd punctuation: unpaired marks are dropped or closed at the block end.
    """
    global _ACTIVE_PARSE
    _ACTIVE_PARSE = _Parse(doc)
    try:
        return _find_quotes(doc, blocks, cues or load_cues())
    finally:
        _ACTIVE_PARSE = None


def _find_quotes(doc: Doc, blocks: Optional[Sequence[Any]], cues: CueLexicon) -> list[QuoteCandidate]:
    text = doc_text(doc)
    block_list = _as_block_tuples(blocks) if blocks else split_blocks(text)
    ctx = _Context(doc, cues, block_list, text=text)
    ctx.block_starts = [b[0] for b in block_list]
    shared = token_index(doc)
    ctx.sents = [doc[start:end] for start, end in shared.sentence_bounds]
    ctx.sent_of = shared.sentence_number

    marked_spans = _find_marked(text, block_list)
    ctx.in_marks = [False] * len(doc)
    for m in marked_spans:
        outer = doc.char_span(m.outer_start, max(m.outer_end, m.outer_start + 1), alignment_mode="expand")
        if outer is not None:
            ctx.in_marks[outer.start:outer.end] = [True] * len(outer)

    captions = _caption_quotes(ctx)
    marked = _attribute_marked(ctx, marked_spans, captions)
    reported = _reported_speech(ctx) + captions
    for q in marked + reported:
        anchor = q.cue_token if q.cue_token is not None else doc.char_span(q.start, q.end, alignment_mode="expand")[0]
        q.speaker = ctx.clip(q.speaker, anchor, noun=True)
        q.speaker_apposition = ctx.clip(q.speaker_apposition, anchor, noun=True)
        q.addressee = ctx.clip(q.addressee, anchor, noun=True)
    reported = [q for q in _drop_chained(reported, cues) if not _no_claim(q)]
    quotes = _resolve_overlaps(marked, reported)
    quotes = _drop_repeats(quotes)
    _carry_speakers(quotes)
    quotes.sort(key=lambda q: (q.end, q.end - q.start, q.start))
    return quotes


# ---- direct, partial


def _attribute_marked(ctx: _Context, spans: list[_Marked],
                      captions: list[QuoteCandidate]) -> list[QuoteCandidate]:
    doc = ctx.doc
    out: list[QuoteCandidate] = []
    for m in spans:
        inner = doc.char_span(m.start, m.end, alignment_mode="expand")
        outer = doc.char_span(m.outer_start, max(m.outer_end, m.outer_start + 1), alignment_mode="expand")
        if inner is None or outer is None or len(inner) == 0:
            continue
        text = ctx.text[m.start:m.end]
        n_words = len(_words(text))
        caption = next((c for c in captions if c.start <= m.start and m.end <= c.end + 1), None)
        if caption is not None:
            out.append(QuoteCandidate(m.start, m.end, text, "direct", caption.cue, None, caption.speaker,
                                      False, None, "caption_colon_marked", caption.speaker_apposition))
            continue
        if _is_name_like(text) and not m.opens_block:
            continue
        kind = _marked_kind(ctx.text, m, ctx.blocks[m.block][0], text, n_words)
        if kind == "partial" and ctx.blocks[m.block][2] in HEADLINE_KINDS:
            continue  # a headline's quoted word ('Tehran calls sanctions "piracy"') labels the story
        if kind == "partial" and n_words == 1 and inner[0].pos_ == "ADV" and inner[0].lower_.endswith("ly"):
            continue  # 'condemned "firmly" the seizure': how the verb was meant, no words of its own
        found = _cue_for_marked(ctx, inner, outer, fragment=n_words <= 2)
        if found is not None and _quotes_the_target(ctx.cues, inner, found[1]):
            continue
        if found is None and n_words <= 2:
            continue  # an unattributed scare quote
        if found is None:
            out.append(QuoteCandidate(m.start, m.end, text, kind, None, None, None, False, None,
                                      "marked_continuation" if m.opens_block else "marked_unattributed"))
            continue
        cue_name, cue_token, speaker, apposition, addressee, rule = found
        out.append(QuoteCandidate(m.start, m.end, text, kind, cue_name, cue_token, speaker, False,
                                  addressee, rule, apposition))
    return out


def _marked_kind(text: str, m: _Marked, block_start: int, inner: str, n_words: int) -> QuoteKindName:
    before = text[block_start:m.outer_start].rstrip()
    if not before or before[-1] in ":,.;!?(" or m.opens_block:
        return "direct"
    last = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    if last == "that" and n_words >= 4 and inner[:1].isupper():
        return "direct"
    if last == "that" and n_words >= 6:
        return "direct"
    return "partial"


def _cue_for_marked(ctx: _Context, inner: Span, outer: Span, fragment: bool):
    """Find the cue verb a quoted stretch hangs on; returns (cue, token, speaker, apposition,
    addressee, rule) or None."""
    cues = ctx.cues
    lo, hi = outer.start, outer.end
    block_lo, block_hi = ctx.block_bounds(inner[0])

    def usable(cand: Token) -> bool:
        return block_lo <= cand.idx < block_hi and not ctx.in_marked(cand)

    best: Optional[tuple[int, Token, str, VerbCue]] = None
    for tok in inner:
        node, steps, through_verb = tok.head, 0, False
        if lo <= node.i < hi:
            continue
        if fragment and tok.dep_ in ("acomp", "attr", "oprd") and node.dep_ == "ccomp" and usable(node.head):
            # the fragment is what the reported clause predicates: said it was "deeply shameful"
            hit = cues.verb_cue(node.head)
            if hit is not None and hit[1].fragment:
                best = (1, node.head, hit[0], hit[1])
                continue
        while steps < 5 and usable(node):
            hit = cues.verb_cue(node)
            if hit is not None and not (lo <= node.i < hi):
                if (not fragment or (not through_verb and hit[1].fragment)) and (best is None or steps < best[0]):
                    best = (steps, node, hit[0], hit[1])
                break
            if fragment:
                as_cue = _as_clause_cue(ctx, node)
                if as_cue is not None:
                    if best is None or steps < best[0]:
                        best = (steps, as_cue[1], as_cue[0], cues.verbs[as_cue[1].lemma_.lower()])
                    break
            if _is_verb(node) and not _open_complement(node):
                through_verb = True
            if node.head.i == node.i:
                break
            node = node.head
            steps += 1
    if best is None:
        # the parser may hang the reporting verb on the quote ("...," he said → parataxis)
        s_first, s_last = ctx.sent_of[lo], ctx.sent_of[hi - 1]
        for s_index in {s_first, s_last}:
            for tok in ctx.sents[s_index]:
                if lo <= tok.i < hi or not usable(tok):
                    continue
                hit = cues.verb_cue(tok)
                if hit is None:
                    continue
                attached = inner.start <= tok.head.i < inner.end
                if fragment and not attached:
                    continue
                distance = 0 if attached else min(abs(tok.i - lo), abs(tok.i - hi))
                if best is None or distance < best[0]:
                    best = (distance, tok, hit[0], hit[1])
    if best is None:
        return None
    _, cue_token, cue_name, cue = best
    speaker, apposition = _speaker_of(cue_token, cue, ctx.cues.channels, ctx.cues)
    addressee = _addressee_of(cue_token, cue, inner)
    rule = "marked_fragment" if fragment else "marked_cue"
    return cue_name, cue_token, speaker, apposition, addressee, rule


def _quotes_the_target(cues: CueLexicon, inner: Span, verb: Token) -> bool:
    """Whether the quoted stretch is the direct object of a cue whose object is its target:
    'accused "hostile circles" of ...' puts the accused in quotation marks, and the charge, not
    the accused, is what the speaker said."""
    hit = cues.verb_cue(verb)
    return hit is not None and hit[1].target_object \
        and any(tok.dep_ == "dobj" and tok.head.i == verb.i for tok in inner)


def _open_complement(verb: Token) -> bool:
    """Whether ``verb`` is a subjectless non-finite verb whose subject is its governor's
    ("accused the party of trying to "..."", "vowed to "..."")."""
    return verb.dep_ in ("xcomp", "pcomp") and verb.tag_ in ("VB", "VBG") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _as_clause_cue(ctx: _Context, node: Token) -> Optional[tuple[str, Token]]:
    """ "..., as noted by X": a cue verb in an "as" clause hanging on ``node``."""
    if not _is_verb(node):
        return None
    for child in node.children:
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in child.children):
            hit = ctx.cues.verb_cue(child)
            if hit is not None:
                return hit[0], child
    return None


# ---- reported speech


def _cue_candidates(ctx: _Context) -> list[int]:
    """Indices of the tokens outside quotation marks whose lemma or form could open reported
    speech (a cue verb or noun, the first word of a source phrase); the others need no look."""
    doc, cues = ctx.doc, ctx.cues
    if not len(doc):
        return []
    shared = token_index(doc)
    strings = doc.vocab.strings
    mask = (_naming(shared.lemma, cues.verbs.keys() | cues.nouns, strings)
            | _naming(shared.lower, cues.source_starts, strings))
    in_marks = ctx.in_marks
    return [i for i in np.flatnonzero(mask).tolist() if not in_marks[i]]


def _naming(keys: np.ndarray, words: Iterable[str], strings: StringStore) -> np.ndarray:
    """Mask of the string-store ``keys`` whose lower-cased string is one of ``words``; each
    distinct key is looked at once."""
    distinct = np.unique(keys)
    known = LOWERED.get
    hits = np.array([k for k in distinct.tolist() if (known(k) or lowered(k, strings)) in words], dtype=np.uint64)
    if not len(hits):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(hits, keys), len(hits) - 1)
    return hits[at] == keys


def _reported_speech(ctx: _Context) -> list[QuoteCandidate]:
    doc, cues = ctx.doc, ctx.cues
    out: list[QuoteCandidate] = []
    for i in _cue_candidates(ctx):
        tok = doc[i]
        hit = cues.verb_cue(tok)
        if hit is not None:
            found = _content_of_verb(ctx, tok, hit[0], hit[1])
            channel = None
            if found is not None and _impersonal(tok):
                channel = _impersonal_channel(tok, cues)
                if channel is None:
                    continue
            if found is not None:
                content, cue_name, rule = found
                if rule in _CALL_RULES and (not _own_call(tok, cues) or _asks_for_itself(tok)):
                    continue  # an appeal inside another clause ("the plan, which asks states to ...")
                if rule == "cue_clause_before" and not hit[1].addressee and any(
                        c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() not in cues.channels
                        for c in tok.children):
                    continue  # "A did X, B vows revenge": the verb says something else
                content = ctx.clip(content, tok)
                if content is None or not _enough_words(content):
                    continue
                addressee = _addressee_of(tok, hit[1], content)
                if rule in _CALL_RULES and tok.i < content.start:
                    # a call is told by its verb and whom it is made to ("urged Tokyo to stop ...")
                    content = _call_from_verb(ctx, tok, content)
                speaker, apposition = _speaker_of(tok, hit[1], cues.channels, cues)
                if speaker is not None and _nobody(speaker):
                    continue  # "No group has claimed responsibility for the attack": no one told anything
                if rule in _CALL_RULES and _generic_callers(speaker, cues):
                    continue  # "protesters demanded that ...": a crowd's demand, no one's quote
                if channel is not None:
                    out.append(_told_in_channel(doc, content, cue_name, tok, channel))
                    continue
                out.append(_indirect(doc, content, cue_name, tok, speaker, apposition, addressee, rule))
                if rule == "cue_clause":
                    for more in _that_conjuncts(ctx, tok, content):
                        out.append(_indirect(doc, more, cue_name, tok, speaker, apposition,
                                             _addressee_of(tok, hit[1], content), rule))
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.nouns:
            quote = _noun_content(ctx, tok)
            if quote is not None:
                out.append(quote)
            continue
        if _source_phrase_at(cues, tok):
            quote = _according_to(ctx, tok)
            if quote is not None:
                out.append(quote)
    return out


_NOBODY = get_words().shared


def _nobody(speaker: Span) -> bool:
    """Whether a speaker phrase denies that anyone spoke ("no group", "nobody", "none of them")."""
    root = speaker.root
    return root.lower_ in _NOBODY.nobody_heads or any(
        c.dep_ == "det" and c.lower_ in _NOBODY.nobody_determiners for c in root.children)


def _main_clause_appeal(verb: Token) -> bool:
    """Whether an appeal verb is the sentence's own statement: the main verb, or the content of an
    empty-it passive ("It is to be noted that X had threatened to ..."). :func:`_own_call` adds the
    calls joined to it."""
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and not _is_verb(verb.head):
        return True  # "The commission's chair, X, called on ...": the main verb read as the first noun's modifier
    return verb.dep_ == "ccomp" and _impersonal(verb.head)


# the rules that find a reported call: "urged Y to ...", "demanded that ..."
_CALL_RULES = frozenset({"cue_infinitive", "cue_call_clause"})


def _own_call(verb: Token, cues: CueLexicon) -> bool:
    """Whether a reported call ("urged Y to ...", "demanded that ...") is a report of the sentence's
    own, with a caller: the main verb or one joined to it ("said A and urged B to C", "said A, urging
    B to C"), a relative clause on a name ("Amnesty, which called on Y to ..."), or a subjectless call
    the parser hung on the main verb's reported clause when that clause's subject cannot be the caller
    (the reporter calls). Not a passive ("was asked to leave"), nor a call inside a clause another
    reports ("said Islamabad had written to the bank, asking it to ...")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "Iran was urged to ..." after a statement goes on with that speaker's report (as before);
        # a passive joined to another clause names no caller
        return _main_clause_appeal(verb)
    if any(c.dep_ == "aux" and c.lower_ in cues.possible_only for c in verb.children):
        return False  # "the office can demand that ...": a power, not a call made
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon")) for c in verb.children):
        # "The government had asked the council to ...": an earlier call to someone, told as background
        # ("had threatened to withdraw" addresses no one and stays a report)
        return False
    top = verb
    while top.dep_ == "conj" or (top.dep_ == "advcl" and top.tag_ == "VBG"):
        top = top.head
    if _main_clause_appeal(top):
        return True
    if top.dep_ == "relcl":
        return _names_a_caller(_antecedent(top)) and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in top.children)
    clause = verb.head
    if clause.dep_ != "ccomp" or not _main_clause_appeal(_first_of_joined(clause.head)):
        return False
    if verb.dep_ == "conj":
        return _reporter_of_joined_cue(verb, cues) is not None
    subject = _subject_of(verb)
    # "said it had filed a petition, asking the court to ...": the call is inside what was reported
    return subject is not None and subject.pos_ != "PRON" and _reporter_of_participle(verb, subject, cues) is not None


def _first_of_joined(verb: Token) -> Token:
    """The first verb of a chain joined by "and"/"but" ("welcomed A but said B": "welcomed")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb


def _names_a_caller(word: Token) -> bool:
    """Whether a relative clause's antecedent names someone who can call: a name."""
    return word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _generic_callers(speaker: Optional[Span], cues: CueLexicon) -> bool:
    """Whether a call's speaker is a group named by a plural common noun only ("prosecutors asked
    the court to ...", "the protesters demanded that ..."): not one actor, so no one's quote."""
    if speaker is None:
        return False
    root = speaker.root
    if root.tag_ != "NNS" or root.ent_type_:
        return False
    if any(t.dep_ == "poss" or (t.pos_ == "PROPN" and t.ent_type_ != "NORP") for t in speaker if t.i < root.i):
        return False
    # "Reporters Without Borders" is a name; "members of the Mazhilis" a group placed in a body
    return not any(prep.dep_ == "prep" and prep.i > root.i and prep.lower_ not in cues.member_preps
                   and any(t.pos_ == "PROPN" for t in prep.subtree) for prep in root.children)


def _call_clause(ctx: _Context, verb: Token) -> Optional[Span]:
    """ "demanded that the ban be lifted", "asked that the commission meet": the "that" clause after a
    calling verb whose other clauses are not content."""
    for comp in verb.children:
        if comp.dep_ == "ccomp" and comp.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
            span = _clause_span(ctx, comp)
            if span is None:
                continue
            end = span.end
            for joined in comp.children:
                if joined.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
                    end = min(end, joined.left_edge.i)  # "..., and a group of activists picketed ..."
            span = _trimmed(ctx.doc, span.start, end) if end < span.end else _to_verb_end(verb, span)
            if span is not None and _enough_words(span):
                return span
    return None


def _call_from_verb(ctx: _Context, verb: Token, content: Span) -> Span:
    """A reported call's words from its calling verb on ("urged Tokyo to stop ...", "demanded that
    ..."): the verb and the one called on are part of what is told; kept to the content when
    quoted words come between."""
    doc = ctx.doc
    end = content.end
    if end < len(doc) and _MARK.fullmatch(doc[end].text) and len(_MARK.findall(content.text)) % 2:
        end += 1  # 'to ensure that "all parties can compete"': the quoted words close with their mark
    if any(ctx.in_marks[verb.i:content.start]):
        start = content.start - (doc[content.start - 1].lower_ == "that")
        return doc[start:end]
    return doc[verb.i:end]


def _to_verb_end(verb: Token, span: Span) -> Span:
    """A call's words run on to the end of the calling verb's phrase when nothing sets the rest off
    ("demanded that X withdraw to positions agreed in the truce", "asked X to issue a pass so he could
    leave"): the parser hangs such words on the calling verb."""
    end = verb.right_edge.i + 1
    tail = verb.doc[span.end:end]
    if end <= span.end or any(t.is_punct or t.dep_ == "cc" for t in tail[:-1]):
        return span
    return _trimmed(verb.doc, span.start, end) or span


def _asks_for_itself(verb: Token) -> bool:
    """ "asked not to be named", "demanded to be heard": a passive infinitive with no one asked is
    what the subject wants done to itself, not a call on anyone."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))
           for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def _impersonal(verb: Token) -> bool:
    """ "It is reported that ..." / "It is to be noted that ...": a passive cue with an empty "it"
    for subject and no agent reports no one's words."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    holder = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in holder.children)


def _impersonal_channel(verb: Token, cues: CueLexicon) -> Optional[Token]:
    """ "..., it is said in the message": translation's impersonal passive naming the text that
    carries the words; the channel noun, if the cue names one right after it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from") and prep.i > verb.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in cues.channels:
                return noun
    return None


def _told_in_channel(doc: Doc, content: Span, cue_name: str, verb: Token, channel: Token) -> QuoteCandidate:
    """The quote of "..., it is said in the message (of X)": X, the channel's owner, speaks; a bare
    "the message" is the one whose words were told just before, so that quote's speaker goes on."""
    owner = next((c for c in channel.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in channel.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    speaker, apposition = _phrase(owner) if owner is not None else (None, None)
    start, end = content.start_char, content.end_char
    return QuoteCandidate(start, end, doc_text(doc)[start:end], "indirect", cue_name, verb, speaker,
                          owner is None, None, "impersonal_channel", apposition)


def _source_phrase_at(cues: CueLexicon, tok: Token) -> bool:
    """Whether a source phrase ("according to") starts at ``tok``."""
    if tok.lower_ not in cues.source_starts:
        return False
    doc = tok.doc
    return any(
        tok.lower_ == words[0] and tok.i + len(words) <= len(doc)
        and all(doc[tok.i + k].lower_ == w for k, w in enumerate(words))
        for words in cues.sources)


def _indirect(doc: Doc, content: Span, cue_name: Optional[str], cue_token: Optional[Token],
              speaker: Optional[Span], apposition: Optional[Span], addressee: Optional[Span],
              rule: str) -> QuoteCandidate:
    start, end = content.start_char, content.end_char
    return QuoteCandidate(start, end, doc_text(doc)[start:end], "indirect", cue_name, cue_token, speaker,
                          False, addressee, rule, apposition)


def _without_trailing_speaker(span: Span) -> Optional[Span]:
    """"A, B and C agreed, the envoy, former President X" said: the parser may hang the speaker's
    phrase on the clause; cut the comma-separated verbless name phrases off its end."""
    end = span.end
    for tok in reversed(list(span)):
        if tok.text != ",":
            continue
        tail = span.doc[tok.i + 1:end]
        if not len(tail) or any(t.pos_ in ("VERB", "AUX") for t in tail):
            break
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in tail):
            end = tok.i
    return _trimmed(span.doc, span.start, end) if end != span.end else span


def _content_of_verb(ctx: _Context, verb: Token, cue_name: str,
                     cue: VerbCue) -> Optional[tuple[Span, str, str]]:
    """The reported content a cue verb introduces, its cue name and the rule that found it."""
    doc = ctx.doc
    children = list(verb.children)
    for phrase_name, phrase in ctx.cues.phrases.get(verb.lemma_.lower(), ()):
        for obj in children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() == phrase.object_noun:
                for prep in list(obj.children) + children:
                    if prep.dep_ == "prep" and prep.lower_ in phrase.preps:
                        span = _prep_object(prep)
                        if span is not None:
                            return span, f"{phrase_name} {prep.lower_}", "cue_phrase"
    colon = _colon_content(ctx, verb) if (cue.clause or cue.object) else None
    if cue.clause:
        comps = sorted((c for c in children if c.dep_ == "ccomp"), key=lambda c: (c.i < verb.i, c.i))
        if verb.dep_ == "ccomp" and _said_in_name(verb.head):
            # "A happened, Colonel X Said Y said": the clause before hangs on the name's "Said"
            comps += [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.head.i]
        comps += [c for c in children if _clause_read_as_dep(c, verb)]
        for comp in comps:
            if colon is not None and colon.start < comp.i:
                break
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                   and (c.tag_ in ("WDT", "WP") or (c.lower_ == "that" and verb.dep_ == "relcl"))
                   for c in comp.children):
                continue  # "tankers that they say are linked to X": a remark inside a relative clause
            if not cue.verbless_clause and _verbless(comp):
                continue  # "declared the envoy persona non grata": an object and what it is declared to be
            if cue.noun_object and comp.i > verb.i and _noun_phrase_misread(comp):
                continue  # "announced the visa curbs late on Friday": an object, not a clause
            if comp.i < verb.i:
                # "A did X and urged Y, his spokesman said": the whole clause before is what was told
                # (the parser may hang each of several clauses before the cue on it: "A raided X,
                # but B escaped, officials said")
                last = max(c.right_edge.i for c in comps if c.i < verb.i and c.dep_ == "ccomp"
                           and c.i >= comp.i) if comp.dep_ == "ccomp" else comp.right_edge.i
                span = _trimmed(doc, _joined_clauses_start(ctx, verb, comp), min(last + 1, verb.i))
            else:
                span = _clause_span(ctx, comp)
                rest = _subjectless_sequel(comp, comps)
                if span is not None and rest is not None:
                    sequel = _clause_span(ctx, rest)
                    if sequel is not None and sequel.start == span.end:
                        first = span.start + (doc[span.start].lower_ == "that")  # "that" read as the subject
                        span = _trimmed(doc, first, sequel.end)
            if (comp.i > verb.i and verb.dep_ == "ccomp" and verb.head.i > comp.i and span is not None
                    and ctx.cues.verb_cue(verb.head) is None):
                # headline parse "X says A, B shut": the clause the parser hung the verb on goes on
                span = _trimmed(doc, span.start, verb.head.right_edge.i + 1)
            if span is not None and comp.i < verb.i:
                span = _without_trailing_speaker(span)
            if span is not None and _enough_words(span):
                return span, cue_name, "cue_clause" if comp.i > verb.i else "cue_clause_before"
        channel_clause = _clause_on_channel(ctx, verb)
        if channel_clause is not None:
            return channel_clause, cue_name, "cue_clause"
        told_after = _clause_after_as(ctx, verb)
        if told_after is not None:
            return told_after, cue_name, "cue_as_clause"
        around = _clause_around(ctx, verb)
        if around is not None:
            return around, cue_name, "cue_parenthetical"
        if colon is None:
            inverted = _inverted_clause(verb)
            if inverted is not None:
                return inverted, cue_name, "cue_after_clause"
    if colon is not None:
        return colon, cue_name, "cue_colon"
    if cue.call_clause:
        called = _call_clause(ctx, verb)
        if called is not None:
            return called, cue_name, "cue_call_clause"
    if cue.preps:
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ in cue.preps:
                span = _prep_object(prep)
                if span is not None and cue.prep_clause and not any(t.pos_ in ("VERB", "AUX") for t in span):
                    continue  # "asked for a closer port": a thing asked for, not words reported
                if span is not None:
                    return span, f"{cue_name} {prep.lower_}", "cue_prep"
        for clause in children:
            # "asked for support to sustain X": the parser reads "for" as the mark of a for-to clause
            mark = next((c for c in clause.children if c.dep_ == "mark"), None) if clause.dep_ == "advcl" else None
            if mark is not None and mark.i == verb.i + 1 and mark.lower_ in cue.preps:
                span = _trimmed(doc, mark.i + 1, clause.right_edge.i + 1)
                if span is not None and _enough_words(span):
                    return span, f"{cue_name} {mark.lower_}", "cue_prep"
    if cue.object:
        for obj in children:
            if obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN") and obj.i > verb.i:
                span = _trimmed(doc, obj.left_edge.i, obj.right_edge.i + 1)
                if span is not None and _enough_words(span):
                    return span, cue_name, "cue_object"
    if cue.infinitive and not (cue.infinitive == "without_object"
                               and any(c.dep_ in ("dobj", "dative") for c in children)):
        for comp in children:
            if (comp.dep_ == "xcomp" or _infinitive_read_as_adverbial(verb, comp)) and comp.i > verb.i and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                if cue.infinitive_after and verb.dep_ != "ROOT" and not any(
                        c.dep_ in ("prep", "prt") and c.lower_ in cue.infinitive_after for c in children):
                    continue  # "called the citizens to gather" (a calque), unlike "called on them to"
                span = _trimmed(doc, comp.left_edge.i, comp.right_edge.i + 1)
                if span is not None:
                    span = _to_verb_end(verb, span)
                if span is not None and _enough_words(span):
                    return span, cue_name, "cue_infinitive"
        stray = _infinitive_hung_on_object(verb)
        if stray is not None and not (cue.infinitive_after and not any(
                c.dep_ in ("prep", "prt") and c.lower_ in cue.infinitive_after for c in children)):
            span = _trimmed(doc, stray.left_edge.i, stray.right_edge.i + 1)
            if span is not None:
                span = _to_verb_end(verb, span)
            if span is not None and _enough_words(span):
                return span, cue_name, "cue_infinitive"
    return None


def _joined_clauses_start(ctx: _Context, verb: Token, comp: Token) -> int:
    """Where the clause told before a closing cue starts. "A attacked X, but B escaped, officials
    said": the parser joined the cue to the first clause and took only the last as its content;
    all the clauses before the speaker are what was told, from the start of the sentence."""
    first = comp.left_edge.i
    head = verb.head
    if verb.dep_ != "conj" or head.i >= first or not _is_verb(head) or ctx.cues.verb_cue(head) is not None:
        return first
    if head.left_edge.i != verb.sent.start or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return first
    if not any(c.dep_ in ("nsubj", "nsubjpass") and comp.right_edge.i < c.i < verb.i for c in verb.children):
        return first
    return head.left_edge.i


def _clause_around(ctx: _Context, verb: Token) -> Optional[Span]:
    """ "The reform, she said, had stalled": a reporting clause set off by commas between the
    subject and the verb of the clause it reports, with no content of its own; that whole
    clause is what was told."""
    head = verb.head
    if verb.dep_ not in ("parataxis", "advcl", "ccomp") or head.i <= verb.i or not _is_verb(head):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return None
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    if not (opened and closed):
        return None
    if head.left_edge.i >= first:
        return None  # the aside opens the sentence: it reports nothing around it
    return _clause_span(ctx, head)


def _infinitive_read_as_adverbial(verb: Token, comp: Token) -> bool:
    """ "called on President X to release him": the call's infinitive, read as an adverbial clause
    of the verb, right after whom the call is made to, with no subject or mark of its own."""
    if comp.dep_ != "advcl" or comp.tag_ != "VB" or comp.left_edge.lower_ != "to" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in comp.children):
        return False
    # (not "appealed for 96 million dollars to help ...": what is asked for, then its purpose; nor
    # "exhorted the parties to ...", a translation's calque the cue lexicon tells apart)
    addressed = [c for c in verb.children if verb.i < c.i < comp.i
                 and c.dep_ == "prep" and c.lower_ in ("on", "upon", "with")]
    return bool(addressed) and max(c.right_edge.i for c in addressed) + 1 == comp.left_edge.i


def _infinitive_hung_on_object(verb: Token) -> Optional[Token]:
    """ "called on all groups still outside the deal to join it": the parser hung the call's
    infinitive on a noun of the words naming whom the call is made to; it follows the verb's
    own phrases with no comma between and has no subject of its own."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None
    phrases = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative", "prep")]
    if not phrases:
        return None
    end = max(c.right_edge.i for c in phrases)
    doc = verb.doc
    for comp in doc[verb.i + 1:end + 1]:
        if comp.dep_ not in ("acl", "advcl", "relcl") or comp.tag_ != "VB" or comp.right_edge.i != end:
            continue
        to = comp.left_edge
        if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != comp.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in comp.children) \
                or any(t.is_punct for t in doc[verb.i + 1:to.i]):
            return None
        return comp
    return None


# the dependents a plural noun misread as a clause verb can have: its time and place modifiers
_ARTICLES = get_words().shared.articles
_NOUN_READING_DEPS = frozenset({"nsubj", "advmod", "npadvmod", "prep", "punct"})


def _clause_read_as_dep(word: Token, verb: Token) -> bool:
    """ "Any attack on the port would be met with force, he warned": a clause opening the sentence
    before a comma and the cue's subject that the parser hung on the cue as a bare ``dep`` (its verb
    read inside a relative clause) is the reported clause."""
    if word.i > verb.i or word.left_edge.i != verb.sent.start:
        return False
    if word.dep_ == "advcl":
        # "Ten days after the vote, no one had seen the ballots, the ministry said": a clause after a
        # fronted phrase, read as an adverbial clause though it has no mark and a subject of its own
        if any(c.dep_ == "mark" for c in word.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in word.children):
            return False
    elif word.dep_ != "dep":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    return word.right_edge.i < subject.left_edge.i and any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in word.subtree)


def _noun_phrase_misread(comp: Token) -> bool:
    """Whether a content clause is a plural noun phrase the parser read as a clause: "the visa
    curbs late on Friday" (subject "the visa", verb "curbs"; or a plural noun heading a clause of
    no subject). Its verb is a bare present form right after a common noun that has only an
    article, and takes no object or complement."""
    if comp.tag_ == "NNS":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in comp.children)
    if comp.tag_ not in ("VBZ", "VBP") or not comp.lower_.endswith("s"):
        return False
    subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != comp.i - 1 or subject.tag_ != "NN":
        return False
    if [c.dep_ for c in subject.children] != ["det"] or next(subject.children).lower_ not in _ARTICLES:
        return False
    return all(c.dep_ in _NOUN_READING_DEPS for c in comp.children)


def _subjectless_sequel(comp: Token, comps: list[Token]) -> Optional[Token]:
    """ "told the Senate that flows at the dam had fallen": the parser may split one content clause
    into two complements of the cue, a subject read as a clause of its own and then its verb; the
    complement that starts right where ``comp`` ends and has no subject is the rest of it."""
    for other in comps:
        if other.i > comp.i and other.left_edge.i == comp.right_edge.i + 1 \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in other.children):
            return other
    return None


def _clause_after_as(ctx: _Context, verb: Token) -> Optional[Span]:
    """ "As it is said in the message, A happened.": an impersonal "as" clause opening the
    sentence with a cue and no content of its own tells the main clause after it (a main clause
    whose cue has a clause of its own reports its own words)."""
    doc = ctx.doc
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or not _is_verb(head):
        return None
    if ctx.cues.verb_cue(head) is not None and any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
        return None
    mark = _as_mark(verb)
    if mark is None or mark.i != verb.left_edge.i or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    if not _impersonal(verb):
        return None  # "As noted in the ministry, the troops "..."": read from the quotation marks
    comma = verb.right_edge.i + (doc[verb.right_edge.i].text != ",")
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    return _trimmed(doc, comma + 1, head.right_edge.i + 1)


def _said_in_name(tok: Token) -> bool:
    """Whether a capitalised "Said" inside a sentence is a part of a name between two others
    ("Colonel Hassan Said Nour"), which the tagger may read as the verb."""
    doc = tok.doc
    return tok.text == "Said" and 0 < tok.i < len(doc) - 1 and not tok.is_sent_start \
        and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i + 1].pos_ == "PROPN" \
        and doc[tok.i + 1].text[:1].isupper() and not doc[tok.i - 1].whitespace_ == ""


def _verbless(comp: Token) -> bool:
    """Whether a content clause has no verb of its own: a noun or adjective head with no
    copula or auxiliary ("the envoy persona non grata", "the vote void"). The tagger may read
    "persona" as a verb ("two diplomats persona non grata"): still no verb."""
    if comp.lower_ == "persona" and any(c.lower_ == "grata" for c in comp.children):
        return True
    return not _is_verb(comp) and not any(c.dep_ in ("cop", "aux", "auxpass") for c in comp.children)


def _clause_on_channel(ctx: _Context, verb: Token) -> Optional[Span]:
    """ "X said in a statement that Y succeeded": the parser may hang the content clause on the
    channel noun as if "that" began a relative clause; a clause with a subject of its own after
    "that" is what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            channel = noun.lemma_.lower() in ctx.cues.channels
            # "said to the journalists that ...": the audience of a speech verb, as translation puts it
            if noun.dep_ != "pobj" or not (channel or prep.lower_ == "to"):
                continue
            for clause in noun.children:
                if clause.dep_ not in ("acl", "relcl") or clause.i < noun.i:
                    continue
                first = clause.left_edge
                if first.lower_ != "that" or first.i != noun.i + 1 or clause.lemma_.lower() in _ISSUING_VERBS:
                    continue  # "a statement that it issued": a relative clause after all
                if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children) \
                        and not (channel and _subject_dropped(verb, clause, first)):
                    continue
                span = _clause_span(ctx, clause)
                if span is not None and span[0].i == first.i:
                    span = _trimmed(ctx.doc, first.i + 1, span.end)
                if span is not None and _enough_words(span):
                    return span
    return None


def _subject_dropped(verb: Token, clause: Token, first: Token) -> bool:
    """ "informed in a note that follows the case with attention": a source language that drops
    the subject leaves "that" as the clause's only subject; a present or future clause after a
    past report, not passive, is what the note said, not a description of the note."""
    if not (verb.tag_ == "VBD" or _past_read_as_participle(verb)) or first.dep_ != "nsubj":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in clause.children)
    return clause.tag_ in ("VBZ", "VBP") or future


# What one does to a statement: "a statement that it published" is a relative clause.
_ISSUING_VERBS = get_words().quotes.issuing_verbs


def _reports_something(ctx: _Context, tok: Token) -> bool:
    """Whether ``tok`` is a cue verb with reported content of its own."""
    if tok.i not in ctx.reporting:
        hit = ctx.cues.verb_cue(tok)
        ctx.reporting[tok.i] = hit is not None and _content_of_verb(ctx, tok, hit[0], hit[1]) is not None
    return ctx.reporting[tok.i]


def _clause_span(ctx: _Context, root: Token) -> Optional[Span]:
    """The clause headed by ``root``, ending before a trailing reporting clause of its own
    ("A, stressing that B" / "A, and revealed that B": A only)."""
    end = root.right_edge.i + 1
    parse = _parse_of(ctx.doc)
    dep_ids = parse.dep_ids
    tails = [i for i in range(root.i + 1, end) if dep_ids[i] in _CLAUSE_TAIL_DEPS and parse.dominates(root.i, i)]
    if len(tails) > 1:  # visit them in the order `Token.subtree` yields them
        tails = parse.subtree_sorted(tails)
    for i in tails:
        tok = ctx.doc[i]
        if tok.left_edge.i < end and (_reports_something(ctx, tok) or _contrasted_speaker(ctx, tok)):
            end = tok.left_edge.i
    return _trimmed(ctx.doc, root.left_edge.i, end)


_CONTRAST_MARKS = get_words().quotes.contrast_marks


def _contrasted_speaker(ctx: _Context, tok: Token) -> bool:
    """ "X said A, while Y praised "B"": a contrast clause whose verb is a cue with a named subject
    of its own is another speaker's turn, not part of what X said."""
    if tok.dep_ != "advcl" or ctx.cues.verb_cue(tok) is None \
            or not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN") for c in tok.children)


def _opens_that_clause(tok: Token) -> bool:
    """Whether a conjunct clause starts with its own "that" ("A, and that B"): a statement of
    its own, told by the same report."""
    return tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _that_conjuncts(ctx: _Context, verb: Token, content: Span) -> list[Span]:
    """ "affirmed that A, and that B": further "that" clauses the parser joined to the report verb
    rather than to its first clause (those stay inside the first clause's span), each one span."""
    found: list[Span] = []
    # the verb has a "that" clause after it: a later clause with a pronoun subject may go on with it
    told_that = any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                               for m in c.children) for c in verb.children)
    stack = [c for c in verb.children if c.i > verb.i]
    while stack:
        tok = stack.pop(0)
        if tok.dep_ != "conj" or tok.i < content.end:
            continue
        if _opens_that_clause(tok) or (told_that and _pronoun_sequel(ctx, tok)):
            span = ctx.clip(_clause_span(ctx, tok), verb)
            if span is not None and _enough_words(span) and not any(f.start == span.start for f in found):
                found.append(span)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return found


def _pronoun_sequel(ctx: _Context, clause: Token) -> bool:
    """ "said that A, and they returned B" (translation drops the second "that"): a clause joined
    to a cue after its "that" clause (the caller checks the cue has one), with a pronoun for
    subject and no cue of its own, goes on with what was told."""
    if not _is_verb(clause) or ctx.cues.verb_cue(clause) is not None:
        return False
    joiner = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if joiner is None or joiner.lower_ != "and":
        return False  # "said that A; but it will B": a turn of the speaker's own
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("it", "they") and subject.i < clause.i \
        and not any(c.dep_ in ("ccomp", "mark") for c in clause.children)


_COLON = get_string_id(":")
_CLAUSE_TAIL_DEPS = frozenset(get_string_id(dep) for dep in ("advcl", "conj", "parataxis"))


def _enough_words(span: Span) -> bool:
    """Whether the span holds at least two words or numbers."""
    found = 0
    for token in span:
        if token.is_alpha or token.like_num:
            found += 1
            if found == 2:
                return True
    return False


def _prep_object(prep: Token) -> Optional[Span]:
    for obj in prep.children:
        if obj.dep_ in ("pobj", "pcomp"):
            span = _trimmed(prep.doc, obj.left_edge.i, obj.right_edge.i + 1)
            if span is not None and _enough_words(span):
                return span
    return None


def _inverted_clause(verb: Token) -> Optional[Span]:
    """ "The talks failed, the envoy said": the clause the reporting verb was hung on."""
    head = verb.head
    postverbal = _postverbal_speaker(verb)[0] is not None
    if postverbal and verb.dep_ == "acl":
        # "A crossed the border, announced the agency": the parser hung the cue on a noun
        while not _is_verb(head) and head.head.i != head.i:
            head = head.head
    elif verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") and not (postverbal and verb.dep_ == "dep"):
        return None
    if head.i == verb.i or verb.i < head.i or not _is_verb(head):
        return None
    if any(c.dep_ in ("mark", "agent") for c in verb.children):
        return None  # an agent: "..., most of them claimed by a jihadist group" tells who did it, not who spoke
    doc = verb.doc
    if postverbal:
        first = verb.i
    elif any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        first = verb.left_edge.i
        while first < verb.i and doc[first].is_punct:  # the comma the parser hung on the verb
            first += 1
    else:
        stranded = _stranded_subject(verb)
        if stranded is None:
            return None
        first = stranded.start
    # the words before the reporting clause, back to the start of the head's clause
    start = head.left_edge.i
    if first <= start:
        return None
    gap = doc[first - 1]
    if not gap.is_punct:
        return None
    span = _trimmed(doc, start, first)
    return span if span is not None and _enough_words(span) else None


_NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})


def _stranded_subject(verb: Token) -> Optional[Span]:
    """ "A happened near the town of X, the ministry said": the parser made "the ministry" an
    apposition of "X" and left "said" without a subject; the noun phrase between the comma and
    the reporting verb is its speaker."""
    if verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    words = _words_after_comma(verb.doc, verb.i, 8, lambda t: t.pos_ in _NOUN_PHRASE_POS or t.text in ("-", "'s", "'"))
    if words is None or not any(t.pos_ in ("NOUN", "PROPN") for t in words) or words.root.head.i == verb.i:
        return None
    return _trimmed_noun(verb.doc, words.start, words.end)


def _words_after_comma(doc: Doc, end: int, most: int, fits: Callable[[Token], bool]) -> Optional[Span]:
    """The words right before token ``end``, at most ``most`` of them and each one that ``fits``,
    that a comma opens; None when no comma opens them within that reach."""
    i = end - 1
    while i >= 0 and fits(doc[i]):
        if end - i > most:
            return None
        i -= 1
    if i < 0 or doc[i].text != "," or i + 1 >= end:
        return None
    return doc[i + 1:end]


def _name_set_off_before(verb: Token) -> Optional[Span]:
    """ "..., his lawyer, Jane Doe, told reporters": the name set off by commas right before a
    subjectless cue, closing the apposition that presents the teller."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    words = _words_after_comma(doc, verb.i - 1, 5, lambda t: t.pos_ == "PROPN" or t.text in ("-", "."))
    return _trimmed_noun(doc, words.start, words.end) if words is not None else None


def _colon_content(ctx: _Context, verb: Token) -> Optional[Span]:
    """ "He noted several points: ...": the rest of the block after a colon in the verb's clause."""
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[verb.i]]
    parse = _parse_of(doc)
    pos, orth_ids = parse.pos, parse.orth_ids
    for i in range(verb.i + 1, sent.end):
        if pos[i] == VERB or pos[i] == AUX:
            return None  # the colon must close the cue's own clause
        if orth_ids[i] != _COLON:
            continue
        tok = doc[i]
        after = tok.idx + 1
        block_end = ctx.block_bounds(tok)[1]
        if ctx.text[after:block_end].lstrip()[:1] in ('"', "“", "'"):
            return None
        span = doc.char_span(after, block_end, alignment_mode="contract")
        if span is None:
            return None
        span = _trimmed(doc, span.start, span.end)
        return span if span is not None and _enough_words(span) else None
    return None


def _noun_content(ctx: _Context, noun: Token) -> Optional[QuoteCandidate]:
    """ "expressed his belief that ...": the that-clause of a speech/belief noun."""
    doc = ctx.doc
    for child in noun.children:
        if child.dep_ not in ("acl", "ccomp", "relcl") or child.i < noun.i:
            continue
        if not any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children):
            continue
        span = ctx.clip(_clause_span(ctx, child), noun)
        if span is None or not _enough_words(span):
            return None
        speaker = apposition = None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
        if owner is not None:
            speaker, apposition = _phrase(owner)
        elif _is_verb(governor):
            subject = _subject_of(governor)
            if subject is not None:
                speaker, apposition = _phrase(subject, ctx.cues.channels)
        return _indirect(doc, span, noun.lemma_.lower(), noun, speaker, apposition, None, "cue_noun")
    return None


def _according_to(ctx: _Context, word: Token) -> Optional[QuoteCandidate]:
    """ "According to X, ..." / "..., according to X": X is the source of the rest of the sentence."""
    doc = ctx.doc
    # the phrase's own preposition, the word after ("learned from"), not another of the verb's
    prep = doc[word.i + 1] if word.i + 1 < len(doc) else None
    source = None
    if prep is not None:
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) or _teller_in_clause(ctx, prep)
    if source is None or (source.lemma_.lower() in ctx.cues.instruments and source.pos_ == "NOUN"):
        return None  # "according to the decree, ...": what a legal text lays down, not a statement
    head = word.head
    if head.i != word.i and _reports_something(ctx, head) and not _only_appeals(ctx, head):
        return None  # "According to X, Y said ...": Y's statement is the quote
    sent = ctx.sents[ctx.sent_of[word.i]]
    relative = _relative_clause_of(word)
    if relative is not None:
        # "the group, which, according to X, planned ...": X is the source of that clause only;
        # "... which, according to it, ...": the sentence's own speaker goes on, one statement
        if source.pos_ == "PRON":
            return None
        sent = doc[relative.left_edge.i:relative.right_edge.i + 1]
    if _is_verb(word) and word.dep_ != "prep":
        # a source phrase that is a clause of its own ("..., we learned from X"): its subject and
        # auxiliaries belong to the phrase, not to the content
        phrase_lo = min([word.i] + [c.left_edge.i for c in word.children
                                    if c.dep_ in ("nsubj", "aux", "advmod") and c.i < word.i])
        phrase_hi = source.right_edge.i + 1
        if phrase_hi < sent.end and doc[phrase_hi].lower_ == "that":
            phrase_hi += 1  # "we learned from X that ...": the complementiser, whatever the parse
    else:
        phrase_lo = min(word.left_edge.i, word.i)
        phrase_hi = max(word.right_edge.i, source.right_edge.i) + 1
    before = _trimmed(doc, sent.start, phrase_lo)
    after = _trimmed(doc, phrase_hi, sent.end)

    def weight(span: Optional[Span]) -> int:
        return sum(1 for t in span if t.is_alpha) if span is not None else 0

    joined = after is not None and _opens_new_clause(after)
    content = ctx.clip(before if weight(before) >= weight(after) or joined else after, word)
    if content is None or not _enough_words(content):
        return None
    if any(t.dep_ == "ROOT" and _is_verb(t) and _reports_something(ctx, t) and not _only_appeals(ctx, t)
           for t in content):
        return None
    if _voices_marked_words(ctx, content):
        return None
    speaker, apposition = _phrase(source)
    if apposition is None and speaker is not None and speaker.root.pos_ == "NOUN":
        apposition = _name_closing_sentence(doc, source.right_edge.i + 1, sent.end)
    cue = " ".join(t.lower_ for t in doc[word.i:prep.i + 1])
    return _indirect(doc, content, cue, word, speaker, apposition, None, "according_to")


_DOUBLE_QUOTE_MARK = '"'  # text repair turns every double quotation mark into this one


def _voices_marked_words(ctx: _Context, content: Span) -> bool:
    """ "The ministry summoned the envoy and conveyed its "strong concern", according to officials":
    the clause's own subject voices the quoted words through a cue verb of the main clause, so the
    source phrase only tells who reported it, and the quoted words are that subject's."""
    for verb in content:
        if not _is_verb(verb) or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue
        if ctx.cues.verb_cue(verb) is None:
            continue
        subject = _subject_of(verb)
        if subject is None or subject.pos_ == "PRON":
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and any(t.text == _DOUBLE_QUOTE_MARK for t in obj.subtree):
                return True
    return False


def _opens_new_clause(after: Span) -> bool:
    """ "A grew, according to X, and B fell": words after the source phrase that open with a
    coordinator start another clause, so the phrase names the source of the clause before it."""
    first = next((t for t in after if not t.is_punct), None)
    return first is not None and first.dep_ == "cc" and first.lower_ in ("and", "but", "while")


def _name_closing_sentence(doc: Doc, comma: int, sent_end: int) -> Optional[Span]:
    """ "..., according to the prosecutor in charge, Anna Berg.": the name after the comma that
    closes the sentence is the described source, whatever the parser hung it on."""
    if comma >= sent_end or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < sent_end and doc[end].pos_ == "PROPN":
        end += 1
    if end - comma - 1 < 2 or any(not (t.is_punct or t.is_space) for t in doc[end:sent_end]):
        return None
    return doc[comma + 1:end]


def _relative_clause_of(word: Token) -> Optional[Token]:
    """The verb of the relative clause ``word`` stands in, if any."""
    tok = word
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "relcl":
            return tok
    return None


def _teller_in_clause(ctx: _Context, prep: Token) -> Optional[Token]:
    """ "according to what the minister said": the subject of the speech verb in the clause the
    preposition governs is the source."""
    for clause in prep.children:
        if clause.dep_ == "pcomp" and ctx.cues.verb_cue(clause) is not None:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "agent")), None)
            if subject is not None and subject.dep_ == "agent":
                subject = next((g for g in subject.children if g.dep_ == "pobj"), None)
            if subject is not None and subject.tag_ == "WP":
                # "according to what announced the ministry": translation's inverted order, the
                # "what" is the thing told and the teller stands after the verb
                subject = next((c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i
                                and c.pos_ in ("NOUN", "PROPN")), None)
            return subject
    return None


def _only_appeals(ctx: _Context, verb: Token) -> bool:
    """Whether a cue verb's content is an appeal ("asked Y to ..."), not a statement of its own: an
    "according to" source then tells the whole sentence."""
    hit = ctx.cues.verb_cue(verb)
    found = _content_of_verb(ctx, verb, hit[0], hit[1]) if hit is not None else None
    return found is not None and found[2] in _CALL_RULES


# ---- captions


_CAPTION = re.compile(r"([^:\n]{1,80}?)\s*:\s+(?=\S)")
_TRAILING_CREDIT = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _caption_quotes(ctx: _Context) -> list[QuoteCandidate]:
    """ "Name: claim" lines (captions, headlines)."""
    doc = ctx.doc
    out: list[QuoteCandidate] = []
    for lo, hi, _kind in ctx.blocks:
        match = _CAPTION.match(ctx.text, lo, hi)
        if match is None:
            continue
        label = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if label is None or not _is_caption_speaker(label, ctx.cues):
            continue
        end = hi
        credit = _TRAILING_CREDIT.search(ctx.text, match.end(), hi)
        if credit is not None and credit.end() == hi and credit.start() > match.end():
            end = credit.start()
        content = doc.char_span(match.end(), end, alignment_mode="contract")
        if content is None:
            continue
        content = _trimmed(doc, content.start, content.end)
        if content is None or not _enough_words(content):
            continue
        out.append(_indirect(doc, content, ":", None, label, None, None, "caption_colon"))
    return out


def _is_caption_speaker(label: Span, cues: CueLexicon) -> bool:
    words = [t for t in label if not (t.is_punct or t.is_space)]
    if not words or len(words) > 6:
        return False
    if _quoted_label(label.text):
        return False  # "'Betrayal': union walks out": the label is a quotation, not who said it
    if any(t.lower_ in cues.caption_labels for t in words):
        return False
    if any(t.like_num or t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return False
    if all(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in words):
        return False  # "Yemen: ..." is a headline's place label, not a speaker
    place = get_country_index().lookup(label.text)
    if place is not None and place.kind in ("name", "alias", "capital"):
        return False  # the same, when the tagger did not know the country
    if words[0].lower_ in cues.place_words and (len(words) <= 2 or words[1].lower_ == "of"):
        return False  # "East of the DRC: ...", "Cabo Delgado: ...": a region the headline is about
    for tok in words:
        core = re.sub(r"^(?:al|el)-", "", tok.text, flags=re.I)
        if tok.lower_ in _NAME_FUNCTION_WORDS or tok.text in ("'s", "-"):
            continue
        if not core[:1].isupper():
            return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in words)


_LABEL_QUOTE_MARKS = "\"'“”‘’«»"


def _quoted_label(text: str) -> bool:
    """Whether a caption label is wrapped in quotation marks."""
    text = text.strip()
    return len(text) > 2 and text[0] in _LABEL_QUOTE_MARKS and text[-1] in _LABEL_QUOTE_MARKS


# ---- combining


_CLAUSE_RULES = frozenset({"cue_clause", "cue_clause_before", "cue_after_clause", "cue_colon"})


def _drop_chained(reported: list[QuoteCandidate], cues: CueLexicon) -> list[QuoteCandidate]:
    """Keep one quote per chain of reports.

    "A announced that X, a spokesman told reporters": the spokesman's clause is A's report, kept
    once as A's. An appeal ("asked Iran to ...") inside another reported clause is part of it.
    """
    drop: set[int] = set()
    for k, q in enumerate(reported):
        inner = [r for r in reported if r is not q and r.cue_token is not None
                 and r.rule in _CLAUSE_RULES and q.start <= r.cue_token.idx < q.end]
        if q.rule in ("cue_clause_before", "cue_after_clause") and q.cue_token is not None and any(
                r.cue_token.head.i == q.cue_token.i or q.cue_token.head.i == r.cue_token.i for r in inner):
            drop.add(k)
        if q.rule == "cue_clause" and q.cue_token is not None and _is_reaction(q, cues) and any(
                r is not q and r.rule in _CLAUSE_RULES and r.cue_token is not None
                and r.cue_token.i == q.cue_token.head.i and r.start <= q.start and q.end <= r.end
                for r in reported):
            drop.add(k)  # "X said Y regretted that A": X's statement, listed once
        if (q.rule in _CALL_RULES or q.rule == "cue_noun") and q.cue_token is not None and any(
                r.start <= q.cue_token.idx < r.end for r in reported if r is not q):
            drop.add(k)
        if q.rule in _CALL_RULES and _second_call(q, reported):
            drop.add(k)
    return [q for k, q in enumerate(reported) if k not in drop]


# First words of a reported stretch that make it an open question or a relative clause, not a
# claim ("did not say whether ...", "the candidate who finished second, according to ...").
_NO_CLAIM_OPENERS = get_words().quotes.no_claim_openers


def _second_call(q: QuoteCandidate, reported: list[QuoteCandidate]) -> bool:
    """ "called on A to ... and urged B to ...": a call joined to an earlier call of the same caller
    is one statement with it, listed once."""
    verb = q.cue_token
    if verb is None or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(r.rule in _CALL_RULES and r.cue_token is not None and r.cue_token.i == verb.head.i
               for r in reported)


def _no_claim(q: QuoteCandidate) -> bool:
    """Whether an unmarked reported stretch states nothing: it opens as an open question or a
    relative clause, or its cue verb is denied ("did not say that ...")."""
    if q.kind != "indirect":
        return False
    words = q.text.split(None, 1)
    first = words[0].lower() if words else ""
    if first in _NO_CLAIM_OPENERS:
        return True
    cue = q.cue_token
    return cue is not None and cue.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in cue.children)


def _is_reaction(q: QuoteCandidate, cues: CueLexicon) -> bool:
    """Whether ``q``'s cue verb names a feeling shown (``reaction`` in cues.yaml)."""
    hit = cues.verb_cue(q.cue_token) if q.cue_token is not None else None
    return hit is not None and hit[1].reaction


def _covered_words(q: QuoteCandidate, others: list[QuoteCandidate]) -> tuple[int, int]:
    """How many of ``q``'s words lie inside ``others`` and how many there are."""
    total = covered = 0
    for m in _WORD.finditer(q.text):
        pos = q.start + m.start()
        total += 1
        if any(o.start <= pos < o.end for o in others):
            covered += 1
    return covered, total


def _resolve_overlaps(marked: list[QuoteCandidate], reported: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Direct quotes win over reported clauses that mostly repeat them; partials stay inside."""
    kept: list[QuoteCandidate] = []
    seen_spans: set[tuple[int, int]] = set()
    for q in reported:
        if (q.start, q.end) in seen_spans:
            continue
        overlapping = [m for m in marked if m.start < q.end and q.start < m.end]
        if overlapping:
            straddling = [m for m in overlapping if m.start < q.start or _words_end(m) > q.end]
            if straddling:
                cut = min(m.start for m in straddling)
                if cut <= q.start:
                    continue
                q = _cut(q, cut)
                if q is None:
                    continue
                overlapping = [m for m in marked if m.start < q.end and q.start < m.end]
            covered, total = _covered_words(q, overlapping)
            if total - covered <= max(3, total // 4):
                for m in overlapping:  # the clause was the quote: the marked words are the statement
                    if m.speaker is None and q.speaker is not None:
                        m.speaker, m.speaker_apposition = q.speaker, q.speaker_apposition
                        m.cue, m.cue_token = q.cue, q.cue_token
                continue
            for m in overlapping:
                if m.kind == "direct" and m.cue_token is not None and q.cue_token is not None and m.cue_token.i == q.cue_token.i:
                    m.kind = "partial"
                if (m.cue_token is not None and q.speaker is not None and q.start <= m.start and m.end <= q.end
                        and q.start <= m.cue_token.idx < q.end):
                    # 'X said Y would go on "to do Z"': the marked words are X's, quoted in X's report
                    m.speaker, m.speaker_apposition = q.speaker, q.speaker_apposition
                    m.cue, m.cue_token = q.cue, q.cue_token
        seen_spans.add((q.start, q.end))
        kept.append(q)
    return [m for m in marked if not any(_told_within(m, q) for q in kept)] + kept


def _words_end(q: QuoteCandidate) -> int:
    """Where ``q``'s words end: a sentence's full stop kept inside the closing mark ("... of
    "our brothers."") is not a word the clause holding the quote must reach."""
    return q.start + len(q.text.rstrip(".!?;:, "))


def _told_within(partial: QuoteCandidate, clause: QuoteCandidate) -> bool:
    """Whether ``partial`` is a quoted fragment of the report ``clause`` holds it in: one statement,
    listed once, as the clause (its words include the fragment's)."""
    if partial.kind != "partial" or not (clause.start <= partial.start and _words_end(partial) <= clause.end):
        return False
    cue = partial.cue_token
    return cue is None or clause.cue_token is None or cue.i == clause.cue_token.i \
        or clause.start <= cue.idx < clause.end


def _cut(q: QuoteCandidate, end: int) -> Optional[QuoteCandidate]:
    text = q.text[: end - q.start].rstrip(" ,;:\"'")
    if len(_words(text)) < 4:
        return None
    return QuoteCandidate(q.start, q.start + len(text), text, q.kind, q.cue, q.cue_token, q.speaker,
                          q.speaker_from_previous, q.addressee, q.rule, q.speaker_apposition)


def _norm(text: str) -> str:
    return " ".join(_words(text.lower()))


def _drop_repeats(quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """A statement repeated elsewhere (a caption echoing the body) is kept once, in its longest form."""
    keys = [_norm(q.text) for q in quotes]
    long_enough = [len(key.split()) >= 4 for key in keys]
    drop: set[int] = set()
    order = sorted(range(len(quotes)), key=lambda i: -(quotes[i].end - quotes[i].start))
    for pos, i in enumerate(order):
        if i in drop or not long_enough[i]:
            continue
        for j in order[pos + 1:]:
            if j in drop or not long_enough[j]:
                continue
            a, b = quotes[i], quotes[j]
            if a.start < b.end and b.start < a.end:
                continue  # nested in place: a partial inside its clause
            if keys[j] in keys[i]:
                drop.add(j)
    return [q for k, q in enumerate(quotes) if k not in drop]


def _carry_speakers(quotes: list[QuoteCandidate]) -> None:
    """Quotes whose sentence names no speaker continue the previous quote's speaker."""
    seen_any = False
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        if q.speaker is None and q.cue_token is None and q.kind != "indirect" and seen_any:
            q.speaker_from_previous = True
        seen_any = True
