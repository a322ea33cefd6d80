"""Sentence and word splitting, offline: Punkt machinery with per-language parameters shipped as text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from digest import data
from digest.language import unspaced

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

MAX_WORDS = 1000
"""A sentence longer than this (punctuation-free text) is cut into pieces of this many words."""
LEARN_CHARS = 200_000
"""Only this much of a text is read to learn its orthography, so that huge inputs stay cheap."""

# Languages that write ordinals as "12." (am 12. November, 13. rocznica): there a small number
# before a period is treated like an abbreviation, not as the end of a sentence.
_ORDINAL_DOT = frozenset("de pl cs sk da no nb nn fi hu tr et lv lt sl hr sr bs is".split())
# A regnal or ordinal Roman numeral (Karel XVI., Jan Paweł II., Benedikt XVI.): where ordinals take
# a period, one right after a capitalised name is read like an ordinal number ("12."), not as an end.
_ROMAN = re.compile(r"(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# Languages that set the regnal numeral before the name (hu "XVI. Károly Gusztáv", "II. János Pál"):
# there the numeral goes on with a capitalised word after it, whatever stands before.
_NUMERAL_BEFORE_NAME = frozenset({"hu"})
_SUMY_NAMES = {
    "en": "english", "de": "german", "it": "italian", "fr": "french", "es": "spanish",
    "pl": "polish", "cs": "czech", "sk": "slovak", "pt": "portuguese", "uk": "ukrainian",
    "sv": "swedish", "el": "greek",
}
_SNOWBALL_NAMES = {
    "en": "english", "de": "german", "it": "italian", "fr": "french", "es": "spanish",
    "pt": "portuguese", "ru": "russian", "nl": "dutch", "sv": "swedish", "da": "danish",
    "no": "norwegian", "nb": "norwegian", "fi": "finnish", "hu": "hungarian", "ro": "romanian",
}

# Languages where a quoted question or exclamation ends its sentence even before a lower-case
# reporting clause (LanguageTool's German rules; old German orthography sets no comma there).
_QUOTE_ENDS_SENTENCE = frozenset({"de"})
_QUOTE_CLOSERS = "\"'”’»«“‘›‹"

_TERM = ".!?…"
_CLOSERS = "\"'”’»«“‘›‹)]}¹²³⁴⁵⁶⁷⁸⁹⁰"
_OPENERS = "\"'„“”«»‚‘’‹›([{¿¡-–—•·*"
_CLOSE_CLS = re.escape(_CLOSERS)
# A run of sentence-final punctuation with the closing marks glued to it (?“ .» !). ?"."),
# spaced ellipses included (". . ."), followed by whitespace. Possessive quantifiers keep it
# linear on hostile input (10,000 dots). Not after "(" or "[": "ein(!) Satz", "(...)". The
# look-behinds follow the run's first mark, so that the regex engine skips straight to the marks.
_CANDIDATE = re.compile(
    rf"(?P<run>[{_TERM}](?<![{_TERM}(\[][{_TERM}])(?<![{_TERM}][ \u00a0][{_TERM}])[{_TERM}]*+"
    rf"(?:[ \u00a0][.…]++(?!\w))*+(?:[{_CLOSE_CLS}]++[{_TERM}]++)*+[{_CLOSE_CLS}]*+)(?P<ws>\s++)"
)
_NEXT = re.compile(rf"[{re.escape(_OPENERS)}\s]*+(?P<word>\S[\w'’-]*)?")
_MULTI_ABBREV = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
# "r.To", "proc.Nie", "sentence.Isn't", "Ireland!He": a sentence end glued to the next sentence.
_GLUED_HINT = re.compile(rf"[{_TERM}](?=[^\W\d_])")
_GLUED = re.compile(
    rf"(?P<left>[^{_TERM}\s@/]{{1,100}})(?P<term>[{_TERM}]{{1,3}})"
    rf"(?P<right>[^\W\d_][\w'’-]*)(?P<tail>[,;:!?)\]\"'»”“]*)"
)
_HARD_BREAK = re.compile(r"\n[^\S\n]*(?:\n\s*|(?=(?:[-*•▪◦⁃–—]|\d{1,3}[.)]|[a-z][.)])\s))")
_MARKER = re.compile(r"(?:[•⁃▪◦·*][^\S\n]*)?(?P<value>\d{1,2}|[a-z])(?P<punct>\.\)|[.)])(?=\s)")
_BULLET = re.compile(r"(?<=\s)[•⁃▪◦]")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# Words are read after a gap of spaces and opening marks; the character before the gap tells
# where a word stands.
_GAP = r"[\s\"'„“”«»‚‘’‹›(\[]"
_GAP_WORD = r"[^\W\d_][\w'’-]*"
# Every gap and word; the word is captured only when the character before the gap is
# alphanumeric or ",;:", i.e. inside a sentence. That test is a look-behind from the gap's first
# character, so that the regex engine skips straight to gap characters.
_WORD_INSIDE = re.compile(rf"{_GAP}(?:(?<=(?:[^\W_]|[,;:])[\s\S]){_GAP}*+({_GAP_WORD})|{_GAP}*+{_GAP_WORD})")
# A period is neither a gap nor a word character, so these words are also _WORD_INSIDE's.
_WORD_AFTER_PERIOD = re.compile(rf"\.(?P<gap>{_GAP}+)(?P<word>{_GAP_WORD})")
_SPACE_RUN = re.compile(r"\S+")
# Quotation marks that open a quote (when not glued to a word before) and those that close it.
_QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
# Single quotes ('…' and ‘…’) and straight double quotes open before a letter or digit; a single quote's
# closing mark is one that no letter or digit follows, so that apostrophes inside words (it's, l'anno)
# close nothing; a straight double quote closes at the next one.
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–-]))(?:[«„“]|[‘'\"](?=[^\W_]))")
_SINGLE_CLOSE = {"‘": re.compile(r"’(?![^\W_])"), "'": re.compile(r"'(?![^\W_])")}
# German books and some papers quote »so«: there » opens.
_REVERSED_GUILLEMETS = frozenset({"de"})
_QUOTE_PAIRS_REVERSED = {**_QUOTE_PAIRS, "»": "«"}
_QUOTE_OPEN_REVERSED = re.compile(r"(?:^|(?<=[\s(\[:—–-]))(?:[«„“»]|[‘'\"](?=[^\W_]))")
# A quote longer than this is read sentence by sentence even when a reporting clause follows it.
_QUOTE_SPAN_CHARS = 800
# What follows a closing mark when the sentence goes on with its reporting clause: a comma
# («…», afirmó), a dash and a lower-case word («…» — сказал), or a lower-case word alone, as
# Turkish reports speech ("…" dedi).
_QUOTE_GOES_ON = re.compile(r"[ \u00a0\u202f]*(?:,|[—–-]+[ \u00a0\u202f]*(?P<word>[^\W\d_]))|[ \u00a0\u202f]+(?P<next>[^\W\d_])")
_NUMERIC = re.compile(r"-?[.,]?\d[\d,.-]*\.?")  # Punkt's number type
# Letters Unicode calls lower case in a script with no capitals in use (Georgian Mkhedruli): a word opening with one
# may open a sentence, and one after a period makes no abbreviation of the word before it.
_CASELESS_LOWER = re.compile("[\u10d0-\u10ff]")


def lower_initial(word: str) -> bool:
    """Whether a word opens with a lower-case letter of a cased script (not Mkhedruli: see _CASELESS_LOWER)."""
    return word[:1].islower() and _CASELESS_LOWER.match(word) is None


_lower_initial = lower_initial


def split(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; return (start, end) offsets into text, trimmed."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    tokenizer = _tokenizer(text, lang)
    spans: list[tuple[int, int]] = []
    pos = start
    # Most blocks are one line: str's find spares them the regex.
    breaks = _HARD_BREAK.finditer(text, start, end) if text.find("\n", start, end) != -1 else ()
    for m in breaks:
        _split_piece(tokenizer, text, pos, m.start(), spans)
        pos = m.end()
    _split_piece(tokenizer, text, pos, end, spans)
    return _cap(text, spans)


def _split_piece(
    tokenizer: PunktSentenceTokenizer, text: str, a: int, b: int, out: list[tuple[int, int]]
) -> None:
    """Append to out the sentences of a piece with no hard break inside."""
    a, b = trim(text, a, b)
    if a >= b:
        return
    if _FULL_WIDTH_END.search(text, a, b):
        for s, e in _full_width_pieces(text, a, b):
            _split_spaced(tokenizer, text, s, e, out)
        return
    if _THAI_SPACE.search(text, a, b):
        for s, e in _thai_pieces(text, a, b):
            _split_spaced(tokenizer, text, s, e, out)
        return
    first = len(out)
    _split_spaced(tokenizer, text, a, b, out)
    if len(out) - first > 1 and _HANGUL.search(text, a, b) and _DOUBLE_OPEN.search(text, a, b):
        _join_korean_quotations(text, out, first)


# Korean closes a quotation with its particle and verb ("…필요하다. …해야 한다"고 말했다): a full stop inside the marks
# ends no sentence of the text. (A piece with Hangul and a quotation mark is looked at, two C-speed searches; others
# never are.)
_HANGUL = re.compile("[\uac00-\ud7a3]")
_DOUBLE_OPEN = re.compile('["“]')


def _join_korean_quotations(text: str, out: list[tuple[int, int]], first: int) -> None:
    """Join the sentences out[first:] that a quotation opened in one and closed in a later one runs across (ASCII
    marks by their odd count, “ ” by their balance), as _full_width_pieces keeps a Chinese one whole."""
    k = first
    while k < len(out) - 1:
        s, e = out[k]
        if text.count('"', s, e) % 2 == 1 or text.count("“", s, e) > text.count("”", s, e):
            out[k] = (s, out[k + 1][1])
            del out[k + 1]
            continue
        k += 1


# Chinese and Japanese end a sentence with a full-width 。！？ (or an ASCII ! ? after a CJK character) and
# start the next one with no space, which Punkt needs: it is cut there first, with the closing marks glued to
# the end mark ("……道路。”他指出"). A semicolon ；, like ";", parts clauses of one sentence.
# Hindi, Marathi, Nepali (and Bengali) end a sentence with the danda । or the double danda ॥, which Punkt does
# not know as an end mark: cut there the same way (a space follows, but Punkt would not cut).
# (The mark comes first and the look-behinds after it, so that the regex engine skips in C to the next mark:
# searched for in every piece of every text, most of which have none.)
_FULL_WIDTH_END = re.compile(
    "[。！？!?\u0964\u0965](?:(?<=[。！？\u0964\u0965])|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff][!?]))"
    "[。！？!?…\u0964\u0965]*[”」』’）)\"]*"
)


def _full_width_pieces(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """text[a:b] cut after each full-width sentence end (_FULL_WIDTH_END), trimmed; not inside a 「…」 or “…”
    quotation that closes later in the piece ('茂木大臣は「…です。…たい」と述べました' is one sentence: the
    quotation stays with its cue)."""
    for m in _FULL_WIDTH_END.finditer(text, a, b):
        if _inside_open_quotation(text, a, m.end(), b) or (
                text[m.start()] in _DANDAS and _inside_straight_quotation(text, a, m.end(), b)):
            continue
        s, e = trim(text, a, m.end())
        if e > s:
            yield s, e
        a = m.end()
    s, e = trim(text, a, b)
    if e > s:
        yield s, e


# Thai writes no full stop: a space ends a sentence, and a space parts the phrases and items of one sentence too.
# A space between two Thai letters (vowel signs read as letters: data.marks_as_letters) is cut at when
#  - the sentence so far holds _THAI_SENTENCE_MIN characters and the phrase after the space _THAI_PHRASE_MIN (the
#    items of a list, 'การค้า การลงทุน ความมั่นคง', and a short tail stay in their sentence);
#  - the phrase after it opens with no word that goes on with the sentence (data/th/sentence_links.txt: และ, ซึ่ง,
#    โดย, เพื่อ…), no speech verb and no role word ('นายอนุทิน กล่าวว่า', '… ชาญวีรกูล นายกรัฐมนตรี');
#  - the phrase before it does not hold an honorific (names.txt [honorifics]: the family name after the space is the
#    name's, 'นายอนุทิน ชาญวีรกูล') nor end on a speech verb or ว่า (its quotation or clause follows).
# A space after a closing quotation mark is never cut at (its cue may follow: '"…" นางสาวศิริพรกล่าว'), one before
# an opening mark is, by the same rules. Keyed on the script: a text without a Thai letter pays one search a piece.
_THAI_CLASS = "\u0e01-\u0e4e" + "".join(sorted(set(data.marks_as_letters("".join(map(chr, range(0x0E31, 0x0E4F)))))
                                             - set(map(chr, range(0x0E31, 0x0E4F)))))
_THAI_SPACE = re.compile(f"(?<=[{_THAI_CLASS}])[ \u00a0]+(?=[{_THAI_CLASS}\"“])")
_THAI_SENTENCE_MIN = 40
_THAI_PHRASE_MIN = 12


@cache
def _thai_lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what may open a phrase that goes on with the sentence, an honorific anywhere in a phrase, a phrase's end on a
    speech verb or ว่า) from data/th."""
    def words(name: str, section: str = "") -> list[str]:
        return list(data.longest_first(name, "th", section))

    def alt(ws: list[str]) -> str:
        return "|".join(map(re.escape, ws)) or "(?!)"

    verbs = words("speech_verbs.txt") + words("opinion_verbs.txt")
    roles = [w.lstrip("?+").rstrip("*") for w in words("roles.txt")]
    goes_on = re.compile(f"[\"“]?(?:{alt(words('sentence_links.txt') + verbs + roles)})")
    return goes_on, re.compile(alt(words("names.txt", "honorifics"))), re.compile(f"(?:{alt(verbs + ['ว่า'])})$")


