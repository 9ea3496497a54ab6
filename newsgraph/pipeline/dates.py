"""Dates: DATE expressions resolved against the article's publication date.

Only expressions that name one day resolve ("on Sunday evening", "last Friday", "yesterday",
"3 January", "Aug. 18", "January 3, 2021"). Vague or longer stretches ("a few days ago",
"earlier this month", "last year", "three weeks") give None: a wrong day is worse than none.

News convention for weekdays, written here rather than taken from dateparser (which sends
"Sunday" in an article of a Sunday to the week before):
- "Friday", "on Friday", "this Friday": the most recent Friday on or before publication;
- "last Friday": the most recent Friday strictly before publication;
- "next Friday": the first Friday strictly after publication;
- "Friday" in a clause told as still to come ("will meet on Friday", "said it would strike on
  Friday", "urged them to stay home on Friday"): the first Friday on or after publication;
- "the night of Friday to Saturday" (as French and Spanish put a night): the first of the two days.
A day and month without a year ("25 October") take the year that puts the day nearest the
publication date.
"""
from __future__ import annotations

import re
import weakref
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.words import get_words
from newsgraph.pipeline.events import FUTURE_AUXILIARIES as _FUTURE_AUXILIARIES

__all__ = ["resolve_date", "doc_dates", "event_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_INDEX = {d: i for i, d in enumerate(WEEKDAYS)} | {d[:3]: i for i, d in enumerate(WEEKDAYS)}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_NUMBER_RE = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
_NUMERIC_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$")

# Words that only place the event within a day, or only frame the expression.
_TIME_OF_DAY = re.compile(
    r"\b(early|late|mid|in the|on the|during the|this)?\s*"
    r"(morning|afternoon|evening|night|overnight|noon|midday|midnight|dawn|dusk|daybreak)\b", re.I)
_FRAME = re.compile(r"^(on|at|in|since|by|until|till|from|as of|about|around|before|after|of|the)\s+", re.I)

_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}
_VAGUE = re.compile(r"\b(few|several|some|recent|coming|past|earlier|later|weeks?|months?|years?|"
                    r"decades?|centur(y|ies)|weekend|days|hours|ago)\b", re.I)
_N_DAYS_AGO = re.compile(r"^(\w+) days? ago$", re.I)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}


def _clean(text: str) -> str:
    s = " ".join(text.replace("\u2019", "'").split())
    s = _TIME_OF_DAY.sub(" ", s)
    s = " ".join(s.split()).strip(" ,.;:'\"")
    prev = None
    while prev != s:
        prev, s = s, _FRAME.sub("", s)
    return s


_DAY_TO_DAY = re.compile(r"^(\w+) (?:to|and) (\w+)$")


def _weekday(s: str, published: date, ahead: bool = False) -> Optional[date]:
    low = s.lower().rstrip(".")
    night = _DAY_TO_DAY.match(low)
    if night and night.group(1) in _WEEKDAY_INDEX and night.group(2) in _WEEKDAY_INDEX:
        low = night.group(1)  # "the night of Saturday to Sunday" began on Saturday
    words = low.split()
    if not words or len(words) > 2:
        return None
    day = _WEEKDAY_INDEX.get(words[-1].rstrip("."))
    if day is None:
        return None
    modifier = words[0] if len(words) == 2 else ""
    if modifier not in ("", "last", "this", "next", "past", "early", "late"):
        return None
    if modifier == "next":
        return published + timedelta(days=(day - published.weekday() - 1) % 7 + 1)
    if ahead and modifier != "last":  # still to come: that day this week or the next, today included
        return published + timedelta(days=(day - published.weekday()) % 7)
    back = (published.weekday() - day) % 7
    if modifier in ("last", "past") and back == 0:
        back = 7
    return published - timedelta(days=back)


