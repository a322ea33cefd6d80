"""Benchmark of visit grouping: pairwise F1 and translation links on the seeds, flat and with metadata."""

from __future__ import annotations

import json
import random
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

# The repository root replaces bench/ on the path: a sibling script named like a standard module would shadow it.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from dataclasses import replace  # noqa: E402

from digest import cleaning, language, sentences, visits  # noqa: E402
from digest.config import Config  # noqa: E402
from digest.reading import folder_rule  # noqa: E402
from digest.model import TEXT, Analysis, Article, Sentence, VisitSignals  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# The day each gold visit took place, standing in for the metadata a publisher gives.
GOLD_DATES = {"2022-02-moscow": "2022-02-10", "2024-11-astana": "2024-11-27", "2025-11-moscow": "2025-11-12"}
# Corpus sizes of the synthetic scale rows.
SCALE = (1_000, 10_000)


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
    """Precision, recall and F1 over article pairs placed in the same visit (counted per cluster, not per pair)."""
    def pairs(sizes: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in sizes)

    tp = pairs(Counter((pred[i], truth[i]) for i in truth).values())
    same_p, same_t = pairs(Counter(pred[i] for i in truth).values()), pairs(Counter(truth.values()).values())
    prec = tp / same_p if same_p else 1.0
    rec = tp / same_t if same_t else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def synthetic(n: int, seed: int = 11) -> tuple[list[Article], dict[str, str]]:
    """n articles on n/3 visits, as cached signals only: a stress test of blocking, not of reading.

    Leaders, cities and common words follow a Zipf law; each visit has its own figures and names;
    a fifth of the articles carry no date, a tenth are translations of another article.
    """
    rnd = random.Random(seed)
    letters = "bcdfghklmnprstvz"
    skeletons = [a + b + c for a in letters for b in letters for c in letters]
    rnd.shuffle(skeletons)

    def zipf(pool: list[str], k: int) -> list[str]:
        return [pool[min(int(rnd.paretovariate(1.1)) - 1, len(pool) - 1)] for _ in range(k)]

    leaders, common, cities = skeletons[:400], skeletons[400:], [f"City{i}" for i in range(300)]
    out: list[Article] = []
    truth: dict[str, str] = {}
    visit_count = max(1, n // 3)
    plans = []
    for v in range(visit_count):
        day = date(2015, 1, 1) + timedelta(days=rnd.randrange(3650))
        plans.append((day, zipf(cities, 1)[0], zipf(leaders, 2), rnd.sample(common, 8),
                      [str(rnd.randrange(100, 999999)) for _ in range(12)]))
    for i in range(n):
        v = rnd.randrange(visit_count)
        day, city, who, names, figures = plans[v]
        if out and rnd.random() < 0.1 and truth[out[-1].id] == str(v):
            sig = out[-1].analysis.signals  # a translation: the same figures, names and shape
        else:
            when = None if rnd.random() < 0.2 else day + timedelta(days=rnd.randrange(2))
            mine = sorted(set(who + rnd.sample(names, 5) + zipf(common, 25)))
            figs = tuple(rnd.sample(figures, 6) + [str(rnd.choice((10, 20, 100, day.year, day.year - 1))) for _ in range(6)])
            month = (day + timedelta(days=rnd.randrange(2))).month
            feats = {f"n:{x}" for x in mine} | {f"p:{city}"} | {f"f:{x}" for x in figs if len(x) >= 3} | {f"m:{month}"}
            sig = VisitSignals(
                when=when.isoformat() if when else None, days=(), months=(month,), month_years=(),
                mentions=(), features=tuple(sorted(feats)), names=tuple(mine), figures=figs,
                where=((city, 5),), people=tuple((k, 3) for k in who), forms=(), host_country=(), headline=(),
                paragraphs=rnd.randrange(3, 20), length=rnd.randrange(1000, 8000), quotes=rnd.randrange(6),
            )
        aid = f"s{i:05d}"
        an = Analysis(lang="en", title=None, source=None, date=sig.when, blocks=(), sentences=(), summary=(), signals=sig)
        out.append(Article(id=aid, path=f"{aid}.txt", text="", analysis=an, date=sig.when, lang="en"))
        truth[aid] = str(v)
    return out, truth


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
    # CPU time: on a shared machine, wall time measures the neighbours.
    print(f"\n{'synthetic signals':<22} {'P':>5} {'R':>5} {'F1':>5}  {'links ms':>9} {'group ms':>9} {'us/article':>10}  (CPU)")
    for n in SCALE:
        arts, truth = synthetic(n)
        t0 = time.process_time()
        linked = visits.link_duplicates(arts, Config())
        t1 = time.process_time()
        grouped, _ = visits.group(linked, Config())
        t2 = time.process_time()
        p, r, f = pairwise({a.id: a.visit or a.id for a in grouped}, truth)
        print(f"{f'{n} articles':<22} {p:5.2f} {r:5.2f} {f:5.2f}  {(t1 - t0) * 1000:9.0f} {(t2 - t1) * 1000:9.0f}"
              f" {(t2 - t0) / n * 1e6:10.0f}")


if __name__ == "__main__":
    main()
