"""A reaction told in a headline's later clause ("X expels reporter, Y summons envoy") is aimed at
the doer of the first clause's act when it names no one itself."""
from __future__ import annotations

import pytest

from newsgraph.knowledge.cameo import get_patterns
from newsgraph.pipeline.headlines import _verb_slots

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


@pytest.mark.parametrize("headline, event", [
    ("Mali junta expels French ambassador, Paris recalls envoy", ("161", "FRAGOV", "MLIGOV")),
    ("Algeria bans French broadcaster, Paris cuts aid", ("162", "FRAGOV", "DZAGOV")),
])
def test_cutting_ties_in_answer_is_aimed_at_the_first_doer(pipeline, headline, event):
    assert event in coded(pipeline, headline)


def test_police_take_a_plural_verb(pipeline):
    patterns = get_patterns()
    for text, lemma in [("Haitian police arrest gang leader", "arrest"),
                        ("Ugandan police detain opposition leader", "detain")]:
        slots = _verb_slots(pipeline.nlp(text), patterns, frozenset())
        assert [s.lemma for s in slots] == [lemma], text
    assert not _verb_slots(pipeline.nlp("Police chief arrest warrant issued"), patterns, frozenset())


@pytest.mark.parametrize("headline, event", [
    ("Israel strikes Gaza school .. and Hamas: a heinous crime", ("111", "PSEREB", "ISRGOV")),
    ("Houthis seize a ship in the Red Sea .. and Washington: an act of piracy", ("111", "USAGOV", "YEMREB")),
    ("Ethiopia builds a new dam on the Nile .. and Cairo: a provocation", ("111", "EGYGOV", "ETHGOV")),
])
def test_a_party_s_labelled_verdict_denounces_the_first_doer(pipeline, headline, event):
    assert event in coded(pipeline, headline)


@pytest.mark.parametrize("headline", [
    "Ethiopia builds a new dam on the Nile .. and Cairo: a step towards dialogue",  # no word of blame
    "Sudan: a shameful act",  # a dateline label: no act before it
])
def test_no_verdict_without_blame_or_an_act_before(pipeline, headline):
    assert not any(code == "111" for code, _, _ in coded(pipeline, headline))


def test_a_reaction_aimed_at_a_thing_that_is_no_act_keeps_it(pipeline):
    """"the country" is the state the bloc suspends, not the soldiers of the first clause."""
    events = coded(pipeline, "Guinea: soldiers seize power in Conakry, ECOWAS suspends the country")
    assert ("160", "IGO", "GINGOV") in events
    assert not any(code.startswith("16") and target == "GINMIL" for code, _, target in events)
