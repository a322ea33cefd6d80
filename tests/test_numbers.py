"""Key numbers: parsing news forms, informativeness, provenance and conflicts, from the gold annotation."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.cleaning import clean
from digest.model import TEXT, Analysis, Article, Block, KeyNumber, Quote, Sentence, Visit
from digest.numbers import (
    _when_in,
    CONVERSION,
    _CAPITAL,
    _DATE_LIKE,
    _DIGITS,
    _HYPHENATED,
    _WORD,
    _capitalised,
    _label_word,
    _match_before,
    _memo,
    _number_words,
    _scan,
    _scan_spans,
    _tail,
    _may_be_number,
    _word_alone,
    _word_atom,
    _WordStarts,
    find_conflicts,
    find_numbers,
    find_trends,
    fold,
    format_value,
    lexicon,
    parse_digits,
    parse_words,
    scan,
)
from digest.quotes import find_quotes
from digest.sentences import split
from digest.speakers import People

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))


@cache
def _numbers(name: str, quotes: tuple[Quote, ...] = ()) -> tuple[str, list[KeyNumber]]:
    text = (SHARED / "seeds" / name).read_text("utf-8")
    lang = GOLD[name]["lang"]
    blocks = clean(text).blocks
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) if blk.kind == TEXT for a, b in split(text, lang, blk.start, blk.end)]
    return text, find_numbers(text, blocks, sents, quotes, lang, None)


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, list[KeyNumber]]]:
    return {name: _numbers(name) for name in GOLD}


def _match(value: float, nums: list[KeyNumber]) -> list[KeyNumber]:
    return [n for n in nums if abs(n.value - value) <= 0.005 * abs(value) or (n.value_end and abs(n.value_end - value) <= 0.005 * value)]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_gold_number_is_found_with_its_currency(seeds, name: str) -> None:
    _, nums = seeds[name]
    for g in GOLD[name]["numbers"]:
        found = _match(g["value"], nums)
        assert found, f"{name}: missed {g['surface']!r}"
        if g["unit"] in ("USD", "%"):
            assert any(n.unit == g["unit"] for n in found), f"{name}: {g['surface']!r} unit"


@pytest.mark.parametrize("name", sorted(GOLD))
def test_nothing_outside_the_gold_except_bare_years(seeds, name: str) -> None:
    _, nums = seeds[name]
    gold = GOLD[name]["numbers"]
    for n in nums:
        if n.unit is None and n.value.is_integer() and 1900 <= n.value <= 2100:
            continue
        assert any(abs(n.value - g["value"]) <= 0.005 * g["value"] or n.value == g.get("value_end") for g in gold), n.surface


def test_surface_offsets_and_values_of_a_long_article(seeds) -> None:
    text, nums = seeds["004_01d6a2d3abb36165.txt"]
    for n in nums:
        assert text[n.start : n.end] == n.surface
    by_start = {n.start: n for n in nums}
    first = by_start[1255]
    assert (first.surface, first.value, first.unit) == ("$27,8 miliardi di dollari USA", 27.8e9, "USD")
    assert first.speaker == "Vladimir Putin"
    span = next(n for n in nums if n.surface.endswith("35 anni"))
    assert (span.value, span.value_end) == (30, 35)
    share = next(n for n in nums if n.surface == "un quinto")
    assert (share.value, share.unit) == (20, "%")
    companies = next(n for n in nums if n.value == 20000)
    assert (companies.unit, companies.qualifier, companies.speaker) == ("aziende", "more than", "Kassym-Jomart Tokayev")


def test_list_markers_names_and_dates_are_skipped(seeds) -> None:
    text, nums = seeds["004_01d6a2d3abb36165.txt"]
    surfaces = " | ".join(n.surface for n in nums)
    assert "Soyuz" not in surfaces and "1)" not in surfaces
    assert not any(n.value == 12 for n in nums)  # "12 novembre 2025"
    _, pl = seeds["002_46e87f747333d7d1.txt"]
    assert [n.value for n in pl] == [2, 30]  # "10 stycznia … a 11" are days, not counts


def test_quotes_give_their_speaker() -> None:
    name = "003_abf4a547a46e6000.txt"
    text = (SHARED / "seeds" / name).read_text("utf-8")
    at = text.index("43%")
    quote = Quote(at - 10, at + 10, text[at - 10 : at + 10], speaker="Somebody Quoted")
    _, nums = _numbers(name, (quote,))
    assert next(n for n in nums if n.value == 43).speaker == "Somebody Quoted"


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("più di 7.500 chilometri di confine", "it", 7500, "km"),
        ("with more than 7.5 km of border", "en", 7.5, "km"),
        ("il commercio ha raggiunto 25,6 miliardi di dollari", "it", 25.6e9, "USD"),
        ("auf 28,7 Milliarden US-Dollar", "de", 28.7e9, "USD"),
        ("obroty wyniosły 5 mld zł", "pl", 5e9, "PLN"),
        ("инвестиции около 10 млрд рублей", "ru", 10e9, "RUB"),
        ("investment of 3 bn yuan", "en", 3e9, "CNY"),
        ("20 proc. eksportu", "pl", 20, "%"),
        ("un paese che produce il 43% dell'uranio", "it", 43, "%"),
        ("une hausse de 12 pour cent", "fr", 12, "%"),
        ("elf Dokumente unterzeichnet", "de", 11, "Dokumente"),
        ("одиннадцать соглашений", "ru", 11, "соглашений"),
        ("dziewięć uczelni", "pl", 9, "uczelni"),
        ("1 234 567 habitants", "fr", 1234567, "habitants"),
        ("12’500 Franken", "de", 12500, "CHF"),
        ("veinticinco millones de euros", "es", 25e6, "EUR"),
    ],
)
def test_news_forms(text: str, lang: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, lang) if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


def test_shared_multiplier_and_qualifier_of_a_range() -> None:
    f = scan("investimenti tra 20 e 25 miliardi di euro", "it")[0]
    assert (f.value, f.value_end, f.unit) == (20e9, 25e9, "EUR")
    f = scan("около 40 тыс. человек", "ru")[0]
    assert (f.value, f.qualifier) == (40000, "about")


def test_digit_groups_by_language() -> None:
    assert parse_digits("7.500", ",") == 7500
    assert parse_digits("7.5", ".") == 7.5
    assert parse_digits("25,6", ",") == 25.6
    assert parse_digits("1,453", ".") == 1453
    assert parse_digits("1.234.567,8", ",") == 1234567.8


@pytest.mark.parametrize(
    ("word", "lang", "value"),
    [("novemila", "it", 9000), ("ventitré", "it", 23), ("einundzwanzig", "de", 21), ("quatre-vingt-dix", "fr", 90),
     ("veinticinco", "es", 25), ("twenty-five", "en", 25), ("duemilaventicinque", "it", 2025)],
)
def test_number_words(word: str, lang: str, value: float) -> None:
    assert parse_words(word, lexicon(lang)) == value


def test_format_value() -> None:
    n = KeyNumber(0, 1, "x", 25.6e9, unit="USD")
    assert format_value(n) == "$25.6 bn"
    assert format_value(dataclasses.replace(n, value=43, unit="%")) == "43 %"
    assert format_value(dataclasses.replace(n, value=7500, unit="km", qualifier="more than")) == "more than 7,500 km"
    assert format_value(dataclasses.replace(n, value=2026, value_end=2030, unit=None)) == "2026–2030"
    # One of a time unit is singular ("په یوه کال کې", in one year, read "1 years" before); a range stays plural.
    assert format_value(dataclasses.replace(n, value=1, unit="years")) == "1 year"
    assert format_value(dataclasses.replace(n, value=1, value_end=2, unit="years")) == "1–2 years"
    assert format_value(dataclasses.replace(n, value=3, unit="months")) == "3 months"


def _article(aid: str, name: str, visit: str, dup: str | None = None) -> tuple[Article, list[KeyNumber]]:
    text, nums = _numbers(name)
    lang = GOLD[name]["lang"]
    art = Article(aid, name, text, Analysis(lang, None, None, "2025-11-12", (), (), ()), lang=lang, visit=visit,
                  duplicate_of=dup, date="2025-11-12")
    return art, [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit=visit) for i, n in enumerate(nums)]


def test_conflicts_of_the_long_article_and_no_conflict_between_translations() -> None:
    arts, nums = [], []
    for aid, name, visit, dup in [("a", "000_ed581dd32eb4ea3f.txt", "v1", None), ("b", "001_80ddbc14454ec503.txt", "v1", "a"),
                                  ("c", "004_01d6a2d3abb36165.txt", "v2", None)]:
        art, ns = _article(aid, name, visit, dup)
        arts.append(art)
        nums += ns
    by_id = {n.id: n for n in nums}
    conflicts = find_conflicts(nums, arts)
    assert not [c for c in conflicts if c.visit == "v1"]
    sets = [{by_id[i].value for i in c.numbers} for c in conflicts]
    assert any({27.8e9, 28e9, 28.7e9} <= s for s in sets)  # trade last year
    assert any({27e9, 10e9} <= s for s in sets)  # Russian investment
    assert any({20000, 17000} <= s for s in sets)  # companies
    assert any({9, 8} <= s for s in sets)  # university branches
    assert not any(4e9 in s for s in sets)  # the 2024 record is not the cumulative total
    assert not any(30e9 in s for s in sets)  # the target is not a report


def test_a_translation_s_own_disagreement_is_shown_once_from_its_original() -> None:
    texts = {
        "a": ("en", "The minister said trade reached 5.2 billion dollars. The statistics office put trade at 4.8 billion dollars."),
        "b": ("de", "Der Minister sagte, der Handel habe 5,2 Milliarden Dollar erreicht. "
                    "Das Statistikamt bezifferte den Handel auf 4,8 Milliarden Dollar."),
    }
    arts, nums = [], []
    for aid, (lang, text) in texts.items():
        arts.append(Article(aid, aid, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v",
                            duplicate_of="a" if aid == "b" else None))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(_found(text, lang))]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)] == [["a", "a"]]
    # Alone in its visit (the original elsewhere), the translation still shows it.
    alone = [dataclasses.replace(n, visit="w") for n in nums if n.article == "b"]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(alone, arts[1:])] == [["b", "b"]]
    # So does one whose values the original does not give (a figure the original misread).
    other = [dataclasses.replace(n, value=4.6e9) if n.article == "b" and n.value == 4.8e9 else n for n in nums]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(other, arts)] == [["a", "a"], ["b", "b"]]


def test_trends_follow_a_measure_across_visits() -> None:
    n = KeyNumber(0, 1, "x", 25.6e9, unit="USD", what="commercio bilaterale", sentence="commercio bilaterale")
    a = dataclasses.replace(n, id="a", visit="v1")
    b = dataclasses.replace(n, id="b", visit="v2", value=27.8e9, what="interscambio commerciale")
    c = dataclasses.replace(n, id="c", visit="v2", value=43, unit="%", what="uranio")
    visits = [
        Visit("v1", "", None, None, "Astana", "auto", (), participants=("Kassym-Jomart Tokayev", "Vladimir Putin", "Sergei Lavrov")),
        Visit("v2", "", None, None, "Moscow", "auto", (), participants=("Владимир Путин", "Токаев")),
    ]
    trends = find_trends([a, b, c], visits)
    assert [t.points for t in trends] == [(("v1", 25.6e9, None), ("v2", 27.8e9, None))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The host and his foreign minister meet two other guests.
        (Visit("v1", "", None, None, "Brasilia", "auto", (), participants=("Pedro Sánchez", "Lula", "José Manuel Albares")),
         Visit("v2", "", None, None, "Rabat", "auto", (), participants=("Pedro Sánchez", "Akhannouch", "José Manuel Albares"))),
        # Nobody named: two capitals are two pairs of countries.
        (Visit("v1", "", None, None, "Madrid", "auto", ()), Visit("v2", "", None, None, "Rome", "auto", ())),
    ],
)
def test_a_trend_needs_the_same_parties(first: Visit, second: Visit) -> None:
    n = KeyNumber(0, 1, "x", 2.3e9, unit="EUR", what="inversiones", sentence="un paquete de inversiones")
    a = dataclasses.replace(n, id="a", visit="v1")
    b = dataclasses.replace(n, id="b", visit="v2", value=1.2e9, what="investimenti", sentence="nuovi investimenti")
    assert find_trends([a, b], [first, second]) == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,'  %$€-–:)(abc milardioUSznov°\n")), max_size=80),
       st.sampled_from(["it", "de", "pl", "en", "fr", "es", "ru"]))
def test_parser_never_crashes_and_offsets_hold(text: str, lang: str) -> None:
    blocks = clean(text).blocks
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) if blk.kind == TEXT for a, b in split(text, lang, blk.start, blk.end)]
    for n in find_numbers(text, blocks, sents, [], lang, None):
        assert 0 <= n.start < n.end <= len(text)
        assert n.surface == text[n.start : n.end]
    for f in scan(text, lang):
        assert 0 <= f.start <= f.end <= len(text)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Товарооборот составил 28,7 млрд долларов, заявил Путин.", "ru", "Путин"),
        ("According to Modi, more than 10,000 students study in France.", "en", "Modi"),
        ("Il commercio è stato di 5 miliardi di euro.", "it", None),
    ],
)
def test_explicit_attribution(text: str, lang: str, speaker: str | None) -> None:
    blocks = (Block(0, len(text), TEXT),)
    sents = [Sentence(a, b, 0) for a, b in split(text, lang)]
    nums = find_numbers(text, blocks, sents, [], lang, None)
    assert nums and all(n.speaker == speaker for n in nums)


def test_a_language_without_data_reads_like_english() -> None:
    f = scan("exports rose 12% to 5 billion dollars", "xx")
    assert [(x.value, x.unit) for x in f] == [(12, "%"), (5e9, "USD")]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [("exports reached a billion dollars", "en", "a billion dollars"), ("the deal runs for a year", "en", "a year"),
     ("un miliardo di euro", "it", "un miliardo di euro"), ("See https://example.org/a/a/a/b for a view", "en", None),
     ("ein Land, eine Stadt, un paese", "de", None)],
)
def test_a_is_a_number_only_before_a_scale_or_time_unit(text: str, lang: str, surface: str | None) -> None:
    assert [text[f.start : f.end] for f in scan(text, lang)] == ([surface] if surface else [])


@pytest.mark.parametrize(
    "junk",
    ["https://example.org/" + "a/" * 10_000, "a " * 10_000, "1,2.3-4/5 " * 2_000, "1 2 3 4 5 " * 1_500],
    ids=["url", "articles", "separators", "digits"],
)
def test_numeral_junk_is_read_without_inventing_figures(junk: str) -> None:
    # Its growth is timed in bench/scaling.py: each "a" once tried every character of a
    # 60-character look-back, and date-like spans were checked against every figure.
    text = "The minister arrived. " + junk
    sentences = [Sentence(a, z, 0) for a, z in split(text, "en", 0, len(text))]
    found = find_numbers(text, [Block(0, len(text), TEXT)], sentences, [], "en", None)
    assert all(n.sentence for n in found)
    if "a" in junk and "/" not in junk:
        assert found == []


def test_a_list_of_speakers_gives_each_figure_its_own() -> None:
    # Its growth is timed in bench/scaling.py: each speaker was looked for in every later
    # sentence, and its first names searched for in the whole text.
    ls = "bcdfghklmnprstvz"
    text = "".join(f"Trade rose 5 percent, said {ls[i % 16].upper()}a{ls[i // 16 % 16]}o{ls[i // 256]}ov. "
                   for i in range(3000))
    sentences = [Sentence(a, z, 0) for a, z in split(text, "en", 0, len(text))]
    found = find_numbers(text, [Block(0, len(text), TEXT)], sentences, [], "en", None)
    names = [f"{ls[i % 16].upper()}a{ls[i // 16 % 16]}o{ls[i // 256]}ov" for i in range(3000)]
    assert found[0].speaker == "Babobov" and [n.speaker for n in found] == names


def test_fold_keeps_offsets() -> None:
    assert fold("Rose\u00a05\u202f% l’anno, İzmir") == "rose 5 % l'anno, İzmir"


def test_cue_candidates_hold_every_word_start_where_a_cue_matches() -> None:
    lex = lexicon("en")
    text = "He said, resaid and unsaid it: as said by Modi, according to Modi. Saying so"
    low = fold(text)
    for section in (lex.verbs, lex.according, lex.cues):
        slow = [m.start() for m in re.finditer(r"\b\w", low) if section.match(text, low, m.start())]
        found = section.candidates(low, 0, len(text))
        assert [p for p in found if section.match(text, low, p)] == slow
        assert len(found) < len(re.findall(r"\b\w", low)) // 2
    # The range's first character counts as a word start; a phrase may run past the range's end.
    inner = text.index("said", text.index("resaid"))
    assert [p for p in lex.verbs.candidates(low, inner, inner + 4) if lex.verbs.match(text, low, p)] == [inner]
    at = text.index("according")
    assert [p for p in lex.according.candidates(low, 0, at + 3) if lex.according.match(text, low, p)] == [at]
    # Candidates of the whole text, cut to a range, are the range's own.
    every = lex.cues.candidates(low, 0, len(low))
    for a, b in ((0, 12), (inner, inner + 4), (at - 3, at + 3), (9, len(low))):
        assert lex.cues.candidates(low, a, b, every) == lex.cues.candidates(low, a, b)


def test_word_starts_are_the_same_searched_or_indexed() -> None:
    text = "Tokayev met Tokayevs. Jean-Pierre Tokayev_x Tokayev; _Tokayev Tokayev"
    searched, indexed = _WordStarts(text), _WordStarts(text)
    for i in range(_WordStarts.SEARCHED):
        indexed.of(f"w{i}")
    asked = ["Tokayev", "Jean", "Pierre", "Tokayevs", "Toka"]
    assert [searched.of(w) for w in asked] == [indexed.of(w) for w in asked]
    assert searched.index is None and indexed.index is not None
    assert searched.of("Tokayev") == [0, 44, 62]


def test_whether_a_word_occurs_is_the_same_searched_or_from_the_word_set() -> None:
    text = "Tokayev met Tokayevs. Jean-Pierre Tokayev_x; _Tokayev the Toka"
    searched, listed = _WordStarts(text), _WordStarts(text)
    for i in range(_WordStarts.SEARCHED):
        listed.has(f"w{i}")
    asked = ["Tokayev", "Jean", "Pierre", "Tokayevs", "Toka", "Tokay", "x", "_Tokayev", "the"]
    assert [searched.has(w) for w in asked] == [listed.has(w) for w in asked] == [bool(searched.of(w)) for w in asked]
    assert searched.words is None and listed.words is not None
    assert [searched.has(w) for w in ("Tokayev", "Tokay", "x")] == [True, False, False]


# The plain forms the scanning patterns are written against: theirs open with a digit, or look
# only at word starts, to spare the engine work.
_PLAIN_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[.,'’\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
_PLAIN_DATE_LIKE = (
    r"\b(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{1,2}[:.]\d{2}\s?(?:h|uhr|am|pm)\b|\d{1,2}:\d{2}\b"
    r"|\d{1,2}\s?h\s?\d{2}(?!\d))"  # a clock time: "14h30", "2 h 10"
    # A spaced day and month, the year optional: "12. 11. 2025.", "16. 4.".
    r"|(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.[ \u00a0](?:0?[1-9]|1[0-2])\.(?:[ \u00a0]?(?:19|20)\d\d(?!\d))?(?![\d,]|\.\d)"
)
_PLAIN_HYPHENATED = r"\w+(?:[-’']\w+)+"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,:/-’' \u00a0ahmpruxé_", max_size=40), st.integers(0, 40), st.integers(0, 40))
@example("0h00", 0, 4)
@example("a 12. 11. 2025. b", 0, 17)
def test_scanning_patterns_match_their_plain_forms(text: str, a: int, b: int) -> None:
    # Blocks are scanned between start and end positions: the numeral patterns must agree there too.
    for pattern, plain in ((_DIGITS, _PLAIN_DIGITS), (_DATE_LIKE, _PLAIN_DATE_LIKE)):
        assert [m.span() for m in pattern.finditer(text, a, b)] == [m.span() for m in re.compile(plain).finditer(text, a, b)]
    # Hyphenated words are read from whole texts.
    assert _HYPHENATED.findall(text) == re.findall(_PLAIN_HYPHENATED, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aàeiontdsuhwy3-'’ \n.", max_size=60), st.sampled_from(["en", "it", "de", "fr"]))
def test_the_number_word_search_finds_every_word_read_as_a_number(text: str, lang: str) -> None:
    low = fold(text)
    first = _WORD.search(low)
    if first is None:
        return
    words = [(m.start() + m.group().rfind("'") + 1, m.end()) for m in _WORD.finditer(low, first.end())]
    numbers = [(a, b) for a, b in words if _memo(_word_alone, lang)[low[a:b]] is not None]
    found = [m.span() for m in _number_words(lang).finditer(low, first.end())]
    # Words (after their elided article) only, and every one that reads as a number.
    assert set(found) <= set(words) and set(numbers) <= set(found)
    assert all(_may_be_number(low[a:b], lexicon(lang)) for a, b in found)


@settings(max_examples=300, deadline=None)
@example("paid 12345 dollars and 77 more", [7, 12], "en", 10)
@example("d0m-n km", [], "en", 1)
@example("it was twenty five, 10.03.2024", [9, 10, 24, 25], "en", 10)
@given(
    st.text(alphabet="0123456789.,:/- ahmnoetwdrsuk\n", max_size=80),
    st.lists(st.integers(0, 80), max_size=8),
    st.sampled_from(["en", "it", "de"]),
    st.integers(1, 12),
)
def test_blocks_scanned_together_read_as_scanned_one_by_one(text: str, cuts: list[int], lang: str, budget: int) -> None:
    # Spans in text order, apart or touching, cut anywhere (inside numerals and words too).
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = [(a, b) for a, b in zip(points, points[1:]) if a < b][::2] or [(0, len(text))]
    low = fold(text)
    left = budget
    alone = []
    for a, b in spans:
        found, read = _scan(text, lexicon(lang), a, b, low, left) if left else ([], 0)
        left -= read
        alone.append((found, read))
    assert _scan_spans(text, lexicon(lang), spans, low, budget) == alone


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBÉéĀāДд _-'’.5\n", max_size=30), st.text(alphabet="aAbBÉĀД_-'.", min_size=1, max_size=4))
def test_a_capitalised_word_is_counted_as_a_search_of_all_of_them_counts_it(text: str, word: str) -> None:
    counts = Counter(_CAPITAL.findall(text))
    for w in (*counts, word):
        for times in (1, 2, 3):
            assert _capitalised(text, w, times) == (counts[w] >= times)


def test_label_words_drop_elided_articles_and_know_their_kind() -> None:
    assert _label_word("dell'Uranio", "it") == ("uranio", "Uranio", False, False)
    assert _label_word("di", "it")[2] and _label_word("of", "en")[2]
    assert _label_word("the", "en")[3] and _label_word("twenty", "en")[3] and _label_word("March", "en")[3]
    assert not _label_word("exports", "en")[3]


def test_currency_codes_before_a_figure_are_found_by_their_last_word_and_case() -> None:
    lex = lexicon("en")
    assert lex.currencies.tails is not None
    text = "paid USD 5, then usd 6"
    low = fold(text)
    assert _match_before(lex.currencies, text, low, text.index("5"), 0, words=1) == (text.index("USD"), "USD")
    assert _match_before(lex.currencies, text, low, text.index("6"), 0, words=1) is None


def test_every_word_read_as_a_number_passes_the_first_letter_test() -> None:
    for lang in ("en", "it", "de", "pl", "fr", "es", "ru"):
        lex = lexicon(lang)
        base = sorted({*lex.words, *lex.weak, *(e[0] for s in lex.sections.values() for e in s.entries)})
        some = base[::7]
        words = {*base, *(a + b for a in some for b in some), *(a + "-" + b for a in some for b in some),
                 *(a + e for a in base for e in lex.ordinal_endings), *(a[:-1] + e for a in base for e in lex.ordinal_endings)}
        phrase_sections = (lex.word_phrases, lex.vague, lex.ordinals)
        # _word_alone() is only asked about folded (lower-case) words: a capitalised entry's combination
        # ("SE-i") is none of its inputs.
        for w in {fold(w) for w in words}:
            # _word_alone() reads a word after its last apostrophe ("dizainesd'|après"): whole, never.
            if not _WORD.fullmatch(w) or "'" in w:
                continue
            if _word_atom(w, w, lex, w, 0, len(w)) is not None or any(s.may_start(w) for s in phrase_sections):
                assert _may_be_number(w, lex), (lang, w)
    assert not _may_be_number("house", lexicon("en"))


def test_a_phrase_before_a_figure_is_found_by_its_last_word() -> None:
    assert [_tail(p) for p in ("more than", "più di", "ca.", "$", "über")] == ["than", "di", ".", "$", "über"]
    lex = lexicon("en")
    text = "exports of more than 5 and nearly 7, not somethan 9"
    low = fold(text)
    assert _match_before(lex.qualifiers, text, low, text.index("5"), 0) == (text.index("more"), "more than")
    assert _match_before(lex.qualifiers, text, low, text.index("7"), 0)[0] == text.index("nearly")
    assert _match_before(lex.qualifiers, text, low, text.index("9"), 0) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("Two-thirds of exports go east.", 66.7), ("one-third of the trade", 33.3), ("three-quarters of the land", 75)],
)
def test_hyphenated_fractions_are_shares(text: str, value: float) -> None:
    figs = scan(text, "en")
    assert [(f.value, f.unit) for f in figs] == [(value, "%")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("a deal worth A$2 billion", "en", 2e9, "AUD"),
        ("investments of R$5 billion", "en", 5e9, "BRL"),
        ("a C$300 million plant", "en", 300e6, "CAD"),
        ("HK$ 3 billion in bonds", "en", 3e9, "HKD"),
        ("orders of US$ 40 million", "en", 40e6, "USD"),
        ("a $5 billion fund", "en", 5e9, "USD"),
        ("Rs 500 crore for the port", "en", 5e9, "INR"),
        ("3 lakh jobs", "en", 3e5, "jobs"),
        ("8 trillion won in chips", "en", 8e12, "KRW"),
        ("5 mil millones de reales", "es", 5e9, "BRL"),
        ("200 millones de pesos mexicanos", "es", 200e6, "MXN"),
        ("2 Milliarden Real", "de", 2e9, "BRL"),
        ("5 млрд реалов", "ru", 5e9, "BRL"),
        # The New Zealand dollar and the CFP (Pacific) franc, by their words in each language.
        ("un prêt de 30 millions de dollars néo-zélandais", "fr", 30e6, "NZD"),
        ("un budget de 900 millions de francs Pacifique", "fr", 900e6, "XPF"),
        ("a grant of 12 million New Zealand dollars", "en", 12e6, "NZD"),
        ("some 300 million Pacific francs", "en", 300e6, "XPF"),
        ("15 Millionen neuseeländische Dollar", "de", 15e6, "NZD"),
        ("20 milioni di dollari neozelandesi", "it", 20e6, "NZD"),
        ("8 millones de dólares neozelandeses", "es", 8e6, "NZD"),
        ("6 milhões de dólares australianos", "pt", 6e6, "AUD"),
        ("5 mln dolarów nowozelandzkich", "pl", 5e6, "NZD"),
        ("7 млн новозеландских долларов", "ru", 7e6, "NZD"),
        # The Albanian definite plural of "euro" ("the 3 billion euros").
        ("nga 3 miliardë eurot e fondit", "sq", 3e9, "EUR"),
    ],
)
def test_dollars_of_other_countries_and_more_currencies(text: str, lang: str, value: float, unit: str) -> None:
    f = scan(text, lang)[0]
    assert (f.value, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        # A stem before the phrase's last word takes the declined adjective ("австралийск* доллар*").
        ("кредит в 3 млн канадских долларов", "ru", "CAD"),
        ("рост на 2 процентных пункта", "ru", "pp"),
        ("zapłacili 9 mln franków szwajcarskich", "pl", "CHF"),
        ("wzrost o 4 punkty procentowe", "pl", "pp"),
    ],
)
def test_a_stem_word_inside_a_phrase_matches_its_declined_forms(text: str, lang: str, unit: str) -> None:
    assert [f.unit for f in scan(text, lang)] == [unit]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mexico wants to double its trade with Sweden by 2030, the minister said.", "en"),
        ("Polen vill fördubbla handeln med Norge till 2030, sade ministern.", "sv"),
    ],
)
def test_a_lone_deadline_year_is_no_key_number(text: str, lang: str) -> None:
    # The year dates a plan whose figure is not given; a year standing alone otherwise stays.
    assert _found(text, lang) == []
    assert [n.surface for n in _found("The company was founded in 1887 in Cork.", "en")] == ["1887"]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("A chefe do governo, Rita Moura, que prometeu 12 milhões de euros para hospitais.", "pt", "hospitais"),
        ("La ministre lituanienne, Ona Kairys, a annoncé 15 millions d'euros pour les écoles.", "fr", "écoles"),
        ("Il ministro francese, Paul Girard, ha promesso 20 milioni di euro alle scuole.", "it", "scuole"),
        ("The leaders met in Apia, Samoa, with Prime Minister Tom Lee pledging $40 million in grants.", "en", "grants"),
        ("El alcalde recibió al ministro de Chile, Pablo Ruiz, en una cita que duró casi dos horas.", "es", ""),
    ],
)
def test_a_name_set_off_by_commas_is_no_label(text: str, lang: str, what: str) -> None:
    # The apposed name (and its title before it) says who or where, not what the figure measures.
    assert [n.what for n in _found(text, lang)] == [what]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Access of third countries to the fund is still unclear.", "en"),
        ("Der Zugang dritter Staaten zum Fonds ist noch unklar.", "de"),
        ("De toegang van derde landen tot het fonds is onduidelijk.", "nl"),
        ("Tillträdet för tredje länder till fonden är oklart.", "sv"),
        ("Fona üçüncü ülkelerin katılımı hâlâ belirsiz.", "tr"),
        ("Prístup tretích krajín k fondu je zatiaľ nejasný.", "sk"),
    ],
)
def test_third_countries_are_no_rank(text: str, lang: str) -> None:
    # "Third countries" names the countries outside a union ([idioms]): no figure, while a rank stays one.
    assert scan(text, lang) == []
    assert [(f.value, f.unit) for f in scan("It is the third largest market.", "en")] == [(3, "ordinal")]


@pytest.mark.parametrize("text", ["No 10 called for calm.", "A spokesman for No. 10 Downing Street said so."])
def test_a_marked_number_before_a_name_or_a_verb_is_no_figure(text: str) -> None:
    blocks = (Block(0, len(text), TEXT),)
    sents = [Sentence(a, b, 0) for a, b in split(text, "en")]
    assert find_numbers(text, blocks, sents, [], "en", None) == []
    assert [(f.value, f.unit) for f in scan("the No. 1 priority", "en")] == [(1, "ordinal")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("полтора миллиарда рублей", "ru", 1.5e9, "RUB"),
        ("в течение полутора лет", "ru", 1.5, "years"),
        ("anderthalb Jahre", "de", 1.5, "years"),
        ("eineinhalb Milliarden Euro", "de", 1.5e9, "EUR"),
        ("zweieinhalb Millionen Menschen", "de", 2.5e6, "Menschen"),
        # "and a half" after a scale halves the scale; after a number word it adds a half.
        ("the port handles a million and a half tons a year", "en", 1.5e6, "t"),
        ("talks lasted two and a half years", "en", 2.5, "years"),
        ("el puerto mueve dos millones y medio de toneladas", "es", 2.5e6, "t"),
        ("a fábrica custa três milhões e meio de euros", "pt", 3.5e6, "EUR"),
        ("rząd wyda półtora miliarda złotych", "pl", 1.5e9, "PLN"),
        ("через три с половиной года", "ru", 3.5, "years"),
    ],
)
def test_one_and_a_half_words(text: str, lang: str, value: float, unit: str) -> None:
    f = scan(text, lang)[0]
    assert (f.value, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Ремонтът ще струва три милиона и петстотин хиляди лева.", "bg", 3.5e6),
     ("Ремонт обойдётся в четыреста тысяч рублей.", "ru", 4e5)],
)
def test_a_plural_scale_after_number_words_is_exact(text: str, lang: str, value: float) -> None:
    """The plural scale after number words ("петстотин хиляди", "четыреста тысяч") is the plain scale,
    not the vague "thousands" (at least); a remainder joined by "и" is part of the same figure."""
    assert [(f.value, f.qualifier) for f in scan(text, lang)] == [(value, None)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Mowa o pięciu tysiącach żołnierzy.", "pl", 5000), ("Речь идёт о шести тысячах солдат.", "ru", 6000),
     ("Ми заощадили на восьми тисячах дронів.", "uk", 8000)],
)
def test_oblique_thousands_are_a_scale(text: str, lang: str, value: float) -> None:
    """A scale word in an oblique case (locative "tysiącach") multiplies the number word before it."""
    assert scan(text, lang)[0].value == value


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [("Sie sprachen unter vier Augen über vier Abkommen.", "de", ["vier Abkommen"]),
     ("Rozmawiali w cztery oczy o pięciu umowach.", "pl", ["pięciu umowach"]),
     # "Both sides" / "on the other hand": pusė is a side there, no half (50 %).
     ("Abi pusės pasirašė tris sutartis.", "lt", ["tris sutartis"]),
     ("Iš kitos pusės, prekyba auga.", "lt", [])],
)
def test_idioms_with_number_words_count_nothing(text: str, lang: str, surfaces: list[str]) -> None:
    assert [text[f.start : f.end] for f in scan(text, lang)] == surfaces


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("Nach Angaben der türkischen Seite belief sich der Handel zwischen beiden Ländern auf 48,6 Milliarden Euro.",
         "de", "Handel"),
        ("По данным Росстата товарооборот вырос на 5 %.", "ru", "товарооборот"),
        ("According to the ministry trade rose 5%.", "en", "trade"),
        ("Лавров прибыл с двухдневным визитом в Ташкент.", "ru", "визитом"),
        ("Объем переводов составил почти две трети от всех переводов в республику.", "ru", "переводов"),
    ],
)
def test_labels_skip_the_source_and_read_the_whole_of_a_share(text: str, lang: str, what: str) -> None:
    assert [n.what for n in _found(text, lang)] == [what]


def test_a_source_does_not_hide_a_conflict() -> None:
    texts = {"a": "Das bilaterale Handelsvolumen erreichte 2024 50,2 Milliarden Euro.",
             "b": "Ankara, 30. Oktober 2025 – Nach Angaben der türkischen Seite belief sich der Handel im Jahr 2024 auf 48,6 Milliarden Euro."}
    arts, nums = [], []
    for aid, text in texts.items():
        arts.append(Article(aid, aid, text, Analysis("de", None, None, None, (), (), ()), lang="de", visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(_found(text, "de"))]
    assert [len(c.numbers) for c in find_conflicts(nums, arts)] == [2]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Merz sagte, man wolle mehr Handel. Bei der Migration verwies die deutsche Seite auf Fortschritte. "
         "Der Handel wuchs um 12 Prozent.", "de", None),
        ("Merz sprach lange. Merz sagte, man wolle mehr Handel. Anschließend sagte er, der Handel sei um 12 Prozent gewachsen.", "de", "Merz"),
        ("Goyal met Starmer. Goyal said trade was strong. The deal is worth £350 million, Downing Street said.", "en", None),
        ("Goyal met Starmer. Goyal said trade was strong. The government said exports rose 12%.", "en", None),
        ("Goyal met Starmer. Goyal said trade was strong. Trade rose 5 percent, he said.", "en", "Goyal"),
        ("Goyal met Starmer. Goyal said trade was strong. Exports rose 12%, the minister said.", "en", "Goyal"),
        ("Путин встретился с Токаевым. Путин заявил, что отношения крепкие. По словам министра, товарооборот вырос на 5%.", "ru", None),
        ("Путин встретился с Токаевым. Путин заявил, что отношения крепкие. По его словам, товарооборот вырос на 5%.", "ru", "Путин"),
        # A capitalised name after a Romanian possessive article ("al Lacului Verde": of the Green Lake) owns, never speaks.
        ("Ministrul Dan Pop a vizitat portul. Pop a spus că lucrările încep în 2030, iar debitul total al Lacului Verde "
         "este estimat la 90 de metri cubi.", "ro", None),
    ],
)
def test_a_source_that_is_no_person_takes_no_speaker(text: str, lang: str, speaker: str | None) -> None:
    assert [n.speaker for n in _found(text, lang)] == [speaker]


@pytest.mark.parametrize(("text", "what"), [
    ("The ministers signed 9 deals, including one on building a 35-kilometre pipeline to the coast.", "pipeline"),
    ("Officials could soon open a 15-km road.", "road"),
    ("Officials could soon open a 15-km road between the two villages.", "road"),
])
def test_a_hyphenated_measure_labels_the_noun_after_it(text: str, what: str) -> None:
    # "a 35-kilometre pipeline" is a compound adjective of "pipeline", like "a two-day visit";
    # the clause's opener ("including", "could") names nothing.
    assert [n.what for n in _found(text, "en") if n.unit == "km"] == [what]


@pytest.mark.parametrize("modal", ["should", "must", "might"])
def test_a_modal_verb_is_no_label(modal: str) -> None:
    # "…, should be ready in 2029": the clause's modal opens a predicate, it names nothing.
    text = f"The power line, which crosses the mountains, {modal} be ready in 2029."
    assert [n.what.split()[0] for n in _found(text, "en")] != [modal]


def test_a_titled_speaker_is_no_label() -> None:
    # "Finnish Transport Minister Aino Lehto said …": the whole capitalised subject of the speech
    # verb tells who gives the figure, not what it measures.
    text = "Finnish Transport Minister Aino Lehto said the bridge could earn Helsinki up to €90 million a year."
    assert [(n.what, n.speaker) for n in _found(text, "en")] == [("bridge", "Aino Lehto")]


def test_who_puts_a_measure_at_a_figure_is_its_source() -> None:
    # "X put exports at €4 billion": the verb reports a figure whatever the measure named between.
    text = "Prime Minister Ola Halvorsen met Per Lindqvist on Monday. Halvorsen put annual exports at €4 billion."
    assert [n.speaker for n in _found(text, "en")] == ["Ola Halvorsen"]


def test_an_estimated_figure_is_nobody_s_word() -> None:
    text = "Goyal met Starmer. Goyal said trade was strong.\n\nThe plant will create an estimated 3,000 jobs."
    cut = text.index("The plant")
    blocks = [Block(0, cut - 2, TEXT), Block(cut, len(text), TEXT)]
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) for a, b in split(text, "en", blk.start, blk.end)]
    assert [(n.value, n.speaker) for n in find_numbers(text, blocks, sents, [], "en", None)] == [(3000, None)]


def _visit_numbers(texts: dict[str, str], lang: str) -> tuple[list[Article], list[KeyNumber]]:
    arts, nums = [], []
    for aid, text in texts.items():
        arts.append(Article(aid, aid, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(_found(text, lang))]
    return arts, nums


def test_a_growth_rate_and_shares_of_one_whole_are_no_conflict() -> None:
    arts, nums = _visit_numbers({
        "a": "Services account for roughly 43% of India's exports to Britain.",
        "b": "Indian exports to the UK could rise by as much as 60% by 2030.",
        "c": "Ninety-nine per cent of our exports will enter Britain duty-free.",
    }, "en")
    assert next(n for n in nums if n.value == 43).what == "exports"
    assert find_conflicts(nums, arts) == ()


def test_a_part_after_an_urdu_of_which_is_no_report_of_the_total() -> None:
    # ur "جس میں سے" (of which) opens a part of the total just given, as en "of which" does.
    arts, nums = _visit_numbers({
        "a": "وزیر نے بتایا کہ دونوں ملکوں کی تجارت 50 کروڑ ڈالر رہی، جس میں سے 30 کروڑ ڈالر سے زیادہ صرف چاول کی تھی۔",
        "b": "مشیر نے کہا کہ دونوں ملکوں کی تجارت 35 کروڑ ڈالر ہے۔",
    }, "ur")
    assert sorted(n.value for n in nums if n.unit == "USD") == [3e8, 3.5e8, 5e8]
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[3.5e8, 5e8]]
    # The part is measured as another measure under the total's words, whatever figures stand beside it.
    from digest.numbers import _measure

    assert _measure(next(n for n in nums if n.value == 3e8), arts[0]).reverse


def test_a_rate_against_the_year_before_is_no_share() -> None:
    # ka "წინა წელთან შედარებით … მეტია" (more than the year before): a growth rate, not the 11 % share.
    arts, nums = _visit_numbers({
        "a": "სავაჭრო ბრუნვა გასულ წელს 2 მილიარდ დოლარს შეადგენდა, რაც წინა წელთან შედარებით 6,5 პროცენტით მეტია.",
        "b": "მინისტრის თქმით, თურქეთი ქვეყნის საგარეო ვაჭრობის 11%-ს შეადგენს.",
    }, "ka")
    assert {n.value for n in nums} >= {6.5, 11}
    assert find_conflicts(nums, arts) == ()


def test_growth_rates_of_one_measure_still_conflict() -> None:
    arts, nums = _visit_numbers({"a": "Exports rose by 12% last year.", "b": "Exports grew 9% last year."}, "en")
    assert [len(c.numbers) for c in find_conflicts(nums, arts)] == [2]


def test_counts_of_a_language_without_lists_do_not_conflict() -> None:
    # Unread, the word after a figure may be a per-cent word or a verb ("grew by 12 per cent"):
    # two figures sharing only it are no two reports of one count.
    # (Turkmen text read as Tatar, which ships no lists: Turkmen has its own since round 23.)
    arts, nums = _visit_numbers({"a": "Eksport 12 göterime ösdi.", "b": "Ýük bahasy 14 göterime peseldi."}, "tt")
    assert [n.unit for n in nums] == ["göterime", "göterime"]
    assert find_conflicts(nums, arts) == ()


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # An upper and a lower bound that meet tell one sum.
        ("Bilateral trade reached almost 3.3 billion euros last year.", "Bilateral trade reached more than 3 billion euros last year.", 0),
        # A bound far from the other figure, a ceiling against a count, two exact figures: a disagreement.
        ("Bilateral trade reached almost 5 billion euros last year.", "Bilateral trade reached more than 3 billion euros last year.", 1),
        ("Bilateral trade reached up to 3.3 billion euros last year.", "Bilateral trade reached 3 billion euros last year.", 1),
        ("Bilateral trade reached 3.3 billion euros last year.", "Bilateral trade reached 3 billion euros last year.", 1),
        # "Almost 21" rounds from 20.5 up: 20.2 is another figure, not a rounding of it.
        ("Bilateral trade reached 20.2 billion euros last year.", "Bilateral trade reached almost 21 billion euros.", 1),
        # "More than 200" is what a writer rounding 240 down says; 270 would round to 300.
        ("In total 240 officers will join the patrols.", "In total more than 200 officers will join the patrols.", 0),
        ("In total 270 officers will join the patrols.", "In total more than 200 officers will join the patrols.", 1),
        # "Less than 5" caps 4 (rounded up to the next whole figure), not 3; "less than 10" caps 6.
        ("Asia takes 4 percent of the exports.", "Asia takes less than five percent of the exports.", 0),
        ("Asia takes 3 percent of the exports.", "Asia takes less than five percent of the exports.", 1),
        ("Asia takes 6 percent of the exports.", "Asia takes less than ten percent of the exports.", 0),
    ],
)
def test_bounds_that_meet_are_no_conflict(a: str, b: str, conflicts: int) -> None:
    arts, nums = _visit_numbers({"a": a, "b": b}, "en")
    assert len(find_conflicts(nums, arts)) == conflicts


def test_a_trend_needs_more_than_one_word_of_a_long_label() -> None:
    n = KeyNumber(0, 1, "x", 33.3, unit="%", what="exportaciones brasileñas frente", sentence="exportaciones brasileñas frente")
    a = dataclasses.replace(n, id="a", visit="v1")
    b = dataclasses.replace(n, id="b", visit="v2", value=43, what="exports", sentence="exports")
    visits = [Visit("v1", "", None, None, None, "auto", ()), Visit("v2", "", None, None, None, "auto", ())]
    assert find_trends([a, b], visits) == ()


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [("Товарооборот между странами составил 11,2 млрд долларов, увеличившись на 13,6 %.", "ru", "Товарооборот"),
     ("Exports reached $5 billion, rising 12%.", "en", "Exports")],
)
def test_a_change_word_alone_is_no_label(text: str, lang: str, what: str) -> None:
    assert [n.what for n in _found(text, lang)][-1] == what


def test_a_day_name_before_a_speech_verb_is_no_speaker() -> None:
    text = ("On Thursday the talks began. Keir Starmer on Thursday pledged to turn the deal into jobs, "
            "as he wrapped up a two-day visit.")
    assert [n.speaker for n in _found(text, "en")] == [None]


def test_a_clause_that_only_names_a_source_is_no_label() -> None:
    text = "Exports are worth £42.6bn a year, according to the Office for National Statistics, and could grow by £25.5bn."
    assert "Statistics" not in _found(text, "en")[-1].what


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [("Лавров отметил, что российские инвестиции превысили 1,5 млрд долларов.", "ru", "инвестиции"),
     ("Merz sagte, dass der Handel um 5 Prozent gewachsen sei.", "de", "Handel"),
     ("В России работают граждане Узбекистана, а объем их переводов составил 9,5 млрд долларов.", "ru", "объем")],
)
def test_a_clause_with_its_own_subject_gives_the_label(text: str, lang: str, what: str) -> None:
    assert [n.what for n in _found(text, lang)] == [what]


def test_anonymous_officials_are_not_the_last_named_speaker() -> None:
    text = ("Scholz told reporters that ties were strong. Scholz added more. "
            "The governments agreed to spend about 1.5 billion euros on defence, officials said.")
    assert [n.speaker for n in _found(text, "en")] == [None]


def _conflict_values(texts: dict[str, str], lang: str) -> list[list[float]]:
    arts, nums = _visit_numbers(texts, lang)
    by_id = {n.id: n for n in nums}
    return [sorted(by_id[i].value for i in c.numbers) for c in find_conflicts(nums, arts)]


@pytest.mark.parametrize(
    ("texts", "lang", "values"),
    [
        # A parenthetical source leaves a pronoun as the clause's first word: the measure is earlier.
        ({"a": "Secondo i dati del governo, l'interscambio tra Italia e Francia ha raggiunto nel 2024 i 6,2 miliardi di euro.",
          "b": "L'interscambio tra i due Paesi, secondo l'agenzia, si è fermato nel 2024 a 5,8 miliardi di euro."},
         "it", [[5.8e9, 6.2e9]]),
        # Subjects and sources ("Official data put …") are not the measure.
        ({"a": "Official data put two-way goods trade at $38.3 billion in 2024.",
          "b": "Later the president put bilateral trade at almost $36 billion."}, "en", [[36e9, 38.3e9]]),
        # Synonyms of one measure in inflected forms.
        ({"a": "Путин сообщил, что товарооборот между странами в 2024 году составил почти 2 млрд долларов.",
          "b": "По его словам, объём торговли в 2024 году достиг 2,5 млрд долларов."}, "ru", [[2e9, 2.5e9]]),
        # A count measures its noun, even when the label is the noun alone.
        ({"a": "За словами президента, в країні нині перебуває майже 90 тисяч українців.",
          "b": "Він говорив про понад 80 тисяч українців, які отримали захист."}, "uk", [[80000, 90000]]),
        # A rise and a fall of one measure are two reports of one change.
        ({"a": "L'interscambio ha raggiunto i 6,2 miliardi di euro, in crescita del 9% rispetto all'anno precedente.",
          "b": "L'interscambio si è fermato a 5,8 miliardi di euro, in calo del 4% rispetto all'anno precedente."},
         "it", [[4, 9], [5.8e9, 6.2e9]]),
        # What is owed under its verb and under "arrears", and a verb passing a level as its bound.
        ({"a": "The auditor said the member states owe a total of $41.3 million in unpaid fees.",
          "b": "\"The arrears now exceed $60 million,\" the chairman said."}, "en", [[41.3e6, 60e6]]),
        ({"a": "Mkaguzi alisema nchi wanachama zinadaiwa jumla ya Dola milioni 41.3.",
          "b": "\"Malimbikizo yaliyopo sasa yanazidi Dola milioni 60,\" mwenyekiti alisema."}, "sw", [[41.3e6, 60e6]]),
        # A counted noun capitalised in a name counts what it does in lower case.
        ({"a": "\"All our 40 Colleges of Agriculture will open in May,\" Mr. Okafor said.",
          "b": "\"There are 45 colleges of agriculture in the country,\" Adeyemi said."}, "en", [[40, 45]]),
    ],
)
def test_reports_of_one_measure_conflict(texts: dict[str, str], lang: str, values: list[list[float]]) -> None:
    assert sorted(_conflict_values(texts, lang)) == values


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # Two figures of one sentence: a total and its deficit, a new and an old tariff.
        ({"a": "Official data put trade at $38.3 billion in 2024, with a deficit of $17.9 billion."}, "en"),
        ({"a": "Washington will cut its tariff to 19% from the 32% threatened in April."}, "en"),
        # A total and one of its parts.
        ({"a": "Selon l'Élysée, le montant total des contrats atteint 15 milliards d'euros.",
          "b": "Le royaume envisagerait l'achat d'avions, un contrat estimé entre 8 et 10 milliards d'euros."}, "fr"),
        # A part after its whole opened by a proportion or "of" word: delivered out of ordered.
        ({"a": "Secondo Rossi, su 40 treni ordinati dalle ferrovie, 25 sono già arrivati."}, "it"),
        ({"a": "According to Smith, of the 40 trains ordered by the railway, 25 have already arrived."}, "en"),
        # A target to raise trade to, against trade last year: ar "نرفع … إلى" as en "to raise … to".
        ({"a": "وقال الوزير: «نريد أن نرفع التبادل التجاري بين البلدين إلى 6 مليارات دولار».",
          "b": "وأوضح المسؤول أن التبادل التجاري بين البلدين بلغ العام الماضي 4.5 مليار دولار."}, "ar"),
    ],
)
def test_different_measures_do_not_conflict(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Both ends of a range carry currency and scale: one figure.
        ("Firms will invest between $5 billion and $7 billion in new plants.", "en", [(5e9, 7e9, "USD")]),
        ("Firms will invest from $5 billion to $7 billion.", "en", [(5e9, 7e9, "USD")]),
        # Another currency is another figure.
        ("Firms will invest between $5 billion and €7 billion.", "en", [(5e9, None, "USD"), (7e9, None, "EUR")]),
        # A large number in words counts the noun after its scale.
        ("El presidente dijo que hay casi un millón de marroquíes en España.", "es", [(1e6, None, "marroquíes")]),
        # A nationality adjective is not the counted noun.
        ("Er zijn zo'n 300 Nederlandse bedrijven actief in Brazilië.", "nl", [(300, None, "bedrijven")]),
        # Nor is a country's name in the genitive before it ("Lenkijos" = Poland's).
        ("Šalyje dislokuota 900 Lenkijos karių.", "lt", [(900, None, "karių")]),
        # A bare figure restating the measure of the figure before it takes its unit.
        ("L'agence évoque près de 18 milliards d'euros, quand l'Élysée avance le chiffre de 15 milliards.", "fr",
         [(18e9, None, "EUR"), (15e9, None, "EUR")]),
        ("Volgens Schoof zijn er zo'n 300 Nederlandse bedrijven actief; de ambassade houdt het op ruim 250.", "nl",
         [(300, None, "bedrijven"), (250, None, "bedrijven")]),
        # "sur un an" is year-on-year, no duration.
        ("Le commerce a progressé de 8 % sur un an.", "fr", [(8, None, "%")]),
        # An adjective between a figure and its noun, told by its ending (et genitive, fi partitive, lt
        # genitive plural), is not the counted noun.
        ("Piirivalve peatas üle 30 ohtliku ja 25 kahtlase paadi.", "et", [(30, None, "ohtliku"), (25, None, "paadi")]),
        ("Rajavartiosto pysäytti 25 epäilyttävää venettä.", "fi", [(25, None, "venettä")]),
        ("Pasieniečiai sulaikė 25 įtartinų valčių.", "lt", [(25, None, "valčių")]),
        # A pronoun after a figure ("av dem") is no unit: the part keeps its whole's currency.
        ("Fondet har 8 milliarder kroner, og 3 milliarder av dem går til skoler.", "no", [(8e9, None, "NOK"), (3e9, None, "NOK")]),
        # Estonian "kuni" between two figures joins a range; before one figure alone it is "up to".
        ("Ehitus võtab kaks kuni kolm aastat.", "et", [(2, 3, "years")]),
        ("Ehitus võtab kuni kolm aastat.", "et", [(3, None, "years")]),
    ],
)
def test_figures_of_ranges_words_and_restatements(text: str, lang: str, expected: list[tuple[float, float | None, str]]) -> None:
    assert [(n.value, n.value_end, n.unit) for n in _found(text, lang)] == expected


@pytest.mark.parametrize(
    ("texts", "lang", "values"),
    [
        # Two sources in two clauses of one sentence.
        ({"a": "Volgens de premier zijn er zo'n 300 Nederlandse bedrijven actief; de ambassade houdt het op ruim 250."},
         "nl", [[250, 300]]),
        # A generic word ("valeur", "chiffre") is not the measure: the deals are.
        ({"a": "Le président a conclu une série d'accords, dont le montant atteindrait près de 18 milliards d'euros.",
          "b": "L'agence évoque des accords d'une valeur de 16 milliards d'euros, quand l'Élysée avance le chiffre de 15 milliards."},
         "fr", [[15e9, 16e9, 18e9]]),
    ],
)
def test_reports_in_other_clauses_and_behind_generic_words_conflict(texts: dict[str, str], lang: str, values: list[list[float]]) -> None:
    assert _conflict_values(texts, lang) == values


def test_last_year_in_its_own_clause_is_not_the_year_of_the_clause_before() -> None:
    text = "Nel 2025 sono arrivati in Italia circa 4.200 migranti, contro gli oltre 9.000 dello stesso periodo dell'anno scorso."
    arts = [Article("a", "a", text, Analysis("it", None, None, None, (), (), ()), lang="it", visit="v", date="2025-09-16")]
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(_found(text, "it"))]
    assert find_conflicts(nums, arts) == ()


def test_a_year_in_the_next_sentence_of_a_quote_is_not_the_figure_s() -> None:
    # A quote is read as one sentence: "2024" is the base of the next sentence's comparison, and
    # the figure is last year's, as the other report's.
    text = ("“Last year trade between our countries reached 4.4 billion dollars. That is far more than in 2024,” "
            "the minister said. The statistics office put trade last year at 4.1 billion dollars.")
    arts = [Article("a", "a", text, Analysis("en", None, None, None, (), (), ()), lang="en", visit="v", date="2026-03-17")]
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(_found(text, "en"))]
    assert [c.what for c in find_conflicts(nums, arts)] == ["trade (2025)"]


def test_a_bare_number_word_after_a_count_counts_the_same() -> None:
    text = "Il ministro ha aggiunto che oltre 150 aziende operano già nel Paese e che «altre cinquanta sono pronte a investire»."
    assert [(n.value, n.unit) for n in _found(text, "it")] == [(150, "aziende"), (50, "aziende")]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # A share of the total and a growth rate are two measures, in every language with [growth] words.
        ({"a": "O comércio bilateral cresceu 12% em 2024.", "b": "O Brasil responde por 20% do comércio bilateral em 2024."}, "pt"),
        ({"a": "De handel groeide met 12% in 2024.", "b": "Nederland heeft 20% van de handel in 2024."}, "nl"),
        ({"a": "Товарообіг зріс на 12% у 2024 році.", "b": "Україна забезпечує 20% товарообігу у 2024 році."}, "uk"),
    ],
)
def test_growth_is_no_share_in_pt_nl_uk(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("O comércio bilateral cresceu 12% em 2024.", "12%"), ("De handel groeide met 12% in 2024.", "12%"),
     ("Товарообіг зріс на 12% у 2024 році.", "12%")],
)
def test_growth_words_of_pt_nl_uk(sentence: str, surface: str) -> None:
    from digest.numbers import _is_change

    assert _is_change(sentence, surface)


def test_ukrainian_number_words_keep_their_apostrophe() -> None:
    text = "Він пробув там п'ять років, а понад п’ятсот осіб чекали дев'ятнадцять днів."
    assert [(n.value, n.unit) for n in _found(text, "uk")] == [(5, "years"), (500, "осіб"), (19, "days")]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # Counts of one noun twice apart are two things counted (jobs of two projects).
        ({"a": "The studio will shoot three films in Britain, creating an estimated 3,000 jobs.",
          "b": "Downing Street announced fresh investment that it says will create almost 6,000 jobs."}, "en"),
        # A verb-final target ("auf 60 Milliarden Euro steigern") is no report of the current level.
        ({"a": "Der Handel belief sich im Jahr 2024 auf 48,6 Milliarden Euro.",
          "b": "„Wir wollen das Handelsvolumen in den nächsten drei Jahren auf 60 Milliarden Euro steigern“, so der Minister."}, "de"),
        # A proposal ("đề nghị … lên") is a target, and a day and month after it ("12/5") no later figure.
        ({"a": "Năm 2024, kim ngạch thương mại giữa hai nước đạt 9,1 tỷ USD.",
          "b": "Thủ tướng đề nghị hai nước sớm đưa kim ngạch thương mại lên 15 tỷ USD, trong cuộc gặp chiều 12/5 tại Hà Nội."}, "vi"),
        # A target word right before a figure makes it the target, though a length follows in its sentence.
        ({"a": "Menurut menteri, 30 proyek jalan senilai 40 miliar dolar AS sedang dibangun.",
          "b": "Ekonom itu menilai target 60 miliar dolar AS realistis jika proyek jalan sepanjang 300 kilometer selesai."}, "id"),
        # "cu 25% mai puțini decât" (25% fewer than) is a change, no share of the tourists.
        ({"a": "„Anul trecut am primit aici peste 5.000 de turiști, cu 25% mai puțini decât în 2023”, a spus primarul.",
          "b": "Între 20 și 30 la sută din turiștii primiți aici provin din Germania."}, "ro"),
    ],
)
def test_other_counts_and_targets_do_not_conflict(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        # A currency word that is a common word too is no currency before a figure.
        ("Вон 5 машин стоят у дома.", "ru", "машин"),
        ("Labour won 400 seats in the election.", "en", "seats"),
        # After the figure it is one; symbols, codes and abbreviations stand before it.
        ("Сделка на 5 млрд вон.", "ru", "KRW"),
        ("Rs 500 for the port", "en", "INR"),
        ("EUR 40 for the port", "en", "EUR"),
    ],
)
def test_currency_words_count_only_after_their_figure(text: str, lang: str, unit: str) -> None:
    assert [f.unit for f in scan(text, lang)] == [unit]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        # The measure noun the language names, not the verb after it nor the subject before it.
        ("Il commercio bilaterale sta crescendo: l'anno scorso è stato di 25,6 miliardi di dollari.", "it", "commercio bilaterale"),
        ("Official U.S. data put goods trade at $38.3 billion in 2024.", "en", "goods trade"),
        ("По данным сторон, товарооборот между странами составил 11,2 млрд долларов.", "ru", "товарооборот"),
        # A count is labelled by its noun, and what an "of"-word links to it; not the verb after.
        ("Più di 4.000 aziende sponsorizzano college in tutto il Paese.", "it", "aziende"),
        ("Ben 76 delle 89 regioni della Federazione Russa mantengono legami.", "it", "regioni Federazione Russa"),
        # A rank names the ranked noun.
        ("L'Italia è il terzo partner commerciale dell'Egitto.", "it", "partner"),
        # A share or a length is of what an "of"-word (elided too) links after it; a duration, of the noun before.
        ("Il Kazakistan è un Paese che produce il 43% dell’uranio mondiale.", "it", "uranio mondiale"),
        ("Il Kazakistan condivide con la Russia più di 7.500 chilometri di confine.", "it", "confine"),
        ("Il presidente russo Vladimir Putin è arrivato per una visita di due giorni.", "it", "visita"),
        ("El presidente del Gobierno mantuvo un encuentro de casi dos horas con el rey.", "es", "encuentro"),
    ],
)
def test_labels_name_what_is_measured(text: str, lang: str, what: str) -> None:
    assert what in [n.what for n in _found(text, lang)]


def test_mexican_thousands_before_millions_are_one_figure() -> None:
    figs = scan("El comercio alcanzó 56 mil 400 millones de dólares en 2024.", "es")
    money = [f for f in figs if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(pytest.approx(56.4e9), "USD")]
    assert not any(f.value == 56000 for f in figs)


@pytest.mark.parametrize(
    ("text", "lang", "ends"),
    [("As exportações cresceram entre 8% e 10% ao ano.", "pt", (8, 10)),
     ("Inflation would fall to between 16% and 21% by next year.", "en", (16, 21)),
     ("Die Wirtschaft wächst zwischen 5 und 7 Prozent.", "de", (5, 7)),
     ("PKB wzrośnie od 10 do 12 proc. w tym roku.", "pl", (10, 12)),
     ("Les prix vont augmenter de 10 à 12 % en 2026.", "fr", (10, 12))],
)
def test_ranges_whose_ends_both_carry_the_unit(text: str, lang: str, ends: tuple[int, int]) -> None:
    figs = [f for f in scan(text, lang) if f.kind == "percent"]
    assert [(f.value, f.value_end) for f in figs] == [ends]


def test_a_bracketed_day_after_a_weekday_is_a_date() -> None:
    figs = scan("Os líderes assinaram nesta segunda-feira (1º) 20 acordos.", "pt")
    assert [f.kind for f in figs] == ["date", "count"]


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [("Die Werft bewirbt sich um einen Auftrag über sechs U-Boote.", "de", None),
     ("Es geht um über 8 Milliarden Euro.", "de", "more than"),
     ("The figure includes training and maintenance over 10 years.", "en", None),
     ("He has lived there for over 10 years.", "en", "more than"),
     ("The package is worth over £6bn.", "en", "more than"),
     ("He spent over 10 years in prison.", "en", "more than"),
     ("The talks lasted over two hours.", "en", "more than"),
     ("Kommunen finansierar ett program för skolor under fem år.", "sv", None),
     ("Andelen ligger under 4 procent.", "sv", "less than"),
     ("Kommunen finansierer et program for skoler over fem år.", "da", None),
     ("Kommunen finansierer et program for skoler over fem år.", "no", None)],
)
def test_a_preposition_after_a_noun_is_no_comparative(text: str, lang: str, qualifier: str | None) -> None:
    assert [f.qualifier for f in scan(text, lang) if f.kind != "date"] == [qualifier]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [("Sju av tio företag exporterar till Norge.", "sv", 7.0, "företag"),
     ("Drie op de vier bedrijven exporteren naar Duitsland.", "nl", 3.0, "bedrijven"),
     ("Three in four firms export to Germany.", "en", 3.0, "firms"),
     ("Tres de cada cuatro empresas exportan a Alemania.", "es", 3.0, "empresas"),
     ("Tre su quattro aziende esportano in Germania.", "it", 3.0, "aziende")],
)
def test_a_proportion_in_words_counts_its_part(text: str, lang: str, value: float, unit: str) -> None:
    # "seven in ten firms" is 7 firms (of 10), never 10 firms.
    assert [(f.value, f.unit) for f in scan(text, lang) if f.kind == "count"] == [(value, unit)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hon fortsatte.\n– Sju av tio företag exporterar till Norge.", "sv"),
    ("– Sju företag exporterar till Norge, säger hon.", "sv"),
])
def test_a_count_opening_a_dash_quote_is_read(text: str, lang: str) -> None:
    # A dash opening its line opens a quote (Swedish, Finnish dialogue): its first word is
    # capitalised as a sentence's, not as a name's ("the Three Seas Initiative").
    assert [(f.value, f.unit) for f in scan(text, lang) if f.kind == "count"] == [(7.0, "företag")]


def test_a_preposition_before_a_span_of_time_is_no_proportion() -> None:
    # "in" before a number of years says when or how long, not "out of".
    assert [(f.value, f.kind) for f in scan("Exports grew 4 in 10 years.", "en")] == [(4.0, "number"), (10.0, "duration")]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [("La ministra recordó que el comercio entre los países de la región alcanzó 8.000 millones de dólares en 2025, un 3 % más que el año anterior, y que la meta fijada para 2030 es llegar a 12.000 millones.", "es", "meta fijada"),
     ("La ministra ha ricordato che il commercio tra i paesi della regione ha raggiunto 8 miliardi di dollari nel 2025, il 3% in più dell'anno prima, e che la meta fissata per il 2030 è arrivare a 12 miliardi.", "it", "meta fissata")],
)
def test_a_joined_reported_clause_labels_its_own_figure(text: str, lang: str, what: str) -> None:
    # "…, y que la meta … es llegar a 12.000 millones": the clause after "and that" has its own
    # subject; the clause before it ("año anterior") is another figure's.
    assert _sentence_numbers(text, lang)[-1].what == what


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [("Jde o první cestu prezidenta do Peru za posledních dvanáct let.", "cs", "první cestu prezidenta"),
     ("Cei doi au semnat un memorandum privind un pod de 300 de metri, care va fi gata în doi ani.", "ro", "memorandum")],
)
def test_a_clause_opener_is_no_label(text: str, lang: str, what: str) -> None:
    # "Jde o" (it is about), "Cei doi" (the two) and the verb after them name nothing measured.
    assert _sentence_numbers(text, lang)[0].what == what


def _sentence_numbers(text: str, lang: str) -> list[KeyNumber]:
    return find_numbers(text, [], [Sentence(0, len(text), 0)], [], lang, None)


def test_japanese_counters_name_their_unit_and_a_short_year_is_no_figure() -> None:
    # Japanese writes the noun before the counter: what follows it is a particle or a verb ("で", "あるが"), so the
    # counter names the unit. "24年6月" is June 2024, no figure 24; "少なくとも3年" a span of years.
    found = _sentence_numbers("同港の漁船は約40隻あるが、新たに最大8機で、24年6月に始めた訓練は最低でも3年かかる。", "ja")
    assert [(n.value, n.unit, n.qualifier) for n in found] == [
        (40, "ships", "about"), (8, "aircraft", "up to"), (3, "years", "at least")]
    assert [(n.value, n.unit) for n in _sentence_numbers("27年度の予算で5カ国が参加した。", "ja")] == [(5, "countries")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Lawatan Negara Baginda ke Vietnam dari 14 hingga 16 Okt. disertai 300 pegawai.", "ms"),
    ("Presiden berkunjung ke Jepang pada 3-5 Des dengan 120 pengusaha.", "id"),
])
def test_a_day_range_before_an_abbreviated_malay_or_indonesian_month_is_a_date(text: str, lang: str) -> None:
    # Datelines and schedules abbreviate the month (Okt, Des, Sept): the days before it are a date, no figure.
    assert [n.value for n in _sentence_numbers(text, lang)] == [300 if lang == "ms" else 120]


def test_a_japanese_label_cut_inside_a_word_starts_at_the_next_word() -> None:
    # Twelve characters before the figure fall inside 発表した and 基地から: the label starts after the hiragana
    # (and ends before its particles, [label_edges]).
    assert _sentence_numbers("政府が発表した新経済計画(NEP)は12分野を対象とする。", "ja")[0].what == "新経済計画(NEP)"
    assert _sentence_numbers("北部の空軍基地からスカボロー礁までは約200キロある。", "ja")[0].what == "スカボロー礁"
    # One cut right after a word opens on a particle (の): the label starts at the next word.
    assert _sentence_numbers("日本政府のタイ向け新規円借款額は約30億円だ。", "ja")[0].what == "タイ向け新規円借款額"


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [("Die Regierung will die Zahl der Visa für Fachkräfte von 20.000 auf 90.000 im Jahr erhöhen.", "de", "Visa"),
     ("The number of visas will rise to 90,000 a year.", "en", "visas"),
     ("Rząd chce zwiększyć liczbę wiz z 20 000 do 90 000.", "pl", "wiz")],
)
def test_a_bare_figure_counts_the_noun_named_as_a_number_of(text: str, lang: str, unit: str) -> None:
    assert all(n.unit == unit for n in _sentence_numbers(text, lang) if n.value >= 20000)


@pytest.mark.parametrize(
    ("texts", "unit"),
    [([("de", "Die Werft bewirbt sich um einen Auftrag im Wert von etwa 5,2 Milliarden Euro."),
       ("de", "Bei dem geplanten U-Boot-Geschäft geht es um mehr als 8 Milliarden Euro.")], "EUR"),
     ([("de", "Die Regierung will die Zahl der Visa von 20.000 auf 90.000 im Jahr erhöhen."),
       ("de", "Deutschland wolle jährlich bis zu 100.000 Visa vergeben.")], "Visa"),
     ([("en", "They signed a deal for 20 jets worth £5.4bn."),
       ("en", "The ministry later put the value of the package at £6.2bn.")], "GBP")],
)
def test_two_reports_of_one_deal_or_count_conflict(texts: list[tuple[str, str]], unit: str) -> None:
    arts, nums = _visit_numbers({f"a{k}": text for k, (_, text) in enumerate(texts)}, texts[0][0])
    by_id = {n.id: n for n in nums}
    assert any(all(by_id[i].unit == unit for i in c.numbers) for c in find_conflicts(nums, arts))


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # "un fondo … da 5 miliardi" measures the fund as "Der Fonds … 4,5 Milliarden" does, whatever
        # the Italian sentence's subject ("i ministri").
        ({"de": "Der Fonds für die neue Autobahn soll mit 4,5 Milliarden Euro ausgestattet werden.",
          "it": "I ministri hanno approvato un fondo comune da 5 miliardi di euro per l'autostrada."}, [4.5e9, 5e9]),
        # A count's noun in an inflected form (fi genitive "yrityksen", sq "delegatëve") counts what
        # the English noun does.
        ({"fi": "Ministeri saapui noin 30 yrityksen valtuuskunnan kanssa.",
          "en": "The minister arrived with a delegation of 45 companies."}, [30, 45]),
        ({"sq": "Ministri foli para 200 delegatëve në konferencë.",
          "en": "The conference gathered 250 delegates."}, [200, 250]),
        # A project's cost in French ("coût") and in English ("cost").
        ({"fr": "Le coût du barrage est estimé à 4 milliards de dollars.",
          "en": "The dam's cost is put at $6bn."}, [4e9, 6e9]),
    ],
)
def test_one_measure_in_two_languages_conflicts(texts: dict[str, str], values: list[float]) -> None:
    arts, nums = [], []
    for lang, text in texts.items():
        arts.append(Article(lang, lang, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v"))
        nums += [dataclasses.replace(n, id=f"{lang}:n{i}", article=lang, visit="v") for i, n in enumerate(_found(text, lang))]
    by_id = {n.id: n for n in nums}
    assert [sorted(by_id[i].value for i in c.numbers) for c in find_conflicts(nums, arts)] == [values]


def _cast_speakers(text: str, lang: str) -> list[tuple[float, str | None]]:
    """The figures' values and speakers, sources resolved through the article's person mentions."""
    blocks = (Block(0, len(text), TEXT),)
    mentions = People(text, [(0, len(text))], lang).resolve()
    sents = [Sentence(a, b, 0) for a, b in split(text, lang)]
    return [(n.value, n.speaker) for n in find_numbers(text, blocks, sents, [], lang, None, mentions)]


def test_an_institution_word_is_no_figure_speaker() -> None:
    text = ("Keir Starmer met Recep Tayyip Erdoğan. Erdoğan said trade would grow. "
            "According to Home Office figures, around 5,300 Turkish nationals arrived on small boats.")
    assert _cast_speakers(text, "en") == [(5300, None)]


def test_a_company_named_in_quotation_marks_is_the_figure_s_source_not_the_last_speaker() -> None:
    # "В "Роснефти" сообщили, что …": the company speaks (no person), not the minister named before.
    text = ("Министр энергетики Иван Петров заявил, что добыча вырастет. "
            "В \"Роснефти\" сообщили, что в 2025 году было добыто 184 млн тонн нефти.")
    assert _cast_speakers(text, "ru") == [(184e6, None)]


def test_a_speech_verb_subject_is_the_figure_speaker_not_the_last_name() -> None:
    text = ("Recep Tayyip Erdoğan said the deal was good. "
            "Mehmet Şimşek, the finance minister, told British business leaders that inflation, "
            "which stood at 32.9% in November, would fall. Şimşek spoke in Ankara.")
    assert _cast_speakers(text, "en") == [(32.9, "Mehmet Şimşek")]


def test_a_pronoun_subject_after_an_opening_adverb_is_the_figure_speaker() -> None:
    # "Накануне он (же) говорил журналистам о …": the pronoun before the verb is its subject, whatever word
    # opens the clause ("Накануне", the day before), not some other subject no person's.
    for said in ("Накануне он говорил журналистам о $28 млрд.", "Накануне, напомним, он же говорил ТАСС о $28 млрд."):
        text = f"Министр Иван Петров заявил, что визит важен. {said}"
        assert _cast_speakers(text, "ru") == [(28e9, "Иван Петров")]


def test_a_role_subject_names_the_figure_speaker() -> None:
    text = ("Prezydent Karol Nawrocki spotkał się w Wilnie z prezydentem Litwy Gitanasem Nausėdą. "
            "Według prezydenta Nausėdy w ćwiczeniach uczestniczy ponad 1200 polskich żołnierzy. "
            "Polski prezydent mówił z kolei o blisko 1000 żołnierzy.")
    speakers = [who for _, who in _cast_speakers(text, "pl")]
    assert "Nawrocki" in speakers[1] and "Nausėd" in speakers[0]


def test_a_genitive_source_is_named_as_the_person() -> None:
    text = ("Minister Jan Nowak przyjechał do Wilna. Nowak rozmawiał z ministrem. "
            "Według Nowaka koszt całego programu sięgnie 10 mld zł.")
    assert _cast_speakers(text, "pl") == [(10e9, "Jan Nowak")]


def test_reach_is_no_target_so_two_sources_conflict() -> None:
    values = _conflict_values({
        "a": "Vieira informou que os investimentos chineses anunciados devem chegar a R$ 27 bilhões nos próximos cinco anos.",
        "b": "Lula falou em R$ 30 bilhões em investimentos chineses anunciados.",
    }, "pt")
    assert values == [[27e9, 30e9]]


def _spans(text: str, lang: str) -> list[tuple[float, float | None, str | None, str | None]]:
    """The figures scan() finds: value, end of range, unit, qualifier."""
    return [(f.value, f.value_end, f.unit, f.qualifier) for f in scan(text, lang) if f.kind not in ("date", "name")]


def test_a_bare_joiner_makes_a_range_keeping_both_bounds() -> None:
    assert _spans("De leiding kost naar schatting 2 tot 3 miljard euro.", "nl") == [(2e9, 3e9, "EUR", None)]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Коридор сократит время доставки грузов с 40 до 25 дней.", "ru", "days"),
    ("Доля снизилась с 65% до 36%.", "ru", "%"),
    ("The journey fell from 40 to 25 days.", "en", "days"),
])
def test_a_change_from_x_to_y_gives_both_ends_and_no_up_to(text: str, lang: str, unit: str) -> None:
    found = _spans(text, lang)
    # The first end is the level the change started from ("from"), never a ceiling ("up to").
    assert [(v, u, q) for v, _, u, q in found] == [(found[0][0], unit, "from"), (found[1][0], unit, None)]
    assert found[0][0] > found[1][0]


def test_a_rise_with_a_change_joiner_gives_both_ends() -> None:
    assert _spans("Die Zahl stieg von 20.000 auf 90.000 Visa.", "de") == [(20000, None, "Visa", "from"), (90000, None, "Visa", None)]


def _found(text: str, lang: str) -> list[KeyNumber]:
    """The key numbers of a one-paragraph text, sources resolved through its person mentions."""
    blocks = (Block(0, len(text), TEXT),)
    mentions = People(text, [(0, len(text))], lang).resolve()
    sents = [Sentence(a, b, 0) for a, b in split(text, lang)]
    return find_numbers(text, blocks, sents, [], lang, None, mentions)


def test_a_model_name_after_the_count_does_not_swallow_it() -> None:
    nums = _found("The agreements include the sale of up to 48 F-35 fighter jets to the kingdom.", "en")
    assert [(n.value, n.qualifier) for n in nums] == [(48, "up to")]
    assert nums[0].unit == "fighter jets"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The delegation includes 125 business leaders.", "business leaders"),
        ("All 27 EU countries and 40 police officers attended.", "police officers"),
        ("Some 20 people attended the talks.", "people"),
        ("Three new plants will employ 300 workers each.", "workers"),
    ],
)
def test_an_english_count_is_of_the_plural_head_of_its_compound(text: str, unit: str) -> None:
    assert unit in [n.unit for n in _found(text, "en")]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Modi said that no more than 15 per cent of exports go to Europe.", "no more than 15 per cent", "at most"),
        ("The delegation includes no fewer than 125 business leaders.", "no fewer than 125 business leaders", "at least"),
    ],
)
def test_a_negated_bound_keeps_its_negation_in_what_is_shown(text: str, surface: str, qualifier: str) -> None:
    nums = _found(text, "en")
    assert [(text[n.start : n.end], n.qualifier) for n in nums] == [(surface, qualifier)]


def test_a_quoted_treaty_name_and_a_dated_noun_are_no_figures() -> None:
    text = ('Officials said it did not include the so-called "123 Agreement," the legal basis for nuclear trade. '
            "Questions about the 2018 killing of a journalist were raised.")
    nums = _found(text, "en")
    assert all(n.value != 123 for n in nums)
    assert all(n.qualifier is None for n in nums)


def test_a_per_year_adverb_is_no_counted_noun() -> None:
    nums = _found("Polska ma produkować 200 tysięcy pocisków, czyli 500 tysięcy rocznie.", "pl")
    assert "rocznie" not in [n.unit for n in nums]


def test_a_preposition_never_makes_a_label() -> None:
    text = "L'Italia acquisterà gas dal 2027, attraverso il terminale di Damietta, a circa 200 chilometri dal Cairo."
    label = next(n.what for n in _found(text, "it") if n.value == 200)
    assert not label.endswith("attraverso")


def _label_of(text: str, lang: str, value: float) -> str:
    """The label of the kept figure of that value."""
    return next(n.what for n in _found(text, lang) if n.value == pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "lang", "value", "what"),
    [
        # A subject and its speech or lasting verb: the subject alone names what lasted.
        ("De ministers spraken bijna vier uur over migratie en landbouw.", "nl", 4, "ministers"),
        ("Зустріч тривала понад три години в закритому форматі.", "uk", 3, "Зустріч"),
        # A duration "of" a noun measures that noun, not the clause before ("poi", a connector).
        ("Dopo la cerimonia, poi quasi tre ore di trattative a porte chiuse.", "it", 3, "trattative"),
        # A connector opening the clause is skipped; the noun after it is the label (and, the
        # figure ending the clause after "sono", what it counts).
        ("Oggi le imprese tedesche attive in Polonia sono circa 310.", "it", 310, "imprese"),
        # An adverb closing the subject is no part of it.
        ("Основу экспорта по-прежнему составляет пшеница: около 40 млн тонн.", "ru", 4e7, "Основу экспорта"),
    ],
)
def test_labels_drop_clause_debris(text: str, lang: str, value: float, what: str) -> None:
    assert _label_of(text, lang, value) == what


@pytest.mark.parametrize(
    ("text", "lang", "value", "bad"),
    [
        # "contre" (versus), "ten opzichte van" (compared with): connectors, never a label's end.
        ("En 2024, 12 tonnes de café ont été vendues, contre 15,5 tonnes en 2023.", "fr", 15.5, "contre"),
        # "een jaar eerder" is a time, no figure ([offsets]): the percentage's label is checked.
        ("De omzet daalde met 2,4 procent ten opzichte van een jaar eerder.", "nl", 2.4, "opzichte"),
        # A weekday says when, not what.
        ("В четверг министры провели переговоры, которые длились почти три часа.", "ru", 3, "четверг"),
        # Auxiliaries and particles of the clause ("gaat", "moet", sk "by"), sl "po njegovih besedah"
        # (according to him) and a case ending cut off a year ("2030'a") are clause openers, no label.
        ("Het budget moet tegen 2035 naar 3 procent.", "nl", 3, "moet"),
        ("Volgens de minister gaat 4 miljard euro naar munitie.", "nl", 4e9, "gaat"),
        ("Podľa Nováka by dva milióny eur mali ísť na školy.", "sk", 2e6, "by"),
        ("Po njegovih besedah je Avstrija lani prodala 12.000 avtomobilov, kar je 15 odstotkov manj.", "sl", 15, "besedah"),
        ("Bakan, 2030'a kadar NATO'nun yüzde 4 hedefine ulaşmayı planladığını söyledi.", "tr", 4, "a"),
    ],
)
def test_no_connector_weekday_or_unit_is_a_label(text: str, lang: str, value: float, bad: str) -> None:
    labels = [n.what for n in _found(text, lang) if n.value == pytest.approx(value)]
    assert labels and not any(bad.lower() in (w or "").lower().split() for w in labels)


def test_a_duration_is_not_of_the_year_it_falls_in() -> None:
    # "neun Monaten des Jahres": the "of"-word leads to when, not to what lasted.
    assert _label_of("Die Zahl der Anträge stieg in den ersten neun Monaten des Jahres deutlich.", "de", 9) != "Jahres"


def test_a_unit_or_currency_word_alone_is_no_label() -> None:
    # The figure's own currency or unit ("euro" beside a percentage of euros) says nothing measured.
    from digest.numbers import _tidy, lexicon

    assert [_tidy(w, lexicon("nl")) for w in ("euro", "kilometer", "procent", "handel")] == ["", "", "", "handel"]


@pytest.mark.parametrize(
    ("texts", "lang", "values"),
    [
        # A source stands where the measure noun would: another report of the named measure.
        ({"a": "Bilateral trade between the two countries is worth £26bn a year, the Prime Minister said. "
               "Figures from the Office for National Statistics put the total at £27.5bn."}, "en", [[26e9, 27.5e9]]),
        ({"a": "« Nous avons plus de 80 milliards d'euros d'échanges par an », a dit le ministre. "
               "Les chiffres de la Banque nationale font pourtant état de 76,4 milliards d'euros."}, "fr", [[76.4e9, 80e9]]),
        ({"a": "Volgens de minister bedroeg de handel vorig jaar bijna 220 miljard euro. "
               "Het Centraal Bureau voor de Statistiek komt op een lager bedrag: 207,5 miljard euro."}, "nl", [[207.5e9, 220e9]]),
        # A word of the measure in the unnamed amount's sentence ("handeln", "comerciais").
        ({"a": "Gemäss dem Bundesamt erreichte der Warenaustausch 15,4 Mrd. Franken. "
               "Der Kanzler sagte: «Wir handeln jedes Jahr Waren im Wert von rund 16 Milliarden Franken.»"}, "de", [[15.4e9, 16e9]]),
        ({"a": "Segundo o instituto, as trocas comerciais atingiram 2,3 mil milhões de euros. "
               "«O nosso comércio anda perto dos 2,5 mil milhões de euros», disse o Presidente."}, "pt", [[2.3e9, 2.5e9]]),
        # Another named measure near in value: the word of the measure picks one.
        ({"a": "Segundo o instituto, as trocas comerciais atingiram 2,3 mil milhões de euros. "
               "«O nosso comércio anda perto dos 2,5 mil milhões de euros», disse o Presidente. "
               "A linha de crédito ao investimento passa para 2 mil milhões de euros."}, "pt", [[2.3e9, 2.5e9]]),
    ],
)
def test_an_amount_given_with_its_source_only_conflicts_with_the_named_measure(
    texts: dict[str, str], lang: str, values: list[list[float]]
) -> None:
    assert sorted(_conflict_values(texts, lang)) == values


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # Unnamed amounts of other things, near in value to a named measure.
        ({"a": "По данным сторон, товарооборот между странами составил 11,2 млрд долларов. "
               "В России, по официальным данным, работают граждане, а объем их денежных переводов составил 9,5 млрд долларов."}, "ru"),
        ({"a": "Companies were ready to invest between $5 billion and $7 billion in plants. "
               "Indonesia also committed to buy $4.5 billion of U.S. agricultural products."}, "en"),
        # Far apart in value.
        ({"a": "Bilateral trade is worth £26bn a year. Figures from the Office for National Statistics put the total at £41bn."}, "en"),
    ],
)
def test_unnamed_amounts_of_other_things_do_not_conflict(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The deal could be worth up to C$3bn (£1.6bn) over five years.", None),
        ("The deal is worth £3bn over five years.", None),
        ("Talks lasted over two hours.", "more than"),
    ],
)
def test_over_a_duration_after_an_amount_is_its_span(text: str, qualifier: str | None) -> None:
    assert [n.qualifier for n in _found(text, "en") if n.unit == "years" or n.unit == "hours"] == [qualifier]


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        ("Pelo menos 500 milhões serão reservados para projetos agrícolas.", None, "reservados"),
        ("«O nosso comércio anda perto dos 2,5 mil milhões de euros», disse o Presidente.", "EUR", "comércio"),
    ],
)
def test_a_portuguese_verb_is_neither_unit_nor_label(text: str, unit: str | None, what: str) -> None:
    assert [(n.unit, n.what) for n in _found(text, "pt")] == [(unit, what)]


def test_cfa_francs_are_xof_and_two_projects_are_no_conflict() -> None:
    arts, nums = _visit_numbers({"a": (
        "Les deux pays ont signé un prêt de 450 millions d'euros, soit près de 295 milliards de francs CFA, pour l'eau potable. "
        "Le projet de dessalement, d'un coût de 400 à 450 milliards de francs CFA, produira de l'eau."
    )}, "fr")
    assert {n.unit for n in nums if n.value >= 1e11} == {"XOF"}
    assert find_conflicts(nums, arts) == ()


def test_a_scale_word_left_as_the_unit_counts_nothing() -> None:
    # No Romanian lexicon: "milion" and "miliarde" stay as units, and are no one measure.
    arts, nums = _visit_numbers({"a": (
        "Președintele a anunțat un pachet de 1,2 miliarde de euro pentru anul 2026. "
        "Peste 1 milion de cetățeni au cetățenie română."
    )}, "ro")
    assert find_conflicts(nums, arts) == ()
    arts, nums = _visit_numbers({"a": (
        "Potrivit statisticii, schimburile comerciale au ajuns în 2025 la 3,1 miliarde de euro. "
        "Președintele a vorbit însă de 3,6 miliarde de euro de schimburi comerciale."
    )}, "ro")
    assert [len(c.numbers) for c in find_conflicts(nums, arts)] == [2]


def test_a_scale_word_left_as_the_unit_is_no_measure_of_its_own() -> None:
    # Read as a language with no lists (Turkmen text read as Tatar; Turkmen, Azerbaijani and Uzbek have their own):
    # "milyard" (a stem of Turkish "milyar*") is left as the unit of two figures whose sentences name no
    # measure: the scale word is no noun they both count. (Counts of unread text no longer conflict at all
    # either, see test_counts_of_a_language_without_lists_do_not_conflict: this fails only without both.)
    arts, nums = _visit_numbers({"a": (
        "Ministr aýtdy, ýurt 2024-nji ýylda 9,6 milyard kubmetr eksport etdi. "
        "Bu ýyl eksport 11 milyard kubmetrden geçer, diýdi ministr."
    )}, "tt")
    assert {n.unit for n in nums} == {"milyard"}
    assert find_conflicts(nums, arts) == ()


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Our trade has already crossed $26 billion this year.", "en", "crossed $26 billion"),
        ("Hemos superado los 22.000 millones de euros de comercio.", "es", "superado los 22.000 millones de euros"),
        ("Les échanges dépassent les 2 milliards d'euros.", "fr", "dépassent les 2 milliards d'euros"),
        ("Wymiana handlowa przekroczyła 10 mld euro.", "pl", "przekroczyła 10 mld euro"),
    ],
)
def test_a_verb_passing_a_level_is_a_lower_bound(text: str, lang: str, surface: str) -> None:
    assert [(n.surface, n.qualifier) for n in _found(text, lang) if n.value >= 1e3] == [(surface, "more than")]


def test_an_east_african_shilling_glued_before_the_figure_keeps_its_unit() -> None:
    # "Sh120 billion" is 120 bn shillings, not a bare "billion" (1e9) without a unit.
    assert [(n.value, n.unit) for n in _found("The road will cost Sh120 billion, the minister said.", "en")] == [(1.2e11, "shillings")]


def test_a_year_beyond_another_figure_is_not_the_figure_s_own() -> None:
    arts, nums = _visit_numbers({"a": (
        "Bilateral trade stood at $24.3 billion in 2024, according to the ministry. "
        '"Our trade has already crossed $26 billion and we can take it to $50 billion by 2030," the minister said.'
    )}, "en")
    assert [[n.value for n in nums if n.id in c.numbers] for c in find_conflicts(nums, arts)] == [[24.3e9, 26e9]]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("I lavoratori che negli anni Cinquanta e Sessanta partirono per la Germania.", "it", []),
        ("Les ouvriers partirent dans les années soixante vers la Ruhr.", "fr", []),
        ("Dopo trenta anni di lavoro, sessanta operai partirono.", "it", [30, 60]),
    ],
)
def test_a_decade_word_is_no_figure(text: str, lang: str, found: list[int]) -> None:
    assert [n.value for n in _found(text, lang)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Up to 3,000 young Indian professionals a year will work in Australia.", [(3000, "professionals")]),
        ("The programme will run for a year.", [(1, "years")]),
    ],
)
def test_a_year_after_a_count_is_a_rate(text: str, found: list[tuple[int, str]]) -> None:
    assert [(n.value, n.unit) for n in _found(text, "en")] == found


def test_a_figure_set_off_after_a_speech_verb_is_another_report() -> None:
    arts, nums = _visit_numbers({"a": (
        "По словам Путина, товарооборот между странами в 2025 году составил 7,3 млрд долларов. "
        "Однако Пашинян вечером назвал другую цифру — «почти 8 миллиардов долларов»."
    )}, "ru")
    assert [[n.value for n in nums if n.id in c.numbers] for c in find_conflicts(nums, arts)] == [[7.3e9, 8e9]]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # The other direction of a pair is another measure under the same words.
        ({"a": "Mehr als 4.000 deutsche Unternehmen haben Niederlassungen in Frankreich, umgekehrt sind es knapp 3.000."}, "de"),
        ({"a": "About 4,000 German firms operate in France. Conversely, 3,000 French firms operate in Germany."}, "en"),
        # A forecast ("составит") is no report of a measured year.
        ({"a": "В 2025 году товарооборот между странами составил около 5 млрд долларов, увеличившись на 9%.",
          "b": "Эксперт считает, что рост торговли составит от 5 до 7% в год."}, "ru"),
    ],
)
def test_reverse_direction_and_forecasts_do_not_conflict(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == []


@pytest.mark.parametrize(
    ("texts", "lang", "values"),
    [
        # A figure introduced as another number joins the measure it restates.
        ({"a": "Em 2025, a corrente de comércio entre os dois países chegou a US$ 160 bilhões, segundo o ministério. "
               "O Itamaraty, no entanto, citou em nota um número um pouco diferente: US$ 157,5 bilhões."}, "pt", [[157.5e9, 160e9]]),
        ({"a": "В 2025 году товарооборот между странами составил около 5 млрд долларов. "
               "При этом другая сторона приводит другую цифру — 4,6 млрд долларов."}, "ru", [[4.6e9, 5e9]]),
        # A trade verb names the measure as its noun does ("los … que intercambiaron" is trade).
        ({"a": "El comercio entre ambos países sumó 31.000 millones de euros en 2025. "
               "Después la ministra citó «los 28.000 millones que intercambiaron en 2025»."}, "es", [[28e9, 31e9]]),
    ],
)
def test_another_number_for_a_measure_conflicts(texts: dict[str, str], lang: str, values: list[list[float]]) -> None:
    assert _conflict_values(texts, lang) == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Олаф Шольц встретился с Эммануэлем Макроном. Шольц сказал, что всё хорошо. "
      "По данным Агентства статистики, объём торговли составил около 7 млрд долларов.", "ru"),
     ("Олаф Шольц зустрівся з Еммануелем Макроном. Шольц сказав, що все добре. "
      "За даними Національного банку, обсяг торгівлі становив 2,4 млрд доларів.", "uk"),
     ("Olaf Scholz traf Emmanuel Macron. Scholz sagte, alles sei gut. "
      "Während die Regierung von einem Volumen von rund 90 Milliarden Euro sprach, "
      "bezifferte das Amt es auf 85 Milliarden Euro.", "de")],
)
def test_a_capitalised_word_outside_the_cast_is_no_figure_speaker(text: str, lang: str) -> None:
    assert all(who is None for _, who in _cast_speakers(text, lang))


def test_an_office_after_the_speech_verb_is_the_source_not_the_last_person() -> None:
    text = ("Premier Olaf Scholz przyjął prezydenta Emmanuela Macrona. Scholz powiedział, że to dobry dzień. "
            "Jak podało ministerstwo finansów, w 2025 r. eksport wyniósł około 7,2 mld euro.")
    assert _cast_speakers(text, "pl")[-1] == (7.2e9, None)


def test_an_office_before_the_speech_verb_is_the_source_not_the_last_person() -> None:
    text = ("Olaf Scholz recebeu Emmanuel Macron. Scholz disse que o dia foi bom. "
            "O ministério, no entanto, citou em nota um número diferente: US$ 48,3 bilhões.")
    assert _cast_speakers(text, "pt")[-1] == (48.3e9, None)


def test_an_inflected_surname_is_the_cast_person() -> None:
    from digest.numbers import _Cast

    cast = _Cast([0, 20], [(0, 10, "Olaf Scholz", False), (20, 40, "Jan Nowak-Jeziorański", False)], ["Jan Nowak-Jeziorański", "Olaf Scholz"])
    assert cast.inflected("Nowaka-Jeziorańskiego") == "Jan Nowak-Jeziorański"
    assert cast.inflected("Scholza") == "Olaf Scholz"
    assert cast.inflected("Bundesamt") is None


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Sin embargo, el comercio alcanzó 60 mil millones de dólares.", "es", 60e9),
        ("Sin embargo el Gobierno habló de 60 mil millones de dólares.", "es", 60e9),
        ("On the other hand exports reached $60 billion.", "en", 60e9),
    ],
)
def test_a_connector_of_several_words_is_no_label(text: str, lang: str, value: float) -> None:
    what = _label_of(text, lang, value).lower()
    assert "embargo" not in what and "hand" not in what


def test_a_figure_quoted_after_a_speech_verb_is_another_report_of_the_measure() -> None:
    texts = {"a": "De acuerdo con la Secretaría de Economía, el comercio bilateral alcanzó US$ 56 mil millones en 2025. "
                  "Sin embargo, en su intervención la presidenta habló de “casi 60 mil millones de dólares”."}
    assert _conflict_values(texts, "es") == [[56e9, 60e9]]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Se anunció un corredor de unos 4 mil 500 kilómetros.", "es", 4500, "km"),
        ("La obra costará 2 millones 300 mil dólares.", "es", 2.3e6, "USD"),
        ("Foram criadas 3 mil 200 vagas.", "pt", 3200, "vagas"),
        ("Son 56 mil 400 millones de dólares.", "es", 56.4e9, "USD"),
        # A number phrase ending on its scale goes on in digits as digits do ("ایک ارب 40 کروڑ", 1.4 bn).
        ("پاکستان کی آبادی ایک ارب 40 کروڑ افراد ہے۔", "ur", 1.4e9, "افراد"),
        ("A population of one billion 400 million people.", "en", 1.4e9, "people"),
    ],
)
def test_thousands_and_a_remainder_are_one_number(text: str, lang: str, value: float, unit: str) -> None:
    assert [(v, u) for v, _, u, _ in _spans(text, lang)] == [(value, unit)]


def test_a_year_after_a_scale_is_no_remainder() -> None:
    assert [v for v, _, _, _ in _spans("Il y a 5 milliards 2025 encore.", "fr")] == [5e9, 2025]


def _quoted_speakers(text: str, lang: str, quoted: str, who: str) -> list[tuple[float, str | None]]:
    """The figures' values and speakers, given one direct quote (its words) spoken by who."""
    at = text.index(quoted)
    quote = Quote(at, at + len(quoted), quoted, speaker=who)
    blocks = (Block(0, len(text), TEXT),)
    mentions = People(text, [(0, len(text))], lang).resolve()
    sents = [Sentence(a, b, 0) for a, b in split(text, lang)]
    return [(n.value, n.speaker) for n in find_numbers(text, blocks, sents, [quote], lang, None, mentions)]


