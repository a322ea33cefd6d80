"""Direct quotations: every quote style, multi-part and multi-paragraph quotes, with their speakers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from typing import Any
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice

from digest import data, places
from digest.model import HEADING, TEXT, TITLE, Block, Quote, Sentence
from digest.speakers import (HOLDER_QUOTE_WORDS, LANGS, RECENT_MAX, SCOPE, Lexicon, Mention, People, and_words,
                             auxiliaries, continuations, holder_openings, lexicon, oblique_case, people_of, press_words,
                             same_word,
                             stemmed_lang, surname, text_spans, verb_last)
from digest.language import unspaced
from digest.sentences import _abbreviations, trim

OPEN, CLOSE = "open", "close"
# Marks that only open and marks that usually close; the others („“ « » ‹ › ‘ ") are read from their neighbours.
_OPENERS = "„‚"
_CLOSERS = "”»›"
_MARKS = re.compile("[\"“”„«»‚‘’‹›']")
_SPACE_LEFT = set(" \t\n\u00a0([{/—–-") | set("\"“”„«»‚‘’‹›")
_SPACE_RIGHT = set(" \t\n\u00a0.,;:!?)]}…—–-") | set("\"“”„«»‚‘’‹›")
# Single marks that open a quotation a "'" or "’" may close (pasted text mixes the styles).
_SINGLE_OPEN = "'‘‚"
# A single closing mark is sure when punctuation stands before it ("together,'") or after it
# ("'historic'."); one between a word and a space may be a plural possessive (the leaders' summit).
_SURE_BEFORE = set(".,;:!?…")
_SURE_AFTER = set(".,;:!?…)]}—–\"“”»›")
WEAK = "weak"
_DOUBLE = set("\"“”„«»‹›")
# A comma closing a quotation leaves its sentence open for the cue; a mark opening a paragraph opens a quotation.
_COMMAS = frozenset(",，،")
_OPENING_MARKS = frozenset("\"“„«»‚‘‹›「『")
# Double marks that may open a quotation glued to an elided word before it (d'«, dell'«, l’“).
_ELIDED_OPENERS = frozenset("«„“\"‹")
# A sentence ends at . ! ? … before a space or a mark, not after a day number ("am 3. Juni"); the
# mark is matched first and the digits looked back at from it, so a search skips other letters fast.
# A full stop after one or two digits is an ordinal's ("am 3. März"), except after a year range
# ("in 2024-25."): that ends the sentence.
_STOP = re.compile(r"[.!?…](?:(?<=\d{4}[-–/]\d\d.)|(?<!\b\d.)(?<!\b\d\d.))(?=[\s\"”“»«’]|$)")
# Words of a quote that look like a title: capitalised content words ("Shaping the Future").
_TITLE_WORD = re.compile(r"^[A-ZÀ-ÞĀ-ſƏЀ-ЯҐ0-9]")
# Languages that capitalise every noun: a sentence of them looks like a title ("Nigeria ist ein
# Partner auf Augenhöhe"), so only a quote whose every word is capitalised reads as one there.
_NOUNS_CAPITALISED = frozenset(("de", "lb"))
TERM_MAX_WORDS = 3
# Words after a closing mark that may hold its cue.
CUE_WORDS = 4
# Words a cue may reach when a role or name phrase stands before its verb, within one clause
# ("…," the British prime minister said).
CUE_PHRASE_WORDS = 8
# In a verb-last language the subject's role and name, its postposition and the adverbials all stand before the verb
# ('"…،" سفیر خلیل ہاشمی نے صحافیوں سے گفتگو میں کہا', nine words): the cue after a quotation may reach this far.
CUE_PHRASE_WORDS_VERB_LAST = 12
# How many characters a cue's subject may end before its verb: in a verb-last language its postposition and the
# adverbials stand between ('شہباز شریف نے پارلیمنٹ میں خطاب کے دوران کہا', 32 characters).
_SUBJECT_REACH = 30
_SUBJECT_REACH_VERB_LAST = 60
# The most lower-case words of a cue whose verb no list holds ("odkázal im").
UNKNOWN_CUE_WORDS = 3
# Words of a subject after its verb read for an unnamed one: an article, a numeral, an adjective, the noun.
AFTER_VERB_SUBJECT_WORDS = 4
# Words an age epithet may stand from its cue's verb ("ha detto il 73enne", "the 73-year-old said").
EPITHET_REACH = 2
# Words of a reporting phrase with a possessive inside, at the start of a sentence ("по её мнению").
POSSESSIVE_PHRASE_WORDS = 4
# A clause boundary: a cue verb beyond one belongs to another clause.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]—–]|\s-\s")
# After a name set off by commas: one or two words (the speech verb, an auxiliary), then the colon before the
# quotation ("…, Ġorġ Mifsud, qal: “", "…, Anna Berg, ha detto: «").
_APPOSED_COLON = re.compile(r"\s*,\s*[^\W\d_]+(?:[ \u00a0][^\W\d_]+)?\s*:\s*$")
# Words before a short quoted phrase among which a verb of saying makes it speech
# ("bezeichnete das Engagement der Schüler als „vorbildlich“").
CLAUSE_WORDS = 8
# A speech verb within this many words after a name (auxiliaries between: "aveva definito") is its own.
OWN_CLAUSE_VERB_WORDS = 3
# Words between an opinion holder's opening and the holder ("Para la investigadora Carolina Méndez").
HOLDER_WORDS = 3
# Lower-case words of an aside between a cue's verb and the role phrase ("por su parte", "for his part").
ASIDE_WORDS = 3
# Characters looked back for a sentence start: bounds the work on one huge paragraph.
SENTENCE_MAX = 1500
# Words between an aide's noun and whom they serve: a preposition, an article, a role ("adviser to President X").
SERVED_GAP_WORDS = 3
# Characters looked back from a mention for an aide's noun.
SERVED_CHARS = 80
# Deepest nesting kept (a quote in a quote in a quote): deeper ones repeat their outer quote's
# words, so keeping them all would make the output quadratic in the text on hostile nesting.
MAX_DEPTH = 2
_WORD = re.compile(r"\w+")
# What may stand between a quotation's closing mark and its cue (see _sentence_end), and a full stop in it.
_CUE_LEAD = re.compile(r"[\s.,;:!?…]*[–—-]?\s*")
_LEAD_STOP = re.compile(r"[.!?…]")
# How many words a role's party or body may have between the role and its holder's name.
PARTY_WORDS = 3
# Punctuation that ends a role's party before a name: a clause or an apposition.
_PARTY_BREAK = re.compile(r"[,.;:!?()\[\]–—]")
# A word with its hyphenated parts (73-Jährige, 73-year-old), and the age that opens an epithet.
# A possessive "’s" closing a word ("the EU's", "Japan’s").
_POSSESSIVE_S = re.compile(r"(?<=[^\W\d_])['’]s\b")
_COMPOUND_WORD = re.compile(r"\w+(?:[-‐]\w+)*")
_AGE_PREFIX = re.compile(r"^\d+[-‐]?")
# After a name, a possessive and at most one word before an aide's noun ("Biden's top adviser", "Putins Sprecher").
_POSSESSED = re.compile(r"(?:['’]\w{0,3})?[ \u00a0]+(?:(\w+)[ \u00a0]+)?(\w+(?:[-‐]\w+)*)")
# A verb joined by a hyphen to the subject pronoun after it, as a cue opens ("calcule-t-elle", "ironise-t-il").
# (An elided reflexive may come first: "s'agace-t-il".)
_INVERTED = re.compile(r"[\s,–—-]*(?:\w['’])?(\w+)[-‐](?:t[-‐])?(\w+)(?!\w|[-‐]\w)")
# A name after a title: initials, then a capitalised word ("S. Jaishankar", "Jaishankar").
_UNKNOWN_NAME = re.compile(r"[ \u00a0]+(?:[A-ZÀ-ÞĀ-ſƏЀ-ЯҐ]\.[ \u00a0]*)*(?P<word>[A-ZÀ-ÞĀ-ſƏЀ-ЯҐ][\w’'-]+)")
# The word right before a full stop, and how far back it is looked for (the longest abbreviation).
_LAST_WORD = re.compile(r"(?<!\w)\w+$")
ABBREVIATION_CHARS = 12
# A letter or a digit: a quotation without one holds no words, only marks ("««««").
_ALNUM = re.compile(r"[^\W_]")
# What ends a quoted sentence inside its marks ("… stellen.“ Energiepolitik").
_FULL_STOPS = frozenset(".!?…")


@dataclass(frozen=True)
class _Words:
    """A word list of quotes' own: single words, stems (entries ending in *) and phrases of several words."""

    words: frozenset[str]
    stems: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    def ends(self, low: list[str]) -> bool:
        """The lower-case words end with an entry."""
        if not low:
            return False
        last = low[-1]
        return (last in self.words or last.startswith(self.stems)
                or any(tuple(low[-len(p):]) == p for p in self.phrases))

    def holds(self, word: str) -> bool:
        return word in self.words or word.startswith(self.stems)


@cache
def _object_endings(lang: str) -> tuple[str, ...]:
    """digest/data/<lang>/object_endings.txt: endings of a name in a case that is no subject (dative, instrumental)."""
    return tuple(e.lower() for e in data.sections("object_endings.txt", lang).get("", ())) if lang in LANGS else ()


@cache
def _epithets(lang: str) -> _Words:
    """The [epithets] of digest/data/<lang>/unnamed.txt as written (a leading "-" kept): age epithets."""
    entries = [e.lower() for code in ((lang,) if lang in LANGS else LANGS)
               for e in data.sections("unnamed.txt", code).get("epithets", ())]
    return _Words(frozenset(e for e in entries if not e.endswith("*")),
                  tuple(e[:-1] for e in entries if e.endswith("*")), ())


@cache
def _word_list(lang: str, what: str, section: str = "", *more: str) -> _Words:
    """digest/data/<lang>/<what>.txt (every language's for an unknown one), its sections joined: see the
    files' comments."""
    entries = [e.lower() for code in ((lang,) if lang in LANGS else LANGS)
               for part in (section, *more) for e in data.sections(f"{what}.txt", code).get(part, ())]
    split = [tuple(_WORD.findall(e)) for e in entries if not e.endswith("*")]
    return _Words(frozenset(p[0] for p in split if len(p) == 1),
                  tuple(e[:-1] for e in entries if e.endswith("*")),
                  tuple(p for p in split if len(p) > 1))


@dataclass
class _Raw:
    """A quotation found by pairing marks, before attribution."""

    parts: list[tuple[int, int]]
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int
    """Offset of the closing mark, or of the end of the quoted words when it is missing."""
    block: int
    """Index (in the paragraph list) of the paragraph where it ends."""
    depth: int = 0
    heading: bool = False
    speaker: str | None = None
    form: str | None = None
    cue: str = ""
    close_cue: bool = False
    """Attributed by a cue right after it (", ha detto Putin")."""
    asked: bool = False
    """Its cue is the press asking ("we asked X", "спросили мы у X"): a question no person of the text speaks."""
    clause_start: int = 0
    """Where its sentence starts (the paragraph start until attribution)."""
    in_cue: bool = False
    """A short quoted name inside another quotation's cue (— сказал депутат «Вестям», told the "Times"): a term."""
    cuts: list[tuple[int, int]] = field(default_factory=list)
    """Cues inside it, between its parts («La France est prête, a-t-il poursuivi, à…», —dijo Albares—)."""
    goes_on: bool = False
    """A dash line with no cue right after dialogue: the last speaker's unless another is named between."""
    introduced: bool = False
    """A dash line with no cue right after a paragraph that ends on a name and a colon ("… дэд ерөнхийлөгч
    Б.Цэрэндулам:" / "– Манай …"): an interview's answer, spoken by that name."""
    interview: int = -1
    """A dash line with no cue answering a dash-set question, in an interview a paragraph announces ("министр
    ответил на вопросы" / "— Почему …?" / "— Потому что …"): that paragraph's index, whose one person speaks."""
    qa: bool = False
    """An answer of an interview printed as questions and answers, quoted ("Minister, what did you agree?" /
    "“We agreed …”") or labelled ("Q: …?" / "A: …"): `interview` is the paragraph before the first question,
    and the interviewee may be named by the headline or alone in it (see _qa_answers, _labelled_answers)."""
    label: tuple[int, int] | None = None
    """A transcript's speaker label opening the paragraph ("PRIME MINISTER GOLOB: Good afternoon."), or the label
    of the answer an unlabelled paragraph goes on with: the labelled speaker's words (see _speaker_labels)."""


def _kind(text: str, i: int, end_of: int, start_of: int, top: str | None) -> str | None:
    """Whether the mark at i opens or closes (None: an apostrophe), given the innermost open mark."""
    ch = text[i]
    if ch in "'’":
        role = _single_role(text, i, end_of, start_of)
        if role == OPEN or role is None:
            return role
        return CLOSE if top is not None and top in _SINGLE_OPEN else None
    if ch == "‘" and start_of < i < end_of - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
        # Between two letters "‘" is a letter or an apostrophe, never a mark: Uzbek writes oʻ/gʻ with it
        # (O‘zbekiston, Xo‘jayev), some sites type it for "'" (it‘s). Quotes open after a space or a mark.
        return None
    left = i == start_of or text[i - 1] in _SPACE_LEFT
    if not left and ch in _ELIDED_OPENERS and text[i - 1] in "'’" and i - 1 > start_of and text[i - 2].isalpha():
        # "d'« un allié »", "dell'«Europa»", "l’“accord”": an elided article or preposition glued to the
        # mark stands where a space would, so the mark opens.
        left = True
    right = i + 1 >= end_of or text[i + 1] in _SPACE_RIGHT
    if ch == "’":
        # An apostrophe unless it closes an open single quotation.
        return CLOSE if right and not left and top in ("‘", "‚") else None
    if ch in _OPENERS:
        return OPEN
    if ch in "›»" and left and right and top is None:
        return None  # a separator between words with nothing open: "Monde › Proche-Orient", "Home » News"
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    if ch in _CLOSERS:
        return CLOSE if top else OPEN
    if ch in "«‹„":
        return OPEN
    return CLOSE if top else OPEN


@cache
def _apostrophe_words() -> re.Pattern[str]:
    """Words opening with an apostrophe ('n', 's-Hertogenbosch, '90s): a "'" before them opens nothing."""
    words = sorted(data.sections("apostrophe_words.txt", "any").get("", ()), key=len, reverse=True)
    listed = "|".join(re.escape(w[1:]) for w in words if w.startswith("'"))
    return re.compile(rf"['’](?:{listed}|\d\d?s?)(?![^\W_])" if listed else r"['’]\d\d?s?(?![^\W_])", re.I)


def _single_role(text: str, i: int, end_of: int, start_of: int) -> str | None:
    """What the single mark "'" or "’" at i may be from its neighbours alone: OPEN ("'" after a space,
    before a word), CLOSE (sure: punctuation by it), WEAK (between a word and a space: a closing mark
    or a plural possessive) or None (an apostrophe: it's, l'anno, '90s, rock 'n' roll)."""
    prev = text[i - 1] if i > start_of else " "
    nxt = text[i + 1] if i + 1 < end_of else "\n"
    if "\uac00" <= nxt <= "\ud7a3" and prev.isalnum():
        # A Korean particle glued to a closing mark ("‘셔틀외교’를", "'신뢰'라는"): Hangul writes no apostrophe.
        return CLOSE
    if prev.isalnum() and nxt.isalnum():
        return None  # the common case, an apostrophe inside a word: it's, l'anno, Erdoğan's
    marked = prev in _DOUBLE
    if prev in _SPACE_LEFT:
        if text[i] == "'" and (nxt.isalnum() or nxt in "….\"“„«") and not _apostrophe_words().match(text, i):
            return OPEN
        if not marked:
            return None
    if not (i + 1 >= end_of or nxt in _SPACE_RIGHT):
        return None
    if marked or prev in _SURE_BEFORE or i + 1 >= end_of or nxt in _SURE_AFTER:
        return CLOSE
    return WEAK if nxt.isspace() else None


def _single_roles(text: str, marks: list[tuple[int, str]], a: int, b: int) -> tuple[list[str | None], list[bool]]:
    """Each single mark's role (see _single_role; None for other marks), and whether a sure closing mark
    follows it before any opening one: then a WEAK mark before it is a possessive ('the leaders' summit,')."""
    roles = [_single_role(text, i, b, a) if ch in "'’" else None for i, ch in marks]
    sure_ahead = [False] * len(marks)
    if CLOSE not in roles:
        return roles, sure_ahead  # most paragraphs: nothing sure ahead of any mark
    ahead = False
    for k in range(len(marks) - 1, -1, -1):
        sure_ahead[k] = ahead
        i, ch = marks[k]
        if roles[k] == CLOSE:
            ahead = True
        elif roles[k] == OPEN or (ch in "‘‚" and (i == a or text[i - 1] in _SPACE_LEFT)
                                  and i + 1 < b and not text[i + 1].isspace()):
            # A curly or low single mark opening after a space starts a new quotation as an opening "'"
            # does: the sure closing mark ahead is its own, so "‘a new chapter’ in ties. ‘We agree,’"
            # closes the first at "chapter’" rather than reading it as a possessive.
            ahead = False
    return roles, sure_ahead


def _pair(text: str, paragraphs: list[tuple[int, int, bool]], lex: Lexicon) -> list[_Raw]:
    """Pair quotation marks paragraph by paragraph, carrying a quote that runs on."""
    found: list[_Raw] = []
    carried: _Raw | None = None
    # The marks of all paragraphs found at once, each paragraph's cut out by its offsets.
    every = [(m.start(), m.group()) for m in _MARKS.finditer(text, min(a for a, _, _ in paragraphs),
                                                             max(b for _, b, _ in paragraphs))] if paragraphs else []
    offsets = [i for i, _ in every]
    for p, (a, b, heading) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []
        marks = every[bisect_left(offsets, a) : bisect_left(offsets, b)]
        if carried is not None:
            mark = text[carried.open_mark]
            single = mark == "'"
            # The carried mark is the open one, so a "’" or "»" ending this paragraph's words may close
            # it; a single one between a word and a space with a sure closing mark ahead is a possessive.
            weak = _single_roles(text, marks, a, b) if any(ch in "'’" for _, ch in marks) else ((), ())
            first = next((k for k in range(len(marks)) if _continues(text, marks[k], a, b, mark, weak, k)), None)
            kind = _kind(text, marks[first][0], b, a, mark) if first is not None else None
            lead = text[a : marks[first][0]].strip() if first is not None else "x"
            if kind is not None and not lead:
                # The next paragraph opens again: the same quotation goes on. Some styles open it with a
                # closing-style mark ("» Il faudra…"): nothing stands before it, so it closes nothing.
                carried.parts.append((marks[first][0] + 1, b))
                marks = marks[first + 1 :]
                stack.append((-1, mark))
            elif kind == OPEN and _closed_after_nested(text, marks, first, a, b, mark, weak):
                # The paragraph goes on without reopening and quotes a term inside before the closing mark
                # ("Das ist keine ‚Abkehr‘, sondern Opportunismus“, sagte er): the same quotation ends here,
                # its inner pair nested in it. The loop below pairs them against the carried mark.
                carried.parts.append((a, b))
                marks = marks[first:]
                stack.append((-1, mark))
            elif kind == CLOSE:
                carried.parts.append((a, marks[first][0]))
                carried.close_mark, carried.block = marks[first][0], p
                found.append(carried)
                carried = None
                marks = marks[first + 1 :]
            else:
                if not single:
                    # An unclosed "'" that no paragraph takes up again was an apostrophe ('Bama).
                    _end_unclosed(text, carried, lex)
                    found.append(carried)
                carried = None
        # Most paragraphs hold no single mark: they need no roles.
        roles, sure_ahead = (_single_roles(text, marks, a, b) if any(ch in "'’" for _, ch in marks)
                             else ((), ()))
        for k, (i, ch) in enumerate(marks):
            if ch in "'’":
                role = roles[k]
                if role == OPEN:
                    if len(stack) > 1 and stack[-1][1] == stack[-2][1] == "'":
                        stack.pop()  # bounds the stack on a run of stray apostrophes ('a 'b 'c)
                    stack.append((i, ch))
                    continue
                # A mark between a word and a space with a sure closing mark ahead is a possessive
                # ('the leaders' summit,'), unless it may close a single quote inside another one.
                if (role is None or not stack or stack[-1][1] not in _SINGLE_OPEN
                        or (role == WEAK and sure_ahead[k] and not (len(stack) > 1 and stack[-2][1] in _SINGLE_OPEN))):
                    continue
                kind = CLOSE
            else:
                # An opening "'" still open when a double mark comes was an apostrophe, or holds it.
                top = next((c for _, c in reversed(stack[-3:]) if c != "'"), None)
                kind = _kind(text, i, b, a, top)
                if kind == CLOSE:
                    while stack and stack[-1][1] == "'" and stack[-1][0] != -1:
                        stack.pop()
            if kind == OPEN:
                stack.append((i, ch))
            elif kind == CLOSE and stack:
                o, _ = stack.pop()
                if o == -1:
                    assert carried is not None
                    carried.parts[-1] = (carried.parts[-1][0], i)
                    carried.close_mark, carried.block = i, p
                    found.append(carried)
                    carried = None
                    continue
                if len(stack) <= MAX_DEPTH and _ALNUM.search(text, o + 1, i):
                    found.append(_Raw([(o + 1, i)], o, i, p, depth=len(stack), heading=heading, clause_start=a))
        if carried is not None and stack and stack[0][0] == -1:
            continue  # still running on
        if stack and _ALNUM.search(text, stack[0][0] + 1, b):
            o = stack[0][0]
            carried = _Raw([(o + 1, b)], o, b, p, heading=heading, clause_start=a)
    if carried is not None and text[carried.open_mark] != "'":
        _end_unclosed(text, carried, lex)
        found.append(carried)
    found.sort(key=lambda r: r.parts[0][0])
    for r in found:
        r.parts = [trim(text, a, b) for a, b in r.parts]  # « Nous allons » keeps no spaces
    return [r for r in found if any(_ALNUM.search(text, a, b) for a, b in r.parts)]


def _continues(text: str, at: tuple[int, str], a: int, b: int, mark: str,
               roles: tuple[Sequence[str | None], Sequence[bool]], k: int) -> bool:
    """Whether a mark (the k-th of its paragraph, whose single marks' `roles` are _single_roles') may
    reopen or close the quotation carried into the paragraph, opened by `mark`."""
    i, ch = at
    kind = _kind(text, i, b, a, mark)
    return kind is not None and not (ch in "'’" and roles[0][k] == WEAK and roles[1][k])


def _closed_after_nested(text: str, marks: list[tuple[int, str]], first: int, a: int, b: int, mark: str,
                         roles: tuple[Sequence[str | None], Sequence[bool]]) -> bool:
    """Whether, from the paragraph's `first` mark (an opening one), a closing mark of the carried quotation's
    kind (double for a double `mark`, single for a single one) comes with every mark opened before it closed:
    the quotation opened by `mark` in an earlier paragraph ends there, and what opened first is nested in it.
    A paragraph whose marks all pair up ('er sagte „ja“.') holds quotations of its own: False."""
    inner: list[str] = []
    for k in range(first, len(marks)):
        i, ch = marks[k]
        if ch in "'’" and roles[0] and roles[0][k] == WEAK and roles[1][k]:
            continue  # a possessive ('the leaders' summit') with a sure closing mark ahead
        top = next((c for c in reversed(inner) if c != "'"), mark)
        kind = _kind(text, i, b, a, top)
        if kind == OPEN:
            inner.append(ch)
        elif kind == CLOSE:
            if ch not in "'’":
                while inner and inner[-1] == "'":
                    inner.pop()  # an opening "'" left open by a double closing mark was an apostrophe
            if inner:
                inner.pop()
            elif (ch in _DOUBLE) == (mark in _DOUBLE):
                return True
            else:
                return False
    return False


