"""Unnamed people and things as the sides of an act (session 18): a common noun naming people, or a
ship standing for its state, resolves to the actor it refers back to, else to an unnamed group or
person coded from its nationality word, its "from" phrase or the story's state, with the sector its
noun gives (data/roles.yaml)."""
from __future__ import annotations

from tests.event_helpers import coded_dyads


def _actor_of(record, name_part: str):
    return next(a for a in record.actors if name_part.lower() in a.name.lower())


def test_bare_officers_are_the_story_state_s_police(pipeline):
    text = ("Stones thrown at police in Nairobi\n\nNAIROBI, Kenya, June 3, 2025 - Demonstrators threw stones "
            "at officers outside the county offices in Nairobi on Sunday, the Kenyan interior ministry said.")
    assert any(code == "145" and target == "KENCOP" for code, _source, target in coded_dyads(pipeline, text))


def test_an_unnamed_person_with_no_state_to_take_is_no_actor(pipeline):
    # no nationality word and no story state: one unnamed demonstrator is nobody's side
    assert coded_dyads(pipeline, "A demonstrator wrecked the kiosk.") == []


def test_polling_officers_are_the_electoral_administration(pipeline):
    text = ("Violence mars vote\n\nDHAKA, Bangladesh, Jan. 8, 2025 - Arsonists torched the house of a polling "
            "officer in Sylhet overnight, police said.")
    record = pipeline.extract(text)
    officer = _actor_of(record, "polling officer")
    assert officer.sector == "GOV"


def test_assailants_no_one_named_are_an_armed_group_of_the_story_state(pipeline):
    text = ("Nurses abducted in Kenya\n\nMANDERA, Kenya, April 8, 2025 - The assailants abducted three nurses "
            "from a clinic near Mandera on Tuesday night, police said.")
    assert any(code.startswith("18") and source == "KENREB" for code, source, _target in coded_dyads(pipeline, text))


def test_attackers_refer_back_to_the_raiders_named_before(pipeline):
    text = ("Cattle raid in Turkana\n\nLODWAR, Kenya, July 9, 2025 - Armed herders from Uganda's Moroto region "
            "raided two villages in Kenya's Turkana County on Sunday, county officials said. The attackers "
            "shot dead four herdsmen before fleeing across the border.")
    record = pipeline.extract(text)
    herders = _actor_of(record, "herders")
    assert herders.code and herders.code.startswith("UGA")
    assert not any("attackers" in a.name.lower() for a in record.actors)  # one actor for both mentions


def test_bare_officers_after_a_named_force_are_that_force(pipeline):
    text = ("Photographer held at border\n\nNAIROBI, Kenya, March 4, 2025 - Tanzanian border police detained "
            "a Kenyan photographer at the Namanga crossing on Monday. Officers confiscated her cameras and "
            "questioned her for six hours, her agency said.")
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    seizures = [(names.get(e.source), names.get(e.target)) for e in record.events if e.code.startswith("171")]
    assert seizures and all(source == "Tanzanian border police" for source, _target in seizures)


def test_the_vessel_stands_for_its_flag_state(pipeline):
    text = ("Kenyan navy holds tanker\n\nMOMBASA, Kenya, August 12, 2025 - The Kenyan navy seized a "
            "Panamanian-flagged tanker off Lamu on Tuesday and accused the vessel of smuggling diesel, "
            "the defence ministry said.")
    assert ("112", "KENMIL", "PANGOV") in coded_dyads(pipeline, text)


def test_an_unnamed_described_victim_takes_the_story_state(pipeline):
    text = ("Columnist killed in Mombasa\n\nMOMBASA, Kenya, October 2, 2025 - A newspaper columnist known "
            "for criticising the county government was shot dead outside his house on Monday, police said.")
    assert any(code.startswith(("18", "19")) and target == "KENMED"
               for code, _source, target in coded_dyads(pipeline, text))
