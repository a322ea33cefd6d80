"""Visits: grouping articles, recognising translations, visit metadata and the timeline."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache
from itertools import chain, compress, filterfalse, islice, repeat, takewhile
from operator import add, getitem, is_, itemgetter, le, lt, sub
from typing import Any

from digest import cleaning, data, dates, kana, language, numbers, places, romanise
from digest.config import Config, VisitRule
from digest.sentences import stop_words
from digest.speakers import (ShownNames, auxiliaries, commentator_words, country_languages, heads_institution, lexicon,
                             names_head, nominative, particle_words, same_word, surname, surname_conjunctions)
from digest.speakers import (and_words, given_name_called, given_name_people, one_person, place_name_run,
                             uncased_script)
from digest.speakers import genitive_postpositions, verb_last
from digest.speakers import genitive_clitics, glued_genitive_country, role_link
from digest.speakers import BRIDGE_MIN, bridge_skeletons, fold, thai_sounds
from digest.speakers import looks_like_name, region_word, unspaced_lists
from digest.speakers import LANGS, member_words, name_words, party_words
from digest.speakers import case_forms, family_first, head_office, name_letters, visit_words
from digest.model import (
    BLANK, FURNITURE, HEADING, TEXT, TITLE, Analysis, Article, Block, Coded, Packed, Quote, Sentence, Visit,
    VisitSignals,
)

# Two dated articles further apart than this are never the same visit.
MAX_GAP_DAYS = 6
# Dated articles closer than this that share a place or a rare name are the same visit.
SAME_TIME_DAYS = 3
# Evidence an undated article needs to join another: IDF-weighted cosine of names, places,
# figures and months. Two leaders and their capitals alone stay well below it.
UNDATED_LINK = 0.35
DATED_LINK = 0.12
# Undated articles pointing to the same months of the year (the event's, or the background
# events they recall) need only a little shared evidence beyond that.
SAME_MONTHS_LINK = 0.05
# A translation or re-publication shares most figures and names and has a similar shape.
DUPLICATE_LINK = 0.6
# A translation whose note names the language it was translated from links to the likeliest article in that
# language at this score: the note says what the text is, and names in another script may give no keys at all.
NOTED_LINK = 0.45
PARTICIPANT_SHARE = 0.3
# A summit's people are tied to this many countries at least (a bilateral visit's to two, and a third
# country named in passing); its participants and the names its title gives are at most these many.
SUMMIT_COUNTRIES = 3
SUMMIT_PARTICIPANTS = 8
SUMMIT_TITLED = 4
# The score (see _where) a city needs to be a visit's place: more than one bare mention.
MIN_PLACE_SCORE = 2
# How many of an article's most mentioned people grouping compares.
PEOPLE_COMPARED = 3
# Blocking: a feature carried by more articles than this says nothing and is not indexed.
MAX_BUCKET = 200
# Translations are looked for among articles sharing one of these many rarest figures (or names).
SIGNATURE_KEYS = 8

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What a sentence's words are when matched against the visit words (apostrophes and hyphens split).
_PLAIN_WORD = re.compile(r"\w+")
# Characters either side of a place read for a word of going home (three words before, two after).
_HOME_REACH = 40
# Words before a place read for a phrase of an onward trip ("hours before flying on to").
_ONWARD_WORDS = 6
# The longest article or preposition read as part of the date it opens ("el", "am", "on").
_DATE_ARTICLE = 3
# What the host's tie reads in place of a country ("the host, X", "X welcomed"), and how many words
# before a name are read for it.
HOST = "@host"
# Who the text shows travelling to the venue, where no country tells (see _placed_in_headline).
GUEST = "@guest"
_HOST_WORDS = 4
_HOST_REACH = 80
# How far after a host's verb a word for a peer may stand ("recibió este miércoles a su homólogo").
_PEER_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?\n]")
# Inside a scanned word: what splits it into runs of letters, and what no run of letters holds.
_JOINERS = re.compile("['’-]")
_NOT_LETTER = re.compile(r"[\d_]")
_UNDERSCORE = re.compile("_")
# Capitalised words standing side by side (one space or none between, or a line end after it)
# form a name run.
_RUN_GAPS = frozenset(("", " ", "\n", " \n"))
_MAX_RUN_GAP = max(map(len, _RUN_GAPS))
# Where a clause ends: a country word before it says nothing about the name after it.
_CLAUSE_END = re.compile(r"[.,:;!?()\"“”«»„]")
# Most words of an insertion set off by commas between a host's verb and its object ("a reçu,
# mardi 13 avril, la présidente").
_INSERT_WORDS = 4
# How many words before a name may tie it to a country (il presidente kazako Tokayev).
_DEMONYM_WINDOW = 2
# Capitalised words (given names, titles) passed over between those words and a surname.
_SKIPPED = 2

# A capitalised word sharing this many first letters with a lower-case word of the article is
# an ordinary word (Presidenti / presidente), not part of a name.
_STEM = 6
# \d\d*, not \d+: a pattern opening with a character class is searched for by a fast scan.
_FIGURE = re.compile(r"\d\d*(?:[.,\u00a0 ’']\d+)*")
# The separators dropped, and every script's decimal digits as 0-9: a Bengali article's ৫০০ (its text keeps its own
# digits) is the key of its English translation's 500.
_FIGURE_SEPARATORS = str.maketrans({**dict.fromkeys(map(ord, ".,\u00a0 ’'")),
                                    **{c: str(unicodedata.decimal(chr(c))) for c in range(0x80, 0x10000)
                                       if unicodedata.category(chr(c)) == "Nd"}})
# Opening quotation marks: these, and a straight double quote after a space (or opening the text).
_QUOTE_MARKS = "“„«‘‹"
_SPACED_QUOTE = re.compile(r'"(?<=\s")')
# ... and the Central Asian and Belarusian letters with no decomposition, which would otherwise vanish (Раҳмон
# -> ramon, no key shared with Rahmon; Тоқаев -> toaev): Tajik ҳ ӣ ҷ қ ғ ӯ, Kazakh/Kyrgyz ү ө ң ұ ә һ, ў;
# and Serbian ђ ј љ њ ћ џ as Serbian Latin writes them (Ђорђевић, Đorđević: djordjevic; Љубљана, Ljubljana).
_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґҳӣҷқғӯүөңұәһўђјљњћџ"
_CYRILLIC = str.maketrans(
    dict(
        zip(
            _CYRILLIC_LETTERS,
            ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch - y - e yu ya i yi ye g"
             " h i j k g u u o n u a h u dj j lj nj c dz").split(),
        )
    )
)
_CYRILLIC_LETTER = re.compile(f"[{_CYRILLIC_LETTERS}]")
# Armenian letters (data/armenian.txt), which have no decomposition either (Պուտին -> putin); ու is one u.
_ARMENIAN = str.maketrans(data.transliteration("armenian.txt"))
_ARMENIAN_LETTER = re.compile("[\u0561-\u0587]")
# Arabic-script letters (data/arabic.txt), which the ASCII fold below would drop whole (بوتين -> butin).
_ARABIC = str.maketrans(data.transliteration("arabic.txt"))
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u067e-\u06cc]")
# Devanagari letters and vowel signs (data/devanagari.txt, its signs also as the letters standing for them inside an
# analysis: data.marks_as_letters), which the ASCII fold below would drop whole (पुतिन -> putin).
_DEVANAGARI = str.maketrans(data.transliteration("devanagari.txt"))
_DEVANAGARI_LETTER = re.compile(f"[\u0900-\u097f{data.MARK_LETTERS}]")
# Thai letters and vowel signs (data/thai.txt, its signs also as the letters standing for them inside an analysis),
# which the ASCII fold below would drop whole (ปูติน -> putin): no Thai name had a key, so none was a participant.
# Khmer's letters and vowel signs likewise (data/khmer.txt).
_THAI = str.maketrans(data.transliteration("thai.txt", "khmer.txt"))
_THAI_LETTER = re.compile(f"[{data.PHRASE_SCRIPT}{data.MARK_LETTERS}]")
# Bengali letters and vowel signs (data/bengali.txt, its signs also as the letters standing for them), which the
# ASCII fold below would drop whole (ইউনূস -> ''): no Bengali name had a key, so none was a participant.
_BENGALI = str.maketrans(data.transliteration("bengali.txt"))
_BENGALI_LETTER = re.compile("[\u0980-\u09ff]")
# Tamil letters and vowel signs (data/tamil.txt, its signs also as the letters standing for them inside an analysis).
# Tamil writes one letter for k/g, t/d, p/b: a stop after a vowel (a bare consonant's own a, a vowel sign) or a
# nasal, and not doubled, is voiced as Tamil says it (மோடி = modi, not moti: the key Modi has in every other script).
_TAMIL = str.maketrans(data.transliteration("tamil.txt"))
_TAMIL_LETTER = re.compile(f"[\u0b80-\u0bff{data.MARK_LETTERS}]")
_TAMIL_VOICED = {"க": "g", "ட": "d", "த": "d", "ப": "b"}
_TAMIL_SIGNS = "".join(data.marks_as_letters(chr(c)) for c in range(0x0BBE, 0x0BCD))
_TAMIL_PULLI = "\u0bcd" + data.marks_as_letters("\u0bcd")
_TAMIL_VOICING = re.compile(f"(?:(?<=[\u0b85-\u0bb9\u0bbe-\u0bcc{_TAMIL_SIGNS}])|(?<=[ஙஞணநமன][{_TAMIL_PULLI}]))"
                            f"[கடதப](?![{_TAMIL_PULLI}])")
_ARABIC_ARTICLE = re.compile("(?<![^\\W\\d_])\u0627\u0644(?=[^\\W\\d_]{2})")
# Hebrew letters (data/hebrew.txt), which the ASCII fold below would drop whole too (טראמפ -> tramp).
_HEBREW = str.maketrans(data.transliteration("hebrew.txt"))
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# Georgian letters (data/georgian.txt), which the ASCII fold below would drop whole too (კობახიძე -> '').
_GEORGIAN = str.maketrans(data.transliteration("georgian.txt"))
_GEORGIAN_LETTER = re.compile("[\u10d0-\u10ff]")
# Ethiopic letters (data/ethiopic.txt: each a consonant with its vowel), which the ASCII fold would drop whole too
# (ሩቶ -> ''): no Amharic name had a key, so none met its Latin spelling in another article.
_ETHIOPIC = str.maketrans(data.transliteration("ethiopic.txt"))
_ETHIOPIC_LETTER = re.compile("[\u1200-\u135a]")
# Greek letters (data/greek.txt, accented ones listed there too), which the ASCII fold below would drop whole
# (Ζελιάσκοφ -> '', no key shared with Желязков or Zhelyazkov).
_GREEK = str.maketrans(data.transliteration("greek.txt"))
_GREEK_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# The letter pairs Greek spells a foreign b, d, g with at a word's start (Μπετσίροβιτς, Bećirović; Ντόναλντ,
# Donald; Γκάντι, Gandhi); inside a word μπ and ντ are an mp and an nt as Greek names are spelt in Latin (Λαμπράκης,
# Lamprakis; Αντώνης, Antonis), γκ a foreign name's g still (Γκεόργκιεφ, Georgiev).
_GREEK_PAIR = re.compile("(?<![^\\W\\d_])(?:μπ|ντ)|γκ")
_GREEK_PAIRS = {"μπ": "b", "ντ": "d", "γκ": "g"}
# A NUL-separated word with a letter of Ukrainian or Belarusian but not Russian, and its г read as h.
_UKRAINIAN_WORD = re.compile("[^\0]*[іїєўІЇЄЎ][^\0]*")
_G_AS_H = str.maketrans("гГ", "хХ")
# Azerbaijani ə has no decomposition: without this it would vanish with the accents (Əli Əsədov -> li sdov,
# no key shared with Ali Asadov).
# Letters with no decomposition that fold to a Latin letter: Azerbaijani ə, and Hausa's hooked ɓ ɗ ƙ ƴ, which many
# Hausa sites and every other language type b d k y (Ɗanladi, Danladi): without this they vanished with the accents.
_SCHWA = str.maketrans({"ə": "a", "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y"})
# Every ASCII byte but a-z and NUL.
_NOT_LATIN = bytes(c for c in range(128) if c and not 97 <= c <= 122)
_VOWELS = b"aeiouyj"
# A NUL-separated word's first three letters (two if it has only two), or "" (the group left out).
_FIRST_THREE = re.compile("\0([^\0]{2,3})?[^\0]*")
# (A z before k, t or p is said s, and a script spelling by sound writes it so: Желязков, Zhelyazkov, Ζελιάσκοφ.)
_DIGRAPHS = (("sch", "s"), ("sz", "s"), ("cz", "c"), ("ch", "h"), ("kh", "h"), ("sh", "s"), ("zh", "z"),
             ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("w", "v"), ("x", "ks"),
             ("zk", "sk"), ("zt", "st"), ("zp", "sp"))


def signals(
    text: str,
    blocks: Sequence[Block],
    sentences: Sequence[Sentence],
    lang: str,
    quotes: Sequence[Quote] = (),
    people: Sequence[str] = (),
) -> tuple[str | None, tuple[str, ...], tuple[str, ...], VisitSignals]:
    """Per-article clues: publication date if the text gives one, dates and places mentioned, and
    what grouping and translation detection compare (the text's part of it: metadata comes later).
    """
    # A wire round-up tells several stories, each opened by its own dateline ("MONTEVIDEO - …", then
    # "BARCELONA - …"): the article's visit is its lead's story, and the later ones lend it no people, places
    # or figures.
    stories = later_stories(text, blocks)
    cut = stories[0][0] if stories else None
    if cut is not None:
        blocks = [b for b in blocks if b.start < cut]
        sentences = [s for s in sentences if s.start < cut]
        quotes = [q for q in quotes if q.start < cut]
    spans = dates.text_spans(blocks)
    # Every stage reads the same words: they are found once.
    scanned = places.scan(text, spans)
    mentions = dates.find(text, lang, spans, scanned)
    published = dates.publication(text, blocks, lang, mentions, scanned)
    # The header's later stamps say when the page changed, not when anything happened.
    late = dates.stamps(blocks, mentions)
    if late:
        mentions = [m for i, m in enumerate(mentions) if i not in late]
    # Only the running text tells when the visit happened: furniture dates other news.
    mentions = dates.in_running_text(blocks, mentions)
    found = places.find(text, spans, lang, scanned)
    # A weekday word inside a place's name ("Santo Domingo", Sunday in Spanish) dates nothing: the place is read.
    if found and mentions:
        found_starts = [f.start for f in found]
        mentions = [m for m in mentions if m.day is not None or (k := bisect_right(found_starts, m.start) - 1) < 0
                    or m.start >= found[k].end]
    # A place named inside a quotation is the speaker's ("Für Berlin ist Malta weit entfernt"), not where the
    # reporter puts the event: only the reporter's own words place it.
    said = sorted(part for q in quotes if q.kind == "speech" for part in (q.parts or ((q.start, q.end),)))
    said_starts = [a for a, _ in said]
    told = [f for f in found if (k := bisect_right(said_starts, f.start) - 1) < 0 or f.start >= said[k][1]]
    where = _where(text, blocks, sentences, lang, told)
    mentions = _off_the_visit(text, mentions, found, lang, where)
    mentions = _off_the_market(text, mentions, lang)
    mentions = _off_the_trip_home(text, mentions, lang)
    kinds = [b.kind for b in blocks if b.kind != "blank"]
    w = _words(text, scanned.part(k for k, kind in enumerate(kinds) if kind == TEXT), lang=lang)
    # Without a date of its own, an article is dated by a full date it gives more than once.
    full = Counter(d for m in mentions if (d := dates.to_date(dates.resolve(m, None))))
    top = full.most_common(1)
    when = dates.to_date(published) or (top[0][0] if top and top[0][1] >= 2 else None)
    keys = tuple(dict.fromkeys(
        (m.year, m.month, m.day, m.weekday, m.offset)
        for m in dates.with_weekdays(text, _event_mentions(blocks, mentions, quotes, published))
        if m.day is not None or m.weekday is not None or m.offset is not None
    ))
    if when:
        days, months, month_years = _anchored(keys, when)
    else:
        days = tuple(sorted({d.isoformat() for d in full}))
        month_set = {m.month for m in mentions if m.month and (m.year is None or m.day is not None)}
        months = tuple(sorted(month_set))
        month_years = tuple(sorted({(m.month, m.year) for m in mentions if m.month in month_set and m.year}))
    names = _name_keys(sentences, w)
    figures = w.figures
    features = (
        {f"n:{k}" for k in names}
        | {f"p:{f.place.name}" for f in found if f.place.kind != "seat"}
        | {f"f:{x}" for x in figures if len(x) >= 3}
        | {f"m:{m}" for m in months}
    )
    title = set(_WORD.findall(" ".join(text[b.start : b.end] for b in blocks if b.kind == TITLE)))
    venue = max(where.items(), key=itemgetter(1), default=(None, 0))
    away = _placed_elsewhere(text, sentences, told, venue[0] if venue[1] >= MIN_PLACE_SCORE else None,
                             _desk_datelines(text, blocks, lang))
    who, forms, headline = _people(text, quotes, people, w, title, lang, away)
    sig = VisitSignals(
        when=when.isoformat() if when else None,
        days=days,
        months=months,
        month_years=month_years,
        mentions=keys,
        features=tuple(sorted(features)),
        names=tuple(sorted(names)),
        figures=tuple(figures),
        where=tuple(where.items()),
        people=tuple(who.items()),
        forms=tuple(forms.items()),
        host_country=tuple((k, tuple(c.items())) for k, c in _ties(text, blocks, scanned, found, who, w, lang).items()),
        headline=headline,
        paragraphs=len(w.body),
        length=sum(y - x for x, y in w.body),
        quotes=_quote_marks(text, w.body),
        summit=_names_summit(text, blocks, sentences),
        bilateral=_names_summit(text, blocks, sentences, _bilateral_word()),
        headline_countries=tuple(sorted({f.place.country for f in found for b in blocks
                                         if b.kind == TITLE and b.start <= f.start < b.end}
                                        | {c for word in title if (c := places.demonym(word))})),
        stories=stories,
    )
    return published, dates.resolved(mentions, dates.to_date(published)), places.ranked(found), sig


# What may stand between a place and the date of what happens there: "Buenos Aires del jueves 12",
# "Berlin on Thursday", "Wien, am Freitag" (a few short words, no sentence end, no figure).
_PLACE_TO_DATE = re.compile(r"[ \t,]*(?:[^\W\d_]{1,4}[ \t]+){0,2}")


# A place's relative clause up to a date in it: a comma, the relative adverb, then words with no clause end.
_WHERE_CLAUSE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]+([^\W\d_]+)\b[^.,;:!?\n]*$")


@cache
def _where_words(lang: str) -> frozenset[str]:
    """visit.txt's [where]: the language's relative adverbs of place ("where", "waar", "donde")."""
    return frozenset(w.casefold() for w in data.sections("visit.txt", lang).get("where", ()))


def _off_the_visit(
    text: str, mentions: list[dates.Mention], found: Sequence[places.Found], lang: str, where: Counter[str]
) -> list[dates.Mention]:
    """The mentions without the dates of another stop of the tour ("^" phrases of visit.txt): "la
    escala en Buenos Aires del jueves 12" dates the stay in Buenos Aires, not the visit to Asunción; nor
    those of the trip away from the visit, going on ("~" and ">" phrases: "reser vidare till Oslo på
    onsdag", "segue na sexta-feira para Lisboa") or home ("!" words): the guest has left the visit that day."""
    if not found or not mentions:
        return mentions
    venue = where.most_common(1)[0][0] if where else None
    # A trip on to another city of the visited country is the visit going on (Tallinn, then Tartu).
    home = (p.country if (p := places.lookup(venue)) else None) if venue else None
    ends = [f.end for f in found]
    starts = [f.start for f in found]
    out = []
    for m in mentions:
        k = bisect_right(ends, m.start) - 1
        if k >= 0:
            f = found[k]
            gap = _PLACE_TO_DATE.match(text, f.end, m.start)
            city = f.place if f.place.kind not in ("country", "seat") else places.capital(f.place.country)
            # "came from Madrid, where he signed eight agreements on Monday": the date of a clause a relative
            # adverb of place opens after the other city dates that stop.
            where_clause = _WHERE_CLAUSE.match(text, f.end, m.start)
            if (where_clause and city is not None and city.name != venue
                    and where_clause.group(1).casefold() in _where_words(lang)):
                continue
            if gap and gap.end() == m.start and city is not None and city.name != venue:
                before = _words_before(text, f)
                if _other_stop(before, lang) or (city.country != home and _away(text, f, lang, before)):
                    continue
            # "Wizyta w Polsce potrwa dwa dni. (…) a w piątek odwiedzi zakłady w Gliwicach": after a visit to
            # another country, the paragraph's dates are days of that visit (the next leg), unless the date's
            # own sentence goes on to a place of the visited country.
            elif (home is not None and city is not None and city.country != home and f.locative
                  and "\n" not in text[f.end : m.start] and _visit_to(_words_before(text, f), lang)
                  and not _back_home(text, m, found, starts, home)):
                continue
        # The date inside the trip's phrase, before its place ("segue na sexta-feira para Lisboa"): the
        # phrase is read without the date's words.
        # Verb-second puts the subject between the date and the verb ("Am Donnerstag reist Pistorius weiter
        # nach Riga", "Dijous, Noboa es reunirà a Madrid"): the place is read a few words on, not characters.
        k = bisect_left(starts, m.end)
        # (At most that many words: the count stops at the one past them, not at the place, which may be far on.)
        if k < len(found) and next(islice(_PLAIN_WORD.finditer(text, m.end, found[k].start), _ONWARD_WORDS, None),
                                   None) is None:
            f = found[k]
            city = f.place if f.place.kind not in ("country", "seat") else places.capital(f.place.country)
            if (city is not None and city.name != venue and city.country != home
                    and not _SENTENCE_END.search(text, m.end, f.start)):
                lead = _SENTENCE_END.split(text[max(0, m.start - _HOME_REACH) : m.start])[-1]
                # The date's own article or preposition ("y el jueves a Montevideo", "am Freitag") is a date's word
                # too: left in, it pushes the trip's verb ("viajará") out of the words read.
                lead_words = _PLAIN_WORD.findall(lead.casefold())
                stop = stop_words(lang)
                while lead_words and lead_words[-1] in stop and len(lead_words[-1]) <= _DATE_ARTICLE:
                    lead_words.pop()
                before = lead_words + _PLAIN_WORD.findall(text[m.end : f.start].casefold())
                if _away(text, f, lang, before):
                    continue
        out.append(m)
    return out


# A weekday dating a market's figure: a short preposition, then the figure ("el lunes en 580 puntos",
# "Monday at 1,250").
_FIGURE_AFTER = re.compile(r"[ \t\u00a0]+[^\W\d_]{1,3}[ \t\u00a0]+[-+−]?\d")
# How many words before a weekday are read for a closing verb ("cerró el lunes", "closed on Monday").
_CLOSING_WORDS = 3


def _off_the_market(text: str, mentions: list[dates.Mention], lang: str) -> list[dates.Mention]:
    """The mentions without the weekdays of a market's closing figure ("%" words of visit.txt): "el riesgo
    país cerró el lunes en 580 puntos" says when a price was struck, not that the visit had begun."""
    verbs = [p[0] for p in _phrases(lang, "%")]
    if not verbs:
        return mentions
    out = []
    for m in mentions:
        # Only a bare weekday is read: a full date is the article's own, and most weekdays have no figure after.
        if m.day is None and m.weekday is not None and _FIGURE_AFTER.match(text, m.end):
            lead = _SENTENCE_END.split(text[max(0, m.start - _HOME_REACH) : m.start])[-1]
            before = _PLAIN_WORD.findall(lead.casefold())[-_CLOSING_WORDS:]
            if any(_word_fits(w, v) for w in before for v in verbs):
                continue
        out.append(m)
    return out


# How many words before a date are read for a trip home to a place ("will fly home to Papeete on Saturday").
_HOME_DATE_WORDS = 5


def _off_the_trip_home(text: str, mentions: list[dates.Mention], lang: str) -> list[dates.Mention]:
    """The mentions without the dates of a trip home ("!" words of visit.txt, then a name, then the date:
    "will fly home to Papeete on Saturday", "doit rentrer à Papeete samedi"): the guest leaves the event
    that day, which does not extend the visit. The place need not be in the gazetteer (_off_the_visit reads
    the known ones); a name between the word and the date keeps "talks began back on Monday" a date."""
    out = []
    for m in mentions:
        lead = _SENTENCE_END.split(text[max(0, m.start - _HOME_REACH) : m.start])[-1]
        words = _WORD.findall(lead)[-_HOME_DATE_WORDS:]
        k = next((i for i in range(len(words) - 1, -1, -1) if _has_word([words[i].casefold()], lang, "!")), None)
        if k is not None and any(w[:1].isupper() for w in words[k + 1 :]):
            continue
        out.append(m)
    return out


def _back_home(text: str, m: dates.Mention, found: Sequence[places.Found], starts: list[int], home: str) -> bool:
    """Whether the next place after a date, in the date's sentence, lies in the visited country `home`."""
    k = bisect_left(starts, m.end)
    if k >= len(found) or _SENTENCE_END.search(text, m.end, found[k].start):
        return False
    return found[k].place.country == home


def _away(text: str, f: places.Found, lang: str, before: list[str]) -> bool:
    """Whether a place is where the guest goes on to or home to, `before` the words before it in its sentence."""
    return _moving_on(before, lang) or _going_home(text, f, lang, before)


def _event_mentions(blocks: Sequence[Block], mentions: list[dates.Mention], quotes: Sequence[Quote],
                    published: str | None) -> list[dates.Mention]:
    """The mentions that may date the event: not the header's stamp of the publication date (the article's
    date says when it appeared, not that anything happened then), nor a "today" or a weekday inside a quote
    (the speaker's day, not the article's: "Oggi abbiamo fatto un passo", reported the day after)."""
    first = next((b.start for b in blocks if b.kind == TEXT), None)
    spans = sorted((q.start, q.end) for q in quotes)
    starts = [a for a, _ in spans]
    # The page header's furniture (masthead, menu, breadcrumb) names no day of the event: a weekday there is
    # the outlet's name ("Rheinische Post am Sonntag", "Sunday Times").
    furniture = [(b.start, b.end) for b in blocks if b.kind == FURNITURE and first is not None and b.start < first]
    stamped = [m.start for m in mentions if published and first is not None and m.start < first and m.day is not None]
    # The weekday a header's stamp writes beside its date ("2026. november 12., csütörtök, 09:15") is the stamp's.
    furniture += [(b.start, b.end) for b in blocks if any(b.start <= x < b.end for x in stamped)]
    out = []
    for m in mentions:
        if m.start in stamped:
            continue
        if m.day is None and m.weekday is not None and any(a <= m.start < b for a, b in furniture):
            continue
        if m.day is None and (m.offset is not None or m.weekday is not None):
            k = bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < spans[k][1]:
                continue
        out.append(m)
    return out


def _names_summit(text: str, blocks: Sequence[Block], sentences: Sequence[Sentence],
                  words: re.Pattern[str] | None = None) -> bool:
    """Whether the headline or the lead's first sentence names a summit (data/any/summits.txt), or what `words`
    name: where the story says what the meeting is ("zúčastnil na summite", "Na szczycie" may come later)."""
    heads = [text[b.start : b.end] for b in blocks if b.kind == TITLE]
    if (lead := _lead(blocks, sentences)) is not None:
        heads.append(text[lead.start : lead.end])
    return (words or _summit_word()).search(" ".join(heads)) is not None


def _lead(blocks: Sequence[Block], sentences: Sequence[Sentence]) -> Sentence | None:
    """The first sentence of the first paragraph: the lead, which says who met whom."""
    first = next((b for b in blocks if b.kind == TEXT), None)
    return None if first is None else next((x for x in sentences if x.start >= first.start), None)


def _lead_keys(article: Article, people: Counter[str]) -> set[str]:
    """The keys of the people the article's lead names."""
    a = article.analysis
    lead = _lead(a.blocks, a.sentences)
    if lead is None:
        return set()
    words = [surname(word) for word in _WORD.findall(article.text, lead.start, lead.end) if word[:1].isupper() or "-" in word]
    # (A name of a script without capitals or spaces, 石原 of "石原宏高環境大臣は", is its key written in the lead.)
    sentence = article.text[lead.start : lead.end]
    return ({k for k in native_skeletons(words, article.lang or "") if k in people}
            | {k for k in people if _unspaced_name(k) and k in sentence})


def _summit_word() -> re.Pattern[str]:
    """A search for any word of data/any/summits.txt (a trailing * is a stem)."""
    return _any_word("summits.txt")


# The capitalised words a gathering's name may hold between its city and its last word ("Baku Energy Forum",
# "Astana International Finance Forum").
_GATHERING_WORDS = 3
_GATHERING_NAME = re.compile(rf"(?:[ \t\u00a0]+[^\W\d_][\w'’-]*){{1,{_GATHERING_WORDS}}}")


def _gathering_word() -> re.Pattern[str]:
    """A search for any word of data/any/gatherings.txt (a trailing * is a stem)."""
    return _any_word("gatherings.txt")


def _heads_gathering(text: str, f: places.Found, before: list[str], lang: str) -> bool:
    """Whether a city opens the capitalised name of a gathering it hosts, after a locative preposition and at most
    one more word ("at the Baku Energy Forum", "at the Munich Security Conference"): the event is in that city."""
    if f.place.kind in ("country", "seat") or not before or not (
            before[-1] in places.locatives(lang) or len(before) > 1 and before[-2] in places.locatives(lang)):
        return False
    m = _GATHERING_NAME.match(text, f.end)
    if m is None:
        return False
    words = m.group().split()
    if not all(w[:1].isupper() for w in words):
        # Only the capitalised run names the gathering: it ends at the first lower-case word.
        words = words[: next(i for i, w in enumerate(words) if not w[:1].isupper())]
    return any(_gathering_word().fullmatch(w) or _summit_word().fullmatch(w) for w in words)


def _bilateral_word() -> re.Pattern[str]:
    """A search for any word of data/any/bilateral.txt (a trailing * is a stem)."""
    return _any_word("bilateral.txt")


@cache
def _any_word(name: str) -> re.Pattern[str]:
    """A search for any word of the list data/any/`name` (a trailing * is a stem)."""
    words = data.sections(name, "any").get("", ())
    alternation = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _quote_marks(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """How many quotations open inside the spans (in text order)."""
    if not spans:
        return 0
    lo, hi = spans[0][0], spans[-1][1]
    # Only the marks the text uses are counted span by span.
    marks = [mark for mark in _QUOTE_MARKS if text.count(mark, lo, hi)]
    n = sum(text.count(mark, x, y) for x, y in spans for mark in marks)
    if text.count('"', lo, hi):
        n += sum(len(_SPACED_QUOTE.findall(text, x, y)) for x, y in spans if text.count('"', x, y))
        n += spans[0][0] == 0 and text.startswith('"')
    return n


def _anchored(
    mentions: Iterable[tuple[int | None, ...]], when: date
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Days, months and (month, year) pairs of day-precise mentions resolved against an article's date."""
    days = {d for m in mentions if (d := dates.to_date(dates.resolve(dates.Mention(0, 0, *m), when)))}
    near = [d for d in days if abs((d - when).days) <= MAX_GAP_DAYS]
    months = {when.month} | {d.month for d in near}
    month_years = {(when.month, when.year)} | {(d.month, d.year) for d in near}
    return tuple(sorted(d.isoformat() for d in days)), tuple(sorted(months)), tuple(sorted(month_years))


# --- per-article profile -------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    """An article's cached signals combined with its metadata date, for one grouping run."""

    sig: VisitSignals
    when: date | None
    """The day of the event: metadata or publication date, else the commonest full date mentioned."""
    days: tuple[str, ...]
    """Full dates the text mentions, resolved against `when`."""
    months: frozenset[int]
    """Months of the year the text points to (event month, year-less months, day-months)."""
    month_years: frozenset[tuple[int, int]]
    """(month, year) the text or the date states for those months."""
    reanchored: bool
    """Whether a metadata date moved the months the text's dates point to."""
    place: str | None
    """The city where the text most puts the event."""
    people: frozenset[str]
    """Surname skeletons of the most mentioned people."""
    speakers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per principal person's key, the speakers list's display names of the quote speakers filed under it (see
    _with_speakers): one person, however the scripts spell the name."""

    @property
    def calendar(self) -> _Calendar:
        return self.months, self.month_years

    # Built when first needed: grouping by folder or metadata never compares features, and an
    # archive's sets of them would cost more memory than its analyses' figures.
    @cached_property
    def features(self) -> frozenset[str]:
        """Name skeletons, places, figures and months: what two articles on one visit share."""
        if self.reanchored:
            return _with_months(self.sig.features, self.months)
        return frozenset(self.sig.features)

    @cached_property
    def figure_keys(self) -> tuple[str, ...]:
        """Each figure with its repeat number ("10" twice: "10", "10\x001"), so that sets count repeats.

        Strings rather than (figure, n) pairs: a string keeps its hash, a tuple hashes its items
        again at every look-up, and archives compare hundreds of thousands of pairs. A tuple rather
        than a set: only one side of a comparison needs a set (see _duplicate_scorer).
        """
        seen: dict[str, int] = {}
        out = []
        for x in self.sig.figures:
            n = seen.get(x, 0)
            out.append(f"{x}\x00{n}" if n else x)
            seen[x] = n + 1
        return tuple(out)

    @cached_property
    def bridges(self) -> dict[str, frozenset[tuple[str, str]]]:
        """Per principal person's key, the (script, consonant skeleton) pairs of the forms written (a form's whole
        skeleton and that of its word under the key): a second key beside the native one, which never meets across
        Hangul (a name is its own key), Arabic or Han (no vowels written) and Latin (see _same_people)."""
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for form, _ in self.sig.forms:
            # (A katakana name parts its words by ・, ギルベルト・テオドロ: its family name's skeleton is its last word's.)
            words = name_words(form)
            script = _bridge_script(form)
            for word, key in zip(words, skeletons(words)):
                if key in self.people:
                    out[key].update((script, s) for s in (*bridge_skeletons(form), *bridge_skeletons(word),
                                                          *_uninflected_bridges(form, word))
                                    if len(s) >= BRIDGE_MIN)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def scripts(self) -> frozenset[str]:
        """The scripts of the principal people's bridge keys (see bridges): two articles alike here never meet by them."""
        return frozenset(script for keys in self.bridges.values() for script, _ in keys)

    @cached_property
    def countries(self) -> dict[str, str]:
        """Per surname key, the country the text ties the person to ("le président kazakh"), else HOST."""
        return {k: max(votes, key=lambda v: (v[0] != HOST, v[1]))[0] for k, votes in self.sig.host_country if votes}


@cache
def _bridge_endings() -> tuple[str, ...]:
    """Every language's name_cases.txt [bridge] endings, longest first (see _uninflected_bridges)."""
    found = {e for code in LANGS for e in data.sections("name_cases.txt", code).get("bridge", ())}
    return tuple(sorted(found, key=len, reverse=True))


def _uninflected_bridges(form: str, word: str) -> tuple[str, ...]:
    """The bridge skeletons of a name form and of its `word` with a case ending that adds a consonant taken off its
    last word ("Чжан Гоцином": Чжан Гоцин, whose skeleton is 张国清's); none when it ends in no such ending or too
    little would be left."""
    ending = next((e for e in _bridge_endings() if form.endswith(e)), None)
    if ending is None or len(form.rsplit(" ", 1)[-1]) - len(ending) < 3:
        return ()
    cut = form[: -len(ending)]
    return (*bridge_skeletons(cut), *(bridge_skeletons(word[: -len(ending)]) if form.endswith(word) else ()))


# The profiles of the corpus being assembled, by article id: link_duplicates computes them,
# group finds them again (an entry counts only for the same analysis and date).
_assembling: dict[str, tuple[Analysis, str | None, _Profile]] = {}


def _profiles(articles: Sequence[Article], start: bool) -> list[_Profile]:
    """Every article's profile; `start` forgets the previous corpus."""
    if start:
        _assembling.clear()
    out = []
    for a in articles:
        hit = _assembling.get(a.id)
        if hit is None or hit[0] is not a.analysis or hit[1] != a.date:
            hit = _assembling[a.id] = (a.analysis, a.date, _profile(a))
        out.append(hit[2])
    return out


def _with_months(features: Iterable[str], months: Iterable[int]) -> frozenset[str]:
    """Features with the month keys of another anchoring."""
    return frozenset((*(f for f in features if not f.startswith("m:")), *(f"m:{m}" for m in months)))


def _profile(a: Article) -> _Profile:
    """Cheap: the text's part comes cached with the analysis; only a metadata date re-anchors its dates."""
    an = a.analysis
    sig = an.signals or signals(a.text, an.blocks, an.sentences, a.lang, an.quotes, an.people)[3]
    own = dates.to_date(sig.when)
    when = dates.to_date(a.date) or own
    days, months, month_years = (sig.days, sig.months, sig.month_years) if when == own else _anchored(sig.mentions, when)
    top = sorted(sig.people, key=itemgetter(1), reverse=True)[:PEOPLE_COMPARED]
    return _Profile(
        sig=sig,
        when=when,
        days=days,
        months=frozenset(months),
        month_years=frozenset(month_years),
        reanchored=when != own,
        # As for a visit's place (see group): a city only ever named bare ("Ohne die Zustimmung Roms", "Varšuva
        # niekada nepaliks") may stand for its government, and puts the article at no venue of its own.
        place=best[0] if (best := max(sig.where, key=itemgetter(1), default=None)) and best[1] >= MIN_PLACE_SCORE else None,
        people=frozenset(k for k, _ in top),
    )


def _fold(s: str) -> str:
    """What folding names makes of a text, in a few whole-string passes: case folded, Cyrillic
    transliterated, accents dropped, and nothing kept but a-z and NUL (which separates names).

    Each step works per character (decomposition only reorders the accents it drops), so the
    text folds as its characters would one by one.
    """
    s = s.casefold()
    if not s.isascii():
        if _CYRILLIC_LETTER.search(s):
            s = s.translate(_CYRILLIC)
        if _ARMENIAN_LETTER.search(s):
            s = s.replace("ու", "ւ").translate(_ARMENIAN)
        if _ARABIC_LETTER.search(s):
            # The article glued to a name (السيسي, العتيبي) is no part of its key: every word with one would
            # share its first letters.
            s = _ARABIC_ARTICLE.sub("", s).translate(_ARABIC)
        if _HEBREW_LETTER.search(s):
            s = s.translate(_HEBREW)
        if _GEORGIAN_LETTER.search(s):
            s = s.translate(_GEORGIAN)
        if _ETHIOPIC_LETTER.search(s):
            s = s.translate(_ETHIOPIC)
        if _GREEK_LETTER.search(s):
            s = _GREEK_PAIR.sub(lambda m: _GREEK_PAIRS[m[0]], s).translate(_GREEK)
        if _DEVANAGARI_LETTER.search(s):
            # (ज़ is z, फ़ f: a name's sound in its other scripts, ज़ेयूदी and Zeyoudi keyed alike.)
            s = data.read_dotted(s, "devanagari.txt").translate(_DEVANAGARI)
        if _THAI_LETTER.search(s):
            # (Read as heard first, as the speakers stage's fold reads it: ธรรมนัส keys as Thamanat does, tmn.)
            s = thai_sounds(s).translate(_THAI)
        if _BENGALI_LETTER.search(s):
            s = data.bengali_w(s).translate(_BENGALI)
        if _TAMIL_LETTER.search(s):
            s = _TAMIL_VOICING.sub(lambda m: _TAMIL_VOICED[m[0]], s).translate(_TAMIL)
        # ł and đ have no decomposition: without this they would vanish with the accents (Michał -> micha;
        # Đorđević -> orevic, no key shared with Ђорђевић or Djordjevic).
        s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("đ", "dj").translate(_SCHWA)).encode(
            "ascii", "ignore").decode()
    return s.encode().translate(None, _NOT_LATIN).decode()


# Skeletons worked out so far, and how many are kept before starting afresh.
_SKELETONS: dict[str, str] = {}
_MAX_SKELETONS = 1 << 16


def skeleton(word: str) -> str:
    """A spelling-blind key for a name across languages and scripts: its first consonants.

    Tokayev, Tokajew, Tokajewa, Tokaïev and Токаев all give 'tkv'; case endings fall off
    because only the first three consonants count.
    """
    return skeletons([word])[0]


def skeletons(words: Sequence[str]) -> list[str]:
    """The skeleton of each word; those not met before are worked out together."""
    out: list[Any] = list(map(_SKELETONS.get, words))
    missing = list(compress(range(len(out)), map(is_, out, repeat(None))))
    if missing:
        fresh = list(set(map(words.__getitem__, missing)))
        worked = dict(zip(fresh, _consonants(fresh)))
        if len(_SKELETONS) + len(worked) > _MAX_SKELETONS:
            _SKELETONS.clear()
        _SKELETONS.update(worked)
        # Taken from this call's own work: the cache may start afresh meanwhile (in another thread).
        for i in missing:
            out[i] = worked[words[i]]
    return out


def native_skeletons(words: Sequence[str], lang: str) -> list[str]:
    """skeletons() of the words of an article in `lang`, its name letters read as other languages spell them (see
    speakers.name_letters): "Maxamuud" in a Somali text keys as "Mohamud" does (mhm), not as "Maxime" would (mks)."""
    table = name_letters(lang) if lang else None
    return skeletons([w.translate(table) for w in words] if table else words)


def _consonants(words: list[str]) -> list[str]:
    """The first three consonants of each word, folded to ASCII and digraphs merged.

    Short surnames keep what they have: two consonants (Modi 'md', Lula 'll', Xi 'ks'), or the
    whole folded word when it has fewer (Li 'li', Lee 'lee'), which cannot meet a skeleton of
    consonants; '' for a single letter or a word without Latin letters.
    The words are NUL-separated in one string: no fold, digraph or vowel crosses a NUL, so
    every step is one C-level pass for them all.
    """
    joined = "\0".join(words)
    if "г" in joined or "Г" in joined:
        # Ukrainian and Belarusian г is an h (Сибіга, Sybiha; Гомель, Homiel), Russian's a g: a word with a
        # letter only they write (і ї є ў) reads it as х, which folds to h.
        joined = _UKRAINIAN_WORD.sub(lambda m: m.group().translate(_G_AS_H), joined)
    folded = _fold(joined)
    s = folded
    for a, b in _DIGRAPHS:
        if a in s:
            s = s.replace(a, b)
    # A word's first letter stays even if a vowel: raised to upper case (title() raises the
    # first letter after each NUL, and the words hold only a-z), it escapes the deletion.
    s = ("\0" + s).title().encode().translate(None, _VOWELS).decode().lower()
    keys = _FIRST_THREE.findall(s)
    if "" in keys:
        whole = folded.split("\0")
        # (A Hangul name folds to no Latin letter: the name itself is its key, spelt one way in Korean text.)
        keys = [k or (w if len(w) > 1 and w.isascii() and w.isalpha() else o if _HANGUL_NAME.fullmatch(o) else "")
                for k, w, o in zip(keys, whole, words)]
        # (Nor does a Japanese one: a katakana name is keyed by its last word, テオドロ for ギルベルト・テオドロ,
        # a kanji name by the family name it opens with, 小泉 for 小泉進次郎, as the text names them again.)
        keys = [k or _japanese_key(o) for k, o in zip(keys, words)]
        # (Nor a Chinese one: 李强 is keyed by itself, as a Hangul name is, its Traditional characters read as
        # Simplified, so that 鄭柵潔 in Hong Kong and 郑栅洁 in Beijing are one key.)
        keys = [k or _chinese_key(o) for k, o in zip(keys, words)]
    return keys


# A word of two Hangul syllables or more: a Korean-spelt name, its own skeleton.
_HANGUL_NAME = re.compile("[\uac00-\ud7a3]{2,}")
# A name in katakana, its words parted by middle dots (ギルベルト・テオドロ), and one all in kanji.
_KATAKANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]+(?:[・·][\u30a1-\u30fa\u30fc]+)*")
_KANJI_NAME = re.compile("[\u4e00-\u9fff]{2,}")
# A Chinese-script name: Han characters, a foreign one's words parted by middle dots (普京, 让-诺埃尔·巴罗).
_HAN_NAME = re.compile("[\u4e00-\u9fff]{2,}(?:[·・][\u4e00-\u9fff]+)*")


def _japanese_key(word: str) -> str:
    """A Japanese-script name's key (see _consonants): a katakana name's last word of two letters or more, a
    kanji name's listed Japanese family name (kana.txt); "" for any other word."""
    if _KATAKANA_NAME.fullmatch(word):
        last = name_words(word)[-1]
        return last if len(last) >= 2 else ""
    return (kana.family_kanji(word) or "") if _KANJI_NAME.fullmatch(word) else ""


def _chinese_key(word: str) -> str:
    """A Chinese-script name's key (see _consonants): the name folded (Traditional characters as Simplified) when
    the people stage's rule takes it for a person's name (a listed family name and one or two characters, or a
    foreign name spelt by sound, 赞丹沙塔尔); "" for any other word."""
    if not _HAN_NAME.fullmatch(word):
        return ""
    return fold(word) if _chinese_name_shape(word) else ""


@lru_cache(maxsize=1 << 12)
def _chinese_name_shape(word: str) -> bool:
    """Whether the people stage's Chinese lists take a Han word for a person's name (speakers' own rule, not a copy)."""
    return looks_like_name(word, unspaced_lists("zh"))


def _unspaced_name(word: str) -> bool:
    """Whether a name key or word is a whole person's name in a script that writes one without spaces or capitals
    (조현, テオドロ, 小泉): the rules that ask a person's name for a given name or more than two letters pass it."""
    return bool(_HANGUL_NAME.fullmatch(word) or _japanese_key(word) or _chinese_key(word))


@cache
def _phrases(lang: str, mark: str) -> tuple[tuple[str, ...], ...]:
    """The visit.txt lines opening with `mark`, as phrases: ">" an onward trip ("before flying"), "~" a trip
    in the present ("flies to"), "@" the host before a name ("host", "received by"), "+" a host's verb after
    it ("welcomed"), "=" a word for a peer its object may be ("counterpart")."""
    return tuple(
        tuple(line[1:].split()) for line in data.sections("visit.txt", lang).get("", ()) if line.startswith(mark)
    )


@cache
def _openers(lang: str, mark: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first words of the `mark` phrases of visit.txt: whole words, and stems (listed with a trailing *)."""
    firsts = [p[0] for p in _phrases(lang, mark)]
    return frozenset(f for f in firsts if not f.endswith("*")), tuple(f[:-1] for f in firsts if f.endswith("*"))


def _may_hold(words: Sequence[str], lang: str, mark: str) -> bool:
    """Whether any word could open a `mark` phrase: most windows hold none, and are not scanned further."""
    exact, stems = _openers(lang, mark)
    return not exact.isdisjoint(words) or (bool(stems) and any(map(str.startswith, words, repeat(stems))))


def _word_fits(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _phrase_in(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether a phrase's words come in order in `words`, at most one other word between two of them."""
    for i, w in enumerate(words):
        if not _word_fits(w, phrase[0]):
            continue
        at = i
        for pattern in phrase[1:]:
            at = next((j for j in range(at + 1, min(at + 3, len(words))) if _word_fits(words[j], pattern)), -1)
            if at < 0:
                break
        else:
            return True
    return False


def _has_word(words: Iterable[str], lang: str, section: str = "") -> bool:
    exact, stems = visit_words(lang, section)
    words = list(words)
    return not exact.isdisjoint(words) or any(map(str.startswith, words, repeat(stems)))


def _is_visit_sentence(sentence: str, lang: str) -> bool:
    return _has_word(_PLAIN_WORD.findall(sentence.casefold()), lang)


def _words_before(text: str, f: places.Found) -> list[str]:
    """The lower-case words before a place in its own sentence ("…nach Berlin zurück. In Berlin wartet…")."""
    return _PLAIN_WORD.findall(_SENTENCE_END.split(text[max(0, f.start - _HOME_REACH) : f.start])[-1].casefold())


def _visit_word_after(text: str, f: places.Found, lang: str) -> bool:
    """Whether, in a verb-last language, the word right after a place is a visit word ('मॉस्को पहुंचे', arrived in
    Moscow): its verb follows the place as a preposition's object precedes it elsewhere. Other languages: False."""
    if not verb_last(lang):
        return False
    return _has_word(_PLAIN_WORD.findall(text[f.end : f.end + _HOME_REACH].casefold())[:1], lang)


def _going_home(text: str, f: places.Found, lang: str, before_words: list[str]) -> bool:
    """Whether a place is where someone returns or goes on to ("regresará a Madrid", "before flying to Berlin");
    `before_words` are those of its sentence before it (see _words_before)."""
    after = _SENTENCE_END.split(text[f.end : f.end + _HOME_REACH])[0]
    # A word after the place goes with it ("nach Berlin zurück") up to a function word, which opens
    # another phrase: "wizyta w Warszawie od powrotu do władzy" (since returning to power) is no return.
    words = before_words[-3:] + list(takewhile(lambda x: x not in stop_words(lang), _PLAIN_WORD.findall(after.casefold())[:2]))
    if _has_word(words, lang, "!"):
        return True
    # An onward trip ("before flying to Berlin") leads away from the visit just as going home does.
    onward = before_words[-_ONWARD_WORDS:]
    return _may_hold(onward, lang, ">") and any(_phrase_in(onward, p) for p in _phrases(lang, ">"))


# A lower-case word right after a place: its verb when the place opens a clause ("Berlin unterstütze").
# How many words before that clause its speech verb may stand ("sagte der deutsche Minister, Berlin …").
_LOWER_AFTER = re.compile(r"[ \t\u00a0]+[^\W\d_]")
_SPEECH_VERB_REACH = 4


def _clause_subject(text: str, f: places.Found, lang: str, before_words: list[str]) -> bool:
    """Whether a bare place opens a reported clause and a lower-case word (its verb) follows it: after a comma
    ("sagte er, Berlin unterstütze") or a function word ("said that Berlin backs", "qal li Berlin tappoġġja"),
    a speech verb a few words before; `before_words` are those of its sentence before it (see _words_before).
    ("els ports de Barcelona i Guayaquil": no speech verb, so no clause of what someone said.)"""
    m = _LOWER_AFTER.match(text, f.end)
    if not m or not text[m.end() - 1].islower() or not before_words:
        return False
    if not (text[: f.start].rstrip().endswith(",") or before_words[-1] in stop_words(lang)):
        return False
    lex = lexicon(lang)
    return any(w in lex.speech_verbs or w in lex.opinion_verbs for w in before_words[-_SPEECH_VERB_REACH - 1 :])


def _moving_on(before_words: list[str], lang: str) -> bool:
    """Whether a "~" phrase of visit.txt (a trip in the present: "flies to", "leci do") leads to a place,
    given the words of its sentence before it."""
    words = before_words[-_ONWARD_WORDS:]
    return _may_hold(words, lang, "~") and any(_phrase_in(words, p) for p in _phrases(lang, "~"))


def _other_stop(before_words: list[str], lang: str) -> bool:
    """Whether a "^" phrase of visit.txt (another stop of the tour: "la escala en", "the stopover in") leads
    to a place, given the words of its sentence before it."""
    words = before_words[-_ONWARD_WORDS:]
    return _may_hold(words, lang, "^") and any(_phrase_in(words, p) for p in _phrases(lang, "^"))


def _where(
    text: str, blocks: Sequence[Block], sentences: Sequence[Sentence], lang: str, found: list[places.Found]
) -> Counter[str]:
    """Where the text puts the event: locative mentions next to a visit word count most.

    Capitals also stand for their governments ("Mosca chiede"), so a bare mention counts
    little; "a Mosca", "w Moskwie" count more; a country in a visit sentence ("una visita in
    Kazakistan") lends its score to its capital, and so does a seat of government ("a Palazzo Chigi").
    """
    score: Counter[str] = Counter()
    starts = [s.start for s in sentences]
    title = next((b for b in blocks if b.kind == "title"), None)
    title_start, title_end = (title.start, title.end) if title else (0, 0)
    visit_sentence: dict[int, bool] = {}
    # Site furniture ("Read also: … flies to Washington") says nothing of where this event is.
    body = [(b.start, b.end) for b in blocks if b.kind != FURNITURE]
    body_starts = [a for a, _ in body]
    # "በህንድ ሙምባይ ከተማ" (in India's city of Mumbai), "in Indien, in Mumbai": a country's sentence naming one of its
    # other cities puts the event in that city, not in the capital the country would otherwise stand for.
    named_city: dict[tuple[int, str], places.Place] = {}
    for f in found:
        if f.place.kind == "city" and (k := bisect_right(starts, f.start) - 1) >= 0:
            named_city.setdefault((k, f.place.country), f.place)
    for f in found:
        city = f.place if f.place.kind not in ("country", "seat") else places.capital(f.place.country)
        if f.place.kind == "country":
            city = named_city.get((bisect_right(starts, f.start) - 1, f.place.country), city)
        block = bisect_right(body_starts, f.start) - 1
        if city is None or block < 0 or f.start >= body[block][1]:
            continue
        # "Сингапурын Ерөнхийлөгч", "Сингапурын компаниуд" (Singapore's president, companies): a place in
        # the genitive or another case than the locative ties something to it, where the language marks the
        # venue by the locative's ending (Улаанбаатарт).
        if not f.locative and f.place.kind != "country" and _oblique_case(text[f.start : f.end], f.place, lang):
            continue
        before = _words_before(text, f)
        in_title = title_start <= f.start < title_end
        # A place right after a whole visit phrase ("thăm cấp nhà nước Việt Nam") is the visited one, whatever word of
        # going home stands near ("nước" of "về nước", home, is also the phrase's "nhà nước", state).
        if (_going_home(text, f, lang, before) and not _after_visit_phrase(before, lang)) or _no_venue(
                text, f, lang, in_title, before):
            continue
        k = bisect_right(starts, f.start) - 1
        if k >= 0 and f.start < sentences[k].end and k not in visit_sentence:
            sentence = text[sentences[k].start : sentences[k].end]
            visit_sentence[k] = _is_visit_sentence(sentence, lang) or _is_host_sentence(sentence, lang)
        in_visit = k >= 0 and f.start < sentences[k].end and visit_sentence[k]
        # "flies to Berlin on Wednesday": a trip told in the present leads to the next stop, unless the
        # headline, the lead or a sentence of the visit tells it (then it is the trip to this venue).
        if not (in_title or in_visit or k <= 0) and (_moving_on(before, lang) or _other_stop(before, lang)):
            continue
        # A seat of government ("the Kremlin said") speaks for its government: it is the venue only where its
        # capital's own name would be ("al Cremlino", the headline, a sentence of a visit).
        if f.place.kind == "seat" and not (f.locative or in_title or in_visit):
            continue
        # "…, sagte der Minister, Berlin unterstütze …", "qal li Berlin tappoġġja": a capital opening a clause
        # and followed by its verb is the government speaking or acting, not where anything happens.
        if not (f.locative or in_title or in_visit) and _clause_subject(text, f, lang, before):
            continue
        if f.place.kind == "country":
            # "thăm cấp nhà nước Việt Nam" (a state visit to Vietnam): a country right after a whole visit phrase,
            # with no preposition, is the visited one as "una visita in Kazakistan" is.
            if (f.locative or _after_visit_phrase(before, lang)) and (in_visit or in_title):
                score[city.name] += 2
            continue
        # "besökte på tisdagen Stockholm", "visited Berlin": a visit's verb whose object the place is
        # puts the event there as a preposition would ("visit the Bombay Stock Exchange" names a thing).
        placed = f.locative or _heads_gathering(text, f, before, lang) or (in_visit and bool(before) and before[-1] not in stop_words(lang)
                                and _has_word(before[-_VISIT_TO_WORDS - 1 :], lang)) or (
                     in_visit and _visit_word_after(text, f, lang))
        score[city.name] += 1 + 2 * placed + 3 * in_title + 3 * (placed and in_visit)
        # "a visit to X", "vizită oficială la X": the visit word leads right to the place.
        score[city.name] += 3 * (f.locative and in_visit and _visit_to(before, lang))
    # A dateline says where the report was filed: as much as "a Mosca" in the title (1 + 2 + 3).
    for b in blocks:
        # "ԵՐԵՎԱՆ, ՍԵՊՏԵՄԲԵՐԻ 22, ԱՐՄԵՆՊՐԵՍ:", "БАКУ. KAZINFORM –": a dateline naming its agency names the agency's
        # desk, often its home town whatever the venue (Armenpress files from Yerevan on a visit to New Delhi): it
        # counts as a bare mention, which the headline's or the body's venue outweighs.
        # A Korean wire's "(서울=연합뉴스)" names its agency and desk the same way.
        if b.kind == FURNITURE and b.reason == "dateline" and (
                desk := cleaning.agency_dateline_place(text[b.start : b.end])
                or cleaning.wire_slug_place(text[b.start : b.end])) is not None:
            if (place := places.lookup(desk)) is not None and place.kind != "country":
                score[place.name] += 1
            continue
        if b.kind in (HEADING, FURNITURE) and (b.reason == "dateline" or _DIGIT.search(text, b.start, b.end)
                                               or _uncased_dateline(text[b.start : b.end])):
            city = _dateline_city(text[b.start : b.end]) or _han_wire_city(text[b.start : b.end])
            if city is None and b.reason == "dateline":
                city = _unlisted_town(text[b.start : b.end])
            if city:
                score[city] += _HOME_DESK if _home_desk(text[b.start : b.end], city, lang) else 6
        # A correspondent's byline names where the report was filed as a dateline does ("Martin Gubler, London"):
        # it outweighs a reaction at home the body places ("Nicht alle in Wien teilen die Begeisterung").
        elif b.kind in (HEADING, FURNITURE) and (city := _byline_city(text[b.start : b.end])):
            score[city] += 6
    # A dateline opening the first paragraph: "WASHINGTON — …", "Астана, 27 мая 2026 года – …". A standfirst may
    # stand above the lead ("I leader … lanciano un fondo …" above "ARUSHA — …"): the lead's is read then.
    headline = " ".join(text[b.start : b.end] for b in blocks if b.kind == TITLE)
    for first in [b for b in blocks if b.kind == TEXT][:_LEAD_PARAGRAPHS]:
        opening = text[first.start : first.start + _OPENING_REACH]
        city = _opening_dateline(opening) or _unlisted_opening(opening, headline)
        if city:
            # (A home desk's word, in the running text, was counted once above.)
            score[city] += _HOME_DESK - 1 if _home_desk(opening, city, lang) else 6
            break
    # A town the gazetteer lacks, placed by both the headline and the lead ("vertice a Innsbruck" … "Si è chiuso
    # oggi a Innsbruck"): as much as a known city placed by the headline (1 + 2 + 3).
    town = _headline_town(text, blocks, sentences, lang)
    if town:
        score[town] += 6
        # The town in another case ("në Budva" in the headline, "BUDVË –" as the dateline, "u Budvi" in the body) is
        # one place: its other forms' scores are the headline's form's, and each further mention after a locative
        # preposition in the running text counts as a known city's would (1 + 2).
        stem = _town_stem(town)
        for other in [c for c in score if c != town and _town_stem(c) == stem and places.lookup(c) is None]:
            score[town] += score.pop(other)
        preps = {w for w in places.locatives(lang) if not w.startswith("-")}
        lead = next((b for b in blocks if b.kind == TEXT), None)
        for b in blocks:
            # (The lead's own mention is the one the headline's score counts with.)
            if b.kind == TEXT and b is not lead:
                score[town] += 3 * sum(1 for m in _WORD_PAIR.finditer(text, b.start, b.end)
                                       if m.group(1).casefold() in preps and m.group(2)[:1].isupper()
                                       and _town_stem(m.group(2)) == stem)
        # Its dateline too ("Innsbruck, 2. Oktober 2026"), as a known city's would: _unlisted_town reads only
        # capitals there, which the headline's word need not wait for.
        if any(b.kind in (HEADING, FURNITURE) and _DIGIT.search(text, b.start, b.end)
               and (m := _DATELINE.match(text, b.start, b.end)) and m.group("place").strip() == town for b in blocks):
            score[town] += 6
    return score


@cache
def _oblique_endings(lang: str) -> tuple[str, ...]:
    """The case endings name_cases.txt [place] glues to a place that are not the locative.txt endings, longest
    first: a language marking the venue by an ending (mn -т/-д, hy -ում) marks by these the other cases."""
    locative = {e[1:] for e in places.locatives(lang) if e[:1] == "-"}
    if not locative:
        return ()
    endings = data.sections("name_cases.txt", lang).get("place", ())
    return tuple(sorted({e.lower() for e in endings} - locative, key=len, reverse=True))


def _oblique_case(form: str, place: places.Place, lang: str) -> bool:
    """Whether a place's form is its name with an oblique case's ending ("Сингапурын": Сингапур, genitive):
    the name without it must name the place itself, so that a nominative ending so (Թբիլիսի) stays one."""
    low = form.casefold()
    for e in _oblique_endings(lang):
        if low.endswith(e) and len(low) > len(e) + 2:
            base = places.lookup(form[: -len(e)])
            if base is not None and base.country == place.country:
                return True
    return False


# A word, then the word after it in the same phrase: a preposition and the place it puts ("a Innsbruck").
_WORD_PAIR = re.compile(r"(?=\b([^\W\d_]+)[ \t\u00a0]+([^\W\d_][\w'’-]*))")


def _headline_town(text: str, blocks: Sequence[Block], sentences: Sequence[Sentence], lang: str) -> str | None:
    """A town the gazetteer does not know that the headline and the lead paragraph both put the event in, each with a
    locative preposition before it ("Transitgipfel in Innsbruck" and "… nach dem Transitgipfel in Innsbruck"):
    without it a metonymy in the headline ("Vienna non cede") or an institution's seat in the body ("beim
    Gerichtshof in Luxemburg") is the only place read. Both must say it: one "in Congress" is no town."""
    # The first paragraph, not only its first sentence: a lead may open with a teaser ("Nessuna svolta."). A
    # standfirst may stand above it ("Die Staatschefs … wollen …" above "Auf dem Gipfel … in Arusha"): both are read.
    leads = [b for b in blocks if b.kind == TEXT][:_LEAD_PARAGRAPHS]
    heads = [(b.start, b.end) for b in blocks if b.kind == TITLE]
    if not leads or not heads:
        return None
    preps = {w for w in places.locatives(lang) if not w.startswith("-")}
    stops = stop_words(lang)

    def towns(a: int, b: int) -> list[tuple[str, bool]]:
        """Each word after a locative preposition, and whether a capitalised word follows it (a longer name's)."""
        # A month or a weekday after "in" is a date ("in September"), no town.
        dated = [(m.start, m.end) for m in dates.find(text, lang, [(a, b)])]
        return [(m.group(2), bool((n := _NEXT_WORD.match(text, m.end(2), b)) and n.group(1).isupper()))
                for m in _WORD_PAIR.finditer(text, a, b)
                if m.group(1).casefold() in preps and m.group(2)[:1].isupper()
                and m.group(2).casefold() not in stops and places.lookup(m.group(2), lang) is None
                # A sea or a region ("περιπολίες στο Αιγαίο", patrols in the Aegean) is where something is
                # done, not the town where the talks are held.
                and not region_word(m.group(2), lang)
                and not any(x <= m.start(2) < y for x, y in dated)]

    # The lead may write the town in another case than the headline ("Komšić u Budvi" … "u Budvi", "në Budva" …
    # "në Budvë") or give it only as its dateline ("BUDVË – …"): the forms are compared by their stems.
    # A word the headline writes alone and the lead only as the first of a longer name is that name shortened,
    # a building's ("στο Προεδρικό" for "στο Προεδρικό Μέγαρο", the Presidential Palace), no town; a town
    # of several words ("w Nowym Sączu") has them in both.
    lead_towns = [t for lead in leads for t in towns(lead.start, lead.end)]
    said = {(_town_stem(t), longer) for t, longer in lead_towns}
    said |= {(_town_stem(t), False) for b in blocks
             if b.reason == "dateline" and (t := _unlisted_town(text[b.start : b.end]))}
    return next((t for a, b in heads for t, longer in towns(a, b)
                 if (_town_stem(t), False) in said or (longer and (_town_stem(t), True) in said)), None)


# The word after another, and its first letter.
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_])")


