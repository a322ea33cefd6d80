"""Benchmark key numbers: seed corpus against the gold annotation, and the public number suites."""

from __future__ import annotations

import sys
from pathlib import Path

# This file's folder must not shadow the standard library's "numbers" module.
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

from digest.cleaning import clean  # noqa: E402
from digest.model import TEXT, Sentence  # noqa: E402
from digest.numbers import find_numbers, format_value, scan  # noqa: E402
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


SUITES = SHARED / "suites" / "numbers"
# Recognizers-Text names currencies in each language ("Dólar", "Libra"): word stems -> ISO codes.
# Dollars of other countries (canadiense, australien...) are not US dollars.
CURRENCY_STEMS = (("dollar", "USD"), ("dólar", "USD"), ("dollaro", "USD"), ("euro", "EUR"), ("pound", "GBP"),
                  ("libra", "GBP"), ("sterlin", "GBP"), ("pfund", "GBP"), ("livre", "GBP"), ("yen", "JPY"),
                  ("yuan", "CNY"), ("rubl", "RUB"), ("ruble", "RUB"), ("rouble", "RUB"), ("rupee", "INR"),
                  ("rupia", "INR"), ("rupie", "INR"), ("roupie", "INR"), ("lira turca", "TRY"), ("turkish lira", "TRY"),
                  ("swiss franc", "CHF"), ("franco suizo", "CHF"), ("franc suisse", "CHF"), ("schweizer franken", "CHF"))
FOREIGN = ("canad", "austral", "hong kong", "new zealand", "neozeland", "singap", "taiw", "jamaic", "namib",
           "zimbab", "fidji", "fiji", "liberi", "brune", "bahama", "barbad", "belize", "bermud", "cayman",
           "guyan", "surinam", "salomon", "solomon", "trinidad", "caribe", "caraïb", "caribbean", "east carib")


def iso(name: str | None) -> str:
    """The ISO code of an upstream currency name, "?" when digest does not read that currency."""
    low = (name or "").lower()
    if any(f in low for f in FOREIGN):
        return "?"
    for stem, code in CURRENCY_STEMS:
        if stem in low:
            return code
    return "?"


def _close(a: float, b: float) -> bool:
    return a == b or (b != 0 and abs(a - b) / abs(b) < 0.005)


def _values(text: str, lang: str, kinds: set[str] | None = None) -> list[tuple[float, str | None]]:
    out = []
    for f in scan(text, lang):
        if f.kind in ("date",) or (kinds and f.kind not in kinds):
            continue
        out.append((f.value, f.unit))
        if f.value_end is not None:
            out.append((f.value_end, f.unit))
    return out


def recognizers_case(case: dict, lang: str, model: str) -> bool:
    """All expected results found with their value (and ISO unit for money, % for percentages)."""
    found = _values(case["input"], lang)
    for r in case["results"]:
        want = r.get("value")
        if not isinstance(want, (int, float)):
            return False
        unit = iso(r.get("unit")) if model == "currency" else ("%" if model == "percent" else None)
        if not any(_close(v, want) and (unit is None or u == unit) for v, u in found):
            return False
    return True


def text2num_case(case: dict, lang: str) -> bool:
    """Number words read as text2num reads them; invalid spellings must not read as one number."""
    found = [v for v, _ in _values(case["input"], lang)]
    if case["kind"] == "invalid":
        return not any(f.start == 0 and f.end == len(case["input"].strip()) for f in scan(case["input"], lang))
    expected = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", (case["expected"] or "").replace(",", "."))]
    given = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", case["input"])]
    want = [x for x in expected if x not in given or expected.count(x) > given.count(x)]
    return len(want) == len([v for v in found if v not in given]) and all(any(_close(v, w) for v in found) for w in want)


def suite_rates() -> list[tuple[str, str, int, int]]:
    """(language, file, passed, cases) for every public suite the issue names."""
    rows = []
    for lang in ("it", "de", "en", "fr", "es"):
        for model in ("number", "percent", "currency"):
            path = SUITES / f"{lang}_{model}.jsonl"
            cases = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
            cases = [c for c in cases if "dotnet" not in c.get("not_supported", [])]
            rows.append((lang, path.name, sum(recognizers_case(c, lang, model) for c in cases), len(cases)))
    for lang in ("it", "de", "en", "fr", "es"):
        path = SUITES / f"text2num_{lang}.jsonl"
        cases = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        rows.append((lang, path.name, sum(text2num_case(c, lang) for c in cases), len(cases)))
    path = SUITES / "duckling_pl_numeral.jsonl"
    cases = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    rows.append(("pl", path.name, sum(recognizers_case(c, "pl", "number") for c in cases), len(cases)))
    return rows


NOTE = """Upstream caveats: the it/de currency cases are machine-translated newswire ("$ 1,17 miliardi"),
not natural news forms; duckling's pl numerals (like its de/it ones) use English separators ("1.1",
"100,000"), which digest reads the news way (1.1 -> 1,1 is written "1,1" in Polish news, "100,000" = 100).
text2num's 'invalid' cases expect some spellings to be rejected that news never writes."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="list every number found in the seeds")
    ap.add_argument("--fails", metavar="FILE", help="print the failing cases of one suite file")
    args = ap.parse_args()
    if args.fails:
        return show_fails(args.fails)
    res = score_seeds(args.show)
    print("seed corpus vs gold/seeds.json (tools/score.py)")
    for k, v in res.items():
        print(f"  {k:20} {v:.3f}")
    print("\npublic suites (../shared/suites/numbers)")
    print(f"  {'lang':4} {'file':32} {'pass':>5} {'cases':>5} {'rate':>6}")
    by_lang: dict[str, list[int]] = {}
    for lang, name, ok, n in suite_rates():
        print(f"  {lang:4} {name:32} {ok:5} {n:5} {ok / n if n else 0:6.1%}")
        by_lang.setdefault(lang, [0, 0])
        by_lang[lang][0] += ok
        by_lang[lang][1] += n
    for lang, (ok, n) in by_lang.items():
        print(f"  {lang:4} {'all':32} {ok:5} {n:5} {ok / n:6.1%}")
    print(NOTE)
    return 0


def show_fails(name: str) -> int:
    """Print the cases of one suite file that digest gets wrong."""
    path = SUITES / name
    lang = name.removesuffix(".jsonl").split("_")[1] if name.startswith(("text2num", "duckling")) else name.split("_")[0]
    model = name.rsplit("_", 1)[-1].removesuffix(".jsonl")
    for line in path.read_text("utf-8").splitlines():
        c = json.loads(line)
        ok = text2num_case(c, lang) if name.startswith("text2num") else recognizers_case(
            c, lang, model if model in ("percent", "currency") else "number")
        if not ok and "dotnet" not in c.get("not_supported", []):
            want = c.get("expected") or [(r.get("value"), r.get("unit")) for r in c.get("results", [])]
            print(f"{c['input'][:90]!r} want {want} got {_values(c['input'], lang)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
