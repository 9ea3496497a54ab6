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
