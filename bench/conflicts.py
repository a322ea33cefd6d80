"""Score the tool's conflicts against the probes' conflicts.json (python bench/conflicts.py).

score.py does not measure conflicts, the part analysts value most. The probe authors listed the
real conflicts (sources, or one speaker, giving different figures for the same thing) and the
look-alikes (target vs today's value, part vs total, different years or pairs) in each probe's
conflicts.json; the formats vary a little, so the gold figures are read loosely:

- a real conflict's figures are dicts (file/surface/value), lists [file, surface, speaker] or [surface, value, unit], or
  strings "lang: surface (note)"; without a value, the surface's first figure as the tool's own number
  reader reads it in the named article's language (else the string's "lang:", else each language of
  the probe's articles: the reading that takes in most of the surface) is the value, or, when the
  reader finds none, the first number of the surface with its scale word ("2 mil 800 millones",
  "półtora miliarda", "dve miliardy" need the language's numerals);
- a look-alike's sides are "a"/"b", "figures" or "values", else the parts of "what" (or "why", or of
  the look-alike itself when it is a string) split at " vs "; the list is "look_alikes" or "lookalikes".

A real conflict is found when one tool conflict (same visit) holds figures, among the sources it
lists for each value, matching at least two of its gold figures with different values (value within 1 %, and the article's stem starts with
the gold file's stem when the gold names a file). A tool conflict that finds no real conflict is
false: "look-alike" when two of its figures fall on two sides of a look-alike, else "other".
Only the articles layout is run. It is a benchmark, not a test.

    python bench/conflicts.py              # every probe with a conflicts.json
    python bench/conflicts.py -v AP AR     # some of them, listing misses and false conflicts
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.numbers import scan  # noqa: E402

PROBES = ROOT / "bench" / "probes"

# Scale words of the probes' languages, longest first so "mil milhões" beats "mil".
SCALES: list[tuple[str, float]] = [
    (r"mil milh|mil mill|billion|bilh|bn\b|mld|mlrd|mia\b|milliar|milliár|miliar|milijar|miljar|milyar|млрд|миллиард|милијард|милиард|мільярд|δισ", 1e9),
    (r"million|millon|millón|milion|milhõ|milhão|millió|milljón|milliún|miljon|miljoen|milyon|milj|mln|млн|миллион|милион|мільйон|εκατ|\bm\b", 1e6),
    (r"thousand|\bmila\b|tys\.|тыс|тис|tūkst|χιλ|\bbin\b|آلاف|ألف", 1e3),
    (r"مليار|میلیارد|מיליארד|अरब|tỷ|tỉ", 1e9), (r"مليون|میلیون|מיליון|triệu", 1e6), (r"करोड़", 1e7), (r"लाख", 1e5),
    (r"万亿|兆", 1e12), (r"亿|億|억", 1e8), (r"万", 1e4),
]
NUMBER = re.compile(r"\d+(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


@dataclass
class Figure:
    """One gold figure: the article (stem, may be empty) and its value, as each written form reads it
    ("약 2억3천만 달러 / about $230 million": the Korean form's composite numeral is beyond values_in)."""
    file: str
    values: tuple[float, ...]

    def same(self, other: Figure) -> bool:
        """The two figures share a value: one figure, not the two sides of a conflict."""
        return any(close(a, b) for a in self.values for b in other.values)


def parse_number(text: str) -> float:
    """'1.200' -> 1200, '1,2' -> 1.2, '29 000' -> 29000, '1.234,5' -> 1234.5."""
    text = text.replace("\u00a0", " ")
    if " " in text:
        text = text.replace(" ", "")
    if "." in text and "," in text:
        decimal = max(text.rfind("."), text.rfind(","))
        return float(text[:decimal].replace(".", "").replace(",", "") + "." + text[decimal + 1:])
    for sep in ".,":
        parts = text.split(sep)
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3):
            return float(text.replace(sep, ""))
        if len(parts) == 2:
            return float(parts[0] + "." + parts[1])
    return float(text)


def values_in(text: str) -> list[float]:
    """Every number of a free-text figure with its scale word; the last scale word of the text
    ('48 / ~60 milionë euro') also scales the bare numbers before it. Years are skipped."""
    found: list[tuple[float, float | None]] = []
    for m in NUMBER.finditer(text):
        after = text[m.end():m.end() + 16].lower()
        scale = next((s for pat, s in SCALES if re.match(r"\s*\.?\s*(?:" + pat + ")", after)), None)
        value = parse_number(m.group())
        if scale is None and m.group().isdigit() and 1900 <= value <= 2100:
            continue
        found.append((value, scale))
    tail = max((i for i, (_, s) in enumerate(found) if s), default=-1)
    return [v * (s or (found[tail][1] if i < tail else None) or 1.0) for i, (v, s) in enumerate(found)]


