"""Evaluation against public gold event records: the PETRARCH-2 validation set and the PLOVER
gold-standard records (see the PLOVER section below).

Matching is at the granularity newsgraph codes: the event code, and for each side the country
and the first sector (agent) code; "exact" needs all three, "root" the CAMEO root and the sides'
countries (or, for sides without a country, their sector). The sides of a joint act (meet, sign an
agreement, cooperate: `SYMMETRIC_CODES`) match in either order, as in the project's scorer.

The validation file holds sentences, each with the CAMEO codings a coder should produce
(`eventcode`, `sourcecode`, `targetcode`) or a mark that it holds no event. newsgraph codes each
sentence from raw text (not from the file's hand-checked parses) and is counted right when it
produces every expected coding, or nothing for a no-event record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from newsgraph.errors import InputError
from newsgraph.knowledge.datafiles import SECTORS
from newsgraph.model import Record
from newsgraph.pipeline.sides import SYMMETRIC_CODES
from newsgraph.sources import Article


@dataclass(frozen=True)
class GoldCoding:
    code: str
    source: str
    target: str


@dataclass
class GoldSentence:
    id: str
    text: str
    published: Optional[date]
    codings: list[GoldCoding]  # empty: the sentence reports no event
    has_parse: bool


@dataclass
class SentenceResult:
    id: str
    expected: list[GoldCoding]
    produced: list[GoldCoding]
    exact: bool
    root: bool


@dataclass
class ValidationReport:
    results: list[SentenceResult] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.results)

    def count(self, level: str, only_parsed: Optional[set[str]] = None) -> int:
        return sum(getattr(r, level) for r in self.results if only_parsed is None or r.id in only_parsed)


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_petrarch_validation(path: Path | str) -> list[GoldSentence]:
    """The records of a PETRARCH-2 validation file.

    The file is XML-like but not well formed (each `<Sentence .../>` closes itself and a stray
    `</Sentence>` follows its parse), so it is read record by record with patterns.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "E009", f"cannot read: {exc}") from exc
    sentences: list[GoldSentence] = []
    for attrs, body in _SENTENCE.findall(raw):
        fields = dict(_ATTR.findall(attrs))
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if text is None:
            continue
        when = fields.get("date", "")
        codings = []
        for coding in re.findall(r"<EventCoding\b([^>]*)>", body):
            c = dict(_ATTR.findall(coding))
            if c.get("eventcode"):
                codings.append(GoldCoding(c["eventcode"], c.get("sourcecode", ""), c.get("targetcode", "")))
        sentences.append(GoldSentence(
            id=fields.get("id", f"s{len(sentences) + 1}"), text=" ".join(text.group(1).split()),
            published=date(int(when[:4]), int(when[4:6]), int(when[6:8])) if re.fullmatch(r"\d{8}", when) else None,
            codings=codings, has_parse="<Parse>" in body))
    if not sentences:
        raise InputError(str(path), "E007", "no <Sentence> records with <Text> found")
    return sentences


def produced_codings(record: Record) -> list[GoldCoding]:
    """The record's events as (code, source code, target code), plain statements (010) left out:
    PETRARCH codes the kinds of statement (013 optimism, 015 claims of responsibility, 018
    sympathy) but not a bare "said"."""
    codes = {a.id: ((a.country or "---") + (a.sector or "") if (a.country or a.sector) else "") for a in record.actors}
    return [GoldCoding(e.code, codes.get(e.source or "", ""), codes.get(e.target or "", ""))
            for e in record.events if e.code != "010"]


def split_code(code: str) -> tuple[Optional[str], Optional[str]]:
    """(country, primary sector) of a PETRARCH or newsgraph actor code.

    PETRARCH writes "---" for no country and "IGO..." for intergovernmental bodies, and may chain
    several agent codes ("IRQGOVMIL"); newsgraph codes a country and one sector, so the first agent
    that is a sector is the one compared.
    """
    code = (code or "").upper()
    if not code:
        return None, None
    if code.startswith("IGO"):
        return None, "IGO"
    country = None if code.startswith("---") else code[:3]
    # after the country, PETRARCH may write a region or a religion ("PSEGZACVL": Gaza, civilians;
    # "IRQMUS": Muslim) before the sector, or no sector at all: the first sector code counts
    agents = [code[i:i + 3] for i in range(3, len(code) - 2, 3)]
    return country, next((a for a in agents if a in SECTORS), None)


def _side_matches(gold: str, ours: str, level: str) -> bool:
    gold_country, gold_sector = split_code(gold)
    our_country, our_sector = split_code(ours)
    if not gold:
        return True  # the gold leaves this side open
    # PETRARCH writes "---" where its dictionaries knew no country ("Congress" → ---LEG): a side
    # coded with the right sector and a country is not wrong for knowing more
    if gold_country is not None and gold_country != our_country:
        return False
    if level == "root":
        return gold_country is not None or gold_sector == our_sector
    return gold_sector is None or gold_sector == our_sector


def _coding_found(gold: GoldCoding, produced: list[GoldCoding], level: str) -> bool:
    for p in produced:
        same_code = p.code == gold.code if level == "exact" else p.code[:2] == gold.code[:2]
        if not same_code:
            continue
        if _side_matches(gold.source, p.source, level) and _side_matches(gold.target, p.target, level):
            return True
        # a joint act ("met", "signed a deal") is one event whichever party is written first
        if p.code in SYMMETRIC_CODES and _side_matches(gold.source, p.target, level) \
                and _side_matches(gold.target, p.source, level):
            return True
    return False


def validate(sentences: Iterable[GoldSentence], pipeline) -> ValidationReport:
    """Code every gold sentence with `pipeline` and compare with its expected codings."""
    sentences = list(sentences)
    report = ValidationReport()
    articles = (Article(raw=s.text, source=s.id, published=s.published) for s in sentences)
    for sentence, record in zip(sentences, pipeline.pipe(articles)):
        produced = produced_codings(record)
        if sentence.codings:
            exact = all(_coding_found(g, produced, "exact") for g in sentence.codings)
            root = all(_coding_found(g, produced, "root") for g in sentence.codings)
        else:
            exact = root = not produced
        report.results.append(SentenceResult(sentence.id, sentence.codings, produced, exact, root))
    return report


# --- PLOVER gold-standard records -----------------------------------------------------------------
#
# The PLOVER GSR file (JSON list) holds the CAMEO manual's example sentences, each with its source and
# target actors (a country code or a non-state code such as IGO, plus a sector) and a PLOVER event
# type. newsgraph codes CAMEO, so each produced code is mapped to PLOVER with the CAMEO-to-PLOVER
# table and compared at the type level; the sides are compared by country (or, for actors without a
# country, by their non-state code).

# The GSR was coded with an early PLOVER draft (0.5b1), whose type names the 2021 table renamed.
_GSR_TYPE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO roots the 2021 table leaves out: PLOVER folds appeals into requests (statements have no type).
_UNLISTED_ROOTS = {"02": "REQUEST"}
# Country codes in the GSR that are not ISO 3166 alpha-3 (old CAMEO codes and slips).
_GSR_COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


@dataclass
class PloverRecord:
    id: str
    text: str
    event: str  # the PLOVER type, in the 2021 names
    sources: list[str]  # country codes, or the non-state code (IGO, NGO, ...) of each source actor
    targets: list[str]  # empty: the record names no target


@dataclass
class PloverResult:
    id: str
    expected: str
    sources: list[str]
    targets: list[str]
    produced: list[tuple[str, Optional[str], str, str]]  # (CAMEO code, PLOVER type, source key, target key)
    type_match: bool
    dyad_match: bool


