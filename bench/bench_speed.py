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
    ap.add_argument("--repeat", type=int, default=3)
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

    plain = spacy.load(pipeline.settings.model)
    for _ in plain.pipe(texts[:2]):  # warm-up
        pass
    t0 = time.process_time()
    for _ in plain.pipe(texts):
        pass
    spacy_cpu = time.process_time() - t0

    list(pipeline.pipe(articles[:2]))  # warm-up, loads knowledge
    stage_time: dict[str, float] = defaultdict(float)
    t0 = time.process_time()
    records = []
    for a in articles:
        doc = pipeline.make_doc(a)
        for name, proc in pipeline.nlp.pipeline:
            s = time.process_time()
            doc = proc(doc)
            stage_time[name] += time.process_time() - s
        records.append(doc._.ng_record)
    ng_cpu = time.process_time() - t0

    print(f"articles: {len(articles)} ({len(files)} files x {args.repeat}), words: {words}")
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
