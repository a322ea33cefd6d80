"""Macedonian: language detection, the word lists in digest/data/mk, read through the public stages and on a whole article."""

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

NEWS = ("Претседателот на владата во средата во Скопје го прими австрискиот канцелар. Според него, стоковната "
        "размена лани изнесувала речиси 400 милиони евра, што е 5 проценти повеќе од претходната година. Двајцата "
        "се согласија дека соработката во енергетиката е важна за нивните земји и дека ќе продолжи и догодина.")
# The same news in Bulgarian and in Serbian Cyrillic: the neighbours stay themselves.
BULGARIAN = ("Министър-председателят в сряда прие в София австрийския канцлер. По думите му стокообменът миналата "
             "година е достигнал почти 400 милиона евро, което е с 5 процента повече от предходната година. Двамата "
             "се съгласиха, че сътрудничеството в енергетиката е важно за техните страни и че ще продължи.")
SERBIAN = ("Председник владе је у среду у Београду примио аустријског канцелара. Према његовим речима, робна размена "
           "је прошле године износила скоро 400 милиона евра, што је 5 одсто више него годину раније. Обојица су се "
           "сложила да је сарадња у енергетици важна за њихове земље и да ће се наставити.")
ARTICLE = Path(__file__).parent / "data" / "mk_poseta.txt"


def test_macedonian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "mk" and detect(ARTICLE.read_text("utf-8")) == "mk"
    assert supported("mk") and "mk" in LANGS and word_lists("mk") == "mk"


def test_short_macedonian_and_its_neighbours() -> None:
    # A short sentence each: Macedonian by дека/тоа/ќе, Bulgarian by че/ъ, Serbian by је/ћ.
    assert detect("Премиерот рече дека тоа ќе биде решено наскоро.") == "mk"
    assert detect(BULGARIAN) == "bg" and detect(SERBIAN) == "sr"
    assert detect("Премиерът каза, че това ще бъде решено скоро.") == "bg"
    # A short Russian text sharing only во with Macedonian is never Macedonian (й ы ь я щ).
    assert detect("Премьер-министр Армении во второй день своего официального визита") != "mk"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("размената достигна 1,27 милијарди евра", 1.27e9, "EUR"),
        ("извозот е 780 милиони евра", 780e6, "EUR"),
        ("ќе чини 14,5 милиони евра", 14.5e6, "EUR"),
        ("проектот чини две милијарди евра", 2e9, "EUR"),
        ("буџет од 3,2 милијарди денари", 3.2e9, "MKD"),
        ("милијарда евра за патиштата", 1e9, "EUR"),
        ("во градот живеат 6.000 луѓе", 6000, None),
        ("пазар од 620 илјади жители", 620_000, None),
        ("размената порасна 12 проценти", 12, "%"),
        ("делница долга 100 километри", 100, "km"),
        ("кредит од 50 милиони долари", 50e6, "USD"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "mk") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("милиони", "милијарди", "илјади", "проценти", "евра")


@pytest.mark.parametrize(("text", "value", "unit"), [("ќе патуваат два и пол часа", 2.5, "hours"),
                                                     ("чекањето го скративме на пол час", 0.5, "hours"),
                                                     ("пол милион евра", 5e5, "EUR")])
def test_halves(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "mk") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(value, unit)]


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("вреден меѓу 5 и 7 милиони евра", "mk") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(5e6, 7e6, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("потпишаа седум договори", 7), ("дваесет години", 20),
                                             ("три нови гранични премини", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "mk") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("речиси 80 проценти", "almost"), ("околу 100 километри", "about"), ("приближно 2 милиони евра", "about"),
     ("повеќе од 850 милиони евра", "more than"), ("помалку од 3 милијарди евра", "less than"),
     ("најмалку 3 милијарди евра", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "mk")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("15 октомври 2026 година", (2026, 10, 15)), ("Скопје, 3 март 2026", (2026, 3, 3)),
     ("од 1 јануари 2026 година", (2026, 1, 1)), ("средбата во јуни", (None, 6, None)),
     ("изборите во ноември 2025", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "mk", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Премиерот го прими гостинот во четвртокот попладне."
    assert [m.weekday for m in dates.find(text, "mk", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Владата потпиша т.н. стратешко партнерство, напр. во енергетиката. Средбата траеше еден час."
    assert len(split(text, "mk", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"и", "на", "се", "дека", "што", "од"} <= stop_words("mk")


def test_lexicon_reads_the_macedonian_lists() -> None:
    lex = lexicon("mk")
    assert lex.is_speech_verb("рече") and lex.is_speech_verb("изјавила") and lex.is_speech_verb("истакнаа")
    assert lex.is_role("премиерот") and lex.is_role("претседателката") and lex.is_role("министерката")


@pytest.mark.parametrize("form", ["Скопје", "Бугарија", "Софија", "Грција", "Црна Гора", "Подгорица", "Виена",
                                  "Букурешт"])
def test_macedonian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The comma after the closing mark, the aorist verb before the name.
        ("Премиерот Андреј Ристов го прими гостинот.\n\n„Границата нè поврзува“, рече Ристов.", "Границата",
         "Андреј Ристов"),
        # A woman's role and таа ("she") after the verb.
        ("Министерката Ана Коваческа зборуваше за енергетиката.\n\n„Централата работи сигурно“, изјави таа.",
         "Централата", "Ана Коваческа"),
        # A political scientist is a role word of its own, not the bare "politician".
        ("Политикологот Горан Матиќ смета дека просторот е поголем. „Размената може да биде двојно поголема“, "
         "коментираше Матиќ за МИА.", "Размената", "Горан Матиќ"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mk"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_political_scientist_keeps_the_role() -> None:
    text = ("Политикологот Горан Матиќ смета дека просторот е поголем. „Размената може да биде двојно поголема“, "
            "коментираше Матиќ.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mk"))
    assert {person: role.lower() for person, role, _ in a.roles}["Горан Матиќ"] == "политикологот"


def test_a_whole_macedonian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "mk" and str(a.date) == "2026-03-03"
    assert a.places[0] == "Skopje"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Македонија и"] == "Наташа Стојановска"
    assert speakers["Дојдовме со "] == "Јаков Радуловиќ"
    assert speakers["Работиме на "] == "Елена Трајковска"
    assert speakers["Размената мо"] == "Зоран Петрушевски"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(146e6, None, "EUR"), (9, None, "%"), (2.3e9, None, "MKD"), (3.5, None, "hours"), (38, None, "km"),
            (400e6, 550e6, "EUR")} <= got
    assert any(n.value == 5 for n in a.numbers) and any(n.value == 2000 for n in a.numbers)
    assert not any(n.unit in ("милиони", "милијарди", "проценти", "илјади") for n in a.numbers)
    assert a.summary and not any("Споделете" in s or "Прочитајте" in s for s in map(str, a.summary))


def test_a_verb_after_an_object_clitic_is_no_part_of_the_role() -> None:
    # "која ја води министерката …": the relative clause's verb after its clitic is no adjective of the role.
    from digest.speakers import People
    text = "Ана Ристова учествуваше на форумот, кој денес го отвори премиерот на Албанија, Арбен Дервиши."
    assert People(text, [(0, len(text))], "mk").roles()["Арбен Дервиши"] == "премиерот на Албанија"
