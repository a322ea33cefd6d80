"""Reading articles: finding files, decoding them safely, and their optional metadata."""

from __future__ import annotations

import codecs
import os
import re
import stat
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from digest.config import VisitRule
from digest.errors import InputError, UsageError
from digest.model import Problem

ARTICLE_SUFFIXES = (".txt", ".md")
META_KEYS = ("title", "source", "url", "date", "lang", "visit")
VISIT_FILE = "visit.toml"
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_FRONT_MATTER = re.compile(r"\A(\+\+\+|---)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Found:
    """An article file found on the command line or under a folder."""

    path: str
    """As given, or joined under the folder given."""
    root: str | None
    """The folder it was found under (None when given directly)."""
    folder: str | None
    """Its sub-folder relative to root, which names its visit ('' or None at the top)."""


@dataclass(frozen=True)
class Source:
    """A decoded article file with its metadata."""

    path: str
    """The file."""
    text: str
    """Decoded text, exactly as offsets will refer to it."""
    body_start: int = 0
    """Where the article starts after a front-matter block."""
    meta: dict[str, Any] = field(default_factory=dict)
    """title, source, url, date, lang, visit from front matter or a sidecar file."""
    warnings: tuple[str, ...] = ()
    """Decoding and metadata problems."""


def discover(paths: list[str]) -> tuple[list[Found], list[Problem]]:
    """Article files under the given paths, in a stable order, each once."""
    found: list[Found] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise UsageError(f"{given}: no such file or folder")
        if p.is_file():
            _add(found, seen, problems, Found(given, None, None))
            continue
        for f, real in _walk(p, problems):
            rel_parent = os.path.relpath(os.path.dirname(f), given)
            folder = None if rel_parent == "." else rel_parent.replace(os.sep, "/")
            _add(found, seen, problems, Found(f, given, folder), real)
    return found, problems


def _add(found: list[Found], seen: set[str], problems: list[Problem], item: Found, real: str | None = None) -> None:
    key = real or _realpath(item.path)
    if key in seen:
        problems.append(Problem(item.path, "given more than once; read once"))
        return
    seen.add(key)
    found.append(item)


def _realpath(path: str) -> str:
    try:
        return os.path.realpath(path)
    except OSError:
        return path


def _walk(root: Path, problems: list[Problem]) -> list[tuple[str, str]]:
    """(path, real path) of files with an article suffix, recursively, following links but never in a loop."""
    out: list[tuple[str, str]] = []
    visited: set[str] = set()

    def visit(folder: str) -> None:
        real = _realpath(folder)
        if real in visited:
            problems.append(Problem(folder, "folder link loop skipped"))
            return
        visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(folder, f"cannot list folder: {exc.strerror or exc}"))
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir():
                    visit(e.path)
                elif e.name.lower().endswith(ARTICLE_SUFFIXES):
                    if not e.is_file():
                        problems.append(Problem(e.path, "not a regular file; skipped"))
                        continue
                    # Resolving every file costs a dozen system calls; only a link needs it.
                    out.append((e.path, _realpath(e.path) if e.is_symlink() else os.path.join(real, e.name)))
            except OSError as exc:
                problems.append(Problem(e.path, f"cannot inspect: {exc.strerror or exc}"))

    visit(str(root))
    return out


def read(path: str, max_bytes: int) -> Source:
    """Decode one article and its metadata; raise InputError when it cannot be used."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            # A FIFO or device named like an article would block or never end.
            raise InputError(path, "not a regular file")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(path, "vanished before it could be read") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a folder") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    warnings: list[str] = []
    if len(data) > max_bytes:
        data = data[:max_bytes]
        warnings.append(f"larger than {max_bytes:,} bytes: only the first {max_bytes:,} read")
    text, note = decode(data, path)
    # A file saved with letters and their accents apart ("Garci\u0301a", as macOS file systems and some editors
    # write them) has an accent that no \w reads: the name splits at it. Composed, it reads as any other.
    text = unicodedata.normalize("NFC", text)
    if note:
        warnings.append(note)
    if not text.strip():
        raise InputError(path, "empty file" if not data else "contains only white space")
    meta, body_start, meta_warnings = _front_matter(text)
    warnings += meta_warnings
    side, side_warnings = _sidecar(path)
    warnings += side_warnings
    meta = {**side, **meta}
    return Source(path, text, body_start, meta, tuple(warnings))


def decode(data: bytes, path: str = "") -> tuple[str, str | None]:
    """Bytes to text: BOMs, UTF-8, UTF-16 without BOM, then cp1252 with a warning."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), None
            except UnicodeDecodeError as exc:
                return data[len(bom) :].decode(enc, "replace"), _bad_bytes(data, exc, enc)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"not a text file: looks like {what}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), f"no byte-order mark: read as {utf16.upper()}"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = None
        first_error = exc
    if text is not None:
        if _looks_binary(text):
            raise InputError(path, "not a text file: binary content")
        return text, None
    # Mostly valid UTF-8 with a few broken bytes: keep UTF-8 and say where it broke.
    lenient = data.decode("utf-8", "replace")
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    broken = lenient.count("\ufffd")
    if multibyte > broken:
        if _looks_binary(lenient):
            raise InputError(path, "not a text file: binary content")
        return lenient, _bad_bytes(data, first_error, "utf-8")
    text = data.decode("cp1252", "replace") if _cp1252_ok(data) else data.decode("latin-1")
    if _looks_binary(text):
        raise InputError(path, "not a text file: binary content")
    return text, "not valid UTF-8: read as Windows-1252/Latin-1"


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _bad_bytes(data: bytes, exc: UnicodeDecodeError, enc: str) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    return f"line {line}: invalid {enc.upper()} bytes replaced by U+FFFD"


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


