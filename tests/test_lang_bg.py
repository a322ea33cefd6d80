"""Bulgarian: language detection, the word lists in digest/data/bg, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.model import Article
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Премиерът прие в сряда в София австрийския канцлер. По думите му стокообменът миналата година е "
        "достигнал близо 4 милиарда евро, което е с 5 процента повече от година по-рано. Двамата се "
        "договориха, че сътрудничеството в енергетиката е важно за страните им и ще продължи.")
ARTICLE = Path(__file__).parent / "data" / "bg_poseshtenie.txt"

# The neighbours, which must stay themselves: Russian, Ukrainian, Macedonian and Serbian Cyrillic.
NEIGHBOURS = {
    "ru": ("Президент России провел переговоры с премьер-министром в Кремле. «Это ошибка», — заявил депутат "
           "журналистам. Товарооборот между странами вырос на 12 процентов, сообщил министр."),
    "uk": ("Президент України провів переговори з прем'єр-міністром у Києві. «Це помилка», — заявив депутат "
           "журналістам. Товарообіг між країнами зріс на 12 відсотків, повідомив міністр."),
    "mk": ("Претседателот оствари средба со премиерот во Скопје. „Ова е грешка“, изјави пратеникот пред "
           "новинарите. Трговската размена меѓу двете земји порасна за 12 отсто, рече министерот."),
    "sr": ("Председник Србије разговарао је са премијером у Београду. „Ово је грешка“, рекао је посланик "
           "новинарима. Трговинска размена између две земље порасла је за 12 одсто, рекао је министар."),
}


def test_bulgarian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "bg" and detect(ARTICLE.read_text("utf-8")) == "bg"
    assert detect("„Това е грешка“, заяви пред журналисти депутатът Иван Петров.") == "bg"
    assert supported("bg") and "bg" in LANGS and word_lists("bg") == "bg"


@pytest.mark.parametrize("lang", sorted(NEIGHBOURS))
def test_the_cyrillic_neighbours_stay_themselves(lang: str) -> None:
    text = NEIGHBOURS[lang]
    assert detect(text) == lang
    assert detect(text.split(". ")[0]) == lang


def test_a_russian_word_with_a_hard_sign_stays_russian() -> None:
    # Russian writes ъ only before е/ё/ю/я (объём, съезд): no Bulgarian clue.
    assert detect("Объем торговли вырос, и съезд партии прошел в Москве.") == "ru"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("стокообменът достигна 8,2 милиарда долара", 8.2e9, "USD"),
        ("търговията възлезе на 8,9 млрд. долара", 8.9e9, "USD"),
        ("проектът струва 240 милиона лева", 240e6, "BGN"),
        ("кредит от 1,5 млн. евро", 1.5e6, "EUR"),
        ("таксите се увеличиха с 18 процента", 18, "%"),
        ("капацитетът ще се увеличи с 40 на сто", 40, "%"),
        ("около 550 000 долара на ден", 550_000, "USD"),
        ("пътят е дълъг 120 километра", 120, "km"),
        ("в страната живеят 300 хиляди граждани", 300_000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "bg") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("милиарда", "милиона", "хиляди", "процента", "млрд")


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("живеят между 300 и 400 хиляди български граждани", "bg") if f.kind != "date"]
    assert [(f.value, f.value_end) for f in figs] == [(300_000, 400_000)]


@pytest.mark.parametrize(("text", "value"), [("подписаха пет споразумения", 5), ("двадесет години", 20),
                                             ("три нови гранични пункта", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "bg") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("над 1500 турски компании", "more than"), ("около 4000 камиона", "about"),
     ("близо 900 000 туристи", "almost"), ("приблизително 2 милиона евро", "about"),
     ("повече от 850 милиона евро", "more than"), ("по-малко от 3 милиарда евро", "less than"),
     ("поне 3 милиарда евро", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "bg")[0].qualifier == qualifier


def test_to_is_no_up_to() -> None:
    # "достъп до 1,5 милиарда" is access to the amount, not "up to" it.
    figs = [f for f in scan("договорът осигурява достъп до 1,5 милиарда кубични метра газ", "bg") if f.kind != "date"]
    assert figs and figs[0].qualifier is None and figs[0].value == pytest.approx(1.5e9)


def test_a_year_with_its_abbreviation_is_a_date() -> None:
    text = ("Политологът Асен Бонев смята, че до края на 2026 г. ще бъдат подписани още споразумения. Следващата "
            "среща ще се проведе през пролетта на 2027 г. в Атина, а до 2030 г. връзката ще бъде готова.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="bg"))
    assert not [n for n in a.numbers if n.value in (2026, 2027, 2030)]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("18 ноември 2025, 17:42", (2025, 11, 18)), ("Анкара, 18 ноември (БТА)", (None, 11, 18)),
     ("от 1 януари 2026 г.", (2026, 1, 1)), ("срещата през септември", (None, 9, None)),
     ("на 3 март 2026 г. в София", (2026, 3, 3))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "bg", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Премиерът прие госта в четвъртък следобед."
    assert [m.weekday for m in dates.find(text, "bg", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Правителството подписа т.нар. стратегическо партньорство, напр. в енергетиката. Срещата продължи час."
    assert len(split(text, "bg", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"и", "е", "да", "се", "са", "че"} <= stop_words("bg")


def test_lexicon_reads_the_bulgarian_lists() -> None:
    lex = lexicon("bg")
    for verb in ("каза", "заяви", "посочи", "подчерта", "допълни", "отбеляза", "коментира", "увери", "изтъкна",
                 "казала", "заявиха"):
        assert lex.is_speech_verb(verb), verb
    for role in ("президентът", "премиерът", "министърът", "депутатката", "политологът", "министрите"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["София", "България", "Анкара", "Турция", "Гърция", "Атина", "Букурещ", "САЩ"])
def test_bulgarian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Президентът Иван Ковачев прие госта в президентството и разговаря с него за търговията.\n\n"
         "„Границата ни свързва“, заяви Ковачев.", "Границата", "Иван Ковачев"),
        # A woman's -ова surname and the verb before it.
        ("Министърката Анна Добрева говори за енергетиката.\n\n„Цената няма да расте“, увери Добрева.",
         "Цената", "Анна Добрева"),
        # A pronoun cue: the last person named.
        ("Премиерът Петър Илиев прие колегата си.\n\n„Ще строим заедно“, каза той.", "Ще строим",
         "Петър Илиев"),
        # An outlet after "пред", then the role, its party and the name.
        ("Премиерът Петър Илиев прие колегата си. „Ще строим заедно“, каза Илиев.\n\n„Това е грешка“, "
         "коментира пред БНТ депутатът от „Обединена левица“ Пламен Стойков.", "Това е грешка", "Пламен Стойков"),
        ("Премиерът Петър Илиев прие колегата си. „Ще строим заедно“, каза Илиев.\n\n„Това е грешка“, "
         "каза депутатът от опозицията Илия Танев.", "Това е грешка", "Илия Танев"),
        ("Премиерът Петър Илиев прие колегата си.\n\nСпоред министъра Стоян Колев „договорът е изгоден“.",
         "договорът", "Стоян Колев"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="bg"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_bulgarian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "bg" and str(a.date) == "2026-03-03"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Гърция е наш"] == "Антон Стефанов"
    assert speakers["Искаме да из"] == "Никос Папаконстантину"
    assert speakers["Железопътнат"] == "Никос Папаконстантину"
    assert speakers["Цената за до"] == "Виолета Христова"
    assert speakers["Правителство"] == "Пламен Стойков"
    assert speakers["Гръцките тур"] == "Радослав Генчев"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(5.4e9, None, "EUR"), (2.8e9, None, "EUR"), (240e6, None, "BGN"), (18, None, "%"),
            (15, None, "%"), (25_000, 30_000, None)} <= {(v, e, u if u in ("EUR", "BGN", "%") else None)
                                                         for v, e, u in got}
    assert not any(n.unit in ("милиарда", "милиона", "хиляди", "процента") for n in a.numbers)
    assert not any(n.value in (2026, 2029) for n in a.numbers)
    assert a.summary and not any("Абонирайте" in s or "Още по темата" in s for s in map(str, a.summary))


def test_the_host_receives_the_guest() -> None:
    text = ARTICLE.read_text("utf-8")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Папаконстантину visits Стефанов in Sofia"
