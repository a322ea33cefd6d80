"""Tajik: language detection, the word lists in digest/data/tg, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, People, lexicon

NEWS = ("Сарвазири Ӯзбекистон рӯзи чоршанбе бо ҳайати ҳукуматӣ ба Душанбе омад. Ба гуфтаи ӯ, ҳаҷми савдои ду "
        "кишвар имсол ба 600 миллион доллар мерасад. Ҷонибҳо инчунин масъалаҳои истифодаи об ва нақлиётро "
        "баррасӣ карданд ва 12 санади ҳамкориро ба имзо расонданд.")
ARTICLE = Path(__file__).parent / "data" / "tg_safar.txt"


def test_tajik_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "tg" and detect(ARTICLE.read_text("utf-8")) == "tg"
    # A headline alone: ӣ ӯ ҷ decide.
    assert detect("Президенти Тоҷикистон бо ҳамтои эронии худ мулоқот кард") == "tg"
    assert supported("tg") and "tg" in LANGS and word_lists("tg") == "tg"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Neighbours stay themselves, short texts too: Kazakh writes қ ғ as Tajik does, Uzbek Cyrillic ҳ қ ғ.
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Тәжікстан Президентін қабылдады. Тараптар сауда "
         "мен энергетика саласындағы ынтымақтастықты талқылады.", "kk"),
        ("Президент России Владимир Путин в среду провел переговоры с президентом Таджикистана Эмомали Рахмоном "
         "в Москве. Стороны обсудили торговлю и энергетику.", "ru"),
        ("Президент України Володимир Зеленський у вівторок зустрівся з міністром закордонних справ "
         "Таджикистану. Сторони обговорили торгівлю та енергетику.", "uk"),
        ("Прэзідэнт Беларусі Аляксандр Лукашэнка прыехаў у Душанбэ. Бакі абмеркавалі гандаль і энергетыку.", "be"),
        ("Президентът на България посети Душанбе в сряда. Двете страни обсъдиха търговията и енергетиката.", "bg"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ҳаҷми савдо ба 118 миллиард доллари амрикоӣ расид", 118e9, "USD"),
        ("1,9 миллиард долларро ташкил дод", 1.9e9, "USD"),
        ("буҷет 2,4 миллиард сомонӣ аст", 2.4e9, "TJS"),
        ("сармоя 300 миллион евро", 300e6, "EUR"),
        ("аз 10 то 12 миллион рубл", 10e6, "RUB"),
        ("савдо 15 фоиз афзуд", 15, "%"),
        ("роҳ ба дарозии 560 километр", 560, "km"),
        ("5 ҳазор тонна гандум", 5000, "t"),
        ("2,4 миллиард киловатт-соат нерӯи барқ", 2.4e9, "kWh"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "tg") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [("дар нӯҳ моҳ", 9, "months"), ("сафар ду рӯз идома ёфт", 2, "days"),
                                                     ("то се сол", 3, "years"), ("панҷ санад имзо шуд", 5, None)])
def test_number_words(text: str, value: int, unit: str | None) -> None:
    figs = [f for f in scan(text, "tg") if f.kind != "date"]
    assert figs and figs[0].value == value
    if unit:
        assert figs[0].unit == unit


def test_the_indefinite_one_counts_nothing() -> None:
    assert not [f for f in scan("саммит як қадами муҳим буд", "tg") if f.kind != "date"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("зиёда аз 1200 нафар", "more than"), ("қариб 6 500 километр", "about"), ("камтар аз 8 фоиз", "less than"),
     ("тақрибан 2 миллиард доллар", "about")],
)
def test_qualifiers_before_the_figure(text: str, qualifier: str) -> None:
    assert scan(text, "tg")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("ДУШАНБЕ, 12 ноябр", (None, 11, 12)), ("3 марти соли 2026", (2026, 3, 3)),
     ("санаи 15 январи 2026", (2026, 1, 15)), ("дар моҳи сентябр", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "tg", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_the_capital() -> None:
    text = "Рӯзи панҷшанбе вазир ба Душанбе омад."
    assert [m.weekday for m in dates.find(text, "tg", [(0, len(text))]) if m.weekday] == [4]
    # Душанбе is the capital in a dateline, never Monday.
    text = "ДУШАНБЕ, 12 ноябр. Вохӯрӣ дар Душанбе баргузор шуд."
    assert not [m for m in dates.find(text, "tg", [(0, len(text))]) if m.weekday]


def test_stop_words() -> None:
    assert {"ва", "дар", "бо", "ки", "аз", "ба"} <= stop_words("tg")


def test_lexicon_reads_the_tajik_lists() -> None:
    lex = lexicon("tg")
    for verb in ("гуфт", "гуфтааст", "мегӯяд", "афзуд", "таъкид", "изҳор", "илова"):
        assert lex.is_speech_verb(verb), verb
    for role in ("президенти", "сарвазири", "вазири", "коршиноси", "раиси"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["Душанбе", "Тоҷикистон", "Тоҷикистонро", "Эрон", "Русия", "Маскав", "Покистон",
                                  "Қазоқистон", "Ӯзбекистон", "Тошканд"])
def test_tajik_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


def test_a_list_of_roles_and_names_gives_each_role_to_the_name_after_it() -> None:
    text = ("Дар ҷаласа Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон, Президенти Ҷумҳурии Исломии Эрон Масъуд "
            "Пизишкиён ва Сарвазири Ҷумҳурии Исломии Покистон Шаҳбоз Шариф иштирок карданд.")
    roles = People(text, [(0, len(text))], "tg").roles()
    assert roles["Эмомалӣ Раҳмон"] == "Президенти Ҷумҳурии Тоҷикистон"
    assert roles["Масъуд Пизишкиён"].startswith("Президенти")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb after the dash, the name after it.
        ("Вазир Далер Одинаев ба Тошканд рафт.\n\n«Мо дӯст ҳастем», – гуфт Одинаев.", "Мо дӯст", "Далер Одинаев"),
        # The name before the colon.
        ("Сафир Ҷамшед Каримов хабарнигоронро қабул кард.\n\nҶамшед Каримов гуфт: «Савдо меафзояд».", "Савдо",
         "Ҷамшед Каримов"),
        # A split quotation: the cue between the dashes is not quoted.
        ("Президенти Тоҷикистон Эмомалӣ Раҳмон меҳмонро истиқбол гирифт.\n\n«Мо ҳамсоя ҳастем, – таъкид кард "
         "Эмомалӣ Раҳмон. – Роҳҳои мо як аст».", "Мо ҳамсоя", "Эмомалӣ Раҳмон"),
        # A pronoun subject after the verb.
        ("Коршинос Фирӯз Саидов мегӯяд, ки гуфтушунид осон нест.\n\n«Натиҷаи ин гуфтушунидҳо барои мардум ҳанӯз "
         "маълум нест», – афзуд ӯ.", "Натиҷа", "Фирӯз Саидов"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="tg"))
    quote = next(q for q in a.quotes if q.text.startswith(start))
    assert quote.speaker == speaker
    assert "таъкид кард" not in quote.text


def test_a_whole_tajik_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "tg" and str(a.date) == "2026-03-03"
    assert a.places[0] == "Dushanbe"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Сарҳади мо б"] == "Эмомалӣ Раҳмон"
    assert speakers["Мо омодаем, "] == "Садир Жапаров"
    assert speakers["Мо бояд ин р"] == "Садир Жапаров"  # "илова кард Президенти Қирғизистон": the title alone
    assert speakers["Тоҷикистон с"] == "Далер Ҷумъазода"
    assert speakers["Роҳи мошинга"] == "Фирӯз Саидзода"  # "афзуд ӯ"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(850e6, "USD"), (15, "%"), (1e9, "USD"), (2.4e9, "kWh"), (560, "km"), (300, "нафар")} <= got
    assert not any(n.unit in ("миллиард", "миллион", "фоиз", "ҳазор") for n in a.numbers)
    assert a.summary and not any("обуна" in s or "Акс:" in s for s in map(str, a.summary))
