"""Frames of harm that lost their act: a wounding told with the attack it happened in, or with
the attack as its subject, is the doer's act; an object counted by "up to" is still the object."""
from __future__ import annotations

from event_helpers import coded_dyads


def _harm(found) -> list:
    return [d for d in found if d[0][:2] in ("18", "19")]


def test_wounding_in_a_bomb_attack_is_the_doers_bombing(pipeline):
    found = coded_dyads(pipeline, "Basque separatists wounded three Spanish police officers in a car bomb attack "
                                  "near Bilbao on Friday, the interior ministry said.")
    assert _harm(found) == [("183", "ESPREB", "ESPCOP")]


def test_an_ambush_by_a_group_that_wounded_soldiers_is_the_groups_act(pipeline):
    found = coded_dyads(pipeline, "An ambush by Tuareg rebels wounded nine Malian soldiers near Kidal.")
    assert [(d[1], d[2]) for d in _harm(found)] == [("MLIREB", "MLIMIL")]


def test_wounding_beside_a_separate_killing_is_still_a_casualty_count(pipeline):
    found = coded_dyads(pipeline, "Tuareg rebels attacked a Malian army post near Kidal, killing four soldiers, "
                                  "and wounded six others.")
    assert len([d for d in _harm(found) if d[2] == "MLIMIL"]) == 1


def test_an_object_counted_by_up_to_is_the_object(pipeline):
    found = coded_dyads(pipeline, "Kurdish rebels have kidnapped up to 16 Turkish engineers from a dam site.")
    assert [(d[0], (d[2] or "")[:3]) for d in found] == [("181", "TUR")]


def test_a_protest_note_sent_is_one_complaint_not_a_demonstration_as_well(pipeline):
    found = coded_dyads(pipeline, "Uruguay sent a protest note to Paraguay on Monday, the foreign ministry said.")
    assert [d[0] for d in found] == ["114"]


def test_a_past_verb_after_a_modal_clause_is_the_conjunct_of_the_past_verb_above(pipeline):
    from event_helpers import dyads
    found = dyads(pipeline, "Union leader Grace Phiri criticised the new levies, saying the workers could not afford "
                            "more taxes, and called for a public inquiry into the tender.")
    assert [d[1] for d in found if d[0][:2] == "02"] == ["Grace Phiri"]


def test_a_participle_after_an_object_controlled_infinitive_is_the_orderers_act(pipeline):
    from event_helpers import dyads
    found = dyads(pipeline, "Bolivia's government on Tuesday ordered a Peruvian diplomat to leave the country "
                            "within 36 hours, accusing him of meeting protest leaders in the city of El Alto.")
    assert [d[1] for d in found if d[0] == "112"] == ["Bolivia's government"]


def test_a_place_in_a_participle_after_the_side_is_not_the_side(pipeline):
    found = coded_dyads(pipeline, "Gunmen free two Spanish nuns held in Niger after Algerian mediation\n\n"
                                  "NIAMEY, May 20 (AFP) - Two Spanish nuns kidnapped in western Niger last year have "
                                  "been released by their captors, after mediation by Algeria, Spain's foreign "
                                  "ministry said on Monday.\n\nNiger's government summoned the Algerian ambassador.")
    targets = [d[2] for d in found if d[0][:2] == "08"]
    assert targets and all(t is not None and t.startswith("ESP") for t in targets)


def test_an_act_a_list_of_demands_includes_is_not_told_as_done(pipeline):
    found = coded_dyads(pipeline, "The Kenya Medical Practitioners Union said the strike would go on until the "
                                  "ministry met its demands, which include the release of two doctors held by "
                                  "gunmen in Mandera.")
    assert not [d for d in found if d[0][:2] == "08"]
