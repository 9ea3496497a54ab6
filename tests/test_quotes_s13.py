"""Quote speakers met on the set15-set17 texts, checked on the team's own sentences: a nameless
navy official in a story about two navies speaks for the navy the quote itself names; "the U.N.
mission said" stands for the one mission the dictionary knows by those words (MONUSCO); a man
"who described himself as a <group> commander" speaks for that group."""
from __future__ import annotations

from actor_helpers import extract  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


def test_navy_official_speaks_for_the_navy_the_quote_names(extract):
    record = extract("Patrol\n\nJAKARTA, May 3 - Vietnamese coast guard ships entered the zone on Monday, a "
                     "Vietnamese navy officer said. The Vietnamese navy rejected the charge.\n\n"
                     "The Indonesian navy has sent three more ships to the area since Monday, a navy official "
                     "said, speaking on condition of anonymity.\n")
    speaker = speaker_of(record, "three more ships")
    assert speaker is not None and speaker.country == "IDN"


def test_navy_official_named_by_state_keeps_it(extract):
    record = extract("Patrol\n\nJAKARTA, May 3 - The Indonesian navy has sent three more ships to the area since "
                     "Monday, a Vietnamese navy official said.\n")
    speaker = speaker_of(record, "three more ships")
    assert speaker is None or speaker.country != "IDN"


def test_the_un_mission_is_the_dictionary_mission(extract):
    record = extract("Attack\n\nBUNIA, Congo (AP) - Fighters attacked a camp in Ituri on Sunday, the U.N. mission "
                     "said. Gunmen approached the camp from two sides, according to the mission, known as MONUSCO.\n")
    for words in ("attacked a camp", "from two sides"):
        speaker = speaker_of(record, words)
        assert speaker is not None and "MONUSCO" in [speaker.name, *speaker.aliases]


def test_man_described_as_a_group_commander_speaks_for_the_group(extract):
    record = extract("Raid\n\nBUNIA, Congo (AP) - Fighters from the Patriotic Front of Ituri attacked a camp on "
                     "Sunday. The Patriotic Front of Ituri, known as PFI, is one of dozens of armed groups. A man who "
                     "described himself as a PFI commander told reporters by phone that the camp had become "
                     "\"a nest of killers,\" and warned that his men would strike again.\n")
    speaker = speaker_of(record, "strike again")
    assert speaker is not None and speaker.type == "ORG" and "PFI" in [speaker.name, *speaker.aliases]
