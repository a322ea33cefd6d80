"""Latin spellings of people's names written in other scripts, for the digest's English headings and titles."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from digest import data, hangul

# The scripts spelt here, by the Unicode name's first word of a name's letters. Cyrillic is not: our users read
# it, and its competing romanisations (Zelensky, Zelenskyy, Selenskyj) make a machine's look wrong more often than
# they help. Han, the Arabic script, Hebrew and Thai are not either: they do not write the vowels (or, for Thai and
# Han, the word a reading needs), so a letter-by-letter spelling is no name a reader would recognise.
_SCRIPTS = frozenset({"GREEK", "ARMENIAN", "GEORGIAN", "DEVANAGARI", "BENGALI", "TAMIL", "HANGUL", "ETHIOPIC"})
# A word of a name: what stands between spaces, hyphens, dots of initials and apostrophes.
_WORD = re.compile(r"[^\s\-‐.'’·]+")


@lru_cache(maxsize=1 << 12)
def latin(name: str) -> str | None:
    """The name as the international press spells it in Latin letters (Κυριάκος Μητσοτάκης: Kyriakos Mitsotakis;
    शिवराज सिंह चौहान: Shivraj Singh Chauhan; 안규백: Ahn Gyu-baek), when every letter is of one script spelt here;
    else None."""
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in name if c.isalpha() or unicodedata.category(c)[0] == "M"}
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    if script not in _SCRIPTS:
        return None
    if script == "HANGUL":
        return _korean(name)
    spell = _greek if script == "GREEK" else _armenian if script == "ARMENIAN" else _abugida if script in _ABUGIDAS \
        else _letters
    words = _WORD.sub(lambda m: _capitalised(_exception(m.group()) or spell(m.group().lower(), script)), name)
    return unicodedata.normalize("NFC", words)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


@cache
def _exceptions() -> dict[str, str]:
    """data/romanise.txt: name words whose press spelling no rule gives (सिंह: Singh)."""
    return {w: s for w, _, s in (line.partition(" ") for line in data.sections("romanise.txt").get("", []))}


def _exception(word: str) -> str | None:
    # (The data file's words are read with vowel signs as stand-in letters, as every data file is.)
    return _exceptions().get(data.marks_as_letters(word))


def _table(script: str) -> dict[str, str]:
    return data.transliteration(f"{script.lower()}.txt")


def _letters(word: str, script: str) -> str:
    """A word of a script whose letters each spell one sound (Georgian, Ethiopic's syllables)."""
    table = _table(script)
    return "".join(table.get(c, c) for c in word)


# Greek: vowel digraphs, then the consonant pairs whose sound depends on where they stand (μπ is b at a word's start,
# mb inside), υ as y (ELOT 743, as the press writes names: Kyriakos), the rest by greek.txt. A diaeresis parts a pair.
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "υι": "yi", "γγ": "ng", "γχ": "nch", "γξ": "nx"}
_GREEK_START = {"μπ": "b", "ντ": "d", "γκ": "g"}
_GREEK_INSIDE = {"μπ": "mb", "ντ": "nt", "γκ": "ng"}
# (γκ is ng only between vowels, Αγκάθι; after or before a consonant it is the g of a foreign name, Γκεόργκιεφ
# Georgiev, Γκέοργκ Georg.)
_GREEK_VOWELS = frozenset("αεηιουω")
_GREEK_U = {"α": "a", "ε": "e", "η": "i"}  # αυ, ευ, ηυ: av/ev/iv, or af/ef/if before a voiceless consonant or at the end
_GREEK_VOICELESS = frozenset("θκξπστφχψ")


def _greek(word: str, script: str) -> str:
    table = _table(script)
    # Accents go, the diaeresis stays (as U+0308 after its vowel) to part a pair: Προϊστάμενος, not -oi-.
    letters = unicodedata.normalize("NFD", word)
    letters = "".join(c for c in letters if not unicodedata.combining(c) or c == "\u0308")
    out: list[str] = []
    i = 0
    while i < len(letters):
        pair = letters[i : i + 2]
        parted = letters[i + 2 : i + 3] == "\u0308" or letters[i + 1 : i + 2] == "\u0308"
        if not parted and pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
        elif not parted and pair in _GREEK_START:
            between = i > 0 and letters[i - 1] in _GREEK_VOWELS and letters[i + 2 : i + 3] in _GREEK_VOWELS
            inside = i > 0 and (pair != "γκ" or between)
            out.append(_GREEK_INSIDE[pair] if inside else _GREEK_START[pair])
        elif not parted and len(pair) == 2 and pair[1] == "υ" and pair[0] in _GREEK_U:
            after = letters[i + 2 : i + 3]
            out.append(_GREEK_U[pair[0]] + ("f" if not after or after in _GREEK_VOICELESS else "v"))
        else:
            c = letters[i]
            out.append("" if c == "\u0308" else "y" if c == "υ" else table.get(c, c))
            i += 1
            continue
        i += 2
    return "".join(out)


def _armenian(word: str, script: str) -> str:
    """Eastern Armenian as the press spells it: ու u, a word's first ո vo and ե ye, և ev (yev first)."""
    table = _table(script)
    word = word.replace("ու", "ւ")
    head = {"ո": "vo", "ե": "ye", "և": "yev"}.get(word[:1])
    return (head or table.get(word[:1], word[:1])) + "".join(table.get(c, c) for c in word[1:])


