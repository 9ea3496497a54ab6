"""Office holders written into the dictionary by category (office_holders.yaml): interior, justice and
finance ministers, army chiefs, central bank governors and opposition leaders, named without their
title; and the fuzzy step of the dictionary, which never takes one state's body for another's whose
name differs by the state's name or demonym. The sentences are invented; the office holders are real."""
from __future__ import annotations

import datetime as dt

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from newsgraph.knowledge.dictionary import get_dictionary


@pytest.mark.parametrize("text,name,expected", [
    # an interior minister by his surname alone
    ("Migration\n\nGrande-Marlaska said on Tuesday that the new border checks would start in May, "
     "according to the trade unionist Lucia Ferrer.\n", "Fernando Grande-Marlaska", ("ESP", "GOV")),
    # a central bank governor
    ("Rates\n\nElvira Nabiullina warned on Friday that inflation would stay high, the economist "
     "Pavel Orlov wrote.\n", "Elvira Nabiullina", ("RUS", "GOV")),
    # an army chief
    ("Front\n\nOleksandr Syrskyi visited the troops near the river on Sunday, the volunteer "
     "Taras Hnatiuk said.\n", "Oleksandr Syrskyi", ("UKR", "MIL")),
    # a finance minister
    ("Budget\n\nSmotrich rejected the proposal on Monday, the analyst Noam Peled said.\n",
     "Bezalel Smotrich", ("ISR", "GOV")),
    # the leader of the main opposition party
    ("Debate\n\nÖzgür Özel accused the government of raising taxes, the pollster Deniz Aksoy said.\n",
     "Özgür Özel", ("TUR", "OPP")),
])
def test_an_office_holder_named_without_a_title_carries_the_office(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected


@pytest.mark.parametrize("surface", [
    "Albanian parliament", "Guinea's parliament", "parliament of Guinea", "Guinean Parliament",
])
def test_fuzzy_match_never_changes_the_state_a_name_names(surface):
    match = get_dictionary().match(surface)
    assert match is None or match.how != "fuzzy"


def test_fuzzy_match_still_reads_a_misspelt_body_of_the_same_state():
    match = get_dictionary().match("Parliment of Ghana")
    assert match is not None and match.entry.id == "ghana-parliament" and match.how == "fuzzy"


def test_a_surname_many_people_bear_names_no_one_alone():
    dictionary = get_dictionary()
    assert dictionary.match("Patel") is None
    assert dictionary.match("Priti Patel").entry.id == "priti-patel"


@pytest.mark.parametrize("country,title,on,holder", [
    ("GBR", "Home Secretary", dt.date(2024, 3, 1), "james-cleverly"),
    ("GBR", "Chancellor of the Exchequer", dt.date(2023, 5, 1), "jeremy-hunt"),
    ("DEU", "finance minister", dt.date(2025, 8, 1), "lars-klingbeil"),
    ("TUR", "central bank governor", dt.date(2024, 6, 1), "fatih-karahan"),
])
def test_an_office_title_names_its_holder_on_a_date(country, title, on, holder):
    assert get_dictionary().office_holder(country, title, on).id == holder
