"""Who does an act to whom: doers and targets through instruments, possessives, conjuncts,
hosts and travellers, state organs acting on unnamed people, and acts aimed at other acts."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_the_user_of_an_instrument_does_the_act_it_serves(pipeline):
    found = dyads(pipeline, "Peruvian police used tear gas to break up a march in Lima on Friday.")
    assert [d for d in found if d[0] == "175" and d[1] and "police" in d[1]]


def test_unnamed_people_detained_by_police_are_the_state_s_people(pipeline):
    # the state's civilians, not its government
    found = coded_dyads(pipeline, "Police in Kenya said 40 people had been arrested after the clashes in Nairobi.")
    assert any(code == "173" and target == "KENCVL" for code, _, target in found), found


def test_a_private_doer_does_not_make_people_the_state(pipeline):
    found = dyads(pipeline, "Gunmen kidnapped 12 people near the town of Kaduna in Nigeria.")
    assert not any(target == "Nigeria" for _, _, target in found)


def test_one_named_among_those_arrested_is_the_target(pipeline):
    found = dyads(pipeline, "Turkish police raided the newspaper, and its editor, Ahmet Demir, was among those arrested.")
    assert any(code == "173" and target == "Ahmet Demir" for code, _, target in found)


def test_a_possessive_before_an_arrest_is_the_one_arrested(pipeline):
    found = dyads(pipeline, "Mohamed Salem criticised the president of Egypt. Egyptian police confirmed his arrest on Monday.")
    assert any(code == "173" and target == "Mohamed Salem" for code, _, target in found)


def test_a_minister_speaking_by_phone_consults_the_one_on_the_line(pipeline):
    found = dyads(pipeline, "Kenya's foreign minister Musalia Mudavadi, speaking by phone with his Ugandan "
                            "counterpart Jeje Odongo, discussed the border.")
    assert any(code == "041" and source == "Musalia Mudavadi" for code, source, _ in found)


def test_coordinated_attackers_do_not_attack_each_other(pipeline):
    found = dyads(pipeline, "The attacks on shipping pushed France and Germany to launch strikes on its bases in Libya.")
    assert not any({source, target} == {"France", "Germany"} for _, source, target in found)


def test_criticism_drawn_by_an_act_is_aimed_at_its_doer(pipeline):
    found = dyads(pipeline, "China blocked the resolution, drawing sharp criticism from Japan.")
    assert ("111", "Japan", "China") in found


def test_members_of_an_organisation_stand_for_it(pipeline):
    found = dyads(pipeline, "The Taliban said that Pakistan had released 30 of its members from prison.")
    assert any(code.startswith("08") and source == "Pakistan" and target == "Taliban" for code, source, target in found)


def test_a_closed_border_with_a_neighbour_is_aimed_at_the_neighbour(pipeline):
    found = dyads(pipeline, "Hungary closed its border with Serbia on Monday.")
    assert ("191", "Hungary", "Serbia") in found


def test_hosting_talks_between_two_parties_mediates(pipeline):
    found = dyads(pipeline, "Qatar will host talks between Hamas and Israel next week.")
    assert any(code == "045" and source == "Qatar" and target == "Israel" for code, source, target in found)


def test_condemning_an_act_is_an_event_though_its_doer_goes_unnamed(pipeline):
    found = dyads(pipeline, "The African Union condemned the massacre in a statement on Sunday.")
    assert [d for d in found if d[0].startswith("11") and d[1] == "African Union"]


def test_rejecting_an_act_with_no_one_named_stays_uncoded(pipeline):
    found = dyads(pipeline, "Hungary's government rejected the decision on Sunday.")
    assert not [d for d in found if d[0].startswith("12") and d[2] is None]


def test_the_side_walking_out_of_talks_leaves_the_other_side(pipeline):
    found = dyads(pipeline, "Talks between the Sudanese army and the RSF collapsed on Friday after the RSF walked out.")
    assert any(code == "164" and source and "Rapid" in source and target and "Armed" in target
               for code, source, target in found)


def test_a_mutual_act_agreed_beside_another_is_coded_both_ways(pipeline):
    found = dyads(pipeline, "Ukraine and Russia agreed on Friday to extend the ceasefire and to swap "
                            "hundreds of prisoners of war.")
    swaps = {(s, t) for code, s, t in found if code == "0841"}
    assert ("Ukraine", "Russia") in swaps and ("Russia", "Ukraine") in swaps


def test_a_court_verb_parsed_as_a_modifier_keeps_court_and_convict(pipeline):
    found = dyads(pipeline, "A Minsk court on Friday sentenced activist Ales Mikhalevich to nine years in prison.")
    assert [d for d in found if d[0] == "173" and d[1] is not None and d[2] and "Mikhalevich" in d[2]]


def test_a_modifying_participle_after_a_determiner_has_no_doer(pipeline):
    found = dyads(pipeline, "The sentenced activist Ales Mikhalevich appealed on Friday.")
    assert not [d for d in found if d[0] == "173" and d[1] is not None]


def test_talks_someone_travels_to_hold_are_the_traveller_s(pipeline):
    found = dyads(pipeline, "Wang Yi was due to fly to Moscow on Tuesday for talks with Sergei Lavrov, "
                            "diplomats said.")
    assert any(code.startswith("04") and s == "Wang Yi" and t and "Lavrov" in t for code, s, t in found)
    assert not [d for d in found if d[1] and "diplomat" in d[1]]


def test_a_summit_attended_abroad_with_no_one_named_is_a_visit_to_the_host(pipeline):
    found = dyads(pipeline, "The Japanese prime minister will attend a conference in Paris next week.")
    assert [d for d in found if d[0] == "042" and d[2] == "France"]
    assert not [d for d in found if d[0] == "044"]


def test_a_summit_attended_with_someone_named_stays_a_meeting(pipeline):
    found = dyads(pipeline, "Egypt's foreign minister attended talks with Jordan's king in Amman.")
    assert [d for d in found if d[0] == "044"]


def test_claiming_responsibility_for_an_attack_makes_the_claimant_its_doer(pipeline):
    found = dyads(pipeline, "Al-Shabab claimed responsibility for the attack on Kenyan troops.")
    assert [d for d in found if d[0] == "015" and d[1] == "Al-Shabab"]
    assert [d for d in found if d[0] == "190" and d[1] == "Al-Shabab"]


def test_a_reduced_relative_read_as_the_main_verb_leaves_the_passive_its_subject(pipeline):
    found = dyads(pipeline, "The civilians imprisoned for acting against Moscow were released yesterday by "
                            "Putin himself.")
    assert [d for d in found if d[0].startswith("084") and d[1] and "Putin" in d[1] and d[2] == "civilians"]
    assert not [d for d in found if d[0] == "173" and d[1] == "civilians"]


def test_positions_named_by_a_rebel_word_are_the_rebels(pipeline):
    record = pipeline.extract("Sudanese troops shelled rebel positions near El Fasher on Sunday.")
    by_id = {a.id: a for a in record.actors}
    targets = [by_id[e.target] for e in record.events if e.target and e.code.startswith("19")]
    assert any(a.country == "SDN" and a.sector == "REB" for a in targets)


def test_army_bases_struck_by_rebels_are_the_state_s_forces(pipeline):
    record = pipeline.extract("Insurgents attacked army bases in Mali on Tuesday.")
    by_id = {a.id: a for a in record.actors}
    targets = [by_id[e.target] for e in record.events if e.target and e.code.startswith("19")]
    assert any(a.country == "MLI" and a.sector == "MIL" for a in targets)


def test_positions_told_without_an_attacker_get_no_holder(pipeline):
    found = dyads(pipeline, "The strikes were aimed at army positions in Libya.")
    assert not any(target and "army" in target for _, _, target in found)


def test_the_body_word_names_the_organisation_told_of_before(pipeline):
    found = dyads(pipeline, "Ana Ruiz leads the National Mining Federation in Chile. She said the federation "
                            "would call a strike if the government closed the mines.")
    assert any(code == "133" and source == "National Mining Federation" for code, source, _ in found)


def test_the_body_word_of_a_teller_names_the_teller_s_organisation(pipeline):
    found = dyads(pipeline, "Luis Vera, president of the CUT union, spoke in Santiago. He said the federation "
                            "would stage a strike if the Congress of Chile passed the bill.")
    assert any(code == "133" and source == "CUT union" for code, source, _ in found)


def test_a_threat_names_its_target_through_the_act_threatened(pipeline):
    found = dyads(pipeline, "The Nigerian government threatened to withhold a month's salary from striking doctors.")
    assert any(code.startswith("13") and target and "doctors" in target for code, _, target in found)


def test_an_ambush_on_a_police_convoy_is_aimed_at_the_state_s_police(pipeline):
    record = pipeline.extract("Gunmen staged an ambush on a police convoy in southern Chad.")
    by_id = {a.id: a for a in record.actors}
    targets = [by_id[e.target] for e in record.events if e.target and e.code.startswith("19")]
    assert any(a.country == "TCD" and a.sector == "COP" for a in targets)
