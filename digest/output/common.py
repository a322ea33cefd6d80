"""What every front end shows, selected from a Digest: no formatting, no markup, no rich."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from digest import numbers as numbers_stage
from digest.model import Article, Conflict, Digest, KeyNumber, Quote, Trend, Visit
from digest.romanise import latin

SECTIONS = ("summary", "articles", "quotes", "numbers", "timeline")


@dataclass(frozen=True)
class SpeakerQuotes:
    """The quotes of one speaker within a selection."""

    name: str
    """Display name, or '' for quotes whose speaker the text does not give."""
    quotes: tuple[Quote, ...]
    """In visit, article and position order; another outlet's word-for-word copy of a quote is left out."""
    copies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per quote id, the other articles of its visit that print the same words."""
    role: str | None = None
    """The speaker's role (Speaker.role: config's, else the articles' phrase), untrusted text."""
    written: str | None = None
    """The name as the articles write it, where the display name is its Latin spelling (romanise)."""

    @property
    def heading(self) -> str:
        """The display name, with the name as written beside a Latin spelling: "Kyriakos Mitsotakis (Κυριάκος
        Μητσοτάκης)"; '' for the unattributed."""
        return f"{self.name} ({self.written})" if self.name and self.written else self.name

    def sources(self, q: Quote) -> tuple[str, ...]:
        """The articles that carry the quote: its own, then those of its copies."""
        return (q.article, *self.copies.get(q.id, ()))


def also_in(digest: Digest, article: Article) -> tuple[str, ...]:
    """Languages of the translations or re-publications of this article."""
    return tuple(sorted({a.lang for a in digest.articles if a.duplicate_of == article.id}))


def visit_articles(digest: Digest, visit: Visit) -> list[Article]:
    """The visit's articles in its order."""
    by_id = {a.id: a for a in digest.articles}
    return [by_id[i] for i in visit.articles if i in by_id]


def _duplicates(digest: Digest) -> set[str]:
    return {a.id for a in digest.articles if a.duplicate_of}


def speaker_quotes(digest: Digest, visit: str | None = None, speaker: str | None = None) -> list[SpeakerQuotes]:
    """Speech quotes grouped by speaker (most quoted first); a translation's quotes and another
    outlet's copy of a quote count once."""
    from digest.speakers import copies as copied, persons

    dup = _duplicates(digest)
    wanted = _speaker_names(digest, speaker) if speaker else None
    chosen: list[Quote] = []
    # (A quote names its speaker in its article's script; grouped under the person's heading.)
    person = persons(digest.speakers)
    for q in digest.quotes:
        if q.article in dup or q.kind != "speech":
            continue
        if visit and q.visit != visit:
            continue
        if wanted is not None and person.get(q.speaker or "", q.speaker or "") not in wanted:
            continue
        chosen.append(q)
    # A wire story or a republished page: one statement, shown once (its fullest wording) with every article.
    repeats = copied(chosen)
    others: dict[int, list[str]] = {}
    for copy, home in sorted(repeats.items()):
        if chosen[copy].article != chosen[home].article:
            others.setdefault(home, []).append(chosen[copy].article)
    groups: dict[str, list[Quote]] = {}
    copies: dict[str, dict[str, tuple[str, ...]]] = {}
    for i, q in enumerate(chosen):
        if i in repeats:
            continue
        name = person.get(q.speaker, q.speaker) if q.speaker else ""
        groups.setdefault(name, []).append(q)
        if i in others:
            copies.setdefault(name, {})[q.id] = tuple(dict.fromkeys(others[i]))
    order = {s.name: i for i, s in enumerate(digest.speakers)}
    names = sorted(groups, key=lambda n: (n == "", -len(groups[n]), order.get(n, 1 << 30), n))
    roles = {s.name: s.role for s in digest.speakers}
    written = {s.name: w for s in digest.speakers if (w := next((a for a in s.aliases if latin(a) == s.name), None))}
    return [SpeakerQuotes(n, tuple(groups[n]), copies.get(n, {}), roles.get(n), written.get(n)) for n in names]


def _speaker_names(digest: Digest, query: str) -> set[str]:
    """Display names matching a user's query by name or any alias, case- and accent-insensitively."""
    from digest.speakers import fold, same_person

    q = fold(query)
    out = set()
    for s in digest.speakers:
        forms = (s.name, *s.aliases)
        if any(q in fold(f) or same_person(query, f) for f in forms):
            out.add(s.name)
    return out


def quote_text(q: Quote) -> str:
    """The quoted words without the comma or colon that belongs to the sentence around them."""
    return q.text.strip().rstrip(",;:").rstrip()


def plural(n: int, word: str) -> str:
    """'1 article', '3 articles'."""
    return f"{n} {word}{'s' * (n != 1)}"


def visit_numbers(digest: Digest, visit: str | None = None) -> list[KeyNumber]:
    """Key numbers of a visit (or all), translations counted once, in article order."""
    dup = _duplicates(digest)
    return [n for n in digest.numbers if n.article not in dup and (visit is None or n.visit == visit)]


def visit_conflicts(digest: Digest, visit: str | None = None) -> list[Conflict]:
    """Conflicts of a visit (or all)."""
    return [c for c in digest.conflicts if visit is None or c.visit == visit]


def conflicting_ids(digest: Digest) -> set[str]:
    """Ids of numbers that take part in a conflict."""
    return {i for c in digest.conflicts for i in c.numbers}


def number_value(n: KeyNumber) -> str:
    """A number's value for display ("$25.6 bn", "43 %")."""
    return numbers_stage.format_value(n)


def trend_value(trend: Trend, low: float, high: float | None) -> str:
    """One point of a measure followed across visits, formatted like a key number."""
    end = high if high is not None and high != low else None
    return numbers_stage.format_value(KeyNumber(0, 0, "", low, end, trend.unit))


def timeline(digest: Digest) -> list[tuple[Visit, str]]:
    """Visits in date order, each with how long after the previous one it came ("" for the first)."""
    from digest.visits import timeline as ordered

    out = []
    for v, days in ordered(digest.visits):
        if days is None:
            gap = ""
        elif days < 60:
            gap = f"{days} days later"
        elif days < 730:
            gap = f"{round(days / 30.44)} months later"
        else:
            years, rest = divmod(round(days / 30.44), 12)
            gap = f"{years} years" + (f" {rest} months" if rest else "") + " later"
        out.append((v, gap))
    return out




def languages(articles: Sequence[Article]) -> list[str]:
    """Languages present, most articles first."""
    counts: dict[str, int] = {}
    for a in articles:
        counts[a.lang] = counts.get(a.lang, 0) + 1
    return sorted(counts, key=lambda k: (-counts[k], k))


def date_range(visit: Visit) -> str:
    """A visit's dates as one string (2022-02-10 – 2022-02-11), '' when unknown."""
    if visit.start and visit.end and visit.end != visit.start:
        return f"{visit.start} – {visit.end}"
    return visit.start or visit.end or ""
