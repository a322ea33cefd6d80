"""Latin spellings of people's names written in other scripts, for the digest's English headings and titles."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from digest import data, hangul

# The scripts spelt here, by the Unicode name's first word of a name's letters. Cyrillic is not: our users read
# it, and its competing romanisations (Zelensky, Zelenskyy, Selenskyj) make a machine's look wrong more often than
# they help. Han and Thai are not either: they do not write the word a reading needs. The Arabic script and Hebrew
# do not write the short vowels, so a letter-by-letter spelling (mhmd) is no name a reader knows: their names are
# spelt from a list of the usual ones (_UNVOWELLED, data/romanise_names.txt), and not at all when none is known.
_SCRIPTS = frozenset({"GREEK", "ARMENIAN", "GEORGIAN", "DEVANAGARI", "BENGALI", "TAMIL", "HANGUL", "ETHIOPIC",
                      "ARABIC", "HEBREW"})
# Hebrew's geresh and gershayim as the pipeline reads them (modifier letters, see pipeline._hebrew_marks): marks of
# the Hebrew word they stand in, not letters of another script.
_HEBREW_MARK_LETTERS = "\u02b9\u02ba"
# A word of a name: what stands between spaces, hyphens, dots of initials and apostrophes.
_WORD = re.compile(r"[^\s\-‐.'’·]+")


@lru_cache(maxsize=1 << 12)
def latin(name: str) -> str | None:
    """The name as the international press spells it in Latin letters (Κυριάκος Μητσοτάκης: Kyriakos Mitsotakis;
    शिवराज सिंह चौहान: Shivraj Singh Chauhan; 안규백: Ahn Gyu-baek; محمد بن سلمان: Mohammed bin Salman), when every
    letter is of one script spelt here (and, in the Arabic script or Hebrew, a word of it is a known name); else
    None."""
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in name
               if (c.isalpha() or unicodedata.category(c)[0] == "M") and c not in _HEBREW_MARK_LETTERS}
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    if script not in _SCRIPTS:
        return None
    if script == "HANGUL":
        return _korean(name)
    if script in _UNVOWELLED:
        return _unvowelled(name, script)
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


@cache
def _table(script: str) -> dict[str, str]:
    # (With the dotted letters, a consonant and its nukta: _consonant reads ज़ as z, not as ज's j.)
    name = f"{script.lower()}.txt"
    return data.transliteration(name) | data.dotted_letters(name)


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


# The scripts without short vowels: a name is spelt only if one of its words is a known name (data/romanise_names.txt,
# the press spelling), its other words by _unvowelled_word, which writes the vowels the letters carry.
_UNVOWELLED = frozenset({"ARABIC", "HEBREW"})
# Letters only Urdu (or Pashto) writes, and those Persian writes and Arabic does not: which list a name is read by
# first (محمد is Mohammed in Cairo, Mohammad in Tehran, Muhammad in Lahore).
_URDU_LETTERS = frozenset("ٹڈڑںےۓھہټډړږښځڅګڼېۍ")
_PERSIAN_LETTERS = frozenset("پچژگکی")
_ORDER = {"arabic": ("arabic", "persian", "urdu"), "persian": ("persian", "arabic", "urdu"),
          "urdu": ("urdu", "persian", "arabic"), "hebrew": ("hebrew",)}
# The letter variants one name is written with (ي ی ى, ك ک, ه ہ ة, the hamza seats of alif, the geresh as typed)
# and what is no letter of it (the non-joiner, the tatweel the pipeline reads it as): one key for each spelling.
_KEY = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ہ": "ه", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
                      "ٱ": "ا", "\u02b9": "׳", "'": "׳", "’": "׳", "\u02ba": "״", '"': "״", "\u0640": None,
                      "\u200c": None, "\u200d": None})
# A name's words and what parts them: spaces, hyphens and Hebrew's maqaf (kept as a hyphen: בן־עמי, Ben-Ami).
_PARTS = re.compile(r"(\s+|[\-‐־])")


def _key(words: str) -> str:
    return "".join(c for c in words.translate(_KEY) if not unicodedata.combining(c))


@cache
def _known() -> dict[str, dict[str, str]]:
    """data/romanise_names.txt by section: a name word's key -> its press spelling."""
    out: dict[str, dict[str, str]] = {}
    for section, lines in data.sections("romanise_names.txt").items():
        for line in lines:
            written, _, spelt = line.partition("\t")
            out.setdefault(section, {})[_key(written.strip())] = spelt.strip()
    return out


