#!/usr/bin/env bash
# Crash safety of `loom ingest`: kill -9 at random moments, then check the store.
#
#   Benchmarks/crash_test.sh [ROUNDS] [MEGABYTES]      (defaults: 20 rounds, 1 MB corpus)
#   LOOM=path/to/loom Benchmarks/crash_test.sh 5 0.5   (use a built binary)
#
# A reference store comes from one uninterrupted ingest. Each round starts an ingest into a crash
# store (a fresh one on odd rounds, the killed one of the round before on even rounds, so that kills
# hit both first runs and resumed runs), kills it with SIGKILL after a random delay, and
# checks PRAGMA integrity_check and that every document marked complete has exactly the mentions it
# has in the reference. Then the ingest is finished and its GraphML must equal the reference's byte
# for byte. Last, two concurrent ingests into one fresh store must both succeed and give the same
# GraphML. Exits non-zero on the first failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-20}"
megabytes="${2:-1}"
work="$(mktemp -d /tmp/loom-crash.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
if [[ -z "${LOOM:-}" ]]; then
    swift build -c release --product loom >/dev/null
    LOOM="$repo/.build/release/loom"
fi
fail() { echo "crash test FAILED: $*" >&2; exit 1; }

python3 Benchmarks/make_corpus.py --megabytes "$megabytes" --out "$work/corpus" >/dev/null
cd "$work"   # stored paths are relative to the working folder: the same for every store

start=$(date +%s.%N)
"$LOOM" ingest corpus --store ref.sqlite 2>/dev/null
full=$(python3 -c "import time; print(max(0.2, time.time() - $start))")
"$LOOM" export --format graphml --store ref.sqlite -o ref.graphml 2>/dev/null
echo "reference: $(python3 -c "import sqlite3; print(sqlite3.connect('ref.sqlite').execute('select count(*) from documents').fetchone()[0])") documents in ${full%.*}s"

check_store() {  # $1 = store; integrity plus per-document mentions of complete documents
    python3 - "$1" <<'PY' || return 1
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok":
    sys.exit(f"integrity_check: {ok}")
query = """SELECT d.path, (SELECT count(*) FROM mentions m WHERE m.document = d.id)
           FROM documents d WHERE d.complete = 1"""
ref = dict(sqlite3.connect("ref.sqlite").execute(query).fetchall())
done = db.execute(query).fetchall()
for path, count in done:
    if ref.get(path) != count:
        sys.exit(f"{path}: {count} mentions, reference has {ref.get(path)}")
print(f"  {len(done)}/{len(ref)} documents complete, mentions match")
PY
}

for ((round = 1; round <= rounds; round++)); do
    delay=$(python3 -c "import random; print(round(random.uniform(0.05, $full * 0.8), 3))")
    (( round % 2 == 1 )) && rm -f crash.sqlite crash.sqlite-wal crash.sqlite-shm
    "$LOOM" ingest corpus --store crash.sqlite 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "round $round: killed after ${delay}s"
    check_store crash.sqlite || fail "round $round"
done
"$LOOM" ingest corpus --store crash.sqlite 2>/dev/null || fail "resumed ingest exited non-zero"
check_store crash.sqlite || fail "after resume"
"$LOOM" export --format graphml --store crash.sqlite -o crash.graphml 2>/dev/null
cmp -s ref.graphml crash.graphml || fail "GraphML after kills and resume differs from the reference"
echo "resumed store: GraphML identical to the reference"

"$LOOM" ingest corpus --store both.sqlite 2>both1.log & first=$!
"$LOOM" ingest corpus --store both.sqlite 2>both2.log & second=$!
wait "$first" || { cat both1.log >&2; fail "first concurrent ingest exited non-zero"; }
wait "$second" || { cat both2.log >&2; fail "second concurrent ingest exited non-zero"; }
check_store both.sqlite || fail "concurrent ingests"
"$LOOM" export --format graphml --store both.sqlite -o both.graphml 2>/dev/null
cmp -s ref.graphml both.graphml || fail "GraphML after two concurrent ingests differs from the reference"
echo "two concurrent ingests: both finished, GraphML identical to the reference"
echo "crash test passed ($rounds rounds)"
