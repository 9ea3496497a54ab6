"""Session 17: quote speakers on fresh text (a body's own voice or document, calls the parser split)."""
from __future__ import annotations

from tests.quote_helpers import quotes_by_text, quotes_containing


def test_possessed_spokesman_speaks_for_the_body_before(pipeline):
    found = quotes_by_text(pipeline, (
        "The Zenda Farmers League, founded by former minister Olek Varga, said it would march on Monday. "
        "Its spokesman said the league had asked the High Court to stop the new tax."))
    assert quotes_containing(found, "had asked the High Court")[0][1] == "Zenda Farmers League"


def test_their_communique_speaks_for_the_bloc_not_the_host_city(pipeline):
    found = quotes_by_text(pipeline, (
        "Ministers of the Southern Lakes Union met for two days in Lusaka. "
        "Their closing communique said the vote had been free and fair in most districts."))
    speakers = quotes_containing(found, "free and fair")
    assert speakers and speakers[0][1] == "Southern Lakes Union"


def test_the_statement_speaks_for_whoever_issued_it(pipeline):
    found = quotes_by_text(pipeline, (
        "The Zenda Maritime Authority apologised in a statement on Friday for the collision. "
        "The statement said the patrol boat had not seen the trawler in the fog."))
    speakers = quotes_containing(found, "had not seen the trawler")
    assert speakers and speakers[0][1] == "Zenda Maritime Authority"


def test_a_statement_not_told_of_before_is_no_ones(pipeline):
    found = quotes_by_text(pipeline, (
        "Olek Varga arrived in Zenda on Friday. "
        "The statement said the patrol boat had not seen the trawler in the fog."))
    speakers = quotes_containing(found, "had not seen the trawler")
    assert all(name != "Olek Varga" for _kind, name in speakers)


def test_call_whose_infinitive_the_parser_hung_on_a_noun(pipeline):
    found = quotes_by_text(pipeline, (
        "The Arab League called on the factions that stayed out of the agreement to sign it."))
    speakers = quotes_containing(found, "to sign it")
    assert speakers and speakers[0][1] == "Arab League"


def test_infinitive_of_a_noun_after_a_comma_is_no_call(pipeline):
    found = quotes_by_text(pipeline, (
        "The African Union called on the rebels on Monday, a plan to end the war in the north."))
    assert not quotes_containing(found, "to end the war")


def test_whom_a_subjectless_cue_told_is_not_its_speaker(pipeline):
    found = quotes_by_text(pipeline, (
        "Two gunmen on a motorbike sprayed the first truck with rifle fire as the column slowed at a ford "
        "on the Olek Valley Road, a senior police officer in Varga Town told Reuters on condition of anonymity."))
    speakers = quotes_containing(found, "sprayed the first truck")
    assert speakers and all(name != "Reuters" for _kind, name in speakers)
