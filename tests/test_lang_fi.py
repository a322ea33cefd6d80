"""Finnish: language detection, the word lists in digest/data/fi, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Pääministeri otti keskiviikkona Helsingissä vastaan Ruotsin pääministerin. Hänen mukaansa maiden välinen "
        "kauppa oli viime vuonna lähes 20 miljardia euroa, mikä on viisi prosenttia enemmän kuin vuotta aiemmin. "
        "Molemmat korostivat, että yhteistyö energiassa on tärkeää ja että sitä jatketaan myös ensi vuonna.")
ARTICLE = Path(__file__).parent / "data" / "fi_vierailu.txt"


def test_finnish_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "fi" and detect(ARTICLE.read_text("utf-8")) == "fi"
    assert supported("fi") and "fi" in LANGS and word_lists("fi") == "fi"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("kauppa oli 5,4 miljardia euroa", 5.4e9, "EUR"),
        ("hanke maksaa kaksi miljardia euroa", 2e9, "EUR"),
        ("kahden miljardin euron hanke", 2e9, "EUR"),
        ("rahoitus 300 miljoonalla eurolla", 300e6, "EUR"),
        ("laina 2,4 mrd. euroa", 2.4e9, "EUR"),
        ("kaupungissa asuu 12 000 ihmistä", 12_000, None),
        ("puolustukseen 5,4 prosenttia bruttokansantuotteesta", 5.4, "%"),
        ("kolmen prosentin tasoa", 3, "%"),
        ("etäisyys on 80 kilometriä", 80, "km"),
        ("kauppa oli 40 miljardia dollaria", 40e9, "USD"),
        ("kolmipäiväinen vierailu", 3, "days"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "fi") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("miljoonaa", "miljardia", "tuhatta", "prosenttia", "kilometriä")


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("tunneli maksaisi 15–20 miljardia euroa", "fi") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(15e9, 20e9, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("allekirjoittivat viisi sopimusta", 5), ("kymmenen vuotta", 10),
                                             ("kolme uutta rajanylityspaikkaa", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "fi") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("noin 80 kilometriä", "about"), ("lähes 40 000 ihmistä", "almost"), ("yli 300 miljoonaa euroa", "more than"),
     ("alle 3 miljardia euroa", "less than"), ("vähintään 2 prosenttia", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "fi")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("18. maaliskuuta 2026", (2026, 3, 18)), ("Helsinki, 1. tammikuuta 2026", (2026, 1, 1)),
     ("tapaaminen kesäkuussa", (None, 6, None)), ("vaalit huhtikuussa 2027", (2027, 4, None)),
     ("perjantaina 5. joulukuuta 2025", (2025, 12, 5))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "fi", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Pääministeri otti vieraan vastaan torstaina iltapäivällä."
    assert [m.weekday for m in dates.find(text, "fi", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Hallitus allekirjoitti mm. energiasopimuksen ja ns. kumppanuusohjelman. Tapaaminen kesti tunnin."
    assert len(split(text, "fi", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"ja", "on", "että", "mukaan", "oli"} <= stop_words("fi")


def test_lexicon_reads_the_finnish_lists() -> None:
    lex = lexicon("fi")
    assert lex.is_speech_verb("sanoi") and lex.is_speech_verb("totesi") and lex.is_speech_verb("mukaan")
    assert lex.is_role("pääministeri") and lex.is_role("presidentin") and lex.is_role("ulkoministerille")


@pytest.mark.parametrize("form", ["Helsingissä", "Tallinnassa", "Tukholmaan", "Suomessa", "Viron", "Venäjän",
                                  "Moskovasta", "Yhdysvalloissa", "Narvikiin", "Narvikissa", "Luulajassa", "Kiirunasta"])
def test_finnish_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(("form", "city"), [("Narvik", "Narvik"), ("Narvikiin", "Narvik"), ("Luleå", "Luleå"),
                                            ("Luulajaan", "Luleå"), ("Kiruna", "Kiruna"), ("Bodø", "Bodø")])
def test_the_towns_of_the_arctic_railways_are_places(form: str, city: str) -> None:
    # The ore line's towns (Narvik, Kiruna, Luleå) host ministers' meetings; unknown, the visit had no place.
    at = places.lookup(form)
    assert at is not None and at.name == city


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # A dash line, its cue after a comma: the name, then the verb.
        ("Presidentti Sauli Virtanen vieraili tiistaina Tukholmassa kuningas Kaarlen luona.\n\n– Meillä on yhteinen meri, Virtanen sanoi.", "Meillä",
         "Sauli Virtanen"),
        # The verb, then the role and the name.
        ("Tukholmassa keskusteltiin tiistaina energiasta ja sähköverkoista.\n\n– Sähköverkot ovat yhteinen etu, totesi pääministeri Anna "
         "Berg.", "Sähköverkot", "Anna Berg"),
        # A sentence after the cue goes on with the same speaker.
        ("Ministeri Eero Laine puhui tiistaina Oulussa satamien tulevaisuudesta.\n\n– Satamat ovat auki, Laine sanoi. – Juuri siksi tarvitsemme "
         "rataa.", "Satamat", "Eero Laine"),
        # A bare role before its verb (Finnish has no articles): the one the text named with it.
        ("Ministeri Eero Laine ja tutkija Antti Nieminen keskustelivat tiistaina Helsingissä turvallisuudesta.\n\n"
         "– Tilanne on vakava ja vaatii toimia heti, ministeri sanoi.", "Tilanne", "Eero Laine"),
        # A dash line with no cue right before one with its cue: the same speaker's.
        ("Ministeri Eero Laine puhui tiistaina Oulussa satamien tulevaisuudesta.\n\n– Emme voi odottaa enää "
         "vuosia, koska satamat ovat jo valmiina.\n\n– Satamat tarvitsevat radan nyt, Laine jatkoi.", "Emme voi", "Eero Laine"),
        # "X:n mukaan" before a quotation in marks: the genitive names the source.
        ("Tutkija Pekka Salo seurasi tiistaina tapaamista Helsingissä. Salon mukaan kyse on ”tärkeästä viestistä”.", "tärkeästä",
         "Pekka Salo"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="fi"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_finnish_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "fi" and str(a.date) == "2026-03-03"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Pohjoinen ei"] == "Petteri Orpo"
    assert speakers["Norja haluaa"] == "Jonas Gahr Støre"
    assert speakers["Ilman rataa "] == "Wille Rydman"
    assert speakers["Hallitus lup"] == "Liisa Koskela"
    assert speakers["Kyse on enne"] == "Antti Nieminen"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(4.2e9, None, "EUR"), (12, None, "%"), (300e6, None, "EUR"), (2e9, 3e9, "EUR"), (350, None, "km"),
            (3, None, "days")} <= got
    assert any(n.value == 40000 for n in a.numbers)
    assert not any(n.unit in ("miljardia", "miljoonaa", "prosenttia", "kilometriä", "euroa") for n in a.numbers)
    assert "Helsinki" in a.places


def test_a_person_named_only_in_a_case_is_named_in_the_nominative() -> None:
    # The genitive before "mukaan" and a name in its role's case: the nominative, never "Purran".
    text = ("Hallitus esitteli tiistaina Helsingissä uuden budjettikehyksen, joka leikkaa menoja ensi vuonna.\n\n"
            "Valtiovarainministeri Riikka Purran mukaan leikkaukset ovat ”välttämättömiä talouden tasapainottamiseksi”."
            "\n\nUlkoministeri Elina Valtosen mukaan Suomi ”pysyy sitoutuneena Ukrainan tukemiseen”.\n\n"
            "Presidentti otti vastaan Ruotsin pääministerin Ulf Kristerssonin. Kristerssonin mukaan maat "
            "”kulkevat yhdessä”.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="fi"))
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers == {"välttämätt": "Riikka Purra", "pysyy sito": "Elina Valtonen", "kulkevat y": "Ulf Kristersson"}

