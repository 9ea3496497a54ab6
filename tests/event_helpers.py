"""Helpers shared by the event tests."""
from __future__ import annotations


def dyads(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]
