"""Acts the coder once missed or coded under the wrong root: a government brought down by its
legislature, formal charges and suspensions from office, regret for a harm as an apology, being open
to talks, and encouraging parties to talk or to act."""
from __future__ import annotations

import pytest

from event_helpers import dyads


def codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


@pytest.mark.parametrize("text", [
    "The Romanian parliament toppled the government of Prime Minister Ion Popescu on Tuesday.",
    "Chile's Senate brought down the government in a censure vote.",
])
def test_a_legislature_toppling_the_government_demands_its_leaders_go(pipeline, text):
    assert any(code == "1041" and target for code, _, target in dyads(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Romanian government fell in a no-confidence vote on Tuesday.",
    "Romania's government falls in no-confidence vote over pension reform",
    "The German chancellor lost a confidence vote in the Bundestag on Monday.",
])
def test_a_government_falling_in_a_confidence_vote_is_the_target_of_it(pipeline, text):
    assert any(code == "1041" and target for code, _, target in dyads(pipeline, text))


def test_rebels_toppling_a_statue_is_no_change_of_leaders(pipeline):
    assert "1041" not in codes(pipeline, "Protesters in Kyiv toppled a Soviet statue on Sunday.")


def test_something_falling_with_no_vote_told_is_no_act(pipeline):
    assert "1041" not in codes(pipeline, "The Romanian government fell silent after the Kenyan minister spoke.")


@pytest.mark.parametrize("text", [
    "Kenya's anti-graft commission charged the Kenyan transport minister with fraud on Monday.",
    "Kenyan transport minister charged with fraud over road contracts",
])
def test_a_charge_with_an_offence_is_legal_action(pipeline, text):
    found = codes(pipeline, text)
    assert "173" in found and "1121" not in found


def test_a_charge_that_something_happened_is_no_legal_action(pipeline):
    assert "173" not in codes(pipeline, "The Kenyan opposition charged that the government had rigged the vote.")


def test_suspending_a_minister_from_cabinet_is_an_administrative_sanction(pipeline):
    found = dyads(pipeline, "President Daniel Kamau suspended Transport Minister Kiprop Chelimo from cabinet.")
    assert ("172", "Daniel Kamau", "Kiprop Chelimo") in found


def test_suspending_talks_stays_a_halt_to_talks(pipeline):
    found = codes(pipeline, "Serbia suspended talks with Kosovo on Monday.")
    assert "172" not in found


def test_regretting_an_attack_is_an_apology(pipeline):
    found = dyads(pipeline, "The Peruvian prime minister said he deeply regrets the attack on the Chilean consulate.")
    assert any(code == "055" and target and "Chilean" in target for code, _, target in found)


def test_regretting_anothers_decision_is_no_apology(pipeline):
    found = codes(pipeline, "The Italian government said it regretted the French decision to close the border.")
    assert "055" not in found and "110" in found


@pytest.mark.parametrize("text", [
    "Serbia remained open to dialogue with Kosovo.",
    "Serbia said it remained open to dialogue with Kosovo.",
])
def test_being_open_to_dialogue_is_saying_one_will_talk(pipeline, text):
    found = dyads(pipeline, text)
    assert ("036", "Serbia", "Kosovo") in found
    assert not [d for d in found if d[0] == "040"]  # the dialogue is only offered, not held


def test_being_open_to_criticism_is_no_offer_of_talks(pipeline):
    assert "036" not in codes(pipeline, "The Serbian president said he was open to criticism from Kosovo.")


def test_encouraging_parties_to_resume_talks_asks_them_to_meet(pipeline):
    found = dyads(pipeline, "The State Department encouraged Armenia and Azerbaijan to resume talks.")
    assert any(code == "026" and target == "Armenia" for code, _, target in found)


def test_encouraging_a_state_to_release_prisoners_is_an_appeal(pipeline):
    assert any(code.startswith("02") for code in
               codes(pipeline, "The State Department encouraged Armenia to release the prisoners."))


def test_being_encouraged_by_results_is_no_appeal(pipeline):
    assert not [c for c in codes(pipeline, "The Kenyan minister was encouraged by the results.") if c.startswith("02")]


def test_troops_told_they_must_leave_a_land_is_a_demand_to_withdraw(pipeline):
    found = codes(pipeline, "The Congolese foreign minister insisted that Rwandan troops must leave Congolese territory.")
    assert "1056" in found


def test_an_envoy_leaving_a_country_is_no_withdrawal(pipeline):
    assert not [c for c in codes(pipeline, "The Russian ambassador left the country on Monday.") if c.startswith("087")]