def test_narration_after_a_closed_quote_is_the_articles_own() -> None:
    quoted = "Nederlandse investeerders hebben ruim 5 miljard euro in onze economie gestoken."
    text = ("Dick Schoof ontving Donald Tusk. Tusk noemde zelf een hoger bedrag: ‘" + quoted + "’ "
            "De handel tussen beide landen bedroeg vorig jaar bijna 36 miljard euro, een stijging van 7,5 procent.")
    assert _quoted_speakers(text, "nl", quoted, "Donald Tusk") == [(5e9, "Donald Tusk"), (36e9, None), (7.5, None)]


def test_a_sentence_attributed_after_a_closed_quote_keeps_its_source() -> None:
    quoted = "Nederlandse investeerders hebben veel geld in onze economie gestoken."
    text = ("Dick Schoof ontving Donald Tusk. Tusk zei: ‘" + quoted + "’ "
            "Volgens Tusk bedroeg de handel vorig jaar bijna 36 miljard euro.")
    assert _quoted_speakers(text, "nl", quoted, "Donald Tusk") == [(36e9, "Donald Tusk")]


def test_a_place_before_an_apposition_and_a_speech_verb_is_no_person() -> None:
    text = ("Le président Kassym-Jomart Tokaïev a été reçu par Emmanuel Macron. Tokaïev a déclaré que la visite était utile.\n\n"
            "Le Kazakhstan, premier producteur mondial d'uranium, assure près de 40 % des besoins de la France.")
    assert _cast_speakers(text, "fr") == [(40, None)]


