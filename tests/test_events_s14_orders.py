"""An order or an appeal coded by the act it orders or asks for (session 14, orders)."""
from __future__ import annotations

from tests.event_helpers import coded, dyads


def test_ordering_a_seizure_is_the_seizure(pipeline):
    text = "The Supreme Court of Ruritania on Monday ordered the seizure of a farm owned by the opposition leader Tomas Varkel."
    assert [d[0] for d in dyads(pipeline, text)] == ["171"]
    assert coded(pipeline, text, "171")[0][2] == "Tomas Varkel"


def test_ordering_a_release_is_the_release(pipeline):
    text = "The Supreme Court of Ruritania ordered the release of the opposition leader Tomas Varkel."
    assert [d[1:] for d in coded(pipeline, text, "0841")] == [("Supreme Court of Ruritania", "Tomas Varkel")]
    assert not coded(pipeline, text, "100")


def test_ordering_someone_released_is_the_release(pipeline):
    text = "Judge Ilse Marrow ordered the opposition leader Tomas Varkel released from custody on bail."
    assert [d[1:] for d in coded(pipeline, text, "0841")] == [("Ilse Marrow", "Tomas Varkel")]
    assert not coded(pipeline, text, "100")


def test_appeal_to_return_to_the_table_is_an_appeal_for_talks(pipeline):
    text = "Kenya's president called on the rebels to return to the negotiating table."
    assert [d[0] for d in dyads(pipeline, text)] == ["026"]


def test_appeal_to_return_to_talks_is_an_appeal_for_talks(pipeline):
    text = "The African Union urged Ethiopia to return to talks with Egypt."
    assert "026" in [d[0] for d in dyads(pipeline, text)]
    assert not coded(pipeline, text, "020")


def test_appeal_naming_no_such_act_keeps_the_plain_code(pipeline):
    text = "Kenya's president called on the rebels to respect the law."
    assert [d[0] for d in dyads(pipeline, text)] == ["020"]


def test_sides_returning_to_the_table_negotiate(pipeline):
    text = "Ethiopia returned to the negotiating table with Egypt on Tuesday."
    assert "046" in [d[0] for d in dyads(pipeline, text)]
