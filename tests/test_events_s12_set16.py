"""Events of set16's failure classes: force returned at the attacker, a pledged halt to fighting held
towards the foe of the talks, a rights group telling of releases is no releaser, purpose clauses
naming the crowd tear gas was fired at, and acts newly named (closing an embassy, dismissing a
minister, launching an operation against a foe)."""
from __future__ import annotations

from event_helpers import coded, dyads


def test_returned_fire_is_aimed_at_the_attacker(pipeline):
    text = ("Rebels attacked a base of Chadian peacekeepers near El Fasher on Sunday. "
            "The peacekeepers returned fire for two hours.")
    assert ("190", "Chadian peacekeepers", "Rebels") in coded(pipeline, text, "190")


def test_pledged_halt_to_attacks_is_held_towards_the_foe_of_the_talks(pipeline):
    text = ("Ugandan troops and the Allied Democratic Forces held talks in Nairobi on Monday. "
            "Under the deal, the Allied Democratic Forces will halt fighting around army posts for 30 days, "
            "a government spokesman said.")
    halts = [d for d in dyads(pipeline, text) if d[0] in ("0356", "0871")]
    assert halts and all(t == "Ugandan troops" for _, _, t in halts)


def test_rights_group_telling_of_releases_is_not_the_releaser(pipeline):
    text = ("The Algerian League for Human Rights said only 9 of the 150 or so prisoners on its list "
            "had been freed.")
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("084") and d[1]
                and "League" in d[1]]


def test_tear_gas_fired_to_disperse_a_named_crowd(pipeline):
    text = ("Hundreds of Kenyan opposition supporters marched in Nairobi on Monday. "
            "Police fired tear gas to disperse the opposition supporters.")
    assert [d for d in coded(pipeline, text, "175") if d[2]]


def test_closing_an_embassy_reduces_relations(pipeline):
    text = "Norway temporarily closed its embassy in Sudan on Saturday as fighting spread, the foreign ministry said."
    assert coded(pipeline, text, "161") == [("161", "Norway", "Sudan")]


def test_dismissing_a_minister_is_an_administrative_sanction(pipeline):
    text = "Peruvian President Jorge Salas on Friday dismissed Interior Minister Carla Vidal after a prison riot."
    assert coded(pipeline, text, "172") == [("172", "Jorge Salas", "Carla Vidal")]
    assert not coded(pipeline, "The court dismissed the appeal of Carla Vidal.", "172")


def test_launching_an_operation_against_a_foe_is_fighting_it(pipeline):
    text = ("The Ugandan army said it had sent more troops to the border and had launched a new operation "
            "against the Allied Democratic Forces.")
    assert ("190", "Ugandan army", "Allied Democratic Forces") in dyads(pipeline, text)
    assert not dyads(pipeline, "The company launched an operation against counterfeit goods in Kampala.")
