"""Session 18: people named only by their title, of a province or of the state a demonym names."""
from __future__ import annotations

from actor_helpers import extract  # noqa: F401  (fixture)


def _events(record):
    by_id = {a.id: a for a in record.actors}
    return [(e.code, by_id.get(e.source), by_id.get(e.target)) for e in record.events]


def _speaker(record, words: str):
    by_id = {a.id: a for a in record.actors}
    quote = next(q for q in record.quotes if words in q.text)
    return by_id.get(quote.speaker)


def test_office_of_a_province_the_gazetteer_does_not_know_is_of_the_story_state(extract):
    record = extract("Bandits raid gold mine in eastern Congo\n\n"
                     "BUNIA, June 2 - Bandits raided a gold mine in Zelorbe province on Friday, officials in "
                     "Kinshasa said.\n\nZelorbe's military governor said he had sent two companies of soldiers "
                     "to the mine.")
    governor = _speaker(record, "sent two companies")
    assert governor is not None and "governor" in governor.name
    assert (governor.country, governor.sector) == ("COD", "GOV")


def test_office_of_a_known_province_takes_its_state(extract):
    record = extract("Gunmen attack convoy in Pakistan's northwest\n\n"
                     "PESHAWAR, June 2 - Gunmen fired on a convoy near Peshawar on Friday.\n\n"
                     "Khyber Pakhtunkhwa's police chief accused the militants of planning the ambush for weeks.")
    accusations = [(s, t) for c, s, t in _events(record) if c.startswith("112")]
    assert accusations and accusations[0][0] is not None
    assert accusations[0][0].country == "PAK"


def test_counterpart_named_by_a_demonym_only_is_an_official_of_that_state(extract):
    record = extract("Ministers discuss river dispute\n\n"
                     "NAIROBI, June 2 - The Kenyan minister criticised her Ugandan counterpart on Tuesday over "
                     "the new fishing rules on the lake.")
    criticisms = [(s, t) for c, s, t in _events(record) if c.startswith("11")]
    assert criticisms
    source, target = criticisms[0]
    assert source is not None and source.country == "KEN"
    assert target is not None and (target.country, target.sector) == ("UGA", "GOV")


def test_counterpart_of_a_state_not_otherwise_named_is_the_target_of_talks(extract):
    record = extract("Ministers meet in Cairo\n\n"
                     "CAIRO, June 2 - Egypt's foreign minister held talks with his Sudanese counterpart in Cairo "
                     "on Sunday about the refugees crossing the border.")
    talks = [(s, t) for c, s, t in _events(record) if c.startswith("04")]
    assert talks and talks[0][1] is not None and talks[0][1].country == "SDN"


def test_counterpart_named_after_the_title_stays_that_person(extract):
    record = extract("Ministers meet in Cairo\n\n"
                     "CAIRO, June 2 - Egypt's foreign minister held talks with his Sudanese counterpart, Omar "
                     "Dafallah Haroun, in Cairo on Sunday.")
    talks = [(s, t) for c, s, t in _events(record) if c.startswith("04")]
    assert talks and talks[0][1] is not None and "Haroun" in talks[0][1].name
