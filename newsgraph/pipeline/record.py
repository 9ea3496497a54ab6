"""Assemble the record from what the stages left on the Doc."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Block, Record
from newsgraph.text import doc_text


def build_record(doc: Doc, state: dict) -> Record:
    meta = doc._.ng_meta or {}
    text = doc_text(doc)
    blocks = [Block(kind=k, start=s, end=e, text=text[s:e], joined=j)
              for k, s, e, j in (tuple(b) + (1,) * (4 - len(b)) for b in meta.get("blocks") or [])]
    record = Record(
        id=meta.get("id") or "",
        source=meta.get("source"),
        title=meta.get("title"),
        published=meta.get("published"),
        language=meta.get("language") or "en",
        text=text,
        blocks=blocks,
    )
    table = state.get("actors")
    ids: dict[str, str] = {}
    if table is not None:
        record.actors, ids = table.to_actors()
    for quote in state.get("quotes", []):
        quote.speaker = ids.get(quote.speaker) if quote.speaker else None
        quote.addressee = ids.get(quote.addressee) if quote.addressee else None
        record.quotes.append(quote)
    for event in state.get("events", []):
        event.source = ids.get(event.source) if event.source else None
        event.target = ids.get(event.target) if event.target else None
        record.events.append(event)
    record.locations = [p.to_location() for p in state.get("places", [])]
    record.amounts = [a.to_amount() for a in state.get("amounts", [])]
    return record
