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
