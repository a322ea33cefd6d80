"""Reading config.toml into typed settings, with errors that name the file, line and key."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from digest.errors import ConfigError

SUMMARY_METHODS = (
    "auto", "news", "central", "lead",
    "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction",
)


@dataclass(frozen=True)
class SummarySettings:
    """How article and visit summaries are made."""

    method: str = "auto"
    """auto (news or central, by text type), news, central, lead, or a sumy method by name."""
    sentences: int = 3
    """Sentences per article summary."""
    ratio: float | None = None
    """When set, a share of the article's sentences instead of a fixed count."""
    words: int | None = None
    """When set, a word budget instead of a sentence count."""
    visit_sentences: int = 5
    """Sentences in a visit digest."""

    def cache_key(self) -> str:
        """What changes the per-article result."""
        return f"{self.method}/{self.sentences}/{self.ratio}/{self.words}"


@dataclass(frozen=True)
class VisitRule:
    """A visit declared in config.toml [[visits]]."""

    id: str
    """Stable id (2022-02-moscow)."""
    title: str | None = None
    """Display title; inferred when missing."""
    place: str | None = None
    """Where it took place."""
    start: str | None = None
    """First day, ISO 8601."""
    end: str | None = None
    """Last day, ISO 8601."""
    match: tuple[str, ...] = ()
    """Terms: an article whose text contains any of them (and whose dates fit) belongs here."""


@dataclass(frozen=True)
class SpeakerRule:
    """A person named in config.toml [speakers]."""

    name: str
    """The display name to use."""
    aliases: tuple[str, ...] = ()
    """Further forms that denote this person."""
    role: str | None = None
    """A role to show (president of Kazakhstan)."""
    distinct_from: tuple[str, ...] = ()
    """Names never to merge with this person."""


@dataclass(frozen=True)
class EmailSettings:
    """Defaults for `digest mail`."""

    sender: str | None = None
    """From address."""
    to: tuple[str, ...] = ()
    """Default recipients."""
    subject: str = "Digest: {visits} ({article_count}, {languages})"
    """Subject template: {visits} {articles} (a number) {article_count} ("1 article") {languages} {date}."""
    host: str = "localhost"
    """SMTP host for --send."""
    port: int = 587
    """SMTP port."""
    security: str = "starttls"
    """starttls, tls or none."""
    user: str | None = None
    """SMTP user name."""
    password_env: str | None = None
    """Name of the environment variable holding the SMTP password."""
    message_id_domain: str | None = None
    """Domain of generated Message-IDs (fixed for reproducible output)."""


@dataclass(frozen=True)
class Limits:
    """Caps that keep one hostile file from taking the run down."""

    max_file_bytes: int = 20_000_000
    """Files larger than this are read up to the cap, with a warning."""
    max_quotes: int = 500
    """Quotes kept per article."""
    max_numbers: int = 500
    """Numbers kept per article."""
    max_sentences: int = 5000
    """Sentences analysed per article."""
    max_text_chars: int = 1_000_000
    """Characters of running text analysed per article (about 300 book pages)."""


@dataclass(frozen=True)
class Config:
    """Every setting, with documented defaults."""

    articles: str = "articles"
    """Default folder of articles."""
    languages: tuple[str, ...] = ()
    """Preferred languages, first first (visit digests, originals among translations)."""
    width: int = 78
    """Wrap width of Markdown and terminal output."""
    lang: str | None = None
    """Force one language for every article instead of detecting it."""
    summary: SummarySettings = field(default_factory=SummarySettings)
    """[summary] section."""
    speakers: tuple[SpeakerRule, ...] = ()
    """[speakers] section."""
    visits: tuple[VisitRule, ...] = ()
    """[[visits]] sections."""
    email: EmailSettings = field(default_factory=EmailSettings)
    """[email] section."""
    keymap: dict[str, str] = field(default_factory=dict)
    """[keymap] section: action id -> keys."""
    cache_dir: str | None = None
    """Cache folder; default the user cache dir, env DIGEST_CACHE_DIR wins."""
    limits: Limits = field(default_factory=Limits)
    """[limits] section."""
    path: str | None = None
    """The file this config was read from."""
    warnings: tuple[str, ...] = ()
    """Unknown keys and similar non-fatal problems."""


_TOP_KEYS = {"articles", "languages", "width", "lang", "cache_dir"}
_SECTIONS = {"summary", "speakers", "visits", "email", "keymap", "limits"}
_ID = re.compile(r"^[\w.-]+$")


