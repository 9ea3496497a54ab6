"""The actor dictionary: named organisations and office-holders, loaded from YAML data files.

Entries live in ``newsgraph/data/actors/*.yaml`` (one list ``actors:`` per file, ``version: 1``).
Users add their own files with :meth:`ActorDictionary.load`; a user entry replaces the package
entry with the same id.

Lookup cascade in :meth:`ActorDictionary.match` (each step runs only when the one before found nothing):

1. ``exact`` / ``alias``: the :func:`name_key` of the surface equals the key of a canonical name
   or of an alias. A name that is "The" + one word ("The National", "The Hill") counts only when
   the surface is written the same way, article and capitals included: its key alone ("national")
   is an ordinary word;
2. ``weak``: a weak alias (a common-noun translation such as "Popular Crowd"), only when the
   surface is capitalised or the caller vouches for the context (``weak=True``). A weak acronym
   ("ICE", "LeT") counts only as written, whatever the caller says: in lower or title case it is
   an ordinary word;
3. ``surname`` (one-word surfaces): a person's last name alone ("Kazemi"), when a single person
   carries it; ``surname`` (several words): given name + last name skipping middle names;
4. ``fuzzy``: transliteration variants ("Mustafa Al-Kazemi" ~ "Mustafa al-Kadhimi") through a
   transliteration skeleton, then rapidfuzz with a length-aware cutoff over keys that share the
   first letter. For a person named in several words the given names must agree as well.

Dates in the data may be ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` when the day is not known; a
partial start date means the first day of that period, a partial end date its last day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Optional

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.datafiles import DATA_DIR as _DATA_ROOT
from newsgraph.knowledge.datafiles import SECTORS, check_sector, describe_validation_error, load_yaml
from newsgraph.knowledge.normalize import name_key, name_words

__all__ = [
    "ActorDictionary",
    "DictEntry",
    "DictMatch",
    "DictionaryError",
    "Office",
    "SECTORS",
    "canonical_role",
    "get_dictionary",
]

DATA_DIR = _DATA_ROOT / "actors"
# Listed explicitly so that other files under data/actors (countries, role nouns) are not read here.
PACKAGE_FILES: tuple[str, ...] = (
    "igo.yaml",
    "state_bodies.yaml",
    "armed_groups.yaml",
    "armed_groups_more.yaml",
    "agencies.yaml",
    "companies.yaml",
    "world_bodies.yaml",
    "world_bodies_more.yaml",
    "world_bodies_2026.yaml",
    "bodies_2026b.yaml",
    "media.yaml",
    "parties.yaml",
    "leaders.yaml",
    "people.yaml",
    "office_holders.yaml",
    "office_holders_2026.yaml",
    "regions.yaml",
)

# ISO 3166 user-assigned codes in common use that pycountry does not list.
_EXTRA_COUNTRIES = frozenset({"XKX"})



# A last name this short ("Lam", "Dan") or that is a common given name ("Henry", "Tariq") names no
# one on its own: too many other people carry it.
_MIN_SURNAME_LENGTH = 4
_COMMON_GIVEN_NAMES = frozenset({
    "henry", "james", "john", "george", "paul", "mark", "david", "daniel", "peter", "thomas", "martin",
    "michael", "joseph", "charles", "william", "richard", "robert", "edward", "francis", "victor",
    "simon", "samuel", "philip", "lewis", "louis", "albert", "arthur", "oliver", "harris", "tariq",
    "omar", "khalid", "salman", "hamad", "ali", "hassan", "hussein", "ahmed", "mohammed", "mahmoud",
})
# Last names borne by too many people in the news ("Patel", "Gandhi", "Mousavi") to name one alone.
_COMMON_SURNAMES = frozenset({
    "patel", "gandhi", "shah", "mahmood", "suzuki", "kato", "mousavi", "musavi", "khattab", "tawfik", "sami",
    "magyar", "montero", "lombard", "levin", "bailey", "reeves", "caine", "neto", "dino", "pande", "hajjar",
    "shammari", "chalk", "armand", "cele", "maire", "ceja", "galhau", "haddad", "lewandowski", "massa",
    "galvez", "rueda", "jaiswal", "moore", "roberts", "wright", "yang", "hossain", "camara", "baloch",
    "mansour", "stalin", "chol",
    # words and places that are also an office holder's last name ("Kant", "Among", "Hang")
    "kant", "among", "hang", "bona",
})
HowMatched = Literal["exact", "alias", "weak", "surname", "fuzzy"]


# --------------------------------------------------------------------------- dates and roles


def _parse_date(value: Any, *, end: bool) -> Optional[dt.date]:
    """A date from YAML: a date, ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (partial → period start/end)."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(m.group(1))
    if m.group(3):
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        month = int(m.group(2))
        day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


