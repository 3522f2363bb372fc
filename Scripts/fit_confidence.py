#!/usr/bin/env python3
"""Fits the weights of Loom's extraction confidence (Sources/LoomExtraction/ConfidenceWeights.swift).

Usage (from the repository root, release build, shared data beside the repository):
  D=../shared/data/carb-dev
  .build/release/loom eval openie --gold $D/dev_gold.tsv --sentences $D/dev.txt \
      --output /tmp/pred.tsv --features /tmp/feat.tsv
  python3 Scripts/fit_confidence.py $D/dev_gold.tsv /tmp/pred.tsv /tmp/feat.tsv \
      --cv-predictions /tmp/cv.tsv --swift Sources/LoomExtraction/ConfidenceWeights.swift
  .build/release/loom eval openie --gold $D/dev_gold.tsv --predictions /tmp/cv.tsv   # cross-validated

Each extraction's target is how well it matches its sentence's gold: the best, over the sentence's
gold tuples, of CaRB's pair precision times (1 + pair recall) / 2 (CaRB's lenient token matcher, as
described in the dataset's README). Precision alone ranks a fragment that matches a few words of a
tuple as high as a full match; the recall term puts the extractions that earn the curve's recall first. The model is
an L2-regularised logistic regression with soft targets, fitted by Newton's method (deterministic).
`--cv-predictions` writes predictions whose confidences come from 5 models each fitted without the
sentences it scores (folds by sentence), so the AUC measured on them is not fitted to the dev set.
"""
import argparse, collections, string
import numpy as np

def key(sentence):
    s = sentence.replace(' ', '')
    for a, b in [('-LRB-', '('), ('-RRB-', ')'), ('-LSB-', '['), ('-RSB-', ']'), ('-LCB-', '{'), ('-RCB-', '}')]:
        s = s.replace(a, b)
    return ''.join(c for c in s if c not in string.punctuation)

def overlap(gold_words, predicted_words):
    remaining, matched = list(predicted_words), 0
    for w in gold_words:
        if w in remaining:
            matched += 1
            remaining.remove(w)
    return matched, remaining

def pair_share(gold, prediction, recall=False):
    """CaRB's token match of one prediction against one gold tuple (relation, subject, the rest joined):
    the share of the prediction's words found in the gold (precision) or, with `recall`, of the gold's
    words found in the prediction; 0 when the relations share no word."""
    (grel, gargs), (prel, pargs) = gold, prediction
    if len(pargs) < 2:
        return 0.0
    gslots = [grel, gargs[0] if gargs else '', ' '.join(gargs[1:])]
    pslots = [prel, pargs[0], ' '.join(pargs[1:])]
    if recall:
        gslots, pslots = pslots, gslots
    gw, pw = gslots[0].split(), pslots[0].split()
    matched, remaining = overlap(gw, pw)
    if not recall and 'be' in remaining and any(w in gw for w in 'be is am are was were been being'.split()):
        matched += 1
    if matched == 0:
        return 0.0
    num, den = matched, len(pw)
    for g, p in zip(gslots[1:], pslots[1:]):
        words = p.split()
        den += len(words)
        num += overlap(g.split(), words)[0]
    return num / den if den else 0.0

def match(gold, prediction):
    return pair_share(gold, prediction) * (1 + pair_share(gold, prediction, recall=True)) / 2

def target(golds, prediction):
    best = 0.0
    for g in golds:
        s = match(g, prediction)
        if any(w in g[0] for w in ['said', 'told', 'added', 'adds', 'says']) and len(prediction[1]) >= 2:
            args = prediction[1]
            s = max(s, match(g, (prediction[0], [args[1], args[0]] + args[2:])))
        best = max(best, s)
    return best

def fit(X, y, l2):
    w = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) + l2 * np.r_[0, w[1:]]
        H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.diag(np.r_[0, np.ones(len(w) - 1)]) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gold'); ap.add_argument('predictions'); ap.add_argument('features')
    ap.add_argument('--l2', type=float, default=3.0)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--cv-predictions')
    ap.add_argument('--swift')
    a = ap.parse_args()
    gold = collections.defaultdict(list)
    for line in open(a.gold, encoding='utf-8'):
        f = [x.strip() for x in line.rstrip('\n').split('\t')]
        gold[key(f[0])].append((f[1], [x for x in f[2:] if 'C: ' not in x]))
    predictions = [line.rstrip('\n').split('\t') for line in open(a.predictions, encoding='utf-8')]
    lines = open(a.features, encoding='utf-8').read().splitlines()
    names, rows = lines[0].split('\t'), [list(map(float, l.split('\t'))) for l in lines[1:]]
    assert len(rows) == len(predictions), 'features and predictions differ in length'
    X = np.c_[np.ones(len(rows)), np.array(rows)]
    y = np.array([target(gold.get(key(p[0]), []), (p[2], p[3:])) for p in predictions])
    has_gold = np.array([key(p[0]) in gold for p in predictions])
    sentences = sorted({key(p[0]) for p in predictions})
    fold_of = {s: i % a.folds for i, s in enumerate(sentences)}
    folds = np.array([fold_of[key(p[0])] for p in predictions])
    cv = np.zeros(len(rows))
    for k in range(a.folds):
        train = (folds != k) & has_gold
        w = fit(X[train], y[train], a.l2)
        cv[folds == k] = 1 / (1 + np.exp(-X[folds == k] @ w))
    w = fit(X[has_gold], y[has_gold], a.l2)
    print(f'{has_gold.sum()} extractions with gold, mean target {y[has_gold].mean():.3f}')
    for name, weight in sorted(zip(['bias'] + names, w), key=lambda t: -abs(t[1])):
        print(f'{weight:+.3f}  {name}')
    if a.cv_predictions:
        with open(a.cv_predictions, 'w', encoding='utf-8') as out:
            for p, c in zip(predictions, cv):
                out.write('\t'.join([p[0], f'{c:.4f}'] + p[2:]) + '\n')
    if a.swift:
        body = ',\n'.join(f'        {v:.4f},  // {n}' for n, v in zip(names, w[1:]))
        with open(a.swift, 'w', encoding='utf-8') as out:
            out.write('/// Weights of ``Confidence``, in the order of ``ConfidenceFeatures/names``.\n'
                      '/// Written by `Scripts/fit_confidence.py` (its docstring has the commands); refit, do not edit by hand.\n'
                      'enum ConfidenceWeights {\n'
                      f'    static let bias = {w[0]:.4f}\n'
                      '    static let weights: [Double] = [\n' + body + '\n    ]\n}\n')

if __name__ == '__main__':
    main()
