"""Benchmark key numbers: seed corpus against the gold annotation, and the public number suites."""

from __future__ import annotations

import sys
from pathlib import Path

# This file's folder must not shadow the standard library's "numbers" module.
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

from digest.cleaning import clean  # noqa: E402
from digest.model import TEXT, Sentence  # noqa: E402
from digest.numbers import find_numbers, format_value  # noqa: E402
from digest.sentences import split  # noqa: E402

SHARED = ROOT.parent / "shared"


def sentences_of(text: str, lang: str) -> tuple[list, list[Sentence]]:
    """Blocks and sentences the way the pipeline makes them."""
    blocks = list(clean(text).blocks)
    sents = [
        Sentence(a, b, i)
        for i, blk in enumerate(blocks)
        if blk.kind == TEXT
        for a, b in split(text, lang, blk.start, blk.end)
    ]
    return blocks, sents


def seed_numbers(show: bool = False) -> dict[str, list]:
    """Key numbers of every seed article, by file name."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
    out = {}
    for name, g in gold.items():
        text = (SHARED / "seeds" / name).read_text("utf-8")
        blocks, sents = sentences_of(text, g["lang"])
        nums = find_numbers(text, blocks, sents, [], g["lang"], None)
        out[name] = nums
        if show:
            print(f"== {name}")
            for n in nums:
                print(f"  {n.start:6} {format_value(n):32} | {n.surface!r:40} | {n.what[:30]!r} | {n.speaker}")
    return out


def score_seeds(show: bool = False) -> dict[str, float]:
    """numbers precision, recall and unit accuracy from ../shared/tools/score.py."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
    nums = seed_numbers(show)
    digest = {
        "articles": [{"id": name, "path": name, "lang": g["lang"]} for name, g in gold.items()],
        "numbers": [
            {"article": name, "value": n.value, "value_end": n.value_end, "unit": n.unit, "surface": n.surface}
            for name, ns in nums.items()
            for n in ns
        ],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(digest, fh)
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), fh.name, str(SHARED / "gold" / "seeds.json"),
         str(SHARED / "seeds")],
        capture_output=True, text=True, check=True,
    )
    if show:
        print(res.stdout)
    return {k: v for k, v in json.loads(subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), fh.name, str(SHARED / "gold" / "seeds.json"),
         str(SHARED / "seeds"), "--json"], capture_output=True, text=True, check=True).stdout.splitlines()[0]).items()
        if k.startswith("numbers")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="list every number found in the seeds")
    args = ap.parse_args()
    res = score_seeds(args.show)
    print("seed corpus vs gold/seeds.json (tools/score.py)")
    for k, v in res.items():
        print(f"  {k:20} {v:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
