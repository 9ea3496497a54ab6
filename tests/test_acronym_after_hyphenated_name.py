"""An acronym defined in brackets after a name written with hyphens ("Tehreek-e-Insaf (PTI)") is
that name's, not a dictionary body's that shares the letters (a news agency's)."""
from __future__ import annotations

import pytest

SENTENCES = [
    "Within a day of the verdict, Khan's backers in the Pakistan Tehreek-e-Insaf (PTI) burned tyres outside "
    "the court in Karachi.",
    "Hours after the ruling, activists from Khan's Pakistan Tehreek-e-Insaf (PTI) marched on the election office "
    "in Peshawar.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_bracketed_acronym_names_the_party_not_a_news_agency(pipeline, sentence):
    record = pipeline.extract("Unrest spreads\n\nISLAMABAD (Reuters) - " + sentence)
    assert not [a for a in record.actors if a.sector == "MED" and a.country == "IND"]
    party = next(a for a in record.actors if a.name == "Pakistan Tehreek-e-Insaf")
    assert "PTI" in [m.text for m in party.mentions]
