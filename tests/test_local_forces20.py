"""Unnamed police and courts are of the place they act in, not of the state a story is mostly about."""
from __future__ import annotations

STORY = ("India protests as Sri Lanka ratifies pact with China\n\n"
         "NEW DELHI, May 3 - India on Wednesday lodged a protest with Sri Lanka after its parliament ratified a "
         "defence pact with China. India's foreign ministry said the pact threatened India's security, and "
         "India's army chief warned of consequences. Indian officials said New Delhi would review its ties.\n\n")


def _code_of(record, name):
    return next(a.code for a in record.actors if a.name == name)


def test_police_of_the_scene_the_sentence_sets(pipeline):
    record = pipeline.extract(STORY + "On Thursday, riot police fired tear gas at hundreds of students outside "
                                      "the Chinese embassy in Colombo.\n")
    assert any(a.code == "LKACOP" for a in record.actors), [(a.name, a.code) for a in record.actors]


def test_police_opening_a_sentence_act_where_the_sentence_before_set_the_scene(pipeline):
    record = pipeline.extract(STORY + "On Thursday, hundreds of students marched to the Chinese embassy in "
                                      "Colombo. Police fired tear gas at them.\n")
    assert _code_of(record, "Police") == "LKACOP", [(a.name, a.code) for a in record.actors]


def test_police_with_no_scene_told_stay_the_story_s(pipeline):
    record = pipeline.extract(STORY + "Police later questioned two of the officials.\n")
    assert _code_of(record, "Police") == "INDCOP", [(a.name, a.code) for a in record.actors]
