"""People and organisations coded from their context (session 16): portfolio titles kept out of
names and bodies, a judge's "Justice", people described by the body they work for, private people
who speak with no description, and bodies coded from their members. The sentences and names are
invented; the states and offices are real."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def _names(record) -> set[str]:
    return {a.name for a in record.actors}


# ------------------------------------------------------------------ portfolio titles

@pytest.mark.parametrize("text,person,expected", [
    # an office with two portfolios: the name starts after the second
    ("Bridge\n\nKAMPALA, May 2 - Minister of Lands and Urban Planning Tom Okello said on Monday the "
     "bridge would reopen.\n", "Tom Okello", ("UGA", "GOV")),
    # a portfolio of several words the tagger leaves out of the name, which the repair grows over
    ("Network\n\nKAMPALA, May 2 - Minister of Information and Communications Technology Irene Nambi "
     "said the network would be restored.\n", "Irene Nambi", ("UGA", "GOV")),
])
def test_an_office_with_several_portfolios_stays_out_of_the_name(extract, text, person, expected):
    record = extract(text)
    actor = named(record, person)
    assert actor is not None, _names(record)
    assert code(actor) == expected
    assert not any(a.name.endswith(person) and a.name != person for a in record.actors)


@pytest.mark.parametrize("text,fragment,person", [
    ("Floods\n\nBRUSSELS, May 2 - The European commissioner of Crisis Management, Anna Lindqvist, said "
     "aid would reach the region by Friday.\n", "Crisis Management", "Anna Lindqvist"),
    ("Grant\n\nSTOCKHOLM, May 2 - Development Cooperation Minister Erik Sundell said the grant to Zambia "
     "had been suspended.\n", "Development Cooperation", "Erik Sundell"),
    ("Order\n\nHARARE, May 2 - Public Works, Transport and Housing Minister Tendai Moyo signed the "
     "order on Tuesday.\n", "Public Works", "Tendai Moyo"),
    ("Fires\n\nYAOUNDE, May 2 - The minister of the Territorial Administration of Cameroon, Paul Atanga, "
     "thanked the firefighters.\n", "Territorial Administration", "Paul Atanga"),
])
def test_a_portfolio_is_no_body(extract, text, fragment, person):
    record = extract(text)
    assert named(record, person) is not None, _names(record)
    assert not any(a.name.startswith(fragment) and a.type == "ORG" for a in record.actors), _names(record)


@pytest.mark.parametrize("text,body", [
    # an office that takes no portfolio
    ("Talks\n\nNAIROBI, May 2 - The chairman of the Kenya Dairy Farmers Federation, Paul Mwangi, said the "
     "talks had failed.\n", "Kenya Dairy Farmers Federation"),
    # a portfolio office, but a name ending in a body's word
    ("Talks\n\nNAIROBI, May 2 - The minister of the Police Service Commission, Paul Mwangi, said the talks "
     "had failed.\n", "Police Service Commission"),
])
def test_a_body_after_an_office_stays_a_body(extract, text, body):
    record = extract(text)
    assert named(record, body) is not None, _names(record)


def test_the_ministry_of_justice_is_a_portfolio_not_a_judge(extract):
    record = extract("Extradition\n\nSTOCKHOLM, May 2 - The Swedish Minister of Justice Lars Eklund said "
                     "the courts were independent.\n")
    actor = named(record, "Lars Eklund")
    assert actor is not None
    assert code(actor) == ("SWE", "GOV")


def test_justice_before_a_name_is_a_judge(extract):
    record = extract("Ruling\n\nKAMPALA, May 2 - Uganda's High Court ordered the regulator to restore the "
                     "service. Justice Mary Akello ruled that the order had no legal basis.\n")
    actor = named(record, "Mary Akello")
    assert actor is not None, _names(record)
    assert code(actor) == ("UGA", "JUD")
    assert named(record, "Justice Mary Akello") is None


# ------------------------------------------------------------------ people described by their work

@pytest.mark.parametrize("text,person,expected", [
    # a body roles.yaml gives no sector: a civilian of the story's country
    ("Lake\n\nLODWAR, Kenya, May 2 - Kenya's fisheries agency closed the lake on Monday. \"We have "
     "nothing left,\" said Peter Ekiru, who heads a women's fishing cooperative near Todenyang.\n",
     "Peter Ekiru", ("KEN", "CVL")),
    # a body whose kind gives the sector
    ("Road\n\nNIAMEY, May 2 - Niger's army freed a hostage on Monday. Marko Jovic, 52, who worked for a "
     "construction company near Tera, was seized in June.\n", "Marko Jovic", ("NER", "BUS")),
])
def test_a_person_described_by_the_body_he_works_for(extract, text, person, expected):
    record = extract(text)
    actor = named(record, person)
    assert actor is not None, _names(record)
    assert code(actor) == expected


def test_a_clause_about_something_else_gives_no_role(extract):
    # "heads home" names no body he works for: he stays a private person who speaks, with no role
    record = extract("Lake\n\nLODWAR, Kenya, May 2 - Kenya's fisheries agency closed the lake on Monday. "
                     "Peter Ekiru, who heads home each evening, said the catch was small.\n")
    actor = named(record, "Peter Ekiru")
    assert actor is not None
    assert actor.role is None
    assert code(actor) == ("KEN", "CVL")


def test_a_student_who_speaks_is_of_the_story_s_country(extract):
    record = extract("Protest\n\nKINSHASA, May 2 - Congo's police dispersed a march on Monday. \"They fired "
                     "at us,\" said Josue Kabila, a 24-year-old medical student.\n")
    actor = named(record, "Josue Kabila")
    assert actor is not None
    assert code(actor) == ("COD", "EDU")


def test_a_private_person_who_speaks_with_no_description_is_a_civilian(extract):
    record = extract("Bridge\n\nPHNOM PENH, May 2 - Cambodia's government froze payments to the builder. "
                     "Sok Chenda said she had waited all night for news of her son.\n")
    actor = named(record, "Sok Chenda")
    assert actor is not None
    assert code(actor) == ("KHM", "CVL")


# ------------------------------------------------------------------ bodies coded from their members

@pytest.mark.parametrize("text,body,sector", [
    ("Bridge\n\nPHNOM PENH, May 2 - The bridge was built by Hanul Construction and opened in August.\n",
     "Hanul Construction", "BUS"),
    ("Ban\n\nPRETORIA, May 2 - South Africa banned imports of Brazilian chicken. The Association of Frozen Food "
     "Importers and Exporters said supermarket prices would climb.\n",
     "Association of Frozen Food Importers and Exporters", "BUS"),
    ("Strike\n\nHARARE, May 2 - Zimbabwe arrested three union leaders. Education Solidarity International, "
     "a worldwide federation of teachers' unions, called on Harare to release the men.\n",
     "Education Solidarity International", "LAB"),
    ("Ban\n\nPRETORIA, May 2 - South Africa banned imports of Brazilian chicken. The Brazilian Poultry "
     "Association (BPA), which represents exporters, urged Pretoria to lift the ban.\n",
     "Brazilian Poultry Association", "BUS"),
])
def test_a_body_is_coded_from_its_members(extract, text, body, sector):
    record = extract(text)
    actor = named(record, body)
    assert actor is not None, _names(record)
    assert actor.sector == sector


# ------------------------------------------------------------------ titles read in more shapes

@pytest.mark.parametrize("text,person,expected", [
    # an abbreviated rank after the title keeps the title
    ("Mines\n\nJUBA, May 2 - The army blamed the rebels. \"They laid mines,\" army spokesman Maj. Gen. "
     "Peter Deng Ajak told reporters.\n", "Peter Deng Ajak", ("SSD", "MIL")),
    # an apposed title of several words whose last is no title alone
    ("Attack\n\nSEOUL, May 2 - Hackers hit the Hanmaeum Care Foundation on Monday. \"This was a deliberate "
     "attack,\" said Kim Soo-jin, the foundation's chief executive.\n", "Kim Soo-jin", ("KOR", "BUS")),
    # a bare "deputy" is a member of a chamber
    ("Vote\n\nBISHKEK, May 2 - Lawmakers voted on Wednesday to summon the director. \"This company poisoned "
     "the water,\" deputy Aida Bekova told the chamber.\n", "Aida Bekova", ("KGZ", "LEG")),
    # a body's possessive before the title: the person is the body's
    ("Strike\n\nHARARE, May 2 - Zimbabwe arrested three union leaders. Education Solidarity International, "
     "a worldwide federation of teachers' unions, called on Harare to release the men. \"Governments that lock up "
     "teachers teach a terrible lesson,\" Education Solidarity International's general secretary Mark Evans "
     "said in a statement.\n", "Mark Evans", ("ZWE", "LAB")),
    # the owner of a ship runs a business
    ("Ferry\n\nMANILA, May 2 - Police arrested the ferry's owner, Ramon Dizon, in Zamboanga City on Monday.\n",
     "Ramon Dizon", ("PHL", "BUS")),
])
def test_a_title_read_in_more_shapes(extract, text, person, expected):
    record = extract(text)
    actor = named(record, person)
    assert actor is not None, _names(record)
    assert code(actor) == expected


def test_a_deputy_of_someone_is_no_lawmaker(extract):
    record = extract("Vote\n\nBISHKEK, May 2 - The minister and his deputy, Aida Bekova, resigned.\n")
    actor = named(record, "Aida Bekova")
    assert actor is not None
    assert actor.sector != "LEG"


def test_an_honorific_after_an_outlet_gives_no_title(extract):
    record = extract("Vote\n\nABIDJAN, May 2 - \"They attacked us,\" has confided to the AIP Mr. Yao Kouassi, "
                     "the candidate of the opposition.\n")
    actor = named(record, "Yao Kouassi")
    assert actor is not None, _names(record)
    assert code(actor) == ("CIV", "OPP")


def test_a_civil_society_leader_is_a_civilian(extract):
    record = extract("Mine\n\nBUNIA, Congo, May 2 - Gunmen attacked a gold mine on Monday, according to "
                     "Jean-Luc Mumbere, a civil society leader in Djugu.\n")
    actor = named(record, "Jean-Luc Mumbere")
    assert actor is not None
    assert actor.sector == "CVL"


def test_a_club_director_runs_a_business(extract):
    record = extract("Football\n\nCAIRO, May 2 - Al Ahly lodged a formal complaint against Esperance, club "
                     "director Karim Nabil said.\n")
    actor = named(record, "Karim Nabil")
    assert actor is not None
    assert code(actor) == ("EGY", "BUS")
