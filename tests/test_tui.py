"""The Textual browser: navigation with Pilot, remapped keys, hostile text, loading, and SVG snapshots.

The snapshots (tests/__snapshots__/test_tui/) are regenerated deliberately with
`pytest tests/test_tui.py --snapshot-update`, after looking at the new SVGs.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, OptionList, Select

from digest.errors import ConfigError
from digest.model import FURNITURE, TEXT, TITLE, Analysis, Article, Block, Conflict, Digest, KeyNumber, Quote, Sentence
from digest.model import Speaker, SummaryLine, Trend, Visit
from digest.tui import keymap, view
from digest.tui.app import DigestApp, EntryList, KeysScreen, SearchScreen, _highlighted
from digest.tui.view import Jump

# A small fictional corpus: two visits, a translation, a conflict, a trend, and a hostile file.
ROME = "2031-03-rome"
WARSAW = "2032-05-warsaw"
HOSTILE_TITLE = "[bold]Breaking[/] \x1b]0;pwned\x07news"
HOSTILE_QUOTE = "[b]I am not bold[/b] [/]"


def _article(
    aid: str,
    lines: Sequence[tuple[str, str]],
    *,
    lang: str,
    visit: str,
    date: str,
    quotes: Sequence[tuple[str, str | None]] = (),
    numbers: Sequence[tuple[str, float, str, str, str | None]] = (),
    summary: Sequence[int] = (),
    url: str | None = None,
    duplicate_of: str | None = None,
) -> Article:
    """An analysed article whose lines are (kind, text); each text line is one sentence."""
    text = "\n".join(t for _, t in lines) + "\n"
    blocks, pos = [], 0
    for kind, t in lines:
        blocks.append(Block(pos, pos + len(t), kind))
        pos += len(t) + 1
    sents = tuple(Sentence(b.start, b.end, i) for i, b in enumerate(blocks) if b.kind == TEXT)
    qs = tuple(
        Quote(text.index(q), text.index(q) + len(q), q, speaker=who, speaker_form=who) for q, who in quotes
    )
    ns = tuple(
        KeyNumber(text.index(s), text.index(s) + len(s), s, v, unit=u, what=w, speaker=who)
        for s, v, u, w, who in numbers
    )
    title = next(t for k, t in lines if k == TITLE)
    analysis = Analysis(lang, title, "Fixture Wire", date, tuple(blocks), sents, tuple(summary), qs, ns)
    return Article(aid, f"{visit}/{aid}.txt", text, analysis, title, "Fixture Wire", url, date, lang, visit,
                   duplicate_of=duplicate_of)


def fixture_digest() -> Digest:
    """The fixture corpus as the pipeline would assemble it."""
    a = _article(
        "a1",
        [
            (TITLE, "Kowal and Rossi sign an energy deal in Rome"),
            (FURNITURE, "Home | World | Politics"),
            (TEXT, "President Anna Kowal arrived in Rome on Tuesday for a two-day visit."),
            (TEXT, "\"Our trade reached 25.6 billion dollars last year,\" Kowal said."),
            (TEXT, "Prime minister Luca Rossi put trade at 27.8 billion dollars."),
            (TEXT, "\"We will build the pipeline together,\" Rossi said."),
            (FURNITURE, "Share this article"),
        ],
        lang="en", visit=ROME, date="2031-03-04", url="https://example.org/rome",
        quotes=[("Our trade reached 25.6 billion dollars last year,", "Anna Kowal"),
                ("We will build the pipeline together,", "Luca Rossi")],
        numbers=[("25.6 billion dollars", 25.6e9, "USD", "trade last year", "Anna Kowal"),
                 ("27.8 billion dollars", 27.8e9, "USD", "trade last year", None)],
        summary=(0, 2),
    )
    b = _article(
        "a2",
        [
            (TITLE, "Kowal et Rossi signent un accord à Rome"),
            (TEXT, "« Nos échanges ont atteint 25,6 milliards de dollars », a déclaré Kowal."),
        ],
        lang="fr", visit=ROME, date="2031-03-04", duplicate_of="a1",
        quotes=[("Nos échanges ont atteint 25,6 milliards de dollars", "Anna Kowal")],
        summary=(0,),
    )
    c = _article(
        "a3",
        [
            (TITLE, "Rossi in Warsaw: partners, not rivals"),
            (TEXT, "Luca Rossi came to Warsaw to meet Anna Kowal."),
            (TEXT, "\"We are partners, not rivals,\" Kowal told reporters."),
            (TEXT, "Trade grew to 30 billion dollars, officials said."),
        ],
        lang="en", visit=WARSAW, date="2032-05-20",
        quotes=[("We are partners, not rivals,", "Anna Kowal")],
        numbers=[("30 billion dollars", 30e9, "USD", "trade", None)],
        summary=(0, 1),
    )
    h = _article(
        "h1",
        [
            (TITLE, HOSTILE_TITLE),
            (TEXT, "Text with [/] and [red]markup[/red] and \x1b[31mescape\x1b[0m codes \u202eevil."),
            (TEXT, f"\"{HOSTILE_QUOTE}\" said [i]Mallory[/i]."),
        ],
        lang="en", visit=WARSAW, date="2032-05-21", url="file:///etc/passwd",
        quotes=[(HOSTILE_QUOTE, "[i]Mallory[/i]")],
        summary=(0,),
    )
    articles = (a, b, c, h)
    quotes = tuple(
        replace(q, id=f"{x.id}:q{i}", article=x.id, visit=x.visit or "")
        for x in articles for i, q in enumerate(x.analysis.quotes)
    )
    numbers = tuple(
        replace(n, id=f"{x.id}:n{i}", article=x.id, visit=x.visit or "")
        for x in articles for i, n in enumerate(x.analysis.numbers)
    )

    def line(x: Article, i: int) -> SummaryLine:
        s = x.analysis.sentences[i]
        return SummaryLine(x.sentence_text(s), x.id, s.start, s.end)

    visits = (
        Visit(ROME, "Kowal in Rome", "2031-03-04", "2031-03-05", "Rome", "folder", ("a1", "a2"),
              (line(a, 0), line(a, 2)), ("Anna Kowal", "Luca Rossi"), ("en", "fr")),
        Visit(WARSAW, "Rossi in Warsaw", "2032-05-20", "2032-05-21", "Warsaw", "folder", ("a3", "h1"),
              (line(c, 0), line(h, 0)), ("Anna Kowal",), ("en",)),
    )
    speakers = (
        Speaker("Anna Kowal", ("Anna Kowal", "Kowal"), 2, "President"),
        Speaker("Luca Rossi", ("Luca Rossi", "Rossi"), 1, "Prime minister"),
        Speaker("[i]Mallory[/i]", ("[i]Mallory[/i]",), 1),
    )
    return Digest(
        "test", articles, visits, quotes, numbers, speakers,
        (Conflict(ROME, "trade last year", ("a1:n0", "a1:n1")),),
        (Trend("trade", "USD", ((ROME, 25.6e9, 27.8e9), (WARSAW, 30e9, None))),),
    )


def app_for(digest: Digest | None = None, **kw: object) -> DigestApp:
    """The browser on a ready digest (still delivered by the worker, like a real load)."""
    d = digest or fixture_digest()
    return quick(DigestApp(lambda progress, partial: d, corpus="fixture", **kw))  # type: ignore[arg-type]


def quick(app: DigestApp) -> DigestApp:
    """No animations: Pilot waits for them after every key."""
    app.animation_level = "none"
    return app


async def until(pilot: Pilot, ready: Callable[[], object], timeout: float = 15) -> None:
    """Let the app run until ready() holds (workers and timers run on their own schedule)."""
    for _ in range(int(timeout / 0.01)):
        if ready():
            return
        await pilot.pause(0.01)


async def loaded(pilot: Pilot) -> None:
    """Wait until the worker has delivered the digest and the views are filled."""
    await until(pilot, lambda: pilot.app.digest is not None)  # type: ignore[attr-defined]
    await pilot.pause()


def drive(app: DigestApp, script: Callable[[Pilot], Awaitable[None]], size: tuple[int, int] = (120, 35)) -> None:
    """Run the app headless through a script of keys and checks."""

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await loaded(pilot)
            await script(pilot)

    asyncio.run(main())


def entries(app: DigestApp, selector: str) -> list[str]:
    return [e.prompt.plain for e in app.screen.query_one(selector, EntryList).entries]


def to_reader(article_id: str) -> Jump:
    return Jump("reader", article_id)


def test_speaker_quotes_across_visits_and_jump_into_the_article() -> None:
    app = app_for()
    d = fixture_digest()
    kowal = [q for q in d.quotes if q.speaker == "Anna Kowal" and q.article != "a2"]

    async def script(pilot: Pilot) -> None:
        await pilot.press("2")
        assert app.current_view() == "quotes" and app.focused.id == "speaker-list"
        await pilot.press("shift+tab", *"kowal")  # back to the filter, type a name
        assert entries(app, "#speaker-list")[0].startswith("Anna Kowal")
        await pilot.press("enter", "enter")  # to the speaker list, then to that speaker's quotes
        shown = entries(app, "#quote-list")
        assert len(shown) == len(kowal) == 2  # the French translation counts once
        assert "Kowal in Rome" in shown[0] and "Rossi in Warsaw" in shown[1]
        await pilot.press("j", "enter")
        assert app.current_view() == "reader"
        q = kowal[1]
        assert (app.reader.key, app.reader.start, app.reader.end) == (q.article, q.start, q.end)
        assert "We are partners" in app.query_one("#reader-body", EntryList).current().prompt.plain
        await pilot.press("escape")
        assert app.current_view() == "quotes" and app.focused.id == "quote-list"

    drive(app, script)


def test_numbers_sort_filter_open_then_reader_marks_and_markdown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    app = app_for(markdown_dir=tmp_path)

    async def script(pilot: Pilot) -> None:
        await pilot.press("3", "S")  # numbers, largest first
        table = app.query_one("#number-table", DataTable)
        assert app.number_ids[0] == "a3:n0" and table.row_count == 3
        app.query_one("#number-visit", Select).value = WARSAW
        await pilot.pause()
        assert app.number_ids == ["a3:n0"]
        app.query_one("#number-visit", Select).clear()
        await pilot.press("shift+tab", *"last year")  # the text filter
        assert table.row_count == 2
        table.focus()
        await pilot.press("G", "enter")
        assert app.current_view() == "reader" and app.reader.key == "a1"
        text = app.digest.article("a1").text
        assert app.reader.start == text.index("25.6 billion")
        await pilot.press("N")  # the previous mark: the quote holding that figure
        assert text[app.reader.start :].startswith("Our trade")
        assert len(entries(app, "#reader-body")) == 7  # furniture shown dimmed by default
        await pilot.press("f")  # dim -> hide
        assert not any("Share this article" in e for e in entries(app, "#reader-body"))
        await pilot.press("o", "m", "M")
        assert opened == ["https://example.org/rome"]

    drive(app, script)
    one = (tmp_path / f"digest-{ROME}.md").read_text("utf-8")
    assert "Kowal in Rome" in one and "Rossi in Warsaw" not in one
    assert "Rossi in Warsaw" in (tmp_path / "digest.md").read_text("utf-8")


def test_search_and_command_palette_jump() -> None:
    app = app_for()

    async def script(pilot: Pilot) -> None:
        await pilot.press("slash", *"pipeline")
        assert isinstance(app.screen, SearchScreen)
        await until(pilot, lambda: entries(app, "#search-results"))
        results = entries(app, "#search-results")
        assert results[0].startswith("quote") and "pipeline" in results[0]
        assert any(r.startswith("article") for r in results)
        await pilot.press("enter")
        assert app.current_view() == "reader" and app.reader.key == "a1"
        await pilot.press("slash", *"zzqx")
        await until(pilot, lambda: entries(app, "#search-results"))
        assert "Nothing matches" in entries(app, "#search-results")[0]
        await pilot.press("escape", "ctrl+p", *"rossi in warsaw")
        await until(pilot, lambda: "Visit: Rossi in Warsaw" in _first_option(app))
        await pilot.press("enter")
        await until(pilot, lambda: app.current_view() == "visits")
        assert app.visit_id == WARSAW

    drive(app, script)


def _first_option(app: DigestApp) -> str:
    """The first line offered by the option list on screen (the command palette's)."""
    options = app.screen.query_one(OptionList)
    return str(options.get_option_at_index(0).prompt) if options.option_count else ""


def test_keys_are_remapped_from_config_and_unknown_ids_warn() -> None:
    app = app_for(keys={"view_quotes": "w", "quit": "x", "no_such_action": "z"})

    async def script(pilot: Pilot) -> None:
        assert any("no_such_action" in n.message for n in app._notifications)
        await pilot.press("w")
        assert app.current_view() == "quotes"
        await pilot.press("1", "2")
        assert app.current_view() == "visits"  # 2 no longer switches
        await pilot.press("question_mark")
        assert isinstance(app.screen, KeysScreen)
        rows = {r[1]: r[0] for r in app.key_rows()}
        assert set(rows) >= {a.id for a in keymap.ACTIONS}
        assert rows["view_quotes"] == "w"
        assert app.screen.query_one(DataTable).row_count == len(app.key_rows())
        await pilot.press("question_mark")  # toggles
        assert not isinstance(app.screen, KeysScreen)
        await pilot.press("question_mark", "escape", "q")
        assert not isinstance(app.screen, KeysScreen) and app.is_running
        await pilot.press("x")
        assert not app.is_running

    drive(app, script)


def test_keymap_check_keeps_good_entries_and_names_bad_ones() -> None:
    usable, warnings = keymap.check({"quit": " q , ctrl+c ", "bogus": "b", "search": " , "})
    assert usable == {"quit": "q,ctrl+c"}
    assert len(warnings) == 2 and "bogus" in warnings[0] and "search" in warnings[1]


def test_reader_lays_out_a_window_of_a_huge_file_around_the_target() -> None:
    lines = [(TITLE, "Long")] + [(TEXT, f"Line {i} of a very long file.") for i in range(9000)]
    big = _article("big", lines, lang="en", visit=ROME, date="2031-03-04", quotes=[("Line 4000 of", None)])
    q = big.analysis.quotes[0]
    pg = view.page(fixture_digest(), big, (q.start, q.end), "dim")
    assert len(pg.entries) <= view.READER_LINES + 2
    assert "earlier lines" in pg.entries[0].prompt.plain and "later lines" in pg.entries[-1].prompt.plain
    assert pg.entries[view.line_of(pg, q.start)].prompt.plain.startswith("Line 4000 of")


def test_loading_error_is_a_notification_and_the_app_stays_usable() -> None:
    def broken(progress: Callable[[int, int, str], None], partial: Callable[[Digest], None]) -> Digest:
        raise ConfigError("config.toml:3: width must be between 30 and 1000, not 5")

    app = quick(DigestApp(broken, corpus="x"))

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: app._notifications)
            (note,) = list(app._notifications)
            assert note.severity == "error" and "width must be" in note.message
            await pilot.press("2", "3", "slash")
            assert app.is_running and app.current_view() == "numbers"

    asyncio.run(main())


