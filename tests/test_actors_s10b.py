"""Actor classes that cost events and speakers downstream, checked on the team's own sentences: a person
later named by the first word of the full name ("Anwar" for Anwar Ibrahim), datelines in mixed case
with a credit ("Cairo, May 2 (Xinhua) --"), a state's possessive before a body's name that the
dictionary gives another state, and "the army of <State>"."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def mention_texts(actor) -> list[str]:
    return [m.text for m in actor.mentions]


# -- a person named again by the given name alone ---------------------------------------------------

@pytest.mark.parametrize("text, full, given", [
    ("Border talks\n\nMalaysian Prime Minister Anwar Ibrahim phoned the Thai leader on Friday. Anwar urged "
     "both sides to stop the shelling.\n", "Anwar Ibrahim", "Anwar"),
    ("Port deal\n\nThai Deputy Prime Minister Phumtham Wechayachai visited the new port on Monday. "
     "Phumtham said the terminal would open next year.\n", "Phumtham Wechayachai", "Phumtham"),
    ("Gulf talks\n\nOmani envoy Hamood Salim Rawahi arrived in Doha on Sunday. Hamood told reporters "
     "that the talks were going well.\n", "Hamood Salim Rawahi", "Hamood"),
])
def test_given_name_alone_is_the_only_person_with_it(extract, text, full, given):
    record = extract(text)
    person = named(record, full)
    assert person is not None
    assert given in mention_texts(person)
    assert named(record, given) is person


def test_given_name_two_people_share_is_not_linked(extract):
    text = ("Summit\n\nDonald Tusk met Donald Trump in Washington on Monday. Donald said the talks "
            "went well.\n")
    record = extract(text)
    for full in ("Donald Tusk", "Donald Trump"):
        person = named(record, full)
        assert person is not None and "Donald" not in mention_texts(person)


def test_given_name_that_is_a_state_stays_the_state(extract):
    text = ("Aid\n\nJordan Mirza, a French aid worker, met officials in Amman on Monday. Jordan sent "
            "food to Gaza on Tuesday.\n")
    record = extract(text)
    # no sentence tried gets the worker found as an actor, so check what holds: "Jordan" stays the state
    jordan = named(record, "Jordan")
    assert jordan is not None and jordan.code == "JORGOV"
    assert not any(a.type == "PERSON" and "Jordan" in mention_texts(a) for a in record.actors)


def test_given_name_of_a_bystander_presented_anew_is_not_linked(extract):
    text = ("Market\n\nIndonesian minister Budi Santoso opened the market on Monday. \"Prices fell,\" "
            "said Budi, 34, a fruit seller.\n")
    record = extract(text)
    minister = named(record, "Budi Santoso")
    assert minister is not None and "Budi" not in mention_texts(minister)


# -- datelines in mixed case ------------------------------------------------------------------------

@pytest.mark.parametrize("text, dateline", [
    ("Beijing, November 15 (Reporter Li Wei) -- The ministry said.", "Beijing, November 15 (Reporter Li Wei) -- "),
    ("Moscow, 3 March (Correspondent Ivan Petrov) - Talks began.", "Moscow, 3 March (Correspondent Ivan Petrov) - "),
    ("Cairo, May 2 (Xinhua) -- The talks ended.", "Cairo, May 2 (Xinhua) -- "),
    ("Caracas, 20 nov (EFE).- The government spoke.", "Caracas, 20 nov (EFE).- "),
    ("New Delhi, Jan. 5 -- Rain fell.", "New Delhi, Jan. 5 -- "),
])
def test_mixed_case_dateline_is_read(pipeline, text, dateline):
    from newsgraph.pipeline.factories import dateline_spans

    assert dateline_spans(pipeline.nlp.make_doc(text)) == [(0, len(dateline))]


@pytest.mark.parametrize("text", [
    "Moscow, meanwhile, said - in a statement - that it would respond.",
    "Paris, May 2 was a quiet day - nothing happened.",
    "Mayors, 12 mayors - said the governor - signed it.",
])
def test_first_sentence_with_a_place_and_a_comma_is_no_dateline(pipeline, text):
    from newsgraph.pipeline.factories import dateline_spans

    assert dateline_spans(pipeline.nlp.make_doc(text)) == []


@pytest.mark.parametrize("text, body, code", [
    ("China warns citizens over travel to Japan\n\nBeijing, November 15 (Reporter Li Wei) -- The Ministry of "
     "Foreign Affairs warned Chinese citizens against travel to Japan. China said that remarks by Japan's "
     "prime minister had hurt ties.\n", "Ministry of Foreign Affairs", "CHNGOV"),
    ("Russia accuses Ukraine of shelling\n\nMoscow, 3 March (Correspondent Ivan Petrov) - The Foreign Ministry "
     "accused Ukraine of shelling a Russian border village. Russia said Ukraine's army had fired rockets.\n",
     "Foreign Ministry", "RUSGOV"),
    ("Egypt condemns Israeli raid\n\nCairo, May 2 (Xinhua) -- The Foreign Ministry condemned Israel for a raid "
     "on a camp. Egypt said the Israeli raid broke the truce.\n", "Foreign Ministry", "EGYGOV"),
])
def test_body_of_a_story_filed_from_its_capital(extract, text, body, code):
    record = extract(text)
    actor = named(record, body)
    assert actor is not None and actor.code == code
    place = text.split("\n\n")[1].split(",")[0]
    assert not any(m.text == place for a in record.actors for m in a.mentions)  # the dateline's place is no actor


# -- a state's possessive before a body the dictionary gives another state ----------------------------

@pytest.mark.parametrize("text, body, code", [
    ("Arrests\n\nKenya's National Intelligence Service arrested two foreigners in Nairobi on Monday.\n",
     "National Intelligence Service", "KENSPY"),
    ("Arrests\n\nBotswana's National Intelligence Service detained a journalist on Friday.\n",
     "National Intelligence Service", "BWASPY"),
    ("Arrests\n\nGreece's National Intelligence Service questioned two sailors in Piraeus.\n",
     "National Intelligence Service", "GRCSPY"),
])
def test_state_possessive_wins_over_a_namesake_entry(extract, text, body, code):
    actor = named(extract(text), body)
    assert actor is not None and actor.code == code


def test_possessive_of_the_entry_state_keeps_the_entry(extract):
    text = "Missile\n\nSouth Korea's National Intelligence Service said the North fired a missile.\n"
    actor = named(extract(text), "National Intelligence Service")
    assert actor is not None and actor.code == "KORSPY"


# -- "the army of <State>" ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, body, code", [
    ("Border\n\nChad closed its eastern border on Monday. The army of Sudan shelled a camp near the border, "
     "Chadian officials said.\n", "army", "SDNMIL"),
    ("Border\n\nChad closed its border on Monday. The police of Cameroon arrested ten traders near the border, "
     "Chadian officials said.\n", "police", "CMRCOP"),
    ("Border\n\nChad closed its border on Monday. The government of Niger condemned the closure, Chadian "
     "officials said.\n", "government", "NERGOV"),
])
def test_state_body_of_a_named_state(extract, text, body, code):
    record = extract(text)
    actor = next((a for a in record.actors if body in mention_texts(a)), None)  # the government is the state
    assert actor is not None and actor.code == code


def test_body_without_a_state_stays_the_storys(extract):
    text = "Border\n\nChad closed its border on Monday. The army shelled a rebel camp near the border.\n"
    actor = named(extract(text), "army")
    assert actor is not None and actor.code == "TCDMIL"


@pytest.mark.parametrize("text, first, again", [
    ("Border\n\nChad closed its border after clashes between the Sudanese army and rebels. The rebels accused "
     "the army of Sudan of shelling a market.\n", "Sudanese army", "army"),
    ("Protest\n\nThe Kenyan police dispersed a march in Nairobi. Witnesses said the police of Kenya fired "
     "tear gas.\n", "Kenyan police", "police"),
])
def test_body_of_a_state_named_before_is_the_same_body(extract, text, first, again):
    record = extract(text)
    body = next((a for a in record.actors if first in mention_texts(a)), None)
    assert body is not None and again in mention_texts(body)
