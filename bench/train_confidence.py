"""Fit the event-confidence model (newsgraph/confidence.py) to the team's held-out gold.

Usage (from the repository root, with ../shared beside it and `pip install -e '.[train]'`):
    .venv/bin/python bench/train_confidence.py [--exclude SET ...] [--out newsgraph/data/confidence.yaml]

Each event newsgraph codes in a held-out article is labelled right when the project's scorer
(../shared/tools/score.py) would match it to a gold event: same root (or an accepted one), sides
that fit the gold's codes, and the gold evidence inside one of its reports. A logistic regression
over `confidence.event_features` is fitted to those labels. The script prints how well the model
ranks events on sets it did not see (leave one set out), on the sets named by --exclude (kept out
of training altogether) and on the dev articles of ../shared, beside the patterns' own priors, and
writes the model fitted to all sets but the excluded ones.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "bench" / "heldout"
SHARED = ROOT.parent / "shared"
C_REGULARISATION = 0.3
WEIGHT_DECIMALS = 4


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def held_out_sets() -> dict[str, list[Path]]:
    """Gold files by set, oldest first: h01-h20 in the folder itself, then set3, set4, ..."""
    sets = {"h20": sorted(HELDOUT.glob("h*.gold.yaml"))}
    numbered = [f for f in HELDOUT.glob("set*") if f.is_dir() and f.name[3:].isdigit()]
    for folder in sorted(numbered, key=lambda f: int(f.name[3:])):
        sets[folder.name] = sorted(folder.glob("h*.gold.yaml"))
    return sets


# the newest sets are the team's unseen measurement of new text: kept out of training by default
UNSEEN_NEWEST = 2


def matched_events(scorer, gold: dict, record: dict) -> tuple[list[dict], set[int]]:
    """The record's events other than plain statements, and the indices of those a gold event
    claims, each gold event taking the first event (and report) that fits it: the event matching
    of ../shared/tools/score.py (`score_article`), which must be followed if it changes."""
    by_id = {a["id"]: a for a in record["actors"]}
    events = [e for e in record["events"] if e["root"] != "01"]
    matched: set[int] = set()
    spent: set[tuple[int, int]] = set()
    for want in gold.get("events", []):
        roots = {want["root"]} | {code[:2] for code in want.get("accept", [])}
        evidence = scorer.qnorm(want["evidence"])
        for i, event in enumerate(events):
            if event["root"] not in roots or not scorer.dyad_ok(
                    want, event, by_id.get(event.get("source")), by_id.get(event.get("target"))):
                continue
            reports = [event["evidence"]] + [m["evidence"] for m in event.get("mentions", [])]
            j = next((j for j, text in enumerate(reports)
                      if (i, j) not in spent and evidence in scorer.qnorm(text)), None)
            if j is not None:
                spent.add((i, j))
                matched.add(i)
                break
    return events, matched


def labelled_features(pipeline, scorer, golds: list[Path]):
    """Features, labels and pattern priors of every event newsgraph codes in these articles."""
    from newsgraph.confidence import record_features
    from newsgraph.model import Record
    from newsgraph.sources import read_path

    feats, labels, priors = [], [], []
    n_gold = 0
    gold_docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in golds]
    articles = [read_path(p.parent / g["article"]) for p, g in zip(golds, gold_docs)]
    for gold, record in zip(gold_docs, pipeline.pipe(articles)):
        data = record.model_dump(mode="json")
        events, matched = matched_events(scorer, gold, data)
        n_gold += len(gold.get("events", []))
        kept = [e["id"] for e in events]
        slim = Record.model_validate({**data, "events": events})
        for i, f in enumerate(record_features(slim)):
            feats.append(f)
            labels.append(int(i in matched))
        priors.extend(e.confidence for e in record.events if e.id in kept)
    return feats, np.array(labels), priors, n_gold


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score

    from newsgraph.core import Pipeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="*", default=None,
                    help=f"sets kept out of training and reported apart (default: the {UNSEEN_NEWEST} newest)")
    ap.add_argument("--out", type=Path, default=ROOT / "newsgraph" / "data" / "confidence.yaml")
    args = ap.parse_args()
    if not (SHARED / "tools" / "score.py").exists():
        sys.exit(f"needs the project's scorer at {SHARED / 'tools' / 'score.py'}")
    scorer = load_scorer()
    pipeline = Pipeline()
    pipeline.confidence = None  # no scoring: each event keeps its pattern's prior, the baseline to beat
    sets = held_out_sets()
    if args.exclude is None:
        args.exclude = list(sets)[-UNSEEN_NEWEST:]
    data = {name: labelled_features(pipeline, scorer, golds) for name, golds in sets.items()}
    dev = sorted((SHARED / "gold" / "dev").glob("d*.gold.yaml"))
    if dev:
        data["dev"] = labelled_features(pipeline, scorer, dev)
    training = [name for name in data if name not in args.exclude and name != "dev"]

    def fit(names: list[str]):
        vectoriser = DictVectorizer()
        x = vectoriser.fit_transform([f for n in names for f in data[n][0]])
        y = np.concatenate([data[n][1] for n in names])
        return vectoriser, LogisticRegression(C=C_REGULARISATION, max_iter=5000).fit(x, y)

    ys, ps, priors = [], [], []
    for name in training:
        vectoriser, model = fit([n for n in training if n != name])
        ys.extend(data[name][1])
        ps.extend(model.predict_proba(vectoriser.transform(data[name][0]))[:, 1])
        priors.extend(data[name][2])
    print(f"{len(ys)} events in {len(training)} sets, {sum(ys)} right")
    print(f"leave one set out: AUC {roc_auc_score(ys, ps):.3f} (pattern priors {roc_auc_score(ys, priors):.3f}), "
          f"Brier {brier_score_loss(ys, ps):.3f}")
    calibration(np.array(ys), np.array(ps))
    thresholds(np.array(ys), np.array(ps), sum(data[n][3] for n in training))
    vectoriser, model = fit(training)
    for name in [*args.exclude, "dev"]:
        if name in data and len(set(data[name][1])) > 1:
            feats, y, prior, _ = data[name]
            p = model.predict_proba(vectoriser.transform(feats))[:, 1]
            print(f"{name} (not trained on): {len(y)} events, AUC {roc_auc_score(y, p):.3f} "
                  f"(pattern priors {roc_auc_score(y, prior):.3f}), Brier {brier_score_loss(y, p):.3f}")
            calibration(y, p)
    weights = {name: round(float(w), WEIGHT_DECIMALS) for name, w in zip(vectoriser.feature_names_, model.coef_[0])
               if round(float(w), WEIGHT_DECIMALS) != 0}
    header = ("# Event-confidence model (newsgraph/confidence.py), written by bench/train_confidence.py:\n"
              "# a logistic regression over the features of each coded event, fitted to whether the\n"
              "# team's held-out gold codes the same act. Retrain after changing the rules.\n")
    body = {
        "version": 1,
        "trained_on": f"{len(training)} held-out sets of bench/heldout ({', '.join(training)}); "
                      f"leave-one-set-out AUC {roc_auc_score(ys, ps):.3f}",
        "intercept": round(float(model.intercept_[0]), WEIGHT_DECIMALS),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


def calibration(y: np.ndarray, p: np.ndarray, bins: tuple[float, ...] = (0, 0.2, 0.4, 0.6, 0.8, 1.01)) -> None:
    """How often events were right, by band of predicted confidence."""
    rows = []
    for lo, hi in zip(bins, bins[1:]):
        inside = (p >= lo) & (p < hi)
        if inside.any():
            rows.append(f"{lo:.1f}-{min(hi, 1):.1f}: {y[inside].mean():.2f} right of {int(inside.sum())}")
    print("   " + "; ".join(rows))


def thresholds(y: np.ndarray, p: np.ndarray, n_gold: int, cuts: tuple[float, ...] = (0.0, 0.2, 0.3, 0.4, 0.5)) -> None:
    """Event recall, precision and F1 (as the scorer counts them) if events under each cut were left out."""
    rows = []
    for cut in cuts:
        kept = p >= cut
        recall, precision = y[kept].sum() / n_gold, y[kept].sum() / max(kept.sum(), 1)
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        rows.append(f"cut {cut:.1f}: recall {recall:.3f} precision {precision:.3f} F1 {f1:.3f}")
    print("   " + "; ".join(rows))


if __name__ == "__main__":
    main()
