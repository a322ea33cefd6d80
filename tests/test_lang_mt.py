"""Maltese: language detection, the word lists in digest/data/mt, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Il-Prim Ministru llum laqa’ lill-Kanċillier Awstrijak għal taħditiet dwar il-kummerċ u l-enerġija. "
        "Skont il-gvern, il-kummerċ bejn iż-żewġ pajjiżi laħaq €900 miljun is-sena l-oħra.")
ARTICLE = Path(__file__).parent / "data" / "mt_zjara.txt"


def test_maltese_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "mt" and detect(ARTICLE.read_text("utf-8")) == "mt"
    assert detect("Il-President iltaqa’ mal-Prim Ministru għal taħditiet qosra") == "mt"
    assert supported("mt") and "mt" in LANGS and word_lists("mt") == "mt"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il presidente del Consiglio ha ricevuto ieri a Palazzo Chigi il primo ministro di Malta per colloqui "
      "sul commercio e sull'energia.", "it"),
     ("Il ministro ha detto che la visita è andata bene", "it"),
     ("The Prime Minister of Malta met the German foreign minister in Valletta on Tuesday for talks.", "en")],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("il-kummerċ laħaq €1.6 biljun fl-2025", 1.6e9, "EUR"),
        ("investiment ta’ 250 miljun ewro", 250e6, "EUR"),
        ("għajnuna ta’ 3 biljun dollaru", 3e9, "USD"),
        ("żieda ta’ 12 fil-mija", 12, "%"),
        ("Malta hija 1,900 kilometru ’l bogħod", 1900, "km"),
        ("jimpjegaw 5,000 ruħ", 5000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "mt") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("biljun", "miljun", "fil-mija", "ewro")


def test_a_deadline_year_is_no_unit() -> None:
    figs = [f for f in scan("jixtieq li dan in-numru jilħaq 400,000 sal-2030", "mt") if f.kind != "date"]
    assert figs and figs[0].value == 400_000 and figs[0].unit != "sal"


@pytest.mark.parametrize(("text", "qualifier"),
                         [("aktar minn 5,000 ruħ", "more than"), ("madwar 70 kumpanija", "about"),
                          ("kważi 80 fil-mija", "almost")])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "mt")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("It-Tlieta, 6 ta’ Ottubru 2026 – 15:12", (2026, 10, 6)), ("Valletta, 2 ta’ Diċembru 2025", (2025, 12, 2)),
     ("laqgħa oħra sa Ġunju", (None, 6, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "mt", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_lexicon_reads_the_maltese_lists() -> None:
    lex = lexicon("mt")
    for verb in ("qal", "qalet", "stqarret", "saħaq", "żiedet", "spjega", "tenna", "fakkret", "kitbet"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("ministru") and lex.is_role("president") and lex.is_role("kelliem")


@pytest.mark.parametrize("form", ["Ġermanja", "Italja", "Tuneż", "Brussell", "Franza"])
def test_maltese_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb and a title after the quotation: the one person the text gave that title.
        ("Il-Prim Ministru Karmenu Vella laqa’ lill-mistieden.\n\n“Il-bibien tagħna huma miftuħa,” qal "
         "il-Prim Ministru.", "Il-bibien", "Karmenu Vella"),
        # A name between commas after a role phrase, then the verb and a colon.
        ("Il-kelliem tal-Oppożizzjoni għall-Finanzi, Pawlu Grech, qal: “Il-gvern ma għandu l-ebda pjan.”",
         "Il-gvern", "Pawlu Grech"),
        # A feminine verb after the quotation.
        ("Il-Ministra Roberta Agius żaret il-port.\n\n“Il-proġett jibda dalwaqt,” qalet Agius.", "Il-proġett",
         "Roberta Agius"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mt"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_maltese_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "mt" and str(a.date) == "2026-03-12"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Franza u Mal"] == "Emmanuel Macron"
    assert speakers["Aħna pajjiż "] == "Miriam Spiteri Debono"
    assert speakers["Hemm aktar m"] == "Silvio Schembri"
    assert speakers["Ma rajna l-e"] == "Mark Vella"
    assert speakers["Is-suq Franċ"] == "Anna Borg"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(2.3e9, "EUR", None), (4e9, "EUR", None), (8, "%", None), (12_000, "turist", "about")} <= got
    assert not any(n.unit in ("biljun", "sal", "fil-mija") for n in a.numbers)
    assert a.summary and not any("Aqra" in s or "Irreġistra" in s for s in map(str, a.summary))
