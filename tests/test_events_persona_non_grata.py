"""Declaring a diplomat persona non grata expels them (174), however the parser hangs the diplomat."""
from __future__ import annotations

from event_helpers import dyads


def test_a_diplomat_declared_persona_non_grata_is_expelled(pipeline):
    for text in ("Guatemala declared Nicaragua's ambassador persona non grata on Tuesday.",
                 "Lithuania declared two Russian diplomats persona non grata and gave them a week to leave."):
        found = dyads(pipeline, text)
        assert any(code == "174" and source and target for code, source, target in found), text
