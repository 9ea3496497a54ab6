"""The PLOVER gold-standard reader, the CAMEO-to-PLOVER mapping and `newsgraph eval --plover`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import InputError
from newsgraph.evaluation import plover_type, read_cameo_to_plover, read_plover_records, validate_plover

PUBLIC = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "public"
GSR = PUBLIC / "PLOVER_GSR_CAMEO.txt"
CONVERSION = PUBLIC / "CAMEO2PLOVER-2021.txt"

# Written for these tests, in the layout of the PLOVER GSR file (old type names, a DOCUMENT record).
RECORDS = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "notes about this file"},
    {"id": "X-CONSULT-0001", "event": "CONSULT", "text": "The Spanish prime minister visited Morocco on Monday.",
     "source": [{"actorText": "Spanish", "code": "ESP", "sector": "GOV"}],
     "target": [{"actorText": "Morocco", "code": "MAR"}]},
    {"id": "X-FIGHT-0001", "event": "FIGHT", "text": "Indian troops shelled positions held by Pakistani soldiers.",
     "source": [{"actorText": "Indian", "code": "IND", "sector": "MIL"}],
     "target": [{"actorText": "Pakistani", "code": "PAK", "sector": "MIL"}]},
    {"id": "X-AGREE-0001", "event": "AGREE", "text": "Chile and Peru agreed to cooperate on fishing.",
     "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}], "target": "",
     "textInfo": {"markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: agreed) to cooperate on fishing."}},
    {"id": "X-DEMAND-0001", "event": "DEMAND", "text": "Old Japanese codes: JAP.",
     "source": [{"actorText": "Tokyo", "code": "JAP"}], "target": None},
]

TABLE = """# a conversion table in the CAMEO2PLOVER layout
04: CONSULT
040: CONSULT, ,  # Consult
042: CONSULT, visit,   # Make a visit
08: CONCEDE
080: CONCEDE, ,  # Yield
08: RETREAT
084: RETREAT, ,  # Return, release
10: REQUEST
100: REQUEST, ,  # Demand
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
194: ASSAULT, heavy-weapons, military # Fight with artillery and tanks
"""


@pytest.fixture()
def gold_files(tmp_path: Path) -> tuple[Path, Path]:
    records = tmp_path / "gsr.json"
    records.write_text(json.dumps(RECORDS), encoding="utf-8")
    table = tmp_path / "table.txt"
    table.write_text(TABLE, encoding="utf-8")
    return records, table


def test_reader_skips_documentation_and_renames_old_types(gold_files) -> None:
    records = read_plover_records(gold_files[0])
    assert [r.id for r in records] == ["X-CONSULT-0001", "X-FIGHT-0001", "X-AGREE-0001", "X-DEMAND-0001"]
    by_id = {r.id: r for r in records}
    assert by_id["X-FIGHT-0001"].event == "ASSAULT"
    assert by_id["X-DEMAND-0001"].event == "REQUEST"
    assert by_id["X-DEMAND-0001"].sources == ["JPN"] and by_id["X-DEMAND-0001"].targets == []
    assert by_id["X-CONSULT-0001"].targets == ["MAR"]


def test_reciprocal_actors_are_each_others_targets(gold_files) -> None:
    agree = {r.id: r for r in read_plover_records(gold_files[0])}["X-AGREE-0001"]
    assert agree.sources == ["CHL", "PER"] and agree.targets == ["CHL", "PER"]


def test_cameo_codes_map_to_the_closest_listed_code(gold_files) -> None:
    table = read_cameo_to_plover(gold_files[1])
    assert plover_type("042", table) == "CONSULT"
    assert plover_type("1941", table) == "ASSAULT"  # not listed: its parent's type
    assert plover_type("0841", table) == "RETREAT"
    assert plover_type("083", table) == "CONCEDE"  # a root listed twice keeps its first type
    assert plover_type("023", table) == "REQUEST"  # appeals, which the table leaves out
    assert plover_type("010", table) is None


def test_unreadable_files_raise_input_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        read_plover_records(bad)
    with pytest.raises(InputError):
        read_cameo_to_plover(tmp_path / "missing.txt")


def test_validation_counts_type_and_dyad_matches(pipeline, gold_files) -> None:
    records = read_plover_records(gold_files[0])
    report = validate_plover(records[:2], pipeline, read_cameo_to_plover(gold_files[1]))
    assert report.total == 2
    by_id = {r.id: r for r in report.results}
    assert by_id["X-CONSULT-0001"].type_match and by_id["X-CONSULT-0001"].dyad_match
    assert by_id["X-FIGHT-0001"].type_match
    assert report.by_type()["CONSULT"] == (1, 1, 1)


def test_eval_plover_command_prints_the_three_figures(gold_files) -> None:
    records, table = gold_files
    result = CliRunner().invoke(app, ["eval", "--plover", str(records), "--plover-table", str(table)])
    assert result.exit_code == 0, result.output
    assert "records: 4" in result.output
    assert "event type (our CAMEO code mapped to PLOVER):" in result.output
    assert "type + source country + target country:" in result.output


@pytest.mark.skipif(not (GSR.is_file() and CONVERSION.is_file()), reason="../shared PLOVER gold not present")
def test_plover_gold_floor(pipeline) -> None:
    report = validate_plover(read_plover_records(GSR), pipeline, read_cameo_to_plover(CONVERSION))
    assert report.total == 322
    # floors just under what the pipeline reaches
    assert report.type_matches >= 165
    assert report.dyad_matches >= 92