def test_a_person_before_an_apposition_is_the_speaker() -> None:
    text = ("Kassym-Jomart Tokaïev a été reçu par Emmanuel Macron. Macron a déclaré que la visite était utile.\n\n"
            "Macron, le président français, assure que près de 40 % des besoins de la France sont couverts.")
    assert _cast_speakers(text, "fr")[-1][1] == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The Foreign Secretary, Jane Miller, signed a deal with Norway.\n\n"
         "Miller, who spent the day in Oslo with the Norwegian trade minister, Ola Berg, said the deal would "
         "create around 3,000 jobs.", "en", "Jane Miller"),
        ("La ministra Marta García firmó un acuerdo con Noruega.\n\n"
         "García, quien pasó el día en Oslo con el ministro noruego, Ola Berg, dijo que el acuerdo crearía "
         "unos 3.000 empleos.", "es", "Marta García"),
    ],
)
def test_an_apposition_closing_a_relative_clause_is_not_the_speaker(text: str, lang: str, speaker: str) -> None:
    # The name set off by commas ends a relative clause: the speech verb's subject is the antecedent.
    assert _cast_speakers(text, lang)[-1] == (3000, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # Any word may end the relative clause ("on Monday"): the antecedent is still the subject.
        ("Trade Minister Jane Miller, who met the Norwegian minister Ola Berg on Monday, said the deal would "
         "create around 3,000 jobs.", "en", "Jane Miller"),
        ("La ministra Marta García, quien se reunió con el ministro Ola Berg el lunes, dijo que el acuerdo "
         "crearía unos 3.000 empleos.", "es", "Marta García"),
        # A hyphenated surname before the verb is the whole name.
        ("Trade Minister Anna Berg-Holm met Jane Miller.\n\nMs Berg-Holm said the deal would create around 3,000 jobs.",
         "en", "Anna Berg-Holm"),
    ],
)
def test_a_relative_clause_or_a_hyphen_before_the_verb_keeps_the_subject(text: str, lang: str, speaker: str) -> None:
    assert _cast_speakers(text, lang)[-1] == (3000, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A country as the subject of a sentence with no cue: the writer's figure, not the speaker's before.
        ("Minister Jan Visser sprak in Brussel. Hij herhaalde dat alle landen 3 procent moeten uitgeven. "
         "België zit dit jaar op 1,3 procent.", "nl", None),
        ("Minister Jane Miller spoke in Brussels. She said that every ally must spend 3 percent. "
         "Belgium spends 1.3 percent this year.", "en", None),
        # Without a country opening it, the paragraph's speaker still goes on.
        ("Minister Jane Miller spoke in Brussels. She said that every ally must spend 3 percent. "
         "The average is 1.3 percent this year.", "en", "Jane Miller"),
    ],
)
def test_a_country_opening_a_sentence_ends_the_carried_speaker(text: str, lang: str, speaker: str | None) -> None:
    assert _cast_speakers(text, lang)[-1] == (1.3, speaker)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zo'n fabriek kost al snel 800 miljoen tot 1 miljard euro.", "nl"),
        ("A plant costs between 800 million and 1 billion euros.", "en"),
        ("Es kostet zwischen 800 Millionen und 1 Milliarde Euro.", "de"),
        ("Il coûte de 800 millions à 1 milliard d'euros.", "fr"),
    ],
)
def test_a_range_of_two_scales_is_one_figure_in_the_second_ends_unit(text: str, lang: str) -> None:
    assert [(v, e, u) for v, e, u, _ in _spans(text, lang)] == [(800e6, 1e9, "EUR")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il faudra des années, et plusieurs milliards, pour le moderniser.", "fr"),
     ("Das kostet Milliarden Euro.", "de")],
)
def test_a_scale_word_alone_is_no_figure(text: str, lang: str) -> None:
    assert _spans(text, lang) == []


