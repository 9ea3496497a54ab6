"""Bugs the session-14 review found in its own changes, each on invented sentences."""
from __future__ import annotations

import pytest

from actor_helpers import PUBLISHED, code, named
from event_helpers import coded_dyads


def _record(pipeline, text: str):
    return pipeline.extract(text, published=PUBLISHED)


# B1. "Korean" alone names neither Korea; "North Korean" is North Korea's alone
@pytest.mark.parametrize("text", [
    "Tensions rise\n\nNorth Korean troops fired artillery near the border, the Korean People's Army said.\n",
    "Parade\n\nPYONGYANG, Oct 10 - North Korea held a military parade on Thursday. The Korean leader "
    "inspected troops, Korean state media said.\n",
])
def test_korean_in_a_north_korean_story_is_no_south_korea(pipeline, text):
    record = _record(pipeline, text)
    assert "KOR" not in {a.country for a in record.actors}, [(a.name, a.code) for a in record.actors]


def test_the_korean_workers_party_is_north_korea_s(pipeline):
    record = _record(pipeline, "Purge\n\nThe Korean Workers' Party said on Monday it would expel two "
                               "officials.\n")
    party = next(a for a in record.actors if "Korean Workers' Party" in [a.name, *a.aliases])
    assert code(party) == ("PRK", "PTY")


def test_ethnic_koreans_living_in_japan_are_no_south_korean_civilians(pipeline):
    record = _record(pipeline, "Rally\n\nEthnic Korean residents of Japan protested in Osaka on Sunday.\n")
    assert "KOR" not in {a.country for a in record.actors}, [(a.name, a.code) for a in record.actors]


# B2. a heading pairing two sides with a dash is no dateline
@pytest.mark.parametrize("text, name, country", [
    ("Truce holds\n\nIsrael - Hamas Truce\n\nThe ceasefire held on Monday as aid trucks entered the "
     "territory.\n", "Israel", "ISR"),
    ("Border tension\n\nEthiopia - Eritrea Border\n\nTroops were massed on Monday near the frontier, "
     "witnesses said.\n", "Ethiopia", "ETH"),
])
def test_a_heading_pairing_two_sides_is_no_dateline(pipeline, text, name, country):
    record = _record(pipeline, text)
    heading = text.index(name, text.index("\n\n"))
    assert any(a.country == country and any(m.start == heading for m in a.mentions) for a in record.actors), \
        [(a.name, a.code, [m.start for m in a.mentions]) for a in record.actors]


def test_a_heading_is_a_dateline_only_with_an_outlet_after_the_dash():
    from newsgraph.pipeline.factories import _credit_line_dateline

    for line in ("Mombasa - Coast Daily Net", "Mombasa - Coast News"):
        assert _credit_line_dateline(line, 0, len(line)), line
    for line in ("Israel - Hamas Truce", "Ethiopia - Eritrea News", "Gaza - Day 100 of the war"):
        assert not _credit_line_dateline(line, 0, len(line)), line


# B3. walking out is a labour strike only when workers walk out
@pytest.mark.parametrize("text", [
    "Walkout\n\nNAIROBI, May 2 - Opposition lawmakers walked out of parliament on Tuesday in protest over "
    "a pay rise for ministers.\n",
    "Walkout\n\nNAIROBI, May 2 - The Kenyan delegation walked out of the UN session on Tuesday after "
    "staff of the Sudanese embassy heckled its envoy.\n",
])
def test_a_labour_word_elsewhere_in_the_sentence_makes_no_strike(pipeline, text):
    assert not [d for d in coded_dyads(pipeline, text) if d[0] == "143"]


def test_workers_walking_out_strike(pipeline):
    found = coded_dyads(pipeline, "Walkout\n\nNAIROBI, May 2 - Hundreds of Kenyan dock workers walked out on "
                                  "Tuesday.\n")
    assert [d for d in found if d[0] == "143"], found


# B5, B6. a photographer's state is that of the place the credited caption names
_MATCH = "Match\n\nNAIROBI, May 2 - Kenya beat Tunisia 2-0 on Sunday.\n\n"


def test_the_caption_read_is_the_credit_s_not_the_photographer_s_last_mention(pipeline):
    record = _record(pipeline, _MATCH + "Photo: Fans cheer in the stadium in Rades on Sunday. Amina Odhiambo / "
                               "AFP\n\nThe match was watched by 40,000 fans. Amina Odhiambo said the crowd in "
                               "Mombasa was calm.\n")
    assert named(record, "Amina Odhiambo").country == "TUN"


@pytest.mark.parametrize("caption", [
    "Photo: Fans cheer in Rades on Sunday in support of the Egyptians. Amina Odhiambo / AFP\n",
    "Photo: Fans cheer in Rades, near the Egyptians. Amina Odhiambo / AFP\n",
])
def test_a_people_named_in_the_caption_is_passed_over(pipeline, caption):
    assert named(_record(pipeline, _MATCH + caption), "Amina Odhiambo").country == "TUN"


# B7. an acronym in brackets after a body's name is no wire credit
def test_a_bracketed_acronym_after_a_name_is_no_outlet(pipeline):
    record = _record(pipeline, "Vote\n\nNAIROBI, May 2 - Kenya's parliament met on Monday.\n\nKenya Unity (KUM) "
                               "- a coalition of five parties - said it would boycott the vote.\n")
    assert not [a.name for a in record.actors if a.sector == "MED"]


def test_an_unknown_agency_credited_after_a_place_is_an_outlet(pipeline):
    record = _record(pipeline, "Vote\n\nOTTAWA (KNW) - Canada's parliament met on Monday.\n")
    assert [a.name for a in record.actors if a.sector == "MED"] == ["KNW"]
