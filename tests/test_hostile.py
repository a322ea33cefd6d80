"""Hostile and broken articles through every printed output: no crash, nothing injected, nothing lost."""

from __future__ import annotations

import asyncio
import functools
import json
import re
import resource
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import hostile_corpus as hc
from digest.config import Config
from digest.reading import read

# Every command and format a user can pipe; rich runs at two widths so wrapping meets the hostile text.
RUNS = {
    "print-rich": ["print", "--width", "400"],
    "print-rich-narrow": ["print", "--width", "40"],
    "print-markdown": ["print", "--format", "markdown"],
    "print-json": ["print", "--format", "json"],
    "quotes-rich": ["quotes", "--width", "400"],
    "quotes-markdown": ["quotes", "--format", "markdown"],
    "quotes-json": ["quotes", "--format", "json"],
    "numbers-rich": ["numbers", "--width", "400"],
    "numbers-markdown": ["numbers", "--format", "markdown"],
    "numbers-json": ["numbers", "--format", "json"],
}


class Corpus:
    """The hostile corpus on disk, its state before the runs, and every run's outcome."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.root = base / "articles"
        self.cases = hc.write(self.root)
        self.before = hc.snapshot(self.root)
        self.runs: dict[str, subprocess.CompletedProcess[str]] = {}
        for name, args in RUNS.items():
            try:
                self.runs[name] = hc.run_digest([*args, "articles"], base, base / "cache", timeout=60)
            except subprocess.TimeoutExpired as exc:
                # Recorded rather than raised, so one slow run fails its tests once, not every test.
                self.runs[name] = subprocess.CompletedProcess(exc.cmd, -1, "", f"timed out after {exc.timeout} s")

    def json(self) -> dict:
        return json.loads(self.runs["print-json"].stdout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("run", RUNS)
def test_exit_status_and_no_traceback(corpus: Corpus, run: str) -> None:
    r = corpus.runs[run]
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout.strip()


@pytest.mark.parametrize("run", RUNS)
def test_no_control_character_reaches_the_terminal(corpus: Corpus, run: str) -> None:
    r = corpus.runs[run]
    for stream, text in (("stdout", r.stdout), ("stderr", r.stderr)):
        bad = sorted({f"U+{ord(c):04X}" for c in hc.CONTROL.findall(text)})
        assert not bad, f"{stream} of {run} carries {bad}"
    if not run.endswith("json"):
        # JSON keeps the text faithfully; the human formats also drop bidi overrides.
        assert not hc.BIDI.search(r.stdout)


def test_rich_markup_is_printed_literally(corpus: Corpus) -> None:
    out = corpus.runs["print-rich"].stdout
    assert hc.MARKUP in out
    assert "<script>alert(1)</script>" in out
    assert hc.MD_LINK in out


def test_markdown_output_is_inert(corpus: Corpus) -> None:
    md = corpus.runs["print-markdown"].stdout
    html = MarkdownIt("commonmark").render(md)
    # Raw HTML would pass through a CommonMark renderer untouched; escaped text comes out as &lt;.
    assert "<script" not in html and "<img" not in html
    assert not re.search(r"<a\b[^>]*href=\"(?!https?://)", html), "a link to something other than http(s)"
    assert not re.search(r"<h\d>[^<]*Not a heading", html)
    assert "[bold red]Alarm[/]" in html, "markup must be shown, not dropped"
    assert "javascript:alert(3)" in html, "the link text must be shown as text"


def test_json_is_valid_and_keeps_hostile_text(corpus: Corpus) -> None:
    data = corpus.json()
    titles = [a["title"] or "" for a in data["articles"]]
    # JSON is data, not display: the title keeps its escape sequences, escaped by the encoder.
    assert any(hc.MARKUP in t and "\x1b]0;owned-title" in t for t in titles)
    for run in ("quotes-json", "numbers-json"):
        json.loads(corpus.runs[run].stdout)


def test_every_readable_file_becomes_an_article(corpus: Corpus) -> None:
    data = corpus.json()
    got = {Path(a["path"]).relative_to("articles").as_posix() for a in data["articles"]}
    want = {c.path for c in corpus.cases if c.article}
    assert got == want


@pytest.mark.parametrize("case", [c for c in hc.cases() if c.shows], ids=lambda c: c.path)
def test_decoded_text_reaches_the_output(corpus: Corpus, case: hc.Case) -> None:
    arts = {Path(a["path"]).relative_to("articles").as_posix(): a for a in corpus.json()["articles"]}
    assert case.shows in (arts[case.path]["title"] or "")


@pytest.mark.parametrize("case", [c for c in hc.cases() if c.warning], ids=lambda c: c.path)
def test_warning_names_file_and_reason(corpus: Corpus, case: hc.Case) -> None:
    warnings = [w for w in corpus.json()["warnings"] if w["path"] == f"articles/{case.path}"]
    assert any(case.warning.lower() in w["message"].lower() for w in warnings), warnings
    stderr = corpus.runs["print-rich"].stderr
    assert any(f"articles/{case.path}" in line and case.warning.lower() in line.lower()
               for line in stderr.splitlines()), stderr


def test_each_article_has_a_digest_or_a_warning(corpus: Corpus) -> None:
    empty = [a["path"] for a in corpus.json()["articles"] if not a["summary"] and not a["warnings"]]
    assert not empty, f"no summary and no warning for {empty}"


def test_quotes_hold_words_not_just_quote_marks(corpus: Corpus) -> None:
    marks_only = [q["id"] for q in corpus.json()["quotes"] if not any(c.isalnum() for c in q["text"])]
    assert not marks_only, f"{len(marks_only)} quotes without a word, e.g. {marks_only[:3]}"


def test_per_article_caps_hold(corpus: Corpus) -> None:
    data = corpus.json()
    for a in data["articles"]:
        assert sum(q["article"] == a["id"] for q in data["quotes"]) <= 500
        assert sum(n["article"] == a["id"] for n in data["numbers"]) <= 500


def test_offsets_of_results_are_inside_their_article(corpus: Corpus) -> None:
    data = corpus.json()
    sizes = {a["id"]: len(read(str(corpus.root.parent / a["path"]), 10**9).text) for a in data["articles"]}
    for item in data["quotes"] + data["numbers"]:
        assert 0 <= item["start"] <= item["end"] <= sizes[item["article"]], item


def test_tui_shows_the_hostile_corpus_literally(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import DataTable

    from digest.tui.app import DigestApp, EntryList, load_digest
    from digest.tui.view import Jump

    # The loader `digest browse` uses, on the cache the printed runs filled.
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(corpus.base / "cache"))
    monkeypatch.chdir(corpus.base)
    app = DigestApp(functools.partial(load_digest, ["articles"], Config(), True, []), corpus="articles")
    app.animation_level = "none"
    shown: list[str] = []

    def collect(*selectors: str) -> None:
        for sel in selectors:
            shown.extend(e.prompt.plain for e in app.screen.query_one(sel, EntryList).entries)
        shown.append(app.export_screenshot())

    async def browse() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(600):
                if app.digest is not None and not app.workers:
                    break
                await pilot.pause(0.05)
            await pilot.pause()
            digest = app.digest
            assert digest is not None, "the browser never finished loading"
            for v in digest.visits:
                app.follow(Jump("visits", v.id))
                await pilot.pause()
                collect("#visit-list", "#visit-body")
            for sp in digest.speakers:
                app.follow(Jump("quotes", sp.name))
                await pilot.pause()
                collect("#speaker-list", "#quote-list")
            await pilot.press("3")
            table = app.screen.query_one("#number-table", DataTable)
            shown.extend(str(cell) for row in range(table.row_count) for cell in table.get_row_at(row))
            for a in digest.articles:
                app.follow(Jump("reader", a.id))
                await pilot.pause()
                collect("#reader-body")

    asyncio.run(browse())
    text = "\n".join(shown)
    bad = sorted({f"U+{ord(c):04X}" for c in hc.CONTROL.findall(text) + hc.BIDI.findall(text)})
    assert not bad, f"the browser shows {bad}"
    assert hc.MARKUP in text and "<script>alert(1)</script>" in text


def test_corpus_is_unchanged(corpus: Corpus) -> None:
    assert hc.snapshot(corpus.root) == corpus.before


def test_fifty_megabyte_paragraph_in_bounded_time_and_memory(tmp_path: Path) -> None:
    # The documented caps bound the work: the file is cut at max_file_bytes, the analysis at
    # max_sentences (both kept low so the test stays fast on two cores; bench/hostile.py runs
    # the default caps).
    (tmp_path / "articles").mkdir()
    hc.big_paragraph(tmp_path / "articles" / "big.txt")
    (tmp_path / "articles" / "normal.txt").write_bytes(hc.cases()[0].data)
    (tmp_path / "config.toml").write_text("[limits]\nmax_file_bytes = 1000000\nmax_sentences = 500\n")
    try:
        r = hc.run_digest(["print", "--format", "json", "articles"], tmp_path, tmp_path / "cache", timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("not done in 30 s: the caps do not bound the work on one big paragraph")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-3000:]
    data = json.loads(r.stdout)
    assert {Path(a["path"]).name for a in data["articles"]} == {"big.txt", "normal.txt"}
    big = [w["message"] for w in data["warnings"] if w["path"].endswith("big.txt")]
    assert any("larger than 1,000,000 bytes" in m for m in big), big
    assert any("over 500 sentences" in m for m in big), big
    assert peak_mb < 1000, f"{peak_mb:.0f} MB"


def _limits_corpus(tmp_path: Path, limits: str) -> subprocess.CompletedProcess[str]:
    """A corpus with one article full of quotes, figures and sentences, read under tight limits."""
    arts = tmp_path / "articles"
    arts.mkdir()
    sentences = [
        f"\u201cWe will sign agreement number {i} worth {i + 3} million dollars,\u201d the minister said. "
        f"Exports rose by {i + 10} percent in region {i}."
        for i in range(40)
    ]
    (arts / "dense.txt").write_text("Minister signs forty agreements in one day\n\n" + "\n\n".join(sentences) + "\n")
    (arts / "normal.txt").write_bytes(hc.cases()[0].data)
    (tmp_path / "config.toml").write_text(f"[limits]\n{limits}\n")
    return hc.run_digest(["print", "--format", "json", "articles"], tmp_path, tmp_path / "cache")


@pytest.mark.parametrize(
    ("limit", "reason", "key"),
    [
        ("max_quotes = 5", "over 5 quotes", "quotes"),
        ("max_numbers = 5", "over 5 numbers", "numbers"),
        ("max_sentences = 10", "over 10 sentences", None),
        ("max_file_bytes = 1000", "larger than 1,000 bytes", None),
    ],
)
def test_limit_is_a_warning_not_a_crash(tmp_path: Path, limit: str, reason: str, key: str | None) -> None:
    r = _limits_corpus(tmp_path, limit)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-3000:]
    data = json.loads(r.stdout)
    assert len(data["articles"]) == 2
    assert any(w["path"].endswith("dense.txt") and reason in w["message"] for w in data["warnings"]), data["warnings"]
    if key:
        assert sum(x["article"] == "dense" for x in data[key]) == 5


@pytest.mark.parametrize("limit", ["max_quotes = -1", "max_numbers = 0", "max_file_bytes = -5", "max_sentences = 0"])
def test_nonsense_limit_is_a_config_error(tmp_path: Path, limit: str) -> None:
    r = _limits_corpus(tmp_path, limit)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-3000:]
    assert "config.toml:2" in r.stderr and limit.split()[0] in r.stderr, r.stderr


@pytest.mark.parametrize("run", [r for r in RUNS if not r.endswith(("rich", "narrow"))])
def test_printed_again_from_the_store_byte_for_byte(corpus: Corpus, run: str) -> None:
    again = hc.run_digest([*RUNS[run], "articles"], corpus.base, corpus.base / "cache", timeout=60)
    first = corpus.runs[run]
    assert (again.stdout, again.stderr) == (first.stdout, first.stderr)


@pytest.mark.parametrize("width", range(20, 60))
def test_a_wrapped_markdown_line_never_opens_a_list_and_shows_no_escape(width: int) -> None:
    from digest.output.markdown import _Writer

    text = "Sikorski stayed on Monday 9. March and 12) April - then # left > for good in 2026."
    writer = _Writer(width)
    writer.para(text, "- ", "  ")
    lines = writer.text().splitlines()
    assert " ".join(line.strip() for line in lines).removeprefix("- ") == text
    tokens = MarkdownIt().parse(writer.text())
    # One bullet item holding one paragraph: no nested list, heading or quote.
    assert [t.type for t in tokens if t.nesting == 1] == ["bullet_list_open", "list_item_open", "paragraph_open"]


def test_a_markdown_paragraph_opening_with_a_number_is_escaped_after_it() -> None:
    from digest.output.markdown import _Writer

    writer = _Writer(78)
    writer.para("9. ožujka u Zagrebu")
    assert writer.text() == "9\\. ožujka u Zagrebu\n"
