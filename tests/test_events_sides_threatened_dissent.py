"""A threatened strike or protest with no one named is aimed at the protesters' own state, as a
strike or protest itself is."""
from __future__ import annotations

from event_helpers import dyads


def test_a_union_threatening_a_strike_threatens_its_own_state(pipeline):
    found = dyads(pipeline, "Nigeria's main labour union threatened a nationwide strike over the fuel price increase.")
    assert any(code == "133" and target == "Nigeria" for code, _, target in found)


def test_doctors_threatening_a_strike_threaten_their_own_state(pipeline):
    found = dyads(pipeline, "Kenyan doctors threatened a strike over unpaid salaries.")
    assert ("133", "Kenyan doctors", "Kenya") in found
