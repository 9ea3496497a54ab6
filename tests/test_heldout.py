"""The held-out gate: the team's own articles in bench/heldout/ (h01-h20), scored in-process with the
shared scorer, must not fall below floors just under what the pipeline reaches. Skipped when the
scorer in ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_eval import SCORER, score_totals  # the dev gate's scoring

HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "heldout"
FLOORS: dict[str, float] = {  # measured: actors 0.92, codes 0.85, quotes 0.99, speakers 0.91, events 0.40, precision 0.58
    "actors": 0.89,
    "actor_codes": 0.82,
    "quotes": 0.96,
    "quote_speakers": 0.88,
    "events": 0.38,
    "event_precision": 0.55,
}

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="../shared scorer not present")


@pytest.fixture(scope="module")
def totals(pipeline) -> dict[str, tuple[int, int]]:
    gold_files = sorted(HELDOUT.glob("h*.gold.yaml"))
    assert len(gold_files) == 20
    return score_totals(pipeline, gold_files)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_heldout_floor(totals: dict[str, tuple[int, int]], measure: str) -> None:
    hit, total = totals[measure]
    assert hit / total >= FLOORS[measure], f"{measure} {hit}/{total} = {hit / total:.3f} < {FLOORS[measure]}"
