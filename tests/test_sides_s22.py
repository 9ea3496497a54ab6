"""Sides of coded events (session 22): objects the parser hung on the verb, people counted anew."""
from __future__ import annotations

from event_helpers import dyads


def test_two_men_counted_without_a_determiner_are_new_people_not_the_pair_before(pipeline):
    text = ("Customs officials from Portugal met agents of the Brazilian federal police in Lisbon on Friday "
            "to discuss cocaine shipments.\n\n"
            "Police raided a warehouse near the harbour the next morning. Two men were arrested.")
    arrests = [(src, tgt) for code, src, tgt in dyads(pipeline, text) if code.startswith("17")]
    assert arrests
    assert all(tgt is not None and "men" in tgt for _src, tgt in arrests), arrests
