"""The analysis cache: SQLite keyed by content hash, settings and version; never fatal."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from digest import __version__
from digest.model import Analysis, Block, KeyNumber, Quote, Sentence, VisitSignals

ENV_DIR = "DIGEST_CACHE_DIR"
FILE_NAME = "analysis-v1.sqlite3"


def default_dir(configured: str | None = None) -> Path:
    """DIGEST_CACHE_DIR, then the config's cache_dir, then the user cache folder."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "digest"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("digest", appauthor=False))


@cache
def code_fingerprint() -> str:
    """Changes whenever the analysing code or its data changes, even without a version bump."""
    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".txt", ".toml") and "tui" not in p.parts and "output" not in p.parts:
            st = p.stat()
            h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def key(text: str, settings_key: str) -> str:
    """What one analysis depends on: the text, the settings, and the code that analyses it."""
    h = hashlib.sha256()
    for part in (code_fingerprint(), settings_key, text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class Cache:
    """A store of Analysis records; every failure degrades to a miss and a warning."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.warnings: list[str] = []
        self._db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except (OSError, sqlite3.Error) as exc:
            self._fail(f"cache disabled: {self.path}: {exc}")

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            db.execute("SELECT count(*) FROM analysis LIMIT 1").fetchone()
        except sqlite3.DatabaseError as exc:
            db.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise
            # A truncated or foreign file: start over rather than fail every run.
            self.warnings.append(f"cache {self.path} was unreadable ({exc}); rebuilt")
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        return db

    def _fail(self, message: str) -> None:
        self.warnings.append(message)
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def get_many(self, keys: list[str]) -> dict[str, Analysis]:
        """The cached analyses among keys."""
        if self._db is None or not keys:
            return {}
        out: dict[str, Analysis] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for k, blob in self._db.execute(
                    f"SELECT key, data FROM analysis WHERE key IN ({marks})", chunk
                ):
                    try:
                        out[k] = decode(blob)
                    except (ValueError, KeyError, TypeError, zlib.error):
                        pass  # a damaged row is a miss; it is rewritten below
        except sqlite3.Error as exc:
            self._fail(f"cache disabled: {self.path}: {exc}")
        return out

    def put_many(self, items: dict[str, Analysis]) -> None:
        """Store analyses; a read-only or busy database is skipped with a warning."""
        if self._db is None or not items:
            return
        try:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO analysis (key, data) VALUES (?, ?)",
                [(k, encode(a)) for k, a in items.items()],
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._fail(f"cache not written: {self.path}: {exc}")

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None


def encode(a: Analysis) -> bytes:
    """Analysis to compressed JSON."""
    return zlib.compress(json.dumps(asdict(a), ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def decode(blob: bytes) -> Analysis:
    """Compressed JSON back to an Analysis."""
    d: dict[str, Any] = json.loads(zlib.decompress(blob))
    return Analysis(
        lang=d["lang"],
        title=d["title"],
        source=d["source"],
        date=d["date"],
        blocks=tuple(Block(**b) for b in d["blocks"]),
        sentences=tuple(Sentence(**s) for s in d["sentences"]),
        summary=tuple(d["summary"]),
        quotes=tuple(_quote(q) for q in d["quotes"]),
        numbers=tuple(KeyNumber(**n) for n in d["numbers"]),
        people=tuple(d["people"]),
        places=tuple(d["places"]),
        dates=tuple(d["dates"]),
        warnings=tuple(d["warnings"]),
        signals=_signals(d["signals"]) if d.get("signals") else None,
    )


def _signals(s: dict[str, Any]) -> VisitSignals:
    return VisitSignals(
        when=s["when"],
        days=tuple(s["days"]),
        months=tuple(s["months"]),
        month_years=tuple(tuple(x) for x in s["month_years"]),
        mentions=tuple(tuple(m) for m in s["mentions"]),
        features=tuple(s["features"]),
        names=tuple(s["names"]),
        figures=tuple(s["figures"]),
        where=tuple(tuple(x) for x in s["where"]),
        people=tuple(tuple(x) for x in s["people"]),
        forms=tuple(tuple(x) for x in s["forms"]),
        host_country=tuple((k, tuple(tuple(v) for v in votes)) for k, votes in s["host_country"]),
        paragraphs=s["paragraphs"],
        length=s["length"],
        quotes=s["quotes"],
    )


def _quote(q: dict[str, Any]) -> Quote:
    q = dict(q)
    q["parts"] = tuple(tuple(p) for p in q.get("parts", ()))
    q["also_in"] = tuple(q.get("also_in", ()))
    return Quote(**q)