_DASH_CUE = re.compile(r"\s[–—-]\s+|,\s+")


def _end_unclosed(text: str, raw: _Raw, lex: Lexicon) -> None:
    """A quotation whose closing mark is missing ends before a dash or comma cue, else at the paragraph end."""
    a, b = raw.parts[-1]
    cut = b
    for m in _DASH_CUE.finditer(text, a, b):
        word = _WORD.match(text, m.end(), b)
        if word and lex.is_verb(word.group()):
            cut = m.start()
    while cut > a and text[cut - 1].isspace():
        cut -= 1
    raw.parts[-1] = (a, cut)
    raw.close_mark = cut


# A cue's verb (and its pronoun) right after the quotation's closing mark and a dash ("», — сказала",
# ". — заявил он"), or a dash cue inside it: what stands quoted right after it is the outlet told.
_CUE_VERB_LEAD = re.compile(r"(?:[»”\"“’]\s*[,.!?…]?|[,.!?…])\s*[—–-]\s*(?:\w+\s+)?$")
# Words of an outlet's name quoted in a cue (“Ъ”, «Новой газете»).
CUE_OUTLET_WORDS = 2
# Characters looked back from such a name for its cue's verb and the dash before it.
CUE_OUTLET_LEAD = 80


def _cue_outlets(text: str, raws: list[_Raw], lex: Lexicon) -> list[_Raw]:
    """The quotations that are an outlet's name inside a cue ("», — сказала “Ъ” ведущий научный сотрудник X",
    "— заявил он «Ведомостям». —"): a capitalised name of a word or two right after a cue's speech verb or its
    pronoun. Nobody says it, and its marks must not end the cue before the speaker's name."""
    found: list[_Raw] = []
    for r in raws:
        if len(r.parts) != 1 or r.close_mark >= len(text) - 1:
            continue
        words = _WORD.findall(text, r.open_mark + 1, r.close_mark)
        if not (0 < len(words) <= CUE_OUTLET_WORDS and words[0][:1].isupper()) or text[r.close_mark + 1].isalnum():
            continue
        lead = text[max(0, r.open_mark - CUE_OUTLET_LEAD) : r.open_mark]
        before = list(_WORD.finditer(lead))[-2:]
        if not before or not lead.endswith((" ", "\u00a0")):
            continue
        # "сказала “Ъ”" or "заявил он “Ъ”": the verb, or the verb and its pronoun, right before the marks.
        if lex.is_speech_verb(before[-1].group()):
            verb = before[-1]
        elif len(before) == 2 and before[1].group().lower() in lex.pronouns and lex.is_speech_verb(before[0].group()):
            verb = before[0]
        else:
            continue
        if _CUE_VERB_LEAD.search(lead, 0, verb.start()):
            found.append(r)
    return found


def _unmarked(text: str, raws: list[_Raw]) -> str:
    """The text with the marks of these quotations blanked: the same offsets, the name read as words."""
    chars = list(text)
    for r in raws:
        chars[r.open_mark] = chars[r.close_mark] = " "
    return "".join(chars)


def find_quotes(
    text: str, blocks: Sequence[Block], sentences: Sequence[Sentence], lang: str, people: People | None = None
) -> list[Quote]:
    """Every direct quotation in the text blocks, attributed where the text says who spoke.

    Offsets are into `text`; `speaker` is the fullest form of the name in this article.
    Sentence boundaries are found around each quotation here, since a quotation's own
    full stops must not cut its cue from it; `sentences` is accepted for the pipeline's sake.
    `people` is People(text, text_spans(blocks), lang) when the caller has it already.
    """
    del sentences
    lex = lexicon(lang)
    # The headline too: "Jetten in Kopenhagen: ‘…’" quotes words the body may never repeat.
    paragraphs = [(bl.start, bl.end, bl.kind in (HEADING, TITLE)) for bl in blocks if bl.kind in (TEXT, HEADING, TITLE)]
    raws = _pair(text, paragraphs, lex)
    if unspaced(lang):
        return _unspaced_quotes(text, paragraphs, raws, people or people_of(text, text_spans(blocks), lang))
    # An outlet's name quoted in a cue ("— сказала “Ъ” эксперт X") is no quotation: the cue is read
    # through it (in `spoken`, its marks blanked) and the quotations' words are still cut from `text`.
    outlets = _cue_outlets(text, raws, lex)
    spoken = text
    if outlets:
        spoken = _unmarked(text, outlets)
        raws = [r for r in raws if not any(r is o for o in outlets)]
    top = [r for r in raws if r.depth == 0]
    abbreviations = _abbreviations(lang)
    for r in top:
        if not r.heading:
            _cut_inner_cues(spoken, r, lex, abbreviations)
    dialogue = _dash_quotes(spoken, paragraphs, lex, top, _interview_words(lang))
    if dialogue:
        top = sorted(top + dialogue, key=lambda r: r.parts[0][0])
    labelled = _labelled_answers(spoken, paragraphs, lang) + _speaker_labels(spoken, paragraphs, lang, lex)
    if labelled:
        top = sorted(top + labelled, key=lambda r: r.parts[0][0])
    _qa_answers(spoken, paragraphs, top)
    if people is None:
        people = People(text, text_spans(blocks), lang)
    mentions = people.resolve([span for r in top for span in _masked(r)])
    attribution = _Attributor(spoken, paragraphs, mentions, lex, top, _word_list(lang, "unnamed", "", "nouns"), _object_endings(lang),
                              _word_list(lang, "unnamed", "impersonal"), abbreviations | lex.titles, lang,
                              getattr(people, "gender_of", None), getattr(people, "verb_gender", None))
    for r in top:
        if not r.heading:
            attribution.attribute(r)
            if outlets and r.cue:
                r.cue = " ".join(r.cue.split())  # the blanked marks' spaces ("сказала Ъ ведущий")
    # A headline quotation the body repeats is listed once, from the body ("Vi deler det samme hav" of
    # "»… Vi deler det samme hav og de samme bekymringer«"); a subheading's is kept, as it always was.
    titles = {k for k, bl in enumerate(bl for bl in blocks if bl.kind in (TEXT, HEADING, TITLE)) if bl.kind == TITLE}
    repeated = [(r.open_mark, r.close_mark) for r in top if r.heading and attribution.pull_quote(r) and r.block in titles]
    if repeated:
        top = [r for r in top if not any(a <= r.open_mark and r.close_mark <= b for a, b in repeated)]
        raws = [r for r in raws if not any(a <= r.open_mark and r.close_mark <= b for a, b in repeated)]
    naming = _word_list(lang, "term_words")
    merged = _merge_interrupted(spoken, top, naming, lang in _NOUNS_CAPITALISED, lex.prepositions)
    opens = [o.open_mark for o in top]
    for r in raws:
        if r.depth:
            k = bisect_left(opens, r.open_mark) - 1
            outer = top[k] if k >= 0 and r.close_mark <= top[k].close_mark else None
            r.speaker = outer.speaker if outer else None
    ordered = sorted(merged + [r for r in raws if r.depth], key=lambda r: r.parts[0][0])
    clause = _word_list(lang, "term_words", "clause")
    every = lang in _NOUNS_CAPITALISED
    calling = _word_list(lang, "term_words", "calling")
    events = _word_list(lang, "term_words", "events")
    return _repeated_names([_to_quote(text, r, lex, naming, clause, every, calling, events) for r in ordered])


# Arabic press sets a company's name in guillemets every time («أرامكو», «بتروبراس»); most of its uses a rule
# above reads as a name (after شركة, before و«…»), not all ("تمنح «أرامكو» منفذاً" after an opinion verb).
_TATWEEL = "\u0640"


def _repeated_names(quotes: list[Quote]) -> list[Quote]:
    """The quotations with a short speech quotation (no sentence's stop) whose words the article also quotes
    as a name (a term nobody says) made that name too: nobody's words are quoted twice as a bare noun."""
    names = {q.text.strip() for q in quotes if q.kind == "term" and q.speaker is None and not q.cue}
    return [replace(q, kind="term", speaker=None, speaker_form=None, cue="")
            if q.text.strip() in names and _bare_name(q.text) and (q.kind == "speech" or q.speaker) else q
            for q in quotes]


def _bare_name(body: str) -> bool:
    """A short run of words with no punctuation of a sentence, which a name may be."""
    return 0 < len(_WORD.findall(body)) <= TERM_NAME_WORDS and not any(ch in body for ch in ",.;:!?…،؟")


# --- Languages written without spaces (Chinese) ------------------------------------------------------------------
# A cue is glued to the quotation and its speaker ("习近平表示：“…”", "“…，”他说，“…”", "托卡耶夫说，…，“…”"): the
# word-run attribution above reads none of it. The quotation marks pair as in any language (“” 「」 『』); the
# speaker is the subject of the last speech verb of the sentence before the quotation, or the name or pronoun
# and verb right after it (speakers._UnspacedPeople). A quotation of at most _UNSPACED_TERM_CHARS characters not
# right after its cue's colon or comma, or after an opinion verb, is a term ("一带一路", "压舱石"), and so is a
# longer phrase with no cue and no full stop.
_UNSPACED_TERM_CHARS = 8
# What parts two halves of one quotation around their cue: "，”他说，“" (no full stop between).
_UNSPACED_GAP_CHARS = 16
# (A full stop after a Hangul syllable and before a space ends a Korean sentence too.)
_UNSPACED_STOP = re.compile("[。！？!?]|(?<=[\uac00-\ud7a3])\\.(?=\\s|$)")
_UNSPACED_SENTENCE_END = tuple("。！？!?…")


# Corner brackets, the quotation marks of Traditional Chinese and Japanese (「…」, 『…』 inside them), which the
# pairing above does not read: one paragraph's pair, with no other opening of its kind inside.
_CORNER = re.compile("「([^「」\n]*)」|『([^『』\n]*)』")


# The most paragraphs after its first a corner-bracket statement may run on (see _corner_raws).
_CORNER_PARAGRAPHS = 3


def _corner_raws(text: str, paragraphs: list[tuple[int, int, bool]]) -> list[_Raw]:
    """The corner-bracket quotations of the paragraphs, a 『』 inside a 「」 one level down."""
    out: list[_Raw] = []
    for k, (a, b, heading) in enumerate(paragraphs):
        outer: list[tuple[int, int]] = []
        for m in _CORNER.finditer(text, a, b):
            if m.group(1) is not None:
                outer.append(m.span())
        for m in _CORNER.finditer(text, a, b):
            g = 1 if m.group(1) is not None else 2
            depth = int(g == 2 and any(x < m.start() and m.end() < y for x, y in outer))
            out.append(_Raw(parts=[m.span(g)], open_mark=m.start(), close_mark=m.end() - 1, block=k, depth=depth,
                            heading=heading))
        # 『』 inside 「」 is found by the second search only when the outer pair's own search skipped it.
        for x, y in outer:
            for m in re.finditer("『([^『』\n]*)』", text[x:y]):
                out.append(_Raw(parts=[(x + m.start(1), x + m.end(1))], open_mark=x + m.start(), close_mark=x + m.end() - 1,
                                block=k, depth=1, heading=heading))
        # A statement of several paragraphs: "「…。\n\n…」", the mark opening the first paragraph and closing a
        # later one, no other mark of its kind between.
        body = text[a:b]
        lead = len(body) - len(body.lstrip())
        if heading or not body.lstrip().startswith("「") or "」" in body or body.count("「") != 1:
            continue
        parts = [(a + lead + 1, a + len(body.rstrip()))]
        for c, d, later_heading in paragraphs[k + 1 : k + 1 + _CORNER_PARAGRAPHS]:
            more = text[c:d].rstrip()
            # (A short closing paragraph may pass for a heading: its closing mark says it is the statement's.)
            if "「" in more or later_heading and "」" not in more:
                break
            if "」" not in more:
                parts.append((c, c + len(more)))
                continue
            if more.rstrip("。").endswith("」") and more.count("」") == 1:
                close = c + more.rindex("」")
                out.append(_Raw(parts=parts + [(c, close)], open_mark=a + lead, close_mark=close, block=k, depth=0,
                                heading=False))
            break
    return out


# What may stand after a statement closing its paragraph: its full stop, spaces.
_UNSPACED_TRAILING = " \t\u3000。.！？!?"


def _unspaced_quotes(text: str, paragraphs: list[tuple[int, int, bool]], raws: list[_Raw], people: Any) -> list[Quote]:
    """The quotations of a text in a language without spaces, attributed by its glued cues (see above)."""
    raws = sorted(raws + _corner_raws(text, paragraphs), key=lambda r: r.open_mark)
    top = [r for r in raws if r.depth == 0]
    merged: list[_Raw] = []
    for r in top:
        prev = merged[-1] if merged else None
        # (Only a first half that ends on a comma, or on no mark, goes on: "“…。”拉夫罗夫说：“…”" is two
        # statements, the cue between them the second's.)
        if (prev is not None and not r.heading and prev.block == r.block and not prev.heading
                and 0 < r.open_mark - prev.close_mark <= _UNSPACED_GAP_CHARS
                and not text[prev.parts[-1][0]:prev.parts[-1][1]].rstrip().endswith(_UNSPACED_SENTENCE_END)
                and not _UNSPACED_STOP.search(text, prev.close_mark, r.open_mark)
                and people.speaker_after(prev.close_mark + 1, r.open_mark) is not None):
            prev.parts.extend(r.parts)
            prev.close_mark = r.close_mark
            continue
        merged.append(r)
    out = []
    # The last attributed statement: its speaker, its paragraph's index and where it closed.
    last: tuple[tuple[str, str, str], int, int] | None = None
    for r in merged + [r for r in raws if r.depth]:
        body = " … ".join(text[a:b] for a, b in r.parts)
        k = next((i for i, p in enumerate(paragraphs) if p[0] <= r.open_mark < p[1]), -1)
        para = paragraphs[k] if k >= 0 else (r.open_mark, r.close_mark + 1, False)
        stops = list(_UNSPACED_STOP.finditer(text, para[0], r.open_mark))
        floor = stops[-1].end() if stops else para[0]
        cue = None if r.heading or r.depth else people.speaker_before(r.open_mark, floor)
        first_end = r.parts[0][1]
        gap_end = r.parts[1][0] if len(r.parts) > 1 else para[1]
        after = None if r.heading or r.depth else people.speaker_after(first_end + 1, min(gap_end, para[1]))
        if after is None and not r.heading and not r.depth:
            # "「…」と述べた": the verb after the quotation, its subject before it.
            after = people.speaker_closing(r.open_mark, r.close_mark + 1, floor, para[1])
        right_after_cue = text[max(para[0], r.open_mark - 1):r.open_mark] in ("：", ":", "，", ",")
        if (cue is None and after is None and not r.heading and not r.depth and k > 0
                and not text[para[0]:r.open_mark].strip()):
            # "小泉大臣は次のように述べました。\n「…」": a statement opening its paragraph, no cue after it, after a
            # paragraph that a speech verb ends is that verb's subject's.
            prev_a, prev_b, prev_heading = paragraphs[k - 1]
            prev_end = prev_a + len(text[prev_a:prev_b].rstrip().rstrip("。.：:"))
            before = None if prev_heading else people.speaker_before(prev_end, prev_a)
            if before is not None and text[prev_a:prev_end].endswith(before[2]):
                cue, right_after_cue = before, True
        if (cue is None and after is None and not r.heading and not r.depth and stops and floor == r.open_mark
                and body.rstrip("”’」』 ").endswith(_UNSPACED_SENTENCE_END)):
            # "鄭柵潔表示，中方願…。「…。」": a whole sentence quoted right after a sentence its speech verb opens
            # goes on with that verb's subject (the sentence before reports, the quotation gives the words).
            prev_floor = stops[-2].end() if len(stops) > 1 else para[0]
            cue = people.speaker_before(stops[-1].start(), prev_floor)
        # "习近平指出：“…。”他表示，…": the cue the quotation opens on is its own; the next sentence's is not.
        said = cue if cue and right_after_cue else (after or cue)
        opinion = cue is not None and people.is_opinion(cue[2])
        sentence = body.rstrip("”’」』 ").endswith(_UNSPACED_SENTENCE_END)
        if said is None and sentence and last is not None and not r.heading and not r.depth:
            # A whole sentence with no cue of its own goes on with the last statement: right after it
            # ("说：“…。”“…。”"), or as a paragraph of its own after the paragraph that statement closed.
            speaker, last_para, last_close = last
            if k == last_para and not text[last_close + 1:r.open_mark].strip():
                said = speaker
            elif (k >= 0 and k == last_para + 1 and not text[paragraphs[last_para][0]:paragraphs[last_para][1]]
                  [last_close + 1 - paragraphs[last_para][0]:].strip(_UNSPACED_TRAILING)
                  and not text[para[0]:r.open_mark].strip()
                  and not text[r.close_mark + 1:para[1]].strip(_UNSPACED_TRAILING)):
                said = speaker
        closing = None if said is not None or last is None or k != last[1] or r.heading or r.depth else \
            people.speaker_closing(r.open_mark, r.close_mark + 1, para[0], para[1])
        if closing is not None and last is not None:
            # "村上氏は「…」と分析する。そのうえで「…」と指摘した": a speech verb closes it and its sentence names
            # nobody (Japanese and Chinese drop a known subject): the paragraph's last speaker goes on.
            said = (last[0][0], last[0][1], last[0][1] + "…" + closing[2].rpartition("…")[2])
        # A phrase no cue introduces and no full stop ends is a name or a slogan ("新时代全天候全面战略伙伴关系"),
        # however long; a whole sentence is somebody's words, unattributed.
        # (A quotation its cue's verb closes is speech, its speaker unnamed or not: Korean "정부 관계자는 "…"고 말했다".)
        cued = said is None and not r.heading and not r.depth and getattr(people, "cued_after", None) is not None \
            and people.cued_after(r.close_mark + 1, para[1])
        term = bool(r.depth) or (not sentence and said is None and not cued) or (
            len(body) <= _UNSPACED_TERM_CHARS and not sentence and (opinion or not (right_after_cue or after)))
        speaker = None if term or said is None else said
        out.append(Quote(
            start=r.parts[0][0], end=r.parts[-1][1], text=body,
            speaker=speaker[0] if speaker else None, speaker_form=speaker[1] if speaker else None,
            cue=speaker[2] if speaker else "", kind="term" if term else "speech",
            parts=tuple(r.parts) if len(r.parts) > 1 else (),
        ))
        if not r.depth:
            last = (speaker, k, r.close_mark) if speaker else None
    return sorted(out, key=lambda q: q.start)


def _masked(r: _Raw) -> list[tuple[int, int]]:
    """The stretches of a quotation whose names are not mentions: all of it but its inner cues. A transcript's
    labelled answer has none: it is the running text, whose names a quotation inside it ("\"…,\" he told me")
    refers to."""
    if r.label is not None:
        return []
    spans, pos = [], r.open_mark
    for a, b in r.cuts:
        spans.append((pos, a))
        pos = b
    spans.append((pos, max(r.close_mark, r.parts[-1][1]) + 1))
    return spans


# A cue set off inside a quotation: between commas (", a-t-il poursuivi,") or dashes ("—añadió—",
# ", — сказав він. — "). The dash one is tried at every dash, since a dash of the speech ("Наш кордон —
# це…") may stand before the cue's.
# (A hyphen between spaces opening it stands for a dash: ", - сказал X, - " is the dash form.)
_COMMA_SET = re.compile(r",\s+(?!-\s)([^,;:.!?()\"“”„«»—–]{1,60}?),\s")
# A hyphen-minus stands for the dash where it hugs a comma (Armenian «A,- նշեց X-ը,- B», typed without
# spaces too: «A,-նշեց X-ը,-B») or stands between a stop or space and a space ("A, - said X, - B"); one inside
# a word (X-ը, Jean-Marie) or a price's "10.-" is no dash.
_SET_HYPHEN = r"(?:(?<=[,!?…])-|(?<=[.\s])-(?=\s))"
_DASH_SET = re.compile(r"(?:[—–]|" + _SET_HYPHEN + r")\s*([^—–\"“”„«»]{1,80}?)\s*(?:[—–](?=[\s.,;:])|"
                       + _SET_HYPHEN + ")")
_SET_DASH = re.compile(r"[—–]|" + _SET_HYPHEN)
# A cue after a comma that ends its sentence inside the marks (« …, a souligné X. Nous… »): its words
# run to a full stop before a capital or the quotation's end; other punctuation first means no such cue.
_COMMA_LEAD = re.compile(r",\s+(?:[—–]\s*)?(?=[^\W\d_])")
# What may follow such a cue's full stop before the speech goes on: Russian sets it off with a dash too.
_AFTER_STOP_CUE = re.compile(r"\s*(?:[—–]\s*)?")
_STOP_CUE_END = re.compile(r"[,;:!?()\"“”„«»—–\n]|\.(?=\s|$)")
STOP_CUE_CHARS = 80
# The most words of a role phrase between a cue's verb and its holder's name, set off by a comma or not (a
# party's name in the genitive, then the role: "teigė opozicinės Tėvynės sąjungos–Lietuvos krikščionių
# demokratų frakcijos narys X").
ROLE_PHRASE_WORDS = 10
# Words of an apposition between a name and its speech verb after a quotation ("Jane Doe, a lawmaker from the
# Constitutional Democratic Party of Japan, said": a role, its party and country).
APPOSITION_WORDS = 16
# What ends such a phrase: a clause's or sentence's punctuation, a quotation mark or a bracket.
# The most lower-case words before the role of a long role phrase after a cue's verb (an addressee, an adjective).
ROLE_LEAD_WORDS = 2
# A lower-case word and its period: an abbreviation's when the language lists it ("ds.", "ca.").
_ABBREVIATION_DOT = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.(?=\s)")
_ROLE_PHRASE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”„«»]")
# Words at most between a verb of calling and the quotation ("назвав цю угоду «…»", "called the deal "…"");
# the object may hold a year and a compound noun ("called the 2019 water agreement "…"").
CALLED_WORDS = 5
# Words after a relative pronoun among which its clause's speech verb stands ("who has since said").
RELATIVE_VERB_WORDS = 3
# Words of a cue set off inside a quotation: longer ones are a clause of the speech.
INNER_CUE_WORDS = 8


def _cue_words(lex: Lexicon, words: list[str], subject: bool, most: int = INNER_CUE_WORDS, opinion: bool = False,
               named: bool = False) -> bool:
    """Words that make a cue: a speech verb among the first three, only short lower-case words or
    pronouns before it (a-t-il poursuivi, ha añadido); with `subject`, a pronoun, role or name among them.
    `opinion`: a verb of opinion counts too (a dash-set cue, — считает эксперт). `named`: its subject, a
    name or role, may stand before the verb ("– …, Stubb sanoi.", "– …, presidentti Karis sanoi.")."""
    if not words or len(words) > most:
        return False
    verb = lex.is_verb if opinion else lex.is_speech_verb
    # Or a verb listed with its separated particle ("– jelentette ki Costa. –", "tette hozzá"): neither
    # word is a speech verb alone.
    k = next((i for i, w in enumerate(words[:4])
              if verb(w) or (i + 1 < len(words) and lex.is_verb_pair(w, words[i + 1]))), None)
    if k is None or not all(w.lower() in lex.pronouns or (len(w) <= 3 and w.islower())
                            or (named and (w[:1].isupper() or lex.is_role(w.lower()))) for w in words[:k]):
        return False
    return not subject or any(w.lower() in lex.pronouns or lex.is_role(w) or w[:1].isupper() for w in words)


