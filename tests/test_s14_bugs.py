"""Small event and actor bugs left from session 13, each on invented sentences."""
from __future__ import annotations

import pytest

from actor_helpers import PUBLISHED, code, named
from event_helpers import coded_dyads, dyads


def _actor(pipeline, text: str, name: str):
    record = pipeline.extract(text, published=PUBLISHED)
    actor = named(record, name)
    assert actor is not None, [a.name for a in record.actors]
    return actor


# 1. police and intelligence "neutralise": fighting only when an armed force does it or in a fight
@pytest.mark.parametrize("text", [
    "Kenyan police neutralized two terrorists in Mombasa on Tuesday.",
    "Turkish intelligence neutralised a senior PKK militant in northern Syria, security sources said.",
    "Two PKK militants were neutralized by Turkish police in Diyarbakir.",
])
def test_police_or_intelligence_neutralising_is_no_fighting(pipeline, text):
    assert not [d for d in coded_dyads(pipeline, text) if d[0].startswith("19")]


@pytest.mark.parametrize("text", [
    "Kenyan police neutralized two gunmen during a shootout in Mombasa on Tuesday.",
    "The Turkish army neutralized 14 PKK terrorists in northern Iraq.",
])
def test_neutralising_by_an_armed_force_or_in_a_fight_is_fighting(pipeline, text):
    assert [d for d in coded_dyads(pipeline, text) if d[0] == "190"]


# 2. the state a secret was passed to is part of the charge, not the accused
@pytest.mark.parametrize("text", [
    "Estonia accused a university professor of passing secrets to Russia.",
])
def test_state_inside_the_charge_is_no_target(pipeline, text):
    found = coded_dyads(pipeline, text)
    assert not [d for d in found if d[2] in ("RUSGOV", "BLRGOV")], found


def test_accused_named_before_the_charge_is_the_target(pipeline):
    found = dyads(pipeline, "Latvia charged a former army officer with selling weapons to Belarus.")
    assert any(target == "a former army officer" for _, _, target in found), found


# 4. "Korean" alone names neither Korea: the office is the state the story tells of; "the Korean
# Peninsula" is no state
def test_bare_korean_office_is_south_korean(pipeline):
    actor = _actor(pipeline, "South Korea protested on Monday after a drone crossed its border. "
                             "The Korean defence minister called the flight a provocation.",
                   "Korean defence minister")
    assert code(actor) == ("KOR", "GOV")


def test_korean_peninsula_is_no_state(pipeline):
    record = pipeline.extract("North Korea fired a missile toward the Korean Peninsula's east coast.")
    assert "KOR" not in {a.country for a in record.actors}


# 5. local officials are the state's local government
@pytest.mark.parametrize("text, name", [
    ("Gunmen attacked a village in northern Nigeria on Monday, killing 12 people, local officials said.",
     "local officials"),
    ("A bomb exploded in a market in northern Nigeria, a local official said.", "a local official"),
])
def test_local_officials_are_government(pipeline, text, name):
    assert code(_actor(pipeline, text, name)) == ("NGA", "GOV")


def test_local_elders_stay_civilians(pipeline):
    actor = _actor(pipeline, "Fighting broke out in a Kenyan town, local elders said.", "local elders")
    assert code(actor) == ("KEN", "CVL")


# 6. kin protesting for their detained are civilians protesting
@pytest.mark.parametrize("text, doer", [
    ("Families of the detained activists protested outside the court in Cairo on Monday.", "families"),
    ("Relatives of the jailed soldiers protested outside the defence ministry in Kyiv.", "relatives"),
])
def test_families_of_the_detained_protest(pipeline, text, doer):
    found = coded_dyads(pipeline, text)
    assert [d for d in found if d[0].startswith("14") and d[1] is not None and d[1].endswith("CVL")], found
    assert any(source == doer for c, source, _ in dyads(pipeline, text) if c.startswith("14"))


# 7. "<Place> - <outlet>" on a line of its own is a dateline, not the state named
def test_place_and_credit_line_is_a_dateline(pipeline):
    text = ("Somaliland welcomes the decision\n\nNairobi - Coast Daily Net\n\n"
            "Kenya's foreign minister said on Tuesday that Kenya would open a consulate in Hargeisa.")
    record = pipeline.extract(text, published=PUBLISHED)
    assert "Nairobi - Coast Daily Net" in [b.text for b in record.blocks if b.kind == "heading"]
    dateline = text.index("Nairobi")
    assert not [(a.name, m.text) for a in record.actors for m in a.mentions if m.start == dateline]


def test_a_heading_with_a_dash_is_no_dateline(pipeline):
    from newsgraph.pipeline.factories import _CREDIT_LINE_DATELINE

    assert _CREDIT_LINE_DATELINE.match("Mombasa - Coast Daily Net")
    assert not _CREDIT_LINE_DATELINE.match("Gaza - Day 100 of the war")
    assert not _CREDIT_LINE_DATELINE.match("Analysis - The war in Sudan is far from over")


# 8. a court or police force named by its city is that state's court or police
@pytest.mark.parametrize("text, name, expected", [
    ("London court refuses to free Russian tycoon", "London court", ("GBR", "JUD")),
    ("A Moscow court on Monday sentenced a French researcher to three years in prison.", "Moscow court",
     ("RUS", "JUD")),
    ("A Kyiv court jailed a Russian soldier for 12 years.", "Kyiv court", ("UKR", "JUD")),
    ("Nairobi police arrested two Somali men on Friday.", "Nairobi police", ("KEN", "COP")),
])
def test_body_named_by_its_city(pipeline, text, name, expected):
    assert code(_actor(pipeline, text, name)) == expected


def test_court_named_by_its_city_is_the_doer(pipeline):
    found = coded_dyads(pipeline, "A Moscow court on Monday sentenced a French researcher to three years in prison.")
    assert found and all(source == "RUSJUD" for _, source, _ in found), found
