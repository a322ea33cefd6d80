"""Extractive summaries: per article (news default, central, lead, sumy's methods) and per visit."""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING, NamedTuple

from digest import data, language
from digest.dates import announced, to_date
from digest.cleaning import translation_note, translation_note_words
from digest.config import SummarySettings
from digest.model import Article, Quote, Sentence, SummaryLine
from digest.quotes import QA_MIN_PAIRS
from digest.sentences import lower_initial, unspaced_words

if TYPE_CHECKING:
    import numpy as np

# sumy's language names (bench/perf.py drives sumy directly with them).
SUMY_LANGUAGES = {
    "en": "english", "de": "german", "it": "italian", "fr": "french", "es": "spanish",
    "pl": "polish", "ru": "russian", "pt": "portuguese", "nl": "dutch", "cs": "czech",
}
SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction")
# Sentences handed to a sumy method at most: LexRank, TextRank, LSA and Reduction are quadratic
# in sentences, KL cubic (75 s at 400 sentences), so a long article is cut to its opening part.
SUMY_CAPS = {"kl": 60, "lexrank": 200, "textrank": 200, "lsa": 200, "reduction": 200}
SUMY_CAP = 1000
# Our central method builds a sentence-by-sentence similarity matrix only up to this many
# sentences; past it, similarity to the document centroid (linear) stands in for it.
PAIRWISE_CAP = 400
# Sentence pairs counted at once when finding the terms they share (memory, not speed).
PAIR_CHUNK = 1 << 20

MIN_WORDS = 5
"""Shorter sentences are fragments (labels, bylines, stray lines)."""
MAX_WORDS = 60
"""Longer sentences are run-ons (lists or splitter failures) that read badly alone."""

# News: the prior that the lead carries the story, and how much the other signals may move it.
LEAD_DECAY = 0.6
CENTRALITY_WEIGHT = 0.1
TITLE_WEIGHT = 0.1
REDUNDANCY_WEIGHT = 0.2
# Central method: how much a reference sentence's length counts (score x (words / mean)^this), and
# the bonus that makes a guide's summary take the best sentence of each stretch of its steps.
LENGTH_EXPONENT = 1.0
STEP_BONUS = 1.0
# Reference text is recognised by its defining opening; this bonus (half the top score) lets that
# definition (the first fit sentence among the opening ones) lead its summary, as a lexicon entry's
# own summary does, unless a far more central sentence competes with it.
DEFINITION_BONUS = 0.5
# Candidates MMR looks at beyond the sentences wanted.
MMR_POOL = 30
# A sentence this similar (term cosine) to one already chosen says the same thing.
SAME_THING = 0.5
# Down-weights: a sentence that opens with a quote mark, one whose quote runs on past its end,
# and one that opens by pointing back at the sentence before it.
QUOTE_OPENING = 0.9
QUOTE_RUNS_ON = 0.5
ANAPHORIC = 0.7
# The first sentences of news are its teaser: a short line there still belongs to the story, and
# so does a question in the first two (MLSUM's references are such teasers); both are down-weighted.
LEAD_TEASER = 3
LEAD_QUESTIONS = 2
TEASER = 0.8
MIN_TEASER_WORDS = 3
# A sentence this short right before a quotation in its paragraph announces it ("X was more measured.").
ANNOUNCER_WORDS = 8
# Kinds of text, each summarised its own way.
NEWS, GUIDE, REFERENCE = "news", "guide", "reference"
# Share of sentences speaking to the reader above which a text is a guide, not news.
ADDRESS_SHARE = 0.3
# Reference text that opens with a definition reports little: below this share of sentences
# with a reporting verb or a weekday, a definitional opening marks it as reference.
REPORTING_SHARE = 0.06
# How far into the first sentence (in words, parentheses dropped) its defining verb may stand.
DEFINITION_REACH = 16
# Sentences read as the opening, and how many words after "is" its article may come ("is now a").
OPENING_SENTENCES = 3
ARTICLE_REACH = 3

# (A Han, kana or Hangul character is a word of its own: a Chinese sentence, written without spaces, counts about
# as many words as it is long, not one per clause.)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORD = re.compile(rf"[^\W{_CJK}]++(?:[-'’][^\W{_CJK}]++)*+|[{_CJK}]", re.UNICODE)
_OPEN_MARKS = "\"“„«‹‚‘'"
_DOUBLE_OPEN = "“„«"
_QUOTE_MARK = re.compile("[\"“„«‘‹»”]")
_DOUBLE_CLOSE = "”“»"
# Dash dialogue (pl, ru, uk, cs, es, it...): a paragraph opening with a dash and a space is speech
# (an en or em dash: a hyphen opens list items).
_DIALOGUE = ("– ", "— ")
# (Possessive: a word split into several \w+ pieces matches nothing more, and trying every split of a long
# sentence with no label cost milliseconds.)
_LABEL = re.compile(r"^\W*+(?:\w++[\s'’]*+){1,3}+:\s")
_LABEL_END = re.compile("[:;,]")
# Marks that open a list's item, never a sentence (a dash may open a line of dialogue).
_BULLETS = frozenset("•▪◦⁃●►*")
# A label in capitals before a colon: a transcript's speaker ("PRESIDENT VON DER LEYEN:", "Q:") or a kicker.
_CAPITALS_LABEL = re.compile(r"^\W*+(?:\w++[\s'’.-]*+){1,6}+:\s")


def summarise(
    text: str,
    sentences: Sequence[Sentence],
    lang: str,
    title: str | None,
    settings: SummarySettings,
    quotes: Sequence[Quote] = (),
) -> tuple[int, ...]:
    """Indices into `sentences` forming the summary, in document order."""
    if not sentences:
        return ()
    texts = [" ".join(text[s.start : s.end].split()) for s in sentences]
    method = settings.method
    if method == "lead":
        return _take(list(range(len(texts))), texts, settings)
    if method in SUMY_METHODS:
        return _sumy(texts, lang, method, settings)
    # Lower-cased once for the whole article (no cue or caption holds a line break); see _tokens.
    lowered = "\n".join(texts).lower()
    if language.unspaced(lang):
        # Character bigrams: the terms of a language written without spaces (sentences.unspaced_words).
        toks = [unspaced_words(t) for t in lowered.split("\n")]
    else:
        toks = [_WORD.findall(t) for t in lowered.replace("’", "'").split("\n")]
    ends = [_ending(t) for t in texts]
    doc = _prepare(texts, lowered, toks, ends, sentences, lang, quotes)
    kind = _kind(texts, toks, ends, lang) if method in ("auto", "central") else NEWS
    if method == "auto":
        method = "news" if kind == NEWS else "central"
    if method == "news":
        scores = _news_scores(doc, title, lang)
    else:
        scores = _central_scores(doc, kind, _wanted(len(texts), settings))
    return _select(doc, scores, settings)


def looks_like_news(texts: Sequence[str], lang: str) -> bool:
    """False for guides and reference text, which a centrality method serves better than the lead."""
    return text_kind(texts, lang) == NEWS


def text_kind(texts: Sequence[str], lang: str) -> str:
    """NEWS, GUIDE (speaks to its reader, gives instructions) or REFERENCE (opens by defining its subject)."""
    return _kind(texts, [_tokens(t) for t in texts], [_ending(t) for t in texts], lang)


def _kind(texts: Sequence[str], toks: Sequence[list[str]], ends: Sequence[str], lang: str) -> str:
    cues = _cues(lang)
    if not texts or not cues:
        return NEWS
    # Sentences are read until the counts decide: instructions until the share of a guide is
    # reached or out of reach, then reporting until it is frequent enough for news.
    n = len(texts)
    instructing = reporting = 0
    may_guide = True
    # Reporting what someone said or dating itself by the day marks news; quote marks are no
    # sign, as reference text quotes titles, names and translations.
    news, address = _cue(lang, "news"), _cue(lang, "address")
    for k, (text, words, end) in enumerate(zip(texts, toks, ends)):
        reports = _mentions(words, news)
        reporting += reports
        if may_guide:
            instructing += _instructs(text, words, end, reports, address, lang)
            if instructing / n >= ADDRESS_SHARE:
                return GUIDE
            may_guide = (instructing + n - k - 1) / n >= ADDRESS_SHARE
        elif reporting / n >= REPORTING_SHARE:
            return NEWS
    if reporting / n < REPORTING_SHARE and _defines(texts, lang):
        return REFERENCE
    return NEWS


