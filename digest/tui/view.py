"""What the browser shows, built from a Digest as inert Content: no article text reaches a markup parser."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content, Span

from digest.model import BLANK, FURNITURE, HEADING, TITLE, Article, Digest, KeyNumber, Quote, Visit
from digest.output import common
from digest.safety import one_line, printable
from digest.speakers import fold

# Styles name theme variables so colours follow the light or dark theme; each also carries an
# attribute (bold, italic, underline, reverse) so the marks survive NO_COLOR's monochrome.
HEADING_STYLE = "bold $text-accent"
SUMMARY_STYLE = "bold"
QUOTE_STYLE = "italic $text-success"
NUMBER_STYLE = "underline $text-warning"
CONFLICT_STYLE = "bold $text-error"
TARGET_STYLE = "reverse"
MUTED_STYLE = "$text-muted"
FURNITURE_STYLE = "dim italic"

READER_LINES = 1500
"""Lines of a file laid out at once in the reader."""

FURNITURE_MODES = ("dim", "hide", "show")
"""How the reader shows lines set aside by cleaning, in toggle order."""


@dataclass(frozen=True)
class Jump:
    """Where choosing an entry takes the user."""

    view: str
    """reader, visits or quotes."""
    key: str
    """Article id (reader), visit id (visits) or speaker name (quotes)."""
    start: int = 0
    """Reader: offset of the span to show."""
    end: int = 0
    """Reader: offset just past it (equal to start for the article's top)."""


@dataclass(frozen=True)
class Entry:
    """One line (or a few) of a list, and where it leads; headings lead nowhere."""

    prompt: Content
    """What is displayed."""
    jump: Jump | None = None
    """None for headings and notes."""


def plain(text: str | None, style: str = "") -> Content:
    """Untrusted text on one line, literal."""
    content = Content(one_line(text))
    return content.stylize(style) if style else content


def join(*parts: Content | str | tuple[str, str]) -> Content:
    """Own strings and Content pieces side by side; a (text, style) pair is untrusted text, styled."""
    out = Content("")
    for part in parts:
        if isinstance(part, tuple):
            text, style = part
            # one_line() trims; the spaces around a piece are layout, so they are put back.
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() and text.strip() else ""
            out = out + lead + plain(text, style) + trail
        else:
            out = out + part
    return out


def heading(title: str) -> Entry:
    """A section heading inside a list, set off by a blank line."""
    return Entry(Content("\n" + title).stylize(HEADING_STYLE))


def note(text: str) -> Entry:
    """A muted line saying a section is empty."""
    return Entry(Content("  " + text).stylize(MUTED_STYLE))


def article_title(article: Article) -> str:
    """An article's title, or its id when it has none."""
    return one_line(article.title) or article.id


def visit_label(digest: Digest, visit: Visit) -> Content:
    """A visit in the list: dates, title, then article count and languages."""
    langs = " ".join(common.languages(common.visit_articles(digest, visit)))
    n = len(visit.articles)
    return join(
        (common.date_range(visit) or "undated", "bold"),
        "\n",
        plain(visit.title or visit.id),
        "\n",
        (f"{n} article{'s' * (n != 1)} · {langs}", MUTED_STYLE),
        "\n",
    )


def _quote_line(digest: Digest, q: Quote, copies: tuple[str, ...] = ()) -> Content:
    """A quote and, under it, its article, language, the languages of its translations and the
    other articles printing the same words."""
    art = _article(digest, q.article)
    meta = [article_title(art), art.lang] if art else [q.article]
    if q.also_in:
        meta.append("also in " + ", ".join(q.also_in))
    if copies:
        meta.append("also printed by " + ", ".join(_source_name(digest, a) for a in copies))
    return join(("“" + one_line(q.text) + "”", QUOTE_STYLE), "\n    ", (" · ".join(meta), MUTED_STYLE))


def _source_name(digest: Digest, article_id: str) -> str:
    """An article as a reader knows it: its outlet, else its title."""
    art = _article(digest, article_id)
    return one_line(art.source or "") or article_title(art) if art else article_id


def _article(digest: Digest, article_id: str) -> Article | None:
    try:
        return digest.article(article_id)
    except KeyError:
        return None


def number_line(digest: Digest, n: KeyNumber, conflicting: set[str]) -> Content:
    """A key number on one line: value, what, who; conflicting ones flagged."""
    flag = ("⚠ ", CONFLICT_STYLE) if n.id in conflicting else ("  ", "")
    who = f" — {one_line(n.speaker)}" if n.speaker else ""
    return join(flag, (common.number_value(n), NUMBER_STYLE), "  ", plain(n.what or n.surface), (who, MUTED_STYLE))


def visit_entries(digest: Digest, visit: Visit) -> list[Entry]:
    """A visit's digest: summary, articles, quotes by speaker, key numbers, timeline."""
    out: list[Entry] = [Entry(plain(visit.title or visit.id, "bold")), heading("Summary")]
    for line in visit.summary:
        out.append(Entry(join("• ", plain(line.text)), Jump("reader", line.article, line.start, line.end)))
    if not visit.summary:
        out.append(note("No summary."))
    out.append(heading("Articles"))
    for a in common.visit_articles(digest, visit):
        meta = " · ".join(x for x in (one_line(a.source), a.lang, a.date or "") if x)
        dup = "  (translation)" if a.duplicate_of else ""
        lines = [join((article_title(a), "bold"), "  ", (meta + dup, MUTED_STYLE))]
        lines += [join("    ", plain(s)) for s in a.summary]
        out.append(Entry(Content("\n").join(lines) + "\n", Jump("reader", a.id)))
    out.append(heading("Quotes by speaker"))
    groups = common.speaker_quotes(digest, visit.id)
    for group in groups:
        role = f"  {group.role}" if group.name and group.role else ""
        out.append(Entry(join(plain(group.heading or "Speaker unknown", "bold"), (role, MUTED_STYLE))))
        out += [Entry(join("  ", _quote_line(digest, q, group.sources(q)[1:])), Jump("reader", q.article, q.start, q.end))
                for q in group.quotes]
    if not groups:
        out.append(note("No quotes."))
    out.append(heading("Key numbers"))
    conflicting = common.conflicting_ids(digest)
    nums = common.visit_numbers(digest, visit.id)
    out += [Entry(number_line(digest, n, conflicting), Jump("reader", n.article, n.start, n.end)) for n in nums]
    if not nums:
        out.append(note("No key numbers."))
    by_id = {n.id: n for n in digest.numbers}
    for c in common.visit_conflicts(digest, visit.id):
        values = ", ".join(common.number_value(by_id[i]) for i in c.numbers if i in by_id)
        out.append(Entry(join(("⚠ conflict: ", CONFLICT_STYLE), plain(c.what), "  ", plain(values))))
    out.append(heading("Timeline"))
    for v in digest.visits:
        here = v.id == visit.id
        mark = ("▶ " if here else "  ", "bold")
        out.append(
            Entry(join(mark, (common.date_range(v) or "undated", "bold" if here else ""), "  ", plain(v.title or v.id)), Jump("visits", v.id))
        )
    for t in digest.trends:
        points = []
        for vid, low, high in t.points:
            value = f"{low:,.10g}" + (f"–{high:,.10g}" if high is not None else "")
            points.append(join((vid, "bold" if vid == visit.id else MUTED_STYLE), " ", plain(value)))
        unit = f" ({one_line(t.unit)})" if t.unit else ""
        out.append(Entry(join("  ", plain(t.what + unit, "bold"), ": ", Content(" → ").join(points))))
    return out


def speaker_entries(digest: Digest, query: str = "") -> list[tuple[str, Content]]:
    """(speaker name, label) for every speaker matching the filter, most quoted first."""
    wanted = fold(query.strip())
    out = []
    for group in common.speaker_quotes(digest):
        speaker = next((s for s in digest.speakers if s.name == group.name), None)
        forms = (group.name, *(speaker.aliases if speaker else ()))
        if wanted and not any(wanted in fold(f) for f in forms):
            continue
        role = f"  {one_line(speaker.role)}" if speaker and speaker.role else ""
        label = join(plain(group.heading or "Speaker unknown", "bold"), f"  {len(group.quotes)}", (role, MUTED_STYLE))
        out.append((group.name, label))
    return out


def quote_entries(digest: Digest, speaker: str) -> list[Entry]:
    """Every quote of a speaker across visits, with article, visit and date."""
    groups = [g for g in common.speaker_quotes(digest) if g.name == speaker]
    visits = {v.id: v for v in digest.visits}
    out = []
    for q in groups[0].quotes if groups else ():
        art = _article(digest, q.article)
        v = visits.get(q.visit)
        copies = groups[0].sources(q)[1:]
        meta = " · ".join(
            x
            for x in (
                article_title(art) if art else q.article,
                art.lang if art else "",
                one_line(v.title) if v else q.visit,
                (art.date if art else None) or (common.date_range(v) if v else ""),
                "also printed by " + ", ".join(_source_name(digest, a) for a in copies) if copies else "",
            )
            if x
        )
        out.append(
            Entry(
                join(("“" + one_line(q.text) + "”", QUOTE_STYLE), "\n  ", (meta, MUTED_STYLE)),
                Jump("reader", q.article, q.start, q.end),
            )
        )
    return out


NUMBER_COLUMNS = ("value", "unit", "what", "speaker", "article", "visit")


def number_rows(
    digest: Digest, visit: str | None, query: str, sort: str, reverse: bool
) -> list[tuple[KeyNumber, tuple[str, ...], bool]]:
    """The numbers table as (number, cells, in a conflict), filtered by visit and text, sorted by a column."""
    conflicting = common.conflicting_ids(digest)
    titles = {a.id: article_title(a) for a in digest.articles}
    wanted = query.strip().casefold()
    rows = []
    for n in common.visit_numbers(digest, visit):
        cells = {
            "value": common.number_value(n),
            "unit": one_line(n.unit),
            "what": one_line(n.what or n.surface),
            "speaker": one_line(n.speaker),
            "article": titles.get(n.article, n.article),
            "visit": n.visit,
        }
        if wanted and not any(wanted in c.casefold() for c in (*cells.values(), one_line(n.surface))):
            continue
        rows.append((n, cells))

    def order(row: tuple[KeyNumber, dict[str, str]]) -> tuple:
        n, cells = row
        return (n.value, n.value_end or n.value) if sort == "value" else (cells[sort].casefold(), n.value)

    rows.sort(key=order, reverse=reverse)
    return [(n, tuple(cells[c] for c in NUMBER_COLUMNS), n.id in conflicting) for n, cells in rows]


def conflict_lines(digest: Digest, visit: str | None) -> Content:
    """One line per conflict of the selection, for under the numbers table."""
    by_id = {n.id: n for n in digest.numbers}
    lines = []
    for c in common.visit_conflicts(digest, visit):
        values = " vs ".join(common.number_value(by_id[i]) for i in c.numbers if i in by_id)
        lines.append(join(("⚠ ", CONFLICT_STYLE), (c.visit, "bold"), "  ", plain(c.what), ": ", plain(values)))
    return Content("\n").join(lines) if lines else Content("No conflicting figures.").stylize(MUTED_STYLE)


def styled_slice(text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]]) -> Content:
    """text[start:end] made printable, with styles on (start, end) spans of the original offsets.

    The text is cut at every mark boundary and each piece cleaned on its own, so removing an
    escape sequence cannot shift a highlight onto the wrong words.
    """
    inside = [(max(s, start), min(e, end), st) for s, e, st in marks if s < end and e > start]
    cuts = sorted({start, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    pieces: list[str] = []
    where: dict[int, int] = {}
    length = 0
    for a, b in zip(cuts, cuts[1:]):
        where[a] = length
        piece = printable(text[a:b]).replace("\n", " ")
        pieces.append(piece)
        length += len(piece)
    where[end] = length
    spans = [Span(where[s], where[e], st) for s, e, st in inside if where[e] > where[s]]
    return Content("".join(pieces)).add_spans(spans)


@dataclass(frozen=True)
class Page:
    """An article laid out for the reader."""

    entries: tuple[Entry, ...]
    """One per shown line of the file."""
    starts: tuple[int, ...]
    """Offset of each entry's first character, to find the line holding an offset."""
    marks: tuple[int, ...]
    """Offsets of quotes and numbers, in order, for next/previous."""


def page(digest: Digest, article: Article, target: tuple[int, int] | None, furniture: str) -> Page:
    """The cleaned article: summary sentences, quotes and numbers marked, the target reversed."""
    a = article.analysis
    marks: list[tuple[int, int, str]] = [
        (a.sentences[i].start, a.sentences[i].end, SUMMARY_STYLE) for i in a.summary if i < len(a.sentences)
    ]
    marks += [(s, e, QUOTE_STYLE) for q in a.quotes if q.kind == "speech" for s, e in (q.parts or ((q.start, q.end),))]
    hot = common.conflicting_ids(digest)
    marks += [
        (n.start, n.end, CONFLICT_STYLE if f"{article.id}:n{i}" in hot else NUMBER_STYLE) for i, n in enumerate(a.numbers)
    ]
    if target and target[1] > target[0]:
        marks.append((target[0], target[1], TARGET_STYLE))
    # Each mark filed under the blocks it overlaps, so a long article is not blocks × marks work.
    block_starts = [b.start for b in a.blocks]
    per_block: dict[int, list[tuple[int, int, str]]] = {}
    for mark in marks:
        i = max(0, bisect_right(block_starts, mark[0]) - 1)
        while i < len(a.blocks) and a.blocks[i].start < mark[1]:
            per_block.setdefault(i, []).append(mark)
            i += 1
    # A huge file would freeze the UI while laid out: show a window of lines around the target.
    here = max(0, bisect_right(block_starts, target[0] if target else 0) - 1)
    lo = max(0, min(here - READER_LINES // 3, len(a.blocks) - READER_LINES))
    hi = min(len(a.blocks), lo + READER_LINES)
    entries: list[Entry] = []
    starts: list[int] = []
    if lo:
        entries.append(note(f"… {lo:,} earlier lines of this long file not shown; / or N goes back there"))
        starts.append(0)
    for i in range(lo, hi):
        b = a.blocks[i]
        if b.kind == BLANK:
            # Paragraph breaks of the file, one empty line however many there were.
            if entries and entries[-1].jump:
                entries.append(Entry(Content("")))
                starts.append(b.start)
            continue
        if b.kind == FURNITURE and furniture == "hide":
            continue
        line = styled_slice(article.text, b.start, b.end, per_block.get(i, ()))
        if b.kind in (TITLE, HEADING):
            line = line.stylize("bold")
        elif b.kind == FURNITURE and furniture == "dim":
            line = line.stylize(FURNITURE_STYLE)
        entries.append(Entry(line, Jump("reader", article.id, b.start, b.end)))
        starts.append(b.start)
    if hi < len(a.blocks):
        entries.append(note(f"… {len(a.blocks) - hi:,} later lines not shown; / or n goes on"))
        starts.append(a.blocks[hi].start)
    spots = sorted({q.start for q in a.quotes if q.kind == "speech"} | {n.start for n in a.numbers})
    return Page(tuple(entries), tuple(starts), tuple(spots))


def line_of(pg: Page, offset: int) -> int:
    """Index of the shown line holding an offset (or the nearest one before it)."""
    return max(0, bisect_right(pg.starts, offset) - 1)


def article_header(article: Article) -> Content:
    """Title and metadata above the reader."""
    meta = " · ".join(x for x in (one_line(article.source), article.lang, article.date or "", one_line(article.url)) if x)
    legend = join(("summary", SUMMARY_STYLE), "  ", ("quote", QUOTE_STYLE), "  ", ("number", NUMBER_STYLE), "  ", ("conflict", CONFLICT_STYLE))
    return join((article_title(article), "bold"), "\n", (meta, MUTED_STYLE), "\n", legend)


def search(digest: Digest, query: str, limit: int = 200) -> list[Entry]:
    """Visits, speakers, quotes, numbers and article lines matching the query, in that order."""
    q = query.strip()
    if not q:
        return []
    pattern = re.compile(re.escape(q), re.IGNORECASE)
    folded = fold(q)
    out: list[Entry] = []

    def tag(kind: str) -> Content:
        return Content(f"{kind:<8}").stylize(MUTED_STYLE)

    for v in digest.visits:
        if pattern.search(f"{v.id} {v.title} {v.place or ''}"):
            out.append(Entry(join(tag("visit"), plain(v.title or v.id)), Jump("visits", v.id)))
    for s in digest.speakers:
        if any(folded in fold(f) for f in (s.name, *s.aliases)):
            out.append(Entry(join(tag("speaker"), plain(s.name, "bold"), f"  {s.quotes}"), Jump("quotes", s.name)))
    for quote in digest.quotes:
        if pattern.search(quote.text) or (quote.speaker and pattern.search(quote.speaker)):
            who = f" — {one_line(quote.speaker)}" if quote.speaker else ""
            out.append(Entry(join(tag("quote"), plain(_clip(quote.text, 0, len(quote.text), 100), QUOTE_STYLE), (who, MUTED_STYLE)), Jump("reader", quote.article, quote.start, quote.end)))
    for n in digest.numbers:
        if pattern.search(f"{n.surface} {n.what} {n.speaker or ''}"):
            out.append(Entry(join(tag("number"), (common.number_value(n), NUMBER_STYLE), "  ", plain(n.what or n.surface)), Jump("reader", n.article, n.start, n.end)))
    for a in digest.articles:
        for m in pattern.finditer(a.text):
            if len(out) >= limit:
                return out
            out.append(
                Entry(
                    join(tag("article"), plain(article_title(a), "bold"), "  ", plain(_clip(a.text, m.start(), m.end(), 70))),
                    Jump("reader", a.id, m.start(), m.end()),
                )
            )
    return out[:limit]


def _clip(text: str, start: int, end: int, width: int) -> str:
    """The match with some context either side, on one line."""
    a = max(0, start - width // 2)
    b = min(len(text), end + width // 2)
    return ("…" if a else "") + one_line(text[a:b]) + ("…" if b < len(text) else "")
