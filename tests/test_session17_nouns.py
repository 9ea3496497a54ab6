"""Acts told as nouns: a support verb carrying the act's noun ("announced the closing of its border"),
and a reaction to an act named by its noun ("welcomed the handover") aimed at the one who did it."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads

from newsgraph.pipeline.events import ACT_NOUN_VERBS


def test_nominalisation_table_gives_verb_and_particle():
    assert ACT_NOUN_VERBS["handover"] == ("hand", "over")
    assert ACT_NOUN_VERBS["closing"] == ("close", None)


def test_support_verb_carries_the_closing_of_a_border(pipeline):
    text = "Ethiopia on Monday announced the closing of its border with Kenya."
    assert any(code == "191" and source == "ETHGOV" for code, source, _ in coded_dyads(pipeline, text))


def test_proceeded_to_the_capture_of_is_the_capture(pipeline):
    text = "The Zambian army proceeded on Friday to the capture of the rebel commander Joel Banda."
    assert any(code.startswith("17") and source == "ZMBMIL" for code, source, _ in coded_dyads(pipeline, text))


def test_noun_merely_after_a_support_verb_is_no_act(pipeline):
    # "after the closing" tells when something happened; no one closed anything in this sentence
    text = "Ethiopia resumed trade talks with Kenya after the closing of the old market in Moyale."
    assert not any(code == "191" for code, _, _ in coded_dyads(pipeline, text))


def test_welcomed_the_handover_is_aimed_at_who_handed_over(pipeline):
    text = ("Kenyan rebels handed over the border town of Moyale to Ethiopia on Sunday. "
            "The African Union welcomed the handover.")
    assert ("051", "African Union", "Kenyan rebels") in dyads(pipeline, text)
