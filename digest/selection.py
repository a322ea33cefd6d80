"""Narrowing a digest to chosen visits or dates, keeping every cross-reference consistent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from digest.errors import UsageError
from digest.model import Digest


def select(digest: Digest, visits: Sequence[str] = (), since: str | None = None) -> Digest:
    """Only the given visits (ids, or unique id prefixes) and those ending on or after `since`."""
    chosen = list(digest.visits)
    if visits:
        ids = [_resolve(digest, v) for v in visits]
        chosen = [v for v in chosen if v.id in ids]
    if since:
        chosen = [v for v in chosen if (v.end or v.start or "") >= since]
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
        trends=digest.trends if not (visits or since) else (),
    )


def _resolve(digest: Digest, wanted: str) -> str:
    ids = [v.id for v in digest.visits]
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(ids) or "none"
    if matches:
        raise UsageError(f"--visit {wanted}: ambiguous, matches {', '.join(matches)}")
    raise UsageError(f"--visit {wanted}: no such visit (known: {known})")
