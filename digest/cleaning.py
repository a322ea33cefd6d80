"""Cleaning pasted pages: classify every line as text, title, heading, furniture or blank."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from importlib import resources

from digest import data, places
from digest.model import BLANK, FURNITURE, HEADING, TEXT, TITLE, Block

# Lines at most this long (in words) may be furniture when they repeat or sit in the page's
# header or footer zone; real paragraphs are longer.
SHORT_LINE_WORDS = 10
_WORD = re.compile(r"\w+", re.UNICODE)
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts
_LATIN1_WORD_MARKS = bytes(ord("a") if _WORD.match(chr(code)) else ord(" ") for code in range(256))
# Every rule compares a line's number of words with 30 or less, so counting stops at 31: most of
# a long paragraph is not cut into words at all.
_MAX_WORDS_COUNTED = 31
# A sentence ends with one of these, closing quotes and brackets aside.
# (The full-width marks are those of Chinese and Japanese: 。！？：；. The danda । and double danda ॥ end a
# sentence in Hindi, Marathi, Nepali and Bengali.)
_SENTENCE_MARKS = tuple(".!?…:;。！？：；\u0964\u0965")
_CLOSERS = "'\"”“»«’‘›‹)]」』）"
# French typography puts a (narrow) no-break space before a closing guillemet: "signer. »".
_CLOSER_SPACES = " \t\u00a0\u202f\u2009\u2007\u200a"
# A closing sentence of a short last paragraph ends with one of these (a label ends with ":").
_PROSE_MARKS = tuple(".!?…。！？\u0964\u0965")
_GLUED_PREFIX = re.compile(r"^([^|»›\n]{3,60}?)\s*[|»›]\s*")
_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|svg|bmp|tiff?)\s*$", re.IGNORECASE)
_TRAIL_MARKS = " \t|»«›‹>→←·•-–—…"
# "Patrizia Boi (BRICS AND FRIENDS) - Mosca, Cremlino, 12 novembre – Il Presidente…"
_DATELINE_SOURCE = re.compile(
    r"^(?P<author>[^\W\d][^()\n]{1,60}?)\s*\((?P<source>[^()\n]{2,60})\)\s*[-–—]\s*"
    r"(?P<rest>[^\n]{0,80}?)\s[–—-]\s+(?=\S)"
)
# "(ANSA) - ROMA, 12 NOV - …": a wire agency's slug in brackets, before its dateline or the lead.
_AGENCY_SLUG = re.compile(r"^\((?P<source>[^\W\d_][^()\n]{1,30})\)\s*[-–—]{1,2}\s+(?=\S)")
# "(서울=연합뉴스) 김지훈 기자 = …", "(모스크바·베이징=뉴스1) 이정민 특파원 = …": a Korean wire's place and agency in
# brackets, joined by "=", then the reporter's byline up to a second "=".
_PLACE_AGENCY = r"^\((?P<place>[^()=\n]{1,30})=(?P<source>[^()=\n]{1,20})\)"
_PLACE_AGENCY_SLUG = re.compile(_PLACE_AGENCY + r"\s*(?:[^\n=()]{1,30}?\s*=\s*)?(?=\S)")
# The slug alone, as the dateline block cut from its paragraph holds it.
_PLACE_AGENCY_HEAD = re.compile(_PLACE_AGENCY)
# "新华社帝力11月5日电（记者王磊）", "中新网北京3月2日电 (记者 李明)", "本报北京…电": a Chinese wire's agency or paper
# (新华社, 中新网, 本报: a name ending in 社, 网, 台 or 报), the place it files from, the day and 电 (a dispatch), then
# its reporters in brackets.
_HAN_WIRE = re.compile(
    r"^(?P<source>[\u4e00-\u9fff]{1,5}?[社网網台报報])(?P<place>[\u4e00-\u9fff·]{1,10}?)"
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[电電](?:\s*[（(][^（()）\n]{1,30}[）)])?\s*(?=\S)"
)
# "MOSCOW, Feb 10 (Reuters) -", "ROMA, 12 novembre –", "Berlin (dpa) -"; "Madrid, 24 nov (EFE).- ", the Spanish
# wires' full stop between the agency and the dash.
_LETTERS = re.compile(r"[^\W\d_]+")
_DATELINE_PLACE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞЀ-ЯҐ][\w'.-]+(?:\s[A-ZÀ-ÞЀ-ЯҐ][\w'.-]+){0,2})"
    r"(?:,\s*(?P<when>[^\n()–—-]{1,30}?))?\s*(?:\((?P<source>[^()\n]{2,40})\)\.?)?\s*[-–—]{1,2}\s+(?=\S)"
)
# "МОСКВА, 16 сентября. Президент …", "PARIS, 3 mars." alone: a place, a day and a full stop, in any script.
# The agency may follow in slashes, before or after the full stop ("Минск, 11 сентября /БЕЛТА/.", "НЬЮ-ДЕЛИ,
# 11 сентября. /ТАСС/."): the stop may be followed by the slug (_SLASH_SLUG) as by the lead's first word.
# A Devanagari dateline closes with the danda, spaced or not ("काठमाडौं, २५ कात्तिक । प्रधानमन्त्री …", Nepali papers).
_DATELINE_STOP = re.compile(
    r"^(?P<place>[^\W\d_][\w'.-]+(?:\s[^\W\d_][\w'.-]+){0,2}),\s*(?P<when>[^\n.।()/–—-]{1,30}?)\s*"
    r"(?:\((?P<source>[^()\n]{2,40})\)|/(?P<slashed>[^/\n]{2,40})/)?\s*[.।](?:\s+(?=[^\W\d_]|/)|\s*$)"
)
# "ԵՐԵՎԱՆ, ՍԵՊՏԵՄԲԵՐԻ 22, ԱՐՄԵՆՊՐԵՍ: …", "БАКУ. KAZINFORM – …", "Баку. 15 октября. ИНТЕРФАКС-КАЗАХСТАН – …": the
# agency's name in capitals, no brackets or slashes, after the place (and the date), closed by a colon (the
# Armenian full stop is typed as one) or a spaced dash.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){0,2})(?:[,.]\s*(?P<when>[^\n.,:;()/–—-]{1,30}?))?"
    r"[,.]\s*(?P<agency>[^\W\d_][\w-]+(?:\s[^\W\d_][\w-]+){0,2})\s*(?:[:։]|\s[-–—]{1,2})(?:\s+(?=\S)|\s*$)"
)
# "/ТАСС/.", "/Корр. ТАСС Алексей Никитин/.": a wire agency's slug (and its correspondent) in slashes after the
# dateline, closed by a full stop or not.
_SLASH_SLUG = re.compile(r"/(?P<source>[^\W\d_][^/\n]{1,60})/\.?(?:\s+(?=\S)|\s*$)")
# "Tallina, 16. aprīlis.", "Zagreb, 9. ožujka 2026.", "Rīga, 2026. gada 16. aprīlī.": the day's ordinal dot
# (a year's too) inside the date, which _DATELINE_STOP reads as the line's end.
_DATELINE_STOP_ORDINAL = re.compile(
    r"^(?P<place>[^\W\d_][\w'.-]+(?:\s[^\W\d_][\w'.-]+){0,2}),\s*"
    r"(?P<when>(?:\d{4}\.\s*(?:[^\W\d_]+\s+)?)?\d{1,2}\.\s*[^\W\d_]+(?:\s+\d{4})?)\s*\.(?:\s+(?=[^\W\d_])|\s*$)"
)
# "Aşgabat, 14-nji oktýabr.": a day with its ordinal suffix after a hyphen (tk -nji, tr -inci), which
# _DATELINE_STOP's date leaves out as it does a dash; or the month glued to the hyphen ("Toshkent, 19-noyabr",
# "Бишкек, 19-ноябрь /Кабар/.", the agency's slug in slashes before the stop).
_DATELINE_STOP_SUFFIXED = re.compile(
    r"^(?P<place>[^\W\d_][\w'.-]+(?:\s[^\W\d_][\w'.-]+){0,2}),\s*"
    r"(?P<when>\d{1,2}-(?:[^\W\d_]{1,5}\s+)?[^\W\d_]+(?:\s+\d{4})?)\s*(?:/(?P<slashed>[^/\n]{2,40})/)?\s*\."
    r"(?:\s+(?=[^\W\d_])|\s*$)"
)
# "Questo articolo è stato pubblicato automaticamente. Fonti: ats/afp"
_SOURCE_CREDIT = re.compile(
    r"\b(?:fonti?|source[s]?|quelle[n]?|źródł[oa]|источник[и]?|sources?|fuentes?|来源|來源)\s*[:：]\s*(?P<source>[^\n.]{2,60})\s*\.?\s*$",
    re.IGNORECASE,
)
_BYLINE_WORDS = ("di", "by", "von", "par", "por", "de", "przez", "autor", "от", "door", "af", "av")
# A clock time ("21:15", "19h40") or a numeric date ("30.10.2025", "04/03/2025").
# A stamp tells the time ("21:15 h", "19h40") or opens with the date ("04/03/2025 - ..."); a short
# sentence may well hold a date ("Heute ist der 13.12.2004.").
_CLOCK_OR_DATE = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)|^\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")
_LONG_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
# Labels of a picture credit, written once for both forms below.
# Read from data/any/photo_credits.txt ("Φωτογραφία: Lusa" is as much a credit as "Foto: Lusa"); longest
# first, so that a label is never cut short by a shorter one it starts with.
# (Devanagari's vowel signs are read as letters before cleaning, data.marks_as_letters: फोटो in both forms.)
_CREDIT_LABELS = "|".join(
    re.escape(w) for w in sorted({f for w in data.sections("photo_credits.txt", "any").get("", ())
                                  for f in (w, data.marks_as_letters(w))}, key=len, reverse=True)
)
# Labels after the credit's holder ("[국방부 제공]"), from the same file's [after] section.
_CREDIT_LABELS_AFTER = "|".join(
    re.escape(w) for w in sorted(data.sections("photo_credits.txt", "any").get("after", ()), key=len, reverse=True)
)
# "Foto: dpa", "Photo : AFP", "Фото: ТАСС": a picture credit, on its own line next to the caption.
# (Armenian parts label and credit by its pause mark ՝: "Լուսանկարը՝ ԱԳՆ մամուլի ծառայություն".)
_CREDIT_LINE = re.compile(rf"^\W{{0,3}}(?:{_CREDIT_LABELS}|crédit photo|credits)\s*[:©\u055d\u1366]", re.IGNORECASE)
# "… shake hands in Mumbai (Image: Getty Images)", "(Foto Ansa/R. Rossi)", "… palazzo. Фото: РИА Новости",
# "… Kanzleramt. Foto ANP / M. Kappeler", "… l'Élysée. © Belga": a caption carrying its credit. Without a
# colon the credit is all names (capitalised words, slashes), so a sentence opening with "Bild" is none.
# "… Planalto — Foto: Ricardo Stuckert/PR": a dash parts caption and credit as well as a full stop (a hyphen
# typed for the dash too: "… Begawan. - Foto BERNAMA"), and so do a bar or a slash ("… on Tuesday. | Photo
# Credit: PTI", "… у Варшаві / Фото: Мінфін") and the danda ("… स्वागत किया। फोटो- पीआईबी", a hyphen after
# the label for its colon) or Ethiopic full stop ("… ሲቀበሉ። ፎቶ፦ ኢዜአ", the preface colon ፦ for the colon);
# "… le 15 avril 2026. LUDOVIC MARIN / AFP": a photographer's name in capitals over his agency, unlabelled.
_CREDIT_SUFFIX = re.compile(
    rf"(?:\((?i:{_CREDIT_LABELS})(?:\s*[:©]|\s+(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ]))[^()]*\)"
    rf"|(?<=[.!?…]\s)[A-ZÀ-ÞА-ЯЁІЇЄҐ]{{2,}}(?:[\s'’-][A-ZÀ-ÞА-ЯЁІЇЄҐ]{{2,}}){{0,3}}\s*/\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]*"
    rf"(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]*){{0,2}}"
    rf"|(?<=[.!?…।\u1362]\s|[—–|/-]\s)(?:(?i:{_CREDIT_LABELS})(?:\s*[:©\u055d\u1366]|-(?=\s))\s*\S[^.!?\n]{{0,60}}"
    rf"|(?i:{_CREDIT_LABELS})\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.'’-]*(?:\s*[/,&]?\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.'’-]*){{0,5}}"
    # "… саммита в Бишкеке. Фото пресс-службы президента": the label, then whose photo it is in a few words
    # and no closing mark (a sentence opening with the label has a verb and ends on its full stop).
    rf"|(?i:{_CREDIT_LABELS})\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}"
    rf"|©\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^.!?\n]{{0,60}})"
    # "… 회담하고 있다. [사진 국회의장실]", "[사진=연합뉴스]", "[Foto: dpa]": a credit in square brackets, its label
    # first (a script without capitals shows no agency's name by its case, so the brackets and label must).
    rf"|\[(?i:{_CREDIT_LABELS})(?:\s*[:=©]\s*|\s+)[^\[\]\n]{{1,40}}\]"
    # "… 악수하고 있다. 2026.11.4 [국방부 제공. 재판매 및 DB 금지]": the holder first, then its label, and
    # the agency's terms of use after a full stop.
    rf"|\[[^\[\]\n]{{1,40}}?\s(?:{_CREDIT_LABELS_AFTER})(?:[.,]\s*[^\[\]\n]{{0,40}})?\])\s*$"
)
# What each of its branches needs before it can match: "(", "/", "[", or a label or © after an end mark or
# dash and a space (the look-behind). A line with none of them is no caption, and is not searched: the
# search tries every branch at every character.
# "… en la Torre Ejecutiva. (EFE/Gastón Britos)": a caption ending on its agency and photographer in
# brackets, however long; a headline never ends on such a credit.
_BRACKET_CREDIT = re.compile(r"\([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]*(?:\s+[\w.&-]+){0,2}\s*/\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.'’-]*"
                             r"(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.'’-]*){0,3}\)\s*$")
# "… at the Ministry of Agriculture. (AKP)", "… en Saraxevo. XUNTA": a full sentence, then its picture's source
# alone, in brackets or in capitals. Over the lead such a caption is often the page's one line repeated at its
# foot, which the title finder would otherwise take for the headline; a headline ends on no such credit. (Read
# only there: in the body a short paragraph may end on its agency's name, "… on Friday. (Reuters)". Only after a
# full stop: a headline may ask and then label itself, "Who pays for the grid? (ANALYSIS)".)
_CAPTION_TAIL = re.compile(
    r"[^\W\d_]{2,}\.\s+(?:\([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]*){0,2}\)"
    r"|[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,}(?:[\s&-][A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,}){0,2})\s*$")
_CREDIT_SUFFIX_HINT = re.compile(rf"[.!?…।\u1362—–|/-]\s(?:(?i:{_CREDIT_LABELS})|©)")
# "Home > Politics > Foreign affairs": a breadcrumb trail, three parts or more.
_BREADCRUMB = re.compile(r"^[^>›»/|]+(?:\s[>›»/|]\s[^>›»/|]+){2,}$")
# "Thời sự › Chính trị", "Politik > Ausland": two short entries parted by an arrow are a breadcrumb too; a
# headline parts its site by a bar or a dash, never an arrow. Each entry is at most three words, no figure.
_ARROW_TRAIL = re.compile(r"^[^\W\d_][^\d>›»/|.!?:]*?(?:\s[>›]\s[^\W\d_][^\d>›»/|.!?:]*?)+$")
_ARROW = re.compile(r"\s[>›]\s")
# Menu entries set apart by wide gaps ("Home  Politica  Esteri"): no sentence spaces words so.
_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")
# An entry may join two section names with an ampersand standing alone ("Life & Style").
_MENU_ITEM = re.compile(r"[^\W\d_][\w'’&-]*(?: (?:&|[^\W\d_][\w'’&-]*)){0,3}")
# A character no menu item holds (see _MENU_ITEM).
_NOT_MENU = re.compile(r"[^\w'’&\s-]")
# A year: with few words around it, a line holding one is a dateline ("Rabat | 13 nov 2025").
# A wire story's dateline may open any of the first paragraphs, under a standfirst or a teaser.
WIRE_PARAGRAPHS = 3
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"(?<!\w)\d[\d.,']*(?!\w)")
# Terminal escape sequences and other control characters a paste may leave after a sentence's
# end mark ("… entretiens.\x1b[2J"); U+FFFD stands for an undecodable C1 introducer.
# Han ideographs, kana and Hangul syllables: scripts written without spaces between words (Hangul between
# phrases only), whose lines \w+ counts as a word or two however long they are.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# A Chinese or Japanese word is two characters long on average (one to four): a line's CJK characters
# count as half as many words, so that a paragraph reads as prose and a three-word label stays short.
_CJK_CHARS_PER_WORD = 2
# A \w+ run holding CJK characters (counted once by _WORD already).
# A closing CJK line ending like a sentence reads as prose from this many words (eight characters) up.
_CJK_SHORT_PROSE = 4
_CJK_WORD_RUN = re.compile("\\w*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]\\w*")
# Thai and Khmer write no spaces between words either (only between phrases, data.PHRASE_SCRIPT): their letters, with
# the vowel signs and tone marks read as letters (data.marks_as_letters, which the text went through), count a word per
# four characters, about the length of a Thai or Khmer word.
_THAI = re.compile(f"[{data.PHRASE_SCRIPT}{data.PHRASE_LETTERS}]")
_THAI_CHARS_PER_WORD = 4
_THAI_WORD_RUN = re.compile(f"\\w*[{data.PHRASE_SCRIPT}]\\w*")
_CONTROL_TAIL = re.compile(
    r"(?:\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)?|[\x9b\ufffd][0-?]*[ -/]*[@-~]?"
    r"|[\x00-\x1f\x7f-\x9f])+$"
)


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one text."""

    blocks: tuple[Block, ...]
    """Every line (or part of a line), classified."""
    title: str | None
    """The headline, without a glued byline."""
    source: str | None
    """The publisher, from the page header, a dateline or a source credit."""


