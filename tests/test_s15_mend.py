"""Bugs the session-15 review found in its own changes, each on invented sentences with invented names."""
from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import coded_dyads
from newsgraph.knowledge.dictionary import get_dictionary
from newsgraph.pipeline.actors import _BARE_SHARED_DEMONYM


# A1. A Somaliland president holds no office of Somalia's own president
def test_somalias_president_is_not_somalilands():
    dictionary = get_dictionary()
    assert dictionary.office_holder("SOM", "president", dt.date(2025, 3, 1)).id == "hassan-sheikh-mohamud"
    assert dictionary.office_holder("SOM", "president", dt.date(2019, 6, 1)).id == "mohamed-abdullahi-farmaajo"


# A2. "the resolution" reacted to is the one its issuer adopted, not one another state merely welcomed
def test_a_resolution_welcomed_before_is_not_authored_by_the_welcomer(pipeline):
    found = coded_dyads(pipeline, "Brazil welcomed the resolution on Haiti. Mexico rejected the resolution.")
    assert ("120", "MEXGOV", "BRAGOV") not in found, found


def test_a_resolution_is_authored_by_the_body_that_adopted_it_not_one_that_vetoed_it(pipeline):
    found = coded_dyads(pipeline, "The Security Council adopted a resolution on Haiti on Monday. Russia vetoed "
                                  "the resolution. China criticized the resolution.")
    assert ("111", "CHNGOV", "IGO") in found, found
    assert ("111", "CHNGOV", "RUSGOV") not in found, found


# A5. Forces ordered by no one named take the order from their own state only when they are the story state's
def test_foreign_forces_ordered_by_no_one_named_are_not_the_storys_own(pipeline):
    text = ("Border\n\nNAIROBI - Kenya closed its border on Monday. Ugandan police were ordered to disperse "
            "the crowds at the border post.\n")
    assert [d for d in coded_dyads(pipeline, text) if d[0] == "100"] == [("100", None, "UGACOP")]
    own = "Border\n\nNAIROBI - Kenya closed its border on Monday. Police were ordered to disperse the crowds.\n"
    assert [d for d in coded_dyads(pipeline, own) if d[0] == "100"] == []


# A3. An inquiry ordered by someone is that one's inquiry, not an order to no one; an inquiry of
# someone who is to act stays theirs
def test_an_inquiry_ordered_by_a_president_is_his_inquiry(pipeline):
    text = "An inquiry ordered by President Tomas Okello into the ferry fire began on Monday."
    assert [d[:2] for d in coded_dyads(pipeline, text)] == [("090", "GOV")]


def test_an_inquiry_the_police_are_ordered_to_open_is_theirs_alone(pipeline):
    text = "The Kenyan interior minister ordered the police to open an investigation into the ferry fire."
    assert [d for d in coded_dyads(pipeline, text) if d[0] == "090"] == [("090", "KENCOP", None)]


# A6. "S. Korean", "N.Korean", "South-Korean", "north Korean" name one Korea; "KOREAN" alone names neither
@pytest.mark.parametrize("text,bare", [
    ("S. Korean troops", False), ("N.Korean envoy", False), ("South-Korean firms", False),
    ("north Korean media", False), ("KOREAN TROOPS", True), ("the Korean army", True),
    ("after the talks. Korean officials", True),
])
def test_a_bare_shared_demonym_is_one_without_its_states_word(text, bare):
    assert (_BARE_SHARED_DEMONYM.search(text) is not None) == bare


# C2. "Civil Guard" is a generic name many states' forces bear: a weak alias of Spain's Guardia Civil
def test_civil_guard_alone_is_a_weak_name_of_spains_guardia_civil():
    match = get_dictionary().match("Civil Guard")
    assert match is not None and match.entry.id == "guardia-civil" and match.how == "weak"


# C3. "Assets" are often military: moving one's air assets is no return of property
def test_an_army_returning_its_air_assets_returns_no_property(pipeline):
    found = coded_dyads(pipeline, "The Ugandan army returned its air assets to Kenya on Monday.")
    assert not [d for d in found if d[0] == "0842"], found


# C1. Arindam Bagchi spoke for India's foreign ministry from March 2021 (after Anurag Srivastava)
def test_indias_foreign_ministry_spokesperson_in_2020_was_not_bagchi():
    dictionary = get_dictionary()
    held = dictionary.office_holder("IND", "spokesperson", dt.date(2020, 10, 1))
    assert held is None or held.id != "arindam-bagchi"
    assert dictionary.office_holder("IND", "spokesperson", dt.date(2022, 6, 1)).id == "arindam-bagchi"
