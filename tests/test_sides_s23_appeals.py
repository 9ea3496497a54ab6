"""Session 23: sides of appeals whose words name the parties only inside what they ask for."""
from __future__ import annotations

from event_helpers import dyads


def test_appeal_for_dialogue_between_two_parties_is_made_of_both(pipeline):
    found = dyads(pipeline, "The African Union called for dialogue between Kenya and Uganda on Tuesday.")
    assert ("026", "African Union", "Kenya") in found
    assert ("026", "African Union", "Uganda") in found


def test_appeal_for_talks_with_a_party_is_made_of_it(pipeline):
    found = dyads(pipeline, "Norway urged talks with Ethiopia over the disputed dam.")
    assert ("026", "Norway", "Ethiopia") in found


def test_release_asked_for_keeps_its_captive_as_target(pipeline):
    found = dyads(pipeline, "Germany called for the release of Ethiopia's detained reporters.")
    appeals = [d for d in found if d[0].startswith("02")]
    assert appeals and all(target is not None for _, _, target in appeals)


def test_appeal_from_abroad_to_no_one_named_is_made_of_the_article_state(pipeline):
    text = ("Police in Ghana fired tear gas at opposition marchers in Kumasi on Monday. "
            "The British embassy in Accra issued a statement and called for restraint.")
    assert ("020", "British embassy", "Ghana") in dyads(pipeline, text)


def test_appeal_at_home_by_the_state_itself_gets_no_target_from_abroad_rule(pipeline):
    text = ("Police in Ghana fired tear gas at opposition marchers in Kumasi on Monday. "
            "Ghana's government issued a statement and called for restraint.")
    appeals = [d for d in dyads(pipeline, text) if d[0] == "020"]
    assert appeals and not [d for d in appeals if d[2] == "Ghana"]
