"""A capital that is only the seat of someone else's post ("the Dutch embassy in Nairobi", "the
refugee agency's office in Bangkok") says where the post is, not that its state acts; "the
government in Kyiv" still stands for the state, and so does the story's own state when the capital
is its only mention. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,capital", [
    ("Aid\n\nFlooding hit the north of Chile. The Dutch embassy in Nairobi said it would send tents.\n", "Nairobi"),
    ("Aid\n\nFlooding hit the north of Chile. The embassy in Canberra said it would send tents.\n", "Canberra"),
    ("Boats\n\nThe International Organization for Migration counted 300 arrivals in Italy. A spokesman for "
     "the organisation in Bangkok said boats were also leaving Myanmar.\n", "Bangkok"),
    ("Boats\n\nChile asked for help. The EU delegation in Hanoi said it had no comment.\n", "Hanoi"),
])
def test_a_capital_seating_another_s_post_is_no_actor(extract, text, capital):
    record = extract(text)
    assert named(record, capital) is None


def test_the_government_in_a_capital_is_still_its_state(extract):
    record = extract("Plan\n\nThe government in Kyiv rejected the plan on Monday, and Poland backed it.\n")
    assert named(record, "Kyiv") is not None


def test_the_story_s_own_state_named_only_by_its_capital_is_kept(extract):
    record = extract("Kathmandu protest\n\nRiot police in Kathmandu used tear gas against students. The British "
                     "embassy in Kathmandu called for calm.\n")
    assert named(record, "Kathmandu") is not None and named(record, "Kathmandu").code.startswith("NPL")


def test_the_capital_alias_goes_but_the_named_state_stays(extract):
    record = extract("Vote\n\nKenya held a vote on Sunday. The US embassy in Nairobi urged calm.\n")
    kenya = named(record, "Kenya")
    assert kenya is not None and "Nairobi" not in kenya.aliases


@pytest.mark.parametrize("text,state", [
    ("Rescue\n\nA trawler carrying 90 people sank off Tunisia on Monday, the coast guard of Italy said.\n", "Tunisia"),
    ("Cargo\n\nThe freighter was carrying grain towards Egypt when Greece stopped it.\n", "Egypt"),
    ("Sanctions\n\nThe firm moved oil between tankers off Oman, Britain said.\n", "Oman"),
])
def test_a_state_named_only_where_a_ship_lies_or_heads_is_no_actor(extract, text, state):
    assert named(extract(text), state) is None


def test_a_state_a_stance_is_taken_towards_stays_an_actor(extract):
    record = extract("Talks\n\nTurkey softened its stance towards Egypt on Monday.\n")
    assert named(record, "Egypt") is not None
