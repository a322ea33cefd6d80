"""Neutralising untrusted article text before any output: escape sequences and control characters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# CSI, OSC (title, hyperlinks), DCS/PM/APC strings and two-character escapes, 7- and 8-bit forms.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)
# Everything that moves the cursor or reorders text: C0 and C1 controls (tab and newline are
# handled by the callers), DEL, and bidirectional overrides that can disguise text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(r"\s+")
# The same characters as bytes of UTF-8 text printed earlier (a stored digest): the one-byte ones,
# and the multi-byte ones, each searched on its own so the engine can skip to its first byte.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
_WIDE_CONTROLS = (rb"\xc2[\x80-\x9f]", rb"\xe2\x80[\x8e\x8f\xaa-\xae]", rb"\xe2\x81[\xa6-\xa9]", rb"\xd8\x9c")
_WIDE_SEARCHES = [re.compile(p).search for p in _WIDE_CONTROLS]
_WIDE = re.compile(b"|".join(_WIDE_CONTROLS))


def printable(text: str) -> str:
    """Text safe for a terminal, a TUI or an email: no escapes, no control characters but newlines."""
    if text.isprintable():
        # No control, format or separator character but the plain space: nothing to remove.
        return text
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


def inert_utf8(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """UTF-8 text cut anywhere, passed on without the control characters printable() removes (tabs
    and newlines kept): a stored digest, which renderers made safe, stays safe whatever its file holds."""
    carry = b""
    for chunk in chunks:
        whole = carry + chunk
        end = whole.rfind(b"\n") + 1  # no multi-byte character contains a newline byte
        carry = whole[end:]
        if end:
            yield _inert_bytes(whole[:end])
    if carry:
        yield _inert_bytes(carry)


def _inert_bytes(data: bytes) -> bytes:
    bare = data.translate(None, _CONTROL_BYTES)
    if len(bare) == len(data) and not any(search(data) for search in _WIDE_SEARCHES):
        return data
    return _WIDE.sub(b"", bare)


def one_line(text: str | None) -> str:
    """printable() folded onto a single line (titles, names, header values)."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return _SPACES.sub(" ", printable(text)).strip()