# Figures the reader finds that are no amount: "in 2025", "on 3 May", "the 2nd round", a name's number.
NOT_AMOUNTS = frozenset({"year", "date", "period", "name", "marker", "ordinal"})


def read_value(form: str, langs: list[str]) -> float | None:
    """The first amount of one written form as the tool reads it in the likeliest of langs, or None.

    The likeliest language is the one whose reading takes in most of the form (its scale word and unit:
    "około 180 tysięcy Polaków" is 180 000 in Polish, a bare 180 elsewhere). Equally long readings that
    differ ("$20.1 billion" is 2.01e13 where a billion is 10^12, "25.000 millones" 25 000 where "."
    is no thousands separator) are settled by the regex parser's value when it read a scale word
    there, else by the largest value (the one that understood a scale word the others read past:
    "27 miliónov eur" is 27 million in Slovak, a bare 27 in a language without that word).
    """
    reads = [(f.end - f.start, f.value) for lang in dict.fromkeys(langs)
             for f in [next((f for f in scan(form, lang) if f.kind not in NOT_AMOUNTS), None)] if f]
    if not reads:
        return None
    widest = max(span for span, _ in reads)
    values = [v for span, v in reads if span == widest]
    naive, first = values_in(form), NUMBER.search(form)
    if naive and first and not close(naive[0], parse_number(first.group())) and any(close(v, naive[0]) for v in values):
        return naive[0]
    return max(values)


def surface_value(form: str, langs: list[str]) -> float | None:
    """One written form's value: the tool's reading, else the first number values_in finds."""
    value = read_value(form, langs) if langs else None
    if value is None:
        found = values_in(form)
        value = found[0] if found else None
    return value


def stem(name: str) -> str:
    """'xabar24-saidov.txt (uz, translation)' -> 'xabar24-saidov'."""
    return name.split(" ")[0].removesuffix(".txt").strip()


def gold_langs(file: str, text: str, langs: dict[str, str]) -> list[str]:
    """The languages a gold figure may be written in: its article's, else the one it starts with ("pl: …"),
    else every language of the probe's articles (a note's "(… pl)" may name another form's language:
    "oltre 12 miliardi (Kim; also pl ponad 12 mld)")."""
    if file and (named := [lang for art, lang in langs.items() if art.startswith(file) or file.startswith(art)]):
        return named
    known = set(langs.values())
    prefix = re.match(r"([a-z]{2})(?:-[A-Za-z]+)?:", text)
    return [prefix.group(1)] if prefix and prefix.group(1) in known else sorted(known)


def gold_figure(entry: Any, langs: dict[str, str] | None = None) -> Figure | None:
    """A real conflict's figure in any of the formats; None when it has no readable value.

    langs maps the probe's article ids to their languages, as the tool detected them."""
    if isinstance(entry, dict):
        surface, file = str(entry.get("surface", "")), stem(str(entry.get("file", "")))
        if entry.get("value") is not None:
            return Figure(file, (float(entry["value"]),))
    elif isinstance(entry, list) and len(entry) > 1 and isinstance(entry[1], (int, float)):
        return Figure("", (float(entry[1]),))  # [surface, value, unit], no file named
    elif isinstance(entry, list):
        file, surface = stem(entry[0]), str(entry[1])
    else:
        file, surface = "", re.sub(r"^[a-z]{2}(?:-[A-Za-z]{2})?:\s*", "", str(entry))
    candidates = gold_langs(file, str(entry) if isinstance(entry, str) else surface, langs or {})
    # Each written form of the one figure ("약 70억 달러 / About US$7 billion", "₹16,600 crore = ~2 bn USD"): its first value.
    values = tuple(v for form in re.split(r" / | = ", surface) if (v := surface_value(form, candidates)) is not None)
    return Figure(file, values) if values else None


def lookalike_sides(entry: dict[str, Any] | str) -> list[list[float]]:
    """The values on each side of a look-alike (a side may list several)."""
    if isinstance(entry, str):
        # Probe BB writes each look-alike as one free-text line: its sides are split at " vs ".
        entry = {"what": entry}
    if "a" in entry and "b" in entry:
        sides: list[Any] = [entry["a"], entry["b"]]
    elif entry.get("figures") or entry.get("values"):
        sides = entry.get("figures") or entry.get("values")
    else:
        # Probe AU writes its look-alikes' sides in "why" alone.
        sides = re.split(r"\s+vs\.?\s+", str(entry.get("what") or entry.get("why", "")))
    out: list[list[float]] = []
    for side in sides:
        if isinstance(side, dict):
            out.append([float(side["value"])] if side.get("value") is not None else values_in(str(side.get("surface", ""))))
        else:
            out.append(values_in(str(side[1] if isinstance(side, list) else side)))
    return [s for s in out if s]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))