def load(
    path: str | Path | None, *, required: bool = False, actions: Collection[str] | None = None
) -> Config:
    """Read a config file; a missing optional file gives the defaults.

    `actions`, when given, are the key-binding ids a [keymap] may name; others are warned about.
    """
    if path is None:
        return Config()
    p = Path(path)
    if not p.exists():
        if required:
            raise ConfigError(f"{p}: no such config file")
        return Config()
    try:
        raw = p.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_syntax_message(str(p), str(exc))) from exc
    return parse(data, str(p), raw, actions)


def _syntax_message(name: str, message: str) -> str:
    """tomllib's "… (at line 4, column 13)" as "config.toml:4:13: …"."""
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if m:
        return f"{name}:{m.group(1)}:{m.group(2)}: invalid TOML: {message[: m.start()]}"
    m = re.search(r"\s*\(at end of document\)\s*$", message)
    if m:
        return f"{name}: invalid TOML at the end of the file: {message[: m.start()]}"
    return f"{name}: invalid TOML: {message}"


def parse(
    data: dict[str, Any], name: str = "config.toml", raw: str = "", actions: Collection[str] | None = None
) -> Config:
    """Validate a parsed TOML document."""
    warnings: list[str] = []
    where = _Locator(name, raw)
    for key in data:
        if key not in _TOP_KEYS | _SECTIONS:
            warnings.append(f"{where(key)}: unknown key '{key}' ignored")
    cfg = Config(path=name)
    kw: dict[str, Any] = {}
    if "articles" in data:
        kw["articles"] = _typed(data["articles"], str, where, "articles")
    if "languages" in data:
        kw["languages"] = tuple(_str_list(data["languages"], where, "languages"))
    if "width" in data:
        width = _typed(data["width"], int, where, "width")
        if not 30 <= width <= 1000:
            raise ConfigError(f"{where('width')}: width must be between 30 and 1000, not {width}")
        kw["width"] = width
    if "lang" in data:
        kw["lang"] = _typed(data["lang"], str, where, "lang")
    if "cache_dir" in data:
        kw["cache_dir"] = _typed(data["cache_dir"], str, where, "cache_dir")
    if "summary" in data:
        kw["summary"] = _section(SummarySettings, data["summary"], where, "summary", warnings)
        if kw["summary"].method not in SUMMARY_METHODS:
            raise ConfigError(
                f"{where('method')}: summary.method '{kw['summary'].method}' is not one of "
                + ", ".join(SUMMARY_METHODS)
            )
        if kw["summary"].sentences < 1:
            raise ConfigError(f"{where('sentences')}: summary.sentences must be at least 1")
    if "limits" in data:
        kw["limits"] = _section(Limits, data["limits"], where, "limits", warnings)
        for f in fields(Limits):
            value = getattr(kw["limits"], f.name)
            if value < 1:
                raise ConfigError(f"{where(f.name)}: limits.{f.name} must be a positive number, not {value}")
    if "email" in data:
        em = dict(_table(data["email"], where, "email"))
        if "from" in em:
            em["sender"] = em.pop("from")
        if isinstance(em.get("to"), str):
            em["to"] = [em["to"]]
        if "password" in em:
            raise ConfigError(
                f"{where('password')}: email.password is not read from the config file; "
                "name an environment variable with email.password_env"
            )
        kw["email"] = _section(EmailSettings, em, where, "email", warnings)
        if kw["email"].security not in ("starttls", "tls", "none"):
            raise ConfigError(f"{where('security')}: email.security must be starttls, tls or none")
    if "keymap" in data:
        km = _table(data["keymap"], where, "keymap")
        kw["keymap"] = {k: _typed(v, str, where, f"keymap.{k}") for k, v in km.items()}
        if actions is not None:
            for k in km:
                if k not in actions:
                    warnings.append(
                        f"{where(k)}: [keymap] '{k}' is not an action id; ignored "
                        "(`?` in the browser lists them)"
                    )
    if "speakers" in data:
        kw["speakers"] = tuple(_speakers(data["speakers"], where, warnings))
    if "visits" in data:
        kw["visits"] = tuple(_visits(data["visits"], where, warnings))
    return replace(cfg, warnings=tuple(warnings), **kw)


