#!/usr/bin/env python3
"""Derive Loom's lemmatizer data (Sources/LoomLanguage/Resources/lemmas.txt) from WordNet 3.0.

Output lines, tab-separated:  `x <pos> <form> <lemma>` for WordNet's irregular forms (*.exc) and
`w <pos> <lemma>` for single-word lemmas of the index files, pos in n, v, a, r. WordNet 3.0 licence:
see NOTICE-models.md beside the output.

    python3 Scripts/make_lemma_data.py ../shared/data/lexicons/wordnet-3.0 Sources/LoomLanguage/Resources/lemmas.txt
"""
import os
import sys

source, target = sys.argv[1], sys.argv[2]
lines = []
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
    with open(os.path.join(source, f"{name}.exc"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 2 and "_" not in fields[0]:
                lines.append(f"x\t{pos}\t{fields[0]}\t{fields[1]}")
    with open(os.path.join(source, f"index.{name}"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            word = line.split(" ", 1)[0]
            if "_" not in word and word.replace("-", "").replace("'", "").replace(".", "").isalpha():
                lines.append(f"w\t{pos}\t{word}")
with open(target, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} lines to {target}")