@cache
def _furniture_lines() -> tuple[str, ...]:
    text = data.marks_as_letters(resources.files("digest.data").joinpath("furniture.txt").read_text("utf-8"))
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def furniture_phrases() -> frozenset[str]:
    """The shipped furniture phrases, normalised."""
    return frozenset(_norm(line) for line in _furniture_lines() if not line.startswith("*"))


_Marker = tuple[str, re.Pattern[str]]


@cache
def _legal_markers() -> tuple[tuple[_Marker, ...], tuple[_Marker, ...]]:
    """The legal-notice markers, each with its whole-word pattern for a normalised line: those
    furniture as they are ("* ©"), and those furniture next to a figure ("*# p.iva")."""
    parts: tuple[list[_Marker], list[_Marker]] = ([], [])
    for line in _furniture_lines():
        if not line.startswith("*"):
            continue
        with_figure = line.startswith("*#")
        marker = _fold(line[1 + with_figure :]).strip()
        # Word boundaries only where the marker has a word character: "©" may touch "2025".
        head = r"(?<!\w)" if marker[:1].isalnum() else ""
        tail = r"(?!\w)" if marker[-1:].isalnum() else ""
        parts[with_figure].append((marker, re.compile(head + re.escape(marker) + tail)))
    return tuple(parts[0]), tuple(parts[1])


def _has_marker(norm: str, markers: tuple[_Marker, ...]) -> bool:
    # A substring test first: one alternation of all markers would be tried at every position.
    return any(marker in norm and pattern.search(norm) for marker, pattern in markers)


def _legal_lines(norms: list[str], words: list[int]) -> set[int]:
    """The lines (by index) short of a paragraph that are a publisher's legal notice (copyright,
    registration, tax number)."""
    short = [n if w < _MAX_WORDS_COUNTED else "" for n, w in zip(norms, words)]
    # One look over all the short lines for each marker: most are in none, and no line asks for them.
    whole = "\n".join(short)
    plain, with_figure = (tuple(m for m in markers if m[0] in whole) for markers in _legal_markers())
    if not plain and not with_figure:
        return set()
    return {i for i, n in enumerate(short) if n and _is_legal(n, plain, with_figure)}


def _is_legal(norm: str, plain: tuple[_Marker, ...], with_figure: tuple[_Marker, ...]) -> bool:
    """Whether a line holds a marker of `plain`, or a figure and a marker of `with_figure`."""
    return _has_marker(norm, plain) or (_DIGIT.search(norm) is not None and _has_marker(norm, with_figure))


def _is_menu(line: str) -> bool:
    """Whether a line is a navigation menu ("Home  Politica  Esteri  Economia", "Home | World | Politics").

    Either three entries or more set apart by bars or by wide gaps, each a capitalised word or
    three and no other punctuation; or, spaced singly, six capitalised words or more with no short word in lower
    or title case: a title-case headline has its "To", "In", "Of".
    """
    s = line.strip()
    # Most lines fail on their first character or on a punctuation mark: no split for them.
    if not s[:1].isupper():
        return _is_uncased_menu(s)
    if _NOT_MENU.search(s):
        # Bars between section names ("Portada | España | Internacional"); two parts are rather a
        # headline and its site's name ("Title | Site"), which the title finder reads.
        items = [it.strip() for it in _MENU_BAR.split(s)] if "|" in s or "•" in s or "·" in s else []
        return len(items) >= _MENU_ENTRIES and all(_MENU_ITEM.fullmatch(it) and it[0].isupper() for it in items)
    items = _MENU_GAP.split(s)
    if len(items) >= 3:
        return all(_MENU_ITEM.fullmatch(it) and it[0].isupper() for it in items)
    tokens = s.split()
    return len(tokens) >= 6 and all(
        _MENU_ITEM.fullmatch(t) and t[0].isupper() and (len(t) > 2 or t.isupper()) for t in tokens
    )


# Where the entries of a menu in a script without capitals part: a wide gap, a tab, Chinese and Japanese typography's
# ideographic space, a bar or a bullet ("トップ　政治　経済　国際", "मुखपृष्ठ | महाराष्ट्र | मुंबई"). Not the middle
# dot, which joins two sections' names in one entry ("科学・文化").
_UNCASED_MENU_SPLIT = re.compile(r"[ \t\u00a0]{2,}|\t|\s*\u3000[\s\u3000]*|\s*[|•]\s*")
# One entry: a word or two of letters, no figure, no sentence mark; joined by a hyphen or a middle dot at most.
_UNCASED_MENU_ITEM = re.compile(r"[^\W\d_][^\W\d_'’&・·-]*(?:[ ・·&-][^\W\d_][^\W\d_'’・·-]*)?")
# With no capitals to tell a section's name from a headline's words, a menu needs more entries than a cased one:
# a Japanese headline parts its clauses by ideographic spaces too ("カナダ産LNG　輸入で合意　日加が長期協定"),
# but in three parts at most, and longer ones.
_UNCASED_MENU_ENTRIES = 4
# The most characters of one CJK entry ("暮らし", "科学・文化", "テクノロジー"), and of any other script's.
_CJK_MENU_ENTRY_CHARS = 6
_UNCASED_MENU_ENTRY_CHARS = 16


