"""Reciprocal and distributive sides: acts aimed at "each other" go both ways; "both sides" never
holds the act's other side; a mediation's two parties are "the two governments" told of next; an
offer told by a second coordinated verb goes to those the first verb was aimed at."""
from __future__ import annotations

import pytest

from event_helpers import dyads


def _pairs(found, root: str) -> set:
    return {(source, target) for code, source, target in found if code.startswith(root)}


# -- "each other", "one another" ----------------------------------------------------------------

@pytest.mark.parametrize("text, one, other, root", [
    ("Peru and Chile accused each other of breaking the fishing accord.", "Peru", "Chile", "11"),
    ("Egypt and Ethiopia criticized one another over the dam.", "Egypt", "Ethiopia", "11"),
    ("Venezuela and Guyana threatened each other with force.", "Venezuela", "Guyana", "13"),
])
def test_an_act_aimed_at_each_other_or_one_another_goes_both_ways(pipeline, text, one, other, root):
    assert {(one, other), (other, one)} <= _pairs(dyads(pipeline, text), root)


def test_the_act_each_is_blamed_for_is_done_by_the_other(pipeline):
    found = dyads(pipeline, "India and Pakistan blamed each other for the shelling.")
    assert _pairs(found, "19") == {("India", "Pakistan"), ("Pakistan", "India")}


def test_meeting_each_other_stays_one_meeting(pipeline):
    found = dyads(pipeline, "Ethiopia and Eritrea met each other in Asmara.")
    assert len(_pairs(found, "04")) == 1


def test_criticism_of_a_thing_named_is_no_criticism_of_each_other(pipeline):
    found = dyads(pipeline, "Germany and France criticized the ruling.")
    assert not [d for d in found if {d[1], d[2]} == {"Germany", "France"}]


# -- "both sides" is never a pair holding the act's other side ----------------------------------

def test_both_sides_urged_after_a_phone_call_are_the_warring_pair(pipeline):
    found = dyads(pipeline, "Sudan and Chad exchanged fire along the border on Monday. Prime Minister Tesfaye Gebru "
                            "spoke by telephone with Kenyan President Daniel Kamau. Kamau urged both sides to "
                            "show some restraint.")
    assert _pairs(found, "02") == {("Daniel Kamau", "Sudan"), ("Daniel Kamau", "Chad")}


def test_both_sides_urged_after_a_meeting_are_the_feuding_pair(pipeline):
    found = dyads(pipeline, "Venezuela and Guyana traded threats over the Essequibo. Brazilian President Rafael "
                            "Monteiro met French President Julien Marchand in Brasilia. Monteiro urged both sides to "
                            "show some restraint.")
    targets = {target for _, target in _pairs(found, "02")}
    assert targets == {"Venezuela", "Guyana"}


def test_both_countries_called_on_after_a_meeting_are_the_fighting_states(pipeline):
    found = dyads(pipeline, "Clashes erupted between Ethiopian troops and Eritrean forces near the border. Kenyan "
                            "President Daniel Kamau met Ugandan President Joseph Okello in Nairobi. Okello "
                            "called on both countries to respect the truce.")
    targets = {target for _, target in _pairs(found, "02")}
    assert "Daniel Kamau" not in targets and targets == {"Ethiopia", "Eritrea"}


def test_both_sides_with_no_meeting_between_still_the_pair_told_of(pipeline):
    found = dyads(pipeline, "Israel and Hamas agreed to a truce. Egypt urged the two sides to respect it.")
    assert _pairs(found, "02") == {("Egypt", "Israel"), ("Egypt", "Hamas")}


def test_the_two_belligerents_are_the_pair_that_fought(pipeline):
    found = dyads(pipeline, "Sudan's army and the Rapid Support Forces paramilitary fought in Khartoum. Chad's President "
                            "Mahamat Koundja accused the two belligerents of violating Chad's sovereignty.")
    assert {target for _, target in _pairs(found, "11")} == {"Sudanese Armed Forces", "Rapid Support Forces"}