# The fewest letters a town's stem keeps (its folded name less the last letter, which a case ending takes):
# shorter names are compared whole.
_TOWN_STEM = 4


def _town_stem(name: str) -> str:
    """A town's name across cases and scripts: folded (Cyrillic transliterated, accents dropped) less its last
    letter, which a case ending replaces (Budva, Budvi, Budvë, Будва: "budv"); a short name whole."""
    folded = _fold(name)
    return folded[:-1] if len(folded) > _TOWN_STEM else folded


# How far into the first paragraph its dateline may run ("Ciudad de México, 20 de enero de 2026 –").
_OPENING_REACH = 60
# The paragraphs read as the lead: the first, and the one after a standfirst above it.
_LEAD_PARAGRAPHS = 2
# The dash may follow the date's full stop, as Mexican datelines write it ("Ciudad de México, 18 de mayo.-").
_DASH_AFTER_DATE = re.compile(r"[^.!?]*?\d[^.!?]*?(?:\s|\.)[–—-]\s")


# "مسقط- ایرنا- …", "تهران - ایسنا -": the Persian wires' opening, a place, a dash, the agency, a dash; an uncased
# script has no capitals to tell the place from the sentence's first word, the agency between two dashes does.
# "नई दिल्ली। केंद्रीय कृषि मंत्री …": Hindi papers close the dateline with the danda, as a sentence; a place alone
# before it (one or two words) is where the report was filed.
_DANDA_OPENING = re.compile(r"\s*(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s?\u0964")
_UNCASED_WIRE_OPENING = re.compile(r"\s*(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s?[-–—]\s?[^\W\d_]+(?: [^\W\d_]+)?\s?[-–—]\s")


def lead_story_end(text: str, blocks: Sequence[Block]) -> int | None:
    """Where a round-up's second story begins (see later_stories); None for an article of one story."""
    stories = later_stories(text, blocks)
    return stories[0][0] if stories else None


def later_stories(text: str, blocks: Sequence[Block]) -> tuple[tuple[int, str], ...]:
    """A round-up's stories after the lead, as (offset, city): each later paragraph opening with a dateline of
    another city than the one before ("MONTEVIDEO - …" … "BARCELONA - …"). None for an article whose lead has no
    dateline, or whose later datelines name the lead's city."""
    lead: str | None = None
    out: list[tuple[int, str]] = []
    read = 0
    # The round-up's own introduction, datelined from the agency's desk ("PARIS, 14 oct 2026 (AFP) - Voici les
    # principaux rendez-vous …"): the lead story is the next datelined one.
    desk: str | None = None
    for b in blocks:
        opening = text[b.start : b.start + _OPENING_REACH]
        if b.kind == TEXT:
            city = _opening_dateline(opening)
            read += 1
        elif b.kind == FURNITURE and b.reason == "dateline":
            # (Cleaning sets a dateline opening a paragraph apart: "MONTEVIDEO - " before its text.)
            city = _dateline_city(text[b.start : b.end])
        else:
            continue
        if lead is None:
            if city is not None and desk is None and _names_agency(opening):
                desk, read = city, 0
            elif city is not None and city != desk:
                lead = city
            elif read >= _LEAD_PARAGRAPHS:
                return ()
        elif city is not None and city != (out[-1][1] if out else lead):
            out.append((b.start, city))
    return tuple(out)


def _names_agency(opening: str) -> bool:
    """Whether a dateline names its agency in brackets or slashes before its dash ("PARIS, 14 oct 2026 (AFP) -")."""
    dash = _DATELINE_DASH.search(opening)
    return any(_agency_after(opening, m.start()) for m in _AGENCY.finditer(opening, 0, dash.start() if dash else len(opening)))


# The dash closing a dateline.
_DATELINE_DASH = re.compile(r"\s[-–—]\s")


