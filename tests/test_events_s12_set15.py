"""Events of set15's failure classes: tellers hung on the list of victims, actors inside a charge
told of a side, and the decider of a decision."""
from __future__ import annotations

from event_helpers import coded


def test_closing_tellers_are_not_victims_of_the_act(pipeline):
    text = ("Armed men raided a village in Zamfara state on Friday and kidnapped 20 farmers and three "
            "herders, police and local residents said.")
    targets = {t for _, _, t in coded(pipeline, text, "181")}
    assert "farmers" in targets
    assert not targets & {"police", "local residents"}


def test_tellers_after_a_list_with_a_subject_of_their_own_still_count(pipeline):
    text = "Bandits abducted 14 traders and a driver near Gusau on Monday, police said."
    assert [t for _, _, t in coded(pipeline, text, "181")] == ["traders"]


def test_actor_of_the_charge_is_not_the_one_punished(pipeline):
    text = "Iran on Tuesday executed a man convicted of passing secrets to Israel's Mossad spy agency."
    assert not [d for d in coded(pipeline, text, "180") if d[2] and "Mossad" in d[2]]


def test_decision_is_aimed_at_whoever_it_is_of(pipeline):
    text = ("China firmly opposes the decision of the European Union to include three Chinese firms "
            "in its sanctions list.")
    assert coded(pipeline, text, "120") == [("120", "China", "European Union")]


def test_decision_listing_several_is_still_aimed_at_its_decider(pipeline):
    text = ("A spokesman said on Friday that China firmly opposes the decision of the European Union to list "
            "two Chinese banks and four firms in its sanctions package.")
    assert coded(pipeline, text, "120") == [("120", "China", "European Union")]
