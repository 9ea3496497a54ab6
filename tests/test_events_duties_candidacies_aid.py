"""Duties laid on another land's goods (163), citizenship taken away (172) and candidacies voided
or candidates disqualified (1722)."""
from __future__ import annotations

import pytest

from event_helpers import coded as _coded, dyads


@pytest.mark.parametrize("text, origins", [
    ("Canada slapped anti-dumping duties on Chinese aluminium.", {"China"}),
    ("The government levied new duties on Japanese cars.", {"Japan"}),
    ("Mexico will impose a levy on steel shipped from South Korea.", {"South Korea"}),
    ("Ankara imposed duties of up to 40% on glass imported from Egypt and Vietnam.", {"Egypt", "Vietnam"}),
    ("Washington imposed duties on China.", {"China"}),
])
def test_duties_on_goods_sanction_the_land_they_come_from(pipeline, text, origins):
    assert {target for _, _, target in _coded(pipeline, text, "163")} == origins, dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The government imposed a new tariff on electricity.",
    "Kenya raised excise duties on fuel last month.",
    "The minister resumed his duties on Monday.",
])
def test_duties_naming_no_foreign_land_are_no_sanction(pipeline, text):
    assert not _coded(pipeline, text, "163"), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Nicaragua's government stripped a Nicaraguan bishop of his citizenship on Sunday.",
    "Bahrain deprived 138 activists of their nationality.",
    "Kuwait stripped the Kuwaiti opposition leader Musallam al-Barrak of his citizenship.",
])
def test_citizenship_taken_away_is_a_sanction_on_its_holder(pipeline, text):
    assert any(source and target for _, source, target in _coded(pipeline, text, "172")), dyads(pipeline, text)


def test_stripping_a_thing_of_something_is_no_sanction(pipeline):
    text = "The ministry stripped the old building of its asbestos."
    assert not _coded(pipeline, text, "172"), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Constitutional Court invalidated the candidacy of opposition leader Jean Ping.",
    "The electoral commission rejected the candidacy of Sonko, an opposition leader.",
    "Kenya's electoral body disqualified the opposition candidate Otieno Ochieng.",
])
def test_a_voided_candidacy_bans_the_politician(pipeline, text):
    assert any(source and target for _, source, target in _coded(pipeline, text, "1722")), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The court invalidated the contract with the Chinese firm.",
    "The electoral commission rejected the complaint of opposition leader Jean Ping.",
])
def test_voiding_other_things_bans_no_politician(pipeline, text):
    assert not _coded(pipeline, text, "1722"), dyads(pipeline, text)


@pytest.mark.parametrize("text, place", [
    ("Doctors Without Borders announced on Tuesday it would suspend its activities in Haiti's capital.", "Haiti"),
    ("The World Food Programme halted its activities in northern Yemen after two staff were killed.", "Yemen"),
    ("UNICEF paused its programmes in Sudan's Darfur region.", "Sudan"),
])
def test_an_aid_body_halting_its_work_somewhere_stops_aid_there(pipeline, text, place):
    assert any(source and target == place for _, source, target in _coded(pipeline, text, "162")), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Workers suspended work in the factory on Monday.",
    "The parliament suspended its work for two weeks.",
    "Israel suspended military operations in Rafah.",
])
def test_work_halted_where_no_one_was_helped_stops_no_aid(pipeline, text):
    assert not _coded(pipeline, text, "162"), dyads(pipeline, text)


@pytest.mark.parametrize("text, target", [
    ("Ecuador's president asked army chief Marco Vallejo to step down after the prison riot.", "Marco Vallejo"),
    ("Kenya's President Daniel Kamau asked Interior Minister Mwangi Njoroge to resign.", "Mwangi Njoroge"),
    ("Opposition leader Otieno Ochieng urged President Daniel Kamau to step down.", "Daniel Kamau"),
])
def test_asking_a_leader_to_go_demands_a_change_of_leadership(pipeline, text, target):
    assert any(t == target for _, _, t in _coded(pipeline, text, "1041")), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenya's President Daniel Kamau asked Interior Minister Mwangi Njoroge to step up security.",
    "Opposition leader Otieno Ochieng urged President Daniel Kamau to step in.",
])
def test_asking_to_step_up_or_in_demands_no_leadership_change(pipeline, text):
    assert not _coded(pipeline, text, "1041"), dyads(pipeline, text)
