"""Triggers that name an act in words the coder once missed: a time after "on" is no addressee,
a label given with "as", a breach told by someone else or ruled on by a court, and acts of the
codebook's 04, 08, 11 and 14-17 roots."""
from __future__ import annotations

import pytest

from event_helpers import dyads
from newsgraph.pipeline.events import find_events


def codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


def test_a_day_after_on_makes_no_call_on(pipeline):
    found = dyads(pipeline, "The Nigerian unions called a 48-hour general strike on Monday.")
    assert any(code == "143" and source and "unions" in source for code, source, _ in found)
    assert not [d for d in found if d[0].startswith("02")]


def test_a_call_on_a_party_after_a_day_is_still_an_appeal(pipeline):
    found = dyads(pipeline, "Japan called on Monday on China to release the detained journalists.")
    assert any(code.startswith("02") and target == "China" for code, _, target in found)


@pytest.mark.parametrize("text", [
    'The Colombian president described the ambush as "a war crime".',
    'The Colombian president qualified the ambush as "a war crime" on Monday.',
    'The German charity called the Italian decision "cruel and unlawful" on Tuesday.',
])
def test_a_condemning_label_is_criticism(pipeline, text):
    assert "111" in codes(pipeline, text)


def test_a_breach_told_by_another_is_an_accusation_by_the_teller(pipeline):
    found = dyads(pipeline, "The Ethiopian ministry said the German reporter had repeatedly violated the law.")
    assert any(code == "112" and source and "ministry" in source and target and "reporter" in target
               for code, source, target in found)


def test_a_breach_owned_up_to_is_no_accusation(pipeline):
    found = dyads(pipeline, "The Kenyan government said it violated the constitution in 2020.")
    assert not [d for d in found if d[0] == "112"]


def test_a_ban_on_goods_to_a_country_is_an_embargo(pipeline):
    found = dyads(pipeline, "Pakistan banned all exports of wheat to Afghanistan on Monday.")
    assert ("163", "Pakistan", "Afghanistan") in found


def test_a_ban_on_a_party_stays_an_administrative_sanction(pipeline):
    found = dyads(pipeline, "The Egyptian government banned the Muslim Brotherhood in 2013.")
    assert not [d for d in found if d[0] == "163"]


@pytest.mark.parametrize("text, code", [
    ("The Lebanese prime minister contacted the French ambassador on Tuesday.", "040"),
    ("The Ethiopian media authority revoked the accreditation of the German correspondent.", "172"),
    ("The Malian junta nationalized the gold mine of the Canadian company Barrick.", "1711"),
    ("The Guyanese government put its Defence Force on alert after Venezuelan boats approached.", "152"),
    ("The South Korean army raised its readiness along the border with North Korea.", "152"),
    ("The Bangladeshi opposition called a nationwide shutdown after the vote.", "143"),
    ("The IMF has suspended disbursements to Senegal.", "162"),
])
def test_acts_named_by_their_own_verbs(pipeline, text, code):
    assert code in codes(pipeline, text)


def test_withdrawing_troops_is_not_withdrawing_a_permit(pipeline):
    assert "172" not in codes(pipeline, "The Egyptian government withdrew troops from the Sudanese border.")


def test_a_missile_fired_into_the_sea_is_a_show_of_force(pipeline):
    found = dyads(pipeline, "North Korea fired a short-range ballistic missile into the sea on Thursday.")
    assert any(code == "150" and source == "North Korea" for code, source, _ in found)


def test_a_missile_fired_at_a_country_stays_an_attack(pipeline):
    found = dyads(pipeline, "Hamas fired a missile into southern Israel on Tuesday.")
    assert ("194", "Hamas", "Israel") in found


def test_trading_blame_is_an_accusation_each_way(pipeline):
    found = dyads(pipeline, "Greece traded accusations with Turkey over the migrant boat on Monday.")
    assert ("112", "Greece", "Turkey") in found and ("112", "Turkey", "Greece") in found


