"""A title whose body is "the movement's", "the bank's" or "the company's" points back to the body
told of before ("Ali Mansour, 58, the movement's deputy head"), and the person takes its codes.
The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,person,code", [
    ("Arrests\n\nMorocco's Al Adl Wal Ihsane movement said three members were held. Omar Bennani, 58, the "
     "movement's spokesman, was arrested in May.\n", "Omar Bennani", "MAR"),
    ("Arrests\n\nKenya's ruling Jubilee Party met on Monday. Peter Kamau, the party's deputy leader, said it "
     "would not back the bill.\n", "Peter Kamau", "KEN"),
])
def test_a_title_of_the_body_told_before_gives_its_country(extract, text, person, code):
    found = named(extract(text), person)
    assert found is not None and (found.country or "").startswith(code)


def test_a_body_not_of_the_word_is_not_taken(extract):
    record = extract("Strike\n\nThe Kenya Medical Association called a strike. Mary Wanjiru, the movement's "
                     "founder, spoke at the rally.\n")
    found = named(record, "Mary Wanjiru")
    assert found is not None and found.affiliation is None


@pytest.mark.parametrize("text,person,code", [
    ("Cable\n\nFinnish police boarded the tanker. It had dragged its anchor, according to the prosecutor, "
     "Mikko Laine.\n", "Mikko Laine", "FINJUD"),
    ("Cable\n\nFinnish police boarded the tanker. It had dragged its anchor, according to the chief prosecutor "
     "in charge, Mikko Laine.\n", "Mikko Laine", "FINJUD"),
    ("Row\n\nMorocco announced the recall of the ambassador of Morocco in Paris, Mr. Karim Alaoui, for "
     "consultations.\n", "Karim Alaoui", "MARGOV"),
])
def test_a_title_set_off_before_a_name_the_parser_hangs_elsewhere(extract, text, person, code):
    found = named(extract(text), person)
    assert found is not None and found.code == code


def test_a_phrase_that_is_no_title_gives_no_code(extract):
    found = named(extract("Talks\n\nAccording to the schedule, Mikko Laine spoke first.\n"), "Mikko Laine")
    assert found is not None and found.sector is None
