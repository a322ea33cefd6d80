"""Golden files for the printed and Markdown digests of a small fixed corpus (fixed width)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
GOLDEN = Path(__file__).parent / "golden"


def _digest(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    out = subprocess.run(
        [sys.executable, "-m", "digest", *args, str(CORPUS.relative_to(ROOT))],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=True,
    )
    return out.stdout


@pytest.mark.parametrize(
    "name, args",
    [
        ("print.md", ("print", "--format", "markdown", "--width", "78")),
        ("print.txt", ("print", "--width", "100")),
        ("quotes.md", ("quotes", "--format", "markdown", "--speaker", "Macron")),
        ("numbers.md", ("numbers", "--format", "markdown")),
    ],
)
def test_golden(name: str, args: tuple[str, ...]) -> None:
    got = _digest(*args)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(got, "utf-8")
    assert got == path.read_text("utf-8"), f"{name} changed; regenerate with UPDATE_GOLDEN=1 and review"
