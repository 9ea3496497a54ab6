"""Actor codes of the sides of an act: a crowd in the street is civilians and a people's opposition
only when a nationality names it; a name ending in a firm's word is a firm; an unnamed state body
that opens its sentence continues the state of the subject of the sentence before."""
import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("words", ["Protesters", "Demonstrators", "Several hundred marchers"])
def test_a_crowd_in_the_street_is_civilians(extract, words):
    record = extract(f"Fuel prices\n\nLILONGWE, May 2 - {words} blocked the main road into the capital on "
                     "Tuesday over fuel prices.\n")
    assert named(record, words).sector == "CVL", [(a.name, a.code) for a in record.actors]


def test_demonstrators_named_by_their_nationality_are_its_opposition(extract):
    record = extract("Clashes\n\nLILONGWE, May 2 - Malawian demonstrators hurled rocks at the Malawian "
                     "government's offices on Tuesday.\n")
    assert code(named(record, "Malawian demonstrators")) == ("MWI", "OPP")


@pytest.mark.parametrize("firm", ["Orvane Maritime", "Tessaly Precious Metals"])
def test_a_name_ending_in_a_firms_word_is_a_firm(extract, firm):
    record = extract(f"Tanker freed\n\nATHENS, May 3 - The tanker's operator, {firm}, thanked the navy on "
                     "Sunday for freeing the crew.\n")
    actor = named(record, firm)
    assert actor is not None and actor.type == "ORG" and actor.sector == "BUS", \
        [(a.name, a.type, a.code) for a in record.actors]


_MAIZE_STORY = ("Kenya protests Tanzanian ban on maize trucks\n\n"
                "NAIROBI, May 3 - Kenya's trade ministry on Monday protested a Tanzanian ban on Kenyan maize "
                "trucks, saying it broke regional trade rules. Kenyan President William Ruto called the ban "
                "unfair and Kenyan hauliers said hundreds of trucks were stuck.\n\n"
                "Dodoma answered within hours.{gap}The foreign ministry said the ban protected local farmers "
                "and would stay in place.\n")


def test_an_unnamed_body_continues_the_state_of_the_subject_before(extract):
    record = extract(_MAIZE_STORY.format(gap=" "))
    assert code(named(record, "foreign ministry")) == ("TZA", "GOV"), [(a.name, a.code) for a in record.actors]


def test_a_new_paragraph_breaks_the_continuation(extract):
    record = extract(_MAIZE_STORY.format(gap="\n\n"))
    assert code(named(record, "foreign ministry")) == ("KEN", "GOV"), [(a.name, a.code) for a in record.actors]


def test_workers_of_a_vaccination_drive_are_health_workers(extract):
    record = extract("Vaccinators attacked\n\nQUETTA, May 3 - Gunmen wounded three polio workers near Quetta on "
                     "Tuesday, police said.\n")
    assert named(record, "three polio workers").sector == "HLH", [(a.name, a.code) for a in record.actors]


def test_a_body_named_after_the_people_it_gathers_is_their_civic_group(extract):
    record = extract("Group suspended\n\nHARARE, May 3 - Zimbabwe suspended the Residents' Voice Trust, a civic "
                     "education group, on Monday.\n")
    assert code(named(record, "Residents' Voice Trust")) == ("ZWE", "NGO"), \
        [(a.name, a.code) for a in record.actors]
