"""Dates in text: absolute, year-less and relative forms, resolved against an anchor date."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from itertools import chain, compress
from operator import itemgetter

from digest import data, places
from digest.language import unspaced
from digest.model import FURNITURE, TEXT, Block

# A word's apostrophe before a digit ends it: an elided article glued to a day ("l'11 settembre", "l'1 d'octubre",
# "dall'8 marzo") leaves the day a number token of its own.
# (Hebrew glues a one-letter prefix to a day with a hyphen, "ב-14 בנובמבר": the prefix is a token of its own, so
# that the day is read as a number; the alternative opens with a Hebrew prefix letter, tried at no other script's.)
_TOKEN = re.compile(r"\d{1,4}(?:[./-]\d{1,2}[./-]\d{2,4}|-\d{1,2}-\d{1,2}|·\d{1,2}·\d\d)?"
                    r"|[\u05d5\u05d1\u05dc\u05db\u05de\u05e9\u05d4](?<!\w.)[\u05d5\u05d1\u05dc\u05db\u05de\u05e9\u05d4]{0,2}-(?=\d)"
                    r"|[^\W\d_](?:[\w-]++|['’ʼ](?!\d))*+\.?",
                    re.UNICODE)
# Year first, by a hyphen (ISO) or, the same mark twice, a dot or slash (Mongolian and East Asian "2026.09.03").
_ISO = re.compile(r"^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
# Day, month and a two-digit year, by dots: Israeli sites' stamps ("פורסם: 12.11.26, 08:40", Ynet): this century's.
# Spanish and Catalan papers write the same stamp with middle dots ("Barcelona 14·10·26 | 20:12", El Periódico).
_DMY_SHORT = re.compile(r"^(\d{1,2})([.·])(\d{1,2})\2(\d\d)$")
# A month name in a span without a digit has no day nor year to read.
_DIGIT = re.compile(r"\d")
# How many characters around a month name its day and year are first looked for in.
_MONTH_CONTEXT = 40
# What every numeric date holds: only a span with one has its numbers read. Searched for from
# its first separator (a fast scan for three characters), the digit before it looked behind:
# a search from a span's second character finds it inside the span.
# The spaced form ("12. 11.") is hinted at by its first dot too.
_NUMERIC_HINT = re.compile(r"[./·-](?<=\d[./·-])(?:\d\d?[./·-]\d|(?<=\d\.)[ \u00a0]\d\d?\.)")
# Day and month each closed by a dot and a space, the year optional: Central European papers
# write "12. 11. 2025." (hr, sl) or "16. 4. 2025" (cs, sk), and "16. 4." with the year said elsewhere.
_SPACED = re.compile(
    r"(?<![\w.,])(0?[1-9]|[12]\d|3[01])\.[ \u00a0](0?[1-9]|1[0-2])\.(?:[ \u00a0]?((?:19|20)\d\d)(?![\d,]|\.\d))?(?![\d,]|\.\d)"
)
# Month names this short, or marked '!', are also ordinary words (mar, set, may):
# they count only next to a day or a year.
_SHORT = 3
# months.txt's month numbers for a word meaning "month" that takes its number from the ordinal before it (Mongolian
# "11 дүгээр сар"), and for the ordinal marks after a digit ("дүгээр", "-р"): no month by themselves.
_NUMBERED, _ORDINAL_MARK = 13, 14
# months.txt's month number for a word meaning "month" that takes its number from the digit right after it
# (Vietnamese "tháng 11", "ngày 12 tháng 11 năm 2026", "tháng 11/2026"): no month by itself.
_LEADING = 15
# The value given to the first word of a month named in two words ("كانون الثاني" January, "كانون الأول"
# December in Levantine Arabic), written in months.txt joined by "_" under the month's number: the word after it
# picks the month. (Set by the reader, never written in months.txt; distinct from the numbers above.)
_PAIRED = 16
# A month of the Solar Hijri calendar (Iran's and Afghanistan's): months.txt numbers it 100 + its month (101
# فروردین … 112 اسفند), and _solar_mention reads its day and year (1300-1500 of that calendar) and gives the Gregorian
# date, so that an Iranian article dates and groups with every other.
_SOLAR = 100
_SOLAR_YEARS = range(1300, 1501)
# The Solar Hijri leap years are those whose remainder by 33 is one of these (the arithmetic 33-year rule, which
# matches the astronomical calendar for the years news writes: 1403 and 1408 are leap, 1404-1407 are not).
_SOLAR_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
# A known new year's day of that calendar: 1 Farvardin 1404 = 21 March 2025.
_FARVARDIN_1404 = date(2025, 3, 21)
# A month of the Ethiopian calendar (Ethiopia's civil one, which its press dates by): months.txt numbers it 200 + its
# month (201 መስከረም … 212 ነሐሴ, 213 ጳጉሜ, the five or six days closing the year), and _ethiopian_mention reads its
# day after it and perhaps its year (ኅዳር 3/2018, ኅዳር 3 ቀን 2018 ዓ.ም) and gives the Gregorian date by arithmetic.
_ETHIOPIAN = 200
_ETHIOPIAN_YEARS = range(1900, 2101)
# The Julian Day Number of 1 Meskerem of the year 1 (the Ethiopian calendar's epoch) and of the Gregorian ordinal 1.
_ETHIOPIAN_EPOCH_JDN = 1724221
_ORDINAL_JDN = 1721425
# A month of the Bikram Sambat calendar (Nepal's official one, which its press dates by): months.txt numbers it 300 +
# its month (301 बैशाख … 312 चैत), and _bikram_mention reads its day (before or after it, perhaps with गते) and perhaps
# its year (before the month or after the day) and gives the Gregorian date from data/ne/bikram_sambat.txt, since its
# month lengths change from year to year by no rule.
_BIKRAM = 300
_YEARS = range(1900, 2101)
# Where a dateline may carry the publication day ("Mosca, Cremlino, 12 novembre –").
_DATELINE_CHARS = 160
_HEADER_BLOCKS = 12
# A standfirst is a sentence or two; the byline or date line after it is one short line.
_DEK_CHARS = 400
_DATE_LINE_CHARS = 80


@dataclass(frozen=True)
class Mention:
    """A date as written: any of its parts may be missing."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """ISO weekday (1 = Monday) for 'mercoledì', 'am Donnerstag'."""
    offset: int | None = None
    """Days from the anchor for 'ieri', 'heute'."""


@dataclass(frozen=True)
class _Words:
    exact: dict[str, tuple[int, bool]]
    stems: places.Stems[int]
    pairs: dict[str, dict[str, int]] = field(default_factory=dict)
    """First word of a two-word month name -> its second word -> the month (see _PAIRED)."""


@dataclass(frozen=True)
class _Lexicon:
    """A language's date words, and which of them may make a mention (the rest are connectors
    and short relative words)."""

    months: _Words
    weekdays: _Words
    relative: _Words
    keys: frozenset[str]
    """Exact forms that may make a mention."""
    stems: places.Stems[int]
    """Every stem of the three lists."""

    def date_words(self, folded: Sequence[str]) -> set[str]:
        """Those of the case-folded words that may make a mention."""
        seen = set(folded)
        found = self.keys & seen
        return found | self.stems.matching(seen) if self.stems.by_head else found


def _read(lang: str, what: str) -> list[tuple[int, list[str]]]:
    try:
        text = data.marks_as_letters(resources.files(f"digest.data.{lang}").joinpath(f"{what}.txt").read_text("utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            rows.append((int(parts[0]), parts[1:]))
    return rows


@cache
def _words(lang: str, what: str) -> _Words:
    exact: dict[str, tuple[int, bool]] = {}
    stems: list[tuple[str, int]] = []
    pairs: dict[str, dict[str, int]] = {}
    for value, forms in _read(lang, what):
        for form in forms:
            if "_" in form:
                # A two-word month name: its first word makes a mention; the second tells which month.
                first, _, second = form.rstrip("!").partition("_")
                pairs.setdefault(first, {})[second] = value
                exact[first] = (_PAIRED, False)
            elif form.endswith("*"):
                stems.append((form[:-1], value))
            else:
                # Short weekday forms were always read alone; only a '!' weekday needs context.
                needs_number = form.endswith("!") or (len(form) <= _SHORT and what != "weekdays")
                exact[form.rstrip("!")] = (value, needs_number)
    return _Words(exact, places.Stems.of(stems), pairs)


@cache
def _lexicon(lang: str) -> _Lexicon:
    months, weekdays, relative = _words(lang, "months"), _words(lang, "weekdays"), _words(lang, "relative")
    keys = frozenset(
        [w for w, (value, _) in months.exact.items() if value]
        + [w for w, (value, _) in weekdays.exact.items() if value]
        + [w for w, (_, needs_number) in relative.exact.items() if not needs_number]
    )
    stems = places.Stems.of(chain.from_iterable(w.stems.items() for w in (months, weekdays, relative)))
    return _Lexicon(months, weekdays, relative, keys, stems)


def _match(words: _Words, token: str) -> tuple[int, bool] | None:
    return _lookup(words, token.casefold().rstrip("."))


def _lookup(words: _Words, folded: str) -> tuple[int, bool] | None:
    if folded in words.exact:
        return words.exact[folded]
    value = words.stems.get(folded)
    return None if value is None else (value, False)


def is_weekday(word: str, lang: str) -> bool:
    """Whether a word is one of the language's weekday names, in any of its forms ("вторник", "Dienstag")."""
    found = _lookup(_words(lang, "weekdays"), word.casefold())
    return found is not None and found[0] != 0


