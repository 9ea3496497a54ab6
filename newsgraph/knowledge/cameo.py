"""CAMEO event codes and the trigger patterns that map words to them, loaded from data files.

`data/cameo.yaml` lists every CAMEO 1.1b3 code; `data/verbs.yaml` (plus any files in
`data/patterns/` and files the user passes) maps verb and noun triggers to codes. Both are
validated on load; a bad file raises `KnowledgeDataError` naming the file and the entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Literal, Optional, Union

from newsgraph.errors import DictionaryError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

__all__ = [
    "CameoCode",
    "Cameo",
    "EventPattern",
    "PatternSet",
    "KnowledgeDataError",
    "get_cameo",
    "load_cameo",
    "get_patterns",
    "load_patterns",
    "quad_class_of_root",
]

Modality = Literal["threatened", "demanded", "hypothetical", "reported", "denied"]


class KnowledgeDataError(DictionaryError):
    """A CAMEO or pattern data file (packaged or a user's) is malformed."""

    def __init__(self, message: str) -> None:
        super().__init__("", message)  # the message names the file itself

    def __str__(self) -> str:
        return self.message


def quad_class_of_root(root: str) -> int:
    """The usual CAMEO quad class of a two-digit root: 1 verbal coop .. 4 material conflict."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"CAMEO root out of range: {root!r}")
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


class _CameoEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(pattern=r"^\d{2,4}$")
    name: str = Field(min_length=1)
    root: str = Field(pattern=r"^\d{2}$")
    quad_class: int = Field(ge=1, le=4)
    goldstein: float = Field(ge=-10, le=10)


class Cameo:
    """All CAMEO codes, by code."""

    def __init__(self, codes: Iterable[CameoCode]):
        self._codes: dict[str, CameoCode] = {c.code: c for c in codes}

    def get(self, code: str) -> CameoCode:
        """The entry of `code`; KeyError if CAMEO has no such code."""
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self):
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsgraph") / "data" / name))


def _read_yaml(path: Path) -> object:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeDataError(f"{path}: cannot read: {exc}") from exc


def load_cameo(path: Union[str, Path, None] = None) -> Cameo:
    """Read and validate a CAMEO code file (default: the packaged data/cameo.yaml)."""
    path = Path(path) if path else _data_path("cameo.yaml")
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("codes"), list):
        raise KnowledgeDataError(f"{path}: expected a mapping with a 'codes' list")
    codes: list[CameoCode] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["codes"]):
        label = raw.get("code", f"#{i}") if isinstance(raw, dict) else f"#{i}"
        try:
            entry = _CameoEntry.model_validate(raw)
        except ValidationError as exc:
            raise KnowledgeDataError(f"{path}: code {label}: {exc}") from exc
        if entry.code in seen:
            raise KnowledgeDataError(f"{path}: code {entry.code}: duplicate")
        if not entry.code.startswith(entry.root):
            raise KnowledgeDataError(f"{path}: code {entry.code}: root {entry.root} is not its prefix")
        if entry.quad_class != quad_class_of_root(entry.root):
            raise KnowledgeDataError(
                f"{path}: code {entry.code}: quad class {entry.quad_class} does not fit root {entry.root}"
            )
        seen.add(entry.code)
        codes.append(CameoCode(**entry.model_dump()))
    return Cameo(codes)


@lru_cache(maxsize=1)
def get_cameo() -> Cameo:
    """The packaged CAMEO codes, loaded once per process."""
    return load_cameo()


# ---------------------------------------------------------------------------------------------
# Patterns

_SLOT_PREFIXES = ("prep:", "gov_prep:", "of_prep:")
_PLAIN_SLOTS = frozenset(
    {"comp_subj", "subj", "obj", "iobj", "agent", "poss", "obj_poss", "obj_gpe", "obj_origin", "on_origin", "attr_subj", "amod", "compound", "of", "between",
     "relcl_subj", "relcl_obj", "relcl_target", "summarised_subj", "gov_subj", "gov_obj", "purpose_obj", "cause_subj", "for_subj", "claimed_target", "own_act_target",
     "pred_subj", "clause_subj", "label_compound", "passive_subj", "accused_party", "drawn_by", "obj_holder", "fought_with", "urged_party",
     "answered_doer", "joined_obj"}
)


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


NO_ACT = "none"  # a pattern's code for an idiom that names no act ("flying a flag", "battling the flag")


class EventPattern(BaseModel):
    """One trigger → code rule. See the header of data/verbs.yaml for the meaning of each field."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    lemma: str = Field(min_length=1)
    pos: Literal["verb", "noun", "adj"] = "verb"
    particle: Optional[str] = None
    prep: Optional[str] = None
    object: tuple[str, ...] = ()
    phrase: Optional[str] = None
    context: tuple[str, ...] = ()
    subject_of: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    code: str
    source_role: tuple[str, ...] = ()
    target_role: tuple[str, ...] = ()
    negation_code: Optional[str] = None
    needs_target: bool = False
    finite_only: bool = False
    announced_only: bool = False
    mutual: bool = False
    governs: Optional[Modality] = None
    confidence: float = Field(0.8, ge=0, le=1)

    @field_validator("object", "context", "subject_of", "subject", "source_role", "target_role", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        return _as_list(value)

    @field_validator("source_role", "target_role")
    @classmethod
    def _known_slots(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for slot in value:
            if slot not in _PLAIN_SLOTS and not (slot.startswith(_SLOT_PREFIXES) and slot.split(":", 1)[1]):
                raise ValueError(f"unknown slot {slot!r}")
        return value

    @property
    def specificity(self) -> int:
        """How many constraints beyond the lemma the pattern sets; the most specific match wins."""
        return sum(x is not None for x in (self.particle, self.prep, self.phrase)) + (1 if self.object else 0) \
            + (1 if self.context else 0) + (1 if self.subject_of else 0) + (1 if self.subject else 0)


class _ModalityCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reported: list[str] = []
    hypothetical: list[str] = []
    threatened: list[str] = []
    demanded: list[str] = []
    denied: list[str] = []
    prevented: list[str] = []  # verbs that keep the act beneath them from happening; such acts are denied


class _PatternFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: Optional[Literal[1]] = None  # like every data file; optional for older pattern files
    classes: dict[str, list[str]] = {}
    support_verbs: list[str] = []
    modality_cues: _ModalityCues = _ModalityCues()
    patterns: list[dict] = []


@dataclass
class PatternSet:
    """Validated patterns indexed by (part of speech, lemma), with word classes and cue lists."""

    patterns: list[EventPattern] = field(default_factory=list)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    support_verbs: frozenset[str] = frozenset()
    modality_cues: dict[str, str] = field(default_factory=dict)  # lemma -> modality
    _index: dict[tuple[str, str], list[EventPattern]] = field(default_factory=dict, repr=False)
    _lemmas: set[str] = field(default_factory=set, repr=False)
    # `expand` results, valid for the `classes` mapping they were computed from
    _expanded: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False)
    _expanded_from: Optional[dict[str, frozenset[str]]] = field(default=None, repr=False)

    def add(self, pattern: EventPattern) -> None:
        self.patterns.append(pattern)
        self._lemmas.add(pattern.lemma)
        bucket = self._index.setdefault((pattern.pos, pattern.lemma), [])
        bucket.append(pattern)
        # stable sort: more specific first, file order among equals
        bucket.sort(key=lambda p: -p.specificity)

    def candidates(self, pos: str, lemma: str) -> list[EventPattern]:
        """Patterns for a trigger, most specific first."""
        return self._index.get((pos, lemma), [])

    @property
    def trigger_lemmas(self) -> set[str]:
        """Every lemma some pattern is indexed under (any part of speech); do not modify."""
        return self._lemmas

    def expand(self, words: Iterable[str]) -> frozenset[str]:
        """Lemmas named by a pattern's `object` list, with @class names expanded."""
        words = tuple(words)
        if self._expanded_from is not self.classes:
            self._expanded.clear()
            self._expanded_from = self.classes
        found = self._expanded.get(words)
        if found is None:
            found = self._expanded[words] = self._expand(words)
        return found

    def _expand(self, words: tuple[str, ...]) -> frozenset[str]:
        out: set[str] = set()
        for word in words:
            if word.startswith("@"):
                out |= self.classes[word[1:]]
            else:
                out.add(word.lower())
        return frozenset(out)


def load_patterns(
    paths: Union[Iterable[Union[str, Path]], None] = None,
    *,
    include_default: bool = True,
    cameo: Optional[Cameo] = None,
) -> PatternSet:
    """Read and validate pattern files: the packaged ones (unless excluded) then `paths` in order.

    Later files may add patterns, classes and cues; pattern ids must stay unique across files.
    """
    cameo = cameo or get_cameo()
    files: list[Path] = []
    if include_default:
        files.append(_data_path("verbs.yaml"))
        extra_dir = _data_path("patterns")
        if extra_dir.is_dir():
            files.extend(sorted(extra_dir.glob("*.yaml")))
    files.extend(Path(p) for p in (paths or ()))

    result = PatternSet()
    raw_classes: dict[str, set[str]] = {}
    support: set[str] = set()
    cues: dict[str, str] = {}
    pending: list[tuple[Path, EventPattern]] = []
    seen_ids: dict[str, Path] = {}
    for path in files:
        data = _read_yaml(path) or {}
        try:
            parsed = _PatternFile.model_validate(data)
        except ValidationError as exc:
            raise KnowledgeDataError(f"{path}: {exc}") from exc
        for name, words in parsed.classes.items():
            raw_classes.setdefault(name, set()).update(w.lower() for w in words)
        support.update(parsed.support_verbs)
        for modality, words in parsed.modality_cues.model_dump().items():
            for word in words:
                cues.setdefault(word, modality)
        for i, raw in enumerate(parsed.patterns):
            label = raw.get("id", f"#{i}") if isinstance(raw, dict) else f"#{i}"
            try:
                pattern = EventPattern.model_validate(raw)
            except ValidationError as exc:
                raise KnowledgeDataError(f"{path}: pattern {label}: {exc}") from exc
            if pattern.id in seen_ids:
                raise KnowledgeDataError(f"{path}: pattern {pattern.id}: duplicate id (first in {seen_ids[pattern.id]})")
            for code in (pattern.code, pattern.negation_code):
                if code is not None and code != NO_ACT and code not in cameo:
                    raise KnowledgeDataError(f"{path}: pattern {pattern.id}: unknown CAMEO code {code!r}")
            seen_ids[pattern.id] = path
            pending.append((path, pattern))

    result.classes = {name: _class_words(name, raw_classes) for name in raw_classes}
    for path, pattern in pending:
        for word in pattern.object:
            if word.startswith("@") and word[1:] not in result.classes:
                raise KnowledgeDataError(f"{path}: pattern {pattern.id}: unknown class {word!r}")
        result.add(pattern)
    result.support_verbs = frozenset(support)
    result.modality_cues = cues
    return result


def _class_words(name: str, raw_classes: dict[str, set[str]], within: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of class `name`, an "@other" entry standing for all of another class's words."""
    if name not in raw_classes:
        raise KnowledgeDataError(f"class {'@' + name!r} is named in class {'@' + within[-1]!r} but never defined")
    if name in within:
        raise KnowledgeDataError(f"class {'@' + name!r} includes itself")
    words: set[str] = set()
    for word in raw_classes[name]:
        if word.startswith("@"):
            words |= _class_words(word[1:], raw_classes, within + (name,))
        else:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def get_patterns() -> PatternSet:
    """The packaged patterns, loaded once per process."""
    return load_patterns()
