"""A person whose title names an international body before the title's head serves that body:
IGO sector and no country, whatever place the remit after the head names. Every sentence here is
the team's own writing."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(pipeline):
    return pipeline.extract


def person_code(record, name: str) -> str:
    """The code of the person actor called `name`."""
    for a in record.actors:
        if a.type == "PERSON" and (a.name == name or name in a.aliases):
            return a.code
    raise AssertionError(f"no person {name!r}: {[(a.name, a.code) for a in record.actors]}")


@pytest.mark.parametrize("text, name", [
    ("Maria Jensen, the U.N. secretary-general's special envoy for Yemen, landed in Aden on Friday.", "Maria Jensen"),
    ("Tomas Rehn, the EU's special representative for the Horn of Africa, met officials in Djibouti.",
     "Tomas Rehn"),
    ("Abena Owusu, the IMF's mission chief for Ghana, welcomed the budget.", "Abena Owusu"),
    ("Kwame Boateng, the African Union Commission's envoy to Libya, criticised both sides.", "Kwame Boateng"),
    ("A U.N. official said the convoy had been stopped at the border.", "A U.N. official"),
])
def test_title_naming_an_international_body_gives_igo(extract, text, name):
    assert person_code(extract(text), name) == "IGO"


@pytest.mark.parametrize("text, name, code", [
    ("Hamid Rahimi, Afghanistan's envoy to the U.N., rejected the report.", "Hamid Rahimi", "AFGGOV"),
    ("Peter Walsh, the U.S. envoy for Sudan, condemned the shelling.", "Peter Walsh", "USAGOV"),
    ("Reza Amini, Iran's U.N. ambassador, rejected the plan.", "Reza Amini", "IRNGOV"),
])
def test_a_state_named_in_the_title_keeps_its_code(extract, text, name, code):
    assert person_code(extract(text), name) == code
