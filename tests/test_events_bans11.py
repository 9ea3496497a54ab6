"""Bans, designations and blacklists (172 / 163), bans a court upholds, states of emergency (1724),
relations restored (054) and leaders received as guests (043)."""
from __future__ import annotations

import pytest

from event_helpers import coded as _coded, dyads


@pytest.mark.parametrize("text", [
    "Russia's Prosecutor General's Office declared the Berlin-based Centre for Civic Rights an "
    '"undesirable organisation" on Tuesday.',
    "The Kazakh Interior Ministry added the Latvian news site Meduza to its list of foreign agents.",
    "The United States designated the Houthis as a foreign terrorist organisation.",
    "Tajikistan's justice ministry put the opposition movement Group 24 on its register of banned extremist groups.",
])
def test_a_group_listed_or_declared_banned_is_banned(pipeline, text):
    assert any(source and target for _, source, target in _coded(pipeline, text, "172")), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Beijing placed 15 American defence firms on its export control list.",
    "The Commerce Department in Washington added eight Chinese companies to its trade blacklist.",
    "China's Ministry of Commerce added six American drone makers to the unreliable entity list.",
])
def test_firms_put_on_a_trade_or_entity_list_are_sanctioned(pipeline, text):
    assert any(source and target for _, source, target in _coded(pipeline, text, "163")), dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Pakistani president declared war on terrorist groups in the northwest.",
    "Nigeria's electoral commission added 300,000 names to the voter register.",
    "The Indian army listed the weapons seized from terrorist hideouts.",
    "The Kenyan minister added that talks with Uganda would continue.",
])
def test_lists_and_labels_that_ban_no_one_code_no_ban(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0] in ("172", "163")]


@pytest.mark.parametrize("text", [
    "Turkey's top court upheld the closure of the pro-Kurdish party HDP.",
    "A Russian court confirmed the ban on Meta on Tuesday.",
    "Guinea's Supreme Court validated the dissolution of the opposition party UFDG.",
])
def test_a_court_upholding_a_ban_imposes_it(pipeline, text):
    assert any(source and target for _, source, target in _coded(pipeline, text, "172")), dyads(pipeline, text)


def test_a_court_upholding_a_ruling_of_no_ban_codes_no_ban(pipeline):
    assert not _coded(pipeline, "Kenya's Supreme Court upheld the election of President William Ruto.", "172")


@pytest.mark.parametrize("text", [
    "Guatemalan authorities declared a 15-day state of siege in the border department of San Marcos.",
    "The Thai government imposed martial law in Bangkok and the southern provinces.",
    "Ecuador's government extended the state of emergency in Guayaquil for another month.",
])
def test_a_state_of_emergency_or_siege_is_coded(pipeline, text):
    from newsgraph.pipeline.events import find_events
    doc = pipeline.nlp(text)
    assert any(c.code == "1724" for c in find_events(doc)), text


def test_a_lifted_emergency_or_a_state_of_affairs_is_no_emergency(pipeline):
    from newsgraph.pipeline.events import find_events
    for text in ("Peru's president lifted the state of emergency in Lima on Friday.",
                 "The state of the Kenyan economy worried investors in Nairobi."):
        assert not [c for c in find_events(pipeline.nlp(text)) if c.code == "1724"], text


@pytest.mark.parametrize("text, pair", [
    ("Morocco and Iran announced the restoration of diplomatic relations on Tuesday.", ("Morocco", "Iran")),
    ("Qatar announced the resumption of diplomatic relations with Bahrain after a three-year rift.",
     ("Qatar", "Bahrain")),
    ("Israel and Sudan announced the normalisation of relations.", ("Israel", "Sudan")),
])
def test_relations_restored_told_as_a_noun_are_recognition(pipeline, text, pair):
    assert ("054", *pair) in dyads(pipeline, text)


def test_the_restoration_of_a_building_is_no_recognition(pipeline):
    assert not _coded(pipeline, "Egypt said the restoration of the old mosque in Cairo would take a year.", "054")


@pytest.mark.parametrize("text, host, guest", [
    ("Egyptian Foreign Minister Badr Abdelatty received his Jordanian counterpart Ayman Safadi in Cairo on Monday.",
     "Badr Abdelatty", "Ayman Safadi"),
    ("The Kenyan president was received by Indonesian President Prabowo Subianto at the palace.",
     "Prabowo Subianto", "Kenyan president"),
    ("The Saudi crown prince received the visiting Iraqi president at his palace.",
     "Saudi Arabia", "visiting Iraqi president"),
])
def test_a_leader_received_is_hosted(pipeline, text, host, guest):
    assert ("043", host, guest) in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kenyan president received a phone call from his Ugandan counterpart.",
    "The French president received an award from a Senegalese university.",
])
def test_receiving_a_thing_hosts_no_one(pipeline, text):
    assert not _coded(pipeline, text, "043")


@pytest.mark.parametrize("text, pair", [
    ("Russia banned the import of Georgian wine in 2006.", ("Russia", "Georgia")),
    ("China restricted imports of Australian coal.", ("China", "Australia")),
    ("India banned exports of rice to Bangladesh.", ("India", "Bangladesh")),
])
def test_a_ban_on_goods_is_aimed_at_the_land_they_come_from_or_go_to(pipeline, text, pair):
    assert ("163", *pair) in dyads(pipeline, text)


def test_a_ban_on_ones_own_goods_is_aimed_at_no_one_else(pipeline):
    assert not _coded(pipeline, "India banned exports of Indian rice on Friday.", "163")


def test_the_rest_of_a_mission_recalled_from_a_capital_reduces_relations(pipeline):
    assert ("161", "Guatemala", "Belize") in dyads(
        pipeline, "Guatemala recalled the rest of its embassy personnel from Belize on Monday.")


@pytest.mark.parametrize("text, pair", [
    ("Bahrain restored full diplomatic relations with Qatar on Monday.", ("Bahrain", "Qatar")),
    ("Jordan resumed diplomatic ties with Syria.", ("Jordan", "Syria")),
])
def test_relations_restored_told_by_a_verb_are_recognition_as_well(pipeline, text, pair):
    assert ("054", *pair) in dyads(pipeline, text)
