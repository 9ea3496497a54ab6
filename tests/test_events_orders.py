"""An order names the act ordered: ordering someone's imprisonment or detention is the arrest, by
whoever orders it, not a demand with no one to make it of."""
from __future__ import annotations

from event_helpers import dyads


def test_a_court_ordering_an_imprisonment_arrests(pipeline):
    found = dyads(pipeline, "An Egyptian court ordered the imprisonment of opposition leader Ahmed Tantawy for four days.")
    assert any(code == "173" and source and "court" in source and target and "Tantawy" in target
               for code, source, target in found)
    assert not [d for d in found if d[0] == "100"]


def test_an_order_given_to_a_party_stays_a_demand(pipeline):
    found = dyads(pipeline, "The president ordered the army to leave the capital.")
    assert not [d for d in found if d[0] == "173"]
