"""Every key binding of the browser, with its id, and the check of a user's [keymap] table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """One remappable binding."""

    id: str
    """The action id used in config.toml [keymap]."""
    keys: str
    """Default keys, comma-separated, in Textual's key names."""
    action: str
    """The Textual action run."""
    description: str
    """What it does, for the help screen and the footer."""
    footer: str = ""
    """Its short label in the footer; empty when it is not shown there."""


ACTIONS: tuple[Action, ...] = (
    Action("view_visits", "1", "view('visits')", "Show the visits", footer="Visits"),
    Action("view_quotes", "2", "view('quotes')", "Show quotes by speaker", footer="Quotes"),
    Action("view_numbers", "3", "view('numbers')", "Show the key numbers table", footer="Numbers"),
    Action("view_reader", "4", "view('reader')", "Show the article reader", footer="Reader"),
    Action("search", "slash", "search", "Search visits, speakers, quotes, numbers and articles", footer="Search"),
    Action("help", "question_mark", "show_keys", "List every key and its action id", footer="Help"),
    Action("quit", "q", "quit", "Quit", footer="Quit"),
    Action("open", "l", "open", "Open the highlighted item (also Enter)"),
    Action("back", "escape,backspace", "go_back", "Back to where you were"),
    Action("cursor_down", "j", "cursor_down", "Down (also ↓)"),
    Action("cursor_up", "k", "cursor_up", "Up (also ↑)"),
    Action("first", "g", "first", "First item (also Home)"),
    Action("last", "G", "last", "Last item (also End)"),
    Action("focus_next", "tab", "focus_next", "Next pane"),
    Action("focus_previous", "shift+tab", "focus_previous", "Previous pane"),
    Action("command_palette", "ctrl+p", "command_palette", "Command palette: jump to a visit, speaker or article"),
    Action("open_url", "o", "open_url", "Open the article's URL in the web browser"),
    Action("write_markdown", "m", "write_markdown(False)", "Write the current visit as Markdown"),
    Action("write_markdown_all", "M", "write_markdown(True)", "Write every visit as Markdown"),
    Action("toggle_furniture", "f", "toggle_furniture", "Reader: dim, hide or show page furniture"),
    Action("next_mark", "n", "next_mark(1)", "Reader: next quote or number"),
    Action("previous_mark", "N", "next_mark(-1)", "Reader: previous quote or number"),
    Action("sort", "s", "sort", "Numbers: sort by the next column"),
    Action("reverse_sort", "S", "reverse_sort", "Numbers: reverse the order"),
)
"""Every binding; ids are stable, they are what users remap."""

BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}


def check(keymap: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The usable part of a user's keymap and a warning for every entry that cannot be used."""
    usable: dict[str, str] = {}
    warnings: list[str] = []
    for action_id, keys in keymap.items():
        if action_id not in BY_ID:
            warnings.append(f"[keymap] {action_id}: no such action id (press ? for the list); ignored")
        elif not keys.strip() or any(not k.strip() for k in keys.split(",")):
            warnings.append(f"[keymap] {action_id}: '{keys}' is not a list of keys; ignored")
        else:
            usable[action_id] = ",".join(k.strip() for k in keys.split(","))
    return usable, warnings
