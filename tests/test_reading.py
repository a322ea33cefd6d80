"""Reading articles: encodings, metadata, discovery order, and errors that name the file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from digest.errors import InputError, UsageError
from digest.reading import article_id, decode, discover, folder_rule, read

TEXT = "Città di Łódź: «Привет», said the mayor — 25,6 %.\n"


@pytest.mark.parametrize(
    "data, note",
    [
        (TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), None),
        (TEXT.encode("utf-16-le"), "no byte-order mark"),
    ],
)
def test_unicode_encodings(data: bytes, note: str | None) -> None:
    text, warning = decode(data)
    assert text == TEXT
    assert (warning is None) if note is None else (note in warning)


def test_cp1252_fallback_warns() -> None:
    text, warning = decode("Città “ok” – 5 €\n".encode("cp1252"))
    assert text == "Città “ok” – 5 €\n"
    assert "Windows-1252" in warning


def test_one_bad_byte_keeps_utf8_and_names_the_line() -> None:
    data = "line one è\nline two ù\n".encode("utf-8") + b"bad \xff here\n" + "più\n".encode("utf-8")
    text, warning = decode(data)
    assert "più" in text and "\ufffd" in text
    assert warning.startswith("line 3:")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n\0\0", b"\x1f\x8b\x08\0\0\0"])
def test_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read(str(f), 1000)
    assert str(f) in str(exc.value) and "not a text file" in str(exc.value)


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.md", b" \n\t\r\n")):
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(InputError, match=name):
            read(str(f), 1000)


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Title here\r\n\r\nBody text.\r\n")
    assert read(str(f), 1000).text == "Title here\r\n\r\nBody text.\r\n"


def test_size_cap_warns(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * 1000)
    src = read(str(f), 100)
    assert len(src.text) == 100 and "only the first 100" in src.warnings[0]


def test_front_matter_and_sidecar(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text('+++\ntitle = "T"\ndate = 2025-11-12\ncolour = "red"\n+++\nBody.\n', "utf-8")
    (tmp_path / "a.toml").write_text('source = "Agency"\nlang = "it"\n', "utf-8")
    src = read(str(f), 10_000)
    assert src.meta == {"title": "T", "date": "2025-11-12", "source": "Agency", "lang": "it"}
    assert src.text[src.body_start :] == "Body.\n"
    assert any("colour" in w for w in src.warnings)


def test_bad_metadata_values_are_explained(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("---\ndate: yesterday\n---\nBody.\n", "utf-8")
    src = read(str(f), 10_000)
    assert "date" not in src.meta
    assert any("not YYYY-MM-DD" in w for w in src.warnings)


def test_discovery_is_recursive_sorted_and_deduplicated(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a dir").mkdir()
    for p in ("b/2.txt", "b/1.md", "a dir/x.txt", "top.txt", "skip.pdf", "b/visit.toml"):
        (tmp_path / p).write_text("x", "utf-8")
    (tmp_path / "b" / "loop").symlink_to(tmp_path / "b")
    found, problems = discover([str(tmp_path), str(tmp_path / "top.txt")])
    names = [Path(f.path).relative_to(tmp_path).as_posix() for f in found]
    assert names == ["a dir/x.txt", "b/1.md", "b/2.txt", "top.txt"]
    assert [f.folder for f in found] == ["a dir", "b", "b", None]
    assert any("loop" in p.message for p in problems)
    assert any("more than once" in p.message for p in problems)


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        discover([str(tmp_path / "nope")])


def test_visit_folder_rule(tmp_path: Path) -> None:
    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "visit.toml").write_text('title = "A visit"\nstart = 2024-01-02\nend = "bad"\n')
    rule, warnings = folder_rule(str(tmp_path), "v1")
    assert rule.id == "v1" and rule.title == "A visit" and rule.start == "2024-01-02" and rule.end is None
    assert "not YYYY-MM-DD" in warnings[0]


def test_article_ids_are_unique_and_readable() -> None:
    taken: set[str] = set()
    ids = [article_id(p, taken) for p in ("x/a b.txt", "y/a b.txt", "a b.md")]
    assert ids[0] == "a-b" and len(set(ids)) == 3


def test_decomposed_accents_are_composed(tmp_path: Path) -> None:
    # A file that writes "í" as "i" and a combining accent (as macOS saves names) reads as the composed letter:
    # no word splits at the accent ("García" read as "Garc" and "a").
    path = tmp_path / "a.txt"
    path.write_bytes("Alicia Garci\u0301a-Herrero spoke.\n".encode())
    assert "García-Herrero" in read(str(path), 10_000).text
