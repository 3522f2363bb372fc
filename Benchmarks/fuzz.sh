#!/usr/bin/env bash
# libFuzzer runs over Loom's input readers and language pipeline.
#
#   Benchmarks/fuzz.sh TARGET SECONDS      TARGET: html | nlp | readers
#
# SwiftPM executables clash with libFuzzer's main, so the needed library sources are copied into a
# temporary folder, compiled as one module (the project's own `import LoomX` lines removed) together
# with Benchmarks/Fuzz/TARGET.swift and a Bundle.module shim that points at Sources/LoomLanguage, with
# `swiftc -sanitize=fuzzer,address`. The corpus lives in /tmp/loom-fuzz/TARGET/corpus (seeded from
# fixtures, Corpus/ and EWT lines) and grows across runs; crashes land in /tmp/loom-fuzz/TARGET/.
# Exits 0 when no crash was found, 1 on a crash, 2 when this toolchain cannot build fuzzers.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: fuzz.sh html|nlp|readers SECONDS}"
seconds="${2:-60}"
base="/tmp/loom-fuzz/$target"
src="$base/src"
rm -rf "$src" && mkdir -p "$src" "$base/corpus"

case "$target" in
    html) dirs=(LoomDocuments); flags=(-I "$repo/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 -lxml2) ;;
    nlp) dirs=(LoomLanguage LoomExtraction); flags=()
         cp "$repo/Sources/LoomKit/Language/LanguagePipeline.swift" "$src/" ;;
    readers) dirs=(LoomLanguage LoomExtraction); flags=() ;;
    *) echo "unknown target $target (html, nlp, readers)" >&2; exit 64 ;;
esac
for dir in "${dirs[@]}"; do
    find "$repo/Sources/$dir" -name '*.swift' | while read -r file; do
        cp "$file" "$src/$(echo "${file#"$repo/Sources/"}" | tr / _)"
    done
done
sed -i -E '/^(@_implementationOnly |public |internal )?import Loom[A-Za-z]+$/d' "$src"/*.swift
cp "$repo/Benchmarks/Fuzz/$target.swift" "$src/main_fuzz.swift"
cat > "$src/bundle_shim.swift" <<SHIM
import Foundation
extension Foundation.Bundle {
    /// Stand-in for SwiftPM's resource bundle: the package folder that holds Resources/.
    static let module = Bundle(path: "$repo/Sources/LoomLanguage")!
}
SHIM

if ! swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name LoomFuzz "${flags[@]}" \
        "$src"/*.swift -o "$base/fuzzer" 2>"$base/build.log"; then
    if grep -q "sanitize\|fuzzer" "$base/build.log"; then
        echo "fuzz $target: this toolchain cannot build libFuzzer targets; skipped (see $base/build.log)"
        exit 2
    fi
    cat "$base/build.log" >&2; exit 1
fi

# Seeds: small, varied inputs (only added once; libFuzzer keeps what it finds).
if [[ -z "$(ls -A "$base/corpus")" ]]; then
    case "$target" in
        html)
            printf '<html><head><title>T</title></head><body><article><h1>Head</h1><p>One &amp; two.</p></article></body></html>' >"$base/corpus/a.html"
            printf '<p>Unclosed <b>bold <i>x</p><script>var a="<p>";</script>\xff\xfe' >"$base/corpus/b.html"
            find "$repo/Corpus" -type f | head -5 | while read -r f; do head -c 4000 "$f" >"$base/corpus/$(basename "$f")"; done ;;
        nlp)
            find "$repo/Corpus" -type f | head -5 | while read -r f; do head -c 2000 "$f" >"$base/corpus/$(basename "$f")"; done
            printf 'Dr. Smith (born 1950) said: "It is U.S.-made," on Jan. 5th -- or not?!' >"$base/corpus/punct.txt" ;;
        readers)
            ewt="$repo/../shared/data/ud-english-ewt"; [[ -d "$ewt" ]] || ewt=/work/shared/data/ud-english-ewt
            f="$(find "$ewt" -name '*dev*.conllu' | head -1)"
            [[ -n "$f" ]] && head -60 "$f" >"$base/corpus/ewt.conllu"
            carb="$(dirname "$ewt")/carb-dev"
            find "$carb" -type f | head -3 | while read -r f; do head -40 "$f" >"$base/corpus/carb-$(basename "$f")"; done
            printf 'He ate .\tate\tHe\t.\n' >"$base/corpus/carb.tsv" ;;
    esac
fi

cd "$base"
set +e
ASAN_OPTIONS=detect_leaks=0 ./fuzzer -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 corpus >"$base/run.log" 2>&1
status=$?
set -e
grep -E "^#[0-9]+[[:space:]]+(DONE|pulse)" "$base/run.log" | tail -1 || true
grep -E "stat::number_of_executed_units|stat::peak_rss" "$base/run.log" || true
if [[ $status -ne 0 ]]; then
    echo "fuzz $target: CRASH (exit $status); log $base/run.log, inputs $base/crash-*" >&2
    grep -m5 -E "ERROR|Fatal|SUMMARY" "$base/run.log" >&2 || true
    exit 1
fi
echo "fuzz $target: no crash in ${seconds}s"
