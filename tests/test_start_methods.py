"""Batch extraction in worker processes started by spawn (macOS, Windows) or forkserver (Linux
from Python 3.14), which receive the pipeline pickled rather than as a copy of the parent's memory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from conftest import REPO_ROOT

# Each text exercises something a worker must receive with the pipeline: what the events stage
# learned from the lemmatizer ("enters" read as a plural noun), the headline re-reading (which
# parses with the pipeline's own spaCy components), the "re-" tokenizer change, quotes, datelines.
TEXTS = [
    "Relief convoy enters besieged Ukrainian town after long delay\n\nThe trucks arrived on Friday.",
    "Rebels Free Two Hostages In Northern Mali\n\nThe rebels released two aid workers on Sunday, a spokesman said.",
    "Police re-arrested the opposition leader in Kampala on Friday. \"We will not negotiate with criminals,\" "
    "Uganda's interior minister said.",
    "NAIROBI (Newswire) - Kenya pledged $20 million in aid to Somalia on Monday, its foreign ministry said.",
]

_CHILD = """
import json, multiprocessing, sys
multiprocessing.set_start_method("spawn", force=True)
from newsgraph.core import Pipeline
texts = json.loads(sys.stdin.read())
pipeline = Pipeline()
serial = [r.model_dump_json() for r in pipeline.pipe(texts)]
parallel = [r.model_dump_json() for r in pipeline.pipe(texts, n_process=2, batch_size=1)]
print(json.dumps({"serial": serial, "parallel": parallel}))
"""


def test_two_spawned_workers_give_the_same_records_as_one_process():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(TEXTS), capture_output=True,
                         text=True, env=env, cwd=REPO_ROOT, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(out["parallel"]) == len(TEXTS)
    assert out["parallel"] == out["serial"], f"after {time.monotonic() - started:.0f} s"
    codes = [[e["code"] for e in json.loads(r)["events"]] for r in out["serial"]]
    assert "191" not in codes[0]  # "enters" is the headline's verb, not the subject of a blockade
    assert all(codes[1:]), codes
