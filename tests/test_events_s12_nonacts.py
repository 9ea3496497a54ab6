"""An act named inside what a condemnation is aimed at ("condemned any aggression targeting X") is
what is condemned, not an act told as done by the one condemning; the condemnation stays coded."""
from __future__ import annotations

from event_helpers import dyads


def test_an_act_named_in_a_condemnation_is_not_done_by_the_one_condemning(pipeline):
    found = dyads(pipeline, 'The Iraqi prime minister condemned "any aggression targeting the oil fields of Iraq".')
    assert any(code.startswith("11") for code, _, _ in found)
    assert not [d for d in found if d[0].startswith("19")]


def test_a_participle_telling_an_act_of_the_main_clause_is_still_coded(pipeline):
    found = dyads(pipeline, "Gunmen attacked a convoy carrying Kenyan police officers near Garissa on Monday.")
    assert any(code.startswith("19") for code, _, _ in found)