def story_visits(articles: Sequence[Article], found: Sequence[Visit]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Per round-up article, from where each later story runs and the visit it tells of: the one placed in the
    story's city whose days reach the article's (within SAME_TIME_DAYS), else none (""). Its figures are that
    visit's, never another report of a figure of the lead's visit."""
    by_place: dict[str, list[Visit]] = defaultdict(list)
    for v in found:
        if v.place:
            by_place[v.place].append(v)
    out: dict[str, tuple[tuple[int, str], ...]] = {}
    for a in articles:
        sig = a.analysis.signals
        if not sig or not sig.stories:
            continue
        day = dates.to_date(a.date or sig.when)

        def near(v: Visit) -> bool:
            first, last = dates.to_date(v.start), dates.to_date(v.end or v.start)
            return day is None or first is None or (
                first - timedelta(days=SAME_TIME_DAYS) <= day <= (last or first) + timedelta(days=SAME_TIME_DAYS))

        out[a.id] = tuple((at, next((v.id for v in by_place.get(places.shown(city), ()) if v.id != a.visit and near(v)),
                                    ""))
                          for at, city in sig.stories)
    return out


def with_stories(found: Sequence[Visit], stories: Mapping[str, tuple[tuple[int, str], ...]]) -> list[Visit]:
    """The visits, each listing the round-ups of other visits whose later stories tell of it (stories: see
    story_visits), in article order."""
    told: dict[str, list[str]] = defaultdict(list)
    for aid, runs in stories.items():
        for visit in dict.fromkeys(v for _, v in runs if v):
            told[visit].append(aid)
    return [replace(v, stories_from=tuple(told[v.id])) if v.id in told else v for v in found]


def _opening_dateline(opening: str) -> str | None:
    """The city of a paragraph opening with a dateline: a place in capitals before its separator, or a
    place, a date and a dash; a place opening an ordinary sentence ("Berlin, the capital, …") is none."""
    if _opens_uncased(opening.lstrip()) and (w := _UNCASED_WIRE_OPENING.match(opening) or _DANDA_OPENING.match(opening)):
        place = places.lookup(w.group("place"))
        if place is not None and place.kind != "country":
            return place.name
    m = _DATELINE.match(opening)
    if not m:
        return _colon_dateline(opening)
    place = m.group("place")
    if (not (place.isupper() and len(place) > 2) and not _DASH_AFTER_DATE.match(opening, m.end())
            and not _agency_after(opening, m.end("place"))):
        return None
    return _dateline_city(opening)


# What an agency's dateline at home counts for (see _home_desk), its word included: enough to place a report nothing
# else places, less than a venue the body gives with its preposition (1 + 2).
_HOME_DESK = MIN_PLACE_SCORE


def _home_desk(opening: str, city: str, lang: str) -> bool:
    """Whether a paragraph opening "İSTANBUL (AA) -" names an agency's desk in its own country (a country whose
    press writes the article's language): a home desk files what its minister says of a meeting abroad ("Bükreş'te
    imzalanan anlaşma"), so it places the report less than a correspondent's dateline from abroad does."""
    m = _DATELINE.match(opening)
    place = places.lookup(city)
    return bool(m and place and _agency_after(opening, m.end("place"))
                and lang in country_languages().get(place.country, ()))


# A town's name in a headline, any case or script: its words.
_HEADLINE_WORD = re.compile(r"[^\W\d_]+")


def _unlisted_opening(opening: str, headline: str) -> str | None:
    """The town of a paragraph opening with a place in capitals and a dash ("ARUSHA — …") that the gazetteer
    lacks, when the headline names it too ("Vertice di Arusha"): a kicker in capitals ("ANALISI —") the headline
    does not repeat is no place."""
    m = _DATELINE.match(opening)
    if not m or not re.match(r"\s*(?:[–—]|-\s)", opening[m.end("place") :]):
        return None
    place = m.group("place").strip()
    if not place.isupper() or len(place) <= 2 or places.lookup(place) is not None:
        return None
    stem = _town_stem(place)
    if not any(_town_stem(w) == stem for w in _HEADLINE_WORD.findall(headline) if w[:1].isupper()):
        return None
    return place.title()


# "KUALA LUMPUR: …", "BANDAR SERI BEGAWAN: …" (the Malaysian and Singaporean press): a place in capitals, a colon.
_COLON_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3}):\s")


def _colon_dateline(opening: str) -> str | None:
    """The city of a paragraph opening with a place in capitals and a colon; a kicker ("EXCLUSIVE:") or a
    country ("UKRAINE: …", a topic) is none."""
    m = _COLON_DATELINE.match(opening)
    if not m or not m.group("place").isupper() or len(m.group("place")) <= 2:
        return None
    place = places.lookup(m.group("place"))
    return place.name if place and place.kind != "country" else None


# "Улаанбаатар /МОНЦАМЭ/.", "Berlin (dpa) -": the agency filing the report, in slashes or brackets after the place.
_AGENCY = re.compile(r"\s*[/(]\s*([^\W\d_]+)\s*[/)]")
# An agency in lower case is an abbreviation of few letters (dpa, apa); a longer word in brackets is an aside.
_AGENCY_LOWER = 5


def _agency_after(opening: str, at: int) -> bool:
    """Whether an agency's name in slashes or brackets follows the place ending at `at`."""
    m = _AGENCY.match(opening, at)
    return bool(m) and (m.group(1).isupper() and len(m.group(1)) > 1
                        or m.group(1).islower() and len(m.group(1)) <= _AGENCY_LOWER)


# The word right before a place, and the character before that word (a sentence's end or none).
_WORD_BEFORE = re.compile(r"(?:^|(\S)\s+)([^\W\d_][\w'’-]*) $")
# Languages capitalising every noun: a capitalised word before a place there is no name's part.
_NOUNS_CAPITALISED = frozenset(("de", "lb"))


# A place joined by a dash to another name is a route or an axis ("Iași–Ungheni–Chișinău", "Berlin-Paris").
# (A hyphen joins a district to its city as often: "Berlin-Mitte".)
_ROUTE_BEFORE = re.compile(r"[^\W\d_][–—]$")
_ROUTE_AFTER = re.compile(r"[–—][^\W\d_]")
# Words before a place's preposition read for a visit word ("visita ufficiale a", "state visit to").
_VISIT_TO_WORDS = 2


def _visit_to(before: list[str], lang: str) -> bool:
    """Whether a visit word stands right before a place's preposition ("a visit to Lisbon"), given the words
    before the place."""
    return _has_word(before[-_VISIT_TO_WORDS - 1 : -1], lang)


# A distance figure, and the words it may stand from the place it is measured from ("80 km south-west of X"
# before it, "X-től mintegy 80 kilométerre" after it), within its clause.
_DISTANCE_UNITS = frozenset(("km", "mi"))
_DISTANCE_REACH = 40
_DISTANCE_BEFORE = re.compile(r"(\d(?:[\d.,\u00a0]*\d)?)[ \t\u00a0]*([^\W\d_]+\.?)[ \t\u00a0]+(?:[^\W\d_][\w'’-]*[ \t\u00a0]+){0,3}$")
_DISTANCE_AFTER = re.compile(r"[\w'’-]*(?:[ \t\u00a0]+[^\W\d_][\w'’-]*){0,2}[ \t\u00a0]+(\d(?:[\d.,\u00a0]*\d)?)[ \t\u00a0]*")


def _distance_from(text: str, f: places.Found, lang: str) -> bool:
    """Whether a distance is measured from the place ("80 km from Podgorica", "a Podgoricától 80 kilométerre"):
    a figure whose unit is a length, a few words before it or (in languages putting the case after the
    name) right after it, in the same clause."""
    lo = max(0, f.start - _DISTANCE_REACH)
    hi = min(len(text), f.end + _DISTANCE_REACH)
    # Most places have no figure near them: one look for a digit settles it.
    if not _DIGIT.search(text, lo, hi):
        return False
    units = numbers.lexicon(lang).units
    m = _DISTANCE_BEFORE.search(text, lo, f.start)
    if m and not _CLAUSE_END.search(text, m.end(2), f.start - 1):
        low = text[m.start(2) : f.start].lower()
        if (hit := units.match(text[m.start(2) : f.start], low, 0)) and hit[1] in _DISTANCE_UNITS:
            return True
    m = _DISTANCE_AFTER.match(text, f.end, hi)
    if m and not _CLAUSE_END.search(text, f.end, m.start(1)):
        window = text[m.end() : hi]
        hit = units.match(window, window.lower(), 0)
        return bool(hit and hit[1] in _DISTANCE_UNITS)
    return False


def _no_venue(text: str, f: places.Found, lang: str, in_title: bool, before: list[str]) -> bool:
    """Whether a place's own words say it is no venue: a partner ("relations with Beijing", "com a China"),
    a stop on a route ("Iași–Chișinău") or part of a proper name ("Air Astana")."""
    if _ROUTE_BEFORE.search(text, max(0, f.start - 2), f.start) or _ROUTE_AFTER.match(text, f.end):
        return True
    # The preposition the place has was read as its locative; what comes before it says what it is.
    words = before[:-1] if f.locative and before else before
    # Most places have no partner word before them: one look-up of the last word tells.
    if words and any(_tail_fits(words, p) for p in _partner_phrases(lang).get(words[-1], ())):
        return True
    # "80 km from Podgorica", "Podgoricától mintegy 80 kilométerre": a place a distance is measured from is
    # a landmark, not where the event is ("in Tivat, 80 km from …" keeps Tivat: the distance follows it).
    if not f.locative and _distance_from(text, f, lang):
        return True
    if in_title or f.locative or lang in _NOUNS_CAPITALISED:
        return False
    m = _WORD_BEFORE.search(text, max(0, f.start - _HOME_REACH), f.start)
    # A capitalised word inside the sentence, right before the place, names something of it.
    return bool(m and m.group(1) and m.group(1) not in ".!?:;\"“”«»„" and m.group(2)[:1].isupper()
                and m.group(2).casefold() not in stop_words(lang))


@cache
def _visit_phrases(lang: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]:
    """The unmarked lines of visit.txt as phrases ("thăm cấp nhà nước"), by their last word when it is written
    whole, and those ending in a stem."""
    whole: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    stemmed: list[tuple[str, ...]] = []
    for line in data.sections("visit.txt", lang).get("", ()):
        if line[:1] in "!>~@+-=?^%" or not (p := tuple(line.split())):
            continue
        if p[-1].endswith("*"):
            stemmed.append(p)
        else:
            whole[p[-1]].append(p)
    return {last: tuple(ps) for last, ps in whole.items()}, tuple(stemmed)


def _after_visit_phrase(before: Sequence[str], lang: str) -> bool:
    """Whether the words before a place end with a whole visit phrase of visit.txt ("chuyến thăm", "thăm cấp nhà
    nước"): one word of a phrase alone ("nước", country, of "hai nước") is none. A line listing single words
    ("visit* trip talks") is no phrase and never ends them."""
    if not before:
        return False
    whole, stemmed = _visit_phrases(lang)
    return any(_tail_fits(before, p) for p in whole.get(before[-1], ())) or any(
        _tail_fits(before, p) for p in stemmed)


@cache
def _partner_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The visit.txt "-" phrases (a partner, not a venue, follows) by their last word, written whole."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in _phrases(lang, "-"):
        out[p[-1]].append(p)
    return {last: tuple(ps) for last, ps in out.items()}


