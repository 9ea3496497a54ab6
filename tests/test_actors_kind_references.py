""""The bank", "the lender", "the bloc", "the peacekeeping mission": a definite description of a
body's kind stands for the latest body named before it whose own name is of that kind, never for
a body of another kind (a central bank after the World Bank is the state's own)."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def speaker_of(record, fragment: str):
    """The name of the speaker of the quote holding ``fragment`` (None when it has none)."""
    names = {a.id: a.name for a in record.actors}
    quote = next(q for q in record.quotes if fragment in q.text)
    return names.get(quote.speaker)


@pytest.mark.parametrize("text, fragment, want", [
    ("Roads\n\nThe World Bank approved a loan of $200 million to Uganda on Monday. "
     "The Bank said the roads would be finished by 2028.\n", "roads would be finished", "World Bank"),
    ("Debt\n\nThe International Monetary Fund reached a deal with Sri Lanka on Friday. "
     "The lender said the agreement would restore confidence.\n", "restore confidence",
     "International Monetary Fund"),
    ("Coup\n\nECOWAS leaders gathered in Accra on Saturday to discuss Guinea. "
     "The regional bloc said elections must be held within a year.\n", "elections must be held",
     "Economic Community of West African States"),
    ("Border\n\nUNIFIL recorded rocket fire near Naqoura on Thursday. "
     "The peacekeeping mission said none of its troops were hurt.\n", "none of its troops",
     "United Nations Interim Force in Lebanon"),
])
def test_a_kind_noun_speaks_for_the_body_named_before(extract, text, fragment, want):
    record = extract(text)
    assert speaker_of(record, fragment) == want, [(a.name, a.code) for a in record.actors]


def test_a_central_bank_is_not_the_world_bank(extract):
    record = extract("Growth\n\nThe World Bank lowered its forecast for Zambia on Tuesday. "
                     "The central bank said prices would calm by June.\n")
    assert speaker_of(record, "prices would calm") != "World Bank"


def test_the_latest_body_of_the_kind_is_meant(extract):
    record = extract("Sanctions\n\nECOWAS suspended Burkina Faso in January. Weeks later the European Union "
                     "froze the assets of two ministers. The bloc said more names could follow.\n")
    assert speaker_of(record, "more names could follow") == "European Union"