@cache
def weekday_forms(lang: str) -> tuple[str, ...]:
    """The language's weekday forms as written in weekdays.txt (a trailing * is a stem)."""
    return tuple(form.rstrip("!") for value, forms in _read(lang, "weekdays") if value for form in forms)


def find(text: str, lang: str, spans: Iterable[tuple[int, int]], scanned: places.Scan | None = None) -> list[Mention]:
    """Every date mention inside the spans, in text order.

    `scanned` is the spans' places.scan() when the caller has it already: only the words it
    marks as date words, and the numbers of spans holding a numeric date, are looked at.
    """
    if unspaced(lang):
        return _unspaced_mentions(text, lang, spans)
    lex = _lexicon(lang)
    sc = places.scan(text, spans) if scanned is None else scanned
    folded = sc.folded
    # Date words by span: the spans without one are left alone.
    by_span: dict[int, list[int]] = {}
    words = lex.date_words(folded)
    for i in compress(range(len(folded)), map(words.__contains__, folded)):
        by_span.setdefault(sc.span_of(i), []).append(i)
    # One look over the whole text first: most texts write no numeric date.
    numeric: set[int] = set()
    if sc.spans and _NUMERIC_HINT.search(text, sc.spans[0][0] + 1, max(map(itemgetter(1), sc.spans))):
        numeric = {k for k, (a, b) in enumerate(sc.spans) if _NUMERIC_HINT.search(text, a + 1, b)}
    out: list[Mention] = []
    for k in sorted(numeric.union(by_span)):
        out.extend(_span_mentions(text, sc, k, lex, by_span.get(k, ()), k in numeric))
    return out


# The first day of a range of days before the last day and its month: a day, then a dash or a short word ("to",
# "au", "al", "bis", "по", "do") right before the last day.
_RANGE_OPENING = re.compile(r"(?<![\d.,])(\d{1,2})\.?(?:\s*[-–—]\s*|\s+[^\W\d_]{1,3}\s+)$")


def _span_mentions(
    text: str, sc: places.Scan, k: int, lex: _Lexicon, hits: Sequence[int], numeric: bool
) -> list[Mention]:
    """The mentions of span k, given its date words and whether it holds a numeric date."""
    a, b = sc.spans[k]
    # (offset of the word or number making the mention, mention): sorted, they are in text order.
    found: list[tuple[int, Mention]] = []
    tokens: list[re.Match[str]] = []
    if numeric:
        tokens = list(_TOKEN.finditer(text, a, b))
        found += [
            (t.start(), Mention(t.start(), t.end(), *m))
            for t in tokens
            if t.group()[0].isdigit() and (m := _numeric(t.group()))
        ]
        found += [(m.start(), _spaced(m)) for m in _SPACED.finditer(text, a, b) if _spaced(m)]
    # The scan's words are this module's word tokens without their abbreviation dot: the same
    # words at the same offsets (numbers never start a word nor end inside one).
    # Whether the span holds a digit: looked for once, by the first month name that needs to know.
    digits: bool | None = True if numeric else None
    for i in hits:
        w, start, end = sc.folded[i], sc.starts[i], sc.end_of(i)
        if end < b and text[end] == ".":
            end += 1  # a date token keeps its abbreviation dot
        month = _lookup(lex.months, w)
        if month and month[0] == _ORDINAL_MARK:
            continue
        if month and month[0] == _PAIRED:
            month = _paired_month(text, end, b, w, lex.months)
        if month and month[0]:
            if digits is None:
                digits = _DIGIT.search(text, a, b) is not None
            if not digits:
                # No day nor year to read: the month stands alone, or (an ordinary word too) not at all.
                if not month[1]:
                    found.append((start, Mention(start, end, month=month[0])))
                continue
            # Numbers around a month name are read in the date tokens (words and numbers) of the
            # few words around it, or of the whole span if the date may run on beyond them.
            mention, edge = None, True
            if not tokens:
                lo, hi = _around(text, a, b, start)
                near = list(_TOKEN.finditer(text, lo, hi))
                mention, edge = _month_mention(near, bisect_left(near, start, key=re.Match.start), month, lex.months)
                edge = edge and (lo, hi) != (a, b)
            if edge:
                tokens = tokens or list(_TOKEN.finditer(text, a, b))
                mention, _ = _month_mention(tokens, bisect_left(tokens, start, key=re.Match.start), month, lex.months)
            if mention:
                found.append((start, mention))
                if (mention.day is not None and (m := _RANGE_OPENING.search(text, max(a, mention.start - 12), mention.start))
                        and 1 <= (first := int(m.group(1))) < mention.day):
                    # "from 13 to 15 October", "du 13 au 15 octobre", "13–15 October": the range opens on a day too.
                    found.append((m.start(1), Mention(m.start(1), m.end(1), mention.year, mention.month, first)))
            continue
        weekday = _lookup(lex.weekdays, w)
        if weekday and weekday[0]:
            # A day written in two words whose second is a day alone (Persian and Pashto 'سه شنبه', Tuesday, whose
            # شنبه is Saturday): the word before, joined to it, names the day when the lists write it so.
            before = _WORD_BEFORE.search(text, max(a, start - 40), start)
            if (before and text[before.end(1) : start] == " "
                    and (joined := _lookup(lex.weekdays, before.group(1).casefold() + w)) and joined[0]):
                weekday, start = joined, before.start(1)
            if not weekday[1] or _weekday_context(text, start, end, lex):
                found.append((start, Mention(start, end, weekday=weekday[0])))
                if day_month := _bracketed_day(text, end, b):
                    found.append((day_month.start, day_month))
            continue
        rel = _lookup(lex.relative, w)
        if rel and not rel[1]:
            found.append((start, Mention(start, end, offset=rel[0])))
    found.sort(key=itemgetter(0))
    return [m for _, m in found]


