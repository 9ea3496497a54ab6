"""Role nouns and titles → CAMEO-style sectors ("minister" → GOV, "militia" → REB).

The lexicon lives in ``newsgraph/data/roles.yaml``; users extend or override it with files of the
same shape passed to :meth:`RoleLexicon.load`.

:meth:`RoleLexicon.sector_of` reads a noun phrase the way English builds one: the head is the last
role word before the first preposition ("the Iranian Foreign Ministry *spokesman*", "*commander* of
the missile forces"). A head without a sector of its own ("spokesman", "leader") takes it from the
nearest modifier before it, else from its complement; "former"/"retired" make a person's role past,
which codes as ELI. Only the phrase before a comma, semicolon or bracket is read: what follows is
an apposition with a role of its own.

>>> lexicon = get_role_lexicon()
>>> lexicon.sector_of("the Iranian Foreign Ministry spokesman").sector
'GOV'
>>> match = lexicon.sector_of("Retired Major General")
>>> match.sector, match.past, match.base_sector
('ELI', True, 'MIL')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.datafiles import DATA_DIR, check_sector, load_yaml, validate_entry

__all__ = ["RoleLexicon", "RoleMatch", "RoleEntry", "StateBodies", "KindReferences", "get_role_lexicon", "DEFAULT_FILE", "PAST_SECTOR"]

DEFAULT_FILE = DATA_DIR / "roles.yaml"
PAST_SECTOR = "ELI"  # a former office-holder is an elite, whatever the office was

# "U.N." is one token; otherwise runs of letters (hyphens and apostrophes split words)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+")
_PREPOSITIONS = frozenset(
    "of for in at to with from on by under within among against over near inside about".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_APPOSITION = re.compile(r"[,;(\[]")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RoleEntry(_Model):
    """One role term in a roles file; ``also`` lists further terms read the same way."""

    term: str = Field(min_length=1)
    sector: Optional[str] = None
    person: bool = False
    group: bool = False
    weak: bool = False
    plural: Optional[str] = None
    also: list[str] = Field(default_factory=list)
    yields_to: list[str] = Field(default_factory=list)
    abstract: bool = False
    lends: bool = True  # False: as a modifier the word is an adjective ("national agency") and lends no sector
    country: Optional[str] = None  # the one state every holder of the office serves (a pope: the Holy See)
    country_unless: list[str] = Field(default_factory=list)  # words in the text that make it another's office
    # the sector when a nationality says whose holders they are: "Ghanaian peacekeepers" are Ghana's
    # troops lent to a mission (MIL), "UN peacekeepers" the mission's own (IGO)
    national_sector: Optional[str] = None
    # a person's tie named in a title ("Okafor's wife, X"); in the plural no group actor ("its sons")
    title_only: bool = False
    kin: bool = False  # a family tie: the person is of the country of the one named ("his brother, X")

    @field_validator("national_sector")
    @classmethod
    def _national_sector_code(cls, value: Optional[str]) -> Optional[str]:
        return check_sector(value)

    @field_validator("sector")
    @classmethod
    def _sector_code(cls, value: Optional[str]) -> Optional[str]:
        return check_sector(value)

    @field_validator("yields_to")
    @classmethod
    def _sector_codes(cls, values: list[str]) -> list[str]:
        return [check_sector(v) for v in values]


class StateBodies(_Model):
    """Words that make an organisation's name a body of a state ("Presidential Leadership Council").

    ``words`` maps each body word to the qualifiers it needs in the name (none: the word alone
    will do; "bank" needs "central"); ``sector`` codes a body whose role words give no sector;
    a name with a ``supranational`` word belongs to no one state."""

    sector: Optional[str] = None
    words: dict[str, list[str]] = Field(default_factory=dict)
    supranational: list[str] = Field(default_factory=list)

    @field_validator("sector")
    @classmethod
    def _sector_code(cls, value: Optional[str]) -> Optional[str]:
        return check_sector(value)


class KindNoun(_Model):
    """One kind noun ("lender"): the words a body's own name holds when it is of that kind, the
    sector the body must have (none: any), and the ``sectors`` that make a body of that kind
    whatever its name says ("the charity" for an NGO named "Sea Rescue"; "the firm" for a BUS)."""

    words: list[str] = Field(default_factory=list)
    sector: Optional[str] = None
    sectors: list[str] = Field(default_factory=list)

    @field_validator("sector")
    @classmethod
    def _sector_code(cls, value: Optional[str]) -> Optional[str]:
        return check_sector(value)

    @field_validator("sectors")
    @classmethod
    def _sector_codes(cls, values: list[str]) -> list[str]:
        return [check_sector(v) for v in values]


class KindReferences(_Model):
    """"The bank", "the bloc", "the lender" after a body so named: each kind noun with its words
    and sector (``nouns``), and the ``modifiers`` allowed between "the" and the noun."""

    nouns: dict[str, KindNoun] = Field(default_factory=dict)
    modifiers: list[str] = Field(default_factory=list)


class _Modifiers(_Model):
    past: list[str] = Field(default_factory=list)
    deceased: list[str] = Field(default_factory=list)

    @field_validator("past", "deceased")
    @classmethod
    def _single_words(cls, words: list[str]) -> list[str]:
        for word in words:
            if not re.fullmatch(r"[^\W\d_]+", word):
                raise ValueError(f"a modifier is one word, not {word!r}")
        return words


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """The role a phrase names.

    ``term`` is the head role term and ``start``/``end`` its character offsets in the phrase;
    ``sector`` is final (ELI for a past person role), ``base_sector`` the sector before "former"
    was applied, ``sector_term`` the term the sector came from when the head had to borrow it.
    ``abstract`` marks a head that names an activity, not a body ("insurgency"): no actor.
    """

    term: str
    sector: Optional[str]
    person: bool
    group: bool
    past: bool
    start: int
    end: int
    base_sector: Optional[str] = None
    sector_term: Optional[str] = None
    deceased: bool = False
    abstract: bool = False
    country: Optional[str] = None
    country_unless: tuple[str, ...] = ()
    national_sector: Optional[str] = None
    kin: bool = False


@dataclass(frozen=True, slots=True)
class _Form:
    entry: RoleEntry
    term: str  # the term as written in the data (singular)
    plural: bool


@dataclass(frozen=True, slots=True)
class _Hit:
    form: Optional[_Form]  # None for a `not_roles` phrase
    first: int  # token indices, end exclusive
    last: int
    start: int  # character offsets in the phrase
    end: int


def _tokens_of(text: str) -> list[str]:
    return [t.replace(".", "").lower() for t in _TOKEN.findall(text)]


def pluralise(term: str) -> str:
    """English plural of a role term: its head word (before "of", else the last word) inflected."""
    words = term.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif re.search(r"[^aeiou]y$", word):
        word = word[:-1] + "ies"
    elif word.endswith(("s", "x", "z", "ch", "sh")) and not word.endswith("arch"):
        word += "es"
    else:
        word += "s"
    words[at] = word
    return " ".join(words)


class RoleLexicon:
    """Role terms with their sectors, matched inside noun phrases."""

    def __init__(
        self,
        entries: Iterable[RoleEntry],
        past: Iterable[str] = (),
        deceased: Iterable[str] = (),
        spellings: Optional[dict[str, str]] = None,
        not_roles: Iterable[str] = (),
        state_bodies: Optional[StateBodies] = None,
        kind_references: Optional[KindReferences] = None,
        described_bodies: Optional[dict[str, str]] = None,
        briefings: Iterable[str] = (),
    ) -> None:
        self._spellings = {k.lower(): v.lower() for k, v in (spellings or {}).items()}
        self.state_bodies = state_bodies or StateBodies()
        self.kind_references = kind_references or KindReferences()
        # kind noun of an unnamed body -> its sector when its description gives none ("a recruitment agency")
        self.described_bodies = {k.lower(): v for k, v in (described_bodies or {}).items()}
        # events officials speak at ("At a briefing in Beijing, officials said ..."): their place is theirs
        self.briefings = frozenset(w.lower() for w in briefings)
        self._body_words = {self._spellings.get(w.lower(), w.lower()): frozenset(q.lower() for q in quals)
                            for w, quals in self.state_bodies.words.items()}
        self._supranational = frozenset(w.lower() for w in self.state_bodies.supranational)
        self._past = frozenset(w.lower() for w in past)
        self._deceased = frozenset(w.lower() for w in deceased)
        self._forms: dict[tuple[str, ...], Optional[_Form]] = {}
        plurals: dict[tuple[str, ...], _Form] = {}
        self._entries = list(entries)
        for entry in self._entries:
            # an entry whose plural is the term itself ("police", "troops") inflects none of its terms
            uninflected = entry.plural is not None and entry.plural.lower() == entry.term.lower()
            for term in (entry.term, *entry.also):
                key = self._key(term)
                self._forms[key] = _Form(entry, term, plural=uninflected)
                if uninflected:
                    continue
                plural = entry.plural if entry.plural and term == entry.term else pluralise(term)
                plurals[self._key(plural)] = _Form(entry, term, plural=True)
        for key, form in plurals.items():
            self._forms.setdefault(key, form)  # a term written out beats a derived plural
        for phrase in not_roles:
            self._forms[self._key(phrase)] = None
        self._longest = max((len(k) for k in self._forms), default=1)

    # ------------------------------------------------------------------ building
    @classmethod
    def load(cls, extra_files: Iterable[Path | str] = ()) -> "RoleLexicon":
        """The lexicon from the package data plus ``extra_files``; a user entry replaces the
        package entry with the same term. Built once per distinct set of files and cached."""
        return _build(tuple(Path(p).resolve() for p in extra_files))

    @classmethod
    def _from_files(cls, files: tuple[Path, ...]) -> "RoleLexicon":
        entries: dict[str, RoleEntry] = {}
        past: list[str] = []
        deceased: list[str] = []
        spellings: dict[str, str] = {}
        not_roles: list[str] = []
        state_bodies = StateBodies()
        kind_references = KindReferences()
        described_bodies: dict[str, str] = {}
        briefings: list[str] = []
        for path in files:
            data = load_yaml(path, required=("roles",))
            raw_roles = data.get("roles") or []
            if not isinstance(raw_roles, list):
                raise DictionaryError(path, "`roles` must be a list of entries")
            for number, raw in enumerate(raw_roles, 1):
                label = raw.get("term") if isinstance(raw, dict) and isinstance(raw.get("term"), str) else None
                entry = validate_entry(path, RoleEntry, raw, entry=label or f"#{number}")
                entries[entry.term.lower()] = entry
            modifiers = validate_entry(path, _Modifiers, data.get("modifiers") or {}, entry="modifiers")
            past += modifiers.past
            deceased += modifiers.deceased
            raw_spellings = data.get("spellings") or {}
            if not isinstance(raw_spellings, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in raw_spellings.items()
            ):
                raise DictionaryError(path, "`spellings` must map one word to another")
            spellings.update(raw_spellings)
            raw_not = data.get("not_roles") or []
            if not isinstance(raw_not, list) or not all(isinstance(p, str) for p in raw_not):
                raise DictionaryError(path, "`not_roles` must be a list of phrases")
            not_roles += raw_not
            if data.get("state_bodies") is not None:
                extra = validate_entry(path, StateBodies, data["state_bodies"], entry="state_bodies")
                state_bodies = StateBodies(
                    sector=extra.sector or state_bodies.sector,
                    words={**state_bodies.words, **extra.words},
                    supranational=[*state_bodies.supranational, *extra.supranational])
            if data.get("kind_references") is not None:
                kinds = validate_entry(path, KindReferences, data["kind_references"], entry="kind_references")
                kind_references = KindReferences(
                    nouns={**kind_references.nouns, **kinds.nouns},
                    modifiers=[*kind_references.modifiers, *kinds.modifiers])
            raw_described = data.get("described_bodies") or {}
            if not isinstance(raw_described, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in raw_described.items()
            ):
                raise DictionaryError(path, "`described_bodies` must map a kind noun to a sector code")
            try:
                for sector in raw_described.values():
                    check_sector(sector)
            except ValueError as err:
                raise DictionaryError(path, f"`described_bodies`: {err}") from err
            described_bodies.update(raw_described)
            raw_briefings = data.get("briefings") or []
            if not isinstance(raw_briefings, list) or not all(isinstance(w, str) for w in raw_briefings):
                raise DictionaryError(path, "`briefings` must be a list of nouns")
            briefings += raw_briefings
        return cls(entries.values(), past, deceased, spellings, not_roles, state_bodies, kind_references,
                   described_bodies, briefings)

    def _normalise(self, tokens: list[str]) -> list[str]:
        return [self._spellings.get(t, t) for t in tokens]

    def _key(self, text: str) -> tuple[str, ...]:
        return tuple(t for t in self._normalise(_tokens_of(text)) if t not in _ARTICLES)

    # ------------------------------------------------------------------ matching
    def _scan(self, phrase: str) -> tuple[list[tuple[str, int, int]], list[_Hit]]:
        """Content tokens (text, start, end) of ``phrase`` and the longest term matches among them."""
        tokens = [
            (self._spellings.get(w, w), m.start(), m.end())
            for m in _TOKEN.finditer(phrase)
            if (w := m.group().replace(".", "").lower()) not in _ARTICLES
        ]
        hits: list[_Hit] = []
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + self._longest), i, -1):
                key = tuple(t for t, _, _ in tokens[i:j])
                if key in self._forms:
                    hits.append(_Hit(self._forms[key], i, j, tokens[i][1], tokens[j - 1][2]))
                    i = j
                    break
            else:
                i += 1
        return tokens, hits

    @lru_cache(maxsize=1 << 16)  # the index never changes once built; texts repeat
    def sector_of(self, phrase: str) -> Optional[RoleMatch]:
        """The role ``phrase`` names through its head role term, or None when it holds no role term.

        "the Chinese Defence Ministry spokesperson" -> GOV (borrowed from "defense ministry");
        "a spokesman" -> person, sector None; "former Iranian diplomat" -> ELI, past.
        """
        phrase = _APPOSITION.split(phrase, maxsplit=1)[0]  # "envoy, former president" -> "envoy"
        tokens, hits = self._scan(phrase)
        covered = {k for h in hits for k in range(h.first, h.last)}
        boundary = next(
            (k for k, (t, _, _) in enumerate(tokens) if t in _PREPOSITIONS and k not in covered), len(tokens)
        )
        roles = [h for h in hits if h.form is not None]
        before = [h for h in roles if h.last <= boundary]
        after = [h for h in roles if h.first >= boundary]
        if before:
            head, modifiers = before[-1], before[:-1]
        elif after:
            head, modifiers, after = after[0], [], after[1:]
        else:
            return None
        assert head.form is not None
        entry = head.form.entry

        sector, sector_term = entry.sector, None
        if entry.sector is None or entry.weak or entry.yields_to:
            donors = [h for h in reversed(modifiers) if h.form and h.form.entry.sector and h.form.entry.lends]
            donors += [h for h in after if h.form and h.form.entry.sector]
            if entry.sector is not None and not entry.weak:
                # "jihadist force": only a modifier of a sector the head yields to overrides it
                donors = [h for h in donors if h.form and h.form.entry.sector in entry.yields_to]
            if donors:
                donor = donors[0].form
                assert donor is not None
                sector, sector_term = donor.entry.sector, donor.term

        head_words = {t for t, _, _ in tokens[: head.first]} if head.first < boundary else set()
        past = bool(head_words & self._past)
        base_sector = sector
        if past and entry.person and sector is not None:
            sector = PAST_SECTOR
        return RoleMatch(
            term=head.form.term,
            sector=sector,
            person=entry.person,
            group=entry.group or (entry.person and head.form.plural and not entry.title_only),
            past=past,
            start=head.start,
            end=head.end,
            base_sector=base_sector,
            sector_term=sector_term,
            deceased=bool(head_words & self._deceased),
            abstract=entry.abstract,
            country=entry.country,
            country_unless=tuple(entry.country_unless),
            national_sector=entry.national_sector,
            kin=entry.kin,
        )

    @lru_cache(maxsize=1 << 16)  # the index never changes once built; texts repeat
    def is_role_word(self, word: str) -> bool:
        """Whether ``word`` alone (singular or plural) is a role term: "minister", "troops"."""
        key = self._key(word)
        return len(key) == 1 and self._forms.get(key) is not None

    @lru_cache(maxsize=1 << 14)  # the index never changes once built; names repeat
    def state_body(self, name: str) -> Optional[str]:
        """The body word that makes ``name`` an organ of a state ("council" in "Presidential
        Leadership Council", "bank" in "Central Bank"), or None; names with a supranational word
        ("European Commission") are no one state's."""
        words = self._normalise(_tokens_of(name))
        present = set(words)
        if present & self._supranational:
            return None
        for word in reversed(words):  # the head comes last in English names
            qualifiers = self._body_words.get(word)
            if qualifiers is not None and (not qualifiers or present & qualifiers):
                return word
        return None

    def group_terms(self) -> set[str]:
        """Every surface form that can name an unnamed group actor: "police", "soldiers", "armed factions"."""
        return {
            " ".join(key)
            for key, form in self._forms.items()
            if form is not None and (form.entry.group or (form.entry.person and form.plural))
        }

    def spelling(self, word: str) -> str:
        """The lower-case word in the spelling the role terms use ("defence" -> "defense")."""
        low = word.lower()
        return self._spellings.get(low, low)

    def entries(self) -> list[RoleEntry]:
        """The entries the lexicon was built from."""
        return list(self._entries)


@lru_cache(maxsize=8)
def _build(extra_files: tuple[Path, ...]) -> RoleLexicon:
    return RoleLexicon._from_files((DEFAULT_FILE, *extra_files))


def get_role_lexicon() -> RoleLexicon:
    """The process-wide lexicon built from the package data alone."""
    return _build(())
