"""Why each event exists, sentence by sentence, and what fired without becoming an event."""
from __future__ import annotations

from dataclasses import dataclass, field
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
    outcome: str  # "event e3", "mention of e3", or why it was left out


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
    from newsgraph.pipeline.events import find_events

    doc, record = pipeline.analyse(article, published=published)
    by_trigger: dict[int, tuple[Event, bool]] = {}
    for event in record.events:
        by_trigger[event.start] = (event, True)
        for mention in event.mentions:
            by_trigger.setdefault(mention.start, (event, False))
    sentences = [SentenceExplanation(s.start_char, s.end_char, s.text.strip()) for s in doc.sents if s.text.strip()]
    index = {s.start: s for s in sentences}
    for event in record.events:
        for sentence in sentences:
            if sentence.start <= event.start < sentence.end:
                sentence.events.append(event)
    for cand in find_events(doc, verb_only_lemmas=pipeline.nlp.get_pipe("ng_events").verb_only_lemmas):
        sentence = index.get(cand.sentence.start_char)
        if sentence is None:
            continue
        hit = by_trigger.get(cand.trigger.idx)
        if hit is not None:
            outcome = f"event {hit[0].id}" if hit[1] else f"another report of {hit[0].id}"
        elif cand.negated:
            outcome = "left out: negated"
        elif cand.modality == "hypothetical":
            outcome = "left out: hypothetical"
        elif cand.root == "01":
            outcome = "left out: a plain statement"
        else:
            outcome = "left out: neither side names a known actor"
        sentence.notes.append(TriggerNote(
            trigger=cand.trigger.text, start=cand.trigger.idx, code=cand.code, rule=cand.rule,
            source_words=cand.source.text if cand.source is not None else None,
            target_words=cand.target.text if cand.target is not None else None, outcome=outcome))
    return record, sentences