def test_a_glued_million_before_a_unit_is_a_scale() -> None:
    # "1m" before a measurement unit is a million of it; alone it stays metres' business (no scale).
    assert [(f.value, f.unit, f.qualifier) for f in scan("Output grew to about 2m tonnes a year.", "en")] == [(2e6, "t", "about")]
    assert [(f.value, f.unit) for f in scan("They built a 3m wall.", "en")] == [(3, None)]


def test_a_singular_scale_word_alone_is_one() -> None:
    assert _spans("Polska przyjęła blisko milion uchodźców.", "pl") == [(1e6, None, "uchodźców", "almost")]


def test_digits_joined_by_a_plus_are_a_formats_name() -> None:
    assert _spans("Both governments agreed to a 2+2 meeting of ministers.", "en") == []
    assert _spans("Mil millones de euros y mil personas.", "es") == [(1e9, None, "EUR", None), (1000, None, "personas", None)]


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        # An article set in Australia means its own dollar by a bare "$".
        ("CANBERRA - Two-way trade was worth $18.3 billion in 2025.", "en", ["AUD"]),
        # One that writes its own dollar with a sign means the US dollar by the bare one.
        ("CANBERRA - Trade of A$30 billion ($19.6 billion) by 2030.", "en", ["AUD", "USD"]),
        # Elsewhere "$" stays the US dollar.
        ("BERLIN - A fund of $5 billion was set up.", "en", ["USD"]),
        # The outlet's time zone in the head says whose "$" it writes, wherever the story is set.
        ("Tuesday 3 March 2026, 9:15am NZST\n\nThe minister pledged $15 million to Samoa.", "en", ["NZD"]),
        # Canadian French writes the scale into the sign.
        ("OTTAWA - Le commerce a atteint près de 56 G$ en 2025.", "fr", ["CAD"]),
        # Set where "$" is no one's own, an article naming one dollar country writes that one's.
        ("JAKARTA - Les ventes de blé du Canada en Indonésie ont atteint 4,2 milliards de dollars.", "fr", ["CAD"]),
        # Naming two dollar countries, or the US, leaves it the US dollar.
        ("JAKARTA - Canada and Australia pledged $4 billion.", "en", ["USD"]),
        ("JAKARTA - Canada and the United States pledged $4 billion.", "en", ["USD"]),
        # Unless the story names one dollar country far more often than the others and the US.
        ("LIMA - Le Canada et le Pérou ont signé. Pour le Canada, selon Statistique Canada, les ventes"
         " au Pérou, devant celles de Washington, ont atteint 2,1 milliards de dollars.", "fr", ["CAD"]),
    ],
)
def test_a_bare_dollar_is_the_articles_own_country_s(text: str, lang: str, units: list[str]) -> None:
    assert [n.unit for n in _found(text, lang) if n.unit != "year"] == units


