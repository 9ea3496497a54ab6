"""Throughput: words per CPU-second for spaCy alone and for newsgraph, on the same texts.

Usage: python bench/bench_speed.py [--repeat N] [FILES...]
Without files it reads examples/ and, when present, ../shared's seed and dev articles.
It also prints each newsgraph stage's share of the pipeline time.
"""
from __future__ import annotations

import argparse
import glob
import os
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_files() -> list[str]:
    files = sorted(glob.glob(str(ROOT / "examples" / "*.txt")))
    shared = ROOT.parent / "shared"
    files += sorted(glob.glob(str(shared / "corpus" / "*.txt")))
    files += sorted(glob.glob(str(shared / "gold" / "dev" / "d*.txt")))
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=1, help="copies of the file list per round")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds; the best of each side counts")
    args = ap.parse_args()
    files = args.files or default_files()

    import spacy

    from newsgraph.core import Pipeline
    from newsgraph.sources import read_path

    articles = [read_path(f) for f in files] * args.repeat
    pipeline = Pipeline()
    docs = [pipeline.make_doc(a) for a in articles]
    words = sum(len(d) for d in docs)
    texts = [d.text for d in docs]
    # warm both up on text of their own, so that neither measures loading nor lookups of the
    # very texts it is about to be timed on
    warm_text = "The foreign minister of Chile met his Peruvian counterpart in Lima on Monday, officials said."

    plain = spacy.load(pipeline.settings.model)
    list(plain.pipe([warm_text] * 4))
    list(pipeline.pipe([warm_text] * 4))  # loads knowledge, gazetteer and patterns

    # alternate the two, several rounds, and keep each one's best round: the machine is shared
    # and noisy, and the best round is the one least disturbed
    spacy_runs, ng_runs = [], []
    for _ in range(args.rounds):
        t0 = time.process_time()
        for _ in plain.pipe(texts):
            pass
        spacy_runs.append(time.process_time() - t0)
        t0 = time.process_time()
        list(pipeline.pipe(articles))  # batched, as users run it
        ng_runs.append(time.process_time() - t0)
    spacy_cpu, ng_cpu = min(spacy_runs), min(ng_runs)

    # a second pass, one component at a time, for each stage's share
    stage_time: dict[str, float] = defaultdict(float)
    for a in articles:
        doc = pipeline.make_doc(a)
        for name, proc in pipeline.nlp.pipeline:
            s = time.process_time()
            doc = proc(doc)
            stage_time[name] += time.process_time() - s

    print(f"articles: {len(articles)} ({len(files)} files x {args.repeat}), words: {words}, best of {args.rounds} rounds")
    print(f"spaCy alone ({pipeline.settings.model}): {words / spacy_cpu:,.0f} words/CPU-s")
    print(f"newsgraph (repair + spaCy + stages): {words / ng_cpu:,.0f} words/CPU-s")
    print(f"ratio newsgraph / spaCy: {spacy_cpu / ng_cpu:.2f} (target >= 0.80)")
    total = sum(stage_time.values())
    print("stage shares of pipeline CPU time:")
    for name, t in sorted(stage_time.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {100 * t / total:5.1f}%")
    print(f"pid {os.getpid()}")


if __name__ == "__main__":
    main()
