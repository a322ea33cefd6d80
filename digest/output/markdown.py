"""The Markdown digest: plain CommonMark wrapped for mail, every piece of article text escaped."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from digest.model import Digest, Visit
from digest.output import common
from digest.safety import one_line

# An underscore between two letters or digits cannot start emphasis, so ids stay readable.
_SPECIAL = re.compile(r"([\\`*\[\]<>]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([-+#>=]|\d+[.)])")
# The space before a word that would open a list, heading or quote at a line's start ("9. ožujka"),
# and what holds it while a paragraph is wrapped: the word goes down with the one before it.
_RISKY_SPACE = re.compile(r" (?=[-+#>=]|\d+[.)])")
_HOLD = "\ue001"
# The space inside a guillemet ("« mot »"), and what holds it while a paragraph is wrapped.
_GUILLEMET_SPACE = re.compile(r"[«‹] +| +[»›]")
_GLUE = "\ue000"


def esc(text: str | None) -> str:
    """Untrusted text as inert Markdown on one line: no markup, links, HTML or entities."""
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", one_line(text)))


class _Writer:
    """Collects wrapped Markdown lines."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list[str] = []

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def heading(self, level: int, text: str) -> None:
        self.blank()
        self.lines.append("#" * level + " " + text)
        self.lines.append("")

    def para(self, text: str, first: str = "", rest: str = "") -> None:
        # French spacing ("« stratégique »", a no-break space once) must not leave a guillemet
        # alone at a line's end or start: the space is held by a private-use character while wrapping.
        glued = "«" in text or "»" in text or "‹" in text or "›" in text
        if glued:
            text = _GUILLEMET_SPACE.sub(lambda m: m.group().replace(" ", _GLUE), text)
        # (An escape would show in the mail's plain text: "9\. ožujka".)
        held = _RISKY_SPACE.search(text) is not None
        if held:
            text = _RISKY_SPACE.sub(_HOLD, text)
        wrapped = textwrap.wrap(
            text,
            self.width,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for i, line in enumerate(wrapped):
            # A wrapped line must not start a list, heading or quote of its own.
            prefix = first if i == 0 else rest
            body = line[len(prefix) :]
            if (m := _LINE_START.match(body)) and (i > 0 or not first):
                # After the number, "9\.": CommonMark shows a backslash before a digit as it is.
                marker = m.end() - 1 if m.group(2)[0].isdigit() else m.start(2)
                body = body[:marker] + "\\" + body[marker:]
            line = (prefix + body).rstrip()
            if glued:
                line = line.replace(_GLUE, " ")
            self.lines.append(line.replace(_HOLD, " ") if held else line)

    def item(self, text: str, bullet: str = "- ") -> None:
        self.para(text, bullet, " " * len(bullet))

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def render(
    digest: Digest,
    width: int = 78,
    sections: Sequence[str] = common.SECTIONS,
    speaker: str | None = None,
) -> str:
    """The whole digest (or the chosen sections) as Markdown."""
    w = _Writer(width)
    arts = digest.articles
    langs = ", ".join(common.languages(arts))
    w.heading(1, "Digest")
    w.para(
        f"{common.plural(len(digest.visits), 'visit')}, {common.plural(len(arts), 'article')}"
        + (f" ({langs})" if langs else "")
        + "."
    )
    for v in digest.visits:
        _visit(w, digest, v, sections, speaker)
    if "timeline" in sections and len(digest.visits) > 1:
        _timeline(w, digest)
    return w.text()


def _visit(w: _Writer, digest: Digest, v: Visit, sections: Sequence[str], speaker: str | None) -> None:
    w.heading(2, esc(v.title) + (f" ({common.date_range(v)})" if common.date_range(v) else ""))
    facts = [f"Visit id: {esc(v.id)}"]
    if v.place:
        facts.append(f"Place: {esc(v.place)}")
    facts.append(f"Articles: {len(v.articles)}" + (f" ({', '.join(map(esc, v.languages))})" if v.languages else ""))
    facts.append(f"Grouped by: {esc(v.grouped_by)}")
    if v.participants:
        facts.append("Participants: " + ", ".join(esc(p) for p in v.participants))
    if v.stories_from:
        facts.append("Also told in the round-ups (quotes and figures below): " + ", ".join(map(esc, v.stories_from)))
    w.para(". ".join(facts) + ".")
    if "summary" in sections and v.summary:
        w.heading(3, "Digest")
        for line in v.summary:
            w.item(f"{esc(line.text)} [{esc(line.article)}]")
    if "articles" in sections:
        w.heading(3, "Articles")
        for a in common.visit_articles(digest, v):
            if a.duplicate_of:
                continue
            w.blank()
            w.para(f"**{esc(a.title or a.id)}**")
            meta = [esc(x) for x in (a.source, a.lang, a.date) if x]
            extra = common.also_in(digest, a)
            if extra:
                meta.append("also in: " + ", ".join(extra))
            meta.append(f"id: {esc(a.id)}")
            w.para(" · ".join(meta))
            if a.url:
                w.para(_url(a.url))
            for s in a.summary:
                w.item(esc(s))
    if "quotes" in sections:
        groups = common.speaker_quotes(digest, v.id, speaker)
        if groups or speaker is None:
            w.heading(3, "Quotes by speaker")
        if not groups and speaker is None:
            w.para("No direct quotes.")
        for g in groups:
            w.blank()
            n = len(g.quotes)
            role = f" — {esc(g.role)}" if g.name and esc(g.role) else ""
            w.para(f"**{esc(g.heading) or 'Unattributed'}**{role} ({common.plural(n, 'quote')})")
            for q in g.quotes:
                extra = f"; also in: {', '.join(q.also_in)}" if q.also_in else ""
                w.item(f"“{esc(common.quote_text(q))}” [{esc(', '.join(g.sources(q)))}{extra}]")
    if "numbers" in sections:
        nums = common.visit_numbers(digest, v.id)
        w.heading(3, "Key numbers")
        if not nums:
            w.para("No key numbers.")
        conflicts = common.visit_conflicts(digest, v.id)
        if conflicts:
            w.para("Conflicting figures:")
            by_id = {n.id: n for n in digest.numbers}
            for c in conflicts:
                parts = []
                for k, i in enumerate(c.numbers):
                    n = by_id[i]
                    # Every source giving the value, agreeing ones grouped: "(a, Osmani; b)".
                    given = [by_id[j] for j in c.sources[k] if j in by_id] if k < len(c.sources) else [n]
                    said = "; ".join(f"{esc(o.article)}, {esc(o.speaker)}" if o.speaker else esc(o.article) for o in given or [n])
                    parts.append(f"{esc(common.number_value(n))} ({said})")
                w.item(f"{esc(c.what)}: " + " vs ".join(parts))
            w.blank()
            w.para("All figures:")
        conflicted = common.conflicting_ids(digest)
        for n in nums:
            who = f"; {esc(n.speaker)}" if n.speaker else ""
            mark = " (conflict)" if n.id in conflicted else ""
            what = esc(n.what) or esc(n.surface)
            w.item(f"{esc(common.number_value(n))}: {what}{mark} [{esc(n.article)}{who}]")


def _timeline(w: _Writer, digest: Digest) -> None:
    w.heading(2, "Timeline")
    for v, gap in common.timeline(digest):
        later = f", {gap}" if gap else ""
        w.item(
            f"{common.date_range(v) or 'undated'}: {esc(v.title)} "
            f"({common.plural(len(v.articles), 'article')}{later})"
        )
    for t in digest.trends:
        w.blank()
        w.para(f"**{esc(t.what)}** across visits:")
        for vid, lo, hi in t.points:
            w.item(f"{esc(vid)}: {esc(common.trend_value(t, lo, hi))}")


def _url(url: str) -> str:
    """An http(s) URL as an autolink that nothing can close early; anything else as inert text."""
    url = one_line(url)
    if not re.match(r"^https?://[^\s]+$", url, re.IGNORECASE):
        return esc(url)
    return "<" + re.sub(r"[<>\\\s]", lambda m: f"%{ord(m.group()):02X}", url) + ">"
