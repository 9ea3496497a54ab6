"""References that resolve to the wrong actor or to none: a seat city standing for an international
body, a title pointing at a body described but never named, and an object "them" after an arrest."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401  (extract is a fixture)


def _event(record, code_prefix: str):
    return [e for e in record.events if e.code.startswith(code_prefix)]


def _actor(record, key):
    return next((a for a in record.actors if a.id == key), None)


# -- a seat city in a story about the body seated there ------------------------------------------

def test_brussels_stands_for_the_eu_when_the_story_names_an_eu_body(extract):
    record = extract(
        "Brussels threatens Ruritania with sanctions over media law\n\n"
        "The European Commission on Monday criticised a Ruritanian law on foreign-funded media. "
        "Brussels warned Ruritania that it would face sanctions if the law was not withdrawn.")
    brussels = named(record, "Brussels")
    assert brussels is not None and code(brussels) == (None, "IGO")
    assert named(record, "Belgium") is None


def test_brussels_stays_belgium_in_a_story_about_belgium(extract):
    record = extract(
        "Belgium returns artefacts to Ruritania\n\n"
        "Brussels on Tuesday handed back 20 masks taken in colonial times, the Belgian foreign minister said.")
    brussels = named(record, "Brussels")
    assert brussels is not None and code(brussels) == ("BEL", "GOV")


def test_a_diplomat_in_brussels_serves_the_eu_in_an_eu_story(extract):
    record = extract(
        "The European Union said on Friday it was alarmed by the clashes on the Ruritanian border. "
        "A diplomat in Brussels, who would not give her name, said the bloc was very concerned.")
    diplomat = next(a for a in record.actors if "diplomat" in a.name.lower())
    assert code(diplomat) == (None, "IGO")


def test_a_city_that_only_locates_stays_no_actor(extract):
    record = extract(
        "The European Commission said on Monday the Ruritanian law breached EU rules, "
        "a spokeswoman told reporters in Brussels.")
    assert named(record, "Belgium") is None


# -- a title pointing at a body described but never named -----------------------------------------

def test_the_movements_leader_takes_the_described_movements_code(extract):
    record = extract(
        "CHISINAU, May 3 - Police in Moldova raided the headquarters of an opposition movement on Monday. "
        "The movement's leader, Ion Rusu, called the search an act of intimidation.")
    assert code(named(record, "Ion Rusu")) == ("MDA", "OPP")


def test_its_director_takes_the_described_agencys_code(extract):
    record = extract(
        "KAMPALA, May 3 - Ugandan officials said several recruitment agencies in Kampala had sent workers abroad illegally. "
        "Police raided one of the agencies on Tuesday and arrested its director, Daniel Okello Ssempa.")
    assert code(named(record, "Daniel Okello Ssempa")) == ("UGA", "BUS")


def test_the_description_gives_the_sector_before_the_kind_noun(extract):
    record = extract(
        "KAMPALA, May 3 - Investigators in Uganda searched the premises of an aid agency that runs camps. "
        "The agency's director, Daniel Okello Ssempa, denied any wrongdoing.")
    assert code(named(record, "Daniel Okello Ssempa")) == ("UGA", "NGO")


def test_a_named_body_is_not_replaced_by_a_description(extract):
    record = extract(
        "The Zenda Freedom Movement held a rally on Sunday. "
        "The movement's leader, Anna Weller, told supporters to stay calm.")
    weller = named(record, "Anna Weller")
    assert weller is not None
    assert weller.affiliation is not None


# -- an object "them" after an arrest --------------------------------------------------------------

def test_them_after_an_arrest_is_the_group_arrested(extract):
    record = extract(
        "KAMPALA, May 3 - Ugandan police arrested 14 fishermen on Lake Victoria on Monday, "
        "accusing them of using illegal nets.")
    accusations = _event(record, "112")
    assert accusations, [(e.code, e.source, e.target) for e in record.events]
    target = _actor(record, accusations[0].target)
    assert target is not None and "fishermen" in target.name.lower()


def test_them_in_the_next_sentence_is_no_subject(extract):
    record = extract(
        "KAMPALA, May 3 - Ugandan police detained 14 students on Monday. "
        "Prosecutors later accused them of vandalism.")
    accusations = _event(record, "112")
    assert accusations
    target = _actor(record, accusations[0].target)
    assert target is not None and "students" in target.name.lower()
