"""Why each event exists, sentence by sentence, and what fired without becoming an event.

The reasons are the events stage's own: `Pipeline.analyse` has it trace the fate of every coded
trigger (`sides.TRACE_KEY`), at the point where `find_events` or `code_events` decided it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Optional

from newsgraph.model import Event, Record


@dataclass
class TriggerNote:
    """One pattern that fired on a trigger word, and what became of it."""

    trigger: str
    start: int
    code: str
    rule: str
    source_words: Optional[str]
    target_words: Optional[str]
    outcome: str  # "event e3", "another report of e3", or why it was left out ("left out: ...")


@dataclass
class SentenceExplanation:
    start: int
    end: int
    text: str
    events: list[Event] = field(default_factory=list)
    notes: list[TriggerNote] = field(default_factory=list)


def explain(pipeline, article, published=None) -> tuple[Record, list[SentenceExplanation]]:
    """The record of an article and, per sentence, the events coded in it and every pattern
    that fired there, with what became of it."""
    from newsgraph.pipeline.sides import TRACE_KEY

    doc, record = pipeline.analyse(article, published=published)
    sentences = [SentenceExplanation(s.start_char, s.end_char, s.text.strip()) for s in doc.sents if s.text.strip()]
    starts = [s.start for s in sentences]

    def sentence_at(offset: int) -> Optional[SentenceExplanation]:
        at = bisect_right(starts, offset) - 1
        return sentences[at] if at >= 0 and offset < sentences[at].end else None

    for event in record.events:
        sentence = sentence_at(event.start)
        if sentence is not None:
            sentence.events.append(event)
    seen: set[tuple] = set()
    for fate in sorted((doc._.ng_state or {}).get(TRACE_KEY) or [], key=lambda f: f.trigger.i):
        sentence = sentence_at(fate.trigger.idx)
        outcome = fate.outcome if fate.outcome.startswith(("event ", "another report of ")) \
            else f"left out: {fate.outcome}"
        note = TriggerNote(
            trigger=fate.trigger.text, start=fate.trigger.idx, code=fate.code, rule=fate.rule,
            source_words=fate.source.text if fate.source is not None else None,
            target_words=fate.target.text if fate.target is not None else None, outcome=outcome)
        key = tuple(asdict(note).values())
        if sentence is not None and key not in seen:  # joint acts give one dyad per pair of parties
            seen.add(key)
            sentence.notes.append(note)
    return record, sentences


def as_json(record: Record, sentences: list[SentenceExplanation]) -> dict:
    """The explanation as plain data: the record's id and source, and per sentence its events' ids
    and its notes."""
    return {
        "id": record.id, "source": record.source,
        "sentences": [{"start": s.start, "end": s.end, "text": s.text, "events": [e.id for e in s.events],
                       "notes": [asdict(n) for n in s.notes]} for s in sentences],
    }
