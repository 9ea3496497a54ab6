"""Data: a firm's "general director" is its head, no army general; office holders named abroad keep
their own state ("Agriculture Secretary X" of the Philippines in a story from Hanoi). The stories
are invented."""
from __future__ import annotations

from datetime import date

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def test_a_firms_general_director_is_no_soldier(extract):
    record = extract("Mill\n\nAstana - A flour mill near Astana stopped work on Monday after a power cut, "
                     "the company's general director, Pavel Orlov, said.\n")
    assert named(record, "Pavel Orlov").sector == "BUS"


def test_an_office_holder_named_in_another_states_story_keeps_his_state(pipeline):
    record = pipeline.extract("Rice\n\nHanoi - Vietnam agreed on Monday to sell more rice to Manila, while "
                              "Agriculture Secretary Francisco Tiu Laurel Jr. welcomed the deal.\n",
                              published=date(2025, 6, 2))
    assert code(named(record, "Francisco Tiu Laurel Jr.")) == ("PHL", "GOV")


def test_a_vice_president_named_in_another_states_story_keeps_his_state(pipeline):
    record = pipeline.extract("Assets\n\nPretoria - A South African court froze two villas on Monday that "
                              "belong to Vice President Teodoro Nguema Obiang Mangue.\n",
                              published=date(2025, 6, 2))
    assert code(named(record, "Teodoro Nguema Obiang Mangue")) == ("GNQ", "GOV")
