"""The analysis cache: SQLite keyed by content hash, settings and version; never fatal."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import queue
import sqlite3
import sys
import tempfile
import threading
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from digest import __version__
from digest.model import (
    Analysis, Article, Block, Coded, Conflict, Digest, KeyNumber, Packed, Problem, Quote, Sentence, Speaker,
    SummaryLine, Tagged, TaggedQuotes, Trend, Visit, VisitSignals,
)
from digest.safety import inert_utf8

ENV_DIR = "DIGEST_CACHE_DIR"
FILE_NAME = "analysis-v1.sqlite3"
# Where a figure's sentence sits in a KeyNumber row.
_SENTENCE = [f.name for f in fields(KeyNumber)].index("sentence")
_PARTS, _ALSO_IN = ([f.name for f in fields(Quote)].index(n) for n in ("parts", "also_in"))
# Text fields whose values recur across an archive (units, labels, qualifiers, speakers, cue verbs;
# whole figures and sentences in republished copies): one copy of each is kept in memory.
_SHARED_NUMBER = [
    [f.name for f in fields(KeyNumber)].index(n) for n in ("surface", "unit", "what", "qualifier", "speaker")
]
# Where a figure's speaker sits in its row.
_SPEAKER = [f.name for f in fields(KeyNumber)].index("speaker")
# (A quote's text too: copies and translations' originals republish it word for word.)
_SHARED_QUOTE = [[f.name for f in fields(Quote)].index(n) for n in ("text", "speaker", "speaker_form", "cue", "kind")]
# Assembled corpora kept: enough for a few folders and selections used in turn.
KEEP_CORPORA = 8
# Printed digests kept, as files beside the database: an archive's is tens of megabytes.
TEXT_DIR = "printed"
KEEP_TEXTS = 4
# Half-written printed digests older than this were left by a killed run.
STALE_PART_S = 3600
# A stored text ends with the SHA-256 of what comes before it, so damage is caught before printing.
_CHECK = 32
# Stored text is inflated this many bytes at a time.
_CHUNK = 1 << 20


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


@cache
def output_fingerprint() -> str:
    """Changes whenever the analysing code or the code that writes a digest out changes."""
    h = hashlib.sha256(code_fingerprint().encode())
    for p in sorted((Path(__file__).parent / "output").glob("*.py")):
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
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
            _create(db)
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
            _create(db)
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

    def put_many(self, items: dict[str, bytes]) -> None:
        """Store encoded analyses; a read-only or busy database is skipped with a warning."""
        if items:
            self._write(lambda db: db.executemany(
                "INSERT OR REPLACE INTO analysis (key, data) VALUES (?, ?)", items.items()))

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> None:
        """Run work in one transaction; a failure rolls back, warns and disables the cache."""
        if self._db is None:
            return
        try:
            self._db.execute("BEGIN")
            work(self._db)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._fail(f"cache not written: {self.path}: {exc}")

    def has_all(self, keys: Sequence[str]) -> bool:
        """Whether every key has a cached analysis (checked without reading any)."""
        if self._db is None:
            return False
        wanted = set(keys)
        found = 0
        try:
            chunks = list(wanted)
            for i in range(0, len(chunks), 500):
                chunk = chunks[i : i + 500]
                marks = ",".join("?" * len(chunk))
                found += self._db.execute(f"SELECT count(*) FROM analysis WHERE key IN ({marks})", chunk).fetchone()[0]
        except sqlite3.Error as exc:
            self._fail(f"cache disabled: {self.path}: {exc}")
            return False
        return found == len(wanted)

    def get_products(self, corpus: str) -> Products | None:
        """What assembling these articles produced last time; None on a miss or a damaged entry."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT data FROM products WHERE key = ?", (corpus,)).fetchone()
            if row is None:
                return None
            self._db.execute("UPDATE products SET used = ? WHERE key = ?", (time.time(), corpus))
            return _restore(_unpack(row[0]))
        except sqlite3.Error as exc:
            self._fail(f"cache disabled: {self.path}: {exc}")
        except (ValueError, KeyError, TypeError, IndexError, zlib.error):
            pass  # a damaged entry is a miss; it is rewritten
        return None

    def put_products(self, corpus: str, digest: Digest) -> None:
        """Keep what assembling produced; only the most recently used few corpora are kept."""
        if self._db is None:
            return
        row = (corpus, _products(digest), time.time())

        def work(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO products (key, data, used) VALUES (?, ?, ?)", row)
            db.execute("DELETE FROM products WHERE key NOT IN (SELECT key FROM products ORDER BY used DESC LIMIT ?)",
                       (KEEP_CORPORA,))

        self._write(work)

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None


def stored_text(folder: Path, key: str) -> StoredText | None:
    """What a front end printed last time under key, from the cache in folder; None on a miss or
    a damaged file (checked whole before any of it is handed out)."""
    path = folder / TEXT_DIR / f"{key}.gz"
    try:
        data = memoryview(path.read_bytes())
        body = data[:-_CHECK]
        if hashlib.sha256(body).digest() != data[-_CHECK:]:
            raise ValueError("checksum")
        z = zlib.decompressobj(wbits=31)
        head, tail = b"", body
        while b"\n" not in head:
            if not tail:
                raise ValueError("no header")
            head += z.decompress(tail, _CHUNK)
            tail = z.unconsumed_tail
        head, _, first = head.partition(b"\n")
        warnings = tuple(Problem(p, m) for p, m in json.loads(head))
        os.utime(path)  # the most recently used are kept
    except FileNotFoundError:
        return None
    except (OSError, zlib.error, ValueError, TypeError):
        with suppress(OSError):
            path.unlink(missing_ok=True)  # a damaged file is a miss; it is rewritten
        return None
    return StoredText(warnings, inert_utf8(_inflated(z, first, tail)))


def _inflated(z: Any, first: bytes, tail: bytes) -> Iterator[bytes]:
    # An archive's printed digest is never held whole: a piece at a time, as it is written out.
    yield first
    while tail:
        yield z.decompress(tail, _CHUNK)
        tail = z.unconsumed_tail
    yield z.flush()


def storing_text(folder: Path, key: str, warnings: Sequence[Problem], pieces: Iterable[str]) -> Iterator[str]:
    """pieces passed on as they come, and stored under key in the cache in folder once the last
    has gone (nothing is stored if the reader stops early or the folder cannot be written)."""
    texts = folder / TEXT_DIR
    try:
        texts.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(dir=texts, suffix=".part")
    except OSError:
        yield from pieces
        return
    deflater = _Deflater(os.fdopen(fd, "wb"))
    deflater.start()
    try:
        deflater.put(json.dumps([[w.path, w.message] for w in warnings]) + "\n")
        for piece in pieces:
            yield piece
            deflater.put(piece)
        if deflater.finish():
            with suppress(OSError):
                os.replace(part, texts / f"{key}.gz")
                _evict_texts(texts)
    finally:
        deflater.finish(abandon=True)
        Path(part).unlink(missing_ok=True)


class _Deflater(threading.Thread):
    """Compresses and writes a stored text on another core while the text is still being printed
    (zlib and hashlib let go of the interpreter lock); a failure costs the copy, never the output."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__(daemon=True)
        self.out = out
        self.failed = False
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
        self._z = zlib.compressobj(1, wbits=31)
        self._check = hashlib.sha256()

    def put(self, text: str) -> None:
        if not self.failed:
            try:
                self._queue.put(text.encode())
            except UnicodeEncodeError:
                self.failed = True  # text no stream could print: not stored

    def run(self) -> None:
        while (data := self._queue.get()) is not None:
            self._deflate(data)

    def _deflate(self, data: bytes | None) -> None:
        """data compressed into the file; None ends the stream and adds the checksum."""
        if self.failed:
            return
        try:
            packed = self._z.compress(data) if data is not None else self._z.flush()
            self._check.update(packed)
            self.out.write(packed if data is not None else packed + self._check.digest())
        except Exception:  # noqa: BLE001 - the copy is lost; pieces are still taken, so no put() waits
            self.failed = True

    def finish(self, abandon: bool = False) -> bool:
        """Wait for the writing to end; whether the whole text, checksum last, is in the file."""
        if self.is_alive():
            if abandon:
                self.failed = True
            self._queue.put(None)
            self.join()
            self._deflate(None)
        with suppress(OSError):
            self.out.close()
        return not self.failed


def _evict_texts(texts: Path) -> None:
    now = time.time()
    kept = sorted(texts.glob("*.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    old = kept[KEEP_TEXTS:] + [p for p in texts.glob("*.part") if now - p.stat().st_mtime > STALE_PART_S]
    for p in old:
        p.unlink(missing_ok=True)


@dataclass(frozen=True)
class StoredText:
    """A digest as a front end printed it last time, with the warnings that came with it."""

    warnings: tuple[Problem, ...]
    """The digest's warnings, shown again."""
    text: Iterator[bytes]
    """The printed text, UTF-8, a piece at a time, without control characters whatever the file holds."""


def _pack(data: dict[str, Any]) -> bytes:
    # Fastest zlib level: rows are read far more often than written, and level 1 already shrinks them threefold.
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def _unpack(blob: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zlib.decompress(blob))
    return data


def _create(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS products (key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)")


@dataclass(frozen=True)
class Products:
    """A corpus digest as assembled last time, without what the articles' own analyses hold:
    restored first, so that only the articles a reader asked for need their analyses loaded."""

    digest: Digest
    """Every assembled record; articles carry neither text nor analysis; quotes and numbers are
    left out (they are the analyses' own, retagged)."""
    requoted: dict[str, dict[int, tuple[str | None, tuple[str, ...]]]]
    """Per article id, its quotes (by index) whose speaker or translations assembling changed."""
    renamed: dict[str, dict[int, str | None]]
    """Per article id, its figures (by index) whose speaker assembling renamed to a display name."""


def _products(d: Digest) -> bytes:
    """What assembling added to the articles, as compressed JSON: quotes and figures only by what
    assembling changed in them (the rest of each is in its article's analysis)."""
    requoted: dict[str, list[tuple[int, str | None, tuple[str, ...]]]] = {}
    renamed: dict[str, list[tuple[int, str | None]]] = {}
    # An assembled digest's quotes are read unbuilt: only their speaker and translations count here.
    final_quotes = (
        (t[4], t[5]) for t in d.quotes.tagged()) if isinstance(d.quotes, TaggedQuotes) else ((q.speaker, q.also_in) for q in d.quotes
    )
    # An assembled digest's figures are read as rows: no record is built for the speaker alone.
    final_speakers = (r[_SPEAKER] for r in d.numbers.rows()) if isinstance(d.numbers, Tagged) else (n.speaker for n in d.numbers)
    for a in d.articles:
        quotes = [
            (i, speaker, also_in)
            for i, (orig, (speaker, also_in)) in enumerate(zip(a.analysis.quotes, final_quotes))
            if (speaker, also_in) != (orig.speaker, orig.also_in)
        ]
        if quotes:
            requoted[a.id] = quotes
        said_by = Packed.of(KeyNumber, a.analysis.numbers).column("speaker")
        numbers = [(i, now) for i, (was, now) in enumerate(zip(said_by, final_speakers)) if now != was]
        if numbers:
            renamed[a.id] = numbers
    data = {
        "version": d.version,
        "articles": [_row(replace(a, text="", analysis=None)) for a in d.articles],
        "visits": [[*_row(replace(v, summary=())), [_row(x) for x in v.summary]] for v in d.visits],
        "requoted": requoted,
        "renamed": renamed,
        "speakers": [_row(s) for s in d.speakers],
        "conflicts": [_row(c) for c in d.conflicts],
        "trends": [_row(t) for t in d.trends],
        "warnings": [_row(w) for w in d.warnings],
    }
    return _pack(data)


def _restore(data: dict[str, Any]) -> Products:
    arts = []
    for row in data["articles"]:
        a = Article(*row)
        arts.append(replace(a, warnings=tuple(a.warnings)))
    visits = []
    for row in data["visits"]:
        *fields_, summary = row
        v = Visit(*fields_)
        visits.append(replace(
            v, articles=tuple(v.articles), participants=tuple(v.participants), languages=tuple(v.languages),
            stories_from=tuple(v.stories_from),
            summary=tuple(SummaryLine(*x) for x in summary),
        ))
    digest = Digest(
        version=data["version"],
        articles=tuple(arts),
        visits=tuple(visits),
        speakers=tuple(replace(s, aliases=tuple(s.aliases)) for s in (Speaker(*r) for r in data["speakers"])),
        conflicts=tuple(
            replace(c, numbers=tuple(c.numbers), sources=tuple(map(tuple, c.sources))) for c in (Conflict(*r) for r in data["conflicts"])
        ),
        trends=tuple(replace(t, points=tuple(map(tuple, t.points))) for t in (Trend(*r) for r in data["trends"])),
        warnings=tuple(Problem(*r) for r in data["warnings"]),
    )
    requoted = {k: {i: (name, tuple(also)) for i, name, also in rows} for k, rows in data["requoted"].items()}
    renamed = {k: {i: name for i, name in pairs} for k, pairs in data["renamed"].items()}
    return Products(digest, requoted, renamed)


def encode(a: Analysis) -> bytes:
    """Analysis to compressed JSON: records as rows of field values, blocks and sentences as columns."""
    numbers, number_sentences = _sentences_out(list(map(list, Packed.of(KeyNumber, a.numbers).rows())))
    d = {
        "lang": a.lang,
        "title": a.title,
        "source": a.source,
        "date": a.date,
        "blocks": _columns_out(Packed.of(Block, a.blocks)),
        "sentences": _columns_out(Packed.of(Sentence, a.sentences)),
        "summary": a.summary,
        "quotes": [_row(q) for q in a.quotes],
        "numbers": numbers,
        "number_sentences": number_sentences,
        "people": a.people,
        "places": a.places,
        "dates": a.dates,
        "warnings": a.warnings,
        # Its fields hold only tuples of plain values, which JSON takes as they are.
        "signals": {f.name: getattr(a.signals, f.name) for f in fields(a.signals)} if a.signals else None,
        "roles": a.roles,
    }
    return _pack(d)


def decode(blob: bytes) -> Analysis:
    """Compressed JSON back to an Analysis."""
    d: dict[str, Any] = _unpack(blob)
    figure_sentences = list(map(sys.intern, d["number_sentences"]))
    return Analysis(
        lang=sys.intern(d["lang"]),
        title=d["title"],
        source=d["source"],
        date=d["date"],
        blocks=Packed(Block, _columns_in(d["blocks"])),
        sentences=Packed(Sentence, _columns_in(d["sentences"])),
        summary=tuple(d["summary"]),
        quotes=tuple(_quote(_shared(q, _SHARED_QUOTE)) for q in d["quotes"]),
        numbers=Packed.of_rows(
            KeyNumber,
            [_shared(row, _SHARED_NUMBER) for row in _sentences_in(d["numbers"], figure_sentences)],
        ),
        # People, places and dates recur across an archive's articles: one copy of each.
        people=tuple(map(sys.intern, d["people"])),
        places=tuple(map(sys.intern, d["places"])),
        dates=tuple(map(sys.intern, d["dates"])),
        warnings=tuple(d["warnings"]),
        signals=_signals(d["signals"]) if d.get("signals") else None,
        roles=tuple((sys.intern(person), sys.intern(role), bool(oblique)) for person, role, oblique in d.get("roles", ())),
    )


def _columns_out(p: Packed[Any]) -> list[Any]:
    """Integer columns as their array type and base64 of their machine bytes (decoded in C, no
    number parsing), text columns as a table of distinct values and one index byte per record."""
    out: list[Any] = []
    for col in p.columns():
        if isinstance(col, array):
            out.append(f"{col.typecode}:{base64.b64encode(col.tobytes()).decode('ascii')}")
        elif isinstance(col, Coded):
            out.append({"t": list(col.table), "i": base64.b64encode(col.index).decode("ascii")})
        else:
            out.append({"v": list(col)})
    return out


def _columns_in(cols: list[Any]) -> list[array[int] | Coded | tuple[Any, ...]]:
    out: list[array[int] | Coded | tuple[Any, ...]] = []
    for c in cols:
        if isinstance(c, str):
            code, _, data = c.partition(":")
            ints = array(code)
            ints.frombytes(base64.b64decode(data))
            out.append(ints)
        elif "v" in c:
            out.append(tuple(c["v"]))
        else:
            # Line kinds and reasons recur in every article: one copy of each.
            out.append(Coded(tuple(map(sys.intern, c["t"])), base64.b64decode(c["i"])))
    return out


def _sentences_out(rows: list[list[Any]]) -> tuple[list[list[Any]], list[str]]:
    """Figures' sentences stored once each (an article's figures often share one)."""
    table: dict[str, int] = {}
    for row in rows:
        row[_SENTENCE] = table.setdefault(row[_SENTENCE], len(table))
    return rows, list(table)


def _sentences_in(rows: list[list[Any]], table: list[str]) -> list[list[Any]]:
    for row in rows:
        row[_SENTENCE] = table[row[_SENTENCE]]
    return rows


def _shared(row: list[Any], positions: list[int]) -> list[Any]:
    for k in positions:
        if row[k] is not None:
            row[k] = sys.intern(row[k])
    return row


def _row(record: Any) -> list[Any]:
    """A record's field values in declaration order (what its constructor takes positionally)."""
    return [getattr(record, f.name) for f in fields(record)]


def _signals(s: dict[str, Any]) -> VisitSignals:
    return VisitSignals(
        when=s["when"],
        days=tuple(map(sys.intern, s["days"])),
        months=tuple(s["months"]),
        month_years=tuple(tuple(x) for x in s["month_years"]),
        mentions=tuple(tuple(m) for m in s["mentions"]),
        # Name skeletons, places, months and figures recur across an archive: one copy of each.
        features=tuple(map(sys.intern, s["features"])),
        names=tuple(map(sys.intern, s["names"])),
        figures=tuple(map(sys.intern, s["figures"])),
        where=tuple((sys.intern(city), score) for city, score in s["where"]),
        people=tuple((sys.intern(key), n) for key, n in s["people"]),
        forms=tuple((sys.intern(form), n) for form, n in s["forms"]),
        host_country=tuple(
            (sys.intern(k), tuple((sys.intern(country), n) for country, n in votes)) for k, votes in s["host_country"]
        ),
        headline=tuple(s["headline"]),
        paragraphs=s["paragraphs"],
        length=s["length"],
        quotes=s["quotes"],
        summit=s.get("summit", False),
        bilateral=s.get("bilateral", False),
        headline_countries=tuple(s.get("headline_countries", ())),
        stories=tuple((at, sys.intern(city)) for at, city in s.get("stories", ())),
    )


def _quote(row: list[Any]) -> Quote:
    # JSON gave lists where the record holds tuples.
    row[_PARTS] = tuple(map(tuple, row[_PARTS]))
    row[_ALSO_IN] = tuple(row[_ALSO_IN])
    return Quote(*row)
