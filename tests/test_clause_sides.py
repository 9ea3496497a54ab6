"""Who does the act of a "to" clause or a participle beside the main verb, whom a demand made in
one is addressed to, and what a definite repeat of a side ("the patrol", "the frigate's crew",
"X's party, the Y,") stands for."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_purpose_clause_is_done_by_the_summoner_and_heard_by_the_envoy(pipeline):
    text = ("Ghana's foreign ministry said it had summoned Togo's ambassador, Kossi Mensah, to demand "
            "compensation for the families of the victims.")
    demands = [d for d in coded_dyads(pipeline, text) if d[0] == "100"]
    assert demands and all(d[1] == "GHAGOV" and d[2] == "TGOGOV" for d in demands)


def test_object_control_verb_keeps_its_object_as_doer(pipeline):
    text = "Ghana urged Togo to release the detained traders."
    assert any(d[1] == "GHAGOV" and d[2] == "TGOGOV" for d in coded_dyads(pipeline, text))


def test_demand_in_a_participle_beside_a_note_is_addressed_to_the_envoy(pipeline):
    text = ("Ghana's foreign ministry handed a protest note to Togo's ambassador in Accra, demanding "
            "compensation for the farmers whose crops were burned.")
    found = coded_dyads(pipeline, text)
    assert ("100", "GHAGOV", "TGOGOV") in found
    assert ("114", "GHAGOV", "TGOGOV") in found
    assert not any(d[0] == "100" and d[2] != "TGOGOV" for d in found)


def test_definite_repeat_of_a_group_is_the_group_named_before(pipeline):
    text = ("A Malian army patrol crossed into the disputed zone on Monday. Burkinabe troops fired on "
            "the patrol, a security source said.")
    fire = [d for d in coded_dyads(pipeline, text) if d[0].startswith("19")]
    assert fire and all(d[2] == "MLIMIL" for d in fire)


def test_crew_of_a_vehicle_serves_in_the_force_named_with_it(pipeline):
    text = ("A Portuguese navy frigate collided with a fishing pirogue off Nouakchott on Saturday. "
            "Fisheries Minister Aminata Sall accused the frigate's crew of steaming without lights.")
    accusations = [d for d in coded_dyads(pipeline, text) if d[0] == "112"]
    assert accusations and accusations[0][2] == "PRTMIL"


def test_possessed_description_beside_a_named_body_is_that_body(pipeline):
    text = ("Ghana's opposition leader Kofi Boateng was jailed last year. Boateng's party, the Ghana "
            "Unity Movement (GUM), said it took note of the ruling but demanded that the verdict be annulled.")
    demands = [d for d in dyads(pipeline, text) if d[0] == "100"]
    assert demands and demands[0][1] == "Ghana Unity Movement"


def test_demand_in_a_resolution_is_made_of_the_subject_of_its_clause(pipeline):
    text = ("The UN General Assembly on Tuesday adopted a resolution demanding that Eritrea release "
            "the detained Ethiopian fishermen.")
    demands = [d for d in coded_dyads(pipeline, text) if d[0].startswith("10")]
    assert demands and all(d[2] == "ERIGOV" for d in demands)


def test_it_opening_a_sentence_carries_on_a_body_told_by_its_kind_noun(pipeline):
    text = ('"What happened at the match was an attack on Moroccan supporters," Moroccan foreign ministry '
            "spokesman Karim Alaoui said in a radio interview. The ministry said 14 Moroccan fans were "
            "hurt. It summoned the Algerian ambassador in Rabat.")
    assert ("114", "MARGOV", "DZAGOV") in coded_dyads(pipeline, text)


def test_participle_beside_the_main_verb_is_done_by_its_doer(pipeline):
    text = ("Hundreds of relatives of the miners blocked the main road to the Cambodian mine on Tuesday, "
            "demanding compensation from the company.")
    demands = [d for d in coded_dyads(pipeline, text) if d[0] == "100"]
    assert demands and demands[0][1] == "KHMCVL"


def test_envoy_named_after_the_bare_title_is_the_one_summoned(pipeline):
    text = ("Ghana's foreign ministry said it had summoned ambassador Kossi Mensah to demand an explanation "
            "for the arrests.")
    assert ("114", "Ghana's foreign ministry", "Kossi Mensah") in dyads(pipeline, text)


def test_name_read_as_apposition_of_a_fronted_place_is_the_subject(pipeline):
    text = ("In Addis Ababa, African Union Commission Deputy Chairperson Amina Diallo called on the Malian "
            "authorities to hold elections.")
    assert ("020", "Amina Diallo", "Malian authorities") in dyads(pipeline, text)


def test_past_act_joined_to_a_present_reported_clause_is_the_tellers(pipeline):
    text = ("Uganda's foreign ministry said Kenyan police use excessive force at the border and asked "
            "Nairobi to investigate the shootings.")
    assert ("020", "UGAGOV", "KENGOV") in coded_dyads(pipeline, text)
