"""The `newsgraph` command line, driven in-process through typer's CliRunner."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Record

REPO_ROOT = Path(__file__).resolve().parents[1]

# Our own short articles; the second names an organisation no dictionary knows.
TALKS = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n"
INVENTED = (
    "The Quillmarsh Salt Guild accused Peru of blocking its trucks. "
    "A spokesman for the Quillmarsh Salt Guild said the blockade must end.\n"
)
GUILD_DICTIONARY = """\
version: 1
actors:
  - id: quillmarsh-salt-guild
    name: Quillmarsh Salt Guild
    type: ORG
    country: PER
    sector: BUS
    aliases: [QSG]
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working directory, so file names in messages stay short and unwrapped."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "talks.txt").write_text(TALKS, encoding="utf-8")
    (tmp_path / "guild.txt").write_text(INVENTED, encoding="utf-8")
    return tmp_path


def jsonl_records(output: str) -> list[Record]:
    return [Record.model_validate_json(line) for line in output.splitlines() if line.strip()]


def test_extract_table_names_actors(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "talks.txt"])
    assert result.exit_code == 0, result.output
    assert "William Ruto" in result.stdout
    assert "KENGOV" in result.stdout


def test_extract_table_shows_events_with_code_labels(runner: CliRunner, workdir: Path) -> None:
    path = workdir / "clash.txt"
    path.write_text("Sudanese troops attacked rebels near Kadugli on Friday.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if "→" in l)
    assert re.search(r"—19\d+/[a-z][a-z ,()-]+→", line), line


def test_extract_json_is_one_valid_record(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "json", "talks.txt"])
    assert result.exit_code == 0, result.output
    record = Record.model_validate(json.loads(result.stdout))
    assert record.source == "talks.txt"
    assert any(a.name == "William Ruto" for a in record.actors)


def test_extract_jsonl_keeps_input_order(runner: CliRunner, workdir: Path) -> None:
    for order in (["talks.txt", "guild.txt"], ["guild.txt", "talks.txt"]):
        result = runner.invoke(app, ["extract", "--format", "jsonl", *order])
        assert result.exit_code == 0, result.output
        records = jsonl_records(result.stdout)
        assert [r.source for r in records] == order


def test_extract_reads_stdin(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "jsonl", "-"], input=TALKS)
    assert result.exit_code == 0, result.output
    (record,) = jsonl_records(result.stdout)
    assert record.source == "-"
    assert record.text.strip() == TALKS.strip()


def test_empty_stdin_fails(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "-"], input="")
    assert result.exit_code != 0
    assert "E004" in result.stderr


def test_schema_validates_an_extracted_record(runner: CliRunner, workdir: Path) -> None:
    schema_run = runner.invoke(app, ["schema"])
    assert schema_run.exit_code == 0
    schema = json.loads(schema_run.stdout)
    extract_run = runner.invoke(app, ["extract", "--format", "json", "talks.txt"])
    instance = json.loads(extract_run.stdout)
    assert schema["type"] == "object"
    assert set(schema["required"]) <= set(instance)
    assert set(instance) <= set(schema["properties"])
    try:
        import jsonschema
    except ImportError:
        return
    jsonschema.validate(instance, schema)
    instance["actors"][0]["type"] = "ALIEN"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(instance, schema)


def _bad_files(directory: Path) -> dict[str, str]:
    """Bad inputs by file name, with the error code each should be reported with."""
    (directory / "empty.txt").write_bytes(b"")
    (directory / "blank.txt").write_bytes(b" \n\t\n")
    (directory / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x00\x00" + bytes(range(256)))
    # a UTF-8 byte order mark followed by bytes that are not UTF-8
    (directory / "broken.txt").write_bytes(b"\xef\xbb\xbfThe talks \xc3\x28 ended \xff\xfe")
    with open(directory / "huge.txt", "wb") as sparse:
        sparse.truncate(20_000_000)
    return {"empty.txt": "E004", "blank.txt": "E004", "binary.txt": "E003",
            "broken.txt": "E005", "huge.txt": "E002"}


def test_bad_files_fail_and_are_named(runner: CliRunner, workdir: Path) -> None:
    for name, code in _bad_files(workdir).items():
        result = runner.invoke(app, ["extract", "--format", "jsonl", name])
        assert result.exit_code != 0, name
        assert result.stdout == "", name
        assert name in result.stderr and code in result.stderr, result.stderr


def test_missing_file_fails(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "no-such-article.txt"])
    assert result.exit_code != 0
    assert "no-such-article.txt" in result.stderr and "E001" in result.stderr


