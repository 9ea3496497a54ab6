"""Tests for newsgraph.text: repairing machine-translated text into blocks."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.text import RepairedText, repair

SHARED = Path(__file__).resolve().parents[2] / "shared"

PARA_A = "The council met in the capital on Tuesday to discuss the water dispute with its neighbours."
PARA_B = "Officials from both sides said the talks had been useful and would continue next month."
PARA_C = "A spokesman for the ministry declined to give details of the proposals under review."


def kinds(result: RepairedText) -> list[str]:
    return [b.kind for b in result.blocks]


def texts(result: RepairedText, kind: str) -> list[str]:
    return [b.text for b in result.blocks if b.kind == kind]


def check_invariants(result: RepairedText, raw: str) -> None:
    previous_end = 0
    for block in result.blocks:
        assert 0 <= block.start <= block.end <= len(result.text)
        assert block.start >= previous_end
        assert result.text[block.start:block.end] == block.text
        assert "\n" not in block.text
        previous_end = block.end
    for offset in range(len(result.text) + 1):
        assert 0 <= result.to_raw(offset) <= len(raw)


# --- title ---------------------------------------------------------------------------------

def test_headline_first_line_becomes_title() -> None:
    result = repair(f"Council and neighbours agree to resume water talks\n\n{PARA_A}\n\n{PARA_B}")
    assert result.title == "Council and neighbours agree to resume water talks"
    assert kinds(result) == ["title", "paragraph", "paragraph"]


def test_long_first_paragraph_is_not_a_title() -> None:
    result = repair(f"{PARA_A}\n\n{PARA_B}")
    assert result.title is None
    assert kinds(result) == ["paragraph", "paragraph"]


def test_title_line_flag_overrides_the_shape() -> None:
    forced = repair(f"{PARA_A}\n\n{PARA_B}", title_line=True)
    assert forced.title == PARA_A
    refused = repair(f"Short headline here\n\n{PARA_A}", title_line=False)
    assert refused.title is None
    assert refused.blocks[0].kind != "title"


def test_title_text_is_the_title_block() -> None:
    result = repair(f"Talks resume\n\n{PARA_A}")
    title_block = result.blocks[0]
    assert title_block.kind == "title"
    assert result.text[title_block.start:title_block.end] == result.title


# --- broken line wraps ---------------------------------------------------------------------

def test_paragraph_ending_with_comma_joins_the_next() -> None:
    result = repair(f"{PARA_A}\n\nAfter a long night of talks and several delays,\n\nHowever, the envoy left early.")
    paragraphs = texts(result, "paragraph")
    assert "After a long night of talks and several delays, However, the envoy left early." in paragraphs
    joined = [b for b in result.blocks if b.text.startswith("After a long")]
    assert joined[0].joined == 2


def test_lower_case_continuation_joins() -> None:
    result = repair(f"{PARA_A}\n\nThe delegation arrived at the border crossing\n\nlate in the evening and left at dawn.")
    assert "The delegation arrived at the border crossing late in the evening and left at dawn." in texts(
        result, "paragraph"
    )


def test_complete_paragraphs_stay_apart() -> None:
    result = repair(f"{PARA_A}\n\n{PARA_B}\n\n{PARA_C}")
    assert texts(result, "paragraph") == [PARA_A, PARA_B, PARA_C]
    assert all(b.joined == 1 for b in result.blocks)


def test_unpunctuated_standfirst_does_not_swallow_the_lead() -> None:
    standfirst = "Regional mediators say the deal could end months of fighting along the northern frontier"
    result = repair(f"Ceasefire agreed\n\n{standfirst}\n\n{PARA_A}")
    assert texts(result, "paragraph") == [standfirst, PARA_A]


def test_run_of_short_fragments_comes_back_as_one_paragraph() -> None:
    raw = (
        f"{PARA_A}\n\nFarm prices\n\n\nmeanwhile, the\n\ntrade minister said that the\n\n"
        "price of grain in the\n\nnorthern provinces had\n\nrisen by a third;\n\n"
        f"Traders expect more increases.\n\n{PARA_B}"
    )
    result = repair(raw)
    assert texts(result, "heading") == ["Farm prices"]
    expected = (
        "meanwhile, the trade minister said that the price of grain in the northern provinces "
        "had risen by a third; Traders expect more increases."
    )
    assert expected in texts(result, "paragraph")
    block = next(b for b in result.blocks if b.text == expected)
    assert block.joined == 6


def test_single_newlines_join_hard_wraps_but_keep_paragraphs() -> None:
    raw = "The minister said the\nplan would be ready soon.\nA second statement followed in the evening."
    result = repair(raw, title_line=False)
    assert texts(result, "paragraph") == [
        "The minister said the plan would be ready soon.",
        "A second statement followed in the evening.",
    ]


# --- captions ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "caption",
    [
        "Protesters gather outside the parliament building in the capital (Reuters)",
        "Rescue teams search the rubble of the collapsed market (local news sites)",
        "The foreign minister speaks to reporters after the meeting (AP Photo/Jane Roe, File)",
        "Soldiers patrol the northern road near the border town (Photo by Sam Poe/Getty Images)",
        "The defendant in the courtroom before the verdict (press service of the regional court)",
    ],
)
def test_block_ending_with_a_bracketed_credit_is_a_caption(caption: str) -> None:
    result = repair(f"{PARA_A}\n\n{caption}\n\n{PARA_B}")
    assert texts(result, "caption") == [caption]
    assert texts(result, "paragraph") == [PARA_A, PARA_B]


@pytest.mark.parametrize(
    "caption",
    [
        "PHOTO/Regional News Agency via AP - Troops near the river crossing in the east",
        "Photo: Farmers harvest wheat in a field outside the city",
        "(Photo: ministry press office) The two ministers shake hands",
        "Source: State TV via XYZ/AP/dpa",
        "Photo credit Jane Roe for the news service",
        "In this photo provided by the city council, volunteers clear the flooded street.",
    ],
)
def test_block_starting_with_a_credit_is_a_caption(caption: str) -> None:
    result = repair(f"{PARA_A}\n\n{caption}\n\n{PARA_B}")
    assert texts(result, "caption") == [caption]
    assert texts(result, "paragraph") == [PARA_A, PARA_B]


def test_caption_split_over_two_blocks_is_rejoined() -> None:
    for first in (
        "Envoy: the talks will go on next week;",
        "Envoy: the talks will go on next week:",
        "The envoy says the talks will go on for at least another week",
    ):
        raw = f"{PARA_A}\n\n{first}\n\nBut no deal is expected before spring (Reuters)\n\n{PARA_B}"
        result = repair(raw)
        assert texts(result, "caption") == [f"{first} But no deal is expected before spring (Reuters)"], first
        assert texts(result, "paragraph") == [PARA_A, PARA_B]


def test_credit_alone_on_its_line_joins_its_caption() -> None:
    result = repair(f"{PARA_A}\n\nA boy walks past the damaged school\n\n(AFP)\n\n{PARA_B}")
    assert texts(result, "caption") == ["A boy walks past the damaged school (AFP)"]


def test_a_long_bracketed_aside_naming_no_credit_is_not_a_caption() -> None:
    para = "Talks resumed on the draft (the third round of talks this year between the two sides)"
    result = repair(f"{PARA_A}\n\n{para}\n\n{PARA_B}")
    assert texts(result, "caption") == []


def test_bracketed_acronym_at_paragraph_end_is_not_a_caption() -> None:
    para = "The agreement was signed by the government and the Northern Liberation Front (NLF)."
    result = repair(f"{PARA_A}\n\n{para}\n\n{PARA_B}")
    assert texts(result, "caption") == []


def test_headline_repeated_inside_the_body_is_cut_out() -> None:
    title = "Ministers Agree New Grain Export Deal"
    raw = f"{title}\n\n{PARA_A} The ports reopen Monday.{title} Shipping firms welcomed the news."
    result = repair(raw)
    assert texts(result, "caption") == [title]
    assert texts(result, "paragraph") == [f"{PARA_A} The ports reopen Monday.", "Shipping firms welcomed the news."]


# --- headings ------------------------------------------------------------------------------

def test_short_block_between_complete_paragraphs_is_a_heading() -> None:
    result = repair(f"{PARA_A}\n\nThe economic stakes\n\n{PARA_B}\n\nWhat comes next\n\n{PARA_C}")
    assert texts(result, "heading") == ["The economic stakes", "What comes next"]


def test_heading_after_a_caption() -> None:
    raw = f"{PARA_A}\n\nFishermen unload their catch at dawn (social media)\n\nA divided coast\n\n{PARA_B}"
    result = repair(raw)
    assert kinds(result) == ["paragraph", "caption", "heading", "paragraph"]


def test_no_heading_after_an_incomplete_paragraph_or_at_the_end() -> None:
    result = repair(f"{PARA_A}\n\nReporting by Jane Roe")
    assert texts(result, "heading") == []
    result = repair("The committee said that it would meet the\n\nForeign Minister on Friday\n\nLater talks failed.")
    assert texts(result, "heading") == []


def test_byline_is_not_a_heading() -> None:
    result = repair(f"{PARA_A}\n\nBy Jane Roe\n\n{PARA_B}")
    assert texts(result, "heading") == []


def test_ordinary_short_sentence_is_not_a_heading() -> None:
    result = repair(f"{PARA_A}\n\nThe agency confirmed the figures.\n\n{PARA_B}")
    assert texts(result, "heading") == []


# --- normalisation -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("He said \u201cwe will stay\u201d and left.", 'He said "we will stay" and left.'),
        ("He said \u00abwe will stay\u00bb and left.", 'He said "we will stay" and left.'),
        ("He said \u201ewe will stay\u201f and left.", 'He said "we will stay" and left.'),
        ("He said \u2018\u2018we will stay\u2019\u2019 and left.", 'He said "we will stay" and left.'),
        ("He said ''we will stay'' and left.", 'He said "we will stay" and left.'),
        ("The minister\u2019s plan and the farmers\u2019 union.", "The minister's plan and the farmers' union."),
        ("A \u2018temporary\u2019 measure.", "A 'temporary' measure."),
        ('He said "it is over" .', 'He said "it is over".'),
        ("First , second ; third .", "First, second; third."),
        ("Debts of $ 6 billion and \u20ac 12 million.", "Debts of $6 billion and \u20ac12 million."),
        ("The   long\t\tgap.", "The long gap."),
        ("A\u00a0non\u202fbreaking space.", "A non breaking space."),
        ("\ufeffZero\u200bwidth\u200d marks.", "Zerowidth marks."),
        ("Troops left the area.Officials said so.", "Troops left the area. Officials said so."),
        ("Aid from the U.S. and the U.K. arrived.", "Aid from the U.S. and the U.K. arrived."),
        ("Growth was 3.5 percent, i.e. weak.", "Growth was 3.5 percent, i.e. weak."),
        ("Visit the site aljazeera.net today.", "Visit the site aljazeera.net today."),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    assert repair(raw, title_line=False).text == expected


def test_cyrillic_and_greek_lookalikes_inside_latin_words() -> None:
    raw = "Talks \u0456n the capital t\u043e end the war \u043ef attrition, said \u039ffficials."
    assert repair(raw, title_line=False).text == "Talks in the capital to end the war of attrition, said Officials."


def test_real_cyrillic_words_are_kept() -> None:
    raw = "The paper \u041a\u043e\u043c\u043c\u0435\u0440\u0441\u0430\u043d\u0442\u044a reported it."
    assert "\u041a\u043e\u043c\u043c\u0435\u0440\u0441\u0430\u043d\u0442\u044a" in repair(raw, title_line=False).text


def test_windows_line_endings() -> None:
    result = repair(f"Talks resume\r\n\r\n{PARA_A}\r\n\r\n{PARA_B}\r\n")
    assert "\r" not in result.text
    assert kinds(result) == ["title", "paragraph", "paragraph"]


def test_blocks_are_joined_by_blank_lines() -> None:
    result = repair(f"Talks resume\n\n\n\n{PARA_A}\n{PARA_B}")
    assert result.text == f"Talks resume\n\n{PARA_A}\n\n{PARA_B}"


# --- offsets -------------------------------------------------------------------------------

def test_to_raw_points_back_at_the_same_words() -> None:
    raw = (
        "\ufeffTalks  resume\r\n\r\nThe \u201cenvoy\u201d said  $ 5 million was\n\nowed to the "
        "t\u043ewn.Officials agreed , he said."
    )
    result = repair(raw)
    for word in ["Talks", "resume", "envoy", "said", "million", "owed", "Officials", "agreed", "he"]:
        start = result.text.index(word)
        raw_start = result.to_raw(start)
        assert raw[raw_start:raw_start + len(word)] == word
    town = result.text.index("town")
    assert raw[result.to_raw(town):result.to_raw(town) + 4] == "t\u043ewn"
    span = result.span_to_raw(town, town + 4)
    assert raw[span[0]:span[1]] == "t\u043ewn"
    assert result.to_raw(len(result.text)) == len(raw)


def test_empty_input() -> None:
    result = repair("")
    assert result.text == "" and result.blocks == [] and result.title is None
    assert result.to_raw(0) == 0


ALPHABET = st.sampled_from(
    list("abcdeXYZ .,;:!?()\"'$1\n\n\n\t")
    + ["\r\n", "\u201c", "\u201d", "\u2019", "\u2018", "\u00a0", "\u200b", "\ufeff", "\u043e", "(AFP)",
       "Photo: ", "the ", "Heading\n\n", "\u00ab", "\u00bb", "''"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from([None, True, False]))
def test_property_blocks_and_offsets(raw: str, title_line: bool | None) -> None:
    result = repair(raw, title_line=title_line)
    check_invariants(result, raw)
    # no text is lost or duplicated: the ASCII letters and digits survive, in order
    kept = [c for c in result.text if c.isascii() and c.isalnum()]
    original = [c if c != "\u043e" else "o" for c in raw]
    assert "".join(kept) == "".join(c for c in original if c.isascii() and c.isalnum())
    # blocks cover every non-space character of the text
    covered = "".join(b.text for b in result.blocks)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", result.text)
    # characters copied unchanged point at themselves in the raw input
    for i, c in enumerate(result.text):
        if c.isascii() and c.isalnum():
            assert raw[result.to_raw(i)] in (c, "\u043e")


# --- the shared seed and dev articles ------------------------------------------------------

def _gold_pairs() -> list[tuple[Path, Path]]:
    pairs = [(SHARED / "corpus" / "seed_article.txt", SHARED / "gold" / "seed_article.gold.yaml")]
    pairs += [(p, p.with_suffix("").with_suffix(".gold.yaml")) for p in sorted((SHARED / "gold" / "dev").glob("d*.txt"))]
    return pairs


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared is absent")
def test_structure_against_gold() -> None:
    import yaml

    sys.path.insert(0, str(SHARED / "tools"))
    try:
        from score import score_structure
    finally:
        sys.path.remove(str(SHARED / "tools"))
    found = total = 0
    for text_path, gold_path in _gold_pairs():
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        raw = text_path.read_text(encoding="utf-8")
        result = repair(raw)
        check_invariants(result, raw)
        out = {"text": result.text, "blocks": [b.model_dump() for b in result.blocks]}
        f, t = score_structure(gold, out)
        found += f
        total += t
        structure = gold.get("structure") or {}
        # no heading or caption where gold has none
        if not structure.get("headings"):
            assert texts(result, "heading") == [], text_path.name
        if not structure.get("captions"):
            assert texts(result, "caption") == [], text_path.name
    # one dev caption in gold is a note ("... (three times, glued to the running text)")
    # that no block text can contain
    assert found >= total - 1, (found, total)


def test_glued_sentences_after_names_and_quotes() -> None:
    text = repair('They met in Baghdad.The talks ended.\n\nHe said "it is over."Nobody replied.', title_line=False).text
    assert text == 'They met in Baghdad. The talks ended.\n\nHe said "it is over." Nobody replied.'


def test_hard_wrapped_line_is_not_taken_for_a_heading() -> None:
    raw = (
        "The ministers of the three countries met on Monday in the\n"
        "capital and agreed on a plan for the river.\n"
        "Regional governors from the eastern and southern Provincial\n"
        "Councils welcomed the plan, saying water would be shared.\n"
        "Farm prices\n"
        "Traders expect grain prices to fall before the summer harvest."
    )
    result = repair(raw, title_line=False)
    # a wrapped line that ends a sentence starts a new block; a short unpunctuated line
    # of full width is a wrap, not a heading
    assert kinds(result) == ["paragraph", "paragraph", "heading", "paragraph"]
    assert [b.joined for b in result.blocks] == [2, 2, 1, 1]
    assert result.blocks[1].text.startswith("Regional governors from the eastern and southern Provincial Councils")
