"""Which coded acts become record events, and with which actors on each side."""
from __future__ import annotations

import pytest

from newsgraph.core import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def dyads(pipeline, text):
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def test_plain_act_keeps_both_sides(pipeline):
    assert ("190", "Iran", "Canadian embassy") in dyads(pipeline, "Iran attacked the Canadian embassy.")


def test_negated_act_is_left_out(pipeline):
    assert not [d for d in dyads(pipeline, "Iran did not attack the embassy of Canada.") if d[0].startswith("19")]


def test_hypothetical_act_is_left_out(pipeline):
    found = dyads(pipeline, "Iran could attack the Canadian embassy if the talks fail.")
    assert not [d for d in found if d[0].startswith("19")]


def test_act_with_no_actor_is_left_out(pipeline):
    assert dyads(pipeline, "The attack killed two people.") == []


def test_joint_subject_becomes_a_dyad_both_ways(pipeline):
    found = dyads(pipeline, "Iran and Iraq agreed to expand their cooperation on Monday.")
    assert ("030", "Iran", "Iraq") in found and ("030", "Iraq", "Iran") in found


def test_joint_subject_of_symmetric_act_is_one_event(pipeline):
    found = [d for d in dyads(pipeline, "Turkey and Iran held talks in Ankara on Monday.") if d[0] == "040"]
    assert found == [("040", "Turkey", "Iran")]


def test_the_two_sides_are_the_last_pair(pipeline):
    text = "Turkey and Iran held talks in Ankara on Monday. The two sides signed an agreement on trade."
    assert ("057", "Turkey", "Iran") in dyads(pipeline, text)


def test_act_aimed_at_an_act_targets_its_doer(pipeline):
    text = "Germany arrested three Russian diplomats on Tuesday. France condemned the arrest."
    found = dyads(pipeline, text)
    assert any(code.startswith("11") and src == "France" and tgt == "Germany" for code, src, tgt in found)


def test_repeated_reports_fold_into_one_event(pipeline):
    record = pipeline.extract("Germany arrested three Russian diplomats on Tuesday. The arrest angered Moscow.")
    arrests = [e for e in record.events if e.root == "17"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2