def test_directory_reports_bad_file_and_prints_good_record(runner: CliRunner, workdir: Path) -> None:
    batch = workdir / "batch"
    batch.mkdir()
    (batch / "a_good.txt").write_text(TALKS, encoding="utf-8")
    (batch / "b_bad.txt").write_bytes(b"\x00\x00\x00 not an article")
    result = runner.invoke(app, ["extract", "--format", "jsonl", "batch"])
    (record,) = jsonl_records(result.stdout)
    assert record.source.endswith("a_good.txt")
    assert "b_bad.txt" in result.stderr and "E003" in result.stderr
    assert "1 record(s) written" in result.stderr


def test_long_bad_path_is_named_whole_on_stderr(runner: CliRunner, workdir: Path) -> None:
    deep = workdir / ("folder-with-a-rather-long-name-" * 3) / "another-long-folder-name-for-articles"
    deep.mkdir(parents=True)
    (deep / "empty-article.txt").write_bytes(b"")
    path = str(deep / "empty-article.txt")
    result = runner.invoke(app, ["extract", path])
    assert result.exit_code != 0
    assert path in result.stderr


def test_new_actors_lists_an_uncoded_actor(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "--new-actors", "--format", "jsonl", "guild.txt"])
    assert result.exit_code == 0, result.output
    assert "Quillmarsh Salt Guild" in result.stderr
    (record,) = jsonl_records(result.stdout)
    guild = next(a for a in record.actors if a.name == "Quillmarsh Salt Guild")
    assert not guild.coded


def test_user_dictionary_codes_an_invented_org(runner: CliRunner, workdir: Path) -> None:
    (workdir / "my.yaml").write_text(GUILD_DICTIONARY, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--dictionary", "my.yaml", "--format", "jsonl", "guild.txt"])
    assert result.exit_code == 0, result.output
    (record,) = jsonl_records(result.stdout)
    guild = next(a for a in record.actors if a.name == "Quillmarsh Salt Guild")
    assert guild.coded and guild.code == "PERBUS" and guild.type == "ORG"
    assert guild.dictionary_id == "quillmarsh-salt-guild"


def test_invalid_user_dictionary_is_reported(runner: CliRunner, workdir: Path) -> None:
    (workdir / "wrong.yaml").write_text(GUILD_DICTIONARY.replace("PER\n", "XYZ\n"), encoding="utf-8")
    result = runner.invoke(app, ["extract", "--dictionary", "wrong.yaml", "guild.txt"])
    assert result.exit_code == 2
    assert "wrong.yaml" in result.stderr and "XYZ" in result.stderr


def test_published_must_be_an_iso_date(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "--published", "03/01/2021", "talks.txt"])
    assert result.exit_code == 2
    ok = runner.invoke(app, ["extract", "--published", "2021-01-03", "--format", "json", "talks.txt"])
    assert json.loads(ok.stdout)["published"] == "2021-01-03"


def test_every_command_is_documented_in_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).commands
    assert commands
    for name in commands:
        assert re.search(rf"newsgraph {re.escape(name)}\b", readme), f"README does not show `newsgraph {name}`"


def test_published_option_does_not_override_the_articles_date(runner: CliRunner, workdir: Path) -> None:
    (workdir / "dated.txt").write_text("LIMA, May 2, 2018 - Peru and Chile signed a fishing accord.\n",
                                       encoding="utf-8")
    plain = runner.invoke(app, ["extract", "--format", "json", "dated.txt"])
    assert json.loads(plain.stdout)["published"] == "2018-05-02"
    result = runner.invoke(app, ["extract", "--published", "2024-01-01", "--format", "json", "dated.txt"])
    assert json.loads(result.stdout)["published"] == "2018-05-02"
