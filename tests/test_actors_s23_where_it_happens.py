"""Actor codes of session 23: police and courts act where the story happens. An unnamed force of
order or court with no state of its own is of the state the paragraph opens in ("Back in X, ..."),
else of the state the story is filed from, not the state the story names most."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def test_police_are_of_the_filing_state_in_a_story_about_another_state(extract):
    record = extract("Trawlers\n\nMALE, May 3 - Indian trawlers were seen again near the atoll, and India said "
                     "its fishermen had done nothing wrong. New Delhi urged calm and India's envoy asked for "
                     "consular access. The police detained 12 Indian fishermen on Sunday, an official said.\n")
    assert code(named(record, "police")) == ("MDV", "COP")


def test_a_judge_is_of_the_filing_state(extract):
    record = extract("Ruling\n\nLONDON, May 3 - A court on Tuesday rejected India's request to hand over Ravi "
                     "Mehta, an Indian banker wanted in India for fraud, saying Indian prisons were too crowded. "
                     "District Judge Anne Fowler said the promises from New Delhi were too vague. India said it "
                     "would appeal.\n")
    assert named(record, "Anne Fowler").country == "GBR"


def test_police_are_of_the_state_their_paragraph_opens_in(extract):
    record = extract("Talks\n\nGENEVA, May 3 - Georgian and Abkhaz envoys met in Geneva on Tuesday for a new "
                     "round of talks, Swiss officials said.\n\nBack in Tbilisi, thousands of opposition "
                     "supporters marched to the parliament. Police detained nine people after a scuffle, the "
                     "ministry said.\n")
    assert named(record, "Police").country == "GEO"


def test_a_group_of_a_body_named_with_its_state_is_of_that_state(extract):
    """"the rebels of the M23": a group the text gives no state, told of with an "of" phrase naming a body
    of known state, is of that body's state, not the story's."""
    record = extract("Refugees\n\nKAMPALA, May 3 - Thousands of people crossed into Uganda on Sunday, Ugandan "
                     "officials said, fleeing the rebels of the M23 near the border. Uganda opened two new camps "
                     "and Ugandan police guarded the crossings.\n")
    assert named(record, "rebels").country == "COD"


def test_a_national_gendarmerie_is_no_state_s_by_that_name_alone(extract):
    """"the National Gendarmerie" names the gendarmerie of many states (Cameroon, Senegal, Niger): not
    France's by the dictionary, but where the story happens."""
    record = extract("Border: gendarmes hold Chadian herders\n\nGAROUA, May 3 (CRTV) - Elements of the National "
                     "Gendarmerie on Sunday detained 14 Chadian herders and seized their cattle near the border, "
                     "officials said. Chad summoned Cameroon's ambassador in Ndjamena and demanded the herders' "
                     "release. Chadian officials said the herders had grazed there for years.\n")
    assert code(named(record, "National Gendarmerie")) == ("CMR", "COP")


def test_a_bare_force_is_of_the_state_of_the_same_force_named_before(extract):
    """"The Bangladeshi navy seized 15 Myanmar fishermen ... the navy had warned them": a bare armed force
    is of the state the text gave the same force named before it, not the story's main state."""
    record = extract("Fishermen held\n\nDHAKA, May 3 - Myanmar demanded the release of 15 Myanmar fishermen "
                     "on Sunday after the Bangladeshi navy seized their two boats near St. Martin's Island. "
                     "Myanmar's foreign ministry summoned the envoy in Yangon and Myanmar officials said the men "
                     "were poor. An officer said the navy had radioed the boats twice with warnings.\n")
    navies = [a for a in record.actors if a.name.lower().endswith("navy")]
    assert navies and all(a.country == "BGD" for a in navies)
