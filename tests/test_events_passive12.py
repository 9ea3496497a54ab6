"""Force against a body's vehicles or premises ("fired on one of its ambulances", "the ambulance
was ambushed") is aimed at the body that owns them; a thing no one is said to own has no owner."""
from __future__ import annotations

from event_helpers import dyads


def _force_targets(pipeline, text: str) -> list[str | None]:
    return [target for code, _, target in dyads(pipeline, text) if code[:2] in ("18", "19")]


def test_force_on_one_of_its_vehicles_is_aimed_at_their_owner(pipeline):
    for text, owner in (
            ("The International Rescue Committee said on Tuesday it was pausing its programmes after armed "
             "men shot at two of its trucks near the border.", "Rescue Committee"),
            ("The Red Cross said militiamen had attacked one of its clinics in the north.", "Red Cross"),
            ("Oxfam said on Friday that unknown attackers fired on one of its vehicles outside Bunia.",
             "Oxfam")):
        assert any(t and owner in t for t in _force_targets(pipeline, text)), text


def test_the_same_thing_struck_again_is_aimed_at_its_owner_told_before(pipeline):
    text = ("Save the Children said armed men shot at one of its ambulances on Saturday. "
            "The ambulance was attacked near a checkpoint east of the town, the charity added.")
    found = [d for d in dyads(pipeline, text) if d[0][:2] in ("18", "19")]
    assert len([d for d in found if d[2] and "Save the Children" in d[2]]) >= 2, found
    assert not any(d[2] and "gunmen" in d[2].lower() for d in found), found


def test_a_thing_no_one_is_said_to_own_has_no_owner(pipeline):
    for text in ("A car was set on fire in the capital overnight, police said.",
                 "The Red Cross said it would resume work. The ambulance was attacked near the market."):
        assert not [t for t in _force_targets(pipeline, text) if t and "Red Cross" in t], text


def _strike_sources(pipeline, text: str) -> list[str | None]:
    return [source for code, source, _ in dyads(pipeline, text) if code[:2] in ("18", "19")]


def test_a_strike_is_done_by_the_state_whose_weapons_flew_in_it(pipeline):
    for text, state in (
            ("Two Russian attack drones came down on farmland in Romania during a raid on Ukraine's Izmail "
             "district, local authorities said.", "Russia"),
            ("Iranian missiles fell in the desert during an attack on Israel's southern bases.", "Iran"),
            ("Two Turkish drones crashed during an attack on Iraq's Sinjar district, Iraqi officials said.",
             "Turkey")):
        assert state in _strike_sources(pipeline, text), text


def test_weapons_with_no_state_named_give_the_strike_no_doer(pipeline):
    text = "A drone came down on farmland in Romania during a raid on Ukraine's Izmail district, local authorities said."
    sources = _strike_sources(pipeline, text)
    assert sources, dyads(pipeline, text)
    assert not [s for s in sources if s], text
