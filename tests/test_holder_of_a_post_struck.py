"""A post or base struck that a bare force word names ("an army checkpoint", "a police station")
is the force of the state the story is set in, also when the article makes no actor of that state
(it is known only from the dateline or a place)."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_army_checkpoint_attacked_in_a_story_dated_from_the_capital_is_the_state_s_military(pipeline):
    text = ("Clashes reported\n\nNAIROBI, June 3 (Reuters) - Gunmen raided an army checkpoint near Garissa "
            "before dawn on Tuesday.")
    found = coded_dyads(pipeline, text)
    assert any(code.startswith(("18", "19")) and target == "KENMIL" for code, _, target in found)


def test_police_station_attacked_is_the_state_s_police_not_its_army(pipeline):
    text = ("Clashes reported\n\nNAIROBI, June 3 (Reuters) - Gunmen stormed a police station in Lamu "
            "on Tuesday.")
    found = coded_dyads(pipeline, text)
    assert any(code.startswith(("18", "19")) and target == "KENCOP" for code, _, target in found)


def test_a_post_named_by_its_nationality_is_that_state_s_force_not_the_story_s(pipeline):
    text = ("Border clash\n\nNEW DELHI, June 3 (Reuters) - Indian troops shelled Bangladeshi army posts near "
            "the border on Tuesday, Indian officials said.")
    found = coded_dyads(pipeline, text)
    assert any(code.startswith("19") and source == "INDMIL" and target == "BGDMIL" for code, source, target in found)


def test_navy_boats_seized_are_the_navy_s_not_their_state_s_goods(pipeline):
    text = ("Standoff at sea\n\nMANILA, June 3 (Reuters) - Vietnamese coast guard ships seized two Philippine "
            "navy boats near the reef on Monday.")
    found = coded_dyads(pipeline, text)
    assert any(code.startswith("17") and target == "PHLMIL" for code, _, target in found)
