"""Catalan: language detection, the word lists in digest/data/ca, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.model import Article
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("El president ha rebut aquest dijous el primer ministre francès. Segons el Govern, l'intercanvi comercial "
        "entre tots dos països va arribar l'any passat als 2.300 milions d'euros, i les empreses volen que també "
        "creixi aquest any perquè el mercat és petit.")
ARTICLE = Path(__file__).parent / "data" / "ca_visita.txt"


def test_catalan_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ca" and detect(ARTICLE.read_text("utf-8")) == "ca"
    assert supported("ca") and "ca" in LANGS and word_lists("ca") == "ca"


@pytest.mark.parametrize(
    "text",
    [
        "La ministra ha explicat que els dos governs treballaran amb les empreses dels dos països.",
        "Aquesta setmana el conseller va dir que la carretera també estarà llesta abans de l'estiu.",
        "«No ens aturarem», ha assegurat el cap de Govern, però l'oposició hi veu poca concreció.",
    ],
)
def test_short_catalan_texts(text: str) -> None:
    assert detect(text) == "ca"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Spanish, French, Italian and Portuguese stay themselves, with words Catalan shares with them.
        ("La ministra ha explicado que los dos gobiernos trabajarán con las empresas de ambos países y que "
         "también habrá más inversiones este año.", "es"),
        ("El presidente dijo que la economía va a crecer entre un 2 y un 3 por ciento en los próximos años.", "es"),
        ("Les échanges commerciaux entre les deux pays ont atteint 3 milliards d'euros l'année dernière, a "
         "déclaré le ministre.", "fr"),
        ("Il ministro ha detto che l'accordo sarà firmato entro l'anno e che le imprese italiane sono pronte.", "it"),
        ("O ministro disse que o acordo será assinado este ano e que as empresas portuguesas estão prontas.", "pt"),
    ],
)
def test_neighbours_keep_their_language(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("l'intercanvi va arribar a 1.450 milions d'euros", 1.45e9, "EUR"),
        ("una inversió de 3,5 mil milions d'euros", 3.5e9, "EUR"),
        ("un crèdit de 2 miliards d'euros", 2e9, "EUR"),
        ("el comerç va créixer un 6,5%", 6.5, "%"),
        ("el 12 per cent dels vots", 12, "%"),
        ("més de 300 milions de dòlars", 300e6, "USD"),
        ("un milió d'euros", 1e6, "EUR"),
        ("a deu quilòmetres de la frontera", 10, "km"),
        ("gairebé dotze anys", 12, "years"),
        ("uns 8.000 treballadors", 8000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "ca") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milions", "milió", "per", "cent", "euros")


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("un cost d'entre 5 i 7 milions d'euros", "ca") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(5e6, 7e6, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("han signat cinc acords", 5), ("vint-i-cinc anys", 25),
                                             ("trenta-dos municipis", 32), ("dues-centes empreses", 200),
                                             ("vuit milions de visitants", 8e6)])
def test_number_words(text: str, value: float) -> None:
    figs = [f for f in scan(text, "ca") if f.kind != "date"]
    assert figs and figs[0].value == value


def test_the_verb_deu_is_no_number() -> None:
    # "deu" is ten, and also "must" before an infinitive.
    assert not [f for f in scan("El Govern deu ser conscient del problema.", "ca") if f.kind == "count"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("gairebé 80 milions d'euros", "almost"), ("uns 100 quilòmetres", "about"), ("prop del 65%", "about"),
     ("al voltant de 200 persones", "about"), ("més de 850 milions d'euros", "more than"),
     ("menys de 3 mil milions d'euros", "less than"), ("fins a 40 milions d'euros", "up to"),
     ("almenys 3 mil milions d'euros", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "ca")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Dimecres, 10 de juny de 2026 · 19.12 h", (2026, 6, 10)), ("el 3 d'abril de 2025", (2025, 4, 3)),
     ("Girona, 15 d’agost de 2026.", (2026, 8, 15)), ("des d'octubre", (None, 10, None)),
     ("la reunió del 2 de febrer", (None, 2, 2)), ("les eleccions de desembre de 2025", (2025, 12, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "ca", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_since_is_no_december() -> None:
    text = "Treballa a Andorra des de 2015."
    assert not [m for m in dates.find(text, "ca", [(0, len(text))]) if m.month]


def test_weekday() -> None:
    text = "El president va rebre el seu homòleg dijous a la tarda."
    assert [m.weekday for m in dates.find(text, "ca", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "El Sr. Puig va signar l'acord, p. ex. sobre energia. La reunió va durar una hora."
    assert len(split(text, "ca", 0, len(text))) == 2


def test_stop_words_and_stemmer() -> None:
    assert {"i", "els", "amb", "però", "que", "segons"} <= stop_words("ca")
    stem = stemmer("ca")
    assert stem("negociacions") == stem("negociació") and stem("l'acord") == stem("acords")


def test_lexicon_reads_the_catalan_lists() -> None:
    lex = lexicon("ca")
    assert lex.is_speech_verb("dit") and lex.is_speech_verb("afirmat") and lex.is_speech_verb("dir")
    assert lex.is_speech_verb("subratllat") and lex.is_speech_verb("diu")
    assert lex.is_role("consellera") and lex.is_role("ministra") and lex.is_role("presidenta")


@pytest.mark.parametrize("form", ["Espanya", "França", "Brussel·les", "Londres", "Alemanya", "Estats Units",
                                  "Varsòvia", "Txèquia", "Principat d'Andorra"])
def test_catalan_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The perfect: auxiliary and participle before the name.
        ("El ministre Pere Soler ha parlat amb la premsa.\n\n«La frontera ens uneix», ha dit Soler.", "La frontera",
         "Pere Soler"),
        # The periphrastic past: va + infinitive.
        ("La consellera Anna Vila va visitar el port.\n\n«El port creixerà», va assegurar Vila.", "El port",
         "Anna Vila"),
        # Dash dialogue with its cue between dashes.
        ("El cap de Govern, Joan Roig, ha estat clar:\n\n—Hem complert el que vam prometre —ha afirmat Roig—. "
         "Ara toca executar-ho.", "Hem complert", "Joan Roig"),
        # A cue after a partial quotation of the subject's words.
        ("La diputada Marta Pons ha retret al Govern que «parli molt i faci poc».", "parli molt", "Marta Pons"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ca"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_catalan_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ca" and str(a.date) == "2026-11-06" and a.places[0] == "Barcelona"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Catalunya i "] == "Oriol Vidal Soler"
    assert speakers["Som veïns de"] == "Helena Marques Silva"
    assert speakers["Portugal no "] == "Helena Marques Silva"
    assert speakers["Sense trens "] == "Marc Riera"
    assert speakers["fa molts via"] == "Núria Casanovas"
    assert speakers["Portugal pro"] == "Pau Ribas"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(3.2e9, "EUR", "more than"), (6.5, "%", None), (1.8e9, "EUR", "more than"), (60, "%", None),
            (100, "km", "about"), (400, "empreses", "almost")} <= got
    assert not any(n.unit in ("milions", "milió", "euros") for n in a.numbers)
    assert a.summary and not any("Subscriu" in str(s) or "relacionades" in str(s) for s in a.summary)


def test_the_host_receives_the_guest() -> None:
    # "ha rebut": the perfect's auxiliary between the host and the host's verb; Mas hosts Peeters.
    text = ("El president rep el primer ministre belga\n\n12 de març de 2026\n\nEl president Jordi Mas ha rebut a "
            "Barcelona el primer ministre belga Luc Peeters. «Som socis», ha dit Mas. «Tenim molt a fer junts», ha "
            "afirmat Peeters. La consellera Rosa Puig ha parlat d'energia. «Invertirem junts», ha afegit Puig.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ca"))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert str(a.date) == "2026-03-12" and found[0].title == "Peeters visits Mas in Barcelona"


def test_the_last_word_of_a_party_s_name_is_no_given_name() -> None:
    # "del Partit de la Llibertat Anna Vidal": the capitalised party word, its particles, then the party's last word.
    from digest.speakers import People
    text = ("La diputada del Partit de la Llibertat Anna Vidal va dir a la ràdio que «el pacte no és bo». "
            "Vidal hi va votar en contra.")
    people = People(text, [(0, len(text))], "ca")
    assert people.people() == ("Anna Vidal",)
    assert people.roles()["Anna Vidal"] == "diputada del Partit de la Llibertat"


def test_a_catalan_deadline_year_dates_the_target_not_last_year_s_figure() -> None:
    from digest.numbers import _when_in

    # "fins al 2030" is the doubling's deadline: the figure of "l'any passat" is 2025's.
    sentence = "El ministre va dir que el comerç va arribar a 200 milions d'euros l'any passat i que volen doblar-lo fins al 2030."
    assert _when_in(sentence, "200 milions d'euros", "ca", "2026-11-05") == "2025"
