"""Narrowing a digest to chosen visits or dates, keeping every cross-reference consistent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from digest.errors import UsageError
from digest.model import Digest, Visit


def chosen_visits(known: Sequence[Visit], visits: Sequence[str] = (), since: str | None = None) -> list[Visit]:
    """The given visits (ids, or unique id prefixes) among known, and those ending on or after `since`."""
    chosen = list(known)
    if visits:
        ids = [_resolve(known, v) for v in visits]
        chosen = [v for v in chosen if v.id in ids]
    if since:
        chosen = [v for v in chosen if (v.end or v.start or "") >= since]
    return chosen


def select(digest: Digest, visits: Sequence[str] = (), since: str | None = None) -> Digest:
    """Only the given visits (ids, or unique id prefixes) and those ending on or after `since`."""
    if not visits and not since:
        return digest
    chosen = chosen_visits(digest.visits, visits, since)
    keep_visits = {v.id for v in chosen}
    articles = tuple(a for a in digest.articles if a.visit in keep_visits)
    keep_articles = {a.id for a in articles}
    numbers = tuple(n for n in digest.numbers if n.article in keep_articles)
    return replace(
        digest,
        articles=articles,
        visits=tuple(chosen),
        quotes=tuple(q for q in digest.quotes if q.article in keep_articles),
        numbers=numbers,
        conflicts=tuple(c for c in digest.conflicts if c.visit in keep_visits),
        trends=(),
    )


def _resolve(known: Sequence[Visit], wanted: str) -> str:
    ids = [v.id for v in known]
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(ids) or "none"
    if matches:
        raise UsageError(f"--visit {wanted}: ambiguous, matches {', '.join(matches)}")
    raise UsageError(f"--visit {wanted}: no such visit (known: {known})")
