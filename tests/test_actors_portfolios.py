"""A ministry of two portfolios joined by "and" is one body ("Ministry of Foreign Affairs and
International Cooperation"), which goes by its first portfolio too; a second body after "and" stays
a body of its own. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, code", [
    ("Envoy expelled\n\nNiger expelled the envoy, according to a note of the Ministry of Foreign Affairs and "
     "of the African Integration read on the radio.\n",
     "Ministry of Foreign Affairs and of the African Integration", "NERGOV"),
    ("Envoy recalled\n\nThe Tunisian Ministry of Foreign Affairs and the Migrant Community said the remarks "
     "were unacceptable.\n",
     "Tunisian Ministry of Foreign Affairs and the Migrant Community", "TUNGOV"),
    ("Harvest\n\nIn Kenya, the Ministry of Agriculture and Livestock Development said the maize harvest "
     "would be poor this year.\n",
     "Ministry of Agriculture and Livestock Development", "KENGOV"),
])
def test_a_ministry_of_two_portfolios_is_one_body(extract, text, name, code):
    record = extract(text)
    ministry = named(record, name)
    assert ministry is not None and ministry.code == code
    first = name.split(" and ")[0]
    assert first in ministry.aliases
    assert not any(a is not ministry and a.type == "ORG" and a.name in name for a in record.actors)


@pytest.mark.parametrize("text, second", [
    ("Drills\n\nThe Ministry of Defence and the European Union signed a training deal in Accra.\n",
     "European Union"),
    ("Oil deal\n\nThe Ministry of Energy and Chevron signed a new contract in Luanda on Monday.\n", "Chevron"),
])
def test_a_second_body_after_and_is_its_own(extract, text, second):
    record = extract(text)
    assert named(record, second) is not None
    assert not any(second in a.name and "Ministry" in a.name for a in record.actors)


def test_the_ministry_later_is_the_ministry_of_two_portfolios(extract):
    record = extract("Envoy recalled\n\nThe Moroccan Ministry of Foreign Affairs and African Cooperation recalled "
                     "its ambassador on Friday.\n\nThe ministry said the remarks \"cross a red line\" and "
                     "demanded an apology.\n")
    ministry = named(record, "Moroccan Ministry of Foreign Affairs and African Cooperation")
    assert ministry is not None and ministry.code == "MARGOV"
    quote = next(q for q in record.quotes if "red line" in q.text)
    assert quote.speaker == ministry.id
