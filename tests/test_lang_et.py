"""Estonian: language detection, the word lists in digest/data/et, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Peaminister ütles, et läbirääkimised läksid hästi ning leping allkirjastatakse järgmisel nädalal. "
        "Tema sõnul on mõlemad riigid huvitatud koostööst energeetika valdkonnas, kuid üksikasjad selguvad hiljem. "
        "Välisminister lisas, et kohtumine toimus sõbralikus õhkkonnas ja arutati ka julgeolekuküsimusi.")
ARTICLE = Path(__file__).parent / "data" / "et_visiit.txt"
FINNISH = Path(__file__).parent / "data" / "fi_vierailu.txt"


def test_estonian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "et" and detect(ARTICLE.read_text("utf-8")) == "et"
    assert supported("et") and "et" in LANGS and word_lists("et") == "et"


@pytest.mark.parametrize(
    "text",
    [
        # Short texts: a sentence or two, as in a brief or a window of an article.
        "Karise sõnul ulatus kahe riigi kaubavahetus möödunud aastal umbes kolme miljardi euroni.",
        "„Me ei saa oodata, kuni keegi teine meie eest otsustab,“ ütles president pärast kohtumist.",
        "Kõik ei olnud kohtumise tulemustega rahul, kuid valitsus kinnitas, et lepingud jõustuvad juba sel aastal.",
    ],
)
def test_short_estonian_texts_are_estonian(text: str) -> None:
    assert detect(text) == "et"


def test_finnish_stays_finnish() -> None:
    # Finnish shares ja/on/ei/oli and ä ö with Estonian: its article and short sentences stay Finnish.
    assert detect(FINNISH.read_text("utf-8")) == "fi"
    assert detect("Pääministeri sanoi, että neuvottelut sujuivat hyvin ja sopimus allekirjoitetaan ensi viikolla.") == "fi"
    assert detect("Hänen mukaansa maiden välinen kauppa oli viime vuonna lähes 20 miljardia euroa.") == "fi"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("kaubavahetus oli 3,8 miljardit eurot", 3.8e9, "EUR"),
        ("kaubavahetus ulatus 600 miljoni euroni", 600e6, "EUR"),
        ("projekt maksab kaks miljardit eurot", 2e9, "EUR"),
        ("investeeringud 300 miljoni euro ulatuses", 300e6, "EUR"),
        ("laen 2,4 mld eurot", 2.4e9, "EUR"),
        ("linnas elab 1 500 inimest", 1500, None),
        ("kaitsekulud on 5,4 protsenti sisemajanduse koguproduktist", 5.4, "%"),
        ("kolme protsendi võrra", 3, "%"),
        ("ühendus on 870 kilomeetri pikkune", 870, "km"),
        ("kaubavahetus oli 40 miljardit dollarit", 40e9, "USD"),
        ("kahepäevane visiit", 2, "days"),
        # A scale word alone in the singular or genitive is one of it.
        ("eesmärk on jõuda miljardi euroni", 1e9, "EUR"),
        ("riik sai miljon eurot toetust", 1e6, "EUR"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "et") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("miljonit", "miljoni", "miljardit", "tuhat", "protsenti", "kilomeetri", "eurot", "euroni")


@pytest.mark.parametrize(("text", "value"), [("allkirjastasid neli lepingut", 4), ("kümme aastat", 10),
                                             ("kolm uut piiripunkti", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "et") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("umbes 80 kilomeetrit", "about"), ("ligi 600 miljonit eurot", "almost"), ("peaaegu 40 protsenti", "almost"),
     ("üle 300 miljoni euro", "more than"), ("alla 3 miljardi euro", "less than"), ("vähemalt 2 protsenti", "at least"),
     ("kuni 15 protsenti", "up to")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "et")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("16. aprill 2026", (2026, 4, 16)), ("Tallinn, 1. jaanuar 2026", (2026, 1, 1)),
     ("kohtumine toimub 16. aprillil 2026", (2026, 4, 16)), ("valimised on märtsis 2027", (2027, 3, None)),
     ("reedel, 5. detsembril 2025", (2025, 12, 5)), ("kohtumine juunis", (None, 6, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "et", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "President võttis külalise vastu neljapäeval pärastlõunal."
    assert [m.weekday for m in dates.find(text, "et", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Valitsus allkirjastas nt. energialepingu ja nn. partnerlusprogrammi. Kohtumine kestis tund aega."
    assert len(split(text, "et", 0, len(text))) == 2


def test_stop_words_and_stemmer() -> None:
    assert {"ja", "on", "et", "sõnul", "oli"} <= stop_words("et")
    stem = stemmer("et")
    assert stem("kohtumisega") == stem("kohtumise") and stem("riigile") == stem("riigis")


def test_lexicon_reads_the_estonian_lists() -> None:
    lex = lexicon("et")
    assert lex.is_speech_verb("ütles") and lex.is_speech_verb("sõnas") and lex.is_speech_verb("sõnul")
    assert lex.is_role("peaminister") and lex.is_role("presidendi") and lex.is_role("välisministriga")


@pytest.mark.parametrize("form", ["Tallinnas", "Eestile", "Riiga", "Helsingisse", "Soomest", "Venemaa", "Ukrainale",
                                  "Brüsselis", "Varssavis"])
def test_estonian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb, then the name, after the quotation.
        ("President Alar Karis kohtus teisipäeval Riias Läti presidendiga.\n\n„Meil on ühine meri,“ ütles Karis.",
         "Meil", "Alar Karis"),
        # The verb, then the role and the name.
        ("Tallinnas arutati teisipäeval energiat ja elektrivõrke.\n\n„Elektrivõrgud on ühine huvi,“ märkis peaminister "
         "Anna Berg.", "Elektrivõrgud", "Anna Berg"),
        # The name and the verb before the quotation.
        ("Minister Jaan Tamm rääkis teisipäeval Pärnus sadamate tulevikust. Tamm ütles: „Sadamad on avatud.“",
         "Sadamad", "Jaan Tamm"),
        # A bare role after the quotation (Estonian has no articles): the one the text named with it.
        ("Minister Jaan Tamm ja analüütik Peeter Kask arutasid teisipäeval Tallinnas julgeolekut.\n\n"
         "„Olukord on tõsine ja nõuab kohe tegutsemist,“ ütles minister.", "Olukord", "Jaan Tamm"),
        # "X-i sõnul" before a quotation in marks: the genitive names the source.
        ("Analüütik Peeter Saar jälgis teisipäeval kohtumist Tallinnas. Saare sõnul on tegemist „olulise sõnumiga“.",
         "olulise", "Peeter Saar"),
        # A place in a case after the name ("Tartus": in Tartu) says where, it is no surname.
        ("Riigikogu liige Mart Kivilaan ei pidanud plaani heaks. "
         "„Koostöö jätkub kindlasti ka tuleval aastal,“ ütles Kivilaan Tartus.",
         "Koostöö", "Mart Kivilaan"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="et"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_estonian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "et" and str(a.date) == "2026-03-09"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Balti riigid"] == "Alar Karis"
    assert speakers["Leedu tahab "] == "Gitanas Nausėda"
    assert speakers["Me ei saa oo"] == "Gitanas Nausėda"
    assert speakers["Paberid on i"] == "Toomas Laur"
    assert speakers["Kui Balti ri"] == "Kadri Mets"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(2.8e9, "EUR", "about"), (9, "%", None), (400e6, "EUR", "more than"), (270, "km", None),
            (15, "%", "up to"), (2, "days", None)} <= got
    assert not any(n.unit in ("miljardi", "miljoni", "protsenti", "kilomeetri", "euroni", "eurot") for n in a.numbers)
    assert "Tallinn" in a.places


def test_a_name_in_a_case_is_shown_in_the_nominative() -> None:
    # "Gitanas Nausėdaga" (with) beside "Nausėda": the speaker is Gitanas Nausėda, never "Gitanas Nausėdaga".
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert "Gitanas Nausėdaga" not in {q.speaker for q in a.quotes}
