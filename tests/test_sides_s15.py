"""Sides of coded events (session 15): unnamed people who protest are the civilians of the article's
state, not a place named beside them nor the ones they are kin of; a rejected resolution is aimed at
the body that adopted it; a "by" phrase hung on an act noun's "of" object names the act's doer."""
from __future__ import annotations

from event_helpers import coded_dyads


def _protest_sources(pipeline, text: str) -> list[str | None]:
    return [src for code, src, _ in coded_dyads(pipeline, text) if code.startswith("14")]


def test_fishermen_of_a_county_protest_as_civilians_not_as_the_county(pipeline):
    text = ("Kenya's government approved a new dam on the Ewaso river on Monday.\n\n"
            "Fishermen in Marsabit county marched through the town of Korrimo on Tuesday.")
    assert "KENCVL" in _protest_sources(pipeline, text)
    assert "KENGOV" not in _protest_sources(pipeline, text)


def test_counted_victims_who_demonstrate_are_civilians(pipeline):
    text = ("Ghana's lands ministry has not rebuilt the homes the river swept away.\n\n"
            "Some 250 flood victims demonstrated in front of the lands ministry in Kumasi on Wednesday.")
    assert "GHACVL" in _protest_sources(pipeline, text)


def test_families_of_recruits_protest_when_the_verb_is_hung_on_the_recruits(pipeline):
    text = ("Ghana said on Monday that dozens of its citizens had been recruited to fight abroad.\n\n"
            "Families of the recruits protested near the embassy on Friday, carrying pictures of their sons.")
    assert "GHACVL" in _protest_sources(pipeline, text)


def test_a_rejected_resolution_is_aimed_at_the_body_that_adopted_it_not_a_later_teller(pipeline):
    text = ("The Arab League on Monday adopted a resolution demanding that Israel withdraw from the border "
            "villages.\n\nThe text was drafted by Jordan. It was approved by 15 votes. Lebanon says 300 families "
            "have fled the villages.\n\nIsrael's ambassador rejected the resolution as a stunt.")
    rejections = [(src, tgt) for code, src, tgt in coded_dyads(pipeline, text) if code.startswith("12")]
    assert rejections and all(tgt == "IGO" for _, tgt in rejections)


def test_a_by_phrase_hung_on_the_expelled_names_the_expeller(pipeline):
    text = "Relations soured further with the expulsion of three Kenyan diplomats by Uganda on Friday."
    expulsions = [(src, tgt) for code, src, tgt in coded_dyads(pipeline, text) if code.startswith("16")
                  and tgt and tgt.startswith("KEN")]
    assert expulsions and all(src and src.startswith("UGA") for src, _ in expulsions)