def _ending(text: str) -> str:
    """The non-word characters that end a text: '?"', ".", ":" (a scan from the end, not a regex search)."""
    i = len(text)
    while i and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


def _asks(end: str) -> bool:
    """A text with this ending (see _ending) asks: "?", "?»"."""
    return "?" in end or "¿" in end


def _tokens(text: str) -> list[str]:
    """Lower-case words, typographic apostrophes made plain."""
    return _WORD.findall(text.lower().replace("’", "'"))


def _instructs(text: str, toks: list[str], end: str, reports: bool, address: _Cue, lang: str) -> bool:
    """The sentence addresses the reader ("you", "dein": the `address` cues) or opens with an imperative ("Mix")."""
    # News quotes people speaking to someone ("you can't win the league"): that is not a guide.
    if not toks or reports or _QUOTE_MARK.search(text):
        return False
    if _mentions(toks, address):
        return True
    return not _asks(end) and _imperative(toks[0].split("-")[0], lang)


@lru_cache(maxsize=1 << 16)
def _imperative(word: str, lang: str) -> bool:
    """Whether a first word is an imperative; cached, as guides open many sentences with the same verbs."""
    cues = _cues(lang)
    verbs = cues.get("imperative", frozenset())
    if word in verbs:
        return True
    # Italian and Spanish glue pronouns to the imperative, moving the accent: "colócalo" ~ "coloca".
    bare = _strip_accents(word)
    return any(
        bare.endswith(e) and _strip_accents(bare[: -len(e)]) in _folded(verbs)
        for e in cues.get("enclitic", ())
        if len(bare) > len(e) + 2
    )


_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _defines(texts: Sequence[str], lang: str) -> bool:
    """The text opens by defining its subject: "X (...) is a ...", "X ist eine ...", "Als X bezeichnet man ..."."""
    # Only the opening is read: the first few sentences long enough to count.
    real = list(islice((t for t in texts if len(_WORD.findall(t)) >= MIN_WORDS), OPENING_SENTENCES))
    if not real:
        return False
    # Abbreviations and dates inside the opening parentheses often fool the splitter: the first
    # sentence is read on until its parentheses close, and then without them.
    opening, more = real[0], iter(real[1:OPENING_SENTENCES])
    while opening.count("(") > opening.count(")") and (nxt := next(more, None)):
        opening += " " + nxt
    while (bare := _PARENTHESES.sub(" ", opening)) != opening:
        opening = bare
    toks = _tokens(opening)[:DEFINITION_REACH]
    cues = _cues(lang)
    articles = cues.get("article", frozenset())
    if len(toks) < MIN_WORDS:
        return False
    # "Is" defines when its subject is a name or a noun ("Die Tuba", "AC/DC"), not a clause
    # ("Dass ...", "On television ..."); "bezeichnet", "refers to" define whatever precedes them.
    named = toks[0] not in _stop_words(lang) or toks[0] in articles
    for k in range(1, len(toks) - 1):
        if any(tuple(toks[k : k + len(p)]) == p for p in _phrases(lang, "defining")):
            return True
        if named and toks[k] in cues.get("definition", frozenset()):
            # Elided articles are glued to their noun: "l'utero", "un'isola".
            after = [t[: t.find("'") + 1] or t for t in toks[k + 1 : k + 1 + ARTICLE_REACH]]
            if not articles or not articles.isdisjoint(after):
                return True
    return False


class _Cue(NamedTuple):
    """A section of a language's cues, ready to be looked for in a sentence's words."""

    words: frozenset[str]
    """All its cues: the one-word ones match a word, the phrases (with spaces) never do."""
    heads: frozenset[str]
    """The first words of its phrases."""
    phrases: tuple[str, ...]
    """Its phrases, padded with spaces to match whole words of the words joined by spaces."""


@cache
def _cue(lang: str, section: str) -> _Cue:
    phrases = [p for p in _phrases(lang, section) if len(p) > 1]
    return _Cue(
        _cues(lang).get(section, frozenset()),
        frozenset(p[0] for p in phrases),
        tuple(f" {' '.join(p)} " for p in phrases),
    )


def _mentions(toks: list[str], cue: _Cue) -> bool:
    """Whether the words hold one of the cues, a word or a phrase."""
    if not cue.words.isdisjoint(toks):
        return True
    # Most sentences hold no phrase's first word: no need to join them.
    if cue.heads.isdisjoint(toks):
        return False
    joined = f" {' '.join(toks)} "
    return any(p in joined for p in cue.phrases)


@cache
def _phrases(lang: str, section: str) -> tuple[tuple[str, ...], ...]:
    """A section's cues as word tuples."""
    return tuple(tuple(p.split()) for p in _cues(lang).get(section, ()))


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(map(_strip_accents, words))


def stems(text: str, lang: str) -> list[str]:
    """Lower-cased, stemmed word tokens of a text, stop words kept (for ROUGE and overlap)."""
    stem = _stemmer(lang)
    if language.unspaced(lang):
        return unspaced_words(text.lower())
    return [stem(w.lower()) for w in _WORD.findall(text)]


@dataclass(frozen=True)
class _Doc:
    """Sentences of one article prepared for scoring."""

    texts: tuple[str, ...]
    stems: tuple[list[str], ...]
    """Content stems of each sentence in order (stop words and numbers dropped)."""
    terms: tuple[frozenset[str], ...]
    """The distinct content stems of each sentence."""
    words: tuple[int, ...]
    """Word count of each sentence."""
    weight: tuple[float, ...]
    """1 for a sentence fit to stand alone, less when down-weighted, 0 when it must not be chosen."""
    lang: str
    """Language of the text, whose cues read its sentences."""


def _prepare(
    texts: Sequence[str],
    lowered: str,
    tokens: Sequence[list[str]],
    ends: Sequence[str],
    sentences: Sequence[Sentence],
    lang: str,
    quotes: Sequence[Quote],
) -> _Doc:
    """Stems and fitness of each sentence; `lowered` is the texts lower-cased, joined by line breaks."""
    content = _content_stems(lang)
    labelled = _labelled_answers(sentences, quotes)
    quoted, midway = _fully_quoted(sentences, [q for q in quotes if not _labels_answer(q)])
    # An interviewer's question ("La premier ha parlato di 6 miliardi. Milei ha detto 9. Chi ha ragione?") reads
    # as the article's own news, and alone it is half of what the interviewee answers.
    questions = _interview_questions(texts, sentences, quoted, labelled)
    voiced = _quote_openings(quotes)
    byline = _cues(lang).get("byline", frozenset())
    # Caption cues are rare: only those the article holds at all are looked for in its sentences.
    captions = tuple(p for p in _cues(lang).get("caption", ()) if p in lowered)
    note_words = translation_note_words()
    resumed = _resumed(texts, sentences, quotes)
    stems, words, weight = [], [], []
    for i, (t, low, toks, end) in enumerate(zip(texts, lowered.split("\n"), tokens, ends)):
        stems.append(list(filter(None, map(content.__getitem__, toks))))
        words.append(len(toks))
        w = _fitness(t, low, toks, end, i, byline, captions)
        # A credit saying the article is a translation tells the reader nothing of the news.
        # (A note holds one of note_words as a _WORD of its lower-cased line, apostrophes made plain:
        # most sentences have none, and are not searched.)
        if not note_words.isdisjoint(toks) and translation_note(t):
            w = 0.0
        # "This was reported by the ministry's press service" only says where the sentence before came from.
        if w and toks and _attribution(toks, lang):
            w = 0.0
        # A sentence wholly inside a speech quote is a voice without its speaker: alone in a summary
        # ("\"No venimos a pedir.\"") it tells the reader no one said it.
        if i in quoted or i in questions:
            w = 0.0
        elif _announces(texts, sentences, i, len(toks)):
            w = 0.0
        # Halfway through a statement, a word pointing back ("jej", "it") points into its first half.
        if _opens_dialogue(t, sentences, i, voiced) or (i in midway and _leans_back(t, lang)):
            w = 0.0
        # The rest of a dash quote ("– Man bygger inte … hat. Bygg Libanon …, sade påven."): no mark shows
        # it is speech, so alone it reads as the article's own words, half a quotation. (A dash closing the
        # speech before its cue, "…, — сказал президент", shows it.)
        elif (i in midway and texts[midway[i]][:2] in _DIALOGUE and not _QUOTE_MARK.search(t)
              and not any(d in t for d in _DIALOGUE)):
            w = 0.0
        # The second paragraph of a statement, or a quotation whose cue names no one ("«…», afirmou."),
        # leans on the sentence before: weaker, chosen only where no better sentence is left.
        if w and (i in resumed or _cue_without_teller(t, lang)):
            w *= ANAPHORIC
        weight.append(w)
    return _Doc(tuple(texts), tuple(stems), tuple(map(frozenset, stems)), tuple(words), tuple(weight), lang)


