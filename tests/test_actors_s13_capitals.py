"""A capital used only as a place ("the port of Lomé", "full control of Juba", "flown out of
Juba", "Juba's markets", "the Turkish ambassador in Baghdad", a dateline) is no mention of its
state, while a capital that acts or speaks ("Kigali rejected ...") still stands for it. The
sentences and names are invented."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,capital,state", [
    # "<part> of <capital>": the port, the streets, control of the city
    ("Fishing row\n\nGhana accused Togo of harassing its trawlers. A patrol boat waited off the port of Lomé "
     "on Monday, Ghana said.\n", "Lomé", "Togo"),
    ("Fighting\n\nKenya criticised South Sudan on Monday. Rebels of the Tamor Front said they were close to "
     "taking control of Juba.\n", "Juba", "South Sudan"),
    ("Protests\n\nEgypt criticised Somalia on Monday. Thousands marched in the streets of the capital "
     "Mogadishu on Tuesday.\n", "Mogadishu", "Somalia"),
    # "out of <capital>": where people are moved from
    ("Evacuation\n\nKenya criticised South Sudan on Monday. Kenya flew 300 traders out of Juba on Sunday.\n",
     "Juba", "South Sudan"),
    # a city's own places, held by the city as a possessor
    ("Trade\n\nUganda praised South Sudan on Monday. Thousands of Ugandans work in Juba's markets.\n",
     "Juba", "South Sudan"),
    # another state's ambassador posted in the capital, his own state named
    ("Summons\n\nIraq condemned the strikes and summoned the Turkish ambassador in Baghdad on Monday, "
     "the foreign ministry of Iraq said.\n", "Baghdad", "Iraq"),
    # a dateline by a city the dictionary keeps as a seat, not as the capital
    ("Arrest\n\nDAR ES SALAAM, May 4 - Tanzanian police arrested the writer Baraka Mwanjela on Tuesday, "
     "and Tanzania's interior minister defended the arrest.\n", "DAR ES SALAAM", "Tanzania"),
])
def test_a_capital_only_as_a_place_is_no_name_of_its_state(extract, text, capital, state):
    record = extract(text)
    assert named(record, capital) is None
    assert named(record, state) is not None  # the state named elsewhere stays


def test_a_capital_that_acts_still_stands_for_its_state(extract):
    record = extract("Border\n\nKigali rejected the accusation on Monday and Congo's army withdrew.\n")
    assert named(record, "Kigali") is not None and named(record, "Kigali").country == "RWA"


def test_a_capital_in_a_coordination_of_actors_still_stands_for_its_state(extract):
    record = extract("Talks\n\nTalks between Moscow and Kyiv resumed on Monday in Istanbul, Turkey said.\n")
    assert named(record, "Moscow") is not None and named(record, "Kyiv") is not None


def test_its_ambassador_in_a_capital_still_names_the_host(extract):
    record = extract("Recall\n\nPeru recalled its ambassador in Madrid on Monday.\n")
    assert named(record, "Madrid") is not None and named(record, "Madrid").country == "ESP"


def test_the_place_still_geocodes(extract):
    record = extract("Trade\n\nUganda praised South Sudan on Monday. Thousands of Ugandans work in Juba's markets.\n")
    assert any(place.name == "Juba" for place in record.locations)