def _variant(name: str, script: str) -> str:
    if script == "HEBREW":
        return "hebrew"
    letters = set(name)
    return "urdu" if letters & _URDU_LETTERS else "persian" if letters & _PERSIAN_LETTERS else "arabic"


def _unvowelled(name: str, script: str) -> str | None:
    """An Arabic-script or Hebrew name word by word: the known ones (the longest run of words first: عبد الله,
    Abdullah) as listed, the others read by their letters; None when no word but a particle (bin, Abu) is known."""
    variant = _variant(name, script)
    known = _known()
    lists = [known.get(s, {}) for s in _ORDER[variant]]
    particles = known.get("particles", {})
    parts = _PARTS.split(name.strip())
    words, seps = parts[::2], [("-" if p.strip() else " ") for p in parts[1::2]]
    out: list[str] = []
    found = False
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            key = _key(" ".join(words[i : i + n]))
            spelt = next((table[key] for table in lists if key in table), None) if i + n <= len(words) else None
            if spelt is not None:
                found = True
                break
        else:
            n = 1
            key = _key(words[i])
            spelt = particles.get(key)
            if spelt is None:
                spelt, known_rest = _unvowelled_word(words[i], variant, lists)
                found = found or known_rest
        out.append(spelt)
        if i + n < len(words):
            out.append(seps[i + n - 1])
        i += n
    return unicodedata.normalize("NFC", "".join(out)) if found else None


# The Arabic article, written joined to its word: al- and the word (المعولي, al-Mawli).
_ARTICLE = "ال"
# Letters that are vowels of their own, and the consonants a reading spells otherwise than arabic.txt keys them.
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ى": "a", "ة": "a", "ے": "e", "ۓ": "e", "ې": "e", "ۍ": "ai"}
# (Persian and Urdu say ث ذ ض as s, z, z; Persian's consonant و is v, Javad.)
_PERSIAN_CONSONANTS = {"ث": "s", "ذ": "z", "ض": "z", "و": "v"}
_WY = frozenset("وויیي")
_SILENT = frozenset("عءئؤ")
_HEBREW_VOWELS = frozenset("אע")
# Hebrew letters with a geresh: the sounds of foreign names (ג׳ורג׳ George, צ׳רצ׳יל Churchill, ז׳אק Jacques).
_GERESH = {"ג": "j", "צ": "ch", "ץ": "ch", "ז": "zh", "ת": "th"}
# Hebrew letters read as their soft sound after a vowel (אבי Avi, דיכטר Dichter) and as their own at a word's start.
_HEBREW_SOFT = {"ב": "v", "כ": "kh", "ך": "kh", "פ": "f", "ף": "f"}
_HEBREW_HARD = {"ב": "b", "כ": "k", "ך": "kh", "פ": "p", "ף": "f", "ח": "kh", "צ": "tz", "ץ": "tz", "ק": "k"}
# The vowel a reading says between two consonants at a word's start or end (محمد: mhmd, but جعفر: jafar).
_SCHWA = {"arabic": "a", "urdu": "a", "persian": "e", "hebrew": "e"}
_W_VOWEL = {"arabic": "u", "urdu": "u", "persian": "ou", "hebrew": "o"}


