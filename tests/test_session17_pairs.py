"""Reciprocal acts told of a pair ("the two agreed", "each ... the other's", "X and Y expel diplomats")
are coded both ways; a simple past joined to a reported perfect ("said the army had pursued them and
killed ...") is the reported subject's deed unless it is what a teller goes on to say."""
from __future__ import annotations

from event_helpers import dyads


def _with_code(found, prefix):
    return {(source, target) for code, source, target in found if code.startswith(prefix)}


def test_the_two_after_a_phone_call_are_its_two_parties_both_ways(pipeline):
    found = dyads(pipeline, "Kenyan Trade Minister Odhiambo Wekesange phoned Ugandan Trade Minister "
                            "Joyce Nabiryeko on Monday, and the two agreed to meet for talks in Kampala next month.")
    assert {("Odhiambo Wekesange", "Joyce Nabiryeko"), ("Joyce Nabiryeko", "Odhiambo Wekesange")} \
        <= _with_code(found, "036")


def test_each_expelling_the_other_s_diplomats_goes_both_ways(pipeline):
    found = dyads(pipeline, "Chile and Peru each expelled three of the other's diplomats on Tuesday.")
    assert _with_code(found, "174") == {("Chile", "Peru"), ("Peru", "Chile")}


def test_each_side_accusing_the_other_is_the_pair_told_before_both_ways(pipeline):
    found = dyads(pipeline, "Heavy fighting broke out near Bunia between Congo's army and the M23 rebels. "
                            "Each side blamed the other for starting the battle.")
    accusations = _with_code(found, "112")
    assert len(accusations) == 2 and {(b, a) for a, b in accusations} == accusations


def test_two_states_expelling_diplomats_no_one_owns_expel_each_other_s(pipeline):
    found = dyads(pipeline, "Lithuania and Belarus expelled diplomats on Thursday.")
    assert _with_code(found, "174") == {("Lithuania", "Belarus"), ("Belarus", "Lithuania")}


def test_diplomats_of_a_third_state_are_not_each_other_s(pipeline):
    found = dyads(pipeline, "Lithuania and Latvia expelled Belarusian diplomats on Thursday.")
    expulsions = _with_code(found, "174")
    assert expulsions and not {("Lithuania", "Latvia"), ("Latvia", "Lithuania")} & expulsions


def test_the_sides_are_the_pair_that_met(pipeline):
    found = dyads(pipeline, "Delegations of Armenia and Georgia met in Tbilisi on Monday. "
                            "The sides signed a protocol on border crossings.")
    assert _with_code(found, "057") & {("Armenia", "Georgia"), ("Georgia", "Armenia")}


def test_named_sides_are_not_the_pair_told_before(pipeline):
    found = dyads(pipeline, "Delegations of Armenia and Georgia met in Tbilisi on Monday. The Turkish and Azerbaijani "
                            "sides signed a protocol on border crossings on Tuesday.")
    assert not _with_code(found, "057") & {("Armenia", "Georgia"), ("Georgia", "Armenia")}


def test_a_deed_joined_to_a_reported_perfect_is_the_reported_subject_s(pipeline):
    found = dyads(pipeline, "Ghana's defence ministry said Togolese troops had entered Ghanaian territory near "
                            "Aflao and shelled a Ghanaian army post.")
    assert {source for code, source, _ in found if code.startswith("19")} == {"Togolese troops"}


def test_an_appeal_joined_to_a_reported_perfect_stays_the_teller_s(pipeline):
    found = dyads(pipeline, "Ghana's defence ministry said Togolese soldiers had crossed the border on Sunday and "
                            "urged Lome to withdraw them.")
    assert any(code.startswith("02") and source == "Ghana's defence ministry" for code, source, _ in found)


def test_a_party_welcoming_its_own_deal_is_not_aimed_at_its_own_state(pipeline):
    found = dyads(pipeline, "Kenya and Tanzania signed a border agreement in Arusha on Monday. Kenyan President "
                            "Rafael Kiprono welcomed the agreement on Tuesday.")
    assert not any(code.startswith("05") and code != "057" and target == "Kenya" for code, _, target in found)


def test_each_accusing_the_other_of_an_act_aims_at_the_other_not_the_act(pipeline):
    found = dyads(pipeline, "Rwanda and Burundi each accused the other of backing rebels.")
    assert _with_code(found, "112") == {("Rwanda", "Burundi"), ("Burundi", "Rwanda")}


def test_the_two_who_underwent_an_act_are_no_pair_of_parties(pipeline):
    found = dyads(pipeline, "Police arrested two Ghanaian journalists on Monday. The two were released on bail.")
    assert not any(code.startswith("08") and "Police" in (source, target) for code, source, target in found)


def test_both_after_a_meeting_of_two_presidents_is_their_pair(pipeline):
    found = dyads(pipeline, "Ghana's President Kwame Asante met Togo's President Koffi Dossou in Accra on Monday. "
                            "Both agreed to reopen the border crossing at Aflao.")
    # agreeing together is one agreement between the pair, from the one named first (session 19); an
    # act agreed to that has a pattern of its own (a border reopened, 081) is coded instead (session 22)
    agreed = _with_code(found, "03") | _with_code(found, "08")
    assert ("Kwame Asante", "Koffi Dossou") in agreed
    assert ("Koffi Dossou", "Kwame Asante") not in agreed
