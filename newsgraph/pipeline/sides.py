"""Event candidates become events: sides resolved to actors, one event per act, with date and place."""
from __future__ import annotations

from datetime import date
from typing import Optional

from spacy.tokens import Doc, Span

from newsgraph.model import Event, EventMention
from newsgraph.pipeline.actors import FIRST_PLURAL, ActorTable
from newsgraph.pipeline.dates import event_date
from newsgraph.pipeline.events import ResolvedEvent, find_events, merge_mentions


def code_events(doc: Doc, state: dict, patterns, published: Optional[date]) -> list[Event]:
    """The article's events, their sides as actor keys (the record maps them to ids)."""
    table: ActorTable = state["actors"]
    quotes = [q for q in state.get("quotes", []) if q.kind in ("direct", "partial") and q.speaker]
    resolved = []
    for cand in find_events(doc, patterns):
        source = side_key(table, cand.source, quotes) if cand.source is not None else None
        target = side_key(table, cand.target, quotes) if cand.target is not None else None
        if source is not None and source == target:
            target = None
        resolved.append(ResolvedEvent(cand, source, target))
    places = state.get("places", [])
    events = []
    for n, ev in enumerate(merge_mentions(resolved), 1):
        cand = ev.candidate
        trigger = cand.trigger
        reports = ev.mentions or [cand]
        events.append(Event(
            id=f"e{n}", source=ev.source_id, target=ev.target_id, code=cand.code, root=cand.root,
            quad_class=cand.quad_class, goldstein=cand.goldstein, negated=cand.negated,
            modality=cand.modality,
            date=_iso(event_date(cand.sentence, published, trigger)),
            location=_place_in(places, cand.sentence, trigger.idx),
            evidence=cand.sentence.text.strip(), start=trigger.idx, end=trigger.idx + len(trigger.text),
            rule=cand.rule, confidence=cand.confidence,
            mentions=[EventMention(evidence=m.sentence.text.strip(), start=m.trigger.idx,
                                   end=m.trigger.idx + len(m.trigger.text)) for m in reports],
        ))
    return events


def side_key(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    """The actor an event side's words name."""
    key = table.resolve(span)
    if key is not None:
        return key
    root = span.root
    if root.lower_ in FIRST_PLURAL:
        # "we" inside a quotation: the speaker's organisation, or the speaker
        for q in quotes:
            if q.start <= root.idx < q.end:
                speaker = table.drafts.get(q.speaker)
                if speaker is None:
                    return None
                return speaker.affiliation if speaker.affiliation in table.drafts else speaker.key
        return None
    owners = [table.token_owner[t.i] for t in span if t.i in table.token_owner]
    if owners:
        return owners[-1]
    return table.country_actor(span)


def _place_in(places: list, sentence: Span, anchor: int) -> Optional[str]:
    best, best_distance = None, None
    for place in places:
        for start, end, _ in place.mentions:
            if sentence.start_char <= start < sentence.end_char:
                distance = abs(start - anchor)
                if best_distance is None or distance < best_distance:
                    best, best_distance = place.id, distance
    return best


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None
