"""Words that stand for a side other than their head: relative pronouns, counts of people, parts of
a body or force ("dissidents of the FARC", "the forces of X"), and a dateline taken for a subject."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_a_relative_whose_points_back_to_the_body_the_clause_hangs_on(pipeline):
    found = dyads(pipeline, "The strike was called by the Nigeria Labour Congress, whose leaders accused "
                            "the government of betrayal.")
    assert any(code == "112" and source == "Nigeria Labour Congress" for code, source, _ in found)


def test_members_named_by_an_of_phrase_stand_for_their_group(pipeline):
    found = dyads(pipeline, "Arauca, 22 mar (EFE).- The rebels of the ELN shot down on Monday an aircraft of "
                            "the Air Force, informed the army.")
    assert any(code.startswith("19") and source == "National Liberation Army" for code, source, _ in found)


def test_dissidents_of_a_group_are_that_group(pipeline):
    found = dyads(pipeline, "Colombia's army clashed with dissidents of the FARC in Cauca on Sunday.")
    assert any(code == "190" and target == "Revolutionary Armed Forces of Colombia" for code, _, target in found)


def test_the_forces_of_a_leader_are_his(pipeline):
    found = dyads(pipeline, "The forces of Khalifa Haftar shelled the airport of Tripoli on Sunday.")
    assert any(code.startswith("19") and source == "Khalifa Haftar" for code, source, _ in found)


def test_a_count_of_people_stands_for_the_people_counted_not_a_place_in_its_clause(pipeline):
    found = dyads(pipeline, "Dozens of Nigerian lorry drivers stranded at Seme blocked the road for hours.")
    assert any(code == "144" and source == "Nigeria" for code, source, _ in found)


def test_both_governments_after_two_officials_of_one_state_are_the_two_states(pipeline):
    found = dyads(pipeline, "Qatar's emir Tamim bin Hamad visited Amman on Sunday. He was received by King Abdullah II "
                            "and held talks with Foreign Minister Ayman Safadi. In a joint statement, both governments "
                            "condemned the Israeli strikes on Lebanon.")
    condemning = {source for code, source, target in found if code == "111" and target == "Israel"}
    assert condemning == {"Qatar", "Jordan"}


def test_a_place_with_no_known_state_stands_for_the_state_the_phrase_names(pipeline):
    # the herders are a group of Uganda's (session 18: people named by their work are a group of their own)
    found = coded_dyads(pipeline, "Armed herders from Uganda raided villages in northern Kenya's Turkana County on Monday.")
    assert any(code == "190" and (source or "").startswith("UGA") and (target or "").startswith("KEN")
               for code, source, target in found)


def test_troops_loyal_to_a_leader_are_his(pipeline):
    found = dyads(pipeline, "Troops loyal to Khalifa Haftar attacked Tripoli on Sunday.")
    assert ("190", "Khalifa Haftar", "Libya") in found


def test_the_by_phrase_of_an_act_named_by_a_noun_is_its_doer(pipeline):
    found = dyads(pipeline, "The visit to Beijing by Brazil's President Lula came after months of talks.")
    assert any(code == "042" and source and "Lula" in source and target == "China" for code, source, target in found)


def test_a_main_verb_parsed_as_a_modifier_of_the_named_body_has_that_body_as_doer(pipeline):
    found = dyads(pipeline, "Amnesty International, the London-based rights group, whose researchers visited the "
                            "camp, called on Greece to open an inquiry.")
    assert ("020", "Amnesty International", "Greece") in found


def test_welcoming_the_decision_is_aimed_at_the_body_that_took_it(pipeline):
    found = dyads(pipeline, "The ICC issued an arrest warrant for Hemedti on Monday. The Sudanese government "
                            "welcomed the decision.")
    assert ("051", "Sudanese government", "International Criminal Court") in found


def test_it_opening_a_sentence_carries_on_the_subject_before_not_the_last_name(pipeline):
    found = dyads(pipeline, "Sudan's foreign ministry welcomed the ruling on the RSF suspects. It also called on Chad "
                            "to stop arming the militia.")
    assert ("020", "Sudan's foreign ministry", "Chad") in found



def test_our_country_in_a_quotation_is_the_speaker_s_state(pipeline):
    found = dyads(pipeline, "\"Our country will never negotiate with the United States,\" Iran's supreme leader "
                            "Ali Khamenei said.")
    assert any(source == "Iran" and target == "United States" for _, source, target in found)


def test_an_appeal_to_the_parties_is_made_to_the_two_sides_told_of_last(pipeline):
    found = dyads(pipeline, "Fighting between Armenia and Azerbaijan resumed on Sunday. The EU called on the parties "
                            "to return to talks.")
    appealed = {target for code, source, target in found if code.startswith("02") and source == "European Union"}
    assert appealed == {"Armenia", "Azerbaijan"}


def test_whose_government_after_a_region_is_the_state_the_region_lies_in(pipeline):
    found = dyads(pipeline, "Voting went ahead in Mogadishu on Sunday. There was no voting in Galmudug or in "
                            "Hirshabelle, whose government boycotted the poll and accused Mogadishu of fraud.")
    assert ("143", "Somalia", None) in found
