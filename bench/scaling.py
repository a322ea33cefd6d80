"""Growth on hostile shapes: each case at size n and 2n, CPU seconds and their ratio (about 2 is linear, 4 quadratic).

    python bench/scaling.py

These were timed tests once; timing belongs here, the tests keep what the results must be.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# bench/ itself must not be on the path: a script here named like a standard module would shadow it.
sys.path[0:1] = [str(ROOT)]

from digest.config import SummarySettings  # noqa: E402
from digest.model import TEXT, Block, Sentence  # noqa: E402
from digest.numbers import find_numbers  # noqa: E402
from digest.sentences import split  # noqa: E402
from digest.speakers import People  # noqa: E402
from digest.summaries import summarise  # noqa: E402

LETTERS = "bcdfghklmnprstvz"


def _numbers(text: str) -> None:
    sentences = [Sentence(a, z, 0) for a, z in split(text, "en", 0, len(text))]
    find_numbers(text, [Block(0, len(text), TEXT)], sentences, [], "en", None)


def _name(i: int) -> str:
    return f"{LETTERS[i % 16].upper()}a{LETTERS[i // 16 % 16]}o{LETTERS[i // 256 % 16]}ov"


def _summary(method: str) -> Callable[[int], None]:
    def run(n: int) -> None:
        para = " ".join(f"Sentence {k} tells of trade number {k % 37} and partner {k % 11} in detail." for k in range(n))
        sents = [Sentence(a, z, 0) for a, z in split(para, "en", 0, len(para))]
        summarise(para, sents, "en", None, replace(SummarySettings(), method=method))
    return run


CASES: dict[str, tuple[int, Callable[[int], None]]] = {
    "numbers: URL a/a/a... (chars/2)": (10_000, lambda n: _numbers("The minister arrived. https://example.org/" + "a/" * n)),
    "numbers: 'a a a' (words)": (10_000, lambda n: _numbers("The minister arrived. " + "a " * n)),
    "numbers: separators (groups)": (2_000, lambda n: _numbers("The minister arrived. " + "1,2.3-4/5 " * n)),
    "numbers: bare digits (groups)": (1_500, lambda n: _numbers("The minister arrived. " + "1 2 3 4 5 " * n)),
    "numbers: a new speaker per sentence": (1_500, lambda n: _numbers(
        "".join(f"Trade rose 5 percent, said {_name(i)}. " for i in range(n)))),
    "people: roles, no sentence end": (2_000, lambda n: People(
        "Putin met the president and the minister and he said " * n, [(0, 53 * n)], "en").resolve()),
    "people: distinct names (names)": (600, lambda n: People(
        t := "".join(f"President {_name(i)}e said it. " for i in range(n)), [(0, len(t))], "en")),
    "sentences: no punctuation (words)": (100_000, lambda n: split("parola " * n, "it")),
    "sentences: prose (sentences)": (12_000, lambda n: split(
        "The delegation met on Tuesday, and the talks went on for hours. Officials said little. " * (n // 2), "en")),
    "sentences: opening guillemets": (5_000, lambda n: split("«" * n + " Fine. Poi.", "it")),
    **{f"summary {m}: sentences": (1_000, _summary(m)) for m in ("news", "central", "lexrank", "kl")},
}


def cpu(f: Callable[[int], object], n: int) -> float:
    t = time.process_time()
    f(n)
    return time.process_time() - t


def main() -> int:
    w = max(map(len, CASES))
    print(f"{'case':<{w}}  {'n':>8}  {'CPU s at n':>10}  {'at 2n':>8}  ratio")
    worst = 0.0
    for name, (n, f) in CASES.items():
        f(max(1, n // 20))  # data files and caches load outside the timing
        a, b = cpu(f, n), cpu(f, 2 * n)
        ratio = b / a if a > 0.005 else float("nan")
        worst = max(worst, ratio) if ratio == ratio else worst
        print(f"{name:<{w}}  {n:>8,}  {a:>10.3f}  {b:>8.3f}  {ratio:5.2f}")
    print(f"worst ratio {worst:.2f} (2 is linear, 4 quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
