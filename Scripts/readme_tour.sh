#!/usr/bin/env bash
# Prints the README's tour: real output of each command on Graphs/ (run after `loom build Corpus --out Graphs`).
set -u
cd "$(dirname "$0")/.."
loom=.build/release/loom
store="--store Graphs/graph.sqlite"
show() {
    echo '```'
    echo "\$ loom $*"
    $loom "$@" 2>&1 | cut -c1-150 | head -n "${LINES_SHOWN:-12}"
    echo '```'
    echo
}
show query --subject "Eddie Wu" --evidence 1 $store
show query --subject Alibaba --relation rose $store
show neighbors "Joe Tsai" $store
show path "Eddie Wu" "3 percent" $store
LINES_SHOWN=20 show stats $store
show entities --type PERSON $store
show query --subject "Jack" $store
LINES_SHOWN=8 show text Corpus/tech/alibaba-cloud-results.html --metadata
LINES_SHOWN=6 show extract Corpus/tech/apple-india-assembly.txt --format tsv
LINES_SHOWN=6 show export --format dot --around "Eddie Wu" --depth 1 $store
LINES_SHOWN=4 show export --format jsonl --relation invest $store
