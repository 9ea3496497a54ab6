"""Actor rules met on unseen text: a body named after its state with one more word ("Kenya Airways"),
a party or alliance named after its state, the "Government of National ..." of a coalition, a rank of
two words the tagger reads as the start of an organisation, and the constitutional council as a court.
The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, code", [
    ("Flights cut\n\nUganda Airlines cancelled its evening flights after the storm, the carrier said.\n",
     "Uganda Airlines", "UGABUS"),
    ("Strike ends\n\nThe Ghana Police arrested two men who had blocked the road to the port.\n",
     "Ghana Police", "GHACOP"),
    ("Merger talks\n\nKenya Airways said on Monday it would sell two aircraft to cut its debt.\n",
     "Kenya Airways", "KENBUS"),
])
def test_a_state_name_and_one_body_word_is_one_body(extract, text, name, code):
    record = extract(text)
    body = named(record, name)
    assert body is not None and body.code == code


@pytest.mark.parametrize("text, name, iso", [
    ("Campaign opens\n\nThe candidate, 58, leads the Zambia Renewal Alliance (ZRA), which won four seats.\n",
     "Zambia Renewal Alliance", "ZMB"),
    ("Coalition deal\n\nThe Malawi Farmers Party said it would back the president in the new parliament.\n",
     "Malawi Farmers Party", "MWI"),
])
def test_a_party_or_alliance_named_after_its_state_is_no_state(extract, text, name, iso):
    record = extract(text)
    body = named(record, name)
    assert body is not None and body.country == iso
    state = next((a for a in record.actors if a.type == "GPE" and a.country == iso), None)
    assert state is None or not any(n.isupper() and len(n) > 2 for n in state.aliases)


def test_a_foreign_party_of_the_same_last_words_is_not_matched(extract):
    record = extract("Coalition deal\n\nThe Ghana Workers Party said it would back the president.\n")
    party = named(record, "Ghana Workers Party")
    assert party is not None and party.country == "GHA"
    assert all(a.country != "BRA" for a in record.actors)


@pytest.mark.parametrize("text, iso", [
    ("Tripoli shelling\n\nTwo civilians were killed in Tripoli, the Health Ministry of the Government of "
     "National Unity said on Sunday.\n", "LBY"),
    ("Coalition deal\n\nThe ANC agreed to form a Government of National Unity with its rivals in South "
     "Africa.\n", "ZAF"),
])
def test_the_government_of_national_unity_is_a_government_not_a_party(extract, text, iso):
    record = extract(text)
    government = named(record, "Government of National Unity")
    assert government is not None and government.code == iso + "GOV"
    assert named(record, "National Unity") is None
    assert all(a.country != "ISR" for a in record.actors)


@pytest.mark.parametrize("text", [
    "Boat stopped\n\nThe boat was turned back, its regional director, First Admiral Hairul Nizam Omar, told "
    "reporters.\n",
    "Boat stopped\n\nThe navy said the boat was sent back, and its Kedah chief, First Admiral Hairul Nizam "
    "Omar, told a news conference that the crew had been fed.\n",
])
def test_a_two_word_rank_read_as_an_organisation_stays_with_the_name(extract, text):
    record = extract(text)
    officer = named(record, "Hairul Nizam Omar")
    assert officer is not None and officer.sector == "MIL" and officer.type == "PERSON"
    assert not any("Admiral" in a.name for a in record.actors)


def test_a_constitutional_council_is_a_court(extract):
    record = extract("Election appeal\n\nThe opposition asked the Constitutional Council of Gabon on Friday "
                     "to cancel the results of the presidential election.\n")
    council = next((a for a in record.actors if "Constitutional Council" in a.name), None)
    assert council is not None and council.sector == "JUD"


@pytest.mark.parametrize("text, place", [
    ("Water row\n\nSudan objected to the third filling of the Merowe Dam, officials said.\n", "Merowe Dam"),
    ("Strike\n\nDrones hit the Baiji Refinery overnight, the police said.\n", "Baiji Refinery"),
    ("Shipping\n\nDozens of ships queued at the Panama Canal on Friday.\n", "Panama Canal"),
])
def test_a_dam_refinery_or_canal_is_a_place_not_an_actor(extract, text, place):
    record = extract(text)
    assert named(record, place) is None


def test_a_canal_authority_is_still_an_actor(extract):
    record = extract("Shipping\n\nThe Suez Canal Authority said traffic was back to normal on Friday.\n")
    assert named(record, "Suez Canal Authority") is not None
