"""Wounding and injuring: an act of force of its own only where the doer is named and no other
harming act is told beside it; else it counts the casualties of an act already coded."""
from __future__ import annotations

from event_helpers import dyads


def test_a_named_doer_wounding_people_is_an_act_of_force(pipeline):
    found = dyads(pipeline, "Israeli troops wounded three Palestinian protesters near Nablus on Friday.")
    assert any(code == "190" and source and "Israeli" in source for code, source, _ in found)


def test_a_named_doer_injuring_civilians_is_an_act_of_force(pipeline):
    found = dyads(pipeline, "Russian forces injured five Ukrainian civilians in Kherson, officials said.")
    assert any(code == "190" and source and "Russian" in source for code, source, _ in found)


def test_casualties_without_a_doer_are_no_act(pipeline):
    for text in ("One Azerbaijani soldier was wounded, the ministry said.",
                 "Nine police officers were injured during the protests in Tbilisi."):
        assert not [d for d in dyads(pipeline, text) if d[0].startswith("19")], text


def test_casualties_of_an_act_already_coded_are_not_a_second_act(pipeline):
    found = dyads(pipeline, "Indian troops shelled Pakistani posts near Kotli, killing two soldiers and "
                            "wounding four others, the Pakistani army said.")
    wounding = [d for d in found if d[0] == "190" and d[2] and "four" in d[2]]
    assert not wounding
