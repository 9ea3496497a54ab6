"""Small-arms fights told as nouns, rival camps on both sides of a fight, and a wounding aimed at
victims of another kind than the killing beside it."""
from __future__ import annotations

import pytest

from tests.event_helpers import dyads


@pytest.mark.parametrize("text", [
    "Violence in Jalisco\n\nShootouts between rival gangs spread to several neighbourhoods of Guadalajara on "
    "Saturday.",
    "Army deployed\n\nGuatemala moved soldiers to its frontier when gunfights between rival drug cartels "
    "reached nearby villages.",
    "Curfew in Mombasa\n\nA firefight between rival gangs left three people dead in the port city of Mombasa.",
])
def test_small_arms_fight_between_rival_camps(pipeline, text):
    fights = [d for d in dyads(pipeline, text) if d[0] == "193"]
    assert fights, dyads(pipeline, text)
    code, source, target = fights[0]
    assert source is not None and source == target


def test_gun_battle_with_a_named_party(pipeline):
    text = ("Raid in Sokoto\n\nNigerian soldiers fought a gun battle with Boko Haram fighters near the town of "
            "Sokoto on Sunday, the army said.")
    assert any(code in ("190", "193") for code, _, _ in dyads(pipeline, text))


def test_penalty_shootout_is_no_fight(pipeline):
    text = "Cup final\n\nThe home side lost to Ghana in a penalty shootout in Accra on Saturday."
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("19")]


def test_a_fight_between_two_named_sides_keeps_them_apart(pipeline):
    text = "Fighting in Kivu\n\nRebels and soldiers clashed near Goma on Monday, local officials said."
    pairs = {(s, t) for code, s, t in dyads(pipeline, text) if code.startswith("19")}
    assert pairs and all(s != t for s, t in pairs)


@pytest.mark.parametrize("text, wounded", [
    ("Attack in Mandera\n\nMilitants on motorbikes shot dead two teachers and wounded two policemen escorting "
     "them in Mandera, officials said.", "policemen"),
    ("Ambush in Garissa\n\nAl-Shabaab fighters killed three traders and wounded two soldiers guarding the "
     "market in Garissa, police said.", "soldiers"),
    ("Raid in Borno\n\nInsurgents killed four farmers and injured two police officers near Maiduguri on "
     "Sunday, officials said.", "officers"),
])
def test_wounding_another_kind_of_victim_is_its_own_act(pipeline, text, wounded):
    targets = [t or "" for code, _, t in dyads(pipeline, text) if code[:2] in ("18", "19")]
    assert any(wounded in t for t in targets), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Raid in Lamu\n\nThe fighters killed four soldiers and wounded five others in the raid, the army said.",
    "Raid in Lamu\n\nAl-Shabaab fighters killed three soldiers and wounded four soldiers in Lamu, the army said.",
])
def test_wounding_more_of_the_same_victims_counts_casualties(pipeline, text):
    force = [d for d in dyads(pipeline, text) if d[0][:2] in ("18", "19")]
    assert len(force) == 1, force


@pytest.mark.parametrize("text, doer, other", [
    ("Raids in Turkana\n\nKenyan police said officers had recovered 200 goats after a gun battle with raiders "
     "from Uganda.", "police", "raiders"),  # the raiders from Uganda: a group of Uganda's (session 18)
    ("Kismayo\n\nSomali soldiers killed three militants in a firefight with al-Shabaab fighters near Kismayo, "
     "the army said.", "soldiers", "Shabab"),
    ("Borno\n\nNigerian troops lost two men during clashes with Boko Haram fighters in Borno, the army said.",
     "troops", "Boko Haram"),
])
def test_fight_noun_with_a_side_is_fought_by_the_clause_subject(pipeline, text, doer, other):
    fights = [(s or "", t or "") for code, s, t in dyads(pipeline, text) if code in ("190", "193")]
    assert any(doer in s and other in t for s, t in fights), dyads(pipeline, text)


def test_fight_noun_under_a_passive_verb_takes_no_doer(pipeline):
    text = ("Kismayo\n\nTwo soldiers were wounded in a firefight with al-Shabaab fighters near Kismayo, "
            "the army said.")
    assert not [d for d in dyads(pipeline, text) if d[0] == "193" and d[1] and "soldiers" in d[1]]
