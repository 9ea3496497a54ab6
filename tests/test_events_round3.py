"""Event readings added in round 3: one act per agreement, mutual acts both ways, misparsed
court verbs, and the doer of talks someone travels to hold."""
from __future__ import annotations


def dyads(pipeline, text):
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def test_agreeing_to_extend_a_ceasefire_is_not_also_a_plain_agreement(pipeline):
    found = dyads(pipeline, "Armenia and Azerbaijan agree to extend the ceasefire and release detainees\n\n"
                            "Officials in both capitals confirmed the deal on Friday.")
    assert not [d for d in found if d[0] == "030"]


def test_a_mutual_act_agreed_beside_another_is_coded_both_ways(pipeline):
    found = dyads(pipeline, "Ukraine and Russia agreed on Friday to extend the ceasefire and to swap "
                            "hundreds of prisoners of war.")
    swaps = {(s, t) for code, s, t in found if code == "0841"}
    assert ("Ukraine", "Russia") in swaps and ("Russia", "Ukraine") in swaps


def test_two_words_of_one_criticism_stay_one_event(pipeline):
    found = dyads(pipeline, "Germany condemned the verdict against the Belarusian activist as unjust and cruel.")
    assert len([d for d in found if d[0].startswith("11")]) <= 1


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


def test_an_act_someone_is_accused_of_is_the_accused_s_against_the_accuser(pipeline):
    record = pipeline.extract("Estonia accused Russia on Monday of a cyberattack that crippled its tax office.")
    names = {a.id: a.name for a in record.actors}
    attacks = [e for e in record.events if e.code == "171"]
    assert attacks and names.get(attacks[0].source) == "Russia" and names.get(attacks[0].target) == "Estonia"
    assert attacks[0].modality == "reported"
    assert any(e.code == "112" and names.get(e.source) == "Estonia" for e in record.events)



def test_an_amount_given_in_aid_is_aid(pipeline):
    found = dyads(pipeline, "Japan gives Cambodia about $200 million in assistance every year.")
    assert any(code.startswith("07") and s == "Japan" and t == "Cambodia" for code, s, t in found)