def _quote_openings(quotes: Sequence[Quote]) -> dict[int, int]:
    """Where each part of a speech quote opens -> where it ends."""
    return {
        a: b for q in quotes if q.kind == "speech" for a, b in (q.parts or ((q.start, q.end),))
    }


def _opens_dialogue(text: str, sentences: Sequence[Sentence], i: int, voiced: dict[int, int]) -> bool:
    """A paragraph of dash dialogue opening with this sentence, whose speaker comes in a later one
    ("– Litwa i Polska mówią jednym głosem. … – mówił prezydent Litwy."): alone it is half a quotation.
    Only at a paragraph's start: "MALIBU, CALIF. — Good luck…" is a dateline's dash. `voiced` maps
    where speech quotes open to where they end (see _quote_openings)."""
    if text[:2] not in _DIALOGUE or not (i == 0 or sentences[i - 1].block != sentences[i].block):
        return False
    s = sentences[i]
    # The quote found opening here tells whether its cue is in this sentence; a dash inside the
    # sentence may be Russian's copula ("— Узбекистан для нас — союзник.") rather than the cue's.
    for a in range(s.start, min(s.start + 4, s.end)):
        if a in voiced:
            return voiced[a] >= s.end - 2
    return not any(d in text[2:] for d in _DIALOGUE)


def _announces(texts: Sequence[str], sentences: Sequence[Sentence], i: int, words: int) -> bool:
    """Whether a short sentence only leads into the quotation opening the next one in its paragraph
    ("The Kazakh leader was more measured. “We see …”"): alone it says nothing."""
    if words > ANNOUNCER_WORDS or i + 1 >= len(texts) or sentences[i + 1].block != sentences[i].block:
        return False
    return texts[i + 1][:1] in _OPEN_MARKS and not _QUOTE_MARK.search(texts[i])


