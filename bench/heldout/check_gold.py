"""Consistency checks for the held-out gold files, plus an oracle run through score.py.

Usage: .venv/bin/python bench/heldout/check_gold.py [set3|set4|set5|set6|set7|set8|set9|set10|set11|set12|set13|set14|set15|set16|set17|set18|set19|set20|set21|set22|set23|set24|set25|set26|set27|set28|set29|set30|set31|set32]   (from /work/main; h01-h20 by default)
Checks every quote `contains` / event `evidence` is in the article (whitespace-insensitive, so
spans may cross broken line wraps), speakers and affiliations resolve, codes exist and start with
their root, countries are ISO alpha-3, sectors are known, names are not shared, and that an
oracle built from the gold scores 1.0 on every measure.
"""
from __future__ import annotations

import csv
import glob
import importlib.util
import os
import re
import sys

import pycountry
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "shared")  # ../shared beside the repo
SCORE_PY = os.path.join(SHARED, "tools", "score.py")
CODES_TSV = os.path.join(SHARED, "gold", "public", "cameo_codes_merged.tsv")
SECTORS = {"GOV", "MIL", "REB", "MED", "ELI", "BUS", "LEG", "EDU", "PTY", "OPP", "JUD", "NGO", "IGO",
           "REL", "COP", "SPY", "CVL", "HRI", "CRM", "LAB", "HLH", "REF"}


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def check(path: str, score, codes: set[str]) -> list[str]:
    gold = yaml.safe_load(open(path))
    text = open(os.path.join(os.path.dirname(path), gold["article"])).read()
    ftext = flat(text)
    errors = []
    names: dict[str, int] = {}
    for i, a in enumerate(gold.get("actors", [])):
        for n in a["names"]:
            k = score.norm(n)
            if k in names and names[k] != i:
                errors.append(f"name shared by two actors: {n}")
            names[k] = i
        if a.get("country") and not pycountry.countries.get(alpha_3=a["country"]):
            errors.append(f"bad country {a['country']}")
        for s in [a.get("sector")] + list(a.get("accept_sector") or []):
            if s and s not in SECTORS:
                errors.append(f"bad sector {s}")
    known = {"contains", "kind", "speaker", "affiliation", "speaker_text", "evidence", "source", "target",
             "root", "code", "accept", "source_optional"}
    for item in gold.get("quotes", []) + gold.get("events", []):
        if set(item) - known:  # an unquoted comma in a YAML flow mapping splits the value
            errors.append(f"unexpected keys {sorted(set(item) - known)} (quote values with commas)")
    for q in gold.get("quotes", []):
        if flat(q["contains"]) not in ftext:
            errors.append(f"quote not in text: {q['contains']}")
        if q.get("speaker") and not score.resolve_gold_actor(q["speaker"], gold["actors"]):
            errors.append(f"speaker not an actor: {q['speaker']}")
        aff = q.get("affiliation")
        if aff and not re.fullmatch(r"[A-Z]{6}", aff) and not score.resolve_gold_actor(aff, gold["actors"]):
            errors.append(f"affiliation not an actor: {aff}")
        if not q.get("speaker") and not aff:
            errors.append(f"quote without speaker: {q['contains']}")
    for e in gold.get("events", []):
        if flat(e["evidence"]) not in ftext:
            errors.append(f"evidence not in text: {e['evidence']}")
        for c in [e["code"]] + list(e.get("accept") or []):
            if c not in codes:
                errors.append(f"unknown code {c}")
        if not e["code"].startswith(e["root"]):
            errors.append(f"code {e['code']} not under root {e['root']}")
        for side in ("source", "target"):
            want = e.get(side) or {}
            if want.get("country") and not pycountry.countries.get(alpha_3=want["country"]):
                errors.append(f"bad country {want['country']}")
    for x in gold.get("not_actors", []):
        if flat(x) not in ftext:
            errors.append(f"not_actor not in text: {x}")
    st = gold.get("structure") or {}
    for x in st.get("captions", []) + st.get("joined_paragraphs", []) + st.get("headings", []):
        if flat(x) not in ftext:
            errors.append(f"structure span not in text: {x}")
    errors += oracle(gold, score)
    return errors


def oracle(gold: dict, score) -> list[str]:
    """Turn the gold into system output and check it scores perfectly."""
    actors = []
    for i, a in enumerate(gold["actors"]):
        actors.append({"id": f"a{i}", "name": a["names"][0], "aliases": a["names"][1:], "type": a["type"],
                       "country": a.get("country"), "sector": a.get("sector")})

    def side(want, gid):
        if not want:
            return None
        actors.append({"id": gid, "name": gid, "type": "GROUP", "country": want.get("country"),
                       "sector": want.get("sector")})
        return gid

    quotes = []
    for q in gold.get("quotes", []):
        if q.get("speaker"):
            spk = next(f"a{i}" for i, a in enumerate(gold["actors"])
                       if score.norm(q["speaker"]) in {score.norm(n) for n in a["names"]})
        elif re.fullmatch(r"[A-Z]{6}", q["affiliation"]):
            spk = side({"country": q["affiliation"][:3], "sector": q["affiliation"][3:]}, f"q{len(quotes)}")
        else:
            spk = next(f"a{i}" for i, a in enumerate(gold["actors"])
                       if score.norm(q["affiliation"]) in {score.norm(n) for n in a["names"]})
        quotes.append({"text": q["contains"], "speaker": spk})
    events = []
    for j, e in enumerate(gold.get("events", [])):
        events.append({"code": e["code"], "root": e["root"], "evidence": e["evidence"],
                       "source": side(e.get("source"), f"s{j}"), "target": side(e.get("target"), f"t{j}")})
    st = gold.get("structure") or {}
    blocks = ([{"kind": "heading", "text": h} for h in st.get("headings", [])]
              + [{"kind": "caption", "text": c} for c in st.get("captions", [])]
              + [{"kind": "paragraph", "text": p} for p in st.get("joined_paragraphs", [])])
    r = score.score_article(gold, {"actors": actors, "quotes": quotes, "events": events, "blocks": blocks})
    errs = []
    for k, (a, b) in r.items():
        if k == "false_actors":
            if a:
                errs.append(f"oracle false_actors {a}/{b}")
        elif a != b:
            errs.append(f"oracle {k}={a}/{b}")
    return errs


def main(folder: str = "") -> int:
    score = load_score()
    codes = {row["code"] for row in csv.DictReader(open(CODES_TSV), delimiter="\t")}
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, folder, "h*.gold.yaml"))):
        errors = check(path, score, codes)
        text = open(path.replace(".gold.yaml", ".txt")).read()
        words = len(text.split())
        g = yaml.safe_load(open(path))
        print(f"{os.path.basename(path)}: {words} words, {len(g['actors'])} actors, "
              f"{len(g.get('quotes', []))} quotes, {len(g.get('events', []))} events, {len(errors)} errors")
        for e in errors:
            print("   ", e)
        bad += len(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
