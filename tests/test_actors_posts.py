"""People named after their post: a name apposed to the place of an envoy's post, which the tagger
lists with the place ("its ambassador in Madrid, Karim Haddad"), and a courtesy title between the
apposed title's comma and the name ("the health minister, Dr. Amina Yusuf"). The sentences are the
team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, code", [
    ("Envoy recalled\n\nAlgeria recalled its ambassador in Madrid, Karim Haddad, for consultations.\n",
     "Karim Haddad", "DZAGOV"),
    ("Envoy recalled\n\nMorocco recalled its ambassador in Paris, Mr. Youssef Amrani, on Friday.\n",
     "Youssef Amrani", "MARGOV"),
])
def test_a_name_apposed_to_the_place_of_a_post_is_the_holder(extract, text, name, code):
    record = extract(text)
    person = named(record, name)
    assert person is not None and person.type == "PERSON" and person.code == code


@pytest.mark.parametrize("text, name, sector", [
    ("Clinics\n\nThe health minister, Dr. Amina Yusuf, said the clinics would reopen on Monday.\n",
     "Amina Yusuf", "GOV"),
    ("Envoy recalled\n\nGhana recalled the ambassador of Ghana, Mr. Kofi Mensah, after the row.\n",
     "Kofi Mensah", "GOV"),
])
def test_a_courtesy_title_after_the_comma_keeps_the_apposed_title(extract, text, name, sector):
    record = extract(text)
    person = named(record, name)
    assert person is not None and person.sector == sector


def test_a_phrase_with_a_verb_before_the_comma_is_no_title(extract):
    record = extract("Talks\n\nIn talks with his ministers, Karim Haddad said the plan would work.\n")
    person = named(record, "Karim Haddad")
    assert person is not None and person.sector is None


@pytest.mark.parametrize("text, name, code", [
    ("Sanctions\n\nThe Philippines' foreign ministry said the shipping firm had broken no law.\n",
     "Philippines' foreign ministry", "PHLGOV"),
    ("Sanctions\n\nThe United Arab Emirates' economy ministry said the firm had broken no law.\n",
     "United Arab Emirates' economy ministry", "AREGOV"),
    ("Vote\n\nThe U.S. embassy in Yaounde urged calm after the vote.\n", "U.S. embassy", "USAGOV"),
    ("Ships\n\nThe U.K. defence ministry said the ship had left port on Monday.\n", "U.K. defence ministry", "GBRGOV"),
])
def test_a_states_plural_possessive_or_dotted_abbreviation_stays_in_its_bodys_name(extract, text, name, code):
    record = extract(text)
    body = named(record, name)
    assert body is not None and body.code == code
