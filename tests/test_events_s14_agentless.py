"""Coercion told in the passive with no doer, of people the text does not name (session 14).

- People held or on the run ("escapees", "inmates") are, like a crowd, the people of the state
  whose organs hold them: "Twelve escapees were recaptured, the prison service said".
- Counted "others" ("two of the raiders died and four others were captured") are more of
  the group named before them in the sentence.
- Counted people arrested where the article names their state only by its places or a demonym are
  that state's.
"""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_escapees_recaptured_are_the_state_s_people(pipeline):
    text = ("Inmates flee jail in Zambia\n\n"
            "Armed men attacked a prison in Ndola, Zambia, on Friday. "
            "Twelve escapees were recaptured by Sunday, a spokesman for the Zambia Correctional Service said.")
    found = [d for d in coded_dyads(pipeline, text) if d[0].startswith("17")]
    assert any(t is not None and t.startswith("ZMB") for _, _, t in found)  # the state's (its convicts, CRM)


def test_counted_others_captured_are_of_the_group_named_before(pipeline):
    text = ("Clashes at Malawi mine\n\n"
            "Rebels attacked a mine in northern Malawi on Monday. The Malawi Defence Force said three of the "
            "rebels were killed and five others were captured.")
    found = [d for d in coded_dyads(pipeline, text) if d[0].startswith("17")]
    assert found and all(t is not None and t.endswith("REB") for _, _, t in found)


def test_counted_suspects_arrested_are_of_the_state_of_the_places(pipeline):
    text = ("Roadblock in Tijuana\n\n"
            "Gunmen set up a roadblock in the Mexican city of Tijuana on Sunday. "
            "Two suspects were arrested near the city, the state prosecutor's office said.")
    found = [d for d in coded_dyads(pipeline, text) if d[0].startswith("17")]
    assert any(t == "MEXCVL" for _, _, t in found), found  # the state's civilians, not its government


def test_goods_seized_are_still_no_side(pipeline):
    text = ("Raid in Ndola\n\nForty rifles were seized in Ndola, Zambia, on Monday, officials said.")
    assert not [d for d in dyads(pipeline, text) if d[0] == "171"]
