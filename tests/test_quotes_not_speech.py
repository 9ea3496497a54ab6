"""Cue verbs used for something other than reporting words (an object declared to be something, a
deed claimed by its author: no quote), and one content clause the parser splits in two (one quote)."""
from __future__ import annotations

import pytest


def _quote_texts(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize("text", [
    "The electoral board declared the municipal vote in the northern district void after a recount.",
    "Tirana declares Serbian consul persona non grata; Belgrade expels Albanian envoy",
    "The cabinet has declared the three border provinces a closed military zone until further notice.",
])
def test_declaring_an_object_to_be_something_is_not_a_quote(pipeline, text):
    assert _quote_texts(pipeline, text) == []


def test_a_declared_that_clause_is_still_reported(pipeline):
    texts = _quote_texts(pipeline, "The interior minister declared that the border crossings would reopen on Monday.")
    assert texts == ["the border crossings would reopen on Monday"]


@pytest.mark.parametrize("text", [
    "The province has seen about twenty ambushes since January, most of them claimed by an Islamic State branch.",
    "Bombs have struck the capital three times this year, all claimed by a separatist faction in the hills.",
    "Rockets hit two army bases over the weekend, one of the strikes claimed by a little-known militia.",
])
def test_an_attack_claimed_by_a_group_is_not_a_report(pipeline, text):
    assert _quote_texts(pipeline, text) == []


def test_a_trailing_claim_with_a_speaker_is_still_reported(pipeline):
    texts = _quote_texts(pipeline, "The rebels shot down a government helicopter near the lake, the group claimed.")
    assert texts == ["The rebels shot down a government helicopter near the lake"]


@pytest.mark.parametrize("text, content", [
    ("The energy minister told the parliament that flows at the Tarbela reservoir had dropped by a third in ten days.",
     "flows at the Tarbela reservoir had dropped by a third in ten days"),
    ("The senator told the chamber that imports through the northern ports had risen sharply in March.",
     "imports through the northern ports had risen sharply in March"),
    ("Ms Okafor told the committee that shipments through the port had doubled since the spring.",
     "shipments through the port had doubled since the spring"),
])
def test_a_clause_split_by_the_parser_is_one_report(pipeline, text, content):
    assert [q for q in _quote_texts(pipeline, text) if content in q] == [content]


@pytest.mark.parametrize("text, content", [
    ("The officer, who introduced himself as Major Ahmed Said Warsame, affirmed that the army had taken control of "
     "the airport.", "the army had taken control of the airport"),
    ("Colonel Khaled Said Omar announced that the curfew would end on Friday.", "the curfew would end on Friday"),
    ("The spokesman, Mohamed Said Farah, said the troops would stay in the town.", "the troops would stay in the town"),
])
def test_said_inside_a_persons_name_is_no_cue(pipeline, text, content):
    assert _quote_texts(pipeline, text) == [content]


# a caller's "demanded that ..." is a reported call, an indirect quote (tests/test_quotes_s14_calls.py);
# a crowd's is no one's quote
@pytest.mark.parametrize("text", [
    "Several lawmakers demanded that the envoy be expelled from the country.",
])
def test_a_crowds_demand_that_clause_is_not_a_quote(pipeline, text):
    assert _quote_texts(pipeline, text) == []


def test_a_quoted_demand_is_still_a_partial_quote(pipeline):
    texts = _quote_texts(pipeline, 'The minister Ana Ruiz demanded "an immediate explanation" from the embassy.')
    assert texts == ["an immediate explanation"]