def _tail_fits(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the words end with the phrase (its patterns may be stems)."""
    return len(words) >= len(phrase) and all(map(_word_fits, words[-len(phrase) :], phrase))


def _is_host_sentence(sentence: str, lang: str) -> bool:
    """Whether a sentence has a host's verb ("recebeu", "welcomed", "empfing"): where it receives is the venue."""
    verb = _host_verb(lang)
    return verb is not None and verb.search(sentence) is not None


@cache
def _host_verb(lang: str) -> re.Pattern[str] | None:
    """A search for any host's verb of visit.txt ("+ recebeu", "+ welcom*")."""
    verbs = sorted({p[0] for p in _phrases(lang, "+") if len(p) == 1})
    if not verbs:
        return None
    words = "|".join(re.escape(v[:-1]) + r"\w*" if v.endswith("*") else re.escape(v) for v in verbs)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# "Ciudad de México, 20 de enero de 2026 | 14:35", "MOSCOW (Reuters) -", "Rabat | 13 nov 2025": the
# place before the first separator.
# A place, then a comma, bracket, bar, dash or slash ("Ciudad de México / 16.09.2026").
# "Madrid.-" (the Mexican style) closes the place with a full stop glued to a dash.
_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})\s*(?:[,(|–—/]|\s-\s|\.[-–—])")
_DIGIT = re.compile(r"\d")
# How many of a byline's fields separated by bars are read for the place it was filed from.
_BYLINE_FIELDS = 3


# The most words a header line "Place - Agency" holds ("عمان - بترا", "القاهرة – الجزيرة نت").
_DATELINE_WORDS = 5


def _uncased_dateline(line: str) -> bool:
    """A short header line in an uncased script, which the cleaning stage's capital-based dateline patterns miss
    ("عمان - بترا": Amman, the agency Petra): read for its city as a dateline is (_dateline_city decides)."""
    return _opens_uncased(line.strip()) and len(line.split()) <= _DATELINE_WORDS


def _dateline_city(line: str) -> str | None:
    """The city a dateline opens with, when the gazetteer knows it."""
    m = _DATELINE.match(line)
    place = places.lookup(m.group("place")) if m else None
    if place is None and (city := cleaning.uncased_colon_dateline_place(line)):
        return city  # "मुंबई : " (Marathi and Hindi papers): a city and a colon
    if place is None and " | " in line:
        # A byline's fields: "By Special Correspondent | New Delhi | Updated: March 5, 2026".
        place = next(filter(None, map(places.lookup, map(str.strip, line.split(" | ")[1:_BYLINE_FIELDS]))), None)
    return place.name if place and place.kind != "country" else None


def _han_wire_city(line: str) -> str | None:
    """The city of a Chinese wire's dateline ("新华社帝力11月5日电": Dili), when the gazetteer knows it: its
    reporter files from the venue, as a Latin dateline's does."""
    desk = cleaning.han_wire_place(line)
    place = places.lookup(desk) if desk else None
    return place.name if place and place.kind != "country" else None


# A byline on a line of its own: a person's name (two to four capitalised words), a comma, a place.
_BYLINE = re.compile(r"\s*(?P<name>(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}[^\W\d_][\w'’-]*)[ \t]*,[ \t]*"
                     r"(?P<place>[^\W\d_][\w'’-]*(?:[ \t-][^\W\d_][\w'’-]*){0,2})[ \t]*$")


def _byline_city(line: str) -> str | None:
    """The city a correspondent's byline line names after the name ("Martin Gubler, London"), when the
    gazetteer knows it; a line of places ("Berlin, Paris, London") or of lower-case words is no byline."""
    m = _BYLINE.match(line)
    if m is None or not all(w[0].isupper() and places.lookup(w) is None for w in m.group("name").split()):
        return None
    place = places.lookup(m.group("place"))
    return place.name if place and place.kind not in ("country", "seat") else None


def _unlisted_town(line: str) -> str | None:
    """The town a dateline names in capitals, or before a country, when the gazetteer lacks it ("DUBROVNIK –":
    Dubrovnik): cleaning took the line for a dateline, so its place is where the report was filed."""
    m = _DATELINE.match(line)
    place = m.group("place").strip() if m else ""
    if not place or places.lookup(place) is not None:
        return None
    if place.isupper():
        return place.title()
    # "Langkawi, Malaysia (ANTARA) -": a town in ordinary case is told by the country the dateline names after it.
    country = _DATELINE.match(line, m.end()) if m and line[m.end() - 1 : m.end()] == "," else None
    found = places.lookup(country.group("place").strip()) if country else None
    return place if found is not None and found.kind == "country" and place[:1].isupper() else None


@dataclass(frozen=True)
class _Words:
    """The capitalised words, lower-case words and figures of an article's paragraphs, scanned once for every use."""

    body: list[tuple[int, int]]
    cap_starts: list[int]
    """Offset of every capitalised word."""
    cap_words: list[str]
    cap_folded: list[str]
    """Each capitalised word case-folded."""
    keys: list[str]
    """The skeleton of each capitalised word."""
    lower: frozenset[str]
    """Every word the article writes in lower case."""
    figures: tuple[str, ...]
    """The digits of every figure of two digits or more, in text order."""


def _words(text: str, body: places.Scan, full: bool = True, lang: str = "") -> _Words:
    """The words of the paragraphs, given their scan; not `full`, only their capitalised words and keys
    (lower-case words and figures left empty: _host_countries reads none); keys read in `lang` (native_skeletons)."""
    caps = body.caps
    starts = list(map(body.starts.__getitem__, caps))
    cap_words = list(map(body.words.__getitem__, caps))
    # "al-Sisi", "el-Sisi": the name after the particle is a capitalised word (Sisi, as "Mr Sisi" writes
    # him), where the text ties him to a country and counts him; it starts where the particle does, so
    # the words before it ("Egyptian President Abdel Fattah") stand right before it.
    words = body.words
    glued_names = [i for i in compress(range(len(words)), map(str.__contains__, words, repeat("-")))
                   if words[i][:1].islower() and surname(words[i]) != words[i]]
    if glued_names:
        named = sorted([*zip(caps, starts, cap_words),
                        *((i, body.starts[i], surname(body.words[i])) for i in glued_names)])
        starts, cap_words = [start for _, start, _ in named], [word for _, _, word in named]
    if not full:
        return _Words(body.spans, starts, cap_words, [], native_skeletons(cap_words, lang), frozenset(), ())
    figures: list[str] = []
    # Words starting right after a digit or an underscore (the "nd" of 2nd), with their count.
    glued: Counter[str] = Counter()
    # One look for an underscore over all the spans: most texts have none.
    underscore = bool(body.spans) and text.find("_", body.spans[0][0], body.spans[-1][1]) >= 0
    for k, (a, b) in enumerate(body.spans):
        ends = []
        for m in _FIGURE.finditer(text, a, b):
            figures.append(m.group().translate(_FIGURE_SEPARATORS))
            ends.append(m.end())  # a figure ends at its last digit
        if underscore and text.find("_", a, b) >= 0:
            ends += map(re.Match.end, _UNDERSCORE.finditer(text, a, b))
        first, last = body.bounds[k], body.bounds[k + 1]
        for end in ends:
            i = bisect_left(body.starts, end, first, last)
            if i < last and body.starts[i] == end:
                glued[body.words[i]] += 1
    return _Words(
        body.spans,
        starts,
        cap_words,
        [word.casefold() for word in cap_words] if glued_names else list(map(body.folded.__getitem__, caps)),
        native_skeletons(cap_words, lang),
        _lower_words(body, glued),
        tuple(d for d in figures if len(d) >= 2),
    )


def _lower_words(body: places.Scan, glued: Counter[str]) -> frozenset[str]:
    """The lower-case runs of letters standing between non-word characters (what \\b[^\\W\\d_]+\\b finds).

    They are read off the scanned words: a word's runs are its parts between apostrophes and
    hyphens, a run holding a digit or an underscore is none, and neither is the first run of
    a word glued to a digit or an underscore everywhere it stands.
    """
    vocab = set(body.words)
    always_glued = {w for w, n in glued.items() if body.words.count(w) == n}
    # Words of letters alone are their only run.
    letters = set(filter(str.isalpha, vocab))
    out = set(filter(str.islower, letters))
    out -= always_glued
    odd = vocab - letters
    # The other words are split at once, joined by a joiner; one glued everywhere loses its first run.
    kept = [w for w in odd if w not in always_glued]
    kept += [rest for w in odd if w in always_glued for rest in _JOINERS.split(w, 1)[1:]]
    runs = _JOINERS.split("-".join(kept))
    lower = set(filter(str.islower, runs))
    out |= set(filter(str.isalpha, lower))
    out.update(r for r in filterfalse(str.isalpha, lower) if not _NOT_LETTER.search(r))
    return frozenset(out)


def _desk_datelines(text: str, blocks: Sequence[Block], lang: str) -> dict[int, str]:
    """Where an agency's home desk dates the lead ("İSTANBUL (AA) - BOTAŞ Başkanı Fidan … söyledi", on its line or
    opening the paragraph; see _home_desk): the lead paragraph's start -> the desk's city, where the speaker the
    lead names spoke from, as "In Ottawa, …" places one."""
    out: dict[int, str] = {}
    texts = [k for k, b in enumerate(blocks) if b.kind == TEXT][:_LEAD_PARAGRAPHS]
    for k in texts:
        opening = text[blocks[k].start : blocks[k].start + _OPENING_REACH]
        # (The dateline cut as a line of its own stands right above the lead, blanks aside.)
        above = next((b for b in reversed(blocks[:k]) if b.kind != BLANK), None)
        line = text[above.start : above.end] if above and above.reason == "dateline" else ""
        for words, city in ((opening, _opening_dateline(opening)), (line, line and _dateline_city(line))):
            if city and _home_desk(words, city, lang):
                out[blocks[k].start] = city
    return out


def _placed_elsewhere(
    text: str, sentences: Sequence[Sentence], found: Sequence[places.Found], venue: str | None,
    desks: Mapping[int, str] | None = None,
) -> Callable[[str], bool]:
    """Whether a full name's first mention stands in a sentence that a locative puts, before the name, in another
    city than the visit's venue ("In Ottawa, Conservative Leader X dismissed the deal" of a visit to Tokyo), or
    that says he took part from afar ("dijo su presidenta, X, por videoconferencia": data/any/remote_link.txt).
    `desks`: the paragraphs an agency's home desk dates (_desk_datelines): their first sentence is placed there, as
    by a locative."""
    starts = [s.start for s in sentences]
    elsewhere: dict[int, list[int]] = defaultdict(list)
    # (A sentence naming the venue too tells a trip's stops, "in Doha … am Mittwoch in Maskat den omanischen
    # Außenminister": the second stop's host took part in it.)
    at_venue: set[int] = set()
    for f in found:
        if (k := bisect_right(starts, f.start) - 1) < 0 or f.start >= sentences[k].end:
            continue
        if f.place.name == venue:
            at_venue.add(k)
        elif venue and f.locative and f.place.kind in ("capital", "city"):
            elsewhere[k].append(f.start)
    for k in at_venue:
        elsewhere.pop(k, None)
    for at, city in (desks or {}).items():
        if venue and city != venue and (k := bisect_right(starts, at) - 1) >= 0:
            elsewhere[k].append(sentences[k].start - 1)

    remote = _remote_link()

    def away(name: str) -> bool:
        # (The first mention in the running text: a caption above the lead names him as it says nothing of where.)
        at = text.find(name)
        while at >= 0 and ((k := bisect_right(starts, at) - 1) < 0 or at >= sentences[k].end):
            at = text.find(name, at + 1)
        if at < 0:
            return False
        words = _WORD.findall(text, sentences[k].start, sentences[k].end)
        return (any(a < at for a in elsewhere.get(k, ())) or _placed_in_apposition(text, at + len(name), sentences[k].end,
                                                                                    elsewhere.get(k, ()))
                or any(w.casefold().startswith(remote) for w in words))

    return away


def _placed_in_apposition(text: str, end: int, stop: int, cities: Sequence[int]) -> bool:
    """Whether the clause set off by a comma right after a name (ending at `end`) holds one of the other `cities`
    (their offsets): "Вице-премьер X, комментируя переговоры в Москве, выразил …", "X, speaking in Ottawa, said" places
    him there as a locative before his name does."""
    m = _ANY_APPOSITION.match(text, end, stop) if cities else None
    return bool(m) and any(m.start(1) <= a < m.end(1) for a in cities)


def _people(
    text: str, quotes: Sequence[Quote], people: Sequence[str], w: _Words, title: Container[str] = (), lang: str = "",
    away: Callable[[str], bool] = lambda name: False,
) -> tuple[Counter[str], Counter[str], tuple[str, ...]]:
    """People by how often their surname comes back, keyed by its skeleton, the full forms seen, and
    the keys of those a word of the title names (whom the story is about). A full name `away` tells is placed in
    another city than the visit's speaks from there: no participant, unless the title names him.

    Candidates are quote speakers and the people stage's names, else capitalised name runs.
    """
    # A script without letter case (Hebrew, Arabic) makes every word a capitalised one: its runs are any words
    # ('מצטלם באבו דאבי', poses in Abu Dhabi, joined the people by the headline's דאבי); the people stage's
    # names, read from roles and verbs, are its only ones.
    runs = [] if uncased_script(text) else _name_runs(text, w, lang)
    # A name the text writes only inside quotations ("a strategic choice for an Atlantic Africa that is …") is
    # the speaker's words, which the people stage may read a capitalised pair in: no one the reporter names.
    said = sorted(part for q in quotes if q.kind == "speech" for part in (q.parts or ((q.start, q.end),)))
    if said:
        people = [p for p in people if not _only_quoted(text, p, said)]
    candidates = [q.speaker for q in quotes if q.speaker] + list(people) or runs
    if candidates is not runs:
        # A full name the headline names is whom the story is about, even when the people stage
        # missed it (a host quoted only through a misread cue): it joins the candidates.
        known = {word for name in candidates for word in name.split()}
        # (Not a run opening on a word the headline writes in lower case, "Linia Suceava" about the
        # headline's "linia electrică Suceava–Bălți", nor one the text sets in quotation marks, a
        # thing's name: «Сила Сибири», nor an institution's or a plant's name.)
        candidates = candidates + list(dict.fromkeys(
            run for run in runs
            if known.isdisjoint(run.split()) and any(word in title for word in run.split()[1:])
            and run.split()[0].lower() not in title and not _quoted(text, run)
            and not heads_institution(run.split()[0])  # "Atomkraftwerk Krško", "Flughafen Schwechat"
            and not _AFTER_FIGURE.search(text[: text.find(run)][-_FIGURE_REACH:])  # "4,5 Terawattstunden Strom"
        ))
    names = candidates + runs
    alone = _alone(text, w)
    _joined_surnames(text, candidates, alone)
    key_of = _surname_keys(names, alone, lang)
    key_of.update(_namesake_keys(text, candidates, key_of))
    mentions = Counter(w.keys)
    # A name the capitalised words miss (al-Sisi) still counts once for each quote and mention found.
    found = Counter(map(key_of.__getitem__, candidates))
    who: Counter[str] = Counter()
    for name in candidates:
        key = key_of[name]
        if key:
            who[key] = max(mentions[key], found[key])
    # A name of a script without capitals or spaces (李强, 石原宏高) is no capitalised word: its mentions are counted
    # in the paragraphs, as the others' are.
    for name in dict.fromkeys(candidates):
        if (key := key_of[name]) and key not in mentions and _HAN_NAME.fullmatch(name):
            who[key] = max(who[key], _unspaced_mentions(text, key if key in name else name, w.body))
    # Icelandic names a person again by the given names, not the patronymic ("Þorgerður Katrín sagði",
    # "sagði Hildur Ýr"): each such mention in the paragraphs counts for the full name it shortens.
    if lang in _GIVEN_NAME_LANGS:
        for name in dict.fromkeys(candidates):
            parts, key = name.split(), key_of[name]
            if len(parts) >= 2 and key in who:
                given = re.compile(rf"(?<!\w){re.escape(' '.join(parts[:-1]))}(?!\w)(?!\s+{re.escape(parts[-1])})")
                who[key] += sum(len(given.findall(text, a, b)) for a, b in w.body)
    # An economist or a member of parliament commenting on the visit took no part in it.
    namesakes: set[str] = set()
    for key in _commentators(text, candidates, key_of, lang, namesakes):
        who.pop(key, None)
    # A role in an apposition after the name ("Gergely Bíró, senior analyst at …") may also be a
    # leader's past ("Javier Milei, economista de formación"): those the headline names keep their place.
    leaders = {key_of[n] for n in candidates if any(w in title and _opens_name(w) for w in n.split())}
    for key in _described_commentators(text, candidates, key_of, lang) - leaders:
        who.pop(key, None)
    # "In Ottawa, Conservative Leader X dismissed the deal": someone the text places in another city than the
    # visit's, when it first names him, reacts from there and sat at no table of the visit.
    for key in {key_of[n] for n in candidates if " " in n and key_of.get(n) and away(n)} - leaders:
        who.pop(key, None)
    # A spokesperson tells the press what the talks gave and took no seat at them ("A porta-voz do ministério,
    # Paula Menezes, disse…", "محمد الحمصاني، المتحدث الرسمي باسم مجلس الوزراء").
    for key in _spokespersons(text, candidates, key_of, lang) - leaders:
        who.pop(key, None)
    # Chinese and Japanese glue the role to the name ("外交部发言人毛宁", "研究员乌日娜"), which the rules above,
    # made for a role word spaced from a full name, never read.
    for key in _glued_role_people(text, candidates, key_of, lang) - leaders:
        who.pop(key, None)
    # "…," says the expert: a speaker the text quotes by a commentator's word alone ("говорит эксперт") comments on
    # the visit, introduced as "Anna Gorska of the Centre for Eastern Studies" with no role word before her name.
    for key in {key_of[q.speaker] for q in quotes if q.speaker and q.speaker in key_of and q.speaker_form
                and _commentator_cue(q.speaker_form, lang)} - leaders:
        who.pop(key, None)
    # Every written form of a known person competes for the display name, if it has the first
    # vowel of the skeleton's first candidate (quote speakers come first): a skeleton can name a
    # street as well as a person (Starmer, Downing Street).
    vowel: dict[str, str] = {}
    for n in candidates:
        vowel.setdefault(key_of[n], _first_vowel(n))
    # (Not a commentator's forms under the key of a namesake who keeps it: "Lilit Grigoryan" is not the minister.)
    given_of = {name.split()[0] for name in namesakes}
    forms = Counter(n for n in names if key_of[n] in who and _first_vowel(n) == vowel[key_of[n]]
                    and n.split()[0] not in given_of)
    # (Not a word two people's names share, a family name written first, "Lê Hoài Trung" and "Lê Văn Khoa": the
    # headline "Lê Hoài Trung …" names one of them, by the words only his name holds.)
    keys_of_word: dict[str, set[str]] = defaultdict(set)
    for n in forms:
        for w in n.split():
            keys_of_word[w].add(key_of[n])
    headline = {key_of[n] for n in forms
                if any(w in title and _opens_name(w) and w.lower() not in particle_words() and len(keys_of_word[w]) == 1
                       for w in n.split())}
    # (A family name only namesakes share, the headline's "Iqbal" of "Ahsan Iqbal" and "Shazia Iqbal", names the one the
    # text names first, who keeps the key: see _namesake_keys.)
    headline |= {owner for w, keys in keys_of_word.items() if len(keys) > 1 and w in title and _opens_name(w)
                 and w.lower() not in particle_words() and len(owners := {k.partition("/")[0] for k in keys}) == 1
                 and (owner := owners.pop()) in who}
    # The surname written alone goes with them: it shows the case ending of an inflected full form
    # (Владимира Путина beside Путин), and never wins over a form with a first name.
    lone = [word for word in alone if word not in forms]
    lone_keys = native_skeletons(lone, lang)
    for word, key in compress(zip(lone, lone_keys), map(who.__contains__, lone_keys)):
        if _first_vowel(word) == vowel.get(key):
            forms[word] += alone[word]
    return who, forms, tuple(sorted(headline))


def _namesake_keys(text: str, candidates: Sequence[str], key_of: Mapping[str, str]) -> dict[str, str]:
    """Full names of two people one key holds in one article (the host "Ahsan Iqbal" and a secretary "Shazia Iqbal";
    Polish "Keirem Starmerem" and "Jonasem Gahrem Støre", both str), each with the key it moves to: the person the
    text names first keeps the key (and the surname written alone), each other one files under the key and their given
    name's (_split_key). One person written with and without a given name ("Fatih Kacir", "Mehmet Fatih Kacir") or in
    two cases ("Keir Starmer", "Keirem Starmerem") stays one."""
    held: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(candidates):
        words = name.split()
        # (A role the people stage left before a surname, "Premier Starmer", is no given name.)
        if len(words) >= 2 and key_of.get(name) and not any(_titled(f) or _office_word(f) or _common_noun(f)
                                                            for f in map(_fold, words[:-1])):
            held[key_of[name]].append(name)
    out: dict[str, str] = {}
    for key, names in held.items():
        if len(names) < 2:
            continue
        names.sort(key=lambda n: (n not in text, text.find(n)))
        people: list[list[str]] = []
        for name in names:
            same = next((p for p in people if any(_one_namesake(name, other) for other in p)), None)
            if same is None:
                people.append([name])
            else:
                same.append(name)
        for person in people[1:]:
            for name in person:
                out[name] = _split_key(key, name.split())
    return out


def _one_namesake(a: str, b: str) -> bool:
    """Whether two full names of one key are one person's: one's words all the other's ("Fatih Kacir", "Mehmet Fatih
    Kacir"), given names of the same first consonants (Keir, Keirem; Hasan, Hassan), or one person to the speakers
    stage."""
    wa, wb = a.split(), b.split()
    return (set(wa) <= set(wb) or set(wb) <= set(wa) or _given_key(wa) == _given_key(wb)
            or one_person(a, b))


def _given_key(words: Sequence[str]) -> str:
    """The first two consonants of a full name's given name (its first word that is not the family name)."""
    family = _family_name(words)
    given = next((w for w in words if w != family and surname(w) != family), words[0])
    return skeleton(given)[:2]


def _split_key(key: str, words: Sequence[str]) -> str:
    """The key a person files under whose family name's key `key` a namesake of the same article holds
    (see _namesake_keys): the key and the given name's."""
    return f"{key}/{_given_key(words)}"


def _unspaced_mentions(text: str, name: str, body: Sequence[tuple[int, int]]) -> int:
    """How often the paragraphs write a name of a script without spaces (李强, or 石原 for 石原宏高)."""
    return sum(text.count(name, a, b) for a, b in body)


def _glued_role_people(text: str, names: Iterable[str], key_of: Mapping[str, str], lang: str) -> set[str]:
    """Keys of the people a script without spaces introduces, where it first writes their name, by an expert's or a
    spokesperson's word glued to it: before it as Chinese writes it ("研究员乌日娜", "外交部发言人毛宁"), or after it
    as Japanese does ("田中太郎教授")."""
    words = tuple(w.rstrip("*") for w in commentator_words(lang) if " " not in w)
    words += tuple("".join(p) for p in _spokesperson_words(lang) if lang in LANGS)
    if not words:
        return set()
    out: set[str] = set()
    for name in set(names):
        at = text.find(name)
        if at < 0 or not key_of.get(name) or not _HAN_NAME.fullmatch(name):
            continue
        if text.endswith(words, 0, at) or text.startswith(words, at + len(name)):
            out.add(key_of[name])
    return out


def _commentator_cue(form: str, lang: str) -> bool:
    """Whether a quotation's cue ("the expert", "эксперт", "ekspertka") is an expert's or a member of parliament's
    word (roles.txt "?"), whatever article goes before it: no participant's name or office."""
    words = _WORD.findall(form.casefold())
    return 0 < len(words) <= 2 and any(_word_fits(w, m) for w in words for m in commentator_words(lang))


def _only_quoted(text: str, name: str, said: Sequence[tuple[int, int]]) -> bool:
    """Whether every place the text writes the name at lies inside a quotation (`said`, sorted spans); a name
    written in another form than the one given (an inflected one) is not judged."""
    starts = [a for a, _ in said]
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= said[k][1]:
            return False
        at = text.find(name, at + len(name))
    return True


# Languages whose news names a person again by the given names alone (see _people).
_GIVEN_NAME_LANGS = frozenset(("is",))


# How far before a name its introducing role is read ("O economista Fernando Kiala").
_INTRO_REACH = 60


def _commentators(text: str, names: Iterable[str], key_of: Mapping[str, str], lang: str,
                  spared: set[str] | None = None) -> set[str]:
    """Keys of the people the text introduces as commentators: a full name right after a word of
    roles.txt's "?" lines or an opposition stem, or after one and a lower-case adjective ("Der Ökonom
    Stefan Leitner", "o deputado socialista Pedro Vaz Cunha", "the opposition leader X"). A commentator whose
    key another person's full name holds leaves it that person's and goes into `spared`, when given."""
    exact, stems = _commentator_fits(lang)
    out: set[str] = set()
    names = set(names)
    # The full names under each key: one with another given name and another surname ("Eva Sundqvist" beside
    # "Tore Sandvik", one skeleton) is another person, and a commentator among them leaves that person the key.
    # (The same surname is one person, whatever word the text set before it: "Segons Ferrer", according to Ferrer.)
    # Two given names of one surname are two people (a minister and an opposition deputy of one family name, "Mher
    # Grigoryan" and "Lilit Grigoryan") when both full names stand somewhere inside a sentence: only there is a
    # capitalised word before a surname surely a name.
    # (Given names none of which the other writes: "Martin Grande" is "Ole Martin Grande".)
    full: dict[str, set[tuple[str, str]]] = defaultdict(set)
    inside: dict[str, set[frozenset[str]]] = defaultdict(set)
    for name in names:
        if " " in name and key_of.get(name):
            full[key_of[name]].add(_given_and_surname(name.split()))
            if _inside_sentence(text, name):
                inside[key_of[name]].add(frozenset(skeletons(name.split()[:-1])))
    for name in names:
        # (A name written after its initial, "Эдийн засагч Д.Батзориг", is read from the initial: a full name too.)
        at = text.find(name) if " " in name else _initial_at(text, name)
        if at <= 0 or not key_of.get(name) or _another_person(name.split(), full[key_of[name]]):
            continue
        window = text[max(0, at - _INTRO_REACH) : at]
        roles = _uncased_introducing_words(window, lang) if _opens_uncased(name) else _introducing_words(window)
        # ("il deputato dell'opposizione keniana X", "le député de l'opposition X": an elided article or
        # preposition glued to the opposition's word by its apostrophe.)
        if not (any(r in exact or r.startswith(stems) or r.replace("’", "'").rpartition("'")[2].startswith(stems)
                    for r in map(str.casefold, roles))
                or _party_spokesperson(window, roles, lang) or _in_opposition(window)):
            continue
        given = frozenset(skeletons(name.split()[:-1]))
        if given in inside[key_of[name]] and any(given.isdisjoint(g) for g in inside[key_of[name]]):
            if spared is not None:
                spared.add(name)
        else:
            out.add(key_of[name])
    return out


def _inside_sentence(text: str, name: str) -> bool:
    """Whether the text writes `name` somewhere right after a word of its sentence ("the deputy Lilit X"): a letter
    and a space before it, on its line; not only opening one, where any word is capitalised ("Segons Ferrer",
    according to Ferrer). (No word end after it: a case ending may be glued to the surname, "Grigoryanը".)"""
    # A plain search, no pattern per name: every name of every article is asked, and a compiled pattern each
    # (re's cache holds 512) cost a fifth of the visit signals.
    at = text.find(name, 2)
    while at >= 0:
        if text[at - 1] in " \t\u00a0" and text[at - 2].isalnum() and not text[at - 2].isdecimal():
            return True
        at = text.find(name, at + 1)
    return False


def _in_opposition(window: str) -> bool:
    """Whether the words right before a name, in its clause with no comma between, hold an opposition stem a few
    words before the role ("Opositsiooni kuuluva Isamaa energeetikapoliitik X", the energy politician of the
    opposition's Isamaa): a role the opposition qualifies is no office of those in power, however far the
    language sets the qualifier before it."""
    tail = _intro_words(window)
    return tail is not None and any(w.casefold().startswith(_opposition()) for w in tail.group().split())


# How many words before a spokesperson's noun may name the party it speaks for ("Left Party spokesman X").
_PARTY_REACH = 3


def _party_spokesperson(window: str, roles: Sequence[str], lang: str) -> bool:
    """Whether the words introducing a name are a party's spokesperson's (an aide's noun of unnamed.txt with a
    party's word among the few words before it: "Left Party spokesman Tarek X"): who speaks for a party speaks
    for no government at the talks."""
    aides = _aide_words(lang)
    if not any(_word_fits(r.casefold(), m) for r in roles for m in aides):
        return False
    words = _WORD.findall(window.casefold())
    at = next((k for k in range(len(words) - 1, -1, -1) if any(_word_fits(words[k], m) for m in aides)), None)
    return at is not None and any(map(party_words().holds, words[max(0, at - _PARTY_REACH) : at]))


def _apposition_words(words: Sequence[str]) -> list[str]:
    """The apposition's first _APPOSITION_WORDS words, a run of capitalised words counted as one: an institution's
    name may stand before the role its genitive governs ("Kiss Ádám, a Külpolitikai és Gazdasági Intézet
    elemzője", the analyst of the Institute)."""
    out: list[str] = []
    units = 0
    upper = False
    for w in words:
        capital = w[:1].isupper()
        units += not (capital and upper)
        if units > _APPOSITION_WORDS:
            break
        out.append(w)
        upper = capital
    return out


# The letters of a surname two spellings of one person's name share (Sandvik, Sandvikas; not Sundqvist).
_SURNAME_PREFIX = 4


def _given_and_surname(words: Sequence[str]) -> tuple[str, str]:
    """A full name's given name's key and its surname's first letters, folded: what tells two people of one key apart."""
    return skeleton(words[0]), _fold(words[-1])[:_SURNAME_PREFIX]


def _another_person(words: Sequence[str], full: Iterable[tuple[str, str]]) -> bool:
    """Whether one of the full names `full` (of one key, see _given_and_surname) is another person's than the full
    name `words`: another given name and another surname."""
    given, surname = _given_and_surname(words)
    return any(g != given and s != surname for g, s in full)


# The first words of an apposition after a name read for its role ("Gergely Bíró, senior analyst at").
_APPOSITION_WORDS = 5
_APPOSITION = re.compile(r",[ \t\u00a0]+([^,.;:!?\n]*)")


@cache
def _commentator_marks(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """What _described_commentators() looks for in a language: the commentators' words and the opposition
    stems (a trailing * for any ending), and the relative pronouns (read once, not per article)."""
    marks = (*commentator_words(lang), *(s + "*" for s in _opposition()))
    return marks, frozenset(data.sections("relative_pronouns.txt", lang).get("", ()))


@cache
def _commentator_fits(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The marks of _commentator_marks as _word_fits reads them: words written whole, and stems (a trailing *
    cut): a word fits a mark when it is among the first or starts with one of the second."""
    marks = _commentator_marks(lang)[0]
    return frozenset(m for m in marks if not m.endswith("*")), tuple(m[:-1] for m in marks if m.endswith("*"))


def _described_commentators(text: str, names: Iterable[str], key_of: Mapping[str, str], lang: str) -> set[str]:
    """Keys of the people an apposition right after their full name presents as commentators: a
    word of roles.txt's "?" lines or an opposition stem among its first words ("Gergely Bíró, senior
    analyst at the …", "Kiss Ádám, a párt vezető elemzője"), not in a relative clause ("…, who told
    observers")."""
    exact, stems = _commentator_fits(lang)
    relative = _commentator_marks(lang)[1]
    out: set[str] = set()
    for name in set(names):
        at = text.find(name) if " " in name else -1
        if at < 0 or not key_of.get(name):
            continue
        m = _APPOSITION.match(text, at + len(name), at + len(name) + _INTRO_REACH)
        words = _apposition_words(_WORD.findall(m.group(1))) if m else []
        if words and words[0].casefold() not in relative and any(
            w in exact or w.startswith(stems) for w in map(str.casefold, words)
        ):
            out.add(key_of[name])
    return out


# How many words before a name a spokesperson's noun may stand when a comma sets the name apart ("A porta-voz do
# ministério, Paula Menezes"); without the comma only right before it ("Kremlin spokesman Dmitry Peskov"), since
# "spokesman for President Vladimir Putin" names whom the spokesman serves.
_SPOKESPERSON_REACH = 4
# An apposition after a name, by a Latin or an Arabic comma ("X, the ministry's spokesman", "X، المتحدث الرسمي").
_ANY_APPOSITION = re.compile(r"[ \t\u00a0]*[,،][ \t\u00a0]+([^,،.;:!?\n]*)")


@cache
def _spokesperson_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """unnamed.txt's [spokespersons] of a language (spokesman, porta-voz*, المتحدث*) as word sequences of
    _word_fits patterns (a phrase: "press secretary")."""
    return tuple(tuple(w.split()) for code in ((lang,) if lang in LANGS else LANGS)
                 for w in data.sections("unnamed.txt", code).get("spokespersons", ()) if w.strip())


def _office_body_between(words: Sequence[str], lang: str) -> bool:
    """Whether the words between a spokesperson's noun and a name, no comma between, are a preposition and the
    office's lower-case body ("le porte-parole de la présidence X", "spokesman for the ministry X"): the name is
    the spokesperson's own. A role word among them makes it whom the spokesperson serves ("porte-parole du
    président X")."""
    lex = lexicon(lang)
    return (0 < len(words) <= _SPOKESPERSON_REACH and words[0].casefold() in lex.prepositions
            and all(w.islower() and not lex.is_role(w) for w in words))


def _spokesperson_at(words: Sequence[str], lang: str) -> int | None:
    """The index of the last word of `words` (casefolded) that ends a spokesperson's noun or phrase, else None."""
    for k in range(len(words) - 1, -1, -1):
        for phrase in _spokesperson_words(lang):
            n = len(phrase)
            if k + 1 >= n and all(_word_fits(w, m) for w, m in zip(words[k + 1 - n : k + 1], phrase)):
                return k
    return None


def _spokespersons(text: str, names: Iterable[str], key_of: Mapping[str, str], lang: str) -> set[str]:
    """Keys of the people the text introduces, where it first writes their full name, as a spokesperson: a
    spokesperson's noun right before the name, or a few words before it with a comma between ("the ministry's
    spokeswoman, Ana Ruiz"), or among the first words of an apposition after it ("Ana Ruiz, the ministry's
    spokeswoman")."""
    out: set[str] = set()
    for name in set(names):
        at = text.find(name) if " " in name else -1
        if at < 0 or not key_of.get(name):
            continue
        before = _SENTENCE_END.split(text[max(0, at - _INTRO_REACH) : at])[-1]
        apposition = before.rstrip().endswith((",", "،"))
        words = _WORD.findall(before.casefold())
        k = _spokesperson_at(words, lang)
        near = k is not None and (k == len(words) - 1 or apposition and len(words) - 1 - k <= _SPOKESPERSON_REACH
                                  or _office_body_between(_WORD.findall(before)[k + 1 :], lang))
        m = _ANY_APPOSITION.match(text, at + len(name), at + len(name) + _INTRO_REACH)
        after = _apposition_words(_WORD.findall(m.group(1))) if m else []
        if near or (after and _spokesperson_at([w.casefold() for w in after], lang) is not None):
            out.add(key_of[name])
    return out


# An academic or professional title before a name ("Prof. Dr. Selim Kaya", "Ing. Jan Novák"): one
# capital, a few letters, a dot.
_TITLE_BEFORE = re.compile(r"([^\W\d_]{1,4})\.[ \t\u00a0]*$")
_NAME_QUOTES = re.compile(r"[«»„“”\"]")
# The last words before a name that only spaces part (no comma, no sentence end between them).
_INTRO_WORDS = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t\u00a0]+){1,4}$")
# The window's last four words and the spaces after each, read backwards: a match of _INTRO_WORDS holds only their
# characters (a word each repetition), so it starts no earlier than they do.
_INTRO_REACH_BACK = re.compile(r"[ \t\u00a0]*+(?:[\w'’-]++[ \t\u00a0]*+){0,4}+")


def _intro_words(window: str) -> re.Match[str] | None:
    """_INTRO_WORDS.search(window), searched only from where a match may start (a search from every
    position of the window cost more than the rest of the name's test)."""
    back = window[::-1]
    # (`$` also matches before a final line break.)
    reach = _INTRO_REACH_BACK.match(back, 1 if back[:1] == "\n" else 0)
    return _INTRO_WORDS.search(window, len(window) - reach.end())


def _opens_uncased(name: str) -> bool:
    """Whether a name opens with a letter of a script without letter case."""
    return _UNCASED_INITIAL.match(name) is not None


def _uncased_introducing_words(window: str, lang: str) -> list[str]:
    """For a name in an uncased script, read from the window of text before it: the role word nearest before it in
    its clause (the role opens its phrase and its complements follow it: 'المحلل السياسي اللبناني X', 'الباحثة في
    الشؤون التركية X'), which no capitals set apart."""
    roles = lexicon(lang).roles
    # (A member of parliament's word, roles.txt "?+", is no role word but introduces a commentator just as well:
    # 'ოპოზიციური პარტიის დეპუტატი თამარ კორძაია'.)
    members = member_words(lang)
    for word in reversed(_WORD.findall(_CLAUSE_END.split(window)[-1])):
        if roles.holds(word.casefold()) or members.holds(word.casefold()):
            return [word]
    return []


def _introducing_words(window: str) -> list[str]:
    """The words of `window` (the text right before a name) that may introduce it with a role: the
    word before the name (past academic titles: "uzmanı Prof. Dr. Selim Kaya", or an apposition's
    comma: "képviselője, Kiss Ádám"), the one before a lower-case adjective ("o deputado socialista
    X"), or one before a party's or a place's capitalised name or acronym ("Deputatul PSD Ion Pop",
    "Poslanec Slobodného Fóra Ján Kováč", "CHP İzmir Milletvekili" needs none); the academic titles passed
    over too, which may say it alone ("Üniversitesi'nden Doç. Dr. Selim Arslan")."""
    titles: list[str] = []
    for _ in range(3):
        m = _TITLE_BEFORE.search(window)
        if not (m and m.group(1)[0].isupper() and not m.group(1).isupper()):
            break
        titles.append(m.group(1))
        window = window[: m.start()]
    # An institution's name in quotation marks is capitalised words as well ("Analityk Ośrodka „Nowa Europa”").
    window = _NAME_QUOTES.sub(" ", window)
    apposition = window.rstrip().endswith(",")
    if apposition:
        window = window.rstrip()[:-1] + " "
    tail = _intro_words(window)
    words = tail.group().split() if tail else []
    if not words:
        return titles
    if apposition:
        return [words[-1], *titles]
    roles = [words[-1]]
    if len(words) >= 2 and words[-1].islower():
        roles.append(words[-2])
    # Capitalised words between the role and the name are a party or a place (the role, a sentence's
    # first word or a German noun, may be capitalised too): each of them and the word before them.
    k = len(words)
    while k > 0 and words[k - 1][0].isupper():
        k -= 1
    return roles + words[max(0, k - 1) : len(words) - 1] + titles


@cache
def _remote_link() -> tuple[str, ...]:
    """Stems of words for taking part by video or telephone, in every language (data/any/remote_link.txt)."""
    return tuple(data.sections("remote_link.txt", "any").get("", ()))


@cache
def _opposition() -> tuple[str, ...]:
    """Stems of words for a political opposition, in every language (data/any/opposition.txt)."""
    return tuple(data.sections("opposition.txt", "any").get("", ()))


# A run written right after a figure is its unit and what it counts ("4,5 Terawattstunden Strom"), no one's name.
_AFTER_FIGURE = re.compile(r"\d\s*$")
_FIGURE_REACH = 4


def _joined_surnames(text: str, names: Iterable[str], alone: Counter[str]) -> None:
    """Take out of `alone` the words of a name's surnames joined by a conjunction ("Correia" and
    "Silva" of "Ulisses Correia e Silva"), wherever the text writes the two joined: not alone there."""
    conj = surname_conjunctions()
    for name in set(names):
        words = name.split()
        for i in range(1, len(words) - 1):
            if words[i] in conj:
                n = text.count(" ".join(words[i - 1 : i + 2]))
                for word in (words[i - 1], words[i + 1]):
                    if alone[word]:
                        alone[word] = max(0, alone[word] - n)


def _surname_keys(names: Sequence[str], alone: Counter[str], lang: str = "") -> dict[str, str]:
    """Each name's key: the skeleton of its family name (see _family_name), or of the word the text
    uses alone most when it never uses the family name alone ("Prabowo Subianto", then "Prabowo
    said"; "Luiz Inácio Lula da Silva", then "Lula"); read in the text's `lang` (native_skeletons)."""
    chosen = []
    particles = particle_words()
    lone = sorted(alone)
    for name in names:
        words = name.split()
        word = _family_name(words)
        if len(words) > 1 and not alone[word]:
            # A particle is part of a surname ("De Smet"), never one by itself: alone, "De" opens a
            # sentence as an article ("De ministers"). A word alone with a case ending counts as alone
            # ("Orbánnal", "Orbánt" for the family name of "Orbán Viktor").
            counts = {x: _alone_inflected(x, alone, lone) for x in words if x.lower() not in particles}
            most = max(counts, key=counts.__getitem__, default=word)
            # The first of two surnames ("Claudia Sheinbaum Pardo", then "Sheinbaum") needs no second
            # sighting: a given name seldom stands alone, the surname the text goes on with does.
            lead = len(words) - 2
            while lead > 0 and words[lead].lower() in particles:
                lead -= 1
            need = 1 if lead >= 1 and most == words[lead] else 2
            word = most if counts.get(most, 0) >= need else word
        chosen.append(word)
    return dict(zip(names, native_skeletons(chosen, lang)))


# Letters a case ending adds to a name standing alone ("Orbán" → "Orbánnal", "Putin" → "Putinem"). (This was
# a second _CASE_ENDING = 4, which the surname one below, 3, shadowed at import: 3 is what ran and was tested.)
_ALONE_ENDING = 3


def _alone_inflected(word: str, alone: Counter[str], lone: Sequence[str] | None = None) -> int:
    """How often a word stands alone, as it is or with a case ending; `lone`, the words of `alone`
    sorted, finds those that begin with it without reading them all."""
    lone = sorted(alone) if lone is None else lone
    i, n = bisect_left(lone, word), 0
    while i < len(lone) and lone[i].startswith(word):
        if len(lone[i]) - len(word) <= _ALONE_ENDING:
            n += alone[lone[i]]
        i += 1
    return n


def _alone(text: str, w: _Words) -> Counter[str]:
    """The capitalised words that stand alone, not next to another one (a surname used by itself,
    not a first name before its surname); words, not skeletons, which other words share."""
    starts, caps = w.cap_starts, w.cap_words
    ends = list(map(add, starts, map(len, caps)))
    # Most gaps are long (a word's ending to the next capital): their lengths come from the offsets,
    # and only the short ones are sliced out and read.
    near = compress(range(1, len(caps)), map(lt, map(sub, starts[1:], ends), repeat(_JOIN_REACH)))
    alone = [True] * len(caps)
    for i in near:
        if _joins(text[ends[i - 1] : starts[i]]):
            alone[i - 1] = alone[i] = False
    return Counter(compress(caps, alone))


# The longest gap between two words of one name: " von der ", " ван дер ".
_JOIN_REACH = 12


@lru_cache(maxsize=1 << 12)
def _joins(gap: str) -> bool:
    """Whether what stands between two capitalised words makes them one name: a space, or name
    particles ("Lula da Silva", "Ursula von der Leyen")."""
    return gap in _RUN_GAPS or gap[:1] == " " and all(w in particle_words() for w in gap.lower().split())


def _family_name(words: Sequence[str]) -> str:
    """The word of a name that is the family name: the last, or the first where family names come
    first ("Xi Jinping", "Kim Jong Un"), which a short list of those family names tells."""
    if len(words) > 1 and _REGNAL.fullmatch(words[-1]):
        # "Frederik X", "Felipe VI": a monarch goes by the name before the number (the text's "kong Frederik"
        # is him), and two monarchs with one number are two people.
        words = words[:-1]
    # "Surangel Whipps Jr": a generational suffix is no family name; the word before it is ("Mr Whipps said").
    if len(words) > 1 and words[-1].rstrip(".").casefold() in _name_suffixes():
        words = words[:-1]
    if len(words) > 1 and words[0] in family_first():
        return words[0]
    # "Abdel Fattah al-Sisi" is Sisi, as "Mr Sisi said" and "el-Sisi" write him.
    return surname(words[-1])


# A monarch's or pope's number after the name (VI, XIV).
_REGNAL = re.compile(r"[IVX]{1,5}")


@cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(data.sections("name_suffixes.txt", "any").get("", ()))


@lru_cache(maxsize=1 << 12)
def _first_vowel(name: str) -> str:
    """The first vowel of a name's last word, folded: a, e, i, o or u ('' if none)."""
    return next((c for c in _fold(name.rpartition(" ")[2]) if c in "aeiou"), "")


def _name_runs(text: str, w: _Words, lang: str = "") -> list[str]:
    """Runs of two or three capitalised words that look like a person's name.

    Leading words the article also writes in lower case (Il, Szef, Presidenti), titles or roles
    (Mr, Kanzler) and the article's language's "according to" (Pasak, Laut) are cut;
    runs naming a place or a nationality (Federazione Russa, Nur-Sultan) are dropped.
    """
    # "Pasak Seimo pirmininko" (lt: according to the Seimas speaker) opens a sentence: the source follows the
    # phrase, which is no given name. (The language's own phrases, of more than three letters: one- and
    # two-letter ones, "De", "Po", and other languages' "Dar" or "Med" may open a name.)
    according = {s for s in lexicon(lang).reporting_starts if len(s) > 3} if lang else set()
    # "Eight European countries", "Acht Europese landen": a number word opening the sentence is no given name.
    according |= _cardinal_words(lang) if lang else frozenset()
    starts, caps = w.cap_starts, w.cap_words
    ends = list(map(add, starts, map(len, caps)))
    # Word i continues word i - 1's run when only a run gap stands between them: at most two
    # characters, so only words that close are looked at.
    near = compress(range(1, len(caps)), map(le, map(sub, starts[1:], ends), repeat(_MAX_RUN_GAP)))
    joined = [i for i in near if text[ends[i - 1] : starts[i]] in _RUN_GAPS]
    if not joined:
        return []
    stems = set(map(getitem, w.lower, repeat(slice(0, _STEM))))
    runs = []
    for a, b in _spans_of(joined):
        # The run is words a to b - 1.
        while a < b and (w.cap_folded[a][:_STEM] in stems or _titled(w.cap_folded[a]) or _common_noun(w.cap_folded[a])
                         or caps[a].lower() in according):
            a += 1
        # A role inside the run ends what comes before it, a region's or a party's name in the genitive
        # ("Tirols Landeshauptmann Anton Mattle"): the name is what follows the role.
        if b - a > 3:
            a = next((j + 1 for j in range(b - 3, a, -1) if _titled(w.cap_folded[j])), a)
        # So does a role that is no title in a shorter run, after its own modifier ("PRIME MINISTER GOLOB", a
        # transcript's label; "Prime Minister" addressed by a question); a title is a name's word there ("Hassan
        # Sheikh Mohamud").
        elif b - a > 1 and _office_word(w.cap_folded[a + 1]):
            a += 2
        if 2 <= b - a <= 3:
            runs.append(caps[a:b])
    # A place's name may hide in a part of a word (Nur-Sultan): the parts are looked up too.
    # Each distinct word is decided once.
    words = set(chain.from_iterable(runs))
    joined_words = [word for word in words if "-" in word]
    named = places.naming(words.union(*map(str.split, joined_words, repeat("-"))))
    named.update(word for word in joined_words if not named.isdisjoint(word.split("-")))
    # A place's name of several words is no one's either, whole or after a region's noun ("Thái Lan", "Vịnh Thái
    # Lan": the Gulf of Thailand), though none of its words is a place alone.
    return [" ".join(run) for run in runs if named.isdisjoint(run) and not place_name_run(run, lang)
            and not _uncased_function_run(run, lang)]


@cache
def _cardinal_words(lang: str) -> frozenset[str]:
    """The language's number words of one word (numbers.txt [words]: eight, acht, otto), lower case."""
    return frozenset(k.lower() for k, _ in numbers._section_pairs(lang, "words") if k.isalpha())


def _uncased_function_run(run: Sequence[str], lang: str) -> bool:
    """Whether a run of an uncased script holds a function word of its language (function_words.txt): every word
    of such a text opens as a name would, so 'اگلا اجلاس' (the next session, its noun a function word of Urdu)
    was a run, and the headline's 'اجلاس' made it a participant. Cased runs are never looked at."""
    return bool(lang) and _opens_uncased(run[0]) and not lexicon(lang).function_words.isdisjoint(run)


@lru_cache(maxsize=1 << 12)
def _titled(folded: str) -> bool:
    """A title or role word of any language (Mr, Sir, Kanzler, Präsidentin): a name's word it never is."""
    lex = lexicon("")  # every language's lists: a title travels (Mr Carney in a German article)
    word = folded.rstrip(".")
    return word in lex.titles or lex.is_role(word)


def _office_word(folded: str) -> bool:
    """A role word of any language that is no title (Minister, President; not Sheikh, which names are written with)."""
    lex = lexicon("")
    word = folded.rstrip(".")
    return word not in lex.titles and lex.is_role(word)


@lru_cache(maxsize=1 << 12)
def _common_noun(folded: str) -> bool:
    """A common noun of any language's unnamed.txt [nouns] (German Thema, Frage): capitalised, still no
    given name ("beim Thema Brenner" names a pass, no one called Thema)."""
    return lexicon("").unnamed.holds(folded)


def _spans_of(joined: list[int]) -> list[tuple[int, int]]:
    """(first, end) of the runs of words, given the increasing indexes of the words joined to the one before."""
    out: list[tuple[int, int]] = []
    for i in joined:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i - 1, i + 1))
    return out


def _host_countries(text: str, people: Counter[str], w: _Words, lang: str) -> dict[str, Counter[str]]:
    """Per surname key, the countries an adjective or country name just before the name points to."""
    stop = stop_words(lang)
    by_key: dict[str, list[int]] = defaultdict(list)
    for start, key in compress(zip(w.cap_starts, w.keys), map(people.__contains__, w.keys)):
        by_key[key].append(start)
    out: dict[str, Counter[str]] = {}
    # A window stops at its paragraph's or headline's start: a breadcrumb over the headline ("Mundo >
    # África > Angola" / "Montenegro em Luanda") puts no adjective before the headline's name.
    span_starts = [a for a, _ in w.body]
    role_after = _role_after_name(lang)
    for key in people:
        votes: Counter[str] = Counter()
        for start in by_key.get(key, ()):
            if role_after and (country := _country_of_role_after(text, start, lang)):
                # "مسعود پزشکیان رئیس‌جمهوری اسلامی ایران": the role and its country follow the name.
                votes[country] += 1
                continue
            k = bisect_right(span_starts, start) - 1
            window = text[max(0, start - 80, w.body[k][0] if k >= 0 else 0) : start]
            # A name in apposition ("the Brazilian president, Luiz Lula") takes the words before
            # the comma; only an adjective counts there ("Russia, Putin" ties him to nothing).
            before = _without_first_names(window)
            if before.endswith(",") and (
                adjectives := [c for word in _WORD.findall(_CLAUSE_END.split(before[:-1])[-1])[-_DEMONYM_WINDOW - 1 :]
                               if (c := places.demonym(word) or _possessive_country(word))]
            ):
                votes.update(adjectives)
                # "recebido pelo Presidente angolano, João Lourenço": the apposed role may follow a host's phrase.
                if _named_host(text, start, window, lang):
                    votes[HOST] += 1
                continue
            if before.endswith(",") and (country := _role_of_country(before[:-1], lang)):
                # "La presidenta de México, Claudia Sheinbaum": a role of a country, set off by its comma.
                votes[country] += 1
                if _named_host(text, start, window, lang):
                    votes[HOST] += 1
                continue
            if country := _genitive_country(window, lang):
                # "जापान के प्रधानमंत्री शिगेरु इशिबा" (Japan's prime minister): a country in the genitive before the role.
                votes[country] += 1
                if _named_host(text, start, window, lang):
                    votes[HOST] += 1
                continue
            # Only the last words count: when the last few space-separated pieces are all letters,
            # they are those words, and no punctuation stands among them.
            # A surname opening with a particle ("Austria's President Alexander Van der Bellen"): the given name and
            # the particles would fill the words read; they are read from before them, as an apposition is.
            if window.rstrip().rpartition(" ")[2].casefold() in _name_joiners():
                head = window.rstrip()
                while head and head.rpartition(" ")[2].casefold() in _name_joiners():
                    head = head.rpartition(" ")[0].rstrip()
                window = _without_first_names(head + " ") + " "
            # "den katarischen Premier- und Außenminister Scheich …": a suspended compound is one role, its first
            # part and "and" are passed over as the role's own words.
            if "-" in window or "‐" in window:
                window = _suspended_compound(lang).sub("", window)
            words = window.rsplit(None, _DEMONYM_WINDOW + _SKIPPED)[-_DEMONYM_WINDOW - _SKIPPED :]
            if len(words) < _DEMONYM_WINDOW + _SKIPPED or not all(map(str.isalpha, words)):
                # Stop at punctuation: "Russia e Kazakistan: Putin" ties Putin to neither.
                words = _WORD.findall(_CLAUSE_END.split(window)[-1])
            # Given names and titles stand between an adjective and the surname ("Turkish President
            # Recep Tayyip Erdoğan", "Indian Prime Minister Narendra Modi"): they are passed over.
            end = len(words)
            while end > len(words) - _SKIPPED and end and _opens_name(words[end - 1]) and not _country_word(words[end - 1]):
                end -= 1
            near = words[max(0, end - _DEMONYM_WINDOW) : end]
            # A role of two words stands between the adjective and the name ("rakúsky minister vnútra Gerhard
            # Karner", "Avstrijski notranji minister Gerhard Karner"): where a role word is among them and no
            # function word, the word before them is read too.
            if (len(near) == _DEMONYM_WINDOW and not any(map(_country_word, near))
                    and not any(x in stop for x in near) and any(lexicon(lang).roles.holds(x.lower()) for x in near)):
                clause = _WORD.findall(_CLAUSE_END.split(window)[-1])
                shown = len(clause) - (len(words) - end) - len(near)
                if shown > 0 and clause[shown:][: len(near)] == near:
                    # A role of three words ("Հայաստանի արտաքին գործերի նախարար Արարատ Միրզոյանը", Armenia's
                    # foreign affairs minister): a lower-case word of it is passed over to the country before it.
                    # ... as is a capitalised word of a capitalised title ("Iran's First Vice President Mohammad
                    # Reza Aref"): an English title capitalises each of its words.
                    k = shown - 1
                    titled = near[0][:1].isupper()
                    while (k > 0 and k > shown - 1 - _SKIPPED and (clause[k].islower() or titled)
                           and clause[k] not in stop and not _country_word(clause[k])):
                        k -= 1
                    near = clause[k:shown] + near
            # A function word between a country and the name parts them: "the war in Ukraine with
            # Modi" ties Modi to nothing, "President of Russia Putin" still to Russia.
            cut = len(near)
            while cut and near[cut - 1] not in stop:
                cut -= 1
            for word in near[cut:]:
                country = _country_word(word)
                if country:
                    votes[country] += 1
            if not near[cut:] and (country := _country_after(text, start, lang)):
                votes[country] += 1
            if _named_host(text, start, window, lang):
                votes[HOST] += 1
        if votes:
            out[key] = votes
    return out


_CAPTION_REASONS = frozenset(("caption", "repeated line"))


@lru_cache(maxsize=128)
def _suspended_compound(lang: str) -> re.Pattern[str]:
    """The first part of a suspended compound and the "and" after it ("Premier- und " of "Premier- und
    Außenminister", "Wirtschafts- und " of "Wirtschafts- und Energieminister"), in `lang`'s words for "and"."""
    ands = "|".join(sorted(map(re.escape, and_words(lang)), key=len, reverse=True))
    return re.compile(rf"(?<=\s)\w+[-‐]\s+(?:{ands})\s+(?=\w)", re.IGNORECASE)