# -- a mediation's two parties ------------------------------------------------------------------

def test_the_two_governments_after_a_mediation_are_its_parties(pipeline):
    found = dyads(pipeline, "Qatar mediated the talks between Iran and Denmark. The two governments had been "
                            "negotiating since spring, officials said.")
    assert {frozenset(p) for p in _pairs(found, "046")} == {frozenset({"Iran", "Denmark"})}


def test_the_two_sides_after_a_brokered_deal_are_its_parties(pipeline):
    found = dyads(pipeline, "Norway brokered a deal between Colombia and the ELN. The two sides had negotiated in "
                            "Havana since May.")
    assert not [p for p in _pairs(found, "046") if "Norway" in p]
    assert _pairs(found, "046")


# -- an offer by a second coordinated verb ------------------------------------------------------

def test_good_offices_offered_after_urging_two_states_go_to_both(pipeline):
    found = dyads(pipeline, "The Arab League secretary general, Omar Nasser, urged Sudan and Chad to exercise "
                            "restraint and then offered the mediation of his organisation.")
    assert _pairs(found, "03") == {("Omar Nasser", "Sudan"), ("Omar Nasser", "Chad")}


def test_support_pledged_on_a_visit_goes_to_the_host(pipeline):
    found = dyads(pipeline, "Kenyan President Daniel Kamau visited Uganda and pledged support.")
    assert ("Daniel Kamau", "Uganda") in _pairs(found, "03")


def test_assistance_offered_after_a_meeting_goes_to_the_counterpart(pipeline):
    found = dyads(pipeline, "The Turkish foreign minister met Iraq's foreign minister and offered assistance.")
    assert {target for _, target in _pairs(found, "03")} == {"Iraq's foreign minister"}


def test_an_offer_naming_its_own_addressee_keeps_it(pipeline):
    found = dyads(pipeline, "The Chinese foreign minister criticized Japan and offered talks to South Korea.")
    assert {target for _, target in _pairs(found, "03")} == {"South Korea"}


# -- "make peace" -------------------------------------------------------------------------------

def test_two_states_making_peace_sign_one_agreement(pipeline):
    assert len(_pairs(dyads(pipeline, "Ethiopia and Eritrea made peace in 2018."), "057")) == 1


def test_the_two_countries_making_peace_are_the_pair_that_fought(pipeline):
    found = dyads(pipeline, "Egypt and Israel fought in 1973. The two countries finally made peace in 1979.")
    assert {frozenset(p) for p in _pairs(found, "057")} == {frozenset({"Egypt", "Israel"})}


def test_a_peace_offer_is_no_agreement(pipeline):
    assert not _pairs(dyads(pipeline, "The president made a peace offer to the rebels."), "057")


# -- an appeal to "both sides" goes to the quarrel told of most ---------------------------------

def test_restraint_urged_after_a_phone_call_goes_to_the_warring_states(pipeline):
    found = dyads(pipeline, "Armenian and Azerbaijani troops traded fire on Tuesday. Armenia accused Azerbaijan "
                            "of provocations. Armenian Foreign Minister Aram Petrosyan talked by phone with "
                            "Iranian Foreign Minister Reza Karimi. The European Union called on both sides to "
                            "exercise restraint.")
    assert {target for _, target in _pairs(found, "02")} == {"Armenia", "Azerbaijan"}


def test_restraint_urged_after_a_visit_goes_to_the_feuding_neighbours(pipeline):
    found = dyads(pipeline, "India and Pakistan exchanged fire across the Line of Control. Pakistan accused India "
                            "of shelling villages. Pakistani Prime Minister Tariq Baig met Chinese President "
                            "Li Wenhao in Beijing. The United Nations urged the two countries to exercise restraint.")
    assert {target for _, target in _pairs(found, "02")} == {"India", "Pakistan"}


def test_restraint_urged_after_threats_goes_to_the_threatening_pair(pipeline):
    found = dyads(pipeline, "Venezuela threatened Guyana over the Essequibo. Guyana accused Venezuela of "
                            "aggression. Brazilian President Rafael Monteiro met French President Julien Marchand. "
                            "The OAS urged both governments to show greater restraint.")
    assert {target for _, target in _pairs(found, "02")} == {"Venezuela", "Guyana"}


