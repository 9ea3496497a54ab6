"""Inspectors examining a site investigate the state it lies in (090), and a claim of an attack
that names no party hit is aimed at the state where it struck (015)."""
from __future__ import annotations

import pytest

from event_helpers import dyads


@pytest.mark.parametrize("text", [
    "UN experts examined the chemical plant in Syria on Monday.",
    "IAEA inspectors inspected the enrichment facility in Iran last week.",
])
def test_inspecting_a_site_investigates_its_state(pipeline, text):
    assert any(code == "090" and target for code, _, target in dyads(pipeline, text))


def test_examining_a_proposal_is_no_investigation(pipeline):
    assert "090" not in {code for code, _, _ in dyads(pipeline, "The Kenyan minister examined the proposal on Monday.")}


@pytest.mark.parametrize("text", [
    "The rebel group is claiming responsibility for a bombing at a market in Nigeria's capital.",
    "The Islamist group is claiming responsibility for a suicide bombing at a bus station in Somalia.",
])
def test_a_claim_of_an_attack_on_a_place_targets_its_state(pipeline, text):
    assert any(code == "015" and target for code, _, target in dyads(pipeline, text))