def _is_uncased_menu(s: str) -> bool:
    """Whether a line written without capitals (Japanese, Chinese, Devanagari, Arabic) is a navigation menu:
    four entries or more, each a short word or two, set apart by wide or ideographic spaces, bars or bullets."""
    if any(c.isupper() or c.islower() for c in s) or _DIGIT.search(s):
        return False
    items = [it for it in _UNCASED_MENU_SPLIT.split(s) if it]
    return len(items) >= _UNCASED_MENU_ENTRIES and all(
        _UNCASED_MENU_ITEM.fullmatch(it)
        and len(it) <= (_CJK_MENU_ENTRY_CHARS if _CJK.search(it) else _UNCASED_MENU_ENTRY_CHARS)
        for it in items
    )


def _is_menu_row(line: str) -> bool:
    """Whether a line is a row of buttons or links ("Sdílet   Tisk   Poslat e-mailem", "Share • Print • Email").

    Two entries or more set apart by wide gaps, or three by bullets or bars ("Title | Site" is a headline
    and its site), each a capitalised word or up to four with no sentence mark: whatever its words,
    no headline is set out so.
    """
    s = line.strip()
    if not s[:1].isupper():
        return False
    # Most lines hold no gap, tab, bullet nor bar to part entries: they are one item, no row.
    if "  " not in s and "\t" not in s and "\u00a0" not in s and "|" not in s and "•" not in s and "·" not in s:
        return False
    items = [it.strip() for it in _MENU_ROW_SPLIT.split(s)]
    if len(items) < 2 or len(items) == 2 and _MENU_MARK.search(s):
        return False
    return all(_MENU_ITEM.fullmatch(it) and it[0].isupper() for it in items)


def _norm(line: str) -> str:
    return _squeeze(_fold(line))


def _norm_lines(text: str) -> list[str]:
    """_norm of each line of text (as clean() cuts them), folding the whole text in one call.

    Folding goes character by character (the final sigma's context stops at a line break too)
    and never makes or removes a line break.
    """
    return [_squeeze(raw.rstrip("\r\n")) for raw in _fold(text).splitlines(keepends=True)]


def _fold(s: str) -> str:
    """Compatibility forms unified, no-break spaces made spaces, lower case."""
    # NFKC makes a no-break space a space anyway; replaced first, most texts pass its quick check.
    # Turkish dotted capital I lowers to "i" and a combining dot, which no phrase of the lists has.
    return unicodedata.normalize("NFKC", s.replace("\u00a0", " ").replace("\u0130", "I")).lower()


def _squeeze(s: str) -> str:
    """Without marks around it, one space between words."""
    s = s.strip(_TRAIL_MARKS)
    # Most lines are so already: printable, their only white space is " ", and it is single.
    if s.isprintable() and "  " not in s:
        return s
    return " ".join(s.split())


def _words(line: str) -> int:
    """How many words the line has, up to _MAX_WORDS_COUNTED."""
    try:
        marked = line.encode("latin-1").translate(_LATIN1_WORD_MARKS)
    except UnicodeEncodeError:
        pass
    else:
        # Most lines are Latin-1: with their word characters marked "a" and the others " ", a
        # word starts at the first "a" and at every " a".
        return min(marked.count(b" a") + marked.startswith(b"a"), _MAX_WORDS_COUNTED)
    # A long line is first counted up to a space a few hundred characters in (no word crosses
    # a space): most have enough words there.
    cut = line.find(" ", 300)
    found = len(_WORD.findall(line, 0, cut)) if cut > 0 else 0
    if found < _MAX_WORDS_COUNTED:
        found = len(_WORD.findall(line)) + _cjk_words(line) + _thai_words(line)
    return min(found, _MAX_WORDS_COUNTED)


