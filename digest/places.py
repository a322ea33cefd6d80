"""Place names in any language: a shipped gazetteer maps inflected and translated forms to one name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, getitem, itemgetter, le
from os.path import commonprefix
from typing import Generic, TypeVar

from digest import data
from digest.language import unspaced

# A word: letters first, with inner hyphens and apostrophes (Nur-Sultan, L'Avana, п'ятниця);
# the group keeps the words in what splitting on it returns (possessive: nothing follows to give back to).
_TOKEN_SPLIT = re.compile(r"([^\W\d_][\w'’-]*+)")
_MAX_WORDS = 5
# The longest case ending after an apostrophe that find() cuts from a name (Turkish "'daki").
_MAX_TAIL = 5
# Stems shorter than this match too many ordinary words.
_MIN_STEM = 4
# A locative ending of locative.txt longer than this (with its "-") is read on forms listed whole too.
_LONG_ENDING = 3
# An elided article or preposition glued to the next word ("l'", "dell'", "all'", "d'").
_ELIDED = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")
# Articles that may stand between a seat of government and its preposition ("at the White House").
_SEAT_ARTICLES = frozenset(("the", "la", "le", "el", "il", "lo", "der", "dem", "den", "het", "de"))

V = TypeVar("V")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    """Canonical English name (Moscow)."""
    country: str
    """ISO 3166 alpha-2 code."""
    kind: str
    """capital, city, country or seat (a seat of government standing for its country's capital: the Kremlin)."""


@dataclass(frozen=True)
class Found:
    """A place name found in a text."""

    start: int
    end: int
    place: Place
    locative: bool
    """Preceded by a preposition that makes it where something happens (a Mosca, w Moskwie; a seat also with
    an article between: "in the Kremlin", "en la Moncloa")."""


@dataclass(frozen=True)
class Stems(Generic[V]):
    """Stems, indexed by their first letters: one dict look-up per word, then the few stems sharing them."""

    by_head: dict[str, tuple[tuple[str, V], ...]]
    """Stems by their first `head` letters, longest first: a longer stem wins."""
    head: int

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, V]]) -> Stems[V]:
        """The table of (stem, value) pairs; a stem given twice keeps its first value."""
        by_stem: dict[str, V] = {}
        for stem, value in pairs:
            by_stem.setdefault(stem, value)
        head = min(map(len, by_stem), default=1)
        by_head: dict[str, list[tuple[str, V]]] = {}
        for stem in sorted(by_stem, key=len, reverse=True):
            by_head.setdefault(stem[:head], []).append((stem, by_stem[stem]))
        return cls({k: tuple(v) for k, v in by_head.items()}, head)

    def get(self, word: str) -> V | None:
        """The value of the longest stem the word starts with."""
        for stem, value in self.by_head.get(word[: self.head], ()):
            if word.startswith(stem):
                return value
        return None

    def matching(self, words: set[str]) -> set[str]:
        """Those of the words that start with a stem: C-level look-ups leave out those sharing no head."""
        if not self.by_head:
            return set()
        ws = list(words)
        heads = map(getitem, ws, repeat(slice(0, self.head)))
        return {w for w in compress(ws, map(self.by_head.__contains__, heads)) if self.get(w) is not None}

    def items(self) -> Iterator[tuple[str, V]]:
        """Every (stem, value)."""
        return chain.from_iterable(self.by_head.values())


@dataclass(frozen=True)
class _Gazetteer:
    exact: dict[str, Place]
    stems: Stems[Place]
    adjectives: dict[str, str]
    adjective_stems: Stems[str]
    capitals: dict[str, Place]
    firsts: frozenset[str]
    """First words of the names written in several words (new, tel): only they may start one."""
    seats: frozenset[str]
    """The forms of seats of government: find() finds them, lookup() and naming() do not (no city's name)."""