# A day and month in brackets right after a weekday ("pada Rabu (14/10)", "on Wednesday (14/10)"), as the
# Indonesian and Malaysian press date every event. Alone, "(14/10)" may be a score or a share: only the
# weekday before it makes it a date.
_BRACKETED_DAY = re.compile(r"[ \u00a0]?(\((\d{1,2})[/.](\d{1,2})\))")


def _bracketed_day(text: str, end: int, b: int) -> Mention | None:
    """The day and month bracketed right after a weekday ending at `end`, if the day exists; the mention
    opens at the bracket, so that the weekday stands just before it (with_weekdays)."""
    m = _BRACKETED_DAY.match(text, end, b)
    if m is None:
        return None
    day, month = int(m.group(2)), int(m.group(3))
    try:
        date(2000, month, day)
    except ValueError:
        return None
    return Mention(m.start(1), m.end(1), month=month, day=day)


def _paired_month(text: str, end: int, b: int, first: str, months: _Words) -> tuple[int, bool] | None:
    """The month a two-word name opened by `first` (ending at `end`) names, read from the word after it
    ("كانون الثاني": January, "كانون الأول": December); None where another word follows (no month). The
    second word is a connector in months.txt (month 0), so the day and year around the pair are read."""
    after = _WORD_AFTER.match(text, end, min(b, end + 40))
    value = months.pairs.get(first, {}).get(after.group(1).casefold()) if after else None
    return (value, False) if value else None


# The word before and the word after a weekday ("pazar günü", "в среду", "Pazar, 8 Mart").
_WORD_BEFORE = re.compile(r"([^\W_]+)[^\w\n]{1,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{1,3}([^\W_]+)")


def _weekday_context(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether a weekday that is also a common word (tr pazar 'market', ru среда 'environment';
    marked '!') is the day here: written with a capital, alone in brackets, next to a number, or next to one of
    the language's day words (weekday 0: tr "günü", ru "в"). A capitalised one that is also a name (tg
    Ҷумъа, uz Juma, mn Баасан) is not: see _in_name."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True  # a day's name alone in brackets: Hebrew sites' "הבוקר (רביעי)", this morning (Wednesday)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end, end + 40)
    for m in (before, after):
        if m and (m.group(1)[0].isdigit() or lex.weekdays.exact.get(m.group(1).casefold(), (None,))[0] == 0):
            return True
    return text[start].isupper() and not _in_name(text, text[start:end].rstrip("."), lex)


def _in_name(text: str, word: str, lex: _Lexicon) -> bool:
    """Whether the text writes the capitalised word as part of a person's name: right after or before
    another capitalised word, one space between, that is no date word ("Далер Ҷумъа", "Juma Nazarov";
    "8 Mart Pazar" is a date). The same word alone elsewhere is then that person too ("Ҷумъа қайд кард")."""
    word_re = re.escape(word)
    for m in re.finditer(rf"(?<![\w])([^\W\d_]+) {word_re}(?!\w)|(?<![\w]){word_re} ([^\W\d_]+)(?!\w)", text):
        other = m.group(1) or m.group(2)
        if other[0].isupper() and not other.isupper() and not _lookup(lex.months, other.casefold()) and not (
                _lookup(lex.weekdays, other.casefold()) or _lookup(lex.relative, other.casefold())):
            return True
    return False


def _numeric(s: str) -> tuple[int, int, int] | None:
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = _DMY.match(s) or _DMY_SHORT.match(s)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups() if g not in ".·")
        y += 2000 if y < 100 else 0
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return y, mo, d


def _spaced(m: re.Match[str]) -> Mention | None:
    """The mention of a spaced numeric date ("12. 11. 2025.", "16. 4."), if the day exists."""
    d, mo = int(m.group(1)), int(m.group(2))
    y = int(m.group(3)) if m.group(3) else None
    try:
        date(y or 2000, mo, d)
    except ValueError:
        return None
    end = m.end() + (1 if y and m.string[m.end() : m.end() + 1] == "." else 0)
    return Mention(m.start(), end, year=y, month=mo, day=d)


def _number(tokens: Sequence[re.Match[str]], i: int) -> int | None:
    # isdecimal, not isdigit: a lone '²' is a word token and no number.
    if 0 <= i < len(tokens) and tokens[i].group().isdecimal():
        return int(tokens[i].group())
    return None


def _around(text: str, a: int, b: int, start: int) -> tuple[int, int]:
    """A stretch of the span [a, b) around offset `start`, from just after a space to a space (or
    the span's ends): no date token holds a space, so its tokens are the span's there."""
    lo = text.rfind(" ", a, max(a, start - _MONTH_CONTEXT)) + 1 or a
    hi = text.find(" ", min(b, start + _MONTH_CONTEXT), b)
    return lo, b if hi < 0 else hi


