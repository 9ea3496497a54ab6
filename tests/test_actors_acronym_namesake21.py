"""A party's name left to the text as the namesake of another state's party keeps its own state
when the text defines an acronym for it that the dictionary gives the other party."""
from __future__ import annotations


def _codes(pipeline, text: str) -> dict[str, str]:
    return {a.name: a.code for a in pipeline.extract(text).actors}


def test_an_acronym_does_not_make_a_namesake_party_the_foreign_one(pipeline):
    codes = _codes(pipeline, "LILONGWE, Malawi (Reuters) - Riot police dispersed members of the Democratic "
                             "Progressive Party (DPP) outside the Lilongwe magistrates' court on Friday. "
                             "The DPP said its leaders would appeal.")
    assert codes["Democratic Progressive Party"] == "MWIPTY"
    assert all(not code.startswith("TWN") for code in codes.values() if code)


def test_the_acronym_still_names_the_dictionary_party_where_its_state_is_told(pipeline):
    codes = _codes(pipeline, "TAIPEI (Reuters) - Taiwan's Democratic Progressive Party (DPP) won a majority on "
                             "Saturday. The DPP said it would form a cabinet next week.")
    assert codes["Democratic Progressive Party"] == "TWNPTY"
