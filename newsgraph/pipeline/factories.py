"""spaCy components of newsgraph, registered as factories.

No `from __future__ import annotations` here: the confection release that older spaCy
versions use reads factory signatures at run time and cannot resolve string annotations.

Each stage reads what the stages before it left on the Doc (`doc._.ng_state`) and adds its own
part. The last one, `ng_record`, turns the state into the JSON-ready record (`doc._.ng_record`)
and clears the state, so that Docs can travel between processes.
"""
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.knowledge.base import Knowledge
from newsgraph.sources import _MONTH as _SOURCE_MONTH
from newsgraph.text import doc_text

if TYPE_CHECKING:  # imported at run time where used: those modules import this one
    from newsgraph.knowledge.cameo import PatternSet
    from newsgraph.pipeline.quotes import CueLexicon

for _name in ("ng_meta", "ng_state", "ng_record"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def knowledge_of(dictionaries: list[str]) -> Knowledge:
    return Knowledge.load(tuple(Path(p) for p in dictionaries))


def published_of(doc: Doc) -> Optional[date]:
    meta = doc._.ng_meta or {}
    value = meta.get("published")
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def state_of(doc: Doc) -> dict:
    if doc._.ng_state is None:
        doc._.ng_state = {}
    return doc._.ng_state


def block_spans(doc: Doc) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the article's blocks; the whole text as one paragraph when unknown."""
    meta = doc._.ng_meta or {}
    blocks = meta.get("blocks")
    if blocks:
        return [(b[0], b[1], b[2]) for b in blocks]
    return [("paragraph", 0, len(doc_text(doc)))]


# Letters of place names, accented ones too ("LOMÉ", "Edéa", "Brasília"); Latin Extended-A
# (Ā-ž) holds both cases, so it sits in both classes.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
# a month's name or its short form, in any case, as a whole word, maybe with a dot
_MONTH = rf"(?i:{_SOURCE_MONTH})(?!\w)"
# the date of a dateline: "May 2", "3 March", "4 of June", "06.11.2024", maybe with the year
_DATELINE_DATE = (rf"(?:\d{{1,2}}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
                  r"(?:,?\s+\d{4})?")
# how a dated dateline ends: a dash ("-", ".-", "--"); an agency between slashes ("18 November.
# /TASS/."); or, with the date given, a full stop or the agency in brackets before the first
# sentence's capital ("Astana, 14 November 2025. The", "COLOMBO, June 17 (PTI) Sri Lanka")
_DATED_END = (r"(?:\s*(?:\([^)\n]{1,40}\))?\s*\.?\s*[-–—]{1,2}\s+(?=\S)"
              r"|\s*\.\s*/[^/\n]{1,30}/\.?\s+(?=\S)"
              r"|\s*(?:\([^)\n]{1,40}\)|\s\.|\.)\s+(?=[A-Z\"“]))")

# A wire dateline: the place in capitals ("CAIRO/TUNIS" names two), maybe a region or a date,
# maybe the agency, then a dash; or a date and one of the dated ends.
_DATELINE = re.compile(
    rf"[{_UPPER}][{_UPPER}'’.\-/ ]{{2,40}}(?:(?:,[^\n()\-–—]{{1,40}})?\s*(?:\([^)\n]{{1,40}}\))?\s*[-–—]{{1,2}}\s+(?=\S)"
    rf"|\s?,\s+{_DATELINE_DATE}{_DATED_END})")


# A dateline in mixed case needs its date, so that a sentence opening with a place and a comma is no
# dateline: "Cairo, May 2 (Xinhua) --", "Moscow, 3 March (Correspondent X) -", "Caracas, 20 nov (EFE).-",
# "Bishkek , 28 August . President". The date may be written in figures ("Bishkek, 06.11.2024 (AA) -").
# With no date, the agency's name in brackets must follow the place: "Bangkok (dpa) -", "Muscat,
# Oman (AA) -", "Bunia (DR Congo) (AFP) -".
_PLACE_WORDS = rf"[{_UPPER}][{_LOWER}'’.\-]+(?: [{_UPPER}][{_LOWER}'’.\-]+){{0,2}}"
_MIXED_CASE_DATELINE = re.compile(
    rf"{_PLACE_WORDS}\s?,\s+(?:[A-Z][a-z]+\.?,\s+)?{_DATELINE_DATE}{_DATED_END}"
    rf"|{_PLACE_WORDS}(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?|\s+\([^)\n]{{2,30}}\))?"
    r"\s+\((?:[A-Z][\w&.\-]*|[a-z]{2,4})(?: [A-Z][\w&.\-]*){0,2}\)\s*\.?\s*[-–—]{1,2}\s+(?=\S)")

# An undated dateline of one place and a dash, as Arabic outlets write them ("Beirut - An Israeli
# drone ..."): a dateline only when the words before the dash name a place the gazetteer knows.
_PLACE_DASH_DATELINE = re.compile(rf"({_PLACE_WORDS})\s+[-–—]{{1,2}}\s+(?=[A-Z])")
_DASH_DATELINE_MIN_POPULATION = 50_000  # "Hamas" is also a German hamlet
_FIRST_NAME_WORDS = re.compile(rf"{_PLACE_WORDS}")
_DASH_OR_SLASHED_AGENCY = re.compile(r"[-–—]|/[^/\n]+/")


# A dateline standing on its own line with the outlet's credit and no date: "Mogadishu - Al Jazeera Net".
# The whole line is the place, a dash and a short capitalised name ending in a word outlets end in,
# so "Gaza - Day 100" and "Israel - Hamas Truce" are none.
_CREDIT_LINE_DATELINE = re.compile(
    r"([A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2})\s+[-–—]{1,2}\s+"
    r"(?=(?:[A-Z][A-Za-z.\-]*\s+){0,3}(?:Net|News|TV|Online|Agency)\s*$)")


def _credit_line_dateline(text: str, start: int, end: int) -> Optional[re.Match]:
    """A heading "<Place> - <Outlet>" read as a dateline; a country before the dash makes it a
    pairing of states or sides ("Ethiopia - Eritrea News" is a topic, not a place and a credit)."""
    from newsgraph.knowledge.countries import get_country_index

    found = _CREDIT_LINE_DATELINE.match(text, start, end)
    country = get_country_index().lookup(found.group(1)) if found is not None else None
    if found is None or country is not None and country.kind in ("name", "alias", "demonym"):
        return None  # a capital ("Nairobi - Coast Daily Net") is a dateline's place
    return found


def _place_dash_dateline(text: str, start: int, end: int) -> Optional[re.Match]:
    """"Tehran - Iran refused ...": the place and dash opening a paragraph, when the gazetteer knows
    the place as a capital or a town of some size and no capital follows the dash ("Moscow - Kyiv talks
    stall" pairs two capitals; a state's name before the dash is a pairing too: "Iran - Iraq talks")."""
    from newsgraph.knowledge.countries import get_country_index

    found = _PLACE_DASH_DATELINE.match(text, start, end)
    if found is None or not _known_town(found.group(1), _DASH_DATELINE_MIN_POPULATION):
        return None
    following = _FIRST_NAME_WORDS.match(text, found.end(), end)
    paired = get_country_index().lookup(following.group(0)) if following is not None else None
    return None if paired is not None and paired.kind == "capital" else found


def _known_town(name: str, min_population: int = 0) -> bool:
    """Whether the gazetteer knows ``name`` as a city that is a capital or has ``min_population``
    people, and no state goes by it."""
    from newsgraph.knowledge.countries import get_country_index
    from newsgraph.pipeline.places import get_gazetteer

    country = get_country_index().lookup(name)
    if country is not None and country.kind in ("name", "alias", "demonym"):
        return False
    # by its own name or, for a capital, any ("Hamas" is another name of Hamm, in Germany)
    return any(entry.kind == "city" and (entry.capital or not alternate and entry.population >= min_population)
               for entry, alternate in get_gazetteer().candidates(name))


def _undashed_dateline_known(found: re.Match) -> bool:
    """A dateline ending in a full stop or the agency's bracket, with no dash ("Almaty, 21 May 2025.
    The", "COLOMBO, June 17 (PTI) Sri"), stands only when its place is a town the gazetteer knows:
    "Monday, May 2. The" and "Reuters, May 3. The" are sentences."""
    matched = found.group(0)
    if _DASH_OR_SLASHED_AGENCY.search(matched):
        return True
    place = matched.split(",")[0].strip()
    return _known_town(place.title() if place.isupper() else place)


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of the wire datelines opening paragraphs ("NAIROBI (Reuters) - ",
    "Beijing, November 15 (Reporter Li Wei) -- ", "Beirut - " before the first paragraph's text), or
    standing as a heading of their own with the outlet's credit ("Mogadishu - Al Jazeera Net")."""
    text = doc_text(doc)
    spans = []
    first_paragraph = True
    for kind, start, end in block_spans(doc):
        if kind == "paragraph":
            dateline = _DATELINE.match(text, start, end) or _MIXED_CASE_DATELINE.match(text, start, end)
            if dateline is not None and not _undashed_dateline_known(dateline):
                dateline = None
            if dateline is None and first_paragraph:
                dateline = _place_dash_dateline(text, start, end)
            first_paragraph = False
        elif kind == "heading":
            dateline = _credit_line_dateline(text, start, end)
        else:
            dateline = None
        if dateline is not None:
            spans.append((start, dateline.end()))
    return spans


@Language.component("ng_blocks", assigns=["token.is_sent_start"])
def ng_blocks(doc: Doc) -> Doc:
    """Start a sentence at every block, so captions and headings never merge with running text."""
    blocks = block_spans(doc)
    starts = {start for _, start, _ in blocks}
    if len(doc) < 2:
        return doc
    datelines = state_of(doc)["datelines"] = dateline_spans(doc)  # the actor stage reads them too
    starts.update(end for _, end in datelines)  # the dateline stands apart
    # whole-array tests instead of a Token object for each token
    rows = doc.to_array([IDX, IS_SPACE])
    new_starts = set((np.flatnonzero(np.isin(rows[1:, 0], list(starts))) + 1).tolist())
    new_starts.update(i for i in (np.flatnonzero(rows[:-1, 1]) + 1).tolist() if "\n\n" in doc[i - 1].text)
    if not new_starts:
        return doc
    # the setter checks the whole Doc for a parse on every call: use it once (it refuses a parsed
    # Doc), then write the other starts in one go
    ordered = sorted(new_starts)
    doc[ordered[0]].is_sent_start = True
    sent_starts = doc.to_array(SENT_START).view(np.int64)  # -1 (not a start) is stored as uint64
    sent_starts[ordered] = 1
    # a block's first word is no sentence of its own ("Washington early this month approved ...")
    alpha = doc.to_array(IS_ALPHA)
    seconds = [i + 1 for i in ordered if i + 1 < len(doc) and i + 1 not in new_starts and alpha[i] and alpha[i + 1]]
    sent_starts[seconds] = -1
    doc.from_array([SENT_START], sent_starts.view(np.uint64))
    return doc


# The stages below are instances of small classes, not closures, so that spaCy can pickle them
# into worker processes started by spawn or forkserver (`nlp.pipe(..., n_process=2)` on macOS,
# Windows, and Linux from Python 3.14). What a stage pickles is its knowledge, patterns and what it
# learned from the pipeline; tables any process can rebuild cheaply are rebuilt on arrival.


class ActorStage:
    """Finds and codes the article's actors (`state["actors"]`)."""

    def __init__(self, knowledge: Knowledge) -> None:
        from newsgraph.pipeline.actors import ActorExtractor

        self.knowledge = knowledge
        self._extractor = ActorExtractor(knowledge)  # its caches do not pickle: rebuilt from the knowledge

    def __call__(self, doc: Doc) -> Doc:
        state_of(doc)["actors"] = self._extractor(doc, published_of(doc))
        return doc

    def __reduce__(self):
        return (ActorStage, (self.knowledge,))


@Language.factory("ng_actors", default_config={"dictionaries": []}, requires=["doc.ents", "token.dep"])
def make_actors(nlp: Language, name: str, dictionaries: list[str]) -> ActorStage:
    return ActorStage(knowledge_of(dictionaries))


class RecordStage:
    """Turns the stages' state into the JSON-ready record (`doc._.ng_record`) and clears the state."""

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.record import build_record

        doc._.ng_record = build_record(doc, state_of(doc)).model_dump(mode="json")
        doc._.ng_state = None
        return doc


@Language.factory("ng_record", default_config={})
def make_record(nlp: Language, name: str) -> RecordStage:
    return RecordStage()


class QuoteStage:
    """Finds the article's quotations and their speakers (`state["quotes"]`)."""

    def __init__(self, cues: "CueLexicon") -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.quotes import find_quotes
        from newsgraph.pipeline.speakers import attribute_quotes

        state = state_of(doc)
        blocks = [(s, e, k) for k, s, e in block_spans(doc)]
        candidates = find_quotes(doc, blocks=blocks, cues=self.cues)
        state["quotes"] = attribute_quotes(doc, candidates, state["actors"])
        return doc


@Language.factory("ng_quotes", default_config={}, requires=["doc._.ng_state"])
def make_quotes(nlp: Language, name: str) -> QuoteStage:
    from newsgraph.pipeline.quotes import load_cues

    return QuoteStage(load_cues())


class PlaceStage:
    """Geocodes the article's places (`state["places"]`)."""

    def __init__(self) -> None:
        from newsgraph.pipeline.places import get_gazetteer

        self._gazetteer = get_gazetteer()  # the process's own: a worker loads it from the disk cache

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.places import geocode_doc

        state = state_of(doc)
        table = state["actors"]
        context = table.country_counts()
        places = geocode_doc(doc, context_countries=context, gazetteer=self._gazetteer)
        # a place is no place where the actor stage read the words as a person's name or as (part
        # of) the name of an organisation it knows ("the official Saba agency")
        people = {i for i, key in table.token_owner.items()
                  if table.drafts[key].type == "PERSON"
                  or (table.drafts[key].type == "ORG" and table.drafts[key].dictionary_id)}
        state["places"] = [p for p in places
                           if not any(doc.char_span(s, e, alignment_mode="expand") is not None
                                      and all(t.i in people for t in doc.char_span(s, e, alignment_mode="expand"))
                                      for s, e, _ in p.mentions)]
        table.note_places(state["places"])  # the later stages read a place's state off its words
        return doc

    def __reduce__(self):
        return (PlaceStage, ())


@Language.factory("ng_places", default_config={})
def make_places(nlp: Language, name: str) -> PlaceStage:
    return PlaceStage()


class AmountStage:
    """Finds the article's amounts (`state["amounts"]`)."""

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.amounts import find_amounts

        state = state_of(doc)
        state["amounts"] = find_amounts(doc, context_countries=state["actors"].country_counts())
        return doc


@Language.factory("ng_amounts", default_config={})
def make_amounts(nlp: Language, name: str) -> AmountStage:
    return AmountStage()


@lru_cache(maxsize=4)
def _patterns_of(pattern_files: tuple[Path, ...]) -> "PatternSet":
    """The verb patterns of a knowledge base, loaded once for the stages that share them."""
    from newsgraph.knowledge.cameo import load_patterns

    return load_patterns(list(pattern_files)) if pattern_files else load_patterns()


class HeadlineStage:
    """Re-reads the article's headlines (`HeadlineEvents.read`): a Title Case headline, or one whose
    verb the tagger lost, is parsed again as a copy with spaCy's components. A stage of its own,
    ahead of the events stage, because it parses: the events stage codes on the parse it is given."""

    def __init__(self, nlp: Language, knowledge: Knowledge, patterns: "PatternSet") -> None:
        from newsgraph.pipeline.headlines import HeadlineEvents

        self.patterns = patterns
        self.headline_events = HeadlineEvents(nlp, knowledge)

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.headlines import READINGS_KEY, STATE_KEY

        state = state_of(doc)
        state[STATE_KEY] = self.headline_events
        state[READINGS_KEY] = self.headline_events.read(doc, state, self.patterns)
        return doc


@Language.factory("ng_headlines", default_config={"dictionaries": []})
def make_headlines(nlp: Language, name: str, dictionaries: list[str]) -> HeadlineStage:
    kb = knowledge_of(dictionaries)
    return HeadlineStage(nlp, kb, _patterns_of(kb.pattern_files))


class EventStage:
    """Codes the article's events (`state["events"]`), with the headlines' readings (`HeadlineStage`)."""

    def __init__(self, nlp: Language, knowledge: Knowledge, patterns: "PatternSet") -> None:
        from newsgraph.pipeline.dates import warm_up
        from newsgraph.pipeline.events import verb_only_lemmas

        self.patterns = patterns
        self.verb_only_lemmas = verb_only_lemmas(nlp)  # lemmas the pipeline's lexicon knows only as verbs
        warm_up()  # the date parser builds its tables on first use: pay that once, at load

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.pipeline.sides import code_events

        state = state_of(doc)
        state["events"] = code_events(doc, state, self.patterns, published_of(doc),
                                      verb_only_lemmas=self.verb_only_lemmas)
        return doc

    def __setstate__(self, state: dict) -> None:
        from newsgraph.pipeline.dates import warm_up

        self.__dict__.update(state)
        warm_up()


@Language.factory("ng_events", default_config={"dictionaries": []})
def make_events(nlp: Language, name: str, dictionaries: list[str]) -> EventStage:
    kb = knowledge_of(dictionaries)
    return EventStage(nlp, kb, _patterns_of(kb.pattern_files))