def _month_mention(
    tokens: Sequence[re.Match[str]], i: int, month: tuple[int, bool], months: _Words
) -> tuple[Mention | None, bool]:
    """'12 novembre 2025', 'November 12, 2025', '3 de marzo de 2025', '10 stycznia', 'gennaio';
    and whether it read up to an end of the tokens (tokens further on might change it)."""
    value, needs_number = month

    def skip(j: int, step: int) -> int:
        # Connectors (de, of, th) may stand between the parts of a date, and so may the month's other name
        # (Arabic writes two systems side by side: "18 آذار/مارس 2026" is 18 March 2026).
        while 0 <= j < len(tokens) and (
            (found := _match(months, tokens[j].group())) == (0, True) or found is not None and found[0] == value
        ):
            j += step
        return j

    if value == _NUMBERED:
        return _numbered_month(tokens, i, months, skip)
    if value > _BIKRAM:
        return _bikram_mention(tokens, i, value - _BIKRAM, skip)
    if value > _ETHIOPIAN:
        return _ethiopian_mention(tokens, i, value - _ETHIOPIAN, skip)
    if value > _SOLAR:
        return _solar_mention(tokens, i, value - _SOLAR, skip)
    if value == _LEADING:
        return _leading_month(tokens, i, skip)

    start, end = tokens[i].start(), tokens[i].end()
    day = year = None
    b, f = skip(i - 1, -1), skip(i + 1, 1)
    before, after = _number(tokens, b), _number(tokens, f)
    nxt = f
    # "Updated 6:41 PM GMT+3, April 22, 2026": a day and a year after the month make it "Month Day, Year",
    # whatever number (an hour, a time zone's offset) stands before it.
    month_day_year = after is not None and 1 <= after <= 31 and _number(tokens, skip(f + 1, 1)) in _YEARS
    if before is not None and 1 <= before <= 31 and not month_day_year:
        day, start = before, tokens[b].start()
    elif after is not None and 1 <= after <= 31:
        day, end = after, tokens[f].end()
        nxt = skip(f + 1, 1)
    edge = b < 0 or nxt >= len(tokens)
    y = _number(tokens, nxt)
    if y in _YEARS:
        year, end = y, tokens[nxt].end()
    elif before in _YEARS and day is not None:
        # Year, month, day: Hungarian (and Lithuanian) order, "2026. április 14.".
        year, start = before, tokens[b].start()
    elif day is not None and start == tokens[b].start() and _dotted_year(tokens, yb := skip(b - 1, -1)):
        # Year, day, month with the year's ordinal dot and a connector: Latvian "2026. gada 16. aprīlī".
        year, start = _number(tokens, yb), tokens[yb].start()
    elif (day is not None and start == tokens[b].start() and (yb := skip(b - 1, -1)) < b - 1
          and _number(tokens, yb) in _YEARS):
        # Year, a connector word, day, month: Kazakh "2026 жылғы 14 сәуір" (жылғы: of the year).
        year, start = _number(tokens, yb), tokens[yb].start()
    elif day is None and _dotted_year(tokens, b):
        # Year and month alone, the year's dot after it: "2025. gada novembrī", "2025. novemberben".
        year, start = before, tokens[b].start()
    elif day is None and b < i - 1 and before in _YEARS:
        # Year, a connector word (months.txt month 0) and the month alone: Georgian "2027 წლის მარტში" (in March
        # of the year 2027); without the connector a year before a month is some other figure's.
        year, start = before, tokens[b].start()
    if needs_number and day is None and year is None:
        return None, edge
    return _checked_mention(start, end, year, value, day), edge


def _numbered_month(
    tokens: Sequence[re.Match[str]], i: int, months: _Words, skip: Callable[[int, int], int]
) -> tuple[Mention | None, bool]:
    """A month named by its number (Mongolian "2026 оны 11 дүгээр сарын 20", "11-р сар", "арваннэгдүгээр сарын 3"):
    token i is the word for month (months.txt month _NUMBERED), the ordinal right before it its number, a digit
    with its ordinal mark (month _ORDINAL_MARK) or an ordinal month word; without one ("3 сарын хугацаанд",
    three months) it is a duration, no date. The day may follow, the year (and a connector) precede."""
    j = i - 1
    if 0 <= j < len(tokens) and _match(months, tokens[j].group()) == (_ORDINAL_MARK, True):
        j -= 1
        value = _number(tokens, j)
    else:
        word = _match(months, tokens[j].group()) if 0 <= j < len(tokens) else None
        value = word[0] if word and word[1] and 1 <= word[0] <= 12 else None
    if value is None or not 1 <= value <= 12:
        return None, j < 0
    start, end, day, year = tokens[j].start(), tokens[i].end(), None, None
    nxt = skip(i + 1, 1)
    after = _number(tokens, nxt)
    if after is not None and 1 <= after <= 31:
        day, end = after, tokens[nxt].end()
    yb = skip(j - 1, -1)
    if _number(tokens, yb) in _YEARS:
        year, start = _number(tokens, yb), tokens[yb].start()
    return _checked_mention(start, end, year, value, day), yb < 0 or nxt >= len(tokens)


def _solar_leaps(year: int) -> int:
    """How many Solar Hijri leap years there are from year 1 to `year` (see _SOLAR_LEAP)."""
    return (year // 33) * 8 + sum(1 for r in _SOLAR_LEAP if r <= year % 33)


def solar_hijri_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (1 Farvardin 1405 = 21 March 2026), by arithmetic: the first six
    months have 31 days, the next five 30, Esfand 29 (30 in a leap year). None for a day the month lacks."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    if month == 12 and day == 30 and (year % 33) not in _SOLAR_LEAP:
        return None
    new_year = _FARVARDIN_1404 + timedelta(days=365 * (year - 1404) + _solar_leaps(year - 1) - _solar_leaps(1403))
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30  # the days of the months before it
    return new_year + timedelta(days=before + day - 1)


def _solar_mention(
    tokens: Sequence[re.Match[str]], i: int, month: int, skip: Callable[[int, int], int]
) -> tuple[Mention | None, bool]:
    """'۱ آذر ۱۴۰۵' (the digits read as 0-9), a Solar Hijri month (token i) with its day before it and perhaps its
    year after it, as a Gregorian mention. Without a year the date is that of a common year with its year left to
    the article's (a day or so off across a leap year's end); without a day it is no date (آذر alone spans two
    Gregorian months)."""
    b = skip(i - 1, -1)
    day = _number(tokens, b)
    if day in _SOLAR_YEARS:
        return _solar_year_first(tokens, i, month, skip, b, day)
    if day is None or not 1 <= day <= 31:
        return None, b < 0
    nxt = skip(i + 1, 1)
    year = _number(tokens, nxt)
    start, end = tokens[b].start(), tokens[i].end()
    if year in _SOLAR_YEARS:
        end = tokens[nxt].end()
    else:
        year = None
    found = solar_hijri_date(year or 1404, month, day)
    if found is None:
        return None, nxt >= len(tokens)
    return Mention(start, end, year=found.year if year else None, month=found.month, day=found.day), nxt >= len(tokens)


def _solar_year_first(tokens: Sequence[re.Match[str]], i: int, month: int, skip: Callable[[int, int], int], b: int,
                      year: int) -> tuple[Mention | None, bool]:
    """'د ۱۴۰۴ لمریز کال د سنبلې ۵مه' (of the solar year 1404, of Sonbola the 5th): the year (token b) before the
    month (token i), the day after it with its ordinal mark glued, as a Gregorian mention; no day, no date."""
    f = skip(i + 1, 1)
    day = _number(tokens, f)
    if day is None or not 1 <= day <= 31 or (found := solar_hijri_date(year, month, day)) is None:
        return None, f >= len(tokens)
    end = tokens[f].end()
    if f + 1 < len(tokens) and tokens[f + 1].start() == end:
        end = tokens[f + 1].end()  # the ordinal mark glued to the day (۵مه)
    return Mention(tokens[b].start(), end, year=found.year, month=found.month, day=found.day), f + 1 >= len(tokens)


def ethiopian_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of an Ethiopian one (3 Hidar 2018 = 12 November 2025), by arithmetic: twelve months of 30
    days and Pagume of 5 (6 in the year before a Julian leap year, one whose number leaves 3 by 4), a year starting
    on 11 or 12 September. None for a day the month lacks."""
    if not 1 <= month <= 13 or not 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5):
        return None
    jdn = _ETHIOPIAN_EPOCH_JDN + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return date.fromordinal(jdn - _ORDINAL_JDN)


def _ethiopian_mention(
    tokens: Sequence[re.Match[str]], i: int, month: int, skip: Callable[[int, int], int]
) -> tuple[Mention | None, bool]:
    """'ኅዳር 3/2018', 'ኅዳር 3 ቀን 2018 ዓ.ም', an Ethiopian month (token i) with its day after it (or before it) and perhaps
    its year after the day, as a Gregorian mention. Without a year the date is that of the year 2018 E.C. with its year
    left to the article's (a day off across a leap year's end); without a day it is no date (ኅዳር alone spans two
    Gregorian months)."""
    f = skip(i + 1, 1)
    day = _number(tokens, f)
    start, end = tokens[i].start(), tokens[i].end()
    if day is not None and 1 <= day <= 30:
        end = tokens[f].end()
        nxt = skip(f + 1, 1)
    else:
        b = skip(i - 1, -1)
        day = _number(tokens, b)
        if day is None or not 1 <= day <= 30:
            return None, f >= len(tokens)
        start, nxt = tokens[b].start(), f
    year = _number(tokens, nxt)
    if year in _ETHIOPIAN_YEARS:
        end = tokens[nxt].end()
    else:
        year = None
    found = ethiopian_date(year or 2018, month, day)
    if found is None:
        return None, nxt >= len(tokens)
    return Mention(start, end, year=found.year if year else None, month=found.month, day=found.day), nxt >= len(tokens)


@cache
def _bikram_years() -> tuple[date, dict[int, tuple[int, ...]]]:
    """1 Baishakh of the first year of data/ne/bikram_sambat.txt, and each year's twelve month lengths."""
    first, years = date.min, {}
    for line in resources.files("digest.data.ne").joinpath("bikram_sambat.txt").read_text("utf-8").splitlines():
        fields = line.split()
        if not fields or line.startswith("#"):
            continue
        if fields[0] == "start":
            first = date.fromisoformat(fields[2])
        else:
            years[int(fields[0])] = tuple(map(int, fields[1:13]))
    return first, years


