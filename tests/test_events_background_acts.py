"""Acts told only as background to describe someone (a relative or participle clause dated years
before the story) are not coded; the same clause with a doer of its own, or told in the story's
time, still is."""
from __future__ import annotations

from event_helpers import dyads


def test_a_relative_clause_dated_to_an_earlier_year_is_background(pipeline):
    found = dyads(pipeline, "Ottawa wrote to the Arab League, which mediated the 1994 accord, asking it to help.")
    assert not [d for d in found if d[0].startswith("04")]


def test_a_passive_relative_clause_dated_last_year_is_background(pipeline):
    found = dyads(pipeline, "Chile handed Peru a smuggler who was detained near the port of Arica last year.")
    assert not [d for d in found if d[0].startswith("17")]


def test_a_subject_relative_clause_dated_years_ago_is_background(pipeline):
    found = dyads(pipeline, "The militia, which attacked the base in Gao three years ago, signed a truce on Monday.")
    assert not [d for d in found if d[0].startswith("19")]


def test_a_dated_relative_clause_with_its_own_doer_is_still_coded(pipeline):
    found = dyads(pipeline, "The Wagner Group, which Britain sanctioned in 2020, denied the report.")
    assert any(code.startswith("16") and source == "United Kingdom" for code, source, _ in found)


def test_a_relative_clause_in_the_story_s_time_is_still_coded(pipeline):
    found = dyads(pipeline, "Kenyan police freed a reporter who was detained in Nairobi on Monday.")
    assert any(code.startswith("17") for code, _, _ in found)
