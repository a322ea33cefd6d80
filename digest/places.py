"""Place names in any language: a shipped gazetteer maps inflected and translated forms to one name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

# Letters, with inner hyphens and apostrophes (Nur-Sultan, L'Avana, п'ятниця).
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_MAX_WORDS = 3
# Stems shorter than this match too many ordinary words.
_MIN_STEM = 4

V = TypeVar("V")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    """Canonical English name (Moscow)."""
    country: str
    """ISO 3166 alpha-2 code."""
    kind: str
    """capital, city or country."""


@dataclass(frozen=True)
class Found:
    """A place name found in a text."""

    start: int
    end: int
    place: Place
    locative: bool
    """Preceded by a preposition that makes it where something happens (a Mosca, w Moskwie)."""


@dataclass(frozen=True)
class _Stems(Generic[V]):
    """Stems by their text, tried longest first: a few dict look-ups per word instead of a scan."""

    by_stem: dict[str, V]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, V]]) -> _Stems[V]:
        by_stem: dict[str, V] = {}
        for stem, value in pairs:
            by_stem.setdefault(stem, value)
        return cls(by_stem, tuple(sorted({len(s) for s in by_stem}, reverse=True)))

    def get(self, word: str) -> V | None:
        for n in self.lengths:
            if n <= len(word) and (value := self.by_stem.get(word[:n])) is not None:
                return value
        return None


@dataclass(frozen=True)
class _Gazetteer:
    exact: dict[str, Place]
    stems: _Stems[Place]
    adjectives: dict[str, str]
    adjective_stems: _Stems[str]
    capitals: dict[str, Place]


@cache
def _gazetteer() -> _Gazetteer:
    text = resources.files("digest.data").joinpath("places.txt").read_text("utf-8")
    exact: dict[str, Place] = {}
    stems: list[tuple[str, Place]] = []
    adjectives: dict[str, str] = {}
    adjective_stems: list[tuple[str, str]] = []
    capitals: dict[str, Place] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, kind, forms, *rest = (f.strip() for f in line.split("|"))
        place = Place(name, country, kind)
        if kind == "capital":
            capitals[country] = place
        for form in [name, *forms.split(",")]:
            _add(form.strip().casefold(), place, exact, stems)
        for adj in rest[0].removeprefix("adj:").split(",") if rest else ():
            _add(adj.strip().casefold(), country, adjectives, adjective_stems)
    # Longest stems first so Nur-Sultan* wins over a shorter stem of another entry.
    return _Gazetteer(exact, _Stems.of(stems), adjectives, _Stems.of(adjective_stems), capitals)


def _add(form: str, value: object, exact: dict, stems: list) -> None:
    if not form:
        return
    if form.endswith("*") and len(form) > _MIN_STEM:
        stems.append((form[:-1], value))
    else:
        exact.setdefault(form.rstrip("*"), value)


@cache
def _locatives(lang: str) -> frozenset[str]:
    try:
        text = resources.files(f"digest.data.{lang}").joinpath("locative.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def capital(country: str) -> Place | None:
    """The capital of a country code, when the gazetteer has it."""
    return _gazetteer().capitals.get(country)


def demonym(word: str) -> str | None:
    """The country code an adjective or demonym points to (kazako, russischen, rosyjskiego)."""
    g = _gazetteer()
    w = word.casefold()
    if w in g.adjectives:
        return g.adjectives[w]
    return g.adjective_stems.get(w)


def lookup(name: str) -> Place | None:
    """The entry a single written form denotes (Moskwie -> Moscow), or None."""
    g = _gazetteer()
    w = name.casefold()
    if w in g.exact:
        return g.exact[w]
    return g.stems.get(w)


def find(text: str, spans: Iterable[tuple[int, int]], lang: str = "und") -> list[Found]:
    """Every capitalised place name inside the given spans, longest form first."""
    g = _gazetteer()
    locatives = _locatives(lang)
    out: list[Found] = []
    for a, b in spans:
        tokens = list(_TOKEN.finditer(text, a, b))
        i = 0
        while i < len(tokens):
            hit = None
            if tokens[i].group()[0].isupper():
                for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
                    phrase = " ".join(t.group() for t in tokens[i : i + n])
                    place = g.exact.get(phrase.casefold()) if n > 1 else lookup(phrase)
                    if place:
                        hit = (n, place)
                        break
            if hit is None:
                i += 1
                continue
            n, place = hit
            before = tokens[i - 1].group().casefold() if i else ""
            out.append(Found(tokens[i].start(), tokens[i + n - 1].end(), place, before in locatives))
            i += n
    return out


def ranked(found: Iterable[Found], kinds: tuple[str, ...] = ("capital", "city")) -> tuple[str, ...]:
    """Canonical names of the given kinds, most mentioned first (ties in order of appearance)."""
    counts = Counter(f.place.name for f in found if f.place.kind in kinds)
    return tuple(name for name, _ in counts.most_common())