def test_a_quarrel_told_once_does_not_displace_the_pair_at_hand(pipeline):
    found = dyads(pipeline, "Serbia criticized Kosovo on Monday. Germany and France signed an agreement on energy. "
                            "The EU urged both sides to implement it.")
    assert {target for _, target in _pairs(found, "02")} == {"Germany", "France"}


# -- agreements with a partner that names no actor ----------------------------------------------

def test_a_deal_signed_with_unnamed_creditors_is_the_debtor_s_act(pipeline):
    found = dyads(pipeline, "Ghana and its official lenders signed a memorandum on the debt on Friday.")
    assert ("Ghana", None) in _pairs(found, "05")


def test_a_deal_reached_with_unnamed_lenders_is_the_state_s_act(pipeline):
    found = dyads(pipeline, "Zambia and its private lenders reached a deal on the debt.")
    assert ("Zambia", None) in _pairs(found, "05")


def test_bondholders_named_as_a_body_are_the_deal_s_other_side(pipeline):
    found = dyads(pipeline, "Zambia and its bondholders reached a deal on the debt.")
    assert ("Zambia", "bondholders") in _pairs(found, "05")


def test_a_deal_signed_with_lenders_named_after_with_is_the_state_s_act(pipeline):
    found = dyads(pipeline, "Kenya signed a debt agreement with its lenders on Monday.")
    assert ("Kenya", None) in _pairs(found, "05")


def test_a_deal_between_two_named_states_keeps_its_pair(pipeline):
    found = dyads(pipeline, "Kenya and Uganda signed an agreement on Monday.")
    assert _pairs(found, "05") == {("Kenya", "Uganda")}


def test_guests_of_a_summit_with_unnamed_partners_do_nothing(pipeline):
    assert not dyads(pipeline, "Kenya and its neighbours attended the summit.")


# -- threats traded ------------------------------------------------------------------------------

def test_threats_traded_go_both_ways(pipeline):
    found = dyads(pipeline, "Venezuela and Guyana traded threats over the Essequibo.")
    assert _pairs(found, "13") == {("Venezuela", "Guyana"), ("Guyana", "Venezuela")}


def test_warnings_exchanged_with_a_named_party_go_both_ways(pipeline):
    found = dyads(pipeline, "Iran exchanged warnings with Israel on Monday.")
    assert _pairs(found, "13") == {("Iran", "Israel"), ("Israel", "Iran")}


def test_goods_traded_are_no_threat(pipeline):
    found = dyads(pipeline, "China and Vietnam traded goods worth $200 billion last year.")
    assert not _pairs(found, "13")


# -- an offer to mediate between two parties is made to both ------------------------------------

def test_an_offer_to_host_talks_between_two_capitals_goes_to_both_states(pipeline):
    found = dyads(pipeline, "Colombia, which lies between both countries, offered on Friday to host talks between Quito and Lima.")
    assert _pairs(found, "039") == {("Colombia", "Ecuador"), ("Colombia", "Peru")}


def test_an_offer_to_mediate_between_two_states_goes_to_both(pipeline):
    found = dyads(pipeline, "Turkey offered to mediate between Russia and Ukraine.")
    assert _pairs(found, "03") == {("Turkey", "Russia"), ("Turkey", "Ukraine")}


def test_an_offer_to_host_a_meeting_between_two_parties_goes_to_both(pipeline):
    found = dyads(pipeline, "Qatar offered to host a meeting between Israel and Hamas on Monday.")
    assert _pairs(found, "03") == {("Qatar", "Israel"), ("Qatar", "Hamas")}


def test_fighting_between_two_parties_in_a_relative_clause_receives_no_offer(pipeline):
    found = dyads(pipeline, "Kenya offered aid to the families who fled the fighting between the army and the rebels.")
    assert not _pairs(found, "03")
