"""A hostile corpus of article files, built on the fly so no large or binary file is committed."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Sequences that would take over a terminal if they reached it: colours and screen clearing (CSI),
# window title (OSC 0/2), hyperlinks (OSC 8), device control (DCS), the 8-bit CSI, bell,
# carriage return and backspace (overwriting what was printed).
ESCAPES = (
    "\x1b[2J\x1b[31mRED\x1b[0m "
    "\x1b]0;owned-title\x07 "
    "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\ "
    "\x1bP+q544e\x1b\\ "
    "\u009b31mC1-red "
    "\x07bell covered\rCR overwrite\b\b\bBS "
)
# Text that a front end could interpret: rich/Textual markup, Markdown structure, HTML.
MARKUP = "[bold red]Alarm[/] [link=https://evil.example]press[/link]"
HTML = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
MD_LINK = "[x](javascript:alert(3))"

# Words every normal article here uses, so each is read as English prose.
_FILLER = (
    "The delegation said on Tuesday that the talks had been useful and that both sides would "
    "continue to work on trade, energy and transport in the coming months."
)


@dataclass(frozen=True)
class Case:
    """One file of the hostile corpus and what must come of it."""

    path: str
    """Relative to the corpus root."""
    data: bytes
    """The file's bytes."""
    warning: str = ""
    """A word the warning naming this file must contain ('' when no warning is required)."""
    article: bool = True
    """Whether the file must come out as an article."""
    shows: str = ""
    """Text the article's title must hold in the JSON output (proves it was decoded right)."""


def _article(title: str, *paragraphs: str) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _body(marker: str) -> list[str]:
    """Three plain paragraphs with a quote and figures, carrying a marker word."""
    return [
        f"{marker} The minister arrived in the capital on Monday for two days of talks. {_FILLER}",
        f"\u201cWe have agreed to raise trade to 5 billion dollars by 2030,\u201d the minister said "
        f"after the meeting with {marker}. Trade grew by 12 percent last year.",
        f"{_FILLER} Officials said about 40 agreements would be signed before the end of the visit.",
    ]


def cases() -> list[Case]:
    """Every case of the corpus (the 50 MB paragraph is built separately, see big_paragraph)."""
    hostile_title = f"{MARKUP} {ESCAPES}{HTML} {MD_LINK} minister visits the capital"
    hostile_par = (
        f"The minister said the accord {MARKUP} was ready {ESCAPES} and that {HTML} would follow. "
        f"# Not a heading {MD_LINK} and ![img](http://evil.example/x.png) and &amp; an entity. {_FILLER}"
    )
    quote_par = (
        f"\u201cWe will {MARKUP} never {ESCAPES} give up {HTML} {MD_LINK},\u201d the minister said on Monday. "
        f"Trade grew by 12 percent last year, officials said."
    )
    long_word = "x" * 200_000
    # Sized to keep the suite fast; bench/hostile.py runs them at full size.
    long_url = "https://example.org/" + "a/" * 2_000 + "?q=" + "b" * 20_000
    # Each case's text, as str unless the bytes themselves are the point.
    out = [
        Case("normal.txt", _article("Minister opens trade talks in the capital", *_body("Normalword")).encode(),
             shows="trade talks"),
        Case("empty.txt", b"", "empty", article=False),
        Case("whitespace.txt", " \n\t\n\r\n   \u00a0\n".encode(), "white space",
             article=False),
        Case("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n" + bytes(range(256)) * 4,
             "PDF", article=False),
        Case("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PNG", article=False),
        Case("archive.txt", gzip.compress(_article("Gzip title here", *_body("Gzipword")).encode(), mtime=0),
             "gzip", article=False),
        Case("random-binary.md", bytes((i * 37 + 11) % 256 for i in range(20_000)), "binary", article=False),
        Case("bad-utf8.txt",
             _article("Minister opens talks in Z\u00fcrich and Krak\u00f3w", _body("Badbytes")[0]).encode()
             + b"Broken \xff\xfe\xc3 bytes here in \xc5\x81\xc3\xb3d\xc5\xba.\n\n" + "\n\n".join(_body("Afterbreak")).encode(),
             "line 4", shows="Z\u00fcrich"),
        Case("utf16-nobom.txt",
             _article("Minister opens talks in sixteen bits", *_body("Sixteenword")).encode("utf-16-le"),
             "byte-order mark", shows="sixteen bits"),
        Case("line-ends.txt",
             "Mixed line ends in one file here\r\n\r\n".encode()
             + _body("Crlfword")[0].encode() + b"\r\r" + _body("Crword")[1].encode() + b"\n\n"
             + _body("Lfword")[2].encode() + b"\r\n",
             shows="Mixed line ends"),
        Case("no-punctuation.txt", (" ".join(["the minister and the delegation talked about trade"] * 400)).encode()),
        Case("short-lines.txt", "\n".join(f"line {i} of the list" for i in range(10_000)).encode()),
        Case("many-quotes.txt", _article(
            "Minister talks with hundreds of quote marks",
            "\u201c" * 300 + " he said " + "\u00ab" * 300 + " \"" * 300,
            "Unbalanced \u201copening and \u00bbreversed\u00ab and \u201e German \u201c \" ' \u2018 \u2039 marks "
            + "\u00bb" * 200,
            *_body("Quoteword")).encode()),
        Case("nested-quotes.txt", _article(
            "Minister quotes a quote of a quote",
            "The minister said " + "\u00ab\u201e\u201c'\"" * 200 + "deep words" + "\"'\u201d\u201c\u00bb" * 200 + " today.",
            *_body("Nestword")).encode()),
        Case("long-words.txt", _article(
            "Minister talks with very long words",
            f"The minister said {long_word} was the word of the day. {_FILLER}",
            f"See {long_url} for details. {_FILLER}",
            *_body("Longword")).encode()),
        Case("rtl.txt", _article(
            "\u0627\u0644\u0648\u0632\u064a\u0631 \u064a\u0632\u0648\u0631 \u0627\u0644\u0639\u0627\u0635\u0645\u0629 \u0627\u0644\u064a\u0648\u0645",
            "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u202egnp.exe\u202c \u2067isolated\u2069 \u200fmark.",
            *_body("Rtlword")).encode()),
        Case("zero-width.txt", _article(
            "Mi\u200bnis\u200cter vi\u200dsits the\u2060 capital \ufeff today",
            "Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302\u0303l\u0304\u0305\u0306go text " + "e\u0301" * 500
            + " and " + "\u0300" * 2000 + " stacked marks.",
            *_body("Zerowidth")).encode()),
        Case("nul-bytes.txt", _article("Minister\x00 opens\x00 talks with NUL bytes",
                                       *[p.replace(" ", " \x00", 3) for p in _body("Nulword")]).encode()),
        Case("hostile.txt", _article(hostile_title, hostile_par, quote_par, *_body("Hostileword")).encode()),
        Case("front-matter.md", (
            f"---\ntitle: {MARKUP} {HTML} {MD_LINK} front matter title\nsource: {MARKUP} Agency\n"
            f"url: javascript:alert(4)\n---\n"
            + _article("Minister visits with front matter", *_body("Frontword"))).encode(),
            shows="front matter title"),
        Case("sidecar.txt", _article("Minister visits with a sidecar", *_body("Sideword")).encode(),
             shows="sidecar title"),
        Case("sidecar.toml", (
            'title = "' + _toml(f"{MARKUP} {ESCAPES}{HTML} {MD_LINK} sidecar title") + '"\n'
            'source = "' + _toml(f"[i]{ESCAPES}Evil Agency[/i]") + '"\n'
            'url = "https://evil.example/a b<c>\\"d\\")"\n').encode(), article=False),
        Case("sp\u00e4ce d\u00efr/\u00e0rticle with spaces [bold].txt",
             _article("Minister visits a folder with spaces", *_body("Spaceword")).encode(), shows="folder with spaces"),
        Case("sp\u00e4ce d\u00efr/visit.toml", (
            'title = "' + _toml(f"{MARKUP} {ESCAPES}{HTML} visit title") + '"\n'
            'place = "' + _toml(f"{MD_LINK} Place") + '"\n').encode(), article=False),
    ]
    return out


