"""How an act is read from its words: which words are acts at all, which code they get, and whose
act the parse makes them (verb forms, participles, misparsed headlines)."""
from __future__ import annotations

import pytest

from event_helpers import dyads
from newsgraph.pipeline.events import find_events


@pytest.mark.parametrize("text", [
    "UN food convoy reaches besieged Sudanese town after long wait\n\nThe trucks arrived on Friday.",
    "The convoy reached the besieged town of Kidal in Mali on Friday.",
])
def test_a_participle_before_a_noun_is_no_act(pipeline, text):
    doc = pipeline.nlp(text)
    verbs_only = pipeline.nlp.get_pipe("ng_events").verb_only_lemmas
    assert not [c for c in find_events(doc, verb_only_lemmas=verbs_only) if c.trigger.lower_ == "besieged"]


def test_a_past_verb_before_its_object_is_still_an_act(pipeline):
    found = dyads(pipeline, "Rebels besieged the Malian town of Kidal in May.")
    assert [d for d in found if d[0] == "191"]


def test_a_kind_noun_before_a_party_reports_no_act(pipeline):
    found = dyads(pipeline, "Brazilian riot police used water cannon outside the ministry in Brasilia.")
    assert not [d for d in found if d[0].startswith("14")]


def test_a_border_closure_is_a_restriction_even_with_no_neighbour_named(pipeline):
    found = dyads(pipeline, "The Chadian government decided the closure of the border crossing at Adre.")
    assert [d for d in found if d[0] == "191" and d[1] and "government" in d[1]]


def test_walking_out_of_talks_halts_them(pipeline):
    found = dyads(pipeline, "Opposition delegates walked out of the talks with the Venezuelan government on Monday.")
    assert any(code == "164" and target and "government" in target for code, _, target in found)


def test_workers_walking_out_do_not_halt_talks(pipeline):
    found = dyads(pipeline, "Thousands of dock workers walked out on Monday over pay.")
    assert not [d for d in found if d[0] == "164"]


def test_renewing_a_peacekeeping_mandate_provides_peacekeepers(pipeline):
    found = dyads(pipeline, "The Security Council renewed the mandate of its peacekeeping mission in Mali for a year.")
    assert any(code == "074" and target == "Mali" for code, _, target in found)


def test_agreeing_to_keep_an_act_named_by_a_noun_is_not_a_second_event(pipeline):
    found = dyads(pipeline, "The European Union and Britain agreed to keep the embargo on Belarus.")
    assert [d for d in found if d[0] == "163"]
    assert not [d for d in found if d[0] == "030"]


def test_agreeing_to_extend_a_ceasefire_is_not_also_a_plain_agreement(pipeline):
    found = dyads(pipeline, "Armenia and Azerbaijan agree to extend the ceasefire and release detainees\n\n"
                            "Officials in both capitals confirmed the deal on Friday.")
    assert not [d for d in found if d[0] == "030"]


def test_two_words_of_one_criticism_stay_one_event(pipeline):
    found = dyads(pipeline, "Germany condemned the verdict against the Belarusian activist as unjust and cruel.")
    assert len([d for d in found if d[0].startswith("11")]) <= 1


def test_an_amount_given_in_aid_is_aid(pipeline):
    found = dyads(pipeline, "Japan gives Cambodia about $200 million in assistance every year.")
    assert any(code.startswith("07") and s == "Japan" and t == "Cambodia" for code, s, t in found)


def test_claiming_ones_own_attack_is_a_claim_of_responsibility(pipeline):
    found = dyads(pipeline, "Hamas claimed it had fired rockets at Israel.")
    assert [d for d in found if d[0] == "015" and d[1] == "Hamas" and d[2] == "Israel"]


def test_claiming_anothers_attack_is_no_claim_of_responsibility(pipeline):
    found = dyads(pipeline, "Iran claimed that Israel had attacked its embassy.")
    assert not [d for d in found if d[0] == "015"]


@pytest.mark.parametrize("text", [
    "A Moscow court found journalist Ivan Petrov guilty of treason on Monday.",
    "Ivan Petrov was found guilty of treason by a Moscow court on Monday.",
])
def test_a_finding_of_guilt_is_coded_like_a_conviction(pipeline, text):
    assert any(code == "116" and target == "Ivan Petrov" for code, _, target in dyads(pipeline, text))


def test_finding_something_is_no_finding_of_guilt(pipeline):
    found = dyads(pipeline, "Turkish police found the bodies of two men near the Syrian border.")
    assert not [d for d in found if d[0] == "116"]


def test_a_strike_gone_on_or_called_is_a_labour_strike(pipeline):
    assert any(code == "143" for code, _, _ in dyads(pipeline, "Teachers in Ghana went on strike on Monday."))
    called = dyads(pipeline, "The miners' union in Chile called a strike against the mining company Codelco.")
    assert any(code == "143" for code, _, _ in called)
    assert not any(code.startswith("19") for code, _, _ in called)


def test_a_headline_verb_tagged_as_a_plural_noun_leaves_the_participle_an_adjective(pipeline):
    found = dyads(pipeline, "UN convoy enters besieged Syrian town")
    assert not any(code == "191" for code, _, _ in found)
    kept = dyads(pipeline, "Riot police officers detained four students in Dhaka on Sunday.")
    assert any(code == "173" for code, _, _ in kept)
