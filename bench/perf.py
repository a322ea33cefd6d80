"""Speed and scale benchmark: start-up, sample cold/warm, TUI first screen, corpus throughput, memory.

    python bench/perf.py                      # sizes 1000 (quick); add --sizes 1000,10000 for the full run
    python bench/perf.py --json bench/out/perf.json

Figures are wall-clock on this machine; ratios taken in one run are what count.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Every this many articles of the generated corpus are timed against LexRank.
GENERATED_SAMPLE = 4
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def timed(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Run cmd; return (seconds, peak RSS of the largest process MiB, peak RSS of the process tree MiB)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak_one = peak_tree = 0
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs]
            peak_one = max(peak_one, max(rss))
            peak_tree = max(peak_tree, sum(rss))
        except psutil.Error:
            pass
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return elapsed, peak_one / 2**20, peak_tree / 2**20


def best_of(n: int, cmd: list[str], env: dict[str, str]) -> float:
    return min(timed(cmd, env)[0] for _ in range(n))


def source_texts() -> list[tuple[str, str]]:
    """(lang, text) pools from the sample and the public suites."""
    pool: list[tuple[str, str]] = []
    for p in sorted((ROOT / "articles").rglob("*.txt")):
        pool.append(("seed", p.read_text("utf-8")))
    for name in ("en_cnndm.jsonl", "en_newsroom.jsonl", "de_mlsum-dummy.jsonl", "de_klexikon.jsonl",
                 "it_wikilingua-dummy.jsonl", "de_wikilingua-dummy.jsonl", "pl_psc-dummy.jsonl"):
        f = SHARED / "summ" / name
        if f.exists():
            for line in f.open(encoding="utf-8"):
                rec = json.loads(line)
                pool.append((name[:2], rec["text"]))
    for lang in ("it", "de", "pl", "fr", "es", "ru"):
        f = SHARED / "suites" / "sentences" / f"{lang}.jsonl"
        if f.exists():
            texts = [json.loads(x)["text"] for x in f.open(encoding="utf-8")]
            for i in range(0, len(texts), 8):
                pool.append((lang, "\n\n".join(texts[i : i + 8])))
    return pool


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """n articles of varied length and language; returns total characters."""
    rnd = random.Random(seed)
    pool = source_texts()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        _, text = pool[rnd.randrange(len(pool))]
        paras = [p for p in text.split("\n") if p.strip()]
        k = max(1, int(len(paras) * rnd.uniform(0.3, 1.0)))
        # A small edit keeps every article's content hash distinct, as in a real archive.
        body = f"Item {i}\n\n" + "\n\n".join(paras[:k]) + "\n"
        (folder / f"{i // 1000:03d}" / f"a{i:05d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{i // 1000:03d}" / f"a{i:05d}.txt").write_text(body, "utf-8")
        total += len(body)
    return total


def per_article_ratio(texts: list[str]) -> tuple[float, float]:
    """Mean ms per article: our whole analysis vs sumy's LexRank as shipped (our tokenizer)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from digest.config import Config
    from digest.language import detect
    from digest.pipeline import Settings, analyse
    from digest.sentences import Tokenizer
    from digest.summaries import SUMY_LANGUAGES

    conf = Config()
    settings = Settings(conf.summary, conf.limits)
    for t in texts[:3]:
        analyse(t, settings)  # warm the per-language caches
    start = time.perf_counter()
    for t in texts:
        analyse(t, settings)
    ours = (time.perf_counter() - start) / len(texts) * 1000
    start = time.perf_counter()
    for t in texts:
        lang = detect(t)
        lang_name = SUMY_LANGUAGES.get(lang, "english")
        try:
            stemmer = Stemmer(lang_name if lang != "pl" else "english")
        except LookupError:
            stemmer = Stemmer("english")
        doc = PlaintextParser.from_string(t, Tokenizer(lang if lang != "und" else "en")).document
        LexRankSummarizer(stemmer)(doc, 3)
    lexrank = (time.perf_counter() - start) / len(texts) * 1000
    return ours, lexrank


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000", help="generated corpus sizes, comma-separated")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--per-article", metavar="GC", help=argparse.SUPPRESS)
    ap.add_argument("--sample-of", metavar="FOLDER", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.per_article:
        # One measurement per process: what the first pass memoises must not speed up the next.
        if a.sample_of:
            texts = [p.read_text("utf-8") for p in sorted(Path(a.sample_of).rglob("*.txt"))[::GENERATED_SAMPLE]]
        else:
            texts = [p.read_text("utf-8") for p in sorted((ROOT / "articles").rglob("*.txt"))]
            texts += [t for _, t in source_texts()][:200]
        gc.set_threshold(*json.loads(a.per_article))
        print(json.dumps(per_article_ratio(texts)))
        return 0
    digest_cmd = [sys.executable, "-m", "digest"]
    exe = shutil.which("digest")
    rows: list[tuple[str, str, str]] = []
    out: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    env = {**os.environ, "DIGEST_CACHE_DIR": str(tmp / "cache"), "NO_COLOR": "1"}
    try:
        start_cmd = [exe] if exe else digest_cmd
        out["help_s"] = best_of(5, [*start_cmd, "--help"], env)
        out["version_s"] = best_of(5, [*start_cmd, "--version"], env)
        rows += [("digest --help", f"{out['help_s']:.3f} s", "<= 0.15 s"),
                 ("digest --version", f"{out['version_s']:.3f} s", "")]
        cold = [timed([*digest_cmd, "print", "--no-cache", "articles"], env)[0] for _ in range(3)]
        out["sample_cold_s"] = min(cold)
        timed([*digest_cmd, "print", "articles"], env)
        out["sample_warm_s"] = best_of(5, [*digest_cmd, "print", "articles"], env)
        rows += [("sample print, cold", f"{out['sample_cold_s']:.3f} s", "<= 3 s"),
                 ("sample print, warm", f"{out['sample_warm_s']:.3f} s", "<= 0.5 s")]
        tui = ROOT / "bench" / "tui_start.py"
        if tui.exists():
            res = subprocess.run([sys.executable, str(tui), "--runs", "3"], env=env, capture_output=True, text=True, cwd=ROOT)
            found = re.search(r"median ([\d.]+) s", res.stdout)
            if found:
                out["tui_first_screen_s"] = float(found.group(1))
                rows.append(("TUI visits shown, warm", f"{out['tui_first_screen_s']:.3f} s", "< 1 s"))
            else:
                rows.append(("TUI visits shown, warm", "n/a", (res.stderr or res.stdout).strip()[-80:]))
        # As the digest command runs (its collector setting, inherited by the pool workers), and
        # at CPython's default, which the same code meets when imported as a library.
        from digest.cache import TEXT_DIR
        from digest.cli import GC_THRESHOLD

        for gc_threshold, key, label, target in (
            (GC_THRESHOLD, "", "per article, news (CNN/DM): pipeline vs sumy LexRank", " (>= 5x)"),
            (gc.get_threshold(), "_default_gc", "  the same, CPython's default collector", ""),
        ):
            res = subprocess.run(
                [sys.executable, __file__, "--per-article", json.dumps(gc_threshold)],
                env=env, capture_output=True, text=True, check=True, cwd=ROOT,
            )
            ours, lexrank = json.loads(res.stdout)
            out[f"per_article{key}_ms"] = ours
            out[f"lexrank_per_article{key}_ms"] = lexrank
            rows.append((label, f"{ours:.1f} ms vs {lexrank:.1f} ms", f"{lexrank / ours:.1f}x faster{target}"))
        sizes = [int(s) for s in a.sizes.split(",") if s]
        for n in sizes:
            corpus = tmp / f"corpus{n}"
            chars = make_corpus(corpus, n)
            if n == sizes[0]:
                # The reference: the generated corpus's own articles (a sample: LexRank takes
                # seconds on its longest), long texts included, where LexRank grows quadratically.
                res = subprocess.run(
                    [sys.executable, __file__, "--per-article", json.dumps(GC_THRESHOLD), "--sample-of", str(corpus)],
                    env=env, capture_output=True, text=True, check=True, cwd=ROOT,
                )
                ours, lexrank = json.loads(res.stdout)
                out["per_article_generated_ms"] = ours
                out["lexrank_per_article_generated_ms"] = lexrank
                rows.append((f"per article, generated corpus (every {GENERATED_SAMPLE}th of {n})",
                             f"{ours:.1f} ms vs {lexrank:.1f} ms", f"{lexrank / ours:.1f}x faster (>= 5x)"))
            for jobs in sorted({1, a.jobs}):
                if n > 2000 and jobs == 1:
                    continue  # the single-core run of the big corpus adds nothing but time
                cache = tmp / f"cache{n}-{jobs}"
                e = {**env, "DIGEST_CACHE_DIR": str(cache)}
                cmd = [*digest_cmd, "print", "--format", "json", "--jobs", str(jobs), str(corpus)]
                secs, one, tree = timed(cmd, e)
                out[f"n{n}_j{jobs}_cold_s"] = secs
                out[f"n{n}_j{jobs}_cold_rss_mib"] = tree
                rows.append((f"{n} articles cold, {jobs} job(s)",
                             f"{secs:.1f} s, {n / secs:.0f} art/s, {n / secs / jobs:.0f} art/s/core",
                             f"peak RSS {one:.0f} MiB (tree {tree:.0f}), {chars / 1e6:.1f} M chars"))
            # Unchanged archive: the cold run stored its printed text, which is written again.
            secs, one, tree = timed(cmd, e)
            out[f"n{n}_warm_s"] = secs
            out[f"n{n}_warm_rss_mib"] = one
            rows.append((f"{n} articles warm, whole digest as JSON, unchanged", f"{secs:.2f} s",
                         f"peak RSS {one:.0f} MiB{'  (<= 3 s)' if n >= 10000 else ''}"))
            # As when one article has changed: every analysis decoded, assembly restored, JSON written.
            shutil.rmtree(cache / TEXT_DIR)
            secs, one, tree = timed(cmd, e)
            out[f"n{n}_warm_assembled_s"] = secs
            out[f"n{n}_warm_assembled_rss_mib"] = one
            rows.append((f"{n} articles warm, whole digest as JSON, printed again", f"{secs:.2f} s",
                         f"peak RSS {one:.0f} MiB, from the cached analyses and assembly"))
            # The whole corpus is read, checked against the cache and assembled; one visit is printed
            # (the first time: its printed text is not stored yet).
            one_visit = [*digest_cmd, "print", "--format", "json", "--visit", "000", str(corpus)]
            secs = timed(one_visit, e)[0]
            out[f"n{n}_warm_one_visit_s"] = secs
            rows.append((f"{n} articles warm, one visit printed", f"{secs:.2f} s", ""))
        if len(sizes) >= 2:
            small, big = sizes[0], sizes[-1]
            ratio = out[f"n{big}_j{a.jobs}_cold_s"] / out[f"n{small}_j{a.jobs}_cold_s"]
            out["growth_ratio"] = ratio
            rows.append((f"growth {small} -> {big}", f"{ratio:.1f}x time", f"<= {1.1 * big / small:.0f}x"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    w = max(len(r[0]) for r in rows)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name, value, note in rows:
        print(f"{name:<{w}}  {value:<40} {note}")
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
