"""The pipeline: analyse each article (cached, in parallel), then build the corpus digest."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from operator import methodcaller
from dataclasses import dataclass, fields, replace
from typing import Any

from digest import __version__, cleaning, data, language, numbers, quotes, sentences, speakers, summaries, visits
from digest.cache import (
    Cache, Products, decode, default_dir, encode, key, output_fingerprint, stored_text, storing_text,
)
from digest.config import Config, Limits, SummarySettings
from digest.errors import InputError
from digest.model import (
    FURNITURE, TEXT, Analysis, Article, Block, Conflict, Digest, KeyNumber, Packed, Problem, Quote, Sentence, Speaker,
    Stories, SummaryLine, Tagged, TaggedQuotes, Trend, Visit, story_visit,
)
from digest.reading import Found, Source, article_id, discover, folder_rule, read
from digest.selection import chosen_visits, select
from digest.visits import story_visits

# Below this many cache misses a process pool costs more than it saves.
PARALLEL_THRESHOLD = 8
# Below this many figures with a family, assembling in worker processes costs more than it saves.
PARALLEL_FIGURES = 2000
# Fresh analyses are stored in batches of this many (one transaction each).
WRITE_EVERY = 200

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, path) while articles are analysed."""
Partial = Callable[[Digest], None]
"""Called with a digest of the articles analysed so far, while the rest are analysed."""
# How often, at most, a partial digest is assembled for a front end that fills in as it goes.
PARTIAL_EVERY_S = 0.5


@dataclass(frozen=True)
class Settings:
    """Everything a per-article analysis depends on besides its text."""

    summary: SummarySettings
    """Summary method and length."""
    limits: Limits
    """Caps per article."""
    lang: str | None = None
    """Language forced for this article (metadata or config)."""

    def cache_key(self) -> str:
        """A string that changes whenever the analysis would."""
        lim = self.limits
        caps = (lim.max_quotes, lim.max_numbers, lim.max_sentences, lim.max_text_chars)
        return f"{self.summary.cache_key()}|{self.lang}|{caps}"


_OKINA = re.compile(r"(?<=[^\W\d_])\u2018(?=[^\W\d_])")
# Armenian punctuation, read as the marks every stage knows (one character for one: offsets hold): the full stop
# ։ (U+0589) as "."; before that, an ASCII ":" typed for the full stop (before a capital or a line's end) as ".", and
# the Armenian point "." before a quotation, which introduces it as a colon does ('Նա ասաց. «…»'), as ":". The
# pause mark ՝ ('ըստ նրա՝ …') stays: no word pattern takes it in. The stress, exclamation and question marks
# ՛ ՜ ՞ written on a word's vowel ('ինչո՞ւ') are a modifier letter ʼ, so that the word stays one.
_ARMENIAN_LETTERS = re.compile("[\u0531-\u0556\u0561-\u0587]")
_ARMENIAN_COLON_POINT = re.compile(r"(?<=[\u0561-\u0587])\.(?=[ \u00a0]*[«„“\"])")
_ARMENIAN_ASCII_STOP = re.compile("(?<=[\u0561-\u0587»)]):(?=[ \u00a0]+[\u0531-\u0556]|[ \u00a0]*$)", re.M)
_ARMENIAN_WORD_MARKS = re.compile("(?<=[\u0561-\u0587])[\u055b\u055c\u055e](?=[\u0561-\u0587])")
_ARMENIAN_MARKS = str.maketrans({"\u0589": "."})


def _armenian_punctuation(text: str) -> str:
    """An Armenian text's punctuation as the other languages write it (see above); any other text unchanged."""
    if len(_ARMENIAN_LETTERS.findall(text[:5000])) * 4 < len(text[:5000]):
        return text
    text = _ARMENIAN_ASCII_STOP.sub(".", text)
    text = _ARMENIAN_COLON_POINT.sub(":", text)
    text = _ARMENIAN_WORD_MARKS.sub("\u02bc", text)
    return text.translate(_ARMENIAN_MARKS)


# Arabic-script digits and marks, read as the ones every stage knows (one character for one: offsets hold, and
# quotations are shown as written): the Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9, the Arabic decimal
# separator ٫ as "." and thousands separator ٬ as "," (the Arabic lists' decimal mark is "."), the percent sign ٪
# as "%", the comma ، and semicolon ؛ as "," and ";" (neither ends a sentence) and the question mark ؟ as "?".
# Urdu's full stop ۔ (U+06D4) as "." (Punkt and every stage's sentence cut know no other end mark).
# Keyed on the characters, not the language: a text without any of them is returned as it is.
_ARABIC_SCRIPT_MARKS_FOUND = re.compile("[\u0660-\u066c\u06f0-\u06f9\u060c\u061b\u061f\u06d4]")
_ARABIC_SCRIPT_MARKS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
     "\u066b": ".", "\u066c": ",", "\u066a": "%", "\u060c": ",", "\u061b": ";", "\u061f": "?",
     "\u06d4": "."})


# Iranian news types a slash between Persian digits for the decimal separator ٫ ('۲/۵ میلیارد دلار', 2.5 billion);
# a date's slashes come two together ('۱۴۰۵/۰۸/۲۱') and stay. Keyed on the Persian digits (U+06F0-06F9): ASCII
# fractions and dates, and Arabic's ٫, are never touched.
_PERSIAN_SLASH_DECIMAL = re.compile("(?<![\u06f0-\u06f9/])([\u06f0-\u06f9]+)/(?=[\u06f0-\u06f9]+(?![\u06f0-\u06f9/]))")


def _persian_decimal_slash(text: str) -> str:
    """'۲/۵' as '۲٫۵' (one character for one: see above); a text without Persian digits is returned as it is."""
    if "/" not in text or not _PERSIAN_DIGIT.search(text):
        return text
    return _PERSIAN_SLASH_DECIMAL.sub("\\1\u066b", text)


_PERSIAN_DIGIT = re.compile("[\u06f0-\u06f9]")


def _arabic_script_marks(text: str) -> str:
    """An Arabic-script text's digits and punctuation as the other languages write them (see above)."""
    if not _ARABIC_SCRIPT_MARKS_FOUND.search(text):
        return text
    return _urdu_double_quotes(_persian_decimal_slash(text).translate(_ARABIC_SCRIPT_MARKS))


