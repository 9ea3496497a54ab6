"""Sides named as a pair ("both leaders", "both sides"): the two states last told of when the
pair at hand is one state's own people, while a government and the rebels fighting it stay two
sides."""
from __future__ import annotations

from event_helpers import dyads


def test_both_leaders_after_one_state_s_officials_are_the_two_states(pipeline):
    found = dyads(pipeline, "Tensions between Bolivia and Paraguay rose this week. A diplomat in Asuncion said "
                            "Paraguayan troops had been reinforced near the border. The OAS called on both leaders "
                            "to exercise restraint.")
    targets = {target for code, _, target in found if code.startswith("02")}
    assert {"Bolivia", "Paraguay"} <= targets


def test_both_sides_of_a_civil_war_stay_the_government_and_the_rebels(pipeline):
    found = dyads(pipeline, "Sudan's army clashed with the Rapid Support Forces in Omdurman on Monday. The African "
                          "Union urged both sides to return to talks.")
    targets = {target for code, _, target in found if code.startswith("02")}
    assert targets == {"Sudanese Armed Forces", "Rapid Support Forces"}
