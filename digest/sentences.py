"""Sentence and word splitting, offline: Punkt machinery with per-language parameters shipped as text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Baseline splitter: the sentences stage (issue 2 item 6) replaces the internals of
# split() with nltk's Punkt and shipped abbreviation lists, keeping this signature.
_END = re.compile(r"""(?<=[.!?…])["'”»“]*\s+(?=["'„“«»‚(\[]*[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ0-9])""")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def split(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; return (start, end) offsets into text, trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, inner hyphens and apostrophes kept)."""
    return _WORD.findall(text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens with their positions."""
    return _WORD.finditer(text)


class Tokenizer:
    """sumy's tokenizer interface (to_sentences / to_words) without punkt data."""

    def __init__(self, lang: str) -> None:
        self.language = lang

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in split(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