def _stop_cues(text: str, a: int, b: int, lex: Lexicon, abbreviations: frozenset[str]
               ) -> list[tuple[int, tuple[int, int], int, None]]:
    """Cues after a comma that end a sentence inside text[a:b] (« …, a souligné X. Nous… », "…, ha detto
    Meloni.", «…, — сказал X. Это…»), checked already (None): a speech verb and a subject, then a capital
    or the quotation's end."""
    out: list[tuple[int, tuple[int, int], int, None]] = []
    for lead in _COMMA_LEAD.finditer(text, a, b):
        limit = min(b, lead.end() + STOP_CUE_CHARS)
        for end in _STOP_CUE_END.finditer(text, lead.end(), limit):
            if end.group() != ".":
                break
            last = text[lead.end() : end.start()].rsplit(None, 1)[-1].lower()
            if len(last) == 1 or last in abbreviations:
                continue  # "a déclaré M. Macron.", "said J. Smith.": the name goes on
            after = _AFTER_STOP_CUE.match(text, end.end(), b).end()  # type: ignore[union-attr]
            words = _WORD.findall(text, lead.end(), end.start())
            if (after == b or text[after].isupper()) and (_cue_words(lex, words, subject=True)
                                                          or _inverted_cue(lex, words)):
                out.append((lead.start(), (lead.end(), end.start()), after, None))
            break
    return out


def _inverted_cue(lex: Lexicon, words: list[str]) -> bool:
    """A sentence-ending cue longer than INNER_CUE_WORDS whose verb comes first and whose named subject
    follows it ("…, a lancé la ministre X devant la presse. Nous…", "…, said Minister X at a briefing in
    Y. We…"): the inversion marks an incise, so the words after the name (where, to whom) may run on.
    Only auxiliaries may stand before the verb: "il a dit à X que…" is a clause of the speech."""
    if len(words) > DIALOGUE_CUE_WORDS:
        return False
    k = next((i for i, w in enumerate(words[:3]) if lex.is_speech_verb(w)), None)
    if k is None or not all(len(w) <= 3 and w.islower() and w not in lex.pronouns for w in words[:k]):
        return False
    # The subject: articles and role words, then a capitalised name.
    subject = next((w for w in words[k + 1 : k + 1 + INVERTED_SUBJECT_WORDS]
                    if not (w.lower() in lex.noun_markers or lex.is_role(w.lower()))), None)
    return subject is not None and subject[:1].isupper()


# Words between an inverted cue's verb and the name of its subject ("a lancé la ministre X", "said Prime Minister X").
INVERTED_SUBJECT_WORDS = 4


def _bare(text: str, a: int, b: int) -> tuple[int, int]:
    """A cue's span without the stop or comma that ends it before its closing dash ("сказав він. —")."""
    while b > a + 1 and text[b - 1] in ".,;":
        b -= 1
    return a, b


def _cut_inner_cues(text: str, r: _Raw, lex: Lexicon, abbreviations: frozenset[str] = frozenset()) -> None:
    """Splits a quotation at the cues set off inside it: the cue is no part of the words quoted."""
    parts: list[tuple[int, int]] = []
    for a, b in r.parts:
        pos = a
        dashes = (_DASH_SET.match(text, d.start(), b) for d in _SET_DASH.finditer(text, a, b))
        found = sorted([(m.start(), m.span(1), m.end(), True) for m in _COMMA_SET.finditer(text, a, b)]
                       + [(m.start(), _bare(text, *m.span(1)), m.end(), False) for m in dashes if m]
                       + _stop_cues(text, a, b, lex, abbreviations), key=lambda x: x[0])
        for start, cue, end, comma in found:
            if start < pos or (end >= b and comma is not None):
                continue
            # Dashes bound a cue, so it may name the speaker at length, as in dialogue; there a verb of
            # opinion with its subject is a cue too, as in dash dialogue («…,— считает эксперт X.— …»).
            if comma is not None and not (
                    _cue_words(lex, words := _WORD.findall(text, *cue), subject=comma,
                               most=INNER_CUE_WORDS if comma else DIALOGUE_CUE_WORDS)
                    or (not comma and _cue_words(lex, words, subject=True, most=DIALOGUE_CUE_WORDS, opinion=True))):
                continue
            first = trim(text, pos, start)
            # The comma before a dash cue (", — сказав") is the cue's, as the one before a comma cue is.
            parts.append((first[0], first[1] - (first[1] > first[0] and text[first[1] - 1] == ",")))
            r.cuts.append(cue)
            pos = _PART_LEAD.match(text, end, b).end()  # type: ignore[union-attr]
        parts.append(trim(text, pos, b))
    if r.cuts:
        r.parts = [(a, b) for a, b in parts if _ALNUM.search(text, a, b)]
        r.close_cue = True


# Words looked at for a reporting phrase and its source opening a sentence ("according to a source in the").
SOURCE_WORDS = 8
# How many words after a cue's verb an outlet and the name after it may span ("pre denník Pravda Denisa X"),
# and how many lower-case words may name the outlet's kind (denník, agentúru, deníku Právo).
OUTLET_WORDS = 8
OUTLET_NOUNS = 2
# Longest pronoun after a reporting phrase ("ní", "niej", "него", "ihnen").
PRONOUN_CHARS = 6
# Characters of a seat of government's name opening a sentence (Palazzo Chigi, Pałac Elizejski).
SEAT_CHARS = 30


# Words of the cue of a line of dialogue: its dashes bound it, so it may name the speaker at length
# ("—dijo Albares a los periodistas que viajan con la delegación—").
DIALOGUE_CUE_WORDS = 16
# A paragraph of dialogue opens with a dash (—Somos…, — Мы готовы…).
_DIALOGUE = re.compile(r"[—–]\s*(?=\w)")
_MID_DIALOGUE = re.compile(r"[.!?…]\s+(?P<dash>[—–])\s*(?=\w)")
# The dash before a cue inside a line of dialogue, with the punctuation before it.
_CUE_DASH = re.compile(r"[,.!?…]?\s*[—–]\s*")
_PART_LEAD = re.compile(r"[\s.,;:]*")
_DASH = re.compile("[—–]")
# Polish portals set dialogue with a spaced ASCII hyphen ("- Nasze regiony … - powiedział prezydent."):
# the same forms, a hyphen between spaces counting as a dash. Only for a line that opens with one, so a
# hyphen elsewhere stays a hyphen.
_HYPHEN_DIALOGUE = re.compile(r"-\s+(?=\w)")
_HYPHEN_MID_DIALOGUE = re.compile(r"[.!?…]\s+(?P<dash>-)\s+(?=\w)")
_HYPHEN_CUE_DASH = re.compile(r"[,.!?…]?\s*(?:[—–]|(?<=\s)-(?=\s))\s*")
_HYPHEN_DASH = re.compile(r"[—–]|(?<=\s)-(?=\s)")


def _dash_quotes(text: str, paragraphs: list[tuple[int, int, bool]], lex: Lexicon, found: list[_Raw],
                 interview_words: tuple[tuple[str, ...], ...] = ()) -> list[_Raw]:
    """Dialogue set off by dashes, as Spanish, Russian and Polish print it: a paragraph opening with a
    dash is speech when a dash-set cue with a speech verb follows ("—Somos… —dijo Albares—. Nadie…",
    "— Мы готовы, — сказал Лавров."); other dash paragraphs (lists, asides) are not. `interview_words`:
    the language's interview.txt, whose words in a paragraph before dash-set questions make the lines
    answering them the interviewee's."""
    out: list[_Raw] = []
    # The paragraph announcing the interview whose questions and answers run up to here, or -1.
    interview = -1
    last = -1
    starts = [q.open_mark for q in found]
    taken = -1
    # A dash line with no cue and no dialogue before it: its words, where it opens, its paragraph.
    pending: tuple[tuple[int, int], int, int] | None = None
    for p, (a, b, heading) in enumerate(paragraphs):
        if heading or p == taken:
            continue
        if interview >= 0 and text[a:b].lstrip()[:1] not in _INTERVIEW_DASHES:
            interview = -1  # narration ends the questions and answers
        # A dash opening the paragraph, or one after a sentence end inside it ("… sojuszu. – Bez
        # Polski … – mówił X."): a dash inside a sentence is an aside (– jak podkreślił –) or a range.
        k, j = bisect_left(starts, a), bisect_left(starts, b)
        # Quotation marks in it say what is quoted, up to the last one: a line of dialogue may still
        # open after it ("… to "serce współpracy". - Nasze regiony … - powiedział prezydent.").
        # A short name quoted inside a line of dialogue (по «Силе Сибири») is part of the line, no quotation of its own.
        quoted = [q for q in found[k:j] if not _inline_term(text, q, lex)]
        since = max((q.close_mark + 1 for q in quoted), default=a)
        line_end = b
        head = _DIALOGUE.match(text, a, b) if since != a else None
        if head is not None and _dialogue(text, head.end(), quoted[0].open_mark, lex):
            # "– … – mówił Tusk. Szef rządu przypomniał … „…”.": the line and its cue end before the
            # paragraph's first quotation, which is another sentence's.
            since, line_end = a, quoted[0].open_mark
        elif head is None and quoted:
            # "Ocenił to X. – … – stwierdził poseł Y. Według Y rząd „…”.": a line opening after a sentence
            # end, with its dash-set cue, before the paragraph's first quotation, which is another sentence's.
            mid = _MID_DIALOGUE.search(text, a, quoted[0].open_mark)
            if mid is not None and _dialogue(text, mid.end(), quoted[0].open_mark, lex):
                since, line_end = a, quoted[0].open_mark
        opening = (_DIALOGUE.match(text, a, b) if since == a else None) or (
            _MID_DIALOGUE.search(text, since, b) if text.find("–", since, b) != -1 or text.find("—", since, b) != -1
            else None)
        hyphen = False
        if opening is None and text.find(" - ", since, b) != -1:
            opening = (_HYPHEN_DIALOGUE.match(text, a, b) if since == a else None) or _HYPHEN_MID_DIALOGUE.search(
                text, since, b)
            hyphen = True
        if opening is None:
            continue
        # Only the first such dash is tried: no cue after it means none after a later one either.
        first = a if opening.start() == a else opening.start("dash")
        replies = _dialogue(text, opening.end(), line_end, lex, hyphen)
        if hyphen and (not replies or "-" not in text[replies[0][0][-1][1] : replies[0][1][0]]):
            continue  # a hyphen line is speech only with a hyphen-set cue: a list item has none
        if pending is not None and pending[2] == p - 1 and replies and opening.start() == a and replies[0][2] == opening.end():
            # "– Emme tee tätä … . / – Suomi ja Viro …, Karis jatkoi.": a dash line with no cue right
            # before one with its cue is the same speaker's, told by that cue.
            words, at, q = pending
            out.append(_Raw([words], at, words[1], q, clause_start=at, cuts=[replies[0][1]], close_cue=True))
        pending = None
        for parts, cue, mark in replies:
            out.append(_Raw(parts, first if mark == opening.end() else mark, parts[-1][1], p, clause_start=a,
                            cuts=[cue], close_cue=True))
        if not replies and not hyphen and _spoken_line(text, opening.end(), b):
            # A reply over two paragraphs, its cue at the end of the second ("— … . / Поэтому …, — считает X."):
            # the next paragraph, opening with no dash, goes on with the same speech. (The line may open
            # after the first paragraph's own sentences: "X wylicza, że … . – Niemcy kupują … ." / "… – ocenia X.")
            carried = _carried_reply(text, paragraphs, p + 1, lex)
            if carried:
                words = trim(text, opening.end(), b)
                (parts, cue, _), *more = carried
                out.append(_Raw([words, *parts], first, parts[-1][1], p + 1, clause_start=paragraphs[p + 1][0],
                                cuts=[cue], close_cue=True))
                out.extend(_Raw(m_parts, m_at, m_parts[-1][1], p + 1, clause_start=paragraphs[p + 1][0],
                                cuts=[m_cue], close_cue=True) for m_parts, m_cue, m_at in more)
                last = taken = p + 1
                continue
        if replies:
            last = p
        elif (not replies and not hyphen and opening.start() == a and _spoken_line(text, opening.end(), b)
              and _name_colon(text, paragraphs, p) and not text[a:b].rstrip().endswith("?")):
            # "Сергей Лавров:" / "— Мы готовы …": an interview names its speaker on a line of its own; the
            # dash lines after this one go on with the same speaker, as dialogue does. (Tried before those:
            # a new name line changes the speaker. A question is the interviewer's.)
            words = trim(text, opening.end(), b)
            out.append(_Raw([words], a, words[1], p, clause_start=a, introduced=True))
            last = p
        elif (not replies and not hyphen and opening.start() == a and _spoken_line(text, opening.end(), b)
              and not text[a:b].rstrip().endswith("?") and _colon_lead(text, paragraphs, p)):
            # "L'économiste Lilit Hovsepian se montre plus prudente :" / "– Les chiffres …": a paragraph whose
            # last sentence names someone and ends on a colon introduces the one dash line after it, spoken by
            # that sentence's subject (see _Attributor._colon_intro).
            words = trim(text, opening.end(), b)
            out.append(_Raw([words], a, words[1], p, clause_start=a, introduced=True))
            last = p
        elif (not replies and not hyphen and opening.start() == a and _spoken_line(text, opening.end(), b)
              and not text[a:b].rstrip().endswith("?")
              and (intro := _interview_answer(text, paragraphs, p, interview, interview_words)) >= 0):
            # "После встречи министр ответил на вопросы “Ъ”." / "— Почему …?" / "— Потому что …": a dash line
            # answering a dash-set question, where a paragraph announcing an interview opens the questions and
            # answers, is the interviewee's; the questions are the interviewer's, nobody's quotation.
            words = trim(text, opening.end(), b)
            out.append(_Raw([words], a, words[1], p, clause_start=a, interview=intro))
            last, interview = p, intro
        elif (not replies and not hyphen and quoted and opening.start() > since > a and _spoken_line(text, opening.end(), b)
              and text[since : opening.start()].lstrip(" \u00a0.,").startswith(("–", "—"))
              and not text[a:b].rstrip().endswith("?")):
            # "„…” – powiedziała X. – Chcemy …": a dash line with no cue after a quotation its dash-set cue closes,
            # in the same paragraph, goes on with that quotation's speaker.
            words = trim(text, opening.end(), b)
            out.append(_Raw([words], opening.start("dash"), words[1], p, clause_start=a, goes_on=True))
        elif (out and not hyphen and opening.start() == a and p - last <= DIALOGUE_GAP and _spoken_line(text, opening.end(), b)
              and not ((out[-1].introduced or out[-1].interview >= 0) and text[a:b].rstrip().endswith("?"))):
            # A dash line with no cue right after dialogue goes on with it: whoever spoke last, or the
            # one the paragraph between names ("– …, säger han. / Han påpekar … / – …"). In an interview
            # (a name line, then dash lines) a question is the interviewer's, no answer's going on.
            words = trim(text, opening.end(), b)
            out.append(_Raw([words], a, words[1], p, clause_start=a, goes_on=True))
        elif (not replies and not hyphen and opening.start() == a and _spoken_line(text, opening.end(), b)
              and not text[a:b].rstrip().endswith("?")):
            # (A question before an answer is an interviewer's: "— Как вы оцениваете …? / — …, — сказал X.")
            pending = (trim(text, opening.end(), b), a, p)
    return out


# The fewest question-and-answer pairs that make an article an interview printed as questions and quoted answers.
QA_MIN_PAIRS = 2
# A question mark ending a sentence of the interviewer's paragraph.
_QA_QUESTION = re.compile(r"\?(?:\s|$)")


def _qa_answers(text: str, paragraphs: list[tuple[int, int, bool]], found: list[_Raw]) -> None:
    """Marks the answers of an interview printed as questions and quoted answers ("Minister, what did you agree
    with Algeria?" / "“We agreed on the route …”"): a quotation that fills its paragraphs, no cue after it,
    right after a paragraph holding a question, at least QA_MIN_PAIRS times in the article. No cue
    names the speaker: the interviewee does, whom the paragraph before the first question introduces."""
    starts = [a for a, _, _ in paragraphs]
    opens = {q.open_mark for q in found}
    pairs: list[tuple[_Raw, int]] = []
    for r in found:
        if r.heading or r.depth or r.interview >= 0 or r.cuts:
            continue
        p = max(bisect_right(starts, r.open_mark) - 1, 0)
        a, b, _ = paragraphs[p]
        end = paragraphs[r.block][1]
        if p == 0 or _ALNUM.search(text, a, r.open_mark) or _ALNUM.search(text, r.close_mark + 1, end):
            continue
        qa, qb, _ = paragraphs[p - 1]
        question = text[qa:qb].strip()
        # (A short question may be read as a subheading; a dash line is dialogue's, read by _dash_quotes. The
        # question may end on a remark of the interviewer's: "E il Mercosur? Gli agricoltori protestano.")
        if (_QA_QUESTION.search(question) and question[:1] not in _INTERVIEW_DASHES
                and qa + len(text[qa:qb]) - len(text[qa:qb].lstrip()) not in opens):
            pairs.append((r, p - 1))
    if len(pairs) < QA_MIN_PAIRS:
        return
    first = pairs[0][1]
    intro = next((k for k in range(first - 1, -1, -1) if not paragraphs[k][2]), -1)
    if intro < 0:
        return
    for r, _ in pairs:
        r.interview, r.qa = intro, True


