"""Sides named by a post abroad: "its embassy in X" is the post of whoever "its" stands for (the
state telling the clause), not of the place the post sits in."""
from __future__ import annotations

from event_helpers import dyads


def test_an_embassy_told_of_by_its_state_is_that_state_s(pipeline):
    found = dyads(pipeline, "Canada said its embassy in Caracas had protested to the Venezuelan authorities.")
    assert any(code == "114" and source == "Canada" for code, source, _ in found)  # a protest lodged with a state is an official complaint


def test_an_embassy_in_contact_with_the_host_is_not_the_host(pipeline):
    found = dyads(pipeline, "Kenya said its embassy in Kampala was in contact with the Ugandan authorities.")
    sources = {source for code, source, _ in found if code.startswith("04")}
    assert sources and "Uganda" not in sources and "Kenya" in sources


def test_an_embassy_named_by_its_state_keeps_that_state(pipeline):
    found = dyads(pipeline, "The Chilean embassy in Lima protested to the Peruvian government.")
    assert any(code == "114" and source and "Chile" in source for code, source, _ in found)
