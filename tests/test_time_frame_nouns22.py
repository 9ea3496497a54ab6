"""Session 22: an act noun that only sets the time or cause of the clause ("after the riots", "amid
protests") is not done by the clause's subject."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads


@pytest.mark.parametrize("text", [
    "Curfew in Karachi\n\nKARACHI, June 2 (Reuters) - Pakistan's government imposed a curfew on the port "
    "city after the riots, officials said.",
    "Curfew in Karachi\n\nKARACHI, June 2 (Reuters) - Pakistan's government imposed a curfew on the port "
    "city amid the riots, officials said.",
])
def test_riot_in_a_time_phrase_is_not_the_governments(pipeline, text):
    riots = [d for d in coded_dyads(pipeline, text) if d[0] == "145"]
    assert not [d for d in riots if d[1] == "PAKGOV"], riots
