"""Test helpers: a bare text as one text block per non-empty line, and its quotes."""

from __future__ import annotations

from digest.model import TEXT, Block, Quote
from digest.quotes import find_quotes


def line_blocks(text: str) -> list[Block]:
    """One text block per non-empty line."""
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), TEXT))
        pos += len(line) + 1
    return blocks


def quotes_of(text: str, lang: str) -> list[Quote]:
    """Quotes of a bare text, one text block per non-empty line."""
    return find_quotes(text, line_blocks(text), (), lang)


def speaker_of(quotes: list[Quote], start: str) -> str | None:
    """The speaker of the quote whose text starts so."""
    return next(q.speaker for q in quotes if q.text.startswith(start))
