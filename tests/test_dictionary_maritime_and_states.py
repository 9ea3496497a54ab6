"""Dictionary facts a news coder is expected to know: maritime and state agencies, state companies,
an electoral body and office holders, each met in the team's own sentences."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, code", [
    ("Tanker boarded\n\nThe UKMTO said armed men had boarded a tanker off Fujairah.\n",
     "United Kingdom Maritime Trade Operations", "GBRMIL"),
    ("Tanker seized\n\nThe Guardians of the Revolution said they had seized a tanker in the Gulf.\n",
     "Islamic Revolutionary Guard Corps", "IRNMIL"),
    ("Boat stopped\n\nThe MMEA said two patrol boats escorted the vessel out of Malaysian waters.\n",
     "Malaysian Maritime Enforcement Agency", "MYSCOP"),
    ("Results\n\nElections Cameroon (ELECAM) said turnout had reached 46 percent.\n",
     "Elections Cameroon", "CMRGOV"),
    ("Staff recalled\n\nRossotrudnichestvo said it would recall its staff from Baku.\n",
     "Rossotrudnichestvo", "RUSGOV"),
    ("Drilling\n\nTurkish Petroleum said it would start drilling off the coast next year.\n",
     "Turkish Petroleum Corporation", "TURBUS"),
    ("Loan\n\nTürk Eximbank signed a loan for the port project on Monday.\n",
     "Export Credit Bank of Turkey", "TURBUS"),
])
def test_bodies_the_dictionary_codes(extract, text, name, code):
    record = extract(text)
    body = named(record, name)
    assert body is not None and body.code == code


def test_a_minister_known_by_name_though_the_tagger_misses_him(extract):
    record = extract("Dam talks\n\nThe Minister of Water Resources and Irrigation Hani Sewilam said the water "
                     "deficit kept growing.\n")
    minister = named(record, "Hani Sewilam")
    assert minister is not None and minister.code == "EGYGOV"
