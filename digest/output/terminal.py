"""The terminal digest, printed with rich: article text always as plain Text, never as markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from digest.model import Digest, Visit
from digest.output import common
from digest.safety import one_line

BARS = "▁▂▃▄▅▆▇█"


def make_console(file: IO[str] | None = None, width: int | None = None, color: bool | None = None) -> Console:
    """A console that never colours a pipe and respects NO_COLOR (rich reads it)."""
    return Console(
        file=file,
        width=width,
        markup=False,
        highlight=False,
        emoji=False,
        no_color=None if color is None else not color,
        force_terminal=color,
        soft_wrap=False,
    )


def t(text: str | None, style: str = "") -> Text:
    """Untrusted text as an inert rich Text."""
    return Text(one_line(text), style=style)


def render(
    digest: Digest,
    console: Console,
    sections: Sequence[str] = common.SECTIONS,
    speaker: str | None = None,
) -> None:
    """Print the digest (or chosen sections) to the console."""
    arts = digest.articles
    head = Text()
    head.append("Digest", "bold")
    head.append(
        f"  {common.plural(len(digest.visits), 'visit')} · {common.plural(len(arts), 'article')}"
        f" · {', '.join(common.languages(arts))}"
    )
    console.print(head)
    for v in digest.visits:
        console.print()
        console.print(_visit(digest, v, sections, speaker))
    if "timeline" in sections and len(digest.visits) > 1:
        console.print()
        console.print(_timeline(digest))


def _visit(digest: Digest, v: Visit, sections: Sequence[str], speaker: str | None) -> Panel:
    parts: list = []
    facts = Text(style="dim")
    facts.append(" · ".join(x for x in (common.date_range(v), one_line(v.place)) if x))
    facts.append(
        f" · {common.plural(len(v.articles), 'article')} ({', '.join(v.languages)})"
        f" · grouped by {v.grouped_by} · id {one_line(v.id)}"
    )
    parts.append(facts)
    if v.participants:
        parts.append(Text.assemble(("Participants: ", "dim"), one_line(", ".join(v.participants))))
    if v.stories_from:
        parts.append(Text.assemble(("Also told in the round-ups: ", "dim"), one_line(", ".join(v.stories_from))))
    if "summary" in sections and v.summary:
        parts.append(Rule("Digest", style="cyan", align="left"))
        for line in v.summary:
            parts.append(Padding(Text.assemble(one_line(line.text), (f"  [{line.article}]", "dim")), (0, 0, 0, 2)))
    if "articles" in sections:
        parts.append(Rule("Articles", style="cyan", align="left"))
        for a in common.visit_articles(digest, v):
            if a.duplicate_of:
                continue
            title = Text.assemble((one_line(a.title or a.id), "bold"))
            meta = [one_line(x) for x in (a.source, a.lang, a.date) if x]
            extra = common.also_in(digest, a)
            if extra:
                meta.append("also in: " + ", ".join(extra))
            title.append("  " + " · ".join(meta), "dim")
            parts.append(title)
            for s in a.summary:
                parts.append(Padding(Text(one_line(s)), (0, 0, 0, 2)))
    if "quotes" in sections:
        groups = common.speaker_quotes(digest, v.id, speaker)
        if groups or speaker is None:
            parts.append(Rule("Quotes by speaker", style="cyan", align="left"))
        for g in groups:
            role = f" — {one_line(g.role)}" if g.name and one_line(g.role) else ""
            parts.append(Text.assemble((one_line(g.heading) or "Unattributed", "bold magenta"), role, f" ({len(g.quotes)})"))
            for q in g.quotes:
                extra = f"; also in: {', '.join(q.also_in)}" if q.also_in else ""
                line = Text.assemble("“", one_line(common.quote_text(q)), "”", (f"  [{', '.join(g.sources(q))}{extra}]", "dim"))
                parts.append(Padding(line, (0, 0, 0, 2)))
    if "numbers" in sections:
        parts.append(Rule("Key numbers", style="cyan", align="left"))
        parts.append(_numbers_table(digest, v))
    return Panel(Group(*parts), title=t(v.title, "bold"), title_align="left", border_style="blue")


def _numbers_table(digest: Digest, v: Visit) -> Table | Text:
    nums = common.visit_numbers(digest, v.id)
    if not nums:
        return Text("No key numbers.", style="dim")
    conflicted = common.conflicting_ids(digest)
    table = Table(show_edge=False, pad_edge=False, expand=False, header_style="bold")
    for col in ("value", "what", "speaker", "article"):
        table.add_column(col, overflow="fold")
    for n in nums:
        style = "bold red" if n.id in conflicted else ""
        value = t(common.number_value(n), style)
        if n.id in conflicted:
            value.append(" ≠", "bold red")
        table.add_row(value, t(n.what or n.surface), t(n.speaker), t(n.article, "dim"))
    return table


def _timeline(digest: Digest) -> Panel:
    parts: list = []
    for v, gap in common.timeline(digest):
        later = f", {gap}" if gap else ""
        parts.append(
            Text.assemble(
                (common.date_range(v) or "undated", "bold"),
                "  ",
                one_line(v.title),
                (f"  ({common.plural(len(v.articles), 'article')}{later})", "dim"),
            )
        )
    for tr in digest.trends:
        values = [hi if hi is not None else lo for _, lo, hi in tr.points]
        top = max(values) or 1
        parts.append(Text(""))
        parts.append(Text((one_line(tr.what)), "bold"))
        for (vid, lo, hi), val in zip(tr.points, values):
            bar = "█" * max(1, round(20 * val / top))
            rng = one_line(common.trend_value(tr, lo, hi))
            parts.append(Text.assemble(f"  {one_line(vid):<20} ", (bar, "green"), f" {rng}"))
    return Panel(Group(*parts), title="Timeline", title_align="left", border_style="blue")