_ROLE_SYNONYMS: dict[str, str] = {
    "prime minister": "prime_minister",
    "premier": "prime_minister",
    "pm": "prime_minister",
    "head of government": "prime_minister",
    "president": "president",
    "head of state": "president",
    "foreign minister": "foreign_minister",
    "foreign affairs minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "minister for foreign affairs": "foreign_minister",
    "minister of external affairs": "foreign_minister",
    "external affairs minister": "foreign_minister",
    "fm": "foreign_minister",
    "secretary of state": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "chancellor": "chancellor",
    "federal chancellor": "chancellor",
    "vice president": "vice_president",
    "vp": "vice_president",
    "supreme leader": "supreme_leader",
    "leader of revolution": "supreme_leader",
    "king": "monarch",
    "queen": "monarch",
    "monarch": "monarch",
    "sovereign": "monarch",
    "emir": "emir",
    "amir": "emir",
    "crown prince": "crown_prince",
    "secretary general": "secretary_general",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "minister of defence": "defence_minister",
    "minister of defense": "defence_minister",
    "defense secretary": "defence_minister",
    "defence secretary": "defence_minister",
    "secretary of defense": "defence_minister",
    "interior minister": "interior_minister",
    "minister of interior": "interior_minister",
    "home minister": "interior_minister",
    "home secretary": "interior_minister",
    "finance minister": "finance_minister",
    "minister of finance": "finance_minister",
    "treasury secretary": "finance_minister",
    "secretary of treasury": "finance_minister",
    "chancellor of exchequer": "finance_minister",
    "justice minister": "justice_minister",
    "minister of justice": "justice_minister",
    "justice secretary": "justice_minister",
    "central bank governor": "central_bank_governor",
    "opposition leader": "opposition_leader",
    "leader of opposition": "opposition_leader",
}


@lru_cache(maxsize=4096)
def canonical_role(role: str) -> str:
    """Canonical office role for a title as written: "Premier" → ``prime_minister``.

    Unknown titles come back as their normalised key with underscores, so data files may
    use any role name consistently.
    """
    key = name_key(role.replace("_", " ").replace("-", " "))
    return _ROLE_SYNONYMS.get(key, key.replace(" ", "_"))


# --------------------------------------------------------------------------- file schema (pydantic)


def _check_country(code: Optional[str]) -> Optional[str]:
    if code is None:
        return None
    if code in _EXTRA_COUNTRIES or (len(code) == 3 and pycountry.countries.get(alpha_3=code)):
        return code
    raise ValueError(f"unknown ISO 3166-1 alpha-3 country code {code!r}")


class _OfficeSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: str
    country: Optional[str] = None
    org: Optional[str] = Field(None, description="id of the organisation for offices of an IGO/group")
    sector: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    _country = field_validator("country")(classmethod(lambda cls, v: _check_country(v)))
    _sector = field_validator("sector")(classmethod(lambda cls, v: check_sector(v)))

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, v: Any) -> Optional[dt.date]:
        return _parse_date(v, end=False)

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, v: Any) -> Optional[dt.date]:
        return _parse_date(v, end=True)

    @model_validator(mode="after")
    def _ordered(self) -> "_OfficeSpec":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"office {self.role!r} ends ({self.end}) before it starts ({self.start})")
        return self


