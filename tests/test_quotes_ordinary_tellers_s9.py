""" "A village elder said", "a refugee from X told reporters", "a shopkeeper in the town said": an
ordinary, unnamed person who tells what happened is an anonymous speaker of the people's kind
(civilian, refugee), coded with the state of the story."""
from __future__ import annotations

import pytest


def _speakers(record) -> dict:
    actors = {a.id: a for a in record.actors}
    return {q.text: actors.get(q.speaker) for q in record.quotes}


@pytest.mark.parametrize("text, content, code", [
    ("Gunmen set fire to a clinic in northern Nigeria on Monday, a village elder said by telephone.",
     "Gunmen set fire to a clinic", "NGACVL"),
    ("Soldiers looted the market in Chad overnight, a shopkeeper in the town said.",
     "Soldiers looted the market", "TCDCVL"),
    ("Fighting resumed in Sudan this week. A refugee from Darfur, who asked not to be named, told reporters "
     "that \"nobody is safe in the camps\".", "nobody is safe in the camps", "REF"),
])
def test_an_unnamed_ordinary_teller_speaks_as_an_anonymous_person(pipeline, text, content, code):
    found = _speakers(pipeline.extract(text))
    speaker = next(s for quoted, s in found.items() if content in quoted)
    assert speaker is not None and speaker.anonymous
    assert (speaker.code or "").endswith(code) or (speaker.code or "") == code


@pytest.mark.parametrize("text, content, name", [
    ("Police fired tear gas at the crowd in Kenya, villager Peter Otieno said.", "Police fired tear gas",
     "Peter Otieno"),
])
def test_a_teller_named_after_the_noun_keeps_the_name(pipeline, text, content, name):
    found = _speakers(pipeline.extract(text))
    speaker = next(s for quoted, s in found.items() if content in quoted)
    assert speaker is not None and speaker.name == name and not speaker.anonymous


def test_plural_residents_stay_one_unnamed_group_of_civilians(pipeline):
    found = _speakers(pipeline.extract("Troops shelled the suburbs of Khartoum overnight, residents said."))
    speaker = next(s for quoted, s in found.items() if "Troops shelled" in quoted)
    assert speaker is not None and speaker.sector == "CVL"
