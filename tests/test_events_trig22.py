"""Session 22 triggers: acts the engine did not see on unseen articles (a treaty initialled, a walkout
from a sitting, an objection, a suspension lifted, a border or a supply line reopened or shut,
proceedings opened, a crowd pushed back, a slap, a bloc quit, money appealed for), and acts a
speaker awaits ("will not ... until X reopens the border"), which are not told as done."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads


@pytest.mark.parametrize("text, code, source, target", [
    ("Georgia initialled a transit accord with Turkey on Friday.", "057", "GEOGOV", "TURGOV"),
    ("Indonesia objected to Malaysia's new fishing rules on Monday.", "111", "IDNGOV", "MYSGOV"),
    ("A Nigerian judge lifted the suspension of Ghana's ferry operator on Thursday.", "081", None, None),
    ("Peru reopened its border with Bolivia after a week.", "081", "PERGOV", "BOLGOV"),
    ("Romania shut the valve on the pipeline to Moldova overnight.", "162", "ROUGOV", "MDAGOV"),
    ("Moldova said Romania had reopened the valve to Moldova.", "085", "ROUGOV", "MDAGOV"),
    ("UEFA opened disciplinary proceedings against Serbia's football federation.", "090", None, None),
    ("Chilean riot police pushed the Bolivian students back from the palace.", "175", "CHLCOP", None),
    ("Zambian police slapped a Malawian reporter at the rally.", "182", "ZMBCOP", "MWIMED"),
    ("UNICEF appealed for 30 million dollars from Norway for schools.", "023", None, "NORGOV"),
])
def test_missed_act_families_are_coded(pipeline, text, code, source, target):
    found = coded_dyads(pipeline, text)
    assert any(c == code and (source is None or s == source) and (target is None or t == target)
               for c, s, t in found), found


def test_a_walkout_from_a_sitting_is_dissent(pipeline):
    found = coded_dyads(pipeline, "Opposition lawmakers in Kenya walked out of the chamber before the budget vote.")
    assert any(c == "140" for c, _, _ in found), found


def test_a_bloc_quit_reduces_relations(pipeline):
    found = coded_dyads(pipeline, "Burundi quit the African Union on Tuesday.")
    assert any(c == "160" for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Chad said the gas would not flow again until Cameroon reopened the border with Chad.",
    "Chad said its traders will stay home until Cameroon lifts its sanctions on Chad.",
])
def test_an_act_awaited_under_a_modal_or_negation_is_not_done(pipeline, text):
    found = coded_dyads(pipeline, text)
    assert not any(c.startswith("08") for c, _, _ in found), found


def test_an_act_that_ended_a_wait_is_done(pipeline):
    found = coded_dyads(pipeline, "Chad kept the border shut until Cameroon lifted its sanctions on Chad.")
    assert any(c == "085" for c, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("UNICEF was sending nine epidemiologists and two field laboratories to Malawi.", "073"),
    ("The Red Cross dispatched nurses and tents to Nepal on Sunday.", "073"),
    ("The Arab League sent a mediator to Sudan last week.", "045"),
    ("The Arab League offered to send a mediator to Sudan.", "039"),
])
def test_experts_and_mediators_sent(pipeline, text, code):
    assert any(c == code for c, _, _ in coded_dyads(pipeline, text)), coded_dyads(pipeline, text)
