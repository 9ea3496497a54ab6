"""Bugs the session-15 review found in its own changes, each on invented sentences with invented names."""
from __future__ import annotations

import datetime as dt

from newsgraph.knowledge.dictionary import get_dictionary


# A1. A Somaliland president holds no office of Somalia's own president
def test_somalias_president_is_not_somalilands():
    dictionary = get_dictionary()
    assert dictionary.office_holder("SOM", "president", dt.date(2025, 3, 1)).id == "hassan-sheikh-mohamud"
    assert dictionary.office_holder("SOM", "president", dt.date(2019, 6, 1)).id == "mohamed-abdullahi-farmaajo"
