"""Sides the clause around a trigger gives: an addressee a translation gives with "to", the subject a
verb shares with a passive it is coordinated with, an object set off by an inserted phrase, and the asker
named by "at the request of X"."""
from __future__ import annotations

from event_helpers import dyads


def test_an_addressee_given_with_to_before_a_to_clause_is_asked(pipeline):
    found = dyads(pipeline, "Peru's ombudsman asked to the government to reopen the talks with the miners.")
    assert any(code.startswith("02") and target and "government" in target for code, _, target in found)


def test_an_order_given_to_the_protesters_with_to_targets_the_protesters(pipeline):
    # (an order to the state's own police is a command within one state, not a demand: session 13)
    found = dyads(pipeline, "The president of Peru ordered to the protesters to end the blockade.")
    assert any(code.startswith("10") and target and "protesters" in target for code, _, target in found)


def test_a_place_moved_to_before_a_purpose_clause_is_not_addressed(pipeline):
    found = dyads(pipeline, "The Pakistani envoy travelled to Kabul to meet the Taliban.")
    assert not any(target == "Afghanistan" and code.startswith("02") for code, _, target in found)


def test_a_verb_after_a_passive_shares_the_passive_subject(pipeline):
    found = dyads(pipeline, "The Saudi foreign minister was received by President Assad in Damascus and held "
                            "talks with the Syrian foreign minister.")
    talks = [(source, target) for code, source, target in found if code.startswith("04") and code != "043"]
    assert talks and all("Assad" not in (source or "") and "Assad" not in (target or "") for source, target in talks)


def test_an_object_after_an_inserted_phrase_is_the_target(pipeline):
    found = dyads(pipeline, "Police in Kazakhstan detained, according to the rights group, eleven activists in Almaty.")
    assert any(code == "173" and target for code, _, target in found)


def test_a_main_verb_parsed_as_a_modifier_after_a_clause_has_the_sentence_s_subject(pipeline):
    found = dyads(pipeline, "Norway, which borders both countries, offered to host talks between Moscow and Kyiv.")
    assert not any(target == "Norway" for _, _, target in found)


def test_an_unknown_name_is_the_actor_its_apposition_names(pipeline):
    found = dyads(pipeline, "Al-Nahda, the main Sunni opposition group in Kuwait, called on France to press the emir.")
    assert any(code.startswith("02") and source and "opposition" in source and target == "France"
               for code, source, target in found)


def test_an_appeal_in_a_purpose_clause_is_made_of_the_one_summoned(pipeline):
    found = dyads(pipeline, "Kenya's foreign ministry summoned Uganda's high commissioner to ask for the return "
                            "of the stolen cattle.")
    assert any(code.startswith("02") and target and "Uganda" in target for code, _, target in found)


def test_one_urged_to_ask_is_the_one_asking(pipeline):
    found = dyads(pipeline, "Japan urged China to ask North Korea for restraint.")
    assert ("020", "Japan", "China") in found


def test_its_positions_belong_to_the_subject_of_the_clause_above(pipeline):
    found = dyads(pipeline, "Al-Shabaab had claimed attacks on convoys that it says serve Ethiopia, which led "
                            "Kenya and Uganda to launch strikes on its positions in Somalia.")
    strikes = [(source, target) for code, source, target in found if code.startswith("19") and source in ("Kenya", "Uganda")]
    assert strikes and all(target and target != "Ethiopia" for _, target in strikes)


def test_an_it_urged_is_the_body_written_to_before_it(pipeline):
    found = dyads(pipeline, "The opposition party of Pakistan wrote to the International Monetary Fund in February "
                            "urging it to tie any new talks to an audit.")
    assert any(code.startswith("02") and target == "International Monetary Fund" for code, _, target in found)


def test_an_it_urged_is_the_body_a_short_name_points_back_to(pipeline):
    found = dyads(pipeline, "The International Monetary Fund approved a loan to Pakistan. The opposition party of "
                            "Pakistan wrote to the fund in March urging it to tie any new talks to an audit.")
    assert any(code.startswith("02") and target == "International Monetary Fund" for code, _, target in found)


def test_coordinated_doers_of_a_mutual_act_with_no_object_act_on_each_other(pipeline):
    found = dyads(pipeline, "Greece and Turkey traded accusations on Friday over the drilling ship.")
    accusations = {(source, target) for code, source, target in found if code.startswith("11")}
    assert {("Greece", "Turkey"), ("Turkey", "Greece")} <= accusations


def test_the_asker_of_a_request_phrase_is_the_source_and_the_clause_s_doer_the_target(pipeline):
    found = dyads(pipeline, "Chile sent firefighters to Bolivia at the request of President Luis Arce.")
    requests = [(source, target) for code, source, target in found if code.startswith("02")]
    assert requests and all(source and "Arce" in source and target == "Chile" for source, target in requests)


def test_a_request_phrase_naming_a_counterpart_by_title_points_back_at_the_doer(pipeline):
    found = dyads(pipeline, "Ghana's president John Mahama hosted the summit in Accra at the request of his "
                            "Togolese counterpart Faure Gnassingbe.")
    requests = [(source, target) for code, source, target in found if code.startswith("02")]
    assert requests and all("Mahama" not in (source or "") and "Mahama" in (target or "")
                            for source, target in requests)


def test_a_subject_of_a_noun_read_as_the_sentence_head_is_the_doer_not_the_target(pipeline):
    found = dyads(pipeline, "The Secretary General of the Organization of American States, Luis Almagro, condemned "
                            "in the social network X any attempt to break the democratic order in Peru.")
    assert not any(target and "Almagro" in target for _, _, target in found)