@cache
def _gazetteer(lang: str = "") -> _Gazetteer:
    """The shared gazetteer; for a language with its own places.txt, those forms name its entry instead (Persian
    عمان is Oman, which unvocalised Arabic also writes for Amman)."""
    if lang:
        own = data.sections("places.txt", lang).get("", [])
        if not own:
            return _gazetteer()
        g = _gazetteer()
        by_name = {p.name: p for p in chain(g.exact.values(), (v for _, v in g.stems.items()))}
        exact = dict(g.exact)
        for line in own:
            form, _, name = (f.strip() for f in line.partition("|"))
            if name in by_name:
                exact[form.casefold()] = by_name[name]
        return _Gazetteer(exact, g.stems, g.adjectives, g.adjective_stems, g.capitals, g.firsts, g.seats)
    text = data.marks_as_letters(resources.files("digest.data").joinpath("places.txt").read_text("utf-8"))
    exact: dict[str, Place] = {}
    stems: list[tuple[str, Place]] = []
    adjectives: dict[str, str] = {}
    adjective_stems: list[tuple[str, str]] = []
    capitals: dict[str, Place] = {}
    seats: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, kind, forms, *rest = (f.strip() for f in line.split("|"))
        place = Place(name, country, kind)
        if kind == "capital":
            capitals[country] = place
        for form in [name, *forms.split(",")]:
            for f in _armenian_caps(form.strip().casefold()):
                _add(f, place, exact, stems)
                if kind == "seat" and exact.get(f) is place:
                    seats.add(f)
        for adj in rest[0].removeprefix("adj:").split(",") if rest else ():
            for f in _armenian_caps(adj.strip().casefold()):
                _add(f, country, adjectives, adjective_stems)
    # Longest stems first so Nur-Sultan* wins over a shorter stem of another entry.
    firsts = frozenset(form.split(" ")[0] for form in exact if " " in form)
    return _Gazetteer(
        exact, Stems.of(stems), adjectives, Stems.of(adjective_stems), capitals, firsts, frozenset(seats)
    )


def _armenian_caps(form: str) -> tuple[str, ...]:
    """A folded form, and where it holds the ligature և (folded եւ) also its spelling in capitals: և has no
    capital, and a dateline or headline in capitals writes ԵՎ ("ԵՐԵՎԱՆ" for Երևան), which folds to եվ."""
    return (form, form.replace("եւ", "եվ")) if "եւ" in form else (form,)


def _add(form: str, value: object, exact: dict, stems: list) -> None:
    if not form:
        return
    if form.endswith("*") and len(form) > _MIN_STEM:
        stems.append((form[:-1], value))
    else:
        exact.setdefault(form.rstrip("*"), value)


