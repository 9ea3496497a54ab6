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
    # the act is coded on the punished when they are an actor of their own ...
    text = "Egypt on Friday executed three men convicted of passing documents to Turkey's intelligence service."
    assert coded(pipeline, text, "180") == [("180", "Egypt", "three men")]
    # ... and never on the actor named inside the charge, whoever the punished are
    text = "Egypt on Friday executed a man convicted of handing documents to Turkey's intelligence service."
    found = coded(pipeline, text, "180")
    assert not [d for d in found if d[2] and "intelligence" in d[2].lower()], found


def test_decision_is_aimed_at_whoever_it_is_of(pipeline):
    text = ("Japan strongly rejects the decision of the EU to add two Japanese shipping firms "
            "to its blacklist.")
    assert coded(pipeline, text, "120") == [("120", "Japan", "European Union")]


def test_decision_listing_several_is_still_aimed_at_its_decider(pipeline):
    text = ("A spokesman said on Friday that Japan strongly rejects the decision of the EU to name "
            "two Japanese banks and four firms in its sanctions package.")
    assert coded(pipeline, text, "120") == [("120", "Japan", "European Union")]
