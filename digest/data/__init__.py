"""Language data shipped as plain text, and the one reader of its sectioned files."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources


def sections(name: str, lang: str | None = None) -> dict[str, list[str]]:
    """A data file's non-comment lines by [section] ('' before the first); {} when it is missing.

    `lang` picks digest/data/<lang>/<name>; without it the file sits in digest/data itself.
    """
    package = f"digest.data.{lang}" if lang else "digest.data"
    try:
        raw = marks_as_letters(resources.files(package).joinpath(name).read_text("utf-8"))
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


# Letters of the scripts without letter case whose words are separated by spaces (Hebrew, Arabic and its supplement,
# Devanagari, Bengali, Tamil, Georgian's Mkhedruli, which Unicode calls lower case but which has no capitals in use,
# the Ethiopic syllabary), for a character class: a word of one may open a name or a place's name as a capitalised word
# of a cased script does (read by places, speakers and visits; Thai, spaced between phrases only, is not among them).
UNCASED_LETTERS = ("\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u0750-\u077f\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff"
                   "\u10d0-\u10ff\u1200-\u135a")


# Scripts whose vowel signs, nasal marks and virama are combining characters (Unicode Mn, Mc): Python's re counts
# none of them as a word character, so every stage's word pattern ([^\W\d_], \w, \b) would cut 'भारत' into 'भ' and
# 'रत'. A text (and every list read for it) has these marks read as letters, one character for one (offsets hold):
# each mark as a letter (Lo) of a block no news text writes, the Unified Canadian Aboriginal Syllabics Extended
# (U+18B0-18F5, 70 letters). pipeline.analyse() maps every string it returns back (letters_as_marks), so nothing
# shown or stored holds them. Devanagari (34 marks) now; another Indic script adds its block to _MARK_BLOCKS.
# Thai (its vowel signs above and below, tone marks, U+0E31, U+0E34-0E3A, U+0E47-0E4E: 16 marks) comes after
# Devanagari, whose letters keep their places. Bengali (its vowel signs, candrabindu, anusvara, visarga, nukta,
# virama, au length mark: 20 marks) comes after Thai and fills the block's last letter (34 + 16 + 20 = 70). Tamil (its
# vowel signs, the pulli ் and the length mark ௗ, U+0BBE-0BCD, U+0BD7: 14 marks) goes on in a second block no news
# text writes either, the Yi syllables (U+A000 on, 1,165 letters), where any further script goes too. Khmer (its
# dependent vowels, nasal and aspiration signs, the coeng ្ that stacks a consonant, U+17B4-17D3, U+17DD: 33 marks)
# goes on after Tamil there.
_MARK_BLOCKS = ((0x0900, 0x0980),
                (0x0E00, 0x0E80),
                (0x0980, 0x0A00),
                (0x0B80, 0x0C00),
                (0x1780, 0x1800))
_MARK_LETTERS = (*range(0x18B0, 0x18F6), *range(0xA000, 0xA48D))


def _mark_tables() -> tuple[dict[int, int], dict[int, int], str]:
    """The marks-to-letters table, its inverse, and a regex class of the marks."""
    import unicodedata

    marks = [c for a, z in _MARK_BLOCKS for c in range(a, z) if unicodedata.category(chr(c)) in ("Mn", "Mc")]
    forward = dict(zip(marks, _MARK_LETTERS, strict=False))
    return forward, {v: k for k, v in forward.items()}, "".join(map(chr, marks))


_MARKS_TO_LETTERS, _LETTERS_TO_MARKS, _MARK_CHARS = _mark_tables()
_MARK_FOUND = re.compile(f"[{_MARK_CHARS}]")
_MARK_LETTER_FOUND = re.compile(f"[{''.join(map(chr, _LETTERS_TO_MARKS))}]")
MARK_LETTERS = "".join(map(chr, _LETTERS_TO_MARKS))
"""The letters that stand for the marks (for a script's character class: Devanagari is [\\u0900-\\u097f{MARK_LETTERS}])."""


def mark_letters(first: int, last: int) -> str:
    """The letters standing for the marks of U+first..U+last (see _MARK_BLOCKS), for one script's character class."""
    return "".join(chr(_MARKS_TO_LETTERS[c]) for c in range(first, last + 1) if c in _MARKS_TO_LETTERS)


# The scripts that write spaces between phrases, not words (Thai U+0E01-0E5B, Khmer U+1780-17F9: letters, vowel signs,
# digits and marks): a "word" of theirs is a whole phrase, so their names, places and figures are found glued to the
# words around them, by the paths Thai opened (each stage's unspaced reader). PHRASE_SCRIPT is the blocks as written,
# PHRASE_LETTERS their letters with the letters their vowel signs are read as (marks_as_letters), for a class.
PHRASE_SCRIPT = "\u0e01-\u0e5b\u1780-\u17f9"
PHRASE_LETTERS = ("\u0e01-\u0e2f\u0e30-\u0e4e\u1780-\u17b3\u17d7\u17dc" + mark_letters(0x0E31, 0x0E4E)
                  + mark_letters(0x17B4, 0x17DD))


def marks_as_letters(text: str) -> str:
    """The text with its combining vowel signs read as letters (see _MARK_BLOCKS); a text without any unchanged
    (one C-speed search)."""
    if _MARK_FOUND.search(text) is None:
        return text
    return text.translate(_MARKS_TO_LETTERS)


def letters_as_marks(text: str) -> str:
    """marks_as_letters() undone: the marks as the article writes them."""
    if _MARK_LETTER_FOUND.search(text) is None:
        return text
    return text.translate(_LETTERS_TO_MARKS)


# Bengali spells a w as the vowel o, য and the nukta before a long a (আনোয়ার, Anwar; ওয়াশিংটন, Washington; নওয়াজ,
# Nawaz), which a letter-by-letter table reads as 'oya' (anoyar, two letters from anwar): the three are read as ৱ,
# the script's w (data/bengali.txt), whether the signs are written or stand as letters (marks_as_letters), and য়
# composed or not.
_BENGALI_W = re.compile("[\u0993\u09cb{o}](?:\u09af[\u09bc{n}]|\u09df)(?=[\u09be{a}])".format(
    o=chr(_MARKS_TO_LETTERS[0x09CB]), n=chr(_MARKS_TO_LETTERS[0x09BC]), a=chr(_MARKS_TO_LETTERS[0x09BE])))


def bengali_w(name: str) -> str:
    """A name with Bengali's spelt w (see _BENGALI_W) as the letter ৱ, for a transliteration key; any other
    unchanged (one C-speed search)."""
    if "\u09af" not in name and "\u09df" not in name:
        return name
    return _BENGALI_W.sub("\u09f1", name)


def with_mark_letters(table: dict[str, str]) -> dict[str, str]:
    """A transliteration table (letter -> Latin) that reads a mark both as written and as the letter standing for
    it: a name is folded inside the analysis (marks as letters) and after it (marks as written)."""
    return (table | {marks_as_letters(k): v for k, v in table.items() if _MARK_FOUND.search(k)}
            | {letters_as_marks(k): v for k, v in table.items() if _MARK_LETTER_FOUND.search(k)})


# The scripts whose letters data/<script>.txt spells in Latin one by one (a line: the letter, a space, its Latin;
# the letter alone where it reads as nothing), for name keys and sentence folds. han.txt (Traditional to Simplified
# Chinese) has the same form; only the speakers read it.
SCRIPT_FILES = ("cyrillic.txt", "greek.txt", "armenian.txt", "arabic.txt", "hebrew.txt", "devanagari.txt", "thai.txt",
                "georgian.txt", "ethiopic.txt", "bengali.txt", "tamil.txt", "khmer.txt")


@cache
def transliteration(*names: str) -> dict[str, str]:
    """Letter -> Latin from these script files (later files win), each vowel sign both as written and as the letter
    standing for it (see with_mark_letters)."""
    table: dict[str, str] = {}
    for name in names:
        for line in sections(name).get("", []):
            letter, _, latin = line.partition(" ")
            if len(letter) == 1:
                table[letter] = latin
    return with_mark_letters(table)


@cache
def dotted_letters(*names: str) -> dict[str, str]:
    """The script files' lines whose letter is a base letter and a mark (Devanagari's nukta letters: ज़ z, फ़ f),
    which transliteration() leaves out (a str.maketrans table maps one character): each as written, with its
    mark read as a letter (marks_as_letters), and as its one precomposed character where Unicode has one (U+095B),
    for read_dotted()."""
    import unicodedata

    table: dict[str, str] = {}
    for name in names:
        for line in sections(name).get("", []):
            letter, _, latin = line.partition(" ")
            # (sections() reads the mark as its letter already.)
            written = letters_as_marks(letter)
            if len(written) > 1 and all(unicodedata.combining(c) for c in written[1:]):
                table[written] = table[letter] = latin
                for code in range(0x0958, 0x0960):
                    if unicodedata.normalize("NFD", chr(code)) == written:
                        table[chr(code)] = latin
    return table


@cache
def _dotted_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    table = dotted_letters(*names)
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))) if table else None


def read_dotted(text: str, *names: str) -> str:
    """The text with the dotted letters of these script files (see dotted_letters) spelt in Latin, before a
    one-character table reads the rest: ज़ेयूदी's ज़ is z (Zeyoudi), not ज's j."""
    pattern = _dotted_pattern(names)
    if pattern is None:
        return text
    table = dotted_letters(*names)
    return pattern.sub(lambda m: table[m.group()], text)


@cache
def longest_first(name: str, lang: str, section: str = "") -> tuple[str, ...]:
    """Every word of a list's section, each once, longest first: the order an alternation of them needs, so that
    a longer word wins over its own start (กล่าวว่า before กล่าว)."""
    return tuple(sorted({w for line in sections(name, lang).get(section, ()) for w in line.split()}, key=len,
                        reverse=True))


class _Unmarked(dict[int, int | None]):
    """A str.translate() table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_UNMARKED = _Unmarked()


def unmarked(text: str) -> str:
    """The text without its accents, nothing else changed (Orbán: Orban; ł, ø and Cyrillic stay)."""
    return unicodedata.normalize("NFKD", text).translate(_UNMARKED)
