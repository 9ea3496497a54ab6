"""Regions that act as states do (member states of a federation, autonomous and breakaway
regions) are actors of their own, coded with the country of the state they are part of; a place
that merely sounds like one is not. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,region,iso", [
    ("Talks stall\n\nPuntland said on Tuesday it would not attend the talks in the capital.\n", "Puntland", "SOM"),
    ("Oil deal\n\nThe Kurdistan Region signed a new oil deal with Turkey on Monday.\n", "Kurdistan Region", "IRQ"),
    ("Court row\n\nRepublika Srpska threatened to hold a referendum on the state court.\n", "Republika Srpska", "BIH"),
    ("Visit\n\nThe president of Abkhazia met Russian officials on Friday.\n", "Abkhazia", "GEO"),
])
def test_a_region_acting_is_an_actor_of_its_state(extract, text, region, iso):
    found = named(extract(text), region)
    assert found is not None and found.type == "GPE" and found.country == iso


def test_a_region_is_not_the_state_itself(extract):
    record = extract("Border row\n\nSomaliland accused Somalia on Monday of blocking flights to Hargeisa.\n")
    region, state = named(record, "Somaliland"), named(record, "Somalia")
    assert region is not None and state is not None and region is not state
    assert region.country == state.country == "SOM"


def test_a_city_that_sounds_like_a_region_is_no_region(extract):
    record = extract("Port call\n\nThe ship docked in Portland on Monday, the company said.\n")
    assert named(record, "Portland") is None or named(record, "Portland").country != "SOM"


def test_a_region_named_only_as_where_something_happens_is_a_place(extract):
    record = extract("Poll\n\nVoting went ahead on Sunday, but no ballots were cast in Puntland.\n")
    assert named(record, "Puntland") is None


def test_a_regions_ministry_is_its_own_body_of_the_state(extract):
    record = extract("Port deal\n\nSomaliland's foreign ministry called the deal legal on Monday. Somalia's "
                     "foreign ministry called it void.\n")
    region_body = named(record, "Somaliland's foreign ministry")
    state_body = named(record, "Somalia's foreign ministry")
    assert region_body is not None and region_body.code == "SOMGOV"
    assert state_body is not None and state_body is not region_body
