#!/usr/bin/env bash
# Loom vs spaCy on the same machine in the same run.
#
#   Benchmarks/run.sh                    (SPACY_PYTHON=/path/to/python skips the spaCy install)
#   RUNS=5 STAGE_MB=5 SPACY_MB=4 Benchmarks/run.sh
#
# 1. generates the corpora (5 MB and 50 MB) if missing, 2. builds release, 3. runs `loom benchmark`
# on 50 MB (stages on a sample, then end-to-end with all cores), 4. end-to-end alone on 5 MB and on
# 50 MB, each in its own process, for peak RSS, 5. spaCy (tagger+parser, all cores) on a sample,
# 6. the Loom/spaCy ratio in whitespace words per second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
runs="${RUNS:-5}"; stage_mb="${STAGE_MB:-5}"; spacy_mb="${SPACY_MB:-4}"
out="${OUT:-/tmp/loom-bench}"; mkdir -p "$out"

for size in 5 50; do
    [[ -d "Benchmarks/corpus/${size}mb" ]] || python3 Benchmarks/make_corpus.py --megabytes "$size" --out "Benchmarks/corpus/${size}mb"
done
swift build -c release --product loom >/dev/null
loom=.build/release/loom
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

"$loom" benchmark Benchmarks/corpus/50mb --runs "$runs" --stage-megabytes "$stage_mb" | tee "$out/loom-50mb.txt"
for size in 5 50; do
    "$loom" benchmark "Benchmarks/corpus/${size}mb" --runs 0 | tee "$out/loom-e2e-${size}mb.txt"
done

python="${SPACY_PYTHON:-}"
if [[ -z "$python" ]]; then
    [[ -x "$here/.venv/bin/python" ]] || "$here/setup_spacy.sh"
    python="$here/.venv/bin/python"
fi
"$python" Benchmarks/spacy_bench.py Benchmarks/corpus/50mb --max-megabytes "$spacy_mb" --runs 3 | tee "$out/spacy.json"

python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
def figures(name):
    text = open(f"{out}/{name}").read()
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", text.split("BENCH", 1)[1])}
loom = figures("loom-50mb.txt")
spacy = json.loads(open(f"{out}/spacy.json").read().strip().splitlines()[-1])
print(f"Loom {loom['words_per_second']:.0f} words/s vs spaCy {spacy['words_per_second']:.0f} words/s: "
      f"ratio {loom['words_per_second'] / spacy['words_per_second']:.2f}")
small, large = figures("loom-e2e-5mb.txt"), figures("loom-e2e-50mb.txt")
print(f"peak RSS end-to-end: 5 MB {small['peak_rss_mb']:.0f} MB, 50 MB {large['peak_rss_mb']:.0f} MB "
      f"(x{large['peak_rss_mb'] / small['peak_rss_mb']:.2f})")
PY
