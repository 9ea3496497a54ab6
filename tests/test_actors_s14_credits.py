"""News agencies credited by a wire dateline and photographers credited after a caption are
actors: the agency keeps its own country, the photographer is a journalist (MED) of the state where
the photo was taken. National news agencies are known by their names and, in capitals only, by
their acronyms. The stories, captions and names are invented."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,agency,expected", [
    # a place in mixed case with the agency and no date
    ("Port strike\n\nVarna (dpa) - Dockworkers in the Bulgarian port walked out on Tuesday over unpaid "
     "wages, their union said.\n", "dpa", ("DEU", "MED")),
    # an agency known by its acronym, in capitals, after a date and before ".-"
    ("Airspace\n\nGoma, 4 May 2026 (ACP).- Congo's government closed "
     "its airspace to planes registered in Rwanda on Sunday.\n", "ACP", ("COD", "MED")),
    # a pan-African agency in a story from another state
    ("Cholera\n\nHARARE, Feb. 9 (PANA) - Zimbabwe's health ministry began vaccinating 200,000 "
     "people against cholera on Monday.\n", "PANA", ("SEN", "MED")),
])
def test_an_agency_a_dateline_credits_is_an_actor_of_its_own_country(extract, text, agency, expected):
    assert code(named(extract(text), agency)) == expected


def test_a_headline_ending_on_a_small_word_does_not_swallow_the_dateline(extract):
    record = extract("Court bans party; its leader vows to fight on\n\n"
                     "Varna (dpa) - A Bulgarian court on Wednesday banned the Renewal Party, ruling that "
                     "its statutes broke the constitution.\n")
    assert code(named(record, "dpa")) == ("DEU", "MED")


def test_an_agency_the_dictionary_does_not_know_is_still_a_medium(extract):
    record = extract("Budget\n\nHALIFAX (NSX) - The government of Nova Scotia cut its spending plan by "
                     "two percent on Monday, its finance minister said.\n")
    outlet = named(record, "NSX")
    assert outlet is not None and outlet.type == "ORG" and outlet.sector == "MED"


@pytest.mark.parametrize("credit,photographer,agency,expected_agency", [
    ("Teodor Vasilev / AFP", "Teodor Vasilev", "AFP", ("FRA", "MED")),  # name first
    ("Reuters / Teodor Vasilev", "Teodor Vasilev", "Reuters", ("GBR", "MED")),  # outlet first
    ("EFE | Teodor Vasilev", "Teodor Vasilev", "EFE", ("ESP", "MED")),  # a bar between them
    ("© AFP / Teodor Vasilev", "Teodor Vasilev", "AFP", ("FRA", "MED")),  # the copyright sign
])
def test_a_credit_closing_a_caption_names_a_photographer_and_an_agency(extract, credit, photographer, agency,
                                                                     expected_agency):
    record = extract("Strike\n\nBulgaria's transport ministry said on Tuesday that talks with the dockworkers "
                     "would resume on Friday.\n\n"
                     f"Striking dockworkers gather outside the port of Varna on Tuesday. {credit}\n\n"
                     "The union said the strike would go on.\n")
    assert code(named(record, photographer)) == ("BGR", "MED")
    assert code(named(record, agency)) == expected_agency


def test_a_caption_opened_by_photo_credits_an_outlet_no_dictionary_knows(extract):
    record = extract("Strike\n\nBulgaria's transport ministry said on Tuesday that talks would resume.\n\n"
                     "Photo: Striking dockworkers outside the port of Varna. Teodor Vasilev / Morska Vest\n")
    assert code(named(record, "Teodor Vasilev")) == ("BGR", "MED")
    assert named(record, "Morska Vest").sector == "MED"


def test_the_photographer_works_where_the_caption_places_the_photo(extract):
    record = extract("Football violence\n\nEgypt summoned Tunisia's ambassador on Monday after Egyptian fans "
                     "were attacked at a match, the Egyptian foreign ministry said. Egypt's sports minister "
                     "called the attack shameful.\n\n"
                     "Photo: Flares burn in the upper tier of a stadium in Sfax on Sunday. Reuters / Karim Mejri\n")
    assert code(named(record, "Karim Mejri")) == ("TUN", "MED")


@pytest.mark.parametrize("text", [
    # places on either side of a slash inside a sentence
    "Talks\n\nThe ministers of Ecuador and Peru met on Monday to discuss the Quito / Lima air link.\n",
    # a name and an outlet after a verb: a source, not a credit
    "Talks\n\nThe border will reopen on Monday, said Andrés Villalba / Reuters\n",
])
def test_slashes_inside_a_sentence_are_no_credits(extract, text):
    record = extract(text)
    assert all(not (a.type == "PERSON" and a.sector == "MED") for a in record.actors)


@pytest.mark.parametrize("text,name,expected", [
    ("Vote\n\nThe Malawi News Agency reported on Monday that counting had begun in Lilongwe.\n",
     "Malawi News Agency", ("MWI", "MED")),
    ("Vote\n\nMANA reported on Monday that counting had begun in Lilongwe.\n", "Malawi News Agency", ("MWI", "MED")),
    ("Raid\n\nPolice detained six people in Istanbul on Friday, DHA reported.\n",
     "Demirören News Agency", ("TUR", "MED")),
    ("Floods\n\nThe Indo-Asian News Service said on Sunday that 40 people had died in Assam.\n",
     "Indo-Asian News Service", ("IND", "MED")),
    ("Talks\n\nThe Agence Gabonaise de Presse said the talks in Libreville had ended.\n",
     "Agence Gabonaise de Presse", ("GAB", "MED")),
])
def test_national_news_agencies_carry_their_state(extract, text, name, expected):
    assert code(named(extract(text), name)) == expected


def test_an_agency_acronym_that_is_a_word_counts_only_in_capitals(extract):
    record = extract("Feast\n\nThe villagers shared mana and bread with Lina Okafor on Sunday.\n")
    assert named(record, "Malawi News Agency") is None and named(record, "Liberia News Agency") is None


@pytest.mark.parametrize("verb", ["ordered"])
def test_ordering_a_dissolution_imposes_it(extract, verb):
    # the lede a dateline no longer glues to the headline is coded on its own
    record = extract(f"Ruling\n\nVarna (dpa) - Bulgaria's Constitutional Court on Wednesday {verb} the dissolution "
                     "of the opposition Renewal Party.\n")
    assert any(e.code == "172" and "dissolution" in e.evidence for e in record.events)
