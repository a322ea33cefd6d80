"""One statement printed word for word by two outlets of a visit is shown and counted once."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from rich.console import Console

from digest import pipeline
from digest.config import Config
from digest.output import common, markdown, terminal

FIRST = """Tinubu in Berlin

Berlin, 12.03.2026. Bundeskanzler Friedrich Merz hat den nigerianischen Präsidenten Bola Ahmed Tinubu empfangen.

Merz sagte: „Wir wollen, dass deutsche Unternehmen in Nigeria nicht nur kaufen, sondern investieren.“
"""

SECOND = """Berlin umwirbt Nigeria

Berlin, 13.03.2026. Der nigerianische Präsident Bola Ahmed Tinubu traf Bundeskanzler Friedrich Merz.

«Wir wollen, dass deutsche Unternehmen in Nigeria nicht nur kaufen, sondern investieren», sagte Merz.
«Wir haben mit Nigeria noch viel vor», sagte der Kanzler.
"""


def _digest(tmp_path: Path):
    folder = tmp_path / "2026-03-berlin"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, "utf-8")
    (folder / "b.txt").write_text(SECOND, "utf-8")
    return pipeline.build([str(tmp_path)], Config(), use_cache=False)


def test_a_copied_quote_is_one_statement_with_both_articles(tmp_path: Path) -> None:
    d = _digest(tmp_path)
    # Both articles keep their own quote: the JSON contract lists every quote found.
    assert sum(q.speaker == "Friedrich Merz" for q in d.quotes) == 3
    (group,) = common.speaker_quotes(d)
    assert group.name == "Friedrich Merz"
    assert [common.quote_text(q)[:12] for q in group.quotes] == ["Wir wollen, ", "Wir haben mi"]
    assert [group.sources(q) for q in group.quotes] == [("a", "b"), ("b",)]
    assert next(s.quotes for s in d.speakers if s.name == "Friedrich Merz") == 2


def test_printers_show_a_copied_quote_once(tmp_path: Path) -> None:
    d = _digest(tmp_path)
    md = markdown.render(d, 200).partition("Quotes by speaker")[2]
    assert md.count("Wir wollen") == 1
    assert "investieren.” [a, b]" in md
    out = StringIO()
    terminal.render(d, Console(file=out, width=200, color_system=None))
    shown = out.getvalue().partition("Quotes by speaker")[2]
    assert shown.count("Wir wollen") == 1
    assert "[a, b]" in shown


def test_the_browser_names_the_outlet_that_printed_it_too(tmp_path: Path) -> None:
    from digest.tui import view

    d = _digest(tmp_path)
    (visit,) = d.visits
    lines = [e.prompt.plain for e in view.visit_entries(d, visit)]
    shown = [line for line in lines if "Wir wollen" in line and "“" in line]
    assert len(shown) == 1
    assert "also printed by Berlin umwirbt Nigeria" in shown[0]
    (entry,) = [e.prompt.plain for e in view.quote_entries(d, "Friedrich Merz") if "Wir wollen" in e.prompt.plain]
    assert "also printed by Berlin umwirbt Nigeria" in entry


def test_an_outlet_quoting_part_of_a_statement_repeats_it() -> None:
    from digest.model import Quote
    from digest.speakers import copies

    def q(text: str, speaker: str = "Friedrich Merz", visit: str = "v") -> Quote:
        return Quote(start=0, end=len(text), text=text, speaker=speaker, visit=visit)

    full = q("Wir wollen, dass deutsche Unternehmen investieren. Dafür braucht es Rechtssicherheit.")
    part = q("wir wollen, dass deutsche Unternehmen investieren")
    stock = q("Wir wollen, dass")  # too short to tell a copy from a phrase said twice
    other_speaker = q("Wir wollen, dass deutsche Unternehmen investieren", speaker="Bola Ahmed Tinubu")
    other_visit = q("Wir wollen, dass deutsche Unternehmen investieren", visit="w")
    assert copies([part, full, stock, other_speaker, other_visit]) == {0: 1}
