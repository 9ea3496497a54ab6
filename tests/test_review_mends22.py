"""Session 22 review mends: "them" after a clause with a plural object stays unresolved by the subject
rule; "did not ... until" tells the awaited act as done; a passive condition's doer is its agent."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_them_after_a_clause_with_a_plural_object_is_not_its_subject(pipeline):
    found = dyads(pipeline, "Militiamen seized forty farmers near the river, and army officers later freed them.")
    assert not [d for d in found if d[0].startswith("084") and d[2] == "Militiamen"], found


def test_an_act_that_ended_a_past_wait_is_done(pipeline):
    found = coded_dyads(pipeline, "Air links to Accra did not resume until Nigeria lifted its ban on Ghanaian "
                                  "carriers in March.")
    assert any(code.startswith("08") and source == "NGAGOV" for code, source, _ in found), found


def test_passive_condition_aims_the_threat_at_its_agent_not_the_victims(pipeline):
    found = coded_dyads(pipeline, "Nairobi warned it would respond if Kenyan diplomats were harassed again by "
                                  "Somali police.")
    threats = [d for d in found if d[0].startswith("13")]
    assert threats and all(t is None or t.startswith("SOM") for _, _, t in threats), threats


def test_military_experts_sent_are_no_humanitarian_aid(pipeline):
    found = coded_dyads(pipeline, "Moscow sent a team of military experts to Damascus to train the Syrian army.")
    assert not [d for d in found if d[0] == "073"], found