def test_a_highlight_arriving_after_its_list_changed_or_went_is_ignored() -> None:
    # On a busy machine a highlight can reach the app after the app closed (or the list was
    # refilled): it must name no entry rather than fail.
    app = quick(app_for())

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await loaded(pilot)
            lst = app.query_one("#speaker-list", EntryList)
            option = lst.get_option_at_index(0)
            assert _highlighted(OptionList.OptionHighlighted(lst, option, 0)) is lst.entries[0]
            assert _highlighted(OptionList.OptionHighlighted(lst, option, len(lst.entries))) is None
            gone = EntryList(id="speaker-list")
            gone.entries = list(lst.entries)
            assert _highlighted(OptionList.OptionHighlighted(gone, option, 0)) is None

    asyncio.run(main())


def test_progress_is_shown_while_loading_and_views_fill_in() -> None:
    release = threading.Event()
    shown_partial = threading.Event()

    def slow(progress: Callable[[int, int, str], None], partial: Callable[[Digest], None]) -> Digest:
        progress(1, 4, "articles/x/first.txt")
        # Generous caps: on a loaded machine the UI may take seconds to reach each step, and the
        # loader must not run ahead of it (the caps only bound a failing run).
        release.wait(60)
        partial(fixture_digest())
        shown_partial.wait(60)
        return fixture_digest()

    app = quick(DigestApp(slow, corpus="x"))

    def label() -> str:
        return str(app.query_one("#loading-label", Label).content)

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: "1/4" in label())
            assert "Analysing 1/4 first.txt" in label()
            await pilot.press("2", "1")  # the UI answers while the worker runs
            assert app.current_view() == "visits" and app.digest is None
            release.set()
            await until(pilot, lambda: app.digest is not None)
            assert app.query_one("#loading").display  # partial digest shown, still loading
            shown_partial.set()
            await until(pilot, lambda: not app.query_one("#loading").display)

    asyncio.run(main())


