"""Acts with a doer but no one named on their receiving end: force on an inhabited place that no
one is named as holding is aimed at the state the place lies in (data/untargeted.yaml,
`inhabited_places`); other acts on places are left as they were."""
from __future__ import annotations

from event_helpers import dyads


def _force(found) -> list:
    return [d for d in found if d[0][:2] in ("18", "19", "20")]


def test_an_attack_on_villages_is_aimed_at_the_state_they_lie_in(pipeline):
    found = dyads(pipeline, "Fighters of the Korvan Liberation Front attacked two villages in northern Mali "
                            "on Tuesday, residents said.")
    assert [(d[1], d[2]) for d in _force(found)] == [("Korvan Liberation Front", "Mali")]


def test_a_village_in_a_region_of_a_state_is_that_state_s(pipeline):
    found = dyads(pipeline, "Gunmen attacked a village in Burkina Faso's Sahel region, killing a farmer.")
    assert ("Gunmen", "Burkina Faso") in {(d[1], d[2]) for d in _force(found)}


def test_shelling_a_named_town_is_aimed_at_the_state_it_lies_in(pipeline):
    found = dyads(pipeline, "Zelvan rebels shelled the town of Orvik in northern Ethiopia overnight.")
    assert [(d[1], d[2]) for d in _force(found)] == [("Zelvan rebels", "Ethiopia")]


# -- counter-cases -----------------------------------------------------------------------------

def test_an_attack_on_a_military_base_stays_aimed_at_its_force(pipeline):
    found = dyads(pipeline, "The rebels attacked an army base in eastern Chad on Monday.")
    assert [d[2] for d in _force(found)] == ["army"]


def test_a_visit_to_villages_gains_no_target(pipeline):
    found = dyads(pipeline, "The Ghanaian health minister visited two villages in the north on Monday.")
    assert not [d for d in found if d[0].startswith("04") and d[2] is not None]


def test_an_attack_on_villages_in_no_known_state_is_left_out(pipeline):
    found = dyads(pipeline, "The militia attacked two villages.")
    assert _force(found) == []


def test_a_town_no_place_locates_lies_in_the_state_the_article_is_about(pipeline):
    found = dyads(pipeline, "Kenyan troops shelled the town.")
    assert [(d[1], d[2]) for d in _force(found)] == [("Kenyan troops", "Kenya")]


def test_a_town_no_place_locates_lies_in_the_article_s_state_not_the_doer_s(pipeline):
    found = dyads(pipeline, "Somalia protests shelling\n\nSomalia's government condemned the attack on Monday. "
                            "Somali officials said the army would respond.\n\nKenyan troops shelled the town.")
    assert [(d[1], d[2]) for d in _force(found)] == [("Kenyan troops", "Somalia")]


def test_shelling_a_hill_still_needs_a_target(pipeline):
    assert _force(dyads(pipeline, "Kenyan troops shelled the hill.")) == []