# Urdu sites type a quotation's marks as two single ones, mirrored for the right-to-left line: ’’ opens (before the
# first letter) and ‘‘ closes ('’’ہم تیار ہیں،‘‘ متقی نے کہا'), and some the other way round. The quote pairer
# read each ’ as an apostrophe and the ‘‘ as opening, so the quotation was the cue after it. Two like single marks
# before an Arabic-script letter, after a space, a line's start or a colon, open: “ and a space (the mark first, so
# the sentence cut, which trims spaces, starts the sentence on the first ’ and shows both); after a letter or
# a mark, before a space, a mark or the end, they close: ” and a space (two characters for two: offsets hold, and
# quotations are shown as written). Keyed on the doubled marks beside Arabic-script letters: no other text changes.
_URDU_OPEN_QUOTE = re.compile("(?:(?<=^)|(?<=[\\s:(\"]))(?:’’|‘‘)(?=[\u0620-\u06ff])", re.MULTILINE)
_URDU_CLOSE_QUOTE = re.compile("(?<=[\u0620-\u06ff.,;!?])(?:’’|‘‘)(?=[\\s.,;:!?)]|$)", re.MULTILINE)


def _urdu_double_quotes(text: str) -> str:
    """The doubled single marks of an Urdu quotation as “ and ” (see above); a text without any unchanged."""
    if "’’" not in text and "‘‘" not in text:
        return text
    return _URDU_CLOSE_QUOTE.sub("\u201d ", _URDU_OPEN_QUOTE.sub("\u201c ", text))


# The zero-width non-joiner (U+200C) joins the parts of one Persian word (رئیس‌جمهور, می‌گوید, گفت‌وگو) while
# keeping their letters unjoined; no word pattern of the stages takes it in (it is no letter), so every such word
# was two. Between two Arabic-script letters it is read as the tatweel ـ (U+0640, a letter that only stretches a
# joint, and that fold() drops: one character for one, offsets hold); the word lists write ـ where the language
# writes the joiner. The title (_title_as_written) and quotations are shown as written; summaries are cut from the article.
_JOINER_IN_WORD = re.compile("(?<=[\u0620-\u064a\u066e-\u06d3])\u200c(?=[\u0620-\u064a\u066e-\u06d3])")
_TATWEEL = "\u0640"


def _joiners_as_letters(text: str) -> str:
    """The text with each non-joiner inside an Arabic-script word read as ـ (see above); any other text unchanged."""
    if "\u200c" not in text:
        return text
    return _JOINER_IN_WORD.sub(_TATWEEL, text)


# Arabic-script harakat (the short vowels, tanwin, shadda, sukun, the superscript alef: U+064B-065F, U+0670) are
# combining marks, which no word pattern of the stages takes in: a word that writes one inside (سموّه, محمّد) was two,
# and neither half is in the word lists, which hold words bare (the marks are optional and news mostly leaves them
# out). Inside such a word the marks are moved after its last letter (one for one: offsets of the word hold, and
# quotations are shown as written), so that the word reads as the lists write it. A mark already after the last
# letter (شكراً) stays where it is.
_HARAKAT_INSIDE = re.compile("[\u0620-\u064a\u066e-\u06d3][\u064b-\u065f\u0670]+(?=[\u0620-\u064a\u066e-\u06d3])")
_ARABIC_MARKED_WORD = re.compile("[\u0620-\u064a\u066e-\u06d3][\u0620-\u065f\u066e-\u06d3\u0670]*")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _harakat_after_word(text: str) -> str:
    """The text with the harakat inside each Arabic-script word moved after its last letter (see above); a text
    without any inside a word unchanged."""
    if not _HARAKAT_INSIDE.search(text):
        return text
    return _ARABIC_MARKED_WORD.sub(
        lambda m: _HARAKAT.sub("", m.group()) + "".join(_HARAKAT.findall(m.group())), text)


# Hebrew abbreviation marks, read as letters so that an abbreviation stays one word and no quotation opens at it
# (one character for one: offsets hold, and quotations are shown as written). Hebrew writes an abbreviation with
# gershayim before its last letter (ארה"ב, מנכ"ל, ש"ח, צה"ל, ח"כ) and a shortened word or a foreign sound with a
# geresh (פרופ', ג'ורג'); most sites type them as the ASCII " and '. Those become the modifier letters ʺ (U+02BA)
# and ʹ (U+02B9), which every stage's word pattern takes in (data/he lists write them so). A " glued to a prefix
# before a quoted word (ל"שלום") is an opening mark, not gershayim: gershayim stands before ONE last letter (with
# a plural or feminine ending: מנכ"לים, מנכ"לית, after three letters at least). A ' after a short word (פרופ', גב')
# (or a word with a geresh inside: ג'ורג', or one ending on a letter a geresh makes a foreign sound, ג' ז' צ' of
# any length: שיוואראג') is a geresh before the next word, unless a single quotation opened earlier on its line is still open ('זה לא').
# A gershayim between words (״…״, typed for quotation marks) is the ASCII ".
# Keyed on the Hebrew letters, not the language: a text without any is returned as it is.
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
_HEBREW_GERSHAYIM = re.compile("(?<=[\u05d0-\u05ea])[\"\u05f4](?=[\u05d0-\u05ea](?![\u05d0-\u05ea]))|"
                               "(?<=[\u05d0-\u05ea]{3})[\"\u05f4](?=[\u05d0-\u05ea](?:\u05d9\u05dd|\u05d9\u05ea|\u05d9\u05d5\u05ea|\u05d5\u05ea)(?![\u05d0-\u05ea]))")
_HEBREW_GERESH = re.compile("(?<=[\u05d0-\u05ea])['\u05f3](?=[\u05d0-\u05ea])"
                            "|(?<=(?<![\u05d0-\u05ea'])[\u05d0-\u05ea])['\u05f3](?![\u05d0-\u05ea])|(?<![\u05d0-\u05ea'])((?:[\u05d0-\u05ea]+['\u05f3])?[\u05d0-\u05ea]{1,4}|[\u05d0-\u05ea]+[\u05d2\u05d6\u05e6])['\u05f3](?=[ \u00a0]+[\u05d0-\u05ea])|\u05f3")
_HEBREW_OPEN_SINGLE = re.compile("(?:^|(?<=[\\s(\u2014\u2013-]))'(?=[\u05d0-\u05ea])")


def _hebrew_geresh(m: re.Match[str]) -> str:
    """The geresh of _HEBREW_GERESH's match as ʹ, unless it closes a single quotation opened earlier on its line."""
    if m.group(1) is None:
        return "\u02b9"
    text, at = m.string, m.start()
    line = text[text.rfind("\n", 0, at) + 1 : at]
    opened = [o.start() for o in _HEBREW_OPEN_SINGLE.finditer(line)]
    if opened and "'" not in line[opened[-1] + 1 :]:
        return m.group(0)  # the quotation opened last on the line is still open: this mark closes it
    return m.group(1).replace("'", "\u02b9").replace("\u05f3", "\u02b9") + "\u02b9"  # ג'ורג': both marks


