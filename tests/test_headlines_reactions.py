"""A reaction told in a headline's later clause ("X expels reporter, Y summons envoy") is aimed at
the doer of the first clause's act when it names no one itself."""
from __future__ import annotations

import pytest

BODY = "\n\nOfficials said repairs to the site would take at least a week."


def coded(pipeline, headline):
    """(code, source code, target code) of each event of a headline followed by a plain body."""
    _, record = pipeline.analyse(headline + BODY)
    codes = {a.id: a.code for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


@pytest.mark.parametrize("headline, root, source, target", [
    ("Kenya deports Somali activist, Mogadishu summons envoy", "11", "SOMGOV", "KENGOV"),  # lost verb recovered
    ("Serbia bans Croatian newspaper; Zagreb condemns decision", "11", "HRVGOV", "SRBGOV"),
    ("Chad closes border with Sudan; Khartoum rejects the move", "12", "SDNGOV", "TCDGOV"),
    ("Venezuela expels Spanish diplomats; Madrid and Lisbon protest", "11", "PRTGOV", "VENGOV"),
])
def test_a_later_clause_reaction_is_aimed_at_the_first_doer(pipeline, headline, root, source, target):
    assert any(code.startswith(root) and (s, t) == (source, target) for code, s, t in coded(pipeline, headline))


def test_a_reaction_naming_another_party_is_not_retargeted(pipeline):
    """The raid is Ethiopia's: the condemnation is not aimed at Kenya."""
    events = coded(pipeline, "Kenya deports Somali activist, Mogadishu condemns Ethiopian raid")
    assert not any(code.startswith("11") and target == "KENGOV" for code, _, target in events)


@pytest.mark.parametrize("headline", [
    "Mogadishu condemns decision",  # one clause: nothing before it to answer
    "Army kills ten rebels in Mali, president praises troops",  # praise is no reaction against the doer
])
def test_no_target_is_made_without_a_clause_before(pipeline, headline):
    events = coded(pipeline, headline)
    assert not any(code.startswith(("11", "12")) and target is not None for code, _, target in events)
