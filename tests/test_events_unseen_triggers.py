"""Acts told in words the patterns used to miss: vessels boarded, intercepted or turned back,
ground handed over, envoys and staff recalled, treaties suspended, regret over a decision,
appeals put as "called X to ...", unnamed responses vowed, reservists called up, cyber attacks."""
from __future__ import annotations

from event_helpers import dyads


def _codes(pipeline, text: str) -> set[str]:
    return {code for code, _, _ in dyads(pipeline, text)}


def _has(found, code: str, source_word: str, target_word: str) -> bool:
    return any(c == code and s and source_word in s and t and target_word in t for c, s, t in found)


def test_a_patrol_boarding_a_vessel_seizes_it(pipeline):
    found = dyads(pipeline, "Chinese coast guard officers boarded a Philippine fishing vessel near the shoal on Monday.")
    assert _has(found, "171", "coast guard", "Philippine")


def test_passengers_boarding_a_ferry_is_no_seizure(pipeline):
    assert "171" not in _codes(pipeline, "Hundreds of Filipino passengers boarded a ferry to Cebu on Sunday.")


def test_a_translated_arraignment_of_a_tanker_is_a_seizure(pipeline):
    found = dyads(pipeline, "The Iranian navy arraigned a Greek oil tanker in the Gulf of Oman on Friday.")
    assert any(code == "171" for code, _, _ in found)


def test_intercepting_a_migrant_boat_and_pushing_one_back(pipeline):
    found = dyads(pipeline, "The Greek navy intercepted a boat carrying 80 migrants off Crete on Monday.")
    assert any(code == "172" and source and "navy" in source for code, source, _ in found)
    found = dyads(pipeline, "Italy's coast guard pushed back a dinghy of refugees towards Libyan waters.")
    assert any(code == "174" and source and "coast guard" in source for code, source, _ in found)


def test_missiles_intercepted_are_not_a_restriction(pipeline):
    assert "172" not in _codes(pipeline, "Israeli air defences intercepted two missiles fired from Yemen.")


def test_handing_over_a_base_returns_property(pipeline):
    found = dyads(pipeline, "French troops handed over the Menaka base to the Malian army.")
    assert _has(found, "0842", "French", "Malian army")
    assert not [d for d in found if d[0] == "084"]


def test_regret_over_a_decision_is_disapproval(pipeline):
    assert _has(dyads(pipeline, "Germany regretted the decision of Hungary to close its embassy."), "110", "Germany", "Hungary")
    assert _has(dyads(pipeline, "France expressed its regret over the decision by Algeria."), "110", "France", "Algeria")


def test_called_to_act_is_an_appeal(pipeline):
    found = dyads(pipeline, "The European Union called Turkey to respect the rights of journalists.")
    assert _has(found, "020", "European Union", "Turkey")


def test_calling_a_leader_to_discuss_is_no_appeal(pipeline):
    assert "020" not in _codes(pipeline, "Macron called Scholz to discuss the budget on Monday.")


def test_pressing_a_government_to_act_is_an_appeal(pipeline):
    found = dyads(pipeline, "Washington pressed Caracas to release the detained opposition leaders.")
    assert any(code[:2] == "02" and source == "United States" for code, source, _ in found)


def test_recalling_staff_and_suspending_a_treaty_reduce_relations(pipeline):
    assert "161" in _codes(pipeline, "Moscow said it was recalling its diplomatic staff from Vilnius.")
    found = dyads(pipeline, "Morocco suspended the treaty of friendship with Algeria on Tuesday.")
    assert _has(found, "160", "Morocco", "Algeria")


def test_a_vowed_response_is_an_unspecified_threat(pipeline):
    codes = _codes(pipeline, "Russia vowed a response to the expulsion of its diplomats by Estonia.")
    assert "130" in codes and "138" not in codes
    assert "130" in _codes(pipeline, "Ankara reserves the right to respond to the Greek decision, the ministry said.")


def test_calling_up_reservists_mobilizes(pipeline):
    assert "154" in _codes(pipeline, "Belarus called up reservists on Monday, the defence ministry said.")
    found = dyads(pipeline, "Belarus has ordered a call-up of reservists near its border with Poland.")
    assert any(code == "154" for code, _, _ in found) and not [d for d in found if d[0] == "100"]


def test_moving_tanks_to_a_border_shows_force(pipeline):
    assert "150" in _codes(pipeline, "Armenia moved tanks and artillery towards its border with Azerbaijan.")


def test_a_cyber_attack_damages_property(pipeline):
    found = dyads(pipeline, "Ukrainian hackers carried out a cyber attack on Russian banks.")
    assert any(code == "171" for code, _, _ in found) and not [d for d in found if d[0] == "190"]


def test_police_closing_an_office_restrict_it(pipeline):
    found = dyads(pipeline, "Hungarian police closed the office of the Open Society Foundation in Budapest.")
    assert any(code == "172" and source and "police" in source for code, source, _ in found)


