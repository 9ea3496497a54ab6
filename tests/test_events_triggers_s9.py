"""Trigger classes told in other words: a break of relations told as a noun after "announced",
agreements put on hold, diplomats ordered out, hijackings, blasts, recaptured escapees, frozen assets,
protests handed to a government, extradition requests, attacks laid at someone's door and rallies
held outside a mission."""
from __future__ import annotations

import pytest

from event_helpers import dyads
from newsgraph.pipeline.events import find_events


def codes(pipeline, text: str) -> set[str]:
    """Codes of the coded triggers, whether or not their sides name known actors."""
    doc, _ = pipeline.analyse(text)
    return {candidate.code for candidate in find_events(doc)}


@pytest.mark.parametrize("text, source, target", [
    ("Colombia announced the rupture of diplomatic relations with Nicaragua on Friday.", "Colombia", "Nicaragua"),
    ("Ecuador announced the breaking of relations with Mexico after the raid.", "Ecuador", "Mexico"),
    ("Peru announced the suspension of diplomatic relations with Bolivia.", "Peru", "Bolivia"),
])
def test_a_break_of_relations_told_as_a_noun(pipeline, text, source, target):
    assert ("161", source, target) in dyads(pipeline, text)


def test_relations_restored_are_no_break(pipeline):
    found = codes(pipeline, "Colombia announced the restoration of diplomatic relations with Nicaragua on Friday.")
    assert not any(code.startswith("16") for code in found)


@pytest.mark.parametrize("text, source, target", [
    ("Ghana suspended the agreements it had signed with Togo.", "Ghana", "Togo"),
    ("Russia suspended the agreement with Norway on fishing.", "Russia", "Norway"),
    ("Senegal suspended its fishing deal with Mauritania on Monday.", "Senegal", "Mauritania"),
])
def test_agreements_put_on_hold_reduce_relations(pipeline, text, source, target):
    assert ("160", source, target) in dyads(pipeline, text)


def test_agreements_signed_are_no_reduction(pipeline):
    assert "160" not in codes(pipeline, "Ghana signed agreements with Togo on Monday.")


@pytest.mark.parametrize("text", [
    "Peru ordered the Bolivian diplomatic personnel to abandon the country in a term of 48 hours.",
    "The foreign minister ordered two Iranian diplomats to quit the country within a week.",
    "Bolivia ordered the Chilean consul to vacate the premises within 72 hours.",
])
def test_diplomats_ordered_out_are_expelled(pipeline, text):
    found = codes(pipeline, text)
    assert "174" in found and "100" not in found


@pytest.mark.parametrize("text", [
    "Pirates hijacked a Greek tanker off the coast of Somalia.",
    "A bus carrying pilgrims was hijacked by gunmen near Quetta.",
    "The hijacking of the Turkish airliner ended in Cyprus.",
])
def test_a_hijacking_is_an_abduction(pipeline, text):
    assert "181" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The attackers blasted the gate with explosives.",
    "Militants blasted the wall of the police station with dynamite.",
])
def test_a_blast_with_explosives_is_a_bombing(pipeline, text):
    assert "183" in codes(pipeline, text)


def test_a_blast_of_words_is_no_bombing(pipeline):
    assert "183" not in codes(pipeline, "The opposition blasted the budget with harsh words.")


@pytest.mark.parametrize("text", [
    "Police said 30 escapees had been recaptured by Monday.",
    "Nigerian soldiers recaptured the escaped inmates near the border.",
    "Guards recaptured two fugitives in the hills.",
])
def test_escapees_recaptured_are_arrested(pipeline, text):
    found = codes(pipeline, text)
    assert "173" in found and "190" not in found


def test_a_town_recaptured_stays_a_battle(pipeline):
    found = codes(pipeline, "Syrian troops recaptured the town of Palmyra from Islamic State.")
    assert "190" in found and "173" not in found


@pytest.mark.parametrize("text, source, target", [
    ("Canada froze the assets of six Georgian officials.", "Canada", "six Georgian officials"),
    ("Britain announced an asset freeze on ten Russian businessmen.", "United Kingdom", "ten Russian businessmen"),
    ("The European Union froze the bank accounts of two Belarusian ministers.", "European Union",
     "two Belarusian ministers"),
])
def test_frozen_assets_are_a_sanction(pipeline, text, source, target):
    assert ("163", source, target) in dyads(pipeline, text)


def test_frozen_ties_stay_a_reduction_of_relations(pipeline):
    found = codes(pipeline, "Algeria froze its relations with Spain.")
    assert "160" in found and "163" not in found


@pytest.mark.parametrize("text, source, target", [
    ("The Japanese foreign ministry transmitted a protest to the Russian side.", "Japanese foreign ministry",
     "Russia"),
    ("China conveyed a strong protest to Japan over the visit.", "China", "Japan"),
    ("Manila filed a diplomatic protest against Beijing.", "Philippines", "China"),
])
def test_a_protest_handed_to_a_government_is_an_official_complaint(pipeline, text, source, target):
    assert ("114", source, target) in dyads(pipeline, text)


def test_a_street_protest_stays_a_demonstration(pipeline):
    found = codes(pipeline, "Thousands joined a protest against the new tax in Nairobi.")
    assert "141" in found and "114" not in found


@pytest.mark.parametrize("text, source, target", [
    ("Libya requested the extradition of the hijacker from Tunisia.", "Libya", "Tunisia"),
    ("Turkey asked Sweden for the extradition of the journalist.", "Turkey", "Sweden"),
    ("Argentina formally requested the extradition of the former minister from Uruguay.", "Argentina", "Uruguay"),
])
def test_an_extradition_request_asks_for_judicial_cooperation(pipeline, text, source, target):
    assert ("0213", source, target) in dyads(pipeline, text)


def test_a_plain_request_stays_an_appeal(pipeline):
    found = codes(pipeline, "Libya requested more information from Tunisia.")
    assert "0213" not in found


@pytest.mark.parametrize("text", [
    "Police said the bombing bore all the hallmarks of al-Shabaab.",
    "A police spokesman said the raid bore the hallmarks of the Islamic State group.",
    "Officials said the attack bore the signature of the Pakistani Taliban.",
])
def test_an_act_bearing_someone_s_hallmarks_is_laid_at_their_door(pipeline, text):
    assert "112" in codes(pipeline, text)


def test_a_plain_bearing_is_no_accusation(pipeline):
    assert "112" not in codes(pipeline, "The ship bore the flag of Panama.")


@pytest.mark.parametrize("text", [
    "Government supporters staged a small rally outside the French embassy in Tbilisi.",
    "Students held a demonstration outside the Chinese embassy in Karachi.",
])
def test_a_rally_outside_a_mission_is_aimed_at_its_state(pipeline, text):
    record = pipeline.extract(text)
    names = {a.id: a for a in record.actors}
    assert any(e.code == "141" and e.target in names for e in record.events)
