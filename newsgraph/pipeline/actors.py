"""Actor stage: names, descriptions and groups in a Doc become canonical, coded actors.

The stage reads spaCy's entities and parse and the knowledge layer (countries, role nouns,
the actor dictionary), and writes an `ActorTable` on the Doc: one draft per real entity with
every mention, the code and the evidence for it. Later stages ask the table which actor a
span of words names (`ActorTable.resolve`).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from datetime import date
from typing import Callable, Iterable, Iterator, Optional

import numpy as np
from spacy.attrs import (ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_DIGIT, IS_SPACE, IS_STOP, IS_TITLE, IS_UPPER, LENGTH,
                         SPACY)
from spacy.strings import get_string_id
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.symbols import ADJ, ADP, NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.base import Knowledge
from newsgraph.knowledge.datafiles import STATE_SECTORS
from newsgraph.knowledge.normalize import name_key, name_words
from newsgraph.knowledge.dictionary import DictMatch, Office, canonical_role
from newsgraph.knowledge.roles import RoleMatch, pluralise
from newsgraph.knowledge.words import get_words
from newsgraph.model import Actor, CodeEvidence, Span as MentionSpan
from newsgraph.pipeline.dates import MONTHS, WEEKDAYS
from newsgraph.pipeline.factories import block_spans, dateline_spans, state_of
from newsgraph.pipeline.headlines import HEADLINE_KINDS, headline_bounds, headline_verb_words, is_title_case
from newsgraph.pipeline.tokens import token_index
from newsgraph.text import doc_text

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# lower-case words inside personal names ("Staffan de Mistura", "Jan van der Berg")
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "da", "dos", "das", "del", "di", "la", "le", "du"})
# words that may sit inside a multi-word name without being capitalised
NAME_CONNECTORS = {"of", "the", "al", "el", "for", "and", "de", "du", "des", "la", "le", "bin", "ibn",
                   "abu", "in", "on", "&", "-", "'s", "van", "von", "der", "da", "dos", "y",
                   "e", "i", "ul", "ud", "ur",  # ezafe particles: Tehreek-e-Insaf, Lashkar-e-Taiba
                   "wal"}  # Arabic "and the": Ahl al-Sunna wal-Jamaa
HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "sayyid", "col", "gen", "lt", "maj", "capt", "sgt", "prof",
              "sen", "rep", "gov", "president", "minister", "king", "prince", "emir", "queen", "pope"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
ORG_PRONOUNS = {"it", "its", "itself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
# sectors of the bodies whose kind noun, before or in apposition to a name, makes the name a body's
_KINDS_TOLD_BESIDE = frozenset({"BUS", "MED", "NGO"})
ORG_REFERENCE_HEADS = {"group", "movement", "organization", "organisation", "militia", "party", "faction",
                       "company", "agency", "ministry", "government", "force", "forces", "army", "council",
                       "committee", "front", "alliance", "coalition", "court", "office", "union"}
# countries whose people's names are written family name first
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "VNM", "KHM", "HUN", "MNG"}
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Antarctica", "Caucasus",
              "Balkans", "Sahel", "Levant", "Maghreb", "Arctic", "Pacific", "Atlantic"}
PAST_WORDS = {"former", "retired", "ex", "late", "onetime", "erstwhile", "outgoing"}
ANONYMOUS_LEMMAS = {"source", "official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "aide",
                    "insider", "witness", "resident", "analyst", "expert", "officer", "commander",
                    "adviser", "advisor",
                    # ordinary people who tell what they saw: "a village elder said", "a refugee from X told"
                    "elder", "villager", "refugee", "shopkeeper", "eyewitness"}
INDEFINITE = {"a", "an", "one", "some", "several", "two", "three", "four", "many", "other", "another"}
SENTENCE_OPENERS_NOT_NAMES = {"but", "however", "on", "in", "with", "this", "the", "and", "while", "after"}


def _string_ids(words: Iterable[str]) -> np.ndarray:
    return np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)


def _member(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """Mask of ``values`` found in ``sorted_ids`` (faster than `np.isin` for the small arrays here)."""
    if not len(sorted_ids):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[at] == values


_MEMO_SIZE = 1 << 17  # entries a per-extractor memo keeps before starting over
# the most words a dictionary name looked up inside a capitalised run may have ("Council of Heads of
# State of the Organization of Turkic States")
_LONGEST_NAME = 12

# string ids (`Doc.to_array` values) of the words, marks and labels the passes look for
_QUOTE_ID = get_string_id('"')
_QUOTE_MARK_IDS = _string_ids(['"', "'"])
_CONNECTOR_IDS = _string_ids(NAME_CONNECTORS)
_CONNECTOR_ID_SET = frozenset(_CONNECTOR_IDS.tolist())
_OPENER_IDS = _string_ids(SENTENCE_OPENERS_NOT_NAMES)
_HYPHEN_ID = get_string_id("-")
_HYPHEN_APOSTROPHE_IDS = _string_ids(["-", "'"])
_PERSON_PRONOUN_IDS = _string_ids(PERSON_PRONOUNS)
_COMPOUND_DEP = get_string_id("compound")
_PERSON_LABEL_ID = get_string_id("PERSON")
_ORG_LABEL_ID = get_string_id("ORG")
_NAME_LABEL_IDS = frozenset(get_string_id(label) for label in NAME_LABELS)
_PREP_DEP = get_string_id("prep")
_OF_ID = get_string_id("of")
_GOVERNMENT_ID = get_string_id("government")
_BY_ID = get_string_id("by")
_BASED_ID = get_string_id("based")
_COMMA_ID = get_string_id(",")
_OFFICE_ID = get_string_id("office")
_POBJ_DEP = get_string_id("pobj")
_NAME_BREAK_IDS = frozenset(_string_ids(['"', "/"]).tolist())
_ARTICLE_IDS = frozenset(_string_ids(["the", "a", "an"]).tolist())
_POSSESSIVE_END_IDS = frozenset(_string_ids(["'s", "'", "’s"]).tolist())
# words that join the parts of a name and so never end one ("The Ministry of Foreign Affairs of" + "Chile")
_JOINING_END_IDS = frozenset(_string_ids(["of", "and", "for", "the", "in", "on", "&"]).tolist())
_HYPHEN_APOSTROPHE_ID_SET = frozenset(_HYPHEN_APOSTROPHE_IDS.tolist())
_PERIOD_ID = get_string_id(".")
_PHRASE_STOP_ID_SET = frozenset(_string_ids([",", ";", "("]).tolist())
_DESCRIPTION_LEFT_DEP_SET = frozenset(_string_ids(
    ["compound", "amod", "nmod", "npadvmod", "nummod", "poss", "case", "punct"]).tolist())
_POSSESSIVE_IDS = frozenset(_string_ids(["'s", "'"]).tolist())
_POSSESSIVE_S_ID = get_string_id("'s")
_PLACE_ENT_IDS = frozenset(_string_ids(["GPE", "NORP"]).tolist())
_POSSESSIVE_S_HYPHEN_IDS = frozenset(_string_ids(["'s", "-"]).tolist())
_APPOS_DEP = get_string_id("appos")
_POSS_DEP = get_string_id("poss")
_DEMONSTRATIVE_ID_SET = frozenset(_string_ids(["the", "this", "that", "these"]).tolist())
_OPEN_BRACKET_ID, _CLOSE_BRACKET_ID = get_string_id("("), get_string_id(")")
_DETERMINER_DEPS = _string_ids(["det", "predet"])


class _IdClassifier:
    """Which string ids have a property that depends on the string alone, for a whole array of ids
    at once. Each string is tested once; string ids are hashes of the strings, valid for every Doc."""

    def __init__(self, test: Callable[[str], bool]):
        self.test = test
        self.seen = np.zeros(0, dtype=np.uint64)
        self.hits = np.zeros(0, dtype=np.uint64)

    def mask(self, ids: np.ndarray, strings) -> np.ndarray:
        """Mask of the ``ids`` whose string (looked up in ``strings``) has the property."""
        if len(self.seen) > _MEMO_SIZE:
            self.seen = self.hits = np.zeros(0, dtype=np.uint64)
        new = ids[~_member(ids, self.seen)]
        if len(new):
            new = np.unique(new)
            found = np.array([i for i in new.tolist() if self.test(strings[i])], dtype=np.uint64)
            self.seen = np.insert(self.seen, np.searchsorted(self.seen, new), new)
            if len(found):
                self.hits = np.insert(self.hits, np.searchsorted(self.hits, found), found)
        return _member(ids, self.hits)


class _TokenArrays:
    """The token attributes of one Doc: the parse columns from the shared `token_index`, the rest
    read in one go with `Doc.to_array`.

    Passes over the whole document use them to pick out, with numpy, the few tokens they must
    look at; reading `Token` attributes one token at a time costs far more. String attributes
    are string ids (hashes); `string` turns one back into text."""

    # the attributes the shared parse index does not hold
    _ATTRS = [IS_ALPHA, IS_TITLE, IS_UPPER, LENGTH, IS_SPACE, IDX, ENT_TYPE, IS_DIGIT, IS_STOP, SPACY]

    def __init__(self, doc: Doc):
        self.doc = doc
        self.n = len(doc)
        shared = self.shared = token_index(doc)
        if self.n:
            table = doc.to_array(self._ATTRS)
        else:
            table = np.zeros((0, len(self._ATTRS)), dtype=np.uint64)
        self.orth, self.lower, self.lemma, self.pos, self.dep = (shared.orth, shared.lower, shared.lemma,
                                                                 shared.pos, shared.dep)
        self.is_alpha = table[:, 0] == 1
        self.is_title = table[:, 1] == 1
        self.is_upper = table[:, 2] == 1
        self.length = table[:, 3].astype(np.int64)
        self.is_space = table[:, 4] == 1
        self.idx = table[:, 5].astype(np.int64)
        self.head = shared.head
        self.ent_type = table[:, 6]
        self.is_digit = table[:, 7] == 1
        self.is_stop = table[:, 8] == 1
        self.spacy = table[:, 9] == 1  # followed by a space
        self.sent_start_flag = shared.sent_start_flag  # `Token.is_sent_start` is True
        self.tag = shared.tag
        self.text = doc_text(doc)
        self.string: Callable[[int], str] = doc.vocab.strings.__getitem__  # string id -> text
        self.word_masks: Optional[tuple[np.ndarray, np.ndarray, np.ndarray]] = None  # set by the extractor

    # the attributes as Python lists, built on first use, for loops over a few tokens
    @cached_property
    def entities(self) -> list[tuple[int, int, str, int]]:
        """`doc.ents` as (start, end, label, label id), read off the IOB tags as `Doc.ents` does."""
        iob, ent_type = self.doc.to_array([ENT_IOB, ENT_TYPE]).T if self.n else (self.ent_type, self.ent_type)
        starts = np.flatnonzero((iob == 3) & (ent_type != 0))
        breaks = np.flatnonzero(iob != 1)  # what ends an entity: any token but one inside it
        inside = np.flatnonzero(iob == 1)
        if len(inside):
            # an "inside" token with no entity open before it is an error `Doc.ents` reports
            before = np.searchsorted(breaks, inside) - 1
            opened = (before >= 0) & _member(breaks[np.maximum(before, 0)], starts.astype(np.uint64))
            if not opened.all():
                return [(ent.start, ent.end, ent.label_, ent.label) for ent in self.doc.ents]
        at = np.searchsorted(breaks, starts, side="right")
        ends = np.append(breaks, self.n)[at]
        labels = ent_type[starts].tolist()
        names = {label: self.string(label) for label in set(labels)}
        return [(start, end, names[label], label) for start, end, label in zip(starts.tolist(), ends.tolist(), labels)]

    @cached_property
    def appos_heads(self) -> set[int]:
        """The tokens with an apposition among their children."""
        return set(self.head[self.dep == _APPOS_DEP].tolist())

    @cached_property
    def tag_list(self) -> list[int]:
        return self.shared.tag_ids

    @cached_property
    def lemma_list(self) -> list[int]:
        return self.shared.lemma_ids

    @cached_property
    def orth_list(self) -> list[int]:
        return self.shared.orth_ids

    @cached_property
    def lower_list(self) -> list[int]:
        return self.shared.lower_ids

    @cached_property
    def pos_list(self) -> list[int]:
        return self.shared.pos_ids

    @cached_property
    def dep_list(self) -> list[int]:
        return self.shared.dep_ids

    @cached_property
    def head_list(self) -> list[int]:
        return self.shared.heads

    @cached_property
    def ent_type_list(self) -> list[int]:
        return self.ent_type.tolist()

    @cached_property
    def alpha_list(self) -> list[bool]:
        return self.is_alpha.tolist()

    @cached_property
    def digit_list(self) -> list[bool]:
        return self.is_digit.tolist()

    @cached_property
    def title_list(self) -> list[bool]:
        return self.is_title.tolist()

    @cached_property
    def stop_list(self) -> list[bool]:
        return self.is_stop.tolist()

    @cached_property
    def space_list(self) -> list[bool]:
        return self.is_space.tolist()

    @cached_property
    def spacy_list(self) -> list[bool]:
        return self.spacy.tolist()

    @cached_property
    def sent_flag_list(self) -> list[bool]:
        return self.sent_start_flag.tolist()

    @cached_property
    def idx_list(self) -> list[int]:
        return self.idx.tolist()

    @cached_property
    def end_list(self) -> list[int]:
        """Character offset just past each token."""
        return (self.idx + self.length).tolist()

    @cached_property
    def newline(self) -> np.ndarray:
        """Mask of the tokens whose text holds a line break."""
        mask = np.zeros(self.n, dtype=bool)
        mask[self.newline_tokens()] = True
        return mask

    @cached_property
    def newline_list(self) -> list[bool]:
        return self.newline.tolist()

    @cached_property
    def droppable(self) -> list[bool]:
        """Whether `_phrase_without_det` leaves each token off a phrase's ends."""
        return (_member(self.dep, _DETERMINER_DEPS) | _member(self.orth, _QUOTE_MARK_IDS) | self.is_space
                | self.newline).tolist()

    @cached_property
    def connector_list(self) -> list[bool]:
        """Whether each token's lower-case form is one of NAME_CONNECTORS."""
        return _member(self.lower, _CONNECTOR_IDS).tolist()

    @cached_property
    def name_token_list(self) -> list[bool]:
        return self.name_tokens.tolist()

    @cached_property
    def name_tokens(self) -> np.ndarray:
        """Mask of the tokens `_is_name_token` accepts."""
        shaped = self.is_title | (self.is_upper & (self.length > 1))
        mask = shaped & self.is_alpha
        strings = self.doc.vocab.strings
        for i in np.flatnonzero(shaped & ~self.is_alpha).tolist():
            mask[i] = any(c.isalpha() for c in strings[int(self.orth[i])])
        return mask

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, cut from the document's text."""
        if end <= start:
            return ""
        return self.text[self.idx_list[start]:self.end_list[end - 1]]

    def newline_tokens(self, breaks: int = 1) -> np.ndarray:
        """Indices of the tokens whose text holds ``breaks`` line breaks in a row (a token's
        trailing whitespace never holds one)."""
        pattern = "\n" * breaks
        found: list[int] = []
        text = self.text
        at = text.find(pattern)
        while at >= 0:
            found.append(at)
            at = text.find(pattern, at + 1)
        if not found or not self.n:
            return np.zeros(0, dtype=np.int64)
        at_chars = np.array(found, dtype=np.int64)
        tokens = np.searchsorted(self.idx, at_chars, side="right") - 1
        inside = (tokens >= 0) & (at_chars + breaks <= self.idx[tokens] + self.length[tokens])
        return np.unique(tokens[inside])


@dataclass
class ActorDraft:
    key: str
    type: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    affiliation: Optional[str] = None  # key of another draft
    anonymous: bool = False
    dictionary_id: Optional[str] = None
    evidence: list[CodeEvidence] = field(default_factory=list)
    head: Optional[str] = None  # head lemma, for descriptions and groups
    titles: list[str] = field(default_factory=list)  # every title the text gives
    _first: int = field(default=1 << 62, repr=False)  # start of the earliest mention
    foreign: bool = False  # described as foreign: not of the article's own country
    # tokens (start, end) of the prepositional phrase that may name what an anonymous person speaks for
    affiliation_tokens: Optional[tuple[int, int]] = None
    country_rule: int = 0  # strength of the rule that set the country (higher wins)
    sector_rule: int = 0
    # named only by a weak alias that is a generic body word ("Congress" for the US Congress)
    generic_alias_only: bool = False
    kin_of: Optional[str] = None  # key of the person a relative is named by ("X's wife, Y")

    @property
    def first(self) -> int:
        return self._first if self.mentions else 0

    def add_name(self, text: str) -> None:
        text = " ".join(text.replace('"', " ").split())  # quote marks are no part of a name
        if text and text not in self.names:
            self.names.append(text)

    def add_mention(self, start: int, end: int, kind: str) -> None:
        for s, e, _ in self.mentions:
            if s <= start < e or start <= s < end:
                return
        self.mentions.append((start, end, kind))
        self._first = min(self._first, start)

    def set_code(self, field_name: str, value: Optional[str], strength: int, rule: str, source: str) -> None:
        """Set country or sector unless a stronger rule already did."""
        if not value:
            return
        current = self.country_rule if field_name == "country" else self.sector_rule
        if strength <= current:
            return
        setattr(self, field_name, value)
        if field_name == "country":
            self.country_rule = strength
        else:
            self.sector_rule = strength
        self.evidence = [e for e in self.evidence if e.field != field_name]
        self.evidence.append(CodeEvidence(field=field_name, value=value, rule=rule, source=source))

    def clear_country(self, strength: int) -> None:
        """Take the country away, held at ``strength`` so that weaker rules leave it unset."""
        self.country, self.country_rule = None, strength
        self.evidence = [e for e in self.evidence if e.field != "country"]


# state bodies that speak and act for their state wherever the story is: an unnamed one goes on with the state
# told of just before it (police and courts act where the story happens: STATE_SECTORS less COP and JUD)
_CONTINUING_SECTORS = STATE_SECTORS - {"COP", "JUD"}

# strengths of coding rules: text beats dictionary beats context
TITLE, DICTIONARY, AFFILIATION, CONTEXT, DEFAULT_RULE = 50, 40, 30, 20, 10


def _phrase_words(head: Token) -> list[int]:
    """The token indices of a subject's head and of the heads conjoined to it ("police and soldiers")."""
    words = []
    stack = [head]
    while stack:
        tok = stack.pop()
        words.append(tok.i)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return words


class ActorTable:
    """The actors of one document and the map from tokens to them."""

    def __init__(self, doc: Doc, published: Optional[date]):
        self.doc = doc
        self.published = published
        self.drafts: dict[str, ActorDraft] = {}
        self.token_owner: dict[int, str] = {}
        self.main_country: Optional[str] = None
        self.dateline_country: Optional[str] = None  # the state of the first wire dateline's place
        self.dateline_town = False  # that place is a town of its state, not its capital nor a seat of world bodies
        self._quoted: Optional[set[int]] = None
        self.chunk_bounds: list[tuple[int, int]] = []  # the Doc's noun chunks, read once, as token bounds
        self._chunks: Optional[list[Span]] = None
        self.arrays = _TokenArrays(doc)
        # first and past-the-last token of each token's sentence (Token.sent is slow to ask)
        self.sent_start: list[int] = []
        self.sent_end: list[int] = []
        if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
            # the sentences `Doc.sents` gives: each token marked as a sentence start, but the first, begins one
            starts = np.flatnonzero(self.arrays.sent_start_flag)
            bounds = np.concatenate(([0], starts[starts > 0], [len(doc)]))
            widths = np.diff(bounds)
            self.sent_start = np.repeat(bounds[:-1], widths).tolist()
            self.sent_end = np.repeat(bounds[1:], widths).tolist()
        else:
            for sent in doc.sents:
                width = sent.end - sent.start
                self.sent_start.extend([sent.start] * width)
                self.sent_end.extend([sent.end] * width)
        self.countries_in = None  # set by the extractor: phrase -> ISO-3 codes it names
        self.place_countries: dict[int, str] = {}  # place mention start -> ISO-3 (see `note_places`)
        self.bodies_by_name: dict[str, list[str]] = {}  # generic body name -> its actors, last met last
        self.group_parts: dict[int, list[str]] = {}  # head token of "government and rebel forces" -> its groups
        self.describe = None  # set by the extractor: description span -> actor key
        self.group_of = None  # set by the extractor: a plural role noun's phrase -> its group, made on demand
        self.country_name = str
        self.capital_country = lambda text: None  # set by the extractor: a capital's name -> its ISO-3 code
        self.photo_credits: list[str] = []  # keys of the outlets credited for photos in the text
        # the people credited for photos ("Photo: Name / AFP"): key -> character where the credit names them
        self.photographers: dict[str, int] = {}
        # the writers a byline names ("By Jane Doe and John Roe, Reuters"): key -> the outlet's key, if named
        self.byline_writers: dict[str, Optional[str]] = {}
        # organs named after their body's possessive ("the African Union's Peace and Security Council"):
        # token bounds of the organ's words -> the name the dictionary knows it by
        self.possessed_organs: dict[tuple[int, int], str] = {}

    @property
    def chunks(self) -> list[Span]:
        """The Doc's noun chunks (as `Doc.noun_chunks` gives them)."""
        if self._chunks is None:
            label = self.doc.vocab.strings.add("NP")
            self._chunks = [Span(self.doc, start, end, label=label) for start, end in self.chunk_bounds]
        return self._chunks

    @chunks.setter
    def chunks(self, chunks: list[Span]) -> None:
        self._chunks = list(chunks)
        self.chunk_bounds = [(chunk.start, chunk.end) for chunk in self._chunks]

    # -- building -----------------------------------------------------------------
    def get(self, key: str, type_: str) -> ActorDraft:
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = ActorDraft(key=key, type=type_)
        return draft

    def claim(self, span: Span, key: str, kind: str = "name") -> None:
        draft = self.drafts[key]
        draft.add_mention(span.start_char, span.end_char, kind)
        for i in range(span.start, span.end):
            self.token_owner.setdefault(i, key)

    def _claim_tokens(self, start: int, end: int, key: str, kind: str) -> None:
        """`claim` of the non-empty span on tokens start..end, without making the Span."""
        self.drafts[key].add_mention(self.arrays.idx_list[start], self.arrays.end_list[end - 1], kind)
        for i in range(start, end):
            self.token_owner.setdefault(i, key)

    def merge(self, keep: str, drop: str) -> None:
        if keep == drop or drop not in self.drafts:
            return
        a, b = self.drafts[keep], self.drafts.pop(drop)
        for n in b.names:
            a.add_name(n)
        for m in b.mentions:
            a.add_mention(*m)
        for fld in ("country", "sector"):
            strength = b.country_rule if fld == "country" else b.sector_rule
            ev = next((e for e in b.evidence if e.field == fld), None)
            if ev:
                a.set_code(fld, getattr(b, fld), strength, ev.rule, ev.source)
        a.role = a.role or b.role
        a.affiliation = a.affiliation or b.affiliation
        a.dictionary_id = a.dictionary_id or b.dictionary_id
        for i, owner in list(self.token_owner.items()):
            if owner == drop:
                self.token_owner[i] = keep
        for d in self.drafts.values():
            if d.affiliation == drop:
                d.affiliation = keep

    # -- resolving (used by later stages) ---------------------------------------------
    def note_places(self, places: list) -> None:
        """Keep the geocoded places' countries by the start of each mention (`place_countries`)."""
        self.place_countries = {start: place.country for place in places if place.country
                                for start, _, _ in place.mentions}

    def owner_of(self, span: Span) -> Optional[str]:
        """The actor a span of words names, by the mentions already claimed."""
        root = span.root
        if root.i in self.token_owner:
            return self.token_owner[root.i]
        counts = Counter(self.token_owner[t.i] for t in span if t.i in self.token_owner)
        return counts.most_common(1)[0][0] if counts else None

    def resolve(self, span: Span) -> Optional[str]:
        """Actor key for a span naming a speaker or an event side, or None. An unnamed group
        that belongs to a named organisation ("gunmen affiliated with this group") stands for it."""
        key = self._resolve(span)
        if key is not None:
            draft = self.drafts[key]
            if draft.type == "GROUP" and draft.affiliation in self.drafts \
                    and self.drafts[draft.affiliation].type == "ORG":
                return draft.affiliation
        return key

    def _resolve(self, span: Span) -> Optional[str]:
        root = span.root
        if root.i in self.token_owner:
            return self.token_owner[root.i]
        if root.pos_ in ("NOUN", "PROPN") and self.describe is not None:
            # "Canada's Minister of Foreign Affairs": a person named inside, else the description's referent
            people = [self.token_owner[t.i] for t in span if t.i in self.token_owner
                      and self.drafts[self.token_owner[t.i]].type == "PERSON" and _names_the_head(t, root)]
            if people:
                return people[-1]
            described = self.describe(span)
            if described:
                return described
        # an actor named in the phrase, unless only as the place where something is
        # ("the attack on the palace in Conakry" does not name Guinea as a side)
        counts = Counter(self.token_owner[t.i] for t in span
                         if t.i in self.token_owner and not (self.drafts[self.token_owner[t.i]].type == "GPE"
                                                             and _only_a_place(t, root)))
        if counts:
            return counts.most_common(1)[0][0]
        low = root.lower_
        if low in _NEIGHBOUR_WORDS:
            return self._other_state(root)
        if low in PERSON_PRONOUNS:
            return self.person_before(root)
        if low in ORG_PRONOUNS:
            return self.org_before(root)
        if low == "them":
            return self.plural_group_before(root)
        return None

    @cached_property
    def headline_bounds(self) -> list[tuple[int, int]]:
        """Token bounds of the Doc's title and heading blocks, found once per document."""
        return headline_bounds(self.doc)

    def in_headline(self, i: int) -> bool:
        """Whether token `i` lies in the title or a heading."""
        return any(start <= i < end for start, end in self.headline_bounds)

    def _other_state(self, neighbour: Token) -> Optional[str]:
        """"Niger ... accusing its neighbour": in a story between two states, a state's neighbour is
        the other one. The possessor ("its") is the state (or a body of it) named before; the story is
        between two states when two countries are each mentioned at least twice as often as any third."""
        possessor = next((c for c in neighbour.children if c.dep_ == "poss"), None)
        if possessor is None or possessor.lower_ not in ("its", "their"):
            return None
        ranked = self.country_counts().most_common(3)
        if len(ranked) < 2 or (len(ranked) == 3 and 2 * ranked[2][1] > ranked[1][1]):
            return None
        pair = [iso for iso, _count in ranked[:2]]
        doer = _clause_subject(neighbour)
        # "its" is the clause's doer when that is a state or a body (a person is "his" or "her"),
        # else the state or body named last before it
        owner = (self.token_owner.get(doer.i) or self.org_before(doer)) if doer is not None else None
        if owner is None or self.drafts[owner].type not in ("ORG", "GPE"):
            owner = self.org_before(possessor)
        own = self.drafts[owner].country if owner else None
        if own not in pair:
            return None
        return self.state_key(pair[1] if pair[0] == own else pair[0])

    def plural_group_before(self, tok: Token) -> Optional[str]:
        """The group an object "them" stands for ("arrested 22 fishermen, accusing them of ..."): the
        last plural group or people named before it in its sentence, else in the sentence before,
        that is not its doer (the subject of its verb or of the verbs that verb hangs on) nor, in
        the sentence before, a doer there."""
        doc = tok.doc
        tags = self.arrays.tag_list
        plural = {doc.vocab.strings["NNS"], doc.vocab.strings["NNPS"]}
        doers = set()
        verb = tok.head
        if verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head  # "fired on them": the verb the preposition hangs on
        for _step in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
            for subject in subjects:
                if subject.dep_ == "agent":  # "by police and soldiers": the object of "by"
                    subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
                if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    subject = verb.head  # "soldiers, who accused them": the noun "who" stands for
                    while subject.dep_ == "conj" and subject.head.i != subject.i:
                        subject = subject.head
                doers.update(self.token_owner.get(i) for i in _phrase_words(subject))
            if subjects or verb.dep_ not in ("conj", "advcl", "xcomp", "acl") or verb.head.i == verb.i:
                break  # a verb with a doer of its own: the verbs above it are another's
            verb = verb.head
        sent_start = self.sent_start[tok.i]
        for i, start in self.positions_back(tok.i, sentences=1):
            owner = self.token_owner.get(i)
            if owner is None or owner in doers:
                continue
            if start == sent_start and in_subject(doc[i]) and tags[i] not in plural:
                return None  # another clause's doer ("X impose ..., and Y accused them"): unsure
            if tags[i] not in plural or self.drafts[owner].type not in ("GROUP", "PERSON", "ORG"):
                continue
            if start != sent_start and in_subject(doc[i]) and not _passive_subject(doc[i]):
                continue  # the doer of the sentence before
            return owner
        return None

    def person_before(self, tok: Token) -> Optional[str]:
        """The person a third-person pronoun refers to: the nearest person before it in its
        sentence, else the subject person of the nearest earlier sentence that has one. Mentions
        inside quotation marks and plural anonymous sources are passed over."""
        sent_start = self.sent_start[tok.i]
        quoted = self.quoted_tokens()
        in_quote = tok.i in quoted
        gender = _PRONOUN_GENDER.get(tok.lower_)
        for i in range(tok.i - 1, sent_start - 1, -1):
            owner = self.token_owner.get(i)
            if owner and self._singular_person(owner) and (i in quoted) == in_quote \
                    and self._gender_fits(owner, gender):
                return owner
        doc = self.doc
        for start, end in self._previous_sentences(sent_start, limit=6):
            subjects, others = [], []
            for i in range(start, end):
                owner = self.token_owner.get(i)
                if not owner or not self._singular_person(owner) or (i in quoted and not in_quote) \
                        or not self._gender_fits(owner, gender):
                    continue
                t = doc[i]
                is_subject = t.dep_ in ("nsubj", "nsubjpass") or (t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in ("compound", "appos"))
                (subjects if is_subject else others).append((owner, t.pos_ == "PRON"))
            if subjects:
                return subjects[0][0]
            if others:
                named = [o for o, pronoun in others if not pronoun]
                return named[0] if named else others[0][0]
        return None

    def _gender_fits(self, key: str, gender: Optional[str]) -> bool:
        """Whether a person may be the referent of a pronoun of ``gender``: the text gives no other
        gender for them (a title such as "Mrs" or "spokeswoman", a pronoun already tied to them)."""
        if gender is None:
            return True
        known = self.person_gender(key)
        return known is None or known == gender

    def person_gender(self, key: str) -> Optional[str]:
        """'f' or 'm' when the text tells a person's gender by a title, a role word or a pronoun."""
        d = self.drafts[key]
        words: list[str] = []
        for title in [*d.titles, d.role or ""]:
            words.extend(w.lower().strip(".,") for w in title.split())
        text = self.arrays.text
        for start, end, kind in d.mentions:
            words.append(text[start:end].lower())
            before = text[max(0, start - 6):start].split()
            if before:
                words.append(before[-1].lower().strip(".,"))
        found = {g for w in words for g in [_gender_of_word(w)] if g}
        return found.pop() if len(found) == 1 else None

    def _singular_person(self, key: str) -> bool:
        d = self.drafts[key]
        return d.type == "PERSON" and not (d.anonymous and (d.head or "").endswith("s") and d.head not in ("source",)
                                           and not d.head.endswith("ss"))

    def quoted_tokens(self) -> set[int]:
        """Tokens between quotation marks, paired per block."""
        if self._quoted is None:
            self._quoted = set()
            arrays = self.arrays
            # only quote marks and paragraph breaks change state: walk those, fill the stretches between
            marks = set(np.flatnonzero(arrays.orth == _QUOTE_ID).tolist())
            breaks = set(arrays.newline_tokens(2).tolist())
            inside = False
            previous = -1
            for k in sorted(marks | breaks):
                if inside:
                    self._quoted.update(range(previous + 1, k))
                if k in breaks:
                    inside = False
                if k in marks:
                    inside = not inside
                previous = k
            if inside:
                self._quoted.update(range(previous + 1, arrays.n))
        return self._quoted

    def _previous_sentences(self, sent_start: int, limit: int) -> Iterable[tuple[int, int]]:
        """Bounds of up to ``limit`` sentences before the one starting at ``sent_start``, nearest first."""
        n = 0
        i = sent_start - 1
        while i >= 0 and n < limit:
            start = self.sent_start[i]
            yield start, self.sent_end[i]
            i = start - 1
            n += 1

    def positions_back(self, anchor: int, sentences: int, end: Optional[int] = None) -> Iterator[tuple[int, int]]:
        """Token positions nearest first, each with its sentence's start: from just before ``end``
        (default ``anchor``) back to the start of ``anchor``'s sentence, then through each of the
        ``sentences`` sentences before it."""
        sent_start = self.sent_start[anchor]
        yield from ((i, sent_start) for i in range((anchor if end is None else end) - 1, sent_start - 1, -1))
        for start, stop in self._previous_sentences(sent_start, limit=sentences):
            yield from ((i, start) for i in range(stop - 1, start - 1, -1))

    def org_before(self, tok: Token, *, past_places_reached: bool = False) -> Optional[str]:
        """The nearest organisation or state before ``tok`` (in its sentence or the two before). With
        ``past_places_reached``, a state named only as the object of a preposition is passed over ("OCHA
        appealed to N'Djamena ... its spokesperson, X": a place the body turned to, not the owner of the
        title), and any other state found first gives None."""
        for i, _start in self.positions_back(tok.i, sentences=2):
            owner = self.token_owner.get(i)
            if owner and self.drafts[owner].type in ("ORG", "GPE"):
                if not past_places_reached or self.drafts[owner].type == "ORG":
                    return owner
                if tok.doc[i].dep_ != "pobj":
                    return None
        return None

    def body_before(self, tok: Token, fits: Callable[[ActorDraft], bool], *, sentences: Optional[int] = None,
                    unique: bool = True, named_only: bool = False,
                    types: Optional[tuple[str, ...]] = ("ORG",)) -> Optional[str]:
        """The organisation a bare "the ministry" at ``tok`` points back to: of the actors of
        ``types`` (any type when None) that ``fits`` accepts and that are mentioned before ``tok``
        (in its sentence and the ``sentences`` before it, or anywhere when None; ``named_only``:
        mentioned by name, not by description), the only one when ``unique`` (None when there are
        several), else the one mentioned last."""
        since = 0
        if sentences is not None:
            first = self.sent_start[tok.i]
            for _ in range(sentences):
                if first > 0:
                    first = self.sent_start[first - 1]
            since = self.arrays.idx_list[first]
        at = tok.idx
        found: list[tuple[int, str]] = []  # (its last mention before `tok`, key)
        for draft in self.drafts.values():
            if types is not None and draft.type not in types:
                continue
            starts = [start for start, _end, kind in draft.mentions
                      if since <= start < at and not (named_only and kind == "description")]
            if starts and fits(draft):
                found.append((max(starts), draft.key))
        if unique:
            return found[0][1] if len(found) == 1 else None
        return max(found, key=lambda last_and_key: last_and_key[0])[1] if found else None

    def country_counts(self) -> Counter[str]:
        """How often each country is mentioned, by name, capital or as a described actor."""
        counts: Counter[str] = Counter()
        for d in self.drafts.values():
            if d.country:
                counts[d.country] += len(d.mentions)
        return counts

    def state_key(self, iso: Optional[str]) -> Optional[str]:
        """The actor standing for the state `iso`, when the article names that state."""
        if iso is None:
            return None
        if f"gpe:{iso}" in self.drafts:
            return f"gpe:{iso}"
        return next((d.key for d in self.drafts.values() if d.type == "GPE" and d.country == iso), None)

    def national_group(self, group: "ActorDraft", iso: Optional[str], word: Token, head: str) -> str:
        """The part of ``group`` from state ``iso`` that ``word`` names ("British" in "US and British
        activists"): the group itself when it is of that state, else a group made on demand."""
        if iso is None or group.country in (None, iso):
            if iso is not None:
                group.set_code("country", iso, TITLE, "description-country", word.text)
            return group.key
        key = f"{group.key}:{iso}"
        if key not in self.drafts:
            draft = self.get(key, "GROUP")
            draft.head = group.head
            draft.add_name(f"{word.text} {head}")
            draft.set_code("country", iso, TITLE, "description-country", word.text)
            if group.sector:
                draft.set_code("sector", group.sector, TITLE, "description-role", group.head or "")
            draft.add_mention(word.idx, word.idx + len(word.text), "description")
        return key

    def state_of_place(self, token: Token) -> Optional[str]:
        """The state a geocoded place lies in ("exercises in Alaska" → the United States), made on
        demand with the place as its mention when the article does not name that state itself."""
        doc = token.doc
        start = end = token.i  # "Carolina" in "South Carolina": the place's own bounds
        if token.ent_type_:
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
        iso = self.place_countries.get(token.idx) or self.place_countries.get(doc[start].idx)
        if iso is None:
            return None
        return self.state_key(iso) or self._new_state(iso, "place-country", doc[start:end + 1])

    def state_of_capital(self, token: Token) -> Optional[str]:
        """The state whose capital a word names ("the Beijing Olympics" -> China), made on demand."""
        iso = self.capital_country(token.text)
        if iso is None:
            return None
        return self.state_key(iso) or self._new_state(iso, "capital-country", token.doc[token.i:token.i + 1])

    def country_actor(self, span: Span) -> Optional[str]:
        """The state a description names by its demonym ("the Iraqi side" → Iraq), made on demand."""
        if self.countries_in is None:
            return None
        countries = self.countries_in(span)
        if len(countries) != 1:
            return None
        key = f"gpe:{countries[0]}"
        return key if key in self.drafts else self._new_state(countries[0], "country-demonym", span)

    def country_actor_of(self, iso: str, span: Span) -> str:
        """The actor of state ``iso``, made on demand for ``span``, words that point to it without
        naming it (people of the state the article is about)."""
        key = f"gpe:{iso}"
        if key in self.drafts:
            return key
        return self._new_state(iso, "state-of-unnamed-people", span, claim=False)

    def _new_state(self, iso: str, rule: str, span: Span, *, claim: bool = True) -> str:
        """The actor of state ``iso``, made from words that name it indirectly (a demonym, a place).
        Without ``claim`` the words only mark where the text first points to the state: they name
        its people, not the state."""
        key = f"gpe:{iso}"
        draft = self.get(key, "GPE")
        draft.add_name(self.country_name(iso))
        draft.set_code("country", iso, DICTIONARY, rule, span.text)
        # named as a side of an act, the state acts through its government (as in `_country_claim`)
        draft.set_code("sector", "GOV", DEFAULT_RULE, "state-as-government", span.text)
        if claim:
            self.claim(span, key, "description")
        else:
            draft.add_mention(span.start_char, span.end_char, "description")
        return key

    # -- output -------------------------------------------------------------------------
    def to_actors(self) -> tuple[list[Actor], dict[str, str]]:
        """Final actors in order of first mention, and the map from draft keys to actor ids."""
        drafts = sorted(self.drafts.values(), key=lambda d: d.first)
        ids = {d.key: f"a{n}" for n, d in enumerate(drafts, 1)}
        text = doc_text(self.doc)
        actors = []
        for d in drafts:
            mentions = [MentionSpan(start=s, end=e, text=text[s:e], kind=k) for s, e, k in sorted(d.mentions)]
            code = (d.country or "") + (d.sector or "") if (d.country or d.sector) else None
            actors.append(Actor(
                id=ids[d.key], name=d.names[0] if d.names else text[d.mentions[0][0]:d.mentions[0][1]],
                aliases=d.names[1:], type=d.type, country=d.country, sector=d.sector, code=code,
                role=d.role, affiliation=ids.get(d.affiliation) if d.affiliation else None,
                anonymous=d.anonymous, coded=bool(d.country or d.sector), dictionary_id=d.dictionary_id,
                mentions=mentions, evidence=d.evidence,
            ))
        return actors, ids


# Participles that say where a body has its seat: "a company registered in Cyprus".
_SEAT_VERBS = frozenset({"register", "base", "headquarter", "incorporate", "domicile"})
# sectors of bodies that serve only the state they sit in: "a court in Guyana", "police in Nairobi"
# (an embassy, an envoy or troops "in" a country may well be another state's)
_DOMESTIC_SECTORS = frozenset({"JUD", "COP", "LEG", "OPP"})  # "the opposition in Belarus": that state's own

# --------------------------------------------------------------------------------------
# the stage



# titles of a region's or a town's officials that often leave the region unnamed ("regional governor X")
_LOCAL_OFFICIAL_TITLES = frozenset({"regional governor", "governor", "local governor", "provincial governor",
                                    "regional head", "mayor", "regional administration head"})

# Prepositions that make the body after them a building ("outside the ministry in X").
_BUILDING_PREPOSITIONS = get_words().actors.building_prepositions

# Words of a title that make its holder a local official (of a region, province or town); unlike
# the whole titles above, these find the official in any title ("prefect of the Littoral").
_LOCAL_OFFICE_WORDS = get_words().actors.local_office_words
# "Korean" without "North"/"South"/"N."/"S." before it, in any case (data/words.yaml actors.shared_demonyms)
_BARE_SHARED_DEMONYM = re.compile(
    r"(?<!north[ -])(?<!south[ -])(?<!\b(?-i:[NS])\.)(?<!\b(?-i:[NS])\. )\b(%s)\b"
    % "|".join(sorted(get_words().actors.shared_demonyms)), re.IGNORECASE) \
    if get_words().actors.shared_demonyms else None
# A capitalised region a local official's title names after "of"/"for": "governor of the Far North region".
_REGION_IN_TITLE = re.compile(r"\b(?:of|for) (?:the )?((?:[A-Z][\w'’-]*)(?:[ -][A-Z][\w'’-]*){0,3})")
# What may follow a region's name before the state it lies in: "Far North region of Cameroon".
_REGION_THEN_STATE = (r"\b(?: (?:" + "|".join(sorted(get_words().actors.region_kinds)) + r"))?,?"
                      r" (?:of|in) (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})")

# Words that open a photo's credit line ("Photo: X", "(foto: X)").
_PHOTO_WORDS = frozenset({"photo", "photos", "foto", "image", "picture"})
_CREDIT_OPENING_IDS = np.array([get_string_id(w) for w in ("(", *sorted(_PHOTO_WORDS))], dtype=np.uint64)
# Marks between a photographer and the outlet in a credit ("Jane Otieno / AFP", "AFP | Jane Otieno").
_CREDIT_SEPARATOR_IDS = np.array([get_string_id(w) for w in ("/", "|")], dtype=np.uint64)
# What may stand right before a credit that closes a caption: the caption's last stop, a bracket,
# "Photo:" / "Credit:", the copyright sign.
_BEFORE_CREDIT = frozenset({".", "(", ":", "©", "|", "-", "–", "—"})
# prepositions before the place a caption says a photo was taken in ("the stadium in Sfax")
_CAPTION_PLACE_PREPS = get_words().actors.caption_place_prepositions
# "Photo:" opening a caption's line
_CAPTION_OPENING = re.compile(r"\s*(\w+)\s*:")


def _capitalised_run_end(doc: Doc, start: int, most: int) -> int:
    """The end of the run of at most `most` capitalised or all-capital words from token `start`
    ("Xinhua", "AFP", "Nation Media Group")."""
    end = start
    while end < len(doc) and end - start < most and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper):
        end += 1
    return end


def _name_run_end(doc: Doc, start: int, most: int,
                  also: Callable[[Token], bool] = lambda tok: False) -> int:
    """The end of the run of capitalised or all-capital words from token `start` that may be a
    personal name, with the particles, glued hyphens and hyphen-joined syllables inside ("Ahmed bin
    Salem al-Harbi", "Kim Hyun-woo"): at most `most` capitalised words (particles, hyphens and
    syllables do not count); a name does not run past a line's end. `also` admits further words (an outlet's name in lower case)."""
    end, words = start, 0
    while end < len(doc) and words < most:
        tok = doc[end]
        if tok.is_alpha and (tok.is_title or tok.is_upper) or also(tok):
            words += 1
        elif end == start or not (_name_particle(tok) or _syllable_after_hyphen(tok)):
            break
        end += 1
        if "\n" in tok.whitespace_:
            break
    return end


def _closes_paragraph(doc: Doc, end: int) -> bool:
    """Whether the words before token ``end`` close their paragraph (a full stop may follow)."""
    if end < len(doc) and doc[end].text == ".":
        end += 1
    return end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_

# Words a paragraph may close on in brackets that say what an item is, not who made it.
_NOT_CREDITS = frozenset({"video", "videos", "photo", "photos", "file", "files", "archive", "archives",
                          "illustration", "graphic", "graphics", "infographic", "map", "audio", "gallery",
                          "update", "updated", "live", "watch", "listen", "opinion", "analysis", "editorial",
                          "explainer", "advertisement", "sponsored", "comment", "comments", "translation",
                          "ap photo", "file photo", "representational image", "representative image"})

# Last words of organisation names ("... Defence Force", "... Institute for Rights"): a state's
# name before them is part of the name, not a second actor.
_BODY_NAME_ENDS = frozenset({
    "force", "forces", "command", "commission", "authority", "board", "institute", "council", "bureau",
    "agency", "service", "centre", "center", "corporation", "company", "airways", "airlines", "bank",
    "federation", "association", "union", "foundation", "league", "front", "movement", "network",
    "democracy", "rights", "watch", "observatory", "guard", "police", "army", "navy", "tribunal", "congress",
    "confederation", "syndicate", "alliance", "party", "coalition", "committee", "organization", "organisation",
    "society"})

# Nouns after a capital that make it stand for its state's government ("the Moscow talks" are
# the state's, as are "Beijing's ties"): no place name.
_CAPITAL_HELD_HEADS = frozenset({"talks", "talk", "visit", "summit", "meeting", "position", "policy", "decision",
                                 "move", "ties", "relations", "stance", "response", "offer", "plan"})

# Vessels and vehicles a force crews: "a coast guard patrol boat" acts for the coast guard.
# sectors of services whose name before a vessel or vehicle says who crews it ("a navy ship", "army trucks")
_CREWING_SECTORS = frozenset({"MIL", "COP"})
_CREWED_VEHICLES = frozenset({"boat", "ship", "vessel", "cutter", "frigate", "warship", "helicopter", "aircraft",
                              "plane", "jet", "vehicle", "car", "truck", "van"})

_FRAMING_PREPS = get_words().actors.framing_preps  # "At a briefing in Beijing, ...", "During talks in Lima, ..."
# sectors that act where the story happens, whoever it is about: police and courts (`_state_where_it_happens`)
_WHERE_IT_HAPPENS_SECTORS = frozenset({"COP", "JUD"})
# adverbs that may open a paragraph's setting before "in" ("Back in Yerevan, ...")
_PARAGRAPH_FRAME_ADVERBS = frozenset({"back", "meanwhile", "elsewhere"})

# Words in brackets, on one line: "(dpa)".
_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)")

# Posts a state keeps in another state's capital: "the embassy in Yaounde" is not Cameroon's.
_POSTS_ABROAD = frozenset({"embassy", "consulate", "legation", "chancery"})
_ACCREDITED_PEOPLE = frozenset({"ambassador", "envoy", "consul", "chargé", "attaché", "diplomat", "representative",
                                "emissary", "nuncio"})

# Common nouns for a state as a possessor ("the country's embassy in X" stays the state's)
_STATE_WORDS = frozenset({"country", "nation", "state", "government", "republic", "kingdom"})
# Words for a body that keeps offices abroad, which "the agency in <capital>" may point back to.
_BODIES_POSTED_ABROAD = frozenset({"agency", "organisation", "organization", "charity", "company", "firm",
                                   "office", "bureau", "mission", "group", "foundation", "body"})

# Words for a government department whose name may hold two portfolios joined by "and".
_PORTFOLIO_BODIES = frozenset({"ministry", "department", "secretariat"})
# offices that take a portfolio, whose remit ("of Crisis Management") is no body
_PORTFOLIO_TITLES = get_words().actors.portfolio_titles
# a body is BUS when its name ends in a firm's word or names a trade's members; bodies that gather
# members, and verbs saying whom they gather ("X, the federation of teachers' unions", "which represents")
_BUSINESS_NAME_ENDS = get_words().actors.business_name_ends
_BUSINESS_MEMBERS = get_words().actors.business_members
_GATHERING_BODIES = get_words().actors.gathering_bodies
_TRADE_BODIES = get_words().actors.trade_bodies
# working people whose own association speaks for them as a union does (LAB): "Nurses' Association",
# not "Residents' Association"
_WORKING_TRADES = get_words().actors.working_trades
_GATHERING_VERBS = get_words().actors.gathering_verbs
_SELF_NAMING_VERBS = get_words().actors.self_naming_verbs
_MEMBER_WORDS_IN_NAMES = get_words().actors.member_words_in_names
# titles that alone, with no body or possessor, name a member of a chamber ("deputy X told the chamber")
_CHAMBER_MEMBER_TITLES = get_words().actors.chamber_member_titles
# sectors of private people's trades, who are the story's own when nothing says otherwise
_PRIVATE_SECTORS = frozenset({"EDU", "AGR", "HLH"})
# "X, who heads the association": verbs of a relative clause that describe a person by the body
# he works for, and the nouns for such bodies
_WORK_VERBS = get_words().actors.work_verbs
_WORK_BODIES = get_words().actors.work_bodies
# how many words an office's remit may run to before the holder's name ("of Public Works and Transport")
_MOST_REMIT_WORDS = 8

# Last words of names of divisions of a country, buildings and ways: such a name is a place.
_PLACE_NAME_ENDS = frozenset({"county", "province", "governorate", "prefecture", "oblast", "district", "palace",
                              "square", "airport", "stadium", "crossing", "bridge", "street", "avenue",
                              "highway", "river", "mountains", "valley", "dam", "canal", "refinery"})
# Possessive pronouns that make a title with a demonym a person of that state ("his Sudanese counterpart");
# "its Iraqi counterpart" is a body's, no person.
_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# Offices and people of a place named in an "of" phrase ("the governor of Colima").
_OFFICES_OF_PLACES = frozenset({"governor", "mayor", "prefect", "governorate", "inhabitant", "resident"})
# Points of the compass that start a place's name ("West Darfur", "North Waziristan").
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "upper", "lower", "central"})

# Nouns of places a name may label ("the Abu Shouk camp", "Martyrs Square").
_PLACE_HEADS = frozenset({"camp", "base", "hospital", "school", "mosque", "church", "street", "square", "crossing",
                          "airport", "port", "prison", "stadium", "bridge", "district", "neighbourhood",
                          "neighborhood", "village", "town", "road", "highway", "university", "market"})


# Nouns a name of a body of the state may modify, never naming a person ("the Leninsky district court").
_BODY_HEADS_NAMED_BY_PLACE = frozenset({"court", "tribunal"})
# Nouns of places that take their name in an "of" phrase ("the town of Adan Yabaal").
_PLACE_NOUNS_OF = frozenset({"town", "village", "city", "district", "province", "region", "county", "municipality",
                             "area", "neighbourhood", "neighborhood", "suburb", "island", "valley", "governorate"})


# Nouns of sites that take their name in an "of" phrase whatever the tagger labels it ("the
# enrichment facility of Natanz"): these name the place, not a body.
_SITE_NOUNS_OF = _PLACE_NOUNS_OF | {"facility", "site", "plant", "locality", "commune", "department",
                                    "prefecture", "town", "city", "airport", "port", "road", "highway", "route",
                                    "crossing", "sector", "refinery", "depot", "terminal", "mine", "dam", "oilfield",
                                    "checkpoint", "entrance", "gate", "outskirts"}


# a legislature may be named with no article, as a doer: "approved by parliament", "congress voted";
# as the one acted on only by the words no gathering shares ("address congress" may be a party's)
_LEGISLATURE_LEMMAS = frozenset({"parliament", "congress", "senate", "legislature"})
_LEGISLATURE_OBJECT_LEMMAS = frozenset({"parliament", "legislature"})


def _doer_with_which_clause(span: Span) -> bool:
    """Whether a name is the subject of its clause and followed by a relative clause opened by
    ", which" ("Velmora, which runs the mine, said ..."): English uses "which" for a body, "who"
    for a person."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which" \
        and span.root.dep_ in ("nsubj", "nsubjpass")


def _bare_legislature(head: Token, start: int, det: Optional[str]) -> bool:
    """A legislature named by its bare noun as a side of a clause, with no modifier ("party
    congress") and no complement ("a congress of ..."): its subject, the agent of a passive
    ("pressured by congress"), or the one a verb acts on or appeals to ("dissolved parliament",
    "urged parliament to", "called on parliament to"); not the place of something ("seats in
    parliament", "outside parliament")."""
    if det or start != head.i or head.lemma_.lower() not in _LEGISLATURE_LEMMAS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    if head.dep_ in ("dobj", "dative"):
        return head.head.pos_ == "VERB" and head.lemma_.lower() in _LEGISLATURE_OBJECT_LEMMAS
    if head.dep_ == "pobj" and head.head.lower_ == "on":
        # "called on parliament", "prevailed on parliament"
        return head.head.head.pos_ == "VERB" and head.lemma_.lower() in _LEGISLATURE_OBJECT_LEMMAS
    return head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def _names_a_listed_place(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is the first of a list of names before a plural
    place noun ("the Torkham and Chaman crossings")."""
    k = end
    while k < len(doc) and (doc[k].lower_ in ("and", ",") or doc[k].pos_ == "PROPN"):
        k += 1
    return k > end and k < len(doc) and doc[k].tag_ == "NNS" and doc[k].lemma_.lower() in _PLACE_HEADS \
        and doc[k - 1].pos_ == "PROPN" and any(t.lower_ == "and" for t in doc[end:k])


def _names_a_place(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is a modifier of a place noun right after it, or
    of a court named after its district ("the Leninsky district court")."""
    if end >= len(doc):
        return False
    last, following = doc[end - 1], doc[end]
    if last.dep_ != "compound":
        return False
    if following.lemma_.lower() in _PLACE_HEADS and last.head.i == following.i:
        return True
    head = last.head
    return head.i in (end, end + 1) and head.lemma_.lower() in _BODY_HEADS_NAMED_BY_PLACE \
        and all(t.is_lower for t in doc[end:head.i + 1])


# What "the force of ..." is when it is no body of armed men ("the full force of the law").
_ABSTRACT_FORCES = get_words().actors.abstract_forces

# Sectors of political parties: a party's name is often shared by parties of several states.
_PARTY_SECTORS = frozenset({"PTY", "OPP"})

# Words for a body's staff before "union": "the Port Authority workers' union".
_STAFF_WORDS = frozenset({"employees", "employee", "workers", "worker", "staff", "staffers", "officers"})


def _staff_union_end(doc: Doc, end: int) -> int:
    """Where a body's name ending before token ``end`` ends when it names the union of the body's
    staff ("the Ceylon Electricity Board employees' union" is a union, not the board); else ``end``."""
    k = end
    if k < len(doc) and doc[k].lower_ in _STAFF_WORDS:
        k += 1
        if k < len(doc) and doc[k].text in ("'", "’", "'s", "’s"):
            k += 1
    if k > end and k < len(doc) and doc[k].lower_ == "union":
        return k + 1
    return end


# Ranks and commands that armies and police forces share, and words that say a title is the military's.
_RANK_WORDS = frozenset({"commander", "general", "colonel", "major", "captain", "lieutenant", "brigadier",
                         "commandant", "chief"})
_MILITARY_BODY_WORDS = frozenset({"army", "military", "navy", "naval", "air", "armed", "brigade", "battalion",
                                  "division", "regiment", "troops", "forces", "force", "defence", "defense",
                                  "marine", "marines", "staff"})

# a credit between slashes, as one token: "/Kabar/.", "/Kazinform/"
_SLASHED_CREDIT = re.compile(r"^/([A-Z][\w.\-]*)/\.?$")  # one token: no space inside

# Honorifics used with a given name alone ("Sheikh Mohammed", "Prince Faisal").
_GIVEN_NAME_HONORIFICS = frozenset({"sheikh", "shaikh", "sheik", "emir", "prince", "princess", "king", "queen",
                                    "sultan", "sayyed", "sayyid"})


def _given_name(name: str) -> str:
    """The given name of a person's full name, after any honorific ("Sheikh Tamim bin Hamad" → "tamim")."""
    words = name_key(name).split()
    while len(words) > 2 and words[0] in _GIVEN_NAME_HONORIFICS:
        words = words[1:]
    return words[0] if len(words) >= 2 else ""


# Nouns of weapons and machines a make's name may modify ("Patriot air defence systems").
_EQUIPMENT_HEADS = frozenset({"system", "missile", "rocket", "launcher", "interceptor", "jet", "fighter", "tank",
                              "drone", "helicopter", "aircraft", "plane", "rifle", "howitzer", "battery",
                              "warship", "frigate", "submarine", "vehicle", "munition", "bomb", "shell"})


def _names_equipment(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` modifies a lower-case noun of weapons or
    machines ("the sale of Patriot air defence systems", "Javelin missiles"): a make, not an actor."""
    if end >= len(doc):
        return False
    last = doc[end - 1]
    head = last.head
    if last.dep_ != "compound" or head.i < end or head.i - end > 3 or head.pos_ != "NOUN":
        return False
    return head.lemma_.lower() in _EQUIPMENT_HEADS and all(t.is_lower for t in doc[end:head.i + 1])


# lower-case nouns of ships that, right before a name, make it the ship's name ("the tanker Sea Lark")
_VESSEL_NOUNS = frozenset({"tanker", "vessel", "ship", "freighter", "trawler", "ferry", "yacht", "dhow", "barge",
                           "containership", "supertanker", "frigate", "destroyer", "corvette", "warship", "cutter"})
# words before "carrier" that make it a ship, not an airline ("the bulk carrier X", not "the national carrier X")
_SHIP_CARRIER_WORDS = frozenset({"bulk", "aircraft", "ore", "lng", "gas", "car", "vehicle", "container", "helicopter"})


def _names_a_vessel(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` follows a lower-case noun of a ship ("the tanker
    Sea Lark", "the bulk carrier Sea Lark"): a vessel's name, no person or body."""
    if start < 1:
        return False
    noun = doc[start - 1]
    if not noun.is_lower:
        return False
    if noun.lower_ == "carrier":
        return start >= 2 and doc[start - 2].lower_ in _SHIP_CARRIER_WORDS
    return noun.lower_ in _VESSEL_NOUNS


# prepositions whose object is a place, not a party: "waters near X", "a ship off X"
_LOCATIVE_PREPOSITIONS = frozenset({"near", "off"})


def _named_as_a_place(doc: Doc, start: int) -> bool:
    """Whether the name starting at token `start` is the name in "the town of X", or the object of
    a preposition of place ("near X"; not "near X's house")."""
    if start >= 1 and doc[start - 1].lower_ in _LOCATIVE_PREPOSITIONS and doc[start - 1].dep_ == "prep":
        name_end = start
        while name_end < len(doc) and doc[name_end].pos_ == "PROPN":
            name_end += 1
        return not (name_end < len(doc) and doc[name_end].tag_ == "POS")
    if start >= 3 and doc[start - 1].lower_ == "the":
        start -= 1  # "the region of the Catatumbo"
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _PLACE_NOUNS_OF


def _presented_anew(doc: Doc, i: int) -> bool:
    """Whether the name on token ``i`` is followed by an apposition that presents someone new: an age
    or an indefinite description ("Budi, 34,", "Budi, a fruit seller,")."""
    return i + 2 < len(doc) and doc[i + 1].text == "," and (doc[i + 2].like_num or doc[i + 2].lower_ in ("a", "an"))


_DATELINE_MARKS = frozenset({",", "-", "–", "—", "("})
# month names and their abbreviations ("May", "Sept")
_MONTH_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}


def _dateline_after(doc: Doc, end: int) -> bool:
    """Whether a place opening a paragraph and ending at character ``end`` is a dateline's: a comma,
    dash or bracket follows it ("Cairo - The authorities ...", "Astana, 14 November."), or a full
    stop and a date ("Tirana. 3 May.", "Tirana. May 3.")."""
    rest = doc_text(doc)[end:end + 24]
    mark = rest[:3].lstrip(" ")
    if mark and mark[0] in _DATELINE_MARKS:
        return True
    if not rest.startswith(". "):
        return False
    words = rest[2:].split()
    return bool(words) and (words[0][:1].isdigit() or words[0].rstrip(".,").lower() in _MONTH_WORDS)


def _names_a_person_title_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised title word comes right before token ``start`` ("President ...")."""
    return start >= 1 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == ""


def _name_goes_on_past_hyphen(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` goes on past a glued hyphen ("Jin-woo", "Han-sol"):
    the word after it is a name's part (a proper noun, or the tagger's same person), not a
    modifier's ("Kremlin-backed")."""
    if not (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        return False
    after = doc[end + 1]
    return after.pos_ == "PROPN" or (after.ent_type_ == "PERSON" and after.ent_iob_ == "I")


def _hyphen_modifier(doc: Doc, end: int) -> bool:
    """Whether a lower-case word is glued by a hyphen after the name ending before token `end`
    ("Maidan-style", "Kremlin-backed"): the name is part of a modifier there."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower


_COUNTING_WORDS = frozenset({"several", "many", "some", "few", "dozens", "hundreds", "thousands", "two", "three"})


def counted_people(head: Token) -> bool:
    """Whether a plural people noun is counted ("six Americans", "dozens of Israelis"): people,
    not the state the demonym alone stands for ("the Americans insisted")."""
    if any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in _COUNTING_WORDS) for c in head.children):
        return True
    above = head.head
    return head.dep_ == "pobj" and above.lower_ == "of" and (above.head.like_num or above.head.lower_ in _COUNTING_WORDS)


# prepositions opening the remit of a title ("envoy for X", "representative to X")
_NAME_GIVING_VERBS = get_words().actors.name_giving_verbs
_LONGEST_TITLE_WORDS = 3  # lower-case words of a title between a body's name and a person's ("regional organiser")
_TITLE_REMIT_WORDS = frozenset({"for", "to", "in", "at", "on", "of", "with"})


class ActorExtractor:
    """Finds and codes the actors of a Doc. Stateless between documents."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.match = lru_cache(maxsize=1 << 16)(kb.actors.match)
        # first words of the dictionary's multi-word names, to pass over noun phrases cheaply
        self.first_words = frozenset(
            name_key(n).split()[0] for e in kb.actors.entries() for n in (e.name, *e.aliases)
            if len(name_key(n).split()) >= 2)
        # answers that depend on a word alone, by its string id
        self._starts_known_name = _IdClassifier(lambda word: name_key(word) in self.first_words)
        self._role_words = _IdClassifier(kb.roles.is_role_word)
        # last words of multi-word body terms that are no role alone but name a body of people
        # ("staff" of "general staff"; not "palace" of "presidential palace", a building)
        body_term_heads = frozenset(
            term.split()[-1] for e in kb.roles.entries() if e.sector and not e.person and not e.abstract
            for term in (e.term, *e.also) if len(term.split()) > 1) & _PEOPLE_BODY_WORDS
        self._body_term_heads = _IdClassifier(lambda word: word.lower() in body_term_heads)
        # plurals of the last words of state agents' titles that are no person's title alone ("guards"
        # of "border guards", "agents" of "federal agents"): the head of a group of such agents
        def no_title_alone(word: str) -> bool:
            role = kb.roles.sector_of(word) if kb.roles.is_role_word(word) else None
            return role is None or not role.person

        plural_title_ends = frozenset(
            pluralise(term.split()[-1]) for e in kb.roles.entries() if e.person and e.sector in STATE_SECTORS
            for term in (e.term, *e.also)
            if len(term.split()) > 1 and " of " not in f" {term} " and no_title_alone(term.split()[-1]))
        self._plural_title_ends = _IdClassifier(lambda word: word.lower() in plural_title_ends)
        # the same for people of other sectors ("figures" of "opposition figures", "defenders" of
        # "human rights defenders"): the context gives their state, no modifier need name it
        plural_people_ends = frozenset(
            pluralise(term.split()[-1]) for e in kb.roles.entries()
            if e.person and e.sector and e.sector not in STATE_SECTORS
            for term in (e.term, *e.also)
            if len(term.split()) > 1 and " of " not in f" {term} " and not kb.roles.is_role_word(term.split()[-1]))
        self._plural_people_ends = _IdClassifier(lambda word: word.lower() in plural_people_ends)
        self._slashed_words = _IdClassifier(lambda word: _SLASHED_CREDIT.match(word) is not None)
        self._anonymous_lemmas = _IdClassifier(lambda lemma: lemma.lower() in ANONYMOUS_LEMMAS)
        self._org_head_lemmas = _IdClassifier(lambda lemma: lemma.lower() in ORG_REFERENCE_HEADS)
        self._crewed_vehicle_lemmas = _IdClassifier(lambda lemma: lemma.lower() in _CREWED_VEHICLES)
        self._title_like: dict[int, bool] = {}  # a title word, honorific or country: no part of a name
        # answers that depend on a text alone (the knowledge layer never changes)
        self._exact_matches: dict[str, object] = {}  # text -> self.match(text, allow_partial=False)
        self._known_texts: dict[str, bool] = {}  # text -> `_knows`
        self._run_texts: dict[str, tuple[bool, object]] = {}  # text -> (in the dictionary, country lookup)
        self._countries_in_text: dict[str, list[str]] = {}  # text -> `countries_in`
        # words naming a minister's portfolio ("interior" of "interior minister"), which may end an
        # office written with "of" ("Minister of the Interior") and start the tagger's name after it
        self._portfolio_words = frozenset(
            word for e in kb.roles.entries() for term in (e.term, *e.also) if len(term.split()) >= 2
            and term.split()[-1] in ("minister", "ministry") for word in term.split()[:-1]) - {"prime", "general"}
        self._place_kinds: dict[str, Optional[str]] = {}  # text -> kind of the place the gazetteer finds
        # last words of titles of several words that are no title alone ("defender" of "human rights defender")
        self._title_end_words = frozenset(
            term.split()[-1] for e in kb.roles.entries() if e.person for term in (e.term, *e.also)
            if len(term.split()) > 1 and " of " not in f" {term} " and not kb.roles.is_role_word(term.split()[-1])
        ) - {"person", "figure", "staff", "owner"}
        self._group_name_modifiers: dict[str, frozenset[str]] = {}  # group name -> `_name_modifiers`
        # person titles whose sector holds only when nothing qualifies them ("official", "commander")
        self._weak_role_terms = frozenset(e.term for e in kb.roles.entries() if e.weak and e.person)
        self._table: Optional[ActorTable] = None  # the table of the document at hand
        self._seated: Optional[list] = None  # `_seated_entries`
        # `_country_mentions`: the text, its state mentions and their states
        self._text_country_mentions: Optional[tuple[str, list[tuple[int, str]], frozenset[str]]] = None
        self._paragraph_starts: Optional[tuple[Doc, frozenset[int]]] = None  # `_opens_paragraph`

    def __call__(self, doc: Doc, published: Optional[date] = None) -> ActorTable:
        table = ActorTable(doc, published)
        self._table = table  # the document at hand, for helpers that need its sentence index
        table.countries_in = self.countries_in
        table.describe = lambda span: self._description_target(table, span, _phrase_of(table, span) or span)
        table.group_of = lambda span: self._group_on_demand(table, span)
        table.country_name = self.kb.countries.name
        table.capital_country = self._capital_country
        _read_noun_phrases(table)
        claimed: set[int] = set()
        acronyms = _acronym_definitions(doc, table, self._dictionary_defines)
        self._claim_bylines(table, doc, claimed)
        self._claim_photographer_credits(table, doc, claimed)
        self._claim_photo_by_credits(table, doc, claimed)
        self._claim_trailing_credits(table, doc, claimed)
        self._claim_photo_credits(table, doc, claimed)
        self._claim_slashed_credits(table, doc, claimed)
        self._claim_dateline_credits(table, doc, claimed)
        self._claim_names(table, doc, acronyms, claimed)
        self._link_acronyms(table, doc, acronyms, claimed)
        self._claim_lowercase_names(table, doc, claimed)
        self._alias_known_bodies_named_with_their_state(table)
        self._code_from_dictionary(table)  # early, so named actors' countries tell the article's country
        self._seats_standing_for_bodies(table, doc)
        self._drop_dateline_only_places(table, doc, claimed)
        table.main_country = self._main_country(doc, table)
        if self._rehome_generic_aliases(table):
            table.main_country = self._main_country(doc, table)
        self._link_surnames(table)
        self._link_short_org_names(table)
        self._name_ministries_by_first_portfolio(table)
        self._drop_headline_only_names(table, doc, claimed)
        self._claim_surnames(table, doc, claimed)
        self._drop_noise(table)
        self._possessed_bodies(table, doc, claimed)
        _claim_named_body_phrases(table, doc, claimed)
        self._claim_kind_references(table, doc, claimed)
        self._descriptions(table, doc, claimed)
        _claim_state_sides(table, self.kb, doc, claimed)
        self._supporters_of_people(table, doc, claimed)
        self._counted_people(table, doc, claimed)
        self._link_anonymous_affiliations(table)
        self._code_org_names(table, doc)
        self._code_bodies_by_their_members(table, doc)
        self._code_from_titles(table, doc)
        self._code_people_described_by_their_work(table, doc)
        self._affiliate_heads_of_international_missions(table, doc)
        self._offices_named_by_their_post(table, doc)
        self._affiliate_people_named_after_their_body(table, doc)
        self._affiliate_people_titled_after_their_body(table, doc)
        self._affiliate_people_titled_by_kind(table, doc)
        self._code_from_affiliation(table)
        self._country_from_ministry(table)
        self._code_groups_claiming_attacks(table, doc)
        self._code_victims_described_before(table, doc)
        self._code_dateline_reporters(table, doc)
        self._code_officials_of_the_filing_state(table, doc)
        self._code_bodies_based_in_places(table, doc)
        self._code_people_based_in_places(table)
        self._code_local_bodies(table)
        self._code_person_named_after_the_lede(table, doc)
        self._code_person_named_after_a_described_stranger(table, doc)
        self._code_people_named_as_described(table, doc)  # after the lede's reading, which knows more
        self._code_local_officials_by_places_told(table, doc)
        self._code_officials_of_named_regions(table, doc)
        self._code_from_context(table)
        self._code_bodies_continuing_the_subject(table)
        self._police_ranks(table)
        for key in table.photo_credits:  # a photographer's outlet no dictionary knows: the story's own
            if key in table.drafts and not table.drafts[key].country and table.main_country:
                table.drafts[key].set_code("country", table.main_country, CONTEXT, "photo-credit", "")
        for key, credit in table.photographers.items():  # "(Photo: Name / AFP)" in a story from Sudan: a journalist there
            where = self._caption_country(table, doc, credit) or table.main_country
            if key in table.drafts and where:
                table.drafts[key].set_code("country", where, TITLE, "photo-credit-local", "")
        self._code_byline_writers(table, doc)
        self._code_press_people_by_context(table)
        self._code_from_affiliation(table)  # again: what the context gave an affiliate passes on
        self._code_kin_by_their_family(table)
        self._merge_kind_descriptions(table, doc)
        self._merge_descriptions_into_bodies(table)
        self._resolve_references(table, doc)
        self._claim_doers_named_by_their_deed(table, doc)
        self._code_from_possessors(table, doc)
        self._drop_capitals_named_as_places(table, doc)
        self._alias_bodies_without_possessor_state(table)
        self._code_people_titled_by_international_bodies(table)
        self._code_private_people_by_default(table, doc)
        return table

    def _code_private_people_by_default(self, table: ActorTable, doc: Doc) -> None:
        """A person named with no title, body or description who speaks or acts ("..., said Jane
        Doe, 52") is mostly a private person of the story's country: a civilian of its main country.
        One only told to undergo something ("X was seized") may be anyone, of anywhere."""
        main = table.main_country
        if not main:
            return
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.country or d.sector or d.affiliation \
                    or d.role or d.titles or d.foreign or not d.names:
                continue
            name = d.names[0]
            if len(name.split()) < 2 or self._is_place(name) \
                    or {w.lower() for w in _words(name)} & (_BODY_NAME_ENDS | _WORK_BODIES | _BUSINESS_NAME_ENDS):
                continue  # "the Quillmarsh Salt Guild", which the tagger took for a person
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                if span is not None and _reads_as_personal_name(span) \
                        and span.root.dep_ == "nsubj" and span.root.head.pos_ in ("VERB", "AUX"):
                    d.set_code("country", main, DEFAULT_RULE, "private-person", name)
                    d.set_code("sector", "CVL", DEFAULT_RULE, "private-person", name)
                    break

    def _code_people_titled_by_international_bodies(self, table: ActorTable) -> None:
        """A person whose title names an international body before its head ("the U.N.
        secretary-general's personal envoy for X", "a U.N. official") serves that body: IGO sector and
        no country; the remit after the head ("for X", "to X") names no state of the person's."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.dictionary_id:
                continue
            title = d.role if not d.anonymous else (d.names[0] if d.names else None)
            if not title or self._igo_before_title_head(title) is None:
                continue
            d.set_code("sector", "IGO", TITLE + 5, "title-igo", title)
            if d.country:
                d.clear_country(TITLE + 5)

    def _igo_before_title_head(self, title: str) -> Optional[str]:
        """The id of the international body a person's title names before its remit, when no state
        is named there too ("Egypt's U.N. envoy" serves Egypt; "Egypt's envoy to the U.N." too)."""
        words = title.replace("\u2019", "'").split()
        head_words: list[str] = []
        for word in words:
            if word.lower() in _TITLE_REMIT_WORDS:
                break
            head_words.append(word[:-2] if word.endswith("'s") else word)
        if len(head_words) < 2 or self._countries_in_name(" ".join(head_words)):
            return None
        role = self.kb.roles.sector_of(" ".join(head_words))
        if role is None or not role.person:
            return None
        for size in (4, 3, 2, 1):
            for i in range(len(head_words) - size):  # the body stands before the head word
                found = self._exact_match(" ".join(head_words[i:i + size]))
                if found is not None and found.entry.type == "ORG" and found.entry.sector == "IGO" \
                        and not found.entry.country:
                    return found.entry.id
        return None

    def _alias_known_bodies_named_with_their_state(self, table: ActorTable) -> None:
        """"the People's Liberation Army of China": a known body's name followed by "of" and its own state
        also goes by the known name; when no other actor holds that entry, it takes the entry (and its
        codes). Kept apart from an actor that does, so that the events of each mention stay as they are."""
        held = {d.dictionary_id for d in table.drafts.values() if d.dictionary_id}
        for d in table.drafts.values():
            if d.type != "ORG" or d.dictionary_id:
                continue
            for name in d.names:
                found = _BODY_OF_STATE.match(name)
                state = self.kb.countries.lookup(found.group("state")) if found else None
                entry = getattr(self._exact_match(found.group("body")), "entry", None) if state is not None else None
                if entry is None or entry.type != "ORG" or entry.country != state.iso3:
                    continue
                d.add_name(found.group("body"))
                if entry.id not in held:
                    d.dictionary_id = entry.id
                    held.add(entry.id)
                break

    def _alias_bodies_without_possessor_state(self, table: ActorTable) -> None:
        """"India's external affairs ministry": a body that a state's possessive names in lower-case words
        is also known by those words alone ("external affairs ministry") and with the state's adjective
        ("Indian external affairs ministry")."""
        for d in table.drafts.values():
            if d.type != "ORG" or d.anonymous:
                continue
            for name in list(d.names):
                found = _POSSESSED_DESCRIPTION.match(name)
                if found is None:
                    continue
                state = self.kb.countries.lookup(found.group("state"))
                if state is None or state.kind == "capital" or state.iso3 != d.country:
                    continue
                d.add_name(found.group("rest"))
                demonym = self.kb.countries.demonym(state.iso3)
                if demonym:
                    d.add_name(f"{demonym} {found.group('rest')}")

    @staticmethod
    def _police_ranks(table: ActorTable) -> None:
        """Ranks are shared by armies and police forces: a person whose title is only a rank or
        command ("the commander of Zone 8, general X") is of the police when the story's only armed
        body of that state is its police."""
        forces: dict[tuple[Optional[str], str], str] = {}
        for d in table.drafts.values():
            if d.type in ("ORG", "GROUP") and d.sector in ("COP", "MIL"):
                forces.setdefault((d.country, d.sector), d.names[0] if d.names else d.key)
        for d in table.drafts.values():
            if d.type != "PERSON" or d.sector != "MIL" or d.dictionary_id or not d.role:
                continue
            unit = table.drafts.get(d.affiliation) if d.affiliation else None
            if d.affiliation and (unit is None or unit.sector):
                continue  # the body the person serves says whose they are
            words = set(re.findall(r"[a-z]+", d.role.lower()))
            if not words & _RANK_WORDS or words & _MILITARY_BODY_WORDS:
                continue
            police = forces.get((d.country, "COP"))
            if police is not None and (d.country, "MIL") not in forces:
                d.set_code("sector", "COP", TITLE + 1, "rank-of-police-story", police)

    def _claim_slashed_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A wire's credit between slashes after a dateline ("ASTANA, 3 May. /Kazinform/."): the news
        agency the dictionary knows by that name is an actor, named by the words inside the slashes."""
        for i in np.flatnonzero(self._slashed_words.mask(table.arrays.orth, doc.vocab.strings)).tolist():
            tok = doc[i]
            found = _SLASHED_CREDIT.match(tok.text)
            if found is None or tok.i in claimed:
                continue
            match = self._exact_match(found.group(1))
            if match is None or match.entry.sector != "MED":
                continue
            _claim_known_outlet_in_token(table, tok, match, tok.idx + 1, found.group(1), claimed)

    def _claim_bylines(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"By Jane Doe", "By JANE DOE and JOHN ROE, Reuters", "By Jane Doe | AFP": a line of its own
        near the top of the story, opening with "By", names its writers, journalists of the outlet it
        names after them (an outlet the dictionary knows as a medium is an actor too)."""
        text = doc_text(doc)
        for start, end in _byline_lines(text):
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or len(span) < 2 or not claimed.isdisjoint(range(span.start, span.end)):
                continue
            groups = _byline_groups(span[1:])
            outlet_key, writers = None, []
            for first, last in groups:
                words = doc[first:last]
                match = self._exact_match(words.text)
                if match is not None and match.entry.sector == "MED":
                    outlet_key = self._credit_outlet(table, first, last, words.text, claimed, match)
                elif _reads_as_byline_name(words):
                    writers.append((first, last))
            for first, last in writers:
                name = doc[first:last].text
                person = table.get(f"name:{name_key(name)}", "PERSON")
                person.add_name(name)
                person.set_code("sector", "MED", TITLE, "byline", span.text)
                person.affiliation = person.affiliation or outlet_key
                table._claim_tokens(first, last, person.key, "name")
                claimed.update(range(first, last))
                table.byline_writers[person.key] = outlet_key

    def _claim_photo_by_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"(Photo by Jane Otieno / AFP)", "Pool photo by Jane Otieno / AFP": a caption's credit naming
        the photographer after "photo by" and the outlet after a slash or bar, closing the bracket or
        the paragraph."""
        n = len(doc)
        for i in np.flatnonzero(table.arrays.lower[1:] == _BY_ID).tolist():
            by = i + 1
            if doc[by - 1].lower_ not in _PHOTO_WORDS:
                continue
            start = by + 1
            end = _name_run_end(doc, start, 4)
            if end >= n or doc[end].text not in ("/", "|") or not _reads_as_credited_person(doc[start:end]) \
                    and not _reads_as_hyphenated_name(doc[start:end]):
                continue
            outlet_end = _capitalised_run_end(doc, end + 1, 3)
            closes = outlet_end < n and doc[outlet_end].text == ")" or _closes_paragraph(doc, outlet_end)
            if outlet_end == end + 1 or not closes or not claimed.isdisjoint(range(start, outlet_end)):
                continue
            self._claim_credit(table, doc, (end + 1, outlet_end), (start, end), (by - 1, outlet_end), claimed)

    def _code_byline_writers(self, table: ActorTable, doc: Doc) -> None:
        """A byline's writers are of the country of their outlet: the one the byline names, else the
        one the wire dateline credits in brackets ("NAIROBI, May 3 (Reuters) -"); else the story's."""
        if not table.byline_writers:
            return
        credited = self._dateline_outlet(table, doc)
        for key, outlet_key in table.byline_writers.items():
            writer = table.drafts.get(key)
            if writer is None:
                continue
            outlet = table.drafts.get(outlet_key or credited or "")
            if outlet is not None and outlet.country:
                writer.affiliation = writer.affiliation or outlet.key
                writer.set_code("country", outlet.country, TITLE, "byline", outlet.names[0] if outlet.names else "")
            elif table.main_country:
                writer.set_code("country", table.main_country, CONTEXT, "byline", table.main_country)

    def _dateline_outlet(self, table: ActorTable, doc: Doc) -> Optional[str]:
        """The key of the outlet the story's first wire dateline credits in brackets, if it is an actor."""
        text = doc_text(doc)
        for start, end in _datelines(doc):
            credit = _BRACKETED.search(text, start, end)
            if credit is None:
                continue
            span = doc.char_span(credit.start(1), credit.end(1), alignment_mode="expand")
            owner = table.token_owner.get(span.start) if span is not None else None
            if owner in table.drafts and table.drafts[owner].sector == "MED":
                return owner
            return None
        return None

    @staticmethod
    def _code_press_people_by_context(table: ActorTable) -> None:
        """"the correspondent Mary Achieng": a journalist the text names with a press title but no
        outlet is most likely one of the story's own country."""
        if not table.main_country:
            return
        for d in table.drafts.values():
            if d.type == "PERSON" and d.sector == "MED" and not d.country and not d.affiliation \
                    and not d.foreign and not d.dictionary_id and d.titles:
                d.set_code("country", table.main_country, CONTEXT, "press-title-context", table.main_country)

    def _claim_photographer_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"(Photo: Burak Kılıç / DHA)", "Photo: Jane Otieno/NMG": a caption's credit naming the
        photographer and, after a slash, the outlet. The photographer is a journalist of that outlet,
        and the outlet a media actor (one the dictionary knows keeps its entry)."""
        n = len(doc)
        for i in np.flatnonzero(np.isin(table.arrays.lower, _CREDIT_OPENING_IDS)).tolist():
            if doc[i].lower_ in _PHOTO_WORDS and i + 2 < n and doc[i + 1].text == "/":
                self._claim_outlet_first_credit(table, doc, i, claimed)
                continue
            if doc[i].lower_ not in _PHOTO_WORDS or i + 2 >= n or doc[i + 1].text != ":":
                continue
            start = i + 2
            outlet_first_end = _capitalised_run_end(doc, start, 4)
            if start < outlet_first_end < n and doc[outlet_first_end].text == "/" \
                    and self._is_known_outlet(table, doc[start:outlet_first_end].text):
                self._claim_slashed_outlet_first_credit(table, doc, i, start, outlet_first_end, claimed)
                continue
            end = _name_run_end(doc, start, 4)
            if end >= n or doc[end].text != "/" \
                    or not _reads_as_credited_person(doc[start:end]):
                continue
            outlet_start = end + 1
            outlet_end = _capitalised_run_end(doc, outlet_start, 3)
            closes = outlet_end < n and doc[outlet_end].text in (")", ".") or _closes_paragraph(doc, outlet_end)
            if outlet_end == outlet_start or not closes \
                    or not claimed.isdisjoint(range(start, outlet_end)):
                continue
            self._claim_credit(table, doc, (outlet_start, outlet_end), (start, end), (i, outlet_end), claimed)

    def _claim_trailing_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A credit closing a caption's paragraph, the photographer and the outlet on either side of
        a slash or bar, in either order: "... on Tuesday. Jane Otieno / AFP", "... in Rades. Reuters /
        Jane Otieno", "© AFP | Jane Otieno". One side must be an outlet the dictionary knows as a
        medium and the other a personal name, unless the paragraph opens as a caption ("Photo: ...");
        then the name comes first and the outlet after it."""
        n = len(doc)
        for sep in np.flatnonzero(np.isin(table.arrays.orth, _CREDIT_SEPARATOR_IDS)).tolist():
            right_end = _name_run_end(doc, sep + 1, 5, lambda tok: tok.is_alpha and self._is_known_outlet(table, tok.text))
            while right_end > sep + 1 and _name_particle(doc[right_end - 1]):
                right_end -= 1  # a name ends on a capitalised word
            if right_end == sep + 1 or not _closes_paragraph(doc, right_end) \
                    and not (right_end < n and doc[right_end].text == ")"):
                continue
            left_start, words = sep, 0  # the same run as _name_run_end's, read leftwards
            while left_start > 0 and words < 4:
                tok = doc[left_start - 1]
                if tok.is_alpha and (tok.is_title or tok.is_upper or self._is_known_outlet(table, tok.text)):
                    words += 1
                elif left_start == sep or not _name_particle(tok):
                    break
                left_start -= 1
            while left_start < sep and _name_particle(doc[left_start]):
                left_start += 1  # a name opens on a capitalised word
            if left_start == sep or not claimed.isdisjoint(range(left_start, right_end)):
                continue
            if left_start > 0 and doc[left_start - 1].text not in _BEFORE_CREDIT \
                    and not self._opens_paragraph(doc, left_start):
                continue  # words inside a sentence ("talks in Kigali / Goma"), no credit
            left, right = (left_start, sep), (sep + 1, right_end)
            if self._is_known_outlet(table, doc[right[0]:right[1]].text) and _reads_as_credited_person(doc[left[0]:left[1]]):
                outlet, person = right, left
            elif self._is_known_outlet(table, doc[left[0]:left[1]].text) and _reads_as_credited_person(doc[right[0]:right[1]]):
                outlet, person = left, right
            elif self._opens_caption(doc, left_start) and _reads_as_credited_person(doc[left[0]:left[1]]) \
                    and right[1] - right[0] <= 3:
                outlet, person = right, left
            else:
                continue
            self._claim_credit(table, doc, outlet, person, (left_start, right_end), claimed)

    def _caption_country(self, table: ActorTable, doc: Doc, credit: int) -> Optional[str]:
        """The state where the photo credited at character ``credit`` was taken: that of the last place
        the caption names before the credit ("... the stadium in Rades on Sunday. Jane Otieno / AFP"),
        read in the light of the story's country; None when the caption names no place (a people,
        "Egyptians", is none)."""
        text = doc_text(doc)
        opening = text.rfind("\n", 0, credit) + 1
        caption = doc.char_span(opening, credit, alignment_mode="contract")
        if caption is None:
            return None
        from newsgraph.pipeline.places import get_gazetteer

        context = Counter({table.main_country: 1}) if table.main_country else None
        end = caption.end
        while end > caption.start:
            start = end
            while start > caption.start and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == end:
                end -= 1
                continue
            first = doc[start]
            if first.ent_type_ in ("GPE", "LOC") or first.dep_ == "pobj" and first.head.lower_ in _CAPTION_PLACE_PREPS:
                name = doc[start:end].text
                country = self.kb.countries.lookup(name)
                if country is not None and country.kind != "demonym":
                    return country.iso3
                place = None if country is not None else get_gazetteer().lookup(name, context)
                if place is not None and place.country:
                    return place.country
            end = start
        return None

    @staticmethod
    def _opens_caption(doc: Doc, i: int) -> bool:
        """Whether the line holding token ``i`` opens with the word for a photo and a colon ("Photo: ...")."""
        text = doc_text(doc)
        opening = _CAPTION_OPENING.match(text, text.rfind("\n", 0, doc[i].idx) + 1)
        return opening is not None and opening.group(1).lower() in _PHOTO_WORDS

    def _claim_credit(self, table: ActorTable, doc: Doc, outlet: tuple[int, int], person: tuple[int, int],
                      credit: tuple[int, int], claimed: set[int]) -> None:
        """A photo credit's outlet and photographer (token ranges), unless the words where the outlet
        goes name something else: a known body that is no medium, or a country."""
        outlet_text = doc[outlet[0]:outlet[1]].text
        match = self._outlet_match(table, outlet_text)
        if match is not None and match.entry.sector != "MED" or self.kb.countries.lookup(outlet_text):
            return
        outlet_key = self._credit_outlet(table, outlet[0], outlet[1], outlet_text, claimed, match)
        self._claim_photographer(table, doc, person[0], person[1], outlet_key, doc[credit[0]:credit[1]].text)
        claimed.update(range(*credit))

    def _claim_dateline_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"YANGON, Feb 11 (dpa) -": the agency a wire dateline credits in brackets, as the dictionary
        spells it (agencies that write their name in lower case are no capitalised name)."""
        text = doc_text(doc)
        for start, end in _datelines(doc):
            credit = _BRACKETED.search(text, start, end)
            if credit is None:
                continue
            name = credit.group(1)
            match = self._outlet_match(table, name)
            span = doc.char_span(credit.start(1), credit.end(1), alignment_mode="expand")
            if span is None or not claimed.isdisjoint(range(span.start, span.end)):
                continue
            if match is None:
                # an agency's acronym the dictionary does not know ("OTTAWA (CP) -"): an outlet all the same
                # when the dateline opens with a place, not a body's name ("Kenya Unity (KUM) - a coalition")
                if not (name.isalpha() and name.isupper() and 2 <= len(name) <= 6) or self.kb.countries.lookup(name) \
                        or not self._opens_with_a_place(text[start:credit.start()]):
                    continue
            elif match.entry.sector != "MED":
                continue
            if span.text == name:
                self._credit_outlet(table, span.start, span.end, name, claimed, match)
            elif match is not None and len(span) == 1:  # "(ACP).-" is one token
                _claim_known_outlet_in_token(table, span[0], match, credit.start(1), name, claimed)

    def _opens_with_a_place(self, opening: str) -> bool:
        """Whether a dateline's words before its credit name a place: a wire's capitals ("OTTAWA"), a
        country or a place the gazetteer knows ("Goma, 4 May 2026")."""
        from newsgraph.pipeline.places import get_gazetteer

        place = opening.split(",")[0].strip()
        return bool(place) and (place.isupper() or self.kb.countries.lookup(place) is not None
                                or get_gazetteer().lookup(place, None) is not None)

    def _claim_outlet_first_credit(self, table: ActorTable, doc: Doc, photo: int, claimed: set[int]) -> None:
        """"(AP Photo/Jane Otieno)": a credit naming the outlet before the word for a photo and the
        photographer after a slash (token ``photo`` is that word). In brackets, or unbracketed at the
        end of a paragraph when the dictionary knows the outlet as a medium ("... market. AP Photo /
        Jane Otieno")."""
        n = len(doc)
        outlet_start = photo
        while outlet_start > 0 and photo - outlet_start < 3 and doc[outlet_start - 1].is_alpha \
                and (doc[outlet_start - 1].is_title or doc[outlet_start - 1].is_upper):
            outlet_start -= 1
        start = end = photo + 2
        while end < n and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if outlet_start == photo or outlet_start == 0 or not 2 <= end - start <= 4 \
                or not claimed.isdisjoint(range(outlet_start, end)):
            return
        bracketed = doc[outlet_start - 1].text == "(" and end < n and doc[end].text == ")"
        if not bracketed and not (_closes_paragraph(doc, end)
                                  and self._is_known_outlet(table, doc[outlet_start:photo].text)):
            return
        self._claim_credit(table, doc, (outlet_start, photo), (start, end), (outlet_start, end), claimed)

    def _claim_slashed_outlet_first_credit(self, table: ActorTable, doc: Doc, photo: int, outlet_start: int,
                                           slash: int, claimed: set[int]) -> None:
        """"(Photo: Xinhua / Jane Otieno)": after the word for a photo, an outlet the dictionary knows
        as a medium, a slash and the photographer, closing the bracket or the paragraph."""
        n = len(doc)
        start = end = slash + 1
        while end < n and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if not 2 <= end - start <= 4 or not (end < n and doc[end].text == ")" or _closes_paragraph(doc, end)) \
                or not claimed.isdisjoint(range(outlet_start, end)):
            return
        self._claim_credit(table, doc, (outlet_start, slash), (start, end), (photo, end), claimed)

    def _outlet_match(self, table: ActorTable, text: str) -> Optional[DictMatch]:
        """The dictionary's entry for a credit's outlet: by its name, else, for an acronym two outlets
        share ("APS", "ABC"), the one whose state the story names."""
        return self._exact_match(text) or self.kb.actors.match_in_countries(text, lambda: self._countries_of_text(table.arrays))

    def _is_known_outlet(self, table: ActorTable, text: str) -> bool:
        """Whether the dictionary knows ``text`` exactly as a medium (an acronym two outlets share: as
        the one of a state the story names)."""
        match = self._outlet_match(table, text)
        return match is not None and match.entry.sector == "MED"

    @staticmethod
    def _claim_photographer(table: ActorTable, doc: Doc, start: int, end: int, outlet_key: Optional[str],
                            credit: str) -> None:
        """The photographer a caption's credit names on tokens start..end: a journalist of the outlet."""
        name = doc[start:end].text
        person = table.get(f"name:{name_key(name)}", "PERSON")
        person.add_name(name)
        person.set_code("sector", "MED", TITLE, "photo-credit", credit)
        person.affiliation = person.affiliation or outlet_key
        table.photographers.setdefault(person.key, doc[start].idx)
        table._claim_tokens(start, end, person.key, "name")

    def _claim_photo_credits(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A caption's credit closing a paragraph: "... in Tepames (Cuartoscuro)", "(photo: Vlast.kz)",
        "Photo: Kloop". The outlet credited is a media actor (one the dictionary knows keeps its
        entry); its words are no part of the name before it."""
        n = len(doc)
        # where a credit may open, found on the LOWER column rather than by making every Token
        opening = np.flatnonzero(np.isin(table.arrays.lower, _CREDIT_OPENING_IDS))
        for i in opening.tolist():
            tok = doc[i]
            start = i + 1
            if tok.lower_ in _PHOTO_WORDS:
                if start >= n or doc[start].text != ":" or (i > 0 and doc[i - 1].text == "("):
                    continue
                start += 1
            elif start + 1 < n and doc[start].lower_ in _PHOTO_WORDS and doc[start + 1].text == ":":
                start += 2
            labelled = start > i + 1  # "Photo:" says what follows is a credit, an acronym's too
            end = start
            while end < n and end - start < 3 and doc[end].text not in (")", "\n") and "\n" not in doc[end].text \
                    and (doc[end].is_title or doc[end].is_upper or "." in doc[end].text) and doc[end].is_alpha \
                    | ("." in doc[end].text and doc[end].text[0].isupper()):
                end += 1
                if "\n" in doc[end - 1].whitespace_:
                    break
            if end == start or not claimed.isdisjoint(range(start, end)):
                continue
            close = end
            if tok.text == "(":
                if close >= n or doc[close].text != ")":
                    continue
                close += 1
                if close < n and doc[close].text == "." and "\n" not in doc[close - 1].whitespace_:
                    close += 1  # "(photo: Vlast.kz)."
            if close < n and "\n" not in doc[close - 1].whitespace_ and not doc[close].is_space:
                continue  # not the last words of its paragraph: no caption's credit
            credit = doc[start:end]
            if credit.text.lower() in _NOT_CREDITS:
                continue  # "(Video)", "(File)": what the item is, not whose
            match = self._outlet_match(table, credit.text)
            if match is not None and match.entry.sector != "MED":
                continue
            if match is None and (self.kb.countries.lookup(credit.text) or self._is_place(credit.text)
                                  or (len(credit) == 1 and credit[0].is_upper and tok.text == "(" and not labelled)):
                continue  # "(PKK)": an acronym; "(Kazakhstan)": a place
            self._credit_outlet(table, start, end, credit.text, claimed, match)
            if match is None:
                claimed.update(t.i for t in doc[i:close] if not t.is_space)

    def _credit_outlet(self, table: ActorTable, start: int, end: int, text: str, claimed: set[int],
                       match) -> Optional[str]:
        """The key of the outlet a caption's credit names at tokens ``start``-``end``: the dictionary's
        actor when ``match`` (its entry) is one, else a media body made of the words, kept with the
        table's photo credits."""
        if match is not None:
            claim, _ = self._add_name_at(table, start, end, "ORG", claimed)
            return claim[0] if claim else None
        key = f"name:{name_key(text)}"
        draft = table.drafts.get(key) or table.get(key, "ORG")
        draft.add_name(text)
        draft.set_code("sector", "MED", TITLE, "photo-credit", text)
        table._claim_tokens(start, end, key, "name")
        claimed.update(range(start, end))
        table.photo_credits.append(key)
        return key

    def _drop_capitals_named_as_places(self, table: ActorTable, doc: Doc) -> None:
        """Forget the states named only by their capital where the capital only says where
        something is or goes ("detained in Yerevan", "raids in La Paz, Sucre and Potosi"): a capital
        stands for its state when it acts ("Moscow rejected ..."), not as a location. An act that
        needs the state as a side makes it again from the place (`ActorTable.state_of_place`)."""
        datelines = _datelines(doc)
        referred = {d.affiliation for d in table.drafts.values() if d.affiliation}
        opening = self._paragraph_char_starts(doc)
        text = doc_text(doc)
        for d in list(table.drafts.values()):
            if d.type != "GPE" or not d.mentions:
                continue
            located = self._capitals_as_places(doc, d, datelines, opening, posted=True)
            if len(located) == len(d.mentions) and d.country == table.main_country:
                # the story's own state named only as the seat of foreign posts ("the US embassy in
                # Tbilisi") still stands for it
                located = self._capitals_as_places(doc, d, datelines, opening, posted=False)
            if len(located) == len(d.mentions):
                if d.key not in referred:
                    self._forget(table, d.key)
                else:
                    # kept for whom it affiliates ("Chinese Premier Li Qiang"); the capital that only
                    # locates ("channels in Beijing") is no name of the state
                    located_names = {text[s:e] for s, e, _ in located}
                    own_name = self.kb.countries.name(d.country) if d.country else None
                    named = [n for n in d.names if n not in located_names]
                    if named or own_name:  # with neither, the names stay as they are
                        d.names = named or [own_name]
                continue
            # the state acts elsewhere: "DHAKA -" and "talks in Dhaka" only locate, and name it nowhere
            kept = {text[s:e] for s, e, _ in d.mentions if (s, e, _) not in located}
            located_names = {text[s:e] for s, e, _ in located}
            d.mentions = [m for m in d.mentions if m not in located]
            d.names = [n for n in d.names if n == d.names[0] or n in kept or n not in located_names]

    def _capitals_as_places(self, doc: Doc, d: ActorDraft, datelines: list[tuple[int, int]],
                            opening: frozenset[int], posted: bool) -> list[tuple[int, int, str]]:
        """The mentions of state ``d`` by a city of government that only locate (``posted``: also
        where the city is only the seat of another's post, "the US embassy in Tbilisi")."""
        return [(s, e, kind) for s, e, kind in d.mentions if self._capital_as_place(doc, s, e, kind, posted)
                or (self._city_of_government(doc_text(doc)[s:e], kind)
                    and (any(ds <= s < de for ds, de in datelines) or s in opening and _dateline_after(doc, e)))
                or self._named_only_as_location(doc, s, e, kind)]

    def _city_of_government(self, text: str, kind: str) -> bool:
        """Whether a state's mention is by a city: its capital, or a seat the dictionary calls by
        its city ("Dar es Salaam"), which a dateline only uses as the place of filing."""
        return kind == "capital" or kind == "metonym" and self._is_place(text, ("city",))

    def _named_only_as_location(self, doc: Doc, start: int, end: int, kind: str) -> bool:
        """Whether a state's mention on characters start..end only says where something is, was or
        comes from: "the Oslo-based group", a region the dictionary files under the state where it
        stands as a place ("the truce in Gaza"), or the state's or capital's name only as a matter,
        topic or remit, or after "from" with a word of going or posting ("remarks on Taiwan", "flown
        home from Oman", "accredited from Rome"). A capital that acts ("Oslo rejected ...") stays its
        state's mention."""
        if _based_in_place(doc_text(doc), end):
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        last = span[-1]
        if kind == "alias" and self._is_place(span.text, ("city", "region", "admin")) \
                and not self._role_head(last, posted=False):
            return _stands_as_place(last)
        if kind in ("name", "capital", "alias"):
            return _named_as_matter(last)
        return False

    def _capital_as_place(self, doc: Doc, start: int, end: int, kind: str, posted: bool = True) -> bool:
        """Whether a state's mention on characters start..end is a city of government (its capital,
        or a seat the dictionary calls by it: "La Paz") standing only as a place."""
        if kind == "name":
            span = doc.char_span(start, end, alignment_mode="expand")
            return span is not None and (_offshore_or_bound_for(span[-1]) or _named_as_matter(span[-1]))
        if kind not in ("capital", "metonym"):
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or (kind == "metonym" and not self._is_place(span.text, ("city",))):
            return False  # "the Kremlin", "Downing Street": a seat of power, not a town
        last = span[-1]
        if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_ \
                and not doc[last.i + 1].whitespace_ and doc[last.i + 2].is_title:
            return True  # "the Dhaka-Chittagong highway": one end of a route
        named = last.head
        if kind == "capital" and last.dep_ == "compound" and named.i > last.i \
                and (named.pos_ == "NOUN" or named.i == last.i + 1 and named.is_lower and named.pos_ == "VERB") \
                and not any(self.kb.roles.sector_of(word) is not None or word in _CAPITAL_HELD_HEADS
                            for word in (named.lower_, named.lemma_.lower())):
            return True  # "the Pretoria agreement", "the Zagreb daily": a thing named after the city
        if last.dep_ == "poss" and last.head.lemma_.lower() in _CITY_PART_LEMMAS:
            return True  # "Juba's markets", "Dar es Salaam's airport": the city as a place
        return _stands_as_place(last) and not self._role_head(last, posted)

    def _role_head(self, tok: Token, posted: bool = True) -> bool:
        """Whether the place phrase hangs on a word for people or a body ("the government in Kyiv",
        "the embassy in Moscow"), where a capital may say whose it is."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        holder = tok.head.head
        if not (holder.pos_ in ("NOUN", "PROPN") and self.kb.roles.sector_of(holder.lemma_) is not None):
            return False
        modifiers = [c for c in holder.lefts if c.dep_ in ("amod", "compound")]
        if modifiers and self.kb.roles.sector_of(holder.doc[modifiers[0].i:holder.i + 1].text) is None:
            return False  # "through diplomatic channels in Beijing": no body of people, only a place
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children):
            return False  # "a court in Tunis", "a magistrate in Lilongwe": one of many there, the city only locates
        if holder.dep_ == "pobj" and holder.head.lower_ in _BUILDING_PREPOSITIONS:
            return False  # "protested outside the ministry in Colombo": a building, the city only locates
        return not (posted and self._posted_in(tok, holder))

    def _posted_in(self, place: Token, holder: Token) -> bool:
        """Whether a body or person "in" a capital belongs to someone else and is only posted there:
        an embassy is always another state's ("the embassy in Yaounde"), and a body whose phrase
        names its owner ("the U.S. mission in Kabul", "the UN agency in Bangkok", "its office in
        Nairobi") is that owner's, while "the government in Kyiv" stays the capital's state's."""
        if holder.lemma_.lower() in _POSTS_ABROAD:
            return True
        iso = self._capital_country(place.text)
        if holder.lemma_.lower() in _ACCREDITED_PEOPLE:
            # "its ambassador in Madrid": the state he is sent to is a side of his recall; "the
            # Turkish ambassador in Baghdad", whose phrase names his own state, is only posted there
            return any(self._names_other_state(child, iso) for child in holder.children
                       if child.i < place.i and child.dep_ in ("poss", "amod", "compound", "nmod"))
        table = self._table
        if table is not None and place.doc is table.doc and holder.lemma_.lower() in _BODIES_POSTED_ABROAD \
                and any(c.lower_ == "the" for c in holder.children) \
                and not any(c.dep_ in ("compound", "amod", "poss") for c in holder.children):
            # "the agency in Bangkok": the body named before, when it is not of the capital's state
            key = table.body_before(holder, lambda d: d.country != iso, sentences=2, unique=False, named_only=True)
            if key is not None:
                return True
        for child in holder.children:
            if child.i >= place.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            if child.lower_ in ("its", "their"):
                return True
            if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lemma_.lower() not in _STATE_WORDS:
                return True  # "the party's headquarters in Bissau": the party's seat, the city only locates
            if self._names_other_state(child, iso):
                return True
            named = self._countries_named_in(child.doc[child.left_edge.i:child.i + 1].text)
            if child.ent_type_ == "ORG" or (child.is_upper and len(child.text) > 1 and not named):
                return True
        return False

    def _names_other_state(self, child: Token, iso: Optional[str]) -> bool:
        """Whether a modifier's words name a state and not the one of ISO code ``iso`` ("the U.S."
        in "the U.S. embassy", "Turkish" in "the Turkish ambassador")."""
        named = self._countries_named_in(child.doc[child.left_edge.i:child.i + 1].text)
        return bool(named) and iso not in named

    def _code_from_possessors(self, table: ActorTable, doc: Doc) -> None:
        """"Pashinyan convened his Security Council": a body of no known country that a person's
        pronoun possesses is of that person's country."""
        for d in list(table.drafts.values()):
            if d.type != "ORG" or d.dictionary_id or d.country_rule > CONTEXT or d.key not in table.drafts:
                continue
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                i = span.start - 1 if span is not None else -1
                if i >= 0 and doc[i].lower_ == "its" and self._code_from_its(table, d, doc[i]):
                    break
                if i < 0 or doc[i].lower_ not in ("his", "her"):
                    continue
                owner = table.drafts.get(table.token_owner.get(i, ""))
                if owner is not None and owner.type == "PERSON" and owner.country:
                    d.set_code("country", owner.country, TITLE, "possessor-country", f"{doc[i].text} ({owner.names[0]})")
                    same = f"{d.key}:{owner.country}"  # the body named with its country elsewhere
                    if same in table.drafts:
                        table.merge(same, d.key)
                    break

    @staticmethod
    def _code_from_its(table: ActorTable, d: ActorDraft, its: Token) -> bool:
        """"The ELN attributed the attack to its Northeast War Front": a body of no known country
        that "its" possesses is the nearest body or state before's, and a unit of a body its sector."""
        owner = table.drafts.get(table.org_before(its) or "")
        if owner is None or owner.key == d.key or not owner.country:
            return False
        d.set_code("country", owner.country, TITLE, "possessor-country", f"its ({owner.names[0]})")
        if owner.type == "ORG" and owner.sector and not d.sector:
            d.set_code("sector", owner.sector, AFFILIATION, "possessor-sector", f"its ({owner.names[0]})")
            d.affiliation = d.affiliation or owner.key
        return True

    # -- context ------------------------------------------------------------------------
    def _main_country(self, doc: Doc, table: ActorTable) -> Optional[str]:
        """The country the article is about: the most mentioned, counting states, demonyms and the
        named actors of a country, with mentions in the opening weighing more."""
        counts: Counter[str] = Counter()
        opening = 600  # characters
        arrays = table.arrays
        for start, end, label, _ in arrays.entities:
            if label == "NORP" and not _hyphen_modifier(arrays.doc, end):  # "Chinese-run", "Kenyan-mediated"
                m = self.kb.countries.lookup(_strip_name(arrays.span_text(start, end)))
                if m:
                    counts[m.iso3] += 3 if arrays.idx_list[start] < opening else 1
        far_from_home: Counter[str] = Counter()  # companies and media: counted only when nothing else tells
        dateline = table.dateline_country
        people_abroad: Counter[str] = Counter()  # people of another state than the dateline's
        for d in table.drafts.values():
            if d.country and not d.key.startswith(("group:", "anon:")):
                weight = sum(3 if s < opening else 1 for s, _, _ in d.mentions)
                if d.sector in _FOREIGN_PRONE_SECTORS:
                    far_from_home[d.country] += weight
                    continue
                counts[d.country] += weight
                if d.type == "PERSON" and dateline and d.country != dateline:
                    people_abroad[d.country] += weight
        if not counts:
            # no state, demonym or state body named: the place filed from before an outlet's home
            counts = Counter({dateline: 1}) if dateline else far_from_home
        elif table.dateline_town:
            counts[dateline] += _DATELINE_TOWN_WEIGHT  # "Edéa, ... - farmers ... financed by Malaysian capital"
        if counts and dateline in counts and 5 * counts[dateline] >= 4 * max((counts - people_abroad).values(), default=0) \
                and dateline == self._headline_country(table):
            # filed from the state the title leads with, and named about as often as the other side:
            # that state's story ("WARSAW - ... Poland blames Russian hackers"); a foreign office holder
            # named often speaks for his own state, whose names are counted, and does not outweigh it
            return dateline
        return counts.most_common(1)[0][0] if counts else None

    def _headline_country(self, table: ActorTable) -> Optional[str]:
        """The first state the article's title names, by name, capital or demonym."""
        title = next(((s, e) for kind, s, e in block_spans(table.doc) if kind == "title"), None)
        if title is None:
            return None
        named: list[tuple[int, str]] = []
        arrays = table.arrays
        for start, end, label, _ in arrays.entities:
            if label == "NORP" and title[0] <= arrays.idx_list[start] < title[1] \
                    and not _hyphen_modifier(arrays.doc, end):
                m = self.kb.countries.lookup(_strip_name(arrays.span_text(start, end)))
                if m:
                    named.append((arrays.idx_list[start], m.iso3))
        for d in table.drafts.values():
            if d.type == "GPE" and d.country:
                named.extend((s, d.country) for s, _, _ in d.mentions if title[0] <= s < title[1])
        return min(named)[1] if named else None

    # -- names --------------------------------------------------------------------------
    def _claim_names(self, table: ActorTable, doc: Doc, acronyms: dict[str, Span], claimed: set[int],
                     reuse_repeats: bool = True) -> None:
        """Claim every name span for its actor (`_add_name`), in the order `_name_spans` gives."""
        arrays = table.arrays
        # a name met again (same label, same words) gets the claim it got the first time, and nothing
        # else: every other change the first claim made, a second claim would make again
        repeats: dict[tuple[str, str, tuple[int, ...]], Optional[tuple[str, str]]] = {}
        for definition in acronyms.values():
            self._claim_defined_name(table, definition, claimed)
        for start, end, label in self._name_spans(doc, table.chunk_bounds):
            text = arrays.span_text(start, end)
            if text.strip("()[] ") in acronyms:
                continue  # an acronym the article defines ("(PTI"), bracket or not, goes with what it defines
            if not claimed.isdisjoint(range(start, end)):
                continue
            if label == "PERSON" and self._tail_of_a_town(doc, start, end):
                claimed.update(range(start - 1, end))  # "near Dera Ismail Khan": a town, not Ismail Khan
                continue
            shape = (label, text, tuple(arrays.orth_list[start:end]))
            if shape in repeats:
                claim = repeats[shape]
                if claim is not None:
                    table._claim_tokens(start, end, *claim)
                    claimed.update(range(start, end))
                continue
            claim, repeatable = self._add_name_at(table, start, end, label, claimed)
            if repeatable and reuse_repeats:
                repeats[shape] = claim

    def _foreign_defined_name(self, definition: Span) -> bool:
        """Whether an acronym's definition is a French or Spanish body's name: capitalised words
        joined by "pour"/"para"/"por" and articles, none the dictionary knows as a whole."""
        words = list(definition)
        if len(words) < 3 or not _is_name_token(words[0]) or not _is_name_token(words[-1]) \
                or not any(w.lower_ in _FOREIGN_JOINERS - {"et"} for w in words):
            return False
        if not all(_is_name_token(w) or w.lower_ in _DEFINITION_JOINERS for w in words):
            return False
        return not self._knows(definition.text)

    def _claim_defined_name(self, table: ActorTable, definition: Span, claimed: set[int]) -> None:
        """"Front for Change and Concord in Chad (FACT)": the words an acronym stands for are one
        organisation's name, though the tagger cut it at "and" or left its country out."""
        arrays = table.arrays
        start, end = definition.start, definition.end
        if self._foreign_defined_name(definition):
            # "Rassemblement pour la Démocratie (RPD)": the tagger reads a French or Spanish body's name
            # in pieces, a person among them
            self._add_name_at(table, start, end, "ORG", claimed)
            return
        cut = [(s, e) for s, e, label, _ in arrays.entities if label == "ORG" and s == start and e < end]
        if not cut and not any(s < end and e > start for s, e, _, _ in arrays.entities) \
                and arrays.title_list[start] and arrays.title_list[end - 1] and not self._knows(definition.text) \
                and self.kb.roles.sector_of(definition.text) is not None:
            # "The General Federation of Workers (GFW)", which the tagger left untagged: a body of such people
            self._add_name_at(table, start, end, "ORG", claimed)
            return
        if not cut or any(label == "PERSON" and s < end and e > start for s, e, label, _ in arrays.entities):
            return
        if self._knows(definition.text) or self._knows(arrays.span_text(*cut[0])):
            return  # a name the dictionary knows is read as the dictionary has it
        words = definition.text.split()
        if not any(w.lower() in ("and", "in", "of", "for") or w.lower() in _FOREIGN_JOINERS
                   for w in words[len(arrays.span_text(*cut[0]).split()):]):
            return
        self._add_name_at(table, start, end, "ORG", claimed)

    def _name_spans(self, doc: Doc, chunks: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Name spans to claim, in order: those the knowledge layer knows (longest first), then
        the tagger's other entities with their boundaries repaired."""
        # spans as (start, end, label): no Span is made for them
        known: list[tuple[int, int, str]] = []
        unknown: list[tuple[int, int, str]] = []
        places: set[str] = set()  # unknown names the text somewhere shows to be places
        arrays = self._table.arrays
        runs = _capitalised_runs(doc, arrays)  # read by the two finders at the end too
        for start, end in runs:
            self._known_subspans(arrays, start, end, known)
        # how many tokens up to each point may start a known multi-word name
        starts = np.concatenate(([0], np.cumsum(self._first_word_mask(arrays)))).tolist()
        droppable, title = arrays.droppable, arrays.title_list
        for start, end in chunks:  # lower-case multi-word names: "the axis of resistance"
            if starts[end] == starts[start]:
                continue  # no known multi-word name starts in it: skip without building spans
            bounds = _phrase_bounds(droppable, start, end)
            if bounds is not None and bounds[1] - bounds[0] > 2 and doc[bounds[0]].tag_ == "PRP$":
                bounds = (bounds[0] + 1, bounds[1])  # "its Andalus radio station": the possessive is no part of it
            if bounds is None or (title[bounds[0]] and title[bounds[1] - 1]):
                continue  # all capitalised: the capitalised runs above read it ("the Sadrist movement" is not)
            for cand_start, cand_end in (_with_of_bounds(doc, arrays, *bounds), bounds):
                if cand_end - cand_start >= 2:
                    m = self._exact_match(arrays.span_text(cand_start, cand_end))
                    if m and m.how in ("exact", "alias"):
                        known.append((cand_start, cand_end, ""))
                        break
        for ent_start, ent_end, label in self._joined_entities(arrays):
            if label not in NAME_LABELS:
                continue
            for start, end in _clean_name_bounds(arrays, ent_start, ent_end):
                body_end = self._state_named_body(arrays, start, end) if label in ("ORG", "PERSON") else None
                if body_end is None and label == "ORG":
                    body_end = self._longer_body_name(arrays, start, end) or self._named_generic_body(arrays, start, end)
                if body_end is not None and not self._knows(arrays.span_text(start, body_end)):
                    # "Bahrain Institute for Rights and Democracy", "Uganda People's Defence Force": one
                    # body whose name starts with a state's, not the state and another body
                    known.append((start, _staff_union_end(doc, body_end), "ORG"))
                    continue
                name_start = start
                if label in ("PERSON", "ORG"):
                    name_start, label = self._after_portfolio(doc, start, end, label)
                if label == "ORG":
                    label = self._person_after_leading_title(doc, name_start, end, label)
                if label in ("PERSON", "GPE", "ORG"):
                    bounds = _repair_name_bounds(arrays, self.kb, name_start, end, label, self._bounds(start),
                                                 self._title_like)
                    if bounds is None:
                        continue
                    # a portfolio cut off stays off, though the repair grows the name over it
                    start, end = (max(bounds[0], name_start) if name_start > start else bounds[0]), bounds[1]
                    if label == "PERSON" and start < name_start and doc[name_start].is_title \
                            and self._follows_office_remit(doc, start):
                        start = name_start  # "Minister for Economic Affairs (Jane Doe)": the remit is no name
                    if label in ("PERSON", "ORG"):
                        start, label = self._after_portfolio(doc, start, end, label)
                if label == "PERSON" and end - start >= 3 and self._place_glued_before_name(doc, start):
                    start += 1  # "its spokeswoman in Geneva Maria Lopez": the place is where she works
                if label == "ORG":
                    end = _staff_union_end(doc, end)  # "the Electricity Board employees' union"
                    remit_end = _remit_end(arrays, self.kb, end, self._bounds(start)[1])
                    if remit_end == end and not self._knows(arrays.span_text(start, end)):
                        remit_end = _joined_name_end(arrays, end, self._bounds(start)[1])
                    if remit_end > end:
                        # "Task Force on Media Security": claimed before the names inside its remit
                        known.append((start, remit_end, "ORG"))
                        continue
                is_known = self._knows(arrays.span_text(start, end))
                if not is_known and label == "GPE" and self._named_after_post_in_place(doc, start, end):
                    label = "PERSON"  # "its ambassador in Madrid, Karim Haddad": the holder, not a place
                if not is_known and _names_a_vessel(doc, start):
                    continue  # "the bulk carrier Sea Lark": a ship's name, no person
                if not is_known and (_names_a_place(doc, end) or _names_equipment(doc, end)):
                    continue  # "the Abu Shouk camp", "Patriot air defence systems": a place or a make, not a person
                if not is_known and label in ("PERSON", "GPE"):
                    as_a_place = _named_as_a_place(doc, start)
                    if as_a_place or _hyphen_modifier(doc, end):
                        if as_a_place:
                            places.add(arrays.span_text(start, end))
                        continue  # "the town of Adan Yabaal", "a Maidan-style revolution"
                if not is_known and label == "ORG" and self._only_portfolios(arrays.span_text(start, end)):
                    continue  # "Tánaiste and Foreign Affairs (Minister)", "ministry of Europe and of Foreign Affairs"
                if not is_known and label == "ORG" and self._state_portfolio_before_title(doc, start, end):
                    continue  # "Philippine Defence (Secretary X)": the title's first words, no body
                if not is_known and label == "ORG" and self._names_an_office_remit(doc, start, end):
                    continue  # "commissioner of Crisis Management", "Development Cooperation Minister X"
                if not is_known and self._unknown_name_is_a_place(doc, start, end, label):
                    if label in ("PERSON", "ORG"):
                        places.add(arrays.span_text(start, end))
                    continue  # "raids in Sucre and Oruro", "the road Kaya-Djibo", "the site of Natanz"
                (known if is_known else unknown).append((start, end, label))
        if places:
            # "the city of Taiz" shows the tagger's person "Taiz" elsewhere ("the siege on Taiz") is the same town
            unknown = [(s, e, label) for s, e, label in unknown
                       if label not in ("PERSON", "ORG") or arrays.span_text(s, e) not in places]
        known.extend(self._bodies_named_after_places(arrays, runs))
        unknown.extend(self._untagged_names_after_roles(doc, arrays, runs))
        unknown.extend(self._untagged_names_before_appositions(doc, arrays))
        known.sort(key=lambda s: (s[0] - s[1], s[0]))
        unknown.sort(key=lambda s: (s[0] - s[1], s[0]))
        return known + unknown

    def _bodies_named_after_places(self, arrays: _TokenArrays,
                                   runs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """"Izmir Governorship", "Kabul Municipality": a town's or a province's name and a capitalised
        state-body word, which the tagger reads as the place or as nothing, name its administration."""
        found = []
        for start, end in runs:
            while start < end and arrays.lower_list[start] in _ARTICLE_IDS:
                start += 1
            if end - start < 2 or end - start > 4:
                continue
            text = arrays.span_text(start, end)
            if self.kb.roles.state_body(text) != arrays.string(arrays.lower_list[end - 1]) or self._knows(text):
                continue
            place = arrays.span_text(start, end - 1)
            country = self.kb.countries.lookup(place)
            if country is not None and country.kind == "capital" or country is None and self._is_place(place):
                found.append((start, end, "ORG"))
        return found

    def _joined_entities(self, arrays: _TokenArrays) -> list[tuple[int, int, str]]:
        """The tagger's entities as (start, end, label), with two kinds of neighbours joined: an
        organisation that opens on a person's title and runs straight into a person's name ("First
        Admiral Hairul" + "Nizam Omar": a title and the first word of a name the tagger took for a
        body), and a ministry's name and the second portfolio after "and" ("Ministry of Foreign
        Affairs" + "and (of) the International Cooperation")."""
        entities = arrays.entities
        joined: list[tuple[int, int, str]] = []
        skip = False
        for n, (start, end, label, _) in enumerate(entities):
            if skip:
                skip = False
                continue
            after = entities[n + 1] if n + 1 < len(entities) else None
            if label == "ORG" and after is not None and after[2] == "PERSON" and after[0] == end \
                    and end - start >= 2 and arrays.title_list[end - 1] \
                    and self._is_person_title(arrays.span_text(start, end - 1)):
                joined.append((start, after[1], "PERSON"))
                skip = True
                continue
            if joined and joined[-1][2] == "ORG" and start < joined[-1][1]:
                continue  # read as the second portfolio of the ministry before
            if label == "WORK_OF_ART" and self._speaker_after_quote(arrays, start, end):
                label = "PERSON"
            if label == "ORG":
                ministry_start = self._ministry_before_portfolio(arrays, start, end)
                if ministry_start is not None:
                    while joined and joined[-1][1] > ministry_start:
                        joined.pop()  # the ministry's own name, when the tagger read it
                    joined.append((ministry_start, end, "ORG"))
                    continue
                end = self._second_portfolio_end(arrays, start, end)
            joined.append((start, end, label))
        return joined

    def _speaker_after_quote(self, arrays: _TokenArrays, start: int, end: int) -> bool:
        """Whether the tagger's work of art on tokens start..end is the speaker's name right after a
        quotation closed by a comma ('"...," Aminata Diallo, the head of ..., told'): two to four
        capitalised proper nouns the dictionary does not know as anything else."""
        if not 2 <= end - start <= 4 or start < 2 or not all(arrays.title_list[start:end]) \
                or not all(arrays.string(arrays.tag_list[k]) == "NNP" for k in range(start, end)):
            return False
        quote, comma = arrays.string(arrays.orth_list[start - 1]), arrays.string(arrays.orth_list[start - 2])
        if quote not in ('"', "”", "’’", "''") or comma not in (",", "?", "!"):
            return False
        return not self._knows(arrays.span_text(start, end))

    def _second_portfolio_end(self, arrays: _TokenArrays, start: int, end: int) -> int:
        """The end of a ministry's name on tokens start..end grown over a second portfolio the
        tagger left out ("Ministry of Foreign Affairs" + "and of the African Integration"); ``end``
        when no such portfolio follows."""
        lower, string, title = arrays.lower_list, arrays.string, arrays.title_list
        if not any(string(lower[k]) in _PORTFOLIO_BODIES for k in range(start, end)) \
                or not any(lower[k] == _OF_ID for k in range(start, end)):
            return end
        k = end - 1 if string(lower[end - 1]) == "and" else end
        if k >= arrays.n or string(lower[k]) != "and" or not title[k - 1]:
            return end
        lo = k + 1
        while lo < arrays.n and lo <= k + 2 and string(lower[lo]) in ("of", "the"):
            lo += 1
        hi = lo
        while hi < arrays.n and title[hi] and not arrays.newline_list[hi] and hi - lo < 5:
            hi += 1
        if hi == lo or not self._may_be_second_portfolio(arrays, lo, hi):
            return end
        return hi

    def _may_be_second_portfolio(self, arrays: _TokenArrays, lo: int, hi: int) -> bool:
        """Whether capitalised tokens lo..hi after "and" may be a ministry's second portfolio: not a
        known body, a state or a word for a body or role ("and the Army", "and the European Union")."""
        if hi <= lo or not all(arrays.title_list[lo:hi]):
            return False
        rest = arrays.span_text(lo, hi)
        head = arrays.string(arrays.lower_list[hi - 1])
        return not (self._knows(rest) or self.kb.countries.lookup(rest) or head in _BODY_NAME_ENDS
                    or self.kb.roles.is_role_word(head))

    def _ministry_before_portfolio(self, arrays: _TokenArrays, start: int, end: int) -> Optional[int]:
        """The first token of a ministry's name that the organisation on tokens start..end continues
        as its second portfolio after "and" ("Ministry of Foreign Affairs" + "and (of) the
        International Cooperation"); None when it is a name of its own: a known body, a state, a
        word for a body or role ("and the Army", "and the European Union")."""
        lower, string, title = arrays.lower_list, arrays.string, arrays.title_list
        lo = start
        while lo < end and string(lower[lo]) in ("of", "the"):
            lo += 1
        k = start - 1
        while k >= 0 and string(lower[k]) in ("of", "the") and k >= start - 2:
            k -= 1
        if k < 2 or string(lower[k]) != "and" or not self._may_be_second_portfolio(arrays, lo, end):
            return None
        # back over the ministry's own capitalised words and connectors to its article or line start
        first, has_body, has_of = k, False, False
        while first - 1 >= 0 and not arrays.newline_list[first - 1] and (
                title[first - 1] and lower[first - 1] not in _ARTICLE_IDS or lower[first - 1] == _OF_ID):
            first -= 1
            has_body = has_body or string(lower[first]) in _PORTFOLIO_BODIES
            has_of = has_of or lower[first] == _OF_ID
        if not (has_body and has_of) or lower[first] == _OF_ID or not title[k - 1]:
            return None
        return first

    def _state_named_body(self, arrays: _TokenArrays, start: int, end: int) -> Optional[int]:
        """The end of the name, when the tagger's name on tokens start..end is a state's name followed
        by the name of a body: capitalised words ending in a word for an organisation ("Guyana
        Defence Force"), which the dictionary does not give a body of another state; else None."""
        lead, country = next(((k, m) for k in range(start + 1, min(end, start + 3))
                              if (m := self.kb.countries.lookup(arrays.span_text(start, k))) is not None
                              and m.kind in ("name", "alias")), (None, None))
        if lead is None:
            return self._body_of_state_named(arrays, start, end)
        end = next((k for k in range(lead, end) if arrays.string(arrays.orth_list[k]) == "("), end)
        if end - lead < 1:
            return None
        rest = arrays.span_text(lead, end)
        if not all(arrays.title_list[k] or arrays.connector_list[k] or not arrays.alpha_list[k]
                   for k in range(lead, end)):
            return None
        if arrays.string(arrays.lower_list[end - 1]) not in _BODY_NAME_ENDS:
            return None
        known = self._exact_match(rest)
        if known is None or (known.entry.country is not None and known.entry.country != country.iso3):
            return end
        return None

    def _body_of_state_named(self, arrays: _TokenArrays, start: int, end: int) -> Optional[int]:
        """The end of the tagger's name on tokens start..end when it is a body's name closed by "of"
        and a state's name ("Armed Forces of Malta"); else None."""
        lower = arrays.lower_list
        of = next((k for k in range(start + 1, end - 1) if lower[k] == _OF_ID), None)
        if of is None or arrays.string(lower[of - 1]) not in _BODY_NAME_ENDS:
            return None
        after = of + 2 if arrays.string(lower[of + 1]) == "the" else of + 1
        country = self.kb.countries.lookup(arrays.span_text(after, end)) if after < end else None
        if country is None:
            country = self._state_before_members(arrays, after, end)
        if country is None or country.kind not in ("name", "alias"):
            return None
        # (a plural possessive's mark is part of the name: "Progressive Teachers' Union of X")
        if not all(arrays.title_list[k] or arrays.connector_list[k] or arrays.orth_list[k] in _POSSESSIVE_IDS
                   for k in range(start, of)):
            return None
        return end if not self._knows(arrays.span_text(start, end)) else None

    def _state_before_members(self, arrays: _TokenArrays, start: int, end: int):
        """The state named on tokens start..k when the capitalised words after it, to ``end``, name the
        body's members ("Ghana" + "Bondholders" in "Committee of Ghana Bondholders"); else None."""
        for k in range(end - 1, start, -1):
            country = self.kb.countries.lookup(arrays.span_text(start, k))
            if country is not None:
                members = arrays.string(arrays.lower_list[end - 1])
                if all(arrays.title_list[k:end]) and self.kb.roles.is_role_word(members) \
                        and arrays.string(arrays.tag_list[end - 1]) in ("NNS", "NNPS"):
                    return country
                return None
        return None

    def _longer_body_name(self, arrays: _TokenArrays, start: int, end: int) -> Optional[int]:
        """The end of the tagger's organisation on tokens start..end when it is a longer name that
        ends in the name of a body the dictionary gives a state the text never names, after words
        of its own ("National Independent Electoral and Boundaries Commission" is not Kenya's
        "Independent Electoral and Boundaries Commission"); else None."""
        if end - start < 3 or self._knows(arrays.span_text(start, end)):
            return None
        for k in range(start + 1, min(end - 1, start + 3)):
            if arrays.connector_list[k - 1] or not all(arrays.title_list[start:k]) or not all(arrays.alpha_list[start:k]):
                return None
            if any(self.kb.countries.lookup(arrays.string(arrays.orth_list[j]))
                   or arrays.string(arrays.lower_list[j]) in HONORIFICS for j in range(start, k)):
                return None  # "Afghan Taliban": a state before a known name
            known = self._exact_match(arrays.span_text(k, end))
            if known is None:
                continue
            iso = known.entry.country
            return end if iso and iso not in self._countries_of_text(arrays) else None
        return None

    def _named_generic_body(self, arrays: _TokenArrays, start: int, end: int) -> Optional[int]:
        """The end of the tagger's organisation on tokens start..end when its own capitalised words
        come before a generic body word the dictionary knows alone ("Trade Union Congress" is no
        "Congress"); else None."""
        end = next((k for k in range(start, end) if arrays.string(arrays.orth_list[k]) == "("), end)
        if end - start < 2 or not all(arrays.title_list[start:end]) or self._knows(arrays.span_text(start, end)):
            return None
        tail = arrays.span_text(end - 1, end)
        if not self._knows(tail) or not self._is_generic_body_word(tail):
            return None
        if any(self.kb.countries.lookup(arrays.string(arrays.orth_list[j])) for j in range(start, end - 1)):
            return None  # "Peru's Congress", "Chile Congress": a state's own body, coded as such
        return end

    def _countries_of_text(self, arrays: _TokenArrays) -> frozenset[str]:
        """The states the document names anywhere, by name, capital or demonym (kept per text)."""
        self._country_mentions(arrays)
        return self._text_country_mentions[2]

    def _countries_in_name(self, text: str) -> bool:
        """Whether a name holds a state's name, demonym or capital ("National Assembly of Vietnam")."""
        return any(True for _ in self.kb.countries.find_all(text))

    def _state_in_passing(self, arrays: _TokenArrays, country: Optional[str]) -> bool:
        """Whether the document names state ``country`` at most once, as the modifier of another's
        noun ("the U.S. Embassy"), while it names another state three times or more: a state met in
        passing ("Taiwan" as the object of "drills around Taiwan" is a side of the story)."""
        if not country:
            return False
        found = self._country_mentions(arrays)
        counts = Counter(iso3 for _, iso3 in found)
        if counts.get(country, 0) > 1 or max(counts.values(), default=0) < 3:
            return False
        doc = arrays.doc
        return all(doc[token_of_char(doc, start)].dep_ in _MODIFIER_DEPS for start, iso3 in found if iso3 == country)

    def _country_mentions(self, arrays: _TokenArrays) -> list[tuple[int, str]]:
        """(start character, ISO-3) of every naming of a state in the document, by name, capital or
        demonym (kept per document)."""
        # keyed by the text: the stage reads one document through more than one set of arrays
        if self._text_country_mentions is None or self._text_country_mentions[0] != arrays.text:
            found = [(start, m.iso3) for start, _, m in self.kb.countries.find_all(arrays.text)]
            self._text_country_mentions = (arrays.text, found, frozenset(iso3 for _, iso3 in found))
        return self._text_country_mentions[1]

    def _homonym_of_other_state(self, arrays: _TokenArrays, country: Optional[str]) -> bool:
        """Whether a dictionary body of state ``country`` is, in this document, only a namesake: the
        text names other states and never that one (by name, capital or demonym)."""
        named = self._countries_of_text(arrays)
        return bool(country) and bool(named) and country not in named

    def _untagged_names_after_roles(self, doc: Doc, arrays: _TokenArrays,
                                    runs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """People the tagger missed: a run of two or more capitalised proper nouns, untagged, right
        after a title for a person ("Ministry spokesperson Narayan Prasad Bhattarai", "Minister of
        Defence Ana Lopez"). Token bounds labelled PERSON."""
        out: list[tuple[int, int, str]] = []
        ent_type, orth, lower, tags = arrays.ent_type_list, arrays.orth_list, arrays.lower_list, arrays.tag_list
        title, sent_flag, string = arrays.title_list, arrays.sent_flag_list, arrays.string
        for run_start, run_end in runs:
            first = run_end
            while first > run_start and title[first - 1] and not ent_type[first - 1] and not sent_flag[first - 1] \
                    and string(tags[first - 1]) == "NNP" and not self._title_like_word(orth[first - 1], lower[first - 1]):
                first -= 1
            if run_end - first < 2 or first < 1 or sent_flag[first]:
                continue
            before = first - 1
            while before >= 1 and self.kb.roles.spelling(doc[before].text) in self._portfolio_words:
                before -= 1  # "Minister of Defence": back over the portfolio to "of"
            if before < first - 1:
                if before >= 1 and doc[before].lower_ == "the":
                    before -= 1
                if before < 1 or doc[before].lower_ != "of":
                    continue
                before -= 1
            if not self._is_person_title(doc[before].text):
                continue
            text = arrays.span_text(first, run_end)
            if self._knows(text) or self._is_place(text):
                continue
            out.append((first, run_end, "PERSON"))
        return out

    def _untagged_names_before_appositions(self, doc: Doc, arrays: _TokenArrays) -> list[tuple[int, int, str]]:
        """People the tagger missed or swallowed into a date ("Oct 30 - Lars de Vriesen"): a run of
        capitalised proper nouns, name particles allowed inside, that no name entity covers, right
        before a comma and an age or a person's role ("Lars de Vriesen, the U.N. envoy for Yemen,").
        Token bounds labelled PERSON."""
        out: list[tuple[int, int, str]] = []
        ent_type, sent_flag = arrays.ent_type_list, arrays.sent_flag_list
        for comma in np.flatnonzero(arrays.orth == _COMMA_ID).tolist():
            first = comma
            while first > 0 and (doc[first - 1].is_title or doc[first - 1].lower_ in NAME_PARTICLES) \
                    and doc[first - 1].is_alpha and ent_type[first - 1] not in _NAME_LABEL_IDS \
                    and (first == comma or not sent_flag[first]):
                first -= 1
            while first < comma and not doc[first].is_title:
                first += 1  # a name opens on a capital, not a particle
            if comma - first < 2 or (first > 0 and doc[first - 1].is_alpha and doc[first - 1].is_title):
                continue
            span = doc[first:comma]
            if self._knows(span.text) or not self._personal_name_before_apposition(span):
                continue
            out.append((first, comma, "PERSON"))
        return out

    def _title_like_word(self, orth_id: int, lower_id: int) -> bool:
        """Whether a word is a title, honorific, country or portfolio word: no part of a name."""
        string = self._table.arrays.string
        low = string(lower_id).rstrip(".")
        country = self.kb.countries.lookup(string(orth_id))
        return bool(self.kb.roles.is_role_word(low) or low in HONORIFICS or country
                    or self.kb.roles.spelling(string(orth_id)) in self._portfolio_words)

    def _after_portfolio(self, doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
        """"Minister of the Interior Juan Perez": the tagger's name may start with the portfolio
        that ends the office before it; the person's name is what follows. (start, label) of the
        name, unchanged when the name does not start so. The office may name several portfolios
        ("Minister of Public Works and Transport Peng Ponea"): the name then starts after the last."""
        j = self._office_remit_of(doc, start)
        if j is None:
            return start, label
        tagged = next((k for k in range(start, end) if doc[k].ent_type_ == "PERSON"), start)
        if end - tagged < 2 or not _reads_as_personal_name(doc[tagged:end]):
            tagged = start  # the tagger's own part is no whole name ("bin Salman" of "Abdulaziz bin Salman")
        cut = start
        # a portfolio word, or a capitalised word the repair grew the tagger's name over
        while cut < end and (self.kb.roles.spelling(doc[cut].text) in self._portfolio_words or cut < tagged):
            cut += 1
        if cut == start:
            cut = self._end_of_body_before_name(doc, start, end)
        if cut == start or end - cut < 2 or not _reads_as_personal_name(doc[cut:end]):
            return start, label
        return cut, "PERSON"

    def _follows_office_remit(self, doc: Doc, start: int) -> bool:
        """Whether token ``start`` opens the remit of a person's title: "of"/"for" (and "the") after
        a title ("Minister for Economic Affairs", "president of the Far North")."""
        j = start - 1
        if j >= 1 and doc[j].lower_ == "the":
            j -= 1
        return _remit_preposition(doc, j, lambda title: self._is_person_title(title.text))

    def _person_after_leading_title(self, doc: Doc, start: int, end: int, label: str) -> str:
        """"Spokeswoman Chhum Sovanny said": a sentence-opening title the tagger read with the name
        after it as one body. PERSON (the repair then cuts the title) when the first word is a title
        for a person, no rank ("General Dynamics"), and two or three capitalised words that read as a
        personal name and name nothing known follow; else ``label``."""
        if end - start not in (3, 4):
            return label
        role = self.kb.roles.sector_of(doc[start].text)  # a title for a person, no rank
        if role is None or not role.person or role.sector == "MIL" or role.end < len(doc[start].text) - 1:
            return label
        name = doc[start + 1:end]
        if not _reads_as_personal_name(name) \
                or any(self._title_like_word(t.orth, t.lower) or t.tag_ != "NNP" or t.text in _COMPANY_NAME_ENDS
                       or t.lower_ in _POSSESSED_BODY_HEADS for t in name):
            return label
        if self._knows(doc[start:end].text) or self._knows(name.text) or self._is_place(name.text):
            return label
        return "PERSON"

    def _end_of_body_before_name(self, doc: Doc, start: int, end: int) -> int:
        """"deputy of the Jogorku Kenesh Nurlan Abdykadyrov": where a body's name, known to the
        dictionary or ending in a body word, gives way to a personal name of two or three words
        inside one tagged name; ``start`` when the name does not read so."""
        for cut in range(end - 2, max(start, end - 4) - 1, -1):
            if cut - start < 1:
                break
            tail = doc[cut:end]
            # a capitalised pronoun inside a name is a surname ("... Commerce He Yadong")
            if not all(t.is_title and (t.pos == PROPN or t.pos_ == "PRON" and not t.is_sent_start)
                       for t in tail) \
                    or any(self._title_like_word(t.orth, t.lower) for t in tail):
                continue
            body = doc[start:cut].text
            if self._knows(tail.text) or self._is_place(tail.text):
                return start
            if self._exact_match(body) or doc[cut - 1].lower_ in _BODY_NAME_ENDS \
                    or _ministry_of_portfolio(doc[start:cut]):
                return cut
        return start

    def _unknown_name_is_a_place(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """Whether a name no dictionary knows, on tokens start..end, is a place however the tagger
        labelled it: a town the gazetteer knows standing only as a place ("in Sucre"), a pair of
        places joined by a hyphen (the road "Kaya-Djibo"), or the name in "the site of X"."""
        if label not in ("PERSON", "ORG", "GPE"):
            return False
        of = start - 2 if start >= 3 and doc[start - 1].lower_ == "the" else start - 1
        if of >= 1 and doc[of].lower_ == "of" and doc[of - 1].lemma_.lower() in _SITE_NOUNS_OF:
            return True
        parts = [t.text for t in doc[start:end] if t.text != "-"]
        if len(parts) == 2 and any(t.text == "-" for t in doc[start:end]):
            return all(self._is_place(p) for p in parts)
        if _names_a_listed_place(doc, end):
            return True  # "the Torkham and Chaman crossings"
        if self._is_place(doc[start:end].text) and (
                start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _OFFICES_OF_PLACES
                or self._opens_paragraph(doc, start) and _dateline_after(doc, doc[end - 1].idx + len(doc[end - 1]))):
            return True  # "the governor of Colima", the dateline "Colima, Col., 4 of March"
        text = doc[start:end].text
        if self._place_shaped(doc[start:end], label):
            return True
        if _marched_towards(doc[end - 1]):
            return True  # "unions marched towards the Presidential Secretariat": a building reached, not a party
        if label == "GPE" and _stands_as_place(doc[end - 1]) and not _names_a_person_title_before(doc, start):
            return True  # "soldiers killed in North Waziristan": a place the gazetteer lacks
        return self._is_place(text, ("city", "region", "admin")) and _stands_as_place(doc[end - 1])

    def _named_after_post_in_place(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the name on tokens start..end, which no gazetteer knows, stands in apposition to
        the place of a person's post ("its ambassador in Madrid, Karim Haddad", "the correspondent
        in Kabul, Ana Ruiz"): the holder of the post, though the tagger lists it with the place."""
        if end - start < 2 or self._is_place(doc[start:end].text) or not all(t.is_title for t in doc[start:end]):
            return False
        tok = doc[end - 1]
        if tok.dep_ != "appos" or start < 2 or doc[start - 1].text != ",":
            return False
        place = tok.head
        if place.i >= start or place.dep_ != "pobj" or place.head.dep_ != "prep":
            return False
        post = place.head.head
        return post.pos_ == "NOUN" and self._is_person_title(post.lemma_.lower())

    def _opens_paragraph(self, doc: Doc, start: int) -> bool:
        """Whether token ``start`` opens a paragraph of the document at hand."""
        return doc[start].idx in self._paragraph_char_starts(doc)

    def _paragraph_char_starts(self, doc: Doc) -> frozenset[int]:
        """The characters where the paragraphs of the document at hand start (kept for that Doc)."""
        if self._paragraph_starts is None or self._paragraph_starts[0] is not doc:
            self._paragraph_starts = (doc, frozenset(s for kind, s, _ in block_spans(doc) if kind == "paragraph"))
        return self._paragraph_starts[1]

    def _place_shaped(self, span: Span, label: str) -> bool:
        """Whether a name is shaped as a place name: it ends in a word for a division of a country
        ("Turkana County"), a building or way ("the People's Palace"), or is a point of the compass
        before a place ("West Darfur"; the tagger's GPE "North Waziristan")."""
        words = [t for t in span if t.is_alpha]
        if len(words) < 2:
            return False
        if words[-1].lower_ in _PLACE_NAME_ENDS and words[-1].is_title:
            return True
        if words[0].lower_ in _COMPASS_WORDS and len(words) <= 3:
            rest = span.doc[words[1].i:span.end].text
            return label in ("GPE", "LOC") or self._is_place(rest)
        return False

    def _first_word_mask(self, arrays: _TokenArrays) -> np.ndarray:
        """Mask of the tokens whose `name_key` is the first word of a multi-word dictionary name."""
        return self._starts_known_name.mask(arrays.orth, arrays.doc.vocab.strings)

    def _bounds(self, i: int) -> tuple[int, int]:
        table = self._table
        return table.sent_start[i], table.sent_end[i]

    def _exact_match(self, text: str):
        """``self.match(text, allow_partial=False)``, kept per text."""
        try:
            return self._exact_matches[text]
        except KeyError:
            if len(self._exact_matches) > _MEMO_SIZE:
                self._exact_matches.clear()
            found = self._exact_matches[text] = self.match(text, allow_partial=False)
            return found

    def _knows(self, text: str) -> bool:
        known = self._known_texts.get(text)
        if known is None:
            if len(self._known_texts) > _MEMO_SIZE:
                self._known_texts.clear()
            known = self._known_texts[text] = bool(self._exact_match(text)
                                                   or self.kb.countries.lookup(text))
        return known

    def _known_subspans(self, arrays: _TokenArrays, start: int, end: int, found: list[tuple[int, int, str]]) -> None:
        """Add to ``found`` the sub-spans of a capitalised run (tokens start..end) that the dictionary
        or the country index knows."""
        connector = arrays.connector_list
        name_token = arrays.name_token_list
        # the text of the tokens is cut from the document's, not read off a Span, which costs more
        text_of = arrays.span_text
        i = start
        while i < end:
            for j in range(min(end, i + _LONGEST_NAME), i, -1):
                if connector[i] or connector[j - 1]:
                    continue
                text = text_of(i, j)
                known = self._run_texts.get(text)
                if known is None:
                    if len(self._run_texts) > _MEMO_SIZE:
                        self._run_texts.clear()
                    known = self._run_texts[text] = (bool(self._exact_match(text)),
                                                     self.kb.countries.lookup(text))
                in_dictionary, country = known
                if not in_dictionary and not country and i - start >= 2:
                    in_dictionary = self._organ_of_possessor(arrays, start, i, j)
                if in_dictionary and j - i == 1 and (
                        (i > start and name_token[i - 1]) or self._inside_personal_name(arrays, i, end)) \
                        and self._exact_match(text).entry.type == "PERSON":
                    # "Aminata Kaboré" is not the Kaboré the dictionary knows by surname, nor is
                    # "Kaboré Issa Moussa": the whole name decides, when the tagger reads it
                    continue
                if in_dictionary and i - start >= 2 and arrays.lower_list[i - 1] == _OF_ID \
                        and arrays.lower_list[i - 2] == _GOVERNMENT_ID and not country:
                    # "the Government of National Unity": the government's name, not the party of
                    # that name the dictionary knows
                    found.append((i - 2, j, "ORG"))
                    i = j - 1
                    break
                if in_dictionary and _name_goes_on_past_hyphen(arrays.doc, j) \
                        and self._exact_match(text).entry.type == "PERSON":
                    continue  # "Park Jin-woo" is not the Park Jin the dictionary knows
                if in_dictionary:
                    found.append((i, j, ""))
                    i = j - 1
                    break
                if country and not (j < end and country.kind == "capital" and name_token[j]
                                    and not self.kb.roles.is_role_word(arrays.string(arrays.lower_list[j]))):
                    found.append((i, j, ""))
                    i = j - 1
                    break
            i += 1

    def _organ_of_possessor(self, arrays: _TokenArrays, start: int, i: int, j: int) -> bool:
        """Whether tokens i..j, after a body's possessive within the run from ``start`` ("African
        Union" + "'s"), name an organ the dictionary knows with the body's name before it ("African
        Union Peace and Security Council"); the organ's dictionary name is kept for its claim."""
        if arrays.string(arrays.orth_list[i - 1]) not in ("'s", "’s") or j - i < 2:
            return False
        organ = arrays.span_text(i, j)
        for k in range(max(start, i - 4), i - 1):
            owner = self._exact_match(arrays.span_text(k, i - 1))
            if owner is None or owner.entry.type != "ORG":
                continue
            for owner_name in (owner.entry.name, arrays.span_text(k, i - 1)):
                found = self._exact_match(f"{owner_name} {organ}")
                if found is not None and found.how in ("exact", "alias") and found.entry.id != owner.entry.id:
                    self._table.possessed_organs[(i, j)] = f"{owner_name} {organ}"
                    return True
        return False

    @staticmethod
    def _inside_personal_name(arrays: _TokenArrays, i: int, end: int) -> bool:
        """Token i opens a longer name the tagger reads as one person's (a shared family name is no
        reason to take "Issoufou Maman Sani" for the Issoufou the dictionary knows)."""
        if i + 1 >= end or not arrays.name_token_list[i + 1] or arrays.connector_list[i + 1]:
            return False
        ent_type = arrays.ent_type_list
        return ent_type[i] == ent_type[i + 1] == _PERSON_LABEL_ID

    def _add_name(self, table: ActorTable, span: Span, claimed: set[int]) -> None:
        self._add_name_at(table, span.start, span.end, span.label_ if span.label_ else "", claimed)

    def _add_name_at(self, table: ActorTable, start: int, end: int, label: str,
                     claimed: set[int]) -> tuple[Optional[tuple[str, str]], bool]:
        """Claim the name on tokens start..end (entity label ``label``, or "") for its actor.

        Returns the claim made, (actor key, mention kind) or None, and whether the same name
        elsewhere, unclaimed, would get just that claim."""
        if not claimed.isdisjoint(range(start, end)):
            return None, False
        text = table.arrays.span_text(start, end)
        key = name_key(text)
        if not key:
            return None, True
        if _negated_name(table.doc, start, end):
            return None, False  # "a non-NATO ally", "non-EU citizens": outside the body, not the body
        width = end - start
        country = self.kb.countries.lookup(text)
        if country and country.kind != "demonym":
            draft = table.get(f"gpe:{country.iso3}", "GPE")
            draft.add_name(self.kb.countries.name(country.iso3))
            draft.add_name(text)
            draft.set_code("country", country.iso3, DICTIONARY, f"country-{country.kind}", text)
            # a state acting is its government (the ICEWS convention): "Canada condemned ..."
            draft.set_code("sector", country.sector or "GOV", DEFAULT_RULE, "state-as-government", text)
            claim = (draft.key, "name" if country.kind == "name" else country.kind)
            table._claim_tokens(start, end, *claim)
            claimed.update(range(start, end))
            return claim, True
        if country and country.kind == "demonym":
            if text.lower().endswith("s") and table.doc[end - 1].tag_ in ("NNPS", "NNS") \
                    and counted_people(table.doc[end - 1]):
                # "six Americans", "dozens of Israelis": people of that country, not its state
                head = table.doc[end - 1]
                first = min(head.left_edge.i, start)
                draft = table.get(f"group:people:{country.iso3}", "GROUP")  # one per country
                draft.head = "people"
                draft.add_name(table.arrays.span_text(first, end))
                draft.set_code("country", country.iso3, DICTIONARY, "country-people", text)
                draft.set_code("sector", "CVL", DEFAULT_RULE, "people-of-a-country", text)
                table._claim_tokens(first, end, draft.key, "description")
                claimed.update(range(first, end))
                return None, False
            if text.lower().endswith("s") and table.doc[end - 1].tag_ in ("NNPS", "NNS"):
                draft = table.get(f"gpe:{country.iso3}", "GPE")
                draft.add_name(self.kb.countries.name(country.iso3))
                draft.add_name(text)
                draft.set_code("country", country.iso3, DICTIONARY, "country-people", text)
                table._claim_tokens(start, end, draft.key, "demonym")
                claimed.update(range(start, end))
            return None, False  # the tag, not the words alone, decides
        match = self.match(table.possessed_organs.get((start, end), text), allow_partial=width > 1 or label == "PERSON")
        if match is None and label == "PERSON" and table.published is not None:
            match = self.kb.actors.match_in_office(text, table.published)  # "Bush" in 2008
        if match is None and label != "PERSON":
            # "APS" in a story naming Senegal and not Algeria is Senegal's press agency
            match = self.kb.actors.match_in_countries(text, lambda: self._countries_of_text(table.arrays))
        of_end, of_country = _of_country_end(self.kb, table.doc, end) if match else (end, None)
        if of_country and match.entry.country and of_country != match.entry.country:
            # "Liberal Democratic Party" + "of Russia": not the dictionary's Japanese party of that name
            end = of_end
            text, label, match = table.arrays.span_text(start, end), "ORG", None
            key = name_key(text)
        if match and match.how == "fuzzy" and match.entry.type == "ORG" and match.entry.country \
                and match.entry.country not in self._countries_of_text(table.arrays):
            match = None  # "Trade Union Congress" in a Nigerian story is not Britain's "Trades Union Congress"
        if match and match.entry.type == "ORG" and match.entry.sector in _PARTY_SECTORS \
                and (self._homonym_of_other_state(table.arrays, match.entry.country)
                     or self._state_in_passing(table.arrays, match.entry.country)):
            # a Malawian "Democratic Progressive Party" is not Taiwan's, nor a Mongolian "Democratic Party"
            # America's in a story naming "the U.S. Embassy" once: the story's states win
            match = None
        if match and match.entry.type == "ORG" and match.entry.sector in ("LEG", "JUD") and match.how == "alias" \
                and self.kb.roles.sector_of(text) is not None and not self._countries_in_name(text) \
                and self._homonym_of_other_state(table.arrays, match.entry.country):
            # a Comorian "Assembly of the Union" is not Myanmar's: a chamber's or court's other name made of
            # role words may be any state's ("State Department", a government's own name, stays)
            match = None
        if match and match.entry.type == "ORG" and match.entry.sector in STATE_SECTORS and match.entry.country \
                and self._possessed_by_other_state(table, start, match.entry.country):
            # "Kenya's National Intelligence Service" is Kenya's, not the dictionary's Korean body of that name
            return self._generic_body(table, start, end, text, key, claimed), False
        if match and match.entry.type == "PERSON" and match.how in ("surname", "alias") and width == 1 \
                and _placed_by_its_words(table.doc[end - 1], label):
            return None, False  # "near the town of Masisi": a place sharing a leader's surname
        if match and match.entry.type == "GPE" and match.how not in ("exact", "alias") \
                and self._body_kind_beside(Span(table.doc, start, end)) is not None:
            match = None  # "MTN Uganda, the country's largest operator": a firm named after its country
        if match and match.entry.type == "GPE" and (
                match.how not in ("exact", "alias") or _stands_as_place(table.doc[end - 1])):
            return None, False  # a region that acts as a state is only a place in "no vote in Puntland"
        if match and not (width == 1 and match.how == "fuzzy"):
            entry = match.entry
            generic_alias = match.how == "weak" and self._is_generic_body_word(text)
            if self._possessed_generic_body(table, start, text, entry) or (generic_alias and (
                    self._possessed_by_other_state(table, start, entry.country) or table.bodies_by_name.get(key))):
                # "his Security Council", "Armenia's Security Council", "Peru's Congress": a state's own body
                return self._generic_body(table, start, end, text, key, claimed), False
            fresh = f"dict:{entry.id}" not in table.drafts
            draft = table.get(f"dict:{entry.id}", entry.type)
            draft.generic_alias_only = generic_alias and (fresh or draft.generic_alias_only)
            draft.dictionary_id = entry.id
            draft.add_name(entry.name)
            draft.add_name(text)
            table._claim_tokens(start, end, draft.key, "name")
            claimed.update(range(start, end))
            return (draft.key, "name"), True
        type_ = self._name_type(Span(table.doc, start, end), label)
        if type_ is None:
            return None, True
        if type_ == "ORG" and self.kb.roles.sector_of(text) is not None:
            # "Armenia's Defence Ministry" and "Azerbaijan's Defence Ministry" are two bodies: a
            # generic name is told apart by the country named before it
            return self._generic_body(table, start, end, text, key, claimed), False
        draft = table.drafts.get(f"name:{key}") or table.get(f"name:{key}", type_)
        draft.add_name(text)
        table._claim_tokens(start, end, draft.key, "name")
        claimed.update(range(start, end))
        return (draft.key, "name"), True

    def _possessed_generic_body(self, table: ActorTable, start: int, text: str, entry) -> bool:
        """Whether a generic body name the dictionary gives an international body ("Security
        Council") has a person or a state as its possessor, and so is that one's own body."""
        if entry.country or not self.kb.roles.state_body(text) or name_key(text) == name_key(entry.name):
            return False
        if start >= 1 and table.doc[start - 1].lower_ in ("his", "her", "their", "our"):
            return True
        return self._possessed_by_other_state(table, start, None)

    def _is_generic_body_word(self, text: str) -> bool:
        """Whether a name is no more than the role word of a body of a state ("Congress", "Senate")."""
        role = self.kb.roles.sector_of(text)
        return role is not None and not role.person and role.sector is not None \
            and role.start == 0 and role.end >= len(text.rstrip(". "))

    def _possessed_by_other_state(self, table: ActorTable, start: int, iso: Optional[str]) -> bool:
        """Whether the name at token ``start`` has a state other than ``iso`` as its possessor ("Peru's")."""
        doc = table.doc
        if start < 2 or doc[start - 1].text not in ("'s", "’s", "'"):
            return False
        match = self.kb.countries.lookup(doc[start - 2].text)
        return match is not None and match.kind in ("name", "alias") and match.iso3 != iso

    def _rehome_generic_aliases(self, table: ActorTable) -> bool:
        """"Congress" in a story about Peru is Peru's: a body the dictionary knows only by a generic
        word is the body of another state named in full in the article ("Chile's Congress"), else the
        article's own country's when the article names nothing else of the dictionary's country.
        Returns whether any actor changed (the article's country is then counted again)."""
        main = table.main_country
        changed = False
        for d in list(table.drafts.values()):
            entry = self.kb.actors.get(d.dictionary_id) if d.generic_alias_only and d.dictionary_id else None
            if entry is None or entry.country is None:
                continue
            surface = [n for n in d.names if n != entry.name]
            role = self.kb.roles.sector_of(surface[0]) if surface else None
            if role is None:
                continue
            named = self._fuller_body_named(table, d, surface[0], role.sector, entry.country)
            if named is not None:  # "Chile's Congress ... outside Congress": the one named in full
                _unlink_dictionary(d, surface)
                table.merge(named, d.key)
                changed = True
                continue
            if not main or entry.country == main:
                continue
            if any(o.key != d.key and o.country == entry.country for o in table.drafts.values()):
                continue  # the article names that state: "Congress" may well be its own
            _unlink_dictionary(d, surface)
            d.set_code("country", main, CONTEXT, "article-country", main)
            d.set_code("sector", role.sector, TITLE, "name-role", role.term)
            changed = True
        return changed

    @staticmethod
    def _fuller_body_named(table: ActorTable, draft: ActorDraft, word: str, sector: Optional[str],
                           country: str) -> Optional[str]:
        """The one other body of the article, of another country than the dictionary's and of the
        same sector, whose name holds the generic word ("National Congress of Chile" for "Congress")."""
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        found = [o.key for o in table.drafts.values()
                 if o.key != draft.key and o.sector == sector and o.country not in (None, country)
                 and any(pattern.search(n) for n in o.names)]
        return found[0] if len(found) == 1 else None

    def _generic_body(self, table: ActorTable, start: int, end: int, text: str, key: str,
                      claimed: set[int]) -> tuple[str, str]:
        """The actor of a generic body name ("Defence Ministry"): one per country named before it; a
        mention with no country goes with the body of that name met last."""
        doc, i = table.doc, start - 1
        if i >= 1 and doc[i].text in ("'s", "’s", "'"):
            i -= 1
        # the country word may sit inside the tagger's entity ("Armenia's Defence Ministry" as one ORG)
        countries = self.countries_in(doc[i:i + 1]) if i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper() else []
        bodies = table.bodies_by_name.setdefault(key, [])
        if countries:
            draft_key = f"name:{key}:{countries[0]}"
        elif bodies:
            draft_key = bodies[-1]
        else:
            draft_key = f"name:{key}"
        draft = table.drafts.get(draft_key) or table.get(draft_key, "ORG")
        if countries:  # named first in full: "Armenia's Defence Ministry"
            draft.add_name(table.arrays.span_text(i, end))
            draft.set_code("country", countries[0], TITLE, "name-country", text)
        draft.add_name(text)
        if draft_key in bodies:
            bodies.remove(draft_key)
        bodies.append(draft_key)
        table._claim_tokens(start, end, draft.key, "name")
        claimed.update(range(start, end))
        return draft.key, "name"

    def _name_type(self, span: Span, label: str) -> Optional[str]:
        """PERSON or ORG for a name no dictionary knows, or None when it is no actor."""
        if label in ("ORG", "FAC") and self._personal_name_before_apposition(span):
            return "PERSON"  # "Lars de Vriesen, the U.N. envoy for Yemen", "Tomas Bagwis, 39,"
        if label in ("NORP", "LOC", "FAC") or not label:
            return None
        words = [t for t in span if t.is_alpha]
        if not words or not any(t.is_title or t.is_upper for t in words) and not (
                any(_camel_cased(t.text) for t in words) and not _qualifies_noun_after(span[-1])):
            return None
        if label in ("PERSON", "GPE") and _place_named_with_its_kind(words):
            return None  # "Zamfara State", "Garissa County": a region, whatever the tagger says
        if _named_as_kind_of_place(span):
            return None  # "the southern state of Tamil Nadu", "the town of Kidal": a place by its kind
        if _named_after_kind_of_place(span):
            return None  # "the bay Zolotoy Rog", "the island Sredny": a place by the noun before it
        # a personal name of two words or more is a firm's only by the kind noun before it
        if label in ("PERSON", "ORG", "GPE") and not self._is_place(span.text) \
                and self._body_kind_beside(span, apposition=label != "PERSON" or len(words) < 2) is not None:
            return "ORG"  # "State supplier Bulgargaz", "MTN Uganda, the country's largest operator,"
        if len(words) > 1 and (words[-1].text in CONTINENTS or self.kb.countries.lookup(words[-1].text)) \
                and not any(t.lower_ in ("in", "of", "for") for t in words):
            return None  # "West Africa", not "Front for Change and Concord in Chad"
        role = self.kb.roles.sector_of(span.text)
        if role is not None and role.person and span.text.lower().rstrip("s").endswith(role.term.split()[-1]) \
                and " of " not in f" {span.text.lower()[:role.start]}":
            # a title the tagger took for a name ("National Security Advisor"); "Federation of Workers"
            # is a body of such people
            return None
        if label in ("PERSON", "GPE") and _doer_with_which_clause(span) and not self._is_place(span.text):
            return "ORG"  # "Velmora, which runs the mine, said ...": "which", not "who", follows a body
        if label in ("PERSON", "GPE") and len(words) > 1 and words[-1].lower_ in _BUSINESS_NAME_ENDS:
            return "ORG"  # "Orvane Shipping", "Tessaly Precious Metals": a firm's name ending, no person's
        if label == "ORG":
            if len(words) == 1 and self._is_place(span.text) or self._is_place(span.text, ("city",)):
                return None  # a region or town the tagger took for an organisation ("Tigray", "El Fasher")
            if self._personal_name_after_title(span, words):
                return "PERSON"  # "spokesperson Luis Alberto Quispe", tagged as an organisation
            return "ORG"
        if label == "GPE":
            # a GPE the gazetteer cannot place but shaped like a personal name ("Riyadh Fakhri")
            if len(words) >= 2 and all(t.is_title for t in words) and not self._is_place(span.text):
                return "PERSON"
            return "PERSON?" if len(words) == 1 and not self._is_place(span.text) else None
        if len(words) == 1 and self._is_place(span.text, ("region", "country", "admin")):
            return None  # a region the tagger took for a person ("Tigray")
        return "PERSON"

    def _body_kind_beside(self, span: Span, apposition: bool = True) -> Optional[str]:
        """The sector of the kind of body the words around a name say it is: a lower-case kind noun
        before it ("State supplier Bulgargaz", "the telecoms operator Lintel") or, when ``apposition``,
        the head of a definite apposition after it ("MTN Uganda, the country's largest operator,").
        Only businesses, media and charities count (roles.yaml's kind nouns with one sector, or role
        nouns of bodies); None when the words name a person's role or no such body."""
        doc = span.doc
        k = span.start - 1
        while k >= 0 and doc[k].is_quote:
            k -= 1
        before = []
        while k >= 0 and len(before) < 3 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
                and doc[k].dep_ in ("compound", "amod", "nmod") and span.start <= doc[k].head.i < span.end:
            before.insert(0, doc[k])
            k -= 1
        heads = []
        if before and before[-1].is_lower and before[-1].pos_ == "NOUN":
            heads.append(before)
        for child in span.root.children if apposition else ():
            # "the country's largest operator", not "a rice distributor in Lagos" (a person's trade)
            if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN" and child.is_lower \
                    and any(t.dep_ == "poss" or t.lower_ == "the" for t in child.lefts):
                heads.append([t for t in child.lefts if t.dep_ in ("amod", "compound") and t.i > span.end] + [child])
        kinds = self.kb.roles.kind_references.nouns
        for words in heads:
            kind = kinds.get(words[-1].lemma_.lower())
            if kind is not None and len(kind.sectors) == 1 and kind.sectors[0] in _KINDS_TOLD_BESIDE:
                return kind.sectors[0]
            role = self.kb.roles.sector_of(" ".join(t.lower_ for t in words))
            # state bodies are named with their own words ("the spokesman of the government X" is a person)
            if role is not None and role.sector in _KINDS_TOLD_BESIDE and not role.person and not role.group:
                return role.sector
        return None

    def _personal_name_before_apposition(self, span: Span) -> bool:
        """Whether a name the tagger took for a body or a building is a person's: two to four
        capitalised words (name particles such as "de" or "van" may stand between them), no place,
        followed by a comma and either an age ("Tomas Bagwis, 39,") or an apposition whose words
        name a person's role ("Lars de Vriesen, the U.N. secretary-general's envoy for Yemen")."""
        words = [t for t in span if t.text != "-"]  # "Jean-Pierre", "Abdel-Karim": hyphenated given names
        if not 2 <= len(words) <= 5 or not words[0].is_title or not words[-1].is_title:
            return False
        if span[0].text == "-" or span[-1].text == "-":
            return False
        if not all(t.is_alpha and (t.is_title or t.lower_ in NAME_PARTICLES) for t in words):
            return False
        if any(t.tag_ != "NNP" and t.lower_ not in NAME_PARTICLES for t in words) or self._is_place(span.text):
            return False
        if any(self._title_like_word(t.orth, t.lower) for t in words):
            return False
        doc, end = span.doc, span.end
        if end + 1 >= len(doc) or doc[end].text != ",":
            return False
        after = doc[end + 1]
        if end + 2 < len(doc) and doc[end + 2].text in (",", ".") \
                and after.text.isdigit() and 10 <= int(after.text) <= 110:
            return True  # an age
        if after.lower_ not in ("the", "a", "an", "its", "their", "his", "her"):
            return False
        i = end + 1
        while i < len(doc) and doc[i].text not in (",", ".", ";", "(", ")") and not doc[i].is_sent_start:
            i += 1
        apposition = doc[end + 1:i]
        nouns = [t for t in apposition if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "pobj"]
        return any(self._is_person_title(t.text) for t in nouns)

    def _personal_name_after_title(self, span: Span, words: list[Token]) -> bool:
        """Whether a name of two or more capitalised proper nouns, none a title, honorific or
        country, comes right after a title for a person."""
        if span.start < 1 or len(words) < 2 or len(words) != len(span) or self._is_place(span.text):
            return False
        if not all(t.is_title and t.tag_ == "NNP" and not self._title_like_word(t.orth, t.lower) for t in words):
            return False
        doc = span.doc
        before = doc[span.start - 1]
        if before.lower_.rstrip(".") in HONORIFICS:
            return True  # "Dr Nkechi Obi"
        if before.text == "," and span.start >= 2 and span.end < len(doc) and doc[span.end].text in (",", ".") \
                and doc[span.start - 2].lower_ != "and":
            # "its president, Tendai Mukwena,", "the agency's representative in Lusaka, Dr X": the name in
            # apposition to a person's title
            if span.root.dep_ == "appos" and self._is_person_title(span.root.head.text):
                return True
            before = doc[span.start - 2]
        return self._is_person_title(before.text)

    def _place_glued_before_name(self, doc: Doc, start: int) -> bool:
        """Whether a person's name the tagger read starts with a town or capital that follows "in",
        "from" or "at" ("in Geneva Maria Lopez"), with no comma between the place and the name."""
        if start == 0 or doc[start - 1].lower_ not in ("in", "from", "at"):
            return False
        word = doc[start].text
        country = self.kb.countries.lookup(word)
        if country is not None:
            return country.kind in ("capital", "name")
        return self._is_place(word, ("city",))

    def _tail_of_a_town(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name the tagger read as a person ends a town's name whose first word it left out
        ("Dera" + "Ismail Khan", "Sidi" + "Bouzid"): the words together name a town the gazetteer knows."""
        before = doc[start - 1] if start > 0 else None
        # a title before the name keeps it a person's ("General Santos", "Coronel Oviedo" are towns too)
        return before is not None and before.is_title and before.pos_ == "PROPN" and not before.is_sent_start \
            and not before.ent_type_ and not self.kb.roles.is_role_word(before.lower_) \
            and not self._is_person_title(before.text) and self._is_place(doc[start - 1:end].text, ("city",))

    def _is_place(self, text: str, kinds: tuple[str, ...] = ()) -> bool:
        if text in self._place_kinds:
            kind = self._place_kinds[text]
        else:
            from newsgraph.pipeline.places import get_gazetteer

            place = get_gazetteer().lookup(text)  # the gazetteer never changes: its answers are kept
            if len(self._place_kinds) > _MEMO_SIZE:
                self._place_kinds.clear()
            kind = self._place_kinds[text] = None if place is None else place.kind
        return kind is not None and (not kinds or kind in kinds)

    def _link_acronyms(self, table: ActorTable, doc: Doc, acronyms: dict[str, Span], claimed: set[int]) -> None:
        """"Reporters Without Borders (RSF)": every RSF of the article is that organisation,
        whatever a dictionary says RSF stands for elsewhere."""
        if not acronyms:
            return
        defined = _member(table.arrays.orth, _string_ids(acronyms))
        for i in np.flatnonzero(defined).tolist():
            tok = doc[i]
            definition = acronyms.get(tok.text)
            if definition is None:
                continue
            if tok.i in claimed:
                self._join_translated_name(table, doc, definition, tok)
                continue
            self._claim_body_named_after_state(table, doc, definition, tok.text)
            owner = table.owner_of(definition)
            if owner is None:
                m = self.match(tok.text, allow_partial=False)
                if m is None:
                    continue
                self._add_name(table, doc[tok.i:tok.i + 1], claimed)
                continue
            draft = table.drafts[owner]
            if not draft.dictionary_id and self._dictionary_defines(tok.text, definition.text):
                entry = self.match(tok.text, allow_partial=False).entry
                # the name was left to the text as a namesake of another state's body (a Malawian
                # "Democratic Progressive Party"): its acronym does not make it that body again
                if entry.sector not in _PARTY_SECTORS or not self._homonym_of_other_state(table.arrays, entry.country):
                    draft.dictionary_id = entry.id
                    draft.add_name(entry.name)
            draft.add_name(tok.text)
            table.claim(doc[tok.i:tok.i + 1], owner, "acronym")
            claimed.add(tok.i)

    def _claim_body_named_after_state(self, table: ActorTable, doc: Doc, definition: Span, acronym: str) -> None:
        """"the Union of Democratic Forces of Guinea (UFDG)": a body no dictionary knows whose defined
        name closes on its country is that country's body (a party is not the state), read as one
        name; the words around its name and its acronym say whether it is the opposition or a party."""
        of = max((t.i for t in definition if t.lower_ == "of"), default=None)
        if of is None or of - definition.start < 2 or not any(t.is_title for t in doc[definition.start:of]):
            return
        place = doc[of + 1:definition.end]
        if len(place) and place[0].lower_ == "the":
            place = place[1:]
        country = self.kb.countries.lookup(place.text) if len(place) else None
        if country is None or country.kind not in ("name", "alias") \
                or self.kb.countries.lookup(definition.text) is not None \
                or self.kb.roles.state_body(definition.text) is not None:
            return
        owners = {table.token_owner.get(i) for i in range(definition.start, definition.end)} - {None}
        if any(table.drafts[o].type not in ("GPE", "GROUP", "ORG") or table.drafts[o].dictionary_id for o in owners):
            return  # a known or named body ("the Law Society of Kenya") is read as it was
        key = f"name:{name_key(definition.text)}"
        body = table.get(key, "ORG")
        body.add_name(definition.text)
        lo, hi = definition.start_char, definition.end_char
        for owner in owners:
            draft = table.drafts[owner]
            draft.mentions = [m for m in draft.mentions if m[1] <= lo or m[0] >= hi]
            if not draft.mentions:
                self._forget(table, owner)
        for i in range(definition.start, definition.end):
            table.token_owner[i] = key
        body.add_mention(lo, hi, "name")
        body.set_code("country", country.iso3, TITLE, "name-country", definition.text)
        sentences = {table.sent_start[definition.start]} | {
            table.sent_start[i] for i in np.flatnonzero(table.arrays.orth == get_string_id(acronym)).tolist()}
        words = {doc[i].lower_ for start in sentences for i in range(start, table.sent_end[start])}
        if "opposition" in words:
            body.set_code("sector", "OPP", TITLE, "party-cue", "opposition")
        elif words & {"party", "parties"}:
            ruling = bool(words & {"ruling", "governing"})
            body.set_code("sector", "GOV" if ruling else "PTY", TITLE, "party-cue", "party")

    def _dictionary_defines(self, acronym: str, name: str) -> bool:
        """Whether the dictionary entry an acronym names carries ``name`` (two words or more) in one
        of its names: "Internal Security Service" for KAPO, the Estonian Internal Security Service."""
        match = self._exact_match(acronym)
        words = set(name_key(name).split())
        if match is None or len(words) < 2:
            return False
        entry = match.entry
        if any(words <= set(name_key(n).split()) for n in (entry.name, *entry.aliases)):
            return True
        # only a body of no one state: a "Trade Union Congress" in a Chilean story is not Britain's
        return entry.type == "ORG" and entry.country is None and _translated_name_of(name, (entry.name, *entry.aliases))

    def _join_translated_name(self, table: ActorTable, doc: Doc, definition: Span, acronym: Token) -> None:
        """"the Economic Community of the States of West Africa (ECOWAS)": a name put into other words,
        defining an acronym the dictionary knows, is that body's (the translation is read as an alias)."""
        owner, known = table.owner_of(definition), table.token_owner.get(acronym.i)
        if owner is None or known is None or owner == known:
            return
        body, entry_draft = table.drafts[owner], table.drafts[known]
        if body.type != "ORG" or body.dictionary_id or not entry_draft.dictionary_id \
                or not self._dictionary_defines(acronym.text, definition.text):
            return
        table.merge(known, owner)

    def _link_surnames(self, table: ActorTable) -> None:
        """One actor per person: "Kazemi" and "Al-Kazemi" join "Mustafa Al-Kazemi"."""
        people = [d for d in table.drafts.values() if d.type in ("PERSON", "PERSON?")]
        full = [d for d in people if any(len(name_words(n)) >= 2 for n in d.names)]
        by_last: dict[str, list[ActorDraft]] = {}
        for d in full:
            for n in d.names:
                toks = name_words(n)
                if len(toks) >= 2:
                    # a double surname goes whole ("Adeyemi-Bakare") or by its last part
                    for last in {toks[-1], name_key(n).split()[-1]}:
                        by_last.setdefault(last, []).append(d)
                    by_last.setdefault(toks[0], [])  # a first name alone is not linked
        # a one-word "organisation" that is a named person's surname is that person ("Arce said")
        people += [d for d in table.drafts.values() if d.type == "ORG" and not d.dictionary_id
                   and len(name_words(d.names[0] if d.names else "")) == 1]
        # family name first: "Wang" is Wang Wenbin where the dictionary knows the name order
        by_first: dict[str, list[ActorDraft]] = {}
        for d in full:
            entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
            if entry is not None and entry.country in FAMILY_NAME_FIRST:
                by_first.setdefault(name_key(entry.name).split()[0], []).append(d)
        given_owners: Optional[dict[str, set[str]]] = None  # built once, at the first need
        for d in list(people):
            if d.key not in table.drafts or d in full:
                continue
            toks = name_words(d.names[0]) if d.names else []
            if len(toks) != 1:
                continue
            cands = {c.key for c in by_last.get(toks[0], []) + by_first.get(toks[0], []) if c.key in table.drafts}
            if not cands and self._after_honorific(table, d):
                # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a royal or
                # religious honorific is followed by the given name, which then stands for the person
                cands = {c.key for c in full if c.key in table.drafts and any(
                    _given_name(n) == toks[0] for n in c.names)}
            if not cands and not any(_presented_anew(table.doc, token_of_char(table.doc, start))
                                     for start, _, _ in d.mentions):
                if given_owners is None:
                    given_owners = self._given_name_owners(table)
                cands = {key for key in given_owners.get(toks[0], set()) - {d.key}
                         if key in table.drafts and table.drafts[key].first < d.first}
            if len(cands) == 1:
                keep = cands.pop()
                table.merge(keep, d.key)
        # single-word GPE-labelled names that matched no person are no actors
        for d in list(table.drafts.values()):
            if d.type == "PERSON?":
                if d.dictionary_id is None:
                    self._forget(table, d.key)
                else:
                    d.type = "PERSON"

    @staticmethod
    def _after_honorific(table: ActorTable, d: ActorDraft) -> bool:
        """Whether every mention of ``d`` by name follows an honorific that goes with a given name
        ("Sheikh", "Emir", "Prince")."""
        text = table.doc.text
        named = [s for s, _e, kind in d.mentions if kind == "name"]
        return bool(named) and all(text[max(0, s - 12):s].split()[-1:] and
                                   text[max(0, s - 12):s].split()[-1].lower() in _GIVEN_NAME_HONORIFICS
                                   for s in named)

    def _link_short_org_names(self, table: ActorTable) -> None:
        """One actor per organisation: "the Atomic Agency" is the International Atomic Energy Agency
        the article names in full, when its words, in order and with the same last word, fit exactly
        one longer name and one of them names more than a body's role ("Defence Ministry" does not)."""
        orgs = [d for d in table.drafts.values() if d.type == "ORG" and d.names]
        for d in orgs:
            if d.dictionary_id or d.key not in table.drafts or not d.key.startswith("name:"):
                continue
            words = name_key(d.names[0]).split()
            if len(words) < 2 or all(self.kb.roles.is_role_word(w) for w in words):
                continue
            fits = {o.key for o in orgs if o.key != d.key and o.key in table.drafts
                    and any(_shortens(words, name_key(n).split()) for n in o.names)}
            if len(fits) == 1:
                table.merge(fits.pop(), d.key)

    @staticmethod
    def _name_ministries_by_first_portfolio(table: ActorTable) -> None:
        """A ministry of two portfolios goes by its first one too ("Ministry of Foreign Affairs and
        International Cooperation" is "the Ministry of Foreign Affairs", and "the ministry")."""
        for d in table.drafts.values():
            if d.type in ("ORG", "GROUP") and not d.dictionary_id:
                for name in list(d.names):
                    first_portfolio = _first_portfolio(name)
                    if first_portfolio:
                        d.add_name(first_portfolio)

    @staticmethod
    def _geocode_dateline_town(table: ActorTable, dateline: str) -> None:
        """The state of a dateline's town that names no state nor capital ("Edéa, 19 April (Journal
        du Cameroun) -", "Bunia (DR Congo) (AFP) -"): a story filed from a town is about its state."""
        from newsgraph.pipeline.places import get_gazetteer

        found = _DATELINE_PLACE.match(dateline)
        if found is None:
            return
        name = found.group(0).strip()
        name = name.title() if name.isupper() else name
        place = get_gazetteer().lookup(name)
        if place is None or place.kind != "city" or not place.country:
            return
        entry = get_gazetteer().entry(place.id)
        if entry is None or name.lower().split()[-1] in _INTERNATIONAL_SEATS:
            return  # "GENEVA - The UN rights chief said Sudan ...": filed from no state of the story
        table.dateline_country = place.country
        # a city as large as a hub ("DUBAI - ... Iran", "JOHANNESBURG - ... Zimbabwe") files the news of a
        # region; a smaller town, that of its own state
        table.dateline_town = not entry.capital and entry.population < _HUB_POPULATION

    def _drop_dateline_only_places(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """Forget the states named only by a wire dateline's city ("BRUSSELS (Reuters) -"): the
        place a report was filed from is no actor."""
        datelines = _datelines(doc)
        if not datelines:
            return
        in_dateline = {d.country for d in table.drafts.values() if d.type == "GPE" and d.country and any(
            s <= start < e for s, e in datelines[:1] for start, _, _ in d.mentions)}
        if len(in_dateline) == 1:
            table.dateline_country = in_dateline.pop()
        elif not in_dateline:
            self._geocode_dateline_town(table, doc_text(doc)[slice(*datelines[0])])
        for d in list(table.drafts.values()):
            # "UNITED NATIONS, May 30 -": a body named as the place of filing is no actor either
            if d.type not in ("GPE", "ORG") or not d.mentions or not all(
                    any(s <= start < e and (d.type == "GPE" or start == s) for s, e in datelines)
                    for start, _, _ in d.mentions):
                continue
            for i, owner in table.token_owner.items():
                if owner == d.key:
                    claimed.discard(i)
            self._forget(table, d.key)

    def _drop_headline_only_names(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """Forget the names met only in Title Case headlines that nothing else confirms.

        A Title Case headline capitalises every word, so there the tagger's names say nothing
        ("France Condemns Arrest Of Journalist": no person "Condemns Arrest"). Such a name stays
        an actor when the body names it too, a country name it is, or the dictionary knows it by
        its name, an alias or a surname (not by a fuzzy or weak match)."""
        headlines = _title_case_headlines(doc)
        if not headlines:
            return
        text = table.arrays.text

        def in_headline(start: int) -> bool:
            return any(s <= start < e for s, e in headlines)

        for d in list(table.drafts.values()):
            if d.type not in ("PERSON", "ORG") or not all(in_headline(s) for s, _, _ in d.mentions):
                continue
            if d.dictionary_id and any(self._confirms(text[s:e], d.dictionary_id) for s, e, _ in d.mentions):
                continue
            for i, owner in table.token_owner.items():
                if owner == d.key:
                    claimed.discard(i)
            self._forget(table, d.key)

    def _confirms(self, surface: str, entry_id: str) -> bool:
        """Whether the dictionary names entry ``entry_id`` by ``surface`` whatever its letter case."""
        m = self.match(surface, allow_partial=True)
        return m is not None and m.entry.id == entry_id and m.how in ("exact", "alias", "surname")

    def _claim_surnames(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A person's surname alone, wherever the tagger missed it ("..., Arce said")."""
        owners: dict[str, set[str]] = {}
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous:
                continue
            for n in d.names:
                toks = name_key(n).split()
                if len(toks) >= 2:
                    owners.setdefault(toks[-1], set()).add(d.key)
        if not owners:
            return
        given = {name: keys for name, keys in self._given_name_owners(table).items() if name not in owners}
        n = len(doc)
        arrays = table.arrays
        orth = arrays.orth_list
        for i in np.flatnonzero(arrays.name_tokens).tolist():
            if i in claimed:
                continue
            hyphenated = i + 2 < n and orth[i + 1] == _HYPHEN_ID
            if not hyphenated and name_key(arrays.string(orth[i])) in given:
                self._claim_given_name(table, doc, i, given, claimed)
                continue
            if not hyphenated and name_key(arrays.string(orth[i])) not in owners:
                continue
            tok = doc[i]
            for width in ((3, 1) if hyphenated else (1,)):  # "Al - Kazemi" or "Arce"
                span = doc[tok.i:tok.i + width]
                if len(span) != width or any(t.i in claimed for t in span) or "\n" in span.text:
                    continue
                if width == 3 and not (span[1].text == "-" and _glued(span[0], span[1]) and _glued(span[1], span[2])):
                    continue
                keys = owners.get(name_key(span.text), set())
                if len(keys) == 1 and not self.kb.countries.lookup(span.text):
                    key = next(iter(keys))
                    table.drafts[key].add_name(span.text)
                    table.claim(span, key, "name")
                    claimed.update(t.i for t in span)
                    break

    def _given_name_owners(self, table: ActorTable) -> dict[str, set[str]]:
        """The given names that stand for one person named in full ("Anwar" for Anwar Ibrahim, as Malay,
        Indonesian, Thai and Arab names are shortened): a given name two people share, that is any
        actor's surname or one-word name, or a place's name, is left out ("Donald", "Jordan")."""
        given: dict[str, set[str]] = {}
        taken: set[str] = set()
        for d in table.drafts.values():
            for n in d.names:
                toks = name_key(n).split()
                if len(toks) == 1 and (d.dictionary_id or d.type not in ("PERSON", "PERSON?", "ORG")):
                    taken.add(toks[0])  # a known actor's or a place's one-word name ("Jordan")
                if d.type != "PERSON" or d.anonymous or len(toks) < 2:
                    continue
                taken.add(toks[-1])
                first = _given_name(n)
                if first and first != toks[-1]:
                    given.setdefault(first, set()).add(d.key)
        return {name: keys for name, keys in given.items()
                if len(keys) == 1 and name not in taken and len(name) > 2
                and not self.kb.countries.lookup(name.title()) and not self._is_place(name.title())}

    def _claim_given_name(self, table: ActorTable, doc: Doc, i: int, given: dict[str, set[str]],
                          claimed: set[int]) -> None:
        """Claim the one word at token ``i`` for the only person with that given name, unless it opens or
        closes a longer name ("Anwar Hassan") or an apposition presents someone new ("Anwar, 34,")."""
        tok = doc[i]
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN" \
                or i >= 1 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_sent_start:
            return
        if _presented_anew(doc, i):
            return
        (key,) = given[name_key(tok.text)]
        if min(start for start, _, _ in table.drafts[key].mentions) > tok.idx:
            return  # the full name comes first
        table.drafts[key].add_name(tok.text)
        table.claim(doc[i:i + 1], key, "name")
        claimed.add(i)

    def _claim_lowercase_names(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A known person written in lower case right after a title ("President obama"), as
        careless or machine-made text may have it: the dictionary decides, never the tagger."""
        arrays = table.arrays
        role_words = self._word_masks(arrays)[0]
        for i in (np.flatnonzero(role_words[:-1]) + 1).tolist():  # the word after each role word
            if i in claimed or not arrays.alpha_list[i]:
                continue
            word = arrays.string(arrays.orth_list[i])
            if not word.islower() or len(word) < 4:
                continue
            title = arrays.string(arrays.orth_list[i - 1])
            if not title[:1].isupper() or not self._is_person_title(title):
                continue
            match = self.match(word.capitalize(), allow_partial=True)
            if match is None or match.entry.type != "PERSON" or match.how not in ("exact", "alias", "surname"):
                continue
            draft = table.get(f"dict:{match.entry.id}", "PERSON")
            draft.dictionary_id = match.entry.id
            draft.add_name(match.entry.name)
            draft.add_name(word)
            table._claim_tokens(i, i + 1, draft.key, "name")
            claimed.add(i)

    def _drop_noise(self, table: ActorTable) -> None:
        """Fragments the tagger mistakes for names: a lone unknown word seen once, untitled."""
        for d in list(table.drafts.values()):
            if d.dictionary_id or d.type not in ("PERSON", "ORG") or not d.names or d.key in table.photo_credits:
                continue
            key = name_key(d.names[0])
            if d.type == "ORG" and self._is_generic_body_word(d.names[0]) \
                    and self.kb.roles.sector_of(d.names[0]).sector in ("LEG", "JUD"):
                continue  # "the Senate", "Congress": a state's chamber or court, named by its role word
            if self.kb.countries.lookup(key) or self.kb.roles.is_role_word(key):
                self._forget(table, d.key)
                continue
            toks = key.split()
            if len(toks) == 1 and len(d.mentions) < 2 and not self._has_title(table, d) \
                    and not self._made_name_standing_alone(table, d) and not self._body_with_which_clause(table, d) \
                    and not self._body_of_a_kind_told(table, d):
                self._forget(table, d.key)

    def _body_of_a_kind_told(self, table: ActorTable, d: ActorDraft) -> bool:
        """A body's one-word name that the words beside it present as a firm, outlet or charity
        ("State supplier Norvagaz", "Dravelo, the country's largest operator,")."""
        if d.type != "ORG" or not d.mentions:
            return False
        span = table.doc.char_span(d.mentions[0][0], d.mentions[0][1], alignment_mode="expand")
        return span is not None and self._body_kind_beside(span) is not None

    @staticmethod
    def _made_name_standing_alone(table: ActorTable, d: ActorDraft) -> bool:
        """A body's made name in camel case that stands as a noun phrase of its own ("according to
        NetBlocks"), not a make before the noun it qualifies ("BrahMos cruise missiles")."""
        if d.type != "ORG" or not _camel_cased(d.names[0]) or not d.mentions:
            return False
        span = table.doc.char_span(d.mentions[0][0], d.mentions[0][1], alignment_mode="expand")
        return span is not None and not _qualifies_noun_after(span[-1])

    @staticmethod
    def _body_with_which_clause(table: ActorTable, d: ActorDraft) -> bool:
        """A body's one-word name introduced as a doer with a "which" clause ("Velmora, which runs
        the mine, said ...")."""
        if d.type != "ORG" or not d.mentions:
            return False
        span = table.doc.char_span(d.mentions[0][0], d.mentions[0][1], alignment_mode="expand")
        return span is not None and _doer_with_which_clause(span)

    def _has_title(self, table: ActorTable, d: ActorDraft) -> bool:
        for s, e, _ in d.mentions:
            span = table.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and _title_tokens(span, self._is_title_word, table.sent_start[span.start]):
                return True
        return False

    @staticmethod
    def _forget(table: ActorTable, key: str) -> None:
        table.drafts.pop(key, None)
        for i, owner in list(table.token_owner.items()):
            if owner == key:
                del table.token_owner[i]

    # -- descriptions, groups, anonymous sources -------------------------------------------
    def _state_modifier(self, table: ActorTable, head: Token) -> list[str]:
        """The country a proper-noun modifier outside the description's own words names ("U.S.
        companies", when the description starts after "U.S.")."""
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and child.i < head.i and child.ent_type_ == "GPE":
                countries = self.countries_in(child.doc[child.i:child.i + 1])
                if countries:
                    return countries
        return []

    def _origin_country(self, head: Token) -> list[str]:
        """The country a description's "from" phrase names ("dissidents from Myanmar", "fighters from
        neighbouring Syria"), or where it has its seat ("companies registered in Cyprus"); a place
        inside a country ("from Aleppo") says where they came from, not whose they are, so only
        country names count."""
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.i + 1]
        # "two companies registered in the United Arab Emirates", "a firm based in Dubai"
        preps += [p for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _SEAT_VERBS
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
        return self._pobj_country(preps, ("name", "alias"))

    def _pobj_country(self, preps: list[Token], kinds: tuple[str, ...],
                      ent_types: Optional[tuple[str, ...]] = None) -> list[str]:
        """The country the first proper-noun object of `preps` names as one of `kinds` (a name, an
        alias, a capital), as a one-item list, or []."""
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    # "from Uganda's Karamoja region", "in Kenya's Turkana county": the state owning the place
                    obj = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), obj)
                    if obj.dep_ == "poss" and (match := self.kb.countries.lookup(obj.text)) is not None \
                            and match.kind in ("name", "alias"):
                        return [match.iso3]
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or (ent_types and obj.ent_type_ not in ent_types):
                    continue
                match = self.kb.countries.lookup(obj.doc[obj.left_edge.i:obj.i + 1].text) \
                    or self.kb.countries.lookup(obj.text)
                if match is not None and match.kind in kinds:
                    return [match.iso3]
        return []

    def _capital_country(self, text: str) -> Optional[str]:
        """The country whose capital `text` names ("Beijing" -> CHN), or None."""
        match = self.kb.countries.lookup(text)
        return match.iso3 if match is not None and match.kind == "capital" else None

    def _seat_country(self, head: Token, role) -> list[str]:
        """The country a domestic body sits in, from an "in" phrase right after it ("a court in
        Guyana", "police in Nairobi"): the country, or the state whose capital it names."""
        if role is None or role.sector not in _DOMESTIC_SECTORS:
            return []
        preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == head.i + 1]
        return self._pobj_country(preps, ("name", "alias", "capital"), ("GPE", "LOC"))

    def _seat_named_before(self, head: Token, role: Optional[RoleMatch]) -> list[str]:
        """The country a domestic body sits in, from the city named before it ("a Moscow court",
        "Nairobi police"): a court or a police force named by its city is that state's, and the city
        is where it sits, not the state acting."""
        if role is None or role.sector not in _DOMESTIC_SECTORS:
            return []
        for word in head.lefts:
            if word.dep_ not in ("compound", "amod") or not word.is_title:
                continue
            place = head.doc[word.left_edge.i:word.i + 1].text
            # the parser reads a city before a noun as a place, a people or an adjective ("Tunis",
            # "Kyiv"); a word it reads as none of them is a city only as a capital ("Police officers")
            state = self._seat_country_of(place) if word.ent_type_ in ("GPE", "LOC", "NORP") \
                else self._capital_country(place)
            if state is not None:
                return [state]
        return []

    def _of_state_country(self, head: Token, role) -> list[str]:
        """The state a state body belongs to when "of" and the state's name follow it ("the army of
        Sudan", "the government of Niger"): that state, not the story's."""
        if role is None or role.person or role.sector not in STATE_SECTORS:
            return []
        preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1]
        return self._pobj_country(preps, ("name", "alias"))

    def _same_body_before(self, table: ActorTable, head: Token, role, iso: str) -> Optional[str]:
        """The only body of state ``iso`` named before ``head`` with the same sector and head noun ("the
        Sudanese army" before "the army of Sudan"), else None."""
        lemma = head.lemma_.lower()
        found = {d.key for d in table.drafts.values() if d.type == "ORG" and d.country == iso
                 and d.sector == role.sector and d.first < head.idx and lemma in self._body_heads(d)}
        return found.pop() if len(found) == 1 else None

    def _descriptions(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """Unnamed actors: anonymous sources, organisations described by country and role noun
        ("the Iranian Foreign Ministry"), and groups ("the armed factions", "police")."""
        arrays = table.arrays
        role_words, anonymous, _ = self._word_masks(arrays)
        agent_heads = self._plural_title_ends.mask(arrays.lower, doc.vocab.strings)
        body_heads = self._body_term_heads.mask(arrays.lower, doc.vocab.strings) | agent_heads \
            | self._plural_people_ends.mask(arrays.lower, doc.vocab.strings)
        crewed = self._crewed_vehicle_roles(doc, arrays)
        heads = ((arrays.pos == NOUN) | (arrays.pos == PROPN)) & arrays.is_alpha & (arrays.dep != _COMPOUND_DEP) \
            & (role_words | anonymous | body_heads)
        heads[list(crewed)] = True
        # a body named as the modifier of its own staff: "the U.S. embassy staff", "the interior
        # ministry employees" (the body acts through them, and is an actor of its own)
        staffed = {i for i in np.flatnonzero(role_words & (arrays.dep == _COMPOUND_DEP)).tolist()
                   if arrays.string(arrays.lemma_list[arrays.head_list[i]]).lower() in _STAFF_OF_BODY_LEMMAS
                   and arrays.head_list[i] == i + 1}
        heads[list(staffed)] = True
        string, lowers, lemmas, tags = arrays.string, arrays.lower_list, arrays.lemma_list, arrays.tag_list
        headline_verbs = headline_verb_words(doc)  # "police raid opposition offices": no description across "raid"
        for i in np.flatnonzero(heads).tolist():
            if i in table.token_owner or i in claimed:
                continue
            start = crewed[i] if i in crewed else _description_start(arrays, i)
            start = max([start] + [v + 1 for v in headline_verbs if start <= v < i])
            role = self.kb.roles.sector_of(arrays.span_text(start, i + 1))
            if role is not None and role.group and i + 2 < len(doc) and lowers[i + 1] == _OF_ID:
                role = self._group_named_with_of(doc, start, i) or role
            lemma = string(lemmas[i]).lower()
            anonymous_head = lemma in ANONYMOUS_LEMMAS
            head = doc[i]
            bare_house = role is not None and role.sector == "LEG" and not role.person \
                and _bare_legislature(head, start, _determiner(head))
            if not anonymous_head and not bare_house \
                    and (role is None or role.term.split()[-1] not in (string(lowers[i]), lemma)):
                continue  # as below, without the work that only the other branches need
            if i + 2 < len(doc) and not head.whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
                continue  # the first half of a hyphenated modifier: "military-ruled", "army-backed"
            if head.dep_ == "pobj" and head.head.lower_ == "of" and (
                    self._portfolio_end(head.head.head) is not None
                    or head.is_title and head.head.head.lower_ in _PORTFOLIO_TITLES):
                # "Togo's minister of the armed forces", "the minister of the Internal Administration":
                # the words name the minister's portfolio
                continue
            if lemma == "force" and any(c.dep_ == "prep" and c.lower_ == "of"
                                        and any(g.lemma_.lower() in _ABSTRACT_FORCES for g in c.children)
                                        for c in head.children):
                continue  # "the full force of the law", "by force of arms": no force of men
            phrase = Span(doc, start, i + 1)
            of_state = self._of_state_country(head, role)
            # "the government of Niger" is Niger acting; "the army of Sudan" the Sudanese army named before
            known = (table.state_key(of_state[0]) if lemma == "government"
                     else self._same_body_before(table, head, role, of_state[0])) if of_state else None
            if known is not None:
                table.claim(phrase, known, "description")
                claimed.update(range(start, i + 1))
                continue
            named_state: list[str] = []
            if head.is_title and lemma in _PORTFOLIO_BODIES:
                # "the Ministry of economy of Armenia"
                phrase, named_state = self._with_lower_case_portfolio(head, phrase)
            countries = named_state or self.countries_in(phrase) or self._state_modifier(table, head) or self._origin_country(head) \
                or self._seat_country(head, role) or self._seat_named_before(head, role) \
                or self._of_state_country(head, role) \
                or (_possessor_state(table, head)
                    if role is not None and (not role.group or role.sector in STATE_SECTORS) else [])
            if agent_heads[i] and not countries and (not role_words[i] or role is not None and " " in role.term) \
                    and not counted_people(head):
                # "border guards" alone: only "Polish border guards" says whose agents they are; counted
                # ("23 civil servants") they are a group of people the story tells of, of its state
                # ("the guards" alone are the guards of the place the story tells of)
                continue
            if i in staffed:
                body = Span(doc, start, i + 1)
                if not countries:  # "the Egyptian foreign ministry spokesman": the state modifies the whole
                    people = doc[i + 1]
                    wide_start = _description_start(arrays, people.i)
                    if wide_start > 1 and doc[wide_start - 1].text in ("'s", "’s") \
                            and doc[wide_start - 2].ent_type_ in ("GPE", "NORP"):
                        wide_start -= 2  # "India's foreign ministry"
                    body = Span(doc, min(wide_start, start), i + 1)
                    countries = self.countries_in(body) or _possessor_state(table, people)
                if countries and role is not None and role.sector and not role.person and not role.group \
                        and role.term.split()[-1] in (string(lowers[i]), lemma) and not anonymous_head:
                    self._described_org(table, head, body, role, countries)
                continue
            det = _determiner(head)
            if det in _DEFINITE_PLURAL_DETERMINERS and lemma in _DEED_VERBS_OF_DOER:
                continue  # "the attackers": the doer told before, read once every name is claimed
            tag = string(tags[i])
            if anonymous_head and (det in INDEFINITE or (not det and tag == "NNS")):
                if tag == "NNS" or (_apposed_person(table, head) is None and not _person_apposed_inside(table, head)):
                    # "a spokesman, Issa Moussa," and "a spokesman for the group, Issa Moussa," are named
                    self._anonymous(table, head, phrase, role, countries)
                continue
            if not bare_house and (role is None or role.term.split()[-1] not in (string(lowers[i]), lemma)
                                   or role.abstract):
                continue
            if lemma in _PAIR_WORDS and _back_to_a_pair(head):
                continue  # "the two parties", "both sides": the pair named before, no new group
            if lemma == "party" and tag == "NNS" and start == i and det == "the":
                continue  # "called on the parties to respect the truce": the sides, not political parties
            if _in_brackets(doc, start, i + 1) and not head.is_title:
                continue  # "(social media)": a caption's credit, nobody acting
            if tag in ("NNS", "NNPS") and role.sector and self._coordinated_groups(table, head, role):
                continue  # "government and rebel forces": a group of each kind
            if role.person:
                plural = tag in ("NNS", "NNPS")
                if plural and not role.group and role.kin:
                    continue  # "the church and its sons": kin named in titles, never a group of their own
                if plural and _names_a_pair(table, head):
                    continue  # "the two ministers": the two people named before, no new group
                if plural and role.sector:
                    self._group(table, head, phrase, role, countries)  # "North Korean soldiers"
                elif det in ("a", "an") and role.sector and _apposed_person(table, head) is None and (
                        countries or table.main_country and role.sector not in _OFFICE_SECTORS):
                    # "a Guinean army colonel"; "a radio commentator was shot": a private person of the
                    # story's state (coded later); "a former vice president" names someone the text names
                    self._unnamed_person(table, head, phrase, role, countries)
                continue  # definite person descriptions are resolved to named people later
            elif countries and not role.group and tag in ("NN", "NNP") and role.sector:
                self._described_org(table, head, phrase, role, countries)
            elif role.sector and (role.group or det or tag in ("NNS", "NNPS") or bare_house):
                if tag == "NN" and not role.group and det not in ("the", "this", "that") and not countries \
                        and not bare_house:
                    continue  # "with all force": a mass noun, nobody acting
                if tag == "NN" and det in ("the", "this", "that") and not countries and start == i:
                    # the only body with that head noun named in this sentence or the one before: of two so
                    # close ("the Kenyan and the Ugandan government"), which one is meant is unsaid
                    body = table.body_before(head, lambda d: not d.key.startswith("group:")
                                             and lemma in self._body_heads(d), sentences=1)
                    if body is None and role.sector not in STATE_SECTORS:
                        # "Gazprom ... The company said"; a state's "the government" is no earlier body
                        body = self._body_of_kind_before(table, head, role.sector)
                    if body is not None:  # "Armenia's Defence Ministry said ... The ministry said"
                        first = head.i - 1 if doc[head.i - 1].lower_ == det else head.i
                        table.claim(Span(doc, first, head.i + 1), body, "description")
                        table.drafts[body].add_name(head.text)
                        continue
                    phrase = _with_body_complement(table, head, phrase, self.kb.roles.is_role_word)  # "the general staff of the armies"
                elif tag == "NN" and det in ("the", "this", "that") and not countries and not role.group:
                    phrase = _with_body_complement(table, head, phrase, self.kb.roles.is_role_word)
                self._group(table, head, phrase, role, countries)
            elif lemma == "delegation" and countries:
                self._group(table, head, phrase, role, countries, sector="GOV")

    def _group_named_with_of(self, doc: Doc, start: int, head: int):
        """The role of a group noun read with its "of" complement, when the whole is a role term
        of its own: "the forces of order" (the police, as French "forces de l'ordre" is translated)
        are not the army that "forces" alone would be."""
        of = doc[head + 1]
        objects = [t for t in of.children if t.dep_ == "pobj"]
        if not objects:
            return None
        whole = self.kb.roles.sector_of(doc[start:objects[0].i + 1].text)
        if whole is None or " of " not in whole.term or not whole.sector:
            return None
        role = self.kb.roles.sector_of(doc[start:head + 1].text)
        return replace(role, sector=whole.sector, base_sector=whole.sector, sector_term=whole.term)

    def _crewed_vehicle_roles(self, doc: Doc, arrays) -> dict[int, int]:
        """The last word of a force's name that modifies a vessel or vehicle it crews ("a Libyan
        coast guard patrol boat", "a navy ship"): the force acts through it. Only the first role
        word before the vehicle counts ("coast guard", not "coast guard patrol"). Maps that word to
        where the force's description starts ("Libyan")."""
        found: dict[int, int] = {}
        vehicles = np.flatnonzero(self._crewed_vehicle_lemmas.mask(arrays.lemma, doc.vocab.strings)
                                  & (arrays.pos == NOUN))
        for vehicle in (doc[i] for i in vehicles.tolist()):
            start = vehicle.left_edge.i
            while start < vehicle.i and doc[start].pos_ in ("DET", "NUM", "PUNCT"):
                start += 1
            for k in range(start, vehicle.i):
                if not doc[k].is_alpha:
                    break
                role = self.kb.roles.sector_of(doc[start:k + 1].text)
                # a crew is a force's: a group ("coast guard", "police") or an armed service ("navy", "army")
                if role is not None and (role.group or role.sector in _CREWING_SECTORS) and role.sector \
                        and not role.person and role.term.split()[-1] in (doc[k].lower_, doc[k].lemma_.lower()):
                    found[k] = start
                    break
        return found

    def _claim_doers_named_by_their_deed(self, table: ActorTable, doc: Doc) -> None:
        """"Gunmen stormed a prison ... The attackers arrived in trucks": a definite noun that names a
        group by a violent deed ("the attackers", "the kidnappers") is the doer of the last such deed
        told before it, when the text names that doer as a group or a body; else the group of the
        same noun named before ("Ugandan raiders ... the raiders"); else a group of its own, of the
        story's state."""
        arrays = table.arrays
        for i in np.flatnonzero(_member(arrays.lemma, _DEED_DOER_LEMMA_IDS)).tolist():
            noun = doc[i]
            if i in table.token_owner or noun.pos_ != "NOUN":
                continue
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in _DEFINITE_PLURAL_DETERMINERS:
                continue
            lemma = noun.lemma_.lower()
            doer = _doer_of_the_deed_before(table, noun) or table.body_before(
                noun, lambda d: d.head == lemma, types=("GROUP",))
            if doer is not None:
                table.claim(doc[det.i:i + 1], doer, "description")
                continue
            role = self.kb.roles.sector_of(noun.lower_)
            if role is None or not role.sector or noun.tag_ not in ("NNS", "NNPS"):
                continue
            self._group(table, noun, Span(doc, _description_start(arrays, i), i + 1), role, [])
            draft = table.drafts.get(table.token_owner.get(i, ""))
            if draft is not None and not draft.country and table.main_country and not draft.foreign:
                draft.set_code("country", table.main_country, CONTEXT, "article-country", table.main_country)

    def _supporters_of_people(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"Supporters of Alexei Navalny said ...", "UCV supporters marched", "opposition supporters":
        the supporters are a group of their own, of the country and sector of whom they back (a
        person, a party, a club or a described group), not the backer himself."""
        arrays = table.arrays
        lemmas, tags = arrays.lemma_list, arrays.tag_list
        for i in np.flatnonzero(_member(arrays.lemma, _SUPPORTER_LEMMA_IDS)).tolist():
            if i in table.token_owner or i in claimed or arrays.string(tags[i]) not in ("NNS", "NNPS"):
                continue
            head = doc[i]
            of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            backer_token = obj if obj is not None and obj.i in table.token_owner else next(
                (c for c in head.lefts if c.dep_ in ("poss", "compound", "amod") and c.i in table.token_owner), None)
            backer = table.token_owner.get(backer_token.i) if backer_token is not None else None
            start = _description_start(arrays, i)
            if backer is None:
                # "opposition supporters": a group of the sector its role word names, of the story's state
                kind = next((c for c in head.lefts if c.dep_ in ("amod", "compound") and c.is_alpha), None)
                role = self.kb.roles.sector_of(kind.lower_) if kind is not None else None
                if role is not None and role.sector and not role.person and not role.abstract:
                    phrase = Span(doc, start, i + 1)
                    self._group(table, head, phrase, role, self.countries_in(phrase))
                    claimed.update(range(start, i + 1))
                continue
            if table.drafts[backer].type not in ("PERSON", "ORG", "GROUP"):
                continue
            end = obj.right_edge.i + 1 if backer_token is obj else i + 1
            key = f"group:supporters:{backer}"
            draft = table.drafts.get(key) or table.get(key, "GROUP")
            draft.head = arrays.string(lemmas[i]).lower()
            draft.add_name(doc[start:end].text)
            draft.affiliation = backer
            table._claim_tokens(start, i + 1, key, "description")
            claimed.update(range(start, i + 1))

    @staticmethod
    def _body_of_kind_before(table: ActorTable, head: Token, sector: str, sentences: int = 2) -> Optional[str]:
        """The organisation a bare "the company" / "the union" refers to when no name ends in that
        word: the last named organisation of the word's sector ("Gazprom" for "the company", BUS),
        or of any sector but government for a word with none ("the organisation"), in this sentence
        or the `sentences` before."""
        return table.body_before(
            head, lambda d: not d.key.startswith(("group:", "gpe:")) and not d.anonymous
            and ((d.sector == sector) if sector else d.sector not in (None, "GOV")),
            sentences=sentences, unique=False)

    def _possessed_bodies(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"The European Union's monitoring mission in Armenia": a unit that an organisation's
        possessive names is an organisation of its own, affiliated to the possessor."""
        arrays = table.arrays
        lemmas, deps, heads = arrays.lemma_list, arrays.dep_list, arrays.head_list
        for i in range(arrays.n):
            if deps[i] != _POSS_DEP or heads[i] <= i:
                continue
            owner = table.token_owner.get(i)
            possessor = table.drafts.get(owner) if owner else None
            head = doc[heads[i]]
            if possessor is None or possessor.type != "ORG" or head.lemma_.lower() not in _UNIT_NOUNS \
                    or head.pos != NOUN or head.i in table.token_owner or head.i in claimed:
                continue
            if head.lemma_.lower() == "office" and any(c.lower_ == "good" for c in head.children):
                continue  # "the AU's good offices": its mediation, not a unit of it
            first = i + 1
            while first < head.i and doc[first].text in ("'s", "’s", "'"):
                first += 1
            if any(k in table.token_owner for k in range(first, head.i)):
                continue
            end = head.i + 1
            # where the unit works: "in Armenia"
            if end + 1 < len(doc) and doc[end].lower_ in ("in", "to", "for") and doc[end].head.i == head.i:
                place = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
                if place is not None and place.ent_type_ in ("GPE", "LOC"):
                    end = place.i + 1
            own_start = next(s for s, e, _ in possessor.mentions if s <= doc[i].idx < e) \
                if any(s <= doc[i].idx < e for s, e, _ in possessor.mentions) else doc[i].idx
            start = token_of_char(doc, own_start)
            name = doc.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
            key = f"unit:{possessor.key}:{head.lemma_.lower()}"
            draft = table.drafts.get(key) or table.get(key, "ORG")
            draft.add_name(name)
            draft.head = head.lemma_.lower()
            draft.affiliation = possessor.key
            table._claim_tokens(first, end, key, "name")
            claimed.update(range(first, end))

    def _word_masks(self, arrays: _TokenArrays) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Masks of the tokens whose lower-case form is a role word, whose lemma is one of
        ANONYMOUS_LEMMAS, and whose lemma is one of ORG_REFERENCE_HEADS (all lower-cased)."""
        if arrays.word_masks is None:
            strings = arrays.doc.vocab.strings
            arrays.word_masks = (self._role_words.mask(arrays.lower, strings),
                                 self._anonymous_lemmas.mask(arrays.lemma, strings),
                                 self._org_head_lemmas.mask(arrays.lemma, strings))
        return arrays.word_masks

    @staticmethod
    def _described_person(table: ActorTable, head: Token, name: str, phrase: Span, role,
                          countries: list[str]) -> ActorDraft:
        """A person known only by a description, coded from its words."""
        key = f"anon:{head.i}"
        draft = table.get(key, "PERSON")
        draft.anonymous = True
        draft.head = head.lemma_.lower()
        draft.add_name(name)
        draft.role = phrase.text
        draft.titles.append(phrase.text)
        table.claim(phrase, key, "description")
        if countries:
            draft.set_code("country", countries[0], TITLE, "description-country", phrase.text)
        if sector := _role_sector(role, countries[0] if countries else None):
            draft.set_code("sector", sector, TITLE, "description-role", role.term)
        return draft

    def _unnamed_person(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        """"A Guinean army colonel": a person the text describes but does not name (yet)."""
        self._described_person(table, head, phrase.text, phrase, role, countries)

    def _anonymous(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        """"An Iraqi government source in the prime minister's office", with its affiliation."""
        full = _with_prep_modifiers(head)
        draft = self._described_person(table, head, full.text, phrase, role, countries)
        # what the source speaks for may be a description not read yet ("a source in the government
        # delegation"): `_link_anonymous_affiliations` looks once every description is claimed
        start = full.start + len(phrase) if full.start == phrase.start else full.start
        draft.affiliation_tokens = (max(start, head.i), full.end)
        # "a senior State Department official": the body named inside the description
        inside = [table.token_owner[i] for i in range(phrase.start, head.i) if i in table.token_owner]
        bodies = [k for k in inside if k != draft.key and table.drafts[k].type == "ORG"]
        if bodies:
            draft.affiliation = bodies[-1]

    def _link_anonymous_affiliations(self, table: ActorTable) -> None:
        """"A source in the Hezbollah Brigades", "a source in the government delegation": the first
        actor named in the source's prepositional phrase is what it speaks for; "a source of the
        organisation": the organisation named just before."""
        doc = table.doc
        for draft in table.drafts.values():
            if draft.affiliation_tokens is None or draft.affiliation:
                continue
            for i in range(*draft.affiliation_tokens):
                owner = table.token_owner.get(i)
                if owner is None and doc[i].lemma_.lower() in ORG_REFERENCE_HEADS \
                        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in doc[i].children) \
                        and not any(c.dep_ in ("amod", "compound") and c.i < i for c in doc[i].children):
                    # a bare "the organisation" refers back; "the presidential office" is a body of its own
                    role = self.kb.roles.sector_of(doc[i].lower_)
                    owner = self._body_of_kind_before(table, doc[i], role.sector if role else None)
                if owner and owner != draft.key and table.drafts[owner].type in ("ORG", "PERSON", "GPE", "GROUP"):
                    if draft.head in _POSTED_ROLES and _named_by_capital(table, owner, i):
                        continue  # "a diplomat in Brussels" is posted there, not Belgium's
                    draft.affiliation = owner
                    break

    def _group(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str],
               sector: Optional[str] = None) -> None:
        country = countries[0] if countries else None
        arrays = table.arrays
        lowers = arrays.lower_list[phrase.start:phrase.end]
        # "foreign forces" are not the article's own; a "foreign ministry" is no foreign body
        term_words = set(role.term.split()) if role is not None else set()
        foreign = any(lower in _FOREIGN_WORD_IDS and arrays.string(lower) not in term_words for lower in lowers)
        lemma = head.lemma_.lower()
        if head.tag_ == "NNP" and role is not None and head.lower_ == pluralise(role.term):
            lemma = role.term.split()[-1]  # "Gunmen" the tagger took for a name: the gunman group
        alpha = arrays.alpha_list
        mods = self._content_modifiers(frozenset(
            arrays.string(lower) for i, lower in enumerate(lowers, phrase.start) if i != head.i and alpha[i]))
        crewing = self._force_crewing_the_vehicle(head) if lemma in _CREW_HEADS and not country else None
        if crewing is not None:  # "the frigate's crew" after "a French navy frigate": French sailors
            country, sector = crewing
        same = [d for d in table.drafts.values() if d.type == "GROUP" and d.head == lemma
                and (d.country in (None, country) if country else d.country in (None, table.main_country))
                and all(_nested(mods, self._name_modifiers(n)) for n in d.names)]
        told = _group_told_before(table, head, lemma) if not country and not mods else None
        key = told or (same[0].key if same else f"group:{lemma}:{country or ''}:{head.i}")
        draft = table.get(key, "GROUP")
        draft.head = lemma
        text = arrays.span_text(phrase.start, phrase.end)
        draft.add_name(text)
        table._claim_tokens(phrase.start, phrase.end, key, "description")
        affiliate = _affiliated_with(table, head) or _named_owner(table, head)
        if affiliate and affiliate != key:
            draft.affiliation = draft.affiliation or affiliate
        draft.foreign = draft.foreign or foreign
        if country:
            draft.set_code("country", country, TITLE, "description-country", text)
        if sector := sector or _role_sector(role, country):
            draft.set_code("sector", sector, TITLE, "description-role", role.term)

    def _counted_people(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"killed 12 people", "arrested dozens of people", "abducted 20 persons": people the text only
        counts are civilians, a group of the country the phrase names, else of the story's state (not
        the state itself, which the bare count would otherwise fall back to)."""
        civilians = self.kb.roles.sector_of(_CIVILIAN_TERM)
        if civilians is None:
            return
        arrays = table.arrays
        for i in np.flatnonzero(_member(arrays.lemma, _COUNTED_PEOPLE_LEMMA_IDS)).tolist():
            head = doc[i]
            if i in table.token_owner or i in claimed or head.tag_ != "NNS" or not counted_people(head) \
                    or head.dep_ not in _COUNTED_PEOPLE_DEPS:
                continue  # the people an act is done to; those "killed" or "wounded" are a casualty count
            if head.dep_ == "pobj" and not (head.head.lower_ == "of" and head.head.head.lower_ in _COUNT_HEADS
                                            and head.head.head.dep_ == "dobj"):
                continue
            verb = head.head if head.dep_ == "dobj" else head.head.head.head
            if verb.lemma_.lower() in _CASUALTY_VERBS:
                continue  # "the blast killed two people": a toll, told with its act
            start = _description_start(table.arrays, i)
            phrase = Span(doc, start, i + 1)
            self._group(table, head, phrase, civilians, self.countries_in(phrase) or self._origin_country(head))
            claimed.update(range(start, i + 1))

    def _force_crewing_the_vehicle(self, crew: Token) -> Optional[tuple[str, str]]:
        """(country, sector) of the force a vehicle's crew serves in ("the frigate's crew" after "a
        French navy frigate"), as the last mention of the same vehicle before names it."""
        vehicle = next((c for c in crew.children if c.dep_ == "poss"), None)
        if vehicle is None or vehicle.lemma_.lower() not in _CREWED_VEHICLES or _determiner(vehicle) != "the":
            return None
        doc = crew.doc
        for i in range(vehicle.i - 1, -1, -1):
            if doc[i].lemma_ != vehicle.lemma_ or doc[i].left_edge.i == i:
                continue
            words = Span(doc, doc[i].left_edge.i, i)
            force = self.kb.roles.sector_of(words.text)
            countries = self.countries_in(words)
            if force is not None and force.sector and countries:
                return countries[0], force.sector
        return None

    def _coordinated_groups(self, table: ActorTable, head: Token, role) -> bool:
        """One group per coordinated modifier of a plural head ("government and rebel forces",
        "Iraqi and Kurdish fighters"), when each modifier is a role word or names a people; the
        sides stage reads the phrase as all of them (`ActorTable.group_parts`)."""
        first = next((c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i
                      and any(k.dep_ == "conj" for k in c.children)), None)
        if first is None:
            return False
        mods = [first] + [k for k in first.children if k.dep_ == "conj" and k.i < head.i]
        roles = self.kb.roles
        if len(mods) < 2 or not all(m.is_alpha and (roles.is_role_word(m.lower_) or m.ent_type_ in ("NORP", "GPE")
                                                    or self.countries_in(m.doc[m.i:m.i + 1])) for m in mods):
            return False
        lemma = head.lemma_.lower()
        keys = []
        for n, mod in enumerate(mods):
            part = roles.sector_of(f"{mod.lower_} {head.lower_}")
            sector = part.sector if part is not None and part.sector else role.sector
            countries = self.countries_in(mod.doc[mod.i:mod.i + 1])
            key = f"group:{lemma}:{countries[0] if countries else ''}:{mod.i}"
            draft = table.get(key, "GROUP")
            draft.head = lemma
            draft.add_name(f"{mod.text} {head.text}")
            last = n == len(mods) - 1
            table._claim_tokens(mod.i, head.i + 1 if last else mod.i + 1, key, "description")
            if countries:
                draft.set_code("country", countries[0], TITLE, "description-country", mod.text)
            if sector:
                draft.set_code("sector", sector, TITLE, "description-role", f"{mod.lower_} {head.lower_}")
            keys.append(key)
        table.group_parts[head.i] = keys
        return True

    def _group_on_demand(self, table: ActorTable, span: Span) -> Optional[str]:
        """The group a plural role noun names where the actor stage made none, as in a Title Case
        headline the parser read as names ("Sanctions on U.S. Companies")."""
        head = span.root
        if head.i in table.token_owner or head.tag_ not in ("NNS", "NNPS", "NNP") or not head.text[:1].isupper():
            return None  # lower-case role nouns the actor stage left alone it left alone on purpose
        role = self.kb.roles.sector_of(head.lower_)
        if role is None or not role.sector or role.abstract:
            return None
        if head.tag_ == "NNP" and head.lower_ != pluralise(role.term):
            return None  # a plural the tagger took for a name ("Gunmen stormed"), never a singular
        phrase = Span(table.doc, span.start, head.i + 1)
        self._group(table, head, phrase, role, self.countries_in(phrase))
        key = table.token_owner.get(head.i)
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and not draft.country and table.main_country and not draft.foreign \
                and draft.sector and draft.sector not in _STATELESS_SECTORS:
            # as `_code_from_context` codes the groups the actor stage made: the story's own
            draft.set_code("country", table.main_country, CONTEXT, "article-country", table.main_country)
        return key

    def _content_modifiers(self, words: frozenset[str]) -> frozenset[str]:
        """A description's modifiers less the ones naming a country ("Iraqi" in "Iraqi factions")."""
        return frozenset(w for w in words if not self.kb.countries.lookup(w.capitalize()))

    def _name_modifiers(self, name: str) -> frozenset[str]:
        """`_content_modifiers` of a group name's modifier words, kept per name."""
        mods = self._group_name_modifiers.get(name)
        if mods is None:
            if len(self._group_name_modifiers) > _MEMO_SIZE:
                self._group_name_modifiers.clear()
            mods = self._group_name_modifiers[name] = self._content_modifiers(_modifier_words_of_name(name, ""))
        return mods

    def _described_org(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        country = countries[0]
        region = _region_possessor(table, head)
        # a region's body is not its state's: "Somaliland's foreign ministry" beside Somalia's
        key = f"org:{country}:{role.term}" + (f":{name_key(region.text)}" if region is not None else "")
        draft = table.get(key, "ORG")
        draft.head = head.lemma_.lower()
        phrase = _with_capitalised_of(table, head, phrase)  # "the Nepal Ministry of Home Affairs"
        if region is not None and region.end <= phrase.start:
            # "Somaliland's foreign ministry": the region's own body, named with the region
            phrase = Span(table.doc, region.start, phrase.end)
        elif region is None:
            # "Togo's foreign ministry": named with the state's possessive, as when the parser
            # reads the state as a place
            owner_start = _state_possessor_start(table, head, country, phrase.start)
            if owner_start is not None:
                phrase = Span(table.doc, owner_start, phrase.end)
        draft.add_name(phrase.text)
        table.claim(phrase, key, "description")
        draft.set_code("country", country, TITLE, "description-country", phrase.text)
        draft.set_code("sector", role.sector, TITLE, "description-role", role.term)

    def _code_org_names(self, table: ActorTable, doc: Doc) -> None:
        """Names no dictionary knows, coded from their own words: "National Iranian Gas Company"."""
        for d in table.drafts.values():
            if d.type == "ORG" and not d.dictionary_id:
                self._name_posted_mission(table, doc, d)
        for d in table.drafts.values():
            if d.dictionary_id or d.type != "ORG" or d.key.startswith(("org:", "group:", "unit:")):
                continue  # a unit takes its codes from its organisation ("the EU's mission in Armenia")
            for name in d.names:
                role = self.kb.roles.sector_of(name)
                if role and role.person and not role.group and _words_after_role(name, role.end) \
                        and role.term not in _MEMBER_WORDS_IN_NAMES:
                    # "National Salvation Front": a person's word ("national") modifies its head; one for
                    # the people the body gathers gives its sector ("Anti-Quota Student Platform")
                    role = None
                if role and role.sector and role.person and role.group and role.term in _WORKING_TRADES \
                        and {w.lower() for w in _words(name)} & _TRADE_BODIES:
                    # "African Farmers' Association", "Nurses' Union": working people's own body
                    d.set_code("sector", "LAB", TITLE - 1, "name-members", name)
                elif role and role.sector:
                    # a body named after private people ("Tenants' Watch Trust", "Residents' Forum") is
                    # their civil-society group, not civilians
                    sector = "NGO" if role.sector == "CVL" and role.person else role.sector
                    d.set_code("sector", sector, TITLE - 1, "name-role", role.term)
                    d.head = role.term
                elif (unit_sector := _NAMED_UNIT_SECTORS.get(_words(name)[-1].lower() if _words(name) else "")):
                    d.set_code("sector", unit_sector, TITLE - 1, "name-unit", name)
                found = [m.iso3 for _, _, m in self.kb.countries.find_all(name) if m.kind != "capital"]
                if found:
                    d.set_code("country", found[0], TITLE - 1, "name-country", name)
            # "China's Foreign Ministry": the possessor names the country
            for start, end, _ in list(d.mentions):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or span.start < 2 or doc[span.start - 1].text not in ("'s", "'"):
                    continue
                owner = table.token_owner.get(span.start - 2)
                if owner and table.drafts[owner].type == "GPE":
                    d.set_code("country", table.drafts[owner].country, TITLE, "possessor-country", doc[span.start - 2:span.end].text)
                    d.add_name(doc[span.start - 2:span.end].text)
            # "the Law Society of Kenya": the country the name closes on
            for start, end, _ in list(d.mentions):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
                    continue
                owner = table.token_owner.get(span.end + 1)
                if owner and table.drafts[owner].type == "GPE" and table.drafts[owner].country:
                    d.set_code("country", table.drafts[owner].country, TITLE, "name-country",
                               doc[span.start:span.end + 2].text)
                    if table.token_owner.get(span.end + 2) != owner:
                        d.add_name(doc[span.start:span.end + 2].text)  # "Ministry of Foreign Affairs of Brazil"
            self._code_seat_of_government(table, doc, d)
            self._code_from_kind_noun_before(doc, d)
            self._code_state_body(table, d)

    def _code_bodies_by_their_members(self, table: ActorTable, doc: Doc) -> None:
        """A body no dictionary knows and whose name's head gives no sector, coded from what it is
        made of: a firm's name ending ("Gyeorae Construction", "Kaleza Capital") or a trade's members
        in its name ("Association of Meat Importers") are BUS; an apposition or relative clause
        saying whom it gathers ("Education International, the global federation of teachers'
        unions", "the X Association, which represents exporters") gives the members' sector."""
        for d in table.drafts.values():
            if d.type != "ORG" or d.dictionary_id or d.sector or d.anonymous or not d.key.startswith("name:"):
                continue
            for name in d.names:
                words = [w.lower() for w in _words(name)]
                if words and words[-1] in _BUSINESS_NAME_ENDS or set(words) & _BUSINESS_MEMBERS:
                    d.set_code("sector", "BUS", TITLE - 1, "name-members", name)
                    break
            if d.sector:
                continue
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                members = self._members_told_of(span) if span is not None else None
                sector = self._members_sector(members) if members is not None else None
                if sector:
                    d.set_code("sector", sector, TITLE - 1, "members", doc[members.left_edge.i:members.i + 1].text)
                    break
                group = self._self_naming_group(span) if span is not None else None
                coded = self._group_code(table, group) if group is not None else None
                if coded is None and span is not None and (group := _forces_of(span)) is not None:
                    # "the armed groups of the X (CMA)", "the fighters of X": a body whose forces they are
                    coded = self._group_code(table, group)
                    coded = coded if coded is not None and coded[0] in _ARMED_BODY_SECTORS else None
                if coded is not None:
                    d.set_code("sector", coded[0], TITLE - 1, "self-named", doc[group.left_edge.i:group.i + 1].text)
                    if coded[1]:
                        d.set_code("country", coded[1], CONTEXT, "self-named", doc[group.left_edge.i:group.i + 1].text)
                    break

    @staticmethod
    def _members_told_of(span: Span) -> Optional[Token]:
        """The noun for the members of the body named by ``span`` that the text gives right after it:
        "X, the global federation of teachers' unions" (unions), "X, which represents exporters"."""
        root = span.root
        for child in root.children:
            if child.i < span.end:
                continue
            if child.dep_ == "appos" and child.lemma_.lower() in _GATHERING_BODIES:
                return next((o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None)
            if child.dep_ == "relcl" and child.lemma_.lower() in _GATHERING_VERBS:
                return next((o for o in child.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS")), None)
        return None

    @staticmethod
    def _self_naming_group(span: Span) -> Optional[Token]:
        """The noun for the group that gives itself the name ``span``: "a breakaway faction calling
        itself X" (faction), "the officers, who call themselves the X" (officers), "the soldiers gave
        themselves a name: the X" (soldiers); None when no such words come right before the name."""
        doc = span.doc
        j = span.start - 1
        if j >= 0 and doc[j].lower_ in ("the", "a", "an"):
            j -= 1
        named_with_a_colon = j >= 2 and doc[j].lower_ == ":" and doc[j - 1].lower_ == "name"
        if named_with_a_colon:  # "gave themselves a name: X"
            j -= 2
            if doc[j].lower_ in ("a", "the"):
                j -= 1
        if j < 1 or doc[j].lower_ not in ("itself", "themselves") or doc[j - 1].lemma_.lower() not in _SELF_NAMING_VERBS:
            return None
        if doc[j - 1].lemma_.lower() == "give" and not named_with_a_colon:
            return None  # "gave itself X" gives no name ("gave itself time"); only "gave itself a name: X" does
        verb = doc[j - 1]
        if verb.dep_ in ("acl", "relcl"):
            noun = verb.head
        else:
            while verb.dep_ == "conj" and verb.head is not verb:  # "... closed the borders and gave themselves"
                verb = verb.head
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if noun is not None and noun.tag_ in ("WP", "WDT"):
                noun = verb.head if verb.head is not verb else None
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None

    def _group_code(self, table: ActorTable, noun: Token) -> Optional[tuple[str, Optional[str]]]:
        """The sector and country of the group ``noun`` names: the group actor it was read as, else
        the sector roles.yaml gives its words ("breakaway faction" REB); None when neither has one."""
        owner = table.token_owner.get(noun.i)
        draft = table.drafts.get(owner) if owner is not None else None
        if draft is not None and draft.type == "GROUP" and draft.sector:
            return draft.sector, draft.country
        role = self.kb.roles.sector_of(noun.doc[noun.left_edge.i:noun.i + 1].text)
        return (role.sector, None) if role is not None and role.sector else None

    def _members_sector(self, members: Token) -> Optional[str]:
        """The sector of a body's members as a plural noun names them: "exporters" BUS, "teachers'
        unions" LAB, "rights groups" NGO; None for people roles.yaml gives a person's sector."""
        if members.lower_ in _BUSINESS_MEMBERS:
            return "BUS"
        words = [t for t in members.subtree if t.i <= members.i and t.dep_ not in ("det", "amod", "predet")]
        phrase = " ".join(t.text for t in words) if words else members.text
        role = self.kb.roles.sector_of(phrase)
        return role.sector if role is not None and role.sector and not role.person else None

    def _name_posted_mission(self, table: ActorTable, doc: Doc, d: ActorDraft) -> None:
        """"the Chinese Embassy in Japan", "the US Consulate in Erbil": a mission's name goes on with the
        host state or city it is posted to (the host is not its state)."""
        if not any(_POSTS_ABROAD & set(_words(name.lower())) for name in d.names):
            return
        for start, end, _ in list(d.mentions):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" or not doc[span.end + 1].is_title:
                continue
            place_end = span.end + 1
            while place_end < len(doc) and place_end - span.end <= 3 and doc[place_end].is_title:
                place_end += 1
            place = doc[span.end + 1:place_end].text
            if self.kb.countries.lookup(place) is not None or self._is_place(place):
                d.add_name(doc[span.start:place_end].text)

    def _code_from_kind_noun_before(self, doc: Doc, d: ActorDraft) -> None:
        """"the company "Sahel Wings"", "the carrier Atlas Skyways": a name no dictionary knows and whose own
        words give no sector takes the sector of the lower-case noun of its kind just before it, or of
        the kind an apposition gives it ("Lintel, the country's largest operator")."""
        if d.sector:
            return
        for start, end, _ in d.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            k = span.start - 1
            while k >= 0 and doc[k].is_quote:
                k -= 1
            if k < 1 or not doc[k].is_lower or doc[k].pos_ != "NOUN":
                continue
            first = k - 1 if k >= 2 and doc[k - 1].is_lower and doc[k - 1].dep_ == "compound" else k
            if doc[first - 1].lower_ not in ("the", "a", "an"):
                continue  # "the internet monitor NetBlocks": one compound word may qualify the kind
            role = self.kb.roles.sector_of(doc[first:k + 1].text.lower())
            if role is not None and role.sector and not role.person and not role.group:
                d.set_code("sector", role.sector, TITLE - 1, "kind-before", doc[k:span.end].text)
                return
        for start, end, kind in d.mentions:
            span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
            sector = self._body_kind_beside(span) if span is not None else None
            if sector is not None:
                d.set_code("sector", sector, TITLE - 1, "kind-beside", span.text)
                return

    def _code_seat_of_government(self, table: ActorTable, doc: Doc, d: ActorDraft) -> None:
        """"the Government of National Unity in Tripoli": a government or council the text places in a
        state's capital or land is that state's (an embassy or mission in a capital is not the host's)."""
        for start, end, _ in d.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" \
                    or _SEATED_BODY_WORDS.isdisjoint(w.lower() for w in _words(span.text)):
                continue
            place_end = span.end + 1
            while place_end < len(doc) and place_end - span.end <= 3 and doc[place_end].is_title:
                place_end += 1
            place = self.kb.countries.lookup(doc[span.end + 1:place_end].text) if place_end > span.end + 1 else None
            if place is not None:
                d.set_code("country", place.iso3, TITLE, "seat-country", doc[span.start:place_end].text)
                return

    def _code_state_body(self, table: ActorTable, d: ActorDraft) -> None:
        """"Presidential Leadership Council", "Central Bank": a name with a state-body word is a
        body of the article's country when the text names no other, with the sector its role
        words give, else the lexicon's sector for state bodies."""
        if d.country and d.sector:
            return
        roles = self.kb.roles
        body = next((word for word in map(roles.state_body, d.names) if word), None)
        if body is None:
            return
        if d.sector is None and roles.state_bodies.sector:
            d.set_code("sector", roles.state_bodies.sector, TITLE - 1, "state-body", body)
            d.head = d.head or body
        home = self._capital_naming_body(d) or self._framing_state(table, d) or table.main_country
        if d.country is None and home:
            d.set_code("country", home, CONTEXT, "article-country", home)

    def _capital_naming_body(self, d: ActorDraft) -> Optional[str]:
        """The state whose capital opens a body's name ("Kabul Municipality", "Moscow City Duma")."""
        for name in d.names:
            words = name.split()
            for k in (2, 1):
                if len(words) > k:
                    iso = self._capital_country(" ".join(words[:k]))
                    if iso is not None:
                        return iso
        return None

    def countries_in(self, phrase: Span) -> list[str]:
        """Countries a phrase names by name or demonym before its first preposition
        ("the Iranian Foreign Ministry spokesman" → IRN; "correspondent in Baghdad" → none)."""
        table = self._table
        if table is not None and phrase.doc is table.doc:
            arrays = table.arrays
            pos, dep, orth = arrays.pos_list, arrays.dep_list, arrays.orth_list
            start = end = phrase.start
            while end < phrase.end:
                if pos[end] == ADP and dep[end] == _PREP_DEP and end > start or orth[end] in _PHRASE_STOP_ID_SET:
                    break
                end += 1
            if end == start:
                return []
            text = arrays.span_text(start, end)
        else:
            toks = []
            for tok in phrase:
                if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.i > phrase.start or tok.text in (",", ";", "("):
                    break
                toks.append(tok)
            if not toks:
                return []
            text = phrase.doc[toks[0].i:toks[-1].i + 1].text
        found = self._countries_in_text.get(text)
        if found is None:
            found = self._countries_in_text[text] = self._countries_named_in(text)
        if not found and table is not None and phrase.doc is table.doc and self._shared_demonym_states(text):
            state = self._state_of_shared_demonym(table, text)
            return [state] if state else []
        return list(found)

    def _shared_demonym_states(self, text: str) -> frozenset[str]:
        """The states whose demonyms share the bare word ``text`` holds ("Korean": North and South
        Korea), none when it holds no such word."""
        found = _BARE_SHARED_DEMONYM.search(text) if _BARE_SHARED_DEMONYM is not None else None
        if found is None:
            return frozenset()
        return self._states_by_shared_demonym.get(found.group(1).lower(), frozenset())

    @cached_property
    def _states_by_shared_demonym(self) -> dict[str, frozenset[str]]:
        """Each shared demonym ("korean") and the states whose demonyms end with it."""
        demonyms = {iso: self.kb.countries.demonym(iso) or "" for iso in self.kb.countries.codes()}
        return {word: frozenset(iso for iso, demonym in demonyms.items() if demonym.endswith(" " + word.capitalize()))
                for word in get_words().actors.shared_demonyms}

    def _state_of_shared_demonym(self, table: ActorTable, text: str) -> Optional[str]:
        """The state a bare shared demonym stands for in this story: the only one of its states the
        text names, else the one named most often by name; None when two are named as often (never
        the first by the order of a list)."""
        named: Counter[str] = Counter()
        states = self._shared_demonym_states(text)
        for d in table.drafts.values():
            if d.type == "GPE" and d.country in states:
                named[d.country] += len(d.mentions)
        ranked = named.most_common(2)
        if len(ranked) == 1 or len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def _countries_named_in(self, text: str) -> list[str]:
        possessive = text
        text = text.replace("'s", " ").replace("’s", " ")
        out = []
        for start, end, m in self.kb.countries.find_all(text):
            if m.kind in ("demonym", "name", "alias") and m.iso3 not in out \
                    and not (m.kind == "demonym" and self._opens_a_region(text, start, end)):
                out.append(m.iso3)
            elif m.kind == "capital" and m.iso3 not in out and possessive[end:end + 2] in ("'s", "’s"):
                out.append(m.iso3)  # "Seoul's ambassador": a capital's possessive stands for its state
        for part in re.findall(r"[A-Za-z.]+(?:-[A-Za-z]+)+", text):
            for iso in self.kb.countries.split_compound(part):
                if iso not in out:
                    out.append(iso)
        return out

    @staticmethod
    def _opens_a_region(text: str, start: int, end: int) -> bool:
        """Whether the demonym at text[start:end] opens the name of a region the gazetteer knows and
        gives no one state ("the Korean Peninsula"): a place shared by states, not the state the word names."""
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        from newsgraph.pipeline.places import get_gazetteer

        place = get_gazetteer().lookup(text[start:following.end()])
        return place is not None and place.kind == "region" and place.country is None

    # -- coding ---------------------------------------------------------------------------
    def _code_from_titles(self, table: ActorTable, doc: Doc) -> None:
        """Appositions and titles next to a name: "the Iranian Foreign Ministry spokesman, Saeed Khatibzadeh"."""
        for d in list(table.drafts.values()):
            if d.type not in ("PERSON", "ORG") or d.anonymous or d.key.startswith(("group:", "org:")):
                continue
            for s, e, kind in list(d.mentions):
                if kind != "name":
                    continue
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                sent_start = table.sent_start[span.start]
                if not self._may_have_titles(table, span, sent_start):
                    continue
                for title in _titles_of(span, sent_start, self._is_title_word, self._is_person_title, self._is_rank,
                                        self._ends_person_title):
                    self._apply_title(table, d, title)

    def _code_people_described_by_their_work(self, table: ActorTable, doc: Doc) -> None:
        """"X, who heads a fishing cooperative", "X, who worked for a Chinese-owned company": a person
        with no title whom a relative clause describes by the body he heads or works for. He belongs
        to a body named there (whose code passes on by affiliation); else the body's kind gives his
        sector when roles.yaml knows it ("company" BUS, "union" LAB), and a body it does not know
        makes him a civilian. His country is left to the context: the body's is not his."""
        for d in list(table.drafts.values()):
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.sector or d.affiliation or d.role:
                continue
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                body = self._body_of_work_clause(span) if span is not None else None
                if body is None:
                    continue
                phrase = doc[body.left_edge.i:body.i + 1]
                owner = next((table.token_owner[t.i] for t in body.subtree if t.i in table.token_owner
                              and table.drafts[table.token_owner[t.i]].type == "ORG"
                              and table.token_owner[t.i].startswith("name:")), None)
                clause = body.head if body.head.pos_ in ("VERB", "AUX") else body.head.head
                d.role = doc[clause.i:body.i + 1].text  # "heads a fishing cooperative"
                if owner is not None:
                    d.affiliation = owner
                    break
                role = self.kb.roles.sector_of(phrase.text)
                sector = role.sector if role is not None and role.sector else "CVL"
                d.set_code("sector", sector, TITLE - 1, "work-clause", phrase.text)
                break

    @staticmethod
    def _body_of_work_clause(span: Span) -> Optional[Token]:
        """The head noun of the body a relative clause after a name says its bearer heads or works
        for (`work_verbs` in words.yaml: "who heads the association", "who worked for a company"),
        when it is a body's noun (`work_bodies`); else None."""
        for clause in span.root.children:
            if clause.dep_ != "relcl" or clause.i < span.end or clause.lemma_.lower() not in _WORK_VERBS \
                    or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                continue
            objects = [c for c in clause.children if c.dep_ == "dobj"] + [
                o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "with")
                for o in p.children if o.dep_ == "pobj"]
            for body in objects:
                if body.pos_ in ("NOUN", "PROPN") and (body.lemma_.lower() in _WORK_BODIES
                                                       or body.lower_ in _WORK_BODIES):
                    return body
        return None

    def _code_people_named_as_described(self, table: ActorTable, doc: Doc) -> None:
        """"The man, identified as X, ...", "Its spokesman, who gave his name as X, said": a name the
        text gives to a person it has described is that person's, and the description is his title."""
        for d in list(table.drafts.values()):
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.role or d.affiliation \
                    or d.country or d.sector:
                continue
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                if span is None:
                    continue
                root = span.root
                verb = root.head.head
                if root.dep_ != "pobj" or root.head.lower_ != "as" or verb.dep_ not in ("acl", "relcl") \
                        or verb.lemma_ not in _NAME_GIVING_VERBS or verb.lemma_ == "give" \
                        and not any(c.dep_ == "dobj" and c.lemma_ == "name" for c in verb.children):
                    continue
                described = verb.head
                if described.pos_ != "NOUN" or described.i >= span.start \
                        or not self._is_person_title(described.lemma_) or described.i in table.token_owner:
                    continue
                self._apply_title(table, d, doc[described.left_edge.i:described.i + 1])
                break

    def _may_have_titles(self, table: ActorTable, span: Span, sent_start: int) -> bool:
        """False where `_titles_of` surely finds nothing: no title word right before the name, and
        its root neither apposed, nor the object of a preposition, nor with an apposition."""
        arrays = table.arrays
        i = span.start - 1
        if i >= sent_start:
            if arrays.orth_list[i] != _PERIOD_ID or i == 0:
                last = arrays.string(arrays.lower_list[i]).rstrip(".")
            else:
                last = arrays.string(arrays.lower_list[i - 1])
            if self._is_title_word(last) or last in HONORIFICS \
                    or _office_of_at(table.doc, i, self._is_title_word, sent_start) is not None \
                    or self._ends_person_title(table.doc[max(sent_start, i - 3):i + 1]):
                return True
        root = span.root.i
        orth, dep, heads = arrays.orth_list, arrays.dep_list, arrays.head_list
        if root in arrays.appos_heads and span.end < arrays.n and orth[span.end] == _COMMA_ID:
            return True  # an apposition after the name
        if dep[root] in (_APPOS_DEP, _CONJ_DEP) and heads[root] < span.start and orth[span.start - 1] == _COMMA_ID:
            return True  # the name in apposition to what comes before (the parser may read it as a conjunct)
        if orth[span.start - 1] == _COMMA_ID and span.start - 2 >= sent_start and _apposition_closes_after(span) \
                and any(self._is_person_title(arrays.string(arrays.lower_list[k]))
                        for k in range(max(sent_start, span.start - 5), span.start - 1)):
            return True  # "according to the prosecutor, NAME": the parser may hang the name anywhere
        return dep[root] == _POBJ_DEP and arrays.lower_list[heads[root]] == _BY_ID

    def _ends_person_title(self, words: Span) -> bool:
        """Whether ``words`` end in a title for a person of several words whose last word is no
        title alone ("human rights defender", "border guard")."""
        if not len(words) or words[-1].lower_ not in self._title_end_words:
            return False
        role = self.kb.roles.sector_of(words.text)
        return role is not None and role.person and role.end >= len(words.text) - 1

    def _is_person_title(self, word: str) -> bool:
        role = self.kb.roles.sector_of(word)
        return role is not None and role.person

    def _is_rank(self, word: str) -> bool:
        """Whether a one-word title is a military rank ("General", "Colonel")."""
        role = self.kb.roles.sector_of(word)
        return role is not None and role.person and role.sector == "MIL"

    def _is_title_word(self, word: str) -> bool:
        word = word.lower()
        # "charge d'affaires": the tagger keeps the elided last word whole, a title's head for the parse
        return self.kb.roles.is_role_word(word) or "'" in word and word in self._title_end_words

    @staticmethod
    def _group_referred_in(table: ActorTable, title: Span) -> Optional[str]:
        """The organisation "the group" ("this movement") or "its" in a title refers to ("a spokesman
        for the group", "one of its leaders"), when a named one comes before."""
        if table.describe is None:
            return None
        before = title.doc[title.start - 1] if title.start > 0 else None
        # "its spokesman in Amman, X": the possessive may stand just before the title the name takes
        words = ([before] if before is not None and before.head.i in range(title.start, title.end) else []) \
            + list(title)
        for tok in words:
            if tok.lower_ in ("its", "their") and tok.dep_ == "poss":  # "one of its leaders, X"
                target = _subject_body_of_sentence_before(table, tok) or table.org_before(tok)
                if target and table.drafts[target].type == "GPE":
                    target = table.org_before(tok, past_places_reached=True) or target
                if target and table.drafts[target].type == "ORG":
                    return target
            if tok.lemma_.lower() in ORG_REFERENCE_HEADS and tok.i > title.start and tok.dep_ == "pobj" \
                    and title.doc[tok.i - 1].lower_ in ("the", "this", "that"):
                target = table.describe(title.doc[tok.i - 1:tok.i + 1])
                if target and table.drafts[target].type == "ORG":
                    return target
            if tok.i > 0 and tok.i + 1 < title.end and title.doc[tok.i + 1].lower_ in ("'s", "’s") \
                    and title.doc[tok.i - 1].lower_ in ("the", "this", "that") \
                    and tok.lemma_.lower() in _POSSESSED_BODY_HEADS:
                # "the movement's deputy head", "the foundation's chief executive": the body told of before
                word = tok.lemma_.lower()
                target = table.token_owner.get(tok.i)
                if target is None or table.drafts[target].type != "ORG":
                    text = table.doc.text
                    target = table.body_before(tok, lambda d: _names_body_word(d, word, text), sentences=3)
                if target is None and word in _GENERIC_BODY_WORDS:
                    # "The DSS said ... The agency's spokesman": the body the sentence before is about; a
                    # state's organ is no "group", which then stands for the body the text so called before
                    target = _subject_body_before(table, tok)
                    if word == "group" and (target is None or table.drafts[target].sector in STATE_SECTORS):
                        target = table.describe(title.doc[tok.i - 1:tok.i + 1])
                if target is None and word in _ARMED_GROUP_WORDS:
                    # "the group's spokesman" after "the M23 rebel movement": the armed group last told of
                    target = table.body_before(tok, lambda d: d.sector in _ARMED_GROUP_SECTORS and d.head != "delegation",
                                               sentences=2, unique=False, types=("ORG", "GROUP"))
                if target and (table.drafts[target].type == "ORG" or word in _ARMED_GROUP_WORDS):
                    return target
        return None

    def _code_from_described_body(self, table: ActorTable, d: ActorDraft, title: Span) -> None:
        """Code a person whose title points at a body the article describes but never names ("an
        opposition movement ... The movement's leader, X", "one of the recruitment agencies ... its
        director, X"): the body's country is the one its description names, else the story's; its
        sector the one its description gives, else its kind noun's (`described_bodies` in roles.yaml)."""
        body = self._described_body_before(table, title)
        if body is None:
            return
        doc = title.doc
        kinds = self.kb.roles.described_bodies
        words = [c for c in body.lefts if c.dep_ in ("compound", "amod") and c.i == body.i - 1] \
            or [c for c in body.lefts if c.dep_ in ("compound", "amod")]
        phrase = doc[words[0].i if words else body.i:body.i + 1]
        role = self.kb.roles.sector_of(phrase.text)
        sector = role.sector if role is not None and role.sector else kinds[body.lemma_.lower()]
        countries = self.countries_in(doc[body.left_edge.i:body.i + 1])
        country = countries[0] if countries else table.main_country
        d.set_code("country", country, AFFILIATION, "described-body", phrase.text)
        d.set_code("sector", sector, AFFILIATION, "described-body", phrase.text)

    def _described_body_before(self, table: ActorTable, title: Span) -> Optional[Token]:
        """The noun of the unnamed body a title points at: "the movement's" names its kind, "its"
        the nearest body kind before it; looked for in the sentence and the three before."""
        doc = title.doc
        kinds = self.kb.roles.described_bodies
        before = doc[title.start - 1] if title.start > 0 else None
        words = ([before] if before is not None and before.head.i in range(title.start, title.end) else []) \
            + list(title)
        wanted = None
        pointer = None
        for tok in words:
            if tok.lower_ in ("its", "their") and tok.dep_ == "poss":
                pointer, wanted = tok, frozenset(kinds)
                break
            if tok.i > 0 and tok.i + 1 < title.end and doc[tok.i + 1].lower_ in ("'s", "’s") \
                    and doc[tok.i - 1].lower_ in ("the", "this", "that") and tok.lemma_.lower() in kinds:
                pointer, wanted = tok, frozenset({tok.lemma_.lower()})
                break
        if pointer is None:
            return None
        for i, _start in table.positions_back(pointer.i, sentences=3, end=min(pointer.i, title.start)):
            tok = doc[i]
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in wanted:
                continue
            owner = table.drafts.get(table.token_owner.get(i, ""))
            if owner is not None and owner.type in ("ORG", "GPE", "PERSON"):
                return None  # a named body: the named references decide
            return tok
        return None

    def _country_before(self, table: ActorTable, title: Span) -> list[str]:
        """The country named right before a title ("U.S. special envoy X", "Iran's envoy X"), also
        when the tagger took the state for a person ("Togo's president X") but the table holds it as one."""
        doc, i = title.doc, title.start - 1
        if i >= 1 and doc[i].text in ("'s", "’s", "'"):
            i -= 1
        if i < 0:
            return []
        if doc[i].ent_type_ not in ("GPE", "NORP"):
            owner = table.token_owner.get(doc[i].i)
            if owner is None or table.drafts[owner].type != "GPE":
                return []
        return self.countries_in(doc[i:i + 1])

    def _apply_title(self, table: ActorTable, d: ActorDraft, title: Span) -> None:
        if _body_name_beside_own_title(table, d, title):
            return
        if d.type == "ORG" and d.dictionary_id and d.sector == "MED":
            return  # "in a message sent to Reuters, its spokesman, X": a known outlet holds no one's title
        text = title.text.replace('"', "").strip(" ,")
        text = re.sub(r"\s*\([^()]*\)", "", text)  # "African Union (AU) High Representative"
        text = re.sub(r"^(?:his|her|its|their)\s+", "", text, flags=re.IGNORECASE)  # "her counterpart"
        # the organisation named in the title: "spokesman for the political bureau of X", "X correspondent"
        org = org_token = None
        for tok in title:
            owner = table.token_owner.get(tok.i)
            if owner and owner != d.key and table.drafts[owner].type in ("ORG", "GPE"):
                if table.drafts[owner].type == "GPE" and tok.i + 1 < title.end and title.doc[tok.i + 1].is_title \
                        and table.token_owner.get(tok.i + 1) != owner:
                    continue  # "Helsinki Committee lawyer": the city is part of a body's name
                if table.drafts[owner].type == "GPE" and _stands_as_place(tok):
                    continue  # "a protest lodged in Beijing, Chief Cabinet Secretary X": where, not whose
                org, org_token = owner, tok
                if table.drafts[owner].type == "ORG":
                    break
        if org is None:
            org = self._group_referred_in(table, title)  # "a spokesman for the group, X"
        if org is None:
            self._code_from_described_body(table, d, title)  # "an opposition movement ... its leader, X"
        if title[-1].lemma_ in ("lead", "head", "command", "found") and org and table.drafts[org].type == "ORG":
            # "the movement led by X": X leads it, and takes its code
            d.affiliation = d.affiliation or org
            d.role = d.role or f"leader of {table.drafts[org].names[0]}"
            return
        role = self.kb.roles.sector_of(text)
        if org is None and role is not None and role.sector is None:
            # "senior adviser to Tsikhanouskaya": the person's camp
            for tok in title:
                owner = table.token_owner.get(tok.i)
                if owner and owner != d.key and table.drafts[owner].type == "PERSON" and tok.head.lower_ in ("to", "of"):
                    org = owner
            if org is None:
                org = self._person_whose_aide(table, d, title)  # "His spokesman, X": the camp of "his"
        state_spokesman = False
        if org is None and role is not None and _bare_spokesman_title(title):
            # "Laos accused Thai troops ... Spokeswoman X said": speaks for the subject of the sentence before
            org = _root_subject_actor_before(table, title)
            state_spokesman = org is not None and table.drafts[org].type == "GPE"
        if org and org_token is not None and role is not None and role.person and role.sector == "GOV" \
                and _accredited_to(org_token, title):
            org = None  # "Sudan's ambassador to the United Nations" serves Sudan, not the UN
        if org and (table.drafts[org].type in ("ORG", "PERSON")
                    or table.drafts[org].type == "GROUP" and table.drafts[org].sector in _ARMED_GROUP_SECTORS):
            d.affiliation = d.affiliation or org
        if role is None:
            return
        if role.kin:  # "Okafor's wife, X": of her husband's country
            d.kin_of = d.kin_of or _kin_named_in(table, d, title)
        if role.past and title[0].lower_ in ("a", "an") and self._in_office_on_publication(table, d):
            # "IGAD's executive secretary X, a former Ethiopian minister": an appositive tells his past, and the
            # office held that day codes X (a title before the name, "former Nigerian President X", still does)
            return
        if d.role is None or (d.role and "former" in d.role.lower() and not role.past):
            d.role = text
        if text not in d.titles:
            d.titles.append(text)
        countries = self.countries_in(title) or self._country_before(table, title)
        if not countries and role.country and not role.past and _bare_title(text, role) \
                and not _names_any(table.doc, role.country_unless):
            countries = [role.country]  # "Pope X": the Holy See's, wherever the story is
        if not countries and org is None and self._namesake_of_entry(d, text):
            # "The Minister of Defense, Pedro Sánchez" in a Colombian story: not Spain's prime minister
            _unlink_dictionary(d, [n for n in d.names if n != self.kb.actors.get(d.dictionary_id).name] or d.names)
        # a body the dictionary codes keeps its codes: "the UN refugee agency UNHCR" is no refugee, and
        # "Andariel, a unit of the bureau that Seoul sanctioned" is still North Korea's
        strength = DICTIONARY - 1 if d.type == "ORG" and d.dictionary_id and not d.generic_alias_only else TITLE
        if countries:
            d.set_code("country", countries[0], strength, "title-country", text)
        elif org and table.drafts[org].type == "GPE":
            d.set_code("country", table.drafts[org].country, strength, "title-country", text)
        elif org is None:
            body = _body_told_before(table, title)
            if body is not None:  # "X's government rejected it. Government spokeswoman Y said ..."
                d.set_code("country", body.country, AFFILIATION, "title-body-before", f"{text} ({body.names[0]})")
        sector = role.sector
        if org and table.drafts[org].type == "ORG" and table.drafts[org].sector and role.term in _ORG_HEAD_TERMS:
            sector = table.drafts[org].sector  # "union president X", "NLC president X": the body's head
        if role.past and role.base_sector in ("MIL", "REB") and "retired" not in text.lower():
            sector = role.base_sector  # a former commander is remembered for his command
        if sector is None and role.term in _STATE_ROLE_TERMS and (countries or org) \
                and not (org and table.drafts[org].type == "ORG"):
            sector = "GOV"  # "the chief Qatari mediator": a state's envoy
        if sector is None and state_spokesman:
            sector = "GOV"
        if sector is None and org is None and len(title) == 1 and title[0].lower_ in _CHAMBER_MEMBER_TITLES \
                and not any(c.dep_ == "poss" for c in title[0].children):
            sector = "LEG"  # "deputy X told the chamber": the bare title of a member of a chamber of deputies
        if sector and " " not in text and self._is_rank(text) \
                and any(o.sector == "GOV" for o in self._offices_on_publication(table, d)):
            sector = None  # "General X" whom the dictionary has as head of state: the rank is how he is addressed
        if sector and role.kin:
            # "his son, X": a tie, no trade; the dictionary's office, if any, codes X
            strength = min(strength, DICTIONARY - 1)
        if sector and not countries and (org is None or table.drafts[org].sector == "IGO"):
            office = self._international_office_titled(table, d, role)
            if office is not None:
                # "Enlargement Commissioner X", "Commission President Y": the title names the office the
                # dictionary has X hold at an international body, whatever the story's state
                d.set_code("sector", office.sector, strength, "title-office", text)
                if d.country_rule <= strength:
                    d.clear_country(strength)
                return
        if sector:
            d.set_code("sector", sector, strength, "title-role", text)

    def _international_office_titled(self, table: ActorTable, d: ActorDraft, role: RoleMatch) -> Optional[Office]:
        """The office at an international body (no state's) that the dictionary has person ``d`` hold on
        the day of the story and that a title of role ``role`` names ("commissioner", "president")."""
        if d.type != "PERSON":
            return None
        term = canonical_role(role.term)
        return next((o for o in self._offices_on_publication(table, d)
                     if o.org and o.country is None and o.role == term), None)

    def _offices_on_publication(self, table: ActorTable, d: ActorDraft) -> list:
        """The dictionary offices the person holds on the day the story was published (those with no
        end when the day is not known)."""
        entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
        if entry is None:
            return []
        return [o for o in entry.offices if (o.covers(table.published) if table.published else o.end is None)]

    def _in_office_on_publication(self, table: ActorTable, d: ActorDraft) -> bool:
        """Whether the dictionary has the person in an office on the day the story was published."""
        return bool(self._offices_on_publication(table, d))

    @staticmethod
    def _person_whose_aide(table: ActorTable, d: ActorDraft, title: Span) -> Optional[str]:
        """The person "his"/"her" stands for in an aide's title with no sector of its own ("His
        spokesman, X", "her adviser, X"): the aide speaks for that person and takes their code."""
        doc = title.doc
        for i in (title.start - 1, title.start):
            if 0 <= i < title.end and doc[i].lower_ in ("his", "her") and doc[i].dep_ == "poss" \
                    and doc[i].head.i in range(title.start, title.end):
                owner = table.person_before(doc[i])
                if owner and owner != d.key and table.drafts[owner].type == "PERSON" \
                        and not table.drafts[owner].anonymous:
                    return owner
        return None

    def _namesake_of_entry(self, d: ActorDraft, title: str) -> bool:
        """Whether a person's title names a ministry portfolio that none of the offices of the
        dictionary person matched by name ever had: another person of the same name."""
        if not d.dictionary_id or d.type != "PERSON":
            return False
        entry = self.kb.actors.get(d.dictionary_id)
        if entry is None or not entry.offices:
            return False
        role = self.kb.roles.sector_of(title)
        if role is None or not role.person or "minister" not in role.term.split():
            return False  # only a minister's portfolio tells: "foreign ministry spokeswoman" may be anyone's
        portfolio = {self.kb.roles.spelling(w) for w in re.findall(r"[a-z]+", title.lower())} & self._portfolio_words
        if not portfolio:
            return False
        held = {self.kb.roles.spelling(w) for o in entry.offices for w in re.split(r"[_\s]+", o.role.lower())}
        return not portfolio & held

    def _code_from_dictionary(self, table: ActorTable) -> None:
        for d in table.drafts.values():
            if not d.dictionary_id:
                continue
            entry = self.kb.actors.get(d.dictionary_id)
            if entry is None:
                continue
            country, sector = self.kb.actors.sector_on(entry, table.published)
            if table.published is None and self._succeeded_in_text(table, entry):
                sector = "ELI"  # "President Faye ... Sall's party": the office has passed on
            d.set_code("country", country, DICTIONARY, "dictionary", entry.id)
            d.set_code("sector", sector, DICTIONARY, "dictionary", entry.id)
            if entry.parent and d.affiliation is None:
                parent = next((x for x in table.drafts.values() if x.dictionary_id == entry.parent), None)
                if parent:
                    d.affiliation = parent.key

    def _seats_standing_for_bodies(self, table: ActorTable, doc: Doc) -> None:
        """A capital that is also the seat of an international body the article names stands for
        that body, not its state ("Brussels threatened Hungary" in a story naming the European
        Commission is the EU's): the article decides, not the sentence. Mentions that only locate
        ("told reporters in Brussels") stay the state's, and are dropped with it as places."""
        seats = {seat: entry for entry in self._seated_entries() for seat in entry.seats}
        if not seats:
            return
        text = doc_text(doc)
        bodies: dict[str, Optional[str]] = {}  # seat -> the article's body it stands for
        for state in [d for d in table.drafts.values() if d.type == "GPE"]:
            moved = [(s, e, kind) for s, e, kind in state.mentions if kind == "capital" and text[s:e] in seats
                     and (not self._capital_as_place(doc, s, e, kind, posted=False) or _posted_person_in(doc, e))]
            if moved and self._state_has_its_own_actors(table, doc, state):
                continue  # "Brussels" beside Belgium's own government or people may be Belgium's
            for s, e, kind in moved:
                seat = text[s:e]
                if seat not in bodies:
                    bodies[seat] = self._named_body_of_family(table, seats[seat].id)
                body = bodies[seat]
                if body is None:
                    continue
                state.mentions.remove((s, e, kind))
                span = doc.char_span(s, e, alignment_mode="expand")
                for i in range(span.start, span.end):
                    if table.token_owner.get(i) == state.key:
                        del table.token_owner[i]
                table._claim_tokens(span.start, span.end, body, "seat")
                table.drafts[body].add_name(text[s:e])
            if moved and not state.mentions:
                self._forget(table, state.key)
            elif moved:
                left = {text[s:e] for s, e, _ in state.mentions}
                state.names = [n for n in state.names if n == state.names[0] or n in left or n not in seats]

    def _state_has_its_own_actors(self, table: ActorTable, doc: Doc, state: ActorDraft) -> bool:
        """Whether the article names the state by name or demonym ("Belgium", "Belgian police"), or
        people or bodies of it, besides its capital. A wire dateline's place ("BRUSSELS, Belgium
        (AP) -") only tells where the story was filed."""
        iso = state.country
        if not iso:
            return False
        if any(d is not state and d.country == iso for d in table.drafts.values()):
            return True
        datelines = _datelines(doc)
        return any(m.iso3 == iso and m.kind not in ("capital", "metonym")
                   and not any(start <= s < end for start, end in datelines)
                   for s, _, m in self.kb.countries.find_all(doc_text(doc)))

    def _seated_entries(self) -> list:
        """The dictionary's bodies that have a seat city standing for them (read once)."""
        if self._seated is None:
            self._seated = [entry for entry in self.kb.actors.entries() if entry.seats]
        return self._seated

    def _named_body_of_family(self, table: ActorTable, root_id: str) -> Optional[str]:
        """The article's most mentioned body among dictionary entry ``root_id`` and its organs
        (the root itself on a tie), or None when the article names none of them."""
        def in_family(entry_id: Optional[str]) -> bool:
            seen = set()
            while entry_id and entry_id not in seen:
                if entry_id == root_id:
                    return True
                seen.add(entry_id)
                entry = self.kb.actors.get(entry_id)
                entry_id = entry.parent if entry else None
            return False
        family = [d for d in table.drafts.values() if d.type == "ORG" and in_family(d.dictionary_id)]
        if not family:
            return None
        return max(family, key=lambda d: (len(d.mentions), d.dictionary_id == root_id)).key

    def _succeeded_in_text(self, table: ActorTable, entry) -> bool:
        """Whether, in an undated text, every office of person ``entry`` has ended and the text names
        its successor by that office's title ("President Bassirou Diomaye Faye" after Macky Sall's
        presidency): then the person is a former office-holder."""
        if entry.type != "PERSON" or entry.sector or not entry.offices \
                or any(o.end is None for o in entry.offices):
            return False
        last = max(entry.offices, key=lambda o: o.end)
        title = last.role.replace("_", " ")
        for other in table.drafts.values():
            if not other.dictionary_id or other.dictionary_id == entry.id:
                continue
            successor = self.kb.actors.get(other.dictionary_id)
            if successor is None or not any(
                    o.role == last.role and o.country == last.country and o.end is None
                    and o.start is not None and o.start >= last.end for o in successor.offices):
                continue
            text = table.doc.text
            for start, _end, _kind in other.mentions:
                before = text[max(0, start - 40):start].lower().split()
                if before[-len(title.split()):] == title.split() and not set(before[-4:]) & PAST_WORDS:
                    return True
        return False

    def _offices_named_by_their_post(self, table: ActorTable, doc: Doc) -> None:
        """"The attorney general's office said": a state's legal office named by its post and "office"
        (a body the roles know by the whole phrase) is an actor of the state the phrase names, else of
        the one who orders it ("the premier told the prosecutor general's office to act"), else of the
        story's state. (A bare post, "the Attorney General", stays unresolved: the event stage would
        then guess the target of what it is told to do.)"""
        for at in np.flatnonzero(table.arrays.lower == _OFFICE_ID).tolist():
            tok = doc[at]
            if tok.i < 2 or tok.i in table.token_owner \
                    or doc[tok.i - 1].lower_ not in ("'s", "’s"):
                continue
            start = doc[tok.i - 2].left_edge.i
            while start < tok.i and (doc[start].dep_ == "det" or doc[start].lower_ == "the"):
                start += 1
            if any(table.token_owner.get(k) for k in range(start, tok.i + 1)):
                continue
            phrase = doc[start:tok.i + 1]
            role = self.kb.roles.sector_of(phrase.text)
            if role is None or role.person or role.sector not in _POST_OFFICE_SECTORS or role.end != len(phrase.text):
                continue
            countries = self.countries_in(phrase) or _possessor_state(table, doc[tok.i - 2]) \
                or self._state_of_the_one_who_orders(table, tok) \
                or ([table.main_country] if table.main_country else [])
            if countries:
                self._described_org(table, tok, phrase, role, countries)

    def _state_of_the_one_who_orders(self, table: ActorTable, tok: Token) -> list[str]:
        """The state of the subject of the verb whose object ``tok`` is ("the premier instructed the
        Attorney General"): an office takes orders from its own state."""
        if tok.dep_ != "dobj":
            return []
        for subject in tok.head.children:
            if subject.dep_ == "nsubj":
                owner = table.drafts.get(table.token_owner.get(subject.i, ""))
                if owner is not None and owner.country:
                    return [owner.country]
                return self.countries_in(_subtree_span(subject))
        return []

    def _code_groups_claiming_attacks(self, table: ActorTable, doc: Doc) -> None:
        """"A little-known group, the X Guards, said it had carried out the attack", "the Y Front
        claimed responsibility for the ambush": a body no dictionary or title codes that claims an
        attack is an armed group (REB), of the story's state when the text names none. A sector read
        only from the word closing its name ("Guards", "Brigade") yields to the claim: a state's forces
        are known by the dictionary or by their state, not by an unknown name."""
        for d in list(table.drafts.values()):
            named_kind_only = d.sector in STATE_SECTORS and all(
                e.rule == "name-role" for e in d.evidence if e.field == "sector")
            if d.type != "ORG" or d.dictionary_id or (d.sector and not named_kind_only) or d.affiliation:
                continue
            for start, end, kind in d.mentions:
                span = doc.char_span(start, end, alignment_mode="expand") if kind == "name" else None
                if span is not None and _claims_an_attack(span.root):
                    d.set_code("sector", "REB", TITLE, "claims-attack", span.text)
                    if table.main_country:
                        d.set_code("country", table.main_country, CONTEXT, "claims-attack", span.text)
                    break

    def _affiliate_heads_of_international_missions(self, table: ActorTable, doc: Doc) -> None:
        """"The OSCE's observation mission said ... the head of the mission, Danish diplomat X, said":
        a person titled as the head of "the mission" ("the delegation") that an international body or
        a non-governmental one sent, told of before, serves that body, whatever their nationality."""
        for d in list(table.drafts.values()):
            if d.type != "PERSON" or d.affiliation or not d.titles:
                continue
            unit = next((m.group(1).lower() for t in d.titles if (m := _HEAD_OF_UNIT.match(t))), None)
            if unit is None:
                continue
            body = self._sender_of_unit_before(table, doc, d, unit)
            if body is None:
                continue
            # no affiliation: the speaker rules would read "the mission of the OSCE" as its head
            d.set_code("sector", body.sector, TITLE + 1, "head-of-mission", f"head of the {unit} ({body.names[0]})")
            if body.country is None and d.country_rule <= TITLE:
                d.clear_country(TITLE + 1)  # an international body's officer is no state's

    @staticmethod
    def _sender_of_unit_before(table: ActorTable, doc: Doc, person: ActorDraft, unit: str) -> Optional[ActorDraft]:
        """The international or non-governmental body whose ``unit`` ("mission") the text names
        before ``person``'s first mention, in the same or the three sentences before: the body
        named in that earlier "mission" phrase ("the observation mission of the OSCE", "the EU's
        mission", "the UN mission", "the EU sent a mission"); None when that phrase names no such body."""
        at = token_of_char(doc, person.first)
        since = table.sent_start[at]
        for _ in range(3):
            if since > 0:
                since = table.sent_start[since - 1]
        for i in range(at - 1, since - 1, -1):
            tok = doc[i]
            if tok.lemma_.lower() != unit or tok.pos_ != "NOUN" and table.token_owner.get(i) is None:
                continue
            if i + 1 < len(doc) and doc[i + 1].lower_ == "," and doc[i - 1].lower_ == "the" and i - 2 >= 0 \
                    and doc[i - 2].lower_ == "of":
                continue  # the person's own title ("the head of the mission, X")
            words = [tok, *tok.subtree]
            if tok.dep_ == "dobj":  # "the EU deployed an observation mission": its sender
                words += [w for subject in tok.head.children if subject.dep_ == "nsubj" for w in subject.subtree]
            owners = [table.token_owner.get(w.i) for w in words]
            bodies = [table.drafts[o] for o in owners if o and o in table.drafts and o != person.key]
            bodies = [b for b in bodies if b.type == "ORG" and b.sector in ("IGO", "NGO")]
            if bodies:
                return bodies[-1]
            return None  # the nearest such phrase names no international body: a state's mission
        return None

    def _affiliate_people_named_after_their_body(self, table: ActorTable, doc: Doc) -> None:
        """"the deputy of the Jogorku Kenesh Nurlan Abdykadyrov": a person named right after
        "title of (the) Body" belongs to that body, when the title says nothing else of them."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.affiliation or d.country:
                continue
            first = token_of_char(doc, d.first)
            body = table.token_owner.get(first - 1) if first > 0 else None
            if body is None or body == d.key or table.drafts[body].type != "ORG" \
                    or not (table.drafts[body].country or table.drafts[body].sector):
                continue
            start = first - 1
            while start > 0 and table.token_owner.get(start - 1) == body:
                start -= 1
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            if start < 2 or doc[start - 1].lower_ != "of" or not self._is_person_title(doc[start - 2].text):
                continue
            d.affiliation = body
            title = doc[max(table.sent_start[start - 2], start - 4):start - 1]
            if any(t.lower_ in PAST_WORDS for t in title):  # "the former deputy of ...": a former official
                d.set_code("sector", "ELI", TITLE + 2, "title-past", title.text)

    def _affiliate_people_titled_after_their_body(self, table: ActorTable, doc: Doc) -> None:
        """"UNTU regional organiser X", "IGAD Executive Secretary X": a person named right after a title
        that a named, coded body opens belongs to that body, however the parser read the words (it may take an
        acronym it does not know for a preposition and leave the body out of the title)."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.affiliation:
                continue
            for start, _end, kind in d.mentions:
                if kind != "name":
                    continue
                first = token_of_char(doc, start)
                sent_start = table.sent_start[first]
                k = first
                while k > sent_start + 1 and first - k < _LONGEST_TITLE_WORDS and doc[k - 1].is_alpha \
                        and (doc[k - 1].is_lower or doc[k - 1].is_title and k - 1 not in table.token_owner) \
                        and (doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") or self._is_title_word(doc[k - 1].text)):
                    k -= 1
                if k == first or not (self._is_person_title(doc[first - 1].text) or self._ends_person_title(doc[k:first])):
                    continue
                body = table.drafts.get(table.token_owner.get(k - 1, ""))
                if body is None or body.key == d.key or body.type != "ORG" or body.anonymous \
                        or not (body.country or body.sector) or doc[k - 1].is_lower:
                    continue
                d.affiliation = body.key
                if body.sector in _STATELESS_SECTORS and not body.country and d.country:
                    d.clear_country(TITLE + 5)  # "IGAD Executive Secretary X, a former Ethiopian minister"
                break

    def _affiliate_people_titled_by_kind(self, table: ActorTable, doc: Doc) -> None:
        """"The Central Election Commission of Armenia ... Commission chairman X said": a person whose
        title opens with the kind of a body named before ("Commission", "Bank", "Court") belongs to the
        last body of that kind, when nothing else tells whose they are."""
        nouns = self.kb.roles.kind_references.nouns
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.affiliation or d.sector or not d.mentions:
                continue
            first = token_of_char(doc, d.first)
            if first < 2 or first - 2 < table.sent_start[first]:
                continue
            title, kind_word = doc[first - 1], doc[first - 2]
            kind = nouns.get(kind_word.lower_)
            role = self.kb.roles.sector_of(title.lower_)
            if kind is None or role is None or not role.person or role.sector is not None \
                    or kind_word.i in table.token_owner or title.i in table.token_owner:
                continue
            words = frozenset(w.lower() for w in kind.words)
            body = table.body_before(kind_word, lambda o: o.type == "ORG" and not o.anonymous and bool(
                words & _kind_words(o, None)), unique=False)
            if body is not None:
                d.affiliation = body

    def _code_from_affiliation(self, table: ActorTable) -> None:
        for d in table.drafts.values():
            if not d.affiliation or d.affiliation not in table.drafts:
                continue
            org = table.drafts[d.affiliation]
            rule = f"affiliation:{org.names[0] if org.names else org.key}"
            d.set_code("country", org.country, AFFILIATION, "affiliation", rule)
            if org.sector:
                # "Congress president X": a chamber's or a court's officer is of the chamber or the court
                strength = TITLE + 1 if org.sector in ("REB", "IGO", "MED", "PTY", "OPP", "NGO", "LEG", "JUD") \
                    else AFFILIATION
                if d.anonymous and d.sector is None or self._titled_by_default_role(d):
                    strength = TITLE + 1
                d.set_code("sector", org.sector, strength, "affiliation", rule)

    @staticmethod
    def _code_kin_by_their_family(table: ActorTable) -> None:
        """"Okafor's wife, Ada Nwosu": a relative named by her tie to a person is of that person's
        country, unless her own title names one."""
        for d in table.drafts.values():
            kin = table.drafts.get(d.kin_of) if d.kin_of else None
            if kin is not None and kin.country:
                d.set_code("country", kin.country, AFFILIATION, "kin-country", kin.names[0] if kin.names else kin.key)

    def _titled_by_default_role(self, d: ActorDraft) -> bool:
        """"a senior DSS official", "an FBI official": a title whose sector is only its default when
        nothing qualifies it ("official" GOV, a weak role term) serves the body it is named with."""
        if not d.role:
            return False
        role = self.kb.roles.sector_of(d.role)
        return role is not None and role.person and role.sector_term is None and role.term in self._weak_role_terms

    @staticmethod
    def _country_from_ministry(table: ActorTable) -> None:
        """A minister or a ministry's spokesman the text gives no country takes the country of the ministry
        of that name named before ("The Estonian Foreign Ministry declared ... Foreign Minister X said")."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.country or not d.role or "minist" not in d.role.lower() or not d.mentions:
                continue
            role = d.role.lower()
            if "ministry" in role:  # "ministry spokesman": the ministry met last; "foreign ministry official"
                office = role[:role.index("ministry") + len("ministry")]
            else:
                office = role.replace("prime minister", "").replace("minister", "ministry").strip()
            sentences = None
            if office == "ministry" and "ministry" not in role:
                if role != "minister":
                    continue
                # "X's Ministry of Water said ... Minister Y said": a bare "Minister" heads the
                # ministry named in his sentence or the one before
                sentences = 1
            key = table.body_before(table.doc[token_of_char(table.doc, d.first)],
                                    lambda b, office=office: bool(b.country) and any(office in n.lower() for n in b.names),
                                    sentences=sentences, unique=False)
            if key is not None:
                body = table.drafts[key]
                d.set_code("country", body.country, CONTEXT + 1, "ministry-country", body.names[0])

    def _code_victims_described_before(self, table: ActorTable, doc: Doc) -> None:
        """"A radio commentator was shot dead ... Two men fired at X": a named person the text gives no
        title, first met as the object of the sentence right after one whose passive subject is an
        unnamed person described by a coded role ("a radio commentator", "a Peruvian journalist"), is
        that person: the description's sector, and the country it names or else the story's."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or d.sector or d.role or d.affiliation \
                    or not d.mentions:
                continue
            first = token_of_char(doc, d.first)
            start = table.sent_start[first]
            if start == 0 or not self._object_of_unofficial_doer(table, doc[first]):
                continue
            description = self._passive_person_description(table, doc, table.sent_start[start - 1], start)
            if description is None:
                continue
            head, role = description
            phrase = _subtree_span(head)
            d.set_code("sector", role.sector, CONTEXT + 1, "victim-described-before", phrase.text)
            countries = self.countries_in(doc[phrase.start:head.i + 1])
            country = countries[0] if len(countries) == 1 else self._framing_state(table, d) or table.main_country
            d.set_code("country", country, CONTEXT + 1, "victim-described-before", phrase.text)

    @staticmethod
    def _object_of_unofficial_doer(table: ActorTable, name: Token) -> bool:
        """Whether the name is no subject and its clause's doer is no state body: "gunmen fired at X"
        (a victim), not "police arrested X" (a suspect)."""
        head = name
        # a token the parser left as its own head keeps whatever label it had: stop there
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "ROOT"):
            return False
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for subject in verb.children:
            if subject.dep_ == "nsubj":
                doer = table.drafts.get(table.token_owner.get(subject.i, ""))
                if doer is not None and doer.sector in STATE_SECTORS:
                    return False
        return True

    def _passive_person_description(self, table: ActorTable, doc: Doc, start: int, end: int):
        """The head of an unnamed, indefinite person described by a role with a sector that is the
        passive subject of the sentence doc[start:end], with the role; None when there is none or
        the sentence names a person of its own."""
        if any(table.drafts.get(table.token_owner.get(i, ""), None) is not None
               and table.drafts[table.token_owner[i]].type == "PERSON"
               and not table.drafts[table.token_owner[i]].anonymous for i in range(start, end)):
            return None
        for tok in doc[start:end]:
            owner = table.drafts.get(table.token_owner.get(tok.i, ""))
            if tok.dep_ != "nsubjpass" or tok.pos_ != "NOUN" or owner is not None and not owner.anonymous:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue
            words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.text]
            role = self.kb.roles.sector_of(" ".join(words).lower())
            if role is not None and role.person and role.sector and not role.past:
                return tok, role
        return None

    def _code_person_named_after_the_lede(self, table: ActorTable, doc: Doc) -> None:
        """"Colombia granted asylum to a former Ecuadorian energy minister ... // Fernando Aguirre Salas
        entered the embassy on Friday": the one person a story's opening paragraph introduces unnamed
        ("a ...") is the first new person the next paragraph's first sentence names with no title."""
        starts = sorted(self._paragraph_char_starts(doc))
        people = [d for d in table.drafts.values() if d.type == "PERSON"]
        unnamed = [d for d in people if d.anonymous and d.mentions and d.country and _introduced_indefinitely(doc, d)]
        person = min((d for d in people if not d.anonymous and d.mentions), key=lambda d: d.first, default=None)
        if len(unnamed) != 1 or person is None:
            return
        named_first = person.first
        lede = unnamed[0]
        following = [p for p in starts if p > lede.first]
        if not following or named_first < following[0] or sum(p <= lede.first for p in starts) > 2:
            return  # a person named before, or an introduction past the opening paragraphs
        first_token = int(np.searchsorted(table.arrays.idx, following[0]))  # the first token from there
        if first_token >= len(doc):
            return
        sentence_end = doc[table.sent_end[first_token] - 1]
        if named_first > sentence_end.idx:
            return
        if person.country or person.sector or person.role or person.titles or person.dictionary_id \
                or person.affiliation:
            return
        person.set_code("country", lede.country, AFFILIATION, "named-after-lede", lede.names[0])
        if lede.sector:
            person.set_code("sector", lede.sector, AFFILIATION, "named-after-lede", lede.names[0])

    def _code_person_named_after_a_described_stranger(self, table: ActorTable, doc: Doc) -> None:
        """"A Chilean technician held near the border was freed ... // Tomas Ferreyra, 38, who ...": the one
        stranger a story's opening introduces by nationality and trade ("a/an <demonym> <trade>") is the
        first person its next paragraphs name with no title, dictionary entry or country of their own."""
        starts = sorted(self._paragraph_char_starts(doc))
        if len(starts) < 3:
            return
        people = [d for d in table.drafts.values() if d.type == "PERSON" and not d.anonymous and d.mentions]
        person = min(people, key=lambda d: d.first, default=None)
        if person is None or person.first < starts[1] or person.first >= starts[min(3, len(starts) - 1)] \
                or person.dictionary_id or person.titles or person.country_rule > CONTEXT \
                or (person.affiliation and person.affiliation in table.drafts):
            return
        countries = set()
        for tok in doc[:token_of_char(doc, person.first)]:
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" \
                    or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue
            role = self.kb.roles.sector_of(tok.lower_)
            if role is None or not role.person or role.sector in STATE_SECTORS:
                continue
            demonyms = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and c.is_title]
            for adjective in demonyms:
                countries.update(self.countries_in(doc[adjective.i:adjective.i + 1]))
        if len(countries) == 1:
            person.set_code("country", countries.pop(), CONTEXT + 1, "named-after-described-stranger", person.names[0])

    @staticmethod
    def _code_local_bodies(table: ActorTable) -> None:
        """An outlet, hospital or school no dictionary knows, named with no country, is mostly one of
        where the story is filed from ("BOGOTA - ... she told Caracol Radio"), else of the story's country."""
        local = table.dateline_country or table.main_country
        if local is None:
            return
        for d in table.drafts.values():
            if d.type == "ORG" and d.sector in _LOCAL_BODY_SECTORS and not d.dictionary_id \
                    and not d.country and not d.foreign:
                d.set_code("country", local, CONTEXT, "article-country", local)

    def _code_local_officials_by_places_told(self, table: ActorTable, doc: Doc) -> None:
        """"Two were hurt in Lviv, regional governor X said" in a story about Poland: a local official
        whose region the title leaves unnamed governs where the sentence tells of, when every town or
        country it names lies in one state."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.country_rule > CONTEXT or not d.mentions \
                    or (d.role or "").lower() not in _LOCAL_OFFICIAL_TITLES:
                continue
            start, end, _ = min(d.mentions)  # character offsets of the first mention
            named = doc.char_span(start, end, alignment_mode="expand")
            if named is None:
                continue
            states = set()
            for ent in named.sent.ents:
                if ent.label_ in ("GPE", "LOC") and (ent.end <= named.start or ent.start >= named.end):
                    state = self._seat_country_of(ent.text)
                    if state:
                        states.add(state)
            if len(states) == 1 and d.country not in states:
                state = states.pop()
                d.set_code("country", state, AFFILIATION, "local-official-place", state)

    def _code_officials_of_named_regions(self, table: ActorTable, doc: Doc) -> None:
        """"the governor of the region of the Far North, X" where the text says elsewhere whose region
        that is ("in the region of the Far North of Cameroon", "Cameroon's Far North"): a local
        official serves the state the region lies in, not the story's or the dateline's."""
        text = doc_text(doc)
        for d in table.drafts.values():
            role = d.role or ""
            if d.type != "PERSON" or d.country_rule > CONTEXT or d.anonymous \
                    or not _LOCAL_OFFICE_WORDS.intersection(role.lower().split()):
                continue
            for found in _REGION_IN_TITLE.finditer(role):
                state = self._state_of_region(found.group(1), text)
                if state and state != d.country:
                    d.set_code("country", state, AFFILIATION, "region-of-state", found.group(1))
                    break

    def _state_of_region(self, region: str, text: str) -> Optional[str]:
        """The state the text places a region in: the region's name is a country's ("of Cameroon"),
        or is followed by "of"/"in" and a country ("the Far North region of Cameroon"), or follows a
        country's possessive ("Cameroon's Far North")."""
        match = self.kb.countries.lookup(region)
        if match is not None:
            return match.iso3 if match.kind in ("name", "alias") else None
        name = re.escape(region)
        for found in re.finditer(name + _REGION_THEN_STATE, text):
            state = self._country_named_by(found.group(1))
            if state:
                return state
        for found in re.finditer(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?:the )?" + name + r"\b", text):
            state = self._country_named_by(found.group(1))
            if state:
                return state
        return None

    def _country_named_by(self, words: str) -> Optional[str]:
        """The country the leading capitalised words name by their name ("Cameroon on Sunday" → CMR)."""
        parts = words.split()
        for n in range(len(parts), 0, -1):
            match = self.kb.countries.lookup(" ".join(parts[:n]))
            if match is not None and match.kind in ("name", "alias"):
                return match.iso3
        return None

    def _code_from_context(self, table: ActorTable) -> None:
        """People coded by a title but with no country: the article's own country."""
        story_country = table.main_country
        for d in table.drafts.values():
            if d.country or not story_country or d.foreign:
                continue
            if d.names and self._shared_demonym_states(d.names[0]):
                main = self._state_of_shared_demonym(table, d.names[0])  # "the Korean army": which Korea
                if main is None:
                    continue
            else:
                main = self._framing_state(table, d) or self._state_where_it_happens(table, d) \
                    or _state_of_the_body_of_phrase(table, d) or _state_of_the_force_named_before(table, d) \
                    or story_country
            if d.type == "ORG" and not d.dictionary_id and d.key.startswith("name:"):
                self._code_as_the_story_country_s_body(d, main)
                if not d.country and all(_is_acronym(n) for n in d.names):
                    # "the CGT" with no expansion and no dictionary entry: most likely the story's own body
                    d.set_code("country", main, CONTEXT, "article-country", main)
            if d.type in ("PERSON", "ORG") and (
                    d.sector in ("ELI", "MIL", "GOV", "LEG", "JUD", "COP", "OPP", "CVL", "SPY")
                    # rebels, unions and firms the text names without a country are mostly the story's own;
                    # one the dictionary gives no country has none ("Axis of Resistance")
                    or d.sector in ("REB", "LAB", "BUS", "PTY", "REL") and not d.dictionary_id
                    # a rights defender the text names without a country is mostly the story's own, as is
                    # a civic group named after the people it gathers ("Residents' Voice Trust")
                    or d.type == "PERSON" and d.sector == "NGO" and not d.dictionary_id and not d.affiliation
                    or d.type == "ORG" and d.sector == "NGO" and not d.dictionary_id
                    and any(e.field == "sector" and e.rule == "name-role" for e in d.evidence)
                    # as are a student, a farmer or a nurse who speaks in it
                    or d.type == "PERSON" and d.sector in _PRIVATE_SECTORS and not d.dictionary_id
                    and not d.affiliation):
                d.set_code("country", main, CONTEXT, "article-country", main)
            elif d.type == "GROUP" and d.sector and d.sector not in _STATELESS_SECTORS:
                d.set_code("country", main, CONTEXT, "article-country", main)

    def _state_where_it_happens(self, table: ActorTable, d: ActorDraft) -> Optional[str]:
        """Police and courts act where the story happens, whichever state it is mostly about: an unnamed
        force of order or court, or a judge named with no country ("the gendarmerie", "District Judge
        X"), is of the state the paragraph of its first mention opens in ("Back in Yerevan, ... Police
        detained 14"), else of the state the story is filed from ("LONDON - ... the court refused
        India's request"), when that is not the story's main state. None when neither says."""
        if d.sector not in _WHERE_IT_HAPPENS_SECTORS or not d.mentions:
            return None
        opened = self._paragraph_opening_state(table, d.first)
        if opened is not None:
            return opened
        filed = table.dateline_country
        return filed if filed and filed != table.main_country else None

    def _paragraph_opening_state(self, table: ActorTable, char: int) -> Optional[str]:
        """The state the paragraph holding character ``char`` opens by setting itself in ("In Lima,",
        "Back in Yerevan,"): the country of the place named between "in" and the first comma."""
        starts = sorted(self._paragraph_char_starts(table.doc))
        k = bisect.bisect_right(starts, char) - 1
        if k < 0:
            return None
        doc = table.doc
        i = token_of_char(doc, starts[k])
        if i + 2 < len(doc) and doc[i].lower_ in _PARAGRAPH_FRAME_ADVERBS and doc[i + 1].lower_ == "in":
            i += 1
        if doc[i].lower_ != "in" or i + 2 >= len(doc):
            return None
        owner = table.drafts.get(table.token_owner.get(i + 1, ""))
        if owner is None or owner.type != "GPE" or not owner.country:
            return None
        j = i + 1
        while j < len(doc) and table.token_owner.get(j) == owner.key:
            j += 1
        return owner.country if j < len(doc) and doc[j].text == "," and doc[j].idx < char else None

    def _code_bodies_continuing_the_subject(self, table: ActorTable) -> None:
        """"Manila reacted within hours. The Department of Foreign Affairs handed a note ...": an unnamed
        state body the story's state was given only by default, opening its sentence as the subject the
        first time it is told of, continues the state of the lone subject of the sentence before it in
        the same paragraph (a state, a state's body or official), not the story's other state. Police and
        courts are left to the story's state: they act where it happens, whoever spoke before."""
        doc, text = table.doc, table.doc.text
        for d in table.drafts.values():
            if not d.mentions or d.country_rule > CONTEXT or d.country != table.main_country \
                    or d.sector not in _CONTINUING_SECTORS or d.dictionary_id \
                    or d.type == "GPE" or not d.key.startswith(("group:", "org:", "name:")):
                continue
            first = token_of_char(doc, min(s for s, _e, _k in d.mentions))
            sent_start = table.sent_start[first]
            # its sentence's first subject, of the main verb or of the clause a teller's words report
            subject = next((i for i in range(sent_start, table.sent_end[first])
                            if doc[i].dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or table.token_owner.get(subject) != d.key:
                continue
            previous = next(iter(table._previous_sentences(sent_start, limit=1)), None)
            if previous is None or "\n" in text[doc[previous[1] - 1].idx:doc[sent_start].idx]:
                continue
            before = next((i for i in range(*previous) if doc[i].dep_ in ("nsubj", "nsubjpass")
                           and doc[i].head.dep_ == "ROOT"), None)
            if before is None or any(c.dep_ == "conj" for c in doc[before].children):
                continue  # "The United States and Japan condemned ...": no one state goes on
            state = _root_subject_state(table, *previous)
            if state is not None and state != d.country:
                d.set_code("country", state, AFFILIATION, "subject-before-state", state)

    def _code_dateline_reporters(self, table: ActorTable, doc: Doc) -> None:
        """"Beijing, May 3 (Reporter Li Wei) --": a journalist credited in brackets right after the
        place and date that open a paragraph writes for an outlet of the state that place is in."""
        text = doc_text(doc)
        for d in table.drafts.values():
            if d.type != "PERSON" or d.sector != "MED" or d.country or d.affiliation or not d.mentions:
                continue
            first = token_of_char(doc, d.first)
            opening = next((k for k in range(first - 1, max(-1, first - 4), -1) if doc[k].text == "("), None)
            if opening is None:
                continue
            paragraph = text.rfind("\n", 0, doc[opening].idx) + 1
            found = _REPORTER_DATELINE.match(text, paragraph)
            if found is None or found.end() - 1 != doc[opening].idx:
                continue
            place = found.group(1).strip()
            lookup = self.kb.countries.lookup(place.title() if place.isupper() else place)
            if lookup is not None and lookup.kind in ("capital", "name", "alias"):
                d.set_code("country", lookup.iso3, CONTEXT, "dateline-reporter", place)

    def _code_bodies_based_in_places(self, table: ActorTable, doc: Doc) -> None:
        """"the Athens-based Kalypso Maritime", "a Geneva-based rights group": a body no dictionary
        knows is of the country its seat lies in (people: ``_code_people_based_in_places``)."""
        arrays = table.arrays
        for i in (np.flatnonzero(arrays.lower[3:] == _BASED_ID) + 3).tolist():
            if doc[i - 1].text != "-" or doc[i - 2].whitespace_:
                continue
            start, iso = i - 2, None
            for first in range(max(table.sent_start[i], i - 4), i - 1):  # "New York-based": the widest place
                if all(t.is_title for t in doc[first:i - 1]) and not (first < i - 2 and doc[first].is_sent_start):
                    start, iso = first, self._seat_country_of(doc[first:i - 1].text)
                    if iso is not None:
                        break
            if iso is None:
                continue
            place_owner = table.token_owner.get(i - 2)
            if place_owner in table.drafts and table.drafts[place_owner].type == "ORG" \
                    and all(n.endswith("-based") for n in table.drafts[place_owner].names):
                self._forget(table, place_owner)  # "Piraeus-based" is no name
            bodies: list[ActorDraft] = []  # "the Oslo-based rights group Nordvakt": the kind, then the name
            for j in range(i + 1, min(i + 8, table.sent_end[i])):
                if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
                    break
                owner = table.token_owner.get(j)
                if owner is None or table.drafts[owner] in bodies:
                    continue
                draft = table.drafts[owner]
                if draft.type == "PERSON" and not draft.dictionary_id \
                        and any(n.split()[-1] in _COMPANY_NAME_ENDS for n in draft.names):
                    draft.type = "ORG"  # "the Piraeus-based Arctos Shipping": a firm the tagger took for a person
                    draft.set_code("sector", "BUS", TITLE - 1, "name-unit", draft.names[0])
                if draft.type in ("ORG", "GROUP"):
                    bodies.append(draft)
            for body in bodies:
                if not body.dictionary_id:
                    body.set_code("country", iso, AFFILIATION, "seat-country", doc[start:i + 1].text)

    def _code_people_based_in_places(self, table: ActorTable) -> None:
        """"X, a Nairobi-based analyst at Tembo Advisory", "Y, a grain trader based in Accra": a person
        no title or dictionary codes, whose description says where the work is based, is of that place's
        country, and so is the body the description names when no dictionary knows it."""
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous or d.dictionary_id or not d.role or d.sector == "IGO" \
                    or d.country_rule > AFFILIATION:
                continue
            found = _PERSON_SEAT.search(d.role)
            place = found and (found.group(1) or found.group(2))
            iso = self._seat_country_of(place) if place else None
            if iso is None:
                continue
            body = table.drafts.get(d.affiliation) if d.affiliation else None
            if body is not None and (body.dictionary_id or body.sector == "IGO" or body.country_rule >= AFFILIATION):
                continue  # "a Cairo-based correspondent for the BBC": the body's own country holds
            if body is not None:
                body.set_code("country", iso, AFFILIATION, "seat-country", found.group(0))
            d.set_code("country", iso, AFFILIATION + 1, "seat-country", found.group(0))

    def _seat_country_of(self, place: str) -> Optional[str]:
        """The country a seat's name lies in: a country's own name, a capital or a city the gazetteer knows."""
        match = self.kb.countries.lookup(place)
        if match is not None:
            return match.iso3 if match.kind in ("name", "capital", "alias") else None
        if not self._is_place(place, ("city",)):
            return None
        from newsgraph.pipeline.places import get_gazetteer

        found = get_gazetteer().lookup(place)
        return found.country if found is not None else None

    def _code_officials_of_the_filing_state(self, table: ActorTable, doc: Doc) -> None:
        """"BERLIN - Germany suspends aid to Rwanda ... Development Minister X said": an official the text
        gives no state, in a story filed from the state its title leads with, when the sentence before
        is about that state too, is that state's, though the other side is named more often."""
        filed = table.dateline_country
        if not filed or filed == table.main_country or filed != self._headline_country(table):
            return
        for d in table.drafts.values():
            if d.type != "PERSON" or d.country or d.sector not in ("GOV", "MIL") or d.anonymous or d.affiliation \
                    or d.dictionary_id or not d.mentions:
                continue
            first = token_of_char(doc, d.first)
            previous = next(iter(table._previous_sentences(table.sent_start[first], limit=1)), None)
            if previous is not None and _root_subject_state(table, *previous) == filed:
                d.set_code("country", filed, CONTEXT, "filing-state", self.kb.countries.name(filed) or filed)

    def _framing_state(self, table: ActorTable, d: ActorDraft) -> Optional[str]:
        """The state a sentence opens by setting itself in ("In Mexico, the Senate ...", "At a briefing
        in Beijing, ..."), when the actor is first named in such a sentence: its bodies are that state's,
        not the story's. An opening other than "In X," sets it only when it names an event the state's
        officials speak at (``briefings`` in roles.yaml): "During the visit in Beijing," does not."""
        if not d.mentions:
            return None
        doc = table.doc
        first = token_of_char(doc, min(s for s, _e, _k in d.mentions))
        start = table.sent_start[first]
        if doc[start].pos_ != "ADP" or start + 2 >= first:
            return None
        # the opening phrase ends at its first comma; it ends "in <state>" ("At a briefing in Beijing,")
        comma = next((k for k in range(start + 1, first) if doc[k].text == ","), None)
        if comma is None:
            return None
        owner = table.drafts.get(table.token_owner.get(comma - 1, ""))
        if owner is None or owner.type != "GPE" or not owner.country:
            return None
        i = comma - 1
        while i > start and table.token_owner.get(i - 1) == owner.key:
            i -= 1
        if i == 0 or doc[i - 1].lower_ != "in":
            return None
        if i - 1 == start:
            return owner.country
        return owner.country if doc[start].lower_ in _FRAMING_PREPS and self._opens_with_briefing(doc[start]) \
            else None

    def _opens_with_briefing(self, prep: Token) -> bool:
        """Whether the object of an opening preposition is an event a state's officials speak at
        ("At a briefing", "At a news conference"; `briefings` in roles.yaml)."""
        briefings = self.kb.roles.briefings
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            head = noun.lemma_.lower()
            compounds = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
            if head in briefings or f"{compounds} {head}".strip() in briefings:
                return True
        return False

    def _code_as_the_story_country_s_body(self, d: ActorDraft, iso: str) -> None:
        """"CGT" in an Argentina story, "National Salvation Front" in a South Sudan story: a name the
        dictionary knows only with a country ("Argentina's CGT", "National Salvation Front (South
        Sudan)") is that country's body when the story is about that country."""
        country = self.kb.countries.name(iso)
        for name in d.names:
            for text in (f"{country}'s {name}", f"{name} ({country})"):
                entry = self._exact_match(text)
                if entry is not None and entry.how in ("exact", "alias") and entry.entry.country == iso:
                    d.set_code("country", iso, CONTEXT, "story-country-body", text)
                    if entry.entry.sector:
                        d.set_code("sector", entry.entry.sector, CONTEXT, "story-country-body", text)
                    return

    # -- one actor per body ------------------------------------------------------------------
    def _bodies_of_kind(self, table: ActorTable, head: Token, modifiers: list[Token],
                        countries: list[str]) -> list[ActorDraft]:
        """The named organisations of the article that a definite description headed by a kind
        noun (`kind_references` in roles.yaml) may stand for: a body whose name holds one of the
        kind's words, or whose sector is one the kind takes ("the charity" for an NGO), and that
        the description's own words fit: each of its ``modifiers`` is a word of the body's names
        or gives the body's sector ("the medical charity", "the shipping firm"), and a state it
        names is the body's ("the Kenyan court"). Bodies whose names hold the noun itself ("the
        bureau" for a "... Bureau") come first, then those with a word of its kind, then by sector."""
        kind = self.kb.roles.kind_references.nouns.get(head.lower_) \
            or self.kb.roles.kind_references.nouns.get(head.lemma_.lower())
        if kind is None:
            return []
        words = frozenset(w.lower() for w in kind.words)
        own = frozenset({head.lower_, head.lemma_.lower()})
        tiers: list[list[ActorDraft]] = [[], [], []]  # named by the noun itself, by a word of its kind, by sector
        for d in table.drafts.values():
            if d.type != "ORG" or d.anonymous or d.key.startswith("group:") or not d.mentions:
                continue
            if kind.sector and d.sector != kind.sector:
                continue
            entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
            names = _kind_words(d, entry.name if entry is not None else None)
            if not (words & names or d.sector in kind.sectors):
                continue
            if countries and d.country not in countries and d.country_rule > CONTEXT:
                continue
            if all(m.lower_ in GENERIC_QUALIFIERS or m.lower_ in names or _gives_sector(
                    m.lower_, self.kb.roles.sector_of(f"{m.lower_} {head.lower_}"), d.sector) for m in modifiers):
                tiers[0 if own & names else 1 if words & names else 2].append(d)
        return next((tier for tier in tiers if tier), [])

    def _merge_kind_descriptions(self, table: ActorTable, doc: Doc) -> None:
        """"Acme Shipping ... the firm said", "the charity" after "Sea Rescue", or a headline's
        "shipping firm" that the body names: a description made only of definite singular mentions
        of a kind noun ("the company", "this firm", or any in a headline) is the one body of that
        kind the article names; where it names two ("two courts"), the description stays its own."""
        nouns = self.kb.roles.kind_references.nouns
        for group in [d for d in table.drafts.values() if d.type == "GROUP" and d.key.startswith("group:")
                      and d.head in nouns and not d.affiliation]:
            heads, modifiers, countries = [], [], []
            named_since = None  # the body must be named before the description, but for a headline's
            for start, end, _kind in sorted(group.mentions):
                span = doc.char_span(start, end, alignment_mode="expand")
                root = span.root if span is not None else None
                if root is None or root.tag_ != "NN" or root.lemma_.lower() != group.head:
                    break
                in_headline = table.in_headline(root.i)
                det = doc[span.start - 1].lower_ if span.start > 0 else ""
                if not in_headline and det not in _DEFINITE_SINGULAR_DETERMINERS \
                        and not any(c.dep_ == "det" and c.lower_ in _DEFINITE_SINGULAR_DETERMINERS
                                    for c in root.children):
                    break  # "a company": one introduced, maybe another than the named one
                if named_since is None:
                    named_since = len(doc.text) if in_headline else start
                heads.append(root)
                modifiers.extend(_description_modifiers(span, root))
                countries.extend(self.countries_in(span))
            else:
                bodies = [b for b in self._bodies_of_kind(table, heads[0], modifiers, countries)
                          if b.first < (named_since or 0)] if heads else []
                if len(bodies) == 1:
                    # the body keeps its own codes; a state the description's own words name fills
                    # only a country the body has from the context alone
                    group.sector_rule = 0
                    if group.country_rule <= CONTEXT or bodies[0].country_rule > CONTEXT:
                        group.country_rule = 0
                    table.merge(bodies[0].key, group.key)

    def _merge_descriptions_into_bodies(self, table: ActorTable) -> None:
        """"the government" after "the Yemeni government", "the official Saba agency" beside the
        dictionary's Saba News Agency: a description by role noun of the same country as exactly one
        organisation with that role head is that organisation. A description coded only by the
        article's country merges only when no organisation of another country has that head."""
        groups = [d for d in table.drafts.values() if (d.type == "GROUP" or d.key.startswith("org:")) and d.head
                  and d.country and not d.foreign and not d.affiliation]
        if not groups:
            return
        bodies = [(d, self._body_heads(d)) for d in table.drafts.values() if d.type == "ORG" and d.country]
        for group in groups:
            if group.key not in table.drafts:
                continue  # merged into another description already
            head = _singular(group.head)
            modifiers = set()
            for name in group.names:
                modifiers |= self._name_modifiers(name)
            modifiers -= GENERIC_QUALIFIERS | {"s"}  # "s" of a possessive ("Peru's electoral board")
            candidates = []
            for body, heads in bodies:
                if head not in heads or body is group or body.key not in table.drafts \
                        or (group.type == "ORG" and (body.key.startswith("org:") or body.dictionary_id)):
                    continue  # a dictionary body takes a described one only through its own aliases
                if modifiers:
                    if not modifiers <= {w for n in body.names for w in _words(n)}:
                        continue
                elif group.sector and body.sector and group.sector != body.sector \
                        and not (group.sector == "PTY" and body.sector == "OPP"):  # an opposition party is a party
                    continue
                candidates.append(body)
            fitting = [b for b in candidates if b.country == group.country]
            if len(fitting) != 1 or (group.country_rule <= CONTEXT and len(candidates) != 1):
                continue
            body = fitting[0]
            # the organisation keeps its own codes; the description fills only what it lacks
            if body.country:
                group.country_rule = 0
            if body.sector:
                group.sector_rule = 0
            table.merge(body.key, group.key)

    def _body_heads(self, draft: ActorDraft) -> set[str]:
        """The role heads an organisation's names end in ("agency" for "Saba News Agency")."""
        heads = {_term_head(draft.head)} if draft.head else set()
        for name in draft.names:
            role = self.kb.roles.sector_of(name)
            if role is not None and not role.person:
                heads.add(_term_head(role.term))
        return heads

    # -- references ----------------------------------------------------------------------
    def _claim_kind_references(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """"The Bank said" after "the World Bank", "the bloc" after "ECOWAS", "the lender" after the
        IMF: "the <kind noun>" is the latest body named before it whose own name says it is of that
        kind (one whose name holds the noun itself first); never a body of another kind, never when
        the phrase names a body of its own."""
        kind_references = self.kb.roles.kind_references
        modifiers = frozenset(m.lower() for m in kind_references.modifiers)
        body_words: Optional[dict[str, set[str]]] = None  # each body's words, gathered once per document
        for head in doc:
            kind = kind_references.nouns.get(head.lower_)
            if kind is None or head.pos_ not in ("NOUN", "PROPN") or head.i in table.token_owner \
                    or head.i in claimed:
                continue
            start = head.i - 1
            while start >= 0 and doc[start].lower_ in modifiers and start not in table.token_owner:
                start -= 1
            if start < 0 or doc[start].lower_ != "the" or start in claimed:
                continue
            after = doc[head.i + 1] if head.i + 1 < len(doc) else None
            if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of" and not _of_a_deed(after)
                                      or after.text == "("):
                continue  # "the bank Barclays", "the Bank of Ghana": a body of its own
            words, sector = frozenset(w.lower() for w in kind.words), kind.sector
            if body_words is None:
                body_words = {}
                for draft in table.drafts.values():
                    if draft.type == "ORG" and not draft.anonymous:
                        entry = self.kb.actors.get(draft.dictionary_id) if draft.dictionary_id else None
                        body_words[draft.key] = _kind_words(draft, entry.name if entry is not None else None)
            cands = []
            for key, names in body_words.items():
                draft = table.drafts[key]
                if sector and draft.sector != sector:
                    continue
                earlier = [m[0] for m in draft.mentions if m[0] < head.idx and m[2] == "name"]
                if earlier and words & names:
                    # a body named by the noun itself ("the bureau": "... Bureau") before one by a kindred word
                    cands.append((head.lower_ in names, max(earlier), draft.key))
            if cands and kind.sectors and sum(
                    1 for d in table.drafts.values()
                    if d.type == "ORG" and not d.anonymous and d.sector in kind.sectors
                    and any(m[0] < head.idx and m[2] == "name" for m in d.mentions)) > 1:
                continue  # "Shell and ExxonMobil ... the company": two bodies of the kind, no telling which
            if cands:
                span = doc[start:head.i + 1]
                table.claim(span, max(cands)[2], "description")
                claimed.update(range(span.start, span.end))

    def _resolve_references(self, table: ActorTable, doc: Doc) -> None:
        """Definite descriptions ("the prime minister", "the source", "this group") and pronouns."""
        arrays = table.arrays
        role_words, anonymous, org_heads = self._word_masks(arrays)
        # a chunk can pass the tests below only if some word in it could be its head as they ask, and
        # it opens with a demonstrative or some word in it has a possessor: count such words up to each point
        could_refer = role_words | anonymous | org_heads | (arrays.dep == _APPOS_DEP)
        could_refer[arrays.head[arrays.dep == _APPOS_DEP]] = True
        possessed = np.zeros(arrays.n, dtype=bool)
        possessed[arrays.head[arrays.dep == _POSS_DEP]] = True
        referring = np.concatenate(([0], np.cumsum(could_refer))).tolist()
        possessing = np.concatenate(([0], np.cumsum(possessed))).tolist()
        lowers = arrays.lower_list
        for start, end in table.chunk_bounds:
            if referring[end] == referring[start] or (
                    lowers[start] not in _DEMONSTRATIVE_ID_SET and possessing[end] == possessing[start]):
                continue
            chunk = Span(doc, start, end)
            head = chunk.root
            if head.i in table.token_owner or head.pos_ == "PRON":
                continue
            if not (self.kb.roles.is_role_word(head.lower_) or head.lemma_.lower() in ANONYMOUS_LEMMAS
                    or head.lemma_.lower() in ORG_REFERENCE_HEADS or head.dep_ == "appos"
                    or any(c.dep_ == "appos" for c in head.children)):
                continue
            det = chunk[0].lower_
            named_beside = _apposed_body(table, head)
            if named_beside is not None:
                # "Kabila's party, the People's Party for ... (PPRD),": the body named beside the
                # description, not its possessor
                table.claim(Span(doc, head.i, head.i + 1), named_beside, "description")
                continue
            state_possessor = any(c.dep_ == "poss" and table.token_owner.get(c.i, "").startswith("gpe:")
                                  for c in head.children)
            place_countries = [] if state_possessor else self._place_possessor_countries(table, head)
            if det not in ("the", "this", "that", "these") and not state_possessor and not place_countries \
                    and not (det in _PERSON_POSSESSIVES and head.tag_ == "NN" and self.countries_in(chunk)):
                continue  # "his Sudanese counterpart" is a person of the state named, "his aide" no one yet
            phrase = _phrase_of(table, chunk)
            if phrase is None:
                continue
            portfolio_end = self._portfolio_end(head)
            if portfolio_end is not None and phrase.end == head.i + 1:
                # "Togo's minister of the armed forces": the "of" phrase is the office's portfolio
                phrase = Span(doc, phrase.start, portfolio_end)
                role = self.kb.roles.sector_of(arrays.span_text(phrase.start, phrase.end))
            else:
                role = self.kb.roles.sector_of(arrays.span_text(phrase.start, phrase.end))
                if role is not None and role.term.split()[-1] not in (head.lower_, head.lemma_.lower()):
                    continue  # "the journalist's release" is about a release, not the journalist
            # a description beside a name is that person's title, whoever else has held the office
            target = _apposed_person(table, head) or self._description_target(table, chunk, phrase)
            if target is None and role is not None and role.person \
                    and (portfolio_end is not None or not _complement_names_other(table, head)) \
                    and not _names_a_person_inside(table, head):
                target = self._office_holder_named_later(table, chunk, phrase, role)
                if target is None and (state_possessor or self.countries_in(phrase)) and role.sector:
                    # "Poland's prime minister", never named: a person known by the office
                    target = self._described_person(table, head, phrase.text, phrase, role,
                                                    self.countries_in(phrase)).key
                elif target is None and place_countries and role.sector:
                    # "Ituri's military governor", never named: the office of a province or a town,
                    # of the state the place lies in
                    target = self._described_person(table, head, phrase.text, phrase, role, place_countries).key
                elif target is None and role.sector and phrase.start == head.i \
                        and head.lemma_.lower() in _OFFICES_OF_PLACES:
                    target = self._office_holder_of_place(table, head, role)
                elif target is None and table.main_country and role.sector in _STORY_STATE_OFFICE_SECTORS \
                        and det == "the" and head.tag_ == "NN" and not self._shared_demonym_states(phrase.text) \
                        and (head.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in head.children)
                             or head.dep_ == "dobj" and role.sector == "OPP"  # "arrested the opposition leader at home"
                             and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)) \
                        and (role.sector == "OPP" or not self._body_of_title_before(table, head)):
                    # "the prisons ombudsman said", never named: the holder of a state office, of
                    # the story's state when nothing else tells (the opposition's leader heads no
                    # state body told before: "Bangladeshi police arrested the opposition leader")
                    target = self._described_person(table, head, phrase.text, phrase, role,
                                                    [table.main_country]).key
            if target:
                draft = table.drafts[target]
                table.claim(chunk if det in ("the", "this", "that", "these") else phrase, target, "description")
                if draft.type == "PERSON" and not draft.anonymous:
                    draft.add_name(phrase.text)
        arrays = table.arrays
        pronouns = _member(arrays.lower, _PERSON_PRONOUN_IDS) & (arrays.pos == PRON)
        for i in np.flatnonzero(pronouns).tolist():
            if i in table.token_owner:
                continue
            owner = table.person_before(doc[i])
            if owner:
                table._claim_tokens(i, i + 1, owner, "pronoun")

    def _with_lower_case_portfolio(self, head: Token, phrase: Span) -> tuple[Span, list[str]]:
        """A ministry's description with its portfolio and the state after it, when the tagger
        left them out of any name ("the Ministry of economy of Armenia", "the Ministry of Foreign
        Affairs of Malta"), and the countries that state names (none without one)."""
        of_obj = _of_object(head)
        if of_obj is None:
            return phrase, []
        of, obj = of_obj
        if not all(t.is_lower or t.is_title for t in head.doc[of.i + 1:obj.i + 1]):
            return phrase, []
        role = self.kb.roles.sector_of(f"minister of {head.doc[of.i + 1:obj.i + 1].text}")
        if role is None or " of " not in role.term:
            return phrase, []
        doc, end = head.doc, obj.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN":
            state_end = end + 1
            while state_end < len(doc) and doc[state_end].pos_ == "PROPN":
                state_end += 1
            named_state = self.countries_in(doc[end + 1:state_end])
            if named_state:
                return Span(doc, phrase.start, state_end), named_state  # "of Armenia"
        return Span(doc, phrase.start, end), []

    def _state_portfolio_before_title(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name is a state's word and a portfolio that a person's title goes on with
        ("Philippine Defence | Secretary Gilberto Teodoro", "Kenyan Interior | Minister X")."""
        if end - start < 2 or end >= len(doc) or not doc[end].is_title:
            return False
        role = self.kb.roles.sector_of(doc[end].lower_)
        if role is None or not role.person or self.kb.countries.lookup(doc[start].text) is None:
            return False
        return self._only_portfolios(doc[start + 1:end].text)

    def _names_an_office_remit(self, doc: Doc, start: int, end: int) -> bool:
        """Whether capitalised words on start..end are the remit of an office that takes portfolios
        (`portfolio_titles` in words.yaml), no body: after the office and "of" ("the commissioner of
        Crisis Management", "the minister of the Internal Administration of Portugal"), or before the
        capitalised office and its holder's name ("Development Cooperation Minister X", "Public Service,
        Labour and Social Welfare Minister X"). A name ending in a body's word ("the minister of the
        Police Service") is a body, unless more portfolios follow it before the office."""
        body_end = doc[end - 1].lower_ in _BODY_NAME_ENDS
        j = start - 1
        if j >= 1 and doc[j].lower_ == "the":
            j -= 1
        if j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in _PORTFOLIO_TITLES and not body_end:
            return True
        k, listed = end, False
        while k < len(doc) and k - end <= _MOST_REMIT_WORDS and (
                doc[k].lower_ in ("and", "&", ",")
                or doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in _PORTFOLIO_TITLES):
            listed = listed or doc[k].lower_ in ("and", "&", ",")
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in _PORTFOLIO_TITLES or not doc[k].is_title \
                or doc[k - 1].text == "," or (body_end and not listed):
            return False
        holder = doc[k + 1]
        return holder.is_title and holder.is_alpha and not self._is_title_word(holder.lower_)

    def _office_remit_of(self, doc: Doc, start: int) -> Optional[int]:
        """The "of" of a capitalised office whose remit runs up to token ``start``: "Minister of the
        Interior", "Minister of Information and Communications Technology"; None when the words
        before ``start`` end no such office."""
        j = start - 1
        while j >= 1 and start - j <= _MOST_REMIT_WORDS and (
                doc[j].lower_ in ("the", "and", "&", ",")
                or doc[j].is_title and doc[j].is_alpha and not self._is_title_word(doc[j].lower_)):
            j -= 1
        if j >= 1 and doc[j].lower_ == "of" and self._is_person_title(doc[j - 1].text) \
                and not doc[j + 1:start].text.endswith(","):
            return j
        return None

    def _only_portfolios(self, text: str) -> bool:
        """Whether a name is only a minister's portfolios, maybe after a title ("Foreign Affairs",
        "Tánaiste and Foreign Affairs"): words of an office cut from its title, no body."""
        parts = [p for p in re.split(r"\s+(?:and|&)\s+(?:of\s+)?", text) if p]
        portfolios = 0
        for part in parts:
            role = self.kb.roles.sector_of(f"minister of {part}")
            if role is not None and " of " in role.term and role.end == len(f"minister of {part}"):
                portfolios += 1
            elif not (self.kb.roles.is_role_word(part) and (self.kb.roles.sector_of(part) or role).person):
                return False
        return portfolios > 0

    def _portfolio_end(self, head: Token) -> Optional[int]:
        """The end of a title's "of" portfolio when title and portfolio make one office the roles
        know ("minister of the armed forces", "minister of foreign affairs"), else None."""
        if head.pos_ != "NOUN" or not self.kb.roles.is_role_word(head.lower_):
            return None
        of_obj = _of_object(head)
        if of_obj is None:
            return None
        of, obj = of_obj
        end = obj.i + 1  # not the object's own phrases: "minister of the armed forces in Lome"
        if any(t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "PERSON") for t in head.doc[of.i + 1:end]):
            return None  # "minister of Togo", "head of the Mission": a state or body, no portfolio
        role = self.kb.roles.sector_of(head.doc[head.i:end].text)
        if role is None or " of " not in role.term or role.end < len(head.doc[head.i:end].text):
            return None
        return end

    @staticmethod
    def _body_of_title_before(table: ActorTable, head: Token) -> bool:
        """Whether an organisation is named in the sentence before the title (whose officer the
        title may be: "the CEO" after "Gazprom")."""
        sent_start = table.sent_start[head.i]
        return any(table.drafts[table.token_owner[i]].type == "ORG" for i in range(sent_start, head.i)
                   if i in table.token_owner)

    @staticmethod
    def _place_possessor_countries(table: ActorTable, head: Token) -> list[str]:
        """The state of a province, region or town that possesses an office ("Ituri's military
        governor", "Puntland's police chief"): a region the table holds as a place-like actor, else a
        proper name the gazetteer places (a place it does not know, of the dateline's or the story's
        state); empty when the possessor is no place or a state itself."""
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i and c.pos_ == "PROPN"), None)
        if possessor is None:
            return []
        # a place, labelled so here or where the text first names it ("in Zelorbe province")
        labelled = possessor.ent_type_ in ("GPE", "LOC") or any(
            e.label_ in ("GPE", "LOC") and e.text == possessor.text for e in table.doc.ents)
        if not labelled and possessor.ent_type_:
            return []
        owner = table.token_owner.get(possessor.i)
        if owner is not None:
            draft = table.drafts[owner]
            return [draft.country] if draft.type == "GPE" and draft.country and not owner.startswith("gpe:") else []
        from newsgraph.pipeline.places import get_gazetteer

        start = possessor.i
        while start > 0 and table.doc[start - 1].pos_ == "PROPN" and table.doc[start - 1].dep_ == "compound":
            start -= 1
        found = get_gazetteer().lookup(table.doc[start:possessor.i + 1].text, table.country_counts())
        if found is not None and (labelled or found.kind != "city"):
            return [found.country] if found.country else []
        # a province the gazetteer does not know lies in the state the story is filed from, else in its main state
        home = table.dateline_country or table.main_country
        return [home] if labelled and found is None and home else []

    def _office_holder_of_place(self, table: ActorTable, head: Token, role) -> Optional[str]:
        """"The governor of Minya", never named: a person known by an office of a place (a
        province, a city), of the state the gazetteer puts the place in. None when the "of" phrase
        names no place but a body or a person."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if place is None or place.pos_ != "PROPN" or place.i in table.token_owner:
            return None
        end = place.i + 1
        start = place.i
        while start > of.i + 1 and table.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if end < len(table.doc) and table.doc[end].lower_ in _PLACE_NOUNS_OF:
            end += 1  # "the governor of Minya province"
        from newsgraph.pipeline.places import get_gazetteer

        found = get_gazetteer().lookup(table.doc[start:place.i + 1].text, table.country_counts())
        countries = [found.country] if found is not None and found.country else []
        phrase = table.doc[head.i:end]
        return self._described_person(table, head, phrase.text, phrase, role, countries).key

    def _office_holder_named_later(self, table: ActorTable, chunk: Span, phrase: Span, role) -> Optional[str]:
        """"Poland's prime minister denounced ...", then "Mateusz Morawiecki said": the person named
        after the description who holds (or held) that office of that country, or bears that title."""
        countries = self.countries_in(phrase)
        wanted = canonical_role(role.term)
        # "Nicaragua's ambassador ... ambassador Rodrigo Talavera": a post held abroad names its
        # holder's own state, which outweighs the story's state guessed for him from the context
        accredited = role.term.split()[-1] in _ACCREDITED_PEOPLE and len(countries) == 1
        for d in sorted(table.drafts.values(), key=lambda d: d.first):
            if d.type != "PERSON" or d.anonymous or d.first <= chunk.start_char:
                continue
            if countries and d.country not in countries:
                if accredited and d.country_rule <= CONTEXT and not d.dictionary_id \
                        and any(_role_compatible(role.term, t) for t in d.titles):
                    d.set_code("country", countries[0], TITLE, "description-country", phrase.text)
                    return d.key
                continue
            entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
            if entry is not None and any(o.role == wanted and (not countries or o.country in countries)
                                         for o in entry.offices):
                return d.key
            if countries and any(_role_compatible(role.term, t) for t in d.titles):
                return d.key
        return self._sole_holder_described_alike(table, chunk, role) if not countries else None

    @staticmethod
    def _sole_holder_described_alike(table: ActorTable, chunk: Span, role) -> Optional[str]:
        """"accused the mayor of graft ... The mayor, Ramon Dizon, denied it": the one person of the
        article with that title, when the text later calls him by the same description."""
        head = chunk.root
        holders = [d for d in table.drafts.values() if d.type == "PERSON" and not d.anonymous
                   and any(_role_compatible(role.term, t) for t in d.titles)]
        if len(holders) != 1 or holders[0].first <= chunk.start_char:
            return None
        later = (t for t in chunk.doc[chunk.end:] if t.lower_ == head.lower_ and t.pos_ == "NOUN")
        alike = any(_apposed_person(table, t) == holders[0].key for t in later)
        return holders[0].key if alike else None

    def _description_target(self, table: ActorTable, chunk: Span, phrase: Span) -> Optional[str]:
        if not len(chunk):
            return None
        head = chunk.root.lemma_.lower()
        before = [d for d in table.drafts.values() if d.first < chunk.start_char]
        # "the source" / "this source": the latest anonymous source with that head
        if head in {"source", "official", "diplomat", "spokesman", "spokesperson", "spokeswoman"}:
            # the latest one so described, whether anonymous or named with that title
            cands = [d for d in before if (d.anonymous and d.head == head)
                     or (d.type == "PERSON" and any(head in t.lower() for t in d.titles))]
            if cands:
                return max(cands, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
        role = self.kb.roles.sector_of(phrase.text)
        countries = self.countries_in(phrase)
        if role and role.person and _complement_names_other(table, chunk.root):
            return None  # "the head of the Iraqi delegation" is not "the head" met before
        if role and role.person and _names_a_pair(table, chunk.root):
            return None  # "the two leaders" are two people, not the last one named
        if role and role.person:
            # "the police chief" is no earlier prime minister: a head whose own words give a sector
            # ("police" COP) fits only a person of that sector
            people = [d for d in before if d.type == "PERSON" and not d.anonymous and d.role
                      and any(_role_compatible(role.term, r) for r in d.titles)
                      and (not countries or d.country in countries)
                      and not (role.sector and d.sector and role.sector != d.sector
                               and not any(role.term.lower() in r.lower() for r in d.titles))]
            if people:
                return max(people, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
            # the office-holder of the article's country on its date, when named elsewhere in the text
            country = countries[0] if countries else table.main_country
            holder = self.kb.actors.office_holder(country, role.term, table.published) if country else None
            if holder:
                key = f"dict:{holder.id}"
                if key in table.drafts:
                    return key
            return None
        in_headline = chunk.root.tag_ == "NN" and table.in_headline(chunk.root.i)
        if chunk.root.tag_ == "NN" and (chunk[0].lower_ in _DEFINITE_SINGULAR_DETERMINERS
                                        or in_headline and chunk[0].lower_ not in ("a", "an")):
            # "the charity", "the shipping firm": the one body of that kind named before it; a
            # headline's "shipping firm" is the one the article names
            bodies = self._bodies_of_kind(table, chunk.root, _description_modifiers(chunk, chunk.root), countries)
            if not in_headline:
                bodies = [b for b in bodies if b.first < chunk.start_char]
            if len(bodies) == 1:
                return bodies[0].key
        if head in ORG_REFERENCE_HEADS and chunk[0].lower_ in ("this", "that", "the") and not countries:
            # "the humanitarian organisation", "the rights group": the kind its words give, else any armed
            # or political body, or one of no known sector
            said = role.sector if role is not None and role.sector and " " in role.term else None
            sectors = (said,) if said else ("REB", "PTY", "OPP", "MIL", None)
            orgs = [d for d in before if d.type == "ORG" and d.sector in sectors and d.head != head]
            named = [d for d in orgs if not d.key.startswith(("group:", "org:"))]
            if named and head in ("group", "movement", "organization", "organisation", "militia", "party", "faction", "front"):
                return max(named, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
        return None


def _of_a_deed(of: Token) -> bool:
    """Whether an "of" after a body's noun opens a deed, not the rest of a name: "accused the
    commission of inflating the figures" (the parser hangs the accusation's "of" on its object), also
    when a quotation opens the deed ('of "treating the law as a toy"')."""
    following = of.nbor(1) if of.i + 1 < len(of.doc) else None
    return following is not None and following.tag_ == "VBG" \
        or any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in of.children)


def _of_object(head: Token) -> Optional[tuple[Token, Token]]:
    """The "of" right after ``head`` among its dependents and that preposition's object ("minister
    *of* foreign *affairs*"), else None."""
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i != head.i + 1:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return (of, obj) if obj is not None else None


# words of a body named as a state's ruling one, placed by where it sits
_SEATED_BODY_WORDS = frozenset({"government", "council", "administration", "cabinet", "parliament", "assembly"})

# a body's name closed by "of" and a state: "People's Liberation Army of China"
_BODY_OF_STATE = re.compile(r"^(?P<body>.+?) of (?:the )?(?P<state>[A-Z][\w .'-]+)$")

# a state's possessive before lower-case words: "India's external affairs ministry"
_POSSESSED_DESCRIPTION = re.compile(r"^(?P<state>[A-Z][\w .-]*?)['’]s? (?P<rest>[a-z][a-z -]*[a-z])$")

# sectors of bodies that, named with no country and unknown to the dictionaries, are the story's own
_LOCAL_BODY_SECTORS = frozenset({"MED", "HLH", "EDU"})

# the last word of a unit's name that gives its sector, though in lower case it names no actor
# ("the Pacific Fleet" is a navy's; a "shadow fleet" of tankers is no one's forces)
_NAMED_UNIT_SECTORS = {"fleet": "MIL", "flotilla": "MIL",
                       # and a firm's ("Kalypso Maritime", "Nordic Shipping"), though "maritime forces" are no firm
                       "maritime": "BUS", "shipping": "BUS", "logistics": "BUS", "holdings": "BUS"}


def _introduced_indefinitely(doc: Doc, draft: "ActorDraft") -> bool:
    """Whether a person's first mention is introduced by "a"/"an" ("a former energy minister"): the
    article is a determiner of the mention's head, the person introduced, not referred to."""
    start, end, _ = min(draft.mentions)
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)


# Determiners of a definite singular description that takes up a body named before ("the firm", "this firm").
_DEFINITE_SINGULAR_DETERMINERS = ("the", "this", "that")


def _kin_named_in(table: ActorTable, d: ActorDraft, title: Span) -> Optional[str]:
    """The person a kin title names ``d`` by: the possessor in "Okafor's wife" or, for "his
    brother", the person "his" refers to."""
    for tok in title:
        owner = table.token_owner.get(tok.i)
        if owner and owner != d.key and table.drafts[owner].type == "PERSON" and not table.drafts[owner].anonymous:
            return owner
    before = title.doc[title.start - 1] if title.start > 0 else None
    for tok in [before, *title]:
        if tok is None or tok.dep_ != "poss":
            continue
        if tok.lower_ in ("his", "her"):
            owner = table.person_before(tok)
            return owner if owner != d.key else None
        # "Okafor's wife": the person named before whose surname the possessor is
        named = [p for p in table.drafts.values() if p.type == "PERSON" and p is not d and not p.anonymous
                 and p.first < tok.idx and any(n.split()[-1:] == [tok.text] for n in p.names)]
        if len(named) == 1:
            return named[0].key
    return None


def _role_sector(role, country: Optional[str]) -> Optional[str]:
    """The sector ``role`` gives a description, its national one when a state is named for its
    holders ("Ghanaian peacekeepers" MIL, "UN peacekeepers" IGO)."""
    if role is None:
        return None
    return role.national_sector if country and role.national_sector else role.sector


def _description_modifiers(span: Span, root: Token) -> list[Token]:
    """The lower-case words before a description's head that say what kind it is ("the medical charity")."""
    return [t for t in span if t.i < root.i and t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN", "VERB")]


def _gives_sector(modifier: str, role, sector: Optional[str]) -> bool:
    """Whether a description's modifier gives a body's sector: the role its words make holds the
    modifier ("medical charity", NGO) and has that sector."""
    return role is not None and bool(sector) and role.sector == sector and modifier in role.term.split()


def _kind_words(draft: "ActorDraft", canonical: Optional[str]) -> set[str]:
    """The lower-case words of a body's names and of its dictionary entry's name."""
    words: set[str] = set()
    for name in [*draft.names, canonical or ""]:
        words.update(w.strip(".,'\"()").lower() for w in name.split())
    return words


_NAMED_BODY_HEADS = frozenset({"group", "movement", "militia", "faction", "organisation", "organization",
                               "front", "coalition", "alliance"})


def _claim_named_body_phrases(table: ActorTable, doc: Doc, claimed: set[int]) -> None:
    """"the M23 rebel movement", "the Hamas group": a body's name and a lower-case word or two for
    what it is are that body, not a new group of that kind."""
    for head in doc:
        if head.lower_ not in _NAMED_BODY_HEADS or head.i in table.token_owner or head.i in claimed:
            continue
        k = head.i - 1
        while k >= 0 and head.i - k <= 2 and k not in table.token_owner and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].dep_ in ("compound", "amod"):
            k -= 1
        owner = table.token_owner.get(k) if k >= 0 else None
        if owner is None or table.drafts[owner].type != "ORG" or doc[k].head.i not in range(k + 1, head.i + 1):
            continue
        start = k
        while start - 1 >= 0 and table.token_owner.get(start - 1) == owner:
            start -= 1
        table.claim(doc[start:head.i + 1], owner, "description")
        claimed.update(range(start, head.i + 1))


# prepositions before "the X side" that make it a place or a front ("on the Russian side of the border")
_SIDE_AS_PLACE_PREPOSITIONS = frozenset({"on", "at", "across", "along", "into", "onto", "behind", "inside"})


def _claim_state_sides(table: ActorTable, kb: Knowledge, doc: Doc, claimed: set[int]) -> None:
    """"the Armenian side" of diplomatic prose is that state's government, as "Yerevan" is: claim
    the phrase for the state's actor. "the Serbian side of the border" and "on the Ukrainian side"
    are places, and "the other side" or "both sides" name no state."""
    for head in doc:
        if head.lower_ != "side" or head.pos_ != "NOUN" or head.i in table.token_owner or head.i in claimed:
            continue
        before = [c for c in head.children if c.i < head.i]
        if len(before) != 2 or before[0].lower_ != "the" or before[0].dep_ != "det" or before[1].i != head.i - 1:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
               for c in head.children):
            continue  # "the Serbian side of the border" ("the Georgian side of provoking ..." is the state)
        if head.dep_ == "pobj" and head.head.lower_ in _SIDE_AS_PLACE_PREPOSITIONS:
            continue
        if before[1].lower_ == "government" and table.main_country:
            iso = table.main_country  # "the government side" of talks with rebels: the story's state
        else:
            country = kb.countries.lookup(before[1].text)
            if country is None or country.kind not in ("demonym", "name"):
                continue
            iso = country.iso3
        span = doc[before[0].i:head.i + 1]
        key = table.state_key(iso)
        owner = table.token_owner.get(before[1].i)
        if owner is not None and owner != key:
            continue
        if key is None:
            table.country_actor(span)  # makes the state and claims the phrase
        else:
            table.claim(span, key, "description")
        claimed.update(range(span.start, span.end))


# --------------------------------------------------------------------------------------
# span helpers


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "duchess",
                           "empress", "sister", "mother", "daughter", "wife", "widow", "dame"})
_MALE_WORDS = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "emperor", "brother", "father",
                         "son", "husband", "widower"})


# "the prisons ombudsman said", "police arrested the opposition leader", never named: the holder of
# an office of the story's state as the clause's subject, or of its opposition as subject or object
# (a state office as object is mostly one told of before in other words: "to embarrass the minister")
_STORY_STATE_OFFICE_SECTORS = STATE_SECTORS | {"OPP"}

# sectors of a state's office that its post names ("the attorney general's office")
_POST_OFFICE_SECTORS = frozenset({"JUD"})


# a title that makes a person the head of an unnamed unit told of before ("the head of the mission")
_HEAD_OF_UNIT = re.compile(r"^(?:the\s+)?(?:head|chief|leader|director)\s+of\s+the\s+"
                           r"(?:(?:observer|observation|monitoring)\s+)?(mission|delegation)$", re.IGNORECASE)


def _claims_an_attack(name: Token) -> bool:
    """Whether the body named at ``name`` (or the noun it is in apposition to, or that calls itself
    so) is the subject of "claimed (responsibility for) the attack" or of "said it had carried out /
    was behind the attack"."""
    subject = name.head if name.dep_ == "appos" else name
    if name.dep_ in ("oprd", "dobj", "attr", "xcomp") and name.head.lemma_ == "call" and name.head.dep_ == "acl":
        subject = name.head.head  # "a group calling itself X claimed the attack"
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.lemma_ == "claim":
        return any(_ATTACK_WORDS.intersection({w.lemma_.lower() for w in obj.subtree})
                   or obj.lemma_ == "responsibility" for obj in verb.children if obj.dep_ == "dobj")
    if verb.lemma_ not in ("say", "announce", "state"):
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in clause.children) \
                and _ATTACK_WORDS.intersection({w.lemma_.lower() for w in clause.subtree}) \
                and clause.lemma_ in _ATTACK_CLAIM_VERBS \
                and (clause.lemma_ != "be" or any(c.lower_ == "behind" for c in clause.children)):
            return True  # "it was behind the attack", not "it was aware of the attack"
    return False


# what an armed group claims ("the attack", "the bombing") and the verbs it claims it with
_ATTACK_WORDS = frozenset({"attack", "bombing", "blast", "ambush", "assault", "explosion", "raid", "kidnapping",
                           "seizure"})
_ATTACK_CLAIM_VERBS = frozenset({"carry", "be", "conduct", "stage", "launch", "perpetrate"})  # "be" only "behind"


def _subject_body_of_sentence_before(table: ActorTable, its: Token) -> Optional[str]:
    """The body a sentence-opening "Its"/"Their" stands for: the subject of the sentence before
    ("The opposition party welcomed the bans and urged the EU to act. Its leader, X, said ..." is
    the party's leader, not the EU's), when that subject is an organisation."""
    doc = its.doc
    sent_start = table.sent_start[its.i]
    if any(doc[k].is_alpha for k in range(sent_start, its.i)) and not _opening_adjunct_before(doc, sent_start, its.i):
        return None  # "its" inside the sentence: the nearest body before stays the reading
    previous = next(iter(table._previous_sentences(sent_start, limit=1)), None)
    if previous is None:
        return None
    return _root_subject_body(table, *previous)


def _state_of_the_body_of_phrase(table: ActorTable, d: ActorDraft) -> Optional[str]:
    """"the rebels of the M23", "the soldiers of the Spanish navy": a group with no state of its own,
    first told of with an "of" phrase naming a body the text or dictionary gives a state, is of that
    state. None for any other draft."""
    if d.type != "GROUP" or not d.mentions:
        return None
    start, end, _kind = min(d.mentions)
    span = table.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        owner = table.drafts.get(table.token_owner.get(body.i, "")) if body is not None else None
        if owner is not None and owner.key != d.key and owner.type in ("ORG", "GROUP") and owner.country \
                and owner.country_rule > CONTEXT:
            return owner.country
    return None


def _state_of_the_force_named_before(table: ActorTable, d: ActorDraft) -> Optional[str]:
    """"The Bangladeshi navy seized two boats ... the navy had warned them": a bare armed force
    (MIL) with no state of its own is of the state the text gave the force of the same head word named
    before it, when every such force named before is of one state. None for any other draft."""
    if d.sector != "MIL" or not d.head or d.type not in ("GROUP", "ORG") \
            or any(n.lower().startswith(("its ", "their ")) or "own" in n.lower().split() for n in d.names):
        # a possessive ("its patrol", "its own patrols") tells whose force it is itself
        return None
    states = {o.country for o in table.drafts.values()
              if o.head == d.head and o is not d and o.country and o.country_rule > CONTEXT and o.first < d.first}
    return states.pop() if len(states) == 1 else None


def _forces_of(span: Span) -> Optional[Token]:
    """The plural noun whose "of" phrase names the body ``span``: "the armed groups of the X" (groups),
    "the combatants of the X"; None when the name is in no such phrase."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    noun = root.head.head
    return noun if noun.tag_ in ("NNS", "NNPS") and noun.i < span.start else None


# sectors of forces a body is made of ("the fighters of X"): its own sector
_ARMED_BODY_SECTORS = frozenset({"REB", "MIL", "COP"})


def _opening_adjunct_before(doc: Doc, sent_start: int, i: int) -> bool:
    """Whether the words of the sentence before token ``i`` are one opening phrase of time, place or
    means set off by a comma ("In a message sent to AFP, its spokesman ..."): a body named in it is
    no subject, and "its" still stands for the sentence before's ("according to X, its ..." is X's)."""
    first = doc[sent_start]
    return i - sent_start >= 3 and doc[i - 1].text == "," and first.pos_ == "ADP" \
        and first.lower_ not in _SOURCE_PREPOSITIONS \
        and not any(doc[k].text == "," for k in range(sent_start, i - 1))


_SOURCE_PREPOSITIONS = frozenset({"according", "for", "to", "like", "unlike", "as"})


def _root_subject_body(table: ActorTable, start: int, end: int) -> Optional[str]:
    """The organisation subject of the main verb of the sentence ``start``-``end``, when its first
    subject is one; the parser may split "the U.N. refugee agency UNHCR" into two subjects, and the
    named body is taken over the description."""
    doc = table.doc
    subjects = [i for i in range(start, end) if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT"]
    if not subjects:
        return None
    for i in subjects:
        if i > subjects[0] and (doc[i].head.i != doc[subjects[0]].head.i or i != subjects[-1] or i - subjects[0] > 4):
            break  # only a second subject right after the first, of the same verb
        owner = table.token_owner.get(i)
        if owner and table.drafts[owner].type == "ORG":
            return owner
    return None


def _root_subject_draft(table: ActorTable, start: int, end: int) -> Optional[ActorDraft]:
    """The actor that is the first subject of the main verb of the sentence ``start``-``end``, or None."""
    doc = table.doc
    for i in range(start, end):
        if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT":
            return table.drafts.get(table.token_owner.get(i, ""))
    return None


def _names_any(doc: Doc, words: tuple[str, ...]) -> bool:
    """Whether the text holds any of ``words`` (lower case) as a word."""
    return bool(words) and bool(re.search(r"\b(?:%s)\b" % "|".join(map(re.escape, words)), doc.text, re.IGNORECASE))


def _bare_title(text: str, role) -> bool:
    """Whether a title is its role term alone, an article aside ("Pope", "the pontiff"), with no
    word that could make it another body's ("Coptic Pope")."""
    return not re.sub(r"^(?:the|a)\s+", "", text[:role.start], flags=re.IGNORECASE).strip() \
        and not text[role.end:].strip()


def _root_subject_state(table: ActorTable, start: int, end: int) -> Optional[str]:
    """The state the main verb's subject of the sentence ``start``-``end`` is or speaks for (a state,
    a state's body, an official), or None."""
    owner = _root_subject_draft(table, start, end)
    if owner is not None and owner.country and (owner.type == "GPE" or owner.sector in STATE_SECTORS):
        return owner.country
    return None


def _subject_body_before(table: ActorTable, tok: Token) -> Optional[str]:
    """The named organisation that is the subject of the main verb of ``tok``'s sentence (before
    ``tok``) or of one of the two sentences before it: what "the agency's spokesman" or "the group's
    representative" most likely belongs to when no body before is called an agency or a group."""
    sent_start = table.sent_start[tok.i]
    for start, end in [(sent_start, tok.i), *table._previous_sentences(sent_start, limit=2)]:
        owner = _root_subject_body(table, start, end)
        if owner is not None and any(kind == "name" for _s, _e, kind in table.drafts[owner].mentions):
            return owner
    return None


# words any named body may be called again, whatever its name's own kind ("a department", "a committee")
_GENERIC_BODY_WORDS = frozenset({"group", "agency", "organisation", "organization"})
# a paragraph opening on a place and a date, then a credit in brackets and a dash: "Beijing, May 3 (" (group 1: the place)
_REPORTER_DATELINE = re.compile(r"([A-Z][A-Za-z'’.\- ]{2,30}),[^\n()]{1,30}\((?=[^()\n]{3,60}\)\s*[-–—])")
def _body_name_beside_own_title(table: ActorTable, d: ActorDraft, title: Span) -> bool:
    """"the inquiry by the Chief Prosecutor's Office, Municipality Mayor X": a body's whole name set off
    by a comma before a person who already has a title of their own is a neighbour, no title of theirs."""
    if d.type != "PERSON" or not d.titles:
        return False
    words = [t for t in title if not t.is_punct]
    owners = {table.token_owner.get(t.i) for t in words}
    if len(owners) != 1 or None in owners:
        return False
    owner = table.drafts.get(next(iter(owners)))
    return owner is not None and owner.key != d.key and owner.type == "ORG" and title.end < len(title.doc) \
        and title.doc[title.end].text == ","


_SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _bare_spokesman_title(title: Span) -> bool:
    """Whether a title is a spokesperson word alone, with no body, state or possessive before it, at
    the head of its sentence ("Spokeswoman X said") or right after the quotation the sentence opens
    with ('"We regret it," spokeswoman X said')."""
    words = [t for t in title if t.is_alpha]
    if len(words) != 1 or words[0].lower_ not in _SPOKESPERSON_WORDS:
        return False
    doc, i = title.doc, words[0].i
    start = doc[i].sent.start
    if i == start:
        return True
    j = i - 1
    while j > start and doc[j].text == ",":
        j -= 1
    return j > start and doc[j].is_quote and doc[start].is_quote


def _root_subject_actor_before(table: ActorTable, title: Span) -> Optional[str]:
    """The organisation or state that is the subject of the main verb of the sentence right before
    ``title``'s: whom a bare "Spokesman X" there speaks for."""
    previous = next(iter(table._previous_sentences(table.sent_start[title.start], limit=1)), None)
    if previous is None:
        return None
    owner = _root_subject_draft(table, *previous)
    if owner is not None and owner.type in ("ORG", "GPE") and owner.country or owner is not None \
            and owner.type == "ORG" and owner.sector:
        return owner.key
    return None


def _gender_of_word(word: str) -> Optional[str]:
    """The gender a word of a title or a pronoun tells ("spokeswoman", "Mrs", "she"), if any."""
    if word in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[word]
    if word in _FEMALE_WORDS or (word.endswith("woman") and len(word) > 5):
        return "f"
    if word in _MALE_WORDS or (word.endswith("man") and word[-5:] != "woman" and len(word) > 5
                               and word not in ("german", "ottoman", "roman")):
        return "m"
    return None


# Sectors of bodies that "the group", "the rebels" or "the movement" may point back to.
_ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF"})
_ARMED_GROUP_WORDS = frozenset({"group", "rebels", "militia", "movement"})

# Words for a body that "the X's chief executive" may point back to, besides ORG_REFERENCE_HEADS.
_POSSESSED_BODY_WORDS = frozenset({"foundation", "firm", "charity", "bank", "network", "association",
                                   "institute", "federation", "confederation", "centre", "center", "hospital",
                                   "university", "newspaper", "broadcaster", "carrier", "airline", "operator",
                                   "shipping", "group", "bureau", "directorate", "commission", "authority",
                                   "service", "rebels"})
_POSSESSED_BODY_HEADS = ORG_REFERENCE_HEADS | _POSSESSED_BODY_WORDS


def _names_body_word(draft: ActorDraft, word: str, text: str) -> bool:
    """Whether a body's names, head, a word right after its name or a description the text gave it
    say it is a ``word`` ("Hanmaeum Medical Foundation" is a foundation, so is "the Ennahdha
    movement" a movement; "Blue Wave Shipping" a company: any named firm is one)."""
    if draft.head == word or any(n.lower().split()[-1:] == [word] for n in draft.names):
        return True
    if any(text[e:e + len(word) + 1].lower() == f" {word}" for _s, e, kind in draft.mentions if kind == "name"):
        return True
    if any(kind == "description" and text[s:e].lower().split()[-1:] == [word] for s, e, kind in draft.mentions):
        return True  # "X ... the group, which trains observers ... The group's director": called so before
    if word in _ARMED_GROUP_WORDS and draft.sector in _ARMED_GROUP_SECTORS:
        return True  # "the M23 ... The group's spokesman": a named armed group is a group
    if word in ("company", "firm"):
        return draft.sector == "BUS" or any(n.split()[-1:] and n.split()[-1] in _COMPANY_NAME_ENDS
                                            for n in draft.names)
    return False


_COMPANY_NAME_ENDS = frozenset({"Shipping", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Group",
                                "Holdings", "LLC", "PLC", "plc", "GmbH", "SA", "AG", "Co.", "Company", "Trading",
                                "Energy", "Petroleum", "Airlines", "Airways", "Logistics", "Maritime", "Lines",
                                "Bank", "Industries", "Technologies", "Systems"})


def _body_told_before(table: ActorTable, title: Span) -> Optional[ActorDraft]:
    """The body of a known country that a title's leading body word ("Government spokeswoman") names
    again, when the same or one of the two sentences before told of it ("Chile's government")."""
    word = title[0]
    if not word.is_title or word.pos_ not in ("NOUN", "PROPN"):
        return None
    for i, _start in table.positions_back(title.start, sentences=2):
        owner = table.drafts.get(table.token_owner.get(i, ""))
        if owner is not None and owner.type == "ORG" and owner.country and owner.head \
                and owner.head == word.lemma_.lower() and not owner.dictionary_id:
            return owner
    return None


def _unlink_dictionary(draft: ActorDraft, names: list[str]) -> None:
    """Forget the dictionary entry a draft was matched to, and the codes it gave: only `names` stay."""
    draft.names, draft.dictionary_id, draft.evidence = names, None, []
    draft.country = draft.sector = None
    draft.country_rule = draft.sector_rule = 0


def _accredited_to(tok: Token, title: Span) -> bool:
    """Whether ``tok`` sits under "to" inside the title: the body an envoy is sent to."""
    return any(a.lower_ == "to" and a.dep_ == "prep" and a.i >= title.start for a in tok.ancestors)


@lru_cache(maxsize=1 << 14)
def _strip_name(text: str) -> str:
    text = text.strip().strip('"\'').strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"'s$|'$", "", text)
    return text.strip(' "\'.,;:')


def _title_case_headlines(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the Doc's title and heading blocks written in Title Case."""
    out = []
    for kind, start, end in block_spans(doc):
        if kind not in HEADLINE_KINDS:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 1 and is_title_case(t.text for t in span):
            out.append((start, end))
    return out


def _clean_name_bounds(arrays: _TokenArrays, start: int, end: int) -> list[tuple[int, int]]:
    """The names in the entity on tokens start..end, as token bounds: split at line breaks, quote
    marks and slashes ("KNS/AP"), each without leading articles and trailing possessive endings or
    punctuation."""
    orth, newline, space = arrays.orth_list, arrays.newline_list, arrays.space_list
    alpha, digit, lower = arrays.alpha_list, arrays.digit_list, arrays.lower_list
    out = []
    segment_start = start
    for k in range(start, end + 1):
        if k < end and not (orth[k] in _NAME_BREAK_IDS or newline[k] or space[k]):
            continue
        lo, hi = segment_start, k
        while lo < hi and (lower[lo] in _ARTICLE_IDS or not (alpha[lo] or digit[lo] or _has_letters(arrays, lo))):
            lo += 1  # "U.S." and "S&P" start a name; a quote mark or dash does not
        while hi > lo and (orth[hi - 1] in _POSSESSIVE_END_IDS or lower[hi - 1] in _JOINING_END_IDS
                           or not (alpha[hi - 1] or digit[hi - 1] or _elided(arrays, hi - 1)
                                   or hi - 1 == lo and _letter_before_full_stop(arrays, hi - 1))):
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
        segment_start = k + 1
    return out


_LETTER_AND_STOP = re.compile(r"^[A-Z]\.$")


def _letter_before_full_stop(arrays: _TokenArrays, i: int) -> bool:
    """Whether token ``i`` is a one-letter name the tokenizer glued to the full stop ending its
    sentence ("she wrote on X."): the letter is the name."""
    return bool(_LETTER_AND_STOP.match(arrays.string(arrays.orth_list[i]))) and \
        (i + 1 >= arrays.n or arrays.title_list[i + 1] or arrays.newline_list[i] or arrays.newline_list[i + 1])


_ELIDED = re.compile(r"^[^\W\d_]+['’][^\W\d_]+$")


def _elided(arrays: _TokenArrays, i: int) -> bool:
    """Whether token ``i`` is a word with an elision inside ("d'Orsay", "O'Neill"): a name's word."""
    return bool(_ELIDED.match(arrays.string(arrays.orth_list[i])))


def _has_letters(arrays: _TokenArrays, i: int) -> bool:
    """Whether token ``i`` holds a letter or digit though it is not all letters ("U.S.", "S&P")."""
    return any(ch.isalnum() for ch in arrays.string(arrays.orth_list[i]))


def _repair_name_bounds(arrays: _TokenArrays, kb: Knowledge, start: int, end: int, label: str,
                        bounds: tuple[int, int], title_like: dict[int, bool]) -> Optional[tuple[int, int]]:
    """Grow the name on tokens start..end over glued hyphen parts and adjacent capitalised words;
    for people, drop the title words before the name ("US President Donald Trump" → "Donald
    Trump"). Token bounds, or None when no name is left. (A token's trailing whitespace is a
    space or nothing, never a line break.)"""
    pos, orth, alpha, lower = arrays.pos_list, arrays.orth_list, arrays.alpha_list, arrays.lower_list
    idx, ends, name_token, spacy = arrays.idx_list, arrays.end_list, arrays.name_token_list, arrays.spacy_list
    sent_flag, stop, title = arrays.sent_flag_list, arrays.stop_list, arrays.title_list
    ent_type = arrays.ent_type_list
    string = arrays.string
    sent_start, sent_end = bounds
    person_like = label in ("PERSON", "GPE")
    while True:
        grew = False
        # glued hyphen parts on the right: "Mlambo" "-" "Ngcuka"
        if end + 1 < sent_end and orth[end] in _HYPHEN_APOSTROPHE_ID_SET and ends[end - 1] == idx[end] \
                and ends[end] == idx[end + 1] and alpha[end + 1] \
                and not (person_like and orth[end] == _HYPHEN_ID and string(lower[end + 1]) == string(orth[end + 1])
                         and pos[end + 1] != PROPN):
            end += 2  # "Mlambo-Ngcuka", and "Han-sol", whose lower-case part is still a name's
            grew = True
        elif person_like and end + 2 < sent_end and lower[end] in _ARTICLE_PARTICLE_IDS and orth[end + 1] == _HYPHEN_ID \
                and ends[end] == idx[end + 1] and ends[end + 1] == idx[end + 2] and title[end + 2]:
            end += 3  # "Abdul-Karim al-Ghazali", which the tagger cut before the article
            grew = True
        elif person_like and end < sent_end and name_token[end] and spacy[end - 1] and pos[end] == PROPN \
                and not kb.countries.lookup(string(orth[end])) and not kb.roles.is_role_word(string(lower[end])):
            end += 1
            grew = True
        if start - 2 >= sent_start and orth[start - 1] == _HYPHEN_ID and ends[start - 2] == idx[start - 1] \
                and ends[start - 1] == idx[start] and alpha[start - 2]:
            start -= 2
            grew = True
        elif person_like and start - 1 >= sent_start and (name_token[start - 1] or lower[start - 1] in _NAME_INNER_IDS) \
                and (not sent_flag[start - 1] or pos[start - 1] == PROPN and not stop[start - 1]) \
                and not (label == "PERSON" and ent_type[start - 1] == _ORG_LABEL_ID):
            # (a body the tagger read just before a person's name is not part of it)
            start -= 1
            grew = True
        if not grew:
            break
    if label == "ORG" and start - 1 >= sent_start and title[start - 1]:
        before = kb.countries.lookup(string(orth[start - 1]))
        if before is not None and before.kind == "demonym" and kb.roles.is_role_word(string(lower[end - 1])):
            start -= 1  # "Iranian" + "Foreign Ministry": the state is part of the body's name
    lo, hi = start, end
    if person_like:
        # cut everything up to the last title word, demonym or honorific
        cut = 0
        for n, k in enumerate(range(start, end)):
            word_cuts = title_like.get(orth[k])  # what depends on the word alone, kept by its string id
            if word_cuts is None:
                low = string(lower[k]).rstrip(".")
                country = kb.countries.lookup(string(orth[k]))
                word_cuts = title_like[orth[k]] = bool(
                    kb.roles.is_role_word(low) or low in HONORIFICS or (country and country.kind != "capital")
                    or orth[k] == _PERIOD_ID)
            if word_cuts and n > cut and k + 1 < end and name_token[k - 1] and name_token[k + 1] \
                    and lower[k] in _NAME_HONORIFIC_IDS:
                continue  # "Hassan Sheikh Warsame": after a given name, the honorific is part of the name
            if word_cuts or (pos[k] == ADJ and not title[k]
                             and not (k > start and orth[k - 1] == _HYPHEN_ID and ends[k - 1] == idx[k])):
                cut = n + 1  # (a lower-case part glued by a hyphen, "Jae-myung", is still the name's)
        # "Vice-President": a title glued by a hyphen goes with the title
        width = end - start
        while cut < width and orth[start + cut] == _HYPHEN_ID:
            cut += 2 if cut + 1 < width else 1
        lo = min(start + cut, end)
        while lo < hi and lower[lo] in _NAME_INNER_IDS and hi - lo > 1 and lower[lo] not in _NAME_PARTICLE_IDS:
            lo += 1
        while lo < hi and lower[hi - 1] in _NAME_INNER_IDS:
            hi -= 1
        if lo >= hi or not any(name_token[lo:hi]):
            return None
    if lo >= hi:
        return None
    if string(lower[hi - 1]) in THING_HEADS:
        return None
    return lo, hi


# body nouns whose name may go on with its remit: "Task Force on Media Security", "Committee for Press Freedom"
_REMIT_BODY_HEADS = frozenset({"force", "commission", "committee", "council", "office", "center", "centre", "institute",
                               "board", "authority", "agency", "bureau", "panel", "directorate", "secretariat"})
_REMIT_WORDS = frozenset({"on", "for", "against"})
# capitalised words that close no remit: dates
_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)


def _joined_name_end(arrays: _TokenArrays, end: int, sent_end: int) -> int:
    """The end of a body's name that the tagger cut at its "and" ("the Lusaka Water Supply" + "and
    Sanitation Company"): "and" and up to three capitalised words, outside any name the tagger found
    ("Kampala Bottlers and Uganda Revenue Authority" are two), closed by a body's last word
    (`_BODY_NAME_ENDS`), after a name that does not close with one itself; else ``end``."""
    string, lower = arrays.string, arrays.lower_list
    if end + 2 >= sent_end or string(lower[end]) != "and" or string(lower[end - 1]) in _BODY_NAME_ENDS:
        return end
    k = end + 1
    while k < sent_end and k - end <= 3 and arrays.title_list[k] and arrays.alpha_list[k] \
            and arrays.ent_type_list[k] == 0:
        if string(lower[k]) in _BODY_NAME_ENDS:
            return k + 1
        k += 1
    return end


def _remit_end(arrays: _TokenArrays, kb: Knowledge, end: int, sent_end: int) -> int:
    """The end of a body's name that the tagger cut before its remit ("the Presidential Task Force" +
    "on Media Security"): "on", "for" or "against" and a run of capitalised words that names no
    state, person, place or date; else ``end``."""
    string, lower, orth = arrays.string, arrays.lower_list, arrays.orth_list
    if end + 1 >= sent_end or string(lower[end]) not in _REMIT_WORDS \
            or string(lower[end - 1]) not in _REMIT_BODY_HEADS:
        return end
    k = end + 1
    while k < sent_end and arrays.title_list[k] and arrays.alpha_list[k] and arrays.ent_type_list[k] in (0, _ORG_LABEL_ID) \
            and string(lower[k]) not in _DATE_WORDS and not kb.countries.lookup(string(orth[k])):
        k += 1
    return k if k > end + 1 else end


_CAPITAL_WITH_DIGITS = re.compile(r"^(?:[A-Z][A-Za-z]*\d+[A-Za-z]*|\d+[A-Z][A-Za-z]*)$")


def _capital_with_digits(text: str) -> bool:
    """Whether a token is a name written with capitals and digits ("M23", "G20", "APT28", "M5S", "3R"),
    which the dictionary may know; a bare number, a decade ("1990s") or a date never is."""
    return bool(_CAPITAL_WITH_DIGITS.match(text))


def _camel_case_mask(arrays: _TokenArrays) -> np.ndarray:
    """Mask of the words written in camel case ("YouTube", "NetBlocks", "WhatsApp"): a brand's or a
    body's name, capitalised though `is_title` says no."""
    mixed = arrays.is_alpha & ~arrays.is_title & ~arrays.is_upper & (arrays.orth != arrays.lower)
    mask = np.zeros(arrays.n, dtype=bool)
    for i in np.flatnonzero(mixed).tolist():
        mask[i] = arrays.string(int(arrays.orth[i]))[0].isupper()
    return mask


# camel-cased family names ("McCain", "LeBlanc", "DiMaio"): a person's, not a made name
_CAMEL_SURNAME = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Al|El|Abd|Abu|Ben|Bin|St|O)[A-Z]")


def _camel_cased(word: str) -> bool:
    """Whether a word is written in camel case ("NetBlocks", "WikiLeaks"): a made name, never a
    fragment of one (family names such as "McCain" are no made names)."""
    return word.isalpha() and word[0].isupper() and not word.istitle() and not word.isupper() \
        and not _CAMEL_SURNAME.match(word)


def _qualifies_noun_after(tok: Token) -> bool:
    """Whether a name's last word qualifies a noun after it ("BrahMos missiles"): a make, not an actor."""
    return tok.head.i > tok.i and tok.dep_ in ("compound", "nmod", "amod")


def _capitalised_runs(doc: Doc, arrays: _TokenArrays) -> list[tuple[int, int]]:
    """Runs of capitalised words (with connectors inside), the raw material for dictionary lookups,
    as (start, end) token bounds."""
    shaped = arrays.is_title | (arrays.is_upper & (arrays.length > 1))
    cap = shaped & arrays.is_alpha
    for i in np.flatnonzero(shaped & ~arrays.is_alpha).tolist():
        text = arrays.string(int(arrays.orth[i]))
        cap[i] = "-" in text or "'" in text or _capital_with_digits(text)
    cap |= _camel_case_mask(arrays)
    for i in np.flatnonzero(cap & _member(arrays.lower, _OPENER_IDS)).tolist():
        if doc[i].is_sent_start:
            cap[i] = False
    # a connector word or mark never holds a line break
    connector = _member(arrays.lower, _CONNECTOR_IDS) | _member(arrays.orth, _HYPHEN_APOSTROPHE_IDS)
    # a run goes from the first to the last capitalised word of a stretch of capitalised words and
    # connectors: two capitalised words share a run when no other word comes between them
    caps = np.flatnonzero(cap)
    if not len(caps):
        return []
    stretch = np.cumsum(~(cap | connector))[caps]
    first = np.ones(len(caps), dtype=bool)
    first[1:] = stretch[1:] != stretch[:-1]
    last = np.ones(len(caps), dtype=bool)
    last[:-1] = first[1:]
    return list(zip(caps[first].tolist(), (caps[last] + 1).tolist()))


_NP_DEP_IDS = _string_ids(["oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"])
_CONJ_DEP = get_string_id("conj")


def _read_noun_phrases(table: ActorTable) -> None:
    """Set the table's noun chunks: `doc.noun_chunks`, none without a parse. For English, the chunks
    are found the way spaCy's English iterator finds them, but visiting only the tokens that can
    end one, and kept as token bounds."""
    doc = table.doc
    if doc.noun_chunks_iterator is not english_noun_chunks:
        try:
            table.chunks = list(doc.noun_chunks)
        except ValueError:  # no parse
            table.chunks = []
        return
    table.chunk_bounds = _english_noun_phrases(doc, table.arrays) if doc.has_annotation("DEP") else []


def _english_noun_phrases(doc: Doc, arrays: _TokenArrays) -> list[tuple[int, int]]:
    """Token bounds of the noun chunks spaCy's English iterator yields for a parsed Doc."""
    np_deps = set(_NP_DEP_IDS.tolist())
    pos, dep = arrays.pos, arrays.dep
    # any other token is passed over by the iterator without changing its state
    ends = ((pos == NOUN) | (pos == PROPN) | (pos == PRON)) & (_member(dep, _NP_DEP_IDS) | (dep == _CONJ_DEP))
    deps = arrays.dep_list
    chunks: list[tuple[int, int]] = []
    prev_end = -1
    for i in np.flatnonzero(ends).tolist():
        word = doc[i]
        left = word.left_edge.i
        if left <= prev_end:
            continue
        if deps[i] in np_deps:
            prev_end = i
            chunks.append((left, i + 1))
        else:
            head = word.head
            while head.dep == _CONJ_DEP and head.head.i < head.i:
                head = head.head
            if head.dep in np_deps:
                prev_end = i
                chunks.append((left, i + 1))
    return chunks


def _phrase_without_det(chunk: Span) -> Optional[Span]:
    toks = [t for t in chunk if not (t.dep_ in ("det", "predet") or t.text in ('"', "'") or t.is_space)]
    toks = [t for t in toks if "\n" not in t.text]
    if not toks:
        return None
    return chunk.doc[toks[0].i:toks[-1].i + 1]


def _phrase_of(table: ActorTable, chunk: Span) -> Optional[Span]:
    """`_phrase_without_det`, read off the document's token arrays."""
    if chunk.doc is not table.doc:
        return _phrase_without_det(chunk)
    bounds = _phrase_bounds(table.arrays.droppable, chunk.start, chunk.end)
    return None if bounds is None else Span(chunk.doc, bounds[0], bounds[1])


def _phrase_bounds(droppable: list[bool], start: int, end: int) -> Optional[tuple[int, int]]:
    """Token bounds of `_phrase_without_det` of the tokens start..end."""
    while start < end and droppable[start]:
        start += 1
    if start == end:
        return None
    while droppable[end - 1]:
        end -= 1
    return start, end


def _with_prep_modifiers(head: Token) -> Span:
    """The noun phrase of a head with its prepositional modifiers: "a source in the Hezbollah Brigades"."""
    doc = head.doc
    start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in ("relcl", "acl"))
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "at", "within", "close", "inside", "near", "with"):
            end = max(end, max(t.i for t in child.subtree) + 1)
    span = doc[start:end]
    for tok in span:  # never run past a line break
        if tok.i > head.i and "\n" in tok.text:
            return doc[start:tok.i]
    return span


def _with_of_bounds(doc: Doc, arrays: _TokenArrays, start: int, end: int) -> tuple[int, int]:
    """A phrase (token bounds) with the "of" phrase after its head: "axis" → "axis of resistance"."""
    # only an "of" right after the head, attached to it as a preposition, extends the phrase
    if end < arrays.n and arrays.lower_list[end] == _OF_ID and arrays.dep_list[end] == _PREP_DEP \
            and arrays.head_list[end] == end - 1:
        return start, max(t.i for t in doc[end].subtree) + 1
    return start, end


def _with_capitalised_of(table: ActorTable, head: Token, phrase: Span) -> Span:
    """A capitalised body noun's phrase with the capitalised "of" phrase that completes its name
    ("Iranian Ministry" + "of Foreign Affairs"), up to a word another actor holds."""
    doc, arrays = table.doc, table.arrays
    j = head.i + 1
    if not head.is_title or j + 1 >= len(doc) or doc[j].lower_ != "of" or head.i != phrase.end - 1:
        return phrase
    end = j
    k = j + 1
    sent_end = table.sent_end[head.i]
    while k < sent_end and k not in table.token_owner and "\n" not in doc[k - 1].whitespace_:
        if arrays.title_list[k] and arrays.alpha_list[k]:
            end = k + 1
        elif doc[k].lower_ not in ("and", "of", "for", "the", "&"):
            break
        k += 1
    return doc[phrase.start:end] if end > j + 1 else phrase


def _of_country_end(kb: Knowledge, doc: Doc, end: int) -> tuple[int, Optional[str]]:
    """The end of an "of <Country>" right after token ``end`` and that country, else (``end``, None)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end + 1].is_title:
        return end, None
    longest = end + 1
    while longest < min(len(doc), end + 4) and (doc[longest].is_alpha or doc[longest].text in ("-", ".")):
        longest += 1
    for stop in range(longest, end + 1, -1):
        match = kb.countries.lookup(doc[end + 1:stop].text)
        if match is not None and match.kind in ("name", "alias"):
            return stop, match.iso3
    return end, None


def _first_portfolio(name: str) -> Optional[str]:
    """The name of a ministry of two portfolios cut after its first one ("Ministry of Foreign
    Affairs" of "Ministry of Foreign Affairs and International Cooperation"); None for other names."""
    words = name.split()
    lower = [w.lower() for w in words]
    if "and" not in lower or "of" not in lower:
        return None
    cut = lower.index("and")
    if not any(w in _PORTFOLIO_BODIES for w in lower[:cut]) or "of" not in lower[:cut] or lower[cut - 1] == "of":
        return None
    return " ".join(words[:cut])


def _words_after_role(name: str, role_end: int) -> bool:
    """Whether words other than a preposition's phrase follow the role word ending at ``role_end``."""
    rest = name[role_end:].split()
    return bool(rest) and rest[0].lower() not in ("of", "for", "in", "on", "to", "from", "at")


def _shortens(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` are fewer than ``full``'s, in the same order, with the same last
    word, or are all of ``full`` before its "of" ("Supreme Court" of "Supreme Court of Justice")."""
    if len(short) >= len(full):
        return False
    if "of" in full and full[:full.index("of")] == short:
        return True
    if short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def _descends(heads: list[int], i: int, ancestor: int) -> bool:
    """Whether token ``ancestor`` is token ``i``'s ancestor (or ``i`` itself)."""
    while i != ancestor:
        up = heads[i]
        if up == i:
            return False
        i = up
    return True


_NEXT_WORD = re.compile(r"\s+[A-Za-z]+")  # the word after a match, for `_opens_a_region`


def _description_start(arrays: _TokenArrays, head: int) -> int:
    """Where the description headed by token ``head`` starts: the head noun with its modifiers
    right before it, without determiners or a possessor ("Iranian Foreign Ministry")."""
    pos, dep, orth, heads = arrays.pos_list, arrays.dep_list, arrays.orth_list, arrays.head_list
    alpha, ent_type = arrays.alpha_list, arrays.ent_type_list
    start = head
    # the modifiers right before the head, one after another, in its subtree
    i = head - 1
    while i >= 0 and dep[i] in _DESCRIPTION_LEFT_DEP_SET and _descends(heads, i, head):
        # a state's dotted abbreviation ("U.S. embassy") or plural possessive ("the Philippines'
        # foreign ministry") goes on like a word
        place_word = ent_type[i] in _PLACE_ENT_IDS and _has_letters(arrays, i) \
            or orth[i] in _POSSESSIVE_IDS and i > 0 and ent_type[i - 1] in _PLACE_ENT_IDS
        if not (alpha[i] or orth[i] == _POSSESSIVE_S_ID or place_word):
            text = arrays.string(orth[i])
            joins = text == "-" and i > 0 and alpha[i - 1] and alpha[i + 1]  # "anti - corruption court"
            if not ("-" in text and len(text) > 1) and not joins:
                break
        start = i
        i -= 1
    for i in range(start, head):
        if orth[i] in _POSSESSIVE_IDS and not (i > 0 and ent_type[i - 1] in _PLACE_ENT_IDS):
            start = i + 1  # "the group's news agency": the possessor is not part of the description
    while start < head and (dep[start] == _POSS_DEP and pos[start] == PRON or orth[start] in _POSSESSIVE_S_HYPHEN_IDS):
        start += 1
    return start


_CREW_HEADS = get_words().speakers.crew_heads


def _group_told_before(table: ActorTable, head: Token, lemma: str) -> Optional[str]:
    """The group a bare "the patrol" / "the troops" repeats: "a Nigerien army patrol landed ...
    Beninese troops fired on the patrol" is the Nigerien patrol, the only group of that head noun
    and of a known country named in the sentences just before (none when two states' are)."""
    if _determiner(head) != "the":
        return None
    return table.body_before(head, lambda d: d.head == lemma and d.country is not None,
                             sentences=2, types=("GROUP",))


def _determiner(head: Token) -> str:
    for child in head.children:
        if child.dep_ in ("det", "predet", "nummod") and child.i < head.i:
            return child.lower_
        if child.dep_ == "poss":
            return "poss"
    return ""


def _title_tokens(span: Span, is_title_word, sent_start: int,
                  ends_title: Callable[[Span], bool] = lambda words: False) -> list[Token]:
    """Tokens right before a name that form its title: "former Iranian diplomat", "Col.", "the
    human rights defender" (``ends_title`` tells a title of several words whose last is no title alone)."""
    doc = span.doc
    i = span.start - 1
    if i < sent_start:
        return []
    last = doc[i].lower_.rstrip(".") if doc[i].text != "." or i == 0 else doc[i - 1].lower_
    of_at = _office_of_at(doc, i, is_title_word, sent_start)
    if not (is_title_word(last) or last in HONORIFICS or of_at is not None
            or ends_title(doc[max(sent_start, i - 3):i + 1])):
        return []
    toks: list[Token] = []
    while i >= sent_start:
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        if of_at is not None and of_at <= i:
            toks.insert(0, tok)  # "Secretary of State", "Minister of the Interior": the office's own words
            i -= 1
            continue
        # (a possessive's "'s" goes on to the body it closes: "Education International's general secretary")
        if tok.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART") and tok.dep_ != "poss" \
                and tok.lower_ not in PAST_WORDS and not (tok.text in ("'s", "’s") and tok.dep_ == "case"):
            break
        # (an abbreviated rank keeps its full stop: "army spokesman Maj. Gen. X")
        if not (tok.is_alpha or tok.text in ("-", ".", "'s") or "-" in tok.text or "'" in tok.text
                or tok.text.endswith(".") and tok.text[:-1].lower() in _FORMAL_HONORIFICS):
            break
        toks.insert(0, tok)
        i -= 1
    return toks


def _remit_preposition(doc: Doc, j: int, is_title: Callable[[Token], bool]) -> bool:
    """Whether token ``j`` is the "of" or "for" of an office's remit, right after a title
    ("Minister for Economic Affairs", "president of the Far North")."""
    return j >= 1 and doc[j].lower_ in ("of", "for") and is_title(doc[j - 1])


def _office_of_at(doc: Doc, i: int, is_title_word, sent_start: int) -> Optional[int]:
    """Where the "of" or "for" phrase of a capitalised office ending at token ``i`` starts ("of" in
    "Secretary of State", "Minister for Economic Affairs"), when a title word stands right before it;
    else None."""
    j = i
    # (a title word right after "of" is the remit's: "Minister of Justice")
    while j > sent_start and (doc[j].is_title and doc[j].is_alpha
                              and (not is_title_word(doc[j].lower_) or doc[j - 1].lower_ in ("of", "the"))
                              or doc[j].lower_ in ("the", "and") and j < i):
        j -= 1
    if j < i and j > sent_start \
            and _remit_preposition(doc, j, lambda title: is_title_word(title.lower_) and title.is_title):
        return j
    # all in lower case: "the minister of energy NAME", the office one or two nouns long
    j = i
    while j > sent_start and i - j < 2 and doc[j].is_lower and doc[j].pos_ == "NOUN" \
            and not is_title_word(doc[j].lower_):
        j -= 1
    if j < i and j > sent_start and doc[j].lower_ == "of" and doc[j - 1].is_lower and is_title_word(doc[j - 1].lower_) \
            and i + 1 < len(doc) and doc[i + 1].is_title:
        return j
    return None


# Courtesy titles that may stand between an apposed title's comma and the name ("..., Mr. NAME").
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_FORMAL_HONORIFICS = HONORIFICS - _COURTESY_TITLES  # honorifics other than the courtesy titles


def _start_before_courtesy_title(doc: Doc, start: int, sent_start: int) -> int:
    """Where the name starting at token ``start`` starts with the courtesy title before it ("Mr.",
    "Dr"), which the name's span leaves out."""
    while start - 1 > sent_start and (doc[start - 1].lower_.rstrip(".") in _COURTESY_TITLES
                                      or doc[start - 1].text == "." and doc[start - 2].lower_ in _COURTESY_TITLES):
        start -= 1
    return start


def _titles_of(span: Span, sent_start: int, is_title_word, is_person_title=lambda word: True,
               is_rank=lambda word: False, ends_title: Callable[[Span], bool] = lambda words: False) -> list[Span]:
    """Title phrases attached to a name: before it, in apposition after it, or the noun it is apposed to."""
    doc = span.doc
    out: list[Span] = []
    before = _title_tokens(span, is_title_word, sent_start, ends_title)
    if before:
        out.append(doc[before[0].i:span.start])
        # a second title before a comma: "the AU High Representative for the Horn of Africa, former ... NAME"
        earlier = _title_before_comma(doc, before[0].i, is_title_word, sent_start)
        if earlier is not None:
            # "his Vietnamese counterpart, General X": a lone rank yields to the office set before it
            out.insert(0 if len(before) == 1 and is_rank(before[0].lower_.rstrip(".")) else 1, earlier)
    root = span.root
    # "the ambassador of Algeria, Mr. Karim Haddad": an honorific after the comma leaves it the title's
    lead = _start_before_courtesy_title(doc, span.start, sent_start)
    after_comma = lead >= 1 and doc[lead - 1].text == ","
    for child in root.children:
        # (a title of several words whose last is no title alone: "X, the foundation's chief executive")
        if child.dep_ == "appos" and child.i >= span.end \
                and (is_title_word(child.lower_) or ends_title(doc[child.left_edge.i:child.i + 1])) \
                and span.end < len(doc) and doc[span.end].text == ",":
            out.append(_subtree_span(child))
    apposed = root.dep_ == "appos" or _conj_read_for_appos(span)
    if apposed and root.head.i < span.start and is_title_word(root.head.lower_) \
            and after_comma:
        head = root.head
        sub = [t for t in head.subtree if t.i < span.start]
        while sub and sub[-1].text in (",", "-", '"'):
            sub.pop()
        if sub:
            out.append(doc[sub[0].i:sub[-1].i + 1])
    if apposed and root.head.i < span.start and root.head.lower_ == "one" and after_comma:
        # "one of its leaders, NAME": the title is the noun of the "of" phrase
        members = [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and is_title_word(o.lower_)]
        if members:
            out.append(doc[root.head.i:members[0].i + 1])
    if apposed and root.head.i < span.start and after_comma:
        climb = root.head
        for _ in range(5):
            if climb.dep_ not in ("pobj", "prep", "compound") or climb.head.i == climb.i:
                break
            climb = climb.head
            if climb.pos_ in ("NOUN", "PROPN") and is_title_word(climb.lower_) and is_person_title(climb.lower_):
                sub = [t for t in climb.subtree if t.i < span.start]
                while sub and sub[-1].text in (",", "-", '"'):
                    sub.pop()
                if sub:
                    out.append(doc[sub[0].i:sub[-1].i + 1])
                break
    if not out and len(span):
        # "Deputy Chief of Staff of the army, NAME, said": the parser may attach the name anywhere
        title = _apposed_title_before(span, sent_start, is_person_title)
        if title is not None:
            out.append(title)
    # "the movement led by Qais Khazali": the leader of the movement
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("lead", "head", "command", "found"):
        led = root.head.head.head
        if led is not None and led.pos_ in ("NOUN", "PROPN"):
            out.append(doc[led.left_edge.i:root.head.head.i + 1])
    return [t for t in out if len(t)]


def _conj_read_for_appos(span: Span) -> bool:
    """Whether a name the parser joined as a conjunct is an apposition set off by commas:
    "Deputy Chief of Staff of the army, NAME, said" (no "and"/"or" joins it to the title)."""
    root = span.root
    if root.dep_ != "conj" or span.start < 1 or span.doc[span.start - 1].text != ",":
        return False
    if not _apposition_closes_after(span):
        return False
    return not any(c.dep_ in ("cc", "preconj") for c in root.head.children) \
        and not any(c.dep_ == "cc" for c in root.children)


_APPOSITION_CLOSERS = frozenset({",", "(", ".", ";"})


def _apposition_closes_after(span: Span) -> bool:
    """Whether the words after a name close an apposition: a comma, a bracket or the sentence's end."""
    return span.end >= len(span.doc) or span.doc[span.end].text in _APPOSITION_CLOSERS or \
        "\n" in span.doc[span.end - 1].whitespace_


def _apposed_title_before(span: Span, sent_start: int, is_person_title) -> Optional[Span]:
    """The person title set off by commas right before a name, whatever the parse says: "the army
    spokesman, NAME," or "Deputy Chief of Staff of the army, NAME,". The phrase must open the
    apposition (not a prepositional or verb phrase: "In talks with the army, NAME said") and its
    head, the last noun before any preposition, must be a person title."""
    doc = span.doc
    start = _start_before_courtesy_title(doc, span.start, sent_start)
    if start < 2 or doc[start - 1].text != "," or not _apposition_closes_after(span):
        return None
    i = start - 2
    lo = None
    while i >= sent_start and start - i <= 14:
        tok = doc[i]
        if tok.text in (",", ";", '"', ":", "(", ")") or tok.pos_ in ("VERB", "AUX") or "\n" in tok.whitespace_:
            break
        lo = i
        i -= 1
    if lo is None:
        return None
    phrase = doc[lo:start - 1]
    if phrase[0].lower_ == "to" and lo > sent_start and doc[lo - 1].lower_ == "according":
        phrase = phrase[1:]  # "according to the prosecutor, NAME": whom the report is from
    if not len(phrase) or phrase[0].pos_ in ("ADP", "SCONJ", "ADV", "PRON", "PART") and phrase[0].tag_ != "PRP$":
        return None
    while len(phrase) and (phrase[0].pos_ in ("DET", "CCONJ") or phrase[0].tag_ == "PRP$"):
        phrase = phrase[1:]
    head = None
    for tok in phrase:
        if tok.pos_ == "ADP":
            if head is not None and not is_person_title(head.lower_) and tok.lower_ == "of" \
                    and tok.i + 1 < phrase.end:
                # "the recall of the ambassador of X in Y, NAME": the person is the title after "of"
                rest = doc[tok.i + 1:phrase.end]
                while len(rest) and rest[0].pos_ == "DET":
                    rest = rest[1:]
                if len(rest) and rest[0].pos_ in ("NOUN", "PROPN", "ADJ"):
                    return _person_title_phrase(rest, is_person_title)
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
    return _person_title_phrase(phrase, is_person_title)


def _person_title_phrase(phrase: Span, is_person_title) -> Optional[Span]:
    """``phrase`` when its head (the last noun before any preposition) is a person title."""
    head = None
    for tok in phrase:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
    if head is None or any(_in_personal_name(tok) for tok in phrase if tok.i <= head.i):
        return None
    return phrase if is_person_title(head.lower_) else None


def _in_personal_name(tok: Token) -> bool:
    """Whether a word before a title's head is part of a personal name (then it is no bare title)."""
    return tok.ent_type_ == "PERSON"


def _title_before_comma(doc: Doc, start: int, is_title_word, sent_start: int) -> Optional[Span]:
    """The role phrase standing right before a comma that precedes another title."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    i = start - 2
    depth = 0
    lo = None
    while i >= sent_start and start - i <= 14:
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and (tok.text in (",", ";", '"') or tok.pos_ in ("VERB", "AUX") or _in_personal_name(tok)):
            break  # another person's name ends it: "X and his Vietnamese counterpart, General Y"
        lo = i
        i -= 1
    if lo is None:
        return None
    phrase = doc[lo:start - 1]
    while len(phrase) and phrase[0].pos_ in ("DET", "ADP", "CCONJ"):
        phrase = phrase[1:]
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and is_title_word(t.lower_)]
    return phrase if heads and len(phrase) else None


def _subtree_span(tok: Token) -> Span:
    """A token's subtree as a span, cut at a line break."""
    doc = tok.doc
    lo = min(t.i for t in tok.subtree)
    hi = max(t.i for t in tok.subtree) + 1
    for t in doc[lo:hi]:
        if t.i > tok.i and ("\n" in t.text or "\n" in t.whitespace_):
            hi = t.i + 1 if "\n" in t.whitespace_ else t.i
            break
    return doc[lo:hi]


def _modifier_words_of_name(name: str, lemma: str) -> frozenset[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return frozenset(words[:-1]) if words else frozenset()


# words that describe a body without telling it apart from others of its kind ("the official agency")
GENERIC_QUALIFIERS = frozenset({"official", "state", "run", "owned", "own"})


def _words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", name)]


def _term_head(term: str) -> str:
    """The head noun of a role term, singular: "agency" in "news agency", "ministry" in "ministry of defense"."""
    words = term.lower().split()
    return _singular(words[words.index("of") - 1] if "of" in words[1:] else words[-1])


def _singular(word: str) -> str:
    """A crude singular, enough to compare a lemma with a role term ("forces" and "force")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions of one group: one's modifiers contain the other's ("armed factions" in
    "the armed Shiite factions"); "missile forces" and "foreign forces" stay apart."""
    return a <= b or b <= a


AFFILIATION_WORDS = {"affiliate", "affiliated", "loyal", "link", "linked", "belong", "belonging", "close",
                     "back", "backed", "align", "aligned", "tie", "tied", "attach", "attached", "allied"}


# Sectors whose groups belong to no state by default ("peacekeepers" are the UN's, not the host's).
_STATELESS_SECTORS = frozenset({"IGO"})
# Sectors of bodies that often work far from home (a French mining group in Niger, a German
# broadcaster in Ethiopia): their country says little about whose story it is.
_FOREIGN_PRONE_SECTORS = frozenset({"BUS", "MED"})
# Sectors of people who hold an office: "a former vice president" is someone, not anyone.
_OFFICE_SECTORS = frozenset(STATE_SECTORS | {"ELI", "IGO", "LEG", "PTY"})
# Titles of heads of state that also head other bodies: a body named in the title gives the sector.
_ORG_HEAD_TERMS = frozenset({"president", "vice president"})
# Nouns that end a multi-word role term and name a body of people ("general staff").
_PEOPLE_BODY_WORDS = frozenset({"staff", "guard", "commission", "board"})
# Nouns of people the text may only count ("12 people", "dozens of persons"), read as civilians when
# they are the side of an act, and the roles.yaml term they are read as.
_COUNTED_PEOPLE_LEMMA_IDS = _string_ids(["people", "person"])
_COUNTED_PEOPLE_DEPS = frozenset({"dobj", "pobj"})
# the heads whose "of" phrase counts the people ("dozens of people"), not a crowd's ("a crowd of nine people")
_COUNT_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions"})
_CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt", "leave", "claim"})
_CIVILIAN_TERM = "civilians"
# People who follow a person: "supporters of X" are a group of their own, not X.
_SUPPORTER_LEMMA_IDS = _string_ids(["supporter", "follower", "loyalist", "partisan"])
# Nouns naming a group by a violent deed, with the verbs of such deeds ("the attackers" after "gunmen stormed").
_ACTOR_WORDS = get_words().actors
_DEED_VERBS_OF_DOER: dict[str, frozenset[str]] = {
    noun: verbs for nouns, verbs in ((_ACTOR_WORDS.deed_doer_nouns, _ACTOR_WORDS.deed_verbs),
                                     (_ACTOR_WORDS.hijack_doer_nouns, _ACTOR_WORDS.hijack_verbs),
                                     (_ACTOR_WORDS.abduction_doer_nouns, _ACTOR_WORDS.abduction_verbs))
    for noun in nouns}
_DEED_DOER_LEMMA_IDS = _string_ids(_DEED_VERBS_OF_DOER)
_DEED_MEMORY_SENTENCES = 3  # how far back "the attackers" looks for the deed
_DEFINITE_PLURAL_DETERMINERS = frozenset({"the", "these", "those"})


def _doer_of_the_deed_before(table: ActorTable, noun: Token) -> Optional[str]:
    """The group or body that did the violent deed told last before ``noun`` (in its sentence or the
    few before): the subject, or the agent of a passive, of the nearest verb of the deeds the noun
    names (`_DEED_VERBS_OF_DOER`) whose clause ``noun`` is no part of ("armed herders from X": X);
    None when that doer is unnamed, or is one person."""
    doc = noun.doc
    above = {a.i for a in noun.ancestors}
    deeds = _DEED_VERBS_OF_DOER.get(noun.lemma_.lower(), frozenset())
    for j, _start in table.positions_back(noun.i, sentences=_DEED_MEMORY_SENTENCES):
        verb = doc[j]
        if verb.pos_ != "VERB" or j in above or verb.lemma_.lower() not in deeds:
            continue
        doer = _doer_words(verb)
        if doer is None:
            continue  # "a guard was killed": the deed told without its doer
        owner = table.token_owner.get(doer.i)
        if owner is None and table.group_of is not None:  # "Gunmen stormed": the group its noun names
            owner = table.group_of(doc[doer.left_edge.i:doer.i + 1])
        if owner is None:  # "a splinter group calling itself X": the body its words name
            owner = table.resolve(doc[doer.left_edge.i:doer.right_edge.i + 1])
        draft = table.drafts.get(owner) if owner is not None else None
        # the attackers are whoever did the deed, civilians too ("armed herders raided villages ... the
        # attackers"); a doer coded as civilians only by default is not surely the armed group
        return owner if draft is not None and draft.type in ("GROUP", "ORG", "GPE") and (
            draft.sector != "CVL" or draft.sector_rule >= TITLE) else None
    return None


def _doer_words(verb: Token) -> Optional[Token]:
    """The head of the words naming who did ``verb``: its subject, the agent of its passive, the
    noun a "who" clause hangs on, or the doer of the verb it is coordinated with or hangs on as a
    participle ("stormed a prison, freeing inmates")."""
    for _step in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    return verb.head
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
# Titles with no sector of their own that, given by a state ("the Qatari mediator"), are its government's.
_STATE_ROLE_TERMS = frozenset({"leader", "head", "chief", "ruler", "mediator", "negotiator", "delegate", "spokesman",
                               "representative"})
# People posted abroad: the capital they are in does not say whom they serve.
_POSTED_ROLES = frozenset({"diplomat", "ambassador", "envoy", "emissary", "diplomatic source", "correspondent",
                           "reporter", "journalist", "consul"})


def in_subject(tok: Token) -> bool:
    """Whether ``tok`` lies in a clause subject ("Police and soldiers detained ...")."""
    for _step in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _passive_subject(tok: Token) -> bool:
    """Whether ``tok`` lies in the subject of a passive clause ("Ten students were detained")."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubjpass"


def _posted_person_in(doc: Doc, end: int) -> bool:
    """Whether the place ending at character ``end`` is where a posted person is ("a diplomat in
    Brussels"): in a story about the body seated there, the person serves that body."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    prep = span[-1].head
    return prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.lemma_.lower() in _POSTED_ROLES


def _named_by_capital(table: ActorTable, key: str, i: int) -> bool:
    """Whether token ``i`` names state ``key`` by its capital city ("Brussels")."""
    at = table.arrays.idx_list[i]
    return any(s <= at < e and kind == "capital" for s, e, kind in table.drafts[key].mentions)


def _named_owner(table: ActorTable, head: Token) -> Optional[str]:
    """The organisation a group's name modifier names ("al-Shabaab fighters", "Hamas gunmen"); a
    singular head ("the official SANA agency") names the body itself."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    for child in head.lefts:
        if child.dep_ in ("compound", "nmod", "amod"):
            owner = table.token_owner.get(child.i)
            draft = table.drafts.get(owner) if owner is not None else None
            if draft is not None and draft.type == "ORG" and draft.dictionary_id:  # a known body, not a stray tag
                return owner
    return None


def _possessor_state(table: ActorTable, head: Token) -> list[str]:
    """The country of the state that possesses a description ("Niger's military government"),
    unless the description stands beside a name, which is what it describes."""
    around = ([head.head] if head.dep_ == "appos" else []) + [c for c in head.children if c.dep_ == "appos"]
    if any(t.i in table.token_owner for t in around):
        return []
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i:
            owner = table.token_owner.get(child.i)
            if owner and (owner.startswith("gpe:") or table.drafts[owner].type == "GPE") \
                    and table.drafts[owner].country:  # a state, or a region that acts as one
                return [table.drafts[owner].country]
    return []


def _state_possessor_start(table: ActorTable, head: Token, country: str, start: int) -> Optional[int]:
    """Where the possessive of state ``country`` right before a description starting at ``start``
    begins ("Benin's government"), whatever entity label the parser gave the state's name; None
    when no such possessive stands there."""
    doc = table.doc
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return None
    owner = table.token_owner.get(start - 2)
    possessor = doc[start - 2]
    if not owner or not owner.startswith("gpe:") or table.drafts[owner].country != country \
            or possessor.dep_ != "poss" or possessor.head.i != head.i:
        return None
    first = start - 2
    while first > 0 and table.token_owner.get(first - 1) == owner:
        first -= 1
    at = doc[first].idx
    if not any(s <= at < e and kind == "name" for s, e, kind in table.drafts[owner].mentions):
        return None  # "Lima's Popular Action party": a capital's possessive is the city's, no state's body
    return first


def _region_possessor(table: ActorTable, head: Token) -> Optional[Span]:
    """The name of a region that acts as a state possessing a description, with its "'s"
    ("Puntland's ministry"); None when the possessor is anything else."""
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i:
            owner = table.token_owner.get(child.i)
            if owner and not owner.startswith("gpe:") and table.drafts[owner].type == "GPE":
                start = child.i
                while start > 0 and table.token_owner.get(start - 1) == owner:
                    start -= 1
                end = child.i + 1
                while end < head.i and table.doc[end].text in ("'s", "'", "’s"):
                    end += 1
                return table.doc[start:end]
    return None


def _with_body_complement(table: ActorTable, head: Token, phrase: Span, is_role_word: Callable[[str], bool]) -> Span:
    """A body's description with its "of" complement when that names whose body it is by a plural
    role noun ("the general staff of the armies")."""
    doc = head.doc
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if prep is None:
        return phrase
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.i in table.token_owner \
            or not is_role_word(obj.lower_):
        return phrase
    return Span(doc, phrase.start, obj.i + 1)


def token_of_char(doc: Doc, char: int) -> int:
    """The index of the token that starts at or covers character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


# the dependencies of a word that only qualifies another's noun ("the U.S. Embassy", "American diplomats")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

# Nouns of a unit that an organisation sends or keeps ("the EU's monitoring mission").
_UNIT_NOUNS = frozenset({"mission", "delegation", "office", "secretariat", "bureau", "branch", "wing",
                         "commission", "committee"})


def _affiliated_with(table: ActorTable, head: Token) -> Optional[str]:
    """"gunmen affiliated with this group", "factions close to Iran": the actor they belong to."""
    for child in head.rights:
        if child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in AFFILIATION_WORDS | {"affiliate"}:
            for t in child.subtree:
                if t.dep_ in ("pobj", "agent") or (t.dep_ == "pobj" and t.head.dep_ == "prep"):
                    owner = table.token_owner.get(t.i)
                    if owner is None and t.lower_ in ("group", "movement", "organization", "militia", "party") \
                            and table.describe is not None:
                        owner = table.describe(t.doc[t.left_edge.i:t.i + 1])
                    if owner:
                        return owner
    return None


FOREIGN_WORDS = {"foreign", "international", "western", "outside", "overseas", "multinational"}
_FOREIGN_WORD_IDS = frozenset(_string_ids(FOREIGN_WORDS).tolist())
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "within", "along", "throughout"}


# parts of a place named in an "of" phrase: "the north of Khartoum", "the outskirts of Kyiv"
_PARTS_OF_PLACES = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                              "outskirts", "suburbs", "centre", "center", "edge", "periphery", "heart",
                              "port", "streets", "control"})  # "the port of Lomé", "took control of Juba"

# lemmas of what a city holds, whose possessor is the city as a place: "Juba's markets", "the
# capital's airport" (not "Moscow's decision", where the capital stands for its state)
_CITY_PART_LEMMAS = frozenset({"airport", "port", "harbour", "harbor", "market", "street", "suburb", "outskirts",
                               "neighbourhood", "neighborhood", "district", "school", "hospital", "mosque",
                               "church", "stadium", "hotel", "resident", "skyline", "slum"})


# the staff through whom a body named before them acts: "embassy staff", "ministry employees" (a
# spokesman or official is a person of his own: "the ministry spokesman" names no body to code apart)
_STAFF_OF_BODY_LEMMAS = frozenset({"staff", "personnel", "employee", "worker"})


# kinds of settlement or district named in an "of" phrase: "the town of Masisi", "Kunar province"
_PLACE_KIND_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "county", "commune",
                               "municipality", "locality", "settlement", "territory", "state", "hamlet"})


def _place_named_with_its_kind(words: list[Token]) -> bool:
    """Whether capitalised words end in a capitalised kind of region after its name ("Kebbi State",
    "Nakuru County", "Ouaddaï Province"): a place, no person."""
    return len(words) >= 2 and words[-1].is_title and words[-1].lower_ in _PLACE_KIND_NOUNS \
        and words[-2].is_title and words[-2].lower_ not in _PLACE_KIND_NOUNS


def _named_as_kind_of_place(span: Span) -> bool:
    """Whether a name is the "of" complement of a kind of place ("the state of Tamil Nadu")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_KIND_NOUNS \
        and root.head.head.i < span.start


# kinds of natural or built place that, in lower case just before a name, say the name is a place
_PLACE_BEFORE_NAME_NOUNS = frozenset({"bay", "island", "isle", "islet", "river", "lake", "strait", "cape", "peninsula",
                                      "gulf", "harbor", "harbour", "lagoon", "mountain", "valley", "canal", "reef",
                                      "archipelago", "fjord", "creek", "desert", "plateau", "volcano"})


def _named_after_kind_of_place(span: Span) -> bool:
    """Whether a name follows a lower-case noun of a kind of place ("the bay Zolotoy Rog", "the river
    Ural"): a place named by its kind, not a person."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_lower and before.lower_ in _PLACE_BEFORE_NAME_NOUNS


def _placed_by_its_words(tok: Token, label: str) -> bool:
    """Whether a one-word name the tagger read as a place stands where a place does ("near X", "the
    town of X"), so that a person who shares it as a surname is not meant."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PLACE_KIND_NOUNS:
        return True
    return (label in ("GPE", "LOC") or tok.ent_type_ in ("GPE", "LOC")) and _stands_as_place(tok)


# verbs and nouns of going somewhere: "fly to X" tells where one goes, not whom one deals with
_MOTION_WORDS = frozenset({"fly", "travel", "return", "flee", "move", "drive", "sail", "relocate", "commute",
                           "escape", "flight", "journey", "route", "road", "shuttle", "ferry"})


def _negated_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name on tokens start..end is a word of "non-" ("non-NATO", "a non-EU state"):
    what lies outside a body or state names no actor."""
    first = doc[start]
    if first.lower_ == "non" and start + 1 < end and doc[start + 1].text == "-" and not first.whitespace_:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non" \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def _stands_as_place(tok: Token) -> bool:
    """Whether the name whose last word is ``tok`` stands only for where something is or goes: the
    object of a preposition of place ("in Yerevan", "near Kaya"), also in a list of such ("in La
    Paz, Sucre and Potosi"), or of "to" after a word of going ("fly to Yerevan")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head
    # the parser leaves a name at a line's end unattached to its preposition ("meets in X\n\nX, 13 March")
    if tok.dep_ != "pobj" and not (tok.dep_ == "dep" and tok.head.dep_ == "prep" and tok.head.i == tok.i - 1):
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    if prep.lower_ == "of" and prep.head.lower_ in _PARTS_OF_PLACES | {"out"}:
        return True  # "the north of Khartoum", "the outskirts of Kyiv", "flown out of Juba"
    # "fly to Yerevan", "jets shuttled between Juba and Nairobi"
    return prep.lower_ in ("to", "from", "between") and prep.head.lemma_.lower() in _MOTION_WORDS


# verbs and nouns of carrying or heading somewhere: "crude shipped towards Singapore"
_HEADING_WORDS = _MOTION_WORDS | frozenset({"head", "sail", "steam", "transport", "carry", "ship", "bind", "go",
                                            "send", "divert", "redirect", "voyage", "cargo", "shipment"})


# Nouns whose "over"/"of"/"for" phrase names what is at stake, not a party: "tension over X",
# "the question of X", "independence for X".
_MATTER_NOUNS_OVER = frozenset({"tension", "dispute", "row", "sovereignty", "standoff", "stand-off", "quarrel"})
_MATTER_NOUNS_OF = frozenset({"question", "issue", "status", "independence", "autonomy", "self-determination",
                              "decolonization", "decolonisation"})
_MATTER_NOUNS_FOR = frozenset({"independence", "autonomy", "self-determination", "referendum",
                               # people whose "for" phrase names their remit ("the envoy for Western Sahara")
                               "envoy", "representative", "coordinator", "rapporteur", "mediator"})
# nouns whose "on" phrase names what is talked about ("remarks on Taiwan", "Japan's position on X")
_TOPIC_NOUNS_ON = frozenset({"remark", "comment", "position", "stance", "statement", "view", "policy"})


# verbs of going on foot or in a crowd towards a place
_MARCH_WORDS = frozenset({"march", "walk", "parade", "proceed", "head", "stream", "surge", "converge"})


def _marched_towards(tok: Token) -> bool:
    """Whether the name whose last word is ``tok`` is where a march goes ("marched from the station
    towards the Presidential Secretariat"): a building or place, not a party."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("towards", "toward") and prep.head.lemma_.lower() in _MARCH_WORDS


def _named_as_matter(tok: Token) -> bool:
    """Whether a state's or territory's name whose last word is ``tok`` only names what is at stake,
    what is talked about, someone's remit or where people come or are sent from ("tension over Western
    Sahara", "the question of Kashmir", "independence for X", "remarks on Taiwan", "the UN envoy for
    Western Sahara", "flown home from Oman"; not "sanctions on Iran", where the state is the target)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep, noun = tok.head.lower_, tok.head.head.lemma_.lower()
    return (prep == "over" and noun in _MATTER_NOUNS_OVER) or (prep == "of" and noun in _MATTER_NOUNS_OF) \
        or (prep == "for" and noun in _MATTER_NOUNS_FOR) or (prep == "of" and noun in _FLAG_NOUNS) \
        or (prep == "from" and noun in _DRAWN_FROM_VERBS) or (prep == "on" and noun in _TOPIC_NOUNS_ON)


# "a ship flying the flag of Panama": the state whose flag a ship flies does nothing in the story
_FLAG_NOUNS = frozenset({"flag", "ensign"})
# "monitors drawn from Kenya and Uganda", "recruits hailing from Chad": where people come from,
# not a party to what they do
_DRAWN_FROM_VERBS = frozenset({"draw", "recruit", "hail",
                               # where people are flown, sent or accredited from ("flown home from Oman")
                               "fly", "airlift", "evacuate", "repatriate", "accredit", "ferry", "ship"})


# where a person's description says the work is based: "a Nairobi-based analyst", "based in Accra"
_PERSON_SEAT = re.compile(r"\b([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})-based\b|\bbased in ([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})")

# words after "<place>-" that make the place where a body sits: "the Oslo-based group"
_BASED_WORDS = ("based", "headquartered")


def _based_in_place(text: str, end: int) -> bool:
    """Whether the name ending at character ``end`` of ``text`` is glued to "-based" or
    "-headquartered" ("the Oslo-based group"): where a body sits, no actor."""
    rest = text[end:end + 16].lower()
    return rest.startswith("-") and rest[1:].startswith(_BASED_WORDS)


def _offshore_or_bound_for(tok: Token) -> bool:
    """Whether a state's name whose last word is ``tok`` only says where a ship lies or where goods
    or people head: "rescued off Libya", "transfers off Malaysia", "crude shipped towards
    Singapore" (not "hostility towards Iran", where the state is a side)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "off":
        return True
    return prep.lower_ in ("towards", "toward") and prep.head.lemma_.lower() in _HEADING_WORDS


def _only_a_place(tok: Token, head: Token) -> bool:
    """Whether a word stands in a phrase only as a place ("in Conakry", "near the border")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return True
        tok = tok.head
    return False


def _names_the_head(tok: Token, head: Token) -> bool:
    """Whether a name inside a phrase names the phrase's head ("Minister ... Mélanie Joly"), not
    something its modifiers mention ("a leader in the movement led by X")."""
    while tok.i != head.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj"):
            return False
        if tok.dep_ == "prep" and not (tok.lower_ == "of" and all(c.pos_ == "PROPN" for c in tok.children
                                                                   if c.dep_ == "pobj")):
            return False  # "of Foreign Affairs" is part of a title; "in the movement" is not
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


PAIR_WORDS = {"two", "both"}


def _clause_subject(word: Token) -> Optional[Token]:
    """The doer of the clause a word is in: the subject of its verb, or of the verbs that verb hangs
    on ("Niger said it had halted exports, accusing its neighbour": "it"); of an infinitive that
    an object controls, that object ("urged Benin to respect its neighbour": "Benin")."""
    verb = word.head
    for _step in range(6):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        verb = verb.head
    return None


# a state's "neighbour": the other state of a story between two
_NEIGHBOUR_WORDS = frozenset({"neighbour", "neighbor"})

# Nouns that, as "the two X" or "both X", refer back to the two parties of an act.
_PAIR_WORDS = frozenset({"party", "side", "country", "nation", "state", "camp", "neighbour", "neighbor"})


def _in_brackets(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens start..end, with at most an article before them, are all a bracket holds."""
    if start >= 1 and doc[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    return start >= 1 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _back_to_a_pair(head: Token) -> bool:
    """Whether a plural noun is determined as a pair told before: "both", "the two", "these two"."""
    before = {c.lower_ for c in head.children if c.i < head.i and c.dep_ in ("det", "predet", "nummod")}
    return "both" in before or ("two" in before and bool(before & {"the", "these", "those"}))


def _names_a_pair(table: ActorTable, head: Token) -> bool:
    """Whether a plural person noun refers back to two people named before it: "the two men",
    "both ministers" (not "two soldiers", which introduces new people)."""
    if head.tag_ not in ("NNS", "NNPS") or not _back_to_a_pair(head):
        return False
    named = [d for d in table.drafts.values() if d.type == "PERSON" and not d.anonymous
             and any(s < head.idx for s, _, _ in d.mentions)]
    return len(named) >= 2


def _apposed_person(table: ActorTable, head: Token) -> Optional[str]:
    """"Ales Bialiatski, Belarus's top human rights advocate": the named person a description
    stands in apposition to."""
    around = [head.head] if head.dep_ == "appos" else []
    return _named_actor_among(table, around + [c for c in head.children if c.dep_ == "appos"], "PERSON")


def _apposed_body(table: ActorTable, head: Token) -> Optional[str]:
    """"the opposition leader's party, the National Front (FN),": the named organisation a
    possessed description of a body stands beside, set off by a comma."""
    if not any(c.dep_ == "poss" for c in head.children) or head.i + 1 >= len(head.doc) \
            or head.doc[head.i + 1].text != ",":
        return None
    return _named_actor_among(table, [c for c in head.children if c.dep_ == "appos"], "ORG")


def _named_actor_among(table: ActorTable, tokens: list[Token], kind: str) -> Optional[str]:
    """The first named (not anonymous) actor of the given type that owns one of the tokens."""
    for tok in tokens:
        owner = table.token_owner.get(tok.i)
        if owner and table.drafts[owner].type == kind and not table.drafts[owner].anonymous:
            return owner
    return None


def _person_apposed_inside(table: ActorTable, head: Token) -> bool:
    """Whether a named person stands in apposition inside the phrase of ``head`` ("a spokesman for
    the group, NAME": the parser hangs the name on "group")."""
    for tok in head.subtree:
        if tok.dep_ == "appos" and tok.i > head.i:
            owner = table.token_owner.get(tok.i)
            if owner and table.drafts[owner].type == "PERSON" and not table.drafts[owner].anonymous:
                return True
    return False


def _names_a_person_inside(table: ActorTable, head: Token) -> bool:
    """"Canada's Minister of Foreign Affairs Mélanie Joly": the description is the title of a name."""
    tokens = list(head.subtree) + [head.head]
    return any(table.token_owner.get(t.i) and table.drafts[table.token_owner[t.i]].type == "PERSON"
               and not table.drafts[table.token_owner[t.i]].anonymous for t in tokens if t.i != head.i)


def _complement_names_other(table: ActorTable, head: Token) -> bool:
    """Whether a role noun's of/for complement names an organisation or group ("head of the delegation").
    A deed after "of" is no complement ("accused the president of ignoring the courts")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in") \
                and not (child.lower_ == "of" and _of_a_deed(child)):
            for t in child.subtree:
                owner = table.token_owner.get(t.i)
                if owner and table.drafts[owner].type in ("ORG", "GROUP"):
                    return True
                if t.pos_ in ("NOUN",) and t.i != head.i and t.dep_ == "pobj":
                    return True
    return False


def _role_compatible(term: str, role_text: str) -> bool:
    """Whether a description's role noun fits a person's known role ("the leader" fits "President")."""
    term, role_text = term.lower(), role_text.lower()
    if term in role_text:
        return True
    leaders = ("president", "prime minister", "leader", "chief", "head", "premier", "chairman", "king")
    return term in ("leader", "head", "chief") and any(w in role_text for w in leaders)


_NAME_INNER = {"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "da", "dos", "du", "bint", "ul", "ud"}
_NAME_INNER_IDS = frozenset(_string_ids(_NAME_INNER).tolist())
# honorifics that Somali and Arabic names also carry inside them ("Hassan Sheikh Mohamud")
_ARTICLE_PARTICLE_IDS = frozenset(_string_ids(["al", "el"]).tolist())
_NAME_HONORIFIC_IDS = frozenset(_string_ids(["sheikh", "sayyid"]).tolist())
_NAME_PARTICLE_IDS = frozenset(_string_ids(["al", "abu", "abd", "bin"]).tolist())
THING_HEADS = {"act", "law", "system", "agreement", "treaty", "accord", "plan", "program", "programme",
               "initiative", "resolution", "convention", "protocol", "strategy", "prize", "award", "day",
               "operation", "missile", "missiles", "battle", "war", "bill", "doctrine", "festival", "cup",
               "airport", "street", "square", "mosque", "hotel", "stadium", "bridge", "road", "highway"}


# lower-case words joining a French or Spanish body's name ("pour", "para")
_FOREIGN_JOINERS = frozenset({"pour", "et", "para", "por"})
# lower-case words inside a defined name: English ones and a French or Spanish body's
# ("Union Nationale pour le Renouveau (UNR)", "Frente para la Victoria (FPV)")
_DEFINITION_JOINERS = frozenset(NAME_CONNECTORS | _FOREIGN_JOINERS)


def _acronym_definitions(doc: Doc, table: ActorTable,
                         defines: Callable[[str, str], bool] = lambda acronym, name: False) -> dict[str, Span]:
    """Acronyms the text defines: "Name of Body (NOB)" → {"NOB": span of "Name of Body"}. An acronym
    of the name in another language ("Internal Security Service (KAPO)") counts when ``defines``
    vouches that the two name one body."""
    out: dict[str, Span] = {}
    arrays = table.arrays
    if arrays.n < 4:
        return out
    # an all-capital word of 2 to 8 letters between brackets, not among the first two tokens nor the last
    shaped = arrays.is_upper & arrays.is_alpha & (arrays.length >= 2) & (arrays.length <= 8)
    shaped[:2] = False
    shaped[-1] = False
    shaped[1:-1] &= (arrays.orth[:-2] == _OPEN_BRACKET_ID) & (arrays.orth[2:] == _CLOSE_BRACKET_ID)
    for i in np.flatnonzero(shaped).tolist():
        tok = doc[i]
        end = tok.i - 1
        start = end
        # a word glued to the name word after it belongs to it ("Tehreek-e-Insaf": "-", "e", "-")
        while start > table.sent_start[i] and (_is_name_token(doc[start - 1])
                                               or doc[start - 1].lower_ in _DEFINITION_JOINERS
                                               or (not doc[start - 1].whitespace_ and start < end
                                                   and (doc[start - 1].is_alpha or doc[start - 1].text == "-"))):
            start -= 1
        while start < end and (doc[start].lower_ in _DEFINITION_JOINERS or doc[start].pos_ in ("PRON", "DET")):
            start += 1  # "His Pakistan Tehreek-e-Insaf (PTI)": the possessive is no part of the name
        if tok.text[0] != doc[start].text[0] and not defines(tok.text, arrays.span_text(start, end)):
            # "Members of the Liberal Democratic Party (LDP)": the name starts where its initials do
            while start < end and (doc[start].text[0] != tok.text[0] or doc[start].lower_ in NAME_CONNECTORS):
                start += 1
        if end - start < 2:
            continue
        initials = "".join(t.text[0] for t in doc[start:end] if _is_name_token(t))
        if tok.text in out:
            continue
        if tok.text[0] == initials[:1] or defines(tok.text, arrays.span_text(start, end)):
            out[tok.text] = doc[start:end]
    return out


_NAME_LINK_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "et"})


def _translated_name_of(name: str, known_names: Iterable[str]) -> bool:
    """Whether ``name`` (three content words or more) says what one of ``known_names`` says in other
    word forms and order: the same content words, each read by its stem (its first five letters):
    "States of West Africa" for "West African States"."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in name_key(text).split() if w not in _NAME_LINK_WORDS}

    own = stems(name)
    return len(own) >= 3 and any(own == stems(known) for known in known_names)


def _is_acronym(name: str) -> bool:
    """Whether a name is an acronym of 2 to 8 capital letters ("CGT", "UGTT")."""
    return 2 <= len(name) <= 8 and name.isalpha() and name.isupper()


def _is_name_token(tok: Token) -> bool:
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and any(c.isalpha() for c in tok.text)


def _glued(a: Token, b: Token) -> bool:
    """Whether b follows a with no space between ("Mlambo" "-" "Ngcuka")."""
    return a.idx + len(a.text) == b.idx


# the words of a dateline before its comma, bracket, slash, full stop or spaced dash: its place
# ("PORT-AU-PRINCE", "ST. PETERSBURG")
_DATELINE_PLACE = re.compile(r"[^\W\d_](?:[^,(/.\s\n]|\.(?!\s)|\. (?=[A-ZÀ-Þ]{2})|[ \t](?![-–—]))*")
_INTERNATIONAL_SEATS = get_words().actors.international_seats
# a town filed from weighs as two mentions of a state in the opening, and one more
_DATELINE_TOWN_WEIGHT = 7
_HUB_POPULATION = 1_000_000


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) characters of the Doc's wire datelines: ng_blocks' finding, else found now."""
    datelines = state_of(doc).get("datelines")
    return datelines if datelines is not None else dateline_spans(doc)


def _claim_known_outlet_in_token(table: ActorTable, tok: Token, match: DictMatch, start: int, name: str,
                                 claimed: set[int]) -> None:
    """The outlet the dictionary knows (``match``) credited by ``name`` at character ``start``, inside
    token ``tok`` with the marks around it ("/Kabar/.", "ACP).-")."""
    draft = table.get(f"dict:{match.entry.id}", match.entry.type)
    draft.dictionary_id = match.entry.id
    draft.add_name(match.entry.name)
    draft.add_name(name)
    draft.add_mention(start, start + len(name), "name")
    table.token_owner.setdefault(tok.i, draft.key)
    claimed.add(tok.i)


# A byline: a line of its own opening with "By" and a capitalised word ("By Jane Doe, Reuters").
_BYLINE = re.compile(r"^(?:By|BY) [A-Z][^\n]{2,100}$", re.MULTILINE)
_BYLINE_SEPARATORS = frozenset({",", "and", "&", "|", "/", "-", "–", "—", "for", "in"})
_BYLINE_LINES_READ = 6
_BY_ID = get_string_id("by")  # bylines stand among the story's first lines


def _byline_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) characters of the byline lines among the first lines of a text."""
    found = []
    for line in _BYLINE.finditer(text):
        if text.count("\n", 0, line.start()) > _BYLINE_LINES_READ * 2:
            break
        if not line.group().rstrip().endswith((".", "?", "!", ":")):
            found.append((line.start(), line.end()))
    return found


def _byline_groups(words: Span) -> list[tuple[int, int]]:
    """The token ranges between a byline's separators ("JANE DOE and JOHN ROE, Reuters")."""
    groups, first = [], words.start
    for tok in words:
        if tok.text in _BYLINE_SEPARATORS or tok.lower_ in ("and", "for", "in") and tok.is_lower:
            if tok.i > first:
                groups.append((first, tok.i))
            first = tok.i + 1
    if words.end > first:
        groups.append((first, words.end))
    return groups


def _reads_as_byline_name(words: Span) -> bool:
    """Whether a byline's words read as a writer's name: two to four words, capitalised or in
    capitals throughout, no staff credit ("Staff Reporter") nor article ("THE NUMBERS")."""
    names = [t for t in words if not _name_particle(t)]
    return 2 <= len(names) <= 4 and all(t.is_alpha and (t.is_title or t.is_upper) and len(t) > 1 for t in names) \
        and not any(t.lower_ in _BYLINE_NON_NAME_WORDS for t in names)


# words of a byline that name no writer: staff credits ("By Staff Reporter"), headlines ("BY THE NUMBERS")
_BYLINE_NON_NAME_WORDS = frozenset({"the", "a", "an", "this", "our", "staff", "reporter", "reporters", "correspondent",
                                    "correspondents", "writer", "writers", "editor", "editors", "desk", "team",
                                    "bureau", "special", "news", "agencies", "agency", "wire", "wires", "service",
                                    "online", "digital"})


def _syllable_after_hyphen(tok: Token) -> bool:
    """Whether a token is the lower-case syllable a hyphen joins to a name ("woo" of "Hyun-woo")."""
    return tok.is_lower and tok.is_alpha and tok.i > 0 and tok.doc[tok.i - 1].text == "-" \
        and not tok.doc[tok.i - 1].whitespace_


def _reads_as_hyphenated_name(words: Span) -> bool:
    """"Kim Hyun-woo", "Lee Jae-myung": two or three capitalised words, one of them joined by a
    hyphen to a lower-case syllable."""
    heads = [t for t in words if t.text != "-" and not _syllable_after_hyphen(t)]
    return 2 <= len(heads) <= 3 and all(t.is_title and t.is_alpha for t in heads) \
        and any(_syllable_after_hyphen(t) for t in words)


def _reads_as_credited_person(words: Span) -> bool:
    """Whether the words of a photo credit read as a photographer's name: two to four words,
    capitalised but the particles inside ("Jane Otieno", "Nasser al-Harbi"), none in capitals only
    (not "AFP" or "Reuters")."""
    names = [t for t in words if not _name_particle(t)]
    return 2 <= len(names) <= 4 and all(t.is_title and t.is_alpha for t in names) \
        and _reads_as_personal_name(words)


def _name_particle(tok: Token) -> bool:
    """Whether a token may stand inside a personal name between its capitalised words: a particle in
    lower case ("bin", "van", "al" of "al-Harbi") or a hyphen glued to the words on both sides."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return tok.is_lower and tok.lower_ in _NAME_INNER


def _ministry_of_portfolio(words: Span) -> bool:
    """Whether capitalised words read "Ministry of <portfolio>" ("Ministry of National Defense")."""
    return len(words) >= 3 and words[0].lower_ in ("ministry", "department") and words[1].lower_ == "of" \
        and all(t.is_title or t.lower_ in ("and", "of", "the") for t in words[2:]) and words[-1].is_title


def _reads_as_personal_name(words: Span) -> bool:
    """Whether capitalised words, with inner particles and hyphens ("Ahmed bin Salem", "Nasser
    al-Harbi"), read as one personal name: every word capitalised but the particles between."""
    if not (words[0].is_title and words[-1].is_title):
        return False
    return all(t.is_title or _name_particle(t) for t in words[1:-1])

