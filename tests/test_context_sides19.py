"""A hostile act told with its doer and no one on its receiving end falls on the party the doer
last acted against, told a few sentences before (English news leaves out the adversary the reader
already knows). Sentences invented for these tests."""
from __future__ import annotations

from tests.event_helpers import coded_dyads


def _root(dyads, root: str):
    return [d for d in dyads if d[0].startswith(root)]


def test_a_seizure_falls_on_the_people_the_police_just_arrested(pipeline):
    text = ("Kenyan police arrested 40 members of the Orange Democratic Movement in Nairobi on Monday. "
            "Officers also seized leaflets and loudspeakers, the interior ministry said.")
    seized = [d for d in coded_dyads(pipeline, text) if d[0] == "171"]
    assert seized and all(target is not None and target.startswith("KEN") for _, _, target in seized)


def test_a_protest_falls_on_the_state_whose_diplomats_were_expelled(pipeline):
    text = ("Moldova expelled two Russian diplomats on Tuesday over a drone that crashed near its border. "
            "The Moldovan foreign ministry also lodged a formal protest, a spokesman said.")
    protests = [d for d in coded_dyads(pipeline, text) if d[0] == "114"]
    assert protests and all(target is not None and target.startswith("RUS") for _, _, target in protests)


def test_a_meeting_is_no_quarrel_to_aim_a_protest_at(pipeline):
    text = ("Moldova's president met the Romanian prime minister in Chisinau on Tuesday. "
            "The Moldovan foreign ministry also lodged a formal protest, a spokesman said.")
    assert not [d for d in coded_dyads(pipeline, text) if d[0] == "114" and d[2] and d[2].startswith("ROU")]


def test_a_quarrel_told_long_before_is_not_remembered(pipeline):
    text = ("Moldova expelled two Russian diplomats on Tuesday over a drone that crashed near its border. "
            "The drone carried no explosives, officials said. "
            "Farmers in the area said they heard a loud bang before dawn. "
            "The border guard has since stepped up patrols along the river. "
            "Schools in the district stayed open on Wednesday. "
            "The Moldovan foreign ministry also lodged a formal protest, a spokesman said.")
    protests = [d for d in coded_dyads(pipeline, text) if d[0] == "114"]
    assert not [d for d in protests if d[2] and d[2].startswith("RUS")]


def test_an_act_told_as_the_content_of_an_accusation_takes_no_adversary(pipeline):
    text = ("Armenia detained three Azerbaijani soldiers near the border on Monday. "
            "Baku accused Yerevan of staging provocations along the frontier.")
    dyads = coded_dyads(pipeline, text)
    assert ("112", "AZEGOV", "ARMGOV") in dyads
    assert not [d for d in dyads if d[0].startswith("11") and d[1] and d[1].startswith("ARM")]
