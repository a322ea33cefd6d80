"""Slovenian: language detection, the word lists in digest/data/sl, read through the public stages and on a whole article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon, nominative

NEWS = ("Predsednik vlade je v sredo v Ljubljani sprejel avstrijskega kanclerja. Po njegovih besedah je blagovna "
        "menjava lani znašala skoraj 4 milijarde evrov, kar je 5 odstotkov več kot leto prej. Oba sta se strinjala, "
        "da je sodelovanje pri energiji pomembno in da ga bosta nadaljevala tudi prihodnje leto.")
SHORT = "»Meja ni več ovira,« je dejal premier. Menjava je lani dosegla 7 milijard evrov."
ARTICLE = Path(__file__).parent / "data" / "sl_obisk.txt"


def test_slovenian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "sl" and detect(SHORT) == "sl" and detect(ARTICLE.read_text("utf-8")) == "sl"
    assert supported("sl") and "sl" in LANGS and word_lists("sl") == "sl"


@pytest.mark.parametrize(("text", "lang"), [
    # The neighbours keep their own code: Croatian (i, u, je, koji), Czech and Slovak.
    ("Predsjednik Vlade u srijedu je u Zagrebu primio austrijskog kancelara. Prema njegovim riječima, robna "
     "razmjena lani je iznosila gotovo 4 milijarde eura, što je 5 posto više nego godinu ranije.", "hr"),
    ("Premiér ve středu v Praze přijal rakouského kancléře. Podle jeho slov obchod loni dosáhl téměř čtyř miliard "
     "eur, což je o pět procent více než rok předtím.", "cs"),
    ("Premiér v stredu v Bratislave prijal rakúskeho kancelára. Podľa jeho slov obchod vlani dosiahol takmer štyri "
     "miliardy eur, čo je o päť percent viac ako rok predtým.", "sk"),
])
def test_neighbours_keep_their_language(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("menjava je dosegla 7,2 milijarde evrov", 7.2e9, "EUR"),
        ("naložba v višini 412 milijonov evrov", 412e6, "EUR"),
        ("posojilo 2,4 mrd. evrov", 2.4e9, "EUR"),
        ("dobil je 1,5 milijona evra", 1.5e6, "EUR"),
        ("mejo prečka 40.000 ljudi", 40_000, None),
        ("trg s 620 tisoč prebivalci", 620_000, None),
        ("menjava je zrasla za 12 odstotkov", 12, "%"),
        ("ima 50-odstotni delež", 50, "%"),
        ("odsek dolg 100 kilometrov", 100, "km"),
        ("6,1 milijarde kubičnih metrov plina", 6.1e9, "m³"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sl") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milijonov", "milijarde", "milijard", "tisoč", "odstotkov", "evrov")


def test_the_dual_and_the_locative_of_a_scale() -> None:
    figs = [f for f in scan("govoril je o skoraj dveh milijonih turistov", "sl") if f.kind != "date"]
    assert [(f.value, f.qualifier) for f in figs] == [(2e6, "almost")]


def test_half_an_hour() -> None:
    figs = [f for f in scan("čakanje skrajšamo na pol ure", "sl") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(0.5, "hours")]


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("stroški se gibljejo med 9,3 in 15,4 milijarde evrov", "sl") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(9.3e9, 15.4e9, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("podpisali so pet sporazumov", 5), ("dvajset let", 20),
                                             ("trije novi mejni prehodi", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "sl") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("skoraj 80 odstotkov", "almost"), ("okoli 100 kilometrov", "about"), ("približno 2 milijona evrov", "about"),
     ("več kot 850 milijonov evrov", "more than"), ("manj kot 3 milijarde evrov", "less than"),
     ("vsaj 3 milijarde evrov", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "sl")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("12. novembra 2025 ob 20.15", (2025, 11, 12)), ("Ljubljana, 3. marca 2026", (2026, 3, 3)),
     ("od 1. januarja 2026", (2026, 1, 1)), ("sestanek v juniju", (None, 6, None)),
     ("volitve v novembru 2025", (2025, 11, None)), ("22. 1. 2026 | 18:31", (2026, 1, 22))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "sl", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Premier je gosta sprejel v četrtek popoldne."
    assert [m.weekday for m in dates.find(text, "sl", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Vlada je podpisala t. i. strateško partnerstvo, npr. v energetiki. Sestanek je trajal uro."
    assert len(split(text, "sl", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"in", "je", "da", "se", "so", "ki"} <= stop_words("sl")


def test_lexicon_reads_the_slovenian_lists() -> None:
    lex = lexicon("sl")
    assert lex.is_speech_verb("dejal") and lex.is_speech_verb("poudarila") and lex.is_speech_verb("povedali")
    assert lex.is_role("premier") and lex.is_role("premierjem") and lex.is_role("ministrica")
    # Retorts, claims and confirmations, narrative presents, and the feminine plural of the common verbs.
    for verb in ("odvrnil", "odvrnila", "trdi", "potrdila", "ugovarjal", "reče", "napovedale", "vztrajal"):
        assert lex.is_speech_verb(verb), verb


@pytest.mark.parametrize("form", ["Zagrebu", "Hrvaško", "Hrvaški", "Ljubljani", "Dunaju", "Budimpešti",
                                  "Črni gori", "Beogradu"])
def test_slovenian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The auxiliary first, the name after the verb.
        ("Premier Andrej Horvat je sprejel gosta.\n\n»Meja nas povezuje,« je dejal Horvat.", "Meja", "Andrej Horvat"),
        # A quotation split around its cue: one quotation, its speaker after the verb.
        ("Premier Andrej Horvat je sprejel gosta.\n\n»Meja,« je po srečanju dejal Horvat, »ni več ovira.«",
         "Meja", "Andrej Horvat"),
        # A retort splits the quotation just the same: both halves are the speaker's.
        ("Premier Andrej Horvat je sprejel gosta.\n\n»Slišimo vas,« je odvrnil Horvat, »a meja ostaja odprta.«",
         "Slišimo", "Andrej Horvat"),
        # A role for the name.
        ("Ministrica Ana Kos je govorila o energiji. Premier Andrej Horvat je molčal.\n\n„Krško deluje "
         "zanesljivo,“ je poudarila ministrica.", "Krško", "Ana Kos"),
        # A woman's surname in -ova, and in -jeva after an r.
        ("Ministrica Ana Novak je govorila o energiji. Premier Andrej Horvat je molčal.\n\n»Plin je vprašanje "
         "varnosti,« je dodala Novakova.", "Plin", "Ana Novak"),
        ("Ministrica Ana Mlakar je govorila o energiji. Premier Andrej Horvat je molčal.\n\n»Plin je vprašanje "
         "varnosti,« je dodala Mlakarjeva.", "Plin", "Ana Mlakar"),
        # The outlet spoken to stands between the auxiliary and the verb, the speaker after the verb.
        ("Minister Luka Kos je bil tam.\n\n»Vlada molči o manjšini,« je za časnik Večer dejal poslanec Peter "
         "Rozman.", "Vlada", "Peter Rozman"),
        ("Minister Luka Kos je bil tam.\n\n»Vlada molči o manjšini,« je za Delo dejal poslanec Peter Rozman.",
         "Vlada", "Peter Rozman"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sl"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_name_with_a_j_before_its_case_ending_gives_the_nominative() -> None:
    assert nominative("Thomasa Bergerja", Counter({"Thomasa Bergerja": 1, "Berger": 2})) == "Thomas Berger"


def test_a_whole_slovenian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "sl" and str(a.date) == "2026-04-14"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Meja, … ni v"] == "Thomas Berger"
    assert speakers["Gradbena del"] == "Mojca Horvat"
    assert speakers["Avstrija je "] == "Luka Kos"
    assert speakers["Vlada se pog"] == "Peter Rozman"
    assert speakers["Obe vladi ve"] == "Ana Zupančič"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(9.4e9, None, "EUR"), (6, None, "%"), (350e6, 400e6, "EUR"), (1.2e9, None, "EUR"),
            (0.5, None, "hours")} <= got
    assert any(n.value == 25000 and n.qualifier == "about" for n in a.numbers)
    assert any(n.value == 2e6 and n.qualifier == "about" for n in a.numbers)
    assert not any(n.unit in ("milijarde", "milijonov", "odstotkov", "evrov") for n in a.numbers)
    assert a.summary and not any("Preberite" in s or "Prijavite" in s for s in map(str, a.summary))