def _ties(
    text: str,
    blocks: Sequence[Block],
    scanned: places.Scan,
    found: Sequence[places.Found],
    people: Counter[str],
    w: _Words,
    lang: str,
) -> dict[str, Counter[str]]:
    """_host_countries of the paragraphs, with those of the headline, headings and captions added:
    a caption names each leader with their country ("the Australian counterpart Anthony Albanese")
    and a headline says who receives ("Mattarella riceve Steinmeier") where the body uses titles alone."""
    out = _host_countries(text, people, w, lang)
    if language.unspaced(lang):
        for key, votes in _countries_after_names(text, people).items():
            out.setdefault(key, Counter()).update(votes)
        for key, votes in _countries_before_names(text, people).items():
            out.setdefault(key, Counter()).update(votes)
    nonblank = [b for b in blocks if b.kind != "blank"]
    # A caption printed twice (above and within the story) is set aside as a repeat, not as a caption.
    side = [k for k, b in enumerate(nonblank) if b.kind in (TITLE, HEADING) or b.reason in _CAPTION_REASONS]
    if not side:
        return out
    for key, votes in _host_countries(text, people, _words(text, scanned.part(side), full=False, lang=lang), lang).items():
        out.setdefault(key, Counter()).update(votes)
    # A host's word outweighs the headline's place.
    for key in _placed_in_headline(text, blocks, found, people, lang):
        if HOST not in out.get(key, ()):
            out.setdefault(key, Counter())[GUEST] += 1
    return out


# A Hangul name key, then the word after it (Korean: "프라보워 수비안토 인도네시아 대통령과").
_HANGUL_NEXT_WORD = re.compile("[ \u00a0]+([\uac00-\ud7a3]+)")


def _countries_after_names(text: str, people: Counter[str]) -> dict[str, Counter[str]]:
    """Per Hangul name key, the countries named right after it: Korean puts the country between the name and its
    role ("수비안토 인도네시아 대통령"), where the cased languages' adjective stands before the name (read by
    _host_countries, which finds no capital here). A particle glued to the country's name is taken off."""
    out: dict[str, Counter[str]] = {}
    for key in people:
        if not _HANGUL_NAME.fullmatch(key):
            continue
        at = text.find(key)
        while at >= 0:
            m = _HANGUL_NEXT_WORD.match(text, at + len(key))
            if m and (country := _korean_country(m.group(1))):
                out.setdefault(key, Counter())[country] += 1
            at = text.find(key, at + len(key))
    return out


# A country's name and the possessive particle glued before a name written without spaces, its earlier parts
# between ("ドイツのドロテー・ベーア研究相", "ドイツのベーア研究相": Germany's Bär): group 1 is the run the country
# ends; a katakana name's given names and their dots may stand between the particle and the key.
_COUNTRY_OF = re.compile("([\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff]{2,12})[の的][\u30a1-\u30fa\u30fc]*・?$")


def _countries_before_names(text: str, people: Counter[str]) -> dict[str, Counter[str]]:
    """Per key of a name in kana or Han, the countries written right before it with the possessive particle
    (Japanese "ドイツのベーア研究相"), where the cased languages' adjective stands ("the German minister Bär")."""
    out: dict[str, Counter[str]] = {}
    for key in people:
        if key.isascii():
            continue
        at = text.find(key)
        while at >= 0:
            m = _COUNTRY_OF.search(text, max(0, at - 30), at)
            if m and (country := _country_ending(m.group(1))):
                out.setdefault(key, Counter())[country] += 1
            at = text.find(key, at + len(key))
    return out


def _country_ending(run: str) -> str | None:
    """The country code of the country's name a run of kana or Han ends with (ドイツ, 来日しているドイツ), else None."""
    for start in range(max(0, len(run) - 12), len(run) - 1):
        p = places.lookup(run[start:])
        if p is not None and p.kind == "country":
            return p.country
    return None


def _korean_country(word: str) -> str | None:
    """The country code of a Hangul country's name (인도네시아, 러시아의 with its particle off), else None."""
    for end in range(len(word), 1, -1):
        p = places.lookup(word[:end])
        if p is not None and p.kind == "country":
            return p.country
    return None


def _placed_in_headline(
    text: str, blocks: Sequence[Block], found: Sequence[places.Found], people: Counter[str], lang: str = ""
) -> set[str]:
    """Keys of the people a headline puts in a city ("Meloni a Tokyo", "Keller-Sutter in Wien"): a
    headline places the one who travelled; the host at home needs no place."""
    heads = [(b.start, b.end) for b in blocks if b.kind == TITLE]
    out: set[str] = set()
    for f in found:
        if not f.locative or f.place.kind not in ("capital", "city") or not any(a <= f.start < b for a, b in heads):
            continue
        a = next(a for a, b in heads if a <= f.start < b)
        # The name, then the preposition, then the city; the name opens the headline or its clause, or
        # follows a title: "Jetten bij Merz in Berlijn" puts Merz at home.
        before = text[max(a, f.start - _HOST_REACH) : f.start].split()
        if len(before) < 2 or not before[-2][:1].isupper() or (key := native_skeletons(before[-2:-1], lang)[0]) not in people:
            continue
        i = len(before) - 3
        while i >= 0 and before[i].lower() in particle_words():  # "von der Leyen"
            i -= 1
        if i < 0 or before[i][:1].isupper() or not before[i][-1:].isalnum():
            out.add(key)
    return out


# The words of an apposed role read for its country ("el presidente del Gobierno de España").
_ROLE_OF_WORDS = 6


def _role_of_country(before: str, lang: str) -> str | None:
    """The country of a role "of" a country closing the clause before a comma ("La presidenta de
    México", "the President of France"): a country's name after a function word, with a role word
    before them; without the role ("the war in Ukraine, Putin said") it ties no one."""
    words = _WORD.findall(_CLAUSE_END.split(before)[-1])[-_ROLE_OF_WORDS:]
    lex = lexicon(lang)
    if len(words) >= 2 and words[-2][:1].isupper() and lex.roles.holds(words[-1].lower()) and (
            (owner := places.lookup(words[-2])) is not None and owner.kind == "country"):
        # "modtaget af Irlands præsident, Catherine Connolly", "Frankreichs Präsident, X": the country's
        # genitive before the role is the role's country as "of" after it is.
        return owner.country
    if len(words) < 3 or words[-2].lower() not in lex.prepositions or words[-1][:1].islower():
        return None
    place = places.lookup(words[-1])
    if place is None or place.kind != "country":
        return None
    return place.country if any(lex.roles.holds(w.lower()) for w in words[:-2]) else None


def _named_host(text: str, start: int, window: str, lang: str) -> bool:
    """Whether the words by a name make its bearer the host: "the host, X", "received by X", "X welcomed"."""
    # Most names have no host word before them and no host's verb after: one search each tells.
    host_word, host_verb = _host_cues(lang)
    if host_word is not None and host_word.search(window):
        before = _PLAIN_WORD.findall(_SENTENCE_END.split(_without_first_names(window))[-1].casefold())
        # Titles between the phrase and the name stretch the reach ('استقبل حضرة صاحب الجلالة السلطان هيثم').
        titles = lexicon(lang).titles
        near = before[-_HOST_WORDS - sum(w in titles for w in before[-2 * _HOST_WORDS :]) :]
        if _may_hold(near, lang, "@") and any(_phrase_in(near, p) for p in _phrases(lang, "@")):
            return True
        if _agent_of_host_phrase(before, lang):
            return True
    # One match reads the name and the verb after it: most names have none.
    if host_verb is None or not host_verb.match(text, start):
        return False
    name = _WORD.match(text, start)
    after = name.end() if name else start
    # Up to the clause's end: "Carney, welcomed by Starmer" is no host's verb.
    # A name in apposition closes with a comma before its verb ("el presidente, Pedro Sánchez, recibió").
    rest = text[after : start + _HOST_REACH]
    # A party's short name in brackets after the name is passed over ("Støre (Ap) tok imot", "Merz (CDU) empfing").
    party = _PARTY.match(rest)
    rest = rest[party.end():] if party else rest
    pieces = _CLAUSE_END.split(rest.lstrip(", ") if rest.startswith(",") else rest)
    clause = pieces[0]
    words = list(_PLAIN_WORD.finditer(clause))
    # A role after the name without a comma is in apposition, Icelandic's order ("Ragnhildur Ösp Einarsdóttir
    # forsætisráðherra tók á móti …"): the verb is read after it.
    if len(words) > 1 and words[0].group().islower() and lexicon(lang).roles.holds(words[0].group()):
        words = words[1:]
    # The verb right after the name, or after one auxiliary ("Starmer has welcomed"); the passive
    # ("X was received") has its own auxiliaries, which the lists leave out.
    # A day first ("Путин во вторник принял"): the day, and its preposition, are passed over.
    at = next((k + 1 for k in (1, 0) if k < len(words) - 1 and dates.is_weekday(words[k].group(), lang)
               and not _hosts_verb(words[0].group().casefold(), lang)), 0)
    at += 1 if len(words) > at + 1 and words[at].group().casefold() in auxiliaries(lang) else 0
    if verb_last(lang):
        # A verb-last language sets the guest before the verb, after the subject's marker ('متقی نے ان کا استقبال
        # کیا', Muttaqi welcomed him): up to two more of its "+ aux:" words stand there.
        for _ in range(_VERB_LAST_AUX_WORDS):
            at += 1 if len(words) > at + 1 and words[at].group().casefold() in auxiliaries(lang) else 0
    if at >= len(words):
        return False
    if at + 1 == len(words) and len(pieces) > 2 and len(pieces[1].split()) <= _INSERT_WORDS:
        # "Macron a reçu, mardi 13 avril, la présidente": whom comes after the insertion.
        words += _PLAIN_WORD.finditer(pieces[2])
    verb = words[at].group().casefold()
    if not _hosts_verb(verb, lang):
        return False
    if verb_last(lang):
        return True  # whom the host received stands before the verb, read with it above
    # "Carney, welcomed by Starmer": the agent after the verb is the host, not the name before it.
    if at + 1 < len(words) and words[at + 1].group().casefold() in {p[-1] for p in _phrases(lang, "@")}:
        return False
    # Whom: a name or a capitalised title follows ("welcomed his Canadian counterpart"), not a thing
    # ("welcomed the deal").
    # "received his counterpart" names the guest by the word for a peer.
    # A time phrase may come first ("received this Wednesday his counterpart"): a peer is looked for further.
    # A day after the verb ("tók á þriðjudag á móti X", "empfing am Dienstag X") and its preposition are passed over.
    reach = _HOST_WORDS + 2 * sum(dates.is_weekday(w.group(), lang) for w in words[at + 1 : at + 1 + _HOST_WORDS])
    if any(w.group()[:1].isupper() for w in words[at + 1 : at + 1 + reach]):
        return True
    peers = _phrases(lang, "=")
    return any(_word_fits(w.group().casefold(), p[0]) for w in words[at + 1 : at + 1 + _PEER_WORDS] for p in peers)


# How many more "+ aux:" words a verb-last language may set between a host's name and its verb (the guest's
# pronoun and its postposition: 'ان کا').
_VERB_LAST_AUX_WORDS = 2

# How many words may name the agent before its name: "recibido por el presidente angoleño, X".
_AGENT_WORDS = 4


def _agent_of_host_phrase(before: Sequence[str], lang: str) -> bool:
    """Whether the words before a name end with an "@" phrase and then only the agent's article, role
    and nationality ("was received by the Angolan president, X", "recebido pelo Presidente angolano, X"):
    the role may push the phrase beyond the few words read right before the name."""
    lex = lexicon(lang)
    stop = stop_words(lang)
    phrases = _phrases(lang, "@")
    end = len(before)
    for _ in range(_AGENT_WORDS):
        word = before[end - 1] if end else ""
        if not word or not (word in stop or word in lex.roles or places.demonym(word)):
            return False
        end -= 1
        # The phrase's own last word may be a stop word ("pelo", "dal"): the tail is tried at each step.
        if any(_tail_fits(before[:end], p) for p in phrases):
            return True
    return False


def _hosts_verb(word: str, lang: str) -> bool:
    """Whether a case-folded word is one of the language's host's verbs ("+ recebeu", "+ welcom*")."""
    return any(len(p) == 1 and _word_fits(word, p[0]) for p in _phrases(lang, "+"))


@cache
def _host_cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Quick tests for _named_host: a search finding any "@" phrase's last word (host, by), and a match
    at a name finding the name's word (as _WORD, whole) then a "+" verb, maybe after an auxiliary."""
    def alternation(words: Iterable[str]) -> str:
        return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in sorted(set(words)))

    lasts = [p[-1] for p in _phrases(lang, "@")]
    verbs = [p[0] for p in _phrases(lang, "+") if len(p) == 1]
    aux = alternation(auxiliaries(lang))
    # "Путин во вторник принял", "Merz am Dienstag empfing": a day, maybe after its preposition, may come first.
    days = alternation(dates.weekday_forms(lang))
    day = rf"(?:(?:\w+\W+)?(?:{days})\W+)?" if days else ""
    # "Einarsdóttir forsætisráðherra tók á móti": a word may stand between (_named_host keeps only a role there).
    day = rf"(?:\w+\W+)?{day}"
    return (re.compile(rf"\b(?:{alternation(lasts)})\b", re.IGNORECASE) if lasts else None,
            # (Up to three: Urdu's subject marker and the guest's pronoun in the genitive, 'شریف نے ان کا استقبال کیا'.)
            re.compile(rf"{_NAME_WORD}\W*{_PARTY_TAIL}{day}(?:(?:{aux})\W+){{0,3}}(?:{alternation(verbs)})\b", re.IGNORECASE) if verbs and aux else
            re.compile(rf"{_NAME_WORD}\W*{_PARTY_TAIL}{day}(?:{alternation(verbs)})\b", re.IGNORECASE) if verbs else None)


# _WORD taken whole if it stands there (possessive: the verb is never looked for inside the name).
_NAME_WORD = r"(?:[^\W\d_][\w'’-]*+)?+"
# A party's short name in brackets right after a person's name (Støre (Ap), Frederiksen (S), Merz (CDU)):
# the host's verb may follow it. _PARTY_TAIL is its rest once the bracket is read as a gap (\W*).
_PARTY = re.compile(r"\s*\([^\W\d_][\w.-]{0,7}\)")
_PARTY_TAIL = r"(?:[^\W\d_][\w.-]{0,7}\)\W*)?"


@cache
def _name_joiners() -> frozenset[str]:
    """The particles and the joining conjunctions of names (both lists fixed: built once, not per name)."""
    return particle_words() | surname_conjunctions()


def _without_first_names(window: str) -> str:
    """The text before a surname without the (up to two) capitalised words just before it, and the
    particles and joining "and" among them ("Marcelo Rebelo de", "Ulisses Correia e")."""
    head, words = window.rstrip(), 0
    joiners = _name_joiners()
    # In an uncased script only a joiner shows a given name: the word before بن ('هيثم بن طارق') is one.
    joined = False
    while words < 2:
        cut = head.rpartition(" ")
        # A word closed by a comma ends an apposed role ("La presidenta de México, Claudia"): no given name.
        if (cut[2][:1].isupper() or joined and _opens_uncased(cut[2])) and not cut[2].endswith(","):
            head, words, joined = cut[0].rstrip(), words + 1, False
        elif cut[2] in joiners and (cut[0].rpartition(" ")[2][:1].isupper() or _opens_uncased(cut[0].rpartition(" ")[2])):
            head, joined = cut[0].rstrip(), True
        else:
            break
    return head


def _quoted(text: str, run: str) -> bool:
    """Whether the text sets the run in quotation marks where it first writes it."""
    at = text.find(run)
    return at > 0 and text[at - 1] in _OPENING_MARKS


# Marks opening a quotation or a title, right before a capitalised run.
_OPENING_MARKS = frozenset("«„“\"‹‚‘")
# Languages that set a role after the name with no comma ("Orbán Viktor miniszterelnök").
_ROLE_AFTER_NAME = frozenset(("hu",))
# Characters after a surname read for the nationality of an apposed role.
_AFTER_REACH = 80
# Words of that role read: "the Czech prime minister", "il presidente francese".
_AFTER_WORDS = 4


def _country_after(text: str, start: int, lang: str) -> str | None:
    """The country of a role set after the name, its nationality adjective among the role's words:
    "Aleksandar Vučić szerb elnök" (Hungarian puts the role after the name), "Andrej Babiš, the Czech
    prime minister", "Emmanuel Macron, il presidente francese". Without a role word it is no tie
    ("Tokayev, Russian state media reported")."""
    segment = text[start : start + _AFTER_REACH]
    styled = segment.split(None, 4)
    if (len(styled) > 3 and _REGNAL.fullmatch(styled[1]) and styled[2].lower() in lexicon(lang).prepositions
            and (owner := places.lookup(styled[3].rstrip(",.;:"))) is not None and owner.kind == "country"):
        # A monarch's style: "King Frederik X of Denmark", "Felipe VI de España", "Harald V av Norge".
        return owner.country
    if lang not in _ROLE_AFTER_NAME and "," not in segment:
        return None  # most names: no apposition follows
    words = list(_WORD.finditer(segment))
    k = 1
    # The given name after a family name ("Orbán Viktor miniszterelnök") belongs to the name.
    while k < min(len(words), 3) and words[k].group()[:1].isupper() and segment[words[k - 1].end() : words[k].start()] == " ":
        k += 1
    if k >= len(words):
        return None
    gap = segment[words[k - 1].end() : words[k].start()].strip()
    # Without a comma the words after a name are its apposed role only where roles follow names:
    # elsewhere they open the next phrase ("z Tuskiem ukraiński prezydent udał się").
    if gap != "," and not (gap == "" and lang in _ROLE_AFTER_NAME):
        return None
    clause = _CLAUSE_END.split(segment[words[k].start() :], 1)[0]
    role = lexicon(lang).roles
    found = _WORD.findall(clause)[:_AFTER_WORDS]
    # Set off by a comma the role may take its article; with none it must follow the name at once
    # ("Babiš a slovenský premiér Fico" lists two people: the Slovak is the other one).
    if gap and found and found[0].lower() in stop_words(lang) and not role.holds(found[0].lower()):
        found = found[1:]
    stop = stop_words(lang)
    country, roled = None, False
    for w in found:
        low = w.lower()
        if role.holds(low):
            roled = True
        elif country is None and (c := places.demonym(w)):
            country = c
        elif not w.islower() or low in stop:
            break  # another name, or the clause goes on ("and", "who"): no longer the role
    return country if roled else None


@lru_cache(maxsize=65536)
@cache
def _role_after_name(lang: str) -> bool:
    """Whether the language sets a holder's role and its country after the name (data/<lang>/word_order.txt
    name_before_role: Persian 'اسماعیل بقائی سخنگوی وزارت امور خارجه ایران')."""
    return "name_before_role" in data.sections("word_order.txt", lang).get("", [])


# The most words read after a name for its role (the name's other words, the role, its ministry and country).
_ROLE_AFTER_WORDS = 8


def _country_of_role_after(text: str, start: int, lang: str) -> str | None:
    """The country of the role phrase right after the name starting at `start`, in its clause: the first country or
    nationality after a role word ('پوتین رئیس‌جمهور روسیه' -> RU); None where no role word follows the name."""
    lex = lexicon(lang)
    clause = _CLAUSE_END.split(text[start : start + 160], 2)
    words = _WORD.findall(clause[0])[:_ROLE_AFTER_WORDS]
    at = next((i for i, word in enumerate(words) if lex.roles.holds(word.lower())), None)
    if at is None and len(clause) > 1 and text[start + len(clause[0])] == ",":
        # 'هاکان فیدان، وزیر امور خارجه ترکیه،': the role set off by commas opens the next piece.
        words = _WORD.findall(clause[1])[:_ROLE_AFTER_WORDS]
        at = 0 if words and lex.roles.holds(words[0].lower()) else None
    # (Only the name's words before the role: 'پزشکیان در نشست … با رئیس‌جمهور قزاقستان' is someone else's role.)
    if at is None or any(word.lower() in lex.function_words for word in words[:at]):
        return None
    return next((c for word in words[at + 1 :] if (c := _country_word(word))), None)


def _country_word(word: str) -> str | None:
    """The country an adjective, a demonym or a country name (also in the English possessive: Serbia's) points to."""
    place = places.lookup(word)
    return places.demonym(word) or (place.country if place and place.kind == "country" else _possessive_country(word))


def _genitive_country(window: str, lang: str) -> str | None:
    """The country of '<country> <genitive postposition> [field] <role> [given names]' ending the window before a
    surname ('जापान के प्रधानमंत्री शिगेरु', 'रूस के विदेश मंत्री'), in a language of genitive postpositions; else None.
    Such a language writes no nationality adjective there as often as English does ('Japan's', not 'Japanese')."""
    genitives = genitive_postpositions(lang)
    glued = bool(genitive_clitics(lang))
    if not genitives and not glued:
        return None
    words = _WORD.findall(_CLAUSE_END.split(window)[-1])[-8:]
    roles = lexicon(lang).roles
    k = len(words)
    while k and not roles.holds(words[k - 1]) and len(words) - k < _SKIPPED:
        k -= 1  # the given names before the surname
    if not k or not roles.holds(words[k - 1]):
        return None
    while k and roles.holds(words[k - 1]):
        k -= 1
    if glued:
        # A genitive glued to the country before the role and its field ('የኬንያው የውጭ ጉዳይ ሚኒስትር', Kenya's
        # foreign minister; 'ከኢትዮጵያው ጠቅላይ ሚኒስትር').
        while k and role_link(words[k - 1], lang):
            k -= 1
        return glued_genitive_country(words[k - 1], lang) if k else None
    # The role's field of role_links.txt, however many words (Pashto 'د پاکستان د بهرنیو چارو وزیر', Pakistan's
    # foreign affairs minister), then one more unlisted ('विदेश मंत्री', foreign minister).
    while k >= 2 and words[k - 1] not in genitives and role_link(words[k - 1], lang):
        k -= 1
    if k >= 2 and words[k - 1] not in genitives and words[k - 2] in genitives:
        k -= 1
    if k >= 2 and words[k - 1] in genitives and (place := places.lookup(words[k - 2])) and place.kind == "country":
        return place.country
    return None


def _possessive_country(word: str) -> str | None:
    """The country a name in the English possessive points to ("Serbia's prime minister")."""
    if word[-2:] not in ("'s", "’s"):
        return None
    place = places.lookup(word[:-2])
    return place.country if place and place.kind == "country" else None


def _name_keys(sentences: Sequence[Sentence], w: _Words) -> frozenset[str]:
    """Skeletons of the words the article always capitalises, away from sentence starts.

    Place forms stay in: a former name (Nur-Sultan) dates an article as well as a person does.
    """
    starts = {s.start for s in sentences}
    lower = w.lower
    return frozenset({
        key for start, folded, key in zip(w.cap_starts, w.cap_folded, w.keys)
        if key and start not in starts and folded not in lower
    })


# --- translations and re-publications -------------------------------------------------


def _overlap(a: frozenset[Any], b: Sequence[Any]) -> float:
    """The Jaccard index of a set and distinct items."""
    shared = len(a.intersection(b))
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


def _ratio(x: int, y: int) -> float:
    # The smaller over the larger; called for every candidate pair of an archive, so no min/max calls.
    if x > y:
        return y / x
    return x / y if y else 1.0


def _shape(p: VisitSignals, q: VisitSignals) -> float:
    return 0.15 * _ratio(p.paragraphs, q.paragraphs) + 0.1 * _ratio(p.quotes, q.quotes) + 0.1 * _ratio(p.length, q.length)


def duplicate_score(p: _Profile, q: _Profile) -> float:
    """How much two articles look like one text in two languages (or twice in one): 0 to 1.

    Figures and names survive translation; paragraphs, quotes and length keep their shape.
    """
    return _duplicate_scorer(p)(q)


def _duplicate_scorer(p: _Profile) -> Callable[[_Profile], float]:
    """duplicate_score(p, q) for any q, p's sets built once: an archive scores each article
    against its candidates in turn, and keeping every article's sets would cost more memory
    than its analyses' figures."""
    figures, names, shape = frozenset(p.figure_keys), frozenset(p.sig.names), p.sig

    def score(q: _Profile) -> float:
        return 0.35 * _overlap(figures, q.figure_keys) + 0.3 * _names_alike(names, p, q) + _shape(shape, q.sig)

    return score


def _people_stand_in(p: _Profile, q: _Profile) -> bool:
    """Whether the principal people stand in for the name keys in the translation test (see _names_alike): the two
    articles' people are in different scripts, and one article reads fewer name keys than it has principal people
    (Hangul and Han have no capitals). An Arabic text reads a name key in every word: its keys still count."""
    fewest = min(len(p.sig.names), len(q.sig.names))
    # (Khmer and Thai write no capitals and no spaces between words: their text reads no name keys at all, while
    # the people stage's names, romanised, meet the Latin ones under the same keys; a Latin translation of them is
    # met by its principal people too, whatever its scripts.)
    # The counts first: an article's scripts are read from its bridge keys, built only when first needed, and an
    # archive tests this for hundreds of thousands of pairs.
    return fewest < PEOPLE_COMPARED and (fewest < min(len(p.people), len(q.people)) or p.scripts != q.scripts)


def _names_alike(names: frozenset[str], p: _Profile, q: _Profile) -> float:
    """The names' part of duplicate_score: the name keys' overlap (names, p's), or across scripts that write no
    capitals or no vowels (Hangul, Han, Arabic: a Korean text has next to no name keys) the principal people's,
    met by their bridge keys, each pair weighed by how alike the two counts are (a translation names each person
    as often as its original: 아락치 4, Araghchi 3)."""
    own = _overlap(names, q.sig.names)
    if not _people_stand_in(p, q):
        return own
    pairs = _same_people(p, q)
    # (People under one key both texts read as a name key are in the overlap already.)
    if all(a == b and a in names and a in q.sig.names for a, b in pairs):
        return own
    mine, theirs = dict(p.sig.people), dict(q.sig.people)
    alike = sum(_ratio(mine[a], theirs[b]) for a, b in pairs)
    return max(own, alike / (len(p.people) + len(q.people) - len(pairs)))


def _duplicate_test(p: _Profile) -> Callable[[_Profile], bool]:
    """Whether duplicate_score(p, q) reaches DUPLICATE_LINK, for any q: the names' overlap, at most
    the smaller count over the larger, is computed only when the rest leaves it a chance."""
    figures, names, shape = frozenset(p.figure_keys), frozenset(p.sig.names), p.sig

    def reaches(q: _Profile) -> bool:
        # The same terms, added in the same order, as duplicate_score: the result is its own.
        fig, other = 0.35 * _overlap(figures, q.figure_keys), _shape(shape, q.sig)
        # (Across scripts the people may stand in for the names: no bound from the names' counts.)
        if fig + 0.3 * _ratio(len(names), len(q.sig.names)) + other + 1e-9 < DUPLICATE_LINK and (
                fig + 0.3 + other + 1e-9 < DUPLICATE_LINK or not _people_stand_in(p, q)):
            return False
        return fig + 0.3 * _names_alike(names, p, q) + other >= DUPLICATE_LINK

    return reaches


_Sizes = tuple[int, int, int, int, int]
"""What bounds duplicate_score: numbers of figures and names, paragraphs, quotes, length."""


def _sizes(s: VisitSignals) -> _Sizes:
    return len(s.figures), len(s.names), s.paragraphs, s.quotes, s.length


def _may_duplicate(a: _Sizes, b: _Sizes) -> bool:
    """A cheap upper bound of duplicate_score: an overlap is at most the smaller size over the larger."""
    shape = 0.15 * _ratio(a[2], b[2]) + 0.1 * _ratio(a[3], b[3]) + 0.1 * _ratio(a[4], b[4])
    bound = 0.35 * _ratio(a[0], b[0]) + 0.3 * _ratio(a[1], b[1]) + shape
    return bound + 1e-9 >= DUPLICATE_LINK


def _candidates(
    keys: Sequence[frozenset[str]], whens: Sequence[date | None], gap: int, months: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) sharing a feature that is not everywhere: blocking, never all pairs. They
    come grouped by i, in increasing order, so that an archive's pairs are never all held at once.

    Pairs the calendar alone rules out are not even formed: two dated articles more than gap days
    apart, and (given month bit masks) an undated article and one pointing to other months.
    """
    days = [w.toordinal() if w else None for w in whens]
    # Indexed in date order (undated last), every bucket lists its dated members by date.
    index: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(keys)), key=lambda i: (days[i] is None, days[i] or 0)):
        for k in keys[i]:
            index[k].append(i)
    buckets = {}
    for k, members in index.items():
        if 1 < len(members) <= MAX_BUCKET:
            ordinals = [d for d in map(days.__getitem__, members) if d is not None]
            buckets[k] = (members, len(ordinals), ordinals)
    del index

    def fits(i: int, j: int) -> bool:
        return not (months and months[i] and months[j] and not months[i] & months[j])

    for i, day in enumerate(days):
        partners: set[int] = set()
        for k in keys[i]:
            if k not in buckets:
                continue
            members, dated, ordinals = buckets[k]
            if day is None:
                partners.update(j for j in members if fits(i, j))
            else:
                partners.update(members[bisect_left(ordinals, day - gap) : bisect_right(ordinals, day + gap)])
                partners.update(j for j in members[dated:] if fits(i, j))
        for j in sorted(j for j in partners if j > i):
            yield i, j


def _rarest(keys: Sequence[frozenset[str]]) -> list[frozenset[str]]:
    """Each article's SIGNATURE_KEYS rarest keys: a translation shares its rare figures, so
    common ones (years, 10, 100) need not form pairs in a big corpus."""
    df = Counter(k for ks in keys for k in ks)
    return [ks if len(ks) <= SIGNATURE_KEYS else frozenset(sorted(ks, key=lambda k: (df[k], k))[:SIGNATURE_KEYS])
            for ks in keys]


def link_duplicates(articles: Sequence[Article], config: Config) -> list[Article]:
    """Set `duplicate_of` on translations and re-publications (the original is kept unset)."""
    profiles = _profiles(articles, start=True)
    # Figures are the sharpest signature; names back them up for figure-less texts
    # (figures are digits and name keys letters: one index holds both).
    keys = _rarest([frozenset(p.sig.figures) or frozenset(p.sig.names) for p in profiles])
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sizes = [_sizes(p.sig) for p in profiles]
    # Families come out the same in any order; taking each article's partners together joins a
    # family early, so that its other pairs are skipped by the root test instead of scored.
    # Pairs come grouped by their first article: its sets are built once, and only its.
    # Pairs more than a day apart are never formed: no pair's dates clash below.
    gap = 1
    last, top, mine = -1, -1, (0, 0, 0, 0, 0)
    reaches: Callable[[_Profile], bool] | None = None
    # Translations noting their source language, and their candidate pairs (few: such notes are rare).
    noted = {i: langs for i, a in enumerate(articles) if (langs := _translated_from(a))}
    noted_pairs: list[tuple[int, int]] = []
    for i, j in _candidates(keys, [p.when for p in profiles], gap):
        if noted and (i in noted or j in noted):
            noted_pairs.append((i, j))
        if i != last:
            # i's root stays its root while its pairs are taken (joining hangs j's family under
            # it); its sets are built when a pair first needs them.
            last, top, mine, p, reaches = i, root(i), sizes[i], profiles[i], None
        # Cheapest first: most pairs of a big family are joined already.
        # (Across scripts the names' counts bound nothing: see _names_alike.)
        if top == root(j) or not _may_duplicate(mine, sizes[j]) and not _people_stand_in(p, profiles[j]):
            continue
        q = profiles[j]
        if _years_clash(p.calendar, q.calendar):
            continue
        if reaches is None:
            reaches = _duplicate_test(p)
        if reaches(q):
            parent[root(j)] = top
    _link_noted(articles, profiles, noted, noted_pairs, parent, root)
    families: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        families[root(i)].append(i)
    out = list(articles)
    for members in families.values():
        if len(members) < 2:
            continue
        ranks = {i: _original_rank(articles[i], config, profiles[i].place) for i in members}
        original = min(members, key=ranks.__getitem__)
        # Copies of one day tie on the date, and the path would decide: the time each date line gives
        # ("2 juni 2026 kl. 14.05" against "2 juni 2026, 17:40") tells which came out first, when all have one.
        tied = [i for i in members if ranks[i][:3] == ranks[original][:3]]
        if len(tied) > 1 and all(times := [_published_time(articles[i].text) for i in tied]):
            original = min(zip(times, (ranks[i][3:] for i in tied), tied))[2]
        for i in members:
            if i != original:
                out[i] = replace(articles[i], duplicate_of=articles[original].id)
    return out


def _link_noted(
    articles: Sequence[Article], profiles: Sequence[_Profile], noted: Mapping[int, frozenset[str]],
    pairs: Sequence[tuple[int, int]], parent: list[int], root: Callable[[int], int],
) -> None:
    """Join each noted translation that no family took to the best-scoring candidate in the language its note
    names, if that reaches NOTED_LINK ("traducción del original publicado en griego" and a Greek article
    sharing its figures and shape, whose names in Greek script give no keys to share)."""
    alone = Counter(map(root, range(len(articles))))
    best: dict[int, tuple[float, int]] = {}
    for i, j in pairs:
        for t, o in ((i, j), (j, i)):
            if t not in noted or alone[root(t)] > 1 or articles[o].lang not in noted[t]:
                continue
            if _years_clash(profiles[t].calendar, profiles[o].calendar):
                continue
            score = duplicate_score(profiles[t], profiles[o])
            if score >= NOTED_LINK and score > best.get(t, (0.0, -1))[0]:
                best[t] = (score, o)
    for t, (_, o) in best.items():
        if root(t) != root(o):
            parent[root(t)] = root(o)


# The reason cleaning gives a translator's credit line.
_CREDIT = "translation credit"


def _credited(a: Article) -> bool:
    """Whether cleaning set a line of the article aside as a translator's credit. Read off the blocks' column of
    reasons where they are packed (an archive's are: its articles' blocks are never built one by one here)."""
    blocks = a.analysis.blocks
    if isinstance(blocks, Packed):
        reasons = blocks.column("reason")
        return _CREDIT in (reasons.table if isinstance(reasons, Coded) else reasons)
    return any(b.reason == _CREDIT for b in blocks)


def _translated_from(a: Article) -> frozenset[str]:
    """The languages the article's translation note says it was translated from: those of the country of the
    first language adjective after the note's phrase ("…publicado en griego": GR, el), other than its own."""
    if not _credited(a):
        return frozenset()
    for b in a.analysis.blocks:
        if b.reason != _CREDIT:
            continue
        line = a.text[b.start : b.end]
        m = cleaning.translation_note(line)
        for word in _PLAIN_WORD.findall(line, m.end() if m else 0):
            # "una traducción al español del original en griego": the language translated into is no source,
            # nor is another language of its country (Spain's Catalan).
            langs = country_languages().get(places.demonym(word) or "", frozenset())
            if langs and a.lang not in langs:
                return langs
    return frozenset()


