""""Democratic Party" is the name of parties in several states: the party is the one of the state the
story names, and no foreign party where the story names more than one of those states."""
from __future__ import annotations


def codes(pipeline, text: str) -> dict[str, str]:
    return {a.name: a.code for a in pipeline.extract(text).actors}


def test_democratic_party_in_a_us_story_is_the_us_party(pipeline):
    found = codes(pipeline, "Vote fight\n\nWASHINGTON (AP) - The Democratic Party said on Monday it would "
                            "challenge the new voting law in U.S. courts.")
    assert [code for name, code in found.items() if "Democratic" in name] == ["USAPTY"]


def test_democratic_party_in_a_mongolian_story_is_mongolia_s(pipeline):
    found = codes(pipeline, "Budget row\n\nULAANBAATAR (Reuters) - Mongolia's Democratic Party said it would "
                            "vote against the budget on Friday.")
    assert any(code.startswith("MNG") for name, code in found.items() if "Democratic" in name)


def test_democratic_party_of_a_korean_story_that_also_names_washington_is_not_the_us_party(pipeline):
    found = codes(pipeline, "Impeachment vote\n\nSEOUL (Reuters) - The Democratic Party said it would "
                            "table an impeachment motion against President Yoon Suk Yeol. Washington voiced "
                            "concern over the crisis. The Democratic Party leader spoke to reporters.")
    parties = [code for name, code in found.items() if "Democratic" in name]
    assert parties and all(code.startswith("KOR") for code in parties)