def test_a_bare_scaled_amount_takes_the_currency_of_its_paragraphs_sum() -> None:
    # A part of the paragraph's sum, far smaller than it, is still in its currency.
    text = "Il programma vale 2.000 milioni di euro. Il governo ne ha stanziati 150 milioni per i porti."
    assert [(n.value, n.unit) for n in _found(text, "it")] == [(2e9, "EUR"), (150e6, "EUR")]
    # In another paragraph only a sum of like size says the currency.
    text = "Il programma vale 2.000 milioni di euro.\nIl governo ne ha stanziati 150 milioni per i porti."
    assert [n.unit for n in _found(text, "it")][1] != "EUR"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il ministro ha promesso 20 milioni. Ora quei 20 milioni servono ai porti.", "it"),
        ("El fondo tiene 80 millones. Esos 80 millones llegan tarde.", "es"),
    ],
)
def test_the_word_after_a_scale_linked_by_of_is_no_counted_noun(text: str, lang: str) -> None:
    # "milioni di euro", "millones de personas": a scale's noun follows a linking word; the word
    # right after the scale is the clause's verb.
    assert [n.unit for n in _found(text, lang)] == [None, None]


def test_g_dollar_reads_the_scale() -> None:
    assert [(n.value, n.unit) for n in _found("Le budget prévoit 3,5 G$ pour les ports.", "fr")] == [(3.5e9, "CAD")]


