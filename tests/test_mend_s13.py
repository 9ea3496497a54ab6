"""Mends of session 13's review: each test fails on the code before its fix."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads

HEAD = "Tensions rise in the region\n\n"


def test_a_threat_follows_the_newer_demand_of_the_same_government(pipeline):
    """The state's own earlier demand is stale; its ministry's newer demand names the state threatened."""
    text = (HEAD + "Norway urged Russia to release the fishing crew. The crew of twelve was detained in March. "
                   "Their families held a vigil in the port. Fishermen in the north fear more arrests. "
                   "Norway's foreign ministry urged Sweden to return the seized trawler. "
                   "Oslo would take all necessary measures to protect its fishermen.")
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


def test_police_neutralising_a_gang_is_no_military_force(pipeline):
    found = dyads(pipeline, "Crackdown on the press\n\nKenyan police neutralized the gang's cell in Mombasa on Monday.")
    assert not [d for d in found if d[0] == "190"]


def test_troops_neutralising_militants_is_military_force(pipeline):
    found = dyads(pipeline, "Crackdown on the press\n\nKenyan troops neutralised five militants in Garissa on Monday.")
    assert any(code == "190" for code, _, _ in found)


def test_going_to_the_security_council_is_no_legal_action(pipeline):
    found = dyads(pipeline, "Dispute over the dam\n\nKenya said it would challenge the ruling before the Security Council.")
    assert not [d for d in found if d[0] == "115"]


def test_challenging_a_law_before_a_constitutional_council_is_legal_action(pipeline):
    found = dyads(pipeline, "Dispute over the dam\n\nThe opposition in Senegal said it would challenge the law "
                            "before the Constitutional Council.")
    assert any(code == "115" for code, _, _ in found)