def _hebrew_marks(text: str) -> str:
    """A Hebrew text's gershayim and geresh as the letters ʺ and ʹ (see above); any other text unchanged."""
    if not _HEBREW_LETTER.search(text):
        return text
    text = _HEBREW_GERESH.sub(_hebrew_geresh, _HEBREW_GERSHAYIM.sub("\u02ba", text))
    # A gershayim left (not inside a word) was typed for a quotation mark: the ASCII one, which the quote pairer reads.
    return text.replace("\u05f4", '"')


def _digits_from(zero: int) -> dict[int, str]:
    """A table reading a script's ten digits, from its zero on, as 0-9 (one for one: offsets hold)."""
    return str.maketrans({chr(zero + i): str(i) for i in range(10)})


# Devanagari digits (०-९), read as 0-9 one for one as the Arabic-script ones are (quotations are shown as written).
_DEVANAGARI_FOUND = re.compile("[\u0900-\u097f]")
_DEVANAGARI_DIGITS_FOUND = re.compile("[\u0966-\u096f]")
_DEVANAGARI_DIGITS = _digits_from(0x0966)


def _devanagari_digits(text: str) -> str:
    """A Devanagari text's digits as the other languages write them; a text without any unchanged."""
    if not _DEVANAGARI_DIGITS_FOUND.search(text):
        return text
    return text.translate(_DEVANAGARI_DIGITS)


# Thai digits (๐-๙), read as 0-9 one for one as the Devanagari ones are; Thai's vowel signs and tone marks are read
# as letters like Devanagari's (data._MARK_BLOCKS). Keyed on the script: a text without Thai is returned as it is.
_THAI_FOUND = re.compile("[\u0e01-\u0e5b]")
_THAI_DIGITS = _digits_from(0x0E50)


# Ethiopic punctuation (Amharic), read as the marks every stage knows, one character for one as the Arabic-script
# ones are: the full stop ። as ".", the comma ፣ as ",", the semicolon ፤ as ";", the colon ፥ and preface colon ፦ as ":",
# the question mark ፧ as "?", the paragraph separator ፨ as "."; the old wordspace ፡ between words as a space. Ethiopic
# numerals (፩ ... ፼) are additive and multiplicative (፲፪ is 12, ፻ 100) and are left as written: news writes 0-9.
# Keyed on the marks: a text without any is returned as it is.
# An abbreviation's slash between Ethiopic letters (ዶ/ር Dr, ወ/ሮ Mrs, ጠ/ሚ prime minister, ጽ/ቤት office: one or two
# letters before it) is read as the letter ᐟ (U+141F), so that the abbreviation stays one word (data/am lists write
# it so); a slash between digits (ኅዳር 3/2018, a date) or longer words is left.
_ETHIOPIC_MARKS_FOUND = re.compile("[\u1361-\u1368]|[\u1200-\u135a]/[\u1200-\u135a]")
_ETHIOPIC_ABBREVIATION_SLASH = re.compile("(?<![\u1200-\u135a])([\u1200-\u135a]{1,2})/(?=[\u1200-\u135a])")
_ETHIOPIC_MARKS = str.maketrans({"\u1361": " ", "\u1362": ".", "\u1363": ",", "\u1364": ";", "\u1365": ":",
                                 "\u1366": ":", "\u1367": "?", "\u1368": "."})


def _ethiopic_marks(text: str) -> str:
    """An Ethiopic text's punctuation as the other languages write it (see above)."""
    if not _ETHIOPIC_MARKS_FOUND.search(text):
        return text
    return _ETHIOPIC_ABBREVIATION_SLASH.sub("\\1\u141f", text.translate(_ETHIOPIC_MARKS))


# Bengali digits (০-৯), which Bangladeshi and Indian Bengali papers print in every figure and date, read as 0-9 one for
# one as the Devanagari ones are; its vowel signs and virama as letters (data._MARK_BLOCKS). Keyed on the script.
_BENGALI_FOUND = re.compile("[\u0980-\u09ff]")
_BENGALI_DIGITS = _digits_from(0x09E6)
# Tamil digits (௦-௯), read as 0-9 one for one as the Devanagari ones are (news writes 0-9, older pages and headlines
# now and then Tamil's own); Tamil's vowel signs and pulli are read as letters like Devanagari's (data._MARK_BLOCKS).
_TAMIL_FOUND = re.compile("[\u0b80-\u0bff]")
_TAMIL_DIGITS = _digits_from(0x0BE6)
# Khmer digits (០-៩), which Cambodian papers print in most figures and dates, read as 0-9 one for one as the Thai ones
# are, and its marks as the ones every stage knows (quotations are shown as written): the khan ។ and the bariyoosan ៕
# as the full stop (Punkt and every stage's sentence cut know no other end mark), the colon ៖ (after a dateline,
# 'ភ្នំពេញ៖', and before a quotation) as ":". Its vowel signs and coeng as letters (data._MARK_BLOCKS).
_KHMER_FOUND = re.compile("[\u1780-\u17f9]")
_KHMER_READING = str.maketrans({**{chr(0x17E0 + i): str(i) for i in range(10)},
                                "\u17d4": ".", "\u17d5": ".", "\u17d6": ":"})
# The scripts whose vowel signs are read as letters, each found by its block and its digits read by its reader; the
# first found in a text decides (a text is read as one of them).
_MARKED_SCRIPTS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (_DEVANAGARI_FOUND, _devanagari_digits),
    (_THAI_FOUND, methodcaller("translate", _THAI_DIGITS)),
    (_BENGALI_FOUND, methodcaller("translate", _BENGALI_DIGITS)),
    (_TAMIL_FOUND, methodcaller("translate", _TAMIL_DIGITS)),
    (_KHMER_FOUND, methodcaller("translate", _KHMER_READING)),
)