def bikram_sambat_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Bikram Sambat one (कात्तिक २४, २०८३ = 10 November 2026), from the table of month
    lengths. None for a year outside the table or a day the month lacks."""
    first, years = _bikram_years()
    if year not in years or not 1 <= month <= 12 or not 1 <= day <= years[year][month - 1]:
        return None
    before = sum(sum(years[y]) for y in years if y < year) + sum(years[year][: month - 1])
    return first + timedelta(days=before + day - 1)


def _bikram_mention(
    tokens: Sequence[re.Match[str]], i: int, month: int, skip: Callable[[int, int], int]
) -> tuple[Mention | None, bool]:
    """'कात्तिक २४, २०८३', 'वि.सं. २०८३ कात्तिक २४ गते', '२५ कात्तिक' (the digits read as 0-9): a Bikram Sambat month
    (token i) with its day after it or before it, and perhaps its year before the month or after the day, as a
    Gregorian mention. Without a year the date is that of 2083 BS with its year left to the article's (a month
    from पुस on falls in the next Gregorian year, which the article's anchor resolves); without a day it is no date
    (a month alone spans two Gregorian ones)."""
    start, end = tokens[i].start(), tokens[i].end()
    f, b = skip(i + 1, 1), skip(i - 1, -1)
    after, before = _number(tokens, f), _number(tokens, b)
    year = None
    if after is not None and 1 <= after <= 32:
        day, end, nxt = after, tokens[f].end(), skip(f + 1, 1)
        if (y := _number(tokens, nxt)) is not None and y >= _BIKRAM_YEAR_LEAST:
            year, end = y, tokens[nxt].end()
        elif before is not None and before >= _BIKRAM_YEAR_LEAST:
            year, start = before, tokens[b].start()
    elif before is not None and 1 <= before <= 32:
        day, start, nxt = before, tokens[b].start(), f
        if (y := _number(tokens, nxt)) is not None and y >= _BIKRAM_YEAR_LEAST:
            year, end = y, tokens[nxt].end()
    else:
        return None, f >= len(tokens)
    found = bikram_sambat_date(year or 2083, month, day)
    if found is None:
        return None, nxt >= len(tokens)
    return Mention(start, end, year=found.year if year else None, month=found.month, day=found.day), nxt >= len(tokens)


# A Bikram Sambat year is 56 or 57 more than the Gregorian one: news writes 2000 and on.
_BIKRAM_YEAR_LEAST = 2000


def _checked_mention(start: int, end: int, year: int | None, month: int, day: int | None) -> Mention:
    """A mention of a month read by the readers above, without a day the month does not have (31 tháng 2:
    the day digit was something else); a missing year is checked as a leap one, 2000."""
    if day is not None:
        try:
            date(year or 2000, month, day)
        except ValueError:
            day = None
    return Mention(start, end, year=year, month=month, day=day)


def _spaced_pair(tokens: Sequence[re.Match[str]], j: int) -> bool:
    """Tokens j and j + 1 exist and only spaces stand between them (no comma: "hơn 3 tháng, 11 …")."""
    if not 0 <= j < len(tokens) - 1:
        return False
    a, b = tokens[j], tokens[j + 1]
    return not a.string[a.end() : b.start()].strip(" \u00a0")


def _leading_month(
    tokens: Sequence[re.Match[str]], i: int, skip: Callable[[int, int], int]
) -> tuple[Mention | None, bool]:
    """A month named by the digit right after the word for month (months.txt month _LEADING: Vietnamese
    "tháng 11"): the day may precede it ("ngày 12 tháng 11", "12 tháng 11"), the year follow it, after a
    connector ("năm 2026") or a slash ("tháng 11/2026"). "3 tháng" with no digit after is a duration."""
    value = _number(tokens, i + 1) if _spaced_pair(tokens, i) else None
    if value is None or not 1 <= value <= 12:
        return None, i + 1 >= len(tokens)
    start, end, day, year = tokens[i].start(), tokens[i + 1].end(), None, None
    if _spaced_pair(tokens, i - 1) and (before := _number(tokens, i - 1)) is not None and 1 <= before <= 31:
        day, start = before, tokens[i - 1].start()
    nxt = skip(i + 2, 1)
    if _number(tokens, nxt) in _YEARS:
        year, end = _number(tokens, nxt), tokens[nxt].end()
    return _checked_mention(start, end, year, value, day), i - 1 < 0 or nxt >= len(tokens)


def _dotted_year(tokens: Sequence[re.Match[str]], j: int) -> bool:
    """Token j is a year written with an ordinal dot right after it ("2026." of "2026. gada", "2025. november")."""
    if not 0 <= j < len(tokens) or _number(tokens, j) not in _YEARS:
        return False
    t = tokens[j]
    return t.string[t.end() : t.end() + 1] == "."


def resolve(m: Mention, anchor: date | None) -> str | None:
    """ISO form of a mention: full when the text or the anchor allows, else '--MM-DD' or '--MM'.

    Year-less dates take the year that puts them nearest the anchor, weekdays the nearest
    such day (the past on a tie, as news mostly reports).
    """
    if m.offset is not None:
        return (anchor + timedelta(days=m.offset)).isoformat() if anchor else None
    # A weekday written with a day and month ("dimecres 22 d'abril") only confirms it: the day stays.
    if m.weekday is not None and m.month is None:
        if anchor is None:
            return None
        back = (anchor.isoweekday() - m.weekday) % 7
        delta = -back if back <= 3 else 7 - back
        return (anchor + timedelta(days=delta)).isoformat()
    if m.month is None:
        return None
    year = m.year
    if year is None and anchor is not None:
        year = min(
            (anchor.year - 1, anchor.year, anchor.year + 1),
            key=lambda y: (abs(_month_index(y, m.month) - _month_index(anchor.year, anchor.month)), -(y <= anchor.year)),
        )
    if year is None:
        return f"--{m.month:02d}-{m.day:02d}" if m.day else f"--{m.month:02d}"
    if m.day is None:
        return f"{year:04d}-{m.month:02d}"
    try:
        return date(year, m.month, m.day).isoformat()
    except ValueError:
        return f"{year:04d}-{m.month:02d}"


# How many days ahead a preview announces its visit at most (visits.MAX_GAP_DAYS: farther, two articles never join).
PREVIEW_DAYS = 6


def announced(mentions: Iterable[tuple[int | None, ...]], when: date, within: int = PREVIEW_DAYS) -> date | None:
    """The first day a preview announces: an article whose dates written with a day and a month ("from 13 to 15
    October", published on the 10th) all lie after its own date `when`, at most `within` days on, and which tells
    nothing of its own day ("today"), writes before the event; the earliest of the days it names after its date
    (its weekdays included: "on Tuesday") opens the event, not the day it was published. `mentions` are the
    (year, month, day, weekday, offset) keys of its dates."""
    told = [Mention(0, 0, *m) for m in mentions]
    written = [d for m in told if m.day is not None and m.month is not None and (d := to_date(resolve(m, when)))]
    if not written or any(not 0 < (d - when).days <= within for d in written):
        return None
    if any(m.offset is not None and m.offset <= 0 for m in told):
        return None
    return min(d for m in told if (d := to_date(resolve(m, when))) and d > when)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month


def to_date(iso: str | None) -> date | None:
    """A full ISO date (a longer timestamp is cut to its day), else None."""
    if not iso or len(iso) < 10 or iso.startswith("-"):
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def text_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of every non-blank block: dates may sit in headers and datelines too."""
    return [(b.start, b.end) for b in blocks if b.kind != "blank"]


def _below_dek(text: str, blocks: Sequence[Block], first_text: int) -> list[tuple[int, int]]:
    """Short header lines (byline, date line) right after a first text block short enough to be a dek."""
    if first_text >= min(len(blocks), _HEADER_BLOCKS) or blocks[first_text].end - blocks[first_text].start > _DEK_CHARS:
        return []
    out: list[tuple[int, int]] = []
    for b in blocks[first_text + 1 : first_text + 1 + _HEADER_BLOCKS]:
        if b.kind == TEXT:
            break
        if b.kind != "blank" and b.end - b.start <= _DATE_LINE_CHARS and "\n" not in text[b.start : b.end]:
            out.append((b.start, b.end))
    return out


def _header_end(blocks: Sequence[Block], first_text: int) -> int:
    """Where the page header ends: at the first body paragraph, however many lines of masthead,
    menu, kicker, dek, byline and share buttons come first; a page with no paragraph has a header
    of a few blocks only."""
    header = blocks[:first_text] if first_text < len(blocks) else blocks[:_HEADER_BLOCKS]
    return header[-1].end if header else 0


def publication(
    text: str,
    blocks: Sequence[Block],
    lang: str,
    mentions: Sequence[Mention] | None = None,
    scanned: places.Scan | None = None,
) -> str | None:
    """The day the article was published, when its header or dateline says so.

    A full date in the header blocks wins; else a day and month at the start of the first
    paragraph (the dateline), completed with the year the text mentions most. `mentions` are
    those of every non-blank block, and `scanned` their places.scan(), when the caller has them.
    """
    if mentions is None:
        mentions = find(text, lang, text_spans(blocks), scanned)
    first_text = next((i for i, b in enumerate(blocks) if b.kind == TEXT), len(blocks))
    header_end = _header_end(blocks, first_text)
    # A header line giving a print issue's number ("Газета «…» №211 от 16.11.2026, стр. 6", "Nr. 45 vom …")
    # dates the paper, out the day after the web story: another full date of the header wins over it.
    issue: str | None = None
    for m in mentions:
        if m.start < header_end and m.year and m.month and m.day:
            if _ISSUE_NUMBER.search(text, text.rfind("\n", 0, m.start) + 1, m.start):
                issue = issue or date(m.year, m.month, m.day).isoformat()
                continue
            return date(m.year, m.month, m.day).isoformat()
    if issue is not None:
        return issue
    # A standfirst (dek) may sit between the headline and the byline's date line.
    below = _below_dek(text, blocks, first_text)
    for m in mentions:
        if m.year and m.month and m.day and any(a <= m.start < b for a, b in below):
            return date(m.year, m.month, m.day).isoformat()
    if first_text == len(blocks):
        return None
    lead = blocks[first_text]
    zone = [(lead.start, min(lead.end, lead.start + _DATELINE_CHARS))]
    # Indexes of the zone's blocks among the non-blank ones, which `scanned` holds.
    ks = [sum(b.kind != "blank" for b in blocks[:first_text])]
    if first_text and blocks[first_text - 1].reason == "dateline":
        zone.insert(0, (blocks[first_text - 1].start, blocks[first_text - 1].end))
        ks.insert(0, ks[0] - 1)
    zoned = scanned.part(ks).until(zone[-1][1]) if scanned is not None else None
    dateline = next((m for m in find(text, lang, zone, zoned) if m.month and m.day), None)
    if dateline is None:
        # A standfirst may come first: the lead after it may still tell the day with its weekday.
        leads = [b for b in blocks[first_text:] if b.kind == TEXT][:_LEAD_BLOCKS]
        if (told := _weekday_told(text, mentions, lead)) is not None:
            return told
        return next(filter(None, (_weekday_year(text, mentions, m) for m in mentions
                                  if m.month and m.day and not m.year and any(b.start <= m.start < b.end for b in leads))),
                    None)
    if dateline.year:
        return date(dateline.year, dateline.month, dateline.day).isoformat()
    years = Counter(m.year for m in mentions if m.year)
    if not years:
        return _weekday_year(text, mentions, dateline)
    # The same day and month written out in full elsewhere settles the year; else the commonest.
    for m in mentions:
        if m.year and (m.month, m.day) == (dateline.month, dateline.day):
            return date(m.year, m.month, m.day).isoformat()
    # A weekday written with the day ("på tisdagen den 2 december") must fall on it: a year the body gives
    # another event ("explosionen i augusti 2020") that puts the day on another weekday is not the article's,
    # and with no year that fits the article stays undated (its visit's dates place it later).
    day = _weekday_with(text, mentions, dateline)
    if day is not None:
        fits = weekday_fits(dateline.month, dateline.day, {day}, years)
        # The commonest of the years that fit.
        return max(fits, key=lambda d: years[d.year]).isoformat() if fits else None
    year = years.most_common(1)[0][0]
    return date(year, dateline.month, dateline.day).isoformat()


def _weekday_told(text: str, mentions: Sequence[Mention], lead: Block) -> str | None:
    """A full date of the lead paragraph past its dateline zone, written with the weekday it falls on
    ("Das vereinbarten … am Dienstag, dem 10. November 2026, in Berlin"): the news day, whose
    weekday a writer names only for a day just past or at hand."""
    for m in mentions:
        if lead.start <= m.start < lead.end and m.year and m.month and m.day:
            day = _weekday_with(text, mentions, m)
            if day is not None and weekday_fits(m.month, m.day, {day}, (m.year,)):
                return date(m.year, m.month, m.day).isoformat()
    return None


# An issue number's sign and digits before a date on its line ("№211 от", "Nr. 45 vom", "No. 12,"): a print edition's.
_ISSUE_NUMBER = re.compile(r"(?:№|(?<!\w)(?:Nr|No|Nº|N°)\.?)\s*\d+")
# A year written as a bare number ("© Kleine Zeitung 2026"): no date mention, but it bounds one.
_BARE_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
# The text blocks read for a day told with its weekday when the first has no dateline (a standfirst, the lead).
_LEAD_BLOCKS = 2
# How far before a date its weekday may stand ("am Donnerstag, 22. Jänner", "jeudi 22 janvier").
_WEEKDAY_GAP = 3


def _weekday_year(text: str, mentions: Sequence[Mention], dateline: Mention) -> str | None:
    """The lead's day and month without a year, in the one year around a year the text writes bare
    (a copyright line) where its weekday falls on it: "am Donnerstag, 22. Jänner" with "© 2026" is
    2026-01-22, a Thursday (in 2025 it was a Wednesday, in 2027 a Friday)."""
    day = next((m.weekday for m in mentions if m.weekday is not None and m.end <= dateline.start
                and dateline.start - m.end <= _WEEKDAY_GAP and not text[m.end : dateline.start].strip(" ,.")),
               None)
    if day is None or dateline.month is None or dateline.day is None:
        return None
    # Only a copyright line's year ("© Journal du Centre 2026") is the page's: a year in a sentence ("the same
    # promises were made in 2019") is some other event's, and the year after it may put the day on its weekday
    # as well ("Tuesday 17 November" in 2020 as in 2026).
    bare = {int(y) for line in _COPYRIGHT_LINE.findall(text) for y in _BARE_YEAR.findall(line)}
    if bare:
        fits = weekday_fits(dateline.month, dateline.day, {day}, {y + d for y in bare for d in (-1, 0, 1)})
        return fits[0].isoformat() if len(fits) == 1 else None
    # Else the article stays undated: visits.assign dates it in the latest year, up to the corpus's last date
    # (or today), where the day falls on its weekday.
    return None


# A line crediting the page's copyright ("© 2026 Thai PBS", "Copyright 2026 Dawn"): its year is the page's.
_COPYRIGHT_LINE = re.compile(r"^.*(?:©|\([cC]\)\s*(?:19|20)\d\d|(?i:copyright)).*$", re.MULTILINE)


# How many characters may stand between a weekday and the day it names: a connector word ("tisdagen den 2
# december", "am Dienstag, dem 2. Dezember"), not a clause.
_WEEKDAY_NEAR = 8


def _weekday_with(text: str, mentions: Sequence[Mention], dated: Mention) -> int | None:
    """The weekday written just before a day and month (ISO number), if any: at most a connector word between
    them, no digit nor sentence end."""
    before = [m for m in mentions if m.weekday is not None and m.month is None and m.end <= dated.start]
    if not before:
        return None
    w = before[-1]
    gap = text[w.end : dated.start]
    if len(gap) > _WEEKDAY_NEAR or any(c.isdigit() or c in ".!?;\n" for c in gap):
        return None
    return w.weekday


def weekday_fits(month: int, day: int, weekdays: Container[int], years: Iterable[int]) -> list[date]:
    """The days of that month and day, in those years, that fall on one of the weekdays (ISO numbers), in
    year order (29 February only in leap years)."""
    fits = []
    for year in sorted(set(years)):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when.isoweekday() in weekdays:
            fits.append(when)
    return fits


def with_weekdays(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a year-less day and month carrying the weekday written right before it
    ("aquest dimecres 22 d'abril"): that weekday, not another the text names, tells its year."""
    out = list(mentions)
    for k in range(1, len(out)):
        m, w = out[k], out[k - 1]
        if (m.day is not None and m.month is not None and m.year is None and w.weekday is not None
                and w.month is None and 0 <= m.start - w.end <= _WEEKDAY_GAP
                and not text[w.end : m.start].strip(" ,.")):
            out[k] = Mention(m.start, m.end, None, m.month, m.day, w.weekday, None)
    return out


def in_running_text(blocks: Sequence[Block], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of the header, the dateline and the running text: none of the page's furniture."""
    first_text = next((i for i, b in enumerate(blocks) if b.kind == TEXT), len(blocks))
    header_end = _header_end(blocks, first_text)
    # A teaser, "Read also" line, ticker or exchange-rate widget dates other news ("Exchange rates for 3 May").
    furniture = [
        (b.start, b.end) for b in blocks if b.kind == FURNITURE and b.reason != "dateline" and b.start >= header_end
    ]
    if not furniture:
        return list(mentions)
    starts = [a for a, _ in furniture]
    out = []
    for m in mentions:
        k = bisect_left(starts, m.start + 1) - 1
        if k < 0 or m.start >= furniture[k][1]:
            out.append(m)
    return out


def stamps(blocks: Sequence[Block], mentions: Sequence[Mention]) -> set[int]:
    """Indexes of the header's full dates after its first: update stamps ("Mis à jour le 11 juin"), no event day."""
    first_text = next((i for i, b in enumerate(blocks) if b.kind == TEXT), len(blocks))
    header_end = _header_end(blocks, first_text)
    full = [i for i, m in enumerate(mentions) if m.start < header_end and m.year and m.month and m.day]
    return set(full[1:])


def mentioned(text: str, lang: str, spans: Iterable[tuple[int, int]], anchor: date | None) -> tuple[str, ...]:
    """Distinct resolved dates of the mentions, in order of first appearance."""
    return resolved(find(text, lang, spans), anchor)


def resolved(mentions: Iterable[Mention], anchor: date | None) -> tuple[str, ...]:
    """Distinct resolved dates of found mentions, in order of first appearance."""
    out: dict[str, None] = {}
    for m in mentions:
        iso = resolve(m, anchor)
        if iso:
            out.setdefault(iso, None)
    return tuple(out)


# --- Languages written without spaces (Chinese) ------------------------------------------------------------------
# Chinese numbers its months and glues a date's parts to each other and to the words around it: "2026年5月20日",
# "5月20日电", "21日" (the month before it), "星期二"/"周二", "今天". None of it is a word the scan above reads.
_UNSPACED_NUMERAL = "[0-9０-９]{1,4}|[一二三四五六七八九十〇零]{1,4}"
_UNSPACED_DATE = re.compile(
    rf"(?:(?P<y>[0-9０-９]{{4}}|[一二三四五六七八九〇零]{{4}})年)?(?:(?P<m>{_UNSPACED_NUMERAL})月)?"
    rf"(?:(?P<d>{_UNSPACED_NUMERAL})[日号號])?"
)
# A page's stamp in figures: "2026/05/20 22:10", "2026-05-20", "2026.5.20".
_UNSPACED_NUMERIC = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)([/.-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/.-]\d)")
_UNSPACED_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _unspaced_number(s: str) -> int | None:
    """A date part's value: digits (full-width too), 二〇二六 digit by digit, or 十一/二十/三十一 with 十."""
    if s[0].isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_UNSPACED_DIGITS.get(tens, 0) if tens else 1) * 10 + (_UNSPACED_DIGITS.get(ones, 0) if ones else 0)
    digits = [_UNSPACED_DIGITS.get(c) for c in s]
    return None if None in digits else int("".join(map(str, digits)))


