"""Turkmen: language detection, the word lists in digest/data/tk, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, lexicon, same_word

NEWS = ("Prezident Serdar Berdimuhamedow sişenbe güni Aşgabatda Gazagystanyň Premýer-ministrini kabul etdi. Onuň "
        "sözlerine görä, geçen ýyl iki ýurduň arasyndaky söwda dolanyşygy takmynan 500 million dollara ýetdi we şu ýyl "
        "15 göterim artar. Taraplar energetika we ulag ulgamlarynda hyzmatdaşlygy dowam etdirmek barada ylalaşdylar.")
DATA = Path(__file__).parent / "data"
VISIT, GAS = DATA / "tk_sapar.txt", DATA / "tk_gaz.txt"


def test_turkmen_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "tk" and detect(VISIT.read_text("utf-8")) == "tk" and detect(GAS.read_text("utf-8")) == "tk"
    # Short texts and a headline.
    assert detect("Türkmenistan we Russiýa gepleşik geçirdi") == "tk"
    assert detect("Söwda dolanyşygy 1,2 milliard dollara ýetdi, diýip ministr belledi.") == "tk"
    assert detect("Prezident Aşgabatda Hytaýyň wekiliýeti bilen duşuşdy.") == "tk"
    assert supported("tk") and "tk" in LANGS and word_lists("tk") == "tk"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cumhurbaşkanı Erdoğan, Ankara'da Türkmenistan Devlet Başkanı ile görüştü ve bir açıklama yaptı.", "tr"),
        ("Prezident İlham Əliyev Bakıda Türkmənistan nümayəndə heyətini qəbul edib və danışıqlar aparıb.", "az"),
        ("Prezident Toshkentda Turkmaniston bosh vaziri bilan uchrashdi va muzokaralar o'tkazdi.", "uz"),
        ("Prezident Aşgabatta Türkmenistan delegasyonunu kabul etti ve iş birliğini görüştü.", "tr"),
        ("Unkarin puolustusministeri Helsingissä – Häkkänen: liittolaisen pitää olla valmis", "fi"),
        ("Nový předseda vlády řekl, že jednání byla úspěšná a spolupráce bude pokračovat.", "cs"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("söwda 1,2 milliard ABŞ dollaryna ýetdi", 1.2e9, "USD"),
        ("iki milliard dollara çenli artdyrmak", 2e9, "USD"),
        ("býudjetden 300 million manat goýberildi", 300e6, "TMT"),
        ("taslama 40 million ýewro bilen bahalandyryldy", 40e6, "EUR"),
        ("500 million rubla ýetdi", 500e6, "RUB"),
        ("haryt dolanyşygy 15 göterim artdy", 15, "%"),
        ("7,5 göterime ýokarlandy", 7.5, "%"),
        ("aralyk 1 200 kilometr", 1200, "km"),
        ("ýylda 8 milliard kub metr gaz", 8e9, "m³"),
        ("14 sany resminama gol çekildi", 14, "resminama"),
        ("on iki million manat", 12e6, "TMT"),
        ("50 müň tonna galla", 50e3, "t"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "tk") if f.kind not in ("date", "year")]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("takmynan 1,1 milliard dollar", "about"), ("5 milliard manatdan gowrak", "more than"),
     ("100 müňden gowrak adam", "more than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "tk")[0].qualifier == qualifier


def test_a_years_ordinal_mark_is_the_year() -> None:
    figs = scan("girdejiler 2027-nji ýylda 12 milliard dollara ýeter", "tk")
    assert [(f.value, f.kind) for f in figs] == [(2027, "year"), (12e9, "money")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Aşgabat, 17-nji mart.", (None, 3, 17)), ("2026-njy ýylyň 5-nji noýabry, 10:40", (2026, 11, 5)),
     ("2028-nji ýylyň 1-nji ýanwaryndan başlanar", (2028, 1, 1)), ("duşuşyk 12-nji noýabrda bolar", (None, 11, 12)),
     ("5 noýabr 2026", (2026, 11, 5)), ("maslahat sentýabrda geçiriler", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "tk", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Ministr sişenbe güni Aşgabada geldi."
    assert [m.weekday for m in dates.find(text, "tk", [(0, len(text))])] == [2]


def test_stop_words() -> None:
    assert {"we", "bilen", "üçin", "bu", "hem", "boýunça"} <= stop_words("tk")


def test_lexicon_reads_the_turkmen_lists() -> None:
    lex = lexicon("tk")
    for verb in ("diýdi", "diýip", "aýtdy", "belledi", "belläp", "nygtady", "habar", "beýan", "pikiriçe", "sözlerine"):
        assert lex.is_speech_verb(verb), verb
    for role in ("prezident", "prezidenti", "prezidentiniň", "ministri", "başlygy", "başlygynyň", "orunbasary",
                 "ilçisi", "bilermen", "deputaty", "analitik"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["Aşgabatda", "Aşgabada", "Türkmenistanyň", "Russiýanyň", "Moskwada", "Gazagystan",
                                  "Özbegistanyň", "Daşkentde", "Türkiýe", "Hytaýyň", "Pekinde", "Eýranyň", "Tähranda"])
def test_turkmen_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


def test_case_forms_of_a_surname_are_one_name() -> None:
    assert same_word("Meredowyň", "Meredow") and same_word("Tokaýewiň", "Tokaýew") and same_word("Tokaýewe", "Tokaýew")
    assert same_word("Putiniň", "Putin") and same_word("Amanowdan", "Amanow")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quote: a comma, a dash, the converb, the name and the verb.
        ("Ministr Batyr Amanow Aşgabatda ilçi bilen duşuşdy.\n\n«Biz hyzmatdaşlyga taýýar», — diýip, Amanow belledi.",
         "Biz", "Batyr Amanow"),
        # The verb before the role noun.
        ("Daşary işler ministri Raşid Meredow Minske bardy.\n\n“Gepleşikler netijeli geçdi”, — diýdi ministr.",
         "Gepleşikler", "Raşid Meredow"),
        # A guest in the accusative (Tokaýewi) is a person of its own, not the host's third name.
        ("Prezident Serdar Berdimuhamedow Kasym-Žomart Tokaýewi kabul etdi.\n\n«Biz täze taslamalara taýýar», "
         "— diýip, Tokaýew nygtady.", "Biz", "Kasym-Žomart Tokaýew"),
        # A genitive name before "sözlerine görä" keys the same person as the bare surname.
        ("Energetika ministri Merdan Orazowyň sözlerine görä, stansiýa gurlar.\n\n«Taslama iki ýylda tamamlanar», "
         "— diýdi Orazow.", "Taslama", "Merdan Orazow"),
        # A woman's -owa surname and the pronoun ol.
        ("Mejlisiň deputaty Aýna Gurbanowa çykyş etdi.\n\n«Kanun taýýar», — diýip, ol belledi.", "Kanun",
         "Aýna Gurbanowa"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="tk"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_turkmen_visit_article() -> None:
    a = analyse(VISIT.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "tk" and str(a.date) == "2026-03-18" and a.places[0] == "Ashgabat"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Türkmenistan"] == "Serdar Berdimuhamedow"
    assert speakers["Geçen ýyl ýu"] == "Şawkat Mirziýoýew"
    assert speakers["Her bir resm"] == "Raşid Meredow"
    assert speakers["Biz bu möçbe"] == "Maýa Orazowa"
    got = {(n.value, n.unit, n.speaker) for n in a.numbers}
    assert {(1.2e9, "USD", "Şawkat Mirziýoýew"), (2e9, "USD", "Şawkat Mirziýoýew"), (14, "resminama", None),
            (5e6, "t", None), (8e9, "m³", None), (15, "%", "Maýa Orazowa")} <= got


def test_a_whole_turkmen_economy_article() -> None:
    a = analyse(GAS.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "tk" and str(a.date) == "2026-11-05"
    assert "Kabineti" not in a.people and "Batyr Amanow" in a.people and "Amanow" not in a.people
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Hytaý Türkme"] == "Ji Şumin"
    assert speakers["Girdejileriň"] == "Aýna Gurbanowa"
    assert speakers["Uzak möhletl"] == "Merdan Hojamuhammedow"
    assert speakers["Bir alyja ba"] == "Gülşat Ataýewa"
    got = {(n.value, n.unit, n.speaker) for n in a.numbers}
    assert {(40e9, "m³", "Batyr Amanow"), (65e9, "m³", "Batyr Amanow"), (12e9, "USD", None), (22.4e9, "USD", None),
            (7.5, "%", None), (80, "%", None)} <= got
    assert not any(n.value in (2027, 2028) and n.unit == "ordinal" for n in a.numbers)