def analyse(text: str, settings: Settings) -> Analysis:
    """Everything learnt from one text: a pure function of (text, settings)."""
    # "‘" between two letters is the Uzbek okina (oʻ/gʻ, as most Uzbek sites type it): one letter, U+02BB,
    # so that every stage's word pattern reads Xo‘jayev, O‘zbekiston, so‘zlariga as one word (same length: offsets hold).
    written = text
    # (_OKINA opens with a look-behind, so its search tries every position: a text without "‘" skips it.)
    text = _armenian_punctuation(_OKINA.sub("\u02bb", text) if "\u2018" in text else text)
    text = _ethiopic_marks(_hebrew_marks(_joiners_as_letters(_harakat_after_word(_arabic_script_marks(text)))))
    # Devanagari's digits as 0-9 and its vowel signs as letters (data.marks_as_letters): every word pattern reads
    # 'भारत' as one word. One C-speed search of the block spares every other text both readings.
    marks_read = False
    for found, digits in _MARKED_SCRIPTS:
        if found.search(text):
            marked = data.marks_as_letters(digits(text))
            marks_read, text = marked is not text, marked
            break
    warnings: list[str] = []
    cleaned = cleaning.clean(text)
    blocks = cleaned.blocks
    limits = settings.limits
    if sum(b.end - b.start for b in blocks if b.kind == TEXT) > limits.max_text_chars:
        warnings.append(f"over {limits.max_text_chars:,} characters of running text: only the first analysed")
        blocks = _clip(text, blocks, _offset_after_chars(blocks, limits.max_text_chars))
    body = "\n".join(text[b.start : b.end] for b in blocks if b.kind == TEXT)
    lang = settings.lang or language.detect(body or text)
    # A language without word lists is read by the language-independent rules (data/any), not by the
    # lists of whichever supported language shares its letters, whose words would be misapplied to it.
    work_lang = language.word_lists(lang)
    if work_lang == "any":
        what = "could not be determined" if lang == language.UNDETERMINED else f"'{lang}' has no word lists"
        warnings.append(f"language {what}: read with language-independent rules only")
    sents: list[Sentence] = []
    for i, b in enumerate(blocks):
        if b.kind == TEXT:
            sents.extend(Sentence(a, z, i) for a, z in sentences.split(text, work_lang, b.start, b.end))
    if not sents:
        warnings.append("no running text found (only headings, short lines or page furniture): nothing to summarise")
    if len(sents) > limits.max_sentences:
        warnings.append(f"over {limits.max_sentences} sentences: only the first analysed")
        sents = sents[: limits.max_sentences]
        # Every later stage scans blocks, so the cap must bound their work too.
        blocks = _clip(text, blocks, sents[-1].end)
    # One People for quote attribution and the people list: finding the names is most of the cost.
    cast = speakers.people_of(text, speakers.text_spans(blocks), work_lang, speakers.caption_spans(blocks, text))
    found_quotes = quotes.find_quotes(text, blocks, sents, work_lang, cast)
    if len(found_quotes) > settings.limits.max_quotes:
        warnings.append(f"over {settings.limits.max_quotes} quotes: only the first kept")
        found_quotes = found_quotes[: settings.limits.max_quotes]
    if text != written:
        found_quotes = [_as_written(q, text, written) for q in found_quotes]
    # Figures' sources are named as the quotes name them, from the mentions outside quotations (marks
    # included, a cue between parts kept): a name inside a quotation ("« Rob Jetten veut montrer … »,
    # a estimé X. Elle a souligné que … 12,4 milliards") is no one's source, nor whom a pronoun after it
    # stands for. people() below asks again unmasked (a resolution is cheap beside finding the names).
    mask = [(a - 1, b + 1) for q in found_quotes for a, b in (q.parts or ((q.start, q.end),))]
    resolved = cast.resolve(mask)
    found_numbers = numbers.find_numbers(text, blocks, sents, found_quotes, work_lang, None, resolved)
    found_numbers = numbers.headline_numbers(text, blocks, work_lang, found_numbers, resolved) + found_numbers
    if len(found_numbers) > settings.limits.max_numbers:
        warnings.append(f"over {settings.limits.max_numbers} numbers: only the first kept")
        found_numbers = found_numbers[: settings.limits.max_numbers]
    summary = summaries.summarise(text, sents, work_lang, cleaned.title, settings.summary, found_quotes)
    people = cast.people()
    date, dates, places, visit_signals = visits.signals(text, blocks, sents, work_lang, found_quotes, people)
    # Only now is the article's date known: a year a source tells for it or later dates a plan.
    found_numbers = numbers.without_planned_years(found_numbers, date)
    analysis = Analysis(
        lang=lang,
        # (Every reading above is one character for one: the headline is shown as written, Persian digits and
        # Hebrew's " and ' too.)
        title=_title_as_written(cleaned.title, text, written) if text != written else cleaned.title,
        source=cleaned.source,
        date=date,
        blocks=blocks,
        sentences=tuple(sents),
        summary=tuple(summary),
        quotes=tuple(found_quotes),
        numbers=tuple(found_numbers),
        people=people,
        places=tuple(places),
        dates=tuple(dates),
        warnings=tuple(warnings),
        signals=visit_signals,
        roles=tuple((person, phrase, oblique) for person, (phrase, oblique) in cast.role_phrases().items()),
    )
    # Names, labels, roles and places were read from the text with its marks as letters: shown as written.
    analysis = _marks_as_written(analysis) if marks_read else analysis
    if text != written and _HARAKAT_INSIDE.search(written):
        analysis = _names_rewritten(analysis, _harakat_as_written(text, written))
    return _names_rewritten(analysis, _joiner_as_written) if text != written and "\u200c" in written else analysis


def _joiner_as_written(s: str | None) -> str | None:
    """A name with the non-joiner the article wrote where the stages read ـ (see _joiners_as_letters)."""
    return s.replace(_TATWEEL, "\u200c") if s and _TATWEEL in s else s


def _harakat_as_written(text: str, written: str) -> Callable[[str | None], str | None]:
    """A name with its words' harakat where the article wrote them ('عبدالرحمٰن', not the stages' 'عبدالرحمنٰ': see
    _harakat_after_word), read off the words the move changed."""
    moved = {text[m.start() : m.end()]: m.group() for m in _ARABIC_MARKED_WORD.finditer(written)
             if text[m.start() : m.end()] != m.group()}

    def w(s: str | None) -> str | None:
        return _ARABIC_MARKED_WORD.sub(lambda m: moved.get(m.group(), m.group()), s) if s else s
    return w


def _names_rewritten(a: Analysis, w: Callable[[str | None], str | None]) -> Analysis:
    """The analysis with its names, roles and figures' labels rewritten by `w` as the article writes them: the
    non-joiner where the stages read ـ ('علی‌رضا نوری', 'رئیس‌جمهور ترکیه', not 'علیـرضا'), the harakat inside a word.
    Every name of the analysis changes alike (its quotes', figures', people's, roles' and the visit signals' forms),
    so they still match one another and the article's text; fold() reads the marks as nothing."""
    signals = a.signals
    if signals is not None:
        signals = replace(signals, forms=tuple((w(f) or f, n) for f, n in signals.forms))
    return replace(
        a,
        quotes=tuple(replace(q, speaker=w(q.speaker), speaker_form=w(q.speaker_form)) for q in a.quotes),
        numbers=tuple(replace(n, speaker=w(n.speaker), what=w(n.what) or "") for n in a.numbers),
        people=tuple(w(p) or p for p in a.people),
        roles=tuple((w(p) or p, w(r) or r, o) for p, r, o in a.roles),
        signals=signals,
    )


def _title_as_written(title: str | None, text: str, written: str) -> str | None:
    """The headline as the article writes it where the stages read it one character for one (Devanagari digits
    ०-९ read as 0-9: '₹२५,००० करोड़' was shown '₹25,000 करोड़'; Persian ۱۰ as 10; a non-joiner as ـ)."""
    at = text.find(title) if title else -1
    return title if at < 0 or title is None else written[at : at + len(title)]


