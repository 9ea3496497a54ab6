"""A curfew laid on an inhabited place no one is named as holding binds the state the place lies in,
like force on it (data/untargeted.yaml, `inhabited_places`)."""
from __future__ import annotations

from event_helpers import dyads


def _curfews(found) -> list:
    return [(d[1], d[2]) for d in found if d[0] == "1723"]


def test_a_curfew_on_a_town_binds_the_state_it_lies_in(pipeline):
    found = dyads(pipeline, "Zambia's government faced a second week of unrest over fuel prices. "
                            "Police imposed a dusk-to-dawn curfew on the town of Merani on Friday.")
    assert _curfews(found) == [("Police", "Zambia")]


def test_a_curfew_on_a_place_of_no_known_state_keeps_only_its_doer(pipeline):
    found = dyads(pipeline, "The commanders imposed a curfew on the villages.")
    assert _curfews(found) == [("commanders", None)]


def test_a_nationwide_curfew_is_an_event_with_only_its_doer(pipeline):
    found = dyads(pipeline, "Zambia's government imposed a nationwide curfew on Saturday after two nights of looting.")
    assert [(d[1], d[2]) for d in found if d[0] == "1723"] == [("Zambia's government", None)]


def test_easing_a_curfew_on_a_town_frees_the_state_it_lies_in(pipeline):
    found = dyads(pipeline, "Zambia's government faced a second week of unrest over fuel prices. "
                            "On Monday the army relaxed the curfew in the town of Merani.")
    assert [(d[0], d[2]) for d in found if d[0][:2] == "08"] == [("0813", "Zambia")]
