"""An acronym two outlets share ("APS": Algeria's and Senegal's press agencies; "ABC": an American
and an Australian broadcaster) names the one whose state the story names, in a dateline, a caption's
credit or the body; when the story names both states or neither, the acronym names no entry.
The stories are invented."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from newsgraph.knowledge.dictionary import get_dictionary


@pytest.mark.parametrize("text,acronym,expected", [
    ("Fishing\n\nDAKAR, 3 May (APS) - Senegal's fisheries ministry closed two landing sites on Monday "
     "after a cholera case, an official said.\n", "APS", ("SEN", "MED")),
    ("Gas\n\nALGIERS, 3 May (APS) - Algeria's energy ministry signed a gas deal with an Italian firm on "
     "Monday, the ministry said.\n", "APS", ("DZA", "MED")),
    ("Policing\n\nSUVA, May 3 (ABC) - Fiji agreed a training plan for its police with Australia on "
     "Monday, Fiji's interior minister said.\n", "ABC", ("AUS", "MED")),
    ("Burkina court\n\nThe junta in Burkina Faso rejected the ruling in a statement read on the state "
     "broadcaster RTB on Tuesday.\n", "RTB", ("BFA", "MED")),
])
def test_a_shared_acronym_names_the_outlet_of_the_state_the_story_names(extract, text, acronym, expected):
    assert code(named(extract(text), acronym)) == expected


def test_a_caption_credit_with_a_shared_acronym_keeps_its_photographer(extract):
    text = ("Boats\n\nDAKAR, 3 May (APS) - Senegal's navy towed two canoes back to port on Monday.\n\n"
            "Fishermen pull a canoe onto the beach in Mbour. (APS / Awa Ndiaye Faye)\n")
    record = extract(text)
    photographer = named(record, "Awa Ndiaye Faye")
    assert photographer is not None and photographer.type == "PERSON" and code(photographer) == ("SEN", "MED")


def test_the_dictionary_tells_a_shared_acronym_by_the_states_named():
    actors = get_dictionary()
    assert actors.match("APS") is None  # two agencies share it
    assert actors.match_in_countries("APS", frozenset({"SEN", "FRA"})).entry.country == "SEN"
    assert actors.match_in_countries("APS", frozenset({"SEN", "DZA"})) is None
    assert actors.match_in_countries("APS", frozenset({"FRA"})) is None
    assert actors.match_in_countries("Aps", frozenset({"SEN"})) is None  # an acronym only in capitals
