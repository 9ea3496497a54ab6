"""List what the held-out gold wanted and what newsgraph produced, per measure.

Usage (from /work/main): .venv/bin/python bench/heldout/misses.py [events|quotes|actors|all] [set3|set4|set5|set6|set7|set8|set9|set10|set11|set12|set13|set14|set15]
Runs the extractor once over the set's h*.txt (h01-h20 by default) and, for each gold item score.py would count as missed,
prints the gold item next to the nearest system item (same evidence text, else overlapping words).
Quotes the gold does not hold (what score.py's quote_precision counts against) are listed as 'QUOTE extra'.
"""
from __future__ import annotations

import glob
import json
import os
import subprocess
import sys

import yaml

from check_gold import load_score

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(paths: list[str]) -> list[dict]:
    cmd = [os.path.join(ROOT, ".venv/bin/newsgraph"), "extract", "--format", "jsonl", *paths]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def who(actor: dict | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('name')}[{actor.get('country') or ''}{actor.get('sector') or ''}]"


def overlap(a: str, b: str, score) -> float:
    wa, wb = set(score.qnorm(a).split()), set(score.qnorm(b).split())
    return len(wa & wb) / max(1, len(wa))


def main(which: str, folder: str = "") -> None:
    score = load_score()
    golds = sorted(glob.glob(os.path.join(HERE, folder, "h*.gold.yaml")))
    outs = run([g.replace(".gold.yaml", ".txt") for g in golds])
    for path, out in zip(golds, outs):
        gold = yaml.safe_load(open(path))
        name = os.path.basename(path).split(".")[0]
        actors = out.get("actors", [])
        by_id = {a.get("id"): a for a in actors}
        if which in ("actors", "all"):
            for g in gold["actors"]:
                a = score.match_actor(g, actors)
                want = f"{g.get('country', '')}{g.get('sector', '')}"
                if not a:
                    print(f"{name} ACTOR missing {g['names'][0]} want {want}")
                elif (g.get("country") and (a.get("country") or "") != g["country"]) or (
                        score.sectors(g) and (a.get("sector") or "") not in score.sectors(g)):
                    print(f"{name} ACTOR code {g['names'][0]} want {want} got {who(a)}")
            want = {score.norm(n) for g in gold["actors"] for n in g["names"]}
            for a in actors:
                if (a.get("type") or "").upper() in ("PERSON", "PER", "ORG") and not a.get("anonymous") \
                        and not score.actor_names(a) & want:
                    print(f"{name} ACTOR extra {who(a)} type={a.get('type')}")
        if which in ("quotes", "all"):
            for gq in gold.get("quotes", []):
                hit = next((q for q in out.get("quotes", []) if score.qnorm(gq["contains"]) in score.qnorm(q.get("text"))), None)
                want = gq.get("speaker") or gq.get("affiliation")
                if hit is None:
                    print(f"{name} QUOTE missing '{gq['contains']}' ({want})")
                elif not score.speaker_ok(gq, by_id.get(hit.get("speaker")), gold["actors"]):
                    print(f"{name} QUOTE speaker '{gq['contains']}' want {want} got {who(by_id.get(hit.get('speaker')))}")
            used = set()
            for gq in gold.get("quotes", []):
                i = next((i for i, q in enumerate(out.get("quotes", []))
                          if score.qnorm(gq["contains"]) in score.qnorm(q.get("text"))), None)
                used.add(i)
            for i, q in enumerate(out.get("quotes", [])):
                if i not in used:
                    print(f"{name} QUOTE extra '{q.get('text')}' ({who(by_id.get(q.get('speaker')))})")
        if which in ("events", "all"):
            events = [e for e in out.get("events", []) if str(e.get("root") or e.get("code", ""))[:2] != "01"]
            r = score.score_article(gold, out)
            for ge in gold.get("events", []):
                single = dict(gold, events=[ge])
                if score.score_article(single, out)["events"][0]:
                    continue
                best = max(events, key=lambda e: overlap(ge["evidence"], e.get("evidence") or "", score), default=None)
                got = "none"
                if best and overlap(ge["evidence"], best.get("evidence") or "", score) > 0.3:
                    got = (f"{best.get('code')} {who(by_id.get(best.get('source')))}->{who(by_id.get(best.get('target')))}"
                           f" ev='{best.get('evidence')}'")
                src, tgt = ge.get("source") or {}, ge.get("target") or {}
                print(f"{name} EVENT '{ge['evidence']}' want {ge['code']} "
                      f"{src.get('country', '')}{src.get('sector', '')}->{tgt.get('country', '')}{tgt.get('sector', '')} | got {got}")
            matched = r["event_precision"][0]
            print(f"{name} system events {len(events)}, matched {matched}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "all", sys.argv[2] if len(sys.argv) > 2 else "")