# Snapshots also check what they show, so each app start is used twice.


def test_snapshot_visits_80x24(snap_compare) -> None:
    async def before(pilot: Pilot) -> None:
        await loaded(pilot)
        app = pilot.app
        assert len(app.query_one("#visit-list", EntryList).entries) == 2
        assert "2 visits" in app.sub_title and "en, fr" in app.sub_title
        body = "\n".join(entries(app, "#visit-body"))
        for part in ("Summary", "Articles", "Quotes by speaker", "Key numbers", "Timeline", "⚠ conflict"):
            assert part in body
        assert "Our trade reached 25.6 billion dollars" in body and "We are partners" not in body
        await pilot.press("j")  # vim down in the visit list: the second visit's digest
        assert app.visit_id == WARSAW and "We are partners" in "\n".join(entries(app, "#visit-body"))
        await pilot.press("k")

    assert snap_compare(app_for(), terminal_size=(80, 24), run_before=before)


def test_snapshot_numbers_200x50(snap_compare) -> None:
    async def before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("3")
        table = pilot.app.query_one("#number-table", DataTable)
        flagged = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert len(flagged) == 3 and sum(f.startswith("⚠") for f in flagged) == 2

    assert snap_compare(app_for(), terminal_size=(200, 50), run_before=before)


