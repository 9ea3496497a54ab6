"""Whether an act is told as done: denied, negated, permitted-not, reported or alleged acts, and
the teller's own acts conjoined with a reported clause."""
from __future__ import annotations

import pytest

from event_helpers import dyads


def test_an_act_under_a_negated_permission_is_not_done(pipeline):
    found = dyads(pipeline, "Peru will not allow foreign groups to seize the airport in Lima, the president said.")
    assert not [d for d in found if d[0].startswith("17")]


def test_a_denied_act_is_not_coded_as_done(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps in Cauca.")
    assert not [d for d in found if d[0].startswith("19")]


def test_a_past_tense_conjunct_of_a_denied_clause_is_the_teller_s_own_act(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps "
                            "and blamed the guerrillas for the violence.")
    assert any(code == "112" and source and "minister" in source for code, source, _ in found)
    assert not [d for d in found if d[0].startswith("19")]


def test_a_past_tense_conjunct_of_a_reported_clause_is_the_teller_s_threat(pipeline):
    found = dyads(pipeline, "A Kremlin spokeswoman said that Poland was blaming Russia for its own failures "
                            "and threatened a tough response.")
    assert any(code.startswith("13") and source and "spokeswoman" in source for code, source, _ in found)


def test_an_act_someone_is_accused_of_is_the_accused_s_against_the_accuser(pipeline):
    record = pipeline.extract("Estonia accused Russia on Monday of a cyberattack that crippled its tax office.")
    names = {a.id: a.name for a in record.actors}
    attacks = [e for e in record.events if e.code == "171"]
    assert attacks and names.get(attacks[0].source) == "Russia" and names.get(attacks[0].target) == "Estonia"
    assert attacks[0].modality == "reported"
    assert any(e.code == "112" and names.get(e.source) == "Estonia" for e in record.events)


def test_a_strike_promised_if_the_state_acts_is_a_threat_to_it(pipeline):
    record = pipeline.extract("The dockers' union in Peru would call a strike if the government raised fuel taxes, "
                              "its leader said.")
    names = {a.id: a.name for a in record.actors}
    threats = [e for e in record.events if e.code == "133"]
    assert threats and threats[0].modality == "threatened"
    assert names.get(threats[0].target) == "government"


def test_force_promised_if_a_party_acts_is_a_threat_of_force(pipeline):
    found = dyads(pipeline, "Turkey will strike the Kurdish militias if they cross the Euphrates, Erdogan said.")
    assert any(code == "138" for code, _, _ in found)


def test_a_release_promised_if_a_ransom_is_paid_is_no_threat(pipeline):
    found = dyads(pipeline, "The kidnappers will release the hostages from Norway if the ransom is paid.")
    assert not any(code.startswith("13") for code, _, _ in found)


def test_an_act_with_any_before_it_is_not_told_as_done(pipeline):
    found = dyads(pipeline, "Iran said any cooperation with the Atomic Energy Agency now needs a vote of parliament.")
    assert not any(code.startswith("05") for code, _, _ in found)


@pytest.mark.parametrize("text", [
    "Analysts in Seoul said the test was meant to strengthen its hand before any future talks with Washington.",
    "Analysts in Seoul said the launch came ahead of possible talks between Pyongyang and Washington.",
])
def test_talks_not_yet_held_are_no_event_even_when_reported(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("04")]


def test_talks_held_are_still_an_event(pipeline):
    found = dyads(pipeline, "The Egyptian foreign minister held talks with Israeli officials on Monday.")
    assert [d for d in found if d[0].startswith("04")]


@pytest.mark.parametrize("text", [
    "The Sudanese government accused Chad of supplying the rebels with weapons.",
    "South Sudanese rebels accused Juba of refusing to share power and of attacking their positions.",
    "Niger's government accused Benin of keeping the border closed and of hosting French forces.",
])
def test_acts_an_accusation_alleges_are_not_coded_beside_it(pipeline, text):
    found = dyads(pipeline, text)
    assert [d[0] for d in found] == ["112"]


def test_a_retaliation_told_beside_an_accusation_answers_the_accused(pipeline):
    found = dyads(pipeline, "Azerbaijan's defence ministry accused Armenian troops of shelling its positions "
                            "and said its army had taken retaliatory measures.")
    assert any(code == "190" and target == "Armenian troops" for code, _, target in found)


def test_a_step_to_be_met_with_a_response_is_a_threat_by_the_teller(pipeline):
    found = dyads(pipeline, "The Russian foreign ministry said any new sanctions would be met with a firm response.")
    assert any(code == "130" and source and "ministry" in source for code, source, _ in found)


def test_protests_met_with_force_are_no_threat(pipeline):
    found = dyads(pipeline, "The Iranian protests were met with force by the security forces.")
    assert not [d for d in found if d[0] == "130"]


def test_the_charge_a_conviction_names_is_not_coded_as_done(pipeline):
    found = dyads(pipeline, "The Belarusian activist was convicted of financing anti-government protests.")
    assert not [d for d in found if d[0].startswith("07")]


@pytest.mark.parametrize("text, host", [
    ("Brazilian President Rafael Monteiro was preparing to attend the coronation in London "
     "when the strike began.", "United Kingdom"),
    ("Kenyan President Daniel Kamau prepared to attend the inauguration in Pretoria on Friday, aides said.",
     "South Africa"),
])
def test_a_trip_told_as_under_way_is_the_visit_itself(pipeline, text, host):
    found = dyads(pipeline, text)
    assert any(code == "042" and target == host for code, _, target in found)
    assert not [d for d in found if d[0] == "036"]


@pytest.mark.parametrize("text", [
    "The Turkish president is prepared to attend the funeral in Tehran.",
    "Indian Prime Minister Arjun Mehta plans to attend the forum in Moscow.",
])
def test_a_readiness_or_plan_to_attend_stays_an_intent(pipeline, text):
    found = dyads(pipeline, text)
    assert any(code == "036" for code, _, _ in found)
    assert not [d for d in found if d[0] == "042"]
