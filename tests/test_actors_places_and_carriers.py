"""Actor-stage classes met on new text: state carriers and broadcasters the dictionary lacked, civil
space agencies, border guards named by their state, a town that shares a leader's surname, a place
named by its kind ("the state of X"), and a town glued before a person's name. The sentences are the
team's own."""
from __future__ import annotations

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def all_names(record) -> set[str]:
    return {n for a in record.actors for n in (a.name, *a.aliases)}


def test_state_airlines_are_businesses_of_their_state(extract):
    record = extract("Flights halted\n\nThe new sanctions hit Aeroflot and Belavia, while Lufthansa said it "
                     "would keep its routes to Warsaw.\n")
    for name, code in (("Aeroflot", "RUSBUS"), ("Belavia", "BLRBUS"), ("Lufthansa", "DEUBUS")):
        actor = named(record, name)
        assert actor is not None and actor.code == code, name


def test_a_national_broadcaster_known_by_its_acronym(extract):
    record = extract("Coup attempt\n\nMORONI - Soldiers seized the studios of the ORTC on Monday and read a "
                     "statement on air.\n")
    broadcaster = named(record, "ORTC")
    assert broadcaster is not None and broadcaster.code == "COMMED"


def test_a_space_agency_is_part_of_its_government(extract):
    record = extract("Launch\n\nThe Turkish Space Agency said on Friday that the satellite reached orbit. "
                     "The Indian Space Research Organisation congratulated it.\n")
    turkish = named(record, "Turkish Space Agency")
    assert turkish is not None and turkish.code == "TURGOV"
    indian = named(record, "Indian Space Research Organisation")
    assert indian is not None and indian.code == "INDGOV"


def test_border_guards_named_by_their_state_are_police(extract):
    record = extract("Crossing\n\nPolish border guards said 40 people tried to cross the fence overnight. "
                     "The group was stopped, according to Latvian border guards.\n")
    polish = named(record, "Polish border guards")
    assert polish is not None and polish.code == "POLCOP"
    latvian = named(record, "Latvian border guards")
    assert latvian is not None and latvian.code == "LVACOP"


def test_border_guards_of_no_named_state_make_no_group(extract):
    record = extract("Crossing\n\nBorder guards said 40 people tried to cross the fence overnight.\n")
    assert not any("guards" in n for n in all_names(record))


def test_a_town_that_shares_a_leaders_surname_is_only_a_place(extract):
    record = extract("Clashes\n\nRebels and the army fought near the town of Masisi on Sunday. Shells fell "
                     "on two villages around Masisi overnight, residents said.\n")
    assert "Mokgweetsi Masisi" not in all_names(record)


def test_a_place_named_by_its_kind_is_no_person(extract):
    record = extract("Fishermen held\n\nThe crews, all from the southern state of Tamil Nadu, were taken to "
                     "the port on Tuesday.\n")
    assert "Tamil Nadu" not in all_names(record)


def test_a_town_before_a_name_is_where_the_person_works(extract):
    record = extract("Aid\n\nThe World Food Programme warned of famine, and its representative in Nairobi "
                     "James Otieno said stocks would run out in May.\n")
    assert named(record, "James Otieno") is not None
    assert "Nairobi James Otieno" not in all_names(record)


def test_a_body_named_before_its_staff_is_an_actor(extract):
    record = extract("Prisoners freed\n\nThe released men were met at the crossing by U.S. embassy staff on "
                     "Thursday.\n")
    embassy = named(record, "U.S. embassy")
    assert embassy is not None and embassy.code == "USAGOV"


def test_a_body_before_its_employees_takes_the_state_of_the_phrase(extract):
    record = extract("Strike\n\nProtesters blocked the gates as British embassy employees left the compound "
                     "on Friday.\n")
    embassy = named(record, "British embassy")
    assert embassy is not None and embassy.code == "GBRGOV"


def test_a_spokesman_of_a_ministry_names_no_second_body(extract):
    record = extract("Talks\n\nA Maltese government spokeswoman said on Monday that the talks would go on.\n")
    assert not any(a.type == "ORG" for a in record.actors)


def test_a_legislature_named_by_role_words_is_the_storys_state(extract):
    record = extract("Coup\n\nMORONI - Soldiers announced the dissolution of the government of the Comoros "
                     "and of the Assembly of the Union on Monday.\n")
    assembly = named(record, "Assembly of the Union")
    assert assembly is not None and assembly.code == "COMLEG"


def test_the_dictionary_legislature_stays_in_its_own_state(extract):
    record = extract("Vote\n\nNAYPYITAW - Myanmar's military said on Monday that the Assembly of the Union "
                     "would meet next week.\n")
    assembly = named(record, "Assembly of the Union")
    assert assembly is not None and assembly.code == "MMRLEG"


def test_its_spokesman_posted_in_a_city_is_of_the_body_named_before(extract):
    record = extract("Aid\n\nThe World Food Programme said its spokesman in Amman, Omar Said, would travel to "
                     "the camps on Monday.\n")
    person = named(record, "Omar Said")
    assert person is not None and person.sector == "IGO"


def test_their_envoy_posted_in_a_city_is_of_the_body_named_before(extract):
    record = extract("Truce\n\nThe African Union sent a team on Monday, and its envoy in Khartoum, Amina Bello, "
                     "met both commanders.\n")
    person = named(record, "Amina Bello")
    assert person is not None and person.sector == "IGO"