def test_a_currency_conversion_is_no_second_figure_in_a_conflict() -> None:
    texts = {"a": "CANBERRA - They set a target of lifting two-way trade to $30 billion by 2030.",
             "b": "CANBERRA - They aim for two-way trade of A$30 billion ($19.6 billion) by 2030."}
    assert _conflict_values(texts, "en") == []
    conv = [n for n in _found("SYDNEY - Trade was worth A$17.6bn, or about $11.5bn, last year.", "en") if n.value == 11.5e9]
    assert [n.qualifier for n in conv] == [CONVERSION]


def test_a_lower_case_us_dollar_sign_is_the_us_dollar_anywhere() -> None:
    assert [n.unit for n in _found("CANBERRA - The bank lent us$5 billion to the port.", "en")] == ["USD"]


@pytest.mark.parametrize(
    ("sentence", "surface", "lang", "when"),
    [
        ("They agreed to aim for two-way trade of A$30 billion by 2030, from A$17.6 billion last year.",
         "A$17.6 billion", "en", "2025"),
        ("L'obiettivo è portare l'interscambio a 30 miliardi entro il 2030, dai 24 miliardi dell'anno scorso.",
         "24 miliardi", "it", "2025"),
        # The target itself stays one.
        ("Last week they set a target of A$30 billion for two-way trade.", "A$30 billion", "en", "target"),
    ],
)
def test_a_figure_its_clause_dates_in_the_past_is_no_target(sentence: str, surface: str, lang: str, when: str) -> None:
    assert _when_in(sentence, surface, lang, "2026-03-12") == when


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        ({"a": "Das Handelsvolumen liegt bei rund 6 Milliarden Euro. Österreich ist der größte Handelspartner Ungarns und "
               "mit einem Bestand von rund 3,9 Milliarden Euro der größte Investor im Land.",
          "b": "Der Handel erreichte 6,8 Milliarden Euro."}, "de"),
        ({"a": "Two-way trade reached about $6 billion. Britain is the top trade partner and, with a stock of "
               "$3.9 billion, the largest investor.",
          "b": "Trade reached $6.8 billion."}, "en"),
    ],
)
def test_an_investment_stock_is_no_report_of_trade(texts: dict[str, str], lang: str) -> None:
    assert _conflict_values(texts, lang) == [[6e9, 6.8e9]]


def test_a_bare_amount_restates_the_paragraph_s_earlier_sum() -> None:
    text = ("L'interscambio ha toccato nel 2025 i 15,2 miliardi di euro, secondo l'Istat. "
            "Il ministro ha però parlato di «quasi 17 miliardi», includendo i servizi.")
    assert [n.unit for n in _found(text, "it")] == ["EUR", "EUR"]
    assert _conflict_values({"a": text}, "it") == [[15.2e9, 17e9]]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Anna Kowalski said ties were strong. The leaders also announced a $200 million education partnership.", "en", None),
        ("Merz sagte, der Handel sei stark. Die beiden Regierungen unterzeichneten Verträge über 2 Milliarden Euro.", "de", None),
        ("Macron a déclaré que les liens étaient forts. Les deux pays ont signé des accords de 2 milliards d'euros.", "fr", None),
        ("Путин заявил, что отношения крепкие. Стороны подписали соглашения на 5 млрд долларов.", "ru", None),
        ("Duda powiedział, że relacje są dobre. Obie strony podpisały umowy o wartości 2 mld euro.", "pl", None),
    ],
)
def test_a_plural_subject_is_not_the_previous_speaker(text: str, lang: str, speaker: str | None) -> None:
    assert [n.speaker for n in _found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Особое внимание уделено зоне свободной торговли, действующей с 2016 года.", "ru"),
     ("Traktat obowiązuje od 1994 roku.", "pl"),
     ("Угода діє з 2016 року.", "uk")],
)
def test_a_year_with_its_year_noun_is_a_date_not_a_key_number(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_verb_after_an_amount_is_not_its_counted_noun() -> None:
    assert [n.unit for n in _found("Пока вопрос не решён, 15 млрд останутся лозунгом.", "ru")] == [None]


def test_a_czech_range_joined_by_az_is_one_figure_of_its_own_unit() -> None:
    nums = _found("Nová dálnice má měřit zhruba 80 kilometrů a stát bude 60 až 75 miliard korun.", "cs")
    assert [(n.value, n.value_end, n.unit) for n in nums] == [(80, None, "km"), (60e9, 75e9, "CZK")]


def test_the_first_end_of_a_range_takes_no_earlier_unit() -> None:
    # Polish reads "do" after a figure as "up to": the bare first end must not take the km before it.
    nums = _found("Tunel będzie miał 70 km, a jego koszt to 60 do 75 mld zł.", "pl")
    assert all(n.unit != "km" for n in nums if n.value == 60)


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Armia kupi pociski kalibru 120 mm dla czołgów.", "pl", "mm"),
    ("The barrel is 40 cm long.", "en", "cm"),
    ("Il proiettile misura 120 millimetri.", "it", "mm"),
])
def test_millimetres_and_centimetres_are_units(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in _found(text, lang)] == [unit]


@pytest.mark.parametrize(("texts", "lang"), [
    # Another noun for the same measure, inflected: a "*" synonym covers its forms.
    ({"a": "Potrivit ministrului, comerțul bilateral a atins anul trecut 4,5 miliarde de euro. "
           "Premierul a dat o altă cifră: „Schimburile dintre noi au depășit 5,2 miliarde de euro.”"}, "ro"),
    # A measure the language names with a two-word noun ("trocas comerciais"), restated in a quote.
    ({"a": "Segundo o ministro, as trocas comerciais chegaram a 31 mil milhões de euros. "
           "O embaixador apresentou outro número: «Falamos de 34 mil milhões de euros.»"}, "pt"),
])
def test_a_restated_sum_under_another_noun_is_a_conflict(texts: dict[str, str], lang: str) -> None:
    assert len(_conflict_values(texts, lang)) == 1


def test_a_sourced_count_of_people_or_of_nothing_restates_the_paragraphs_count() -> None:
    text = ("Volgens de minister werken er ruim 20.000 Nederlandse pendelaars over de grens. "
            "De burgemeester sprak van ‘meer dan 23.000 mensen die dagelijks pendelen’. "
            "Het statistiekbureau telde er vorig jaar 21.700.")
    assert _conflict_values({"a": text}, "nl") == [[20000, 21700, 23000]]


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        ("Trade reached 3.5 billion rands, and Nigeria pledged ₦500 billion and 2 billion NGN more.", "en",
         ["ZAR", "NGN", "NGN"]),
        ("Les échanges ont atteint 3,5 milliards de nairas et 2 milliards de rands l'an dernier.", "fr", ["NGN", "ZAR"]),
        ("El comercio sumó 900.000 millones de pesos colombianos y 40 millones de SEK.", "es", ["COP", "SEK"]),
    ],
)
def test_currencies_of_other_partners_by_name_code_and_sign(text: str, lang: str, units: list[str]) -> None:
    assert [n.unit for n in _found(text, lang)] == units


