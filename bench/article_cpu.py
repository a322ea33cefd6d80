"""Per-article analysis CPU, in total and by stage, over the first articles of a corpus.

    python bench/article_cpu.py                          # 1500 articles generated as bench/perf.py does
    python bench/article_cpu.py --n 1000 --warm 300 DIR  # a corpus of yours, the first 300 read untimed

CPU time (process_time) in one process, as a worker spends it: compare two trees in alternation,
each several times, on a shared machine.
"""

from __future__ import annotations

import argparse
import collections
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from digest import cleaning, numbers, pipeline, places, quotes, speakers, summaries, visits  # noqa: E402
from digest.cli import GC_THRESHOLD  # noqa: E402
from digest.config import Config  # noqa: E402

# (owner, name) of the stages timed on their own; each is called a few times per article, so the
# wrapper's own cost stays small beside theirs.
STAGES: list[tuple[Any, str]] = [
    (cleaning, "clean"),
    (quotes, "find_quotes"),
    (speakers, "_paragraphs"),
    (speakers.People, "_join_particles"),
    (speakers.People, "_evidenced_surnames"),
    (speakers.People, "_find_names"),
    (speakers.People, "_mark_events"),
    (speakers.People, "resolve"),
    (numbers, "find_numbers"),
    (numbers, "_scan_spans"),
    (summaries, "summarise"),
    (summaries, "_prepare"),
    (visits, "signals"),
    (visits, "_people"),
    (visits, "_words"),
    (places, "scan"),
]


def _timed(owner: Any, name: str, spent: collections.Counter[str]) -> None:
    """Replace owner.name by a wrapper adding its CPU time to spent."""
    f: Callable[..., Any] = getattr(owner, name)
    label = f"{getattr(owner, '__name__', owner)}.{name}"

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t

    setattr(owner, name, wrapper)


def _generated(n: int) -> Path:
    """A corpus of n articles made as bench/perf.py makes its own, in a temporary folder."""
    import tempfile

    from perf import make_corpus

    folder = Path(tempfile.mkdtemp(prefix="digest-article-cpu-"))
    make_corpus(folder, n)
    return folder


def main() -> None:
    """Read the articles, analyse the warm-up ones untimed, then time the rest."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="a folder of articles (default: generated, as bench/perf.py does)")
    ap.add_argument("--n", type=int, default=1500, help="articles timed")
    ap.add_argument("--warm", type=int, default=0, help="articles analysed before timing")
    ap.add_argument("--stages", action="store_true", help="also time the stages (adds a little overhead)")
    args = ap.parse_args()
    corpus = Path(args.corpus) if args.corpus else _generated(args.warm + args.n)
    paths = sorted(corpus.glob("*/*.txt")) or sorted(corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths[: args.warm + args.n]]
    conf = Config()
    settings = pipeline.Settings(conf.summary, conf.limits)
    spent: collections.Counter[str] = collections.Counter()
    if args.stages:
        for owner, name in STAGES:
            _timed(owner, name, spent)
    # The CLI's own collector thresholds: the workers run with them.
    gc.set_threshold(*GC_THRESHOLD)
    for text in texts[: args.warm]:
        pipeline.analyse(text, settings)
    spent.clear()
    timed = texts[args.warm :]
    t = time.process_time()
    for text in timed:
        pipeline.analyse(text, settings)
    per = 1000 / max(1, len(timed))
    print(f"{(time.process_time() - t) * per:.2f} ms/article CPU over {len(timed)}")
    for label, seconds in spent.most_common():
        print(f"  {label:40s} {seconds * per:6.2f} ms")


if __name__ == "__main__":
    main()
