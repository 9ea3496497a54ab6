"""Names the tagger mis-types or cuts: a name in apposition to a person's title is a person's, a
subject with a ", which" clause is a body, a capital's possessive names its state, and a name's
lower-case part glued by a hyphen stays in the name. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


@pytest.mark.parametrize("text,person", [
    ("Strike goes on\n\nThe Harare Nurses' Guild began the strike in May. Police detained its president, "
     "Farai Dzvuke, and three other members at a march in Harare on Friday.\n\n"
     "\"Nurses are not criminals,\" Dzvuke told reporters on Monday.\n", "Farai Dzvuke"),
    ("Miners protest\n\nThe miners' union called the march. Police held its chairman, Tapiwa Munyoro, "
     "for six hours.\n\n\"We will march again,\" Munyoro told reporters.\n", "Tapiwa Munyoro"),
])
def test_name_apposed_to_a_title_is_a_person_and_speaks(extract, text, person):
    record = extract(text)
    actor = named(record, person)
    assert actor is not None and actor.type == "PERSON"
    assert speaker_of(record, "again" if "again" in text else "criminals") is actor


def test_subject_with_which_clause_is_a_body_and_speaks(extract):
    record = extract("Plant leak\n\nThe river turned brown near the plant on Saturday. Velmorak, which is owned "
                     "by a group based in Omsk, said in a statement that the leak had been contained.\n")
    actor = named(record, "Velmorak")
    assert actor is not None and actor.type == "ORG"
    assert speaker_of(record, "the leak had been contained") is actor


def test_who_clause_does_not_make_a_body(extract):
    record = extract("Plant leak\n\nThe river turned brown on Saturday. Velmorak, who heads the plant, "
                     "said the leak had been contained.\n")
    actor = named(record, "Velmorak")
    assert actor is None or actor.type == "PERSON"


@pytest.mark.parametrize("text,holder,country", [
    ("Envoy summoned\n\nJapan summoned Seoul's ambassador on Wednesday over the visit.\n",
     "Seoul's ambassador", "KOR"),
    ("Envoy summoned\n\nFrance summoned Ankara's ambassador on Monday after the remarks.\n",
     "Ankara's ambassador", "TUR"),
])
def test_capital_possessive_names_its_state(extract, text, holder, country):
    actor = named(extract(text), holder)
    assert actor is not None and code(actor) == (country, "GOV")


def test_lower_case_part_after_hyphen_stays_in_the_name(extract):
    record = extract("Islet visit\n\nTokyo protests after Hwang visits islets\n\n"
                     "South Korean Prime Minister Hwang Jae-myung set foot on the islets on Wednesday.\n\n"
                     "Hwang flew in by helicopter.\n")
    actor = named(record, "Hwang Jae-myung")
    assert actor is not None and code(actor) == ("KOR", "GOV")


def test_name_apposed_to_a_title_after_a_place_is_a_person(extract):
    record = extract("Outbreak\n\nThe agency's envoy in Lusaka, Dr Chiamaka Ndubisi, said more experts were "
                     "coming. She warned that the outbreak could spread along trade routes.\n")
    actor = named(record, "Chiamaka Ndubisi")
    assert actor is not None and actor.type == "PERSON"
    assert speaker_of(record, "the outbreak could spread") is actor
