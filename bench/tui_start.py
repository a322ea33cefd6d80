"""Time from `python` starting to the browser showing the visits, headless, with a warm cache.

    python bench/tui_start.py [PATH] [--runs N]

Each run is a fresh interpreter (imports count, as they do for a user); the first run fills a
private cache and is reported as cold.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep bench/ off the import path: a script named like a standard module would shadow it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from digest import config
from digest.tui.app import DigestApp, load_digest
t_import = time.perf_counter()
conf = config.load(sys.argv[2])
marks = {}

class Timed(DigestApp):
    def on_mount(self):
        super().on_mount()
        marks["mounted"] = time.perf_counter()
    def on_loaded(self, message):
        super().on_loaded(message)
        if message.final:
            self.call_after_refresh(self.done)
    def done(self):
        marks["shown"] = time.perf_counter()
        marks["visits"] = len(self.digest.visits)
        marks["articles"] = len(self.digest.articles)
        self.exit()

def loader(progress, partial):
    def counted(done, total, path):
        if not path:  # the pipeline reports cache hits all at once, with no path
            marks["hits"] = done
        progress(done, total, path)

    start = time.perf_counter()
    digest = load_digest([sys.argv[1]], conf, True, [], counted, partial)
    marks["pipeline"] = time.perf_counter() - start
    return digest

app = Timed(loader, corpus=sys.argv[1])
app.run(headless=True, size=(120, 35))
print(json.dumps({"import": t_import - t0, "mounted": marks["mounted"] - t0, "shown": marks["shown"] - t0,
                  "pipeline": marks["pipeline"], "hits": marks.get("hits", 0),
                  "visits": marks["visits"], "articles": marks["articles"]}))
"""


def run_once(path: str, conf: str, cache: str) -> dict[str, float]:
    """One fresh process; wall time to the visits on screen, and the child's own marks."""
    env = {**os.environ, "DIGEST_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, path, conf], env=env, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"the browser failed to start:\n{out.stderr}")
    wall = time.perf_counter() - start
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {**marks, "wall": wall}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", default=str(ROOT / "articles"))
    p.add_argument("--config", default=str(ROOT / "config.toml"))
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        rows = [("cold", run_once(args.path, args.config, cache))]
        rows += [(f"warm {i + 1}", run_once(args.path, args.config, cache)) for i in range(args.runs)]
    first = rows[0][1]
    print(f"{args.path}: {first['articles']:.0f} articles, {first['visits']:.0f} visits\n")
    print("seconds from interpreter start; pipeline = time inside digest.pipeline.build; hits = cached articles")
    print(f"{'run':<8} {'imports':>8} {'mounted':>8} {'shown':>8} {'wall':>8} {'pipeline':>9} {'hits':>5}")
    for name, r in rows:
        print(f"{name:<8} {r['import']:8.3f} {r['mounted']:8.3f} {r['shown']:8.3f} {r['wall']:8.3f} "
              f"{r['pipeline']:9.3f} {r['hits']:5.0f}")
    # A run that missed the cache (the analysing code changed meanwhile) is not a warm start.
    warm = [r["wall"] for _, r in rows[1:] if r["hits"] == r["articles"]]
    if warm:
        print(f"\nwarm cache ({len(warm)} runs), process start to visits shown: median {statistics.median(warm):.3f} s, "
              f"max {max(warm):.3f} s (target < 1 s)")
    else:
        print("\nno run hit the cache fully: is the code being edited while this runs?")


if __name__ == "__main__":
    main()