def test_snapshot_hostile_article_renders_literally(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)

    async def before(pilot: Pilot) -> None:
        await loaded(pilot)
        app = pilot.app
        await pilot.press("2")
        assert any("[i]Mallory[/i]" in s for s in entries(app, "#speaker-list"))
        app.theme = "textual-light"
        app.follow(to_reader("h1"))
        await pilot.pause()
        text = "\n".join(entries(app, "#reader-body"))
        assert "[bold]Breaking[/] news" in text
        assert "[red]markup[/red]" in text and "[/]" in text
        assert HOSTILE_QUOTE in text and "[i]Mallory[/i]" in text
        assert not any(c in text for c in "\x1b\x07\u202e")
        await pilot.press("o")
        assert opened == []  # file: URLs are not opened

    assert snap_compare(app_for(), terminal_size=(100, 30), run_before=before)


def test_a_reading_warning_names_its_file() -> None:
    from dataclasses import replace

    from digest.model import Problem

    d = replace(fixture_digest(), warnings=(Problem("rome/a1.txt", "language could not be determined"),))
    app = app_for(d)

    async def script(pilot: Pilot) -> None:
        await until(pilot, lambda: app._notifications)
        (note,) = list(app._notifications)
        assert "rome/a1.txt: language could not be determined" in note.message

    drive(app, script)