class _Locator:
    """Finds the line a key is set on, so messages say file:line."""

    def __init__(self, name: str, raw: str) -> None:
        self.name = name
        self.lines = raw.splitlines()

    def __call__(self, key: str) -> str:
        leaf = key.split(".")[-1]
        pat = re.compile(rf"^\s*(\"?{re.escape(leaf)}\"?)\s*=|^\s*\[+\s*{re.escape(leaf)}\s*\]+")
        for i, line in enumerate(self.lines, 1):
            if pat.search(line):
                return f"{self.name}:{i}"
        return self.name


def _typed(value: Any, kind: type, where: _Locator, key: str) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(
            f"{where(key)}: '{key}' must be {_kind_name(kind)}, not {type(value).__name__} ({value!r})"
        )
    return value


def _kind_name(kind: type) -> str:
    return {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}.get(
        kind, kind.__name__
    )


def _str_list(value: Any, where: _Locator, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where(key)}: '{key}' must be a list of strings")
    return value


def _table(value: Any, where: _Locator, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where(key)}: [{key}] must be a table")
    return value


def _section(cls: type, value: Any, where: _Locator, name: str, warnings: list[str]) -> Any:
    table = _table(value, where, name)
    known = {f.name: f for f in fields(cls)}
    kw: dict[str, Any] = {}
    hints = {f.name: f.type for f in fields(cls)}
    for key, v in table.items():
        if key not in known:
            warnings.append(f"{where(key)}: unknown key '{name}.{key}' ignored")
            continue
        hint = str(hints[key])
        if "tuple" in hint:
            kw[key] = tuple(_str_list(v, where, f"{name}.{key}"))
        elif "int" in hint and "float" not in hint:
            kw[key] = _typed(v, int, where, f"{name}.{key}")
        elif "float" in hint:
            kw[key] = _typed(v, float, where, f"{name}.{key}")
        else:
            kw[key] = _typed(v, str, where, f"{name}.{key}")
    return cls(**kw)


def _speakers(value: Any, where: _Locator, warnings: list[str]) -> list[SpeakerRule]:
    """[speakers] maps a display name to a table (aliases, role, distinct_from) or a list of aliases."""
    table = _table(value, where, "speakers")
    rules = []
    for name, spec in table.items():
        if isinstance(spec, list):
            spec = {"aliases": spec}
        spec = _table(spec, where, f"speakers.{name}")
        for key in spec:
            if key not in ("aliases", "role", "distinct_from"):
                warnings.append(f"{where(key)}: unknown key 'speakers.{name}.{key}' ignored")
        rules.append(
            SpeakerRule(
                name=name,
                aliases=tuple(_str_list(spec.get("aliases", []), where, f"speakers.{name}.aliases")),
                role=_typed(spec["role"], str, where, "role") if "role" in spec else None,
                distinct_from=tuple(
                    _str_list(spec.get("distinct_from", []), where, f"speakers.{name}.distinct_from")
                ),
            )
        )
    return rules


def _visits(value: Any, where: _Locator, warnings: list[str]) -> list[VisitRule]:
    if not isinstance(value, list):
        raise ConfigError(f"{where('visits')}: visits must be written as [[visits]] tables")
    rules = []
    for i, spec in enumerate(value):
        spec = _table(spec, where, "visits")
        if "id" not in spec:
            raise ConfigError(f"{where('visits')}: visit #{i + 1} has no id")
        vid = _typed(spec["id"], str, where, "id")
        if not _ID.match(vid):
            raise ConfigError(f"{where('id')}: visit id '{vid}' may hold only letters, digits, '.', '_', '-'")
        kw: dict[str, Any] = {"id": vid}
        for key, v in spec.items():
            if key == "id":
                continue
            if key in ("start", "end"):
                kw[key] = _iso_date(v, where, f"visits.{key}")
            elif key in ("title", "place"):
                kw[key] = _typed(v, str, where, f"visits.{key}")
            elif key == "match":
                kw[key] = tuple(_str_list(v, where, "visits.match"))
            else:
                warnings.append(f"{where(key)}: unknown key 'visits.{key}' ignored (visit {vid})")
        rule = VisitRule(**kw)
        if rule.start and rule.end and rule.end < rule.start:
            raise ConfigError(f"{where('end')}: visit {vid} ends ({rule.end}) before it starts ({rule.start})")
        rules.append(rule)
    return rules


def _iso_date(value: Any, where: _Locator, key: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ConfigError(f"{where(key)}: '{key}' must be a date like 2025-11-12, not {value!r}")
