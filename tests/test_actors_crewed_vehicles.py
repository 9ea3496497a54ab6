"""A force named as the crew of its vessel or vehicle ("a Libyan coast guard patrol boat", "a Greek
navy frigate") is the actor, not the state its demonym names. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,force,code", [
    ("Rescue\n\nThe charity said a Tunisian coast guard patrol boat had rammed the dinghy.\n",
     "Tunisian coast guard", "TUNMIL"),
    ("Standoff\n\nA Chinese coast guard vessel fired water cannon at the supply mission on Sunday.\n",
     "Chinese coast guard", "CHNMIL"),
])
def test_a_force_crewing_a_vessel_is_the_actor(extract, text, force, code):
    found = named(extract(text), force)
    assert found is not None and found.code == code


def test_a_vessel_with_no_force_makes_none(extract):
    record = extract("Cargo\n\nA Panamanian cargo ship ran aground off Sri Lanka on Friday.\n")
    assert not any("cargo" in a.name.lower() for a in record.actors if a.type == "GROUP")
