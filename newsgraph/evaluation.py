"""Evaluation against public gold event records (PETRARCH-2 validation set).

Matching is at the granularity newsgraph codes: the event code, and for each side the country
and the first sector (agent) code; "exact" needs all three, "root" the CAMEO root and the sides'
countries (or, for sides without a country, their sector).

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
from newsgraph.model import Record
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
    """The record's events as (code, source code, target code), statements left out."""
    codes = {a.id: ((a.country or "---") + (a.sector or "") if (a.country or a.sector) else "") for a in record.actors}
    return [GoldCoding(e.code, codes.get(e.source or "", ""), codes.get(e.target or "", ""))
            for e in record.events if e.root != "01"]


def split_code(code: str) -> tuple[Optional[str], Optional[str]]:
    """(country, primary sector) of a PETRARCH or newsgraph actor code.

    PETRARCH writes "---" for no country and "IGO..." for intergovernmental bodies, and may chain
    several agent codes ("IRQGOVMIL"); newsgraph codes a country and one sector, so the first agent
    is the one compared.
    """
    code = (code or "").upper()
    if not code:
        return None, None
    if code.startswith("---"):
        return None, code[3:6] or None
    if code.startswith("IGO"):
        return None, "IGO"
    return code[:3], code[3:6] or None


def _side_matches(gold: str, ours: str, level: str) -> bool:
    gold_country, gold_sector = split_code(gold)
    our_country, our_sector = split_code(ours)
    if not gold:
        return True  # the gold leaves this side open
    if gold_country != our_country and not (gold_country is None and gold_sector == "IGO"):
        return False
    if level == "root":
        return gold_country is not None or gold_sector == our_sector
    return gold_sector is None or gold_sector == our_sector


def _coding_found(gold: GoldCoding, produced: list[GoldCoding], level: str) -> bool:
    for p in produced:
        same_code = p.code == gold.code if level == "exact" else p.code[:2] == gold.code[:2]
        if same_code and _side_matches(gold.source, p.source, level) and _side_matches(gold.target, p.target, level):
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