def test_a_russian_future_verb_is_no_unit() -> None:
    found = _found("На эти цели 2,4 млрд выделит государство.", "ru")
    assert [(n.unit, n.what) for n in found][0][0] is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Новата отсечка по Коридор 3 край града е открита.", "bg"),
    ("Ο Διάδρομος 4 θα ολοκληρωθεί σύντομα.", "el"),
    ("Work on Corridor 5 resumed near the border.", "en"),
    ("Il Corridoio 5 passa vicino alla città.", "it"),
])
def test_a_numbered_corridor_is_a_name_not_a_figure(text: str, lang: str) -> None:
    # "Corridor 5" is a route's name, like "Route 66": its number counts nothing.
    assert _found(text, lang) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("About 45 Uzbek engineers joined the team.", "engineers"),
    ("Some 20 Thai businesspeople came along.", "businesspeople"),
    # Before a verb the demonym is the people counted.
    ("About 45 Uzbeks arrived.", "Uzbeks"),
])
def test_a_nationality_adjective_is_no_unit(text: str, unit: str) -> None:
    # "45 Uzbek engineers" counts engineers; the adjective has none of [format] adjective_endings.
    assert [f.unit for f in scan(text, "en")] == [unit]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Az ülésen 70 magyar és szlovák polgármester vett részt.", "hu", "polgármester"),
    ("W targach wzięło udział 90 polskich i czeskich wystawców.", "pl", "wystawców"),
])
def test_two_joined_nationality_adjectives_are_no_unit(text: str, lang: str, unit: str) -> None:
    # "magyar és szlovák polgármester": both adjectives qualify the noun after them, which is counted.
    assert [f.unit for f in scan(text, lang)] == [unit]


def test_a_hungarian_count_after_a_nationality_adjective_meets_its_accusative() -> None:
    # "magyar" is an adjective (no -i ending marks it), and "katonát" lengthens the stem's final -a.
    text = ("Nagy Péter miniszter szerint 40 magyar katona utazik Finnországba. "
            "„Mintegy 60 katonát küldünk” – mondta később Nagy Péter.")
    assert _conflict_values({"a": text}, "hu") == [[40, 60]]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    # A capitals code before the digits owns the measure when a percent follows ("the GDP's 1.8 percent").
    ("A kiadások a GDP 1,8 százalékát teszik ki.", "hu", "%"),
    ("Éjjel 25 fokot mértek a hegyen.", "hu", "°C"),
])
def test_hungarian_inflected_percent_and_degrees(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in _found(text, lang)] == [unit]


@pytest.mark.parametrize(("text", "lang"), [
    ("Пътят до морето отне три часа и половина.", "bg"),
    ("The drive took three hours and a half.", "en"),
    ("Il volo è durato tre ore e mezza.", "it"),
    ("La reunión duró tres horas y media.", "es"),
])
def test_a_half_said_after_the_time_word_adds_half_of_it(text: str, lang: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(3.5, "hours")]


@pytest.mark.parametrize(("text", "lang", "units"), [
    # "hundreds of millions" of nothing named is no amount; "peste" (across) is never its unit.
    ("„Trimitem sute de milioane peste graniță”, a spus deputatul.", "ro", []),
    ("They give hundreds of millions across the border.", "en", []),
    # With a currency the vague amount stays, a lower bound.
    ("Au promis sute de milioane de euro pentru drumuri.", "ro", ["EUR"]),
])
def test_a_vague_scale_of_nothing_is_no_figure(text: str, lang: str, units: list[str]) -> None:
    assert [n.unit for n in _found(text, lang)] == units


@pytest.mark.parametrize(("text", "lang"), [
    # "a few hundred" is an unstated multiple of a hundred: a lower bound like "hundreds", never exactly 100.
    ("A few hundred workers lost their jobs.", "en"),
    ("Several hundred workers lost their jobs.", "en"),
    ("Ein paar hundert Arbeiter verloren ihre Stelle.", "de"),
    ("Mehrere Hundert Arbeiter verloren ihre Stelle.", "de"),
])
def test_a_few_hundred_is_a_lower_bound_not_exactly_a_hundred(text: str, lang: str) -> None:
    assert [(n.value, n.qualifier) for n in _found(text, lang)] == [(100, "at least")]


@pytest.mark.parametrize(("text", "lang", "noun"), [
    ("O Japão é o quarto maior comprador de café.", "pt", "comprador"),
    ("Japón es el cuarto mayor comprador de café.", "es", "comprador"),
    ("Il Giappone è il quarto maggiore acquirente di caffè.", "it", "acquirente"),
])
def test_a_comparative_after_an_ordinal_is_skipped_for_the_ranked_noun(text: str, lang: str, noun: str) -> None:
    assert [(n.unit, n.what) for n in _found(text, lang)] == [("ordinal", noun)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Éjszaka mínusz 25 fokot mértek a hegyen.", "hu", -25),
    ("The lake surface lies at minus 28 metres.", "en", -28),
])
def test_a_minus_word_before_a_measure_makes_it_negative(text: str, lang: str, value: float) -> None:
    assert [n.value for n in _found(text, lang)] == [value]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    # A singular scale word in the accusative is one of it before a unit Bosnian shortens (kubnih metara).
    ("Rafinerija bi mogla preraditi milijardu kubnih metara plina.", "hr", 1e9, "m³"),
    ("Elektrana troši 2,5 milijuna kubnih metara vode.", "hr", 2.5e6, "m³"),
    # "One and a half" as a word multiplies the scale after it.
    ("Στην περιοχή ζουν ενάμισι εκατομμύριο κάτοικοι.", "el", 1.5e6, "κάτοικοι"),
    # A plural hundred after a number word (seši simti: six hundred), declined scale after it.
    ("Valdība piešķīra trīs simti miljonu eiro skolām.", "lv", 3e8, "EUR"),
])
def test_number_words_in_a_case_keep_their_value(text: str, lang: str, value: float, unit: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(value, unit)]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    # The Polish press abbreviation of cubic metres after a scale word, with and without its dot.
    ("Rurociąg przesyła do 40 mld m sześc. gazu rocznie.", "pl", 4e10, "m³"),
    ("Złoże zawiera 3 mln m sześc gazu.", "pl", 3e6, "m³"),
])
def test_an_abbreviated_unit_after_a_scale_word_is_kept(text: str, lang: str, value: float, unit: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(value, unit)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Izdevumi pieauga par vienu procentu gadā.", "lv"),
    ("Die Inflation stieg um ein Prozent.", "de"),
    ("Unemployment fell by one percent last year.", "en"),
])
def test_a_weak_one_before_a_percent_word_is_one_percent(text: str, lang: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(1, "%")]


def test_an_article_before_a_percentage_is_no_figure() -> None:
    assert _found("Exports rose by a percentage nobody expected.", "en") == []


def test_a_plural_thousand_after_several_is_no_figure() -> None:
    # "flere tusinde" is several thousand: no number is given; "to tusinde" still multiplies.
    assert _found("Fabrikken bygger flere tusinde robotter om året.", "da") == []
    assert [n.value for n in _found("Fabrikken bygger to tusinde robotter om året.", "da")] == [2000]


@pytest.mark.parametrize(("text", "lang", "value", "unit", "qualifier"), [
    # A case ending glued to the digits by a hyphen comes before the postposed qualifier.
    ("Облыста 40-қа жуық зауыт салынды.", "kk", 40, "зауыт", "almost"),
    ("Şirket 30-dan fazla fabrika kurdu.", "tr", 30, "fabrika", "more than"),
    # A postposed qualifier after a measure's or a percentage's declined unit bounds it too.
    ("Өзен бойында 2 миллион гектардан астам жер бар.", "kk", 2e6, "ha", "more than"),
    ("Экспорт 15 пайыздан астам өсті.", "kk", 15, "%", "more than"),
])
def test_a_qualifier_after_a_suffixed_figure_bounds_it(text: str, lang: str, value: float, unit: str, qualifier: str) -> None:
    assert [(n.value, n.unit, n.qualifier) for n in _found(text, lang)] == [(value, unit, qualifier)]


def test_a_kazakh_according_to_word_after_a_role_gives_the_figure_its_holder() -> None:
    # "Министрдің мәліметінше" (according to the minister's information) names the minister named before.
    text = "Энергетика министрі Болат Ахметов жобаны таныстырды. Министрдің мәліметінше, жобаның құны 2 миллиард доллар."
    assert [(n.value, n.speaker) for n in _found(text, "kk")] == [(2e9, "Болат Ахметов")]


@pytest.mark.parametrize(("text", "lang"), [
    # A year written as an ordinal before its year noun dates the sentence.
    ("Ministar je posjetio Zagreb prvi put nakon 2015. godine.", "hr"),
    ("Nākamā tikšanās notiks 2028. gada rudenī Viļņā.", "lv"),
])
def test_a_year_with_its_ordinal_dot_and_year_noun_is_a_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_year_in_direct_speech_is_no_key_number() -> None:
    text = "„Ne očekujem novu cestu prije 2031.”, rekao je ministar Ivo Horvat. Grad je osnovan 1991."
    # The quoted year is the speaker's time reference; the narrated one stays.
    assert [v for v, _ in _quoted_speakers(text, "hr", "Ne očekujem novu cestu prije 2031.", "Ivo Horvat")] == [1991]


def test_a_figure_of_inflation_is_labelled_by_it_not_by_the_clause_before() -> None:
    # "inflación" names the measure of its own clause; a preterite in -ó ends no label.
    text = "“Hay superávit comercial, la inflación cayó del 90% al 40% este año”, dijo la ministra Ana Ruiz."
    assert [(n.value, n.what) for n in _found(text, "es")] == [(90, "inflación"), (40, "inflación")]


def test_genitive_range_modifiers_are_skipped_for_the_counted_noun() -> None:
    # "tālas darbības" (long-range) describes the counted noun "raķešu" after it.
    nums = _found("Armija iegādāsies 300 tālas darbības raķešu.", "lv")
    assert [(n.value, n.unit) for n in nums] == [(300, "raķešu")]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    # A part of a whole named with a determiner counts the whole's noun.
    ("По данным ведомства, 25 из этих заводов уже работают.", "ru", "заводов"),
    ("The agency said 25 of these factories already operate.", "en", "factories"),
])
def test_a_part_of_a_determined_whole_counts_its_noun(text: str, lang: str, unit: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(25, unit)]


def test_a_part_of_a_pronoun_or_a_counted_whole_takes_no_noun_from_it() -> None:
    assert _found("The agency said 25 of them already operate.", "en") == []
    assert [n.value for n in _found("Exports rose in 15 of the last 20 months.", "en")] == [20]


def _mixed_conflict_values(texts: dict[str, tuple[str, str]]) -> list[list[float]]:
    """_conflict_values for articles in several languages: id -> (lang, text)."""
    arts, nums = [], []
    for aid, (lang, text) in texts.items():
        a, n = _visit_numbers({aid: text}, lang)
        arts += a
        nums += n
    by_id = {n.id: n for n in nums}
    return [sorted(by_id[i].value for i in c.numbers) for c in find_conflicts(nums, arts)]


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # Counted nouns of two languages naming one thing (a [synonyms] line keys them) are one count.
        ({"a": ("pl", "Serbia zamknęła dotąd 10 rozdziałów negocjacyjnych."),
          "b": ("fr", "La Serbie a fermé jusqu'ici onze chapitres de négociation.")}, [[10, 11]]),
        ({"a": ("de", "Bisher sind 10 Kapitel der Verhandlungen abgeschlossen."),
          "b": ("hu", "Eddig 11 fejezetet zártak le a tárgyalásokon.")}, [[10, 11]]),
        # The guests of one dinner counted in two languages.
        ({"a": ("en", "The president spoke to the 200 guests at the gala dinner."),
          "b": ("de", "Beim Galadinner sassen rund 220 Gäste an den Tischen.")}, [[200, 220]]),
        # An aid package in two languages ("aiuti", the compound "Hilfspaket") is one measure.
        ({"a": ("it", "Il ministro ha promesso al Libano aiuti per 30 milioni di euro."),
          "b": ("de", "Der Minister sagte dem Libanon ein Hilfspaket über 35 Millionen Euro zu.")}, [[30e6, 35e6]]),
        # A country's name is no measure word: "Грузией" (Georgia) is not "груз" (cargo), trade is.
        ({"a": ("ru", "В 2025 году товарооборот между Турцией и Грузией составил 2 миллиарда долларов."),
          "b": ("en", "Trade between the two countries reached $2.4bn in 2025.")}, [[2e9, 2.4e9]]),
        # Vietnamese trade ("kim ngạch thương mại") keys trade as Malay "perdagangan" does.
        ({"a": ("vi", "Năm 2024, kim ngạch thương mại giữa hai nước đạt 9,1 tỷ USD."),
          "b": ("ms", "Perdagangan dua hala pada 2024 berjumlah 8.4 bilion dolar AS.")}, [[8.4e9, 9.1e9]]),
        # Chinese glues the measure to the clause around it: the trade word inside it, not the clause's
        # first letters ("2024年中法" against "双边贸易"), says what is measured.
        ({"a": ("zh", "李强表示，2024年中法双边贸易额达5.6亿美元。"),
          "b": ("zh", "马克龙说，双边贸易额去年约为4.5亿美元。")}, [[4.5e8, 5.6e8]]),
        # Japanese too, the aid word (供与) standing before the figure in one, after it in the other.
        ({"a": ("ja", "政府は、今年度のベトナム向け供与額は約12億円になる。"),
          "b": ("ja", "政府はベトナムに対しておよそ18億円相当の機材を供与する。")}, [[1.2e9, 1.8e9]]),
        # Georgian freight ("ტვირთი", cargo) carried in one year by two sources.
        ({"a": ("ka", "მინისტრის თქმით, ახალი რკინიგზით 2024 წელს 3 მილიონი ტონა ტვირთი გადაიზიდა."),
          "b": ("ka", "კომპანიის მონაცემებით, საზღვაო ხაზით 2024 წელს 2,5 მილიონი ტონა ტვირთი გადაიტანეს.")}, [[2.5e6, 3e6]]),
        # A country's contribution in Dutch ("bijgedragen") and Czech ("vložila", put in) is one measure.
        ({"a": ("nl", "Volgens de premier heeft België tot nu toe ruim 120 miljoen euro bijgedragen aan het fonds."),
          "b": ("cs", "Belgie do fondu dosud vložila 100 milionů eur.")}, [[100e6, 120e6]]),
        # Money set aside for a purpose ("destinará … a") is what another source calls invested ("investir … em").
        ({"a": ("es", "El gobierno destinará 500 millones de dólares a obras viales en la frontera."),
          "b": ("pt", "O governo vai investir US$ 600 milhões em obras viárias na fronteira.")}, [[500e6, 600e6]]),
    ],
)
def test_counts_of_one_noun_in_two_languages_conflict(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # A part of a total ("3 milliarder av dem") told alone elsewhere is that part again, no other report of the total.
        ({"a": ("no", "Investeringene er på 8 milliarder kroner, og 3 milliarder av dem går til skoler, sa ministeren."),
          "b": ("no", "Investeringene i skolene er på 3 milliarder kroner, sa statsråden.")}, []),
        # With no part of that value beside it, the total and the other figure still disagree.
        ({"a": ("no", "Investeringene er på 8 milliarder kroner, sa ministeren."),
          "b": ("no", "Investeringene i skolene er på 3 milliarder kroner, sa statsråden.")}, [[3e9, 8e9]]),
    ],
)
def test_a_part_told_elsewhere_is_no_report_of_its_total(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # A procurement's value, its noun in a compound or a case (hankes, yhteishankinnan, pirkimo),
        # is one measure across Estonian, Finnish and Lithuanian.
        ({"a": ("et", "Riigid leppisid kokku ühises laevade hankes, mille maksumus on umbes 2,1 miljardit eurot."),
          "b": ("fi", "Maat sopivat laivojen yhteishankinnasta, jonka arvo on noin 2,6 miljardia euroa.")}, [[2.1e9, 2.6e9]]),
        ({"a": ("lt", "Šalys susitarė dėl bendro laivų pirkimo, kurio vertė – apie 2,1 mlrd. eurų."),
          "b": ("fi", "Maat sopivat laivojen yhteishankinnasta, jonka arvo on noin 2,6 miljardia euroa.")}, [[2.1e9, 2.6e9]]),
    ],
)
def test_a_procurement_s_value_compares_across_languages(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # A German compound is keyed by its head (a tunnel), not by the place its first part names.
        ({"a": ("de", "»Der Semmeringbasistunnel ist mit 27 Kilometern sehr lang«, sagte die Ministerin."),
          "b": ("it", "«Il Semmering resta un valico lungo 41 chilometri», osserva l'esperta.")}, []),
        # The same compound, inflected, is still one measure.
        ({"a": ("de", "»Der Semmeringbasistunnel ist mit 27 Kilometern sehr lang«, sagte die Ministerin."),
          "b": ("de", "»Des Semmeringbasistunnels Strecke misst 31 Kilometer«, sagte der Experte.")}, [[27, 31]]),
    ],
)
def test_a_compound_is_keyed_by_its_head(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # A speaker's compatriots are the people the speaker counts by name: one crowd, two figures.
        ("Minister Jan Kowal powiedział, że w Irlandii mieszka około 90 tysięcy Polaków. "
         "Kowal dodał wieczorem, że w Irlandii żyje ponad 120 tysięcy rodaków.", "pl", [[90000, 120000]]),
        ("Botschafter Oleh Marko sagte, in Österreich lebten rund 90.000 Ukrainer. "
         "Später sagte Marko, in Österreich lebten mehr als 120.000 Landsleute.", "de", [[90000, 120000]]),
        # Two peoples counted by the speaker: which one is theirs is not known.
        ("Minister Jan Kowal powiedział, że w Irlandii mieszka około 90 tysięcy Polaków i 80 tysięcy Litwinów. "
         "Kowal dodał wieczorem, że w Irlandii żyje ponad 120 tysięcy rodaków.", "pl", []),
    ],
)
def test_compatriots_are_the_people_the_speaker_counts(text: str, lang: str, values: list[list[float]]) -> None:
    assert _conflict_values({"a": text}, lang) == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # Countries the soldiers come from and countries the ministers come from: two counts.
        ("Na vaji je sodelovalo 300 vojakov iz šestih držav. Srečanje ministrov iz osmih držav je bilo v Ljubljani.", "sl", []),
        ("The drill brought together 300 soldiers from six countries. The meeting of ministers from eight countries was held in Oslo.", "en", []),
        # The same noun's countries are one count told twice.
        ("Na vaji je sodelovalo 300 gasilcev iz šestih držav. Kasneje so poročali o gasilcih iz osmih držav.", "sl", [[6, 8]]),
        # A preposition of make-up ("på": a delegation of 40 firms) leaves the count the firms'.
        ("Ministeren har med seg en delegasjon på 40 selskaper. Han sa senere at 55 selskaper er med.", "no", [[40, 55]]),
    ],
)
def test_a_count_after_a_noun_and_preposition_is_that_noun_s(text: str, lang: str, values: list[list[float]]) -> None:
    assert _conflict_values({"a": text}, lang) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # One country's investment is a part of the total investment, never another report of it.
        ({"a": ("en", "The minister said that 900 million euros in German investment in the port is expected."),
          "b": ("es", "La inversión total prevista asciende a 1.000 millones de euros, según el ministro.")}, []),
        ({"a": ("es", "La inversión alemana prevista asciende a 900 millones de euros, según el ministro."),
          "b": ("es", "La inversión total prevista asciende a 1.000 millones de euros, según la ministra.")}, []),
        # Two figures for the same country's investment still disagree.
        ({"a": ("en", "The minister said that 900 million euros in German investment in the port is expected."),
          "b": ("es", "La inversión alemana prevista asciende a 1.000 millones de euros, según el ministro.")}, [[9e8, 1e9]]),
    ],
)
def test_a_country_s_investment_is_no_report_of_the_total(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # The tunnel of the Semmering and the Semmering's pass share only a name: two measures.
        ("La galleria di base del Semmering, 27 chilometri tra Gloggnitz e Mürzzuschlag, è quasi pronta. "
         "«Oggi il Semmering resta un valico lungo 41 chilometri», osserva l'esperta.", []),
        # Two reports of the tunnel's length still disagree.
        ("La galleria di base del Semmering, 27 chilometri tra Gloggnitz e Mürzzuschlag, è quasi pronta. "
         "Secondo il sindaco, la galleria di base del Semmering, 31 chilometri in tutto, costa troppo.", [[27, 31]]),
    ],
)
def test_a_label_s_head_noun_not_a_name_after_it_names_the_measure(text: str, values: list[list[float]]) -> None:
    assert _conflict_values({"a": text}, "it") == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Latin American Spanish groups thousands with a comma: three digits and a scale word tell,
        # with no decimal point elsewhere in the article to give the convention away.
        ("Las remesas sumaron 2,640 millones de dólares el año pasado.", 2.64e9),
        # A decimal comma before two digits keeps the language's own reading.
        ("Las remesas sumaron 2,64 millones de dólares el año pasado.", 2.64e6),
    ],
)
def test_a_comma_before_three_digits_and_a_scale_groups_thousands(text: str, value: float) -> None:
    assert [n.value for n in _found(text, "es") if n.unit == "USD"] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # Half of a scale is one number, never the scale word alone (which says one).
        ("Celem jest pół miliarda euro obrotów.", "pl", 500e6),
        ("Товарооборот должен выйти на полмиллиарда долларов.", "ru", 500e6),
        ("Речь идёт о сумме около полумиллиона долларов.", "ru", 500e3),
        ("Il piano vale mezzo miliardo di euro.", "it", 500e6),
        ("O fundo soma meio bilhão de reais.", "pt", 500e6),
        ("Le plan coûte un demi-milliard d'euros.", "fr", 500e6),
    ],
)
def test_half_of_a_scale_is_half_of_it(text: str, lang: str, value: float) -> None:
    assert [f.value for f in scan(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # Two pairs of countries: two relations, whichever one of them both name.
        ({"a": "Trade between Poland and Chile reached $1.2 billion last year.",
          "b": "Trade between Peru and Chile reached $1.5 billion last year."}, []),
        # A third country beside the same pair still tells of that pair.
        ({"a": "Trade between Poland and Chile reached $1.2 billion last year.",
          "b": "Trade between Poland and Chile, Peru's neighbour, reached $1.5 billion last year."}, [[1.2e9, 1.5e9]]),
    ],
)
def test_trade_of_two_pairs_of_countries_is_no_conflict(texts: dict[str, str], values: list[list[float]]) -> None:
    assert sorted(_conflict_values(texts, "en")) == values


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # "About 4.7 billion" is 4.66 billion rounded to the writer's last digit: one sum.
        ("Bilateral trade reached 4.66 billion euros last year.", "Bilateral trade reached about 4.7 billion euros last year.", 0),
        # Beyond half that digit, or a twentieth of the figure, it is another figure.
        ("Bilateral trade reached 4.6 billion euros last year.", "Bilateral trade reached about 4.7 billion euros last year.", 1),
        ("Bilateral trade reached 340 million euros last year.", "Bilateral trade reached about 300 million euros last year.", 1),
    ],
)
def test_an_approximate_figure_agrees_with_what_it_rounds(a: str, b: str, conflicts: int) -> None:
    arts, nums = _visit_numbers({"a": a, "b": b}, "en")
    assert len(find_conflicts(nums, arts)) == conflicts