class _SectorChangeSpec(BaseModel):
    """The sector an organisation holds from `start` on (`sector_changes` of an entry)."""

    model_config = ConfigDict(extra="forbid")

    sector: str
    start: dt.date

    _sector = field_validator("sector")(classmethod(lambda cls, v: check_sector(v)))

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, v: Any) -> Optional[dt.date]:
        return _parse_date(v, end=False)  # None (a missing date) is then refused: the field is required


class _EntrySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1)
    type: Literal["PERSON", "ORG", "GPE"]
    country: Optional[str] = None
    sector: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    weak_aliases: list[str] = Field(default_factory=list)
    parent: Optional[str] = None
    seats: list[str] = Field(default_factory=list)
    offices: list[_OfficeSpec] = Field(default_factory=list)
    # an organisation whose sector changed on a date (an armed movement that took power): from
    # `start` on, `sector` replaces the entry's own
    sector_changes: list[_SectorChangeSpec] = Field(default_factory=list)
    note: Optional[str] = None

    _country = field_validator("country")(classmethod(lambda cls, v: _check_country(v)))
    _sector = field_validator("sector")(classmethod(lambda cls, v: check_sector(v)))

    @model_validator(mode="after")
    def _coherent(self) -> "_EntrySpec":
        if self.type == "ORG" and self.sector is None:
            raise ValueError("an ORG needs a sector")
        if self.type in ("ORG", "GPE") and self.offices:
            raise ValueError("only a PERSON holds offices")
        if self.type == "GPE" and (self.country is None or self.sector is None):
            raise ValueError("a GPE (a region that acts as a state does) needs its state's country and a sector")
        if self.type == "PERSON" and self.sector is None and not self.offices:
            raise ValueError("a PERSON needs a sector or at least one office")
        if self.sector_changes and self.type != "ORG":
            raise ValueError("only an ORG changes sector on a date (a PERSON's offices date their codes)")
        return self


class _FileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    actors: list[dict[str, Any]]


# --------------------------------------------------------------------------- public records


@dataclass(frozen=True)
class Office:
    """One office a person held: ``role`` is canonical (see :func:`canonical_role`)."""

    role: str
    country: Optional[str]
    org: Optional[str]
    sector: str
    start: Optional[dt.date]
    end: Optional[dt.date]

    def covers(self, on: dt.date) -> bool:
        """Whether the office was held on ``on`` (both ends inclusive)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class DictEntry:
    """A named actor of the dictionary."""

    id: str
    name: str
    type: str
    country: Optional[str]
    sector: Optional[str]
    aliases: tuple[str, ...]
    weak_aliases: tuple[str, ...]
    parent: Optional[str]
    offices: tuple[Office, ...]
    source_file: str
    note: Optional[str] = None
    # cities whose name stands for the body in a story about it ("Brussels" for the EU)
    seats: tuple[str, ...] = ()
    sector_changes: tuple[tuple[dt.date, str], ...] = ()  # (from, sector), in date order


@dataclass(frozen=True)
class DictMatch:
    """A dictionary hit: which entry, by which step of the cascade, and how sure (0–1)."""

    entry: DictEntry
    how: HowMatched
    score: float


def _entry_from_spec(spec: _EntrySpec, source: str) -> DictEntry:
    return DictEntry(
        id=spec.id,
        name=spec.name,
        type=spec.type,
        country=spec.country,
        sector=spec.sector,
        aliases=tuple(spec.aliases),
        weak_aliases=tuple(spec.weak_aliases),
        parent=spec.parent,
        offices=tuple(
            Office(canonical_role(o.role), o.country, o.org, o.sector, o.start, o.end) for o in spec.offices
        ),
        source_file=source,
        note=spec.note,
        seats=tuple(spec.seats),
        sector_changes=tuple(sorted((c.start, c.sector) for c in spec.sector_changes)),
    )


def load_actor_file(path: Path | str) -> list[DictEntry]:
    """Read and validate one actor file; errors name the file and the entry."""
    raw = load_yaml(path, required=("actors",))
    try:
        file_spec = _FileSpec.model_validate(raw)
    except ValidationError as exc:
        raise DictionaryError(
            path, f"not an actor file (needs 'version: 1' and a list 'actors:'): {describe_validation_error(exc)}"
        ) from exc
    entries: list[DictEntry] = []
    seen: set[str] = set()
    for position, item in enumerate(file_spec.actors, 1):
        label = item.get("id") if isinstance(item, dict) else None
        label = str(label or f"#{position}")
        try:
            spec = _EntrySpec.model_validate(item)
        except ValidationError as exc:
            raise DictionaryError(path, describe_validation_error(exc), entry=label) from exc
        if spec.id in seen:
            raise DictionaryError(path, "duplicate id in this file", entry=spec.id)
        seen.add(spec.id)
        entries.append(_entry_from_spec(spec, str(path)))
    return entries


# --------------------------------------------------------------------------- transliteration skeleton

_TRANSLIT = (
    ("dh", "z"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("ph", "f"), ("sch", "sh"), ("ck", "k"),
    ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"),
    ("e", "i"), ("o", "u"), ("y", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


def _translit(key: str) -> str:
    """Collapse common transliteration variation of an already keyed name (kadhimi → kazimi)."""
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key)


def _skeleton(key: str) -> str:
    """Consonant skeleton of a keyed name, token by token ("muhammad" and "mohamed" → "mhmd")."""
    return " ".join(_DOUBLED.sub(r"\1", _VOWELS.sub("", t.replace("h", "")) or t) for t in _translit(key).split())


# --------------------------------------------------------------------------- states named in a key


@lru_cache(maxsize=8192)
def _states_named(key: str) -> frozenset[str]:
    """ISO-3 codes of the states a keyed name names by name or demonym ("albanian parliament" → ALB;
    "guineas parliament", the key of "Guinea's parliament", → GIN)."""
    from newsgraph.knowledge.countries import get_country_index  # the country index loads its own data

    index = get_country_index()
    words = [
        word[:-1] if word.endswith("s") and not index.lookup(word.title()) and index.lookup(word[:-1].title())
        else word
        for word in key.split()
    ]
    return frozenset(match.iso3 for _, _, match in index.find_all(" ".join(words).title()))


def _same_states_named(key: str, candidate: str) -> bool:
    """Whether two keys name the same states: a spelling variant never changes the state, and
    "Guinea's parliament" is not Ghana's though its skeleton is."""
    return _states_named(key) == _states_named(candidate)