@dataclass
class PloverReport:
    results: list[PloverResult] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def type_matches(self) -> int:
        return sum(r.type_match for r in self.results)

    @property
    def dyad_matches(self) -> int:
        return sum(r.dyad_match for r in self.results)

    def by_type(self) -> dict[str, tuple[int, int, int]]:
        """Per expected PLOVER type: (records, type matches, type + dyad matches)."""
        counts: dict[str, list[int]] = {}
        for r in self.results:
            c = counts.setdefault(r.expected, [0, 0, 0])
            c[0] += 1
            c[1] += r.type_match
            c[2] += r.dyad_match
        return {k: (v[0], v[1], v[2]) for k, v in sorted(counts.items())}


def _actor_key(code: str) -> str:
    code = (code or "").upper()[:3]
    return _GSR_COUNTRY_ALIASES.get(code, code)


def _gsr_actors(value) -> list[str]:
    if not isinstance(value, list):
        return []  # null, or "" for "no target"
    return [_actor_key(a.get("code", "")) for a in value if isinstance(a, dict) and a.get("code")]


def read_plover_records(path: Path | str) -> list[PloverRecord]:
    """The event records of a PLOVER gold-standard JSON file (its DOCUMENT records left out).

    A record whose actors are marked reciprocal (`SRC/TAR` in its markup) and that names no
    target is an act among its sources: its targets are its sources.
    """
    import json

    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(str(path), "E009", f"cannot read: {exc}") from exc
    if not isinstance(raw, list):
        raise InputError(str(path), "E007", "expected a JSON list of PLOVER records")
    records: list[PloverRecord] = []
    for item in raw:
        if not isinstance(item, dict) or item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        sources = _gsr_actors(item.get("source"))
        targets = _gsr_actors(item.get("target"))
        info = item.get("textInfo")
        markup = str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")
        if not targets and "SRC/TAR" in markup:
            targets = list(sources)
        event = str(item["event"]).upper()
        records.append(PloverRecord(
            id=str(item.get("id", f"r{len(records) + 1}")), text=" ".join(str(item["text"]).split()),
            event=_GSR_TYPE_NAMES.get(event, event), sources=sources, targets=targets))
    if not records:
        raise InputError(str(path), "E007", "no PLOVER event records with text found")
    return records


def read_cameo_to_plover(path: Path | str) -> dict[str, str]:
    """CAMEO code → PLOVER type, from a conversion table of `code: TYPE, mode, context # note` lines."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "E009", f"cannot read: {exc}") from exc
    table: dict[str, str] = {}
    for line in lines:
        match = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if match:
            table.setdefault(match.group(1), match.group(2))  # a root listed twice keeps its first type
    if not table:
        raise InputError(str(path), "E007", "no 'code: TYPE' lines found")
    return table


def plover_type(code: str, table: dict[str, str]) -> Optional[str]:
    """The PLOVER type of a CAMEO code: its own entry, else its parent's, else its root's."""
    for length in range(len(code), 1, -1):
        found = table.get(code[:length])
        if found:
            return found
    return _UNLISTED_ROOTS.get(code[:2])


def _coding_key(code: str) -> str:
    country, sector = split_code(code)
    return country or sector or ""


def validate_plover(records: Iterable[PloverRecord], pipeline, table: dict[str, str]) -> PloverReport:
    """Code every PLOVER record's sentence with `pipeline` and compare type and sides.

    A record's type matches when any produced event maps to its PLOVER type; its dyad matches when
    such an event also has a source among the record's sources and a target among its targets
    (a side the record leaves empty matches anything).
    """
    records = list(records)
    report = PloverReport()
    articles = (Article(raw=r.text, source=r.id) for r in records)
    for gold, record in zip(records, pipeline.pipe(articles)):
        produced = [(p.code, plover_type(p.code, table), _coding_key(p.source), _coding_key(p.target))
                    for p in produced_codings(record)]
        typed = [p for p in produced if p[1] == gold.event]
        reciprocal = len(gold.sources) > 1 and gold.sources == gold.targets
        dyad = any((not gold.sources or src in gold.sources) and (not gold.targets or tgt in gold.targets)
                   and not (reciprocal and src == tgt) for _, _, src, tgt in typed)
        report.results.append(PloverResult(gold.id, gold.event, gold.sources, gold.targets, produced,
                                           bool(typed), dyad))
    return report
