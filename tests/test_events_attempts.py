"""A thwarted attempt is still an act that was tried; a foiled plot or plan is not; and whoever tells
of another's attempt is not its doer."""
from __future__ import annotations

from event_helpers import dyads


def _force(found):
    return [d for d in found if d[0][:2] in ("18", "19", "20")]


def test_an_attempt_thwarted_in_the_passive_is_coded_with_no_doer(pipeline):
    found = _force(dyads(pipeline, "An attempt to kill the mayor of Lviv, Andriy Sadovyi, was foiled on Monday, "
                                   "police said."))
    assert found and all(src is None for _, src, _ in found)
    assert any(tgt == "Andriy Sadovyi" for _, _, tgt in found)


def test_an_assassination_attempt_thwarted_is_not_the_tellers_act(pipeline):
    found = _force(dyads(pipeline, "An attempt to assassinate the governor of Mombasa, Ali Hassan Joho, was thwarted "
                                   "in Kilifi, the town's police said."))
    assert found and all(src != "police" for _, src, _ in found)


def test_a_foiled_plot_is_no_act(pipeline):
    assert not _force(dyads(pipeline, "Nigerian police said they had foiled a plot to kill the governor of Kano State."))


def test_an_attempt_foiled_by_a_named_subject_does_not_make_it_the_doer(pipeline):
    found = _force(dyads(pipeline, "Kenyan police said they had foiled an attempt to kill the governor of Mombasa."))
    assert not found
