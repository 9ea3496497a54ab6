"""A witness or reporter who tells of an act in the passive only saw it: they are not its doer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "KAMPALA, June 4 (Reuters) - Riot police were ordered to clear the traders from the bus park on "
    "Tuesday, a witness said.",
    "LUSAKA, May 9 (AFP) - Two opposition organisers were ordered to leave the rally in Kitwe on Sunday, "
    "an eyewitness said.",
])
def test_onlooker_teller_is_no_doer(pipeline, text):
    record = pipeline.extract(text)
    onlookers = {a.id for a in record.actors if a.sector in ("CVL", "MED")
                 and any(w in a.name.lower() for w in ("witness",))}
    assert onlookers, [(a.name, a.sector) for a in record.actors]
    assert not [e for e in record.events if e.source in onlookers], \
        [(e.code, e.source, e.target) for e in record.events]
