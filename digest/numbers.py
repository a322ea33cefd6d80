"""Key numbers: figures with value, unit, meaning and speaker; conflicts and trends across sources."""

from __future__ import annotations

import dataclasses
import heapq
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import compress, islice, takewhile
from importlib import resources
from operator import attrgetter
from os.path import commonprefix
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from digest import data
from digest.cleaning import ENTRY_STAMP
from digest.language import unspaced
from digest.model import TEXT, TITLE, Article, Block, Conflict, KeyNumber, Quote, Sentence, Trend, Visit
from digest.safety import one_line

if TYPE_CHECKING:
    from digest.speakers import Mention

# Unit values that are not ISO codes, unit symbols or counted nouns.
PERCENT = "%"
ORDINAL = "ordinal"
LOCAL_DOLLAR = "$"
LOCAL_PESO = "PESO"
LOCAL_SHILLING = "SHILLING"
LOCAL_LEU = "LEU"
# A bare rupee: Indian, Nepali, Pakistani or Sri Lankan, by the article's country (else the Indian rupee).
LOCAL_RUPEE = "RUPEE"
# A bare taka: Bangladesh's, or the rupee where Bengali is written in India (Kolkata's papers), by the article's country.
LOCAL_TAKA = "TAKA"
# A bare crown: Czech, Swedish, Norwegian, Danish or Icelandic, by the article's country.
LOCAL_CROWN = "CROWN"
LOCAL_LETTER = "LETTER"
"""A currency letter glued to its figure ("R14 billion"): that country's money only in an article about it."""
"""A bare "pesos": the peso of the article's venue or of the one peso country it names."""
"""The unit of a bare "$" until find_numbers knows the article's country (see _dollar)."""
CONVERSION = "≈"
FROM = "from"
"""The first end of a change told as its two ends ("passa de 100 para 150 milhões"): a past level."""
"""The qualifier of a sum that converts the one before it (shown "≈ $19.6 billion"; in no conflict)."""
_HEAD = 800
"""How far into an article its dateline and venue are looked for."""
_SPACES = "\u00a0\u202f\u2009\u2007"
_BLANKS = " \t\n\r" + _SPACES
# A numeral not glued to a word or another numeral. It opens with the digit (the look-behind
# comes after it): a pattern opening with a character class is tried only where that class matches.
# Indian lakh/crore grouping (1,08,000) pairs digits after the first group and ends in three.
# Arabic glues the conjunction و and the prepositions ب ل ف ك to the word after them, a numeral too
# ("بين 10 و15", "ب20 مليار"): after one of those letters that opens a word, a digit opens a numeral (the
# alternative is tried only where the first look-behind fails: no other script's text pays for it). Amharic glues
# its prepositions በ ከ ለ የ the same way ("በ12 በመቶ", by 12 per cent; "ከ200 ሜጋ ዋት", from 200 MW). Arabic may stretch
# the joint with a tatweel ("بـ1.4 مليار", with 1.4 billion): the preposition is as glued.
_GLUED_PREPOSITIONS = "\u0648\u0628\u0644\u0641\u0643\u1260\u12a8\u1208\u12e8"
_TATWEEL = "\u0640"
_DIGITS = re.compile(
    rf"\d(?:(?<![\w.,]\d)|(?<=(?<!\w)[{_GLUED_PREPOSITIONS}]\d)|(?<=(?<!\w)[{_GLUED_PREPOSITIONS}]{_TATWEEL}\d))"
    r"(?:\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{0,2}(?:[.,'’\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?"
    r"|\d*(?:[.,]\d+)?)(?!\d)"
)


def _glued_preposition(text: str, start: int, lo: int) -> bool:
    """Whether the letter right before a figure's digits is a preposition glued to it (see _DIGITS: 'በ12 በመቶ',
    'ب20 مليار', 'بـ1.4 مليار'), a word of its own, not a name's letters before a number ('F16')."""
    if start - 2 >= lo and text[start - 1] == _TATWEEL:
        start -= 1
    return (start - 1 >= lo and text[start - 1] in _GLUED_PREPOSITIONS
            and (start - 2 < lo or _WORD_CHAR.match(text[start - 2]) is None))


# Hebrew glues a one-letter prefix to a figure with a hyphen (ב-3.8 מיליארד, ל-34, ו-15, כ-4.5 "about", and two
# or three of them: לכ-4.5, ומ-2025): the figure is the sentence's, not a designation's like "F-16". Tried only
# where a letter and a hyphen stand right before the digits.
_HEBREW_PREFIX_HYPHEN = re.compile("(?<![\\w\u02b9\u02ba])[\u05d5\u05d1\u05dc\u05db\u05de\u05e9\u05d4]{1,3}-$")
# Like _DIGITS, opens with its first digit; the look-behind is the word boundary before it.
_DATE_LIKE = re.compile(
    r"\d(?<!\w\d)(?:\d{0,3}[./-]\d{1,2}[./-]\d{1,4}\b|\d?[:.]\d{2}\s?(?:h|uhr|am|pm)\b|\d?:\d{2}\b"
    # A clock time or a duration in hours and minutes: "14h30", "2 h 10".
    r"|\d?\s?h\s?\d{2}(?!\d)"
    # A spaced day and month, the year optional: "12. 11. 2025." (hr, sl), "16. 4. 2025", "16. 4." (cs, sk).
    r"|(?<![.,]\d)(?:(?<=[1-9])|(?<=0)[1-9]|(?<=[12])\d|(?<=3)[01])\.[ \u00a0](?:0?[1-9]|1[0-2])\."
    r"(?:[ \u00a0]?(?:19|20)\d\d(?!\d))?(?![\d,]|\.\d))"
)
_WORD = re.compile(r"[^\W\d_]++(?:[-'’][^\W\d_]++)*+")
_WORD_CHAR = re.compile(r"\w")
_GROUPING = re.compile(r"[\s'’\u00a0\u202f\u2009]")
_DASH = re.compile(r"\s*[-–—]\s*")
_YEARS = (1900, 2100)
_MAX_DIGITS = 15
# Longer words are never number words; the bound also keeps compound splitting cheap on junk.
_MAX_WORD = 60
# How far back (in characters) prefixes of a figure are looked for: bounded so junk stays linear.
_LOOKBACK = 60
_SCALES = (1e3, 1e6, 1e9, 1e12)
# The South Asian scales (lakh, crore, kharab) close a group of number words as thousand does:
# "ایک ارب بیس کروڑ" is 1e9 + 20 × 1e7, never (1e9 + 20) × 1e7.
_GROUP_SCALES = (*_SCALES, 1e5, 1e7, 1e11)
_VAGUE_SCALE_WORD = 1e5
"""The least value of a [vague] word that is a large scale's plural (lakhs, crores, millions): of nothing named, no figure."""
# Numerals read per article at most: news has a few hundred; a table dump or numeral junk
# stops here, which bounds the time of any article (about 30 µs a numeral).
MAX_NUMERALS = 50_000
# Known speakers looked for in a sentence without a source of its own (latest first).
KNOWN_MAX = 50
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Phrases:
    """Phrases of one lexicon section, matched at a position of folded text."""

    entries: tuple[tuple[str, str, bool, bool], ...]
    """(phrase, value, is_stem, case_sensitive), longest first."""
    by_first: dict[str, tuple[tuple[str, str, bool, bool], ...]] = dataclasses.field(default_factory=dict)
    """The entries by their first letter, lower-cased: matching looks at one bucket only."""
    last: frozenset[str] = frozenset()
    """Characters a match can end with, lower-cased (but for stems)."""
    stems: bool = False
    """Some entry is a stem: a match can end with any letter."""
    forms: frozenset[str] = frozenset()
    """The entries as a set, for whole-word look-ups."""
    folded: tuple[str, ...] = ()
    """The entries as looked for in folded text (case-sensitive ones by their first letter only)."""
    longest: int = 0
    """The length of the longest entry: how far past a range a match may read."""
    tails: frozenset[str] | None = None
    """The last word of every entry, lower-cased (or its last character, when that is no letter or
    digit); None when stems or case-sensitive entries beyond ASCII (whose lower case may depend on
    the letters around, as Greek sigma's does) make the test unsafe."""
    by_two: dict[str, tuple[tuple[str, str, bool, bool], ...]] = dataclasses.field(default_factory=dict)
    """The entries that can match where folded text starts with two given characters, in the order
    of entries: those that begin with them, the case-sensitive ones of the first and the one-character
    ones (a bucket of by_first narrowed by the second character, which most entries rule out)."""
    by_one: dict[str, tuple[tuple[str, str, bool, bool], ...]] = dataclasses.field(default_factory=dict)
    """The case-sensitive and one-character entries by their first letter: those of by_first that can
    match where the two characters begin no bucket of by_two."""

    # A lexicon has some forty sections and most articles use few of their patterns: built on
    # first use, they cost no start-up (compiling them all was most of a lexicon's 90 ms).
    @cached_property
    def heads(self) -> frozenset[str]:
        """Every beginning of a (folded) entry."""
        return frozenset(f[:i] for f in self.folded for i in range(1, len(f) + 1))

    @cached_property
    def start_pattern(self) -> str:
        """The source of starts."""
        return _prefix_pattern(self.folded)

    @cached_property
    def starts(self) -> re.Pattern[str] | None:
        """Matches where an entry may begin in folded text: a necessary test, match() decides."""
        return re.compile(self.start_pattern) if self.entries else None

    @cached_property
    def word_starts(self) -> re.Pattern[str] | None:
        """Finds the word starts where starts matches."""
        # "\b" before a word character is "(?<!\w)(?=\w)", tested in fewer steps at every position.
        return re.compile(rf"\b(?=\w)(?={self.start_pattern})") if self.entries else None

    @classmethod
    def of(cls, entries: list[tuple[str, str, bool, bool]]) -> _Phrases:
        entries = sorted(entries, key=lambda e: -len(e[0]))
        buckets: dict[str, list[tuple[str, str, bool, bool]]] = {}
        for e in entries:
            buckets.setdefault(e[0][:1].lower(), []).append(e)
        last = {e[0][-1:].lower() for e in entries}
        # A case-sensitive entry is looked for by its first letter only: lower-casing a whole
        # phrase can differ from lower-casing it in its text (Greek final sigma).
        # An inner stem ("австралийск* доллар") is looked for up to its "*": what follows varies.
        folded = tuple(fold(e[0][0]) if e[3] else e[0].split("*")[0] for e in entries)
        # A lower-case entry matches folded text itself: only its first two characters can be
        # there; a case-sensitive one is tried on its first letter alone (see above).
        general = {k: tuple(e for e in v if e[3] or len(e[0]) < 2) for k, v in buckets.items()}
        pairs = {e[0][:2] for e in entries if not e[3] and len(e[0]) >= 2}
        by_two = {two: tuple(e for e in buckets[two[0]] if e[3] or len(e[0]) < 2 or e[0][:2] == two) for two in pairs}
        return cls(
            tuple(entries), {k: tuple(v) for k, v in buckets.items()}, frozenset(last), any(e[2] for e in entries),
            frozenset(e[0] for e in entries), folded,
            len(entries[0][0]) if entries else 0,
            None if any(e[2] or e[3] and not e[0].isascii() for e in entries) else frozenset(_tail(e[0]).lower() for e in entries),
            by_two, {k: v for k, v in general.items() if v},
        )

    @cached_property
    def firsts(self) -> frozenset[str]:
        """The characters a bucket of by_two or by_one is found by first: match() at any other
        character finds nothing (three calls in four), told by one set look-up."""
        return frozenset(self.by_one).union(k[:1] for k in self.by_two)

    def may_start(self, word: str) -> bool:
        """Whether some phrase can start where the folded word does: one is a prefix of the other."""
        return word in self.heads or bool(self.starts and self.starts.match(word))

    def match(self, text: str, low: str, pos: int) -> tuple[int, str] | None:
        """The end and value of the longest phrase starting at pos, if any."""
        if low[pos : pos + 1] not in self.firsts:
            return None
        bucket = self.by_two.get(low[pos : pos + 2])
        if bucket is None:
            bucket = self.by_one.get(low[pos : pos + 1], ())
        for phrase, value, stem, exact in bucket:
            src = text if exact else low
            if "*" in phrase:
                # Words before the last may be stems too ("frank* szwajcarsk", "австралийск* доллар"):
                # Slavic adjectives decline before their noun.
                inner = _inner_stems(src, phrase, pos)
                if inner is None:
                    continue
                end = inner
            elif not src.startswith(phrase, pos):
                continue
            else:
                end = pos + len(phrase)
            if stem:
                while end < len(text) and text[end].isalpha():
                    end += 1
                return end, value
            if phrase[-1].isalnum() and end < len(text) and text[end].isalnum():
                continue
            return end, value
        return None

    def candidates(self, low: str, start: int, end: int, inner: list[int] | None = None) -> list[int]:
        """The word starts in low[start:end] where a phrase may match (it may run past end):
        a superset of where match() finds one, found by one regex search.

        inner, the candidates of the whole text, spares the search when given.
        """
        if self.word_starts is None or self.starts is None:
            return []
        if inner is not None and (start == 0 or not _WORD_CHAR.match(low, start - 1)):
            # start is a word start of the whole text too (as a sentence's mostly is): inner has it.
            return inner[bisect_left(inner, start) : bisect_left(inner, end)]
        # The text before start is not looked at: start counts as a word start.
        first = [start] if _WORD_CHAR.match(low, start, end) and self.starts.match(low, start) else []
        if inner is not None:
            return first + list(inner[bisect_right(inner, start) : bisect_left(inner, end)])
        return first + [m.start() for m in self.word_starts.finditer(low, start + 1, min(len(low), end + self.longest)) if m.start() < end]


def _inner_stems(src: str, phrase: str, pos: int) -> int | None:
    """Where a phrase with stem words before its last ("австралийск* доллар") ends in src from pos, if
    it matches there: a word ending in "*" takes any letters after it, the others match whole."""
    for i, part in enumerate(phrase.split(" ")):
        if i:
            if not src.startswith(" ", pos):
                return None
            pos += 1
        word = part.rstrip("*")
        if not src.startswith(word, pos):
            return None
        pos += len(word)
        if part.endswith("*"):
            while pos < len(src) and src[pos].isalpha():
                pos += 1
    return pos


def _tail(phrase: str) -> str:
    """The last run of letters and digits of a phrase, or its last character if that is neither."""
    i = len(phrase)
    while i > 0 and phrase[i - 1].isalnum():
        i -= 1
    return phrase[i:] or phrase[-1:]


def _prefix_pattern(words: Iterable[str]) -> str:
    """A regex matching where any of the words starts, as a trie: one branch per letter, not per word."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a shorter word ends here: what follows cannot matter
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return branch(trie)


@dataclass(frozen=True)
class Lexicon:
    """Per-language number data, from digest/data/<lang>/numbers.txt plus the shared file."""

    lang: str
    decimal: str
    vigesimal: bool
    """Tens above 60 are built on 20 (soixante-dix, quatre-vingts)."""
    ordinal_endings: tuple[str, ...]
    """Endings that make a cardinal word ordinal (venticinqu|esimo, einundzwanzig|ste)."""
    ordinal_fills: tuple[str, ...]
    """Letters the cardinal lost before the ending (venticinqu + e); "-" drops one (cinqu|ième)."""
    nouns_capitalised: bool
    """German: counted nouns are the capitalised words."""
    adjectives_after: bool
    """Adjectives follow their noun (commercio bilaterale): a label may take the word after it."""
    verb_endings: tuple[str, ...]
    """Endings of finite verbs, which never end a label (crescevano, progressaient)."""
    verbs_uncounted: bool
    """A word with a verb ending is never a counted noun (останутся): the endings are unambiguous."""
    adjective_endings: tuple[str, ...]
    """Endings of adjectives that stand before a counted noun (Indian, казахстанских)."""
    plural_endings: tuple[str, ...]
    """English: a noun without these before one with them opens a compound ("125 business leaders")."""
    words: dict[str, float]
    weak: frozenset[str]
    stop: frozenset[str]
    months: frozenset[str]
    adjectives: frozenset[str]
    sections: dict[str, _Phrases]
    number_starts: frozenset[str]
    """The first two letters of number words and phrases, or the whole of one-letter ones."""
    number_letters: frozenset[str]
    """First letters enough to start a number: one-letter number words, case-sensitive phrases."""
    unit_starts: re.Pattern[str]
    """Matches where an entry of percent, currencies, units or time may start (see _Phrases.starts)."""
    offices: frozenset[str] = frozenset()
    """Words that make a capitalised run an institution's name, never a source person (Office, Ministerium)."""
    bare_scales: frozenset[str] = frozenset()
    """Scale words that are no number alone ("milliards", "Milliarden"; not "mil", "thousand")."""
    one_scales: frozenset[str] = frozenset()
    """[one_scales]: singular forms of bare_scales that say one before a currency or unit (sk "miliardu")."""
    verb_final: bool = False
    """The speech verb ends the sentence and its subject opens it (Turkish "Bayraktar, … açıkladı")."""
    percent_before: bool = False
    """The percent word or sign comes before its figure (Turkish yüzde 20, %20)."""
    verb_prefixes: tuple[str, ...] = ()
    """Subject and tense prefixes of finite verbs where verbs are marked at their start (Swahili ili-, ame-,
    ku-): a word opening with one and three letters more is a verb, never a counted noun (see _noun_before)."""
    relative_markers: tuple[str, ...] = ()
    """Relative markers right after a verb prefix that make the verb a relative form (Swahili -zo-, -yo-, -o-)."""
    units_before: bool = False
    """The scale word, the currency and the unit come before their figure (Swahili "dola milioni 300", "kilomita
    600"): see _units_before."""
    qualifiers_after: bool = False
    """Postpositions: [qualifiers] may follow their figure (Turkish "8 binden fazla", "2 bini aşkın")."""
    name_endings: bool = False
    """An apostrophe after a name opens its case ending (Erdoğan'ın): the word is the name."""
    count_of: bool = False
    """A figure in digits takes an [of] word before its counted noun (Romanian "300 de turiști")."""
    scale_of: bool = False
    """A scale of a million or more takes an [of] word before its noun ("50 milioni di euro"): the word
    right after the scale is never counted ("50 milioni vanno in armi", "400 millones para redes")."""
    syllables: bool = False
    """Words are syllables, most nouns two of them (Vietnamese "9 văn kiện", "3.000 sinh viên"): the counted noun
    is its first word and the lower-case word after it, unless that is a stop word or uncounted."""

    def __post_init__(self) -> None:
        # Sections are read as attributes so the parsing code reads like the data file; set here,
        # they are found like any attribute, without a call to __getattr__ in every loop.
        for name, phrases in self.sections.items():
            object.__setattr__(self, name, phrases)

    def __getattr__(self, name: str) -> _Phrases:
        # Only reached for a section the lexicon lacks (and tells type checkers what sections are).
        try:
            return self.sections[name]
        except KeyError:
            raise AttributeError(name) from None


_SECTIONS = (
    "scales", "ordinals", "ordinal_marks", "vague", "fractions", "currencies", "percent", "units", "time",
    "compounds", "qualifiers", "ranges", "joiners", "of", "articles", "verbs", "according", "target",
    "relative", "synonyms", "ordinal_suffixes", "generic", "roles", "idioms", "subordinators", "measures",
    "totals", "prepositions", "number_of", "lasting", "bare_ranges", "unlabel", "sources", "reverse",
    "currency_scales", "local_dollars", "ordinal_units", "negations", "local_pesos", "local_shillings", "local_lei", "local_rupees", "local_taka", "local_crowns", "letter_currencies", "conversions", "plural_subjects", "people",
    "anaphora", "by_pronoun", "subset", "name_marks", "versus", "within", "passive", "offsets", "offsets_before",
    "subset_after", "approximate", "growth", "deadline", "current", "qualifier_links", "change_by", "halves", "origin",
    "minus", "ages", "ages_before", "among", "out_of",
    "level_moves", "growth_ranges", "digit_articles", "noun_endings", "suffix_ranges", "occasions", "both_countries", "respectively", "count_copulas", "now", "contrast",
    "denials", "capacity", "options", "per", "restated", "comparatives", "starts", "by_endings",
    "hyphen_prefixes", "one_of", "whole_after",
)


def _read(lang: str | None, name: str) -> dict[str, list[tuple[str, str]]]:
    """A sectioned lexicon file as (key, value) pairs per section ("key = value" lines)."""
    return {
        section: [(k.strip(), v.strip()) for k, _, v in (line.partition(" = ") for line in lines)]
        for section, lines in data.sections(name, lang).items()
    }


def _word_list(package: str, name: str) -> list[tuple[str, str]]:
    """Another stage's plain word list (one form a line, * for stems), read as lexicon entries."""
    try:
        raw = data.marks_as_letters(resources.files(package).joinpath(name).read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError):
        return []
    return [(line.strip(), "") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


# A figure's digits with its "." and "," marks (a date's "12.11.2025" too, told apart by its groups).
_MARKED = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+")


def _article_decimal(text: str) -> str:
    """The decimal mark of an article in a language without number data, read off its own figures.

    A mark is decimal where a figure shows it with other than three digits after it once ("3,5",
    "2.75"), and a digit group where it repeats in threes ("1.250.000") or stands before the
    other mark. With no such figure, a mark that only ever precedes three digits groups them
    ("6.000 ljudi", nobody writes six so); when both do, most languages without lists (Croatian,
    Slovene, Danish, Finnish, Greek) write a decimal comma.
    """
    decimal: set[str] = set()
    grouping: set[str] = set()
    threes: set[str] = set()
    for m in _MARKED.finditer(text):
        token = m.group()
        marks = [c for c in token if c in ".,"]
        groups = re.split(r"[.,]", token)
        if len(set(marks)) == 2:
            decimal.add(marks[-1])
            grouping.add(marks[0])
        elif len(marks) > 1:
            # "1.250.000" groups; "12.11.2025" is a date and says nothing.
            if all(len(g) == 3 for g in groups[1:]):
                grouping.add(marks[0])
        elif len(groups[1]) == 3:
            threes.add(marks[0])
        elif len(groups[1]) <= 2 and not text.startswith(".", m.end()):
            # "12.11." (a day and month) is no decimal; "3,5" and "2.75" are.
            decimal.add(marks[0])
    decimal -= grouping
    if len(decimal) == 1:
        return decimal.pop()
    if grouping - decimal:
        return "," if "." in grouping else "."
    return "." if threes == {","} else ","


def _point_decimals(text: str, scales: _Phrases | None = None) -> bool:
    """Whether an article of a decimal-comma language writes figures the English way, as Mexican
    and other Latin American Spanish does ("7,300 empresas", "1.5 por ciento"): some point stands
    before one or two digits ("1.5", not a date's "12.11."), some comma before exactly three, and
    no figure shows the language's own way (no "3,5", no "7.500").

    A comma before three digits and a scale word of scales ("1,850 millones") shows it without a
    point: a decimal-comma writer puts no three decimals before a scale ("1,85 millones").
    """
    point = comma_threes = False
    low: str | None = None
    for m in _MARKED.finditer(text):
        token = m.group()
        marks = [c for c in token if c in ".,"]
        if len(marks) > 1:
            # "1.250.000" or "1.250,5" is the language's own way; "12.11.2025" is a date, but also
            # no English figure: either way the article is not read as English.
            if marks[0] == "." and len(set(marks)) == 1 and not all(len(g) == 3 for g in token.split(".")[1:]):
                continue
            return False
        tail = token.split(marks[0])[1]
        if marks[0] == ",":
            if len(tail) != 3:
                return False
            comma_threes = True
            if scales is not None and not point:
                low = fold(text) if low is None else low
                at = _skip_space(text, m.end(), len(text))
                point = at > m.end() and scales.match(text, low, at) is not None
        elif len(tail) == 3:
            return False
        elif not text.startswith(".", m.end()):
            point = True
    return point and comma_threes


@cache
def _fallback(decimal: str) -> Lexicon:
    """The English lexicon with another decimal mark: for a language without number data."""
    return dataclasses.replace(lexicon("en"), decimal=decimal)


@cache
def _point_lexicon(lang: str) -> Lexicon:
    """A decimal-comma language's lexicon for an article writing decimal points (see _point_decimals)."""
    return dataclasses.replace(lexicon(lang), decimal=".")


@cache
def lexicon(lang: str) -> Lexicon:
    """The number lexicon of a language (English data when the language has none)."""
    own = _read(lang, "numbers.txt") if lang.isalpha() else {}
    if not own and lang != "en":
        return lexicon("en")
    common = _read(None, "numbers_common.txt")
    merged = {s: own.get(s, []) + common.get(s, []) for s in set(own) | set(common)}
    if own:
        # The quotes stage's speech verbs and role nouns serve attribution here too.
        merged["verbs"] = merged.get("verbs", []) + _word_list(f"digest.data.{lang}", "speech_verbs.txt")
        merged["roles"] = _word_list(f"digest.data.{lang}", "roles.txt")

    def phrases(section: str) -> _Phrases:
        entries = []
        for key, value in merged.get(section, []):
            stem = key.endswith("*")
            phrase = key.rstrip("*")
            exact = phrase != phrase.lower()
            if phrase:
                entries.append((phrase if exact else phrase.lower(), value, stem, exact))
        return _Phrases.of(entries)

    def wordset(section: str) -> frozenset[str]:
        return frozenset(w.lower() for key, _ in merged.get(section, []) for w in key.split())

    fmt = dict(merged.get("format", []))
    words = {k.replace("-", ""): float(v) for k, v in merged.get("words", [])}
    for k, v in merged.get("scales", []):
        if k.isalpha():
            words.setdefault(k, float(v))
    for k, v in merged.get("approximate", []):
        words.setdefault(k, float(v))  # "fyrtiotal", "quarantaine": read as the number they round
    sections = {s: phrases(s) for s in _SECTIONS} | {
        "word_phrases": _Phrases.of([e for e in phrases("words").entries if " " in e[0]]),
        # Where a sentence may name its source: one scan finds both kinds of cue.
        "cues": _Phrases.of([*phrases("according").entries, *phrases("verbs").entries, *phrases("by_pronoun").entries]),
    }
    # What every word that _word_alone() reads as a number starts with (see _may_be_number).
    opening = [e for s in ("word_phrases", "vague", "ordinals", "compounds") for e in sections[s].entries]
    spelled = [*words, *wordset("weak"), *(e[0] for e in opening if not e[3])]
    return Lexicon(
        lang=lang,
        decimal=fmt.get("decimal", "."),
        vigesimal=fmt.get("vigesimal") == "yes",
        nouns_capitalised=fmt.get("nouns_capitalised") == "yes",
        adjectives_after=fmt.get("adjectives_after") == "yes",
        percent_before=fmt.get("percent_before") == "yes",
        units_before=fmt.get("units_before") == "yes",
        verb_prefixes=tuple(fmt.get("verb_prefixes", "").split()),
        relative_markers=tuple(fmt.get("relative_markers", "").split()),
        qualifiers_after=fmt.get("qualifiers_after") == "yes",
        verb_final=fmt.get("verb_final") == "yes",
        verb_endings=tuple(fmt.get("verb_endings", "").split()),
        verbs_uncounted=fmt.get("verbs_uncounted") == "yes" and bool(fmt.get("verb_endings")),
        adjective_endings=tuple(fmt.get("adjective_endings", "").split()),
        plural_endings=tuple(fmt.get("plural_endings", "").split()),
        name_endings=fmt.get("name_endings") == "yes",
        syllables=fmt.get("syllables") == "yes",
        count_of=fmt.get("count_of") == "yes",
        scale_of=fmt.get("scale_of") == "yes",
        ordinal_endings=tuple(sorted(fmt.get("ordinal_endings", "").split(), key=len, reverse=True)),
        ordinal_fills=("", *fmt.get("ordinal_fills", "").split()),
        words=words,
        weak=wordset("weak"),
        stop=wordset("stop"),
        months=wordset("months"),
        adjectives=wordset("adjectives"),
        offices=frozenset(fold(w) for w in wordset("offices")),
        bare_scales=_bare_scales(merged.get("scales", []), merged.get("words", [])),
        one_scales=wordset("one_scales"),
        sections=sections,
        # A one-letter word may begin a phrase ("a few"): a phrase's first letter is a start too.
        number_starts=frozenset(w[:2] for w in spelled) | frozenset(e[0][:1] for e in opening if not e[3]),
        number_letters=frozenset(w for w in spelled if len(w) == 1) | frozenset(fold(e[0][0]) for e in opening if e[3]),
        unit_starts=re.compile(
            "|".join(f"(?:{p.start_pattern})" for s in ("percent", "currencies", "units", "time") if (p := sections[s]).entries)
            or "(?!)"
        ),
    )


def _bare_scales(scales: list[tuple[str, str]], words: list[tuple[str, str]]) -> frozenset[str]:
    """The scale words that give no number alone: not a number word ("mil", "thousand") and not
    the singular that other forms extend ("milion", "milliard" say one; "milliards", "miliardi" do not)."""
    forms = {k.lower(): v for k, v in scales if k.isalpha()}
    numerals = {k.lower() for k, _ in words}
    return frozenset(
        k for k, v in forms.items()
        if k not in numerals and not any(o != k and o.startswith(k) and forms[o] == v for o in forms)
    )


_FOLD = tuple((c, " ") for c in _SPACES) + (("’", "'"),)


def fold(text: str) -> str:
    """Lower-cased text of the same length, with odd spaces and apostrophes made plain."""
    low = text.lower()
    if len(low) != len(text):
        # A few letters lower-case to two characters ("İ"): keep those as they are.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # A few replace() calls scan in C; translate() looks every character up in a dict.
    for odd, plain in _FOLD:
        if odd in low:
            low = low.replace(odd, plain)
    return low


@lru_cache(maxsize=65536)
def parse_digits(s: str, decimal: str) -> float | None:
    """A written figure as a number, reading separators by language and digit-group shape."""
    if s.isdigit():
        return float(s) if len(s) <= _MAX_DIGITS else None
    s = _GROUPING.sub("", s)
    if sum(c.isdigit() for c in s) > _MAX_DIGITS:
        return None
    marks = [c for c in s if c in ".,"]
    if not marks:
        return float(s)
    if len(set(marks)) == 2:
        dec = s[max(s.rfind("."), s.rfind(","))]
        grp = "," if dec == "." else "."
        return float(s.replace(grp, "").replace(dec, "."))
    mark = marks[0]
    if len(marks) > 1:
        return float(s.replace(mark, ""))
    tail = s.split(mark)[1]
    # "7.500" in Italian and "7,500" in English group thousands; "25,6" and "7.5" are decimals.
    if mark != decimal and len(tail) == 3:
        return float(s.replace(mark, ""))
    return float(s.replace(mark, "."))


def parse_words(token: str, lex: Lexicon) -> float | None:
    """The value of a number word, compounds included (ventitré, einundzwanzig), else None."""
    token = token.lower().replace("’", "'")
    halves = token.split("-")
    if len(halves) == 2 and (_word_rank(halves[0], lex) or -1) == _word_rank(halves[1], lex):
        # "trei-patru ani", "vierzig-fünfzig": two units (or two tens) joined by a hyphen are a
        # range, never a sum (compounds join a ten and a unit: twenty-one, dix-sept, or multiply:
        # quatre-vingts); no one value is spelled.
        return None
    token = token.replace("-", "")
    # Where number words hold an apostrophe (Ukrainian п'ять) it is a letter of the word.
    parts = _segment(token if _apostrophe_words(lex.lang) else token.replace("'", ""), lex.lang)
    return _combine([lex.words[p] for p in parts]) if parts else None


def _word_rank(word: str, lex: Lexicon) -> int | None:
    """1 for a unit word (1-9), 10 for a tens word (10-90), else None: see parse_words' ranges."""
    v = lex.words.get(word, 0)
    return 1 if 1 <= v <= 9 else 10 if 10 <= v <= 90 and v % 10 == 0 else None


@cache
def _apostrophe_words(lang: str) -> bool:
    """Whether the language writes number words with an apostrophe inside (п'ять, дев'ять): then
    an apostrophe never elides an article before a number (as in "dell'80%")."""
    return any("'" in w for w in lexicon(lang).words)


@lru_cache(maxsize=65536)
def _segment(word: str, lang: str) -> tuple[str, ...] | None:
    """Split a word into number morphemes, fewest parts first; None when it is not a number word."""
    words = lexicon(lang).words
    if word in words:
        return (word,)
    best: tuple[str, ...] | None = None
    for i in range(len(word) - 1, 1, -1):
        head = word[:i]
        if head not in words:
            continue
        rest = _segment(word[i:], lang)
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (head, *rest)
    return best


def _combine(values: Sequence[float]) -> float:
    """Hundreds multiply what precedes them, thousands and up close a group, the rest adds."""
    total = current = 0.0
    for v in values:
        if v == 100:
            current = (current or 1) * v
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current


def _combine_scale_first(values: Sequence[float]) -> float:
    """_combine() where the scale word comes before what it multiplies (Swahili "elfu kumi" = 10,000, "mia tano" =
    500, "milioni mbili" = 2 million, "elfu mbili na mia tano" = 2,500): each scale opens a group that the smaller
    words after it count; a smaller scale right after a larger one multiplies it ("elfu mia tano" = 500,000)."""
    total = mult = count = 0.0
    for v in values:
        if v >= 100:
            if mult and not count and v < mult:
                mult *= v
                continue
            total += mult * (count or 1) if mult else count
            mult, count = v, 0.0
        else:
            count += v
    return total + (mult * (count or 1) if mult else count)


class Figure(NamedTuple):
    """A number found in text, before any judgement of informativeness (a tuple, as _Atom is)."""

    start: int
    end: int
    value: float
    value_end: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    kind: str = "number"
    """number, money, percent, measure, duration, count, ordinal, year, period, date, name, marker."""
    word: bool = False
    """Written in words."""


class _Atom(NamedTuple):
    """A bare numeral (a tuple: many are made per text, and tuples are made fast)."""

    start: int
    end: int
    value: float
    word: bool = False
    weak: bool = False
    ordinal: bool = False
    digits: str = ""
    vague: bool = False
    unit: str | None = None
    """Set for compound adjectives that carry their own unit (dwudniową, two-day)."""


def _atoms(text: str, low: str, lex: Lexicon, start: int, end: int, limit: int | None) -> tuple[list[_Atom], int]:
    """Bare numerals in digits or words, number words of one figure merged, and where reading stopped.

    With a limit, reading stops after `limit` numerals in digits or in words, whichever comes first.
    """
    digits = list(islice(_DIGITS.finditer(text, start, end), limit))
    if limit is not None and len(digits) == limit:
        end = digits[-1].end()
    if more := _glued(text, lex, start, end):
        # "R14 billion": the numeral glued to a currency letter is read too (_currency_letter decides).
        digits = sorted([*digits, *more], key=re.Match.start)
    # The span's first word is read whole (the span may start inside a word); after it, only the
    # words that may be numbers are found.
    found_words = [first] if (first := _WORD.search(low, start, end)) else []
    if first:
        found_words.extend(_number_words(lex.lang).finditer(low, first.end(), end))
    return _read_atoms(text, low, lex, start, end, limit, digits, found_words)


@cache
def _glued_letters(lang: str) -> re.Pattern[str] | None:
    """Matches a currency letter of [letter_currencies] glued to its numeral ("R14"), the numeral as group 1."""
    lex = lexicon(lang)
    letters = sorted({re.escape(e[0]) for e in lex.letter_currencies.entries if len(e[0]) == 1})
    # Currency codes glued to their numeral too ("RM4.2 bilion", "USD22 billion", "Rp5 triliun"):
    # _currency_code decides whether the figure reads as a sum.
    codes = sorted(_glued_codes(lang), key=len, reverse=True)
    if not letters and not codes:
        return None
    # (The letters as alternatives, not a class: with every alternative a literal the engine skips to a
    # possible first character; one class of two letters, [PR], made it try the whole pattern at every
    # position, a ninth of all figure reading.)
    heads = "|".join([*letters, *map(re.escape, codes)])
    body = _DIGITS.pattern.replace(r"\d(?:(?<![\w.,]\d)|", r"\d(?:|", 1)
    # The letter opens the pattern (a fast search for it); the word boundary before it is checked by _glued.
    return re.compile(rf"(?:{heads})(?=\d)({body})")


@cache
def _glued_codes(lang: str) -> dict[str, str]:
    """The currency codes of a language that may be glued to their numeral ({"RM": "MYR"}): the
    entries of [currencies] written in letters with a capital, two to four of them ("USD", "Rp",
    "KSh"); a plain word ("won", "real") glued to digits is no currency."""
    lex = lexicon(lang)
    codes: dict[str, str] = {}
    for e in lex.currencies.entries:
        if e[3] and e[0].isalpha() and 2 <= len(e[0]) <= 4 and e[0][0].isupper():
            codes.setdefault(e[0], e[1])
    return codes


def _glued(text: str, lex: Lexicon, lo: int, hi: int) -> list[re.Match[str]]:
    """The numerals glued to a currency letter in text[lo:hi] ("R14"), the letter not within a word or code."""
    glued = _glued_letters(lex.lang)
    if glued is None:
        return []
    return [m for m in glued.finditer(text, lo, hi) if m.group(1) and (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-/")
                                                                       or _prefix_hyphen(text, lex, m.start() - 1, 0))]


def _read_atoms(
    text: str, low: str, lex: Lexicon, start: int, end: int, limit: int | None,
    digits: Sequence[re.Match[str]], found_words: Sequence[re.Match[str]],
) -> tuple[list[_Atom], int]:
    """_atoms() of the numerals and words found in text[start:end] (fewer numerals than the limit)."""
    found: list[_Atom] = []
    for m in digits:
        numeral = m.group(m.lastindex or 0)
        v = parse_digits(numeral, lex.decimal)
        if v is None:
            continue
        at, e = m.span(m.lastindex or 0)
        # A minus sign after a space or a bracket ("-3%", "(−1,2)") makes it negative; "30-32" is a range.
        if at > start and text[at - 1] in "-−" and (at - 1 == start or text[at - 2] in " (\n\t"):
            at, v = at - 1, -v
        found.append(_Atom(at, e, v, digits=numeral))
    words: list[_Atom] = []
    # Each word is read once per language and looked up in C afterwards (see _WordMemo): only the
    # few that are numbers reach Python code here.
    reads = list(map(_memo(_word_alone, lex.lang).__getitem__, map(re.Match.group, found_words)))
    plans = _memo(_context_plan, lex.lang)
    for m, (cut, atom) in zip(compress(found_words, reads), filter(None, reads)):
        s0, e0 = m.start() + cut, m.end()
        if atom is _CONTEXT:
            atom = _context_atom(text, low, lex, plans[m.group()[cut:]], s0, e0)
        else:
            atom = _Atom(s0, e0, *atom[2:])
        if atom:
            words.append(atom)
            if len(words) == limit:
                end = atom.end
                break
    if words:
        if len(words) == limit:
            found = [a for a in found if a.start < end]  # reading stopped at the last word
        found.extend(_merge_words(words, text, low, lex))
        found.sort(key=attrgetter("start"))
    return found, end


# What _word_alone says of a word that may open a phrase: its neighbours decide.
_CONTEXT = _Atom(0, 0, 0.0)


class _WordMemo(dict[str, _T]):
    """What a reading of words (a function of word and language) says of each word of one
    language, filled as words come.

    A dict looked up (with map() or []) costs a fraction of a call per word, even of a cached function.
    """

    def __init__(self, read: Callable[[str, str], _T], lang: str) -> None:
        super().__init__()
        self.read = read
        self.lang = lang

    def __missing__(self, word: str) -> _T:
        if len(self) >= _MEMO_MAX:
            self.clear()  # endless junk must not grow it without bound
        value = self[word] = self.read(word, self.lang)
        return value


_MEMO_MAX = 1 << 16


@cache
def _memo(read: Callable[[str, str], _T], lang: str) -> _WordMemo[_T]:
    """The memo of a reading of words in a language, shared by every text."""
    return _WordMemo(read, lang)


def _word_alone(word: str, lang: str) -> tuple[int, _Atom] | None:
    """Where the number part of a folded word starts and the atom it spells wherever it stands
    (placed at 0), or _CONTEXT when a phrase may start with it; None for no number.
    """
    # Elided articles ("l'undicesima", "dell'80%") belong to the next word; folding made every
    # apostrophe plain.
    cut = 0 if _apostrophe_words(lang) else word.rfind("'") + 1
    tok = word[cut:]
    lex = lexicon(lang)
    if tok in lex.joiners.forms or len(tok) > _MAX_WORD or not _may_be_number(tok, lex):
        return None
    if any(section.may_start(tok) for section in (lex.word_phrases, lex.vague, lex.ordinals)):
        return cut, _CONTEXT
    if "-" in tok and tok in lex.fractions.forms:
        # A hyphenated fraction ("two-thirds") is one word that no number word reads: the
        # atom only places it, _figure() reads the fraction.
        return cut, _Atom(0, len(tok), 0.0, word=True)
    atom = _word_atom(tok, tok, lex, tok, 0, len(tok))
    return (cut, atom) if atom else None


def _may_be_number(tok: str, lex: Lexicon) -> bool:
    """A quick necessary test for _word_atom(): the word, or it without hyphens, starts like a
    number word or phrase (compounds and ordinals of number words start like their first part).
    """
    return _number_words(lex.lang, read=False).fullmatch(tok) is not None


_LETTER = r"[^\W\d_]"


@cache
def _number_words(lang: str, read: bool = True) -> re.Pattern[str]:
    """Finds in folded text the words that pass _may_be_number(), each without an elided article
    ("l'|undici"); with `read`, leaves out the language's function words that _word_alone()
    reads as no number ("the", "und": half of what it would find otherwise).

    Its matches are spans of _WORD matches cut after their last apostrophe, provided the search
    starts where a _WORD match ends: one search passes over the other words (most of a text) in C.
    """
    lex = lexicon(lang)
    starts, letters = lex.number_starts, lex.number_letters
    whole = re.compile(rf"{_LETTER}+(?:[-’]{_LETTER}+)*")
    unread = [w for w in sorted(lex.stop) if read and whole.fullmatch(w) and _word_alone(w, lang) is None]
    # Nothing of the word follows: what was matched after its first letter is the whole rest.
    end = rf"(?!{_LETTER}|[-’]{_LETTER})"
    firsts = sorted(c for c in {s[0] for s in starts if s} | letters if re.fullmatch(_LETTER, c))
    branches = []
    for first in firsts:
        tests = ""
        if first not in letters:
            seconds = "".join(re.escape(s[1]) for s in sorted(starts) if len(s) == 2 and s[0] == first)
            # Two letters as they stand or across a hyphen ("a-b" reads as "ab"), or the letter alone.
            ways = [f"-?[{seconds}]"] if seconds else []
            if first in starts:
                ways.append(end)
            tests = f"(?={'|'.join(ways)})"
        rests = [re.escape(w[1:]) for w in unread if w[0] == first]
        if rests:
            tests += f"(?!(?:{'|'.join(rests)}){end})"
        branches.append(f"(?<={re.escape(first)}){tests}")
    # The pattern opens with a set of first letters (searched for in C), then looks behind to
    # place it at a word start or after an apostrophe inside a word; the last look-ahead leaves
    # a word's earlier parts ("dell'") for its last one.
    # Folded text writes every apostrophe "'": where it is a letter of number words, words run across it.
    inner = "-'’" if _apostrophe_words(lang) else "-’"
    return re.compile(
        f"[{''.join(map(re.escape, firsts))}](?<!{_LETTER}.)(?<!{_LETTER}[{inner}].)(?:{'|'.join(branches)})"
        rf"{_LETTER}*+(?:[{inner}]{_LETTER}++)*+(?!'{_LETTER})"
    )


def _word_atom(text: str, low: str, lex: Lexicon, tok: str, s0: int, e0: int) -> _Atom | None:
    """The number a word (or a phrase starting with it) spells, if any."""
    phrase = lex.word_phrases.match(text, low, s0)
    if phrase and phrase[0] > e0:
        # Number words written as several words that multiply ("quatre vingt" = 80).
        return _Atom(s0, phrase[0], float(phrase[1]), word=True)
    vague = lex.vague.match(text, low, s0)
    if vague:
        return _Atom(s0, vague[0], float(vague[1]), word=True, vague=True)
    comp = _memo(_compound, lex.lang)[tok]
    if comp:
        return _Atom(s0, e0, comp[0], word=True, unit=comp[1])
    if tok in lex.weak:
        return _Atom(s0, e0, lex.words.get(tok, 1.0), word=True, weak=True)
    if tok in lex.stop and tok not in lex.words:
        return None
    hit = lex.ordinals.match(text, low, s0)
    if hit and hit[0] == e0:
        return _Atom(s0, e0, float(hit[1]), word=True, ordinal=True)
    v = parse_words(tok, lex)
    if v is not None:
        return _Atom(s0, e0, v, word=True)
    v = _ordinal_word(tok, lex)
    return _Atom(s0, e0, v, word=True, ordinal=True) if v is not None else None


class _Plan(NamedTuple):
    """What _word_atom() does with a word that may open a phrase (_word_alone's _CONTEXT), worked out
    once per word and language: which phrase sections may match where it stands (the others are not
    tried), and the answers that hang on the word alone (placed at 0, as _word_alone's atoms)."""

    phrase: tuple[bool, bool]
    """Whether [words] phrases may match: wherever the word stands, and where its letters end (see _ends)."""
    vague: tuple[bool, bool]
    ordinals: tuple[bool, bool]
    early: _Atom | None
    """The compound, weak or stop word's answer (_STOP for none), tried before ordinals; None to go on."""
    late: _Atom | None
    """The answer of a number word or a compound ordinal, after ordinals; None for no number."""


_STOP = _Atom(0, 0, 0.0)


def _may_match(ph: _Phrases, tok: str) -> tuple[bool, bool]:
    """Whether an entry of ph may match (ph.match) where folded text starts with the word tok: in any
    text, and where the character after tok is no letter, digit, hyphen or apostrophe (see _ends).

    Necessary tests only: an entry of lower-case letters matches the folded text, so it is a prefix
    of the word or the word one of it, followed by that character; a case-sensitive ASCII entry
    does so lower-cased; any other case-sensitive entry or one with an inner stem is kept.
    """
    anywhere = bounded = False
    for phrase, _, _, exact in ph.entries:
        if "*" in phrase or exact and not phrase.isascii():
            return True, True
        folded = phrase.lower() if exact else phrase
        if tok.startswith(folded):
            return True, True
        if folded.startswith(tok):
            anywhere = True
            nxt = folded[len(tok)]
            if not (nxt.isalnum() or nxt in "-'’"):
                bounded = True
    return anywhere, bounded


def _context_plan(tok: str, lang: str) -> _Plan:
    """_Plan of a folded word."""
    lex = lexicon(lang)
    early = late = None
    comp = _memo(_compound, lang)[tok]
    if comp:
        early = _Atom(0, len(tok), comp[0], word=True, unit=comp[1])
    elif tok in lex.weak:
        early = _Atom(0, len(tok), lex.words.get(tok, 1.0), word=True, weak=True)
    elif tok in lex.stop and tok not in lex.words:
        early = _STOP
    else:
        v = parse_words(tok, lex)
        if v is not None:
            late = _Atom(0, len(tok), v, word=True)
        elif (v := _ordinal_word(tok, lex)) is not None:
            late = _Atom(0, len(tok), v, word=True, ordinal=True)
    return _Plan(_may_match(lex.word_phrases, tok), _may_match(lex.vague, tok), _may_match(lex.ordinals, tok), early, late)


def _context_atom(text: str, low: str, lex: Lexicon, plan: _Plan, s0: int, e0: int) -> _Atom | None:
    """_word_atom(text, low, lex, low[s0:e0], s0, e0) by the word's plan: the phrase sections that
    cannot match there are not tried, the answers of the word alone are not worked out again."""
    # Where the word's letters end (no letter, digit, hyphen or apostrophe after it), an entry going
    # on in letters past them cannot match: most sections are ruled out.
    c = low[e0 : e0 + 1]
    ends = 1 if not c or not (c.isalnum() or c in "-'’") else 0
    if plan.phrase[ends]:
        phrase = lex.word_phrases.match(text, low, s0)
        if phrase and phrase[0] > e0:
            return _Atom(s0, phrase[0], float(phrase[1]), word=True)
    if plan.vague[ends] and (vague := lex.vague.match(text, low, s0)):
        return _Atom(s0, vague[0], float(vague[1]), word=True, vague=True)
    if plan.early is not None:
        return None if plan.early is _STOP else _Atom(s0, e0, *plan.early[2:])
    if plan.ordinals[ends]:
        hit = lex.ordinals.match(text, low, s0)
        if hit and hit[0] == e0:
            return _Atom(s0, e0, float(hit[1]), word=True, ordinal=True)
    return None if plan.late is None else _Atom(s0, e0, *plan.late[2:])


def _ordinal_word(tok: str, lex: Lexicon) -> float | None:
    """A compound ordinal word ("venticinquesimo", "einundzwanzigste") from its cardinal."""
    for ending in lex.ordinal_endings:
        if tok.endswith(ending) and len(tok) > len(ending) + 2:
            stem = tok[: -len(ending)]
            for fill in lex.ordinal_fills:
                v = parse_words(stem[:-1] if fill == "-" else stem + fill, lex)
                if v is not None and v >= 3:
                    return v
    return None


def _merge_words(words: list[_Atom], text: str, low: str, lex: Lexicon) -> list[_Atom]:
    """Join number words that spell one figure (twenty five, dwadzieścia pięć, un milione)."""
    out: list[_Atom] = []
    parts: list[float] = []
    past = 0
    for a in words:
        if a.start < past:
            continue  # a word of the "and a half" read into the figure before ("a" of "a million and a half")
        if out and a.start < out[-1].end:
            continue  # a word of a number phrase read before ("a billion" of "half a billion")
        if out and parts and (half := _half_after(out[-1], parts, text, low, lex)):
            out[-1], parts, past = half
            if a.start < past:
                continue
        if out and a.ordinal and out[-1].ordinal and out[-1].value in _DECADES and a.value < 10 and low[out[-1].end : a.start].strip() == "":
            # "décimo terceiro", "vigesimo quinto": a tens ordinal and a unit ordinal are one.
            prev = out.pop()
            out.append(prev._replace(end=a.end, value=prev.value + a.value))
            parts = []
            continue
        if out and not a.ordinal and not out[-1].ordinal and parts:
            gap = low[out[-1].end : a.start].strip()
            joined = gap in ("", "-") or gap in lex.joiners.forms
            if joined and (_continues(parts, a.value) or lex.vigesimal and _teen_after(parts, a.value)):
                prev = out.pop()
                parts.append(a.value)
                # "on binlerce", "zehn Tausende": a vague plural scale keeps the figure vague (at least);
                # one that is also the plain scale's form ("триста тысяч", bg "триста хиляди") is exact.
                plain = a.vague and (hit := lex.scales.match(text, low, a.start)) is not None and hit[0] == a.end
                value = _combine_scale_first(parts) if lex.units_before else _combine(parts)
                out.append(_Atom(prev.start, a.end, value, word=True, vague=(a.vague and not plain) or prev.vague))
                continue
        out.append(a)
        parts = [a.value]
    if out and parts and (half := _half_after(out[-1], parts, text, low, lex)):
        out[-1] = half[0]
    return out


def _half_after(prev: _Atom, parts: list[float], text: str, low: str, lex: Lexicon) -> tuple[_Atom, list[float], int] | None:
    """The figure of number words `prev` (made of `parts`) grown by a [halves] phrase right after it,
    the parts it leaves and where the phrase ends; None when no such phrase follows.

    After a scale the half is half of it and the figure is complete ("a million and a half",
    "un millón y medio" = 1.5e6); after a plain number word it is a half added to that word, which
    a scale may still multiply ("two and a half million" = 2.5e6, "два с половиной года" = 2.5).
    """
    if prev.ordinal or prev.vague or not lex.halves.entries:
        return None
    hit = lex.halves.match(text, low, _skip_space(text, prev.end, len(text)))
    if hit is None:
        return None
    last = parts[-1]
    if last in _SCALES:
        return prev._replace(end=hit[0], value=prev.value + last / 2), [], hit[0]
    return prev._replace(end=hit[0], value=prev.value + 0.5), [*parts[:-1], last + 0.5], hit[0]


def _continues(parts: list[float], v: float) -> bool:
    """Whether number word v can follow the words read so far in one figure."""
    last = parts[-1]
    scales = [i for i, p in enumerate(parts) if p in _GROUP_SCALES]
    group = parts[scales[-1] + 1 :] if scales else parts
    if v >= 1000 and v in _GROUP_SCALES:
        # "dos mil" after "tres millones": a smaller scale closes the group read since the last one.
        return bool(group) and (not scales or v < parts[scales[-1]]) and sum(group) < v
    if v >= 1000:
        # A compound like "duecentomila" fills the group after a larger scale ("un milione duecentomila").
        return bool(scales) and not group and v < parts[scales[-1]]
    if v == 100:
        return last < 10
    if last >= 100:
        return v < last
    return last >= 20 and last % 10 == 0 and v < 10


def _teen_after(parts: list[float], v: float) -> bool:
    """French counts 70 and 90 as 60 + 10..19 and 80 + 10..19 ("soixante quinze", "quatre vingt dix")."""
    return parts[-1] in (60, 80) and 10 <= v < 20


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in _BLANKS:
        pos += 1
    return pos


def _back_space(text: str, pos: int, limit: int) -> int:
    while pos > limit and text[pos - 1] in _BLANKS:
        pos -= 1
    return pos


def _word_before(low: str, pos: int, limit: int) -> tuple[int, str]:
    """Start and text of the word ending just before pos (spaces skipped)."""
    j = _back_space(low, pos, limit)
    i = j
    floor = max(limit, j - _LOOKBACK)
    while i > floor and (low[i - 1].isalpha() or low[i - 1] in "'."):
        i -= 1
    return i, low[i:j]


def _match_before(ph: _Phrases, text: str, low: str, pos: int, limit: int, words: int = 3) -> tuple[int, str] | None:
    """The longest phrase of a section ending just before pos (spaces skipped), within a few words."""
    # Called several times for every figure, mostly to find nothing: spaces and the last
    # character are looked at here, without calls.
    j = pos
    while j > limit and low[j - 1] in _BLANKS:
        j -= 1
    if j <= limit or (low[j - 1] not in ph.last and not (ph.stems and low[j - 1].isalpha())):
        return None
    floor = max(limit, j - _LOOKBACK)
    if ph.tails is not None:
        # A phrase ending at j ends with the word that ends there: most calls stop here.
        i = j
        while i > floor and low[i - 1].isalnum():
            i -= 1
        if (low[i:j] or low[j - 1]) not in ph.tails:
            return None
    best = None
    k, seen, tries = j, 0, 0
    # Each word or symbol is one try: text without spaces ("a/a/a/…") must not try every character.
    while k > floor and seen <= words and tries <= 2 * (words + 1):
        k -= 1
        if low[k].isspace():
            seen += 1
            continue
        if k > limit and low[k - 1].isalnum() and low[k].isalnum():
            continue
        tries += 1
        hit = ph.match(text, low, k)
        if hit and hit[0] == j:
            best = (k, hit[1])
    # "råde over 30 milliarder" (have 30 bn at its disposal): a longer phrase listed as "-" holds the
    # section's word in another sense, so no phrase of the section ends here.
    return None if best and best[1] == "-" else best


def scan(text: str, lang: str, start: int = 0, end: int | None = None, low: str | None = None) -> list[Figure]:
    """Every figure in text[start:end] with value, unit and qualifier, dates and names included.

    low is fold(text) when the caller already has it (scanning block by block).
    """
    end = len(text) if end is None else end
    if unspaced(lang):
        return _unspaced_figures(text, lang, start, end)
    found = _scan(text, lexicon(lang), start, end, fold(text) if low is None else low, None)[0]
    # Without its article's country a bare "$" is read as the US dollar (find_numbers knows better).
    bare = {LOCAL_DOLLAR: "USD", LOCAL_PESO: "pesos", LOCAL_CROWN: "crowns", LOCAL_RUPEE: "INR", LOCAL_TAKA: "BDT"}
    return [f._replace(unit=bare[f.unit]) if f.unit in bare else f for f in found]


def _scan(text: str, lex: Lexicon, start: int, end: int, low: str, limit: int | None) -> tuple[list[Figure], int]:
    """scan(), reading at most `limit` numerals; also returns how many were read."""
    read, end = _atoms(text, low, lex, start, end, limit)
    return _figures(text, low, lex, start, end, read, [m.span() for m in _DATE_LIKE.finditer(text, start, end)])


def _scan_spans(
    text: str, lex: Lexicon, spans: Sequence[tuple[int, int]], low: str, budget: int
) -> list[tuple[list[Figure], int]]:
    """_scan() of each span in turn (in text order, apart), reading at most `budget` numerals in all.

    A span costs little when it has no numeral: numerals, dates and number words are found in
    one search each from the first span to the last, then shared out. A span is scanned alone
    when a search could have read it otherwise: a match runs across its edge, or it is not
    set apart by spaces (a look-around at its edge would see more text), or the budget may end in it.
    """
    if not spans:
        return []
    lo, hi = spans[0][0], spans[-1][1]
    digits = list(_DIGITS.finditer(text, lo, hi))
    if more := _glued(text, lex, lo, hi):
        digits = sorted([*digits, *more], key=re.Match.start)
    dates = list(_DATE_LIKE.finditer(text, lo, hi))
    words = [first] if (first := _WORD.search(low, lo, hi)) else []
    if first:
        words.extend(_number_words(lex.lang).finditer(low, first.end(), hi))
    found = [(m, [x.start() for x in m]) for m in (digits, dates, words)]
    out: list[tuple[list[Figure], int]] = []
    for start, end in spans:
        if not budget:
            out.append(([], 0))
            continue
        parts = []
        apart = (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())
        for matches, starts in found:
            i, j = bisect_left(starts, start), bisect_left(starts, end)
            apart = apart and not (i and matches[i - 1].end() > start) and not (j and matches[j - 1].end() > end)
            parts.append(matches[i:j])
        if apart and not any(parts):
            result = [], 0  # no numeral, date or word that may be a number
        elif apart and len(parts[0]) < budget:
            read, stop = _read_atoms(text, low, lex, start, end, budget, parts[0], parts[2])
            # The budget ending on a number word stops reading there, as _scan does ("m-n km").
            if stop == end:
                result = _figures(text, low, lex, start, end, read, [m.span() for m in parts[1]])
            else:
                result = _scan(text, lex, start, end, low, budget)
        else:
            result = _scan(text, lex, start, end, low, budget)
        budget -= result[1]
        out.append(result)
    return out


def _figures(
    text: str, low: str, lex: Lexicon, start: int, end: int, read: list[_Atom], blocked: list[tuple[int, int]]
) -> tuple[list[Figure], int]:
    """The figures of text[start:end] from its atoms and date-like spans, and how many atoms there were."""
    if not read and not blocked:
        return [], 0  # most paragraphs of long pages: nothing more to do
    # The date-like spans do not overlap: the one starting last at or before an atom is the only candidate.
    starts = [s for s, _ in blocked]
    atoms = [a for a in read if not _inside(blocked, starts, a.start)] if blocked else read
    figures: list[Figure] = []
    skip_until = -1
    for i, a in enumerate(atoms):
        if a.start < skip_until:
            continue
        fig, used = _figure(text, low, lex, atoms, i, start, end)
        if fig is not None:
            if fig.kind == "count" and not float(fig.value).is_integer():
                fig = _grouped_count(fig, a)
            figures.append(fig)
            skip_until = used
    for s, e in blocked:
        figures.append(Figure(s, e, 0.0, kind="date"))
    figures.sort(key=attrgetter("start"))
    return figures, len(read)


def _grouped_count(fig: Figure, a: _Atom) -> Figure:
    """A count read as a fraction from one mark before exactly three digits is a count of thousands:
    "7,300 empresas" in a decimal-comma language written the English way (nobody counts 7.3 firms)."""
    digits = _GROUPING.sub("", a.digits)
    marks = [c for c in digits if c in ".,"]
    if len(marks) != 1 or len(digits.split(marks[0])[1]) != 3 or not a.value:
        return fig
    factor = float(digits.replace(marks[0], "")) / a.value
    value = fig.value * factor
    # Float division leaves 7300.000000000001: a whole count within rounding is that count.
    if abs(value - round(value)) > 1e-9 * abs(value):
        return fig
    end = fig.value_end
    if end is not None and not float(end).is_integer():
        end = float(round(end * factor))
    return fig._replace(value=float(round(value)), value_end=end)


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


# A year and a hyphen or dash right before two digits ("2025-26", "২০২৫-২৬"): a fiscal or season span.
_YEAR_DASH = re.compile(r"(?<!\d)(\d{4})[-–]$")


def _year_span_end(text: str, start: int, end: int, value: float, lo: int) -> bool:
    """Whether two digits are the short second year of a span after a year and a dash ("2025-26": 2026), the
    year after the first one, no figure of their own."""
    if end - start != 2 or end < len(text) and text[end].isdigit():
        return False
    year = _YEAR_DASH.search(text, max(lo, start - 5), start)
    return year is not None and (int(year.group(1)) + 1) % 100 == value


def _figure(
    text: str, low: str, lex: Lexicon, atoms: list[_Atom], i: int, lo: int, hi: int
) -> tuple[Figure | None, int]:
    """Build the figure around atoms[i]: prefixes, range, scale, currency, unit or counted noun."""
    a = atoms[i]
    left = _before_prefix(text, lex, a.start, lo) if a.digits else a.start
    value, value_end = a.value, None
    unit: str | None = None
    qualifier: str | None = None
    kind = "ordinal" if a.ordinal else "number"

    # Fractions ("un quinto") are shares, whatever the words.
    frac = lex.fractions.match(text, low, a.start)
    # A number phrase reaching past the fraction's words ("half a billion") is that number.
    if frac and frac[0] >= a.end:
        if lex.idioms.entries and _in_idiom(text, low, lex, a, lo):
            # "abi pusės" (both sides), "iš kitos pusės" (on the other hand): the half word is a side.
            return None, a.end
        if a.weak and _ordinal_fraction(low, lex, frac[0]) and _noun_after_fraction(text, low, lex, frac[0], hi):
            # "a third power cable", "un terzo mandato": where the share's word is the ordinal too, before
            # its noun it ranks it; a share is "a third of …" or stands alone ("cut by a third").
            return None, a.end
        # "mehr als zwei Drittel", "more than two thirds": the qualifier bounds the share too.
        qual = _match_before(lex.qualifiers, text, low, a.start, lo, words=3)
        if qual and (qual[1] or "") != "up to":
            return Figure(qual[0], frac[0], float(frac[1]), unit=PERCENT, qualifier=qual[1] or None, kind="percent", word=True), frac[0]
        return Figure(a.start, frac[0], float(frac[1]), unit=PERCENT, kind="percent", word=True), frac[0]
    if a.weak and not _scale_or_time_at(text, low, lex, a.end, hi) and not _one_percent(text, low, lex, a, hi):
        # "a", "un", "ein" are figures only before a scale or a time unit ("a billion", "un anno");
        # settled here, before any look-back (the idiom's too: either way no figure), as they are
        # among the commonest words.
        return None, a.end
    if a.word and lex.idioms.entries and _in_idiom(text, low, lex, a, lo):
        return None, a.end
    # "ett fyrtiotal", "une quarantaine": a collective number, said after "one", is about that many;
    # without it the word is no count ("en quarantaine" is in quarantine, "åttiotalet" a decade).
    approx = a.word and bool(lex.approximate.forms) and low[a.start : a.end] in lex.approximate.forms
    if approx:
        one = _word_before(low, a.start, lo)
        cut = one[1].rfind("'") + 1  # "près d'une quarantaine": the elided "d'" is the qualifier's
        if one[1][cut:] not in lex.weak:
            return None, a.end
        left = one[0] + cut  # the figure is "une quarantaine": a qualifier is looked for before "une"
    if a.word and not a.digits and not a.vague and not approx and value < 100 and _name_number(text, lex, a, lo, hi):
        return None, a.end  # "the Three Seas Initiative", "Inicijativa triju mora": a name's word
    if a.word and not a.digits and a.value in _DECADES and _decade(text, low, lex, a.start, lo):
        return None, a.end
    if a.word and not a.vague and (w := low[a.start : a.end].lower()) in lex.bare_scales:
        # "plusieurs milliards", "Milliarden Euro": no number is given; but a singular form no other
        # form extends, right before a currency or unit, is one of it ("dosiahnuť miliardu eur").
        at = _skip_space(text, a.end, hi)
        if not (w in lex.one_scales and (lex.currencies.match(text, low, at) or _unit_hit(text, low, lex, at, hi))):
            return None, a.end
    if a.word and not a.digits and _particle_between_names(text, low, a, lo, hi):
        return None, a.end  # tr "Prens Faysal bin Ferhan": the Arabic "son of", not "bin" = 1000
    if a.word and not a.digits and not a.vague and _rate_divisor(text, low, lex, a, lo):
        return None, a.end
    if a.digits and _plus_joined(text, a.start, a.end, lo, hi):
        return Figure(a.start, a.end, value, kind="name"), a.end  # "a 2+2 meeting": a format's name
    if a.digits and _year_span_end(text, a.start, a.end, value, lo):
        return Figure(a.start, a.end, value, kind="date"), a.end  # "the 2025-26 fiscal year": the span's second year

    if a.digits:
        before = text[max(lo, a.start - 1) : a.start]
        after = text[a.end : a.end + 1]
        if before.isalpha() and (letter := _currency_letter(text, low, lex, a, lo, hi)):
            unit, kind, left = LOCAL_LETTER, "money", _before_prefix(text, lex, letter, lo)
        elif before.isalpha() and (code := _currency_code(text, low, lex, a, lo, hi)):
            left, unit, kind = code[0], code[1], "money"
        elif before.isalpha() and not _glued_preposition(text, a.start, lo) or (
                before == "-" and a.start - 2 >= lo and text[a.start - 2].isalpha()
                                  and not _HEBREW_PREFIX_HYPHEN.search(text, max(lo, a.start - 5), a.start)
                                  and not _prefix_hyphen(text, lex, a.start - 1, lo)):
            return Figure(a.start, a.end, value, kind="name"), a.end
        if after == ")" and _line_start(text, a.start, lo):
            return Figure(a.start, a.end + 1, value, kind="marker"), a.end + 1
        if (before == " " and a.start - 2 >= lo and text[a.start - 2].isupper() and _code_before(text, low, lex, a.start, lo)
                and not _unit_hit(text, low, lex, a.end, hi)):
            # "JAS 39 Gripen": a model's designation; but a percent or unit after the digits makes the
            # code the measure's owner ("a GDP 2,1 százaléka", the GDP's 2.1 percent), not a name.
            return Figure(a.start, a.end, value, kind="name"), a.end
        if before == " " and value < _BARE_MIN and _glued_name(text, low, lex, a.start, a.end, lo, hi):
            return Figure(a.start, a.end, value, kind="name"), a.end  # "Estlink 2 tussen": a product's name

    # Currency symbol or code before the figure ("$27,8", "US$ 5", "EUR 10").
    pre = None if unit else _match_before(lex.currencies, text, low, a.start, lo, words=1)
    # A lower-case abbreviation ("kr. 500") stands before digits only: before a number word it ends
    # the figure before ("310 mln dol. dwa lata temu", two years ago).
    if (pre and _back_space(low, a.start, lo) - pre[0] <= 4 and _currency_before(text, lex, pre[0], _back_space(low, a.start, lo))
            and (a.digits or not text[pre[0]].islower())):
        unit, kind, left = pre[1], "money", pre[0]
    if lex.percent_before and not unit and (pc := _match_before(lex.percent, text, low, _before_prefix(text, lex, a.start, lo), lo, words=2)):
        return _percent_first(text, low, lex, atoms, i, pc, lo, hi)
    scale_before = 1.0
    if lex.units_before and not unit and (a.digits or a.word and not a.weak) and (ahead := _units_before(text, low, lex, a.start, lo)):
        left, scale_before, unit, kind = ahead
    if a.digits and lex.name_marks.entries and _match_before(lex.name_marks, text, low, left, lo, words=1):
        return Figure(a.start, a.end, value, kind="name"), a.end  # "ligne 162", "Linie 5": a line's name
    mark = _match_before(lex.ordinal_marks, text, low, left, lo, words=1)
    if mark and a.digits:
        if _address_number(text, low, lex, a.end, hi):
            return Figure(mark[0], a.end, value, kind="name"), a.end
        kind, unit, left = "ordinal", ORDINAL, mark[0]

    pos = a.end
    if a.ordinal and a.word and value in _DECADES and lex.ordinal_units.entries:
        # "décima primeira", "décimo primero": a tens ordinal and a unit one that is an ordinal only there.
        if (unit_hit := lex.ordinal_units.match(text, low, _skip_space(text, pos, hi))):
            value, pos = value + float(unit_hit[1]), unit_hit[0]
    if a.vague:
        # "decine di miliardi", "tens of billions": the scale or noun follows a linking word.
        hit = lex.of.match(text, low, _skip_space(text, pos, hi))
        if hit:
            pos = hit[0]

    # Range: "30-32", "2026–2030", "tra i 30 e i 35".
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    # "vier bis sechs Milliarden", "between four and six billion": number words make ranges too.
    words_pair = bool(nxt and not a.digits and not nxt.digits and a.word and nxt.word and not (a.weak or nxt.weak or nxt.ordinal or a.vague or nxt.vague or a.unit or nxt.unit))
    if nxt and (words_pair or a.digits and nxt.digits) and not a.ordinal:
        gap, first_end = text[a.end : nxt.start], a.end
        # "entre 8% e 10%", "between 16% and 21%": each end carries the unit; the gap is read past it.
        if (u := _unit_hit(text, low, lex, a.end, nxt.start)) and u[1] == (_unit_hit(text, low, lex, nxt.end, hi) or (0, None))[1]:
            gap, first_end = text[u[0] : nxt.start], u[0]
        if _DASH.fullmatch(gap) and nxt.value > value:
            value_end, pos = nxt.value, nxt.end
        elif nxt.value > value and _suffix_range(text, low, lex, a.end, nxt.start, nxt.end, hi):
            value_end, pos = nxt.value, nxt.end  # "30 soatdan 40 soatgacha": the case endings are the range's words
        elif 1 <= len(words_between := _joiner_words(text, low, lex, first_end, nxt.start, lo)) <= 2:
            # The opener (with an article maybe) is looked for only when the gap can be its joiner;
            # a [current] word may stand after them ("dos atuais 3.000 para 5.000", "from the
            # current 3,000 to 5,000"): the present level a change starts from.
            now = _match_before(lex.current, text, low, left, lo, words=1)
            art = _match_before(lex.articles, text, low, now[0] if now else left, lo, words=1)
            opener = _match_before(lex.ranges, text, low, art[0] if art else now[0] if now else left, lo, words=1)
            if opener and words_between[0] in opener[1].split() and opener[0] < left:
                if nxt.value > value and words_between[0] == opener[1].split()[0] and not _two_levels(text, low, lex, opener[0], first_end, nxt, lo, hi, words_between[0]):
                    value_end, pos = nxt.value, nxt.end
                    left = opener[0]
                elif not words_pair:
                    # "с 40 до 25 дней", "von 20.000 auf 90.000": a change, told as its two ends;
                    # the first takes the second's unit and scale.
                    end_fig, _ = _figure(text, low, lex, atoms, i + 1, lo, hi)
                    if end_fig is not None and end_fig.kind not in ("name", "date", "marker") and nxt.value:
                        factor = end_fig.value / nxt.value
                        return Figure(opener[0], first_end, value * factor, None, end_fig.unit, FROM, end_fig.kind, a.word), first_end
            elif len(words_between) == 1 and nxt.value > value and lex.bare_ranges.match(text, low, _skip_space(text, first_end, hi)):
                value_end, pos = nxt.value, nxt.end  # "2 tot 3 miljard", "5 bis 7 Prozent": no opener needed

    if words_pair and value_end is not None and nxt:
        # "sechs Milliarden" is one atom: the first end shares the second's scale.
        last = low.rfind(" ", nxt.start, nxt.end) + 1 or nxt.start
        big = lex.scales.match(text, low, last)
        if big and big[0] == nxt.end and value * float(big[1]) < value_end:
            value *= float(big[1])
    if value_end is None and unit and a.digits and nxt:
        # "between $5 billion and $7 billion": each end has its currency and scale; one figure
        # when the second end has the first's currency and scale and a range word opens it.
        p = _skip_space(text, a.end, hi)
        scale_hit = lex.scales.match(text, low, p)
        joiner = _WORD.match(low, _skip_space(text, scale_hit[0], hi)) if scale_hit else None
        cur = lex.currencies.match(text, low, _skip_space(text, joiner.end(), hi)) if joiner else None
        second = next((b for b in atoms[i + 1 : i + 4] if b.digits and cur and b.start == _skip_space(text, cur[0], hi)), None)
        if second and cur and cur[1] == unit and second.value > value:
            second_scale = lex.scales.match(text, low, _skip_space(text, second.end, hi))
            opener = _match_before(lex.ranges, text, low, left, lo, words=1)
            if second_scale and second_scale[1] == scale_hit[1] and opener and joiner and opener[1].split()[0] == joiner.group():
                value_end, pos, left = second.value, second.end, opener[0]

    # Ordinal marks after digits ("21°", "21st", "21e", "21-й").
    if a.digits and not kind == "ordinal":
        hit = lex.ordinal_suffixes.match(text, low, pos)
        if hit and not (pos + 1 < len(text) and text[hit[0] : hit[0] + 1].isalnum()):
            year_word = lex.time.match(text, low, _skip_space(text, hit[0], hi))
            if _YEARS[0] <= value <= _YEARS[1] and (year_word and year_word[1] == "years" or a.end - a.start == 4):
                # "2027-nji ýylda" (Turkmen): a calendar year's ordinal mark, no rank: read as "2027 ýylda"; so is
                # one whose year word is left out ("у 2015-му", in 2015; "с 2014-го"): no text ranks a 2015th thing.
                pos = hit[0]
            else:
                kind, unit, pos = "ordinal", ORDINAL, hit[0]
            if _day_in_brackets(text, low, lex, a.start, pos, lo, hi) and value <= 31:
                return Figure(a.start, pos, value, kind="date"), pos

    if a.digits and kind != "ordinal" and (art_hit := lex.digit_articles.match(text, low, pos) or (
            lex.digit_articles.match(text, low, sp) if text[pos : pos + 1] == " " and not lex.units.match(
                text, low, sp := _skip_space(text, pos, hi)) else None
            )) and not text[art_hit[0] : art_hit[0] + 1].isalnum():
        # "46-те милиона": a definite article glued to the digits; the scale follows it. A counter word glued or
        # spaced (ne "७ वटा सम्झौता", 7 agreements) is read past the same way: the noun after it is counted (spaced,
        # not one that is a unit of its own: bn "৭০০ জন শ্রমিক" counts people).
        pos = art_hit[0]

    # Scales: "27,8 miliardi", "5 mld", "20 mil millones" (consecutive scales multiply).
    scale = scale_before
    while kind != "ordinal":
        p = _skip_space(text, pos, hi)
        hit = lex.scales.match(text, low, p) or _hyphened_scale(text, low, lex, a, pos, scale == scale_before, hi)
        if not hit:
            break
        scale *= float(hit[1])
        pos = hit[0]
        # "56 mil 400 millones": a smaller scale's group goes on in digits before a larger scale
        # (56,400 million), as number words do ("cinquanta mila quattrocento").
        if value_end is None and (grp := _group_after(text, low, lex, atoms, i, pos, hi, scale)):
            value, scale, pos = value * scale + grp[0], 1.0, grp[1]
    if scale == 1.0 and a.word and not a.digits and value_end is None and kind != "ordinal":
        # "ایک ارب 40 کروڑ", "one billion 400 million": a number phrase ending on its scale goes on
        # in digits with a smaller scale, as "1 arab 40 crore" does after digits.
        last = text.rfind(" ", a.start, a.end) + 1 or a.start
        own = lex.scales.match(text, low, last)
        if own and own[0] == a.end and (grp := _group_after(text, low, lex, atoms, i, pos, hi, float(own[1]))):
            if grp[0] < float(own[1]) and lex.scales.match(text, low, _skip_space(text, grp[1], hi)) is None:
                # The unit is read from where the group ends ("… 40 کروڑ ڈالر" is dollars).
                value, pos = value + grp[0], grp[1]
                p = _skip_space(text, pos, hi)
    if scale == 1.0 and a.digits and kind != "ordinal" and (glued := _glued_scale(text, low, lex, pos, hi, kind == "money")):
        scale, pos = glued
        p = _skip_space(text, pos, hi)
    if kind == "number" and not unit and (cs := lex.currency_scales.match(text, low, _skip_space(text, pos, hi))):
        # "56 G$": the scale and the currency in one sign.
        factor, unit = cs[1].split()
        scale *= float(factor)
        kind, pos = "money", cs[0]
        p = _skip_space(text, pos, hi)
    if scale != 1.0:
        value_end = None if value_end is None else _times(value_end, scale)
        value = _times(value, scale)

    ranged = None
    if value_end is None and scale != 1.0 and kind == "number" and not unit:
        # "800 miljoen tot 1 miljard euro", "between 800 million and 1 billion euros": the second
        # end has its own scale and the unit of both.
        ranged = _scaled_range(text, low, lex, atoms, i, left, pos, value, lo, hi)
        if ranged:
            value_end, unit, kind, pos, left = ranged[0].value, ranged[0].unit, ranged[0].kind, ranged[0].end, ranged[1]

    if kind != "ordinal" and not ranged:
        # p is where the scales loop stopped: after pos and its spaces.
        linked = _linked(text, low, lex, p, hi)
        if linked is None and a.digits and p == pos and text.startswith("-", p) and p + 1 < hi and text[p + 1].isalpha():
            linked = p + 1  # "a 508-km line": the unit hyphenated to its figure
        # Most figures have no unit after them: one search of where the sections' entries start
        # rules all four out at once.
        may = lex.unit_starts.match(low, p) or (linked is not None and lex.unit_starts.match(low, linked))
        sections = ((lex.percent, "percent"), (lex.currencies, "money"), (lex.units, "measure"), (lex.time, "duration"))
        if lex.units_before:
            # Only a percent sign follows its figure there ("43%"): a time or unit word after it is the next
            # phrase's ("ilifikia 400 mwaka jana": 400, last year). A currency follows a scaled figure that named
            # no unit before it: Yorùbá "bílíọ̀nù 450 naira", "200 mílíọ̀nù euro" (its scale on either side).
            sections = sections[:2] if scale != 1.0 and not unit else sections[:1]
        # Glued unit letters ("10km", "5mln") are read like spaced ones.
        for section, k in sections if may else ():
            hit = section.match(text, low, p) or (linked is not None and section.match(text, low, linked))
            if hit:
                if k == "percent":
                    unit = hit[1] or PERCENT
                elif k == "money" and unit and unit != hit[1] and unit != LOCAL_DOLLAR:
                    break
                elif k == "duration" and kind == "money":
                    break  # "Rp 45 triliun tahun lalu": a currency before makes a sum, the time word opens a date
                else:
                    unit = hit[1]
                kind, pos = k, hit[0]
                break
        if kind == "duration" and value == int(value) and lex.halves.entries and (
                half := lex.halves.match(text, low, _skip_space(text, pos, hi))):
            # The half said after the time word ("two hours and a half", "два часа и половина",
            # "due ore e mezza"): half of that unit more, as "two and a half hours" reads.
            value, pos = value + 0.5, half[0]
    if kind == "measure" and a.digits and value > 0 and lex.minus.entries and (
            sign := _match_before(lex.minus, text, low, left, lo, words=1)):
        # A sign said in words before a measure ("mínusz 30 fokban", "minus 30 degrees"): below zero.
        value, left = -value, sign[0]
    if a.digits and kind == "number" and pos < hi and text[pos].isalpha():
        return Figure(a.start, pos, value, kind="name"), pos

    if a.unit:
        return Figure(a.start, a.end, value, unit=a.unit, kind="duration", word=True), a.end

    # Qualifier before ("oltre", "circa", "more than"), an article may sit between.
    q_at = left
    art = _match_before(lex.articles, text, low, q_at, lo, words=1)
    if art:
        q_at = art[0]
    qual = _match_before(lex.qualifiers, text, low, q_at, lo, words=3)
    if qual is None and q_at != left:
        qual = _match_before(lex.qualifiers, text, low, left, lo, words=3)
        q_at = left
    if qual is None and (link := _match_before(lex.qualifier_links, text, low, left, lo, words=1)):
        # The preposition of a change between a qualifier and its figure ("takmer o 40 percent",
        # "почти на 40 процентов"): the qualifier is the figure's still.
        qual = _match_before(lex.qualifiers, text, low, link[0], lo, words=3)
    if qual and (by := _match_before(lex.change_by, text, low, q_at, lo, words=3)) and by[0] < qual[0]:
        # The qualifier's word is the "by" of a change after its verb (Icelandic "jókst um 7,5 prósent", grew by
        # 7.5 %, where "um 70 prósent" is about 70 %): no qualifier, but a word between may be one ("fjölgaði
        # um rúmlega 20 prósent", by more than 20 %).
        qual = _match_before(lex.qualifiers, text, low, left, lo, words=1) if q_at != left else None
        q_at = left
    dated = False
    if qual is None and (year := _YEAR_BEFORE.search(low, max(lo, (y_at := art[0] if art else left) - _YEAR_BEFORE_REACH), y_at)):
        # A year between a verb of exceeding and its figure: "ha superato nel 2025 i 32 miliardi".
        qual, dated = _match_before(lex.qualifiers, text, low, year.start(), lo, words=3), True
    elif qual is None and (scale != 1.0 or kind == "money") and (rel := _match_before(lex.relative, text, low, art[0] if art else left, lo, words=3)):
        # A relative year between them too: "ont dépassé l'an dernier 21 milliards", "exceeded last year $5 billion".
        qual, dated = _match_before(lex.qualifiers, text, low, rel[0], lo, words=3), True
    unqualified = left
    if (qual and not _preposition(text, low, lex, qual[0], kind, lo) and not _change_end(text, low, lex, atoms, i, qual[0], lo)
            and not _target_to(text, low, lex, qual, q_at, lo)):
        qualifier = qual[1] or None
        # The year between stays out of the figure's words (it is the figure's date, not its value).
        left = left if dated else qual[0]
        if qualifier in _NEGATED and (negation := _negation(low, lex, left, lo)) is not None:
            qualifier = _NEGATED[qualifier]  # "não vai custar mais de 3 euros": at most 3
            if _word_before(low, left, lo)[0] == negation:
                left = negation  # "no more than 15 %" is shown whole: without "no" it says the opposite
    if a.vague:
        qualifier = "at least"
    elif qualifier is None and approx:
        qualifier = "about"  # "ett fyrtiotal", "une quarantaine": a round number, approximately

    if kind in ("number", "duration") and unit == "years" and a.digits and value >= _YEARS[0]:
        kind, unit = "number", None  # "w 2022 roku", "im Jahr 2022": a year, not a duration
    if kind == "number" and a.digits and _YEARS[0] <= value <= _YEARS[1] and float(value).is_integer() and "," not in a.digits and "." not in a.digits and scale == 1.0:
        kind = "period" if value_end else "year"
        if qualifier in _ROUNDING and kind == "year" and (not art or art[0] == left) and _rounded_count(text, low, lex, pos, hi):
            kind = "number"  # "rund 2000 deutsche Unternehmen", "some 2000 firms": a rounded count
        elif qualifier and not a.vague and (art or kind == "year"):
            # "about the 2018 killing", "talking about 2029": before a year (or a dated noun) the
            # qualifier is a preposition; news rounds amounts, not calendar years.
            qualifier, left = None, unqualified
    if kind == "number" and a.digits and 1 <= value <= 31 and value_end is None and _memo(_weekday, lex.lang)[_word_before(low, a.start, lo)[1]]:
        return Figure(a.start, pos, value, kind="date"), pos  # "del jueves 12", "am Freitag 13": a day of the month
    # "1er janvier", "21st March": a day's ordinal is a date too.
    if (kind in ("number", "year") or kind == "ordinal" and a.digits) and _is_date(text, low, lex, a.start, pos, lo, hi):
        return Figure(left, pos, value, kind="date"), pos
    if kind == "duration" and a.digits and not qualifier and _month(_word_before(low, a.start, lo)[1].rstrip("."), lex):
        # Vietnamese "ngày 13 tháng 11", "tháng 11 năm 2026": a day or month word (numbers.txt [months]) before the
        # figure makes it a date's part, and the time word after it (tháng, năm) the date's next word, no duration.
        return Figure(a.start, a.end, value, kind="date"), a.end

    if kind == "number":
        # "76 delle 89 regioni": the whole is part of the figure, the noun is the part's.
        hit = lex.of.match(text, low, _skip_space(text, pos, hi))
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        # "Nio av tio hushåll", "nine in ten households": a proportion's words ([out_of]) link a
        # part to its whole like "of" does, in words as in digits; the part is the figure.
        # Such a word is a preposition too ("grew 5 in 10 years"): it makes a proportion only
        # before a larger whole that is no span of time.
        out = lex.out_of.match(text, low, _skip_space(text, pos, hi))
        ratio = out if out and nxt and nxt.value > value and not lex.time.match(text, low, _skip_space(text, nxt.end, hi)) else hit
        if ratio and nxt and (nxt.digits or a.word and nxt.word) and _skip_space(text, ratio[0], hi) == nxt.start and _noun(text, low, lex, nxt.end, hi):
            pos = nxt.end
        elif (hit and a.digits and (det := _WORD.match(low, _skip_space(text, hit[0], hi), hi)) and det.group() in lex.stop
                and (whole := _noun(text, low, lex, det.end(), hi)) and not (nxt and nxt.start <= _skip_space(text, whole[0], hi))):
            # "18 из этих проектов", "18 of these projects": a part of a whole named with a determiner
            # counts the whole's noun ("18 of them" names none: a pronoun's next word is no noun of it;
            # "15 of the last 20 months": a word before a figure is that figure's, not a noun).
            pos = det.end()
    if lex.qualifiers_after and kind in ("number", "money", "measure", "percent") and qualifier is None:
        # A case ending glued to the digits with an apostrophe or a hyphen ("40'tan fazla köy", "50-ге
        # жуық жоба") comes first; a measure's or percentage's declined unit does ("гектардан астам").
        # (So does one glued to the per cent sign: Georgian "70%-ზე მეტი", more than 70%.)
        ending = _CASE_ENDING.match(text, pos, hi) if a.digits and (pos == a.end or text[pos - 1 : pos] == "%") else None
        after = _skip_space(text, ending.end() if ending else pos, hi)
        if (post := lex.qualifiers.match(text, low, after)) and not _changed_by(text, low, lex, pos, after):
            # "8 binden fazla şirket": the postposition bounds the figure; the noun comes after it.
            qualifier, pos = post[1] or None, post[0]
    if kind in ("number", "ordinal"):
        noun = None
        if approx and (link := lex.of.match(text, low, _skip_space(text, pos, hi))):
            noun = _noun(text, low, lex, link[0], hi)  # "una quarantina di imprenditori": the collective's noun
        # Where a scale links to its noun ("milioni di", "millones de"), the word right after it is a
        # verb or preposition of the clause ("questi 50 milioni vanno in armi"), never the noun.
        scale_linked = lex.scale_of and scale >= _WORD_MIN
        if lex.units_before and kind == "number" and not noun:
            # The counted noun stands before its figure ("mikataba saba", "watu 3,500"): the figure starts with it.
            if (before := _noun_before(text, low, lex, left, lo)):
                left, noun = before[0], (pos, before[1])
                if qualifier is None and (qual := _match_before(lex.qualifiers, text, low, left, lo, words=3)):
                    qualifier, left = qual[1] or None, qual[0]  # "takriban watu 3,500": about 3,500 people
        elif not lex.units_before:
            noun = noun or (None if scale_linked else _noun(text, low, lex, pos, hi, kind == "ordinal"))
            if noun is None and kind == "number" and a.digits and scale == 1.0 and (subject := _copula_subject(text, low, lex, left, pos, lo, hi)):
                noun = (pos, subject)
        if noun and kind == "number" and _YEAR_AHEAD.match(low, _skip_space(text, noun[0], hi), hi):
            # "49 200 fin 2024", "Ende 2024": a word before a year says when, it counts nothing
            # (an ordinal's noun may: "la troisième depuis 2021").
            noun = None
        if noun is None and kind == "number" and (scale != 1.0 or a.word and value >= _WORD_MIN or lex.count_of and (
                a.digits or a.word and value >= _COUNTED_WORD_MIN)) and (link := lex.of.match(text, low, _skip_space(text, pos, hi))):
            # "un millón de marroquíes": the scale's noun is counted; so is the noun of a figure
            # where the language links every larger count to its noun ("1.002.151 de etnici maghiari"),
            # in digits or in words of hundreds and more (Somali "shan kun oo arday", as "5 kun oo arday").
            noun = _noun(text, low, lex, link[0], hi)
        if noun and kind == "number" and lex.name_marks.entries and (mark := lex.name_marks.match(text, low, _skip_space(text, pos, hi))):
            # "three Type 209 frigates": a designation and its number name what is counted, the noun after them.
            design = _DIGITS.match(text, _skip_space(text, mark[0], hi))
            noun = _noun(text, low, lex, design.end(), hi) if design else noun
        if noun:
            n_end, unit_word = noun
            unit = ORDINAL if kind == "ordinal" else unit_word
            if kind == "number":
                kind = "count"
                if pair := _gender_pair(text, low, lex, unit_word, n_end, hi):
                    unit, n_end = pair
            pos = n_end
        elif a.ordinal:
            return None, a.end  # "Po trzecie,": an ordinal word counts only before its noun
    if a.weak and kind not in ("duration",) and scale == 1.0 and not (kind == "percent" and _one_percent(text, low, lex, a, hi)):
        return None, a.end
    if a.weak and kind == "duration" and scale == 1.0 and (w := _word_before(low, a.start, lo)[1]) and w not in lex.stop:
        # "3,000 professionals a year", "twice a week": a rate, not one year; "for a year" stays.
        return None, a.end
    if a.weak and kind == "duration" and scale == 1.0 and i > 0 and not low[atoms[i - 1].end : a.start].strip():
        # "USD 550,000 a day": right after a figure, a rate too.
        return None, a.end
    if (a.weak and kind == "duration" and scale == 1.0 and (j := _back_space(low, a.start, lo)) > lo
            and not low[j - 1].isalpha() and (low[j - 1].isalnum() or low[j - 1] in _RATE_SIGNS)):
        # "5% a year", "32 billion m3 a year": right after a figure's sign or unit symbol, a rate too.
        return None, a.end
    if (a.weak and kind == "duration" and scale == 1.0 and lex.adjectives_after and _word_before(low, a.start, lo)[1] in lex.stop
            and _adjective_after(text, lex, pos, hi)):
        # "Es un día histórico": a kind of day, not one day ("Un mese di negoziati" stays).
        return None, a.end
    if a.digits and kind in ("count", "number", "year") and _quoted_name(text, a.start, lo, hi):
        return Figure(a.start, pos, value, kind="name"), pos
    if a.word and not a.digits and unit is None and scale > 1.0 and low[pos : pos + 1] == "-" and low[pos + 1 : pos + 2].isalpha():
        return None, pos  # "a billion-euro project", "eine Millionen-Frage": a scale word in a compound, no amount
    if a.vague and kind == "number" and unit is None and (scale > 1.0 or a.value >= _VAGUE_SCALE_WORD):
        # "hundreds of millions" of nothing named ("Dăm sute de milioane peste Prut"): neither an
        # amount nor a count to list; with a currency or a noun it stays ("at least 100 m EUR").
        # So is a vague plural of a large scale by itself (hi करोड़ों के समझौते, deals worth crores).
        return None, pos
    if a.vague and kind == "count" and value >= _VAGUE_COUNT_MAX:
        # mr "लाखो कोटींचे करार" (lakhs of crores of deals): a vague multiple of a scale beyond any
        # count of things or people is a way of saying "very many", no figure.
        return None, pos
    return Figure(left, pos, value, value_end, unit, qualifier, kind, a.word), pos


# Beyond every count of people (some 8e9) or things a report gives: a vague count this large is rhetoric.
_VAGUE_COUNT_MAX = 1e10


# A year, a short preposition before it, ending where a figure (or its article) starts: "nel 2025 ".
_YEAR_BEFORE = re.compile(r"(?:(?<!\w)[^\W\d_]{1,4}\s+)?(?<!\d)(?:19|20)\d\d\s+$")
_YEAR_BEFORE_REACH = 12


def _times(value: float, scale: float) -> float:
    """value × scale as written: 4,1 × 10⁹ is 4100000000, not the float product 4099999999.9999995."""
    from decimal import Decimal  # only for scaled figures, a few per article

    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _ordinal_fraction(low: str, lex: Lexicon, end: int) -> bool:
    """Whether the fraction's last word, ending at `end`, is also an ordinal of the language (en "third", it "terzo")."""
    k = end
    while k > 0 and low[k - 1].isalpha():
        k -= 1
    hit = lex.ordinals.match(low, low, k)
    return bool(hit) and hit[0] == end


def _noun_after_fraction(text: str, low: str, lex: Lexicon, end: int, hi: int) -> bool:
    """Whether a lower-case word that is no function word, "of" word, scale or unit follows a fraction's words."""
    p = _skip_space(text, end, hi)
    m = _WORD.match(low, p, hi) if p > end else None
    # "a third lower", "een derde minder": a comparative after the share makes it a change by that share, no noun.
    return (bool(m) and text[p].islower() and m.group() not in lex.stop and not lex.of.match(text, low, p)
            and not lex.scales.match(text, low, p) and not _unit_hit(text, low, lex, p, hi)
            and not lex.sections["comparatives"].match(text, low, p))


def _glued_name(text: str, low: str, lex: Lexicon, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a small figure ends a name ("de stroomkabel Estlink 2 tussen", "Nord Stream 2."):
    a capitalised word right before it, not opening its sentence, nor a month or weekday, and
    only a function word or a mark after it (no noun it counts)."""
    w0 = start - 2
    k = w0
    while k >= lo and (text[k].isalpha() or text[k] in "-"):
        k -= 1
    word = text[k + 1 : start - 1]
    b = _back_space(text, k + 1, lo)
    if word.islower() and word in _series_and_words(lex.lang) and b > lo and text[b - 1].isdigit():
        # "Estlink 1 and 2 together": the second of two numbers of one name ends the name too.
        d = b
        while d > lo and text[d - 1].isdigit():
            d -= 1
        return d - 1 > lo and text[d - 1] == " " and _glued_name(text, low, lex, d, b, lo, hi)
    if len(word) < 3 or not word[0].isupper() or not word[1:].replace("-", "").islower() or not word.isalpha():
        return False
    p = _skip_space(text, end, hi)
    m = _WORD.match(low, p, hi) if p < hi else None
    # A sentence's first word is capitalised anyway, unless the text numbers it more than once ("Estlink 2
    # breaking in 2024 …" beside "Estlink 1", or "Estlink 1 and 2"): then it names a member of a series.
    series = _numbered_series(text, word) or (
        # "Estlink 1 and 2 together": two numbers of one name; "Between 30 and 40", a range, opens with its word.
        bool(m) and m.group() in _series_and_words(lex.lang) and (q := _skip_space(text, m.end(), hi)) < hi
        and text[q].isdigit() and not lex.ranges.match(text, low, k + 1) and fold(word).lower() not in lex.stop)
    if (b <= lo or text[b - 1] in ".!?:;\"«»“”„(\n•▪◦⁃●►*-–") and not series:
        return False
    folded = fold(word)
    if _month(folded, lex) or _month_caps(word, lex.lang) or _weekday(folded, lex.lang):
        return False
    if p >= hi or not text[p].isalnum():
        return p >= hi or text[p] in ".,;:)"
    if bool(m) and (m.group() in lex.stop or series and not _unit_hit(text, low, lex, p, hi)
                    and not lex.scales.match(text, low, p) and not lex.currencies.match(text, low, p)):
        return True
    # "del Movimento 5 Stelle Davide Ferraris": a capitalised word on each side (where only names are
    # capitalised) makes the figure the middle of a name; no scale or unit after it ("Ukraine 5 Milliarden")
    # nor a country before it ("gave Ukraine 5 Patriot systems": the count of the name after it).
    from digest import places

    return (bool(m) and not lex.nouns_capitalised and text[p].isupper() and end < p <= end + 1
            and not lex.scales.match(text, low, p) and not lex.currencies.match(text, low, p)
            and places.lookup(word) is None and places.demonym(word) is None)


def _numbered_series(text: str, word: str) -> bool:
    """Whether the text writes `word` before a small figure at least twice ("Estlink 1", "Estlink 2")."""
    # (Two matches need the word twice: most words are written once, and spare the search. The word opens the
    # pattern, its start tested behind it, so that the search looks for the word in C, not at every position.)
    if text.count(word) < 2:
        return False
    w = re.escape(word)
    return len(re.findall(rf"{w}(?<!\w{w})[ \u00a0]\d{{1,2}}(?!\d)", text)) > 1


@cache
def _series_and_words(lang: str) -> frozenset[str]:
    from digest.speakers import and_words

    return and_words(lang)


# Marks after which a capital opens a sentence, a quote or a bracket, not a name.
_OPENERS = ".!?:;\"«»“”„(\n"
# A lower-case word of five letters or more: a line with one is prose, not a title-case headline.
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-ÿа-яѐ-џґąćęłńóśźżčďěňřšťůžőűğışçăâîșț]{5,}")


@cache
def _name_heads() -> tuple[str, ...]:
    """Head nouns opening a grouping's name (data/any/name_heads.txt); stems end in '*'."""
    return tuple(w.rstrip("*") for w, _ in _word_list("digest.data.any", "name_heads.txt"))


def _name_number(text: str, lex: Lexicon, a: _Atom, lo: int, hi: int) -> bool:
    """Whether the spelled number word at a is part of a proper name: capitalised inside a prose
    sentence ("the Three Seas Initiative", "Gruppo dei Sette"), or right after a capitalised head
    noun of a grouping's name ("Inicijativa triju mora", "Iniciatíva troch morí")."""
    b = _back_space(text, a.start, lo)
    if b <= lo or text[b - 1] in _OPENERS:
        return False  # a sentence's or quote's first word is capitalised anyway
    if text[b - 1] in "–—-" and not text[max(lo, text.rfind("\n", lo, b - 1) + 1) : b - 1].strip():
        return False  # "– Nio av tio hushåll …": a dash opening its line opens a quote (sv, fi, es dialogue)
    if text[a.start].isupper():
        # A title-case headline capitalises its counts too ("Poland Signs Two Deals").
        line_lo = max(lo, text.rfind("\n", lo, a.start) + 1)
        line_hi = text.find("\n", a.end, hi)
        return bool(_LOWER_WORD.search(text, line_lo, hi if line_hi < 0 else line_hi))
    k = b
    while k > lo and text[k - 1].isalpha():
        k -= 1
    word = text[k:b]
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower():
        return False
    head = word.lower()
    return any(head.startswith(h) for h in _name_heads())


def _particle_between_names(text: str, low: str, a: _Atom, lo: int, hi: int) -> bool:
    """Whether the number word at a is a lower-case name particle (data/any/particles.txt) between
    two capitalised words: a name's link ("Faysal bin Ferhan",
    tr "bin" = thousand), never a figure, as a count is not written between two names."""
    if not text[a.start].islower() or low[a.start : a.end] not in _particle_words():
        return False
    b = _back_space(text, a.start, lo)
    nxt = _skip_space(text, a.end, hi)
    if b == a.start or nxt == a.end or nxt >= hi or not text[nxt].isupper():
        return False
    k = b
    while k > lo and text[k - 1].isalpha():
        k -= 1
    # The word before is a bare capitalised name: one with a case ending after an apostrophe
    # ("Almanya'ya bin Türk") ends on lower-case letters and is not.
    return k < b and text[k].isupper()


def _code_before(text: str, low: str, lex: Lexicon, start: int, lo: int) -> bool:
    """Whether an all-capitals code of two to four letters stands right before the digits at start,
    one space between ("JAS 39", "COP 30"): a model's or an event's designation, not a figure; a
    currency code ("EUR 10", "PLN 400") is the figure's unit."""
    k = start - 1
    while k > lo and text[k - 1].isalpha():
        k -= 1
    word = text[k : start - 1]
    if not 2 <= len(word) <= 4 or not word.isupper() or (k > lo and not text[k - 1].isspace()):
        return False
    return lex.currencies.match(text, low, k) is None


def _before_prefix(text: str, lex: Lexicon, at: int, lo: int) -> int:
    """Where the [hyphen_prefixes] word glued to the figure starting at `at` starts ("angu-12": its "a"), else at:
    the words before a figure (qualifier, percent word) are looked for before it."""
    if not _prefix_hyphen(text, lex, at - 1, lo):
        return at
    k = at - 1
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return k


def _prefix_hyphen(text: str, lex: Lexicon, hyphen: int, lo: int) -> bool:
    """Whether the hyphen at hyphen joins a [hyphen_prefixes] word to the figure after it: Zulu glues its copulas
    and concords so ("ngu-R45", "angu-12", "kuka-20 000"), which make the figure the sentence's, no "F-16"."""
    if not lex.hyphen_prefixes.entries or hyphen <= lo or text[hyphen] != "-":
        return False
    k = hyphen
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return (k == lo or not text[k - 1].isalnum()) and text[k:hyphen].lower() in lex.hyphen_prefixes.forms


def _currency_letter(text: str, low: str, lex: Lexicon, a: _Atom, lo: int, hi: int) -> int | None:
    """Where a one-letter currency glued to the figure starts ("R14 billion", "R2,5 miljard"), when
    the figure reads as a sum: a scale word follows or it has thousands or decimals ("R2" alone is a
    road or a code). Whose money it is, and whether the article is about that country, is settled per
    article (_letter_currency)."""
    at = a.start - 1
    if at < lo or (at > lo and (text[at - 1].isalnum() or text[at - 1] in "-_/") and not _prefix_hyphen(text, lex, at - 1, lo)
                   ) or not lex.letter_currencies.entries:
        return None
    if not any(e[0] == text[at] for e in lex.letter_currencies.entries):
        return None
    if not re.search(r"[.,'’\u00a0\u202f\u2009 ]\d", a.digits) and not lex.scales.match(text, low, _skip_space(text, a.end, hi)):
        return None
    return at


def _currency_code(text: str, low: str, lex: Lexicon, a: _Atom, lo: int, hi: int) -> tuple[int, str] | None:
    """Where a currency code glued to the figure starts and its currency ("RM4.2 bilion", "USD1
    billion", "EUR3m"), when the figure reads as a sum: a scale word or letter follows, or it has
    thousands ("PHP7.4" or "COP30" alone is a version or an event's name)."""
    k = a.start
    while k > lo and text[k - 1].isalpha() and a.start - k <= 4:
        k -= 1
    if k > lo and (text[k - 1].isalnum() or text[k - 1] in "-_/"):
        return None
    unit = _glued_codes(lex.lang).get(text[k : a.start])
    if unit is None:
        return None
    at = _skip_space(text, a.end, hi)
    if not (re.search(r"\d[.,'’\u00a0\u202f\u2009 ]\d{3}(?!\d)", a.digits) or lex.scales.match(text, low, at)
            or _glued_scale(text, low, lex, a.end, hi, True)):
        return None
    return k, unit


# A bound after a negation turns round ("no more than", "não … mais de", "pas moins de").
_NEGATED = {"more than": "at most", "less than": "at least"}
# Words between a negation and the bound it turns ("non dovrà costare più di").
_NEGATION_WORDS = 3


def _negation(low: str, lex: Lexicon, pos: int, lo: int) -> int | None:
    """Where a word of [negations] stands among the few words before pos, in its clause."""
    for _ in range(_NEGATION_WORDS):
        i, word = _word_before(low, pos, lo)
        if not word or low[i + len(word) : pos].strip():
            return None  # a comma or a bracket between: another clause
        if word in lex.negations.forms:
            return i
        pos = i
    return None


# Qualifiers that round an amount; bounds ("over", "above 2019 levels") are prepositions before a year too.
_ROUNDING = frozenset({"about", "almost"})


def _rounded_count(text: str, low: str, lex: Lexicon, pos: int, hi: int) -> bool:
    """Whether a counted noun follows a rounded year-like figure ("rund 2000 deutsche Unternehmen");
    where nouns are capitalised, a lower-case word is a verb ("etwa 2025 begann")."""
    noun = _noun(text, low, lex, pos, hi)
    return noun is not None and (not lex.nouns_capitalised or noun[1][:1].isupper())


# Scale letters glued to an amount ("£40m", "40m euros", "$15k"): alone they are metres or a
# grade, so only a currency before or after the figure makes them scales.
# Signs that end a figure: a weak duration word after one is its rate ("5% a year").
_RATE_SIGNS = "%‰"


def _rate_divisor(text: str, low: str, lex: Lexicon, a: _Atom, lo: int) -> bool:
    """Whether a scale word alone follows a [per] word right before it ("10 dollars par million de
    BTU", "per million"): the unit a price is given in, no amount."""
    if not lex.per.entries or lex.scales.match(text, low, a.start) is None:
        return False
    b, w = _word_before(low, a.start, lo)
    return bool(w) and lex.per.match(text, low, b) is not None


def _hyphened_scale(text: str, low: str, lex: Lexicon, a: _Atom, pos: int, first: bool, hi: int) -> tuple[int, str] | None:
    """The scale hyphened to the digits that end at pos ("C$56-billion", "$5-million"), as a spaced
    one; not the first word of a compound ("a 56-billion-dollar deal")."""
    if not first or not a.digits or pos != a.end or text[pos : pos + 1] != "-":
        return None
    hit = lex.scales.match(text, low, pos + 1)
    if hit is None or hit[0] < hi and text[hit[0] : hit[0] + 1] in "-\u2010\u2011" or _WORD_CHAR.match(text, hit[0]):
        return None
    return hit


_GLUED_SCALES = {"m": 1e6, "k": 1e3}


def _glued_scale(text: str, low: str, lex: Lexicon, pos: int, hi: int, money: bool) -> tuple[float, int] | None:
    """The scale and end of a letter glued to a money figure at pos ("£40m" is 40 million)."""
    factor = _GLUED_SCALES.get(low[pos : pos + 1])
    if factor is None or pos + 1 < hi and _WORD_CHAR.match(text, pos + 1) or not pos or not text[pos - 1].isdigit():
        return None
    nxt = _skip_space(text, pos + 1, hi)
    # A measurement unit after the letter ("1m tonnes", "2.5m barrels") rules out metres: a scale.
    if not money and not lex.currencies.match(text, low, nxt) and not lex.units.match(text, low, nxt):
        return None
    return factor, pos + 1


def _adjective_after(text: str, lex: Lexicon, pos: int, hi: int) -> bool:
    """A lowercase content word right after pos, as an adjective follows its noun (día histórico)."""
    p = _skip_space(text, pos, hi)
    m = _WORD.match(text, p) if p < hi else None
    return bool(m) and text[p].islower() and m.group().lower() not in lex.stop


def _units_before(text: str, low: str, lex: Lexicon, start: int, lo: int) -> tuple[int, float, str | None, str] | None:
    """The scale words and the currency, unit or time word written before a figure in digits where the language
    puts them there (Swahili "dola milioni 300", "shilingi bilioni 120", "bilioni 2.5", "kilomita 600", "miaka
    10"): the figure's new start, its scale, its unit and its kind; None where none stands before it. Read word
    by word back from the digits, so it costs a figure a few look-ups, never a scan of the text."""
    left, scale = start, 1.0
    while (hit := _match_before(lex.scales, text, low, left, lo, words=1)) and float(hit[1]) >= 1e3:
        scale, left = scale * float(hit[1]), hit[0]
    for section, kind in ((lex.currencies, "money"), (lex.units, "measure"), (lex.time, "duration")):
        if (hit := _match_before(section, text, low, left, lo, words=3)):
            return hit[0], scale, hit[1], kind
    return (left, scale, None, "number") if scale != 1.0 else None


def _percent_first(
    text: str, low: str, lex: Lexicon, atoms: list[_Atom], i: int, pc: tuple[int, str], lo: int, hi: int
) -> tuple[Figure, int]:
    """A share written sign or word first ("yüzde 20", "%20"), with its qualifier before and a
    range's second end after ("yüzde 5 ila 7", "yüzde 5-7")."""
    a = atoms[i]
    left, qualifier = pc[0], None
    qual = _match_before(lex.qualifiers, text, low, left, lo, words=3)
    if qual:
        qualifier, left = qual[1] or None, qual[0]
    end, value_end = a.end, None
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if nxt and nxt.value == 100 and (out := lex.out_of.match(text, low, _skip_space(text, a.end, hi))) and _skip_space(
            text, out[0], hi) == nxt.start:
        # "kashi 40 cikin 100" (Hausa: a share of 40 in 100): the hundred is the percent word's, no figure of its own.
        return Figure(left, nxt.end, a.value, unit=pc[1] or PERCENT, qualifier=qualifier, kind="percent", word=a.word), nxt.end
    if nxt and nxt.digits and nxt.value > a.value:
        p = _skip_space(text, a.end, hi)
        hit = lex.bare_ranges.match(text, low, p)
        gap = hit[0] if hit else p + 1 if text[p : p + 1] in "-–" else None
        if gap is not None and _skip_space(text, gap, hi) == nxt.start:
            end, value_end = nxt.end, nxt.value
        elif qualifier is None and (opened := _opened_range(text, low, lex, left, a.end, nxt, lo, hi)) is not None:
            left, end, value_end = opened, nxt.end, nxt.value  # "kati ya asilimia 5 na 7": between 5 and 7 %
    return Figure(left, end, a.value, value_end=value_end, unit=pc[1] or PERCENT, qualifier=qualifier, kind="percent", word=a.word), end


def _opened_range(text: str, low: str, lex: Lexicon, left: int, end: int, nxt: _Atom, lo: int, hi: int) -> int | None:
    """Where a range opened by a [ranges] word before a share written word first starts, its second end right
    after the opener's joiner ("kati ya asilimia 5 na 7"); None where no opener stands before it."""
    opener = _match_before(lex.ranges, text, low, left, lo, words=2)
    if opener is None or not opener[1]:
        return None
    joiner = opener[1].split()[0]
    p = _skip_space(text, end, hi)
    if low.startswith(joiner, p) and not low[p + len(joiner) : p + len(joiner) + 1].isalnum() and _skip_space(text, p + len(joiner), hi) == nxt.start:
        return opener[0]
    return None


# Tens a decade is named by ("anni Sessanta", "les années soixante").
_DECADES = frozenset(10.0 * k for k in range(1, 10))


def _decade(text: str, low: str, lex: Lexicon, pos: int, lo: int) -> bool:
    """Whether the spelled tens at pos name a decade: a plural year word stands before it, maybe
    across other tens and joiners ("negli anni Cinquanta e Sessanta")."""
    for _ in range(4):
        at, word = _word_before(low, pos, lo)
        if not word:
            return False
        hit = lex.time.match(word, word, 0)
        if hit and hit[0] == len(word):
            # Plural only: "un anno sessanta" is no decade.
            return hit[1] == "years" and word.endswith(("i", "s"))
        if word not in lex.joiners.forms and parse_words(word, lex) not in _DECADES:
            return False
        pos = at
    return False


_OPEN_QUOTES = "\"“«„‘‹'"
_CLOSE_QUOTES = "\"”»“’›'"
_QUOTED_NAME = 60
_OPEN_QUOTE = re.compile(f"[{re.escape(_OPEN_QUOTES)}]")


def _quoted_name(text: str, start: int, lo: int, hi: int) -> bool:
    """Whether the figure at start is part of a short quoted name, every word capitalised
    ("the so-called "123 Agreement"", «Vision 2030»): a treaty or programme, not a figure."""
    floor = max(lo, start - _QUOTED_NAME)
    # Most figures have no opening quote before them: one search rules them out.
    if not _OPEN_QUOTE.search(text, floor, start):
        return False
    # str.rfind/find, not a loop over characters: this runs for most figures in digits.
    i = max(text.rfind(q, floor, start) for q in _OPEN_QUOTES) + 1
    if i <= floor or any(c in text[i:start] for c in ".!?\n"):
        return False
    end = min(hi, start + _QUOTED_NAME)
    j = min((k for q in _CLOSE_QUOTES if (k := text.find(q, start, end)) >= 0), default=-1)
    if j < 0 or any(c in text[start:j] for c in "!?\n"):
        return False
    words = _WORD.findall(text, i, j)
    return bool(words) and len(words) <= 5 and all(w[:1].isupper() for w in words)


def _change_end(text: str, low: str, lex: Lexicon, atoms: list[_Atom], i: int, at: int, lo: int) -> bool:
    """Whether the qualifier at `at` before atoms[i] is the joiner of a change or range opened
    before the previous figure ("с 40 до 25", "from 65% to 36%"): "до" there is no "up to"."""
    if i == 0 or not lex.ranges.entries:
        return False
    prev = atoms[i - 1]
    if prev.end > at or len(fold(text[prev.end : at]).split()) > 1:
        return False
    word = _WORD.match(low, at)
    opener = _match_before(lex.ranges, text, low, prev.start, lo, words=1)
    return bool(word and opener and word.group() in opener[1].split())


def _suffix_range(text: str, low: str, lex: Lexicon, gap_start: int, gap_end: int, second_end: int, hi: int) -> bool:
    """Whether the one word between two figures (gap_start to gap_end) and the word after the second
    are one word closed by the case endings of a [suffix_ranges] pair, which say "from … to" where
    the language has no words for it (uz "30 soatdan 40 soatgacha": 30 to 40 hours)."""
    if not lex.suffix_ranges.entries:
        return False
    first = low[gap_start:gap_end].strip()
    second = _WORD.match(low, _skip_space(text, second_end, hi))
    if second is None or not first.isalpha():
        return False
    return any(
        first.endswith(suffix) and second.group().endswith(joiner) and first[: -len(suffix)] == second.group()[: -len(joiner)]
        for suffix, joiner, _, _ in lex.suffix_ranges.entries
    )


_TARGET_GAP = 3


def _two_levels(
    text: str, low: str, lex: Lexicon, opener: int, first_end: int, second: _Atom, lo: int, hi: int, joiner: str
) -> bool:
    """Whether "from X to Y" tells a change's two levels, not a range: a qualifier on the second end
    alone ("de la 1,75 la circa 4": a range's ends share one precision), or a word of change right
    before it ("povećan s 2,9 na 6,1", "increased from 2 to 3") or a verb of moving from one level
    to another ([level_moves]: "passer de 22 % à 30 %"); not "between … and" ("cresceram entre 8%
    e 10%"). A percentage after a word of change stays a range of growth when the opener is one of
    [growth_ranges], which also means "by" or only ever opens ranges ("wzrośnie od 10 do 12 proc.",
    "augmenter de 10 à 12 %"); with other openers it is the change's two levels ("wzrósł z 22 do
    30 proc.", "risen from 22% to 30%")."""
    qual = _match_before(lex.qualifiers, text, low, second.start, first_end, words=2)
    if qual is not None and qual[0] > _skip_space(text, first_end, hi):
        return True  # the joiner itself may be a qualifier elsewhere (pl "do": up to)
    if joiner in lex.joiners.forms:
        return False
    if _match_before(lex.level_moves, text, low, opener, lo, words=1) is not None:
        return True
    if _match_before(lex.growth, text, low, opener, lo, words=1) is None:
        return False
    if not lex.percent.match(text, low, _skip_space(text, second.end, hi)):
        return True
    by = lex.growth_ranges.match(text, low, opener)
    return by is None or text[by[0] : by[0] + 1].isalnum()


def _target_to(text: str, low: str, lex: Lexicon, qual: tuple[int, str], end: int, lo: int) -> bool:
    """Whether a one-word "up to" (qualifier from qual[0] to end) is the "to" of a target verb a
    few words before it ("довести товарооборот до 15 млрд": bring trade to 15 bn, a level, not a
    ceiling); "up to" in two words ("aims to issue up to 100,000 visas") stays a ceiling."""
    if qual[1] != "up to" or not lex.target.entries or len(low[qual[0] : end].split()) != 1:
        return False
    pos = qual[0]
    for _ in range(_TARGET_GAP):
        pos, word = _word_before(low, pos, lo)
        if not word:
            return False
        if lex.target.match(text, low, pos):
            return True
    return False


def _preposition(text: str, low: str, lex: Lexicon, at: int, kind: str, lo: int) -> bool:
    """Whether the qualifier at `at` is a preposition linking a noun to the figure ("ein Auftrag
    über sechs U-Boote", "maintenance over 10 years"), not "more than" ("um über 8 Milliarden",
    "worth over £6bn"): it is one of [prepositions] and a noun stands right before it; where nouns
    are not capitalised, a content word before a count or a duration."""
    hit = lex.prepositions.match(text, low, at)
    if not hit or text[hit[0] : hit[0] + 1].isalnum():
        return False
    j = _back_space(text, at, lo)
    if kind == "duration" and j > lo and (text[j - 1] in ")]" or text[j - 1].isdigit()):
        return True  # "worth C$3bn (£1.6bn) over five years": a figure's span, not "more than"
    i, word = _word_before(text, at, lo)
    if not word or word.lower() in lex.stop:
        return False
    if lex.nouns_capitalised:
        j = _back_space(text, i, lo)
        # (The full stop of a scale's abbreviation ends no sentence: "6 Mrd. Euro über zehn Jahre".)
        k = _word_before(low, j, lo)[0] if j > lo and text[j - 1] == "." else j
        abbreviated = k < j and (hit := lex.scales.match(text, low, k)) is not None and hit[0] == j
        return word[:1].isupper() and not (j == lo or text[j - 1] in ".!?:\"„“«»" and not abbreviated)
    low_word = fold(word).lower()
    lasting = lex.lasting.match(low_word, low_word, 0)
    if kind == "duration" and lasting and lasting[0] == len(low_word):
        return False  # "spent over 10 years": a verb of time before it, so "more than"
    return kind in ("duration", "count", "number") and not word.endswith(lex.verb_endings or ("\0",))


def _day_in_brackets(text: str, low: str, lex: Lexicon, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] is the day of the month bracketed after a weekday, as Brazilian
    papers date events ("nesta segunda-feira (1º)"): a date, not a rank."""
    if not (start > lo and text[start - 1] == "(" and end < hi and text[end] == ")"):
        return False
    words = low[max(lo, start - _LOOKBACK) : start - 1].split()
    return bool(words) and _weekday(words[-1].strip(",."), lex.lang)


def _unit_hit(text: str, low: str, lex: Lexicon, pos: int, hi: int) -> tuple[int, str] | None:
    """A percent sign or a unit of measure right after pos (spaces skipped), as (end, unit)."""
    p = _skip_space(text, pos, hi)
    if not lex.unit_starts.match(low, p):
        return None
    for section, default in ((lex.percent, PERCENT), (lex.units, None)):
        if hit := section.match(text, low, p):
            return hit[0], hit[1] or default
    return None


def _group_after(
    text: str, low: str, lex: Lexicon, atoms: list[_Atom], i: int, pos: int, hi: int, scale: float
) -> tuple[float, int] | None:
    """The digits that go on a figure's group after its scale: before a larger scale ("56 mil
    400 millones"), as (their value, where they end); or as the remainder below it ("4 mil 500"
    is 4,500, "2 millones 300 mil" is 2,300,000), as (their scaled value, where they end)."""
    nxt = next((b for b in atoms[i + 1 : i + 3] if b.start >= pos), None)
    if not nxt or not nxt.digits or nxt.start != _skip_space(text, pos, hi) or not nxt.value < scale:
        return None
    big = lex.scales.match(text, low, _skip_space(text, nxt.end, hi))
    if big and float(big[1]) > scale:
        return nxt.value, nxt.end
    if not nxt.digits.isdigit():
        return None
    # A remainder is written whole: below the scale, and below 1,000 unless a smaller scale follows.
    if big and nxt.value * float(big[1]) < scale and nxt.value < 1000:
        return nxt.value * float(big[1]), big[0]
    if not big and scale == 1e3 and len(nxt.digits) <= 3:
        return nxt.value, nxt.end
    return None


def _joiner_words(text: str, low: str, lex: Lexicon, start: int, end: int, lo: int) -> list[str]:
    """The words between two figures that may join them as a range's or a change's ends: a [qualifiers]
    phrase of the second ends it, not the joiner ("de 45 % à moins de 13 %", "from 45% to less than 13%"
    is a change from 45 %, as "de 45 % à 13 %" is)."""
    words = fold(text[start:end]).split()
    if len(words) > 2 and (q := _match_before(lex.qualifiers, text, low, end, max(lo, start))) and q[0] > start:
        return fold(text[start : q[0]]).split()
    return words


def _plus_joined(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether digits are joined to others by a plus sign ("2+2", "5+1"): a format's name, no figure."""
    return (start - 2 >= lo and text[start - 1] == "+" and text[start - 2].isdigit()) or (
        end + 1 < hi and text[end] == "+" and text[end + 1].isdigit()
    )


def _scaled_range(
    text: str, low: str, lex: Lexicon, atoms: list[_Atom], i: int, left: int, pos: int, value: float, lo: int, hi: int
) -> tuple[Figure, int] | None:
    """The second end of a range whose first end (value, scaled, ending at pos) has its own scale,
    and where the range starts (its opener, if any): "(tussen) 800 miljoen tot/en 1 miljard euro"."""
    nxt = next((k for k in range(i + 1, min(i + 3, len(atoms))) if atoms[k].start >= pos), None)
    if nxt is None or atoms[nxt].ordinal:
        return None
    words = low[pos : atoms[nxt].start].split()
    if len(words) != 1:
        return None
    art = _match_before(lex.articles, text, low, left, lo, words=1)
    opener = _match_before(lex.ranges, text, low, art[0] if art else left, lo, words=1)
    if opener and opener[1] and words[0] == opener[1].split()[0]:
        start = opener[0]
    elif _whole(lex.bare_ranges, words[0]):
        start = left
    else:
        return None
    end, _ = _figure(text, low, lex, atoms, nxt, lo, hi)
    # A range's ends are close: a second end ten times the first is another figure. A count's
    # noun closes a range too ("entre 15 mil y 18 mil empleos").
    if end is None or end.kind not in ("money", "percent", "measure", "count") or end.value_end is not None or not value < end.value <= 10 * value:
        return None
    return end, start


def _currency_before(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Whether the currency name at text[start:end] may stand before its figure: a symbol or a
    code ("$", "US$", "EUR", "Rs"), not a plain word, which is often a common word too ("won 400
    seats", "вон там", "Real"): a currency word counts only after its figure ("5 млрд вон")."""
    name = text[start:end]
    # An entry written with a capital ("Rs") matches only as written: it is an abbreviation.
    return not name.isalpha() or name.isupper() or any(e[3] and e[0] == name for e in lex.currencies.entries)


def _in_idiom(text: str, low: str, lex: Lexicon, a: _Atom, lo: int) -> bool:
    """Whether a number word belongs to an idiom that counts nothing ("unter vier Augen")."""
    pos = a.start
    firsts = lex.idioms.by_first  # most words start with no idiom's letter: no match() call for them
    for _ in range(3):
        hit = lex.idioms.match(text, low, pos) if low[pos : pos + 1] in firsts else None
        if hit and hit[0] >= a.end:
            return True
        pos, w = _word_before(low, pos, lo)
        if not w:
            return False
    return False


def _address_number(text: str, low: str, lex: Lexicon, pos: int, hi: int) -> bool:
    """Whether the marked number ending at pos names a place that acts ("No 10 called", "No. 10
    Downing Street"): before a capitalised word or a speech verb it ranks nothing.
    """
    p = _skip_space(text, pos, hi)
    if p == pos or p >= hi:
        return False
    if _CAPITAL_FIRST.match(text, p):
        return True
    hit = lex.verbs.match(text, low, p)
    return bool(hit) and not text[hit[0] : hit[0] + 1].isalpha()


def _scale_or_time_at(text: str, low: str, lex: Lexicon, pos: int, hi: int) -> bool:
    """Whether a scale word or a time unit follows pos, maybe after a linking word ("a couple of years")."""
    p = _skip_space(text, pos, hi)
    first = low[p : p + 1]
    if first not in lex.scales.by_first and first not in lex.time.by_first and first not in lex.of.by_first:
        return False  # asked after every "a" and "un": most are ruled out by the next letter alone
    return bool(lex.scales.match(text, low, p) or lex.time.match(text, low, p) or _after_of(lex.time, text, low, p, lex, hi))


def _one_percent(text: str, low: str, lex: Lexicon, a: _Atom, hi: int) -> bool:
    """Whether a weak word that is a cardinal (lv "vienu", de "ein", en "one") stands right before a percent
    word: "mazāk par vienu procentu", "ein Prozent" are 1 %; an article alone ("a percentage") is no cardinal."""
    if low[a.start : a.end] not in lex.words:
        return False
    return bool(lex.percent.match(text, low, _skip_space(text, a.end, hi)))


def _line_start(text: str, pos: int, lo: int) -> bool:
    """Whether pos starts a line, a sentence or follows a colon (list markers live there)."""
    j = _back_space(text, pos, lo)
    return j <= lo or text[j - 1] in "\n:.;!?"


def _after_of(section: _Phrases, text: str, low: str, p: int, lex: Lexicon, hi: int) -> tuple[int, str] | None:
    """A currency or unit after a linking word ("miliardi di dollari", "millions of dollars")."""
    linked = _linked(text, low, lex, p, hi)
    return None if linked is None else section.match(text, low, linked)


def _linked(text: str, low: str, lex: Lexicon, p: int, hi: int) -> int | None:
    """Where the word after a linking word at p starts, if one is there ("of", "di")."""
    hit = lex.of.match(text, low, p)
    return None if not hit or hit[0] >= hi else _skip_space(text, hit[0], hi)


def _compound(tok: str, lang: str) -> tuple[float, str] | None:
    """A compound adjective of a number and a time unit: dwudniową, zweitägig, two-day."""
    lex = lexicon(lang)
    heads = [(p, float(v)) for p, v, _, _ in lex.compounds.entries if tok.startswith(p)]
    if "-" in tok:
        head, _, rest = tok.partition("-")
        v = parse_words(head, lex)
        if v is not None:
            heads.append((head + "-", v))
    for prefix, value in heads:
        rest = tok[len(prefix) :]
        hit = lex.time.match(rest, rest, 0) if rest else None
        if hit and hit[0] == len(rest):
            return value, hit[1]
    return None


def _is_date(text: str, low: str, lex: Lexicon, s: int, e: int, lo: int, hi: int) -> bool:
    """A day before a month name, or a year or day after one ("12 novembre", "febbraio 2022"), or a year after a
    slash and such a day (the Ethiopian press's "ኅዳር 3/2018", the month, the day, the year)."""
    if s - 2 >= lo and text[s - 1] == "/" and text[s - 2].isdigit():
        d = s - 2
        while d > lo and text[d - 1].isdigit():
            d -= 1
        if s - 1 - d <= 2 and _is_date(text, low, lex, d, s - 1, lo, hi):
            return True
    p = _skip_space(text, e + (1 if text[e : e + 1] == "." else 0), hi)
    m = _WORD.match(low, p)
    if m and (_month(m.group(), lex) or _month_caps(text[m.start() : m.end()], lex.lang)):
        return True
    if m and (of := lex.of.match(text, low, p)) and (n := _WORD.match(low, _skip_space(text, of[0], hi))):
        # "the 10th of November", "el 10 de noviembre": the day, an [of] word, the month.
        if _month(n.group(), lex) or _month_caps(text[n.start() : n.end()], lex.lang):
            return True
    b, w = _word_before(low, s, lo)
    return _month(w.rstrip("."), lex) or _month_caps(text[b : b + len(w)], lex.lang)


def _month(word: str, lex: Lexicon) -> bool:
    return word in lex.months or word.startswith(_month_stems(lex.lang))


def _month_caps(word: str, lang: str) -> bool:
    """A month abbreviated in capitals, as wire datelines write it ("ROMA, 18 MAR")."""
    return len(word) == 3 and word.isupper() and word.lower() in _month_abbreviations(lang)


@cache
def _month_abbreviations(lang: str) -> frozenset[str]:
    """The first three letters of each month name (mar, giu, set)."""
    return frozenset(m[:3] for m in lexicon(lang).months if len(m) > 3 and m[:3].isalpha())


@cache
def _month_stems(lang: str) -> tuple[str, ...]:
    """Month names listed as stems ("febbra*"): asked about for nearly every figure."""
    return tuple(m[:-1] for m in lexicon(lang).months if m.endswith("*"))


_MODEL = re.compile(r"(?:[A-ZА-ЯЁІЇЄ][^\W\d_]{0,3}-?|[A-ZА-ЯЁІЇЄ]{2,4} )\d+[^\W\d_]?(?!\w)")
"""A model name: a few letters, the first a capital, and digits ("F-35", "Su-57", "A400M", "MiG-29"),
or an all-capitals code and digits ("JAS 39")."""


def _noun(text: str, low: str, lex: Lexicon, pos: int, hi: int, rank: bool = False) -> tuple[int, str] | None:
    """The counted noun after a figure, adjectives skipped ("70 importanti progetti", "5000 deutsche Firmen");
    with rank, the ranked noun, a singular compound ("third largest export market")."""
    p = _skip_space(text, pos, hi)
    if (model := _MODEL.match(text, p, hi)) and model.end() < hi and text[model.end()] in " \u00a0":
        # "48 F-35 fighter jets", "12 Su-57": a model name counts nothing; its noun follows it.
        p = model.end() + 1
    for _ in range(3):
        m = _WORD.match(low, p, hi)
        if not m or low[p - 1 : p] not in " \u00a0" and p != pos:
            return None
        if _memo(_uncounted, lex.lang)[m.group()]:
            return None
        nxt = _WORD.match(low, _skip_space(text, m.end(), hi), hi)
        if nxt and nxt.group() in lex.joiners.forms and text[m.start()].islower():
            from digest import places

            # "120 magyar és litván cégvezető", "80 polskich i litewskich firm": two nationality
            # adjectives joined by "and" qualify the noun after them, which is counted.
            other = _WORD.match(low, _skip_space(text, nxt.end(), hi), hi)
            after = _WORD.match(low, _skip_space(text, other.end(), hi), hi) if other else None
            if (other and after and places.demonym(m.group()) and places.demonym(other.group())
                    and not _memo(_uncounted, lex.lang)[after.group()]):
                p = after.start()
                continue
        if nxt and _skippable(text[m.start() : m.end()], nxt.group(), text[nxt.start()], lex):
            p = nxt.start()
            continue
        if lex.nouns_capitalised and text[m.start()].islower():
            # German: a lower-case word after the adjectives is a verb ending the clause ("die Marke
            # von zehn Milliarden erreichen"), never the counted noun.
            return None
        end = _compound_end(text, low, lex, m, hi, rank)
        return end, _without_ending(text[m.start() : end], lex)
    return None


# The fewest letters a counted noun keeps once its glued postposition is off.
_NOUN_STEM_LEAST = 3


def _without_ending(noun: str, lex: Lexicon) -> str:
    """The counted noun without the postposition its language glues to it ([noun_endings]): Nepali
    "३५ लाख नागरिकलाई" (to 3.5 million citizens) counts नागरिक, not नागरिकलाई."""
    for ending, *_ in lex.sections["noun_endings"].entries:
        if noun.endswith(ending) and len(noun) - len(ending) >= _NOUN_STEM_LEAST:
            return noun[: -len(ending)]
    return noun


_COMPOUND_WORDS = 2


def _compound_end(text: str, low: str, lex: Lexicon, m: re.Match[str], hi: int, rank: bool = False) -> int:
    """Where a counted noun ends: in English the plural head of a compound counts, not the word
    before it ("125 business leaders", "27 EU member states"); a noun already plural is the head.
    A rank's noun is singular: its compound ends where a function word or a mark follows
    ("third most important export market for"; not "first meeting took place")."""
    end = m.end()
    if lex.syllables:
        nxt = _WORD.match(low, end + 1, hi) if low[end : end + 1] == " " else None
        if nxt and text[nxt.start()].islower() and nxt.group() not in lex.stop and not _memo(_uncounted, lex.lang)[nxt.group()]:
            return nxt.end()
        return end
    if not lex.plural_endings:
        return end
    word = m.group()
    for _ in range(_COMPOUND_WORDS):
        if _plural(word, lex):
            return end
        nxt = _WORD.match(low, end + 1, hi) if low[end : end + 1] == " " else None
        # (A script without capitals has no capitalised name to stop at: ps "۱۲ تفاهم لیکونه", 12 memoranda.)
        if not nxt or text[nxt.start()].isupper() or not text[nxt.start()].isalpha() or (
                _memo(_uncounted, lex.lang)[nxt.group()]):
            break
        word, end = nxt.group(), nxt.end()
    if rank and end > m.end() and not word.endswith("ed"):  # "the third summit ended in": a verb
        after = _WORD.match(low, _skip_space(text, end, hi), hi)
        if after is None or after.start() > end + 1 or after.group() in lex.stop:
            return end
    return end if _plural(word, lex) else m.end()


def _plural(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word has a plural ending ("leaders"; not "business", whose s is doubled)."""
    return len(word) > 3 and any(word.endswith(e) and not word.endswith(e + e) for e in lex.plural_endings)


# A case ending after an apostrophe ("40'tan", "2025'te") or a hyphen (kk "50-ге", tr "50-den"). A letter of an
# abugida with its vowel sign or pulli (read as letters: data.marks_as_letters) counts once (ta "100-க்கும்", three).
_CASE_ENDING = re.compile(f"['’-](?:[^\\W\\d_][{data.MARK_LETTERS}]?){{1,5}}(?!\\w)")
# A year standing alone as the next word ("fin 2024", not "2024-25 figures" either way).
_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d(?![\d\w])")
_PAIR_LETTERS = 5
_GENDER_END = 5


def _gender_pair(text: str, low: str, lex: Lexicon, noun: str, pos: int, hi: int) -> tuple[str, int] | None:
    """A counted noun given in both genders ("Nigerianerinnen und Nigerianer", "cittadini e
    cittadine"): one noun, the shorter form when it opens the longer (else the first), and where
    the pair ends; None when no such pair follows."""
    joiner = lex.joiners.match(text, low, _skip_space(text, pos, hi))
    if not joiner or low[pos : pos + 1] not in " \u00a0":
        return None
    other = _WORD.match(text, _skip_space(text, joiner[0], hi), hi)
    if not other or low[joiner[0] : joiner[0] + 1] not in " \u00a0":
        return None
    a, b = noun.lower(), other.group().lower()
    shared = len(commonprefix([a, b]))
    ends = sorted((len(a) - shared, len(b) - shared))
    # Endings of gender only: "-innen" after nothing, "-i"/"-e", "-s"/"-es"; not "Deutsche und Deutschland".
    if a == b or shared < _PAIR_LETTERS or not (ends[0] == 0 and ends[1] <= _GENDER_END or ends[1] <= 2):
        return None
    return (other.group() if a.startswith(b) else noun), other.end()


def _prefixed_verb(word: str, lex: Lexicon) -> bool:
    """Whether the lower-case word opens with one of the language's verb prefixes (lex.verb_prefixes: Swahili
    ili-, ana-, ku-) and three letters more: a finite verb or an infinitive, never a noun of a label."""
    # A relative form after the prefix ("zilizoagizwa", which were imported; "iliyopita", last) qualifies a noun as
    # an adjective does: it may end a label ("bidhaa zilizoagizwa") and names what is measured.
    return any(word.startswith(p) and len(word) >= len(p) + 3 and not word.startswith(lex.relative_markers, len(p))
               for p in lex.verb_prefixes)


def _noun_before(text: str, low: str, lex: Lexicon, left: int, lo: int) -> tuple[int, str] | None:
    """The counted noun right before a figure where nouns precede their numerals (Swahili "mikataba saba",
    "malori zaidi ya 400": left is where the figure and its qualifier start): its start and its words; None
    for a function word, a capitalised word (a name's), a verb (lex.verb_prefixes: "ilifikia 400" counts
    nothing) or no word at all."""
    start, word = _word_before(low, left, lo)
    if not word or not word.isalpha() or _memo(_uncounted, lex.lang)[word]:
        return None
    if not text[start : start + 1].islower():
        from digest import places

        # A people's noun is capitalised ("Wakenya 6,000", Kenyans) and counted; any other capitalised word is a name's.
        if places.demonym(word) is None:
            return None
    if _prefixed_verb(word, lex):
        return None
    return start, text[start : start + len(word)]


_COPULA_SUBJECT = re.compile(r"[.!?;:,()\[\]–—\"“”«»„]")


def _copula_subject(text: str, low: str, lex: Lexicon, left: int, pos: int, lo: int, hi: int) -> str | None:
    """The counted noun of a bare figure ending its clause after a plural "to be" ([count_copulas]):
    the head of the subject after its article ("the Italian companies present in Argentina are more
    than 800", "le aziende italiane … sono oltre 800"); the figure counts it as "800 companies" would."""
    after = _skip_space(text, pos, hi)
    # The clause ends after the figure, or another one is joined on ("are more than 800 and many …").
    if after < hi and not _COPULA_SUBJECT.match(text, after) and not lex.joiners.match(text, low, after):
        return None
    cop = _match_before(lex.count_copulas, text, low, left, lo, words=2)
    if not cop:
        return None
    cut = max((m.end() for m in _COPULA_SUBJECT.finditer(text, lo, cop[0])), default=lo)
    for m in _WORD.finditer(low, cut, cop[0]):
        if m.group() in lex.articles.forms or low[m.end() : m.end() + 1] in "'’" and m.group() + "'" in lex.articles.forms:
            noun = _noun(text, low, lex, m.end() + (low[m.end() : m.end() + 1] in "'’"), cop[0])
            if noun and text[noun[0] - len(noun[1]) : noun[0]].islower():
                return noun[1]
            return None
    return None


def _uncounted(word: str, lang: str) -> bool:
    """Whether a folded word cannot be a counted noun: a function word, a month, a number, too
    short, a finite verb ("15 млрд останутся": the amount is the subject, nothing is counted)."""
    lex = lexicon(lang)
    # Only where the endings are a verb's alone (Slavic); elsewhere a subject amount is rarer than
    # a count whose noun after it is elided ("28 serían submarinos": 28 of the kilometres).
    verb = lex.verbs_uncounted and word.endswith(lex.verb_endings)
    # A short word listed as an adjective opens a compound noun (tr "iş insanı"): it is skipped, not refused.
    short = len(word) < 3 and word not in lex.adjectives
    return word in lex.stop or _month(word, lex) or short or verb or parse_words(word, lex) is not None


def _people_plural(word: str, lex: Lexicon) -> bool:
    """Whether a word is a people's noun in the plural ("Pakistanis", "Kenyans"): the counted
    noun itself ("15,000 Pakistanis live there"), never a country's name before it."""
    from digest import places

    low = word.lower()
    return any(low.endswith(e) and len(low) > len(e) + 3 and places.demonym(word[: -len(e)]) for e in lex.plural_endings)


def _skippable(word: str, following: str, following_first: str, lex: Lexicon) -> bool:
    """Whether a word between a figure and the next word is an adjective of that next word."""
    low = word.lower()
    if following in lex.stop or _month(following, lex):
        return False
    if low in lex.adjectives:
        return True
    if word[:1].isupper() and following_first.islower() and _country_name(word) and not _people_plural(word, lex):
        # A country's name in the genitive before a common noun says whose the counted things are
        # (lt "1 800 Vokietijos karių", lv "Latvijas uzņēmumi"): the noun after it is counted.
        return True
    if word[:1].islower() and _synonym_word(following, lex.lang):
        from digest import places

        # A nationality adjective before a noun a [synonyms] line keys ("120 magyar katona"): the
        # noun is counted; before any other word the demonym is the people ("1,5 millió magyar él").
        if places.demonym(word):
            return True
    if (word[:1].isupper() and following_first.islower() and not lex.nouns_capitalised
            and (_plural(following, lex) or any(following.endswith(e[0]) for e in lex.people.entries))):
        from digest import places

        # A capitalised nationality adjective before a plural noun ("60 Kyrgyz businesspeople",
        # "40 Thai firms"): the noun is counted, whatever ending the adjective has; before a verb
        # ("60 Kyrgyz traveled") the demonym stays the people.
        if places.demonym(word):
            return True
    if lex.nouns_capitalised:
        # German: the counted noun is the capitalised word ("5000 deutsche Unternehmen").
        return word[:1].islower() and following_first.isupper()
    return any(low.endswith(e) for e in lex.adjective_endings) and len(low) > 4


# --- key numbers of an article -------------------------------------------------------------

_KEEP = {"money", "percent", "measure", "duration", "count", "ordinal", "year", "period"}
# Bare figures without a unit or noun are kept from this size ("aim for 30,000 by 2030"); smaller
# ones are mostly days, list items and references.
_BARE_MIN = 100
# A count spelled in words inside direct speech is news from this size on ("zwölf Abkommen").
_QUOTED_COUNT_MIN = 10
_WORD_MIN = 1e6
# The least count in number words that takes the [of] word before its noun where the language links counts so
# (count_of): "shan kun oo arday" (5,000 students), not Italian "tre di loro" (three of them).
_COUNTED_WORD_MIN = 100
_CAPITAL_FIRST = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƏЀ-ЯҐԱ-Ֆ]")
_CAPITAL = re.compile(_CAPITAL_FIRST.pattern + r"[\w’'-]+")
# A comma between digits is a decimal mark or a digit group ("11,2 млрд"), not a clause break.
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]–—]|\s-\s")


def find_numbers(
    text: str,
    blocks: Sequence[Block],
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    lang: str,
    date: str | None,
    mentions: Sequence[Mention] | None = None,
) -> list[KeyNumber]:
    """The informative figures of the text blocks, in document order.

    mentions are the article's resolved person mentions (speakers.People.resolve): given, a source
    is named as the quotes name it, and a capitalised word no person mention covers is no one.
    """
    if unspaced(lang):
        return _unspaced_numbers(text, sentences, quotes, lang, mentions)
    lex = lexicon(lang)
    if lex.lang != lang:
        # No data of its own: its figures show which mark groups digits and which is decimal.
        lex = _fallback(_article_decimal(text))
    elif lex.decimal == "," and _point_decimals(text, lex.scales):
        # One language, two conventions (es-ES "7.300", es-MX "7,300"): the article's own figures tell.
        lex = _point_lexicon(lang)
    low = fold(text)
    cast = _Cast.of(mentions, lex, text) if mentions is not None else None
    out: list[KeyNumber] = []
    last_name: str | None = None
    # Speakers known so far by their last word, the latest last (a dict keeps the order).
    known = {q.speaker: q.speaker.split()[-1] for q in quotes if q.speaker}
    speech = _speech(quotes)
    # Where direct speech closes, in text order: narration after it is the article's own.
    speech_ends = sorted(b for _, b, _ in speech)
    quote_ends = sorted((b, who or "") for _, b, who in speech)
    after_quote = False
    intro: str | None = None
    prev_block = -1
    prev_start: int | None = None
    prev_speaker: str | None = None
    block_speaker: str | None = None
    # Where sources may be named, found in one search of the whole text, not one per sentence.
    cues = lex.cues.candidates(low, 0, len(low))
    spans: dict[int, tuple[int, int]] = {}
    for sent in sentences:
        a, b = spans.get(sent.block, (sent.start, sent.end))
        spans[sent.block] = (min(a, sent.start), max(b, sent.end))

    # Scanned per block (only as far as its sentences go, so capped sentences bound the work),
    # so a mark the sentence splitter cut off ("n. | 1") is still seen.
    cached = {
        block: ([f.start for f in found], found)
        for block, (found, _) in zip(spans, _scan_spans(text, lex, list(spans.values()), low, MAX_NUMERALS))
    }

    if any(f.unit == LOCAL_DOLLAR for _, found in cached.values() for f in found):
        dollar = _dollar(text, lex, [f for _, found in cached.values() for f in found])
        # Where "$" is the peso's sign (Argentina, Mexico), "dollars" written out is still the US
        # dollar: only the sign is the peso's ("1,500 million dollars" in Buenos Aires is USD).
        pesos = {e[1] for e in lex.sections["local_pesos"].entries}
        for starts, found in cached.values():
            found[:] = [
                f._replace(unit=dollar if dollar not in pesos or "$" in text[f.start : f.end] else "USD")
                if f.unit == LOCAL_DOLLAR else f
                for f in found
            ]

    if any(f.unit == LOCAL_LETTER for _, found in cached.values() for f in found):
        letters = _letter_currency(text, low, lex)
        for starts, found in cached.values():
            found[:] = [_letter_figure(text, f, letters) if f.unit == LOCAL_LETTER else f for f in found]

    for marker, section, word in ((LOCAL_PESO, "local_pesos", "pesos"), (LOCAL_SHILLING, "local_shillings", "shillings"), (LOCAL_LEU, "local_lei", "RON"), (LOCAL_RUPEE, "local_rupees", "INR"), (LOCAL_TAKA, "local_taka", "BDT"), (LOCAL_CROWN, "local_crowns", "crowns")):
        if any(f.unit == marker for _, found in cached.values() for f in found):
            peso = _peso(text, lex, section, word)
            for starts, found in cached.values():
                found[:] = [f._replace(unit=peso) if f.unit == marker else f for f in found]

    # The paragraph's latest sum: a later bare amount of like size restates its measure.
    last_money: Figure | None = None
    money_block = -1
    # The article's latest sum per scale word ("millones"): a later bare "8.700 millones" is in its currency.
    scaled: dict[float, list[Figure]] = {}
    # The paragraph's latest count of a named noun: a source's restatement may name it no more.
    last_count: Figure | None = None
    count_block = -1

    def figures_in(sent: Sentence) -> list[Figure]:
        starts, found = cached[sent.block]
        return found[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]

    for sent in sentences:
        if sent.block != prev_block:
            block_speaker = None
            # A heading between paragraphs closes the list an introducing sentence opened.
            if any(b.kind != TEXT and b.start < b.end and text[b.start : b.end].strip() for b in blocks[prev_block + 1 : sent.block]):
                intro = None
                if any(ENTRY_STAMP.match(text, b.start, b.end) for b in blocks[prev_block + 1 : sent.block]):
                    # A live blog's new entry (under its time stamp) names its own speakers: "she says" there
                    # is nobody named in the entry printed above it.
                    last_name = None
            prev_block = sent.block
        figures = figures_in(sent)
        if sent.block != money_block:
            last_money = None
        # Before the informativeness test: "oltre 150 aziende … «altre cinquanta sono pronte»" counts.
        if figures:
            figures = _currency_said_before(figures, text, low, lex, sent)
        kept = _informative(_among_counts(_range_counts(_named_counts(_inherit_units(_conversions(figures, text, low, lex), last_money, text, low, lex), text, low, lex, sent), text, low, lex, sent), text, low, lex, sent), text, low, lex, sent) if figures else []
        if speech and any(f.kind == "year" for f in kept):
            # A lone year in direct speech is the speaker's time reference ("not before 2030", "the
            # Argentina of 2026 is not that of 2001"), not a figure; a narrated one may date the news.
            kept = [f for f in kept if f.kind != "year" or not any(qa <= f.start < qb for qa, qb, _ in speech)]
        if sent.block != count_block:
            last_count = None
        if last_count and kept:
            kept = _restated_count(kept, last_count, text, sent, lex)
        if kept and (last_money or len(kept) > 1):
            kept = _same_dollar(kept, last_money, text, low, lex)
        if kept:
            kept = _elided_currency(kept, scaled, text, low, lex)
        if money := [f for f in kept if f.kind == "money"]:
            last_money, money_block = money[-1], sent.block
        if counts := [f for f in kept if f.kind == "count" and _counted(f.unit) and not _whole(lex.people, (f.unit or "").lower())]:
            last_count, count_block = counts[-1], sent.block
        sent_cues = lex.cues.candidates(low, sent.start, sent.end, cues)
        said = _NO_SOURCE
        if sent_cues and lex.by_pronoun.entries:
            # The speaker of a quote closing since the sentence before: whom "according to him" means first.
            q = bisect_left(quote_ends, (prev_start if prev_start is not None else sent.start, ""))
            quoted = next((who for end, who in reversed(quote_ends[q : bisect_right(quote_ends, (sent.start, "\uffff"))]) if who), None)
            said = _by_pronoun(text, low, lex, sent_cues, sent, cast, prev_start, quoted or prev_speaker) or _NO_SOURCE
        if said is _NO_SOURCE and sent_cues:
            said = _attribution(text, low, lex, sent_cues, sent, last_name, cast)
        prev_start, prev_speaker = sent.start, said.speaker
        # Whether "no source" and "another source" can differ for this sentence: in its figures'
        # speaker, the paragraph's carried speaker or the introducing one a quote's end drops
        # (see below). Most sentences have none of them: the subject tests are skipped there.
        told = bool(kept) or block_speaker is not None or (after_quote and intro is not None)
        if said is _NO_SOURCE and told and _plural_subject(low, lex, sent.start, sent.end):
            # "The leaders also agreed …", "Стороны подписали …": narration with a subject of
            # its own, so the paragraph's earlier speaker is not its figures' source.
            said = _OTHER_SOURCE
        if said is _NO_SOURCE and told and cast and cast.commentator_in(sent.start, sent.end):
            # "Experten schätzen, dass …", "…, считают аналитики": unnamed experts give the figure
            # (whatever their verb), not the leader the paragraph named before.
            said = _OTHER_SOURCE
        if said is _NO_SOURCE and kept and block_speaker is not None and _country_opens(text, lex, sent.start, sent.end):
            # "Hij herhaalde dat … 3,5 procent. Nederland zit dit jaar op 2,2 procent.": a sentence
            # with no cue whose subject is a country is the writer's narration, not the earlier
            # speaker's reported figure.
            said = _OTHER_SOURCE
        body = text[sent.start : sent.end]
        if said.name:
            known.pop(said.name, None)
            known[said.name] = said.name.split()[-1]
            last_name = said.name
        elif known:
            # A known speaker named in passing is who a later pronoun ("Egli ha citato") means.
            # Only the latest few are looked for: a list of names must not make this quadratic.
            last_name = next((k for k in islice(reversed(known), KNOWN_MAX) if known[k] in body), last_name)
        if after_quote and not said.speaker and not said.other:
            # A sentence after a closed quote that names no source is narration again ("De handel
            # bedroeg …" after "‘…gestoken.’"): the quoted speaker's source ends with the quote.
            block_speaker = intro = None
        # Reported figures keep their source to the end of the paragraph, or until another is named.
        block_speaker = None if said.other or not said.carry else said.speaker or block_speaker
        speaker = said.speaker if not said.carry else block_speaker or (None if said.other else intro)
        if said.speaker and body.rstrip().endswith(":"):
            intro = said.speaker
        k = bisect_left(speech_ends, sent.start)
        after_quote = k < len(speech_ends) and speech_ends[k] <= sent.end
        if kept:
            body = one_line(body)
        verb_cues = [p for p in sent_cues if lex.verbs.match(text, low, p)] if said.speaker and len(sent_cues) > 1 else []
        later = _later_source(low, lex, text, sent_cues, sent, kept) if said.speaker and len(kept) > 1 else -1
        respective = _respective_labels(text, low, lex, sent, kept)
        for f in kept:
            quote_speaker = _quote_speaker(speech, f.start)
            if len(verb_cues) > 1 and (second := _second_source(text, low, lex, verb_cues, sent, f, said.speaker, cast)):
                fig_speaker = None if second.other else second.speaker
            elif f.end <= later:
                fig_speaker = None  # "Die Schweiz stellt 5 Mrd. bereit, Österreich nach Angaben X 250 Mio.": X's is the second
            else:
                fig_speaker = speaker
            if quote_speaker and f.kind == "count" and f.word and f.value < _QUOTED_COUNT_MIN and _after_function_word(low, lex, f.start, sent.start):
                # "into three separate markets", "para los tres países" in a quote: rhetoric, not a
                # reported count ("Abbiamo firmato quattro accordi" is one).
                continue
            out.append(
                KeyNumber(
                    start=f.start,
                    end=f.end,
                    surface=text[f.start : f.end],
                    value=f.value,
                    value_end=f.value_end,
                    unit=f.unit,
                    what=_target_label(respective.get(f.start) or _label(text, low, lex, sent, f), body, text[f.start : f.end], lex.lang, date),
                    qualifier=f.qualifier,
                    speaker=quote_speaker or fig_speaker,
                    sentence=body,
                )
            )
    return out


def headline_numbers(
    text: str, blocks: Sequence[Block], lang: str, body: Sequence[KeyNumber], mentions: Sequence[Mention] | None = None
) -> list[KeyNumber]:
    """The headline's figures that the body does not give ("LNG z USA ma pokryć 40 proc. potrzeb regionu" over a
    text saying only "most of the region's needs"): a figure of its unit within a fifth of one in the body is the
    headline's rounding of it ("$10bn" over "$10.2 billion"), never a second report, let alone a conflicting one."""
    sents = [Sentence(b.start, b.end, k) for k, b in enumerate(blocks) if b.kind == TITLE and b.start < b.end]
    if not sents:
        return []
    near = _HEADLINE_ROUNDING
    # Only amounts, shares and measures: a headline's counts, spans and ranks ("five leaders", "for the 1st time in 9
    # years") tell the occasion, not the news's figures.
    return [
        n for n in find_numbers(text, blocks, sents, [], lang, None, mentions)
        if n.unit is not None and not _counted(n.unit) and n.unit not in _DURATIONS and n.unit != "ordinal" and not any(m.unit == n.unit and abs(m.value - n.value) <= near * max(abs(m.value), abs(n.value)) for m in body)
    ]


# How far a headline's figure may round the body's own (see headline_numbers).
_HEADLINE_ROUNDING = 0.2


def without_planned_years(found: Sequence[KeyNumber], date: str | None) -> list[KeyNumber]:
    """The figures without a lone year a source tells for the article's year or later ("Vlădescu a
    adăugat că România ar putea găzdui reuniunea în 2028"): like one in direct speech (see
    find_numbers) it dates the source's plan, no figure of the news; a past one may be the news's
    history ("firmata ad Astana nel 2010"). Undated, an article has no present to compare with."""
    if not date or not date[:4].isdigit():
        return list(found)
    now = int(date[:4])
    return [n for n in found if not (n.speaker and n.unit is None and n.value_end is None and n.value >= now and _YEAR_IN.fullmatch(n.surface))]


def _later_source(low: str, lex: Lexicon, text: str, cues: list[int], sent: Sentence, kept: list[Figure]) -> int:
    """Where a clause opens whose [according] source stands after its own subject and before its
    own figure ("…, Österreich nach Angaben Stockers 250 Millionen"): the figures before it are not
    that source's; -1 when the sentence has none."""
    for p in cues:
        if not lex.according.match(text, low, p) or not any(f.start > p for f in kept):
            continue
        cut = max(low.rfind(",", sent.start, p), low.rfind(";", sent.start, p))
        if cut < 0 or not any(f.end <= cut for f in kept):
            continue
        # A subject between the comma and the source: a source right after the comma
        # (", nach Angaben des Ministeriums") may close the clause before it.
        if any(w not in lex.stop and w not in lex.articles.forms for w in _WORD.findall(low, cut + 1, p)):
            return cut
    return -1


def _second_source(
    text: str, low: str, lex: Lexicon, verb_cues: list[int], sent: Sentence, f: Figure, speaker: str | None, cast: _Cast | None
) -> _Said | None:
    """The source of a figure after a second speech verb of its sentence, in a clause of its own
    ("…, he said, though officials put the number at 3,100"), else None (the sentence's source)."""
    later = [p for p in verb_cues[1:] if p < f.start]
    if not later:
        return None
    # The second clause opens at the last comma or semicolon between the two verbs: its subject
    # (an anonymous "officials", another named person) is the figure's source, not the first one's.
    cut = max(low.rfind(",", verb_cues[0], later[-1]), low.rfind(";", verb_cues[0], later[-1]))
    if cut < 0:
        return None
    # A second verb with no subject of its own ("said, adding that", "dijo, quien anunció") is the
    # first speaker's still: only a clause naming a subject before its verb has another source.
    if not any(w not in lex.stop and w not in lex.articles.forms and w not in _pronouns(lex.lang) and w not in _relatives(lex.lang) for w in _WORD.findall(low, cut + 1, later[-1])):
        return None
    return _attribution(text, low, lex, [later[-1]], Sentence(cut + 1, sent.end, sent.block), speaker, cast)


def _after_function_word(low: str, lex: Lexicon, pos: int, limit: int) -> bool:
    """Whether a preposition or an article stands right before pos (a function word of [stop] or [articles])."""
    _, word = _word_before(low, pos, limit)
    return bool(word) and (word in lex.stop or word in lex.articles.forms)


# How many times as often as any other dollar country (or the US) an article must name a dollar
# country for its bare "dollars" to be that country's when set where "$" is no one's own.
_DOLLAR_DOMINANCE = 3


def _dollar(text: str, lex: Lexicon, figures: list[Figure]) -> str:
    """The currency a bare "$" means in this article: the dollar (or peso) of the country its head
    places it in (dateline, masthead, venue), unless it writes that one with its own sign ("A$30
    billion ($19.6 billion)"): then, as anywhere else, the US dollar; but not when it also writes the
    US dollar with a sign of its own ("C$950 million" beside "US$45 billion", as Canadian Press does),
    for then it keeps "$" alone for its own dollar."""
    from digest import places

    local = {e[0].upper(): e[1] for e in lex.local_dollars.entries}
    head = places.find(text, [(0, min(len(text), _HEAD))])
    country = next((h.place.country for h in head if h.place.kind != "country"), None)
    own = local.get(country or "")
    # The outlet's time zone ("6:42pm AEST") outranks the story's place: an Australian paper
    # reporting from Palau still writes its own dollar as "$". Zone keys are longer than codes.
    zones = [k for k in local if len(k) > 2]
    zone = re.search(r"\b(?:%s)\b" % "|".join(zones), text[:_HEAD]) if zones else None
    if zone:
        own = local[zone.group()]
    if not own:
        # Set where "$" is no one's own dollar (Manila, Brussels), an article that names one dollar
        # country and not the US writes that country's dollar ("les échanges entre le Canada et
        # l'ANASE … 29,8 milliards de dollars" from a Canadian outlet is CAD); with several, USD.
        mentions = Counter(h.place.country for h in places.find(text, [(0, len(text))]))
        named = {local[c] for c in mentions if c in local}
        own = named.pop() if len(named) == 1 and "US" not in mentions else None
        # Several named: the one the story is about, named far more often than every other dollar
        # country and the US ("le Canada" ten times beside one "Singapour" and one "Washington").
        rivals = sorted((mentions[c] for c in mentions if c in local or c == "US"), reverse=True)
        top = max((c for c in mentions if c in local), key=lambda c: mentions[c], default=None)
        if not own and top and (len(rivals) < 2 or rivals[0] == mentions[top] >= _DOLLAR_DOMINANCE * rivals[1]):
            own = local[top]
    signed = any(f.unit == own and "$" in text[f.start : f.end] for f in figures)
    # a sign for the US dollar itself ("US$", "U.S.$") leaves the bare "$" free for the local one
    signed = signed and not any(f.unit == "USD" and "$" in text[f.start : f.end] for f in figures)
    return own if own and not signed else "USD"


def _peso(text: str, lex: Lexicon, section: str = "local_pesos", word: str = "pesos") -> str:
    """The currency a bare "pesos" (or "shillings": section names the table) means in this article:
    the one of the country its head places it in, else of the one such country it names ("35
    billones de pesos" in Madrid, beside Colombia's president); with none, or several, the word."""
    from digest import places

    local = {e[0].upper(): e[1] for e in lex.sections[section].entries}
    head = places.find(text, [(0, min(len(text), _HEAD))])
    own = local.get(next((h.place.country for h in head if h.place.kind != "country"), None) or "")
    if own:
        return own
    named = {local[h.place.country] for h in places.find(text, [(0, len(text))]) if h.place.country in local}
    return named.pop() if len(named) == 1 else word


def _letter_currency(text: str, low: str, lex: Lexicon) -> dict[str, str]:
    """The currencies a glued letter means in this article ({"R": "ZAR"}): those of [letter_currencies]
    whose country the article is set in or names, or whose currency it names by word or code ("rand")."""
    from digest import places

    found = {h.place.country for h in places.find(text, [(0, len(text))], lex.lang)}
    out: dict[str, str] = {}
    for letter, value in ((e[0], e[1]) for e in lex.letter_currencies.entries):
        country, _, code = value.partition(" ")
        named = any(
            e[1] == code and len(e[0]) > 1 and re.search(rf"(?<!\w){re.escape(e[0])}(?!\w)", text if e[3] else low)
            for e in lex.currencies.entries
        )
        if country.upper() in found or named:
            out[letter] = code
    return out


def _letter_figure(text: str, f: Figure, letters: dict[str, str]) -> Figure:
    """A figure with a glued currency letter: in that currency, or a name ("R14" as a code) when the
    article has nothing to do with the letter's country."""
    glued = re.search(r"[^\W\d_](?=\d)", text[f.start : f.end])
    code = letters.get(glued.group()) if glued else None
    return f._replace(unit=code) if code else f._replace(unit=None, kind="name")


_CONVERSION_GAP = 24


def _conversions(figures: list[Figure], text: str, low: str, lex: Lexicon) -> list[Figure]:
    """Mark a sum that only converts the one before it into another currency ("A$30 billion
    ($19.6 billion)", "A$17.6bn, or about $11.5bn"): shown, but the same figure, never a second one."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev and f.kind == "money" and prev.kind == "money" and f.unit != prev.unit and 0 <= f.start - prev.end <= _CONVERSION_GAP:
            gap = " ".join(low[prev.end : f.start].replace(",", " ").split())
            if gap.removeprefix("(").strip() in lex.conversions.forms | {""} and (gap or f.start > prev.end):
                f = f._replace(qualifier=CONVERSION)
        out.append(f)
    return out


# Words between a currency named alone and the bare amount it is the currency of.
_CURRENCY_WORDS = 5


def _currency_said_before(figures: list[Figure], text: str, low: str, lex: Lexicon, sent: Sentence) -> list[Figure]:
    """A bare amount in the millions or more after a currency named alone in its sentence, no
    figure between, is in that currency ("una cifra que en dólares equivale a unos 750 millones")."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "number" and f.unit is None and f.value >= _WORD_MIN and not f.word:
            lo = max(sent.start, out[-1].end if out else sent.start, f.start - _LOOKBACK)
            words = list(_WORD.finditer(low, lo, f.start))[-_CURRENCY_WORDS:]
            hit = next((h for m in reversed(words) if (h := lex.currencies.match(text, low, m.start())) and h[0] <= f.start
                        and not _adjective_currency(low, lex, m.start(), lo)), None)
            if hit and hit[1] != LOCAL_DOLLAR:
                f = f._replace(unit=hit[1], kind="money")
        out.append(f)
    return out


def _adjective_currency(low: str, lex: Lexicon, start: int, lo: int) -> bool:
    """Whether a currency word at start stands right after a noun in a language whose adjectives follow their
    noun: there it is the adjective it is spelt like ("o comércio real", pt/es "real" = actual), no currency
    named alone; one after a preposition or an article ("en dólares", "em reais") stays a currency."""
    if not lex.adjectives_after:
        return False
    word = _word_before(low, start, lo)[1]
    return bool(word) and word not in lex.stop and not word[:1].isdigit()


def _same_dollar(figures: list[Figure], earlier: Figure | None, text: str, low: str, lex: Lexicon) -> list[Figure]:
    """A sum in a bare currency word after one whose currency word says whose ("2,9 mld dolarów
    kanadyjskich … prawie 3,5 mld dolarów"): the paragraph's dollars are those same dollars."""
    out: list[Figure] = []
    prev = earlier
    for f in figures:
        if f.kind == "money" and prev and prev.kind == "money" and prev.unit != f.unit and text[f.end - 1 : f.end].isalpha():
            i, word = _word_before(low, f.end, f.start)
            j, before = _word_before(low, i, f.start)
            # The currency is the one word after the number or its scale ("3,5 mld dolarów", not "US dollars").
            bare = before in lex.scales.forms if before else low[j - 1 : j].isdigit()
            if bare and lex.currencies.match(text, low, i) and re.search(rf"(?<!\w){re.escape(word)}\s+\w", low[prev.start : prev.end]):
                f = f._replace(unit=prev.unit)
        if f.kind == "money":
            prev = f
        out.append(f)
    return out


def _inherit_units(
    figures: list[Figure], earlier: Figure | None = None, text: str | None = None, low: str | None = None, lex: Lexicon | None = None
) -> list[Figure]:
    """A bare figure after one of a unit in its sentence, of like size, gives the same measure
    again ("18 milliards d'euros, quand l'Élysée avance le chiffre de 15 milliards", "zo'n 300
    bedrijven; de ambassade houdt het op ruim 250"): it takes that unit. A bare amount in the
    millions or more takes that of the paragraph's earlier sum (earlier) too: "15,2 miliardi di
    euro … Tajani ha parlato di «quasi 17 miliardi»"."""
    out: list[Figure] = []
    # A year, date or name between ("2,800 … since 2014, … closer to 3,100") measures nothing: the
    # bare figure restates the measure before it.
    measured = None
    wholes: list[Figure] = []
    for k, f in enumerate(figures):
        prev = measured
        part = (f.kind == "number" and f.unit is None and text is not None and low is not None and lex is not None
                and (lex.subset.match(text, low, _skip_space(text, f.end, len(text))) is not None
                     or _match_before(lex.subset, text, low, f.start, 0, words=2) is not None))
        if part:
            # "14 crossings between the two countries, three of which", "ebből hármat", "davon drei":
            # the part is of a whole larger than it (of any size), not of the nearest count.
            prev = next((w for w in reversed(wholes) if w.value > f.value), None)
        if (earlier and earlier.kind == "money" and f.value >= _WORD_MIN and f.value_end is None and not part
                and (prev is None or not (prev.value and 1 / _MAX_RATIO <= f.value / prev.value <= _MAX_RATIO))):
            # A count between ("sei fregate e oltre cinque miliardi") measures something else: a bare
            # amount far from it is in the paragraph's earlier sum's currency.
            prev = earlier
        # "environ 2 300 demandes d'asile, contre plus de 30 000 aux Pays-Bas": a bare figure a
        # [versus] word sets against a count of its sentence counts that noun, whatever their sizes.
        ratio = (_PARALLEL_RATIO if prev and prev.kind == "count" and f.kind == "number" and f.unit is None and text is not None
                 and low is not None and lex is not None and _match_before(lex.versus, text, low, f.start, 0, words=1)
                 else _MAX_RATIO)
        if (f.kind == "number" and f.unit is None and prev and prev.unit and prev.kind in ("money", "count", "measure")
                and prev.value and f.value and (part or 1 / ratio <= f.value / prev.value <= ratio)
                and not _range_start(f, figures[k + 1] if k + 1 < len(figures) else None, text)):
            f = f._replace(unit=prev.unit, kind=prev.kind)
        out.append(f)
        if f.kind not in _NO_MEASURE:
            measured = f
            wholes.append(f)
    return out


# Figures that name or date something rather than measure it.
_NO_MEASURE = frozenset({"year", "date", "name", "marker"})
# How far apart a count and a bare figure set against it ([versus]) may be and still count one noun.
_PARALLEL_RATIO = 100.0
# How far apart a bare scaled amount and a sum of its sentence in the same scale word may be and
# still be in one currency ("7,3 miliardi di euro, con un avanzo di circa 1,9 miliardi").
_SCALED_RATIO = 20.0
# The article's latest sums per scale word looked at for a bare amount (bounded: a table of sums stays linear).
_SCALED_SUMS = 8


def _scale_of(text: str, low: str, lex: Lexicon, f: Figure) -> float | None:
    """The size of the last scale word written in a figure ("9.400 millones de euros" is 1e6)."""
    size = None
    for m in _WORD.finditer(low, f.start, f.end):
        if (h := lex.scales.match(text, low, m.start())) and h[0] <= f.end + 1:
            size = float(h[1])
    return size


def _elided_currency(figures: list[Figure], scaled: dict[float, list[Figure]], text: str, low: str, lex: Lexicon) -> list[Figure]:
    """A bare amount written with a scale word and no unit ("en torno a los 8.700 millones", "4,6
    млрд.") is in the currency of the latest sum written with the same scale word: of its
    sentence (a deficit beside a trade total), else the article's latest of like size. scaled, the
    article's latest sums per scale size, is updated with the sentence's sums."""
    out: list[Figure] = []
    here: dict[float, Figure] = {}
    sizes: list[float | None] = []
    for f in figures:
        # A count's scale word too: a bare amount after it in its sentence may count the same thing.
        size = _scale_of(text, low, lex, f) if f.kind in ("number", "money", "count", "measure") and not f.word else None
        sizes.append(size)
        if size and f.kind == "number" and f.unit is None and f.value >= _WORD_MIN and f.value_end is None:
            if size in here:
                prev = here[size] if here[size].value and 1 / _SCALED_RATIO <= f.value / here[size].value <= _SCALED_RATIO else None
                # A count of its sentence in that scale word ("рынок на 8 млн человек, … а выход на
                # рынок с населением почти 700 млн") is what the bare amount sets itself against:
                # it is a count too, never the currency of a sum of the sentences before.
                prev = prev if prev is None or prev.kind == "money" else None
            else:
                # The latest of like size: a bigger or smaller sum between is of another measure.
                # In the same paragraph sizes may differ as in one sentence ("El plan cuesta 3.000
                # millones de euros. … una partida de 400 millones para redes"): a part of that sum.
                # A sum of the very same value named before is the one restated ("más de 9.000 millones
                # de euros … US$ 3.100 millones … Los 9.000 millones son el stock"), whatever came between.
                same = next((p for p in reversed(scaled.get(size, ())) if p.value == f.value), None)
                # A measure ("39 млрд кубометров") is kept only for its very value restated ("никаких 39 миллиардов").
                prev = same or next((p for p in reversed(scaled.get(size, ())) if p.kind == "money" and p.value and (
                    1 / _MAX_RATIO <= f.value / p.value <= _MAX_RATIO
                    or ("\n" not in text[p.end : f.start] and 1 / _SCALED_RATIO <= f.value / p.value <= _SCALED_RATIO))), None)
            if prev:
                f = f._replace(unit=prev.unit, kind=prev.kind)
        if size and f.kind == "count" and f.unit:
            here[size] = f
        if size and f.kind == "measure" and f.unit and f.qualifier != CONVERSION:
            sums = scaled.setdefault(size, [])
            sums.append(f)
            del sums[:-_SCALED_SUMS]
        if size and f.kind == "money" and f.unit and f.qualifier != CONVERSION:
            here[size] = f
            sums = scaled.setdefault(size, [])
            sums.append(f)
            del sums[:-_SCALED_SUMS]
        out.append(f)
    # One currency written once for two sums, after the second, a word or two on: "passa de 1500
    # milhões para 2000 milhões de euros", "von 800 Millionen auf 1,2 Milliarden Euro".
    for k in range(len(out) - 1):
        f, nxt = out[k], out[k + 1]
        if (sizes[k] and sizes[k + 1] and f.kind == "number" and f.unit is None and f.value >= _WORD_MIN and f.value_end is None
                and nxt.kind == "money" and nxt.unit and nxt.qualifier != CONVERSION and nxt.value
                and 1 / _SCALED_RATIO <= f.value / nxt.value <= _SCALED_RATIO and len(text[f.end : nxt.start].split()) <= _JOIN_WORDS):
            out[k] = f._replace(unit=nxt.unit, kind="money")
    return out


# Words between two sums sharing the second's currency ("para", "auf", "and up to").
_JOIN_WORDS = 2


_RANGE_GAP = 12


def _range_start(f: Figure, nxt: Figure | None, text: str | None) -> bool:
    """Whether a bare figure is the first end of a range whose second end has its own unit ("90 až
    110 miliard korun", "90 to 110 billion"): one word or a dash away, it shares that unit, not an earlier one."""
    if nxt is None or text is None or nxt.unit is None or not 0 <= nxt.start - f.end <= _RANGE_GAP:
        return False
    gap = text[f.end : nxt.start].split()
    return len(gap) <= 1 and not any(c in ".,;:()" for c in "".join(gap))


def _restated_count(figures: list[Figure], last: Figure, text: str, sent: Sentence, lex: Lexicon) -> list[Figure]:
    """A sourced figure right after a count of its paragraph, of like size, counting nothing or only
    "people", restates that count ("50.000 grensarbeiders … sprak van ‘52.000 mensen’", "Statec telde
    er 51.300"): it takes that count's noun."""
    out: list[Figure] = []
    for f in figures:
        bare = f.kind == "number" and f.unit is None and not f.word and f.value >= _BARE_MIN and not _YEARS[0] <= f.value <= _YEARS[1]
        people = f.kind == "count" and _whole(lex.people, (f.unit or "").lower())
        if ((bare or people) and f.value_end is None and last.value > 0
                and _within(f.value, last.value, _MAX_COUNT_RATIO)
                and _sourced(text[sent.start : sent.end], text[f.start : f.end], lex.lang)):
            f = f._replace(unit=last.unit, kind=last.kind)
        out.append(f)
    return out


def _named_counts(figures: list[Figure], text: str, low: str, lex: Lexicon, sent: Sentence) -> list[Figure]:
    """A bare figure in a clause naming "the number of" a noun counts that noun ("die Zahl der
    Visa … von 20.000 auf 90.000", "the number of visas will rise to 90,000")."""
    if not lex.number_of.entries or not any(f.kind == "number" and f.unit is None for f in figures):
        return figures
    out: list[Figure] = []
    for f in figures:
        if f.kind == "number" and f.unit is None and not f.word and not _YEARS[0] <= f.value <= _YEARS[1]:
            cuts = [m.end() for m in _CLAUSE.finditer(text, max(sent.start, f.start - 2 * _LOOKBACK), f.start)]
            lo = cuts[-1] if cuts else max(sent.start, f.start - 2 * _LOOKBACK)
            for k in lex.number_of.candidates(low, lo, f.start):
                hit = lex.number_of.match(text, low, k)
                # "= +" marks a word the noun follows bare, in the genitive ("liczba wiz").
                link = (hit if hit[1] == "+" else lex.of.match(text, low, _skip_space(text, hit[0], f.start))) if hit else None
                noun = _noun(text, low, lex, link[0], f.start) if link else None
                if noun and noun[1].isalpha() and noun[1].lower() not in lex.stop:
                    f = f._replace(unit=noun[1], kind="count")
                    break
        out.append(f)
    return out


def _range_counts(figures: list[Figure], text: str, low: str, lex: Lexicon, sent: Sentence) -> list[Figure]:
    """A bare range followed by an article and a noun counts that noun: the object of a change told
    by its two ends ("ampliar de 14 a 21 los vuelos directos")."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "number" and f.unit is None and f.value_end is not None and not f.word and not _YEARS[0] <= f.value <= _YEARS[1]:
            art = _WORD.match(low, _skip_space(text, f.end, sent.end), sent.end)
            if art and art.group() in lex.articles.forms and (noun := _noun(text, low, lex, art.end(), sent.end)):
                if noun[1].isalpha() and noun[1].islower() and noun[1] not in lex.stop:
                    f = f._replace(unit=noun[1], kind="count")
        out.append(f)
    return out


def _among_counts(figures: list[Figure], text: str, low: str, lex: Lexicon, sent: Sentence) -> list[Figure]:
    """A bare figure followed by an [among] word and a noun counts that noun: the noun after it
    names who the figure's people are ("circa 300 tra sindaci e imprenditori", "some 300 among
    mayors"), and a bare "about 300" tells the analyst nothing."""
    if not lex.among.entries:
        return figures
    out: list[Figure] = []
    for f in figures:
        if f.kind == "number" and f.unit is None and f.value_end is None and not f.word and not _YEARS[0] <= f.value <= _YEARS[1]:
            hit = lex.among.match(text, low, _skip_space(text, f.end, sent.end))
            at = _skip_space(text, hit[0], sent.end) if hit else sent.end
            art = _WORD.match(low, at, sent.end) if hit else None
            if art and art.group() in lex.articles.forms:
                at = _skip_space(text, art.end(), sent.end)  # "entre los empresarios"
            if hit and (noun := _noun(text, low, lex, at, sent.end)):
                if noun[1].isalpha() and noun[1].islower() and noun[1] not in lex.stop:
                    f = f._replace(unit=noun[1], kind="count")
        out.append(f)
    return out


def _informative(figures: list[Figure], text: str, low: str, lex: Lexicon, sent: Sentence) -> list[Figure]:
    """Drop dates, names, list markers, bare counts and years that only date another figure."""
    kept = []
    dates = [f for f in figures if f.kind == "date"]
    for f in figures:
        # Number words count when they are large ("casi un millón"); small ones are mostly prose.
        bare = f.kind == "number" and abs(f.value) >= (_WORD_MIN if f.word else _BARE_MIN)
        if f.kind not in _KEEP and not bare:
            continue
        if f.word and f.value <= 2 and f.kind not in ("duration", "money", "percent", "measure"):
            continue  # "i due Paesi", "la prima volta": small words are rarely the news
        if f.kind == "ordinal" and f.word and f.value < 3:
            continue
        if f.kind in ("count", "number") and f.value_end is None and lex.one_of.entries and _match_before(
                lex.one_of, text, low, f.start, sent.start, words=4):
            continue  # "jednym z trzech największych płatników", "one of the three largest": a rank's group
        if (f.kind == "count" and f.word and f.value < _QUOTED_COUNT_MIN and _is_role((f.unit or "").lower(), lex)
                and _word_before(low, f.start, sent.start)[1] in lex.articles.forms):
            # "die drei Landeshauptleute", "the three presidents": an article makes them the known
            # participants, not a figure of the news ("okupila tri ministra" reports who came).
            continue
        if f.kind == "duration" and _time_offset(text, low, lex, f, sent):
            continue  # "Un día antes", "two days later", "vor drei Tagen": when, not how long
        if f.kind == "duration" and f.unit == "years" and f.value_end is None and _age(text, low, lex, f, sent):
            # "Dousa, de 28 años,", "a 45-year-old minister": a person's age, not news; a range of
            # ages ("młodzież w wieku 30-32 lat") tells a group's make-up and stays.
            continue
        if f.kind == "count" and dates and f.value <= 31 and float(f.value).is_integer():
            _, w = _word_before(low, f.start, sent.start)
            if lex.joiners.match(w, w, 0):
                continue  # "10 stycznia … a 11 wyjedzie": a second day, not a count
        kept.append(f)
    others = [f for f in kept if f.kind not in ("year", "period")]
    # A year beside another figure is its time reference ("$4 miliardi nel 2024"), not news, and so
    # is a span of years ("w latach 2021–2025 na 4,5 mld dolarów"); so is
    # one written with its year noun ("действующей с 2016 года", "od 1994 roku", abbreviated "до 2030 г."): a date.
    # A lone year the sentence sets as a deadline ("double trade by 2030", "till 2030") dates a plan
    # whose figure is not given: no key number either. Nor is a year written as an ordinal before its
    # year noun ("nakon 2019. godine", "2027. gada pavasarī"): the dot keeps the noun out of the surface.
    return [
        f for f in kept
        if f.kind not in ("year", "period")
        or not others and (f.kind == "period" or not (text[f.start : f.end].rstrip(".")[-1:].isalpha() or _dotted_year_noun(text, low, lex, f.end, sent.end)
                                                      or text[f.start : f.end].isdigit() and _deadline(text[sent.start : sent.end], text[f.start : f.end], lex.lang)))
    ]


def _dotted_year_noun(text: str, low: str, lex: Lexicon, pos: int, hi: int) -> bool:
    """Whether an ordinal dot and a year noun follow pos ("2019. godine", "2027. gada"): a date."""
    if text[pos : pos + 1] != ".":
        return False
    hit = lex.time.match(text, low, _skip_space(text, pos + 1, hi))
    return bool(hit and hit[1] == "years")


def _time_offset(text: str, low: str, lex: Lexicon, f: Figure, sent: Sentence) -> bool:
    """Whether a duration is a time offset: an [offsets] word right after it ("two days earlier",
    "un día antes") or an [offsets_before] word right before it ("vor drei Tagen", "hace dos días")."""
    if lex.offsets.entries and lex.offsets.match(text, low, _skip_space(text, f.end, sent.end)):
        return True
    # Nepali glues its 'ago' and 'later' to the unit (दस वर्षअघि, ten years ago; दुई दिनपछि), which a [time] stem reads
    # as the figure's last word: one ending in an [offsets] word it is longer than.
    tail = low[f.start : f.end].rpartition(" ")[2]
    if any(tail.endswith(w) and len(tail) > len(w) for w in lex.offsets.forms if w.isalpha()):
        return True
    return bool(lex.offsets_before.entries and _match_before(lex.offsets_before, text, low, f.start, sent.start, words=2))


def _age(text: str, low: str, lex: Lexicon, f: Figure, sent: Sentence) -> bool:
    """Whether a duration in years is a person's age: an [ages] word right after it ("28 years old",
    "28-year-old", "70 Jahre alt"), an [ages_before] word right before it ("aged 45"), or the
    figure alone (after an [of] word at most) filling an apposition after a name ("Noboa, de 38
    anys,", "Merz, 70 Jahre, sagte"): a name's apposition gives who the person is, not a span of time."""
    after = f.end + 1 if text[f.end : f.end + 1] == "-" else f.end  # "28-year-old"
    if lex.ages.entries and lex.ages.match(text, low, _skip_space(text, after, sent.end)):
        return True
    if lex.ages_before.entries and _match_before(lex.ages_before, text, low, f.start, sent.start, words=3):
        return True
    nxt = _skip_space(text, f.end, sent.end)
    if nxt >= sent.end or text[nxt] not in ",)":
        return False
    at = _back_space(text, f.start, sent.start)
    i, w = _word_before(low, f.start, sent.start)
    hit = lex.of.match(text, low, i) if w else None
    if hit and hit[0] == at:
        at = _back_space(text, i, sent.start)  # "de 38 anys": one linking word may open the apposition
    if at <= sent.start or text[at - 1] not in ",(":
        return False
    _, name = _word_before(text, at - 1, sent.start)
    return bool(name) and name[0].isupper()


def _speech(quotes: Sequence[Quote]) -> list[tuple[int, int, str | None]]:
    """The spans of direct speech with their speaker, in the order of the quotes."""
    return [(a, b, q.speaker) for q in quotes if q.kind == "speech" for a, b in q.parts or ((q.start, q.end),)]


def _quote_speaker(speech: list[tuple[int, int, str | None]], pos: int) -> str | None:
    """Who speaks the first quote (see _speech) that pos is in."""
    return next((who for a, b, who in speech if a <= pos < b), None)


@dataclass(frozen=True)
class _Said:
    speaker: str | None
    """Who the sentence's figures are explicitly attributed to."""
    name: str | None
    """A name the sentence gives as a subject of speech, for later pronouns."""
    other: bool = False
    """The sentence names a source that is no known person ("the government said"): a speaker
    carried from earlier sentences is not its figures'."""
    carry: bool = True
    """The source may go on to the paragraph's later sentences; False for a role the resolver gave
    a holder ("Segundo o presidente brasileiro"): a guess is not stretched past its own sentence."""


# A capitalised name of at most three words in quotation marks ("Газпроме", «Роснефти», „Orlen”): a body's name.
_QUOTED_BODY = re.compile(r"[\"«„“”»‚‘]\s?([^\W\d_][^\W_]*(?:[ -][^\W\d_]+){0,2})\s?[\"»“”«‘’]")

_NO_SOURCE = _Said(None, None)
_OTHER_SOURCE = _Said(None, None, other=True)


class _Cast(NamedTuple):
    """The article's resolved person mentions in text order, for naming a figure's source as the
    quotes name it; an institution's mention ("Home Office") has person None."""

    starts: list[int]
    mentions: list[tuple[int, int, str | None, bool]]
    """(start, end, person or None, after a preposition)."""
    people: list[str] = []
    """The distinct persons the mentions resolved to."""
    commentators: list[int] = []
    """Where the mentions of experts and MPs the resolver gave no one start ("Les analystes")."""

    @staticmethod
    def of(mentions: Sequence[Mention], lex: Lexicon, text: str) -> _Cast:
        """The mentions that resolved to someone, institutions marked as no one (by the capitalised
        words from the mention on: "Home" of "Home Office" is the office's); an expert's or an MP's
        word the resolver gave no one ("Les analystes estiment", "ocenili analitycy") is kept as
        no one too: a source, and not the leader named before."""
        kept = sorted(
            (m.start, m.end, None if _institution(_words_from(text, m.start, m.form), lex) else m.person, m.after_preposition)
            for m in mentions if m.person or (m.kind == "role" and _commentator(m.form, lex.lang))
        )
        unnamed = [m[0] for m in kept if m[2] is None and not _institution(_words_from(text, m[0], text[m[0] : m[1]]), lex)]
        return _Cast([m[0] for m in kept], kept, sorted({m[2] for m in kept if m[2]}), unnamed)

    def commentator_in(self, lo: int, hi: int) -> bool:
        """Whether an expert or an MP no one was named as is mentioned between lo and hi."""
        k = bisect_left(self.commentators, lo)
        return k < len(self.commentators) and self.commentators[k] < hi

    def inflected(self, word: str) -> str | None:
        """The one cast person whose last name the word is an inflection of ("Kosiniaka-Kamysza",
        "Dudy"): a name the resolver left unmentioned is still the quotes' person."""
        # One pass over the few distinct people, only for an attribution's unresolved name.
        hits = {p for p in self.people if _inflection(word, p.split()[-1])}
        return hits.pop() if len(hits) == 1 else None

    def at(self, pos: int) -> tuple[int, int, str | None, bool] | None:
        """The mention covering pos, if any."""
        k = bisect_right(self.starts, pos) - 1
        return self.mentions[k] if k >= 0 and pos < self.mentions[k][1] else None

    def after(self, pos: int, limit: int) -> tuple[int, int, str | None, bool] | None:
        """A mention starting right after pos (a speech verb's subject: "disse o ministro")."""
        k = bisect_left(self.starts, pos)
        m = self.mentions[k] if k < len(self.mentions) else None
        return m if m and m[0] < min(limit, pos + _SUBJECT_GAP) and not m[3] else None

    def first(self, lo: int, pos: int) -> tuple[int, int, str | None, bool] | None:
        """The first mention between lo and pos, if any."""
        k = bisect_left(self.starts, lo)
        return self.mentions[k] if k < len(self.starts) and self.starts[k] < pos else None

    def only(self, person: str, lo: int, pos: int) -> bool:
        """Whether every mention between lo and pos that resolved to someone is of this person."""
        return all(m[2] in (None, person) for m in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, pos)])

    def before(self, lo: int, pos: int) -> tuple[int, int, str | None, bool] | None:
        """The last mention between lo and pos, no preposition before it (a speech verb's subject)."""
        for k in range(bisect_left(self.starts, pos) - 1, bisect_left(self.starts, lo) - 1, -1):
            if not self.mentions[k][3] and self.mentions[k][1] <= pos:
                return self.mentions[k]
        return None


@cache
def _commentators(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """roles.txt's words of an expert or an MP (speakers.commentator_words): whole words, and stems."""
    from digest.speakers import commentator_words

    words = [w for entry in commentator_words(lang) for w in entry.split()]
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def _commentator(form: str, lang: str) -> bool:
    """Whether a role mention's words hold an expert's or an MP's word ("the analysts", "analitycy")."""
    whole, stems = _commentators(lang)
    return any(w in whole or w.startswith(stems) for w in form.lower().split())


# Capitalised words in a row from a capitalised word (an institution's name: "Home Office").
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_a-zà-ÿа-яѐ-џґ][\w'’-]*)*")
# How far after a speech verb its subject may start (an article and a role word between).
_SUBJECT_GAP = 30


def _inflection(word: str, name: str) -> bool:
    """Whether word is name with an inflected ending, part by part ("Kosiniaka-Kamysza" of
    "Kosiniak-Kamysz", "Dudy" of "Duda"): each part keeps all but the name's last two letters and adds at most three."""
    ws, ns = word.lower().split("-"), name.lower().split("-")
    if len(ws) != len(ns):
        return False
    for w, n in zip(ws, ns):
        # Stems shorter than three letters would let any short word match.
        stem = max(3, min(len(w), len(n)) - 2)
        if len(n) < 3 or w[:stem] != n[:stem] or abs(len(w) - len(n)) > 3:
            return False
    return True


def _words_from(text: str, start: int, form: str) -> str:
    """The capitalised words in a row at start, or the form when none start there."""
    run = _WORD_RUN.match(text, start)
    return run.group() if run else form


def _institution(form: str, lex: Lexicon) -> bool:
    """Whether a mention names an office, not a person ("Home Office", "Downing Street")."""
    return any(w in lex.offices for w in fold(form).lower().split())


_OPENING_SUBJECT = 3


def _by_pronoun(
    text: str, low: str, lex: Lexicon, cues: list[int], sent: Sentence, cast: _Cast | None, prev: int | None, before: str | None
) -> _Said | None:
    """The source of a sentence with an "according to him" phrase ("За його словами"), None without
    one: a person named before it in the sentence ("Хурэлсух назвал другую цифру: по его словам"),
    else the source of the sentence before (before: its attributed speaker, or that of a quote
    closing since it), else the person opening that sentence (from prev: "Президент України
    подякував гостеві"); no one known, the phrase still names a source (not the paragraph's)."""
    at = next((p for p in cues if lex.by_pronoun.match(text, low, p)), None)
    if at is None:
        return None
    m = cast.before(sent.start, at) if cast else None
    if m:
        return _Said(m[2], None) if m[2] else _OTHER_SOURCE
    cut = max(low.rfind(";", sent.start, at), low.rfind(":", sent.start, at))
    if cut > 0 and len([w for w in _WORD.findall(low, sent.start, cut) if w not in lex.stop and w not in lex.of.forms]) >= _SUBJECT_CONTENT:
        # "S Macinkou souhlasí i hospodářská komora; podle ní …": a clause of its own before the
        # phrase holds what "her" stands for, here no person (the chamber); the source of the
        # sentence or paragraph before (Macinka's quote) is not its figures'. A phrase set off by
        # commas after its subject ("Investicijski fond, prema njegovim riječima, …") is not so.
        return _OTHER_SOURCE
    if before:
        return _Said(before, None)
    first = cast.first(prev, sent.start) if cast and prev is not None else None
    # Only a subject opening the sentence; a name further on is mostly an object ("подякував Ван дер
    # Беллену"), and with two people named there, which one "he" is stays unknown.
    if first and first[2] and len(_WORD.findall(low, prev, first[0])) < _OPENING_SUBJECT and cast and cast.only(first[2], prev, sent.start):
        return _Said(first[2], None)
    return _OTHER_SOURCE


# The value of an [according] entry that follows its source ("տվյալներով = after").
_POSTPOSED = "after"


def _attribution(
    text: str, low: str, lex: Lexicon, cues: list[int], sent: Sentence, last_name: str | None, cast: _Cast | None = None
) -> _Said:
    """The sentence's explicit source: a name beside a speech verb or after "according to".

    cues are where the sentence may have one (see _Phrases.candidates); cast, when given, says who
    a name, role or pronoun there is (see _Cast).
    """
    a, b = sent.start, sent.end
    for section in (lex.according, lex.verbs):
        for p in cues:
            hit = section.match(text, low, p)
            if not hit:
                continue
            if section is lex.verbs and _word_before(low, p, a)[1] in lex.articles.forms:
                continue  # "an estimated 3,000 jobs": an adjective, nobody speaks
            if section is lex.verbs and _attributive_verb(text, low, lex, p, hit[0], b):
                continue  # "its estimated cost has risen to …": an adjective of a measure noun
            if section is lex.according and (lex.qualifiers_after or hit[1] == _POSTPOSED):
                # A postposition follows its source ("Erdoğan'ın açıklamasına göre"): the name
                # after it is the clause's own ("Karabağ'da"). An entry valued "after" is one in a
                # language of prepositions too (hy "կոմիտեի տվյալներով", by the committee's data).
                found = _name_before_cue(text, lex, p, a) or _uncased_mention_before(text, cast, p, a)
                if not found:
                    return _OTHER_SOURCE
            elif section is lex.according:
                found = _name_at(text, _past_roles(low, lex, hit[0], b), b, lex)
            else:
                after = _name_at(text, hit[0], b, lex)
                if after and _addressee(low, lex, after, b):
                    after = None  # "told Reuters that": whom it was told to, not who told it
                if after is None or _is_role(after[1].lower(), lex):
                    # A role word is no name: the name closing its office is ("Ipinaliwanag ni Kalihim ng
                    # Ugnayang Panlabas Theresa Lazaro na": 'Kalihim', secretary, stood as the source).
                    after = _name_after_role(text, low, lex, cast, hit[0], b) or after
                found = (_name_before(text, low, lex, p, a) or _cast_before(text, lex, cast, p, a) or after
                         or _name_in_apposition(text, low, lex, hit[0], b) or _marked_subject(text, cast, p, a, lex.lang))
            if found:
                m = cast.at(found[0]) if cast else None
                if m:
                    # The quotes' form of the person ("Kosiniak-Kamysz", not "Kosiniaka-Kamysza");
                    # an institution's word ("Home" of "Home Office") is no one.
                    return _Said(m[2], m[2]) if m[2] else _OTHER_SOURCE
                if _institution(_words_from(text, found[0], found[1]), lex):
                    return _OTHER_SOURCE  # "Home Office figures", no person's mention there
                if cast is None:
                    full = _fullest(text, found[1], lex.lang)
                    return _Said(full, full)
                # With a cast, a speaker is one of its people, never the word read here: a
                # capitalised word no mention covers is an institution's ("По данным Бюро"), a
                # place's ("за даними Кишинева") or a unit's ("Milliarden Euro").
                if person := cast.inflected(found[1]):
                    return _Said(person, person)
                if section is lex.according and hit[1] == _POSTPOSED:
                    return _OTHER_SOURCE  # "Վիճակագրական կոմիտեի տվյալներով": a body's data, no one's words
                # Read on as if no name were there: the source is a role, a pronoun or no one.
                found = None
            if section is lex.according and _first_content(low, lex, hit[0], b, lex.stop.__contains__):
                # "По словам министра", "nach Angaben der Bundesregierung": a source that is no
                # named person; the last-named one is not it. A role the resolver gave a holder
                # covers the words right after ("Segundo o presidente brasileiro", "Podle prezidenta").
                if cast and (m := _role_holder(low, lex, cast, _skip_space(low, hit[0], b))):
                    return _Said(m[2], None, carry=False)
                m = cast.after(_past_roles(low, lex, hit[0], b) - 1, b) if cast else None
                if not (m and m[2]) and (holder := _title_holder(text, low, lex, cast, hit[0], b)):
                    return _Said(holder, None, carry=False)
                return _Said(m[2], None) if m and m[2] else _OTHER_SOURCE
            if section is lex.verbs:
                if lex.verb_final and cast and (m := _opening_subject(text, low, lex, cast, a, p, hit[0], b)):
                    return _Said(m[2], m[2]) if m[2] else _OTHER_SOURCE
                if _plural_subject(low, lex, a, p, own=True) or _plural_subject(low, lex, hit[0], b, 2):
                    return _OTHER_SOURCE  # "the leaders announced", "заявили стороны": not the last-named one
                if cast and (m := _subject_mention(low, lex, cast, p, a)):
                    if o := _named_opener(text, low, lex, cast, a, p, m):
                        return _Said(o[2], o[2])
                    # A role phrase the resolver gave a holder ends right before the verb: its
                    # subject ("Premierul român a precizat", "El mandatario paraguayo recordó"),
                    # though its last word, an adjective, is no role.
                    return _Said(m[2], None, carry=False)
                if holder := _title_holder(text, low, lex, cast, hit[0], b) or _title_holder(text, low, lex, cast, _article_start(low, lex, p, a), p):
                    return _Said(holder, None, carry=False)  # "the Taoiseach said", "said the Taoiseach"
                if _other_subject(text, low, lex, p, hit[0], a, b):
                    return _OTHER_SOURCE  # "the government said", "verwies die deutsche Seite"
                # The subject before the verb first: after it may be its object ("told British business").
                m = (cast.before(a, p) or cast.after(hit[0], b)) if cast else None
                if m and m[1] <= p and (o := _named_opener(text, low, lex, cast, a, p, m)):
                    m = o
                if m:
                    # The role or pronoun's person ("Polski prezydent mówił", "disse o ministro").
                    return _Said(m[2], None) if m[2] else _OTHER_SOURCE
                if any(w in lex.offices for w in _WORD.findall(low, a, p)):
                    return _OTHER_SOURCE  # "O Itamaraty, no entanto, citou": no person before the verb, an office
                if any(q.group(1)[:1].isupper() for q in _QUOTED_BODY.finditer(text, a, p)):
                    # "В "Газпроме" сообщили, что …", "W „Orlenie” poinformowano": a company's or outlet's name in
                    # quotation marks before the verb and no person: that body speaks, not the last-named one.
                    return _OTHER_SOURCE
                if lex.passive.entries and any(w in lex.passive.forms for w in _WORD.findall(low, max((m.end() for m in _CLAUSE.finditer(low, a, p)), default=a), p)):
                    # "Über die Grenze wurde nicht gesprochen": a passive names no speaker, and the
                    # last-named one (an expert quoted before) is not its source.
                    return _OTHER_SOURCE
                return _Said(last_name, None)
    return _NO_SOURCE


def _attributive_verb(text: str, low: str, lex: Lexicon, p: int, end: int, b: int) -> bool:
    """Whether a speech verb at p (ending at end) is an adjective of the measure noun right after
    it, a function word before it that is no subject pronoun ("its estimated cost", "their reported
    exports"): no one speaks there, and the last-named person is not its source."""
    before = _word_before(low, p, max(0, p - _LOOKBACK))[1]
    if not before or before not in lex.stop or before in _pronouns(lex.lang):
        return False
    nxt = _WORD.match(low, _skip_space(low, end, b), b)
    if not nxt:
        return False
    # A [generic] word is no such noun: "au confirmat cifra de 100 de milioane" (have confirmed the figure).
    hit = lex.measures.match(text, low, nxt.start())
    return bool(hit) and hit[0] == nxt.end()


def _named_opener(
    text: str, low: str, lex: Lexicon, cast: _Cast, a: int, p: int, m: tuple[int, int, str | None, bool]
) -> tuple[int, int, str | None, bool] | None:
    """The person named by name opening the clause of a speech verb at p, when the mention m
    closest before the verb is a role word of someone else: "Ministr zahraničí Petr Macinka … po
    jednání novinářům uvedl" (told journalists), "Minister Anna Kovács told the chancellor's
    adviser": the role between is whom it was said to, the clause's subject is its source."""
    if not m[2] or text[m[0] : m[0] + 1].isupper():
        return None
    c0 = max((c.end() for c in _CLAUSE.finditer(low, a, m[0])), default=a)
    o = cast.first(c0, m[0])
    if not o or not o[2] or o[2] == m[2] or o[3] or not text[o[0] : o[0] + 1].isupper():
        return None
    # The named subject opens its clause, a role word or two before it at most ("Ministr zahraničí").
    return o if len(_WORD.findall(low, c0, o[0])) <= _OPENING_SUBJECT and _plain_name(text, o) else None


def _plain_name(text: str, m: tuple[int, int, str | None, bool]) -> bool:
    """Whether a mention's text is a name of its person (a word of it), not a role or pronoun."""
    words = set(text[m[0] : m[1]].split())
    return bool(m[2]) and bool(words & set((m[2] or "").split()))


def _addressee(low: str, lex: Lexicon, name: tuple[int, str], limit: int) -> bool:
    """Whether a name right after a speech verb is whom it was told to: the subordinator opening what
    was said follows it at once, no comma between ("told Reuters that", "sa TT att"); a subject
    after its verb is set off ("sagte Merz, dass") or followed by the verb's object."""
    m = _WORD.match(low, _skip_space(low, name[0] + len(name[1]), limit), limit)
    return bool(m) and m.group() in lex.subordinators.forms


def _subject_mention(low: str, lex: Lexicon, cast: _Cast, p: int, a: int) -> tuple[int, int, str | None, bool] | None:
    """The resolved person mention (a role phrase) covering the last word before a speech verb at p,
    auxiliaries skipped ("Premierul român a precizat"), none after a preposition; else None."""
    pos = p
    for _ in range(3):
        i, w = _word_before(low, pos, a)
        if not w:
            return None
        if w not in lex.stop:
            m = cast.at(i)
            # A role's phrase, not a word read as a name ("Principale annonce").
            ok = m and m[2] and not m[3] and m[1] >= i + len(w) and any(_is_role(x, lex) for x in _WORD.findall(low, m[0], m[1]))
            return m if ok else None
        pos = i
    return None


# How far from a person's name a role word introducing them may stand ("O presidente Luiz Inácio").
_INTRODUCED_REACH = 40


def _role_holder(low: str, lex: Lexicon, cast: _Cast, pos: int) -> tuple[int, int, str | None, bool] | None:
    """The mention of a role at pos whose holder the text introduced with that role by their name
    ("Statsminister Karin Berg" … "ifølge statsministeren"), else None: a bare role no one was
    named with ("По словам министра") is a source the resolver's guess does not name."""
    m = cast.at(pos)
    if not m or not m[2]:
        return None
    role = next((w for w in _WORD.findall(low, m[0], m[1]) if _is_role(w, lex)), None)
    if role is None:
        return None
    stem = role[: max(4, len(role) - 3)]
    for o in cast.mentions:
        if o[2] != m[2] or o is m:
            continue
        lo, hi = max(0, o[0] - _INTRODUCED_REACH), o[1] + _INTRODUCED_REACH
        # The role's own words near the name are not an introduction ("Putin … По словам министра").
        if stem in low[lo : max(lo, min(hi, m[0]))] or stem in low[max(lo, m[1]) : hi]:
            return m
    return None


# Words a verb-final sentence's subject may follow (its roles: "Enerji ve Tabii Kaynaklar Bakanı").
_OPENING_WORDS = 6


def _opening_subject(
    text: str, low: str, lex: Lexicon, cast: _Cast, a: int, p: int, end: int, b: int
) -> tuple[int, int, str | None, bool] | None:
    """The person opening a sentence whose last word is its speech verb, set off by a comma or a
    particle ("Bayraktar, … açıkladı", "Ömer Bolat da … belirtti"), else None."""
    if _WORD.search(low, end, b):
        return None  # the verb does not end the sentence
    k = bisect_left(cast.starts, a)
    if k == len(cast.starts) or cast.starts[k] >= p:
        return None
    m = cast.mentions[k]
    if m[3] or len(_WORD.findall(low, a, m[0])) > _OPENING_WORDS:
        return None
    q = _skip_space(low, m[1], p)
    nxt = _WORD.match(low, q)
    return m if low.startswith(",", q) or (nxt and nxt.group() in lex.stop) else None


def _is_role(word: str, lex: Lexicon) -> bool:
    hit = lex.roles.match(word, word, 0)
    return bool(hit) and hit[0] == len(word)


def _past_roles(low: str, lex: Lexicon, pos: int, limit: int) -> int:
    """Where the words after pos go on past articles and role nouns ("министра Лаврова")."""
    for _ in range(3):
        m = _WORD.match(low, _skip_space(low, pos, limit), limit)
        if not m or not (m.group() in lex.articles.forms or _is_role(m.group(), lex)):
            break
        pos = m.end()
    return pos


def _first_content(low: str, lex: Lexicon, pos: int, limit: int, skip: Callable[[str], bool]) -> str | None:
    """The first of the next three words after pos that skip() does not pass over, if any."""
    for _ in range(3):
        m = _WORD.match(low, _skip_space(low, pos, limit), limit)
        if not m:
            return None
        if not skip(m.group()):
            return m.group()
        pos = m.end()
    return None


# How many words from a sentence's start its subject is looked for in ("Also, the two leaders").
_SUBJECT_WORDS = 4


def _plural_subject(low: str, lex: Lexicon, pos: int, limit: int, words: int = _SUBJECT_WORDS, own: bool = False) -> bool:
    """Whether one of the first few words after pos (before limit) opens a subject of several
    parties ("the leaders", "die beiden Regierungen", "стороны"): see [plural_subjects]. own: only
    the subject itself, not a phrase after a preposition ("Trade between the two countries was
    worth …, said X", "De handel tussen beide landen"), which says whose the figure is, not who speaks."""
    section = lex.plural_subjects
    if not section.entries:
        return False
    firsts = section.by_first  # most words start with no entry's letter: no match() call for them
    before = ""
    for k, m in enumerate(_WORD.finditer(low, pos, min(limit, pos + 16 * words))):
        if k >= words:
            break
        if low[m.start()] in firsts and section.match(low, low, m.start()) and not (own and before in _preposition_words(lex.lang)):
            return True
        before = m.group()
    return False


def _country_opens(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a sentence opens with a country's name as its subject, function words skipped
    ("Nederland zit", "La France consacre"): its name, not an adjective or a people's noun, and not
    one of two subjects ("Polen und Tschechien")."""
    for k, m in enumerate(_WORD.finditer(text, start, min(end, start + 64))):
        w = m.group()
        if k >= 3 or w.lower() not in lex.stop:
            if not w[:1].isupper() or not _country_name(w):
                return False
            nxt = _WORD.search(text, m.end(), min(end, m.end() + 32))
            # A name followed by a joiner or a possessive's apostrophe is not the subject alone.
            return bool(nxt) and text[m.end() : nxt.start()].isspace() and nxt.group().lower() not in lex.joiners.forms
    return False


@cache
def _preposition_words(lang: str) -> frozenset[str]:
    """The speakers stage's prepositions of a language (data/<lang>/prepositions.txt), folded."""
    return frozenset(fold(w).lower() for w, _ in _word_list(f"digest.data.{lang}", "prepositions.txt") if not w.endswith("*"))


def _title_holder(text: str, low: str, lex: Lexicon, cast: _Cast | None, pos: int, limit: int) -> str | None:
    """The person a capitalised title at pos (articles skipped, the title alone up to limit) stands
    for: the one resolved name the text gave right after that title elsewhere ("Taoiseach Micheál
    Martin" … "according to the Taoiseach", "the Taoiseach said"), else None. A title no role list
    has (an office kept in its own language) still names the one it introduced."""
    if cast is None or pos < 0:
        return None
    m = _WORD.match(low, _skip_space(low, pos, limit), limit)
    while m and m.group() in lex.articles.forms:
        m = _WORD.match(low, _skip_space(low, m.end(), limit), limit)
    if not m or not text[m.start()].isupper():
        return None
    # The title alone: nothing else before its clause ends ("according to the Taoiseach, of which").
    stop = nxt.start() if (nxt := _CLAUSE.search(low, m.end(), limit)) else limit
    if _WORD.search(low, m.end(), stop):
        return None
    title = text[m.start() : m.end()]
    holders = set()
    for o in _occurrences(text, title):
        at = o + len(title)
        if text[at : at + 1] != " " or not (h := cast.at(at + 1)) or h[0] != at + 1:
            continue
        if not h[2]:
            return None  # "Ministry Head Office": an institution's word, or no one known
        holders.add(h[2])
    return holders.pop() if len(holders) == 1 else None


def _article_start(low: str, lex: Lexicon, p: int, a: int) -> int:
    """Where the one word before p starts, or the article before it ("the Taoiseach" before
    "said"); -1 when nothing stands there."""
    i, w = _word_before(low, p, a)
    if not w:
        return -1
    j, article = _word_before(low, i, a)
    return j if article and article in lex.articles.forms else i


def _name_after_role(text: str, low: str, lex: Lexicon, cast: _Cast | None, pos: int, limit: int) -> tuple[int, str] | None:
    """The resolved name closing a role subject right after a speech verb, however long the office
    before it ("zei minister van Buitenlandse Zaken David van Weel", "a déclaré le ministre des
    Affaires étrangères Jean Dupont"), with where it starts; None without a cast, a role first,
    or with a clause break before the name (a comma sets off what _name_in_apposition reads)."""
    if cast is None:
        return None
    first = _WORD.match(low, _skip_space(low, pos, limit), limit)
    while first and first.group() in lex.articles.forms:
        first = _WORD.match(low, _skip_space(low, first.end(), limit), limit)
    if not first or not _is_role(first.group(), lex):
        return None
    k = bisect_left(cast.starts, first.end())
    if k == len(cast.starts):
        return None
    m = cast.mentions[k]
    if not m[2] or m[0] >= min(limit, pos + _APPOSITION_REACH) or _CLAUSE.search(low, first.end(), m[0]):
        return None
    return m[0], text[m[0] : m[1]]


def _other_subject(text: str, low: str, lex: Lexicon, p: int, end: int, a: int, b: int) -> bool:
    """Whether a speech verb without a name beside it has a subject that is no person: right
    after it ("said the government", "verwies die deutsche Seite") or before it ("Downing Street
    said", "the government said"). Pronouns and role nouns ("sagte er", "the minister said")
    stand for the last-named person.
    """
    m = _WORD.match(low, _skip_space(low, end, b), b)
    if m and m.group() in _pronouns(lex.lang):
        return False
    # An office right after the verb is its subject, articles or none ("podało ministerstwo").
    if m and _first_content(low, lex, m.start(), b, lex.articles.forms.__contains__) in lex.offices:
        return True
    if m and m.group() in lex.articles.forms:
        after = _first_content(low, lex, m.end(), b, lex.articles.forms.__contains__)
        if after and after not in lex.stop:
            return not _is_role(after, lex)
    pos = p
    apposition = False
    for k in range(3):
        i, w = _word_before(low, pos, a)
        w = w.rstrip(".")
        if not w and not apposition and (c := _back_space(low, pos, a)) > a and low[c - 1] == ",":
            # "Le Kazakhstan, premier producteur mondial d'uranium, assure": the subject stands
            # before the apposition, and a person there is one ("Macron, le président, a dit").
            opening = low.rfind(",", a, c - 1)
            if opening > a:
                apposition = True
                i, w = _word_before(low, opening, a)
                if w and text[i : i + 1].isupper():
                    return not _person(text, i, text[i : i + len(w)], lex)
                pos = opening
                continue
        if not w or not w[-1:].isalpha():
            return False  # nothing but function words before it: a pronoun's, an auxiliary's
        if w in _pronouns(lex.lang):
            return False  # "Накануне он говорил …": the pronoun is the subject, whatever opens the clause
        if w not in lex.stop:
            # A role stands for a person after an article ("the minister said"; "officials said"
            # are nobody known), or bare where the language has no articles ("заявил министр").
            role = _is_role(w, lex) and (not lex.articles.entries or _article_before(low, lex, i, a))
            # Where nouns are capitalised, a lower-case word is an adverb ("Anschließend sagte").
            return not role and not (lex.nouns_capitalised and text[i : i + 1].islower())
        pos = i
    return False


_ROLE_WORDS = 3


def _article_before(low: str, lex: Lexicon, pos: int, limit: int) -> bool:
    """Whether an article opens the noun group ending before pos, its modifiers between ("the
    minister", "the prime minister", "the Mexican foreign minister")."""
    for _ in range(_ROLE_WORDS):
        pos, word = _word_before(low, pos, limit)
        if not word or word in lex.articles.forms:
            return bool(word)
        if word in lex.stop:
            return False
    return False


@cache
def _relatives(lang: str) -> frozenset[str]:
    """The quotes stage's relative pronouns ("who", "quien"), which stand for the clause's antecedent."""
    return frozenset(w for w, _ in _word_list(f"digest.data.{lang}", "relative_pronouns.txt"))


@cache
def _pronouns(lang: str) -> frozenset[str]:
    """The quotes stage's subject pronouns ("er", "he"), which stand for the last-named person."""
    return frozenset(w for w, _ in _word_list(f"digest.data.{lang}", "pronouns.txt"))


def _name_at(text: str, pos: int, limit: int, lex: Lexicon) -> tuple[int, str] | None:
    """A name right after a speech verb or "according to" ("заявил Путин", "według Dudy"), with where it starts."""
    m = _CAPITAL.match(text, _skip_space(text, pos, limit))
    if not m or not _person(text, m.start(), m.group(), lex, seen=1):
        return None
    # "dichiarato Anno delle Professioni": a name is rarely followed by "of".
    after = fold(text[m.end() : m.end() + 12]).split()
    if after and lex.of.match(after[0], after[0], 0) and not _particle_before_capital(text, m.end()):
        return None
    return m.start(), m.group()


def _particle_before_capital(text: str, pos: int) -> bool:
    """Whether name particles (data/any/particles.txt) and then a capitalised word follow pos: the
    rest of a name ("zei David van Weel", "disse Lula da Silva"), though the particle is the
    language's "of" too."""
    words = text[pos : pos + _PARTICLE_REACH].split()
    k = 0
    while k < len(words) - 1 and words[k] in _particle_words():
        k += 1
    return k > 0 and words[k][:1].isupper()


# Characters after a name its particles and the capitalised word after them are looked for in.
_PARTICLE_REACH = 40


@cache
def _particle_words() -> frozenset[str]:
    """The words of the name particles' chains (von, der, van, da), not the hyphen or apostrophe prefixes."""
    return frozenset(w for line, _ in _word_list("digest.data.any", "particles.txt") for w in line.split() if w.isalpha())


# How far after a speech verb its role subject may run before the comma setting off the name.
_APPOSITION_REACH = 80


def _name_in_apposition(text: str, low: str, lex: Lexicon, pos: int, limit: int) -> tuple[int, str] | None:
    """The name set off by a comma after a speech verb's role subject ("a précisé le ministre
    estonien des Affaires étrangères, Margus Tsahkna, qui …"), with where it starts."""
    comma = low.find(",", pos, min(limit, pos + _APPOSITION_REACH))
    if comma < 0:
        return None
    words = _WORD.findall(low, pos, comma)
    # The subject opens with its role, an article or two before it: "le ministre", "the foreign minister".
    head = [w for w in words[:3] if w not in lex.articles.forms and w not in lex.stop]
    if not head or not any(_is_role(w, lex) for w in head[:2]):
        return None
    return _name_at(text, comma + 1, limit, lex)


@cache
def _subject_marker_words(lang: str) -> frozenset[str]:
    """A verb-last language's postpositions marking a clause's subject (data/<lang>/subject_markers.txt: Urdu نے)."""
    return frozenset(line.split()[0] for line in data.sections("subject_markers.txt", lang).get("", []) if line.split())


def _marked_subject(text: str, cast: _Cast | None, pos: int, limit: int, lang: str) -> tuple[int, str] | None:
    """In a verb-last language, the person the resolver found before a subject marker ahead of the speech verb at
    pos ('اسحاق ڈار نے صحافیوں کو بتایا کہ … 4.8 ارب ڈالر'): the verb's subject stands words before it, past its
    addressee, where no name is read right before the verb. A language without markers pays one set test."""
    markers = _subject_marker_words(lang)
    if cast is None or not markers:
        return None
    m = cast.before(limit, pos)
    if not (m and m[2]):
        return None
    nxt = _WORD.match(text, _skip_space(text, m[1], pos))
    return (m[0], text[m[0] : m[1]]) if nxt and nxt.group() in markers else None


def _uncased_mention_before(text: str, cast: _Cast | None, pos: int, limit: int) -> tuple[int, str] | None:
    """In a script without capitals, the person the resolver found in the word right before a postposed cue
    ('پیسکوف کے مطابق', according to Peskov): no capital tells the name there (_name_before_cue reads capitals),
    the resolver's mention does. A cased word is left to _name_before_cue."""
    if cast is None:
        return None
    i, w = _word_before(text, pos, limit)
    if not w or w[:1].isupper() or w[:1].islower():
        return None
    m = cast.at(i)
    return (m[0], text[m[0] : m[1]]) if m and m[2] else None


def _name_before_cue(text: str, lex: Lexicon, pos: int, limit: int) -> tuple[int, str] | None:
    """A person's name among the two words before a postposed cue, its case ending cut ("Erdoğan'ın açıklamasına göre")."""
    for _ in range(2):
        i, w = _word_before(text, pos, limit)
        if not w:
            return None
        name = re.split(r"['’]", w)[0]
        if name[:1].isupper() and _person(text, i, name, lex, seen=1):
            return i, name
        pos = i
    return None


def _name_before(text: str, low: str, lex: Lexicon, pos: int, limit: int) -> tuple[int, str] | None:
    """A person's name just before pos, auxiliaries skipped ("Tokayev ha fornito"), with where it starts."""
    for _ in range(3):
        i, w = _word_before(text, pos, limit)
        if not w and (c := _back_space(text, pos, limit)) > limit and text[c - 1] == ",":
            # The name closing an apposition, set off by commas both sides: "el presidente del
            # Gobierno, Pedro Sánchez, había cifrado" ("firmado con Pemex, dijo" is no source).
            # Set off so, one mention is enough, as right after a speech verb.
            # "Cooper, who held talks with … on Wednesday, said": a relative clause set off by commas
            # before the verb; its subject is the clause's antecedent, whatever word ends the clause.
            comma = text.rfind(",", limit, c - 1)
            first = _WORD.search(text, comma + 1, c - 1) if comma > limit else None
            if first and text[comma + 1 : first.start()].isspace() and first.group().lower() in _relatives(lex.lang):
                j, v = _word_before(text, comma, limit)
                j, v = _whole_hyphenated(text, j, v, limit)
                # Set off so, one mention is enough, as for an apposition.
                return (j, v) if v[:1].isupper() and _person(text, j, v, lex, seen=1) else None
            i, w = _word_before(text, c - 1, limit)
            if not w[:1].isupper() or not _person(text, i, w, lex, seen=1):
                return None
            j = i
            for _ in range(3):
                k, v = _word_before(text, j, limit)
                if not v[:1].isupper():
                    break
                j = k
            opening = _back_space(text, j, limit)
            if opening <= limit or text[opening - 1] != ",":
                return None
            # "Mahmood, who spent the day with the justice minister, Beat Jans, said": the apposition
            # closes a relative clause; the verb's subject is the clause's antecedent, named before it.
            relatives = _relatives(lex.lang)
            comma = text.rfind(",", limit, opening - 1)
            while comma >= 0:
                first = _WORD.search(text, comma + 1, opening)
                if first and text[comma + 1 : first.start()].isspace() and first.group().lower() in relatives:
                    return _name_before(text, low, lex, comma, limit)
                comma = text.rfind(",", limit, comma)
            # "Stubb et son homologue, Alar Karis, ont promis": one of two subjects, not the source.
            return None if any(x in lex.joiners.forms for x in _WORD.findall(text.lower(), limit, opening)) else (i, w)
        if not w:
            return None
        # "Ms Meinl-Reisinger said": the name is the whole hyphenated word, not its last part.
        i, w = _whole_hyphenated(text, i, w, limit)
        if w[:1].isupper() and _person(text, i, w, lex):
            return i, w
        if w.lower() not in lex.stop:
            return None
        pos = i
    return None


def _whole_hyphenated(text: str, i: int, w: str, limit: int) -> tuple[int, str]:
    """The word at i (w, as _word_before gives it) with the parts a hyphen joins before it
    ("Meinl-Reisinger", not "Reisinger"): a name's later part alone is never counted as a name."""
    j = i
    while j - 1 > limit and text[j - 1] == "-" and text[j - 2].isalpha():
        k, v = _word_before(text, j - 1, limit)
        if not v or k >= j - 1:
            break
        j = k
    return (j, text[j : i + len(w)]) if j < i else (i, w)


_APOSTROPHE_LETTER = re.compile(r"['’]([^\W\d_])")


def _cast_before(text: str, lex: Lexicon, cast: _Cast | None, pos: int, limit: int) -> tuple[int, str] | None:
    """A person the resolver found just before pos, auxiliaries skipped ("Župan Nikola Dobroslavić rekao
    je da"): named once, a speech verb's subject is still its reported clause's source."""
    if cast is None:
        return None
    for _ in range(3):
        i, w = _word_before(text, pos, limit)
        if not w:
            return None
        if w[:1].isupper():
            # A case ending after an apostrophe ("Bakü'de konuştu") marks no subject.
            if (e := _APOSTROPHE_LETTER.search(w)) and e.group(1).islower():
                return None
            m = cast.at(i)
            # A full name only: a lone capitalised word the resolver took for someone may open a
            # sentence ("Principale annonce : …").
            return (i, w) if m and m[2] and " " in m[2] and not m[3] and _person(text, i, w, lex, seen=1) else None
        if w.lower() not in lex.stop:
            return None
        pos = i
    return None


def _person(text: str, pos: int, word: str, lex: Lexicon, seen: int = 2) -> bool:
    """Whether a capitalised word reads as a person's name: seen often enough, no article, not a place.

    Before a verb a name must recur (sentence-initial words are capitalised too); right after a
    speech verb one mention is enough.
    """
    low = word.lower()
    if low in lex.stop or _month(low, lex) or _weekday(low, lex.lang) or not _capitalised(text, word, seen) or low in _places():
        return False
    _, before = _word_before(text, pos, max(0, pos - 20))
    if re.search(r"['’]$", text[max(0, pos - 1) : pos]) or before.lower() in lex.articles.forms:
        return False
    return True


def _capitalised(text: str, word: str, times: int) -> bool:
    """Whether _CAPITAL, finding capitalised words left to right, finds the word at least `times` times.

    Only the word's occurrences are looked at (a few names are asked about per article, and
    every capitalised word of a long page is many): each counts when _CAPITAL matches it whole and
    would start there, that is when no capital stands earlier in the run of word characters it ends.
    """
    found = 0
    at = text.find(word)
    while at >= 0 and found < times:
        whole = _CAPITAL.match(text, at)
        if whole and whole.end() == at + len(word):
            run = at
            while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "_’'-"):
                run -= 1
            found += not _CAPITAL_FIRST.search(text, run, at)
        at = text.find(word, at + 1)
    return found >= times


@cache
def _weekdays(lang: str) -> frozenset[str]:
    """Day names ("Thursday pledged"), which a capital does not make a speaker."""
    return frozenset(f.lower() for line, _ in _word_list(f"digest.data.{lang}", "weekdays.txt") for f in line.split()[1:])


def _weekday(word: str, lang: str) -> bool:
    return any(word == f or f.endswith("*") and word.startswith(f[:-1]) for f in _weekdays(lang))


@cache
def _places() -> frozenset[str]:
    """Place names from the shared gazetteer, so "Kazakistan ha aggiunto" is not a speaker."""
    try:
        raw = data.marks_as_letters(resources.files("digest.data").joinpath("places.txt").read_text("utf-8"))
    except FileNotFoundError:
        return frozenset()
    forms: set[str] = set()
    for line in raw.splitlines():
        if line.startswith("#") or line.count("|") < 3:
            continue
        for part in line.split("|", 3)[3].replace("adj:", ",").split(","):
            if part.strip() and not part.strip().endswith("*"):
                forms.add(part.strip().lower())
    return frozenset(forms)


def _written(text: str, word: str) -> bool:
    """Whether the word stands in the text as written, hyphenated ones whole or in parts."""
    if _SEPARATED.search(word):
        return word in _hyphenated(text)
    return bool(_PLAIN.fullmatch(word)) and _word_starts(text).has(word)


@lru_cache(maxsize=4)
def _hyphenated(text: str) -> frozenset[str]:
    """The hyphenated words of a text as written ("Kassym-Jomart"): read once per article."""
    return frozenset(_HYPHENATED.findall(text))


# Matches start at word starts only, and nothing is given back: long words stay linear.
_HYPHENATED = re.compile(r"(?<!\w)\w++(?:[-’']\w++)+")


class _WordStarts:
    """Where given words of one text start, as whole words (runs of \\w), and whether they occur.

    The first few words asked for are searched for in the text (str.find is fast), later ones in
    an index of every word built once: many names must not make it quadratic. Whether a word
    occurs at all is asked apart: it needs only the first occurrence, and an index of the words
    without their places, which one regex call builds.
    """

    SEARCHED = 64

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, list[int]] = {}
        self.index: dict[str, list[int]] | None = None
        self.searched = 0
        self.words: frozenset[str] | None = None

    def of(self, word: str) -> list[int]:
        """Where the word (a run of \\w) stands whole in the text."""
        if self.index is not None:
            return self.index.get(word, [])
        if word not in self.found:
            if len(self.found) == self.SEARCHED:
                self.index = {}
                for m in _PLAIN.finditer(self.text):
                    self.index.setdefault(m.group(), []).append(m.start())
                return self.of(word)
            found = []
            p = self._next(word, 0)
            while p >= 0:
                found.append(p)
                p = self._next(word, p + 1)
            self.found[word] = found
        return self.found[word]

    def has(self, word: str) -> bool:
        """Whether the word (a run of \\w) stands whole in the text."""
        if self.words is None and self.searched < self.SEARCHED:
            self.searched += 1
            return self._next(word, 0) >= 0
        if self.words is None:
            self.words = frozenset(_PLAIN.findall(self.text))
        return word in self.words

    def _next(self, word: str, pos: int) -> int:
        """Where the word next stands whole from pos, or -1."""
        # str.find, not a regex: a pattern per word would be compiled per article.
        text = self.text
        p = text.find(word, pos)
        while p >= 0 and (p and _PLAIN.match(text, p - 1) or _PLAIN.match(text, p + len(word))):
            p = text.find(word, p + 1)
        return p


@lru_cache(maxsize=4)
def _word_starts(text: str) -> _WordStarts:
    """The word finder of a text, shared by the sentences of one article."""
    return _WordStarts(text)


def _occurrences(text: str, name: str) -> list[int]:
    """Offsets where name stands as whole words."""
    first = _PLAIN.match(name)
    if not first:
        return []
    end = len(name)
    return [p for p in _word_starts(text).of(first.group())
            if text.startswith(name, p) and not text[p + end : p + end + 1].isalnum() and text[p + end : p + end + 1] != "_"]


_SEPARATED = re.compile(r"[-’']")
_PLAIN = re.compile(r"\w+")
_CAPITAL_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞƏЀ-ЯҐ][\w’'-]+$")


def _capital_before(text: str, pos: int) -> str | None:
    """The capitalised word right before pos and one space ("Kassym-Jomart" before "Tokayev")."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    m = _CAPITAL_RUN.search(text, max(0, pos - 1 - _MAX_WORD), pos - 1)
    return m.group() if m else None


@lru_cache(maxsize=256)
def _fullest(text: str, name: str, lang: str) -> str:
    """The name with the first names usually written before it ("Kassym-Jomart Tokayev")."""
    roles = lexicon(lang).roles
    best = name
    for _ in range(2):
        # A capitalised word opening a sentence or a line ("Według Dudy", "Worüber Putin") is no
        # first name; titles are known roles or capitalised words also written in lower case.
        found = _occurrences(text, best)
        before = [(p, _capital_before(text, p)) for p in found]
        left = [w for p, w in before if w and not _line_start(text, p - len(w) - 1, 0)]
        left = [
            w for w in left
            if not _written(text, w.lower()) and not (roles.match(w.lower(), w.lower(), 0) or (0, ""))[0] == len(w)
        ]
        if not left:
            break
        # Ties go to the first seen: a set's order would change with the hash seed.
        top = Counter(left).most_common(1)[0][0]
        if best != name and left.count(top) < 0.8 * len(found):
            break
        best = f"{top} {best}"
    return best


def _respective_labels(text: str, low: str, lex: Lexicon, sent: Sentence, kept: Sequence[Figure]) -> dict[int, str]:
    """Labels of figures a [respectively] word pairs with the subjects in order, by figure start:
    "A and B raised 500 million euros and 553 million dollars, respectively" gives A the first
    figure and B the second; every figure would otherwise take the clause's first noun group (A).
    Empty unless the subjects joined just before the paired figures are as many as they are."""
    phrases = lex.sections.get("respectively")
    if len(kept) < 2 or phrases is None or phrases.word_starts is None:
        return {}
    hit = phrases.word_starts.search(low, sent.start, sent.end)
    if not hit or not phrases.match(text, low, hit.start()):
        return {}
    figs = [f for f in kept if f.end <= hit.start()]
    if len(figs) < 2:
        # "przekazały odpowiednio 40 mln euro i 70 mln dolarów", "5 bzw. 6 Millionen": the word
        # may stand before the figures or between them; then the sentence's figures are paired.
        figs = list(kept)
    # The paired figures are the last ones ("… 300 camiões por dia, acrescentando que A e B … 500
    # milhões e 553 milhões, respetivamente"): each start is tried, the earliest that fits wins.
    for k in range(len(figs) - 1):
        lo = figs[k - 1].end if k else sent.start
        subjects = _respective_subjects(text, low, lex, lo, figs[k].start, hit.start(), len(figs) - k)
        if subjects:
            return {f.start: label for f, label in zip(figs[k:], subjects, strict=True)}
    return {}


def _respective_subjects(text: str, low: str, lex: Lexicon, lo: int, first: int, word: int, n: int) -> list[str] | None:
    """The n subjects joined between lo and the first paired figure ("A, B and C"), in order, if
    there are exactly n; word: where the [respectively] word stands."""
    # The last joiner before the first figure joins the last two subjects ("A e B já mobilizaram").
    joints = [m for m in _WORD.finditer(low, lo, first) if m.group() in lex.joiners.forms]
    if not joints:
        return None
    joint = joints[-1]
    words = _tidy(_trim(_phrase_from(text, low, lex, joint.end(), min(first, word), tidy=True), lex), lex).split()
    if words and words[0][:1].isupper():
        # A name ends at its last capitalised word ("Japonia przekazały": the verb is no part of it),
        # an "of"-word inside it kept ("Bank of England").
        keep = 1
        while keep < len(words) and (words[keep][:1].isupper() or (
                words[keep].lower() in lex.of.forms and keep + 1 < len(words) and words[keep + 1][:1].isupper())):
            keep += 1
        words = words[:keep]
    last = " ".join(words)
    if not last:
        return None
    subjects = [last]
    # The subjects before it: runs of content words back from the joiner, the earlier ones
    # set off by commas ("A, B and C"); articles and other function words end a run.
    end = joint.start()
    while len(subjects) < n:
        found = list(_WORD.finditer(text, lo, end))
        run: list[str] = []
        k = len(found) - 1
        while k >= 0 and text[found[k].end() : end if not run else found[k + 1].start()].strip() == "" and found[k].group().lower() not in lex.stop:
            run.insert(0, found[k].group())
            k -= 1
        if not run:
            return None
        subjects.insert(0, " ".join(run))
        # Function words (articles) before the run, then a comma leads to another subject.
        while k >= 0 and found[k].group().lower() in lex.stop and not text[found[k].end() : found[k + 1].start()].strip():
            k -= 1
        gap_from = found[k].end() if k >= 0 else lo
        if text[gap_from : found[k + 1].start()].strip() != "," or len(subjects) == n:
            break
        end = gap_from
    return subjects if len(subjects) == n else None


def _label(text: str, low: str, lex: Lexicon, sent: Sentence, f: Figure) -> str:
    """The figure's label (see _found_label), none rather than an aside in brackets ("Merz (CDU)")
    or, where nouns are capitalised, words without a noun ("Ab könnten", "was")."""
    label = _found_label(text, low, lex, sent, f)
    if not label:
        return label
    at = text.find(label, sent.start, sent.end)
    if at > sent.start and text[at - 1] == "(" and text[at + len(label) : at + len(label) + 1] == ")":
        return ""
    if lex.nouns_capitalised and not any(_noun_word(text, lex, sent, w) for w in _WORD.findall(label)):
        return ""
    return label


_NOUN_LETTERS = 4


def _noun_word(text: str, lex: Lexicon, sent: Sentence, word: str) -> bool:
    """Whether a label word may be a noun where nouns are capitalised: a capitalised word, at the
    sentence start only a long one that is no function word ("Handel", not "Ab")."""
    if not word[:1].isupper():
        return False
    at = text.find(word, sent.start, sent.end)
    # A word from elsewhere (the sentence before) was a noun there.
    first = at >= 0 and not text[sent.start : at].strip(" \"'„“«»‚‘")
    return not first or len(word) >= _NOUN_LETTERS and word.lower() not in lex.stop and not lex.of.match(word.lower(), word.lower(), 0)


def _found_label(text: str, low: str, lex: Lexicon, sent: Sentence, f: Figure) -> str:
    """A short label of what the figure measures, taken from its sentence: the measure noun the
    language names ("commercio bilaterale"), a count's own noun, else a noun group of its clause."""
    if f.kind == "count":
        # The counted noun and what an "of"-word links to it ("regioni della Federazione Russa");
        # what follows it otherwise is mostly the clause's verb ("aziende sponsorizzano").
        link = lex.of.match(text, low, _skip_space(text, f.end, sent.end))
        rest = _phrase_from(text, low, lex, link[0], sent.end, 2).split() if link else []
        if lex.adjectives_after and len(rest) == 2 and rest[0][:1].isupper() != rest[1][:1].isupper():
            rest = rest[:1]  # "regioni del Kazakistan coprendo": a name goes on in capitals only
        rest = " ".join(rest)
        return f"{f.unit} {rest}".strip() if f.unit else _phrase_from(text, low, lex, f.end, sent.end, 2)
    if f.kind in ("money", "percent", "measure", "number"):
        # The same measure noun that conflicts compare figures by (the sentence is cached there).
        short = _tidy(_measure_label(text[sent.start : sent.end], text[f.start : f.end], lex.lang)[2], lex)
        # "Er belief sich auf …": the pronoun stands for the measure opening the sentence before.
        short = short or _tidy(_antecedent_measure(text, sent.start, text[sent.start : sent.end], lex.lang)[2], lex)
        # A length or a weight measures the noun linked after it ("3 miliardi di metri cubi di
        # gas"), not a measure named elsewhere in the sentence ("circa 200 chilometri").
        if short and (f.kind != "measure" or short.split()[0].lower() in low[f.end : f.end + _LOOKBACK]):
            return short
    if f.kind == "ordinal" and (words := _WORD.findall(text, f.start, f.end)) and text[f.end - 1].isalpha():
        # "terzo partner", "21° Forum": the ranked noun is the figure's last word.
        if not _memo(_label_word, lex.lang)[words[-1]][3]:
            return words[-1]
    if (f.kind == "duration" and f.word or f.kind == "measure" and "-" in text[f.start : f.end]) and not any(c in _BLANKS for c in text[f.start : f.end]):
        # A compound adjective ("двухдневным визитом", "two-day visit", "a 42-kilometre road")
        # qualifies the noun after it.
        label = _phrase_from(text, low, lex, f.end, sent.end)
        if f.kind == "measure" and label:
            # "a 42-kilometer road between the towns": the noun group ends at a preposition.
            prepositions = _preposition_words(lex.lang)
            label = " ".join(takewhile(lambda w: fold(w).lower() not in prepositions, label.split()))
        if label:
            return label
    after = lex.of.match(text, low, _skip_space(text, f.end, sent.end))
    if f.kind == "duration" and after and _of_noun(low, lex, _skip_space(text, after[0], sent.end)):
        # "due ore di colloquio", "ten years of war": the duration is of what follows.
        if label := _tidy(_phrase_from(text, low, lex, after[0], sent.end, 2, tidy=True), lex):
            return label
    if f.kind == "duration" and (label := _tidy(_noun_before_of(text, low, lex, sent.start, f.start), lex)):
        return label  # "una visita di due giorni": the noun the duration is of
    if f.kind in ("percent", "measure") and after:
        # "il 43% dell'uranio mondiale", "20% of exports", "7.500 chilometri di confine": the share
        # or the length is of what follows.
        label = _phrase_from(text, low, lex, after[0], sent.end)
        if label:
            return label
    bounds = [sent.start] + [sent.start + m.end() for m in _CLAUSE.finditer(text[sent.start : f.start])]
    for start in reversed(bounds):
        found = _WORD.search(low, start, f.start)
        if not found:
            continue
        first = found.group()
        if start != bounds[-1] and not lex.nouns_capitalised and _name_clause(text, start, f.start):
            # ", Keir Starmer, que anunciou …", "in Koror, Palau, with …": an apposed name is whom
            # or where the figure is of, never what it measures; nor is a clause before it (the
            # name's title): the words after the figure are looked at instead.
            break
        source = lex.according.match(text, low, found.start())
        if source and start != bounds[-1]:
            continue  # ", according to the Office for National Statistics, …": a clause that only names a source
        if source:
            # "Nach Angaben der türkischen Seite belief sich der Handel …": the source names who
            # reports, not what is measured; the label is looked for after it.
            start = _past_source(text, low, lex, source[0], f.start)
        elif first in lex.subordinators.forms:
            start = found.end()  # "…, что российские инвестиции …": the clause has its own subject
        elif (first in lex.joiners.forms and (nxt := _WORD.search(low, found.end(), f.start))
                and nxt.group() in lex.subordinators.forms and not low[found.end() : nxt.start()].strip()):
            # "…, y que el objetivo … es llegar a 20.000 millones", "and that the target is …": a
            # second reported clause has its own subject too; the clause before is another figure's.
            start = nxt.end()
        elif first in lex.stop and not lex.articles.match(first, first, 0) and start != bounds[0]:
            continue  # "…, ha raggiunto i": the subject is in the clause before
        elif said := _speech_verb_end(text, low, lex, start, f.start):
            # "Officials said the ₹1.5 lakh crore target …": the subject of a speech verb is who
            # tells the figure, never what it measures; the label is after the verb or the figure.
            start = _past_addressee(low, lex, said, f.start)
        elif reported := _reported_start(text, low, lex, start, f.start):
            # "il ministro dell'Interno Matteo Piantedosi ha spiegato che gli arrivi …": the subject
            # of a speech verb further on is who tells the figure, too.
            start = reported
        if lex.qualifiers_after:
            # "Erdoğan'ın açıklamasına göre …": a source closed by a postposition names who
            # reports, not what is measured; the label is looked for after it.
            start = max([h[0] for k in lex.according.candidates(low, start, f.start) if (h := lex.according.match(text, low, k)) and h[0] <= f.start], default=start)
        # The label stays in its clause ("Bilateral trade, according to …": not "according").
        stop = _CLAUSE.search(text, start, f.start)
        label = _tidy(_trim(_phrase_from(text, low, lex, start, stop.start() if stop else f.start, tidy=True), lex), lex)
        if label and not (start != bounds[0] and _change_words()[0].fullmatch(label.lower())):
            return label
        # "…, увеличившись на 13,6 %", "…, rising 5%": a word of change alone names no measure;
        # the clause before says what changed.
    # The words after the figure, in its clause ("unter vier Augen, bevor …": not "Augen bevor").
    stop = _CLAUSE.search(text, f.end, sent.end)
    return _tidy(_phrase_from(text, low, lex, f.end, stop.start() if stop else sent.end, tidy=True), lex)


def _name_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause from start (to the next clause mark before end) is capitalised words
    only, one to four: a name set off by commas ("Keir Starmer", "Palau")."""
    stop = _CLAUSE.search(text, start, end)
    clause = text[start : stop.start() if stop else end]
    words = clause.split()
    return 0 < len(words) <= _NAME_CLAUSE_WORDS and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in clause)


# The most words of a name set off by commas.
_NAME_CLAUSE_WORDS = 4


def _speech_verb_end(text: str, low: str, lex: Lexicon, start: int, end: int) -> int | None:
    """Where a speech verb within two words of start ends ("Officials said"), or after a subject
    of capitalised words only, a title and a name ("Kyrgyz Energy Minister Taalaibek Ibraev said"),
    else None."""
    titled = True
    for seen, m in enumerate(_WORD.finditer(low, start, end)):
        if seen > 2 and not titled or seen > _TITLED_SUBJECT_WORDS:
            break
        if (hit := lex.verbs.match(text, low, m.start())) and hit[0] <= end:
            return hit[0]
        titled = titled and text[m.start()].isupper()
    return None


# The most words of a capitalised subject (title and name) before a speech verb.
_TITLED_SUBJECT_WORDS = 7

# Words between a speech verb and the subordinator opening what was said ("told reporters that").
_ADDRESSEE_WORDS = 4


def _past_addressee(low: str, lex: Lexicon, pos: int, end: int) -> int:
    """Where what was said begins after a speech verb ending at pos: past the subordinator within a
    few words ("sa till TT att summan", "told reporters that trade"), as whom it was told to (a news
    agency, reporters) is not what the figure measures; pos when none follows."""
    for seen, m in enumerate(_WORD.finditer(low, pos, end)):
        if seen > _ADDRESSEE_WORDS:
            break
        if m.group() in lex.subordinators.forms:
            return m.end()
    return pos


def _reported_start(text: str, low: str, lex: Lexicon, start: int, end: int) -> int | None:
    """Where the last reported clause between start and end begins: past a subordinator with a
    speech verb within a few words before it ("ha spiegato che", "said on Monday that"), else None."""
    if not lex.subordinators.forms:
        return None
    found = None
    recent: list[int] = []
    for m in _WORD.finditer(low, start, end):
        if m.group() in lex.subordinators.forms and any(
            (h := lex.verbs.match(text, low, k)) and h[0] <= m.start() for k in recent
        ):
            found = m.end()
        recent.append(m.start())
        del recent[: -_ADDRESSEE_WORDS - 1]
    return found


def _of_noun(low: str, lex: Lexicon, pos: int) -> bool:
    """Whether a noun a duration can be of starts at pos: not a date or a time word ("Monaten des
    Jahres", "mesi del 2025" name when, not what lasted)."""
    m = _WORD.match(low, pos)
    if not m:
        return False
    word = m.group()
    # The time words' own endings vary ("Jahr", "Jahres"): a shared stem of four letters is enough.
    return not (_month(word, lex) or _weekday(word, lex.lang) or any(word.startswith(t[:4]) for t in lex.time.forms if len(t) >= 4) or _whole(lex.time, word))


def _whole(ph: _Phrases, word: str) -> bool:
    """Whether a phrase of ph is the whole (lower-case) word, or a stem of it."""
    m = ph.match(word, word, 0)
    return m is not None and m[0] == len(word)


def _debris(word: str, lex: Lexicon) -> bool:
    """Whether a word cannot open or close a label: a connector ("contre", "pourtant"), a
    speech or predicate verb ("spraken", "тривали"), a weekday or a month."""
    lw = word.lower()
    return (
        # A lone small letter is a case ending cut off a figure ("2035'e") or a conjunction ("e").
        (len(word) == 1 and word.islower())
        or _whole(lex.unlabel, lw)
        or _whole(lex.verbs, lw)
        # A finite verb where verbs are marked at their start (Swahili "anapoteza", "ilifikia"): see _noun_before.
        or _prefixed_verb(lw, lex)
        or _weekday(lw, lex.lang)
        or _month(lw, lex)
        # In a script without capitals (Devanagari, Hebrew, Arabic, Georgian) the quotes stage's stop words and subject
        # pronouns mark the clause's function words its [stop] list leaves out: "हम 2030 तक 500 गीगावाट …" (we) and
        # "कभी दो अरब" (sometimes) name nothing; nor does an earlier figure's unit ("500 गीगावाट, … लगभग 46 प्रतिशत").
        # (Cased scripts keep their labels: capitals tell names there.)
        or (word[:1].isalpha() and not word[:1].isupper() and not word[:1].islower()
            and (lw in _uncased_stop(lex.lang) or any(_whole(ph, lw) for ph in (lex.currencies, lex.units))))
    )


@cache
def _uncased_stop(lang: str) -> frozenset[str]:
    """A language's stopwords.txt and pronouns.txt words (the quotes stage's lists), as the number lexicon reads
    its words (vowel signs as letters)."""
    return frozenset(w.lower() for name in ("stopwords.txt", "pronouns.txt") for w, _ in _word_list(f"digest.data.{lang}", name))


def _debris_word(word: str, lang: str) -> bool:
    """_debris for the word memo (see _memo)."""
    return bool(_debris(word, lexicon(lang)))


def _tidy(label: str, lex: Lexicon) -> str:
    """The label without clause debris at its ends, and none at all when only the unit is left
    ("euro", "tonnes"): that is the figure's unit, not what it measures."""
    words = label.split()
    debris = _memo(_debris_word, lex.lang)
    while words and debris[words[-1]]:
        words.pop()  # "regeringsleiders spraken": the subject is what is measured, not its verb
    while words and debris[words[0]]:
        words.pop(0)  # "contre tonnes": a connector opens the clause, the noun follows
    if len(words) == 1 and any(_whole(ph, words[0].lower()) for ph in (lex.currencies, lex.units, lex.time, lex.percent)):
        return ""
    return " ".join(words)


def _trim(label: str, lex: Lexicon) -> str:
    """The label without a finite verb at its end ("Tokayev ritiene" is "Tokayev")."""
    head, _, last = label.rpartition(" ")
    return head if head and last.islower() and last.endswith(lex.verb_endings) else label


def _past_source(text: str, low: str, lex: Lexicon, pos: int, end: int) -> int:
    """Where the clause goes on after the source named from pos ("der türkischen Seite", "the
    Ministry of Trade"): its first content word and the capitalised words after it are skipped.
    Where nouns are capitalised (German), the verb that follows a fronted source is skipped too.
    """
    last = None
    for m in _WORD.finditer(text, pos, end):
        word = m.group()
        if last is None:
            if word.lower() in lex.stop or lex.nouns_capitalised and word[:1].islower():
                continue  # an article, or an adjective before the noun
            last = m.end()
        elif word[:1].isupper():
            last = m.end()
        else:
            break
    if last is None:
        return end
    if lex.nouns_capitalised:
        nxt = _CAPITAL.search(text, last, end)
        return nxt.start() if nxt else end
    return last


def _phrase_from(text: str, low: str, lex: Lexicon, start: int, end: int, most: int = 3, tidy: bool = False) -> str:
    """Up to most content words from start, linked by "of"-words, stopping at other function words
    (and, when tidy, at clause debris: connectors, predicate verbs, weekdays, see _debris)."""
    links = lex.of.forms
    memo = _memo(_label_word, lex.lang)
    debris = _memo(_debris_word, lex.lang) if tidy else None
    out: list[str] = []
    content = 0
    past = start
    openers = _connector_openers(lex.lang) if tidy else frozenset()
    for m in _WORD.finditer(text, start, end):
        if m.start() < past:
            continue
        lw, word, link, function = memo[m.group()]
        if lw in openers and (h := lex.unlabel.match(text, low, m.start())) and h[0] > m.end():
            # A connector of several words ("sin embargo", "on the other hand") is no part of a
            # label, though one of its words alone may be a noun ("embargo", "hand").
            past = h[0]
            if out:
                break
            continue
        if tidy and (h := lex.relative.match(text, low, m.start())) and h[0] >= m.end():
            # "anno scorso", "loni", "tahun lalu": a relative time says when the figure was, not
            # what it measures, though its words may be nouns ("anno", "tahun").
            past = h[0]
            if out:
                break
            continue
        if debris is not None and not function and not link:
            function = debris[m.group()]
        if link and out:
            out.append(lw)
            continue
        if function:
            if out:
                break
            continue
        out.append(word)
        content += word not in links
        if content >= most:
            break
    while out and out[-1] in links:
        out.pop()
    return " ".join(out)


@cache
def _connector_openers(lang: str) -> frozenset[str]:
    """The first words of the language's [unlabel] phrases of several words ("sin" of "sin embargo")."""
    return frozenset(e[0].split()[0] for e in lexicon(lang).unlabel.entries if " " in e[0])


def _noun_before_of(text: str, low: str, lex: Lexicon, start: int, pos: int) -> str:
    """The content word right before an "of"-word that leads to pos ("visita di | due giorni"), else ""."""
    words = list(_WORD.finditer(low, max(start, pos - _LOOKBACK), pos))
    if len(words) < 2 or words[-1].group() not in lex.of.forms or text[words[-1].end() : pos].strip():
        return ""
    _, shown, _, function = _memo(_label_word, lex.lang)[text[words[-2].start() : words[-2].end()]]
    return "" if function or shown[:1].isupper() else shown


def _label_word(word: str, lang: str) -> tuple[str, str, bool, bool]:
    """A word of a label as it is compared (lower-cased) and as it is shown, both without an
    elided article ("dell'uranio"), whether it links words ("of") and whether it is a function word."""
    lex = lexicon(lang)
    parts = word.replace("’", "'").split("'")
    # An elided article goes ("dell'uranio"), a possessive ending too ("India's" is India), and
    # a name's case ending where the language glues one on ("Erdoğan'ın" is Erdoğan).
    keep = parts[-1] if len(parts[-1]) > 1 or len(parts) == 1 else parts[-2]
    if lex.name_endings and len(parts) > 1 and parts[0][:1].isupper() and parts[-1].islower():
        keep = parts[0]
    lw = keep.lower()
    # A qualifier's abbreviation comes without its full stop ("ok." for około: the word is "ok").
    function = lw in lex.stop or bool(lex.qualifiers.match(lw, lw, 0)) or f"{lw}." in lex.qualifiers.forms or parse_words(lw, lex) is not None or _month(lw, lex)
    return lw, keep, lw in lex.of.forms, function


# --- conflicts and trends ---------------------------------------------------------------------

_YEAR_IN = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def _stems(words: str, lang: str = "en") -> set[str]:
    """Crude language-neutral stems: the first four letters of content words, synonyms folded."""
    syn, stems = _synonyms(lang)
    out = set()
    for w in _WORD.findall(words.lower()):
        w = _without_glued_article(w, lang)
        if w in syn:
            # A keyed word counts however short it is: "PIB", "ВВП" and "GDP" are one measure.
            out.add(syn[w][:4])
        elif to := _stem_synonym(w, stems):
            # Inflected forms ("schimburile", "comerțul"): a "*" word of a line covers them all.
            out.add(to[:4])
        elif len(w) >= 4:
            out.add(w[:4])
    return out


def _without_glued_article(word: str, lang: str) -> str:
    """A word without an article or preposition-and-article glued to it by a hyphen (Maltese
    "l-ftehim", "tal-ftehim": the deal), so that it stems as the bare noun does."""
    head, dash, rest = word.partition("-")
    if dash and len(rest) > 1 and head in lexicon(lang).stop:
        return rest
    return word


def _stem_synonym(word: str, stems: dict[str, list[tuple[str, str]]]) -> str:
    """What the first "*" word of a [synonyms] line that word starts with maps to, else "". A stem is keyed
    by its first four letters, or by itself when shorter: Korean glues its particles to a noun of two or
    three syllables (교역* of 교역액은, trade), too short for four letters to tell a measure."""
    for k in (4, 3, 2):
        if k > len(word) and k != 4:
            continue
        for stem, to in stems.get(word[:k], ()):
            if word.startswith(stem):
                return to
    return ""


def _synonym_word(word: str, lang: str) -> bool:
    """Whether a lower-case word is one a [synonyms] line keys, itself or by a "*" stem."""
    syn, stems = _synonyms(lang)
    return word in syn or bool(_stem_synonym(word, stems))


@cache
def _synonyms(lang: str) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Each word of a [synonyms] line mapped to the line's value, else its first word (aziende,
    imprese -> aziende), and its "*" words (stems) by their first four letters."""
    out: dict[str, str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    for phrase, value, stem, _ in lexicon(lang).synonyms.entries:
        # The entry lost the line's last "*": put back, every word reads alike.
        words = (phrase + "*" * stem).lower().split()
        # The value is the English measure the line names ("= trade"): every language's line maps
        # to it, so "Handelsvolumen" and "interscambio" are one measure across two articles.
        first = value.lower() or words[0].rstrip("*")
        for w in words:
            if w.endswith("*"):
                # (Keyed without its "*": a stem of three letters or fewer is its own key, see _stem_synonym.)
                stems.setdefault(w[:-1][:4], []).append((w[:-1], first))
            else:
                out[w] = first
    return out, stems


# The family of percentages that are changes (growth rates), never compared with shares or levels.
CHANGE = "%change"


def _family(n: KeyNumber, lang: str = "en") -> str | None:
    """What a figure's unit says it counts; None for figures that never conflict (years, ranks, vague)."""
    if not has_family(n.unit, n.qualifier):
        return None
    if n.unit == PERCENT and _is_change(n.sentence, n.surface):
        return CHANGE
    if n.unit.islower() and (scale := _scale_word(n.unit)):
        # A scale word left as the unit ("1,2 miliarde" in a language without a lexicon): its
        # stem would join "1 milion" citizens to "1,2 miliarde" euro; its size tells them apart.
        return f"×{scale:g}"
    return _unit_family(_count_head(n.unit, lang), lang)


@lru_cache(maxsize=4096)
def _count_head(unit: str, lang: str) -> str:
    """The noun a counted phrase counts: "permanent jobs" counts jobs as "10,000 jobs" does, "empregos
    diretos" empregos (the head is the last word, the first where adjectives follow their noun). Any
    other unit is its own head."""
    words = unit.split()
    # A hyphened modifier is one word ("22 air-defence systems" counts systems as "18 systems" does).
    if len(words) < 2 or len(words) > 3 or not unit.islower() or not all(w.replace("-", "").isalpha() for w in words):
        return unit
    head = words[0] if lexicon(lang).adjectives_after else words[-1]
    return head if _counted(head) else unit


@lru_cache(maxsize=4096)
def _scale_word(unit: str) -> float | None:
    """The size of the scale word of some language that a unit is or starts with ("miliarde")."""
    sizes = {v for w, v in _all_scales() if unit.startswith(w) and (len(w) >= 5 or w == unit)}
    return sizes.pop() if len(sizes) == 1 else None


@cache
def _all_scales() -> frozenset[tuple[str, float]]:
    """The spelled [scales] words of every language and their sizes (units of unknown languages are matched);
    a stem ("milyar*" of a language gluing suffixes on) is matched as its word: a unit starts with it."""
    return frozenset(
        (fold(k.rstrip("*")).lower(), float(v))
        for lang in _languages()
        for k, v in _read(lang, "numbers.txt").get("scales", [])
        if k.rstrip("*").isalpha()
    )


def has_family(unit: str | None, qualifier: str | None) -> bool:
    """Whether a figure of this unit and qualifier has a family (see _family): assembling builds
    only those figures for conflicts and trends."""
    # The level a change started from is no report of the measure now: it never conflicts.
    return unit not in (None, ORDINAL) and qualifier not in ("at least", CONVERSION, FROM)


@lru_cache(maxsize=1 << 14)
def _is_change(sentence: str, surface: str) -> bool:
    """Whether a percentage is a change ("could rise by 60%", "ein Anstieg von 12 Prozent"): a
    word of change stands in its clause, and no "to"-word makes it the level reached ("rose to 43%").

    The words of every language are looked for: trends compare figures of unknown language.
    """
    low = _folded(sentence)
    at = low.find(fold(surface))
    if at < 0:
        return False
    # A quote of several sentences is one sentence of the article ('"Norway spends 2.8 percent of GDP.
    # We will keep increasing," he said'): a change word of the next sentence of it is not the figure's.
    cuts = [m.end() for m in _CLAUSE.finditer(low, 0, at)] + [m.end() for m in _SENTENCE_END.finditer(low, 0, at)]
    ends = [m for m in (_CLAUSE.search(low, at + len(surface)), _SENTENCE_END.search(low, at + len(surface))) if m]
    nxt = min(ends, key=lambda m: m.start()) if ends else None
    before = low[max(cuts, default=0) : at]
    words = before.split()
    growth, to_level = _change_words()
    if words and words[-1] in to_level:
        return False
    return bool(growth.search(before) or growth.search(low, at + len(surface), nxt.start() if nxt else len(low)))


@cache
def _change_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """The [growth] words of every language as one pattern, and their [to_level] words."""
    stems, words, to_level = set(), set(), set()
    for lang in _languages():
        found = data.sections("numbers.txt", lang)
        for w in found.get("growth", []):
            (stems if w.endswith("*") else words).add(re.escape(w.rstrip("*").lower()))
        to_level.update(w.lower() for w in found.get("to_level", []))
    alts = [f"{s}\\w*" for s in sorted(stems)] + sorted(words)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)" if alts else "(?!)"), frozenset(to_level)


@cache
def _languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in resources.files("digest.data").iterdir() if p.is_dir() and p.joinpath("numbers.txt").is_file()))


@lru_cache(maxsize=4096)
def _unit_family(unit: str, lang: str) -> str:
    # An archive's figures share a few hundred units: each is stemmed once.
    if unit.islower():
        return "".join(sorted(_stems(unit, lang))) or unit
    # A capitalised noun a [synonyms] line keys ("Touristen") counts what the key's other words do,
    # keyed by itself or by a "*" stem ("Dokumente" of "dokument*").
    key = _synonyms(lang)[0].get(unit.lower())
    if not key and " " not in unit and _synonym_word(unit.lower(), lang):
        return "".join(sorted(_stems(unit, lang)))
    if key:
        return key[:4]
    if unit.istitle() and _counted(unit):
        # A counted noun capitalised in a name-like phrase ("35 Centres of Excellence") counts what
        # the same noun in lower case does ("30 centres of excellence"); codes (USD, MW) keep theirs.
        return _unit_family(unit.lower(), lang)
    return unit


def _topic(n: KeyNumber, lang: str, measured: bool = True, label: tuple[str, str, str] | None = None) -> frozenset[str]:
    """Stems of what a figure measures: the measure noun of its sentence ("trade", "deficit") when
    the language names some (measured), else its label and a "Topic:" lead of its sentence, unit
    left out; a count's own noun when nothing else is left ("90 000 Ukrainians"). label: the
    figure's measure label when already found (see _antecedent_measure)."""
    if measured and n.unit and (head := _count_head(n.unit, lang)) is not n.unit and _counted(head):
        # "2,500 permanent jobs" measures jobs as "10,000 jobs" does (see _count_head).
        return _count_topic(head, lang)
    if measured and n.unit and (_counted(n.unit) or _synonym_word(n.unit.lower(), lang)) and not (n.unit.islower() and _scale_word(n.unit)):
        # A count measures its own noun: "90 000 Ukrainians" whatever the clause says of them; a
        # short one too when a [synonyms] line keys it ("2,5 Millionen Lkw" are "camion", trucks).
        # A scale word left as the unit ("12,8 milyard" in a language without lists) counts
        # nothing: only its label may say what it measures.
        return _count_topic(n.unit, lang)
    if measured and unspaced(lang) and (keys := _unspaced_measure(n.sentence, n.surface, lang)):
        # Chinese and Japanese glue the measure to the words around the figure ("双边贸易额去年约为"):
        # the label's first letters are the clause's, not the measure's, and match nothing in
        # another phrasing or language; a [synonyms] word inside the clause names the measure.
        return keys
    if measured:
        measure = (label or _measure_label(n.sentence, n.surface, lang))[0]
        if measure:
            topic = _topic_of(measure, n.unit or "", lang)
            if topic:
                return topic
    lead, colon, _ = n.sentence.partition(":")
    words = n.what + (" " + lead if colon and len(lead.split()) <= 4 else "")
    return _compound_topic(_without_offices(words, lang), n.unit or "", lang)


def _unspaced_measure(sentence: str, surface: str, lang: str) -> frozenset[str]:
    """The measures ([synonyms] keys: "trad") that [synonyms] words inside the figure's clause name, in a
    language written without spaces ("2025年中东双边贸易额达3.2亿美元": 贸易, trade); empty when none does."""
    syn = _unspaced_synonym_keys(lang)
    return frozenset(syn[w.lower()][:4] for w in _unspaced_measure_words(sentence, surface, lang))


@cache
def _unspaced_synonym_keys(lang: str) -> dict[str, str]:
    """Each [synonyms] word of a language written without spaces mapped to its measure, its stems
    ("การค้า*", written with "*") among them: without spaces a stem is matched where it starts
    like any word, and a language whose lines are all stems (Thai) would otherwise name none."""
    words, stems = _synonyms(lang)
    return {w: v for group in stems.values() for w, v in group} | words


@lru_cache(maxsize=1 << 14)
def _unspaced_measure_words(sentence: str, surface: str, lang: str, every: bool = False) -> tuple[str, ...]:
    """The [synonyms] words inside the figure's clause as written, in a language written without spaces; every:
    its [measures] words and the "*" stems of both too (the label's reading, see _unspaced_label)."""
    words = _unspaced_synonyms(lang, every)
    at = sentence.find(surface)
    if words is None or at < 0:
        return ()
    cuts = [m.end() for m in _UNSPACED_CLAUSE.finditer(sentence, 0, at)]
    if cuts and cuts[-1] >= 2 and sentence[cuts[-1] - 1] in "、，," and sentence[cuts[-1] - 2] in _topic_marks(lang):
        # "日本からの投資は、今後5年間で約80億ドル": a comma after a topic marker sets off the topic of
        # the clause it opens, whose figure measures that topic (investment).
        cuts.pop()
    nxt = _UNSPACED_CLAUSE.search(sentence, at + len(surface))
    return tuple(m.group() for m in words.finditer(sentence, cuts[-1] if cuts else 0, nxt.start() if nxt else len(sentence)))


@cache
def _topic_marks(lang: str) -> frozenset[str]:
    """The particles marking a clause's topic in a language written without spaces ([format] topic_marks: ja は)."""
    return frozenset(dict(_read(lang, "numbers.txt").get("format", [])).get("topic_marks", "").split())


@cache
def _unspaced_synonyms(lang: str, every: bool = False) -> re.Pattern[str] | None:
    """A language's [synonyms] words and stems as one pattern, longest first (进出口 before 出口); None without any.
    every: its [measures] words and stems as well, which name what a figure measures in a label though conflicts
    key figures by their synonyms alone."""
    found = set(_unspaced_synonym_keys(lang))
    if every:
        lex = lexicon(lang)
        found |= {w.rstrip("*").lower() for e in (*lex.synonyms.entries, *lex.measures.entries) for w in e[0].split()}
    words = sorted(found, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None


# Letters from which a word of a compounding language is read as a compound of two nouns or more.
_COMPOUND_LETTERS = 12
# Letters of a compound's end that stand for its head noun ("…tunnel").
_HEAD_LETTERS = 4


@lru_cache(maxsize=1 << 12)
def _compound_endings(lang: str) -> tuple[str, ...] | None:
    """The case endings a compound's head may take ([format] compound_endings, longest first), or
    None where the language does not write compounds as one word."""
    fmt = dict(_read(lang, "numbers.txt").get("format", []))
    if "compound_endings" not in fmt:
        return None
    return tuple(sorted(fmt["compound_endings"].split(), key=len, reverse=True))


@lru_cache(maxsize=1 << 12)
def _compound_topic(words: str, unit: str, lang: str) -> frozenset[str]:
    """_topic_of for a label found without a measure noun: a long compound no [synonyms] line keys
    is keyed by its head, its last part ("Brennerbasistunnel" is a tunnel), not by its first letters,
    which are its modifier's and often a place's ("Brenner", "Brennero" of another figure)."""
    endings = _compound_endings(lang)
    if endings is None:
        return _topic_of(words, unit, lang)
    heads = set()
    kept = []
    for w in _WORD.findall(words):
        lw = w.lower()
        if len(lw) < _COMPOUND_LETTERS or _synonym_word(lw, lang):
            kept.append(w)
            continue
        # Without a case ending, so that "Basistunnels" and "Basistunnel" share their head.
        ending = next((e for e in endings if lw.endswith(e)), "")
        heads.add("~" + lw[: len(lw) - len(ending)][-_HEAD_LETTERS:])
    return frozenset(_topic_of(" ".join(kept), unit, lang) | heads)


@lru_cache(maxsize=4096)
def _without_offices(words: str, lang: str) -> str:
    """A label without its office titles: "Ticaret Bakanı" (trade minister) says nothing of trade."""
    lex = lexicon(lang)
    found = _WORD.findall(words)
    roles = [_is_role(w.lower(), lex) for w in found]
    if not any(roles):
        return words
    return " ".join(w for k, w in enumerate(found) if not roles[k] and not (k + 1 < len(found) and roles[k + 1]))


def _counted(unit: str | None) -> bool:
    """Whether a unit is a counted noun (firms, Ukrainians), not a symbol, code or time unit."""
    return bool(unit) and len(unit) > 3 and unit.isalpha() and unit not in _NOT_COUNTED


_MAX_COUNT_RATIO = 1.5
_MAX_PEOPLE_RATIO = 2.0

# What a measure label says of its extent (see _measure_label).
TOTAL = "total"
ONE = "one"

# Duration units: a duration is not a count of its unit (three days of talks, three years of war).
_DURATIONS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "minutes"})
_NOT_COUNTED = _DURATIONS | {ORDINAL, "permille"}


@lru_cache(maxsize=1 << 14)
def _measure_label(sentence: str, surface: str, lang: str) -> tuple[str, str, str]:
    """The noun phrase naming what a figure quantifies ("interscambio commerciale", "deficit",
    "montant total des contrats"), whether it is a TOTAL or ONE item ("un contrat"), else "", and
    its words as shown (see _measure_words); ("", "", "") when the sentence names no [measures] word.

    The first content words of a clause are often its source or subject ("Official U.S. data put
    trade at …", "Washington will cut its tariff to …"): a measure noun is looked for instead, in
    this order: linked after the figure ("3 miliardi di metri cubi di gas"), nearest before it in
    its clause, after it in its clause, nearest before it in the sentence.
    """
    lex = lexicon(lang)
    ph = lex.measures
    low = _folded(sentence)
    at = low.find(fold(surface))
    if not ph.entries or at < 0:
        return "", "", ""
    end = at + len(surface)
    cuts = [m.end() for m in _CLAUSE.finditer(low, 0, at)]
    c0 = cuts[-1] if cuts else 0
    nxt = _CLAUSE.search(low, end)
    c1 = nxt.start() if nxt else len(low)
    # A measure word inside a source phrase is none ("De acordo com os registos": acordo is no deal).
    sourced = [(k, _office_after(low, lex, h[0])) for k in lex.according.candidates(low, 0, at) if (h := lex.according.match(sentence, low, k))]
    # A generic word ("valeur", "montant") names no measure alone; it may open a noun group below.
    hits = [
        (k, h[0]) for k in ph.candidates(low, 0, len(low))
        if (h := ph.match(sentence, low, k)) and not at <= k < end and low[k : h[0]] not in lex.generic.forms
        and not _names_office(low, lex, h[0]) and not any(s0 <= k < s1 for s0, s1 in sourced)
    ]
    before = [h for h in hits if h[1] <= at]
    after = [h for h in hits if h[0] >= end and h[0] < c1]
    hit = None
    linked = after and all(w in lex.stop or w in lex.of.forms for w in _WORD.findall(low, end, after[0][0])) and len(_WORD.findall(low, end, after[0][0])) <= 3
    if not linked and not before and after and _share_of(low, lex, surface, end):
        # "peste 80% din consumul de energie … prin importuri": a share is of the noun group it
        # links ("43% of India's exports"); a measure noun further on says how, not of what.
        if len(_WORD.findall(low, end, after[0][0])) > _SHARE_WORDS:
            return "", "", ""
        linked = True
    if linked:
        hit = after[0]
    elif before and before[-1][0] >= c0:
        hit = before[-1]
    elif after:
        hit = after[0]
    elif before and not _own_subject(low, lex, c0, at):
        hit = before[-1]
    if hit is None:
        return "", "", ""
    hit = _head_measure(low, lex, before, hit)
    # The noun group may open with more measure or generic words ("montant total des contrats").
    start = hit[0]
    words = list(_WORD.finditer(low, max(0, start - _LOOKBACK), start))
    for m in reversed(words[-4:]):
        w = m.group()
        if low[m.end() : start].strip() not in ("", "'"):
            break
        if w in lex.of.forms or w in lex.generic.forms or (h := ph.match(sentence, low, m.start())) and h[0] == m.end():
            start = m.start()
        else:
            break
    while (first := _WORD.match(low, start)) and first.group() in lex.of.forms and first.end() < hit[0]:
        start = _skip_space(low, first.end(), hit[0])
    label = _phrase_from(sentence, low, lex, start, at if hit[1] <= at else c1)
    short = _measure_words(sentence, low, lex, start, hit[1], at if hit[1] <= at else c1)
    total = any((t := lex.totals.match(sentence, low, m.start())) and t[0] >= m.end() for m in _WORD.finditer(low, start, max(start, hit[1])))
    total = total or any(lex.totals.match(w, w, 0) for w in label.lower().split())
    if total:
        return label, TOTAL, short
    _, article = _word_before(low, start, max(0, start - _LOOKBACK))
    # "un contrat estimé à …": one item of a kind, which a total of that kind is not.
    return label, ONE if article in lex.weak else "", short


_SHARE_WORDS = 5


@cache
def _relative_pronouns(lang: str) -> frozenset[str]:
    """The quotes stage's relative pronouns of a language ("dont", "welche"), folded."""
    return frozenset(fold(w).lower() for w, _ in _word_list(f"digest.data.{lang}", "relative_pronouns.txt") if not w.endswith("*"))
# Content words before a figure that make its clause one with a subject of its own.
_SUBJECT_CONTENT = 3


def _own_subject(low: str, lex: Lexicon, c0: int, at: int) -> bool:
    """Whether the figure's clause (low[c0:at]) says what it measures itself ("…, österreichische
    Unternehmen hätten in Slowenien rund 4,2 Milliarden investiert"), so a measure noun of the
    clause before is not its label; after a subordinator ("…, dass") the clause is read as before."""
    words = _WORD.findall(low, c0, at)
    if not words or words[0] in lex.subordinators.forms or words[0] in _relative_pronouns(lex.lang) or words[-1] in lex.of.forms:
        # "…, quand l'Élysée avance le chiffre de 15 milliards": a figure "of" a noun restates one;
        # "…, dont le montant atteindrait": a relative clause is about the noun before it.
        return False
    if any(w in lex.generic.forms for w in words):
        return False  # "le montant", "die Summe": a generic word restates the measure before
    content = [w for w in words if w not in lex.stop and w not in lex.of.forms and w not in lex.articles.forms and not lex.qualifiers.match(w, w, 0)]
    return len(content) >= _SUBJECT_CONTENT


def _share_of(low: str, lex: Lexicon, surface: str, end: int) -> bool:
    """Whether a percentage is followed right away by an "of"-word: a share of what follows it."""
    if not surface.rstrip().endswith("%") and not (lex.percent.entries and any(lex.percent.match(surface, surface.lower(), m.start()) for m in _WORD.finditer(surface.lower()))):
        return False
    nxt = _WORD.match(low, _skip_space(low, end, len(low)))
    return bool(nxt) and nxt.group() in lex.of.forms


def _office_after(low: str, lex: Lexicon, end: int) -> int:
    """Where a source phrase ending at end ends when an office names the source ("podľa ministerstva
    hospodárstva"): the office word and the word after it are the office's name, never a measure."""
    office = _WORD.match(low, _skip_space(low, end, len(low)))
    if not office or office.group() not in lex.offices:
        return end
    named = _WORD.match(low, _skip_space(low, office.end(), len(low)))
    return named.end() if named else office.end()


def _names_office(low: str, lex: Lexicon, end: int) -> bool:
    """Whether a role word follows a measure noun ending at end: "Trade Minister", "Ticaret
    Bakanı" name an office, not what a figure measures."""
    nxt = _WORD.match(low, _skip_space(low, end, len(low)))
    return bool(nxt) and _is_role(nxt.group(), lex)


_LINK_LETTERS = 4


def _head_measure(low: str, lex: Lexicon, before: list[tuple[int, int]], hit: tuple[int, int]) -> tuple[int, int]:
    """The head of "<measure> <short preposition> <measure>": "trade in goods and services" is
    trade, as a report of the same trade names it ("trade … was worth £100bn")."""
    if not before or hit not in before:
        return hit
    link_at, link = _word_before(low, hit[0], max(0, hit[0] - _LINK_LETTERS - 2))
    if not link or link not in lex.stop or link_at and low[link_at - 1].isalpha():
        return hit
    end = _back_space(low, link_at, 0)
    ends = {end}
    if lex.adjectives_after and (adj := _word_before(low, end, max(0, end - _LOOKBACK)))[1] and adj[1] not in lex.stop:
        # "linha de crédito concessional para investimento": an adjective may follow the head.
        ends.add(_back_space(low, adj[0], 0))
    # Only the measure ending right before the preposition (or its adjective) is the head (one step, no chaining).
    for h in reversed(before):
        if h[1] in ends:
            return h
        if h[1] < min(ends):
            break
    return hit


def _measure_words(sentence: str, low: str, lex: Lexicon, start: int, end: int, limit: int) -> str:
    """The measure noun group as shown: its words up to the measure noun, an "of"-linked noun and,
    where adjectives follow nouns, the one word right after ("commercio bilaterale", not the verb
    after it: "commercio bilaterale sta")."""
    words = _phrase_from(sentence, low, lex, start, end)
    nxt = _WORD.match(low, _skip_space(low, end, limit))
    if not nxt or nxt.end() > limit:
        return words
    link = lex.of.match(sentence, low, nxt.start())
    if link:
        after = _WORD.match(low, _skip_space(low, link[0], limit))
        if after and after.end() <= limit and after.group() not in lex.stop and (h := lex.measures.match(sentence, low, after.start())):
            return f"{words} {_phrase_from(sentence, low, lex, after.start(), h[0])}"
        return words
    word = sentence[nxt.start() : nxt.end()]
    _, keep, _, function = _memo(_label_word, lex.lang)[word]
    # Not an elided preposition ("all'anno") nor a verb ("commercio bilaterale sta").
    if lex.adjectives_after and word.islower() and keep == word and not function and not word.endswith(lex.verb_endings):
        return f"{words} {word}"
    return words


@lru_cache(maxsize=1 << 15)
def _topic_of(words: str, unit: str, lang: str) -> frozenset[str]:
    # Labels repeat across an archive (and all the more across republished copies).
    return frozenset((_stems(words, lang) - _generic_stems(lang) | _keyed_stems(words, lang)) - _unit_stems(unit, lang))


def _keyed_stems(words: str, lang: str) -> set[str]:
    """The measures [synonyms] lines key among a label's words: a measure is never a generic word, though
    its key may share a generic word's first letters (ca "importacions", imports, and "import", amount)."""
    syn, stems = _synonyms(lang)
    return {to[:4] for w in _WORD.findall(words.lower()) if (to := syn.get(w) or _stem_synonym(w, stems))}


@lru_cache(maxsize=4096)
def _count_topic(unit: str, lang: str) -> frozenset[str]:
    # An archive's counts share a few thousand nouns: each is stemmed once.
    return frozenset(_stems(unit, lang))


@lru_cache(maxsize=4096)
def _unit_stems(unit: str, lang: str) -> set[str]:
    return _stems(unit, lang)


@cache
def _generic_stems(lang: str) -> set[str]:
    return _stems(" ".join(lexicon(lang).generic.forms), lang)


@lru_cache(maxsize=1024)
def _folded(sentence: str) -> str:
    # A sentence often gives several figures: fold it once.
    return fold(sentence)


def _when(n: KeyNumber, article: Article | None) -> str | None:
    """The time reference of a figure's sentence: a year, a relative year, or a target."""
    if article is None:
        return _when_in(n.sentence, n.surface, "en", None)
    return _when_in(n.sentence, n.surface, _lists_lang(article.lang), article.date)


def _lists_lang(lang: str) -> str:
    """The language whose lists read an article's figures: Norwegian's are Danish's, as when they
    were found (language.word_lists); a language without lists keeps its code (English data)."""
    from digest import language

    lists = language.word_lists(lang)
    return lang if lists == "any" else lists


# A sentence's end inside a figure's sentence span: its stop after a word of five letters or more.
_INNER_END = re.compile(r"(?<=[^\W\d_]{5})[.!?…][\"'”»“]?\s+")


def _phrase_starts(part: str, phrases: _Phrases, lang: str) -> Iterator[int]:
    """Where a phrase of a section may start in folded text: at each word, or, in a language that sets off phrases
    and not words by spaces (language.unspaced: Thai, Khmer), wherever an entry's first letters stand, since it is
    glued to the words around it (Khmer 'ឯកភាពគ្នាលើគោលដៅបង្កើន…', agreed on the goal of raising…)."""
    from digest import language

    if language.unspaced(lang) and phrases.starts is not None:
        return (m.start() for m in phrases.starts.finditer(part))
    return (m.start() for m in _WORD.finditer(part))


@lru_cache(maxsize=1 << 14)
def _when_in(sentence: str, surface: str, lang: str, day: str | None) -> str | None:
    # Republished copies and translations' originals repeat a sentence and its figure exactly.
    lex = lexicon(lang)
    low = _folded(sentence)
    surface_at = low.find(fold(surface))
    before = low[: max(surface_at, 0)]
    after = low[max(surface_at, 0) + len(surface) :]
    # A target word right before the figure names it, whatever figures follow ("target 100 miliar
    # dolar AS realistis jika … 470 kilometer"): no figure stands between them to be the start.
    for m in list(_WORD.finditer(before))[-2:]:
        if (hit := lex.target.match(before, before, m.start())) and not before[hit[0] :].strip():
            return "target"
    # "portarlo dagli attuali 27,8 a 30 miliardi": only the last figure after a target word is the
    # target; one its own clause dates in the past is where the target starts from ("A$30 billion
    # by 2030, from A$17.6 billion last year").
    if not _later_figure(after, lex, day) and not _past_clause(sentence, low, lex, max(surface_at, 0), max(surface_at, 0) + len(surface), day):
        # Verb-final clauses name the target after the figure ("auf 60 Milliarden Euro steigern").
        rest = _CLAUSE.search(after)
        if rest and rest.group().strip() in ("—", "–") and not after[: rest.start()].strip():
            # A dash right after the figure says what it is ("в 10 миллиардов — это цель"): its clause goes on.
            rest = _CLAUSE.search(after, rest.end())
        for part in (before, after[: rest.start() if rest else len(after)]):
            for at in _phrase_starts(part, lex.target, lang):
                if lex.target.match(part, part, at):
                    return "target"
    if lex.within.entries and _within_period(sentence, low, lex, max(surface_at, 0), max(surface_at, 0) + len(surface), day):
        return "target"
    # The year must sit in the figure's own clause, or in an earlier clause that gives no other
    # figure: "Nei primi nove mesi del 2025, il volume … $20", but not "record di $4 … nel 2024, … $27".
    end = max(surface_at, 0) + len(surface)
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(low, 0, max(surface_at, 0)))]
    nxt = _CLAUSE.search(low, end)
    stop = nxt.start() if nxt else len(low)
    # A quote read as one sentence may hold several: a year of a later one is not the figure's
    # ("«Last year trade was 4.4 billion. That is 12% more than in 2024»"). A full stop after a
    # short word may be an abbreviation's ("3 Mrd. Euro 2024"), not a sentence's end.
    if (inner := _INNER_END.search(low, end, stop)) and sentence[inner.end() : inner.end() + 1].isupper():
        stop = inner.start() + 1
    clause = sentence[cuts[-1] : stop]
    # A year beyond another figure of the clause is that figure's: "crossed $26 billion and … $50
    # billion by 2030".
    c_at = max(surface_at, 0) - cuts[-1]
    years = [
        m.group() for m in _YEAR_IN.finditer(clause)
        if m.group() not in surface and not _figure_between(clause, c_at, c_at + len(surface), m.start(), m.end())
    ]
    if years and day:
        # "8 billion cubic metres of gas a year from 2027", "pe an din 2027": a later year a rate starts
        # from, after its figure, says when the flow begins, not which year's figure it is; the same
        # flow told without it ("will produce 10 billion cubic metres a year") is the same measure.
        c_end = c_at + len(surface)
        years = [
            y for y in years
            if not (y > day[:4] and clause.find(y, c_end) >= 0 and _deadline(sentence, y, lang, "starts"))
        ]
    if years:
        # "obchod loni dosáhl 1,5 miliardy … a obě země ho chtějí do roku 2030 zdvojnásobit", "trade
        # was $1.5bn last year and both want to double it by 2030": a figure its clause dates in the
        # past is no target; a deadline year after it is the plan's, told in a clause of its own.
        c_end = c_at + len(surface)
        years = [
            y for y in years
            if not ((y_at := clause.find(y, c_end)) >= 0 and _deadline(sentence, y, lang) and _past_before(clause, lex, c_at, c_end, y_at))
        ]
    # A past year of an earlier clause anchors a relative phrase of the figure's own ("cayó a 2.100
    # millones en 2025, frente a 2.900 millones el año anterior" is 2024), else the article's day
    # does: a target year is no anchor ("A$30 billion by 2030, from A$17.6 billion last year").
    named = [y for y in _YEAR_IN.findall(sentence, 0, cuts[-1]) if not day or y <= day[:4]]
    anchor = named[-1] if named else day[:4] if day else None
    if not years and anchor:
        # The figure's own clause says "last year" ("contro gli oltre 9.000 dello stesso periodo
        # dell'anno scorso"): an earlier clause's year is not its own.
        clause_low = fold(clause)
        # Only word starts where a [relative] phrase may begin are tried (one regex search).
        for k in lex.relative.candidates(clause_low, 0, len(clause_low)):
            hit = lex.relative.match(clause, clause_low, k)
            if hit:
                return str(int(anchor) + int(hit[1]))
    if not years and named and _now_in(clause, lex):
        # "In 2013 they told us 2.9 billion, now they say 5.5 billion": a [now] word in the figure's
        # own clause, set against a year of an earlier clause, dates it today (an old estimate vs
        # today's); without such a year "today" says nothing more than the article's day does.
        return day[:4] if day else "now"
    for a, b in zip(cuts[-2::-1], cuts[:0:-1]):
        if years:
            break
        earlier = sentence[a:b]
        found = _YEAR_IN.findall(earlier)
        if found and not re.search(r"\d", _YEAR_IN.sub("", earlier)):
            years = found
    if years:
        return years[0]
    clause_low = fold(clause)
    for k in lex.relative.candidates(clause_low, 0, len(clause_low)):
        hit = lex.relative.match(clause, clause_low, k)
        if hit and day:
            return str(int(day[:4]) + int(hit[1]))
    return None


# Words a [within] phrase may stand before its period's time word ("within the next three years"),
# and words that may stand between the figure and its period ("3 miliardi di euro entro cinque
# anni"; not "almost $36 billion and said he wanted it to double within four years").
_WITHIN_GAP = 3
_WITHIN_REACH = 4
_QUOTE_END = re.compile(r"[»”\"]")


def _within_period(sentence: str, low: str, lex: Lexicon, start: int, end: int, day: str | None) -> bool:
    """Whether the figure (start, end) is to be reached within a period its clause sets ("2 млрд
    долларов в течение трёх лет", "d'ici trois ans"): a [within] phrase, then a [time] word a few
    words on, close to the figure. A figure to be reached within a period is a target, never an
    actual one."""
    cut = [m.end() for m in _CLAUSE.finditer(low, 0, start)]
    a = cut[-1] if cut else 0
    nxt = _CLAUSE.search(low, end)
    b = nxt.start() if nxt else len(low)
    reach = _WITHIN_REACH
    if nxt and nxt.group().strip() in ("—", "–") and len(low[end : nxt.start()].split()) <= _WITHIN_GAP:
        # A dash right after the figure and its noun says what it is ("два миллиарда долларов
        # товарооборота — это не мечта, это задача на ближайшие три года"): to the end of its
        # sentence or quote, unless another figure comes first.
        q = _QUOTE_END.search(low, nxt.end())
        b = q.start() if q else len(low)
        if re.search(r"\d", low[end:b]):
            return False
        reach = len(low)
    for k in lex.within.candidates(low, a, b):
        hit = lex.within.match(sentence, low, k)
        if not hit:
            continue
        if k >= end:
            if len(_WORD.findall(low, end, k)) > reach:
                continue
        for w in list(_WORD.finditer(low, hit[0], b))[:_WITHIN_GAP]:
            if not lex.time.match(sentence, low, w.start()):
                continue
            if k < start and (w.end() > start or len(_WORD.findall(low, w.end(), start)) > _WITHIN_REACH):
                break
            return not _past_clause(sentence, low, lex, start, end, day)
    return False


def _now_in(clause: str, lex: Lexicon) -> bool:
    """Whether a clause says its figure is today's ([now]: "now", "теперь", "oggi")."""
    low = fold(clause)
    return any(lex.now.match(clause, low, k) for k in lex.now.candidates(low, 0, len(low)))


@lru_cache(maxsize=4096)
def _deadline(sentence: str, year: str, lang: str, section: str = "deadline") -> bool:
    """Whether the sentence sets the year as a deadline: a [deadline] phrase, "_" standing for the
    year, fits around one of its mentions ("by _": "by 2028"; "_-ig": "2028-ig"; "do _": "do 2028 roku").
    Another section of such phrases may be asked ([starts]: "from _")."""
    phrases = [e[0].split("_", 1) for e in getattr(lexicon(lang), section).entries if "_" in e[0]]
    if not phrases:
        return False
    low = _folded(sentence)
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", low):
        for pre, post in phrases:
            before = low[: m.start()]
            if pre and not (before.endswith(pre) and (len(before) == len(pre) or not before[-len(pre) - 1].isalnum())):
                continue
            if post and not (low.startswith(post, m.end()) and not low[m.end() + len(post) : m.end() + len(post) + 1].isalnum()):
                continue
            return True
    return False


def _target_label(label: str, sentence: str, surface: str, lang: str, day: str | None) -> str:
    """A figure's label without the words calling it the present one ([current]: "current
    capacity", "jelenlegi") when its clause sets a deadline year it is to be reached by ("would be
    increased to around 4 billion cubic meters by 2028"): that figure is the target."""
    current = lexicon(lang).current
    if not label or not current.entries:
        return label
    words = label.split()
    kept = [w for w in words if w.lower() not in current.forms]
    if len(kept) == len(words):
        return label
    when = _when_in(sentence, surface, lang, day)
    if not (when and when.isdigit() and _deadline(sentence, when, lang)):
        return label
    return " ".join(kept)


_SLASH_DATE = re.compile(r"(?<![\d/.,])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")


def _later_figure(after: str, lex: Lexicon, day: str | None) -> bool:
    """Whether a figure follows in the rest of a sentence that may be the target instead: not a
    year ("a US$ 5 bilhões até 2030"), a conversion in brackets ("A$30 billion ($19.6 billion)")
    nor one of a clause dated in the past ("by 2030, from A$17.6 billion last year")."""
    if not re.search(r"\d", after):
        return False
    rest = re.sub(r"\([^()]*\)", " ", after)
    # A day and month ("chiều 22/9", "le 22/09/2026") is a date, no figure the target could be.
    rest = _SLASH_DATE.sub(" ", rest)
    at = 0
    for cut in [*(m for m in _CLAUSE.finditer(rest)), None]:
        part = rest[at : cut.start() if cut else len(rest)]
        if re.search(r"\d", _YEAR_IN.sub(" ", part)) and not _past_clause(part, fold(part), lex, 0, 0, day):
            return True
        at = cut.end() if cut else len(rest)
    return False


def _past_clause(sentence: str, low: str, lex: Lexicon, start: int, end: int, day: str | None) -> bool:
    """Whether the clause of a figure (start, end) names a past year ("last year", "in 2025")
    before its article's date: a target is never in the past."""
    if not day:
        return False
    cut = [m.end() for m in _CLAUSE.finditer(low, 0, start)]
    nxt = _CLAUSE.search(low, end)
    a, b = (cut[-1] if cut else 0), (nxt.start() if nxt else len(low))
    # A quotation closed before the figure is its own clause: "foli për “afro 60 milionë … në vitin
    # 2025” dhe shtoi se qëllimi është … 100 milionë euro deri në vitin 2030" dates the quoted figure.
    a = max((m.end() for m in _QUOTE_END.finditer(low, a, start) if m.start() > a and not low[m.start() - 1].isspace()), default=a)
    now = int(day[:4])
    if any(int(y) < now for y in _YEAR_IN.findall(sentence[a:start] + " " + sentence[end:b])):
        return True
    clause_low = fold(sentence[a:b])
    starts = lex.relative.candidates(clause_low, 0, len(clause_low))
    return any((hit := lex.relative.match(sentence[a:b], clause_low, k)) and int(hit[1]) < 0 for k in starts)


def _past_before(clause: str, lex: Lexicon, start: int, end: int, year_at: int) -> bool:
    """Whether a clause names a past time ([relative]: "loni", "last year") for its figure (start,
    end) ahead of a later year at year_at: before the figure when no other figure precedes it, or
    between the figure and that year with no other figure between ("reached $1.5bn last year and
    … by 2030"); "from $17.6bn last year to $30bn by 2030" dates the first figure, not the second."""
    parts = []
    if not re.search(r"\d", _YEAR_IN.sub(" ", clause[:start])):
        parts.append(clause[:start])
    if not re.search(r"\d", _YEAR_IN.sub(" ", clause[end:year_at])):
        parts.append(clause[end:year_at])
    for part in parts:
        low = fold(part)
        if any((hit := lex.relative.match(part, low, k)) and int(hit[1]) < 0 for k in lex.relative.candidates(low, 0, len(low))):
            return True
    return False


def _figure_between(clause: str, start: int, end: int, y0: int, y1: int) -> bool:
    """Whether a digit other than a year's stands between a figure (start, end) and a year (y0, y1)."""
    gap = clause[end:y0] if y0 >= end else clause[y1:start]
    return bool(re.search(r"\d", _YEAR_IN.sub("", gap)))


# Reports of one figure rarely differ by more than this factor; beyond it they measure other things.
_MAX_RATIO = 3.0
# Shares and rates of one measure agree more closely: 43 % and 99 % of exports are two shares.
_MAX_PERCENT_RATIO = 2.0


class _Measure(NamedTuple):
    """What conflict and trend matching compares of a figure, computed once (a tuple: an
    archive makes hundreds of thousands)."""

    family: str | None
    topic: frozenset[str]
    when: str | None
    total: str = ""
    """TOTAL ("montant total des contrats") or ONE ("un contrat"): the two are never one measure."""
    named: bool = True
    """Whether the sentence names a measure noun (see _measure_label): a figure given only with its
    source ("Figures from the ONS put the total at …") may be another report of a named one."""
    reverse: bool = False
    """The figure measures the other direction of a pair its sentence names ("umgekehrt sind es
    knapp 3.000"): its label is the forward figure's, its measure is not."""
    ahead: bool = False
    """A target, or its year is after the article's own ("US$ 50 billion by 2030", "from next year
    150"): a plan or forecast, never another report of a figure given without a year."""
    head: frozenset[str] = frozenset()
    """The stems of the [measures] words of its label ("importaciones" of "importaciones
    andorranas"): two labels sharing only another word ("andorranas", "andorranos") name two measures."""
    country: str | None = None
    """For a count, the country opening its clause as its subject ("Slovakia will send 30 police
    officers"): counts of two countries are two shares of a total, never two reports of one count."""
    pair: frozenset[str] = frozenset()
    """The countries its sentence names, when two or more ("trade between Kosovo and Montenegro"):
    a figure of another pair ("between North Macedonia and Montenegro") measures another relation."""
    flow: str = ""
    """The stem of the one flow word ("expo" or "impo") of a figure between two named countries:
    one's exports to the other are the other's imports from it, one flow under two words."""
    kind: str = ""
    """CAPACITY for what a thing can carry or make ("design capacity of 38 bn m³", "мощностью 50"),
    OPTIONAL for a ceiling reached only if an option is taken up ("up to six frigates if the option
    is exercised"), else empty: neither is another report of a flow or a firm figure (see _kind)."""


def _as_read(n: KeyNumber, article: Article | None) -> tuple[KeyNumber, Article | None]:
    """A figure and its article as the analysis read them: the figures leave it with a script's combining
    marks written again (pipeline._marks_as_written), but every list matched here holds them as letters
    (data.marks_as_letters): hi 'निवेश' of its sentence never matched the [measures] 'निवेश' of the list."""
    sentence = data.marks_as_letters(n.sentence)
    if sentence is n.sentence:  # (the same string when it has no marks: one C-speed search)
        return n, article
    n = dataclasses.replace(n, sentence=sentence, surface=data.marks_as_letters(n.surface),
                            unit=n.unit and data.marks_as_letters(n.unit), what=data.marks_as_letters(n.what))
    return n, article and dataclasses.replace(article, text=_text_as_read(article.text))


@lru_cache(maxsize=64)
def _text_as_read(text: str) -> str:
    # An article gives several figures: its text is read once.
    return data.marks_as_letters(text)


def _measure(n: KeyNumber, article: Article | None) -> _Measure:
    n, article = _as_read(n, article)
    lang = _lists_lang(article.lang) if article else "en"
    label = _measure_label(n.sentence, n.surface, lang)
    if not label[0] and (part := _contrast_part(n.sentence, n.surface, lang)) is not n.sentence and (k := n.sentence.find(part)) > 0:
        # "Danmark bruger 3,2 pct. af BNP, mens Sverige ligger på 2,4 pct.": a part after a [contrast]
        # word naming no measure of its own elides the one of the part before (Sweden's share of GDP).
        label = _measure_label(f"{n.sentence[:k].rstrip(' ,;')} {n.surface}", n.surface, lang)
    if not label[0] and article is not None:
        label = _antecedent_measure(article.text, n.start - n.sentence.find(n.surface), n.sentence, lang)
    if label[2] and not label[1] and _country_measure(n.sentence, n.surface, label[2], lang):
        # "two billion dollars in American investment": one investor's part, never a report of
        # the total it is part of ("la inversión total prevista").
        label = (label[0], ONE, label[2])
    named = bool(label[0] and _topic_of(label[0], n.unit or "", lang))
    # A duration beside a measure noun is its horizon ("investir … nos próximos cinco anos"), not a
    # report of it: only its own label says what lasted.
    topic = _topic(n, lang, measured=False) if n.unit in _DURATIONS else _topic(n, lang, label=label)
    when = _when(n, article)
    ahead = when == "target" or bool(when and when.isdigit() and article and article.date and when > article.date[:4])
    if not ahead and when and when.isdigit() and not (article and article.date):
        # An undated article cannot tell a later year, but "by 2028", "bis 2028", "2028-ig" still
        # make its figure a plan: never another report of a present figure given without a year.
        ahead = _deadline(n.sentence, when, lang)
    # A part of a total given before it ("92'400 …, di cui 79'000") is another measure under its words.
    reverse = _reversed(n.sentence, n.surface, lang) or _opened(n.sentence, n.surface, lang, "subset")
    reverse = reverse or _part_of_whole(n.sentence, n.surface, lang)
    # A figure of another visit or meeting ("seven documents signed at the previous visit") is that
    # occasion's, never another report of this visit's figure under the same words.
    reverse = reverse or _other_occasion(n.sentence, n.surface, lang)
    # "Total investment is €2.5 bn, and Spain will take on more than €1 bn": one country's share of
    # the total its sentence gives before it, never another report of that total.
    reverse = reverse or _country_share(n.sentence, n.surface, lang)
    family = _family(n, lang)
    people = _people_counted(n, lang)
    if people:
        # "1 million Ukrainians", "1,5 mln obywateli Ukrainy", "мільйона українців": one crowd in
        # any language, keyed by its country; whatever else the clause says is not what is counted.
        family, topic = PEOPLE, frozenset({people})
    elif kind := _people_kind(n.sentence, n.surface, n.unit, lang):
        # "400 people died" counts the dead as "400 morti" does, "noin 400 henkeä osallistui" the
        # participants as "600 delegati" does: the clause, not "people", says what is counted.
        family, topic = kind, frozenset({kind})
    elif GDP_KEY in topic and (country := _economy_of(n.sentence, n.surface, lang)):
        # A share of GDP is a measure of one country's economy: 5.4 % of Estonia's GDP and 2.4 % of
        # Finland's, both "of GDP", are two measures.
        topic = (topic - {GDP_KEY}) | {f"{GDP_KEY}@{country}"}
    # The measure nouns of a label drawn from one (not a count's own noun, a people's, a duration's).
    from_label = named and not people and not kind and n.unit not in _DURATIONS and not _counted(n.unit)
    head = _head_stems(label[0], n.unit or "", lang) & topic if from_label else frozenset()
    if not named and not people and not kind and not _counted(n.unit):
        # A label found without a measure noun, where a noun group opens with its head ("galleria
        # di base del Brennero"): the head names what is measured, a name after it only whose.
        head = _label_head(n.what, n.unit or "", lang) & topic
    # Only counts: a sum or a share of two countries' may still be one measure (trade between them).
    # Any other figure where a clause without its verb gives another country's ("Germany has trade
    # of 1.2 billion euros, France more than 800 million"): each country's own.
    country = None if people else _subject_country(n.sentence, n.surface, lang) if _counted(n.unit) else _gapped_owner(n.sentence, n.surface, lang)
    owner = _count_owner(n.sentence, n.surface, lang) if _counted(n.unit) and not people and not kind else None
    if owner:
        # "220 policistov iz sedmih držav", "ministrov iz devetih držav": the countries of the
        # officers and those of the ministers are two counts; the noun they belong to is their head.
        topic, head = topic | {owner}, head | {owner}
    pair = _countries_named(_own_part(n.sentence, n.surface, lang)) or _adjective_pair(n.sentence, n.surface)
    if not pair and article is not None and _both_countries(n.sentence, lang):
        # "Der Handel zwischen beiden Ländern", "iki ülke arasındaki ticaret": the pair its article
        # is about, so a third country's trade with one of them ("Turkey, Georgia's largest
        # trading partner with $2.8 bn") is another relation.
        pair = _article_pair(article.text)
    flow = ""
    if len(pair) == 2 and len(directions := topic & _FLOWS) == 1:
        # "A exported 12.8 bn m³ of gas to B" and "B imported 13.2 bn m³ from A" tell one flow: a
        # shared stem joins them, the word's own stem stays (exports "to B" alone still match).
        flow = next(iter(directions))
        topic, head = topic | {_FLOW}, (head | {_FLOW} if head else head)
    return _Measure(family, topic, when, label[1], named, reverse, ahead, head, country, pair, flow, _kind(n, lang))


# The stems of the [synonyms] keys "exports" and "imports", and the stem one flow between two
# countries is given under either (see _measure).
_FLOWS = frozenset({"expo", "impo"})
_FLOW = "flow"


@lru_cache(maxsize=1 << 12)
def _both_countries(sentence: str, lang: str) -> bool:
    """Whether a sentence names a pair of countries by a [both_countries] phrase ("both countries",
    "двух стран", "ikki davlat") instead of by their names."""
    ph = lexicon(lang).both_countries
    if not ph.entries:
        return False
    low = fold(sentence)
    return any(ph.match(sentence, low, k) for k in ph.candidates(low, 0, len(low)))


# An article's own pair is read from its text once however many of its figures ask.
@lru_cache(maxsize=256)
def _article_pair(text: str) -> frozenset[str]:
    """The two countries an article names most often, when both are named more often than any
    third (the relation a "both countries" of its figures means); the one it names when it names
    no other; empty otherwise."""
    from digest import places

    counts = Counter(f.place.country for f in places.find(text, [(0, len(text))]) if f.place.kind == "country")
    top = counts.most_common(3)
    if len(top) == 1:
        # "Trade between our two countries", said Somalia's PM, in an article naming no other country:
        # one of the pair is known, so another pair without it ("between Tanzania and Turkey") is
        # another relation, while a pair with it stays this one (see _compatible).
        return frozenset({top[0][0]})
    if len(top) < 2 or (len(top) == 3 and top[2][1] >= top[1][1]):
        return frozenset()
    return frozenset({top[0][0], top[1][0]})


@lru_cache(maxsize=1 << 12)
def _countries_named(sentence: str) -> frozenset[str]:
    """The countries a sentence names by name (in one word or several: "Malit të Zi", "Црна Гора"),
    when two or more: the pair (or group) its figures are about; empty otherwise."""
    from digest import places

    codes = frozenset(f.place.country for f in places.find(sentence, [(0, len(sentence))]) if f.place.kind == "country")
    return codes if len(codes) > 1 else frozenset()


# Two country adjectives joined by a dash ("Hungarian-Romanian", "magyar–román"): a pair named as one word.
_ADJECTIVE_PAIR = re.compile(r"([^\W\d_]{3,})\s?[-–—]\s?([^\W\d_]{3,})")


@lru_cache(maxsize=1 << 12)
def _adjective_pair(sentence: str, surface: str) -> frozenset[str]:
    """The two countries of a dash compound of their adjectives ("Hungarian-Romanian trade", "a
    magyar–román kereskedelem"), the last one before the figure (else the first after it): the
    relation it measures, as "trade between Hungary and Romania" names it; empty when none."""
    from digest import places

    at = sentence.find(surface)
    pairs = [(m.start(), frozenset(codes)) for m in _ADJECTIVE_PAIR.finditer(sentence)
             if None not in (codes := (places.demonym(m[1]), places.demonym(m[2]))) and codes[0] != codes[1]]
    before = [p for k, p in pairs if k < at]
    return before[-1] if before else next((p for _, p in pairs), frozenset())


@lru_cache(maxsize=1 << 12)
def _own_part(sentence: str, surface: str, lang: str) -> str:
    """The part of a sentence its figure stands in, cut at [contrast] words ("trade between A and B
    reached $3.1 bn, while A's trade with C was $4.5 bn"), when that part names two countries itself:
    the pair it is about; else the whole sentence."""
    part = _contrast_part(sentence, surface, lang)
    return part if len(_countries_named(part)) > 1 else sentence


@lru_cache(maxsize=1 << 12)
def _contrast_part(sentence: str, surface: str, lang: str) -> str:
    """The part of a sentence between [contrast] words ("while", "mens") its figure stands in; the
    whole sentence when it has none."""
    lex = lexicon(lang)
    at = sentence.find(surface)
    if at < 0 or not lex.contrast.entries:
        return sentence
    low = fold(sentence)
    cuts = [0, *(k for k in lex.contrast.candidates(low, 0, len(low)) if lex.contrast.match(sentence, low, k)), len(sentence)]
    if len(cuts) == 2:
        return sentence
    k = max(c for c in cuts[:-1] if c <= at)
    return sentence[k : min(c for c in cuts if c > at)]


def _economy_of(sentence: str, surface: str, lang: str) -> str | None:
    """The country whose GDP a share of GDP is: the one its sentence names, or, where [contrast] words
    set countries side by side ("Denmark spends 3.2 % of GDP, while Sweden is at 2.4 %"), the one its
    own part names."""
    part = _contrast_part(sentence, surface, lang)
    if part is not sentence and _countries_in(part):
        return _one_country(part)
    return _one_country(sentence)


@lru_cache(maxsize=1 << 12)
def _countries_in(sentence: str) -> frozenset[str]:
    """The countries a sentence names by name, however few (see _countries_named)."""
    from digest import places

    return frozenset(f.place.country for f in places.find(sentence, [(0, len(sentence))]) if f.place.kind == "country")


@cache
def _from_words(lang: str) -> frozenset[str]:
    """[from] words of a language: the prepositions of origin ("iz", "from", "aus"); not "of"-like
    ones ("en delegasjon på 40 selskaper" is a delegation made of companies, which it counts)."""
    return frozenset(fold(k).lower() for k, _ in _read(lang, "numbers.txt").get("from", []))


@lru_cache(maxsize=1 << 12)
def _count_owner(sentence: str, surface: str, lang: str) -> str | None:
    """The stem (see _stems) of the noun a count is an attribute of, linked to it by a [from] word
    right before the figure ("officers from seven countries", "policistov iz sedmih držav"), else None."""
    lex = lexicon(lang)
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at <= 0:
        return None
    link_at, link = _word_before(low, at, max(0, at - _LOOKBACK))
    if not link or link not in _from_words(lang) or link in lex.of.forms:
        return None
    if _CLAUSE.search(low, link_at, at):
        return None
    noun_at, noun = _word_before(low, link_at, max(0, link_at - _LOOKBACK))
    if not noun or _CLAUSE.search(low, noun_at, link_at) or noun in lex.stop or noun in lex.of.forms:
        return None
    # A verb ("sodelujejo iz", "operan en") or a number word is no owner: only a noun's count is its attribute.
    if noun.endswith(lex.verb_endings) or parse_words(noun, lex) is not None or len(noun) < _NOUN_LETTERS:
        return None
    stems = _stems(noun, lang)
    return next(iter(stems)) if len(stems) == 1 else None


@lru_cache(maxsize=1 << 12)
def _country_measure(sentence: str, surface: str, words: str, lang: str) -> bool:
    """Whether a country's adjective qualifies the measure noun group words nearest the figure:
    right before it ("American investment"), or right after it where adjectives follow their noun
    ("inversión estadounidense")."""
    lex = lexicon(lang)
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    group = fold(words).lower()
    spots = [m.start() for m in re.finditer(re.escape(group), low)]
    if at < 0 or not spots:
        return False
    k = min(spots, key=lambda p: abs(p - at))
    candidates = [_word_before(low, k, max(0, k - _LOOKBACK))[1].strip("'.")]
    if lex.adjectives_after:
        # The group may hold its adjective already ("inversión alemana"), else it is the next word.
        after = _WORD.match(low, _skip_space(low, k + len(group), len(low)))
        candidates += _WORD.findall(group)[1:] + ([after.group()] if after else [])
    # An adjective, not a name: "trade between Poland and Chile" is no one country's.
    return any(w and _country_of(w) and not _country_name(w) for w in candidates)


@lru_cache(maxsize=1 << 12)
def _label_head(what: str, unit: str, lang: str) -> frozenset[str]:
    """The stems of a label's head noun where adjectives follow their noun (and so a noun group
    opens with its head): its first lower-case content word, when a capitalised word follows it;
    else none (a label of names alone, or of common words, keeps every stem alike)."""
    lex = lexicon(lang)
    if not lex.adjectives_after:
        return frozenset()
    words = _WORD.findall(what)
    first = next((k for k, w in enumerate(words) if w.islower() and w not in lex.stop and w not in lex.of.forms and len(w) >= _NOUN_LETTERS), None)
    if first is None or not any(w[:1].isupper() for w in words[first + 1 :]):
        return frozenset()
    return _topic_of(words[first], unit, lang)


# How many words may open a clause before its subject ("that it will", "da bo").
_SUBJECT_REACH = 3


@lru_cache(maxsize=1 << 12)
def _subject_country(sentence: str, surface: str, lang: str) -> str | None:
    """The country whose name (or adjective) is the first capitalised word of a figure's clause,
    among its first _SUBJECT_REACH words: the clause's subject ("Slovakia will send", "da bo
    Slovenija napotila"), whose share the figure is."""
    at = sentence.find(surface)
    if at < 0:
        return None
    cuts = [m.end() for m in _CLAUSE.finditer(sentence, 0, at)]
    stop = lexicon(lang).stop
    # A sentence's first word is capitalised whatever it is: an article opening it ("Het Verenigd
    # Koninkrijk levert", "Le Royaume-Uni") is no subject, the name after it is.
    words = [w for w in _WORD.findall(sentence, cuts[-1] if cuts else 0, at)[:_SUBJECT_REACH] if w.lower() not in stop]
    k = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if k is None or len(words[k]) <= 3:
        return None
    if k + 1 < len(words) and words[k + 1][:1].isupper():
        # A country named in two words ("Verenigd Koninkrijk", "United Kingdom") neither of which names it alone.
        from digest import places

        whole = places.lookup_whole(f"{words[k]} {words[k + 1]}")
        if whole is not None and whole.kind == "country":
            return whole.country
    return _country_of(words[k])


_DIGIT = re.compile(r"\d")
# How many words a possessor standing for the elided noun may open (its own and a copula, an adverb, a qualifier of two).
_POSSESSOR_GAP = 5


@lru_cache(maxsize=4096)
def _gapped_country(sentence: str, lang: str) -> bool:
    """Whether a clause after the first is a country and a figure without a verb between them
    ("…, France more than 800 million euros", "…, Francja ponad 800 mln euro"): the verb and the
    measure of the clause before are elided, its figure is that country's own."""
    lex = lexicon(lang)
    low = fold(sentence)
    for cut in _CLAUSE.finditer(sentence):
        digit = _DIGIT.search(sentence, cut.end())
        # A dash may stand for the elided verb ("…, Франции — более 800 млн евро").
        if not digit or any(m.group().strip() not in "–—" for m in _CLAUSE.finditer(sentence, cut.end(), digit.start())):
            continue
        words = list(_WORD.finditer(sentence, cut.end(), digit.start()))
        while words and words[0].group().lower() in lex.stop:
            words.pop(0)  # "and France 800"
        if not words or not words[0].group()[:1].isupper() or not _country_of(bare := _CASE_ENDING.sub("", words[0].group())):
            continue
        if bare != words[0].group() and len(words) <= _POSSESSOR_GAP and all(w.group().islower() for w in words[1:]):
            # A possessor standing for the noun of the clause before ("Russia's share is 23.4 %, and
            # China's is already more than 35 %"): that country's figure, whatever verb follows.
            return True
        # Only a qualifier may stand between the country and its figure ("more than", "ponad"), no verb.
        p = words[0].end()
        while p < digit.start() and (sentence[p] in _BLANKS or sentence[p] in "–—"):
            p += 1
        if p < digit.start() and (now := lex.now.match(sentence, low, p)):
            # "…, а Китаю – вже понад 35 %" (China's, already over 35 %): a word of the present is no verb.
            p = _skip_space(sentence, now[0], len(sentence))
        hit = lex.qualifiers.match(sentence, low, p) if p < digit.start() else None
        if p == digit.start() or hit and _skip_space(sentence, hit[0], len(sentence)) == digit.start():
            return True
    return False


def _gapped_owner(sentence: str, surface: str, lang: str) -> str | None:
    """In a sentence with a gapped clause (see _gapped_country), the country a figure is of: the first
    one named since the figure before ("Товарооборот Германии с Узбекистаном — порядка 1,2 млрд евро,
    Франции — более 800 млн евро": Germany's, then France's)."""
    if not _gapped_country(sentence, lang):
        return None
    at = sentence.find(surface)
    if at < 0:
        return None
    start = max((m.end() for m in _DIGIT.finditer(sentence, 0, at)), default=0)
    return next((c for m in _WORD.finditer(sentence, start, at) if m.group()[:1].isupper() and (c := _country_of(_CASE_ENDING.sub("", m.group())))), None)


@lru_cache(maxsize=4096)
def _head_stems(label: str, unit: str, lang: str) -> frozenset[str]:
    """The stems (see _topic_of) of the [measures] words of a measure label: "importacions" of
    "importacions andorranes", "trade" of "bilateral trade"."""
    ph = lexicon(lang).measures
    low = fold(label)
    spans = [(k, h[0]) for k in ph.candidates(low, 0, len(low)) if (h := ph.match(label, low, k))]
    return frozenset().union(*(_topic_of(label[k:e], unit, lang) for k, e in spans)) if spans else frozenset()


# The [synonyms] keys (in English) naming what a count of people of any kind ([people]: "people",
# "henkeä", "pessoas") counts when a word of its clause has one: "400 people died" counts deaths.
_PEOPLE_KINDS = frozenset({"participants", "deaths", "arrivals"})
# The [synonyms] keys of people counted by what brought them, whose clause may still say what is
# counted ("12,400 migrants arrived" counts arrivals as "15,000 people arrived" does).
_PEOPLE_MOVING = frozenset({"migrants"})


@lru_cache(maxsize=1 << 12)
def _people_kind(sentence: str, surface: str, unit: str | None, lang: str) -> str | None:
    """The family (a key's first four letters, as _stems gives a keyed noun's) of a count of
    people of any kind (or of a _PEOPLE_MOVING key) whose clause has a word of a _PEOPLE_KINDS key, else None."""
    lex = lexicon(lang)
    if not unit or not lex.people.entries:
        return None
    syn, stems = _synonyms(lang)
    lunit = unit.lower()
    if not _whole(lex.people, lunit) and (syn.get(lunit) or _stem_synonym(lunit, stems)) not in _PEOPLE_MOVING:
        return None
    low = sentence.lower()
    at = low.find(surface.lower())
    if at < 0:
        return None
    end = at + len(surface)
    cuts = [m.end() for m in _CLAUSE.finditer(low, 0, at)]
    nxt = _CLAUSE.search(low, end)
    for w in _WORD.findall(low, cuts[-1] if cuts else 0, nxt.start() if nxt else len(low)):
        key = syn.get(w) or next((to for stem, to in stems.get(w[:4], ()) if w.startswith(stem)), None)
        if key in _PEOPLE_KINDS:
            return key[:4]
    return None


# The family of counts of a people (see _people_counted), and the [synonyms] keys (their first
# four letters, as _stems gives them) of citizens and of gross domestic product.
PEOPLE = "@people"
_CITIZENS_KEY = "citi"
GDP_KEY = "gdp"


def _people_counted(n: KeyNumber, lang: str) -> str | None:
    """"@" and the country code when a count counts a people: its noun is a demonym ("Ukrainians",
    "українців") or citizens of a country named beside it ("obywateli Ukrainy", "Ukrainian citizens")."""
    from digest import places

    if not n.unit or " " in n.unit:
        return None
    # Without an elided article: "un million d'Ukrainiens" counts Ukrainiens.
    noun = _memo(_label_word, lang)[n.unit][1]
    if not _counted(noun):
        return None
    if _country_of(noun) and (code := _people_after(n)) is not None:
        return code
    if _country_of(noun) and _attributive(n, lang):
        return None
    if (origin := _people_of_origin(n, noun, lang)) is not None:
        return origin
    if _count_topic(noun, lang) != {_CITIZENS_KEY}:
        code = places.people(noun)
        return f"@{code}" if code else None
    unit = n.unit
    # Citizens of which country: the word before the noun or after it, an "of" word skipped.
    lex = lexicon(lang)
    low = n.sentence.lower()
    at = low.find(n.surface.lower())
    u = low.rfind(unit.lower(), at, at + len(n.surface)) if at >= 0 else -1
    if u < 0:
        return None
    before = _WORD.findall(low, max(0, u - _LOOKBACK), u)[-1:]
    after = _WORD.findall(low, u + len(unit), u + len(unit) + _LOOKBACK)[:2]
    if after and after[0] in lex.of.forms:
        after = after[1:]
    codes = {c for w in before + after[:1] if (c := _country_of(w))}
    return f"@{codes.pop()}" if len(codes) == 1 else None


# How many words after a count's [people] noun may name the origin of those people.
_ORIGIN_WORDS = 4
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’]")


def _people_of_origin(n: KeyNumber, noun: str, lang: str) -> str | None:
    """"@" and the country of a count of people of any kind ([people]: "people", "mensen") whose
    next few words name their [origin] and one country ("200,000 people of Turkish origin", "mensen
    met Turkse roots"): a count of that people, as "250 000 Turks" is; None otherwise."""
    lex = lexicon(lang)
    if not lex.origin.entries or not _whole(lex.people, noun.lower()):
        return None
    at = n.sentence.find(n.surface)
    if at < 0 or not n.surface.endswith(n.unit or ""):
        return None
    end = at + len(n.surface)
    cut = _CLAUSE.search(n.sentence, end)
    # Without an elided article or preposition: "personnes d'origine turque" names "origine".
    words = [_ELIDED.sub("", w) for w in _WORD.findall(n.sentence, end, cut.start() if cut else len(n.sentence))[:_ORIGIN_WORDS]]
    if not any(_whole(lex.origin, w.lower()) for w in words):
        return None
    codes = {c for w in words if len(w) > 3 and (c := _country_of(w))}
    return f"@{codes.pop()}" if len(codes) == 1 else None


# Letters of a case ending two agreeing nouns share ("Ουκρανών προσφύγων", "українців біженців").
_AGREEMENT = 2


def _attributive(n: KeyNumber, lang: str) -> bool:
    """Whether a count's people noun is an attribute of the noun right after it, which agrees with
    it ("27.000 Ουκρανών προσφύγων": 27,000 refugees, Ukrainian ones), so that the count is not of
    the people: a lower-case content word ending as the unit does, not "citizens" (which are the people)."""
    at = n.sentence.find(n.surface)
    unit = n.unit or ""
    if at < 0 or not unit or not n.surface.endswith(unit):
        return False
    nxt = _WORD.match(n.sentence, _skip_space(n.sentence, at + len(n.surface), len(n.sentence)))
    word = nxt.group() if nxt else ""
    lex = lexicon(lang)
    if len(word) <= 3 or not word.islower() or word in lex.stop or word in lex.of.forms or word in lex.articles.forms:
        return False
    if _count_topic(word, lang) == {_CITIZENS_KEY}:
        return False
    return _bare_end(word) == _bare_end(unit.lower())


def _bare_end(word: str) -> str:
    """A word's last _AGREEMENT letters without their accents (Greek "-ών" and "-ων" are one ending)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word[-_AGREEMENT - 2 :]) if not unicodedata.combining(c))[-_AGREEMENT:]


def _people_after(n: KeyNumber) -> str | None:
    """"@" and the country of a people's noun right after a count's unit that names a country, which
    is then its adjective ("1,2 millió romániai magyar": Hungarians of Romania, not Romanians)."""
    from digest import places

    at = n.sentence.find(n.surface)
    if at < 0 or not n.surface.endswith(n.unit or ""):
        return None  # the unit is not the surface's last word: nothing follows it there
    nxt = _WORD.match(n.sentence, _skip_space(n.sentence, at + len(n.surface), len(n.sentence)))
    code = places.people(nxt.group()) if nxt and len(nxt.group()) > 3 else None
    return f"@{code}" if code else None


@lru_cache(maxsize=4096)
def _country_name(word: str) -> bool:
    """Whether a word is a form of a country's name in the gazetteer ("Vokietijos", "Polski")."""
    from digest import places

    place = places.lookup(word)
    return place is not None and place.kind == "country"


def _country_of(word: str) -> str | None:
    """The country a word names, as a country's name or a people's noun or adjective."""
    from digest import places

    place = places.lookup(word)
    if place is not None:
        return place.country if place.kind == "country" else None
    return places.people(word) if len(word) > 3 else None


@lru_cache(maxsize=1024)
def _one_country(sentence: str) -> str | None:
    """The one country a sentence names (by name, adjective or people), None when none or several."""
    codes = {c for w in _PLAIN_WORD.findall(sentence) if (c := _country_of(w))}
    return codes.pop() if len(codes) == 1 else None


# Words without their elided article ("L'Estonie" is Estonie).
_PLAIN_WORD = re.compile(r"[^\W\d_]+")


_ANTECEDENT_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…][\"'”»“]?\s+")


def _antecedent_measure(text: str, start: int, sentence: str, lang: str) -> tuple[str, str, str]:
    """The measure a sentence opening with an [anaphora] pronoun speaks of: the one opening the
    sentence before it in its paragraph ("Der Handel … ist bescheiden. Er belief sich auf …");
    ("", "", "") otherwise (see _measure_label)."""
    lex = lexicon(lang)
    first = _WORD.match(sentence.lstrip())
    # A quote opening its sentence gives the value of a measure the sentence before named without
    # one ("announced a fund for Gyumri. \"We will provide 100 million euros,\" he said").
    quoted = sentence.lstrip()[:1] in _OPEN_QUOTES
    if not quoted and (not first or not lex.anaphora.entries or first.group().lower() not in lex.anaphora.forms):
        return "", "", ""
    if start < 0 or text[start : start + len(sentence)] != sentence:
        return "", "", ""
    # The sentence before, in the paragraph: from the last full stop before its own. An
    # abbreviation may cut it short, and then no measure opens it (no label rather than a wrong one).
    p0 = text.rfind("\n", 0, start) + 1
    before = text[p0:start].rstrip()
    last = None
    for last in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1)):
        pass
    prev = before[last.end() :] if last else before
    if not prev.strip():
        # Opening its paragraph, the pronoun stands for the subheading just above it ("Trade" /
        # "It reached $2.4 billion last year"): a short line of its own, ending in no stop.
        prev = _heading_before(text, p0)
    if not prev.strip():
        return "", "", ""
    if quoted:
        # A sentence giving a figure of its own gave its measure's value: the quote's is another's.
        return ("", "", "") if _DIGIT.search(prev) else _measure_label(prev, "", lang)
    label = _measure_label(prev, "", lang)
    # The pronoun stands for the subject: the measure noun must open that sentence.
    opening = _WORD.findall(_folded(prev).lower())[:_ANTECEDENT_WORDS]
    head = _WORD.findall(fold(label[2]).lower())
    return label if head and head[0] in opening else ("", "", "")


_HEADING_WORDS = 5
_HEADING_END = re.compile(r"[.!?\u2026:;,\"'\u201d\u00bb\u201c]$")


def _heading_before(text: str, p0: int) -> str:
    """The subheading right above the paragraph opening at p0: the line before it, set apart by a
    blank line above and below, of at most _HEADING_WORDS words and ending in no punctuation; else ""."""
    above = text[:p0]
    if not above.endswith("\n\n"):
        return ""
    lines = above.rstrip().rsplit("\n", 2)
    line = lines[-1].strip()
    if len(lines) < 3 or lines[-2].strip() or not line or _HEADING_END.search(line) or len(line.split()) > _HEADING_WORDS:
        return ""
    return line


@lru_cache(maxsize=1024)
@lru_cache(maxsize=1 << 12)
def _other_occasion(sentence: str, surface: str, lang: str) -> bool:
    """Whether the figure's own clause names another occasion than the visit ([occasions]: "the
    previous visit", "прошлый визит"), before or after the figure."""
    return _clause_names(sentence, surface, lang, "occasions")


def _clause_names(sentence: str, surface: str, lang: str, section: str) -> bool:
    """Whether a phrase of a section stands in the figure's own clause, before or after the figure."""
    ph = lexicon(lang).sections[section]
    if not ph.entries:
        return False
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at < 0:
        return False
    start = max((m.end() for m in _CLAUSE.finditer(low, 0, at)), default=0)
    stop = next((m.start() for m in _CLAUSE.finditer(low, at + len(fold(surface)))), len(low))
    return any(ph.match(sentence, low, k) for k in ph.candidates(low, start, stop))


def _opened(sentence: str, surface: str, lang: str, section: str) -> bool:
    """Whether a phrase of a section ([subset]: "di cui", "davon"; [versus]: "contre", "compared
    with") stands just before the figure, in its clause."""
    ph = lexicon(lang).sections[section]
    # A language may name its parts only after the figure (tl "80,000 sa kanila"): [subset_after] alone.
    if not ph.entries and not (section == "subset" and lexicon(lang).sections["subset_after"].entries):
        return False
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    # Only the figure's own clause ("Wir gehen davon aus, dass 50 …" names no part), and only a few
    # words before it: "accords, dont le montant atteindrait 18 milliards" is "whose", no part.
    start = max((m.end() for m in _CLAUSE.finditer(low, 0, max(at, 0))), default=0)
    for k in ph.candidates(low, start, at) if at > 0 else ():
        hit = ph.match(sentence, low, k)
        if not hit:
            continue
        between = _WORD.findall(low, hit[0], at)
        if section == "subset" and between and (t := lexicon(lang).time.match(between[0], between[0], 0)) and t[0] == len(between[0]):
            # "w tym roku" (this year) opens with "w tym" (of which): a phrase before a time word names a time, no part.
            continue
        if len(between) <= _SUBSET_GAP:
            return True
        if section == "subset" and not low[start:k].strip(_OPEN_QUOTES + _BLANKS) and len(between) <= _SUBSET_CLAUSE_GAP:
            # A part phrase opening the figure's clause names a part however long the part's own
            # subject ("…, of which pharmaceuticals and medical devices accounted for about €1.4
            # billion", "…, z czego na farmację przypadło 1,4 mld"); a generic word after it is
            # "whose amount" ("accords, dont le montant atteindrait 18 milliards"), the whole again.
            generic = lexicon(lang).generic.forms
            if not any(w in generic for w in between):
                return True
    if section == "subset" and at > 0:
        # A part named in the sentence after its whole: the phrase opens the sentence before a comma
        # ("Of this amount, 150 million were paid", "Deste valor, 150 milhões"), and the figure
        # opens the clause that comma begins. A quote is one sentence here: its own full stops count.
        opening = max((m.end() for m in _SENTENCE_END.finditer(low, 0, at)), default=0)
        first = _WORD.search(low, opening, at)
        hit = ph.match(sentence, low, first.start()) if first and not low[opening : first.start()].strip(_OPEN_QUOTES + _BLANKS) else None
        comma = low.find(",", hit[0], at) if hit else -1
        if hit and comma >= 0 and not low[hit[0] : comma].strip() and start == comma + 1:
            return len(_WORD.findall(low, comma, at)) <= _SUBSET_GAP
    if section == "subset" and at >= 0 and (after := lexicon(lang).sections["subset_after"]).entries:
        # A part paid into a whole named before, the "to it" after the figure ("pledged €750 million
        # to it"): within a few words, in the figure's clause.
        end = at + len(fold(surface))
        stop = next((m.start() for m in _CLAUSE.finditer(low, end)), len(low))
        for k, m in enumerate(_WORD.finditer(low, end, stop)):
            if k > _SUBSET_GAP:
                break
            if after.match(sentence, low, m.start()):
                return True
    if section == "subset" and at >= 0 and (whole := lexicon(lang).sections["whole_after"]).entries:
        # A part before the whole the next clause gives ("São Paulo alone holds $31 bn of the stock,
        # out of a total of $74 bn"): the clause right after the figure's opens with a [whole_after]
        # phrase and a figure follows it within a few words.
        cut = _CLAUSE.search(low, at + len(fold(surface)))
        first = _WORD.search(low, cut.end()) if cut else None
        if first and not low[cut.end() : first.start()].strip(_BLANKS) and (hit := whole.match(sentence, low, first.start())):
            return _DIGIT.search(" ".join(low[hit[0] :].split()[: _SUBSET_GAP + 1])) is not None
    return False


def _part_of_whole(sentence: str, surface: str, lang: str) -> bool:
    """Whether the figure opens its clause right after a clause opened by a proportion or "of" word
    and another figure ("su 200 obici ordinati, 100 sono stati consegnati", "Of the 200 howitzers
    ordered, 100 have arrived"): a part of that whole, never a second report of it."""
    lex = lexicon(lang)
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at <= 0:
        return False
    bounds = list(_CLAUSE.finditer(low, 0, at))
    if not bounds or low[bounds[-1].end() : at].strip(_OPEN_QUOTES + _BLANKS):
        return False
    opening = bounds[-2].end() if len(bounds) > 1 else 0
    first = _WORD.search(low, opening, bounds[-1].start())
    if first is None or low[opening : first.start()].strip(_OPEN_QUOTES + _BLANKS):
        return False
    hit = lex.out_of.match(sentence, low, first.start()) or lex.of.match(sentence, low, first.start())
    if hit is None:
        return False
    p = _skip_space(low, hit[0], len(low))
    if art := lex.articles.match(sentence, low, p):
        p = _skip_space(low, art[0], len(low))
    whole = _WHOLE_DIGITS.match(low, p)
    # "In 2024, 100 firms …" dates the clause: a year is no whole.
    return whole is not None and not _YEAR_DIGITS.fullmatch(whole.group().strip())


CAPACITY = "capacity"
OPTIONAL = "optional"
_UP_TO = "up to"


def _kind(n: KeyNumber, lang: str) -> str:
    """What kind of amount a figure is besides a plain report (see _Measure.kind): a [capacity] word
    in its clause makes it a capacity, an "up to" figure in a sentence naming an [options] word a
    ceiling under that option ("4 frigates, with an option for two more" stays the firm count)."""
    if _clause_names(n.sentence, n.surface, lang, "capacity"):
        return CAPACITY
    if n.qualifier == _UP_TO and _sentence_names(n.sentence, lang, "options"):
        return OPTIONAL
    return ""


def _sentence_names(sentence: str, lang: str, section: str) -> bool:
    """Whether a phrase of a section stands anywhere in the sentence."""
    ph = lexicon(lang).sections[section]
    low = _folded(sentence).lower()
    return bool(ph.entries) and any(ph.match(sentence, low, k) for k in ph.candidates(low, 0, len(low)))


def _country_share(sentence: str, surface: str, lang: str) -> bool:
    """Whether the figure's clause opens with a country as its subject ("and Spain will take on more
    than 1 bn", "y España asumirá") after an earlier clause of its sentence giving a [totals] figure:
    that country's part of the total."""
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at <= 0 or _subject_country(sentence, surface, lang) is None:
        return False
    cuts = [m.start() for m in _CLAUSE.finditer(low, 0, at)]
    if not cuts:
        return False
    before = low[: cuts[-1]]
    totals = lexicon(lang).totals
    return bool(_DIGIT.search(before)) and any(totals.match(sentence, low, k) for k in totals.candidates(low, 0, cuts[-1]))


# The digits of a whole opening a clause, and a year's, which is none.
_WHOLE_DIGITS = re.compile(r"\d[\d.,' ]*")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


# Words a [subset] or [versus] phrase may stand before its figure ("davon entfielen rund 79.000").
_SUBSET_GAP = 2
# Words a [subset] phrase opening the figure's clause may stand before it (the part's subject and verb).
_SUBSET_CLAUSE_GAP = 8


def _reversed(sentence: str, surface: str, lang: str) -> bool:
    """Whether a [reverse] word ("vice versa", "umgekehrt") stands before the figure in its sentence."""
    ph = lexicon(lang).reverse
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    return at > 0 and any(ph.match(sentence, low, k) for k in ph.candidates(low, 0, at))


def _measure_once(n: KeyNumber, article: Article | None, seen: dict[tuple[Any, ...], _Measure]) -> _Measure:
    """_measure, once per distinct figure in its sentence: republished copies and translations'
    originals repeat most of an archive's figures word for word."""
    key = _measure_key(n, article)
    m = seen.get(key)
    if m is None:
        # Taken out once read: seen holds the measure from now on, and the two memos would each
        # hold every key of an archive's figures.
        ahead = seen.ahead.pop(key, None) if isinstance(seen, _Premeasured) else None
        m = seen[key] = ahead[1] if ahead is not None and (ahead[0] is n or ahead[0] == n) else _measure(n, article)
    return m


def _measure_key(n: KeyNumber, article: Article | None) -> tuple[Any, ...]:
    """What _measure reads of a figure and its article, besides the text before its sentence."""
    lang, day = (_lists_lang(article.lang), article.date) if article else ("en", None)
    return (n.sentence, n.surface, n.unit, n.qualifier, n.what, lang, day)


@lru_cache(maxsize=1 << 12)
def _series_named(sentence: str, surface: str) -> frozenset[str]:
    """The numbered members of a named series a figure's sentence names ("Estlink 1 and 2" -> estlink 1, estlink 2),
    folded; not the figure's own words ("Between 30 and 40 percent" is a range)."""
    out: set[str] = set()
    at = sentence.find(surface)
    for m in _SERIES_NAMED.finditer(sentence):
        if at >= 0 and m.start() < at + len(surface) and at < m.end():
            continue
        name = fold(m.group(1)).lower()
        out.update(f"{name} {n}" for n in _SERIES_NUMBER.findall(m.group(0)[len(m.group(1)) :]))
    return frozenset(out)


# A capitalised word and a number of one or two digits before a colon ("Estlink 2: 650 MW"), or two numbers joined by
# a short word ("Estlink 1 and 2", "Nord Stream 1 ja 2"): the members of a named series. (A count after a name, "in
# Astana 7 agreements", is neither.)
_SERIES_NAMED = re.compile(r"(?<!\w)([^\W\d_][^\W\d_A-Z]{2,})[ \u00a0]\d{1,2}(?:(?=[ \u00a0]*:)|[ \u00a0][^\W\d_]{1,4}[ \u00a0]\d{1,2}(?![\d.,]*\d))")
_SERIES_NUMBER = re.compile(r"\d{1,2}")


def _compatible(a: KeyNumber, b: KeyNumber, ma: _Measure, mb: _Measure, spread: bool = True) -> bool:
    """Same kind of unit, no clash of time references, values within a plausible spread (unless
    not spread: a speaker denying a figure gives his own however far from it, see _join_denied)."""
    if ma.family is None or ma.family != mb.family:
        return False
    if ma.ahead != mb.ahead:
        # A plan for a later year and a report of the present are two figures.
        return False
    if ma.kind != mb.kind or (ma.kind == CAPACITY and a.article == b.article):
        # A capacity is not the flow through it, nor an optional ceiling the firm figure; one
        # article giving two capacities gives those of two things (two pipelines, two plants).
        return False
    if ma.country and mb.country and ma.country != mb.country:
        # "Slovakia sends 30 officers", "the Czech Republic 40": each country's own share.
        return False
    if (sa := _series_named(a.sentence, a.surface)) and (sb := _series_named(b.sentence, b.surface)) and sa != sb:
        # "Estlink 2: 650 MW" and "Estlink 1 and 2 together: 1,016 MW": two members of a series, or one and both.
        return False
    if ma.flow and mb.flow and ma.flow != mb.flow and a.article == b.article:
        # One article telling exports and imports between two countries tells both directions.
        return False
    if {ma.total, mb.total} == {TOTAL, ""}:
        (part, mpart), (whole, mwhole) = sorted(((a, ma), (b, mb)), key=lambda x: x[1].total == TOTAL)
        if len(mpart.pair) > 1 and not mwhole.pair and abs(part.value) < abs(whole.value) and not mpart.pair & _countries_in(whole.sentence):
            # "exported 12.8 bn m³ to B" and "its total exports were 25.2 bn m³": one partner's
            # share of a total told naming neither country, smaller than it, is a part of it ("our
            # total support to Ukraine" names the partner: the same relation's sum).
            return False
    if ma.pair and mb.pair and not ma.pair <= mb.pair and not mb.pair <= ma.pair:
        # Trade "between Kosovo and Montenegro" and "between North Macedonia and Montenegro": two
        # relations. A sentence naming a third country besides the same pair still tells of that pair.
        return False
    # A target and a later year's figure are one plan ("target of $50bn" and "$50bn by 2030").
    if ma.when and mb.when and ma.when != mb.when and "target" not in (ma.when, mb.when):
        return False
    if a.speaker and a.speaker == b.speaker and a.article == b.article and a.unit == b.unit and _counted(a.unit):
        # One speaker counting one noun twice in an article ("mais de 40 empresas" … "cerca de 25
        # empresas") tells one count twice: the tight spread of counts keeps apart the counts of
        # two sources, who may count two things.
        return not spread or _within(a.value, b.value, _MAX_RATIO)
    return not spread or _within(a.value, b.value, _spread(a.unit, ma.family))


def _spread(unit: str | None, family: str | None) -> float:
    """How far apart two reports of one figure of this unit and family may be (see _within)."""
    if family == PEOPLE:
        # A people counted by name where they live ("15,000 Pakistanis in Tanzania", "about 25,000")
        # is one population, estimated loosely: no second thing of that name to count.
        return _MAX_PEOPLE_RATIO
    if _counted(unit):
        # Two reports of one count rarely differ by half (300 vs 250 firms); 3,000 and 6,000 jobs
        # are jobs of two projects.
        return _MAX_COUNT_RATIO
    # Growth rates spread more than shares: +9% and -4% are two reports of one change.
    return _MAX_PERCENT_RATIO if unit == PERCENT and family != CHANGE else _MAX_RATIO


def _within(a: float, b: float, spread: float) -> bool:
    """Whether two values, signs aside, are both non-zero and at most spread times apart."""
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi / lo <= spread


def _same_measure(a: KeyNumber, b: KeyNumber, ma: _Measure, mb: _Measure, strict: bool = False) -> bool:
    """Compatible figures whose labels share most of their stems (strict: of the longer label
    too, as figures of other visits share no story: "exports" is not "exportaciones brasileñas")."""
    return _compatible(a, b, ma, mb) and _labels_agree(ma, mb, strict)


@cache
def _balance_stems() -> dict[str, int]:
    """The label stems of a balance in every language, each to its kind (deficit, surplus): data/any/balances.txt."""
    return {w.lower()[:4]: k for k, (line, _) in enumerate(_word_list("digest.data.any", "balances.txt")) for w in line.split()}


def _balances(m: _Measure) -> frozenset[int]:
    """The kinds of balance a figure's label names (none for most)."""
    kinds = _balance_stems()
    return frozenset(kinds[s] for s in m.topic if s in kinds)


def _labels_agree(ma: _Measure, mb: _Measure, strict: bool = False) -> bool:
    """The label half of _same_measure, for figures known to be compatible."""
    if not ma.topic or not mb.topic or {ma.total, mb.total} == {TOTAL, ONE}:
        return False
    if _balances(ma) != _balances(mb):
        # A balance is not the trade it is the balance of, and a deficit is no surplus.
        return False
    if (ma.head or mb.head) and not ma.topic & mb.topic & (ma.head | mb.head):
        # A measure noun names what is measured: "65% of Andorran imports" and "72% of Andorrans"
        # (worried about housing), or imports and exports of one country, share only the country.
        return False
    shared = len(ma.topic & mb.topic)
    return shared / min(len(ma.topic), len(mb.topic)) >= 0.5 and (not strict or shared / max(len(ma.topic), len(mb.topic)) >= 0.4)


def _differ(a: float, b: float) -> bool:
    return abs(a - b) > 0.005 * max(abs(a), abs(b))


# How far a bound reaches past its figure: "almost 3.3 bn" is 3.3 or a little less, "more than
# 3 bn" 3 or a little more; far beyond it a writer would have rounded to another figure. "Up to" is
# a ceiling, not an estimate ("up to 100,000 visas" against 90,000 issued is a disagreement).
_BOUND_REACH = 0.05
_UPPER_BOUNDS = frozenset({"almost", "less than", "at most"})
_LOWER_BOUNDS = frozenset({"more than", "at least"})
# The upper bounds that only cap an amount ("less than", "at most"), unlike "almost", which puts it near.
_CEILINGS = frozenset({"less than", "at most"})
_ABOUT = "about"


def _reach(v: float, exact: bool, floor: bool = False) -> float:
    """How far a bound on v reaches: _BOUND_REACH of it; against an exact figure never past half
    its last written digit, as the writer rounded that figure to it: "almost 11 bn" is 10.5 to 11,
    not 10.4 (two bounds stay loose: "almost 3.3" and "more than 3" tell one sum). A floor (floor)
    reaches that half digit in full: "more than 200" is what a writer rounding 220 down to its
    first digit says, while "almost 300" stays close to 300."""
    if not exact:
        return _BOUND_REACH * v
    from decimal import Decimal  # only for the few bounded figures of a conflict

    step = 10.0 ** Decimal(repr(float(v))).normalize().as_tuple().exponent
    return step / 2 if floor else min(_BOUND_REACH * v, step / 2)


def _bound_side(qualifier: str | None) -> int:
    """Which side of its value a figure's qualifier puts the amount: -1 below, 1 above, 0 at it."""
    return -1 if qualifier in _UPPER_BOUNDS else 1 if qualifier in _LOWER_BOUNDS else 0


def _bounds_agree(figures: Sequence[KeyNumber]) -> bool:
    """Whether one amount fits every figure, bounds read as bounds: "almost 3.3 bn" and "more than
    3 bn" tell one sum; 3.0 and 3.3 bn, or "about 65" and 68.7, do not."""
    lo, hi = 0.0, float("inf")
    exact = any(n.qualifier not in _UPPER_BOUNDS and n.qualifier not in _LOWER_BOUNDS for n in figures)
    for n in figures:
        v = n.value
        if v <= 0:
            return False
        if n.value_end is not None and n.value_end > v and n.qualifier is None:
            # A range ("15%至20%", "between 3 and 4 m t") says the amount lies between its ends: a
            # figure inside it (18 %) tells the same thing, not another.
            lo, hi = max(lo, v), min(hi, n.value_end)
        elif n.qualifier in _CEILINGS:
            # "less than five percent" is what a writer rounding 4 up to the next whole figure says
            # (a ceiling, not a closeness like "almost"): it reaches one full step of its last digit
            # down, never past half of it ("less than 10" does not cover 3).
            lo, hi = max(lo, v - min(_reach(v, True, floor=True) * 2, v / 2)), min(hi, v)
        elif n.qualifier in _UPPER_BOUNDS:
            lo, hi = max(lo, v - _reach(v, exact)), min(hi, v)
        elif n.qualifier in _LOWER_BOUNDS:
            lo, hi = max(lo, v), min(hi, v + _reach(v, exact, floor=True))
        elif n.qualifier == _ABOUT:
            # "око 4,7 милијарди" is what a writer rounding 4.66 bn says: half its last digit either
            # side, never more than _BOUND_REACH ("about 300 m" is not 340 m).
            r = _reach(v, True)
            lo, hi = max(lo, v - r), min(hi, v + r)
        else:
            lo, hi = max(lo, v), min(hi, v)
    return not _differ(lo, hi) or lo <= hi


def find_conflicts(
    numbers: Sequence[KeyNumber],
    articles: Sequence[Article],
    languages: Sequence[str] = (),
    measure: Callable[[list[KeyNumber]], Sequence[_Measure]] | None = None,
) -> tuple[Conflict, ...]:
    """Within each visit, figures for the same measure that disagree (translations are not conflicts);
    a conflict across languages is labelled in the first preferred one that gives it (languages).
    measure, when given, is measure_figures for figures of these articles, elsewhere (in worker
    processes): it is handed the figures of first_measured() first."""
    rank = conflict_ranks(languages)
    by_id = {a.id: a for a in articles}
    conflicts: list[Conflict] = []
    by_visit = conflict_groups(numbers, by_id)
    seen: dict[tuple[Any, ...], _Measure] = {}
    if measure is not None:
        first = first_measured(by_visit, by_id)
        # Taken by _measure_once for exactly the figure it would measure itself (a pure function of
        # the figure and its article): the figures of a demonym's count, measured as another noun's
        # (_demonym_measures), are still measured as they come.
        seen = _Premeasured({_measure_key(n, by_id.get(n.article)): (n, m) for n, m in zip(first, measure(first), strict=True)})
    for visit in sorted(by_visit):
        conflicts.extend(visit_conflicts(visit, by_visit[visit], by_id, rank, seen))
    _forget_measures()
    return tuple(conflicts)


def first_measured(by_visit: Mapping[str, list[KeyNumber]], by_id: Mapping[str, Article]) -> list[KeyNumber]:
    """Of each distinct figure in its sentence (see _measure_once), the one find_conflicts measures first."""
    first: dict[tuple[Any, ...], KeyNumber] = {}
    for visit in sorted(by_visit):
        for n in by_visit[visit]:
            first.setdefault(_measure_key(n, by_id.get(n.article)), n)
    return list(first.values())


def measure_figures(figures: Sequence[KeyNumber], by_id: Mapping[str, Article]) -> list[_Measure]:
    """What find_conflicts compares of each figure (see find_conflicts' measure)."""
    return shared_measures(_measure(n, by_id.get(n.article)) for n in figures)


def shared_measures(measures: Iterable[_Measure]) -> list[_Measure]:
    """The measures with equal ones, and equal word sets within them, as one object each.

    Measures come back from the worker processes as copies, one per figure, each with its own
    word sets (an empty frozenset is no shared object): held for an archive's figures while the
    conflicts are found, the copies of a few thousand distinct values made the run's peak.
    """
    one: dict[Any, Any] = {}
    return [
        one.setdefault(m, m._replace(topic=one.setdefault(m.topic, m.topic), head=one.setdefault(m.head, m.head),
                                     pair=one.setdefault(m.pair, m.pair)))
        for m in measures
    ]


class _Premeasured(dict):  # type: ignore[type-arg]
    """_measure_once's memo, holding besides the measures of figures measured so far those of figures
    measured ahead of time (by key: the figure and its measure)."""

    def __init__(self, ahead: dict[tuple[Any, ...], tuple[KeyNumber, _Measure]]) -> None:
        super().__init__()
        self.ahead = ahead


def conflict_ranks(languages: Sequence[str]) -> dict[str, int]:
    """find_conflicts' preference of each language (the first preferred labels a conflict)."""
    return {lang: k for k, lang in enumerate(languages)}


def conflict_groups(numbers: Sequence[KeyNumber], by_id: dict[str, Article]) -> dict[str, list[KeyNumber]]:
    """Per visit, the figures find_conflicts compares, in (article, offset) order."""
    by_visit: dict[str, list[KeyNumber]] = {}
    for n in numbers:
        # _family(n) is a non-empty family exactly then (a unit's family is never empty).
        if n.visit and n.unit and has_family(n.unit, n.qualifier) and not _unread_count(n, by_id.get(n.article)):
            by_visit.setdefault(n.visit, []).append(n)
    for group in by_visit.values():
        group.sort(key=lambda n: (n.article, n.start))
    return by_visit


def _ascending(buckets: Sequence[Sequence[int]]) -> Iterator[int]:
    """The distinct items of ascending sequences, in ascending order."""
    last = -1
    for k in heapq.merge(*buckets):
        if k != last:
            last = k
            yield k


def visit_conflicts(
    visit: str, group: list[KeyNumber], by_id: dict[str, Article], rank: dict[str, int], seen: dict[tuple[Any, ...], _Measure]
) -> list[Conflict]:
    """find_conflicts for one visit's group (see conflict_groups). `seen` holds the measures of the
    figures measured so far (see _measure_once): visits are measured in sorted order, and a figure
    repeated in an earlier visit keeps the measure it was given there."""
    conflicts: list[Conflict] = []
    measures = [_measure_once(n, by_id.get(n.article), seen) for n in group]
    # A people's count measured as another noun's names its measure last.
    aliased = _demonym_measures(group, measures, by_id, seen)
    aliased |= _compatriot_measures(group, measures, by_id)
    _speaker_antecedents(group, measures, by_id)
    _speaker_economies(group, measures)
    in_copy = [bool(by_id[n.article].duplicate_of) if n.article in by_id else False for n in group]

    def translated(i: int, j: int) -> bool:
        # A translation repeats its original: only originals are compared across articles.
        # Two figures of one sentence are a change, a comparison or a range ("cut its tariff
        # to 19% from the 32% threatened"), never two reports of one measure.
        if group[i].article == group[j].article:
            if group[i].sentence != group[j].sentence:
                # Two items of one article's list ("- Acuerdo … hasta 300 millones", "- Acuerdo … 400
                # millones") tell two things the list enumerates, never two reports of one; unless both
                # items name one member word for word ("• Estlink 2: 650 MW", "• Estlink 2: 850 MW").
                return _other_items(group[i], group[j])
            if _one_clause(group[i].sentence, group[i].surface, group[j].surface):
                return True
            # "90 millions par an, contre 30 millions aujourd'hui": the later figure is compared.
            later = group[max(i, j, key=lambda k: group[k].start)]
            lang = _lists_lang(by_id[later.article].lang) if later.article in by_id else "en"
            # "45 million for 2027-2029, that is 15 million a year": one claim restated in other terms.
            return _opened(later.sentence, later.surface, lang, "versus") or _said_again(later.sentence, later.surface, lang)
        return in_copy[i] or in_copy[j]

    # A figure joins a measure when its label matches most members and nothing in it clashes
    # (year, target, spread): one loose label must not chain two measures together.
    # Joining needs a member of the same family sharing a label stem, so only clusters indexed
    # under one of the figure's (family, stem) keys are candidates: a visit of a thousand
    # articles is not compared pair by pair.
    clusters: dict[int, list[int]] = {}
    # Per cluster, where the members of its last member's article begin.
    tails: dict[int, int] = {}
    # A copy's figure is never compared across articles (see translated), and a cluster holding
    # one is closed to the figures of every other article: clusters of originals are indexed
    # for all that follow, those of a copy only for its own next figures.
    index: dict[tuple[str | None, str], list[int]] = {}
    local: dict[tuple[str | None, str], list[int]] = {}
    for i in range(len(group)):
        n, m = group[i], measures[i]
        if i and n.article != group[i - 1].article:
            local = {}
        keys = local if in_copy[i] else index
        # A reverse figure is another measure under the same words: it joins none.
        # Most figures join their first candidate: the buckets, each ascending, are merged lazily rather than
        # read whole (a common stem's bucket holds thousands of clusters in a visit of a thousand articles).
        buckets = [] if m.reverse else [b for stem in m.topic if (b := keys.get((m.family, stem)))]
        for key in buckets[0] if len(buckets) == 1 else _ascending(buckets):
            members = clusters[key]
            # Members join in group order: those of i's article are the cluster's tail, the
            # only ones translated() may rule out (the others are originals, as i is).
            tail = tails[key] if group[members[-1]].article == n.article else len(members)
            if any(translated(i, j) for j in members[tail:]):
                continue
            # Compatibility first: it rules most clusters out, and once it holds for every
            # member only the labels are left to count.
            if not all(_compatible(n, group[j], m, measures[j]) for j in members):
                continue
            if 2 * sum(_labels_agree(m, measures[j]) for j in members) > len(members):
                if group[members[-1]].article != n.article:
                    tails[key] = len(members)
                members.append(i)
                break
        else:
            key = i
            clusters[key] = [i]
            tails[key] = 0
        for stem in () if m.reverse else m.topic:
            bucket = keys.setdefault((m.family, stem), [])
            if not bucket or bucket[-1] < key:
                bucket.append(key)
            elif (at := bisect_left(bucket, key)) == len(bucket) or bucket[at] != key:
                bucket.insert(at, key)
    # Read with the lists that found them ("no" with Danish's); preferred by the article's own code.
    own = [by_id[n.article].lang if n.article in by_id else "en" for n in group]
    langs = [_lists_lang(lang) for lang in own]
    texts = [by_id[n.article].text if n.article in by_id else None for n in group]
    # The figures of each sentence by unit, in group order: the other figure of a pair (_nearest_of_pair) is
    # looked up there, and a member another article repeats in the sentence of its total (nl "bijna vijf
    # miljard kronen in offshorewind" beside no "12 milliarder kroner, og nesten 5 milliarder av dem går
    # til havvind") reports that part, not the total the part was kept from.
    in_sentence: dict[tuple[str, str, str | None], list[int]] = {}
    for k, n in enumerate(group):
        in_sentence.setdefault((n.article, n.sentence, n.unit), []).append(k)
    _join_unnamed(group, measures, langs, clusters, translated, texts)
    _join_anchored(group, measures, clusters, translated)
    _join_disputed(group, measures, clusters, translated, texts)
    _join_denied(group, measures, clusters, translated, texts, langs)
    _nearest_of_pair(group, measures, clusters, translated, in_sentence)
    # A copy's figures of one article repeating the values of a measure of its original's (a kk
    # article and its ru translation, each with 4.1 vs 4.4 bn) are its disagreement again: shown
    # once, from the original. One the original misread (another unit) is still shown.
    def values_of(members: list[int]) -> tuple[str, ...]:
        return tuple(sorted({f"{group[i].value:.4g}" for i in members}))

    def one_article(members: list[int]) -> str | None:
        return group[members[0]].article if all(group[i].article == group[members[0]].article for i in members) else None

    originals = {(a, values_of(m)) for m in clusters.values() if (a := one_article(m)) and not in_copy[m[0]]}
    def reports_a_part(i: int, members: list[int]) -> bool:
        n = group[i]
        return any(
            group[j].article != n.article and _differ(group[j].value, n.value) and any(
                k not in members and not _differ(group[k].value, n.value)
                for k in in_sentence.get((group[j].article, group[j].sentence, n.unit), ()))
            for j in members)

    # One article's disagreement told again by another article alone (a translation not known as one, a
    # second outlet quoting the same two speakers): one disagreement, shown once with both as sources.
    told: dict[int, tuple[tuple[str, ...], str]] = {}
    for members in clusters.values():
        if (a := one_article(members)) and in_copy[members[0]] and (by_id[a].duplicate_of, values_of(members)) in originals:
            continue
        members = [i for i in members if not reports_a_part(i, members)]
        values = sorted({group[i].value for i in members})
        distinct = [v for k, v in enumerate(values) if k == 0 or _differ(v, values[k - 1])]
        if len(distinct) < 2 or _bounds_agree([group[i] for i in members]):
            continue
        # One figure per value: a restatement adds nothing to the disagreement ("circa 28" after
        # "superato i 28"), but "mehr als 50" and "près de 50" are two claims (over 50, under it).
        firsts: dict[tuple[float, int], int] = {}
        # Every source of each value, one per article and speaker (a copy repeats its original's).
        agreeing: dict[int, list[int]] = {}
        for i in sorted(members, key=lambda i: (group[i].speaker is None, group[i].article, group[i].start)):
            bound = _bound_side(group[i].qualifier)
            first = next((f for (v, side), f in firsts.items() if not _differ(group[i].value, v) and side * bound >= 0), None)
            if first is None:
                firsts[(group[i].value, bound)] = i
                agreeing[i] = [i]
            elif not in_copy[i] and all((group[j].article, group[j].speaker) != (group[i].article, group[i].speaker) for j in agreeing[first]):
                agreeing[first].append(i)
        ordered = sorted(firsts.values(), key=lambda i: (group[i].value, group[i].start))
        # A count is named by its own noun ("entreprises", not "acuerdo" of its clause), a people
        # by a member counting it by name ("українців" before "obywateli" of Ukraine).
        named_first = sorted(members, key=lambda i: (
            i in aliased, rank.get(own[i], len(rank)),
            measures[i].family == PEOPLE and _count_topic(group[i].unit or "", langs[i]) == {_CITIZENS_KEY}, i,
        ))
        labels = [_conflict_label(group[i], langs[i]) if group[i].article in by_id else "" for i in named_first]
        labels = [x for x in labels if x] or [group[i].what for i in named_first if group[i].what]
        what = labels[0] if labels else (group[ordered[0]].unit or "")
        when_set = {measures[i].when for i in members if measures[i].when not in (None, "target")}
        if len(when_set) == 1:
            what = f"{what} ({when_set.pop()})"
        sources = tuple(tuple(group[j].id for j in agreeing[i]) for i in ordered)
        shown = tuple(f"{group[i].value:.4g}" for i in ordered)
        conflict = Conflict(visit, what, tuple(group[i].id for i in ordered), sources)
        if (a := one_article(members)) and (k := _told_before(told, shown, a)) is not None:
            # The one telling more values is shown ("92, 92.6 and over 110" holds "92.6 and over 110").
            (big, big_shown), (small, small_shown) = sorted(((conflicts[k], told[k][0]), (conflict, shown)), key=lambda x: -len(x[1]))
            at = [big_shown.index(v) for v in small_shown]
            more = [big.sources[p] + (small.sources[at.index(p)] if p in at else ()) for p in range(len(big_shown))]
            conflicts[k] = dataclasses.replace(big, sources=tuple(more))
            told[k] = (big_shown, told[k][1])
            continue
        if a:
            told[len(conflicts)] = (shown, a)
        conflicts.append(conflict)
    return conflicts


def _told_before(told: dict[int, tuple[tuple[str, ...], str]], shown: tuple[str, ...], article: str) -> int | None:
    """The conflict of another article alone whose values hold this one's or are held by them (see
    visit_conflicts): the same disagreement told twice."""
    return next((k for k, (values, a) in told.items() if a != article and (set(shown) <= set(values) or set(values) <= set(shown))), None)


def _speaker_antecedents(group: list[KeyNumber], measures: list[_Measure], by_id: dict[str, Article]) -> None:
    """A speaker's figure whose sentence names no measure nor anything else ("Vi ligger redan på 3,1
    procent i år") tells more of the measure his last figure of that unit in the article named ("Norge
    lägger i år 2,8 procent av BNP"): the same speaker giving a second value for it contradicts himself."""
    last: dict[tuple[str, str, str | None], int] = {}
    for k, (n, m) in enumerate(zip(group, measures, strict=True)):
        if not n.speaker or _counted(n.unit):
            continue
        key = (n.article, n.speaker, n.unit)
        j, last[key] = last.get(key), k
        if j is None or m.named or m.reverse or not measures[j].named:
            continue
        a = measures[j]
        # Only of one present time, told in two sentences: a plan ("jõuda 2029. aastaks kuue protsendini")
        # or a second figure of its sentence ("exports 350 m now, the goal is 500 m") is another level.
        lang = _lists_lang(by_id[n.article].lang) if n.article in by_id else "en"
        if (m.when == a.when and not m.ahead and not a.ahead and group[j].sentence != n.sentence and _in_quote(n.sentence, n.surface)
                and not _names_another(n.sentence, n.surface, lang)):
            measures[k] = m._replace(topic=a.topic, head=a.head, named=True, total=a.total, country=a.country, pair=a.pair)


# Double quotation marks, opening or closing (Swedish opens with ”).
_DOUBLE_QUOTES = re.compile(r"[\"“”«»„]")


def _in_quote(sentence: str, surface: str) -> bool:
    """Whether a figure is in the speaker's own words (a quotation mark opens before it or closes after it
    in its sentence: a quote split into sentences, "Vi ligger redan på 3,1 procent i år”, svarade han"):
    only there does a figure naming no measure go on with his last one; a reporter's next sentence ("The
    value of remittances reached €900 million") tells of something else."""
    at = sentence.find(surface)
    return at >= 0 and _DOUBLE_QUOTES.search(sentence) is not None


def _names_another(sentence: str, surface: str, lang: str) -> bool:
    """Whether the sentence of a figure (its own, where a quote holds several) names anything: a
    capitalised word ("Hela Norden måste upp mot 3–4 procent" speaks of the Nordics, "Europe as a
    whole is at 1.9 %" of Europe), the first only when it is no stop word ("We", "Vi")."""
    at = sentence.find(surface)
    if at < 0:
        return True
    start = max((m.end() for m in _SENTENCE_END.finditer(sentence, 0, at)), default=0)
    nxt = _SENTENCE_END.search(sentence, at + len(surface))
    words = _PLAIN_WORD.findall(sentence, start, nxt.start() if nxt else len(sentence))
    stop = lexicon(lang).stop
    return any(w[:1].isupper() and (k or w.lower() not in stop) for k, w in enumerate(words))


def _speaker_economies(group: list[KeyNumber], measures: list[_Measure]) -> None:
    """A speaker's share of GDP naming no country ("We are already at 3.1 percent of GDP") is of the
    economy his other shares in the article name, when they name one ("Norway spends 2.8 percent of
    GDP"): one speaker giving two figures for it contradicts himself, a conflict like any other."""
    economies: dict[tuple[str, str], set[str]] = {}
    for n, m in zip(group, measures, strict=True):
        if n.speaker:
            economies.setdefault((n.article, n.speaker), set()).update(s for s in m.topic if s.startswith(f"{GDP_KEY}@"))
    for k, (n, m) in enumerate(zip(group, measures, strict=True)):
        own = economies.get((n.article, n.speaker), set()) if n.speaker and GDP_KEY in m.topic else set()
        if len(own) == 1:
            named = own.pop()
            # The head loses its GDP stem as a share of a named economy's does (see _measure).
            measures[k] = m._replace(topic=(m.topic - {GDP_KEY}) | {named}, head=m.head - {GDP_KEY})


def _unread_count(n: KeyNumber, article: Article | None) -> bool:
    """Whether a figure counts a "noun" of an article no word lists read: there the word after a
    figure is taken as its counted noun unread, and may be a per-cent word, a declined scale or a
    verb ("12 foizga o'sdi", grew by 12 per cent). Two such figures share only that word, which names
    no measure: a conflict between them would be a guess."""
    from digest import language

    return article is not None and _counted(n.unit) and language.word_lists(article.lang) == "any"


def _conflict_label(n: KeyNumber, lang: str) -> str:
    """What a conflict's figure measures, as a reader names it: a count's noun without an elided
    article ("d'Ukrainiens"), else the measure noun group of its sentence without the words that
    follow it to the figure ("Trade", not "Trade between"; "товарооборот", not "товарооборот
    между нашими"), else the whole label."""
    if _counted(n.unit) and n.unit:
        return " ".join(_memo(_label_word, lang)[w][1] for w in n.unit.split())
    # Read as _measure reads it (marks as letters), shown as written: marks again, and the ـ the analysis read
    # for a non-joiner inside a word (pipeline._joiners_as_letters) a non-joiner again (fa 'سرمایه‌گذاری').
    n = _as_read(n, None)[0]
    if unspaced(lang) and (words := _unspaced_measure_words(n.sentence, n.surface, lang)):
        # The measure word the figure was compared by ("贸易"), not a clause cut mid-word ("年中东双边贸易额达"),
        # with its marks back (th "ไฟฟ้า").
        return data.letters_as_marks(words[0])
    label = _measure_label(n.sentence, n.surface, lang)
    return data.letters_as_marks(label[2] or label[0]).replace("\u0640", "\u200c")


def _demonym_measures(
    group: list[KeyNumber], measures: list[_Measure], by_id: dict[str, Article], seen: dict[tuple[Any, ...], _Measure]
) -> set[int]:
    """Measure a count of a people ("52 000 Belges") as the count of the noun a figure of its
    sentence or the next one qualifies with that people's adjective ("48 000 frontaliers belges"):
    the text says they are one crowd. Only counts of one article, at most a sentence apart.
    Returns the indexes of the counts so measured."""
    aliased: set[int] = set()
    # The group is in article order: each article's figures are one run of it.
    runs: dict[str, tuple[int, int]] = {}
    for i, n in enumerate(group):
        runs[n.article] = (runs.get(n.article, (i, i))[0], i + 1)
    # The counts of a noun in lower case, told once: a visit's every count of a people was compared with each
    # figure of its article, and the test made again each time (a million times in an archive).
    nouns = [j for j, o in enumerate(group) if o.unit and o.unit[:1].islower() and _counted(o.unit)]
    for i, n in enumerate(group):
        if not (n.unit and n.unit[:1].isupper() and _counted(n.unit) and n.article in by_id):
            continue
        text, stem = by_id[n.article].text, fold(n.unit).lower()[:_DEMONYM_STEM]
        lo, hi = runs[n.article]
        for j in nouns[bisect_left(nouns, lo) : bisect_left(nouns, hi)]:
            o = group[j]
            if j == i:
                continue
            lo, hi = sorted((n.end, o.end))
            if "\n" in text[lo:hi] or len(_SENTENCE_END.findall(text, lo, hi)) > 1:
                continue
            # The people's adjective right before or after the other count's noun ("frontaliers belges").
            near = _WORD.findall(fold(text[max(0, o.end - len(o.unit) - _DEMONYM_REACH) : o.end + _DEMONYM_REACH]).lower())
            k = next((k for k, w in enumerate(near) if w == fold(o.unit).lower()), None)
            if k is None or not any(w[:_DEMONYM_STEM] == stem and w != stem and len(w) > _DEMONYM_STEM for w in near[max(0, k - 1) : k + 2]):
                continue
            measures[i] = _measure_once(dataclasses.replace(n, unit=o.unit), by_id[n.article], seen)
            aliased.add(i)
            break
    return aliased


@lru_cache(maxsize=1 << 12)
def _compatriots(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The [compatriots] words of a language ("rodaków", "Landsleute"), lower-cased: whole forms,
    and the stems of its "*" entries."""
    found = [k.lower() for k, _ in _read(lang, "numbers.txt").get("compatriots", [])]
    return frozenset(w for w in found if not w.endswith("*")), tuple(w[:-1] for w in found if w.endswith("*"))


def _compatriot_measures(group: list[KeyNumber], measures: list[_Measure], by_id: dict[str, Article]) -> set[int]:
    """Measure a speaker's count of compatriots ("ponad 200 tysięcy rodaków") as the count of the
    one people the same speaker counts by name in the same article ("180 tysięcy Polaków"): one's
    compatriots are one's own people. Returns the indexes of the counts so measured."""
    aliased: set[int] = set()
    by_article: dict[str, list[int]] = {}
    for i, n in enumerate(group):
        by_article.setdefault(n.article, []).append(i)
    for i, n in enumerate(group):
        if not n.unit or not n.speaker or n.article not in by_id or not _counted(n.unit):
            continue
        words, stems = _compatriots(_lists_lang(by_id[n.article].lang))
        noun = n.unit.lower()
        if noun not in words and not noun.startswith(stems):
            continue
        # Only a named speaker's: an article's own "compatriots" may be its readers' people, not
        # the one it counts. Two peoples counted by the speaker leave it unknown which is theirs.
        peoples = {measures[j].topic for j in by_article[n.article] if j != i and measures[j].family == PEOPLE and group[j].speaker == n.speaker}
        if len(peoples) == 1:
            measures[i] = measures[i]._replace(family=PEOPLE, topic=peoples.pop(), head=frozenset(), country=None)
            aliased.add(i)
    return aliased


# A people's noun and adjective share their first letters (Belges, belges; Ukrainians, Ukrainian).
_DEMONYM_STEM = 4
_DEMONYM_REACH = 16


# An unnamed amount is taken for another report of a named one only this close to it: "£26bn"
# and "£27.5bn" of trade, not a €2bn credit line and €3bn of investment.
_UNNAMED_RATIO = 1.3


def _join_unnamed(
    group: list[KeyNumber],
    measures: list[_Measure],
    langs: list[str],
    clusters: dict[int, list[int]],
    translated: Callable[[int, int], bool],
    texts: Sequence[str | None] = (),
) -> None:
    """Join a lone amount whose sentence names no measure ("Figures from the ONS put the total at
    £27.5bn", "a fact sheet counted $900 billion") to the one measure of its article that a named
    amount of the same currency, close in value, gives ("trade is worth £26bn"); left alone when
    two measures could claim it."""
    # Per (article, currency), the named amounts by value: a lone amount looks only near its own value.
    named: dict[tuple[str, str, str | None], list[tuple[float, int]]] = {}
    owner: dict[int, int] = {}
    for key, members in clusters.items():
        for i in members:
            owner[i] = key
            if _named_amount(group[i], measures[i]) is True and not measures[i].reverse:
                named.setdefault((group[i].article, group[i].unit or "", measures[i].family), []).append((group[i].value, key))
    for found in named.values():
        found.sort()
    stemmed: dict[tuple[str, str], frozenset[str]] = {}
    for key, members in list(clusters.items()):
        if len(members) != 1:
            continue
        i = members[0]
        n, m = group[i], measures[i]
        if _named_amount(n, m) is not False or n.value <= 0 or m.when == "target":
            continue
        found = named.get((n.article, n.unit or "", m.family), [])
        lo = bisect_left(found, (n.value / _UNNAMED_RATIO, -1))
        hi = bisect_right(found, (n.value * _UNNAMED_RATIO, len(group)))
        keys = sorted({k for _, k in found[lo:hi] if k != key})
        # An amount is unnamed for want of a measure noun as often as for a source standing in its
        # place: a word of the named measure in its sentence picks that measure; a source alone
        # makes it another report only when one measure is near.
        # (Stemmed only for measures to word: most lone amounts of an archive have none near, and a sentence
        # with several lone amounts is stemmed once.)
        words: frozenset[str] = frozenset()
        if keys:
            if (n.sentence, langs[i]) not in stemmed:
                stemmed[n.sentence, langs[i]] = _plain_stems(" ".join(_stems(n.sentence, langs[i])))
            words = stemmed[n.sentence, langs[i]]
        worded = [k for k in keys if words & frozenset(s for j in clusters[k] for s in _plain_stems(" ".join(measures[j].topic)))]
        if len(worded) == 1:
            target = worded[0]
        elif not worded and len(keys) == 1 and _sourced(n.sentence, n.surface, langs[i]):
            target = keys[0]
        elif not worded and (k := _restated(group, measures, clusters, owner, texts, i, langs[i])) is not None:
            target = k
        else:
            continue
        others = clusters[target]
        # The measure word of a sentence with two amounts names the other one ("assistance is
        # about ₹88,000 crore, out of a total cost of ₹1,08,000 crore"): no second report there.
        if all(
            not translated(i, j) and _compatible(n, group[j], m, measures[j])
            and not (group[j].article == n.article and group[j].sentence == n.sentence)
            and max(n.value, group[j].value) <= _UNNAMED_RATIO * min(n.value, group[j].value)
            for j in others
        ):
            others.append(i)
            others.sort()
            del clusters[key]


# How far apart one speaker's two sums for one named scheme may be to be two reports of it.
_ANCHOR_RATIO = 1.5
# An acronym naming a scheme, fund or programme ("PURL", "NGEU"): rare enough that one speaker's two
# sums beside it in two articles are one measure, whatever words each language puts around them.
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


def _join_anchored(
    group: list[KeyNumber],
    measures: list[_Measure],
    clusters: dict[int, list[int]],
    translated: Callable[[int, int], bool],
) -> None:
    """Join lone amounts of one speaker, one currency, in different articles, whose sentences name
    the same acronym, which no other of the speaker's amounts of that currency in those articles names
    (fr "les Alliés ont promis 4,5 milliards de dollars au mécanisme PURL" and nl "bondgenoten hebben
    3,5 miljard dollar toegezegd aan PURL", both Rutte's): their labels share no word across the two
    languages, the scheme's name does. A currency code, or an acronym in the speaker's name, is no anchor."""
    alone = {members[0]: key for key, members in clusters.items() if len(members) == 1}
    by_anchor: dict[tuple[str, str, str | None, str], list[int]] = {}
    for i, n in enumerate(group):
        if not n.speaker or not _currency(n.unit) or measures[i].reverse or measures[i].family is None:
            continue
        for word in set(_ACRONYM.findall(n.sentence)):
            if word != n.unit and word not in n.speaker and not _country_of(word):
                by_anchor.setdefault((n.speaker, n.unit or "", measures[i].family, word), []).append(i)
    used: set[int] = set()
    for found in by_anchor.values():
        articles = [group[i].article for i in found]
        # One amount per article: two amounts of one article beside the acronym are two of its parts.
        if len(found) < 2 or len(set(articles)) != len(articles) or used & set(found) or any(i not in alone for i in found):
            continue
        if any(
            translated(i, j) or not _compatible(group[i], group[j], measures[i], measures[j])
            or not _within(group[i].value, group[j].value, _ANCHOR_RATIO)
            for i in found for j in found if i < j
        ):
            continue
        keep = alone[found[0]]
        for i in found[1:]:
            clusters[keep].append(i)
            del clusters[alone[i]]
        clusters[keep].sort()
        used |= set(found)


def _join_disputed(
    group: list[KeyNumber],
    measures: list[_Measure],
    clusters: dict[int, list[int]],
    translated: Callable[[int, int], bool],
    texts: Sequence[str | None],
) -> None:
    """Join the amount a speaker sets against another source's: one who repeats an earlier amount of
    another source of the article and gives, next in the same paragraph, another amount of that currency
    ("The government says 1.5 billion dollars. But more than 2 billion dollars leave the country", he
    said) disputes it, whatever words each puts around its sum (labels share no word). The repeated
    amount itself is not the speaker's claim: only the counter-amount joins."""
    owner = {i: key for key, members in clusters.items() for i in members}
    for r, said in enumerate(group):
        text = texts[r] if r < len(texts) else None
        if not text or not said.speaker or not _currency(said.unit) or measures[r].reverse:
            continue
        # The amount repeated: an earlier one of another source, same currency and value.
        o = next((j for j in range(r) if group[j].article == said.article and group[j].speaker != said.speaker
                  and group[j].unit == said.unit and measures[j].family == measures[r].family
                  and not _differ(group[j].value, said.value) and group[j].start < said.start), None)
        if o is None:
            continue
        # The counter-amount: the speaker's next figure of that currency, in the same paragraph.
        c = next((j for j in range(r + 1, len(group)) if group[j].article == said.article and group[j].unit == said.unit), None)
        if c is None or group[c].speaker != said.speaker or not _differ(group[c].value, said.value) or measures[c].reverse:
            continue
        if not _within(group[c].value, said.value, _ANCHOR_RATIO):
            # Far from it, the next amount is a yardstick ("600 million sounds like a lot. But one
            # battery costs over a billion"), not another estimate of the same sum.
            continue
        # The counter-amount alone in its measure, or beside the repeated amount only (one label for both).
        if "\n" in text[said.start : group[c].start] or owner[c] == owner[o] or set(clusters[owner[c]]) - {r, c}:
            continue
        others = [j for j in clusters[owner[o]] if j != r]
        if all(not translated(c, j) and _compatible(group[c], group[j], measures[c], measures[j]) for j in others):
            clusters[owner[c]].remove(c)
            if not clusters[owner[c]]:
                del clusters[owner[c]]
            if owner[r] == owner[o]:
                # The repeat leaves the measure it repeats: it is the other source's figure, not the speaker's.
                clusters[owner[o]].remove(r)
                owner[r] = -1 - r  # a key no cluster of the main loop has
                clusters[owner[r]] = [r]
            clusters[owner[o]].append(c)
            clusters[owner[o]].sort()
            owner[c] = owner[o]


def _join_denied(
    group: list[KeyNumber],
    measures: list[_Measure],
    clusters: dict[int, list[int]],
    translated: Callable[[int, int], bool],
    texts: Sequence[str | None],
    langs: Sequence[str],
) -> None:
    """Join the figure a speaker gives after calling another's wrong ("That number is simply wrong.
    Household electricity prices rose by 12 percent", against "bills have risen by 40 percent"): a
    [denials] phrase before it in its paragraph sets it against the nearest earlier figure of another
    source in the article measured alike, however far apart the two are (see _spread)."""
    owner = {i: key for key, members in clusters.items() for i in members}
    for c, said in enumerate(group):
        text = texts[c] if c < len(texts) else None
        if not text or not said.speaker or measures[c].reverse:
            continue
        lex = lexicon(langs[c])
        if not lex.denials.entries:
            continue
        if not _denied_before(text, said.start, lex, said.speaker):
            continue
        # Measured alike, not written alike: "2,500 permanent jobs" denies "10,000 jobs", "600 vagas" "2.000 empregos".
        o = next((j for j in range(c - 1, -1, -1) if group[j].article == said.article and group[j].start < said.start
                  and group[j].speaker != said.speaker and measures[j].family == measures[c].family), None)
        if o is None or owner[o] == owner[c] or not _differ(group[o].value, said.value):
            continue
        if measures[c].named and not _labels_agree(measures[c], measures[o]):
            # A rebuttal naming no measure ("Realistisch sind 2030 keine 40 Terawattstunden") is of the
            # figure it rebuts; one naming its own must name that one's.
            continue
        mine = clusters[owner[c]]
        if any(_differ(group[k].value, said.value) for k in mine):
            # Already a report of a measure of its own, beside other figures: not the denied one's.
            # Others repeating the same value (the rebuttal in another article) go with it.
            continue
        if all(not translated(k, j) and _compatible(group[k], group[j], measures[k], measures[j], spread=False)
               for k in mine for j in clusters[owner[o]]):
            del clusters[owner[c]]
            clusters[owner[o]].extend(mine)
            clusters[owner[o]].sort()
            for k in mine:
                owner[k] = owner[o]


def _denied_before(text: str, pos: int, lex: Lexicon, speaker: str) -> bool:
    """Whether a [denials] phrase stands before pos in its paragraph, or in the paragraph before when
    that one names the speaker: news introduces a rebuttal quoted next ("Poilievre dismissed the
    minister's job numbers." then "this deal creates 2,500 permanent jobs")."""
    lo = text.rfind("\n", 0, pos) + 1
    if _denial_in(text, lo, pos, lex):
        return True
    before = text.rfind("\n", 0, max(lo - 1, 0))
    while before > 0 and not text[before + 1 : lo].strip():
        # A blank line between paragraphs: the paragraph before is the text above it.
        before = text.rfind("\n", 0, before)
    if not lo:
        return False
    # (The speaker by the last word of his name, as a later mention gives it: "Mr. Poilievre".)
    return speaker.split()[-1] in text[before + 1 : lo] and _denial_in(text, before + 1, lo, lex)


def _denial_in(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    low = fold(text[lo:hi])
    return any(lex.denials.match(text[lo:hi], low, k) for k in lex.denials.candidates(low, 0, len(low)))


def _nearest_of_pair(
    group: list[KeyNumber],
    measures: list[_Measure],
    clusters: dict[int, list[int]],
    translated: Callable[[int, int], bool],
    in_sentence: Mapping[tuple[str, str, str | None], list[int]],
) -> None:
    """Move a speaker's figure that a measure joined to one figure of a sentence giving two of its unit
    (a whole and a part drawn from it: "Bangladesh would receive 500 MW from the 1,125 MW project") to
    the other one when that one is no one else's and nearer in value ("Bangladesh will get 400 MW"
    is the share again, 500 vs 400, never the project's 1,125): labels read off that sentence may name
    the part's figure by the whole's words. in_sentence: the group's figures (indexes, in order) per article,
    sentence and unit."""
    owner = {i: key for key, members in clusters.items() for i in members}
    for key in list(clusters):
        members = clusters.get(key, [])
        for i in list(members):
            n = group[i]
            if not n.speaker:
                continue
            for j in members:
                o = group[j]
                if j == i or o.sentence == n.sentence:
                    continue
                # The other figure of j's sentence, of its unit, in i's article: the speaker's own or
                # unattributed (the narration giving the speaker's share beside its whole).
                k = next((k for k in in_sentence[o.article, o.sentence, o.unit] if k != j and k not in members), None)
                if k is None or group[k].article != n.article or group[k].speaker not in (n.speaker, None) or n.value <= 0:
                    continue
                near = max(n.value, group[k].value) / max(min(n.value, group[k].value), 1e-9)
                far = max(n.value, o.value) / max(min(n.value, o.value), 1e-9)
                target = clusters.get(owner[k], [])
                if near >= far or not all(not translated(i, m) and _compatible(n, group[m], measures[i], measures[m]) for m in target):
                    continue
                members.remove(i)
                target.append(i)
                target.sort()
                owner[i] = owner[k]
                break
        if key in clusters and not clusters[key]:
            del clusters[key]


def _restated(
    group: list[KeyNumber],
    measures: list[_Measure],
    clusters: dict[int, list[int]],
    owner: dict[int, int],
    texts: Sequence[str | None],
    i: int,
    lang: str,
) -> int | None:
    """The measure a lone amount restates when its clause names none and calls it "a figure", "a
    value", "an amount" ("Michal noemde later een hoger bedrag: … 170 miljoen euro", "divulgou um
    valor diferente, de US$ 4,8 bilhões"): the one measure of the same currency, close in value,
    that the sentence right before it in its paragraph gives (None when none or two)."""
    n = group[i]
    text = texts[i] if i < len(texts) else None
    if not text:
        return None
    lex = lexicon(lang)
    low = _folded(n.sentence)
    at = low.find(fold(n.surface))
    if at <= 0 or not any(_bare_generic(n.sentence, low, lex, k, at) for k in lex.generic.candidates(low, 0, at)):
        return None
    s0 = n.start - at
    if text[s0 : s0 + len(n.sentence)] != n.sentence:
        return None
    keys = set()
    for j in range(i - 1, -1, -1):
        o = group[j]
        if o.article != n.article:
            break
        if o.sentence == n.sentence:
            continue
        j0 = o.start - o.sentence.find(o.surface)
        gap = text[j0 + len(o.sentence) : s0]
        if gap.strip() or "\n" in gap:
            break
        if o.unit == n.unit and measures[j].family == measures[i].family and owner.get(j) in clusters:
            if max(n.value, o.value) <= _UNNAMED_RATIO * min(n.value, o.value):
                keys.add(owner[j])
    return keys.pop() if len(keys) == 1 else None


_BARE_CUT = re.compile(r"[,:;()\[\]–—]")


def _bare_generic(sentence: str, low: str, lex: Lexicon, k: int, at: int) -> bool:
    """Whether a [generic] word at k stands for a figure alone ("een hoger bedrag:", "um valor
    diferente,", "the figure higher, at"), not at the head of a noun group naming what it measures
    ("объем их денежных переводов составил"): at most one word follows it before a mark or the figure."""
    hit = lex.generic.match(sentence, low, k)
    if not hit:
        return False
    cut = _BARE_CUT.search(low, hit[0], at)
    return len(_WORD.findall(low, hit[0], cut.start() if cut else at)) <= 1


# Marks that open a quotation: also ” (Swedish, Finnish) and » (German, Danish) open one.
_QUOTES_BEFORE = _OPEN_QUOTES + "”»"


def _named_amount(n: KeyNumber, m: _Measure) -> bool | None:
    """Whether a sum names its measure, or a percentage change what changed ("gli arrivi sono
    scesi del 38%", not "il calo sarebbe intorno al 30%"); None for other figures, which an
    unnamed report never joins."""
    if _currency(n.unit):
        return m.named
    if n.unit and n.unit != PERCENT and not _counted(n.unit) and n.unit not in _NOT_COUNTED and m.family != CHANGE:
        # A physical measure too: "18 млн тонн вантажів" and a source's "цифру в 16,5 млн тонн".
        return m.named
    if m.family == CHANGE:
        return bool(m.topic)
    return None


# A colon does not end the clause of a source: "the Bureau arrives at a lower sum: €207.5bn".
_SOURCE_CUT = re.compile(r"(?<!\d),|,(?!\d)|[;()\[\]–—]|\s-\s")


@lru_cache(maxsize=1024)
def _sourced(sentence: str, surface: str, lang: str) -> bool:
    """Whether the figure's clause names where the figure comes from before it: a [sources] word
    ("Figures", "chiffres"), an [according] phrase or an office ("Office for National Statistics")."""
    lex = lexicon(lang)
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at < 0:
        return False
    cuts = [m.end() for m in _SOURCE_CUT.finditer(low, 0, at)]
    c0 = cuts[-1] if cuts else 0
    for ph in (lex.sources, lex.according):
        if any(ph.match(sentence, low, k) for k in ph.candidates(low, c0, at)):
            return True
    if any(w in lex.offices for w in _WORD.findall(low, c0, at)):
        return True
    # A sentence opening with its source names it for all its clauses: "Secondo fonti del
    # Viminale, però, il calo sarebbe «intorno al 30%»".
    first = _WORD.search(low, 0, at)
    if first and lex.according.match(sentence, low, first.start()):
        return True
    # A figure opening a quotation after a speech verb is the speaker's own report: "habló de
    # “casi 60 mil millones”", "spoke of “almost $60 billion”".
    q = _back_space(low, at, c0)
    if q > c0 and low[q - 1] not in _QUOTES_BEFORE:
        # A preposition or article may open the quotation before it: "dijo: “Con 2900 millones …”".
        w_at, w = _word_before(low, at, c0)
        if w in lex.stop and (q2 := _back_space(low, w_at, c0)) > c0 and low[q2 - 1] in _QUOTES_BEFORE:
            q = q2
    if q > c0 and low[q - 1] in _QUOTES_BEFORE and any(lex.verbs.match(sentence, low, k) for k in lex.verbs.candidates(low, c0, q)):
        return True
    # A figure set off by a dash after a speech verb is that speaker's figure: "назвал другую
    # цифру — «почти 8 миллиардов»", "put the figure higher — $26 billion".
    # So is one after a [sources] word there: "приводит другую цифру — 4,6 млрд".
    if cuts and not _WORD.search(low, c0, at) and low[c0 - 1] in "—–-":
        c = cuts[-2] if len(cuts) > 1 else 0
        return any(ph.match(sentence, low, k) for ph in (lex.verbs, lex.sources) for k in ph.candidates(low, c, c0))
    return False


@lru_cache(maxsize=1024)
def _plain_stems(words: str) -> frozenset[str]:
    """Four-letter stems without accents ("comerciais" and "comércio" share "come")."""
    import unicodedata  # only for the few lone amounts of a visit

    plain = "".join(c for c in unicodedata.normalize("NFD", words.lower()) if not unicodedata.combining(c))
    return frozenset(w[:4] for w in _WORD.findall(plain) if len(w) >= 4)


def _currency(unit: str | None) -> bool:
    """Whether a unit is a currency code (EUR, GBP)."""
    return bool(unit) and len(unit) == 3 and unit.isalpha() and unit.isupper()


def _said_again(sentence: str, surface: str, lang: str) -> bool:
    """Whether a [restated] phrase ("that is", "és a dir", "c'est-à-dire") ends right before the figure,
    a comma or colon between them allowed: the figure says again what an earlier one of its sentence
    said, in other terms (a yearly share of a total), and is never another source's report of it."""
    low = _folded(sentence).lower()
    at = low.find(fold(surface).lower())
    if at <= 0:
        return False
    before = low[:at]
    end = len(before.rstrip(" \t\n,:(\u00a0"))
    head = before[:end]
    return any(
        head.endswith(phrase) and (len(head) == len(phrase) or not head[-len(phrase) - 1].isalnum())
        for phrase in lexicon(lang).sections["restated"].folded
    )


# A sentence opening a list item: a bullet or a number with its mark, then a blank (see sentences._HARD_BREAK).
_LIST_ITEM = re.compile(r"\s*(?:[-*•▪◦⁃●►–—]|\d{1,3}[.)])\s")


def _other_items(a: KeyNumber, b: KeyNumber) -> bool:
    """Whether two figures stand in two items of a list that name two members (their words before the figure differ)."""
    heads = []
    for n in (a, b):
        if not (m := _LIST_ITEM.match(n.sentence)):
            return False
        heads.append(n.sentence[m.end() : n.sentence.find(n.surface, m.end())].strip().casefold())
    return heads[0] != heads[1]


def _one_clause(sentence: str, a: str, b: str) -> bool:
    """Whether two figures of a sentence stand in one clause ("to 19% from the 32%"), not in two
    that may name two sources ("18 milliards, quand l'Élysée avance 15 milliards")."""
    i, j = sorted((sentence.find(a), sentence.find(b)))
    return i < 0 or _CLAUSE.search(sentence, i + 1, j) is None


def find_trends(numbers: Sequence[KeyNumber], visits: Sequence[Visit]) -> tuple[Trend, ...]:
    """Measures that recur across visits, in visit order."""
    order = [v.id for v in visits]
    known = set(order)
    # Per group, its first figure, and the others of the few groups that have more: an archive's
    # figures make 100,000s of groups, nearly all of one figure, and a list each would double them.
    firsts: list[KeyNumber] = []
    more: dict[int, list[KeyNumber]] = {}
    # Only a group's first figure is compared: only its measure is kept.
    heads: list[_Measure] = []
    # Per group, its first figure's value and spread (all _compatible needs of it), unboxed.
    values, spreads = array("d"), array("d")
    # A figure is compared only with groups whose first figure shares its family and a label stem.
    index: dict[tuple[str | None, str], list[int]] = {}
    # Each distinct figure in its sentence is measured once (republished copies repeat most).
    seen: dict[tuple[Any, ...], _Measure | None] = {}
    by_id = {v.id: v for v in visits}
    pairs: dict[tuple[str, str], bool] = {}

    def related(a: str | None, b: str | None) -> bool:
        # Bilateral trade of Spain and Morocco is not that of Spain and Brazil: visits follow one
        # measure only between the same parties.
        if a == b or a is None or b is None:
            return a == b
        key = (a, b) if a < b else (b, a)
        if key not in pairs:
            pairs[key] = _same_parties(by_id[a], by_id[b])
        return pairs[key]

    # Where the last figure of each (measure, value, visit) went. A repeat (copies and translations
    # repeat most figures) goes to the same group: groups ahead of that one are compared with a head
    # that did not match then and does not now, and later groups come after it. A group a repeat's
    # first copy started holds it too: a positive figure with a topic matches its own copy in its
    # own visit (without a topic it has no candidates and starts a group of its own each time).
    placed: dict[tuple[Any, ...], int] = {}
    for n in numbers:
        if not n.visit or n.visit not in known:
            continue
        # Visits years apart are compared: a figure's own year says nothing here.
        key = (n.sentence, n.surface, n.unit, n.qualifier, n.what)
        m = seen.get(key)
        if m is None:
            family = _family(n)
            m = seen[key] = _Measure(family, _topic(n, "en", measured=False), None) if family is not None else None
        if m is None:
            continue
        repeat = (key, n.value, n.visit)
        # Only such a repeat is looked up, so only such a figure's place is kept: an archive's
        # figures would otherwise hold an entry each while the workers measure.
        repeatable = n.value > 0 and bool(m.topic)
        k = placed.get(repeat) if repeatable else None
        if k is not None:
            more.setdefault(k, []).append(n)
            continue
        candidates = sorted({g for stem in m.topic for g in index.get((m.family, stem), ())})
        for k in candidates:
            # _same_measure(head, n, strict=True), its family and time checks left out: candidates
            # share n's family and trend measures have no time (when is None).
            if _within(values[k], n.value, spreads[k]) and _labels_agree(heads[k], m, strict=True) and related(firsts[k].visit, n.visit):
                more.setdefault(k, []).append(n)
                break
        else:
            firsts.append(n)
            heads.append(m)
            values.append(n.value)
            spreads.append(_spread(n.unit, m.family))
            k = len(firsts) - 1
            for stem in m.topic:
                index.setdefault((m.family, stem), []).append(k)
        if repeatable:
            placed[repeat] = k
    trends = []
    position = {v: k for k, v in reversed(list(enumerate(order)))}
    for k in sorted(more):
        g = [firsts[k], *more[k]]
        present = {n.visit for n in g}
        if len(present) < 2:
            continue
        seen = sorted(present, key=position.__getitem__)
        points = []
        for v in seen:
            vals = [n.value for n in g if n.visit == v]
            lo, hi = min(vals), max(vals)
            points.append((v, lo, hi if _differ(lo, hi) else None))
        labels = [n.what for n in g if n.what]
        what = Counter(labels).most_common(1)[0][0] if labels else ""
        trends.append(Trend(what, g[0].unit, tuple(points)))
    _forget_measures()
    return tuple(trends)


def _same_parties(a: Visit, b: Visit) -> bool:
    """Whether two visits bring the same parties together: the same two leading participants (a
    host's ministers follow him to other visits), or, with nobody named, one place."""
    from digest.visits import skeleton  # only for the few visits a trend may join

    pa = {skeleton(p.split()[-1]) for p in a.participants[:2] if p.split()}
    pb = {skeleton(p.split()[-1]) for p in b.participants[:2] if p.split()}
    if not pa or not pb:
        return bool(a.place) and a.place == b.place
    return pa == pb


def _forget_measures() -> None:
    # The memos serve one pass over a corpus's figures; kept, an archive's would stay until exit.
    _topic_of.cache_clear()
    _when_in.cache_clear()
    _measure_label.cache_clear()
    _is_change.cache_clear()
    _sourced.cache_clear()
    _plain_stems.cache_clear()


# --- display ---------------------------------------------------------------------------------

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_SCALE_NAMES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def _plain(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _money(v: float, code: str) -> str:
    for size, name in _SCALE_NAMES:
        if abs(v) >= size:
            amount = f"{_plain(round(v / size, 2))} {name}"
            break
    else:
        amount = _plain(v)
    sym = _SYMBOLS.get(code)
    return f"{sym}{amount}" if sym else f"{amount} {code}".rstrip()


# A count of millions that is no multiple of this was written to the unit, not rounded.
_ROUND_COUNT = 10_000


# The time units every language's [time] words are read as (data/en/numbers.txt), in the singular: one of them
# reads "1 year", not "1 years" (Pashto "په یوه کال کې", in one year).
_TIME_SINGULAR = {"hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year",
                  "minutes": "minute", "decades": "decade"}


def format_value(n: KeyNumber) -> str:
    """A figure for display: "$25.6 bn", "43 %", "7,500 km", "about 55,000 giovani", "1 year"."""
    unit = n.unit
    if unit and len(unit) == 3 and unit.isupper():
        text = _money(n.value, unit)
        if n.value_end is not None:
            text = f"{_money(n.value, unit)}–{_money(n.value_end, unit)}"
    else:
        years = unit is None and float(n.value).is_integer() and _YEARS[0] <= n.value <= _YEARS[1]
        first = str(int(n.value)) if years else _plain(n.value)
        text = first if n.value_end is None else f"{first}–{str(int(n.value_end)) if years else _plain(n.value_end)}"
        if unit == PERCENT:
            text += " %"
        elif unit == ORDINAL:
            text = f"no. {text}"
        elif unit:
            # A count written to the unit ("1.002.151 de etnici maghiari", a census) keeps its digits:
            # "1 m" would hide what sets it apart from a politician's rounded "1,2 milioane".
            if abs(n.value) >= 1e6 and n.value_end is None and n.value % _ROUND_COUNT:
                text = _plain(n.value)
            elif abs(n.value) >= 1e6 and n.value_end is None:
                text = _money(n.value, "")
            one = n.value == 1 and n.value_end is None
            text += f" {_TIME_SINGULAR.get(unit, unit) if one else unit}"
    return f"{n.qualifier} {text}" if n.qualifier else text


# --- Languages written without spaces (Chinese) ------------------------------------------------------------------
# Chinese glues a figure to its scale, currency, unit or counter and to the words around it ("达到2400亿美元",
# "3.5万个就业岗位", "百分之三十", "20多份文件"): the word-by-word reading above never starts after a Han character.
# These figures are read by one pattern built from data/<lang>/numbers.txt (see its header).
_UNSPACED_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
# The same with a decimal comma and a thousands point (numbers.txt [format] decimal = ,: Khmer ១៣,៥ = 13.5, 10.000).
_UNSPACED_COMMA_DIGITS = r"\d+(?:\.\d{3})*(?:,\d+)?"
# A year glued to 年 ("2030年") is a year, a smaller figure before 年 a span of years ("20年").
_UNSPACED_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
# A year after a year word (numbers.txt [year_before]): of the Common Era or of the Buddhist Era (Thai 2567 = 2024).
_UNSPACED_YEAR_BE = re.compile(r"(?:1[89]|2[05])\d\d$")
# How far back from a figure a [year_before] or [not_after] word is looked for (characters: the longest word and a space).
_WORD_BEFORE_REACH = 24
# How far back from a [count_before] word its counted noun is looked for (characters: a noun and its complement).
_COUNTED_REACH = 60
# A word numeral of one character too short to be a key number ("一道", "一带一路"): only with a unit or scale.
_UNSPACED_LABEL_MAX = 12
_UNSPACED_NOUN_MAX = 4
# Two kanji or two hiragana in a row (a label cut between them is cut inside a word), and the first character after
# a run of hiragana: where a Japanese word starts.
_UNSPACED_MID_WORD = re.compile("[\u4e00-\u9fff]{2}|[\u3041-\u309f]{2}")
_UNSPACED_KANA = re.compile("[\u3041-\u309f]")
_UNSPACED_AFTER_KANA = re.compile("(?<=[\u3041-\u309f])[^\u3041-\u309f]")
_UNSPACED_CLAUSE = re.compile("[，。；：、！？,;:!?“”「」\n]|(?<=[\uac00-\ud7a3])\"|\"(?=[\uac00-\ud7a30-9])")
# A word with visible edges inside unspaced text: a run of katakana, of digits or of Latin letters (and of Hangul:
# Korean words are set off by spaces, so a label never starts inside one).
# (And of Thai and Khmer: their phrases are set off by spaces, so a label starts at its phrase's first letter, the
# vowel signs read as letters: data.marks_as_letters.)
_UNSPACED_LABEL_RUNS = (re.compile("[\u30a0-\u30ff]"), re.compile("[0-9０-９,.]"), re.compile("[A-Za-z]"),
                        re.compile("[\uac00-\ud7a3]"),
                        re.compile(f"[{data.PHRASE_LETTERS}]"))
_UNSPACED_PRONOUN = re.compile("[他她](?![们們国國人])")
_UNSPACED_NOUN_STOP = re.compile("[，。；：、！？,;:!?“”「」（）()\\s\\d的和与及等在]")


@dataclass(frozen=True)
class _UnspacedNumbers:
    """The number lists of a language written without spaces, compiled (see _unspaced_lexicon)."""

    figure: re.Pattern[str]
    fraction: re.Pattern[str]
    words: dict[str, float]
    scales: dict[str, float]
    units: dict[str, str]
    """Currency, percent, measure and time words -> their unit (a code, '%', a symbol or a span)."""
    kinds: dict[str, str]
    counters: frozenset[str]
    qualifiers: dict[str, str]
    dates: frozenset[str]
    tenths: frozenset[str] = frozenset()
    """Words after a figure counting tenths (Chinese and Japanese 成: 三成 = 30 %)."""
    years: frozenset[str] = frozenset(("年",))
    """What makes a four-digit figure before it a year (numbers.txt [year]; 年 unless listed: Korean 년)."""
    range_dates: bool = False
    """Whether a range before a date character is a span of dates, no figure (Korean 1∼9월: [year] listed)."""
    scale_words: re.Pattern[str] | None = None
    """The scale words one by one, where a scale is a word of several letters (Thai หมื่น, ล้าน: พันล้าน is two of
    them multiplied); None where each is one character (Chinese 万, 亿), read character by character."""
    year_before: re.Pattern[str] | None = None
    """A word of numbers.txt [year_before] ending right before a figure (one space between or none): a four-digit
    figure after it is a year (Thai ปี 2567, พ.ศ. 2568), whatever follows it."""
    not_after: re.Pattern[str] | None = None
    """A word of [not_after] ending right before a figure: a rank or a day's number, no amount (Thai อันดับที่ 8)."""
    not_qualifiers: tuple[str, ...] = ()
    """Words ending on a qualifier's letters that are none ([not_qualifiers]: Thai งบประมาณ, the budget)."""
    dates_after: re.Pattern[str] | None = None
    """A word of [dates_after] right after a figure (a space between or none): the figure is a date's day or year
    (Thai 11 พฤศจิกายน, 12 พ.ย.) or a clock time (15:42 น.), read by dates."""
    short_year: re.Pattern[str] | None = None
    """What follows a two-digit figure's year character when the figure is a year of the century, no span of years
    (Japanese 25年9月, September 2025: a month's number and a [dates] character, or a word of [short_year], 年度);
    None where numbers.txt lists no [short_year]."""
    decimal_comma: bool = False
    """numbers.txt [format] decimal = ,: the comma marks the decimals and the point the thousands (Khmer ១៣,៥)."""
    count_before: re.Pattern[str] | None = None
    """A word of [count_before] ending right before a figure: the figure counts, however small (Khmer 'អនុស្សរណៈ
    … ចំនួន ២', memoranda numbering two), what the [counters] word before it names."""
    counted: re.Pattern[str] | None = None
    """Any [counters] word, to find the noun a [count_before] figure counts."""


def _changed_by(text: str, low: str, lex: Lexicon, end: int, at: int) -> bool:
    """Whether the word at `at` after a figure ending at `end` is the verb of a change by the figure, no bound of it:
    a verb of both exceeding and growing ([growth]) after a figure in the case of "by" ([by_endings]): Uzbek "30
    foizga oshdi" rose by 30 %, where "1 mlrd dollardan oshdi" (the ablative) exceeded $1 bn."""
    endings = tuple(k for k, *_ in lex.sections["by_endings"].entries)
    return bool(endings) and low[:end].endswith(endings) and lex.growth.match(text, low, at) is not None


def _section_pairs(lang: str, section: str) -> list[tuple[str, str]]:
    """(phrase, value) of each line of a numbers.txt section ("phrase = value", or the phrase alone)."""
    out = []
    for line in data.sections("numbers.txt", lang).get(section, ()):
        k, _, v = line.partition("=")
        out.append((k.strip(), v.strip()))
    return out


@cache
def _unspaced_lexicon(lang: str) -> _UnspacedNumbers:
    """The compiled figure pattern and lists of an unspaced language."""
    def alt(words: Iterable[str]) -> str:
        return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) or "(?!)"

    words = {k: float(v) for k, v in _section_pairs(lang, "words")}
    scales = {k: float(v) for k, v in _section_pairs(lang, "scales")}
    units: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for section, kind in (("currencies", "money"), ("percent", "percent"), ("units", "measure"), ("time", "duration")):
        for k, v in _section_pairs(lang, section):
            units.setdefault(k, v or "%")
            kinds.setdefault(k, kind)
    counters = frozenset(k for k, _ in _section_pairs(lang, "counters"))
    for k, v in _section_pairs(lang, "counters"):
        if v:  # a counter that names what it counts (名 = people, 社 = companies) is the unit itself
            units.setdefault(k, v)
    for k, v in _section_pairs(lang, "tenths"):
        units.setdefault(k, "%")  # 三成 = 30 %
        kinds.setdefault(k, "percent")
    qualifiers = (dict(_section_pairs(lang, "qualifiers")) | dict(_section_pairs(lang, "qualifiers_after"))
                  | dict(_section_pairs(lang, "qualifiers_glued")))
    # (Korean writes no number words in figures: no word numerals, digits alone.)
    # (Number words of several letters, Thai's สาม, are one word each: a scale word after them multiplies. Their
    # letters are any word's, so they cannot tell a numeral's middle as Chinese number characters do.)
    multi_letter = any(len(w) > 1 for w in words)
    spelled = f"(?:{alt(words)})" if multi_letter else f"[{''.join(words)}]+"
    inside = "" if multi_letter else "".join(words)
    comma = dict(_section_pairs(lang, "format")).get("decimal") == ","
    digits = _UNSPACED_COMMA_DIGITS if comma else _UNSPACED_DIGITS
    numeral = rf"{digits}|{spelled}" if words else digits
    gap = _unspaced_gap(lang)
    scale_words = _scale_words(scales)
    # (Scales of several letters, Thai's, are an alternation, with the space the language may write before them.)
    scale = f"[{''.join(scales)}]*" if scale_words is None else f"(?:{gap}(?:{alt(scales)})+)?"
    glued = alt(k for k, _ in [*_section_pairs(lang, "qualifiers_after"), *_section_pairs(lang, "qualifiers_glued")])
    more = alt(k for k, _ in _section_pairs(lang, "qualifiers_after"))
    tail = alt([*units, *counters])
    # (A tenths word is no tail before the characters that make it another word: 成员 member, 成为 become.)
    tenths_not = "".join(re.escape(w) for k, _ in _section_pairs(lang, "not_after_tenths") for w in k.split())
    tenths_words = {k for k, _ in _section_pairs(lang, "tenths")}
    if tenths_words:
        others = alt(u for u in [*units, *counters] if u not in tenths_words)
        tail = rf"{others}|(?:{alt(tenths_words)})(?![{tenths_not or '^'}])" if tenths_not else tail
    before = alt(k for k, _ in _section_pairs(lang, "qualifiers"))
    percent_before = alt(k for k, _ in _section_pairs(lang, "percent_before"))
    ranges = alt(k for k, _ in _section_pairs(lang, "ranges"))
    not_before = "".join(re.escape(k) for k, _ in _section_pairs(lang, "not_before"))
    def one(n: int) -> str:
        # (After a scale, the digits of the rest: Japanese "1万4000" = 14,000, "3億5000万" = 350 million; Korean
        # "1조 2천억" = 1.2e12 with a space between.)
        rest = rf"(?:(?<=[{''.join(scales)}]){gap}(?P<rest{n}>\d+{scale}))?" if scale_words is None else f"(?P<rest{n}>(?!))?"
        return (rf"(?:(?P<pb{n}>{percent_before}){gap})?(?P<num{n}>{numeral})(?P<m{n}>{glued})?(?P<sc{n}>{scale}){rest}"
                rf"(?P<mm{n}>{glued})?")

    figure = re.compile(
        rf"(?<![A-Za-z\d.:：{not_before}{inside}])(?:(?P<q>{before}){gap})?{one(1)}"
        rf"(?:(?:{gap}(?P<t1>{tail}))?(?P<r>{ranges})(?:(?P<q2>{before}){gap})?{one(2)})?(?:{gap}(?P<t>{tail}))?"
        rf"(?:{gap}(?P<after>{more}))?"
    )
    marks = alt(k for k, _ in _section_pairs(lang, "fraction_mark"))
    fraction = re.compile(rf"(?P<q>{before})?(?P<den>{numeral})(?:{marks})(?P<num>{numeral})")
    dates = frozenset(k for k, _ in _section_pairs(lang, "dates"))
    years = frozenset(k for k, _ in _section_pairs(lang, "year"))
    return _UnspacedNumbers(figure, fraction, words, scales, units, kinds, counters, qualifiers, dates,
                            frozenset(k for k, _ in _section_pairs(lang, "tenths")),
                            years or frozenset(("年",)), bool(years), scale_words,
                            _section_word_before(lang, "year_before"), _section_word_before(lang, "not_after"),
                            tuple(k for k, _ in _section_pairs(lang, "not_qualifiers")),
                            _section_words_after(lang, "dates_after", gap), _short_year(lang, dates), comma,
                            _section_word_before(lang, "count_before"),
                            re.compile(alt(counters)) if counters else None)


def _short_year(lang: str, dates: Iterable[str]) -> re.Pattern[str] | None:
    """_UnspacedNumbers.short_year: a month's number and a date character after it, or a [short_year] word."""
    words = [k for k, _ in _section_pairs(lang, "short_year")]
    if not words:
        return None
    marks = "".join(map(re.escape, sorted(dates)))
    return re.compile(rf"\s?(?:[0-9０-９]{{1,2}}\s?[{marks}]|{'|'.join(map(re.escape, words))})")


def _scale_words(scales: dict[str, float]) -> re.Pattern[str] | None:
    """The scale words as one pattern, longest first, where any is longer than a character (see
    _UnspacedNumbers.scale_words); None for one-character scales."""
    if all(len(k) == 1 for k in scales):
        return None
    return re.compile("|".join(map(re.escape, sorted(scales, key=len, reverse=True))))


def _section_word_before(lang: str, section: str) -> re.Pattern[str] | None:
    """A word of a numbers.txt section ending where the pattern is searched up to, a space or none after it (searched
    with endpos at a figure's start); None where the section is empty."""
    words = [k for k, _ in _section_pairs(lang, section)]
    if not words:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})[ \u00a0]?$")


def _section_words_after(lang: str, section: str, gap: str) -> re.Pattern[str] | None:
    """A word of a numbers.txt section right after a figure (the language's gap before it); None where it is empty."""
    words = [k for k, _ in _section_pairs(lang, section)]
    if not words:
        return None
    return re.compile(rf"{gap}(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})")


def _scale_value(written: str, lex: _UnspacedNumbers) -> float:
    """The product of the scales written after a figure: each character (Chinese 千亿 = 1e11) or, where the scales are
    words, each word (Thai พันล้าน = 1e9, a space before them or none)."""
    value = 1.0
    if lex.scale_words is None:
        for ch in written:
            value *= lex.scales[ch]
        return value
    for w in lex.scale_words.findall(written):
        value *= lex.scales[w]
    return value


def _unspaced_gap(lang: str) -> str:
    """What may stand between a figure's parts: nothing in Chinese and Japanese, one space where the language writes
    one before a counter, currency or unit and around a qualifier (numbers.txt [format] spaced = yes: Korean
    "약 35억 달러", "3만 명", "300억 달러 이상")."""
    spaced = dict(_section_pairs(lang, "format")).get("spaced") == "yes"
    return "[ \u00a0]?" if spaced else ""


def _unspaced_value(numeral: str, lex: _UnspacedNumbers) -> float | None:
    """The value of a numeral in digits ("1,200.5") or in words (二十 = 20, 三千五百 = 3500, 两 = 2)."""
    if numeral[0].isdigit():
        if lex.decimal_comma:
            return float(numeral.replace(".", "").replace(",", "."))
        return float(numeral.replace(",", ""))
    if numeral in lex.words:
        return lex.words[numeral]  # a number word of several letters (Thai สาม), or one character
    total, current = 0.0, 0.0
    for ch in numeral:
        v = lex.words.get(ch)
        if v is None:
            return None
        if v >= 10:
            total += (current or 1) * v
            current = 0.0
        else:
            current = current * 10 + v if current and not total else v
    return total + current


def _unspaced_figures(text: str, lang: str, start: int, end: int) -> list[Figure]:
    """The figures of text[start:end] in a language written without spaces (see above)."""
    lex = _unspaced_lexicon(lang)
    out: list[Figure] = []
    taken = start
    for m in lex.fraction.finditer(text, start, end):
        den, num = _unspaced_value(m.group("den"), lex), _unspaced_value(m.group("num"), lex)
        if den and num is not None and num < den:
            out.append(Figure(m.start(), m.end(), round(100 * num / den, 2), unit="%", kind="percent",
                              qualifier=lex.qualifiers.get(m.group("q") or ""), word=True))
    fractions = [(f.start, f.end) for f in out]
    for m in lex.figure.finditer(text, start, end):
        if m.start() < taken or any(a <= m.start("num1") < b for a, b in fractions):
            continue
        f = _unspaced_figure(text, m, lex, end)
        if f is not None:
            out.append(f)
            taken = f.end
    return sorted(out)


# A figure with a decimal point followed by another point and digit is a date or a version, no value.
_DOTTED_DATE_GOES_ON = re.compile(r"\.\d")


def _unspaced_figure(text: str, m: re.Match[str], lex: _UnspacedNumbers, end: int) -> Figure | None:
    """The Figure of one match of the figure pattern, or None for a date, a clock time, a year or a bare word."""
    numeral = m.group("num1")
    value = _unspaced_value(numeral, lex)
    if value is None:
        return None
    if _DOTTED_DATE_GOES_ON.match(text, m.end("num1")) and numeral[0].isdigit() and "." in numeral:
        return None  # Korean captions' "2026.11.4", "2026.11.04": a date written with dots, no figure
    after = text[m.end() : m.end() + 1]
    word = not numeral[0].isdigit()
    tail = m.group("t") or m.group("t1") or ""
    if not tail and after in lex.dates and (not m.group("r") or lex.range_dates):
        return None  # 5月, 20日, 19:42 (and Korean 1∼9월, months 1 to 9)
    if lex.dates_after is not None and not tail and lex.dates_after.match(text, m.end("num1"), end):
        return None  # Thai 11 พฤศจิกายน, 12 พ.ย.: a date's day, read by dates
    before = m.start("q") if m.group("q") else m.start("num1")
    if lex.not_after is not None and lex.not_after.search(text, max(0, before - _WORD_BEFORE_REACH), before):
        return None  # Thai อันดับที่ 8, วันที่ 13: a rank or a day
    if (lex.year_before is not None and not m.group("r") and _UNSPACED_YEAR_BE.match(numeral)
            and lex.year_before.search(text, max(0, before - _WORD_BEFORE_REACH), before)):
        return Figure(m.start("num1"), m.end("num1"), value, kind="year")  # Thai ปี 2567 (Buddhist), ค.ศ. 2024
    if not m.group("r") and (tail in lex.years or after in lex.years) and _UNSPACED_YEAR.match(numeral):
        return Figure(m.start("num1"), m.end("num1"), value, kind="year")
    if (lex.short_year is not None and not m.group("r") and len(numeral) == 2 and numeral.isdigit()
            and text[m.end("num1") : m.end("num1") + 1] in lex.years and lex.short_year.match(text, m.end("num1") + 1)):
        return Figure(m.start("num1"), m.end("num1"), 2000 + value, kind="year")  # 25年9月, 27年度: 2025, 2027
    scale = _scale_value(m.group("sc1") or "", lex)
    value *= scale
    if m.group("rest1"):
        # The rest after the scale adds up to less than it ("1万4000": 10,000 + 4,000); more is no rest of it.
        digits = m.group("rest1").rstrip("".join(lex.scales))
        rest = float(digits)
        rest_scale = 1.0
        for ch in m.group("rest1")[len(digits):]:
            rest_scale *= lex.scales[ch]
        rest *= rest_scale
        if rest >= scale and rest_scale > scale:
            # A larger scale after the rest multiplies the whole: Korean "2천450억" = (2,000 + 450) × 1e8.
            value = (value + float(digits)) * rest_scale
        elif rest >= scale:
            return None
        else:
            value += rest
    value_end = None
    if m.group("r") and m.group("num2"):
        second = _unspaced_value(m.group("num2"), lex)
        if second is None:
            return None
        scale2 = _scale_value(m.group("sc2") or "", lex)
        if scale2 == 1.0 and scale != 1.0:
            value_end = second * scale
        else:
            value_end, value = second * scale2, value * (1.0 if scale2 == 1.0 or m.group("sc1") else scale2)
    elif m.group("r"):
        return None
    percent_before = m.group("pb1")
    unit = "%" if percent_before else lex.units.get(tail)
    kind = "percent" if percent_before else lex.kinds.get(tail, "number")
    if tail in lex.tenths:
        if value > 10:
            return None  # tenths count to ten: a larger figure before the word is something else
        value *= 10
    fig_end = m.end()
    if tail in lex.counters and tail in lex.units:
        kind = "count"  # the counter names what it counts
    elif tail in lex.counters:
        noun_end = _UNSPACED_NOUN_STOP.search(text, fig_end, min(end, fig_end + _UNSPACED_NOUN_MAX + 1))
        stop = noun_end.start() if noun_end else min(end, fig_end + _UNSPACED_NOUN_MAX)
        noun = text[fig_end:stop] if tail != "人" else ""
        unit = noun or ("people" if tail == "人" else tail)
        kind = "count"
    counting = (lex.count_before.search(text, max(0, before - _WORD_BEFORE_REACH), before)
                if kind == "number" and not tail and not word and not m.group("r") and lex.count_before is not None
                else None)
    if counting is not None:
        # 'អនុស្សរណៈនៃការយោគយល់គ្នាចំនួន ២' (memoranda of understanding, numbering 2): the counter before it.
        kind = "count"
        nouns = list(lex.counted.finditer(text, max(0, before - _COUNTED_REACH), before)) if lex.counted else []
        unit = lex.units.get(nouns[-1].group()) if nouns else None
    if kind == "number" and not tail and not scale > 1 and (word or value < 10):
        return None  # 一道, 两国: a word numeral or a digit alone counts nothing here
    if word and value < 2 and not m.group("r"):
        return None  # 一条铁路, 上一年: the article or "the previous", not a count
    q = m.group("q") or ""
    if q and lex.not_qualifiers and text.endswith(lex.not_qualifiers, 0, m.end("q")):
        q = ""  # Thai งบประมาณ 3.5 ล้านล้านบาท: the budget, not "about"
    qualifier = lex.qualifiers.get(q) or lex.qualifiers.get(m.group("m1") or m.group("mm1") or "")
    qualifier = qualifier or lex.qualifiers.get(m.group("after") or "")
    start = m.start("q") if m.group("q") else counting.start() if counting is not None else m.start()
    return Figure(start, fig_end, value, value_end, unit, qualifier, kind, word)


def _unspaced_numbers(text: str, sentences: Sequence[Sentence], quotes: Sequence[Quote], lang: str,
                      mentions: Sequence[Mention] | None) -> list[KeyNumber]:
    """find_numbers() for a language written without spaces: every figure of its sentences but bare years, with
    the clause before it as its label and the speaker of the quotation it stands in, or of its sentence's cue."""
    speech = [(q.start, q.end, q.speaker) for q in quotes if q.kind == "speech"]
    terms = [(q.start, q.end) for q in quotes if q.kind == "term"]
    names = sorted(mentions or (), key=lambda m: m.start)
    verbs = _unspaced_verbs(lang)
    final = dict(_section_pairs(lang, "format")).get("verb_final") == "yes"
    pronoun = _unspaced_pronoun(lang)
    out = []
    read: set[tuple[float, float | None, str | None]] = set()
    for sent in sentences:
        body = one_line(text[sent.start : sent.end])
        for f in _unspaced_figures(text, lang, sent.start, sent.end):
            if f.kind == "year":
                continue
            if (f.value, f.value_end, f.unit) in read and any(a <= f.start < b for a, b in terms):
                continue  # "『10年で1兆円』という数字": a quoted term naming figures read before, no new ones
            read.add((f.value, f.value_end, f.unit))
            clause = [c.end() for c in _UNSPACED_CLAUSE.finditer(text, sent.start, f.start)]
            floor = clause[-1] if clause else sent.start
            label_start = max(floor, f.start - _UNSPACED_LABEL_MAX)
            if label_start > floor:
                # A label cut inside a word in katakana, digits or Latin letters starts at that word instead
                # ("コロンビアの…", not "ビアの…"; "2030年前…", not "030年前…"); Han words have no such edge.
                for run in _UNSPACED_LABEL_RUNS:
                    if run.match(text[label_start - 1]) and run.match(text[label_start]):
                        while label_start > floor and run.match(text[label_start - 1]):
                            label_start -= 1
                        break
                # One cut inside kanji or hiragana (Japanese: "た円滑化協定は", "地からスカボロー礁までは") starts at the
                # next word instead, the first character after a run of hiragana (particles and verb endings end
                # words there): "円滑化協定は", "スカボロー礁までは". (Chinese writes no hiragana: no such edge.) One
                # cut right after a word opens on its particle ("のフィリピン向け"): the next word too.
                if (_UNSPACED_MID_WORD.match(text, label_start - 1) or _UNSPACED_KANA.match(text, label_start)) and (
                        edge := _UNSPACED_AFTER_KANA.search(text, label_start, f.start)):
                    label_start = edge.start()
            speaker = next((who for a, b, who in speech if a <= f.start < b), None)
            cue = verbs.search(text, sent.start, f.start) if speaker is None and verbs is not None else None
            if cue is None and speaker is None and verbs is not None and final:
                # A verb-final language (Korean) reports the figure before its verb: "그는 … 1만7천 명이라고 덧붙였다".
                cue = verbs.search(text, f.end, sent.end)
                if cue:
                    who = [n for n in names if sent.start <= n.start and n.end <= f.start]
                    if who:
                        speaker = who[0].person
                    elif pronoun is not None and pronoun.search(text, sent.start, f.start):
                        speaker = next((n.person for n in reversed(names) if n.end <= sent.start and n.subject), None)
                    cue = None
            if cue:
                who = [n for n in names if sent.start <= n.start and n.end <= cue.start()]
                if who:
                    speaker = who[0].person
                elif _UNSPACED_PRONOUN.search(text, sent.start, cue.start()):
                    # "他指出，…": he or she is the subject of the last sentence naming someone first.
                    speaker = next((n.person for n in reversed(names) if n.end <= sent.start and n.subject), None)
            out.append(KeyNumber(start=f.start, end=f.end, surface=text[f.start : f.end], value=f.value,
                                 value_end=f.value_end, unit=f.unit, what=_unspaced_label(text, floor, label_start, f, lang, body),
                                 qualifier=f.qualifier, speaker=speaker, sentence=body))
    return out


# The most words kept of a label in a language that sets its phrases off by spaces (Korean, Thai).
_UNSPACED_LABEL_WORDS = 3


def _unspaced_label(text: str, floor: int, start: int, f: Figure, lang: str, body: str) -> str:
    """What a figure of a language written without spaces measures: the measure word of its clause that conflicts read
    ([synonyms], [measures]: 供与, 贸易, 교역액), nearest before it, else the first after it; else the letters before it in
    its clause (start: where they were cut), cut at particles and function words (numbers.txt [label_edges]): a label
    cut inside a Han word starts after its first particle ("のフィリピン向け供与額は" is "フィリピン向け供与額"), and no
    label ends in one ("5명을 포함해 모두" names nothing) or keeps a word with digits in it."""
    surface = text[f.start : f.end]
    at = body.find(surface)
    # A sum or a share is of the measure its clause names; a length, a count or a span is of its own noun ("全长97米"
    # of a road, not of the aid the clause names).
    words = _unspaced_measure_words(body, surface, lang, True) if at >= 0 and f.kind in ("money", "percent", "number") else ()
    if words:
        # Each word's last place before the figure, else its first after it: the nearest before names the figure.
        before = [(k, w) for w in words if (k := body.rfind(w, 0, at)) >= 0]
        k, w = max(before) if before else min((body.find(w, at), w) for w in words)
        end = k + len(w)
        if " " in body and body[end : end + 1].strip():
            # A language setting words off by spaces glues its particles to the measure (교역액은): its word goes on to
            # the space, the particles cut off below.
            space = body.find(" ", end)
            word = _unspaced_trimmed(body[k : space if space >= 0 else len(body)], lang)
            # (Thai glues further words to it, not only particles: its measure word alone then.)
            end = k + len(word) if len(word) <= len(w) + _LABEL_STEM else end
        if label := _unspaced_trimmed(body[k:end], lang):
            return label
    label = text[start : f.start].strip()
    edges = _label_edges(lang)
    edge = any(run.match(text[start]) and not run.match(text[start - 1]) for run in _UNSPACED_LABEL_RUNS)
    if edges is not None and start > floor and text[start - 1].isalpha() and not edge and not _UNSPACED_KANA.match(
            text, start - 1):
        # Cut inside a Han word (a katakana, Latin or digit run shows its own start: "ジャカルタの…" stays whole; a
        # start right after hiragana is a Japanese word's, see _unspaced_numbers): the label starts after the first
        # particle or function word, where a word does.
        cut = edges[0].search(label, 0, max(0, len(label) - 1))
        if cut:
            label = label[cut.end() :]
    return _unspaced_trimmed(label, lang)


def _unspaced_trimmed(label: str, lang: str) -> str:
    """A label without the particles and function words ([label_edges]) it ends in, without a word holding digits
    and what is before it, in at most _UNSPACED_LABEL_WORDS words."""
    edges = _label_edges(lang)
    words = label.split()
    # (A language with no spaces at all has its clause as one word: "2035年に港湾…" keeps its year.)
    digits = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)] if len(words) > 1 else []
    if digits:
        words = words[digits[-1] + 1 :]
        lex = _unspaced_lexicon(lang)
        if words and edges is not None and ((m := edges[1].search(words[0])) and words[0][: m.start()] or words[0]) in {*lex.units, *lex.counters}:
            words.pop(0)  # the earlier figure's currency or counter ("약 120억 달러의", "550여 곳이")
    words = words[-_UNSPACED_LABEL_WORDS:]
    while words and edges is not None and (m := edges[1].search(words[-1])):
        if m.start() == 0:
            words.pop()  # a function word ("모두", all)
            continue
        if m.start() < _LABEL_STEM:
            break  # too little would be left: a noun ending like a particle ("국가")
        words[-1] = words[-1][: m.start()]
        if m.end() - m.start() < _LABEL_STEM:
            # A one-letter particle glued to its noun ("기간이") is cut once: what is left may end like another
            # ("한반도는" is "한반도"); a longer function word may follow a particle ("艦艇は現在").
            break
    while words and edges is not None and edges[0].fullmatch(words[0]):
        words.pop(0)  # "독일 내 한국 기업": a function word opens no label
    return " ".join(words).strip()


# The fewest letters left of a word once a glued particle is cut off its end.
_LABEL_STEM = 2


@cache
def _label_edges(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """numbers.txt [label_edges] of an unspaced language, longest first: one pattern searched anywhere, one at a word's
    end; None without any."""
    words = sorted({w for k, _ in _read(lang, "numbers.txt").get("label_edges", []) for w in k.split()}, key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(map(re.escape, words))
    return re.compile(alternation), re.compile(f"(?:{alternation})$")


@cache
def _unspaced_pronoun(lang: str) -> re.Pattern[str] | None:
    """A subject pronoun of pronouns.txt as a whole word (Korean 그는, 그녀는), or None where the language has none
    listed (Chinese 他/她 is _UNSPACED_PRONOUN's)."""
    words = sorted(_pronouns(lang), key=len, reverse=True)
    return re.compile(rf"(?<![^\s\"“‘(])(?:{'|'.join(map(re.escape, words))})(?=\s)") if words else None


@cache
def _unspaced_verbs(lang: str) -> re.Pattern[str] | None:
    """The speech verbs of an unspaced language (data/<lang>/speech_verbs.txt) as one pattern, longest first."""
    verbs = data.longest_first("speech_verbs.txt", lang)
    return re.compile("|".join(map(re.escape, verbs))) if verbs else None
