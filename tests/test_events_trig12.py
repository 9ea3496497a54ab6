"""Trigger classes: shots fired at or on someone, an ordered expulsion, a recall of part of a staff,
curbs on another's goods, and hyphenated participles that name a quality rather than an act."""
from __future__ import annotations

import pytest

from event_helpers import dyads
from newsgraph.pipeline.events import find_events


def codes(pipeline, text: str) -> set[str]:
    """Codes of the coded triggers, whether or not their sides name known actors."""
    doc, _ = pipeline.analyse(text)
    return {candidate.code for candidate in find_events(doc)}


@pytest.mark.parametrize("text", [
    "Syrian troops fired at Turkish soldiers near the border on Sunday.",
    "The Chinese coast guard fired on a Philippine patrol off the reef.",
    "Indian soldiers had fired at Pakistani troops across the line of control, the army said.",
])
def test_firing_at_or_on_a_party_is_an_attack(pipeline, text):
    assert any(code.startswith("19") for code in codes(pipeline, text))


def test_tear_gas_fired_at_crowds_stays_crowd_control(pipeline):
    found = codes(pipeline, "Kenyan police fired tear gas at opposition supporters in Nairobi.")
    assert "175" in found and not any(code.startswith("19") for code in found)


@pytest.mark.parametrize("text", [
    "Kenya ordered the expulsion of Somalia's ambassador on Friday.",
    "Mali's junta ordered the deportation of the French ambassador.",
    "The Algerian government ordered the expulsion of twelve Moroccan diplomats.",
])
def test_an_ordered_expulsion_is_an_expulsion(pipeline, text):
    found = codes(pipeline, text)
    assert "174" in found and "100" not in found


@pytest.mark.parametrize("text", [
    "Nigeria recalled the rest of its diplomatic staff from Niger.",
    "Sudan recalled the bulk of its diplomats from Kenya after the summit.",
])
def test_recalling_part_of_a_staff_reduces_relations(pipeline, text):
    assert "161" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "China restricts imports of Japanese seafood from Monday.",
    "India introduced restrictions on imports from Pakistan.",
])
def test_curbs_on_another_s_goods_are_an_embargo(pipeline, text):
    assert "163" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kenyan minister said the wounds of the Ugandan officers were not life-threatening.",
    "Egypt sent aid to the conflict-hit towns of Sudan.",
])
def test_a_hyphenated_quality_is_no_act(pipeline, text):
    found = codes(pipeline, text)
    assert not any(code.startswith(("13", "19")) for code in found)


def test_a_plain_threat_beside_a_hyphenated_quality_is_still_coded(pipeline):
    found = dyads(pipeline, "A life-threatening storm hit Cuba, and Russia threatened Ukraine with reprisals.")
    assert any(code == "130" and source == "Russia" for code, source, _ in found)


@pytest.mark.parametrize("text", [
    "The Kenyan police warned that Somali militants had attacked a village near Mandera last week.",
    "Human Rights Watch warned that Sudanese troops shelled a camp in Darfur on Monday.",
])
def test_a_warning_that_tells_a_done_attack_reports_it(pipeline, text):
    found = codes(pipeline, text)
    assert any(code.startswith("19") for code in found) and "130" not in found


def test_a_warning_of_what_will_come_stays_a_threat(pipeline):
    assert "130" in codes(pipeline, "Pakistan warned that India would face consequences.")


def test_imports_to_the_curbing_side_name_no_target(pipeline):
    found = dyads(pipeline, "Russia restricts imports to Russia of Georgian wine from Georgia.")
    assert not any(code == "163" and target == "Russia" for code, _, target in found)


@pytest.mark.parametrize("text", [
    "Kenya regards the Ugandan raid as a provocation.",
    "Ethiopia deemed the Egyptian statement unacceptable.",
    "The Somali minister considered the Ethiopian incursion a crime against civilians.",
])
def test_judging_another_s_act_a_wrong_is_criticism(pipeline, text):
    assert "111" in codes(pipeline, text)


def test_considering_a_proposal_is_no_judgement(pipeline):
    assert "111" not in codes(pipeline, "The committee will consider the Kenyan proposal next week.")


@pytest.mark.parametrize("text", [
    "Iran dismissed the criticism from France on Monday.",
    "Russia dismissed the accusations by Ukraine.",
])
def test_dismissing_another_s_charges_rejects_them(pipeline, text):
    found = dyads(pipeline, text)
    assert any(code == "120" for code, _, _ in found)


def test_offering_good_offices_is_an_offer_to_mediate(pipeline):
    found = dyads(pipeline, "The African Union offered its good offices to Sudan.")
    assert ("039", "African Union", "Sudan") in found


@pytest.mark.parametrize("text", [
    "Mali's media regulator suspended the broadcasts of French broadcaster RFI on Monday.",
    "Burkina Faso suspended the licence of the French channel TV5 for two weeks.",
])
def test_suspending_another_s_broadcasts_is_an_administrative_sanction(pipeline, text):
    assert any(code == "172" for code, _, _ in dyads(pipeline, text))


def test_suspending_one_s_own_operations_is_no_sanction(pipeline):
    assert "172" not in codes(pipeline, "The Red Cross suspended its operations in Tigray on Monday.")
