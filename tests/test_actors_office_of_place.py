"""A person the text knows only by an office of a place ("the governor of X", "the mayor of Y")
is an actor of the state the place lies in; an "of" phrase naming a body is no place. The
sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,office,code", [
    ("Clashes\n\nThe governor of Minya ordered an inquiry into the fire on Friday.\n", "governor of Minya", "EGYGOV"),
    ("Strike\n\nThe mayor of Kharkiv said three people were hurt when the shell hit a school.\n",
     "mayor of Kharkiv", "UKRGOV"),
])
def test_an_unnamed_holder_of_an_office_of_a_place_is_an_actor_of_its_state(extract, text, office, code):
    found = named(extract(text), office)
    assert found is not None and found.type == "PERSON" and found.code == code


def test_an_office_of_a_body_is_no_office_of_a_place(extract):
    record = extract("Rates\n\nThe governor of the central bank said rates would stay where they are.\n")
    assert not any(a.name.startswith("governor of") for a in record.actors)


def test_a_named_governor_keeps_the_name(extract):
    record = extract("Bill\n\nThe governor of Texas, Greg Abbott, signed the bill on Monday.\n")
    assert named(record, "Greg Abbott") is not None
    assert named(record, "governor of Texas") is None


def test_an_unnamed_state_officer_speaking_is_of_the_storys_state(extract):
    record = extract("Prison\n\nBahrain detained ten activists on Monday. The prisons ombudsman said the "
                     "detainees were well.\n")
    found = named(record, "prisons ombudsman")
    assert found is not None and found.code == "BHRGOV"


def test_an_officer_named_later_is_no_second_actor(extract):
    record = extract("Prison\n\nKenya detained ten activists on Monday. Interior Minister Kithure Kindiki said "
                     "they had planned riots. The minister added that more arrests would follow.\n")
    assert [a.name for a in record.actors if a.type == "PERSON"] == ["Kithure Kindiki"]
