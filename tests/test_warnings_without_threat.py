"""A warning threatens (130) only when what it warns of is someone's act: a thing that may happen
("prices could rise") or a state of things ("soldiers have no training") is no threat."""
import pytest

from event_helpers import coded


@pytest.mark.parametrize("sentence", [
    "The central bank of Ruvania warned on Monday that inflation could climb above twelve percent by June.",
    "Health officials in Lusaka warned that the measles epidemic could reach the northern districts.",
    "Ghana's farmers' federation warned that maize prices would soar after the dry spell.",
    "The Kenyan teachers' union warned that schools remain without textbooks in three counties.",
])
def test_a_warning_of_what_befalls_is_no_threat(pipeline, sentence):
    assert coded(pipeline, f"Warning\n\n{sentence}", "130") == []


@pytest.mark.parametrize("sentence, source", [
    ("Ghana's farmers' federation warned that its members would block the highways next week.",
     "Ghana"),
    ("Iran's foreign minister warned that the response would come at a time of Tehran's choosing.", "Iran"),
    ("The Russian defence ministry warned that the consequences would be severe for Lithuania.", "Russia"),
    ("Tanzania's police chief warned that looters would be arrested on sight.", "Tanzania"),
])
def test_a_warning_of_someones_act_stays_a_threat(pipeline, sentence, source):
    threats = [d for d in coded(pipeline, f"Warning\n\n{sentence}", "130") + coded(pipeline, f"Warning\n\n{sentence}", "138")]
    assert threats and any(source.lower() in (d[1] or "").lower() for d in threats), threats