def _thai_pieces(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """text[a:b] cut at the spaces that end a Thai sentence (see _THAI_SPACE), trimmed."""
    goes_on, honorific, cue_end = _thai_lists()
    start = a
    for m in _THAI_SPACE.finditer(text, a, b):
        s, e = m.start(), m.end()
        nxt = text.find(" ", e, b)
        phrase_after = text[e:nxt if nxt != -1 else b]
        before_space = text.rfind(" ", start, s)
        phrase_before = text[before_space + 1 if before_space != -1 else start:s]
        if (s - start < _THAI_SENTENCE_MIN or len(phrase_after) < _THAI_PHRASE_MIN
                or goes_on.match(phrase_after) or honorific.search(phrase_before) or cue_end.search(phrase_before)
                or _inside_straight_quotation(text, start, s, b)):
            continue
        x, y = trim(text, start, s)
        if y > x:
            yield x, y
        start = e
    x, y = trim(text, start, b)
    if y > x:
        yield x, y


# The full-width quotation marks that open and close a quotation in Chinese and Japanese.
_CJK_QUOTE_PAIRS = (("「", "」"), ("“", "”"), ("『", "』"))
# A quotation left open longer than this is taken for a stray mark, not one spanning the sentences.
_CJK_QUOTE_SPAN = 400


def _inside_open_quotation(text: str, a: int, e: int, b: int) -> bool:
    """Whether text[a:e] leaves a quotation open that closes before b (and within _CJK_QUOTE_SPAN), so a
    sentence end at e is inside it. An unclosed mark never joins sentences (a stray 「 ends nothing)."""
    for o, c in _CJK_QUOTE_PAIRS:
        if text.count(o, a, e) > text.count(c, a, e):
            close = text.find(c, e, min(b, e + _CJK_QUOTE_SPAN))
            if close != -1:
                return True
    return False


# The danda and double danda (see _FULL_WIDTH_END).
_DANDAS = "\u0964\u0965"


def _inside_straight_quotation(text: str, a: int, e: int, b: int) -> bool:
    """Whether text[a:e] leaves a straight-quote quotation ("…") open that closes before b (and within
    _CJK_QUOTE_SPAN): Hindi pages type "…" as often as “…”, with a danda after each sentence inside
    ('मोदी ने कहा, "… है। हम … करेंगे।"' is one sentence with its cue)."""
    return text.count('"', a, e) % 2 == 1 and text.find('"', e, min(b, e + _CJK_QUOTE_SPAN)) != -1


def _split_spaced(
    tokenizer: PunktSentenceTokenizer, text: str, a: int, b: int, out: list[tuple[int, int]]
) -> None:
    """Append to out the sentences of a piece whose sentences are parted by spaces (Punkt's)."""
    piece = text[a:b]
    # Most pieces have no end mark glued to a word: their sentences need no second look.
    glued = _GLUED_HINT.search(piece) is not None
    for cut in tokenizer._slices_from_text(piece):
        s, e = trim(text, a + cut.start, a + cut.stop)
        if glued:
            out.extend(g for g in _split_glued(tokenizer, text, s, e) if g[1] > g[0])
        elif e > s:
            out.append((s, e))


def _split_glued(tokenizer: PunktSentenceTokenizer, text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Split a sentence where an end mark is glued to the next sentence's first word."""
    seen = a
    for hint in _GLUED_HINT.finditer(text, a, b):
        if hint.start() < seen:
            continue  # this chunk was looked at already (keeps "a.B.c.D..." linear)
        left = max(a, hint.start() - 101)
        chunk_start = left + _last_space(text[left:hint.start()])
        chunk_end = hint.end()
        while chunk_end < b and chunk_end - hint.end() < 100 and not text[chunk_end].isspace():
            chunk_end += 1
        seen = chunk_end
        m = _GLUED.fullmatch(text, chunk_start, chunk_end)
        if not m or not _is_glued_end(m) or _glued_abbreviation(tokenizer, m):
            continue
        if m.end("term") > a:
            yield a, m.end("term")
            a = m.start("right")
    yield a, b


def _last_chunk(text: str, lo: int, hi: int) -> str:
    """The run of non-space characters that ends text[lo:hi] (or ends it but for a final newline), else ""."""
    # What re's r"\S+$" finds there, without its scan from every start position.
    s = text[max(0, lo) : hi]
    if s.endswith("\n"):
        s = s[:-1]
    return "" if not s or s[-1].isspace() else s.rsplit(None, 1)[-1]


def _last_space(s: str) -> int:
    """Index just after the last whitespace in s (0 when there is none)."""
    for i in range(len(s) - 1, -1, -1):
        if s[i].isspace():
            return i + 1
    return 0


def _is_glued_end(m: re.Match[str]) -> bool:
    right, left = m.group("right"), m.group("left")
    if not right[0].isupper():
        return False
    # "U.S.Army", "ASP.NET" are not two sentences; "A.Zaś" and "C.W" are.
    if len(right) > 1 and not any(ch.islower() for ch in right[1:]):
        return False
    # "1.Helado, 2.Carne" is a list, "No 5.He never" is a glued end.
    return not (left.isdigit() and m.group("tail"))


def _glued_abbreviation(tokenizer: PunktSentenceTokenizer, m: re.Match[str]) -> bool:
    """"Mr.Smith", "z.B.Berlin": an abbreviation before a word not known as a sentence starter
    ("proc.Nie" still splits: "nie" is a lower-case word)."""
    before = m.group("left").lstrip(_OPENERS)
    return (
        m.group("term") == "."
        and bool(before)
        and tokenizer._is_abbreviation(before)
        and tokenizer._ortho_heuristic(_WordToken.of(m.group("right"))) is not True
    )


def _cap(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut each sentence of more than MAX_WORDS words (text without punctuation) every MAX_WORDS words."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a < 2 * MAX_WORDS:
            out.append((a, b))  # too short to hold that many words
            continue
        count = 0
        first = a
        last_end = a
        for m in _SPACE_RUN.finditer(text, a, b):
            if count == MAX_WORDS:
                out.append((first, last_end))
                first, count = m.start(), 0
            count += 1
            last_end = m.end()
        if last_end > first:
            out.append((first, last_end))
    return out


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """The span (a, b) of text without surrounding white space."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@lru_cache(maxsize=8)
def _tokenizer(text: str, lang: str) -> PunktSentenceTokenizer:
    """A Punkt tokenizer for this language, taught the orthography and abbreviations of this text."""
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.abbrev_types = set(_abbreviations(lang))
    # What the text itself teaches: words it capitalises inside sentences, and abbreviations
    # (a short word whose period is followed by a lower-case word).
    end = min(len(text), LEARN_CHARS)
    params.ortho_context = _OrthoContext(_stop_word_context(lang), text, end)
    for m in _WORD_AFTER_PERIOD.finditer(text, 0, end):
        if _lower_initial(m.group("word")):
            before = _last_chunk(text, m.start("gap") - 21, m.start("gap"))[:-1].lstrip(_OPENERS)
            if before.isalpha() and len(before) <= 5:
                params.abbrev_types.add(before.lower())
    return _splitter_class()(lang, params)


class _OrthoContext(dict[str, int]):
    """Punkt's orthographic context of a text's words (0 for a word it does not know).

    The words the text capitalises inside sentences are learned at the first look-up by [] (as
    Punkt reads it): most texts split without one.
    """

    def __init__(self, stop_words: dict[str, int], text: str, end: int) -> None:
        super().__init__(stop_words)
        self._unread: tuple[str, int] | None = (text, end)

    def __missing__(self, word: str) -> int:
        return 0

    def __getitem__(self, word: str) -> int:
        if self._unread:
            self._learn_capitals(*self._unread)
            self._unread = None
        return super().__getitem__(word)

    def _learn_capitals(self, text: str, end: int) -> None:
        from nltk.tokenize.punkt import _ORTHO_MID_UC

        # Only capitals inside sentences are learned: a noun seen in lower case ("the president")
        # says little about "U.S. President Biden"; the known lower-case words are the stop words,
        # which never start a name, unless this text writes one capitalised inside a sentence
        # (sumy's English list holds the alphabet, but "I" is never lower case).
        capitals = {word.lower() for word in set(_WORD_INSIDE.findall(text, 0, end)) if word[:1].isupper()}
        self.update(dict.fromkeys(capitals, _ORTHO_MID_UC))


@cache
def _stop_word_context(lang: str) -> dict[str, int]:
    """Punkt's orthographic context of the stop words: known lower-case words inside sentences."""
    from nltk.tokenize.punkt import _ORTHO_MID_LC

    return dict.fromkeys(stop_words(lang), _ORTHO_MID_LC)


@cache
def _splitter_class() -> type[PunktSentenceTokenizer]:
    """The Punkt subclass, built on first use so that nltk is imported only when a text is split."""
    from nltk.tokenize.punkt import _ORTHO_LC, _ORTHO_MID_UC, PunktParameters, PunktSentenceTokenizer

    class Splitter(PunktSentenceTokenizer):
        """Punkt's decisions, with candidate boundaries that know about quotes, lists and ordinals."""

        def __init__(self, lang: str, params: PunktParameters) -> None:
            super().__init__()
            self.lang = lang
            self._params = params

        def _slices_from_text(self, piece: str) -> Iterator[slice]:
            last = 0
            first = _MARKER.match(piece)
            skip_to = first.end() if first else 0
            forced = _list_splits(piece, first)
            quoted = _continued_quotes(piece, self.lang)
            for m in _CANDIDATE.finditer(piece):
                while forced and forced[0] <= m.start():
                    yield slice(last, forced[0])
                    last = forced.pop(0)
                    skip_to = _list_marker_end(piece, last)
                if m.start() < skip_to or not _has_real_space(m.group("ws")):
                    continue
                stray = _stray_dots(piece, m)
                if stray:
                    # "reste .. Logiquement", "compounds. . . . The": the first period ends the
                    # sentence; the dots after it stand alone or open the next sentence.
                    stop, rest, opens_next = stray
                    yield slice(last, stop)
                    if opens_next:
                        last = rest
                    else:
                        yield slice(rest, m.end("run"))
                        last = m.end()
                    skip_to = _list_marker_end(piece, last)
                elif self._is_break(piece, m) and not _within(quoted, m.start(), m.end()):
                    yield slice(last, m.end("run"))
                    last = m.end()
                    skip_to = _list_marker_end(piece, last)
            for cut in forced:
                yield slice(last, cut)
                last = cut
            yield slice(last, len(piece))

        def _is_break(self, piece: str, m: re.Match[str]) -> bool:
            nxt = _NEXT.match(piece, m.end())
            word = nxt.group("word") if nxt else None
            if not word:
                return False
            first, run = word[0], m.group("run")
            if _lower_initial(first):
                # A reporting clause after a quoted question or exclamation with no comma between
                # ("»Wie ist es?« fragte er"): German convention makes the quote a sentence of its
                # own; a function word ("»Wann?« und …") goes on with the sentence.
                return (
                    self.lang in _QUOTE_ENDS_SENTENCE
                    and run[0] in "?!"
                    and run[-1] in _QUOTE_CLOSERS
                    and word.lower() not in stop_words(self.lang)
                )
            if not first.isalnum():
                return False  # "! ! !", "/ [...]", "№ 70": signs rarely open a sentence
            before = _last_chunk(piece, m.start() - 100, m.start()).lstrip(_OPENERS).rstrip(_CLOSERS)
            if "!" in run or "?" in run:
                # Names written with "!" ("Yahoo! Research") are listed with the abbreviations.
                named = run == "!" and f"{before.lower()}!" in self._params.abbrev_types
                return not named or self._ortho_heuristic(_WordToken.of(word)) is True
            if run.strip(_TERM + " \u00a0"):
                # A quote or bracket closed after the mark (a run holds nothing else but marks and
                # spaces): «Vedremo...» Putin ha detto
                return True
            if run.count(".") + run.count("…") * 3 > 1:
                # An ellipsis before a capital ends the sentence, unless that word is one the text
                # capitalises inside sentences too ("what I mean . . . I didn't").
                context = self._params.ortho_context[_WordToken.of(word).type_no_sentperiod]
                return not (context & _ORTHO_MID_UC and not context & _ORTHO_LC)
            if not before or not (self._is_abbreviation(before) or self._is_regnal(piece, m.start(), before, word)):
                return True
            if len(before) == 1 and len(word) == 1 and piece.startswith(".", nxt.end()):
                return False  # a run of initials: "U. S. A.", "A. I. Semenov"
            # An abbreviation, initial or ordinal ends the sentence only when Punkt's orthographic
            # heuristic knows the next word as one written lower-case inside sentences.
            return first.isalpha() and self._ortho_heuristic(_WordToken.of(word)) is True

        def _is_regnal(self, piece: str, end: int, word: str, following: str) -> bool:
            """Whether word (ending at piece[end]) is a Roman numeral after a capitalised name, in a
            language that writes ordinals with a period, before a word that can go on the name:
            "král Karel XVI. Gustav" goes on, while "ve stoletích XIX. A" (no name before) and
            "Papst Benedikt XVI. Danach" (a function word opens the next sentence) are left to the
            other rules."""
            if self.lang not in _ORDINAL_DOT or len(word) < 2 or not _ROMAN.fullmatch(word):
                return False
            if following.lower() in _opening_words(self.lang):
                return False
            if self.lang in _NUMERAL_BEFORE_NAME:
                return True
            lo = end - len(word)
            if piece[lo:end] != word or lo < 1 or not piece[lo - 1].isspace():
                return False  # a numeral glued to a mark or a word is no regnal one
            head = piece[max(0, lo - 100) : lo].rstrip()
            name = head.rsplit(None, 1)[-1] if head else ""
            return name[:1].isupper() and not name.isupper() and _NAME.fullmatch(name) is not None

        def _is_abbreviation(self, word: str) -> bool:
            low = word.lower()
            types = self._params.abbrev_types
            # Most words asked about are no abbreviation: the cheap tests guard the costly ones.
            return bool(
                low in types
                or ("-" in low and low.rsplit("-", 1)[-1] in types)
                or _after_apostrophe(low) in types
                or ("." in low and _MULTI_ABBREV.fullmatch(low))
                or (len(word) == 1 and word.isupper())
                or (self.lang in _ORDINAL_DOT and word.isdigit() and len(word) <= 3)
            )

    return Splitter


class _WordToken(NamedTuple):
    """What Punkt's orthographic heuristic reads of a word (Punkt's own token sends every word
    through nltk's time-guarded regex engine, a cost paid at each candidate boundary)."""

    tok: str
    type_no_sentperiod: str
    first_upper: bool
    first_lower: bool

    @classmethod
    def of(cls, word: str) -> _WordToken:
        low = word.lower()
        kind = "##number##" if _NUMERIC.fullmatch(low) else low
        return cls(word, kind, word[0].isupper(), word[0].islower())


def _after_apostrophe(word: str) -> str:
    """The part after an elided article ("l'avv" -> "avv"), not a clitic ("bin's" stays)."""
    if "'" not in word and "’" not in word:
        return word
    part = re.split(r"['’]", word)[-1]
    return part if len(part) > 1 else word


def _stray_dots(piece: str, m: re.Match[str]) -> tuple[int, int, bool] | None:
    """For a run of periods that is no ellipsis before a capital or a sign, (end of its first period,
    start of the dots after it, whether those open the next sentence); else None."""
    run = m.group("run")
    if len(run) == 1 or run.strip(". \u00a0"):
        return None
    groups = run.split()
    spaced = m.start() > 0 and piece[m.start() - 1].isspace()
    if len(groups) == 1 and len(groups[0]) in (2, 4) and spaced:
        opens_next = False  # "reste .. Logiquement", "reste .... Logiquement"
    elif len(groups) > 1 and groups[0] == "." and not spaced:
        opens_next = groups[1:] == [".", ".", "."]  # "compounds. . . . The" (a quoted omission)
    else:
        return None
    nxt = _NEXT.match(piece, m.end())
    word = nxt.group("word") if nxt else None
    if not word or _lower_initial(word):
        return None
    stop = m.start() + 1
    rest = stop
    while piece[rest] != ".":
        rest += 1
    return stop, rest, opens_next


def _continued_quotes(piece: str, lang: str) -> list[tuple[int, int]]:
    """(opening, closing) positions of the quotes whose sentence goes on after them, in order.

    «Es un socio. Lo que hemos construido…», afirmó Sánchez: a quote of two sentences closed by
    a comma or a dash and a reporting clause is part of one sentence, and so is one that a colon
    introduces and that ends the piece (he said: 'It is a partner. We work together.'). A longer quote is read
    sentence by sentence: as one it would make an overlong sentence, and the capitals inside it
    would pass for names.
    """
    out: list[tuple[int, int]] = []
    reversed_marks = lang in _REVERSED_GUILLEMETS
    if ("«" not in piece and "„" not in piece and "“" not in piece and "'" not in piece and "‘" not in piece
            and '"' not in piece and not (reversed_marks and "»" in piece)):
        return out
    pairs, opening = (_QUOTE_PAIRS_REVERSED, _QUOTE_OPEN_REVERSED) if reversed_marks else (_QUOTE_PAIRS, _QUOTE_OPEN)
    after = 0
    for m in opening.finditer(piece):
        o = m.start()
        if o < after:
            continue
        limit = min(len(piece), o + _QUOTE_SPAN_CHARS)
        single = _SINGLE_CLOSE.get(piece[o])
        if single is not None:
            close = single.search(piece, o + 1, limit)
            if close is None:
                continue
            c = close.start()
        else:
            ends = [e for e in (piece.find(c, o + 1, limit) for c in pairs[piece[o]]) if e > 0]
            if not ends:
                continue
            c = min(ends)
            if piece.find(piece[o], o + 1, c) != -1:
                continue  # an opening mark again before the close: unbalanced, left alone
        after = c + 1
        if sum(1 for _ in itertools.islice(_CANDIDATE.finditer(piece, o, c), 2)) > 1:
            continue
        goes_on = _QUOTE_GOES_ON.match(piece, c + 1)
        inner = c - 1
        while inner > o and piece[inner] in " \u00a0\u202f":
            inner -= 1
        # "It is strong," Trump said: English puts the comma inside the quote.
        # The piece ends with a quote its colon introduces: the quote is the rest of the sentence.
        last = not piece[c + 1 :].strip(_TERM + " \u00a0") and piece[:o].rstrip().endswith(":")
        if last or piece[inner] == "," or (
            goes_on and (goes_on.group("word") or goes_on.group("next") or "a").islower()
        ):
            out.append((o, c))
    return out


def _within(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a candidate end (start, end) falls inside one of the quotes, with quoted text after it."""
    # The last quote opened before the candidate: (start,) sorts before every (start, close).
    k = bisect.bisect_left(quoted, (start,)) - 1
    return k >= 0 and quoted[k][0] < start and end <= quoted[k][1]


def _has_real_space(ws: str) -> bool:
    """A no-break space alone does not separate sentences ("A test.\u00a0Another test.")."""
    return bool(ws.strip("\u00a0\u202f\u2007"))


def _list_marker_end(piece: str, pos: int) -> int:
    """End of a list marker ("1.", "a)", "• 9.") at pos, or pos when there is none."""
    m = _MARKER.match(piece, pos)
    return m.end() if m else pos


def _list_splits(piece: str, first: re.Match[str] | None) -> list[int]:
    """Where inline list items start: at bullets, and at numbered items counting on from "1." or
    "a." (first: the list marker the piece starts with, if any)."""
    # Bullets are rare, and str's "in" finds none far faster than a regex scan.
    has_bullet = "•" in piece or "⁃" in piece or "▪" in piece or "◦" in piece
    cuts = {b.start() for b in _BULLET.finditer(piece)} if has_bullet else set()
    if first and first.group("value") in ("1", "a"):
        value, punct = first.group("value"), first.group("punct")
        for m in _MARKER.finditer(piece, first.end()):
            if m.start() and piece[m.start() - 1].isspace() and m.group("punct") == punct:
                if m.group("value") == _successor(value):
                    cuts.add(m.start())
                    value = m.group("value")
    return sorted(cuts) if cuts else []


def _successor(value: str) -> str:
    return str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    """Abbreviation types as Punkt wants them: lower case, no final period, one per word."""
    types: set[str] = set()
    for line in _data_lines("any", "abbreviations.txt") + _data_lines(lang, "abbreviations.txt"):
        for part in line.lower().split():
            types.add(part[:-1] if part.endswith(".") and len(part) > 1 else part)
    return frozenset(types)


def _data_lines(lang: str, name: str) -> list[str]:
    """Non-comment lines of digest/data/<lang>/<name>, or [] when there is no such file."""
    try:
        text = data.marks_as_letters(resources.files("digest.data").joinpath(lang, name).read_text("utf-8"))
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError):
        return []
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


@cache
def _opening_words(lang: str) -> frozenset[str]:
    """Words that open a sentence but never go on a name: the stop words and the function words."""
    return stop_words(lang) | frozenset(w.lower() for w in _data_lines(lang, "function_words.txt"))


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Stop words: sumy's list for the language, else ours, else an empty set."""
    name = _SUMY_NAMES.get(lang)
    if name:
        # Read as sumy.utils.get_stop_words does, without importing sumy.utils (and requests: 0.6 s).
        try:
            data = resources.files("sumy").joinpath("data", "stopwords", f"{name}.txt").read_text("utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            pass
        else:
            return frozenset(w.strip().lower() for w in data.splitlines() if w.strip())
    return frozenset(w.lower() for w in _data_lines(lang, "stopwords.txt"))


@cache
def stemmer(lang: str) -> Callable[[str], str]:
    """A stemmer: Snowball where nltk has one, our light suffix stripper for Polish, Greek, Estonian, Latvian,
    Lithuanian, Catalan, Icelandic and Albanian, else lower-casing.

    A word glued to an elided one ("dell'anno", "qu'il") is stemmed without it, as Snowball leaves it on.
    """
    base = _base_stemmer(lang)
    strip = unelided(lang)
    if strip is None:
        return base
    return lambda word: base(strip(word.lower()))


@cache
def unelided(lang: str) -> Callable[[str], str] | None:
    """A lower-case word without a leading elided word ("dell'anno" -> "anno"); None where none are listed."""
    # Only listed forms: Ukrainian writes an apostrophe inside words (п'ятниця), English
    # contractions keep theirs ("don't"), and "aujourd'hui" is one word.
    forms = frozenset(_data_lines(lang, "elisions.txt"))
    if not forms:
        return None

    def strip(word: str) -> str:
        head, _, rest = word.replace("’", "'").partition("'")
        return rest if rest and head + "'" in forms else word

    return strip


def _base_stemmer(lang: str) -> Callable[[str], str]:
    if lang in ("pl", "el", "et", "lv", "lt", "ca", "is", "sq"):
        return _suffix_stemmer(lang)
    if lang == "de":
        return _german_stem
    name = _SNOWBALL_NAMES.get(lang)
    if name:
        from nltk.stem.snowball import SnowballStemmer

        snowball = SnowballStemmer(name)
        return lambda word: snowball.stem(word.lower())
    if lang in ("cs", "sk", "uk"):
        from sumy.nlp.stemmers import Stemmer

        special = Stemmer(_SUMY_NAMES[lang])
        return lambda word: special(word.lower())
    return str.lower


# nltk's German Snowball stemmer, its letter-by-letter loops replaced by regular expressions:
# German words are long, and stemming them was most of a cold summary's time. Same stems.
_DE_VOWELS = "aeiouy\xe4\xf6\xfc"
_DE_UY = re.compile(f"[{_DE_VOWELS}][uy][{_DE_VOWELS}]")
# A vowel followed by a non-vowel: R1 and R2 begin after it ("U" and "Y" marked between vowels are non-vowels).
_DE_REGION = re.compile(f"[{_DE_VOWELS}][^{_DE_VOWELS}]")
_DE_STEP1 = ("ern", "em", "er", "en", "es", "e", "s")
_DE_STEP2 = ("est", "en", "er", "st")
_DE_STEP3 = ("isch", "lich", "heit", "keit", "end", "ung", "ig", "ik")


def _german_stem(word: str) -> str:
    """Stem a German word exactly as nltk's SnowballStemmer("german") does."""
    word = word.lower().replace("\xdf", "ss")
    if _DE_UY.search(word):
        # In order: a "u" marked "U" is no longer a vowel for the letter after it.
        chars = list(word)
        for i in range(1, len(chars) - 1):
            if chars[i - 1] in _DE_VOWELS and chars[i + 1] in _DE_VOWELS:
                if chars[i] == "u":
                    chars[i] = "U"
                elif chars[i] == "y":
                    chars[i] = "Y"
        word = "".join(chars)
    m = _DE_REGION.search(word)
    if m is None:
        r1 = r2 = ""
    else:
        r1 = word[m.end() :]
        m2 = _DE_REGION.search(r1)
        r2 = r1[m2.end() :] if m2 else ""
        # The region before R1 holds at least three letters.
        if m.end() < 3:
            r1 = word[3:]
    if r1.endswith(_DE_STEP1):
        for suffix in _DE_STEP1:
            if r1.endswith(suffix):
                if suffix in ("en", "es", "e") and word[-len(suffix) - 4 : -len(suffix)] == "niss":
                    word = word[: -len(suffix) - 1]
                    r1 = r1[: -len(suffix) - 1]
                    r2 = r2[: -len(suffix) - 1]
                elif suffix == "s":
                    if word[-2] in "bdfghklmnrt":
                        word = word[:-1]
                        r1 = r1[:-1]
                        r2 = r2[:-1]
                else:
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                break
    if r1.endswith(_DE_STEP2):
        for suffix in _DE_STEP2:
            if r1.endswith(suffix):
                if suffix == "st":
                    if word[-3] in "bdfghklmnt" and len(word[:-3]) >= 3:
                        word = word[:-2]
                        r1 = r1[:-2]
                        r2 = r2[:-2]
                else:
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                break
    if r2.endswith(_DE_STEP3):
        for suffix in _DE_STEP3:
            if r2.endswith(suffix):
                n = len(suffix)
                if suffix in ("end", "ung"):
                    if "ig" in r2[-n - 2 : -n] and "e" not in r2[-n - 3 : -n - 2]:
                        word = word[: -n - 2]
                    else:
                        word = word[:-n]
                elif suffix in ("ig", "ik", "isch") and "e" not in r2[-n - 1 : -n]:
                    word = word[:-n]
                elif suffix in ("lich", "heit"):
                    if "er" in r1[-n - 2 : -n] or "en" in r1[-n - 2 : -n]:
                        word = word[: -n - 2]
                    else:
                        word = word[:-n]
                elif suffix == "keit":
                    if "lich" in r2[-n - 4 : -n]:
                        word = word[: -n - 4]
                    elif "ig" in r2[-n - 2 : -n]:
                        word = word[: -n - 2]
                    else:
                        word = word[:-n]
                break
    return word.replace("\xe4", "a").replace("\xf6", "o").replace("\xfc", "u").replace("U", "u").replace("Y", "y")


# Greek moves its accent as it declines (πρόεδρος, προέδρου): its words are stemmed without accents.
_GREEK_ACCENTS = str.maketrans("άέήίόύώϊϋΐΰς", "αεηιουωιυιυσ")


def _suffix_stemmer(lang: str) -> Callable[[str], str]:
    """Strip the longest ending listed in the language's suffixes.txt, keeping a stem of at least three characters."""
    suffixes = sorted(_data_lines(lang, "suffixes.txt"), key=len, reverse=True)
    table = _GREEK_ACCENTS if lang == "el" else None

    def stem(word: str) -> str:
        word = word.lower() if table is None else word.lower().translate(table)
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word

    return stem


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, inner hyphens and apostrophes kept)."""
    return _WORD.findall(text)


# A run of Han, kana or Hangul characters: Chinese and Japanese write no spaces between their words.
_CJK_CLASS = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_CJK_RUN = re.compile(_CJK_CLASS + "+")
_CJK_BIGRAM = re.compile(f"(?=({_CJK_CLASS}{_CJK_CLASS}))")
_CJK_SINGLE = re.compile(f"(?<!{_CJK_CLASS}){_CJK_CLASS}(?!{_CJK_CLASS})")


def unspaced_words(text: str) -> list[str]:
    """The terms of a text written without spaces: the character bigrams of each CJK run (a run of one character
    is its own term) and the text's other words whole. Without a word segmenter, bigrams are the standard terms
    for overlap (most Chinese words are two characters long, and a longer one shares its bigrams)."""
    if not _CJK_RUN.search(text):
        return _WORD.findall(text)
    # Three C-speed searches: every pair of CJK characters (overlapping: a look-ahead), every CJK character
    # standing alone, and the other words. Their order is lost: the terms are counted, never read in order.
    return _CJK_BIGRAM.findall(text) + _CJK_SINGLE.findall(text) + _WORD.findall(_CJK_RUN.sub(" ", text))


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens with their positions."""
    return _WORD.finditer(text)


class Tokenizer:
    """sumy's tokenizer interface (to_sentences / to_words) on our offline splitter."""

    def __init__(self, lang: str) -> None:
        self.language = lang

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The sentences of a paragraph, as strings."""
        return tuple(paragraph[a:b] for a, b in split(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of a sentence (the bigrams of a language written without spaces: see unspaced_words)."""
        return tuple(unspaced_words(sentence) if unspaced(self.language) else words(sentence))
