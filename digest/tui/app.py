"""The Textual application: loads the digest in a worker and lets the user browse it."""

from __future__ import annotations

import re
import webbrowser
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, ProgressBar, Select, Static, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option

from digest.config import Config
from digest.errors import DigestError
from digest.model import Digest, KeyNumber
from digest.output import common
from digest.safety import one_line
from digest.tui import keymap, view
from digest.tui.view import Entry, Jump

Progress = Callable[[int, int, str], None]
Loader = Callable[[Progress, Callable[[Digest], None]], Digest]
"""Builds the digest, reporting progress; runs in a worker thread."""

VIEWS = ("visits", "quotes", "numbers", "reader")
CONFLICT_CELL = "bold red"
"""Numbers in a conflict; bold keeps them apart under NO_COLOR."""
CELL_WIDTH = 40
"""Longer labels and titles are cut in the table; the reader shows them whole."""
# Keys handled by the widgets themselves: listed in help so it shows every key.
BUILT_IN_KEYS = (
    ("↑ ↓ PgUp PgDn", "", "Move in a list, table or text"),
    ("Home End", "", "First or last item"),
    ("enter", "", "Open the highlighted item"),
    ("click header", "", "Numbers: sort by that column"),
    ("ctrl+q", "", "Quit"),
)


class Loaded(Message):
    """A digest is ready: the final one, or one of the articles analysed so far."""

    def __init__(self, digest: Digest, final: bool = True) -> None:
        super().__init__()
        self.digest = digest
        self.final = final


class LoadProgress(Message):
    """Articles analysed so far."""

    def __init__(self, done: int, total: int, path: str) -> None:
        super().__init__()
        self.done, self.total, self.path = done, total, path


class LoadFailed(Message):
    """Loading raised a DigestError."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


def _highlighted(event: OptionList.OptionHighlighted) -> Entry | None:
    """The entry a highlight names; None when its list has gone meanwhile (the app closing on a
    busy machine delivered it to handlers of removed widgets) or holds other entries now."""
    lst = event.option_list
    if not isinstance(lst, EntryList) or not lst.is_attached or event.option_index >= len(lst.entries):
        return None
    return lst.entries[event.option_index]


class EntryList(OptionList):
    """An option list of view entries; headings are shown but skipped by the cursor."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, markup=False)
        self.entries: list[Entry] = []

    def show(self, entries: Sequence[Entry], highlight: int | None = None) -> None:
        """Replace the entries, highlighting one (or the first that leads somewhere)."""
        self.entries = list(entries)
        self.set_options(Option(e.prompt, disabled=e.jump is None) for e in self.entries)
        if highlight is None:
            highlight = next((i for i, e in enumerate(self.entries) if e.jump), None)
        if highlight is not None and self.entries:
            self.highlighted = highlight

    def current(self) -> Entry | None:
        """The highlighted entry."""
        i = self.highlighted
        return self.entries[i] if i is not None and 0 <= i < len(self.entries) else None


def _bindings(*ids: str, prefix: str = "") -> list[Binding]:
    """Bindings for these action ids (all when none are named), ids kept so [keymap] remaps them."""
    return [
        Binding(a.keys, prefix + a.action, a.footer or a.description, show=bool(a.footer), id=a.id)
        for a in keymap.ACTIONS
        if (a.id in ids if ids else a.id != "command_palette")
    ]


class KeysScreen(ModalScreen[None]):
    """Every key, its action id and what it does."""

    # A modal screen hides the app's bindings: the ones that close it are repeated here.
    BINDINGS = _bindings("back", "help", "quit", prefix="app.")

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = list(rows)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Keys (Esc closes). Remap an action id in config.toml [keymap]: quit = \"q,ctrl+c\"", id="dialog-title", markup=False)
            table: DataTable[Content] = DataTable(id="keys-table", cursor_type="row", zebra_stripes=True)
            yield table

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("keys", "action id", "what it does")
        for keys, action_id, text in self.rows:
            table.add_row(Text(keys, style="bold"), Text(action_id), Text(text))
        table.focus()


