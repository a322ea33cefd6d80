"""Hostile files, folders, configs and caches met through the real command line."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import hostile_corpus as hc
from digest import cache
from digest.errors import InputError
from digest.reading import read

NORMAL = hc.cases()[0].data
IS_ROOT = os.geteuid() == 0


def _articles(tmp_path: Path, *names: str) -> Path:
    arts = tmp_path / "articles"
    for name in names:
        (arts / name).parent.mkdir(parents=True, exist_ok=True)
        (arts / name).write_bytes(NORMAL.replace(b"Normalword", Path(name).stem.encode()))
    return arts


def _json(tmp_path: Path, *args: str, cache: Path | None = None) -> tuple[dict, str]:
    r = hc.run_digest(["print", "--format", "json", *args], tmp_path, cache or tmp_path / "cache")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-3000:]
    assert not hc.CONTROL.search(r.stderr)
    return json.loads(r.stdout), r.stderr


def _fails(tmp_path: Path, args: list[str], status: int) -> str:
    r = hc.run_digest(args, tmp_path, tmp_path / "cache")
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode == status, r.stderr
    assert r.stdout == ""
    return r.stderr


def _names(data: dict) -> set[str]:
    return {Path(a["path"]).name for a in data["articles"]}


# Files and folders


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    err = _fails(tmp_path, ["print", "no such folder"], 2)
    assert "no such folder" in err


def test_missing_path_among_good_ones_is_a_usage_error(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt")
    err = _fails(tmp_path, ["print", "articles", "articles/gone.txt"], 2)
    assert "articles/gone.txt" in err


def test_paths_with_spaces_and_unicode(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "d\u00e9j\u00e0 vu/\u0441\u0442\u0430\u0442\u044c\u044f one.txt", "\u4e2d\u6587 two.md")
    data, _ = _json(tmp_path, str(arts / "d\u00e9j\u00e0 vu"), "articles/\u4e2d\u6587 two.md")
    assert _names(data) == {"\u0441\u0442\u0430\u0442\u044c\u044f one.txt", "\u4e2d\u6587 two.md"}


def test_hostile_file_name_is_neutralised_on_stderr(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "ok.txt")
    (arts / "evil \x1b]0;title\x07 [bold]name\x1b[2J.txt").write_bytes(b"")
    data, err = _json(tmp_path, "articles")
    assert "[bold]name" in err and "empty" in err
    assert _names(data) == {"ok.txt"}


def test_article_given_twice_is_read_once(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt", "b.txt")
    data, err = _json(tmp_path, "articles", "articles/a.txt", "./articles/a.txt")
    assert sorted(Path(a["path"]).name for a in data["articles"]) == ["a.txt", "b.txt"]
    assert "more than once" in err


def test_folder_symlink_loop(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "a.txt", "sub/b.txt")
    (arts / "sub" / "back").symlink_to("..", target_is_directory=True)
    (arts / "self").symlink_to(".", target_is_directory=True)
    data, err = _json(tmp_path, "articles")
    assert sorted(Path(a["path"]).name for a in data["articles"]) == ["a.txt", "b.txt"]
    assert "loop" in err


def test_vanished_file_is_a_warning(tmp_path: Path) -> None:
    # A link whose target is gone stands for a file deleted after the folder was listed.
    arts = _articles(tmp_path, "a.txt")
    (arts / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    data, err = _json(tmp_path, "articles")
    assert _names(data) == {"a.txt"}
    assert any("gone.txt" in line for line in err.splitlines()), err
    # Deleted between discovery and reading: the reader says so, naming the file.
    with pytest.raises(InputError, match="gone.txt: vanished"):
        read(str(arts / "gone.txt"), 1000)


def test_unreadable_file(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "a.txt", "locked.txt")
    (arts / "locked.txt").chmod(0)
    try:
        data, err = _json(tmp_path, "articles")
    finally:
        (arts / "locked.txt").chmod(0o644)
    if IS_ROOT:
        # Permissions do not bind root: the file is simply read.
        assert _names(data) == {"a.txt", "locked.txt"}
    else:
        assert _names(data) == {"a.txt"}
        assert "locked.txt" in err and "cannot read" in err


def test_unreadable_folder(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "a.txt", "closed/b.txt")
    (arts / "closed").chmod(0)
    try:
        data, err = _json(tmp_path, "articles")
    finally:
        (arts / "closed").chmod(0o755)
    if IS_ROOT:
        assert _names(data) == {"a.txt", "b.txt"}
    else:
        assert _names(data) == {"a.txt"}
        assert "closed" in err and "cannot list" in err


def test_fifo_does_not_hang_the_run(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "a.txt")
    os.mkfifo(arts / "pipe.txt")
    try:
        r = hc.run_digest(["print", "--format", "json", "articles"], tmp_path, tmp_path / "cache", timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("a FIFO named like an article blocks the run: only regular files should be opened")
    assert r.returncode == 0, r.stderr
    assert _names(json.loads(r.stdout)) == {"a.txt"}
    assert "pipe.txt" in r.stderr


def test_file_growing_during_the_run_is_read_consistently(tmp_path: Path) -> None:
    # A writer appending while digest runs: every offset must still fall inside the text read.
    arts = _articles(tmp_path, *(f"a{i}.txt" for i in range(12)))
    target = arts / "growing.txt"
    target.write_bytes(NORMAL)
    code = (
        "import sys, time\n"
        "end = time.monotonic() + 2\n"
        "with open(sys.argv[1], 'ab', buffering=0) as f:\n"
        "    while time.monotonic() < end:\n"
        "        f.write(b'\\n\\nThe minister said trade grew by 7 percent in 2024, officials said.')\n"
        "        time.sleep(0.001)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", code, str(target)])
    try:
        data, _ = _json(tmp_path, "articles")
    finally:
        writer.wait(timeout=30)
    assert "growing.txt" in _names(data)
    size = len(target.read_text("utf-8"))
    for item in data["quotes"] + data["numbers"] + [s for v in data["visits"] for s in v["summary_sources"]]:
        assert 0 <= item["start"] <= item["end"] <= size


# Config


def _config(tmp_path: Path, text: str) -> Path:
    _articles(tmp_path, "a.txt")
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_config_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    _config(tmp_path, "width = 78\n\n[summary]\nsentences = = 3\n")
    err = _fails(tmp_path, ["print"], 1)
    assert "config.toml:4:13" in err, err


def test_config_wrong_type_names_the_key(tmp_path: Path) -> None:
    _config(tmp_path, '# comment\nwidth = "wide"\n')
    err = _fails(tmp_path, ["print"], 1)
    assert "config.toml:2" in err and "width" in err


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("[summary]\nsentences = 3.5\n", 2, "sentences"),
        ("[limits]\nmax_quotes = true\n", 2, "max_quotes"),
        ('languages = "en"\n[email]\nport = "smtp"\n', 3, "port"),
        ("[keymap]\nquit = 5\n", 2, "quit"),
        ('[[visits]]\nid = "v"\nmatch = [1, 2]\n', 3, "match"),
        ("summary = 3\n", 1, "summary"),
    ],
)
def test_config_wrong_types(tmp_path: Path, text: str, line: int, key: str) -> None:
    _config(tmp_path, text)
    err = _fails(tmp_path, ["print"], 1)
    assert f"config.toml:{line}" in err and key in err, err


def test_config_unknown_keys_are_warned(tmp_path: Path) -> None:
    _config(tmp_path, 'colour = "red"\n[summary]\nsentence = 2\n[limits]\nmax_bytes = 1\n')
    data, err = _json(tmp_path, "articles")
    assert _names(data) == {"a.txt"}
    for line, key in ((1, "colour"), (3, "sentence"), (5, "max_bytes")):
        assert any(f"config.toml:{line}" in w and key in w for w in err.splitlines()), err


def test_config_hostile_key_is_neutralised(tmp_path: Path) -> None:
    _config(tmp_path, '"\\u001b]0;owned\\u0007[bold]k" = 1\n')
    _, err = _json(tmp_path, "articles")
    assert "[bold]k" in err


@pytest.mark.parametrize(
    "visit",
    ['start = "2025-13-45"', 'start = "yesterday"', "start = 2025-11-12\nend = 2025-11-01", "end = 12"],
)
def test_config_invalid_visit_dates(tmp_path: Path, visit: str) -> None:
    _config(tmp_path, f'[[visits]]\nid = "v1"\n{visit}\n')
    err = _fails(tmp_path, ["print"], 1)
    assert re.search(r"config\.toml:\d+", err) and ("v1" in err or "visits." in err), err


def test_visit_file_with_invalid_date_is_a_warning(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "trip/a.txt")
    (arts / "trip" / "visit.toml").write_text('start = "2025-02-30"\ntitle = "Trip"\n')
    data, err = _json(tmp_path, "articles")
    assert _names(data) == {"a.txt"}
    assert "visit.toml" in err and "2025-02-30" in err


def test_visit_file_with_syntax_error_is_a_warning(tmp_path: Path) -> None:
    arts = _articles(tmp_path, "trip/a.txt")
    (arts / "trip" / "visit.toml").write_text('title = "Trip\n')
    data, err = _json(tmp_path, "articles")
    assert _names(data) == {"a.txt"}
    assert "visit.toml" in err and "line 1" in err


def test_keymap_unknown_action_is_named(tmp_path: Path) -> None:
    _config(tmp_path, '[keymap]\nlaunch_missiles = "x"\n')
    data, err = _json(tmp_path, "articles")
    assert _names(data) == {"a.txt"}
    assert any("config.toml:2" in w and "launch_missiles" in w for w in err.splitlines()), err


def test_missing_config_given_explicitly(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt")
    err = _fails(tmp_path, ["print", "--config", "nope.toml"], 1)
    assert "nope.toml" in err


def test_config_that_is_binary(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt")
    (tmp_path / "config.toml").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    err = _fails(tmp_path, ["print"], 1)
    assert "config.toml" in err


# Cache


def _reference(tmp_path: Path) -> dict:
    data, _ = _json(tmp_path, "--no-cache", "articles")
    return _results(data)


def _results(data: dict) -> dict:
    """The digest without run-level warnings (a cache that had to be rebuilt says so there)."""
    return {**data, "warnings": [w for w in data["warnings"] if w["path"]]}


def test_corrupted_cache_is_rebuilt(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt", "b.txt")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "analysis-v1.sqlite3").write_bytes(b"this is not a database" * 500)
    data, err = _json(tmp_path, "articles")
    assert _results(data) == _reference(tmp_path)
    assert "rebuilt" in err
    again, err = _json(tmp_path, "articles")
    assert again == _results(data) and not err


def test_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    _articles(tmp_path, *(f"a{i}.txt" for i in range(5)))
    first = _results(_json(tmp_path, "articles")[0])
    db = tmp_path / "cache" / "analysis-v1.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    data, _ = _json(tmp_path, "articles")
    assert _results(data) == first


def test_damaged_cache_rows_are_misses(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt", "b.txt")
    first = _results(_json(tmp_path, "articles")[0])
    with sqlite3.connect(tmp_path / "cache" / "analysis-v1.sqlite3") as db:
        db.execute("UPDATE analysis SET data = x'789c'")
    data, _ = _json(tmp_path, "articles")
    assert _results(data) == first


def test_read_only_cache_dir(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt", "b.txt")
    cache = tmp_path / "ro-cache"
    cache.mkdir()
    cache.chmod(0o555)
    try:
        data, _ = _json(tmp_path, "articles", cache=cache)
    finally:
        cache.chmod(0o755)
    assert _results(data) == _reference(tmp_path)


def test_cache_dir_that_cannot_exist(tmp_path: Path) -> None:
    # Under a regular file no folder can be made, whoever runs the test.
    _articles(tmp_path, "a.txt")
    (tmp_path / "plain-file").write_text("x")
    data, err = _json(tmp_path, "articles", cache=tmp_path / "plain-file" / "cache")
    assert _results(data) == _reference(tmp_path)
    assert "cache" in err


def test_two_processes_on_one_cache(tmp_path: Path) -> None:
    _articles(tmp_path, *(f"a{i}.txt" for i in range(10)))
    env = dict(os.environ, DIGEST_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(hc.ROOT))
    env.pop("DIGEST_CONFIG", None)
    cmd = [sys.executable, "-m", "digest", "print", "--format", "json", "--jobs", "2", "articles"]
    procs = [
        subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and "Traceback" not in err, err[-3000:]
    ref = _reference(tmp_path)
    assert [_results(json.loads(o)) for o, _ in outs] == [ref, ref]
    warm, _ = _json(tmp_path, "articles")
    assert _results(warm) == ref


def test_tampered_stored_digest_carries_no_control_character(tmp_path: Path) -> None:
    _articles(tmp_path, "a.txt")
    _json(tmp_path, "articles")
    [stored] = (tmp_path / "cache" / cache.TEXT_DIR).glob("*.gz")
    planted = "\x1b]0;owned\x07 \x1b[31mred\x1b[0m \x9b2J \u202eevil\u202c \u061c \r\n" * 3000
    list(cache.storing_text(tmp_path / "cache", stored.stem, [], [planted[:7], planted[7:], "end\n"]))
    r = hc.run_digest(["print", "--format", "json", "articles"], tmp_path, tmp_path / "cache")
    assert "owned" in r.stdout and r.stdout.endswith("end\n")  # the stored text, stripped of controls
    assert not hc.CONTROL.search(r.stdout) and not hc.BIDI.search(r.stdout) and "\u061c" not in r.stdout
