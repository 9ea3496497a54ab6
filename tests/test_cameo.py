"""CAMEO codes and event patterns: loading, validation, agreement with the public code list."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsgraph.knowledge.cameo import (
    NO_ACT,
    KnowledgeDataError,
    get_cameo,
    get_patterns,
    load_cameo,
    load_patterns,
    quad_class_of_root,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
MERGED_TSV = SHARED / "gold" / "public" / "cameo_codes_merged.tsv"


def test_every_root_and_known_codes_present():
    cameo = get_cameo()
    assert len(cameo) >= 300
    for root in range(1, 21):
        assert f"{root:02d}" in cameo
    visit = cameo.get("042")
    assert (visit.root, visit.quad_class, visit.goldstein) == ("04", 1, 1.9)
    assert cameo.get("1823").quad_class == 4
    with pytest.raises(KeyError):
        cameo.get("999")


@pytest.mark.parametrize("root, quad", [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)])
def test_quad_class_of_root(root, quad):
    assert quad_class_of_root(root) == quad


@pytest.mark.skipif(not MERGED_TSV.exists(), reason="shared gold data not available")
def test_codes_agree_with_public_list():
    cameo = get_cameo()
    with open(MERGED_TSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows
    for row in rows:
        entry = cameo.get(row["code"])
        assert entry.root == row["root"], row["code"]
        assert entry.quad_class == int(row["quad_class_gdelt_convention"]), row["code"]
        # GDELT's weight; ICEWS fills the two codes GDELT leaves blank
        expected = float(row["goldstein_gdelt"] or row["goldstein_icews"])
        assert entry.goldstein == pytest.approx(expected), row["code"]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "entry, message",
    [
        ('{code: "042", name: Visit, root: "05", quad_class: 1, goldstein: 1.9}', "not its prefix"),
        ('{code: "042", name: Visit, root: "04", quad_class: 3, goldstein: 1.9}', "quad class"),
        ('{code: "042", name: Visit, root: "04", quad_class: 1, goldstein: 12}', "042"),
    ],
)
def test_bad_cameo_entry_names_file_and_code(tmp_path, entry, message):
    path = _write(tmp_path, "bad.yaml", f"codes:\n  - {entry}\n")
    with pytest.raises(KnowledgeDataError) as err:
        load_cameo(path)
    assert "bad.yaml" in str(err.value) and message in str(err.value)


def test_duplicate_cameo_code_rejected(tmp_path):
    row = '  - {code: "042", name: Visit, root: "04", quad_class: 1, goldstein: 1.9}\n'
    path = _write(tmp_path, "dup.yaml", "codes:\n" + row + row)
    with pytest.raises(KnowledgeDataError, match="duplicate"):
        load_cameo(path)


def test_patterns_cover_all_roots_and_valid_codes():
    patterns = get_patterns()
    cameo = get_cameo()
    roots = {cameo.get(p.code).root for p in patterns.patterns if p.code != NO_ACT}
    assert all(p.negation_code in cameo for p in patterns.patterns if p.code == NO_ACT and p.negation_code)
    assert {f"{r:02d}" for r in range(2, 21)} <= roots
    ids = [p.id for p in patterns.patterns]
    assert len(ids) == len(set(ids))


def test_more_specific_pattern_ranks_first():
    ranked = get_patterns().candidates("verb", "call")
    assert ranked[0].specificity >= ranked[-1].specificity
    assert ranked[0].prep is not None


def test_user_pattern_file_adds_pattern(tmp_path):
    extra = _write(tmp_path, "mine.yaml", 'patterns:\n  - {id: my.snub, lemma: snub, code: "111"}\n')
    patterns = load_patterns([extra])
    assert [p.code for p in patterns.candidates("verb", "snub")] == ["111"]


@pytest.mark.parametrize(
    "text, message",
    [
        ('patterns:\n  - {id: my.x, lemma: snub, code: "999"}\n', "unknown CAMEO code"),
        ('patterns:\n  - {id: my.x, lemma: snub, code: "111", colour: red}\n', "colour"),
        ('patterns:\n  - {id: my.x, lemma: snub, code: "111", object: ["@nothing"]}\n', "unknown class"),
        ('patterns:\n  - {id: my.x, lemma: snub, code: "111", target_role: [sideways]}\n', "sideways"),
        ('patterns:\n  - {id: attack.v, lemma: attack, code: "190"}\n', "duplicate"),
    ],
)
def test_bad_user_pattern_names_file_and_id(tmp_path, text, message):
    path = _write(tmp_path, "mine.yaml", text)
    with pytest.raises(KnowledgeDataError) as err:
        load_patterns([path])
    assert "mine.yaml" in str(err.value) and message in str(err.value)
    if "duplicate" not in message:
        assert "my.x" in str(err.value)


def test_pattern_files_take_a_version_key(tmp_path):
    extra = _write(tmp_path, "mine.yaml", 'version: 1\npatterns:\n  - {id: my.snub, lemma: snub, code: "111"}\n')
    assert [p.code for p in load_patterns([extra]).candidates("verb", "snub")] == ["111"]
    wrong = _write(tmp_path, "wrong.yaml", 'version: 2\npatterns:\n  - {id: my.snub, lemma: snub, code: "111"}\n')
    with pytest.raises(KnowledgeDataError, match="wrong.yaml"):
        load_patterns([wrong])