class SearchScreen(ModalScreen[Jump | None]):
    """Type to search everything; Enter on a result jumps to it."""

    BINDINGS = _bindings("back", "cursor_down", "cursor_up", prefix="app.")

    def __init__(self, digest: Digest) -> None:
        super().__init__()
        self.digest = digest

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Input(placeholder="search visits, speakers, quotes, numbers, articles", id="search-input")
            yield EntryList(id="search-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one(EntryList)
        entry = results.current()
        if entry and entry.jump:
            self.dismiss(entry.jump)
        else:
            results.focus()

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        jump = self.query_one(EntryList).entries[event.option_index].jump
        if jump:
            self.dismiss(jump)

    def key_down(self) -> None:
        """Down from the input goes to the results."""
        if self.focused is self.query_one(Input):
            self.query_one(EntryList).focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        # Searching every article's text can take a moment on a big corpus: off the UI thread.
        entries = view.search(self.digest, query)
        self.app.call_from_thread(self._show, query, entries)

    def _show(self, query: str, entries: list[Entry]) -> None:
        if query != self.query_one(Input).value:
            return
        if not entries and query.strip():
            entries = [view.note(f"Nothing matches “{one_line(query)}”.")]
        self.query_one(EntryList).show(entries)


class DigestCommands(Provider):
    """Command palette entries that jump to a visit, a speaker or an article."""

    def _targets(self) -> list[tuple[str, str, Jump]]:
        app = self.app
        digest = app.digest if isinstance(app, DigestApp) else None
        if digest is None:
            return []
        out = [(f"Visit: {one_line(v.title or v.id)} ({v.id})", "Show this visit", Jump("visits", v.id)) for v in digest.visits]
        out += [(f"Speaker: {one_line(s.name)} ({s.quotes})", "Show this speaker's quotes", Jump("quotes", s.name)) for s in digest.speakers]
        out += [(f"Article: {view.article_title(a)} ({a.lang})", "Read this article", Jump("reader", a.id)) for a in digest.articles]
        return out

    async def discover(self) -> Hits:
        app = self.app
        for text, help_text, jump in self._targets():
            yield DiscoveryHit(Content(text), partial(app.go, jump), text=text, help=help_text)  # type: ignore[attr-defined]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.app
        for text, help_text, jump in self._targets():
            score = matcher.match(text)
            if score > 0:
                # matcher.highlight() parses markup, so names are highlighted here by hand.
                _, offsets = matcher.fuzzy_search.match(query, text)
                shown = Content(text)
                for i in offsets:
                    shown = shown.stylize("bold $text-accent", i, i + 1)
                yield Hit(score, shown, partial(app.go, jump), text=text, help=help_text)  # type: ignore[attr-defined]


class DigestApp(App[int]):
    """Browse visits, quotes by speaker, key numbers and articles."""

    # Absolute, so subclasses defined elsewhere (benchmarks, tests) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "digest"
    COMMANDS = App.COMMANDS | {DigestCommands}
    BINDINGS = _bindings()

    def __init__(
        self,
        loader: Loader,
        *,
        corpus: str = "articles",
        keys: Mapping[str, str] | None = None,
        markdown_width: int = 78,
        markdown_dir: Path | None = None,
    ) -> None:
        self.user_keys, self.keymap_warnings = keymap.check(keys or {})
        # The palette binding is made by App.__init__ from this attribute, not from BINDINGS.
        self.COMMAND_PALETTE_BINDING = self.user_keys.get("command_palette", "ctrl+p")
        super().__init__()
        self.loader = loader
        self.corpus = corpus
        self.markdown_width = markdown_width
        self.markdown_dir = markdown_dir or Path.cwd()
        self.digest: Digest | None = None
        self.visit_id: str | None = None
        self.speaker: str | None = None
        self.reader: Jump | None = None
        self.furniture = view.FURNITURE_MODES[0]
        self.page: view.Page | None = None
        self.history: list[tuple[str, Jump | None]] = []
        self.last_focus: dict[str, Widget] = {}
        self.sort_column = 0
        self.sort_reverse = False
        self.number_ids: list[str] = []
        self.clash_reported = False

    # ---- layout and loading

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="views", initial="visits"):
            with TabPane("1 Visits", id="visits"):
                with Horizontal():
                    yield EntryList(id="visit-list")
                    yield EntryList(id="visit-body")
            with TabPane("2 Quotes", id="quotes"):
                with Horizontal():
                    with Vertical(id="speaker-pane"):
                        yield Input(placeholder="filter speakers", id="speaker-filter")
                        yield EntryList(id="speaker-list")
                    yield EntryList(id="quote-list")
            with TabPane("3 Numbers", id="numbers"):
                with Vertical():
                    with Horizontal(id="number-filters"):
                        yield Select[str]((), prompt="All visits", id="number-visit")
                        yield Input(placeholder="filter numbers (value, what, speaker, article)", id="number-filter")
                    yield DataTable(id="number-table", cursor_type="row", zebra_stripes=True)
                    yield Static(id="conflicts", markup=False)
            with TabPane("4 Reader", id="reader"):
                with Vertical():
                    yield Static(Content("No article open: press Enter on an article, quote or number."), id="reader-head")
                    yield EntryList(id="reader-body")
        with Horizontal(id="loading"):
            yield Label("Reading articles…", id="loading-label", markup=False)
            yield ProgressBar(id="loading-bar", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.corpus} · loading…"
        # Views switch with their keys; a focusable tab strip would only swallow Tab presses.
        self.query_one(Tabs).can_focus = False
        if self.user_keys:
            self.set_keymap(self.user_keys)
        for w in self.keymap_warnings:
            self.notify(w, title="keymap", severity="warning", markup=False, timeout=10)
        self.query_one("#visit-list", EntryList).focus()
        self.query_one("#visit-body", EntryList).show([view.note("Reading the articles…")])
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Build the digest off the UI thread, posting progress as articles finish."""
        try:
            digest = self.loader(
                lambda done, total, path: self.post_message(LoadProgress(done, total, path)),
                lambda d: self.post_message(Loaded(d, final=False)),
            )
        except DigestError as exc:
            self.post_message(LoadFailed(str(exc)))
            return
        self.post_message(Loaded(digest))

    def on_load_progress(self, message: LoadProgress) -> None:
        self.query_one("#loading-bar", ProgressBar).update(total=message.total, progress=message.done)
        name = one_line(Path(message.path).name)[:40] if message.path else ""
        text = f"Analysing {message.done}/{message.total} {name}"
        if message.done >= message.total:
            text = f"Analysed {message.total} articles; gathering visits, speakers and numbers…"
        self.query_one("#loading-label", Label).update(Content(text))

    def on_load_failed(self, message: LoadFailed) -> None:
        self.query_one("#loading").display = False
        self.sub_title = f"{self.corpus} · not loaded"
        self.notify(one_line(message.error), title="Could not load the articles", severity="error", markup=False, timeout=30)
        self.query_one("#visit-body", EntryList).show([view.note("Nothing loaded: " + one_line(message.error))])

    def on_loaded(self, message: Loaded) -> None:
        d = self.digest = message.digest
        self.query_one("#loading").display = not message.final
        langs = ", ".join(common.languages(d.articles)) or "no languages"
        n = len(d.visits)
        self.sub_title = f"{self.corpus} · {n} visit{'s' * (n != 1)} · {len(d.articles)} articles · {langs}"
        ids = [v.id for v in d.visits]
        if self.visit_id not in ids:
            self.visit_id = ids[0] if ids else None
        visits = self.query_one("#visit-list", EntryList)
        visits.show(
            [Entry(view.visit_label(d, v), Jump("visits", v.id)) for v in d.visits] or [view.note("No articles found.")],
            ids.index(self.visit_id) if self.visit_id else None,
        )
        self.show_visit()
        self.query_one("#number-visit", Select).set_options((view.plain(v.title or v.id), v.id) for v in d.visits)
        self.show_speakers()
        self.show_numbers()
        if self.reader and any(a.id == self.reader.key for a in d.articles):
            self.show_reader(self.reader)
        if d.warnings and message.final:
            # Each names its file, as the command line's warnings do: the user has to find the article.
            first = "; ".join(one_line(f"{w.path}: {w.message}" if w.path else w.message) for w in d.warnings[:3])
            self.notify(f"{len(d.warnings)} warning(s): {first}", title="While reading", severity="warning", markup=False)

    # ---- filling the views

    def show_visit(self) -> None:
        body = self.query_one("#visit-body", EntryList)
        visit = next((v for v in self.digest.visits if v.id == self.visit_id), None) if self.digest else None
        body.show(view.visit_entries(self.digest, visit) if self.digest and visit else [])

    def show_speakers(self) -> None:
        if not self.digest:
            return
        query = self.query_one("#speaker-filter", Input).value
        pairs = view.speaker_entries(self.digest, query)
        names = [name for name, _ in pairs]
        if self.speaker not in names:
            self.speaker = names[0] if names else None
        self.query_one("#speaker-list", EntryList).show(
            [Entry(label, Jump("quotes", name)) for name, label in pairs] or [view.note("No speaker matches.")],
            names.index(self.speaker) if self.speaker is not None else None,
        )
        self.show_quotes()

    def show_quotes(self) -> None:
        quotes = view.quote_entries(self.digest, self.speaker) if self.digest and self.speaker is not None else []
        self.query_one("#quote-list", EntryList).show(quotes or [view.note("No quotes.")])

    def show_numbers(self) -> None:
        if not self.digest:
            return
        visit = self.query_one("#number-visit", Select).value
        visit_id = visit if isinstance(visit, str) else None
        query = self.query_one("#number-filter", Input).value
        table = self.query_one("#number-table", DataTable)
        column = view.NUMBER_COLUMNS[self.sort_column]
        rows = view.number_rows(self.digest, visit_id, query, column, self.sort_reverse)
        table.clear(columns=True)
        arrow = " ▼" if self.sort_reverse else " ▲"
        for i, name in enumerate(view.NUMBER_COLUMNS):
            table.add_column(name + (arrow if i == self.sort_column else ""), key=name)
        self.number_ids = [n.id for n, _, _ in rows]
        for n, cells, hot in rows:
            # rich Text, not Content: DataTable sizes its columns from rich measurements.
            style = CONFLICT_CELL if hot else ""
            first = Text("⚠ " if hot else "  ", style=style) + Text(cells[0], style=style or "underline")
            rest = (Text(c if len(c) <= CELL_WIDTH else c[: CELL_WIDTH - 1] + "…", style=style) for c in cells[1:])
            table.add_row(first, *rest, key=n.id)
        self.query_one("#conflicts", Static).update(view.conflict_lines(self.digest, visit_id))

    def show_reader(self, jump: Jump) -> None:
        if not self.digest:
            return
        try:
            article = self.digest.article(jump.key)
        except KeyError:
            return
        self.reader = jump
        target = (jump.start, jump.end) if jump.end > jump.start else None
        self.page = view.page(self.digest, article, target, self.furniture)
        self.query_one("#reader-head", Static).update(view.article_header(article))
        body = self.query_one("#reader-body", EntryList)
        body.show(self.page.entries, view.line_of(self.page, jump.start) if self.page.entries else None)
        # Once laid out: the reader may be on a hidden tab until the jump switches to it.
        body.call_after_refresh(body.scroll_to_highlight, top=True)

    # ---- reacting to the user

    @on(OptionList.OptionHighlighted, "#visit-list")
    def _visit_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        entry = _highlighted(event)
        if entry and entry.jump and entry.jump.key != self.visit_id:
            self.visit_id = entry.jump.key
            self.show_visit()

    @on(OptionList.OptionHighlighted, "#speaker-list")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        entry = _highlighted(event)
        if entry and entry.jump and entry.jump.key != self.speaker:
            self.speaker = entry.jump.key
            self.show_quotes()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        lst = event.option_list
        if not isinstance(lst, EntryList) or lst.id == "search-results":
            return
        jump = lst.entries[event.option_index].jump
        if lst.id == "visit-list":
            self.query_one("#visit-body", EntryList).focus()
        elif lst.id == "speaker-list":
            self.query_one("#quote-list", EntryList).focus()
        elif jump and lst.id != "reader-body":
            self.follow(jump)

    @on(DataTable.RowSelected, "#number-table")
    def _number_selected(self, event: DataTable.RowSelected) -> None:
        n = self._number(event.row_key.value)
        if n:
            self.follow(Jump("reader", n.article, n.start, n.end))

    @on(DataTable.HeaderSelected, "#number-table")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        if event.column_index == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = event.column_index, False
        self.show_numbers()

    @on(Input.Changed, "#speaker-filter")
    def _speaker_filter(self) -> None:
        self.show_speakers()

    @on(Input.Changed, "#number-filter")
    @on(Select.Changed, "#number-visit")
    def _number_filter(self) -> None:
        self.show_numbers()

    @on(Input.Submitted, "#speaker-filter")
    def _speaker_filter_done(self) -> None:
        self.query_one("#speaker-list", EntryList).focus()

    @on(Input.Submitted, "#number-filter")
    def _number_filter_done(self) -> None:
        self.query_one("#number-table", DataTable).focus()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # Clicking a tab leaves focus on the tab strip; put it where the keys are useful.
        self.call_after_refresh(self._focus_view, self.current_view())

    def _number(self, number_id: str | None) -> KeyNumber | None:
        return next((n for n in self.digest.numbers if n.id == number_id), None) if self.digest else None

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        if not self.clash_reported:
            self.clash_reported = True
            ids = ", ".join(sorted(b.id or b.action for b in clashed_bindings))
            self.notify(f"keys mapped twice in [keymap]: {ids}", title="keymap", severity="warning", markup=False)

    # ---- navigation

    def current_view(self) -> str:
        return self.query_one("#views", TabbedContent).active or "visits"

    def _in_view(self, widget: Widget | None, name: str) -> bool:
        return widget is not None and self.query_one(f"TabPane#{name}") in widget.ancestors

    def _focus_view(self, name: str) -> None:
        if self._in_view(self.focused, name):
            return
        first = {"visits": "#visit-list", "quotes": "#speaker-list", "numbers": "#number-table", "reader": "#reader-body"}[name]
        (self.last_focus.get(name) or self.query_one(first)).focus()

    def switch(self, name: str) -> None:
        """Show a view, focusing the pane the user last used there."""
        here = self.current_view()
        if self._in_view(self.focused, here):
            self.last_focus[here] = self.focused
        self.query_one("#views", TabbedContent).active = name
        self._focus_view(name)

    def follow(self, jump: Jump) -> None:
        """Go where an entry leads, remembering where we were for Back."""
        here = self.current_view()
        self.history.append((here, self.reader if here == "reader" else None))
        if jump.view == "reader":
            self.show_reader(jump)
            self.switch("reader")
            self.query_one("#reader-body", EntryList).focus()
        elif jump.view == "visits":
            self.visit_id = jump.key
            lst = self.query_one("#visit-list", EntryList)
            lst.highlighted = next((i for i, e in enumerate(lst.entries) if e.jump == jump), lst.highlighted)
            self.show_visit()
            self.switch("visits")
            lst.focus()
        elif jump.view == "quotes":
            self.query_one("#speaker-filter", Input).value = ""
            self.speaker = jump.key
            self.show_speakers()
            self.switch("quotes")
            self.query_one("#quote-list", EntryList).focus()

    def go(self, jump: Jump) -> None:
        """Follow a jump chosen on a modal screen, once it has gone: restoring the focus it
        saved would otherwise switch the view back."""
        self.call_after_refresh(self.follow, jump)

    def action_view(self, name: str) -> None:
        if name in VIEWS and name != self.current_view():
            self.history.append((self.current_view(), self.reader))
            self.switch(name)

    def action_go_back(self) -> None:
        # The same key closes the search and help screens, so remapping "back" covers them too.
        if isinstance(self.screen, ModalScreen):
            self.screen.dismiss(None)
            return
        if not self.history:
            return
        name, jump = self.history.pop()
        if name == "reader" and jump and jump != self.reader:
            self.show_reader(jump)
        self.switch(name)

    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()
        elif isinstance(focused, DataTable):
            focused.action_select_cursor()

    def action_cursor_down(self) -> None:
        self._scroll("action_cursor_down", "scroll_down")

    def action_cursor_up(self) -> None:
        self._scroll("action_cursor_up", "scroll_up")

    def action_first(self) -> None:
        if isinstance(self.focused, DataTable):
            self.focused.move_cursor(row=0)
        else:
            self._scroll("action_first", "scroll_home")

    def action_last(self) -> None:
        if isinstance(self.focused, DataTable):
            self.focused.move_cursor(row=self.focused.row_count - 1)
        else:
            self._scroll("action_last", "scroll_end")

    def _scroll(self, action: str, fallback: str) -> None:
        focused = self.focused
        if focused is None:
            return
        method = getattr(focused, action, None) or getattr(focused, fallback, None)
        if method:
            method()

    def action_search(self) -> None:
        if not self.digest:
            self.notify("Still loading.", markup=False)
            return
        self.push_screen(SearchScreen(self.digest), lambda jump: jump and self.go(jump))

    def action_show_keys(self) -> None:
        if isinstance(self.screen, KeysScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(KeysScreen(self.key_rows()))

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(keys as shown, action id, description) for every binding, then the widgets' own keys."""
        rows = []
        for a in keymap.ACTIONS:
            keys = self.user_keys.get(a.id, a.keys)
            shown = ", ".join(self.get_key_display(Binding(k.strip(), a.action)) for k in keys.split(","))
            rows.append((shown, a.id, a.description))
        return rows + list(BUILT_IN_KEYS)

    def action_toggle_furniture(self) -> None:
        modes = view.FURNITURE_MODES
        self.furniture = modes[(modes.index(self.furniture) + 1) % len(modes)]
        self.notify(f"Page furniture: {self.furniture}", markup=False, timeout=2)
        if self.reader:
            self.show_reader(self.reader)

    def action_next_mark(self, step: int) -> None:
        if not self.page or not self.page.marks or not self.reader or not self.digest:
            return
        here = self.reader.start
        spots = self.page.marks
        later = [s for s in spots if (s > here if step > 0 else s < here)]
        start = (later[0] if step > 0 else later[-1]) if later else (spots[0] if step > 0 else spots[-1])
        article = self.digest.article(self.reader.key)
        a = article.analysis
        end = next((x.end for x in (*a.quotes, *a.numbers) if x.start == start), start)
        self.show_reader(Jump("reader", self.reader.key, start, end))
        self.switch("reader")

    def action_sort(self) -> None:
        self.sort_column = (self.sort_column + 1) % len(view.NUMBER_COLUMNS)
        self.sort_reverse = False
        self.show_numbers()
        self.switch("numbers")

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self.show_numbers()
        self.switch("numbers")

    def current_article(self) -> str | None:
        """The article the user is looking at or has highlighted."""
        focused = self.focused
        if isinstance(focused, EntryList) and (entry := focused.current()) and entry.jump and entry.jump.view == "reader":
            return entry.jump.key
        if isinstance(focused, DataTable) and focused.id == "number-table" and self.number_ids:
            n = self._number(self.number_ids[min(focused.cursor_row, len(self.number_ids) - 1)])
            return n.article if n else None
        return self.reader.key if self.reader and self.current_view() == "reader" else None

    def action_open_url(self) -> None:
        article_id = self.current_article()
        if not self.digest or not article_id:
            self.notify("Highlight an article, quote or number first.", markup=False)
            return
        url = one_line(self.digest.article(article_id).url)
        # Only web addresses: a hostile metadata file must not make us open file: or other schemes.
        if not re.match(r"https?://\S+$", url, re.IGNORECASE):
            self.notify("This article has no web address.", markup=False)
            return
        webbrowser.open(url)
        self.notify(f"Opening {url}", markup=False, timeout=3)

    def action_write_markdown(self, everything: bool) -> None:
        if not self.digest:
            self.notify("Still loading.", markup=False)
            return
        from digest.output import markdown
        from digest.selection import select

        visit = None
        if not everything:
            article_id = self.current_article() if self.current_view() == "reader" else None
            visit = self.digest.article(article_id).visit if article_id else self.visit_id
            if not visit:
                self.notify("No visit selected.", markup=False)
                return
        chosen = select(self.digest, [visit]) if visit else self.digest
        name = "digest-" + re.sub(r"[^\w.-]", "_", visit) + ".md" if visit else "digest.md"
        path = self.markdown_dir / name
        try:
            path.write_text(markdown.render(chosen, self.markdown_width), encoding="utf-8")
        except OSError as exc:
            self.notify(f"Cannot write {path}: {exc}", severity="error", markup=False)
            return
        self.notify(f"Wrote {path}", title="Markdown", markup=False)


def load_digest(
    paths: Sequence[str],
    conf: Config,
    use_cache: bool,
    visits: Sequence[str],
    progress: Progress,
    partial: Callable[[Digest], None] | None = None,
) -> Digest:
    """The pipeline's digest of paths, narrowed to the chosen visits; partial digests while it works."""
    from digest.pipeline import build
    from digest.selection import select

    def narrowed(d: Digest) -> None:
        if partial is not None:
            try:
                partial(select(d, list(visits)))
            except DigestError:
                pass  # a visit asked for may not have appeared yet

    return build(
        list(paths), conf, use_cache=use_cache, progress=progress, partial=narrowed if partial else None,
        visits=list(visits),
    )


def run(paths: Sequence[str], conf: Config, use_cache: bool = True, visits: Sequence[str] = ()) -> int:
    """Open the browser on paths; returns the exit status."""
    app = DigestApp(
        partial(load_digest, list(paths), conf, use_cache, list(visits)),
        corpus=", ".join(one_line(p) for p in paths),
        keys=conf.keymap,
        markdown_width=conf.width,
    )
    app.run()
    return app.return_code or 0
