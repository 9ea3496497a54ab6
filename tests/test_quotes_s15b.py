"""Session 15, second round: a nameless voice whose modifiers name the body the reported clause is
about ("..., a coast guard officer said", "an VTO official", "a company manager") speaks for that body."""
from __future__ import annotations

import pytest

from tests.quote_helpers import speaker_of


@pytest.mark.parametrize("text, words, body", [
    # the modifier words are words of the body's name
    ("The Valmora Coast Guard sent three patrol boats to the reef on Friday, a coast guard officer said.",
     "sent three patrol boats", "Valmora Coast Guard"),
    # the modifier is the body's initials, the body named in the sentence before
    ("Agents of the Valmora Transport Office seized the ferry in Port Elsin on Monday. The ferry had "
     "carried twice its licensed load, a VTO official said.", "twice its licensed load", "Valmora Transport Office"),
    # a kind word names the company the clause is about
    ("Brennick Copper Holdings has halted all digging at its Ostra pit, a company manager said on "
     "condition of anonymity.", "halted all digging", "Brennick Copper Holdings"),
])
def test_nameless_staff_speak_for_the_body_they_name(pipeline, text, words, body):
    record = pipeline.extract(text)
    actor = speaker_of(record, words)
    assert actor is not None and actor.name == body, (actor, [(q.text, q.speaker) for q in record.quotes])


def test_a_modifier_naming_another_body_does_not_link(pipeline):
    # the officer's modifiers name no word of the body the clause is about
    record = pipeline.extract("The Valmora Coast Guard sent three patrol boats to the reef on Friday, "
                              "a navy officer said.")
    actor = speaker_of(record, "sent three patrol boats")
    assert actor is None or actor.name != "Valmora Coast Guard"
