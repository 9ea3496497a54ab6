"""Generic statements and characterisations tell no act: "any force that threatens the country",
"whoever attacks us", "activities that posed a threat to the region"."""
from __future__ import annotations

from event_helpers import dyads


def test_an_act_of_any_force_at_all_is_no_act(pipeline):
    found = dyads(pipeline, "Kim said the army would wipe out any force that threatened North Korea.")
    assert not [d for d in found if d[0].startswith("13")]


def test_an_act_of_a_named_party_in_a_relative_clause_is_still_coded(pipeline):
    found = dyads(pipeline, "Kim condemned the United States, which threatened North Korea with sanctions.")
    assert any(code.startswith("13") for code, _, _ in found)


def test_a_threat_something_poses_is_no_threat_made(pipeline):
    found = dyads(pipeline, "Estonia said Russia's spying posed a threat to the Baltic region.")
    assert not [d for d in found if d[0].startswith("13")]


def test_a_threat_a_party_issues_is_coded(pipeline):
    found = dyads(pipeline, "Russia issued a threat to Estonia over the expulsion.")
    assert any(code.startswith("13") for code, _, _ in found)
