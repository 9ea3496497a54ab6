"""Sides that named no actor (session 15): a counted noun is read through its count for the object
class ("recaptured 17 of the escapees"); unnamed inmates or escapees are the state's criminals;
unnamed people rescued or aided are the article's state; a "their" stands for the pair the clause
above names as its subject ("A and B wrapped up their first joint drill")."""
from __future__ import annotations

from event_helpers import coded_dyads


def _with_code(pipeline, text: str, root: str) -> list[tuple[str, str | None, str | None]]:
    return [d for d in coded_dyads(pipeline, text) if d[0].startswith(root)]


def test_escapees_counted_before_their_noun_are_recaptured_criminals(pipeline):
    text = ("Bolivia declared an emergency in its prisons on Monday after 40 inmates broke out of a jail "
            "near Oruro.\n\nPolice have since recaptured 12 of the escapees, the interior ministry said.")
    arrests = _with_code(pipeline, text, "17")
    assert ("173", "BOLCOP", "BOLCRM") in arrests


def test_a_count_of_places_is_no_count_of_escapees(pipeline):
    text = ("Bolivia said on Monday its army had lost ground near the border.\n\n"
            "Soldiers recaptured two of the villages on Tuesday, the defence ministry said.")
    assert not _with_code(pipeline, text, "173")


def test_survivors_rescued_are_the_people_of_the_article_s_state(pipeline):
    text = ("A cargo boat carrying 90 people sank off the coast of Mozambique on Sunday.\n\n"
            "The Mozambican navy rescued 70 survivors on Monday, the transport ministry said.")
    rescues = _with_code(pipeline, text, "07")
    assert rescues and all(tgt and tgt.startswith("MOZ") for _, _, tgt in rescues)


def test_a_crew_the_article_names_no_state_for_stays_unresolved(pipeline):
    text = ("Mozambique said on Monday it would buy two patrol boats.\n\n"
            "Officials met the crew of a tanker in Maputo.")
    assert not _with_code(pipeline, text, "07")


def test_their_joint_exercise_is_the_pair_the_subject_names(pipeline):
    text = ("Peru and Chile wrapped up their first joint naval exercise off the port of Arica on Friday, "
            "the two navies said.")
    drills = _with_code(pipeline, text, "06")
    assert any(src and tgt and {src[:3], tgt[:3]} == {"PER", "CHL"} for _, src, tgt in drills)


def test_their_after_they_joined_to_a_pair_s_verb(pipeline):
    text = ("Peruvian Defence Minister Tomas Quispe and Chilean Defence Minister Ana Rojas signed the accord in "
            "Lima, and they also agreed to hold their first joint air exercise next year.")
    drills = _with_code(pipeline, text, "06")
    assert any(src and tgt and {src[:3], tgt[:3]} == {"PER", "CHL"} for _, src, tgt in drills)


def test_their_of_a_single_subject_is_left_to_the_other_rules(pipeline):
    text = "The rebels said their fighters would hold a joint exercise with no one."
    assert not any(src and tgt for _, src, tgt in _with_code(pipeline, text, "06"))


def test_people_described_as_armed_are_given_no_aid(pipeline):
    text = ("Mozambique's army said on Monday that a convoy had been attacked near Palma.\n\n"
            "The last convoy had been attacked on Sunday by individuals armed who burned four trucks.")
    assert not _with_code(pipeline, text, "07")
