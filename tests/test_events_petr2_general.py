"""General rules found on PETRARCH-2 validation misses, each checked on sentences of our own: people
freed in a passive whose subject the parser hung on a reduced relative are a release of people
(0841); a target blown up by a missile, rocket or shell is fire from the ground (194), not a bombing;
a meeting at a third place that names no party, host or place is held over the state it is about."""
from __future__ import annotations

from datetime import date


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text, published=date(2015, 6, 1))
    codes = {a.id: a.code for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def test_people_held_then_released_in_the_passive_are_a_release_of_people(pipeline):
    assert ("0841", "RUSGOV", "RUSCVL") in coded(
        pipeline, "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself")
    assert ("0841", "IRNGOV", "IRNMED") in coded(
        pipeline, "The journalists held for months in Tehran were finally released by Iran.")
    assert ("0841", "IRNGOV", "IRNCVL") in coded(
        pipeline, "The sailors seized in the Gulf last year were freed by Iran on Tuesday.")


def test_a_released_thing_stays_a_plain_release(pipeline):
    found = coded(pipeline, "The tankers impounded in the Gulf were released by Iran on Tuesday.")
    assert all(code != "0841" for code, _, _ in found)


def test_blown_up_by_a_missile_is_fire_from_the_ground(pipeline):
    assert ("194", "RUSGOV", "UKRGOV") in coded(
        pipeline, "A Ukrainian transport plane was blown up by a Russian missile over Kharkiv.")
    assert ("194", "YEMREB", "SAUMIL") in coded(
        pipeline, "Houthi rebels blew up a Saudi patrol boat with an anti-ship missile.")


def test_blown_up_by_a_bomb_stays_a_bombing(pipeline):
    found = coded(pipeline, "The Afghan army post was blown up by a roadside bomb planted by Taliban fighters.")
    assert ("183", "AFGREB", "AFGGOV") in found
    assert all(code != "194" for code, _, _ in found)


def test_a_meeting_with_no_party_named_is_held_over_the_state_it_is_about(pipeline):
    assert ("044", "FRAGOV", "SDNGOV") in coded(
        pipeline, "French President Emmanuel Macron will attend a conference on the humanitarian crisis in Sudan.")
    assert ("044", "DEUGOV", "UKRGOV") in coded(
        pipeline, "The German chancellor attended a summit about the war in Ukraine on Friday.")


def test_a_meeting_s_place_still_wins_over_its_topic(pipeline):
    found = coded(pipeline, "The German chancellor attended a summit in Paris on the war in Ukraine.")
    assert ("042", "DEUGOV", "FRAGOV") in found
    assert all(target != "UKRGOV" for _, _, target in found)
