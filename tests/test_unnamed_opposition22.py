"""Session 22: "the opposition leader", never named, is a person of the story's opposition, as object
as well as subject; a state office named only as an object is no new person."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_arrest_of_the_unnamed_opposition_leader(pipeline):
    text = ("Crackdown in Dhaka\n\nDHAKA, June 2 (Reuters) - Bangladeshi police arrested the opposition leader "
            "at his house in Dhaka before dawn on Sunday, his party said.")
    arrests = [d for d in coded_dyads(pipeline, text) if d[0] == "173"]
    assert any(t == "BGDOPP" for _, _, t in arrests), arrests


def test_unnamed_minister_as_object_is_not_made_a_person(pipeline):
    record = pipeline.extract("Leaked tape\n\nACCRA, June 2 (Reuters) - The tape was edited to embarrass the "
                              "minister, a spokesman for the ruling party said on Sunday.")
    assert not [a for a in record.actors if a.name.lower() == "minister"]