def _korean(name: str) -> str:
    """Hangul: a one-word name of two or three syllables opening with a family name is Korean (family name first,
    as its bearers spell it, and the given name's syllables joined by a hyphen: 안규백 Ahn Gyu-baek); any other is a
    foreign one read word by word (푸틴: Putin; 리처드 말스: Richeodeu Malseu)."""
    words = name.split()
    if len(words) == 1 and 2 <= len(name) <= 3 and hangul.is_family(name[0]) and hangul.HANGUL_RUN.fullmatch(name):
        family = hangul.romanised(name[0])
        given = "-".join(hangul.romanised(c) for c in name[1:])
        known = hangul.family(name[0])
        return f"{_capitalised(known or family)} {_capitalised(given)}"
    return " ".join(_capitalised("".join(map(hangul.romanised, w))) for w in words)


# Brahmic scripts: a consonant carries the inherent vowel a unless a vowel sign or the virama follows; Hindi and
# Bengali do not say it at a word's end after a lone consonant, nor between a syllable with a vowel and one that
# starts with a consonant and has its vowel (शिवराज: shi-va-raj -> Shivraj); Tamil writes every vowel it says.
_ABUGIDAS = frozenset({"DEVANAGARI", "BENGALI", "TAMIL"})
_SAYS_SCHWA = frozenset({"TAMIL"})


def _kind(c: str) -> str:
    """A Brahmic character's part: C consonant, V vowel letter, S vowel sign, X virama, N nasal/visarga, K nukta."""
    name = unicodedata.name(c, "")
    if "VIRAMA" in name:
        return "X"
    if "NUKTA" in name:
        return "K"
    if "VOWEL SIGN" in name or "AU LENGTH MARK" in name:
        return "S"
    if any(s in name for s in ("ANUSVARA", "CANDRABINDU", "VISARGA", "KHANDA TA")):
        return "N"
    last = name.rsplit(" ", 1)[-1]
    return "C" if re.fullmatch(r"[^AEIOU]+A", last) else "V"


def _abugida(word: str, script: str) -> str:
    table = _table(script)
    # Syllables: [consonants, vowel (None: the inherent one), coda]; a consonant after a virama joins the cluster.
    units: list[list] = []
    joined = False
    for c in word:
        kind = _kind(c)
        if kind == "C":
            if units and joined:
                units[-1][0].append(c)
            else:
                units.append([[c], None, ""])
            joined = False
        elif kind == "X" and units:
            joined = True
        elif kind == "S" and units:
            units[-1][1] = table.get(c, "")
            joined = False
        elif kind == "V":
            units.append([[], table.get(c, c), ""])
            joined = False
        elif kind == "N" and units:
            units[-1][2] += table.get(c, "") or ("t" if "KHANDA" in unicodedata.name(c, "") else "")
        elif kind == "K" and units and units[-1][0]:
            units[-1][0][-1] += c
    if not units:
        return word
    dead_end = joined  # the word ends on a virama: its last consonant has no vowel
    vowels: list[str] = []
    for k, (cons, vowel, _) in enumerate(units):
        if vowel is not None:
            vowels.append(vowel)
        elif script in _SAYS_SCHWA:
            vowels.append("" if dead_end and k == len(units) - 1 else "a")
        else:
            vowels.append("a")
    if script not in _SAYS_SCHWA:
        inherent = [units[k][1] is None for k in range(len(units))]
        last = len(units) - 1
        # (After a cluster the vowel is said, Narendra, Gupta, unless the cluster ends in a sibilant: a foreign
        # name's -ns, -ks, Lawrence, Marx.)
        if last > 0 and inherent[last] and not units[last][2] and (
                len(units[last][0]) == 1 or _consonant(units[last][0][-1], table) in ("s", "sh")):
            vowels[last] = ""
        if dead_end:
            vowels[last] = ""
        # (Never before a cluster: three consonants together are no syllable, জয়শঙ্কর is Jayshankar.)
        for k in range(last - 1, 0, -1):
            if (inherent[k] and len(units[k][0]) == 1 and not units[k][2] and vowels[k - 1]
                    and len(units[k + 1][0]) == 1 and vowels[k + 1]):
                vowels[k] = ""
    out = []
    for (cons, _, coda), vowel in zip(units, vowels):
        out.append("".join(_consonant(c, table) for c in cons) + vowel + coda)
    word = _NASAL.sub("n", "".join(out))
    return _voiced(word) if script == "TAMIL" else word


# The velar nasal before k or g is spelt n (ঙ্ক, Shankar; ங்க, Sankar).
_NASAL = re.compile("ng(?=[kg])")
# Letters a name's display spells otherwise than the script files' keys do (Tamil's velar nasal: வோங், Wong).
_SPELT = {"ங": "ng"}


def _consonant(c: str, table: dict[str, str]) -> str:
    """A consonant (with its nukta, if any) in Latin letters."""
    if c in _SPELT:
        return _SPELT[c]
    if c in table:
        return table[c]
    composed = unicodedata.normalize("NFC", c)
    return table.get(composed, table.get(c[0], c[0]))


# Tamil writes one letter for k/g, t/d, p/b: voiced between vowels and t, p after a nasal, as it is said and spelt
# in Latin (மோடி Modi, but Stalin).
_TAMIL_VOICING = re.compile(r"(?<=[aeiou])[ktp](?=[aeiou])|(?<=m)p|(?<=n)t")


def _voiced(word: str) -> str:
    return _TAMIL_VOICING.sub(lambda m: {"k": "g", "p": "b", "t": "d"}[m.group()], word)
