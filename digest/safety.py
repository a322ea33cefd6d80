"""Neutralising untrusted article text before any output: escape sequences and control characters."""

from __future__ import annotations

import re

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


def printable(text: str) -> str:
    """Text safe for a terminal, a TUI or an email: no escapes, no control characters but newlines."""
    if text.isprintable():
        # No control, format or separator character but the plain space: nothing to remove.
        return text
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


def one_line(text: str | None) -> str:
    """printable() folded onto a single line (titles, names, header values)."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return _SPACES.sub(" ", printable(text)).strip()
