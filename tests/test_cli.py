"""The command line end to end on the sample corpus: formats, options, exit codes, streams."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT

from digest import cache

CONTRACT = {
    "articles": {"id", "path", "title", "source", "url", "date", "lang", "visit", "duplicate_of", "summary", "warnings"},
    "visits": {"id", "title", "start", "end", "place", "grouped_by", "articles", "summary"},
    "quotes": {"id", "article", "visit", "speaker", "text", "cue", "start", "end"},
    "numbers": {"id", "article", "visit", "surface", "value", "unit", "what", "speaker", "start", "end"},
    "speakers": {"name", "aliases", "quotes"},
    "warnings": {"path", "message"},
}


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("NO_COLOR", None) if env is None or "NO_COLOR" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "digest", *args], capture_output=True, text=True, cwd=cwd, env=full_env, timeout=300
    )


@pytest.fixture(scope="module")
def json_digest() -> dict:
    out = run("print", "--format", "json", str(ARTICLES))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_json_contract(json_digest: dict) -> None:
    assert set(json_digest) >= {"version", *CONTRACT}
    for key, fields in CONTRACT.items():
        for item in json_digest[key]:
            assert set(item) >= fields, key
    assert len(json_digest["articles"]) == 5
    assert sorted(v["id"] for v in json_digest["visits"]) == ["2022-02-moscow", "2024-11-astana", "2025-11-moscow"]


def test_json_languages_and_summaries(json_digest: dict, gold: dict) -> None:
    by_file = {Path(a["path"]).name: a for a in json_digest["articles"]}
    for name, g in gold.items():
        a = by_file[name]
        assert a["lang"] == g["lang"]
        assert 1 <= len(a["summary"]) <= 3
        joined = " ".join(a["summary"])
        for item in g["boilerplate_lines"]:
            line = item["line"].strip()
            assert len(line) < 12 or line not in joined, (name, line)


def test_json_offsets_point_into_the_files(json_digest: dict) -> None:
    texts = {a["id"]: (ROOT / a["path"]).read_text("utf-8") for a in json_digest["articles"]}
    for q in json_digest["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(texts[q["article"]])
    for n in json_digest["numbers"]:
        assert texts[n["article"]][n["start"] : n["end"]] == n["surface"]


def test_markdown_is_plain_and_wrapped() -> None:
    out = run("print", "--format", "markdown", "articles")
    assert out.returncode == 0, out.stderr
    md = out.stdout
    assert "\x1b" not in md
    for line in md.splitlines():
        assert line == line.rstrip()
        assert len(line) <= 78 or re.search(r"https?://\S{60,}", line), line
    assert md.count("\n## ") >= 3


def test_markdown_is_deterministic() -> None:
    first = run("print", "--format", "markdown", "--no-cache", "articles").stdout
    second = run("print", "--format", "markdown", "articles").stdout
    assert first == second


def test_rich_output_to_a_pipe_has_no_colour_and_keeps_brackets(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(
        "The minister [sic] opened the [bold red]bridge[/] on Monday, a milestone for the region.\n"
        "It cost 12 million euros, the ministry said in a statement on Tuesday evening.\n",
        "utf-8",
    )
    out = run("print", str(art))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout
    assert "[sic]" in out.stdout and "[bold red]bridge[/]" in out.stdout


def test_no_color_is_respected_even_when_forced_to_a_terminal() -> None:
    out = run("print", "--format", "rich", "articles", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert out.returncode == 0
    assert "\x1b[3" not in out.stdout and "\x1b[9" not in out.stdout


def test_visit_filter_and_unknown_visit() -> None:
    out = run("print", "--format", "json", "--visit", "2024-11", "articles")
    data = json.loads(out.stdout)
    assert [v["id"] for v in data["visits"]] == ["2024-11-astana"]
    assert all(a["visit"] == "2024-11-astana" for a in data["articles"])
    bad = run("print", "--visit", "1999-01-nowhere", "articles")
    assert bad.returncode == 2 and "no such visit" in bad.stderr


def test_options_change_the_summary() -> None:
    data = json.loads(run("print", "--format", "json", "--sentences", "1", "--method", "lead", "articles").stdout)
    assert all(len(a["summary"]) == 1 for a in data["articles"])


@pytest.mark.parametrize(
    "args, code, message",
    [
        (("print", "no/such/dir"), 2, "no such file or folder"),
        (("print", "--format", "yaml"), 2, "invalid choice"),
        (("print", "--sentences", "0"), 2, "at least 1"),
        (("print", "--method", "magic"), 2, "choose one of"),
        (("print", "--config", "missing.toml"), 1, "no such config file"),
    ],
)
def test_usage_errors(args: tuple[str, ...], code: int, message: str) -> None:
    out = run(*args)
    assert out.returncode == code
    assert message in out.stderr and out.stdout == ""
    assert "Traceback" not in out.stderr


def test_bad_file_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The summit ended on Friday with a joint statement on trade and energy.\n")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    out = run("print", "--format", "json", str(tmp_path))
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert [Path(a["path"]).name for a in data["articles"]] == ["good.txt"]
    assert "bad.txt" in out.stderr and "not a text file" in out.stderr
    assert any(w["path"].endswith("bad.txt") for w in data["warnings"])


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("digest ")
    assert "print" in run("--help").stdout


def test_bare_digest_in_a_pipe_hints_at_print() -> None:
    out = subprocess.run([sys.executable, "-m", "digest"], capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert out.returncode == 2 and "digest print" in out.stderr and out.stdout == ""


def test_articles_are_never_written(tmp_path: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in ARTICLES.rglob("*")}
    run("print", "--format", "json", "articles")
    assert {p: p.stat().st_mtime_ns for p in ARTICLES.rglob("*")} == before


@pytest.mark.parametrize("query", ["Tokayev", "Токаев", "tokajew"])
def test_quotes_of_one_speaker_in_any_spelling(query: str, gold: dict) -> None:
    out = run("quotes", "--speaker", query, "--format", "json", "articles")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["speakers"]) == 1 and "Tokayev" in data["speakers"][0]["name"]
    files = {q["article"] for q in data["quotes"]}
    with_quotes = {
        name.removesuffix(".txt") for name, g in gold.items()
        if any("Tokayev" in (q.get("speaker") or "") and q.get("kind") == "speech" for q in g["quotes"])
    }
    # Translations count once: the German translation's quotes are merged into the original's.
    assert files == with_quotes - {a for a in with_quotes if a.startswith("001")}
    texts = [q["text"] for q in data["quotes"]]
    assert len(texts) == len(set(texts))


def test_conflicting_trade_figures_are_shown_as_a_conflict(gold: dict) -> None:
    out = run("numbers", "--visit", "2025-11", "--format", "json", "articles")
    data = json.loads(out.stdout)
    by_id = {n["id"]: n for n in data["numbers"]}
    trade = {
        n["value"] for n in gold["004_01d6a2d3abb36165.txt"]["numbers"]
        if n.get("unit") == "USD" and "trade turnover" in n.get("what", "") and "last year" in n.get("what", "")
    }
    assert len(trade) >= 2  # the gold itself records disagreeing figures
    assert any(trade <= {by_id[i]["value"] for i in c["numbers"]} for c in data["conflicts"]), data["conflicts"]
    md = run("numbers", "--visit", "2025-11", "--format", "markdown", "articles").stdout
    assert "Conflicting figures:" in md and "$27.8 bn" in md and "$28.7 bn" in md


def _stored(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / cache.TEXT_DIR).glob("*.gz"))


def test_unchanged_corpus_prints_its_stored_text_until_an_article_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES, corpus)
    (corpus / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    cache_dir = Path(os.environ["DIGEST_CACHE_DIR"])
    first = run("print", "--format", "json", str(corpus))
    assert first.returncode == 0 and "bad.txt" in first.stderr
    [stored] = _stored(cache_dir)
    again = run("print", "--format", "json", str(corpus))
    assert (again.stdout, again.stderr) == (first.stdout, first.stderr)  # warnings are shown again too
    # What is printed really is the stored text: swap in another under the same key.
    list(cache.storing_text(cache_dir, stored.stem, [], ["stand-in\n"]))
    assert run("print", "--format", "json", str(corpus)).stdout == "stand-in\n"
    # Any change to an article prints a fresh digest.
    path = sorted(corpus.rglob("0*.txt"))[-1]
    path.write_text(path.read_text("utf-8") + "\nIl commercio ha raggiunto 99,5 miliardi di dollari nel 2031.\n", "utf-8")
    changed = run("print", "--format", "json", str(corpus))
    assert changed.stdout == run("print", "--format", "json", "--no-cache", str(corpus)).stdout
    assert changed.stdout != first.stdout


def test_each_format_and_width_is_stored_apart(tmp_path: Path) -> None:
    cache_dir = Path(os.environ["DIGEST_CACHE_DIR"])
    runs = [("print", "--format", "markdown"), ("print", "--format", "markdown", "--width", "50"),
            ("quotes", "--format", "json", "--speaker", "Putin")]
    first = [run(*r, str(ARTICLES)).stdout for r in runs]
    assert len(_stored(cache_dir)) == len(runs)
    assert [run(*r, str(ARTICLES)).stdout for r in runs] == first
    assert first == [run(*r, "--no-cache", str(ARTICLES)).stdout for r in runs]
    assert first[0] != first[1]


def test_damaged_stored_text_is_never_printed(tmp_path: Path) -> None:
    cache_dir = Path(os.environ["DIGEST_CACHE_DIR"])
    first = run("print", "--format", "markdown", str(ARTICLES)).stdout
    [stored] = _stored(cache_dir)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF
    stored.write_bytes(bytes(data))
    assert run("print", "--format", "markdown", str(ARTICLES)).stdout == first
    assert stored.read_bytes() != bytes(data)  # stored again, whole
