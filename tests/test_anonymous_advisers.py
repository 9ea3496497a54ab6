"""Unnamed advisers and negotiators who speak are anonymous sources of their government."""
import pytest

from quote_helpers import speaker_of


@pytest.mark.parametrize("who", ["A presidential adviser", "A presidential aide",
                                 "A presidential advisor"])
def test_unnamed_adviser_speaks_for_the_government(pipeline, who):
    record = pipeline.extract(
        "Chad froze the talks on Monday. "
        f"{who}, who asked not to be named, said the delegation would not return to Doha.")
    speaker = speaker_of(record, "would not return to Doha")
    assert speaker is not None and speaker.anonymous
    assert (speaker.country, speaker.sector) == ("TCD", "GOV")
