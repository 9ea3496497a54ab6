#!/usr/bin/env bash
# Score newsgraph on the held-out set. score.py resolves each gold's `article:` beside the gold
# file, so the articles are found in this folder; run from anywhere. Extra args go to score.py
# (e.g. --json /tmp/heldout.json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
exec "$root/.venv/bin/python" "$root/../shared/tools/score.py" "$here"/h*.gold.yaml \
  --cmd "$root/.venv/bin/newsgraph extract --format jsonl" "$@"