# --------------------------------------------------------------------------- the dictionary


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_capitalised(surface: str) -> bool:
    words = [w for w in _WORD.findall(surface) if w.lower() not in {"the", "of", "al", "el"}]
    return bool(words) and all(w[0].isupper() for w in words)


def _needs_article(form: str) -> bool:
    """Whether a name is "The" + a single word ("The National"): without its article it is a common word."""
    words = form.split()
    return len(words) >= 2 and words[0].lower() == "the" and len(name_key(form).split()) == 1


def _written_with_article(surface: str) -> bool:
    """"The National" or "THE NATIONAL", not "National" nor "the national"."""
    words = _WORD.findall(surface)
    if len(words) < 2:
        return False
    if surface.strip().isupper():
        return words[0] == "THE"
    return words[0] == "The" and all(w[0].isupper() for w in words[1:])


def _is_acronym(form: str) -> bool:
    """"ICE", "LeT", "OPEC+": one token with two capitals or more."""
    return " " not in form.strip() and sum(c.isupper() for c in form) >= 2


def _written_as_acronym(surface: str, form: str) -> bool:
    """An all-capitals acronym in capitals; a mixed-case one ("LeT") exactly as the data writes it."""
    text = surface.strip().replace(".", "")
    return text.isupper() if form.isupper() else text == form


