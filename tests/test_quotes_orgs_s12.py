"""Speakers met on the set12 texts, checked on the team's own sentences: "according to her ministry"
after a minister is her state's body (or her, when it is not named), not another body named in
between; a monitor named by a made name ("NetBlocks") speaks its report."""
from __future__ import annotations

import pytest

from actor_helpers import extract  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


@pytest.mark.parametrize("text, words, want", [
    ("Aid\n\nGermany cut aid to Mali. Finance Minister Anna Berger said the coup, condemned by United Nations "
     "envoys, was unacceptable. Existing school projects would go on through charities, according to her "
     "ministry.\n", "school projects", ("DEU", "GOV")),
    ("Aid\n\nNorway froze aid to Niger. Foreign Minister Lars Dahl said the move was necessary. The World Bank "
     "disagreed. Food deliveries would continue, according to his ministry.\n", "Food deliveries", ("NOR", "GOV")),
    ("Grain\n\nThe Ukrainian Foreign Ministry protested to Hungary. Ukrainian Foreign Minister Olena Kovalenko said the ban broke "
     "the rules. The European Commission was silent. Talks would resume on Monday, her ministry said.\n",
     "Talks would resume", ("UKR", "GOV")),
])
def test_her_ministry_is_her_state_s(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and (speaker.country, speaker.sector) == want


def test_a_monitor_with_a_made_name_speaks_its_report(extract):
    record = extract("Outage\n\nMobile data was cut in three provinces for a day, according to the internet "
                     "monitor NetBlocks.\n")
    speaker = speaker_of(record, "Mobile data was cut")
    assert speaker is not None and speaker.name == "NetBlocks"
