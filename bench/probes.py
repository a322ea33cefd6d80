"""Score the held-out probe corpora in bench/probes/ with the shared scorer (python bench/probes.py).

Each probe is a folder with articles/ (one folder per visit), flat/ (the same files in one folder,
so visits must be found without folder hints) and gold.json, written by a reader before the tool
was run on it. The scores of a probe are honest only for the commit it was first scored at (its
README says which); after fixes they are a regression check, not a measure of generalisation.

    python bench/probes.py                 # every probe
    python bench/probes.py W X             # some of them
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "bench" / "probes"
SCORE = ROOT.parent / "shared" / "tools" / "score.py"


def score(probe: Path, layout: str, cache: Path) -> str:
    """score.py's summary line for one layout (articles or flat) of a probe."""
    folder = probe / layout
    digest = subprocess.run(
        [sys.executable, "-m", "digest", "print", "--format", "json", str(folder)],
        cwd=cache, env={**os.environ, "DIGEST_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, check=True,
    )
    out = cache / f"{probe.name}-{layout}.json"
    out.write_text(digest.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORE), str(out), str(probe / "gold.json"), str(folder)],
        capture_output=True, text=True, check=True,
    )
    return next((line for line in scored.stdout.splitlines() if line.startswith("summary:")), scored.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", nargs="*", help="probe names (folders of bench/probes); default all")
    names = ap.parse_args().probes or sorted(p.name for p in PROBES.iterdir() if (p / "gold.json").exists())
    if not SCORE.exists():
        sys.exit(f"probes: the scorer is missing: {SCORE}")
    with tempfile.TemporaryDirectory(prefix="digest-probes-") as tmp:
        for name in names:
            for layout in ("articles", "flat"):
                if (PROBES / name / layout).is_dir():
                    print(f"{name:>3} {layout:<8} {score(PROBES / name, layout, Path(tmp))}", flush=True)


if __name__ == "__main__":
    main()
