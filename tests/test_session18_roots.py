"""Session 18: which act a sentence codes, and at whom, when it judges or charges another party
over an act told beside it."""
from __future__ import annotations

from tests.event_helpers import coded_dyads


def _with(pipeline, text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    return [d for d in coded_dyads(pipeline, text) if d[0] == code]


def test_accusing_participle_takes_up_what_the_first_of_two_joined_verbs_acted_on(pipeline):
    # "the vessel" is the trawler seized, not the crew detained in the verb joined to it
    text = ("Kenya seizes trawler\n\nMOMBASA, March 2, 2025 — The Kenyan navy seized a Tanzanian fishing "
            "trawler and detained its crew, accusing the vessel of fishing illegally.\n")
    assert ("112", "KENMIL", "TZAGOV") in coded_dyads(pipeline, text)


def test_accusing_participle_after_a_reported_measure(pipeline):
    text = ("Tanzania halts power sales\n\nDODOMA, March 2, 2025 — Tanzania's government said on Friday it "
            "had halted electricity sales to Malawi, accusing its neighbour of failing to pay its debts.\n")
    assert ("112", "TZAGOV", "MWIGOV") in coded_dyads(pipeline, text)


def test_accusing_participle_with_a_name_it_cannot_read_is_not_aimed_by_the_main_act(pipeline):
    # the charge names its own target: a name the actor stage cannot read is not replaced
    text = ("Kenya expels envoy\n\nNAIROBI, March 2, 2025 — Kenya expelled Uganda's ambassador on Monday, "
            "accusing Zorblax of spying.\n")
    assert ("112", "KENGOV", "UGAGOV") not in coded_dyads(pipeline, text)


def test_noting_a_decision_with_concern_disapproves_of_its_maker(pipeline):
    text = ("Tanzania reacts to border closure\n\nDODOMA, March 2, 2025 — Tanzania's foreign ministry noted "
            "with concern the decision of Kenya to shut the frontier.\n")
    assert ("110", "TZAGOV", "KENGOV") in coded_dyads(pipeline, text)