def test_a_company_closing_its_own_office_is_no_coercion(pipeline):
    assert "172" not in _codes(pipeline, "Google closed its office in Moscow last year.")


def test_sanctions_targeting_shipments_are_not_an_attack(pipeline):
    codes = _codes(pipeline, "The United States imposed new sanctions on Iran, targeting its oil shipments to China.")
    assert "190" not in codes


def test_livestock_driven_off_is_property_seized(pipeline):
    found = dyads(pipeline, "Armed men from Sudan drove off 300 head of cattle from a village in South Sudan.")
    assert any(code == "171" for code, _, _ in found)


def test_migrants_rescued_at_sea_receive_aid(pipeline):
    found = dyads(pipeline, "The German charity Sea-Eye rescued 40 migrants off the coast of Libya.")
    assert any(code == "073" for code, _, _ in found)


def test_blacklisting_a_firm_is_a_sanction(pipeline):
    found = dyads(pipeline, "The United States blacklisted a Hong Kong trading company over exports to Russia.")
    assert _has(found, "163", "United States", "Hong Kong")


def test_calling_sanctions_piracy_condemns_them(pipeline):
    found = dyads(pipeline, 'Tehran called the British move "piracy".')
    assert _has(found, "111", "Iran", "United Kingdom")


def test_qualifying_an_operation_of_an_act_of_piracy_condemns_it(pipeline):
    found = dyads(pipeline, 'The Greek minister qualified the Turkish operation of "act of piracy".')
    assert any(code == "111" and target == "Turkey" for code, _, target in found)


def test_qualifying_of_is_read_only_for_qualify(pipeline):
    assert "111" not in _codes(pipeline, "Greece described the release of an act of piracy suspect as routine.")


def test_handing_over_bases_in_the_plural_returns_property(pipeline):
    found = dyads(pipeline, "French troops handed over their last two bases in the region to the Malian army.")
    assert _has(found, "0842", "French", "Malian army")


def test_an_ambassador_recalled_from_a_capital_is_taken_from_its_state(pipeline):
    assert _has(dyads(pipeline, "Algeria recalls its ambassador in Madrid for consultations"), "161", "Algeria", "Spain")


def test_the_aim_imputed_to_an_act_is_no_act(pipeline):
    codes = _codes(pipeline, "The Serbian government called the arrest of the mayor an attempt to intimidate Kosovo.")
    assert "130" not in codes
    codes = _codes(pipeline, "Moscow condemned the sanctions as a ploy to isolate Belarus from its neighbours.")
    assert not {c for c in codes if c.startswith("17")}


def test_an_attempt_made_is_still_told(pipeline):
    found = dyads(pipeline, "Turkish police made an attempt to arrest opposition leader Ali Babacan on Monday.")
    assert any(code == "173" for code, _, _ in found)


def test_what_a_party_can_do_is_no_act(pipeline):
    assert "061" not in _codes(pipeline, 'Lula said Brazil "can trade with Mexico without asking anyone".')


def test_dismay_at_a_decision_is_disapproval(pipeline):
    found = dyads(pipeline, "Switzerland said it was disappointed by the decision of Mali.")
    assert _has(found, "110", "Switzerland", "Mali")


def test_surprise_at_the_weather_is_no_event(pipeline):
    assert not _codes(pipeline, "The Swiss team was surprised by the weather in Bamako.")


def test_holding_authorities_responsible_accuses_them(pipeline):
    found = dyads(pipeline, "Amnesty International held the Tunisian authorities responsible for his health.")
    assert _has(found, "112", "Amnesty", "Tunisia")


def test_a_warning_that_violators_will_be_held_accountable_is_no_accusation(pipeline):
    assert "112" not in _codes(pipeline, "The Libyan government warned that violators would be held accountable.")


def test_asking_a_court_to_annul_is_taking_it_to_court(pipeline):
    found = dyads(pipeline, "The Kenyan opposition asked the Supreme Court of Kenya to annul the election.")
    assert any(code == "115" for code, _, _ in found) and not [d for d in found if d[0] == "020"]


def test_shooting_down_an_army_helicopter_is_an_armed_attack(pipeline):
    found = dyads(pipeline, "ELN rebels shot down a helicopter of the Colombian army on Tuesday.")
    assert any(code == "190" and target and "Army" in target for code, _, target in found)


def test_breaking_a_ceasefire_violates_it(pipeline):
    from newsgraph.pipeline.events import find_events
    doc, _ = pipeline.analyse("Hamas fighters broke the ceasefire on Sunday, the Israeli army said.")
    assert any(c.code == "196" for c in find_events(doc))


def test_offering_to_host_talks_is_an_offer_to_mediate(pipeline):
    from newsgraph.pipeline.events import find_events
    doc, _ = pipeline.analyse("Brazil offered to host talks between Venezuela and Guyana.")
    assert any(c.code == "039" for c in find_events(doc))
