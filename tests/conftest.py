"""Shared fixtures: one pipeline (one spaCy model load) for the whole test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so that a run passes or fails the
# same way every time; on a developer's machine they keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, loaded once per test session."""
    from newsgraph.core import Pipeline

    return Pipeline()


def offset_problems(record) -> list[str]:
    """Every place where a record's offsets do not point at the text they claim (empty when all do)."""
    text = record.text
    problems: list[str] = []

    def check(where: str, start: int, end: int, expected: str | None = None) -> None:
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: [{start}:{end}] outside text of length {len(text)}")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != {expected!r}")

    for b in record.blocks:
        check(f"block {b.kind}", b.start, b.end, b.text)
    for a in record.actors:
        for m in a.mentions:
            check(f"actor {a.id} mention", m.start, m.end, m.text)
    for q in record.quotes:
        check(f"quote {q.id}", q.start, q.end, q.text)
    for e in record.events:
        check(f"event {e.id} trigger", e.start, e.end)
        if e.end <= e.start:
            problems.append(f"event {e.id}: empty trigger")
        if e.evidence not in text:
            problems.append(f"event {e.id}: evidence not in text")
        for m in e.mentions:
            check(f"event {e.id} mention", m.start, m.end)
            if m.evidence not in text:
                problems.append(f"event {e.id} mention: evidence not in text")
    for loc in record.locations:
        for m in loc.mentions:
            check(f"location {loc.id} mention", m.start, m.end, m.text)
    for amount in record.amounts:
        check(f"amount {amount.text!r}", amount.start, amount.end, amount.text)
    return problems
