#!/usr/bin/env bash
# Score newsgraph on a held-out set: h01-h20 in this folder by default, or a later set by its
# folder name (set3 ... set30). score.py resolves each gold's `article:` beside the gold file, so run
# from anywhere. Further args go to score.py (e.g. --json /tmp/heldout.json).
#   bash bench/heldout/score.sh [set3|set4|set5|set6|set7|set8|set9|set10|set11|set12|set13|set14|set15|set16|set17|set18|set19|set20|set21|set22|set23|set24|set25|set26|set27|set28|set29|set30|set31|set32] [score.py options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
folder="$here"
if [[ $# -gt 0 && -d "$here/$1" ]]; then
  folder="$here/$1"
  shift
fi
cd "$root"
exec "$root/.venv/bin/python" "$root/../shared/tools/score.py" "$folder"/h*.gold.yaml \
  --cmd "$root/.venv/bin/newsgraph extract --format jsonl" "$@"
