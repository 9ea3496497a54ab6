"""Acts no trigger coded before session 21: repression told by its weapons, crowds blocking a crossing,
and the seizure of premises, papers and files.

- The forces of order answering, responding, pushing back or charging "with" tear gas, batons or water
  cannon repress (175); whom they answer is the doer of the clause beside it ("some threw stones, and
  officers answered with ...", "fired tear gas when students threw stones"), or the object of the verb
  joined to it ("answered with tear gas and chased the crowd"). A minister answering with a letter
  represses no one.
- Students, truckers or strikers blocking a crossing, a junction or a port obstruct passage (144);
  a state blocking its border is no protest. Truckers are working people (LAB).
- Police taking over another's offices seize property (171); a president taking over a chairmanship
  seizes nothing.
- Soldiers returning fire and pushing attackers back fight those attackers (190).
"""
from __future__ import annotations

from event_helpers import coded, coded_dyads, dyads


def _codes(pipeline, text: str) -> set[str]:
    return {d[0] for d in dyads(pipeline, text)}


def test_officers_answering_stones_with_pepper_spray_repress_the_throwers(pipeline):
    text = ("Unrest in Lusaka\n\n"
            "Zambian students threw stones at police vehicles in Lusaka, and officers answered with pepper "
            "spray and batons, a police spokesman said.")
    found = [d for d in coded_dyads(pipeline, text) if d[0] == "175"]
    assert found and all(s == "ZMBCOP" and t == "ZMBEDU" for _, s, t in found)


def test_answering_with_tear_gas_and_chasing_the_crowd_aims_at_the_crowd(pipeline):
    text = ("Protest in Lusaka\n\n"
            "Thousands of students marched on the Zambian parliament in Lusaka on Monday. "
            "Police answered with tear gas and drove the marchers back down the avenue.")
    found = coded(pipeline, text, "175")
    assert found and all(t is not None for _, _, t in found)


def test_tear_gas_fired_when_students_threw_stones_is_aimed_at_them(pipeline):
    text = ("Clashes in Lusaka\n\n"
            "Zambian police fired tear gas when a few students threw rocks at the parliament gates in Lusaka.")
    assert any(t is not None and t.endswith("students") for _, _, t in coded(pipeline, text, "175"))


def test_pushing_protesters_back_with_batons_is_repression(pipeline):
    text = ("Standoff in Ndola\n\n"
            "When some protesters tried to block the road, Zambian riot police pushed them back with "
            "batons and shields.")
    assert coded(pipeline, text, "175")


def test_a_minister_answering_with_a_letter_represses_no_one(pipeline):
    text = ("Dispute over fishing\n\n"
            "Malawi protested to Zambia over the fishing ban. The Zambian minister answered with a letter "
            "to the Malawian government.")
    assert "175" not in _codes(pipeline, text)


def test_students_blocking_an_intersection_obstruct_passage(pipeline):
    text = ("Protest in Lusaka\n\n"
            "Hundreds of students blocked the main intersection in Lusaka on Monday.")
    assert "144" in _codes(pipeline, text)


def test_truckers_blocking_a_border_post_are_working_people(pipeline):
    text = ("Border protest\n\n"
            "Zambian truckers blocked the Chirundu border post on Monday over a new transit fee.")
    found = [d for d in coded_dyads(pipeline, text) if d[0] == "144"]
    assert found and found[0][1] == "ZMBLAB"


def test_a_state_blocking_its_border_is_no_protest(pipeline):
    text = ("Border row\n\n"
            "Zambia blocked the border with Congo on Monday, the interior ministry said.")
    assert "144" not in _codes(pipeline, text)


def test_police_taking_over_party_offices_seize_them(pipeline):
    text = ("Raid in Lilongwe\n\n"
            "Malawian police took over the offices of the opposition party in Lilongwe on Monday.")
    assert any(t is not None for _, _, t in coded(pipeline, text, "171"))


def test_returning_fire_and_pushing_the_attackers_back_aims_at_them(pipeline):
    text = ("Base attacked\n\n"
            "Gunmen of the Ansar Brigade attacked a Malian army base near Gao overnight. "
            "Malian soldiers returned fire and pushed the Ansar Brigade fighters back, the army said.")
    assert ("190", "MLIMIL", "MLIREB") in coded_dyads(pipeline, text)


def test_taking_over_a_chairmanship_seizes_nothing(pipeline):
    text = ("Bloc meets\n\n"
            "Malawian President Peter Banda took over the chairmanship of the regional bloc on Monday.")
    assert "171" not in _codes(pipeline, text)
