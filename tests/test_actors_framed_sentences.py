"""A sentence that opens by setting itself in a state ("In Chile, the Senate ...") speaks of that
state's bodies, not the story's own. The sentences are the team's own."""
from __future__ import annotations

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)

STORY = ("Trade\n\nArgentina's economy minister signed the grain deal on Monday, and Argentina's exporters "
         "welcomed it. {}\n")


def test_a_body_in_a_sentence_set_in_another_state_is_that_state_s(extract):
    record = extract(STORY.format("In Chile, the Senate said it would study the text."))
    senate = named(record, "Senate")
    assert senate is not None and senate.country == "CHL"


def test_a_state_body_in_a_sentence_set_in_another_state_is_that_state_s(extract):
    record = extract(STORY.format("In Uruguay, the National Grain Council criticised the quota."))
    council = named(record, "National Grain Council")
    assert council is not None and council.country == "URY"


def test_without_the_frame_the_body_is_the_story_s(extract):
    record = extract(STORY.format("Later, the Senate said it would study the text, and Chile kept quiet."))
    senate = named(record, "Senate")
    assert senate is not None and senate.country == "ARG"
