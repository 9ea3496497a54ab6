"""Accusations and blame that used to produce no event: a denial answered with a counter-accusation,
blame "put on" a party, reproaches, regret at a cancellation, and the bodies an accusation names
by their kind ("the commission", "the utility", "the humanitarian organisation")."""
from __future__ import annotations

import pytest

from event_helpers import coded, coded_dyads, dyads


# --------------------------------------------------------------------------- denial, then accusation

def test_accusation_joined_to_a_denied_passive_is_the_deniers_own(pipeline):
    text = ("Rebels of the Northern Liberation Front ambushed an army convoy near Torit on Monday. "
            "A rebel spokesman, Samuel Oketch, denied that the front was implicated and accused the army of "
            "faking attacks to discredit the rebels.")
    assert ("112", "Samuel Oketch", "army") in coded(pipeline, text, "112")


def test_shared_subject_of_a_reported_passive_still_holds_for_other_verbs(pipeline):
    # only an accusation is lifted out of the denied clause: other acts stay denied with it
    text = ("A spokesman for the Northern Liberation Front, Samuel Oketch, denied that the front was "
            "implicated and attacked the army, and accused the government of lying.")
    found = dyads(pipeline, text)
    assert ("112", "Samuel Oketch", "government") in found
    assert not [d for d in found if d[0].startswith("19")]


# --------------------------------------------------------------------------- blame put on a party

@pytest.mark.parametrize("verb", ["put", "laid", "pinned", "placed"])
def test_blame_put_on_a_party_is_an_accusation(pipeline, verb):
    text = (f"Kenya's interior ministry {verb} the blame on the Kisumu Water and Sewerage Company for "
            "the outbreak.")
    assert ("112", "Kenya's interior ministry", "Kisumu Water and Sewerage Company") in dyads(pipeline, text)


def test_put_with_no_blame_is_not_an_accusation(pipeline):
    text = "Kenya's interior ministry put the question to the Kisumu Water and Sewerage Company."
    assert not coded(pipeline, text, "112")


def test_the_thing_blamed_on_a_party_leaves_the_party_as_target(pipeline):
    text = "President Ilham Aliyev blamed the crash of the airliner on Russia."
    assert ("112", "Ilham Aliyev", "Russia") in dyads(pipeline, text)


# --------------------------------------------------------------------------- reproach

def test_reproach_to_a_party_is_an_accusation(pipeline):
    text = ("The Chadian foreign ministry expelled the country director of the Danish Refugee Council "
            "on Friday. The ministry also reproaches to the humanitarian organisation \"conduct at odds "
            "with its mandate\".")
    record = pipeline.extract(text)
    names = {a.id: a for a in record.actors}
    accusations = [(names[e.source].name, names[e.target].name) for e in record.events
                   if e.code == "112" and e.source in names and e.target in names]
    assert ("Chadian foreign ministry", "Danish Refugee Council") in accusations


def test_reproached_party_as_object(pipeline):
    text = "Germany's chancellor reproached Hungary for its veto."
    assert ("112", "Germany's chancellor", "Hungary") in dyads(pipeline, text)


# --------------------------------------------------------------------------- regret at a cancellation

def test_regretting_a_cancellation_is_disapproval(pipeline):
    text = ("Japan cancelled the foreign minister's visit to Seoul on Monday. South Korea's foreign minister "
            "said he regretted the cancellation.")
    assert [d for d in coded_dyads(pipeline, text) if d[0] == "110" and d[1] == "KORGOV"]


# --------------------------------------------------------------------------- accused bodies named by kind

def test_the_commission_accused_of_a_deed_is_the_commission_named_before(pipeline):
    text = ("Voters in Somalia went to the polls last week. Somalia's National Electoral Commission put "
            "turnout at 40 percent on Tuesday. Opposition candidates in Mogadishu accused the commission "
            "of padding the turnout figures.")
    assert ("112", "Opposition candidates", "Somalia's National Electoral Commission") in dyads(pipeline, text)


def test_the_bank_of_a_state_is_still_a_body_of_its_own(pipeline):
    text = ("The World Bank cut its growth forecast for Ghana. Opposition leaders accused the Bank of Ghana "
            "of hiding the losses.")
    found = dyads(pipeline, text)
    assert ("112", "Opposition leaders", "Bank of Ghana") in found
    assert ("112", "Opposition leaders", "World Bank") not in found


def test_the_utility_is_the_water_company_named_before(pipeline):
    text = ("Cholera cases rose in Kisumu this week. The county council put the blame on the Kisumu Water "
            "and Sewerage Company. Governor Jane Atieno accused the utility of leaving whole districts "
            "without piped water.")
    assert ("112", "Jane Atieno", "Kisumu Water and Sewerage Company") in dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Nile Bottlers and the Energy Regulatory Commission signed an agreement on Monday.",
    "Nile Bottlers and Uganda Revenue Authority signed an agreement on Monday.",
])
def test_a_body_name_is_not_joined_across_and_to_a_second_body(pipeline, text):
    names = {a.name for a in pipeline.extract(text).actors}
    assert not any(n.startswith("Nile Bottlers and") for n in names)


def test_a_body_name_the_tagger_cut_at_and_is_joined(pipeline):
    text = "Residents blamed the state-owned Ndola Water Supply and Sanitation Company for the outbreak."
    assert ("112", "Residents", "Ndola Water Supply and Sanitation Company") in dyads(pipeline, text)


def test_the_government_side_of_talks_is_the_storys_state(pipeline):
    text = ("Talks between Yemen's government and the Houthis broke down in Muscat on Thursday. The head of "
            "the Houthi delegation, Ali Nasser, accused the government side of striking names off the lists.")
    assert [d for d in coded_dyads(pipeline, text) if d == ("112", "YEMREB", "YEMGOV")]


def test_the_government_side_of_the_border_is_no_actor(pipeline):
    text = "Rebels of the Justice Front fired mortars at the government side of the river."
    assert not [d for d in coded_dyads(pipeline, text) if d[2] and d[2].endswith("GOV")]


def test_regulators_accused_are_the_states(pipeline):
    text = "Senator Ana Cruz of the Philippines accused regulators of ignoring warnings about the dam."
    assert ("112", "PHLLEG", "PHLGOV") in coded_dyads(pipeline, text)


def test_the_mayor_accused_is_the_mayor_named_after(pipeline):
    text = ("Opposition leader Jose Ramos of the Philippines accused the mayor of diverting funds on Monday. "
            "The mayor, Ramon Dizon, denied any involvement.")
    assert ("112", "Jose Ramos", "Ramon Dizon") in dyads(pipeline, text)


def test_a_title_is_not_taken_for_a_later_holder_the_text_does_not_call_so(pipeline):
    text = ("Opposition leader Jose Ramos of the Philippines accused the mayor of diverting funds on Monday. "
            "Mayor Ramon Dizon of Cebu and Mayor Lito Cruz of Davao met on Tuesday.")
    assert not [d for d in dyads(pipeline, text) if d[0] == "112" and d[2] in ("Ramon Dizon", "Lito Cruz")]