def _original_rank(a: Article, config: Config, place: str | None = None) -> tuple[bool, int, str, bool, int, str]:
    preferred = config.languages.index(a.lang) if a.lang in config.languages else len(config.languages)
    # A header crediting a translator ("Translated by: …", "Traduit du néerlandais") or a note that the article
    # is a translation says what the article is: the translation, whatever language the reader prefers or
    # whichever came first.
    # Of copies alike in all that, the one of more words is taken for the original (a translation or a
    # re-publication keeps or trims its text, seldom adds to it; words, not characters, which longer words and
    # compounds inflate); the path, which says nothing of the article, only breaks a tie: file names decided
    # before, and renaming the files of an original and its translation swapped them.
    # Before that, a copy in a language of the country the report places the event in is the original: the local
    # press writes in its own language and is translated out (an Armenian wire's Armenian report and its Russian
    # version, whose words are more).
    at = places.lookup(place) if place else None
    local = bool(at) and a.lang in country_languages().get(at.country or "", frozenset())
    return _credited(a) or _credits_translator(a.text), preferred, a.date or "9999", not local, -len(a.text.split()), a.path


# How far into an article its header (byline, translator's credit) may reach.
_HEADER_CHARS = 600


@cache
def _translation_credit() -> re.Pattern[str]:
    """A line opening with a translator's credit and its colon (data/any/translation_credits.txt), or
    with a credit of several words and the translator's name ("Translated by Andrew Miles"): one word
    alone ("Translation") may head anything, "translated by" only a credit."""
    sections = data.sections("translation_credits.txt", "any")
    words = sorted(sections.get("", ()), key=len, reverse=True)
    phrases = [w for w in words if " " in w]

    def escape(phrase: str) -> str:
        # A typographic apostrophe is as common as a plain one ("Tradotto dall’inglese", "Traduit de l’anglais").
        return re.escape(phrase).replace("'", "['’]")

    # [from] names the source language ("*", one word), which is credit enough to end the line.
    sources = [r"[^\W\d_]+".join(map(escape, w.split("*")))
               for w in sorted(sections.get("from", ()), key=len, reverse=True)]
    # The credit may share the byline's line after a separator ("By Anna Tóth | Translated by the
    # English desk", "Par X · Traduit du néerlandais", "X / Ledger; Übersetzung: Bote", "Von X (Übersetzung:
    # Y)"): the separator, not a word, opens it.
    return re.compile(
        r"^(?:[^\n]{0,80}?(?:[ \t][|·•/–—][ \t]|[;,(]))?[ \t]*(?:(?:" + "|".join(map(escape, words)) + r")[ \t]*:"
        r"|(?:" + "|".join(map(escape, phrases)) + r")[ \t]+[^\W\d_][^\n]{0,60}$"
        r"|(?:" + "|".join(sources) + r")(?:[ \t][^\n]{0,60})?[ \t]*$)",
        re.IGNORECASE | re.MULTILINE,
    )


# A time of day after the year on a header's date line ("2 juni 2026, 17:40", "6. Oktober 2026, 17.45 Uhr",
# "2026-06-02T14h05"): after the year, "14.05" is no day and month, and one followed by ".2026" is a date.
_PUBLISHED_TIME = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:-\d\d-\d\d)?(?!\d)[^\n\d]{0,12}?(?<![\d.,:])([01]?\d|2[0-3])[:.h]([0-5]\d)(?::[0-5]\d)?(?![\d]|[.,:]\d)"
)


def _published_time(text: str) -> str:
    """The time of day ("14:05") the header's first date line gives, or "" if none."""
    m = _PUBLISHED_TIME.search(text, 0, _HEADER_CHARS)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else ""


def _credits_translator(text: str) -> bool:
    """Whether the article's header credits a translator."""
    return bool(_translation_credit().search(text, 0, _HEADER_CHARS))


# --- grouping --------------------------------------------------------------------------

_Calendar = tuple[frozenset[int], frozenset[tuple[int, int]]]
"""(months, (month, year) pairs) an article points to."""


def _dates_clash(p: _Profile, q: _Profile, gap: int = MAX_GAP_DAYS) -> bool:
    return p.when is not None and q.when is not None and abs((p.when - q.when).days) > gap


def _months_clash(a: _Calendar, b: _Calendar) -> bool:
    return bool(a[0]) and bool(b[0]) and not a[0] & b[0]


def _years_clash(a: _Calendar, b: _Calendar) -> bool:
    """The same months, stated in other years (November 2024, November 2025)."""
    shared = a[0] & b[0]
    for m in shared:
        ya = {y for month, y in a[1] if month == m}
        yb = {y for month, y in b[1] if month == m}
        if not (ya and yb) or ya & yb:
            return False
    return bool(shared)


def _calendar_clash(p: _Profile, q: _Profile) -> bool:
    """Undated articles are kept apart by the months they point to; dated ones by their dates
    alone (a visit may run from 30 November to 1 December)."""
    if p.when and q.when:
        return False
    return _months_clash(p.calendar, q.calendar) or _years_clash(p.calendar, q.calendar)


def _similarity(p: _Profile, q: _Profile, weight: dict[str, float], norm_p: float, norm_q: float) -> float:
    """Cosine of the IDF-weighted features (weight = IDF squared; norms = summed weights)."""
    num = sum(weight[f] for f in p.features & q.features)
    den = math.sqrt(norm_p * norm_q)
    return num / den if den else 0.0


def _needed(p: _Profile, q: _Profile) -> float | None:
    """The similarity two articles without metadata need to report the same visit; None when nothing would do."""
    if _dates_clash(p, q) or _calendar_clash(p, q):
        return None
    if p.when and q.when:
        if _summit_then_bilateral(p, q) or _summit_then_bilateral(q, p):
            return None
        if abs((p.when - q.when).days) > SAME_TIME_DAYS or not (_share_people(p, q) or _share_guest(p, q)
                                                               or _named_at_one_town(p, q)):
            # A report whose people no key of the other's could meet (a Japanese text's 小野田, a name in Han
            # without a bridge key) tells nothing against it: the same town within a day will do, and _auto_groups
            # lets it join only where it has one candidate visit.
            if (_nameless(p) or _nameless(q)) and _same_town(p.place, q.place) and abs((p.when - q.when).days) <= 1:
                return 0.0
            # So does a follow-up looking back on the other's day and town with other people (the commentators
            # of "the day after the summit in Dublin"): _auto_groups again lets it join one candidate visit only.
            if _follows_up(p, q) or _follows_up(q, p):
                return 0.0
            return None
        # (A follow-up that names no one at all, its one commentator placed in another city, shares people with any
        # report, vacuously: its look back links it all the same, as above.)
        if (_nameless(p) or _nameless(q)) and (_follows_up(p, q) or _follows_up(q, p)):
            return 0.0
        # A leader's tour (Astana on Monday, Bishkek on Wednesday) is several visits; a state
        # visit's second day in another city of the host country (Oslo, then Bergen) is not.
        # A town the gazetteer lacks may be another's name for the same town ("Bozen", "Bolzano"): it tells
        # no more than no place would.
        if p.place and q.place and p.place != q.place and places.lookup(p.place) and places.lookup(q.place):
            if not _one_country(p.place, q.place):
                return UNDATED_LINK
            # The same day in two cities of one country with the same guest and host (received in Dubai by its
            # ruler, the talks' host beside him, while the other report tells the talks in Abu Dhabi): one trip.
            return 0.0 if _same_days(p, q) and _share_two(p, q) else DATED_LINK
        # One report puts the event at a venue, the other at none it could read (a town the gazetteer lacks,
        # "à Tivat", "w Tivacie", only a dateline names): told on the same day, with the same principal
        # people (two of them, host and guest), they are one event and the venue is the first's. Other days
        # keep needing the similarity: a leader's tour meets the same host again elsewhere.
        # (A town the gazetteer lacks counts as none here too: "Ohrid" and "Ohrydzie" may be one.)
        listed = bool(p.place and places.lookup(p.place)) and bool(q.place and places.lookup(q.place))
        if p.place != q.place and not listed and _same_days(p, q) and _share_two(p, q):
            return 0.0
        return 0.0 if _same_town(p.place, q.place) else DATED_LINK
    # An undated report that names two principal people or more, as the other does, none of them the other's (and
    # all in keys that could meet: neither is _nameless), tells another meeting of the month in the same town: a
    # capital receives several guests a month (Montsame's undated talks with the Mongolian premier, Ming Pao's
    # with a Vietnamese deputy premier).
    if _strangers(p, q):
        return None
    # A tour's stop in another country is another visit, dated or not: an undated analysis of the talks in Berlin
    # that looks back on the guest's Madrid stop the same week shares his name, the month and a figure with the
    # Madrid report, as a dated report of the next stop would (above).
    if (p.place and q.place and p.place != q.place and places.lookup(p.place) and places.lookup(q.place)
            and not _one_country(p.place, q.place) and not _weighs_other(p, q.place) and not _weighs_other(q, p.place)):
        return UNDATED_LINK
    # Undated articles that point to the same months need less; without months, much more.
    if p.months and q.months:
        # ... and none when both put the event in one town in a month they share and name two of the principal
        # people in common (a report giving "on Thursday, 15 October" and no year, of the ministers meeting in
        # Tashkent): as two dated reports of one day and one venue.
        if p.place and _same_town(p.place, q.place) and p.months & q.months and _share_two(p, q):
            return 0.0
        return SAME_MONTHS_LINK
    return UNDATED_LINK


def _summit_then_bilateral(p: _Profile, q: _Profile) -> bool:
    """Whether `p` reports a summit and `q` a bilateral meeting on other days: a minister back in the summit's
    town two days later "for a separate bilateral meeting" with its host holds another meeting, though the
    place and both people are the summit's. (A bilateral on the summit's day is held on its sidelines: one
    visit.)"""
    return p.sig.summit and not p.sig.bilateral and q.sig.bilateral and not _same_days(p, q)


def _same_town(a: str | None, b: str | None) -> bool:
    """Whether two places are one: the same name, or a town the gazetteer lacks in two cases or scripts
    ("Budvi", "Budva", "Будва": one stem)."""
    return a == b or (bool(a and b) and places.lookup(a or "") is None and places.lookup(b or "") is None
                      and _town_stem(a or "") == _town_stem(b or ""))


def _named_at_one_town(p: _Profile, q: _Profile) -> bool:
    """Whether two reports put the event in one town on a day in common, and one's principal people are (two or
    more) named in the other: a summit's sources each quote their own leader most, so their most mentioned
    people need not meet, while each names the others' leaders among those present."""
    if not (p.place and q.place and _same_town(p.place, q.place) and _same_days(p, q)):
        return False
    # Both saying summit in their headline or lead, one principal of either named in the other will do: a
    # delegation's own paper may name no other guest, only the host ("σύνοδος κορυφής … με οικοδεσπότη τον …").
    need = 1 if p.sig.summit and q.sig.summit else 2
    in_q, in_p = p.people.intersection(q.sig.names), q.people.intersection(p.sig.names)
    # Each report naming a principal of the other, two people in all (the Italian report quotes its
    # undersecretary and names the Brazilian minister, the Brazilian report quotes its minister and names her): the
    # guest and the host, which a host's second guest of the day, sharing only the host, is not.
    return len(in_q) >= need or len(in_p) >= need or (bool(in_q) and bool(in_p) and len(in_q | in_p) >= 2)


def _weighs_other(p: _Profile, city: str) -> bool:
    """Whether a text gives another city a third of its own place's weight as the event's place: its place is then
    no clear other stop of a tour (a Nairobi report with Karachi trade talk in every paragraph, 9 against 3)."""
    where = dict(p.sig.where)
    return 3 * where.get(city, 0) >= max(where.values(), default=0) > 0


def _one_country(a: str, b: str) -> bool:
    """Whether two places of the gazetteer lie in one country."""
    pa, pb = places.lookup(a), places.lookup(b)
    return pa is not None and pb is not None and pa.country == pb.country


# A Hangul run, a Han character, an Arabic-script letter: the scripts whose names meet others' only by bridge_skeleton.
_HANGUL_CHAR = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KATAKANA = re.compile("[\u30a1-\u30fa]")


def _bridge_script(form: str) -> str:
    """The script a name form's bridge keys belong to: Hangul, Han, Arabic, Tamil, Devanagari, Hebrew, else ""
    (Latin, Cyrillic, Greek, which the skeletons above already bring together). Tamil writes one letter for t and d, k and g, p and b, and
    its த opens Dissanayake (திசாநாயக்க, tsn) as Tamil (தமிழ்): only the bridge's consonant classes meet it with
    the Latin form (dss), each name's whole skeleton tsnk."""
    if _HANGUL_CHAR.search(form):
        return "ko"
    if _KATAKANA.search(form):
        return "ja"
    if _HAN.search(form):
        return "zh"
    if _TAMIL_LETTER.search(form):
        return "ta"
    # (Devanagari and Hebrew spell a Latin ch before a consonant as k, Dichter as डिक्टर, דיכטר: their first
    # consonants are not the Latin form's, their bridge's consonant classes are.)
    if _DEVANAGARI_LETTER.search(form):
        return "hi"
    if _HEBREW_LETTER.search(form):
        return "he"
    return "ar" if _ARABIC_LETTER.search(form) else ""


def _same_people(p: _Profile, q: _Profile) -> list[tuple[str, str]]:
    """The principal people two articles share, as (p's key, q's key): the same key, or one name in two scripts
    whose consonant skeletons agree (아락치, عراقچی, Araghchi), or one speaker of the speakers list under two keys
    (see _with_speakers), each person counted once."""
    both = p.people & q.people
    pairs = [(k, k) for k in both]
    if len(both) == min(len(p.people), len(q.people)):
        return pairs
    taken: set[str] = set()
    # One speaker of the speakers list under two keys: one person.
    if p.speakers and q.speakers:
        _pair_fewest([(kp, [k for k, v in q.speakers.items() if k not in both and v & mine])
                      for kp, mine in p.speakers.items() if kp not in both], pairs, taken)
    # (Both sides' people in one script alone: no bridge key can meet, which is most pairs of an archive.)
    if len(p.scripts) < 2 and p.scripts == q.scripts:
        return pairs
    theirs = q.bridges
    paired = {a for a, _ in pairs}
    # Only across scripts: within one, the native keys have spoken.
    found = [(kp, [kq for kq in sorted(q.people - both - taken)
                   if any(a != b and s == t for a, s in mine for b, t in theirs.get(kq, ()))])
             for kp, mine in p.bridges.items() if kp not in both and kp not in paired]
    _pair_fewest(found, pairs, taken)
    return pairs


def _people_index(profiles: Sequence[_Profile]) -> Callable[[_Profile], list[int]]:
    """For any q, the positions, in order, of the profiles _same_people may pair anyone of with q: those sharing a
    person's key, a speaker's display name or a bridge skeleton with it (it pairs no one else). An index rather than
    every pair: each copy of a visit of a thousand articles is matched against all its originals."""
    keys: dict[str, set[int]] = defaultdict(set)
    names: dict[str, set[int]] = defaultdict(set)
    bridged: dict[str, set[int]] = defaultdict(set)
    for n, p in enumerate(profiles):
        for k in p.people:
            keys[k].add(n)
        for shown in p.speakers.values():
            for name in shown:
                names[name].add(n)
        for pairs in p.bridges.values():
            for _, s in pairs:
                bridged[s].add(n)

    def sharing(q: _Profile) -> list[int]:
        found: set[int] = set()
        for k in q.people:
            found.update(keys.get(k, ()))
        for shown in q.speakers.values():
            for name in shown:
                found.update(names.get(name, ()))
        for pairs in q.bridges.values():
            for _, s in pairs:
                found.update(bridged.get(s, ()))
        return sorted(found)

    return sharing


def _pair_fewest(found: Sequence[tuple[str, list[str]]], pairs: list[tuple[str, str]], taken: set[str]) -> None:
    """Pair each key with the first of its candidate keys not taken yet (adding to `pairs` and `taken`), the keys
    with fewest candidates first: a key may hold forms of two people (Vietnamese "San" of Trịnh San Khiết keys as
    "Sơn" does), and the person met by it alone must not lose it to one met by another key too."""
    for kp, candidates in sorted(found, key=lambda f: len(f[1])):
        if kq := next((k for k in candidates if k not in taken), None):
            pairs.append((kp, kq))
            taken.add(kq)


def _with_speakers(p: _Profile, a: Article, shown: Mapping[str, str]) -> _Profile:
    """The profile with its principal people's display names (see _Profile.speakers): the speakers list joined
    "Լե Հոայ Չունգ" and "Lê Hoài Trung" (the Armenian press writes Vietnamese Tr as Ch) by their given names, which
    no consonant skeleton of the surnames would."""
    out: dict[str, set[str]] = defaultdict(set)
    for q in a.analysis.quotes:
        if q.speaker and (name := shown.get(q.speaker)):
            for key in native_skeletons(name_words(q.speaker), a.lang or ""):
                if key in p.people:
                    out[key].add(name)
    if not out:
        return p
    named = replace(p, speakers={k: frozenset(v) for k, v in out.items()})
    # The bridge keys come from the signals and people alone: built once (link_duplicates has built many), not again.
    for built in ("bridges", "scripts"):
        if built in p.__dict__:
            named.__dict__[built] = p.__dict__[built]
    return named


def _share_people(p: _Profile, q: _Profile) -> bool:
    """Whether the most mentioned people agree: a host receiving two guests in one week is two visits.

    Two articles naming at least two people each must share two of them (guest and host): among
    both's most mentioned, or one's most mentioned named anywhere in the other (a source whose
    quoted ministers crowd the host out of its own top names still names the host).
    """
    need = min(2, len(p.people), len(q.people))
    shared = len(_same_people(p, q))
    if shared >= need:
        return True
    return shared >= 1 and (
        len(p.people.intersection(q.sig.names)) >= need or len(q.people.intersection(p.sig.names)) >= need
    )


def _initial_at(text: str, name: str) -> int:
    """Where the text first writes a one-word name right after an initial and a dot with no space ("Г.Занданшатар",
    "Н.Назарбаев", as Mongolian and Kazakh papers name people): the initial's offset, else -1."""
    if " " in name or len(name) <= 2:
        return -1
    for at in _initial_ends(text):
        end = at + len(name)
        if text.startswith(name, at) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return at - 2
    return -1


def _initial_ends(text: str) -> list[int]:
    """The offsets right after each initial's dot in a text: a letter and a dot, not inside a word nor after another
    initial's dot ("Г." of "Г.Занданшатар", not "S." of "U.S."). Found from the dots, which a long text holds few of:
    a regex tried at every offset of every text cost more than the rest of a large visit's description."""
    out = []
    at = text.find(".", 1)
    while at >= 0:
        c = text[at - 1]
        if c.isalnum() and not c.isdecimal() and (at < 2 or not (text[at - 2].isalnum() or text[at - 2] in "._")):
            out.append(at + 1)
        at = text.find(".", at + 1)
    return out


def _initialled_words(texts: Iterable[str]) -> frozenset[str]:
    """Every one-word name the texts write right after an initial (see _initial_at), with each of its beginnings that
    a non-word character ends ("Abu" of "Abu-Bakr"), as a name written there may be."""
    out: set[str] = set()
    for text in texts:
        for at in _initial_ends(text):
            token = m.group() if (m := _TOKEN.match(text, at)) else ""
            out.update(token[:k] for k in range(1, len(token) + 1)
                       if k == len(token) or not (token[k].isalnum() or token[k] == "_"))
    return frozenset(out)


_TOKEN = re.compile(r"\S+")


def _initialled(forms: Iterable[str], words: Container[str]) -> bool:
    """Whether a key's one-word forms include one the texts write after an initial (`words`, see _initialled_words):
    a person's name, as a given name before it would tell."""
    return any(" " not in f and len(f) > 2 and f in words for f in forms)


def _strangers(p: _Profile, q: _Profile) -> bool:
    """Whether two articles each read two principal people or more, in keys the other's could meet, and share none,
    one of them in a script without capitals."""
    # Only where one reads its people in a script without capitals (李强, 小泉), whose keys meet others' only by the
    # bridge keys: two Latin reports of a ministers' meeting each quote their own ministers, and link by what else
    # they share (see _named_at_one_town).
    return (min(len(p.people), len(q.people)) >= 2 and (_unspaced_people(p) or _unspaced_people(q))
            and not _nameless(p) and not _nameless(q) and not _same_people(p, q))


def _unspaced_people(p: _Profile) -> bool:
    """Whether every principal person of an article is keyed by a name in a script without capitals (see
    _unspaced_name)."""
    return all(map(_unspaced_name, p.people))


def _nameless(p: _Profile) -> bool:
    """Whether an article reads no principal person another article's keys could meet: none at all, or only keys in
    a script without capitals (Han, kana: 小野田) that gave no bridge key. Its people neither link nor part it."""
    return not any(k.isascii() or p.bridges.get(k) for k in p.people)


def _looks_back(p: _Profile) -> bool:
    """Whether an article is a follow-up: every day it tells lies before its own date ("the day after the
    summit", "signed yesterday") and its headline names no one (its people comment on the event)."""
    return bool(p.when and p.days and not p.sig.headline) and all(
        date.fromisoformat(d) < p.when for d in p.days)  # type: ignore[operator]


def _follows_up(p: _Profile, q: _Profile) -> bool:
    """Whether `p` looks back (see _looks_back) on `q`'s day, the day before its own, in a town where `q` puts the
    event and `p` names too."""
    return (_looks_back(p) and q.when is not None and p.when is not None and 0 < (p.when - q.when).days <= 1
            and q.when.isoformat() in p.days and q.place is not None
            and dict(p.sig.where).get(q.place, 0) >= MIN_PLACE_SCORE)


def _same_days(p: _Profile, q: _Profile) -> bool:
    """Whether two dated articles tell a day in common (the days each text names, else its own date):
    a report appearing the morning after still tells the day of the event."""
    told = [set(x.days) or ({x.when.isoformat()} if x.when else set()) for x in (p, q)]
    return bool(told[0] & told[1])


def _share_two(p: _Profile, q: _Profile) -> bool:
    """Whether two articles, each with two or more principal people, share two of them (as _share_people
    reads them): one shared name, or an article naming one person only, is too little to link without
    the similarity."""
    return min(len(p.people), len(q.people)) >= 2 and _share_people(p, q)


def _share_guest(p: _Profile, q: _Profile) -> bool:
    """Whether two articles on one venue share its guest: one of both's most mentioned people whom either
    text ties to another country than the venue's.

    Two sources of one visit may quote different ministers and lose the host to a pronoun; the guest
    they share still makes them one visit. A shared host alone does not: a host receives many guests.
    """
    if not p.place or p.place != q.place:
        return False
    venue = places.lookup(p.place)
    if venue is None:
        return False
    for kp, kq in _same_people(p, q):
        # Either text may tie the person to a country; neither may make them the host.
        ties = {p.countries.get(kp), q.countries.get(kq)} - {None}
        if ties and not ties & {HOST, venue.country}:
            return True
    return False


@dataclass(slots=True)
class _Cluster:
    """Articles joined so far, with the dates and calendars a further join must not contradict."""

    members: list[int]
    first: date | None
    last: date | None
    calendars: set[_Calendar]
    """Of every member."""
    undated: set[_Calendar]
    """Of the members without a date (only they are held to calendars)."""

    @classmethod
    def of(cls, i: int, p: _Profile) -> _Cluster:
        return cls([i], p.when, p.when, {p.calendar}, set() if p.when else {p.calendar})

    def clashes(self, other: _Cluster) -> bool:
        """Whether a member of one and a member of the other clash, as the pair alone would."""
        if self.first and other.first and self.last and other.last:
            if max((other.last - self.first).days, (self.last - other.first).days) > MAX_GAP_DAYS:
                return True
        return any(
            _months_clash(a, b) or _years_clash(a, b)
            for mine, theirs in ((self.undated, other.calendars), (self.calendars, other.undated))
            for a in mine
            for b in theirs
        )

    def absorb(self, other: _Cluster) -> None:
        self.members.extend(other.members)
        whens = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(whens), max(whens)) if whens else (None, None)
        self.calendars |= other.calendars
        self.undated |= other.undated


def _auto_groups(idx: list[int], profiles: list[_Profile]) -> list[list[int]]:
    """Greedy single-linkage on the strongest pairs first, never joining clashing dates."""
    df = Counter(f for i in idx for f in profiles[i].features)
    weight = {f: math.log((len(idx) + 1) / c) ** 2 for f, c in df.items()}
    norms = {i: sum(weight[f] for f in profiles[i].features) for i in idx}
    scored = []
    ps = [profiles[i] for i in idx]
    masks = [sum(1 << m for m in p.months) for p in ps]
    for x, y in _candidates([p.features for p in ps], [p.when for p in ps], SAME_TIME_DAYS, masks):
        i, j = idx[x], idx[y]
        need = _needed(profiles[i], profiles[j])
        if need is not None and (sim := _similarity(profiles[i], profiles[j], weight, norms[i], norms[j])) >= need:
            scored.append((sim, i, j))
    cluster = {i: _Cluster.of(i, profiles[i]) for i in idx}
    # A report that names no one (see _nameless) links by place and day alone, which two meetings in one town
    # share: it joins after the others have grouped, and only where all its candidates lie in one cluster, never
    # bridging two meetings of the day into one visit.
    nameless = {i for i in idx if _nameless(profiles[i])}
    partners: dict[int, list[int]] = defaultdict(list)
    for _, i, j in sorted(scored, reverse=True):
        if i in nameless or j in nameless:
            for x, y in ((i, j), (j, i)):
                if x in nameless:
                    partners[x].append(y)
            continue
        # A follow-up linked by its look back alone (see _follows_up) joins as a nameless report does.
        if not _share_people(profiles[i], profiles[j]) and (
                (back := [x for x, y in ((i, j), (j, i)) if _follows_up(profiles[x], profiles[y])])):
            partners[back[0]].append(j if back[0] == i else i)
            continue
        _join(cluster, cluster[i], cluster[j])
    # (Such a follow-up counts as nameless below while nothing else has joined it.)
    nameless |= {i for i in partners if i not in nameless and len(cluster[i].members) == 1}
    # Candidates are the visits of its partners (clusters with a named member); a nameless report with none
    # joins the other nameless reports it links to (two translations of one wire), again only where they are one.
    # (The clusters holding a named member are found once a round: an archive's clusters are large.)
    joined = True
    while joined:
        joined = False
        named = {id(cluster[i]) for i in idx if i not in nameless}
        for i, others in partners.items():
            if id(cluster[i]) in named:
                continue
            found = {id(cluster[j]): cluster[j] for j in _same_guests(profiles[i], others, profiles)
                     if cluster[j] is not cluster[i]}
            visited = [c for c in found.values() if id(c) in named]
            if len(choice := visited or list(found.values())) == 1 and not cluster[i].clashes(choice[0]):
                _join(cluster, choice[0], cluster[i])
                joined = True
    seen: set[int] = set()
    groups = []
    for i in idx:
        if id(cluster[i]) not in seen:
            seen.add(id(cluster[i]))
            groups.append(sorted(cluster[i].members))
    return groups


def _same_guests(p: _Profile, others: list[int], profiles: list[_Profile]) -> list[int]:
    """Of the articles a report naming no one links to (see _auto_groups), those whose titles name a country its
    title names besides its venue's, where some do: two visits to one capital in a week are told apart by the
    guests' countries ("Монгольская делегация в Пекине", a follow-up on the Mongolian visit, not on the Vietnamese
    one the next day)."""
    home = at.country if p.place and (at := places.lookup(p.place)) else None
    mine = set(p.sig.headline_countries) - {home}
    sharing = [j for j in others if not mine.isdisjoint(profiles[j].sig.headline_countries)] if mine else []
    return sharing or others


def _join(cluster: dict[int, _Cluster], a: _Cluster, b: _Cluster) -> None:
    """Absorb b into a unless they are one or their dates clash, pointing b's members to a."""
    if a is b or a.clashes(b):
        return
    a.absorb(b)
    for k in b.members:
        cluster[k] = a


def _stand_ins(articles: Sequence[Article], profiles: list[_Profile], pos: Mapping[str, int]) -> list[_Profile]:
    """The profiles, an original that reads no one, or in another script than Latin fewer people than a Latin
    translation of it (its language's names read worse: Greek without word lists), read through that translation,
    on the original's own day: the same text, counted once, whose people, place and figures group it and
    describe its visit (in the Latin forms a reader looks for)."""
    out = profiles
    for i, a in enumerate(articles):
        o = pos.get(a.duplicate_of or "", -1)
        if o >= 0 and (not out[o].sig.people and profiles[i].sig.people or len(out[o].sig.people) < len(
                profiles[i].sig.people) and _is_latin(a.text[:_HEADER_CHARS]) and not _is_latin(
                articles[o].text[:_HEADER_CHARS])):
            if out is profiles:
                out = list(profiles)
            out[o] = replace(profiles[i], when=profiles[o].when or profiles[i].when)
        elif o >= 0 and out[o].when is None and (when := profiles[i].when) is not None:
            # An undated original is dated by its dated translation, which tells the same days: the last
            # day it tells up to the day it appeared (a translation may appear the day after), else that day.
            # Grouped so, the original joins the other dated reports of its visit and dates the visit.
            told = [d for d in map(date.fromisoformat, profiles[i].days) if d <= when]
            if out is profiles:
                out = list(profiles)
            out[o] = replace(out[o], when=max(told, default=when), days=profiles[i].days)
    return out


def _rule_fits(rule: VisitRule, folded: str, p: _Profile) -> bool:
    """Whether a config rule's match terms and dates fit an article (its text case-folded)."""
    if not rule.match:
        return False
    if not any(t.casefold() in folded for t in rule.match):
        return False
    start, end = dates.to_date(rule.start), dates.to_date(rule.end or rule.start)
    if not (start and end):
        return True
    if p.when:
        return start - timedelta(days=SAME_TIME_DAYS) <= p.when <= end + timedelta(days=SAME_TIME_DAYS)
    # An undated article must not point only to other months than the rule's.
    return not p.months or bool(p.months & {start.month, end.month})


def group(articles: Sequence[Article], config: Config, shown: Mapping[str, str] | None = None
          ) -> tuple[list[Article], list[Visit]]:
    """Gather articles into visits: metadata, then folder, then config rules, then automatic.

    Returns the articles with `visit` set and the visits in date order (summaries empty).
    Translations follow their original. `shown` maps the speaker names the articles' quotes carry to the
    display names build_speakers gave them: participants and titles name those people alike.
    """
    pos = {a.id: i for i, a in enumerate(articles)}
    profiles = _stand_ins(articles, _profiles(articles, start=False), pos)
    if shown:
        profiles = [_with_speakers(p, a, shown) for p, a in zip(profiles, articles)]
    rules = {r.id: r for r in config.visits}
    matching = [r for r in config.visits if r.match]
    assigned: dict[int, tuple[str, str]] = {}
    for i, a in enumerate(articles):
        if a.visit_hint and a.visit_hint_by in ("metadata", "folder"):
            assigned[i] = (a.visit_hint, a.visit_hint_by)
    # An undated article naming a day and month without a year ("u ponedjeljak 9. ožujka") is dated in the
    # year its visit's id gives ("2026-03-zagreb"), else in the year near the corpus's other dates (or today)
    # where that day falls on the weekday the text names; so dated, it dates its visit. Grouping still reads
    # it as undated: a date of its own would hold it to the stricter tests of dated pairs (shared people).
    # News reports what has happened: such a day is looked for up to the corpus's last date (or today).
    dated = [p.when for p in profiles if p.when]
    reference = max(dated) if dated else date.today()
    yearless: dict[int, date] = {}
    described = list(profiles)
    for i, p in enumerate(profiles):
        if p.when is None and not articles[i].duplicate_of:
            day = _yearless_day(p, assigned.get(i, ("", ""))[0], reference)
            if day is not None:
                yearless[i] = day
                days, months, month_years = _anchored(p.sig.mentions, day)
                described[i] = replace(p, when=day, days=days, months=frozenset(months),
                                       month_years=frozenset(month_years), reanchored=True)
    for i, a in enumerate(articles):
        if matching and i not in assigned and not a.duplicate_of:
            folded = a.text.casefold()
            rule = next((r for r in matching if _rule_fits(r, folded, profiles[i])), None)
            if rule:
                assigned[i] = (rule.id, "config")
    free = [i for i, a in enumerate(articles) if i not in assigned and not a.duplicate_of]
    members: dict[str, list[int]] = defaultdict(list)
    how: dict[str, str] = {}
    for i, (vid, by) in assigned.items():
        members[vid].append(i)
        how.setdefault(vid, by)
    for k, g in enumerate(_auto_groups(free, profiles)):
        members[f"\0auto{k}"] = g
        how[f"\0auto{k}"] = "auto"
    home_of = {i: v for v, ms in members.items() for i in ms}
    for i, a in enumerate(articles):
        if a.duplicate_of and i not in assigned:
            home = home_of.get(pos.get(a.duplicate_of, -1))
            if home is None:
                home = f"\0dup{i}"
                how[home] = "auto"
            members[home].append(i)
    visits: list[Visit] = []
    taken: set[str] = set(rules) | {v for v in members if not v.startswith("\0")}
    out = list(articles)
    for key, ms in members.items():
        ms = sorted(ms, key=lambda i: (articles[i].date or "9999", articles[i].path))
        visit = _describe(key, ms, articles, described, rules.get(key), how[key], taken, shown or {})
        taken.add(visit.id)
        visits.append(visit)
        for i in ms:
            # An article without a date of its own that names a day and month ("v utorok 28. apríla",
            # "19 мая") is dated by it, in the year of the visit its dated articles span.
            day = None if articles[i].date else (
                yearless[i].isoformat() if i in yearless else _day_in_visit(profiles[i], visit.start, visit.end))
            out[i] = replace(articles[i], visit=visit.id, date=day or articles[i].date)
    # The profiles served this corpus; an archive's would otherwise stay in memory until the next.
    _assembling.clear()
    return out, sorted(visits, key=lambda v: (v.start or "9999", v.id))


