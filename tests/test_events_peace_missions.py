"""Acts of keeping and ending a peace: monitors and peacekeepers sent in (074) or taken out of a
mission (1661), fighting halted (0871, with no act of force left over), sanctions taken off in
other words than "lift" (085), an approval of a "possible" sale, and a headline apology that names
no one but tells the act it answers."""
from __future__ import annotations

import pytest

from event_helpers import dyads


def codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


@pytest.mark.parametrize("text", [
    "The African Union deployed 200 observers to northern Mozambique on Friday.",
    "Kenya will deploy peacekeepers to Haiti next month.",
    "The regional bloc has deployed ceasefire monitors to Burundi.",
])
def test_monitors_and_peacekeepers_sent_in_keep_a_peace(pipeline, text):
    found = codes(pipeline, text)
    assert "074" in found and "154" not in found


def test_troops_sent_to_a_border_are_still_a_show_of_force(pipeline):
    assert "154" in codes(pipeline, "Chad deployed troops to the border with Sudan.")


@pytest.mark.parametrize("text", [
    "Ethiopia withdrew 300 troops from the African Union mission in Somalia.",
    "Uganda completed the withdrawal of its peacekeepers from the UN mission in Darfur.",
])
def test_troops_taken_out_of_a_peace_mission_withdraw_peacekeepers(pipeline, text):
    assert any(code == "1661" and target for code, _, target in dyads(pipeline, text))


@pytest.mark.parametrize("text", [
    "The army and the rebels agreed to stop fighting near the border.",
    "Sudan's army and the RSF agreed to halt hostilities in Darfur.",
    "The Indian army and Pakistani troops agreed to cease fighting along the frontier.",
])
def test_fighting_halted_is_a_truce_and_no_fight(pipeline, text):
    found = codes(pipeline, text)
    assert "0871" in found and not any(code.startswith("19") for code in found)


def test_fighting_that_goes_on_is_still_coded(pipeline):
    assert "190" in codes(pipeline, "The rebels fought the army near Goma on Sunday.")


@pytest.mark.parametrize("text", [
    "Canada removed sanctions on Syria's central bank on Monday.",
    "The European Union scrapped sanctions on two Iranian banks.",
])
def test_sanctions_removed_are_eased(pipeline, text):
    found = codes(pipeline, text)
    assert "085" in found and "163" not in found


@pytest.mark.parametrize("text", [
    "The State Department approved the possible sale of 40 fighter jets to Poland.",
    "Washington approved a possible sale of missiles to Taiwan worth $2 billion.",
])
def test_an_approved_possible_arms_sale_is_military_cooperation(pipeline, text):
    assert any(code == "062" and target for code, _, target in dyads(pipeline, text))


def test_a_possible_sale_only_talked_of_is_not_coded(pipeline):
    assert "062" not in codes(pipeline, "Officials discussed a possible sale of drones to Kenya.")


def test_a_headline_apology_goes_to_the_party_the_act_wronged(pipeline):
    text = ("Mexico apologises after rioters storm Guatemalan consulate\n\n"
            "The foreign ministry said it regretted the damage.")
    assert any(code == "055" and source and target and "Guatemala" in target
               for code, source, target in dyads(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs summoned Kenya's high commissioner in Kampala on Monday.",
    "Ghana summoned the British high commissioner over the remarks.",
])
def test_summoning_a_high_commissioner_is_an_official_complaint(pipeline, text):
    assert "114" in codes(pipeline, text)


def test_summoning_a_police_commissioner_is_no_complaint(pipeline):
    assert "114" not in codes(pipeline, "The judge summoned the police commissioner of Lagos on Monday.")


@pytest.mark.parametrize("text", [
    "ECOWAS suspended Guinea from the bloc after the coup.",
    "The Commonwealth announced the suspension of Fiji's membership.",
])
def test_a_bloc_suspending_a_member_cuts_relations(pipeline, text):
    assert any(code == "160" and target for code, _, target in dyads(pipeline, text))


def test_an_agency_suspending_its_own_work_is_no_suspended_member(pipeline):
    assert "160" not in codes(pipeline, "The aid agency suspended its activities in the district.")


@pytest.mark.parametrize("text", [
    "Senegal deployed a contingent of 500 peacekeepers to Gambia on Monday.",
    "Kenya deployed a team of 30 observers to Somalia on Friday.",
])
def test_a_team_or_contingent_of_monitors_is_still_monitors(pipeline, text):
    found = codes(pipeline, text)
    assert "074" in found and "154" not in found


@pytest.mark.parametrize("text", [
    "The Ukrainian army did not stop shelling Russian positions near Kursk on Tuesday.",
    "Sudanese troops did not halt attacks on the rebels in Darfur.",
])
def test_force_that_was_not_halted_is_still_force(pipeline, text):
    assert any(code.startswith("19") for code in codes(pipeline, text))
