"""Visits: grouping articles, recognising translations, visit metadata and the timeline."""

from __future__ import annotations

from collections.abc import Sequence

from digest.config import Config
from digest.model import Article, Block, Sentence, Visit


def signals(
    text: str, blocks: Sequence[Block], sentences: Sequence[Sentence], lang: str, date: str | None
) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """Per-article clues: (publication date if the text gives one, dates mentioned, places mentioned)."""
    return None, (), ()


def link_duplicates(articles: Sequence[Article], config: Config) -> list[Article]:
    """Set `duplicate_of` on translations and re-publications (the original is kept unset)."""
    return list(articles)


def group(articles: Sequence[Article], config: Config) -> tuple[list[Article], list[Visit]]:
    """Gather articles into visits: metadata, then folder, then config rules, then automatic.

    Returns the articles with `visit` set and the visits in date order (summaries empty).
    """
    visits: list[Visit] = []
    out: list[Article] = []
    from dataclasses import replace

    by_id: dict[str, list[str]] = {}
    for a in articles:
        vid = a.visit_hint or a.id
        by_id.setdefault(vid, []).append(a.id)
        out.append(replace(a, visit=vid))
    for vid, ids in by_id.items():
        visits.append(Visit(id=vid, title=vid, start=None, end=None, place=None,
                            grouped_by="folder", articles=tuple(ids)))
    return out, visits