def test_an_unnamed_sum_opening_a_quotation_after_a_preposition_is_the_speaker_s_report() -> None:
    # "dijo: “Con 5000 millones …”": the quotation opens with a preposition, then the figure; the
    # one named sum close to it (the trade of the sentence before) is what it reports.
    text = ("El comercio bilateral alcanzó el año pasado los 5400 millones de euros. "
            "Luego el ministro dijo: “Con 5000 millones de euros somos el primer socio del país”.")
    assert _conflict_values({"a": text}, "es") == [[5.0e9, 5.4e9]]


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # Tonnes of cargo carried, in two languages ("грузов", "yuk", "жүк" key to cargo): one measure.
        ({"a": ("ru", "В прошлом году через порт перевезли 3,2 миллиона тонн грузов."),
          "b": ("uz", "O'tgan yili port orqali 3,6 million tonna yuk tashildi.")}, [[3.2e6, 3.6e6]]),
        ({"a": ("kk", "Өткен жылы порт арқылы 3,2 миллион тонна жүк тасымалданды."),
          "b": ("en", "Last year 3.6 million tonnes of cargo passed through the port.")}, [[3.2e6, 3.6e6]]),
        ({"a": ("hu", "Tavaly 3,2 millió tonna rakományt szállítottak a kikötőn át."),
          "b": ("en", "Last year 3.6 million tonnes of cargo passed through the port.")}, [[3.2e6, 3.6e6]]),
    ],
)
def test_cargo_in_two_languages_is_one_measure(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # Documents signed, counted in two languages: ru "документов", kk "құжатқа" (with a dative
        # ending) and en "documents" key to documents, so the counts compare.
        ({"a": ("ru", "По итогам переговоров стороны подписали 9 документов."),
          "b": ("kk", "Келіссөздер қорытындысы бойынша 7 құжатқа қол қойылды.")}, [[7.0, 9.0]]),
        ({"a": ("en", "The two sides signed 9 documents after the talks."),
          "b": ("de", "Nach den Gesprächen wurden 7 Dokumente unterzeichnet.")}, [[7.0, 9.0]]),
    ],
)
def test_documents_signed_in_two_languages_are_one_count(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # A crowd counted as people of no kind in two languages ("pessoas", "människor", "Menschen"
        # key to people): one count.
        ({"a": ("pt", "No domingo, cerca de 80 mil pessoas acompanharam o concerto no estádio."),
          "b": ("sv", "Omkring 60 000 människor följde konserten på stadion i söndags.")}, [[60e3, 80e3]]),
        ({"a": ("de", "Rund 60.000 Menschen verfolgten am Sonntag das Konzert im Stadion."),
          "b": ("en", "Some 80,000 people watched the concert at the stadium on Sunday.")}, [[60e3, 80e3]]),
        # A country's inhabitants are its population, no crowd: they stay apart from people.
        ({"a": ("sv", "Landet har i dag drygt fem miljoner invånare."),
          "b": ("pt", "No Brasil vivem cerca de sete milhões de pessoas de origem libanesa.")}, []),
    ],
)
def test_people_in_two_languages_are_one_count(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


def test_one_fund_in_romanian_and_french_is_one_measure() -> None:
    # ro "fond" (a fund, singular) names the measure as fr "fonds" does: 12 m vs 15 m € disagree.
    texts = {"a": ("ro", "Miniștrii au aprobat un fond de 12 milioane de euro pentru școli."),
             "b": ("fr", "Les ministres ont approuvé un fonds de 15 millions d'euros pour les écoles.")}
    assert _mixed_conflict_values(texts) == [[12e6, 15e6]]


def test_a_past_year_inside_a_closed_quotation_dates_only_the_quoted_figure() -> None:
    # The quoted figure keeps its year; the target after the quotation is no report of 2025.
    sentence = ('She spoke of “about $60 million of trade in 2025” and said the aim is for this figure '
                'to reach $100 million by 2030.')
    assert _when_in(sentence, "about $60 million", "en", "2026-10-15") == "2025"
    assert _when_in(sentence, "$100 million", "en", "2026-10-15") == "target"


def test_a_conflict_names_every_source_of_each_value() -> None:
    # Two articles agree on 1.2 billion against one giving 1.5: a reader must see two sources
    # against one, not one against one.
    arts, nums = _visit_numbers({
        "a": "Bilateral trade reached 1.2 billion euros last year.",
        "b": "Bilateral trade reached 1.2 billion euros last year, the ministry said.",
        "c": "Bilateral trade reached 1.5 billion euros last year.",
    }, "en")
    (conflict,) = find_conflicts(nums, arts)
    by_id = {n.id: n for n in nums}
    assert [[by_id[i].article for i in ids] for ids in conflict.sources] == [["a", "b"], ["c"]]
    assert [ids[0] for ids in conflict.sources] == list(conflict.numbers)


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # "Both countries" stands for the pair its article names most (Chile and Peru here): a third
        # country's trade with one of them is another relation.
        ({"a": ("de", "Boric reist nach Peru. Chile und Peru wollen enger zusammenarbeiten. "
                      "Der Handel zwischen beiden Ländern lag 2025 bei 4,1 Milliarden Euro."),
          "b": ("en", "Boric arrives in Lima. Chile and Peru signed a port deal. "
                      "Brazil remains Peru's largest partner in the region, with trade of €4.6 billion in 2025.")}, []),
        # Both articles' own pair: one relation, so the two sums disagree.
        ({"a": ("de", "Boric reist nach Peru. Chile und Peru wollen enger zusammenarbeiten. "
                      "Der Handel zwischen beiden Ländern lag 2025 bei 4,1 Milliarden Euro."),
          "b": ("en", "Boric arrives in Lima. Chile and Peru signed a port deal. "
                      "Trade between Chile and Peru reached €4.6 billion in 2025.")}, [[4.1e9, 4.6e9]]),
        # Turkish declines "ticaret" (trade): "ticaretin" is trade too.
        ({"a": ("de", "Boric reist nach Peru. Chile und Peru wollen enger zusammenarbeiten. "
                      "Der Handel zwischen beiden Ländern lag 2025 bei 4,1 Milliarden Euro."),
          "b": ("tr", "Boric Lima'da. Şili ve Peru bir liman anlaşması imzaladı. "
                      "Bakan, iki ülke arasındaki ticaretin 2025 yılında 4,6 milyar avroya ulaştığını söyledi.")}, [[4.1e9, 4.6e9]]),
    ],
)
def test_both_countries_are_the_pair_the_article_names(texts: dict[str, tuple[str, str]], values: list[list[float]]) -> None:
    assert _mixed_conflict_values(texts) == values


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # "d'ici 2030" (by 2030): "ici" is no counted noun, the noun the sentence named before is.
        ("fr", "La région compte 40 millions d'habitants, un nombre qui pourrait dépasser 55 millions d'ici 2040.", "habitants"),
        # A form of "estar" after a figure is its verb: "unos 3.000 están inscritos" counts the noun before.
        ("es", "El censo registra 9.000 estudiantes, de los que unos 3.000 están inscritos en línea.", "estudiantes"),
    ],
)
def test_a_verb_or_adverb_after_a_figure_is_no_counted_noun(lang: str, text: str, unit: str) -> None:
    _, nums = _visit_numbers({"a": text}, lang)
    assert {n.unit for n in nums} == {unit}


@pytest.mark.parametrize(
    ("text", "lang", "value", "bad"),
    [
        # A relative time ([relative]) says when the figure was, not what it measures.
        ("Tahun lalu nilainya hanya 2 miliar dolar AS.", "id", 2e9, "tahun"),
        ("Secondo l'Istat, l'anno scorso sono arrivati 3 milioni di turisti, il 4% in più.", "it", 4, "anno"),
    ],
)
def test_a_relative_time_is_no_label(text: str, lang: str, value: float, bad: str) -> None:
    labels = [n.what for n in _found(text, lang) if n.value == pytest.approx(value)]
    assert labels and not any(bad in (w or "").lower().split() for w in labels)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        # Energy is no power: "megawatts-hora", "megawatt-hours" are MWh, not MW.
        ("A barragem gerou 12,5 milhões de megawatts-hora no ano passado.", "pt", "MWh"),
        ("The dam generated 12.5 million megawatt-hours last year.", "en", "MWh"),
        ("Die Anlage lieferte 4,2 Millionen Megawattstunden Strom.", "de", "MWh"),
        ("La centrale a fourni 8 millions de mégawattheures.", "fr", "MWh"),
        ("Elektrárna vyrobila 3,1 milionu megawatthodin.", "cs", "MWh"),
    ],
)
def test_energy_units_are_not_power(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in _found(text, lang)] == [unit]


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        # "z nich" (of them): the pronoun stands for the noun named before, it counts nothing.
        ("Loni bylo dodáno 900 tisíc granátů. Asi 200 tisíc z nich zaplatila Itálie.", "cs", "nich"),
        ("W zeszłym roku dostarczono 900 tysięcy pocisków. Około 200 tysięcy z nich opłaciły Włochy.", "pl", "nich"),
    ],
)
def test_a_pronoun_after_of_is_no_counted_noun(text: str, lang: str, bad: str) -> None:
    assert all(n.unit != bad and bad not in (n.what or "").split() for n in _found(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        # "respectively" pairs the figures with the subjects in order, not all with the first.
        ("A Suécia e o Japão doaram 40 milhões de euros e 70 milhões de dólares, respetivamente.", "pt", ["Suécia", "Japão"]),
        ("France, Italy and Germany pledged €40 million, €55 million and €70 million respectively.", "en", ["France", "Italy", "Germany"]),
        ("La Suède et le Japon ont versé 40 millions d'euros et 70 millions de dollars, respectivement.", "fr", ["Suède", "Japon"]),
        # Figures earlier in the sentence are no part of the pairing.
        ("Os camiões levam 300 toneladas por dia, e a Suécia e o Japão doaram 40 milhões de euros e 70 milhões de dólares, respetivamente.",
         "pt", ["Suécia", "Japão"]),
        # The word may stand before the figures.
        ("Szwecja i Japonia przekazały odpowiednio 40 mln euro i 70 mln dolarów.", "pl", ["Szwecja", "Japonia"]),
    ],
)
def test_respectively_pairs_figures_with_subjects(text: str, lang: str, labels: list[str]) -> None:
    assert [n.what for n in _found(text, lang)][-len(labels) :] == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        # The inverted pronoun of a cue after a quote ("a-t-elle souligné") and the relative "dont"
        # end a label: "blé ukrainien", not "blé ukrainien a-t-elle".
        ("« Le port a reçu 1,2 million de tonnes de blé, dont quelque 800 000 tonnes de blé ukrainien », a-t-elle souligné.",
         "fr", ["blé", "blé ukrainien"]),
        ("« Le port a reçu 900 000 tonnes de maïs américain », a-t-il ajouté.", "fr", ["maïs américain"]),
    ],
)
def test_an_inverted_cue_pronoun_is_no_label_word(text: str, lang: str, labels: list[str]) -> None:
    assert [n.what for n in _found(text, lang)] == labels


def test_measures_read_back_from_workers_share_their_equal_values() -> None:
    # Copies repeat a figure word for word: its measure comes back from each worker chunk as a copy.
    import pickle

    from digest.numbers import _measure, measure_figures, shared_measures

    text = "Trade between the two countries reached $5 billion last year, and 40% of it was energy."
    arts, nums = _visit_numbers({"a": text, "b": text, "c": text}, "en")
    by_id = {a.id: a for a in arts}
    half = len(nums) // 2
    back = shared_measures([
        *pickle.loads(pickle.dumps(measure_figures(nums[:half], by_id))),
        *pickle.loads(pickle.dumps(measure_figures(nums[half:], by_id))),
    ])
    assert back == [_measure(n, by_id[n.article]) for n in nums]
    assert len({id(m) for m in back}) == len(set(back)) < len(back)
    assert len({id(m.pair) for m in back if not m.pair}) == 1
    assert find_conflicts(nums, arts, measure=lambda figures: measure_figures(figures, by_id)) == find_conflicts(nums, arts)


def _speakers_of(text: str, value: float) -> list[str | None]:
    blocks = clean(text).blocks
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) if blk.kind == TEXT for a, b in split(text, "en", blk.start, blk.end)]
    quotes = tuple(find_quotes(text, blocks, (), "en"))
    return [n.speaker for n in find_numbers(text, blocks, sents, quotes, "en", None) if n.value == value]


def test_a_figure_in_a_live_blog_entry_is_never_the_speaker_of_the_entry_above() -> None:
    # Newest first: "she says" in the 13:10 entry is not the spokeswoman of the 14:32 entry printed above it.
    text = ("Hansen in Oslo - live\n\n14:32\nCriticism from the opposition. Spokeswoman Kari Lund said: \"The "
            "government cuts the fund by 800 million kroner.\"\n\n13:10\nHansen is blunt. \"The region needs 40 "
            "billion kroner a year,\" she says at the press conference.\n")
    assert _speakers_of(text, 40e9) == [None]
    assert _speakers_of(text, 800e6) == ["Kari Lund"]
    # Without the time stamps the paragraphs are one story: "she" is the spokeswoman.
    assert _speakers_of(text.replace("14:32\n", "").replace("13:10\n", ""), 40e9) == ["Kari Lund"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Exports rose to 12.4 billion dollars in the 2025-26 fiscal year, the minister said.", "en"),
    ("Les exportations ont atteint 12,4 milliards de dollars sur l'exercice 2025–26, a dit le ministre.", "fr"),
])
def test_the_short_second_year_of_a_span_is_no_figure(text: str, lang: str) -> None:
    # "2025-26" is one fiscal year: the 26 was read as a figure of its own.
    blocks = clean(text).blocks
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) if blk.kind == TEXT for a, b in split(text, lang, blk.start, blk.end)]
    assert [n.value for n in find_numbers(text, blocks, sents, [], lang, None)] == [12.4e9]
