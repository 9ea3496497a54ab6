"""Trigger words whose act depends on the construction: "call" naming a thing rather than
appealing, a truce said to collapse, "will not tolerate" as a warning, and "battling a flag"
(a translation of flying it) that names no fighting."""
from __future__ import annotations

from event_helpers import dyads


def _codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


def test_what_it_called_names_a_thing_and_is_no_appeal(pipeline):
    codes = _codes(pipeline, "Lithuania protested over what it called a wave of provocations on its southern border.")
    assert "020" not in codes
    codes = _codes(pipeline, "Hundreds of farmers protested against the government in Vilnius over what they called "
                             "a flood of cheap grain on the market.")
    assert "020" not in codes
    assert "141" in codes


def test_call_on_with_an_addressee_is_still_an_appeal(pipeline):
    found = dyads(pipeline, "The opposition called on the army to protect voters on election day.")
    assert any(code == "020" and target and "army" in target for code, _, target in found)


def test_a_quoted_name_given_to_acts_disapproves_of_them(pipeline):
    found = dyads(pipeline, 'Foreign Minister Park called Tokyo\'s cyber activities "a criminal enterprise that '
                            'funds its missiles" and urged other governments to act.')
    assert any(code == "111" and target == "Japan" for code, _, target in found)
    assert any(code == "020" and target and "governments" in target for code, _, target in found)


def test_a_truce_breaking_down_is_a_violated_ceasefire(pipeline):
    found = dyads(pipeline, "The truce between Sudan's army and the RSF broke down within hours.")
    assert any(code == "196" for code, _, _ in found)
    found = dyads(pipeline, "The ceasefire between the army and the rebels collapsed on Sunday.")
    assert any(code == "196" for code, _, _ in found)


def test_a_truce_that_holds_is_no_violation(pipeline):
    assert "196" not in _codes(pipeline, "The truce between Sudan's army and the RSF held for a third week.")


def test_will_not_tolerate_a_named_party_warns_it(pipeline):
    found = dyads(pipeline, "We will not tolerate Russian special services operating on our soil, the minister said.")
    assert any(code == "130" and target == "Russia" for code, _, target in found)


def test_tolerating_or_a_warning_to_no_one_is_no_event(pipeline):
    assert "130" not in _codes(pipeline, "The government tolerated the protests in Minsk for a week.")
    assert "130" not in _codes(pipeline, "Chad said it would not tolerate foreign interference in its internal affairs.")


def test_battling_a_flag_is_flying_it(pipeline):
    text = ('The Iranian navy has arraigned on Tuesday in the Strait of Hormuz the oil tanker "Sea Star", '
            'battling the Greek flag, which transported crude towards China.')
    assert "190" not in _codes(pipeline, text)
    assert "190" in _codes(pipeline, "Rebels battled government troops near the airport in Goma.")


def test_police_raiding_a_home_search_and_seize(pipeline):
    found = dyads(pipeline, "Prosecutors opened a case against Ecuador's president last year, and police raided "
                            "her home and the presidential palace in Quito.")
    assert any(code == "171" and source and "police" in source for code, source, _ in found)
    assert not any(code == "190" for code, _, _ in found)


def test_gunmen_raiding_a_post_still_attack(pipeline):
    found = dyads(pipeline, "Rebels raided the house of a Congolese army colonel near Goma.")
    assert any(code == "190" for code, _, _ in found)
    assert not any(code == "171" for code, _, _ in found)


def test_a_state_that_protests_complains_officially(pipeline):
    found = dyads(pipeline, "Japan protested against the Chinese naval drills near Okinawa.")
    assert any(code == "114" and source == "Japan" and target == "China" for code, source, target in found)
    assert not any(code == "141" for code, _, _ in found)


def test_a_crowd_that_protests_demonstrates(pipeline):
    found = dyads(pipeline, "Thousands of students protested against the government in Belgrade on Sunday.")
    assert any(code == "141" for code, _, _ in found)
