"""Mends from the review of round-2 code: co-subjects are no referent of "them", framing openings,
seat cities beside their own state, police operations."""
from __future__ import annotations

import pytest

from actor_helpers import PUBLISHED, named
from event_helpers import coded, dyads


@pytest.mark.parametrize("text, code", [
    ("Zambian authorities detained 14 students on Monday. Police and soldiers accused them of vandalism.", "112"),
    ("Malawian authorities arrested 30 traders on Friday. Police and soldiers fired on them in the market.", "190"),
])
def test_them_stands_for_the_group_named_before_not_a_co_subject(pipeline, text, code):
    events = coded(pipeline, text, code)
    assert events, dyads(pipeline, text)
    assert all(target in ("students", "traders") for _code, _source, target in events), events
    assert not any(target in ("Police", "soldiers") for _code, _source, target in dyads(pipeline, text))


def test_them_after_a_who_clause_is_not_the_doers_own_co_subject(pipeline):
    text = ("Rebels seized 12 villagers on Sunday. The villagers were later beaten by police and soldiers, "
            "who accused them of theft.")
    assert not any({source, target} == {"police", "soldiers"} for _c, source, target in dyads(pipeline, text))


_VISIT = ("Canada sent a trade delegation to China on Monday. Canadian exporters hope to sell more grain. "
          "{opening} in Beijing, officials said the talks were useful.")


def test_a_visit_opening_a_sentence_does_not_set_its_officials_in_the_host_state(pipeline):
    record = pipeline.extract(_VISIT.format(opening="During the visit"), published=PUBLISHED)
    assert named(record, "officials").country == "CAN"


def test_a_news_conference_opening_a_sentence_sets_its_officials_in_that_state(pipeline):
    record = pipeline.extract(_VISIT.format(opening="At a news conference"), published=PUBLISHED)
    assert named(record, "officials").country == "CHN"


@pytest.mark.parametrize("extra, seat_is_the_eu", [
    ("", True),
    (" Belgian officials said they backed the plan.", False),
    (" Belgium abstained.", False),
])
def test_a_seat_city_stays_its_state_s_when_the_state_has_its_own_actors(pipeline, extra, seat_is_the_eu):
    text = "The European Commission proposed new rules on Monday. Brussels warned Hungary over the budget." + extra
    sources = {source for _c, source, _t in coded(pipeline, text, "130")}
    assert sources == ({"European Commission"} if seat_is_the_eu else {"Belgium"})


def test_a_police_operation_is_no_military_force(pipeline):
    assert not coded(pipeline, "Police launched an operation against traffickers in the port city.", "190")
    assert coded(pipeline, "The army launched an offensive against rebels in the north.", "190")


@pytest.mark.parametrize("verb", ["sacked", "dismissed"])
def test_removing_an_office_holder_is_a_sanction_on_them(pipeline, verb):
    text = f"Kenyan President Samuel Oduya {verb} Interior Minister Peter Kamau on Friday."
    assert coded(pipeline, text, "172") == [("172", "Samuel Oduya", "Peter Kamau")]
