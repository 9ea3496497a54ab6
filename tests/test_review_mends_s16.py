"""Bugs the session-16 review found in that session's changes, each on invented sentences with invented names."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


# B1. a past deed joined to a present reported clause stays the reported subject's; only a speech act
# goes with the teller
def test_a_past_deed_after_a_present_reported_clause_is_not_the_tellers(pipeline):
    found = dyads(pipeline, "Villagers said the gang holds the bridge and murdered two shepherds on Sunday.")
    assert [d for d in found if d[0].startswith("18") and d[1] == "Villagers"] == [], found
    assert any(d[0].startswith("18") and d[1] == "gang" for d in found), found


def test_an_accusation_after_a_present_reported_clause_is_still_the_tellers(pipeline):
    found = dyads(pipeline, "Villagers said the gang holds the bridge and accused the army of abandoning them.")
    assert ("112", "Villagers", "army") in found, found
