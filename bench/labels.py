"""Count junk key-number labels (numbers[].what) in the probe corpora (python bench/labels.py).

A label should name what a figure counts or measures ("trade", "border", "documents signed").
Per probe (articles/ layout) this prints how many labels are junk of a kind a reader spots at once:

    func   the label opens or closes with a function word of the article's language ("whose country")
    num    a word of the label is a number word or digits ("2026: người")
    time   a word of the label is a weekday, a month or a time word ("tarde", "loni")
    name   the label is capitalised words only, not at its sentence's start, neither the counted
           noun nor an acronym ("Alliés" of a sum, "Benedicto XVI")
    year   a bare year shown as a key number with a speaker ("2027 [Faye]")

A label may fall under several kinds; "bad" counts each label once. Use -v to list them.

    python bench/labels.py                 # every probe
    python bench/labels.py W AV -v         # some of them (a name, or a folder with articles/)
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file's folder must not shadow the standard library's "numbers" module.
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from typing import Any  # noqa: E402

from digest.numbers import _month, _weekday, _whole, lexicon, parse_words  # noqa: E402

PROBES = ROOT / "bench" / "probes"
KINDS = ("func", "num", "time", "name", "year")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def digest_of(folder: Path, cache: Path) -> dict[str, Any]:
    """The digest's JSON of one folder, made by this tree."""
    out = subprocess.run(
        [sys.executable, "-m", "digest", "print", "--format", "json", str(folder)],
        cwd=cache, env={**os.environ, "DIGEST_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


def kinds(n: dict[str, Any], lang: str) -> set[str]:
    """The junk kinds of one key number's label (see the module's docstring)."""
    lex = lexicon(lang)
    what = n.get("what") or ""
    words = _WORD.findall(what)
    found: set[str] = set()
    if _YEAR.fullmatch(n["surface"].strip()) and n.get("speaker"):
        found.add("year")
    if not words:
        return found
    lows = [w.lower() for w in words]
    if lows[0] in lex.stop or lows[-1] in lex.stop:
        found.add("func")
    if any(w.isdigit() or parse_words(w, lex) is not None for w in lows):
        found.add("num")
    if any(_weekday(w, lang) or _month(w, lex) or _whole(lex.time, w) for w in lows):
        found.add("time")
    sentence = n.get("sentence") or ""
    opens = sentence.lstrip(" \"'„“«»‚‘–—-").startswith(what)
    # A counted noun ("Ukrainians", the figure's unit) and an acronym ("PIB") are what is counted.
    counted = what.lower() == (n.get("unit") or "").lower() or any(w.isupper() for w in words)
    if not lex.nouns_capitalised and all(w[:1].isupper() for w in words) and not opens and not counted:
        found.add("name")
    return found


def count(folder: Path, cache: Path, show: bool) -> dict[str, int]:
    """Junk labels of one corpus by kind, "bad" (any kind) and "all" (every label)."""
    d = digest_of(folder, cache)
    langs = {a["id"]: a.get("lang") or "en" for a in d["articles"]}
    tally = dict.fromkeys((*KINDS, "bad", "all"), 0)
    for n in d["numbers"]:
        found = kinds(n, langs.get(n["article"], "en"))
        tally["all"] += 1
        for k in found:
            tally[k] += 1
        if found:
            tally["bad"] += 1
            if show:
                print(f"    {','.join(sorted(found)):<10} {n['surface']!r:<30} -> {n.get('what')!r}  [{n.get('speaker')}]")
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", nargs="*", help="probe names (folders of bench/probes) or folders; default all")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the junk labels")
    args = ap.parse_args()
    names = args.probes or sorted(p.name for p in PROBES.iterdir() if (p / "articles").is_dir())
    total = dict.fromkeys((*KINDS, "bad", "all"), 0)
    with tempfile.TemporaryDirectory(prefix="digest-labels-") as tmp:
        for name in names:
            folder = Path(name) / "articles" if Path(name).is_dir() else PROBES / name / "articles"
            if args.verbose:
                print(name)
            tally = count(folder, Path(tmp), args.verbose)
            for k, v in tally.items():
                total[k] += v
            print(f"{Path(name).name:>8} " + " ".join(f"{k}={tally[k]}" for k in total), flush=True)
    print(f"{'total':>8} " + " ".join(f"{k}={total[k]}" for k in total))


if __name__ == "__main__":
    main()
