"""Bodies written into the dictionary by category (world_bodies_2026.yaml): a top court under its
native name, a football club, a legislature under its native name, a party of a state the party list
lacked, and an alias added to a body already listed. None of these names says its state in words a
guess could read. The sentences and people are invented."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,name,expected", [
    # top court under its native name
    ("Budget\n\nThe Bundesverfassungsgericht struck down the emergency budget on Wednesday, "
     "the lawyer Jonas Brenner said.\n", "Bundesverfassungsgericht", ("DEU", "JUD")),
    # football club: a business, of its home country
    ("Sanctions\n\nGalatasaray was fined on Monday after its fans threw flares onto the pitch, "
     "the club's spokesman Emre Kaplan said.\n", "Galatasaray", ("TUR", "BUS")),
    # legislature under its native name
    ("Vote\n\nThe Riigikogu approved the defence bill on Thursday, lawmaker Kadri Tamm said.\n",
     "Riigikogu", ("EST", "LEG")),
    # ruling party of a state the party list lacked
    ("Election\n\nBelaya Rus won the by-election on Sunday, its candidate Alena Zhuk said.\n",
     "Belaya Rus", ("BLR", "PTY")),
    # alias added to an entry already listed
    ("Unions\n\nThe Unión General de Trabajadores called a general strike on Friday, "
     "its leader Pablo Moreno said.\n", "Unión General de Trabajadores", ("ESP", "LAB")),
])
def test_a_body_written_by_category_carries_its_state_and_sector(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected
