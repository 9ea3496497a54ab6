"""Mends of session 13's review: each test fails on the code before its fix."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads, dyads

HEAD = "Tensions rise in the region\n\n"


def test_a_threat_follows_the_newer_demand_of_the_same_government(pipeline):
    """The state's own earlier demand is stale; its ministry's newer demand names the state threatened."""
    text = (HEAD + "Norway urged Russia to release the fishing crew. The crew of twelve was detained in March. "
                   "Their families held a vigil in the port. Fishermen in the north fear more arrests. "
                   "Norway's foreign ministry urged Sweden to return the seized trawler. "
                   "Oslo would take every necessary step to defend its fishermen.")
    threats = [d for d in coded_dyads(pipeline, text) if d[0].startswith("13")]
    assert threats and all(target == "SWEGOV" for _, _, target in threats)


def test_an_all_capital_outlet_before_the_photographer_credits_both(pipeline):
    text = ("Floods hit the coast\n\nRescuers searched the flooded streets of the port city on Monday.\n\n"
            "(Photo: AFP / Wanjiru Odhiambo)")
    record = pipeline.extract(text)
    codes = {a.name: a.code for a in record.actors}
    assert codes.get("Wanjiru Odhiambo", "").endswith("MED")


def test_intelligence_officers_closing_premises_are_in_the_context_of_a_closure(pipeline):
    """Only a context of armed forces leaves out law enforcement; closing premises wants officers of any kind."""
    found = dyads(pipeline, "Crackdown on the press\n\nIntelligence officers closed the offices of the "
                            "Daily Beacon newspaper in Nairobi on Monday.")
    assert any(code == "172" for code, _, _ in found)


def test_troops_neutralising_militants_is_military_force(pipeline):
    found = dyads(pipeline, "Crackdown on the press\n\nKenyan troops neutralised five militants in Garissa on Monday.")
    assert any(code == "190" for code, _, _ in found)


def test_going_to_the_security_council_is_no_legal_action(pipeline):
    found = dyads(pipeline, "Dispute over the dam\n\nKenya said it would challenge the ruling before the Security Council.")
    assert not [d for d in found if d[0] == "115"]


def test_challenging_a_law_before_a_constitutional_council_is_legal_action(pipeline):
    found = dyads(pipeline, "Dispute over the dam\n\nThe opposition in Senegal said it would challenge the new law "
                            "before the Constitutional Council.")
    assert any(code == "115" for code, _, _ in found)


def test_no_act_falls_on_the_party_a_convict_was_found_guilty_of_serving(pipeline):
    found = dyads(pipeline, "Russia sentenced a pensioner found guilty of spying for Ukraine's intelligence service.")
    assert not [d for d in found if d[2] and "intelligence" in d[2].lower()]


def test_a_capital_after_a_building_near_which_people_rally_names_no_state(pipeline):
    """No other word names Sri Lanka: the capital only says where the ministry is."""
    record = pipeline.extract("Audit\n\nCOLOMBO, May 2 - Hundreds of farmers rallied near the land ministry "
                              "in Colombo on Wednesday.")
    assert not [a for a in record.actors if a.type == "GPE"]


def test_a_bad_code_in_words_yaml_is_named_with_its_section(tmp_path):
    import yaml

    from newsgraph.errors import DictionaryError
    from newsgraph.knowledge.words import DEFAULT_FILE, load_words

    data = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    data["sides"]["ceasefire_codes"].append("9999")
    path = tmp_path / "words.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"sides\.ceasefire_codes"):
        load_words(path)


@pytest.mark.parametrize("raw", [
    {"roots": ["18"], "codes": ["9999"], "nouns": ["town"]},   # no CAMEO code
    {"roots": ["18"], "codes": ["1712"], "noun": ["town"]},    # a misspelt key
])
def test_untargeted_inhabited_places_are_validated(raw):
    from newsgraph.errors import DictionaryError
    from newsgraph.pipeline import sides

    with pytest.raises(DictionaryError, match="inhabited_places"):
        sides._inhabited_places(raw)
