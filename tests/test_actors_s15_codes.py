"""Actor codes on new text (session 15): bodies written into the dictionary by category
(bodies_2026b.yaml: oil companies of OPEC members, electoral commissions, coast guards, official
gazettes, regional governments, foreign ministries known by a name of their own) and office holders
of states office_holders.yaml did not cover. The sentences are invented; the bodies and office
holders are real."""
from __future__ import annotations

import datetime as dt

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from newsgraph.knowledge.dictionary import get_dictionary


@pytest.mark.parametrize("text,name,expected", [
    # named without his title, in a story filed from another state: at the tests' publication date
    # (March 2024) still the leader of the opposition, not yet agriculture minister
    ("Trade\n\nLONDON - Steenhuisen said on Monday that the checks on imported beef would "
     "continue, the trader Owen Pike said.\n", "John Steenhuisen", ("ZAF", "OPP")),
    # a foreign ministry spokesperson in a story about two other states
    ("Border talks\n\nRandhir Jaiswal said on Friday that the talks between Nepal and Bhutan were "
     "welcome, the analyst Mira Sen wrote.\n", "Randhir Jaiswal", ("IND", "GOV")),
    # a minister of territorial administration in a story filed from a neighbouring capital
    ("Border\n\nN'DJAMENA, June 2 - Paul Atanga Nji met the delegation on Thursday, the herder "
     "Abakar Issa said.\n", "Paul Atanga Nji", ("CMR", "GOV")),
    # a regional president
    ("Fires\n\nAlfonso Rueda asked Madrid on Sunday for more aircraft, the firefighter Xoan Piñeiro "
     "said.\n", "Alfonso Rueda", ("ESP", "GOV")),
    # an opposition party's leader by his surname
    ("Vote\n\nHounkpè said the count had been fair, the student Koffi Adjovi said.\n",
     "Paul Hounkpè", ("BEN", "OPP")),
])
def test_an_office_holder_of_a_newly_covered_state_carries_the_office(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("Output\n\nTRIPOLI - Mellitah Oil and Gas resumed pumping on Tuesday, the engineer Salem "
     "Fathi said.\n", "Mellitah Oil & Gas", ("LBY", "BUS")),
    ("Ballot\n\nThe National Office of Electoral Processes said on Monday that the count was "
     "complete.\n", "National Office of Electoral Processes", ("PER", "GOV")),
    ("Rescue\n\nThe Sri Lanka Coast Guard rescued nine fishermen on Friday, the sailor Nimal "
     "Perera said.\n", "Sri Lanka Coast Guard", ("LKA", "MIL")),
    ("Decree\n\nThe decree was published on Sunday in El Peruano, the lawyer Rosa Quispe said.\n",
     "El Peruano", ("PER", "GOV")),
    ("Fires\n\nThe Xunta of Galicia said on Monday that three villages had been evacuated.\n",
     "Xunta de Galicia", ("ESP", "GOV")),
    ("Border\n\nThe Rapid Intervention Battalion was deployed on Saturday near the river, the "
     "farmer Ali Moussa said.\n", "Rapid Intervention Battalion", ("CMR", "MIL")),
    ("Naval drills\n\nCOLOMBO - The External Affairs Ministry said on Tuesday that it was watching "
     "the drills closely.\n", "Ministry of External Affairs", ("IND", "GOV")),
])
def test_a_body_of_the_new_categories_carries_its_state_and_sector(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected


@pytest.mark.parametrize("surface,on,expected", [
    ("Hadja Lahbib", dt.date(2024, 3, 1), ("BEL", "GOV")),
    ("Hadja Lahbib", dt.date(2025, 6, 1), (None, "IGO")),  # an EU commissioner speaks for no state
    ("Steenhuisen", dt.date(2025, 6, 1), ("ZAF", "GOV")),
    ("Natthaphong", dt.date(2024, 3, 1), ("THA", None)),  # before he led the opposition
    ("Natthaphong", dt.date(2025, 3, 1), ("THA", "OPP")),
])
def test_an_office_holder_is_coded_by_the_office_held_on_the_date(surface, on, expected):
    dictionary = get_dictionary()
    assert dictionary.sector_on(dictionary.match(surface).entry, on) == expected


@pytest.mark.parametrize("surface", ["Galvez", "Rueda", "Jaiswal"])
def test_a_common_surname_alone_names_no_new_office_holder(surface):
    match = get_dictionary().match(surface)
    assert match is None or match.entry.id not in ("carlito-galvez", "alfonso-rueda", "randhir-jaiswal")