@cache
def _unspaced_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, int]]]:
    """The weekday and relative-day words of an unspaced language, as one pattern and word -> (kind, value)."""
    words = {form: ("weekday", value) for value, forms in _read(lang, "weekdays") for form in forms}
    words |= {form: ("offset", value) for value, forms in _read(lang, "relative") for form in forms}
    pattern = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return (re.compile(pattern) if pattern else None), words


@cache
def _unspaced_date(lang: str) -> re.Pattern[str]:
    """The date pattern of an unspaced language: Chinese and Japanese 年 月 日 (_UNSPACED_DATE), or the year, month
    and day characters of data/<lang>/date_units.txt, one space allowed between the parts where it says spaced
    (Korean "2026년 11월 12일"). The groups are y, m and d as in _UNSPACED_DATE."""
    units = dict(line.replace(" ", "").split("=", 1) for line in data.sections("date_units.txt", lang).get("", ())
                 if "=" in line)
    if not {"year", "month", "day"} <= units.keys():
        return _UNSPACED_DATE
    gap = "[ \u00a0]?" if units.get("spaced") == "yes" else ""
    y, mo, d = (re.escape(units[k]) for k in ("year", "month", "day"))
    # (A day's character that opens a longer word, or a figure after a count of nights, is no day: Korean 7일간
    # for seven days, 2박 3일 three days; both from the file.)
    not_before = "".join(map(re.escape, units.get("day_not_before", "")))
    not_after = "".join(f"(?<!{re.escape(c)} )(?<!{re.escape(c)})" for c in units.get("day_not_after", ""))
    day_end = f"(?![{not_before}])" if not_before else ""
    return re.compile(rf"(?<![\d.])(?:(?P<y>[0-9]{{4}}){y}{gap})?(?:(?P<m>[0-9]{{1,2}}){mo}{gap})?"
                      rf"(?:{not_after}(?P<d>[0-9]{{1,2}}){d}{day_end})?")


