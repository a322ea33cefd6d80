"""Sentence splitting against the public suites (records in mode "default"): pass rate per language."""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

# A script here named like a standard module would shadow it.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from digest.sentences import split  # noqa: E402

SUITES = Path(__file__).resolve().parents[2] / "shared" / "suites" / "sentences"
# issue_derived.jsonl mixes German and Dutch; punkt's own English behaviour is an oracle, not gold.
FILE_LANG = {"issue_derived": None, "nltk_punkt_en": None}


def _norm(s: str) -> str:
    return " ".join(s.split())


def _lang_of(stem: str, text: str) -> str:
    if stem != "issue_derived":
        return stem
    return "nl" if any(w in text.split() for w in ("het", "Zie", "Jan", "Piet")) else "de"


def run(verbose: bool = False) -> dict[str, list[int]]:
    """[passed, total, passed, total] per language: all records, then those upstream passes too."""
    results: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for path in sorted(SUITES.glob("*.jsonl")):
        if path.stem == "nltk_punkt_en":
            continue
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["mode"] != "default":
                continue
            lang = _lang_of(path.stem, rec["text"])
            text = rec["text"]
            got = [_norm(text[a:b]) for a, b in split(text, lang)]
            want = [_norm(s) for s in rec["sentences"] if s.strip()]
            ok = got == want
            counts = results[lang]
            counts[0] += ok
            counts[1] += 1
            if not rec.get("xfail_upstream"):
                counts[2] += ok
                counts[3] += 1
            if verbose and not ok:
                print(f"FAIL {lang}: {text[:300]!r}\n  want {want}\n  got  {got}")
    return dict(results)


def main() -> None:
    t0 = time.perf_counter()
    results = run(verbose="-v" in sys.argv)
    elapsed = time.perf_counter() - t0
    # The last column leaves out the records the upstream tool itself marks as failing.
    print(f"{'lang':<6}{'passed':>8}{'total':>8}{'rate':>9}{'w/o xfail':>12}")
    sums = [0, 0, 0, 0]
    for lang in sorted(results, key=lambda k: -results[k][1]):
        counts = results[lang]
        sums = [a + b for a, b in zip(sums, counts)]
        print(_row(lang, counts))
    print(f"{_row('all', sums)}   ({elapsed:.2f} s)")


def _row(name: str, counts: list[int]) -> str:
    p, t, px, tx = counts
    return f"{name:<6}{p:>8}{t:>8}{100 * p / t:>8.2f}%{100 * px / tx:>11.2f}%"


if __name__ == "__main__":
    main()