@lru_cache(maxsize=1)
def _parser():
    """One English dateparser, built on first use: building one loads its locale data, which
    costs far more than a parse. The year of a date without one is chosen below, so the
    parser needs no relative base."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": ["day", "month"],
        "RELATIVE_BASE": datetime(2000, 1, 1)})


def warm_up() -> None:
    """Build the date parser and its lazily compiled tables now rather than on the first article."""
    _parser().get_date_data("3 January 2021")


@lru_cache(maxsize=4096)
def _parse_absolute(s: str, published: Optional[date]) -> Optional[date]:
    """A calendar date with month and day ("3 January", "Aug. 18", "January 3, 2021")."""
    parsed = _parser().get_date_data(s).date_obj
    if parsed is None:
        return None
    d = parsed.date()
    if _YEAR_RE.search(s):
        return d
    if published is None:
        return None
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(d.replace(year=year))
        except ValueError:      # 29 February
            continue
    # reports look back more often than ahead: a future day counts as twice as far
    return min(options, key=lambda c: abs((c - published).days) * (2 if c > published else 1)) if options else None


def resolve_date(text: str, published: date | None, ahead: bool = False) -> date | None:
    """The calendar day a DATE expression names, read against the publication date; None when it
    names no single day or cannot be placed. `ahead`: the expression's clause tells of something
    still to come, so a bare weekday is the next one."""
    s = _clean(text)
    if not s:
        return None
    low = s.lower()
    if published is not None:
        if low in _RELATIVE_DAYS:
            return published + timedelta(days=_RELATIVE_DAYS[low])
        m = _N_DAYS_AGO.match(low)
        if m and (m.group(1) in _SMALL_NUMBERS or m.group(1).isdigit()):
            n = _SMALL_NUMBERS.get(m.group(1)) or int(m.group(1))
            return published - timedelta(days=n)
        wd = _weekday(s, published, ahead)
        if wd is not None:
            return wd
    if _NUMERIC_DATE_RE.match(s):
        return _parse_absolute(s, published)
    if _VAGUE.search(low):
        return None
    is_past = low.startswith("last ")
    if is_past:
        s = s[5:]
    if not (_MONTH_RE.search(s) and _DAY_NUMBER_RE.search(_YEAR_RE.sub("", s))):
        return None      # a month alone, a year alone: no single day
    d = _parse_absolute(s, published)
    if d is not None and is_past and published is not None and d > published and not _YEAR_RE.search(s):
        d = d.replace(year=d.year - 1)
    return d


def doc_dates(doc, published: date | None) -> list[tuple[Span, date]]:
    """Every DATE entity of `doc` that names a day, with that day."""
    out = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            d = resolve_date(ent.text, published)
            if d is not None:
                out.append((ent, d))
    return out


def _distance_to(token: Token, target: Token, limit: int = 8) -> Optional[int]:
    """Number of head steps from `token` up to `target`, or None."""
    steps = 0
    while token.i != target.i:
        if token.head.i == token.i or steps >= limit:
            return None
        token = token.head
        steps += 1
    return steps


def event_date(sentence_span: Span, published: date | None, trigger: Token | None = None) -> date | None:
    """The day the event of a sentence happened: among the sentence's DATE/TIME entities that name a
    day, the one attached most directly to the trigger (default: the sentence's root verb), ties going
    to the nearest in the text; None when the sentence names no day."""
    anchor = trigger if trigger is not None else sentence_span.root
    best: Optional[tuple[tuple[int, int], date]] = None
    for ent in _date_entities_in(sentence_span):
        d = resolve_date(ent.text, published, ahead=_told_as_to_come(ent.root))
        if d is None:
            continue
        hops = _distance_to(ent.root, anchor)
        rank = (hops if hops is not None else 99, abs(ent.root.i - anchor.i))
        if best is None or rank < best[0]:
            best = (rank, d)
    return best[1] if best else None


_DATE_WORDS = get_words().dates
# words between a date and the verb it dates: "on" in "will meet on Friday"
_DATE_LINKS = frozenset({"prep", "pobj", "npadvmod", "tmod", "nummod", "compound", "amod"})


def _told_as_to_come(token: Token) -> bool:
    """Whether the clause a date expression dates tells of something still to come: its verb has a
    future auxiliary (not "would have"), or is the infinitive of a verb of plan that is not past
    ("plans to meet on Friday", not "decided to close it on Friday"), or of an appeal ("urged them
    to stay home on Monday")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX"):
        # climb through the preposition only: a date on a noun ("the attack on Friday") dates that noun
        if verb.head.i == verb.i or verb.dep_ not in _DATE_LINKS or verb.head.pos_ == "NOUN":
            return False
        verb = verb.head
    opening = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")]
    if verb.head.i < token.i < min(opening, default=token.i):
        return False  # "said on Friday it would strike": the day the saying was, between it and its clause
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUXILIARIES for a in auxiliaries) and "have" not in auxiliaries:
        return True
    if "to" in auxiliaries and verb.dep_ in ("xcomp", "ccomp", "advcl"):
        head = verb.head
        lemma = head.lemma_.lower()
        if lemma in _DATE_WORDS.appeal_verbs:
            return True
        return lemma in _DATE_WORDS.plan_verbs and head.tag_ not in ("VBD", "VBN")
    return False


_BEGIN, _INSIDE = 3, 1  # spaCy's ENT_IOB codes


def _date_entities_in(span: Span) -> list[Span]:
    """The DATE and TIME entities lying wholly within ``span``, in text order.

    The same entities as ``span.ents`` filtered by label, read from the Doc's entity tags once per
    Doc: ``Span.ents`` rebuilds every entity of the whole Doc on each call.
    """
    doc = span.doc
    start, end = span.start, span.end
    return [doc[s:e] for s, e in _date_entity_bounds(doc) if start <= s and e <= end]


# the (start, end) bounds of each Doc's DATE and TIME entities, with the token count that checks
# they are current; kept weakly, so they go with the Doc
_DATE_BOUNDS: "weakref.WeakKeyDictionary[Doc, tuple[int, list[tuple[int, int]]]]" = weakref.WeakKeyDictionary()


def _date_entity_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every DATE and TIME entity of ``doc``, in text order."""
    cached = _DATE_BOUNDS.get(doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    strings = doc.vocab.strings
    wanted = (strings["DATE"], strings["TIME"])
    bounds: list[tuple[int, int]] = []
    if len(doc):
        iob, label = doc.to_array([ENT_IOB, ENT_TYPE]).T
        starts = np.flatnonzero((iob == _BEGIN) & ((label == wanted[0]) | (label == wanted[1])))
        if len(starts):
            # an entity runs from its first token up to the next token that is not inside it
            breaks = np.append(np.flatnonzero(iob != _INSIDE), len(doc))
            ends = breaks[np.searchsorted(breaks, starts, side="right")]
            bounds = list(zip(starts.tolist(), ends.tolist()))
    _DATE_BOUNDS[doc] = (len(doc), bounds)
    return bounds
