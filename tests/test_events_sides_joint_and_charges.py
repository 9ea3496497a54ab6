"""An act two parties do together is one event per pair (a phone call between two presidents is
one call), unless each does it to the other ("on each other") or each pledges it to the other; and
a charge rejected with no accusation coded is aimed at whoever told of the act charged."""
from __future__ import annotations

from event_helpers import dyads


def test_a_phone_call_between_two_leaders_is_one_event(pipeline):
    found = dyads(pipeline, "The presidents of Kenya and Tanzania spoke by phone on Sunday.")
    calls = [(source, target) for code, source, target in found if code.startswith("04")]
    assert len(calls) == 1 and set(calls[0]) == {"Kenya", "Tanzania"}


def test_restrictions_eased_on_each_other_are_one_event_each_way(pipeline):
    found = dyads(pipeline, "Egypt and Jordan eased trade restrictions on each other.")
    eased = {(source, target) for code, source, target in found if code.startswith("08")}
    assert eased == {("Egypt", "Jordan"), ("Jordan", "Egypt")}


def test_a_pledge_two_states_make_binds_each_to_the_other(pipeline):
    found = dyads(pipeline, "Brazil and Argentina pledged to cooperate on border security on Monday.")
    pledged = {(source, target) for code, source, target in found if code.startswith("03")}
    assert pledged == {("Brazil", "Argentina"), ("Argentina", "Brazil")}


def test_a_charge_rejected_is_aimed_at_the_state_that_told_of_the_act(pipeline):
    found = dyads(pipeline, "Ethiopia said Sudan's army seized a border town on Monday. Khartoum rejected the charge.")
    assert ("120", "Sudan", "Ethiopia") in found


def test_an_accusation_rejected_is_aimed_at_its_teller_not_the_troops_charged(pipeline):
    found = dyads(pipeline, "Kenya said Somali troops attacked a police post near Mandera. Mogadishu rejected the "
                            "accusation.")
    assert ("120", "Somalia", "Kenya") in found


def test_an_allegation_dismissed_is_aimed_at_the_government_that_made_it(pipeline):
    found = dyads(pipeline, "Rwanda's government said Burundian soldiers shelled a village on Friday. Burundi "
                            "dismissed the allegation as false.")
    assert any(code.startswith("12") and source == "Burundi" and target and "Rwanda" in target
               for code, source, target in found)


def test_people_arrested_after_police_fired_on_a_crowd_are_arrested_by_the_police(pipeline):
    found = dyads(pipeline, "Kenyan riot police fired tear gas at a crowd of protesters in Nairobi, and at least "
                            "40 people were arrested, witnesses said.")
    arrests = [(source, target) for code, source, target in found if code.startswith("173")]
    assert arrests and all(source == "Kenyan riot police" for source, _ in arrests)
    assert all(target in ("crowd", "protesters") for _, target in arrests)


def test_dozens_detained_after_soldiers_dispersed_students_are_the_crowd(pipeline):
    found = dyads(pipeline, "Guinean soldiers dispersed a crowd of students outside the university in Conakry, and "
                            "dozens were detained.")
    assert ("173", "Guinean soldiers", "crowd") in found


def test_an_arrest_with_no_force_told_before_keeps_no_doer(pipeline):
    found = dyads(pipeline, "Two journalists were arrested in Lagos on Monday, their employer said.")
    assert ("173", None, "Two journalists") in found
