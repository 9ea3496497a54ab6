"""Office holders of 2024-2026 (office_holders_2026.yaml) whom a story names by a short title or none:
their country and sector come from the dictionary, not from the state the story is set in. The
sentences and the people around the office holders are invented; the office holders are real."""
from __future__ import annotations

import datetime as dt

import pytest

from actor_helpers import code, named
from newsgraph.knowledge.dictionary import get_dictionary

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def extract_2025(pipeline):
    """Extract a text as published in mid-2025, when the offices below were held."""
    def run(text: str):
        return pipeline.extract(text, published=PUBLISHED)
    return run


@pytest.mark.parametrize("text,name,expected", [
    # an information minister of one state quoted in a story set in its neighbour
    ("Border talks\n\nADDIS ABABA — Yemane Gebremeskel dismissed the report on Tuesday, the Ethiopian "
     "teacher Dawit Alemu told reporters in the capital.\n", "Yemane Gebremeskel", ("ERI", "GOV")),
    # a speaker of parliament abroad
    ("Visit\n\nWARSAW — Ruslan Stefanchuk thanked Polish lawmakers for their support on Monday, the "
     "student Anna Zielinska said.\n", "Ruslan Stefanchuk", ("UKR", "LEG")),
    # a chief justice at a conference in another state
    ("Conference\n\nLONDON — Yahya Afridi spoke about court backlogs on Thursday, the British barrister "
     "Helen Marsh said.\n", "Yahya Afridi", ("PAK", "JUD")),
    # an intelligence chief on a trip
    ("Talks\n\nDOHA — David Barnea arrived in the Qatari capital on Sunday for talks, the shopkeeper "
     "Khalid Mansour said.\n", "David Barnea", ("ISR", "SPY")),
    # a police chief
    ("Drugs\n\nKUALA LUMPUR — Listyo Sigit Prabowo agreed with Malaysian officers to share records, "
     "the fisherman Ahmad Rosli said.\n", "Listyo Sigit Prabowo", ("IDN", "COP")),
    # an army chief across the border
    ("Exercise\n\nMOGADISHU — Charles Kahariri inspected the troops near the border on Wednesday, the "
     "farmer Abdi Warsame said.\n", "Charles Kahariri", ("KEN", "MIL")),
])
def test_an_office_holder_keeps_his_own_state_in_a_story_set_elsewhere(extract_2025, text, name, expected):
    actor = named(extract_2025(text), name)
    assert actor is not None
    assert code(actor) == expected


@pytest.mark.parametrize("text,name", [
    # a European commissioner who phones a state is not that state
    ("Enlargement\n\nBELGRADE — Marta Kos telephoned Serbian ministers on Friday, the engineer "
     "Milan Petrovic said.\n", "Marta Kos"),
    # the head of a regional organisation in a member state's capital
    ("Gulf\n\nKUWAIT CITY — Jasem Albudaiwi condemned the attack on Tuesday, the merchant Fahad "
     "Saleh said.\n", "Jasem Mohamed Albudaiwi"),
])
def test_an_international_official_is_igo_in_a_national_story(extract_2025, text, name):
    actor = named(extract_2025(text), name)
    assert actor is not None
    assert actor.sector == "IGO"


@pytest.mark.parametrize("surface,on,country,sector", [
    ("Yemane Gebremeskel", dt.date(2025, 3, 1), "ERI", "GOV"),
    ("Teresa Ribera", dt.date(2025, 3, 1), None, "IGO"),
    ("Om Birla", dt.date(2025, 3, 1), "IND", "LEG"),
    ("Kyrylo Budanov", dt.date(2025, 3, 1), "UKR", "SPY"),
    ("Kayode Egbetokun", dt.date(2025, 3, 1), "NGA", "COP"),
    ("Mandisa Maya", dt.date(2025, 3, 1), "ZAF", "JUD"),
    ("Santiago Bausili", dt.date(2025, 3, 1), "ARG", "GOV"),
    ("Tom Fletcher", dt.date(2025, 3, 1), None, "IGO"),
    # an office that ended: a former official again
    ("Ronen Bar", dt.date(2025, 9, 1), "ISR", "ELI"),
    # the office before: the same man was finance minister, then commissioner
    ("Michael McGrath", dt.date(2023, 6, 1), "IRL", "GOV"),
    ("Michael McGrath", dt.date(2025, 6, 1), None, "IGO"),
])
def test_the_dictionary_dates_each_office(surface, on, country, sector):
    dictionary = get_dictionary()
    match = dictionary.match(surface)
    assert match is not None
    assert dictionary.sector_on(match.entry, on) == (country, sector)


def test_a_common_surname_names_no_new_office_holder_alone():
    dictionary = get_dictionary()
    assert dictionary.match("Moore") is None
    assert dictionary.match("Richard Moore").entry.id == "richard-moore"


def test_a_past_title_does_not_undo_an_office_held_that_day(extract_2025):
    text = ("Gulf\n\nRIYADH — The Gulf Cooperation Council's secretary-general Jasem Albudaiwi, a former Kuwaiti "
            "diplomat, urged calm on Monday, the trader Nasser Otaibi said.\n")
    actor = named(extract_2025(text), "Jasem Mohamed Albudaiwi")
    assert actor is not None
    assert code(actor) == (None, "IGO")
