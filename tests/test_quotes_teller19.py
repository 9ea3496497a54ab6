"""Whom "tell" tells is the audience: "..., his lawyer, Jane Doe, told The Associated Press" is the
lawyer's report, never the news agency's."""
from __future__ import annotations

from datetime import date


def test_name_set_off_before_told_is_the_speaker(pipeline):
    record = pipeline.extract(
        "LILONGWE, May 2 (AP) — Police raided the home of former minister Tobias Banda on Friday. "
        "Officers searched the rooms for three hours and took away two computers, his lawyer, "
        "Grace Phiri, told The Associated Press.", published=date(2024, 5, 3))
    names = {a.id: a.name for a in record.actors}
    quote = next(q for q in record.quotes if "searched the rooms" in q.text)
    assert names.get(quote.speaker) == "Grace Phiri"


def test_translated_informed_keeps_the_body_after_it(pipeline):
    record = pipeline.extract(
        "Lima, 3 of May (EFE).- Two engineers of the firm Andecon were kidnapped on Monday by armed men "
        "in the province of Huallaga, informed the National Police.", published=date(2024, 5, 4))
    names = {a.id: a.name for a in record.actors}
    quote = next(q for q in record.quotes if "were kidnapped" in q.text)
    assert names.get(quote.speaker) == "National Police"
