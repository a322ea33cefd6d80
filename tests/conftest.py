"""Shared fixtures: paths to the sample corpus and the shared gold data, an isolated cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTICLES = ROOT / "articles"
SEEDS = SHARED / "seeds"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's cache."""
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def gold() -> dict:
    """The human reading of the five seeds."""
    return json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed files, decoded, by file name."""
    return {p.name: p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))}
