"""Speakers: people mentioned in an article, and one person across spellings, languages and articles."""

from __future__ import annotations

from collections.abc import Sequence

from digest.config import Config
from digest.model import Article, Block, Quote, Speaker


def people_mentioned(text: str, blocks: Sequence[Block], lang: str) -> tuple[str, ...]:
    """Names of people in the text blocks, fullest form, most mentioned first."""
    return ()


def build_speakers(
    quotes: Sequence[Quote], articles: Sequence[Article], config: Config
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Merge name variants across articles; return quotes with display names and `also_in` set.

    `quotes` carry corpus ids and article ids; `articles` carry `duplicate_of` links, so a
    quote of a translation is one statement with its original (shown once, also_in its language).
    """
    return tuple(quotes), ()