@cache
def _locative_text(lang: str) -> str:
    """data/<lang>/locative.txt read as the lists are (data.marks_as_letters); "" where the language has none.
    Its plain lines, "country:", "capital:" and "after:" lines are read by the functions below."""
    try:
        return data.marks_as_letters(resources.files(f"digest.data.{lang}").joinpath("locative.txt").read_text("utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@cache
def _locatives(lang: str) -> frozenset[str]:
    text = _locative_text(lang)
    # A "country:" line is read by _country_locatives alone, a "capital:" line by _capital_nouns, an "after:" line
    # by _postposed_locatives.
    return frozenset(w for line in text.splitlines()
                     if not line.startswith(("#", "country:", "capital:", "after:", "whole:", "glued:"))
                     for w in line.split())


@cache
def _glued_prefix(lang: str) -> re.Pattern[str] | None:
    """locative.txt's "glued:" line as a pattern: the lower-case prefixes a Bantu language glues to a place's
    capitalised name (Zulu ePitoli, in Pretoria; eNingizimu Afrika, kwaZulu, waseBelgium), None where it has none."""
    forms = [w for line in _locative_text(lang).splitlines() if line.startswith("glued:") for w in line.split()[1:]]
    if not forms:
        return None
    return re.compile(f"(?:{'|'.join(sorted(map(re.escape, forms), key=len, reverse=True))})(?=[^\\W\\d_])(?=\\w*[A-Z])")


@cache
def _whole_endings(lang: str) -> frozenset[str]:
    """Endings of locative.txt's "whole:" line: short ones (Georgian -ში) that still make a form the gazetteer
    lists whole locative ("თბილისში", in Tbilisi), since no nominative of the language's places ends in them."""
    text = _locative_text(lang)
    return frozenset(w for line in text.splitlines() if line.startswith("whole:") for w in line.split()[1:])


@cache
def _postposed_locatives(lang: str) -> frozenset[str]:
    """Postpositions of locative.txt's "after:" line: a language of postpositions writes 'in' after the place
    (Hindi 'मॉस्को में', in Moscow; Korean glues its particle, 모스크바에서), so the word after a name, not before
    it, says the event is there."""
    text = _locative_text(lang)
    return frozenset(w for line in text.splitlines() if line.startswith("after:") for w in line.split()[1:])


@cache
def _capital_nouns(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words of locative.txt's "capital:" line, comma-separated, each as its lower-case words: a noun for
    "capital" between a locative preposition and the place keeps the place where something happens
    (Vietnamese "ở thủ đô Vientiane", "in the capital Vientiane")."""
    text = _locative_text(lang)
    return tuple(tuple(noun.casefold().split()) for line in text.splitlines() if line.startswith("capital:")
                 for noun in line[len("capital:"):].split(",") if noun.strip())


@cache
def _country_locatives(lang: str) -> frozenset[str]:
    """Prepositions of locative.txt's "country:" line: they place only a country named after them (German "auf
    Malta", an island state), while before a city they point at it ("Angriff auf Kiew")."""
    text = _locative_text(lang)
    return frozenset(w for line in text.splitlines() if line.startswith("country:") for w in line.split()[1:])


def locatives(lang: str) -> frozenset[str]:
    """The language's locative prepositions and ("-" first) case endings: locative.txt."""
    return _locatives(lang)


def capital(country: str) -> Place | None:
    """The capital of a country code, when the gazetteer has it."""
    return _gazetteer().capitals.get(country)


# Every stage asks about the same few thousand words, article after article: answers are memoized.
@lru_cache(maxsize=1 << 16)
def demonym(word: str) -> str | None:
    """The country code an adjective or demonym points to (kazako, russischen, rosyjskiego)."""
    g = _gazetteer()
    w = word.casefold()
    if w in g.adjectives:
        return g.adjectives[w]
    return g.adjective_stems.get(w)


# A people's noun shares at least this many first letters with its country's name or adjective
# ("Ukrainians" ukrain-e, "українців" україн-а); fewer join other words ("francs" franc-e).
_PEOPLE_STEM = 6


@cache
def _country_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every country's names and adjectives (forms and stems) with its code, by their first _PEOPLE_STEM letters."""
    g = _gazetteer()
    pairs = [(f, p.country) for f, p in g.exact.items() if p.kind == "country"]
    pairs += [(s, p.country) for s, p in g.stems.items() if p.kind == "country"]
    pairs += list(g.adjectives.items()) + list(g.adjective_stems.items())
    heads: dict[str, list[tuple[str, str]]] = {}
    for form, code in pairs:
        if len(form) >= _PEOPLE_STEM:
            heads.setdefault(form[:_PEOPLE_STEM], []).append((form, code))
    return {k: tuple(v) for k, v in heads.items()}


@lru_cache(maxsize=1 << 12)
def people(word: str) -> str | None:
    """The country code a noun for a people points to ("Ukrainians", "українців", "portugueses"):
    its adjective or demonym, else the one country whose name or adjective shares most first letters
    with it (at least _PEOPLE_STEM); None when none or two do ("Slovenci": Slovenija, Slovensko)."""
    known = demonym(word)
    if known:
        return known
    w = word.casefold()
    best, codes = _PEOPLE_STEM, set()
    for form, code in _country_heads().get(w[:_PEOPLE_STEM], ()):
        shared = len(commonprefix((w, form)))
        if shared > best:
            best, codes = shared, {code}
        elif shared == best:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1 << 16)
def shown(name: str) -> str:
    """A canonical name as a visit's place, title and id show it: without the bracketed qualifier that keeps
    it from naming a place where a surname is meant ("Colombo (Sri Lanka)", since Colombo is an Italian surname)."""
    return name.split(" (", 1)[0] if name.endswith(")") else name


def lookup(name: str, lang: str = "") -> Place | None:
    """The entry a single written form denotes (Moskwie -> Moscow), or None; with a language, as its own
    places.txt reads the form (Czech "Soulu" is Seoul)."""
    g = _gazetteer(lang)
    w = name.casefold()
    if w in g.exact:
        return None if w in g.seats else g.exact[w]
    return g.stems.get(w)


def lookup_whole(name: str) -> Place | None:
    """The entry a written form of several words denotes as a whole listed form ("Korei Południowej"), or None:
    a stem matches no more than its first word ("Узбекистана Шавкатом" names no place)."""
    return _gazetteer().exact.get(name.casefold()) if " " in name else lookup(name)


def is_seat(name: str) -> bool:
    """Whether a written form names a seat of government or a palace ("Kremlin", "Маріїнського")."""
    return name.casefold() in _gazetteer().seats


def naming(words: Iterable[str]) -> set[str]:
    """Those of the words lookup() or demonym() knows (places and nationalities), found for all at once."""
    g = _gazetteer()
    ws = list(set(words))
    folded = "\0".join(ws).casefold().split("\0") if ws else []
    seen = set(folded)
    known = ((seen & g.exact.keys()) - g.seats) | g.stems.matching(seen)
    known |= (seen & g.adjectives.keys()) | g.adjective_stems.matching(seen)
    return set(compress(ws, map(known.__contains__, folded)))


@dataclass(frozen=True)
class Scan:
    """The words of some spans of a text, found once for every stage that looks them up.

    The words of every span stand in one list (a few C-level calls per text, not per span);
    `bounds` tells which span each belongs to.
    """

    spans: list[tuple[int, int]]
    """(start, end) of each span, in text order."""
    bounds: list[int]
    """Index of each span's first word, then the number of words: span k holds words bounds[k] to bounds[k + 1]."""
    words: list[str]
    starts: list[int]
    """Offset of each word in the text."""
    folded: list[str]
    """Each word case-folded."""
    caps: list[int]
    """Indexes of the words starting with a capital letter."""

    def end_of(self, i: int) -> int:
        """Offset just after word i."""
        return self.starts[i] + len(self.words[i])

    def span_of(self, i: int) -> int:
        """The span holding word i."""
        return bisect_right(self.bounds, i) - 1

    def part(self, ks: Iterable[int]) -> Scan:
        """The scan of some of the spans (in order), as if they alone had been scanned."""
        ks = list(ks)
        if ks == list(range(len(self.spans))):
            return self
        spans = list(map(self.spans.__getitem__, ks))
        bounds = [0]
        words: list[str] = []
        starts: list[int] = []
        folded: list[str] = []
        caps: list[int] = []
        # Consecutive spans are copied in one slice: the paragraphs of a text mostly follow each other.
        for run in _runs(ks):
            a, b = self.bounds[run[0]], self.bounds[run[-1] + 1]
            shift = len(words) - a
            words += self.words[a:b]
            starts += self.starts[a:b]
            folded += self.folded[a:b]
            caps += map(add, self.caps[bisect_left(self.caps, a) : bisect_left(self.caps, b)], repeat(shift))
            bounds += map(add, self.bounds[run[0] + 1 : run[-1] + 2], repeat(shift))
        return Scan(spans, bounds, words, starts, folded, caps)


    def until(self, end: int) -> Scan:
        """The scan as if its last span ended at `end` (not before its start): a word running past is cut there."""
        n = bisect_left(self.starts, end)
        words, folded = self.words[:n], self.folded[:n]
        if n and self.end_of(n - 1) > end:
            words[-1] = words[-1][: end - self.starts[n - 1]]
            folded[-1] = words[-1].casefold()
        spans = [*self.spans[:-1], (self.spans[-1][0], end)]
        caps = self.caps[: bisect_left(self.caps, n)]
        return Scan(spans, [*self.bounds[:-1], n], words, self.starts[:n], folded, caps)


def _runs(ks: list[int]) -> list[list[int]]:
    """Increasing indexes cut into runs of consecutive ones."""
    runs: list[list[int]] = []
    for k in ks:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _tokens(text: str, a: int, b: int) -> tuple[list[str], list[int]]:
    """The words between offsets a and b, and the offset of each."""
    # Split on its words, a stretch alternates gaps and words: their lengths give the offsets,
    # and no match object is made per word (the garbage collector would walk them all).
    parts = _TOKEN_SPLIT.split(text[a:b])
    return parts[1::2], list(islice(accumulate(map(len, parts[:-1]), initial=a), 1, None, 2))


def scan(text: str, spans: Iterable[tuple[int, int]]) -> Scan:
    """The words of the spans (letters first, with inner hyphens and apostrophes); spans in text order."""
    spans = list(spans)
    edges = list(chain.from_iterable(spans))
    # The text from the first span to the last is split at once: the spans hold the words each
    # would alone if they do not overlap, no word lies between two, and none runs past a span.
    words, starts = _tokens(text, edges[0], edges[-1]) if spans else ([], [])
    firsts = [bisect_left(starts, a) for a in edges[::2]]
    lasts = [bisect_left(starts, b) for b in edges[1::2]]
    if not (
        all(map(le, edges, islice(edges, 1, None)))
        and firsts[1:] == lasts[:-1]
        and all(starts[j - 1] + len(words[j - 1]) <= b for i, j, b in zip(firsts, lasts, edges[1::2]) if j > i)
    ):
        words, starts, firsts = [], [], []
        for a, b in spans:
            firsts.append(len(words))
            more, offsets = _tokens(text, a, b)
            words += more
            starts += offsets
    # Case folding is per character and never yields a NUL: every word is folded in one call.
    folded = "\0".join(words).casefold().split("\0") if words else []
    caps = list(compress(range(len(words)), map(str.isupper, map(itemgetter(0), words))))
    if words and _UNCASED_LETTER.search(" ".join(words[:_UNCASED_PROBE])):
        caps = _uncased_caps(words, caps)
    return Scan(spans, [*firsts, len(words)], words, starts, folded, caps)


# A letter of a script without letter case whose words are separated by spaces (data.UNCASED_LETTERS): any word of
# one may be a place's name, as any capitalised word of a cased script may. Looked for in a text's first words only
# (a cased text's speed is that one search).
_UNCASED_LETTER = re.compile(f"[{data.UNCASED_LETTERS}]")
_UNCASED_PROBE = 200


def _uncased_caps(words: list[str], caps: list[int]) -> list[int]:
    """The capitalised words' indexes and those of the words opening with an uncased script's letter, in order."""
    uncased = compress(range(len(words)), map(bool, map(_UNCASED_LETTER.match, words)))
    return sorted({*caps, *uncased})


@cache
def _clitics(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The conjunctions and prepositions a language glues before a word, and its article (data/<lang>/clitics.txt)."""
    sections = data.sections("clitics.txt", lang)
    return (tuple(" ".join(sections.get("conjunctions", [])).split()),
            tuple(" ".join(sections.get("prepositions", [])).split()),
            " ".join(sections.get("article", [])).strip())


def _glued_clitics(word: str, lang: str) -> tuple[int, str, str] | None:
    """(letters cut, preposition glued, the rest) of a word with a conjunction or preposition glued before a
    place's name ('بالقاهرة': ب + القاهرة, 'وموسكو', 'للرياض': ل + الرياض), or None: the rest is looked up."""
    conjunctions, prepositions, article = _clitics(lang)
    cut, prep = 0, ""
    if word[:1] in conjunctions and len(word) > 3:
        cut = 1
    if word[cut : cut + 1] in prepositions and len(word) - cut > 3:
        prep = word[cut]
        cut += 1
    if not cut:
        return None
    rest = word[cut:]
    # ل before the article drops its alif (للرياض = ل + الرياض). (A one-letter article a preposition absorbs whole,
    # Hebrew ה, leaves no mark: a place after one is read as written, לוושינגטון = ל + וושינגטון.)
    if prep and len(article) > 1 and rest.startswith(article[1:]) and not rest.startswith(article):
        return cut, prep, article[0] + rest
    return cut, prep, rest


def find(text: str, spans: Iterable[tuple[int, int]], lang: str = "und", scanned: Scan | None = None) -> list[Found]:
    """Every capitalised place name inside the given spans, longest form first.

    `scanned` is the spans' scan() when the caller has it already.
    """
    if unspaced(lang):
        return _unspaced_find(text, spans, lang)
    g = _gazetteer(lang)
    locatives = _locatives(lang)
    country_locatives = _country_locatives(lang)
    postposed = _postposed_locatives(lang)
    whole = _whole_endings(lang)
    sc = scan(text, spans) if scanned is None else scanned
    folded, bounds = sc.folded, sc.bounds
    # A case ending after an apostrophe is no part of the name ("İstanbul'da", "Italy's"); a
    # capital after it is ("D'Alema", "L'Aquila").
    tails: dict[int, str] = {}
    for i in sc.caps:
        word = sc.words[i]
        if "'" in word or "’" in word:
            base, _, tail = word.replace("’", "'").rpartition("'")
            if tail.islower() and len(tail) <= _MAX_TAIL and len(base) > 1:
                if folded is sc.folded:
                    folded = list(folded)
                folded[i] = base.casefold()
                tails[i] = tail
    # An elided article glued to a capital ("à l'Élysée", "all'Eliseo") opens no name: the name
    # starts after it, and the article says where it is, or leaves that to the word before it.
    cut: dict[int, int] = {}
    # (Each apostrophe looked for only in a text that writes it: most write one kind.)
    for words in (sc.words,) if "'" in text or "’" in text else ():
        for i in chain(compress(range(len(words)), map(str.__contains__, words, repeat("'"))) if "'" in text else (),
                       compress(range(len(words)), map(str.__contains__, words, repeat("’"))) if "’" in text else ()):
            m = _ELIDED.match(words[i])
            if m and words[i][m.end()].isupper():
                if folded is sc.folded:
                    folded = list(folded)
                folded[i] = words[i][m.end() :].casefold()
                cut[i] = m.end()
    # A noun-class or locative prefix glued to a capital ("ePitoli", "eNingizimu Afrika"): the name starts after it.
    if (glued := _glued_prefix(lang)) is not None:
        for i, w in enumerate(sc.words):
            if w[:1].islower() and (m := glued.match(w)) and w[m.end()].isupper():
                if folded is sc.folded:
                    folded = list(folded)
                folded[i] = w[m.end() :].casefold()
                cut[i] = m.end()
    # A conjunction or preposition glued to a place's name in an uncased script ("بالقاهرة", "وموسكو"): the
    # name starts after it, and a glued preposition of locative.txt says where it is.
    clitic_preps: dict[int, str] = {}
    if _clitics(lang)[0] or _clitics(lang)[1]:
        rests = _cut_clitics(sc, g, lang, cut)
        if rests and folded is sc.folded:
            folded = list(folded)
        for i, (prep, rest) in rests.items():
            folded[i], clitic_preps[i] = rest, prep
    caps = sorted({*sc.caps, *cut}) if cut else sc.caps
    capped = list(map(folded.__getitem__, caps))
    # The capitalised words that may start a name, found for the whole text in set operations.
    seen = set(capped)
    starts = (seen & g.exact.keys()) | (seen & g.firsts) | g.stems.matching(seen)
    out: list[Found] = []
    nxt = 0
    for i in compress(caps, map(starts.__contains__, capped)):
        if i < nxt:
            continue
        k = sc.span_of(i)
        # A name never runs on into the next span, nor follows a word of the previous one.
        hit = _place_at(g, folded, i, bounds[k + 1])
        if hit is None:
            continue
        n, place = hit
        before = folded[i - 1] if i > bounds[k] else ""
        article = sc.words[i][: cut[i] - 1].casefold() if i in cut and i not in clitic_preps else ""
        if clitic_preps.get(i):
            before = clitic_preps[i]  # "بالقاهرة": in Cairo
        if article and article not in locatives and article not in _SEAT_ARTICLES and article != "l":
            before = article  # "dell'Eliseo": of, not at
        elif article in locatives:
            before = article
        # A name of several words may take an article too: "en la Ciudad de Panamá", "in the United States".
        elif (place.kind == "seat" or n > 1) and before in _SEAT_ARTICLES and i - 1 > bounds[k]:
            before = folded[i - 2]
        if before and before not in locatives:
            # "ở thủ đô Vientiane": a noun for "capital" after the preposition (see _capital_nouns).
            for noun in _capital_nouns(lang):
                at = i - len(noun)
                if at - 1 >= bounds[k] and tuple(folded[at:i]) == noun and folded[at - 1] in locatives:
                    before = folded[at - 1]
                    break
        # Turkish puts the place's case in its ending: "Ankara'da" is "in Ankara" ("'da" in locative.txt).
        tail = tails.get(i + n - 1)
        # Kazakh glues it with no apostrophe ("Мәскеуде", "Астанада": "-да" in locative.txt): a form read
        # through its stem, not one the gazetteer lists whole (Валлетта), ending in one is "in" the place.
        # Lithuanian lists its case forms whole ("Vilniuje", "Rygoje"): an ending of three letters or more ("-uje",
        # "-дағы") ends no nominative, so it makes a whole-listed form locative too.
        last = folded[i + n - 1]
        glued = (tail is None
                 and any(last.endswith(e[1:]) and len(last) > len(e) + 1
                         and (len(e) > _LONG_ENDING or e in whole or last not in g.exact)
                         for e in locatives if e[0] == "-"))
        # A postposition right after the name ('मॉस्को में'): see _postposed_locatives.
        after = folded[i + n] if postposed and i + n < bounds[k + 1] else ""
        out.append(Found(sc.starts[i] + cut.get(i, 0), sc.end_of(i + n - 1), place,
                         before in locatives or (tail is not None and "'" + tail in locatives) or glued
                         or (place.kind == "country" and before in country_locatives)
                         or (bool(after) and after in postposed)))
        nxt = i + n
    return out


def _cut_clitics(sc: Scan, g: _Gazetteer, lang: str, cut: dict[int, int]) -> dict[int, tuple[str, str]]:
    """Index -> (glued preposition, '' for a conjunction alone; the name) of the words whose name the gazetteer
    knows only without their glued clitics; `cut` gets how many letters come off each. Only words no entry
    knows whole."""
    out: dict[int, tuple[str, str]] = {}
    for i in sc.caps:
        w = sc.folded[i]
        if w in g.exact or g.stems.get(w) is not None:
            continue
        found = _glued_clitics(w, lang)
        # (Or the first word of a name of several: 'באבו דאבי', in Abu Dhabi; _place_at reads the rest.)
        if found and (found[2] in g.exact or g.stems.get(found[2]) is not None or found[2] in g.firsts):
            cut[i] = found[0]
            out[i] = found[1], found[2]
    return out


def _place_at(g: _Gazetteer, folded: list[str], i: int, end: int) -> tuple[int, Place] | None:
    """(words, place) of the longest gazetteer name starting at word i and ending before word `end`."""
    if folded[i] in g.firsts:
        for n in range(min(_MAX_WORDS, end - i), 1, -1):
            place = g.exact.get(" ".join(folded[i : i + n]))
            if place:
                return n, place
    place = g.exact.get(folded[i]) or g.stems.get(folded[i])
    return (1, place) if place else None


def ranked(found: Iterable[Found], kinds: tuple[str, ...] = ("capital", "city")) -> tuple[str, ...]:
    """Canonical names of the given kinds, most mentioned first (ties in order of appearance)."""
    counts = Counter(f.place.name for f in found if f.place.kind in kinds)
    return tuple(name for name, _ in counts.most_common())


# --- Languages written without spaces (Chinese) ------------------------------------------------------------------
# Chinese glues a place name to the words around it ("在阿斯塔纳同", "新华社北京5月20日电"): no word boundary parts it,
# so its gazetteer forms (those in CJK characters) are found by one pattern, longest first (印度尼西亚 before 印度).
# Thai writes no spaces between words either (only between phrases: "เดินทางถึงกรุงเทพมหานครเมื่อวันอังคาร"): its forms are
# read the same way (the Thai block, U+0E01-0E5B; a form's vowel signs are letters then, as in the text), and Khmer's
# (U+1780-17F9: data.PHRASE_SCRIPT), which glues them too ("បានអញ្ជើញមកដល់រាជធានីភ្នំពេញ").
_CJK_FORM = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
                       f"{data.PHRASE_SCRIPT}]")


@cache
def _cjk_forms() -> re.Pattern[str] | None:
    """Every gazetteer form (seats included) written in CJK characters, as one alternation, longest first."""
    forms = sorted((f for f in _gazetteer().exact if _CJK_FORM.match(f)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


@cache
def _unspaced_locatives(lang: str) -> re.Pattern[str] | None:
    """The locative words of an unspaced language (locative.txt), to be read right before a place."""
    words = sorted(_locatives(lang) | _country_locatives(lang), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$") if words else None


@cache
def _glued_particles(lang: str) -> tuple[str, ...]:
    """The particles a spaced language glues after its nouns (name_ends.txt [particles]: Korean)."""
    return tuple(w for line in data.sections("name_ends.txt", lang).get("particles", ()) for w in line.split())


# A Hangul syllable: Korean writes spaces, so a place's Hangul form is a word of its own, which only a particle
# may follow (인도네시아와의, never the 인도 of 인도적 humanitarian, nor 서울 of 서울공항).
_HANGUL = re.compile("[\uac00-\ud7a3]")


def _hangul_word_edges(text: str, start: int, end: int, particles: Sequence[str]) -> bool:
    """Whether a Hangul place form at text[start:end] stands as a word: no syllable before it, and after it
    nothing, a mark, a space or one of the language's particles."""
    if start > 0 and _HANGUL.match(text, start - 1):
        return False
    if not _HANGUL.match(text, end):
        return True
    return any(text.startswith(p, end) and not _HANGUL.match(text, end + len(p)) for p in particles)


# A dateline in a spaced script without capitals (Thai "กรุงโตเกียว - นายกรัฐมนตรี…"): the place opening its span,
# then a dash between spaces, or a colon glued to it (Khmer "ភ្នំពេញ៖ លោក…", its colon ៖ read as ":").
_DATELINE_DASH = re.compile("[ \u00a0]+[-–—][ \u00a0]+|:[ \u00a0]")


# A Japanese photo caption's day and place in brackets closing its line ("…と会談する首相（10日 東京）", "（10日、
# 東京・永田町）"): where the pictured event was, on the day the report tells.
_CAPTION_DAY = re.compile(r"[（(][0-9０-９]{1,2}日[、,\s\u3000]*$")
_CAPTION_CLOSE = re.compile(r"[^（）()\n]{0,8}[）)]")


def _caption_place(text: str, span_start: int, start: int, end: int) -> bool:
    """Whether a place found at text[start:end] is a photo caption's, after its day in brackets (see _CAPTION_DAY)."""
    return (_CAPTION_DAY.search(text, max(span_start, start - 8), start) is not None
            and _CAPTION_CLOSE.match(text, end) is not None)


def _dateline_place(text: str, span_start: int, start: int, end: int) -> bool:
    """Whether a place found at text[start:end] is its span's dateline (see _DATELINE_DASH): where the report was
    filed, so where the event is."""
    return not text[span_start:start].strip() and _DATELINE_DASH.match(text, end) is not None


# A district after its city, parted by a middle dot ("東京・霞が関で", in Kasumigaseki, Tokyo): a few letters of
# kana or Han.
_DISTRICT_DOT = "・·"
_DISTRICT_LETTER = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_DISTRICT_MAX = 6


def _past_district(text: str, end: int, stop: int) -> list[int]:
    """The offsets after each district length a city at text[..end] may be followed by ("東京・霞が関で": after 霞,
    霞が, 霞が関, …): the particle after the district places the city too."""
    if end >= stop or text[end] not in _DISTRICT_DOT:
        return []
    out = []
    at = end + 1
    while at < min(stop, end + 1 + _DISTRICT_MAX) and _DISTRICT_LETTER.match(text, at):
        at += 1
        out.append(at)
    return out


def _unspaced_find(text: str, spans: Iterable[tuple[int, int]], lang: str) -> list[Found]:
    """find() for a language written without spaces: its CJK place forms wherever they stand, locative when a
    locative word is glued before them (or, in Korean, a particle or phrase of locative.txt's "after:" line
    after them)."""
    pattern = _cjk_forms()
    if pattern is None:
        return []
    g = _gazetteer()
    before = _unspaced_locatives(lang)
    after = _postposed_locatives(lang)
    particles = _glued_particles(lang)
    out = []
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if _HANGUL.match(text, m.start()) and not _hangul_word_edges(text, m.start(), m.end(), particles):
                continue
            lead = text[max(a, m.start() - 4) : m.start()]
            # (A particle ends its word; a mark such as a dateline's "=" in "[도쿄=한국일보 …]" needs no edge.)
            locative = bool(before and before.search(lead)) or _dateline_place(text, a, m.start(), m.end()) or (
                _caption_place(text, a, m.start(), m.end())) or any(
                text.startswith(w, end) and not (_HANGUL.match(w[-1]) and _HANGUL.match(text, end + len(w)))
                for end in (m.end(), *_past_district(text, m.end(), b)) for w in after)
            out.append(Found(m.start(), m.end(), g.exact[m.group()], locative))
    return out
