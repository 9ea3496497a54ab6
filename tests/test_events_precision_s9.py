"""False events that recurred across held-out sets (event precision), one class per block.

Each class has sentences of its own wording that must no longer code the act, and counter-cases
of the same shape that tell a true event and must keep it.
"""
from __future__ import annotations

import pytest

from event_helpers import dyads


# --- a passive participle or passive relative clause with no doer and no time describes someone ---

@pytest.mark.parametrize("text, root", [
    ("Officials reviewed the trade deals signed with Ankara.", "05"),
    ("The bishop spoke for the refugees, who are barred from public schools.", "17"),
    ("The envoy raised the case of three reporters detained after the unrest.", "17"),
])
def test_an_undated_label_participle_is_not_an_act(pipeline, text, root):
    assert not [d for d in dyads(pipeline, text) if d[0].startswith(root)]


@pytest.mark.parametrize("text, root", [
    ("Police detained three reporters in Minsk on Monday.", "17"),
    ("Three reporters were detained in Minsk on Monday.", "17"),
    ("Kenyan police freed a reporter who was detained in Nairobi on Monday.", "17"),
    ("The envoy raised the case of three reporters detained after last month's unrest.", "17"),
    ("The 31 prisoners released by Belarus arrived in Vilnius.", "08"),
    ("Among the Ukrainians freed were two pilots.", "08"),
])
def test_a_dated_or_done_participle_act_is_still_coded(pipeline, text, root):
    assert [d for d in dyads(pipeline, text) if d[0].startswith(root)]


# --- an appeal, thanks or promise addressed to the public at large names no party ---

@pytest.mark.parametrize("text", [
    "The president thanked voters for a peaceful election.",
    "The opposition called on voters to stay home on Sunday.",
    "The governor urged residents to report suspicious parcels.",
    "The mayor asked citizens to save water.",
])
def test_an_appeal_to_the_public_at_large_is_not_an_event(pipeline, text):
    assert not [d for d in dyads(pipeline, text) if d[0][:2] in ("02", "03", "04", "05")]


@pytest.mark.parametrize("text, root", [
    ("The president thanked Japan for its help.", "05"),
    ("The opposition called on the army to stay neutral.", "02"),
    ("Israel urged the residents of Gaza City to leave, the army said.", "02"),
])
def test_an_appeal_to_a_named_party_or_placed_people_is_still_coded(pipeline, text, root):
    assert [d for d in dyads(pipeline, text) if d[0].startswith(root)]
