"""Events of session 23: unnamed protesters rally where the story happens. In a story filed from one
state about another state's acts, the crowd is civilians of the state filed from."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_a_crowd_rallying_is_of_the_filing_state(pipeline):
    text = ("France to shut its base in Chad\n\nNDJAMENA, May 3 - France will close its military base and bring "
            "home its 900 soldiers by March, the French defence ministry said, after months of pressure from the "
            "transitional authorities. Paris said the decision was its own. Thousands of people rallied on "
            "Saturday outside the French base, waving flags and demanding the soldiers leave at once. French "
            "officials said the pullout would start next week.\n")
    rallies = [d for d in coded_dyads(pipeline, text) if d[0] == "141"]
    assert rallies and all(source == "TCDCVL" for _code, source, _target in rallies)
