"""A label given to another's act is the namer's judgement, never an act of its own (session 12).

"called the raid an act of war", "described the shelling as an attack", 'considered the vote "an
ambush"': the violent noun in the label position names what the speaker takes the act for. It is
not coded as force; a label of threat or force makes the naming a disapproval (111).
"""
from __future__ import annotations

import pytest

from event_helpers import dyads

HEAD = "Dispute deepens in the region\n\n"


def _codes(pipeline, sentence: str) -> list[str]:
    return [code for code, _, _ in dyads(pipeline, HEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "Russia called the Ukrainian raid on Belgorod an act of war.",
    "Ukraine described the Russian shelling of Kharkiv as an attack on civilians.",
    "France described the Malian decision as an assault on its citizens.",
])
def test_a_violent_label_is_disapproval_not_force(pipeline, sentence):
    codes = _codes(pipeline, sentence)
    assert "111" in codes
    assert not any(code[:2] in ("18", "19", "20") for code in codes)


def test_a_quoted_label_of_threat_is_disapproval_of_the_doer(pipeline):
    found = dyads(pipeline, HEAD + 'Lithuania called the Belarusian drills "a grave threat to our citizens".')
    assert ("111", "Lithuania", "Belarus") in found
    assert not any(code.startswith("13") for code, _, _ in found)


def test_the_label_is_not_an_act_told(pipeline):
    # the attack is what Venezuela calls the arrest; no one attacked anyone
    found = dyads(pipeline, HEAD + "Venezuela called the arrest of its envoy by Guyana an attack on its sovereignty.")
    assert ("111", "Venezuela", "Guyana") in found
    assert not any(code.startswith("19") for code, _, _ in found)


def test_an_act_placed_in_a_real_campaign_keeps_its_code(pipeline):
    # "as part of a crackdown" is no label: the crackdown is told as done
    codes = _codes(pipeline, "Amnesty International condemned the arrests as part of a crackdown by Egypt on journalists.")
    assert "111" in codes


def test_a_real_attack_is_still_coded(pipeline):
    codes = _codes(pipeline, "Russian forces launched an attack on the Ukrainian city of Sumy on Monday.")
    assert any(code.startswith("19") for code in codes)