@cache
def _named_months(lang: str) -> tuple[re.Pattern[str], dict[str, int], int] | None:
    """The pattern of a date with a named month in an unspaced language whose date_units.txt says 'months = named'
    (Thai: "11 พฤศจิกายน 2568", "12 พ.ย. 68", "13 พฤศจิกายน"): groups d, mon, y; the month forms -> number; and the
    era's offset (date_units.txt era: Thai counts the Buddhist Era, 543 years ahead). None for the other languages."""
    units = dict(line.replace(" ", "", 2).split("=", 1) for line in data.sections("date_units.txt", lang).get("", ())
                 if "=" in line)
    if units.get("months") != "named":
        return None
    forms = {form: value for value, fs in _read(lang, "months") for form in fs}
    if not forms:
        return None
    alt = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    marks = "|".join(map(re.escape, sorted(data.marks_as_letters(units.get("era_marks", "")).split(), key=len,
                                           reverse=True)))
    era = f"(?:(?:{marks})[ \u00a0]?)?" if marks else ""
    pattern = re.compile(rf"(?<![\d.])(?:(?P<d>\d{{1,2}})[ \u00a0]?)?(?P<mon>{alt})"
                         rf"(?:[ \u00a0]?{era}(?P<y>\d{{4}}|\d{{2}})(?![\d]))?")
    return pattern, forms, int(units.get("era", "0") or 0)