def _cjk_words(line: str) -> int:
    """How many words a line's CJK characters make beyond the one \\w+ run each of their runs counts as.

    Chinese and Japanese write no spaces: "国家主席习近平18日在阿斯塔纳同哈萨克斯坦总统举行会谈" is three \\w+ runs.
    """
    if not _CJK.search(line):  # a Cyrillic, Greek or Armenian line pays one scan
        return 0
    chars = len(_CJK.findall(line))
    return max(0, chars // _CJK_CHARS_PER_WORD - len(_CJK_WORD_RUN.findall(line)))


def _thai_words(line: str) -> int:
    """How many words a line's Thai characters make beyond the one \\w+ run each of its phrases counts as
    (see _THAI): "นายกรัฐมนตรีเดินทางถึงกรุงเทพมหานคร" is one run and some eight words."""
    if not _THAI.search(line):
        return 0
    return max(0, len(_THAI.findall(line)) // _THAI_CHARS_PER_WORD - len(_THAI_WORD_RUN.findall(line)))


def _visible(line: str) -> str:
    """The line stripped, without the escape sequences or control characters that may trail it."""
    line = line.strip()
    if not line.isprintable() or "\ufffd" in line:
        # Only the tail is looked at: the pattern is anchored at the end.
        cut = max(0, len(line) - 300)
        line = line[:cut] + _CONTROL_TAIL.sub("", line[cut:]).rstrip()
    return line


def _ends_sentence(line: str) -> bool:
    return (_visible(line).rstrip(_CLOSERS + _CLOSER_SPACES).endswith(_SENTENCE_MARKS)
            or _THAI.search(line) is not None and _thai_cue_end(line))


@cache
def _thai_cue_ends() -> re.Pattern[str]:
    """A Thai speech verb ending a line (data/th/speech_verbs.txt): see _thai_cue_end."""
    verbs = data.longest_first("speech_verbs.txt", "th")
    return re.compile(f"(?:{'|'.join(map(re.escape, verbs))})$" if verbs else "(?!)")


def _thai_cue_end(line: str) -> bool:
    """Whether a Thai line ends on a speech verb: Thai ends a sentence with no mark, and a short paragraph that is a
    quotation with its cue after it ('"…" นางสาวศิริพรกล่าว') is a sentence, no subheading."""
    return _thai_cue_ends().search(_visible(line)) is not None


# Marks opening a quotation paragraph, and a quotation closed on a comma ('… into the project,"'): its
# sentence goes on after the marks.
_OPENERS = "\"“„«»‚‘‹›「『"
_COMMA_CLOSED = re.compile(rf"[,，،](?P<closed>[{re.escape(_CLOSERS)}]+)?$")


def _quotes_cued_below(strings: list[str], ended: list[bool]) -> set[int]:
    """A paragraph that is a quotation closed on a comma, its cue alone in the next paragraph ("…," ¶ "Vlcek told
    the broadcaster."), ends a sentence as that cue does: the two are one sentence parted by a blank line, and
    the quotation is no footer line for not ending on a full stop. Returns the cue lines: running text, never a
    subheading or the footer for being short ("řekl Vlček ČT24."). A quotation running on over the blank line
    ("„… legfeljebb évi 40 millió euró lehet," ¶ "és csak akkor, …” – mondta X.") is one sentence too: its
    second paragraph opens in lower case."""
    cues: set[int] = set()
    for i, s in enumerate(strings):
        if not s or ended[i] or not s.lstrip()[:1] in _OPENERS or not (comma := _COMMA_CLOSED.search(_visible(s))):
            continue
        j = next((j for j in range(i + 1, len(strings)) if strings[j].strip()), None)
        if j is not None and ended[j] and not strings[j].lstrip()[:1] in _OPENERS and (
                comma.group("closed") or strings[j].lstrip()[:1].islower()):
            ended[i] = True
            cues.add(j)
    return cues


def _is_stamp(line: str, words: int) -> bool:
    """Whether a short line is a date, time or update stamp ("04/03/2025 - 21:15 h. Actualizado: …").

    Such a line may end with a period and still be no sentence: it has a clock time or opens
    with a numeric date, and has hardly any words of three letters or more.
    """
    return words <= 15 and bool(_CLOCK_OR_DATE.search(line)) and len(_LONG_LETTER_WORD.findall(line)) <= 5


def _is_date_stamp(line: str) -> bool:
    """Whether a stamp line (see _is_stamp) says nothing but a date and a time: its words of three letters or
    more are all month or weekday names ("17 de febrero de 2026, 09:40 a. m."); "The talks start at 10:30
    tomorrow." has other words."""
    return all(map(_month_word, _LONG_LETTER_WORD.findall(line)))


def _is_short_prose(line: str, words: int) -> bool:
    """Whether a short line reads as a closing sentence rather than a footer label or teaser.

    It ends a sentence (not with a colon) and has at least two lower-case words of three letters
    or more: function words and verbs, which a site's name, a copyright or a credit lacks.
    """
    if words < 3 or " | " in line:
        return False
    if not _visible(line).rstrip(_CLOSERS + _CLOSER_SPACES).endswith(_PROSE_MARKS):
        return False
    if _CJK.search(line):
        # Han and kana have no case: a footer label or credit is as caseless as a sentence. What ends
        # like a sentence and has the words reads as one.
        return _cjk_words(line) >= _CJK_SHORT_PROSE
    lower = [w for w in _LONG_LETTER_WORD.findall(line) if w[0].islower() and w not in _BYLINE_WORDS]
    return len(lower) >= 2


def _is_phrase(norm: str) -> bool:
    phrases = furniture_phrases()
    if norm in phrases:
        return True
    if _CJK.match(norm) or norm[:1] in "(【[":
        return _cjk_phrase(norm)
    # "Torna alle notizie »", "Iscriviti alla nostra newsletter oggi": a phrase of two to six
    # words plus at most two (a normalised line has one space between words; a paragraph is
    # split no further than its ninth word).
    words = norm.split(" ", 8)
    if len(words) > 8:
        return False
    if any(" ".join(words[:n]) in phrases for n in range(min(len(words), 6), max(len(words) - 3, 1), -1)):
        return True
    # Entries may stand apart by bars or bullets, which are no words, and a button may carry its
    # counter ("Komentáre (12)", "Comments 4"): no headline is only buttons and counts.
    entries = [w for w in norm.replace("’", "'").split(" ") if w not in _ENTRY_MARKS and not _COUNTER.fullmatch(w)]
    return len(entries) > 1 and _phrase_run(entries, phrases) or (
        len(entries) == 1 and entries[0] != norm and entries[0] in phrases
    )


# How many characters a CJK line may hold beyond the furniture phrase it opens with ("分享到：微信 微博 QQ空间",
# "【责任编辑：王丽】"): a headline or a sentence opening with 分享 or 编辑 is longer.
_CJK_PHRASE_SLACK = 14


@cache
def _cjk_phrases() -> re.Pattern[str] | None:
    """The furniture phrases written in CJK characters, as one pattern anchored at a line's start."""
    cjk = sorted((p for p in furniture_phrases() if _CJK.search(p)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cjk))) if cjk else None


def _cjk_phrase(norm: str) -> bool:
    """Whether a CJK line opens with a furniture phrase and is at most a few characters longer.

    Chinese and Japanese write no space after a phrase, so the word-by-word prefixes of _is_phrase never
    part it from what follows ("分享到：微信", "责任编辑：刘洋").
    """
    pattern = _cjk_phrases()
    m = pattern.match(norm) if pattern else None
    return m is not None and len(norm) - m.end() <= _CJK_PHRASE_SLACK


# The most words of one furniture phrase a menu line's entry may have ("zaloguj się", "iniciar sesión").
_ENTRY_WORDS = 4
_ENTRY_MARKS = frozenset("|•·/")
# A button's count of comments or shares beside its label ("(12)", "[3]", "4").
_COUNTER = re.compile(r"[(\[]?\d+[)\]]?")


def _phrase_run(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether the words are furniture phrases one after another ("Se connecter  S'abonner",
    "Accedi | Abbonati"): a menu line of several entries, which no headline is."""
    # ends[k]: the first k words are a run of whole phrases.
    ends = [True] + [False] * len(words)
    for k in range(1, len(words) + 1):
        ends[k] = any(ends[k - n] and " ".join(words[k - n : k]) in phrases for n in range(1, min(k, _ENTRY_WORDS) + 1))
    return ends[-1]


def _is_teaser_label(norm: str, words: int) -> bool:
    """Whether the line starts with a furniture phrase and a colon or bar ("Lesen Sie auch: …", "Read | …")."""
    if words > 30:
        return False
    phrases = furniture_phrases()
    colon = norm.find(":", 0, 60)
    if colon > 0 and norm[:colon].strip(_TRAIL_MARKS) in phrases:
        return True
    bar = norm.find(" | ", 0, 60)
    return bar > 0 and norm[:bar].strip(_TRAIL_MARKS) in phrases


# A live blog's time stamp opening an entry ("09:12 – Il presidente …", "14.30 - Merz landet …", "9h40 — …"):
# when, not what; the entry's text starts after the dash, with a capital.
_TIME_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*[–—-]\s+(?=[^\W\d_])")


# A live blog's time stamp on a line of its own, opening an entry ("13:10", "+++ 13.10 Uhr +++", "9h40", "■ 14:32"):
# decorations and one short word for the hour around the time, nothing else. An entry is a story of its own: who
# a pronoun or a bare cue stands for is never sought in another entry (speakers, numbers).
ENTRY_STAMP = re.compile(r"^[ \t]*[+*#■•|–—-]*[ \t]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*[^\W\d_][\w.]{0,4})?"
                         r"[ \t]*[+*#■•|–—-]*[ \t]*$", re.MULTILINE)


def _time_stamp_length(line: str) -> int:
    """Length of a live blog's time stamp and its dash opening an entry's line, or 0."""
    m = _TIME_STAMP.match(line)
    return m.end() if m and line[m.end()].isupper() else 0


def _glued_prefix(line: str) -> int:
    """Length of a furniture phrase glued to the start of a content line ("Torna alle notizie |…")."""
    if "|" not in line and "»" not in line and "›" not in line:
        return 0
    m = _GLUED_PREFIX.match(line)
    if m and _norm(m.group(1)) in furniture_phrases():
        return m.end()
    return 0


# "Asadov u Sarajevu: gas do 2030.", "Scholz in Paris: Wer zahlt?": a kicker of one to five words and a colon
# opens a headline; a dateline in capitals ("NEW DELHI: …") has no word in lower case and is told apart below.
_KICKER = re.compile(r"^\W{0,3}[^\W\d_][^\s:.!?;]*(?:\s+[^\s:.!?;]+){0,4}\s?:\s+\S")
# A figure's ordinal dot ending a line ("do 2030."): in many languages a year or a day, not a sentence's end.
_ORDINAL_END = re.compile(r"(?<!\d[.,])\d+\.$")
# A sentence's end mark followed by the next sentence's first letter (checked for a capital).
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”“»«’)]*\s+(?=[^\W\d_])")


def _is_headline_shaped(line: str, words: int) -> bool:
    """Whether a line that ends like a sentence is still shaped like a headline.

    A headline may end on a question ("…, ali ko će platiti cijev?") or, after a kicker and a colon, on a
    year's ordinal dot ("Asadov u Sarajevu: gas do 2030."): one sentence of at most 25 words, which a page's
    first paragraph hardly ever is. A kicker line ending on a word and a full stop is a sentence ("Tokayev a
    Mosca: colloqui con Putin su energia.").
    """
    if words > 25:
        return False
    s = _visible(line).rstrip(_CLOSERS + _CLOSER_SPACES)
    m = _KICKER.match(s)
    kicker = m is not None and any(c.islower() for c in s[: m.end()].partition(":")[0])
    if not (s.endswith("?") or (kicker and _ORDINAL_END.search(s))):
        return False
    return not any(s[m.end()].isupper() for m in _INNER_SENTENCE_END.finditer(s))


def _is_paragraph(words: int, ended: bool) -> bool:
    """Whether a line of so many words reads as running prose rather than a label or a headline."""
    return words > 25 or (words >= 6 and ended)


def _is_substantial(words: int, ended: bool) -> bool:
    """Whether a paragraph of so many words is long enough to mark where the article body starts and ends."""
    return words > 25 or (words >= 12 and ended)


def _wrapped_runs(
    strings: list[str], norms: list[str], counts: Counter[str], words: list[int], ended: list[bool],
    stamps: set[int],
) -> dict[int, int]:
    """Lines of hard-wrapped paragraphs (text pasted from mail or wrapped at ~72 columns): line -> run.

    A run of consecutive non-blank lines is one paragraph when it reads as prose as a whole, its
    lines are long and none of them repeats elsewhere (captions and menus do).
    """
    out: dict[int, int] = {}
    i = 0
    while i < len(strings):
        if not norms[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(strings) and norms[j + 1]:
            j += 1
        run = range(i, j + 1)
        if j > i:
            lengths = [len(strings[k].strip()) for k in run]
            # Wrapped lines break mid-sentence and have a bounded width; a run of one-line
            # paragraphs (each ending a sentence, often long) is not one paragraph.
            # Joined, the lines have their words and the last line's ending.
            if (
                sum(lengths) / len(lengths) >= 30
                and max(lengths) <= 120
                and sum(ended[k] or _quote_closes(strings[k], strings[k + 1]) for k in run[:-1]) <= (len(run) - 1) / 2
                and all(counts[norms[k]] == 1 for k in run)
                # A byline over its date line ("Von …, Ankara" / "30.10.2025, 19:42 Uhr") is no prose.
                and not any(k in stamps for k in run)
                and _is_substantial(sum(words[k] for k in run), ended[j])
                and _filled(strings, run, lengths)
            ):
                out.update((k, i) for k in run)
        i = j + 1
    return out


# Closing quotation marks ending a line: «…», “…”, "…".
_LINE_CLOSING_QUOTE = re.compile(r"[»”\"]\s*$")


def _quote_closes(line: str, following: str) -> bool:
    """A line ending on a closing quotation mark over one opening with a capital breaks where a sentence does, as
    a quoted headline over its deck ("Plevris: «… guardi alla Libia»" / "Il ministro greco …"), not mid-sentence."""
    return bool(_LINE_CLOSING_QUOTE.search(line)) and following.lstrip()[:1].isupper()


# How much narrower than the widest line a wrapped line may be, with the next line's first word
# added to it: a column of proportional type (a PDF) varies by some characters.
_FILL_SLACK = 0.8


def _filled(strings: list[str], run: range, lengths: list[int]) -> bool:
    """Whether every line of the run but the last was broken because the next word did not fit.

    Text wrapped at a column fills each line until the next word would pass the column, which is
    at least the widest line. The lines of a page header (a site name, a breadcrumb, a headline, a
    byline, "Tiempo de lectura: 4 min") stop where their item does, however short.
    """
    widest = max(lengths)
    for n, k in enumerate(run[:-1]):
        following = strings[k + 1].split(None, 1)
        if lengths[n] + 1 + (len(following[0]) if following else 0) < _FILL_SLACK * widest:
            return False
    return True


def clean(text: str) -> Cleaned:
    """Classify the lines of a pasted article; nothing is removed, offsets stay valid."""
    raws = text.splitlines(keepends=True)
    strings = [raw.rstrip("\r\n") for raw in raws]
    lines = [(a, a + len(s)) for a, s in zip(accumulate(map(len, raws), initial=0), strings)]
    norms = _norm_lines(text)
    counts = Counter(n for n in norms if n)
    # Half the lines of a page are empty: they have no words and end nothing.
    words = [_words(s) if s else 0 for s in strings]
    ended = [_ends_sentence(s) if s else False for s in strings]
    cues_below = _quotes_cued_below(strings, ended)

    stamps = {i for i, s in enumerate(strings) if s and _is_stamp(s, words[i])}
    # A legal notice ("© 2025 … All rights reserved.") may read as a sentence; it never starts or
    # ends the article body, and is no line of a wrapped paragraph.
    legal = _legal_lines(norms, words)
    # A note that the article is a translation ("Este artículo es una traducción del original…") reads as a
    # sentence, but it is the page's credit: it neither opens nor closes the body, and is never summarised.
    # Most pages hold none of the notes' key words anywhere: then no line is asked.
    notes = {i for i, s in enumerate(strings) if s and words[i] < _MAX_WORDS_COUNTED and translation_note(s)} if (
        not translation_note_words().isdisjoint(_note_tokens(text))) else set()
    wrapped = _wrapped_runs(strings, norms, counts, words, ended, stamps | legal | notes)
    paragraph_idx = [
        i for i in range(len(strings))
        if (_is_substantial(words[i], ended[i]) and i not in stamps and i not in legal and i not in notes)
        or i in wrapped
    ]
    if not paragraph_idx:
        # A short article (a headline and a sentence or two) has no long paragraph: then any
        # line that reads as prose marks the body.
        paragraph_idx = [
            i for i in range(len(strings))
            if _is_paragraph(words[i], ended[i]) and i not in stamps and i not in legal and counts[norms[i]] == 1
            and i not in notes
        ]
    # A headline may end like a sentence ("Asadov u Sarajevu: gas do 2030."): the page's first line of four
    # words or more (a site's name, a breadcrumb or a stamp aside), shaped like a headline and over the body,
    # opens no paragraph and is read as a header line.
    top = next(
        (i for i in range(paragraph_idx[0] + 1 if paragraph_idx else 0) if words[i] >= 4 and i not in stamps
         and not _BREADCRUMB.match(strings[i].strip()) and not _is_menu_row(strings[i])),
        None,
    )
    headline_i = (
        top if top is not None and ended[top] and counts[norms[top]] == 1 and any(p > top for p in paragraph_idx)
        and _is_headline_shaped(strings[top], words[top]) else None
    )
    paragraph_idx = [p for p in paragraph_idx if p != headline_i]
    first_par = paragraph_idx[0] if paragraph_idx else len(lines)
    last_par = paragraph_idx[-1] if paragraph_idx else -1
    # Inside the body such a phrase is the story's own ("the text is a translation of the treaty").
    notes = {i for i in notes if not first_par <= i <= last_par}
    closing = _closing_lines(strings, norms, counts, words, last_par, stamps | legal)
    # A page pasted twice over repeats its paragraphs too: then a repeated sentence is no caption.
    doubled = sum(counts[norms[i]] > 1 for i in paragraph_idx) * 2 > len(paragraph_idx)

    kinds: list[str] = []
    reasons: list[str] = []
    for i, (s, n) in enumerate(zip(strings, norms)):
        if not s:
            kinds.append(BLANK)
            reasons.append("")
            continue
        kind, reason = _classify(s, n, counts, words[i], ended[i], i, first_par, last_par, doubled)
        # Outside the body a row of buttons is furniture too; within it, it may be a table's header.
        if kind != FURNITURE and (i in legal or _is_menu(s) or (not first_par <= i <= last_par and _is_menu_row(s))):
            kind, reason = FURNITURE, "legal notice" if i in legal else "navigation or footer"
        # A closing line can only have been taken for the page footer, never for a phrase or a repeat.
        if i in wrapped and kind != FURNITURE or i in closing or i in cues_below and kind != BLANK:
            kind, reason = TEXT, ""
        if i == headline_i and kind == TEXT:
            kind, reason = HEADING, "page header"
        elif i in stamps and i < first_par and kind == TEXT:
            kind, reason = HEADING, "page header"
        elif i in stamps and kind == TEXT and _is_date_stamp(s):
            # Under a standfirst, the publication stamp ("17 de febrero de 2026, 09:40 a. m.") ends like a
            # sentence, but it is the page's metadata: a date and a time, no word but the calendar's.
            kind, reason = FURNITURE, "date stamp"
        # A dateline on a line of its own ("МОСКВА, 16 сентября.") is metadata, never a sentence.
        if kind in (TEXT, HEADING) and i <= first_par and _stop_dateline_length(s) == len(s):
            kind, reason = FURNITURE, "dateline"
        if i in notes:
            kind, reason = FURNITURE, "translation credit"
        kinds.append(kind)
        reasons.append(reason)
    _mark_captions(strings, words, kinds, reasons)
    _mark_gallery(strings, words, kinds, reasons)
    _mark_teaser_lists(strings, kinds, reasons, first_par)
    _mark_comment_section(strings, kinds, reasons, first_par)

    title_i = _find_title(strings, norms, counts, words, kinds, reasons, first_par, last_par, stamps)
    title = None
    if title_i is not None:
        kinds[title_i], reasons[title_i] = TITLE, "headline"
        title = _strip_byline(strings[title_i].strip(), text)
        repeats = {norms[title_i], _norm(title)} if title else {norms[title_i]}
        for j in range(title_i):
            if kinds[j] == HEADING:
                kinds[j], reasons[j] = FURNITURE, "page header"
        for j in range(title_i + 1, len(lines)):
            if norms[j] in repeats:
                kinds[j], reasons[j] = FURNITURE, "headline repeated"

    source = _find_source(strings, title_i, last_par)
    # A photo's caption over the lead ("악수하는 … 악수하고 있다. 2026.11.4 [국방부 제공]") is furniture now: the
    # story opens, and its dateline stands, on the first text under it.
    if first_par < len(kinds) and kinds[first_par] == FURNITURE and reasons[first_par] == "caption":
        first_par = next((i for i in range(first_par + 1, len(kinds)) if kinds[i] == TEXT), first_par)
    # A standfirst may sit over the byline and the time stamp: the story's lead, which carries
    # the dateline, is then the first text after the stamp.
    lead = next((i for i in range(first_par + 1, len(strings)) if kinds[i] == TEXT), None)
    if lead is None or not any(first_par < k < lead for k in stamps):
        lead = first_par

    blocks: list[Block] = []
    for i, (a, b) in enumerate(lines):
        kind, reason = kinds[i], reasons[i]
        if kind == TEXT and (stamp := _time_stamp_length(strings[i])):
            # (No dateline or furniture is glued after a live blog's time stamp.)
            blocks.append(Block(a, a + stamp, FURNITURE, "time stamp"))
            a += stamp
        elif kind == TEXT:
            cut = _glued_prefix(strings[i])
            dateline = i in (first_par, lead) or i in paragraph_idx[:WIRE_PARAGRAPHS]
            if not cut and dateline:
                cut = _dateline_length(strings[i], text) if i in (first_par, lead) else _wire_dateline_length(strings[i])
                if cut:
                    cut += _agency_tail_length(strings[i][cut:], source)
            if cut and cut < len(strings[i]):
                blocks.append(Block(a, a + cut, FURNITURE, "dateline" if dateline else "glued furniture"))
                a += cut
        prev = blocks[-1] if blocks else None
        if kind == TEXT and i in wrapped and prev and prev.kind == TEXT and wrapped.get(i - 1) == wrapped[i]:
            blocks[-1] = Block(prev.start, b, TEXT)  # one hard-wrapped paragraph, one block
            continue
        blocks.append(Block(a, b, kind, reason))
    if source is None and first_par < len(strings):
        m = _DATELINE_SOURCE.match(strings[first_par]) or _AGENCY_SLUG.match(strings[first_par])
        if m:
            source = m.group("source").strip()
    return Cleaned(tuple(blocks), title, source)


@cache
def _translation_note() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The longest word of each phrase saying the article is a translation (data/any/translation_credits.txt,
    [note]), and a search for any of the phrases, whole words."""
    phrases = sorted(data.sections("translation_credits.txt", "any").get("note", ()), key=len, reverse=True)
    if not phrases:
        return frozenset(), None
    keys = frozenset(max(p.split(), key=len) for p in phrases)
    return keys, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)", re.IGNORECASE)


def translation_note_words() -> frozenset[str]:
    """Lower-case words one of which any line translation_note() finds a note in holds, split off by
    spaces, full stops or commas (a line lacking all of them holds no note)."""
    return _translation_note()[0]


def _note_tokens(text: str) -> list[str]:
    """The words translation_note() splits each line into, for the whole text at once: every line's are among
    them (line breaks split words too, and lower-casing a line is lower-casing it within the text)."""
    return text.replace("’", "'").lower().replace(".", " ").replace(",", " ").split()


def translation_note(line: str) -> re.Match[str] | None:
    """Where a line says the article is a translation ("Este artículo es una traducción del original…"), if it
    does; the match's offsets are the line's (a typographic apostrophe is read as a plain one)."""
    keys, pattern = _translation_note()
    line = line.replace("’", "'")
    # The search of some sixty phrases costs tens of microseconds a line: a set look-up of the
    # lines' words leaves it to the few lines holding a phrase's key word ("traducción").
    if pattern is None or keys.isdisjoint(line.lower().replace(".", " ").replace(",", " ").split()):
        return None
    return pattern.search(line)


def _classify(
    s: str, n: str, counts: Counter[str], words: int, ended: bool, i: int, first_par: int, last_par: int,
    doubled: bool = False,
) -> tuple[str, str]:
    """Kind and reason of line i (s, normalised n, of so many words, ending a sentence or not)."""
    if not _ALNUM.search(n):
        return (BLANK, "") if not s.strip(" \t\u00a0\u200b\ufeff") else (FURNITURE, "no words")
    if _is_phrase(n):
        return FURNITURE, "navigation or footer"
    if _is_teaser_label(n, words):
        return FURNITURE, "teaser link"
    if _IMAGE_FILE.search(s):
        return FURNITURE, "image file name"
    # A line the page shows twice is a caption, a teaser or the headline, sentence or not; an
    # article does not repeat its own paragraphs.
    if counts[n] > 1 and words < _MAX_WORDS_COUNTED and not (ended and doubled):
        return FURNITURE, "repeated line"
    if words <= 1 and len(n) <= 3:
        return FURNITURE, "stray fragment"
    if i > last_par and words <= SHORT_LINE_WORDS:
        return FURNITURE, "page footer"
    if _is_paragraph(words, ended):
        if i >= last_par and _source_credit(s) and words <= 20:
            return FURNITURE, "source credit"
        return TEXT, ""
    if i < first_par:
        return HEADING, "page header"
    if i > last_par:
        return FURNITURE, "page footer"
    if _FIGURE_ITEM.match(s):
        # A bulleted item of the body that gives a figure ("• Estlink 2: 650 MW" under "Key figures:") is
        # the article's own statement, however short: a subheading's figures would be read by no stage.
        return TEXT, "list item"
    return HEADING, "subheading"


# A bulleted line holding a digit: "• Trade 2025: 5.1 billion euros", "- Estlink 2: 650 MW".
_FIGURE_ITEM = re.compile(r"[ \t]*[•▪◦⁃●►*\-–][ \t\u00a0]+\S[^\n]*\d")


def _closing_lines(
    strings: list[str], norms: list[str], counts: Counter[str], words: list[int], last_par: int, stamps: set[int]
) -> set[int]:
    """Short paragraphs right after the last long one that read as the article's closing sentences.

    The footer zone starts after the last long paragraph, but an article may end on a short
    sentence ("„Wir sehen uns in Berlin“, sagte er."): it stays text up to the first line that
    is no such sentence.
    """
    out: set[int] = set()
    if last_par < 0:
        return out
    for j in range(last_par + 1, len(strings)):
        if not norms[j]:
            continue
        if (
            j in stamps or counts[norms[j]] > 1 or _is_phrase(norms[j]) or _source_credit(strings[j])
            or not _is_short_prose(strings[j], words[j])
        ):
            break
        out.add(j)
    return out


def credit_start(caption: str) -> int:
    """Where a caption's picture credit begins ("… in Karlskrona. Photo: Saab"), or its length without one:
    the credit names the picture's owner, an agency or photographer, never a person of the story."""
    m = _CREDIT_SUFFIX.search(caption) if _CREDIT_SUFFIX_HINT.search(caption) or "(" in caption or "/" in caption or (
        "[" in caption) else None
    return m.start() if m else len(caption)


def _mark_captions(strings: list[str], words: list[int], kinds: list[str], reasons: list[str]) -> None:
    """A picture credit line ("Foto: dpa") and the caption right above it (or below it) are furniture."""
    labels = _caption_labels()
    for i, s in enumerate(strings):
        if not s or kinds[i] == BLANK:
            continue
        # A caption label alone on its line ("Image caption,", "،تصویر کا کیپشن"): the caption is the next line.
        if len(s) <= _CAPTION_LABEL_CHARS and s.strip(_CAPTION_LABEL_MARKS).casefold() in labels:
            kinds[i], reasons[i] = FURNITURE, "caption label"
            j = i + 1
            if j < len(strings) and strings[j].strip() and words[j] < _MAX_WORDS_COUNTED and not _holds_two_sentences(
                    strings[j]):
                kinds[j], reasons[j] = FURNITURE, "caption"
            continue
        # (_words counts Hangul per two syllables, as it does Chinese: a Korean caption of sixteen spaced words
        # reaches the cap, so a line closed by a bracketed credit is measured by its spaces; a news agency's
        # caption retells the event in a full sentence with its dateline, "악수하는 … (서울=연합뉴스) … 악수하고
        # 있다. 2026.11.4 [국방부 제공. 재판매 및 DB 금지]", over thirty of them.)
        short = words[i] < _MAX_WORDS_COUNTED or (
            s.rstrip().endswith("]") and len(s.split()) < _BRACKET_CAPTION_WORDS)
        if short and ("(" in s or "/" in s or "[" in s or _CREDIT_SUFFIX_HINT.search(s)) and (
                _CREDIT_SUFFIX.search(s)):
            kinds[i], reasons[i] = FURNITURE, "caption"
            continue
        if words[i] > 12 or not _CREDIT_LINE.match(s):
            continue
        kinds[i], reasons[i] = FURNITURE, "picture credit"
        # The caption touches its credit: no blank line between them. A caption is one sentence at most: a
        # paragraph of two ("… 14.000 kilómetros. Villavicencio será recibida …") over the credit is the body's,
        # and the caption is the line under the credit (if it is no such paragraph either).
        for j in (i - 1, i + 1):
            if 0 <= j < len(strings) and strings[j].strip() and words[j] < _MAX_WORDS_COUNTED:
                if _holds_two_sentences(strings[j]):
                    continue
                if kinds[j] != FURNITURE:
                    kinds[j], reasons[j] = FURNITURE, "caption"
                break


# A photo gallery's counter on a line of its own ("1/12", "3 / 12", "Foto 3/12"): the picture's place in the gallery.
_GALLERY_COUNTER = re.compile(r"\s*(?:[^\W\d_]+\.?\s*)?(\d{1,3})\s*/\s*(\d{1,3})\s*")
# The fewest counters of one gallery: a lone "1/2" may be anything.
GALLERY_MIN_COUNTERS = 2


def _mark_gallery(strings: list[str], words: list[int], kinds: list[str], reasons: list[str]) -> None:
    """A photo gallery ("1/4", a caption, "Photo: …", "2/4", …) tells its story in the captions: a caption that
    reads as a sentence is the article's text, not furniture; the counters and the credits are furniture."""
    counters: dict[int, list[int]] = {}
    for i, s in enumerate(strings):
        m = _GALLERY_COUNTER.fullmatch(s) if s and len(s) < 20 else None
        if m and 0 < int(m.group(1)) <= int(m.group(2)):
            counters.setdefault(int(m.group(2)), []).append(i)
    for at in counters.values():
        if len(at) < GALLERY_MIN_COUNTERS:
            continue
        for i in at:
            kinds[i], reasons[i] = FURNITURE, "gallery counter"
            j = i + 1
            while j < len(strings) and strings[j].strip() and j not in at:
                # (The last caption, over the page's end, may have been taken for its footer.)
                if kinds[j] == FURNITURE and reasons[j] in ("caption", "page footer") and _is_short_prose(
                        strings[j], words[j]):
                    kinds[j], reasons[j] = TEXT, ""
                j += 1


# The most spaced words of a caption closed by a bracketed credit ("… [국방부 제공]").
_BRACKET_CAPTION_WORDS = 2 * _MAX_WORDS_COUNTED
# The longest line read as a caption label, and the marks around a label ("Image caption,", "،تصویر کا کیپشن").
_CAPTION_LABEL_CHARS = 40
_CAPTION_LABEL_MARKS = " \t,،:;"


@cache
def _caption_labels() -> frozenset[str]:
    """data/any/caption_labels.txt: labels set on their own line over a photo's caption."""
    return frozenset(w.strip().casefold() for w in data.sections("caption_labels.txt", "any").get("", ()) if w.strip())


def _holds_two_sentences(line: str) -> bool:
    """Whether a line holds a sentence's end followed by a capital: a paragraph of two sentences, no caption."""
    s = _visible(line)
    return any(s[m.end()].isupper() for m in _INNER_SENTENCE_END.finditer(s))


# The fewest text paragraphs before a comment section's label: over the body, a comment counter is a button.
COMMENTS_AFTER_PARAGRAPHS = 2


@cache
def _comment_labels() -> frozenset[str]:
    """data/any/comment_sections.txt: labels heading a reader comment section."""
    return frozenset(w.strip().casefold() for w in data.sections("comment_sections.txt", "any").get("", ()) if w.strip())


def _mark_comment_section(strings: list[str], kinds: list[str], reasons: list[str], first_par: int) -> None:
    """A reader comment section's label on a line of its own ("Comments (2)", "12 Kommentare") after the
    article's text ends the article: the readers' names, times and words below it ("300 million is nothing
    compared …") are nobody's quotation and no figure of the story. The section ends where the page's next
    block opens with a furniture phrase ("Related articles", "Subscribe to our newsletter")."""
    labels = _comment_labels()
    seen = 0
    for i in range(first_par, len(strings)):
        if kinds[i] == TEXT:
            seen += 1
            continue
        words = [w for w in _norm(strings[i]).rstrip(":").split(" ") if w and not _COUNTER.fullmatch(w)]
        if seen >= COMMENTS_AFTER_PARAGRAPHS and kinds[i] != BLANK and " ".join(words) in labels:
            for j in range(i, len(strings)):
                if j > i and kinds[j - 1] == BLANK and reasons[j] in ("navigation or footer", "teaser link"):
                    return
                if kinds[j] != BLANK:
                    kinds[j], reasons[j] = FURNITURE, "comment section"
            return


def _mark_teaser_lists(strings: list[str], kinds: list[str], reasons: list[str], first_par: int) -> None:
    """Headline-like lines right under a "Read more" label ("Leia mais:" then a teaser) are furniture.

    Only in the article body and footer: in the page header such a label may sit right on the headline.
    """
    for i in range(first_par, len(strings)):
        if reasons[i] not in ("navigation or footer", "teaser link"):
            continue
        j = i + 1
        while j < len(strings) and strings[j].strip() and kinds[j] == HEADING:
            kinds[j], reasons[j] = FURNITURE, "teaser link"
            j += 1


def _find_title(
    strings: list[str], norms: list[str], counts: Counter[str], words: list[int], kinds: list[str],
    reasons: list[str], first_par: int, last_par: int, stamps: set[int],
) -> int | None:
    candidates = []
    short = []
    for i in range(min(first_par, len(strings))):
        # A headline repeated at the page end is still the headline at its first occurrence.
        # A headline may come back once at the page end; a line seen more often is a caption.
        # So is a headline the paste opens with (the browser tab's title) and the page repeats in the text too.
        if kinds[i] != HEADING and not (reasons[i] == "repeated line" and (counts[norms[i]] == 2 or (
                counts[norms[i]] == 3 and norms[_first_nonblank(strings)] == norms[i]))):
            continue
        s = strings[i].strip()
        if i in stamps or len(s) > 250 or _BREADCRUMB.match(s) or _is_date_line(s) or _is_menu_row(s):
            continue
        if _ARROW_TRAIL.match(s) and all(len(part.split()) <= 3 for part in _ARROW.split(s)):
            continue  # A two-entry breadcrumb (see _ARROW_TRAIL).
        # A photo caption, however often the page repeats it, is never the headline ("Foto: …", "… (EFE/X Y)").
        if _CREDIT_LINE.match(s) or _BRACKET_CREDIT.search(s) or _CAPTION_TAIL.search(s):
            continue
        # A line opening with the copyright sign ("© AP Photo / Andy Wong", "© Reuters") credits a picture or
        # the page: no headline opens with it.
        if s.startswith(("©", "(c) ", "(C) ")):
            continue
        # A print issue's number, then its rubric ("Газета «Вести» № 45 / Экономика", "Nr. 12 / Politik"): the
        # paper's furniture over the headline.
        if _ISSUE_RUBRIC.search(s):
            continue
        if words[i] >= 4:
            candidates.append(i)
        elif len(s.split()) == 3 and not _DIGIT.search(s) and any(w[0].islower() for w in s.split()):
            # "Macron à Riyad": a three-word headline has a word in lower case and no figure, unlike
            # a section label or a reading time ("Lecture : 4 min").
            short.append(i)
    candidates = candidates or short
    # A two-entry trail of any language's section names over a later candidate is its breadcrumb ("Нүүр хуудас /
    # Улс төр", "Thế giới > Quan hệ Việt - Trung" over the headline): no headline stands over another.
    candidates = [i for k, i in enumerate(candidates) if not (candidates[k + 1 :] and _is_trail(strings[i]))]
    # A section label under the site's name ("AP News", then "World News | Asia Pacific") is no headline when
    # one follows.
    labels = [i for i in candidates if _is_section_label(strings, i)]
    if labels and len(labels) < len(candidates):
        candidates = [i for i in candidates if i not in labels]
    if not candidates:
        return None
    # A caption restating the headline under it is none, however the page repeats it.
    candidates = [i for k, i in enumerate(candidates) if not _restated_below(norms, i, candidates[k + 1 :])]
    # The page repeating a header line after the article is the surest sign of its headline.
    repeated_at_end = {norms[j] for j in range(max(last_par, first_par) + 1, len(strings)) if norms[j]}
    # Unless it is the page's first line and names a site ("Europa Oggi – quotidiano online"): a
    # masthead comes back in the footer too, and the headline is the next candidate.
    top = candidates[0]
    if len(candidates) > 1 and top == _first_nonblank(strings) and counts[norms[top]] >= 2 and _site_name(strings[top]):
        candidates = candidates[1:]
    # A caption under the date line or byline may be repeated at the page's end too ("EAC leaders pose for a
    # group photo …" after "Saturday November 14 2026"): a headline stands above its date, so a repeated line
    # past the first date under an earlier candidate is no headline. (Not past a date under the page's first
    # line, which may be the site's name over the date and the headline.)
    dated = len(strings)
    if candidates[0] != _first_nonblank(strings):
        dated = next((j for j in range(candidates[0] + 1, first_par) if j in stamps or (
            norms[j] and _is_date_line(strings[j].strip()))), len(strings))
    # A line ending on a credit after a dash ("… in Mexico City - Handout/Mexican Presidency") under a candidate
    # above it is that picture's caption, shown again at the page end as captions are: not the headline.
    # So is one ending on its credit in brackets ("… in western Ukraine (Reuters)").
    for i in candidates:
        if counts[norms[i]] == 2 and norms[i] in repeated_at_end and i < dated and not (
                i != candidates[0] and (_DASH_TAIL.search(norms[i]) or _PAREN_TAIL.search(strings[i]))):
            return i
    # A short first line over further header lines is the site's name ("The Times of India"); so is one under
    # nothing but a logo's word or two ("GOV.SI", then "Government of the Republic of Slovenia" over the menu).
    first = candidates[0]
    if len(candidates) > 1 and _under_logo(strings, first) and _is_masthead(strings, first, candidates[1]):
        return candidates[1]
    return first


# A credit after a dash closing a caption: one or two words ("… الإيراني - العُمانية", "… in Riga - LETA").
# (Any marks inside its words: Arabic's vowel signs are no \w.)
_DASH_TAIL = re.compile(r"\s[-–—]\s+[^\W\d_]\S*(?:\s[^\W\d_]\S*)?$")
# A credit in brackets closing a caption: one to three capitalised words ("… (Reuters)", "… (Foto Ansa)").
_PAREN_TAIL = re.compile(r"\s\([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&'’-]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&'’-]*){0,2}\)\s*$")
# The share of a caption's words a headline under it repeats when the caption restates it.
_RESTATED = 0.7


def _restated_below(norms: list[str], i: int, later: Sequence[int]) -> bool:
    """Whether header line i ends on a credit after a dash and a later header line repeats most of its other
    words: a photo's caption restating the headline under it ("Sultan receives Iranian speaker - ONA" over
    "Sultan receives Iranian speaker, discusses trade"), shown again at the page end as captions are."""
    tail = _DASH_TAIL.search(norms[i])
    if tail is None:
        return False
    own = set(_WORD.findall(norms[i][: tail.start()]))
    return len(own) >= 4 and any(len(own & set(_WORD.findall(norms[j]))) >= _RESTATED * len(own) for j in later)


# An issue number and the rubric after it: "№ 211 / Мировая политика", "Nr. 12 / Politik", "No. 7 | World".
_ISSUE_RUBRIC = re.compile(r"(?:№|\b(?:No|Nr|Nº)\.?)\s*\d+\s*[/|]\s*[^\W\d_]")
# A menu's entries set apart by bars or bullets ("Portada | España | Internacional").
_MENU_BAR = re.compile(r"\s[|•·]\s")
_MENU_ENTRIES = 3
# Where a row of buttons parts its entries: a wide gap, a tab, a bullet or a bar.
_MENU_MARK = re.compile(r"[|•·]")
_MENU_ROW_SPLIT = re.compile(r"[ \t\u00a0]{2,}|\t|\s*[|•·]\s*")
# What no name holds: a sentence's or a quotation's marks.
_NOT_NAME = re.compile(r"[.!?:;,\"“”«»„()]")


def _is_masthead(strings: list[str], first: int, headline: int) -> bool:
    """Whether the page's first line names the site rather than the article, with a headline below.

    A short name passes on its capitals alone ("The Times of India"); a longer one by its shape
    beside the headline: a name in capitals over a headline that is not ("EL DIARIO DE LA MAÑANA"),
    or any name over the site's menu, which no headline sits above.
    """
    line = strings[first].strip()
    if _looks_like_a_name(line) or _cjk_masthead(line, strings[headline].strip()):
        return True
    below = next((s for s in strings[first + 1 : headline] if s.strip()), "")
    # A breadcrumb ("Accueil > International > Asie centrale") sits under the site's name, never under a
    # headline: the short name over it may write words in lower case ("Le Courrier d'Asie centrale").
    if ((_BREADCRUMB.match(below.strip()) or _home_trail(below)) and len(line.split()) <= _MAX_SITE_WORDS
            and not _NOT_NAME.search(line) and not _NUMBER_WORD.search(line)):
        return True
    # "ITP24 - Agenzia di stampa": a name and its tagline, proven a masthead by the menu below.
    named = _site_name(line) is not None
    if _initials_and_name(line):
        return True
    if not named and (
            _NUMBER_WORD.search(line) or _NOT_NAME.search(line) or not _looks_like_a_name(line, any_length=True)):
        return False
    if line.isupper() and not strings[headline].isupper():
        return True
    # The site's menu, or its breadcrumb ("Inicio / Política / Nacionales"): no headline sits above either.
    return len(_MENU_BAR.split(below)) >= _MENU_ENTRIES or _is_menu(below) or bool(_BREADCRUMB.match(below.strip()))


def _home_trail(line: str) -> bool:
    """Whether a line is a two-entry breadcrumb led by the site's home page ("Trang chủ | Ngoại giao", "Home |
    Diplomacy"): a furniture phrase, then a section's name of a few words that is none. Buttons alone ("Share |
    Print") may stand under a headline; a trail from the home page only under the site's name."""
    parts = [p.strip() for p in _LABEL_BAR.split(line.strip())]
    phrases = furniture_phrases()
    return (len(parts) >= 2 and _norm(parts[0]) in phrases
            and any(_norm(p) not in phrases for p in parts[1:])
            and all(0 < len(p.split()) <= _LABEL_WORDS and p[:1].isupper() for p in parts[1:]))


# What parts the entries of a breadcrumb trail: an arrow or a slash, never a bar, which may part a headline from its
# site ("Abe in Hanoi | Pacific Wire").
_TRAIL_MARK = re.compile(r"\s[>›»/]\s")
# The most words one entry of a trail has: a Vietnamese section name counts each syllable ("Quan hệ Việt - Trung").
_TRAIL_WORDS = 4
# A lone dash joining two names inside one entry ("Việt - Trung") is no word.
_LONE_DASH = frozenset("-–—")


def _is_trail(line: str) -> bool:
    """Whether a header line is a breadcrumb of section names in any language, known words or not: two entries or
    more parted by arrows or slashes, each a few words opening with no lower-case letter, with no figure and no
    sentence mark."""
    parts = _TRAIL_MARK.split(line.strip())
    if len(parts) < 2:
        return False
    for part in parts:
        entry = [w for w in part.split() if w not in _LONE_DASH]
        if not 0 < len(entry) <= _TRAIL_WORDS or part.strip()[:1].islower() or not part.strip()[:1].isalpha():
            return False
        if _DIGIT.search(part) or _NOT_NAME.search(part):
            return False
    return True


# What parts the entries of a section label or breadcrumb ("World News | Asia Pacific", "Politik > Ausland").
_LABEL_BAR = re.compile(r"\s[|>›»/]\s")
# The most words one entry of a section label has.
_LABEL_WORDS = 3


def _is_section_label(strings: list[str], i: int) -> bool:
    """Whether header line i is the site's section label right under its name ("AP News", then "World News |
    Asia Pacific"): two entries or more parted by bars or arrows, each a few capitalised words; a headline with
    its site after a bar ("Macron à Riyad | Le Monde") has a word in lower case."""
    # A subsection may join two names with a language's "and" ("Мир / Ближний Восток и Северная Африка",
    # "World | Middle East and North Africa"): each name alone is a few capitalised words. Not the first
    # entry: a headline naming two people has its site after the bar ("Putin and Xi | Reuters").
    parts = _LABEL_BAR.split(strings[i].strip())
    parts = parts[:1] + [name for p in parts[1:] for name in _label_and().split(p)]
    if len(parts) < 2 or not all(0 < len(p.split()) <= _LABEL_WORDS for p in parts):
        return False
    if not all(w[:1].isupper() or w == "&" for p in parts for w in p.split()):
        return False
    # Right under the page's first line, a short one: the site's name.
    first = _first_nonblank(strings)
    above = [k for k in range(first + 1, i) if strings[k].strip()]
    return 0 <= first < i and not above and len(strings[first].split()) <= _MAX_SITE_WORDS


@cache
def _label_and() -> re.Pattern[str]:
    """Every language's word for "and" (data/any/and_words.txt) between spaces: it joins two section names."""
    text = resources.files("digest.data").joinpath("any", "and_words.txt").read_text("utf-8")
    ands = sorted({line.split()[1] for line in text.splitlines()
                   if line.strip() and not line.startswith("#") and len(line.split()) == 2})
    return re.compile(r"\s(?:" + "|".join(map(re.escape, ands)) + r")\s")


# A CJK site's name is a few characters (新华网, 澎湃新闻, 俄罗斯卫星通讯社) and has no capitals to tell it by: a first
# line of at most this many characters and no sentence mark, over a longer headline, is the site's.
_CJK_MASTHEAD_CHARS = 8
_CJK_SENTENCE_MARKS = re.compile("[，。：；！？“”「」、]")


def _cjk_masthead(line: str, headline: str) -> bool:
    """Whether a CJK first line is the site's name over the headline (see _CJK_MASTHEAD_CHARS)."""
    return (len(line) <= _CJK_MASTHEAD_CHARS and len(headline) > len(line) and bool(_CJK.match(line))
            and not _CJK_SENTENCE_MARKS.search(line) and not _DIGIT.search(line))


# What parts a masthead's name from its tagline.
_TAGLINE = re.compile(r"\s+[–—|-]\s+")


def _is_date_line(line: str) -> bool:
    """Whether a heading is a dateline or a date ("Rabat | 13 nov 2025"): a year and at most two words of letters;
    or a short line giving the date in the Hijri and the Gregorian calendars ("الثلاثاء - 24 رجب 1447 هـ - 13 يناير
    2026 مـ", as Arabic papers head a page): its year of the Hijra with its mark هـ, and a Gregorian year."""
    if _YEAR.search(line) is None:
        return False
    return (len(_LONG_LETTER_WORD.findall(line)) <= 2 and _words(line) <= 8) or (
        _words(line) <= _HIJRI_LINE_WORDS and _HIJRI_YEAR.search(line) is not None)


# A year of the Hijra with its mark (1447 هـ), and how many words a line giving both dates holds at most.
_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d\s?\u0647\u0640?(?![^\W\d_])")
_HIJRI_LINE_WORDS = 16


def _site_name(line: str) -> str | None:
    """The name a masthead opens with, before a dash or bar and a tagline ("Europa Oggi – quotidiano online")."""
    parts = _TAGLINE.split(line.strip(), 1)
    # A name may hold a figure inside a word ("ITP24", "7sur7"), not a number of its own ("Merz, 69").
    if len(parts) < 2 or not parts[0] or not _looks_like_a_name(parts[0]) or _NUMBER_WORD.search(parts[0]):
        return None
    # A tagline is a few words, no sentence: "Merz in Ankara – Erdoğan warns of new tariffs" is a headline.
    tagline = parts[1].split()
    if len(tagline) > 4:
        return None
    if _initials_and_name(line):
        return line.strip()
    return parts[0] if not any(w[:1].isupper() for w in tagline[1:]) else None


def _initials_and_name(line: str) -> bool:
    """Whether a line is an agency's initials, a dash and its full name ("PAP - Polska Agencja Prasowa", "DPA -
    German Press Agency"): the whole line names the site. A headline opens with no bare acronym and a dash before
    a few capitalised words and nothing else."""
    parts = _TAGLINE.split(line.strip(), 1)
    return (len(parts) == 2 and _ACRONYM.fullmatch(parts[0]) is not None and _looks_like_a_name(parts[1])
            and not _NOT_NAME.search(parts[1]) and not _NUMBER_WORD.search(parts[1]))


# An agency's or a paper's initials standing for its name ("PAP", "DPA", "ANSA").
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,6}")


def _looks_like_a_name(line: str, any_length: bool = False) -> bool:
    """Whether a short line reads as a name ("The Times of India"): its longer words all capitalised.

    A headline of four words has a verb or a common noun in lower case ("Putin trifft Tokajew heute").
    Words are counted between spaces: an elided article ("L'Écho de l'Ouest") is no word of its own.
    With `any_length`, only the capitals count (the caller has other evidence).
    """
    return (any_length or len(line.split()) <= 4) and all(
        w[0].isupper() or w in _MEDIUM_WORDS or w in _NAME_LINKS for w in _LONG_LETTER_WORD.findall(line) if len(w) >= 4)


# The lower-case words a site's name may carry after its title ("Corriere del Ticino online"):
# the medium, not the story; no headline ends on them alone.
_MEDIUM_WORDS = frozenset({"online", "news", "live", "digital", "info", "magazin", "magazine"})
# A preposition fused with its article joins the capitalised words of a name ("La Voce della Sera",
# "Gazzetta dello Sport") as "of the" does, only its letters are four or more.
_NAME_LINKS = frozenset({"dell", "della", "delle", "dello", "degli", "dalla", "nella", "sulla", "alla"})


def _strip_byline(title: str, text: str) -> str:
    """Drop a byline glued to a headline ("… A MOSCA di Patrizia Boi")."""
    words = title.split()
    for k in range(len(words) - 3, max(len(words) - 6, 0), -1):
        if words[k].lower() not in _BYLINE_WORDS:
            continue
        name = words[k + 1 :]
        if not 2 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
            continue
        head = " ".join(words[:k])
        shouting = head.isupper() and not " ".join(name).isupper()
        # A name in capitals after a headline in lower case is an acronym's ("… perbatasan di KTT BIMP-EAGA", at
        # the summit: Indonesian "di" is "at"), which the text names again as it would a byline's author.
        name_again = text.count(" ".join(name)) > 1 and not " ".join(name).isupper()
        if shouting or name_again:
            return head.strip(" -–—|,")
    return title


@lru_cache(maxsize=1024)
def _month_word(word: str) -> bool:
    """A month's name in any language the tool reads ("13 maggio", "27 мая")."""
    from digest.speakers import calendar_words

    return len(word) > 2 and calendar_words("").holds(word.lower()) and not word.isdigit()


def _dateline_length(line: str, text: str = "") -> int:
    """Length of the dateline opening the first paragraph, agency slug included, else 0.
    `text`, the whole article: a town the gazetteer lacks is told by the article naming it again."""
    slug = _AGENCY_SLUG.match(line)
    if slug and len(slug.group("source").split()) <= 3:
        return slug.end() + _dateline_length(line[slug.end() :], text)
    korean = _PLACE_AGENCY_SLUG.match(line)
    if korean:
        return korean.end()
    # The Chinese wire's dateline, its reporters' byline in brackets included: furniture as "ROMA –" is.
    han = _HAN_WIRE.match(line)
    if han:
        return han.end()
    n = _place_dateline_length(line, text) or _agency_dateline_length(line)
    # "Roma, 19 nov 2025 11:20 - (Agenzia Nova) - Il primo ministro …": the agency's slug after the dateline
    # is furniture too.
    slug = _AGENCY_SLUG.match(line[n:]) if n else None
    if slug and len(slug.group("source").split()) <= 3:
        return n + slug.end()
    # "НЬЮ-ДЕЛИ, 11 сентября. /Корр. ТАСС Алексей Никитин/. Премьер-министр …": the slashed slug is furniture too.
    slashed = _SLASH_SLUG.match(line[n:]) if n else None
    return n + slashed.end() if slashed else n


def _place_dateline_length(line: str, text: str) -> int:
    """Length of the dateline opening the first paragraph, its place first (see _dateline_length), else 0."""
    m = _DATELINE_SOURCE.match(line)
    if m:
        return m.end()
    m = _DATELINE_PLACE.match(line)
    if not m:
        return _stop_dateline_length(line) or _uncased_colon_dateline_length(line)
    # "MOSCOW, Feb 10 -" reads as a dateline by its capitals; "Ankara, 30. Oktober 2025 (AFP/dpa) –"
    # by its agency in brackets ("Merz, 69, –" has neither and is the sentence's subject); "ROMA –"
    # alone by its capitals, if it is a place ("NATO –" opens a sentence).
    place = m.group("place")
    if m.group("source") or (m.group("when") and place.split()[0].isupper()):
        return m.end()
    # "Астана, 27 мая 2026 года –": a known place and a full date (a day beside the year) before the
    # dash; a year alone ("Berlin, 2026 – das Jahr …") opens a sentence.
    when = m.group("when")
    if when and _DIGIT.search(_YEAR.sub("", when)) and places.lookup(place) is not None and (
            _YEAR.search(when) or any(map(_month_word, _LETTERS.findall(when)))):
        return m.end()
    # "BUENOS AIRES. —": a full stop may close the place's capitals before the dash.
    if place.isupper() and places.lookup(place.rstrip(".")) is not None:
        return m.end()
    # "DUBROVNIK – Predsjednik …": a town no gazetteer lists, in capitals before a spaced dash, is a
    # dateline when the article names it again in ordinary case, inflected or not ("u Dubrovniku");
    # an acronym opening a sentence ("NATO – …") comes back in capitals.
    if not when and place.isupper() and _capitals_named_again(place, line[len(place) :], text):
        return m.end()
    # "TTO - Phát biểu tại …": the outlet's initials in capitals before a spaced dash ("Tuổi Trẻ Online", the
    # page's first line), no place; an acronym opening a sentence ("NATO – …") is no site's initials.
    if not when and place.isupper() and re.match(r"\s[-–—]\s", line[len(place) :]) and _site_initials(place, text):
        return m.end()
    # "Madrid.- El rey …" (the Mexican style): a full stop glued to a dash closes the place however it
    # is written; no sentence puts ".-" after its first word.
    if place.endswith(".") and line[len(place) : len(place) + 1] in ("-", "–", "—") and (
            places.lookup(place.rstrip(".")) is not None):
        return m.end()
    # "Lisboa – Portugal e Espanha …": a city alone before a spaced dash and a capital; a country
    # there may be the sentence's subject ("Portugal – e não Espanha – …").
    found = None if when or line[m.end() : m.end() + 1].islower() else places.lookup(place)
    if found is not None and found.kind in ("capital", "city") and re.match(r"\s[-–—]\s", line[len(place) :]):
        return m.end()
    return 0


def _agency_dateline_length(line: str) -> int:
    """Length of a dateline naming its agency in capitals after the place ("БАКУ. KAZINFORM – ", "ԵՐԵՎԱՆ,
    ՍԵՊՏԵՄԲԵՐԻ 22, ԱՐՄԵՆՊՐԵՍ: "), else 0. The agency all capitals (a word of three letters or more: "NATO" may be
    the lead's subject only after a place, which a sentence does not open with); the place in capitals too, or
    known, and a date there a day and its month ("Баку. 15 октября. ИНТЕРФАКС – ")."""
    m = _AGENCY_DATELINE.match(line)
    if not m or not m.group("agency").isupper() or len(m.group("agency")) < 3:
        return 0
    place, when = m.group("place"), m.group("when")
    if when is not None and not (_DIGIT.search(when) and any(map(_month_word, _LETTERS.findall(when)))):
        return 0
    if place.isupper() or (when is not None and places.lookup(place) is not None):
        return m.end()
    return 0


def han_wire_place(line: str) -> str | None:
    """The place a Chinese wire's dateline files from ("新华社帝力11月5日电": 帝力), else None."""
    m = _HAN_WIRE.match(line)
    return m.group("place") if m else None


def wire_slug_place(line: str) -> str | None:
    """The place of a Korean wire's slug ("(서울=연합뉴스)": 서울), else None: the desk it was filed from."""
    m = _PLACE_AGENCY_HEAD.match(line.strip())
    return m.group("place").strip() if m else None


def agency_dateline_place(line: str) -> str | None:
    """The place of a dateline that names its agency in capitals after it (see _agency_dateline_length), else
    None: the agency's desk the report was filed from, which may be its home town rather than the venue."""
    m = _AGENCY_DATELINE.match(line)
    return m.group("place") if m and _agency_dateline_length(line) else None


# The letters a case ending may change at the end of a town's name ("Warszawa", "w Warszawie"), and the
# fewest letters such a town has (a shorter word in capitals is as likely an acronym: "NATO", "OTAN").
_TOWN_ENDING = 1
_MIN_TOWN = 5


def _capitals_named_again(place: str, after: str, text: str) -> bool:
    """Whether a place in capitals, then a spaced dash and a capital ("DUBROVNIK – Predsjednik"),
    is named in the text again in ordinary case, with a case ending or not ("Dubrovniku")."""
    if not re.match(r"\s[-–—]\s+[^\W\d_]", after) or sum(map(len, _LETTERS.findall(place))) < _MIN_TOWN:
        return False
    # Each word of the name takes its own case ending ("KRANJSKA GORA", "u Kranjskoj Gori").
    words = [re.escape(w[:-_TOWN_ENDING]) + r"\w{0,3}" for w in place.title().split()]
    return re.search(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", text) is not None


def _site_initials(word: str, text: str) -> bool:
    """Whether `word` (in capitals) is the initials of the site's name heading the page: its first line of
    two words or more ("Tuổi Trẻ Online": TTO), accents aside."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = _LETTERS.findall(first)
    if not 2 <= len(words) <= _MAX_SITE_WORDS or len(word) != len(words):
        return False
    return _unaccented("".join(w[0] for w in words)).upper() == _unaccented(word)


def _unaccented(s: str) -> str:
    """`s` without its combining marks ("Tuổi" -> "Tuoi"), so initials compare whatever the accents; a barred
    letter no mark makes ("Động", "Łódź") as its plain letter, which sites write in their initials (NLDO)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return plain.translate(_BARRED)


# Letters with a bar or a stroke, which decompose into no mark, and their plain letters.
_BARRED = str.maketrans("ĐđŁłØøĦħ", "DdLlOoHh")


# What follows the site's name after a dateline: its reporter's name, a few capitalised words, and a full stop
# before the lead's first word ("— РИА Новости, Дмитрий Зеленин. Председатель …").
_AGENCY_TAIL = re.compile(r"(?:,\s*(?P<author>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}))?\s*\.\s+(?=[^\W\d_])")


def _agency_tail_length(rest: str, source: str | None) -> int:
    """Length of the site's own name (and its reporter's) opening the lead right after the dateline, else 0.

    "ПЕКИН, 11 июн — РИА Новости, Дмитрий Зеленин. Председатель …": the agency and the author are the
    dateline's tail, never the lead's first sentence. Only the name of the site heading the page counts, closed
    by a full stop ("Reuters, citing officials, said …" goes on as a sentence).
    """
    if not source or not rest.startswith(source):
        return 0
    m = _AGENCY_TAIL.match(rest, len(source))
    if not m or not rest[m.end()].isupper():
        return 0
    author = m.group("author")
    if author and not all(w[0].isupper() for w in author.split()):
        return 0
    return m.end()


def _wire_dateline_length(line: str) -> int:
    """Length of a dateline naming its agency ("Luanda, 11 mar 2026 (Lusa) –"), else 0: one that
    opens a later paragraph, under a standfirst, where a place and a date alone may be prose."""
    m = _DATELINE_PLACE.match(line)
    return m.end() if m and m.group("source") and m.group("when") and _DIGIT.search(m.group("when")) else 0


def _stop_dateline_length(line: str) -> int:
    """Length of a dateline closed by a full stop ("МОСКВА, 16 сентября. "), else 0.

    The place in capitals or known to the gazetteer, and a day with its month: "Berlin, Paris." or
    "Roma, 2026." is no date, and "Rossi, 12 anni." has no month.
    """
    m = _DATELINE_STOP_ORDINAL.match(line) or _DATELINE_STOP.match(line) or _DATELINE_STOP_SUFFIXED.match(line)
    if not m:
        return 0
    place, when = m.group("place"), m.group("when")
    # (A script without capitals, Devanagari's, writes its place as any word: the gazetteer must know it, below.)
    if place[0].islower() or not _DIGIT.search(_YEAR.sub("", when)):
        return 0
    if not any(map(_month_word, _LETTERS.findall(when))):
        return 0
    if place.isupper() or places.lookup(place) is not None:
        return m.end()
    return 0


# "मुंबई : भारताचे पंतप्रधान …", "नवी दिल्ली: …" (Marathi and Hindi papers): a city, then a colon, spaced or not.
_COLON_DATELINE = re.compile(r"^(?P<place>[^\W\d_][\w'.-]+(?:\s[^\W\d_][\w'.-]+){0,2})\s?:(?:\s+(?=\S)|\s*$)")


def _uncased_colon_dateline_length(line: str) -> int:
    """Length of a dateline of a city and a colon in a script without capitals, else 0 (see
    uncased_colon_dateline_place)."""
    m = _COLON_DATELINE.match(line)
    return m.end() if m and uncased_colon_dateline_place(line) is not None else 0


def uncased_colon_dateline_place(line: str) -> str | None:
    """The city of a dateline of a city and a colon in a script without capitals ("मुंबई : …"), else None. Without
    capitals to tell it, the gazetteer must know the place as a city (a country before a colon is a kicker's topic:
    "जपान: …"); in capitals, "KUALA LUMPUR: …" is read by visits._colon_dateline."""
    m = _COLON_DATELINE.match(line)
    if not m or m.group("place")[0].isupper() or m.group("place")[0].islower():
        return None
    found = places.lookup(m.group("place"))
    return found.name if found is not None and found.kind in ("capital", "city") else None


# The most words a site's name at the page's top has.
_MAX_SITE_WORDS = 6


def _find_source(strings: list[str], title_i: int | None, last_par: int) -> str | None:
    # A source credit in the footer zone is the most explicit.
    for i in range(len(strings) - 1, max(last_par - 2, -1), -1):
        m = _source_credit(strings[i])
        if m:
            return m.group("source").strip()
    # The site name: a short line heading the page, before the headline.
    if title_i is not None:
        top = _top_under_links(strings, title_i)
        for i in range(title_i):
            s = strings[i].strip()
            if i != top:
                continue
            if 1 <= len(s.split()) <= 4 and not _is_phrase(_norm(s)):
                return s
            # A menu entry heading the page ("Home", then "News", "UK"): furniture names no site.
            if _norm(s) in furniture_phrases():
                continue
            site = _site_name(s)
            if site:
                return site
            # A longer name over the headline, its words capitalised ("Diario La Voz del Litoral").
            if (len(s.split()) <= _MAX_SITE_WORDS and not _NOT_NAME.search(s) and not _TAGLINE.search(s)
                    and _looks_like_a_name(s, any_length=True)):
                return s
    return None


def _top_under_links(strings: list[str], title_i: int) -> int:
    """The line that heads the page for its site's name: the first, or the first under links of the page's
    furniture ("Skip to main content" over "The Guardian") when the site's menu or trail shows under it; a
    stacked breadcrumb ("Home", "World", "Europe") has none, and its entries name no site."""
    first = _first_nonblank(strings)
    lines = [i for i in range(first, title_i) if strings[i].strip()]
    phrases = furniture_phrases()
    k = 0
    while k < len(lines) and _norm(strings[lines[k]]) in phrases:
        k += 1
    if k == 0 or k + 1 >= len(lines):
        return first
    below = strings[lines[k + 1]].strip()
    return lines[k] if _is_menu_row(below) or _is_trail(below) or bool(_BREADCRUMB.match(below)) else first


def _source_credit(line: str) -> re.Match[str] | None:
    """The source credit that ends the line ("Fonti: ats/afp"), if any."""
    # A credit holds a colon, and no period but a final one: str's methods rule out most lines
    # and spare the regex's scan of all but the text after the last inner period.
    if ":" not in line:
        return None
    body = line.rstrip()
    return _SOURCE_CREDIT.search(line, line.rfind(".", 0, len(body) - body.endswith(".")) + 1)


# The most words of a logo's text over a site's name ("GOV.SI", "BBC News").
_LOGO_WORDS = 2


def _under_logo(strings: list[str], i: int) -> bool:
    """Whether line i is the page's first line, or only lines of a logo's few words stand above it."""
    return i == _first_nonblank(strings) or all(len(s.split()) <= _LOGO_WORDS for s in strings[:i])


def _first_nonblank(strings: list[str]) -> int:
    for i, s in enumerate(strings):
        if s.strip():
            return i
    return -1

