"""Bodies that recur in world news under a name that does not say whose they are (a brand, an
acronym, a native name), or that a guess from the words would code wrongly, carry their
dictionary code: one sentence per kind of body. The sentences and people are invented."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,name,expected", [
    # central bank: "Bank of <state>" is the monetary authority, not a company
    ("Rates\n\nThe Bank of Ghana raised its policy rate by two points on Thursday, its governor "
     "Kofi Amankwah said.\n", "Bank of Ghana", ("GHA", "GOV")),
    # national human-rights commission
    ("Protests\n\nThe Kenya National Commission on Human Rights said on Monday that police had "
     "detained 40 students in Kisumu.\n", "Kenya National Commission on Human Rights", ("KEN", "GOV")),
    # anti-corruption agency known by its acronym
    ("Graft\n\nThe EFCC arrested a former port official, Tunde Adeyemo, in Abuja on Tuesday.\n",
     "EFCC", ("NGA", "GOV")),
    # state oil company under its brand name
    ("Gas\n\nSonatrach signed a supply deal with Eni in Algiers on Monday.\n", "Sonatrach", ("DZA", "BUS")),
    # state power company under its brand name
    ("Power\n\nEskom announced new power cuts across the country on Tuesday.\n", "Eskom", ("ZAF", "BUS")),
    # canal authority
    ("Shipping\n\nThe Suez Canal Authority said on Sunday that traffic fell by a third in May.\n",
     "Suez Canal Authority", ("EGY", "GOV")),
    # maritime rescue service under its native name
    ("Migrants\n\nSalvamento Marítimo rescued 120 migrants off Almería on Friday.\n",
     "Salvamento Marítimo", ("ESP", "GOV")),
    # police force under its acronym
    ("Crime\n\nThe RCMP arrested two men in Surrey on Wednesday, officer Dana Whitlock said.\n",
     "RCMP", ("CAN", "COP")),
    # electoral body
    ("Vote\n\nThe Zimbabwe Electoral Commission delayed the count in Harare on Monday.\n",
     "Zimbabwe Electoral Commission", ("ZWE", "GOV")),
    # union under its acronym
    ("Strike\n\nKNUT called a national teachers' strike on Monday over unpaid allowances.\n",
     "KNUT", ("KEN", "LAB")),
    # business federation
    ("Trade\n\nKeidanren urged Tokyo on Thursday to speed up the trade talks.\n", "Keidanren", ("JPN", "BUS")),
])
def test_a_national_body_carries_its_state_and_sector(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected


@pytest.mark.parametrize("text,name,sector", [
    # industry association
    ("Travel\n\nIATA said on Tuesday that airlines would carry more passengers this year.\n", "IATA", "BUS"),
    # international sports body
    ("Football\n\nUEFA fined the club on Friday after its fans threw flares.\n", "UEFA", "NGO"),
    ("Doping\n\nWADA suspended the laboratory on Monday, the agency's director Hana Kirsch said.\n",
     "WADA", "NGO"),
    # press-freedom group
    ("Media\n\nThe International Federation of Journalists condemned the arrest of the reporter "
     "Amina Dauda on Monday.\n", "International Federation of Journalists", "NGO"),
    # international aid group
    ("Aid\n\nWorld Vision said on Sunday it had suspended its work in the district after an attack.\n",
     "World Vision", "NGO"),
    # development bank
    ("Loans\n\nAfreximbank approved a $500 million loan to the government on Tuesday.\n",
     "Afreximbank", "IGO"),
    # regional assembly
    ("Session\n\nThe Pan-African Parliament suspended its session on Thursday after a brawl.\n",
     "Pan-African Parliament", "IGO"),
])
def test_an_international_body_carries_its_sector_and_no_state(extract, text, name, sector):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == (None, sector)


def test_a_short_acronym_that_is_also_a_word_is_no_body_in_lower_case(extract):
    record = extract("Travel\n\nThe airline said it had a grant from the Greco family and could now fly daily.\n")
    assert all(a.sector != "IGO" for a in record.actors)