def _unvowelled_word(word: str, variant: str, lists: list[dict[str, str]]) -> tuple[str, bool]:
    """A word no list holds, read letter by letter with the vowels its letters carry (قاليباف Qalibaf, عراقچی
    Araqchi), its article as al- (المعولي al-Mawli); and whether its word after the article is a known one."""
    letters = "".join(c for c in word if not unicodedata.combining(c) and c not in "\u0640\u200c\u200d")
    if variant != "hebrew" and letters.startswith(_ARTICLE) and len(letters) > 3:
        rest = _key(letters[2:])
        spelt = next((table[rest] for table in lists if rest in table), None)
        return "al-" + (spelt or _capitalised(_letters_read(letters[2:], variant))), spelt is not None
    return _capitalised(_letters_read(letters, variant)), False


def _letters_read(letters: str, variant: str) -> str:
    hebrew = variant == "hebrew"
    table = _table("hebrew" if hebrew else "arabic")
    # Each letter as (spelling, whether it is a vowel); w and y are vowels between consonants and at a word's end.
    sounds: list[tuple[str, bool]] = []
    i = 0
    while i < len(letters):
        c, after = letters[i], letters[i + 1 : i + 2]
        before_vowel = bool(sounds) and sounds[-1][1]
        start = not sounds
        follows_consonant = bool(sounds) and not sounds[-1][1]
        # (A w or y before a last w or y is the consonant: بدوي badwi, not baduy.)
        last_wy = after in _WY and i + 2 == len(letters)
        next_consonant = after != "" and after not in _ARABIC_VOWELS and after not in "אע" and not last_wy
        if hebrew and after in ("׳", "'", "\u02b9") and c in _GERESH:
            sounds.append((_GERESH[c], False))
            i += 2
            continue
        if c in ("׳", "'", "\u02b9", "\u02ba", "״"):
            i += 1
            continue
        if hebrew and c == after == "ו":
            sounds.append(("v", False))
            i += 2
            continue
        if c in _WY:
            w = c in "وו"
            # (Also a last one after a silent hamza or ain: الهنائي al-Hanai.)
            if (follows_consonant and (next_consonant or not after)) or (not after and sounds and sounds[-1] == ("", True)):
                sounds.append((_W_VOWEL[variant] if w else "i", True))
            else:
                sounds.append((("v" if hebrew or variant == "persian" else "w") if w else "y", False))
        elif c in _SILENT or c in _HEBREW_VOWELS:
            # (Ain, alef and the hamzas are said as an a before a consonant at a word's start or after one:
            # عراقچی Araqchi, معولي Mawli; else they leave the vowel to the letter beside them.)
            said = after and next_consonant and (start or follows_consonant) and c not in "ءئؤ"
            sounds.append(("a", True) if said else ("i", True) if c == "ئ" and not before_vowel and after else ("", True))
        elif c in _ARABIC_VOWELS and not hebrew:
            sounds.append((_ARABIC_VOWELS[c], True))
        elif c in "هہۀה" and not after and variant != "arabic" and sounds and (follows_consonant or sounds[-1][0][-1:] not in "a"):
            # (A last h is a vowel's: Persian Fatemeh after a consonant, Urdu and Hebrew a, نادیہ Nadia, שרה Sara.)
            sounds.append(("eh" if variant == "persian" and follows_consonant else "a", True))
        elif hebrew:
            soft = before_vowel and c in _HEBREW_SOFT
            sounds.append((_HEBREW_SOFT[c] if soft else _HEBREW_HARD.get(c, table.get(c, c)), False))
        else:
            spelt = _PERSIAN_CONSONANTS.get(c) if variant != "arabic" and (c != "و" or variant == "persian") else None
            sounds.append((spelt or table.get(c, c), False))
        i += 1
    sounds = [s for s in sounds if s[0] or s[1]]
    schwa = _SCHWA[variant]
    # (Two consonants at a word's start or end are no syllable a reader can say: the language's usual vowel between.)
    if len(sounds) >= 3 and not sounds[0][1] and not sounds[1][1]:
        sounds.insert(1, (schwa, True))
    if len(sounds) >= 3 and not sounds[-1][1] and not sounds[-2][1] and sounds[-1][0] != sounds[-2][0]:
        sounds.insert(len(sounds) - 1, (schwa, True))
    return "".join(s for s, _ in sounds)
