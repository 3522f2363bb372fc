#!/usr/bin/env bash
# Loom vs spaCy on the same generated corpus, measured in one run.
#   Benchmarks/run.sh [MEGABYTES] [SPACY_MEGABYTES]
# Generates Benchmarks/corpus/<MB>mb if missing, builds Loom in release mode, runs `loom benchmark`
# (per-stage medians on one core, then end-to-end ingest on all cores), times spaCy's small English
# pipeline (tagger + parser, nlp.pipe on all cores) on a sample of the same files, and prints the
# ratio of words per second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
mb="${1:-50}"
spacy_mb="${2:-3}"
corpus="Benchmarks/corpus/${mb}mb"
[ -d "$corpus" ] || python3 Benchmarks/make_corpus.py --megabytes "$mb" --out "$corpus"
swift build -c release --product loom >/dev/null
loom_out=$(.build/release/loom benchmark "$corpus" --runs "${RUNS:-5}")
echo "$loom_out"
loom_wps=$(echo "$loom_out" | awk '/^WORDS_PER_SECOND/ {print $2}')
python="${SPACY_PYTHON:-Benchmarks/.venv/bin/python}"
[ -x "$python" ] || { Benchmarks/setup_spacy.sh; python=Benchmarks/.venv/bin/python; }
spacy_out=$("$python" Benchmarks/spacy_bench.py "$corpus" --max-megabytes "$spacy_mb" --runs 3)
echo "$spacy_out"
spacy_wps=$(echo "$spacy_out" | python3 -c "import json,sys; print(json.load(sys.stdin)['words_per_second'])")
python3 -c "print(f'Loom / spaCy, words per second: {float($loom_wps) / float($spacy_wps):.1f}x ({float($loom_wps):,.0f} vs {float($spacy_wps):,.0f})')"
