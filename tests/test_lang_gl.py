"""Galician: language detection against Portuguese and Spanish, the word lists in digest/data/gl, read through the
public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("O presidente recibiu onte no seu despacho ao primeiro ministro belga. Segundo o Goberno, o comercio entre "
        "os dous países xa supera os 900 millóns de euros, e tamén medrou un 6 por cento. Non houbo acordo sobre a "
        "pesca, pero as dúas partes volverán reunirse en xuño.")
# The same news in Portuguese and in Spanish: each stays itself.
NEWS_PT = ("O presidente recebeu ontem no seu gabinete o primeiro-ministro belga. Segundo o governo, o comércio entre "
           "os dois países já ultrapassa os 900 milhões de euros, e também cresceu 6 por cento. Não houve acordo sobre "
           "a pesca, mas as duas partes vão voltar a reunir-se em junho.")
NEWS_ES = ("El presidente recibió ayer en su despacho al primer ministro belga. Según el Gobierno, el comercio entre "
           "los dos países ya supera los 900 millones de euros, y también creció un 6 por ciento. No hubo acuerdo "
           "sobre la pesca, pero las dos partes volverán a reunirse en junio.")
ARTICLE = Path(__file__).parent / "data" / "gl_visita.txt"


def test_galician_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "gl" and detect(ARTICLE.read_text("utf-8")) == "gl"
    assert detect("O ministro dixo que non haberá acordo ata xuño.") == "gl"
    assert supported("gl") and "gl" in LANGS and word_lists("gl") == "gl"


def test_the_neighbours_stay_themselves() -> None:
    assert detect(NEWS_PT) == "pt" and detect(NEWS_ES) == "es"
    assert detect("O ministro disse que não haverá acordo até junho.") == "pt"
    assert detect("El ministro dijo que no habrá acuerdo hasta junio.") == "es"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("o intercambio chegou aos 12.900 millóns de dólares", 12.9e9, "USD"),
        ("un crédito de 300 millóns de euros", 300e6, "EUR"),
        ("un orzamento de 2,5 mil millóns de euros", 2.5e9, "EUR"),
        ("unha débeda de 1,2 billóns de euros", 1.2e12, "EUR"),
        ("un custo de 18 millóns de dólares ao ano", 18e6, "USD"),
        ("medrou un 8 por cento", 8, "%"),
        ("unha visita de dous días", 2, "days"),
        ("unha estrada de 300 quilómetros", 300, "km"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "gl") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "value"), [("asinaron catro acordos", 4), ("corenta anos", 40),
                                             ("dúas centrais", 2)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "gl") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("arredor de 4.000 persoas", "about"), ("uns 3.100 migrantes", "about"), ("duns 18 millóns de dólares", "about"),
     ("preto de 80 por cento", "about"), ("máis de 850 millóns de euros", "more than"),
     ("polo menos 20 persoas", "at least"), ("case 90 por cento", "almost")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "gl")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Vigo, 3 de marzo de 2026", (2026, 3, 3)), ("o 1 de xaneiro de 2026", (2026, 1, 1)),
     ("a cume de decembro", (None, 12, None)), ("en xuño de 2025", (2025, 6, None)),
     ("este xoves, 19 de marzo", (None, 3, 19))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "gl", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("word", "iso"), [("luns", 1), ("mércores", 3), ("xoves", 4), ("venres", 5)])
def test_weekdays(word: str, iso: int) -> None:
    text = f"O presidente chegou o {word} pola mañá."
    assert [m.weekday for m in dates.find(text, "gl", [(0, len(text))])] == [iso]


def test_stop_words() -> None:
    assert {"o", "a", "e", "non", "unha", "polo", "coa", "tamén"} <= stop_words("gl")


def test_lexicon_reads_the_galician_lists() -> None:
    lex = lexicon("gl")
    for verb in ("dixo", "afirmou", "asegurou", "engadiu", "sinalou", "subliñou", "recoñeceu", "lembrou",
                 "insistiu", "advertiu", "explicou", "dixeron", "di"):
        assert lex.is_speech_verb(verb), verb
    for role in ("presidente", "presidenta", "ministra", "conselleiro", "alcalde", "portavoz", "deputada"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["Cidade de Panamá", "Alemaña", "Xapón", "Bruxelas", "Pequín"])
def test_galician_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("O presidente Xosé Antón Rivas recibiu o seu homólogo.\n\n“A fronteira xa non é un muro”, dixo Rivas.",
         "A fronteira", "Xosé Antón Rivas"),
        ("A ministra Carme Souto falou da enerxía.\n\n«Os parques eólicos están listos», asegurou a ministra.",
         "Os parques", "Carme Souto"),
        ("O alcalde Martiño Vilar visitou o porto.\n\n\"Necesitamos máis barcos\", subliñou Vilar.",
         "Necesitamos", "Martiño Vilar"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="gl"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_galician_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "gl" and str(a.date) == "2026-02-04" and a.places[0] == "Lisbon"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Cabo Verde n"] == "Henrique Vasconcelos"
    assert speakers["Queremos que"] == "Armindo Tavares"
    assert speakers["A mobilidade"] == "Armindo Tavares"
    assert speakers["O diñeiro ch"] == "Beatriz Monteiro Lopes"
    assert speakers["Os portos ga"] == "Uxía Pereira Castro"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(1.25e9, "EUR"), (8, "%"), (300e6, "EUR"), (15, "%"), (2, "days")} <= got
    assert any(n.value == 40000 and n.qualifier == "about" for n in a.numbers)
    assert not any(n.unit in ("millóns", "cento") for n in a.numbers)
