"""Dictionary entries added for bodies that recur in news: rating agencies, a nuclear group, sea
rescue charities, an investment court and a presidency named by its seat."""
from __future__ import annotations

import pytest

from newsgraph.knowledge.base import Knowledge


@pytest.fixture(scope="module")
def actors():
    return Knowledge.load().actors


@pytest.mark.parametrize("surface,country,sector", [
    ("S&P Global Ratings", "USA", "BUS"),
    ("Standard & Poor's", "USA", "BUS"),
    ("Moody's", "USA", "BUS"),
    ("Orano", "FRA", "BUS"),
    ("Sea-Watch", "DEU", "NGO"),
    ("ICSID", None, "IGO"),
    ("Akorda", "KAZ", "GOV"),
])
def test_recurring_bodies_are_known(actors, surface, country, sector):
    match = actors.match(surface, allow_partial=False)
    assert match is not None
    assert (match.entry.country, match.entry.sector) == (country, sector)