def _toml(s: str) -> str:
    """A TOML basic-string body: control characters and quotes escaped."""
    return re.sub(r'[\x00-\x1f\x7f-\x9f"\\]', lambda m: f"\\u{ord(m.group()):04x}", s)


def write(root: Path) -> list[Case]:
    """Write the corpus under root and return its cases."""
    out = cases()
    for c in out:
        p = root / c.path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(c.data)
    return out


def big_paragraph(path: Path, size: int = 50_000_000) -> None:
    """A single paragraph of `size` bytes of news prose (figures, quotes, names), written in chunks."""
    unit = (
        f"{_FILLER} \u201cIt is a good deal,\u201d the minister said, adding that trade had grown by "
        "12 percent to 5 billion dollars. "
    ).encode()
    chunk = unit * (1_000_000 // len(unit))
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            piece = chunk[: size - written]
            fh.write(piece)
            written += len(piece)


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every entry under root with its mode and content hash (links by target), to prove nothing changed."""
    out: dict[str, tuple[int, str]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            p = Path(folder, name)
            st = p.lstat()
            if p.is_symlink():
                digest = "->" + os.readlink(p)
            elif p.is_file():
                digest = hashlib.sha256(p.read_bytes()).hexdigest() if st.st_mode & 0o444 else "unreadable"
            else:
                digest = "dir"
            out[str(p.relative_to(root))] = (st.st_mode, digest)
    return out


# What must never reach a terminal: C0 controls but tab and newline, DEL and C1 controls.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What rich and Markdown output also drop: bidirectional overrides that can disguise text.
BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def run_digest(
    args: list[str], cwd: Path, cache: Path, timeout: float = 60, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess, isolated from the user's config and cache.

    On timeout the whole process group (the CLI and its worker pool) is killed before
    TimeoutExpired is raised, so no analysis outlives the test.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("DIGEST_CONFIG", "NO_COLOR", "COLUMNS")}
    env["DIGEST_CACHE_DIR"] = str(cache)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "digest", *args]
    with subprocess.Popen(
        cmd, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8", errors="surrogateescape", start_new_session=True,
    ) as proc:
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