# --- visit metadata --------------------------------------------------------------------


def _describe(
    key: str,
    ms: list[int],
    articles: Sequence[Article],
    profiles: list[_Profile],
    rule: VisitRule | None,
    grouped_by: str,
    taken: set[str],
    shown: Mapping[str, str],
) -> Visit:
    """Id, title, dates, place, participants and languages, from config first, else inferred; a person
    quoted in the visit under the display name `shown` gives that form (see group)."""
    originals = [i for i in ms if not articles[i].duplicate_of] or ms
    start, end = _span([profiles[i] for i in originals])
    where: Counter[str] = Counter()
    people: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    headlines: Counter[str] = Counter()
    # Cities some article alone places the visit in: one bare mention in each of several reports ("les progrès
    # de Podgorica", "Podgorica jó úton jár") is a government named twice, not a venue.
    placed_once: set[str] = set()
    # Two people whose surnames share a skeleton in two articles ("Friedrich Merz" in one, "Шавката Мирзиёева" in
    # another, both mrz) are two: each article's people are filed under the keys _namesakes gives them.
    renamed = _namesakes([articles[i] for i in originals], [profiles[i].sig for i in originals])
    for i, moved in zip(originals, renamed):
        sig = profiles[i].sig
        headlines.update(moved.get(k, k) for k in sig.headline)
        for city, n in sig.where:
            where[city] += n
            if n >= MIN_PLACE_SCORE:
                placed_once.add(city)
        for person, n in sig.people:
            people[moved.get(person, person)] += n
        for person, votes in sig.host_country:
            for country, n in votes:
                countries[moved.get(person, person)][country] += n
    # A translation or a copy ties its people to their countries as its original does, in its own words ("министр
    # энергетики Турции Алпарслан Байрактар" where the Turkish original says "Bakan Bayraktar"): it is told the
    # country the original leaves unsaid, once, where no original ties the person at all.
    # (A translation in another script keys its people otherwise: the original's key it shares a person by, their
    # consonant skeletons agreeing, stands for its own, Koizumi's kzm for 小泉.)
    sharing: Callable[[_Profile], list[int]] | None = None
    for i in ms:
        # (Most copies tie no one to a country: nothing to translate for them.)
        if articles[i].duplicate_of and i not in originals and profiles[i].sig.host_country:
            sharing = sharing or _people_index([profiles[o] for o in originals])
            theirs = {kq: kp for o in sharing(profiles[i]) for kp, kq in _same_people(profiles[originals[o]], profiles[i])}
            for person, votes in profiles[i].sig.host_country:
                person = theirs.get(person, person)
                if person in people and person not in countries:
                    countries[person].update(dict(votes))
    # ... and tells the venue where no original places it (a Japanese report naming 東京 once, its English
    # translation three times), as the same report in other words.
    if not placed_once:
        for i in ms:
            if articles[i].duplicate_of and i not in originals:
                for city, n in profiles[i].sig.where:
                    where[city] += n
                    if n >= MIN_PLACE_SCORE:
                        placed_once.add(city)
    _merge_towns(where, placed_once, [profiles[i].sig for i in originals])
    written = [(*sig_form, articles[i].lang or "", moved) for i, moved in zip(originals, renamed)
               for sig_form in profiles[i].sig.forms]
    surnames = _surnames(form for form, _, _, _ in written)
    for form, n, lang, moved in written:
        filed = _key_in(form.split(), people, surnames, lang)
        forms[moved.get(filed, filed)][form] += n
    _strip_titles(forms)
    # A form with a first name, plain ASCII if there is one (Tokayev over Tokaïev), the commonest.
    # ... in the nominative where the forms give it away (Владимира Путина beside Путин).
    names = {k: nominative(_display_form(forms[k]), forms[k]) for k in people if forms[k]}
    merged = _as_speakers(names, people, forms, countries, headlines, [articles[i] for i in ms], shown)
    # A country the text ties someone to outranks a host's word or verb ("Carney welcomed the deal").
    hosts = {k: max(c, key=lambda country: (country != HOST, c[country])) for k, c in countries.items()}
    named = _folder_place(key, people) if grouped_by in ("folder", "metadata") else None
    # A city only ever named bare ("an unpredictable Washington") may stand for its government: no venue.
    best = where.most_common(1)[0] if where else None
    if best and (first := _city_of_most_reports(where, [(articles[i].date, profiles[i].sig) for i in originals])):
        best = (first, where[first])
    guessed = best[0] if best and best[1] >= MIN_PLACE_SCORE and best[0] in placed_once else None
    place = (rule.place if rule and rule.place else None) or named or guessed
    if rule and rule.start:
        start, end = rule.start, rule.end or rule.start
    # A country or place name the people stage took for a person ("da África do Sul", and "África"
    # inside it) is no participant.
    placed = _place_keys(names, forms, place)
    # Participants are mentioned at least a third as often as the most mentioned person; one the
    # headlines name twice is a principal however often the text turns to an expert.
    # A person is introduced by a given name or a title somewhere ("Dariusz Klimczak"); a word only
    # ever written alone or after a lower-case particle is a thing's or a place's name in some case
    # ("Trójmorza", "mer du Nord"), unless the text ties it to a country as it does a leader.
    # ("Willem-Alexander": two given names joined by a hyphen, each capitalised, is a person's name too.)
    # ... or by a head of state's office alone ("sa storhertug Guillaume", "kroonprins Haakon"): a monarch
    # the text names by one given name is a person all the same.
    # (A head the text introduces in one script is the key its speaker merged into: "канцлер Германии Фридрих Мерц",
    # mrc, is the Merz of mrz.)
    heads = {merged.get(k, k) for k in _heads(articles, originals, people, surnames)}
    # (A Hangul or Japanese name is one word however it is written, and the people stage found it by its role: a
    # person.)
    # (Nor is one written after a given name's initial glued to it by a dot, as Mongolian and Kazakh papers name people:
    # "Ерөнхий сайд Г.Занданшатар".)
    initialled = cache(lambda: _initialled_words(articles[i].text for i in originals))
    placed |= {k for k in names if not countries.get(k) and k not in heads and not _unspaced_name(k) and not any(
        (" " in f or "-" in f and all(part[:1].isupper() for part in f.split("-"))) and _opens_name(f)
        for f in forms[k]) and not _initialled(forms[k], initialled())}
    # A person is written with one given name (Konstantinos and Konstantinas are one, a case ending apart);
    # a thing's name is written after whatever capitalised word opens the sentence ("Visa Rail Baltica",
    # "Kai Rail Baltica", "Via Baltica"): three given words or more, none most of the times, name no one.
    placed |= {k for k in names if not countries.get(k) and _no_given_name(forms[k])}
    # The outlet publishing the article is no participant, in whatever case a sentence puts its name ("sacīja
    # Baltijas Vēstnesim", told the Baltijas Vēstnesis): its words' stems are compared.
    outlets = {word[:_MIN_SURNAME + 1].casefold() for i in ms for word in (articles[i].source or "").split()
               if len(word) > _MIN_SURNAME}
    if outlets:
        placed |= {k for k in names if forms[k] and all(
            len(f.split()) >= 2 and all(word[:_MIN_SURNAME + 1].casefold() in outlets for word in f.split())
            for f in forms[k])}
    # A name ending on a country's ("Статкомитета Армении", "Národná banka Slovenska", "Bank of Ghana" as a source
    # of figures: "По данным …") is an institution's, never a person's: no family name is a country's. (Its key
    # may hold the country's own name too, "Армению", whose skeleton it shares.)
    # (Not one the text ties to a country or to the host's role as it does a leader: "O primeiro-ministro Luís
    # Montenegro recebeu …", once a namesake's forms no longer share his key.)
    placed |= {k for k in names if forms[k] and not countries.get(k) and all(
        (at := places.lookup(f.split()[-1])) is not None and at.kind == "country" for f in forms[k])}
    most = max(people.values(), default=0)
    # A member of parliament or an expert commenting on the visit took no part in it, unless the headlines
    # name them (see _people).
    placed |= {k for k in _commenting(articles, originals, people, surnames, forms) - heads if not headlines[k]}
    # So did a company's executive, signing or praising a contract ("l'amministratore delegato di Fincantieri").
    placed |= {k for k in _introduced(articles, originals, people, surnames, _executive, forms) - heads
               if not headlines[k]}
    top = [k for k, n in people.most_common()
           if k in names and k not in placed and n >= 2 and (n >= most * PARTICIPANT_SHARE or headlines[k])][:4]
    if len(top) < 2:
        # "Foi recebido pelo Presidente angolano, João Lourenço": the one named as the host took part in
        # the meeting however seldom the text names him; without him the title has no host.
        top += [k for k, _ in people.most_common() if k in names and k not in placed and k not in top
                and countries.get(k, {}).get(HOST)][: 2 - len(top)]
    led = set().union(*(_lead_keys(articles[i], people) for i in originals))
    if len(top) < 2:
        # So did the guest the lead names with their country and a headline names too ("received Chinese Vice
        # Premier He Lifeng", under "… He Lifeng meets Sánchez in Madrid"), however seldom the text names them
        # again: without them the title has no visitor.
        top += [k for k, _ in people.most_common() if k in led and headlines[k] and k in names and k not in placed
                and k not in top and hosts.get(k) not in (None, HOST)][: 2 - len(top)]
    if len(top) < 2:
        # ... and so did those the lead names by their full names, once each in a short report (those met, "osallistui
        # … Ruotsin infrastruktuuriministerin Andreas Carlsonin ja Norjan liikenneministerin Jon-Ivar Nygårdin
        # tapaamiseen"; the host, "石原宏高環境大臣は…と会談しました"): without them the visit has no one met. (A
        # commentator or a spokesperson the people stage set aside is none of them.)
        # (Only a cased script's capitals or an unspaced name's key tell a name in the lead: every Hebrew or Arabic
        # word is a 'capitalised' one.)
        top += [k for k, _ in people.most_common() if k in led and k in names and k not in placed and k not in top
                and (_unspaced_name(k) or any(" " in f and not uncased_script(f) for f in forms[k]))][: 4 - len(top)]
    # The one the text names as receiving the guest took part however seldom it names them (a head of state
    # hosting a state visit: "Hun ble tatt imot av kong Harald", then talks with the prime minister); a head of
    # state or government so named once too ("استقبل … السلطان هيثم بن طارق", then talks with the speaker).
    top += [k for k, _ in people.most_common() if k in names and k not in placed and k not in top
            and (people[k] >= 2 or k in heads) and countries.get(k, {}).get(HOST)][: max(0, 4 - len(top))]
    # A head of state or government the lead names with their country ("received Kenyan President
    # William Ruto") took part however seldom the text names them again: the guest a minister quoted at
    # length would otherwise stand in for.
    top += [k for k, _ in people.most_common() if k in led and k in heads and k in names and k not in placed
            and k not in top and hosts.get(k) not in (None, HOST)][:2]
    # So did the head of state or government of the visited country the text names twice (the president the
    # guest called on, as a caption and a quote name her) however often it quotes the guest, when no one of
    # the host's side among them holds such an office.
    home_country = (p.country if (p := places.lookup(place)) else None) if place else None
    if home_country and not any(k in heads and hosts.get(k, HOST) in (home_country, HOST) for k in top):
        top += [k for k, n in people.most_common() if n >= 2 and k in heads and k in names and k not in placed
                and k not in top and hosts.get(k, HOST) in (home_country, HOST)][:1]
    # Everyone among them is tied to another country than the venue's (a minister and his country's official
    # abroad): the one the text ties to the venue's country received them, however seldom it names him
    # ("após reunião com o vice-presidente paraguaio, Pedro Alliana", once, in Asunción).
    if home_country and len({hosts[k] for k in top if k in hosts}) == 1 and all(
            hosts.get(k) not in (home_country, HOST, GUEST) for k in top):
        top += [k for k, _ in people.most_common() if k in names and k not in placed and k not in top
                and hosts.get(k) == home_country][:1]
    # Everyone among them is tied to another country than the venue's, and the lead names a head of state or
    # government with no country ("Cabinet Chairman X hosted the Tajik and Pakistani premiers" in Bishkek): a
    # local outlet needs no country for its own leader, who received them however seldom it names him.
    if home_country and top and all(hosts.get(k) not in (home_country, HOST, GUEST, None) for k in top):
        top += [k for k, _ in people.most_common() if k in led and k in heads and k in names and k not in placed
                and k not in top and hosts.get(k) is None][:1]
    # The title names whom the headlines name first: a minister quoted at length is no principal.
    # ... and a head of state or government before a minister or an official the text quotes more
    # ("met President X", then the foreign minister's words).
    # (Which two the title names; they keep the order the headlines and mentions give them.)
    # (... and the one a namesake's family name stands for before the namesake the text names later, a port chief
    # after the minister: see _namesake_keys.)
    ranked = sorted(top, key=lambda k: (-headlines[k], k not in heads, "/" in k))
    principals = sorted((k for k in top if k in ranked[:2]), key=lambda k: -headlines[k]) + ranked[2:]
    principals = _with_host(principals, hosts, place, heads, {k for k in principals if headlines[k]})
    if len(principals) >= 3 and place:
        # Two of the host's side lead (the premier and his foreign minister, quoted twice): a head of state or
        # government the text ties to another country is the guest, and outranks the host's minister ("přijal
        # indonéského prezidenta …", then "Ministr zahraničí … uvedl").
        pair = principals[:2]
        # (One the text ties to no country is of the host's side here: the guest is the one it introduces.)
        minister = next((k for k in reversed(pair) if k not in heads), None)
        guest = next((k for k in principals[2:] if k in heads and hosts.get(k) not in (home_country, HOST, None)), None)
        if home_country and minister and guest and all(hosts.get(k) in (home_country, HOST, None) for k in pair):
            principals = [guest if k == minister else k for k in pair] + [k for k in principals[2:] if k != guest]
    principals = _lead_host(principals, top, hosts, home_country, led)
    principals = _counterpart_host(principals, top, hosts, home_country,
                                   _offices_held(articles, originals, people, surnames, merged), led)
    # The two the title names (host and guest) lead the participants, before a minister quoted more.
    ordered = principals[:2] + [k for k in top if k not in principals[:2]]
    # (The headings the visit's quotes go by, which its participants keep: see _participant_names.)
    quoted_as = {shown[q.speaker] for i in ms for q in articles[i].analysis.quotes if q.speaker in shown}
    participants = _participant_names(ordered, names, forms, quoted_as)
    # (A name whose family name comes first in the text's order is called by its first word too.)
    given = (_called_by_given_name(names, [articles[i] for i in originals])
             | _family_name_first(names, [articles[i] for i in originals]))
    summit_named = 2 * sum(profiles[i].sig.summit for i in originals) >= len(originals)
    title = (rule.title if rule else None) or _title(place, principals[:2], _lone_surnames(names, forms), hosts, forms,
                                                     given, summit_named)
    # A summit: most articles say so in their headline or lead, and the people the text ties to a
    # country come from three or more. No guest visits a host; the leaders the text ties to their
    # countries took part however seldom it names them ("Češki predsjednik Petr Pavel"). A leader
    # named once is one a speaker mentions in passing ("criticised the Russian President X").
    tied = {k: c for k, c in hosts.items() if c != HOST and k in names and k not in placed and people[k] >= 2}
    # (Heads of state or government of three countries among the principals meet at a summit whatever
    # the text calls it: "cumbre trilateral", "the corridor talks".)
    # A summit's headline names its leaders, however seldom the body names them again ("Euregio-Gipfel in
    # Bozen: Mattle, Kompatscher und Fugatti", three regions' heads the text ties to no country).
    # (Not the meeting's own name: "Danube Energy Forum".)
    headlined = [k for k, _ in people.most_common() if headlines[k] and k in names and k not in placed
                 and not any(_summit_word().search(f) for f in forms[k])]
    # Ministers of three countries or more among the principals meet at a multilateral meeting too, whatever
    # the text calls it ("Ziemeļvalstu un Baltijas aizsardzības ministru sanāksme"): no guest visits a host.
    # (Where the text says summit, heads of three countries among the principals took part however seldom it
    # names each: "a meeting of the Council of Heads of Government", each premier named once.)
    heads_tied = {hosts[k] for k in top if k in heads and hosts.get(k) not in (None, HOST, GUEST)}
    # Every headline names a summit and none names a person ("Sommet de la Francophonie : Phnom Penh mise sur
    # le numérique", "Summitul Francofoniei de la Phnom Penh: …"): the meeting itself is the story, not a guest
    # calling on a host, though the text quotes the heads of two countries only among many taking part.
    summit_story = (summit_named and not any(headlines[k] for k in top) and len(heads_tied) >= 2
                    and all(_summit_word().search(articles[i].analysis.title or "") for i in originals))
    # (So do the heads of two countries with a third country's envoy among the principals, a vice-president or a
    # minister sent in the head's place: "les dirigeants de la Zambie, de la RD Congo et de l'Angola".)
    if summit_story or summit_named and (len(set(tied.values())) >= SUMMIT_COUNTRIES or len(headlined) >= SUMMIT_COUNTRIES
                         or len(heads_tied) >= SUMMIT_COUNTRIES) or len(
            {tied[k] for k in top if k in heads and k in tied}) >= SUMMIT_COUNTRIES or (
            len({tied[k] for k in top if k in heads and k in tied}) >= 2 or not heads.intersection(top)) and len(
            {tied[k] for k in top if k in tied}) >= SUMMIT_COUNTRIES:
        members = top + [k for k, _ in people.most_common() if k in tied and k not in top]
        # One whom a report of the summit quotes and two or more name took part, tied to no country or not
        # (a European commissioner: "unijny komisarz ds. energii Dan Jørgensen", "eurokomisař Dan Jørgensen", "Dan
        # Jørgensen uniós energiaügyi biztos … figyelmeztetett").
        members += [k for k in _quoted_apart(names, [articles[i] for i in originals], [profiles[i] for i in originals],
                                             shown) if k not in members and k not in placed and people[k] >= 2]
        # (Only where no country divides them: a summit of states names its leaders by their countries.)
        if summit_named and len(set(tied.values())) < SUMMIT_COUNTRIES:
            members += [k for k in headlined if k not in members]
        # A leader a headline names and the text ties to a country took part however seldom the body names
        # him ("Mulino reúne a Arévalo, Abinader y Chaves", then "el dominicano Luis Abinader" once).
        if summit_named:
            members += [k for k in headlined if k not in members and hosts.get(k) not in (None, HOST, GUEST)]
        # Heads of state or government lead a summit's people, a minister sent in their place after them
        # ("minister infrastruktury Dariusz Klimczak" after three presidents named less often), and those the
        # headlines name or the text ties to a country before an expert quoted from elsewhere (who keep their order).
        members = ([k for k in members if k in heads]
                   + [k for k in members if k not in heads and (headlines[k] or k in tied)]
                   + [k for k in members if k not in heads and not headlines[k] and k not in tied])
        # ... and those the text ties to a country, who speak for it, before an expert or a critic quoted more.
        # (At a meeting no text calls a summit: a summit's order stays the heads' and the mentions'.)
        if not summit_named:
            members.sort(key=lambda k: k not in heads and k not in tied)
        # The host leads them, as the host's own coverage names them ("Summit in Helsinki: Orpo, Albanese, …"):
        # the leader the text ties to the summit's country, when one is.
        host = next((k for k in members if k in heads and hosts.get(k) in (home_country, HOST)), None)
        # At a meeting of ministers (no leader among them) the minister the text ties to the meeting's country hosts
        # it and leads them the same way ("Meeting in Tallinn: Pevkur, Jonson, …", the Estonian minister first).
        if host is None and home_country and not heads.intersection(members):
            host = next((k for k in members if hosts.get(k) in (home_country, HOST)), None)
        members = [host, *(k for k in members if k != host)] if host else members
        participants = _participant_names(members[:SUMMIT_PARTICIPANTS], names, forms, quoted_as)
        # Ministers meeting where no text says summit hold a meeting, not a summit of leaders.
        label = "Summit" if summit_named or any(k in heads for k in members[:SUMMIT_TITLED]) else "Meeting"
        title = (rule.title if rule else None) or _summit_title(place, members[:SUMMIT_TITLED],
                                                                _lone_surnames(names, forms), forms,
                                                                len(participants) - SUMMIT_TITLED, label, given)
    langs = Counter(articles[i].lang for i in ms)
    vid = key if not key.startswith("\0") else _new_id(start, place, articles[ms[0]].id, taken)
    return Visit(
        id=vid,
        title=title,
        start=start,
        end=end,
        place=places.shown(place) if place else None,
        grouped_by=grouped_by,
        articles=tuple(articles[i].id for i in ms),
        participants=participants,
        languages=tuple(lang for lang, _ in langs.most_common()),
    )


def _city_of_most_reports(where: Counter[str], reports: Sequence[tuple[str | None, VisitSignals]]) -> str | None:
    """Of two cities of one country the reports put first (talks in Tokyo, the guest's plant visit in Osaka the
    next day), the one more reports put first, on a tie the one the earliest report does: the visit's place is
    the city of its talks. The scores' sum would favour the report of the later stop, which names its city in
    headline, dateline and lead while the talks' city is a clause ("a day after meeting … in Tokyo"). A report
    placing two cities alike puts none first; None where the reports agree or name cities of several countries."""
    firsts: dict[str, list[str]] = defaultdict(list)
    for day, sig in reports:
        ranked_here = sorted(sig.where, key=itemgetter(1), reverse=True)
        if ranked_here and ranked_here[0][1] >= MIN_PLACE_SCORE and (
                len(ranked_here) == 1 or ranked_here[0][1] > ranked_here[1][1]) and ranked_here[0][0] in where:
            firsts[ranked_here[0][0]].append(day or "~")
    # (An unlisted town has no country to compare: the scores decide.)
    known = [places.lookup(city) for city in firsts]
    if len(firsts) < 2 or None in known or len({p.country for p in known if p}) != 1:
        return None
    # ("~" sorts an undated report after every day.)
    return min(firsts, key=lambda city: (-len(firsts[city]), min(firsts[city])))


def _merge_towns(where: Counter[str], placed_once: set[str], sigs: Sequence[VisitSignals]) -> None:
    """A town the gazetteer lacks, which each source writes in its own case or script ("u Budvi", "në Budva",
    "во Будва"), is one place: its forms' scores go to the form most sources write (folded, so "Будва" votes for
    "Budva"), in Latin letters where one is, so the visit's id and title name it once."""
    stems: dict[str, list[str]] = defaultdict(list)
    for city in where:
        if places.lookup(city) is None:
            stems[_town_stem(city)].append(city)
    for forms in stems.values():
        if len(forms) < 2:
            continue
        votes = Counter(_fold(city) for sig in sigs for city, _ in sig.where if city in forms)
        keep = max(forms, key=lambda city: (votes[_fold(city)], _is_latin(city), where[city]))
        for city in forms:
            if city != keep:
                where[keep] += where.pop(city)
                if city in placed_once:
                    placed_once.add(keep)


def _as_speakers(names: dict[str, str], people: Counter[str], forms: dict[str, Counter[str]],
                 countries: dict[str, Counter[str]], headlines: Counter[str], members: Sequence[Article],
                 shown: Mapping[str, str]) -> dict[str, str]:
    """One person, one name: a speaker quoted in the visit goes by the speakers list's display name, whatever
    script or case the text writes ("Ильхам Алиев" beside the pt article's "Ilham Aliyev"), and two keys
    that name one speaker (Гаджиев and Hajiyev share no skeleton) become one, counts and forms added up
    into the key named most. Changes the mappings in place; returns the keys merged away and the key each went into."""
    quoted = {q.speaker: shown[q.speaker] for a in members for q in a.analysis.quotes if q.speaker and q.speaker in shown}
    merged: dict[str, str] = {}
    if not quoted:
        return merged
    keys_of: dict[str, list[str]] = defaultdict(list)
    shown_as = ShownNames(quoted)
    for k in names:
        names[k] = shown_as(names[k])
        keys_of[names[k]].append(k)
    for keys in keys_of.values():
        keep = max(keys, key=lambda k: (people[k], k))
        for k in keys:
            if k != keep:
                merged[k] = keep
                del names[k]
                people[keep] += people.pop(k)
                headlines[keep] += headlines.pop(k, 0)
                forms[keep].update(forms.pop(k, Counter()))
                # Only a key tied to some country adds one: an empty entry is no host country.
                if tied := countries.pop(k, None):
                    countries[keep].update(tied)
    return merged


def _quoted_apart(names: Mapping[str, str], members: Sequence[Article], profiles: Sequence[_Profile],
                  shown: Mapping[str, str]) -> list[str]:
    """The keys of `names` (display names, see _as_speakers) whom an article of `members` quotes and two or more
    of them name (their profiles' name keys)."""
    quoted = {shown.get(q.speaker, q.speaker) for a in members for q in a.analysis.quotes
              if q.speaker and q.kind == "speech"}
    return [k for k, name in names.items() if name in quoted and sum(k in p.sig.names for p in profiles) >= 2]


def _no_given_name(forms: Mapping[str, int]) -> bool:
    """Whether a key's forms of several words open with three given words or more that are not one name in
    another case or spelling (Konstantinos, Konstantinas; J., José), none of them most of the times."""
    firsts: Counter[str] = Counter()
    for form, n in forms.items():
        words = form.split()
        if len(words) > 1:
            firsts[_fold_keep(words[0]).rstrip(".")] += n
    if len(firsts) < 3:
        return False
    groups: list[tuple[str, int]] = []
    for word, n in firsts.most_common():
        at = next((i for i, (w, _) in enumerate(groups)
                   if w.startswith(word) or word.startswith(w) or w[:4] == word[:4]), None)
        if at is None:
            groups.append((word, n))
        else:
            groups[at] = (groups[at][0], groups[at][1] + n)
    return len(groups) >= 3 and 2 * max(n for _, n in groups) <= sum(firsts.values())


# A letter of a script without letter case (data.UNCASED_LETTERS, and Thai): a name in one opens with no capital.
_UNCASED_INITIAL = re.compile(f"[{data.UNCASED_LETTERS}{data.PHRASE_SCRIPT}]")


def _opens_name(form: str) -> bool:
    """Whether a written form opens as a name does: with a capital, or with a letter of an uncased script."""
    return form[:1].isupper() or _UNCASED_INITIAL.match(form) is not None


def _heads(articles: Sequence[Article], members: Sequence[int], people: Counter[str],
           surnames: Container[str] = ()) -> set[str]:
    """The keys of the people an article introduces by a head of state's or government's office (heads.txt
    of its language: "Češki predsjednik Petr Pavel", "prezydent Słowacji"), in the articles `members`. A company's
    executive is none though a head's word opens the phrase ("présidente du directoire du port", the port's board)."""
    return _introduced(articles, members, people, surnames, _names_head_not_executive)


def _names_head_not_executive(phrase: str, lang: str) -> bool:
    """Whether a role phrase gives a head of state's or government's office and no company executive's."""
    return names_head(phrase, lang) and not _executive(phrase, lang)


def _commenting(articles: Sequence[Article], members: Sequence[int], people: Counter[str],
                surnames: Container[str] = (), forms: Mapping[str, Counter[str]] | None = None) -> set[str]:
    """The keys of the people an article introduces by a commentator's role: an expert's or a member of
    parliament's word opens the role phrase ("poslanik Stranke slobode i pravde", "deputato del Partito
    democratico"), or an opposition word is in it ("senador opositor"). The role phrases the speakers
    stage reads reach past a party's name that the words right before a name miss (see _commentators).
    `forms`, each key's written forms: a key whose full names hold another given name and surname than the
    commentator's is another person's too (see _introduced)."""
    return _introduced(articles, members, people, surnames, _comments, forms)


def _comments(phrase: str, lang: str) -> bool:
    # (A Thai phrase is read with its vowel signs as letters, as its lists are: \w cuts นักวิเคราะห์ at each sign.)
    words = _WORD.findall((data.marks_as_letters(phrase) if _THAI_LETTER.search(phrase) else phrase).casefold())
    # A party glued to the role by a hyphen: "Groen-Kamerlid", "Grünen-Abgeordnete".
    head = words[0].rpartition("-")[2] if words else ""
    # (A language that writes the role after its institution ends the phrase on it: Korean "한국외대 교수".)
    last = {words[-1]} if words and language.unspaced(lang) else set()
    # ("chef de l’opposition officielle", "deputato dell'opposizione": the opposition's word after an elided article
    # glued by its apostrophe.)
    return bool(words) and (any(_word_fits(w, m) for w in {words[0], head} | last for m in commentator_words(lang))
                            or any(w.replace("’", "'").rpartition("'")[2].startswith(_opposition()) for w in words))


@cache
def _executive_roles() -> tuple[str, ...]:
    """Role phrases of a company's executive, in every language (data/any/executive_roles.txt)."""
    return tuple(data.sections("executive_roles.txt", "any").get("", ()))


def _executive(phrase: str, lang: str) -> bool:
    """Whether a role phrase is a company executive's ("amministratore delegato di Fincantieri", "CEO of …")."""
    words = _WORD.findall(phrase.casefold())
    # (A company glued to the role by a hyphen: "Gasunie-topvrouw", "Siemens-Chef".)
    forms = {" ".join(words), " ".join([words[0].rpartition("-")[2], *words[1:]])} if words else set()
    return any(f == r or f.startswith(r + " ") for f in forms for r in _executive_roles())


@cache
def _aide_words(lang: str) -> tuple[str, ...]:
    """unnamed.txt's [aides] of a language (spokesman, Sprecher*, rzecznik*), as _word_fits reads them."""
    return tuple(w.strip().lower() for code in ((lang,) if lang in LANGS else LANGS)
                 for w in data.sections("unnamed.txt", code).get("aides", ()) if w.strip())


def _introduced(articles: Sequence[Article], members: Sequence[int], people: Counter[str],
                surnames: Container[str], role: Callable[[str, str], bool],
                forms: Mapping[str, Counter[str]] | None = None) -> set[str]:
    """The keys of the people an article of `members` introduces with a role phrase `role` holds for.
    With `forms` (each key's written forms), a full name is left out when its key's full forms hold another
    given name and another surname (see _another_person): two surnames with one key ("Eva Sundqvist", analyst, beside the minister "Tore Sandvik") are
    two people, and the one the role introduces is not the other, who keeps the key."""
    out: set[str] = set()
    for i in members:
        for person, phrase, _ in articles[i].analysis.roles:
            if not role(phrase, language.word_lists(articles[i].lang)):
                continue
            words = person.split()
            key = _key_in(words, people, surnames, articles[i].lang or "")
            if forms is not None and len(words) >= 2 and _another_person(
                    words, [_given_and_surname(f.split()) for f in forms.get(key, ()) if " " in f]):
                continue
            out.add(key)
    return out


def _with_host(principals: list[str], hosts: dict[str, str], place: str | None, heads: Container[str] = (),
               headlined: Container[str] = ()) -> list[str]:
    """The principals with the host among the first two: a guest tied to another country and a
    minister quoted at length leave out the host the text names once, then by role ("Emmanuel
    Macron a reçu ...", then "le chef de l'Etat"); the host takes the minister's place. A head of
    state or government the text ties to no country is the host already ("met President X in Cairo")."""
    home_country = (p.country if (p := places.lookup(place)) else None) if place else None
    if not home_country or len(principals) < 3:
        return principals
    pair = principals[:2]
    if any(hosts.get(k) in (home_country, HOST) or (k in heads and k not in hosts) for k in pair):
        return principals
    guests = [k for k in pair if hosts.get(k) is not None]
    # Both tied to one other country (the minister and his country's official abroad): the first named is the
    # guest, the other accompanies him and leaves his place to the host.
    if len(guests) == 2 and hosts[guests[0]] == hosts[guests[1]] and hosts[guests[0]] not in (HOST, GUEST):
        guests = guests[:1]
    home = next((k for k in principals[2:] if hosts.get(k) in (home_country, HOST)), None)
    if home is None or len(guests) != 1:
        return principals
    # The one a headline names beside the guest is the host, whatever the text ties him to ("Asfura y Bukele
    # pactan…", then "su homólogo de El Salvador, Nayib Bukele"): the venue's minister quoted more, whom no
    # headline names, does not take his place.
    if any(k in headlined for k in pair if k != guests[0]) and home not in headlined:
        # ... unless the headline names the other alone, and the one tied abroad is of his side: the story
        # follows a minister abroad ("Silveira diz em Assunção …", then "o diretor-geral brasileiro de Itaipu"),
        # whom the venue's official received.
        if guests[0] in headlined or hosts[guests[0]] in (HOST, GUEST):
            return principals
        guests = [k for k in pair if k != guests[0]]
    return [guests[0], home] + [k for k in principals if k not in (guests[0], home)]


def _lead_host(principals: list[str], top: Sequence[str], hosts: Mapping[str, str], home_country: str | None,
               led: Container[str]) -> list[str]:
    """The principals with the guest's host the lead names beside him: "PM X and his Vietnamese counterpart Y
    agreed …", then "X later met President Z" (quoted more, a head of state) leaves Y the host all the same.
    Only where the lead names the guest (tied to another country) and exactly one of the host's side, and the
    host the title would name is not in the lead."""
    if not home_country or len(principals) < 2:
        return principals
    pair = principals[:2]
    home = (home_country, HOST)
    guests = [k for k in pair if k in led and hosts.get(k) not in (*home, None)]
    others = [k for k in pair if k not in guests]
    if len(guests) != 1 or len(others) != 1 or others[0] in led or hosts.get(others[0]) not in home:
        return principals
    alts = [k for k in top if k in led and k not in pair and hosts.get(k) in home]
    if len(alts) != 1:
        return principals
    swap = {others[0]: alts[0], alts[0]: others[0]}
    return [swap.get(k, k) for k in principals] + ([others[0]] if alts[0] not in principals else [])


