"""Key numbers: figures with value, unit, meaning and speaker; conflicts and trends across sources."""

from __future__ import annotations

from collections.abc import Sequence

from digest.model import Article, Block, Conflict, KeyNumber, Quote, Sentence, Trend, Visit


def find_numbers(
    text: str,
    blocks: Sequence[Block],
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    lang: str,
    date: str | None,
) -> list[KeyNumber]:
    """The informative figures of the text blocks, in document order."""
    return []


def find_conflicts(numbers: Sequence[KeyNumber], articles: Sequence[Article]) -> tuple[Conflict, ...]:
    """Within each visit, figures for the same measure that disagree (translations are not conflicts)."""
    return ()


def find_trends(numbers: Sequence[KeyNumber], visits: Sequence[Visit]) -> tuple[Trend, ...]:
    """Measures that recur across visits, in visit order."""
    return ()
