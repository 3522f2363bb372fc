#!/usr/bin/env python3
"""Generate a benchmark corpus of unique English news-like articles from UD English EWT sentences.

Deterministic (fixed seed): the same arguments give the same files. Sentences come from the EWT
treebank (CC BY-SA 4.0) in ../shared/data, recombined into articles of 15-40 sentences with a
headline; a share of the articles is also written as HTML pages with navigation, scripts, a cookie
banner and a footer around the article, as real pages have.

    python3 Benchmarks/make_corpus.py --megabytes 50 --out Benchmarks/corpus/50mb
"""
import argparse
import os
import random

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Loom</title>
<meta property="og:title" content="{title}">
<script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}</script>
<style>body {{ font-family: serif; }} .nav a {{ margin: 0 1em; }}</style></head>
<body><header><nav class="nav"><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a>
<a href="/tech">Technology</a><a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By Staff Writer</p>
{paragraphs}
</article>
<aside class="related"><h2>Related articles</h2><ul><li><a href="/a">Markets close mixed</a></li>
<li><a href="/b">Five things to know today</a></li></ul></aside></main>
<footer><p>Copyright The Daily Loom. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def read_sentences(paths):
    sentences = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# text = "):
                    text = line[9:].strip()
                    if 4 <= len(text.split()) <= 60:
                        sentences.append(text)
    return sentences


def html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_data = os.path.join(here, "..", "..", "shared", "data", "ud-english-ewt")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--out", required=True)
    parser.add_argument("--data", default=default_data)
    parser.add_argument("--html-share", type=float, default=0.2, help="share of articles written as HTML")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()

    files = [os.path.join(args.data, f"en_ewt-ud-{split}.conllu") for split in ("train", "dev", "test")]
    sentences = read_sentences(files)
    rng = random.Random(args.seed)
    target = int(args.megabytes * 1024 * 1024)
    written = 0
    count = 0
    while written < target:
        size = rng.randint(15, 40)
        picked = rng.sample(sentences, size)
        title = picked[0].rstrip(".!?")
        paragraphs = [picked[i:i + 4] for i in range(1, size, 4)]
        folder = os.path.join(args.out, f"{count // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        if rng.random() < args.html_share:
            body = "\n".join("<p>" + html_escape(" ".join(p)) + "</p>" for p in paragraphs)
            content = HTML_PAGE.format(title=html_escape(title), paragraphs=body)
            name = os.path.join(folder, f"article-{count:06d}.html")
        else:
            content = title + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
            name = os.path.join(folder, f"article-{count:06d}.txt")
        with open(name, "w", encoding="utf-8") as handle:
            handle.write(content)
        written += len(content.encode("utf-8"))
        count += 1
    print(f"wrote {count} articles, {written / 1024 / 1024:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
