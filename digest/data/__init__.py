"""Language data shipped as plain text, and the one reader of its sectioned files."""

from __future__ import annotations

from importlib import resources


def sections(name: str, lang: str | None = None) -> dict[str, list[str]]:
    """A data file's non-comment lines by [section] ('' before the first); {} when it is missing.

    `lang` picks digest/data/<lang>/<name>; without it the file sits in digest/data itself.
    """
    package = f"digest.data.{lang}" if lang else "digest.data"
    try:
        raw = resources.files(package).joinpath(name).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return {}
    out: dict[str, list[str]] = {}
    section = ""
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, [])
            continue
        out.setdefault(section, []).append(line)
    return out