def _era_year(written: str, era: int) -> int | None:
    """A year as written after a named month: four digits past the Common Era's years are the era's (Thai 2568 =
    2025), two digits the era's century's (Thai 68 = 2568 = 2025); None for two digits without an era."""
    y = int(written)
    if len(written) == 2:
        return (y + 2500 - era) if era else None
    return y - era if era and y > max(_YEARS) + era // 2 else y


def _named_month_mentions(text: str, lang: str, a: int, b: int) -> list[Mention]:
    """The dates with a named month in text[a:b] (see _named_months); [] for a language without them."""
    named = _named_months(lang)
    if named is None:
        return []
    pattern, forms, era = named
    out = []
    for m in pattern.finditer(text, a, b):
        d = int(m.group("d")) if m.group("d") else None
        y = _era_year(m.group("y"), era) if m.group("y") else None
        if d is not None and not 1 <= d <= 31 or y is not None and y not in _YEARS:
            continue
        out.append(Mention(m.start(), m.end(), y, forms[m.group("mon")], d))
    return out


def _unspaced_mentions(text: str, lang: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """The date mentions of the spans in an unspaced language: a day alone takes the month (and year) of the last
    date before it that gave one ("新华社北京5月20日电 … 21日")."""
    words, kinds = _unspaced_words(lang)
    date_pattern = _unspaced_date(lang)
    out: list[Mention] = []
    month: int | None = None
    year: int | None = None
    for a, b in spans:
        found: list[Mention] = []
        for m in date_pattern.finditer(text, a, b):
            if m.end() == m.start():
                continue
            if not (m.group("m") or m.group("d")):
                # "2025年" alone: the year the text names, which a dateline's day and month take.
                y = _unspaced_number(m.group("y")) if m.group("y") else None
                if y in _YEARS:
                    found.append(Mention(m.start(), m.end(), y))
                continue
            y, mo, d = (_unspaced_number(m.group(k)) if m.group(k) else None for k in ("y", "m", "d"))
            if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
                continue
            if y is not None and y not in _YEARS:
                continue
            if mo is None:
                # "21日": the day of the month last named (never a count: "20日" after a digit is read whole).
                if month is None or (m.start() > 0 and text[m.start() - 1].isdigit()):
                    continue
                mo, y = month, y or year
            else:
                month, year = mo, y or year
            found.append(Mention(m.start(), m.end(), y, mo, d))
        for m in _UNSPACED_NUMERIC.finditer(text, a, b):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append(Mention(m.start(), m.end(), y, mo, d))
                month, year = mo, y
        found.extend(_named_month_mentions(text, lang, a, b))
        for w in words.finditer(text, a, b) if words else ():
            kind, value = kinds[w.group()]
            found.append(Mention(w.start(), w.end(), weekday=value) if kind == "weekday"
                         else Mention(w.start(), w.end(), offset=value))
        out.extend(sorted(found, key=lambda m: m.start))
    return out
