"""Coordination: a second object that leaves out its verb is a second act on its own party; doers
named as "neither X nor Y" do nothing; pluperfect acts told in relative clauses to describe someone
are background."""
from __future__ import annotations

from event_helpers import dyads


def _targets(found, root: str) -> set:
    return {target for code, _, target in found if code.startswith(root)}


# -- a second object with its own reason phrase, the verb left out -------------------------------

def test_a_second_accused_with_the_verb_left_out_is_accused_too(pipeline):
    found = dyads(pipeline, "Beijing accused Tokyo of provoking tensions and Manila of violating its waters.")
    assert {"Japan", "Philippines"} <= _targets(found, "11")


def test_a_second_blamed_party_is_blamed_and_not_armed(pipeline):
    found = dyads(pipeline, "Washington blamed Iran for arming the militia and Syria for sheltering its fighters.")
    assert {"Iran", "Syria"} <= _targets(found, "11")
    assert not [d for d in found if d[0].startswith("07") or d[0].startswith("06")]


def test_the_act_alleged_of_a_second_accused_is_no_act_of_its_own(pipeline):
    found = dyads(pipeline, "The minister accused Kenya of closing the border and Uganda of boycotting the summit.")
    assert "Uganda" in _targets(found, "11")
    assert not [d for d in found if d[0].startswith("14")]


def test_one_accused_with_two_acts_stays_one_accusation(pipeline):
    found = dyads(pipeline, "Moscow accused Kyiv of shelling the plant and of blocking the inspectors.")
    assert _targets(found, "11") == {"Ukraine"}


def test_a_phrase_hung_on_the_accused_names_the_accused_as_doer(pipeline):
    found = dyads(pipeline, "Officials accused the Taliban of attacking the convoy near Kabul.")
    assert not [d for d in found if d[0].startswith("19") and d[1] == "Officials"]


# -- "neither X nor Y" ---------------------------------------------------------------------------

def test_neither_nor_doers_are_no_pair_of_each_other(pipeline):
    found = dyads(pipeline, "Neither Armenia nor Azerbaijan was willing to negotiate, the mediator said.")
    assert not [d for d in found if d[1] in ("Armenia", "Azerbaijan") and d[2] in ("Armenia", "Azerbaijan")]


def test_neither_nor_readiness_is_no_act_of_either(pipeline):
    found = dyads(pipeline, "Neither Sudan nor Chad had been ready to negotiate, the Norwegian envoy said.")
    assert not [d for d in found if d[0][:2] in ("03", "04")]


def test_neither_nor_without_a_teller_codes_nothing(pipeline):
    found = dyads(pipeline, "Neither Serbia nor Kosovo agreed to hold talks.")
    assert not [d for d in found if d[0][:2] in ("03", "04")]


def test_coordinated_doers_of_a_joint_act_are_still_paired(pipeline):
    found = dyads(pipeline, "Iran and Iraq agreed to reopen the border crossing.")
    assert any(source == "Iran" and target == "Iraq" for _, source, target in found)


def test_coordinated_victims_are_no_pair(pipeline):
    found = dyads(pipeline, "Two Kenyan soldiers and a Somali officer were killed in the ambush.")
    assert all(source is None or target is None or {source, target} != {"Kenya", "Somalia"}
               for _, source, target in found)


# -- pluperfect relative clauses ----------------------------------------------------------------

def test_a_pluperfect_relative_clause_describing_the_subject_is_background(pipeline):
    found = dyads(pipeline, "Turkey, which had signed the accord with Greece, criticized Athens on Tuesday.")
    assert not [d for d in found if d[0].startswith("05") or d[0].startswith("057")]
    assert any(code.startswith("11") and source == "Turkey" for code, source, _ in found)


def test_a_pluperfect_relative_clause_on_the_object_is_background(pipeline):
    found = dyads(pipeline, "Bolivia expelled a Chilean diplomat who had met opposition leaders in La Paz.")
    assert not [d for d in found if d[0].startswith("04")]


def test_a_pluperfect_relative_clause_with_its_own_doer_is_still_coded(pipeline):
    found = dyads(pipeline, "The Wagner Group, which Britain had sanctioned, denied the report.")
    assert any(code.startswith("16") and source == "United Kingdom" for code, source, _ in found)


def test_a_pluperfect_main_clause_is_still_coded(pipeline):
    found = dyads(pipeline, "Algeria had suspended the treaty with Spain in 2022, officials said.")
    assert any(code.startswith("16") and target == "Spain" for code, _, target in found)


# -- coordinated guests of a gathering ----------------------------------------------------------

def _paired(found, a: str, b: str) -> bool:
    return any({source, target} == {a, b} for _, source, target in found)


def test_coordinated_guests_of_a_summit_are_no_pair(pipeline):
    assert not _paired(dyads(pipeline, "Germany and France attended the summit in Brussels."), "Germany", "France")


def test_coordinated_guests_of_a_conference_are_no_pair(pipeline):
    found = dyads(pipeline, "Chile and Peru attended an emergency conference on the drought in Geneva.")
    assert not _paired(found, "Chile", "Peru")


def test_coordinated_parties_attending_talks_are_still_paired(pipeline):
    assert _paired(dyads(pipeline, "Serbia and Kosovo attended talks in Brussels."), "Serbia", "Kosovo")
