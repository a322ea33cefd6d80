"""Benchmark of visit grouping: pairwise F1 and translation links on the seeds, flat and with metadata."""

from __future__ import annotations

import json
import sys
import tomllib
import time
from itertools import combinations
from pathlib import Path

# The repository root replaces bench/ on the path: a sibling bench/numbers.py would shadow the stdlib.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from dataclasses import replace  # noqa: E402

from digest import cleaning, language, sentences, visits  # noqa: E402
from digest.config import Config  # noqa: E402
from digest.reading import folder_rule  # noqa: E402
from digest.model import TEXT, Analysis, Article, Sentence  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# The day each gold visit took place, standing in for the metadata a publisher gives.
GOLD_DATES = {"2022-02-moscow": "2022-02-10", "2024-11-astana": "2024-11-27", "2025-11-moscow": "2025-11-12"}


def articles(with_metadata: bool) -> tuple[list[Article], dict[str, str]]:
    """The seeds as one flat folder; with_metadata adds the gold date as a publisher would."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
    out, truth = [], {}
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text("utf-8")
        an = analysis(text)
        vid = gold[path.name]["visit"]
        aid = path.stem
        truth[aid] = vid
        date = GOLD_DATES[vid] if with_metadata else an.date
        out.append(Article(id=aid, path=str(path), text=text, analysis=an, date=date, lang=an.lang))
    return out, truth


def shipped() -> tuple[list[Article], dict[str, str], Config]:
    """The shipped articles/ as the reader passes them: folder hints, sidecar dates, visit.toml rules."""
    out, truth, rules = [], {}, []
    for folder in sorted(p for p in (ROOT / "articles").iterdir() if p.is_dir()):
        rule, _ = folder_rule(str(ROOT / "articles"), folder.name)
        if rule:
            rules.append(rule)
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            an = analysis(text)
            side = path.with_suffix(".toml")
            meta = tomllib.loads(side.read_text("utf-8")) if side.exists() else {}
            date = str(meta["date"]) if "date" in meta else an.date
            truth[path.stem] = folder.name
            out.append(Article(id=path.stem, path=str(path), text=text, analysis=an, date=date, lang=an.lang,
                               visit_hint=folder.name, visit_hint_by="folder"))
    return out, truth, replace(Config(), visits=tuple(rules))


def analysis(text: str) -> Analysis:
    """Only what grouping reads (cleaning, sentences, signals): the other stages are not measured here."""
    c = cleaning.clean(text)
    body = "\n".join(text[b.start : b.end] for b in c.blocks if b.kind == TEXT)
    lang = language.detect(body)
    sents = [
        Sentence(x, y, i)
        for i, b in enumerate(c.blocks)
        if b.kind == TEXT
        for x, y in sentences.split(text, lang, b.start, b.end)
    ]
    date, dates, places, signals = visits.signals(text, c.blocks, sents, lang)
    return Analysis(lang=lang, title=c.title, source=c.source, date=date, blocks=c.blocks,
                    sentences=tuple(sents), summary=(), places=places, dates=dates, signals=signals)


def pairwise(pred: dict[str, str], truth: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over article pairs placed in the same visit."""
    ids = sorted(truth)
    same_p = {p for p in combinations(ids, 2) if pred[p[0]] == pred[p[1]]}
    same_t = {p for p in combinations(ids, 2) if truth[p[0]] == truth[p[1]]}
    tp = len(same_p & same_t)
    prec = tp / len(same_p) if same_p else 1.0
    rec = tp / len(same_t) if same_t else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def main() -> None:
    print(f"{'corpus':<22} {'P':>5} {'R':>5} {'F1':>5}  {'dup links':<28} {'ms':>5}  visits")
    runs = [("seeds flat, no dates", *articles(False), Config()), ("seeds flat, dated", *articles(True), Config()),
            ("shipped articles/", *shipped())]
    for name, arts, truth, config in runs:
        t0 = time.perf_counter()
        linked = visits.link_duplicates(arts, config)
        grouped, vs = visits.group(linked, config)
        ms = (time.perf_counter() - t0) * 1000
        pred = {a.id: a.visit or a.id for a in grouped}
        p, r, f = pairwise(pred, truth)
        dups = ", ".join(f"{a.id[:3]}->{a.duplicate_of[:3]}" for a in linked if a.duplicate_of) or "none"
        print(f"{name:<22} {p:5.2f} {r:5.2f} {f:5.2f}  {dups:<28} {ms:5.0f}")
        for v in vs:
            arts_ = " ".join(i[:3] for i in v.articles)
            print(f"    {v.id:<20} {v.grouped_by:<6} {v.start or '-':>10}..{v.end or '-':<10} {v.place or '-':<8} [{arts_}] {v.title}"
                  f" | {', '.join(v.participants)} | {'/'.join(v.languages)}")


if __name__ == "__main__":
    main()
