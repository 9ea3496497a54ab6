"""Violence told in a relative clause on a side of another violent act, by the same doer on the same
victim ("killed by gunmen who opened fire on him"), is how that act was done: one event, not two."""
from __future__ import annotations

from event_helpers import dyads


def _violent(found):
    return [(code, source, target) for code, source, target in found if code[:2] in ("18", "19", "20")]


def test_a_killing_by_gunmen_who_opened_fire_is_one_act(pipeline):
    found = dyads(pipeline, "The mayor of Tulua was killed on Sunday by gunmen who opened fire on his car.")
    assert len(_violent(found)) == 1


def test_an_activist_killed_by_men_who_fired_on_her_is_one_act(pipeline):
    found = dyads(pipeline, "A Honduran environmental activist was killed by gunmen who opened fire on her "
                            "outside her home.")
    assert len(_violent(found)) == 1 and _violent(found)[0][1] == "gunmen"
