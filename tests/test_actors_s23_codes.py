"""Actor codes of session 23: a body named by the group that gives itself the name ("a splinter faction
calling itself X", "the soldiers gave themselves a name: X") takes the group's sector."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, want", [
    ("Clashes\n\nNDJAMENA, May 3 - Most rebels signed the deal. A splinter faction calling itself "
     "Kanem-Renewal rejected it and attacked a town on Tuesday.\n", "Kanem-Renewal", ("TCD", "REB")),
    ("Coup\n\nCONAKRY, May 3 - The mutinous soldiers took the radio station, shut the airport and gave "
     "themselves a name: the Committee for Unity and Order. They closed the borders.\n",
     "Committee for Unity and Order", ("GIN", "MIL")),
])
def test_a_body_named_by_the_group_that_calls_itself_so_takes_its_sector(extract, text, name, want):
    assert code(named(extract(text), name)) == want


def test_its_after_an_opening_phrase_naming_an_outlet_is_the_subject_before_s(extract):
    """"In a message sent to Reuters, its spokesman, X": "its" is the body the sentence before is about,
    not the outlet named in the opening phrase, and the outlet takes no title."""
    record = extract("Clashes\n\nBANGUI, May 3 - The army blamed the rebel Front for Renewal and Peace (FRP) for "
                     "the attack on the camp. The FRP rejected the charge. In a message sent to Reuters, its "
                     "spokesman, who gave his name only as Paul Ndanga, said the group does not target civilians.\n")
    assert code(named(record, "Paul Ndanga")) == ("CAF", "REB")
    assert code(named(record, "Reuters")) == ("GBR", "MED")
    assert named(record, "Reuters").role is None


def test_a_body_named_after_the_students_it_gathers_is_theirs(extract):
    """"the Anti-Fee Student Platform": a person noun for the people a body gathers, inside its name
    before a head noun with no sector, gives the body its sector (a "National ..." front gets none)."""
    record = extract("Fees\n\nDHAKA, May 3 - The High Court on Sunday struck down the new university fees. After "
                     "the ruling, the Anti-Fee Student Platform ended its sit-ins. \"This is a victory,\" said "
                     "its coordinator, Rahim Uddin.\n")
    assert code(named(record, "Anti-Fee Student Platform")) == ("BGD", "EDU")
    assert code(named(record, "Rahim Uddin")) == ("BGD", "EDU")


def test_a_body_whose_fighters_are_told_of_is_an_armed_group(extract):
    """"the armed groups of the X (ANM)", "the fighters of the ANM": a body no dictionary knows is the
    armed group its forces are."""
    record = extract("Town\n\nGAO, May 3 - The armed groups of the Alliance of the Northern Movements (ANM) took "
                     "control of the town of Tessit on Sunday, a military source said. At night, the fighters "
                     "of the ANM set up checkpoints.\n")
    assert code(named(record, "Alliance of the Northern Movements")) == ("MLI", "REB")
