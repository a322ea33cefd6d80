"""Hangul read in Latin letters, for name keys that meet a Korean-script name's Latin and Cyrillic forms.

A Hangul syllable is its letters arithmetically (U+AC00 + (initial * 21 + medial) * 28 + final): the Revised
Romanization of each letter (data/hangul.txt) spells it, no table of syllables needed.
"""

from __future__ import annotations

import re
from functools import cache

from . import data

_FIRST = 0xAC00
_LAST = 0xD7A3
# A run of Hangul syllables: one word of a name, as Korean writes words with spaces between them.
HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")


@cache
def _tables() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], dict[str, str]]:
    """data/hangul.txt: the readings of the initials, medials and finals in Unicode order; family name -> its
    usual Latin spelling."""
    sections = data.sections("hangul.txt")

    def readings(name: str) -> tuple[str, ...]:
        return tuple(line.split()[1].replace("-", "") for line in sections.get(name, ()))

    surnames = dict(line.split() for line in sections.get("surnames", ()))
    return readings("initials"), readings("medials"), readings("finals"), surnames


@cache
def _syllable(char: str) -> str:
    """One Hangul syllable's Revised Romanization (푸: pu, 럼: reom, 핑: ping)."""
    initials, medials, finals, _ = _tables()
    index = ord(char) - _FIRST
    return initials[index // 588] + medials[index // 28 % 21] + finals[index % 28]


def _run(m: re.Match[str]) -> str:
    word = m.group()
    # A word of two or three syllables whose first is a family name is a Korean name (이재명): its family name as
    # Latin spellings write it, which may differ from the reading by a consonant (Lee, not I).
    family_name = family(word[0]) if 2 <= len(word) <= 3 else None
    return (family_name or _syllable(word[0])) + "".join(map(_syllable, word[1:]))


def family(syllable: str) -> str | None:
    """A Korean family name's usual Latin spelling where it is not its reading (이: lee), else None."""
    return _tables()[3].get(syllable)


@cache
def _families() -> frozenset[str]:
    return frozenset(data.sections("hangul.txt").get("families", ())) | _tables()[3].keys()


def is_family(syllable: str) -> bool:
    """Whether a syllable is a Korean family name (data/hangul.txt [surnames] and [families])."""
    return syllable in _families()


def romanised(text: str) -> str:
    """The text with each Hangul syllable in Latin letters (트럼프: teureompeu; 이재명: leejaemyeong); other
    characters as they are."""
    return HANGUL_RUN.sub(_run, text)