@pytest.mark.parametrize("text, source, target", [
    ("Bangkok sent a military aircraft to bring home embassy staff from Cambodia.", "Thailand", "Cambodia"),
    ("Spain evacuated its embassy staff from Sudan.", "Spain", "Sudan"),
])
def test_bringing_home_a_missions_staff_reduces_ties(pipeline, text, source, target):
    assert ("161", source, target) in dyads(pipeline, text)


def test_evacuating_a_rescued_woman_is_no_break_in_ties(pipeline):
    assert "161" not in codes(pipeline, "The Italian coast guard evacuated a pregnant woman from the boat.")


@pytest.mark.parametrize("text", [
    "The United States approved the sale of air defence systems to Morocco.",
    "The United States approved the sale of interceptor missiles to Taiwan.",
])
def test_a_sale_of_defence_goods_is_military_cooperation(pipeline, text):
    assert "062" in codes(pipeline, text)


def test_a_sale_of_a_defence_company_stays_economic(pipeline):
    found = codes(pipeline, "The United States approved the sale of a defence company to Morocco.")
    assert "062" not in found


@pytest.mark.parametrize("text", [
    "IMF approves $500 million payout for Ghana",
    "The IMF executive board approved the release of about $360 million to Ghana on Friday.",
    "The World Bank released $200 million to Kenya on Monday.",
])
def test_money_released_or_paid_out_to_a_state_is_economic_aid(pipeline, text):
    assert any(code == "071" and target and ("Ghana" in target or "Kenya" in target)
               for code, _, target in dyads(pipeline, text))


def test_prisoners_released_stay_a_release_of_people(pipeline):
    found = codes(pipeline, "The Kenyan police released the prisoners on Monday.")
    assert "071" not in found and "0841" in found


@pytest.mark.parametrize("text", [
    "The Kenyan teachers' union threatened a nationwide strike if the government cuts wages.",
    "The Kenyan doctors threatened to strike over unpaid salaries.",
    "The Kenyan opposition threatened mass protests against the tax bill.",
])
def test_a_threatened_labour_strike_or_protest_is_threatened_dissent(pipeline, text):
    found = codes(pipeline, text)
    assert "133" in found and "138" not in found


def test_a_threatened_strike_on_a_city_stays_a_threat_of_force(pipeline):
    found = codes(pipeline, "Hamas threatened a strike on Tel Aviv.")
    assert "138" in found and "133" not in found


@pytest.mark.parametrize("text, code, target", [
    ("Hezbollah warned that it would attack Israeli towns.", "138", "Israel"),
    ("The Polisario Front warned that it would step up its attacks on Moroccan positions.", "138", "Morocco"),
    ("Russia warned that it would cut ties with Moldova.", "1313", "Moldova"),
])
def test_a_warning_of_ones_own_act_is_a_threat_of_that_act(pipeline, text, code, target):
    assert any(c == code and t == target for c, _, t in dyads(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Kenyan minister warned that prices would rise.",
    "The Kenyan army warned that the rebels would attack Nairobi.",  # another's act: no threat by the army
])
def test_a_warning_of_what_others_do_stays_a_plain_warning(pipeline, text):
    assert "138" not in codes(pipeline, text)


def test_demanding_a_leaders_resignation_demands_a_change_of_leaders(pipeline):
    found = dyads(pipeline, "The Kenyan opposition demanded the resignation of President Daniel Kamau.")
    assert ("1041", "Kenyan opposition", "Daniel Kamau") in found


def test_calling_for_a_resignation_is_the_codebooks_call_for_a_change_of_leaders(pipeline):
    assert "0241" in codes(pipeline, "The Kenyan opposition called for the resignation of the whole cabinet.")


def test_demanding_troops_depart_stays_a_demand_to_withdraw(pipeline):
    found = codes(pipeline, "The Kenyan opposition demanded the departure of Kenyan troops from Somalia.")
    assert "1041" not in found and "1056" in found


def test_a_bare_refusal_of_an_order_given_defies_the_one_who_gave_it(pipeline):
    found = dyads(pipeline, "The Georgian navy ordered the Russian ship to leave, but the Russian crew refused.")
    assert any(code == "128" and target == "Georgian navy" for code, _, target in found)


@pytest.mark.parametrize("text", [
    "The Kenyan minister refused to comment on the Ugandan offer.",
    "The Kenyan president ordered the ship to leave and Uganda refused the Kenyan offer of talks.",
])
def test_a_refusal_that_names_what_it_refuses_defies_no_order(pipeline, text):
    assert "128" not in codes(pipeline, text)
