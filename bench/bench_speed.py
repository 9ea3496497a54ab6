"""Throughput: words per CPU-second for spaCy alone and for newsgraph, on the same texts.

Usage: python bench/bench_speed.py [--repeat N] [--rounds R] [FILES...]
Without files it reads examples/ and, when present, ../shared's seed and dev articles.
The two sides alternate for R rounds; it prints the best, the median and the spread of the
rounds, and the median of the per-round ratios, which is the figure to compare against the
target (one lucky or disturbed round cannot decide it). It also prints each newsgraph stage's
CPU time as a share of the pipeline and of spaCy alone, with garbage collection as a row of its own.
"""
from __future__ import annotations

import argparse
import gc
import glob
import os
import random
import statistics
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
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds of each side, alternating")
    args = ap.parse_args()
    files = args.files or default_files()

    import spacy

    from newsgraph.core import Pipeline
    from newsgraph.sources import read_path
    from newsgraph.text import repair

    articles = [read_path(f) for f in files] * args.repeat
    pipeline = Pipeline()
    # the repaired texts, and their words counted by a tokenizer with a vocabulary of its own: neither
    # timed side may meet these words before its first round (new words cost a lexeme each)
    texts = [repair(a.raw).text for a in articles]
    counter = spacy.load(pipeline.settings.model, exclude=pipeline.nlp.component_names)
    words = sum(len(counter.make_doc(t)) for t in texts)
    # Warm both up, untimed, on other text of the same size: every text with its words in another
    # order. This pays loading, the knowledge lookups' first use and the growth of the process's
    # memory before either is timed, without meeting the timed sentences themselves.
    shuffle = random.Random(0).shuffle

    def reordered(text: str) -> str:
        tokens = text.split()
        shuffle(tokens)
        return " ".join(tokens)

    plain = spacy.load(pipeline.settings.model)
    warm_texts = [reordered(t) for t in texts[:len(files)]]
    for _ in plain.pipe(warm_texts, batch_size=pipeline.settings.batch_size):
        pass
    for _ in pipeline.pipe(warm_texts, batch_size=pipeline.settings.batch_size):
        pass

    # Alternate the two for several rounds: the machine is shared and noisy. Both sides get the same
    # texts, the same batch size, and drop their results as they come, as a JSONL writer would.
    # The garbage collector runs as it would in use: what newsgraph keeps alive costs it time.
    batch_size = pipeline.settings.batch_size
    spacy_runs, ng_runs = [], []
    for _ in range(args.rounds):
        t0 = time.process_time()
        for _ in plain.pipe(texts, batch_size=batch_size):
            pass
        spacy_runs.append(time.process_time() - t0)
        t0 = time.process_time()
        for _ in pipeline.pipe(articles, batch_size=batch_size):
            pass
        ng_runs.append(time.process_time() - t0)
    ratios = [s / n for s, n in zip(spacy_runs, ng_runs)]

    # a second pass, one component at a time, for each stage's share. A garbage collection scans the
    # whole process and runs wherever the allocation counter happens to overflow, so its time is a
    # row of its own rather than a cost of the stage it interrupted.
    stage_time: dict[str, float] = defaultdict(float)
    collecting = [0.0, 0.0]  # start of the running collection, total collection time

    def on_collection(phase: str, _info: dict) -> None:
        if phase == "start":
            collecting[0] = time.process_time()
        else:
            collecting[1] += time.process_time() - collecting[0]

    def timed(name: str, step, value):
        before, t0 = collecting[1], time.process_time()
        value = step(value)
        collected = collecting[1] - before
        stage_time[name] += time.process_time() - t0 - collected
        stage_time["garbage collection"] += collected
        return value

    gc.callbacks.append(on_collection)
    try:
        for a in articles:
            doc = timed("make_doc", pipeline.make_doc, a)
            for name, proc in pipeline.nlp.pipeline:
                doc = timed(name, proc, doc)
    finally:
        gc.callbacks.remove(on_collection)

    def rate(runs: list[float]) -> str:
        speeds = sorted(words / t for t in runs)
        return (f"best {speeds[-1]:,.0f}  median {statistics.median(speeds):,.0f}  "
                f"spread {speeds[0]:,.0f}-{speeds[-1]:,.0f} words/CPU-s")

    print(f"articles: {len(articles)} ({len(files)} files x {args.repeat}), words: {words}, "
          f"{args.rounds} rounds, batch size {batch_size}")
    print(f"spaCy alone ({pipeline.settings.model}): {rate(spacy_runs)}")
    print(f"newsgraph (repair + spaCy + stages): {rate(ng_runs)}")
    print(f"ratio newsgraph / spaCy: median {statistics.median(ratios):.3f}, "
          f"best rounds {min(spacy_runs) / min(ng_runs):.3f}, "
          f"spread {min(ratios):.3f}-{max(ratios):.3f} (target >= 0.80)")
    spacy_names = set(plain.pipe_names)
    spacy_stage_total = sum(t for name, t in stage_time.items() if name in spacy_names)
    total = sum(stage_time.values())
    swapped = [f"{name} as {type(pipeline.nlp.get_pipe(name)).__name__}" for name in ("attribute_ruler", "lemmatizer")
               if name in pipeline.nlp.pipe_names and type(pipeline.nlp.get_pipe(name)) is not type(plain.get_pipe(name))]
    if swapped:
        print(f"newsgraph runs {', '.join(swapped)} (same annotations; "
              f"Settings(faster_model_components=False) keeps the model's own)")
    print("stage CPU time, share of the pipeline / of spaCy's own components:")
    for name, t in sorted(stage_time.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16s} {100 * t / total:5.1f}%  {100 * t / spacy_stage_total:5.1f}%")
    own = sum(t for name, t in stage_time.items() if name not in spacy_names and name != "garbage collection")
    print(f"  {'newsgraph stages':16s} {100 * own / total:5.1f}%  {100 * own / spacy_stage_total:5.1f}%"
          "  (make_doc and ng_*)")
    print(f"pid {os.getpid()}")


if __name__ == "__main__":
    main()
