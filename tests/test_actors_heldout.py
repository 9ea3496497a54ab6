"""Actor-stage rules found on unseen text: bodies inside possessives, names cut by the tagger,
people coded from the organisation beside them, and places or modifiers read as people.
The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def test_a_possessed_security_council_is_the_states_not_the_uns(extract):
    record = extract("President Vahe Grigoryan of Moldova convened his Security Council on Monday. "
                     "Later, Moldova's Security Council met again.\n")
    council = named(record, "Security Council")
    assert council is not None and council.code == "MDAGOV"
    assert named(record, "United Nations Security Council") is None
    assert sum(1 for a in record.actors if "Security Council" in (a.name, *a.aliases)) == 1


def test_the_un_security_council_keeps_its_dictionary_entry(extract):
    record = extract("The UN Security Council met on Monday to discuss the crisis in Sudan.\n")
    council = named(record, "UN Security Council")
    assert council is not None and council.sector == "IGO" and not council.country


def test_an_organisations_unit_is_an_actor_affiliated_to_it(extract):
    record = extract("The African Union's observer mission in Sudan said its teams had seen shelling.\n")
    mission = named(record, "African Union's observer mission in Sudan")
    union = named(record, "African Union")
    assert mission is not None and union is not None
    assert mission.sector == "IGO" and not mission.country
    assert mission.affiliation == union.id


def test_a_states_possessed_government_is_coded_by_the_possessor(extract):
    record = extract("Niger's military government expelled the envoy on Monday.\n")
    government = next(a for a in record.actors if "military government" in (a.name, *a.aliases))
    assert government.code == "NERGOV"


def test_a_body_with_an_of_complement_keeps_it_in_its_name(extract):
    record = extract("In Ouagadougou, the general staff of the armies reported that an attack had been repelled.\n")
    staff = named(record, "general staff of the armies")
    assert staff is not None and staff.sector == "MIL"


def test_the_ministry_after_a_named_ministry_is_that_ministry(extract):
    record = extract("Two guards were hurt on Monday, Moldova's Interior Ministry said. "
                     "The ministry said the attackers fled across the river.\n")
    ministry = named(record, "Moldova's Interior Ministry")
    assert ministry is not None and ministry.code == "MDAGOV"
    assert not [a for a in record.actors if a.type == "GROUP" and a.name.lower() == "ministry"]
    assert any(m.text.lower() == "the ministry" or m.text.lower() == "ministry" for m in ministry.mentions)


def test_a_name_defined_by_its_acronym_is_whole_and_takes_its_country(extract):
    record = extract("The government and the rebel Union for Renewal and Progress in Mali (URPM) agreed to a "
                     "truce on Monday. URPM's head of foreign relations, Moussa Traore, signed it. A spokesman "
                     "for the group, Adama Keita, said it accepted the deal.\n")
    union = named(record, "Union for Renewal and Progress in Mali")
    assert union is not None and union.country == "MLI" and "URPM" in union.aliases
    for person in ("Moussa Traore", "Adama Keita"):
        actor = named(record, person)
        assert actor is not None and actor.affiliation == union.id and actor.country == "MLI"
    assert not [a for a in record.actors if a.anonymous and a.name.lower().startswith("a spokesman")]


def test_a_member_named_after_one_of_its_leaders_takes_the_organisation(extract):
    record = extract("The opposition Democratic Renewal Party said one of its leaders, Maria Popescu, was detained.\n")
    person = named(record, "Maria Popescu")
    party = named(record, "Democratic Renewal Party")
    assert person is not None and party is not None and person.affiliation == party.id


def test_a_state_mediator_is_its_government(extract):
    record = extract('"We are close," the chief Qatari mediator, Saad al-Kuwari, told reporters.\n')
    person = named(record, "Saad al-Kuwari")
    assert person is not None and person.code == "QATGOV"


def test_a_shopkeeper_is_a_civilian(extract):
    record = extract('"The shooting went on all night," said Amina Warsame, a shopkeeper in Mogadishu.\n')
    person = named(record, "Amina Warsame")
    assert person is not None and person.sector == "CVL"


@pytest.mark.parametrize("text, not_a_person", [
    ("Militants stormed a police post in the town of Buur Hakaba on Friday, officials said.\n", "Buur Hakaba"),
    ("The minister warned of a Maidan-style uprising funded from abroad.\n", "Maidan-style"),
    ("The verdict was read out by a judge of the Tverskoy court on Monday.\n", "Tverskoy"),
])
def test_places_and_modifiers_are_not_people(extract, text, not_a_person):
    record = extract(text)
    assert not [a for a in record.actors if a.type == "PERSON" and not_a_person in (a.name, *a.aliases)]
