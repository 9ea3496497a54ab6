"""The held-out gate: the team's own articles in bench/heldout/ (h01-h20, set3 = h21-h30, set4 =
h31-h40, set5 = h41-h50, set6 = h51-h60, set7 = h61-h70, set8 = h71-h80,
set9 = h81-h90, set10 = h91-h100, set11 = h101-h110, set12 = h111-h120, set13 = h121-h130, set14 = h131-h140,
set15 = h141-h150, set16 = h151-h160, set17 = h161-h167, set18 = h171-h180, set19 = h181-h190, set20 = h191-h200,
set21 = h201-h210, set22 = h211-h220, set23 = h221-h230, set24 = h231-h240, set25 = h241-h250,
set26 = h251-h260, set27 = h261-h270, set28 = h271-h280, set29 = h281-h290,
set30 = h291-h300, set31 = h301-h310, set32 = h311-h320), scored in-process with the shared scorer,
must not fall below floors just under what the pipeline reaches on each set. Quote floors
follow the golds' reported-call convention (bench/heldout/README.md), added in session 14. Skipped when the scorer in ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_eval import SCORER, score_totals  # the dev gate's scoring

HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "heldout"
# per set: its folder, how many articles it holds, and the floors
SETS: dict[str, tuple[Path, int, dict[str, float]]] = {
    # measured: actors 0.975, codes 0.95, quotes 0.99, speakers 0.96, events 0.584, precision 0.8
    "h01-h20": (HELDOUT, 20, {"actors": 0.95, "actor_codes": 0.92, "quotes": 0.90, "quote_speakers": 0.88,
                              "events": 0.55, "event_precision": 0.76}),
    # measured: actors 0.984, codes 0.969, quotes 0.98, speakers 0.939, events 0.544, precision 0.75
    "set3": (HELDOUT / "set3", 10, {"actors": 0.95, "actor_codes": 0.94, "quotes": 0.95, "quote_speakers": 0.91,
                                    "events": 0.51, "event_precision": 0.71}),
    # tuned on in session 5; measured: actors 0.966, codes 0.923, quotes 0.97, speakers 0.89, events 0.634,
    # precision 0.832
    "set4": (HELDOUT / "set4", 10, {"actors": 0.94, "actor_codes": 0.89, "quotes": 0.80, "quote_speakers": 0.74,
                                    "events": 0.60, "event_precision": 0.80}),
    # tuned on in sessions 5 and 6; measured: actors 0.958, codes 0.938, quotes 0.98, speakers 0.893,
    # events 0.504, precision 0.698
    "set5": (HELDOUT / "set5", 10, {"actors": 0.93, "actor_codes": 0.91, "quotes": 0.83, "quote_speakers": 0.75,
                                    "events": 0.47, "event_precision": 0.66}),
    # unseen through session 5, tuned on in session 6; measured: actors 0.97, codes 0.92, quotes 1.0,
    # speakers 0.92, events 0.658, precision 0.736, codes 0.93
    "set6": (HELDOUT / "set6", 10, {"actors": 0.93, "actor_codes": 0.88, "quotes": 0.90, "quote_speakers": 0.81,
                                    "events": 0.62, "event_precision": 0.70}),
    # unseen through session 5, tuned on in session 6; measured: actors 0.99, codes 0.94, quotes 1.0,
    # speakers 0.922, events 0.565, precision 0.655
    "set7": (HELDOUT / "set7", 10, {"actors": 0.96, "actor_codes": 0.91, "quotes": 0.85, "quote_speakers": 0.78,
                                    "events": 0.53, "event_precision": 0.62}),
    # unseen through session 6, tuned on in session 7; measured: actors 1.0, codes 1.0, quotes 0.966,
    # speakers 0.948, events 0.727, precision 0.774
    "set8": (HELDOUT / "set8", 10, {"actors": 0.97, "actor_codes": 0.97, "quotes": 0.87, "quote_speakers": 0.86,
                                    "events": 0.69, "event_precision": 0.74}),
    # written at the start of session 7, tuned on in its second half and in session 8; measured: actors 0.98,
    # codes 0.941, quotes 0.98, speakers 0.918, events 0.558, precision 0.632
    "set9": (HELDOUT / "set9", 10, {"actors": 0.95, "actor_codes": 0.91, "quotes": 0.84, "quote_speakers": 0.77,
                                    "events": 0.52, "event_precision": 0.60}),
    # written in the middle of session 7, kept unseen through it, tuned on in session 8; measured: actors 0.989,
    # codes 0.956, quotes 1.0, speakers 0.982, events 0.578, precision 0.657
    "set10": (HELDOUT / "set10", 10, {"actors": 0.96, "actor_codes": 0.93, "quotes": 0.85, "quote_speakers": 0.83,
                                      "events": 0.54, "event_precision": 0.62}),
    # written at the start of session 8, kept unseen through it, tuned on in session 9; measured: actors 0.977,
    # codes 0.965, quotes 0.968, speakers 0.935, events 0.592, precision 0.65
    "set11": (HELDOUT / "set11", 10, {"actors": 0.95, "actor_codes": 0.92, "quotes": 0.90, "quote_speakers": 0.87,
                                      "events": 0.55, "event_precision": 0.61}),
    # written at the start of session 9, kept unseen through it, tuned on in session 10; measured: actors 0.991,
    # codes 0.991, quotes 0.968, speakers 0.919, events 0.663, precision 0.747
    "set12": (HELDOUT / "set12", 10, {"actors": 0.96, "actor_codes": 0.96, "quotes": 0.82, "quote_speakers": 0.78,
                                      "events": 0.63, "event_precision": 0.71}),
    # written at the start of session 10, kept unseen through it, tuned on in session 11; measured: actors 0.987,
    # codes 0.962, quotes 0.967, speakers 0.885, events 0.57, precision 0.757
    "set13": (HELDOUT / "set13", 10, {"actors": 0.96, "actor_codes": 0.93, "quotes": 0.89, "quote_speakers": 0.80,
                                      "events": 0.54, "event_precision": 0.72}),
    # written at the start of session 11, unseen through its first round, tuned on in its second; measured:
    # actors 0.958, codes 0.948, quotes 0.97, speakers 0.879, events 0.557, precision 0.708
    "set14": (HELDOUT / "set14", 10, {"actors": 0.93, "actor_codes": 0.92, "quotes": 0.86, "quote_speakers": 0.76,
                                      "events": 0.52, "event_precision": 0.67}),
    # written in the middle of session 11, kept unseen through it, tuned on in sessions 12-17; measured in
    # session 17: actors 0.952, codes 0.952, speakers 0.857, events 0.681, precision 0.625
    "set15": (HELDOUT / "set15", 10, {"actors": 0.92, "actor_codes": 0.92, "quotes": 0.88, "quote_speakers": 0.82,
                                      "events": 0.64, "event_precision": 0.58}),
    # written at the start of session 12, tuned on in sessions 12-17; measured in session 17: actors 0.94,
    # codes 0.866, quotes 0.973, speakers 0.893, events 0.492, precision 0.679
    "set16": (HELDOUT / "set16", 10, {"actors": 0.91, "actor_codes": 0.83, "quotes": 0.94, "quote_speakers": 0.86,
                                      "events": 0.45, "event_precision": 0.64}),
    # written in the middle of session 12 (seven articles), tuned on in sessions 13-17; measured in
    # session 17: actors 0.988, codes 0.877, quotes 0.884, speakers 0.841, events 0.536, precision 0.683
    "set17": (HELDOUT / "set17", 7, {"actors": 0.95, "actor_codes": 0.84, "quotes": 0.85, "quote_speakers": 0.80,
                                     "events": 0.50, "event_precision": 0.64}),
    # written at the start of session 13, kept unseen through it, tuned on in sessions 14-17; measured in
    # session 17: actors 0.958, codes 0.941, speakers 0.914, events 0.577, precision 0.699
    "set18": (HELDOUT / "set18", 10, {"actors": 0.92, "actor_codes": 0.90, "quotes": 0.95, "quote_speakers": 0.87,
                                      "events": 0.54, "event_precision": 0.66}),
    # written at the start of session 14, kept unseen through it, tuned on in sessions 15-18; measured in
    # session 20: actors 0.942, codes 0.892, speakers 0.864, events 0.481, precision 0.602
    "set19": (HELDOUT / "set19", 10, {"actors": 0.90, "actor_codes": 0.85, "quotes": 0.89, "quote_speakers": 0.82,
                                      "events": 0.48, "event_precision": 0.60}),
    # written at the start of session 15, kept unseen through it, tuned on in sessions 16-18; measured in
    # session 20: actors 0.958, codes 0.898, speakers 0.873, events 0.485, precision 0.593
    "set20": (HELDOUT / "set20", 10, {"actors": 0.90, "actor_codes": 0.84, "quotes": 0.91, "quote_speakers": 0.83,
                                      "events": 0.45, "event_precision": 0.55}),
    # written at the start of session 16, kept unseen through it, tuned on in sessions 17 and 18; measured in
    # session 20: actors 0.893, codes 0.835, quotes 0.929, speakers 0.83, events 0.551, precision 0.615
    "set21": (HELDOUT / "set21", 10, {"actors": 0.86, "actor_codes": 0.80, "quotes": 0.89, "quote_speakers": 0.79,
                                      "events": 0.56, "event_precision": 0.62}),
    # written at the start of session 17, kept unseen through it, the validation set of session 18 (scored
    # only), tuned on in sessions 19 and 20; measured: actors 0.953, codes 0.89, quotes 0.903, speakers 0.742,
    # events 0.5, precision 0.625
    "set22": (HELDOUT / "set22", 10, {"actors": 0.92, "actor_codes": 0.85, "quotes": 0.87, "quote_speakers": 0.70,
                                      "events": 0.49, "event_precision": 0.60}),
    # written at the start of session 18, kept unseen through it (scored only), the validation set of
    # session 19 (scored only), tuned on in session 20; measured: actors 0.924, codes 0.822, quotes 0.897,
    # speakers 0.68, events 0.36, precision 0.539
    "set23": (HELDOUT / "set23", 10, {"actors": 0.89, "actor_codes": 0.78, "quotes": 0.86, "quote_speakers": 0.64,
                                      "events": 0.34, "event_precision": 0.51}),
    # written at the start of session 19, kept unseen through it (scored only), the validation set of
    # session 20 (scored only); measured: actors 0.926, codes 0.802, quotes 0.926, speakers 0.832,
    # events 0.311, precision 0.475
    "set24": (HELDOUT / "set24", 10, {"actors": 0.89, "actor_codes": 0.78, "quotes": 0.89, "quote_speakers": 0.79,
                                      "events": 0.34, "event_precision": 0.51}),
    # written at the start of session 20, kept unseen through it (scored only); measured: actors 0.925,
    # codes 0.758, quotes 0.946, speakers 0.757, events 0.32, precision 0.43; an example set in session
    # 22: codes 0.783, events 0.359, precision 0.476
    "set25": (HELDOUT / "set25", 10, {"actors": 0.89, "actor_codes": 0.74, "quotes": 0.91, "quote_speakers": 0.72,
                                      "events": 0.33, "event_precision": 0.44}),
    # written beside set25 at the start of session 20, kept unseen through it (scored only); measured:
    # actors 0.956, codes 0.851, quotes 0.918, speakers 0.796, events 0.333, precision 0.42; an example
    # set in session 22: codes 0.86, events 0.349, precision 0.458
    "set26": (HELDOUT / "set26", 10, {"actors": 0.92, "actor_codes": 0.82, "quotes": 0.88, "quote_speakers": 0.76,
                                      "events": 0.31, "event_precision": 0.42}),
    # written at the start of session 21, kept unseen through it (scored only), the validation set of
    # session 22 (totals only); measured: actors 0.935, codes 0.797, quotes 0.96, speakers 0.85, events
    # 0.257 -> 0.263, precision 0.40 -> 0.411
    # an example set of session 23: events 0.263 -> 0.316, precision 0.411 -> 0.473, codes 0.797 -> 0.804
    "set27": (HELDOUT / "set27", 10, {"actors": 0.90, "actor_codes": 0.77, "quotes": 0.92, "quote_speakers": 0.81,
                                      "events": 0.28, "event_precision": 0.43}),
    # written beside set27 at the start of session 21, kept unseen through it (scored only), the
    # validation set of session 22 (totals only); measured: actors 0.946, codes 0.837 -> 0.845, quotes
    # 0.958, speakers 0.839, events 0.265 -> 0.271, precision 0.411 -> 0.432
    # an example set of session 23: events 0.271 -> 0.307, precision 0.432 -> 0.483, codes 0.845 -> 0.86
    "set28": (HELDOUT / "set28", 10, {"actors": 0.91, "actor_codes": 0.82, "quotes": 0.92, "quote_speakers": 0.80,
                                      "events": 0.27, "event_precision": 0.44}),
    # written at the start of session 22, kept unseen through it (scored only); measured:
    # actors 0.923, codes 0.885, quotes 0.928, speakers 0.82, events 0.424 -> 0.418, precision 0.511
    # the validation set of session 23 (totals only): unchanged
    "set29": (HELDOUT / "set29", 10, {"actors": 0.89, "actor_codes": 0.84, "quotes": 0.9, "quote_speakers": 0.78,
                                      "events": 0.38, "event_precision": 0.46}),
    # written beside set29 at the start of session 22, kept unseen through it (scored only); measured:
    # actors 0.934, codes 0.832, quotes 0.947, speakers 0.823, events 0.339, precision 0.416
    # the validation set of session 23 (totals only): events 0.339 -> 0.345, precision 0.416 -> 0.427
    "set30": (HELDOUT / "set30", 10, {"actors": 0.9, "actor_codes": 0.79, "quotes": 0.92, "quote_speakers": 0.78,
                                      "events": 0.3, "event_precision": 0.37}),
    # written at the start of session 23, kept unseen through it (scored only); measured: actors 0.963,
    # codes 0.904, quotes 0.915, speakers 0.83, events 0.36 -> 0.356, precision 0.521 -> 0.514
    "set31": (HELDOUT / "set31", 10, {"actors": 0.93, "actor_codes": 0.87, "quotes": 0.88, "quote_speakers": 0.79,
                                      "events": 0.32, "event_precision": 0.47}),
    # written beside set31 at the start of session 23, kept unseen through it (scored only); measured:
    # actors 0.902, codes 0.793, quotes 0.967, speakers 0.82, events 0.438 -> 0.444, precision 0.591 -> 0.604
    "set32": (HELDOUT / "set32", 10, {"actors": 0.87, "actor_codes": 0.76, "quotes": 0.93, "quote_speakers": 0.78,
                                      "events": 0.40, "event_precision": 0.56}),
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
