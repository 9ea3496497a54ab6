"""The evaluation gate: extraction quality on the team's gold articles must not fall below floors.

Runs the shared scorer's own `score_article` in-process on records from `Pipeline.pipe`, so the
numbers are those of `python3 ../shared/tools/score.py`. Skipped when ../shared is absent
(a clone outside the team workspace).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold"

# Minimum micro-averaged score per measure over all gold articles ("false_actors" is a maximum count).
FLOORS: dict[str, float] = {  # just under what the pipeline reaches (seed + 10 dev articles)
    "structure": 0.90,
    "actors": 0.94,
    "actor_codes": 0.94,
    "actor_precision": 0.96,
    "quotes": 0.96,
    "quote_speakers": 0.92,
    "quote_precision": 0.94,
    "events": 0.75,
    "event_precision": 0.75,
}
MAX_FALSE_ACTORS = 0

pytestmark = pytest.mark.skipif(not (SCORER.is_file() and GOLD.is_dir()), reason="../shared gold not present")


def _load_scorer():
    spec = importlib.util.spec_from_file_location("newsgraph_gold_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article_path(gold_file: Path, article: str) -> Path:
    """Where the scorer looks for a gold file's article (same candidates, same order)."""
    base = gold_file.parent
    candidates = [base / Path(article).name, base.parent / article, base / article]
    return next((c for c in candidates if c.exists()), candidates[0])


def score_totals(pipeline, gold_files: list[Path]) -> dict[str, tuple[int, int]]:
    """(hits, total) per measure over the gold files, scored as `score.py` scores them."""
    import yaml

    from newsgraph.sources import read_path

    scorer = _load_scorer()
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in gold_files]
    articles = [read_path(_article_path(p, g["article"])) for p, g in zip(gold_files, golds)]
    records = list(pipeline.pipe(articles))
    assert len(records) == len(golds)
    sums: dict[str, tuple[int, int]] = {}
    for gold, record in zip(golds, records):
        for measure, (hit, total) in scorer.score_article(gold, record.model_dump(mode="json")).items():
            a, b = sums.get(measure, (0, 0))
            sums[measure] = (a + hit, b + total)
    return sums


@pytest.fixture(scope="module")
def totals(pipeline) -> dict[str, tuple[int, int]]:
    return score_totals(pipeline, sorted([GOLD / "seed_article.gold.yaml", *(GOLD / "dev").glob("*.gold.yaml")]))


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_score_floor(totals: dict[str, tuple[int, int]], measure: str) -> None:
    hit, total = totals[measure]
    assert total > 0, f"no gold items for {measure}"
    assert hit / total >= FLOORS[measure], f"{measure} {hit}/{total} = {hit / total:.3f} < {FLOORS[measure]}"


def test_no_false_actors(totals: dict[str, tuple[int, int]]) -> None:
    bad, listed = totals["false_actors"]
    assert bad <= MAX_FALSE_ACTORS, f"{bad} of {listed} gold `not_actors` were reported as actors"
