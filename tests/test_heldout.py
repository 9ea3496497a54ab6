"""The held-out gate: the team's own articles in bench/heldout/ (h01-h20, set3 = h21-h30, set4 =
h31-h40, set5 = h41-h50, set6 = h51-h60, set7 = h61-h70, set8 = h71-h80), scored in-process with the shared scorer,
must not fall below floors just under what the pipeline reaches on each set. Skipped when the scorer in ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_eval import SCORER, score_totals  # the dev gate's scoring

HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "heldout"
# per set: its folder, how many articles it holds, and the floors
SETS: dict[str, tuple[Path, int, dict[str, float]]] = {
    # measured: actors 0.975, codes 0.95, quotes 0.99, speakers 0.96, events 0.576, precision 0.768
    "h01-h20": (HELDOUT, 20, {"actors": 0.95, "actor_codes": 0.92, "quotes": 0.96, "quote_speakers": 0.94,
                              "events": 0.55, "event_precision": 0.74}),
    # measured: actors 0.96, codes 0.95, quotes 0.98, speakers 0.93, events 0.53, precision 0.70
    "set3": (HELDOUT / "set3", 10, {"actors": 0.93, "actor_codes": 0.92, "quotes": 0.95, "quote_speakers": 0.90,
                                    "events": 0.50, "event_precision": 0.67}),
    # tuned on in session 5; measured: actors 0.966, codes 0.923, quotes 0.97, speakers 0.89, events 0.60,
    # precision 0.82
    "set4": (HELDOUT / "set4", 10, {"actors": 0.94, "actor_codes": 0.89, "quotes": 0.94, "quote_speakers": 0.86,
                                    "events": 0.57, "event_precision": 0.79}),
    # tuned on in sessions 5 and 6; measured: actors 0.958, codes 0.927, quotes 0.98, speakers 0.875,
    # events 0.47, precision 0.675
    "set5": (HELDOUT / "set5", 10, {"actors": 0.93, "actor_codes": 0.90, "quotes": 0.95, "quote_speakers": 0.84,
                                    "events": 0.44, "event_precision": 0.64}),
    # unseen through session 5, tuned on in session 6; measured: actors 0.96, codes 0.88, quotes 1.0,
    # speakers 0.92, events 0.57, precision 0.65
    "set6": (HELDOUT / "set6", 10, {"actors": 0.93, "actor_codes": 0.85, "quotes": 0.97, "quote_speakers": 0.89,
                                    "events": 0.54, "event_precision": 0.62}),
    # unseen through session 5, tuned on in session 6; measured: actors 0.99, codes 0.93, quotes 1.0,
    # speakers 0.88, events 0.50, precision 0.61
    "set7": (HELDOUT / "set7", 10, {"actors": 0.96, "actor_codes": 0.90, "quotes": 0.97, "quote_speakers": 0.85,
                                    "events": 0.47, "event_precision": 0.58}),
    # written at the start of session 6, kept unseen; measured: actors 0.957, codes 0.85, quotes 0.95,
    # speakers 0.72, events 0.465, precision 0.50
    "set8": (HELDOUT / "set8", 10, {"actors": 0.93, "actor_codes": 0.82, "quotes": 0.92, "quote_speakers": 0.69,
                                    "events": 0.43, "event_precision": 0.47}),
}

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="../shared scorer not present")


@pytest.fixture(scope="module")
def totals(pipeline) -> dict[str, dict[str, tuple[int, int]]]:
    out = {}
    for name, (folder, count, _) in SETS.items():
        gold_files = sorted(folder.glob("h*.gold.yaml"))
        assert len(gold_files) == count, f"{name}: {len(gold_files)} gold files, expected {count}"
        out[name] = score_totals(pipeline, gold_files)
    return out


@pytest.mark.parametrize("name,measure", [(name, m) for name, (_, _, floors) in SETS.items() for m in sorted(floors)])
def test_heldout_floor(totals: dict[str, dict[str, tuple[int, int]]], name: str, measure: str) -> None:
    hit, total = totals[name][measure]
    floor = SETS[name][2][measure]
    assert hit / total >= floor, f"{name} {measure} {hit}/{total} = {hit / total:.3f} < {floor}"