@cache
def _qa_labels(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """interview.txt's [question] and [answer] labels ("Q:", "Domanda:"; "A:", "Risposta:") as patterns matching
    one with its colon at a paragraph's start, and the question label of the dash layout ("— Domanda. …?" /
    "— …", where a dash alone opens the answer), or None where the language lists none."""
    sections = data.sections("interview.txt", lang)
    question, answer = sections.get("question", ()), sections.get("answer", ())
    if not question or not answer:
        return None

    def label(words: Sequence[str], dash: str = "", ends: str = ":") -> re.Pattern[str]:
        return re.compile(dash + r"\s*(?:" + "|".join(map(re.escape, words)) + r")\s*[" + ends + r"]\s*(?=\S)",
                          re.IGNORECASE)

    return label(question), label(answer), label(question, r"\s*[—–]", ".:")


# The dash opening an answer line of the dash layout of an interview.
_ANSWER_DASH = re.compile(r"\s*[—–]\s*(?=\S)")


def _labelled_answers(text: str, paragraphs: list[tuple[int, int, bool]], lang: str) -> list[_Raw]:
    """The answers of an interview printed with labels ("Q: What did you agree?" / "A: We agreed on …"): an
    answer-labelled paragraph right after a question-labelled one, at least QA_MIN_PAIRS times. No quotation
    marks show the answer is speech: the labels do; the interviewee speaks it (see _qa_answers)."""
    labels = _qa_labels(lang)
    if labels is None:
        return []
    question, answer, dash_question = labels
    out: list[_Raw] = []
    first = -1
    for p in range(1, len(paragraphs)):
        a, b, heading = paragraphs[p]
        qa, qb, _ = paragraphs[p - 1]
        m = answer.match(text, a, b)
        if m is None and dash_question.match(text, qa, qb) is not None and not dash_question.match(text, a, b):
            # "— Question. Minister, what changes?" / "— The method changes.": the dash layout labels only the
            # question; the dash line right after it is the answer.
            m = _ANSWER_DASH.match(text, a, b)
        elif m is not None and question.match(text, qa, qb) is None:
            m = None
        if heading or m is None:
            continue
        first = p - 1 if first < 0 else first
        words = trim(text, m.end(), b)
        out.append(_Raw([words], a, words[1], p, clause_start=a, qa=True))
    intro = next((k for k in range(first - 1, -1, -1) if not paragraphs[k][2]), -1)
    if len(out) < QA_MIN_PAIRS or intro < 0:
        return []
    for r in out:
        r.interview = intro
    return out


# The fewest speaker-labelled paragraphs that make an article a transcript ("PRIME MINISTER GOLOB: …"): one
# capitalised "NOTE:" or "UPDATE:" is an aside, no speaker.
TRANSCRIPT_MIN_LABELS = 2
# A speaker label opening a paragraph: words in capitals ("PRESIDENT VON DER LEYEN", "MR O'NEILL") and a colon.
_SPEAKER_LABEL = re.compile(r"\s*((?:[^\W\d_][\w.'’-]*)(?:[ \t]+[^\W\d_][\w.'’-]*){0,5})[ \t]*:[ \t]+(?=\S)")


def _label_name(words: Sequence[str], lex: Lexicon) -> list[str]:
    """A speaker label's words after its last role or title word: the name part ("GOLOB" of "PRIME MINISTER
    GOLOB", whose "PRIME" is the role's modifier)."""
    k = max((i + 1 for i, w in enumerate(words) if lex.is_role(w.lower()) or w.lower() in lex.titles), default=0)
    return list(words[k:])


def _speaker_labels(text: str, paragraphs: list[tuple[int, int, bool]], lang: str, lex: Lexicon) -> list[_Raw]:
    """The answers of a transcript: paragraphs opening with a speaker's label in capitals and a colon ("PRIME
    MINISTER GOLOB: Good afternoon.", "PRESIDENT VON DER LEYEN: …"), at least TRANSCRIPT_MIN_LABELS times. A label
    holds a name after a role or title word, or a name the text writes with a first name ("SMITH:" beside "Anna
    Smith"); interview.txt's question and answer labels ("Q:", "A:") are the interview's, read elsewhere. An
    unlabelled paragraph between a labelled one and the next label goes on with the same answer; a question's
    label ends it."""
    labels = _qa_labels(lang)
    out: list[_Raw] = []
    current: tuple[int, int] | None = None
    pending: list[_Raw] = []
    count = 0
    for p, (a, b, heading) in enumerate(paragraphs):
        if heading:
            current, pending = None, []
            continue
        m = _SPEAKER_LABEL.match(text, a, b)
        label = m.group(1) if m else ""
        words = _WORD.findall(label)
        if (m is None or not any(c.isalpha() for c in label) or label != label.upper()
                or (labels is not None and (labels[0].match(text, a, b) or labels[1].match(text, a, b)))):
            if labels is not None and labels[0].match(text, a, b):
                current, pending = None, []
            elif current is not None:
                words_at = trim(text, a, b)
                pending.append(_Raw([words_at], a, words_at[1], p, clause_start=a, label=current))
            continue
        name = _label_name(words, lex)
        if not name or (len(name) == len(words) and not _written_with_first_name(text, name, lex)):
            current, pending = None, []
            continue
        out.extend(pending)
        pending = []
        count += 1
        current = (m.start(1), m.end(1))
        words_at = trim(text, m.end(), b)
        out.append(_Raw([words_at], a, words_at[1], p, clause_start=a, label=current))
    return out if count >= TRANSCRIPT_MIN_LABELS else []
    return out


def _label_written(text: str, name: Sequence[str]) -> list[re.Match[str]]:
    """Where the text writes a label's name in mixed case ("von der Leyen" for "VON DER LEYEN")."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name)) + r"(?!\w)", re.IGNORECASE)
    return [m for m in pattern.finditer(text) if m.group() != m.group().upper()]


def _name_before(text: str, at: int, lex: Lexicon) -> str:
    """The capitalised words right before `at` that are no role or title (a first name: "Robert" of "Prime
    Minister Robert Golob"), at most two."""
    words = list(_WORD.finditer(text, max(0, at - 60), at))
    kept: list[str] = []
    end = at
    while words and len(kept) < 2:
        w = words.pop()
        gap = text[w.end() : end]
        if (not gap.isspace() or "\n" in gap or not w.group()[:1].isupper() or w.group() == w.group().upper()
                or lex.is_role(w.group().lower()) or w.group().lower() in lex.titles
                or w.group().lower() in lex.function_words):
            break
        kept.insert(0, w.group())
        end = w.start()
    return " ".join(kept)


def _written_with_first_name(text: str, name: Sequence[str], lex: Lexicon) -> bool:
    """The text writes the label's name after a first name somewhere ("Anna Smith" for "SMITH")."""
    return any(_name_before(text, m.start(), lex) for m in _label_written(text, name))


# What ends the clause of an interview's announcing phrase: the interviewee is named inside it.
_INTERVIEW_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
_INTERVIEW_SENTENCE_BREAK = re.compile(r"[;:.!?]")
# The dashes opening an interview's question or answer line (a Spanish question has its ¿ after it).
_INTERVIEW_DASHES = ("—", "–")


@cache
def _interview_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """digest/data/<lang>/interview.txt: each phrase's lower-case words (a trailing * kept: a stem)."""
    return tuple(tuple(e.lower().split()) for e in data.sections("interview.txt", lang).get("", ()))


def _interview_phrase(text: str, a: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[int, int] | None:
    """Where text[a:b] holds a phrase of interview.txt ("ответил на вопросы", "в интервью"), the first one."""
    found = list(_WORD.finditer(text, a, b))
    words = [w.group().lower() for w in found]
    for k in range(len(words)):
        for phrase in phrases:
            n = len(phrase)
            if all(w == e or (e.endswith("*") and w.startswith(e[:-1])) for w, e in zip(words[k : k + n], phrase)) and (
                    k + n <= len(words)):
                return found[k].start(), found[k + n - 1].end()
    return None


def _interview_answer(text: str, paragraphs: list[tuple[int, int, bool]], p: int, interview: int,
                      phrases: tuple[tuple[str, ...], ...]) -> int:
    """The paragraph announcing the interview whose answer paragraph p is, or -1. The paragraph before p is a
    dash line ending with a question mark, and either the questions and answers before it go back to that
    announcement (`interview`), or the paragraph before the question announces one (interview.txt): only
    that unambiguous layout, alternating questions and answers, says who speaks where no cue does."""
    # (A short question may be read as a subheading: its dash and question mark still make it a question.)
    if not phrases or p < 2:
        return -1
    qa, qb, _ = paragraphs[p - 1]
    # (A Spanish question opens with its ¿ after the dash: "—¿Por qué ahora?".)
    question = text[qa:qb].strip()
    if question[:1] not in _INTERVIEW_DASHES or not question.endswith("?"):
        return -1
    if interview >= 0:
        return interview
    ia, ib, heading = paragraphs[p - 2]
    if heading or _DIALOGUE.match(text, ia, ib) or _interview_phrase(text, ia, ib, phrases) is None:
        return -1
    return p - 2


def _name_colon(text: str, paragraphs: list[tuple[int, int, bool]], p: int) -> bool:
    """The paragraph before paragraph p ends on a capitalised word and a colon, as an interview's speaker
    line does ("… Б.Цэрэндулам:", "Сергей Лавров:"); a list's lead-in ("договорились о следующем:") does not."""
    if p == 0 or paragraphs[p - 1][2]:
        return False
    a, b, _ = paragraphs[p - 1]
    line = text[a:b].rstrip()
    words = _WORD.findall(line[-NAME_COLON_CHARS:]) if line.endswith(":") else []
    return bool(words) and words[-1][:1].isupper() and line[:-1].rstrip().endswith(words[-1])


# Characters before the colon looked at for the speaker's name.
NAME_COLON_CHARS = 40


def _colon_lead(text: str, paragraphs: list[tuple[int, int, bool]], p: int) -> bool:
    """The paragraph before paragraph p ends on a colon, its last sentence holds a capitalised word past its first
    (a name: "El analista Javier Ruiz-Olmedo fue más escéptico:"), and paragraph p is the only dash line after
    it: a list's lead-in ("Le gouvernement a retenu trois mesures :") is followed by several dash items."""
    if p == 0 or paragraphs[p - 1][2]:
        return False
    a, b, _ = paragraphs[p - 1]
    line = text[a:b].rstrip()
    if not line.endswith(":"):
        return False
    start = a
    for m in _STOP.finditer(text, a, a + len(line)):
        start = m.end()
    named = any(w[:1].isupper() for w in _WORD.findall(text, start, a + len(line))[1:])
    return named and (p + 1 >= len(paragraphs) or _DIALOGUE.match(text, paragraphs[p + 1][0]) is None)


def _inline_term(text: str, q: _Raw, lex: Lexicon) -> bool:
    """The quotation is a short quoted name (a pipeline, a plan) with no cue right after it: a term, no speech."""
    words = _WORD.findall(text, q.parts[0][0], q.parts[-1][1])
    if not words or len(words) > TERM_MAX_WORDS or q.close_cue:
        return False
    # A cue set off right after it (», — сказал…) or a verb right before it (сказал «…») makes it speech.
    cue = _TERM_CUE.match(text, q.close_mark + 1)
    after = _WORD.findall(text, cue.end(), min(len(text), cue.end() + NAMING_CHARS))[:2] if cue else []
    before = _WORD.findall(text, max(0, q.open_mark - NAMING_CHARS), q.open_mark)[-2:]
    return not any(map(lex.is_speech_verb, before + after))


# Punctuation between a quotation and a cue right after it.
_TERM_CUE = re.compile(r"\s*(?:[,.!?…:]\s*(?:[—–-]\s*)?|[—–-]\s*)")


def _carried_reply(text: str, paragraphs: list[tuple[int, int, bool]], p: int, lex: Lexicon
                   ) -> list[tuple[list[tuple[int, int]], tuple[int, int], int]]:
    """The replies of paragraph p when it opens with no dash and its first words are a reply ended by a
    dash-set cue: the rest of the line of dialogue before it; empty otherwise."""
    if p >= len(paragraphs) or paragraphs[p][2]:
        return []
    a, b, _ = paragraphs[p]
    if _DIALOGUE.match(text, a, b) or not text[a:b].rstrip().endswith((".", "!", "?", "…")):
        return []
    replies = _dialogue(text, a, b, lex)
    if not replies or replies[0][2] != a:
        return []
    # A dash opening a line after a sentence before the cue ("Dr X ocenia, że … . – … – mówi ekspert."):
    # the paragraph opens with narration, and its own line of dialogue starts at that dash.
    mid = _MID_DIALOGUE.search(text, a, replies[0][1][0])
    if mid is not None and mid.start("dash") < replies[0][1][0]:
        return []
    # "X zapowiedział … . „…” – mówił sekretarz.": the cue right after a closing quotation mark is that
    # quotation's, so the paragraph is narration with its own quotation, no reply carried over.
    before = text[a : replies[0][1][0]].rstrip(" \t\u00a0–—-,.!?…")
    return [] if before.endswith(("”", "»", "\"", "“", "›")) else replies


# Paragraphs after a line of dialogue within which a dash line with no cue still belongs to it.
DIALOGUE_GAP = 2
# Fewest words of such a line: a shorter one is a list item or a caption.
SPOKEN_LINE_WORDS = 4


def _spoken_line(text: str, a: int, b: int) -> bool:
    """text[a:b] reads as a spoken sentence: enough words, and it ends as a sentence does."""
    end = text[a:b].rstrip()
    return end.endswith((".", "!", "?", "…")) and len(_WORD.findall(end)) >= SPOKEN_LINE_WORDS


def _dialogue(text: str, a: int, b: int, lex: Lexicon, hyphen: bool = False
              ) -> list[tuple[list[tuple[int, int]], tuple[int, int], int]]:
    """The replies of a line of dialogue whose words start at a: each one's spoken parts, its cue and
    where it starts. Speech after a cue goes on the same reply unless a cue of its own follows it
    ("– A – mówiła X. – B – dodała." is two replies): a loop, so a long line costs one pass."""
    out: list[tuple[list[tuple[int, int]], tuple[int, int], int]] = []
    while a < b:
        reply = _reply(text, a, b, lex, going_on=bool(out), hyphen=hyphen)
        if reply is None:
            if out and _ALNUM.search(text, a, b):
                out[-1][0].append(trim(text, a, b))  # the last speaker goes on with no new cue
            break
        parts, cue, rest = reply
        if cue is None:
            out[-1][0].extend(p for p in parts if _ALNUM.search(text, *p))
        else:
            out.append((parts, cue, a))
        a = rest
    return out


def _reply(text: str, a: int, b: int, lex: Lexicon, going_on: bool = False, hyphen: bool = False
           ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, int] | None:
    """The first spoken part and the cue of the reply whose words start at a, and where its speech resumes.
    `going_on`: the words follow a cue, so a dash opening a sentence with no cue after it starts another
    reply, and the words before it (no cue: None) are the last speaker's. `hyphen`: a spaced hyphen is a dash."""
    dashes = _HYPHEN_DASH if hyphen else _DASH
    for dash in (_HYPHEN_CUE_DASH if hyphen else _CUE_DASH).finditer(text, a, b):
        if not dash.group()[0].isspace() and dash.group()[0] not in ",.!?…":
            continue  # a dash right after a word: a range or a compound (1990–2000), no cue
        cue_start = dash.end()
        stop = _STOP.search(text, cue_start, b)
        close = dashes.search(text, cue_start, stop.start() if stop else b)
        cue_end = close.start() if close else (stop.start() if stop else b)
        if not _cue_words(lex, _WORD.findall(text, cue_start, cue_end), subject=False, most=DIALOGUE_CUE_WORDS,
                          opinion=True):
            # "– …, Valtonen sanoi. – Juuri siksi …": a comma cue ends the sentence before the dash.
            if dash.group()[0] in ".!?…" and (before := _comma_reply(text, a, dash.start() + 1, lex)):
                return before[0], before[1], cue_start
            if going_on and dash.group()[0] in ".!?…":
                return [trim(text, a, dash.start() + 1)], None, cue_start
            continue
        first = trim(text, a, dash.start())
        parts = [(first[0], first[1] - (text[first[1] - 1] == ","))]
        rest = (close.end() if close else (stop.end() if stop else b))
        rest = _PART_LEAD.match(text, rest, b).end()  # type: ignore[union-attr]
        if close is None:
            # Russian: the speech goes on after the cue's full stop only behind another dash.
            again = (_HYPHEN_DIALOGUE if hyphen else _DIALOGUE).match(text, rest, b)
            rest = again.end() if again else b
        return parts, trim(text, cue_start, cue_end), rest
    return _comma_reply(text, a, b, lex, inner=True)


def _comma_reply(text: str, a: int, b: int, lex: Lexicon, inner: bool = False
                 ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, int] | None:
    """A reply whose cue follows a comma and ends the line, as Swedish, Norwegian and Danish print it
    ("– Vi är överens. Men inte om allt, sade Kristersson."): no dash before the cue. Only the line's
    last sentence may hold it, so a comma inside the speech is no cue. `inner`: failing that, the cue may
    end an earlier sentence, the speech going on after it ("– Vi är redo, sade Kristersson. Men …"):
    then it must name its subject and the next sentence open with a capital, and the reply resumes there."""
    end = b
    while end > a and text[end - 1].isspace():
        end -= 1
    if end <= a or text[end - 1] not in ".!?…":
        return None
    stop = end - 1
    start = a
    stops = list(_STOP.finditer(text, a, stop))
    for m in stops:
        start = m.end()
    for comma in _COMMA_LEAD.finditer(text, start, stop):
        if comma.start() <= a or not _ALNUM.search(text, a, comma.start()):
            continue
        if _cue_words(lex, _WORD.findall(text, comma.end(), stop), subject=False, most=DIALOGUE_CUE_WORDS, named=True):
            return [trim(text, a, comma.start())], trim(text, comma.end(), stop), b
    # "– How much gas can we get? a journalist asked." / "– Kolik? zeptal se novinář.": a question or an
    # exclamation needs no comma before its cue, which goes on in lower case after the mark.
    if stops and text[stops[-1].start()] in "?!" and _ALNUM.search(text, a, stops[-1].start()):
        lead = _PART_LEAD.match(text, start, stop).end()  # type: ignore[union-attr]
        if lead < stop and text[lead].islower() and _cue_words(
                lex, _WORD.findall(text, lead, stop), subject=False, most=DIALOGUE_CUE_WORDS, named=True):
            return [trim(text, a, stops[-1].end())], trim(text, lead, stop), b
    if not inner:
        return None
    # An earlier sentence's own comma cue: the first one found, in one pass over the line's sentences
    # (its short clause, INNER_CUE_WORDS at most, is the cue only with a subject: "sade Dousa", "sa hon").
    begin = a
    for m in stops:
        resume = _PART_LEAD.match(text, m.end(), b).end()  # type: ignore[union-attr]
        if resume < b and text[resume].isupper():
            for comma in _COMMA_LEAD.finditer(text, begin, m.start()):
                if comma.start() <= a or not _ALNUM.search(text, a, comma.start()):
                    continue
                if _cue_words(lex, _WORD.findall(text, comma.end(), m.start()), subject=True, named=True):
                    return [trim(text, a, comma.start())], trim(text, comma.end(), m.start()), resume
        begin = m.end()
    return None


# Characters looked back from a quotation for the word that names it (treaty, so-called).
NAMING_CHARS = 40
# Most words of a quoted name that opens with its naming word ("Piano d'azione italo-tedesco"), and of
# one no cue follows (‘Verdrag tot instelling van de Benelux Unie’: official names run long).
TERM_NAME_WORDS = 6
TERM_LONG_NAME_WORDS = 10


def _named_by(text: str, r: _Raw, naming: _Words, clause: _Words | None = None, inner: bool = True) -> bool:
    """The quotation is the name of what the word right before it stands for (договор «О …», the
    so-called "…"): its marks set a title apart, nobody says it. `inner`: a naming word opening the
    quotation counts too (al «Piano d'azione …»)."""
    if r.depth or not _MARKS.match(text, r.open_mark):
        return False
    if clause is not None and _clause_opening(text, r, clause):
        return False  # "un accordo «che rafforza …»": a clause about the thing, somebody's words
    head = text[max(r.clause_start, r.open_mark - NAMING_CHARS) : r.open_mark].rstrip(" .\u00a0\t")
    if head[-1:].isalnum() and naming.ends(_WORD.findall(head.lower())[-3:]):
        return True
    if not inner:
        return False
    # The naming word opens the quotation itself ("al «Piano d'azione italo-tedesco»"): a short
    # capitalised name with no sentence end, not words somebody said.
    inner = text[r.open_mark + 1 : r.close_mark].strip()
    words = _WORD.findall(inner, 0, NAMING_CHARS * 2)
    low = [w.lower() for w in words[:4]]
    most = TERM_NAME_WORDS if r.close_cue else TERM_LONG_NAME_WORDS
    return (0 < len(words) <= most and words[0][:1].isupper() and inner[-1:] not in ".!?…"
            and (_names_thing(naming, low[0])
                 # a naming phrase ("Feuille de route …"), not a cue's words ending in an article ("call the")
                 or any(len(p[-1]) > 3 and tuple(low[: len(p)]) == p for p in naming.phrases)))


def _clause_opening(text: str, r: _Raw, clause: _Words) -> bool:
    """The quotation opens with a lower-case word that goes on with the sentence (che, qui, that, die, który)."""
    first = _WORD.search(text, r.open_mark + 1, r.close_mark)
    return first is not None and first.group().islower() and clause.holds(first.group())


def _names_thing(naming: _Words, low: str) -> bool:
    """The word is a naming word, or a stem's inflection (Стратегия), not a verb sharing its stem (Планируем)."""
    return low in naming.words or any(low.startswith(s) and len(low) - len(s) <= 3 for s in naming.stems)


def _cased_name(words: list[str]) -> bool:
    """A quotation of one or two words, the last with a case ending glued on, in a script whose names take them
    (Georgian „ინტერპრესნიუსთან“, to Interpressnews; „საინფორმაციო სააგენტოს“): an outlet's or party's name in
    a case, no one's words, whatever speech verb is near (a verb of calling is read apart)."""
    return (0 < len(words) <= _CASED_NAME_WORDS and (lang := stemmed_lang(words[-1])) is not None
            and oblique_case(words[-1], lang))


_CASED_NAME_WORDS = 2


def _to_quote(text: str, r: _Raw, lex: Lexicon, naming: _Words, clause: _Words | None = None,
              every_word: bool = False, calling: _Words | None = None, events: _Words | None = None) -> Quote:
    """The Quote of a paired quotation; `every_word`: only all-capitalised words make a title; `calling`:
    term_words' [calling] verbs ("назвав угоду «…»": what the subject called the thing is speech); `events`:
    its [events] nouns (саммит «…»), which name a meeting by a capitalised quotation only."""
    joiner = "\n\n" if len(r.parts) > 1 and _in_paragraphs(text, r) else " … "
    body = joiner.join(text[a:b] for a, b in r.parts)
    if r.label is not None:
        # A transcript's label makes its answer speech, however short or capitalised ("GOLOB: Thank you all.").
        return Quote(start=r.parts[0][0], end=r.parts[-1][1], text=body, speaker=r.speaker, speaker_form=r.form,
                     cue=r.cue, kind="speech", parts=tuple(r.parts) if len(r.parts) > 1 else ())
    words = _WORD.findall(body)
    long_words = words if every_word else [w for w in words if len(w) > 3]
    # (Not a quotation longer than a term that a speech verb closes: in "'Duitsland kan het, wij ook', zei ze."
    # the only word over three letters is a name, and the words are hers; a title is named, not said.)
    title = (bool(long_words) and bool(_TITLE_WORD.match(words[0])) and all(_TITLE_WORD.match(w) for w in long_words)
             and not (r.close_cue and len(words) > TERM_MAX_WORDS))
    # A short phrase is somebody's words only when a speech verb stands right by it
    # ("ha definito «compito cruciale»"); otherwise it is a term, like titles and nested quotes.
    lead = _WORD.findall(text[max(r.clause_start, r.open_mark - SENTENCE_MAX) : r.open_mark])[-CLAUSE_WORDS:]
    sentence = body[:1].isupper() and body.rstrip()[-1:] in (".", "!", "?", "…")
    # "назвав угоду «важливим сигналом …»", "called the deal "a turning point"": a verb of calling a few
    # words before makes the naming word its object and the quotation the subject's words for it.
    # (Not the word right before the marks: "so-called "…"" is a naming word itself.)
    called = calling is not None and any(map(calling.holds, (w.lower() for w in lead[-CALLED_WORDS - 1 : -1])))
    said = r.close_cue or sentence or called or any(map(lex.is_speech_verb, lead))
    # "X azt mondta, hogy a stratégia „keletre néz, nem északra”.", "said the strategy "looks east, not north"":
    # right after a speech verb's clause (no preposition between: not "ha ribadito il sostegno alla cosiddetta
    # "…""), a lower-case phrase longer than a term that closes the sentence is what the naming word does
    # (the reported clause's predicate), no name of it.
    verb_at = next((k for k in range(len(lead) - 1, -1, -1) if lex.is_speech_verb(lead[k])), None)
    predicate = (verb_at is not None and not r.depth and len(words) > TERM_MAX_WORDS and words[0].islower()
                 and text[r.close_mark + 1 : r.close_mark + 2] in (".", "!", "?", "")
                 and not any(w.lower() in lex.prepositions for w in lead[verb_at + 1 :]))
    named = r.in_cue or (not called and not predicate and _named_by(text, r, naming, clause))
    # "на втором саммите «Китай — арабские государства» в Пекине пообещал": a meeting's noun right before a
    # quotation opening with a capital, no sentence, names the meeting even where its host's verb follows;
    # "il vertice «ha avuto un valore simbolico»" opens in lower case and is the subject's predicate.
    named = named or (events is not None and not called and body[:1].isupper()
                      and body.rstrip()[-1:] not in ".!?…" and _named_by(text, r, events, clause, inner=False))
    # A code or acronym alone ("the „B9” summit", «G20», "COP30") names a format, no one's words. (A word of an
    # uncased script is its own upper case too: 'ሚኒስትሩ «ትብብራችን ይቀጥላል» ብለዋል' is two words said, no code.)
    code = 0 < len(words) <= 2 and all(w.isupper() or w.isdigit() or (w.isalnum() and w.upper() == w != w.lower())
                                       for w in words)
    term = (r.depth or title or named or code or (len(words) <= TERM_MAX_WORDS and not said)
            or not called and _cased_name(words))
    # A short phrase no speech verb introduces, right after an article, a common noun and a name
    # ("dans le cadre du « plan Mexique »"): what a programme is called, no one's words. A phrase of
    # common words ("hailed a 'new chapter'", "parlé d'une « alliance industrielle »") is still quoted words.
    lead_end = r.open_mark
    while lead_end > r.clause_start and text[lead_end - 1] in " \u00a0\t":
        lead_end -= 1
    lead_word = _LAST_WORD.search(text, max(r.clause_start, lead_end - NAMING_CHARS), lead_end)
    noun = (term and not said and not r.depth and lead_word is not None and len(words) > 1
            and words[0].islower() and any(w[:1].isupper() for w in words[1:])
            and lead_word.group().lower() in lex.noun_markers)
    # A short capitalised phrase right after a preposition, no cue after it ("участь у «Коаліції охочих»",
    # "joined the talks on "Project Gateway""): a thing's name, even in reported speech. Not where every
    # noun is capitalised ("von „Partner auf Augenhöhe“"), nor a sentence ending in its own stop.
    thing = (not every_word and not r.depth and not r.close_cue and 0 < len(words) <= TERM_MAX_WORDS
             and words[0][:1].isupper() and body.rstrip()[-1:] not in ".!?…" and lead_word is not None
             and lead_word.group().lower() in lex.prepositions and words[0].lower() not in lex.function_words)
    # "депутат від «Європейської солідарності» Ігор Давиденко", "poseł z „Lewicy”", "a lawmaker from "…"":
    # a short capitalised quotation after a role and its preposition names the role's party or body, even
    # where the holder's speech verb follows it.
    role_word = (_LAST_WORD.search(text, max(r.clause_start, lead_word.start() - NAMING_CHARS),
                                   lead_word.start() - 1) if lead_word is not None and lead_word.start() else None)
    body_of = (not r.depth and 0 < len(words) <= TERM_MAX_WORDS and words[0][:1].isupper()
               and body.rstrip()[-1:] not in ".!?…" and lead_word is not None
               and lead_word.group().lower() in lex.prepositions and role_word is not None
               and text[role_word.end() : lead_word.start()] in (" ", "\u00a0") and (
                   lex.is_role(role_word.group().lower())
                   # "депутат парламента от «…»": the role's own lower-case complement may stand before the
                   # preposition.
                   or (role_word.group().islower() and (
                       (head := _LAST_WORD.search(text, max(r.clause_start, role_word.start() - NAMING_CHARS),
                                                  role_word.start() - 1)) is not None
                       and text[head.end() : role_word.start()] in (" ", "\u00a0")
                       and lex.is_role(head.group().lower())))))
    # «Արմենպրես»-ի հետ, «Report»-a, «Ак жол»-дың: a case ending hyphened to the closing mark inflects a
    # name (an outlet, a party) as a noun of the sentence; nobody's words end in a suffix.
    after = text[r.close_mark + 1 : r.close_mark + 3]
    inflected = not r.depth and len(after) == 2 and after[0] in "-‐" and after[1].isalpha() and after[1].islower()
    # لـ«أرامكو», بـ«…»: a clitic preposition glued by a tatweel to the opening mark makes a short quotation
    # with no sentence's stop the noun of the sentence it stands in (a company's, a project's name).
    inflected = inflected or (not r.depth and text[r.open_mark - 1 : r.open_mark] == _TATWEEL
                              and 0 < len(words) <= TERM_NAME_WORDS and body.rstrip()[-1:] not in ".!?…")
    # «Каспий – Қара теңіз – Еуропа» жасыл дәлізі: a short capitalised phrase with no punctuation of a
    # sentence, straight on (no comma, no dash) into a lower-case noun of the same sentence, is the name in
    # front of the noun it names (head-final languages put the name first), not words spoken.
    next_word = _WORD.match(text, r.close_mark + 2) if text[r.close_mark + 1 : r.close_mark + 2] == " " else None
    attributive = (not r.depth and not r.close_cue and 0 < len(words) <= TERM_NAME_WORDS and words[0][:1].isupper()
                   and not any(ch in body for ch in ",.;:!?…") and next_word is not None
                   and next_word.group().islower() and len(next_word.group()) > 3
                   and not lex.is_speech_verb(next_word.group())
                   and next_word.group() not in lex.function_words and next_word.group() not in lex.prepositions
                   and next_word.group() not in lex.pronouns)
    term = term or thing or body_of or inflected or attributive
    unspoken = (title or named or noun or thing or code or body_of or inflected or attributive) and not r.depth
    return Quote(
        start=r.parts[0][0], end=r.parts[-1][1], text=body,
        speaker=None if unspoken else r.speaker,
        speaker_form=None if unspoken else r.form,
        cue="" if unspoken else r.cue,
        kind="term" if term else "speech",
        parts=tuple(r.parts) if len(r.parts) > 1 else (),
    )


def _in_paragraphs(text: str, r: _Raw) -> bool:
    return "\n" in text[r.parts[0][1] : r.parts[1][0]]


def _merge_interrupted(text: str, quotes: list[_Raw], naming: _Words, nouns_capitalised: bool = False,
                       prepositions: Container[str] = frozenset()) -> list[_Raw]:
    """«…», ha detto Putin, «…» is one quotation in two parts."""
    out: list[_Raw] = []
    for r in quotes:
        prev = out[-1] if out else None
        # A name (the so-called "…") is nobody's words: the cue after it introduces the next quotation.
        # (A second part going on in lower case, "»Inicijativa nije …«, naglasio je X, »nego …«", continues
        # the sentence: the first part is speech though it opens with a naming word, no name of a thing.)
        first = _ALNUM.search(text, r.open_mark, r.close_mark)
        goes_on = first is not None and first.group().islower()
        if (prev is not None and prev.close_cue and prev.cue and r.block == prev.block and not r.heading
                and not _named_by(text, prev, naming, inner=not goes_on) and not _object_name(text, prev, prepositions)):
            between = text[prev.close_mark + 1 : r.open_mark]
            if (_cue_between(between.strip(" ,:;–—-\u00a0").rstrip("."), prev.cue, nouns_capitalised)
                    and between.rstrip().endswith((",", ":"))
                    and not _new_sentence(text, prev, between)):
                prev.parts.extend(r.parts)
                prev.close_mark = r.close_mark
                continue
        if (prev is not None and prev.close_cue and prev.cue and r.block == prev.block and not r.heading
                and not r.close_cue and r.speaker in (None, prev.speaker) and not goes_on
                and _cue_sentence_between(text, prev, r.open_mark)):
            # '“…,” she said. “…”': the first part left its sentence open (a comma inside the marks), the cue
            # closed it, and the next quotation of the paragraph has no cue of its own: one statement going on.
            # (The first part's closing comma is the cue's, as in «…», ha detto Putin, «…».)
            a, b = prev.parts[-1]
            prev.parts[-1] = (a, b - (b > a and text[b - 1] == ","))
            prev.parts.extend(r.parts)
            prev.close_mark = r.close_mark
            continue
        if (prev is not None and not prev.cue and r.block == prev.block and not r.heading and not prev.heading
                and goes_on and _unknown_interruption(text, prev, r)):
            # '“…,” arsa an Prionsa, “cé nár …”': no cue the lists know, but one sentence all the same
            # (the words between are shown as its cue; who they name is left unknown).
            prev.cue = text[prev.close_mark + 1 : r.open_mark].strip(" ,\t\u00a0")
            prev.parts.extend(r.parts)
            prev.close_mark = r.close_mark
            continue
        out.append(r)
    return out


def _object_name(text: str, r: _Raw, prepositions: Container[str]) -> bool:
    """The quotation is a short capitalised name right after a preposition ("в беседе с "Интерфаксом"",
    "in an interview with "Le Monde"", "В "Газпроме""): an outlet's or a company's name, nobody's words, so
    no first part of a quotation that a cue after it interrupts."""
    head = _WORD.findall(text, max(r.clause_start, r.open_mark - NAMING_CHARS), r.open_mark)
    words = _WORD.findall(text, r.open_mark + 1, r.close_mark)
    return (bool(head) and text[r.open_mark - 1 : r.open_mark].isspace() and head[-1].lower() in prepositions
            and 0 < len(words) <= TERM_NAME_WORDS and words[0][:1].isupper()
            and text[r.open_mark + 1 : r.close_mark].strip()[-1:] not in ".!?…,")


def _cue_sentence_between(text: str, prev: _Raw, to: int) -> bool:
    """Whether the text from prev's closing mark to an opening mark at `to` is prev's cue as one sentence of
    its own ('“…,” she said. “…”', '“…,” His Majesty said at the summit. “…”'): prev's words end on a comma,
    the text opens with the cue and ends on its one full stop, on one line."""
    between = text[prev.close_mark + 1 : to].strip(" \t\u00a0")
    core = between[:-1]
    return (text[prev.open_mark + 1 : prev.close_mark].rstrip()[-1:] == "," and between.endswith(".")
            and core.lstrip(", ").startswith(prev.cue) and "\n" not in core
            and not re.search(r"[.!?…:;\"“”„«»]", core))


def _unknown_interruption(text: str, prev: _Raw, r: _Raw) -> bool:
    """A few words set off by commas between two quotations interrupt one sentence, though no listed verb
    shows it: the first part ends on a comma inside its marks (its sentence open), the words between open
    in lower case, hold no punctuation but their closing comma, and the second part goes on in lower case
    ('“Bhí mo mháthair …,” arsa an Prionsa, “cé nár …”')."""
    between = text[prev.close_mark + 1 : r.open_mark].strip(" \t\u00a0")
    if text[prev.open_mark + 1 : prev.close_mark].rstrip()[-1:] != ",":
        # („…“, sagte sie, „…“: the comma may stand outside the marks.)
        if not between.startswith(","):
            return False
        between = between[1:].lstrip(" \t\u00a0")
    if not between.endswith(",") or "\n" in between:
        return False
    words = _WORD.findall(between)
    return (0 < len(words) <= CUE_WORDS and words[0].islower()
            and not re.search(r"[^\w\s'’-]", between.lstrip(",")[:-1]))


# Lower-case words after a cue's speaker before the second part ("told reporters in the hall"): a
# circumstance of the saying (whom, where), which still interrupts one quotation.
_CUE_TAIL_WORDS = 6


def _cue_between(between: str, cue: str, nouns_capitalised: bool = False) -> bool:
    """The text between two quotations is the first one's cue, or its verb and a lower-case description of
    the speaker the cue left out ("«…», osserva l'analista, «…»", "sagt der Analyst"): either way it
    interrupts one sentence; a capitalised word would be someone else's name (unless the language
    capitalises nouns and a lower-case article leads them)."""
    if between == cue:
        return True
    rest = between[len(cue) :]
    words = _WORD.findall(rest)
    # A figure is no one's name ("told the 160 guests").
    return (bool(cue) and between.startswith(cue) and rest[:1].isspace() and 0 < len(words) <= _CUE_TAIL_WORDS
            and all(w.islower() or w.isdigit() or (nouns_capitalised and k > 0) for k, w in enumerate(words))
            and not re.search(r"[^\w\s'’-]", rest))


def _new_sentence(text: str, prev: _Raw, between: str) -> bool:
    """The cue between two quotations is a sentence of its own, after a quotation closed by its full stop
    ('… markets." She added: "…'): it introduces the second quotation, it does not interrupt the first."""
    return (text[prev.open_mark + 1 : prev.close_mark].rstrip()[-1:] in ".!?…"
            and between.lstrip(" \u00a0\t")[:1].isupper())


# Characters after a cue's verb past which no subject is looked for, however few its words.
_CUE_SUBJECT_CHARS = 80


def _uncapitalised(word: str) -> bool:
    """Whether a word is written in lower case or in a script without letter case (Tamil, Georgian, Arabic): no
    capital tells a party's or a name's word in it."""
    return word.islower() or word.lower() == word.upper()


def _cue_words_between(text: str, a: int, b: int) -> bool:
    """Whether the few words from a cue's verb (ending at a) to a name (at b) may be its subject's role phrase,
    counted in words, not characters: a compound role is long ("sagte der kuwaitische Außenminister
    Abdullah X", 40 characters and four words), and a comma or colon would end the phrase."""
    return (b - a <= _CUE_SUBJECT_CHARS and not any(c in ",;:" for c in text[a:b])
            and len(_WORD.findall(text, a, b)) <= CUE_WORDS)


@cache
def _verb_first(lang: str) -> bool:
    """Whether the language's clause opens with its verb, the subject after it (data/<lang>/word_order.txt)."""
    return "verb_first" in data.sections("word_order.txt", lang).get("", [])


class _Attributor:
    """Finds who spoke each quotation: cue after it, subject before it, then context."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int, bool]], mentions: list[Mention],
                 lex: Lexicon, quotes: list[_Raw], unnamed: _Words, object_endings: tuple[str, ...] = (),
                 impersonal: _Words | None = None, abbreviations: frozenset[str] = frozenset(),
                 lang: str = "und", gender_of: Callable[[str | None], str | None] | None = None,
                 verb_gender: Callable[[str], str | None] | None = None) -> None:
        self.text = text
        # Who the text showed to be a woman or a man, and the gender a past-tense verb shows (People's).
        self.gender_of = gender_of
        self.verb_gender = verb_gender
        self.lang = lang
        self.abbreviations = abbreviations
        self.unnamed = unnamed
        self.impersonal = impersonal or _Words(frozenset(), (), ())
        self.epithets = _epithets(lang)
        self.aides = _word_list(lang, "unnamed", "aides")
        self.hearsay = _word_list(lang, "unnamed", "hearsay")
        self.words_back = _word_list(lang, "unnamed", "words_back")
        self._aides_named: set[str] | None = None
        self.object_endings = object_endings
        self.paragraphs = paragraphs
        self.lex = lex
        self.quotes = quotes
        self.mentions = mentions
        self._mention_starts = [m.start for m in self.mentions]
        self._opens = [q.open_mark for q in quotes]
        self._index = {id(q): k for k, q in enumerate(quotes)}
        self._paragraph_starts = [a for a, _, _ in paragraphs]
        # A subheading opens a new section: a cue with no name of its own does not reach back past it.
        self._heading_starts = [a for a, _, heading in paragraphs if heading]

    def _section_start(self, pos: int) -> int:
        """Where the section holding pos starts: at its last heading (a subheading, the headline), else 0."""
        k = bisect_left(self._heading_starts, pos)
        return self._heading_starts[k - 1] if k else 0

    def _between(self, a: int, b: int) -> list[Mention]:
        lo, hi = bisect_left(self._mention_starts, a), bisect_left(self._mention_starts, b)
        return [m for m in self.mentions[lo:hi] if m.end <= b]

    def _holder_before(self, r: _Raw) -> Mention | None:
        """The person the sentence right before the quotation opens with as its opinion holder ("Pour Anne
        Roy, chercheuse, le discours de X visait …. « …, explique-t-elle, … »", "Según Ana Ruiz, …"): whom
        a pronoun cue inside the marks stands for, not the last person that sentence names (X)."""
        # The paragraph up to the quotation, ending on the previous sentence's full stop.
        a = max(self.paragraphs[self._paragraph_of(r.open_mark)][0], r.open_mark - SENTENCE_MAX)
        head = self.text[a : r.open_mark].rstrip()
        if not head.endswith((".", "!", "?")):
            return None
        ends = [m.end() for m in re.finditer(r"[.!?]\s+", head[:-1])]
        start = a + (ends[-1] if ends else 0)
        for m in self._between(start, r.open_mark):
            if m.person:
                return m if m.after_preposition and self._holder(self.text[start : m.start].lower().split()) else None
        return None

    def _last_before(self, pos: int) -> Mention | None:
        k = bisect_left(self._mention_starts, pos)
        # ("…," said the King under the subheading "The King's toast": not the analyst of the section before.)
        floor = self._section_start(pos)
        for m in reversed(self.mentions[max(0, k - RECENT_MAX) : k]):
            if pos - m.end > SCOPE or m.start < floor:
                return None
            if m.person and m.end <= pos:
                return m
        return None

    def _cue_subject(self, r: _Raw) -> Mention | None:
        """Who a cue without a name ("a-t-il déclaré", "dijo", "he said") stands for: the subject of the
        sentence the quotation sits in, else the last subject in scope (not merely the last person
        named: "Le ministre, X, qui accompagnait le président, … « … », a-t-il déclaré" is X's)."""
        start = r.clause_start
        own = [m for m in self._outside_relatives(self._between(start, r.open_mark), start, r.open_mark) if m.person
               and (not m.after_preposition or self._holder(self.text[start : m.start].lower().split()))]
        if own and not self._object_only(own[0], start):
            return self._subject(own, start, r.open_mark)
        k = bisect_left(self._mention_starts, start)
        floor = self._section_start(start)
        for m in reversed(self.mentions[max(0, k - RECENT_MAX) : k]):
            if start - m.end > SCOPE or m.start < floor:
                break
            if m.person and m.subject and m.end <= start:
                return m  # (an opinion holder, "Pour X, …", is its sentence's subject too)
            if (m.kind == "role" and m.subject and m.person is None and m.end <= start
                    and self._paragraph_of(m.start) == self._paragraph_of(start)
                    and self._opens_sentence(m)):
                # "Ekonom Universitas X Siti Rahmawati berpendapat … "…," katanya": the paragraph's last subject
                # is someone new the text names no person for; the cue is theirs, not the previous speaker's.
                return None
        return self._last_before(r.open_mark)

    def _clause_verb_gender(self, a: int, b: int) -> str | None:
        """The gender the first speech verb of text[a:b] shows (qalet, powiedziała, сказал), if it shows one."""
        if self.verb_gender is None or self.gender_of is None:
            return None
        verb = next((w for w in _WORD.findall(self.text, a, b) if self.lex.is_speech_verb(w)), None)
        return self.verb_gender(verb) if verb else None

    def _of_gender(self, person: str | None, gender: str) -> bool:
        """The text never showed the person to be of the other gender."""
        return self.gender_of is None or self.gender_of(person) in (None, gender)

    def _subject_of_gender(self, pos: int, gender: str) -> Mention | None:
        """The last subject in scope before pos that the text never showed to be of the other gender, else None."""
        k = bisect_left(self._mention_starts, pos)
        floor = self._section_start(pos)
        for m in reversed(self.mentions[max(0, k - RECENT_MAX) : k]):
            if pos - m.end > SCOPE or m.start < floor:
                return None
            if m.person and m.subject and m.end <= pos and self.gender_of and self.gender_of(m.person) in (None, gender):
                return m
        return None

    def _opens_sentence(self, m: Mention) -> bool:
        """Whether a mention is the first of its sentence ("Ekonom … berpendapat", not "se Šebestyána novináři
        ptali": the journalists who asked, after the one who answers): no mention before it since a full stop."""
        k = bisect_left(self._mention_starts, m.start)
        prev = self.mentions[k - 1] if k > 0 else None
        return prev is None or re.search(r"[.!?。！？]\s", self.text[prev.end : m.start] + " ") is not None \
            or self._paragraph_of(prev.start) != self._paragraph_of(m.start)

    def _sentence_start(self, r: _Raw) -> int:
        a = max(self.paragraphs[self._paragraph_of(r.open_mark)][0], r.open_mark - SENTENCE_MAX)
        return self._last_stop(a, r.open_mark)

    def _last_stop(self, a: int, b: int) -> int:
        """Where the last sentence in text[a:b] starts: after its last full stop outside a quotation, else at a."""
        # From the end: the stops before the last one outside a quotation need no question.
        for m in reversed(list(_STOP.finditer(self.text, a, b))):
            if not self._inside_quote(m.start()) and self._ends_sentence(m, a):
                return m.end()
        return a

    def _ends_sentence(self, stop: re.Match[str], a: int) -> bool:
        """A stop ends its sentence unless it is an abbreviation's or an initial's full stop ("Ms. Takaichi",
        "S. Jaishankar", "M. Carney"): the name after it is the same sentence's."""
        if stop.group() != ".":
            return True
        word = _LAST_WORD.search(self.text, max(a, stop.start() - ABBREVIATION_CHARS), stop.start())
        return word is None or not (len(word.group()) == 1 or word.group().lower() in self.abbreviations)

    def _ends_sentence_at(self, pos: int, a: int) -> bool:
        """_ends_sentence for the mark at text[pos]: a full stop that is no sentence end's (see _STOP) ends none."""
        stop = _STOP.match(self.text, pos)
        return stop is not None and self._ends_sentence(stop, a)

    def _sentence_end(self, r: _Raw) -> int:
        b = self.paragraphs[r.block][1]
        pos = r.close_mark + 1
        below = self._cue_below(r)
        if below is not None:
            b = below
        # "…”. disse Tsekov": a full stop right after the mark, then a lower-case cue.
        # (Matched in place: a slice would copy the rest of the paragraph for every quotation.)
        lead = _CUE_LEAD.match(self.text, pos, b) if pos <= b else None
        after = self.text[lead.end() : lead.end() + 1] if lead else ""
        if lead and _LEAD_STOP.search(lead.group()) and (after.isupper() or (
                after.isalpha() and not after.islower() and self._own_cue_before(r, lead.end(), b))):
            return pos  # the next sentence starts: no cue after this quotation
        pos = lead.end() if lead else pos
        k = bisect_left(self._opens, pos)
        # A short quoted title inside the cue ("— пояснила «Вестям-Экспресс» востоковед X") is no new quotation.
        # (Only within the paragraph: a short quotation opening the next one is no title of this cue.)
        while k < len(self._opens) and self._opens[k] < b and self._quoted_title(k, pos):
            self.quotes[k].in_cue = True
            k += 1
        nxt = self._opens[k] if k < len(self._opens) else b
        stop = self._cue_stop(pos, min(b, nxt))
        return min(stop, nxt, b)

    def _cue_below(self, r: _Raw) -> int | None:
        """The end of the next paragraph when a quotation closes its paragraph on a comma ('… the project,"' ¶
        "Vlcek told the broadcaster."): the sentence, and so the cue, goes on there. None otherwise, and for a
        next paragraph that opens on a quotation mark (a quotation of its own) or is a heading."""
        p = self._paragraph_of(r.close_mark)
        # (The comma inside the mark, '… the project,"', or after it where guillemets are the style: '… көп»,'.)
        after = self.text[r.close_mark + 1 : self.paragraphs[p][1]].strip() if p < len(self.paragraphs) else ""
        if (p + 1 >= len(self.paragraphs)
                or not (self.text[r.close_mark - 1 : r.close_mark] in _COMMAS and not after or after in _COMMAS)):
            return None
        a, b, heading = self.paragraphs[p + 1]
        opening = self.text[a:b].lstrip()[:1]
        if (heading or not opening or opening in _OPENING_MARKS
                or not self.text[r.close_mark + 1 + len(after) : a].isspace()):
            return None
        return b

    def _own_cue_before(self, r: _Raw, a: int, b: int) -> bool:
        """A quotation with words before it in its sentence ('وقال X إن "…".', 'وبحسب بيان …، فإن "…".') and
        the sentence after its full stop, in a script without case, that names nobody or a person first named
        there: that sentence is another's, not the quotation's cue. ('"…". وأضاف X' stays a cue for a
        quotation opening its sentence, and for X named before it: one adds to what one said.)"""
        if not _WORD.search(self.text, r.clause_start, r.open_mark):
            return False
        named = next((m for m in self._between(a, self._cue_stop(a, b)) if m.person), None)
        return named is None or not any(m.person == named.person for m in self._between(0, r.open_mark))

    def _cue_stop(self, a: int, b: int) -> int:
        """The first sentence end in text[a:b] (else b), past the full stops of abbreviations and initials:
        "a déclaré M. Carney", "said Sen. Wong", "сказал г-н И. Петров" name the speaker after the stop."""
        for stop in _STOP.finditer(self.text, a, b):
            if self._ends_sentence(stop, a):
                return stop.start()
        return b

    def _quoted_title(self, k: int, pos: int) -> bool:
        """Quotation k is a capitalised title of a few words within a cue's first words after pos."""
        q = self.quotes[k]
        words = _WORD.findall(self.text, q.open_mark + 1, q.close_mark)
        # (Up to a cue phrase's words before it, a colon never: "коментира пред БТА депутатът от „Партия“ X";
        # "добави той: „Никога“" quotes him.)
        return (0 < len(words) <= TERM_MAX_WORDS and words[0][:1].isupper()
                and len(_WORD.findall(self.text, pos, q.open_mark)) < CUE_PHRASE_WORDS
                and not _STOP.search(self.text, pos, q.open_mark) and ":" not in self.text[pos : q.open_mark])

    def _inside_quote(self, pos: int) -> bool:
        k = bisect_left(self._opens, pos) - 1
        return k >= 0 and pos < self.quotes[k].close_mark

    def _paragraph_of(self, pos: int) -> int:
        return max(bisect_right(self._paragraph_starts, pos) - 1, 0)

    def attribute(self, r: _Raw) -> None:
        text = self.text
        r.clause_start = self._sentence_start(r)
        if r.cuts:
            a, b = r.cuts[0]
            named = [m for m in self._between(a, b) if m.person and not m.after_preposition]
            if named and self._press_asks(a, b, self._between(a, b)):
                r.cue, r.asked = text[a:b].strip(), True
                return
            if named:
                self._set(r, named[0], text[a:b])
                return
        if r.goes_on:
            self._go_on(r)
            return
        if r.label is not None:
            self._label_speaker(r, r.label)
            return
        if r.introduced:
            intro = self._colon_intro(r)
            if intro is not None:
                self._set(r, intro, intro.form)
                return
        if r.interview >= 0:
            # An interview's answer: the one person its announcing paragraph names; with more, nobody can tell.
            interviewee = self._interviewee(r.interview)
            if interviewee is None and r.qa:
                interviewee = self._qa_interviewee(r.interview)
            if interviewee is not None:
                self._set(r, interviewee, interviewee.form)
            return
        self._attribute_plain(r)
        self._third_person_in_answer(r)
        if r.cuts:
            # A pronoun or a verb alone (—añadió—): who spoke before, as for any quotation.
            a, b = r.cuts[0]
            # A role in the cue that stands for no one the text named ("– mówi ekspert"): an unnamed
            # speaker, not who spoke before.
            unnamed_role = any(m.kind == "role" and m.person is None and not m.after_preposition
                               for m in self._between(a, b))
            if r.speaker is None and not unnamed_role and not r.asked:
                last = self._holder_before(r) or self._last_before(r.open_mark)
                if last:
                    self._set(r, last, text[a:b])
            r.cue = r.cue or text[a:b]

    def _third_person_in_answer(self, r: _Raw) -> None:
        """A quotation inside a transcript's answer whose cue is a third person's pronoun ('"…," he told me'): the
        answerer speaks in the first person, so the pronoun stands for the last other person the answer names
        ("I spoke with Minister X."), else for no one the text can tell."""
        k = self._index[id(r)]
        # (The answer's words stop where the quotation inside them opens: its paragraph tells.)
        answer = next((q for q in reversed(self.quotes[:k]) if q.label is not None and q.block == r.block
                       and q.parts[0][0] <= r.open_mark), None)
        # (The pronoun's person may still be the surname the answer's label reads, "Leyen" for its speaker.)
        if answer is None or not answer.speaker or not r.speaker or not set(r.speaker.split()) <= set(
                answer.speaker.split()):
            return
        if not any(w.lower() in self.lex.pronouns for w in _WORD.findall(r.cue)):
            return
        others = [m for m in self._between(answer.parts[0][0], r.open_mark)
                  if m.person and not set(m.person.split()) <= set(answer.speaker.split())]
        if others:
            self._set(r, others[-1], r.cue)
        else:
            r.speaker, r.form = None, None

    def _go_on(self, r: _Raw) -> None:
        """A dash line with no cue after dialogue: the last reply's speaker, when the text between names
        nobody else (a name inside the line itself is whom it speaks of)."""
        k = self._index[id(r)]
        # (Or a quotation in the line's own paragraph: "„…” – powiedziała X. – Chcemy …".)
        prev = next((q for q in reversed(self.quotes[:k]) if q.cuts or q.goes_on or q.introduced or q.interview >= 0
                     or q.block == r.block), None)
        if prev is None or not prev.speaker:
            return
        others = {m.person for m in self._between(prev.close_mark + 1, r.open_mark) if m.person}
        if others <= {prev.speaker}:
            r.speaker, r.form = prev.speaker, prev.form

    def _attribute_plain(self, r: _Raw) -> None:
        """Attribution by the cue after a quotation, else by its context."""
        text, lex = self.text, self.lex
        after_start, after_end = r.close_mark + 1, self._sentence_end(r)
        if text[after_start : after_start + 1] == ")" and text[max(0, r.open_mark - 2) : r.open_mark].rstrip().endswith("("):
            # A quotation alone in brackets after a name ("Edgars Kalniņš („Nacionālā apvienība“) aicināja") is
            # a party's or a body's name: the verb after the bracket is the sentence's, no cue of its.
            self._attribute_context(r)
            return
        window = text[after_start:after_end]
        # A cue follows at once (", ha detto Putin", "– wyjaśnił Łukjanow", ", Putin ha detto"):
        # a speech verb further on belongs to another clause.
        words = list(islice(_WORD.finditer(window),
                            CUE_PHRASE_WORDS_VERB_LAST if verb_last(self.lang) else CUE_PHRASE_WORDS))
        # "«…», un problema que, según las encuestas, preocupa …": a reporting phrase after a relative pronoun
        # gives the relative clause's source, not the quotation's cue.
        relative = next((w.start() for w in words[:CUE_WORDS] if (w.group().lower(),) in lex.relatives), len(window))
        # A speech verb first: a reporting word may be a preposition too ("pēc sanāksmes žurnālistiem sacīja
        # Sprūds": lv "pēc" is "according to" before a source, "after" before a meeting).
        verb = next((w for w in words[:CUE_WORDS] if lex.is_verb(w.group())), None) or next(
            (w for w in words[:CUE_WORDS] if w.start() < relative and _reporting_at(lex, window, w)), None)
        if verb is None:
            # A speech verb listed with its separated particle ("– tette hozzá X", "slår fast X").
            verb = next((w for w, n in zip(words[:CUE_WORDS], words[1:]) if window[w.end() : n.start()].isspace()
                         and lex.is_verb_pair(w.group(), n.group())), None)
        if verb is None:
            verb = (_phrase_verb(lex, window, words, auxiliaries(self.lang), verb_last(self.lang),
                                 lambda at: self._ends_sentence_at(after_start + at, after_start))
                    or _inverted_verb(lex, window, words))
        if verb is None:
            # "…,” he went on.", "—fuhr er fort", "—prosiguió": a verb of going on, a speech verb only here.
            verb = _continuation(lex, words, continuations(self.lang))
        if verb is None and self._unknown_verb_cue(r, window, words):
            # "„Prišiel som ako priateľ,“ odkázal im.": the comma inside the marks leaves the quotation's
            # sentence open, and a few lower-case words close it: a speech verb the lists lack.
            verb = words[0]
        if verb is None and (named := self._unknown_verb_name(r, window, words)) is not None:
            # '“…,” a dúirt Nic Conmara.': the same open sentence closed by a few lower-case words and a
            # person the text introduced before: a speech verb the lists lack, then its subject.
            self._set(r, named, text[after_start + words[0].start() : named.end])
            r.close_cue = True
            return
        if verb is None and (apposed_name := self._name_apposition_verb(after_start, after_end, words)) is not None:
            # '"…," Jane Doe, a lawmaker from the opposition party, told Reuters.': the name opens the cue, its
            # apposition between commas pushes the verb past the verb's reach.
            self._set(r, apposed_name[0], text[apposed_name[0].start : apposed_name[1]])
            r.close_cue = True
            return
        if verb is not None:
            verb_end = after_start + verb.end()
            reach = _SUBJECT_REACH_VERB_LAST if verb_last(self.lang) else _SUBJECT_REACH
            near = [m for m in self._between(after_start, after_end)
                    if (m.start - verb_end <= 30 or _cue_words_between(text, verb_end, m.start))
                    and (after_start + verb.start()) - m.end <= reach]
            r.close_cue = True
            cue_start = after_start + words[0].start()
            near = self._drop_addressees(near, after_start + verb.end())
            near = [m for m in near if not self._outlet_before_verb(m, cue_start, after_start + verb.start())]
            served = [m for m in near if self._serves(m)]
            if served:
                near = [m for m in near if m not in served]
                if not near:
                    # "— сказал советник X", "said X's spokesman": an unnamed aide speaks, never X.
                    r.cue = text[cue_start : max(served[0].end, after_start + verb.end())].strip(" ,.–—-")
                    return
            outlet = self._named_after_outlet(after_start + verb.end(), after_end, near)
            if outlet is not None:
                # "povedal pre denník Pravda Fico", "powiedziała dla PAP Kowalska": the outlet is where
                # it was said; the person named after it speaks.
                near = [outlet]
            holder = self._holder_after(after_start + verb.end(), after_end)
            if holder is None and not any(m.person for m in near):
                # "– teigė opozicinės Tėvynės sąjungos–Lietuvos krikščionių demokratų frakcijos narys X": a long
                # role phrase, its institution in the genitive, then the holder's name past the verb's reach.
                holder = self._named_after_role_phrase(after_start + verb.end(), after_end)
            if holder is not None:
                # "коментира депутатът от ГЕРБ Стоян Кирков", "сказал депутат от КПРФ Олег Смолин": the role's
                # party or body, then its holder's name: the holder speaks, not the last person with that role.
                near = [holder]
            if near and self._press_asks(cue_start, after_end, near):
                # '"Who will pay?" we asked deputy X', '— Кто будет платить? — спросили мы у депутата X': the
                # writers or a journalist ask; the one named after the verb is asked and answers next, not this.
                m = near[0]
                r.cue = text[cue_start : max(m.end, after_start + verb.end())].strip(" ,.–—-")
                r.asked = True
                return
            if near:
                m = near[0]
                self._set(r, m, text[min(m.start, cue_start) : max(m.end, after_start + verb.end())])
                return
            apposed = self._apposed_holder(after_start + verb.end(), after_end)
            if apposed is not None:
                self._set(r, apposed, text[cue_start : apposed.end])
                return
            # '"…" y pidió corregir un desequilibrio': a verb joined by "and" goes on with the sentence's
            # subject, and the words after it are its object, not an unnamed subject ("A statement
            # referred to "…" and announced" still names no one).
            before = [w.group().lower() for w in words if w.start() < verb.start()]
            joined = len(before) == 1 and before[0] in and_words(self.lang)
            if (not joined and self._nobody_speaks(after_start, after_start + verb.start(), after_start + verb.end(),
                                                   after_end)
                    or self._impersonal(after_start, after_end) or self._unnamed_subject(r)
                    or self._unnamed_sentence(r)):
                r.cue = window[: verb.end()].strip(" ,.–—-")
                return  # "dice una fuente de Moncloa", "a government source said": nobody the text names
            epithet = self._epithet_end(window, verb.end())
            last = self._last_before(r.open_mark) if epithet else self._cue_subject(r)
            if last and not epithet and self.gender_of and self.verb_gender and (
                    gender := self.verb_gender(verb.group())) and self.gender_of(last.person) not in (None, gender):
                # "„…” – powiedział." after a woman named last (powiedziała Wolska): the verb says a man spoke,
                # so the last subject in scope the text never showed to be a woman.
                last = self._subject_of_gender(r.clause_start, gender)
            if last:
                # A pronoun or a verb with no subject ("ha affermato.", "a-t-il déclaré"): the subject
                # of the quotation's sentence, else the last subject in scope.
                self._set(r, last, window[: max(epithet, verb.end())].strip(" ,.–—-"))
                return
        self._attribute_context(r)

    def _press_asks(self, a: int, b: int, mentions: list[Mention]) -> bool:
        """The cue text[a:b] has a speech verb whose subject is a word of unnamed.txt's [press] (we, мы, a
        journalist) standing next to it before the first name, and no one the text named: the press asks, the
        person named after the verb is asked."""
        words = list(_WORD.finditer(self.text, a, b))
        k = next((i for i, w in enumerate(words) if self.lex.is_verb(w.group())), None)
        if k is None:
            return False
        press = press_words(self.lang)
        first_name = min((m.start for m in mentions if m.kind == "name"), default=b)
        return any(i != k and w.start() < first_name and press.holds(w.group().lower())
                   and not any(m.person and m.start <= w.start() < m.end for m in mentions)
                   for i, w in enumerate(words[max(0, k - 2) : k + 3], max(0, k - 2)))

    def _holder_after(self, verb_end: int, b: int) -> Mention | None:
        """The name after the cue's verb when a role, its preposition and party or body stand before it
        ("коментира пред БТА депутатът от „Продължаваме промяната“ Калоян Димов"; the name may lie past the
        verb's reach), else None."""
        for w in islice(_WORD.finditer(self.text, verb_end, b), CUE_PHRASE_WORDS):
            if _PARTY_BREAK.search(self.text, verb_end, w.start()):
                return None
            if any(m.kind == "name" and m.person for m in self._between(verb_end, w.start())):
                # "řekl Pavel novinářům po jednání s Kristerssonem": the subject is named before the
                # role (here an addressee), and the name after its preposition is an object.
                return None
            if w.group()[:1].islower() and self.lex.is_role(w.group().lower()):
                after = [m for m in self._between(w.end(), b) if m.start >= w.end()]
                if after and after[0].kind == "name" and after[0].person and self._party_between(w.end(), after[0].start):
                    return after[0]
                return None
        return None

    def _named_after_role_phrase(self, verb_end: int, b: int) -> Mention | None:
        """The first name after the cue's verb when only a role phrase of up to ROLE_PHRASE_WORDS words stands
        between, in one clause, and its last word is a role ("teigė … frakcijos narys Mindaugas Stankūnas",
        "ütles opositsioonilise … fraktsiooni liige X"), else None."""
        name = next((m for m in self._between(verb_end, b) if m.kind == "name"), None)
        if name is None or not name.person:
            return None
        # ("komisarz ds. obronności X": a lower-case abbreviation's period ends no clause.)
        phrase = _ABBREVIATION_DOT.sub(
            lambda m: m.group(1) if m.group(1).islower() and m.group(1) in self.abbreviations else m.group(),
            self.text[verb_end : name.start])
        if _ROLE_PHRASE_BREAK.search(phrase):
            return None
        words = _WORD.findall(phrase)
        if not words or len(words) > ROLE_PHRASE_WORDS:
            return None
        # "povedal poslanec Progresívneho Slovenska Martin Dubec", "said MP for Labour …": the role's party or
        # institution, up to PARTY_WORDS capitalised words in the genitive (no person: the name is the first
        # person named), may stand between the role and its holder.
        last = len(words) - 1
        while last >= 0 and len(words) - 1 - last < PARTY_WORDS and words[last][:1].isupper():
            last -= 1
        if last < 0 or not _uncapitalised(words[last][:1]):
            return None
        if self.lex.is_role(words[last].lower()):
            return name
        # "— пояснила министр экономики и устойчивого развития Грузии Мариам Квривишвили": the role first, then
        # its office's lower-case words (no preposition or verb: no time, place or clause of the sentence's
        # own) before the country or institution.
        # ("— powiedział dziennikarzom unijny komisarz ds. obronności … X": up to ROLE_LEAD_WORDS lower-case words,
        # its addressee or adjective, may come before the role.)
        lex = self.lex
        role = next((k for k, w in enumerate(words[: min(last, ROLE_LEAD_WORDS) + 1]) if lex.is_role(w.lower())), -1)
        return name if last and role >= 0 and all(
            _uncapitalised(w) and w not in lex.prepositions and not lex.is_verb(w)
            for k, w in enumerate(words[: last + 1]) if k != role) else None

    def _party_between(self, a: int, b: int) -> bool:
        """The text between a role and a name is the role's party or body: a preposition and up to
        PARTY_WORDS words (an acronym, a name in quotation marks, "от опозицията", "на външните работи"),
        with no punctuation but quotation marks."""
        between = self.text[a:b]
        if _PARTY_BREAK.search(between):
            return False
        words = _WORD.findall(between)
        if not 2 <= len(words) <= PARTY_WORDS + 1:
            return False
        return words[0].islower() and words[0] in self.lex.prepositions and not any(
            self.lex.is_verb(w.lower()) or self.lex.is_role(w.lower()) for w in words[1:])

    def _unknown_verb_cue(self, r: _Raw, window: str, words: list[re.Match[str]]) -> bool:
        """The quotation opens its sentence with a capital and ends on a comma inside its marks, and at most
        a few lower-case words, no name or figure, end the sentence: a cue of a verb (and a pronoun) the
        word lists lack. (Not "put the figure at "more than $20 billion," counting later phases".)"""
        if not words or len(words) > UNKNOWN_CUE_WORDS or window[: words[0].start()].strip(" \t\u00a0,") \
                or self.text[r.open_mark + 1 : r.close_mark].rstrip()[-1:] != ",":
            return False
        first = _ALNUM.search(self.text, r.open_mark, r.close_mark)
        if first is None or not first.group().isupper() or self.text[r.clause_start : r.open_mark].strip(
                " \t\n\u00a0–—-"):
            return False
        rest = window[words[-1].end() :].strip()
        return (all(w.group().islower() and w.group().isalpha() for w in words) and rest[:1] in ("", ".", "!", "?")
                and not self._between(r.close_mark + 1, r.close_mark + 1 + words[-1].end()))

    def _unknown_verb_name(self, r: _Raw, window: str, words: list[re.Match[str]]) -> Mention | None:
        """The person named right after a few lower-case words that close the quotation's open sentence
        ('“Tá fáilte …,” a dúirt Nic Conmara.'), when the text named that person before the quotation:
        a speech verb the word lists lack, then its subject; else None. (The sentence must end with the
        name: "“…,” and Merkel left" goes on, its verb is no cue.)"""
        # (The comma may close the quotation outside its marks, a dash after it: "«…», – гуфт Президент.")
        if not words or window[: words[0].start()].strip(" \t\u00a0,–—") or (
                self.text[r.open_mark + 1 : r.close_mark].rstrip()[-1:] != "," and "," not in window[: words[0].start()]):
            return None
        first = _ALNUM.search(self.text, r.open_mark, r.close_mark)
        if first is None or not first.group().isupper() or self.text[r.clause_start : r.open_mark].strip(
                " \t\n\u00a0–—-"):
            return None
        start = r.close_mark + 1
        # A role the text resolved to one person introduced with it speaks too ('“…,” qal il-Prim Ministru.').
        named = next((m for m in self._between(start, start + len(window)) if m.kind in ("name", "role")), None)
        if named is None or not named.person or named.after_preposition:
            return None
        lead = [w for w in words if start + w.end() <= named.start]
        # (Before a role, the verb opens the words and the role phrase's own words may be capitalised: "il-Prim".)
        if not 0 < len(lead) <= UNKNOWN_CUE_WORDS or not all(
                (w.group().islower() or (named.kind == "role" and k > 0)) and w.group().isalpha()
                for k, w in enumerate(lead)):
            return None
        if self.text[start + lead[-1].end() : named.start].strip() or window[named.end - start :].strip()[:1] not in (
                "", ".", "!", "?"):
            return None
        # Introduced before: a mention of the same person earlier in the text (the mentions are sorted).
        earlier = self.mentions[: bisect_left(self._mention_starts, r.open_mark)]
        return named if any(m.person == named.person for m in earlier) else None

    def _epithet_end(self, window: str, verb_end: int) -> int:
        """Where an age epithet ends in the cue, up to a few words past its verb ("sagte der 73-Jährige",
        "the 73-year-old said"), else 0: it describes the person the text named last, not its last subject."""
        if not self.epithets.words and not self.epithets.stems:
            return 0
        words = list(islice(_COMPOUND_WORD.finditer(window, 0, verb_end + NAMING_CHARS), CUE_PHRASE_WORDS))
        verb = next((k for k, w in enumerate(words) if w.end() >= verb_end), len(words))
        # Next to the verb, an article or an adjective between at most: further on it is another clause's.
        for w in words[max(0, verb - EPITHET_REACH) : verb + EPITHET_REACH + 1]:
            # After an age's digits the listed ending is looked up with its leading "-" (73enne: -enne).
            if self.epithets.holds(_AGE_PREFIX.sub("-", w.group().lower(), 1)):
                return w.end()
        return 0

    def _unnamed_subject(self, r: _Raw) -> bool:
        """The quotation's sentence opens on an unnamed source set off by a comma, and no person is named
        after it: "X'in heyetinde yer alan bir yetkili, … "…" … söyledi", "A source close to X, … "…" said"
        (a name before it only says whose source it is)."""
        mentions = [m for m in self._between(r.clause_start, r.open_mark) if not m.after_preposition]
        for k, m in enumerate(mentions):
            if (m.person is None and m.kind == "role" and self.text[m.end : m.end + 1] == ","
                    and self._unnamed(_WORD.findall(m.form), HOLDER_WORDS)):
                return not any(n.person for n in mentions[k + 1 :])
        return False

    def _unnamed_sentence(self, r: _Raw) -> bool:
        """The quotation's sentence opens on an unnamed or collective subject and names no person before
        the quotation ("Diplomatik kaynaklar, görüşmenin "…" geçtiğini belirtti"): the verb after it is theirs."""
        return (self._unnamed_opening(r.clause_start, r.open_mark)
                and not any(m.person for m in self._between(r.clause_start, r.open_mark)))

    def _name_apposition_verb(self, a: int, b: int, words: list[re.Match[str]]) -> tuple[Mention, int] | None:
        """(name, end of the verb) of a cue after a quotation that opens on a known name set off by an
        apposition between commas, the speech verb right after the second comma ("Jane Doe, a lawmaker from
        the opposition, said"); None otherwise. The apposition holds no verb and no quotation mark."""
        if not words:
            return None
        m = next((n for n in self._between(a, b) if n.start == a + words[0].start()), None)
        if m is None or not m.person or m.kind != "name" or self.text[m.end : m.end + 1] != ",":
            return None
        comma = self.text.find(",", m.end + 1, b)
        if comma < 0:
            return None
        inside = _WORD.findall(self.text[m.end + 1 : comma])
        # (An apostrophe between letters is a possessive or an elision, "Japan's": no quotation mark.)
        if (not 1 <= len(inside) <= APPOSITION_WORDS
                or _MARKS.search(re.sub(r"(?<=[^\W\d_])['’](?=[^\W\d_])", "", self.text[m.end + 1 : comma]))
                or any(self.lex.is_verb(w) for w in inside)):
            return None
        verb = _WORD.match(self.text, comma + 1 + len(self.text[comma + 1 : b]) - len(self.text[comma + 1 : b].lstrip()))
        return (m, verb.end()) if verb is not None and verb.end() <= b and self.lex.is_verb(verb.group()) else None

    def _apposed_holder(self, a: int, b: int) -> Mention | None:
        """The name set off by a comma after a long role phrase right after the cue's verb: "a résumé le
        ministre délégué au Commerce extérieur, Nicolas Forissier", "dijo el jefe de la diplomacia, X"
        (the role, a holder named, is no mention of its own)."""
        names = [m for m in self._between(a, b) if m.person and m.kind == "name"]
        if not names:
            return None
        m = names[0]
        gap = self.text[a : m.start]
        # A hyphenated role is one word ("le porte-parole de la présidence, X", "el vice-presidente"): split,
        # neither half is a role.
        # A possessor's "’s" is no word of its own: "the EU's defence commissioner" is a determiner and a role as
        # "the defence commissioner" is.
        words = _COMPOUND_WORD.findall(_POSSESSIVE_S.sub("", gap))
        # One clause: the role, its complements, then the comma before the name; or, with no comma, the
        # name right after them ("ha detto il vicepremier e ministro delle Infrastrutture X, che …": a
        # compound role longer than the verb's reach), when no preposition makes it a complement's.
        bare = "," not in gap and not m.after_preposition
        # (An apostrophe between letters is an elision or a name's, "de l'OIF", "d'Ivoire": no quotation mark.)
        marks = _MARKS.search(re.sub(r"(?<=[^\W\d_])['’](?=[^\W\d_])", "", gap))
        if (not bare and (not gap.rstrip().endswith(",") or gap.count(",") != 1) or marks
                or not 2 <= len(words) <= ROLE_PHRASE_WORDS or not words[0].islower()
                or words[0] not in self.lex.function_words):
            return None
        lex = self.lex
        # The role opens the phrase, or follows a short lower-case aside ("sostuvo por su parte el canciller").
        role = next((i for i, w in enumerate(words[1:HOLDER_WORDS + ASIDE_WORDS + 1], 1) if lex.is_role(w.lower())), 0)
        if (not role or (role > HOLDER_WORDS and not all(w.islower() for w in words[:role]))
                or any(lex.is_verb(w) for w in words[1:])):
            return None
        # The apposition closes: a comma, the sentence's end or the window's.
        after = self.text[m.end : b].lstrip()
        return m if not after or after[0] in ",.;)" else None

    def _named_after_outlet(self, a: int, b: int, near: list[Mention]) -> Mention | None:
        """The person named after an outlet that follows the cue's verb ("povedal pre denník Pravda Fico",
        "řekla pro ČTK Jana X", "powiedziała dla PAP Kowalska"): a preposition, a lower-case noun or two,
        the outlet's capitalised words, then a surname of a person the text names elsewhere. None when no
        outlet comes first, or a mention of its own already starts after the outlet."""
        words = list(islice(_WORD.finditer(self.text, a, b), OUTLET_WORDS))
        outlet_words = _word_list(self.lang, "unnamed", "outlet").words
        if len(words) < 3 or words[0].group().lower() not in outlet_words or self.text[a : words[0].start()].strip():
            return None
        k = 1
        while k < len(words) - 1 and words[k].group().islower() and k <= OUTLET_NOUNS:
            k += 1
        caps: list[re.Match[str]] = []
        for w in words[k:]:
            # Capitalised words joined by spaces alone: a comma or a stop ends the name.
            if not w.group()[:1].isupper() or (caps and self.text[caps[-1].end() : w.start()].strip()):
                break
            caps.append(w)
        after = k + len(caps)
        if caps and after < len(words) and self.lex.is_role(words[after].group().lower()) and not self.text[
                caps[-1].end() : words[after].start()].strip():
            # "povedala pre TASR ministerka hospodárstva Denisa Saková": the outlet, then the speaker's
            # role and name; the person a mention there names speaks (the role's own words are no outlet).
            return next((m for m in self._between(words[after].start(), b) if m.person and m.kind == "name"
                         and len(_WORD.findall(self.text, words[after].start(), m.start)) <= OUTLET_NOUNS + 1), None)
        if len(caps) < 2:
            return None
        outlet_start = caps[0].start()
        if any(m.start > outlet_start and m.person and caps[0].group() not in m.person.split() for m in near):
            return None  # the name finder parted the outlet and the name already
        last = caps[-1].group()
        # The people named outside this cue (a glued "Pravda X" is no one's name); a set: the text's few people.
        known = {m.person for m in self.mentions if m.person and m.kind == "name" and not a <= m.start < b}
        holders = {person for person in known if same_word(surname(person), last)
                   and caps[0].group() not in person.split()}
        if len(holders) != 1:
            return None
        person = holders.pop()
        # The person's words here: from the first capitalised word after the outlet that the name holds.
        first = next((w for w in caps[1:] if any(same_word(w.group(), part) for part in person.split())), caps[-1])
        return Mention(first.start(), caps[-1].end(), self.text[first.start() : caps[-1].end()], "name", person)

    def _outlet_before_verb(self, m: Mention, cue_start: int, verb_start: int) -> bool:
        """A mention between the cue's first word and its verb that an outlet preposition and at most
        OUTLET_NOUNS lower-case nouns bring in ("»…,« je za časnik Večer dejal X"): the outlet spoken to,
        no speaker."""
        if not cue_start <= m.start < verb_start:
            return False
        outlet_words = _word_list(self.lang, "unnamed", "outlet").words
        if not outlet_words:
            return False
        before = list(_WORD.finditer(self.text, cue_start, m.start))
        for k in range(len(before) - 1, max(-1, len(before) - 2 - OUTLET_NOUNS), -1):
            if before[k].group().lower() in outlet_words:
                # Only spaces between: a comma or a stop would end the outlet's phrase.
                return not _CLAUSE_BREAK.search(self.text, before[k].end(), m.start) and all(
                    w.group().islower() for w in before[k + 1:])
        return False

    def _drop_addressees(self, near: list[Mention], verb_end: int) -> list[Mention]:
        """Leaves out a name in an object case right after the verb when another person follows it:
        "— пообещал Пашиняну российский президент" is the president's, "powiedział Nawrockiemu Tusk" Tusk's."""
        if not self.object_endings or len(near) < 2:
            return near
        if any(m.kind == "name" and m.person and m.start >= verb_end for m in near):
            # "“…,” pēc sanāksmes žurnālistiem sacīja Sprūds": a role in an object case (to the journalists)
            # is whom the words were told, before the verb or after it; the name after the verb speaks.
            told = [m for m in near if m.kind == "role" and self._role_in_object_case(m)]
            near = [m for m in near if m not in told] or near
        first = near[0]
        if first.kind != "name" or first.start < verb_end or not first.form.lower().endswith(self.object_endings):
            return near
        return near[1:]

    def _role_in_object_case(self, m: Mention) -> bool:
        """The role word of a role mention ends with an ending of a case that is never the subject
        (object_endings.txt: žurnālistiem): its country or complement words are not asked."""
        word = next((w for w in m.form.split() if self.lex.is_role(w.lower())), None)
        return word is not None and word.lower().endswith(self.object_endings)

    def _attribute_context(self, r: _Raw) -> None:
        """Who spoke a quotation with no cue naming the speaker: the subject before it, then context."""
        text, lex = self.text, self.lex
        start = r.clause_start
        # "Nach Ansicht von Erdoğan ist klar: „…“": a preposition that a reporting phrase ends names the source.
        mentions = self._between(start, r.open_mark)
        served = [m for m in mentions if self._serves(m)]
        if served:
            # "По словам советника X, …", "According to X's adviser, …": an unnamed aide speaks, never X.
            mentions = [m for m in mentions if m not in served]
            if not any(m.person for m in mentions):
                return
        outside = self._outside_relatives(mentions, start, r.open_mark)
        # A person named only inside a relative clause: the clause's antecedent, someone else, is the subject.
        relative_only = any(m.person for m in mentions) and not any(m.person for m in outside)
        candidates = [m for m in outside
                      if not m.after_preposition or self._holder(text[start : m.start].lower().split())
                      or self._holder_right_before(m, start, r.open_mark)]
        gender = self._clause_verb_gender(start, r.open_mark)
        if gender:
            # "il-Ministru qalet li l-valur huwa ta' "…"": the speech verb says a woman spoke, so a pronoun of a
            # man after it (here the copula) is not the speaker.
            candidates = [m for m in candidates if m.kind != "pronoun" or self._of_gender(m.person, gender)]
        before = [m for m in candidates if m.person]
        if self._source_no_person(start, r.open_mark):
            return  # "Selon Bercy, …", "Według źródła w …": the sentence names a source that is no person
        pronoun, referent = self._pronoun_source(start, r.open_mark)
        if pronoun:
            # "Podle ní Babiš s Orbánem „…“": the words are hers; a name after the pronoun is in what she said.
            if referent is not None:
                self._set(r, referent, referent.form)
            return
        if not before and (back := self._words_back_speaker(r)) is not None:
            # "«…». Con queste parole X ha aperto …", "With these words, X opened …": the next sentence names
            # the speaker of the words it points back to.
            self._set(r, back, back.form)
            return
        has_verb = any(map(lex.is_verb, _WORD.findall(text[start : r.open_mark])))
        relative = self._relative_speaker(mentions, r.open_mark)
        if relative is not None:
            # "…, according to figures cited by Mr. X, who said the goal was to "…"": the relative
            # clause's speech verb is the name's, even after a preposition.
            self._set(r, relative, relative.form)
            return
        if before and not self._object_only(before[0], start):
            m = self._subject(before, start, r.open_mark)
            if self._titles_unknown_name(m):
                return  # "External Affairs Minister S. X, who …": the role is the title of a name the text does not know
            self._set(r, m, m.form)
            return
        if candidates and has_verb and not self._object_only(candidates[0], start):
            # "Ein Sprecher des Ministeriums sagte: „…“": the text names no person; keep its words.
            self._set(r, candidates[0], candidates[0].form)
            aide = self._aide_phrase(candidates[0], r.open_mark) if candidates[0].person is None else None
            if aide is not None:
                # "A spokesperson for the presidency said: "…"": the aide speaks by title; the title with
                # its body is all the text tells of who spoke, better than no speaker.
                r.speaker = r.form = aide
            return
        if not before and self._seat_opening(start, r.open_mark):
            return  # "L'Elysée qualifie …", "Кремль назвал …": a seat of government speaks, no person
        if not candidates and self._unnamed_opening(start, r.open_mark):
            # "„…“, betonte X. Man werde „…“": a verb of reported speech goes on with the last speaker's
            # words; a document or an unnamed source speaks otherwise ("A joint statement referred to "…"").
            reported = _word_list(self.lang, "unnamed", "reported")
            told = (self._previous_sentence_speaker(r) if reported.words and not self._impersonal(start, r.open_mark)
                    and any(map(reported.holds, _WORD.findall(text[start : r.open_mark].lower()))) else None)
            if told is not None:
                self._set(r, told, told.form)
            return
        if not before and self._impersonal(start, r.open_mark):
            return  # "In der Erklärung heißt es: „…“", "В заявлении говорится": a text speaks, no person
        if not before and self._possessive_opening(start, r.open_mark):
            # "По её мнению, …: «…»": the reporting phrase's possessive stands for the last subject.
            holder = self._cue_subject(r)
            if holder is not None:
                self._set(r, holder, holder.form)
                return
        if self._hearsay_next(r):
            return  # "«…» Così filtrava dal Colle.", "« … » Glisse-t-on à l'Élysée.": an unnamed source
        prior = self._prior_quote_speaker(r)
        if prior:
            r.speaker, r.form = prior.speaker, prior.form
            return
        intro = self._colon_intro(r)
        if intro is not None:
            self._set(r, intro, intro.form)
            return
        if has_verb:
            last = self._last_before(start)
            if last and gender and not self._of_gender(last.person, gender):
                last = self._subject_of_gender(start, gender)  # (as for a cue's verb: "– powiedział.")
            # "Erica X, a specialist at …, said …: "…"": a name the text does not know is still someone else.
            if last and not relative_only and not self._unknown_subject(start, r.open_mark):
                self._set(r, last, last.form)
            return
        told = self._previous_sentence_speaker(r)
        if told is not None:
            self._set(r, told, told.form)

    def _serves(self, m: Mention) -> bool:
        """The mention names whom an aide serves, not the aide: after an aide's noun and a preposition
        ("un conseiller de X", "adviser to X"), in a case of its own ("по словам советника Жапарова",
        "według doradcy Tuska": another's name, never an aide's own), or before the noun after a possessive
        ("X's adviser", "Putins Sprecher"); "adviser Jake Sullivan", "советник Юрий Ушаков" are the aide."""
        if m.person is None or (not self.aides.words and not self.aides.stems):
            return False
        after = _POSSESSED.match(self.text, m.end)
        if after is not None:
            first, second = after.group(1), after.group(2)
            # (A word between only after a possessive mark: "Scholz empfing Berater" is no possessor.)
            if self.aides.holds((first or second).lower()) or (
                    first is not None and first.islower() and not self.lex.is_verb(first)
                    and self.text[m.end : m.end + 1] in "'’" and self.aides.holds(second.lower())):
                return True
        aide, preposition = self._aide_before(m)
        if not aide:
            return False
        if preposition or m.kind == "role":
            return True
        # No preposition: a case form differing from the name as the text gives it, for someone whom no
        # aide's noun introduces anywhere (the adviser's own name stays theirs).
        last = m.form.split()[-1]
        return m.kind == "name" and last != surname(m.person) and m.person not in self._aide_names()

    def _aide_before(self, m: Mention) -> tuple[bool, bool]:
        """Whether an aide's noun comes right before the mention, past at most a few prepositions, articles
        and roles on one clause, and whether a preposition is among them."""
        words = list(_COMPOUND_WORD.finditer(self.text, max(0, m.start - SERVED_CHARS), m.start))
        preposition, end = False, m.start
        lex = self.lex
        for w in reversed(words[-SERVED_GAP_WORDS - 1 :]):
            if self.text[w.end() : end].strip(" \u00a0'’"):
                return False, False  # a comma or a stop: another clause
            low = w.group().lower()
            if self.aides.holds(low):
                return True, preposition
            if low in lex.prepositions:
                preposition = True
            elif not (low in lex.noun_markers or lex.is_role(low)):
                return False, False
            end = w.start()
        return False, False

    def _aide_phrase(self, m: Mention, end: int) -> str | None:
        """The title an unnamed aide speaks by: from the aide's noun in the role mention m to the word before the
        clause's verb ("spokesperson for the Nigerian presidency", "Sprecher des Außenministeriums"), or None
        when the mention holds no aide's noun (a mark ends the title too)."""
        words = list(_COMPOUND_WORD.finditer(self.text, m.start, end))
        first = next((k for k, w in enumerate(words) if w.start() < m.end and self.aides.holds(w.group().lower())), None)
        if first is None:
            return None
        last = first
        for k in range(first + 1, len(words)):
            gap = self.text[words[k - 1].end() : words[k].start()]
            # A mark, the verb, or an auxiliary before it ("ha detto", "a déclaré") ends the title.
            if gap.strip(" \u00a0'’") or self.lex.is_verb(words[k].group()) or (
                    words[k].group().lower() in self.lex.function_words
                    and (k + 1 == len(words) or self.lex.is_verb(words[k + 1].group()))):
                break
            last = k
        # (Trailing articles and prepositions are no part of the title.)
        while last > first and (words[last].group().lower() in self.lex.prepositions
                                or words[last].group().lower() in self.lex.noun_markers):
            last -= 1
        return self.text[words[first].start() : words[last].end()]

    def _aide_names(self) -> set[str]:
        """The aides the text names: people an aide's noun introduces with no preposition between, in the
        name's own form ("советник Юрий Ушаков") or at every mention ("по словам советника Ивана Петрова")."""
        if self._aides_named is None:
            after_aide: dict[str, bool] = {}
            own: set[str] = set()
            for m in self.mentions:
                if m.person and m.kind == "name":
                    aide = self._aide_before(m) == (True, False)
                    after_aide[m.person] = after_aide.get(m.person, True) and aide
                    if aide and m.form.split()[-1] == surname(m.person):
                        own.add(m.person)
            self._aides_named = own | {person for person, always in after_aide.items() if always}
        return self._aides_named

    def _titles_unknown_name(self, m: Mention) -> bool:
        """A role mention right before a capitalised name that no mention covers ("Minister S. Jaishankar"
        when the text does not know Jaishankar): the role is that person's title, not the person it resolved to."""
        if m.kind != "role":
            return False
        name = _UNKNOWN_NAME.match(self.text, m.end)
        if name is None or name.group("word").lower() in self.lex.function_words:
            return False
        return not self._between(m.end, name.end() + 1) and not any(
            n.start < name.end() and n.end > m.end for n in self._between(m.start, name.end() + 1))

    def _outside_relatives(self, mentions: list[Mention], start: int, end: int) -> list[Mention]:
        """Leaves out the mentions inside a relative clause set off by commas after the subject: "S. X, who
        met his counterpart Y on Monday, described the talks as "…"" is X's, never Y's."""
        if not mentions or not self.lex.relatives:
            return mentions
        rels = "|".join(r"\s+".join(map(re.escape, rel)) for rel in self.lex.relatives)
        spans = []
        for rel in re.finditer(r",\s*(?:" + rels + r")\b", self.text[start:end], re.IGNORECASE):
            a = start + rel.end()
            close = self.text.find(",", a, end)
            if close > a and not _MARKS.search(self.text, a, close):
                spans.append((a, close))
        if not spans:
            return mentions
        return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]

    def _relative_speaker(self, mentions: list[Mention], open_mark: int) -> Mention | None:
        """The last person named before the quotation when a relative clause after that name, set off by
        a comma, opens with a speech verb that leads to the quotation: "X, who said the goal was "…"",
        "X, que afirmó que «…»", "X, qui a déclaré : « … »". None otherwise."""
        named = [m for m in mentions if m.person and m.end <= open_mark]
        if not named or not self.lex.relatives:
            return None
        m = named[-1]
        between = self.text[m.end : open_mark]
        comma = re.match(r"\s*,\s*", between)
        if comma is None or _MARKS.search(between):
            return None
        words = [w.lower() for w in _WORD.findall(between[comma.end() :])]
        rel = next((len(r) for r in self.lex.relatives if tuple(words[: len(r)]) == r), 0)
        # The verb right after the pronoun or after an auxiliary or a pronoun ("who has said", "qui a déclaré").
        return m if rel and any(map(self.lex.is_speech_verb, words[rel : rel + RELATIVE_VERB_WORDS])) else None

    def _source_no_person(self, start: int, end: int) -> bool:
        """The sentence text[start:end] opens with a reporting phrase ("selon", "według", "according to")
        whose source is no person: an unnamed one ("źródła w …", "a diplomat"), or a clause naming nobody
        ("Selon Bercy,"). A pronoun or a person named there is left to the other rules."""
        words = list(islice(_WORD.finditer(self.text, start, end), SOURCE_WORDS))
        low = [w.group().lower() for w in words]
        k = max((len(p) for p in self.lex.reporting if tuple(low[: len(p)]) == p), default=0)
        if not k or k >= len(words):
            return False
        if self._unnamed(low[k : k + 1], 1):
            return True
        # A name (Bercy) or a determiner and its noun (les douanes); a lower-case word alone is a
        # pronoun ("Selon lui", "Podle ní"): whom it stands for is the other rules' question.
        if not (words[k].group()[:1].isupper() or (low[k] in self.lex.noun_markers and k + 1 < len(words))):
            return False
        stop = _CLAUSE_BREAK.search(self.text, words[k].start(), end)
        if stop is None or self.text[stop.start()] != ",":
            return False  # the source's phrase runs into the sentence: who it names is not sure
        return not any(m.person for m in self._between(words[k].start(), stop.start()))

    def _pronoun_source(self, start: int, end: int) -> tuple[bool, Mention | None]:
        """Whether the sentence text[start:end] opens with a reporting phrase and a pronoun the text's
        mentions do not cover ("Podle ní", "według niej"), and the person it stands for: the subject that
        opens the sentence before, else no one ("Opozice … kritizovala. Podle ní …")."""
        words = list(islice(_WORD.finditer(self.text, start, end), SOURCE_WORDS))
        low = [w.group().lower() for w in words]
        k = max((len(p) for p in self.lex.reporting if tuple(low[: len(p)]) == p), default=0)
        if not k or k + 1 >= len(words):
            return False, None
        word = words[k]
        if (not word.group().islower() or len(word.group()) > PRONOUN_CHARS or low[k] in self.lex.function_words
                or low[k] in self.lex.prepositions or self.lex.is_verb(low[k]) or self._unnamed(low[k : k + 1], 1)
                or self.text[words[k - 1].end() : word.start()] != " "
                or any(m.start <= word.start() < m.end for m in self._between(start, word.end() + 1))):
            return False, None
        # The sentence before, within the paragraph: its opening subject is whom the pronoun stands for.
        a = max(self.paragraphs[self._paragraph_of(start)][0], start - SENTENCE_MAX)
        before = self._last_stop(a, max(a, start - 1))
        first = next((m for m in self._between(before, start) if not m.after_preposition), None)
        return True, (first if first is not None and first.person and first.subject else None)

    def _seat_opening(self, start: int, end: int) -> bool:
        """The sentence text[start:end] opens with a seat of government as its subject (L'Elysée, the
        Kremlin, Biały Dom): at most a determiner before it, no preposition (not "à l'Elysée")."""
        words = list(islice(_WORD.finditer(self.text, start, end), 2))
        if not words:
            return False
        first = words[0].group().lower()
        at = words[1].start() if len(words) > 1 and first in self.lex.noun_markers else words[0].start()
        if at != words[0].start() and first in self.lex.prepositions:
            return False
        # From the name itself: the gazetteer's words keep an elision on ("L'Elysée" is no form of it).
        found = places.find(self.text, [(at, min(end, at + SEAT_CHARS))], self.lang)
        return any(f.place.kind == "seat" and f.start == at and not f.locative for f in found)

    def _unnamed(self, words: list[str], most: int, names_stop: bool = False) -> bool:
        """Among the first `most` words, before any preposition, an indefinite article or a word for an
        unnamed source or a document: the subject names nobody ("una fuente", "the statement", "on").
        `names_stop`: a capitalised word (a name: "a déclaré M. Carney") ends the search too."""
        for w in words[:most]:
            low = w.lower()
            if low in self.lex.prepositions or (names_stop and w[:1].isupper()):
                return False
            if low in self.lex.indefinites or self.unnamed.holds(low):
                return True
        return False

    def _nobody_speaks(self, a: int, verb_start: int, verb_end: int, b: int) -> bool:
        """The cue text[a:b] after a quotation, whose verb is at verb_start, has an unnamed subject:
        before the verb ("a source said"), or right after it or its reporting phrase ("dijo una fuente",
        "according to a diplomat", "glissait-on")."""
        if self._unnamed(_WORD.findall(self.text, a, verb_start), CUE_PHRASE_WORDS):
            return True
        stop = _CLAUSE_BREAK.search(self.text, verb_end, b)
        after = _WORD.findall(self.text, verb_start, stop.start() if stop else b)[:CUE_PHRASE_WORDS]
        low = [w.lower() for w in after]
        skip = max((len(p) for p in self.lex.reporting if tuple(low[: len(p)]) == p), default=1)
        # The subject's phrase after the verb: "ont déclaré les deux dirigeants", "dijo una fuente".
        return self._unnamed(after[skip:], AFTER_VERB_SUBJECT_WORDS, names_stop=True)

    def _impersonal(self, a: int, b: int) -> bool:
        """The clause in text[a:b] (its first words) holds an impersonal cue: "heißt es", "si legge",
        "говорится", "czytamy": a document or hearsay speaks, not the last person named."""
        imp = self.impersonal
        if not imp.words and not imp.stems and not imp.phrases:
            return False
        stop = _CLAUSE_BREAK.search(self.text, a, b)
        low = [w.lower() for w in _WORD.findall(self.text, a, stop.start() if stop else b)[:CLAUSE_WORDS]]
        if not low and stop:
            # The cue after a quotation opens with its comma or dash: ", heißt es darin".
            nxt = _CLAUSE_BREAK.search(self.text, stop.end(), b)
            low = [w.lower() for w in _WORD.findall(self.text, stop.end(), nxt.start() if nxt else b)[:CLAUSE_WORDS]]
        return any(imp.ends(low[: k + 1]) for k in range(len(low)))

    def _unknown_subject(self, a: int, b: int) -> bool:
        """The sentence text[a:b] opens with a name no mention covers ("Erica Marat-Ali, a specialist …,
        said", "John Smith said"): two or more capitalised words, then a comma or a verb."""
        words = list(islice(_WORD.finditer(self.text, a, b), TERM_MAX_WORDS + 3))
        # "Der Fachmann Felix Brandt vom DIW sieht …": an article may open the run (German capitalises the noun).
        low = words[0].group().lower() if words else ""
        first = int(words[0].group()[:1].isupper() and low in self.lex.function_words and low not in self.lex.prepositions
                    ) if words else 0
        k = first
        while k < len(words) and words[k].group()[:1].isupper() and (
                k or words[k].group().lower() not in self.lex.function_words):
            k += 1
        # (After an article, a noun and a full name: "Der Russischen Föderation versprach" is no name.)
        if k - first < 2 + first or k - first > TERM_MAX_WORDS + 1 or self._between(a, words[k - 1].end()):
            return False
        rest = self.text[words[k - 1].end() : words[k].start()] if k < len(words) else ""
        # (… then a comma, a verb, or the preposition of an affiliation: "X vom DIW", "X of the DIW".)
        return rest.lstrip().startswith(",") or (k < len(words) and (
            self.lex.is_verb(words[k].group()) or (first == 1 and words[k].group() in self.lex.prepositions)))

    def _unnamed_opening(self, start: int, end: int) -> bool:
        """The clause before a quotation opens with an unnamed subject, before any verb of saying."""
        stop = _CLAUSE_BREAK.search(self.text, start, end)
        words = [w.group() for w in islice(_WORD.finditer(self.text, start, stop.start() if stop else end), 5)]
        lead = 0
        if (len(words) > 2 and words[0].lower() in self.lex.prepositions
                and not self._unnamed(words[1:2], 1) and not self.lex.is_verb(words[1])):
            # "W kuluarach jeden z dyplomatów mówił": a place or time opens the clause, its subject follows.
            lead = 2
        k = next((i for i, w in enumerate(words[lead:], lead) if self.lex.is_verb(w)), len(words))
        if k == lead < len(words) and _verb_first(self.lang):
            # A verb-first language names the subject right after the verb ("وقالت الرئاسة التركية في بيان إن
            # … «…»": the presidency said): an unnamed one there speaks the quotation, no one named before.
            return self._unnamed(words[k + 1 : k + 3], 2)
        return self._unnamed(words[lead:k], 3)

    def _previous_sentence_speaker(self, r: _Raw) -> Mention | None:
        """Reported speech running on: "X betonte, dass … . Das Virus sei „…“" is still X's."""
        end = r.clause_start
        a = max(self.paragraphs[self._paragraph_of(r.open_mark)][0], end - SENTENCE_MAX)
        start = self._last_stop(a, max(a, end - 1))
        if start >= end:
            return None
        mentions = [m for m in self._between(start, end) if m.person and not m.after_preposition]
        if not mentions:
            return None
        if any(map(self.lex.is_speech_verb, _WORD.findall(self.text[start:end]))):
            return self._subject(mentions, start, end)
        # "Merz wurde deutlich. „…“": a quotation opening its own sentence, no cue at all, is the previous
        # sentence's subject's, when that sentence opens with the person (not "Das Amt teilte mit, X …").
        if self.text[r.clause_start : r.open_mark].strip(" \t\n\u00a0–—-") or not self._stands_alone(r):
            return None
        first = mentions[0]
        head = _WORD.findall(self.text, start, first.start)
        if (not first.subject or len(head) > HOLDER_WORDS or "," in self.text[start : first.start]
                or any(map(self.lex.is_verb, head)) or self._unnamed(head, HOLDER_WORDS)):
            return None
        return first

    def _hearsay_next(self, r: _Raw) -> bool:
        """A quotation that is a sentence of its own, and the next sentence's first clause holds a hearsay
        cue ("Così filtrava dal Colle", "si apprende", "glisse-t-on"): an unnamed source gave the words."""
        hs = self.hearsay
        if (not hs.words and not hs.stems and not hs.phrases) or not self._stands_alone(r) \
                or self.text[r.clause_start : r.open_mark].strip(" \t\n\u00a0–—-«»\"„“”'"):
            return False
        p = self._paragraph_of(r.open_mark)
        end = self.paragraphs[p + 1][1] if p + 1 < len(self.paragraphs) else len(self.text)
        first = _ALNUM.search(self.text, r.close_mark + 1, end)
        if first is None or self._inside_quote(first.start()):
            return False
        stop = _CLAUSE_BREAK.search(self.text, first.start(), end)
        low = [w.lower() for w in _WORD.findall(self.text, first.start(), stop.start() if stop else end)[:CLAUSE_WORDS]]
        return any(hs.ends(low[: k + 1]) for k in range(len(low)))

    def _words_back_speaker(self, r: _Raw) -> Mention | None:
        """The person the sentence right after a quotation that ends its own sentence names first, when that
        sentence opens with a phrase pointing back to the quoted words ("Con queste parole il vicepremier X ha
        aperto", "Mit diesen Worten eröffnete X", "C'est par ces mots que X a ouvert"): they are X's words."""
        back = self.words_back.phrases
        if not back:
            return None
        p = self._paragraph_of(r.open_mark)
        end = self.paragraphs[p][1]
        first = _ALNUM.search(self.text, r.close_mark + 1, end)
        # (The quotation ends its sentence: a full stop inside its marks or right after them; the next sentence
        # opens on a capital, or on a letter of a script without case, "بهذه الكلمات".)
        if first is None or self._inside_quote(first.start()) or first.group().islower() or not (
                _STOP.search(self.text, r.close_mark + 1, first.start())
                or self.text[r.open_mark + 1 : r.close_mark].rstrip()[-1:] in _FULL_STOPS):
            return None
        stop = self._cue_stop(first.start(), end)
        words = list(islice(_WORD.finditer(self.text, first.start(), stop), CLAUSE_WORDS))
        low = [w.group().lower() for w in words]
        # (Only where the sentence opens on the phrase: "…, disse dopo con queste parole" is another cue.)
        k = next((len(phrase) for phrase in back if tuple(low[: len(phrase)]) == phrase), 0)
        if not k:
            return None
        # The first person it names: the phrase's own preposition ("Con queste parole la ministra X") or a
        # passive's agent ("A frase, repetida por X, …") may mark the speaker as a preposition's object, and a
        # subject named later ("… resume o encontro com o ministro Y") is another person.
        named = [m for m in self._between(words[k - 1].end(), stop) if m.person]
        return named[0] if named else None

    def _stands_alone(self, r: _Raw) -> bool:
        """The quotation is a sentence of its own: it opens with a capital (not "tzw. „narodową…”") and
        nothing but punctuation follows it in its sentence (not "«…», si commentava in serata"), or it
        closes on a full stop of its own before a capital ("„… stellen.“ Energiepolitik sei …")."""
        first = _ALNUM.search(self.text, r.open_mark, r.close_mark)
        if first is None or not first.group().isupper():
            return False
        nxt = _ALNUM.search(self.text, r.close_mark + 1, self._sentence_end(r))
        return nxt is None or (self.text[r.open_mark + 1 : r.close_mark].rstrip()[-1:] in _FULL_STOPS
                               and nxt.group().isupper() and not self.text[r.close_mark + 1 : nxt.start()].strip())

    def _object_only(self, m: Mention, start: int) -> bool:
        """The first person of the sentence comes after its verb and a comma: an object, not the speaker."""
        words = list(_WORD.finditer(self.text, start, m.start))
        verb = next((w for w in words if self.lex.is_verb(w.group())), None)
        if verb is None or "," not in self.text[verb.end() : m.start]:
            return False
        # "Asked about the sea, Trump said …": a verb of its own right after it makes it the subject.
        return not any(map(self.lex.is_verb, islice(_WORD.findall(self.text, m.end, m.end + 40), 2)))

    def _set(self, r: _Raw, m: Mention, cue: str) -> None:
        r.speaker, r.form, r.cue = m.person, m.form, cue.strip()

    def _subject(self, mentions: list[Mention], start: int, end: int) -> Mention:
        """The mention that speaks in a sentence: after 'secondo', before 'il quale', else the first subject."""
        lex, text = self.lex, self.text
        for m in mentions:
            tail = text[m.end : end].lower()
            for rel in lex.relatives:
                if re.match(r"\s*,\s*" + r"\s+".join(map(re.escape, rel)) + r"\b", tail):
                    return m
        for m in mentions:
            if self._holder(text[start : m.start].lower().split()):
                return m
        # "Il-kelliem tal-Oppożizzjoni għall-Affarijiet Barranin, Ġorġ Mifsud, qal: “…”": a name set off by
        # commas right before the verb and the colon is the apposition of the role phrase before it, and
        # speaks, whatever capitalised word of that phrase was read as a name.
        for m in mentions:
            if (m.kind == "name" and not m.after_preposition and text[start : m.start].rstrip().endswith(",")
                    and _APPOSED_COLON.match(text, m.end, end)):
                return m
        plain = [m for m in mentions if not m.after_preposition]
        if len(plain) > 1 and self._own_clause_speaker(plain[0], plain[-1], end):
            return plain[-1]
        # "Milanoviću je Pellegrini zahvalio na „…“": a name in the dative or instrumental is the one thanked
        # or spoken to; the first person in the subject's case speaks.
        first = ([m for m in plain if not self._in_object_case(m)] or plain or mentions)[0]
        if first.kind == "role":
            # "Poslanec ANO a místopředseda výboru Radek Holub označil …": a role phrase running on, with no
            # verb nor clause break, to a name is that name's title, whomever the role alone resolved to.
            holder = next((m for m in plain if m.start >= first.end and m.kind == "name"), None)
            if holder is not None and holder.person:
                between = text[first.end : holder.start]
                gap = _WORD.findall(between)
                if (len(gap) <= ROLE_PHRASE_WORDS and not _ROLE_PHRASE_BREAK.search(between)
                        and not any(map(lex.is_verb, gap))):
                    return holder
        return first

    def _in_object_case(self, m: Mention) -> bool:
        """A name written with an ending of a case that is never the subject (object_endings.txt), unlike the
        person's own name ("Milanoviću" of Zoran Milanović; not "Нетаньяху", whose name ends so)."""
        if not self.object_endings or m.kind != "name" or not m.person:
            return False
        last = m.form.split()[-1]
        return last.lower().endswith(self.object_endings) and last != m.person.split()[-1]

    def _own_clause_speaker(self, first: Mention, m: Mention, end: int) -> bool:
        """The last person named before the quotation opens a clause of its own, set off from the first
        subject's by a comma ("X aveva ricordato …, mentre Y aveva definito il Mediterraneo "…""), and a
        speech verb follows the name at once (an auxiliary between at most): that clause's subject speaks."""
        text = self.text
        if not _CLAUSE_BREAK.search(text, first.end, m.start) or text[m.end : m.end + 1] in "'’":
            return False
        if self._in_object_case(m):
            return False  # ", dodavši da je Milanoviću zahvalio na „…“": the one thanked, no clause's subject
        words = list(islice(_WORD.finditer(text, m.end, end), OWN_CLAUSE_VERB_WORDS))
        verb = next((w for w in words if self.lex.is_speech_verb(w.group())), None)
        return verb is not None and not _CLAUSE_BREAK.search(text, m.end, verb.start())

    def _holder(self, head: list[str]) -> bool:
        """The lower-case words of a sentence before a mention name it as a source: they end with a
        reporting phrase ("secondo"), or open with an opinion holder's ("Pour", "Para la investigadora")
        and only a few lower-case words (article, role, adjective) follow it."""
        if self.lex.ends_reporting(head):
            return True
        for phrase in holder_openings(self.lex.reporting):
            rest = head[len(phrase) :]
            if tuple(head[: len(phrase)]) == phrase and len(rest) <= HOLDER_WORDS and not any(
                    w[-1:] in ",;:." for w in rest):
                return True
        return False

    def _holder_right_before(self, m: Mention, start: int, open_mark: int) -> bool:
        """The sentence opens with an opinion holder's phrase whose long role phrase ends on the mention, and only
        its comma stands between the name and the quotation ("Para el académico de la Universidad de Chile X,
        «…»"): the view quoted is the holder's, however many words the role takes."""
        if self.text[m.end : open_mark].strip() != ",":
            return False
        head = _WORD.findall(self.text, start, m.start)
        low = [w.lower() for w in head]
        return len(head) <= HOLDER_QUOTE_WORDS + 2 and not _CLAUSE_BREAK.search(self.text, start, m.start) and any(
            tuple(low[: len(ph)]) == ph for ph in holder_openings(self.lex.reporting))

    def _possessive_opening(self, start: int, end: int) -> bool:
        """The sentence opens with a reporting phrase holding a possessive ("По её мнению", "Jego zdaniem",
        "За його словами"): a function word inside the phrase's first words."""
        low = [w.group().lower() for w in islice(_WORD.finditer(self.text, start, end), POSSESSIVE_PHRASE_WORDS)]
        if not low or self.lex.starts_reporting(low):
            return False
        return any(low[k] in self.lex.function_words and self.lex.starts_reporting(low[:k] + low[k + 1 :])
                   for k in range(min(2, len(low) - 1)))

    def _prior_quote_speaker(self, r: _Raw) -> _Raw | None:
        """An unattributed quotation right after an attributed one in the same paragraph continues it."""
        k = self._index[id(r)]
        if k == 0:
            return None
        prev = self.quotes[k - 1]
        if not prev.speaker or prev.heading:
            return None
        p = self._paragraph_of(r.open_mark)
        if prev.block == p:
            return prev
        # A paragraph that is one quotation alone, after a paragraph ending with an attributed quotation's
        # sentence, goes on with the same speaker (the press's way of quoting at length).
        before = next((j for j in range(p - 1, -1, -1) if not self.paragraphs[j][2]), None)
        if before != prev.block or not self._whole_paragraph(r, p):
            return None
        end = self.paragraphs[before][1]
        stop = self._cue_stop(prev.close_mark + 1, end)
        return None if _ALNUM.search(self.text, stop, end) else prev

    def _whole_paragraph(self, r: _Raw, p: int) -> bool:
        """The quotation fills its paragraph: only marks, spaces and punctuation around it."""
        a, b, _ = self.paragraphs[p]
        return not _ALNUM.search(self.text, a, r.open_mark) and not _ALNUM.search(self.text, r.close_mark + 1, b)

    def _interviewee(self, p: int) -> Mention | None:
        """Who gives the interview paragraph p announces: the person named last before its phrase in the same
        clause ("После встречи во дворце президента министр ответил на вопросы": the minister, not the
        president), else the first named after it in its sentence ("В интервью “Ъ” министр X рассказал",
        "En entrevista con este diario, la ministra …");
        nobody where the clause shows neither (a comma between: "X, встретившись с Y, в интервью …")."""
        a, b, _ = self.paragraphs[p]
        at = _interview_phrase(self.text, a, b, _interview_words(self.lang))
        if at is None:
            return None
        named = [m for m in self._between(a, b) if m.person and not m.after_preposition]
        before = [m for m in named if m.end <= at[0]]
        if before and not _INTERVIEW_CLAUSE_BREAK.search(self.text, before[-1].end, at[0]):
            # "Министр X и посол Y ответили на вопросы": two people joined by "and" give it, and whose each
            # answer is the text does not say.
            ands = and_words(self.lang)
            if any(m.person != before[-1].person and not _INTERVIEW_CLAUSE_BREAK.search(self.text, m.end, at[0])
                   and not ands.isdisjoint(w.lower() for w in _WORD.findall(self.text, m.end, before[-1].start))
                   for m in before[:-1]):
                return None
            return before[-1]
        after = next((m for m in named if m.start >= at[1]), None)
        # (A fronted phrase may be set off by a comma: "En entrevista con este diario, la ministra …".)
        if after is not None and not _INTERVIEW_SENTENCE_BREAK.search(self.text, at[1], after.start):
            return after
        return None

    def _qa_interviewee(self, p: int) -> Mention | None:
        """Who answers an interview printed as questions and quoted answers, where paragraph p before the first
        question names no interview phrase's subject: the person the headline quotes ("Okafor: “…”") whom p
        names too, else the one person p names ("…, John Okafor, spoke to us after his visit")."""
        a, b, _ = self.paragraphs[p]
        named = [m for m in self._between(a, b) if m.person and not m.after_preposition]
        for h in self.quotes:
            if h.heading and h.open_mark < a and (said := self._heading_name(h)) is not None:
                holder = next((m for m in named if m.person == said[0]), None)
                if holder is not None:
                    return holder
        return named[0] if len({m.person for m in named}) == 1 else None

    def _label_speaker(self, r: _Raw, label: tuple[int, int]) -> None:
        """A transcript's answer: the label's name, as fully as the text writes it ("Robert Golob" for "PRIME
        MINISTER GOLOB" beside "Prime Minister Robert Golob"; a person read in the text whose name ends so)."""
        text = self.text
        name = _label_name(_WORD.findall(text, *label), self.lex)
        written = _label_written(text, name)
        forms = [" ".join(filter(None, (_name_before(text, m.start(), self.lex), m.group()))) for m in written]
        tail = [w.lower() for w in name]
        forms += [m.person for m in self.mentions if m.person and [w.lower() for w in m.person.split()][-len(tail):] == tail]
        r.speaker = max(forms, key=lambda f: len(f.split()), default=" ".join(w.capitalize() for w in name))
        r.form, r.cue = text[label[0] : label[1]], text[label[0] : label[1] + 1]

    def _colon_intro(self, r: _Raw) -> Mention | None:
        """A quotation opening a paragraph after one ending with a colon, or with a speech verb and a comma (Tamil
        'அவர் கூறுகையில்,', when he said, closing its paragraph): the introducer's subject."""
        p = self._paragraph_of(r.open_mark)
        prev = next((k for k in range(p - 1, -1, -1) if not self.paragraphs[k][2]), None)
        if prev is None:
            return None
        pa, pb, _ = self.paragraphs[prev]
        line = self.text[pa:pb].rstrip()
        if not (line.endswith(":") or line.endswith(",") and (last := _LAST_WORD.search(line[:-1].rstrip()))
                and self.lex.is_verb(last.group().lower())):
            return None
        last_stop = pa
        for m in _STOP.finditer(self.text, pa, pb):
            last_stop = m.end()
        mentions = [m for m in self._between(last_stop, pb) if m.person]
        if not mentions:
            mentions = [m for m in self._between(pa, pb) if m.person]
        return self._subject(mentions, last_stop, pb) if mentions else None

    def pull_quote(self, r: _Raw) -> bool:
        """A quoted heading repeats words of a later (or earlier) attributed quotation: True when it does."""
        written = _WORD.findall(self.text[r.parts[0][0] : r.parts[-1][1]])
        seq = [w.lower() for w in written]
        words = set(seq)
        for q in self.quotes:
            if q is r or q.heading or not q.speaker:
                continue
            said = [w.lower() for w in _WORD.findall(self.text[q.parts[0][0] : q.parts[-1][1]])]
            inner = set(said)
            if words and len(words & inner) / len(words) >= 0.75:
                r.speaker, r.form = q.speaker, q.form
                # Only words the body quotes as they stand are a repeat; a headline's own wording of them
                # ("Вьетнам — наши ворота…" of "Вьетнам для нас — это ворота…") is a quotation of its own, when
                # longer than a term and not capitalised as a title, which would make it one ("A New Chapter
                # Begins" of "A new chapter is beginning" stays a repeat).
                titled = all(w[:1].isupper() for w in written if len(w) > TERM_MAX_WORDS)
                return len(seq) <= TERM_MAX_WORDS or titled or _within(seq, said)
        named = self._heading_name(r)
        if named is not None:
            r.speaker, r.form = named
        return False

    def _heading_name(self, r: _Raw) -> tuple[str, str] | None:
        """(person, form) of a heading that attributes its quotation itself: a colon, comma or dash right before
        it ("Jetten in Kopenhagen: ‘…’", "Milanović otvorio summit: „…“", "Gava a Baku, '…'"), a speech verb right before it ("Kos
        plaide pour « … »") or a cue right after it ("«…», — заявил Алиев"), and a word of the heading outside the marks that is the surname of one person the
        body names (a heading's names are no mentions: the body's people are matched by their surname)."""
        a, b, _ = self.paragraphs[r.block]
        text = self.text
        before, after = text[a : r.open_mark].rstrip(), text[r.close_mark + 1 : b].lstrip()
        # ... or a speech verb among the last words before it ("… X plaide pour « … »", "X says '…'").
        said = any(map(self.lex.is_verb, _WORD.findall(before)[-_HEADING_VERB_WORDS:]))
        # (A comma or a dash sets the quotation off as a colon does: "Gava a Baku, '…'", "Gava in Baku – „…“".)
        if not before.endswith((":", ",", "–", "—", "-")) and after[:1] not in (",", "–", "—", "-") and not said:
            return None
        known = {m.person for m in self.mentions if m.person and m.kind == "name"}
        if not known:
            return None
        # The words before the quotation first (its subject), then those of the cue after it.
        for w in [*_WORD.finditer(text, a, r.open_mark), *_WORD.finditer(text, r.close_mark + 1, b)]:
            word = w.group()
            if not word[:1].isupper() or len(word) < 3:
                continue
            holders = {person for person in known if same_word(surname(person), word)}
            if len(holders) == 1:
                return holders.pop(), word
        return None


def _within(part: Sequence[str], whole: Sequence[str]) -> bool:
    """`part` is a run of consecutive words of `whole`."""
    n = len(part)
    return any(list(whole[i : i + n]) == list(part) for i in range(len(whole) - n + 1))


# How many words before a headline's quotation may hold its speech verb ("plaide pour « … »": the verb, a preposition).
_HEADING_VERB_WORDS = 3


def _phrase_verb(lex: Lexicon, window: str, words: list[re.Match[str]],
                 aux: frozenset[str] = frozenset(), verb_last: bool = False,
                 ends: Callable[[int], bool] | None = None) -> re.Match[str] | None:
    """The speech verb after a longer subject phrase that opens the cue ("the British prime minister said"):
    the phrase starts with a determiner, a role or a capitalised word, and no clause boundary comes before the verb.
    `verb_last`: in a verb-last language an uncased word may open it too, the subject's name, which no capital
    tells ('"…," इशिबा ने वार्ता के बाद पत्रकारों से कहा।').
    `ends`: whether the full stop at a window's offset ends a sentence; one that does not (an initial's, in
    '"…" என்று அமைச்சர் க. சிவகுமார் தெரிவித்தார்') is no clause boundary."""
    if len(words) <= CUE_WORDS:
        return None
    first = words[0].group()
    # Or the auxiliary that opens a Slavic cue before its adverbials ("»…,« je za časnik Večer dejal X",
    # "je na novinarski konferenci dejal"): visit.txt's "+ aux:" words of the text's language.
    # (An honorific written lower-case opens it as a role does: Vietnamese "…,” ông Lê Hoài Trung nhấn mạnh.")
    if not (first.lower() in lex.noun_markers or lex.is_role(first) or first[:1].isupper()
            or first.lower() in lex.titles or first in aux or verb_last and first[:1].isalpha() and not first[:1].islower()):
        return None
    for k in range(CUE_WORDS, len(words)):
        # (Or a speech verb of two words, neither a verb alone: Vietnamese "…,” Chủ tịch nước Cường nhấn mạnh.")
        if lex.is_verb(words[k].group()) or (
                k + 1 < len(words) and window[words[k].end() : words[k + 1].start()] == " "
                and lex.is_verb_pair(words[k].group(), words[k + 1].group())):
            return None if _clause_break(window, words[0].start(), words[k].start(), ends) else words[k]
    return None


def _clause_break(window: str, a: int, b: int, ends: Callable[[int], bool] | None) -> bool:
    """Whether a clause boundary (_CLAUSE_BREAK) lies in window[a:b], past the full stops `ends` says end no
    sentence (an initial's or an abbreviation's)."""
    return any(m.group() != "." or ends is None or ends(m.start()) for m in _CLAUSE_BREAK.finditer(window, a, b))


# How many words may stand between a verb of going on and its particle ("fuhr die Ministerin fort").
CONTINUATION_GAP = 3


def _continuation(lex: Lexicon, words: list[re.Match[str]], phrases: tuple[tuple[str, str], ...]
                  ) -> re.Match[str] | None:
    """The last word of a phrase of going on (speakers.continuations) among a cue's first words ("he went
    on", "fuhr er fort", "prosiguió"), with only a subject before it (pronouns, names, roles, determiners:
    "and the talks went on" is narration), else None."""
    for k, w in enumerate(words[:CUE_WORDS]):
        low = w.group().lower()
        for verb, particle in phrases:
            if low != verb:
                continue
            end = w if not particle else next(
                (x for x in words[k + 1 : k + 2 + CONTINUATION_GAP] if x.group().lower() == particle), None)
            if end is not None:
                return end
        if not (low in lex.pronouns or low in lex.noun_markers or w.group()[:1].isupper() or lex.is_role(low)):
            return None
    return None


def _inverted_verb(lex: Lexicon, window: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The cue's first word when a subject pronoun is joined to it by a hyphen ("« … », calcule-t-elle",
    "tempère-t-il"): an inverted subject marks a cue whatever the verb, so the lists need not hold it."""
    inverted = _INVERTED.match(window)
    word = next((w for w in words[:2] if inverted is not None and w.start() == inverted.start(1)), None)
    if word is None or inverted is None:
        return None
    verb = word.group()
    if not verb.isalpha() or not verb.islower() or verb in lex.function_words:
        return None  # "« … », est-il écrit": an auxiliary's inversion needs the participle after it
    return word if inverted.group(2).lower() in lex.pronouns else None


def _reporting_at(lex: Lexicon, window: str, word: re.Match[str]) -> bool:
    return lex.starts_reporting(window[word.start() :].lower().split())

