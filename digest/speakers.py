"""Speakers: people mentioned in an article, and one person across spellings, languages and articles."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from importlib import resources
from os.path import commonprefix
from itertools import accumulate, chain, compress, islice, product, repeat
from operator import is_, itemgetter, not_, or_
from typing import Any, NamedTuple, TypeVar

from digest import cleaning, data, hangul, kana, places, romanise
from digest.language import unspaced
from digest.sentences import _abbreviations
from digest.config import Config, SpeakerRule
from digest.model import TEXT, Article, Block, KeyNumber, Packed, Quote, Speaker, retagged
from digest.roles import (ROLE_WORDS, deputy as deputy_role, fullest as fullest_role, nominative as nominative_role,
                          trimmed as trimmed_role, area as area_role, address as address_role)

# Languages with attribution word lists; any other language uses all of them at once.
LANGS = ("it", "de", "pl", "en", "fr", "es", "ru", "pt", "nl", "uk", "cs", "ro", "sv", "tr", "hu", "sk", "hr", "da", "no", "sl",
         "bg", "fi", "el", "et", "lv", "sr", "lt", "ca", "is", "sq", "mk", "ga", "kk", "az", "uz", "tk", "be",
         "tg", "gl", "ky", "mt",
         "hy", "mn", "id", "ms", "vi",
         "sw",
         "tl",
         "so",
         "ha",
         "af",
         "zu",
         "yo",
         "mg",
         "zh",
         "ja",
         "ko",
         "ar",
         "fa",
         "he",
         "hi",
         "th",
         "ka",
         "ur",
         "am",
         "bn",
         "ta",
         "ne",
         "ps",
         "km",
         "mr")
NAME = "name"
ROLE = "role"
PRONOUN = "pronoun"
# What Lexicon.kind() says of a word, as bits (see _kind): a K_NAME word is no role, pronoun or verb.
K_NAME, K_ROLE, K_PRONOUN, K_VERB = 1, 2, 4, 8
# A title before a name (Mr, M., Frau, г-н): never a name itself, and the word after it is one.
K_TITLE = 16
# A word of a name particle (von, der, da, ван): a name's word only between or before name words (see _Particles).
K_PARTICLE = 32
# The kinds of a word capitalised as a name is: K_NAME, a capitalised particle (Van der Berg) too.
_NAME_KINDS = frozenset({K_NAME, K_NAME | K_PARTICLE})
K_REFERRING = K_ROLE | K_PRONOUN
# How far back (characters) a role or pronoun may reach for the person it stands for.
SCOPE = 2500
# How many mentions back, at most: news names far fewer people within SCOPE.
RECENT_MAX = 100
# Words a memo of per-word answers keeps before it is cleared.
MEMO_MAX = 100_000
# Letters a place name shares with its adjective (Kasachstan, kasachisch) when the gazetteer lacks it.
STEM = 5
# Words of a run naming no one that are kept to tell an institution before a name (see _find_names).
BARE_WORDS = 4
# (Hebrew joins the parts of a name with its maqaf ־ as Latin does with a hyphen: בן־עמי, Ben-Ami, is one word.)
_TOKEN = re.compile(r"\w+(?:[-‐\u05be]\w+)*")
# The same words, kept by split() with the characters between them (possessive: nothing to try again
# after a word's letters, so the engine keeps no backtracking points).
# (An Irish O' before a capital is part of the word: O'Brien is one name word, not "O" and "Brien".)
# (Written to open with \w, so the engine skips to a word's first letter at C speed: a match starts only
# after a non-word character, so the O it checks for is at a word's start, as \bO was.)
_SPLIT = re.compile(r"(\w(?:(?<=\bO)['’](?=[^\W\d_]))?\w*+(?:[-‐\u05be]\w++)*+)")
# (An Urdu or Persian ezafe written as a kasra on the word before, "وزیرِ خارجہ" (minister of foreign affairs), joins
# the two words in one phrase as a space does: \w leaves the combining mark in the gap.)
# (So do the superscript alef and the shadda the pipeline moves after a word's last letter, "ضیاء الرحمٰن درانی",
# "محمّد علی": the name's words stay one run.)
_SPACES = (" ", "\u00a0", "\u0650 ", "\u0670 ", "\u0651 ")
# The first word of a run (i, stop), to find the run holding a word with bisect; a word's first letter.
_RUN_START = _FIRST = itemgetter(0)
_HYPHEN = re.compile(r"[-‐]")
_JOINING_DASHES = frozenset("-‐‑–—")
# A regnal number after a monarch's or a pope's name (Mohammed VI, Felipe VI, Carlos III): part of the name.
_REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})")
# Every word _REGNAL matches (letters I, V and X, five at most): an article's are found by one set intersection.
_REGNALS = frozenset(w for size in range(1, 6) for w in map("".join, product("IVX", repeat=size)) if _REGNAL.fullmatch(w))
_COLON_QUOTE = re.compile(r"\s*:\s*[\"“„«»‚‹]")
# (The danda । ends a Devanagari or Bengali sentence as a full stop does.)
_SENTENCE_END = re.compile(r"[.!?…:\u0964]\s*$")
# Between a role and a name set off by commas: words of one clause, then the comma ("du ministère chinois, ").
# Spaces and the quotation marks around an institution's name.
_NAME_MARKS = " \u00a0\"“”„«»"
# (An institution's acronym in brackets may close the clause: "Researcher at the Center of Economic Studies (CES), X,".)
_APPOSITION = re.compile(r"[^,.;:!?()\[\]\"“”„«»\n]{0,60}(?:\(\w{2,8}\))?,\s*")
# What ends a phrase opening a sentence before its subject: a quotation, a colon, a dash or a semicolon
# ("After the talks: "…"" names the quotation's speaker later); and the comma closing it right after a name,
# at most a few words after ("After meeting X, Y said", "Tras reunirse con X en Sarajevo, Y dijo").
# A party's code or short name in brackets between a role and its holder's name ("la députée (LFI) X").
_BRACKETED_PARTY = re.compile(r"[ \t\u00a0]+\([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&'’-]*(?:[ \t\u00a0][\w.&'’-]+){0,2}\)[ \t\u00a0]+")
_LEADING_PHRASE_BREAK = re.compile(r"[;:\"“”„«»—–]")
_LEADING_PHRASE_CLOSE = re.compile(r"[^,.;:!?()\[\]\"“”„«»—–\n]{0,40}?,")
# Words at most between the role and such a name.
APPOSITION_WORDS = 8
# The longest month form that is a month only beside a day or a year (months.txt: "jan", "dec").
_SHORT_MONTH = 3
# The most words of a country's name after a role (Côte d'Ivoire, Bosnia and Herzegovina).
COUNTRY_WORDS = 4
# Most words of a full name in a list after its countries ("…, José Antonio Kast y Rodrigo Paz").
LISTED_NAME_WORDS = 4
# The most mentions after prepositions that may open a sentence before its subject.
CLAUSE_MENTIONS = 3
# The most words of a description set off by commas between a name and its speech verb.
APPOSITION_REACH = 14
# Lower-case words of an office between its role and the institution or country before a name
# ("Министр иностранных дел России Сергей Лавров").
OFFICE_WORDS = 3
# Function words at most between a role and its complement's noun (chef de l'État, capo dello Stato).
COMPLEMENT_WORDS = 3
# Lengths of an all-caps word that may be a person's initials (MBS, AMLO); two letters are too often a country's.
ACRONYM_MIN, ACRONYM_MAX = 3, 5
# Words between an opinion holder's opening and the holder ("Para la investigadora Carolina Méndez").
HOLDER_WORDS = 3
# Words at most between a role's institution and the role's holder named after it ("Депутат Госдумы,
# первый заместитель председателя комитета по международным делам Игорь Веденеев").
HOLDER_REACH = 12
# Words at most after a lone first word in the sentence a pronoun's speech cue follows ("Mottley is blunt.").
CUED_SENTENCE_WORDS = 3
# How many words an outlet may take between a cue's speech verb and the full name closing the clause after
# it ("povedala pre TASR Denisa X", "nyilatkozta a Népszava lapnak Szijjártó Péter").
OUTLET_REACH = 4
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_DIGRAPHS = (("tsch", "ch"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("w", "v"), ("j", "y"),
             ("ie", "e"), ("kh", "h"), ("ch", "h"), ("ts", "z"))


_V = TypeVar("_V")


class _Memo(dict[str, _V]):
    """An answer per word, computed on first ask and forgotten past MEMO_MAX words; a map() over
    memo.__getitem__ asks about a whole paragraph without a Python call per known word."""

    def __init__(self, compute: Callable[[str], _V]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, word: str) -> _V:
        if len(self) > MEMO_MAX:
            self.clear()
        answer = self[word] = self._compute(word)
        return answer

    def many(self, words: list[str], together: Callable[[list[str]], Iterable[_V]]) -> list[_V]:
        """The answers for the words, one look-up each; those not met before are worked out in one
        call of `together` (which must answer each as asking it alone would)."""
        answers = list(map(self.get, words, repeat(_UNKNOWN)))
        if _UNKNOWN not in answers:
            return answers
        new = list(dict.fromkeys(compress(words, map(is_, answers, repeat(_UNKNOWN)))))
        if len(self) + len(new) > MEMO_MAX:
            self.clear()
        self.update(zip(new, together(new)))
        return list(map(self.__getitem__, words))


# What _Memo.many() reads for a word it does not know yet.
_UNKNOWN: object = object()


@dataclass(frozen=True)
class WordList:
    """Lower-case words, stems (listed with a trailing '*') and compound heads (listed with a leading '-')."""

    words: frozenset[str]
    stems: tuple[str, ...]
    heads: tuple[str, ...]
    """Ends of compounds: -kanzler* matches Bundeskanzlerin."""
    unless: WordList | None = None
    """Words listed with a leading '!': never in the list, whatever else matches (!-ministerium*)."""

    _head: re.Pattern[str] | None = field(init=False, compare=False, repr=False)
    """Any of the heads (one search instead of a loop over them)."""
    _head_room: int = field(init=False, compare=False, repr=False)
    """The shortest word that can hold a head after its first two letters."""
    _stems_by_initial: dict[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    """The stems a word with that first letter may start with (empty stems in every entry)."""
    _bare_stems: tuple[str, ...] = field(init=False, compare=False, repr=False)
    """The empty stems, which any word starts with."""

    def __post_init__(self) -> None:
        head = re.compile("|".join(map(re.escape, self.heads))) if self.heads else None
        object.__setattr__(self, "_head", head)
        object.__setattr__(self, "_head_room", 2 + min(map(len, self.heads), default=0))
        bare = tuple(s for s in self.stems if not s)
        object.__setattr__(self, "_bare_stems", bare)
        object.__setattr__(self, "_stems_by_initial", {
            c: tuple(s for s in self.stems if s[:1] == c) + bare for c in {s[:1] for s in self.stems if s}})

    def __contains__(self, word: object) -> bool:
        return self.holds(str(word).lower())

    def holds(self, low: str) -> bool:
        """Whether the lower-cased word is listed, starts with a stem or holds a head."""
        # Most words are checked against a few stems, and only long enough words searched for heads.
        return (low in self.words or low.startswith(self._stems_by_initial.get(low[:1], self._bare_stems))
                or (self._head is not None and len(low) >= self._head_room and self._head.search(low, 2) is not None)
                ) and (self.unless is None or not self.unless.holds(low))


# The per-word questions of a Lexicon, set in __post_init__: each is a memo's __getitem__, so a
# known word is answered without a Python call (every word of an article is asked about several times).
_Question = Callable[[str], bool]


@dataclass(frozen=True)
class Lexicon:
    """The attribution word lists of one language."""

    speech_verbs: WordList
    opinion_verbs: frozenset[str]
    reporting: tuple[tuple[str, ...], ...]
    data_reporting: frozenset[tuple[str, ...]]
    """The reporting phrases naming where figures come from ("по данным", reporting.txt's [data]): one word
    after one is a body's name (Евростата, Росстата), no person's, unless something else shows a person."""
    roles: WordList
    pronouns: frozenset[str]
    relatives: tuple[tuple[str, ...], ...]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    noun_markers: frozenset[str]
    indefinites: frozenset[str]
    titles: frozenset[str] = frozenset()
    institutions: WordList = WordList(frozenset(), (), ())
    """Role words for an office, not a person (das Innenministerium teilte mit): a mention of no one."""
    heads: WordList = WordList(frozenset(), (), ())
    """Role keys of heads of state or government (heads.txt): two different ones are two people."""
    peers: WordList = WordList(frozenset(), (), ())
    """Role words that may stand for a head as for anyone (counterpart, leader: heads.txt's ~ lines)."""
    unnamed: WordList = WordList(frozenset(), (), ())
    role_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """Where roles are phrases of syllables (_SYLLABLE_ROLES): each multi-word role of roles.txt, longest first,
    under its first word."""
    """Common nouns of unnamed.txt's [nouns] (Strona litewska): capitalised at a sentence start, still no name."""
    is_verb: _Question = field(init=False, compare=False, repr=False)
    """A speech or opinion verb form."""
    is_speech_verb: _Question = field(init=False, compare=False, repr=False)
    """A verb of saying, not of opinion."""
    is_role: _Question = field(init=False, compare=False, repr=False)
    """A role noun that can stand for a person."""
    is_institution: _Question = field(init=False, compare=False, repr=False)
    """An institution's word (the word as written, lower-cased to ask `institutions`)."""
    kind: Callable[[str], int] = field(init=False, compare=False, repr=False)
    """K_NAME, or bits of K_ROLE, K_PRONOUN and K_VERB (see _kind): asked of every word of every article."""
    _kinds: _Memo[int] = field(init=False, compare=False, repr=False)
    reporting_starts: frozenset[str] = field(init=False, compare=False, repr=False)
    """First words of the reporting phrases."""
    reporting_ends: frozenset[str] = field(init=False, compare=False, repr=False)
    """Last words of the reporting phrases: a cheap test before ends_reporting()."""
    plain_articles: frozenset[str] = field(init=False, compare=False, repr=False)
    """Noun markers that are function words and no role, verb or reporting word: a lone capitalised
    word after one (der Bundestag) is a common noun, with nothing before it to show a name."""
    clause_relatives: frozenset[str] = field(init=False, compare=False, repr=False)
    """One-word relative pronouns that are no noun marker (who, który; not German der, an article too): one
    opens a clause about the noun before it, no part of that noun's phrase."""
    _reporting_by_length: dict[int, frozenset[tuple[str, ...]]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        questions: dict[str, Callable[[str], object]] = {
            "is_verb": lambda w: w in self.speech_verbs or w.lower() in self.opinion_verbs,
            "is_speech_verb": lambda w: w in self.speech_verbs,
            "is_role": lambda w: w in self.roles,
            "is_institution": lambda w: self.institutions.holds(w.lower()),
        }
        for name, compute in questions.items():
            object.__setattr__(self, name, _Memo(compute).__getitem__)
        object.__setattr__(self, "_kinds", _Memo(lambda w: _kind(w, w.lower(), self)))
        object.__setattr__(self, "kind", self._kinds.__getitem__)
        by_length: dict[int, set[tuple[str, ...]]] = {}
        for phrase in self.reporting:
            by_length.setdefault(len(phrase), set()).add(phrase)
        object.__setattr__(self, "_reporting_by_length", {n: frozenset(p) for n, p in by_length.items()})
        object.__setattr__(self, "reporting_starts", frozenset(p[0] for p in self.reporting))
        object.__setattr__(self, "reporting_ends", frozenset(p[-1] for p in self.reporting))
        object.__setattr__(self, "plain_articles", frozenset(
            m for m in self.noun_markers if m in self.function_words and m not in self.reporting_ends
            and not self.is_role(m) and not self.is_verb(m)))
        object.__setattr__(self, "clause_relatives", frozenset(
            r[0] for r in self.relatives if len(r) == 1 and r[0] not in self.noun_markers))

    def is_verb_pair(self, first: str, second: str) -> bool:
        """A speech verb listed with its separated particle ("tette hozzá", "slog fast"): two words, neither
        of which is a speech verb alone (tette: did, slår: hits)."""
        return f"{first} {second}".lower() in self.speech_verbs.words

    def kinds(self, words: list[str]) -> list[int]:
        """kind() of each word; those not met before worked out together, lower-cased in one call."""
        return self._kinds.many(words, self._kinds_together)

    def _kinds_together(self, words: list[str]) -> list[int]:
        # Lower-casing a word never reaches past it: words joined by NULs lower-case as they do alone.
        return list(map(_kind, words, "\0".join(words).lower().split("\0"), repeat(self)))

    def ends_reporting(self, words: Sequence[str]) -> bool:
        """The lower-case words end with a reporting phrase ('secondo', 'according to')."""
        return any(tuple(words[-n:]) in phrases for n, phrases in self._reporting_by_length.items())

    def starts_reporting(self, words: Sequence[str]) -> bool:
        """The lower-case words start with a reporting phrase."""
        return any(tuple(words[:n]) in phrases for n, phrases in self._reporting_by_length.items())


@cache
def _role_articles(lang: str) -> frozenset[str]:
    """Words that are the article, no preposition, right before a role noun (data/<lang>/role_articles.txt: pt "a")."""
    return frozenset(_entries(lang, "role_articles"))


@cache
def _article_adjective_endings(lang: str) -> dict[str, tuple[str, ...]]:
    """An article -> the endings an adjective after it may have (data/<lang>/article_adjectives.txt: de "das e")."""
    return {parts[0]: tuple(parts[1:]) for parts in map(str.split, _entries(lang, "article_adjectives")) if len(parts) > 1}


def _agrees_with_article(article: str, word: str, lang: str) -> bool:
    """Whether a lower-case word after an article may be its adjective: "das vereinbarten" is no adjective
    (after "das" one ends in -e), so the word is the sentence's verb and no part of the role after it."""
    endings = _article_adjective_endings(lang).get(article)
    return endings is None or word.endswith(endings)


def _data_reporting(langs: Sequence[str]) -> list[tuple[str, ...]]:
    """The [data] phrases of the languages' reporting.txt ("по данным", "according to data from")."""
    return [tuple(e.lower().split()) for code in langs for e in data.sections("reporting.txt", code).get("data", ())]


def _entries(lang: str, what: str) -> list[str]:
    try:
        raw = data.marks_as_letters(resources.files("digest.data").joinpath(lang, f"{what}.txt").read_text("utf-8"))
    except (FileNotFoundError, OSError):
        return []
    return [line.strip().lower() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _word_list(entries: Iterable[str]) -> WordList:
    entries = list(entries)
    excluded = [e[1:] for e in entries if e.startswith("!")]
    entries = [e.lstrip("~") for e in entries if not e.startswith("!")]
    heads = tuple(e[1:].rstrip("*") for e in entries if e.startswith("-"))
    plain = [e for e in entries if not e.startswith("-")]
    return WordList(frozenset(e for e in plain if not e.endswith("*")),
                    tuple(e[:-1] for e in plain if e.endswith("*")), heads,
                    _word_list(excluded) if excluded else None)


@cache
def lexicon(lang: str) -> Lexicon:
    """The word lists for a language; unknown languages get every list except pronouns."""
    langs = (lang,) if lang in LANGS else LANGS

    def gather(what: str) -> list[str]:
        return [e for code in langs for e in _entries(code, what)]

    return Lexicon(
        speech_verbs=_word_list(gather("speech_verbs")),
        opinion_verbs=frozenset(gather("opinion_verbs")),
        reporting=tuple(tuple(e.lower().split()) for code in langs
                        for section in data.sections("reporting.txt", code).values() for e in section),
        data_reporting=frozenset(_data_reporting(langs)),
        # An expert's word of roles.txt ("?analyst*") is a role word too; a member of parliament's ("?+mp") only
        # marks a commentator for the participants step, so "the deputy said" keeps naming whom it named.
        roles=_word_list(e[1:] if e.startswith("?") else e for e in gather("roles") if not e.startswith("?+")),
        institutions=_word_list(e[1:] for e in gather("roles") if e.startswith("~")),
        pronouns=frozenset(_entries(lang, "pronouns")),
        relatives=tuple(tuple(e.split()) for e in gather("relative_pronouns")),
        function_words=frozenset(gather("function_words")),
        prepositions=frozenset(gather("prepositions")),
        noun_markers=frozenset(_entries(lang, "noun_markers")),
        indefinites=frozenset(_entries(lang, "indefinites")),
        titles=frozenset(gather("titles")),
        heads=_word_list(e for e in gather("heads") if not e.startswith("~")),
        peers=_word_list(e[1:] for e in gather("heads") if e.startswith("~")),
        # A weekday (weekdays.txt's forms without '!', which are never a common word or a name) is no name's
        # word either: "Тарман Шанмугаратнам Лхагва гарагт" (on Wednesday) ends the name before it. Only the
        # language's own days: another language's may be a name here.
        unnamed=_word_list([e for code in langs for e in data.sections("unnamed.txt", code).get("nouns", ())]
                           + ([form for line in _entries(lang, "weekdays") if not line.startswith("0 ")
                               for form in line.split()[1:] if not form.endswith("!")] if lang in LANGS else [])),
        role_phrases=_role_phrase_index(tuple(e.lstrip("?~") for e in _entries(lang, "roles") if not e.startswith("?+")))
        if lang in _SYLLABLE_ROLES else {},
    )


# Languages whose words are syllables and whose roles are phrases of them, no word of which is a role alone
# (Vietnamese "Chủ tịch nước", "Bộ trưởng Ngoại giao", "người phát ngôn"): where a whole role phrase stands in
# the text, each of its words is a role word (_syllable_roles), as a one-word role is elsewhere.
_SYLLABLE_ROLES = frozenset(("vi",))


def _role_phrase_index(roles: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word roles under their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for role in roles:
        parts = tuple(role.rstrip("*").split())
        if len(parts) > 1:
            out.setdefault(parts[0], []).append(parts)
    return {w: tuple(sorted(set(v), key=len, reverse=True)) for w, v in out.items()}


def _syllable_roles(words: list[str], gaps: list[str], kinds: list[int], index: dict[str, tuple[tuple[str, ...], ...]]) -> None:
    """The last word of a whole multi-word role phrase (Lexicon.role_phrases), its words one space apart, is made
    the role word in place, the words before it no name's: "Chủ tịch nước Cường" is the role "Chủ tịch nước"
    (keyed by the whole phrase: _offices) right before the name "Cường"."""
    n, k = len(words), 0
    while k < n:
        for phrase in index.get(words[k].lower(), ()):
            m = len(phrase)
            if k + m <= n and all(gaps[k + j] == " " and words[k + j].lower() == phrase[j] for j in range(1, m)):
                kinds[k : k + m] = [0] * (m - 1) + [K_ROLE]
                k += m - 1
                break
        k += 1


def _syllable_role_start(words: Sequence[str], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """The first word of the whole multi-word role phrase (Lexicon.role_phrases) ending at word i, the role word
    _syllable_roles marked ("Tổng" of "Tổng thống"), else i. Roles are a few words long: the look-back is short."""
    for k in range(min(i, _LONGEST_ROLE_PHRASE - 1), 0, -1):
        if any(len(phrase) == k + 1 and all(words[i - k + j].lower() == phrase[j] for j in range(k + 1))
               for phrase in index.get(words[i - k].lower(), ())):
            return i - k
    return i


# The most words of a syllable language's role phrase _syllable_role_start looks back over.
_LONGEST_ROLE_PHRASE = 8


@cache
def calendar_words(lang: str) -> WordList:
    """Weekday and month names (dates' word lists, data/<lang>/weekdays.txt and months.txt): never a given name,
    except a common given name that is a month only beside a day or a year ("Khan Jan Alokozay": Jan)."""
    langs = (lang,) if lang in LANGS else LANGS
    # Each line is a number, then forms; month 0 lists the words between a day and a month (de, of).
    return _word_list(form.lstrip("!") for code in langs for what in ("weekdays", "months")
                      for line in _entries(code, what) if not line.startswith("0 ") for form in line.split()[1:]
                      if not (_dated_only(form) and form.strip("!") in _given_names()))


def _dated_only(form: str) -> bool:
    """A months.txt form that is a month only next to a day or a year: marked '!', or of three letters or fewer."""
    return "!" in form or len(form) <= _SHORT_MONTH


class _Particles(NamedTuple):
    """The name particles of data/any/particles.txt."""

    chains: frozenset[tuple[str, ...]]
    """Each particle as its lower-case words (("von", "der"),)."""
    words: frozenset[str]
    """Every word of a chain."""
    starts: frozenset[str]
    """The first words of the chains: Lexicon.kind() gives them K_PARTICLE."""
    prefixes: tuple[str, ...]
    """Hyphen-glued prefixes with their hyphen (al-, аль-)."""
    longest: int
    elided: frozenset[str]
    """Particles written with an apostrophe before the name word (d', dell'), without it: a chain of their own."""


@cache
def _particles() -> _Particles:
    entries = _entries("any", "particles")
    elided = frozenset(e[:-1] for e in entries if e.endswith(("'", "’")))
    chains = frozenset(tuple(e.split()) for e in entries if not e.endswith(("-", "'", "’"))) | {(e,) for e in elided}
    return _Particles(chains, frozenset(chain.from_iterable(chains)), frozenset(c[0] for c in chains),
                      tuple(e for e in entries if e.endswith("-")), max(map(len, chains), default=0), elided)


# The gap between an elided particle and its name word: the apostrophe alone.
_ELISION_GAPS = frozenset(("'", "’"))


@cache
def family_first() -> frozenset[str]:
    """Family names written before the given name (data/any/family_first.txt): Xi, Си, Kim."""
    return frozenset(data.sections("family_first.txt", "any").get("", ()))


@cache
def _surname_conjunctions(lang: str) -> frozenset[str]:
    """The words for "and" that may join two surnames in `lang` (data/any/surname_conjunctions.txt)."""
    return frozenset(word for code, _, word in (e.partition(" ") for e in _entries("any", "surname_conjunctions"))
                     if code == lang)


@cache
def and_words(lang: str) -> frozenset[str]:
    """The words for "and" closing a list in `lang` (data/any/and_words.txt; every language's for an unknown one)."""
    pairs = [e.partition(" ") for e in _entries("any", "and_words")]
    return frozenset(word for code, _, word in pairs if code == lang or lang not in LANGS)


@cache
def surname_conjunctions() -> frozenset[str]:
    """Those words of every language: inside a name already found ("Correia e Silva") they join its surnames."""
    return frozenset(e.partition(" ")[2] for e in _entries("any", "surname_conjunctions"))


@cache
def _preposition_particles(lang: str) -> frozenset[str]:
    """The particles that alone are only a preposition in `lang` (data/any/particle_prepositions.txt)."""
    return frozenset(word for code, _, word in (e.partition(" ") for e in _entries("any", "particle_prepositions"))
                     if code == lang)


@cache
def _capitalised_function_words(lang: str) -> frozenset[str]:
    """The language's function words capitalised (To, Li, De), no article and no role, verb or title."""
    lex = lexicon(lang)
    return frozenset(c for w in lex.function_words if len(w) > 1 and w not in lex.noun_markers
                     and not lex.kind(c := w[:1].upper() + w[1:]) & ~K_PARTICLE)


def _guest(out: Sequence[Mention], host: str | None, host_sentence: tuple[int, int], venue: str | None,
           ties: dict[str, str], lang: str, origin: str | None) -> str | None:
    """The visit's guest: the person tied to the country the guest phrase names (Gast aus Frankreich), else the
    first tied to another country than the host's or the venue's (with neither known, a country whose press
    writes in no article's language, else not the first person's), else the other person the host's sentence
    names, else None. `ties`: person -> the country of their office, in the order the text tied them."""
    if origin:
        tied = next((q for q, c in ties.items() if c == origin and q != host), None)
        if tied:
            return tied
    home = venue or ties.get(host or "")
    if home:
        foreign = [q for q, c in ties.items() if q != host and c != home]
    else:
        speaks = country_languages()
        first = next((m.person for m in out if m.kind == NAME and m.person), None)
        foreign = ([q for q, c in ties.items() if q != host and lang not in speaks.get(c, (lang,))]
                   or [q for q, c in ties.items() if q not in (host, first) and c != ties.get(first or "")])
    if foreign:
        return foreign[0]
    if host:
        a, b = host_sentence
        return next((m.person for m in out if m.kind == NAME and a <= m.start < b and m.person not in (None, host)),
                    None)
    return None


@cache
def _guest_words() -> WordList:
    """Nouns for the visit's guest in every language (data/any/guests.txt)."""
    return _word_list(_entries("any", "guests"))


@cache
def _institution_heads() -> WordList:
    """The head nouns of institutions' and documents' names (data/any/institution_heads.txt)."""
    return _word_list(_entries("any", "institution_heads"))


def _heads_institution(word: str) -> bool:
    """The word opens an institution's or a document's name ("Statistique Canada"): no given name."""
    return _HEADS_INSTITUTION[word]


heads_institution = _heads_institution


@cache
def _saints() -> frozenset[str]:
    """Words for "saint" opening places' names (data/any/saints.txt), capitalised: St, Sankt, San, Saint."""
    return frozenset(e[:1].upper() + e[1:] for e in _entries("any", "saints"))


@cache
def _nouns_capitalised(lang: str) -> bool:
    """The language capitalises every noun (German: data/<lang>/numbers.txt says so in its [format])."""
    return any(line.replace(" ", "") == "nouns_capitalised=yes"
               for line in data.sections("numbers.txt", lang).get("format", ()))


@cache
def _double_given() -> frozenset[str]:
    """Given names that open double given names (data/any/double_given.txt): "María José"."""
    return frozenset(_entries("any", "double_given"))


@cache
def _given_names() -> frozenset[str]:
    """Common given names in every language (data/any/given_names.txt, lower case): Helene, Pedro."""
    return frozenset(_entries("any", "given_names"))


@cache
def _given_name_keys() -> frozenset[str]:
    """_given_names() by their cross-script keys: Анна and Anna, Марек and Marek agree."""
    return frozenset(map(_script_key, _given_names()))


def _common_given_name(word: str) -> bool:
    """Whether a word is a common given name (_given_names), in Latin script or transliterated (Анна)."""
    return word.lower() in _given_names() or (not _is_latin(word) and _script_key(word) in _given_name_keys())


@cache
def _opposition_stems() -> tuple[str, ...]:
    """Stems of words for a political opposition in every language (data/any/opposition.txt)."""
    return tuple(_entries("any", "opposition"))


@cache
def _party_names() -> frozenset[str]:
    """One-word names of political parties (data/any/party_names.txt): Écolo, Vooruit, Podemos."""
    return frozenset(_entries("any", "party_names"))


@cache
def _party_words() -> WordList:
    """Words for a political party in every language (data/any/party_words.txt): partido, Partei."""
    return _word_list(_entries("any", "party_words"))


party_words = _party_words


def _opposition_role(p: _Paragraph, i: int) -> bool:
    """A word right before the role at word i, or one of the two after it, names the opposition:
    "the opposition leader", "Šéf opozičních lidovců", "il leader dell'opposizione"."""
    stems = _opposition_stems()
    return any(p.words[k].lower().startswith(stems) for k in range(max(0, i - 1), min(len(p.words), i + 4)) if k != i)


@cache
def _institution_tails() -> WordList:
    """The last words of organisations' names (data/any/institution_tails.txt)."""
    return _word_list(_entries("any", "institution_tails"))


def _ends_institution(word: str) -> bool:
    """The word ends an organisation's name ("Amnesty International", "Human Rights Watch"): no surname."""
    return _ENDS_INSTITUTION[word]


def _place_run(words: Sequence[str]) -> bool:
    """The run of name words is a place, its particles aside: "da África do Sul", "República do Congo"
    (a country's name after a particle too: "presidente da República do Congo")."""
    particles = _particles().words
    a, b = 0, len(words)
    while a < b and words[a].lower() in particles:
        a += 1  # a particle the run was joined from ("presidente da África do Sul") is the role's
    while b > a and words[b - 1].lower() in particles:
        b -= 1
    if b <= a:
        return False
    whole = places.lookup(" ".join(words[a:b]))
    if whole is not None:
        # "Узбекистана Шавкатом Мирзиёевым": the country's inflected stem reaches over the run, but no other
        # word of it is a place: the office's country, then its holder's name.
        return b - a == 1 or places.lookup(words[a]) != whole or any(
            places.lookup(w) is not None for w in words[a + 1 : b])
    # "Mariana Vasconcelos de Araújo" is a person, "Estado da República do Congo" is not: only a country's
    # name after the particle rules the run out (cities are common surnames: "de Lima", "dos Santos").
    for c in range(a + 1, b - 1):
        if words[c].lower() in particles and words[c - 1].lower() not in particles:
            place = places.lookup(" ".join(words[c - 1 : b]))
            if place is not None and place.kind == "country":
                return True
    return False


@cache
def _place_words(lang: str) -> WordList:
    """Compass adjectives and region nouns (data/<lang>/place_words.txt; every language's when it has none)."""
    return _word_list(e for code in ((lang,) if lang in LANGS else LANGS) for e in _entries(code, "place_words"))


def _region_run(words: Sequence[str], lang: str) -> bool:
    """The run names a region: one of its words is a compass or region word, and another is one too, a
    known place or a nationality adjective ("Western Australian refiners", "Kyiv Region", "Northern
    Territory"); a person's run holds none ("Anthony Albanese" holds a nationality adjective only)."""
    marked = [w for w in words if _place_words(lang).holds(w.lower())]
    # (A place's name of several words after the region noun counts whole: "Vịnh Thái Lan", the Gulf of Thailand.)
    return bool(marked) and (len(marked) > 1 or any(
        w not in marked and (places.lookup(w) is not None or places.demonym(w) is not None) for w in words)
        or len(words) > 2 and places.lookup(" ".join(w for w in words if w not in marked)) is not None)


# _place_or_region_run's answers by (run, language): a name's run recurs in an article and across articles.
_PLACE_OR_REGION_RUNS: dict[tuple[tuple[str, ...], str], bool] = {}


def _place_or_region_run(words: tuple[str, ...], lang: str) -> bool:
    """_place_run(words) or _region_run(words, lang), remembered (both read the word lists and the gazetteer only)."""
    key = (words, lang)
    answer = _PLACE_OR_REGION_RUNS.get(key)
    if answer is None:
        if len(_PLACE_OR_REGION_RUNS) > MEMO_MAX:
            _PLACE_OR_REGION_RUNS.clear()
        answer = _PLACE_OR_REGION_RUNS[key] = _place_run(words) or _region_run(words, lang)
    return answer


def region_word(word: str, lang: str) -> bool:
    """Whether place_words.txt holds the word: a compass word or the noun or name of a region, a sea or a
    continent ("Αιγαίο", the Aegean), which no town is."""
    return _place_words(lang).holds(word.lower())


def place_name_run(words: Sequence[str], lang: str) -> bool:
    """Whether a run of capitalised words names a place or a region, not a person (_place_or_region_run):
    "Thái Lan", "Vịnh Thái Lan" (the Gulf of Thailand), "Northern Territory"."""
    return _place_or_region_run(tuple(words), lang)


# _heads_institution's answers by word as written (asked of most capitalised words, several times).
_HEADS_INSTITUTION: _Memo[bool] = _Memo(lambda w: _institution_heads().holds(w.lower()))
_ENDS_INSTITUTION: _Memo[bool] = _Memo(lambda w: _institution_tails().holds(w.lower()))


def particle_words() -> frozenset[str]:
    """The words of name particles (von, der, da, ben, ван...), lower case."""
    return _particles().words


@cache
def _name_prefixes() -> re.Pattern[str]:
    """A surname prefix and the rest of the word (data/any/name_prefixes.txt), capitalised as written."""
    prefixes = sorted(_entries("any", "name_prefixes"), key=len, reverse=True)
    alternatives = "|".join(re.escape(e[:1].upper() + e[1:]) for e in prefixes)
    return re.compile(rf"(?:{alternatives})(\w+)")


def _prefixed_name(part: str) -> bool:
    """LeBlanc, McDonald, O'Brien: a surname prefix glued to a capitalised name, no acronym."""
    m = _name_prefixes().fullmatch(part)
    return m is not None and len(rest := m[1]) > 1 and rest[0].isupper() and rest[1:].islower()


def _particle_name(w: str) -> bool:
    """A hyphen-glued particle before a capitalised name (al-Sisi, el-Sisi): the word is a name."""
    return w[:1].islower() and w.lower().startswith(_particles().prefixes) and w.partition("-")[2][:1].isupper()


@cache
def _cyrillic() -> dict[int, str]:
    """The transliteration table, for str.translate(): Cyrillic and Greek letters, Traditional Chinese characters
    to Simplified ones (han.txt)."""
    return {ord(letter): latin for letter, latin in data.transliteration(*data.SCRIPT_FILES, "han.txt").items()}


def _unmarked(name: str) -> str:
    """The name without its accents, nothing else changed (Orbán: Orban; ł, ø and Cyrillic stay)."""
    return data.unmarked(name)


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A spelling-blind key: Latin letters, no accents, common transliteration variants merged."""
    return _folded(name)


# Thai spells some sounds otherwise than its letters read one by one (thai.txt): รร between consonants is the vowel a,
# at a word's end an (ธรรม tham, สรรพ sap); a leading ห before a sonorant is silent (พรหม phrom); a word's last
# consonant is heard as k, t, n or p (ธรรมนัส Thamanat, not -s). Read before the letters are.
_THAI_SPELT = re.compile("[\u0e01-\u0e2e]")
_THAI_CONSONANT = "\u0e01-\u0e2e"
_THAI_FINALS = str.maketrans({**dict.fromkeys("สศษซชจดทธฎฏฐฑฒถ", "ต"), **dict.fromkeys("รลฬญณ", "น"),
                              **dict.fromkeys("บพฟภ", "ป"), **dict.fromkeys("ขคฆ", "ก")})
_THAI_RR = re.compile(f"รร(?=[{_THAI_CONSONANT}])")
_THAI_RR_END = re.compile(f"(?<=[{_THAI_CONSONANT}])รร(?![\u0e01-\u0e4e])")
_THAI_SILENT_H = re.compile("(?<=[\u0e01-\u0e2e])ห(?=[งญนมยรลว](?![\u0e30-\u0e3a\u0e47-\u0e4e]))")
_THAI_LAST = re.compile(f"(?<=[\u0e01-\u0e3a\u0e47-\u0e4e])[{_THAI_CONSONANT}](?=[\u0e48-\u0e4c]*(?![\u0e01-\u0e4e]))")


def thai_sounds(s: str) -> str:
    """Thai words spelt as they sound where letters and sounds part (see _THAI_SPELT)."""
    s = _THAI_RR_END.sub("ัน", _THAI_RR.sub("ั", s))
    s = _THAI_SILENT_H.sub("", s)
    return _THAI_LAST.sub(lambda m: m.group().translate(_THAI_FINALS), s)


def _folded(name: str) -> str:
    """fold() uncached; of words joined by NULs, their folds joined by NULs (no step joins or splits them)."""
    s = name.lower()
    # Most names are ASCII already: no Cyrillic, marks, ł or ß to look up letter by letter.
    if not s.isascii():
        if _THAI_SPELT.search(s):
            s = thai_sounds(s)
        # (A dotted letter first: ज़ is z, not ज's j; see data.dotted_letters.)
        s = data.read_dotted(data.bengali_w(s.replace("ու", "ւ")), *data.SCRIPT_FILES)
        s = data.unmarked(s.translate(_cyrillic()))
        s = s.replace("ł", "l").replace("ß", "ss")
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=1 << 16)
def _name_keys(folded: str) -> frozenset[str]:
    """Keys shared by any two folded words that same_word() matches: the word less one letter
    (one edit apart, or equal) and the first four letters (one a case ending of the other)."""
    keys = {"<" + folded[:4], folded} | {folded[:i] + folded[i + 1 :] for i in range(len(folded))}
    if len(folded) <= 6:
        keys.add("<" + folded[:3])  # a three-letter name and its case forms (Лам, Ламом)
    # (An empty word has no last letter: "Jean-" split at its hyphen gives one, and _person_keys keys each part.)
    if folded and _fleeting_e(folded, folded[:-2] + folded[-1] + "a"):
        keys.add("<" + (folded[:-2] + folded[-1])[:4])  # Pavel and Pavlowi: the stem without its e
    return frozenset(keys)


def _one_edit(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or replaced (edit distance <= 1), in one pass."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


# Letters only Vietnamese writes (ơ ư and the vowels with a dot below, a hook above or a tone over a circumflex or
# breve); not ă â đ, which Romanian and Croatian names write too.
_VIETNAMESE_LETTER = re.compile("[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def _same_stem(a: str, b: str, lang: str) -> bool:
    """Two words of a glued-case language with one stem of three letters or more (კობახიძემ, კობახიძის; an
    ending may make them more than one edit apart: ფაშინიანი, ფაშინიანმა)."""
    stem = uncased_stem(a, lang)
    return len(stem) >= _STEM_LEAST and stem == uncased_stem(b, lang)


@lru_cache(maxsize=1 << 16)
def same_word(a: str, b: str) -> bool:
    """Two name words denote the same name: spelling variants (Zatulin, Satulin) or inflections (Putinem)."""
    fa, fb = fold(a), fold(b)
    if _VIETNAMESE_LETTER.search(a) or _VIETNAMESE_LETTER.search(b):
        # A Vietnamese syllable never declines, and its marks tell names apart that fold alike or one letter apart
        # (Cường, Dương; Hằng, Hùng): the same word only, or its form without marks (Cuong, in a foreign text).
        return a.casefold() == b.casefold() or (fa == fb and (a.isascii() or b.isascii()))
    if fa == fb:
        return True
    if _CYRILLIC.match(a) is not None and _CYRILLIC.match(b) is not None:
        # Ukrainian и is Russian ы, and Ukrainian і Russian и (Бахитжан, Бакытжан; Михайло, Михаил; й too): one
        # name in two Cyrillic orthographies, its y and i one letter.
        fa, fb = fa.replace("y", "i"), fb.replace("y", "i")
        if fa == fb:
            return True
    if (glued := stemmed_lang(a)) is not None and stemmed_lang(b) == glued and _same_stem(a, b, glued):
        return True
    # Double surnames decline part by part (Kęsickiej-Brandt, Kęsicka-Brandt).
    if "-" in fa and "-" in fb and fa.count("-") == fb.count("-"):
        return all(map(same_word, a.split("-"), b.split("-")))
    short = min(len(fa), len(fb))
    if short >= 5 and _one_edit(fa, fb):
        return True
    # Armenian writes the h that Russian leaves out between vowels (Գոհար, Гоар; Հովհաննես, Ованес): one form in
    # Armenian letters, the other in others, alike once both lose their h.
    if ("\u0531" <= a[:1] <= "\u0586") != ("\u0531" <= b[:1] <= "\u0586") and short >= 3:
        ha, hb = fa.replace("h", ""), fb.replace("h", "")
        if ha == hb or (min(len(ha), len(hb)) >= 5 and _one_edit(ha, hb)):
            return True
    # Slavic case endings: Tokajew, Tokajewa, Tokajewowi.
    if short >= 4 and (fa.startswith(fb) or fb.startswith(fa)) and abs(len(fa) - len(fb)) <= 3:
        return True
    # A Mongolian name drops its last vowel before a case ending (Оюун-Эрдэнэ: Оюун-Эрдэнийн, Занданшатар:
    # Занданшатрын, Энхтуяа: Энхтуяагийн is a prefix already): past their common start, the oblique form's rest is an
    # ending, after the nominative's last consonant where that stays (-ар > -рын).
    if short >= 5 and _CYRILLIC.match(a) is not None and _CYRILLIC.match(b) is not None:
        la, lb = sorted((a.lower(), b.lower()), key=len)
        common = len(commonprefix((la, lb)))
        rest, tail = la[common:], lb[common:]
        if common >= 4 and 1 <= len(rest) <= 2 and (tail in _MN_OBLIQUE or (tail[:1] == rest[-1:] and tail[1:] in _MN_OBLIQUE)):
            return True
    # A surname and its form with a name_cases.txt ending of four letters (Uzbek Olimovning: Olimov).
    if short >= 4 and abs(len(fa) - len(fb)) == 4:
        la, lb = sorted((a, b), key=len)
        if _SURNAME_CASE.search(lb) and fold(_SURNAME_CASE.sub("", lb)) == fold(la):
            return True
    # A three-letter foreign name with the nominative ending Lithuanian adds to it (Dan: Danas, Kim: Kimas);
    # a longer one matches by its prefix above (Steinmeier: Steinmeieris, Nicușor: Nicușoras).
    if short == 3 and _CYRILLIC.match(a) is None and _CYRILLIC.match(b) is None:
        la, lb = sorted((fa, fb), key=len)
        if lb.startswith(la) and lb[3:] in _LITHUANIANISED:
            return True
    # A Slovenian woman's surname form with a j before -eva (Mlakarjeva, Žagarjeva of Mlakar, Žagar; j folds to y).
    if short >= 4 and max(fa, fb, key=len) == min(fa, fb, key=len) + "yeva":
        return True
    # A short Slavic-declined name (То Лам, с То Ламом): a case ending after three letters.
    if short == 3 and _CYRILLIC.match(a) is not None:
        la, lb = sorted((a.lower(), b.lower()), key=len)
        if lb.startswith(la) and lb[len(la) :] in _SLAVIC_OBLIQUE | _SLAVIC_SHORT_ONLY:
            return True
    # A Cyrillic -а/-я name and its instrumental, two letters apart once folded (Силва, Силвой; Лула, Лулой).
    if short >= 3 and _CYRILLIC.match(a) is not None and _CYRILLIC.match(b) is not None:
        la, lb = sorted((a.lower(), b.lower()), key=len)
        if _a_stem_instrumental(la, lb):
            return True
    # Two case forms, no nominative (Carneya, Carneyem; Tuskiem, Tusku): one stem, two case endings, one of
    # them long (Maria and Marie are two names).
    if short >= 5 and _CYRILLIC.match(a) is None:
        stem = len(commonprefix((fa, fb)))
        ends = (fa[stem:], fb[stem:])
        if stem >= 4 and all(e in _LATIN_OBLIQUE or e in _LOCATIVE_ENDS or e in _LV_CASE_ENDS for e in ends) and (
                max(map(len, ends)) >= 2):
            return True
        # Lithuanian cases of one declension (Budrys, Budrio; Nausėdos, Nausėdai).
        if stem >= 4 and max(map(len, ends)) >= 2 and any(ends[0] in d and ends[1] in d for d in _LT_DECLENSIONS):
            return True
        # A foreign -i surname's Czech cases (Pellegriniho, Pellegrinim): the endings after the i.
        if stem >= 4 and fa[stem - 1] in "iy" and all(e in _SOFT_OBLIQUE for e in ends):
            return True
        # A fleeting e before the last consonant (Pavel: Pavla, Pavlem, Pavlowi; Wróbel: Wróbla).
        if _fleeting_e(fa, fb) or _fleeting_e(fb, fa):
            return True
        # A Czech or Slovak adjectival surname (Černý: Černého, Černým; Zelenskyj: Zelenského).
        if _cz_adjectival(ends, fa[:stem]):
            return True
    # Adjectival surnames decline their ending whole: Zełenski, Zełenskiego, Zełenskim; Зеленського.
    ma, mb = _ADJECTIVAL.match(fa), _ADJECTIVAL.match(fb)
    if ma is not None and mb is not None and ma[1] == mb[1]:
        return True
    # A woman's (Wróblewska, Wróblewskiej, Wróblewską): compared only with her own forms, not a man's.
    ma, mb = _ADJECTIVAL_F.fullmatch(fa), _ADJECTIVAL_F.fullmatch(fb)
    return ma is not None and mb is not None and ma[1] == mb[1]


# A folded adjectival surname: its stem to -sk/-ck/-dzk, then a case ending (Polish, Russian, Ukrainian).
_ADJECTIVAL = re.compile(r"(.{3,}(?:sk|ck|dzk|tsk))(?:i|iy|y|yy|ego|emu|im|ym|ogo|omu|iego|iemu)")
# The same, a woman's, folded: -ska and -ską (ska), -skiej (skey), -skaya, -skoy.
_ADJECTIVAL_F = re.compile(r"(.{3,}(?:sk|ck|dzk|zk))(?:a|ey|aya|aia|oy|oi|uyu|oyu)")


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
# Folded case endings of a Czech or Slovak adjectival surname (Černého, Zelenskému, Černým; Jiřího), and
# its folded nominative endings (Černý, Zelenskyj, Krejčí).
_CZ_ADJ_OBLIQUE = frozenset(("eho", "emu", "ym", "em", "iho", "imu", "im", "om", "ou"))
_CZ_ADJ_OWN = frozenset(("y", "yy", "i", "iy"))


def _cz_adjectival(ends: tuple[str, str], stem: str) -> bool:
    """Two folded endings after one stem of four letters or more, ending in a consonant: an adjectival
    surname's case ending and its nominative ending or another case ending."""
    return len(stem) >= 4 and stem[-1] in _CONSONANTS and any(e in _CZ_ADJ_OBLIQUE for e in ends) and all(
        e in _CZ_ADJ_OBLIQUE or e in _CZ_ADJ_OWN for e in ends) and ends[0] != ends[1]


def _fleeting_e(base: str, form: str) -> bool:
    """Folded `form` is a Czech, Slovak or Polish case form of folded `base` that drops the e of its last
    syllable (pavel, pavla; wrobel, wroblem): consonant, e, consonant at the end, then a case ending."""
    if len(base) < 5 or base[-2] != "e" or base[-1] not in _CONSONANTS or base[-3] not in _CONSONANTS:
        return False
    stem = base[:-2] + base[-1]
    return form.startswith(stem) and form[len(stem):] in _LATIN_OBLIQUE


@lru_cache(maxsize=1 << 16)
def surname(name: str) -> str:
    """The last word of a name, or the word before its regnal number (Mohammed VI: Mohammed); a hyphen-glued
    particle cut off (al-Sisi: Sisi, as "Mr Sisi said" writes him)."""
    words = name_words(name)
    last = words[-2] if len(words) > 1 and _REGNAL.fullmatch(words[-1]) else words[-1]
    return last.partition("-")[2] if _particle_name(last) else last


# The dots Chinese and Japanese write between a foreign name's parts instead of spaces (西里尔·拉马福萨).
_NAME_DOTS = re.compile("[·•・]")


def name_words(name: str) -> list[str]:
    """A name's words: parted by spaces, or by the middle dots of a name written without spaces, so that
    西里尔·拉马福萨 has the surname 拉马福萨 that a later sentence writes alone."""
    words = name.split()
    if len(words) == 1 and _NAME_DOTS.search(name):
        return [w for w in _NAME_DOTS.split(name) if w] or words
    return words


def _given_compatible(a: str, b: str) -> bool:
    ga, gb = name_words(a)[:-1], name_words(b)[:-1]
    if not ga or not gb:
        return True
    # A particle (de Vries) is no given name: Anna de Vries and Dirk de Vries are two people.
    particles = _particles().words
    parts_a = [p for g in ga for p in re.split(r"[-‐]", g) if p.lower() not in particles]
    parts_b = [p for g in gb for p in re.split(r"[-‐]", g) if p.lower() not in particles]
    return not parts_a or not parts_b or any(same_word(x, y) for x in parts_a for y in parts_b)


def surname_keys(name: str) -> tuple[str, str]:
    """Keys of which two forms that may be one person share one: same_word() allows one edit in a
    word of five letters or more, or a case ending, so the first or the last two letters survive."""
    f = fold(surname(name)) if name.split() else ""
    return "<" + f[:2], ">" + f[-2:]


def same_person(a: str, b: str) -> bool:
    """Two name forms that denote one person (surname variants, compatible first names; or the two
    words of a name written family name first in one of them: Takaichi Sanae, Sanae Takaichi; or a
    name without its second surname: Claudia Sheinbaum Pardo, Claudia Sheinbaum)."""
    return ((same_word(surname(a), surname(b)) and _given_compatible(a, b)) or _swapped(a, b)
            or _second_surname_dropped(a, b) or _second_surname_dropped(b, a))


def _second_surname_dropped(full: str, short: str) -> bool:
    """`short` is `full` less its last surname: "Claudia Sheinbaum" of "Claudia Sheinbaum Pardo", "Luiz
    Inácio Lula" of "Luiz Inácio Lula da Silva" (Spanish and Portuguese names carry two surnames, and the
    text goes on with the first). The form kept has a given name and a surname: "Claudia" alone is no one."""
    fw, sw = full.split(), short.split()
    if len(sw) == 1:
        # "Lula" of "Luiz Inácio Lula da Silva", "Rebelo" of "Marcelo Rebelo de Sousa": the first surname goes
        # alone where particles open the second (without them, a lone word may be a given name or another's).
        lead = _first_surname(fw)
        return lead is not None and fw[fw.index(lead) + 1].lower() in _particles().words and same_word(lead, sw[0])
    if len(fw) <= len(sw) or sw[-1].lower() in _particles().words:
        return False
    # What is dropped: one surname, after particles or not (Pardo; da Silva), never a regnal number.
    tail = fw[len(sw):]
    if len(tail) > 3 or _REGNAL.fullmatch(tail[-1]) or not all(w.lower() in _particles().words for w in tail[:-1]):
        return False
    # A place glued to the name ("Alparslan Bayraktar Bakü'de konuştu") is no second surname.
    if places.lookup(tail[-1]) is not None:
        return False
    # "Juan Carlos" of "Juan Carlos Ortiz" is a double given name without its one surname.
    if len(sw) == 2 and sw[0].lower() in _double_given() and sw[1].lower() in _double_given():
        return False
    return all(map(same_word, fw[: len(sw)], sw))


def _swapped(a: str, b: str) -> bool:
    """Two two-word names whose words match crosswise."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) == 2 and same_word(wa[0], wb[1]) and same_word(wa[1], wb[0])


# Polish feminine surnames in the genitive, dative or locative (Wróblewskiej), their nominative
# ending, and the genitive endings of feminine given names (Agnieszki, Marii, Ewy) with theirs.
_PL_FEMININE = (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"))
_PL_FEMININE_GIVEN = (("ii", "ia"), ("ji", "ja"), ("ki", "ka"), ("gi", "ga"), ("y", "a"))


# Lithuanian case endings of a name that no nominative ends in (Nausėdą, Budrio, Danui, Kazlauskienės), and the
# nominative endings (Nausėda, Budrys, Danas, Kazlauskienė): a case form is often shorter than its nominative.
_LT_OBLIQUE_END = re.compile(r"(?:o|ui|ą|į|ų|u|ai|ei|ę|os|ės|aus|yje|oje|ėje|e)$")
_LT_NOMINATIVE_END = re.compile(r"(?:as|is|ys|us|a|ė)$")


def _lithuanian_nominative(words: list[str], counts: Counter[str]) -> str | None:
    """The text's own nominative of a name written in a Lithuanian case: a form of as many words, each one
    name with the case form's, none in a case (Gitanas Nausėda beside Gitaną Nausėdą or Gitanu Nausėda)."""
    def cased(word: str) -> bool:
        return _LT_OBLIQUE_END.search(word) is not None and _LT_NOMINATIVE_END.search(word) is None

    if not any(map(cased, words)):
        return None
    for form in counts:
        other = form.split()
        # Each word it changes goes from a case ending to a nominative one: Finnish "Jonas Gahr Støren" (a
        # genitive) is no nominative of "Jonas Gahr Støre", whose -e the pattern reads as a case.
        if (len(other) == len(words) and not any(map(cased, other)) and any(map(_LT_NOMINATIVE_END.search, other))
                and all(map(same_word, words, other))
                and all(w == o or (cased(w) and _LT_NOMINATIVE_END.search(o)) for w, o in zip(words, other))):
            return form
    # Only the surname is written in the nominative ("su ministru Kęstučiu Budriu … – sakė Budrys"): the
    # given names come back by their declension's endings, a woman's when her surname's nominative is one.
    last = words[-1]
    if not cased(last):
        return None
    lone = next((f for f in counts if " " not in f and f != last and not cased(f) and _LT_NOMINATIVE_END.search(f)
                 and same_word(last, f)), None)
    if lone is None:
        return None
    if lone.endswith(tuple(new for _, new in _PL_FEMININE)) and all(len(w) > 3 and w.endswith("ą") for w in words[:-1]):
        # A Polish woman's -ska/-cka surname (Wolską beside Wolska) and her -a given name in the same instrumental
        # or accusative -ą (Anną): no Lithuanian man's -as (Gitaną, Gitanas), whose surname never ends so.
        return " ".join([*(w[:-1] + "a" for w in words[:-1]), lone])
    # (A man's surname may end in -a too, Nausėda: only -ė is a woman's.)
    woman = lone[-1] == "ė"
    table = _LT_GIVEN_FEMININE if woman else _LT_GIVEN_MASCULINE
    given = []
    for w in words[:-1]:
        end = next((e for e in table if w.endswith(e[0]) and len(w) > len(e[0]) + 2), None)
        if end is None and (cased(w) or not w.endswith(("a", "ė") if woman else ("as", "is", "ys", "us"))):
            return None  # (Gitanasa Nausėdę, a Slavic accusative, is no Lithuanian case)
        # (A woman's -a given name reads the same in the instrumental: Rūta Kazlauskaite.)
        given.append(w if end is None else w[: -len(end[0])] + end[1])
    return " ".join([*given, lone])


# A Lithuanian given name's case endings and its nominative's, longest first: a man's -is/-ys (Kęstučiu,
# Kęstučio, Kęstučiui, Kęstutį: Kęstutis; t and d turn to č and dž before -io/-iu) and -as (Gitanu, Gitano,
# Gitanui, Gitaną: Gitanas); a woman's -a (Ingridą, Ingridos, Ingridai) and -ė (Rūtę, Rūtės, Rūtei).
_LT_GIVEN_MASCULINE = (("čiui", "tis"), ("džiui", "dis"), ("čiu", "tis"), ("džiu", "dis"), ("čio", "tis"),
                       ("džio", "dis"), ("iui", "is"), ("iu", "is"), ("io", "is"), ("į", "is"), ("ui", "as"),
                       ("u", "as"), ("o", "as"), ("ą", "as"))
_LT_GIVEN_FEMININE = (("oje", "a"), ("os", "a"), ("ai", "a"), ("ą", "a"), ("ės", "ė"), ("ei", "ė"), ("ę", "ė"))


# An Armenian-script name with the article -ն after its final vowel, and a Russian woman's surname in Armenian
# letters (-ովա, -ևա, -եվա, -ինա: Զախարովա), which Armenian surnames never end in.
_ARMENIAN_ARTICLE_N = re.compile("[\u0561-\u0587]{3}[աեէիոօ]ն$")
_ARMENIAN_FEMININE = re.compile("(?:ով|և|եվ|ին)ա$")
_ARMENIAN_OBLIQUE = re.compile("(?<=[\u0561-\u0587]{3})(?:ի|ին|ից|ով)$")
# Mongolian case endings after a name's stem that dropped its last vowel (Оюун-Эрдэнийн, Занданшатрын, -ыг, -тай …).
_MN_OBLIQUE = frozenset(("ийн", "ын", "ийг", "ыг", "ид", "ээс", "аас", "оос", "тэй", "тай", "той", "ээр", "аар", "оор"))

# An Ethiopic word, and the object endings Amharic glues to a name (data/am/object_endings.txt).
_ETHIOPIC_WORD = re.compile("[\u1200-\u137f]+")
_ETHIOPIC_OBJECT = tuple(data.sections("object_endings.txt", "am").get("", ()))


def _ethiopic_object_stem(word: str) -> str:
    """An Ethiopic word without its object ending, two letters at least left; empty when it has none."""
    ending = next((e for e in _ETHIOPIC_OBJECT if word.endswith(e) and len(word) - len(e) >= 2), "")
    return word[: -len(ending)] if ending else ""


def _bare_known_stem(words: Sequence[str], counts: Iterable[str]) -> str | None:
    """The last word of a name less a name_cases.txt [bare_known] ending where the text writes that stem as the
    last word of a form of the same person: alone, after initials (G.Saar, G. Saar) or after the name's own
    words before it; else None. (Gideon Saarın, Cabirin: the bare Saar and Cabir show the ending a case.)"""
    last = words[-1]
    given = words[:-1]
    for ending in _BARE_KNOWN_CASES:
        if not last.endswith(ending) or len(last) - len(ending) < 3:
            continue
        stem = last[: -len(ending)]
        for form in counts:
            *before, tail = _GLUED_INITIAL.sub("", form).split() or [""]
            if tail != stem or not (_GLUED_INITIAL.match(form) or not before or before == given or (
                    all(_INITIAL.fullmatch(w) for w in before))):
                continue
            if _GLUED_INITIAL.match(form) and not (given and given[0][:1] == form[:1]):
                continue  # (G.Saar is Gideon's, not another's)
            return stem
    return None


# A name's initial as written (the C. of "C. P. Radhakrishnan"): one letter and its full stop.
_INITIAL = re.compile(r"[^\W\d_]\.")
# Initials glued before a surname by their full stops (Ş.Mustafayev, В.В.Путин).
_GLUED_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+(?=[^\W\d_])")


def nominative(best: str, counts: Counter[str]) -> str:
    """The person's fullest form, in the nominative where the text gives it away: a lone surname
    shorter by a case ending (Хурэлсух beside Ухнаагийна Хурэлсуха) takes that ending off every
    word; a Polish feminine -skiej surname becomes -ska (Agnieszki Wróblewskiej: Agnieszka Wróblewska)."""
    words = best.split()
    if (glued := stemmed_lang(words[-1])) is not None:
        # Georgian declines only a name's last word (მარიამ კვრივიშვილმა): the text's nominative of it, or its stem's.
        words[-1] = _uncased_nominative(words[-1], counts, glued)
        best = " ".join(words)
    elif _SURNAME_CASE.search(words[-1]):
        # Kazakh declines only a name's last word (Арман Жұмабаевтың, Путинмен): its ending comes off.
        words[-1] = _SURNAME_CASE.sub("", words[-1])
        best = " ".join(words)
    elif _ARMENIAN_OBLIQUE.search(words[-1]) and any(
            f.rpartition(" ")[2] in (stem := _ARMENIAN_OBLIQUE.sub("", words[-1]), stem + "ը") for f in counts):
        # An Armenian name in the genitive, dative, ablative or instrumental (Սերգեյ Լավրովի) beside its bare
        # or subject form (Լավրովը): the case ending comes off.
        words[-1] = stem
        best = " ".join(words)
    elif (stem := _bare_known_stem(words, counts)) is not None:
        # An Azerbaijani name in a case the text writes it bare in too (Gideon Saarın beside G.Saar, Cabirin beside
        # Cabir; name_cases.txt [bare_known]): the ending comes off.
        words[-1] = stem
        best = " ".join(words)
    elif _ETHIOPIC_WORD.fullmatch(words[-1]) and (stem := _ethiopic_object_stem(words[-1])) and any(
            f.rpartition(" ")[2] == stem for f in counts):
        # An Amharic name as an object (እስማኤል ዑመር ጌሌን, the object's -ን) beside its bare form (ፕሬዚዳንት ጌሌ).
        words[-1] = stem
        best = " ".join(words)
    elif _ARMENIAN_ARTICLE_N.search(words[-1]):
        # Armenian writes the article -ն after a name's final vowel (Կոբախիձեն, Զախարովան, Մելոնին): it comes off
        # where the text declines the name without it (Կոբախիձեի, Մելոնիի) or the name is a Russian woman's.
        stem = words[-1][:-1]
        cased = {stem + e for e in ("ի", "ին", "ից", "ով", "յի", "յին", "յից", "յով")}
        if _ARMENIAN_FEMININE.search(stem) or any(f.rpartition(" ")[2] in cased for f in counts):
            words[-1] = stem
            best = " ".join(words)
    lead = 0
    while lead < len(words) - 1 and _INITIAL.fullmatch(words[lead]):
        lead += 1
    if lead >= 2:
        # "C. P. Rádhakrišnanem": initials decline in no language; the rest of the name is read without them,
        # a lone surname in the text's own shorter form (Rádhakrišnan), and the initials kept before it.
        rest = " ".join(words[lead:])
        shown = nominative(rest, counts) if len(words) - lead >= 2 else min(
            (f for f in counts if " " not in f and len(f) >= 4 and 0 < len(rest) - len(f) <= 3 and rest.startswith(f)),
            key=len, default=rest)
        return " ".join([*words[:lead], shown])
    if len(words) < 2:
        # A lone -ić surname in a case (Plenkoviću, Vučićem): only a man's declines, so its nominative is sure.
        return _SOUTH_SLAVIC_CASE.sub("", best) if _SOUTH_SLAVIC_CASE.search(best) else best
    particled = _particle_surname_nominative(words, counts)
    if particled:
        return particled
    lithuanian = _lithuanian_nominative(words, counts)
    if lithuanian:
        return lithuanian
    if greek := _greek_accusative(words):
        return greek
    # The text's own shorter form of every word, each shorter by a case ending (Владимир Путин beside
    # Владимира Путина): the nominative, whichever form a caller chose.
    # (The cheap tests first: nominative() runs once per person over all the article's forms.)
    shorter = [form for form in counts
               if len(form) < len(best) and form[:3] == best[:3] and _case_shortened(form.split(), words)]
    if shorter:
        return min(shorter, key=len)
    *given, last = words
    if czech := _czech_feminine_nominative(given, last, counts):
        return czech
    south = _south_slavic_nominative(words, counts)
    if south:
        return south
    latvian = _latvian_nominative(given, last, counts)
    if latvian:
        return latvian
    if _womans_nominative(given, last):
        return best  # (Анна Петрова beside a man's lone Петров is no Анн Петров)
    if words[0] in family_first() and _CYRILLIC.match(last):
        return " ".join(given + [_FAMILY_FIRST_OBLIQUE.sub("", last)])  # Си Цзиньпина: Си Цзиньпин
    if hungarian := _hungarian_nominative(words, counts):
        return hungarian
    polish = _polish_nominative(given, last) or _a_stem_accusative(given, last)
    if polish:
        return polish  # (before the lone form: Kowalskim less Kowalski's "m" leaves Andrzejem a wrong "Andrzeje")
    # (Before the lone form too: Carneyem less Carney's "em" leaves Markiem a wrong "Marki", not Mark.)
    latin = _latin_oblique(given, last, counts)
    if latin:
        return latin
    for lone in counts:
        # The shorter lone form at least as often as the written one: Анна Захарова beside a rare Захаров stays.
        if (" " not in lone and len(lone) >= 4 and 0 < len(last) - len(lone) <= 2 and last.startswith(lone)
                and counts[lone] >= counts.get(last, 0)):
            ending = last[len(lone):]
            # Every given word in the same case (Владимира Путина); a Latin s is no case ending to trust, nor
            # a Greek final ς: it is the nominative's own (ο Κωστής Παππάς, then the accusative "τον Παππά").
            if ending in ("s", "ς") or not all(w.endswith(ending) and len(w) > len(ending) + 2 for w in given):
                # A man's genitive, given names in their own declension: Сергея Лаврова beside Лавров.
                genitive = _genitive_given(given) if ending == "а" and _CONSONANT_END.search(lone) else None
                if genitive is not None:
                    return " ".join(genitive + [lone])
                break  # (a given name in its own declension: Владимиром Путиным, see _slavic_nominative)
            return " ".join([w[: -len(ending)] for w in given] + [lone])
    slavic = _slavic_nominative(given, last, counts) or _accusative_given(given, last, counts)
    if slavic:
        return slavic
    instrumental = _instrumental_nominative(words, counts) or _cyrillic_oblique(given, last, counts)
    if instrumental:
        return instrumental
    if lone := _a_stem_surname(last, counts):
        # A woman's a-stem given name in the same accusative (Анну Петрову, Mariju Zaharovu) comes back too.
        if lone[-1] in "aа" and last[-1] in "uу" and all(len(w) > 3 and w[-1] in "uую" for w in given):
            return " ".join([w[:-1] + {"u": "a", "у": "а", "ю": "я"}[w[-1]] for w in given] + [lone])
        return lone
    # A double surname declines its first part (Kęsickiej-Brandt: Kęsicka-Brandt).
    last, dash, tail = last.partition("-")
    surname_end = next((new for old, new in _PL_FEMININE if last.endswith(old)), None)
    if surname_end is None:
        return best
    named = []
    for w in given:
        end = next(((old, new) for old, new in _PL_FEMININE_GIVEN if w.endswith(old)), None)
        if end is None:
            return best
        named.append(w[: -len(end[0])] + end[1])
    stem = next(last[: -len(old)] for old, _ in _PL_FEMININE if last.endswith(old))
    return " ".join(named + [stem + surname_end + dash + tail])


# A Greek man's given name in the accusative ends in an unaccented -ο (τον Νίκο, Γιώργο, Στέλιο: Νίκος); his
# surname's accusative drops the nominative's -ης (Χριστοδουλίδη, Καραμανλή: -ς back on), or keeps -ου/-ους.
# (Not -α or -ο: a foreign name written in Greek never declines, Νούνο Μέλο, Αντόνιο Κόστα, and a Greek
# Σαμαρά is left as written rather than risk "Κόστας".)
_GREEK_ACCUSATIVE_GIVEN = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]{2,}[^ου]ο$")
_GREEK_ACCUSATIVE_SURNAME = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]{2,}[ηή]$")


def _greek_accusative(words: list[str]) -> str | None:
    """A Greek man's full name in the accusative ("από τον Πρόεδρο Νίκο Χριστοδουλίδη") in the nominative
    (Νίκος Χριστοδουλίδης); only a given name in -ο shows the case (a woman's Ελένη, Μαρία never take -ς)."""
    *given, last = words
    if not all(map(_GREEK_ACCUSATIVE_GIVEN.match, given)):
        return None
    invariant = last.endswith(("ου", "ού", "ους"))  # (Παπαναστασίου, Χαραλάμπους: the same in every case)
    if invariant or _GREEK_ACCUSATIVE_SURNAME.match(last):
        return " ".join([*(w + "ς" for w in given), last if invariant else last + "ς"])
    return None


# Latvian case endings of a name and the nominative endings they may stand for: a man's -s/-š (Mihalu,
# Mihalam, Mihala: Mihals; Ozoliņam: Ozoliņš), -is (Dāvim: Dāvis) and a woman's -a/-e (Siliņai, Siliņu:
# Siliņa; Merkelei: Merkele). Only a nominative the text writes itself is trusted.
_LV_OBLIQUE = (("am", ("s", "š")), ("im", ("is",)), ("ai", ("a",)), ("ei", ("e",)), ("u", ("s", "š", "a")),
               ("a", ("s", "š")), ("i", ("is",)), ("es", ("e",)))


def _latvian_nominative(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A Latvian name in an oblique case (Kristenu Mihalu, Mārtiņam Ozoliņam) in the nominative, when the
    text writes its surname's nominative alone (Mihals, Ozoliņš): each given word takes the ending of its
    kind (Kristens; Mārtiņš, as -iņ- stems end in -š)."""
    for ending, nominatives in _LV_OBLIQUE:
        if not last.endswith(ending) or len(last) - len(ending) < 3:
            continue
        stem = last[: -len(ending)]
        new = next((n for n in nominatives if counts.get(stem + n)), None)
        if new is None:
            continue
        named = []
        for w in given:
            if not w.endswith(ending) or len(w) - len(ending) < 2:
                return None
            g = w[: -len(ending)]
            named.append(g + ("š" if new in ("s", "š") and g.endswith("ņ") else "s" if new == "š" else new))
        return " ".join(named + [stem + new])
    return None


def _name_cases(section: str) -> tuple[str, ...]:
    """Every language's data/<lang>/name_cases.txt endings of one [section], longest first."""
    found = {e.lower() for sections in _NAME_CASE_FILES for e in sections.get(section, ())}
    return tuple(sorted(found, key=lambda e: (-len(e), e)))


# One word and a comma after a name: "জয়শঙ্করের কথায়, …" (in Jaishankar's words, …).
_SOURCE_NOUN_COMMA = re.compile(r"\s+[^\s,]+\s*,")


@cache
def _glued_genitives(lang: str) -> tuple[str, ...]:
    """A language's genitive endings glued to a name (data/<lang>/name_cases.txt [genitive]: Bengali -ের)."""
    return tuple(data.sections("name_cases.txt", lang).get("genitive", ()))


def _ending_pattern(section: str) -> str:
    """A regex alternative of a [section]'s endings; one that never matches when no list has any."""
    return "|".join(map(re.escape, _name_cases(section))) or "(?!)"


# Read once: a name's case endings apply whatever language the article is in (a Kazakh name in Russian text).
_NAME_CASE_FILES = [data.sections("name_cases.txt", code) for code in LANGS]
# The languages declining a name by glued endings on its last word (a [surname] section): asked for every article.
_GLUED_SURNAME_LANGS = frozenset(code for code, sections in zip(LANGS, _NAME_CASE_FILES) if sections.get("surname"))


# Languages of a script without letter case whose names take glued case endings (Georgian: კობახიძემ, ფაშინიანის):
# name_cases.txt [script] gives the script's letters, [uncased] the endings. A name's words are read with them in
# any article, as the Kazakh endings are: the script tells the language.
_STEMMED_SCRIPTS = {code: re.compile(f"[{sections['script'][0]}]") for code, sections in zip(LANGS, _NAME_CASE_FILES)
                    if sections.get("script") and sections.get("uncased")}
_STEMMED_START = re.compile("|".join(p.pattern for p in _STEMMED_SCRIPTS.values()) or "(?!)")


def stemmed_lang(word: str) -> str | None:
    """The language whose glued case endings a word of its script takes (name_cases.txt [script]), or None: one
    regex match for any other word."""
    if _STEMMED_START.match(word) is None:
        return None
    return next((code for code, letters in _STEMMED_SCRIPTS.items() if letters.match(word)), None)


class _GluedCases(NamedTuple):
    """A glued-case language's name_cases.txt: [uncased] endings (longest first), [truncating] stem vowels, the
    [nominative] ending, [closing] family-name stems, [adjective] stems, the script's [vowels], and the [doubled]
    final stops undone before an ending opening with one of the [vowel_signs]."""
    endings: tuple[str, ...]
    truncating: tuple[str, ...]
    nominative: str
    closing: tuple[str, ...]
    adjective: tuple[str, ...]
    vowels: tuple[str, ...]
    doubled: tuple[str, ...] = ()
    vowel_signs: tuple[str, ...] = ()


@cache
def _uncased_endings(lang: str) -> _GluedCases:
    """The language's glued case endings and stems (see _GluedCases); all empty for any other language."""
    sections = data.sections("name_cases.txt", lang)
    # A script two such languages write (Devanagari: Nepali मोदीले, Marathi मोदींनी) names only the first of them
    # (stemmed_lang): its names are read with the endings of every language of that script.
    endings = {e for code, other in zip(LANGS, _NAME_CASE_FILES) if code == lang or sections.get("script")
               and other.get("script") == sections["script"] for e in other.get("uncased", ())}
    return _GluedCases(tuple(sorted(endings, key=len, reverse=True)),
                       tuple(sections.get("truncating", ())), (sections.get("nominative") or [""])[0],
                       tuple(sections.get("closing", ())), tuple(sections.get("adjective", ())),
                       tuple(" ".join(sections.get("vowels", ())).split()), tuple(sections.get("doubled", ())),
                       tuple(sections.get("vowel_signs", ())))


_STEM_LEAST = 3
"""The fewest letters a word keeps once its case ending is off (ერდოღანს, not ერდ + ...)."""


def _case_split(word: str, lang: str) -> tuple[str, str]:
    """(stem, ending) of a word of a glued-case language: the longest [uncased] ending that leaves three letters
    (ფაშინიანმა: ფაშინიან, მა; კობახიძე: კობახიძე, '')."""
    cases = _uncased_endings(lang)
    for ending in cases.endings:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_LEAST:
            stem = word[: -len(ending)]
            # An ending opening with a vowel sign follows a consonant-final name, whose pulli it took (ஜெய்சங்கருடன்:
            # ஜெய்சங்கர்), and whose final stop it doubled (ஹேரத்துடன்: ஹேரத்).
            if cases.vowel_signs and ending.startswith(cases.vowel_signs):
                if stem.endswith(cases.doubled):
                    stem = stem[:-1]
                elif cases.truncating and not stem.endswith(cases.truncating):
                    stem += cases.truncating[0]
            return stem, ending
    return word, ""


@cache
def _vowel_kept(lang: str) -> dict[str, frozenset[str]]:
    """name_cases.txt [vowel_kept]: the endings whose first letter, a vowel sign, is the name's own last vowel (Bengali
    -ির of আউফি), by that first letter; see uncased_stem."""
    kept: dict[str, set[str]] = {}
    for e in " ".join(data.sections("name_cases.txt", lang).get("vowel_kept", [])).split():
        kept.setdefault(data.marks_as_letters(e)[:1], set()).add(data.marks_as_letters(e))
    return {k: frozenset(v) for k, v in kept.items()}


def uncased_stem(word: str, lang: str) -> str:
    """The key of a name's word in a glued-case language: no case ending and no truncating stem vowel (nor the
    nominative's, which a vowel-final name keeps before an ending), so that
    every form of one name shares it (კობახიძე, კობახიძემ, კობახიძის: კობახიძ; ფაშინიანი, ფაშინიანმა,
    ფაშინიანთან: ფაშინიან). The word itself in a language without [uncased] endings."""
    cases = _uncased_endings(lang)
    if not cases.endings:
        return word
    if _hyphened_particle(word, lang):
        # "আল-আউফির", "আল-আউফি": the family name after its particle is stemmed as one alone is.
        particle, hyphen, rest = word.partition("-")
        return particle + hyphen + uncased_stem(rest, lang)
    stem, ending = _case_split(word, lang)
    if ending and ending[:1] in _vowel_kept(lang) and ending in _vowel_kept(lang)[ending[:1]]:
        # (Bengali -র after a vowel sign, listed with it (-ির: আউফির): the vowel is the name's own, as its
        # nominative আউফি ends, so it goes back on the stem before the nominative's vowel comes off below.)
        stem += ending[:1]
    # (A vowel-final name keeps its vowel before a consonant ending: ზელენსკიმ, ზელენსკის are ზელენსკი's.)
    if stem.endswith((*cases.truncating, cases.nominative)) and len(stem) > _STEM_LEAST:
        stem = stem[:-1]
    return stem


def oblique_case(word: str, lang: str) -> bool:
    """Whether a word of a glued-case language carries a case ending other than the nominative's (კობახიძემ,
    ფაშინიანის, ერდოღანთან; not ფაშინიანი, კობახიძე)."""
    ending = _case_split(word, lang)[1]
    return bool(ending) and ending != _uncased_endings(lang).nominative


def closes_name(word: str, lang: str) -> bool:
    """Whether a word ends a name in a glued-case language: a case ending other than the nominative's (only a
    name's last word declines: მარიამ კვრივიშვილმა) or a family name's stem (-შვილი, -ძე, -იანი, -ევი: ბოჭორიშვილი,
    ფაშინიანი), so a name's run after a role stops there, however the sentence goes on."""
    stem = _case_split(word, lang)[0]
    closing = _uncased_endings(lang).closing
    return oblique_case(word, lang) or bool(closing) and (stem.endswith(closing) or uncased_stem(word, lang).endswith(closing))


def adjective_word(word: str, lang: str) -> bool:
    """Whether a word of a glued-case language is an adjective by its stem (ოფიციალური, პოლიტიკურ: [adjective])."""
    adjective = _uncased_endings(lang).adjective
    return bool(adjective) and uncased_stem(word, lang).endswith(adjective)


def _uncased_nominative(word: str, forms: Iterable[str], lang: str) -> str:
    """A name's last word in the nominative: the form of the same stem the text writes without an oblique ending
    (კობახიძე, ფაშინიანი), else the stem and the [nominative] ending after a consonant (კვრივიშვილმა:
    კვრივიშვილი)."""
    if not oblique_case(word, lang):
        return word
    key = uncased_stem(word, lang)
    for form in forms:
        last = form.rpartition(" ")[2]
        if last != word and uncased_stem(last, lang) == key and not oblique_case(last, lang):
            return last
    stem = _case_split(word, lang)[0]
    cases = _uncased_endings(lang)
    return stem if stem.endswith(cases.vowels) else stem + cases.nominative

# A Kazakh-style case ending on an -ов/-ев/-ин surname (Тоқаевтың, Путинмен; name_cases.txt [surname]):
# only after the surname's own ending, which Russian never follows with these.
# Azerbaijani does the same in Latin script, no apostrophe (Əsədovun, Əliyevə, Əliyevi, Əsədovla): there only an
# ending in harmony with the surname's vowel (back after -ov: un, u, la; front after -ev: in, i, ə, lə) and after two
# letters more, so that Czech and Slovak -ovi (Ficovi, Babišovi) and given names (Kevin, Levin) keep their ending.
_LATIN_SURNAME_CASES = [e for e in _name_cases("surname") if e.isascii() or not re.search("[\u0400-\u04ff]", e)]


class _Endings:
    """A regex each of whose alternatives ends at the word's end ($), and the endings it is built of. The regex
    alone tries its long alternation at every position of a word: here a word that ends in none of the endings
    (most words asked about: German nouns) is answered by a set look-up of its last letters and one endswith(),
    and the others are searched from where the longest ending could start (a look-behind still reads the
    letters before)."""

    __slots__ = ("pattern", "_endings", "_ones", "_twos", "_longest")

    def __init__(self, pattern: str, endings: Iterable[str]) -> None:
        self.pattern = re.compile(pattern)
        self._endings = tuple(endings)
        # (An empty ending would match any word: then every word is searched whole.)
        self._ones = frozenset(e for e in self._endings if len(e) == 1) if all(self._endings) else None
        self._twos = frozenset(e[-2:] for e in self._endings if len(e) > 1)
        # ($ also matches before a final line break: one more character.)
        self._longest = max(map(len, self._endings), default=0) + 1

    def search(self, word: str) -> re.Match[str] | None:
        """The pattern's match in the word, if any."""
        if self._ones is None:
            return self.pattern.search(word)
        if word.endswith("\n"):
            return self.pattern.search(word)
        if (word[-2:] not in self._twos and word[-1:] not in self._ones) or not word.endswith(self._endings):
            return None
        return self.pattern.search(word, max(0, len(word) - self._longest))

    def sub(self, repl: str, word: str) -> str:
        """The word with the pattern's match replaced."""
        return self.pattern.sub(repl, word)


_SURNAME_CASE = _Endings(
    r"(?<=[оеёи][вн])(?:" + _ending_pattern("surname") + r")$"
    + "".join(r"|(?<=\w\w" + vowel + r"v)(?:" + "|".join(map(re.escape, endings)) + r")$"
              for vowel, endings in (("o", [e for e in _LATIN_SURNAME_CASES if re.search("[aıou]", e)]),
                                     ("e", [e for e in _LATIN_SURNAME_CASES if re.search("[eəiöü]", e)]))
              if endings)
    # Uzbek endings know no vowel harmony (Qudratovning, Ergashevga, Xoʻjayevni): any of them after -ov or -ev.
    + "".join(r"|(?<=\w\w[oe]v)(?:" + "|".join(map(re.escape, free)) + r")$"
              for free in [_name_cases("surname_free")] if free)
    # Turkmen spells the surname -ow/-ew and glues the case in harmony with it (Berdimuhamedowyň, Meredowdan;
    # Tokaýewiň, Tokaýewe; name_cases.txt [surname_w]); its genitive -yň/-iň/-nyň/-niň, whose ň no other Latin
    # language writes, after any name (Putiniň, Lukaşenkonyň).
    + "".join(r"|(?<=\w\w" + vowel + r"w)(?:" + "|".join(map(re.escape, endings)) + r")$"
              for vowel, endings in (("o", [e for e in _name_cases("surname_w") if re.search("[aouy]", e)]),
                                     ("e", [e for e in _name_cases("surname_w") if re.search("[eäiöü]", e)]))
              if endings)
    + "".join(r"|(?<=\w\w\w)(?:" + "|".join(map(re.escape, gen)) + r")$"
              for gen in [_name_cases("genitive_any")] if gen)
    # Armenian (name_cases.txt [armenian]): any case ending after an -յան surname (Փաշինյանի: Փաշինյան), and the
    # article -ը after any name's final consonant (Պուտինը); no name ends in ը.
    + "".join(r"|(?<=\w\wյան)(?:" + "|".join(map(re.escape, arm)) + r")$|(?<=\w\w[բգդզթժլխծկհձղճմյնշչպջռսվտրցփքֆ])ը$"
              for arm in [_name_cases("armenian")] if arm),
    # (Every ending of the alternatives above.)
    [*(e for section in ("surname", "surname_free", "surname_w", "genitive_any", "armenian") for e in _name_cases(section)),
     "ը"])
# Case endings that come off a name's last word where the text writes it bare too (name_cases.txt [bare_known]).
_BARE_KNOWN_CASES = _name_cases("bare_known")
# A case ending glued to a place's name (Астанаға, Мәскеуде; name_cases.txt [place]), after three letters.
_PLACE_CASE = _Endings(r"(?<=\w\w\w)(?:" + _ending_pattern("place") + r")$", _name_cases("place"))

# A surname's nominative ending in Kazakh and Russian spelling (Тоқаев, Путин, Назарбаева, Әбішұлы), and the
# Latin -ov/-ev/-ova/-eva that Azerbaijani declines the same way (Əliyev Tokayevi qəbul edib: two people), and the
# Turkmen -ow/-ew/-owa/-ewa (not after r or h: Andrew, Matthew).
_SURNAME_END = re.compile(r"(?:[оеё]в|ин|ова|ева|ина|ұлы|қызы|[oe]v|ova|eva|(?<=\w\w)owa?|(?<=\w[^\Wrh])ewa?)$")
# Surname endings of the Slavic patronymic type (Радуловиќ, Petrović, Kowalski): a word so ending is a surname.
_PATRONYMIC_SURNAME = re.compile(r"(?:i[ćč]|и[ћќч]|ич|sk[iaý]|ск[иа]|ський|ská)$")


def _ends_surname_run(before: str, last: str, nxt: str) -> bool:
    """Whether a name ends at `last`, an -ov/-ev/-in surname after a given name (`before`): the capitalised
    word after it is a place or a project of a verb-last sentence (uz "Jeyhun Bayramov Boku porti", kk
    "Дәурен Қасымов Ташкент кездесуінің"). Not where `last` is a given name with such an ending and a
    surname follows ("Јаков Радуловиќ", "Константин Затулин"), nor after a family name written first: the
    words after it are given-name syllables, whatever they end in ("Ким Мин Сок", "Ли Чжэ Мин")."""
    return (bool(_SURNAME_END.search(last)) and not _SURNAME_END.search(before) and before not in family_first()
            and not _SURNAME_END.search(nxt) and not _PATRONYMIC_SURNAME.search(nxt))


def _is_country_name(word: str) -> bool:
    """Whether the written word names a country in the gazetteer (Кыргызстан, Türkiye), not a city or region."""
    place = places.lookup(word)
    return place is not None and place.kind == "country"


def _kazakh_place_form(word: str) -> bool:
    """A known place's name with a Kazakh case ending glued to it (Астанаға, Мәскеуде)."""
    if _PLACE_CASE.search(word) is None:
        return False
    # (Every ending that fits, not the longest alone: Azərbaycanın is Azərbaycan and -ın, no Azərbayca and -nın.)
    # A place of two words joined by a hyphen before its ending (Kuala-Lumpurda): the gazetteer spells it spaced.
    return any(places.lookup(stem := word[: -len(e)]) is not None
               or ("-" in word and places.lookup(stem.replace("-", " ")) is not None)
               for e in _PLACE_CASE._endings if word.endswith(e) and len(word) - len(e) >= 3)


# A Croatian, Serbian or Bosnian -ić surname in the genitive, dative or locative, or instrumental (Milatovića,
# Plenkoviću, Vučićem; Вучића): a woman's -ić does not decline, so these are a man's, and the ending is the case.
_SOUTH_SLAVIC_CASE = re.compile(r"(?<=i[ćđ])(?:a|u|em)$|(?<=и[ћђ])(?:а|у|ем)$")
_SS_CONSONANT = "bcćčdđfghjklmnprsštvzžбвгдђжзјклљмнњпрстћфхцчџш"
# A man's given name in the case of his -ić surname, by that case (a, u, em: the Latin letters), as
# (ending, nominative ending, the letters before it): the first that fits. A consonant then k or g ends a
# name in -o (Željka, Darku: Željko, Darko); a consonant then r takes a fleeting a back (Aleksandra:
# Aleksandar); -e and -i are the cases of a man's name in -a (Ivice, Nikoli: Ivica, Nikola), and so is -u
# beside a surname's -a: the accusative, where a man's -ić surname takes the genitive's -a (Ivicu Dačića, Nikolu
# Petrovića: Ivica, Nikola; a dative -u would put -u on the surname too).
_SS_GIVEN = {
    "a": (("e", "a", "cčćjlnrsšzž"), ("u", "a", ""), ("a", "o", "kg"), ("a", "", "r"), ("a", "", "")),
    "u": (("i", "a", "cčćjlnrsšzž"), ("u", "o", "kg"), ("u", "", "r"), ("u", "", "")),
    "em": (("om", "o", "kg"), ("om", "a", "c"), ("om", "", "r"), ("om", "", ""), ("em", "", "jcčćđšž")),
}
_SS_CYRILLIC = str.maketrans("aeiuocćčđjkglnrsšzžm", "аеиуоцћчђјкглнрсшзжм")


def _particle_surname_nominative(words: list[str], counts: Counter[str]) -> str | None:
    """A name whose surname opens with particles (Barta De Wevera beside De Wever; Ursuli von der Leyen), in
    the nominative: the particles set aside in it and in every form of the text, the name declines as a
    simple one would (Barta Wevera beside Wever: Bart Wever), and they go back before the surname; None when
    there are no such particles or the name has no other nominative."""
    particles = _particles().words
    j = len(words) - 1
    while j > 1 and words[j - 1].lower() in particles:
        j -= 1
    run = words[j:-1]
    if not run or words[0].lower() in particles:
        return None
    n, low = len(run), [w.lower() for w in run]
    core: Counter[str] = Counter()
    for form, c in counts.items():
        fw = form.split()
        # (Each form without the same particles before its last word is kept as it is.)
        if len(fw) > n and [w.lower() for w in fw[-n - 1 : -1]] == low:
            fw = fw[: -n - 1] + fw[-1:]
        core[" ".join(fw)] += c
    given = words[:j]
    plain = nominative(" ".join(given + words[-1:]), core).split()
    if len(plain) != len(given) + 1 or plain == given + words[-1:]:
        return None
    return " ".join(plain[:-1] + run + plain[-1:])


def _south_slavic_given(word: str, case: str, cyrillic: bool) -> str | None:
    """A man's word of a name in the case of his -ić surname (Jakova, Andrejem, Željku, Ivice) in the
    nominative (Jakov, Andrej, Željko, Ivica); None when its ending does not fit the case."""
    for old, new, before in _SS_GIVEN[case]:
        if cyrillic:
            old, new, before = old.translate(_SS_CYRILLIC), new.translate(_SS_CYRILLIC), before.translate(_SS_CYRILLIC)
        stem = word[: -len(old)]
        if not word.endswith(old) or len(stem) < 3 or stem[-1].lower() not in _SS_CONSONANT:
            continue
        if before and stem[-1] not in before:
            continue
        if new == "o" or (before and before in "kgкг"):
            # (k or g after another consonant: Željk-o; after a vowel the name ends there: Dominika, Dominik)
            if stem[-2:-1].lower() not in _SS_CONSONANT:
                continue
        if before in ("r", "р"):
            if stem[-2:-1].lower() not in _SS_CONSONANT or stem[-2:-1] in "jј":
                continue
            return stem[:-1] + ("а" if cyrillic else "a") + stem[-1]  # Aleksandra: Aleksandar
        if not new and not before and len(stem) < 4:
            return None  # (Mila, Dina: Milo or Mila, no three-letter name to trust)
        if not new and (stem[-2:].lower() in ("oj", "ој") or stem[-1:].lower() in ("đ", "ђ")):
            # No man's name ends in -oj or -đ: they end in -e (Hrvojem, Miloja, Đorđa: Hrvoje, Miloje, Đorđe).
            return stem + ("е" if cyrillic else "e")
        return stem + new
    return None


def _czech_feminine_nominative(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A Czech or Slovak woman's name in the instrumental or accusative, -ou on every word (s Annou Dvořákovou,
    Janou Novotnou), beside the text's lone nominative -á of the surname (Dvořáková): Anna Dvořáková; else None."""
    if not given or not last.endswith("ou") or not all(len(w) > 3 and w.endswith("ou") for w in given):
        return None
    lone = last[:-2] + "á"
    return " ".join([*(w[:-2] + "a" for w in given), lone]) if counts.get(lone) else None


def _south_slavic_nominative(words: list[str], counts: Counter[str]) -> str | None:
    """A man's full name with a Croatian, Serbian or Bosnian -ić surname in a case (Jakova Milatovića,
    Andrejem Plenkovićem, Aleksandru Vučiću): every word in the nominative, a given name the text writes
    elsewhere first; None without such a surname or when a word's ending does not fit its case."""
    case_of = [_SOUTH_SLAVIC_CASE.search(w) for w in words]
    found = next((m for m in reversed(case_of) if m is not None), None)
    if found is None:
        return None
    cyrillic = bool(_CYRILLIC.match(words[-1]))
    case = {"а": "a", "у": "u", "ем": "em"}.get(found[0], found[0])
    out = []
    for w, m in zip(words, case_of):
        if m is not None:
            out.append(w[: m.start()])
            continue
        named = _south_slavic_given(w, case, cyrillic)
        if named is None:
            return None
        out.append(named)
    return " ".join(out)


# A woman's surname in the nominative that a man's genitive shares (Петрова, Лаврова, Путина, Petrova, Nowikowa).
_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|єва|ина|ына|іна|ova|eva|ina|yna|owa|ewa)$")
# A woman's given name by its ending alone: a double consonant or -ья before the -а no man's nominative
# has (Анна, Жанна, Алла, Наталья, Дарья).
_FEMININE_GIVEN_SHAPE = re.compile(r"(?:нна|лла|ья|nna|lla|ya)$")


@cache
def _feminine_given() -> frozenset[str]:
    """Women's given names a man's genitive could be mistaken for (data/any/feminine_given.txt): Анна, Мария."""
    return frozenset(_entries("any", "feminine_given"))


@cache
def _given_genders() -> dict[str, str]:
    """Given names by their bearers' gender, "f" or "m" (data/any/given_names_gender.txt): Anna f, Lars m."""
    sections = data.sections("given_names_gender.txt", "any")
    return {name.lower(): gender for gender in ("f", "m") for name in sections.get(gender, ())}


def _given_word_gender(word: str) -> str | None:
    """The gender a given name shows: listed whole (Jean-Pierre), or each part of a hyphenated one
    listed with one gender (Anne-Sophie); None for an unknown or ambiguous name (Jean, Andrea)."""
    genders = _given_genders()
    low = word.lower()
    if low in genders:
        return genders[low]
    parts = {genders.get(part) for part in low.split("-")} if "-" in low else {None}
    return next(iter(parts)) if len(parts) == 1 else None


@lru_cache(maxsize=4096)
def _given_name_gender(person: str | None) -> str | None:
    """The gender a person's given name shows ("Anna Berg" f, "Lars Holm" m), else None: the first word of a
    name of two words or more, the last when the first is a family name written first (Chinese, Korean usage).
    A lone word is a surname as often as not (Thomas, Ali), so it tells nothing."""
    words = person.split() if person else []
    if len(words) < 2:
        return None
    gender = _given_word_gender(words[0])
    if gender is None and words[0] in family_first():
        gender = _given_word_gender(words[-1])
    return gender


def _womans_nominative(given: list[str], last: str) -> bool:
    """A woman's name in the nominative: every given word a woman's name and a surname in -ова/-ина
    (Анна Петрова, Мария Захарова), though a man's genitive looks the same (Ивана Петрова)."""
    return bool(given) and _FEMININE_SURNAME.search(last) is not None and all(
        w.lower() in _feminine_given() or (len(w) > 3 and _FEMININE_GIVEN_SHAPE.search(w.lower())) for w in given)


def _case_shortened(parts: list[str], words: list[str]) -> bool:
    """Each of `parts` is the word of `words` at its place or that word less a case ending of up to three
    letters, two words at least shortened (a given name and a surname in one case: Владимира Путина;
    one word alone may be a spelling, Salmane and Salman). A Cyrillic word in -а or -я (a man's name too: Лула,
    Силва, Никита) trades that letter for its instrumental ending (Лулой да Силвой, Никитою)."""
    return len(parts) == len(words) and all(
        (w.startswith(p) and len(w) - len(p) <= 3 or _a_stem_instrumental(p, w)) and len(p) >= 3
        for p, w in zip(parts, words)) and sum(map(str.__ne__, parts, words)) >= 2


# A Russian or Ukrainian noun in -а/-я in the instrumental: -ой, -ей, -ёй (ru), -ою, -ею, -єю (uk; ru poetic).
_A_STEM_INSTRUMENTAL = ("ой", "ей", "ёй", "ою", "ею", "єю")


def _a_stem_instrumental(nominative: str, form: str) -> bool:
    """`form` is the instrumental of the Cyrillic -а/-я word `nominative` (Лула: Лулой; Силва: Силвой)."""
    return nominative.endswith(("а", "я")) and form.startswith(nominative[:-1]) and (
        form[len(nominative) - 1 :] in _A_STEM_INSTRUMENTAL)


# The case ending of a given name written after the family name (Си Цзиньпина, Ким Чен Ыном, Сі Цзіньпінові):
# a masculine noun's, after a consonant, on a stem of three letters or more (Ли На stays).
_FAMILY_FIRST_OBLIQUE = re.compile(r"(?<=\w[бвгґджзклмнпрстфхцчшщ])(?:а|у|ом|ем|ові|еві)$")
# Russian and Ukrainian case endings no nominative surname has (Сибіги, Путиным, Зеленського), and the
# given names' endings in those cases with their nominative (Андрія: Андрій; Владимиром: Владимир).
_SLAVIC_OBLIQUE = frozenset(("и", "ы", "і", "у", "ю", "ою", "ем", "ом", "ым", "им", "ові", "еві", "ого", "его", "ому"))
# Belarusian writes the instrumental -ам (Аляксандрам, Джамшыдам: Аляксандр) where Russian writes -ом.
_SLAVIC_GIVEN = (("ія", "ій"), ("ия", "ий"), ("ея", "ей"), ("єм", "й"), ("ем", "й"), ("ом", ""), ("ам", ""))
_SLAVIC_GENITIVE = frozenset(("ого", "его"))
# Languages whose role takes another role as a complement in the genitive, without a preposition
# (помощник президента), and that genitive's endings (a masculine or feminine noun's).
_GENITIVE_LANGS = frozenset(("ru", "uk", "be", "pl", "cs", "sk"))
# How many words the party or body between a role's preposition and its holder's name may have
# ("депутатът от „Продължаваме промяната“ Калоян Димов").
PARTY_WORDS = 3
# How many words an institution's name with lower-case prepositions and articles of its own may run over between
# its role's preposition and the holder's name ("de Unión por la Patria Germán Ríos").
INSTITUTION_NAME_WORDS = 6
_QUOTE_OPENING = "„“«\"‚‘"
_QUOTE_CLOSING = "“”»\"‘’"
# Languages that set a role after its holder's name with no comma (Orbán Viktor miniszterelnök).
_ROLE_AFTER_NAME = frozenset(("hu",))
# An introduction's name_start when the holder's name came right before the role ("Orbán Viktor miniszterelnök").
_HOLDER_BEFORE = -1
_GENITIVE_ENDINGS = ("а", "я", "ы", "и", "a", "y", "u")
# Endings a three-letter name stem takes that no other ending list holds (Лама, Ламе).
_SLAVIC_SHORT_ONLY = frozenset(("а", "я", "е"))
_CONSONANT_A = re.compile(r"[бвгґджзклмнпрстфхцчшщ]а$")


# A Cyrillic masculine surname's nominative ends in a consonant (Лавров, Єрмак, Гайдай): its genitive adds -а.
_CONSONANT_END = re.compile(r"[бвгґджзклмнпрстфхцчшщй]$")
# Masculine given names' genitive endings in -я with their nominative (Сергея, Дмитрия, Андрія).
_GENITIVE_GIVEN = (("ея", "ей"), ("ия", "ий"), ("ія", "ій"))


def _genitive_given(given: list[str]) -> list[str] | None:
    """The nominative of Cyrillic given names in a man's genitive (Сергея: Сергей; Владимира: Владимир), or None."""
    return _given_nominatives(given, _GENITIVE_GIVEN, _CONSONANT_A)


def _given_nominatives(given: list[str], endings: tuple[tuple[str, str], ...], consonant_a: re.Pattern[str]
                       ) -> list[str] | None:
    """Men's given names in an oblique case, each by the first of its endings that fits (old, new) or
    else a case -a after a consonant dropped; None when one of them fits neither."""
    named = []
    for w in given:
        end = next(((old, new) for old, new in endings if w.endswith(old) and len(w) > len(old) + 2), None)
        if end is not None:
            named.append(w[: -len(end[0])] + end[1])
        elif consonant_a.search(w) and len(w) > 3:
            named.append(w[:-1])
        else:
            return None
    return named


# A man's given name in the instrumental with -ем after a consonant is a soft stem's (Каролем, Василем, Игорем:
# Кароль, Василь, Игорь), a hushing one's without a soft sign (Янушем: Януш); -ем after a vowel is -й's (Сергеем).
_SOFT_INSTRUMENTAL = re.compile(r"[бвгґдзклмнпрстфх]ем$")
_HUSHING_INSTRUMENTAL = re.compile(r"[жчшщц]ем$")
# Ukrainian writes its soft -р names with no soft sign (Ігорем: Ігор), Russian with one (Игорем: Игорь).
_UKRAINIAN_LETTERS = re.compile("[ІіЇїЄєҐґ]")


def _given_nominative(w: str, old: str, new: str) -> str:
    """A Cyrillic man's given name in an oblique case with its ending `old`, in the nominative: `new` in its
    place, or for -ем after a consonant the soft stem's nominative (Каролем: Кароль, not Каролй)."""
    if old == "ем" and _HUSHING_INSTRUMENTAL.search(w):
        return w[:-2]
    if old == "ем" and _SOFT_INSTRUMENTAL.search(w):
        return w[:-2] + ("" if w[-3] == "р" and _UKRAINIAN_LETTERS.search(w) else "ь")
    return w[: -len(old)] + new


def _slavic_nominative(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """The Cyrillic full name in the nominative, when the text writes the surname alone in it
    (Андрія Сибіги beside Сибіга: Андрій Сибіга) and each given word's ending tells its own; else None."""
    if not _CYRILLIC.match(last):
        return None
    for lone in counts:
        if " " in lone or lone == last or len(lone) < 4:
            continue
        # A Belarusian -еў/-аў surname's other cases write в for its ў (Ходжаеў: Ходжаевым, Ходжаева).
        key = lone[:-1] + "в" if lone.endswith("ў") else lone
        stem = len(next((p for p in (last[:n] for n in range(len(last), 3, -1)) if key.startswith(p)), ""))
        ending, own = last[stem:], key[stem:]
        if stem < 4 or ending not in _SLAVIC_OBLIQUE or own not in ("", "а", "я", "ий", "ій", "ый"):
            continue
        named = []
        for w in given:
            end = next(((old, new) for old, new in _SLAVIC_GIVEN if w.endswith(old) and len(w) > len(old) + 2), None)
            if end is not None:
                named.append(_given_nominative(w, *end))
            elif ending in _SLAVIC_GENITIVE and _CONSONANT_A.search(w):
                named.append(w[:-1])  # Володимира Зеленського
            else:
                return None
        return " ".join(named + [lone])
    return None


# Hungarian case endings of a name written family name first (Varga Gábornak, Nagy Annával, Sandu-val):
# only endings no nominative given name has: the accusative's bare -t is left alone (Gábort, but Róbert),
# and so is -et after b (Erzsébet).
_HU_CASE = re.compile(r"(?:(?P<hyphen>-)(?:val|vel|nak|nek|t|ot|et|öt|ról|ről|tól|től|hoz|hez|höz|ért|ként|nál|nél)"
                      r"|(?P<double>(?P<c>[bdfgklmnprstvz])(?P=c))(?:al|el)"
                      r"|(?<=[áé])(?:val|vel|t)"
                      r"|nak|nek|nál|nél|hoz|hez|höz|tól|től|ról|ről|ért|ként"
                      r"|(?<=[bcdfghklmnptvzćčšž])(?:ot|öt)|(?<=[cdfghklmnptvzćčšž])et)$")
_HU_LONG = {"á": "a", "é": "e"}
# The accusative -t after a vowel or a sonorant or sibilant (Gábort, Orbánt, Annát): ambiguous alone (Zsolt).
_HU_ACCUSATIVE = re.compile(r"[aeiouáéíóöőúüűjlnrsz]t$")


def _hungarian_nominative(words: list[str], counts: Counter[str]) -> str | None:
    """A name written family name first whose family name the text also writes alone (Varga), with a
    Hungarian case ending on its given name (Varga Gábornak, Varga Gáborral): the nominative; else None."""
    if len(words) != 2 or words[0] not in counts or not (m := _HU_CASE.search(words[1])) or m.start() < 3:
        return None
    stem = words[1][: m.start()] + (m["c"] if m["double"] else "")
    # A stem's long final vowel before an ending is short in the nominative (Annával: Anna).
    if not m["hyphen"] and stem[-1] in _HU_LONG:
        stem = stem[:-1] + _HU_LONG[stem[-1]]
    return f"{words[0]} {stem}"


def _romanian_nominative(form: str) -> str | None:
    """The nominative of a Romanian name whose feminine given name is in the genitive-dative (Maiei Sandu:
    Maia Sandu; Elenei Udrea: Elena Udrea), surnames unchanged; else None."""
    given, space, rest = form.partition(" ")
    if not space or len(given) < 5 or not given.endswith("ei"):
        return None
    return f"{given[:-2]}a {rest}"


# Hungarian -val/-vel after a doubled two-letter consonant (Vučiccsal: the stem's last sound is cs).
_HU_DIGRAPH_WITH = re.compile(r"(?:ccs|ssz|zzs|ggy|lly|nny|tty)(?:al|el)$")


def _hungarian_stems(word: str) -> list[str]:
    """The nominatives a lone Hungarian name with a case ending may have (Orbánnal, Orbánt: Orbán;
    Vučiccsal: Vučic), longest ending first; [] without one."""
    out = []
    if (m := _HU_CASE.search(word)) and m.start() >= 3:
        out.append(word[: m.start()] + (m["c"] if m["double"] else ""))
    if (m := _HU_DIGRAPH_WITH.search(word)) and m.start() >= 3:
        out.append(word[: m.start() + 1])
    if len(word) > 4 and _HU_ACCUSATIVE.search(word):
        out.append(word[:-1])
    return out


# Finnish case endings a role and the name after it share (presidentin Stubbin, ministerille Valtoselle).
_FI_CASES = ("n", "lle", "lta")
_FI_VOWELS = "aeiouyäöø"


def _finnish_nominative(form: str) -> str | None:
    """The nominative of a Finnish name form whose last word is in the genitive, allative or ablative:
    -sen, -selle is -nen (Valtosen: Valtonen), -in, -ille after a consonant goes (Kristerssonin: Kristersson),
    -n, -lle after a vowel goes (Orpon: Orpo). Consonant gradation (Saarikon: Saarikko) is not undone."""
    *given, last = form.split()
    for ending in _FI_CASES:
        if not last.endswith(ending) or len(last) < len(ending) + 3:
            continue
        stem = last[: -len(ending)]
        if stem.endswith("se") and len(stem) > 4:
            stem = stem[:-2] + "nen"
        elif stem.endswith("i") and stem[-2] not in _FI_VOWELS:
            stem = stem[:-1]
        elif stem[-1] not in _FI_VOWELS:
            return None
        return " ".join([*given, stem])
    return None


# Estonian case endings on a name's last word, a consonant-final stem's linking -i- or -e- included (Michali,
# Michaliga, Michalile; Karise, Karisega; Ficoga, Ficole); only the last word of a name declines (Kristen Michaliga).
_ET_CASES = frozenset(("ga", "le", "lt", "st", "s", "l", "ks", "ni", "na", "ta", "t")) | frozenset(
    v + e for v in "ie" for e in ("", "ga", "le", "lt", "st", "s", "l", "ks", "ni", "na", "ta", "t"))


def _estonian_nominative(best: str, forms: Sequence[str]) -> str:
    """An Estonian full name whose last word is the person's shorter form in the same text plus a case ending
    (Kristen Michaliga beside Michal): that shorter form's; else the name as it is."""
    *given, last = best.split()
    stems = [w for f in forms if (w := f.split()[-1]) != last and len(w) >= 3 and last.startswith(w)
             and last[len(w):] in _ET_CASES]
    return " ".join([*given, min(stems, key=len)]) if stems else best


# Polish masculine adjectival surnames in the genitive, dative or instrumental (Zełenskiego, Kowalskim),
# and the given names' endings in those cases with their nominative (Jerzego: Jerzy; Wołodymyrem: Wołodymyr).
_PL_ADJECTIVAL = re.compile(r"(.{3,}(?:sk|ck|dzk))(?:iego|iemu|im)")
_PL_GIVEN = (("ego", "y"), ("emu", "y"), ("owi", ""), ("em", ""))
_PL_CONSONANT_A = re.compile(r"[bcdfghjklłmnprstwzń]a$")


def _polish_nominative(given: list[str], last: str) -> str | None:
    """A Polish masculine full name in an oblique case, the nominative: "Wołodymyra Zełenskiego" is
    Wołodymyr Zełenski (a -skiego surname is a man's, and his given name's -a a case ending); else None."""
    m = _PL_ADJECTIVAL.fullmatch(last)
    if m is None or not given:
        return None
    named = _given_nominatives(given, _PL_GIVEN, _PL_CONSONANT_A)
    return None if named is None else " ".join(named + [m[1] + "i"])


# Case endings of a Czech, Slovak or Polish surname written in Latin letters (Fica, Babiše, Nausėdę,
# Fikowi), the nominative endings its lone form may have (Fico, Babiš, Nausėda), and a masculine given
# name's oblique endings after a consonant (Roberta, Andreje, Gitanasowi) with their nominative.
# Slovenian puts a j before the case ending of a stem in -r and of most foreign names (Bergerja,
# Bergerju, Bergerjem of Berger).
# Endings Lithuanian adds to a foreign name of three letters: the nominative and the commonest cases
# (Dan: Danas, Dano, Danui).
_LITHUANIANISED = frozenset(("as", "is", "us", "ys", "o", "ui", "io", "iui", "iu", "aus"))
# Lithuanian case endings by declension, folded (ą ę į ų ė: a e i u e): two forms of a name with one stem of four
# letters or more and two endings of one declension are one name (Budrys, Budrio; Nausėda, Nausėdos, Nausėdai;
# Kazlauskienė, Kazlauskienės); endings of two declensions are two names (Marius, Maria).
_LT_DECLENSIONS = (frozenset(("as", "o", "ui", "a", "u", "e")), frozenset(("is", "io", "iui", "i", "iu", "yje")),
                   frozenset(("ys", "io", "iui", "i", "iu", "yje")), frozenset(("us", "aus", "ui", "u", "umi", "uje")),
                   frozenset(("a", "os", "ai", "oje")), frozenset(("e", "es", "ei", "eje")))
_LATIN_OBLIQUE = frozenset(("a", "e", "u", "y", "ę", "ą", "ovi", "owi", "em", "om", "ou", "iem", "ja", "ju", "jem"))
_LATIN_OWN = frozenset(("", "o", "a"))
# Latvian case endings of a name, folded (š is s): the nominative -s (Mihals, Ozoliņš) and the genitive -as, dative
# -am/-ai/-im, -is, -es, -ei a name takes (Nausēdas, Mihalam, Siliņai, Merkeles): "Pēc Nausēdas teiktā" is Nausēda.
_LV_CASE_ENDS = frozenset(("s", "as", "am", "ai", "im", "is", "es", "ei"))
# Polish locatives after a stem's last consonant (Donaldzie, Janie), matched only against another case form.
_LOCATIVE_ENDS = frozenset(("ie", "zie", "ze"))  # (folded, "zie" is "ze")
_LATIN_GIVEN = re.compile(r"(?<=[bcdfghjklłmnprsštťvwzžřńćđč])(?:a|e|u|ovi|owi|em|iem|om)$")


# Czech and Slovak case endings of a foreign surname ending in -i or -y, declined as a soft adjective
# (Pellegrini: Pellegriniho, Pellegrinimu, Pellegrinim), after the vowel the nominative ends in.
_SOFT_OBLIQUE = frozenset(("ho", "mu", "m"))


def _oblique_part(part: str, lone: str) -> bool:
    """One surname word (or hyphenated part) in an oblique case of `lone`, its nominative: Fica of Fico,
    Kupky of Kupka, Pellegriniho of Pellegrini."""
    if part == lone or part[:3] != lone[:3]:
        return part == lone
    stem = len(next((p for p in (part[:n] for n in range(len(part), 2, -1)) if lone.startswith(p)), ""))
    if stem < 3:
        return False
    ending, own = part[stem:], lone[stem:]
    # A nominative vowel the case ending replaces (Fico, Ficom: the stem is Fic, not Fico).
    if own == "" and stem > 3 and part[stem - 1 :] in _LATIN_OBLIQUE and lone[stem - 1] in "oa":
        return True
    return (ending in _LATIN_OBLIQUE and own in _LATIN_OWN) or (
        not own and ending in _SOFT_OBLIQUE and lone[-1:] in "iyíý") or _fleeting_e(fold(lone), fold(part)) or (
        fold(own) in _CZ_ADJ_OWN and _cz_adjectival((fold(ending), fold(own)), fold(part[:stem])))


def _latin_oblique(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A Latin-script Slavic full name in an oblique case whose surname the text also writes alone in
    the nominative: "Roberta Fica" beside "Fico" is Robert Fico, "Martina Kupky-Dvořáka" beside
    "Kupka-Dvořák" is Martin Kupka-Dvořák (part by part); else None."""
    if _CYRILLIC.match(last) or not given:
        return None
    parts = _HYPHEN.split(last)
    for lone in counts:
        if " " in lone or lone == last or len(lone) < 4 or not lone[:1].isupper() or lone[:3] != last[:3]:
            continue  # (no three letters in common at the start: no stem)
        own = _HYPHEN.split(lone)
        if len(own) != len(parts) or not all(map(_oblique_part, parts, own)):
            continue
        named = []
        mans = True  # (every given word in a case only a man's name takes: not a woman's accusative -u, Annu)
        for w in given:
            if w.endswith("ą") and len(w) > 4 and w[-2] not in "aeiouy":
                # Polish declines a man's -o or -a given name as a woman's (Mychajłą of Mychajło, Kubą of Kuba):
                # after ł the Ukrainian and Belarusian -ło (Danyło, Kyryło), else -a.
                named.append(w[:-1] + ("o" if w[-2] == "ł" else "a"))
                continue
            m = _LATIN_GIVEN.search(w)
            if m is None or m.start() < 3:
                return None
            mans = mans and m[0] != "u"
            named.append(_fleeting_given(w[: m.start()]))
        # A man's given name in a case (checked above) makes a lone -ova/-eva/-ina his surname's genitive, not
        # its nominative (Rašidom Meredovom beside Meredova: Meredov); a Kupka stays, no -ov/-ev/-in stem.
        if mans and len(parts) == 1 and _MANS_GENITIVE_SURNAME.search(lone):
            lone = lone[:-1]
        return " ".join(named + [lone])
    return None


# The genitive (and accusative) -a of a man's -ov/-ev/-in surname, which the nominative a-stem of a Kupka or a
# Svoboda only looks like (Meredova, Lavrova, Putina in Czech, Slovak or Polish letters).
_MANS_GENITIVE_SURNAME = re.compile(r"(?<=...)(?:[oe][vw]|in|yn)a$")


def _fleeting_given(stem: str) -> str:
    """A given name's stem with the fleeting e its cases drop put back where the list of given names has that
    form and not the stem (Pavla, Jacka: Pavel, Jacek; but Petra is Petr, and Karla stays Karl: a listed stem
    wins, the language unknown here); else the stem itself.

    A man's name in -o declines as a consonant stem does (Bosnian, Croatian, Serbian, Czech: Alfonsom, Markem,
    Alfonsa): where the list has the name with its -o and not the bare stem, the -o comes back (Alfonso).
    """
    if len(stem) < 3 or stem[-1] in "aeiouy" or stem.lower() in _given_names():
        return stem
    if (stem + "o").lower() in _given_names():
        return stem + "o"
    if stem[-2] in "aeiouy":
        return stem
    back = stem[:-1] + "e" + stem[-1]
    return back if back.lower() in _given_names() else stem


# A Latin-script instrumental of a consonant-final name, every word of it (Donaldem Tuskiem, Zbigniewem Ziobrą
# is not: a feminine-declined surname keeps its own form): -iem after k or g, -em after another consonant.
_INSTRUMENTAL = re.compile(r"(?:(?<=[kg])iem|(?<=[bcdfhjlłmnprstwzńšžčřćđ])em)$")


def _instrumental_nominative(words: list[str], counts: Counter[str]) -> str | None:
    """The nominative of a full name the text writes only in cases, derived from its instrumental
    form where every word has the ending (Donaldem Tuskiem beside Donaldzie Tusku: Donald Tusk); else None."""
    if _CYRILLIC.match(words[-1]):
        return None
    heads = [fold(w)[:3] for w in words]
    for form in counts:
        # (Every instrumental ending ends in -em: a form whose last word does not is passed over at once, as most are.)
        if not form.rstrip().endswith("em"):
            continue
        parts = form.split()
        # (Compared word by word: most forms differ at their first word, whose fold alone is then asked for.)
        if len(parts) != len(words) or any(fold(w)[:3] != h for w, h in zip(parts, heads)):
            continue
        ends = [_INSTRUMENTAL.search(w) for w in parts]
        if all(m is not None and m.start() >= 3 for m in ends):
            return " ".join(w[: m.start()] for w, m in zip(parts, ends) if m is not None)
    return None


# A Cyrillic given name that does not decline (Эмомали, Абдулло): a vowel no case ending of a man's name ends in.
_INDECLINABLE_GIVEN = re.compile(r"[иоі]$")
# A Russian or Ukrainian man's surname after a consonant in the instrumental, genitive or dative (Рахмоном,
# Рахмона, Рахмону), and the given names' endings in that case with their nominative (Сергеем, Сергея, Сергею;
# no genitive -а: Анна beside Петров is a woman's nominative).
_MASC_OBLIQUE = {"ом": (("ом", ""), ("ем", "й"), ("ём", "й"), ("єм", "й")),
                 "ем": (("ом", ""), ("ем", "й"), ("ём", "й"), ("єм", "й")),
                 "ым": (("ом", ""), ("ем", "й"), ("ём", "й"), ("єм", "й")),
                 "им": (("ом", ""), ("ем", "й"), ("ём", "й"), ("єм", "й")),
                 "а": (("ея", "ей"), ("ия", "ий"), ("ія", "ій")),
                 "у": (("ею", "ей"), ("ию", "ий"), ("ію", "ій"), ("у", "")), "ові": (("ові", ""), ("еві", "й"))}
# The instrumental endings a surname written alone in no case may be derived from (Рахмоном, Путиным,
# Зеленским: Рахмон, Путин, Зеленский); a genitive or dative alone could be a woman's nominative (Лаврова).
_MASC_INSTRUMENTAL = re.compile(r"(?:(?<=[бвгджзклмнпрстфхцчшщ])ом|(?<=[оеєиыі][внч])ым|(?<=[ое]в)им|(?<=[сц]к)им|(?<=[сц]ьк)им)$")
# A woman's given name in an oblique case (Эльвирой, Марией, Эльвиры, Марии, Ольги, Юлією) and its nominative.
_FEM_GIVEN = (("ией", "ия"), ("ьей", "ья"), ("ією", "ія"), ("ой", "а"), ("ою", "а"), ("ии", "ия"), ("ы", "а"))
_FEM_GIVEN_VELAR = re.compile(r"(?<=[гкхжшчщ])и$")
# Only the instrumental says a woman's name alone (Валентиной Матвиенко): no man's given name ends so.
_FEM_INSTRUMENTAL = ("ой", "ией", "ьей", "ою", "ією")
# A woman's surname in an oblique case (Набиуллиной, Захаровой, Бельской, Стефанішиною).
_FEM_SURNAME = re.compile(r"(?:(?P<adj>(?<=[сц]к)(?:ой|ою))|ой|ою)$")


def _cyrillic_oblique(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A Russian or Ukrainian full name in an oblique case, the nominative: the surname's nominative is the
    lone form the text writes (Эмомали Рахмоном beside Рахмона: Эмомали Рахмон), or an instrumental's own
    (Эмомали Рахмоном, Эльвирой Набиуллиной: Набиуллина; Валентиной Матвиенко keeps its surname); else None."""
    if not given or not _CYRILLIC.match(last) or len(last) < 5:
        return None
    feminine = [_fem_given(w) for w in given]
    if all(feminine):
        # A woman's name: her surname declines only when adjectival or in -ов/-ин (Захаровой, Набиуллиной).
        m = _FEM_SURNAME.search(last)
        if m is None:
            if not any(w.endswith(_FEM_INSTRUMENTAL) for w in given):
                return None
            return " ".join([*map(str, feminine), last])
        stem = last[: m.start()]
        lone = next((f for f in counts if f in (stem + "а", stem + "ая", stem + "а")), None)
        return " ".join([*map(str, feminine), lone or stem + ("ая" if m["adj"] else "а")])
    a_stem = _a_stem_man(given, last)
    if a_stem is not None:
        return a_stem
    if _HYPHEN.search(last) and (double := _double_surname_nominative(given, last, counts)):
        return double
    for ending, endings in _MASC_OBLIQUE.items():
        if not last.endswith(ending) or not _CONSONANT_END.search(stem := last[: -len(ending)]):
            continue
        named = []
        for w in given:
            end = next(((old, new) for old, new in endings if w.endswith(old) and len(w) > len(old) + 2), None)
            if end is not None and not (end[0] in ("а", "у") and not _CONSONANT_END.search(w[:-1])):
                named.append(_given_nominative(w, *end))
            elif _INDECLINABLE_GIVEN.search(w) and len(w) > 3:
                named.append(w)  # (Эмомали Рахмона: the given name keeps its form)
            else:
                return None
        if stem in counts:
            return " ".join(named + [stem])
        if (m := _MASC_INSTRUMENTAL.search(last)) is not None:
            # (-ским: Зеленским is Зеленский; the Ukrainian -енко declines, Коваленком is Коваленко)
            stem = last[: m.start()]
            return " ".join(named + [stem + ("ий" if stem.endswith(("ск", "цк", "ськ", "цьк"))
                                             else "о" if stem.endswith("енк") else "")])
        return None
    return None


def _double_surname_nominative(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A man's Cyrillic double surname in a case, each part declined (Косіняком-Камишем), whose nominative the
    text writes alone (Косіняк-Камиш): that nominative, the given names in the first part's case; else None."""
    parts = _HYPHEN.split(last)
    ending = next((e for e in _MASC_OBLIQUE if parts[0].endswith(e)), None)
    if ending is None:
        return None
    for lone in counts:
        own = _HYPHEN.split(lone)
        if " " in lone or len(own) != len(parts) or not all(
                p != o and p.startswith(o) and p[len(o):] in _MASC_OBLIQUE and _CONSONANT_END.search(o)
                for p, o in zip(parts, own)):
            continue
        named = []
        for w in given:
            end = next(((old, new) for old, new in _MASC_OBLIQUE[ending] if w.endswith(old) and len(w) > len(old) + 2), None)
            if end is None:
                return None
            named.append(_given_nominative(w, *end))
        return " ".join(named + [lone])
    return None


# A given name no case ending of a man's ends in (Инасиу, Эмомали, Жозе): it keeps its form in every case.
_INDECLINABLE_ANY = re.compile(r"[иоуеіэ]$")
# The instrumental endings of a hard -а word after a consonant (Силвой, Силвою): its nominative is the stem and а.
_HARD_A_INSTRUMENTAL = ("ой", "ою")


def _a_stem_man(given: list[str], last: str) -> str | None:
    """A man's Cyrillic name in the instrumental whose surname ends in -а (Луисом Инасиу Лулой Силвой: Луис
    Инасиу Лула Силва; Никитой Михалковым is not one): a man's given name in -ом or -ем says whose it is,
    so a surname in -ой or -ою after a consonant is an -а word's instrumental, not a woman's; else None."""
    if not last.endswith(_HARD_A_INSTRUMENTAL) or not _CONSONANT_END.search(last[:-2]):
        return None
    named, man = [], False
    for w in given:
        end = next(((old, new) for old, new in _MASC_OBLIQUE["ом"] if w.endswith(old) and len(w) > len(old) + 2), None)
        if end is not None:
            named.append(_given_nominative(w, *end))
            man = True
        elif w.endswith(_HARD_A_INSTRUMENTAL) and len(w) > 4 and _CONSONANT_END.search(w[:-2]):
            named.append(w[:-2] + "а")  # (Лулой: a second -а name before the surname, Лула)
        elif _INDECLINABLE_ANY.search(w) and len(w) > 3:
            named.append(w)
        else:
            return None
    return " ".join(named + [last[:-2] + "а"]) if man else None


def _fem_given(w: str) -> str | None:
    """A woman's Cyrillic given name in an oblique case, in the nominative (Эльвирой: Эльвира); else None."""
    if len(w) < 4:
        return None
    end = next(((old, new) for old, new in _FEM_GIVEN if w.endswith(old)), None)
    if end is not None:
        return w[: -len(end[0])] + end[1]
    return w[:-1] + "а" if _FEM_GIVEN_VELAR.search(w) else None


# Cyrillic feminine given names in the accusative (Марину, Маю, Юлію), and their nominative ending.
# A feminine surname's own accusative (Захарову, Зеленську, Толстую): the surname declines, no lone form to trust.
_DECLINED_ACCUSATIVE = re.compile(r"(?:ову|еву|єву|ину|їну|ську|цьку|ску|цку|ую|юю)$")
_ACCUSATIVE_GIVEN = re.compile(r"(?:(?<=[бвгґджзклмнпрстфхцчшщ])у|(?<=[аеєиіїоуюяь])ю)$")


# The accusative, dative and instrumental endings of a South Slavic a-stem surname (Матарелу, Матарели,
# Матарелом; Mattarellu), whose nominative ends in -a.
_A_STEM_OBLIQUE = re.compile(r"(?<=[^\W\d_]{3})(?:u|i|om|у|и|ом)$")


def _a_stem_surname(last: str, counts: Counter[str]) -> str | None:
    """The lone nominative of an a-stem surname (Matarela, Mattarella, Петрова) given in a full name in an oblique
    case ("Серђа Матарелу", the accusative), when the text writes that nominative alone; else None. A man's
    given name's nominative cannot be told from its case (Серђа is Серђо's, Марка Марко's, Александра
    Александар's): the caller shows the surname alone."""
    m = _A_STEM_OBLIQUE.search(last)
    if m is None:
        return None
    lone = last[: m.start()] + ("а" if _CYRILLIC.match(last) else "a")
    return lone if counts.get(lone, 0) > 0 else None


# A Polish man's surname in the instrumental (Nowakiem, Kowalskim, Starmerem): a given name in -ą before it is a
# man's a-stem (Kubą Nowakiem), no woman's.
_PL_MASCULINE_INSTRUMENTAL = ("em", "im", "ym")


def _polish_feminine_oblique(given: list[str], last: str) -> str | None:
    """A Polish woman's full name in the instrumental or accusative, in the nominative: given names in -ą (z Julią
    Swyrydenko, z Anną Kowalską) or -ę (Annę Kowalską), whose -a comes back, and a surname in -ą whose -a comes back
    too (Kowalską, Nowakową) or one that does not decline (Swyrydenko, Nowak); else None."""
    ending = given[0][-1:] if given else ""
    if ending not in ("ą", "ę") or last.endswith(("ę", *_PL_MASCULINE_INSTRUMENTAL)) or (
            ending == "ę" and not last.endswith("ą")):
        return None  # (an -ę given name before an undeclined surname: see _accusative_given)
    if not all(len(w) >= 3 and w.endswith(ending) and w[:1].isupper() for w in given):
        return None
    return " ".join([w[:-1] + "a" for w in given] + [last[:-1] + "a" if last.endswith("ą") else last])


def _a_stem_accusative(given: list[str], last: str) -> str | None:
    """A man's a-stem surname in the Polish instrumental or the Lithuanian accusative -ą after given names the
    language leaves as written ("z António Costą", "su António Costą": António Costa); None when a given name
    is declined too (Anną Kowalską: _polish_feminine_oblique; Gitaną Nausėdą, Emmanuelį Macroną: Lithuanian
    -as names, see _lithuanian_nominative)."""
    if (not given or len(last) < 4 or not last.endswith("ą") or last[-2] in "aeiouyąęėįų"
            or not all(w[:1].isupper() and w[-1:].isalpha() and w[-1] not in "ąęįųė" for w in given)
            or any(w.endswith(_PL_MASCULINE_INSTRUMENTAL) for w in given)):
        return None
    return " ".join([*given, last[:-1] + "a"])


def _accusative_given(given: list[str], last: str, counts: Counter[str]) -> str | None:
    """A Cyrillic full name whose surname does not decline (Санду, Тимошенко) and whose given name is in
    the accusative: "Маю Санду" is Мая Санду when the text writes the surname alone as given; else None.
    A Polish given name in -ę is an accusative too (Ursulę von der Leyen: Ursula), before an undeclined surname."""
    particles = _particles().words
    if given and given[0].endswith("ę") and len(given[0]) > 3 and not last.endswith(("ą", "ę")) and all(
            w.endswith("ę") or w.lower() in particles for w in given):
        return " ".join([w[:-1] + "a" if w.endswith("ę") else w for w in given] + [last])
    if polish := _polish_feminine_oblique(given, last):
        return polish
    if not _CYRILLIC.match(last) or last not in counts or not given or _DECLINED_ACCUSATIVE.search(last):
        return None
    named = []
    for w in given:
        m = _ACCUSATIVE_GIVEN.search(w)
        if m is None or len(w) < 3 or w.endswith(_FEM_INSTRUMENTAL):
            return None  # (Юлією is an instrumental, Юлія's: no accusative -ю, see _cyrillic_oblique)
        named.append(w[:-1] + ("а" if w[-1] == "у" else "я"))
    return " ".join(named + [last])


def _complement_tail(gap: str) -> bool:
    """Whether the text between a role's country and a name is its institution's lower-case words, at most three,
    and a comma at most ("… of Romania's lower house, X", "… rumunské dolní komory X")."""
    gap = gap.strip()
    gap = gap.removeprefix("'s").removeprefix("’s").removesuffix(",")
    words = gap.split()
    return 1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


class Mention(NamedTuple):
    """A reference to a person outside quotations: a name, a role phrase or a pronoun (a named tuple:
    resolving an article makes hundreds)."""

    start: int
    end: int
    form: str
    """As written (Tokajewa, il leader russo, er)."""
    kind: str
    """name, role or pronoun."""
    person: str | None
    """The person's fullest name in the article, once resolved."""
    after_preposition: bool = False
    """True when a preposition precedes it (di Tokayev): rarely the subject."""
    subject: bool = False
    """The first person its sentence names outside quotations, and no preposition before it."""


class _Paragraph:
    """The words of one paragraph as parallel lists: most words are looked at once, so none gets an object."""

    __slots__ = ("words", "gaps", "starts", "ends", "initial", "kinds", "caps", "runs", "names", "events")

    def __init__(self, words: list[str], gaps: list[str], starts: list[int], ends: list[int],
                 initial: list[bool], kinds: list[int], caps: list[bool]) -> None:
        """The lists of _cut(), the paragraph's own."""
        self.words = words
        self.gaps = gaps
        """The characters before each word (since the previous one)."""
        self.starts = starts
        self.ends = ends
        self.initial = initial
        """First word of a sentence (its capital says nothing)."""
        if words:
            initial[0] = True
        self.kinds = kinds
        """Lexicon.kind() of each word."""
        self.caps = caps
        """Capitalised as a name is (kind K_NAME)."""
        self.runs: list[tuple[int, int]] = []
        """[i, j) of every maximal sequence of capitalised words separated by single spaces."""
        end = 0
        for k in compress(range(len(self.words)), self.caps):
            if k >= end:
                end = self.run_end(k, len(self.words))
                self.runs.append((k, end))
        self.names: list[int] = []
        """Where the names start (set by People)."""
        self.events: list[int] = []
        """Words where mention resolution has work: sentence starts, names, pronouns and roles (set by People)."""

    def name_follows(self, k: int, stop: int) -> bool:
        """Whether a capitalised word follows word k, a space between, before stop."""
        return k + 1 < stop and self.caps[k + 1] and self.gaps[k + 1] in _SPACES

    def run_end(self, k: int, stop: int) -> int:
        """The end of the run of capitalised words from k (which is capitalised), not past stop."""
        caps, gaps, words = self.caps, self.gaps, self.words
        start = k
        k += 1
        # A name with its initial glued on by a dot (Mongolian Н.Энхтуяа, В.Путин) is that one word: a capitalised word
        # after it is the next one's (mn "Н.Энхтуяа Путины айлчлалыг", Putin's visit; "Л.Оюун-Эрдэнэ Япон Улсад").
        if start and gaps[start] == "." and len(words[start - 1]) == 1 and words[start - 1].isupper():
            return k
        while k < stop and caps[k] and gaps[k] in _SPACES:
            # Kazakh declines a name's last word only: one in a case ends the name (Тоқаевтың, Шавкат Мирзиёевті),
            # and one after a surname is another person's ("Тоқаев Мирзиёевті қабылдады", Tokayev received Mirziyoyev).
            if _SURNAME_CASE.search(words[k - 1]) or (_SURNAME_CASE.search(words[k]) and _SURNAME_END.search(words[k - 1])):
                break
            # A country's name after a given name and a surname is the next clause's subject or object, no third
            # part of the name (ky "министри Таалайбек Ибраев Кыргызстан … даяр", Kyrgyzstan is ready to …); one
            # a name follows closes an institution's name instead (tg "Ҷумҳурии Исломии Эрон Масъуд Пизишкиён").
            if k - start >= 2 and _is_country_name(words[k]) and not self.name_follows(k, stop):
                break
            # A given name and an -ov/-ev/-ova surname end the name: no second surname follows one, and in a
            # verb-last sentence the capitalised word after the subject is a place or a project (uz "Jeyhun
            # Bayramov Boku porti …", the port of Baku; kk "Дәурен Қасымов Ташкент кездесуінің", of the meeting).
            if k - start >= 2 and _ends_surname_run(words[k - 2], words[k - 1], words[k]):
                break
            k += 1
        return k


_Lists = tuple[list[str], list[str], list[int], list[int], list[bool], list[int], list[bool]]


def _cut(text: str, a: int, b: int, lex: Lexicon) -> _Lists:
    """The lists of a _Paragraph for text[a:b]: words, gaps, starts, ends, initial, kinds, caps."""
    # Split, offsets and per-word answers all run in C: only the few interesting words cost Python time.
    parts = _SPLIT.split(text[a:b])
    bounds = list(accumulate(map(len, parts), initial=a))
    words, gaps = parts[1::2], parts[0:-1:2]
    kinds = lex.kinds(words)
    initial = list(map(_SENTENCE_GAPS.__getitem__, gaps))
    # A title's full stop (M. Barrot, Dr. Weber) ends no sentence: the name after it is no first word.
    for k in compress(range(1, len(words)), map(K_TITLE.__and__, kinds)):
        if initial[k] and gaps[k].strip() == "." and words[k - 1][:1].isupper():
            initial[k] = False
    # "Minister S. Jaishankar, who met …", "S. Jaishankar said": an initial's full stop ends no sentence when the
    # capitalised word after it is followed by a comma or a verb; the initial stands as the name's title.
    n = len(words)
    # Mongolian glues the patronymic initial to the name (У.Хүрэлсүх, Л.Оюун-Эрдэнэ): no space, always an initial.
    for k in compress(range(n - 1), map((1).__eq__, map(len, words))):
        if (words[k].isupper() and words[k + 1][:1].isupper() and len(words[k + 1]) > 2
                and (gaps[k + 1] == "." or (k < n - 2 and gaps[k + 1] == ". " and (
                    gaps[k + 2].strip() == "," or (gaps[k + 2] == " " and kinds[k + 2] & K_VERB))))):
            kinds[k] = K_TITLE
            initial[k + 1] = False
    # A family name written first that is also a function word or a lone letter (Russian ли, the Ё of Korean Yeo,
    # family_first.txt) opens the name before a capitalised name word that is no place: "Ли Чжэ Мён", "Ё Хан Гу".
    firsts = family_first()
    if not firsts.isdisjoint(words):
        for k in compress(range(n - 1), map(firsts.__contains__, words[: n - 1])):
            if (kinds[k] in (0, K_PARTICLE) and gaps[k + 1] == " " and kinds[k + 1] == K_NAME
                    and places.lookup(words[k + 1]) is None and places.demonym(words[k + 1]) is None):
                kinds[k] = K_NAME
            # One that is also a pronoun (the Chinese He, English "he") is the family name where the text writes
            # it capitalised inside a sentence before the name word ("Vice Premier He Lifeng"), and so at a
            # sentence's start too ("He Lifeng replied that …") when the text writes the pair so elsewhere.
            elif (kinds[k] == K_PRONOUN and gaps[k + 1] == " " and kinds[k + 1] == K_NAME
                    and places.lookup(words[k + 1]) is None and places.demonym(words[k + 1]) is None
                    and (not initial[k] or _family_name_inside(text, words[k], words[k + 1]))):
                kinds[k] = K_NAME
    _role_surnames(words, gaps, initial, kinds)
    _address_inside_names(words, gaps, kinds, lex)
    _given_after_title(words, gaps, kinds)
    if lex.role_phrases:
        _syllable_roles(words, gaps, kinds, lex.role_phrases)
    _role_phrase_words(words, gaps, kinds, lex)
    _named_after_roles(words, gaps, kinds)
    return (words, gaps, bounds[1:-1:2], bounds[2::2], initial, kinds, list(map(_NAME_KINDS.__contains__, kinds)))


def _family_name_inside(text: str, family: str, given: str) -> bool:
    """Whether the text writes `family` `given` after a word of the same sentence (no end mark between): a
    capitalised pronoun there is a family name's (see _cut)."""
    return re.search(rf"[^\W\d_][,]?[ \t\u00a0]+{re.escape(family)}[ \t\u00a0]+{re.escape(given)}(?!\w)", text) is not None


def _address_inside_names(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon) -> None:
    """A form of address (role_words.txt [address]) between a lone name word and a name word is a name word in
    place: Somali and Arab names carry it inside ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"), where as a
    role it cut the given name off as its holder's role. Not after a place, a nationality or a word a preposition
    or another name word leads ("Qatar Sheikh Tamim", "in Abu Dhabi Scheich Khalid")."""
    n = len(words)
    for k in compress(range(1, n - 1), map((K_ROLE | K_TITLE).__and__, kinds[1 : n - 1])):
        if (gaps[k] == " " and gaps[k + 1] == " " and words[k][:1].isupper() and words[k + 1][:1].isupper()
                and kinds[k - 1] in _NAME_KINDS and kinds[k + 1] in _NAME_KINDS and address_role(words[k].lower())
                and (k < 2 or gaps[k - 1] != " " or not (kinds[k - 2] in _NAME_KINDS and words[k - 2][:1].isupper())
                     and words[k - 2].lower() not in lex.prepositions)
                and places.lookup(words[k - 1]) is None and places.demonym(words[k - 1]) is None):
            kinds[k] = K_NAME


def _given_after_title(words: list[str], gaps: list[str], kinds: list[int]) -> None:
    """A capitalised role word between a title and a name word is the given name ("Dr Sultan Al Jaber", "Mr King
    Wilson"): no one writes an office after "Dr" or "Mr", so it is a name word in place (else "Al Jaber" was the
    man and "Dr Sultan" his role)."""
    n = len(words)
    for k in compress(range(1, n - 1), map(K_ROLE.__eq__, kinds[1 : n - 1])):
        if (kinds[k - 1] == K_TITLE and words[k - 1][:1].isupper() and gaps[k] in (" ", ". ") and gaps[k + 1] == " "
                and words[k][:1].isupper() and (words[k + 1][:1].isupper() and kinds[k + 1] in _NAME_KINDS
                                                or kinds[k + 1] == K_PARTICLE and k + 2 < n and words[k + 2][:1].isupper())):
            kinds[k] = K_NAME  # (also before a particle: "Dr Sultan bin Ahmed Al Jaber")


def _named_after_roles(words: list[str], gaps: list[str], kinds: list[int]) -> None:
    """A capitalised role word with a possessive "’s" before a capitalised noun opens an institution's or an
    event's name (King’s College London, Queen’s University, the President’s Cup): it stands for no one, so
    it is made a plain word in place (else "King" would be taken for the last man named, and a later "he"
    for him). Not before a nationality ("the President’s Georgian counterpart": the president's)."""
    n = len(words)
    for k in compress(range(n - 2), map(K_ROLE.__eq__, kinds[: n - 2])):
        if (words[k][:1].isupper() and gaps[k + 1] in ("’", "'") and words[k + 1] == "s" and gaps[k + 2] == " "
                and words[k + 2][:1].isupper() and not kinds[k + 2] & (K_ROLE | K_VERB)
                and places.demonym(words[k + 2]) is None and places.lookup(words[k + 2]) is None):
            kinds[k] = 0



# The most capitalised words before a role word that a multi-word role may open with ("Timbalan Perdana Menteri").
ROLE_BEFORE_WORDS = 3

# The most words between a role word and the country closing its phrase ("Премьер Государственного совета КНР"):
# the role still leads the name after the country.
_ROLE_PHRASE_REACH = 3


@cache
def _role_prefixes(roles: frozenset[str]) -> frozenset[str]:
    """Every beginning of two words or more of the multi-word roles ("menteri luar" of "menteri luar negeri")."""
    out: set[str] = set()
    for role in roles:
        parts = role.split()
        out.update(" ".join(parts[:m]) for m in range(2, len(parts) + 1))
    return frozenset(out)


def _role_phrase_words(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon) -> None:
    """The capitalised words after a role word that end a multi-word role of roles.txt with it are role words
    in place: "Menteri Luar Negeri, Retno Marsudi" and "Timbalan Menteri Luar, Datuk Lim" name no "Luar" (a
    name's run is cut at a comma, so the role's last words were left standing as a name). A lower-case word
    inside the listed role is read through ("Kalihim ng Ugnayang Panlabas Theresa Lazaro": Tagalog links the
    office's field with ng, and "Ugnayang Panlabas" stood as the first words of her name)."""
    n = len(words)
    prefixes = _role_prefixes(lex.roles.words)
    for k in compress(range(n - 1), map(K_ROLE.__and__, kinds[: n - 1])):
        phrase, m = words[k].lower(), k + 1
        while m < n and gaps[m] == " " and (words[m][:1].isupper() and kinds[m] in _NAME_KINDS
                                             or words[m].islower() and m + 1 < n):
            phrase += " " + words[m].lower()
            if phrase not in prefixes:
                break
            if phrase in lex.roles.words:
                for r in range(k + 1, m + 1):
                    if kinds[r] in _NAME_KINDS:
                        kinds[r] = K_ROLE
            m += 1
        # ("Perdana Menteri, Datuk Seri Anwar", "Timbalan Perdana Menteri": capitalised words before the role word.
        # Not before an institution's word: "Ahli Parlimen pembangkang, Datuk X," is read from the name.)
        if lex.is_institution(words[k]):
            continue
        phrase, m = words[k].lower(), k
        while m > 0 and m > k - ROLE_BEFORE_WORDS and gaps[m] == " " and words[m - 1][:1].isupper() and kinds[m - 1] in _NAME_KINDS:
            phrase = words[m - 1].lower() + " " + phrase
            m -= 1
            if phrase in lex.roles.words:
                kinds[m:k] = [K_ROLE] * (k - m)


def _role_surnames(words: list[str], gaps: list[str], initial: list[bool], kinds: list[int]) -> None:
    """A capitalised role word that is a surname (King, Bishop, Marshall) is made a name word in place:
    "Resources Minister Madeleine King said" names King (a role or title, a given name, then the word
    closing the run), and then so does "Ms King" (a title right before the same word)."""
    n = len(words)
    surnames: set[str] = set()
    for k in compress(range(2, n), map(K_ROLE.__eq__, kinds[2:])):
        # ("Saudi King Salman", "Swedish Crown Princess Victoria": a name after the role word is its holder.)
        if (words[k][:1].isupper() and not initial[k] and not initial[k - 1] and gaps[k] == " " and gaps[k - 1] == " "
                and kinds[k - 1] in _NAME_KINDS and kinds[k - 2] & (K_ROLE | K_TITLE)
                # ("the Deputy Prime Minister said": the capitalised "Prime" is the office's, no given name.)
                and words[k - 1].lower() not in _PRIME_WORDS
                and (k + 1 == n or gaps[k + 1] != " " or not words[k + 1][:1].isupper())):
            surnames.add(words[k])
    if not surnames:
        return
    for k in compress(range(1, n), map(surnames.__contains__, words[1:])):
        if kinds[k] == K_ROLE and (kinds[k - 1] & K_TITLE and gaps[k].strip() in ("", ".") or (
                k > 1 and not initial[k] and kinds[k - 1] in _NAME_KINDS and kinds[k - 2] & (K_ROLE | K_TITLE))):
            kinds[k] = K_NAME


# A run's word before it with one of these kinds may be evidence (_evidenced_surnames' fast path skips the rest).
_NO_FAST_BEFORE = K_TITLE | K_ROLE | K_VERB


def _paragraphs(text: str, spans: Sequence[tuple[int, int]], lex: Lexicon) -> list[_Paragraph]:
    """The paragraphs of the spans, their lists sliced from one _cut() of all the text the spans cover
    (a few C calls per paragraph, not a split and maps); a span a word runs out of is cut on its own."""
    if not spans:
        return []
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    words, gaps, starts, ends, initial, kinds, caps = _cut(text, lo, hi, lex)
    out = []
    for a, b in spans:
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        if (i and ends[i - 1] > a) or (j and ends[j - 1] > b):
            out.append(_Paragraph(*_cut(text, a, b, lex)))
        else:
            # The first gap starts at the span's start, not at the word before it.
            own_gaps = [text[a : starts[i]], *gaps[i + 1 : j]] if i < j else []
            out.append(_Paragraph(words[i:j], own_gaps, starts[i:j], ends[i:j], initial[i:j], kinds[i:j], caps[i:j]))
    return out


def _ends_sentence(gap: str) -> bool:
    """Whether the characters between two words end a sentence."""
    before = gap.rstrip(" \t\r\n\u00a0\"'“”„«»‚‘’‹›(–—-")
    return bool(_SENTENCE_END.search(before[-2:]))


_SENTENCE_GAPS = _Memo(_ends_sentence)


# The shortest role word a hyphenated compound may end in to be that role (kamerlid, poseł; no "re", "rey").
_ROLE_TAIL = 5


def _kind(w: str, low: str, lex: Lexicon) -> int:
    """K_ROLE, K_PRONOUN and K_VERB (speech or opinion) as the word lists say; a word none of them,
    capitalised as a name is (not an acronym, function word or reporting word), is a K_NAME.
    `low` is the word lower-cased."""
    kind = ((K_ROLE if lex.roles.holds(low) else 0) | (K_PRONOUN if low in lex.pronouns else 0)
            | (K_VERB if lex.speech_verbs.holds(low) or low in lex.opinion_verbs else 0)
            | (K_TITLE if low in lex.titles else 0))
    # A party's or place's compound with a role as its last part is that role ("Groen-Kamerlid", "PSD-deputado"):
    # one hyphenated word, no name's part. (A place's name is not: Nur-Sultan.)
    if (not kind and "-" in low and len(tail := low.rpartition("-")[2]) >= _ROLE_TAIL and lex.roles.holds(tail)
            and places.lookup(w) is None):
        kind = K_ROLE
    if kind:
        return kind
    particle = K_PARTICLE if low in _particles().starts else 0
    if not w[:1].isupper():
        if not _particle_name(w):
            return particle
        w = w.partition("-")[2]  # al-Sisi: a name as Sisi is
    if len(w) == 1:
        return particle  # an initial or the U of U.S.: never a name on its own
    if _kazakh_place_form(w):
        return particle  # "Тоқаев Астанаға келді": a place with a Kazakh case ending, no part of the name before it
    if "-" in w and (_ARMENIAN_GLUED_CASE.search(w) or _GLUED_CASE.search(w)):
        return particle  # "Facebook-ի իր էջում գրել է X": a foreign word, an Armenian oblique case glued by a hyphen
    # One capital per hyphenated part: MEPhI, OSCE and CSTO are acronyms, not names (LeBlanc and
    # O'Brien are: a surname prefix before their second capital).
    acronym = not w[1:].islower() and any(sum(map(str.isupper, part)) > 1 and not _prefixed_name(part)
                                          for part in _HYPHEN.split(w))
    # A capitalised preposition opens a sentence ("Uz Komšića, …", "Despite Smith's …"): never a name's word
    # (the particles that are prepositions too, von/da/van, were answered above and stay particles).
    name = (not acronym and low not in lex.function_words and low not in lex.reporting_starts
            and not lex.unnamed.holds(low) and (particle or low not in lex.prepositions))
    return (K_NAME if name else 0) | particle


# An Armenian oblique case (genitive-dative, ablative, locative, instrumental) glued by a hyphen to a word in
# other letters or an acronym (Facebook-ի, Reuters-ին, ՆԱՏՕ-ից): an outlet or an organisation, never a speaker.
_ARMENIAN_GLUED_CASE = re.compile("-(?:ի|ին|ից|ում|ով)$")
# The same in Turkic languages (name_cases.txt [glued]: Report-a, Reuters-ке, BMT-da): a foreign word or acronym
# an outlet or organisation is, its case glued by a hyphen after two letters at least; never a name's part.
_GLUED_CASE = re.compile(r"(?<=\w\w)-(?:" + _ending_pattern("glued") + r")$")


# The folded start of a lower-case word, asked about every such word of every article; the memo
# keeps it, so fold()'s own cache is left to names.
_LOWERCASE_STEMS: _Memo[str] = _Memo(lambda w: _folded(w)[:STEM])


def _lowercase_words(words: Iterable[str]) -> set[str]:
    """The words that start lower-case."""
    distinct = set(words)  # (each word asked once: most recur)
    return set(compress(distinct, map(str.islower, map(_FIRST, distinct))))


def _lowercase_stems(lower: Iterable[str]) -> set[str]:
    """The folded starts of the lower-case words; those not met before are folded together. A hyphenated
    word's start is also kept marked with a leading '-' (see _placelike)."""
    lower = list(lower)
    stems = _LOWERCASE_STEMS.many(lower, _stems_together)
    return set(stems).union("-" + stem for word, stem in zip(lower, stems) if "-" in word)


def _stems_together(words: list[str]) -> list[str]:
    """The folded starts of new lower-case words, in one _folded() call."""
    return [f[:STEM] for f in _folded("\0".join(words)).split("\0")]


def _placelike(lowercase_stems: Container[str], initialled: Container[str], word: str) -> bool:
    """A known place (Rosji, Mosca), or a capitalised word with a lower-case relative in the article
    (Kasachstan/kasachisch): `lowercase_stems` holds the folded starts of its lower-case words. A word the
    article writes after a glued initial (`initialled`: У.Хүрэлсүх) is a name, whatever word shares its start
    (Mongolian names are made of common words: Хүрэлсүх and хүрэлцэн ирлээ, arrived)."""
    # al-Sisi starts lower-case: its own stem is in the set.
    stem = fold(word)[:STEM]
    if "-" in word and word.rpartition("-")[2][:1].isupper():
        # A compound of capitalised parts (Baden-Württemberg, Willem-Alexander) has a hyphenated relative
        # (baden-württembergische): "willen" says nothing of Willem-Alexander.
        stem = "-" + stem
    return places.lookup(word) is not None or (
        len(word) > STEM and stem in lowercase_stems and not _particle_name(word) and word not in initialled)


def _halves(folded: str, length: int) -> tuple[str, str]:
    """The first and the last letters of a folded word, split where a word of `length` letters splits
    in two: of two words within one edit of each other, the shorter of `length` letters, one part is
    the same (the edit falls in the other), and two words one a case ending of the other share four letters."""
    half = length // 2
    return folded[:half], folded[max(0, len(folded) - length + half) :]


def _near_keys(folded: str) -> list[tuple[int, str]]:
    """Keys a word that same_word() matches with `folded` shares with it (see _halves): (0, its first four
    letters) and, for each length it may have, (length, first part) and (-length, last part)."""
    keys = [(0, folded[:4])]
    for length in range(max(0, len(folded) - 1), len(folded) + 2):
        first, last = _halves(folded, length)
        keys += [(length, first), (-length, last)]
    if _fleeting_e(folded, folded[:-2] + folded[-1] + "a"):
        keys.append((0, (folded[:-2] + folded[-1])[:4]))  # Pavel, Pavlowi (see _fleeting_e)
    return keys


def _own_near_keys(folded: str) -> tuple[tuple[int, str], ...]:
    """Of a folded word's _near_keys, the three any word same_word() matches shares with it."""
    first, last = _halves(folded, len(folded))
    return (0, folded[:4]), (len(folded), first), (-len(folded), last)


# A word's own near keys, asked of every capitalised word of every article.
_OWN_NEAR_KEYS: _Memo[tuple[tuple[int, str], ...]] = _Memo(lambda w: _own_near_keys(fold(w)))


def _near_keys_together(words: list[str]) -> Iterable[tuple[tuple[int, str], ...]]:
    """The own near keys of new words, folded together."""
    return map(_own_near_keys, _folded("\0".join(words)).split("\0"))


def _acronym_before(p: _Paragraph, k: int) -> bool:
    """Word k follows an all-caps acronym in its run, no title or role (ETH Zürich, not Dr Smith)."""
    before = p.words[k - 1]
    return (2 <= len(before) <= 5 and before.isupper() and before.isalpha() and p.gaps[k] in _SPACES
            and not p.kinds[k - 1] & (K_TITLE | K_ROLE))


def _bracketed_acronym(p: _Paragraph, k: int) -> bool:
    """Word k follows an institution's acronym in brackets: "da Universidade de Brasília (UnB) Mariana …"."""
    if k < 2 or p.gaps[k] not in (") ", ")\u00a0") or p.gaps[k - 1] not in (" (", "\u00a0("):
        return False
    return _institution_acronym(p.words[k - 1])


# Letters at most of an institution's acronym in brackets: a mixed-case one may spell out a word (ISGlobal, CELIOS).
BRACKETED_ACRONYM_MAX = 8


def _institution_acronym(word: str) -> bool:
    """`word` may be an institution's acronym in brackets: letters, two capitals or more (UnB, CELIOS, ISGlobal)."""
    return 2 <= len(word) <= BRACKETED_ACRONYM_MAX and word.isalpha() and sum(map(str.isupper, word)) >= 2


def _genitive_of(word: str, surnames: Container[str]) -> bool:
    """`word` is another surname of the text with a genitive -s (Stockers beside Stocker)."""
    return len(word) > 4 and word[-1] == "s" and word[:-1] in surnames


# A patronymic (Сергеевич, Андреевна, Ильич): the word after a given name in a three-word Slavic name.
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ьич|ich|ovna|evna)$")
# Genitive endings a woman's nominative surname (Кузнецова, Kowalska) never has.
_FEMININE_GENITIVE_ENDS = ("ы", "и", "y", "i", "u")
# A feminine adjective's genitive in Polish and Slovak (Koalicji Obywatelskiej, Narodowej, Národnej, Slovenskej),
# an institution's or party's word and no name's in any case; the given names in -ej (Maciej, Andrej) end otherwise.
# So is a masculine or neuter adjective's (Indyjskiego Kongresu Narodowego, Slovenského národného, Национального
# собрания): no given name or surname in the nominative ends so.
_ADJECTIVE_GENITIVE_ENDS = ("kiej", "czej", "szej", "nej", "owej", "ovej", "skej", "ckej", "skich", "ckich", "nych", "owych",
                            "skiego", "ckiego", "nego", "owego", "ského", "ckého", "ného", "ního", "ového",
                            "ского", "цкого", "ного", "ового")


def _oblique_before(word: str, given: str, last: str) -> bool:
    """`word`, before the given name `given` and the surname `last`, is in the genitive while they are not:
    a man's surname in the nominative (Абдыразаков, Nowak) after any genitive ending, a woman's (Кузнецова)
    after a feminine or masculine one (Думы, Sejmu); never before a patronymic (Никита Сергеевич Хрущёв)."""
    # (A given name ending as the word does is likely in its case: "Anna Maria Bernini" holds two given names.)
    if _PATRONYMIC.search(given) or word[-1:] == given[-1:]:
        return False
    if word.endswith(_ADJECTIVE_GENITIVE_ENDS):
        return True  # "posłanka Koalicji Obywatelskiej Anna Kowalczyk": the party's adjective, whatever the name's ending
    if not word.endswith(_GENITIVE_ENDINGS):
        return False
    return not last.endswith(_GENITIVE_ENDINGS) or (last.endswith(("а", "a")) and word.endswith(_FEMININE_GENITIVE_ENDS))


@cache
def _name_suffixes() -> frozenset[str]:
    """Generational suffixes after a name (Jr, fils, hijo): data/any/name_suffixes.txt."""
    return frozenset(data.sections("name_suffixes.txt", "any").get("", ()))


# Marks that open a quotation right after an opinion holder's comma ("For X, "…"", "Para X, «…»").
_HOLDER_QUOTE_OPENERS = frozenset("\"“„«‘‚'")
# The most words between such an opening and the holder's name (the holder's role and its institution).
HOLDER_QUOTE_WORDS = 8


def _is_surname(index: dict[str, list[str]], keys: frozenset[str], near: set[tuple[int, str]], word: str) -> bool:
    """The word is same_word() as a surname of the index (surnames by their _name_keys; `keys` holds
    the index's keys; `near` their _near_keys, a first test most words fail before building their own)."""
    if near.isdisjoint(_OWN_NEAR_KEYS[word]):
        return False
    # Only surnames sharing a key with the word can match (German capitalises every noun, and
    # all-pairs comparison was the cost of a long article).
    mine = _name_keys(fold(word))
    return not mine.isdisjoint(keys) and any(same_word(word, s) for key in mine & keys for s in index[key])


class _LazySet(Container[_V]):
    """A set built on the first question put to it: many articles never ask."""

    __slots__ = ("_build", "_items")

    def __init__(self, build: Callable[[], set[_V]]) -> None:
        self._build = build
        self._items: set[_V] | None = None

    def __contains__(self, item: object) -> bool:
        if self._items is None:
            self._items = self._build()
        return item in self._items

    def items(self) -> set[_V]:
        """The set, built now if not yet."""
        if self._items is None:
            self._items = self._build()
        return self._items


def _lower(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    """True when pos lies inside one of the sorted spans."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# Letters of the scripts without letter case whose words are separated by spaces (data.UNCASED_LETTERS): a text most
# of whose letters are among them has its names read from the words around them (People._uncased_names).
_UNCASED_LETTERS = re.compile(f"[{data.UNCASED_LETTERS}]")
_UNCASED_SAMPLE = 4000


_LETTER = re.compile(r"[^\W\d_]")


def uncased_script(text: str) -> bool:
    """Whether most of the text's letters (its first few thousand characters) are of a script without letter case.
    (A text with none of them, every cased one, costs one regex search.)"""
    sample = text[:_UNCASED_SAMPLE]
    if _UNCASED_LETTERS.search(sample) is None:
        return False
    return len(_UNCASED_LETTERS.findall(sample)) * 2 > len(_LETTER.findall(sample))


@cache
def _clitics(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """A language's clitics glued before a word (data/<lang>/clitics.txt): the conjunctions, the prepositions
    that may follow one, and the article (Arabic و ف; ب ل ك; ال, which ل makes لل)."""
    sections = data.sections("clitics.txt", lang)
    article = " ".join(sections.get("article", [])).strip()
    return (tuple(" ".join(sections.get("conjunctions", [])).split()),
            tuple(" ".join(sections.get("prepositions", [])).split()), article)


@cache
def _clitic_rest(lang: str) -> int:
    """The fewest letters a word keeps once its clitics are off (clitics.txt [rest]; two by default): Hebrew keeps
    three, so that a name is not read as a prefix and a short function word (כהן is no כ + הן, ברק no ב + רק)."""
    rest = data.sections("clitics.txt", lang).get("rest", [])
    return int(rest[0]) if rest and rest[0].isdigit() else 2


def _clitic_stripped(word: str, lang: str) -> list[str]:
    """The word without the clitics glued before it, the longest first: 'وللرئيس' -> ['الرئيس'],
    'فقال' -> ['قال'], 'بالقاهرة' -> ['القاهرة']; [] where none comes off (two letters must stay, or clitics.txt's
    [rest]). A one-letter article that a preposition absorbs whole (Hebrew ה: לנשיא is ל + הנשיא, לנתניהו is ל +
    נתניהו) leaves no trace: the word is read both ways, without the article first."""
    conjunctions, prepositions, article = _clitics(lang)
    least = _clitic_rest(lang)
    out: list[str] = []
    w = word
    for c in conjunctions:
        if w.startswith(c) and len(w) - len(c) >= least:
            w = w[len(c):]
            out.append(w)
            break
    for c in prepositions:
        if w.startswith(c) and len(w) - len(c) >= least:
            rest = w[len(c):]
            if len(article) == 1 and not rest.startswith(article):
                out += (article + rest, rest)  # reversed below: the bare form first
                break
            # ل before the article drops its alif: للرئيس is ل + الرئيس.
            if article and c + article[1:] == w[: len(c) + len(article) - 1] and not rest.startswith(article):
                rest = article[0] + rest
            out.append(rest)
            break
    return out[::-1]


def _without_article(role: str, lang: str) -> str:
    """A role key without the article glued before it (Arabic الوزير, Hebrew השר: the minister), as introductions
    write it ('طارق الملا، وزير البترول'): 'الوزير' is that وزير, not the ministers (الوزراء) of 'رئيس الوزراء'."""
    article = _clitics(lang)[2]
    rest = role[len(article) :] if article and role.startswith(article) else role
    return rest if len(rest) >= 2 else role


def _prefixed_article(word: str, lang: str) -> bool:
    """A preposition or conjunction glued before the article (بالقاهرة, للصحفيين, والتركي): a word no
    name opens with, so it ends a name's run."""
    conjunctions, prepositions, article = _clitics(lang)
    if not article:
        return False
    for c in (*conjunctions, *prepositions):
        # (A one-letter article a preposition absorbs whole, Hebrew ה, leaves no mark to read: only the conjunction
        # before it does, והנשיא.)
        if word.startswith(c) and (word[len(c):].startswith(article)
                                   or len(article) > 1 and word[len(c):].startswith(article[1:]) and c in prepositions):
            # (Three letters at least after the article: "فالتر" is Walter, not ف + ال + تر.)
            return len(word) - len(c) - len(article) >= 3
    return False


@cache
def _role_pairs(lang: str, roles: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The roles of roles.txt written as two words (Urdu تجزیہ کار analyst, ہائی کمشنر, ولی عہد): neither word is
    a role alone ('تجزیہ' is an analysis), so kind() of a single word never finds them."""
    return frozenset(tuple(r.split()) for r in roles if r.count(" ") == 1)  # type: ignore[misc]


def _paired_role_kinds(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon, lang: str) -> None:
    """Marks both words of a two-word role (_role_pairs) K_ROLE where the text writes them a space apart, so that
    the role leads the uncased name after it ('تجزیہ کار عائشہ صدیقی نے کہا' named 'تجزیہ کار عائشہ صدیقی').
    Changes `kinds` in place (uncased scripts only); a language without such roles pays one set test."""
    pairs = _role_pairs(lang, lex.roles.words)
    if not pairs:
        return
    firsts = {a for a, _ in pairs}
    for k in [k for k, w in enumerate(words[:-1]) if w in firsts]:
        if gaps[k + 1] in _SPACES and (words[k], words[k + 1]) in pairs:
            kinds[k] = kinds[k + 1] = K_ROLE


def _clitic_kinds(words: list[str], kinds: list[int], lex: Lexicon, lang: str) -> None:
    """The kind of each word no list knows as written, read from it without its glued clitics: 'للرئيس' is a
    role word, 'وزيرا'-like forms stay what they are. Changes `kinds` in place (uncased scripts only)."""
    conjunctions = _clitics(lang)[0]
    for k in compress(range(len(words)), map(not_, kinds)):
        w = words[k]
        # A conjunction alone may leave a listed word shorter than clitics.txt's [rest] ('ושר', and the minister;
        # 'והם', and they): [rest] keeps a name from being read as prefixes, and a listed word is no name.
        for form in chain(_clitic_stripped(w, lang),
                          (w[len(c):] for c in conjunctions if w.startswith(c) and len(w) - len(c) >= 2)):
            kind = lex.kind(form) & (K_ROLE | K_TITLE | K_PRONOUN | K_VERB)
            if kind:
                kinds[k] = kind
                break


# Words that continue a role phrase after its role word in an uncased script, before the holder's name: the
# institution the role belongs to and the nationality adjective (data/<lang>/role_links.txt; places and
# words with the article are read apart).
@cache
def _role_links(lang: str) -> frozenset[str]:
    return frozenset(" ".join(data.sections("role_links.txt", lang).get("", [])).split())


@cache
def _body_words(lang: str) -> frozenset[str]:
    """Words of a body inside a role phrase whose own name follows them (role_links.txt [bodies]: Persian
    'مدیرعامل شرکت گازپروم', the chief executive of the Gazprom company): that name is the role's, no holder's."""
    return frozenset(" ".join(data.sections("role_links.txt", lang).get("bodies", [])).split())


@cache
def _role_prepositions(lang: str) -> frozenset[str]:
    """Prepositions that may continue a role phrase before the field it names (role_links.txt [prepositions]:
    'الخبير في الشؤون الروسية', the expert in Russian affairs)."""
    return frozenset(" ".join(data.sections("role_links.txt", lang).get("prepositions", [])).split())


@cache
def _loose_spellings(lang: str) -> dict[str, str]:
    """A function word's loose spelling that is also a name -> its standard spelling (data/<lang>/loose_spellings.txt:
    Arabic علي for على, and the name Ali)."""
    return {w[0]: w[1] for line in data.sections("loose_spellings.txt", lang).get("", []) if len(w := line.split()) == 2}


@cache
def _name_particles(lang: str) -> frozenset[str]:
    """Words inside a name that are no name alone (Arabic بن, آل, عبد, أبو): data/<lang>/name_particles.txt."""
    return frozenset(" ".join(data.sections("name_particles.txt", lang).get("", [])).split())


@cache
def _patronymic_particles(lang: str) -> frozenset[str]:
    """The particles that follow a given name (name_particles.txt [patronymic]: Arabic بن, ابن, بنت, son of)."""
    return frozenset(" ".join(data.sections("name_particles.txt", lang).get("patronymic", [])).split())


def _given_before_patronymic(words: Sequence[str], gaps: Sequence[str], j: int, article: str, lang: str) -> bool:
    """Whether word j, without the article, stands before a patronymic particle ('الدكتور سلطان بن أحمد الجابر'):
    a given name then, though a role's word (سلطان, sultan) too: a role bears the article before a name
    (السلطان هيثم بن طارق) or is followed by its holder's given name, never by 'son of'."""
    return (j + 1 < len(words) and gaps[j + 1] in _SPACES and words[j + 1] in _patronymic_particles(lang)
            and not (article and words[j].startswith(article)))


def _hyphened_particle(word: str, lang: str) -> bool:
    """A family name with a particle of name_particles.txt hyphened before it, one word ('אל-מזרועי', al-Mazrouei):
    a name's word, though not all letters."""
    particle, hyphen, rest = word.replace("\u05be", "-").partition("-")
    return bool(hyphen) and rest.isalpha() and particle in _name_particles(lang)


_UNCASED_NAME_WORDS = 6


@cache
def _most_name_words(lang: str) -> int:
    """The most words of a name in an uncased script (word_order.txt [name_words]: Amharic names a person by a given
    name, the father's and at most the grandfather's, and nothing but a stop or a mark ends the run), else
    _UNCASED_NAME_WORDS."""
    most = data.sections("word_order.txt", lang).get("name_words", [])
    return int(most[0]) if most and most[0].isdigit() else _UNCASED_NAME_WORDS
"""The most words an uncased name's run holds (محمد بن سلمان بن عبد العزيز)."""


@cache
def _unnamed_subjects(lang: str) -> WordList:
    """Every subject of unnamed.txt, all sections (an unnamed source, an institution): no name's word."""
    return _word_list(chain.from_iterable(data.sections("unnamed.txt", lang).values()))


@cache
def _possessive_endings(lang: str) -> tuple[str, ...]:
    """Possessive pronouns glued after a feminine noun (clitics.txt [possessive]: Arabic كلمته, زيارتها), longest first."""
    return tuple(sorted(" ".join(data.sections("clitics.txt", lang).get("possessive", [])).split(), key=len, reverse=True))


_POSSESSED_STEM = 3
"""The fewest letters before a possessive ending for the word to be read as a possessed noun (غوته stays a name)."""


def _possessed_noun(word: str, lang: str) -> bool:
    """A feminine noun with a possessive pronoun glued after it ('كلمته', his speech): no name's word."""
    return any(word.endswith(e) and len(word) - len(e) >= _POSSESSED_STEM for e in _possessive_endings(lang))


def _uncased_stop(word: str, kind: int, lex: Lexicon, calendar: WordList, lang: str, inside: bool = False,
                  spared: frozenset[str] = frozenset()) -> bool:
    """A word that is no part of a name in an uncased script: a listed word of any kind (function word,
    preposition, role, verb, title, pronoun, unnamed subject, date word), a number, a place, a nationality, or a
    word with a preposition or conjunction glued to its article. `inside` a name, a nationality with the article
    is a family name (محمد شياع السوداني, a nisba: 'the Sudanese'), read as any word with the article is.
    `spared`: function words this text writes as names (see _loose_spellings)."""
    return bool(kind & ~K_PARTICLE) or (word in lex.function_words and word not in spared or word in lex.prepositions or _unnamed_subjects(lang).holds(word)
                          or word in calendar or not (word.isalpha() or _hyphened_particle(word, lang))
                          or _prefixed_article(word, lang)
                          or _possessed_noun(word, lang)
                          or places.lookup(word) is not None
                          or _place_with_enclitic(word, lang)
                          or (places.demonym(word) is not None
                              and not (inside and word.startswith(_clitics(lang)[2] or "\0")))
                          or any(places.lookup(f) is not None or f in lex.function_words or f in _role_links(lang)
                                 or _unnamed_subjects(lang).holds(f)
                                 for f in _clitic_stripped(word, lang)))


# The most words of a body's name quoted inside a role phrase (لـ«أرامكو السعودية»).
_QUOTED_BODY_WORDS = 4


def _quoted_body_end(words: list[str], gaps: list[str], j: int) -> int:
    """Where the words after a body's name in «…» start, when word j is a clitic preposition glued to the opening
    mark by a tatweel ("لـ«أرامكو» أمين"), the name closed within _QUOTED_BODY_WORDS words; else 0."""
    if not (words[j].endswith("\u0640") and j + 1 < len(words) and gaps[j + 1] == "«"):
        return 0
    for e in range(j + 2, min(j + 2 + _QUOTED_BODY_WORDS, len(words))):
        if gaps[e].strip() == "»" and gaps[e].endswith(_SPACES):
            return e
        if gaps[e] not in _SPACES:
            return 0
    return 0


def _uncased_runs(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon, calendar: WordList,
                  lang: str, spared: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """[a, b) of the names of one paragraph of an uncased script, read from what leads them: a role word and
    its complements ('الرئيس الروسي فلاديمير بوتين', 'وزير الخارجية التركي هاكان فيدان', 'المتحدثة باسم وزارة
    الخارجية الصينية ماو نينغ'), a title ('الشيخ تميم بن حمد آل ثاني') or a speech verb ('وقال بوتين', 'أكد
    أردوغان'). The name runs on to the first word that is none (_uncased_stop) or a mark between two words."""
    article = _clitics(lang)[2]
    links = _role_links(lang)
    joins = and_words(lang)
    particles = _name_particles(lang)
    honorifics = _honorifics_after(lang)
    glued = bool(_uncased_endings(lang).endings)  # Georgian: a name's last word shows its case
    shared = _shared_subject(lang)
    bodies = _body_words(lang)
    n = len(words)
    runs: list[tuple[int, int]] = []
    # In a verb-last language a speech verb ends its clause, the subject far before it: no name follows it
    # (_subject_runs reads the name before the subject's postposition instead). Where the clause is verb-final
    # (Persian, Amharic) the words after a speech verb open what was said ('… گفت حجم مبادلات تجاری …').
    leads = (K_ROLE | K_TITLE if verb_last(lang) or "verb_final" in _word_order(lang)
             else K_ROLE | K_TITLE | K_VERB)
    initials = _name_initials(lang)
    # A member of parliament's word (roles.txt "?+") leads a name as a role does in a glued-case language
    # ('ოპოზიციური პარტიის დეპუტატი თამარ კორძაია'), though it is no role word: the name's case shows where it ends.
    members = _member_words(lang) if glued else None
    k = 0
    while k < n:
        kind = kinds[k]
        if members is not None and not kind and members.holds(words[k]):
            kind = K_ROLE
        elif (members is not None and not kind and k + 1 < n and gaps[k + 1] in _SPACES
              and members.holds(f"{words[k]} {words[k + 1]}")):
            k, kind = k + 1, K_ROLE  # a member's word of two ('সংসদ সদস্য', member of parliament) leads from its last
        if not kind & leads or kind & K_ROLE and not kind & K_TITLE and lex.institutions.holds(words[k]):
            k += 1  # (an institution's word, 'ቤተ መንግሥት ተገናኝተው', the palace, met: no name's role)
            continue
        if (kind & K_VERB and not kind & (K_ROLE | K_TITLE) and k > 0 and gaps[k] in _SPACES
                and shared and words[k].startswith(shared)):
            k += 1  # "טבארו הודה לרגב והבטיח השקעה": a second verb of the clause's subject, its object after it
            continue
        j = k + 1
        if (kind & K_VERB and not kind & (K_ROLE | K_TITLE) and j + 1 < n and gaps[j] in _SPACES
                and _addressee(words[j], lang)):
            j += 1  # "אמר לסטארמר נשיא המדינה": the speech verb's addressee (to Starmer) is no subject
        quoted = 0
        if kind & K_ROLE or kind & K_TITLE:
            # The role's complements: more role words, titles, the institution's words, places, and words with
            # the article (الخارجية, التركي), each after a single space.
            # (A country of two words, 'کره جنوبی', 'ארצות הברית', is the role's whole: either word alone is none.)
            while j < n and gaps[j] in _SPACES and not _given_before_patronymic(words, gaps, j, article, lang) and (
                    (pair := _place_pair_at(words, gaps, j, lang))
                    or kinds[j] & (K_ROLE | K_TITLE) or words[j] in links
                    # "مدیرعامل شرکت گازپروم": the body's own name after its word is the role's complement.
                    or (j > k + 1 and words[j - 1] in bodies and not kinds[j] & K_VERB
                        and words[j] not in lex.function_words)
                    # "وزیر صنعت و ٹیکنالوجی": a field joined to the one before it by a free-standing "and".
                    or (j > k + 1 and words[j] in joins and words[j - 1] in links and j + 1 < n
                        and gaps[j + 1] in _SPACES and words[j + 1] in links)
                    # "حضرة صاحب الجلالة السلطان": a word between two titles is the chain's (صاحب, holder of).
                    or (kind & K_TITLE and j + 1 < n and gaps[j + 1] in _SPACES and kinds[j + 1] & K_TITLE
                        and not kinds[j] & K_VERB)
                    # "שר האנרגיה והתשתיות", "وزير الخارجية والمغتربين": a second complement joined to one with
                    # the article by a conjunction glued before its own article (the ministry of X and of Y).
                    or (j > k + 1 and _coordinated_complement(words[j - 1], words[j], kinds[j], lang))
                    # "שר החקלאות ורווחת החקלאים", "وزير التجارة وترويج الاستثمار": or a noun in the construct state
                    # (no article of its own) whose complement after it bears one.
                    or (j > k + 1 and j + 1 < n and gaps[j + 1] in _SPACES
                        and _coordinated_construct(words[j - 1], words[j], words[j + 1], kinds[j], lang))
                    # "الباحثة في الشؤون التركية سارة الشمري": the field after a preposition of links.txt, its
                    # words with the article.
                    # Or an institution's word of links after it ('القيادي في حزب الاستقلال', in the party).
                    or (words[j] in _role_prepositions(lang) and j + 1 < n and gaps[j + 1] in _SPACES
                        and (bool(article) and words[j + 1].startswith(article) or words[j + 1] in links))
                    # "שרת הכלכלה של צרפת": a country after a preposition of role_links.txt [place_prepositions].
                    or (words[j] in _place_prepositions(lang) and j + 1 < n and gaps[j + 1] in _SPACES
                        # (or one of two words, read next: 'של איחוד האמירויות')
                        and (places.lookup(words[j + 1]) is not None or _place_pair_at(words, gaps, j + 1, lang)))
                    or (article and words[j].startswith(article) and not kinds[j] & K_VERB
                        and words[j] not in lex.function_words and words[j] not in calendar
                        # ("הנשיא הרצוג": after a word with the article a closed chain takes no other noun.)
                        and not (_construct_closed(lang) and words[j - 1].startswith(article)))
                    or places.lookup(words[j]) is not None and not _closed_chain(words, j, article, lang)
                    # "השגריר הישראלי בברלין": a place with a glued locative preposition (its seat).
                    or _glued_locative_place(words[j], lang)
                    or places.demonym(words[j]) is not None):
                j += 2 if pair else 1  # ("لرئيس تركي": a nationality without the article, after an indefinite role)
            # "الرئيس التنفيذي لـ«أرامكو» أمين الناصر": the role's body, quoted after a clitic glued to the mark, ends
            # the role phrase; the name follows the closing mark.
            quoted = _quoted_body_end(words, gaps, j) if j < n and j > k + 1 else 0
            if quoted:
                j = quoted
        elif j < n and gaps[j] in _SPACES and kinds[j] & (K_ROLE | K_TITLE):
            k = j  # "قال وزير الخارجية …": the role leads the name
            continue
        if (kind & K_ROLE and kinds[j - 1] & K_ROLE and _definite_role_alone(lang)
                and _definite_role(words[j - 1], lang)):
            k = j  # 'ምክትል ጠቅላይ ሚኒስትሩ በጉባኤው ላይ': the minister spoken of, no name after
            continue
        if kind & K_ROLE and (apposed := _apposed_run(words, gaps, kinds, j, lex, calendar, lang, spared)):
            runs.append(apposed)  # "שרת הכלכלה של צרפת, קלייר דובואה, אמרה": the name between commas
            k = apposed[1]
            continue
        start = j
        # A place's name opening the run after a closed role phrase is a given name ('שר הביטחון ישראל כ"ץ').
        given = (j > k + 1 and j + 1 < n and gaps[j + 1] in _SPACES and places.lookup(words[j]) is not None
                 and _closed_chain(words, j, article, lang)
                 and not _uncased_stop(words[j + 1], kinds[j + 1], lex, calendar, lang, True, spared)
                 # so is a role's word before 'son of' ('الدكتور سلطان بن أحمد', _given_before_patronymic)
                 ) or (j > k and j < n and gaps[j] in _SPACES and _given_before_patronymic(words, gaps, j, article, lang))
        # After a title ('الشيخ مشعل الأحمد الجابر الصباح،'), a royal name's family words each take the article:
        # when every word after the first up to the next mark does (none a word that stops a name), all are
        # the name's. (tail: where they end, or None.)
        tail: int | None = None
        if article and 0 < start < n and kinds[start - 1] & K_TITLE and gaps[start] in _SPACES:
            e = start + 1
            while (e < n and e - start < _UNCASED_NAME_WORDS and gaps[e] in _SPACES and words[e].startswith(article)
                   and not _uncased_stop(words[e], kinds[e], lex, calendar, lang, True, spared)):
                e += 1
            if e > start + 1 and (e == n or gaps[e].strip()):
                tail = e
        # A name after a speech verb with no role between opens with no article unless it is a one-word
        # family name (السيسي, العتيبي): with one, it ends the run.
        most = _most_name_words(lang)
        while (j < n and j - start < most
               and (gaps[j] in _SPACES or j > start and gaps[j] == "-" or j == start and j == quoted
                    or j > start and _after_initial(gaps[j], words[j - 1], initials)
                    # a title abbreviated with its full stop before the name ('विश्लेषक डॉ. प्रिया नायर')
                    or j == start > 0 and kinds[j - 1] & K_TITLE and _after_initial(gaps[j], words[j - 1], {words[j - 1]}))
               # "השר מצטלם באבו דאבי": a place of two words with its locative glued on ends the name.
               and not _place_pair_at(words, gaps, j, lang)
               and (j == start and given
                    or not _uncased_stop(words[j], kinds[j], lex, calendar, lang, j > start, spared)
                    # an initial that is also a function word ('के. रमेश': के is 'of' too) before its full stop
                    or j + 1 < n and _after_initial(gaps[j + 1], words[j], initials))):
            opens_article = bool(article) and words[j].startswith(article)
            if opens_article and j == start and kind & K_VERB and not kind & K_ROLE:
                j += 1
                break
            if opens_article and j > start and words[j - 1] not in particles and not _article_names(lang) and (tail is None or j >= tail) and (
                    j + 1 < n and gaps[j + 1] in _SPACES and not _uncased_stop(words[j + 1], kinds[j + 1], lex, calendar, lang, True, spared)):
                break  # a noun with its article after the name: "… السيسي الاستثمارات" (the name is done)
            if glued and j > start and adjective_word(words[j], lang):
                break  # 'ნიკოლ ფაშინიანი ოფიციალური ვიზიტით': an adjective after the name
            j += 1
            if glued and _glued_name_done(words, gaps, kinds, j - 1, start, lex, calendar, lang, spared):
                break
        if (most < _UNCASED_NAME_WORDS and j - start == most and j < n and gaps[j] in _SPACES
                and not _uncased_stop(words[j], kinds[j], lex, calendar, lang, True, spared)):
            j -= 1  # 'ዶ/ር ሰለሞን ታደሰ ጉብኝቱ ትልቅ …': a name's longest run goes on, so its last word is the sentence's
        while j > start and (words[j - 1] in particles or words[j - 1] in honorifics):
            j -= 1  # a name never ends on بن or آل, nor holds an epithet after it (هيثم بن طارق المعظم)
        if j > start and j < n and gaps[j] in _SPACES and words[j] in _verb_auxiliaries_after(lang):
            j -= 1  # 'सभी नेता लौट गए': the word before an auxiliary is a verb's stem, no name's
        if j > start and not (j - start == 1 and words[start] in particles) and not (
                glued and not kind & (K_ROLE | K_TITLE) and _glued_object(words[j - 1], lang)) and not (
                glued and start > 0 and kinds[start - 1] & K_ROLE and _disagrees(words[start - 1], words[j - 1], lang)):
            runs.append((start, j))
        k = max(j, k + 1)
    return runs


def _disagrees(role: str, last: str, lang: str) -> bool:
    """Whether a role in an oblique case is followed by a word in another case, in a glued-case language: a name in
    apposition takes its role's case ('მინისტრმა მარიამ კვრივიშვილმა', 'კოლეგას ჰაკან ფიდანს'; [agreement] tells
    the endings of one case), so 'თურქ კოლეგას მადლობა გადაუხადა' (thanked his Turkish colleague) names no one."""
    if not oblique_case(role, lang):
        return False
    ending, other = _case_split(role, lang)[1], _case_split(last, lang)[1]
    return ending != other and _case_groups(lang).get(ending, ending) != _case_groups(lang).get(other, other)


@cache
def _case_groups(lang: str) -> dict[str, str]:
    """Each ending of name_cases.txt [agreement] -> the first ending of its case's line."""
    return {e: line.split()[0] for line in data.sections("name_cases.txt", lang).get("agreement", []) for e in line.split()}


def _glued_object(word: str, lang: str) -> bool:
    """Whether a glued-case language's word after a speech verb is in a case no subject takes (genitive, dative,
    a postposition: 'ხაზი გაუსვა სატრანზიტო დერეფნების მნიშვნელობას'): a speech verb's subject is in the ergative
    ([glued] subject markers: განაცხადა კობახიძემ) or the nominative (აცხადებს კობახიძე)."""
    if not oblique_case(word, lang):
        return False
    return not any(word.endswith(ending) for ending, _ in _glued_subject_markers(lang))


def _glued_name_done(words: list[str], gaps: list[str], kinds: list[int], k: int, start: int, lex: Lexicon,
                     calendar: WordList, lang: str, spared: frozenset[str]) -> bool:
    """Whether a name's run in a glued-case language ends at word k: there only the last word declines (ნიკოლ
    ფაშინიანი, მარიამ კვრივიშვილმა, რეჯეფ თაიფ ერდოღანი), so a word after the first with any case ending, the
    nominative's too, or a family name's stem (ბოჭორიშვილი, კობახიძე) is the last; no capital would end it. The
    first word ends it where it is oblique (განაცხადა კობახიძემ ერთობლივ …) or a family name, unless a family
    name's word follows (a given name may end like a case: მარიამ კვრივიშვილმა, ილჰამ ალიევმა)."""
    word = words[k]
    nxt = k + 1
    if nxt < len(words) and gaps[nxt] in _SPACES and (
            _hyphened_particle(words[nxt], lang) or words[nxt] in _name_particles(lang)):
        # "সালিম বিন নাসের আল-আউফি": a name particle or a family name hyphened to one goes on with the name, so the
        # word before it (নাসের, Nasser, ending as a genitive does) is no declined last word.
        return False
    if k > start:
        return closes_name(word, lang) or _case_split(word, lang)[1] != ""
    if not closes_name(word, lang):
        return False
    nxt = k + 1
    return not (nxt < len(words) and gaps[nxt] in _SPACES and _uncased_endings(lang).closing
                and _case_split(words[nxt], lang)[0].endswith(_uncased_endings(lang).closing)
                and not adjective_word(words[nxt], lang)
                and not _uncased_stop(words[nxt], kinds[nxt], lex, calendar, lang, True, spared))


def _place_pair_run(words: list[str], gaps: list[str], run: tuple[int, int], lang: str = "") -> bool:
    """Whether the run of one or two words lies inside a place's name of two words ('کره جنوبی', South Korea;
    'ארצות הברית', or 'באבו דאבי' with its preposition glued on): a country, never a person's name."""
    a, b = run
    if b - a > 2:
        return False
    return any(0 <= k and _place_pair_at(words, gaps, k, lang) for k in ((a,) if b - a == 2 else (a - 1, a)))


def _place_pair_at(words: list[str], gaps: list[str], k: int, lang: str) -> bool:
    """Whether words k and k + 1, one space apart, name a place of two words as written or with the clitics glued
    to the first taken off ('באבו דאבי', in Abu Dhabi; 'وفي الرياض' has its one word read by places.lookup)."""
    if k + 1 >= len(words) or gaps[k + 1] not in _SPACES:
        return False
    second = words[k + 1]
    return any(places.lookup_whole(f"{w} {second}") is not None
               for w in (words[k], *(_clitic_stripped(words[k], lang) if lang else ())))


def _coordinated_complement(before: str, word: str, kind: int, lang: str) -> bool:
    """Whether `word` is a role's second complement joined to the one `before` it: `before` bears the article and
    `word` a glued conjunction before its own (והתשתיות after האנרגיה, والمغتربين after الخارجية), no verb
    (the article's letter may open a verb's stem: והודיע)."""
    conjunctions, _, article = _clitics(lang)
    if not article or kind & K_VERB or not before.startswith(article):
        return False
    c = next((c for c in conjunctions if word.startswith(c + article)), "")
    # (Two letters at least after the article: והגז, and the gas.)
    return bool(c) and len(word) - len(c) - len(article) >= 2


def _coordinated_construct(before: str, word: str, after: str, kind: int, lang: str) -> bool:
    """Whether `word` opens a role's second complement in the construct state: `before` bears the article, `word` a
    glued conjunction and no article (ורווחת, and the welfare of; وترويج, and the promotion of), `after` the article
    (החקלאים, الاستثمار). A name glued to the conjunction after a role would be shown with it, so none is lost."""
    conjunctions, _, article = _clitics(lang)
    if (not article or kind & K_VERB or not after.startswith(article)
            or not any(before.startswith(o + article) for o in ("", *conjunctions))):
        return False  # ('والصناعة وترويج الاستثمار': the complement before may be a coordinated one itself)
    c = next((c for c in conjunctions if word.startswith(c)), "")
    return bool(c) and not word.startswith(c + article) and len(word) - len(c) >= 3


@cache
def _word_order(lang: str) -> frozenset[str]:
    """What data/<lang>/word_order.txt says of the clause (verb_first, verb_final, name_before_role, apostrophe_cases)."""
    return frozenset(data.sections("word_order.txt", lang).get("", []))


@cache
def visit_words(lang: str, section: str = "") -> tuple[frozenset[str], tuple[str, ...]]:
    """Words (and stems) of visit.txt: exact forms, stems. `section` "!" gives the words of going home."""
    words = [
        w
        for line in data.sections("visit.txt", lang).get("", ())
        if line.startswith("!") == (section == "!") and not line.startswith((">", "~", "@", "+", "-", "?", "^", "%"))
        for w in line.removeprefix("!").split()
    ]
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def _visit_verb(words: list[str], gaps: list[str], k: int, light: frozenset[str], lang: str) -> bool:
    """Whether word k is a visit's noun that the light verb after it makes the clause's verb (Persian 'با Y دیدار
    کرد', met Y; 'سفر کرد'): the clause's subject opens it, as a speech verb's does."""
    return (k + 1 < len(words) and words[k + 1] in light and gaps[k + 1] in _SPACES
            and words[k] in visit_words(lang)[0])


@cache
def _light_verbs(lang: str) -> frozenset[str]:
    """Light verbs that make a compound verb with the noun before them (data/<lang>/light_verbs.txt: Persian
    کرد, شد, داد, گرفت in 'قرار گرفت', 'تاکید کرد'): a word right before one is that verb's noun, no name's."""
    return frozenset(" ".join(data.sections("light_verbs.txt", lang).get("", [])).split())


# Marks that open a clause in the gap before a word: a sentence's end, a colon, a semicolon, a line break. (Not a
# quotation mark: 'پاشینیان … این سفر را «تاریخی» خواند و گفت' is one clause; a quotation that is a sentence
# ends on its full stop.)
_CLAUSE_OPENING_MARKS = re.compile("[.!?:;\n]")


def _verb_final_runs(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon, calendar: WordList,
                     lang: str) -> list[tuple[int, int]]:
    """[a, b) of the names of a paragraph in a verb-final uncased script (word_order.txt: verb_final), read from
    where the language sets them: the subject opens the clause a speech verb ends ('پزشکیان در این دیدار
    گفت', 'بقائی تصریح کرد'), and a name stands before its role in apposition ('اسماعیل بقائی سخنگوی وزارت …',
    'علی‌رضا نوری، کارشناس …'). A name after a role or title opening that clause is read by _uncased_runs.
    The run is at most three words, ends at a listed word (never a light verb: 'قرار گرفت' is a compound verb)
    or at a comma before a role, and opens its clause (after a title), so that a noun the unwritten ezafe ties to
    a role ('سفر رئیس‌جمهور', the president's trip) in mid-clause is never taken for a name."""
    light = _light_verbs(lang)
    closing = _postpositions(lang)
    role_after = "name_before_role" in _word_order(lang)
    runs: list[tuple[int, int]] = []
    n = len(words)
    verbs = [v for v in range(n) if kinds[v] & K_VERB and not kinds[v] & K_ROLE or _visit_verb(words, gaps, v, light, lang)]
    starts = sorted({_clause_start(gaps, v) for v in verbs})
    # A name in apposition may follow an opening phrase or a wire's dateline within the clause ('در مقابل، علیرضا
    # کاظمیان، نماینده …، گفت', 'مسقط- ایرنا- دکتر مریم توکلی، کارشناس …، گفت'): after a comma or a dash, a run counts
    # only where a comma and a role follow it.
    # A quotation closed with its comma ('«…،» شاه محمود حقاني وویل', '«…»، X گفت') ends a clause, as a full stop
    # would: the cue's subject opens the next one, no apposition.
    starts = sorted({*starts, *(k for v in verbs for k in range(_clause_start(gaps, v) + 1, v)
                                if _CLOSING_QUOTES.intersection(gaps[k]) and _COMMAS.intersection(gaps[k]))})
    # A wire's dateline without a title after it ('تهران - ایرنا - مهدی سلطانی نماینده … گفت') opens the clause as a
    # full stop would: the name after it is the subject, with its role right after as anywhere else.
    if (dateline := _dateline_end(gaps)) is not None:
        starts = sorted({*starts, dateline})
    apposed = sorted({k for v in verbs for k in range(_clause_start(gaps, v) + 1, v)
                      if _APPOSITION_OPENING.search(gaps[k])} - set(starts))
    quoted = _inside_quotation(gaps)
    for a in sorted([*starts, *apposed]):
        strict = a in apposed
        if quoted[a]:
            continue  # '«ይህንን ትብብር … እንፈልጋለን» ብለዋል': the verb after a quotation has its subject before it
        while a < n and kinds[a] & K_TITLE and (a + 1 < n and gaps[a + 1] in _SPACES):
            a += 1
        j = a
        while (j < n and j - a < 3 and (j == a or gaps[j] in _SPACES)
               and not _uncased_stop(words[j], kinds[j], lex, calendar, lang, j > a)):
            j += 1
        if j > a and words[j - 1] not in closing and j < n and words[j] in closing and gaps[j] in _SPACES:
            j -= 1  # 'ګیلاني خبریالانو ته وویل': the word before a postposition is its object, not the subject's
        if j == a or j == n or words[j] in light or (j - a == 3 and gaps[j] in _SPACES and not kinds[j]):
            continue
        if kinds[j] & K_ROLE and gaps[j] in _SPACES and not role_after:
            continue  # 'የምሥራቅ አፍሪካ ጉዳዮች ተንታኝ አቶ …': where the role leads its name, the words before it are its field
        if gaps[j] not in _SPACES and not (gaps[j].strip() in _COMMAS and kinds[j] & K_ROLE):
            continue
        if strict and not (gaps[j].strip() in _COMMAS and kinds[j] & K_ROLE):
            continue
        runs.append((a, j))
    return runs


def _dateline_end(gaps: list[str]) -> int | None:
    """The first word after a wire's dateline opening a paragraph ('تهران - ایرنا - …': a place and an agency of a
    word or two each, each closed by a dash), else None."""
    dashes = [k for k in range(1, min(len(gaps), 5)) if _DASH_GAP.fullmatch(gaps[k])]
    if len(dashes) < 2 or dashes[0] > 2 or dashes[1] - dashes[0] > 2 or dashes[1] >= len(gaps):
        return None
    return dashes[1]


_DASH_GAP = re.compile(r"\s*[–—-]\s*")
# The commas that set off a role in apposition (Latin, Arabic).
_COMMAS = frozenset(",،")
# A gap opening a phrase inside a clause: a comma or a dash.
_APPOSITION_OPENING = re.compile("[,،–—-]")


_OPENING_QUOTES = frozenset("«“„")
_CLOSING_QUOTES = frozenset("»”")


def _inside_quotation(gaps: list[str]) -> list[bool]:
    """Per word of a paragraph, whether it stands inside a quotation (after more opening marks «“„ than closing ones
    » ” in the gaps before it; the straight " tells neither)."""
    out, depth = [], 0
    for gap in gaps:
        for c in gap:
            if c in _OPENING_QUOTES:
                depth += 1
            elif c in _CLOSING_QUOTES:
                depth = max(0, depth - 1)
        out.append(depth > 0)
    return out


def _clause_start(gaps: list[str], k: int) -> int:
    """The first word of the clause holding word k: after the last clause mark (see _CLAUSE_OPENING_MARKS) before it."""
    while k > 0 and not _CLAUSE_OPENING_MARKS.search(gaps[k]):
        k -= 1
    return k


def _given_names_before(words: list[str], gaps: list[str], kinds: list[int], runs: Sequence[tuple[int, int]],
                        lex: Lexicon, calendar: WordList, lang: str) -> list[tuple[int, int]]:
    """The runs, a one-word name (a surname the text names someone by alone) taken back over the given name before
    it where the language sets the name before its role: one word where a role follows the name ('… رسمی مسعود
    پزشکیان رئیس‌جمهور'), up to two where they open the clause of a language whose verb does not open it
    ('قاسم‌جومارت توکایف پس از …'). Nothing else shows
    where an uncased name begins there: a noun tied to it by the unwritten ezafe looks the same."""
    out = []
    taken = {k for a, b in runs for k in range(a, b)}
    for a, b in runs:
        if b - a == 1 and a > 0 and gaps[a] in _SPACES:
            first = _clause_start(gaps, a)
            role_after = b < len(words) and gaps[b] in _SPACES and bool(kinds[b] & K_ROLE)
            # (Where the verb opens the clause, 'وأشاد قاليباف بالدور', the word opening it is the verb, no given name.)
            opens = a - first <= 2 and "verb_first" not in _word_order(lang)
            most = 1 if role_after else 2 if opens else 0
            k = a
            while (k > 0 and a - k < most and gaps[k] in _SPACES and k - 1 not in taken
                   and not _uncased_stop(words[k - 1], kinds[k - 1], lex, calendar, lang, True)):
                k -= 1
            if a - k and (role_after or k == first):
                a = k
        out.append((a, b))
    return out


def _name_before_role_ok(words: list[str], gaps: list[str], kinds: list[int], run: tuple[int, int],
                         lang: str) -> bool:
    """Whether a run _uncased_runs read after a role holds in a verb-final language: not the noun of a compound
    verb (a light verb right after it: 'رئیس‌جمهور کشورمان قرار گرفت'), and ended by a word rather than a mark
    (where the name stands before its role, 'کارشناس مسائل آسیای مرکزی، …' is the role's field)."""
    b = run[1]
    if "name_before_role" not in _word_order(lang):
        # (Where the role leads its name, 'ተንታኝ አቶ ዳዊት መኮንን «…» አሉ', a mark after the name ends it.)
        return b >= len(words) or words[b] not in _light_verbs(lang)
    if b >= len(words):
        return False
    return words[b] not in _light_verbs(lang) and gaps[b] in _SPACES


@cache
def genitive_clitics(lang: str) -> tuple[str, ...]:
    """Prepositions glued before a country's name that make it a possessor (clitics.txt [genitive]: Amharic የ,
    'የኬንያ ፕሬዚዳንት', Kenya's president)."""
    return tuple(" ".join(data.sections("clitics.txt", lang).get("genitive", [])).split())


def _glued_genitive_place(word: str, lang: str) -> places.Place | None:
    """The place a word names with a genitive preposition glued before it (see genitive_clitics), or another
    preposition before which the language drops it ('ከኢትዮጵያው ጠቅላይ ሚኒስትር', with Ethiopia's prime minister); None in a
    language without [genitive] clitics."""
    if not genitive_clitics(lang):
        return None
    return next((place for f in _clitic_stripped(word, lang) if (place := places.lookup(f)) is not None), None)


def _country_code(place: places.Place | None) -> str | None:
    """The country of a place, or None."""
    return place.country if place else None


def glued_genitive_country(word: str, lang: str) -> str | None:
    """The country a word names with a genitive preposition glued before it ('የኬንያ', Kenya's; see
    _glued_genitive_place), None for any other word or in a language without [genitive] clitics."""
    place = _glued_genitive_place(word, lang)
    return place.country if place is not None and place.kind == "country" else None


def role_link(word: str, lang: str) -> bool:
    """Whether a word continues a role phrase around its role word (role_links.txt: Amharic የውጭ ጉዳይ before ሚኒስትር)."""
    return word in _role_links(lang)


def _glued_locative_place(word: str, lang: str) -> bool:
    """A place's name with a locative preposition glued before it (data/<lang>/locative.txt: Hebrew בברלין, in
    Berlin), which continues a role phrase as the seat of its office ('השגריר הישראלי בברלין, רון פרוסור')."""
    return (word[:1] in places.locatives(lang)
            and any(places.lookup(f) is not None for f in _clitic_stripped(word, lang)))


@cache
def _place_prepositions(lang: str) -> frozenset[str]:
    """Prepositions after which a country's name continues a role phrase (role_links.txt [place_prepositions]:
    Hebrew של, 'שרת הכלכלה של צרפת', France's economy minister)."""
    return frozenset(" ".join(data.sections("role_links.txt", lang).get("place_prepositions", [])).split())


_APPOSED_WORDS = 4
"""The most words a name set off by commas after its role holds in an uncased script."""


def _apposed_run(words: list[str], gaps: list[str], kinds: list[int], j: int, lex: Lexicon, calendar: WordList,
                 lang: str, spared: frozenset[str]) -> tuple[int, int] | None:
    """[j, m) of a name set off by commas right after its role phrase, which ends before word j ('שר החוץ, גדעון
    סער, אמר'; 'وزير الخارجية، فيصل بن فرحان، قال'): words that are no stop (_uncased_stop), closed by a comma,
    or by the sentence's end where the name ends it ('נפגש עם שר החקלאות של הודו, שיוואראג' סינג צ'והאן.'; two
    words at least, the last no initial's: 'סי. אר. פאטיל' is read on).
    None where the role phrase is not followed by a comma, or what follows it is no such name."""
    n = len(words)
    if j >= n or gaps[j].strip() != ",":
        return None
    m = j
    while (m < n and m - j < _APPOSED_WORDS and (m == j or gaps[m] in _SPACES)
           and not _uncased_stop(words[m], kinds[m], lex, calendar, lang, m > j, spared)):
        m += 1
    if m > j and m < n and gaps[m].strip() == ",":
        return j, m
    ends = m == n or gaps[m].strip() == "." and gaps[m][-1:].isspace()
    return (j, m) if ends and m - j >= 2 and len(words[m - 1]) >= _APPOSED_LAST_LETTERS else None


_APPOSED_LAST_LETTERS = 3
"""The fewest letters of the last word of a name that ends its sentence after its role (an initial has fewer)."""


@cache
def _possessor_words(lang: str) -> frozenset[str]:
    """The words after a preposition-glued name that make it the haver, the clause's subject (clitics.txt
    [possessor]: Hebrew 'ל-X היה', X had)."""
    return frozenset(" ".join(data.sections("clitics.txt", lang).get("possessor", [])).split())


@cache
def _addressees(lang: str) -> tuple[str, ...]:
    """Prepositions glued to the word after a speech verb that make it the addressee (clitics.txt [addressee]:
    Hebrew ל, 'אמר לסטארמר', said to Starmer)."""
    return tuple(" ".join(data.sections("clitics.txt", lang).get("addressee", [])).split())


def _addressee(word: str, lang: str) -> bool:
    """Whether a word after a speech verb is its addressee: a glued preposition of [addressee] before a word
    that no list knows (a name or a role: 'לסטארמר', 'לכתבים')."""
    return bool(word.startswith(_addressees(lang) or ("\0",)) and _clitic_stripped(word, lang))


@cache
def _article_names(lang: str) -> bool:
    """Whether names may open with the article's letter (word_order.txt "article_names": Hebrew הרצוג, הנגבי,
    הלוי), so that a word with it after a name's first word goes on with the name."""
    return "article_names" in _word_order(lang)


@cache
def _shared_subject(lang: str) -> tuple[str, ...]:
    """The conjunctions (clitics.txt) that, glued to a speech verb inside a clause (a space alone before it), make it
    a second verb of the clause's subject (word_order.txt "shared_subject": Hebrew 'טבארו הודה לרגב והבטיח השקעה',
    Tabarot thanked Regev and promised investment: the word after it is its object, no name); () where none does."""
    if "shared_subject" not in _word_order(lang):
        return ()
    return tuple(c for c in _clitics(lang)[0] if len(c) == 1)


@cache
def _construct_closed(lang: str) -> bool:
    """Whether a construct chain ends at its first word with the article (data/<lang>/word_order.txt
    "construct_closed": Hebrew 'ראש ממשלת ישראל', the prime minister of Israel, but 'שר הביטחון ישראל כ"ץ', the
    defence minister Israel Katz)."""
    return "construct_closed" in _word_order(lang)


@cache
def _definite_role_alone(lang: str) -> bool:
    """Whether a role noun with its article glued on names the one the text spoke of and leads no name
    (word_order.txt "definite_role_alone": Amharic 'ምክትል ጠቅላይ ሚኒስትሩ በጉባኤው ላይ', the deputy prime minister at
    the conference; before a name the role stands bare, 'ሚኒስትር አቶ …')."""
    return "definite_role_alone" in _word_order(lang)


def _definite_role(word: str, lang: str) -> bool:
    """Whether a role word is written with its article (role_cases.txt turns it to another role word)."""
    bare = nominative_role(word, lang, False, lambda w: lexicon(lang).roles.holds(w))
    return bare is not None and bare != word


@cache
def _enclitics(lang: str) -> tuple[str, ...]:
    """Conjunctions glued after a word (clitics.txt [enclitics]: Amharic ኢትዮጵያና, Ethiopia-and)."""
    return tuple(" ".join(data.sections("clitics.txt", lang).get("enclitics", [])).split())


def _place_with_enclitic(word: str, lang: str) -> bool:
    """Whether the word is a place with a conjunction glued after it ('ተመስገን ጥሩነህ ኢትዮጵያና ህንድ': the name ends
    before Ethiopia-and)."""
    return any(word.endswith(e) and len(word) - len(e) >= 2 and places.lookup(word[: -len(e)]) is not None
               for e in _enclitics(lang))


def _closed_chain(words: list[str], j: int, article: str, lang: str) -> bool:
    """Whether the role phrase before word j ended at a word with the article, so that a place's name at j (no
    article of its own) is no complement of the role: in a closed construct language it is a given name."""
    return (bool(article) and j > 0 and words[j - 1].startswith(article) and not words[j].startswith(article)
            and _construct_closed(lang))


def verb_last(lang: str) -> bool:
    """Whether the language's clause closes with its verb, the subject opening it (data/<lang>/word_order.txt)."""
    return "verb_last" in _word_order(lang)


@cache
def _verb_auxiliaries_after(lang: str) -> frozenset[str]:
    """A verb-last language's auxiliaries and light verbs that follow a verb's stem (data/<lang>/word_order.txt
    [auxiliaries]: Hindi गए, रहे, दिया in 'लौट गए', 'बोल रहे'): the word before one is no name's last word."""
    return frozenset(" ".join(data.sections("word_order.txt", lang).get("auxiliaries", [])).split())


@cache
def _postpositions(lang: str) -> frozenset[str]:
    """A verb-final language's postpositions (data/<lang>/word_order.txt [postpositions]: Pashto ته, سره, کې): the
    word before one is its object, no subject's."""
    return frozenset(" ".join(data.sections("word_order.txt", lang).get("postpositions", [])).split())


@cache
def genitive_postpositions(lang: str) -> frozenset[str]:
    """A language's genitive postpositions (data/<lang>/word_order.txt [genitive]: Hindi का की के), which tie the
    role after them to the country before them."""
    return frozenset(" ".join(data.sections("word_order.txt", lang).get("genitive", [])).split())


@cache
def _subject_markers(lang: str) -> dict[str, int]:
    """A language's words that mark a subject -> the most words a speech verb stands after one
    (data/<lang>/subject_markers.txt: Hindi ने 4, का 1; Somali's focus marker ayaa)."""
    return {w[0]: int(w[1]) for line in data.sections("subject_markers.txt", lang).get("", [])
            if len(w := line.split()) == 2 and w[1].isdigit()}


@cache
def _name_initials(lang: str) -> frozenset[str]:
    """Initials written before a name with a full stop (data/<lang>/name_particles.txt [initials]: Hindi एस, के, पी
    in 'एस. जयशंकर'): an uncased script has no capital letter to tell one by."""
    return frozenset(" ".join(data.sections("name_particles.txt", lang).get("initials", [])).split())


@cache
def _honorifics_after(lang: str) -> frozenset[str]:
    """Honorifics written after a name (data/<lang>/name_particles.txt [after]: Hindi जी in 'मोदी जी'): no part of it."""
    return frozenset(" ".join(data.sections("name_particles.txt", lang).get("after", [])).split())


def _after_initial(gap: str, before: str, initials: frozenset[str]) -> bool:
    """A full stop and a space after an initial ('एस. जयशंकर', 'ए.के. एंटनी'): the name goes on."""
    return before in initials and gap.rstrip(" \u00a0") == "." and len(gap) <= 2



def _verb_within(gaps: list[str], kinds: list[int], m: int, reach: int) -> bool:
    """Whether a speech verb follows word m within `reach` words, with only spaces between (a subject marker's or a
    glued subject ending's reach: 'पुतिन ने जोर देकर कहा', 'კობახიძემ ხაზი გაუსვა')."""
    n = len(kinds)
    j = m + 1
    while j < n and j - m <= reach and gaps[j] in _SPACES and not kinds[j] & K_VERB:
        j += 1
    return j < n and j - m <= reach and gaps[j] in _SPACES and bool(kinds[j] & K_VERB)


def _subject_runs(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon, calendar: WordList,
                  lang: str, spared: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """[a, b) of the names a verb-last language writes as a speech verb's subject, with no role before them: the
    words before a subject marker (data/<lang>/subject_markers.txt) back to the first stop (_uncased_stop), where
    a speech verb follows the marker within its reach and no mark ('पुतिन ने जोर देकर कहा कि', 'शर्मा का कहना है')."""
    markers = _subject_markers(lang)
    # A language may write its subject either way (Marathi: the honorific apart, 'देशमुख यांनी सांगितले', or its
    # ergative glued, 'देशमुखांनी सांगितले'): the glued subjects are read beside the marked ones.
    glued = _glued_subject_runs(words, gaps, kinds, lex, calendar, lang, spared)
    if not markers:
        return glued
    initials = _name_initials(lang)
    honorifics = _honorifics_after(lang)
    runs: list[tuple[int, int]] = []
    n = len(words)
    for m in range(1, n):
        reach = markers.get(words[m])
        if reach is None or gaps[m] not in _SPACES:
            continue
        if not _verb_within(gaps, kinds, m, reach):
            continue
        # 'मोदी जी ने कहा': the honorific after the name is no part of it.
        end = m - 1 if m > 1 and words[m - 1] in honorifics and gaps[m - 1] in _SPACES else m
        a = end
        while (a > 0 and end - a < _UNCASED_NAME_WORDS
               and (gaps[a] in _SPACES or a < end and _after_initial(gaps[a], words[a - 1], initials))
               and (not _uncased_stop(words[a - 1], kinds[a - 1], lex, calendar, lang, a < end, spared)
                    or a < end and _after_initial(gaps[a], words[a - 1], initials))):
            a -= 1
        a = _past_role_field(words, gaps, kinds, a, end, lang)
        if a < end:
            runs.append((a, end))
    return sorted(runs + glued) if glued else runs


@cache
def _glued_subject_markers(lang: str) -> tuple[tuple[str, int], ...]:
    """A language's subject case endings glued to the subject's last word -> the most words a speech verb stands
    after it (data/<lang>/subject_markers.txt [glued]: Georgian ergative მა 3, მ 3), longest first."""
    pairs = {w[0]: int(w[1]) for line in data.sections("subject_markers.txt", lang).get("glued", [])
             if len(w := line.split()) == 2 and w[1].isdigit()}
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


@cache
def _glued_source_markers(lang: str) -> dict[str, tuple[str, ...]]:
    """A word naming someone's words as a source -> the case endings the source's name before it takes
    (data/<lang>/subject_markers.txt [glued_before]: Georgian თქმით after a genitive, 'პესკოვის თქმით')."""
    out: dict[str, list[str]] = {}
    for line in data.sections("subject_markers.txt", lang).get("glued_before", []):
        if len(w := line.split()) == 2:
            out.setdefault(w[1], []).append(w[0])
    return {word: tuple(sorted(endings, key=len, reverse=True)) for word, endings in out.items()}


def _glued_subject_runs(words: list[str], gaps: list[str], kinds: list[int], lex: Lexicon, calendar: WordList,
                        lang: str, spared: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """[a, b) of the names written as a speech verb's subject with its case glued on and no role before them
    (Georgian 'ფაშინიანმა ხაზი გაუსვა', 'ირაკლი კობახიძემ განაცხადა'): a word no list knows, ending in a
    [glued] subject ending, a speech verb within its reach after it and no mark between; the name's words before
    it are those with no case of their own (only a name's last word declines), back to the first stop."""
    markers = _glued_subject_markers(lang)
    if not markers:
        return []
    sources = _glued_source_markers(lang)
    runs: list[tuple[int, int]] = []
    n = len(words)
    for m in range(n):
        word = words[m]
        if kinds[m] or _uncased_stop(word, kinds[m], lex, calendar, lang, False, spared):
            continue
        # 'პესკოვის თქმით' (by Peskov's words): a genitive before a source's word names its speaker.
        source = (m + 1 < n and gaps[m + 1] in _SPACES and words[m + 1] in sources
                  and any(word.endswith(e) and len(word) - len(e) >= _STEM_LEAST for e in sources[words[m + 1]]))
        if not source:
            reach = next((r for ending, r in markers if word.endswith(ending) and len(word) - len(ending) >= _STEM_LEAST), None)
            if reach is None:
                continue
            if not _verb_within(gaps, kinds, m, reach):
                continue
        a = m
        while (a > 0 and m - a < _UNCASED_NAME_WORDS - 1 and gaps[a] in _SPACES and not kinds[a - 1]
               and not oblique_case(words[a - 1], lang) and not adjective_word(words[a - 1], lang)
               and not _uncased_stop(words[a - 1], kinds[a - 1], lex, calendar, lang, True, spared)):
            a -= 1
        runs.append((a, m + 1))
    return runs


def _past_role_field(words: list[str], gaps: list[str], kinds: list[int], a: int, end: int, lang: str) -> int:
    """Where a subject's name starts once the field of a role word right before it is passed over: a language that
    sets the field after the role word (Urdu's ezafe: 'وزیر دفاع نے کہا', the defence minister said) writes
    role_links.txt words there, which are the role's, never a name (the subject was 'دفاع')."""
    if a == 0 or not kinds[a - 1] & K_ROLE or gaps[a] not in _SPACES:
        return a
    links = _role_links(lang)
    while a < end and words[a] in links:
        a += 1
    return a


def _without_bodies(paragraphs: Sequence[_Paragraph], found: list[list[tuple[int, int]]],
                    lang: str) -> list[list[tuple[int, int]]]:
    """The runs of an uncased text less the one-word runs the text also writes right after an institution's word
    (unnamed.txt: 'شرکت گازپروم', the Gazprom company): a body's name, though a role leads it elsewhere ('مدیرعامل
    گازپروم', Gazprom's chief executive). A word some longer run ends with is a person's surname ('دولت ترامپ' beside
    'دونالد ترامپ')."""
    unnamed = _unnamed_subjects(lang)
    bodies = {p.words[k + 1] for p in paragraphs for k in range(len(p.words) - 1)
              if p.gaps[k + 1] in _SPACES and unnamed.holds(p.words[k])}
    if not bodies:
        return found
    surnames = {p.words[b - 1] for p, runs in zip(paragraphs, found) for a, b in runs if b - a > 1}
    return [[(a, b) for a, b in runs if not (b - a == 1 and p.words[a] in bodies and p.words[a] not in surnames)]
            for p, runs in zip(paragraphs, found)]


def _cut_at_lone_names(paragraphs: Sequence[_Paragraph], found: Sequence[list[tuple[int, int]]],
                       lang: str = "") -> list[list[tuple[int, int]]]:
    """The runs, each cut after a word the text names someone by alone elsewhere (a run of that one word):
    'الرئيس التركي رجب طيب أردوغان وعددا من …' ends at أردوغان, as 'قال أردوغان:' shows (an uncased name
    has no capital to end it, and a noun glued to و may follow it). Also after a word that ends a longer name
    elsewhere when the next word opens with a glued preposition or conjunction (_glued_after_name_end: 'אמר
    נתניהו לכתבים' ends at נתניהו, as 'בנימין נתניהו' shows)."""
    # (A glued-case language's words by their stems: 'ფაშინიანმა' alone cuts 'ნიკოლ ფაშინიანი ოფიციალური …'.)
    key = partial(uncased_stem, lang=lang) if _uncased_endings(lang).endings else str
    lone = {key(p.words[a]) for p, runs in zip(paragraphs, found) for a, b in runs if b - a == 1}
    ends = {p.words[b - 1] for p, runs in zip(paragraphs, found) for a, b in runs if b - a > 1} if lang else set()
    out = []
    for p, runs in zip(paragraphs, found):
        cut = []
        for a, b in runs:
            end = next((k + 1 for k in range(a, b - 1)
                        if key(p.words[k]) in lone and k > a or _glued_after_name_end(p.words, k, ends, lang)), b)
            cut.append((a, end))
        out.append(cut)
    return out


def _glued_after_name_end(words: list[str], k: int, ends: set[str], lang: str) -> bool:
    """Whether words[k] ends a name found elsewhere and the word after it opens with a clitic (Hebrew ל, ב, ו:
    'לכתבים', to the reporters): in a script without capitals nothing else tells that the name is done."""
    return words[k] in ends and bool(_clitic_stripped(words[k + 1], lang))


def _known_name_keys(paragraphs: Sequence[_Paragraph], found: Sequence[Sequence[tuple[int, int]]],
                     lang: str) -> dict[str, tuple[str, ...]]:
    """The last word of every name found (with the particle before it: 'آل ثاني', 'عبد العاطي') -> the name's
    words: what marks the same name written again without a role or verb before it."""
    known: dict[str, tuple[str, ...]] = {}
    particles = _name_particles(lang)
    for p, runs in zip(paragraphs, found):
        for a, b in runs:
            words = tuple(p.words[a:b])
            # (A glued-case language's last word by its stem: 'კობახიძე' marks a later 'კობახიძის' too.)
            key = " ".join(words[-2:]) if len(words) > 1 and words[-2] in particles else uncased_stem(words[-1], lang)
            if len(key) >= 2 and (key not in known or len(words) > len(known[key])):
                known[key] = words
    return known


def _glued_name(word: str, known: Mapping[str, tuple[str, ...]], lang: str) -> str:
    """The known name's last word that a word writes after clitics glued before it (Hebrew 'לאל-ג׳אבר', to Al
    Jaber; 'ומוסטפייב', and Mustafayev: clitics.txt), or "": uncased scripts glue their conjunctions and
    prepositions to a name as to any word. Only the word's own end (an article the preposition absorbed is no
    name's)."""
    return next((f for f in _clitic_stripped(word, lang) if f in known and word.endswith(f)), "") if lang else ""


def _glued_preposition(word: str, form: str, lang: str) -> bool:
    """Whether the clitics a name's word carries before its form hold a preposition (בנתניהו, לסטארמר, ולמקרון;
    not a conjunction alone: ונתניהו): the name is a preposition's object then, as after a separate one."""
    glued = word[: len(word) - len(form)]
    conjunctions, prepositions, _ = _clitics(lang)
    rest = next((glued[len(c):] for c in conjunctions if glued.startswith(c)), glued)
    return bool(rest) and rest in prepositions


def _repeated_names(words: list[str], gaps: list[str], kinds: list[int], runs: Sequence[tuple[int, int]],
                    known: Mapping[str, tuple[str, ...]], lang: str = "") -> list[tuple[int, int]]:
    """[a, b) of the names of `known` this paragraph writes outside its runs: the name's last word (or last
    two, with a particle) and as many of its words before it as the text writes there."""
    if not known:
        return []
    taken = set(chain.from_iterable(range(a, b) for a, b in runs))
    glued = bool(lang) and bool(_uncased_endings(lang).endings)  # (others key a word as written)
    out: list[tuple[int, int]] = []
    for k, w in enumerate(words):
        if k in taken or kinds[k]:
            continue
        two = f"{words[k - 1]} {w}" if k and gaps[k] in _SPACES else ""
        name = known.get(two) if two in known else known.get(uncased_stem(w, lang) if glued else w)
        if name is None:
            if (bare := _glued_name(w, known, lang)) and (not _glued_preposition(w, bare, lang) or (
                    k + 1 < len(words) and words[k + 1] in _possessor_words(lang))):
                # 'ומוסטפייב אמר', 'לאל-ג׳אבר היה מסר' (Al Jaber had a message): the name after its glued clitics
                # (_glued_name); after a preposition (אמר לסטארמר, said to Starmer) only where the name is the haver.
                out.append((k, k + 1))
            continue
        a = k - (1 if two in known else 0)
        m = len(name) - (k - a + 1)
        while m > 0 and a > 0 and gaps[a] in _SPACES and words[a - 1] == name[m - 1] and a - 1 not in taken:
            a, m = a - 1, m - 1
        out.append((a, k + 1))
    return out



# Capitalised words after a role at least, for its run to hold an unread name behind an institution's ("Universitas
# Indonesia Siti …" four; "Komisji Europejskiej" two, a title alone).
_UNREAD_NAME_RUN = 3


def _capitalised_after(words: Sequence[str], starts: Sequence[int], ends: Sequence[int], text: str, j: int) -> int:
    """How many capitalised words from words[j] on are written one after another with only spaces between them."""
    k = j
    while k < len(words) and words[k][:1].isupper() and (k == j or not text[ends[k - 1] : starts[k]].strip()):
        k += 1
    return k - j


class People:
    """Every person mention of an article: names found and clustered once, roles and pronouns resolved
    on demand, with or without the quotations masked."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], lang: str,
                 captions: Sequence[tuple[int, int]] = ()) -> None:
        """`spans`: the running text's blocks; `captions`: picture captions, read only for fuller names."""
        self.text = text
        self._lang = lang
        self.lex = lexicon(lang)
        self._calendar = calendar_words(lang)
        self._paragraphs = _paragraphs(text, spans, self.lex)
        paragraphs = self._paragraphs
        self._entry_starts = [m.end() for m in cleaning.ENTRY_STAMP.finditer(text)]
        # The article's lower-case words: a sentence's capitalised first word written so elsewhere
        # (позже … Позже он уточнил) is a word of the language, not a name.
        # (No closure here holds self: a People is freed as soon as dropped, never left to the cycle collector.)
        lowercase = self._lowercase = _LazySet(lambda: _lowercase_words(chain.from_iterable(p.words for p in paragraphs)))
        lowercase_stems = _LazySet(lambda: _lowercase_stems(lowercase.items()))
        # Names written with a glued initial (Mongolian У.Хүрэлсүх): a person's, whatever lower-case word shares their start.
        initialled = _LazySet(lambda: {p.words[k] for p in paragraphs for k in range(1, len(p.words))
                                       if p.gaps[k] == "." and len(p.words[k - 1]) == 1 and p.words[k - 1].isupper()})
        self._placelike: Callable[[str], bool] = _Memo(partial(_placelike, lowercase_stems, initialled)).__getitem__
        self._midsentence = _LazySet(lambda: set(chain.from_iterable(
            compress(p.words, map(not_, p.initial)) for p in paragraphs)))
        # Last words of runs like "Vladimir Putin": a surname that needs no particle before it.
        self._surname_after_given = _LazySet(lambda: {p.words[e - 1] for p in paragraphs for s, e in p.runs
                                                      if e - s > 1 and p.words[e - 2][:1].isupper()})
        self._capitalised = _LazySet(lambda: set(chain.from_iterable(compress(p.words, p.caps) for p in paragraphs)))
        # "saint" and the word after it inside runs (Amelia St John-Barrow): built when first asked.
        self._saint_pairs: set[tuple[str, str]] | None = None
        # The "and" words that join two surnames in some run (Correia e Silva): a name's particles then.
        self._conjoined: frozenset[str] = frozenset()
        # A script without letter case (Arabic) shows no name by its capitals: its names are read from the words
        # around them (_uncased_names), and the capital-based finders below are never entered.
        self._uncased = uncased_script(text)
        if self._uncased:
            self._init_uncased(captions)
            return
        self._function_word_names()
        self._join_particles()
        self._join_conjoined()
        index: dict[str, list[str]] = {}
        near: set[tuple[int, str]] = set()
        # A caption's role-led full name ("Bundeskanzler Christian Stocker") makes the body's bare surname a name.
        caption_surnames = self._caption_surnames(captions) if captions else []
        for name in sorted(set(self._evidenced_surnames()).union(caption_surnames)):
            for key in _name_keys(fold(name)):
                index.setdefault(key, []).append(name)
            near.update(_near_keys(fold(name)))
        self._is_surname: Callable[[str], bool] = _Memo(partial(_is_surname, index, frozenset(index), near)).__getitem__
        self._near = near
        self._captions = captions
        self._names = self._find_names()
        self.clusters = self._cluster([form for _, _, form in self._names])
        if captions:
            self._caption_names(captions)
        self._init_rest(lang)

    def _init_uncased(self, captions: Sequence[tuple[int, int]]) -> None:
        """The rest of __init__ for a text in a script without letter case: the name runs are marked from the
        words around them (see _uncased_runs), then clustered and resolved as any other language's."""
        self._is_surname = lambda _w: False
        self._near = set()
        self._captions = captions
        self._names = self._uncased_names()
        self.clusters = self._cluster([form for _, _, form in self._names])
        self._init_rest(self._lang)

    def _init_rest(self, lang: str) -> None:
        """What every script's People sets up after its names are found."""
        self._mark_events()
        self._resolved: tuple[tuple[int, ...], list[Mention]] | None = None
        # Where a name starts or a role or pronoun stands, among the events (see _masked_at), once asked.
        self._mentionable: list[int] | None = None
        self._intros: list[tuple[str, _Paragraph, int, int | None]] = []  # the last resolution's introductions
        # The last resolution's people shown to be women ("f") or men ("m"): see gender_of.
        self._genders: dict[str, set[str | None]] = {"f": set(), "m": set()}
        self._home_head: bool | None = None  # _home_head_named's answer, once asked
        rules = _GENDERS.get(lang)
        self._gender: Callable[[str], str | None] = _Memo(partial(_word_gender, rules)).__getitem__
        self._verb_gender: Callable[[str], str | None] = _Memo(partial(_verb_gender, rules)).__getitem__
        self._offices = _offices(lang)
        # The offices those phrases stand for (ministre, minister): words of an office, not epithets.
        self._office_keys = frozenset(key for _, key in self._offices)
        # Determiners of a woman's and of a man's role, and the unmarked role endings (see _Genders).
        self._determiners: tuple[frozenset[str], frozenset[str], tuple[str, ...] | None] = (
            (rules.determiners, rules.determiners_m, rules.unmarked) if rules else (frozenset(), frozenset(), None))

    def _function_word_names(self) -> None:
        """A capitalised function word mid-sentence before a capitalised word opens a name ("сказал То Лам",
        "said To Lam", "with Li Qiang") where a speech verb, a role or a title leads it or the pair recurs."""
        # Articles are left out: "said The Guardian", "La Stampa", "Die Zeit" are no people.
        distinct = set(chain.from_iterable(p.words for p in self._paragraphs))
        odd = distinct & _capitalised_function_words(self._lang)
        regnal = distinct & _REGNALS
        if not odd and not regnal:
            return
        spots: list[tuple[_Paragraph, int]] = []
        # The pairs opening a sentence: names only where the same pair is one mid-sentence too.
        openings: list[tuple[_Paragraph, int]] = []
        pairs: Counter[tuple[str, str]] = Counter()
        changed: set[int] = set()
        # Only the words that are either are visited (in order, as the changes below are read by the next words).
        either = odd | regnal
        for p in self._paragraphs:
            if either.isdisjoint(p.words):
                continue
            words, n = p.words, len(p.words)
            for k in compress(range(n), map(either.__contains__, words)):
                if k == n - 1:
                    break
                if p.initial[k]:
                    # "То Лам, в свою очередь, назвал …": opening a sentence the pair is read only where it
                    # also stands as a name mid-sentence ("с генсеком То Ламом"), below.
                    if (words[k] in odd and p.caps[k + 1] and p.gaps[k + 1] in _SPACES
                            and not (k + 2 < n and p.caps[k + 2] and p.gaps[k + 2] in _SPACES)):
                        openings.append((p, k))
                    continue
                # "Mohamed VI", "Felipe VI": the number after a name word belongs to the run. It closes the name:
                # one before another name word is a plant's or a treaty's ("Elektrárna Dukovany II Petr Závodský").
                if (words[k] in regnal and p.caps[k - 1] and p.gaps[k] in _SPACES and not p.initial[k - 1]
                        and not (p.caps[k + 1] and p.gaps[k + 1] in _SPACES)):
                    p.kinds[k], p.caps[k] = K_NAME, True
                    changed.add(id(p))
                    continue
                if (words[k] in odd and not p.initial[k] and p.caps[k + 1] and p.gaps[k + 1] in _SPACES
                        and p.gaps[k] in _SPACES and not (k + 2 < n and p.caps[k + 2] and p.gaps[k + 2] in _SPACES)):
                    spots.append((p, k))
                    pairs[words[k], fold(words[k + 1])[:3]] += 1
        for p, k in spots:
            led = bool(p.kinds[k - 1] & (K_VERB | K_ROLE | K_TITLE))
            if not led and k > 1 and p.kinds[k - 2] & K_ROLE and p.gaps[k - 1] in _SPACES:
                # "Premijer Azerbejdžana Ali Asadov", "Prime Minister of … ": a role and its country's name
                # lead the name as the role alone does ("ali", but, is never capitalised mid-sentence).
                led = places.lookup(p.words[k - 1]) is not None
            if not led and k > 2 and p.gaps[k - 1] in _SPACES and places.lookup(p.words[k - 1]) is not None:
                # A longer role phrase ending in its country ("Премьер Государственного совета КНР Ли Цян", Premier
                # of the State Council of the PRC): a role word a few words back, in the same sentence, leads too.
                j = k - 2
                while not led and j >= max(0, k - 2 - _ROLE_PHRASE_REACH) and not p.initial[j + 1] and p.gaps[j + 1] in _SPACES:
                    led = bool(p.kinds[j] & K_ROLE)
                    j -= 1
            if led or pairs[p.words[k], fold(p.words[k + 1])[:3]] > 1:
                p.kinds[k], p.caps[k] = K_NAME, True
                changed.add(id(p))
        named = {(p.words[k], fold(p.words[k + 1])[:3]) for p, k in spots if p.kinds[k] == K_NAME}
        for p, k in openings:
            # A pair seen once mid-sentence is a name where it recurs opening a sentence ("… с То Ламом. То Лам
            # сказал"); both are then the name.
            pair = (p.words[k], fold(p.words[k + 1])[:3])
            if pair in named or pairs[pair] == 1:
                p.kinds[k], p.caps[k] = K_NAME, True
                changed.add(id(p))
                for q, j in spots:
                    if (q.words[j], fold(q.words[j + 1])[:3]) == pair and q.kinds[j] != K_NAME:
                        q.kinds[j], q.caps[j] = K_NAME, True
                        changed.add(id(q))
        for p in self._paragraphs:
            if id(p) in changed:
                p.runs, end = [], 0
                for k in compress(range(len(p.words)), p.caps):
                    if k >= end:
                        end = p.run_end(k, len(p.words))
                        p.runs.append((k, end))

    def _join_particles(self) -> None:
        """Runs across name particles: "Ursula von der Leyen", "Van der Berg", "zegt De Boer". A particle
        joins a name's words to one capitalised word after it; a lower-case or sentence-initial particle
        leads that word only where the text shows the same particle and word after a given name."""
        with_particles = [p for p in self._paragraphs if any(map(K_PARTICLE.__and__, p.kinds))]
        seen: set[tuple[tuple[str, ...], str]] = set()
        for p in with_particles:
            p.runs = self._particle_runs(p, seen, None)
        if seen:
            # A paragraph holding no word a known join leads to joins as it did: most are not read again.
            size, led_to = -1, set[str]()
            for p in with_particles:
                if len(seen) != size:
                    size, led_to = len(seen), {word for _, word in seen}
                if not led_to.isdisjoint(p.words):
                    p.runs = self._particle_runs(p, seen, seen)

    def _join_conjoined(self) -> None:
        """Runs across the "and" of a double surname ("Ulisses Correia e Silva", "Ortega y Gasset") where
        the pair recurs, its second word stands nowhere else, and a given name leads it once or its first
        word stands nowhere else either: two people named together ("Marcelo e Montenegro") stay two."""
        conjunctions = _surname_conjunctions(self._lang)
        if not conjunctions:
            return
        # (paragraph, run before, run after) of every capitalised word, "and", one capitalised word.
        spots: list[tuple[_Paragraph, int, int]] = []
        pairs: Counter[tuple[str, str]] = Counter()
        led: set[tuple[str, str]] = set()
        for p in self._paragraphs:
            if conjunctions.isdisjoint(p.words):
                continue
            runs, words, gaps = p.runs, p.words, p.gaps
            for r in range(len(runs) - 1):
                (s, e), (s2, e2) = runs[r], runs[r + 1]
                if not (s2 == e + 1 and e2 == s2 + 1 and words[e] in conjunctions
                        and gaps[e] in _SPACES and gaps[s2] in _SPACES):
                    continue
                pair = (words[e - 1], words[s2])
                spots.append((p, r, r + 1))
                pairs[pair] += 1
                if e - s >= 2 and not p.kinds[e - 2] & (K_ROLE | K_TITLE | K_PARTICLE):
                    led.add(pair)
        if not spots:
            return
        units = set()
        for (first, second), count in pairs.items():
            if count < 2 or any(self._placelike(w) or places.demonym(w) is not None for w in (first, second)):
                continue
            # Counted over the whole text once per candidate pair (an article has one or two).
            seen = sum(p.words.count(second) for p in self._paragraphs)
            if seen != count:
                continue
            if (first, second) in led or sum(p.words.count(first) for p in self._paragraphs) == count:
                units.add((first, second))
        if not units:
            return
        joined: dict[int, set[int]] = {}
        for p, r, r2 in spots:
            (s, e), (_, e2) = p.runs[r], p.runs[r2]
            if (p.words[e - 1], p.words[e + 1]) in units:
                joined.setdefault(id(p), set()).add(r)
        for p in self._paragraphs:
            if (rs := joined.get(id(p))) is None:
                continue
            runs: list[tuple[int, int]] = []
            for r, run in enumerate(p.runs):
                if r - 1 in rs:
                    runs[-1] = (runs[-1][0], run[1])
                else:
                    runs.append(run)
            p.runs = runs
        self._conjoined = conjunctions

    def _particle_runs(self, p: _Paragraph, seen: set[tuple[tuple[str, ...], str]],
                       known: Container[tuple[tuple[str, ...], str]] | None) -> list[tuple[int, int]]:
        """The paragraph's runs, joined across particles; the joins shown by a given name go to `seen`."""
        words, caps, kinds, gaps, n = p.words, p.caps, p.kinds, p.gaps, len(p.words)
        runs: list[tuple[int, int]] = []
        # Only capitalised words and particles can start a run: the others are skipped unread.
        for k in compress(range(n), map(or_, caps, map(K_PARTICLE.__and__, kinds))):
            if runs and k < runs[-1][1]:
                continue
            if caps[k]:
                start, end = k, p.run_end(k, n)
            # (A lower-case particle leads a word only where a join is known: the first pass, with none, does not
            # look for the word it would lead, as German's der, den and das before every noun would have it.)
            elif ((leads := words[k][:1].isupper() and not p.initial[k]) or known is not None) and (
                    m := self._chain_end(p, k)) > 0 and (
                    leads  # zegt De Boer
                    or (known is not None and (_lower(words[k:m]), words[m]) in known)):
                seen.add((_lower(words[k:m]), words[m]))
                start, end = k, m + 1
            else:
                continue
            # "Александер Ван дер Беллен": the run's last word may open the particle.
            for c in (end - 1, end):
                # (Most runs have no particle at either place: the cheap test first.)
                if not (c < n and kinds[c] & K_PARTICLE and (c < end or gaps[c] in _SPACES)):
                    continue
                # "Ana Rita de Sousa Vaz": after two names, the particle may lead a two-word surname
                # (after one, "Instituto de Estudos Africanos" is as likely).
                # (After one, too, when a speech verb, a role or a title leads it: "advierte Laura de la Cruz Benítez".)
                # (Or set off by a comma, an apposition: "A ministra do Ambiente, Maria da Graça Carvalho,".)
                pair = (c - start >= 2 and not any(w.lower() in _particles().words for w in words[start:c])) or (
                    c - start == 1 and start > 0 and (
                        (gaps[start] in _SPACES and bool(kinds[start - 1] & (K_VERB | K_ROLE | K_TITLE)))
                        or gaps[start].strip() == ","
                        # "Para Teresa de Sousa Mendes, investigadora": an opinion holder's opening phrase.
                        or self._opens_holder(p, start) or self._described_holder(p, start)))
                if (m := self._chain_end(p, c, pair=pair)) <= 0:
                    continue
                key = (_lower(words[c:m]), words[m])
                if c == start:
                    # A capitalised particle alone before the word: a lead ("заявив Ван дер Беллен").
                    joined = not p.initial[c] or (known is not None and key in known)
                else:
                    # "der Besuch von Macron": a noun before the particle, no given name; nor a sentence's
                    # first word, never seen mid-sentence, before someone else's surname ("Elogio di
                    # Putin" where the text has "Vladimir Putin").
                    # (An article before a role is the role's: "la politologue Sophie Van den Broeck".)
                    # ("Per Francesca Di …" beside "franco": after a holder's opening phrase, a word
                    # with only a lower-case relative is a given name; a known place is not.)
                    joined = not self._placelike_here(p, c - 1, start) and not (
                        self._after_article(p, start) and not self._role_leads(p, start)
                        and not self._described_holder(p, start)) and not (
                        c - 1 == start and p.initial[start] and words[start] not in self._midsentence
                        and words[m] in self._surname_after_given)
                if joined:
                    # "Tratado de Itaipu", "Instituto de Estudos Africanos": an institution's or a treaty's name
                    # shows no given name before the particle, so "brasileiro de Itaipu" elsewhere is a preposition.
                    if not _heads_institution(words[start]):
                        seen.add(key)
                    end = m + 1
                    if end < n and caps[end] and gaps[end] in _SPACES:
                        # (_chain_end let the second word of the surname through, or a particle and its word)
                        end += 2 if self._particle_tail(p, end) else 1
                    break
            # "de Vries-van der Linden": a particle glued by a hyphen to the run's last word goes on.
            tail = words[end - 1].rpartition("-")[2] if "-" in words[end - 1] else ""
            if tail.islower() and tail in _particles().starts and end < n and gaps[end] in _SPACES and (
                    m := self._chain_end(p, end, (tail,))) >= end:
                end = m + 1
            runs.append((start, end))
        return runs

    def _saint_place(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run [i, stop) names a place after "saint": "Sankt Gallen" opens with the word, "St. Galler
        Rheintal" follows it and its abbreviation's period (which ends the run before it). A title before
        (Dr St Clair), or the pair written elsewhere inside a name's run (Amelia St John-Barrow, José de
        San Martín), makes the words a surname."""
        words, gaps, saints = p.words, p.gaps, _saints()
        if stop - i > 1 and words[i] in saints:
            at = i
        elif i > 0 and words[i - 1] in saints and gaps[i].strip() in ("", "."):
            at = i - 1
        else:
            return False
        if at and p.kinds[at - 1] & K_TITLE:
            return False
        if self._saint_pairs is None:
            self._saint_pairs = {(q.words[k], q.words[k + 1]) for q in self._paragraphs for s, e in q.runs
                                 for k in range(s + 1, e - 1) if q.words[k] in saints}
        return (words[at], words[at + 1]) not in self._saint_pairs

    def _described_holder(self, p: _Paragraph, start: int) -> bool:
        """The run at `start` follows an opinion holder's opening phrase and the lower-case noun that
        describes the holder ("Para la internacionalista Mariana del Castillo Ruiz, …"): a person's name."""
        if start == 0 or p.gaps[start] not in _SPACES:
            return False
        noun = p.words[start - 1]
        return noun.islower() and noun not in self.lex.function_words and noun not in self.lex.prepositions and (
            self._holder_opening(p, start))

    def _chain_end(self, p: _Paragraph, k: int, lead: tuple[str, ...] = (), pair: bool = False) -> int:
        """The index of the one name word a particle starting at word k leads to, or -1: the particle's
        words whole and a capitalised word, no place and no run's first word ("van de Universiteit Leiden").
        `lead`: the particle's words glued to the word before k (Vries-van), which may then be the name word.
        `pair`: two name words may follow (de Sousa Vaz), when _surname_pair() allows them."""
        chains, longest, elided = _particles().chains, _particles().longest, _particles().elided
        words, gaps, n = p.words, p.gaps, len(p.words)
        # An elided particle (d', dell') is glued by its apostrophe to the one word it leads; no other is.
        if words[k].lower() in elided:
            # Lower-case, a contraction of preposition and article (dell', dall') is no particle: "Meloni
            # dall'Aula"; capitalised it is one (Dell'Utri), as d' is either way (Giscard d'Estaing).
            if lead or k + 1 >= n or gaps[k + 1] not in _ELISION_GAPS or (len(words[k]) > 1 and words[k].islower()):
                return -1
        elif k + 1 < n and gaps[k + 1] in _ELISION_GAPS:
            return -1
        preposition = words[k] in _preposition_particles(self._lang)  # (lower-case as written: "La" may lead one)
        for m in range(min(k + longest, n - 1), k - (1 if lead else 0), -1):
            if (p.caps[m] and lead + _lower(words[k:m]) in chains and not (preposition and m == k + 1 and not lead)
                    and all(g in _SPACES or (g in _ELISION_GAPS and i == k + 1 and words[k].lower() in elided)
                            for i, g in enumerate(gaps[k + 1 : m + 1], k + 1))
                    and (not (m + 1 < n and p.caps[m + 1] and gaps[m + 1] in _SPACES)
                         or (pair and self._surname_pair(p, m)) or self._particle_tail(p, m + 1))
                    and not self._placelike(words[m]) and not _heads_institution(words[m])
                    # "Otto Berger von der Partei X", "Piet Smit van de Partij": a word for a party or for the
                    # opposition after the particle is where the person comes from, no surname.
                    and not _party_words().holds(words[m].lower())
                    and not words[m].lower().startswith(_opposition_stems())
                    # Turkish "Bolat da Türk": "da" (also) before a nationality; a lower-case particle
                    # leads a surname, never a people's name.
                    and not (words[k][:1].islower() and places.demonym(words[m]) is not None)):
                return m
        return -1

    @staticmethod
    def _particle_tail(p: _Paragraph, k: int) -> bool:
        """Word k is a capitalised particle leading the name's last word ("bin Hamad Al Thani", "μπιν Χαμάντ
        Αλ Θάνι"): the name goes on over both, and no third capitalised word follows."""
        n, caps, gaps = len(p.words), p.caps, p.gaps
        return (k + 1 < n and bool(p.kinds[k] & K_PARTICLE) and p.words[k][:1].isupper() and caps[k + 1]
                and gaps[k] in _SPACES and gaps[k + 1] in _SPACES
                and not (k + 2 < n and caps[k + 2] and gaps[k + 2] in _SPACES))

    def _surname_pair(self, p: _Paragraph, m: int) -> bool:
        """Words m and m + 1 end a name, two surnames after a particle ("de Sousa Vaz"), not an institution
        ("de la Universidad Católica", "van de Universiteit Leiden"): no third capitalised word, no place,
        role, title or institution's word, neither written lower-case in the article."""
        words, n = p.words, len(p.words)
        if m + 2 < n and p.caps[m + 2] and p.gaps[m + 2] in _SPACES:
            return False
        # A known place as the second surname only ("Ana Paula de Souza Lima"): the first is no place, nor
        # are the two words together one ("de Santa Cruz", "de São Paulo").
        place_surname = (not self._placelike(words[m]) and places.lookup(f"{words[m]} {words[m + 1]}") is None
                         and places.lookup(words[m + 1]) is not None)
        return places.demonym(words[m + 1]) is None and not any(
            p.kinds[k] & (K_ROLE | K_TITLE) or (self._placelike(words[k]) and not (k > m and place_surname))
            or words[k].lower() in self._lowercase
            or self.lex.is_institution(words[k]) for k in (m, m + 1))

    @staticmethod
    def _role_leads(p: _Paragraph, start: int) -> bool:
        """A role among the lower-case words right before word `start`, after their article: "el analista
        internacional Tomás Vial", "la politologue Sophie Van den Broeck"."""
        for k in range(start - 1, max(start - 4, -1), -1):
            if p.kinds[k] & K_ROLE:
                return True
            if not p.words[k][:1].islower() or p.gaps[k + 1].strip():
                return False
        return False

    def _evidenced_surnames(self) -> list[str]:
        """Words the text itself shows to be names: after a role, next to a speech verb, after 'secondo'."""
        lex, text, placelike = self.lex, self.text, self._placelike
        plain_articles, function_words, reporting_ends = lex.plain_articles, lex.function_words, lex.reporting_ends
        found: list[str] = []
        paired: set[str] = set()
        particles = _particles().words
        # Lone mid-sentence words, (paragraph, index): whether one follows an article is asked only
        # of those whose word is also a two-word name's last (most are not).
        lone: list[tuple[_Paragraph, int]] = []
        alone: set[str] = set()
        # Lone sentence-first words opening a subject's apposition ("Takaichi, che ha parlato …, ha definito"):
        # the surname of a two-word name seen elsewhere (a capital that opens a sentence proves nothing alone).
        opening: set[str] = set()
        # Titled words (Sir Keir) and the two-word runs by first word (Keir Starmer): a titled given
        # name makes the word after it a surname.
        titled: set[str] = set()
        second_of: dict[str, set[str]] = {}
        # Surnames that are also places, after a given name mid-sentence past a word that is no function word
        # ("onde o esperava Luís Montenegro"), and lone words opening a clause as a speech verb's subject
        # ("Montenegro anunciou"): a word in both is a person's surname, not the place.
        place_named: set[str] = set()
        subjects: set[str] = set()
        # Lone sentence-first words a pronoun's speech cue follows (see _pronoun_cue_next).
        cued: set[str] = set()
        saints = _saints()
        nouns = _nouns_capitalised(self._lang)
        listless = self._lang not in LANGS
        weak: Counter[str] = Counter()
        for p in self._paragraphs:
            words, gaps, kinds, n = p.words, p.gaps, p.kinds, len(p.words)
            saintly = not saints.isdisjoint(words)
            for k in compress(range(n), map(K_ROLE.__and__, kinds)):
                # "Los presidentes de Uruguay, Chile y Bolivia, Yamandú Orsi, José Antonio Kast y Rodrigo Paz":
                # each name of the list the role's countries pair is a holder's (only the first has a role before it).
                found.extend(words[b - 1] for _, b, _ in self._country_list(p, k))
            for i, stop in p.runs:
                if p.initial[i] and words[i].lower() in self._lowercase:
                    if stop - i == 1:
                        continue  # "Позже" here, "позже" elsewhere: a word of the language
                    i += 1
                single = stop - i == 1
                institution = False
                prev = words[i - 1] if i else None
                if prev is not None and prev[:1].isdigit() and gaps[i] in _SPACES:
                    continue  # "250 Milliarden Euro sprach": a number's scale and unit, no one's name
                # (The number beside it first: few words have one, and the calendar's list is asked of those only.)
                if single and (
                        (prev is not None and prev.isdigit() and gaps[i].strip() in ("", "."))
                        or (stop < n and words[stop].isdigit() and gaps[stop] in _SPACES)) and self._calendar.holds(words[i].lower()):
                    # "am Dienstag, 3. November, den Präsidenten", "on Tuesday, November 3, the minister": a month
                    # beside its day is a date (the comma and the role after it are the sentence's, no apposition).
                    continue
                if single and prev is not None and prev.lower() in plain_articles:
                    continue  # a common noun: no evidence, and never a lone name
                if (single and prev is not None and stop < n and gaps[stop] in _SPACES and words[stop].islower()
                        and kinds[stop] & K_ROLE and prev.lower() in lex.indefinites):
                    continue  # "one Whitehall official said", "a Kremlin source": an institution's unnamed voice
                j = stop - 1
                if not single and _place_or_region_run(tuple(words[i:stop]), self._lang):
                    continue  # "da África do Sul", "Western Australian refiners": a place, no one's name
                if saintly and self._saint_place(p, i, stop):
                    continue  # "der Universität St. Gallen sieht", "Sankt Pölten sagte": a place, no one's name
                if i and gaps[i] in _SPACES and places.is_seat(" ".join(words[i - 1 : stop])):
                    continue  # "di Seri Perdana": a residence whose first word is a title (seri), no one's name
                if stop - i == 2 and self._possessor_run(words[i]):
                    continue  # "Stockers Delegation nannte": a surname's genitive, then the noun it owns
                if not single and _heads_institution(next((w for w in reversed(words[i:j]) if w.lower() not in particles), "")):
                    continue  # "Selon Statistique Canada", "l'Accord Canada-…", "Instituto Elcano": no one's name  # "South Africa said", "Nova Zelândia afirmou": a place of two words, no one's name
                after = words[stop] if stop < n else None
                # Fast path for most runs (a lone capitalised noun mid-sentence, German): no title, role or speech
                # verb before it, no verb pair or reporting word, no comma or colon after it and no verb in the
                # three words from it. Every test of the chain below then fails for a single word (the rest ask
                # for two words or more, or a verb, comma or colon after it), `common` stays unasked and neither
                # weak nor subjects grows: only the chain's closing checks are left, done here.
                # (A sentence's first word the same way: then only its relative clause before a verb is asked.)
                if (single and after is not None
                        and ":" not in (gap := gaps[stop]) and (gap := gap.strip()) != ","
                        and (gap or not (any(map(K_VERB.__and__, kinds[stop : stop + 3])) or after in _name_suffixes()))
                        and (prev is None or (
                            not kinds[i - 1] & _NO_FAST_BEFORE and not (i > 1 and kinds[i - 2] & K_ROLE)
                            and prev.lower() not in reporting_ends
                            and not (i > 1 and gaps[i - 1] in _SPACES and lex.is_verb_pair(words[i - 2], prev))))):
                    if not (lex.is_institution(words[i]) or (not gap and lex.is_institution(after))
                            or (i and gaps[i] in _SPACES and prev[:1].isupper() and _heads_institution(prev))
                            or self._dash_pair(p, i, stop)):
                        if not p.initial[i]:
                            lone.append((p, i))
                        elif gaps[stop] in _SPACES and self._relative_then_verb(p, stop):
                            opening.add(words[i])
                        elif gaps[stop] in _SPACES and self._pronoun_cue_next(p, stop):
                            cued.add(words[i])
                    continue
                # After a title (Mr Modi, M. Barrot, pan Kowalski): a person.
                evidence = titled_word = prev is not None and bool(kinds[i - 1] & K_TITLE) and gaps[i].strip() in ("", ".")
                if evidence:
                    titled.add(words[i])
                elif prev is not None and (not gaps[i].strip() or _bracketed_acronym(p, i) or (
                        gaps[i].strip() in _QUOTE_CLOSING and self._party_before(p, i))):
                    # The run's words that are no particle, counted once for the tests below.
                    named = stop - i - sum(map(particles.__contains__, map(str.lower, words[i:stop])))
                    # An institution's word is no person's role: "Komisji Europejskiej" names no Europejska,
                    # but "Komisji Europejskiej Ursula von der Leyen" ends with one.
                    # "z Ośrodka Studiów Wschodnich", "from the Office …": after a preposition the institution is
                    # someone's place of work and the words after it its own name.
                    role_before = bool(kinds[i - 1] & K_ROLE) and (
                        not lex.is_institution(prev)
                        or (named >= 2
                            and not (i > 1 and words[i - 2].lower() in lex.prepositions and not gaps[i - 1].strip()))) or (
                        # ("la députée (LFI) X": the party's acronym in brackets, as "poseł PiS X" without them.)
                        i > 1 and bool(kinds[i - 2] & K_ROLE) and (not gaps[i - 1].strip() or _bracketed_acronym(p, i)) and (
                            (prev[:1].islower() and prev.lower() not in function_words)  # presidente kazako Tokayev
                            # szef MON Władysław Kosiniak-Kamysz; a mixed-case acronym too: poseł PiS X
                            or (len(prev) > 1 and prev.isalpha() and sum(map(str.isupper, prev)) * 2 > len(prev)
                                and prev[:1].isupper())))
                    # "депутатът от ГЕРБ Стоян Кирков", "депутат от КПРФ Олег Смолин": a role, a preposition
                    # and its party or body (an acronym, a quoted name, lower-case words), then a full name.
                    role_before = role_before or (named >= 2 and self._party_before(p, i))
                    # "Министр иностранных дел России Сергей Лавров": the office's words, then a country and the name.
                    # (A full name after it too: "Ministr průmyslu a obchodu Karel Havlíček".)
                    role_before = role_before or (stop - i >= 2 and self._office_before(p, i))
                    # "sagt WIFO-Ökonom Christoph Hofer-Lindner", "EU-Kommissar …": a role glued by a hyphen to
                    # its institution's acronym, before a full name, is a role as the plain one is.
                    role_before = role_before or (not single and self._role_compound(prev))
                    # A role, its institution's name in the genitive, then the holder's full name.
                    role_before = role_before or (
                        named >= 2
                        and self._role_chain_before(p, i) >= 0 and not any(map(placelike, words[stop - 2 : stop])))
                    # "il ministro degli Esteri Antonio Tajani": a role, its preposition, then an institution
                    # and a full name in one run (its last word is the holder's surname).
                    institution = not role_before and (
                        # (The role's preposition, cheap to test, first: few runs have one before them.)
                        stop - i >= 3 and self._role_of_institution(p, i)
                        and named >= 3
                        and not placelike(words[stop - 2]) and places.demonym(words[stop - 1]) is None)
                    role_before = role_before or institution or (
                        # "la ministra delle Forze armate Catherine Vautrin": the institution's words end in
                        # lower case before the run, which is its holder's full name.
                        named >= 2 and stop - i <= 3 and prev.islower() and prev not in function_words
                        and prev not in lex.prepositions and self._role_of_institution(p, i))
                    # "szef Euroazjatyckiej Rady Ekspertów": the run names an institution, not the person.
                    # (A place or a person in a Kazakh case after the name is where the holder goes or whom they meet:
                    # "Тоқаев Өзбекстанға келді", "Тоқаев Мирзиёевті қабылдады".)
                    role_before = role_before and not (
                        after is not None and not gaps[stop].strip()
                        and (bool(kinds[stop] & K_ROLE) or after[:1].isupper() and not _kazakh_place_form(after)
                                                              # (a weekday, "… Шанмугаратнам Лхагва гарагт": no name)
                                                              and not lex.unnamed.holds(after.lower())
                                                              and not _SURNAME_CASE.search(after)
                                                              # (a title written after a name, no name
                                                              # after it: "Ahsan İkbal Bey toplantıda")
                                                              and not (kinds[stop] & K_TITLE and not (
                                                                  stop + 1 < n and gaps[stop + 1] in _SPACES
                                                                  and words[stop + 1][:1].isupper()))
                                                              # (a country run_end left out: see there)
                                                              and not (stop - i >= 2 and _is_country_name(after)
                                                                       and not p.name_follows(stop, len(words)))
                                                              # (a word after an -ov surname: see run_end; not
                                                              # one in another script, where the run before is
                                                              # an outlet's name left untransliterated, however
                                                              # it ends: "аналитик … Energy Review Данияр Сейтказы")
                                                              and not (stop - i >= 2
                                                                       and _script_name(after) == _script_name(words[stop - 1])
                                                                       and _ends_surname_run(words[stop - 2], words[stop - 1], after))))
                    # "Депутат Госдумы, первый заместитель … Игорь Веденеев", "Політолог Київського інституту …
                    # Марта Левченко": the role's holder is named further on, the word after the role is its institution's.
                    role_before = role_before and not (single and (
                        self._holder_follows(p, stop) or self._chain_holder_at(p, i - 1, stop) >= 0))
                    # "Ekspert Ośrodka Studiów Wschodnich dr Piotr Rogalski": a title and a capitalised word right
                    # after the run open the holder's name, so the run after the institution's word is its own name.
                    role_before = role_before and not (
                        lex.is_institution(prev) and after is not None and gaps[stop] in _SPACES
                        and bool(kinds[stop] & K_TITLE) and stop + 1 < n and words[stop + 1][:1].isupper())
                    # "аналитик Kazakhstan Energy Review Данияр Сейтказы": a role, its outlet's or firm's name left in
                    # another script, then the holder's full name.
                    role_before = role_before or (named >= 2 and self._role_then_foreign_label(p, i))
                    # "Ընդդիմադիր պատգամավոր Սուրեն Մելքոնյանը", "Labour MP Jane Doe": a member of parliament's word
                    # (roles.txt "?+", no role word, so "the deputy said" keeps naming whom it named) before a
                    # full name shows it as surely as a role does, whatever follows it ("… Մելքոնյանը
                    # լրագրողների հետ", with journalists: a role word after the name is another's).
                    role_before = role_before or (named >= 2 and gaps[i] in _SPACES
                                                  and _member_words(self._lang).holds(prev.lower()))
                    # A speech verb listed with its separated particle ("tette hozzá Szijjártó", "slog fast
                    # Hansen"): the particle before the name is no verb on its own.
                    evidence = role_before or bool(kinds[i - 1] & K_VERB) or (
                        i > 1 and gaps[i - 1] in _SPACES and lex.is_verb_pair(words[i - 2], prev)) or (
                        prev.lower() in reporting_ends  # secondo, according to
                        and lex.ends_reporting([w.lower() for w in words[max(0, i - 4) : i]])
                        # "По данным Бюро национальной статистики": one word, its lower-case words right
                        # after, heads an institution's name (a person's name ends at the clause or a verb).
                        # ("so Jaishankar nach einem Treffen": a preposition after the name ends it.)
                        and not (single and after is not None and gaps[stop] in _SPACES and after[:1].islower()
                                 and not kinds[stop] & K_VERB and after.lower() not in function_words)
                        # "По данным Евростата, …": one word after a phrase of data names the body giving them.
                        and not (single and any(tuple(w.lower() for w in words[max(0, i - len(ph)) : i]) == ph
                                                for ph in lex.data_reporting)))
                    # "Trump said of Mohammed bin Salman", "spoke with Emmanuel Macron": a full name after a
                    # speech verb and its preposition.
                    # (Not one fused with an article, "declarou na Assembleia Nacional", "falou no Parlamento
                    # Europeu": a place of speech, as "declaró en la Asamblea" is.)
                    evidence = evidence or (
                        i > 1 and bool(kinds[i - 2] & K_VERB) and prev.lower() in lex.prepositions
                        and prev[:1].islower() and not gaps[i - 1].strip()
                        and named >= 2 and prev.lower() not in lex.noun_markers
                        and not any(map(placelike, words[i:stop])))
                    # "El dominicano Luis Abinader, que …, fue", "le Brésilien Lula da Silva": an article and a
                    # nationality used as a noun, then a full name: the person of that nationality, named once.
                    evidence = evidence or (
                        i > 1 and named >= 2 and prev[:1].islower() and gaps[i] in _SPACES
                        and gaps[i - 1] in _SPACES and words[i - 2].lower() in plain_articles
                        and places.demonym(prev) is not None and not any(map(placelike, words[i:stop])))
                # "povedala pre TASR Denisa Saková", "nyilatkozta a Népszava lapnak Szijjártó Péter": a full
                # name closing the clause a few words (the outlet) after a speech verb.
                evidence = evidence or (
                    not single and i > 1 and (after is None or gaps[stop].strip()[:1] in (".", ",", ";"))
                    and (self._outlet_after_verb(p, i) or (stop - i >= 3 and self._outlet_noun_before(p, i)))
                    and not any(map(placelike, words[stop - 2 : stop])))
                # "il ministro dell'Interno Matteo Piantedosi": a role, an elided preposition, its institution's
                # word, then a full name (the elided word is no name's: see _find_names).
                evidence = evidence or (
                    stop - i >= 3 and gaps[i] in _ELISION_GAPS and prev is not None and prev[:1].islower()
                    and bool(kinds[i - 2] & K_ROLE) and not gaps[i - 1].strip()
                    and not any(map(placelike, words[stop - 2 : stop])) and places.demonym(words[j]) is None)
                # "le député LFI des Bouches-du-Rhône Karim Benali": a role's place or body in one run with the holder's
                # full name, a common given name and one word closing it, the role a few words back in its clause.
                evidence = evidence or (
                    stop - i >= 3 and words[stop - 2].lower() in _given_names() and i > 0
                    and not any(map(placelike, words[stop - 2 : stop])) and self._role_before(p, i))
                # "reçu mardi par Emmanuel Macron", "Keir Starmer has welcomed": a full name the text makes the host.
                # ("Luís Montenegro recebeu": a surname that is also a place, after a given name.)
                evidence = evidence or (not single and self._host_at(p, i, stop)
                                        and (not any(map(placelike, words[i:stop]))
                                             or self._named_after_place(p, i, stop)))
                # "Emmanuel Macron a été reçu mardi à la Casa Rosada par …": a full name the text makes the guest.
                evidence = evidence or (not single and self._received_at(p, stop)
                                        and not any(map(placelike, words[i:stop])))
                # "Cabdiqaadir Xuseen Faarax ayaa Geeska Afrika u sheegay": a full name before a subject marker
                # (subject_markers.txt: Somali's focus marker ayaa) whose speech verb follows within its reach, the
                # addressee between.
                evidence = evidence or (
                    not single and after is not None and gaps[stop] in _SPACES
                    and (reach := _subject_markers(self._lang).get(after.lower())) is not None
                    and _verb_within(gaps, kinds, stop, reach) and not any(map(placelike, words[i:stop])))
                common: bool | None = None
                if not evidence:
                    # Evidence after the run needs a verb among the next three words, a comma or a colon.
                    gap = gaps[stop].strip() if after is not None else ""
                    if (gap == "" and after is not None and stop + 1 < n and after.islower()
                            and after in _name_suffixes() and gaps[stop + 1].strip() == ","):
                        # "Le président philippin, Ferdinand Marcos fils, a salué": a lower-case generational
                        # suffix is the name's, so the comma after it closes the name's apposition.
                        gap = ","
                    reach = stop + (3 if single else 5)  # see _verb_follows
                    verb_ahead = after is not None and not gap and any(map(K_VERB.__and__, kinds[stop:reach]))
                    # "Pour Karim Haddad, chercheur": a preposition opening an opinion holder's phrase
                    # comes before a person, not a common noun.
                    if (verb_ahead or gap == "," or after is None or ":" in gap) and not (
                            common := self._common(p, i, prev) and not self._holder_opening(p, i)
                            and not self._place_then_name(p, i, stop)):
                        evidence = verb_ahead and self._verb_follows(p, i, stop)
                        if evidence and single and nouns and (not p.initial[i] or self._inverted(p, stop)):
                            # German capitalises every noun: "und Versorgungssicherheit gibt es" is no one.
                            # A lone word before a verb, unless the sentence's subject ("Huber sagte,"), is a
                            # surname where the text says so twice, or writes it after a given name too
                            # (weighed with the lone words below).
                            evidence = False
                            weak[words[i]] += 1
                        if not evidence and gap == ",":
                            # "Kay Weidner, ein Sprecher des Bundeskartellamts" and "Steinbrück: „…“".
                            # "Meera Iyer, a trade economist at …": an article, a few words, the role.
                            evidence = bool(kinds[stop] & K_ROLE) or (
                                after.lower() in function_words and self._role_within(p, stop + 1, 3))
                            # "Le porte-parole du ministère, Lin Jian,": a role in the clause before the comma.
                            # (A full name: a lone word there is as often a list's item, "ministro da Economia, Indústria e").
                            # (An acronym in brackets may close the role's institution: "Researcher at the Center of
                            # Economic Studies (CES), Dimas Pratama,": the comma after the bracket sets the name off.)
                            evidence = evidence or (not single and (gaps[i].strip() == "," and self._role_before(p, i) or (
                                self._bracketed_comma(p, i) and self._role_before(p, i - 1))))
                            # "But for Teresa Dizon, the promises are not enough": a full name set off by the comma
                            # after an opinion holder's opening phrase (reporting.txt's ^ lines) is the view's holder.
                            evidence = evidence or (not single and self._holder_opening(p, i)
                                                    and not any(map(placelike, words[i:stop])))
                            # "Son collègue du Commerce, Serigne Guèye Diop, a plaidé": a full name set off by commas,
                            # the subject of the speech verb right after them.
                            evidence = evidence or (gaps[i].strip() == "," and not single and self._verb_opens(p, stop)
                                                    and not any(map(placelike, words[i:stop])))
                            # "Erica Marat-Ali, a Central Asia specialist at the …, said": a full name, an
                            # apposition closed by a comma, then the speech verb whose subject the name is.
                            evidence = evidence or (not single and self._apposition_then_verb(p, stop)
                                                    and not any(map(placelike, words[i:stop])))
                            # "Il-kelliem …, Ġorġ Mifsud, qal: “…”": a full name set off by commas, then one
                            # lower-case word (a speech verb the lists may lack) and a colon opening a quotation.
                            evidence = evidence or (
                                gaps[i].strip() == "," and not single and stop < n and words[stop].islower()
                                and (stop + 1 == n or ":" in gaps[stop + 1])
                                and _COLON_QUOTE.match(text, p.ends[stop], p.ends[stop] + 4) is not None
                                and not any(map(placelike, words[i:stop])))
                        # (Between two words, only a gap with a colon can hold one.)
                        evidence = evidence or ((stop == n or ":" in gaps[stop])
                                                and _COLON_QUOTE.match(text, p.ends[j], p.ends[j] + 4) is not None)
                    # "sostuvo el canciller uruguayo, Mario Lubetkin.": a full name closing the sentence after
                    # a role's apposition set off by a comma (said once, it has no other evidence).
                    evidence = evidence or (
                        (after is None or gap[:1] in (".", ";", "!", "?")) and gaps[i].strip() == "," and not single
                        and self._role_before(p, i) and not any(map(placelike, words[i:stop])))
                # Hungarian puts the role after the name: "Szijjártó Péter külügyminiszter",
                # "Nagy-Rácz Dóra, a … Intézet elemzője szerint" (a name takes no article before it).
                evidence = evidence or (self._lang == "hu" and not single and after is not None
                                        and not (prev is not None and prev.lower() in plain_articles)
                                        and self._role_after(p, stop)
                                        and not any(map(placelike, words[stop - 2 : stop])))
                # "For Teresa Dizon, "the promises are not enough"": an opinion holder's full name, its comma and
                # the opening mark of the holder's words (a comma alone is read above).
                evidence = evidence or (not single and after is not None and self._holder_before_quote(p, i, stop))
                # "Jan Kowalski dziennikarzom: „…”": a full name, then whom it speaks to (a lower-case word, an
                # outlet's name in quotation marks before it) and a colon opening a quotation: the speaker.
                evidence = evidence or (not single and after is not None and self._addressee_then_colon(p, i, stop)
                                        and not any(map(placelike, words[i:stop])))
                # "Center of Economic and Law Studies (CELIOS)": the run ends an institution its bracketed acronym
                # names, whatever led to it (a role and a body before a full name, in a language whose lists lack
                # the institution's English words).
                evidence = evidence and not self._acronym_of_run(p, i, stop)
                # "Pål Jonson (M) sa", "Lukáš Vlček (STAN)": a full name, then a party's code in brackets.
                evidence = evidence or (2 <= stop - i <= 3 and self._party_code_after(p, i, stop)
                                        and not any(map(placelike, words[i:stop])))
                # "Anna Gorska of the Centre for Eastern Studies points out", "Анна Гурская из Центра …": a common given
                # name and one more word, then a preposition and the capitalised name of where the person works.
                evidence = evidence or (stop - i == 2 and _common_given_name(words[i]) and after is not None
                                        and gaps[stop] in _SPACES and after.islower() and after in lex.prepositions
                                        and self._capitalised_field_after(p, stop + 1)
                                        and not any(map(placelike, words[i:stop])))
                # "Lula da Silva": the word before a particle starts the surname, and goes by itself (Lula).
                lead = j - 1
                while lead > i and words[lead].lower() in particles:
                    lead -= 1
                # (After an institution's words the word before the particle is the given name: Zaken David van Weel.)
                lead_word = (words[lead],) if i < lead < j - 1 and not institution else ()
                # "One British official said": a nationality alone is no surname (Albanese is, after Anthony).
                # But a title before it (Mr Albanese), or a clause it opens and a speech verb right after it closes
                # (", Albanese said", "Anthony Albanese said"), shows a person: an adjective goes before its noun.
                # (Of two words, the first must be seen mid-sentence too, a given name: "Viele Deutsche sagten" is no name.)
                nationality = ((evidence and single) or (stop - i == 2 and p.initial[i])) and (
                    places.demonym(words[j]) is not None) and not titled_word and not (
                    after is not None and not gaps[stop].strip() and kinds[stop] & K_VERB
                    and (i == 0 or gaps[i].strip() not in ("", "-"))
                    and (single or words[i] in self._midsentence))
                if lex.is_institution(words[j]) or (
                        after is not None and not gaps[stop].strip() and lex.is_institution(after)) or (
                        not single and _ends_institution(words[j])):
                    continue  # "the White House said", "Home Office figures": an office, no one's name
                if i and gaps[i] in _SPACES and words[i - 1][:1].isupper() and _heads_institution(words[i - 1]):
                    continue  # "Lebuhraya Pan Borneo Sabah": the name of the thing its head noun (split off) opens
                if evidence and not nationality and (not placelike(words[j]) or self._named_after_place(p, i, stop)):
                    found.append(words[j])
                    found.extend(lead_word)
                elif single:
                    if self._dash_pair(p, i, stop):
                        continue  # one end of "Suceava–Bălți": no evidence the word goes alone as a surname
                    if (after is not None and gaps[stop] in _SPACES and kinds[stop] & K_VERB
                            and (prev is None or p.initial[i] or prev.lower() not in function_words)):
                        subjects.add(words[i])
                    if not p.initial[i]:
                        if common is None:
                            lone.append((p, i))
                        elif not common:
                            alone.add(words[i])
                    elif after is not None and gaps[stop].strip() == "," and self._apposition_then_verb(p, stop):
                        opening.add(words[i])
                    elif after is not None and gaps[stop] in _SPACES and self._relative_then_verb(p, stop):
                        # "Fadillah yang mengetuai delegasi itu berkata, …": a relative clause with no comma
                        # (Malay, Indonesian) between the sentence's lone first word and its speech verb.
                        opening.add(words[i])
                    elif after is not None and gaps[stop] in _SPACES and self._pronoun_cue_next(p, stop):
                        cued.add(words[i])
                elif (stop - i == 2 and prev is not None and not p.initial[i] and gaps[i] in _SPACES
                      and prev[:1].islower() and prev.lower() not in function_words and not nationality
                      and placelike(words[j]) and self._named_after_place(p, i, stop)):
                    place_named.add(words[j])
                elif not placelike(words[j]) and not placelike(words[j - 1]) and not nationality and not (
                        _heads_institution(words[i]) and not single) and not (
                        # (Without word lists a sentence's first word may be an adverb: "Også Grønland".)
                        listless and p.initial[i] and words[i] not in self._midsentence) and not (
                        # "German Foreign Minister Johann Wadephul": a nationality and a field right before the
                        # role word qualify the office, no given name and surname ("Foreign" alone later, in
                        # "Prime Minister and Foreign Minister", was read as the surname of a "German Foreign").
                        stop - i == 2 and places.demonym(words[i]) is not None and after is not None
                        and gaps[stop] in _SPACES and kinds[stop] & K_ROLE):
                    # ("Confederação Nacional da Indústria": an institution's name pairs no given name and surname.)
                    paired.add(words[j])
                    paired.update(lead_word)
                    if stop - i == 2:
                        second_of.setdefault(words[i], set()).add(words[j])
        # "Mottley wird deutlich. »…«, sagt sie.": a short sentence a lone word opens, then a quotation whose cue's
        # subject is a pronoun, which stands for that word; a person's surname where the text also writes it
        # mid-sentence with no article or preposition before it ("empfängt Mottley im Ministerium").
        found.extend(sorted(cued & {p.words[i] for p, i in lone if not self._common(p, i, p.words[i - 1])}))
        # A two-word name whose last word recurs on its own mid-sentence: "Giorgia Meloni" … "Meloni".
        alone.update(p.words[i] for p, i in lone if p.words[i] in paired and not self._common(p, i, p.words[i - 1]))
        alone.update(opening & paired)
        # (Where the press calls a person by the given name alone, a sentence's first word seen before a surname
        # goes alone as the subject too: "Fadillah yang … berkata" beside "Fadillah Yusof".)
        if opening and self._lang in _GIVEN_NAME_CALLED:
            # (A given name: a word some run of two or more words holds before its last, "Datuk Seri Fadillah Yusof".)
            given_words = {w for p in self._paragraphs for i, stop in p.runs if stop - i >= 2 for w in p.words[i : stop - 1]}
            found.extend(sorted(opening & given_words))
        alone.update(weak)
        found.extend(word for word, n in weak.items() if n > 1)
        evidenced = found + sorted(paired & alone) + sorted(chain.from_iterable(second_of.get(w, ()) for w in titled)) + sorted(
            place_named & subjects)
        return evidenced + self._given_alone(evidenced, lone, opening)

    def _given_alone(self, evidenced: list[str], lone: list[tuple[_Paragraph, int]], opening: set[str]) -> list[str]:
        """The first words of two-word names whose surname the text shows, seen alone as a lone mid-sentence
        word or a sentence's subject before its apposition: a foreign press calls a Thai or an Indonesian by the
        given name ("Thamanat Prompow" … "Song and Thamanat visited", "Thamanat, a former captain, said")."""
        shown = set(evidenced)
        # (The word before a run's last: "Thamanat Prompow", "Minister Song Mi-ryung".)
        firsts = {w for p in self._paragraphs for i, stop in p.runs
                  if stop - i >= 2 and p.words[stop - 1] in shown and p.gaps[stop - 1] in _SPACES
                  and (w := p.words[stop - 2]) not in shown and not p.kinds[stop - 2] & (K_ROLE | K_TITLE)
                  and not self._placelike(w) and places.demonym(w) is None and not self.lex.is_institution(w)}
        if not firsts:
            return []
        alone = {p.words[i] for p, i in lone if p.words[i] in firsts and not self._common(p, i, p.words[i - 1])}
        return sorted(alone | (opening & firsts))

    def _capitalised_field_after(self, p: _Paragraph, k: int) -> bool:
        """Word k, or the word after one article at k, is capitalised and no place: an institution's name
        ("the Centre for Eastern Studies", "Центра восточных исследований")."""
        if k < len(p.words) and p.words[k].lower() in self.lex.plain_articles and p.gaps[k] in _SPACES:
            k += 1
        return (k < len(p.words) and p.gaps[k] in _SPACES and p.words[k][:1].isupper()
                and not self._placelike(p.words[k]))

    def _outlet_after_verb(self, p: _Paragraph, i: int, named: bool = False) -> bool:
        """Word i follows, in one clause, a speech verb and up to OUTLET_REACH words naming where it was
        said: a function word first, then the outlet's capitalised name with its kind's noun or not (pre TASR,
        a Népszava lapnak, pre denník Pravda; "anunciou reformas para aderir à" names none). `named`: the
        outlet's name opens the run at i."""
        for k in range(i - 1, max(-1, i - 2 - OUTLET_REACH), -1):
            if p.gaps[k + 1] not in _SPACES or p.initial[k + 1]:
                return False
            if p.kinds[k] & K_VERB:
                after = p.words[k + 1].lower()
                return named and k < i - 1 and (after in self.lex.function_words or after in self.lex.prepositions)
            if p.kinds[k] & K_ROLE:
                return False  # "sprak met president Luiz Inácio Lula": the role's holder
            named = named or p.words[k][:1].isupper()
        return False

    def _outlet_noun_before(self, p: _Paragraph, i: int) -> bool:
        """Word i opens an outlet's name after its kind's lower-case noun, after a speech verb (povedala pre
        denník Pravda): the run's first words are the outlet's, not a given name."""
        prev = p.words[i - 1] if i else ""
        return (prev[:1].islower() and prev.lower() not in self.lex.function_words
                and prev.lower() not in self.lex.prepositions and self._outlet_after_verb(p, i, True))

    @staticmethod
    def _dash_pair(p: _Paragraph, i: int, stop: int) -> bool:
        """The run [i, stop) is joined by a dash, no space, to a capitalised word: one end of a pair
        ("la ligne Suceava–Bălți", "the Dakar-Abidjan corridor"), not a surname standing alone."""
        return (i > 0 and p.gaps[i] in _JOINING_DASHES and p.caps[i - 1]) or (
            stop < len(p.words) and p.gaps[stop] in _JOINING_DASHES and p.caps[stop])

    def _role_compound(self, word: str) -> bool:
        """`word` is an acronym or name, a hyphen, then a role noun (WIFO-Ökonom, IHS-Chef)."""
        head, _, tail = word.rpartition("-")
        return bool(head) and head[:1].isupper() and len(tail) > 2 and self.lex.is_role(tail) and not (
            self.lex.is_institution(tail))

    def _possessor_run(self, word: str) -> bool:
        """`word` is a capitalised word of the text with a genitive -s (Stockers beside Stocker)."""
        return len(word) > 4 and word[-1] == "s" and word[:-1] in self._capitalised

    def _host_at(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The name of words i..stop is marked as the visit's host by visit.txt's phrases: one before it
        ("reçu par", "welcomed by"; a few lower-case words may come between its words) or a host's verb
        after it, maybe behind an active auxiliary ("X has welcomed", "X receives")."""
        ends_phrase, is_aux, is_verb = _host_questions(self._lang)
        words, gaps = p.words, p.gaps
        # Most names have neither a phrase's last word before them nor a host's verb after them:
        # the words themselves are looked at first, the clause only when one of them matches.
        if i > 0 and gaps[i] in _SPACES and ends_phrase(words[i - 1]):
            before = _host_phrases(self._lang)[0]
            m, lo = i, max(0, i - HOST_REACH)
            while m > lo and gaps[m].strip() in ("", "'", "’"):
                m -= 1  # one clause: "reçu par X" does not reach over a comma
            low = [w.lower() for w in words[m:i]]
            if low and any(_word_matches(low[-1], ph[-1]) and _phrase_ends(low, ph) for ph in before):
                return True
        k = stop
        if k < len(words) and gaps[k] in _SPACES and is_aux(words[k]):
            k += 1
        return k < len(words) and gaps[k] in _SPACES and is_verb(words[k])

    def _home_head_named(self) -> bool:
        """Somewhere the text names a head's office by the nationality of a country whose press writes in the
        article's language ("le président français" in French): the outlet's own head takes part."""
        if self._home_head is None:
            speaks, heads = country_languages(), self.lex.heads
            self._home_head = any(
                p.kinds[k] & K_ROLE and heads.holds(p.words[k].lower()) and p.gaps[k + 1] in _SPACES
                and self._lang in speaks.get(places.demonym(p.words[k + 1]) or "", ())
                for p in self._paragraphs for k in range(len(p.words) - 1))
        return self._home_head

    def _home_holder(self, person: str, p: _Paragraph, i: int, role: str,
                     intros: list[tuple[str, _Paragraph, int, int | None]], excluded: Container[str | None]) -> str:
        """The bare head's office at word i ("гэж Ерөнхий сайд хэлэв") for the one the text introduced with it after
        a country of the article's language ("Монгол Улсын Ерөнхий сайд X"), not the one introduced after a foreign
        country ("БНХАУ-ын … Ерөнхий сайд Y"): an outlet names a foreign head by his country, its own by the office."""
        speaks = country_languages()
        # (Only a language of few countries tells the outlet's home: an English text may come from any of many.)
        if not self.lex.heads.holds(self._head_phrase(p, i)) or sum(
                self._lang in langs for langs in speaks.values()) > _HOME_LANGUAGE_COUNTRIES:
            return person
        if self._country_before(p, i) is not None:
            # ("Сингапурын Ерөнхийлөгч нэмж хэлээд": the text names whose office it is.)
            return person
        countries = {q: c for q, par, k, _ in intros if q and (c := self._country_before(par, k))}
        if self._lang in speaks.get(countries.get(person, ""), (self._lang,)):
            return person
        own = {q for q, par, k, _ in intros if q and q not in excluded and q in countries
               and self._lang in speaks.get(countries[q], ()) and _same_role(role, _role_key(par.words, k, self._offices))}
        return next(iter(own)) if len(own) == 1 else person

    def _country_before(self, p: _Paragraph, k: int) -> str | None:
        """The country named in the few words of its clause before the role at word k, in any case form."""
        for j in range(k - 1, max(-1, k - 5), -1):
            if p.gaps[j + 1] not in _SPACES:
                return None
            if (c := _country(p.words[j])) is not None:
                return c
        return None

    def _head_phrase(self, p: _Paragraph, k: int) -> str:
        """The role at word k, with the next word where the two make one office ("ерөнхий сайд")."""
        low = p.words[k].lower()
        if k + 1 < len(p.words) and p.gaps[k + 1] in _SPACES and self.lex.heads.holds(f"{low} {p.words[k + 1].lower()}"):
            return f"{low} {p.words[k + 1].lower()}"
        return low

    def _received_at(self, p: _Paragraph, stop: int) -> bool:
        """The name ending before word `stop` is the subject of a passive host phrase of visit.txt ("X a été
        reçu mardi … par", "X was received by"): the visit's guest. Only a few function words (the passive
        auxiliary) come between the name and the phrase, whose last word closes it within its clause."""
        words, gaps, n, function_words = p.words, p.gaps, len(p.words), self.lex.function_words
        k = stop
        while k < n and k - stop < 3 and gaps[k] in _SPACES and words[k].islower() and words[k] in function_words:
            k += 1
        if k == stop or k >= n or gaps[k] not in _SPACES:
            return False  # (no auxiliary: "X reçu par Y" is a caption's shorthand, told by _host_at's side)
        low = words[k].lower()
        # ("@ the host" opens with a function word: "X is the host" makes X the host, not the guest.)
        for phrase in (ph for ph in _host_phrases(self._lang)[0] if ph[0] not in function_words):
            if not _word_matches(low, phrase[0]):
                continue
            m = k + 1
            while m < n and m - k <= HOST_REACH and gaps[m].strip() in ("", "'", "’"):
                if _word_matches(words[m].lower(), phrase[-1]):
                    return True
                m += 1
        return False

    def _apposition_then_verb(self, p: _Paragraph, k: int) -> bool:
        """From word k (after a comma), an apposition of up to APPOSITION_REACH words opening with a
        function word or a relative pronoun, closed by a comma and followed by a speech verb:
        ", a specialist at X, said", ", who teaches at X, said"."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        if k >= n:
            return False
        low = words[k].lower()
        if low not in self.lex.function_words and not any(r[0] == low for r in self.lex.relatives):
            return False
        for m in range(k + 1, min(k + APPOSITION_REACH, n)):
            gap = gaps[m].strip()
            if gap:
                return gap == "," and self._verb_opens(p, m)
            if p.kinds[m] & K_VERB:
                return False  # the apposition's own verb: a clause, not a description
        return False

    @staticmethod
    def _pronoun_cue_next(p: _Paragraph, k: int) -> bool:
        """The sentence goes on from word k with up to CUED_SENTENCE_WORDS lower-case words and no verb, role or
        pronoun of its own ("Mottley wird deutlich.", "Mottley is blunt."), and the next one's first speech verb
        has a personal pronoun right beside it as its subject ("»…«, sagt sie", '"…," she says')."""
        words, gaps, kinds, n = p.words, p.gaps, p.kinds, len(p.words)
        m = k
        while m < n and not p.initial[m]:
            if m - k >= CUED_SENTENCE_WORDS or not words[m].islower() or kinds[m] & (K_VERB | K_ROLE | K_PRONOUN):
                return False
            m += 1
        if m == k or m >= n:
            return False
        for v in range(m, n):
            if kinds[v] & K_VERB:
                return ((v + 1 < n and gaps[v + 1] in _SPACES and bool(kinds[v + 1] & K_PRONOUN))
                        or (v > m and gaps[v] in _SPACES and bool(kinds[v - 1] & K_PRONOUN)))
        return False

    def _relative_then_verb(self, p: _Paragraph, k: int) -> bool:
        """Word k is a relative pronoun opening, with no comma, a clause of up to APPOSITION_REACH words whose
        next speech verb is the sentence's: "Fadillah yang mengetuai delegasi itu berkata," (the one who led … said)."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        if k >= n or not any(r[0] == words[k].lower() for r in self.lex.relatives):
            return False
        for m in range(k + 1, min(k + APPOSITION_REACH, n)):
            if gaps[m] not in _SPACES or p.initial[m]:
                return False  # a comma or a stop: the clause ends with no speech verb
            if p.kinds[m] & K_VERB:
                return words[m].islower()
        return False

    @staticmethod
    def _verb_opens(p: _Paragraph, k: int) -> bool:
        """A speech verb is word k, or the lower-case word after an auxiliary k ("a plaidé", "ha detto")."""
        if p.kinds[k] & K_VERB:
            return True
        return (k + 1 < len(p.words) and p.words[k][:1].islower() and not p.gaps[k + 1].strip()
                and bool(p.kinds[k + 1] & K_VERB) and p.words[k + 1][:1].islower())

    def _named_after_place(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run [i, stop), shown a name by its context, is a given name and a surname that is also a
        place ("afirmou Luís Montenegro", "President Carlos Lima"): its other words are no place, and the
        run as a whole names none ("Costa Rica", "Nova Zelândia")."""
        words = p.words[i:stop]
        particles = _particles().words
        named = [w for w in words[:-1] if w.lower() not in particles]
        # A place with a case ending ("ütles Kruusimägi Tallinnas": in Tallinn) is where the name spoke,
        # no surname: a surname is a place's plain form (Montenegro, Lima), no shorter word the same place.
        # (Endings of up to three letters, four letters of the place left: "Lim" of Lima is no place.)
        last, place, ending, stem = words[-1], places.lookup(words[-1]), 3, 4
        if place is not None and any(
                places.lookup(last[:-k]) == place for k in range(1, ending + 1) if len(last) - k >= stem):
            return False
        # (A role or title in the run is the office's, "Prime Minister Jordan" names no one.)
        return (bool(named) and not any(map(self._placelike, named)) and places.lookup(" ".join(words)) is None
                and places.demonym(named[0]) is None and not any(k & (K_ROLE | K_TITLE) for k in p.kinds[i:stop]))

    def _holder_follows(self, p: _Paragraph, k: int) -> bool:
        """A full name (two words or more, after a lower-case word) ends the clause's words from k,
        within HOLDER_REACH words, no verb, conjunction or sentence end between."""
        return self._holder_at(p, k) >= 0

    def _holder_at(self, p: _Paragraph, k: int) -> int:
        """The first word of the full name _holder_follows() finds from word k, or -1."""
        words, gaps, kinds, n = p.words, p.gaps, p.kinds, len(p.words)
        function_words, prepositions = self.lex.function_words, self.lex.prepositions
        for m in range(k, min(k + HOLDER_REACH, n)):
            if gaps[m].strip(" ,\u00a0") or kinds[m] & K_VERB:
                return -1
            if p.caps[m]:
                stop = p.run_end(m, n)
                full = (stop - m >= 2 and m > k and words[m - 1][:1].islower() and gaps[m] in _SPACES
                        and not any(map(self._placelike, words[m:stop])) and places.demonym(words[stop - 1]) is None)
                return m if full else -1
            low = words[m].lower()
            if not words[m][:1].islower() or (low in function_words and low not in prepositions):
                return -1
        return -1

    def _institution_then_holder(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role at word i, one capitalised word of its institution, then its holder's full name
        further on in the clause (starting at name_start): "Депутат Госдумы, первый заместитель … Игорь Веденеев"."""
        k = i + 2
        return (k < len(p.words) and p.caps[i + 1] and not p.caps[k] and p.gaps[i + 1] in _SPACES
                and p.starts[k - 1] < name_start and (m := self._holder_at(p, k)) >= 0 and p.starts[m] == name_start)

    def _chain_holder(self, p: _Paragraph, i: int, names: Sequence[tuple[int, int, str]],
                      k: int) -> tuple[int, int, str] | None:
        """Of the names from names[k] on, the full one that holds the role at word i across its institution's
        words (_role_chain_before), passing the institution's own capitalised words; else None."""
        end = p.ends[min(i + HOLDER_REACH + 1, len(p.words) - 1)]
        for name in islice(names, k, k + HOLDER_REACH):
            if name[0] > end:
                break
            m = bisect_left(p.starts, name[0])
            if (len(name[2].split()) >= 2 and m < len(p.words) and p.starts[m] == name[0]
                    and self._role_chain_before(p, m) == i):
                return name
        return None

    def _chain_holder_at(self, p: _Paragraph, role: int, k: int) -> int:
        """The first word of a full name from word k on that holds the role at word `role` across its
        institution's words (_role_chain_before), or -1: the word before k is the institution's."""
        n = len(p.words)
        for m in range(k, min(role + HOLDER_REACH + 1, n - 1)):
            if p.gaps[m] not in _SPACES and p.gaps[m] not in _JOINING_DASHES:
                return -1
            if p.caps[m] and p.caps[m + 1] and p.gaps[m + 1] in _SPACES and self._role_chain_before(p, m) == role:
                return m
        return -1

    def _office_role(self, p: _Paragraph, i: int) -> int:
        """A role, then up to OFFICE_WORDS lower-case words of its office (no function word, verb or
        punctuation between), right before word i: "Міністр закордонних справ України"; the role word's index, else -1."""
        # An office of two fields joined by a conjunction ("министр экономики и устойчивого развития") reads
        # each field as the limit allows one: the conjunction and a second field's words add to the reach.
        k, stop = i - 1, max(i - 2 - OFFICE_WORDS, -1)
        # A list of three fields or more has commas before its conjunction ("министр энергетики, шахт и
        # возобновляемых источников энергии"): a comma after a conjunction read is one more field's joint.
        joined = False
        while k > stop:
            if (gap := p.gaps[k + 1].strip()) and not (gap == "," and joined) and not (
                    # "komisarz ds. obronności X": a lower-case abbreviation's period (abbreviations.txt) is no
                    # punctuation of the phrase.
                    gap == "." and p.words[k].islower() and p.words[k] in _abbreviations(self._lang)):
                return -1
            if gap == ",":
                stop = max(stop - OFFICE_WORDS, -1)
            if p.kinds[k] & K_ROLE:
                return k if k < i - 1 else -1
            word = p.words[k]
            if not word[:1].islower() or p.kinds[k] & K_VERB:
                return -1
            if word.lower() in self.lex.function_words:
                if not (k + 1 < i and self._office_conjunction(p, k)):
                    return -1
                stop = max(stop - OFFICE_WORDS, -1)
                joined = True
            k -= 1
        return -1

    def _office_before(self, p: _Paragraph, i: int) -> bool:
        """Whether a role and its office's lower-case words stand right before word i (_office_role)."""
        return self._office_role(p, i) >= 0

    def _office_conjunction(self, p: _Paragraph, k: int) -> bool:
        """Word k joins two lower-case words of an office ("Ministr průmyslu a obchodu"): a function word
        but no preposition ("premiér v úterý" is a time, not an office), between two content words."""
        words, lex = p.words, self.lex
        if not 0 < k < len(words) - 1 or words[k].lower() in lex.prepositions:
            return False
        return all(w.islower() and w not in lex.function_words and not p.kinds[j] & K_VERB
                   for j, w in ((k - 1, words[k - 1]), (k + 1, words[k + 1])))

    def _role_chain_before(self, p: _Paragraph, i: int) -> int:
        """The role whose holder the run at word i names across its institution's words, or -1:
        "руководитель Центра изучения Вьетнама … РАН Павел Зуев". One clause of up to HOLDER_REACH
        words, no speech verb, holding a capitalised word or an acronym of the institution before the
        run, whose own word before it is no function word ("the", "in": a place or a firm, not a holder)."""
        words, gaps, kinds = p.words, p.gaps, p.kinds
        function_words = self.lex.function_words
        if i < 3 or words[i - 1].lower() in function_words or p.initial[i]:
            return -1
        # The first role of the chain: a role word further on is a genitive complement of it
        # (помощник президента, Института востоковедения).
        named, role = False, -1
        # The institution's acronym in brackets is one of its words and shows it is one, whatever words of
        # the role's field come between ("professora de relações internacionais da Universidade de Brasília (UnB)").
        bracketed = _bracketed_acronym(p, i)
        for k in range(i - 1, max(i - 1 - HOLDER_REACH, -1), -1):
            gap = gaps[k + 1]
            # (An elided article or preposition is glued to the institution's word: "de l'Institut", "dell'Istituto".)
            elided = gap in _ELISION_GAPS and words[k].islower() and words[k] in function_words
            if (gap not in _SPACES and gap not in _JOINING_DASHES and not elided
                    and not (bracketed and k + 2 >= i) or kinds[k] & K_VERB):
                break
            word = words[k]
            # (A sentence's first word is capitalised whatever it is: "Predsjednica Vijeća ministara X" opens
            # with the role.)
            if kinds[k] & K_ROLE and (word[:1].islower() or p.initial[k] and word[1:].islower()) and not (
                    self.lex.institutions.holds(word.lower())):
                # "analista de la Universidad de Andorra Jordi Serra", "professor at the University of X": a
                # preposition and an article may stand between the role and its institution's name.
                lead = k + 1
                while lead < min(k + 3, i - 1) and words[lead].islower() and words[lead] in function_words:
                    lead += 1
                if named and k < i - 2 and (bracketed or self._opens_institution(words[lead : min(lead + 2, i)])):
                    role = k
            elif not word[:1].islower():
                named = True  # the institution's own name (Центра, РАН)
            if p.initial[k]:
                break
        return role

    def _role_then_foreign_label(self, p: _Paragraph, i: int) -> bool:
        """Word i opens a run right after capitalised words in another script that a role word leads: an outlet's
        or a firm's name left untransliterated between the role and its holder ("аналитик Kazakhstan Energy Review
        Данияр Сейтказы"). No name is written half in one script and half in another, so the words before are
        the label and the run is the holder's name."""
        words, gaps = p.words, p.gaps
        if i < 2 or gaps[i] not in _SPACES or p.initial[i]:
            return False
        script = _script_name(words[i - 1])
        if script == _script_name(words[i]):
            return False
        for k in range(i - 1, max(i - 1 - HOLDER_REACH, 0), -1):
            if (not words[k][:1].isupper() or _script_name(words[k]) != script or p.initial[k]
                    or gaps[k] not in _SPACES):
                return False
            if p.kinds[k - 1] & K_ROLE:
                return True
        return False

    def _opens_institution(self, words: Sequence[str]) -> bool:
        """The words after a role open its institution: capitalised, with a head noun (Центра, Institute)
        or an acronym (МИД), maybe after an adjective, among them; a person's name opens none
        ("ministre Jean Dupont a reçu Bart De Wever")."""
        return bool(words) and words[0][:1].isupper() and any(
            _heads_institution(w) or self.lex.is_institution(w) or (len(w) > 1 and w.isupper())
            for w in words)

    def _party_before(self, p: _Paragraph, i: int) -> bool:
        """A role, a preposition and the party or body it is of, right before word i: its acronym
        ("депутатът от ГЕРБ", "депутат от КПРФ"), its name in quotation marks ("от „Продължаваме
        промяната“") or up to PARTY_WORDS lower-case words ("от опозицията", "на външните работи")."""
        return self._party_role(p, i) >= 0

    def _opposition_holder(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role at word i, its body the opposition in lower-case words, then its holder's name at
        name_start: "le député d'opposition X", "il deputato dell'opposizione X", "el diputado de la oposición X"
        (without it the role opens the clause for no one and a later "a-t-il déclaré" skips the name)."""
        stems, lex = _opposition_stems(), self.lex
        opposition = False
        for k in range(i + 1, min(i + 2 + PARTY_WORDS, len(p.words))):
            if p.starts[k] == name_start:
                return opposition
            word = p.words[k]
            low = word.lower()
            if (p.gaps[k] not in _SPACES and p.gaps[k] not in _ELISION_GAPS) or low != word or p.kinds[k] & (K_VERB | K_ROLE):
                return False
            if low.startswith(stems):
                opposition = True
            elif low not in lex.prepositions and low not in lex.function_words and not (
                    k + 1 < len(p.words) and p.gaps[k + 1] in _ELISION_GAPS):
                return False  # (an elided preposition and article glued to the next word: dell', de l')
        return False

    def _institution_holder(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role at word i, its institution's words (_institution_role), then its holder's name at name_start."""
        m = bisect_left(p.starts, name_start)
        # (Not a preposition right before the name: "Посол встретился с Томасом X" names whom the role met.)
        return (m < len(p.starts) and p.starts[m] == name_start and p.words[m - 1] not in self.lex.prepositions
                and self._institution_role(p, m) == i)

    def _party_holder(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role at word i, its preposition and party or body, then its holder's name at name_start."""
        m = bisect_left(p.starts, name_start)
        return m < len(p.starts) and p.starts[m] == name_start and self._party_role(p, m) == i

    def _party_role(self, p: _Paragraph, i: int) -> int:
        """The role word whose party or body (_party_before) stands right before word i, or -1."""
        words, gaps, kinds = p.words, p.gaps, p.kinds
        k = i - 1
        if k < 2 or p.initial[i]:
            return -1
        function_words = self.lex.function_words

        def role_before(prep: int) -> int:
            """The role word before the preposition at prep, or -1: right before it, or before one lower-case
            adjective of it ("el diputado nacional de Unión por la Patria Germán Ríos")."""
            if prep > 0 and kinds[prep - 1] & K_ROLE and words[prep - 1][:1].islower():
                return prep - 1
            if (prep > 1 and not gaps[prep - 1].strip() and words[prep - 1].islower()
                    and words[prep - 1] not in function_words and not kinds[prep - 1] & (K_VERB | K_ROLE)
                    and kinds[prep - 2] & K_ROLE and words[prep - 2][:1].islower()):
                return prep - 2
            return -1

        closing = gaps[i].strip()
        if closing and closing in _QUOTE_CLOSING:
            # The quoted name: back to the word its opening mark stands before.
            while k > 0 and i - k <= PARTY_WORDS and not gaps[k].strip():
                k -= 1
            if not gaps[k].strip() or gaps[k].strip()[-1] not in _QUOTE_OPENING:
                return -1
        elif closing:
            return -1
        elif len(words[k]) > 1 and words[k].isupper():
            pass
        elif words[k][:1].isupper():
            # "la diputada de Unión por la Patria Lucía Ferreyra": a party's capitalised name (function words
            # may join its words: two more words than PARTY_WORDS), then the holder's full name.
            lex = self.lex
            while k > 1 and i - k <= PARTY_WORDS + 2 and not gaps[k].strip() and (
                    words[k][:1].isupper() or words[k] in lex.function_words) and not (
                    words[k] in lex.prepositions and role_before(k) >= 0):
                k -= 1
            if not (words[k] in lex.prepositions and role_before(k) >= 0 and words[k + 1][:1].isupper()):
                return -1
            k += 1
        else:
            while k > 0 and i - k <= PARTY_WORDS and words[k].islower() and words[k] not in self.lex.function_words \
                    and not kinds[k] & (K_VERB | K_ROLE) and not gaps[k].strip():
                k -= 1
            if (k < i - 1 and not gaps[k].strip() and not gaps[k + 1].strip() and words[k][:1].isupper()
                    and _party_words().holds(words[k].lower()) and kinds[k - 1] & K_ROLE):
                # "Лидер Партии социалистов Игорь Додон": the party's name, its noun capitalised and in the
                # genitive with no preposition, right after the role word; the name after it is the holder's.
                return k - 1
            if (gaps[k] in _ELISION_GAPS and words[k].islower() and words[k] not in self.lex.function_words
                    and not kinds[k] & (K_VERB | K_ROLE) and not gaps[k + 1].strip()):
                # "le député de l'opposition X", "d'opposition X": the body's first word is glued to its elided
                # article or preposition, which the walk back stops at.
                pass
            elif k == i - 1 or gaps[k + 1].strip():
                return -1
            else:
                k += 1
        prep = k - 1
        if (prep > 1 and not gaps[prep].strip() and words[prep] in self.lex.plain_articles
                and words[prep - 1] in self.lex.prepositions):
            # "le porte-parole de la présidence Aram X": the body's article after the role's preposition.
            prep -= 1
        found = (prep > 0 and not gaps[prep].strip() and words[prep].islower() and words[prep] in self.lex.prepositions)
        return role_before(prep) if found else -1

    def _institution_role(self, p: _Paragraph, i: int) -> int:
        """A role, then one preposition of its institution, right before word i: "presidente del Consiglio",
        "Minister van Buitenlandse Zaken", "ministro dell'Interno" (not "fellow at the Middle East Institute",
        where the institution is the person's place of work, not the office's): the role word's index, else -1."""
        k = i - 1
        if k > 2 and p.words[k].lower() in and_words(self._lang) and p.gaps[i] in _SPACES and p.gaps[k] in _SPACES:
            # "minister van Handel, Industrie en Energie Kim Jung-kwan": word i is the last portfolio of the
            # institution's list; the role's preposition opens the list (capitalised words, commas, "and").
            k -= 1
            while k > 0 and i - k <= APPOSITION_WORDS and p.caps[k] and p.gaps[k].strip() in ("", ","):
                k -= 1
            i = k + 1
        if (k > 0 and p.gaps[i].strip(" '’") == "" and p.gaps[k].strip() == "" and p.words[k][:1].islower()
                and p.words[k].lower() in self.lex.prepositions):
            if p.kinds[k - 1] & K_ROLE:
                return k - 1
            # "il commissario europeo alla Difesa X": one lower-case adjective between the role and its
            # institution's preposition, as "diputado nacional de …" below.
            if (k > 1 and p.gaps[k - 1] in _SPACES and p.words[k - 1].islower()
                    and p.words[k - 1] not in self.lex.function_words and not p.kinds[k - 1] & K_VERB
                    and p.kinds[k - 2] & K_ROLE):
                return k - 2
        # "el diputado nacional de Unión por la Patria Germán Ríos": the institution's name holds lower-case
        # prepositions and articles of its own, and one lower-case adjective may follow the role; word i opens
        # the name's last capitalised run. Walk back over the name to the role's preposition.
        prepositions, articles = self.lex.prepositions, self.lex.plain_articles
        j = i - 1
        while j > 1 and i - j <= INSTITUTION_NAME_WORDS and p.gaps[j + 1] in _SPACES and (
                p.words[j][:1].isupper() or p.words[j] in prepositions or p.words[j] in articles
                # ("ministra delle Forze armate X": a lower-case adjective after the field's capitalised noun.)
                or (p.words[j].islower() and p.words[j - 1][:1].isupper() and p.gaps[j] in _SPACES
                    and p.words[j] not in self.lex.function_words and not p.kinds[j] & (K_VERB | K_ROLE))):
            # The role's preposition: a capitalised word after it, the role (or the role and one lower-case
            # adjective, "diputado nacional") right before it; a small word of the name's own between.
            if (p.words[j] in prepositions and p.words[j + 1][:1].isupper() and p.gaps[j] in _SPACES
                    and (bool(p.kinds[j - 1] & K_ROLE) or (
                        j > 2 and p.gaps[j - 1] in _SPACES and p.words[j - 1].islower()
                        and p.words[j - 1] not in self.lex.function_words and bool(p.kinds[j - 2] & K_ROLE)))):
                if not any(w[:1].islower() for w in p.words[j + 1 : i]):
                    return -1
                return j - 1 if p.kinds[j - 1] & K_ROLE else j - 2
            j -= 1
        return -1

    def _role_of_institution(self, p: _Paragraph, i: int) -> bool:
        """Whether a role and its institution's words stand right before word i (_institution_role)."""
        return self._institution_role(p, i) >= 0

    @staticmethod
    def _role_within(p: _Paragraph, k: int, most: int) -> bool:
        """A role among the `most` words from k, lower-case words of one clause before it."""
        for m in range(k, min(k + most, len(p.words))):
            if p.kinds[m] & K_ROLE:
                return True
            # (A party's name or a nationality before the role is its own: "a Labour MP", "a British diplomat".)
            labelled = p.words[m].lower() in _party_names() or places.demonym(p.words[m]) is not None
            if not (p.words[m][:1].islower() or labelled) or (m + 1 < len(p.words) and p.gaps[m + 1].strip()):
                return False
        return False

    def _addressee_then_colon(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run of words i..stop, not itself in quotation marks (an outlet's name), is followed within three
        words, no punctuation but quotation marks between, by a lower-case word and a colon that opens a
        quotation ("X «Outlet» habarçysyna: “…”", "X reporterom: „…”")."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        if any(mark in gaps[i] for mark in "\"“„«»‚‹'"):
            return False
        for k in range(stop, min(n, stop + 3)):
            if k > stop and re.search(r"[.,;:!?()]", gaps[k]):
                return False
            if words[k].islower() and _COLON_QUOTE.match(self.text, p.ends[k], p.ends[k] + 4) is not None:
                return True
        return False

    def _party_code_after(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run of words i..stop is followed by an upper-case code in brackets that is not its own
        acronym (a party's: "(M)", "(STAN)", "(CDU)"; not "Deutsche Bahn (DB)"), or by a party's one-word
        name in brackets and a verb ("(Labour) said")."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        if stop + 1 >= n or gaps[stop] not in (" (", "\u00a0(") or not gaps[stop + 1].startswith(")"):
            return False
        code = words[stop]
        if not (1 <= len(code) <= 6 and code[:1].isupper() and code.isalpha() and sum(map(str.isupper, code)) * 2 > len(code)):
            # "Opposition MP Tom Smith (Labour) called", "X (Groenlinks) a jugé": a party's one-word name in
            # brackets, no place, then the verb whose subject the run is (an auxiliary may come first).
            return (code[:1].isupper() and code[1:].islower() and code.isalpha()
                    and gaps[stop + 1] in (") ", ")\u00a0") and any(map(K_VERB.__and__, p.kinds[stop + 1 : stop + 3]))
                    and not self._placelike(code) and places.demonym(code) is None
                    and not any(self.lex.is_institution(w) for w in words[i:stop]))
        initials = "".join(w[0] for w in words[i:stop]).upper()
        capitals = "".join(filter(str.isupper, code))
        # (Its own acronym, the capitals of the run's initials in order, names the run's institution.)
        it = iter(initials)
        return not all(c in it for c in capitals) and not self._own_acronym(p, i, stop, capitals) and not any(
            self.lex.is_institution(w) or places.demonym(w) is not None for w in words[i:stop])

    def _acronym_of_run(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run of words i..stop is followed by its institution's acronym in brackets (see _own_acronym)."""
        words, gaps = p.words, p.gaps
        if stop + 1 >= len(words) or gaps[stop] not in (" (", "\u00a0(") or not gaps[stop + 1].startswith(")"):
            return False
        code = words[stop]
        return (2 <= len(code) <= 8 and code.isalpha() and sum(map(str.isupper, code)) * 2 > len(code)
                and self._own_acronym(p, i, stop, "".join(filter(str.isupper, code))))

    def _own_acronym(self, p: _Paragraph, i: int, stop: int, capitals: str) -> bool:
        """The bracketed capitals name the institution the run ends: the initials of its capitalised words, joined
        by lower-case function words before the run ("Center of Economic and Law Studies (CELIOS)"), all stand in
        the acronym in order, which picks more letters from some words; a person's name and party code share none."""
        words, gaps = p.words, p.gaps
        start = i
        joining = self.lex.function_words | and_words(self._lang)
        # (A foreign institution's name keeps its own language's words: "Peneliti Center of Economic and Law Studies".)
        while (start >= 2 and words[start - 1].islower() and (words[start - 1] in joining or len(words[start - 1]) <= 3)
               and gaps[start] in _SPACES and gaps[start - 1] in _SPACES and words[start - 2][:1].isupper()
               and not p.initial[start - 1]):
            start -= 2
            while start >= 1 and gaps[start] in _SPACES and words[start - 1][:1].isupper() and not p.initial[start]:
                start -= 1
        initials = "".join(w[0] for w in words[start:stop] if w[:1].isupper())
        # (A role may stand glued before the name, capitalised too: "Peneliti Center of …": the acronym is a tail's.)
        return start < i and any(all(c in (it := iter(capitals)) for c in initials[cut:])
                                 for cut in range(len(initials) - 2))

    def _role_after(self, p: _Paragraph, stop: int) -> bool:
        """A role right after the run ending before word `stop`: among lower-case words of its clause
        ("külgazdasági és külügyminiszter"), or after a comma and an article, closing an institution's
        name ("a Külpolitikai és Külgazdasági Intézet elemzője")."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        gap = gaps[stop].strip()
        if gap == ",":
            if stop + 1 >= n or words[stop].lower() not in self.lex.plain_articles:
                return False
            k, capitals_ok = stop + 1, True
        elif not gap:
            k, capitals_ok = stop, False
        else:
            return False
        for m in range(k, min(k + APPOSITION_WORDS, n)):
            if m > k and gaps[m].strip() not in ("", "-"):
                return False
            # (A company's name compounded with the role is capitalised for the name: "Transgaz-vezérigazgatóval",
            # with the chief executive of Transgaz; the role is its lower-case last part.)
            lower = words[m][:1].islower() or words[m].rpartition("-")[2][:1].islower()
            if p.kinds[m] & K_ROLE and lower:
                return True
            if not (lower or capitals_ok) or p.kinds[m] & K_VERB:
                return False
        return False

    @staticmethod
    def _bracketed_comma(p: _Paragraph, i: int) -> bool:
        """Word i follows an acronym in brackets and a comma: "(CELIOS), Dimas Pratama"."""
        return (i >= 2 and p.gaps[i].strip() == ")," and p.gaps[i - 1].strip() == "("
                and _institution_acronym(p.words[i - 1]))

    def _role_before(self, p: _Paragraph, i: int) -> bool:
        """A role among the APPOSITION_WORDS words before word i (after a comma) in one clause."""
        function_words = self.lex.function_words
        # A ministry's long name ("ministre de l'Intégration africaine et des Affaires étrangères"):
        # its articles, prepositions and "and" do not count against the reach (bounded all the same).
        left = APPOSITION_WORDS
        for k in range(i - 1, max(i - 1 - 2 * APPOSITION_WORDS, -1), -1):
            if p.words[k].lower() not in function_words:
                left -= 1
                if left < 0:
                    return False
            if p.kinds[k] & K_ROLE:
                return True
            # (An elision is no clause break: "ministre de l'Europe", nor a dash joining two names without
            # spaces: "ministre du Commerce Canada–Mexique".)
            if p.kinds[k] & K_VERB or (k + 1 < i and p.gaps[k + 1].strip(" '’") and p.gaps[k + 1] not in _JOINING_DASHES
                                       and not (p.gaps[k + 1].strip() == "," and self._portfolios(p, k + 1, i))):
                return False
        return False

    def _portfolios(self, p: _Paragraph, a: int, b: int) -> bool:
        """Words a..b, after a comma, close a ministry's list of portfolios: capitalised words and function
        words in one clause, the last one a portfolio after the word for "and" (", Comercio Internacional y
        Culto,"; "y Pedro Ruiz" is a list of people: a portfolio is one word)."""
        ands = and_words(self._lang)
        function_words = self.lex.function_words
        if b - a < 3 or b - a > APPOSITION_WORDS or not (p.words[b - 2].lower() in ands or (
                p.words[b - 3].lower() in ands and p.words[b - 2].lower() in function_words)):
            return False
        return all((p.caps[k] or p.words[k].lower() in function_words or p.words[k].lower() in ands)
                   and (k == a or p.gaps[k] in _SPACES) and not p.kinds[k] & (K_VERB | K_ROLE) for k in range(a, b))

    def _common(self, p: _Paragraph, i: int, prev: str | None) -> bool:
        """The capitalised word i follows an article or a preposition: a common noun, not a name."""
        return self._after_article(p, i) or (prev is not None and prev.lower() in self.lex.prepositions)

    def _place_then_name(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run [i, stop) opens with the place its preposition governs, then two words or more that are
        no place: "у Варшаві Ольга Кравчук-Шмідт вважає" (the preposition is the place's, not the name's)."""
        placelike = self._placelike
        return stop - i >= 3 and placelike(p.words[i]) and not any(map(placelike, p.words[i + 1 : stop]))

    def _verb_follows(self, p: _Paragraph, i: int, stop: int) -> bool:
        """A verb follows the run [i, stop) within three words of its clause (five after a full name), lower-case
        words between."""
        words, gaps, n = p.words, p.gaps, len(p.words)
        # A lone first word before a pronoun or a role is no subject: "Позже он уточнил",
        # "Натомість австрійський президент говорив".
        opener = stop - i == 1 and p.initial[i] and words[i] not in self._midsentence
        # A full name's verb may come after an auxiliary and an adverbial phrase: "Ursula von der Leyen a de son
        # côté promis", "Ana Ruiz ha por su parte afirmado"; a lone word keeps the short reach.
        reach = 3 if stop - i == 1 else 5
        k = stop
        while k < n and k - stop < reach:
            if gaps[k].strip():
                return False  # punctuation ends the clause
            if opener and p.kinds[k] & K_REFERRING:
                return False
            if p.kinds[k] & K_VERB and not self._subject_follows(p, i, stop, k):
                return True
            if not words[k][:1].islower():
                return False
            k += 1
        return False

    def _inverted(self, p: _Paragraph, stop: int) -> bool:
        """The first verb after word `stop` - 1 has a subject word right after it ("… gibt es", "… sagt
        man"): a lower-case function word, no article or preposition (the word before is its object)."""
        words, n = p.words, len(p.words)
        k = next((k for k in range(stop, min(stop + 3, n)) if p.kinds[k] & K_VERB), n)
        if k + 1 >= n or p.gaps[k + 1] not in _SPACES:
            return False
        nxt, lex = words[k + 1], self.lex
        return nxt.islower() and nxt in lex.function_words and nxt not in lex.prepositions and nxt not in lex.noun_markers

    def _after_article(self, p: _Paragraph, i: int) -> bool:
        """An article before the word, maybe across adjectives ("der zurzeit stattfindenden Feier")."""
        noun_markers, prepositions = self.lex.noun_markers, self.lex.prepositions
        for k in range(i - 1, max(i - 4, -1), -1):
            word = p.words[k]
            if word.lower() in noun_markers:
                return True
            # A preposition closes the article's noun phrase: "la première de Luiz Inácio Lula da Silva".
            if not word[:1].islower() or p.gaps[k + 1].strip() or word.lower() in prepositions:
                return False
        return False

    def _subject_follows(self, p: _Paragraph, i: int, stop: int, k: int) -> bool:
        """A lone first word (run [i, stop)) before a verb (word k) whose subject follows it is an
        adverb ("Weiter sagte er")."""
        words = p.words
        if stop - i > 1 or not p.initial[i] or words[i] in self._midsentence or k + 1 >= len(words):
            return False
        if p.gaps[k + 1].strip():
            return False
        nxt = words[k + 1]
        return bool(p.kinds[k + 1] & K_PRONOUN or nxt[:1].isupper()
                    or (nxt.lower() in self.lex.function_words and k + 2 < len(words) and p.kinds[k + 2] & K_ROLE))

    def _uncased_names(self) -> list[tuple[int, int, str]]:
        """(start, end, form) of every name of a text without letter case: each paragraph's word kinds are
        re-read with their clitics off (_clitic_kinds), its name runs marked (_uncased_runs) and, once every
        paragraph is read, the words of the names found are marked where the text repeats them alone
        ('ووصل وانغ يي إلى': no role or verb leads him there)."""
        lex, calendar = self.lex, self._calendar
        found: list[list[tuple[int, int]]] = []
        # A loose spelling of a function word is a name's word where the text writes the standard one too
        # ('محمد علي النفطي' in a text writing على): a careful speller's علي is Ali.
        loose = _loose_spellings(self._lang)
        # (The whole text is read: the paragraphs kept here may not hold it.)
        spared = frozenset(w for w, std in loose.items()
                           if re.search(rf"(?<!\w){re.escape(std)}(?!\w)", self.text)) if loose else frozenset()
        verb_final = "verb_final" in _word_order(self._lang)
        for p in self._paragraphs:
            _clitic_kinds(p.words, p.kinds, lex, self._lang)
            _paired_role_kinds(p.words, p.gaps, p.kinds, lex, self._lang)
            runs = _uncased_runs(p.words, p.gaps, p.kinds, lex, calendar, self._lang, spared)
            if verb_final:
                # (The subject opens the clause: names after a role keep only where nothing shows them a noun.)
                runs = [r for r in runs if _name_before_role_ok(p.words, p.gaps, p.kinds, r, self._lang)]
                runs = sorted(set(runs) | set(_verb_final_runs(p.words, p.gaps, p.kinds, lex, calendar, self._lang)))
            # A subject's name with no role before it (verb-last languages): where no role's run holds it already.
            runs += [r for r in _subject_runs(p.words, p.gaps, p.kinds, lex, calendar, self._lang, spared)
                     if not any(a < r[1] and r[0] < b for a, b in runs)]
            # 'کره جنوبی نیز …' (South Korea, too): a country of two words names no one, though neither word
            # alone is a place the stops know.
            runs = [r for r in runs if not _place_pair_run(p.words, p.gaps, r, self._lang)]
            found.append(sorted(runs))
        found = _cut_at_lone_names(self._paragraphs, found, self._lang)
        found = _without_bodies(self._paragraphs, found, self._lang)
        known = _known_name_keys(self._paragraphs, found, self._lang)
        names: list[tuple[int, int, str]] = []
        for p, runs in zip(self._paragraphs, found):
            runs = sorted(set(runs) | {r for r in _repeated_names(p.words, p.gaps, p.kinds, runs, known, self._lang)
                                       if not _place_pair_run(p.words, p.gaps, r, self._lang)})
            if "name_before_role" in _word_order(self._lang):
                runs = _given_names_before(p.words, p.gaps, p.kinds, runs, lex, calendar, self._lang)
            p.runs = runs
            p.caps = [False] * len(p.words)
            for a, b in runs:
                p.caps[a:b] = [True] * (b - a)
                p.kinds[a:b] = [K_NAME] * (b - a)
                p.names.append(a)
                form = self.text[p.starts[a] : p.ends[b - 1]]
                if b == a + 1 and (bare := _glued_name(form, known, self._lang)) and form not in known:
                    # (The span keeps the whole word, where the paragraph's events stand; the form is the name's.)
                    form = bare
                names.append((p.starts[a], p.ends[b - 1], form))
        return names

    @staticmethod
    def _given_name_people(p: _Paragraph, k: int) -> bool:
        """A nationality word of a people called by the given name (given_name_called.txt [peoples]) stands at
        most _NATIONALITY_REACH words before word k, in its clause: "Ethiopian President Taye Atske Selassie"."""
        j = k
        while j > 0 and k - j < _NATIONALITY_REACH and not p.gaps[j].strip():
            j -= 1
            if given_name_people(p.words[j]):
                return True
        return False

    def _find_names(self) -> list[tuple[int, int, str]]:
        """(start, end, form) of every name, trimmed to the person's words."""
        text, paragraphs, is_surname, placelike = self.text, self._paragraphs, self._is_surname, self._placelike
        # Only runs holding a surname hold a name: the article's surnames are found first (the near
        # keys rule out most capitalised words without a Python call), then only their runs are visited.
        capitalised = list(self._capitalised.items())  # (the capitals are final once the runs are joined)
        near = map(self._near.isdisjoint, _OWN_NEAR_KEYS.many(capitalised, _near_keys_together))
        surnames = set(filter(is_surname, compress(capitalised, map(not_, near))))
        # Per paragraph: (run start, surname) of every surname, in order.
        hits = [[(p.runs[bisect_right(p.runs, h, key=_RUN_START) - 1][0], h)
                 for h in compress(range(len(p.words)), map(surnames.__contains__, p.words))]
                if not surnames.isdisjoint(p.words) else [] for p in paragraphs]
        given: set[str] = set()
        # Given names shown by a role's apposition only, though the article writes a relative lower-case.
        apposed: set[str] = set()
        # Given names seen before a surname that is no genitive of another ("Christian Stocker", not
        # "Bemerkung Stockers"): a capitalised noun before a genitive -s is its possessed thing.
        given_plain: set[str] = set()
        # How often each given name is seen, and the given names seen before each surname.
        given_count: Counter[str] = Counter()
        given_before: dict[str, set[str]] = {}
        particles = _particles().words
        institutions = self.lex.institutions
        # First words of runs holding a surname after it, mid-sentence and after no function word
        # ("accueille Luiz Inácio Lula"): given names, also where a preposition leads the run elsewhere
        # ("la première de Luiz Inácio Lula"), unlike an institution's word ("del Consiglio Giorgia Meloni").
        # (Pairs of the first two words; a caption's count: "Macron accueille Luiz Inácio Lula da Silva".)
        free_openers = {(p.words[i], p.words[i + 1]) for p, found in zip(paragraphs, hits) for i, h in found
                        if h > i and i and not p.initial[i] and not self._after_function_word(p.starts[i])
                        and not self._outlet_noun_before(p, i) and not self._after_joined_name(p, i, surnames)}
        free_openers.update(self._caption_openers())
        for p, found in zip(paragraphs, hits):
            last_of = {i: h for i, h in found} if found else {}
            for i, h in found:
                k = h - 1
                while k >= i and p.words[k].lower() in particles:
                    k -= 1  # Nadia van der Berg: the given name is before the particle
                if k == i and h != last_of[i] and i and institutions.holds(p.words[i - 1].lower()):
                    continue  # "Komisji Europejskiej Ursula von der Leyen": the institution's adjective
                # (A word with a lower-case relative is a given name too where the run is a role's apposition:
                # "a ministra angolana, Esperança da Silva," beside "esperamos".)
                if k >= i and not p.initial[k] and (not placelike(p.words[k]) or (
                        k == i and self._role_apposition(p, i) and not apposed.add(p.words[k]))):
                    given.add(p.words[k])
                    given_count[p.words[k]] += 1
                    given_before.setdefault(p.words[h], set()).add(p.words[k])
                    if not _genitive_of(p.words[h], surnames):
                        given_plain.add(p.words[k])
        # The ends of runs ending in no surname, up to BARE_WORDS long: "Przewodnicząca Komisji Europejskiej
        # przyjechała" shows "Komisji Europejskiej" is an institution where it comes before a given name.
        # Built at the first run long enough to open with one (German capitalises every noun: most runs are not).
        bare: set[tuple[str, ...]] | None = None
        listless = self._lang not in LANGS
        # (A language declining a name by glued endings on its last word: see the lone-surname rule below.)
        glued_cases = self._lang in _GLUED_SURNAME_LANGS
        names = []
        for p, found in zip(paragraphs, hits):
            # The last surname of each run (runs in order; a later surname of one run replaces an earlier).
            run_stop = dict(p.runs) if found else {}
            saintly = bool(found) and not _saints().isdisjoint(p.words)
            for i, last in {i: h for i, h in found}.items():
                stop = run_stop.get(i, last + 1)
                if saintly and self._saint_place(p, i, stop):
                    continue  # "St. Galler Rheintal" beside a surname "Galler": the place's adjective
                if last < stop - 2 and all(w.lower() in particles for w in p.words[last + 1 : stop - 1]):
                    last = stop - 1  # "Lula" is known, "Lula da Silva" is the name
                elif last == stop - 2 and last > i and self._second_surname(p, stop - 1) and not (
                        self._lang == "hu" and self._hungarian_break(p, stop - 1, stop - 1, surnames)):
                    last = stop - 1  # "Albares" is known, "José Manuel Albares Bueno" is the name
                elif last + 1 < stop and p.words[last] in family_first():
                    last = self._given_after_family(p, last, stop, surnames)  # "Xi" is known, "Xi Jinping" is the name
                if (last == i + 1 and stop == last + 1 and i and (p.kinds[i - 1] & K_VERB or glued_cases)
                        and p.gaps[i] in _SPACES
                        and self._lang != "hu" and p.words[i] not in family_first() and p.words[last] not in given
                        and given_before.get(p.words[i], set()) - {p.words[last]}
                        and not given_before.get(p.words[last], set()) - {p.words[i]}):
                    # "řekl Vlček Dennímu zpravodaji" beside "Tomáš Vlček": after a speech verb, the surname of a
                    # person named in full, then a word never seen after a given name (an outlet's, in the dative):
                    # the surname alone is the name. Where the language glues its cases to a name's last word
                    # (name_cases.txt [surname]: az, kk, ky, mn) and has no double surnames, wherever it stands:
                    # "iclası açan Şahbazov Xəzər dənizinin …" beside "Pərviz Şahbazov" (of the Caspian Sea).
                    last = i
                first = last
                # "przewodnicząca Komisji Europejskiej Ursula von der Leyen": the run opens with an institution.
                if bare is None and last - 1 > i:
                    # Only ends opening with a word some run holding a surname opens with are ever
                    # looked up: the others are not built (most of an article's runs).
                    openers = {r.words[a] for r, run_hits in zip(paragraphs, hits) for a, _ in run_hits}
                    bare = {tuple(q.words[j:stop]) for q in paragraphs for a, stop in q.runs
                            if q.words[stop - 1] not in surnames for j in range(max(a, stop - BARE_WORDS), stop)
                            if q.words[j] in openers}
                floor = next((k for k in range(min(i + BARE_WORDS, last - 1), i, -1)
                              if tuple(p.words[i:k]) in bare and given.isdisjoint(p.words[i:k])), i)
                if floor == i and i and p.gaps[i] in _ELISION_GAPS and (
                        p.words[i - 1][:1].islower() or (p.initial[i - 1] and len(p.words[i - 1]) >= 3)):
                    # "ministro dell'Ambiente Gilberto Pichetto Fratin": the word an elided article or
                    # preposition glues to is a noun (a run after a name joins d'/dell' itself: d'Estaing).
                    floor = i + 1
                while first > floor:
                    word = p.words[first - 1]
                    if first != last and word.lower() in particles:
                        first -= 1  # the runs hold only particles between or before name words
                        continue
                    if word in self._conjoined or p.words[first] in self._conjoined:
                        first -= 1  # "Correia e Silva": a run joins the "and" only between one name's surnames
                        continue
                    # "του κόμματος Livre Πέδρο Βας Αντούνες": one name is written in one script; a word in another
                    # before it is a party's or an outlet's name left untransliterated.
                    if _script_name(word) != _script_name(p.words[first]):
                        break
                    # "le député Écolo Thomas Delcourt": a party's name before a given name and surname is the
                    # role's label, no name word of the person's.
                    if first != last and word.lower() in _party_names():
                        break
                    # A sentence's first word is a given name only when seen as one, or right before the surname.
                    # ("Hugh de Kretser, a senior analyst": right before the surname's particle too.)
                    # (A common given name is one too, though seen only before a double surname: "secrétaire
                    # d'État Helene Budliger Artieda", where "Budliger" stands before the surname as a given
                    # name does.)
                    known = word in given or word in surnames or first == last or (
                        p.words[first][:1].islower() and all(w.lower() in particles for w in p.words[first:last])) or (
                        word.lower() in _given_names())
                    # "пресс-секретарь Путина Дмитрий Песков": a surname, then another's given name (a word seen as
                    # a given name too goes on: "José Antonio Kast" beside "María José de la Fuente").
                    # (Indonesian calls a person by the given name alone, "kata Gibran" beside "Gibran Rakabuming Raka":
                    # a word seen alone is no other's surname there.)
                    # (A family name written first is the name's own: "ministra handlu Korei Yeo Han Koo".)
                    if (word in surnames and p.words[first] in given and p.words[first] not in surnames and word not in given
                            and self._lang not in _GIVEN_NAME_CALLED and word not in family_first()
                            and not self._given_name_people(p, first - 1)):
                        break
                    # "řekl Deníku Střed Hloušek" beside "Vít Hloušek": after a speech verb, a known person's
                    # surname ends the run; the words before it, seen nowhere else, name the outlet.
                    if first == last and given_count[word] == 1 and self._outlet_before(p, i, last, word) and (
                            given_before.get(p.words[last], set()) - {word}):
                        break
                    # "z Nausėdą Nawrocki poruszył": an inflected form of another surname the text writes
                    # (Nausėda), before a surname, is an object glued to the subject, no given name.
                    if (first == last and self._inflected_surname(word, surnames, p.words[last])):
                        break
                    # Hungarian declines only a name's last word: "fogadta Varga Gábort Tomasz Nowak" is an object,
                    # then the subject; "Orbán Viktor Vučićot" a name, then another's accusative.
                    if self._lang == "hu" and self._hungarian_break(p, first, last, surnames):
                        break
                    # "eine Bemerkung Stockers" beside "Stocker": a noun, then the surname's genitive.
                    if first == last and word not in given_plain and _genitive_of(p.words[last], surnames):
                        break
                    # "Депутат Жогорку Кенеша Нурбек Абдыразаков": a word in the genitive before a given name and
                    # surname in the nominative is the institution the role is of, no third name word.
                    # (A given name already taken: not a particle's, "Ursula von der Leyen".)
                    # (A family name written first is in no case: "Ли Чжэ Мён" ends in и as a genitive does.)
                    if (first < last and self._lang in _GENITIVE_LANGS and p.words[first].lower() not in particles
                            and word not in family_first() and _oblique_before(word, p.words[first], p.words[last])):
                        break
                    # Without the language's word lists its adverbs are unknown ("Også Grønland", also
                    # Greenland): a sentence's first word opens a name only when seen as a given name or
                    # capitalised mid-sentence elsewhere.
                    opener = p.initial[first - 1] and (not known or word.lower() in self._lowercase or (
                        listless and word not in given and word not in self._midsentence))
                    # "senador del Centro Democrático Andrés Felipe Rengifo": after an institution's head noun, the
                    # run's first word, seen as no given name, before a given name and a surname, is the last word of
                    # the institution's (a party's) name, no name word of the person's.
                    if (_heads_institution(word) and first < last - 1 and p.words[first] not in given
                            and p.words[first].lower() not in _given_names() and p.words[first] not in surnames
                            and (p.words[first + 1] in given or p.words[first + 1].lower() in _given_names())):
                        first += 1
                        break
                    # "Mercoledì Takaichi sarà ricevuta": a day or a month opens the sentence, no given name.
                    # (A lower-case particle, no preposition, opens the surname: the word before it is the given name,
                    # "of Mohammed bin Salman"; "Nach Ansicht von Erdoğan" is no name.)
                    # ("Ana Sofia Pires da Costa": a place's name after a given name that opens double given
                    # names is the second given name.)
                    if (placelike(word) and word not in apposed and (first - 1 != i or self._placelike_here(p, i, i))
                            and not self._second_given_at(p, first - 1, i)) or opener or self._calendar.holds(word.lower()) or _heads_institution(word) or (first != last and (first - 1 == i or (
                            not known and (p.words[first] in given or self._double_given_at(p, first)))) and not (
                            p.words[first][:1].islower() and p.words[first] not in self.lex.prepositions)
                            # ("povedala pre denník Pravda Denisa Saková": the outlet's name, then the person.)
                            and (self._after_function_word(p.starts[i]) or self._outlet_noun_before(p, i)
                                 or self._after_joined_name(p, i, surnames))
                            and not self._opens_holder(p, i)
                            and (word, p.words[first]) not in free_openers
                            # "del Real Instituto Elcano María José de la Vega-Ortiz": two given names that open
                            # double given names, the first no institution's word.
                            and not (word.lower() in _double_given() and self._double_given_at(p, first - 1))):
                        # "del Consiglio Giorgia Meloni", "van Buitenlandse Zaken David van Weel": an
                        # institution, then the person (a known given name ends the institution's words).
                        break
                    # "z To Lamem Łukaszenka przekonywał": a capitalised function word mid-sentence, left out of the run
                    # (no particle), opens a name of its own with the run's first word; the surname after it is another's.
                    if (first - 1 == i and i > 1 and p.gaps[i] in _SPACES and not p.initial[i - 1]
                            and not p.kinds[i - 1] & (K_PARTICLE | K_NAME)
                            and p.words[i - 1] in _capitalised_function_words(self._lang)):
                        break
                    # "del partido Libre Ana Ruiz": the run's first word, right after a lower-case word for a party,
                    # names the party; the person's given name and surname follow it.
                    if (first - 1 == i and first != last and i and p.gaps[i] in _SPACES
                            and p.words[i - 1].islower() and _party_words().holds(p.words[i - 1])):
                        break
                    # "dari Fraksi PDI Perjuangan Andreas Simatupang": a party's word, its acronym, then the run's first
                    # word (the rest of the party's name) before the person's given name and surname.
                    if (first - 1 == i and first != last and i > 1 and p.gaps[i] in _SPACES and p.gaps[i - 1] in _SPACES
                            and len(p.words[i - 1]) > 1 and p.words[i - 1].isupper()
                            and _party_words().holds(p.words[i - 2].lower())):
                        break
                    # "del Partit de la Independència Bergþóra Sveinsdóttir": the party's word capitalised, then its
                    # particles (de la) and the run's first word, the last of the party's name.
                    if (first - 1 == i and first != last and i > 2 and p.gaps[i] in _SPACES
                            and p.words[i - 1].lower() in particles and p.gaps[i - 1] in _SPACES
                            and any(p.words[k].istitle() and _party_words().holds(p.words[k].lower())
                                    and all(w.lower() in particles and g in _SPACES
                                            for w, g in zip(p.words[k + 1 : i], p.gaps[k + 1 : i]))
                                    for k in range(max(0, i - 3), i - 1))):
                        break
                    if first - 1 == i and first != last and i and p.gaps[i] in _SPACES and p.words[i - 1].isdigit():
                        break  # "del Movimento 5 Stelle Davide Ferraris": the run's first word ends a name with a figure
                    first -= 1
                # "Prezydent Korei Południowej Lee Jae-myung", "Sekretarz stanu Stanów Zjednoczonych X": a place of
                # two words (the role's country in the genitive) before the given name is no part of the name.
                # (Only names of three words or more, or a run stopped on such a place's first word, are read.)
                first = next((k + 1 for k in range(last - 1, max(first, i + 1) - 1, -1)
                              if p.gaps[k] in _SPACES and places.lookup_whole(f"{p.words[k - 1]} {p.words[k]}") is not None),
                             first) if first < last - 1 or i < first < last else first
                if first == last and _heads_institution(p.words[last]):
                    continue  # "Bercy a annoncé": a seat of government alone stands for the government
                if first == last and first > i and _heads_institution(p.words[first - 1]):
                    continue  # "Real Instituto Elcano": the institution's own name
                if first == last and first and _acronym_before(p, first):
                    continue  # "der ETH Zürich", "TU Berlin": an institution's acronym and its city
                if first == i and i and not p.gaps[i].strip() and _heads_institution(p.words[i - 1]) and (
                        p.words[i - 1][:1].isupper() or first == last):
                    # "Instytutu Spraw Międzynarodowych": the institution's own name goes on after its
                    # head noun (split from the run as a role's word), no given name and surname.
                    # (A lower-case head noun ends the institution: "Политолог … университета Виктор
                    # Григорьев" names the person after it.)
                    continue
                # "Chairman C. P. Radhakrishnan": two initials or more, each with its full stop and a space, are
                # the given names (one alone stays a title, "S. Jaishankar": Jaishankar; "U.S." has no space).
                k = first
                while k and len(p.words[k - 1]) == 1 and p.words[k - 1].isupper() and p.gaps[k] == ". ":
                    k -= 1
                if first - k >= 2:
                    first = k
                # "Norra kaitseminister Tore O. Sandvik": one initial after a given name mid-sentence, joined by a
                # space, is a middle initial: the name holds the given name and the initial, and the initial's full
                # stop ended no sentence (the run stopped there only).
                elif (first - k == 1 and k > 1 and p.caps[k - 1] and not p.initial[k - 1] and p.gaps[k] in _SPACES
                      and len(p.words[k - 1]) > 2 and p.words[k - 1][1:].islower()):
                    first = k - 1
                if (last > first + 1 and last + 1 < len(p.words) and p.gaps[last + 1] in ("’", "'")
                        and len(p.words[last + 1]) > 2 and p.words[last + 1][:1].islower()):
                    # "Hassanal Bolkiah Mu’izzaddin Waddaulah": a word cut at its apostrophe (only O' is kept whole)
                    # is no surname; the name ends before it (a possessive or a clitic, Bolkiah’s, is shorter).
                    last -= 1
                form = text[p.starts[first] : p.ends[last]]
                if first and p.kinds[first - 1] & K_TITLE and p.gaps[first].strip() in ("", "."):
                    first -= 1  # the mention holds its title (said Sir Keir), the name does not
                p.names.append(first)
                names.append((p.starts[first], p.ends[last], form))
        return names

    def _outlet_before(self, p: _Paragraph, i: int, last: int, word: str) -> bool:
        """The run from word i opens right after a speech verb and holds an outlet's words before the
        surname at `last`: two words at least, or one the article writes lower-case too (Deníku, deníku)."""
        return (i > 0 and not p.initial[i] and bool(p.kinds[i - 1] & K_VERB) and p.gaps[i] in _SPACES
                and (last - i >= 2 or word.lower() in self._lowercase))

    def _hungarian_break(self, p: _Paragraph, first: int, last: int, surnames: Container[str]) -> bool:
        """In a Hungarian run, the name of words first..last does not go on back to word first - 1: that
        word has a case ending before a full name, or the lone last word is another surname of the text
        with a case ending, never written after that word."""
        word = p.words[first - 1]
        if first < last:
            # (The accusative -t after a consonant too, Gábort: before a full name no given name ends so.)
            return ((m := _HU_CASE.search(word)) is not None and m.start() >= 3) or (
                len(word) > 4 and _HU_ACCUSATIVE.search(word) is not None)
        m = _HU_CASE.search(p.words[last])
        if m is None or m.start() < 3:
            return False
        stem = p.words[last][: m.start()] + (m["c"] if m["double"] else "")
        return stem in surnames and stem != word and re.search(
            rf"(?<!\w){re.escape(word)}\s+{re.escape(stem)}(?!\w)", self.text) is None

    @staticmethod
    def _double_given_at(p: _Paragraph, k: int) -> bool:
        """Words k and k + 1 are two given names that open double given names: "María José"."""
        double = _double_given()
        return k + 1 < len(p.words) and p.words[k].lower() in double and p.words[k + 1].lower() in double

    def _second_given_at(self, p: _Paragraph, k: int, start: int) -> bool:
        """Word k of the run from `start`, a place's name, follows a given name that opens double given
        names and is no place itself: "Ana Sofia", "Maria Victoria"."""
        return k - 1 >= start and p.words[k - 1].lower() in _double_given() and not self._placelike(
            p.words[k - 1]) and places.demonym(p.words[k]) is None

    def _given_after_family(self, p: _Paragraph, k: int, stop: int, surnames: Container[str]) -> int:
        """The last word of a name written family name first from word k (Xi Jinping, Kim Jong Un): up to
        two plain name words after it, no other surname, place, role or word the article writes lower-case."""
        last = k
        while last + 1 < min(stop, k + 3):
            word = p.words[last + 1]
            if (p.gaps[last + 1] not in _SPACES or p.kinds[last + 1] & ~K_NAME or word in surnames
                    or word.lower() in self._lowercase or self._placelike(word)):
                break
            last += 1
        return last

    @staticmethod
    def _inflected_surname(word: str, surnames: set[str], other: str) -> bool:
        """Another surname of the text (not `other`) is `word` with another case ending (Nausėda: Nausėdą)."""
        stem = word[:-1]
        return len(stem) >= 4 and not same_word(word, other) and any(
            s != word and s.startswith(stem) and len(s) - len(stem) <= 2 for s in surnames)

    def _second_surname(self, p: _Paragraph, k: int) -> bool:
        """Word k, after a given name and a surname in one run, is a second surname (Albares Bueno): a plain
        name word, no place, date, role, nationality or word the article writes lower-case, in a sentence
        that is no title-case headline ("Anthony Albanese Arrives")."""
        word, low = p.words[k], p.words[k].lower()
        if (p.gaps[k] not in _SPACES or p.kinds[k] & (K_ROLE | K_TITLE | K_PARTICLE) or not p.caps[k]
                or low in self._lowercase or self._placelike(word) or self._calendar.holds(low)
                or self.lex.institutions.holds(low) or places.demonym(word) is not None):
            return False
        if k + 1 < len(p.words) and p.gaps[k + 1] in _SPACES and p.words[k + 1][:1].islower() and (
                self.lex.institutions.holds(p.words[k + 1].lower())):
            return False  # "Mikko Rantanen Ulkopoliittisesta instituutista": the institution's own adjective
        function_words, initial, n = self.lex.function_words, p.initial, len(p.words)
        start = k
        while start > 0 and not initial[start]:
            start -= 1
        end = k + 1
        while end < n and not initial[end]:
            end += 1
        return any(w[:1].islower() and w.lower() not in function_words for w in p.words[start:end])

    def _placelike_here(self, p: _Paragraph, k: int, start: int) -> bool:
        """Word k is placelike, unless it opens the run at `start` right after a holder's opening phrase
        ("Per Francesca" beside "franco") and is no known place."""
        return self._placelike(p.words[k]) and (
            k != start or places.lookup(p.words[k]) is not None
            or not (self._opens_holder(p, start) or self._role_apposition(p, start)))

    @staticmethod
    def _role_apposition(p: _Paragraph, start: int) -> bool:
        """The run at `start` is set off by a comma right after a role ("A vice-Presidente angolana, Esperança
        da Costa,"): the apposition names the role's holder, so its first word is a given name even when the
        article writes a word of the same start lower-case (esperou beside Esperança)."""
        if start < 1 or p.gaps[start].strip() != ",":
            return False
        for k in range(start - 1, max(start - 4, -1), -1):
            if p.kinds[k] & K_ROLE:
                return True
            # (Only the role's own lower-case words, a nationality, lie between: "ministra angolana"; or its
            # country's name, "Mataimakin Shugaban Najeriya, Kashim Shettima,", Nigeria's Vice President.)
            if (not (p.words[k][:1].islower() or places.lookup(p.words[k]) is not None)
                    or (k < start - 1 and p.gaps[k + 1].strip())):
                return False
        return False

    def _opens_holder(self, p: _Paragraph, i: int) -> bool:
        """The words before word i are only an opinion holder's opening phrase (Pour, Para, Für) at the
        sentence's start: the run after it names the holder ("Pour Cheikh Tidiane Dièye, le ministre")."""
        low = [w.lower() for w in p.words[max(0, i - 3) : i]]
        # Any reporting phrase, not only those marked sentence-first: at the start, with nothing between it
        # and the run, "Segundo"/"Para"/"Según" is never a name's first word.
        return any(len(ph) <= i and p.initial[i - len(ph)] and tuple(low[len(low) - len(ph) :]) == ph
                   for ph in _sentence_openings(self.lex.reporting))

    def _caption_openers(self) -> set[tuple[str, str]]:
        """Two capitalised words in a row in a caption, after a word that is no function word (or first)."""
        lex, out = self.lex, set()
        for a, b in self._captions:
            tokens = list(_TOKEN.finditer(self.text, a, b))
            for k in range(len(tokens) - 1):
                first, second = tokens[k].group(), tokens[k + 1].group()
                if not (first[:1].isupper() and second[:1].isupper()) or self.text[tokens[k].end() : tokens[k + 1].start()] not in _SPACES:
                    continue
                before = tokens[k - 1].group().lower() if k else ""
                if before not in lex.prepositions and before not in lex.noun_markers:
                    out.add((first, second))
        return out

    def _after_joined_name(self, p: _Paragraph, i: int, surnames: Container[str]) -> bool:
        """Word i follows an "and" after a capitalised word that is no surname: "di Alleanza Verdi e Sinistra
        Marco Grimaldi", "Poseł Prawa i Sprawiedliwości Jan Kowalski" (the "and" joins an institution's name,
        as a preposition inside it does, so the run's first word may be its last; "Meloni e Maria Grazia
        Rossi" joins two people)."""
        return (i > 1 and p.gaps[i] in _SPACES and p.gaps[i - 1] in _SPACES and p.words[i - 2][:1].isupper()
                and p.words[i - 1].lower() in and_words(self._lang) and p.words[i - 2] not in surnames)

    def _after_function_word(self, pos: int) -> bool:
        words = _TOKEN.findall(self.text[max(0, pos - 24) : pos])
        return bool(words) and (words[-1].lower() in self.lex.prepositions or words[-1].lower() in self.lex.noun_markers)

    def _cluster(self, forms: list[str]) -> dict[str, str]:
        """Each form -> the fullest form of its person in this article."""
        groups: list[list[str]] = []
        # Groups by the keys of their surname and by their first word, so a form is compared with
        # a few groups, not all of them (a list of names is otherwise quadratic).
        by_key: dict[str, list[int]] = {}
        by_first: dict[str, list[int]] = {}
        # Ties go to the first seen: a set's order would change with the hash seed, run to run.
        for form in sorted(dict.fromkeys(forms), key=lambda f: (-len(f.split()), len(f))):
            keys = _name_keys(fold(surname(form)))
            near = sorted({k for key in keys for k in by_key.get(key, ())})
            k = next((k for k in near if same_person(form, groups[k][0])), None)
            if k is None and self._lang == "ro" and (nominative_form := _romanian_nominative(form)):
                # "Maiei Sandu" beside "Maia Sandu": a given name's genitive-dative, the surname unchanged.
                k = next((k for k in near if nominative_form in groups[k]), None)
            if k is None and len(form.split()) == 2:
                # Family name first (Takaichi Sanae beside Sanae Takaichi): the groups keyed by the first word.
                k = next((k for k in sorted({k for key in _name_keys(fold(form.split()[0])) for k in by_key.get(key, ())})
                          if _swapped(form, groups[k][0])), None)
            if k is not None:
                groups[k].append(form)
                continue
            # Family name first (Xi Jinping, then Xi): a lone word equal to a full name's first word.
            first = by_first.get(fold(form), []) if len(form.split()) == 1 else []
            if len(first) == 1:
                groups[first[0]].append(form)
                continue
            # Hungarian case forms of a lone name (Orbánnal, Orbánt, Vučiccsal): the person of its nominative.
            if self._lang == "hu" and " " not in form:
                k = next((k for stem in _hungarian_stems(form) for k in self._stem_groups(stem, groups, by_key, by_first)), None)
                if k is not None:
                    groups[k].append(form)
                    continue
            groups.append([form])
            # "Claudia Sheinbaum Pardo" is also found by the first of its two surnames: "Claudia Sheinbaum" joins it.
            lead_keys = _name_keys(fold(lead)) if len(form.split()) > 2 and (lead := _first_surname(form.split())) else ()
            for key in chain(keys, lead_keys):
                by_key.setdefault(key, []).append(len(groups) - 1)
            if len(form.split()) > 1:
                by_first.setdefault(fold(form.split()[0]), []).append(len(groups) - 1)
                # Lula da Silva, then Lula: the word before a particle begins the surname.
                words = form.split()
                lead = next((w for w, nxt in zip(words[1:-1], words[2:]) if nxt.lower() in _particles().words
                             and w.lower() not in _particles().words), None)
                if lead is not None:
                    by_first.setdefault(fold(lead), []).append(len(groups) - 1)
                # "José Manuel Albares Bueno", then "Albares": the first of two surnames goes by itself.
                if len(words) >= 3 and words[-2].lower() not in _particles().words and words[-2] != lead:
                    by_first.setdefault(fold(words[-2]), []).append(len(groups) - 1)
                # "Dilan Yeşilgöz-Zegerius", then "Yeşilgöz": so does the first part of a hyphenated surname.
                head, hyphen, tail = words[-1].partition("-")
                if hyphen and len(head) >= 3 and head[:1].isupper() and tail[:1].isupper():
                    by_first.setdefault(fold(head), []).append(len(groups) - 1)
        counts = Counter(forms)
        particles = _particles().words
        oblique = self._finnish_obliques() if self._lang == "fi" else {}
        out = {}
        for g in groups:
            # Of the fullest forms, the shortest: a case form is the nominative and an ending
            # (Шавкат Мирзиёев, not Шавкатом Мирзиёевым; Władimir Putin, not Władimira Putina).
            # A form with more words that are no particles first: "Rodrigo Paz", not "La Paz" (the city
            # "en La Paz" reads as particle + surname and joins him, but has no given name).
            best = nominative(max(g, key=lambda f: (sum(w.lower() not in particles for w in f.split()), len(f.split()),
                                                    -len(f), counts[f])), counts)
            # "in La Paz" beside "Mr. Paz", no given name anywhere: a capitalised particle before the bare
            # surname the text also writes alone is a place's name (La Paz, Los Angeles), not his.
            if (len(words := best.split()) > 1 and words[0][:1].isupper() and words[-1] in g
                    and all(w.lower() in particles for w in words[:-1])):
                best = words[-1]
            if self._lang == "et":
                best = _estonian_nominative(best, g)
            if best in oblique and all(f in oblique for f in g):
                # Finnish: a person the text names only in a case ("Elina Valtosen mukaan", "pääministerin
                # Ulf Kristerssonin"): the surname's nominative.
                best = oblique[best]
            for f in g:
                out[f] = best
        return out

    def _finnish_obliques(self) -> dict[str, str]:
        """Finnish name forms every occurrence of which is in a case the context shows (before "mukaan",
        after a role in the same case: "presidentin Stubbin", "ministerille Valtoselle"), each with its
        nominative; only the last word declines."""
        text, lex = self.text, self.lex
        seen: dict[str, bool] = {}
        for a, b, form in self._names:
            after = _TOKEN.match(text, b + 1) if text[b : b + 1] == " " else None
            before = _TOKEN.findall(text[max(0, a - 30) : a])
            role = before[-1].lower() if before and text[a - 1 : a] == " " else ""
            ending = next((e for e in _FI_CASES if form.endswith(e) and role.endswith(e)), None)
            cased = bool(after and after.group().lower() in ("mukaan", "mukaansa") and form.endswith("n")) or bool(
                ending and lex.is_role(role))
            seen[form] = seen.get(form, True) and cased
        out = {}
        for form, cased in seen.items():
            if cased and (nom := _finnish_nominative(form)):
                out[form] = nom
        return out

    @staticmethod
    def _stem_groups(stem: str, groups: list[list[str]], by_key: dict[str, list[int]],
                     by_first: dict[str, list[int]]) -> list[int]:
        """The group a lone `stem` would join: the one full name it opens, else the groups of its surname."""
        first = by_first.get(fold(stem), [])
        if len(first) == 1:
            return first
        near = sorted({k for key in _name_keys(fold(stem)) for k in by_key.get(key, ())})
        return [k for k in near if same_person(stem, groups[k][0])][:1]

    def _caption_names(self, captions: Sequence[tuple[int, int]]) -> None:
        """A person the body names by surname alone takes the full name a caption gives ("Robert Fico"
        under the photo, "Fico" in the text): the caption's given name is the capitalised word right before
        the surname, no role, title, place, date, institution or word the article writes lower-case."""
        lone = {best for best in self.clusters.values() if " " not in best}
        # A foreign name ending in -o that the body writes only in a Slavic case ("přijal prezidenta Prabowa
        # Subianta"), its caption in the nominative ("prezident Prabowo Subianto"): every word one case
        # ending (-a, -u, -e, -ovi, -em) in place of the caption's -o. The caption gives the name's nominative.
        declined = {best: words for best in set(self.clusters.values())
                    if len(words := best.split()) > 1 and all(w[-1:] in "aue" or w.endswith(("ovi", "em")) for w in words)}
        if declined:
            cases = frozenset(("a", "u", "e", "ovi", "em"))
            nominatives: dict[str, str] = {}
            for a, b in captions:
                words = _TOKEN.findall(self.text[a:b])
                for best, body in declined.items():
                    n = len(body)
                    found = next((words[k : k + n] for k in range(len(words) - n + 1) if all(
                        c.endswith("o") and len(c) >= 4 and w[: len(c) - 1] == c[:-1] and w[len(c) - 1 :] in cases
                        for c, w in zip(words[k : k + n], body))), None)
                    if found is not None:
                        nominatives.setdefault(best, " ".join(found))
            for form, best in self.clusters.items():
                if best in nominatives:
                    self.clusters[form] = nominatives[best]
        if not lone:
            return
        lex, fuller = self.lex, {}
        for a, b in captions:
            words = _TOKEN.findall(self.text[a:b])
            # (Captions name people in the nominative: the surname as the body's name, no case form, "Besuch Ficos".)
            folded = [fold(w) for w in words]
            for k in range(1, len(words)):
                person = next((c for c in lone if fold(c) == folded[k]), None) if words[k][:1].isupper() else None
                if person is None or person in fuller or not self._caption_given(words, k - 1, lone):
                    continue
                # "Präsident Recep Tayyip Erdoğan": two given names after a role, a verb or the caption's start.
                two = k >= 2 and self._caption_given(words, k - 2, lone) and (
                    k == 2 or lex.kind(words[k - 3]) & (K_ROLE | K_TITLE | K_VERB)
                    or (words[k - 3][:1].islower() and words[k - 3].lower() not in lex.function_words
                        and words[k - 3].lower() not in _particles().words))
                fuller[person] = " ".join(words[k - 2 if two else k - 1 : k + 1])
        if fuller:
            taken = set(self.clusters.values())
            for form, best in self.clusters.items():
                full = fuller.get(best)
                if full is not None and full not in taken:
                    self.clusters[form] = full

    def _caption_surnames(self, captions: Sequence[tuple[int, int]]) -> list[str]:
        """Surnames of the full names captions give after a role or a title ("Bundeskanzler Christian Stocker",
        "la premier Giorgia Meloni"): evidence the body's bare surname is that person's, though it names them
        in full nowhere else."""
        lex, found = self.lex, []
        for a, b in captions:
            tokens = list(_TOKEN.finditer(self.text, a, b))
            words = [t.group() for t in tokens]
            for k in range(1, len(words) - 1):
                if not lex.kind(words[k - 1]) & (K_ROLE | K_TITLE) or not words[k][:1].isupper():
                    continue
                # Two or three plain name words, each right after the other, the last one ending the run.
                end = k
                while (end < len(words) and end - k < 3 and words[end][:1].isupper()
                       and not self.text[tokens[end - 1].end() : tokens[end].start()].strip()):
                    end += 1
                if not 2 <= end - k <= 3 or (end < len(words) and words[end][:1].isupper()
                                             and not self.text[tokens[end - 1].end() : tokens[end].start()].strip()):
                    continue
                last = words[end - 1]
                if all(self._caption_given(words, g, ()) for g in range(k, end - 1)) and not (
                        self._placelike(last) or _heads_institution(last) or lex.institutions.holds(last.lower())
                        or places.demonym(last) is not None or lex.kind(last) != K_NAME):
                    found.append(last)
        return found

    def _caption_given(self, words: list[str], k: int, lone: Container[str]) -> bool:
        """Caption word k may be a given name: a plain capitalised word, no place, date, institution or
        nationality, no surname of the article; first in the caption, no word the article writes lower-case."""
        given = words[k]
        low = given.lower()
        return self.lex.kind(given) == K_NAME and not (
            (k == 0 and low in self._lowercase) or self._placelike(given) or self._calendar.holds(low)
            or self.lex.institutions.holds(low) or places.demonym(given) is not None or given in lone)

    def _initials_of(self, acronym: str, starts: dict[str, list[tuple[_Paragraph, int]]]) -> str | None:
        """The full name whose words' initials spell the all-caps word (MBS: Mohammed bin Salman, with or
        without its particles), when the text writes one, else None. `starts`: capitalised words by first letter."""
        particles = _particles().words
        for p, k in starts.get(acronym[0], ()):
            words, gaps, n = p.words, p.gaps, len(p.words)
            j, got, named = k, 0, 0
            while j < n and got < len(acronym) and (j == k or gaps[j] in _SPACES):
                w = words[j]
                particle = w.lower() in particles
                if w[0].upper() == acronym[got] and (particle or (w[:1].isupper() and w[1:2].islower())):
                    got, named = got + 1, named + (not particle)
                elif not particle:
                    break
                j += 1
            # Two capitalised words at least, the last a name's; a particle or a known surname tells
            # a person's name from an institution's (North Atlantic Treaty Organization), and so
            # does no article before it (la Banque de France).
            last = words[j - 1]
            if (got == len(acronym) and named >= 2 and last.lower() not in particles
                    and (j - k > named or self._is_surname(last))
                    and not (k and words[k - 1].lower() in self.lex.noun_markers)
                    # An institution's head noun anywhere in it (Polskiego Instytutu Spraw…: the
                    # adjective leads in Slavic names) makes it an institute's, not a person's.
                    and not any(map(_heads_institution, words[k:j]))):
                return self.text[p.starts[k] : p.ends[j - 1]]
        return None

    def _add_acronyms(self) -> None:
        """An all-caps word whose letters are the initials of a full name the text writes (MBS for
        Mohammed ben Salmane) is a mention of that person; shorter forms of the name go to the full one."""
        found: dict[str, str | None] = {}
        added = False
        starts: dict[str, list[tuple[_Paragraph, int]]] | None = None
        for p in self._paragraphs:
            # (Most words have a lower-case letter: the all-caps test runs in C, before any Python.)
            for k in compress(range(len(p.words)), map(str.isupper, p.words)):
                w = p.words[k]
                if not (ACRONYM_MIN <= len(w) <= ACRONYM_MAX and w.isalpha()) or p.kinds[k] & K_NAME:
                    continue
                if starts is None:
                    # Built once, at the first all-caps word: a name is then sought among the few
                    # capitalised words with its first letter, not the whole text per acronym.
                    # Only words a name's word or particle follows, after a space, can open one: _initials_of()
                    # stops at any other's second word, two named words short (most capitalised words of a
                    # German text are nouns, which every acronym's search passed over word by word).
                    starts = {}
                    particles = _particles().words
                    for q in self._paragraphs:
                        qw, qg, last = q.words, q.gaps, len(q.words) - 1
                        for c in compress(range(len(qw)), q.caps):
                            if c < last and qg[c + 1] in _SPACES and (
                                    (qw[c + 1][:1].isupper() and qw[c + 1][1:2].islower()) or qw[c + 1].lower() in particles):
                                starts.setdefault(qw[c][0], []).append((q, c))
                if w not in found:
                    found[w] = self._initials_of(w, starts)
                full = found[w]
                if full is None:
                    continue
                person = self.clusters.get(full, full)
                if w not in self.clusters:
                    # The forms already clustered that are words of the full name (Mohammed) are that person.
                    words = full.split()
                    for form, best in list(self.clusters.items()):
                        if best != person and " ".join(best.split()) in full and set(best.split()) <= set(words):
                            for f, b in list(self.clusters.items()):
                                if b == best:
                                    self.clusters[f] = person
                    self.clusters[w] = person
                p.names.append(k)
                self._names.append((p.starts[k], p.ends[k], w))
                added = True
        if added:
            self._names.sort()

    def _mark_events(self) -> None:
        """Note in each paragraph the words resolve() must visit; it skips every other word."""
        self._add_acronyms()
        for p in self._paragraphs:
            flags = list(map(or_, map(K_REFERRING.__and__, p.kinds), p.initial))
            for k in p.names:
                flags[k] = True
            p.events = list(compress(range(len(flags)), flags))

    def resolve(self, masked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """The mentions outside the `masked` spans (quotations), roles and pronouns tied to a person."""
        mask = sorted(masked)
        # The pipeline asks with the quotations masked, then with none: the same question when the masks
        # hide the same words. A mask is read only where a name, role or pronoun stands (see _resolve):
        # two masks over the same of those positions resolve alike, and the answer is kept by them.
        key = self._masked_at(mask)
        if self._resolved is None or self._resolved[0] != key:
            self._resolved = key, self._resolve(mask)
        return list(self._resolved[1])

    def _masked_at(self, mask: list[tuple[int, int]]) -> tuple[int, ...]:
        """The positions of the words _resolve() may skip for the sorted mask: its events that are a
        name's start or a role or pronoun, inside the mask as _resolve() tests it."""
        if not mask:
            return ()
        if self._mentionable is None:
            named = {a for a, _, _ in self._names}
            self._mentionable = [p.starts[i] for p in self._paragraphs for i in p.events
                                 if p.starts[i] in named or p.kinds[i] & K_REFERRING]
        mask_starts = [a for a, _ in mask]
        return tuple(pos for pos in self._mentionable if _inside(mask, mask_starts, pos))

    def _resolve(self, mask: list[tuple[int, int]]) -> list[Mention]:
        text, lex, names = self.text, self.lex, self._names
        mask_starts = [a for a, _ in mask]
        by_start = {a: (a, b, f) for a, b, f in names}
        name_starts = [a for a, _, _ in names]
        out: list[Mention] = []
        mod_of: dict[str, str] = {}  # person -> the place stem tied to it (russ, kaza)
        # person -> the role words the text gave them (Bundeskanzler Friedrich Merz, Lin Jian, porte-parole)
        introduced: dict[str | None, set[str]] = {}
        # role word -> the people introduced with it: a deputy's office keeps them from the principal's role.
        by_role: dict[str, set[str]] = {}
        # Role words the text introduced someone unnamed with ("A European diplomat, speaking on condition of
        # anonymity"): "the diplomat" later is that one, no one named.
        unnamed_roles: set[str] = set()
        # person -> the role with the word that qualifies it ("home secretary", "state secretary"): of two
        # people introduced with one role word, a later "the Home Secretary" is the one with that qualifier.
        qualified: dict[str, set[str]] = {}
        person_of_mod: dict[str, str] = {}
        # Countries person_of_mod ties to someone only by a guess (_role_person: the last in scope), which a holder
        # the text later introduces with that country's office overrides (see tie).
        guessed: set[str] = set()

        def tie(mod: str, person: str) -> None:
            """Tie the country `mod` to the holder of its office the text introduces: 'احسن اقبال اور ترک وزیر کی
            ملاقات' (a headline's Turkish minister, before anyone is named so) bound Turkey to whoever was in scope;
            'ترک وزیر صنعت محمد فاتح کاجر' after it names him."""
            if mod in guessed and person_of_mod.get(mod) != person:
                former = person_of_mod.pop(mod)
                if mod_of.get(former) == mod:
                    del mod_of[former]
            guessed.discard(mod)
            person_of_mod.setdefault(mod, person)

        # country -> the people whose role's complement named it before their name ("the speaker of Romania's lower
        # house, X", "předsedou rumunské dolní komory X"): no tie (an ambassador to Romania is no Romanian), only
        # whom "the Romanian politician" most likely means when no one is tied to Romania.
        of_complement: dict[str, set[str]] = {}
        # person -> the others a list shared a role with, no country telling them apart ("the two finance
        # ministers, X and Y"): "the Swedish finance minister" later may be either, so it is none of them.
        listed_with: dict[str, set[str]] = {}
        # Roles the text opens with before anyone is named, by their index in `out` (see _named_later).
        ahead: list[tuple[int, str]] = []
        # person -> the country of the office the text named them with (le président nigérian Bola Tinubu).
        held: dict[str, str] = {}
        sentence = 0
        # The people of the current sentence, from its mentions out[sentence_from:] and those added to
        # it already: a role asking gathers only the mentions added since (rebuilding the set per role
        # is quadratic on text without sentence punctuation, and most sentences hold no role).
        in_sentence: set[str | None] = set()
        sentence_from = 0
        # The people the text shows to be men or women (sagte er, powiedziała Kowalska, die Ministerin X):
        # a cue of the other gender never stands for them.
        of_gender: dict[str, set[str | None]] = {"f": set(), "m": set()}
        self._genders = of_gender
        # The visit's host ("reçu par X", "X has welcomed") and, when the venue's country speaks the
        # article's language (its own press), that country's code: a bare office there is the host's.
        host: str | None = None
        venue: str | None = None
        # The span of the sentence naming the host: the other person it names is the visit's guest.
        host_sentence = (0, 0)
        guest_words = _guest_words()
        # person -> how many times the text has named them so far: which of two holders of one office it follows.
        named: Counter[str] = Counter()
        # (person, paragraph, role word, start of the holder's name after it or None): roles() reads the phrases.
        intros: list[tuple[str, _Paragraph, int, int | None]] = []
        self._intros = intros
        shared = self._shared_surnames()
        for p in self._paragraphs:
            words, starts = p.words, p.starts
            skip_to = -1
            # Only events: no other word starts a sentence or a mention, so none changes the state.
            postpositional = "postpositions" in _word_order(self._lang)
            for i in p.events:
                pos = starts[i]
                if p.initial[i]:
                    sentence = pos
                    in_sentence = set()
                    sentence_from = len(out)
                name = by_start.get(pos)
                if name is None and not p.kinds[i] & K_REFERRING:
                    continue  # a sentence start, nothing more
                if pos < skip_to or (mask and _inside(mask, mask_starts, pos)):
                    continue
                word = words[i]
                # (A postposition, word_order.txt, closes the noun before it: "შეხვედრის შემდეგ X-მა", after the
                # meeting X, leaves X the subject.)
                prep = i > 0 and words[i - 1].lower() in lex.prepositions and not postpositional and not (
                    # ("zeptal se novinář": a reflexive clitic after its verb, no preposition: the journalist asked.)
                    i > 1 and p.kinds[i - 2] & K_VERB and words[i - 1].lower() in _reflexives(self._lang))
                if not prep and name is not None and i > 1 and p.kinds[i - 1] & K_ROLE and p.gaps[i] in _SPACES:
                    prep = self._preposition_before_role(p, i - 1)
                if not prep and name is not None and not postpositional:
                    # "After meeting the trade minister, X, Y said …": the person met is the object of the
                    # phrase opening the sentence; the main clause's subject after it speaks.
                    prep = self._in_leading_phrase(p, i, name[1], sentence, out)
                subject = not prep and _opens_clause(out, sentence)
                if prep and name is not None and (not out or out[-1].start < sentence):
                    # "Pour Karim Haddad, chercheur, …": the opinion's holder is what the sentence is about.
                    # "Enligt Kristersson är Sverige redo …, men han …": a source's phrase opening the
                    # sentence makes the source its subject too (the view and the pronoun after are his).
                    # "Handeln uppgick till 20 miljarder, enligt Carney. … talade han": so does one closing it.
                    subject = self._holder_opening(p, i, sources=True) or self._source_closing(p, i, name[1])
                if name is not None:
                    a, b, form = name
                    skip_to = b
                    if self._lang == "hu" and _hungarian_oblique(form, self.clusters[form]):
                        # "Orbánnal egyetértésben Vučić azt mondta": a case ending is Hungarian's preposition.
                        prep, subject = True, False
                    elif "apostrophe_cases" in _word_order(self._lang) and (
                            _APOSTROPHE_CASE.match(text, b) or (
                                (t := _WORD_AFTER.match(text, b)) is not None and t.group(1).lower() in lex.titles
                                and _APOSTROPHE_CASE.match(text, t.end()))):
                        # "Purwagandhi'ye … teşekkür eden Uraloğlu, "…" diye konuştu": a case suffix after the
                        # apostrophe (Turkish writes none on the subject) makes the name an object; so does one
                        # on the honorific after the name ("Ahsan İkbal Bey'e … teşekkür eden Kacır").
                        prep, subject = True, False
                    elif (genitives := _glued_genitives(self._lang)) and form.endswith(genitives) and not (
                            self.clusters[form].endswith(genitives)) and not _SOURCE_NOUN_COMMA.match(text, b):
                        # "তবে সোনোয়ালের দাবি নিয়ে প্রশ্ন তুলেছেন সিপিএম নেতা X" (but CPI(M) leader X questioned
                        # Sonowal's claim): a name in the genitive is a possessor, the clause's subject comes later.
                        # Not so in "X-এর কথায়, …" / "X-এর মতে, …" (in X's words, in X's view): one noun and a
                        # comma after it make the genitive the source of what follows.
                        prep, subject = True, False
                    if not self._possessor(p, b, by_start):
                        person = self._bearer(p, i, form, shared, out) or self.clusters[form]
                        out.append(Mention(a, b, form, NAME, person, prep, subject))
                        named[person] += 1
                        self._note_gender(of_gender, person, self._name_gender(p, i, b))
                        if host is None and self._host_at(p, i, bisect_left(starts, b)):
                            host, venue = person, self._home_venue(p)
                            host_sentence = sentence, next(
                                (starts[k] for k in range(i + 1, len(words)) if p.initial[k]), p.ends[-1])
                    continue
                # An institution's word (Palatul, das Ministerium) tells nothing of its holder's gender.
                gender = None if lex.is_institution(words[i]) else self._cue_gender(p, i)
                clash: Container[str | None] = _OfOtherGender(of_gender, gender) if gender else frozenset()
                if p.kinds[i] & K_PRONOUN:
                    person = None
                    # A live blog's entry, under its time stamp, is a story of its own (the entry above it is
                    # newer, printed first): a pronoun never stands for someone named in another entry.
                    k = bisect_left(self._entry_starts, pos)
                    entry = out[bisect_left(out, self._entry_starts[k - 1], key=_FIRST) :] if k else out
                    if gender:
                        # "Die Abgeordnete X warf … vor, Y betreibe „…“, sagte sie": a person of the pronoun's
                        # gender named in its paragraph before one whose gender the text never shows.
                        here = out[bisect_left(out, p.starts[0], key=_FIRST) :]  # (a Mention opens on its start)
                        person = self._recent(here, pos, _Outside(of_gender[gender]), unknown_stops=True)
                    person = person or self._recent(entry, pos, clash, unknown_stops=True)
                    # "…, sade hon": the pronoun shows the person's gender, so a later "han" is not her.
                    self._note_gender(of_gender, person, gender)
                    out.append(Mention(pos, p.ends[i], word, PRONOUN, person, prep, subject))
                    continue
                if not p.kinds[i] & K_ROLE:
                    continue
                listed = self._country_list(p, i)
                if listed:
                    # "Los presidentes de Uruguay, Chile y Bolivia, Yamandú Orsi, José Antonio Kast y Rodrigo Paz":
                    # the text pairs each name with its country, so "el mandatario chileno" later is Kast.
                    # (Each holds the role: "президентов Таджикистана X, Туркменистана Y и Узбекистана Z".)
                    role = _role_key(words, i, self._offices)
                    together: set[str] = set()
                    for a, _, code in listed:
                        if (holder := by_start.get(p.starts[a])) is not None:
                            person = self.clusters[holder[2]]
                            introduced.setdefault(person, set()).add(role)
                            by_role.setdefault(role, set()).add(person)
                            if a == listed[0][0]:
                                # (Its phrase only for the first, whose name it reaches: a later one's would run
                                # over the names before.)
                                intros.append((person, p, i, holder[0]))
                            if not code:
                                together.add(person)  # (a plain list: no country pairs it)
                                continue
                            held.setdefault(person, code)
                            mod_of.setdefault(person, code)
                            person_of_mod.setdefault(code, person)
                    for person in together:
                        listed_with.setdefault(person, set()).update(together - {person})
                    continue
                role_of = self._name_before_role(p, i, out)
                if role_of is not None and not self._stands_for_person(p, i):
                    # "Orbán Viktor miniszterelnök", "Aleksandar Vučić szerb államfő": the role after the
                    # name is the name's, and so is the country of its adjective.
                    role = _role_key(words, i, self._offices)
                    introduced.setdefault(role_of, set()).add(role)
                    by_role.setdefault(role, set()).add(role_of)
                    intros.append((role_of, p, i, _HOLDER_BEFORE))
                    self._note_gender(of_gender, role_of, gender)
                    mod = self._role_phrase(p, i)[2]
                    if mod:
                        held.setdefault(role_of, mod)
                        mod_of.setdefault(role_of, mod)
                        person_of_mod.setdefault(mod, role_of)
                    continue
                if not self._stands_for_person(p, i):
                    # "the killing of journalist Jamal Khashoggi": no mention, but the name's role all the same.
                    k = bisect_left(name_starts, p.ends[i])
                    # ("dalla presidente del Consiglio Giorgia Meloni": the office's words, then the name.)
                    mod = self._country_apposition(p, i, names[k]) if k < len(names) else None
                    if mod is None and k < len(names) and names[k][0] == p.ends[i] + 1 and text[p.ends[i]] == " ":
                        # "Maďarský premiér Viktor Orbán": a nationality adjective, the role, the name.
                        role_start, _, mod, _ = self._role_phrase(p, i)
                        mod = mod if role_start < p.starts[i] else None
                    elif (mod is None and k < len(names) and (phrase := self._role_phrase(p, i))[1] > p.ends[i]
                          and names[k][0] == phrase[1] + 1 and text[phrase[1]] == " " and not phrase[3]):
                        # "iyo dhiggiisa Kenya William Ruto" (and his counterpart of Kenya): the country closing the
                        # role's phrase right before the name is his, so a later "Madaxweynaha Kenya" is he.
                        mod = phrase[2]
                    if mod is None and k < len(names) and (phrase := self._role_phrase(p, i))[2] and phrase[3] and (
                            text[phrase[1] : names[k][0]].strip() in ("", ",")):
                        of_complement.setdefault(phrase[2], set()).add(self.clusters[names[k][2]])
                    if k < len(names) and (names[k][0] == p.ends[i] + 1 and text[p.ends[i]] == " "
                                           or self._titled(p, i, names[k][0]) or mod):
                        person = self.clusters[names[k][2]]
                        introduced.setdefault(person, set()).add(_role_key(words, i, self._offices))
                        intros.append((person, p, i, names[k][0]))
                        # "recibió al mandatario de Guatemala, Bernardo Arévalo,": his gender and country too.
                        self._note_gender(of_gender, person, gender)
                        if mod:
                            held.setdefault(person, mod)
                            mod_of.setdefault(person, mod)
                            tie(mod, person)
                    elif out and out[-1].kind == NAME and out[-1].person and (
                            text[out[-1].end : self._role_phrase(p, i)[0]].strip() == ","):
                        # "Konstantin Zatulin, primo vicepresidente della commissione …": the role set off
                        # after a name is its (for roles(); no mention, as before).
                        intros.append((out[-1].person, p, i, None))
                    elif (k < len(names) and (phrase_end := self._role_phrase(p, i)[1]) > p.ends[i]
                          and names[k][0] == phrase_end + 1 and text[phrase_end] == " "):
                        # "il grande poeta kazako Abai": the role, its nationality, then the name (for roles()).
                        intros.append((self.clusters[names[k][2]], p, i, names[k][0]))
                    continue
                start, end, mod, after_complement = self._role_phrase(p, i)
                role = _role_key(words, i, self._offices)
                complement = self._genitive_complement(p, i)
                if complement:
                    # "помощник президента Юрий Ушаков": the assistant, whose president is someone else.
                    end = max(end, p.ends[i + 1])
                    skip_to = max(skip_to, p.ends[i + 1])
                # (An office phrase opening with its institution, "Seimo Pirmininkas" (the Speaker of the
                # Seimas), names the office's holder, not the institution: its role key is another word.)
                # (A syllable language's office phrase is keyed whole: "bộ công thương", the ministry, is no person.)
                new_person = (self._indefinite(p, i) or (lex.institutions.holds(word.lower()) and role == word.lower())
                              or (" " in role and lex.institutions.holds(role))
                              or _no_one(self._lang).holds(word.lower())
                              # ("– Kolik plynu může Česko dostat? zeptal se novinář": a journalist no one was
                              # introduced as asks; not the host named last.)
                              or press_words(self._lang).holds(word.lower()) and not self._introduced_with(role, introduced))
                k = bisect_left(name_starts, p.ends[i])
                nxt = names[k] if k < len(names) else None
                # "Dr X, ekspert Ośrodka Studiów …": the role set off after a name is that name's, and
                # the capitalised words of the institution after it name no holder.
                apposed_to_name = bool(out) and out[-1].kind == NAME and text[out[-1].end : start].strip() == ","
                holder = nxt if nxt and (
                    text[end : nxt[0]].strip() in ("", ",") and nxt[0] - end <= 2
                    # "la députée (LFI) Mathilde Ferrand", "the MP (Labour) Tom Reed": the holder's party in
                    # brackets between the role and the name.
                    or _BRACKETED_PARTY.fullmatch(text, end, nxt[0]) is not None
                    or self._titled(p, i, nxt[0]) and (not apposed_to_name or self._country_then_name(p, i, nxt[0]))
                    or self._apposed(p, i, nxt[0], nxt[1])
                    # ("Пресс-секретарь президента России Дмитрий Песков": the complement's country, then the name.)
                    or complement and self._titled(p, i + 1, nxt[0])
                    or self._institution_then_holder(p, i, nxt[0]) or self._coordinated(p, i, nxt[0])
                    or self._described_then_name(p, bisect_left(p.starts, end), nxt[0])
                    or self._party_holder(p, i, nxt[0]) or self._opposition_holder(p, i, nxt[0])
                    # ("la ministra francese delle Forze armate X": the office's institution, then its holder.)
                    or self._institution_holder(p, i, nxt[0])) else None
                if nxt and holder is None and (holder := self._chain_holder(p, i, names, k)) is not None:
                    # The institution's words before the holder (Центра … Азии РАН) name no one.
                    skip_to = holder[0]
                if (holder is None and mod and nxt and nxt[0] > end
                        and _complement_tail(text[end : nxt[0]])):
                    # "the speaker of Romania's lower house, X", "předsedou rumunské dolní komory X": the
                    # country, then its institution's lower-case words, then the name (see of_complement).
                    of_complement.setdefault(mod, set()).add(self.clusters[nxt[2]])
                if holder is not None:
                    if mod is None and self._uncased:
                        # "שר החקלאות של הודו, X": the country after a preposition among the role's complements.
                        mod = self._complement_country(p, i, holder[0])
                    person = self.clusters[holder[2]]  # apposition: il presidente kazako Kassym-Jomart Tokayev
                    introduced.setdefault(person, set()).add(role)
                    if (key := self._qualified_key(p, i, role)) is not None:
                        qualified.setdefault(person, set()).add(key)
                    intros.append((person, p, i, holder[0]))
                    self._note_gender(of_gender, person, gender)
                    by_role.setdefault(role, set()).add(person)
                    if mod:
                        held.setdefault(person, mod)
                        mod_of.setdefault(person, mod)
                        if not after_complement:
                            # (The foreign minister, "le ministre des Affaires étrangères russe, X", is
                            # not whom "le président russe" stands for.)
                            tie(mod, person)
                        else:
                            of_complement.setdefault(mod, set()).add(person)
                    continue
                j = i + 1
                if (not new_person and j < len(p.words) and p.words[j][:1].isupper()
                        and not text[p.ends[i] : p.starts[j]].strip() and lex.institutions.holds(p.words[j].lower())
                        and not lex.heads.holds(role) and not lex.peers.holds(role)
                        and not any(_same_role(role, r) for roles in introduced.values() for r in roles)
                        and _capitalised_after(p.words, p.starts, p.ends, text, j) >= _UNREAD_NAME_RUN):
                    # "Ekonom Universitas Sumatera Utara Siti Rahmawati berpendapat": a role its institution's
                    # name qualifies, a name the run holds but no holder read, and no one introduced with the
                    # role: someone new, never the last person named. A role and institution alone ("mówiła
                    # przewodnicząca Komisji") is a title for someone named before.
                    new_person = True
                if self._indefinite(p, i) and not apposed_to_name:
                    unnamed_roles.add(role)
                elif (not new_person and role in unnamed_roles and not lex.heads.holds(role) and not lex.peers.holds(role)
                      and not any(_same_role(role, r) for roles in introduced.values() for r in roles)):
                    # "A European diplomat … said the declaration almost failed. '…,' the diplomat said": the
                    # role word goes on with the unnamed one it introduced, not with the last person named.
                    new_person = True
                right_after = bool(out) and self._role_right_after_name(text, out[-1].end, start)
                # "Rais wa Sudan Kusini, Salva Kiir, Rais wa Somalia, Hassan …": in a list whose last name came after
                # its role and a comma, a role, a comma and a capitalised word is the next item, not the last
                # name's apposition (the list keeps its order: role, then name).
                role_first_list = bool(out and intros) and intros[-1][0] == out[-1].person and intros[-1][1] is p \
                    and intros[-1][3] == out[-1].start and text[p.ends[intros[-1][2]] : out[-1].start].rstrip().endswith(",") \
                    and (b := bisect_left(p.starts, end)) < len(p.words) and p.caps[b] \
                    and text[end : p.starts[b]].strip() == ","
                if out and out[-1].kind == NAME and not role_first_list and (
                        text[out[-1].end : start].strip() == "," or role_of is not None or right_after):
                    introduced.setdefault(out[-1].person, set()).add(role)
                    if right_after and mod is None and self._uncased:
                        # 'X وزير الموانئ والشحن في جمهورية الهند': the country among the role's complements, as
                        # one before a holder named after the role is ('שר החקלאות של הודו, X').
                        mod = self._complement_country(p, i, self._clause_stop(p, i))
                    if right_after and mod and out[-1].person:
                        # 'وانگ یی وزیر امور خارجه چین': the holder of that country's office, as a role before
                        # its holder's name ties them ('وزیر امور خارجه کشورمان' is then someone else).
                        held.setdefault(out[-1].person, mod)
                        mod_of.setdefault(out[-1].person, mod)
                        person_of_mod.setdefault(mod, out[-1].person)
                    if out[-1].person:
                        by_role.setdefault(role, set()).add(out[-1].person)
                        intros.append((out[-1].person, p, i, None))
                        self._note_gender(of_gender, out[-1].person, gender)
                    out.append(Mention(start, end, text[start:end], ROLE, out[-1].person, prep))
                    skip_to = end
                    continue  # "Fiodor Łukjanow, redaktor naczelny": the same person
                # "Putin poparł swojego kolegę": a role after the sentence's subject is someone else.
                in_sentence.update(m.person for m in out[sentence_from:] if m.start >= sentence)
                sentence_from = len(out)
                # Distinct role words are few (a vocabulary, not the text): this loop stays short.
                rivals = [people for r, people in by_role.items() if _rival_role(r, role)]
                if by_role and lex.heads.holds(role):
                    # "the prime minister said" is not the guest the text called President, and
                    # "the crown prince" not the journalist named last.
                    rivals.append(_not_heads(role, introduced, lex))
                elif by_role and mod and lex.peers.holds(role) and not self._qualified(p, i):
                    # "The Indonesian leader" is a country's head: not the foreign minister named last
                    # ("šéf české diplomacie", the head of diplomacy, may be).
                    rivals.append(_not_leaders(introduced, lex))
                elif introduced and role in self._office_keys and not lex.peers.holds(role):
                    # "le ministre", "szef dyplomacji": not a president or prime minister the text named as such
                    # (an epithet, "o petista", "the veteran", may be).
                    rivals.append(_heads_named(role, introduced, lex))
                excluded = _AnyOf((in_sentence, clash, *rivals))
                person = None
                if after_complement and not new_person:
                    # "le chef de l'État nigérian": the one named with this office of that country; else
                    # as if no country were said (the adjective may be the complement's), but never one
                    # named with another country's office.
                    person = self._introduced_as(out, pos, role, introduced, _AnyOf((excluded, _Outside(
                        {q for q, c in held.items() if c == mod}))))
                    if person is None and (lex.heads.holds(role) or lex.peers.holds(role)) and (
                            held.get(person_of_mod.get(mod, "")) == mod):
                        # el jefe de Estado ecuatoriano: the head named "su homólogo ecuatoriano, X"; o chefe
                        # do executivo cabo-verdiano: "o primeiro-ministro de Cabo Verde, X" (named so, not a guess).
                        person = person_of_mod[mod] if person_of_mod[mod] not in excluded else None
                    if person is None:
                        excluded = _AnyOf((excluded, {q for q, c in held.items() if c != mod}))
                        mod = None
                # A role tied to a country (prezydent Kazachstanu) goes by the country, not by who was
                # introduced with the word.
                tied_holder = person_of_mod.get(mod or "")
                if person is None and not new_person and mod and lex.heads.holds(role) and not _opposition_role(p, i) and not (
                        tied_holder and any(_same_role(role, r) or lex.peers.holds(r) for r in introduced.get(tied_holder, ()))):
                    # "the Polish prime minister said" after "Poland's Finance Minister X … Prime Minister
                    # Y": a head's office has one holder, the one in scope introduced with it and tied to no
                    # other country, not whoever the country was tied to with another office. (A country has
                    # many ministers: "ukraiński minister" is the one tied to it, and so is its counterpart.)
                    person = self._introduced_as(out, pos, role, introduced, _AnyOf((excluded, {
                        q for q, c in held.items() if c != mod})), of_gender[gender] if gender else frozenset(),
                        self._qualified_key(p, i, role), qualified)
                    if person is not None:
                        mod_of.setdefault(person, mod)
                        person_of_mod.setdefault(mod, person)
                if person is None and not new_person:
                    person = ((None if mod else self._introduced_as(out, pos, role, introduced, excluded,
                                                                    of_gender[gender] if gender else frozenset(),
                                                                    self._qualified_key(p, i, role), qualified,
                                                                    self._field_words(p, i, start, end)))
                              # "Šéf opozičních lidovců", "the opposition leader": the office of a party other than
                              # the people named; no one named with it, it stands for no one in scope.
                              or (None if _opposition_role(p, i) or self._unintroduced_office(role, introduced)
                                  else self._role_person(out, pos, mod, mod_of, person_of_mod, excluded,
                                                         of_complement.get(mod or "", set()), guessed)))
                    # (Roles compared without the article glued to them: Arabic الوزير is no رئيس الوزراء.)
                    bare = partial(_without_article, lang=self._lang)
                    if mod is None and person is not None and introduced.get(person) and not any(
                            _same_role(bare(role), bare(r)) or lex.peers.holds(r) for r in introduced[person]):
                        # "After the talks the chairman said" after two chairmen and a professor quoted last: the
                        # professor, introduced with another office, is no chairman; the one the text last called
                        # by the role ("Chairman Dahal said") is.
                        # (An institution's word is no office: "Prezes Rady Ministrów X" is no minister.)
                        person = next((q for q, par, k, _ in reversed(intros) if q and q not in excluded
                                       and _same_role(bare(role), bare(r := _role_key(par.words, k, self._offices)))
                                       and not lex.institutions.holds(r)), person)
                    if (mod is None and person is not None and lex.heads.holds(role)
                            and not any(_same_role(role, r) for r in introduced.get(person, ()))):
                        # "O primeiro-ministro deixou uma promessa" far from any holder named so: the
                        # holder the text follows, not the citizen quoted last (named far less often).
                        salient = _salient_holder(role, introduced, named, excluded)
                        if salient and named[salient] >= SALIENT_TIMES * named[person]:
                            person = salient
                if (person is not None and mod is None and not new_person and lex.heads.holds(role)
                        and self._lang not in country_languages().get(held.get(person, ""), (self._lang,))
                        and (role != word.lower() or not self._qualified(p, i)) and self._home_head_named()):
                    # "a déclaré le chef de l'État" in French press after "le président argentin X", in a text that
                    # also says "le président français": its own press calls a foreign head by his country (le chef
                    # de l'État argentin), so the bare office is the one named with none in scope (the outlet's own
                    # head), if any: never an expert or minister.
                    # (An office phrase roles.txt maps to its office, chef de l'État > président, is no qualified
                    # role as chef de la délégation is.)
                    speaks = country_languages()
                    foreign = {q for q, c in held.items() if self._lang not in speaks.get(c, (self._lang,))}
                    own = self._recent(out, pos, _AnyOf((excluded, foreign)))
                    if own is not None and all(lex.heads.holds(r) for r in introduced.get(own, ())):
                        person = own
                if person is not None and mod is None and not new_person:
                    person = self._home_holder(person, p, i, role, intros, excluded)
                if (person is not None and role == EXPERT and not new_person and len(person.split()) < 2
                        and not any(_same_role(role, r) for r in introduced.get(person, ()))):
                    # "Uzman, … söyledi": an expert is named in full when introduced ("Dr Anna Nowak z …",
                    # then "powiedziała ekspertka"); a one-word name in scope that no expert's word went with
                    # (a place read as a name, "Karabağ'da") is no unnamed expert.
                    person = None
                if (person is not None and not new_person and (not mod or held.get(person) != mod) and any(
                        q not in excluded and mod_of.get(q, mod) == mod for q in listed_with.get(person, ()))):
                    # "the (Swedish) finance minister" after "the two finance ministers, X and Y": the role
                    # (and country) fits either holder, the text never told them apart: it names neither,
                    # and ties none to the country.
                    if mod and person_of_mod.get(mod) == person:
                        del person_of_mod[mod]
                    if mod and mod_of.get(person) == mod:
                        del mod_of[person]
                    person = None
                if prep and guest_words.holds(word.lower()):
                    continue  # "zwracając się do gościa": the one spoken to, no speaker
                if guest_words.holds(word.lower()) and not self._indefinite(p, i):
                    # "Гость напомнил", "Gość z Pragi mówił": the visit's guest, not whoever was named last.
                    # ("der Gast aus Frankreich", "Gość z Pragi": the country the guest comes from.)
                    origin = next((c for c in map(_country, words[i + 2 : i + 3]) if c), None) if (
                        i + 2 < len(words) and words[i + 1].lower() in lex.prepositions) else None
                    # (Only the offices the text named people with: a country a role was guessed to stand for
                    # may be the host's.)
                    person = _guest(out, host, host_sentence, venue, held, self._lang, origin)
                    if person is None:
                        continue  # no one the text shows to be the guest: no speaker at all rather than a guess
                elif host and person != host and not new_person and _host_words(self._lang).holds(word.lower()):
                    person = host  # "jak podkreślił gospodarz": the host, whoever was named last
                elif host is None and person is not None and not new_person and _host_words(self._lang).holds(
                        word.lower()) and person == next((m.person for m in reversed(out) if m.subject and m.person), None):
                    # "Wadephul said … His host gave a higher figure", "Sein Gastgeber nannte …" where no verb showed
                    # who received whom: the host is not the guest whose host he is, the subject named last, but
                    # the other person in scope (if any).
                    person = self._recent(out, pos, _AnyOf((excluded, {person})))
                elif venue and host and person != host and host not in excluded and not new_person and (
                        mod == venue or (mod is None and lex.heads.holds(role) and mod_of.get(person or "") != venue
                                         and not _lacks_office(venue, role))) and not _opposition_role(p, i):
                    # "a déclaré le président de la République", "the prime minister said" in the venue's own
                    # press: the host's office, not the guest's the text marked foreign (le président kazakh).
                    person = host
                    if mod:
                        mod_of.setdefault(host, mod)
                        person_of_mod.setdefault(mod, host)
                if person is None and not new_person and role not in unnamed_roles and not any(m.person for m in out):
                    ahead.append((len(out), role))
                out.append(Mention(start, end, text[start:end], ROLE, person, prep, subject))
                skip_to = end
        return self._named_later(out, ahead, introduced)

    def _shared_surnames(self) -> dict[str, tuple[str, ...]]:
        """Lone surnames two people of the text bear (Shahin and Elnur Mustafayev): form -> their full names."""
        fulls: dict[str, list[str]] = {}
        for best in set(self.clusters.values()):
            # (A form opening in lower case, "sở Chính" of "Trụ sở Chính phủ", is no one's full name to share.)
            if len(best.split()) > 1 and not best[:1].islower():
                fulls.setdefault(fold(surname(best)), []).append(best)
        out = {}
        for form in self.clusters:
            # (A glued initial, "Ş.Mustafayev", is the form's own: the surname after it is what is shared.)
            bare = _GLUED_INITIAL.sub("", form)
            if " " not in bare and len(bearers := sorted(b for b in fulls.get(fold(bare), ()) if same_person(bare, b))) > 1:
                out[form] = tuple(bearers)
        return out

    @staticmethod
    def _bearer(p: _Paragraph, i: int, form: str, shared: Mapping[str, tuple[str, ...]], out: list[Mention]) -> str | None:
        """The person a lone surname stands for: of two bearers, the one its initial fits ("S. Mustafayev" is
        Shahin, not Elnur), else the one the text named last; the one surname cannot tell them apart."""
        people = shared.get(form)
        if people is None:
            return None
        glued = _GLUED_INITIAL.match(form)
        letter = glued.group()[:1] if glued else p.words[i - 1] if i > 0 and p.gaps[i].strip() == "." else ""
        if len(letter) == 1 and letter.isupper():
            fitting = [b for b in people if fold(b)[:1] == fold(letter)]
            if len(fitting) == 1:
                return fitting[0]
        return next((m.person for m in reversed(out) if m.person in people), None)

    def _named_later(self, out: list[Mention], ahead: list[tuple[int, str]],
                     introduced: Mapping[str | None, set[str]]) -> list[Mention]:
        """A definite role the text opens with, before anyone is named ("sagt der Finanzminister", "the finance
        minister says" opening a live blog, whose newest entry comes first), stands for the one person the text
        introduces with that role later ("Finanzminister Lars Klingbeil"), if only one, else the one a picture's
        caption names with it ('وزیر نفت … گفت' under 'محسن پاک‌نژاد وزیر نفت و …')."""
        for k, role in ahead:
            holders = ({q for q, roles in introduced.items() if q and any(_same_role(role, r) for r in roles)}
                       or self._caption_holders(role))
            if len(holders) == 1:
                out[k] = out[k]._replace(person=holders.pop())
        return out

    def _caption_holders(self, role: str) -> set[str]:
        """The people the captions name right beside a word of this role: after it ("Finance Minister X"), or before
        it where a name comes before its role (word_order.txt name_before_role: 'X وزیر نفت')."""
        before = "name_before_role" in _word_order(self._lang)
        holders: set[str] = set()
        for a, b in self._captions:
            caption = self.text[a:b]
            # (A caption may give the full name the body shortens: "Trade Minister Anna Berg", then "Berg".)
            for form, person in chain(self.clusters.items(), ((q, q) for q in set(self.clusters.values()))):
                for m in re.finditer(re.escape(form), caption):
                    side = _TOKEN.findall(caption[m.end() :])[:1] if before else _TOKEN.findall(caption[: m.start()])[-1:]
                    if side and self.lex.roles.holds(low := side[0].lower()) and _same_role(role, low):
                        holders.add(person)
        return holders

    def _coordinated(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """A second office joined to the role at word i leads to the name: "il vicepremier e ministro
        degli Esteri Antonio Tajani", "Deputy Prime Minister and Defence Minister X"; German's suspended
        compound leaves the first office's hyphen before the conjunction ("Premier- und Außenminister X")."""
        j = i + 1
        if j + 1 >= len(p.words) or (p.gaps[j] not in _SPACES and p.gaps[j] != "- ") or p.gaps[j + 1] not in _SPACES:
            return False
        low = p.words[j].lower()
        if low not in self.lex.function_words or low in self.lex.prepositions:
            return False
        k = j + 1
        if p.words[k].lower() in _OFFICE_PREFIXES and k + 1 < len(p.words) and p.gaps[k + 1] in _SPACES:
            k += 1  # and prime minister
        # "Prime Minister and Foreign Minister Sheikh X", "and Defence Minister X": up to two capitalised words
        # of the second office's field before its role word.
        field = k
        while (k < len(p.words) - 1 and k < field + 2 and p.words[k][:1].isupper() and not p.kinds[k] & K_ROLE
               and p.gaps[k + 1] in _SPACES and k + 1 != name_start and p.starts[k] != name_start):
            k += 1
        if not p.kinds[k] & K_ROLE:
            return False
        # ("wicepremier i minister obrony narodowej X": the second office's lower-case words, then the name.)
        return (k + 1 < len(p.words) and p.starts[k + 1] == name_start and p.gaps[k + 1] in _SPACES
                or self._titled(p, k, name_start) or self._described_then_name(p, k + 1, name_start))

    def _qualified(self, p: _Paragraph, i: int) -> bool:
        """Lower-case words go on after the role at word i (šéf české diplomacie, head of the delegation),
        other than a nationality (il leader egiziano): it names some office, not the country's head."""
        k = i + 1
        after_demonym = k < len(p.words) and p.gaps[k] in _SPACES and places.demonym(p.words[k]) is not None
        if after_demonym:
            k += 1  # šéf české diplomacie: the nationality, then the office's noun
        if k >= len(p.words) or p.gaps[k] not in _SPACES or not p.words[k].islower() or p.kinds[k] & K_VERB:
            return False
        low = p.words[k]
        # Past a nationality any noun qualifies; else only a preposition ("вьетнамский лидер посетит" is
        # a verb this text's word lists may not know).
        return low in self.lex.prepositions or after_demonym and low not in self.lex.function_words

    def _home_venue(self, p: _Paragraph) -> str | None:
        """The country of the place named in the host's paragraph (a city first), when it speaks the
        article's language: the article is that country's own press."""
        # A country that owns a role (Japan's prime minister) is the guest's, not where the visit is.
        owned = {k for i in range(1, len(p.words)) if p.kinds[i] & K_ROLE
                 and (k := self._possessor_country(p, i - 1 if p.words[i - 1].lower() in _OFFICE_PREFIXES else i))
                 is not None}
        found = [f.place for f in places.find(self.text, [(p.starts[0], p.ends[-1])], self._lang)
                 if bisect_left(p.starts, f.start) not in owned]
        # A seat of government (Downing Street) names its country's capital.
        cities = [place for place in found if place.kind in ("capital", "city", "seat")]
        place = (cities or found or [None])[0]
        return place.country if place and self._lang in country_languages().get(place.country, ()) else None

    def _described_then_name(self, p: _Paragraph, j: int, name_start: int, second: bool = False) -> bool:
        """The words from word j (after a role phrase) lead straight to the name at `name_start`: a few
        lower-case description words (el analista internacional Tomás Vial, minister spraw zagranicznych
        Radosław Sikorski), or a comma and a second role (Gospodarz, prezydent Gitanas Nausėda)."""
        lex, words = self.lex, p.words
        if j >= len(words) or p.starts[j] >= name_start:
            return False
        if not second and p.gaps[j].strip() == "," and p.kinds[j] & K_ROLE and p.gaps[j].endswith(_SPACES):
            k = j + 1
            return k < len(words) and p.gaps[k] in _SPACES and (
                p.starts[k] == name_start or self._described_then_name(p, k, name_start, True))
        k = j
        # An office of three fields or more lists them with commas before its conjunction ("министром энергетики,
        # шахт и возобновляемых источников энергии Мохамедом Аркабом"): each joint adds a field's reach.
        joints = commas = 0
        while k < len(words) and p.starts[k] < name_start:
            low = words[k].lower()
            # A role word right after the role is the office's adjective ("la consejera general socialista
            # Judit Casals", "el secretario general X"), not a second person's role.
            role = bool(p.kinds[k] & K_ROLE) and not (k == j and p.gaps[k] == " ")
            listed = k > j and p.gaps[k].strip() == "," and p.gaps[k].endswith(_SPACES)
            commas += listed
            conjunction = k > j and low in lex.function_words and self._office_conjunction(p, k)
            joints += conjunction
            # A host's verb ("Die Präsidentin empfängt X", "the Speaker receives X") makes the name its object:
            # the role is the subject's, no description of the guest's.
            if (k - j >= OFFICE_WORDS * (1 + joints + commas) or (p.gaps[k] not in _SPACES and not listed)
                    or low != words[k] or p.kinds[k] & K_VERB or role
                    or (low in lex.function_words and not conjunction)
                    or low in lex.prepositions or low in self._calendar or low in _meeting_verbs(self._lang)):
                return False
            k += 1
        return (k < len(words) and p.starts[k] == name_start and p.gaps[k] in _SPACES
                and (not commas or joints > 0))

    def _indefinite(self, p: _Paragraph, i: int) -> bool:
        """An indefinite article before the role, maybe across two adjectives or nationalities: someone
        not named yet ("ein Sprecher", "One British official", "a senior Turkish diplomat", "Een hooggeplaatste
        Europese diplomaat": a capitalised adjective after the article, where no name can stand)."""
        indefinites, function_words = self.lex.indefinites, self.lex.function_words
        for k in range(i - 1, max(i - 4, -1), -1):
            low = p.words[k].lower()
            if low in indefinites:
                return True
            if p.gaps[k + 1] not in _SPACES or low in function_words or p.kinds[k] & (K_ROLE | K_VERB) or not (
                    low == p.words[k] or places.demonym(low)
                    or any(w.lower() in indefinites for w in p.words[max(i - 3, 0) : k])):
                return False
        return False

    def _holder_opening(self, p: _Paragraph, i: int, sources: bool = False) -> bool:
        """The sentence opens with an opinion holder's phrase (listed with a leading ^ in reporting.txt:
        Pour, Para la investigadora, Für; with `sources` any reporting phrase: Enligt, Secondo) and at
        most HOLDER_WORDS words more before word i, its articles and prepositions aside (French writes more of
        them: "Pour l'ancien député de l'opposition X" holds as many as "For former opposition MP X")."""
        k = i
        while k > 0 and not p.initial[k] and i - k <= HOLDER_QUOTE_WORDS:
            k -= 1
        if not p.initial[k]:
            return False
        low = [w.lower() for w in p.words[k:i]]
        lex = self.lex
        return any(tuple(low[: len(ph)]) == ph and sum(
            w not in lex.function_words and w not in lex.prepositions for w in low[len(ph) :]) <= HOLDER_WORDS
                   for ph in (lex.reporting if sources else ()) + holder_openings(lex.reporting))

    def _holder_before_quote(self, p: _Paragraph, i: int, stop: int) -> bool:
        """The run words[i:stop], no place's, follows an opinion holder's opening ("For", "Para el académico")
        and is set off by a comma and a quotation's opening mark: the holder of the view quoted."""
        gap = p.gaps[stop].strip()
        if not (gap[:1] == "," and len(gap) > 1 and all(ch in _HOLDER_QUOTE_OPENERS for ch in gap[1:].lstrip())):
            return False
        # The holder's role phrase may be long here ("Para el académico de la Universidad de Chile X, «…»"):
        # the comma and the mark end it surely; no punctuation inside it.
        k = i
        while k > 0 and not p.initial[k] and i - k <= HOLDER_QUOTE_WORDS:
            k -= 1
        if not p.initial[k] or any(g.strip() for g in p.gaps[k + 1 : i + 1]):
            return False
        low = tuple(w.lower() for w in p.words[k:i])
        return (any(low[: len(ph)] == ph for ph in holder_openings(self.lex.reporting))
                and not any(map(self._placelike, p.words[max(i, stop - 2) : stop])))

    def _source_closing(self, p: _Paragraph, i: int, end: int) -> bool:
        """The name at word i (ending at offset `end`) closes its sentence after a reporting phrase set off by
        a comma: "…, enligt Carney.", "…, according to Carney."."""
        k = bisect_left(p.starts, end)
        if k < len(p.words) and not p.initial[k]:
            return False
        longest = max(map(len, self.lex.reporting), default=0)
        low = tuple(w.lower() for w in p.words[max(0, i - longest) : i])
        return any(len(ph) <= len(low) and low[len(low) - len(ph) :] == ph and "," in p.gaps[i - len(ph)]
                   for ph in self.lex.reporting)

    @staticmethod
    def _note_gender(of_gender: dict[str, set[str | None]], person: str | None, gender: str | None) -> None:
        """Record the text's word on a person's gender; two words that disagree leave it unknown."""
        if gender and person and person not in of_gender[_OTHER[gender]]:
            of_gender[gender].add(person)
        elif gender and person:
            of_gender[_OTHER[gender]].discard(person)

    def _adjacent_verb_gender(self, p: _Paragraph, k: int) -> str | None:
        """The gender a speech verb at word k shows (powiedziała, сказав), when word k is one."""
        if 0 <= k < len(p.words) and p.kinds[k] & K_VERB:
            return self._verb_gender(p.words[k].lower())
        return None

    def _name_gender(self, p: _Paragraph, i: int, end: int) -> str | None:
        """The gender of the name at word i (ending at offset `end`) by the verb right before or after it
        in its clause: "сказав Володимир Зеленський", "Tusk powiedział"."""
        k = bisect_left(p.starts, end)
        after = (self._adjacent_verb_gender(p, k) if k < len(p.words) and p.gaps[k] in _SPACES else None)
        before = self._adjacent_verb_gender(p, i - 1) if i > 0 and p.gaps[i] in _SPACES else None
        if not (after or before) and k < len(p.words) and p.gaps[k] in _SPACES and p.words[k].islower():
            # Any past-tense verb right after the name shows it ("Андрій Сибіга провів", "Tusk przyjął").
            after = self._verb_gender(p.words[k])
        return after or before or self._possessive_gender(p, k)

    def _possessive_gender(self, p: _Paragraph, k: int) -> str | None:
        """The gender a possessive shows after the name and "and", word k on: "Minister Song and her Thai
        counterpart" (the counterpart is hers), else None."""
        rules = _GENDERS.get(self._lang)
        if rules is None or not rules.possessives or k + 1 >= len(p.words):
            return None
        if p.gaps[k] in _SPACES and p.gaps[k + 1] in _SPACES and p.words[k].lower() in and_words(self._lang):
            return rules.possessives.get(p.words[k + 1].lower())
        return None

    def _cue_gender(self, p: _Paragraph, i: int) -> str | None:
        """The gender a role or pronoun at word i shows, by its own form (la ministra, Ministerin, she) or
        by the speech verb right before it ("зазначила міністерка", "powiedziała ekspertka")."""
        own = self._gender(p.words[i].lower())
        if own:
            return own
        k = i - 1
        rules = _GENDERS.get(self._lang)
        if rules is not None and p.kinds[i] & K_PRONOUN and (low := p.words[i].lower()) in rules.singular_pronouns:
            # "sagte sie" is she, "sagten sie" they: a singular speech verb beside the pronoun tells.
            for j in (k, i + 1):
                if 0 <= j < len(p.words) and p.kinds[j] & K_VERB and p.gaps[max(i, j)] in _SPACES:
                    return None if p.words[j].lower().endswith(rules.plural_verbs) else rules.singular_pronouns[low]
            return None
        if k >= 0 and p.kinds[i] & K_ROLE and p.gaps[i] in _SPACES:
            before = p.words[k].lower()
            if before in self._determiners[0]:
                return "f"  # la premier
            if before in self._determiners[1]:
                return "m"  # der Kanzler, el presidente
        unmarked = self._determiners[2]
        if unmarked is not None and p.kinds[i] & K_ROLE and not p.words[i].lower().endswith(unmarked):
            # A language that marks every woman's office (Kanzlerin) shows a man by the bare form.
            return "m"
        if k >= 0 and p.words[k].lower() in self.lex.function_words and p.gaps[i] in _SPACES:
            k -= 1  # the article: "powiedziała ta ekspertka"
        before = self._adjacent_verb_gender(p, k) if k >= 0 and p.gaps[k + 1].strip() in ("", ",") else None
        if before is None and p.kinds[i] & K_ROLE and i + 1 < len(p.words) and p.gaps[i + 1] in _SPACES and (
                p.words[i + 1].islower()):
            # The role as its clause's subject, a past-tense verb right after it: "Korejský ministr zdůraznil"
            # is a man (zdůraznila a woman), as a name's verb shows its gender (_name_gender).
            return self._verb_gender(p.words[i + 1])
        return before

    @staticmethod
    def _possessor(p: _Paragraph, end: int, by_start: Container[int]) -> bool:
        """The name ending at `end` owns the role and name after it ("Erdoğans Sprecher Burhanettin
        Duran"): it speaks for no one there, so it is no mention a cue could take."""
        k = bisect_left(p.starts, end)
        return (k + 1 < len(p.words) and p.gaps[k] in _SPACES and bool(p.kinds[k] & K_ROLE)
                and p.gaps[k + 1] in _SPACES and p.starts[k + 1] in by_start)

    def _apposed(self, p: _Paragraph, i: int, name_start: int, name_end: int) -> bool:
        """The name set off by commas after the role's clause is the role's person: "le porte-parole du
        ministère, Lin Jian, a déclaré", "su homólogo brasileño, Mauro Vieira, declaró"; the apposition may
        close the sentence too ("», a déclaré la ministre de la Culture, Anne Roy.")."""
        if not _APPOSITION.fullmatch(self.text, p.ends[i], name_start) or self.text[name_end : name_end + 1] not in (
                ",", ".", ";", "\n", ""):
            return False
        # No other role or verb between: "the president thanked the minister, X," is not the president;
        # a role word as an adjective is no other person ("le ministre responsable du Commerce, X,").
        # The office phrase the role word opens is one role ("Waziri Mkuu wa Tanzania, X": mkuu, chief, is
        # a role word too).
        k = _office_end(p.words, i, self._offices)
        # (A word an apostrophe splits is one: Hausa "a Jami'ar Bayero", at Bayero University.)
        count = k - i
        while k < len(p.words) and p.starts[k] < name_start:
            # (An institution's word, roles.txt "~", is the office's body: "Mwenyekiti wa Kamisheni ya Umoja wa
            # Afrika, X," as "the Chairperson of the African Union Commission, X,", no other person.)
            if (p.kinds[k] & K_VERB or p.kinds[k] & K_ROLE and self._stands_for_person(p, k)
                    and not self.lex.institutions.holds(p.words[k].lower()) or count > APPOSITION_WORDS):
                return False
            k += 1
            # (An institution's acronym in brackets repeats its name: no word of its own.)
            count += k < len(p.words) and p.gaps[k] not in _APOSTROPHES and p.gaps[k].strip() != "("
        return True

    def _introduced_as(self, out: list[Mention], pos: int, role: str, introduced: dict[str | None, set[str]],
                       excluded: Container[str | None], same: Container[str | None] = frozenset(),
                       key: str | None = None, qualified: Mapping[str, set[str]] | None = None,
                       fields: frozenset[str] = frozenset()) -> str | None:
        """The last person in scope the text introduced with this role ("Bundeskanzler Friedrich Merz" …
        "der Kanzler"), when only one such person is in scope, or only one of the cue's gender (`same`), or
        only one whose introduction holds the cue's field words (`fields`: "the energy minister" beside a ports
        minister), or only one introduced with the cue's qualified role `key` (`qualified`: "the Home Secretary"
        beside a State Secretary)."""
        if not introduced:
            return None
        found: set[str] = set()
        bare = partial(_without_article, lang=self._lang)
        for m in islice(reversed(out), RECENT_MAX):
            if pos - m.end > SCOPE:
                break
            # (An institution's word is no office of theirs: "Prezes Rady Ministrów X" holds no minister's.)
            if m.person and m.person not in excluded and m.person not in found and any(
                    _same_role(bare(role), bare(r)) and not self.lex.institutions.holds(r)
                    for r in introduced.get(m.person, ())):
                found.add(m.person)
        if len(found) > 1:
            # "The King" after "King Frederik X … and Queen Mary": one office for the two words (a monarch's),
            # but only one of them was introduced with the very word the cue uses.
            # (A glued-case language's role key is as written, 'მინისტრმა' or 'მინისტრი': one word in two cases is
            # the very word, as both ministers' "minister" is.)
            stem = partial(uncased_stem, lang=self._lang) if _uncased_endings(self._lang).endings else str
            exact = {person for person in found
                     if stem(bare(role)) in {stem(bare(r)) for r in introduced.get(person, ())}}
            # "die Bundespräsidentin" among a Bundespräsident and a Bundespräsidentin: the woman.
            same_key = {person for person in found if key is not None and qualified is not None
                        and key in qualified.get(person, ())}
            fielded = {person for person in found if fields and fields <= self._intro_words(person)}
            found = ({person for person in found if person in same} or (fielded if len(fielded) == 1 else set())
                     or (exact if len(exact) == 1 else set())
                     or (same_key if len(same_key) == 1 else set()))
        return next(iter(found)) if len(found) == 1 else None

    def _field_words(self, p: _Paragraph, i: int, start: int, end: int) -> frozenset[str]:
        """The content words of the role phrase [start, end) around the role word i other than the role word and
        a nationality ("the energy minister", 'وزير الطاقة': energy), lower case and without a glued article."""
        lex = self.lex
        return frozenset(_without_article(w.lower(), self._lang) for k, w in enumerate(p.words)
                         if start <= p.starts[k] and p.ends[k] <= end and k != i and w.lower() not in lex.function_words
                         and not p.kinds[k] & K_ROLE and places.demonym(w) is None and _country(w) is None)

    def _intro_words(self, person: str) -> frozenset[str]:
        """The words of the role phrases the text introduced `person` with so far, as _field_words reads them."""
        words: set[str] = set()
        for q, p, k, name_start in self._intros:
            if q == person and (span := self._role_span(p, k, name_start)) is not None:
                words.update(_without_article(w.lower(), self._lang) for w in p.words[span[0] : span[1]])
        return frozenset(words)

    def _qualified_key(self, p: _Paragraph, i: int, role: str) -> str | None:
        """The role key of word i with the content word right before it ("home secretary", "state
        secretary", "justice minister"), or None when a function word, a verb, a role or nothing stands there."""
        low = p.words[i].lower()
        if low != role and self.lex.institutions.holds(low):
            # "Seimo Pirmininkas" (the Seimas's Speaker), an office phrase opening with its institution: the
            # institution qualifies the role, whatever word stands before the phrase ("priėmė", "sakė").
            return f"{low} {role}"
        if i == 0 or p.gaps[i] not in _SPACES:
            return None
        prev = p.words[i - 1].lower()
        if prev in self.lex.function_words or prev in self.lex.prepositions or p.kinds[i - 1] & (K_VERB | K_ROLE):
            return None
        return f"{prev} {role}"

    def _name_before_role(self, p: _Paragraph, i: int, out: list[Mention]) -> str | None:
        """The person named right before the role at word i where a role follows its holder's name
        ("Szijjártó Péter külgazdasági és külügyminiszter"), across a few lower-case office words."""
        if self._lang not in _ROLE_AFTER_NAME or not out or out[-1].kind != NAME:
            return None
        k = bisect_left(p.starts, out[-1].end)
        if not 0 < k <= i or i - k > OFFICE_WORDS or p.ends[k - 1] != out[-1].end:
            return None  # not a name of this paragraph ending on a word, right before the role
        if any(p.gaps[j] not in _SPACES or (j < i and (not p.words[j].islower() or p.kinds[j] & K_VERB))
               for j in range(k, i + 1)):
            return None
        return out[-1].person

    def _country_then_name(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role's own country's name, past the role word, right before the name, a space between: in a list
        after another name ("Эмомалӣ Раҳмон, Президенти Ҷумҳурии Исломии Эрон Масъуд Пизишкиён, …") the role is
        the next name's; an apposition of the name before it ends on a comma after the country."""
        k = bisect_left(p.starts, name_start)
        return (i + 1 < k < len(p.words) and p.starts[k] == name_start and p.gaps[k] in _SPACES
                and _country(p.words[k - 1]) is not None)

    def _titled(self, p: _Paragraph, i: int, name_start: int) -> bool:
        """The role names an institution before the person: szef Euroazjatyckiej Rady Ekspertów Czyngiz
        Lepsibajew, presidente del Consiglio Giorgia Meloni, Secretary of State Antony Blinken."""
        lowered = listing = False
        joined = 0  # the office conjunctions read (see below)
        # A party's or body's name in quotation marks ("депутат парламента от «Единого национального движения» X"):
        # its words, lower-case ones too, are its own, and its closing mark stands as a capital before the name.
        quoted, closed = False, -1
        for k in range(i + 1, min(i + 7, len(p.words))):
            if p.starts[k] == name_start:
                # Lower-case office words need a capitalised institution or country right before the name.
                return not lowered or p.words[k - 1][:1].isupper() or closed == k - 1
            word = p.words[k]
            if p.kinds[k] & K_TITLE and not word[:1].isupper() and verb_last(self._lang):
                # An uncased title between the role and the name ('विश्लेषक डॉ. प्रिया नायर'): the name's, not the
                # office's. (Kept to the verb-last languages it was seen in: others' titles are read as before.)
                continue
            if verb_last(self._lang) and word in _role_links(self._lang):
                # The role's field after it (Urdu's ezafe: 'ماہر بین الاقوامی تعلقات ڈاکٹر نرگس بخاری'): the role's
                # own words by role_links.txt, no lower-case institution that needs a capital before the name.
                continue
            if quoted or any(c in _OPENING_MARKS for c in p.gaps[k]):
                if p.gaps[k].strip(_NAME_MARKS) or k + 1 == len(p.words):
                    return False
                quoted = not any(c in _CLOSING_MARKS for c in p.gaps[k + 1])
                closed = -1 if quoted else k
                continue
            # An institution's name may stand in quotation marks: Політолог Центру «Нова Європа» X; an
            # elided article joins it to its preposition: ministro dell'Interno X, ministre de l'Intérieur X.
            # (A lower-case word glued to the next by an apostrophe is an elided preposition or article.)
            elided = p.gaps[k] in _ELISION_GAPS and p.words[k - 1].islower()
            # "minister van Handel, Industrie en Energie Kim Jung-kwan": a comma inside the institution's list
            # of portfolios, which closes right before the name, is no clause break, nor is its "and".
            listed = (p.gaps[k].strip() == "," and p.caps[k] and p.words[k - 1][:1].isupper()
                      and self._portfolios(p, k, bisect_left(p.starts, name_start)))
            listing = listing or listed
            if not elided and not listed and (p.gaps[k].strip(_NAME_MARKS) or p.gaps[k].strip() and not p.caps[k]):
                return False
            eliding = k + 1 < len(p.words) and p.gaps[k + 1] in _ELISION_GAPS and word.islower()
            # "Minister of Industry and Technology Mehmet Kacir": an "and" between two capitalised portfolios
            # joins them into one office, as a listing comma's "and" does.
            joining = (word.lower() in and_words(self._lang) and p.caps[k - 1] and k + 1 < len(p.words)
                       and p.caps[k + 1] and p.gaps[k] in _SPACES and p.gaps[k + 1] in _SPACES
                       and p.starts[k + 1] < name_start)
            if not (word[:1].isupper() or word.lower() in self.lex.prepositions or eliding
                    or (listing or joining) and word.lower() in and_words(self._lang)):
                # "Министр иностранных дел России Сергей Лавров": office words right after the role. An office of
                # two fields ("министр экономики и устойчивого развития Грузии") reads each as the limit allows one.
                if word.lower() in self.lex.function_words:
                    if not self._office_conjunction(p, k):
                        return False
                    joined += 1
                if k - i > OFFICE_WORDS * (1 + joined) or p.kinds[k] & (K_VERB | K_ROLE):
                    return False
                lowered = True
        return False

    def _role_right_after_name(self, text: str, name_end: int, role_start: int) -> bool:
        """A role right after a name, a space between, in a language that sets the role after its holder's name
        (word_order.txt name_before_role: 'مسعود پزشکیان رئیس‌جمهور کشورمان', no comma needed): the name's."""
        return (name_end < role_start and not text[name_end:role_start].strip()
                and "name_before_role" in _word_order(self._lang))

    def _unintroduced_office(self, role: str, introduced: Mapping[str | None, set[str]]) -> bool:
        """A role no one in the text was introduced with, in a language that writes no article and sets a name before
        its role (word_order.txt name_before_role: Persian): 'سخنگوی وزارت امور خارجه … تاکید کرد' with no spokesman
        named is someone new, not the minister or president named last (no indefinite article says so there). A
        head's or a peer's word still stands for the one its country or the text's course names."""
        if "name_before_role" not in _word_order(self._lang) or self.lex.heads.holds(role) or self.lex.peers.holds(role):
            return False
        return not self._introduced_with(role, introduced)

    def _introduced_with(self, role: str, introduced: Mapping[str | None, set[str]]) -> bool:
        """Whether the text introduced someone with this role so far."""
        # (Compared without a glued article: Arabic's "قال الوزير" follows "X وزير الموانئ".)
        bare = partial(_without_article, lang=self._lang)
        return any(_same_role(bare(role), bare(r)) for roles in introduced.values() for r in roles)

    def _role_person(self, out: list[Mention], pos: int, mod: str | None, mod_of: dict[str, str],
                     person_of_mod: dict[str, str], excluded: Container[str | None],
                     of_complement: Container[str] = (), guessed: set[str] | None = None) -> str | None:
        """The person a definite role stands for: the one tied to its place, else the one whose role's complement
        named that place (`of_complement`), else the last in scope (its place then added to `guessed`)."""
        if not mod:
            return self._recent(out, pos, excluded)
        if mod in person_of_mod:
            return person_of_mod[mod]
        # ("– …, odpověděl rumunský politik" after "předsedou rumunské dolní komory X", then the host's reply.)
        person = self._recent(out, pos, excluded, subjects_first=False,
                              tied=lambda p: p not in of_complement or mod_of.get(p, mod) != mod)
        if person:
            mod_of.setdefault(person, mod)
            person_of_mod.setdefault(mod, person)
            if guessed is not None and person not in of_complement:
                guessed.add(mod)
            return person
        # Someone already tied to another country is not "the president of" this one.
        # (No fallback to anyone in scope: "Le président français" after "le président argentin X" is never X.)
        person = self._recent(out, pos, excluded, subjects_first=False, tied=lambda p: mod_of.get(p, mod) != mod)
        if person:
            mod_of.setdefault(person, mod)
            person_of_mod.setdefault(mod, person)
            if guessed is not None:
                guessed.add(mod)
        return person

    def _complement_country(self, p: _Paragraph, i: int, name_start: int) -> str | None:
        """The country a role phrase of an uncased script names after a preposition of role_links.txt
        [place_prepositions] among its complements, before its holder's name ('שר החקלאות ורווחת החקלאים של הודו,
        X': India's), else None: the role's own country, as a nationality adjective is ('השר ההודי')."""
        prepositions = _place_prepositions(self._lang)
        links = _role_links(self._lang)
        k = i + 1
        while prepositions and k + 1 < len(p.words) and p.starts[k + 1] < name_start:
            if p.words[k] in prepositions and p.gaps[k + 1] in _SPACES:
                # ('في جمهورية الهند': the state's own word, a role link, before the country's name.)
                j = k + 1
                while j + 1 < len(p.words) and p.words[j] in links and p.gaps[j + 1] in _SPACES:
                    j += 1
                place = places.lookup(p.words[j])
                return place.country if place is not None and place.kind == "country" else None
            k += 1
        return None

    def _clause_stop(self, p: _Paragraph, i: int) -> int:
        """The offset where the clause of word i ends: at a punctuation mark or a verb after it, else at its paragraph's end."""
        for k in range(i + 1, len(p.words)):
            if p.gaps[k].strip() or p.kinds[k] & K_VERB:
                return p.starts[k]
        return p.ends[-1] + 1

    def _country_apposition(self, p: _Paragraph, i: int, name: tuple[int, int, str]) -> str | None:
        """The country of the role phrase at word i when the name follows it set off by commas ("al mandatario
        de Guatemala, Bernardo Arévalo,"), else None."""
        _, end, mod, after_complement = self._role_phrase(p, i)
        if not mod or after_complement or not _APPOSITION.fullmatch(self.text, end, name[0]):
            return None
        return mod if self.text[end:name[0]].strip() == "," and self.text[name[1] : name[1] + 1] in (",", ".") else None

    def _stands_for_person(self, p: _Paragraph, i: int) -> bool:
        """A role noun used as a noun (il deputato, zaznaczył ekspert), not as an adjective (politico, economico)."""
        lex = self.lex
        if lex.role_phrases:
            # A syllable language's role phrase is read from its first word ("Tổng thống nói", "Chủ tịch nước mô
            # tả"): its last word, the role word in place, is lower case however the phrase opens.
            i = _syllable_role_start(p.words, i, lex.role_phrases)
        if (i + 1 < len(p.words) and p.gaps[i + 1] in _SPACES and p.kinds[i + 1] & K_ROLE
                and lex.is_institution(p.words[i]) and not lex.is_institution(p.words[i + 1])):
            # "dedi Senat raisi", "Mərkəzi Bankın rəhbəri": an institution before its office's word (its genitive
            # where the field comes first) is the office's field; the office word after it is the one who speaks.
            return False
        if (i > 0 and p.gaps[i] in _SPACES and p.words[i].islower() and lex.is_institution(p.words[i - 1])
                and not lex.is_institution(p.words[i])):
            return True
        if p.words[i][:1].isupper() or not lex.noun_markers or i == 0:
            return True
        if p.words[i - 1].lower() in _OFFICE_PREFIXES:
            i -= 1  # the prime minister, the deputy minister: the word before the office's
            if i == 0:
                return True
        prev = p.words[i - 1].lower()
        before = p.words[i - 2].lower() if i > 1 else ""
        if self._field_before_office(p, i):
            return True
        if prev in lex.reporting_ends and lex.ends_reporting([w.lower() for w in p.words[max(0, i - 3) : i]]):
            # "enligt statsministern", "ifølge statsministeren": a reporting phrase names a source,
            # so the role after it is a noun (a suffixed definite form has no article before it).
            return True
        # "the finance minister says": an article, the office's field, then the role as a speech verb's subject
        # ("i due leader «…»", the two leaders, is no one).
        field = (before in lex.noun_markers and prev.isalpha() and prev.islower() and p.gaps[i] in _SPACES
                 and i + 1 < len(p.words) and p.gaps[i + 1] in _SPACES and bool(p.kinds[i + 1] & K_VERB))
        return field or (prev in lex.function_words and prev not in lex.prepositions) or bool(
            p.kinds[i - 1] & K_VERB) or (
            before in lex.function_words and places.demonym(prev) is not None) or self._indefinite(p, i) or (
            self._possessor_country(p, i) is not None)

    def _field_before_office(self, p: _Paragraph, i: int) -> bool:
        """An office's field word between an article and the office word at i ("the commerce minister"): the
        phrase names a person, as "the Russian minister" does; an office is no adjective."""
        lex = self.lex
        if i < 2 or p.gaps[i] not in _SPACES or p.gaps[i - 1] not in _SPACES:
            return False
        prev, k = p.words[i - 1], i - 2
        if k > 0 and p.words[k][:1].isupper() and p.gaps[k] in _SPACES and places.demonym(p.words[k]) is not None:
            k -= 1  # "the Swedish finance minister": the nationality between the article and the field
        before = p.words[k].lower()
        return (before in lex.noun_markers and before not in lex.prepositions and prev.islower()
                and prev not in lex.function_words and not p.kinds[i - 1] & (K_VERB | K_ROLE | K_PRONOUN)
                and (_role_key(p.words, i, self._offices) in self._office_keys or lex.heads.holds(p.words[i].lower())))

    def _possessor_country(self, p: _Paragraph, i: int) -> int | None:
        """The index of a country's possessive or genitive just before word i (Japan's prime minister,
        Russlands Präsident), not a place of the clause after a preposition (in India President X)."""
        words = p.words
        if i == 0 or p.gaps[i] != " ":
            return None
        k = i - 2 if i > 1 and words[i - 1] == "s" and p.gaps[i - 1] in ("'", "’") else i - 1
        # (A glued-case language without capitals writes the country's genitive before the role: 'სომხეთის
        # პრემიერმა', Armenia's prime minister; the gazetteer knows the case form.)
        place = places.lookup(words[k]) if p.caps[k] or self._uncased and _uncased_endings(self._lang).endings else None
        if place is None and self._uncased:
            place = _glued_genitive_place(words[k], self._lang)
        if place is None or place.kind != "country":
            return None
        if k > 0 and p.caps[k - 1] and p.gaps[k] == " " and places.is_seat(f"{words[k - 1]} {words[k]}"):
            return None  # the end of a seat's name (у Палати Србија председника Италије), no possessor
        # ("talks with Turkey's minister": a possessive's 's ties the country to the role after any preposition.)
        return k if k == 0 or k == i - 2 or p.gaps[k].strip() or words[k - 1].lower() not in self.lex.prepositions else None

    def _recent(self, mentions: list[Mention], pos: int, excluded: Container[str | None] = frozenset(),
                subjects_first: bool = True, tied: Callable[[str], bool] = lambda p: False,
                unknown_stops: bool = False) -> str | None:
        """The last person in scope, the last subject first ("Meloni ha incontrato Erdoğan. La premier…").

        Persons in `excluded` or for whom `tied` holds are passed over; at most RECENT_MAX mentions
        are looked at, so a text dense with unresolved pronouns stays linear. With `unknown_stops`
        (a pronoun), a subject role that stands for no known person is the one meant: no one.
        """
        fallback = None
        for m in islice(reversed(mentions), RECENT_MAX):
            if pos - m.end > SCOPE:
                break
            if unknown_stops and m.person is None and m.kind == ROLE and m.subject and fallback is None:
                # "The Indonesian leader … said. "…," he said": he is that leader, not the minister before.
                return None
            if m.person is None or m.person in excluded or tied(m.person):
                continue
            if m.subject or not subjects_first:
                return m.person
            fallback = fallback or m.person
        return fallback

    def _genitive_complement(self, p: _Paragraph, i: int) -> bool:
        """The role word after the role at word i is its complement in the genitive (помощник президента,
        заступник міністра, doradca prezydenta, rzecznik rządu): one office, held by whom the first word
        names (capitalised only as its sentence's first word: "Пресс-секретарь президента Дмитрий Песков")."""
        k = i + 1
        return (self._lang in _GENITIVE_LANGS and k < len(p.words) and p.gaps[k] in _SPACES
                and bool(p.kinds[k] & K_ROLE) and p.words[k].islower() and (p.words[i].islower() or p.initial[i])
                and p.words[k].endswith(_GENITIVE_ENDINGS))

    def _role_phrase(self, p: _Paragraph, i: int) -> tuple[int, int, str | None, bool]:
        """Span of a role phrase (determiner, role, place), the country it is tied to, if any, and whether
        that country came from an adjective after the role's complement (chef de l'État nigérian)."""
        lex, text, words = self.lex, self.text, p.words
        start, end = p.starts[i], p.ends[i]
        lead = i - 1 if i > 0 and p.gaps[i] == " " and words[i - 1].lower() in _OFFICE_PREFIXES else i
        if verb_last(self._lang):
            # A verb-last language sets the role's field before it ('विदेश मंत्री', 'उप प्रधानमंत्री'): role_links.txt.
            links = _role_links(self._lang)
            while lead > 0 and p.gaps[lead] in _SPACES and words[lead - 1] in links:
                lead -= 1
        # An adjective before the role, in the same clause: der russische Präsident, the Polish president.
        mod = places.demonym(words[lead - 1]) if lead > 0 and p.gaps[lead] == " " else None
        # ("the commerce minister": the field word is the phrase's, so its article opens it; so is a party's
        # name, "a Labour MP".)
        first = lead - 1 if mod or (lead == i and self._field_before_office(p, i)) or (
            lead > 0 and p.gaps[lead] == " " and words[lead - 1].lower() in _party_names()) else lead
        # ("Turkish Industry Minister X": a headline-cased field, capitalised as its office is.)
        if (mod is None and lead == i and i > 1 and p.gaps[i] == " " and p.gaps[i - 1] == " "
                and (words[i - 1].islower() or words[i - 1][:1].isupper() and words[i][:1].isupper())
                and words[i - 1].lower() not in lex.function_words
                and not p.kinds[i - 1] & (K_VERB | K_ROLE | K_PRONOUN)
                and not lex.is_institution(words[i]) and (mod := places.demonym(words[i - 2])) is not None):
            # "the Swedish finance minister", "lengyel klímaügyi miniszter": the nationality before the office's
            # field is the office's country.
            first = i - 2
        if mod is None and (k := self._possessor_country(p, lead)) is not None:
            # A country's possessive or genitive: Japan's prime minister, Russlands Präsident.
            mod, first = _country(words[k]) or _country_code(_glued_genitive_place(words[k], self._lang)), k
        elif (mod is None and lead == i and i > 2 and p.gaps[i] == " " and words[i - 1][:1].isupper()
              and words[i][:1].isupper() and words[i - 1].lower() not in lex.function_words
              and not p.kinds[i - 1] & (K_VERB | K_ROLE | K_PRONOUN) and not lex.is_institution(words[i])
              and (k := self._possessor_country(p, i - 1)) is not None and k == i - 3):
            # "Iran's Industry Minister X": a possessive before the office's headline-cased field, as a nationality
            # is before it ("Turkish Industry Minister X").
            mod, first = _country(words[k]), k
        elif (mod is None and lead > 1 and p.gaps[lead] in _SPACES and p.gaps[lead - 1] in _SPACES
              and words[lead - 1] in genitive_postpositions(self._lang) and _country(words[lead - 2])):
            # A country and a genitive postposition: 'जापान के प्रधानमंत्री' (Japan's prime minister).
            mod, first = _country(words[lead - 2]), lead - 2
        start = p.starts[first]
        j = first - 1
        if j >= 0 and words[j].lower() in lex.function_words and text[p.ends[j] : start].strip() in ("", "'", "’"):
            start = p.starts[j]
        if mod and self._uncased and (n := self._field_after(p, i)) > 1:
            # "ترکیہ کے وزیر صنعت و ٹیکنالوجی X": the office's field after the role word (role_links.txt) is the
            # phrase's, so the name after it is its holder's.
            end = p.ends[i + n - 1]
        if mod or i + 1 >= len(words):
            return start, end, mod, False
        w = words[i + 1]
        if w.lower() in lex.function_words and i + 2 < len(words):
            k = i + 2
            stop = p.run_end(k, min(k + 3, len(words))) if p.caps[k] else k
            if (k < stop < len(words) - 1 and words[stop].lower() in and_words(self._lang) and p.caps[stop + 1]
                    and p.gaps[stop] in _SPACES and p.gaps[stop + 1] in _SPACES
                    and (n := bisect_left(self._names, p.starts[stop + 1], key=_FIRST)) < len(self._names)
                    and self._names[n][0] > p.ends[stop + 1]):
                # "Minister of Industry and Commerce Nooruddin Azizi": the office's second portfolio, one
                # capitalised word that opens no name, is the office's too, and the name after it its holder's.
                stop += 2
            if stop > k and not any(self._is_surname(x) for x in words[k:stop]):
                # il presidente del Kazakistan, il capo della Federazione Russa
                end = p.ends[stop - 1]
                mod = next((c for c in map(_country, words[k:stop]) if c), None)
                if mod is None and (tied := self._country_after_field(p, stop)) is not None:
                    # "ministrul de Interne al Republicii Serbia", "ministre de l'Intérieur de la Serbie": the
                    # field, then the country whose office it is.
                    mod, end = tied
            if mod is None and p.caps[k] and (joined := self._country_name_at(p, k)) is not None:
                # son homologue de Côte d'Ivoire, presidente di Bosnia ed Erzegovina: a country of several words.
                mod, end = joined
            if mod is None and (found := self._complement_demonym(p, i)) is not None:
                # le chef de l'État nigérian, il capo dello Stato brasiliano: the office's country.
                return start, found[1], found[0], True
        elif p.gaps[i + 1] in _SPACES and _country(w) and not self._is_surname(w):
            mod, end = _country(w), p.ends[i + 1]  # prezydent Kazachstanu, il leader russo
        elif self._uncased and (k := self._country_after_links(p, i)) is not None:
            mod, end = _country(words[k]), p.ends[k]  # وزیر امور خارجه کشورمان, سخنگوی وزارت خارجه چین
        if mod is None and (n := self._office_words(p, i)) > 1:
            # "predseda vlády Robert Fico": the office's lower-case words are the role's, the name after
            # them its holder.
            end = max(end, p.ends[i + n - 1])
        elif mod is None and not self._uncased and (n := self._linked_field(p, i)) > 1:
            end = max(end, p.ends[i + n - 1])  # "Mtaalamu wa uchumi Kwame Owino": the field's words, then the holder
        return start, end, mod, False

    def _country_after_field(self, p: _Paragraph, k: int) -> tuple[str, int] | None:
        """(country, end offset) when words from k are one or two lower-case function words (al, de la, of) and a
        run of up to three capitalised words naming a country (Serbiei, Republicii Serbia), in one clause."""
        words, n = p.words, len(p.words)
        j = k
        while j < n and j < k + 2 and p.gaps[j] in _SPACES and words[j].islower() and words[j] in self.lex.function_words:
            j += 1
        if j == k or j >= n or not p.caps[j] or p.gaps[j] not in _SPACES:
            return None
        stop = p.run_end(j, min(j + 3, n))
        if any(self._is_surname(x) for x in words[j:stop]):
            return None
        return next(((c, p.ends[stop - 1]) for c in map(_country, words[j:stop]) if c), None)

    def _linked_field(self, p: _Paragraph, i: int) -> int:
        """How many words the role word i and the lower-case field its connectives (role_links.txt) link to it
        span, where a cased language joins them so (Swahili "mtaalamu wa uchumi", "mchambuzi wa masuala ya
        kiuchumi"): pairs of a link and a lower-case content word, joined by spaces; 1 where none follows."""
        links = _role_links(self._lang)
        words, k = p.words, i + 1
        while (links and k + 1 < len(words) and k - i < ROLE_WORDS and words[k].lower() in links
               and p.gaps[k] in _SPACES and p.gaps[k + 1] in _SPACES and words[k + 1].islower()
               and words[k + 1] not in self.lex.function_words and not p.kinds[k + 1] & K_VERB
               and not (p.kinds[k + 1] & K_ROLE and not self.lex.is_institution(words[k + 1]))):
            k += 2
        return k - i

    def _field_after(self, p: _Paragraph, i: int) -> int:
        """How many words the role word i and its field's words after it (role_links.txt) span in an uncased script,
        two fields joined by "and" counted as one ('وزیر صنعت و ٹیکنالوجی': 4); 1 where none follows."""
        links, joins = _role_links(self._lang), and_words(self._lang)
        words, k = p.words, i + 1
        while k < len(words) and k - i <= ROLE_WORDS and p.gaps[k] in _SPACES and (
                words[k] in links or words[k] in joins and k > i + 1 and k + 1 < len(words)
                and p.gaps[k + 1] in _SPACES and words[k + 1] in links):
            k += 1
        return k - i

    def _country_after_links(self, p: _Paragraph, i: int) -> int | None:
        """The word after the role word i and its institution's words (role_links.txt), where it is a country, in a
        language setting the role after the name (word_order.txt name_before_role): the office's country, which
        the unwritten ezafe ties to it ('وزیر امور خارجه کشورمان', our country's foreign minister). In any uncased
        script a nationality adjective there is the office's, agreeing with the role word it follows ('שר התחבורה
        הצרפתי', the French transport minister), though a country's name there may open a name ('שר הביטחון ישראל כ"ץ')."""
        links = _role_links(self._lang)
        k = i + 1
        while (k < len(p.words) and p.gaps[k] in _SPACES and p.words[k] in links and k - i <= ROLE_WORDS
               and not _country(p.words[k])):
            k += 1
        if k == i + 1 or k >= len(p.words) or p.gaps[k] not in _SPACES:
            return None
        if "name_before_role" not in _word_order(self._lang):
            return k if places.demonym(p.words[k]) is not None else None
        return k if _country(p.words[k]) else None

    def _office_words(self, p: _Paragraph, i: int) -> int:
        """How many words an office phrase of roles.txt spans from word i (predseda vlády: 2), joined by
        spaces in one clause; 0 when none starts there."""
        if not self._offices or i >= len(p.words):
            return 0
        first = p.words[i].lower()
        offices = self._offices
        for phrase, _ in map(offices.__getitem__, _office_candidates(offices, first)):
            n = len(phrase)
            # (Word i itself first: most phrases start with another.)
            if i + n <= len(p.words) and _word_matches(first, phrase[0]) and all(
                    _word_matches(p.words[i + k].lower(), phrase[k]) and p.gaps[i + k] in _SPACES
                    for k in range(1, n)):
                return n
        return 0

    def _country_name_at(self, p: _Paragraph, k: int) -> tuple[str, int] | None:
        """The country a name of a few words from word k spells (Côte d'Ivoire, Trinidad and Tobago) and
        its end, the longest first; None when it is one word or no country's."""
        last = min(k + COUNTRY_WORDS, len(p.words)) - 1
        # Only words joined by spaces, apostrophes or hyphens: a comma ends the name.
        stop = next((m for m in range(k + 1, last + 1) if p.gaps[m] not in (*_SPACES, "'", "’", "-")), last + 1)
        for m in range(stop - 1, k, -1):
            if not p.caps[m]:
                continue  # a name ends on a capitalised word (d'Ivoire, not "Côte d")
            place = places.lookup(self.text[p.starts[k] : p.ends[m]])
            if place is not None and place.kind == "country":
                return place.country, p.ends[m]
        return None

    def _country_list(self, p: _Paragraph, i: int) -> list[tuple[int, int, str]]:
        """At a (plural) role word i, a preposition, a list of countries, a comma and as many names:
        "Los presidentes de Uruguay, Chile y Bolivia, Yamandú Orsi, José Antonio Kast y Rodrigo Paz",
        "the leaders of France and Spain, Jean Martin and Pablo Ruiz". The text pairs them in order:
        [(first word, stop, country)] of each name's run, else []. (Or each country with its name: see _paired_list.)"""
        words, gaps, caps, n = p.words, p.gaps, p.caps, len(p.words)
        if paired := self._paired_list(p, i):
            return paired
        if i + 3 >= n or gaps[i + 1] not in _SPACES or words[i + 1].lower() not in self.lex.prepositions:
            return self._holders_listed(p, i)
        ands = and_words(self._lang)

        def items(k: int, take: Callable[[int], int]) -> tuple[list[tuple[int, int]], int]:
            """The items from word k, joined by commas and closed by an "and" word before the last:
            ([(first, stop)], the last item's stop); [] when no "and" closes them."""
            found: list[tuple[int, int]] = []
            while k < n and (stop := take(k)) > k:
                found.append((k, stop))
                if len(found) > 1 and words[k - 1].lower() in ands:
                    return found, stop  # the item after "and" is the last
                if stop + 1 < n and gaps[stop] in _SPACES and words[stop].lower() in ands and gaps[stop + 1] in _SPACES:
                    k = stop + 1
                elif stop < n and gaps[stop].strip() == ",":
                    k = stop
                else:
                    break
            return [], k

        def country(k: int) -> int:
            place = places.lookup(words[k]) if caps[k] else None
            return k + 1 if place is not None and place.kind == "country" else k

        def name(k: int) -> int:
            stop = p.run_end(k, min(n, k + LISTED_NAME_WORDS)) if caps[k] else k
            return stop if stop - k >= 2 and country(k) == k else k  # a full name, not the next country

        countries, k = items(i + 2, country)
        if len(countries) < 2 or k >= n or gaps[k].strip() != ",":
            return []
        names, _ = items(k, name)
        if len(names) != len(countries):
            return []
        return [(a, b, code) for (a, b), (c, _) in zip(names, countries) if (code := _country(words[c]))]

    def _holders_listed(self, p: _Paragraph, i: int) -> list[tuple[int, int, str]]:
        """At a role word i, full names joined by commas and closed by an "and" word, after a comma ("the two
        finance ministers, Jens Hansen and Eva Berg,") or right after a plural role (plural_roles.txt: "finansministrene
        Jens Hansen og Eva Berg"): each name holds the role. [(first word, stop, "")] of each name's run (no
        country), else []; fewer than two names are no list (a singular role's holder is named the plain way)."""
        words, gaps, caps, n = p.words, p.gaps, p.caps, len(p.words)
        k = i + 1
        if k >= n or not caps[k] or (gaps[k].strip() != "," and not (
                gaps[k] in _SPACES and self._plural_role(words[i].lower()))):
            return []
        ands = and_words(self._lang)
        found: list[tuple[int, int, str]] = []
        while k < n and caps[k]:
            stop = p.run_end(k, min(n, k + LISTED_NAME_WORDS))
            if stop - k < 2 or _place_or_region_run(tuple(words[k:stop]), self._lang) or _country(words[k]):
                return []  # a full name of two words or more, no place's ("the leaders, South Korea and Japan,")
            found.append((k, stop, ""))
            after = gaps[stop] if stop < n else ""
            if len(found) > 1 and words[k - 1].lower() in ands:
                # The name after "and" is the last: the list ends with its clause or sentence.
                return found if after.strip() in ("", ",", ".", ";", ":") and (stop == n or not caps[stop]) else []
            if stop + 1 < n and after in _SPACES and words[stop].lower() in ands and gaps[stop + 1] in _SPACES:
                k = stop + 1
            elif stop < n and after.strip() == ",":
                k = stop
            else:
                return []
        return []

    def _plural_role(self, low: str) -> bool:
        """Whether a role word is a plural (ministers, finansministrene): it ends as the language's plurals do
        (plural_roles.txt) and is not itself a listed singular role (boss)."""
        endings, unless = _plural_role_endings(self._lang)
        return low.endswith(endings) and not low.endswith(unless) and low not in self.lex.roles.words

    def _paired_list(self, p: _Paragraph, i: int) -> list[tuple[int, int, str]]:
        """At a (plural) role word i, maybe a preposition, then a list of countries each with its holder's name, joined
        by commas and closed by an "and" word: "the presidents of Tajikistan X, Turkmenistan Y and Uzbekistan Z",
        "президентов Таджикистана X, Туркменистана Y и Узбекистана Z", "die Präsidenten X (Tadschikistan), Y
        (Turkmenistan) und Z (Usbekistan)", "les présidents tadjik X et ouzbek Y". Every name holds the role with its own country: [(first word, stop,
        country)] of each name's run, else []."""
        words, gaps, caps, n = p.words, p.gaps, p.caps, len(p.words)
        ands = and_words(self._lang)
        k = i + 1
        if k < n and gaps[k] in _SPACES and words[k].lower() in self.lex.prepositions:
            k += 1

        def country(k: int) -> str | None:
            place = places.lookup(words[k]) if k < n and caps[k] else None
            return place.country if place is not None and place.kind == "country" else None

        def name(k: int) -> int:
            stop = p.run_end(k, min(n, k + LISTED_NAME_WORDS)) if k < n and caps[k] else k
            return stop if stop - k >= 2 and country(k) is None else k

        found: list[tuple[int, int, str]] = []
        closing = False
        while k + 1 < n and (found or gaps[k] in _SPACES):
            # "Tajikistan X": the country, then the name; "X (Tajikistan)": the name, its country in brackets.
            # ("les présidents tadjik X et ouzbek Y": a nationality adjective in the country's place.)
            if ((code := country(k) or (words[k].islower() and places.demonym(words[k]) or None))
                    and gaps[k + 1] in _SPACES and (stop := name(k + 1)) > k + 1):
                found.append((k + 1, stop, code))
                after = gaps[stop] if stop < n else ""
            elif ((stop := name(k)) > k and stop < n and gaps[stop].strip() == "(" and (code := country(stop))
                  and self.text.startswith(")", p.ends[stop])):
                found.append((k, stop, code))
                stop += 1
                after = gaps[stop].lstrip()[1:] if stop < n else ""
            else:
                return []
            if closing:
                return found if len(found) >= 2 else []  # the item after "and" is the last
            if stop + 1 < n and after in _SPACES and words[stop].lower() in ands and gaps[stop + 1] in _SPACES:
                k, closing = stop + 1, True
            elif stop < n and after.strip() == ",":
                k = stop
            else:
                return []
        return []

    def _complement_demonym(self, p: _Paragraph, i: int) -> tuple[str, int] | None:
        """The country of a nationality adjective closing the role's complement (chef de l'État nigérian,
        presidente del Gobierno español) and the phrase's end, else None."""
        words, lex = p.words, self.lex
        k = i + 1
        # The complement's function words (de, l', dello, del): a few, then its noun.
        # (Capitalised, a function word's form is the complement itself: dello Stato.)
        while (k < len(words) and k - i <= COMPLEMENT_WORDS and words[k].islower()
               and words[k] in lex.function_words):
            if p.gaps[k] not in _SPACES and p.gaps[k] not in ("'", "’"):
                return None
            k += 1
        a = k + 1
        if k == i + 1 or a >= len(words) or p.gaps[k] not in (*_SPACES, "'", "’") or p.gaps[a] not in _SPACES:
            return None
        if p.kinds[k] & K_VERB or self._is_surname(words[k]) or p.caps[a]:
            return None
        country = places.demonym(words[a])
        return (country, p.ends[a]) if country else None

    def people(self) -> tuple[str, ...]:
        """Fullest names, most mentioned first (quotations included)."""
        counts = Counter(m.person for m in self.resolve() if m.kind == NAME and m.person)
        return tuple(p for p, _ in counts.most_common())

    def gender_of(self, person: str | None) -> str | None:
        """"f" or "m" when the last resolution showed the person to be a woman or a man (powiedziała Kowalska,
        die Ministerin X, "…, sade hon"), else when their given name shows it (Anna Berg, Lars Holm), else None."""
        return next((g for g, people in self._genders.items() if person in people), None) or _given_name_gender(person)

    def verb_gender(self, word: str) -> str | None:
        """The gender a past-tense speech verb shows in the article's language (powiedział, řekla), else None."""
        return self._verb_gender(word.lower())

    def roles(self) -> dict[str, str]:
        """Person -> the role phrase the text introduces them with (see role_phrases)."""
        return {person: phrase for person, (phrase, _) in self.role_phrases().items()}

    def role_phrases(self) -> dict[str, tuple[str, bool]]:
        """Person -> the role phrase, and whether it follows a preposition (see below): the phrase the text introduces them with, as written ("deputato della Duma",
        "szef Euroazjatyckiej Rady Ekspertów", "Opposition MP"): their most common one in its fullest form
        (roles.fullest), the first on a tie. A phrase after a preposition counts only when there is no other:
        inflected, it is the case the preposition wants ("z prezydentem Rosji", "mit dem türkischen Präsidenten")."""
        self.resolve()  # (cached: the introductions are those of the last resolution, done once per mask)
        found: dict[str, Counter[str]] = {}
        oblique: dict[str, Counter[str]] = {}
        shown: dict[tuple[str, str], str] = {}
        # (person, paragraph) -> where the last phrase kept ends: a role word inside it (szef Euroazjatyckiej
        # Rady Ekspertów) is its institution's, no second phrase.
        reached: dict[tuple[str, int], int] = {}
        for person, p, i, name_start in self._intros:
            if self.lex.institutions.holds(p.words[i].lower()) or i < reached.get((person, id(p)), -1):
                continue
            span = self._role_span(p, i, name_start)
            if span is None:
                continue
            reached[person, id(p)] = span[1]
            # (Or an adjective the phrase left out between: "z nowym prezydentem", with a new president.)
            after = self._after_preposition(p, span[0]) or (
                span[0] == i > 0 and p.words[i - 1].islower() and p.gaps[i] in _SPACES
                and self._after_preposition(p, i - 1))
            if not after and name_start is None and span[0] > 0 and p.gaps[span[0]].strip() == ",":
                # A role set off after its holder's name agrees with it: after an inflected surname
                # ("z Tomasem Vaitkusem, prezydentem Litwy") it is inflected too, as after a preposition.
                written, own = p.words[span[0] - 1].lower(), person.split()[-1].lower()
                after = len(own) > 3 and written != own and written.startswith(own[:-1])
            if not after and name_start is not None:
                # "Pytam ministra Motykę": a holder's name in an oblique case ("Motykę" of Motyka) has its role
                # in that case too, counted as after a preposition: the nominative phrase wins where there is one.
                k = bisect_left(p.starts, name_start)
                written = p.words[k].lower() if k < len(p.words) and p.starts[k] == name_start else ""
                own_words = [w.lower() for w in person.split()]
                after = bool(written) and written not in own_words and any(
                    len(w) > 3 and written.startswith(w[:-1]) for w in own_words)
            if after and area_role(p.words[i].lower()):
                continue  # "النائب عن محافظة البصرة": the MP for Basra province; the province is no role
            head = nominative_role(p.words[i], self._lang, after, self.lex.roles.holds)
            if head is None:
                continue  # an inflected role noun with no nominative the lists are sure of: better none
            if head == p.words[i]:
                phrase = self._role_text(p, *span)
            elif _uncased_endings(self._lang).endings and span[0] < i:
                # A glued-case language sets the role's complements before it in the genitive, whatever its own
                # case ('საგარეო საქმეთა მინისტრმა'): they stay as written, the head goes into the nominative.
                phrase = self._role_text(p, *span)
                at = phrase.rfind(p.words[i])
                phrase = phrase[:at] + head + phrase[at + len(p.words[i]):] if at >= 0 else phrase
            else:
                # "z prezydentem Rosji": the head in the nominative, its complement as written; the words
                # before it are in the preposition's case too (z nowym prezydentem), so they go.
                phrase = self._role_text(p, i, span[1])
                phrase = phrase[:1] + head[1:] + phrase[len(p.words[i]):]
                if _apostrophe_split(p, i):
                    # "з прем'єр-міністром": the part before the apostrophe is the role word's own.
                    phrase = self.text[p.starts[i - 1] : p.starts[i]] + phrase
            counts = oblique if after else found
            counts.setdefault(person, Counter())[phrase.casefold()] += 1
            shown.setdefault((person, phrase.casefold()), phrase)
        return {person: (shown[person, fullest_role(c)], person not in found)
                for person, c in (oblique | found).items()}

    def _in_leading_phrase(self, p: _Paragraph, i: int, end: int, sentence: int, out: Sequence[Mention]) -> bool:
        """The name at word i (ending at offset `end`) is in a phrase that a preposition opens at the sentence's
        start and a comma closes ("After meeting X, Y said", "Tras reunirse co ministro, X, Y avanzou",
        "Wara laqgħa mad-Ministru X, Y qalet"), or is a role's apposition closing it ("…the minister, X, Y"):
        the object of that phrase, never the sentence's subject."""
        text = self.text
        k = bisect_left(p.starts, sentence)
        low = p.words[k].lower()
        if (k >= i or low not in self.lex.prepositions or low in self.lex.reporting_ends
                or low in _role_articles(self._lang) or p.kinds[k + 1] & K_ROLE):
            return False  # (pt, gl "A ministra X, …": the article, a role right after it, is the subject's)
        low_words = [w.lower() for w in p.words[k:i]]
        if any(self.lex.ends_reporting(low_words[:j]) for j in range(1, len(low_words) + 1)):
            return False  # "По словам советника X, …", "According to X, …": the source's phrase, read apart
        before = text[sentence : p.starts[i]]
        if _LEADING_PHRASE_BREAK.search(before):
            return False  # a quotation, colon or dash ends the phrase
        after = text[end : p.ends[-1]]
        closing = _LEADING_PHRASE_CLOSE.match(after)
        if before.count(",") == 0:
            # Closed by a comma before any other clause break; a name without one ("During the visit Y said")
            # may be the subject itself; nor is a role opening what follows the comma ("At the summit President
            # X, President Y and Prime Minister Z took part"): the comma lists role holders, the sentence's subjects.
            if closing is None:
                # sv "Efter mötet med X sade Y att …": a verb-second language needs no comma; the verb right after
                # the phrase closes it, and the subject follows the verb (word_order.txt: verb_second).
                after_name = bisect_left(p.starts, end)
                return ("verb_second" in _word_order(self._lang) and after_name < len(p.words)
                        and bool(p.kinds[after_name] & K_VERB) and text[end : p.starts[after_name]].isspace())
            nxt = bisect_left(p.starts, end + closing.end())
            return not (nxt < len(p.words) and p.kinds[nxt] & K_ROLE)
        # "After meeting the Minister of Trade, X, Y said": a name set off by commas right after a role phrase
        # that the opening preposition governs (no other name in it) is that role's holder, met as well.
        return (before.count(",") == 1 and before.rstrip().endswith(",") and text[end : end + 1] == ","
                and not any(m.start >= sentence and m.kind == NAME for m in out))

    def _preposition_before_role(self, p: _Paragraph, k: int) -> bool:
        """A preposition opens the role phrase ending on word k, across its article, adjectives and role words
        ("mit Ministerpräsident X", "with Prime Minister X", "mit dem georgischen Premier X"): the name after it
        is the preposition's object, no subject. Not a reporting word's ("según el presidente X": the source)."""
        lex, words = self.lex, p.words
        if "postpositions" in _word_order(self._lang):
            return False  # (word_order.txt: a postposition closes the noun before it, never opens a role phrase)
        j = k - 1
        while j >= max(0, k - 3) and p.gaps[j + 1] in _SPACES and not p.kinds[j] & K_VERB and (
                p.kinds[j] & K_ROLE or words[j].islower() and words[j] not in lex.prepositions):
            if words[j] in lex.reporting_ends:
                return False  # "по словам советника X": a reporting phrase names its source
            j -= 1
        return (j >= 0 and p.gaps[j + 1] in _SPACES and words[j].lower() in lex.prepositions
                and words[j].lower() not in lex.reporting_ends
                # "A investigadora X": the article right before the role, no preposition (role_articles.txt).
                and not (j == k - 1 and words[j].lower() in _role_articles(self._lang)))

    def _after_preposition(self, p: _Paragraph, first: int) -> bool:
        """A preposition, and perhaps an article after it, right before word `first` in its clause."""
        lex, words = self.lex, p.words
        j = first - 1
        if j < 0 or p.gaps[first] not in _SPACES:
            return False
        low = words[j].lower()
        if low in lex.prepositions:
            return True
        return (low in lex.function_words and j > 0 and p.gaps[j] in _SPACES
                and words[j - 1].lower() in lex.prepositions)

    def _role_span(self, p: _Paragraph, i: int, name_start: int | None) -> tuple[int, int] | None:
        """Words [a, b) of the role phrase around the role word i: the adjectives and office words before it in
        its noun phrase (der kasachische, primo, Opposition), then its complement up to the holder's name at
        `name_start` or, after a name, to the end of its clause; trimmed (roles.trimmed). None: no role."""
        lex, words, gaps = self.lex, p.words, p.gaps
        function_words = lex.function_words
        a = k = i
        # An office phrase of roles.txt ending on the role word (head-final: "užsienio reikalų ministras", the
        # foreign minister) is the role's whole, however its first word is written.
        offices = self._offices
        for phrase, _ in map(offices.__getitem__, _office_candidates(offices, words[i].lower())):
            n = len(phrase)
            if 1 < n <= i + 1 and all(_word_matches(words[i - n + 1 + m].lower(), phrase[m]) for m in range(n)) and all(
                    gaps[i - n + 1 + m] in _SPACES for m in range(1, n)):
                a = k = i - n + 1
                break
        for _ in range(3):
            j = k - 1
            if j < 0 or gaps[k] not in _SPACES:
                break
            w = words[j]
            low = w.lower()
            if (low in function_words or any(c.isdigit() for c in w) or p.kinds[j] & (K_VERB | K_PRONOUN)
                    or _kazakh_place_form(w) or low in _meeting_verbs(self._lang)):
                break  # (a place in a Kazakh case, "Мәскеуде Қазақстан Премьер-министрі", is where, not whose;
                # a host's verb, "Її зустрів міністр …", "empfing Premierminister …", is the sentence's, not the role's)
            strong = (low in _OFFICE_PREFIXES or places.demonym(w) is not None or low in _party_names()
                      or low.startswith(_opposition_stems()) and not p.kinds[j] & K_ROLE
                      # a verb-last language's field before its role word ('विदेश मंत्री'): role_links.txt
                      or verb_last(self._lang) and low in _role_links(self._lang))
            # A title's capitalised words before a capitalised role ("Foreign Minister", not in German), all of
            # them: a sentence's first word before a lower-case one is no title's ("Susitikimą atidaręs
            # Prezidentas", having opened the meeting, the President).
            titled = (w[:1].isupper() and w[1:].islower() and words[i][:1].isupper()
                      and self._lang not in _NOUNS_CAPITALISED and all(x[:1].isupper() for x in words[j + 1 : i]))
            if not strong and (not (w.islower() or titled) or p.kinds[j] & K_ROLE):
                break
            # A title written in capitals from its first word ("Vietnamese President") starts there: a lower-case
            # word before it is the sentence's ("Anutin later met Vietnamese President X"), not the role's.
            if (not strong and w.islower() and words[i][:1].isupper() and words[k][:1].isupper()
                    and self._lang not in _NOUNS_CAPITALISED):
                break
            k = j
            # A lower-case adjective of the phrase stands after its article ("der erste stellvertretende
            # Vorsitzende"); after a clause's start or punctuation it may be a verb no list knows ("…," said).
            # (Not after a preposition: "na przykład politolog", for example.)
            if strong or titled or j > 0 and gaps[j] in _SPACES and (
                    words[j - 1].lower() in function_words and words[j - 1].lower() not in lex.prepositions
                    and words[j - 1].lower() not in _verb_auxiliaries(self._lang)
                    and _agrees_with_article(words[j - 1].lower(), low, self._lang)):
                a = j
        if a == i and self._uncased:
            # A construct state (Arabic): the role word is the institution's, after the office word it depends
            # on through a role_links.txt word: "رئيس مجلس الوزراء العراقي", not "الوزراء العراقي".
            links = _role_links(self._lang)
            while (a >= 2 and words[a - 1] in links and p.kinds[a - 2] & K_ROLE
                   and gaps[a] in _SPACES and gaps[a - 1] in _SPACES):
                a -= 2
        b = i + 1
        if name_start == _HOLDER_BEFORE:
            # "Kiss Tamás honvédelmi miniszter kedden tárgyalt": the role after its holder's name ends on the
            # role word; what follows is the sentence's predicate. Its lower-case office words come before it.
            a = i
            while a > 0 and i - a < OFFICE_WORDS and words[a - 1].islower() and gaps[a] in _SPACES:
                a -= 1
            span = trimmed_role(words[a:b], i - a, function_words)
            return None if span is None else (a + span[0], a + span[1])
        reach = len(words) if name_start is not None and name_start > p.ends[i] else min(len(words), i + ROLE_WORDS + 6)
        relatives = lex.clause_relatives
        while b < reach:
            if p.kinds[b] & K_TITLE or b > i and address_role(words[b].lower()):
                break  # "Latin Amerika uzmanı Prof. Dr. Selim Karaağaç": the name's title, no more the role's
                # ("Kuwait's Emir Sheikh Mishal": the form of address opens the name)
            suspended = _suspended_compound(p, b, self._lang)
            if name_start is not None and name_start > p.ends[i]:
                if p.starts[b] >= name_start or gaps[b].strip(_NAME_MARKS) and gaps[b] not in (
                        *_ELISION_GAPS, *_SPACES) and not suspended:
                    break  # the holder's name, or a comma before it (Le porte-parole du ministère, Lin Jian)
            elif (gaps[b] not in _SPACES and gaps[b] not in _ELISION_GAPS and gaps[b] != "-" and not suspended
                  or p.kinds[b] & (K_VERB | K_PRONOUN) or p.initial[b] or words[b].lower() in relatives):
                break  # the clause of a role set after its holder's name ends (Sergey Tsekov, membro del …, ha detto;
                # "a Labour MP who sits on …": a relative clause says what the holder does, no more the role)
            elif self._uncased and words[b].lower() in function_words and "name_before_role" in _word_order(self._lang):
                break  # no capital ends an uncased role: its clause goes on after a function word ('… کرملین نیز به')
            b += 1
        span = trimmed_role(words[a:b], i - a, function_words)
        if span is None:
            return None
        first = a + span[0]
        # A Cyrillic word the apostrophe split (прэм'ер-міністр, прем'єр-міністр: прэм is a function word) keeps
        # its first part: the role shown is "прэм'ер-міністр Беларусі", not "ер-міністр Беларусі".
        if _apostrophe_split(p, first):
            first -= 1
        return first, a + span[1]

    def _role_text(self, p: _Paragraph, first: int, stop: int) -> str:
        """The role phrase of words [first, stop) as written, whitespace folded."""
        words = p.words
        phrase = " ".join(self.text[p.starts[first] : p.ends[stop - 1]].split())
        if self._uncased:
            # A conjunction or preposition glued before the role word is the sentence's ("ورئيس المجلس": and
            # the head of the council; "للرئيس", to the president): the phrase starts at the role word.
            w = words[first]
            bare = next((form for form in _clitic_stripped(w, self._lang) if self.lex.kind(form) & K_ROLE), w)
            phrase = bare + phrase[len(w):]
        after = self.text[p.ends[stop - 1] : p.ends[stop - 1] + 1]
        if after in _CLOSING_MARKS and any(mark in phrase for mark in _OPENING_MARKS) and after not in phrase:
            phrase += after  # "депутатка від «Європейської солідарності»": the party's name closed
        w = words[first]
        if p.initial[first] and w[1:].islower() and (
                w.lower() in self._lowercase or p.kinds[first] & K_ROLE and self._lang not in _NOUNS_CAPITALISED
                or self._lang not in _DEMONYMS_CAPITALISED and places.demonym(w) is not None
                # "Opozičný poslanec …": an adjective before a role word the phrase writes in lower case.
                or any(p.kinds[k] & K_ROLE and words[k].islower() for k in range(first + 1, stop))) and not (
                # A title written capitalised word by word keeps its capitals ("Cumhurbaşkanı Yardımcısı"); an
                # institution after the role is no part of it ("Predsjednik Republike": predsjednik Republike).
                first + 1 < stop and words[first + 1][:1].isupper() and (
                    p.kinds[first + 1] & K_ROLE and not self.lex.is_institution(words[first + 1])
                    or deputy_role(words[first + 1].lower(), True)
                    # "New Zealand Prime Minister …": the first word of a place's name keeps its capital,
                    # though the text writes it lower-case elsewhere ("a new deal").
                    or places.lookup_whole(f"{w} {words[first + 1]}") is not None)):
            # "Politolog …" opening a sentence, "politolog" elsewhere (a German noun keeps its capital);
            # "Češki predsjednik …" too, "češki predsjednik" elsewhere (not "Czech President", "Deense premier").
            phrase = phrase[:1].lower() + phrase[1:]
        return phrase


# Quotation marks around a party's or institution's name in a role phrase ("депутатът от „Продължаваме промяната“").
_OPENING_MARKS = ("«", "„", "“", "‚", "‹", '"')
_CLOSING_MARKS = frozenset(("»", "“", "”", "‘", "›", '"'))
# Languages whose press calls a person by the given name alone (Indonesian "kata Prabowo", "ujar Gibran"): a lone
# word is as often a given name as a surname (data/any/given_name_called.txt).
_GIVEN_NAME_CALLED = frozenset(data.sections("given_name_called.txt", "any").get("", ()))
# The countries whose people any press calls by the given name (given_name_called.txt [peoples]).
_GIVEN_NAME_PEOPLES = frozenset(data.sections("given_name_called.txt", "any").get("peoples", ()))
# How many words (a role's) may stand between a nationality word and the name it qualifies.
_NATIONALITY_REACH = 3


def given_name_people(word: str) -> bool:
    """The word is a capitalised nationality of a people any press calls by the given name (given_name_called.txt
    [peoples]: Ethiopian, Somali, Indonesian)."""
    return word[:1].isupper() and places.demonym(word) in _GIVEN_NAME_PEOPLES


def given_name_called() -> frozenset[str]:
    """The languages whose press calls a person by the given name alone (data/any/given_name_called.txt)."""
    return _GIVEN_NAME_CALLED
# How many countries' language the article's may be at most for a bare head's office to be its home country's.
_HOME_LANGUAGE_COUNTRIES = 3
# Languages that capitalise every noun: a role opening a sentence keeps its capital (Politologe).
_NOUNS_CAPITALISED = frozenset(("de", "lb"))
# Languages that capitalise an adjective of nationality mid-sentence (Czech President, de Deense premier).
_DEMONYMS_CAPITALISED = frozenset(("en", "nl"))
# How many times more often than any other holder of the office the text must name a person for a
# bare office word to stand for them (the article's subject, not a host named once in passing).
SALIENT_TIMES = 2
# The prefix of a deputy's office (vicepremier, Vizekanzler, wicepremier, вице-премьер, віце-прем'єр):
# the deputy is never the principal, though the principal's word ends his.
# (Greek writes the deputy with a prefix glued to the role: αντιπρόεδρος, the vice-president, is no πρόεδρος.)
_DEPUTY = re.compile(r"(?:vice|vize|wice|вице|віце|віцэ|αντι)[-‐]?")
# The separate words that make the role after them a deputy's: vice president, deputy prime minister.
_DEPUTY_WORDS = frozenset(("vice", "deputy", "stellvertretende", "stellvertretender", "vize", "vice-"))
# The "prime" of a head of government's office, as a compound's first part (primeiro-ministro,
# Premierminister) or a word before the role (prime minister, primo ministro): a minister is not one.
_PRIME = re.compile(r"(?:prime|primo|primer|primera|premier|première|primeiro|primeira|primeiros)[-‐]?(?=\w{4})")
_PRIME_WORDS = frozenset(("prime", "primo", "prima", "primer", "primera", "premier", "première"))
# Words before a role that make one office of the two (the crown prince, el príncipe heredero comes after; the
# deputy prime minister written with one word before the role, el viceprimer ministro).
_OFFICE_PREFIXES = _PRIME_WORDS | _DEPUTY_WORDS | frozenset(("crown", "viceprimer", "viceprimera"))


@cache
def _meeting_verbs(lang: str) -> frozenset[str]:
    """Single words of a host meeting or receiving the guest (visit.txt "+" verbs, summary_cues.txt [arrival]:
    "зустрів", "empfing", "received"), lower case: verbs, never a word of the role after them. Every
    language's for an undetermined one."""
    out: set[str] = set()
    for code in (lang,) if lang in LANGS else LANGS:
        words = [*data.sections("summary_cues.txt", code).get("arrival", ()),
                 *(line[1:].strip() for line in data.sections("visit.txt", code).get("", ()) if line.startswith("+"))]
        out.update(w.lower() for w in words if w and " " not in w and not w.endswith(":"))
    return frozenset(out)


@cache
def _sentence_openings(reporting: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Every reporting phrase as it opens a sentence (a leading ^ dropped), at most three words."""
    return tuple(ph for ph in ((ph[0].lstrip("^"), *ph[1:]) for ph in reporting) if len(ph) <= 3)


@cache
def holder_openings(reporting: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The reporting phrases that count only at a sentence's start (listed with a leading ^): "For X, …", "Para X"."""
    return tuple((ph[0][1:], *ph[1:]) for ph in reporting if ph[0].startswith("^"))


def _suspended_compound(p: _Paragraph, i: int, lang: str) -> bool:
    """Whether word i is the "and" after a compound's first part whose hyphen stands for the part the next one
    shares ("Minister für Wirtschafts- und Fiskalpolitik", "Verkehrs- en Waterstaat"): one phrase, not cut there."""
    return (i > 0 and p.gaps[i][:1] in "-‐" and p.gaps[i][1:] in _SPACES and p.words[i - 1][-1:].isalpha()
            and p.words[i].lower() in and_words(lang) and i + 1 < len(p.words) and p.gaps[i + 1] in _SPACES)


def _apostrophe_split(p: _Paragraph, i: int) -> bool:
    """Whether word i is the second part of a Cyrillic word an apostrophe split (прем'єр: "прем", "єр")."""
    return i > 0 and p.gaps[i] in ("'", "’") and bool(_CYRILLIC.match(p.words[i - 1]) and _CYRILLIC.match(p.words[i]))


def _same_role(a: str, b: str) -> bool:
    """Two lower-case role words for one office: an inflection (министр, министра) or a compound's head
    (Bundeskanzler, Kanzler), or two words for one head's office (el rey, el soberano); a deputy's office
    (Vizekanzler) is not its principal's."""
    if bool(_DEPUTY.match(a)) != bool(_DEPUTY.match(b)) or bool(_PRIME.match(a)) != bool(_PRIME.match(b)):
        return False
    # Not before the test above: "la premier" and "la prima ministra giapponese" are two people's words.
    office = _office_of(a)
    if office is not None and office == _office_of(b):
        return True
    short, long = sorted((a, b), key=len)
    if long.startswith(short + " "):
        return True  # a role phrase and its longer form (_SYLLABLE_ROLES keys: "bộ trưởng", "bộ trưởng ngoại giao")
    if len(short) < 4:
        return short == long
    if not long.isascii():
        # Greek moves the accent with the case ending (ο πρόεδρος, του προέδρου): the stems are compared
        # without their marks.
        short, long = _unmarked(short), _unmarked(long)
    # An ending of up to three letters, changed or added; a compound ends with the head (and an ending).
    return (len(long) - len(short) <= 3 and long.startswith(short[: max(4, len(short) - 2)])) or (
        len(short) >= 5 and short[:-2] in long[-len(short) - 3 :])


class _Outside(Container[_V]):
    """Everything but the given items: the people a choice may not fall on, when few may."""

    def __init__(self, allowed: Container[_V]) -> None:
        self.allowed = allowed

    def __contains__(self, item: object) -> bool:
        return item not in self.allowed


class _OfOtherGender(Container[str | None]):
    """The people a cue of one gender never stands for: those the text showed to be of the other gender, and
    those whose given name is the other's (Lars Holm for "she said") while the text never showed theirs."""

    def __init__(self, of_gender: dict[str, set[str | None]], gender: str) -> None:
        self.same, self.other, self.other_gender = of_gender[gender], of_gender[_OTHER[gender]], _OTHER[gender]

    def __contains__(self, item: object) -> bool:
        if item in self.other:
            return True
        # The text's own word wins over the name's: "die Ministerin Lars Holm" is a woman for "sagte sie".
        return isinstance(item, str) and item not in self.same and _given_name_gender(item) == self.other_gender


class _AnyOf(Container[_V]):
    """Several containers asked as one, without copying them (a role asks once per mention)."""

    __slots__ = ("parts",)

    def __init__(self, parts: Sequence[Container[_V]]) -> None:
        self.parts = parts

    def __contains__(self, item: object) -> bool:
        return any(item in part for part in self.parts)


class _Genders(NamedTuple):
    """How a language shows a person's gender in one word: endings of feminine role nouns (ekspertka,
    Ministerin, investigadora), endings of past-tense verbs (сказала, powiedział), gendered pronouns and
    the determiners that only go with a woman's role (la premier)."""

    nouns: tuple[str, ...]
    verbs_f: tuple[str, ...]
    verbs_m: tuple[str, ...]
    pronouns: dict[str, str]
    determiners: frozenset[str] = frozenset()
    determiners_m: frozenset[str] = frozenset()
    """Determiners that only go with a man's role (der Kanzler, el presidente): the women's forms differ."""
    unmarked: tuple[str, ...] | None = None
    """When set, a role noun without a feminine ending is a man's (Bundespräsident, not Bundespräsidentin),
    except one with these endings, said of either (die Abgeordnete, das Staatsoberhaupt)."""
    singular_pronouns: dict[str, str] = {}
    """Pronouns that show a gender only next to a singular verb: de "sagte sie" is she, "sagten sie" they."""
    plural_verbs: tuple[str, ...] = ()
    """Endings of the plural verb forms that make those pronouns "they" (sagten, erklären)."""
    possessives: dict[str, str] = {}
    """Possessive determiners that show their owner's gender (her, his): "Song and her counterpart" is a woman."""


# Grammar, not names: the endings say "she" or "he" in any text of the language.
_GENDERS: dict[str, _Genders] = {
    "ru": _Genders(("ница",), ("ла", "лась"), ("л", "лся"), {"она": "f", "он": "m"}),
    "uk": _Genders(("ерка", "тка", "нка", "ниця", "иця", "иня"), ("ла", "лася"), ("в", "вся"),
                   {"вона": "f", "він": "m"}),
    # Belarusian: -ка/-ніца feminine roles (міністарка, кіраўніца), past tense -ла/-ў (сказала, сказаў).
    "be": _Genders(("рка", "тка", "нка", "ніца", "іца"), ("ла", "лася"), ("ў", "ўся"), {"яна": "f", "ён": "m"}),
    "pl": _Genders(("tka", "nka", "rka", "czka", "owa"), ("ła", "łaby"), ("ł",), {"ona": "f", "on": "m"}),
    "cs": _Genders(("ka", "ová", "yně"), ("la",), ("l",), {"ona": "f", "on": "m"}),
    # Slovak as Czech: -ka/-ová/-kyňa feminine roles and names, past tense -la/-l (povedala, povedal).
    "sk": _Genders(("ka", "ová", "kyňa"), ("la",), ("l",), {"ona": "f", "on": "m"}),
    # Croatian: -ica/-ka feminine roles (ministrica, premijerka, analitičarka, kandidatka, portparolka), past
    # participle -la/-o (rekla, rekao). Not a bare -ka: a man's -nik/-ak role ends so in the genitive and accusative
    # ("primio je potpredsjednika Vlade X": X is no woman).
    "hr": _Genders(("ica", "rka", "tka", "lka", "nka", "čka", "inja"), ("la",), ("o",), {"ona": "f", "on": "m"}),
    # Serbian as Croatian, in both scripts: ministarka/министарка, poslanica/посланица; rekla/рекла, rekao/рекао.
    # Their oblique cases too ("prema rečima premijerke", "sa predsednicom"): -ice/-icu/-icom and -rke/-rki/-rku/-rkom
    # end no man's role (-ku and -kom do: predsedniku, predsednikom; and -ka does: potpredsednika, savetnika).
    "sr": _Genders(("ica", "rka", "tka", "lka", "nka", "čka", "inja", "ice", "icu", "icom", "rke", "rki", "rku", "rkom",
                    "ица", "рка", "тка", "лка", "нка", "чка", "иња", "ице", "ицу", "ицом", "рке", "рки", "рку", "рком"),
                   ("la", "ла"), ("o", "о"),
                   {"ona": "f", "on": "m", "она": "f", "он": "m"}),
    # Slovenian: -ica/-ka/-inja feminine roles (ministrica, poslanka, politologinja), past participle
    # -la/-l (dejala, dejal).
    "sl": _Genders(("ica", "ka", "inja"), ("la",), ("l",), {"ona": "f", "on": "m"}),
    # Latvian: -e feminine roles (premjerministre, prezidente, deputāte, eksperte); the past tense tells
    # no gender, its participle does (teikusi, teicis); viņa is she (and also "his", which stands before a noun).
    "lv": _Genders(("e",), ("usi",), ("is",), {"viņa": "f", "viņš": "m"}),
    # Bulgarian: -ка/-ица/-иня feminine roles and -ова/-ева names, with or without the article (депутатката,
    # Маринова); the perfect's participle -ла/-л (е казала, е казал); the aorist (каза) tells no gender.
    "bg": _Genders(("ка", "ката", "ица", "ицата", "иня", "инята", "ова", "ева"), ("ла",), ("л",), {"тя": "f", "той": "m"}),
    # Macedonian as Bulgarian: -ка/-ица/-иња feminine roles with or without the article (претседателката,
    # пратеничката), -ова/-ева/-ска surnames (Петровска ends on -ка); the l-participle -ла/-л (изјавила, изјавил); the
    # aorist (изјави, рече) tells no gender; таа is she, тој he.
    "mk": _Genders(("ка", "ката", "ица", "ицата", "иња", "ињата", "ова", "ева"), ("ла",), ("л",), {"таа": "f", "тој": "m"}),
    # Greek: feminine roles in -τρια/-ισσα/-ιδα/-ειρα (καθηγήτρια, βασίλισσα, ηγέτιδα, πρέσβειρα); most roles keep
    # the masculine noun and show a woman by the article (η υπουργός, της προέδρου, την πρωθυπουργό), a man by
    # his (ο, του, τον); verbs tell no gender; αυτή/εκείνη and η ίδια are she, αυτός/εκείνος and ο ίδιος he.
    "el": _Genders(("τρια", "τριας", "ισσα", "ισσας", "ιδα", "ιδας", "ειρα", "ειρας"), (), (),
                   {"αυτή": "f", "εκείνη": "f", "ίδια": "f", "αυτός": "m", "εκείνος": "m", "ίδιος": "m"},
                   frozenset(("η", "της", "την", "τη", "μια", "μία")), frozenset(("ο", "του", "τον", "ένας", "έναν"))),
    "de": _Genders(("in", "innen"), (), (), {"er": "m"}, frozenset(("die", "eine")), frozenset(("der",)),
                   ("e", "en", "haupt", "glied", "mitglied", "s"), {"sie": "f"}, ("en", "ern", "eln")),
    # Dutch as German: "zei ze" is she, "zeiden ze" they.
    "nl": _Genders((), (), (), {"hij": "m"}, singular_pronouns={"zij": "f", "ze": "f"}, plural_verbs=("en",)),
    "it": _Genders(("essa", "trice", "ministra"), (), (), {"lei": "f", "lui": "m", "ella": "f", "egli": "m"},
                   frozenset(("la", "una", "questa"))),
    "fr": _Genders(("trice", "esse", "ière", "ée", "ente", "erte", "cheffe", "ienne"), (), (),
                   {"elle": "f", "il": "m"}, frozenset(("la", "une", "cette")), frozenset(("le", "ce", "du", "au"))),
    "es": _Genders(("ora", "enta", "erta", "ministra", "ada", "oga"), (), (), {"ella": "f", "él": "m"},
                   frozenset(("la", "una", "esta")), frozenset(("el", "este", "al", "del"))),
    # Catalan: feminine roles in -a (presidenta, consellera, diputada, ministra, professora, politòloga,
    # alcaldessa, secretària, catedràtica); "el"/"al"/"del"/"pel" go with a man's role only.
    "ca": _Genders(("ora", "enta", "era", "ada", "ministra", "oga", "essa", "ària", "ica"), (), (),
                   {"ella": "f", "ell": "m"}, frozenset(("la", "una", "aquesta")),
                   frozenset(("el", "aquest", "al", "del", "pel"))),
    # Galician as Portuguese: -ora/-enta/-ada feminine roles (presidenta, deputada, conselleira, alcaldesa); "o",
    # "do", "ao", "polo" go with a man's role, "a", "unha", "da", "pola" with a woman's.
    "gl": _Genders(("ora", "enta", "erta", "ministra", "ada", "oga", "eira", "esa"), (), (), {"ela": "f", "el": "m"},
                   frozenset(("unha", "esta", "da", "pola", "coa")), frozenset(("o", "este", "do", "ao", "polo", "co"))),
    "pt": _Genders(("ora", "enta", "erta", "ministra", "ada", "oga"), (), (), {"ela": "f", "ele": "m"},
                   frozenset(("uma", "esta", "da", "pela")), frozenset(("o", "este", "do", "ao", "pelo"))),
    "en": _Genders((), (), (), {"she": "f", "he": "m"}, possessives={"her": "f", "his": "m"}),
    "ro": _Genders(("inta", "intă", "intei", "ista", "istă", "istei", "oarea", "oarei", "stra", "stră", "strei",
                    "ata", "atei", "loga", "logei", "era", "erei", "esa", "esei", "efa", "efei",
                    # (experta, profesoara: the article's -a on a feminine noun ending in -t or -oar.)
                    "erta", "ertei", "oara"), (), (),
                   {"ea": "f", "el": "m"},
                   frozenset(("o", "această")), frozenset(),
                   ("ministru", "ministrul", "ministrului", "premier", "premierul", "premierului", "lider", "liderul",
                    "liderului", "șef", "șeful", "șefului", "şef", "şeful", "şefului", "sef", "seful", "sefului",
                    "gazda", "gazdei", "oaspete", "oaspetele", "oaspetelui", "omolog", "omologul", "omologului",
                    "comisar", "comisarul", "comisarului", "secretar", "secretarul", "secretarului", "primar",
                    "primarul", "primarului", "reprezentant", "reprezentantul", "negociator", "negociatorul",
                    "ii", "ilor", "ți", "ţi", "ti", "ri")),
    "sv": _Genders(("inna", "innan", "innans", "erska", "erskan"), (), (), {"hon": "f", "han": "m"}),
    "da": _Genders(("inde", "inden", "indens", "kvinde", "kvinden"), (), (), {"hun": "f", "han": "m"}),
    "no": _Genders(("inne", "innen", "innens", "kvinne", "kvinnen"), (), (), {"hun": "f", "han": "m"}),
    # Turkish has no grammatical gender: "o" is he and she, role nouns and verbs never tell.
    "tr": _Genders((), (), (), {}),
    # Kazakh has no grammatical gender either: "ол" is he and she.
    "kk": _Genders((), (), (), {}),
    # Azerbaijani has none either: "o" is he and she.
    "az": _Genders((), (), (), {}),
    # Uzbek has none either: "u" is he and she.
    "uz": _Genders((), (), (), {}),
    # Turkmen has none either: "ol" is he and she.
    "tk": _Genders((), (), (), {}),
    # Tajik has none either: "ӯ" and "вай" are he and she.
    "tg": _Genders((), (), (), {}),
    # Kyrgyz has no grammatical gender: "ал" is he and she.
    "ky": _Genders((), (), (), {}),
    # Armenian has no grammatical gender: նա is he and she.
    "hy": _Genders((), (), (), {}),
    # Arabic: a woman's role ends in the ta marbuta (وزيرة, المتحدثة), her past-tense verb in -t (قالت, أضافت).
    "ar": _Genders(("ة",), ("ت",), (), {"هي": "f", "هو": "m"}),
    # Hebrew: feminine roles in -ת (שרת, דוברת, סגנית, מנכ"לית) or -ה after a root's last letter (השרה, נשיאה,
    # מלכה, מנהיגה, שליחה; not מומחה, expert, a man's); feminine past-tense verbs in -ה (אמרה, הוסיפה, ציינה,
    # ענתה: the masculine ענה, הודה stay short or end in -דה) and present ones in -ת (אומרת); היא is she, הוא he.
    "he": _Genders(("ת", "שרה", "יאה", "כה", "יגה", "יחה"),
                   ("רה", "פה", "שה", "נה", "עה", "בה", "תה", "זה", "חה", "מה", "צה", "אה", "ת"), (),
                   {"היא": "f", "הוא": "m"}),
    # Georgian has no grammatical gender: ის, იგი, მან are he and she alike (ქალბატონი, Mrs, is a title).
    "ka": _Genders((), (), (), {}),
    # Amharic roles tell no gender in news (ሚኒስትር, ፕሬዚዳንት); the honorific plural (እሳቸው, ብለዋል) is he and she alike.
    "am": _Genders((), (), (), {"እሷ": "f", "እርሷ": "f", "እሱ": "m", "እርሱ": "m"}),
    # Mongolian has no grammatical gender: "тэр", "тэрээр" are he and she.
    "mn": _Genders((), (), (), {}),
    # Indonesian roles and verbs tell no gender; ia, dia, beliau are he and she alike.
    "id": _Genders((), (), (), {}),
    # Malay neither: ia, dia, beliau (and a ruler's baginda) are he and she alike.
    "ms": _Genders((), (), (), {}),
    # Swahili roles and verbs tell no gender (the subject prefix a- of alisema is he and she); yeye is both.
    "sw": _Genders((), (), (), {}),
    # Filipino (Tagalog) roles and verbs tell no gender either: siya, niya, kanya are he and she.
    "tl": _Genders((), (), (), {}),
    # Somali roles tell no gender (madaxweyne, wasiir), its verbs do: tiri, sheegtay, xustay, raacisay are hers
    # (yiri, sheegay, xusay, raaciyay his); iyada/iyadu is she, isaga/isagu he.
    "so": _Genders((), ("tiri", "tidhi", "tay", "acisay", "eysay"), (), {"iyada": "f", "iyadu": "f", "isaga": "m",
                                                                      "isagu": "m"}),
    # Hausa roles tell gender by the genitive link (Shugabar, Ministar, Gwamnar are hers; Shugaban, Ministan his),
    # its cues by the pronoun (ta ce, ta bayyana are hers; ya ce, ya bayyana his); ita is she, shi he.
    "ha": _Genders(("ar", "iya", "iyar"), ("ta ce", "ta bayyana", "ta ƙara", "ta kara", "ta jaddada"), (),
                   {"ita": "f", "shi": "m"}),
    # Vietnamese roles and verbs tell no gender (ông, he, and bà, she, are titles: the name's bearer's).
    "vi": _Genders((), (), (), {}),
    # Hungarian has no grammatical gender either: "ő" is he and she.
    "hu": _Genders((), (), (), {}),
    # Finnish has none: "hän" is he and she.
    "fi": _Genders((), (), (), {}),
    # Estonian has none either: "ta"/"tema" is he and she.
    "et": _Genders((), (), (), {}),
    # Albanian feminine role nouns (analistja, ministrja, presidentja, deputetja, eksperte, profesoreshë);
    # verbs do not show gender; ajo is she, ai he.
    "sq": _Genders(("ja", "je", "esha", "eshë", "ëse"), (), (), {"ajo": "f", "ai": "m"}),
    # Lithuanian: feminine roles and surnames end in -ė (ministrė, premjerė, Kazlauskienė, Petrauskaitė, Jankutė)
    # and decline as -ės/-ei/-ę; verbs tell no gender (sakė is he, she and they); ji is she, jis he.
    "lt": _Genders(("ė", "ės", "ei", "ę"), (), (), {"ji": "f", "jis": "m"}),
    # Icelandic role nouns are one for both (ráðherra, forseti) and verbs tell no gender; hún is she, hann he.
    "is": _Genders((), (), (), {"hún": "f", "hann": "m"}),
    # Irish role nouns are one for both and verbs tell no gender; sí (sise) is she, sé (seisean) he.
    "ga": _Genders((), (), (), {"sí": "f", "sise": "f", "sé": "m", "seisean": "m"}),
    # Maltese feminine role nouns in -a (ministra, presidenta, kelliema), verbs in -et/-at/-iet (qalet,
    # spjegat, tenniet); hi (hija) is she, hu (huwa) he.
    "mt": _Genders(("ministra", "presidenta", "kelliema", "sindka", "ambaxxatriċi"), ("et", "at", "iet"), (),
                   {"hi": "f", "hija": "f", "hu": "m", "huwa": "m"}),
}
_OTHER = {"f": "m", "m": "f"}


def _word_gender(rules: _Genders | None, low: str) -> str | None:
    """The gender a lower-case role noun or pronoun shows under the language's rules, if any."""
    if rules is None:
        return None
    if low in rules.pronouns:
        return rules.pronouns[low]
    # (Four letters are enough: ro "șefa".)
    return "f" if len(low) >= 4 and low.endswith(rules.nouns) else None


def _verb_gender(rules: _Genders | None, low: str) -> str | None:
    """The gender a lower-case past-tense verb shows (сказала, zapowiedział), if the language has any."""
    if rules is None or len(low) < 4:
        return None
    if rules.verbs_f and low.endswith(rules.verbs_f):
        return "f"
    return "m" if rules.verbs_m and low.endswith(rules.verbs_m) else None


# The one office roles.txt's expert words ("?analyst*", "?politolog*") stand for in every language.
EXPERT = "expert"


@cache
@cache
def _plural_role_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings of the language's plural role nouns and those ("!" lines) of singular ones that end alike
    (data/<lang>/plural_roles.txt: "s" but not "ss"; none when it has no list)."""
    entries = _entries(lang, "plural_roles") if lang in LANGS else []
    return tuple(e for e in entries if not e.startswith("!")), tuple(e[1:] for e in entries if e.startswith("!"))


@cache
def _offices(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The phrases that name an office by another word (roles.txt's "=szef* dyplomacji > minister" lines):
    the phrase's words (a trailing * for any ending) and the role word it stands for."""
    langs = (lang,) if lang in LANGS else LANGS
    out = []
    for code in langs:
        for line in _entries(code, "roles"):
            if line.startswith("=") and ">" in line:
                phrase, key = line[1:].split(">", 1)
                if phrase.split() and key.strip():
                    out.append((tuple(phrase.split()), key.strip()))
            elif line.startswith("?") and not line.startswith("?+") and line[1:].split():
                # Every expert's word (economist, analyst, political scientist) is one office, in every language.
                out.append((tuple(line[1:].split()), EXPERT))
    if lang in _SYLLABLE_ROLES:
        # Each multi-word role is its own office, keyed by the whole phrase (its last word alone is the role word:
        # _syllable_roles), the longest first: "Phó Thủ tướng" is no "Thủ tướng".
        listed = {phrase for phrase, _ in out}
        out += sorted(((words, " ".join(words)) for words in {tuple(e.lstrip("~").split()) for e in _entries(lang, "roles")
                                                                if e[:1] not in "?=!-" and not e.endswith("*")}
                       if len(words) > 1 and words not in listed), key=lambda o: (-len(o[0]), o[1]))
    return tuple(out)


def member_words(lang: str) -> WordList:
    """roles.txt's words of a member of parliament (see _member_words), for the visits stage."""
    return _member_words(lang)


@cache
def _member_words(lang: str) -> WordList:
    """roles.txt's words of a member of parliament ("?+mp", "?+պատգամավոր"): no role words, but a full name
    after one is a person's (the words are the language's, or every language's for one without lists)."""
    langs = (lang,) if lang in LANGS else LANGS
    return _word_list(line[2:].strip() for code in langs for line in _entries(code, "roles")
                      if line.startswith("?+") and line[2:].strip())


@cache
def commentator_words(lang: str) -> tuple[str, ...]:
    """roles.txt's words of a commentator on a visit, an expert's ("?analyst*") or a member of parliament's
    ("?+mp"), lower case with a trailing * for any ending: a name they introduce is no visit participant."""
    langs = (lang,) if lang in LANGS else LANGS
    return tuple(line.lstrip("?+").strip() for code in langs for line in _entries(code, "roles")
                 if line.startswith("?") and line.lstrip("?+").strip())


# How many words before a name a host's phrase of visit.txt may span ("reçu ce mardi par").
HOST_REACH = 9
# How many lower-case words may come between two words of a host's phrase ("accueilli dans la cour par").
HOST_GAP = 5


@cache
def _host_words(lang: str) -> WordList:
    """visit.txt's one-word host phrases ("@ gospodarz*", "@ Gastgeber*"): a role that is the visit's host."""
    langs = (lang,) if lang in LANGS else LANGS
    return _word_list(line[1:].strip().lower() for code in langs for line in data.sections("visit.txt", code).get("", ())
                      if line.startswith("@") and len(line[1:].split()) == 1)


@cache
def _host_phrases(lang: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...], frozenset[str]]:
    """visit.txt's host phrases: those before a name ("@ reçu* par"), the host's verbs after it ("+ welcomed")
    and the active auxiliaries allowed between ("+ aux: has")."""
    langs = (lang,) if lang in LANGS else LANGS
    before: list[tuple[str, ...]] = []
    after: list[str] = []
    aux: set[str] = set()
    for code in langs:
        for line in data.sections("visit.txt", code).get("", ()):
            if line.startswith("@") and line[1:].split():
                before.append(tuple(line[1:].split()))
            elif line.startswith("+ aux:"):
                aux.update(line[len("+ aux:"):].split())
            elif line.startswith("+") and len(line[1:].split()) == 1:
                after.append(line[1:].strip())
    # "the host, X" needs its comma and is an apposition: only phrases of two words or more name the host here.
    return tuple(ph for ph in before if len(ph) > 1), tuple(after), frozenset(aux)


@cache
def auxiliaries(lang: str) -> frozenset[str]:
    """visit.txt's active auxiliaries of one language ("+ aux: has", "+ aux: je"), allowed before a
    host's verb and opening a cue before its adverbials; none for a language without lists."""
    return frozenset(w for line in data.sections("visit.txt", lang).get("", ()) if line.startswith("+ aux:")
                     for w in line[len("+ aux:"):].split())


@cache
def _verb_auxiliaries(lang: str) -> frozenset[str]:
    """auxiliaries() of a language without articles (hr, sr, sl: "je"), where each is only a verb: the lower-case
    word after one is its participle ("je dočekala predsjedavajuća", welcomed), no adjective of a role. (Where
    the language has articles its auxiliaries' list holds clitic pronouns that are articles too: it "la".)"""
    return frozenset() if lexicon(lang).plain_articles else auxiliaries(lang)


@cache
def continuations(lang: str) -> tuple[tuple[str, str], ...]:
    """speech_verbs.txt's "+" lines, lower case: a verb of going on ("+prosiguió", "+went on", "+fuhr fort") and
    the particle it needs after it ("" for none). Alone such a verb tells of anything going on ("Talks went
    well", "fuhr nach Wien"), so it is a speech verb only in a cue right after a quotation."""
    langs = (lang,) if lang in LANGS else LANGS
    out: list[tuple[str, str]] = []
    for code in langs:
        for line in _entries(code, "speech_verbs"):
            if line.startswith("+") and line[1:].split():
                verb, *particle = line[1:].split()
                out.append((verb, particle[-1] if particle else ""))
    return tuple(out)


@cache
def _host_cues(lang: str) -> tuple[WordList, WordList]:
    """The last words of the host phrases before a name, and the host's verbs after one, for quick look-up."""
    before, after, _ = _host_phrases(lang)
    return _word_list(ph[-1] for ph in before), _word_list(after)


@cache
def _host_questions(lang: str) -> tuple[_Question, _Question, _Question]:
    """_host_cues as memoised questions of a word as written: it ends a host phrase before a name,
    it is an active auxiliary, it is a host's verb after one."""
    lasts, verbs = _host_cues(lang)
    aux = _host_phrases(lang)[2]
    return (_Memo(lambda w: lasts.holds(w.lower())).__getitem__, _Memo(lambda w: w.lower() in aux).__getitem__,
            _Memo(lambda w: verbs.holds(w.lower())).__getitem__)


def _phrase_ends(low: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """The phrase's words appear in order in `low`, its last word last, with at most HOST_GAP words
    between two of them ("reçu mardi par", "accueilli dans la cour d'honneur par")."""
    k = len(low) - 1
    for entry in reversed(phrase[:-1]):
        for gap in range(HOST_GAP + 1):
            k -= 1
            if k < 0:
                return False
            if _word_matches(low[k], entry):
                break
        else:
            return False
    return True


@cache
def country_languages() -> dict[str, frozenset[str]]:
    """Country code -> the languages its own press writes in (country_languages.txt)."""
    out: dict[str, frozenset[str]] = {}
    for line in data.sections("country_languages.txt").get("", ()):
        code, _, langs = line.partition("|")
        out[code.strip()] = frozenset(langs.split())
    return out


@cache
def _country_offices() -> tuple[tuple[tuple[str, str], ...], dict[str, frozenset[str]]]:
    """country_offices.txt: (role key, office) pairs, longest key first, and country code -> its heads' offices."""
    parts = data.sections("country_offices.txt")
    keys: list[tuple[str, str]] = []
    for line in parts.get("offices", ()):
        office, _, words = line.partition("|")
        keys.extend((w.strip(), office.strip()) for w in words.split(",") if w.strip())
    keys.sort(key=lambda kv: -len(kv[0].rstrip("*")))
    countries = {code.strip(): frozenset(offices.split())
                 for code, _, offices in (line.partition("|") for line in parts.get("countries", ()))}
    return tuple(keys), countries


@lru_cache(maxsize=1 << 10)
def _office_of(role: str) -> str | None:
    """The head's office a role key names (président -> president, Bundeskanzler -> chancellor), if any."""
    return next((office for key, office in _country_offices()[0] if _word_matches(role, key)), None)


def _lacks_office(country: str | None, role: str) -> bool:
    """The country is known to have no head holding the role's office (the United Kingdom has no president)."""
    offices = _country_offices()[1].get(country or "")
    office = _office_of(role)
    return offices is not None and office is not None and office not in offices


def _word_matches(low: str, entry: str) -> bool:
    """A lower-case word is the entry, or starts with it when the entry ends with *."""
    return low.startswith(entry[:-1]) if entry.endswith("*") else low == entry


# Per office list (by identity, the list kept so its id stays its own): lower-case word -> the indices of
# the phrases whose first or last word it matches, the only ones _role_key() need test further (the
# phrases of every language are some 600, asked of every role word).
_OFFICE_CANDIDATES: dict[int, tuple[Sequence[tuple[tuple[str, ...], str]], dict[str, tuple[int, ...]]]] = {}


def _office_candidates(offices: Sequence[tuple[tuple[str, ...], str]], word: str) -> tuple[int, ...]:
    """The indices, in order, of the office phrases whose first word, or last of several, `word` matches."""
    entry = _OFFICE_CANDIDATES.get(id(offices))
    if entry is None or entry[0] is not offices:
        entry = _OFFICE_CANDIDATES[id(offices)] = (offices, {})
    memo = entry[1]
    found = memo.get(word)
    if found is None:
        if len(memo) > MEMO_MAX:
            memo.clear()
        found = memo[word] = tuple(
            k for k, (phrase, _) in enumerate(offices)
            if _word_matches(word, phrase[0]) or (len(phrase) > 1 and _word_matches(word, phrase[-1])))
    return found


def _office_end(words: Sequence[str], i: int, offices: Sequence[tuple[tuple[str, ...], str]]) -> int:
    """The index after the office phrase of roles.txt's "=" lines that opens at word i ("Waziri Mkuu": i + 2),
    else i + 1: its later words are the same office's, never another role."""
    word = words[i].lower()
    for phrase, _ in map(offices.__getitem__, _office_candidates(offices, word)):
        n = len(phrase)
        if i + n <= len(words) and all(_word_matches(words[i + k].lower(), phrase[k]) for k in range(n)):
            return i + n
    return i + 1


def _role_key(words: Sequence[str], i: int, offices: Sequence[tuple[tuple[str, ...], str]] = ()) -> str:
    """The lower-case role word i, as one word when a separate word makes it a deputy's (vice president),
    or the role an office phrase stands for (szef dyplomacji: minister)."""
    word = words[i].lower()
    # A deputy's word before the role or after it (head-final: "Cumhurbaşkanı Yardımcısı"), or ending its
    # compound ("miniszterelnök-helyettes"): the deputy's office, whatever office phrase it is part of.
    if (i > 0 and deputy_role(words[i - 1].lower()) or i + 1 < len(words) and deputy_role(words[i + 1].lower(), True)
            or "-" in word and deputy_role(word.rpartition("-")[2], True)):
        return "vice" + word
    for phrase, key in map(offices.__getitem__, _office_candidates(offices, word)):
        n = len(phrase)
        # (The role word itself is tested first: most phrases start, or end, with another.)
        if (i + n <= len(words) and _word_matches(word, phrase[0])
                and all(_word_matches(words[i + k].lower(), phrase[k]) for k in range(1, n))):
            return key
        # A head-final language puts the role word last ("Devlet Başkanı": the head of state, tr).
        if (n > 1 and i + 1 >= n and _word_matches(word, phrase[-1])
                and all(_word_matches(words[i - n + 1 + k].lower(), phrase[k]) for k in range(n - 1))):
            return key
    if i > 0 and words[i - 1].lower() in _DEPUTY_WORDS:
        return "vice" + word
    return "prime" + word if i > 0 and words[i - 1].lower() in _PRIME_WORDS else word


def names_head(phrase: str, lang: str) -> bool:
    """Whether a role phrase gives a head of state's or government's office (heads.txt of its language), its
    words read as _role_key reads them: "Prime Minister" is primeminister, a vice president no head."""
    # (Thai is read with its vowel signs as letters, as its lists are: see data.marks_as_letters.)
    words = (data.marks_as_letters(phrase) if _THAI_LETTER.search(phrase) else phrase).split()
    heads, offices = lexicon(lang).heads, _offices(lang)
    return any(heads.holds(_role_key(words, i, offices)) for i in range(len(words)))


def head_office(phrase: str, lang: str) -> str | None:
    """The head's office a role phrase gives (country_offices.txt: "presidente armeno" and "Bundespräsident" are
    president, "Ministerpräsident" primeminister), its words read as names_head reads them; None for any other."""
    words = (data.marks_as_letters(phrase) if _THAI_LETTER.search(phrase) else phrase).split()
    offices = _offices(lang)
    return next((office for i in range(len(words)) if (office := _office_of(_role_key(words, i, offices)))), None)


def _rival_role(a: str, b: str) -> bool:
    """One lower-case role word is the deputy of the other's office (vicepremier, premier): the two
    name different people."""
    deputy_a, deputy_b = _DEPUTY.match(a), _DEPUTY.match(b)
    if bool(deputy_a) == bool(deputy_b):
        return False
    return _same_role(a[deputy_a.end():] if deputy_a else a, b[deputy_b.end():] if deputy_b else b)


def _not_heads(role: str, introduced: dict[str | None, set[str]], lex: Lexicon) -> set[str | None]:
    """The people a head's cue (`role`: the president, the crown prince) never stands for: those the text
    gave another head's office and not `role`, or only offices no head holds (an expert, a minister;
    an institution's words, "Kancelarii Prezesa Rady Ministrów Donald Tusk", tell nothing)."""
    out: set[str | None] = set()
    for person, roles in introduced.items():
        if any(_same_role(role, r) for r in roles):
            continue
        offices = [r for r in roles if not lex.institutions.holds(r)]
        if any(lex.heads.holds(r) for r in offices) or (offices and not any(lex.peers.holds(r) for r in offices)):
            out.add(person)
    return out


def _salient_holder(role: str, introduced: dict[str | None, set[str]], named: Counter[str],
                    excluded: Container[str | None]) -> str | None:
    """The one the text introduced with `role` and has named far more often than any other holder of it
    (SALIENT_TIMES), else None."""
    holders = sorted((named[person], person) for person, roles in introduced.items()
                     if person and person not in excluded and any(_same_role(role, r) for r in roles))
    if not holders or len(holders) > 1 and holders[-1][0] < SALIENT_TIMES * max(holders[-2][0], 1):
        return None
    return holders[-1][1] if holders[-1][0] >= SALIENT_TIMES else None


def _hungarian_oblique(form: str, person: str | None) -> bool:
    """The Hungarian name as written ends with a case ending its person's name lacks (Orbánnal, Orbánt,
    Vučićtyal of Orbán Viktor, Aleksandar Vučić): it is no subject."""
    last = form.split()[-1] if form.split() else ""
    own = set((person or "").split())
    return last not in own and any(stem in own for stem in _hungarian_stems(last))


def _opens_clause(out: Sequence[Mention], sentence: int) -> bool:
    """No mention since the sentence's start at `sentence` but those after a preposition ("Pytany przez
    dziennikarzy, prezydent X odpowiedział", "Nach dem Treffen mit X sagte Y"): the next one is its subject."""
    for m in islice(reversed(out), CLAUSE_MENTIONS):
        if m.start < sentence:
            return True
        if not m.after_preposition or m.subject:
            return False  # a subject already, or an opinion's holder ("Pour X, …")
    return not out


def _heads_named(role: str, introduced: dict[str | None, set[str]], lex: Lexicon) -> set[str | None]:
    """The people a cue of an office no head holds (`role`: a minister, an expert) never stands for: those
    the text gave a head's office (président, Bundeskanzler) and never `role`."""
    # (An institution's word is no office of theirs: "Prezes Rady Ministrów X" holds no minister's.)
    return {person for person, roles in introduced.items()
            if not any(_same_role(role, r) and not lex.institutions.holds(r) for r in roles)
            and any(lex.heads.holds(r) and not lex.institutions.holds(r) for r in roles)}


def _not_leaders(introduced: dict[str | None, set[str]], lex: Lexicon) -> set[str | None]:
    """The people a country's leader ("the Indonesian leader") never stands for: those the text gave
    only offices no head holds and no leader's word (a minister, an expert)."""
    out: set[str | None] = set()
    for person, roles in introduced.items():
        offices = [r for r in roles if not lex.institutions.holds(r)]
        if offices and not any(lex.heads.holds(r) or lex.peers.holds(r) for r in offices):
            out.add(person)
    return out


@cache
def _reflexives(lang: str) -> frozenset[str]:
    """data/<lang>/reflexives.txt: reflexive clitics spelled as a preposition (cs "se"), the verb's own after it."""
    return frozenset(_entries(lang, "reflexives"))


@cache
def press_words(lang: str) -> WordList:
    """The words of unnamed.txt's [press] (journalist, novinář*, the writers' "we"): one who asks, no one the text
    named unless introduced so."""
    return _word_list(e.lower() for e in data.sections("unnamed.txt", lang).get("press", ()))


@cache
def _no_one(lang: str) -> WordList:
    """The role words of unnamed.txt (the leaders, die Quellen, лидеры): subjects that are no one person."""
    langs = (lang,) if lang in LANGS else LANGS
    return _word_list(e.lower() for code in langs for e in data.sections("unnamed.txt", code).get("", ()))


@lru_cache(maxsize=1 << 14)
def _country(word: str) -> str | None:
    """The country a place name or adjective points to, when the gazetteer knows it."""
    place = places.lookup(word)
    return place.country if place else places.demonym(word)


# Furniture reasons of the lines that hold a picture's caption (the same caption shown twice is a repeated line).
_CAPTION_REASONS = frozenset(("caption", "repeated line"))


def caption_spans(blocks: Sequence[Block], text: str) -> list[tuple[int, int]]:
    """(start, end) of the caption blocks: furniture, but evidence of a person's full name. A caption's
    credit is left out ("… Photo: Saab" would make the body's "Saab" a person, "Photo Saab")."""
    return [(b.start, b.start + cleaning.credit_start(text[b.start : b.end]))
            for b in blocks if b.kind != TEXT and b.reason in _CAPTION_REASONS]


def text_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of the text blocks."""
    return [(b.start, b.end) for b in blocks if b.kind == TEXT]


def people_mentioned(text: str, blocks: Sequence[Block], lang: str) -> tuple[str, ...]:
    """Names of people in the text blocks, fullest form, most mentioned first."""
    return People(text, text_spans(blocks), lang).people()


@lru_cache(maxsize=1 << 16)
def _is_latin(name: str) -> bool:
    return not _CYRILLIC.search(name)


def _script_name(name: str) -> str:
    """The script a name is written in, as far as showing it goes: Cyrillic, Greek or Latin."""
    return "cyrillic" if _CYRILLIC.search(name) else "greek" if _GREEK.search(name) else "latin"


# Spellings transliterations of one Cyrillic letter differ by, after fold(): і/и/й/ы as i, y or j (Andrii, Andriy;
# Zelensky, Зеленський), ц as c in Polish (Nawrocki, Навроцький), г as g or h (Sybiha, Сибіга), кс as ks or x,
# з and с as z or s (Luiz, Луис), х as kh or h (fold() merges those).
_SCRIPT_SPELLINGS = str.maketrans({"y": "i", "j": "i", "c": "s", "z": "s", "g": "h"})
_DOUBLED = re.compile(r"(.)\1+")
# Letter groups one sound is spelt by, after fold(): дж as dzh or j (Джейхун, Jeyhun; fold() makes j a y), ж as
# zh or z (Ž folds to z).
# Uzbek Latin writes х as x (Xo'jayev, Ходжаев): ks is an x first, so Александр and Alexander still agree.
_SCRIPT_GROUPS = (("ks", "x"), ("dzh", "y"), ("zh", "z"), ("x", "h"))
# French, Dutch and Uzbek-English spellings write дж as dj (Khodjaev), which fold() would make a dy.
_DJ = re.compile("dj")
# Letters inside a name that are no sound of it: Uzbek's oʻ and gʻ, an apostrophe (O'Neill, O‘Neill).
_SILENT_MARKS = str.maketrans("", "", "ʻʼ'’‘`")


_SERBIAN_LETTERS = re.compile("[ђћџљњјЂЋЏЉЊЈ]")
_SERBIAN_LATIN = str.maketrans({"ч": "č", "ш": "š", "ж": "ž"})


def _script_key(word: str) -> str:
    """A name word's key across scripts and transliterations: fold() with the variants above merged and doubled
    letters single (Зеленський, Zelensky, Zełenski: selenski; Андрій, Andrii, Andriy: andri; Ходжаев, Khodjaev,
    Xoʻjayev: hoiaev). An е after a
    vowel is "ye" in English spellings (Алиев, Aliyev; Сергеев, Sergeyev) and "e" or "ie" in others (Aliev):
    after i and y merge, ie is e (fold() already makes Cyrillic "ие" an e). A word in Serbian Cyrillic (one of
    its letters ђ ћ џ љ њ ј) has its ч ш ж read as Serbian Latin č š ž, which fold to c s z as the Latin name's
    do (Вучић, Vučić, Vucic: vusis; Russian ч is ch, as in English)."""
    if _SERBIAN_LETTERS.search(word):
        word = word.lower().translate(_SERBIAN_LATIN)
    # (Albanian xh is the sound Serbian and Macedonian write dž and џ: Mexhiti, Меџити.)
    s = fold(_DJ.sub("dzh", word.lower()).replace("xh", "dž")).translate(_SILENT_MARKS)
    for a, b in _SCRIPT_GROUPS:
        s = s.replace(a, b)
    # (Single letters before and after: Aliyev's "iie" and Сергеев's "ee", Sergeyev's "eie", come out alike.)
    return _DOUBLED.sub(r"\1", _DOUBLED.sub(r"\1", s.translate(_SCRIPT_SPELLINGS)).replace("ie", "e"))


def _script_keys(word: str) -> tuple[str, ...]:
    """A name word's _script_key, and for a Latin word with a j (or German's sch) its key with it read as Cyrillic ж too:
    English reads j as дж (Jeyhun, Джейхун), but Turkish, Azerbaijani, Uzbek and French spellings of Russian
    and Kazakh names write ж as j (Akkenjenov, Аккенженов; Jurabek, Журабек)."""
    key = _script_key(word)
    low = word.lower()
    if not word.isascii() or ("j" not in low and "sch" not in low):
        return (key,)
    keys = [key]
    if "j" in low:
        keys.append(_script_key(low.replace("j", "zh")))
    if "sch" in low:
        # German writes ж as sch and дж as dsch, as it writes ш (Dschaparow for Джапаров and Жапаров, Schukow for
        # Жуков): its sch read as ж too, and its dsch as дж.
        keys.append(_script_key(low.replace("dsch", "dzh")))
        keys.append(_script_key(low.replace("dsch", "zh").replace("sch", "zh")))
    return tuple(dict.fromkeys(keys))


# Vietnamese syllable-initial letters as Russian practical transcription writes them, in Latin letters before
# fold(): ch is т (Chính, Тинь), tr is ч, d and gi are з, đ is д, x is с, s is ш (Sáng, Шанг), c is к (Cường, Кыонг).
_VIETNAMESE_INITIALS = {"ch": "t", "tr": "ch", "gi": "z", "d": "z", "đ": "d", "x": "s", "s": "sh", "c": "k"}
_VIETNAMESE_INITIAL = re.compile("^(?:ch|tr|gi|d|đ|x|s|c)")
# After fold(): an h after a consonant (Lao and Thai ph, th, kh, Vietnamese final nh: Помвихан, Phomvihane;
# Минь, Minh); an r before a consonant or at the end and a final l (Thai reads both as n or not at all: Charn,
# Чан; Charnvirakul, Чанвиракун); an e between consonants or after one at the end, which French-style Lao
# spellings write unsounded (Sonexay, Сонсай; Siphandone, Сипхандон).
_SYLLABIC_DROPS = re.compile(r"(?<=[^aeiouy])h|r(?=[^aeiouy]|$)|(?<=[^aeiouy])e(?=[^aeiouy]|$)")
# Latin x is s in Lao and Thai spellings, f is Thai and Lao p (and Vietnamese ph is ф), y and j are one i.
_SYLLABIC_SPELLINGS = str.maketrans({"x": "s", "f": "p", "y": "i", "j": "i", "w": "v"})


# One Vietnamese syllable written without its marks (Pham, Minh, Chinh, Nguyen; not Charles, Smith): an
# initial, one to three vowels, a final Vietnamese allows.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouyăâêôơư]{1,3}"
                                  r"(?:ch|ng|nh|[cmnpt])?", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _vietnamese_name(name: str) -> bool:
    """A Latin name read by Vietnamese spelling: it writes a letter only Vietnamese has (Phạm Minh Chính), or
    each of its two or more words is one Vietnamese syllable without its marks (Pham Minh Chinh, as foreign
    papers write it)."""
    if _VIETNAMESE_LETTER.search(name):
        return True
    words = name.split()
    return len(words) >= 2 and all(_VIETNAMESE_SYLLABLE.fullmatch(_unmarked(w)) for w in words)


@lru_cache(maxsize=1 << 14)
def _syllabic_key(word: str, vietnamese: bool) -> str:
    """A South-East Asian name word's key across its Latin romanisation and its Russian practical
    transcription (Palladius-like: Sonexay, Сонсай: sonsai; Chính, Тинь: tin; Charnvirakul, Чанвиракун:
    hanvirakun). `vietnamese`: the Latin word is read by Vietnamese spelling (its name writes a letter only
    Vietnamese has), so its initial and its ư are read as Russian transcribes them (ư is ы)."""
    low = word.lower()
    if vietnamese and _is_latin(word):
        low = _VIETNAMESE_INITIAL.sub(lambda m: _VIETNAMESE_INITIALS[m[0]], low.replace("ư", "y"))
    # (French-style Lao spellings write у as ou: Bounxay, Бунсай.)
    s = _SYLLABIC_DROPS.sub("", fold(low).replace("ou", "u").translate(_SYLLABIC_SPELLINGS))
    return _DOUBLED.sub(r"\1", s[:-1] + "n" if s.endswith("l") else s)


def _same_syllabic(a: str, b: str) -> bool:
    """A Latin and a Cyrillic form of one South-East Asian name of two words or more (Phạm Minh Chính, Фам
    Минь Тинь; Sonexay Siphandone, Сонсай Сипхандон): every word's _script_key or _syllabic_key agrees, one
    word for one word. The transcription keys are loose (vowels between consonants dropped), so a single word,
    or names of different lengths, never match this way."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb):
        return False
    # (A name that only looks Vietnamese, Pinyin's Hu Chun, is read as it is spelt too.)
    vietnamese = _vietnamese_name(a)
    return all(_script_key(x) == _script_key(y) or (key := _syllabic_key(y, False)) == _syllabic_key(x, False)
               or (vietnamese and key == _syllabic_key(x, True)) for x, y in zip(wa, wb))


def _same_across_scripts(a: str, b: str) -> bool:
    """A Cyrillic and a Latin form of one name: the family names' keys agree, and the first given names' where
    both forms have one (Володимир Зеленський, Volodymyr Zelensky; never Олена Зеленська and Olha Zelenska)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or _is_latin(a) == _is_latin(b):
        return False
    if not _is_latin(a):
        a, b, wa, wb = b, a, wb, wa
    if _same_syllabic(a, b):
        return True
    if len(wa) == len(wb) == 2 and all(w[-1:] in _GENITIVE_ENDS and len(w) > 3 for w in wb) and _same_across_scripts(
            a, " ".join(w[:-1] for w in wb)):
        # "принял канцлера Германии Фридриха Мерца": a man's given name and surname both in the genitive or
        # accusative (-а, -я) where the Latin form has no such ending (Friedrich Merz). (A woman's Latin name keeps
        # its -a: Olena Zelenska, Олена Зеленська, agree as written.)
        return True
    ga, gb = _script_key(wa[0]), _script_key(wb[0])
    # (The Latin form's j read as ж too: Yerlan Akkenjenov, Ерлан Аккенженов; see _script_keys.)
    if gb in _script_keys(wa[0]):
        ga = gb
    if (_script_key(surname(b)) not in _script_keys(surname(a))
            and not _latvianised(surname(a), surname(b))):
        # (Only a full name whose given names agree: the surnames alone differ too much to stand for one person.)
        return (len(wa) > 1 and len(wb) > 1 and (ga == gb or _same_consonants(ga, gb))
                and _belarusian_surname(_script_key(surname(a)), _script_key(surname(b))))
    return len(wa) == 1 or len(wb) == 1 or ga == gb or _latvianised(wa[0], wb[0]) or _same_consonants(ga, gb)


same_across_scripts = _same_across_scripts
# The endings a Russian or Ukrainian man's name takes in the genitive and accusative (Фридриха Мерца, Сергея Лаврова).
_GENITIVE_ENDS = frozenset("ая")


def _belarusian_surname(latin: str, cyrillic: str) -> bool:
    """A Belarusian surname's Latin key and a Russian form's key (Ryžankou, Рыженков): Belarusian -оў is -ou in
    Latin where Russian writes -ов, and Belarusian spells one unstressed vowel otherwise (а for е, о: akanye).
    The stems before the endings agree but for at most one vowel; Ivanou and Иванова (another ending) stay two."""
    if not (latin.endswith("ou") and cyrillic.endswith("ov") and len(latin) == len(cyrillic) >= 6):
        return False
    diff = [(x, y) for x, y in zip(latin[:-2], cyrillic[:-2]) if x != y]
    return len(diff) <= 1 and all(x in "aeo" and y in "aeo" for x, y in diff)


def _same_consonants(a: str, b: str) -> bool:
    """Two given-name keys that differ only in vowels, with one first letter: Belarusian spells unstressed e as
    я (Аляксандр, Aleksandr). The first and last letters agree, so Ivan and Ivana (Иван, Ivana) stay two."""
    return len(a) >= 4 and a[0] == b[0] and a[-1] == b[-1] and _VOWELLESS.sub("", a) == _VOWELLESS.sub("", b)


_VOWELLESS = re.compile("[aeiouy]")


def _latvianised(latin: str, cyrillic: str) -> bool:
    """A Latvian or Lithuanian spelling of a name word another script or language writes without its
    nominative ending, ш or sh written š (Pašinjans, Пашинян, Pashinyan; Nikols, Никол): the keys agree with
    the ending cut and sh read as s."""
    key, other = _latin_key(latin), _latin_key(cyrillic)
    # (key is other and one ending: what any(key.endswith(e) and key[:-len(e)] == other) asked, in one look-up.)
    return len(other) >= 4 and key.startswith(other) and key[len(other):] in _BALTIC_ENDING_SET


def _baltic_respelling(latin: str, others: Sequence[str]) -> bool:
    """Whether a Latin form's surname is another script's surname with a Latvian or Lithuanian nominative
    ending added (Simonyanas, Сіманян; Pašinjans, Пашинян), its vowels aside: not Budrys beside Будрыс, which
    ends so in both."""
    key = _latin_key(surname(latin))
    for other in others:
        plain = _latin_key(surname(other))
        if len(plain) >= 4 and any(key.endswith(e) and not plain.endswith(e) and key[:-len(e)].endswith(plain[-2:])
                                   for e in _BALTIC_ENDING_SET):
            return True
    return False


# Nominative endings a language adds to a foreign name (Latvian, Lithuanian), as _latin_key() writes them.
_BALTIC_ENDING_SET = frozenset(_name_cases("foreign"))


# Latin letters one sound is written with in different languages' transliterations, before fold(): Slavic dž is
# English dzh (fold() then makes both a y, as it makes j one), Czech č is English ch (fold() makes ch an h, as it
# makes Polish cz one).
_LATIN_LETTERS = (("dž", "dzh"), ("č", "ch"))
_VOWELS = frozenset("aeiou")
# How many vowels two transliterations of one given name may differ by (Turkish Şevket, Uzbek Shavkat).
VOWEL_SHIFTS = 2


@lru_cache(maxsize=1 << 14)
def _latin_key(word: str) -> str:
    """A Latin name word's key across languages' transliterations: _script_key() with sh as s, so English sh,
    Polish sz, Hungarian s, Czech š and Turkish ş agree (Shavkat, Savkat, Šavkat; fold() makes Hungarian sz, an
    s, and Polish sz an sh), j and y agree already (Mirzijojev, Mirziyoyev; -ow and -ov, ö and o too)."""
    low = word.lower()
    for a, b in _LATIN_LETTERS:
        low = low.replace(a, b)
    return _script_key(low).replace("sh", "s")


def _vowel_shifted(a: str, b: str) -> bool:
    """Two keys of one length that differ only in at most VOWEL_SHIFTS vowels inside the word (Şevket and
    Shavkat: sevket, savkat); the first and last letters agree, so Carlo and Carla, Ivan and Ivana stay two."""
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    shifts = [(x, y) for x, y in zip(a, b) if x != y]
    return len(shifts) <= VOWEL_SHIFTS and all(x in _VOWELS and y in _VOWELS for x, y in shifts)


def _same_transliterated(a: str, b: str) -> bool:
    """Two Latin transliterations of one foreign name in two languages' conventions (Hungarian Savkat
    Mirzijojev, Turkish Şevket Mirziyoyev, English Shavkat Mirziyoyev): the family names' keys agree, and the
    first given names' keys agree or differ in a vowel or two where both forms have one."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or not _is_latin(a) or not _is_latin(b):
        return False
    # A South-East Asian name in Armenian or Georgian letters, which transcribe it as Russian does (Լե Հոայ Չունգ,
    # Lê Hoài Trung, as Ле Хоай Чунг): read as _same_across_scripts reads a Cyrillic one.
    scripts = (_script_of(a), _script_of(b))
    if scripts[0] != scripts[1] and "LATIN" in scripts:
        latin, other = (a, b) if scripts[0] == "LATIN" else (b, a)
        if _same_syllabic(latin, other):
            return True
    last = _latin_key(surname(a))
    # (Latvian adds a nominative ending to a foreign name: Pašinjans beside Pashinyan, either way round.)
    if len(last) < 4 or (last != _latin_key(surname(b)) and not _latvianised(surname(a), surname(b))
                         and not _latvianised(surname(b), surname(a))):
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    ga, gb = _latin_key(wa[0]), _latin_key(wb[0])
    # Or one letter apart inside the word or one letter before it, the last letters alike: Hungarian spells j
    # as dzs and kh as k (Dzsejhun, Ceyhun: dseihun, seihun; Baktyijor, Baxtiyor: baktior, bahtior); a gender's
    # ending (Ivan, Ivana) or another first letter (Oleksii, Aleksy) stays two people.
    return (ga == gb or _vowel_shifted(ga, gb) or _latvianised(wa[0], wb[0]) or _latvianised(wb[0], wa[0])
            or (min(len(ga), len(gb)) >= 5 and ga[-1] == gb[-1] and (ga[0] == gb[0] or len(ga) != len(gb))
                and _one_edit(ga, gb)))


# How Greek spells sounds it has no letter for, and the Latin spellings of those sounds, after fold(), each side
# made alike: Greek writes u as ου, b as μπ, d as ντ and g as γκ or γγ (Σεγκούρο, Seguro; Σαρντίνια, Sardinha),
# and the same groups also stand for mb, nd/nt and ng (Αντόνιο, António: nt and nd are read as d on both sides);
# Romance gu and qu before e or i are a g and a k (Miguel, Μιγκέλ), Portuguese nh and lh a ni and a li.
_GREEK_SOUNDS = (("ou", "u"), ("gk", "g"), ("gg", "g"), ("mp", "b"), ("mb", "b"), ("nt", "d"), ("nd", "d"),
                 ("nh", "ni"), ("lh", "li"))
_ROMANCE_GU = re.compile(r"(?<=[gq])u(?=[ei])")
# Greek γι before a vowel, one sound (y), at a word's start.
_GREEK_YOD = re.compile(r"^[Γγ][ιί](?=[αάεέηήοόωώυύ])")


@lru_cache(maxsize=1 << 14)
def _greek_key(word: str) -> str:
    """A name word's key across Greek and Latin spellings: _latin_key() of fold() with the sounds Greek spells by
    two letters written alike (Σεγκούρο, Seguro: seguro; Μιγκέλ, Miguel: mihel)."""
    s = _ROMANCE_GU.sub("", fold(word))
    for a, b in _GREEK_SOUNDS:
        s = s.replace(a, b)
    return _latin_key(s)


# Greek γ before a front vowel is a y sound, and γι before a vowel one y: Greek spells a foreign y so (Γερλίκαγια,
# Yerlikaya; Γιλντιρίμ, Yıldırım), where its own names keep the g their press writes (Γεραπετρίτης, Gerapetritis).
_GREEK_Y = re.compile("γ[ιί](?=[αάεέηήοόωώυύ])|γ(?=[εέηήιίυύ]|[αοε][ιί])")


@lru_cache(maxsize=1 << 14)
def _greek_keys(word: str) -> frozenset[str]:
    """_greek_key() of the word, and of its Greek γ read as a y before a front vowel (see _GREEK_Y): either may be
    how a Latin form spells the name."""
    low = word.lower()
    return frozenset({_greek_key(word), _greek_key(_GREEK_Y.sub("y", low))}) if _GREEK.search(low) else frozenset(
        {_greek_key(word)})


def _same_in_greek(a: str, b: str) -> bool:
    """A Greek and a Latin form of one name (Νούνο Μέλο, Nuno Melo; Μιγκέλ Σαρντίνια, Miguel Sardinha): the
    family names' Greek keys agree, and the first given names' where both forms have one. fold() reads Greek
    letter by letter, which is enough for Greek names (Δένδιας, Dendias), not for foreign names in Greek."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or bool(_GREEK.search(a)) == bool(_GREEK.search(b)):
        return False
    last = _greek_keys(surname(a)) & _greek_keys(surname(b))
    if not last or max(map(len, last)) < 3:
        return False
    if len(wa) == 1 or len(wb) == 1 or not _greek_keys(wa[0]).isdisjoint(_greek_keys(wb[0])):
        return True
    # Cyrillic writes Greek γι before a vowel as й (Γιώργος, Йоргος; Γιάννης, Янис): read so beside a Cyrillic form.
    if _CYRILLIC.search(a + b) and _greek_key(_GREEK_YOD.sub("ι", wa[0])) == _greek_key(_GREEK_YOD.sub("ι", wb[0])):
        return True
    # A shorter form that is the longer one's last words ("Vaz Antunes", two surnames, beside "Πέδρο Βας Αντούνες").
    short, full = sorted((wa, wb), key=len)
    return len(short) < len(full) and list(map(_greek_key, short)) == list(map(_greek_key, full[-len(short):]))


# Scripts whose names meet their Latin and Cyrillic forms only by their consonants (_bridge_key): Han, whose
# characters are read by pinyin.txt, Arabic, which writes no short vowels (arabic.txt), Hangul, read by
# hangul.py (Korean spells Trump 트럼프, teureompeu: its added vowels fall away with the others), and katakana,
# read by kana.py (テオドロ, teodoro); Tamil, which writes one letter for t and d, k and g, p and b (tamil.txt:
# திசாநாயக்க, tisanaykk, is Dissanayake by its consonant classes alone).
_BRIDGED = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u0600-\u06ff\uac00-\ud7a3\u30a1-\u30fa\u0b80-\u0bff]")
# Devanagari and Hebrew, each a side of its own: their letters fold to Latin ones (data/devanagari.txt,
# hebrew.txt), which meet an English or German spelling's only where it writes the sound as they do; Dichter's ch
# is their k (डिक्टर, דיכטר: diktr, dihter; Hebrew writes a b for v too: אבי, abi), so their consonant skeletons
# meet the Latin and Cyrillic forms' and one another's as the Han and Arabic side's do (शहबाज़ शरीफ़, شہباز شریف).
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KATAKANA = re.compile("[\u30a1-\u30fa]")
# Hebrew spells a foreign name's sounds its letters lack with a geresh (ʹ, as the pipeline types it) or a doubled
# vav: ג׳ j, ז׳ zh, צ׳ ch, ת׳ th, וו v (שיוואראג׳ סינג צ׳והאן, Shivraj Singh Chouhan), which the letter table,
# one letter at a time, reads as g, z, ts, t and a vowel. (צʹ as tsh: a ch before a consonant is a k, see _HARD_CH,
# and Hebrew writes no vowel after it in צʹרלס, Charles.)
_HEBREW_DIGRAPH_SOUNDS = {"גʹ": "dj", "זʹ": "zh", "צʹ": "tsh", "תʹ": "th", "וו": "v"}
_HEBREW_DIGRAPHS = re.compile("|".join(_HEBREW_DIGRAPH_SOUNDS))
# The Arabic article written before a name word: ال, or al-, el-, ash-... in Latin (al-Sudani, as-Sisi); the
# other form of the name may drop it (Sudani), so a key never counts it.
_ARTICLE = re.compile(r"^(?:ال|[ae][lsdtnrz]h?-)")
_ARTICLE_WORDS = frozenset({"al", "el", "آل", "ال"})
# Latin "Abdel", "Abdul" (عبد ال-, servant of the ...) glue the next word's article, which the Arabic word after
# عبد writes and loses above: Abdel Fattah, عبد الفتاح.
_ABD_ARTICLE = re.compile(r"^abd[aeiu]l-?")
# Arabic-script و is a vowel (u, o: بوتين) or the consonant w, v; before a long vowel's letter it is mostly the
# consonant (موینی, Mwinyi; نواز, Nawaz; نوید, Navid), yet a foreign "ua" is written so too (سواريز, Suárez):
# a name with one has this second reading beside the plain one (see _waw_words).
_CONSONANT_WAW = re.compile("و(?=[اآیيى])")
# Letter groups one sound is spelt by in transliterations, after the pinyin or the table's Latin letters:
# German dsch and tsch, English sh, ch, zh, dzh, pinyin zh ch sh, Cyrillic ts; kh and gh a k; ph an f; th and dh
# a t; a final or medial ng (pinyin ping, Palladius пин) an n.
# A ch before a consonant, not in sch, is a k sound in any Latin spelling (Dichter, Albrecht, Christos).
_HARD_CH = re.compile("(?<!s)ch(?=[bcdfgjklmnpqrstvwxz])")
_BRIDGE_GROUPS = (("dsch", "s"), ("tsch", "s"), ("sch", "s"), ("dzh", "s"), ("dj", "s"), ("zh", "s"),
                  ("ch", "s"), ("sh", "s"), ("kh", "k"), ("gh", "k"), ("ph", "p"), ("th", "t"), ("dh", "t"),
                  ("ts", "s"), ("tz", "s"), ("ck", "k"), ("ng", "n"))
# Latin c before e, i, y is an s (Cyril, 西里尔 xi li er), else a k.
_SOFT_C = re.compile("c(?=[eiy])")
# A Latin x after a letter is a k and an s (Alexei, Алексей, الکسی; Max, 马克斯), one opening a word an s (Xavier,
# Ximena; pinyin's x is read before, see _PINYIN_SOUNDS).
_INNER_X = re.compile(r"(?<=\w)x")
# English dg before e, i, y or a consonant is a j (Hodgson, ホジソン ho ji so n; Rodgers; Ходжсон), else a d and a
# g (Edgar).
_SOFT_DG = re.compile("dg(?=[eiy]|[^aou]|$)")
# Consonant classes transcriptions confuse: Xinhua spells r as l, v and w as f or w (韦 wei), Arabic has no p
# and Russian no h (Хамад, حمد, Hamad); vowels, y and any other letter or mark are dropped (_NOT_CLASS).
_BRIDGE_CLASSES = str.maketrans({"b": "p", "f": "p", "v": "p", "w": "p", "d": "t", "g": "k", "q": "k", "h": "k",
                                 "c": "k", "z": "s", "x": "s", "j": "s", "r": "l"})
_NOT_CLASS = re.compile("[^ptkslmn]")
# Pinyin letters whose sound Latin spellings of other languages write otherwise: q, x, j and c are
# sibilants (Palladius цз, ц, с), r before a vowel or at the end a liquid (尔 er).
_PINYIN_SOUNDS = str.maketrans({"q": "s", "x": "s", "j": "s", "c": "s", "r": "l"})


def _char_readings(name: str) -> dict[str, str]:
    """A data file of Han characters, one a line with its reading after a space: character -> reading."""
    table: dict[str, str] = {}
    for line in resources.files("digest.data").joinpath(name).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            char, _, reading = line.partition(" ")
            table[char] = reading
    return table


@cache
def _pinyin() -> dict[str, str]:
    """pinyin.txt: a Simplified Han character -> its reading."""
    return _char_readings("pinyin.txt")


def _han_reading(word: str) -> str | None:
    """A Han word's pinyin, syllables joined (习近平: xijinping; Traditional characters read as Simplified);
    None when a character is not in pinyin.txt or the word is not all Han."""
    readings = _pinyin()
    out = [readings.get(c) for c in fold(word)]
    return None if not out or None in out else "".join(out)  # type: ignore[arg-type]


@cache
def _han_viet() -> dict[str, str]:
    """hanviet.txt: a Simplified Han character -> its Sino-Vietnamese reading, without its marks (đ as d)."""
    return {char: _unmarked(reading.replace("đ", "d")) for char, reading in _char_readings("hanviet.txt").items()}


# A Vietnamese name written in Latin letters: two to four syllables, each a word of letters alone (Bùi Thanh Sơn).
_VIET_SYLLABLES = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,3}")


def han_viet_key(name: str) -> str:
    """A key a Vietnamese name shares with its Han characters read the Sino-Vietnamese way (裴青山, Bùi Thanh Sơn:
    "ʋbui-son"), its family name and last given syllable, which Vietnamese names a person by; "" for any other form.
    A middle syllable is left out: a character of several readings has one in hanviet.txt (鄭柵潔 reads trinh sach
    khiet, the press writes Trịnh San Khiết)."""
    if _HAN_CHAR.search(name):
        if not 2 <= len(name) <= 4 or not all(map(_HAN_CHAR.match, name)):
            return ""
        readings = [_han_viet().get(c) for c in fold(name)]
        return "" if None in readings else f"ʋ{readings[0]}-{readings[-1]}"
    if not _VIET_SYLLABLES.fullmatch(name):
        return ""
    words = _unmarked(name.replace("đ", "d").replace("Đ", "D")).lower().split()
    return f"ʋ{words[0]}-{words[-1]}" if all(w.isascii() for w in words) else ""


def _bridge_skeleton(latin: str) -> str:
    """The consonant classes of a Latin spelling, doubled ones once (Ramaphosa: lmps)."""
    # (Palladius writes pinyin zh as чж, read chzh: Чжан is Zhang, its ch no k before the z.)
    s = _INNER_X.sub("ks", _SOFT_C.sub("s", _HARD_CH.sub("k", _SOFT_DG.sub("j", latin.replace("chzh", "zh")))))
    for a, b in _BRIDGE_GROUPS:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", _NOT_CLASS.sub("", s.translate(_BRIDGE_CLASSES)))


@lru_cache(maxsize=1 << 14)
def _bridge_words(name: str, japanese: bool = False, article: bool = False) -> tuple[str, ...]:
    """A name's words as consonant skeletons, comparable across Han, Arabic, Cyrillic and Latin
    (西里尔·拉马福萨, Cyril Ramaphosa: sl, lmps; محمد السوداني, Mohammed al-Sudani: mkmt, stn): the Arabic
    article left out, a Han word read by pinyin, a katakana one by kana.py. Empty when a Han character has no
    reading. `japanese`: a Han word read instead as the Japanese family name it opens with (小泉進次郎: ksm), its
    given name unread, and a katakana word by kana.txt's second readings (ビジャロボス as Spanish ll,
    Villalobos: plps); empty when neither reads a word otherwise (a Chinese name keeps its pinyin reading).
    `article`: an Arabic-script word's opening ال read as its letters (see _ARTICLE_LETTERS)."""
    out: list[str] = []
    read_japanese = False
    for word in name_words(name):
        if word.lower() in _ARTICLE_WORDS:
            continue
        word = word.lower() if article and word.startswith("ال") else _ABD_ARTICLE.sub("abd", _ARTICLE.sub("", word.lower()))
        if japanese and _HAN_CHAR.search(word) and (family := kana.family_name(word)) is not None:
            latin, read_japanese = family, True
            # (Its given name too when listed, put first as the Latin press writes it: 小野田紀美, Kimi Onoda, so that
            # the whole skeletons meet and another given name of the same family name does not.)
            given = kana.given_name(word[len(kana.family_kanji(word) or ""):])
            if given is not None:
                out.append(_bridge_skeleton(given))
        elif japanese and read_japanese and _HAN_CHAR.search(word) and (given := kana.given_name(word)) is not None:
            # (A given name written apart, 小野田 紀美: after the family name in Japanese, before it in Latin.)
            out.insert(len(out) - 1, _bridge_skeleton(given))
            continue
        elif _HAN_CHAR.search(word):
            reading = _han_reading(word)
            if reading is None:
                return ()
            latin = reading.replace("zh", "j").replace("ch", "j").replace("sh", "x").translate(_PINYIN_SOUNDS)
        elif hangul.HANGUL_RUN.search(word):
            latin = hangul.romanised(word)
        elif kana.KATAKANA_RUN.search(word):
            latin = kana.romanised(word, japanese)
            read_japanese |= japanese and kana.has_second_reading(word)
        else:
            if _HEBREW.search(word):
                word = _HEBREW_DIGRAPHS.sub(lambda m: _HEBREW_DIGRAPH_SOUNDS[m.group()], word)
            elif _THAI_SPELT.search(word):
                # (Read as heard, as fold() reads it: ธรรมนัส is Thamanat's tmnt, not its letters' tlmns.)
                word = thai_sounds(word)
            # (fold() reads Cyrillic and Arabic letters by the tables, but its own digraphs, j as y and kh as h,
            # would lose what the classes above keep: only the letters are read here.)
            latin = _unmarked(data.read_dotted(word, *data.SCRIPT_FILES).translate(_cyrillic()))
        out.append(_bridge_skeleton(latin))
    if japanese and not read_japanese:
        return ()
    return tuple(w for w in out if w)


def _waw_words(name: str) -> tuple[str, ...]:
    """_bridge_words of an Arabic-script name with its و before a long vowel's letter read as the consonant w
    (موینی: mpn, Mwinyi), its second reading; empty when it has no such و."""
    if not _CONSONANT_WAW.search(name):
        return ()
    return _bridge_words(_CONSONANT_WAW.sub("w", name))


# Korean and Japanese transcribe an Arabic name's article glued to the next word (알자베르, アルジャベル: Al Jaber,
# 알사니 Al Thani), which the Latin form writes apart and _ARTICLE drops; yet 알 and アル open other names too
# (알렉산드르 Aleksandr, アルベルト Alberto): a word of three syllables or more opening with one has a second
# reading without it.
_GLUED_ARTICLE = re.compile(r"(?<!\w)(?:알(?=[\uac00-\ud7a3]{2})|アル[=＝・]?(?=[\u30a1-\u30fa]{2}))")


def _article_words(name: str) -> tuple[str, ...]:
    """_bridge_words of a Hangul or katakana name with the Arabic article glued to a word left out (see
    _GLUED_ARTICLE); empty when it has none."""
    if not _GLUED_ARTICLE.search(name):
        return ()
    return _bridge_words(_GLUED_ARTICLE.sub("", name))


# An Arabic-script word opening with ال and two letters more: the article before an Arabic name (السوداني), or a
# foreign name's own al- (Persian الکسی, Aleksei; البرت, Albert), read so as a second reading.
_ARTICLE_LETTERS = re.compile(r"(?<!\w)ال(?=\w\w)")


def _article_letter_words(name: str) -> tuple[str, ...]:
    """_bridge_words of an Arabic-script name with a word's opening ال read as its letters (see _ARTICLE_LETTERS);
    empty when it has none."""
    if not _ARTICLE_LETTERS.search(name):
        return ()
    return _bridge_words(name, article=True)


def _second_readings(name: str) -> tuple[tuple[str, ...], ...]:
    """A name's readings besides _bridge_words' plain one: its Japanese reading, its consonant و's, its glued
    article left out, its opening ال read as letters."""
    return tuple(r for r in (_bridge_words(name, True), _waw_words(name), _article_words(name),
                             _article_letter_words(name)) if r)


def _bridge_whole(words: Sequence[str]) -> str:
    """A whole name's skeleton: its words' run together, doubled consonants once across them too."""
    return _DOUBLED.sub(r"\1", "".join(words))


def bridge_skeleton(name: str) -> str:
    """A name's (or one name word's) whole consonant skeleton across Hangul, Han, Arabic, Cyrillic, Greek and Latin
    (아락치, عراقچی, Araghchi: lks; 조현, Cho Hyun: skn): the key visits compare a person by across scripts, as
    _same_bridged does here, so that both read a name one way."""
    return _bridge_whole(_bridge_words(name))


def bridge_skeletons(name: str) -> tuple[str, ...]:
    """bridge_skeleton(name), and the skeletons of its second readings (_second_readings): a Japanese name's Japanese
    reading (see _bridge_words: a kanji name's family name, 小泉: sn by pinyin, ksm as Koizumi; a katakana one's
    second readings, ビジャロボス: pslps, plps as Villalobos), an Arabic-script name's consonant و (موینی: mn, mpn),
    which _same_bridged compares too; and the key a Latin name with an r katakana leaves unsaid shares with the
    katakana spelling (_silent_r_key)."""
    viet = han_viet_key(name)
    silent = _silent_r_key(name)
    return (bridge_skeleton(name), *map(_bridge_whole, _second_readings(name)), *((viet,) if viet else ()),
            *((silent,) if silent else ()))


# Japanese writes an r that closes a syllable as a long vowel (Bär ベーア, Parker パーカー, Schröder シュレーダー):
# a Latin name's r before no vowel may be silent in its katakana form.
_SILENT_R = re.compile("r(?![aeiouyäöüéèáíóú])")
# The tag of a silent-r key: it meets katakana alone, never another script's form missing an r.
_SILENT_R_TAG = "ʀ"


def _silent_r_key(name: str) -> str:
    """A tagged whole skeleton for the katakana bridge: a katakana name's plain one, a Latin name's with its r
    before no vowel left out (Dorothee Bär: tltp, as ドロテー・ベーア reads); "" for other names, a Latin one with no
    such r, or too few consonants."""
    if _KATAKANA.search(name) and not _HAN_CHAR.search(name):
        whole = bridge_skeleton(name)
    elif _bridge_side(name) == "L" and _SILENT_R.search(name.lower()):
        whole = _bridge_whole(_bridge_words(_SILENT_R.sub("", name.lower())))
    else:
        return ""
    return _SILENT_R_TAG + whole if len(whole) >= BRIDGE_MIN else ""


# Fewest consonants a lone word's skeleton, or a whole name's, needs to stand for a person across scripts:
# two (Saied: st) would join too many names.
BRIDGE_MIN = 3


def _compatible_given(a: str, b: str) -> bool:
    """Given names' skeletons that agree, or one holds the other's consonants in order with the same first
    one: Xinhua spells a cluster by fewer characters (Ronald, 罗纳德: lnlt, lnt) and Arabic names in Han take an
    n more (穆罕默德, Мухаммед: mknmt, mkmt); or they differ only by their last consonant after three that agree:
    a word-final sound the transcriptions hear apart (German ch: Friedrich pltls, 프리드리히 and Фридрих pltlk)."""
    if a == b or (len(a) == len(b) > 3 and a[:-1] == b[:-1]):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 2 and long == "l" + short:
        return True  # a given name opening with Al, its letters read as the Arabic article (الکسی, Alexei: ks, lks)
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def _bridge_side(name: str) -> str:
    """The side of the script bridge a name form stands on: "H" (Han, Arabic, Hangul, katakana, Tamil), "D"
    (Devanagari), "E" (Hebrew), "L" (Latin, Cyrillic, Greek). Forms of two sides are compared by their skeletons."""
    if _BRIDGED.search(name):
        return "H"
    return "D" if _DEVANAGARI.search(name) else "E" if _HEBREW.search(name) else "L"


def _same_bridged(a: str, b: str) -> bool:
    """A Han or Arabic form and a form in another script of one name (习近平, Xi Jinping, Си Цзиньпин;
    西里尔·拉马福萨, Cyril Ramaphosa; محمد شياع السوداني, Mohammed Shia al-Sudani): the whole names'
    consonant skeletons agree, or the family names' do and so do the given names where both have them (a
    lone family name needs BRIDGE_MIN consonants: محمد alone is never Mohammed Shia al-Sudani). A Chinese
    name in pinyin meets its characters whole (王毅, Wang Yi). A Japanese name in kanji is read by its family name
    too (小泉, 小泉進次郎: Koizumi), its characters' pinyin saying nothing of how Japanese says them."""
    if _bridge_side(a) == _bridge_side(b):
        return False
    if _bridged_whole(a, b) or (viet := han_viet_key(a)) and viet == han_viet_key(b):
        return True
    plain = (_bridge_words(a), _bridge_words(b))
    if any(len(w) == 1 and len(o) > 1 and _KATAKANA.search(n) and not _KATAKANA.search(m)
           for (w, m), (o, n) in (((plain[0], a), (plain[1], b)), ((plain[1], b), (plain[0], a)))):
        # Katakana spells a foreign name by syllables (ホジソン reads k-s-n, Hodgson k-t-k-s-n): a lone word of
        # another script (a company, "Gasunie": k-s-n) meets a katakana name written whole by its consonants only
        # by chance. (A lone katakana family name still meets the whole Latin name: ビジャロボス, Villalobos.)
        return False
    if _same_bridged_words(*plain):
        return True
    if (silent := _silent_r_key(a)) and silent == _silent_r_key(b):
        return True  # Dorothee Bär, ドロテー・ベーア (see _SILENT_R)
    # (A second reading meets the other form's plain one or its own second reading: only one side is Arabic.)
    seconds = (_second_readings(a) or (plain[0],), _second_readings(b) or (plain[1],))
    # (A kanji name's Japanese reading comes from kana.txt's lists, not from sounds heard: its given name is the
    # one spelling Hepburn gives, and a given name of other consonants is another person: 佐藤恵子 is no Kimi Sato.)
    kanji = tuple(_bridge_words(n, True) if _HAN_CHAR.search(n) else () for n in (a, b))
    return any(_same_bridged_words(x, y, (x == kanji[0] or y == kanji[1]))
               for x in seconds[0] for y in seconds[1] if (x, y) != plain)


def _same_bridged_words(wa: tuple[str, ...], wb: tuple[str, ...], exact_given: bool = False) -> bool:
    """_same_bridged's test of two names' word skeletons: the family names' agree, and so do the given names
    where both have them (`exact_given`: the same consonants, not only _compatible_given's near ones)."""
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    if len(wa) > 1 and len(wb) > 1:
        given = ("".join(wa[:-1]), "".join(wb[:-1]))
        near = given[0] == given[1] if exact_given else _compatible_given(*given)
        return len(wa[-1]) + len(wa[0]) >= BRIDGE_MIN and near
    return len(wa[-1]) >= BRIDGE_MIN


def _bridged_whole(a: str, b: str) -> bool:
    """A Han or Arabic form and another script's form that agree whole, not by a family name alone: the whole
    skeletons (BRIDGE_MIN consonants at least), or a Chinese name's pinyin (习近平, Xi Jinping)."""
    if _bridge_side(a) == _bridge_side(b):
        return False
    if _BRIDGED.search(b):
        a, b = b, a
    if _HAN_CHAR.search(a) and len(a) >= 2 and b.isascii() and (reading := _han_reading(a)) is not None:
        if reading == "".join(c for c in b.lower() if c.isalpha()):
            return True
    whole = _bridge_whole(_bridge_words(a))
    return len(whole) >= BRIDGE_MIN and whole == _bridge_whole(_bridge_words(b))


def _bridge_keys(name: str, indexed: bool) -> tuple[str, ...]:
    """Index keys that bring a Han or Arabic form and a Latin or Cyrillic one together for _same_bridged (their
    whole skeleton, their family name's, a Chinese name's pinyin), tagged by side so that two Latin names never
    meet by them: a name is `indexed` under its own side's tag and looked up under the other's."""
    side = _bridge_side(name)
    bridged = side == "H"
    # (Indexed under its own side's tag, looked up under the other sides'.)
    tags = ["ʃ" + side] if indexed else ["ʃ" + t for t in "HDEL" if t != side]
    words = _bridge_words(name)
    keys = [t + k for t in tags for k in (_bridge_whole(words), words[-1])] if words else []
    # (A kanji name's Japanese family name too, which _same_bridged reads: 小泉 by Koizumi's ksm; an Arabic one's
    # with its consonant و, موینی by Mwinyi's mpn.)
    if bridged:
        keys.extend(t + second[-1] for second in _second_readings(name) for t in tags)
    reading = _han_reading(name) if bridged and _HAN_CHAR.search(name) else None
    # (The letters' key only between a Han name's pinyin and a Latin or Cyrillic form.)
    if reading or side == "L":
        tag = "ʃH" if side == "L" and not indexed else "ʃL" if bridged and not indexed else "ʃ" + side
        keys.append(tag + "p" + (reading or "".join(c for c in name.lower() if c.isalpha())))
    # (A Han name's Sino-Vietnamese reading and a Vietnamese spelling: see han_viet_key.)
    if viet := han_viet_key(name):
        keys.extend(t + viet for t in tags)
    if silent := _silent_r_key(name):
        keys.extend(t + silent for t in tags)
    return tuple(keys)


def one_person(a: str, b: str) -> bool:
    """Two name forms build_speakers takes for one speaker: one script's variants (same_person), one
    name in two scripts (Ильхам Алиев, Ilham Aliyev; Νούνο Μέλο, Nuno Melo; 习近平, Xi Jinping) or in two
    languages' Latin transliterations."""
    if (same_person(a, b) or _same_across_scripts(a, b) or _same_transliterated(a, b) or _same_in_greek(a, b)
            or _same_bridged(a, b) or _same_family_first(a, b)):
        return True
    # (Mongolian glues the initial of the father's name to the name: Г.Занданшатар is Gombojavyn Zandanshatar.)
    bare_a, bare_b = _GLUED_INITIAL.sub("", a), _GLUED_INITIAL.sub("", b)
    return (bare_a, bare_b) != (a, b) and bool(bare_a.strip()) and bool(bare_b.strip()) and one_person(bare_a, bare_b)


# An initial glued by its full stop before a name word: "Г.Занданшатар", "У.Хүрэлсүх".
_GLUED_INITIAL = re.compile(r"(?<!\S)\w\.(?=\w{2})")


def _same_family_first(a: str, b: str) -> bool:
    """Two forms of a name written family name first (family_first.txt), its given name's syllables joined by a
    hyphen, a space or nothing (Kim Min-seok, Kim Min Seok, Ким Мин Сок): the family names agree and so do the
    given names read as one word, as the same letters in one script, as the same consonants in two (the
    surname-last comparisons read Seok and Min-seok as two surnames, Сок and Min-seok as unrelated)."""
    wa, wb = a.split(), b.split()
    firsts = family_first()
    if len(wa) < 2 or len(wb) < 2 or wa[0] not in firsts or wb[0] not in firsts:
        return False
    ga, gb = fold("".join(wa[1:]).replace("-", "")), fold("".join(wb[1:]).replace("-", ""))
    if _is_latin(a) == _is_latin(b):
        return same_word(wa[0], wb[0]) and ga == gb
    return (_script_key(wa[0]) == _script_key(wb[0])
            and _same_consonants(_script_key(ga), _script_key(gb)))


@lru_cache(maxsize=1 << 14)
def _person_keys(name: str) -> frozenset[str]:
    """Keys of which two forms one_person() takes for one person share one: each word's _name_keys (its
    surname's and each part of a hyphenated word's too: same_person compares words, same_word their
    parts), the surname's _script_key (_same_across_scripts), and its _latin_key with a Baltic nominative
    ending cut or not (_same_transliterated, _latvianised). Empty for a name of no words."""
    words = name.split()
    if not words:
        return frozenset()
    last = surname(name)
    keys: set[str] = set()
    for w in {*words, last}:
        for part in {w, *w.split("-")}:
            keys.update(_name_keys(fold(part)))
    latin = _latin_key(last)
    keys.update("\0s" + key for key in _script_keys(last))
    keys.add("\0l" + latin)
    keys.update("\0l" + latin[: -len(e)] for e in _BALTIC_ENDING_SET if latin.endswith(e))
    keys.update("\0g" + key for key in _greek_keys(last))
    # (And its South-East Asian transcription key: Тинь and Chính share none of those, see _same_syllabic.)
    keys.update("\0y" + _syllabic_key(last, vietnamese) for vietnamese in {False, _is_latin(name) and _vietnamese_name(name)})
    return frozenset(keys)


def _may_be_one_person(a: str, b: str) -> bool:
    """False only where one_person(a, b) is: the two forms share none of their _person_keys (a name of no
    words is left to one_person)."""
    ka, kb = _person_keys(a), _person_keys(b)
    # (A Han or Arabic form and a Latin one share no letters' key: their consonant skeletons may meet.)
    return not ka or not kb or not ka.isdisjoint(kb) or _bridged_near(a, b)


def _bridged_near(a: str, b: str) -> bool:
    """A Han or Arabic form and one in another script that share a _bridge_keys key (False for two forms of
    one side: _same_bridged takes none of those)."""
    return (_bridge_side(a) != _bridge_side(b)
            and not set(_bridge_keys(a, True)).isdisjoint(_bridge_keys(b, False)))


class ShownNames:
    """The name build_speakers shows a person by, for any form of that person's name: built on a mapping
    of quoted forms (a visit's) to their display names."""

    def __init__(self, shown: Mapping[str, str]) -> None:
        self._shown = shown
        self._forms = list(shown)
        self._index: dict[str, list[int]] = defaultdict(list)
        for i, form in enumerate(self._forms):
            # (And its script bridge's: 习近平 is found by Xi Jinping's consonants, see _same_bridged.)
            for key in (*_group_keys(form), *_bridge_keys(form, True)):
                self._index[key].append(i)
        self._keys = [_person_keys(form) for form in self._forms]

    def __call__(self, name: str) -> str:
        """The display name of the first quoted form that is one person with `name`; else `name` itself (one
        never quoted keeps the form the caller chose)."""
        if name in self._shown:
            return self._shown[name]
        # Only forms sharing a key are compared, as build_speakers compares them: a visit of a thousand articles
        # names a thousand people, and one_person() on every pair cost seconds.
        near = sorted({i for key in (*_group_keys(name), *_bridge_keys(name, False)) for i in self._index.get(key, ())})
        # (A form sharing none of the name's _person_keys is no match: one_person() is not asked.)
        mine = _person_keys(name)
        return next((self._shown[self._forms[i]] for i in near
                     if (not mine or not self._keys[i] or not mine.isdisjoint(self._keys[i])
                         or _bridged_near(name, self._forms[i]))
                     and one_person(name, self._forms[i])), name)


# A Turkish or Finnish case suffix after an apostrophe (Mirziyoyev'in, Sulyok'un): not part of the spelling.
# The apostrophes that split a word into two of a paragraph's words (Hausa Jami'ar, Turkish Ankara'da).
_APOSTROPHES = ("'", "’")
_APOSTROPHE_SUFFIX = re.compile(r"['’]\w*$")
# The same suffix right after a name's end in the text (Purwagandhi'ye, Uraloğlu'nun).
_APOSTROPHE_CASE = re.compile(r"['’][^\W\d_]")
# The word right after a name, one space between (a title written after it: Ahsan İkbal Bey'e).
_WORD_AFTER = re.compile(r"[ \u00a0](\w+)")
# Letters and groups an English transliteration writes otherwise (y, v, sh, ch, zh, j, gy: Mirzijojev, Szaidov),
# and a letter beyond ASCII once accents are dropped (ł, ø; a mark alone, as in Şevket, reads as the plain letter).
_FOREIGN_SPELLING = re.compile(r"sz|cz|zs|cs|gy|[jwq]|[^\x00-\x7f]")


def _rule_for(name: str, rules: Sequence[SpeakerRule]) -> SpeakerRule | None:
    for rule in rules:
        if any(fold(name) == fold(f) or (len(f.split()) == 1 and same_word(surname(name), f))
               for f in (rule.name, *rule.aliases)):
            return rule
    return None


def _kept_apart(a: str, b: str, rules: Sequence[SpeakerRule]) -> bool:
    for rule in rules:
        for x, y in ((a, b), (b, a)):
            if _rule_for(x, [rule]) and any(fold(y) == fold(d) or same_person(y, d) for d in rule.distinct_from):
                return True
    return False


# How many letters a case ending adds to a name's word (Jaromírem, Zůnou), and the fewest letters of a word that
# trades its last vowel for one (Zůna).
_CASE_FORM_ENDING = 3
_CASE_FORM_STEM = 4


@cache
def _feminine_surname_endings() -> tuple[str, ...]:
    """Endings a language adds to a foreign woman's surname (data/any/feminine_surname_endings.txt: Czech -ová)."""
    return tuple(_entries("any", "feminine_surname_endings"))


def _case_word(word: str, base: str) -> bool:
    """`word` is `base` in another case or feminised: longer by an ending of up to _CASE_FORM_ENDING letters on it
    or on it less its last vowel (Jaromírem: Jaromír; Zůnou: Zůna), or its first part with a woman's surname ending
    (Yeşilgözová: Yeşilgöz-Zegerius). A nominative shorter than another case (Gitanas, Gitano) is left alone."""
    if len(base) < 3 or word == base:
        return False
    if word.startswith(base) and len(word) - len(base) <= _CASE_FORM_ENDING:
        return True
    if (len(word) > len(base) >= _CASE_FORM_STEM and base[-1].lower() in "aeiouyáéíóúůě"
            and word.startswith(base[:-1]) and len(word) - len(base) + 1 <= _CASE_FORM_ENDING):
        return True
    stem = base.split("-")[0]
    return len(stem) >= 3 and word.startswith(stem) and word[len(stem):].lower() in _feminine_surname_endings()


def _feminised(a: str, b: str) -> bool:
    """One name with the other's surname feminised (Dilan Yeşilgözová, Dilan Yeşilgöz-Zegerius): the same given
    names, and one surname the other's (first part) with a woman's surname ending, either way round."""
    aw, bw = a.split(), b.split()
    if len(aw) != len(bw) or len(aw) < 2 or aw[:-1] != bw[:-1]:
        return False
    endings = _feminine_surname_endings()
    return any(len(stem := y.split("-")[0]) >= 3 and x.startswith(stem) and x[len(stem):].lower() in endings
               for x, y in ((aw[-1], bw[-1]), (bw[-1], aw[-1])))


def case_forms(forms: Iterable[str]) -> dict[str, str]:
    """Each form that is another form in an oblique case or feminised, word by word (Jaromírem Zůnou: Jaromír
    Zůna), mapped to that form; a lone word to the surname of a full form it is a case of (Yeşilgözová:
    Yeşilgöz-Zegerius). A person has few forms: the pairs are few."""
    names = list(forms)
    out: dict[str, str] = {}
    for f in names:
        fw = f.split()
        for g in names:
            gw = g.split()
            if g == f:
                continue
            if len(fw) == len(gw) and all(a == b or _case_word(a, b) for a, b in zip(fw, gw)):
                out[f] = g
                break
            if len(fw) == 1 and len(gw) > 1 and _case_word(f, gw[-1]):
                out[f] = gw[-1]
                break
    return out


@cache
def name_letters(lang: str) -> dict[int, str | None]:
    """A Latin-script language's name_letters.txt as a translate() table: the letters it spells its names with that
    the other languages' Latin spellings write otherwise (Somali x for ħ, c for ʕ: Maxamuud, Cabdi, where English
    and French write Mohamud, Abdi); empty for a language without the file."""
    table: dict[int, str | None] = {}
    for line in data.sections("name_letters.txt", lang).get("", ()):
        letter, _, latin = line.partition(" ")
        table[ord(letter)], table[ord(letter.upper())] = latin or None, latin.capitalize() or None
    return table


def _respelt_names(quotes: Sequence[Quote], lang_of: Mapping[str, str | None]) -> dict[str, str]:
    """Each speaker's name quoted in an article whose language has name letters (name_letters), respelt as the
    other languages' Latin spellings write it: "Xasan Sheekh Maxamuud" as "Hasan Sheekh Mahamuud"."""
    out: dict[str, str] = {}
    for q in quotes:
        if q.speaker and (table := name_letters(lang_of.get(q.article) or "")):
            respelt = q.speaker.translate(table)
            if respelt != q.speaker and _is_latin(q.speaker):
                out[q.speaker] = respelt
    return out


def _consonant_key(word: str) -> str:
    """A Latin name word's consonants (_latin_key without vowels), a leading vowel kept as one mark: the key a
    name respelt from its own letters meets the other languages' spelling by, whose vowels it writes otherwise
    (Somali Maxamuud and Mohamud: mhmd; Cumar, read Umar, and Omar: Vmr)."""
    key = _latin_key(word)
    return ("V" if key[:1] in _VOWELS else "") + _VOWELLESS.sub("", key)


def _same_respelt(a: str, b: str) -> bool:
    """A name respelt from its language's name letters (`a`) and another form (`b`) are one person: the surnames'
    consonant keys agree (of four letters at least), and so do the first words' where both have more than one
    ("Hasan Sheekh Mahamuud", "Hassan Sheikh Mohamud" and "Mohamud")."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or not _is_latin(b):
        return False
    last = _consonant_key(surname(a))
    if len(last) < 3 or last != _consonant_key(surname(b)):
        return False
    return len(wa) == 1 or len(wb) == 1 or _consonant_key(wa[0]) == _consonant_key(wb[0])


def build_speakers(
    quotes: Sequence[Quote], articles: Sequence[Article], config: Config
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Merge name variants across articles; return quotes with display names and `also_in` set.

    `quotes` carry corpus ids and article ids; `articles` carry `duplicate_of` links, so a
    quote of a translation is one statement with its original: the original's quote gets
    also_in=(translation's language,), the translation's quote also_in=(original's language,)
    and counts once; printers grouping a visit by speaker skip a quote whose article is a
    duplicate and whose also_in is set.
    """
    rules = config.speakers
    names = [q.speaker for q in quotes if q.speaker]
    counts = Counter(names)
    # Names quoted in a language that spells them with its own letters (Somali Xasan, Maxamuud), respelt.
    respelt = _respelt_names(quotes, {a.id: a.lang for a in articles})
    groups: list[list[str]] = []
    # Per group, the names it is compared by: its first, and the first of each group a Han or Arabic form
    # joined to it (see below); `moved`: a group so joined -> the group it went to.
    heads: list[list[str]] = []
    moved: dict[int, int] = {}

    def root(k: int) -> int:
        while k in moved:
            k = moved[k]
        return k
    # Only groups whose first name shares a surname key can take a name: thousands of distinct
    # speakers are not compared pair by pair.
    index: dict[str, list[int]] = {}
    by_rule: dict[str, list[str]] = {}
    for name in sorted(counts, key=lambda n: (-len(name_words(n)), -counts[n], n)):
        rule = _rule_for(name, rules)
        if rule:
            by_rule.setdefault(rule.name, []).append(name)
            continue
        keys = _group_keys(name)
        if respelt and _is_latin(name) and name.split():
            # (And its consonants' key: a name respelt from its language's letters meets the other spelling by it.)
            keys += ("ʋ" + _consonant_key(surname(respelt.get(name, name))),)
        # (A Han or Arabic form looks for the Latin and Cyrillic forms' script bridge keys, and they for its.)
        near = sorted({root(k) for key in (*keys, *_bridge_keys(name, False)) for k in index.get(key, ())})
        for k in near:
            g = groups[k]
            if (any(_may_be_one_person(name, h) and (one_person(name, h) or _feminised(name, h))
                    or (name in respelt) != (h in respelt) and (
                        _same_respelt(respelt[name], h) if name in respelt else _same_respelt(respelt[h], name))
                    for h in heads[k])
                    and not any(_kept_apart(name, m, rules) for m in g)):
                g.append(name)
                if _BRIDGED.search(name) and any(_bridged_whole(name, h) for h in heads[k]):
                    # A Han or Arabic form that is the group's name whole stands for it too: a Cyrillic form
                    # met later finds and matches it (Каис Саид by قيس سعيد, not by Kaïs Saïed).
                    heads[k].append(name)
                    for key in (*keys, *_bridge_keys(name, True)):
                        index.setdefault(key, []).append(k)
                elif not _BRIDGED.search(name) and all(_BRIDGED.search(h) for h in heads[k]):
                    # A Latin or Cyrillic form joining a group only Hangul, Han or Arabic forms head stands for it
                    # too: a form in another of those scripts, which is never compared with theirs, meets it
                    # (عباس عراقچی by Abbas Araghchi, not by 아바스 아락치).
                    heads[k].append(name)
                    for key in (*keys, *_bridge_keys(name, True)):
                        index.setdefault(key, []).append(k)
                # A Han or Arabic form that is wholly another group's name too is the person both groups are:
                # 习近平 is Xi Jinping and Си Цзиньпин, whose Latin and Cyrillic forms meet by no key of theirs.
                for other in near if _BRIDGED.search(name) else ():
                    if (other != k and groups[other] and any(_bridged_whole(name, h) for h in heads[other])
                            and not any(_kept_apart(m, n, rules) for m in g for n in groups[other])):
                        g.extend(groups[other])
                        heads[k].extend(heads[other])
                        groups[other], heads[other] = [], []
                        moved[other] = k
                break
        else:
            groups.append([name])
            heads.append([name])
            for key in (*keys, *_bridge_keys(name, True)):
                index.setdefault(key, []).append(len(groups) - 1)
    display: dict[str, str] = {}
    roles: dict[str, str | None] = {}
    for rule_name, members in by_rule.items():
        for m in members:
            display[m] = rule_name
        roles[rule_name] = next(r.role for r in rules if r.name == rule_name)
    # A group with both scripts shows the one of the earliest preferred language that quotes it (Latin
    # for en, or when no preferred language does): the languages each form was quoted in.
    preferred = {lang: i for i, lang in enumerate(config.languages)}
    lang_of = {a.id: a.lang for a in articles}
    rank: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            lang = preferred.get(lang_of.get(q.article) or "", len(preferred))
            rank[q.speaker] = min(rank.get(q.speaker, len(preferred)), lang)
    # Latin transliterations of one name in two languages' conventions (Mirzijojev, Mirziyoyev) are shown as the
    # earliest preferred language spells it, else as English does, else in the spelling with the fewest letters
    # English does not spell such names with (titles are English: Saidov, not Hungarian Szaidov), else as the
    # articles write it most often (every form whose last word is that spelling, a case suffix after an apostrophe too).
    spelling = {lang: i for i, lang in enumerate((*config.languages, "en"))}
    spelt: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            lang = spelling.get(lang_of.get(q.article) or "", len(spelling))
            spelt[q.speaker] = min(spelt.get(q.speaker, len(spelling)), lang)
    written: Counter[str] = Counter()
    # (Counted once, the first time a group spells a name two ways; an article built by hand has no analysis.)
    def count_written() -> None:
        for a in articles:
            if a.analysis is not None and a.analysis.signals is not None:
                for form, n in a.analysis.signals.forms:
                    written[_APOSTROPHE_SUFFIX.sub("", form.rsplit(None, 1)[-1])] += n
        written[""] = 0
    for g in groups:
        if not g:
            continue  # joined to another (see heads above)
        first = min(g, key=lambda n: (rank.get(n, len(preferred)), not _is_latin(n)))
        script = _is_latin(first) or rank.get(first, len(preferred)) == len(preferred)
        # Latin forms that are all a Baltic nominative re-spelling of the name another script writes
        # (Alenas Simonyanas beside Ален Сіманян) are no spelling of the person's own: with no preferred
        # language to choose, the other script's form heads the person.
        others = [n for n in g if not _is_latin(n)] if script and rank.get(first, len(preferred)) == len(preferred) else []
        respelt = bool(others) and all(_baltic_respelling(n, others) for n in g if _is_latin(n))
        if respelt:
            script = False
        # (Han and Arabic forms are no Latin ones _is_latin takes them for: Cyril Ramaphosa, not 西里尔·拉马福萨.)
        shown = [n for n in g if _is_latin(n) == script and not (script and (_GREEK.search(n) or _BRIDGED.search(n)))]
        if not shown or not script:
            # No Latin form to show, or a preferred language's non-Latin script: one script, never a mix, and
            # of the scripts the group's quotes are written in the most quoted (Cyrillic of the bg original and
            # its mk translation over one el article's Greek), the preferred language's on a tie.
            quoted: Counter[str] = Counter()
            for n in g:
                if not (respelt and _is_latin(n)):
                    quoted[_script_name(n)] += counts[n]
            own = _script_name(first)
            # (Han and Arabic-script forms count as "latin" here; unless a preferred language writes them, a script
            # with letters our users read, Cyrillic, heads the person over those no list spells in Latin letters
            # (see romanise), however often quoted: Алексей Миллер, not الکسی میلر; محسن پاک‌نژاد is Mohsen Paknzhad.)
            unread = ({_script_name(n) for n in g if _BRIDGED.search(n) and rank.get(n, len(preferred)) == len(preferred)}
                      - {_script_name(n) for n in g if not _BRIDGED.search(n) or romanise.latin(n)})
            top = max(quoted, key=lambda sc: (sc not in unread, quoted[sc], sc == own))
            shown = [n for n in g if _script_name(n) == top]
        # A plain form that only drops another's accents (Viktor Orban beside Viktor Orbán) is the name
        # misspelt, however often: the accented one is shown, as its own language writes it, in the word
        # order of its plain twin, which other languages read (Viktor Orbán, not the Hungarian Orbán Viktor).
        marked = {_unmarked(n) for n in shown if not n.isascii()}
        plain = {n for n in shown if n.isascii()}
        # (Ranked by spelling only where the group's forms spell a word two ways beyond its accents: not two
        # word orders, Kovács Eszter and Eszter Kovács.)
        spellings = len({frozenset(_unmarked(n).split()) for n in shown}) > 1
        if spellings and "" not in written:
            count_written()
        # A form in another case or feminised of another shown form (Jaromírem Zůnou, Dilan Yeşilgözová beside
        # Dilan Yeşilgöz-Zegerius) is never the heading, however often it is quoted.
        oblique = case_forms(shown) if len(shown) > 1 else {}
        best = max(shown, key=lambda n: (len(name_words(n)), n not in oblique, not (n.isascii() and n in marked),
                                         not n.isascii() and _unmarked(n) in plain,
                                         not _nominative_s_added(n, shown) if spellings else True,
                                         -spelt.get(n, len(spelling)) if spellings else 0,
                                         -len(_FOREIGN_SPELLING.findall(_unmarked(n.lower()))) if spellings else 0,
                                         written[surname(n)] if spellings else 0, counts[n], -len(n)))
        # A heading in a script the digest's English readers cannot read, with no Latin form to take: its Latin
        # spelling (Κυριάκος Μητσοτάκης: Kyriakos Mitsotakis), the form the articles write an alias (see romanise).
        best = romanise.latin(best) or best
        for m in g:
            display[m] = best
        roles.setdefault(best, None)
    # A speaker config gives no role to: the one the articles introduce them with.
    for name, role in _article_roles(quotes, articles, display, preferred).items():
        if roles.get(name) is None:
            roles[name] = role

    # A quote already under its display name is kept as it is: most are, and an archive has 100,000s.
    out = [retagged(q, speaker=display[q.speaker]) if q.speaker and display[q.speaker] != q.speaker else q for q in quotes]
    # (A translation's name in another script its quotes' original speaker took: one of theirs, see below.)
    renamed: dict[str, set[str]] = {}
    out, duplicates = _link_translations(out, articles, renamed)

    forms: dict[str, set[str]] = {}
    for q, orig in zip(out, quotes):
        if q.speaker:
            seen = forms.setdefault(q.speaker, set())
            # (Not the form of a speaker a translation's more direct cue replaced: not one of their names.)
            seen.add(orig.speaker if orig.speaker and display[orig.speaker] == q.speaker else q.speaker)
            if orig.speaker_form and any(same_word(w, surname(q.speaker)) for w in orig.speaker_form.split()):
                seen.add(orig.speaker_form)
    # Each quote names its speaker as its own article's script writes the person (the heading stays one name,
    # under which every such name is an alias: grouping by person finds it there).
    # (Headings of persons one of whose forms is Han or Arabic: their Latin and Cyrillic forms may have met only
    # through it, Xi Jinping and Си Цзиньпин, so each article keeps its own.)
    bridged = {display[n] for n in counts if n in display and _BRIDGED.search(n)}
    bridged -= {h for h in bridged if _spelt_heading(h, [n for n in counts if display.get(n) == h])}
    named, local = _in_own_script(out, quotes, display, counts, renamed, bridged)
    for name, person in local.items():
        forms.setdefault(person, set()).add(name)
    for name, others in renamed.items():
        # "Ален Сіманян" of the be translation, whose quotes are Alenas Simonyanas's of the lt original, is
        # shown among his names (unless it speaks elsewhere as a speaker of its own).
        if name in forms:
            forms[name].update(o for o in others if o not in forms)
    # Two outlets printing one statement (or one a part of the other's) is one statement.
    spoken = [i for i, q in enumerate(out) if q.speaker and q.kind == "speech" and i not in duplicates]
    copied = copies([out[i] for i in spoken])
    statements = Counter(out[i].speaker for k, i in enumerate(spoken) if k not in copied)
    speakers = [
        Speaker(name=name, aliases=tuple(sorted(forms.get(name, {name}) - {name})),
                quotes=statements.get(name, 0), role=roles.get(name))
        for name in forms
    ]
    speakers.sort(key=lambda s: (-s.quotes, s.name))
    return tuple(named), tuple(speakers)


def persons(speakers: Sequence[Speaker]) -> dict[str, str]:
    """Every name a quote or figure may carry (a heading, or a person's name in an article's own script)
    -> the person's heading: what grouping by person reads. A heading is its own person before any alias."""
    out = {s.name: s.name for s in speakers}
    for s in speakers:
        for form in s.aliases:
            out.setdefault(form, s.name)
    return out


@lru_cache(maxsize=1 << 14)
def _script_of(name: str) -> str:
    """The Unicode script of a name's first letter (LATIN, CYRILLIC, GREEK, ARMENIAN, GEORGIAN...): the
    writing an analyst reads the name in, beyond the three _script_name tells apart."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


# Scripts of the bridge whose names romanise.latin spells letter by letter: a form in one of them whose consonant
# skeleton is a Latin heading's is that heading spelt in its letters (Han and kana write no consonant skeleton of
# their own: a Chinese name's pinyin met the heading, and only its reading, see _in_own_script).
_SKELETON_SPELT = frozenset({"ARABIC", "HANGUL", "TAMIL"})


def _spelt_heading(heading: str, forms: Iterable[str]) -> bool:
    """Whether a heading is no article's form but the Latin spelling of one (romanise.latin: محمد بن سلمان,
    Mohammed bin Salman), or a Latin spelling the press gives a form whose letters spell its consonants
    (محمد صادق, which the letters read as Mohammed Sadaq, is Pakistan's Muhammad Sadiq; نورالدین عزیزي, whose
    words no list holds, Nooruddin Azizi; a second reading too, شینواري's consonant و: Shinwari): such a heading reads back to the form, shown beside it, so every quote
    takes it."""
    skeleton = bridge_skeleton(heading) if _script_of(heading) == "LATIN" else None
    return any(romanise.latin(n) == heading
               or skeleton and _script_of(n) in _SKELETON_SPELT and skeleton in bridge_skeletons(n)
               for n in forms if n != heading)


def _in_own_script(out: list[Quote], raw: Sequence[Quote], display: Mapping[str, str],
                   counts: Counter[str], renamed: Mapping[str, set[str]],
                   bridged: Container[str] = ()) -> tuple[list[Quote], dict[str, str]]:
    """`out` (each quote under its person's heading) with each quote whose article writes the person in
    another script than a non-Latin heading's under the name in the article's script (a Latin heading is
    read beside any article, as the digest's own English is; an Armenian one is not): the article's own fullest
    form, else the fullest (then most quoted) form other articles in that script write, else the heading
    (an analyst reads a Russian article's quote under the Cyrillic name, not the Armenian one). Returns
    the quotes and each name so given -> its heading. The article's script is the one its cue's name is
    written in (`raw`, the quotes as analysed); a quote whose article writes the heading's script keeps it.
    `renamed`: per heading, a translation's names in another script that pairing with the original gave it
    (Ален Сіманян of the be translation of Alenas Simonyanas's lt original): the person's names too.
    `bridged`: headings under which every article keeps its own script's form, a Latin one's too."""
    # (script, heading) -> fullest form in it; (article, heading) -> the article's own fullest form.
    in_script: dict[tuple[str, str], str] = {}
    own: dict[tuple[str, str], str] = {}
    for q, r in zip(out, raw):
        if q.speaker and r.speaker and (display.get(r.speaker) == q.speaker or r.speaker in renamed.get(q.speaker, ())):
            key = (_script_of(r.speaker), q.speaker)
            best = in_script.get(key)
            if best is None or (len(r.speaker.split()), counts[r.speaker]) > (len(best.split()), counts[best]):
                in_script[key] = r.speaker
            mine = own.get((q.article, q.speaker))
            if mine is None or len(r.speaker.split()) > len(mine.split()):
                own[(q.article, q.speaker)] = r.speaker
    result: list[Quote] = []
    local: dict[str, str] = {}
    for q, r in zip(out, raw):
        script = _script_of(r.speaker) if q.speaker and r.speaker else ""
        # (A quote keeps its own form under a Latin heading too where the person has a Han or Arabic form: 习近平
        # and Си Цзиньпин under Xi Jinping, names its reader finds in the text, which no reading gives back. Not
        # under a heading that is a spelling of the person's own form, see _spelt_heading: that one gives it back.)
        if (not script or q.speaker is None or _script_of(q.speaker) == script
                or (_script_of(q.speaker) == "LATIN" and q.speaker not in bridged)):
            result.append(q)
            continue
        best = in_script.get((script, q.speaker))
        mine = own.get((q.article, q.speaker))
        # (The article's own form unless it is shorter: Джайшанкар alone beside another's Субраманьям Джайшанкар.)
        name = mine if mine and _script_of(mine) == script and (best is None or len(mine.split()) >= len(best.split())) \
            else best or q.speaker
        if name != q.speaker:
            local[name] = q.speaker
            q = retagged(q, speaker=name)
        result.append(q)
    return result, local


def figures_in_own_script(articles: Sequence[Article], named: Mapping[str, Mapping[int, str | None]],
                          said: Iterable[tuple[str, str | None]], speakers: Sequence[Speaker]) -> dict[str, dict[int, str | None]]:
    """`named` (per article id, its figures' speakers by index, under their persons' headings) with each
    figure whose article writes its speaker in another script than a non-Latin heading's under the name the quotes give that person
    in that article, else in another article of that script, else the heading (as _in_own_script names
    quotes: the hy article's figure under the Armenian name, not the ru article's Cyrillic one). The
    article's script is the one its own figure's speaker is written in; `said` gives each quote's article
    id and speaker as build_speakers named it."""
    person = persons(speakers)
    # (As _in_own_script: a person with a Han or Arabic form keeps each article's own under a Latin heading.)
    bridged = {s.name for s in speakers if any(_BRIDGED.search(n) for n in (s.name, *s.aliases))
               and not _spelt_heading(s.name, s.aliases)}
    in_article: dict[tuple[str, str], str] = {}
    in_script: dict[tuple[str, str], str] = {}
    for article, name in said:
        if name and (heading := person.get(name, name)) != name:
            in_article[(article, heading)] = name
            key = (_script_of(name), heading)
            if len(name.split()) > len(in_script.get(key, "").split()):
                in_script[key] = name
    if not in_script:
        return {aid: dict(names) for aid, names in named.items()}
    out: dict[str, dict[int, str | None]] = {}
    for a in articles:
        if a.id not in named:
            continue
        mine = dict(named[a.id])
        written = Packed.of(KeyNumber, a.analysis.numbers).column("speaker") if a.analysis else ()
        for i, heading in mine.items():
            raw = written[i] if i < len(written) else None
            script = _script_of(raw) if raw and heading else ""
            # (A Han or Arabic figure's speaker under a Latin heading too, as _in_own_script names quotes.)
            if script and _script_of(heading) != script and (_script_of(heading) != "LATIN" or heading in bridged):
                mine[i] = in_article.get((a.id, heading)) or in_script.get((script, heading)) or heading
        out[a.id] = mine
    return out


# Endings Latvian adds to a foreign name's nominative (Roberts Fico, Kristens Mihals, Donalds Tramps).
_NOMINATIVE_S = ("s", "š", "is", "us")


def _nominative_s_added(name: str, forms: Sequence[str]) -> bool:
    """Whether `name` is another of `forms` with a Latvian nominative ending added to a word (Roberts Fico
    beside Robert Fico): the form other languages write is shown."""
    words = name.split()
    for other in forms:
        ow = other.split()
        if other != name and len(ow) == len(words) and all(
                w == o or (w.startswith(o) and w[len(o):] in _NOMINATIVE_S) for w, o in zip(words, ow)):
            return True
    return False


def _article_roles(quotes: Sequence[Quote], articles: Sequence[Article], display: dict[str, str],
                   preferred: dict[str, int]) -> dict[str, str]:
    """Display name -> the role phrase the articles introduce the speaker with (Analysis.roles): one not
    after a preposition if any, of the earliest preferred language that has one, the most articles' phrase in it in its fullest form
    (roles.fullest), the first seen on a tie."""
    by_id = {a.id: a for a in articles}
    seen: set[tuple[str, str]] = set()
    # display name -> phrase key -> [(after a preposition, language rank), -articles, first seen, phrase as written]
    found: dict[str, dict[str, list[Any]]] = {}
    for q in quotes:
        if not q.speaker or (q.article, q.speaker) in seen or (a := by_id.get(q.article)) is None:
            continue
        seen.add((q.article, q.speaker))
        tied = a.analysis.roles if a.analysis else ()
        role = next((r for r in tied if r[0] == q.speaker), None) or next(
            (r for r in tied if same_person(r[0], q.speaker)), None)
        if role is None:
            continue
        _, phrase, oblique = role
        shown = display.get(q.speaker, q.speaker)
        # (A phrase inflected for a preposition, "prezydentem", only when no article has another; a Han or
        # Arabic one beside a heading in another script only then too: Iraqi Prime Minister under Mohammed
        # Shia al-Sudani, not رئيس الوزراء.)
        foreign = bool(_BRIDGED.search(phrase)) and not _BRIDGED.search(shown)
        rank = (oblique, foreign, preferred.get(a.lang, len(preferred)))
        entries = found.setdefault(shown, {})
        entry = entries.setdefault(phrase.casefold(), [rank, 0, len(seen), phrase])
        entry[0] = min(entry[0], rank)
        entry[1] -= 1
    out = {}
    for name, entries in found.items():
        best = min(e[0] for e in entries.values())
        kept = {key: -e[1] for key, e in entries.items() if e[0] == best}
        out[name] = entries[fullest_role(kept)][3]
    return out


_WORDING = re.compile(r"[^\W_]+")


# A quotation whose words another of the speaker's quotations in the visit holds, in a row, repeats it
# from this many words on (fewer may be a stock phrase said twice).
COPY_MIN_WORDS = 6


def wording(text: str) -> str:
    """A quotation's words, case and punctuation aside: two outlets' copies of one statement share it."""
    return " ".join(_WORDING.findall(text.casefold()))


def copies(quotes: Sequence[Quote]) -> dict[int, int]:
    """Quotes that repeat another of the same speaker in the same visit (a wire story, a republished
    page, an outlet quoting less of the statement): copy's index -> index of the fullest quote."""
    groups: dict[tuple[str | None, str], list[int]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault((q.speaker, q.visit), []).append(i)
    out: dict[int, int] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # Fullest first: each quote is kept or repeats one kept before it. (The words are read group by
        # group: an archive's quotes are never all held twice.)
        kept: list[tuple[int, str]] = []
        for i, words in sorted(((i, f" {wording(quotes[i].text)} ") for i in members), key=lambda m: -len(m[1])):
            home = next((k for k, longer in kept if words == longer
                         or (words.count(" ") > COPY_MIN_WORDS and words in longer)), None)
            if home is None:
                kept.append((i, words))
            else:
                out[i] = home
    return out


def _group_keys(name: str) -> tuple[str, ...]:
    """The index keys of a speaker's name: its surname's, and for two words the first word's too
    (one source writes "Takaichi Sanae", another "Sanae Takaichi": same_person() takes both)."""
    words = name.split()
    # (And its surname's key across scripts: Сибіга and Sybiha share no letter's key.)
    # (And across Latin transliterations: Shoigu and Šojgu share no first letters' key.)
    script = (*("~" + key for key in _script_keys(surname(name))), "≈" + _latin_key(surname(name))) if words else ()
    if words:
        # (And its Greek key: Σεγκούρο and Seguro share neither of those, see _same_in_greek.)
        script += tuple("γ" + key for key in _greek_keys(surname(name)))
        # (And its South-East Asian transcription key: Тинь is found by Chính's, see _same_syllabic.)
        script += tuple("ʏ" + _syllabic_key(surname(name), vietnamese)
                        for vietnamese in {False, _is_latin(name) and _vietnamese_name(name)})
    if words and _is_latin(name) and (latin := _latin_key(surname(name))).endswith("s"):
        # (A Baltic nominative -s cut too: Pašinjans is found by Пашинян's key, see _latvianised.)
        script += ("≈" + latin[:-1],)
    if len(words) == 2:
        return surname_keys(name) + surname_keys(words[0]) + script
    # "Claudia Sheinbaum Pardo": the first of two surnames too, which a shorter form ends on.
    lead = _first_surname(words)
    return (surname_keys(name) + surname_keys(lead) if lead else surname_keys(name)) + script


def _first_surname(words: Sequence[str]) -> str | None:
    """The word before a name's last surname and the particles before it (Sheinbaum of Claudia Sheinbaum
    Pardo, Lula of Luiz Inácio Lula da Silva), which a form without the second surname ends on; None
    when the name is too short to hold a given name and two surnames."""
    k = len(words) - 2
    while k > 0 and words[k].lower() in _particles().words:
        k -= 1
    return words[k] if k >= 1 else None


def _link_translations(quotes: list[Quote], articles: Sequence[Article],
                       renamed: dict[str, set[str]] | None = None) -> tuple[list[Quote], set[int]]:
    """Pair the quotes of a translation with its original's, in order; returns the translation-side indices.
    `renamed` gets, per speaker a pair took, the other side's name in another script, when both cues name
    their speaker by name (the same person's name that merging missed: Simonyanas, Сіманян)."""
    by_id = {a.id: a for a in articles}
    positions: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        positions.setdefault(q.article, []).append(i)
    duplicates: set[int] = set()
    # What alignment reads of an article's quotes (never what linking changes): an original with
    # several translations is read once.
    features: dict[str, list[_Likeness]] = {}

    def read(a: Article, where: list[int]) -> list[_Likeness]:
        if a.id not in features:
            features[a.id] = _likeness_features([quotes[k] for k in where], a)
        return features[a.id]

    for art in articles:
        orig = by_id.get(art.duplicate_of or "")
        if orig is None:
            continue
        mine, theirs = positions.get(art.id, []), positions.get(orig.id, [])
        fa, fb = read(art, mine), read(orig, theirs)
        for i, j in _aligned(fa, fb):
            qi, qj = mine[i], theirs[j]
            # One statement has one speaker: the side whose cue names them more directly tells it (the
            # translation's "a déclaré le roi" over the original's unattributed or pronoun-cued copy).
            speaker = quotes[qi].speaker if fa[i][5] > fb[j][5] else quotes[qj].speaker
            other = quotes[qj].speaker if speaker == quotes[qi].speaker else quotes[qi].speaker
            if (renamed is not None and speaker and other and fa[i][5] == fb[j][5] == 3
                    and _script_name(speaker) != _script_name(other)):
                renamed.setdefault(speaker, set()).add(other)
            quotes[qj] = retagged(quotes[qj], speaker=speaker, also_in=_add(quotes[qj].also_in, art.lang))
            quotes[qi] = retagged(quotes[qi], speaker=speaker, also_in=_add(quotes[qi].also_in, orig.lang))
            duplicates.add(qi)
    return quotes, duplicates


def _align(a: list[Quote], art_a: Article, b: list[Quote], art_b: Article) -> list[tuple[int, int]]:
    """Order-keeping pairs (i, j) of a and b with the best total likeness (dynamic programming)."""
    return _aligned(_likeness_features(a, art_a), _likeness_features(b, art_b))


def _aligned(fa: list[_Likeness], fb: list[_Likeness]) -> list[tuple[int, int]]:
    """_align on what it reads of each quote."""
    # Only quotes of one speaker and kind, at nearby places, can be alike: each quote is scored
    # against those alone (the band is a little wider than _alignment's, which decides).
    # (Not by speaker: one side may have missed or misread the speaker the other names; _alignment weighs it.)
    same: dict[str, tuple[list[float], list[int]]] = {}
    for j, y in sorted(enumerate(fb), key=lambda jy: jy[1][2]):
        at, js = same.setdefault(y[1], ([], []))
        at.append(y[2])
        js.append(j)
    alike: dict[tuple[int, int], float] = {}
    for i, x in enumerate(fa):
        at, js = same.get(x[1], ((), ()))
        for k in range(bisect_left(at, x[2] - _BAND), bisect_right(at, x[2] + _BAND)):
            score = _alignment(x, fb[js[k]])
            if score >= MIN_LIKENESS:
                alike[i, js[k]] = score
    if not alike:
        return []
    # A row or column without a likely pair changes no best total (it repeats its neighbour's):
    # the table keeps only the others, so a long interview with its translation stays small.
    rows, cols = sorted({i for i, _ in alike}), sorted({j for _, j in alike})
    row_of, col_of = {i: k for k, i in enumerate(rows)}, {j: k for k, j in enumerate(cols)}
    takes: list[list[tuple[int, float]]] = [[] for _ in rows]
    for (i, j), score in alike.items():
        takes[row_of[i]].append((col_of[j], score))
    n, m = len(rows), len(cols)
    best: list[list[float]] = [[0.0] * (m + 1)] * (n + 1)
    # best[i][j] = max(take, best[i+1][j], best[i][j+1]) cell by cell comes to best[i+1][j] raised
    # to the best take at j or to its right: a row is the one below, raised left of each take
    # until the row below is higher anyway (rows only grow leftwards). The same maxima, not a
    # loop over every cell.
    for k in range(n - 1, -1, -1):
        below = best[k + 1]
        here = below[:]
        top, right = 0.0, m
        for j, score in sorted(takes[k], reverse=True):
            x = right - 1
            while x > j and below[x] < top:
                here[x] = top
                x -= 1
            take = score + below[j + 1]
            if take > top:
                top = take
            if below[j] < top:
                here[j] = top
            right = j
        x = right - 1
        while x >= 0 and below[x] < top:
            here[x] = top
            x -= 1
        best[k] = here
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        score = alike.get((rows[i], cols[j]), 0.0)
        if score >= MIN_LIKENESS and best[i][j] == score + best[i + 1][j + 1]:
            pairs.append((rows[i], cols[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


# How far apart (as a share of the text) two quotes may stand to be scored at all: above
# _alignment's 0.12, so that rounding never leaves out a pair it would accept.
_BAND = 0.125


def _add(langs: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return langs if lang in langs else (*langs, lang)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Likeness (0..1) from which a quote of a translation is the same statement as one of the original.
MIN_LIKENESS = 0.5


_Likeness = tuple[str | None, str, float, int, frozenset[str], int]
"""What the likeness of two quotes reads of each: speaker, kind, relative position, words, figures,
how directly the cue names the speaker (_directness)."""

# Likeness lost when one side's speaker is contradicted by the other side's more direct cue: a pair whose
# speakers agree is the likelier one at the same place. (A side with no speaker contradicts nothing.)
_CONTRADICTED_COST = 0.2


def _likeness_features(quotes: list[Quote], art: Article) -> list[_Likeness]:
    size = max(len(art.text), 1)
    pronouns = _pronoun_forms(art.lang or "")
    return [
        # A translation writes its figures with its own separators ("1,6" and "1.900" in German, "1.6" and
        # "1,900" in English or Maltese): figures are compared by their digits alone.
        (q.speaker, q.kind, q.start / size, len(q.text.split()),
         frozenset(f.replace(".", "").replace(",", "") for f in _NUMBER.findall(q.text)),
         _directness(q, pronouns) if _form_in_sentence(q, art.text) else 0)
        for q in quotes
    ]


def _form_in_sentence(q: Quote, text: str) -> bool:
    """Whether the speaker's form stands in the quote's own sentence. A speaker carried over from an earlier
    quote or sentence ("„…“, рече тој." read without the language's pronouns: the previous quote's
    "Мицкоски") keeps that name as its form, yet its sentence names no one: as good as no reading."""
    form = q.speaker_form
    if not form:
        return True  # (_directness reads no form as 1 already)
    # The sentence: from the last stop or line break before the quote to the first one after it. The stops are
    # looked for within the quote's paragraph, the line breaks around it found first: a stop an article never
    # writes ("! ") was looked for through its whole text, for every quote of an archive's translations. (No
    # stop overlaps a line break, so none found within is one a search of the whole text would not find.)
    lo, hi = text.rfind("\n", 0, q.start), text.find("\n", q.end)
    head = max(lo, *(text.rfind(stop, max(lo, 0), q.start) for stop in _SENTENCE_STOPS))
    tails = [k for k in (text.find(stop, q.end, hi if hi >= 0 else len(text)) for stop in _SENTENCE_STOPS) if k >= 0]
    tail = min(tails, default=hi if hi >= 0 else len(text))
    # (A form the text does not hold at all tells nothing either way.)
    return form in text[head + 1 : tail] or form not in text


# What ends a sentence around a quote within its paragraph (a stop is followed by a space); a line break ends the paragraph.
_SENTENCE_STOPS = (". ", "! ", "? ")


@cache
def _pronoun_forms(lang: str) -> frozenset[str]:
    """The subject pronouns a cue may stand on in the language (every language's for one without lists)."""
    return lexicon(lang).pronouns if lang in LANGS else frozenset(w for code in LANGS for w in _entries(code, "pronouns"))


def _directness(q: Quote, pronouns: frozenset[str]) -> int:
    """How directly a quote's cue names its speaker: 3 by name (a word of the speaker's name), 2 by a role
    noun (le roi, the minister), 1 by a pronoun or nothing the reader can check, 0 not at all."""
    if not q.speaker:
        return 0
    form = (q.speaker_form or "").split()
    if not form or (len(form) == 1 and form[0].lower() in pronouns):
        return 1
    name = q.speaker.split()
    return 3 if any(same_word(w, n) for w in form for n in name) else 2


def _alignment(a: _Likeness, b: _Likeness) -> float:
    """How likely two quotes of a text and its translation are one statement (0..1)."""
    if a[1] != b[1]:
        return 0.0
    # Two readings of one statement may disagree on the speaker only when one side reads it less
    # directly (no cue, a pronoun): two cues as direct naming two people are two statements.
    cost = 0.0
    if a[0] != b[0]:
        # (Only names of one script: two scripts' forms of one name that merging missed, a Lithuanian
        # Latin one and a Belarusian Cyrillic one spelt by its own sounds, differ as strings all the
        # same; the place, length and figures decide them, at the cost of the disagreement.)
        if a[0] and b[0] and a[5] == b[5] and _script_name(a[0]) == _script_name(b[0]):
            return 0.0
        cost = _CONTRADICTED_COST if a[0] and b[0] else 0.0
    pos = abs(a[2] - b[2])
    if pos > 0.12:
        return 0.0
    ratio = abs(math.log((a[3] + 1) / (b[3] + 1)))
    if ratio > 0.7:
        return 0.0
    score = 1.0 - pos * 4 - ratio - cost
    if a[4] != b[4]:
        score -= 0.3
    return score


# --- Languages written without spaces between words (Chinese) ---------------------------------------------------
# Chinese writes no spaces and no capitals: a name is glued to the role before it and to the verb after it
# ("俄罗斯总统普京11日表示", "外交部发言人毛宁说", "托卡耶夫说，…"), so the word runs People reads find nothing.
# _UnspacedPeople finds names where they are sure to stand: after a role word (data/<lang>/roles.txt) and before
# a word a name ends at (name_ends.txt, the speech verbs, a digit or a mark), or at a clause's start before a
# speech verb; a candidate must look like a name (names.txt: a common surname and one or two characters, or a
# run of the characters foreign names are spelt with). Every later occurrence of a name found so is a mention.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A name's characters: Han and the middle dot between a foreign name's parts (· U+00B7, • and ・ typed for it).
_NAME_CHARS = f"[{_HAN}·•・\\-－]"
# What parts a foreign name's given, middle and family names (让-诺埃尔·巴罗).
_NAME_PARTS = re.compile("[·•・\\-－]")
# A run of katakana (and its middle dots and long-vowel marks) ending a string: how Japanese spells a foreign name.
_KATAKANA_TAIL = re.compile("[\u30a1-\u30fa][\u30a1-\u30fa\u30fb\u30fc]*$")
# How many characters a name may have: a Chinese name 2-4, a foreign one up to twenty with its dots (a
# katakana name of three parts: ローサ・ジョランダ・ビジャビセンシオ).
_NAME_MIN, _NAME_MAX, _CHINESE_NAME_MAX = 2, 20, 4
# The Khmer coeng, as written and as read (data.mark_letters): the letter after it is stacked under the one before,
# inside a word.
_STACKING = "\u17d2" + data.mark_letters(0x17D2, 0x17D2)
# What ends a clause before a name at a clause's start.
_CLAUSE_MARKS = "，。；：！？、“”「」『』（）《》()【】[]\n"
# A character right after a role word that makes it an office's or a seat's name, not a holder's title
# (总统府, 首相官邸, 大統領府): the run before it is a place or an institution, no name.
_ROLE_SEAT = "府办辦部署厅廳局官"
# The last character of an institution's name, which stands before its officer's role as a name would ("商务部部长",
# "外交部发言人", "社科院研究员"): a run before a role ending in one is the institution.
_INSTITUTION_END = "部院局厅廳委会會所处處署社馆館行司府办辦省市县縣州区區"
# How far back a role phrase reaches from its role word ("乌兹别克斯坦总统"), at most: as far as a name does.
_ROLE_PHRASE_MAX = 20
_PRONOUNS_3RD = re.compile("[他她](?![们們国國人])")
_HAN_RUN = re.compile(f"[{_HAN}]+")


@dataclass(frozen=True)
class _UnspacedLists:
    """A language's lists for finding names without spaces, compiled once."""

    role: re.Pattern[str]
    """Any role word, longest first."""
    name_after_role: re.Pattern[str]
    """A candidate name right after a role, ended by a name end."""
    name_at_clause: re.Pattern[str]
    """A candidate name at a clause's start, ended by a name end (a verb, 在, 则, 当天…): group 1."""
    clause_end: re.Pattern[str]
    verb: re.Pattern[str]
    """Any speech or opinion verb, longest first."""
    opinion: frozenset[str]
    surnames: frozenset[str]
    transliteration: frozenset[str]
    inner: frozenset[str]
    """Characters a foreign name's sound is spelt with only inside it (乌日娜), never at its ends (日本, 13日)."""
    phrase_stop: re.Pattern[str]
    """What a role phrase reaches back to: a mark, a digit, a name end or a role_bounds.txt [stop] word."""
    role_and: frozenset[str]
    """role_bounds.txt [and]: conjunctions that may join two portfolios inside one office's name."""
    portfolio: tuple[str, ...] = ()
    """role_bounds.txt [portfolio]: words opening the portfolio glued between a name and its role word (Japanese
    "小林太郎経済安全保障担当大臣", "ジョン・スミス・エネルギー相"), longest first."""
    not_names: tuple[str, ...] = ()
    """role_bounds.txt [not_names]: what opens a run glued before a portfolio and is no family name (同国, 次期)."""
    spaced: _SpacedLists | None = None
    """The lists of a language that writes spaces but glues its particles (Korean), else None."""
    pronoun: re.Pattern[str] = re.compile("[他她](?![们們国國人])|同氏|彼女?(?=[はが])")
    """A third-person subject pronoun (Chinese 他/她, Japanese 同氏 "the said person" and 彼/彼女 before a subject's
    particle, not 彼此; data/<lang>/pronouns.txt where it exists)."""
    titled: _TitledLists | None = None
    """The lists of a language that glues an honorific to a given name (Thai: see _titled_names), else None."""
    honorifics: frozenset[str] = frozenset()
    """Role words name_ends.txt lists too: honorifics after a name (Japanese 氏), which mark it and hold no office."""


@dataclass(frozen=True)
class _SpacedLists:
    """The lists _UnspacedPeople reads a spaced language with glued particles by (Korean: see _spaced_names)."""

    particles: tuple[str, ...]
    """Particles glued after a name or noun (name_ends.txt [particles]), longest first."""
    endings: tuple[str, ...]
    """Last syllables of words that are no earlier word of a foreign name (name_ends.txt [endings])."""
    name_particles: frozenset[str]
    """One-syllable words inside a foreign name (names.txt [particles]: 빈, 폰)."""
    links: frozenset[str]
    """Words between a name and its role that belong to the role phrase (role_links.txt)."""
    suffixes: tuple[str, ...]
    """Endings of an institution's name (role_links.txt [suffixes])."""
    stop: frozenset[str]
    """Function words and common nouns, never a name's word (stopwords.txt)."""
    quote_particle: re.Pattern[str]
    """A particle glued to a closing quotation mark, then its verb ("…"라고 말했다), or a connective alone ("…"라며)."""
    quote_only: re.Pattern[str]
    """A quotation particle and the space after it, its subject coming next ("…"고 조 장관은 말했다)."""
    experts: frozenset[str]
    """The role words of an expert or a member of parliament (roles.txt '?' and '?+' lines: 교수, 연구위원, 의원)."""


@dataclass(frozen=True)
class _TitledLists:
    """The lists _UnspacedPeople reads a language by whose names open with an honorific glued to the given name, the
    family name after a space (Thai นายอนุทิน ชาญวีรกูล), and whose role word stands glued before a name or after it
    (ประธานาธิบดีวลาดิมีร์ ปูติน; นายฝ่าม มิงห์ จิ๋ง นายกรัฐมนตรีเวียดนาม): names.txt [honorifics]."""

    honorific: re.Pattern[str]
    """An honorific (names.txt [honorifics]), longest first."""
    not_names: tuple[str, ...]
    """Words opening with an honorific that are no name (names.txt [not_names]: นายจ้าง, employer)."""
    word: re.Pattern[str]
    """A name's word: letters of the script up to a name end (a speech verb, a role, an honorific, name_ends.txt),
    two at least, or up to what is no letter of it."""
    end: re.Pattern[str]
    """A name end or a role word: no name's word opens with one (เดินทางถึงกรุงเทพมหานคร, arrived in Bangkok)."""
    token: re.Pattern[str]
    """A run of the script's letters (what stands between spaces and marks)."""
    strong: re.Pattern[str]
    """A speech verb, role word or honorific: a short run holding one is cut there (ศิริพรกล่าว), one holding only a
    short name end (มี, ให้) is a name whole (วลาดิมีร์: have)."""
    role_aliases: dict[str, str]
    """names.txt [role_aliases]: a role's short form -> the role (นายกฯ -> นายกรัฐมนตรี)."""
    links: tuple[str, ...]
    """role_links.txt: words continuing a role phrase after its role word (ด้าน, ประจำ): no name opens with them."""
    stop: frozenset[str]
    """stopwords.txt: a word that is no name."""


# A letter of a script spaced by phrases (Thai, Khmer) as the article writes it (a role phrase handed back by the
# analysis).
_THAI_LETTER = re.compile(f"[{data.PHRASE_SCRIPT}]")
# Letters of those scripts and the letters their vowel signs and tone marks are read as (data.marks_as_letters).
_THAI_LETTERS = data.PHRASE_LETTERS
# The most words of a name after its given name (a foreign one spelt in Thai: ฝ่าม มิงห์ จิ๋ง) and the most letters
# of one word.
_TITLED_PARTS = 3
_TITLED_WORD_MAX = 25
# A run of letters up to this long with no speech verb, role or honorific inside is one name word whole: short name
# ends (มี, ให้, ที่) are read inside longer runs only, where a name is glued to the rest of its clause.
_TITLED_WHOLE = 12


def _titled_lists(lang: str, entries: Callable[..., list[str]], ends: str, roles: str, verbs: str) -> _TitledLists | None:
    """The lists of a language whose names.txt has [honorifics] (Thai); None for the others."""
    honorifics = entries("names.txt", "honorifics")
    if not honorifics:
        return None
    titles = _alternation(honorifics)
    stop = entries("stopwords.txt")
    # (Khmer sets its honorific off by a space, លោក ហ៊ុន ម៉ាណែត, where Thai glues it: names.txt [format] says so.)
    spaced = "honorific_space = yes" in data.sections("names.txt", lang).get("format", ())
    # (A name's word is letters of the script, lazily, up to the first name end: นายอนุทินให้การ… gives อนุทิน.)
    word = re.compile(rf"[{_THAI_LETTERS}]{{2,{_TITLED_WORD_MAX}}}?(?=[^{_THAI_LETTERS}]|{ends}|{roles}|{titles}|$)")
    return _TitledLists(
        honorific=re.compile(f"(?:{titles}) ?" if spaced else titles),
        end=re.compile(rf"{ends}|{roles}"),
        token=re.compile(f"[{_THAI_LETTERS}]+"),
        strong=re.compile(rf"{verbs}|{roles}|{titles}"),
        not_names=tuple(entries("names.txt", "not_names")),
        word=word,
        role_aliases={w[0]: w[1] for line in data.sections("names.txt", lang).get("role_aliases", ())
                      if len(w := line.split()) == 2},
        links=tuple(entries("role_links.txt")),
        stop=frozenset(stop),
    )


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so that 外交部长 wins over 部长)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@cache
def unspaced_lists(lang: str) -> _UnspacedLists:
    """The compiled lists of an unspaced language (see _UnspacedLists)."""
    def entries(name: str, section: str = "") -> list[str]:
        return [w for line in data.sections(name, lang).get(section, ()) for w in line.split()]

    speech, opinion = entries("speech_verbs.txt"), entries("opinion_verbs.txt")
    verbs = _alternation(speech + opinion)
    ends = _alternation(entries("name_ends.txt") + speech + opinion)
    # (?: a commentator's word, a role too; its * says the field may be glued on, as Thai writes it.)
    roles = _alternation(w.lstrip("?+").rstrip("*") for w in entries("roles.txt"))
    end = rf"(?=[\d０-９{re.escape(_CLAUSE_MARKS)}\s]|{ends}|$)"
    pronouns = entries("pronouns.txt")
    return _UnspacedLists(
        role=re.compile(roles),
        name_after_role=re.compile(rf"{_NAME_CHARS}{{{_NAME_MIN},{_NAME_MAX}}}?{end}"),
        name_at_clause=re.compile(
            rf"(?:(?<=[\d{re.escape(_CLAUSE_MARKS)}\s])|^)({_NAME_CHARS}{{{_NAME_MIN},{_NAME_MAX}}}?)(?={ends})", re.M),
        clause_end=re.compile(f"[{re.escape(_CLAUSE_MARKS)}]"),
        verb=re.compile(verbs),
        opinion=frozenset(opinion),
        surnames=frozenset(entries("names.txt", "surnames")),
        transliteration=frozenset(entries("names.txt", "transliteration")),
        inner=frozenset(entries("names.txt", "transliteration_inner")),
        phrase_stop=re.compile(rf"[\d{re.escape(_CLAUSE_MARKS)}\s的]|{ends}"
                               + "".join(f"|{re.escape(w)}" for w in entries("role_bounds.txt", "stop"))),
        role_and=frozenset(entries("role_bounds.txt", "and")),
        portfolio=tuple(sorted(entries("role_bounds.txt", "portfolio"), key=len, reverse=True)),
        not_names=tuple(entries("role_bounds.txt", "not_names")),
        honorifics=frozenset(entries("name_ends.txt")) & {w.lstrip("?+").rstrip("*") for w in entries("roles.txt")},
        spaced=_spaced_lists(lang, entries),
        titled=_titled_lists(lang, entries, ends, roles, verbs),
        # (A spaced language's pronouns are whole words: "그는", never the 그는 inside another word.)
        # (Thai glues the verb to its pronoun, เขากล่าวว่า: before a verb too, where names.txt has [honorifics].)
        # (There the words are grouped: the look-behind and look-ahead bound each of them.)
        **({"pronoun": re.compile(rf"(?<![^\s\"“‘(])(?:{_alternation(pronouns)})(?=\s|{verbs})"
                                  if entries("names.txt", "honorifics") else
                                  rf"(?<![^\s\"“‘(]){_alternation(pronouns)}(?=\s)")} if pronouns else {}),
    )


def _country_prefix(word: str) -> bool:
    """Whether a Hangul word opens with a country's name and goes on (한국외대, 러시아·유라시아센터, 중국공산당): an
    institution's name, never a person's."""
    return any(places.lookup(word[:end]) is not None and places.lookup(word[:end]).kind == "country"
               for end in range(2, len(word) - 1))


def _spaced_lists(lang: str, entries: Callable[..., list[str]]) -> _SpacedLists | None:
    """The lists of a spaced language with glued particles: those whose name_ends.txt has a [particles] section
    (Korean); None for Chinese and Japanese, which glue everything."""
    particles = entries("name_ends.txt", "particles")
    if not particles:
        return None
    verbs = _alternation(entries("speech_verbs.txt") + entries("speech_verbs.txt", "closing")
                         + entries("opinion_verbs.txt"))
    quoting = _alternation(entries("speech_verbs.txt", "quote_particles"))
    connectives = _alternation(entries("speech_verbs.txt", "connectives"))
    return _SpacedLists(
        particles=tuple(sorted(set(particles), key=len, reverse=True)),
        endings=tuple(entries("name_ends.txt", "endings")),
        name_particles=frozenset(entries("names.txt", "particles")),
        links=frozenset(entries("role_links.txt")),
        suffixes=tuple(entries("role_links.txt", "suffixes")),
        stop=frozenset(entries("stopwords.txt")),
        # (Up to two words may stand between the particle and its verb: "…"고 기자들에게 말했다, "…"고 거듭 강조했다.)
        quote_particle=re.compile(rf"(?:{quoting})[ \u00a0]*(?:[^\s\"“”.,]+[ \u00a0]+){{0,2}}(?:{verbs})"
                                  rf"|(?:{connectives})(?=[\s,])"),
        quote_only=re.compile(rf"(?:{quoting})[ \u00a0]+"),
        experts=frozenset(w.lstrip("?+") for w in entries("roles.txt") if w.startswith("?")),
    )


def looks_like_name(form: str, lists: _UnspacedLists) -> bool:
    """Whether a candidate is shaped like a person's name: a common surname (one or two characters) and one or two
    more, or every character one foreign names are spelt with; never a place ("伊朗表示", Iran said)."""
    if places.lookup(form) is not None:
        return False
    if len(form) <= _CHINESE_NAME_MAX and (form[0] in lists.surnames or form[:2] in lists.surnames):
        if len(form) != 4 or form[:2] in lists.surnames:
            return len(form) >= 2
        # (Four characters after a one-character family name are no Chinese name, but may spell a foreign one by
        # sound: 齐维廖夫, Tsivilev, opens with the family name 齐.)
    # (A family name of three characters takes one or two more: Japanese 佐々木健太, 長谷川京子.)
    if len(form) <= _CHINESE_NAME_MAX + 1 and form[:3] in lists.surnames:
        return len(form) >= 4
    parts = _NAME_PARTS.split(form)
    return all(parts) and all(ch in lists.transliteration or (0 < k < len(part) - 1 and ch in lists.inner)
                              for part in parts for k, ch in enumerate(part))


def _portfolio_start(run: str, lists: _UnspacedLists) -> int:
    """Where the portfolio of an office opens in the run glued before its role word, after a name ("ジョン・スミス・
    エネルギー", "小林太郎経済安全保障担当"): the first role_bounds.txt [portfolio] word that a name-shaped run
    stands before (a katakana name's middle dot between them); 0 for none."""
    for k in range(_NAME_MIN, min(len(run), _NAME_MAX + 1)):
        if run.startswith(lists.portfolio, k) and looks_like_name(run[:k].rstrip("・"), lists):
            return k
    return 0


def _unlisted_surname(run: str, lists: _UnspacedLists) -> bool:
    """Whether a run glued before a role may be a Japanese family name of two kanji that names.txt does not list
    (城内): two Han characters, no place, no portfolio word (外務大臣) and no determiner opening it (role_bounds.txt
    [not_names]: 同国, 次期). Only a language with portfolio words (Japanese) reads family names so."""
    return (bool(lists.portfolio) and len(run) == _NAME_MIN and _HAN_RUN.fullmatch(run) is not None
            and run not in lists.portfolio and not run.startswith(lists.not_names)
            and places.lookup(run) is None and run[-1] not in _INSTITUTION_END)


# The most characters of a place's name written without spaces (阿尔及利亚, 乌兹别克斯坦, ボスニア・ヘルツェゴビナ).
_PLACE_CHARS = 12


def _inside_place(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether the characters [s, e) lie inside a known place's name written within [lo, hi) ("阿尔及利亚": 及)."""
    return any(places.lookup(text[x:y]) is not None
               for x in range(max(lo, e - _PLACE_CHARS), s + 1)
               for y in range(max(e, x + 2), min(hi, x + _PLACE_CHARS) + 1))


class _UnspacedPeople:
    """People's interface (resolve, people, roles, role_phrases) for a language written without spaces."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], lang: str) -> None:
        self.text = text
        self._lang = lang
        self.lex = lexicon(lang)
        self._lists = lists = unspaced_lists(lang)
        self._spans = list(spans)
        found: dict[str, str] = {}  # name -> the role phrase it was first introduced with ('' for none)
        # A family name alone before its role ("이 대통령은") -> that role word, resolved once every name is found.
        bare: dict[str, str] = {}
        if lists.spaced is not None:
            self._spaced_names(found, bare)
        # A name -> the honorific the text first wrote before it (Khmer ឯកឧត្តម, His Excellency).
        self._honorific_of: dict[str, str] = {}
        if lists.titled is not None:
            self._titled_names(found)
        # A two-kanji run opening an office's name before its portfolio ("城内経済財政政策担当大臣") -> that role
        # phrase, and the runs standing alone glued before a role word ("城内大臣は"): a family name no list holds is
        # one where the text writes it both ways (_unlisted_surname).
        unlisted: dict[str, str] = {}
        alone: set[str] = set()
        for a, b in self._spans if lists.spaced is None and lists.titled is None else ():
            for m in lists.role.finditer(text, a, b):
                n = lists.name_after_role.match(text, m.end(), b)
                if n and looks_like_name(n.group(), lists) and not lists.role.search(n.group()):
                    found.setdefault(n.group(), self._role_phrase(m.start(), m.end(), a))
                # A name right before its role ("普京总统表示", Japanese "プーチン大統領は", "岸田首相"): the whole
                # run from the last mark or name end to the role, when it is shaped like a name.
                before = self._role_phrase(m.start(), m.start(), a)
                run_start = m.start() - len(before)
                before = before.rstrip("・")  # "マリー・デュポン・エネルギー相": the dot parts the name from the role
                portfolio = (_portfolio_start(before, lists)
                             if len(before) > _NAME_MIN and not looks_like_name(before, lists) else 0)
                if portfolio:
                    # "小林太郎経済安全保障担当大臣": the name, then the office's portfolio, then its role word.
                    found.setdefault(before[:portfolio].rstrip("・"), text[run_start + portfolio:m.end()])
                    continue
                if _unlisted_surname(before[:_NAME_MIN], lists):
                    if len(before) == _NAME_MIN:
                        alone.add(before)
                    elif before.startswith(lists.portfolio, _NAME_MIN):
                        unlisted.setdefault(before[:_NAME_MIN], text[run_start + _NAME_MIN:m.end()])
                # (A katakana run after a kanji or kana word is a foreign name of its own: "これに対しサントス国防相".)
                katakana = _KATAKANA_TAIL.search(before)
                if katakana is not None and katakana.start() > 0 and not looks_like_name(before, lists):
                    before = katakana.group()
                if (_NAME_MIN <= len(before) <= _NAME_MAX and text[m.end():m.end() + 1] not in _ROLE_SEAT
                        and before[-1] not in _INSTITUTION_END
                        and looks_like_name(before, lists)
                        and not lists.role.search(before)):
                    # (An honorific, "中村健太氏", marks the name and holds no office: no role phrase.)
                    found.setdefault(before, "" if m.group() in lists.honorifics else text[m.start():m.end()])
            # A name opening a clause whose verb is a speech verb ("托卡耶夫说", "马克龙则回应称", "岩屋毅对媒体说").
            for m in lists.name_at_clause.finditer(text, a, b):
                form = m.group(1)
                stop = lists.clause_end.search(text, m.end(), b)
                if (looks_like_name(form, lists) and not lists.role.search(form)
                        and lists.verb.search(text, m.end(), stop.start() if stop else b)):
                    found.setdefault(form, "")
        for form in sorted(alone.intersection(unlisted)):
            found.setdefault(form, unlisted[form])
        # A foreign name's last part stands for the whole ("托卡耶夫" for "卡瑟姆-若马尔特·托卡耶夫").
        self._keys = {name: name for name in found}
        for name in found:
            last = _NAME_PARTS.split(name)[-1]
            if last != name and len(last) >= _NAME_MIN:
                self._keys[last] = name  # (found alone too, "马克龙则回应称": the same person)
        # A family name alone stands for the full name it opens (Japanese "岸田首相" for 岸田文雄).
        for name in list(found):
            if name in lists.surnames:
                full = next((f for f in found if f != name and f.startswith(name)), None)
                if full:
                    self._keys[name] = full
        if lists.spaced is not None:
            self._spaced_keys(found, bare)
        if lists.titled is not None:
            self._titled_keys(found)
        for short, full in list(self._keys.items()):
            if short != full and short in found:
                found[full] = found[full] or found.pop(short)
                found.pop(short, None)
        self._roles = {name: phrase for name, phrase in found.items() if phrase}
        self._by_role = self._titled_role_holders() if lists.titled is not None else {}
        self._names = re.compile(_alternation(self._keys)) if self._keys else None
        self._mentions: list[Mention] | None = None

    def _spaced_names(self, found: dict[str, str], bare: dict[str, str]) -> None:
        """The names of a spaced language with glued particles (Korean), read around its role words: the words
        right before a role phrase ("이재명 대통령은", "프라보워 수비안토 인도네시아 대통령과", "강유정 청와대 대변인은":
        the institution and the country belong to the phrase), or right after a role phrase with an institution
        and no particle ("외교부 장관 조현은"). Names go into `found` with their role phrase; a family name alone
        before its role ("이 대통령") into `bare`, its form -> the role word."""
        text, lists = self.text, self._lists
        sp = lists.spaced
        assert sp is not None
        for a, b in self._spans:
            for m in lists.role.finditer(text, a, b):
                after = _SPACED_TOKEN.match(text, m.end(), b)
                rest = after.group() if after else ""
                if rest and rest not in sp.particles:
                    continue  # 대통령실, 대사관, 전문가들은: another word, or a plural no name stands before
                head = list(_SPACED_TOKEN.finditer(text, max(a, m.start() - _SPACED_REACH), m.start()))
                glued = head.pop() if head and head[-1].end() == m.start() else None
                if glued is not None and text[glued.start():m.end()].endswith(sp.suffixes) and not rest:
                    continue  # 아산정책연구원: an institution's name ending on a role word, not its holder
                phrase_start = glued.start() if glued else m.start()
                names: list[str] = []
                pos = phrase_start
                while head:
                    t = head[-1]
                    if (not names and t.start() > a and text[t.start() - 1] == "("
                            and _SPACED_BRACKET_GAP.fullmatch(text, t.end(), pos)):
                        # "한국국방연구원(KIDA) 연구위원": the institution's abbreviation in brackets, glued to its
                        # name, belongs to the role phrase as the name does.
                        head.pop()
                        if not (head and head[-1].end() == t.start() - 1 and self._spaced_link(head[-1].group())):
                            break
                        phrase_start = pos = head[-1].start()
                        head.pop()
                        continue
                    if _SPACED_GAP.fullmatch(text, t.end(), pos) is None:
                        break  # a mark or a line between: the phrase starts after it
                    w = t.group()
                    if not names and self._spaced_link(w):
                        phrase_start = pos = t.start()
                        head.pop()
                        continue
                    if not names and len(w) == 1 and (w in lists.surnames or w not in sp.stop):
                        # ("시 주석" for 시진핑 too: a foreign leader's first syllable; resolved only to a found name.)
                        bare.setdefault(text[t.start():m.end()], m.group())
                        break
                    if not self._spaced_name_word(w, last=not names):
                        break
                    names.insert(0, w)
                    pos = t.start()
                    head.pop()
                    if len(names) == 1 and self._native(w) and not (
                            head and _SPACED_GAP.fullmatch(text, head[-1].end(), pos)
                            and len(head[-1].group()) >= 3 and not self._native(head[-1].group())
                            and self._spaced_name_word(head[-1].group(), last=False)
                            # ("한화에어로스페이스 김도현 본부장": a company's name, ending as one does, is no given name.)
                            and not self._spaced_link(head[-1].group())):
                        break  # a Korean name is one word (unless a foreign given name stands before it)
                    if len(names) >= _SPACED_NAME_WORDS:
                        break
                while names and names[0] in sp.name_particles:
                    names.pop(0)
                # A Korean name before a word no list knows is the name, that word its institution ("김현수
                # 한국외대 교수": a Korean name is one word, and a foreign name holds no Korean one).
                # (Only before an expert's role: a Japanese name in Korean opens on a family name shaped like a
                # Korean one, "모테기 도시미쓰 일본 외무상", and a minister's ministry is a listed link.)
                native = next((k for k, w in enumerate(names) if self._native(w)), None)
                if native is not None and native < len(names) - 1 and m.group() in sp.experts:
                    phrase_start = text.index(names[native + 1], text.index(names[native], max(a, m.start() - _SPACED_REACH)))
                    names = [names[native]]
                if names:
                    found.setdefault(" ".join(names), text[phrase_start:m.end()])
                elif not rest and phrase_start < m.start():
                    self._spaced_name_after(m.end(), b, text[phrase_start:m.end()], found)

    def _spaced_subject_after(self, end: int, limit: int) -> tuple[str, str, str] | None:
        """(person, form, cue) of a quotation that opens its sentence, its subject and verb after it ("…"고 조 장관은
        기자들에게 말했다): the quotation particle, then a name mention, then a speech verb before the sentence ends."""
        sp = self._lists.spaced
        assert sp is not None
        particle = sp.quote_only.match(self.text, end, limit)
        if particle is None:
            return None
        stop = _FULL_STOP.search(self.text, particle.end(), limit)
        stop_at = stop.start() if stop else limit
        n = next((n for n in self._all_mentions() if n.start == particle.end()), None)
        if n is None:
            return None
        verb = self._lists.verb.search(self.text, n.end, stop_at)
        if verb is None:
            return None
        return n.person or n.form, n.form, self.text[end:verb.end()]

    def _spaced_name_after(self, at: int, limit: int, phrase: str, found: dict[str, str]) -> None:
        """A name written after its role phrase ("외교부 장관 조현은", "크렘린궁 대변인 드미트리 페스코프는"): a Korean name,
        or up to three words of a foreign one, the last with its particle (taken off)."""
        sp = self._lists.spaced
        assert sp is not None
        names: list[str] = []
        pos = at
        stripped = False
        for t in _SPACED_TOKEN.finditer(self.text, at, min(limit, at + _SPACED_REACH)):
            if _SPACED_GAP.fullmatch(self.text, pos, t.start()) is None or len(names) >= _SPACED_NAME_WORDS:
                break
            w = t.group()
            bare_form = self._without_particle(w)
            # (After a first word, only a foreign name's longer part goes on: a Korean name is one word.)
            if bare_form != w and self._spaced_name_word(bare_form, last=True):
                if not names or not self._native(bare_form) and len(bare_form) >= 3:
                    names.append(bare_form)
                    stripped = True
                break  # the particle ends the name
            if not self._spaced_name_word(w, last=False) or names and (self._native(w) or len(w) < 3):
                break
            names.append(w)
            pos = t.end()
        # (One word with no particle after it may be a noun the role qualifies: 대통령 취임식.)
        if names and (len(names) > 1 or self._native(names[0]) or stripped):
            found.setdefault(" ".join(names), phrase)

    def _titled_names(self, found: dict[str, str]) -> None:
        """The names of a language whose names open with a glued honorific (Thai, see _TitledLists): after an
        honorific standing where a word may begin ('นายอนุทิน ชาญวีรกูล', 'ด้านนายฝ่าม มิงห์ จิ๋ง'), or right after a
        role word opening a word ('ประธานาธิบดีวลาดิมีร์ ปูติน', 'ประธานาธิบดีปูตินกล่าว'). A name is its given name
        (up to a name end) and up to _TITLED_PARTS more words each after one space; keyed without the honorific.
        Its role phrase is the word holding the role before it or the word after it opening with a role."""
        text, lists = self.text, self._lists
        tl = lists.titled
        assert tl is not None
        for a, b in self._spans:
            for m in tl.honorific.finditer(text, a, b):
                s = m.start()
                if text.startswith(tl.not_names, s) or ((r := lists.role.match(text, s, b)) and r.end() > m.end()):
                    continue  # นายจ้าง, นายกรัฐมนตรี: a word, no name
                if any(text.startswith(w, s - j) for w in tl.not_names for j in range(1, len(w)) if s - j >= a):
                    continue  # ทนายความ, ពិភពលោក: the honorific's letters inside another word
                name_end = self._titled_name(m.end(), b, honorific=True)
                if name_end is None:
                    continue
                name = text[m.end():name_end]
                found.setdefault(name, self._titled_role(s, name_end, a, b))
                self._honorific_of.setdefault(name, m.group().strip())
            for m in lists.role.finditer(text, a, b):
                if m.start() > a and re.match(f"[{_THAI_LETTERS}.]", text[m.start() - 1]):
                    continue  # a role word inside a longer word
                if tl.honorific.match(text, m.end(), b) or text.startswith(tl.links, m.end()):
                    continue  # the honorific's name is read above; ด้าน…, ประจำ…: the role phrase goes on
                name_end = self._titled_name(m.end(), b, honorific=False)
                if name_end is not None:
                    found.setdefault(text[m.end():name_end], self._titled_role(m.start(), name_end, a, b))

    def _titled_name(self, start: int, limit: int, honorific: bool) -> int | None:
        """Where a name opening at `start` ends (see _titled_names), or None for no name: a given name that is a
        stop word or a place, or, after a role without an honorific, one that neither a family name after a space nor
        a speech verb glued to it follows (ผู้นำทั้งสองจะหารือ: no name)."""
        text, lists = self.text, self._lists
        tl = lists.titled
        assert tl is not None
        given = self._titled_word(start, limit)
        if given is None or not self._titled_word_ok(text[start:given]):
            return None
        end = given
        parts = 0
        while parts < _TITLED_PARTS and end + 1 < limit and text[end] == " ":
            w_end = self._titled_word(end + 1, limit)
            if (w_end is None or not self._titled_word_ok(text[end + 1:w_end]) or tl.honorific.match(text, end + 1, limit)
                    or lists.verb.match(text, end + 1, limit) or lists.role.match(text, end + 1, limit)):
                break
            end = w_end
            parts += 1
        if not honorific and not parts and not lists.verb.match(text, end, limit):
            return None
        return end

    def _titled_word(self, start: int, limit: int) -> int | None:
        """Where a name's word opening at `start` ends: its whole run of letters where that is short and holds no
        speech verb, role or honorific (see _TITLED_WHOLE), else the first name end in it; None for no word."""
        tl = self._lists.titled
        assert tl is not None
        run = tl.token.match(self.text, start, limit)
        if run is None or run.end() - start < 2:
            return None
        if run.end() - start <= _TITLED_WHOLE and not tl.strong.search(self.text, start + 1, run.end()):
            return run.end()
        word = tl.word.match(self.text, start, limit)
        return word.end() if word else None

    def _titled_word_ok(self, word: str) -> bool:
        """Whether a word may be a name's: no stop word, place, nationality, role-phrase link or honorific word."""
        tl = self._lists.titled
        assert tl is not None
        return (word not in tl.stop and not word.startswith(tl.links) and not tl.end.match(word) and not word.startswith(tl.not_names)
                and places.lookup(word) is None and places.demonym(word) is None
                and not self._lists.role.match(word))

    def _titled_role(self, start: int, end: int, floor: int, limit: int) -> str:
        """The role phrase of a name from `start` (its honorific or role) to `end`: the word holding a role word glued
        before it or standing one space before it ('นายกรัฐมนตรี นายอนุทิน'), else the word after it opening with a
        role ('… นายกรัฐมนตรีเวียดนาม'); '' for none."""
        text, lists = self.text, self._lists
        lo = text.rfind(" ", floor, start) + 1 if text.rfind(" ", floor, start) >= floor else floor
        glued = text[lo:start]
        if glued and lists.role.match(glued):
            return text[lo:start] if not self._lists.titled.honorific.match(text, start) else glued
        if lists.role.match(text, start, end):
            return lists.role.match(text, start, end).group()
        prev = text.rfind(" ", floor, max(floor, lo - 1))
        before = text[prev + 1 if prev >= floor else floor:max(floor, lo - 1)]
        if lo > floor and not glued and before and (r := lists.role.search(before)):
            # 'หารือกับนายกรัฐมนตรีญี่ปุ่น นายชิเงรุ อิชิบะ': the role word (its country glued on) ending the word before.
            return before[r.start():]
        if end < limit and text[end] == " ":
            nxt = re.match(r"\S+", text[end + 1:limit])
            if nxt and lists.role.match(nxt.group()):
                return nxt.group()
        return ""

    def _titled_role_holders(self) -> dict[str, str]:
        """A role word standing alone for the one person the text introduced with it as their whole role phrase
        (Thai: a later 'นายกรัฐมนตรี กล่าวว่า' is the นายกรัฐมนตรี introduced as such, not the one introduced as
        นายกรัฐมนตรีเวียดนาม), with its short forms (names.txt [role_aliases]: นายกฯ); none where two share it."""
        tl = self._lists.titled
        assert tl is not None
        holders: dict[str, set[str]] = defaultdict(set)
        for name, phrase in self._roles.items():
            holders[phrase].add(name)
        out = {role: next(iter(names)) for role, names in holders.items() if len(names) == 1}
        for alias, role in tl.role_aliases.items():
            if role in out:
                out.setdefault(alias, out[role])
        return out

    def _role_subject(self, start: int, end: int) -> tuple[str, str, int] | None:
        """(person, form, start) of a role word opening text[start:end] that stands for one person (see
        _titled_role_holders), not followed by a name (that name is the subject then)."""
        tl = self._lists.titled
        h = tl.honorific.match(self.text, start, end) if tl is not None else None
        if h is not None and (m := self._lists.role.match(self.text, h.end(), end)) is not None:
            # 'ឯកឧត្តមរដ្ឋមន្ត្រីបានបន្តថា' (H.E. the Minister continued): the one person the text introduced with
            # that honorific and a role phrase opening with that role word.
            honorific = h.group().strip()
            holders = {name for name, phrase in self._roles.items()
                       if phrase.startswith(m.group()) and self._honorific_of.get(name) == honorific}
            return (holders.pop(), self.text[start:m.end()], start) if len(holders) == 1 else None
        m = self._lists.role.match(self.text, start, end)
        if m is None:
            return None
        # (The role with its country glued on, as the text introduced the person: Khmer 'នាយករដ្ឋមន្ត្រីវៀតណាម
        # បានមានប្រសាសន៍ថា' is the one introduced as នាយករដ្ឋមន្ត្រីវៀតណាម, not the Cambodian prime minister.)
        word = re.match(r"\S+", self.text[start:end])
        if word and word.group() != m.group() and word.group() in self._by_role:
            return self._by_role[word.group()], word.group(), start
        if m.group() not in self._by_role:
            return None
        return self._by_role[m.group()], m.group(), m.start()

    def _titled_keys(self, found: Mapping[str, str]) -> None:
        """Keys of an honorific language's names: the given name alone stands for the full name (นายอนุทิน for
        อนุทิน ชาญวีรกูล), and a foreign name's last word too (ปูติน for วลาดิมีร์ ปูติน) where no other name has it."""
        for name in found:
            parts = name.split(" ")
            if len(parts) > 1:
                self._keys.setdefault(parts[0], name)
                if parts[0] in found:
                    self._keys[parts[0]] = name
                if len(parts[-1]) >= _NAME_MIN:
                    self._keys.setdefault(parts[-1], name)
                for k in range(1, len(parts) - 1):
                    # ('ហ្វ្រង់ស៊ីស្កូ ទីវ ឡូរ៉េល' later 'លោក ទីវ ឡូរ៉េល': a family name of two words.)
                    tail = " ".join(parts[k:])
                    self._keys.setdefault(tail, name)
                    if tail in found:
                        self._keys[tail] = name

    def _without_particle(self, word: str) -> str:
        """The word without the particle glued after it, when two syllables at least stay and the text writes the
        rest alone or with another particle too (조현은 -> 조현 only where 조현 stands elsewhere: 김정은 stays)."""
        sp = self._lists.spaced
        assert sp is not None
        for p in sp.particles:
            if word.endswith(p) and len(word) - len(p) >= 2:
                stem = word[: -len(p)]
                # (A given name may end on 은 or 이, 김정은: such a word the text writes again is a name whole.)
                if (len(p) > 1 or len(word) > 3 or p not in _NAME_FINAL_PARTICLES
                        or self.text.count(stem) > self.text.count(word) or self.text.count(word) == 1):
                    return stem
        return word

    def _spaced_link(self, word: str) -> bool:
        """A word of a role phrase between a name and its role: an institution, a modifier (role_links.txt), a
        place or nationality, another role word, or a long word ending like an institution's name (국가정보원)."""
        sp = self._lists.spaced
        assert sp is not None
        return (word in sp.links or places.lookup(word) is not None or places.demonym(word) is not None
                or self._lists.role.fullmatch(word) is not None
                or (len(word) >= 3 and word.endswith(sp.suffixes) and not self._native(word))
                or _country_prefix(word))

    def _native(self, word: str) -> bool:
        """Whether a word is shaped like a Korean name: a family name and one or two syllables (two-syllable family
        names: one or two more), no stop word."""
        sp = self._lists.spaced
        assert sp is not None
        if word in sp.stop or not _HANGUL_WORD.fullmatch(word):
            return False
        return (2 <= len(word) <= 3 and word[0] in self._lists.surnames
                or 3 <= len(word) <= 4 and word[:2] in self._lists.surnames)

    def _spaced_name_word(self, word: str, last: bool) -> bool:
        """Whether a word may be part of a name: Hangul (a foreign name's parts may be joined by hyphens or dots),
        two syllables at least or a name particle, no stop, place, nationality or role word, and, unless it is the
        name's last word (right before the role), not ending as a particle or a verb form does (중인, 브리핑에서)."""
        sp = self._lists.spaced
        assert sp is not None
        if not _SPACED_NAME.fullmatch(word) or word in sp.stop or word in sp.links:
            return False
        if len(word) < 2:
            return word in sp.name_particles and not last
        if places.lookup(word) is not None or places.demonym(word) is not None or self._lists.role.search(word):
            return False
        return last or not word.endswith(sp.endings)

    def _spaced_keys(self, found: dict[str, str], bare: Mapping[str, str]) -> None:
        """Keys of a spaced language's names: every part of a foreign name of two syllables or more stands for the
        whole ("프라보워 대통령" for 프라보워 수비안토), and a family name alone before a role for the full name with it
        found first, one with the same role word preferred ("이 대통령" for 이재명, "김 교수" for 김민수)."""
        for name in found:
            for part in name.split(" ") if " " in name else ():
                if len(part) >= _NAME_MIN:
                    self._keys.setdefault(part, name)
                    if part in found:
                        self._keys[part] = name
        for form, role in bare.items():
            surname = form.split(" ", 1)[0]
            natives = sorted((n for n in found if n.startswith(surname) and " " not in n and n != surname),
                             key=lambda n: not self._native(n))
            full = next((n for n in natives if found[n].endswith(role)), natives[0] if natives else None)
            if full is not None:
                self._keys[form] = full

    def _role_phrase(self, start: int, end: int, floor: int) -> str:
        """The role phrase ending at a role word: from the last mark, digit or name end before it (at most
        _ROLE_PHRASE_MAX characters back), e.g. "乌兹别克斯坦总统" after "…访问的"."""
        text, lists = self.text, self._lists
        lo = max(floor, start - _ROLE_PHRASE_MAX)
        stops = list(lists.phrase_stop.finditer(text, lo, start))
        for k in range(len(stops) - 1, -1, -1):
            m = stops[k]
            if _HAN_CHAR.match(m.group()) and _inside_place(text, m.start(), m.end(), lo, start):
                continue  # "阿尔及利亚总统": 及 is a letter of the country's name, no conjunction
            if m.group() in lists.role_and:
                before = text[stops[k - 1].end() if k else lo : m.start()]
                after = text[m.end() : start]
                # "国际关系与合作部长": two portfolios of one office; not "习近平与南非总统" (a name before the
                # conjunction), nor "中国和俄罗斯总统" (another country after it).
                if (before and after and not looks_like_name(before, lists) and not lists.role.search(before)
                        and not any(places.lookup(after[:n]) for n in range(1, min(len(after), _PLACE_CHARS) + 1))):
                    continue
            return text[m.end() : end]
        return text[lo:end]

    def _all_mentions(self) -> list[Mention]:
        """Every occurrence of a found name in the running text, the first of its sentence marked the subject."""
        if self._mentions is None:
            out: list[Mention] = []
            sentence_end = -1
            for a, b in self._spans:
                for m in self._names.finditer(self.text, a, b) if self._names else ():
                    if m.start() > 0 and self.text[m.start() - 1] in _STACKING:
                        continue  # 'បណ្ឌិត' (Dr) holds ឌិត stacked under ណ: no name opens on a stacked letter
                    # (A sentence glued to the full stop of the one before opens right at its end: "…成果。赞丹沙塔尔…".)
                    starts_sentence = m.start() >= sentence_end
                    if starts_sentence:
                        stop = _FULL_STOP.search(self.text, m.end(), b)
                        sentence_end = stop.end() if stop else b
                    out.append(Mention(m.start(), m.end(), m.group(), NAME, self._keys[m.group()],
                                       subject=starts_sentence))
            self._mentions = out
        return self._mentions

    def resolve(self, masked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """The name mentions outside the masked spans (quotations)."""
        mask = sorted(masked)
        if not mask:
            return list(self._all_mentions())
        starts = [a for a, _ in mask]
        out = []
        for m in self._all_mentions():
            k = bisect_right(starts, m.start) - 1
            if k < 0 or m.start >= mask[k][1]:
                out.append(m)
        return out

    def people(self) -> tuple[str, ...]:
        """Names, most mentioned first."""
        counts = Counter(m.person for m in self._all_mentions() if m.person)
        return tuple(p for p, _ in counts.most_common())

    def roles(self) -> dict[str, str]:
        """Person -> the role phrase the text introduces them with."""
        return dict(self._roles)

    def role_phrases(self) -> dict[str, tuple[str, bool]]:
        """Person -> (role phrase, False): no case tells an oblique phrase here."""
        return {p: (phrase, False) for p, phrase in self._roles.items()}

    def is_opinion(self, cue: str) -> bool:
        """Whether a cue ends on an opinion verb (认为): a short quotation after it is a term."""
        return any(map(cue.endswith, self._lists.opinion))

    def speaker_before(self, start: int, floor: int) -> tuple[str, str, str] | None:
        """(person, form, cue) of the cue before a quotation opening at `start`: the last speech verb of its
        sentence before it (not past `floor`) and the name or pronoun before that verb; None without one."""
        lists = self._lists
        verbs = list(lists.verb.finditer(self.text, floor, start))
        for verb in reversed(verbs):
            who = self._subject_before(verb.start(), floor)
            if who:
                return who[0], who[1], self.text[who[2]:verb.end()]
        return None

    def speaker_after(self, end: int, limit: int) -> tuple[str, str, str] | None:
        """(person, form, cue) of a cue right after a quotation closing at `end` ("”他说，", "”莫迪说。")."""
        at = end
        while at < limit and self.text[at] in "，, \u3000":
            at += 1
        if (self._lists.titled is not None and (h := self._lists.titled.honorific.match(self.text, at, limit))
                and not ((r := self._lists.role.match(self.text, at, limit)) and r.end() > h.end())):
            at = h.end()  # "…" นางสาวศิริพรกล่าว: the name is keyed without its honorific (นายกฯ is a role)
        if self._by_role and (r := self._role_subject(at, limit)):
            after = at + len(r[1])
            while after < limit and self.text[after] in " \u00a0":
                after += 1
            verb = self._lists.verb.match(self.text, after, limit)
            if verb and not any(n.start == after for n in self._all_mentions()):
                return r[0], r[1], self.text[at:verb.end()]  # "…" นายกฯ กล่าว
        # (A verb before a colon introduces the next quotation: "“…。”拉夫罗夫说：“…”".)
        for n in self._all_mentions():
            if n.start == at:
                # (Khmer sets the verb off by a space: '«…» សម្តេច ហ៊ុន ម៉ាណែត បានថ្លែង «…»'.)
                gap = n.end + (self.text.startswith(" ", n.end) and self._lists.titled is not None)
                verb = self._lists.verb.match(self.text, gap, limit)
                if verb and self.text[verb.end():verb.end() + 1] not in _COLONS:
                    return n.person or n.form, n.form, self.text[at:verb.end()]
        p = self._lists.pronoun.match(self.text, at, limit)
        if p:
            verb = self._lists.verb.match(self.text, p.end(), limit)
            person = self._antecedent(at)
            if verb and person and self.text[verb.end():verb.end() + 1] not in _COLONS:
                return person, p.group(), self.text[at:verb.end()]
        return None

    def speaker_closing(self, start: int, end: int, floor: int, limit: int) -> tuple[str, str, str] | None:
        """(person, form, cue) of a quotation (opening at `start`, closing before `end`) that a speech verb
        right after it closes, after a particle or not ("「…」と述べた", "“…”说"): the subject of its sentence,
        the first name between the sentence's start (`floor`) and the quotation."""
        if self._lists.spaced is not None:
            return self._spaced_closing(start, end, floor, limit)
        at = end
        while at < limit and self.text[at] in _CLOSING_PARTICLES:
            at += 1
        verb = self._lists.verb.match(self.text, at, limit) if at < limit else None
        if verb is None or at - end > _CLOSING_PARTICLE_MAX:
            return None
        names = [n for n in self._all_mentions() if floor <= n.start and n.end <= start]
        if not names:
            # "同氏は「…」と話しました": the person the sentence's pronoun stands for.
            p = self._lists.pronoun.search(self.text, floor, start)
            person = self._antecedent(p.start()) if p else None
            return (person, p.group(), p.group() + "…" + self.text[end:verb.end()]) if p and person else None
        return names[0].person or names[0].form, names[0].form, names[0].form + "…" + self.text[end:verb.end()]

    def cued_after(self, end: int, limit: int) -> bool:
        """Whether a speech cue closes the quotation ending at `end` whoever said it (Korean "…"라고 말했다 after an
        unnamed "정부 관계자는"): its words are speech, not a term. Chinese and Japanese: never (their rule stands)."""
        sp = self._lists.spaced
        if sp is None:
            return False
        if sp.quote_particle.match(self.text, end, limit):
            return True
        particle = sp.quote_only.match(self.text, end, limit)
        stop = _FULL_STOP.search(self.text, end, limit) if particle else None
        return bool(particle and self._lists.verb.search(self.text, particle.end(), stop.start() if stop else limit))

    def _spaced_closing(self, start: int, end: int, floor: int, limit: int) -> tuple[str, str, str] | None:
        """speaker_closing() in Korean: a quotation particle glued to the closing mark and its speech verb ("…"라고
        말했다), or a connective saying "saying" alone ("…"라며 "…"고 말했다); the speaker is the sentence's first
        name before the quotation ("이 대통령은 "…"), else the person a pronoun there stands for ("다만 그는 "…")."""
        sp = self._lists.spaced
        assert sp is not None
        cue = sp.quote_particle.match(self.text, end, limit)
        if cue is None:
            return self._spaced_subject_after(end, limit)
        names = [n for n in self._all_mentions() if floor <= n.start and n.end <= start]
        if names:
            return names[0].person or names[0].form, names[0].form, names[0].form + " … " + cue.group()
        p = self._lists.pronoun.search(self.text, floor, start)
        person = self._antecedent(p.start()) if p else None
        return (person, p.group(), p.group() + " … " + cue.group()) if p and person else None

    def _subject_before(self, at: int, floor: int) -> tuple[str, str, int] | None:
        """(person, form, start) of the name or pronoun that is the subject of a verb at `at`: a 他/她 after the
        sentence's names (its antecedent: "会见X时，他表示"), else the sentence's first name up to the verb."""
        # The verb's own clause: a name before a comma is another verb's subject ("…米尔济约耶夫举行会谈，双方宣布").
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(self.text, floor, at)), default=floor)
        names = [n for n in self._all_mentions() if clause <= n.start and n.end <= at]
        # (Searched past the verb, whose letters a Thai pronoun's look-ahead reads: เขากล่าวว่า.)
        pronouns = [p for p in self._lists.pronoun.finditer(self.text, names[-1].end if names else clause,
                                                             min(len(self.text), at + _PRONOUN_REACH))
                    if p.start() < at]
        if pronouns:
            person = self._antecedent(pronouns[0].start())
            if person:
                return person, pronouns[0].group(), pronouns[0].start()
        if names:
            n = names[0]
            return n.person or n.form, n.form, n.start
        if self._by_role:
            # "นายกฯ กล่าวว่า" (Thai): the office alone, at the clause's start, for the one person holding it.
            lead = self.text[clause:at]
            return self._role_subject(clause + len(lead) - len(lead.lstrip()), at)
        return self._title_holder(clause, at)

    def _title_holder(self, clause: int, at: int) -> tuple[str, str, int] | None:
        """(person, form, start) of a bare title as the verb's subject ("总统说：", "大臣は"): the clause is the role
        word alone, and the text introduces one person only with that role word ending their role phrase."""
        m = self._lists.role.search(self.text, clause, at)
        if m is None or self.text[clause:m.start()].strip() or m.end() != at:
            return None
        holders = {p for p, phrase in self._roles.items()
                   if (last := list(self._lists.role.finditer(phrase))) and last[-1].group() == m.group()}
        # (A name found both whole and by its last part, 若泽·拉莫斯-奥尔塔 and 拉莫斯-奥尔塔, is one person.)
        holders = {h for h in holders if not any(o != h and o.endswith(h) for o in holders)}
        if len(holders) != 1:
            return None
        return holders.pop(), m.group(), m.start()

    def _antecedent(self, at: int) -> str | None:
        """Whom a 他/她 at `at` stands for: the subject of the last sentence before it naming someone first."""
        before = [n for n in self._all_mentions() if n.end <= at]
        subjects = [n for n in before if n.subject]
        pick = subjects[-1] if subjects else (before[-1] if before else None)
        return pick.person if pick else None


# (A full stop after a Hangul syllable and before a space ends a Korean sentence: "…합의했다. 프라보워…".)
_FULL_STOP = re.compile("[。！？!?]|(?<=[\uac00-\ud7a3])\\.(?=\\s|$)")
# A word of a spaced language with glued particles (Korean): what stands between spaces and marks.
_SPACED_TOKEN = re.compile(r"[^\s\"“”‘’'「」『』()\[\]<>《》〈〉,.;:!?…=/|]+")
_SPACED_GAP = re.compile("[ \u00a0]+")
# A closing bracket and the space after it: "한국국방연구원(KIDA) 연구위원".
_SPACED_BRACKET_GAP = re.compile("\\)[ \u00a0]+")
# Particles a Korean given name may end on as a syllable of its own (김정은, 박지은): such a word is stripped only
# where the text gives no other sign of it (see _without_particle).
_NAME_FINAL_PARTICLES = ("은", "이")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
# A name's word: Hangul syllables, the parts of a foreign one joined by a hyphen or a middle dot (장-노엘).
_SPACED_NAME = re.compile("[\uac00-\ud7a3]+(?:[-·・][\uac00-\ud7a3]+)*")
# How far back from a role word its name may stand (characters), and the most words of a foreign name.
_SPACED_REACH = 60
_SPACED_NAME_WORDS = 3
# The particle between a quotation and the verb closing it (Japanese と, とも); at most this many characters.
_CLOSING_PARTICLES = "とも、"
_CLOSING_PARTICLE_MAX = 2
_CLAUSE_BREAK = re.compile("[，,；;。！？!?]")
# How far past a verb a pronoun's look-ahead may read (characters: the longest speech verb).
_PRONOUN_REACH = 40
_COLONS = ("：", ":")


def people_of(text: str, spans: Sequence[tuple[int, int]], lang: str,
              captions: Sequence[tuple[int, int]] = ()) -> People | _UnspacedPeople:
    """The article's People: the word-run reader, or _UnspacedPeople for a language written without spaces."""
    if unspaced(lang):
        return _UnspacedPeople(text, spans, lang)
    return People(text, spans, lang, captions)
