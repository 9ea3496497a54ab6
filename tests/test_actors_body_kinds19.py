"""Names whose kind the words beside them tell: a firm introduced as "State supplier X" or "X, the
country's largest operator," is a business even when the tagger reads a person; a person with a
hyphenated given name keeps the role that an apposition gives.
"""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401  (extract is a fixture)


def test_kind_noun_before_a_name_makes_it_a_business(extract):
    record = extract(
        "SOFIA, March 1 — State supplier Norvagaz closed the valve at a border station on Monday. "
        "The company said it had sent four written reminders since the summer.")
    firm = named(record, "Norvagaz")
    assert firm is not None and firm.type == "ORG" and firm.sector == "BUS"
    quote = next(q for q in record.quotes if "written reminders" in q.text)
    assert quote.speaker == firm.id
    assert not any(a.name == "company" for a in record.actors)


def test_apposition_of_a_kind_gives_the_sector(extract):
    record = extract(
        "Dravelo, the country's largest mobile operator, said it had cut data for its subscribers on Tuesday.")
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
