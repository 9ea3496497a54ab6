"""Actor classes that recur in first-sight misses of several held-out sets, checked on the team's own
sentences: a sentence-opening "Its leader, X" is the leader of the previous sentence's subject (not of
the body named last), and the head of "the mission" an international body sent serves that body,
whatever nationality the text gives them."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, sector", [
    ("Vote\n\nThe opposition Democratic Party staged a rally and urged the European Union to act. "
     "Its leader, Karl Hofer, said the vote was rigged.\n", "Karl Hofer", "OPP"),  # a party of no state named
    ("Vote\n\nThe Socialist Party boycotted the session and asked the United Nations to send monitors. "
     "Its chairman, Pavel Dvorak, said the count was a farce.\n", "Pavel Dvorak", "PTY"),
    ("Trial\n\nAmnesty International criticised the verdict and urged the Council of Europe to intervene. "
     "Its director, Laura Weiss, called the trial unfair.\n", "Laura Weiss", "NGO"),
])
def test_its_opening_a_sentence_is_the_previous_subject(extract, text, name, sector):
    actor = named(extract(text), name)
    assert actor is not None
    assert actor.sector == sector


def test_its_inside_a_sentence_keeps_the_nearest_body(extract):
    text = ("Vote\n\nThe Socialist Party boycotted the session. The United Nations said its envoy, "
            "Maria Lopes, would visit next week.\n")
    actor = named(extract(text), "Maria Lopes")
    assert actor is not None and actor.sector == "IGO"


@pytest.mark.parametrize("text, name, sector", [
    ("Vote\n\nThe European Union deployed an observation mission for the runoff. \"The count was orderly,\" "
     "the head of the mission, Portuguese lawmaker Rui Tavares, said in Maputo.\n", "Rui Tavares", "IGO"),
    ("Vote\n\nA monitoring mission of the African Union arrived in Bangui last week. The chief of the "
     "mission, Nigerian diplomat Musa Bello, told reporters the vote was calm.\n", "Musa Bello", "IGO"),
    ("Floods\n\nDoctors Without Borders sent a mission to the flooded district. The head of the mission, "
     "French nurse Claire Dubois, said thousands lacked water.\n", "Claire Dubois", "NGO"),
])
def test_head_of_an_international_mission_serves_its_sender(extract, text, name, sector):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == (None, sector)


@pytest.mark.parametrize("text, name, want", [
    ("Talks\n\nKenya sent a delegation to the talks in Geneva, hosted by the United Nations. The head of "
     "the delegation, Kenyan Foreign Minister Musalia Mudavadi, said progress was slow.\n",
     "Musalia Mudavadi", ("KEN", "GOV")),
    ("Embassy\n\nThe head of the mission, French diplomat Jean Morel, said the embassy would stay open.\n",
     "Jean Morel", ("FRA", "GOV")),
])
def test_head_of_a_state_s_mission_keeps_the_state(extract, text, name, want):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == want


@pytest.mark.parametrize("text, name, want", [
    ("Gifts\n\nPolice raided the mayor's home in Lima. The attorney general's office said on Monday it would "
     "charge the mayor.\n", "attorney general's office", ("PER", "JUD")),
    ("Unrest\n\nProtesters gathered outside parliament in Kyiv. The Prosecutor General's Office opened a case "
     "against the two officers.\n", "Prosecutor General's Office", ("UKR", "JUD")),
    ("Hijack\n\nThe hijacker was arrested in Tunisia. Libya's prime minister told the prosecutor general's "
     "office to look into the breach at the airport in Misrata.\n", "prosecutor general's office", ("LBY", "JUD")),
])
def test_a_legal_office_named_by_its_post_is_an_actor(extract, text, name, want):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == want


def test_a_post_held_by_a_named_person_stays_the_person(extract):
    record = extract("Ruling\n\nProtesters gathered in Nairobi. Attorney General Justin Muturi said the ruling "
                     "would be appealed. He said the police had acted lawfully.\n")
    assert not any("office" in a.name.lower() for a in record.actors)
    assert code(named(record, "Justin Muturi")) == ("KEN", "JUD")


def test_a_minister_s_office_is_no_new_body(extract):
    record = extract("Trip\n\nThe minister's office in Nairobi said the trip was cancelled.\n")
    assert not any("office" in a.name.lower() for a in record.actors)


@pytest.mark.parametrize("text, name", [
    ("Pipeline\n\nA bomb hit a gas pipeline in Balochistan, Pakistan. A little-known group, the Baloch Freedom "
     "Guards, said it had carried out the attack.\n", "Baloch Freedom Guards"),
    ("Ambush\n\nGunmen killed six soldiers in northern Burkina Faso. The Sahel Liberation Front claimed "
     "responsibility for the ambush.\n", "Sahel Liberation Front"),
    ("Blast\n\nA car bomb killed ten people in Kismayo, Somalia. The Jubba Martyrs Movement said it was behind "
     "the blast.\n", "Jubba Martyrs Movement"),
])
def test_an_unknown_body_claiming_an_attack_is_an_armed_group(extract, text, name):
    record = extract(text)
    actor = named(record, name)
    assert actor is not None
    assert actor.sector == "REB"
    assert actor.country == next(a.country for a in record.actors if a.type == "GPE")


@pytest.mark.parametrize("text, name", [
    ("Blast\n\nA bomb killed ten people in Kismayo, Somalia. The Nile Trust said it was aware of the attack.\n",
     "Nile Trust"),
    ("Port\n\nThe Workers Union said it was behind the strike that shut the port in Mombasa, Kenya.\n",
     "Workers Union"),
])
def test_a_body_that_only_speaks_of_an_attack_is_no_armed_group(extract, text, name):
    actor = named(extract(text), name)
    assert actor is None or actor.sector != "REB"
