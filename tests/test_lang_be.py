"""Belarusian: language detection, the word lists in digest/data/be, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Прэзідэнт у сераду прыняў у Мінску кіраўніка ўрада суседняй краіны. Паводле яго слоў, тавараабарот "
        "летась склаў амаль 2 мільярды долараў, што на 5 працэнтаў больш, чым годам раней. Абодва бакі "
        "пагадзіліся, што супрацоўніцтва ў энергетыцы важнае для іх краін.")
RUSSIAN = ("Президент в среду принял в Минске главу правительства соседней страны. По его словам, товарооборот "
           "в прошлом году составил почти 2 миллиарда долларов.")
UKRAINIAN = ("Президент у середу прийняв у Києві главу уряду сусідньої країни. За його словами, товарообіг "
             "минулого року склав майже 2 мільярди доларів.")
ARTICLE = Path(__file__).parent / "data" / "be_vizit.txt"


def test_belarusian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "be" and detect(ARTICLE.read_text("utf-8")) == "be"
    assert detect("Прэм'ер-міністр прыбыў у Маскву з візітам") == "be"
    assert supported("be") and "be" in LANGS and word_lists("be") == "be"


@pytest.mark.parametrize(("text", "lang"), [(RUSSIAN, "ru"), (UKRAINIAN, "uk"),
                                           ("Премьер-министр прибыл в Москву с визитом", "ru"),
                                           ("Прем'єр-міністр прибув до Варшави з візитом", "uk"),
                                           ("Президент Беларуси прибыл в Москву", "ru")])
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("экспарт склаў 486,7 мільёна долараў", 486.7e6, "USD"),
        ("тавараабарот склаў 1,3 мільярда долараў", 1.3e9, "USD"),
        ("інвестыцыі ў 5 мільярдаў еўра", 5e9, "EUR"),
        ("крэдыт на 300 мільёнаў беларускіх рублёў", 300e6, "BYN"),
        ("вырас на 14 працэнтаў", 14, "%"),
        ("за 3 300 кіламетраў", 3300, "km"),
        ("у складзе 620 тысяч чалавек", 620_000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "be") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("мільёна", "мільярда", "мільярдаў", "тысяч", "працэнтаў")


@pytest.mark.parametrize(("text", "value"), [("падпісалі пяць пагадненняў", 5), ("дваццаць гадоў", 20),
                                             ("тры новыя памежныя пераходы", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "be") if f.kind != "date"]
    assert figs and figs[0].value == value


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("выпусціць ад 1 500 да 2 000 трактароў", "be") if f.kind != "date"]
    assert [(f.value, f.value_end) for f in figs] == [(1500, 2000)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("амаль 80 працэнтаў", "almost"), ("каля 100 кіламетраў", "about"), ("больш за 850 мільёнаў еўра", "more than"),
     ("не больш за 30 працэнтаў", "at most")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "be")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("22 верасня 2026, 18:40", (2026, 9, 22)), ("Мінск, 3 сакавіка 2026", (2026, 3, 3)),
     ("з 1 студзеня 2026 года", (2026, 1, 1)), ("12 траўня 2025", (2025, 5, 12)), ("12 мая 2025", (2025, 5, 12)),
     ("5 жніўня 2024", (2024, 8, 5)), ("сустрэча ў лістападзе 2025", (2025, 11, None)),
     ("выбары ў снежні", (None, 12, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "be", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("text", "day"), [("Прэм'ер прыняў госця ў чацвер вечарам.", 4),
                                           ("Перамовы прайшлі ў аўторак.", 2), ("Ён прыляцеў у панядзелак.", 1)])
def test_weekday(text: str, day: int) -> None:
    assert [m.weekday for m in dates.find(text, "be", [(0, len(text))])] == [day]


def test_lexicon_reads_the_belarusian_lists() -> None:
    lex = lexicon("be")
    for verb in ("сказаў", "сказала", "заявіў", "падкрэсліла", "адзначыў", "напісаў", "дадала", "паведаміў", "лічыць"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("прэзідэнт") and lex.is_role("міністрам") and lex.is_role("намесніца")


@pytest.mark.parametrize("form", ["Мінску", "Беларусі", "Маскве", "Расіі", "Ташкенце", "Узбекістане", "Пекіне",
                                  "Варшаве", "Кіеве"])
def test_belarusian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quotation and a dash.
        ("Візіт у Варшаву\n\nМіністр Ігар Пятровіч прыбыў у Варшаву. «Мяжа нас злучае», — заявіў Пятровіч.", "Мяжа",
         "Ігар Пятровіч"),
        # A woman's verb, her surname in -ава.
        ("Форум у Мінску\n\nНамесніца міністра Алена Смірнова выступіла на форуме. «Гэта важны крок», — сказала "
         "Смірнова.", "Гэта", "Алена Смірнова"),
        # The cue set off inside one pair of marks.
        ("Візіт у Варшаву\n\nМіністр Ігар Пятровіч правёў перамовы ў Варшаве. «Мы гатовыя, — падкрэсліў Пятровіч, — "
         "падпісаць дамову».", "Мы", "Ігар Пятровіч"),
        # A bare role as the cue, прэм'ер split at its apostrophe.
        ("Візіт у Варшаву\n\nПрэм'ер-міністр Ігар Пятровіч правёў перамовы ў Варшаве. «Мы гатовыя, — падкрэсліў "
         "прэм'ер, — падпісаць дамову».", "Мы", "Ігар Пятровіч"),
        # The parliament in the locative and genitive (у Сейме, старшыня Сейма) is no person: the role
        # cue stands for the Speaker named with it.
        ("Візіт у Вільню\n\nУ Сейме госця сустрэў старшыня Сейма Андрус Пятрайціс. Пятрайціс падзякаваў госцю. "
         "«Мы сябры», — сказаў старшыня Сейма.", "Мы сябры", "Андрус Пятрайціс"),
        # An expert's opinion verb before the name.
        ("Прагноз\n\nЭканаміка расце. «Рост будзе павольным», — лічыць эканаміст Дзмітрый Круты.", "Рост",
         "Дзмітрый Круты"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="be"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_an_oblique_name_is_shown_in_the_nominative() -> None:
    text = ("Перамовы ў Ташкенце\n\nПрэм'ер правёў перамовы з міністрам Джамшыдам Ходжаевым. Ходжаеў нагадаў, што "
            "супрацоўніцтва расце. «Мы хочам больш», — сказаў Ходжаеў.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="be"))
    assert "Джамшыд Ходжаеў" in {q.speaker for q in a.quotes}


def test_a_whole_belarusian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "be" and str(a.date) == "2026-03-14" and a.places[0] == "Beijing"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Кітай застае"] == "Максім Рыжанкоў"
    assert speakers["Мы разлічвае"] == "Максім Рыжанкоў"
    assert speakers["Індустрыяльн"] == "Вольга Кавалёва"
    assert speakers["Лічбы гучаць"] == "Сяргей Лаўрэнчык"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(8.4e9, None, "USD"), (6, None, "%"), (9e9, None, "USD"), (3000, None, None)} <= {
        (v, e, u if u in ("USD", "%") else None) for v, e, u in got}


def test_a_bare_premier_and_his_deputy() -> None:
    # прэм'ер (split at its apostrophe) is the prime minister's office, not the deputy's beside him; a
    # віцэ-прэм'ер is never the prime minister.
    text = ("Візіт\n\nПрэм'ер-міністр Ігар Пятровіч у аўторак правёў перамовы з намеснікам прэм'ер-міністра Янам "
            "Новакам.\n\n«Наша мэта, — падкрэсліў прэм'ер, — падвоіць гандаль».\n\nНавак нагадаў пра інвестыцыі. "
            "«Мы гатовыя», — сказаў віцэ-прэм'ер.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="be"))
    speakers = {q.text[:4]: q.speaker for q in a.quotes}
    assert speakers["Наша"] == "Ігар Пятровіч"
    assert speakers["Мы г"] != "Ігар Пятровіч"
    # The role keeps the part before the apostrophe.
    assert ("Ігар Пятровіч", "прэм'ер-міністр") in {r[:2] for r in a.roles}
