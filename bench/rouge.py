"""ROUGE benchmark of the summary methods on the shared reference sets (python bench/rouge.py)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

# Run as `python bench/rouge.py`: put the repository first and drop the bench folder, whose
# A script here named like a standard module would shadow the one numpy imports.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [str(_HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from rouge_score import rouge_scorer  # noqa: E402

from digest.cleaning import clean  # noqa: E402
from digest.config import SummarySettings  # noqa: E402
from digest.model import TEXT, Sentence  # noqa: E402
from digest.sentences import split  # noqa: E402
from digest.summaries import SUMY_METHODS, stems, summarise  # noqa: E402

SUMM = Path(__file__).resolve().parents[2] / "shared" / "summ"
SETS = {
    "cnndm": ("en_cnndm.jsonl", "en"),
    "newsroom": ("en_newsroom.jsonl", "en"),
    "mlsum-de": ("de_mlsum-dummy.jsonl", "de"),
    "wikilingua-it": ("it_wikilingua-dummy.jsonl", "it"),
    "wikilingua-de": ("de_wikilingua-dummy.jsonl", "de"),
    "klexikon": ("de_klexikon.jsonl", "de"),
    "psc-pl": ("pl_psc-dummy.jsonl", "pl"),
}
METHODS = ("lead", *SUMY_METHODS, "news", "central", "auto")
# sumy's methods that run as shipped; Edmundson needs bonus and stigma words no language ships, so
# ours runs it with empty cue lists and our stop words as null words: its position and key-word
# scores alone, which makes it a lead-biased method rather than a generic one.
GENERIC_SUMY = tuple(m for m in SUMY_METHODS if m != "edmundson")
BOOTSTRAP = 10_000


class _Tokenizer:
    """Unicode words, lower-cased and stemmed per language (rouge-score's own drops non-ASCII)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def tokenize(self, text: str) -> list[str]:
        return stems(text, self.lang)


def sentences_of(text: str, lang: str) -> list[Sentence]:
    """The sentences the pipeline would see: text blocks after cleaning, split by our splitter."""
    out = []
    for k, b in enumerate(clean(text).blocks):
        if b.kind == TEXT:
            out.extend(Sentence(a, e, k) for a, e in split(text, lang, b.start, b.end))
    return out


def run(name: str, methods: tuple[str, ...], settings: SummarySettings, limit: int | None) -> dict:
    """Per-article ROUGE-1/2/Lsum F1 (x100) and milliseconds of each method: {method: [[r1, r2, rl, ms], ...]}."""
    file, lang = SETS[name]
    rows = [json.loads(line) for line in (SUMM / file).open(encoding="utf-8")][:limit]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], tokenizer=_Tokenizer(lang))
    scores: dict[str, list[list[float]]] = {m: [] for m in methods}
    for row in rows:
        text = row["text"]
        sents = sentences_of(text, lang)
        ref = "\n".join(text_of(row["summary"], lang))
        title = row.get("title") or clean(text).title
        for m in methods:
            t0 = time.perf_counter()
            chosen = summarise(text, sents, lang, title, replace(settings, method=m))
            dt = time.perf_counter() - t0
            pred = "\n".join(" ".join(text[sents[i].start : sents[i].end].split()) for i in chosen)
            sc = scorer.score(ref, pred)
            scores[m].append([100 * sc[key].fmeasure for key in ("rouge1", "rouge2", "rougeLsum")] + [1000 * dt])
    return scores


def mean(per_article: list[list[float]]) -> list[float]:
    """Column means of per-article rows."""
    return [sum(col) / len(per_article) for col in zip(*per_article)]


def interval(a: list[list[float]], b: list[list[float]], column: int = 0) -> tuple[float, float]:
    """95 % paired bootstrap interval of mean(a) - mean(b) on one score, over the same articles.

    Resampling articles (fixed seed, 10,000 draws) shows whether a margin on a small set is more
    than the luck of which articles it holds.
    """
    import numpy as np

    diff = np.array([x[column] - y[column] for x, y in zip(a, b)])
    draws = np.random.default_rng(0).integers(0, len(diff), size=(BOOTSTRAP, len(diff)))
    lo, hi = np.percentile(diff[draws].mean(axis=1), [2.5, 97.5])
    return float(lo), float(hi)


def text_of(summary: str, lang: str) -> list[str]:
    """A reference summary as sentences, one a line, as ROUGE-Lsum wants."""
    return [" ".join(summary[a:b].split()) for line in summary.splitlines() for a, b in _spans(line, lang, summary)]


def _spans(line: str, lang: str, whole: str) -> list[tuple[int, int]]:
    start = whole.index(line)
    return split(whole, lang, start, start + len(line))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--methods", nargs="*", default=list(METHODS), choices=list(METHODS))
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each set")
    a = ap.parse_args()
    settings = SummarySettings(sentences=a.sentences)
    print(f"{a.sentences}-sentence summaries; ROUGE F1 x100 R1/R2/RLsum; ms = mean per article\n")
    print("| method | " + " | ".join(a.sets) + " |")
    print("|---" * (len(a.sets) + 1) + "|")
    per_article = {s: run(s, tuple(a.methods), settings, a.limit) for s in a.sets}
    results = {s: {m: mean(rows) for m, rows in per_article[s].items()} for s in a.sets}
    for m in a.methods:
        cells = []
        for s in a.sets:
            r1, r2, rl, ms = results[s][m]
            cells.append(f"{r1:.1f}/{r2:.1f}/{rl:.1f} ({ms:.1f} ms)")
        print(f"| {m} | " + " | ".join(cells) + " |")
    print("\nn = " + ", ".join(f"{s} {len(per_article[s][a.methods[0]])}" for s in a.sets))
    if "auto" in a.methods:
        print("\n" + margins(per_article, a.sets))


def margins(per_article: dict, sets: list[str]) -> str:
    """auto against LEAD-3, the best generic sumy method and Edmundson, per set, with 95 % intervals (R1)."""
    lines = [
        "| set | auto - lead (R1/R2/RLsum) | R1 95 % interval | best generic sumy (R1) "
        "| auto - best (R1/R2/RLsum) | R1 95 % interval | auto - edmundson (R1) |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sets:
        rows = per_article[s]
        r = {m: mean(v) for m, v in rows.items()}
        auto = r["auto"]

        def versus(m: str) -> str:
            return "/".join(f"{auto[k] - r[m][k]:+.1f}" for k in range(3))

        def span(m: str | None) -> str:
            return "[{:+.1f}, {:+.1f}]".format(*interval(rows["auto"], rows[m])) if m in rows else "-"

        best = max((m for m in GENERIC_SUMY if m in r), key=lambda m: r[m][0], default=None)
        edm = f"{auto[0] - r['edmundson'][0]:+.1f}" if "edmundson" in r else "-"
        lines.append(
            f"| {s} | {versus('lead') if 'lead' in r else '-'} | {span('lead')} | {best or '-'} "
            f"| {versus(best) if best else '-'} | {span(best)} | {edm} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
