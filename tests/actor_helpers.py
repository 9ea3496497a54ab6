"""Helpers shared by the actor tests."""
from __future__ import annotations

from datetime import date

import pytest

# the offices of the dictionaries are read at a fixed publication date
PUBLISHED = date(2024, 3, 1)


@pytest.fixture(scope="module")
def extract(pipeline):
    """Extract a text as published on PUBLISHED."""
    def run(text: str):
        return pipeline.extract(text, published=PUBLISHED)
    return run


def named(record, name: str):
    """The record's actor with `name` as its name or one of its aliases (None when there is none)."""
    return next((a for a in record.actors if name == a.name or name in a.aliases), None)


def code(actor) -> tuple:
    """The actor's (country, sector)."""
    return (actor.country, actor.sector)
