"""A title that names the office the dictionary has a person hold at an international body
("Migration Commissioner X", "Commission President Y") codes that office (IGO, no state), not a
state's official of the story's country. The stories are invented."""
from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import code, named

PUBLISHED = date(2026, 5, 4)


@pytest.mark.parametrize("text,person", [
    ("Grain deal\n\nKyiv - Ukraine's farmers will sell more grain to the bloc under a quota agreed on "
     "Monday. Migration Commissioner Magnus Brunner said the border checks would stay in place.\n",
     "Magnus Brunner"),
    ("Coup attempt\n\nBanjul - Soldiers were arrested in Gambia on Monday after shots were heard near the "
     "state house, and Commission President Omar Alieu Touray declared that ECOWAS stood by the government.\n",
     "Omar Alieu Touray"),
])
def test_a_title_naming_an_international_office_held_codes_that_office(pipeline, text, person):
    record = pipeline.extract(text, published=PUBLISHED)
    assert code(named(record, person)) == (None, "IGO")


def test_a_title_naming_a_state_keeps_that_states_code(pipeline):
    record = pipeline.extract("Visit\n\nOslo - Austria's finance minister Magnus Brunner met Norwegian "
                              "bankers on Monday.\n", published=date(2023, 5, 4))
    assert code(named(record, "Magnus Brunner")) == ("AUT", "GOV")
