"""Events that English news tells without an act between two parties (session 13, set17 as examples).

- An order down one state's chain of command ("the president ordered the army to double
  its patrols") demands nothing of another party: no 100 event between the president and the army.
  An order to another state or to a party outside the state stays a demand.
- A government that pressed another state goes on pressing it when it says, in the next sentence
  and through another voice of the same government, that it will "take every necessary step": the
  threat is aimed at the state it pressed.
- Doers named as no one ("no rebel group attacked it", "nobody attacked the convoy") do nothing.
- Taking a ruling or a law to court ("would file a petition with the Supreme Court", "would
  challenge the ruling in the High Court") is a legal action (115).
"""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads, dyads

HEAD = "Tensions rise in the region\n\n"


@pytest.mark.parametrize("sentence", [
    "Kenyan President William Kimani ordered the army to double its patrols along the northern border.",
    "Ghana's interior minister Kofi Ansah ordered the police to reopen the road to the market.",
])
def test_an_order_within_one_state_is_no_demand(pipeline, sentence):
    assert not [d for d in coded_dyads(pipeline, HEAD + sentence) if d[0] == "100"]


def test_an_order_to_another_state_is_still_a_demand(pipeline):
    found = coded_dyads(pipeline, HEAD + "The International Court of Justice ordered Venezuela to refrain "
                                         "from any action that would change the situation on the border.")
    assert any(code.startswith("10") and target and target.startswith("VEN") for code, _, target in found)


def test_a_threat_after_pressing_is_aimed_at_the_state_pressed(pipeline):
    text = (HEAD + "Norway's foreign ministry urged Russia to release the fishing crew at once. "
                   "A ministry spokeswoman said Oslo would take every necessary step to defend its citizens.")
    found = [d for d in dyads(pipeline, text) if d[0].startswith("13")]
    assert found and all(target == "Russia" for _, _, target in found)


@pytest.mark.parametrize("sentence", [
    "None of the rebel groups attacked the United Nations convoy near the Ugandan border, officials said.",
    "No rebel group attacked the United Nations convoy near the Ugandan border, officials said.",
    "Nobody attacked the United Nations convoy near the Ugandan border, officials said.",
])
def test_doers_named_as_no_one_do_nothing(pipeline, sentence):
    assert not [d for d in dyads(pipeline, HEAD + sentence) if d[0][:2] in ("05", "18", "19")]


def test_an_act_with_a_named_doer_is_still_told(pipeline):
    found = dyads(pipeline, HEAD + "Uganda attacked the United Nations convoy near the border, officials said.")
    assert any(code[:2] in ("18", "19") for code, _, _ in found)


def test_filing_a_challenge_with_a_court_is_legal_action(pipeline):
    found = dyads(pipeline, HEAD + "Kenya's opposition party said it would file a petition with the Supreme Court of Kenya.")
    assert any(code == "115" and target == "Supreme Court" for code, _, target in found)


def test_challenging_a_ruling_in_court_is_legal_action(pipeline):
    found = dyads(pipeline, HEAD + "Zambia's Anti-Corruption Commission said it would challenge the ruling in the High Court.")
    assert any(code == "115" for code, _, _ in found)
