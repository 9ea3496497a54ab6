"""An event's day and place come from the first of its reports that names them."""
from __future__ import annotations

from datetime import date

ARTICLE = (
    "Chile expels Bolivian ambassador over spying row\n\n"
    "Chile expelled Bolivia's ambassador in Santiago on Tuesday, accusing him of running a spy ring, "
    "the foreign ministry said.\n\n"
    "Bolivia said it would answer the expulsion on Friday.\n"
)


def _expulsion(pipeline):
    record = pipeline.extract(ARTICLE, published=date(2024, 5, 8))  # a Wednesday
    expulsions = [e for e in record.events if e.code == "174"]
    assert expulsions, [(e.code, e.evidence) for e in record.events]
    return record, expulsions[0]


def test_a_headline_act_takes_the_day_its_lead_names(pipeline):
    _, event = _expulsion(pipeline)
    assert event.evidence.startswith("Chile expels")  # the headline is the first report
    assert len(event.mentions) >= 2
    assert event.date == "2024-05-07"


def test_a_headline_act_takes_the_place_its_lead_names(pipeline):
    record, event = _expulsion(pipeline)
    places = {p.id: p for p in record.locations}
    assert event.location is not None
    assert places[event.location].name == "Santiago"


def test_a_headline_and_its_lead_told_by_a_state_and_its_ministry_are_one_act(pipeline):
    text = ("Peru recalls envoy to Ecuador\n\n"
            "Peru's foreign ministry recalled its ambassador to Ecuador for consultations on Monday.\n")
    record = pipeline.extract(text, published=date(2024, 5, 8))
    recalls = [e for e in record.events if e.code == "161"]
    assert len(recalls) == 1, [(e.code, e.source, e.evidence) for e in record.events]
    names = {a.id: a.name for a in record.actors}
    assert names[recalls[0].source] == "Peru's foreign ministry"
    assert len(recalls[0].mentions) == 2


def test_two_bodies_of_one_state_acting_apart_stay_two_acts(pipeline):
    text = ("Norway summons Russian envoy\n\n"
            "Norway's foreign ministry summoned the Russian envoy to a meeting in Oslo on Monday. "
            "Norway's defence ministry summoned Russia's military attache on Tuesday.\n")
    record = pipeline.extract(text, published=date(2024, 5, 8))
    names = {a.id: a.name for a in record.actors}
    summoners = sorted(names[e.source] for e in record.events if e.code == "114")
    assert summoners == ["Norway's defence ministry", "Norway's foreign ministry"], summoners
