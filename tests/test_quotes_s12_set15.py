"""Quotes met on the set15 texts, checked on the team's own sentences: "according to what
announced the energy ministry" (translation's inverted order) has the body after the verb speak; a claim whose subject
denies anyone spoke ("No group claimed responsibility for ...") is no quote; a closing "it said"
after a body the text only describes ("The defence ministry reported ...") speaks for that body."""
from __future__ import annotations

import pytest

from actor_helpers import extract  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


def test_according_to_what_announced_the_body(extract):
    record = extract("Pipeline\n\nTORUN - Drones struck a pumping station in the north on Friday, which halted the "
                     "flow, according to what announced the Energy Ministry of Velmora.\n")
    speaker = speaker_of(record, "Drones struck a pumping station")
    assert speaker is not None and speaker.name == "Energy Ministry of Velmora"


@pytest.mark.parametrize("subject", ["No group", "Nobody"])
def test_a_claim_by_no_one_is_no_quote(extract, subject):
    record = extract(f"Blast\n\nA bomb went off near the market in Velmora on Sunday. {subject} claimed "
                     "responsibility for the bombing of the depot.\n")
    assert not any("bombing of the depot" in q.text for q in record.quotes)


def test_it_said_after_a_described_body(extract):
    record = extract("Raid\n\nZAGREB, May 2 - Croatian police searched the offices of a farmers union on Monday.\n\n"
                     "The interior ministry said the police had taken away files and computers. The farmers were kept "
                     "overnight and interviewed by investigators, it said.\n")
    speaker = speaker_of(record, "kept overnight")
    assert speaker is not None and speaker.name == "interior ministry"
