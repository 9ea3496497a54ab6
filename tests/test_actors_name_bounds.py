"""Where one name ends and the next begins: a body's name running into a person's name after
"title of the body", a person's name read over the body the tagger put before it, and a family
name the dictionary knows that opens someone else's full name. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def names_of(record) -> set[str]:
    return {n for a in record.actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize("text,body,person", [
    ("Vote count\n\nThe former deputy of the Jogorku Kenesh Nurlan Abdykadyrov was detained on Monday.\n",
     "Jogorku Kenesh", "Nurlan Abdykadyrov"),
    ("Vote count\n\nThe former head of the Central Election Commission Tuigunaly Abdraimov criticised "
     "the plan.\n", "Central Election Commission", "Tuigunaly Abdraimov"),
    ("Court row\n\nThe chairman of the Supreme Court Ivan Petrov resigned on Friday.\n",
     "Supreme Court", "Ivan Petrov"),
])
def test_title_of_a_body_then_a_name_gives_the_body_and_the_person(extract, body, person, text):
    record = extract(text)
    assert named(record, body) is not None and named(record, body).type == "ORG"
    found = named(record, person)
    assert found is not None and found.type == "PERSON"
    assert not any(body in n and n != body for n in names_of(record))


def test_a_known_family_name_opening_another_full_name_is_not_that_person(extract):
    record = extract("Mining row\n\nThe mines minister Issoufou Maman Sani met reporters in Niamey. Former "
                     "president Mahamadou Issoufou was not present.\n")
    minister = named(record, "Issoufou Maman Sani")
    former = named(record, "Mahamadou Issoufou")
    assert minister is not None and former is not None and minister is not former
    assert minister.country == "NER"


def test_a_known_family_name_alone_is_still_that_person(extract):
    record = extract("Mining row\n\nFormer president Mahamadou Issoufou left Niamey on Monday. Issoufou said "
                     "he would return.\n")
    former = named(record, "Mahamadou Issoufou")
    assert former is not None and "Issoufou" in former.aliases


@pytest.mark.parametrize("text,person,code", [
    ("Vote count\n\nThe deputy of the Jogorku Kenesh Nurlan Abdykadyrov was detained on Monday.\n",
     "Nurlan Abdykadyrov", "KGZLEG"),
    ("Vote count\n\nThe former deputy of the Jogorku Kenesh Nurlan Abdykadyrov was detained on Monday.\n",
     "Nurlan Abdykadyrov", "KGZELI"),
])
def test_a_person_named_after_title_of_a_body_belongs_to_the_body(extract, text, person, code):
    found = named(extract(text), person)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", [
    "Row\n\nIn Paris, the Quai d'Orsay \"took note\" of the ruling and asked for calm.\n",
    "Row\n\nIn Paris, the Quai d'Orsay took note of the ruling and asked for calm.\n",
])
def test_a_name_ending_in_an_elided_word_keeps_it_before_a_quote_mark(extract, text):
    record = extract(text)
    assert "Quai d'Orsay" in names_of(record)
    assert named(record, "Quai d'Orsay").country == "FRA"
