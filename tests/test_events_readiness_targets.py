"""Readiness to talk: the target of "ready / willing / prepared to <act> ... with X" is read from
the complement act's with-phrase, and no event comes of readiness for no coded act."""
from __future__ import annotations

import pytest

from event_helpers import dyads


@pytest.mark.parametrize("text, source, target", [
    ("Serbia was ready to resume talks with Kosovo, the minister said.", "Serbia", "Kosovo"),
    ("Uganda said on Monday that it stood prepared to hold negotiations with Rwanda.", "Uganda", "Rwanda"),
    ("Athens is ready to restart the negotiations with Ankara, the spokesman said.", "Greece", "Turkey"),
    ("Uganda is willing to resume talks with Rwanda.", "Uganda", "Rwanda"),
])
def test_readiness_for_talks_takes_the_complements_partner(pipeline, text, source, target):
    assert ("036", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Serbia was ready to resume talks.",  # no partner named: no side to code
    "Uganda was prepared to leave.",  # no coded act in the complement
    "Mexico was ready to build a new stadium with Canada.",
])
def test_readiness_without_a_coded_act_or_partner_gives_no_event(pipeline, text):
    assert dyads(pipeline, text) == []


def test_mediation_offer_between_two_sides_is_unchanged(pipeline):
    found = dyads(pipeline, "Ghana said it was prepared to host the talks between Mali and Niger.")
    assert ("039", "Ghana", "Mali") in found and ("039", "Ghana", "Niger") in found


@pytest.mark.parametrize("text, source, target", [
    ("Serbia offered to resume talks with Kosovo.", "Serbia", "Kosovo"),
    ("Peru pledged to reopen negotiations with Chile.", "Peru", "Chile"),
    ("The rebels vowed to hold talks with the government.", "rebels", "government"),
])
def test_promised_talks_take_the_complements_partner(pipeline, text, source, target):
    assert ("036", source, target) in dyads(pipeline, text)


def test_promise_of_no_coded_act_gives_no_event(pipeline):
    assert dyads(pipeline, "Peru pledged to leave with Chile.") == []
