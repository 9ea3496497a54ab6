"""Unnamed advisers and aides who speak are anonymous sources of their government; negotiators named
by their country are the delegation, not a source."""
import pytest

from quote_helpers import speaker_of


@pytest.mark.parametrize("who", ["A presidential adviser", "A presidential aide",
                                 "A presidential advisor"])
def test_unnamed_adviser_speaks_for_the_government(pipeline, who):
    record = pipeline.extract(
        "Chad froze the talks on Monday. "
        f"{who}, who declined to be identified, said the delegation would not return to Doha.")
    speaker = speaker_of(record, "would not return to Doha")
    assert speaker is not None and speaker.anonymous
    assert (speaker.country, speaker.sector) == ("TCD", "GOV")


def test_negotiators_who_arrive_are_no_anonymous_source(pipeline):
    record = pipeline.extract("Chadian negotiators arrived in Doha on Sunday for a new round of talks with "
                              "the rebels.")
    assert ("TCD", "GOV") in {(a.country, a.sector) for a in record.actors}
    assert not [a.name for a in record.actors if a.anonymous]
