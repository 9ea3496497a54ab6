"""Known small bugs of session 15, each with an invented text: the article's own state against a
foreign office holder named in it, a bare "Korean" when both Koreas are named, orders to one's own
forces, bylines and journalists, and review leftovers in actors.py."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from event_helpers import coded_dyads

# filed from Nairobi, led by Kenya in the title, about Kenya's talks; a US office holder is named often
_FILED_AT_HOME = (
    "Kenya suspends debt talks with the United States\n\n"
    "NAIROBI, May 12 - Kenya suspended talks on a debt swap with the United States on Monday, officials "
    "said, after Janet Yellen asked for new conditions.\n\n"
    "Yellen had told Kenyan negotiators that the swap needed an audit. Yellen said the United States "
    "wanted the audit within a month, and Yellen added that the offer stood.\n\n"
    "The Kenyan treasury said the demand came too late.\n"
)


def test_a_foreign_office_holder_does_not_outweigh_the_state_the_story_is_filed_from(extract):
    record = extract(_FILED_AT_HOME)
    assert code(named(record, "Janet Yellen")) == ("USA", "GOV")
    assert code(named(record, "officials")) == ("KEN", "GOV")


@pytest.mark.parametrize("credit,photographer", [
    ("Zorvan al-Qemmari / AFP", "Zorvan al-Qemmari"),  # a particle glued by a hyphen
    ("Reuters / Wouterik van Plimm", "Wouterik van Plimm"),  # a particle on its own, outlet first
])
def test_a_credited_photographer_may_bear_a_particle_inside_the_name(extract, credit, photographer):
    record = extract("Strike\n\nBulgaria's transport ministry said on Tuesday that talks with the dockworkers "
                     "would resume on Friday.\n\n"
                     f"Striking dockworkers gather outside the port of Varna on Tuesday. {credit}\n\n"
                     "The union said the strike would go on.\n")
    assert code(named(record, photographer)) == ("BGR", "MED")


def test_a_photo_credit_in_brackets_may_name_a_photographer_with_a_particle(extract):
    record = extract("Strike\n\nBulgaria's transport ministry said on Tuesday that talks would resume.\n\n"
                     "Dockworkers outside the port of Varna. (Photo: Qadrun bin Velhar / AFP)\n\n"
                     "The union said the strike would go on.\n")
    assert code(named(record, "Qadrun bin Velhar")) == ("BGR", "MED")


def test_a_bare_minister_heads_the_ministry_named_in_the_sentence_before(extract):
    record = extract("Dam\n\nKenya's Ministry of Water said on Monday that the new dam would open in June. "
                     "Minister Otieno Wafula said the works were finished.\n")
    assert code(named(record, "Otieno Wafula")) == ("KEN", "GOV")


@pytest.mark.parametrize("text,want", [
    # the story is South Korea's, though North Korea is named first
    ("Drills\n\nNorth Korea fired a missile on Monday. South Korea began drills in reply, and South Korea "
     "said it would hold talks with Japan. The Korean defence minister called the launch a provocation.\n",
     "KOR"),
    # the story is North Korea's, though South Korea is named first
    ("Parade\n\nSouth Korea said on Monday that North Korea held a parade. North Korea showed new missiles, "
     "and North Korea said it would launch a satellite. The Korean defence minister called it a triumph.\n",
     "PRK"),
    # both Koreas named as often: no telling which one
    ("Drone\n\nNorth Korea flew a drone across the border on Monday, South Korea said. "
     "The Korean defence minister called the flight a provocation.\n", None),
])
def test_a_bare_korean_follows_the_korea_the_story_is_about(extract, text, want):
    actor = named(extract(text), "Korean defence minister")
    if want is None:  # unresolved: no actor of either Korea (the table leaves a minister of no state out)
        assert actor is None or actor.country is None
    else:
        assert actor is not None and actor.country == want


def test_a_bare_korean_force_is_no_korea_when_the_story_cannot_tell(extract):
    record = extract("Drone\n\nNorth Korea flew a drone across the border on Monday, South Korea said. "
                     "The Korean army raised its alert.\n")
    army = named(record, "Korean army")
    assert army is not None and army.country is None


@pytest.mark.parametrize("text", [
    "Protests\n\nProtesters blocked roads in Nairobi on Monday. Police were ordered to disperse the crowds, "
    "a spokesman said.\n",
    "Floods\n\nRivers burst their banks in Kenya on Monday. Soldiers were ordered to evacuate the villages.\n",
])
def test_forces_ordered_by_no_one_named_are_no_target_of_a_demand(pipeline, text):
    found = coded_dyads(pipeline, text)
    assert not [d for d in found if d[0] == "100" and d[2] and d[2][3:] in ("COP", "MIL")], found


def test_an_order_given_to_a_party_by_an_unnamed_official_stays_a_demand(pipeline):
    found = coded_dyads(pipeline, "Dispute\n\nKenya and Uganda quarrelled over an island on Monday. "
                                  "Uganda was ordered to pull its fishermen off the island.\n")
    assert any(d[0] == "100" and d[2] == "UGAGOV" for d in found), found
