"""Organisation classes met on the set12 texts, checked on the team's own sentences: an untitled
"official" named with a body serves that body's sector; made names written in camel case
("NetBlocks", "YouTube") are names, unless they qualify the noun after them ("BrahMos missiles");
a kind noun with one compound word before a name ("the internet monitor X") gives its sector."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, want", [
    ("Plot\n\nGhana's National Intelligence Bureau (NIB) said it arrested four men. A senior NIB official "
     "said the men had planned a bombing.\n", "A senior NIB official", "SPY"),
    ("Raid\n\nThe FBI searched a house in Ohio on Monday. An FBI official said two rifles were found.\n",
     "An FBI official", "COP"),
    ("Spies\n\nRussia's Federal Security Service (FSB) detained a man in Kazan. An FSB official said he "
     "had sent photos abroad.\n", "An FSB official", "SPY"),
])
def test_an_official_named_with_a_body_takes_its_sector(extract, text, name, want):
    record = extract(text)
    person = named(record, name)
    assert person is not None, [a.name for a in record.actors]
    assert person.sector == want


def test_an_official_of_a_government_body_stays_government(extract):
    record = extract("Talks\n\nThe Kremlin said talks would go on. A Kremlin official said a date was set.\n")
    person = named(record, "A Kremlin official")
    assert person is not None and code(person) == ("RUS", "GOV")


@pytest.mark.parametrize("text, name, want", [
    ("Outage\n\nPolice blocked Facebook, YouTube, Instagram and Telegram for a day, officials said.\n",
     "YouTube", ("USA", "BUS")),
    ("Outage\n\nMobile data was cut in three provinces, according to the internet monitor NetBlocks.\n",
     "NetBlocks", (None, "NGO")),
    ("Leak\n\nThe cables were first published by WikiLeaks in 2010.\n", "WikiLeaks", None),
    ("Strikes\n\nJets hit two villages overnight, the war monitor SyriaTrack said.\n", "SyriaTrack", (None, "NGO")),
])
def test_camel_case_names_are_names(extract, text, name, want):
    record = extract(text)
    actor = next((a for a in record.actors if a.name == name), None)
    assert actor is not None, [a.name for a in record.actors]
    if want is not None:
        assert code(actor) == want


@pytest.mark.parametrize("text, word", [
    ("Deal\n\nIndia will supply BrahMos cruise missiles to the Philippine navy.\n", "BrahMos"),
    ("Vote\n\nSenator Mary LeBlanc said the bill would pass.\n", "LeBlanc"),
])
def test_camel_case_makes_and_surnames_are_no_bodies(extract, text, word):
    record = extract(text)
    assert not any(a.type == "ORG" and a.name == word for a in record.actors), [a.name for a in record.actors]


@pytest.mark.parametrize("text, name", [
    ("Buses\n\nGreece cut fuel taxes. The Thessaloniki Metropolitan Municipality said buses would run all night.\n",
     "Thessaloniki Metropolitan Municipality"),
    ("Rally\n\nTurkey's opposition called a rally. The Izmir Governorship banned all meetings for three days.\n",
     "Izmir Governorship"),
    ("Prices\n\nKenya raised fuel taxes. The Energy and Petroleum Regulatory Authority raised pump prices.\n",
     "Energy and Petroleum Regulatory Authority"),
])
def test_a_city_administration_or_an_authority_is_the_story_state_s(extract, text, name):
    record = extract(text)
    body = named(record, name)
    assert body is not None, [a.name for a in record.actors]
    assert body.sector == "GOV"
    assert body.country == record.actors[0].country


def test_an_international_authority_is_no_state_s(extract):
    record = extract("Mining\n\nJamaica hosted the talks. The International Seabed Authority delayed the rules.\n")
    body = named(record, "International Seabed Authority")
    assert body is not None and body.country is None and body.sector != "GOV"


@pytest.mark.parametrize("text, person, outlet, want", [
    ("Rally\n\nTurkey's opposition called protests in Ankara.\n\nSupporters outside the party office. "
     "(Photo: Deniz Yalçın / DHA)\n\nThe police detained 12 people.\n", "Deniz Yalçın", "DHA", ("TUR", "MED")),
    ("Rally\n\nKenya's opposition called protests in Nairobi.\n\nProtesters in the city centre. "
     "(Photo: Peter Kamau / NMG)\n\nThe police detained 12 people.\n", "Peter Kamau", "NMG", ("KEN", "MED")),
    ("Rally\n\nKenya's opposition called protests in Nairobi.\n\nProtesters in the city centre. "
     "Photo: Peter Kamau/Reuters\n\nThe police detained 12 people.\n", "Peter Kamau", "Reuters", ("KEN", "MED")),
    # (a wire's photographer is coded a local journalist of the story's country: see test_actors_codes12)
])
def test_a_photographer_credited_with_an_outlet_is_its_journalist(extract, text, person, outlet, want):
    record = extract(text)
    who = named(record, person)
    assert who is not None and who.type == "PERSON", [a.name for a in record.actors]
    assert code(who) == want
    body = named(record, outlet)
    assert body is not None and body.sector == "MED"


def test_a_body_named_after_a_capital_is_that_state_s(extract):
    record = extract("Floods\n\nPakistan sent aid. The Kabul Municipality said three roads were closed.\n")
    body = named(record, "Kabul Municipality")
    assert body is not None and code(body) == ("AFG", "GOV"), [(a.name, a.type) for a in record.actors]


@pytest.mark.parametrize("text, absent, present", [
    ("Embargo\n\nUNITED NATIONS, May 30 - The Security Council on Friday extended its arms embargo on Mali.\n",
     "United Nations", "United Nations Security Council"),
    ("Output\n\nVIENNA (Reuters) - OPEC agreed on Sunday to cut output.\n", None, "Reuters"),
])
def test_a_body_named_only_as_the_dateline_place_is_no_actor(extract, text, absent, present):
    record = extract(text)
    names = [a.name for a in record.actors]
    assert present in names, names
    if absent is not None:
        assert absent not in names


@pytest.mark.parametrize("text, name, full, want", [
    ("Travel\n\nThe Chinese Embassy in Japan on Friday urged citizens to avoid travel to Japan.\n",
     "Chinese Embassy", "Chinese Embassy in Japan", ("CHN", "GOV")),
    ("Visas\n\nThe US Embassy in Kenya suspended visa services, Kenya's foreign ministry said.\n",
     "US Embassy", "US Embassy in Kenya", ("USA", "GOV")),
    ("Expulsion\n\nThe Russian Embassy in London said the diplomat had left Britain.\n",
     "Russian Embassy", "Russian Embassy in London", ("RUS", "GOV")),
])
def test_a_mission_is_also_named_with_its_host(extract, text, name, full, want):
    record = extract(text)
    body = named(record, name)
    assert body is not None and full in body.aliases, [(a.name, a.aliases) for a in record.actors]
    assert code(body) == want


@pytest.mark.parametrize("text, name, want", [
    ("Debt\n\nGhana reached a deal with the Ad Hoc Committee of Ghana Bondholders on Monday.\n",
     "Ad Hoc Committee of Ghana Bondholders", "BUS"),
    ("Unions\n\nThe Federation of Kenya Employers said the strike was illegal. The Union of Nigeria Journalists "
     "condemned the arrest.\n", "Union of Nigeria Journalists", "LAB"),
])
def test_a_body_of_a_state_s_members_is_one_name(extract, text, name, want):
    record = extract(text)
    body = named(record, name)
    assert body is not None, [a.name for a in record.actors]
    assert body.sector == want


@pytest.mark.parametrize("text, name", [
    ("Embargo\n\nThe African Union's Peace and Security Council urged that the arms embargo be ended.\n",
     "African Union Peace and Security Council"),
    ("Embargo\n\nThe AU's Peace and Security Council met in Addis Ababa on Friday.\n",
     "African Union Peace and Security Council"),
])
def test_an_organ_named_after_its_body_s_possessive_is_the_organ(extract, text, name):
    record = extract(text)
    names = [a.name for a in record.actors]
    assert name in names and "United Nations Security Council" not in names, names


def test_a_state_s_security_council_is_not_the_un_s(extract):
    record = extract("Talks\n\nRussia's Security Council met on Friday. The UN Security Council met too.\n")
    codes = {a.name: code(a) for a in record.actors}
    assert codes.get("United Nations Security Council") == (None, "IGO")
    assert ("RUS", "GOV") in [code(a) for a in record.actors if a.type == "ORG"]


@pytest.mark.parametrize("text, name, want", [
    ("Plot\n\nNigeria's Department of State Services (DSS) announced on Tuesday that it had broken up a plot. "
     "The agency's spokesman, Peter Okafor, said five men were held.\n", "Peter Okafor", ("NGA", "SPY")),
    ("Spies\n\nRussia's Federal Security Service said it detained a man. The agency's spokesman, Ivan Petrov, "
     "said he had sent photos abroad.\n", "Ivan Petrov", ("RUS", "SPY")),
])
def test_a_service_is_the_agency_referred_to_after_it(extract, text, name, want):
    record = extract(text)
    person = named(record, name)
    assert person is not None and code(person) == want, [(a.name, code(a)) for a in record.actors]