def test_prisoners_refusing_food_are_on_hunger_strike(pipeline):
    assert "142" in codes(pipeline, "The Bahraini prisoners refused food for a third week.")


def test_shots_into_the_air_are_a_show_of_force(pipeline):
    found = dyads(pipeline, "A Libyan coast guard boat fired shots into the air during the Maltese rescue.")
    assert any(code == "150" and source == "Libyan coast guard" for code, source, _ in found)


def test_an_air_strike_near_prisoners_stays_an_air_strike(pipeline):
    found = dyads(pipeline, "An Israeli drone strike on the Gaza prison killed four Palestinian inmates.")
    assert any(code == "195" for code, _, _ in found)
    assert not [d for d in found if d[0] in ("142", "143")]


def test_a_strike_beside_unions_is_a_labour_strike(pipeline):
    doc = pipeline.nlp("The strike, called by the Nigerian trade unions, had shut banks and schools.")
    assert [c.code for c in find_events(doc) if c.trigger.lower_ == "strike"] == ["143"]


def test_suspending_a_general_strike_eases_dissent_and_is_no_strike(pipeline):
    doc = pipeline.nlp("Nigeria's labour unions suspended a three-day general strike on Thursday.")
    assert [c.code for c in find_events(doc)] == ["082"]


def test_seizing_a_court_is_taking_a_case_to_it(pipeline):
    found = dyads(pipeline, "The French group Orano seized the international arbitration court against Niger.")
    assert any(code == "115" and target == "Niger" for code, _, target in found)


def test_seizing_a_town_stays_a_seizure(pipeline):
    assert "115" not in codes(pipeline, "Rebels seized the Congolese town of Goma on Monday.")


@pytest.mark.parametrize("text, judge, party", [
    ("The European Court of Human Rights ruled on Thursday that Hungary had violated the rights of two "
     "Afghan asylum seekers.", "European Court of Human Rights", "Hungary"),
    ("The judges found that Hungarian authorities had breached the ban on torture.", "judges",
     "Hungarian authorities"),
])
def test_a_breach_a_court_rules_on_is_a_finding_of_liability(pipeline, text, judge, party):
    assert ("116", judge, party) in dyads(pipeline, text)


def test_a_breach_concluded_by_analysts_is_no_ruling(pipeline):
    assert "116" not in codes(pipeline, "Analysts concluded that Hungary had violated the rules.")


def test_suspended_disbursements_under_a_programme_with_a_country_cut_aid_to_it(pipeline):
    found = dyads(pipeline, "The International Monetary Fund has suspended disbursements under its $1.8 billion "
                            "lending programme with Senegal.")
    assert ("162", "International Monetary Fund", "Senegal") in found


def test_a_suspended_exercise_programme_is_no_aid(pipeline):
    assert "162" not in codes(pipeline, "The Egyptian army suspended its military exercise programme with Sudan.")


@pytest.mark.parametrize("text", [
    "Russian President Putin pardoned three jailed Ukrainian soldiers on Friday.",
    "The Tunisian president commuted the death sentences of two Algerian men.",
])
def test_a_formal_pardon_is_a_release_of_persons(pipeline, text):
    assert "0841" in codes(pipeline, text)


def test_forgiving_stays_a_gesture_of_forgiveness(pipeline):
    doc = pipeline.nlp("The Kenyan opposition leader has forgiven President Ruto.")
    assert [c.code for c in find_events(doc)] == ["056"]


def test_criticism_an_act_drew_is_aimed_at_the_doer_of_the_act(pipeline):
    found = dyads(pipeline, "The Russian veto drew sharp criticism from Britain.")
    assert ("111", "United Kingdom", "Russia") in found


def test_criticism_voiced_is_not_aimed_at_the_one_voicing_it(pipeline):
    found = dyads(pipeline, "Britain voiced sharp criticism on Monday.")
    assert not [d for d in found if d[0] == "111" and d[1] == d[2]]
