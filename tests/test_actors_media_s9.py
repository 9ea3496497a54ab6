"""Media people: commentators and presenters are media (MED), and a named victim the sentence before
described only by a media role takes that role's code. Every article here is the team's own writing."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(pipeline):
    return pipeline.extract


def code_of(record, name: str):
    for a in record.actors:
        if name == a.name or name in a.aliases:
            return a.code
    raise AssertionError(f"no actor named {name!r}: {[(a.name, a.code) for a in record.actors]}")


@pytest.mark.parametrize("text, name, code", [
    ("LIMA, May 3 - A radio commentator was gunned down near his house in Lima on Sunday, police said. "
     "Two gunmen fired four shots at Jorge Quispe, 45, as he left his car.", "Jorge Quispe", "PERMED"),
    ("A Mexican journalist was killed in Tijuana on Friday, prosecutors said. "
     "Unknown attackers stabbed Ana Ruiz, 38, near her office.", "Ana Ruiz", "MEXMED"),
    ("A newspaper columnist was abducted in Kampala on Tuesday, witnesses said. "
     "Armed men forced Peter Okello, 30, into a van.", "Peter Okello", "UGAMED"),
])
def test_victim_described_the_sentence_before_takes_the_description_code(extract, text, name, code):
    assert code_of(extract(text), name) == code


@pytest.mark.parametrize("text, name, code", [
    # the one the police arrest is no victim: the description is not his
    ("A journalist was attacked in Lima on Monday. Police arrested Jorge Quispe, 45, on Tuesday.", "Jorge Quispe",
     None),
    # a description with no sector gives none
    ("An engineer was kidnapped in Lagos, police said. Gunmen seized John Obi, 52, at a checkpoint.", "John Obi",
     None),
])
def test_named_person_who_is_not_the_described_victim_is_not_coded_by_it(extract, text, name, code):
    assert code_of(extract(text), name) == code


def test_named_witness_after_a_described_victim_is_a_private_person_not_media(extract):
    # the named one speaks: a witness, not the victim, so a private person of the story's country
    text = "A journalist was attacked in Lima on Monday. Jorge Quispe, 45, said he saw the attack."
    assert code_of(extract(text), "Jorge Quispe") == "PERCVL"


@pytest.mark.parametrize("phrase, sector", [
    ("radio commentator", "MED"), ("commentator", "MED"), ("talk show host", "MED"), ("news anchor", "MED"),
    ("political commentator", "ELI"),  # a political commentator speaks as an expert, not for an outlet
])
def test_commentators_and_presenters_are_media(phrase, sector):
    from newsgraph.knowledge.roles import get_role_lexicon
    assert get_role_lexicon().sector_of(phrase).sector == sector
