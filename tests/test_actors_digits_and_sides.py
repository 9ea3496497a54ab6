"""Two actor classes of translated news: a dictionary name written with digits ("M23", "G20",
"APT28") is an actor like any other name, and "the <demonym> side" of diplomatic prose is that
state's government. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def _mention_texts(actor) -> list[str]:
    return [m.text for m in actor.mentions]


@pytest.mark.parametrize("text, name, code", [
    ("Clashes\n\nThe M23 said on Friday that its fighters had entered the market town.\n",
     "March 23 Movement", "CODREB"),
    ("Clashes\n\nResidents fled after the M23 shelled the camp near the lake.\n",
     "March 23 Movement", "CODREB"),
    ("Summit\n\nFinance ministers of the G20 agreed to extend the debt relief programme.\n",
     "Group of Twenty", "IGO"),
    ("Rebels\n\nThe 3R said on Monday that it had left the mining town.\n",
     "Return, Reclamation and Rehabilitation", "CAFREB"),
    ("Hack\n\nInvestigators blamed APT28 for the intrusion into the ministry's mail servers.\n",
     "APT28", "RUSSPY"),
])
def test_a_dictionary_name_with_digits_is_an_actor(extract, text, name, code):
    found = named(extract(text), name)
    assert found is not None and found.code == code


def test_a_named_group_is_not_the_group_told_of_before(extract):
    record = extract("Fighting\n\nCODECO and the M23 group raided two villages in the hills on Sunday.\n")
    codeco, m23 = named(record, "CODECO"), named(record, "March 23 Movement")
    assert m23 is not None
    assert codeco is not None and not any("M23" in t for t in _mention_texts(codeco))


@pytest.mark.parametrize("text", [
    "Talks\n\nThe 23 delegates met on 12 May 2024 and 300 people watched.\n",
    "Report\n\nIn 2023 the council approved 45 projects.\n",
])
def test_bare_numbers_and_dates_are_no_names(extract, text):
    assert not any(any(ch.isdigit() for ch in a.name) for a in extract(text).actors)


@pytest.mark.parametrize("text, name, code", [
    ("Border\n\nThe Kazakh side accused its neighbour of breaking the transit deal.\n", "Kazakhstan", "KAZGOV"),
    ("Visit\n\nBaku handed a protest note to the Armenian side on Monday.\n", "Armenia", "ARMGOV"),
    ("Talks\n\nYerevan will seek consultations with the Russian side next week.\n", "Russia", "RUSGOV"),
    ("Talks\n\nMoscow accused the Georgian side of stirring up the unrest.\n", "Georgia", "GEOGOV"),
])
def test_the_demonym_side_is_the_state(extract, text, name, code):
    found = named(extract(text), name)
    assert found is not None and found.code == code
    assert any(t.lower().endswith("side") for t in _mention_texts(found))


def test_the_demonym_side_speaks_as_the_state(extract):
    record = extract("Talks\n\nThe Uzbek side said the water-sharing talks had been useful.\n")
    state = named(record, "Uzbekistan")
    assert state is not None and state.code == "UZBGOV"
    assert any(q.speaker == state.id for q in record.quotes)


@pytest.mark.parametrize("text", [
    "Border\n\nPolice drove the migrants to the Serbian side of the fence.\n",
    "War\n\nLosses were heavy on the Ukrainian side, and both sides blamed the other side.\n",
])
def test_a_side_as_a_place_or_a_pair_is_no_state(extract, text):
    record = extract(text)
    assert not any(m.text.lower().endswith("side") for a in record.actors for m in a.mentions)


@pytest.mark.parametrize("text, name", [
    ("Fighting\n\nThe army fought the M23 rebel movement near the lake on Sunday.\n", "March 23 Movement"),
    ("Strikes\n\nIsrael struck the Hamas militant group overnight, the army said.\n", "Hamas"),
])
def test_a_name_and_what_the_body_is_make_one_actor(extract, text, name):
    record = extract(text)
    assert named(record, name) is not None
    assert not any(a.type == "GROUP" and ("movement" in a.name or "group" in a.name) for a in record.actors)