def _marks_as_written(value: Any) -> Any:
    """Every string in an analysis (dataclasses, tuples, lists and dicts walked) with the letters that stood for
    a script's combining marks (data.marks_as_letters) made marks again. Called only for a text that had any."""
    if isinstance(value, str):
        return data.letters_as_marks(value)
    if isinstance(value, Packed):  # columns of records (the figures): unpacked, walked, packed again
        return Packed.of(value._cls, [_marks_as_written(record) for record in value])
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple takes its fields one by one
        return type(value)(*map(_marks_as_written, value))
    if isinstance(value, (tuple, list)):
        return type(value)(map(_marks_as_written, value))
    if isinstance(value, dict):
        return {_marks_as_written(k): _marks_as_written(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _marks_as_written(getattr(value, f.name)) for f in fields(value)})
    return value


def _as_written(quote: Quote, text: str, written: str) -> Quote:
    """The quote with its words as the article writes them: the marks read one for one above
    (Armenian ։, the okina) are the stages' business, a quotation is shown verbatim."""
    out, at = [], 0
    for a, b in quote.parts or ((quote.start, quote.end),):
        k = quote.text.find(text[a:b], at)
        if k < 0:
            return quote
        out += (quote.text[at:k], written[a:b])
        at = k + b - a
    return replace(quote, text="".join((*out, quote.text[at:])))


def _offset_after_chars(blocks: Sequence[Block], budget: int) -> int:
    """The file offset where `budget` characters of running text have been seen."""
    for b in blocks:
        if b.kind == TEXT:
            if b.end - b.start >= budget:
                return b.start + budget
            budget -= b.end - b.start
    return blocks[-1].end if blocks else 0


def _clip(text: str, blocks: Sequence[Block], cut: int) -> tuple[Block, ...]:
    """Text beyond `cut` set aside as not analysed (shown as such in the reader), offsets kept."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != TEXT or b.end <= cut:
            out.append(b)
        elif b.start >= cut:
            out.append(replace(b, kind=FURNITURE, reason="beyond the analysis limit"))
        else:
            out.append(replace(b, end=cut))
            out.append(Block(cut, b.end, FURNITURE, "beyond the analysis limit"))
    return tuple(out)


def _analyse_job(job: tuple[str, Settings]) -> Analysis | str:
    """analyse() for a worker: a failure on one article becomes a message, never the run's end."""
    try:
        return analyse(*job)
    except Exception as exc:  # noqa: BLE001 - one hostile file must not stop the corpus
        return f"analysis failed ({type(exc).__name__}: {exc}); article skipped"


def _analyse_encoded(job: tuple[str, Settings]) -> bytes | str:
    """_analyse_job for a pool: the worker encodes, so the parent stores the bytes as they come and
    builds one compact copy instead of unpickling objects and encoding them again."""
    outcome = _analyse_job(job)
    return outcome if isinstance(outcome, str) else encode(outcome)


class _Shipped:
    """A text on its way to a pool worker, which receives it as a plain str.

    Pickling a str caches its UTF-8 form inside it for the rest of its life (CPython keeps it
    along with the text): an archive sent to the workers would stay in memory twice. Encoded here,
    the UTF-8 copy lives only as long as the pickle.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __reduce__(self) -> tuple[type[str], tuple[bytes, str, str]]:
        return str, (self.text.encode("utf-8", "surrogatepass"), "utf-8", "surrogatepass")


def masked(source: Source) -> str:
    """The text with its front matter blanked, so offsets still point into the file."""
    if not source.body_start:
        return source.text
    head = source.text[: source.body_start]
    return "".join(c if c in "\r\n" else " " for c in head) + source.text[source.body_start :]


def build(
    paths: Sequence[str],
    config: Config,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    partial: Partial | None = None,
    visits: Sequence[str] = (),
    since: str | None = None,
) -> Digest:
    """Read, analyse and assemble the digest of every article under paths, narrowed to the chosen
    visits (ids or unique prefixes) and to those ending on or after `since`."""
    corpus = _gather(paths, config)
    return _build(corpus, use_cache, jobs, progress, partial, visits, since)[0]


def printed(
    paths: Sequence[str],
    config: Config,
    name: str,
    render: Callable[[Digest], Iterable[str]],
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    visits: Sequence[str] = (),
) -> Printed:
    """What render makes of build()'s digest (of the chosen visits). With the cache, the text is
    stored, and printed again as it is while no article, setting or line of code changes; `name`
    stands for everything else the text depends on (command, format, width...)."""
    corpus = _gather(paths, config)
    folder = default_dir(config.cache_dir)
    if use_cache:
        store = Cache(folder)
        try:
            complete = store.has_all(corpus.keys)
        finally:
            store.close()
        cache_warnings = tuple(Problem("", w) for w in store.warnings)
        if complete:
            stored = stored_text(folder, _text_key(corpus.key(), name, visits))
            if stored is not None:
                if progress:
                    progress(len(corpus.sources), len(corpus.sources), "")  # every article came from the cache
                return Printed(stored.warnings + cache_warnings, (), stored.text)
        corpus.problems.extend(cache_warnings)
    digest, known = _build(corpus, use_cache, jobs, progress, None, visits, None)
    pieces = render(digest)
    if known is not None:
        pieces = storing_text(folder, _text_key(known, name, visits), digest.warnings, pieces)
    return Printed(digest.warnings, pieces, None)


@dataclass(frozen=True)
class Printed:
    """A front end's text of a digest: made now, piece by piece, or stored from last time."""

    warnings: tuple[Problem, ...]
    """The digest's warnings, to show beside the text."""
    pieces: Iterable[str]
    """The text as it is made (nothing when stored is set)."""
    stored: Iterator[bytes] | None
    """The text as printed last time, UTF-8, a piece at a time."""


