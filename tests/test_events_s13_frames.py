"""Frames that gave no candidate at all: impeaching, a headline phrasal verb read as a noun
("hands over"), court challenges (challenging before a court, filing petitions, taking a dispute
to a tribunal), what one party expects of another, and security forces "neutralizing" armed men."""
from __future__ import annotations

import pytest

from event_helpers import coded, dyads
from newsgraph.explain import explain


def _with_root(found, root: str) -> list:
    return [d for d in found if d[0].startswith(root)]


def test_a_legislature_impeaching_a_president_charges_him(pipeline):
    found = coded(pipeline, "The Senate of Moldova impeaches President Ion Verdescu.", "1121")
    assert found and found[0][2] == "Ion Verdescu"


@pytest.mark.parametrize("text, source, target", [
    ("The Kenyan opposition party filed 12 petitions against the government with the Supreme Court.",
     "Kenyan opposition party", "government"),
    ("Ghana takes its maritime dispute with Togo to an international tribunal.", "Ghana", "Togo"),
])
def test_a_petition_or_a_dispute_taken_to_a_tribunal_is_a_lawsuit(pipeline, text, source, target):
    assert ("115", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    ("Kazakhstan expected Moscow to give a full explanation of the remarks.", "Kazakhstan", "Russia"),
    ("Russia expected explanations from Baku over the raid.", "Russia", "Azerbaijan"),
    # the party expected to act parsed as the object of "expected", the act as its open complement
    ('Petrov said Astana expected Moscow to "provide a clear account" of the comments.', "Kazakhstan", "Russia"),
    ("A spokesperson said the Danish government fully expected Addis Ababa to let aid convoys pass freely.",
     "Danish government", "Ethiopia"),
])
def test_what_one_party_expects_of_another_is_demanded_of_it(pipeline, text, source, target):
    found = _with_root(dyads(pipeline, text), "10")
    assert found and (found[0][1], found[0][2]) == (source, target)


@pytest.mark.parametrize("text", [
    "Analysts expect the Bank of England to raise rates next month.",
    "The ministry expects an answer within days.",
    "Kazakhstan expects to give a full explanation of the remarks.",
])
def test_a_forecast_or_an_expectation_of_no_party_demands_nothing(pipeline, text):
    assert not _with_root(dyads(pipeline, text), "10")


def test_security_forces_neutralizing_militants_use_force(pipeline):
    found = _with_root(dyads(pipeline, "Turkish forces neutralized 5 PKK terrorists in northern Iraq."), "19")
    assert found and found[0][1] == "Turkish forces"


def test_neutralizing_a_country_from_a_conflict_is_no_force(pipeline):
    found = dyads(pipeline, "The plan aimed at neutralizing Iraq from any war between Iran and the United States.")
    assert not _with_root(found, "19")


def test_a_headline_verb_with_its_particle_read_as_a_preposition_is_a_verb(pipeline):
    text = "Paraguay hands over Uruguayan gang leader to Uruguay\n\nThe suspect was flown out on Tuesday, officials said.\n"
    _, sentences = explain(pipeline, text)
    assert any(note.rule == "hand.over.v" and note.source_words == "Paraguay" for note in sentences[0].notes)


def test_a_headline_noun_of_talks_before_over_gives_no_meeting_of_its_own(pipeline):
    assert not _with_root(dyads(pipeline, "Ukraine talks over grain deal stall"), "04")
