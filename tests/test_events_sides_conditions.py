"""An act a modal clause binds to a condition ("will summon the ambassador if Moscow does not reply")
has not happened; threats, conditional by nature, stay events."""
from __future__ import annotations

from event_helpers import dyads


def test_a_summons_promised_on_a_condition_is_not_an_event(pipeline):
    found = dyads(pipeline, "If Moscow does not reply, the Estonian foreign minister will summon the Russian "
                            "ambassador.")
    assert not any(code.startswith("11") for code, _, _ in found)


def test_a_meeting_held_only_if_a_ceasefire_holds_is_not_an_event(pipeline):
    found = dyads(pipeline, "The Kenyan president will meet Ethiopia's prime minister if the ceasefire holds.")
    assert not any(code.startswith("04") for code, _, _ in found)


def test_a_conditional_threat_stays_an_event(pipeline):
    found = dyads(pipeline, "If the court upholds the verdict, Germany would expel two Iranian diplomats.")
    assert any(code.startswith("13") and source == "Germany" for code, source, _ in found)