def _joined_as_elsewhere(words: list[str], hyphenated: set[str]) -> list[str]:
    """Name words with two neighbours joined where another spelling of the name writes them as one
    hyphenated word ("Roh Moo Hyun" beside "Roh Moo-hyun": roh, moohyun)."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] + word in hyphenated:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _same_given_name(first: str, other: str) -> bool:
    """Whether two keyed given names are spellings of one name ("mohamed" ~ "muhammad", not "hassan" ~ "hussein")."""
    a, b = _translit(first), _translit(other)
    return a == b or (_skeleton(first) == _skeleton(other) and fuzz.ratio(a, b) >= 80)


def _keeps_word_starts(a: str, b: str) -> bool:
    """Whether the edits turning ``a`` into ``b`` leave the first letter of every word alone (a space
    may come or go: "abdel salam" ~ "abdulsalam")."""
    starts_a = {i for i, c in enumerate(a) if c != " " and (i == 0 or a[i - 1] == " ")}
    starts_b = {j for j, c in enumerate(b) if c != " " and (j == 0 or b[j - 1] == " ")}
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a, b):
        if tag == "equal":
            continue
        if starts_a.intersection(range(i1, i2)) or starts_b.intersection(range(j1, j2)):
            return False
    return True


class ActorDictionary:
    """Named organisations and people with codes, aliases and dated offices; see the module doc."""

    EXACT_SCORE = 1.0
    ALIAS_SCORE = 0.97
    WEAK_SCORE = 0.8
    SURNAME_SCORE = 0.85

    def __init__(self, entries: Iterable[DictEntry]):
        self._entries: dict[str, DictEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry  # later entries (user files) replace earlier ones
        self._check_parents()
        self._build_indexes()

    # ---- loading

    @classmethod
    def load(cls, extra_files: Iterable[Path | str] = ()) -> "ActorDictionary":
        """The package files plus ``extra_files``; a user entry replaces the package entry with its id."""
        entries: list[DictEntry] = []
        owner: dict[str, str] = {}
        for name in PACKAGE_FILES:
            path = DATA_DIR / name
            if not path.exists():
                continue
            for entry in load_actor_file(path):
                if entry.id in owner:
                    raise DictionaryError(path, f"duplicate id, already in {owner[entry.id]}", entry=entry.id)
                owner[entry.id] = str(path)
                entries.append(entry)
        for path in extra_files:
            entries.extend(load_actor_file(Path(path)))
        return cls(entries)

    def _check_parents(self) -> None:
        for entry in self._entries.values():
            if entry.parent and entry.parent not in self._entries:
                raise DictionaryError(
                    entry.source_file, f"parent {entry.parent!r} is not in the dictionary", entry=entry.id
                )
            for office in entry.offices:
                if office.org and office.org not in self._entries:
                    raise DictionaryError(
                        entry.source_file, f"office org {office.org!r} is not in the dictionary", entry=entry.id
                    )

    def _build_indexes(self) -> None:
        strong: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # key → [(id, is canonical name)]
        with_article: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # "national" → [(id, canonical)]
        weak: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key → [(id, form as written)]
        surnames: dict[str, set[str]] = defaultdict(set)
        given_names: set[str] = set()
        first_last: dict[tuple[str, str], set[str]] = defaultdict(set)
        middles: dict[tuple[str, str, str], list[frozenset[str]]] = defaultdict(list)  # (first, last, id) → middle names
        offices: dict[tuple[str, str], list[tuple[Office, str]]] = defaultdict(list)
        for entry in self._entries.values():
            forms = [(entry.name, True)] + [(a, False) for a in entry.aliases]
            hyphenated = {w for form, _ in forms if "-" in form for w in name_words(form)}
            for form, canonical in forms:
                key = name_key(form)
                index = with_article if _needs_article(form) else strong
                if key and all(i != entry.id for i, _ in index[key]):
                    index[key].append((entry.id, canonical))
                if entry.type == "PERSON":
                    tokens = name_words(form)
                    if len(tokens) >= 2:
                        given_names.add(tokens[0])
                        # the surname is the last word as another spelling hyphenates it ("Roh Moo Hyun")
                        surnames[_joined_as_elsewhere(tokens, hyphenated)[-1]].add(entry.id)
                        first_last[(tokens[0], tokens[-1])].add(entry.id)
                        middles[(tokens[0], tokens[-1], entry.id)].append(frozenset(tokens[1:-1]))
            for form in entry.weak_aliases:
                key = name_key(form)
                if key and all(i != entry.id for i, _ in weak[key]):
                    weak[key].append((entry.id, form))
            for office in entry.offices:
                holder_of = office.country or office.org
                if holder_of:
                    offices[(holder_of, office.role)].append((office, entry.id))
        self._strong = dict(strong)
        self._with_article = dict(with_article)
        self._weak = dict(weak)
        # a last name that is also someone's given name ("Hassan") names no one on its own
        self._surnames = {
            k: next(iter(v)) for k, v in surnames.items()
            if len(v) == 1 and k not in strong and k not in given_names and k not in _COMMON_GIVEN_NAMES
            and k not in _COMMON_SURNAMES and len(k) >= _MIN_SURNAME_LENGTH
        }
        self._first_last = {k: next(iter(v)) for k, v in first_last.items() if len(v) == 1}
        self._middles = {(first, last): middles[(first, last, entry_id)]
                         for (first, last), entry_id in self._first_last.items()}
        # last names several people share ("Bush", "Hariri"): a date can still tell them apart
        self._shared_surnames = {
            k: tuple(sorted(v)) for k, v in surnames.items()
            if len(v) > 1 and k not in strong and k not in given_names and k not in _COMMON_GIVEN_NAMES
            and len(k) >= _MIN_SURNAME_LENGTH
        }
        self._offices = dict(offices)
        # fuzzy candidates: every strong key, grouped by first letter of the transliterated key
        self._fuzzy_by_initial: dict[str, list[str]] = defaultdict(list)
        self._fuzzy_translits: dict[str, list[str]] = defaultdict(list)  # the same keys, transliterated once
        self._by_skeleton: dict[str, set[str]] = defaultdict(set)
        for key, ids in self._strong.items():
            if len(ids) != 1:
                continue
            translit = _translit(key)
            self._fuzzy_by_initial[translit[:1]].append(key)
            self._fuzzy_translits[translit[:1]].append(translit)
            self._by_skeleton[_skeleton(key)].add(key)

    # ---- queries

    def entries(self) -> Iterable[DictEntry]:
        """Every entry, in load order."""
        return self._entries.values()

    def get(self, entry_id: str) -> Optional[DictEntry]:
        """The entry with this id, if any."""
        return self._entries.get(entry_id)

    def __len__(self) -> int:
        return len(self._entries)

    def match(self, surface: str, *, allow_partial: bool = True, weak: bool = False) -> Optional[DictMatch]:
        """The entry a surface form names, or None.

        ``allow_partial`` enables the surname and fuzzy steps. Weak aliases count when the surface
        is capitalised ("Popular Crowd"; an acronym such as "WHO" only in capitals) or when ``weak``
        is true (the caller knows the context names an actor). A key shared by two entries matches
        nothing, unless it is the canonical name of exactly one of them.
        """
        key = name_key(surface)
        if not key:
            return None
        if key in self._with_article and _written_with_article(surface):
            found = self._strong_hit(self._with_article[key])
            if found:
                return found
        hits = self._strong.get(key)
        if hits:
            return self._strong_hit(hits)
        weak_hits = self._weak.get(key)
        if weak_hits and len(weak_hits) == 1:
            entry_id, form = weak_hits[0]
            if _is_acronym(form):
                written_as_name = _written_as_acronym(surface, form)
            else:
                written_as_name = weak or _is_capitalised(surface)
            if written_as_name:
                return DictMatch(self._entries[entry_id], "weak", self.WEAK_SCORE)
        if not allow_partial:
            return None
        tokens = name_words(surface)
        if len(tokens) == 1:
            if tokens[0] in self._surnames:
                return DictMatch(self._entries[self._surnames[tokens[0]]], "surname", self.SURNAME_SCORE)
            return self._fuzzy(key)
        # several words: never the surname alone ("Qais Qureshi" is not Shah Mahmood Qureshi)
        by_first_last = self._first_last.get((tokens[0], tokens[-1]))
        if by_first_last and self._middles_agree(tokens):
            return DictMatch(self._entries[by_first_last], "surname", self.SURNAME_SCORE)
        return self._fuzzy(key)

    def _middles_agree(self, words: list[str]) -> bool:
        """Whether a name's middle words and those of the known name with its first and last words
        agree, one leaving out what the other gives ("George W. Bush" ~ "George Bush"); "Faisal bin
        Turki al-Saud" is not Faisal bin Farhan Al Saud."""
        given = frozenset(words[1:-1])
        return any(given <= known or known <= given for known in self._middles[(words[0], words[-1])])

    def match_in_office(self, surface: str, on: dt.date) -> Optional[DictMatch]:
        """The one person a name shared by several entries ("Bush", "Hariri") names on date ``on``:
        the only one of them holding an office that day, else None."""
        key = name_key(surface)
        if not key:
            return None
        words = name_words(surface)
        surname = words[0] if len(words) == 1 else key
        ids = [i for i, _ in self._strong.get(key, ())] or list(self._shared_surnames.get(surname, ()))
        if len(ids) < 2:
            return None
        holding = {i for i in ids if any(o.covers(on) for o in self._entries[i].offices)}
        if len(holding) != 1:
            return None
        how: HowMatched = "alias" if key in self._strong else "surname"
        return DictMatch(self._entries[holding.pop()], how, self.ALIAS_SCORE if how == "alias" else self.SURNAME_SCORE)

    def match_in_countries(self, surface: str,
                           countries: frozenset[str] | Callable[[], frozenset[str]]) -> Optional[DictMatch]:
        """The one entry, among several sharing a name or weak alias, whose state the document names.

        "APS" is Algeria's and Senegal's press agency, "ABC" an American and an Australian broadcaster:
        :meth:`match` leaves such a shared key unmatched; a text that names exactly one of their states
        (``countries``, ISO-3, or a function giving them, called only for a shared key) tells which. A
        weak acronym still counts only as written ("APS", not "Aps").
        """
        key = name_key(surface)
        if not key:
            return None
        hits = [(i, "alias") for i, _ in self._strong.get(key, ())]
        if not hits:
            hits = [(i, "weak") for i, form in self._weak.get(key, ())
                    if not _is_acronym(form) or _written_as_acronym(surface, form)]
        if len(hits) < 2:
            return None
        if callable(countries):
            countries = countries()
        named = [(i, how) for i, how in hits if self._entries[i].country in countries]
        if len(named) != 1:
            return None
        entry_id, how = named[0]
        return DictMatch(self._entries[entry_id], how, self.ALIAS_SCORE if how == "alias" else self.WEAK_SCORE)

    def _strong_hit(self, hits: list[tuple[str, bool]]) -> Optional[DictMatch]:
        """The one entry behind a key; when several share it, the one whose canonical name it is."""
        if len(hits) == 1:
            entry_id, canonical = hits[0]
            how: HowMatched = "exact" if canonical else "alias"
            return DictMatch(self._entries[entry_id], how, self.EXACT_SCORE if canonical else self.ALIAS_SCORE)
        canonical_ids = [i for i, c in hits if c]
        if len(canonical_ids) == 1:
            return DictMatch(self._entries[canonical_ids[0]], "exact", self.EXACT_SCORE)
        return None

    def _fuzzy(self, key: str) -> Optional[DictMatch]:
        if len(key) < 5:
            return None
        translit = _translit(key)
        skeleton = _skeleton(key)
        # 1. same consonant skeleton and close vowels: a transliteration variant
        if len(skeleton.replace(" ", "")) >= 4:
            best: Optional[tuple[float, str]] = None
            for candidate in sorted(self._by_skeleton.get(skeleton, ())):
                if not self._given_names_agree(key, candidate) or not _same_states_named(key, candidate):
                    continue
                score = fuzz.ratio(translit, _translit(candidate))
                if score >= 80 and (best is None or score > best[0]):
                    best = (score, candidate)
            if best is not None:
                return self._fuzzy_hit(best[1], best[0])
        # 2. plain edit similarity, stricter for short names
        cutoff = 92 if len(key) >= 12 else 95
        if len(key) < 8:
            return None
        candidates = self._fuzzy_by_initial.get(translit[:1], [])
        found = process.extract(  # against the candidates' transliterations, made once at load
            _translit(translit), self._fuzzy_translits.get(translit[:1], []), scorer=fuzz.ratio,
            score_cutoff=cutoff, limit=5
        )
        for _, score, index in found:
            candidate = candidates[index]
            if self._given_names_agree(key, candidate) and self._name_parts_agree(key, candidate) \
                    and _same_states_named(key, candidate):
                return self._fuzzy_hit(candidate, score)
        return None

    def _name_parts_agree(self, key: str, candidate: str) -> bool:
        """For a person, a spelling variant keeps how each part of the name begins: "Kim Dong-hyun" is
        not "Kim Yong-hyun", though one letter apart; "Abdel Salam" may still be "Abdulsalam"."""
        entry = self._entries[self._strong[candidate][0][0]]
        return entry.type != "PERSON" or _keeps_word_starts(_translit(key), _translit(candidate))

    def _given_names_agree(self, key: str, candidate: str) -> bool:
        """For a person named in several words, a fuzzy match must keep the given name."""
        tokens = key.split()
        entry = self._entries[self._strong[candidate][0][0]]
        if len(tokens) < 2 or entry.type != "PERSON":
            return True
        candidate_tokens = candidate.split()
        return len(candidate_tokens) >= 2 and _same_given_name(tokens[0], candidate_tokens[0])

    def _fuzzy_hit(self, key: str, score: float) -> DictMatch:
        entry_id = self._strong[key][0][0]
        return DictMatch(self._entries[entry_id], "fuzzy", round(0.9 * score / 100, 3))

    def office_holder(self, country: str, role: str, on: Optional[dt.date] = None) -> Optional[DictEntry]:
        """Who held ``role`` in ``country`` (ISO-3, or an organisation id such as ``un``) on ``on``.

        ``role`` is matched loosely ("Premier", "PM", "prime minister"). Without a date the holder
        is returned only when the data knows a single holder of that office; with several holders
        the answer would be a guess, so it is None. On a hand-over day the incoming holder wins.
        """
        held = self._offices.get((country, canonical_role(role)), [])
        if on is None:
            holders = {entry_id for _, entry_id in held}
            return self._entries[holders.pop()] if len(holders) == 1 else None
        covering = [(office, entry_id) for office, entry_id in held if office.covers(on)]
        if not covering:
            return None
        covering.sort(key=lambda pair: pair[0].start or dt.date.min, reverse=True)
        return self._entries[covering[0][1]]

    def sector_on(self, entry: DictEntry, on: Optional[dt.date] = None) -> tuple[Optional[str], Optional[str]]:
        """(country, sector) of an actor at a date.

        An organisation with ``sector_changes`` holds the sector of the latest change made by ``on``
        (without a date, of the latest change), its own sector before the first. This is the code a
        matched actor gets; rules that test an entry's sector directly see its own ``sector``.

        An office held on ``on`` gives its own code (an IGO office has no country). Outside every
        office a person carries their permanent sector when the data sets one, else ``ELI`` (a former
        official). Without a date: the current office (open end), else the permanent sector, else
        the latest office's code.
        """
        if entry.sector_changes:  # the latest change made by then; without a date, the latest of all
            changed = [sector for start, sector in entry.sector_changes if on is None or start <= on]
            return entry.country, changed[-1] if changed else entry.sector
        if not entry.offices:
            return entry.country, entry.sector
        if on is None:
            current = [o for o in entry.offices if o.end is None]
            if current:
                return self._office_code(entry, current[0])
            if entry.sector:
                return entry.country, entry.sector
            latest = max(entry.offices, key=lambda o: o.end or dt.date.max)
            return self._office_code(entry, latest)
        for office in entry.offices:
            if office.covers(on):
                return self._office_code(entry, office)
        if entry.sector:
            return entry.country, entry.sector
        if all(o.end is not None and o.end < on for o in entry.offices):
            return entry.country, "ELI"
        return entry.country, None

    @staticmethod
    def _office_code(entry: DictEntry, office: Office) -> tuple[Optional[str], Optional[str]]:
        if office.org and office.country is None:
            return None, office.sector
        return office.country or entry.country, office.sector


@lru_cache(maxsize=1)
def get_dictionary() -> ActorDictionary:
    """The package dictionary, loaded once per process."""
    return ActorDictionary.load()
