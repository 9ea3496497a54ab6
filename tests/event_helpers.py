"""Helpers shared by the event tests."""
from __future__ import annotations


def dyads(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def coded_dyads(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text)
    codes = {a.id: a.code for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def coded(pipeline, text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    """The dyads of `text` whose event code is exactly `code`."""
    return [d for d in dyads(pipeline, text) if d[0] == code]
