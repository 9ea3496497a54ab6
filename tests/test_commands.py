"""The quotes, explain and eval commands, and the PETRARCH-2 validation reader behind eval."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation import GoldCoding, read_petrarch_validation, validate

ARTICLE = (
    "Bolivian President Luis Arce met Chilean President Gabriel Boric in La Paz on Tuesday.\n\n"
    "\"We have agreed to reopen the border crossings,\" Arce said after the talks.\n\n"
    "Boric said that both governments would set up a joint commission.\n"
)

# a two-record file in the PETRARCH-2 layout (self-closing <Sentence/> and a stray </Sentence>)
VALIDATION = """<Validation>
# a comment banner line
<Sentences>
<Sentence category="TEST" date="20230314" id="T1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
<Text>
French President Emmanuel Macron visited Germany on Tuesday.
</Text>
<Parse>
1	French	French	ADJ	JJ	_	2	amod	_	_
</Parse>
</Sentence>
<Sentence category="TEST" date="20230315" id="T2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
The weather in Paris was mild on Wednesday.
</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "visit.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_quotes_lists_speaker_and_kind(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(app, ["quotes", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct and "reopen the border crossings" in direct[0]["text"]
    assert direct[0]["speaker_name"] and "Arce" in direct[0]["speaker_name"]
    reported = [r for r in rows if r["kind"] == "indirect"]
    assert any("joint commission" in r["text"] and "Boric" in (r["speaker_name"] or "") for r in reported)


def test_quotes_reports_a_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr


def test_explain_shows_each_sentence_with_its_events(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(app, ["explain", str(article), "--published", "2023-03-14"])
    assert result.exit_code == 0, result.output
    assert "1. Bolivian President Luis Arce met" in result.stdout
    assert "—04" in result.stdout  # the meeting, coded in root 04 with its rule
    assert "rule " in result.stdout


def test_validation_reader_handles_the_petrarch_layout(tmp_path: Path) -> None:
    path = tmp_path / "v.xml"
    path.write_text(VALIDATION, encoding="utf-8")
    sentences = read_petrarch_validation(path)
    assert [s.id for s in sentences] == ["T1", "T2"]
    assert sentences[0].codings == [GoldCoding("042", "FRA", "DEU")]
    assert sentences[0].has_parse and not sentences[1].has_parse
    assert sentences[1].codings == []
    assert str(sentences[0].published) == "2023-03-14"


def test_validation_counts_right_and_wrong(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "v.xml"
    path.write_text(VALIDATION, encoding="utf-8")
    report = validate(read_petrarch_validation(path), pipeline)
    assert report.total == 2
    by_id = {r.id: r for r in report.results}
    assert by_id["T2"].exact and by_id["T2"].root  # no event expected, none produced
    assert by_id["T1"].root  # a visit from France to Germany


def test_eval_names_an_unreadable_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "missing.xml")])
    assert result.exit_code == 1
    assert "missing.xml" in result.stderr


def test_a_gold_side_without_country_matches_any_country_of_its_sector() -> None:
    from newsgraph.evaluation import _side_matches

    assert _side_matches("---LEG", "USALEG", "exact")
    assert not _side_matches("---LEG", "USAGOV", "exact")
    assert not _side_matches("RUSGOV", "USAGOV", "exact")
    assert _side_matches("IGOEUREEC", "---IGO", "exact")


def test_region_and_religion_codes_in_a_gold_side_are_no_sectors() -> None:
    from newsgraph.evaluation import _coding_found, split_code

    assert split_code("PSEGZACVL") == ("PSE", "CVL")
    assert split_code("IRQMUS") == ("IRQ", None)
    assert split_code("EGYOPPMUS") == ("EGY", "OPP")
    assert split_code("---REB") == (None, "REB")
    # a joint act matches with its sides in either order; a one-way act does not
    assert _coding_found(GoldCoding("040", "CHE", "USA"), [GoldCoding("040", "USAGOV", "CHEGOV")], "exact")
    assert not _coding_found(GoldCoding("042", "CHE", "USA"), [GoldCoding("042", "USAGOV", "CHEGOV")], "exact")
