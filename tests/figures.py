"""Test helpers: the key numbers of a bare text, and of one visit's articles."""

from __future__ import annotations

import dataclasses

from digest.model import TEXT, Analysis, Article, Block, KeyNumber, Sentence
from digest.numbers import find_conflicts, find_numbers
from digest.sentences import split
from digest.speakers import People


def found(text: str, lang: str) -> list[KeyNumber]:
    """The key numbers of a text of paragraphs split on blank lines, sources resolved through its person mentions."""
    blocks, at = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block(at, at + len(part), TEXT))
        at += len(part) + 2
    mentions = People(text, [(b.start, b.end) for b in blocks], lang).resolve()
    sents = [Sentence(b.start + a, b.start + e, k) for k, b in enumerate(blocks) for a, e in split(text[b.start : b.end], lang)]
    return find_numbers(text, blocks, sents, [], lang, None, mentions)


def visit_of(texts: str | dict[str, str], lang: str) -> tuple[list[Article], list[KeyNumber]]:
    """Articles of one visit (one text is article "a") and their key numbers."""
    texts = {"a": texts} if isinstance(texts, str) else texts
    arts, nums = [], []
    for aid, text in texts.items():
        arts.append(Article(aid, aid, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(found(text, lang))]
    return arts, nums


def visit_in_languages(texts: dict[str, tuple[str, str]]) -> tuple[list[Article], list[KeyNumber]]:
    """One visit of articles in several languages: id -> (lang, text)."""
    arts: list[Article] = []
    nums: list[KeyNumber] = []
    for aid, (lang, text) in texts.items():
        a, n = visit_of(text, lang)
        arts += [dataclasses.replace(x, id=aid, lang=lang) for x in a]
        nums += [dataclasses.replace(x, id=f"{aid}:n{i}", article=aid) for i, x in enumerate(n)]
    return arts, nums


def conflict_values(text: str, lang: str) -> list[tuple[float, ...]]:
    """The values of each conflict found in one article."""
    arts, nums = visit_of(text, lang)
    by_id = {n.id: n.value for n in nums}
    return [tuple(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)]


def conflicting_articles(texts: dict[str, tuple[str, str]]) -> list[list[str]]:
    """Per conflict found among articles {id: (lang, text)}, each one's sorted article ids."""
    arts, nums = [], []
    for aid, (lang, text) in texts.items():
        a, n = visit_of({aid: text}, lang)
        arts += a
        nums += n
    return [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)]
