"""Japanese script read in Latin letters, for name keys that meet a Japanese-script name's Latin and Cyrillic forms.

Katakana, in which Japanese spells foreign names (テオドロ, Teodoro), is read letter by letter (data/kana.txt); a
name in kanji by its family name and, when listed too, its given name, from lists of common ones (小泉進次郎: koizumi
shinjiro): kanji have no reading by rule.
"""

from __future__ import annotations

import re
from functools import cache

from . import data

# A run of katakana letters (and the long-vowel mark): one word of a foreign name, its words parted by ・.
KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]+")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """data/kana.txt: katakana letter -> its reading; kanji family name -> its Latin spelling; katakana spelling ->
    its second reading; kanji given name -> its Latin spelling."""
    sections = data.sections("kana.txt")
    letters = {k: v.replace("-", "") for k, v in (line.split() for line in sections.get("katakana", ()))}
    surnames = dict(line.split() for line in sections.get("surnames", ()))
    second = dict(line.split() for line in sections.get("second readings", ()))
    given = dict(line.split() for line in sections.get("given names", ()))
    return letters, surnames, second, given


@cache
def _second_spellings() -> re.Pattern[str]:
    """The spellings of kana.txt's second readings, longest first; a pattern matching nothing when none."""
    spellings = sorted(_tables()[2], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, spellings)) or "(?!)")


def romanised(text: str, second: bool = False) -> str:
    """The text with each katakana letter in Latin letters (テオドロ: teodoro); other characters as they are.
    `second`: the spellings of kana.txt's second readings read by them (ビジャロボス: billarobosu, Villalobos)."""
    letters = _tables()[0]
    if second:
        seconds = _tables()[2]
        text = _second_spellings().sub(lambda m: seconds[m.group()], text)
    # ン before a b, p or m is said m, and Latin spellings write it so (トランプ, Trump): toranpu reads torampu.
    return KATAKANA_RUN.sub(lambda m: _N_LABIAL.sub("m", "".join(letters.get(c, "") for c in m.group())), text)


def has_second_reading(word: str) -> bool:
    """Whether a katakana word holds a spelling of kana.txt's second readings (ビジャ, ジョランダ)."""
    return bool(_second_spellings().search(word))


_N_LABIAL = re.compile("n(?=[bpm])")


def family_kanji(word: str) -> str | None:
    """The listed family name a kanji word opens with (小泉進次郎, 小泉: 小泉), the longest; None when none."""
    surnames = _tables()[1]
    return next((word[:n] for n in range(min(len(word), 3), 1, -1) if word[:n] in surnames), None)


def family_name(word: str) -> str | None:
    """The Latin spelling of the family name a kanji word opens with (小泉進次郎, 小泉: koizumi); None when it
    opens with none listed."""
    family = family_kanji(word)
    return _tables()[1][family] if family else None


def given_name(word: str) -> str | None:
    """The Latin spelling of a listed kanji given name (紀美: kimi); None when not listed."""
    return _tables()[3].get(word)
