"""Sides a trigger shares with the clause around it: the subject of a copula the act is held under
("X was in talks with Y"), of a verb weighing the act ("X is considering sanctions on Y"), and of the
first of two acts a headline strings with a comma ("X recalls envoy, accuses Y")."""
from __future__ import annotations

from event_helpers import dyads


def test_one_said_to_be_in_contact_is_the_source_not_the_teller(pipeline):
    found = dyads(pipeline, "A spokesman for Peru's foreign ministry said Lima was in contact with Santiago.")
    assert any(code.startswith("04") and {source, target} == {"Peru", "Chile"} for code, source, target in found)


def test_a_state_in_talks_with_another_holds_them(pipeline):
    found = dyads(pipeline, "An official in Kinshasa said Congo was in talks with Rwanda over the border.")
    assert any(code.startswith("04") and source and "Congo" in source for code, source, _ in found)


def test_sanctions_a_state_is_considering_are_its_own(pipeline):
    found = dyads(pipeline, "An aide said Tokyo would raise the incident at the United Nations and was considering "
                            "new sanctions on Chinese companies.")
    assert any(code.startswith("16") and source == "Japan" for code, source, _ in found)


def test_sanctions_only_condemned_are_not_the_condemner_s(pipeline):
    found = dyads(pipeline, "Cuba condemned the sanctions on its state oil company.")
    assert not any(code.startswith("16") and source == "Cuba" for code, source, _ in found)


def test_a_headline_s_second_act_has_the_first_act_s_subject(pipeline):
    found = dyads(pipeline, "Armenia recalls its envoy, accuses Azerbaijan of shelling border towns")
    assert ("112", "Armenia", "Azerbaijan") in found


def test_a_headline_s_quoted_clause_keeps_its_teller(pipeline):
    found = dyads(pipeline, "Moldova is ready for talks, says Romania")
    assert not any(code == "112" for code, _, _ in found)


def test_a_repeated_preposition_gives_a_second_target(pipeline):
    found = dyads(pipeline, "Peru signed trade deals with Chile and with Bolivia.")
    assert ("057", "Peru", "Bolivia") in found and ("057", "Peru", "Chile") in found


def test_a_repeated_preposition_after_a_meeting_noun_gives_a_second_target(pipeline):
    found = dyads(pipeline, "Sweden said it was in close contact with Latvia and with Finland.")
    targets = {target for code, _, target in found if code.startswith("04")}
    assert {"Latvia", "Finland"} <= targets


def test_one_who_calls_for_a_release_is_the_caller_not_the_target(pipeline):
    found = dyads(pipeline, "The opposition leader Ali Hassan was arrested on Monday. His lawyer, Samira Saleh, "
                            "who called for his immediate release, met the judge.")
    demands = [(source, target) for code, source, target in found if code.startswith("02")]
    assert demands and all(source and "Samira" in source and target != "Samira Saleh" for source, target in demands)


def test_it_after_and_carries_on_the_first_verb_s_subject(pipeline):
    found = dyads(pipeline, "Peru sent a letter to the Security Council on Monday, and it affirmed that it will "
                            "take all necessary measures against Chile.")
    threats = [source for code, source, _ in found if code.startswith("13")]
    assert threats and all(source == "Peru" for source in threats)


def test_it_of_a_new_clause_subject_is_not_forced_onto_a_person(pipeline):
    found = dyads(pipeline, "President Ruiz met the Chilean envoy on Monday, and it said that it will take "
                            "all necessary measures.")
    assert not any(code.startswith("13") and source == "Ruiz" for code, source, _ in found)
