"""Parses the coder reads through: subjects raised to a telling verb, a teller's pair taken up by
"they", and a headline verb the tagger read as a noun."""
from __future__ import annotations

from event_helpers import dyads


def test_the_party_attacked_is_the_subject_raised_to_the_telling_verb(pipeline):
    found = dyads(pipeline, "The Iranian diplomat was said to have been detained by Turkish police.")
    assert any(code == "173" and source and "police" in source and target and "diplomat" in target
               for code, source, target in found)


def test_they_after_two_tellers_is_both_of_them(pipeline):
    found = dyads(pipeline, "Obama and Putin said they will attack Iraq.")
    sources = {source for code, source, _ in found if code.startswith("13")}
    assert {"Barack Obama", "Vladimir Putin"} <= sources


def test_they_after_one_teller_is_not_widened(pipeline):
    found = dyads(pipeline, "Obama said they will attack Iraq.")
    assert "Vladimir Putin" not in {source for _, source, _ in found}


def test_a_headline_verb_read_as_a_noun_still_codes_its_act(pipeline):
    found = dyads(pipeline, "Jordan summons Israeli ambassador over border shooting")
    assert ("114", "Jordan", "Israel") in found
