"""Trigger and modality classes: arrests told as "taken into custody", formal representations,
acts kept from happening (foiled, thwarted, avoided), orders that name only what is ordered, and a
protest that is only the aim of another coded act."""
from __future__ import annotations

import pytest

from newsgraph.pipeline.events import find_events


def codes(pipeline, text: str) -> set[str]:
    """Codes of the coded triggers, whether or not their sides name known actors."""
    doc, _ = pipeline.analyse(text)
    return {candidate.code for candidate in find_events(doc)}


def done_codes(pipeline, text: str) -> set[str]:
    """Codes of the triggers told as done (not hypothetical, denied or negated)."""
    doc, _ = pipeline.analyse(text)
    return {c.code for c in find_events(doc) if c.modality not in ("hypothetical", "denied") and not c.negated}


@pytest.mark.parametrize("text", [
    "The opposition leader Omar Haddad was taken into custody at his flat in Tunis on Monday.",
    "Kenyan police took three activists into custody after the rally in Nairobi.",
    "The Egyptian journalist was taken into police custody shortly after landing in Cairo.",
    "Soldiers placed the Gabonese president under arrest at his residence in Libreville.",
])
def test_taking_someone_into_custody_is_an_arrest(pipeline, text):
    assert "173" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The suspect remains in custody in Lagos, officials said.",
    "The child was placed in the custody of her grandmother in Accra.",
])
def test_being_held_or_placed_with_a_guardian_is_no_new_arrest(pipeline, text):
    assert "173" not in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "China has lodged solemn representations with Japan over the remarks.",
    "Beijing lodged stern representations with Manila after the collision.",
    "South Korea made representations to Japan over the textbook on Friday.",
])
def test_formal_representations_are_an_official_complaint(pipeline, text):
    assert "114" in codes(pipeline, text)


def test_representation_in_a_body_is_no_complaint(pipeline):
    assert "114" not in codes(pipeline, "The share of women's representation in Kenya's parliament rose last year.")


@pytest.mark.parametrize("text, kept_from", [
    ("Nigerian police said they had foiled a plot to kill the governor of Kano.", "190"),
    ("Kenyan security forces thwarted an attempt to attack the parliament in Nairobi.", "190"),
    ("The ministry reminded Indian citizens to avoid travelling to Bangladesh for now.", "042"),
    ("The embassy advised its nationals to refrain from visiting Israel.", "042"),
    ("Both armies averted an attack on the border town, officials said.", "190"),
])
def test_an_act_kept_from_happening_is_not_coded_as_done(pipeline, text, kept_from):
    assert kept_from not in done_codes(pipeline, text)


def test_the_arrests_that_foil_a_plot_are_still_coded(pipeline):
    found = done_codes(pipeline, "Nigerian police foiled a plot to kill the governor and arrested four suspects.")
    assert "173" in found and "190" not in found


@pytest.mark.parametrize("text", [
    "Ghana's president ordered an inquiry into the shooting.",
    "The interior minister visited the prison and ordered an audit of security at all jails.",
    "The governor ordered food parcels to be distributed in the city.",
])
def test_an_order_naming_only_what_is_ordered_is_no_demand(pipeline, text):
    assert "100" not in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The tribunal ordered Warsaw to compensate the family.",
    "The president ordered the army to withdraw from the capital.",
    "The prime minister ordered a probe against Cuba.",
    "The judge ordered the volunteers to stop their work at the port.",
])
def test_an_order_given_to_a_party_stays_a_demand(pipeline, text):
    assert any(code.startswith("10") for code in codes(pipeline, text))


@pytest.mark.parametrize("text", [
    "The jailed editor began a hunger strike to protest against his detention.",
    "The rebel group said it had bombed the pipeline to protest against the export of gas.",
    "Kenya summoned the Ugandan ambassador to protest.",
])
def test_a_protest_that_is_the_aim_of_a_coded_act_is_no_act_of_its_own(pipeline, text):
    found = codes(pipeline, text)
    assert found and not found & {"141", "111"}


@pytest.mark.parametrize("text", [
    "Thousands of Kenyan students gathered in Nairobi to protest against the new tax.",
    "Farmers protested outside the parliament in Warsaw on Monday.",
])
def test_a_protest_on_its_own_stays_a_protest(pipeline, text):
    assert "141" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "Uganda, which a UN panel says backs the militia, rejected the claims on Tuesday.",
    "The Kenyan police, which support the Haitian army in the capital, began patrols in Cité Soleil.",
    "The IMF, which is supporting Malawi with a credit facility, urged the government to speed up reforms.",
])
def test_lasting_backing_told_to_describe_a_party_is_no_act(pipeline, text):
    assert "051" not in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The militia is part of an alliance of factions backed by Iran.",
    "Germany backed the French plan on Monday.",
    "Qatar, which backed the deal last week, welcomed the vote.",
])
def test_backing_told_as_done_stays_support(pipeline, text):
    assert "051" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "Jordan hosts around 600,000 Syrians, officials say.",
    "The interior minister said Pakistan had hosted Afghans for four decades.",
    "Uganda hosts more than 1.6 million refugees from South Sudan and Congo.",
])
def test_hosting_a_people_is_no_hosted_visit(pipeline, text):
    assert "043" not in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "Qatar hosted the Afghan delegation in Doha on Monday.",
    "Turkey hosted the Ukrainian foreign minister in Ankara.",
])
def test_hosting_visitors_stays_a_hosted_visit(pipeline, text):
    assert "043" in codes(pipeline, text)
