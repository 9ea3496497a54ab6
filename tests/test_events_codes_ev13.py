"""Codes for acts whose sides were already found but whose kind was misread: readiness for a deal
with a party is an intent to cooperate with it."""
import pytest

from event_helpers import dyads


@pytest.mark.parametrize("text, source, target", [
    ("President Ilham Aliyev, who hosted the Turkish envoy on Monday, said Azerbaijan was ready for a "
     "lasting settlement with Armenia.", "Azerbaijan", "Armenia"),
    ("The Chilean president said Chile stood ready for a new trade accord with Peru.", "Chile", "Peru"),
])
def test_ready_for_a_deal_with_a_party_is_intent_to_cooperate(pipeline, text, source, target):
    assert ("030", source, target) in dyads(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    ("The minister said Seoul wanted the tariffs lifted, a request Washington has so far refused.",
     "United States", "South Korea"),
    ("Hanoi called for joint patrols, a proposal that Beijing rejected on Friday.", "China", "Vietnam"),
    ("Manila wants the fishing ban lifted, a demand that Beijing has rejected.", "China", "Philippines"),
])
def test_rejecting_a_demand_summed_up_after_a_comma_answers_its_maker(pipeline, text, source, target):
    assert ("120", source, target) in dyads(pipeline, text)


def test_a_plain_rejection_of_a_demand_finds_no_maker(pipeline):
    assert not [d for d in dyads(pipeline, "Kenya rejected the demand on Monday.") if d[0] == "120" and d[2]]


@pytest.mark.parametrize("text, rejecter", [
    ("The minister said Seoul wanted the tariffs lifted, a request Washington has so far refused.", "United States"),
    ("Greece wants the marbles returned, a request London has long refused.", "United Kingdom"),
    ("Turkey wants the border crossing reopened, a request Damascus has so far ignored.", "Syria"),
])
def test_who_turned_a_request_down_did_not_make_it(pipeline, text, rejecter):
    found = dyads(pipeline, text)
    assert not [d for d in found if d[0].startswith(("02", "10")) and d[1] == rejecter]


@pytest.mark.parametrize("text, source", [
    ("Chad pulled out of the UN mission in Mali.", "Chad"),
    ("Kenya pulls last troops out of UN mission in Haiti", "Kenya"),
    ("Chad pulled its troops out of the UN mission in Mali on Sunday.", "Chad"),
])
def test_leaving_a_peace_mission_out_of_it_reaches_the_mission(pipeline, text, source):
    assert ("1661", source, "United Nations") in dyads(pipeline, text)
