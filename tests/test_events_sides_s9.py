"""Sides of reactions to what someone said, wrote or decided (a report, a statement, an order): the
reaction is aimed at the author, named by the words or told of just before."""
from __future__ import annotations

from event_helpers import dyads


def test_a_statement_by_a_named_body_is_aimed_at_that_body(pipeline):
    found = dyads(pipeline, "Uganda's government dismissed a statement by Amnesty International that accused "
                            "the police of torture.")
    assert ("120", "Uganda's government", "Amnesty International") in found


def test_the_report_is_the_one_whose_teller_was_just_told_of(pipeline):
    found = dyads(pipeline, "Amnesty International said troops had fired on protesters in Harare. Zimbabwe's "
                            "government rejected the report on Wednesday.")
    assert ("120", "Zimbabwe's government", "Amnesty International") in found


def test_a_statement_issued_before_is_aimed_at_its_issuer(pipeline):
    found = dyads(pipeline, "The European Union issued a statement criticising the crackdown. Belarus dismissed "
                            "the statement on Friday.")
    assert ("120", "Belarus", "European Union") in found


def test_an_order_told_with_the_same_word_before_is_aimed_at_the_one_who_ordered(pipeline):
    found = dyads(pipeline, "The International Criminal Court ordered Kenya to hand over the suspects. Rain fell "
                            "in Nairobi. Traffic was slow. Kenya's president hailed the order on Friday.")
    assert any(code == "051" and target == "International Criminal Court" for code, _, target in found)


def test_a_report_told_by_the_reacting_one_s_own_state_is_not_rejected_at_it(pipeline):
    found = dyads(pipeline, "Kenya's health ministry said on Monday that cases had risen sharply. Kenyan "
                            "President William Ruto rejected the report.")
    assert not any(code == "120" for code, _, _ in found)


def test_indefinite_reports_are_not_taken_for_the_teller_s_words(pipeline):
    found = dyads(pipeline, "Amnesty International said troops had fired on protesters. The president rejected "
                            "reports that soldiers had fled their posts.")
    assert not any(code == "120" and target == "Amnesty International" for code, _, target in found)


# A forceful act told in the passive with no doer: done by the one who did a forceful act just before.

def test_a_passive_arrest_after_a_raid_is_the_raiders(pipeline):
    found = dyads(pipeline, "Police raided the office of the newspaper on Monday. Two editors were detained.")
    assert ("173", "Police", "Two editors") in found


def test_a_passive_shooting_in_the_coordinated_clause_is_the_raiders(pipeline):
    found = dyads(pipeline, "Israeli troops raided the village of Beita overnight and three Palestinians were "
                            "shot dead.")
    assert any(code.startswith("19") and source == "Israeli troops" for code, source, _ in found)


def test_a_passive_killing_after_a_bombardment_is_the_bombarders(pipeline):
    found = dyads(pipeline, "Russian forces bombarded Kharkiv on Sunday. At least five civilians were killed, "
                            "officials said.")
    assert any(code.startswith("19") and source == "Russian forces" for code, source, _ in found)


def test_a_passive_killing_after_a_fight_between_armed_sides_has_no_doer(pipeline):
    found = dyads(pipeline, "Congolese soldiers fought rebels near Goma on Sunday. Three civilians were killed.")
    assert not any(source == "Congolese soldiers" and target == "Three civilians" for _, source, target in found)


def test_a_passive_arrest_in_a_new_paragraph_is_not_the_raiders(pipeline):
    found = dyads(pipeline, "Police raided the office of the newspaper on Monday.\n\nTwo editors were detained.")
    assert not any(code == "173" and source == "Police" for code, source, _ in found)


def test_a_passive_act_befalling_the_doer_s_own_side_is_not_theirs(pipeline):
    found = dyads(pipeline, "Rebels attacked the town of Beni. Two rebels were killed.")
    assert not any(source == "Rebels" and target == "Two rebels" for _, source, target in found)


# A trailing teller ("..., the army said") is not the doer of what befell its own side.

def test_an_army_telling_of_its_soldiers_dead_did_not_kill_them(pipeline):
    found = dyads(pipeline, "Two soldiers were killed in an ambush near the border, the army said.")
    assert not any(source == "army" for _, source, _ in found)


def test_police_telling_of_officers_shot_did_not_shoot_them(pipeline):
    found = dyads(pipeline, "Four police officers were shot dead at a checkpoint, police said on Monday.")
    assert not any(source is not None and source.lower() == "police" for _, source, _ in found)


def test_an_army_telling_of_militants_killed_may_have_killed_them(pipeline):
    found = dyads(pipeline, "Five militants were killed in an air strike, the army said.")
    assert any(code.startswith("19") and source == "army" for code, source, _ in found)


# "Its government" after a state's organ (army, police, delegation) named as the subject before is that state.

def test_its_government_after_a_state_s_police_is_that_state(pipeline):
    found = dyads(pipeline, "Kenyan police dispersed the rally on Monday. Its government accused Uganda of "
                            "funding the protests.")
    assert ("112", "Kenya", "Uganda") in found


def test_its_government_after_a_state_s_delegation_is_that_state(pipeline):
    found = dyads(pipeline, "The talks in Geneva were hosted by Switzerland. Iran's delegation walked out. Its "
                            "government accused Washington of bad faith.")
    assert ("112", "Iran", "United States") in found


def test_its_leaders_after_a_rebel_movement_are_no_state(pipeline):
    found = dyads(pipeline, "The rebel movement seized the town of Bunia. Its leaders accused Kinshasa of betrayal.")
    assert not any(code == "112" and source is not None for code, source, _ in found)


def test_lamenting_a_decision_is_disapproval_of_its_maker(pipeline):
    found = dyads(pipeline, "Russia's foreign ministry said it would expel two Polish diplomats. Poland's prime "
                            "minister lamented the decision.")
    assert ("110", "Poland's prime minister", "Russia's foreign ministry") in found


def test_lamenting_a_loss_is_no_disapproval(pipeline):
    found = dyads(pipeline, "Poland's prime minister lamented the death of the singer.")
    assert not any(code == "110" for code, _, _ in found)


# A clause with a subject of its own is not the act of the teller who trails it.

def test_bandits_kidnapping_told_by_officials_is_not_the_officials_act(pipeline):
    found = dyads(pipeline, "Bandits kidnapped 15 villagers in Zamfara, officials said on Sunday.")
    assert not any(source == "officials" for _, source, _ in found)


def test_gunmen_abducting_told_by_police_is_not_the_police_s_act(pipeline):
    found = dyads(pipeline, "Masked gunmen seized a tanker driver near Maiduguri, police said.")
    assert not any(source is not None and source.lower() == "police" for _, source, _ in found)


def test_a_passive_arrest_told_by_police_is_the_police_s_act(pipeline):
    found = dyads(pipeline, "Two editors were detained in Harare on Monday, police said.")
    assert any(code == "173" and source == "police" for code, source, _ in found)
