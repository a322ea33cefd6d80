"""Kazakh: language detection, the word lists in digest/data/kk, read through the public stages and on whole articles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from digest import data, dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, lexicon, nominative, same_person

NEWS = ("Мемлекет басшысы сәрсенбі күні Ақордада Өзбекстан Президентін қабылдады. Оның айтуынша, былтыр екі ел "
        "арасындағы тауар айналымы 4 миллиард долларға жетті, бұл алдыңғы жылмен салыстырғанда 8 пайызға артық. "
        "Тараптар энергетика мен көлік саласындағы ынтымақтастықты жалғастыруға келісті.")
ARTICLE = Path(__file__).parent / "data" / "kk_sapar.txt"
SECOND = Path(__file__).parent / "data" / "kk_kelissoz.txt"


def test_kazakh_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "kk" and detect(ARTICLE.read_text("utf-8")) == "kk" and detect(SECOND.read_text("utf-8")) == "kk"
    assert supported("kk") and "kk" in LANGS and word_lists("kk") == "kk"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Short Kazakh texts: the ы of "басшысы", "сапарымен" is no Russian sign here.
        ("Мемлекет басшысы Мәскеуге жұмыс сапарымен барды.", "kk"),
        ("Тоқаев Путинмен телефон арқылы сөйлесті.", "kk"),
        # A Russian quotation inside a Kazakh sentence leaves it Kazakh.
        ("«Мы будем продолжать сотрудничество со всеми партнерами», – деді Путин Тоқаевпен кездесуде.", "kk"),
        # Russian texts naming Қазақстан or Ақорда in Kazakh spelling, and a Russian headline with ы only, stay Russian.
        ("Президент Казахстана Касым-Жомарт Токаев в среду провел переговоры с Владимиром Путиным в Астане. "
         "Қазақстан и Россия подписали соглашение о сотрудничестве, сообщила пресс-служба Акорды.", "ru"),
        ("Глава государства посетил Ақорда и встретился с министрами. «Мы готовы к работе», — сказал он.", "ru"),
        ("Токаев выиграл выборы", "ru"),
        ("Президент України заявив, що переговори з Казахстаном відбулися в Астані і були корисними.", "uk"),
        ("Президентът на България се срещна с казахстанския си колега в Астана и обсъдиха търговията.", "bg"),
        ("Председник Србије Александар Вучић састао се у Београду са председником Казахстана.", "sr"),
    ],
)
def test_detection_against_the_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_a_short_kyrgyz_text_is_not_kazakh() -> None:
    # Kyrgyz writes ү ө ң as Kazakh does, never ә ғ қ ұ һ і.
    assert detect("Кыргызстандын Президенти Садыр Жапаров бүгүн Бишкекте делегацияны кабыл алды, деп билдирди "
                  "басма сөз кызматы.") != "kk"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("тауар айналымы 1,8 миллиард долларға жетті", 1.8e9, "USD"),
        ("құны 650 миллион доллар", 650e6, "USD"),
        ("шамамен 45 миллиард теңге", 45e9, "KZT"),
        ("2,5 млрд теңгеге бағаланады", 2.5e9, "KZT"),
        ("кемінде 300 миллион рубль", 300e6, "RUB"),
        ("1 миллиард еуроға жуық", 1e9, "EUR"),
        ("50 млн АҚШ доллары", 50e6, "USD"),
        ("12 пайызға өсті", 12, "%"),
        ("200 мың тонна бидай", 200_000, "t"),
        ("500 шақырым жол", 500, "km"),
        ("10 миллиард текше метр газ", 10e9, "m³"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "kk") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [("екі жарым сағат", 2.5, "hours"),
                                                     ("бір жарым миллиард теңге", 1.5e9, "KZT"),
                                                     ("жиырма жыл бойы", 20, "years")])
def test_number_words_and_halves(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "kk") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("шамамен 45 миллиард теңге", "about"), ("100 миллион доллардан астам", "more than"),
     ("1 миллиард еуроға жуық", "almost"), ("кемінде 300 миллион рубль", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "kk")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2026 жылғы 14 сәуір, 15:20", (2026, 4, 14)), ("2025 жылы 12 желтоқсанда", (2025, 12, 12)),
     ("14 сәуір 2026 жыл", (2026, 4, 14)), ("Бекболотов 15 сәуірде Алматыға барады", (None, 4, 15)),
     ("кездесу 3 қазанда өтеді", (None, 10, 3)), ("наурыз айында", (None, 3, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "kk", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_a_month_that_is_a_common_word_needs_a_day() -> None:
    # Маусым is also "season", Қазан the city: alone they are no date.
    text = "Жаңа маусым басталды. Қазан қаласында кездесу өтті."
    assert not [m for m in dates.find(text, "kk", [(0, len(text))]) if m.month]


def test_weekday() -> None:
    text = "Президент сейсенбі күні Мәскеуде кездесті."
    assert [m.weekday for m in dates.find(text, "kk", [(0, len(text))])] == [2]


def test_stop_words() -> None:
    assert {"және", "мен", "бұл", "үшін", "деп"} <= stop_words("kk")


def test_lexicon_reads_the_kazakh_lists() -> None:
    lex = lexicon("kk")
    for verb in ("деді", "деп", "мәлімдеді", "хабарлады", "айтты", "атап", "түсіндірді", "дейді"):
        assert lex.is_speech_verb(verb), verb
    for role in ("президенті", "премьер-министрі", "министрі", "саясаттанушы", "сарапшы", "елшісі"):
        assert lex.is_role(role), role


def test_kazakh_letters_transliterate() -> None:
    assert same_person("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев") and same_person("Тоқаев", "Tokayev")


@pytest.mark.parametrize(("form", "name"), [("Астанада", "Astana"), ("Мәскеуде", "Moscow"), ("Алматыға", "Almaty"),
                                             ("Қазақстанның", "Kazakhstan"), ("Ресейдің", "Russia"),
                                             ("Қырғызстан", "Kyrgyzstan"), ("Бейжіңде", "Beijing"),
                                             # Both Kazakh spellings of Azerbaijan (ә or е after the first letter).
                                             ("Әзербайжанның", "Azerbaijan"), ("Әзірбайжан", "Azerbaijan")])
def test_kazakh_place_forms(form: str, name: str) -> None:
    place = places.lookup(form)
    assert place is not None and place.name == name


@pytest.mark.parametrize(("text", "name", "locative"), [("Тоқаев қонақты Ақордада қабылдады.", "Akorda", False),
                                                        ("Келіссөз Кремльде өтті.", "Kremlin", False),
                                                        ("Келіссөз Мәскеуде өтті.", "Moscow", True),
                                                        ("Келесі кездесу Астанада өтеді.", "Astana", True),
                                                        ("Ол ертең Астанаға барады.", "Astana", False)])
def test_seats_and_glued_locatives(text: str, name: str, locative: bool) -> None:
    # A seat's case forms are listed whole; a stem's form ending in -да/-де is "in" the place, -ға "to" it.
    found = places.find(text, [(0, len(text))], "kk")
    assert [(f.place.name, f.locative) for f in found] == [(name, locative)]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The dash cue after the closing guillemet, the name after the verb.
        ("Президент Қасым-Жомарт Тоқаев қонақты қабылдады.\n\n«Біз көршіміз», – деді Тоқаев.", "Біз",
         "Қасым-Жомарт Тоқаев"),
        # «…» деп мәлімдеді and a name in the genitive before (Жұмабаевтың сөзінше): its nominative.
        ("Министр Арман Жұмабаевтың сөзінше, жоба биыл басталады.\n\n«Бекеттер ашылады», – деп мәлімдеді "
         "Жұмабаев.", "Бекеттер", "Арман Жұмабаев"),
        # A place in a case right after the name is no part of it (Kazakh puts the place before the verb).
        ("Президент Қасым-Жомарт Тоқаев Түркияға ресми сапармен барды.\n\n«Біз дайынбыз», – деді Тоқаев.", "Біз",
         "Қасым-Жомарт Тоқаев"),
        ("Сарапшы Ерлан Сәрсенов Мәскеудегі кездесуде сөйледі.\n\n«Сауда өседі», – деді Сәрсенов.", "Сауда",
         "Ерлан Сәрсенов"),
        # A person in a case after the subject is another person: "Тоқаев Мирзиёевті қабылдады" (received him);
        # "Мемлекет басшысы" (the head of state) speaks for the president named with it.
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев Мирзиёевті қабылдады.\n\n«Біз дайынбыз», – деді Мемлекет басшысы.",
         "Біз", "Қасым-Жомарт Тоқаев"),
        ("Президент Қасым-Жомарт Тоқаев Мирзиёевпен телефон арқылы сөйлесті.\n\n«Біз дайынбыз», – деді Мирзиёев.",
         "Біз", "Мирзиёев"),
        # A dash quotation ended by its cue.
        ("Ресей Президенті Владимир Путин сейсенбі күні Астанаға келді.\n\n– Сауда өсіп келеді, – деді Путин.",
         "Сауда", "Владимир Путин"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="kk"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_kazakh_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "kk" and str(a.date) == "2026-04-14" and a.places[0] == "Astana"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Қазақстан ме"] == "Қасым-Жомарт Тоқаев"
    assert speakers["Біз Астанаға"] == "Азамат Бекболотов"
    assert speakers["Шекарадағы к"] == "Арман Жұмабаев"
    assert speakers["Орталық Азия"] == "Ерлан Сәрсенов"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(1.8e9, "USD"), (650e6, "USD"), (45e9, "KZT"), (12, "%"), (200_000, "t"), (3.5, "hours")} <= got
    assert not any(n.unit in ("миллиард", "миллион", "пайыз", "мың", "теңге") for n in a.numbers)
    roles = {person: role for person, role, _ in a.roles}
    assert roles["Арман Жұмабаев"] == "сауда және интеграция министрі"
    assert roles["Ерлан Сәрсенов"] == "саясаттанушы" and roles["Қасым-Жомарт Тоқаев"] == "Қазақстан Президенті"


def test_a_meeting_in_moscow_is_placed_there() -> None:
    # "Мәскеуде" (in Moscow) is where it happens; "Астанада" of the next meeting is not.
    a = analyse(SECOND.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "kk" and str(a.date) == "2026-02-03" and a.places[0] == "Moscow"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Ресей мен Қа"] == "Владимир Путин" and speakers["Біз энергети"] == "Олжас Бектенов"
    assert {person: role for person, role, _ in a.roles}["Олжас Бектенов"] == "Қазақстан Премьер-министрі"
    assert (28e9, "USD", "more than") in {(n.value, n.unit, n.qualifier) for n in a.numbers}


@pytest.mark.parametrize("ending", data.sections("name_cases.txt", "kk")["surname"])
def test_every_listed_surname_case_comes_off(ending: str) -> None:
    # The endings are read from data/kk/name_cases.txt: a case added there is one speakers strips.
    assert nominative("Олжас Бектенов" + ending, Counter()) == "Олжас Бектенов"


@pytest.mark.parametrize("ending", data.sections("name_cases.txt", "lv")["foreign"])
def test_a_baltic_nominative_ending_matches_the_bare_name(ending: str) -> None:
    # data/lv/name_cases.txt: Latvian writes a foreign name with a nominative ending (Pašinjans for Пашинян).
    assert same_person("Nikol Pashinyan" + ending, "Никол Пашинян")


def test_last_year_s_as_an_adjective_dates_a_figure() -> None:
    # "өткен жылғы" (last year's) dates a figure as "өткен жылы" (last year) does.
    from digest.numbers import _when_in

    assert _when_in("Өткен жылғы сауда көлемі 2 миллиард доллар болды.", "2 миллиард доллар", "kk", "2026-03-01") == "2025"


def test_an_outlets_analyst_in_the_possessive_is_the_speaker() -> None:
    # "X талдаушысы" (X's analyst): the possessive form of the expert's word leads the name after it, so the
    # outlet's Latin name between the speech verb and the role is not taken for the speaker.
    from digest.cleaning import clean
    from digest.quotes import find_quotes

    text = "«Баға қыста өседі», – деді Steppe Grain Review талдаушысы Арман Жұмабеков."
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "kk")] == ["Арман Жұмабеков"]


def test_exceeds_after_a_thousand_in_the_ablative_bounds_the_count() -> None:
    # "мыңнан асады" (exceeds … thousand): the verb bounds the figure, it is no unit.
    figs = [f for f in scan("Биыл келушілер саны 40 мыңнан асады.", "kk") if f.kind != "date"]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(40_000, None, "more than")]


def test_a_cue_in_the_next_paragraph_after_a_comma_behind_the_guillemet() -> None:
    # «…», ¶ – деп атап өтті X.: the comma after the closing mark carries the sentence, and its cue, on.
    from lines import quotes_of

    text = ("Министр Асқар Бекболатов Алматыда кездесті.\n\n«Біз жаңа жол саламыз. Жұмыс келесі жылы басталады»,\n\n"
            "– деп атап өтті Асқар Бекболатов.\n")
    assert [q.speaker for q in quotes_of(text, "kk")] == ["Асқар Бекболатов"]
