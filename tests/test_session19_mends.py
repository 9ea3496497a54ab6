"""Session 19 review mends: limits of the new frames (orders out of a place, feelings voiced with an
appeal, freezes at home, standing conduct told over a span of time)."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_people_ordered_out_of_a_camp_are_not_expelled(pipeline):
    found = dyads(pipeline, "The army ordered aid workers out of the camp near Goma on Tuesday.")
    assert not [d for d in found if d[0] == "174"]


def test_concern_voiced_with_a_plea_for_help_is_no_disapproval_of_the_helper(pipeline):
    found = coded_dyads(pipeline, "Malawi said it was deeply concerned and appealed to the United Nations to send food aid.")
    assert not [d for d in found if d[0] == "110" and d[2] == "IGO"]


def test_an_attack_since_monday_told_in_a_relative_clause_is_still_news(pipeline):
    found = dyads(pipeline, "Al-Shabaab, which has attacked Kenyan troops since Monday, seized the town of Dhobley on Wednesday.")
    assert any(code.startswith("19") or code.startswith("18") for code, _, _ in found)


def test_assets_frozen_of_a_person_placed_only_by_the_story_are_a_sanction(pipeline):
    found = coded_dyads(pipeline, "The United States froze the assets of businessman Ali Hassan on Monday.")
    assert not [d for d in found if d[0] == "1711"]