def _text_key(corpus: str, name: str, visits: Sequence[str]) -> str:
    about = f"{corpus}\0{output_fingerprint()}\0{name}\0{list(visits)!r}"
    return hashlib.sha256(about.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class _Corpus:
    """The articles under some paths, read and keyed, before any analysis."""

    sources: list[tuple[Source, Found]]
    problems: list[Problem]
    config: Config
    """The configuration the analyses use."""
    assembly: Config
    """The configuration assembling uses (with folder rules)."""
    keys: list[str]

    def key(self) -> str:
        """The key of the assembled digest, while every article is analysed and cached."""
        return corpus_key(self.assembly, self.sources, self.keys, self.problems)


def _gather(paths: Sequence[str], config: Config) -> _Corpus:
    found, problems = discover(list(paths))
    sources, read_problems = _read_all(found, config)
    problems += read_problems
    cfg = _with_folder_rules(config, found, problems)
    return _Corpus(sources, problems, config, cfg, cache_keys([s for s, _ in sources], config))


def _build(
    corpus: _Corpus,
    use_cache: bool,
    jobs: int | None,
    progress: Progress | None,
    partial: Partial | None,
    visits: Sequence[str],
    since: str | None,
) -> tuple[Digest, str | None]:
    """The digest, and the key its assembly is stored under (None without the cache)."""
    sources, problems, config, cfg, keys = (
        corpus.sources, corpus.problems, corpus.config, corpus.assembly, corpus.keys
    )
    if use_cache:
        store = Cache(default_dir(config.cache_dir))
        try:
            # Nothing changed since the last run: restore its digest and load only the analyses shown.
            if store.has_all(keys):
                known = corpus.key()
                products = store.get_products(known)
                if products is not None:
                    restored = _completed(products, sources, keys, store.get_many, visits, since)
                    if restored is not None:
                        if progress:
                            progress(len(sources), len(sources), "")  # every article came from the cache
                        return restored, known
        finally:
            store.close()
            problems.extend(Problem("", w) for w in store.warnings)
    on_ready = None
    if partial is not None:
        last = [time.monotonic()]

        def on_ready(results: dict[int, Analysis]) -> None:
            if time.monotonic() - last[0] < PARTIAL_EVERY_S or len(results) == len(sources):
                return
            done = sorted(results)
            arts = _articles([sources[i] for i in done], [results[i] for i in done])
            partial(assemble(arts, cfg, list(problems)))
            last[0] = time.monotonic()

    analyses = analyse_sources(
        [s for s, _ in sources], config, use_cache=use_cache, jobs=jobs, progress=progress, problems=problems,
        on_ready=on_ready, keys=keys,
    )
    articles = _articles(sources, analyses)
    if not use_cache:
        return select(assemble(articles, cfg, problems, jobs=jobs), visits, since), None
    # Grouping, speakers and conflicts cost seconds on an archive; with no article, setting or
    # folder rule changed, the last result is reused.
    by_key = {k: a for k, a in zip(keys, analyses) if a is not None}
    analysed = [(sf, k) for sf, k in zip(sources, keys) if k in by_key]
    known = corpus_key(cfg, [sf for sf, _ in analysed], [k for _, k in analysed], problems)
    store = Cache(default_dir(config.cache_dir))
    try:
        products = store.get_products(known)
        if products is not None:
            restored = _completed(
                products, sources, keys, lambda ks: {k: by_key[k] for k in ks if k in by_key}, visits, since
            )
            if restored is not None:
                return restored, known
        digest = assemble(articles, cfg, problems, jobs=jobs)
        store.put_products(known, digest)
    finally:
        store.close()
    return select(digest, visits, since), known


def _completed(
    products: Products,
    sources: list[tuple[Source, Found]],
    keys: list[str],
    load: Callable[[list[str]], dict[str, Analysis]],
    visits: Sequence[str],
    since: str | None,
) -> Digest | None:
    """The chosen part of a digest assembled earlier, its articles given their text and analysis
    (only the chosen ones are loaded); None when an analysis is missing."""
    skeleton = products.digest
    wanted = list(skeleton.articles)
    if visits or since:
        chosen = {v.id for v in chosen_visits(skeleton.visits, visits, since)}
        wanted = [a for a in wanted if a.visit in chosen]
    index = dict(zip(_ids([s for s, _ in sources]), range(len(sources))))
    if any(a.id not in index for a in wanted):
        return None
    loaded = load([keys[index[a.id]] for a in wanted])
    articles = []
    for a in wanted:
        i = index[a.id]
        if keys[i] not in loaded:
            return None
        articles.append(replace(a, text=sources[i][0].text, analysis=loaded[keys[i]]))
    digest = replace(
        skeleton,
        articles=tuple(articles),
        quotes=corpus_quotes(articles, products.requoted, stories := story_visits(articles, skeleton.visits)),
        numbers=corpus_numbers(articles, products.renamed, stories),
    )
    return select(digest, visits, since)


def _read_all(found: list[Found], config: Config) -> tuple[list[tuple[Source, Found]], list[Problem]]:
    out: list[tuple[Source, Found]] = []
    problems: list[Problem] = []
    for f in found:
        try:
            out.append((read(f.path, config.limits.max_file_bytes), f))
        except InputError as exc:
            problems.append(Problem(exc.path, exc.reason))
    return out, problems


def settings_for(source: Source, config: Config) -> Settings:
    """The analysis settings of one file (its metadata may force a language)."""
    return Settings(config.summary, config.limits, source.meta.get("lang") or config.lang)


def analyse_sources(
    sources: Sequence[Source],
    config: Config,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    problems: list[Problem] | None = None,
    on_ready: Callable[[dict[int, Analysis]], None] | None = None,
    keys: Sequence[str] | None = None,
) -> list[Analysis | None]:
    """Analyses in the order of sources (None where analysis failed), misses in a process pool.
    keys, when given, are cache_keys(sources, config)."""
    problems = problems if problems is not None else []
    sources = list(sources)
    texts = [masked(s) for s in sources]
    sets = [settings_for(s, config) for s in sources]
    keys = list(keys) if keys is not None else cache_keys(sources, config)
    cache = Cache(default_dir(config.cache_dir)) if use_cache else None
    hits = cache.get_many(keys) if cache else {}
    results: dict[int, Analysis] = {}
    misses: list[int] = []
    for i, k in enumerate(keys):
        if k in hits:
            results[i] = hits[k]
        else:
            misses.append(i)
    total = len(sources)
    done = len(results)
    if progress and done:
        progress(done, total, "")
    fresh: dict[str, bytes] = {}
    workers = min(jobs or os.cpu_count() or 1, len(misses))
    with ExitStack() as stack:
        outcomes: Iterable[tuple[int, Analysis | bytes | str]]
        if workers > 1 and len(misses) >= PARALLEL_THRESHOLD:
            from concurrent.futures import ProcessPoolExecutor

            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
            chunk = max(1, min(32, len(misses) // (workers * 4)))
            jobs_in = [(_Shipped(texts[i]), sets[i]) for i in misses]
            outcomes = zip(misses, pool.map(_analyse_encoded, jobs_in, chunksize=chunk))
        else:
            outcomes = ((i, _analyse_job((texts[i], sets[i]))) for i in misses)
        for i, outcome in outcomes:
            done += 1
            _keep(i, outcome, results, fresh, keys, sources, problems)
            # Written as they come: an interrupted archive run keeps what it finished.
            if cache and len(fresh) >= WRITE_EVERY:
                cache.put_many(fresh)
                fresh.clear()
            if progress:
                progress(done, total, sources[i].path)
            if on_ready:
                on_ready(results)
    if cache:
        cache.put_many(fresh)
        cache.close()
        problems.extend(Problem("", w) for w in cache.warnings)
    return [results.get(i) for i in range(total)]


def cache_keys(sources: Sequence[Source], config: Config) -> list[str]:
    """The cache key of each source's analysis."""
    return [key(masked(s), settings_for(s, config).cache_key()) for s in sources]


def _keep(
    i: int,
    outcome: Analysis | bytes | str,
    results: dict[int, Analysis],
    fresh: dict[str, bytes],
    keys: list[str],
    sources: list[Source],
    problems: list[Problem],
) -> None:
    if isinstance(outcome, str):
        problems.append(Problem(sources[i].path, outcome))
    elif isinstance(outcome, bytes):
        fresh[keys[i]] = outcome
        results[i] = decode(outcome)
    else:
        fresh[keys[i]] = encode(outcome)
        results[i] = outcome


def _ids(sources: Sequence[Source]) -> list[str]:
    """Each source's article id (unique in the corpus)."""
    taken: set[str] = set()
    return [article_id(s.path, taken) for s in sources]


def _articles(sources: list[tuple[Source, Found]], analyses: Sequence[Analysis | None]) -> list[Article]:
    out = []
    for (src, f), a, ident in zip(sources, analyses, _ids([s for s, _ in sources])):
        if a is None:
            continue
        meta = src.meta
        hint, hint_by = None, None
        if meta.get("visit"):
            hint, hint_by = meta["visit"], "metadata"
        elif f.folder:
            hint, hint_by = f.folder.split("/")[0], "folder"
        out.append(
            Article(
                id=ident,
                path=src.path,
                text=src.text,
                analysis=a,
                title=meta.get("title") or a.title,
                source=meta.get("source") or a.source,
                url=meta.get("url"),
                date=meta.get("date") or a.date,
                lang=meta.get("lang") or a.lang,
                visit_hint=hint,
                visit_hint_by=hint_by,
                warnings=src.warnings + a.warnings,
            )
        )
    return out


def _with_folder_rules(config: Config, found: Sequence[Found], problems: list[Problem]) -> Config:
    """The config with each top folder's visit.toml rule added (warnings go to problems)."""
    rules = list(config.visits)
    known = {r.id for r in rules}
    for f in found:
        if f.root and f.folder:
            top = f.folder.split("/")[0]
            if top in known:
                continue
            rule, warns = folder_rule(f.root, top)
            problems.extend(Problem(f.path, w) for w in warns)
            if rule:
                rules.append(rule)
            known.add(top)
    return replace(config, visits=tuple(rules))


def shown_names(said: Sequence[Quote], merged: Sequence[Quote], person: Mapping[str, str]) -> dict[str, str]:
    """The name each quoted form goes by in visits after merging (said's quotes and merged's, pairwise): the
    person's heading (person maps every name a quote may carry to it, so "Мартін Шебестян" is "Martin
    Šebestyán" however the article writes him). A form that heads a person of its own keeps it: merging may
    give one of its quotes to another speaker (the original's and its translation's attributions settled),
    which makes the two no one person."""
    heads = [person.get(m.speaker, m.speaker) if m.speaker else None for m in merged]
    listed = set(filter(None, heads))
    return {q.speaker: q.speaker if q.speaker in listed else head
            for q, head in zip(said, heads) if q.speaker and head}


def assemble(articles: list[Article], cfg: Config, problems: list[Problem], jobs: int | None = 1) -> Digest:
    """Corpus-level work on analysed articles: translations, visits, speakers, conflicts, digests
    (cfg holds the folder rules, problems every warning so far). With jobs > 1 (None: every core), the
    figures' measures and the visits' summaries are found in that many worker processes (see _in_parallel)."""
    articles = visits.link_duplicates(articles, cfg)
    # Speakers before visits: a visit's participants and title name a quoted person as the speakers list
    # does (merging reads the articles' languages and translations, nothing grouping sets).
    said = list(corpus_quotes(articles))
    merged, speaker_list = speakers.build_speakers(said, articles, cfg)
    shown = shown_names(said, merged, speakers.persons(speaker_list))
    del said
    articles, visit_list = visits.group(articles, cfg, shown)
    # A round-up is its lead story's visit; its later stories' quotes and figures are the visits held in their
    # cities, which list the round-up (a reader of the other visit finds them there).
    stories = visits.story_visits(articles, visit_list)
    visit_list = visits.with_stories(visit_list, stories)
    # Kept as what merging changed: the merged records go, the digest reads the articles' own.
    merged_quotes = corpus_quotes(articles, _requoted(articles, merged), stories)
    del merged
    named = _speakers_named(articles, speaker_list)
    all_numbers = corpus_numbers(articles, named)
    # Only figures with a family can conflict or recur: only those are built, once for both.
    measured = all_numbers.built(lambda row: numbers.has_family(row[_UNIT], row[_QUALIFIER]))
    # A round-up's later stories tell of other visits: their figures are compared there, or nowhere.
    if stories:
        measured = [_in_story(n, stories[n.article]) if n.article in stories else n for n in measured]
    art_by_id = {a.id: a for a in articles}
    workers = jobs or os.cpu_count() or 1
    # Forking is safe only from a process with one thread (the TUI assembles in a thread worker).
    if (workers > 1 and len(measured) >= PARALLEL_FIGURES and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1):
        conflicts, trends, digests = _in_parallel(measured, articles, visit_list, cfg, workers)
    else:
        conflicts = numbers.find_conflicts(measured, articles, cfg.languages)
        trends = numbers.find_trends(measured, visit_list)
        digests = [summaries.visit_summary([art_by_id[i] for i in v.articles], cfg.summary, cfg.languages) for v in visit_list]
    del measured
    # Conflicts compare persons (headings); each figure then names its speaker as its article's script does.
    all_numbers = corpus_numbers(articles, speakers.figures_in_own_script(
        articles, named, ((t[2], t[4]) for t in merged_quotes.tagged()), speaker_list), stories)
    visit_list = [replace(v, summary=digest) for v, digest in zip(visit_list, digests)]
    for a in articles:
        problems.extend(Problem(a.path, w) for w in a.warnings)
    return Digest(
        version=__version__,
        articles=tuple(articles),
        visits=tuple(_sorted_visits(visit_list)),
        quotes=merged_quotes,
        numbers=all_numbers,
        speakers=tuple(speaker_list),
        conflicts=tuple(conflicts),
        trends=tuple(trends),
        warnings=tuple(problems),
    )


def _in_story(n: KeyNumber, stories: Sequence[tuple[int, str]]) -> KeyNumber:
    """A figure of a round-up with the visit of the story it stands in (see visits.story_visits)."""
    return replace(n, visit=story_visit(n.visit, stories, n.start))


# What the workers of _in_parallel read: set before they are forked, they inherit it (nothing is pickled).
_SHARED: dict[str, Any] = {}
# Figures measured per job (a few thousand make a visit of a thousand articles).
MEASURE_CHUNK = 400


def _in_parallel(
    measured: list[KeyNumber], articles: list[Article], visit_list: list[Visit], cfg: Config, workers: int
) -> tuple[tuple[Conflict, ...], tuple[Trend, ...], list[tuple[SummaryLine, ...]]]:
    """find_conflicts, find_trends and each visit's summary, as the serial path of assemble finds them:
    the figures find_conflicts measures and the visits' summaries in forked worker processes, the
    trends meanwhile here, then the conflicts here on those measures."""
    from concurrent.futures import ProcessPoolExecutor

    by_id = {a.id: a for a in articles}
    first = numbers.first_measured(numbers.conflict_groups(measured, by_id), by_id)
    _SHARED.update(
        first=first, by_id=by_id, summary=cfg.summary, languages=cfg.languages,
        members={v.id: [by_id[i] for i in v.articles] for v in visit_list},
    )
    # The workers' garbage collections leave the inherited objects alone: a collection walking them
    # would copy every page they sit on, for nothing (none is garbage while this process holds them).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            chunks = [pool.submit(_measure_job, k, k + MEASURE_CHUNK) for k in range(0, len(first), MEASURE_CHUNK)]
            digests = [pool.submit(_summary_job, v.id) for v in visit_list]
            trends = numbers.find_trends(measured, visit_list)
            # One copy of each distinct measure, across the chunks too; the futures go with their copies.
            measures = numbers.shared_measures(m for f in chunks for m in f.result())
            del chunks
            conflicts = numbers.find_conflicts(measured, articles, cfg.languages, measure=lambda figures: measures)
            return conflicts, trends, [f.result() for f in digests]
    finally:
        gc.unfreeze()
        _SHARED.clear()


def _measure_job(lo: int, hi: int) -> list[Any]:
    """In a worker: the measures of first_measured()'s figures lo to hi."""
    return numbers.measure_figures(_SHARED["first"][lo:hi], _SHARED["by_id"])


def _summary_job(visit: str) -> tuple[SummaryLine, ...]:
    """In a worker: one visit's summary."""
    return summaries.visit_summary(_SHARED["members"][visit], _SHARED["summary"], _SHARED["languages"])


def corpus_quotes(
    articles: Sequence[Article], changed: dict[str, dict[int, tuple[str | None, tuple[str, ...]]]] | None = None,
    stories: Mapping[str, Stories] | None = None,
) -> TaggedQuotes:
    """Every quote of the corpus, in article order, tagged with its id, article and visit (and the
    speaker and translations where changed gives them, per article id and quote index; a round-up's later
    story's visit where stories gives one, see visits.story_visits)."""
    # Tagged as read: an archive's digest does not hold a second copy of every quote.
    return TaggedQuotes(
        (a.id, a.visit or "", a.analysis.quotes, changed.get(a.id, {}) if changed else {},
         stories.get(a.id, ()) if stories else ()) for a in articles
    )


def _requoted(articles: Sequence[Article], merged: Sequence[Quote]) -> dict[str, dict[int, tuple[str | None, tuple[str, ...]]]]:
    """Per article id, its quotes (by index) whose speaker or translations merging changed."""
    out: dict[str, dict[int, tuple[str | None, tuple[str, ...]]]] = {}
    final = iter(merged)
    for a in articles:
        mine = {
            i: (q.speaker, q.also_in)
            for i, (orig, q) in enumerate(zip(a.analysis.quotes, final))
            if (q.speaker, q.also_in) != (orig.speaker, orig.also_in)
        }
        if mine:
            out[a.id] = mine
    return out


def corpus_numbers(articles: Sequence[Article], renamed: dict[str, dict[int, str | None]] | None = None,
                   stories: Mapping[str, Stories] | None = None) -> Tagged:
    """Every figure of the corpus, in article order, tagged with its id, article and visit (and the
    speaker's display name where renamed gives one, per article id and figure index; a round-up's later
    story's visit where stories gives one, see visits.story_visits)."""
    # Tagged as read: an archive's figures are not all held as records at once.
    return Tagged(
        (a.id, a.visit or "", Packed.of(KeyNumber, a.analysis.numbers), renamed.get(a.id, {}) if renamed else {},
         stories.get(a.id, ()) if stories else ())
        for a in articles
    )


# Where a figure's unit and qualifier sit in its packed row.
_UNIT = [f.name for f in fields(KeyNumber)].index("unit")
_QUALIFIER = [f.name for f in fields(KeyNumber)].index("qualifier")


def corpus_key(
    config: Config, sources: Sequence[tuple[Source, Found]], keys: Sequence[str], problems: Sequence[Problem]
) -> str:
    """What assembling depends on: settings and rules, warnings so far, and each analysed file's
    path, metadata, folder and analysis key (everything its Article is made of)."""
    h = hashlib.sha256(f"{__version__}\0{config!r}\0{problems!r}\0".encode("utf-8", "surrogatepass"))
    for (src, f), k in zip(sources, keys, strict=True):
        about = f"{k}\0{src.path}\0{sorted(src.meta.items())!r}\0{f.folder}\0{src.warnings!r}\0"
        h.update(about.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _speakers_named(articles: Sequence[Article], known: Sequence[Speaker]) -> dict[str, dict[int, str | None]]:
    """Per article id, its figures (by index) whose speaker goes under the display name their quotes
    use (Chancellor Olaf Scholz -> Olaf Scholz): corpus_numbers tags each figure once with it."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for sp in known:
        for form in (sp.name, *sp.aliases):
            for k in set(speakers.surname_keys(form)):
                buckets.setdefault(k, []).append((sp.name, form))
    memo: dict[str, str] = {}

    def display(name: str) -> str:
        if name not in memo:
            first, last = speakers.surname_keys(name)
            candidates = buckets.get(first, []) + buckets.get(last, [])
            # The speaker written exactly so first: a namesake's bare surname ("Iqbal", Ahsan Iqbal's) would take
            # Shazia Iqbal's figures as well as the speaker whose name she is.
            memo[name] = next((sp for sp, form in candidates if form == name), None) or next(
                (sp for sp, form in candidates if speakers._may_be_one_person(name, form) and speakers.same_person(name, form)
                 # (One person's Latin and Cyrillic forms, as build_speakers merges quotes: Ryžankou, Рыженков.)
                 or speakers.same_across_scripts(name, form)), name
            )
        return memo[name]

    renamed: dict[str, dict[int, str | None]] = {}
    for a in articles:
        said_by = Packed.of(KeyNumber, a.analysis.numbers).column("speaker")
        names = {i: display(name) for i, name in enumerate(said_by) if name}
        if names:
            renamed[a.id] = names
    return renamed


def _sorted_visits(vs: list[Visit]) -> list[Visit]:
    return sorted(vs, key=lambda v: (v.start or "9999", v.id))
