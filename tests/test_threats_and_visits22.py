"""Session 22: a threat aimed at the doer of the condition it sets; "military action" threatened is
no actor; a visit to a city the tagger takes for a LOC (or to a place named as the target words) is a
visit to its state, unless the traveller carries someone there."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads


@pytest.mark.parametrize("text, source, target", [
    ("Caracas threatened on Monday to take military action if Guyana kept awarding oil blocks offshore.",
     "VEN", "GUY"),
    ("Tehran vowed to retaliate unless Israel stopped its air raids on Lebanon, state media reported.",
     "IRN", "ISR"),
])
def test_threat_is_aimed_at_the_subject_of_its_condition(pipeline, text, source, target):
    threats = [d for d in coded_dyads(pipeline, text) if d[0].startswith("13")]
    assert threats, text
    assert any(s and s.startswith(source) and t and t.startswith(target) for _, s, t in threats), threats


def test_military_action_threatened_is_not_an_actor(pipeline):
    record = pipeline.extract("Caracas threatened on Monday to take military action if Guyana kept "
                              "awarding oil blocks offshore.")
    assert not [a for a in record.actors if a.name.lower() == "military"]


@pytest.mark.parametrize("sentence", [
    "President Emmanuel Macron of France arrived in Algiers on Thursday for a two-day state visit.",
    "President Emmanuel Macron of France travelled to Algiers on Thursday for talks on gas supplies.",
])
def test_visit_to_a_capital_is_a_visit_to_its_state(pipeline, sentence):
    text = "Macron in North Africa\n\nPARIS, March 3 (AFP) - " + sentence
    visits = [d for d in coded_dyads(pipeline, text) if d[0] == "042"]
    assert ("042", "FRAGOV", "DZAGOV") in visits, visits


def test_carrying_someone_to_a_city_is_no_visit_to_its_state(pipeline):
    text = ("Managua expels priest\n\nMANAGUA, March 3 (AP) - Nicaragua's government stripped a priest of "
            "his citizenship and flew him to Madrid on Saturday.")
    assert not [d for d in coded_dyads(pipeline, text) if d[0] == "042" and d[2] and d[2].startswith("ESP")]
