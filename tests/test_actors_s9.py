"""Actor classes met first on set11, checked on the team's own sentences: bodies named by their kind
noun alone (a navy's fleet, a prison service), a person titled by the kind of a body named before
("Commission chairman X"), and a place named right after a lower-case noun of its kind ("the bay X")."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, want", [
    ("Drills\n\nTwo frigates of the Baltic Fleet of Russia sailed past Kaliningrad on Monday.\n",
     "Baltic Fleet of Russia", ("RUS", "MIL")),
    ("Jail\n\nThe Kenya Prisons Service said twelve inmates had escaped from a jail in Kakamega.\n",
     "Kenya Prisons Service", ("KEN", "COP")),
    ("Jail\n\nA spokeswoman for the Ghana Correctional Service, Ama Boateng, said the inmates were caught.\n",
     "Ama Boateng", ("GHA", "COP")),
])
def test_a_body_takes_the_sector_of_its_kind_noun(extract, text, name, want):
    record = extract(text)
    actor = named(record, name)
    assert actor is not None, [a.name for a in record.actors]
    assert code(actor) == want


def test_a_known_fleet_keeps_its_navy(extract):
    actor = named(extract("Drills\n\nThe Black Sea Fleet said two of its frigates had returned to port.\n"),
                  "Black Sea Fleet")
    assert actor is not None and code(actor) == ("RUS", "MIL")


@pytest.mark.parametrize("text, name, want", [
    ("Vote\n\nThe Central Election Commission of Armenia rejected the complaint. Commission chairman "
     "Vahagn Hovakimyan said the count was accurate.\n", "Vahagn Hovakimyan", ("ARM", "GOV")),
    ("Vote\n\nKenya's electoral commission said the results were final. Commission chairman Moses Wekesa "
     "told reporters the count was sound.\n", "Moses Wekesa", ("KEN", "GOV")),
    ("Rates\n\nThe Central Bank of Kenya held its rate at 10 percent. Bank governor Kamau Njoroge said "
     "inflation was easing.\n", "Kamau Njoroge", ("KEN", "GOV")),
])
def test_a_person_titled_by_a_body_kind_belongs_to_that_body(extract, text, name, want):
    record = extract(text)
    actor = named(record, name)
    assert actor is not None, [a.name for a in record.actors]
    assert code(actor) == want


def test_a_kind_title_with_no_such_body_before_stays_unaffiliated(extract):
    record = extract("Vote\n\nVoters queued for hours in Yerevan. Commission chairman Aram Petrosyan said "
                     "turnout was high.\n")
    actor = named(record, "Aram Petrosyan")
    assert actor is not None and actor.affiliation is None


@pytest.mark.parametrize("text, place", [
    ("Drills\n\nThe corvette left the bay Zolotoy Rog on Monday and headed for the open sea.\n", "Zolotoy Rog"),
    ("Ferry\n\nThe ferry ran aground near the island Ostrov Popova, the port authority said.\n", "Ostrov Popova"),
    ("Floods\n\nVillagers fled as the river Amguema burst its banks, officials said.\n", "Amguema"),
])
def test_a_name_after_a_kind_of_place_is_no_actor(extract, text, place):
    assert named(extract(text), place) is None


def test_a_name_after_a_possessed_place_title_is_still_a_person(extract):
    actor = named(extract("Visit\n\nThe island's governor Pavel Sokolov met fishermen on Tuesday.\n"),
                  "Pavel Sokolov")
    assert actor is not None and actor.type == "PERSON"


def test_a_lower_case_shadow_fleet_is_no_military_actor(extract):
    record = extract("Oil\n\nBritain sanctioned tankers of Russia's so-called shadow fleet on Monday.\n")
    assert not any(a.sector == "MIL" for a in record.actors)


@pytest.mark.parametrize("text, name, country", [
    ("Talks\n\nJapan's foreign affairs ministry summoned the Chinese ambassador on Monday.\n",
     "foreign affairs ministry", "JPN"),
    ("Border\n\nBrazil's justice ministry said the inquiry would go on.\n", "Brazilian justice ministry", "BRA"),
])
def test_a_possessed_ministry_is_known_without_its_state(extract, text, name, country):
    actor = named(extract(text), name)
    assert actor is not None and code(actor) == (country, "GOV")


@pytest.mark.parametrize("text, name", [
    ("Media\n\nThe president ordered the Presidential Task Force on Media Security to review the killing.\n",
     "Presidential Task Force on Media Security"),
    ("Graft\n\nThe Presidential Commission on Good Government said it would recover the funds.\n",
     "Presidential Commission on Good Government"),
])
def test_a_presidential_body_keeps_its_remit_and_is_government(extract, text, name):
    actor = named(extract(text), name)
    assert actor is not None and actor.sector == "GOV"


def test_a_remit_stops_before_a_date(extract):
    record = extract("Talks\n\nThe Reconciliation Commission on Monday heard the first witnesses.\n")
    assert all("Monday" not in a.name for a in record.actors)


@pytest.mark.parametrize("text, name, country", [
    ("Hijack\n\nTunisian police arrested the hijacker in Djerba. The Government of National Stability in "
     "Tripoli thanked the Tunisian authorities.\n", "Government of National Stability", "LBY"),
    ("Talks\n\nSenegal's president met envoys in Dakar. The Transitional Council in Bamako rejected the "
     "plan, Senegal said.\n", "Transitional Council", "MLI"),
])
def test_a_government_takes_the_state_of_its_seat(extract, text, name, country):
    actor = named(extract(text), name)
    assert actor is not None and actor.country == country


def test_an_embassy_in_a_capital_is_not_the_host_state(extract):
    record = extract("Visa\n\nGermany said its Embassy in Nairobi would reopen on Monday.\n")
    assert not any(a.country == "KEN" for a in record.actors)


@pytest.mark.parametrize("text, name, sector", [
    ("Flights\n\nHundreds of flights were cancelled, the airline Nordic Star said on Monday.\n", "Nordic Star", "BUS"),
    ("Talks\n\nThe newspaper Dala Post said the minister had resigned.\n", "Dala Post", "MED"),
])
def test_an_unknown_name_takes_the_sector_of_its_kind_noun_before(extract, text, name, sector):
    actor = named(extract(text), name)
    assert actor is not None and actor.sector == sector


def test_a_person_after_a_title_noun_takes_no_body_sector(extract):
    actor = named(extract("Talks\n\nThe rebels met the mediator Thabo Nkosi in Pretoria.\n"), "Thabo Nkosi")
    assert actor is not None and actor.sector != "BUS"


def test_a_known_body_named_with_its_state_goes_by_the_known_name(extract):
    record = extract("Drills\n\nWarships of the Russian navy and of the People's Liberation Army of China sailed "
                     "near Okinawa. The People's Liberation Army said the drills were routine.\n")
    armies = [a for a in record.actors if "Liberation" in a.name]
    assert armies and all(code(a) == ("CHN", "MIL") for a in armies)
    assert all("People's Liberation Army" in (a.name, *a.aliases) for a in armies)


def test_a_known_body_named_with_its_state_alone_takes_the_entry_codes(extract):
    actor = named(extract("Drills\n\nUnits of the People's Liberation Army of China exercised near Taiwan.\n"),
                  "People's Liberation Army")
    assert actor is not None and code(actor) == ("CHN", "MIL")


def test_a_body_of_a_state_no_dictionary_knows_is_unchanged(extract):
    actor = named(extract("Rates\n\nThe Central Bank of Kenya held its rate.\n"), "Central Bank of Kenya")
    assert actor is not None and code(actor) == ("KEN", "GOV")
