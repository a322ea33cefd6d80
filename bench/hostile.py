"""Time the per-article analysis on full-size hostile inputs, and the CLI on a 50 MB paragraph with default caps.

Run: python bench/hostile.py [seconds per case, default 120]
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# bench/ itself must not be on the path: a script here named like a standard module would shadow it.
sys.path[0:1] = [str(ROOT), str(ROOT / "tests")]

import hostile_corpus as hc  # noqa: E402

from digest.config import Limits, SummarySettings  # noqa: E402
from digest.pipeline import Settings, analyse  # noqa: E402

PROSE = (
    "The delegation said on Tuesday that the talks had been a success. \u201cIt is a good deal,\u201d "
    "the minister said, adding that trade had grown by 12 percent to 5 billion dollars. "
)


def cases() -> dict[str, str]:
    """Hostile texts at the sizes users actually paste (or worse)."""
    head = "Minister opens talks in the capital today\n\n"
    return {
        "url 100 kB (a/a/a...)": head + "See https://example.org/" + "a/" * 50_000 + " for details.\n",
        "word 200 kB": head + "The minister said " + "x" * 200_000 + " today.\n",
        "prose paragraph 200 kB": head + PROSE * (200_000 // len(PROSE)) + "\n",
        "prose paragraph 1 MB": head + PROSE * (1_000_000 // len(PROSE)) + "\n",
        "no punctuation 1 MB": head + "the minister and the delegation talked about trade " * 20_000 + "\n",
        "10,000 short lines": "\n".join(f"line {i} of the list" for i in range(10_000)) + "\n",
        "10,000 quote marks": head + "\u201c\u00ab\u201e\"" * 2_500 + "\n",
        "nested quotes x2000": head + "He said " + "\u00ab\u201e" * 2_000 + "words" + "\u201c\u00bb" * 2_000 + ".\n",
        "combining marks 100 kB": head + "e\u0301\u0300" * 33_000 + " end.\n",
    }


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError


def bench_analyse(limit: int) -> None:
    settings = Settings(SummarySettings(), Limits())
    signal.signal(signal.SIGALRM, _timeout)
    print(f"{'case':26} {'chars':>9} {'seconds':>8} {'sents':>6} {'quotes':>6} {'numbers':>7}  warnings")
    for name, text in cases().items():
        start = time.perf_counter()
        signal.alarm(limit)
        try:
            a = analyse(text, settings)
        except TimeoutError:
            print(f"{name:26} {len(text):9,} {'>' + str(limit):>8}")
            continue
        finally:
            signal.alarm(0)
        took = time.perf_counter() - start
        warn = "; ".join(a.warnings)[:60]
        print(f"{name:26} {len(text):9,} {took:8.2f} {len(a.sentences):6} {len(a.quotes):6} {len(a.numbers):7}  {warn}")


def bench_cli(limit: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "articles").mkdir()
        hc.big_paragraph(base / "articles" / "big.txt")
        start = time.perf_counter()
        try:
            r = hc.run_digest(["print", "--format", "json", "articles"], base, base / "cache", timeout=limit)
        except subprocess.TimeoutExpired:
            print(f"\n50 MB paragraph, default caps: not done in {limit} s")
            return
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        warnings = [w["message"] for w in json.loads(r.stdout)["warnings"]] if r.returncode == 0 else [r.stderr[-200:]]
        print(f"\n50 MB paragraph, default caps: exit {r.returncode}, {took:.1f} s, peak RSS {peak:.0f} MB")
        for w in warnings:
            print(f"  warning: {w}")


if __name__ == "__main__":
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    bench_analyse(seconds)
    bench_cli(seconds * 3)
