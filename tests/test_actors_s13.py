"""Session-13 actor causes: photo credits naming the outlet before the photographer ("Photo:
Xinhua / Name", an unbracketed "AP Photo / Name"), local officials whose title names a region the
text places in another state than the dateline's, a capital after a building ("outside the ministry
in X"), and state bodies known by a name without their state. The sentences and names are invented."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def test_a_credit_naming_a_known_outlet_after_photo_names_its_photographer(extract):
    record = extract("Briefing\n\nBEIJING, May 2 - China's foreign ministry said on Friday it opposed the new "
                     "sanctions and would take measures.\n\n"
                     "The spokesperson at the press conference. (Photo: Xinhua / Liu Wenbo)\n\n"
                     "The ministry said the sanctions were unlawful.\n")
    photographer = named(record, "Liu Wenbo")
    assert photographer is not None and photographer.type == "PERSON"
    assert code(photographer) == ("CHN", "MED")
    assert named(record, "Xinhua") is not None


def test_an_unbracketed_outlet_first_credit_closing_a_paragraph(extract):
    record = extract("Market attack\n\nMAIDUGURI, Nigeria, July 3 (AP) - A bomb killed 12 people at a market "
                     "in northeastern Nigeria on Saturday, a local official said.\n\n"
                     "Photo: Traders clear debris at the market. AP Photo / Musa Dankano\n\n"
                     "Nigeria's army said it had sent troops to the town.\n")
    photographer = named(record, "Musa Dankano")
    assert photographer is not None and code(photographer) == ("NGA", "MED")


def test_an_unknown_word_before_photo_is_no_outlet_without_brackets(extract):
    record = extract("Floods\n\nLAGOS, July 3 - Floods cut roads in Lagos on Saturday, officials said.\n\n"
                     "Residents wade through water. Family Photo / Musa Dankano\n\n"
                     "Nigeria's government said it would send aid.\n")
    photographer = named(record, "Musa Dankano")
    assert photographer is None or photographer.sector != "MED"


_REGION_STORY = ("Chad and Cameroon agree on border patrols\n\n"
                 "N'DJAMENA, May 4 (AFP) - Chad hosted talks with Cameroon on Thursday after clashes between "
                 "Chadian herders and Cameroonian farmers in the Far North province of Cameroon. Chad's "
                 "government said the talks went well. Chadian officials welcomed the talks.\n\n"
                 "Nine people died, the governor of the Far North, Jules Amadou Bello, told state radio.\n\n"
                 "Chad's interior minister said the border would stay open.\n")


def test_a_regional_governor_serves_the_state_the_text_places_the_region_in(extract):
    governor = named(extract(_REGION_STORY), "Jules Amadou Bello")
    assert governor is not None and code(governor) == ("CMR", "GOV")


def test_a_region_named_by_a_possessive_state(extract):
    record = extract("Border talks\n\nN'DJAMENA, May 4 (AFP) - Chad's government said on Thursday it would "
                     "reopen the border. Chadian officials said talks would go on. Cameroon's Far North "
                     "has seen clashes for weeks.\n\n"
                     "The toll was given by the governor of the Far North region, Jules Amadou Bello.\n")
    governor = named(record, "Jules Amadou Bello")
    assert governor is not None and governor.country == "CMR"


def test_a_capital_after_a_building_only_locates(extract):
    record = extract("Audit\n\nCOLOMBO, June 2 - Sri Lanka's president dismissed the housing minister "
                     "on Monday after an audit, his office said.\n\n"
                     "Dozens of evicted tenants rallied near the land ministry in Colombo the next day.\n\n"
                     "Transparency International Sri Lanka asked the president to release the audit.\n")
    assert all("Colombo" not in a.aliases and a.name != "Colombo" for a in record.actors)
    watchdog = named(record, "Transparency International Sri Lanka")
    assert watchdog is not None and code(watchdog) == ("LKA", "NGO")


def test_state_bodies_named_without_their_state(extract):
    record = extract("Extradition refused\n\nLONDON, June 3 (PTI) - India's investigators said they would appeal "
                     "after a judge refused to extradite a trader wanted in India. India said it was "
                     "disappointed.\n\n"
                     "The Home Office declined to discuss the trader's case.\n\n"
                     "India's foreign ministry said India would raise the case.\n")
    home_office = named(record, "Home Office")
    assert home_office is not None and code(home_office) == ("GBR", "GOV")


def test_a_coast_guard_known_by_its_acronym(extract):
    record = extract("Boats seized\n\nJAKARTA, May 1 - Bakamla said its patrol ship had seized two foreign "
                     "fishing boats near the Natuna Islands, and its spokesman Dimas Arianto said the crews "
                     "were detained.\n")
    agency = named(record, "Bakamla")
    assert agency is not None and code(agency) == ("IDN", "MIL")


def test_a_portfolio_after_for_is_no_part_of_the_name(extract):
    record = extract("Trade talks\n\nJAKARTA, May 2 - Indonesia's government said on Monday a trade deal with "
                     "Japan would be signed in June.\n\n"
                     "The visitors also met Coordinating Minister for Economic Affairs Budi Santoso, who said "
                     "Indonesia wanted more investment.\n")
    minister = named(record, "Budi Santoso")
    assert minister is not None and code(minister) == ("IDN", "GOV")
    assert "Economic Affairs" in (minister.role or "")
    assert all(not a.name.startswith(("Economic", "Affairs")) for a in record.actors)


def test_a_boat_captain_is_a_civilian_and_an_army_captain_is_not(extract):
    record = extract("Boats rammed\n\nHANOI, May 14 - Vietnam protested to Indonesia on Wednesday after a patrol "
                     "ship rammed two fishing boats, officials said.\n\n"
                     "Boat captain Nguyen Van Hoa, 47, said the ship gave no warning. Captain Tran Minh of the "
                     "Vietnamese navy said patrols would continue.\n")
    skipper, officer = named(record, "Nguyen Van Hoa"), named(record, "Tran Minh")
    assert skipper is not None and skipper.sector == "CVL"
    assert officer is not None and officer.sector == "MIL"