# C0 controls that never occur in text files (line breaks, tabs, form feeds and ESC do).
_BINARY_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    # A control character is one byte in UTF-8, and bytes.translate counts them at C speed.
    raw = sample.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _BINARY_CONTROLS)) > 0.1 * len(sample)


def _front_matter(text: str) -> tuple[dict[str, Any], int, list[str]]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, []
    body = m.group(2)
    line = text.count("\n", 0, m.start(2)) + 1
    if m.group(1) == "+++":
        try:
            data = tomllib.loads(body)
        except tomllib.TOMLDecodeError as exc:
            return {}, m.end(), [f"line {line}: front matter is not valid TOML ({exc}); ignored"]
    else:
        data = {}
        for i, row in enumerate(body.splitlines()):
            if not row.strip() or row.lstrip().startswith("#"):
                continue
            key, sep, value = row.partition(":")
            if not sep:
                return {}, m.end(), [f"line {line + i}: front matter line is not 'key: value'; ignored"]
            data[key.strip()] = value.strip().strip("'\"")
    meta, warnings = check_meta(data, f"line {line}")
    return meta, m.end(), warnings


def _sidecar(path: str) -> tuple[dict[str, Any], list[str]]:
    side = os.path.splitext(path)[0] + ".toml"
    if not os.path.isfile(side):
        return {}, []
    try:
        data = tomllib.loads(Path(side).read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{side}: metadata ignored: {exc}"]
    meta, warnings = check_meta(data, str(side))
    return meta, warnings


def check_meta(data: dict[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """Keep known metadata keys with sensible values; explain the rest."""
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in data.items():
        if key not in META_KEYS:
            warnings.append(f"{where}: unknown metadata key '{key}' ignored")
            continue
        if key == "date":
            iso = _iso(value)
            if iso is None:
                warnings.append(f"{where}: date {value!r} is not YYYY-MM-DD; ignored")
                continue
            value = iso
        elif not isinstance(value, str) or not value.strip():
            warnings.append(f"{where}: '{key}' must be a non-empty string; ignored")
            continue
        meta[key] = value.strip() if isinstance(value, str) else value
    return meta, warnings


def _iso(value: Any) -> str | None:
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    return None


def folder_rule(root: str, folder: str) -> tuple[VisitRule | None, list[str]]:
    """The visit.toml of a visit folder, when there is one."""
    p = Path(root, folder, VISIT_FILE)
    if not p.is_file():
        return None, []
    try:
        data = tomllib.loads(p.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [f"{p}: ignored: {exc}"]
    warnings = []
    kw: dict[str, Any] = {"id": str(data.get("id") or Path(folder).name)}
    for key in ("title", "place"):
        if isinstance(data.get(key), str):
            kw[key] = data[key]
    for key in ("start", "end"):
        if key in data:
            iso = _iso(data[key])
            if iso is None:
                warnings.append(f"{p}: {key} {data[key]!r} is not YYYY-MM-DD; ignored")
            else:
                kw[key] = iso
    for key in data:
        if key not in ("id", "title", "place", "start", "end"):
            warnings.append(f"{p}: unknown key '{key}' ignored")
    return VisitRule(**kw), warnings


_UNSAFE_ID = re.compile(r"[^\w.-]+")


def article_id(path: str, taken: set[str]) -> str:
    """A readable id from the file name, made unique with its folders when needed."""
    p = Path(path)
    base = _UNSAFE_ID.sub("-", p.stem).strip("-") or "article"
    candidate = base
    if candidate in taken:
        parents = [_UNSAFE_ID.sub("-", x) for x in reversed(p.parent.parts) if x not in ("/", ".", "..")]
        i = 0
        while candidate in taken:
            candidate = f"{parents[i]}-{candidate}" if i < len(parents) else f"{base}-{i - len(parents) + 2}"
            i += 1
    taken.add(candidate)
    return candidate
