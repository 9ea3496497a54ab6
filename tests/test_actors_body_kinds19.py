"""Names whose kind the words beside them tell: a firm introduced as "State supplier X" or "X, the
country's largest operator," is a business even when the tagger reads a person; a person with a
hyphenated given name keeps the role that an apposition gives.
"""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401  (extract is a fixture)


def test_kind_noun_before_a_name_makes_it_a_business(extract):
    record = extract(
        "SOFIA, March 1 — State supplier Norvagaz shut the pipeline at a border station late on Sunday. "
        "The company said four written reminders had gone unanswered since the summer.")
    firm = named(record, "Norvagaz")
    assert firm is not None and firm.type == "ORG" and firm.sector == "BUS"
    quote = next(q for q in record.quotes if "reminders" in q.text)
    assert quote.speaker == firm.id
    assert not any(a.name == "company" for a in record.actors)


def test_apposition_of_a_kind_gives_the_sector(extract):
    record = extract(
        "Dravelo, the country's largest mobile operator, said it had switched off mobile data in three regions.")
    firm = named(record, "Dravelo")
    assert firm is not None and firm.type == "ORG" and firm.sector == "BUS"


def test_hyphenated_given_name_before_a_role_is_a_person(extract):
    record = extract(
        "Gunmen burned three houses overnight, according to Jean-Paul Kambale, a civil society "
        "leader in Bunia. Two guards were wounded, he said.")
    person = named(record, "Jean-Paul Kambale")
    assert person is not None and person.type == "PERSON" and person.sector == "CVL"
    assert not any(a.name == "civil society leader" for a in record.actors)


def test_state_word_before_a_name_leaves_a_person(extract):
    record = extract(
        "The spokesman of the Kenyan government Otieno Wafula said on Monday that the border would stay open.")
    person = named(record, "Otieno Wafula")
    assert person is not None and person.type == "PERSON"


def test_a_person_introduced_by_a_trade_stays_a_person(extract):
    record = extract("LAGOS, May 2 — Emeka Okoro, a rice distributor in Lagos, said police seized his trucks on Monday.")
    person = named(record, "Emeka Okoro")
    assert person is not None and person.type == "PERSON"
    assert any(e.code == "171" for e in record.events)


def test_a_state_described_as_a_supplier_makes_no_business_actor(extract):
    record = extract("Argentina, the biggest beef supplier to Chile, protested the ban on Monday.")
    assert not [a for a in record.actors if a.sector == "BUS"]
