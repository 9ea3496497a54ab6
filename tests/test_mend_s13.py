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
