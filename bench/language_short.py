"""Language detection on short texts: the probe and seed articles cut to their first 40, 60 and 90 words.

A brief of a few sentences has too few function words for the profiles to be telling, so its
letters decide more of it (a 90-word Romanian brief came out Portuguese). Each article's running
text (what the pipeline detects on: cleaning.clean's text blocks) is cut to its first N words and
detected, and so is every later window of N words; the gold language is the article's in its probe's gold.json (region dropped: es-AR -> es).

    python bench/language_short.py            # share right per length, and the misses
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# A script here named like a standard module would shadow it.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from digest import cleaning, language  # noqa: E402
from digest.model import TEXT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LENGTHS = (15, 25, 40, 60, 90)


def corpora() -> list[tuple[str, Path, Path]]:
    """(name, folder of articles, gold.json) for each probe and the seeds."""
    out = [(p.name, p / "flat", p / "gold.json") for p in sorted((ROOT / "bench" / "probes").iterdir())]
    out.append(("seeds", ROOT / "articles", ROOT.parent / "shared" / "gold" / "seeds.json"))
    return [c for c in out if c[1].is_dir() and c[2].is_file()]


def body(text: str) -> str:
    """The running text the pipeline detects the language of."""
    blocks = cleaning.clean(text).blocks
    return "\n".join(text[b.start : b.end] for b in blocks if b.kind == TEXT) or text


def run() -> tuple[dict[int, list[int]], dict[int, list[int]], list[str]]:
    """[right, total] per length for the article starts, the same for every window, and the start misses."""
    tally = {n: [0, 0] for n in LENGTHS}
    windows = {n: [0, 0] for n in LENGTHS}
    misses = []
    for name, folder, gold_path in corpora():
        gold = json.loads(gold_path.read_text("utf-8"))
        for path in sorted(folder.rglob("*.txt")):
            if path.name not in gold:
                continue
            want = gold[path.name]["lang"].split("-")[0]
            words = body(path.read_text("utf-8")).split()
            for n in LENGTHS:
                got = language.detect(" ".join(words[:n]))
                tally[n][0] += got == want
                tally[n][1] += 1
                if got != want:
                    misses.append(f"  {n:>3} words  {name}/{path.name}: {want} read as {got}")
                # Every later window of n words too: a brief is as often quotes as a lead.
                for start in range(n, len(words) - n + 1, n):
                    windows[n][0] += language.detect(" ".join(words[start : start + n])) == want
                    windows[n][1] += 1
    return tally, windows, misses


def main() -> None:
    tally, windows, misses = run()
    print("first n: " + "  ".join(f"{n} words: {r}/{t} = {r / t:.2f}" for n, (r, t) in tally.items()))
    print("windows: " + "  ".join(f"{n} words: {r}/{t} = {r / t:.3f}" for n, (r, t) in windows.items()))
    print("\n".join(misses))


if __name__ == "__main__":
    main()
