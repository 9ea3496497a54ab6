"""Bylines and journalists named with a press title: a byline's writers are journalists (MED) of
the country of the outlet it names, else of the outlet the wire dateline credits, else of the
story's; a journalist named in running text takes the outlet's country, else the story's. The
sentences and names are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)

BODY = ("Floods in western Kenya killed 40 people, the Kenyan interior ministry said on Tuesday, "
        "as rivers burst their banks near Kisumu.\n")


@pytest.mark.parametrize("byline,writers,country", [
    ("By JANE WAMBUI and PETER OTIENO, Reuters", ["JANE WAMBUI", "PETER OTIENO"], "GBR"),
    ("By Jane Wambui | AFP", ["Jane Wambui"], "FRA"),
    ("By Jane Wambui", ["Jane Wambui"], "KEN"),
    ("By Jane Wambui, Peter Otieno and Anna Kerubo", ["Jane Wambui", "Peter Otieno", "Anna Kerubo"], "KEN"),
])
def test_a_bylines_writers_are_journalists_of_the_outlet_it_names(extract, byline, writers, country):
    record = extract(f"Kenya floods kill dozens\n\n{byline}\n\n{BODY}")
    for name in writers:
        writer = named(record, name)
        assert writer is not None and writer.type == "PERSON", name
        assert code(writer) == (country, "MED"), name
    assert not any(a.name.startswith("By ") for a in record.actors)


def test_a_byline_without_an_outlet_takes_the_one_the_dateline_credits(extract):
    record = extract("Kenya floods kill dozens\n\nBy Jane Wambui\n\n"
                     f"NAIROBI, March 5 (AFP) - {BODY}")
    assert code(named(record, "Jane Wambui")) == ("FRA", "MED")


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Tuesday the water had gone down.", "BY THE NUMBERS"])
def test_staff_credits_and_sentences_name_no_writer(extract, byline):
    record = extract(f"Kenya floods kill dozens\n\n{byline}\n\n{BODY}")
    assert not any(a.type == "PERSON" and a.sector == "MED" for a in record.actors)


def test_a_correspondent_named_without_an_outlet_is_of_the_storys_country(extract):
    record = extract(f"Kenya floods kill dozens\n\n{BODY}\n"
                     "The correspondent Mary Achieng said the main road to Kisumu was cut.\n")
    assert code(named(record, "Mary Achieng")) == ("KEN", "MED")


@pytest.mark.parametrize("sentence", [
    "Deutsche Welle correspondent Mary Achieng said the main road to Kisumu was cut.",
    "Mary Achieng, a reporter for Deutsche Welle, said the main road to Kisumu was cut.",
])
def test_a_journalist_named_with_an_outlet_is_of_the_outlets_country(extract, sentence):
    record = extract(f"Kenya floods kill dozens\n\n{BODY}\n{sentence}\n")
    assert code(named(record, "Mary Achieng")) == ("DEU", "MED")


@pytest.mark.parametrize("credit,name", [("(Photo by Jane Wambui / AFP)", "Jane Wambui"),
                                         ("(Pool photo by Jane Wambui / AFP)", "Jane Wambui"),
                                         ("(Photo by Park Min-jun / AFP)", "Park Min-jun")])
def test_a_photo_by_credit_names_a_photographer_where_the_photo_was_taken(extract, credit, name):
    record = extract(f"Kenya floods kill dozens\n\n{BODY}\n"
                     f"Photo: Residents wade through water in Kisumu on Monday. {credit}\n")
    assert code(named(record, name)) == ("KEN", "MED")
    assert not any("photo" in a.name.lower() for a in record.actors)
