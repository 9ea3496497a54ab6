"""Acts told by a verb and the thing it uses or the noun it carries out, and judgements in quotes (invented sentences)."""
from __future__ import annotations

from event_helpers import coded


def test_artillery_used_against_positions_is_fighting(pipeline):
    text = "Bolivia used artillery and mortars against Paraguayan positions overnight."
    assert coded(pipeline, text, "194") == [("194", "Bolivia", "Paraguay")]


def test_weapons_used_with_no_one_aimed_at_tell_no_fight(pipeline):
    text = "Bolivia used drones to map the flooded valleys."
    assert coded(pipeline, text, "190") == []


def test_blame_laid_as_someones_fault_is_an_accusation(pipeline):
    text = 'The Bolivian foreign minister said the border clash was "entirely Paraguay\'s fault".'
    assert coded(pipeline, text, "112") == [("112", "Bolivian foreign minister", "Paraguay")]


def test_no_fault_of_someone_accuses_no_one(pipeline):
    text = 'The Paraguayan minister said it was "no fault of Bolivia" that the talks had stalled.'
    assert coded(pipeline, text, "112") == []


def test_a_witch_hunt_by_a_government_is_criticism(pipeline):
    text = 'The Bolivian president said the charges against him were "a witch hunt by the Paraguayan government".'
    assert coded(pipeline, text, "111") == [("111", "Bolivian president", "Paraguayan government")]


def test_a_smear_campaign_by_a_state_is_an_accusation(pipeline):
    text = "Bolivia said it had been the target of a smear campaign by Paraguay."
    assert coded(pipeline, text, "112") == [("112", "Bolivia", "Paraguay")]


def test_assurances_given_to_a_state(pipeline):
    text = "Bolivia gave assurances to Paraguay that the border would stay open."
    assert coded(pipeline, text, "030") == [("030", "Bolivia", "Paraguay")]


def test_assurances_sought_are_not_given(pipeline):
    text = "Bolivia sought assurances from Paraguay that the border would stay open."
    assert coded(pipeline, text, "030") == []


def test_a_settling_of_scores_named_is_criticism(pipeline):
    text = 'Bolivia called the audit ordered by Paraguay "a political settling of scores".'
    assert [d[0] for d in coded(pipeline, text, "111")] == ["111"]


def test_settling_a_dispute_is_no_criticism(pipeline):
    text = "Bolivia and Paraguay are settling their border dispute."
    assert coded(pipeline, text, "111") == []