def _offices_held(articles: Sequence[Article], members: Sequence[int], people: Counter[str],
                  surnames: Container[str], merged: Mapping[str, str]) -> dict[str, set[str]]:
    """The head's offices (country_offices.txt: president, primeminister, king…) the articles `members` introduce
    each person's key by, merged as the speakers stage merged them (see _heads)."""
    found = {office for i in members for _, phrase, _ in articles[i].analysis.roles
             if (office := head_office(phrase, language.word_lists(articles[i].lang)))}
    out: dict[str, set[str]] = defaultdict(set)
    for office in found:
        def holds(phrase: str, lang: str, office: str = office) -> bool:
            return head_office(phrase, lang) == office
        for k in _introduced(articles, members, people, surnames, holds):
            out[merged.get(k, k)].add(office)
    return out


def _counterpart_host(principals: list[str], top: Sequence[str], hosts: Mapping[str, str], home_country: str | None,
                      offices: Mapping[str, set[str]], led: Container[str]) -> list[str]:
    """The principals with the guest's counterpart as the host: a president on a state visit is received by the
    president and also meets the prime minister (quoted more), and the title names the president's host ("Steinmeier
    visits Khachaturyan"). Only where the title's host holds none of the guest's offices and exactly one other
    participant of the host's side holds one of them, and the lead does not name the host without him (the guest's
    "counterpart", whatever his office, whom _lead_host chose)."""
    if not home_country or len(principals) < 2:
        return principals
    home = (home_country, HOST)
    pair = principals[:2]
    guests = [k for k in pair if hosts.get(k) not in (*home, None)]
    # (One tied to no country beside the guest is of the host's side, as _title reads it.)
    others = [k for k in pair if hosts.get(k) in (*home, None)]
    if len(guests) != 1 or len(others) != 1 or not offices.get(guests[0]):
        return principals
    guest_offices = offices[guests[0]]
    if offices.get(others[0], set()) & guest_offices:
        return principals
    alts = [k for k in top if k not in pair and hosts.get(k) in home and offices.get(k, set()) & guest_offices]
    if len(alts) != 1 or others[0] in led and alts[0] not in led:
        return principals
    swap = {others[0]: alts[0], alts[0]: others[0]}
    return [swap.get(k, k) for k in principals] + ([others[0]] if alts[0] not in principals else [])


# The most letters a case ending adds to a surname (Tusk: Tuskiem, Carney: Carneya).
_CASE_ENDING = 3
_MIN_SURNAME = 4


def _display_form(forms: Counter[str]) -> str:
    """The form a person is shown by: one with a first name, plain ASCII if there is one (Tokayev
    over Tokaïev), the commonest; of the person the forms name most, as two may share a key
    (Montenegro and Monteiro: "mnt"), counting their surname written alone."""
    # A plain form that only drops another form's accents (Orban beside Orbán) is that name misspelt:
    # the accented one wins, as the name's own language writes it.
    # (Words compared in any order: "Orbán Viktor", family name first, is "Viktor Orban"'s twin.)
    accented = {_unaccented(f) for f in forms if not f.isascii()}
    plain = {_unaccented(f) for f in forms if f.isascii()}
    # A form in an oblique case, or feminised, of another form (Jaromírem Zůnou beside Jaromír Zůna, Yeşilgözová
    # beside Dilan Yeşilgöz-Zegerius): the other is the name as its bearer writes it, and takes its support.
    base_of = case_forms(forms)

    def rank(f: tuple[str, int]) -> tuple[bool, bool, bool, bool, int, int]:
        twin = f[0].isascii() and _unaccented(f[0]) in accented
        return " " in f[0], f[0] not in base_of, not twin, f[0].isascii() or _unaccented(f[0]) in plain, f[1], len(f[0])

    best = max(forms.items(), key=rank)[0]
    if not best.isascii() and _unaccented(best) in plain:
        # Its plain twin is the same person, whichever word it ends in; the twin's word order is the
        # one the other languages read (given name first: "Viktor Orban" shows "Viktor Orbán").
        twin = max((f for f in forms if f.isascii() and _unaccented(f) == _unaccented(best)), key=forms.__getitem__)
        marked = {_unaccented(word): word for word in best.split()}
        return " ".join(marked.get(word, word) for word in twin.split())
    full = [f for f in forms if " " in f]
    lasts = {surname(f) for f in full}
    if all(same_word(last, surname(best)) for last in lasts):
        return best
    # Each surname's support: the forms, full or alone, that end in it (a few surnames, many forms).
    # (Summed per distinct surname: a visit's forms share a few surnames, each compared once per last.)
    by_surname: Counter[str] = Counter()
    for g, n in forms.items():
        by_surname[surname(base_of.get(g, g))] += n
    support = {last: sum(n for s, n in by_surname.items() if same_word(s, last)) for last in lasts}
    most = max(support.values())
    if support[surname(best)] == most:
        return best
    return max(((f, forms[f]) for f in full if support[surname(f)] == most), key=rank)[0]


def _unaccented(name: str) -> str:
    """The name's words without their accents, in order (Orbán Viktor → Orban Viktor; ł, ø and
    Cyrillic stay as they are)."""
    return " ".join(sorted("".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).split()))


def _lone_surnames(names: dict[str, str], forms: dict[str, Counter[str]]) -> dict[str, str]:
    """The names with an inflected surname replaced by the form the text uses alone, its stem
    (Donaldem Tuskiem beside Tusk): a title names people in the nominative."""
    out = dict(names)
    for k, name in names.items():
        *given, last = name.split()
        if not given or forms[k].get(last):
            continue
        lone = [f for f in forms[k] if " " not in f and len(f) >= _MIN_SURNAME
                and 0 < len(last) - len(f) <= _CASE_ENDING and last.startswith(f)]
        if lone:
            out[k] = " ".join([*given, max(lone, key=forms[k].__getitem__)])
    return out


def _place_keys(names: dict[str, str], forms: dict[str, Counter[str]], place: str | None = None) -> set[str]:
    """Keys whose name is a place: a place name with its particles cut ("da África do Sul"), or a
    word inside such a name ("África"), or the visit's own place in a case the gazetteer lacks
    ("Dubrovniku" where a dateline gave "Dubrovnik")."""
    named = [form for c in forms.values() for form in c if " " in form and _as_place(form)]
    inside = {word for form in named for word in form.split()}
    # The place's name with its last letter left to the case ending, as the dateline rule reads it.
    stem = _fold(place)[:-1] if place and places.lookup(place) is None else None
    # Beside the place's words, only particles or a sentence's article ("A África") may stand.
    # (Two Hangul syllables are a whole Korean name, 조현, and two kanji a Japanese family name, 小泉, not a particle's
    # two letters.)
    return {k for k, name in names.items() if _as_place(name) or all(
        w in inside or len(w) <= 2 and not _unspaced_name(w) or w.lower() in particle_words() for w in name.split())
        or (stem and all(_fold(f).startswith(stem) for f in forms[k]))
        # "Eestile" (et: to Estonia), written alone only: a listed country's name and a case ending of a few letters.
        or (" " not in name and not any(" " in f for f in forms[k]) and any(
            (country := places.lookup(name[:-n])) is not None and country.kind == "country"
            for n in range(1, _COUNTRY_ENDING + 1) if len(name) - n >= _MIN_COUNTRY))}


# The most letters a case ending adds to a country's name written alone (Eesti: Eestile, Eestis), and the
# fewest letters the name keeps (no two-letter stem of a word is read as a country).
_COUNTRY_ENDING = 3
_MIN_COUNTRY = 4


def _as_place(name: str) -> bool:
    """Whether a name, its leading particles or articles cut ("A África do Sul"), is a place the gazetteer knows."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in particle_words() or len(words[0]) <= 2):
        words = words[1:]
    return places.lookup(" ".join(words)) is not None or places.is_seat(" ".join(words))


def _folder_place(key: str, people: Container[str] = ()) -> str | None:
    """The city a visit's own name gives (2026-01-mexico-city: Mexico City), when the gazetteer knows
    it: the user's naming outranks what the text mentions most (a summit about Washington held elsewhere).
    A town the gazetteer does not know is given as the folder spells it after its year and month
    (2026-05-bolzano: Bolzano), unless its words name a country, one of the visit's `people` (keys) or
    the event (2026-05-tokayev, 2026-05-summit)."""
    words = [w for w in re.split(r"[\W_]+", key) if w and not w.isdigit()]
    for n in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - n + 1):
            place = places.lookup(" ".join(words[i : i + n]))
            if place and place.kind != "country":
                return place.name
    # Only the dated form the README documents (year-month-place) is read as a name: "putin-kazakhstan-trip"
    # says who and why as much as where.
    m = _DATED_FOLDER.fullmatch(key)
    if m is None:
        return None
    words = m.group(1).split("-")
    if (len(words) > _FOLDER_PLACE_WORDS or any(places.lookup(w) for w in words)
            or any(skeleton(w) in people for w in words) or _has_word(words, "en")
            or _summit_word().search(" ".join(words))):
        return None
    return " ".join(w.capitalize() for w in words)


# A visit's folder named by its year, month and place: "2026-05-bolzano", "2026-03-brdo".
_DATED_FOLDER = re.compile(r"\d{4}-\d{2}-([^\W\d_]+(?:-[^\W\d_]+)*)")
# The most words a place's name in a folder has ("2026-06-andorra-la-vella").
_FOLDER_PLACE_WORDS = 3


def _key_in(words: Sequence[str], people: Counter[str], surnames: Container[str] = (), lang: str = "") -> str:
    """The person a name form files under: its family name's key, or the key of another of its
    words when only that one is a known person's (see _surname_keys); `surnames`, the family names'
    keys of the visit's full names, which another of its words never files under; `lang`, the language of the
    article the form is written in (native_skeletons)."""
    key = native_skeletons([_family_name(words)], lang)[0]
    # A person whose namesake holds the key in some article files under the key and their given name's there
    # (_namesake_keys): "Shazia Iqbal" beside the host "Ahsan Iqbal".
    if len(words) >= 2 and (split := _split_key(key, words)) in people:
        return split
    # Of the name's words the text keeps coming back to, the one it uses most: "Luiz Inácio Lula da
    # Silva" is Lula in the other source too, not Silva. A given name that is another person's surname
    # by its key ("Abdel Fattah al-Sisi" beside "Badr Abdelatty") is no such word.
    return max((k for k in native_skeletons(words, lang) if k in people and (k == key or k not in surnames)),
               key=lambda k: (people[k], k == key), default=key)


def _namesakes(members: Sequence[Article], sigs: Sequence[VisitSignals]) -> list[dict[str, str]]:
    """For each article, the keys its people move to: where one key holds full names of two people in two articles
    (see _another_person: another given name and another surname, "Friedrich Merz" beside "Шавката Мирзиёева"), the
    person of the article naming the key less often files under another key: that of a person another article names
    by the same given name, a surname of the same first consonants and no other country ("Schawkat Mirsijojew", mrs,
    as German writes з), else a key of their own. One person in two spellings (Мирзиёев, Mirzijojew; Мерц, Merz)
    keeps one given name and stays, as do two forms the speakers stage takes for one person (one_person)."""
    full: list[dict[str, list[list[str]]]] = []
    for a, sig in zip(members, sigs):
        own = dict(sig.people)
        names: dict[str, list[list[str]]] = defaultdict(list)
        for form, _ in sig.forms:
            words = form.split()
            # (Only a name in a cased script is compared: an Arabic one folds without its vowels, قيس to qs beside
            # Kaïs's ks, and its given name would differ from every other script's.)
            if (len(words) >= 2 and (key := native_skeletons([_family_name(words)], a.lang or "")[0]) in own
                    and not uncased_script(form)):
                # (A namesake of the article's key's holder files under their given name's too: _namesake_keys.)
                key = split if (split := _split_key(key, words)) in own else key
                # (Read as other languages spell names: Somali "Xasan … Maxamuud" is Hassan … Mohamud.)
                table = name_letters(a.lang) if a.lang else None
                names[key].append([w.translate(table) for w in words] if table else words)
        full.append(names)
    tied = [{k: {c for c, _ in votes if c not in (HOST, GUEST)} for k, votes in sig.host_country} for sig in sigs]
    counts = [dict(sig.people) for sig in sigs]
    out: list[dict[str, str]] = [{} for _ in sigs]
    # One article names two people of one key and files the one it names later under the key and their given name's
    # (_namesake_keys: Polish "Jonas Gahr Støre", then "Keir Starmer", str/kr): another article's key whose full names
    # all give that given name ("Кір Стармер", str) is that person's, and moves to the same key.
    split_keys = {k for own in counts for k in own if "/" in k}
    for j, names in enumerate(full if split_keys else ()):
        for key in [k for k in names if "/" not in k]:
            givens = {_given_key(words) for words in names[key]}
            if len(givens) == 1 and (split := f"{key}/{givens.pop()}") in split_keys and split not in counts[j]:
                out[j][key] = split
                names[split] = names.pop(key)
                counts[j][split] = counts[j].pop(key)
                if key in tied[j]:
                    tied[j][split] = tied[j].pop(key)
    # Each article's keys by their first two letters, in article order: where a person may move to is looked up,
    # not searched for among every article's keys.
    near: dict[str, list[tuple[int, str, list[list[str]]]]] = defaultdict(list)
    holding: dict[str, list[int]] = defaultdict(list)
    for m, names in enumerate(full):
        for k, others in names.items():
            near[k[:2]].append((m, k, others))
            holding[k].append(m)
    for key in sorted(holding):
        holders = holding[key]
        if len(holders) < 2:
            continue
        first = max(holders, key=lambda j: counts[j][key])
        theirs = [_given_and_surname(words) for words in full[first][key]]
        for j in holders:
            if j == first or not all(_another_person(words, theirs) for words in full[j][key]) or any(
                    one_person(" ".join(mine), " ".join(other))
                    # (A given name spelt with a letter doubled or not, Hasan and Hassan, is one: its first two
                    # consonants agree.)
                    or skeleton(mine[0])[:2] == skeleton(other[0])[:2]
                    for mine in full[j][key] for other in full[first][key]):
                continue
            given = {_given_and_surname(words)[0] for words in full[j][key]}
            home = next((k for m, k, others in near.get(key[:2], ())
                         if m != j and k != key and any(_given_and_surname(w)[0] in given for w in others)
                         and not (tied[j].get(key) and tied[m].get(k) and tied[j][key].isdisjoint(tied[m][k]))),
                        None)
            out[j][key] = home or f"{key}/{min(given)}"
    # (A key moved twice, to its person's given name's key and on to a namesake's own, goes where it ended.)
    for moved in out:
        for key, to in moved.items():
            seen = {key}
            while to in moved and to not in seen:
                seen.add(to)
                to = moved[to]
            moved[key] = to
    return out


def _surnames(forms: Iterable[str]) -> frozenset[str]:
    """The keys of the family names of the full names (given name and surname) among `forms`."""
    return frozenset(skeleton(_family_name(f.split())) for f in forms if " " in f)


# The longest word of a name written in one-syllable words (То Лам, Li Qiang), which stands alone for no one.
_SYLLABLE = 3


def _called_by_given_name(names: Mapping[str, str], articles: Sequence[Article]) -> set[str]:
    """The keys of the people the text calls by their given name: a name in a script without capitals (where no
    capital tells a lone surname) written by an article in a language whose press calls people by the given name
    (Thai "อรรถพล" after "อรรถพล ฤกษ์พิบูลย์", Amharic "ዐቢይ" of "ዐቢይ አሕመድ"), unless the text writes its last word
    alone more often than its first: a foreigner it calls by the surname ("ጌሌ" of "እስማኤል ዑመር ጌሌ"). (Thai writes
    no spaces between words, so a lone word is counted as a substring.)"""
    called = set()
    for k, name in names.items():
        words = name.split()
        if len(words) < 2:
            continue
        if any(c.isupper() or c.islower() for c in name):
            # "Ethiopian President Taye Atske Selassie", then "President Taye": in any script, a name right after
            # the nationality of a people called by the given name, whose first word the text writes alone.
            if _after_given_name_people(name, articles) and sum(
                    len(re.findall(rf"(?<!\w){re.escape(words[0])}(?!\w)", a.text)) - a.text.count(name)
                    for a in articles) > 0:
                called.add(k)
            continue
        texts = [a for a in articles if name in a.text]
        if not any(a.lang in given_name_called() for a in texts):
            continue
        full = sum(a.text.count(name) for a in texts)
        first, last = (sum(a.text.count(w) for a in texts) - full for w in (words[0], words[-1]))
        if first >= last:
            called.add(k)
    return called


def _after_given_name_people(name: str, articles: Sequence[Article]) -> bool:
    """Some article writes the name at most _COUNTRY_WORDS words after a nationality of given_name_called.txt
    [peoples] ("Ethiopian President Taye Atske Selassie")."""
    for a in articles:
        for at in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", a.text):
            before = a.text[max(0, at.start() - 60) : at.start()].split()[-_COUNTRY_WORDS:]
            if any(map(given_name_people, before)):
                return True
    return False


@cache
def _family_first_order() -> tuple[frozenset[str], frozenset[str]]:
    """family_first.txt's [peoples] (the languages of the countries whose people write the family name first) and
    [kept by] (the languages whose press keeps that order for them)."""
    parts = data.sections("family_first.txt", "any")
    return frozenset(parts.get("peoples", ())), frozenset(parts.get("kept by", ()))


# How many words a country's name before a person's may have ("Trung Quốc", "Hàn Quốc").
_COUNTRY_WORDS = 3


def _family_name_first(names: Mapping[str, str], articles: Sequence[Article]) -> set[str]:
    """The keys of the people a text in a language of [kept by] names right after a country of [peoples]
    (family_first.txt): "Chủ nhiệm … Trung Quốc Trịnh San Khiết" goes by Trịnh, his family name, though a
    Vietnamese the same text names goes by the last syllable ("Bùi Thanh Sơn" is Sơn)."""
    peoples, kept = _family_first_order()
    speaks = country_languages()
    texts = [a.text for a in articles if a.lang in kept]
    out: set[str] = set()
    for k, name in names.items():
        if len(name.split()) < 2:
            continue
        # (The substring test first: a pattern per name searched through every text is the costly part.)
        for text in (t for t in texts if name in t):
            for at in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                before = text[max(0, at.start() - 60):at.start()].split()[-_COUNTRY_WORDS:]
                found = (places.lookup_whole(" ".join(before[-n:])) for n in range(1, len(before) + 1))
                if any(p is not None and p.kind == "country" and speaks.get(p.country, frozenset()) & peoples
                       for p in found):
                    out.add(k)
                    break
    return out


def _short(name: str, key: str, forms: Mapping[str, int] | None = None, given: bool = False) -> str:
    """The part of a full name a title uses: the word the key comes from ("Xi" of "Xi Jinping",
    else the last word), with the particles before it ("von der Leyen", "Van der Bellen").
    `forms`, the person's written forms and counts: a surname the text never writes alone gives way
    to the ending of the name the text writes without the given name ("Pirc Musar"), and a name of
    two syllables written whole every time stays whole ("То Лам", "Tô Lâm": "Лам" alone is no one).
    `given`: the text calls the person by the given name, the first word ("อรรถพล" of "อรรถพล ฤกษ์พิบูลย์")."""
    words = name.split()
    if given and len(words) >= 2:
        return words[0]
    short = _surname_part(name, key)
    if (forms is not None and len(words) == 2 and short == words[0] and words[0] not in family_first()
            and forms.get(f"{words[1]} {words[0]}")):
        # "Kelemen Hunor" in a Hungarian text, "Hunor Kelemen" in the others: the key came from the word a text
        # writing the family name first ends on, and the name shown in the others' order ends on the family name.
        return words[1]
    # A family name that is an English pronoun ("He" of "He Lifeng") reads as one in the digest's English title
    # ("He visits Klingbeil"): the title writes the whole name.
    if len(words) >= 2 and short == words[0] and short.casefold() in lexicon("en").pronouns:
        return name
    if forms is None or " " in short or not name.endswith(short) or forms.get(short):
        return short
    words = name.split()
    for n in range(2, len(words) + 1):
        # (The name itself counts where the text also writes a given name before it, no title.)
        if forms.get(tail := " ".join(words[-n:])) and (n < len(words) or any(
                len(f.split()) > n and f.endswith(" " + tail) and not _titled(f.split()[-n - 1].casefold())
                for f in forms)):
            return tail
    for n in range(2, len(words)):
        # The same shorter name in a case or with another language's nominative ending, word for word ("Lunds
        # Poulsens" of a Latvian text beside a Danish "Troels Lund Poulsen"): the text's surname is those words.
        tail_words = words[-n:]
        if any(len(f_words := f.split()) == n and all(map(same_word, f_words, tail_words)) for f in forms):
            return " ".join(tail_words)
    # (A lone word the forms miss behind a title, "Mr Starmer", is why the two words must be that short.)
    whole = (len(words) == 2 and max(map(len, words)) <= _SYLLABLE and forms.get(name, 0) >= 2
             and not any(" " not in f for f in forms))
    return name if whole else short


def _surname_part(name: str, key: str) -> str:
    """The word the key comes from, with its particles and a joined second surname (see _short)."""
    words = name.split()
    # (A key no word gives, one another script's form gave (Си of Си Цзиньпин under Xi Jinping): the family
    # name, first where family names come first, as _family_name reads it: Xi, not Jinping.)
    fallback = 0 if len(words) > 1 and words[0] in family_first() else len(words) - 1
    end = next((i for i in range(len(words) - 1, -1, -1) if skeleton(words[i]) == key), fallback)
    if end + 2 == len(words) and _REGNAL.fullmatch(words[-1]):
        end += 1  # the monarch's name the key comes from keeps its number: "Frederik X visits …"
    start = end
    # A regnal number never stands alone: "Mohamed VI", not "VI".
    if start > 0 and _REGNAL.fullmatch(words[end]):
        start -= 1
    while start > 0 and words[start - 1].lower() in particle_words():
        start -= 1
    # "Ulisses Correia e Silva": two surnames joined by "and" are one ("Correia e Silva visits …").
    if start >= 2 and words[start - 1] in surname_conjunctions():
        start -= 2
    # "Marcelo Rebelo de Sousa", "Martín Pérez de la Fuente": after a given name, the word before the
    # particle opens the surname; a particle never starts the short name alone ("von der Leyen" aside).
    # (Not after a patronymic's particle: "Tamim bin Hamad Al Thani" goes by "Al Thani", bin Hamad is his father.)
    if start < end and start >= 2 and words[start - 2].lower() not in particle_words():
        start -= 1
    # A patronymic's particle never opens the short name either: "Mohammed bin Salman" and "Haitham bin Tariq"
    # go by the whole (bin Salman is his father's name).
    if start == 1 and words[0].lower() not in particle_words() and words[1].lower() in _PATRONYMIC:
        start = 0
    return " ".join(words[start : end + 1])


# The particles of an Arabic patronymic (son, daughter of).
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def _strip_titles(forms: dict[str, Counter[str]]) -> None:
    """Drop a leading title (Presidente, Presidenti): a word seen before a first name and surname."""
    every = [form.split() for c in forms.values() for form in c]
    first_names = {words[0] for words in every if len(words) == 2}
    # A first name the surname goes without somewhere ("Meloni", "Presidente Meloni"); one it never goes
    # without is the first of two surnames ("Nataša Pirc Musar", "Pirc Musar"), and the word before it no title.
    apart: set[str] = set()
    for c in forms.values():
        # Read per person: each first name among its forms, and whether one of its forms goes without it
        # (an archive's person has hundreds of forms, and the first names of all persons are thousands).
        split = [set(form.split()) for form in c]
        for word in set().union(*split) & first_names:
            if not all(word in words for words in split):
                apart.add(word)
    titles = {words[0].casefold()[:_STEM] for words in every if len(words) == 3 and words[1] in first_names
              and (words[1] in apart or _titled(words[0].casefold()))}
    for key, c in forms.items():
        stripped: Counter[str] = Counter()
        for form, n in c.items():
            first, _, rest = form.partition(" ")
            stripped[rest if first.casefold()[:_STEM] in titles and rest else form] += n
        forms[key] = stripped


# A visit id opening with its year and month ("2026-03-zagreb").
_ID_MONTH = re.compile(r"(\d{4})-(\d\d)(?!\d)")
# How many years either side of the corpus's dates a year-less day is looked for on its weekday.
_WEEKDAY_YEARS = 6
# How far past a dated corpus's last date an undated article's year-less day may fall (days).
_YEARLESS_AHEAD = 183


def _yearless_day(p: _Profile, visit_id: str, reference: date) -> date | None:
    """The first day and month an undated article names without a year: in the year that puts it nearest the
    month of its visit's id, else, when the text names a weekday, in the latest year up to a little after
    `reference` (the corpus's last date, or today) where the day falls on it: "u ponedjeljak 9. ožujka" is
    9 March 2026, a Monday. The weekday written with the day decides, not one naming a later stop."""
    named = _ID_MONTH.match(visit_id)
    weekdays = {w for year, month, day, w, _ in p.sig.mentions if w is not None and day is None}
    # A dated corpus may run a little past its last article; undated, nothing is reported before it happens.
    today = date.today()
    limit = min(reference + timedelta(days=_YEARLESS_AHEAD), today) if reference < today else reference
    for year, month, day, written, _ in p.sig.mentions:
        if year is not None or month is None or day is None:
            continue
        if named:
            anchor = date(int(named[1]), int(named[2]), 15)
            return dates.to_date(dates.resolve(dates.Mention(0, 0, None, month, day, None, None), anchor))
        wanted = {written} if written is not None else weekdays
        fits = dates.weekday_fits(month, day, wanted, range(reference.year - _WEEKDAY_YEARS,
                                                            reference.year + _WEEKDAY_YEARS + 1))
        # The past first, as news mostly reports; else the soonest day ahead.
        past = [d for d in fits if d <= limit]
        return max(past) if past else min(fits, default=None)
    return None


def _day_in_visit(p: _Profile, start: str | None, end: str | None) -> str | None:
    """The first day and month an undated article names without a year, in the year that puts it
    within MAX_GAP_DAYS of the visit's span (the span of its dated articles), else None."""
    if p.when is not None or start is None or end is None:
        return None
    lo, hi = date.fromisoformat(start), date.fromisoformat(end)
    for year, month, day, _, _ in p.sig.mentions:
        if year is not None or month is None or day is None:
            continue
        # Around New Year the visit's year may be the next or the last one.
        for y in (lo.year, lo.year - 1, hi.year + 1):
            try:
                when = date(y, month, day)
            except ValueError:
                continue
            if lo - timedelta(days=MAX_GAP_DAYS) <= when <= hi + timedelta(days=MAX_GAP_DAYS):
                return when.isoformat()
        return None
    return None


def _span(ps: list[_Profile]) -> tuple[str | None, str | None]:
    """First and last day: the articles' dates and the days they mention close to them."""
    # A preview dates no day of the visit: its event starts on the first day it announces, and the days it names up
    # to its own ("announced on Friday") are before the event.
    ahead = [_announced(p) for p in ps]
    whens = [a or p.when for p, a in zip(ps, ahead) if p.when]
    if not whens:
        return None, None
    days = [day for p, a in zip(ps, ahead) for day in map(date.fromisoformat, p.days)
            if a is None or p.when is None or day > p.when]
    # A report published after the event ("si è chiuso ieri", the day after the forum closed) dates no day
    # of it: the latest article, later than every other article and every day any of them mentions, whose
    # own dates all lie before it, or which names no day at all while the others date the event ("held talks
    # in Prague", published the day after an article dated the talks "on Wednesday"; "today" would be a day
    # of its own). (Alone, an article keeps its date: it may tell today's talks undated.)
    late = max(whens)
    if whens.count(late) == 1 and len(whens) >= 2 and days and all(d < late for d in days):
        whens.remove(late)
    lo, hi = min(whens), max(whens)
    near = [d for d in days if lo - timedelta(days=SAME_TIME_DAYS) <= d <= hi + timedelta(days=SAME_TIME_DAYS)]
    return min([lo, *near]).isoformat(), max([hi, *near]).isoformat()


def _announced(p: _Profile) -> date | None:
    """The first day a preview announces (see dates.announced), within a week of its date."""
    return dates.announced(p.sig.mentions, p.when) if p.when else None


def _title(place: str | None, keys: list[str], names: dict[str, str], countries: dict[str, str],
           forms: Mapping[str, Mapping[str, int]] | None = None, given: Container[str] = (),
           at_summit: bool = False) -> str:
    """'Tokayev visits Putin in Moscow' when the host is known, else 'Putin and Tokayev in Moscow'; `given`,
    the keys of the people the text calls by their given name (see _called_by_given_name); `at_summit`, whether
    the articles say the two met at a summit."""
    written = forms or {}
    latin = _latin_names(keys, names, written)
    short = [_short(latin[k], k, written.get(k), k in given) for k in keys]
    where = f" in {places.shown(place)}" if place else ""
    host_country = (p.country if (p := places.lookup(place)) else None) if place else None
    if len(keys) == 2 and host_country:
        # The one of two leaders tied to the visited country is the host; the other, tied to another
        # country or to none the text names, came to see them.
        hosts = [k for k in keys if countries.get(k) in (host_country, HOST)]
        guests = [k for k in keys if countries.get(k) not in (host_country, HOST)]
        if len(hosts) == 1 and len(guests) == 1:
            guest, host = keys.index(guests[0]), keys.index(hosts[0])
            return f"{short[guest]} visits {short[host]}{where}"
        # No one tied to the visited country, one leader tied to another ("il presidente tedesco"): the
        # text marks the foreigner, so the other, whom it needs to introduce to no one, is at home.
        foreign = [k for k in keys if countries.get(k) is not None]
        # (Not at a summit in a third country: "on the sidelines of the summit in Dublin" two guests meet, and the
        # one whose country the text leaves unsaid is no host.)
        if not hosts and len(foreign) == 1 and not at_summit:
            home = next(k for k in keys if k != foreign[0])
            return f"{short[keys.index(foreign[0])]} visits {short[keys.index(home)]}{where}"
    if not short:
        return f"Visit{where}" if place else "Visit"
    return " and ".join(sorted(short)) + where


def _is_latin(name: str) -> bool:
    """Whether every letter of a name is a Latin one (Sybiha, Šefčovič; not Сибіга)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def _latin_names(keys: Sequence[str], names: Mapping[str, str],
                 forms: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """The names an English title and the participants show: a person shown in another script (a speaker's
    "Олексій Кулеба") by the Latin form another article of the visit writes ("Oleksii Kuleba"), when there is
    one, else by its Latin spelling where the script is one an English reader cannot read (romanise.latin)."""
    out = {k: names[k] for k in keys}
    for k in keys:
        if not _is_latin(names[k]):
            written = Counter({f: n for f, n in forms.get(k, {}).items() if _is_latin(f)})
            out[k] = _display_form(written) if written else romanise.latin(names[k]) or names[k]
    return out


def _participant_names(keys: Sequence[str], names: Mapping[str, str], forms: Mapping[str, Mapping[str, int]],
                       quoted_as: set[str]) -> tuple[str, ...]:
    """The participants' names: each as the title names them (see _latin_names), except a person the visit's quotes
    go by a heading in another script ("Александр Новак", quoted only in Russian, beside the French article's
    "Alexandre Novak"): the participant is the speaker whose quotes the visit lists, under the same name."""
    latin = _latin_names(keys, names, forms)
    out: list[str] = []
    for k in keys:
        # (The display form may be another article's spelling: the quotes' heading is then one of the written forms.)
        headings = {names[k]} & quoted_as or {f for f in forms.get(k, {}) if f in quoted_as}
        heading = headings.pop() if len(headings) == 1 else latin[k]
        # Only a heading that spells the Latin name word for word: a heading the speakers stage glued a place to
        # ("Даугавпилсе Пашинян", in Daugavpils Pashinyan) or in a script no skeleton reads keeps the Latin name.
        out.append(heading if _spelt_alike(heading, latin[k]) else latin[k])
    return tuple(out)


def _spelt_alike(a: str, b: str) -> bool:
    """Two names with as many words, each capitalised (a cased script an English reader can follow, not Thai), each
    pair's consonant skeletons alike past their first letter, which scripts write apart (Александр Новак, Alexandre
    Novak; Юлія, Julia): one name in two scripts."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        x[:1].isupper() and (sa := skeleton(x)) and (sb := skeleton(y)) and sa[1:] == sb[1:] for x, y in zip(wa, wb))


def _summit_title(place: str | None, keys: list[str], names: dict[str, str],
                  forms: Mapping[str, Mapping[str, int]], more: int = 0, label: str = "Summit",
                  given: Container[str] = ()) -> str:
    """'Summit in Dubrovnik: Milanović, Pellegrini, Pavel': the leaders the text names most, in that order,
    and "+2" for `more` participants the title leaves out; `label` says what the meeting is ("Meeting");
    `given` as in _title."""
    latin = _latin_names(keys, names, forms)
    short = ", ".join(_short(latin[k], k, forms.get(k), k in given) for k in keys) + (f" +{more}" if more > 0 else "")
    where = f" in {places.shown(place)}" if place else ""
    return f"{label}{where}: {short}" if short else f"{label}{where}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold_keep(text)).strip("-")


# Letters that NFKD does not take apart into a Latin letter and a mark: folded by hand, so that an id keeps
# them ("Tromsø" is tromso, not troms; "Łódź" lodz).
_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ß": "ss", "ı": "i", "þ": "th", "ð": "d",
                               "ə": "a", "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y"})


def _fold_keep(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _new_id(start: str | None, place: str | None, first: str, taken: set[str]) -> str:
    """2022-02-moscow; undated visits take the first article's id so they stay stable."""
    base = "-".join(x for x in (start[:7] if start else "undated", _slug(places.shown(place)) if place else "") if x)
    if not start:
        base = f"{base}-{first.split('_')[0]}"
    vid, n = base, 2
    while vid in taken:
        vid, n = f"{base}-{n}", n + 1
    return vid


def timeline(visits: Sequence[Visit]) -> list[tuple[Visit, int | None]]:
    """Visits in date order with the days since the previous dated one (None for the first or undated)."""
    ordered = sorted(visits, key=lambda v: (v.start or "9999", v.id))
    out: list[tuple[Visit, int | None]] = []
    prev: date | None = None
    for v in ordered:
        d = dates.to_date(v.start)
        out.append((v, (d - prev).days if d and prev else None))
        prev = d or prev
    return out