def matches(number: dict[str, Any], figure: Figure) -> bool:
    """A tool number is the gold figure: value within 1 % and the same article when named."""
    article = str(number.get("article", ""))
    same_file = not figure.file or article.startswith(figure.file) or figure.file.startswith(article)
    return (same_file and number.get("value") is not None
            and any(close(float(number["value"]), value) for value in figure.values))


def differ(figures: list[Figure]) -> bool:
    """Two of the figures are different figures (share no value)."""
    return any(not a.same(b) for a in figures for b in figures)


def finds(numbers: list[dict[str, Any]], figures: list[Figure]) -> bool:
    """Two of the conflict's numbers match two gold figures of different values."""
    return differ([f for f in figures if any(matches(n, f) for n in numbers)])


def straddles(numbers: list[dict[str, Any]], sides: list[list[float]]) -> bool:
    """Two of the conflict's numbers fall on two different sides of a look-alike."""
    on = [(float(n["value"]), i) for n in numbers if n.get("value") is not None
          for i, side in enumerate(sides) if any(close(float(n["value"]), v) for v in side)]
    return any(i != j and not close(a, b) for a, i in on for b, j in on)


def run_tool(folder: Path, cache: str) -> dict[str, Any]:
    digest = subprocess.run(
        [sys.executable, "-m", "digest", "print", "--format", "json", str(folder)],
        cwd=tempfile.gettempdir(), env={**os.environ, "DIGEST_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, check=True,
    )
    return json.loads(digest.stdout)


def score(probe: Path, cache: str, verbose: bool) -> tuple[int, int, int, int]:
    """(real conflicts, found, false on a look-alike, false otherwise) for one probe."""
    gold = json.loads((probe / "conflicts.json").read_text(encoding="utf-8"))
    reals = gold.get("real_conflicts") or gold.get("real") or gold.get("conflicts") or []
    lookalikes = gold.get("look_alikes") or gold.get("lookalikes") or gold.get("look_alikes_not_conflicts") or []
    out = run_tool(probe / "articles", cache)
    langs = {str(a.get("id", "")): str(a.get("lang", "")) for a in out.get("articles", [])}
    by_id = {n["id"]: n for n in out.get("numbers", [])}
    tool = [(c.get("visit"), c.get("what"), [by_id[i] for i in c.get("numbers", []) if i in by_id])
            for c in out.get("conflicts") or []]
    # Each value's every source, as the conflict lists them to a reader (markdown "about $200 m (pl …; ru …)",
    # JSON "sources"): a gold figure may be the second source of a value the conflict shows by its first.
    shown = [[by_id[i] for ids in c.get("sources") or [c.get("numbers", [])] for i in ids if i in by_id]
             for c in out.get("conflicts") or []]
    total = found = 0
    used: set[int] = set()
    for real in reals:
        # Probes AW-AY write the two sides as free text in "a" and "b".
        entries = real.get("values") or real.get("figures") or [real[k] for k in ("a", "b") if k in real]
        figures = [f for e in entries if (f := gold_figure(e, langs))]
        if not differ(figures):
            continue  # no two readable different values: not scorable
        total += 1
        hit = [k for k, (visit, _, _) in enumerate(tool)
               if (not real.get("visit") or visit == real["visit"]) and finds(shown[k], figures)]
        used.update(hit)
        found += bool(hit)
        if verbose and not hit:
            print(f"    MISSED {real.get('visit')}: {real.get('what')}")
    false_look = false_other = 0
    for k, (visit, what, nums) in enumerate(tool):
        if k in used:
            continue
        look = any(straddles(nums, lookalike_sides(la)) for la in lookalikes
                   if isinstance(la, str) or not la.get("visit") or la["visit"] == visit)
        false_look += look
        false_other += not look
        if verbose:
            shown = " vs ".join(f"{n['surface']} ({n['article'].split('-')[0]})" for n in nums)
            print(f"    FALSE ({'look-alike' if look else 'other'}) {visit}: {what}: {shown}")
    return total, found, false_look, false_other


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", nargs="*", help="probe names (folders of bench/probes); default all")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false conflicts")
    args = ap.parse_args()
    names = args.probes or sorted(p.name for p in PROBES.iterdir() if (p / "conflicts.json").exists())
    cache = os.environ.get("DIGEST_CACHE_DIR") or tempfile.mkdtemp(prefix="digest-conflicts-")
    sums = [0, 0, 0, 0]
    for name in names:
        row = score(PROBES / name, cache, args.verbose)
        sums = [a + b for a, b in zip(sums, row)]
        total, found, look, other = row
        print(f"{name:>3} real {found}/{total} found, {total - found} missed; false: {look} look-alike, {other} other", flush=True)
    total, found, look, other = sums
    print(f"TOTAL real {found}/{total} found, {total - found} missed; false: {look} look-alike, {other} other")


if __name__ == "__main__":
    main()