class _ContentStems(dict[str, str]):
    """Memo of a language: lower-case word -> its stem, or "" for a stop word or a number."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        from digest.sentences import stemmer, unelided

        # The plain stemmer: this memo already keeps each word's stem.
        self.stop, self.stem = _stop_words(lang), stemmer(lang)
        self.strip = unelided(lang) or str

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        # "dell'altro" is a stop word once its elided article is off.
        bare = self.strip(word)
        s = self[word] = "" if bare in self.stop or bare.isdigit() else self.stem(bare)
        return s


@cache
def _content_stems(lang: str) -> _ContentStems:
    return _ContentStems(lang)


def _fitness(
    text: str, low: str, toks: list[str], end: str, position: int, byline: frozenset[str], captions: Sequence[str]
) -> float:
    """How fit a sentence is to stand alone in a summary: 0 excludes it (arguments as for _flaw)."""
    if _flaw(text, low, toks, end, position, byline, captions):
        return 0.0
    if len(toks) < MIN_WORDS or _asks(end):
        return TEASER
    first = text[:1]
    if first not in _OPEN_MARKS:
        return 1.0
    runs_on = sum(text.count(c) for c in _DOUBLE_OPEN) > sum(text.count(c) for c in _DOUBLE_CLOSE) or (
        first == '"' and text.count('"') % 2 == 1
    )
    return QUOTE_OPENING * (QUOTE_RUNS_ON if runs_on else 1.0)


def _flaw(
    text: str, low: str, toks: list[str], end: str, position: int, byline: frozenset[str], captions: Sequence[str]
) -> str | None:
    """Why a sentence cannot stand in a summary, or None; the lead's teaser may be short or ask.

    `low` is the text lower-cased, `toks` its words (see _tokens), `end` its ending (see _ending);
    `byline` and `captions` are the language's cues of those (captions: those the article holds).
    """
    words = len(toks)
    if text[:1] in _BULLETS:
        return "list item"  # "• Trade 2025: 5.1 billion euros": a fact box's entry, no sentence of the story
    label = _CAPITALS_LABEL.match(text) if ":" in text else None
    if label and label.group().isupper():
        # A transcript's speaker label or a kicker in capitals ("PRIME MINISTER GOLOB: Good afternoon.", "Q: Maja
        # Novak, RTV Slovenija.") names who speaks, not what is said: the words after it decide, and a greeting
        # or a journalist's introduction under one is no teaser of the story.
        if words - len(_WORD.findall(label.group())) < MIN_WORDS:
            return "fragment"
    if words < (MIN_TEASER_WORDS if position < LEAD_TEASER else MIN_WORDS):
        return "fragment"
    # A short line in the lead may be a teaser, unless it credits someone ("Directed by Ridley Scott").
    if words < MIN_WORDS and not byline.isdisjoint(toks):
        return "byline"
    if words > MAX_WORDS:
        return "run-on"
    if position >= LEAD_QUESTIONS and _asks(end):
        return "question"
    label = _LABEL.match(text) if ":" in text else None
    # "Photo: ...", "Editor's note: ..." are captions; an upper-case kicker ("EXCLUSIVE:") heads a real sentence.
    if _LABEL_END.search(end) or (label and not label.group().isupper()):
        return "label"
    if captions and any(p in low for p in captions):
        return "caption"
    if _byline(text, low, byline):
        return "byline"
    # (Georgian's Mkhedruli, lower case to Unicode, has no capitals to open a sentence with: see lower_initial.)
    if text[:1].isalpha() and lower_initial(text):
        return "lower-case start"
    if _half_quote(text):
        return "half a quotation"
    return None


def _half_quote(text: str) -> bool:
    """A sentence that opens a quotation without closing it, or closes one it never opened: one
    sentence of a longer quotation, which alone would show half of it. (German „…“ closes with “.)"""
    if "«" in text or "»" in text:
        if text.count("«") != text.count("»"):
            return True
    low9 = text.count("„")
    if low9:
        return low9 != text.count("“") + text.count("”")
    # Straight quotation marks open and close alike: an odd number of them is half a quotation too (a Tamil
    # '"…. அதற்காக … தெரிவிக்கிறேன்" என்று ஜனாதிபதி கூறினார்.' opened with its second sentence).
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _byline(text: str, low: str, openers: frozenset[str]) -> bool:
    """"By Jane Doe, Berlin ...", "Von Max Muster": an opener, then only capitalised words up to a comma or the end.

    `text` is whitespace-normalised (its first word ends at the first space), `low` is it lower-cased.
    """
    if low.partition(" ")[0] not in _first_words(openers):
        return False
    words = text.split()
    for p in openers:
        k = len(p.split())
        if [w.lower() for w in words[:k]] != p.split():
            continue
        names = 0
        for w in words[k : k + 5]:
            if not w[:1].isupper():
                break
            names += 1
            if w.endswith(","):
                return names >= 1
        return names >= 2 and (len(words) <= 12 or names == len(words) - k)
    return False


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases if p.split())


_LETTERS = re.compile(r"[^\W_]+")


# A short clause set off by commas inside a sentence ("Ireland, he recalled, is …", "Irlanda, va recordar, és …").
_INSERTED = re.compile(r",[ \t\u00a0]*((?:[^\W\d_]+[ \t\u00a0]+){0,2}[^\W\d_]+)[ \t\u00a0]*,")


def _unnamed_teller(text: str, lang: str) -> bool:
    """Whether the sentence tells whose words it gives only by an inserted speech verb with a pronoun or no
    subject at all ("Ireland, he recalled, is a member", "Irlanda, va recordar, és membre"): the teller is
    named in a sentence before it, and alone the line leaves a reader asking who."""
    if "," not in text:
        return False
    from digest.speakers import lexicon

    verbs = lexicon(lang).speech_verbs
    return any(inserted.islower() and any(w in verbs for w in inserted.split())
               for inserted in _INSERTED.findall(text))


# A quotation closed by a cue of at most two lower-case (or uncased) words and nothing else ("«…», afirmou.",
# "« … », a-t-elle souligné.", "\"…,\" he said.", Pashto "«…،» یې وویل."): a hyphenated form is one word; the
# comma stands after the closing mark or before it.
_BARE_CUE = re.compile(r"(?:[\"”“»›’'][ \t\u00a0]*,|,[\"”“»›’'])[ \t\u00a0]*"
                       r"((?:[^\W\d_]+(?:[-'’][^\W\d_]+)*[ \t\u00a0]*){1,2})[.!?…]?$")


def _cue_without_teller(text: str, lang: str) -> bool:
    """Whether a quotation ends with a speech verb whose subject is a pronoun or dropped ("«…»,
    afirmou.", "\"…\", he said."): who spoke is named in a sentence before, and alone the line
    leaves a reader asking who."""
    if text[:1] not in _OPEN_MARKS or not (m := _BARE_CUE.search(text)):
        return False
    from digest.speakers import lexicon

    lex = lexicon(lang)
    words = re.findall(r"[^\W\d_]+", m.group(1))
    # A name in the cue ("…", Metsola said) tells who: a word beside the verb is lower case or, in a script without
    # capitals (Pashto "«…،» یې وویل"), one of the language's pronouns.
    return (any(w in lex.speech_verbs for w in words)
            and all(w.islower() or w in lex.speech_verbs or w in lex.pronouns for w in words))


def _resumed(texts: Sequence[str], sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> set[int]:
    """Sentences opening a later paragraph of a speech quote that began in an earlier sentence (the
    second "« Demain, nous pourrons réduire ce trajet … »" of a statement in two paragraphs): its
    words point back into the first ("ce trajet"), which a summary without it leaves unsaid."""
    later = [(p[0], q.parts[0][0]) for q in quotes if q.kind == "speech" and len(q.parts) > 1
             for p in q.parts[1:] if p[0] > q.parts[0][1]]
    out: set[int] = set()
    if not later:
        return out
    starts = [s.start for s in sentences]
    for at, first in later:
        # The sentence holding the part's start opens with it (a quotation mark may stand before).
        i = bisect_right(starts, at) - 1
        if i > 0 and first < starts[i] and not any(c.isalnum() for c in texts[i][: at - starts[i]]):
            out.add(i)
    return out


def _leans_back(text: str, lang: str) -> bool:
    """The sentence opens by pointing back ("He said", "But", "L'anno dopo").

    Not a quotation: its first words are the speaker's ("This is a great deal", he said).
    """
    if text[:1] in _OPEN_MARKS:
        return False
    if language.unspaced(lang):
        return _leans_back_unspaced(text.lstrip(), lang)
    # "It's", "L'anno": the cue is the word before the apostrophe. A capital dotted İ (Turkish
    # "İki lider") lowers to i and a combining dot, which would split the word in two.
    head = text[:40].lower().replace("i\u0307", "i")
    # Most sentences open with a word that is no cue: only those that do are read further, and in a
    # language with cues after any first word ("* sa podľa neho": "Slovensko sa podľa neho zapojí",
    # "* har han": verb-second "I dag har han …") those too.
    anaphora = _anaphora(lang)
    first = _LETTERS.search(head)
    if not first:
        return False
    cues = anaphora.get(first.group(), ()) + anaphora.get("*", ())
    if not cues:
        return False
    words = _LETTERS.findall(head)
    return any(len(words) >= len(p) and all(map(_word_fits, p, words)) for p in cues)


def _leans_back_unspaced(text: str, lang: str) -> bool:
    """The sentence of a language written without spaces opens by pointing back ("他说，…", "他又說，…"): its first
    characters are an [anaphora] cue and no [not_anaphora] word (他们, "they", is no "he")."""
    cues = _cues(lang)
    return (any(text.startswith(c) for c in cues.get("anaphora", ()))
            and not any(text.startswith(c) for c in cues.get("not_anaphora", ())))


# An attribution line is short: a longer sentence opening so ("Об этом сообщил министр, добавив, что …") says more.
ATTRIBUTION_WORDS = 12


def _attribution(toks: list[str], lang: str) -> bool:
    """The sentence only names the source of the one before ("This was reported by the press service",
    "Об этом сообщает пресс-служба МИД", "Այս մասին հայտնում են ԱԳՆ-ից"): summary_cues.txt [attribution]
    opens it. `toks` are its lower-case words (see _tokens)."""
    if len(toks) > ATTRIBUTION_WORDS:
        return False
    cues = _openers(lang, "attribution").get(toks[0], ())
    return any(len(toks) >= len(p) and all(map(_word_fits, p, toks)) for p in cues)


@cache
def _openers(lang: str, section: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A section's phrases (words as _tokens splits them) by their first word."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(lang, section):
        heads.setdefault(phrase[0], []).append(phrase)
    return {h: tuple(ps) for h, ps in heads.items()}


def _word_fits(cue: str, word: str) -> bool:
    """A cue's word fits the sentence's: the same, or "*" and an ending the word has ("*rlo": "accoglierlo",
    an infinitive carrying its object pronoun; "*" alone: any word)."""
    return word.endswith(cue[1:]) if cue[:1] == "*" else word == cue


@cache
def _anaphora(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Openers that lean on the sentence before, by their first word."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(lang, "anaphora"):
        # Split as _leans_back splits the sentence: "le chef de l'état" is le/chef/de/l/état there; a word
        # "*" or "*rlo" stands for any word or any word with that ending (see _word_fits).
        p = tuple(w for part in phrase for w in (
            [part] if part[:1] == "*" and _LETTERS.fullmatch(part[1:] or "x") else _LETTERS.findall(part)))
        heads.setdefault(p[0], []).append(p)
    return {h: tuple(ps) for h, ps in heads.items()}


def _fully_quoted(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> tuple[set[int], dict[int, int]]:
    """Sentences lying wholly inside a speech quote (a voice without its speaker), and those opening
    inside one that began in an earlier sentence (a statement picked up halfway: "To jest jej
    pierwsza linia … – powiedział Nawrocki"), each with the index of the sentence the quote opens in."""
    spans = sorted(
        part for q in quotes if q.kind == "speech" for part in (q.parts or ((q.start, q.end),))
    )
    inside: set[int] = set()
    midway: dict[int, int] = {}
    j = 0
    for i, s in enumerate(sentences):
        while j < len(spans) and spans[j][1] < s.start:
            j += 1
        if j < len(spans) and spans[j][0] <= s.start + 1:
            # (The quote's span may stop short of its closing mark and the full stop after it: «…».)
            if s.end - 2 <= spans[j][1]:
                inside.add(i)
            # (A quotation mark or dash may open the sentence: the quote began before it only if a
            # sentence before holds its start.)
            if i and spans[j][0] < sentences[i - 1].end and spans[j][0] < s.start:
                k = i - 1
                while k and sentences[k].start > spans[j][0]:
                    k -= 1  # (a quote spans a few sentences: a short walk back)
                midway[i] = k
    return inside, midway


def _labels_answer(quote: Quote) -> bool:
    """A transcript's answer, whose speaker's label in capitals opens the paragraph ("PRIME MINISTER GOLOB: …")."""
    return quote.cue.endswith(":") and quote.cue.isupper()


def _labelled_answers(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> set[int]:
    """The sentences of a transcript's labelled answers, the label's own included. Unlike a quotation's sentence
    in a report, one of them alone is no voice without its speaker: the whole article is speech, the label names
    who speaks, and the answers are all the content a transcript has."""
    out: set[int] = set()
    for q in filter(_labels_answer, quotes):
        for i, s in enumerate(sentences):
            # (The label and a space or two stand between the paragraph's start and the answer's first word.)
            if q.start - len(q.cue) - 4 <= s.start and s.end <= q.end + 1 and s.end > q.start:
                out.add(i)
    return out


def _interview_questions(
    texts: Sequence[str], sentences: Sequence[Sentence], quoted: set[int], labelled: set[int] = frozenset()
) -> set[int]:
    """The sentences of an interview's questions: a paragraph holding a question, then one wholly quoted speech
    or a transcript's labelled answer (see _labelled_answers), at least QA_MIN_PAIRS times, as the quotes stage
    reads the layout (quotes._qa_answers)."""
    answered = quoted | labelled
    paragraphs: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        paragraphs[s.block].append(i)
    order = sorted(paragraphs)
    asked: set[int] = set()
    pairs = 0
    for k, nxt in pairwise(order):
        question, answer = paragraphs[k], paragraphs[nxt]
        if (any(texts[i].endswith("?") for i in question) and not answered.intersection(question)
                and all(i in answered for i in answer)):
            asked.update(question)
            pairs += 1
    return asked if pairs >= QA_MIN_PAIRS else set()


def _news_scores(doc: _Doc, title: str | None, lang: str) -> list[float]:
    """Lead prior over fit sentences, moved by centrality and similarity to the headline."""
    central = _centroid_similarity(doc)
    title_terms = _content_terms(title or "", lang)
    titled = [len(t & title_terms) / len(title_terms) if title_terms else 0.0 for t in doc.terms]
    top_c, top_t = max(central, default=0.0) or 1.0, max(titled, default=0.0) or 1.0
    scores, rank = [], 0
    for i, w in enumerate(doc.weight):
        if w <= 0:
            scores.append(0.0)
            continue
        prior = LEAD_DECAY**rank
        rank += 1
        s = prior + CENTRALITY_WEIGHT * central[i] / top_c + TITLE_WEIGHT * titled[i] / top_t
        scores.append(s * w)
    return scores


def _central_scores(doc: _Doc, kind: str, want: int) -> list[float]:
    """Centrality, shaped by the kind of text.

    Reference text packs its facts into long sentences, so with a sentence count a longer
    sentence carries more of them, and its defining opening is kept; a guide is a sequence of
    steps, so the most central sentence of each of `want` stretches of it is preferred, and the
    summary walks through the steps.
    """
    raw = _centrality(doc)
    top = max(raw, default=0.0) or 1.0
    scores = [r / top * w for r, w in zip(raw, doc.weight)]
    if kind == REFERENCE:
        mean = sum(doc.words) / len(doc.words)
        scores = [s * (n / mean) ** LENGTH_EXPONENT for s, n in zip(scores, doc.words)]
        opening = next((i for i in range(min(len(scores), OPENING_SENTENCES)) if scores[i] > 0), None)
        if opening is not None:
            scores[opening] += DEFINITION_BONUS
    elif kind == GUIDE:
        n = len(scores)
        for k in range(want):
            stretch = [i for i in range(k * n // want, (k + 1) * n // want) if scores[i] > 0]
            if stretch:
                scores[max(stretch, key=scores.__getitem__)] += STEP_BONUS
    return scores


def _centrality(doc: _Doc) -> list[float]:
    """TextRank-style centrality on shared content words (centroid similarity on long texts), vectorised."""
    n = len(doc.texts)
    if n > PAIRWISE_CAP:
        return [c * w for c, w in zip(_centroid_similarity(doc), doc.weight)]
    import numpy as np

    shared = _shared_terms(doc.terms)
    if not shared.any():
        return list(doc.weight)
    size = np.log(np.array([len(t) for t in doc.terms], dtype=float) + 2.0)
    sim = shared / (size[:, None] + size[None, :])
    sim *= np.array(doc.weight) > 0
    sim /= np.maximum(sim.sum(axis=1), 1e-12)[:, None]
    # PageRank with the usual damping; converges in a few dozen steps.
    p = np.full(n, 1.0 / n)
    for _ in range(100):
        nxt = 0.15 / n + 0.85 * (sim.T @ p)
        done = np.abs(nxt - p).sum() < 1e-7
        p = nxt
        if done:
            break
    return [float(v) * w for v, w in zip(p, doc.weight)]


def _shared_terms(terms: Sequence[frozenset[str]]) -> np.ndarray:
    """How many terms each pair of sets shares (0 on the diagonal), from a term index.

    Each term adds one to every pair of the sets holding it: the sum over terms of (sets holding
    it) squared, far less work than the sets x sets x terms of a dense product.
    """
    import numpy as np

    n = len(terms)
    ids: dict[str, int] = {}
    term = np.array([ids.setdefault(t, len(ids)) for ts in terms for t in ts], dtype=np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), [len(ts) for ts in terms])
    # Entries sorted by term: each term's holders form one run of `owner`, starting at run_start.
    order = np.argsort(term, kind="stable")
    term, owner = term[order], owner[order]
    df = np.bincount(term, minlength=len(ids))
    run_start = np.cumsum(df) - df
    # Entry e pairs with every entry of its run: df[term[e]] pairs, made in chunks to bound memory.
    times = df[term]
    ends = np.cumsum(times)
    total = int(ends[-1]) if len(ends) else 0
    cuts = np.searchsorted(ends, np.arange(PAIR_CHUNK, total, PAIR_CHUNK))
    counts = np.zeros(n * n, dtype=np.int64)
    for lo, hi in pairwise([0, *cuts.tolist(), len(term)]):
        t = times[lo:hi]
        rows = np.repeat(owner[lo:hi], t)
        offset = np.arange(int(t.sum())) - np.repeat(np.cumsum(t) - t, t)
        cols = owner[np.repeat(run_start[term[lo:hi]], t) + offset]
        counts += np.bincount(rows * n + cols, minlength=n * n)
    shared = counts.reshape(n, n).astype(float)
    np.fill_diagonal(shared, 0.0)
    return shared


def _centroid_similarity(doc: _Doc) -> list[float]:
    """Cosine of each sentence's tf-idf vector with the rest of the document: linear time.

    A sentence's terms are taken in the order they first occur in it, and sums with bincount,
    which adds in input order: the figures are those of a loop over per-sentence term counts.
    """
    import numpy as np

    n = len(doc.stems)
    ids: dict[str, int] = {}
    occurrence = np.array([ids.setdefault(t, len(ids)) for ss in doc.stems for t in ss], dtype=np.int64)
    sentence = np.repeat(np.arange(n, dtype=np.int64), [len(ss) for ss in doc.stems])
    pairs, first, freq = np.unique(sentence * len(ids) + occurrence, return_index=True, return_counts=True)
    order = np.argsort(first)
    owner, term = np.divmod(pairs[order], max(len(ids), 1))
    freq = freq[order].astype(float)
    # Document frequencies are a few distinct small counts: one math.log for each.
    counts, df = np.unique(np.bincount(term, minlength=len(ids)), return_inverse=True)
    idf = np.array([math.log((n + 1) / (d + 0.5)) for d in counts.tolist()])[df]
    x = freq * idf[term]
    centroid = np.bincount(term, weights=x, minlength=len(ids))
    dot = np.bincount(owner, weights=x * (centroid[term] - x), minlength=n)
    norm = np.sqrt(np.bincount(owner, weights=x * x, minlength=n))
    cos = np.divide(dot, norm, out=np.zeros(n), where=norm > 0)
    cnorm = math.sqrt(sum((centroid * centroid).tolist())) or 1.0
    return np.maximum(cos / cnorm, 0.0).tolist()


def _select(doc: _Doc, scores: list[float], settings: SummarySettings) -> tuple[int, ...]:
    """Greedy maximal marginal relevance within the length budget, never two sentences alike."""
    pool = [i for i in range(len(scores)) if doc.weight[i] > 0]
    if not pool:
        return _take(list(range(len(doc.texts))), list(doc.texts), settings)
    want, budget = _wanted(len(doc.texts), settings), settings.words
    # Only the best-scored few can win: a short pool, best first (as a stable sort would order it).
    pool = heapq.nlargest(MMR_POOL + want, pool, key=scores.__getitem__)
    top = scores[pool[0]] or 1.0
    # Each candidate's greatest similarity to a chosen sentence, brought up to date only when its
    # gain is read: `seen` counts the chosen sentences already folded in.
    nearest = dict.fromkeys(pool, 0.0)
    seen = dict.fromkeys(pool, 0)
    leans: dict[int, bool] = {}
    chosen: list[int] = []
    used = 0
    while nearest and len(chosen) < want:
        best, most = -1, -math.inf
        for i in nearest:
            # Scores are never negative, so a gain is at most score / top; candidates come best
            # first, and a later one can at most tie, which leaves the earlier one chosen.
            if scores[i] / top <= most:
                break
            if seen[i] < len(chosen):
                nearest[i] = max(nearest[i], *(_cosine(doc.terms[i], doc.terms[c]) for c in chosen[seen[i] :]))
                seen[i] = len(chosen)
            # A sentence that opens by pointing back ("He", "But") is weak unless the one before is chosen too.
            if i not in leans:
                leans[i] = _leans_back(doc.texts[i], doc.lang)
            dangling = ANAPHORIC if leans[i] and i - 1 not in chosen else 1.0
            gain = scores[i] * dangling / top - REDUNDANCY_WEIGHT * nearest[i]
            if gain > most:
                best, most = i, gain
        if nearest.pop(best) >= SAME_THING or (budget is not None and chosen and used + doc.words[best] > budget):
            continue
        chosen.append(best)
        used += doc.words[best]
    return tuple(sorted(chosen))


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _wanted(total: int, settings: SummarySettings) -> int:
    """Sentences to aim for: the length, bounded by what a word budget can hold."""
    want = _length(total, settings)
    if settings.words is not None:
        want = min(want, settings.words // MIN_WORDS + 1)
    return max(1, want)


def _length(total: int, settings: SummarySettings) -> int:
    """Sentences wanted; a word budget bounds them separately."""
    if settings.words is not None:
        return total
    if settings.ratio:
        return max(1, round(total * settings.ratio))
    return settings.sentences


def _take(order: list[int], texts: Sequence[str], settings: SummarySettings) -> tuple[int, ...]:
    """The first sentences of `order` that fit the length, in document order."""
    want, budget = _length(len(texts), settings), settings.words
    chosen, used = [], 0
    for i in order[:want]:
        n = len(_WORD.findall(texts[i]))
        if budget is not None and chosen and used + n > budget:
            break
        chosen.append(i)
        used += n
    return tuple(sorted(chosen))


def _content_terms(text: str, lang: str) -> frozenset[str]:
    """The distinct content stems of a text, as a sentence's terms are made (see _prepare)."""
    if language.unspaced(lang):
        return frozenset(filter(None, map(_content_stems(lang).__getitem__, unspaced_words(text.lower()))))
    return frozenset(filter(None, map(_content_stems(lang).__getitem__, _tokens(text))))


def _sumy(texts: list[str], lang: str, method: str, settings: SummarySettings) -> tuple[int, ...]:
    """A sumy summariser as shipped, fed our sentences and tokenizer."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    from digest.sentences import Tokenizer

    classes = {
        "lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer, "kl": KLSummarizer, "sumbasic": SumBasicSummarizer,
        "edmundson": EdmundsonSummarizer, "reduction": ReductionSummarizer,
    }
    texts = texts[: SUMY_CAPS.get(method, SUMY_CAP)]
    tok = Tokenizer(lang)
    doc = ObjectDocumentModel([Paragraph([SumySentence(t, tok) for t in texts])])
    summarizer = classes[method](_stemmer(lang))
    stop = tuple(_stop_words(lang))
    if method == "edmundson":
        # Edmundson needs cue words; with none, its location and key methods still rank.
        summarizer.bonus_words = summarizer.stigma_words = ("",)
        summarizer.null_words = stop or ("",)
    elif hasattr(summarizer, "stop_words"):
        summarizer.stop_words = stop
    n = _length(len(texts), settings)
    chosen = {str(s) for s in summarizer(doc, n)}
    order = [i for i, t in enumerate(texts) if t in chosen]
    return _take(order, texts, settings)


@cache
def _cues(lang: str) -> dict[str, frozenset[str]]:
    """The shipped summary cues of a language: section name -> lower-case words and phrases."""
    return {k: frozenset(x.lower() for x in v) for k, v in data.sections("summary_cues.txt", lang).items()}


def _stop_words(lang: str) -> frozenset[str]:
    from digest.sentences import stop_words

    return stop_words(lang)


@cache
def _stemmer(lang: str) -> Callable[[str], str]:
    """A memoised stemmer: news repeats its words, and Snowball costs microseconds a call."""
    from digest.sentences import stemmer

    base = stemmer(lang)
    memo: dict[str, str] = {}

    def stem(word: str) -> str:
        s = memo.get(word)
        if s is None:
            if len(memo) > 200_000:
                memo.clear()
            s = memo[word] = base(word)
        return s

    return stem


def visit_summary(
    articles: Sequence[Article], settings: SummarySettings, languages: Sequence[str] = ()
) -> tuple[SummaryLine, ...]:
    """The visit digest: central, non-redundant sentences across articles, each credited.

    Candidates are each original article's summary sentences (translations and republications are
    skipped). A candidate scores by its rank in its article and by how many other articles share
    its names and numbers; preferred languages come first. Redundancy is checked only against the
    few lines already chosen, so the cost is linear in candidates.
    """
    originals = [a for a in articles if not a.duplicate_of and a.analysis.summary]
    if not originals:
        return ()
    # A preview ("will hold talks on Wednesday") tells in the future what the reports of the event tell as done:
    # beside one report of the days it announces, it would say the same thing twice, one of them stale.
    previews = {a.id: day for a in originals if (day := _announced(a)) is not None}
    if previews and (reported := [a for a in originals if a.id not in previews]):
        kept = [a for a in originals if a.id not in previews or not any(
            (d := to_date(r.date)) is not None and d >= previews[a.id] for r in reported)]
        originals = kept or originals
    pref = {lang: k for k, lang in enumerate(languages)}
    principals = _principals(originals)
    leads = _lead_index(principals)
    cands: list[_Candidate] = []
    for a in originals:
        for rank, i in enumerate(a.analysis.summary):
            s = a.analysis.sentences[i]
            text = a.sentence_text(s)
            cands.append(
                _Candidate(
                    a, i, s, text, rank, _keys(text), _visit_terms(text), _leans(a, i, text),
                    # An article labelled with a language read with another's lists (bs) reads with those.
                    _arrives(text, language.word_lists(a.lang)), _quoted_words(text), _leading(text, leads),
                )
            )
    # How many articles mention each name or number: what the visit is about.
    # (Each article's keys gathered in one pass over the candidates, not one per article.)
    keys_of: dict[int, set[str]] = {}
    for c in cands:
        keys_of.setdefault(id(c.article), set()).update(c.keys)
    spread = Counter(k for a in originals for k in keys_of.get(id(a), ()))
    many = max(len(originals) - 1, 1)

    def value(c: _Candidate) -> tuple[int, float]:
        shared = sum(spread[k] - 1 for k in c.keys) / (many * max(len(c.keys), 1))
        return pref.get(c.article.lang, len(pref)), -(LEAD_DECAY**c.rank + shared)

    lines: list[_Candidate] = []
    per_article: Counter[str] = Counter()
    cap = max(1, math.ceil(settings.visit_sentences / 2)) if len(originals) > 1 else settings.visit_sentences
    ranked = sorted(cands, key=value)
    # When every line leans on the one before (a lead after a short credit line reads as following a
    # teaser, "Dit artikel …" as pointing back), none could open the digest and the visit would have
    # none: the line naming most of the visit's people opens it as if it stood alone (a bare quotation
    # last), and the lines leaning on it follow it as usual.
    if not any(not c.leans and len(_WORD.findall(c.text)) >= VISIT_MIN_WORDS for c in ranked):
        stand = min(
            (c for c in ranked if len(_WORD.findall(c.text)) >= VISIT_MIN_WORDS),
            key=lambda c: (
                value(c)[0], bool(_BARE_QUOTE.match(c.text)), -_naming(c.text, principals[:1]),
                -_naming(c.text, principals), c.rank,
            ),
            default=None,
        )
        if stand is not None:
            ranked[ranked.index(stand)] = replace(stand, leans=False)
    # Every source opens on the guest's arrival or reception: the digest tells it from one, the
    # first of those naming the most people, not a vaguer one ("The Nigerian president was received
    # with full honours") that happens to share a larger part of its few names.
    arrivals = [c for c in ranked if c.arrives and not c.leans]
    told = max(arrivals, key=_people_named, default=None)
    # The digest opens on who visits whom: the line naming most of the visit's leading people, in
    # the preferred language first; a teaser, a detail or a line from a source that never names
    # them ("The two presidents signed...") would leave a reader of several sources guessing.
    opener = min(
        (c for c in ranked if not c.leans and len(_WORD.findall(c.text)) >= VISIT_MIN_WORDS),
        # The line names the person most sources name (the guest, mostly), then as many others as
        # it can. Among lines naming as much, the guest's arrival (it names the place too), then
        # the one earlier in its source: a lead, not a later detail.
        key=lambda c: (
            value(c)[0], -_naming(c.text, principals[:1]), -_naming(c.text, principals), not c.arrives, c.rank
        ),
        default=None,
    )
    if opener is not None and _naming(opener.text, principals):
        ranked.remove(opener)
        ranked.insert(0, opener)
        # Its reception is the one the digest tells.
        told = opener if opener.arrives else told
    for c in ranked:
        if len(lines) >= settings.visit_sentences:
            break
        if per_article[c.article.id] >= cap or any(_same_thing(c, d) for d in lines):
            continue
        if c.arrives and told is not None and c.article is not told.article:
            continue
        if c.leans:
            # A line that needs the one before it follows that line, or is left out: an article
            # summary reads in order, a digest mixing articles would leave it pointing at nothing.
            before = next((k for k, d in enumerate(lines) if d.article is c.article and d.index == c.index - 1), None)
            if before is None:
                continue
            lines.insert(before + 1, c)
        elif len(_WORD.findall(c.text)) < VISIT_MIN_WORDS:
            continue
        else:
            lines.append(c)
        per_article[c.article.id] += 1
    # The opener stays first unless an earlier line of its source in the digest names one of its people (where
    # the source introduces them: "Member of the Presidency Željko Komšić …" before "Besides Komšić, …") or
    # as many (a quotation told by "the President" alone after the line naming him).
    pinned = opener if opener is not None and lines and lines[0] is opener and not any(
        d.article is opener.article and d.index < opener.index
        and (_share_person(d, opener) or _people_named(d) >= _people_named(opener)) for d in lines) else None
    lines = _in_source_order(lines, pinned)
    return tuple(SummaryLine(c.text, c.article.id, c.sentence.start, c.sentence.end) for c in lines)


def _announced(a: Article) -> date | None:
    """The first day an article announces if it is a preview (see dates.announced), read from its own date."""
    sig, when = a.analysis.signals, to_date(a.date)
    return announced(sig.mentions, when) if sig is not None and when is not None else None


def _share_person(a: _Candidate, b: _Candidate) -> bool:
    """Whether two lines of one source name one of its people (by a word of the name, inflected or not)."""
    starts_a, starts_b = _starts(a.text), _starts(b.text)
    return any(not (s := _starts(name)).isdisjoint(starts_a) and not s.isdisjoint(starts_b)
               for name in a.article.analysis.people)


def _in_source_order(lines: list[_Candidate], pinned: _Candidate | None = None) -> list[_Candidate]:
    """The lines, each source's in the order it tells them, in the places its lines hold: a source introduces
    a person ("Member of the Presidency Željko Komšić") before it names him by his surname or title alone
    ("Besides Komšić, …", "said the President"), and a later line opening the digest would name someone
    not yet introduced. A line leaning on the one before it stays glued after it; the `pinned` opener keeps
    its place (it names who visits whom, and its source's earlier lines name none of its people)."""
    runs: list[list[_Candidate]] = []
    for c in lines:
        if c.leans and runs and runs[-1][-1].article is c.article and runs[-1][-1].index == c.index - 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    places: dict[str, list[int]] = defaultdict(list)
    for k, run in enumerate(runs):
        if run[0] is not pinned:
            places[run[0].article.id].append(k)
    for ks in places.values():
        for k, run in zip(ks, sorted((runs[k] for k in ks), key=lambda run: run[0].index)):
            runs[k] = run
    return [c for run in runs for c in run]


@lru_cache(maxsize=1 << 14)
def _starts(text: str) -> frozenset[str]:
    """The folded starts of a text's longer words: a name's words, inflected or not, share them."""
    # (Cached: a visit's names and lines are asked about again and again, per candidate and per person.)
    return frozenset(w[:KEY_LETTERS] for w in _WORD.findall(_fold(text)) if len(w) >= KEY_LETTERS)


def _people_named(c: _Candidate) -> int:
    """How many of its article's people a line names (by a word of the name, inflected or not)."""
    starts = _starts(c.text)
    return sum(not starts.isdisjoint(_starts(name)) for name in c.article.analysis.people)


def _principals(articles: Sequence[Article]) -> tuple[tuple[frozenset[str], int], ...]:
    """The visit's leading people, each source's two most mentioned, with how many sources name them,
    most named first: the guest every source is about comes before a minister one source quotes
    most. A person is a set of folded word starts, shared when two languages write one name
    (Mirzijojev ~ Mirziyoyev)."""
    found: list[frozenset[str]] = []
    taken: set[str] = set()
    for a in articles:
        for name in a.analysis.people[:2]:
            s = _starts(name)
            if s and not s & taken:
                found.append(s)
                taken |= s
    # Which sources name a person with each start: a visit of a thousand sources is not compared
    # person by person.
    sources: dict[str, set[int]] = defaultdict(set)
    for k, a in enumerate(articles):
        for name in a.analysis.people:
            for start in _starts(name):
                sources[start].add(k)
    weight = [len(set().union(*(sources.get(start, ()) for start in f))) for f in found]
    # Stable: among people named as often, the one a source names first.
    return tuple(sorted(zip(found, weight), key=lambda fw: -fw[1]))


def _naming(text: str, principals: Sequence[tuple[frozenset[str], int]]) -> int:
    """How much of the principals a line names (by a word of the name, inflected or not)."""
    starts = _starts(text)
    return sum(n for p, n in principals if p & starts)


def _leading(text: str, principals: Mapping[str, frozenset[int]]) -> frozenset[int]:
    """Which of the principals (by their place in the list) a line names: `principals` maps a word start
    to the places of those it begins a word of (see _lead_index)."""
    return frozenset().union(*(principals.get(start, ()) for start in _starts(text)))


def _lead_index(principals: Sequence[tuple[frozenset[str], int]]) -> dict[str, frozenset[int]]:
    """Each word start of the principals, with their places in the list."""
    index: dict[str, set[int]] = defaultdict(set)
    for k, (p, _) in enumerate(principals):
        for start in p:
            index[start].add(k)
    return {start: frozenset(ks) for start, ks in index.items()}


def _leans(article: Article, index: int, text: str) -> bool:
    """Whether a summary sentence cannot open a digest line: it points back ("He", "But"), it is
    a bare quotation whose speaker the sentence before names, or it follows a fragment it sums up
    ("Gas, migrants, Gaza. These were the topics...")."""
    lists = language.word_lists(article.lang)
    if _leans_back(text, lists) or _BARE_QUOTE.match(text) or _unnamed_teller(text, lists) or _cue_without_teller(text, lists):
        return True
    if _object_pointing_back(text, lists, article.analysis.people):
        return True
    # The second paragraph of a statement points into the first ("ce trajet"): see _resumed.
    sents = article.analysis.sentences
    pair = sents[index - 1 : index + 1]
    if index and 1 in _resumed([article.sentence_text(s) for s in pair], pair, article.analysis.quotes):
        return True
    if index == 0:
        return False
    before = _WORD.findall(article.sentence_text(article.analysis.sentences[index - 1]))
    # A teaser lists things ("Gas, migrants, Gaza."); one word or a date is a dateline ("Wien.",
    # "Roma, 13 maggio."), or a heading, which the sentence after it does not sum up.
    return 1 < len(before) < MIN_WORDS and not any(w.isdigit() for w in before)


# What a sentence says before its first quotation mark: an object pronoun inside a quotation is the speaker's.
_BEFORE_QUOTE = re.compile(r"[^\"“”«»„‘’›‹]*")


def _object_pointing_back(text: str, lang: str, people: Sequence[str]) -> bool:
    """The sentence's object is a pronoun for someone named in a sentence before ("Khurelsukh welcomed him at the
    State Palace", the guest named in the line before): summary_cues.txt [object_pronoun], before any speech verb
    (after one, "him" is mostly the teller: "Putin said Xi had told him") and in a sentence naming at most one of
    the article's people (with two, it is mostly the other: "Erdoğan received Putin and thanked him")."""
    pronouns = {p[0] for p in _phrases(lang, "object_pronoun")}
    if not pronouns:
        return False
    from digest.speakers import lexicon

    verbs = lexicon(lang).speech_verbs
    for word in _LETTERS.findall(_BEFORE_QUOTE.match(text).group().lower()):
        if word in verbs:
            return False
        if word in pronouns:
            starts = _starts(text)
            return sum(not starts.isdisjoint(_starts(name)) for name in people) <= 1
    return False


@dataclass(frozen=True)
class _Candidate:
    """A sentence offered to the visit digest."""

    article: Article
    index: int
    """Of its sentence in the article."""
    sentence: Sentence
    text: str
    rank: int
    """Its place in its article's summary, by document order."""
    keys: frozenset[str]
    """Numbers and capitalised names, folded to ASCII: what survives translation."""
    terms: frozenset[str]
    """Folded prefixes of the longer words, comparable within a language."""
    leans: bool
    """It needs the sentence before it (see _leans)."""
    arrives: bool
    """It reports the guest arriving or being received."""
    quoted: frozenset[str]
    """The lower-cased words it quotes: two sources often quote the same words."""
    leading: frozenset[int] = frozenset()
    """The visit's leading people it names (see _principals), by their place in that list."""


def _same_thing(a: _Candidate, b: _Candidate) -> bool:
    short, long_ = sorted((a.quoted, b.quoted), key=len)
    if len(short) >= MIN_QUOTED and len(short & long_) >= QUOTED_SHARE * len(short):
        return True
    if a.article.lang == b.article.lang:
        return _cosine(a.terms, b.terms) >= SAME_THING
    # Two languages' lines naming the same two or more leading people and quoting nobody tell one
    # meeting ("X received Y in Z"), whatever else their few names and figures are.
    if len(a.leading) >= 2 and a.leading == b.leading and not a.quoted and not b.quoted:
        return True
    # Across languages only names and figures compare: two shared, half the smaller set, is a match.
    shared = len(a.keys & b.keys)
    return shared >= 2 and shared >= 0.5 * min(len(a.keys), len(b.keys))


# A digest line stands among other sources' lines: a short teaser that opens its own article
# ("Prima il Quirinale, poi Palazzo Chigi.") tells a reader of the digest nothing.
VISIT_MIN_WORDS = 8
# Two lines quoting the same words (most of the shorter quotation's words, at least this many)
# repeat one statement, however the sources frame it.
MIN_QUOTED = 3
QUOTED_SHARE = 0.6
# Quoted material: double marks of any style, and typographic single ones (a straight ' is an apostrophe).
_QUOTATION = re.compile("[\"“„«‹‘‚]([^\"“”„«»‹›‘’‚]+)[\"”“»›’‘]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A sentence that is all quotation (its cue left in the sentence before): it opens with a quote
# mark, closes with one, and no closing mark comes between (which a cue in the middle would follow).
_BARE_QUOTE = re.compile("[\"“„«‹][^\"”»]*[\"”“»›][.!?…]?$")
# Names are compared on their first letters: Mosca ~ Moskau ~ Moskwa, Kazakistan ~ Kasachstan.
KEY_LETTERS = 4
# Within a language the digest compares words on this many first letters.
TERM_LETTERS = 6


def _arrives(text: str, lang: str) -> bool:
    """Whether a sentence reports the guest arriving or being received (its language's cue words)."""
    return _mentions(_WORD.findall(text.lower().replace("’", "'")), _cue(lang, "arrival"))


def _quoted_words(text: str) -> frozenset[str]:
    """The words a sentence quotes, lower-cased."""
    return frozenset(w for m in _QUOTATION.finditer(text) for w in _WORD.findall(m.group(1).lower()))


def _visit_terms(text: str) -> frozenset[str]:
    """Longer words cut to a prefix: a stemmer's work without loading one on the warm path.

    Short words are mostly function words; a prefix keeps most inflections of a word together.
    """
    words = map(_unglued, _WORD.findall(text))
    return frozenset(_fold(w)[:TERM_LETTERS] for w in words if len(w) >= TERM_LETTERS - 1 and not w.isdigit())


def _keys(text: str) -> frozenset[str]:
    """Figures (separators dropped) and capitalised non-initial words, folded to ASCII stems.

    A run of capitalised words is one name and gives one key, its last word: a person named in
    full ("Kassym-Jomart Tokayev") is one thing two lines may share, not two.
    """
    keys = {re.sub(r"[.,]", "", m.group()) for m in _NUMBER.finditer(text)}
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        w = _unglued(m.group())
        if not (k and w[:1].isupper() and len(w) > 2):
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt and nxt.group()[:1].isupper() and text[m.end() : nxt.start()] == " ":
            continue
        keys.add(_key(w))
    return frozenset(keys)


def _key(word: str) -> str:
    """A name's key: its folded first letters, a short name's without its ending vowels, which its cases
    change (Brdo, na Brdu, v Brde; Riga, Rīgā) where a longer name's first letters stay."""
    folded = _fold(word)
    bare = folded.rstrip("aeiouy")
    return (bare if len(bare) >= 3 else folded)[:KEY_LETTERS]


_APOSTROPHE = re.compile("['’]")


def _unglued(word: str) -> str:
    """A word without an elided one glued before it ("dell'Onu" -> "Onu"), in any language.

    The part after the last apostrophe stands for the word when it is the longer part, which
    keeps possessives and contractions whole ("Putin's", "don't", "aujourd'hui").
    """
    if "'" not in word and "’" not in word:
        return word
    *before, after = _APOSTROPHE.split(word)
    return after if len(after) > len(before[-1]) else word


_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()))


@cache
def _scripts() -> dict[str, str]:
    """Cyrillic and Greek letters in Latin: the table above, and for the letters it lacks (Ukrainian
    і, Greek) data/cyrillic.txt and greek.txt, so Міцотакіс and Μητσοτάκης fold as Mitsotakis does.
    A Greek letter with an accent reads as the bare one (the accents go only after this table)."""
    table = dict(data.transliteration(*data.SCRIPT_FILES))
    for ch in map(chr, [*range(0x386, 0x3D0), *range(0x1F00, 0x2000)]):
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base != ch and base in table:
            table.setdefault(ch, table[base])
    return table | _CYRILLIC


@cache
def _script_table() -> dict[int, str]:
    """_scripts() as str.translate() reads it: a whole sentence is folded in one call."""
    return {ord(letter): latin for letter, latin in _scripts().items()}


# A visit's sentences repeat their words: each form is folded once.
@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Lower case, Latin letters, no accents, a few spelling variants merged (Tokajew ~ Tokayev)."""
    w = data.bengali_w(word.lower().replace("ու", "ւ")).translate(_script_table()).replace("_", "")
    if not w.isascii():
        w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    # y and i (Egypt ~ Egipat, j read as y first: Mirzijojev ~ Mirziyoyev); a doubled letter as one, which
    # a transcription drops or keeps (Fattah ~ Fatahom, Mattarella ~ Матарела).
    for a, b in (("ł", "l"), ("w", "v"), ("j", "y"), ("y", "i"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("z", "s")):
        w = w.replace(a, b)
    return _DOUBLED.sub(r"\1", re.sub(r"c(?=[aou])", "k", w))


_DOUBLED = re.compile(r"(\w)\1")
