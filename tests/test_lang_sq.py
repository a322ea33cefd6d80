"""Albanian: language detection, the word lists in digest/data/sq, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words, stemmer
from digest.speakers import LANGS, lexicon

NEWS = ("Kryeministri priti të mërkurën në Tiranë presidentin e Austrisë. Sipas tij, shkëmbimet tregtare "
        "vitin e kaluar arritën gati 400 milionë euro, që është 5 për qind më shumë se një vit më parë. Të dy "
        "ranë dakord se bashkëpunimi në energji është i rëndësishëm për vendet e tyre.")
ARTICLE = Path(__file__).parent / "data" / "sq_vizita.txt"


def test_albanian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "sq" and detect(ARTICLE.read_text("utf-8")) == "sq"
    assert supported("sq") and "sq" in LANGS and word_lists("sq") == "sq"


@pytest.mark.parametrize("text", ["Ministri tha se qeveria do të rrisë pagat.", "Presidenti e priti në Tiranë.",
                                  "Ai u takua me homologun e tij grek."])
def test_short_albanian_sentences(text: str) -> None:
    assert detect(text) == "sq"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il presidente ha detto che la Serbia è pronta a firmare l'accordo.", "it"),
     ("Predsjednik je rekao da se ne slaže s prijedlogom vlade.", "hr"),
     ("Premijer je rekao da je saradnja sa Albanijom odlična i da će se nastaviti.", "sr"),
     ("Ministrul a spus că ai dreptate și că acordul va fi semnat.", "ro"),
     ("Le président a dit que ce n’est pas possible cette année.", "fr"),
     ("Ο πρωθυπουργός είπε ότι η συμφωνία θα υπογραφεί σύντομα.", "el")],
)
def test_neighbours_are_still_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("shkëmbimet arritën 270 milionë euro", 270e6, "EUR"),
        ("investime prej 1,5 miliardë euro", 1.5e9, "EUR"),
        ("një kredi prej 2,4 mld. euro", 2.4e9, "EUR"),
        ("çdo vit largohen 40 mijë të rinj", 40_000, None),
        ("qyteti ka 6.000 banorë", 6000, None),
        ("tregtia u rrit me 12 për qind", 12, "%"),
        ("papunësia ra në 9 përqind", 9, "%"),
        ("një rrugë prej 100 kilometrash", 100, "km"),
        ("buxheti prej 300 milionë lekësh", 300e6, "ALL"),
        ("porti përpunon 3,5 milionë tonë mallra", 3.5e6, "t"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sq") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milionë", "miliardë", "mijë", "për", "përqind")


@pytest.mark.parametrize(("text", "value"), [("u nënshkruan katër marrëveshje", 4), ("njëzet vjet", 20),
                                             ("pesë kompani të reja", 5)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "sq") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("rreth 70 për qind", "about"), ("gati 80 milionë euro", "almost"), ("mbi 60 kompani", "more than"),
     ("më shumë se 850 milionë euro", "more than"), ("më pak se 3 miliardë euro", "less than"),
     ("të paktën 3 miliardë euro", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "sq")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("17 mars 2026 | 16:05", (2026, 3, 17)), ("Tiranë, 3 Shkurt 2026", (2026, 2, 3)),
     ("nga 1 janari 2026", (2026, 1, 1)), ("takimi në fund të qershorit 2025", (2025, 6, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "sq", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_short_is_no_february() -> None:
    # shkurt is also "briefly": a month only beside a day or a year.
    text = "Mbreti foli shkurt në frëngjisht."
    assert not [m for m in dates.find(text, "sq", [(0, len(text))]) if m.month]


def test_weekday() -> None:
    text = "Kryeministri e priti mysafirin të enjten pasdite."
    assert [m.weekday for m in dates.find(text, "sq", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Qeveria nënshkroi disa marrëveshje, p.sh. për energjinë etj. në Tiranë. Takimi zgjati një orë."
    assert len(split(text, "sq", 0, len(text))) == 2


def test_stop_words_and_stemmer() -> None:
    assert {"dhe", "të", "në", "është", "që", "nga"} <= stop_words("sq")
    stem = stemmer("sq")
    assert stem("vizitën") == stem("vizitës") == stem("vizita")
    assert stem("marrëveshjet") == stem("marrëveshjeve")


def test_lexicon_reads_the_albanian_lists() -> None:
    lex = lexicon("sq")
    assert lex.is_speech_verb("tha") and lex.is_speech_verb("deklaroi") and lex.is_speech_verb("nënvizoi")
    assert lex.is_role("kryeministri") and lex.is_role("presidentit") and lex.is_role("analistja")


@pytest.mark.parametrize("form", ["Tiranës", "Shqipëri", "Prishtinë", "Kosovës", "Shkup", "Beogradit", "Athinë",
                                  "Belgjikës", "Romë"])
def test_albanian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The comma after the closing mark, the verb, then the name.
        ("Kryeministri Ardian Leka priti mysafirin nga Maqedonia e Veriut.\n\n“Kufiri nuk na ndan më, por na "
         "bashkon”, tha Leka.", "Kufiri", "Ardian Leka"),
        # A reflexive verb and a pronoun after it.
        ("Ministrja Elira Dervishi foli për energjinë.\n\n“Jemi gati për investime”, u shpreh ajo.", "Jemi",
         "Elira Dervishi"),
        # A name never seen before the quotation.
        ("Opozita nuk u bind.\n\n„Këto janë vetëm premtime”, deklaroi deputeti Gent Muça.", "Këto", "Gent Muça"),
        ("Analistja Mirela Kraja vlerëson se vizita është simbolike. “Mesazhi është i qartë”, theksoi Kraja.",
         "Mesazhi", "Mirela Kraja"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sq"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_albanian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "sq" and str(a.date) == "2026-06-05" and a.places[0] == "Pristina"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Kroacia e di"] == "Andrej Horvat"
    assert speakers["Kemi nënshkr"] == "Driton Krasniqi"
    assert speakers["Rruga Prisht"] == "Driton Krasniqi"
    assert speakers["Projekti kus"] == "Vlora Gashi"
    assert speakers["Qytetarët nu"] == "Besnik Morina"
    assert speakers["Potenciali ë"] == "Fatmir Hoxha"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(185e6, "EUR", "almost"), (1.2e9, "EUR", "about"), (25, "%", None), (120, "km", None),
            (90e6, "EUR", "more than")} <= got
    assert any(n.value == 15000 and n.qualifier == "more than" for n in a.numbers)
    assert any(n.value == 3 and n.unit == "marrëveshje" for n in a.numbers)
    assert not any(n.unit in ("milionë", "miliardë", "mijë", "për", "përqind") for n in a.numbers)


def test_albanian_xh_is_macedonian_dzhe() -> None:
    # Albanian xh is Macedonian џ (and Serbian Latin dž): "Arben Xhaferi" is "Арбен Џафери".
    from digest.speakers import one_person
    assert one_person("Arben Xhaferi", "Арбен Џафери")
    assert one_person("Edin Džeko", "Един Џеко")
