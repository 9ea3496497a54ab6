"""Mends after the session-17 review: each case misread by a rule written this session."""
import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)
from event_helpers import dyads


def test_a_party_of_the_story_s_other_side_keeps_its_state(extract):
    record = extract("Drills\n\nBEIJING, May 2 - China held naval drills around Taiwan on Monday. Chinese warships "
                     "circled the island for hours, and Beijing said China would not back down. The Democratic "
                     "Progressive Party condemned the drills.\n")
    party = named(record, "Democratic Progressive Party")
    assert party is not None and party.country == "TWN", party


def test_a_missile_fired_at_a_named_place_is_no_show_of_force(pipeline):
    found = dyads(pipeline, "Strikes\n\nZAPORIZHZHIA, May 2 - Russian forces fired missiles at Zaporizhzhia "
                            "on Monday, Ukraine's air force said.\n")
    assert not [d for d in found if d[0] == "150"], found


def test_who_after_a_place_stands_for_the_person_before_it(pipeline):
    found = dyads(pipeline, "Spy row\n\nKAMPALA, May 2 - A spokesman for the Ugandan embassy in Nairobi who "
                            "accused Kenya of spying was recalled on Monday.\n")
    assert any(d[0] == "112" and d[2] == "Kenya" for d in found), found


@pytest.mark.parametrize("sentence", [
    'Kenya called the Ugandan plan "ambitious" on Monday.',
    'Kenya described the talks with Uganda as "frank".',
])
def test_a_quoted_plain_adjective_is_no_criticism(pipeline, sentence):
    found = dyads(pipeline, f"Talks\n\nNAIROBI, May 2 - {sentence}\n")
    assert not [d for d in found if d[0] == "111"], found


def test_a_warning_that_one_has_the_right_to_respond_is_a_threat(pipeline):
    found = dyads(pipeline, "Warning\n\nTEHRAN, May 2 - Iran warned the United States that it has the right "
                            "to respond to any attack.\n")
    assert any(d[0].startswith("13") and d[1] == "Iran" for d in found), found


def test_routing_the_opposition_at_the_polls_is_no_fighting(pipeline):
    found = dyads(pipeline, "Vote\n\nLUSAKA, May 2 - Zambia's ruling party routed the opposition in Thursday's "
                            "election, officials said.\n")
    assert not [d for d in found if d[0] == "190"], found


def test_withdrawing_a_charge_is_no_recall(pipeline):
    found = dyads(pipeline, "Court\n\nKAMPALA, May 2 - Uganda withdrew the charge against a Kenyan trader "
                            "on Monday.\n")
    assert not [d for d in found if d[0] == "161"], found


def test_a_titled_name_that_is_also_a_town_stays_a_person(extract):
    record = extract("Operation\n\nMANILA, May 2 - General Santos would lead the operation, the army said.\n")
    assert any("Santos" in a.name for a in record.actors), [a.name for a in record.actors]
