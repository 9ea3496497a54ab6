"""Sides of coded events (session 15, second round): a bare state body whose state only the story's
country gave takes the state the text ties it to (the place it sits in, the teller whose clause names
it, the rebels its government forces fight)."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_authorities_in_a_capital_are_that_state_s(pipeline):
    text = ("Ghana's foreign ministry said on Monday that a Ghanaian nurse held for two months had been freed.\n\n"
            "In Accra, Foreign Minister Kwame Osei thanked the authorities in Bamako for their help.")
    thanks = [tgt for code, _src, tgt in coded_dyads(pipeline, text) if code.startswith("05")]
    assert "MLIGOV" in thanks
    assert "GHAGOV" not in thanks


def test_the_government_the_ministry_tells_of_is_the_ministry_s_state(pipeline):
    text = ("Kenya evacuates citizens from Juba\n\n"
            "Kenya sent two planes to bring its citizens home from Juba on Sunday, and Kenya's foreign minister "
            "said Kenya would send more.\n\n"
            "South Sudan's foreign ministry said in a statement that the government was in control of the city "
            "and called on foreign embassies to keep their staff in place.")
    appeals = [src for code, src, _tgt in coded_dyads(pipeline, text) if code.startswith("02")]
    assert "SSDGOV" in appeals
    assert "KENGOV" not in appeals


def test_government_troops_fighting_a_state_s_rebels_are_its_army(pipeline):
    text = ("Kenya evacuates citizens from Juba\n\n"
            "Kenya flew 400 of its citizens out of Juba on Sunday, and Kenya's foreign minister said Kenya "
            "would send more planes.\n\n"
            "The fighting began when government troops attacked a camp held by the Sudan People's Liberation "
            "Army-in-Opposition near the airport.")
    attacks = [src for code, src, _tgt in coded_dyads(pipeline, text) if code.startswith("19")]
    assert "SSDMIL" in attacks
    assert "KENMIL" not in attacks


def test_a_rejected_recognition_is_aimed_at_the_state_that_granted_it(pipeline):
    text = ("Kenya recognizes breakaway Jubaland\n\n"
            "Kenya recognized the region of Jubaland as an independent state on Monday, Somalia said.\n\n"
            "Egypt expressed its rejection of the recognition on Tuesday.")
    rejections = [tgt for code, src, tgt in coded_dyads(pipeline, text) if code.startswith("12") and src == "EGYGOV"]
    assert rejections and all(tgt == "KENGOV" for tgt in rejections)


def test_a_criticised_decision_to_hand_over_is_not_aimed_at_the_one_handed_to(pipeline):
    text = ("Ecuador's government said on Monday it would put the army in charge of the country's jails.\n\n"
            "The Andean Rights Network criticised the decision to hand prisons to the army.")
    criticisms = [tgt for code, _src, tgt in coded_dyads(pipeline, text) if code.startswith("11")]
    assert "ECUMIL" not in criticisms


def test_the_mission_taken_up_after_the_mission_of_a_body_is_that_body(pipeline):
    text = ("Malawi's electoral commission on Monday declared the incumbent the winner of the vote.\n\n"
            "The observer mission of the Southern African Development Community (SADC) said voting had been "
            "calm. The mission urged the authorities to publish the results of every polling station.")
    appeals = [src for code, src, _tgt in coded_dyads(pipeline, text) if code.startswith("02")]
    assert "IGO" in appeals
