#!/usr/bin/env python3
"""Derive Loom's lemmatizer data (Sources/LoomLanguage/Resources/lemmas.txt) from WordNet 3.0
and the UD English EWT training treebank.

Output lines, tab-separated:  `x <pos> <form> <lemma>` for WordNet's irregular forms (*.exc) and
`w <pos> <lemma>` for single-word lemmas of the index files, pos in n, v, a, r, and
`t <TAG> <form> <lemma>` for open-class (NN*, VB*, JJ*, RB, RBR, RBS) form/tag pairs seen at least
twice in the training treebank with one lemma in at least 90 % of them. Licences (WordNet 3.0,
EWT CC BY-SA 4.0): see NOTICE-models.md beside the output.

    python3 Scripts/make_lemma_data.py ../shared/data/lexicons/wordnet-3.0 Sources/LoomLanguage/Resources/lemmas.txt \
        ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu
"""
import collections
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
if len(sys.argv) > 3:
    counts = collections.defaultdict(collections.Counter)
    with open(sys.argv[3], encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 10 or not fields[0].isdigit():
                continue
            form, lemma, tag = fields[1], fields[2], fields[4]
            if tag[:2] in ("NN", "VB", "JJ") or tag in ("RB", "RBR", "RBS"):
                counts[(form, tag)][lemma] += 1
    for (form, tag), lemmas in sorted(counts.items()):
        total = sum(lemmas.values())
        lemma, count = sorted(lemmas.items(), key=lambda item: (-item[1], item[0]))[0]
        if total >= 2 and count >= 0.9 * total and "\t" not in form + lemma and lemma != "_":
            lines.append(f"t\t{tag}\t{form}\t{lemma}")
with open(target, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} lines to {target}")
