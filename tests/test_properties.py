"""Property tests of the text stages on hostile input: never crash, offsets inside and in order, round-trips."""

from __future__ import annotations

import codecs
import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.cleaning import clean
from digest.config import Limits, SummarySettings
from digest.errors import InputError
from digest.model import BLANK, FURNITURE, HEADING, TEXT, TITLE, Sentence
from digest.numbers import find_numbers
from digest.pipeline import Settings, analyse
from digest.quotes import find_quotes
from digest.reading import decode
from digest.sentences import split

# The fuzz/ runners raise this to search much longer with the same properties.
EXAMPLES = int(os.environ.get("DIGEST_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

LANGS = ("en", "it", "de", "pl", "fr", "es", "ru", "uk", "nl", "pt")
# Pieces of news text and of everything that breaks it, so examples hit the parsers' paths.
TOKENS = (
    "The", "minister", "said", "ha detto", "sagte", "powiedzia\u0142", "\u0441\u043a\u0430\u0437\u0430\u043b",
    "a d\u00e9clar\u00e9", "dijo", "Putin", "Macron", "Erdo\u011fan", "Xi", "President", "il presidente", "he", "er",
    "5", "12", "27,8", "3.5", "1.234.567", "1,234,567", "2022", "12 novembre", "3,5%", "40 percent", "%",
    "$", "\u20ac", "US$", "dollars", "miliardi", "billion", "Milliarden", "mln", "tys.", "\u043c\u043b\u0440\u0434",
    "about", "oltre", "mehr als", "ponad", "-", "\u2013", "\u2014", "9" * 400, "1e309", "0,0", "\u00bd",
    "\u0663\u0664", "\u00b2", "\u216b", "\u00ab", "\u00bb", "\u201e", "\u201c", "\u201d", "\u2018", "\u2019",
    "\u2039", "\u203a", '"', "'", "``", "''", "\u300c", "\u300d", ".", "!", "?", "\u2026", "...", ";", ":", ",",
    "(", ")", "[", "]", "[bold red]", "[/]", "<script>", "# ", "> ", "* ", "e.g.", "Dr.", "ul.", "z.B.", "U.S.",
    " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x00",
    "\x1b[31m", "\x1b]0;t\x07", "\u009b", "\u200b", "\u200d", "\ufeff", "\u202e", "\u0301", "\u0300" * 30,
    "\ud83d\ude00".encode("utf-16", "surrogatepass").decode("utf-16"), "\u05e9\u05dc\u05d5\u05dd", "x" * 300,
)
texts = st.lists(
    st.tuples(st.sampled_from(TOKENS) | st.text(max_size=4), st.sampled_from((" ", " ", "", "\n"))),
    max_size=80,
).map(lambda parts: "".join(a + b for a, b in parts))
langs = st.sampled_from(LANGS)


def _fold(s: str) -> str:
    return " ".join(s.split())


def _sentences(text: str, lang: str) -> tuple[list, list[Sentence]]:
    """Blocks and sentences as the pipeline makes them."""
    blocks = list(clean(text).blocks)
    sents = [
        Sentence(a, z, i) for i, b in enumerate(blocks) if b.kind == TEXT for a, z in split(text, lang, b.start, b.end)
    ]
    return blocks, sents


@SETTINGS
@given(texts, langs, st.data())
def test_split_offsets_ordered_trimmed_and_lossless(text: str, lang: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = split(text, lang, start, end)
    pos = start
    for a, z in spans:
        assert pos <= a < z <= end
        assert not text[a].isspace() and not text[z - 1].isspace()
        # Nothing between two sentences but white space: no word is ever dropped.
        assert not text[pos:a].strip()
        pos = z
    assert not text[pos:end].strip()


@SETTINGS
@given(texts)
def test_clean_classifies_every_line_and_removes_nothing(text: str) -> None:
    cleaned = clean(text)
    covered = [False] * len(text)
    pos = 0
    for b in cleaned.blocks:
        assert b.kind in (TEXT, TITLE, HEADING, FURNITURE, BLANK)
        assert pos <= b.start <= b.end <= len(text)
        assert len(text[b.start : b.end].splitlines()) <= 1
        covered[b.start : b.end] = [True] * (b.end - b.start)
        pos = b.end
    lost = [i for i, c in enumerate(text) if not covered[i] and (c + "x").splitlines()[0] == c]
    assert not lost, f"characters outside every block: {[text[i] for i in lost]}"
    assert cleaned.title is None or cleaned.title.strip()


@SETTINGS
@given(texts, langs)
def test_quotes_inside_ordered_and_round_trip(text: str, lang: str) -> None:
    blocks, sents = _sentences(text, lang)
    prev = -1
    for q in find_quotes(text, blocks, sents, lang):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.start >= prev
        prev = q.start
        parts = q.parts or ((q.start, q.end),)
        assert parts[0][0] == q.start and parts[-1][1] == q.end
        last = q.start
        for a, z in parts:
            assert last <= a <= z <= len(text)
            last = z
        assert _fold(q.text) == _fold(" \u2026 ".join(text[a:z] for a, z in parts))
        assert q.kind in ("speech", "term")
        assert q.speaker is None or q.speaker.strip()


@SETTINGS
@given(texts, langs)
def test_numbers_inside_ordered_finite_and_round_trip(text: str, lang: str) -> None:
    blocks, sents = _sentences(text, lang)
    quotes = find_quotes(text, blocks, sents, lang)
    prev = -1
    for n in find_numbers(text, blocks, sents, quotes, lang, None):
        assert 0 <= n.start < n.end <= len(text)
        assert n.surface == text[n.start : n.end]
        assert n.start >= prev
        prev = n.start
        assert math.isfinite(n.value)
        assert n.value_end is None or (math.isfinite(n.value_end) and n.value_end >= n.value)


@SETTINGS
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text, note = decode(data, "x.txt")
    except InputError as exc:
        assert exc.path == "x.txt" and exc.reason
        return
    text.encode("utf-8")  # no lone surrogate escapes into the pipeline
    assert note is None or note.strip()


# Text a person would paste: no control characters, no byte-order mark; "A " keeps it from
# starting like a binary format's magic number.
pasted = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"), min_size=1
).map(lambda t: "A " + t)


@SETTINGS
@given(pasted)
def test_decode_round_trips_utf8_and_boms(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text, None)
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, None)
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))[0] == text
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))[0] == text


@SETTINGS
@given(st.text("abcdefghijklmnopqrstuvwxyz ABCXYZ.,;:!?'-", min_size=4))
def test_decode_finds_utf16_without_bom(text: str) -> None:
    got, note = decode(text.encode("utf-16-le"))
    assert got == text and note and "UTF-16" in note


@SETTINGS
@given(texts, st.sampled_from((None, *LANGS)))
def test_analyse_never_crashes_and_stays_inside(text: str, lang: str | None) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang))
    for s in a.sentences:
        b = a.blocks[s.block]
        assert b.kind == TEXT and b.start <= s.start < s.end <= b.end
    assert list(a.summary) == sorted(set(a.summary))
    assert all(0 <= i < len(a.sentences) for i in a.summary)
    for w in a.warnings:
        assert w.strip()
