"""Kyrgyz: language detection, the word lists in digest/data/ky, read through the public stages and on a whole article."""

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

NEWS = ("Президент Садыр Жапаров шаршемби күнү Казакстандын Президенти менен телефон аркылуу сүйлөштү. Анын "
        "айтымында, эки өлкөнүн ортосундагы соода быйыл 1,5 миллиард долларга жетет. Тараптар суу жана энергетика "
        "маселелери боюнча да пикир алмашышты.")
ARTICLE = Path(__file__).parent / "data" / "ky_tashkent.txt"


def test_kyrgyz_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ky" and detect(ARTICLE.read_text("utf-8")) == "ky"
    # A headline alone: ң ө ү and the function words decide.
    assert detect("Министр Жапаров өкмөттүн отурумунда сүйлөдү") == "ky"
    assert detect("Кыргызстан менен Тажикстан соодону эки эсеге көбөйтүүнү көздөйт") == "ky"
    assert supported("ky") and "ky" in LANGS and word_lists("ky") == "ky"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Neighbours stay themselves, short texts too: Kazakh writes ң ө ү as Kyrgyz does, Russian its ы.
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Қырғызстан Президентін қабылдады. Тараптар сауда "
         "мен энергетика саласындағы ынтымақтастықты талқылады.", "kk"),
        ("Тоқаев Бішкекке барды", "kk"),
        ("Президент Киргизии Садыр Жапаров в среду провел переговоры с президентом Казахстана в Бишкеке. Стороны "
         "обсудили торговлю и энергетику.", "ru"),
        ("Президент Жапаров встретился с Токаевым в Бишкеке и обсудил торговлю.", "ru"),
        ("Жапаров заявив, що Киргизстан готовий до переговорів.", "uk"),
        ("Жапаров каза, че България и Киргизстан ще подпишат споразумение.", "bg"),
        ("Прэзідэнт Беларусі Аляксандр Лукашэнка прыехаў у Бішкек. Бакі абмеркавалі гандаль і энергетыку.", "be"),
        ("Президенти Тоҷикистон Эмомалӣ Раҳмон бо ҳамтои қирғизии худ дар Душанбе мулоқот кард ва ҷонибҳо "
         "масъалаҳои сарҳадро баррасӣ карданд.", "tg"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("соода 112 миллион долларга жетти", 112e6, "USD"),
        ("1,5 миллиард киловатт-саат электр энергиясы", 1.5e9, "kWh"),
        ("бюджет 25 миллиард сомдон ашат", 25e9, "KGS"),
        ("200 миллион еврого бааланат", 200e6, "EUR"),
        ("10 миллион рублга", 10e6, "RUB"),
        ("2 миллиард теңге", 2e9, "KZT"),
        ("соода 20 пайызга өстү", 20, "%"),
        ("жолдун узундугу 42 чакырым", 42, "km"),
        ("500 миң тонна буудай", 500e3, "t"),
        ("бир жарым миллиард доллар", 1.5e9, "USD"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "ky") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [("беш жылда", 5, "years"), ("эки күн", 2, "days"),
                                                     ("үч ай бою", 3, "months")])
def test_number_words(text: str, value: int, unit: str) -> None:
    figs = [f for f in scan(text, "ky") if f.kind != "date"]
    assert figs and figs[0].value == value and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("3 миңден ашык үй-бүлө", 3000, "more than"), ("болжол менен 280 чакырым", 280, "about"),
     ("кеминде 50 миллион доллар", 50e6, "at least"), ("дээрлик 40 пайыз", 40, "almost")],
)
def test_qualifiers(text: str, value: float, qualifier: str) -> None:
    fig = [f for f in scan(text, "ky") if f.kind != "date"][0]
    assert fig.value == pytest.approx(value) and fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("12-май, 2026-жыл, 17:30", (2026, 5, 12)), ("2026-жылдын 3-мартында", (2026, 3, 3)),
     ("2025-жылы 15-октябрда", (2025, 10, 15)), ("20-январда", (None, 1, 20)), ("сентябрь айында", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "ky", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_may_is_also_butter_and_monday_is_dushanbe() -> None:
    # Май alone needs a day or a year; Дүйшөмбү (Monday) is the Tajik capital: never a weekday here.
    text = "Майда кыргыз тарап Дүйшөмбүгө барды."
    assert not [m for m in dates.find(text, "ky", [(0, len(text))]) if m.month or m.weekday]
    text = "Министр шаршемби күнү келди."
    assert [m.weekday for m in dates.find(text, "ky", [(0, len(text))]) if m.weekday] == [3]


def test_stop_words() -> None:
    assert {"жана", "менен", "бул", "үчүн", "боюнча"} <= stop_words("ky")


def test_lexicon_reads_the_kyrgyz_lists() -> None:
    lex = lexicon("ky")
    for verb in ("деди", "деп", "айтты", "билдирди", "белгиледи", "кошумчалады", "маалымдады"):
        assert lex.is_speech_verb(verb), verb
    for role in ("президенти", "министри", "төрагасы", "депутаты", "талдоочу", "серепчи"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["Бишкек", "Бишкекте", "Кыргызстан", "Тажикстан", "Тажикстандын", "Дүйшөмбүдө",
                                  "Казакстанга", "Орусия", "Москвада", "Кытай", "Өзбекстан", "Ташкентте"])
def test_kyrgyz_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb after the dash, the name after it.
        ("Министр Таалай Абдыкеримов Алматыга барды. Ал жерде суу боюнча сүйлөшүүлөр өттү.\n\n"
         "«Биз бул жолу суу маселеси боюнча олуттуу келишимге жетиштик», – деди Абдыкеримов.", "Биз",
         "Таалай Абдыкеримов"),
        # деп and a second verb, the role alone after it, in the genitive of the country.
        ("Казакстандын Президенти Касым-Жомарт Токаев конокту тосуп алды.\n\n«Биз кылымдар бою кошуна жашап келген элбиз», – деп "
         "билдирди Казакстандын Президенти.", "Биз", "Касым-Жомарт Токаев"),
        # A pronoun subject after the verb.
        ("Талдоочу Нурлан Осмонов сүйлөшүүлөр оңой эмес экенин айтты.\n\n«Натыйжасы али белгисиз, бирок сүйлөшүүлөр туура багытта жүрүп жатат», – "
         "деди ал.",
         "Натыйжа", "Нурлан Осмонов"),
        # A postposition closes the noun before it ("суу боюнча", on water): the commentator after it is the
        # subject the pronoun cue stands for, not the previous quotation's speaker.
        ("Депутат Азамат Бекташев долбоорду сынга алды. «Бул кымбат», — деди депутат.\n\n"
         "Суу боюнча серепчи Мирлан Жумабеков маселе сакталып жатканын белгиледи. «Жайында суу жетпейт», — дейт ал.",
         "Жайында", "Мирлан Жумабеков"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ky"))
    quote = next(q for q in a.quotes if q.text.startswith(start))
    assert quote.speaker == speaker


def test_a_whole_kyrgyz_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ky" and str(a.date) == "2026-03-03"
    assert a.places[0] == "Tashkent"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Биздин макса"] == "Жээнбек Кулубаев"
    assert speakers["Чек арадагы "] == "Жээнбек Кулубаев"
    assert speakers["Өзбекстан кы"] == "Бахтиёр Саидов"  # "деп билдирди Өзбекстандын … министри": the title alone
    assert speakers["Жыл сайын Өз"] == "Азамат Токтогулов"  # "деди ал"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.2e9, "USD", None), (15, "%", None), (280, "km", "about"), (300e6, "KGS", None)} <= got
    assert (2000, "more than") in {(n.value, n.qualifier) for n in a.numbers}
    assert not any(n.unit in ("миллиард", "миллион", "пайыз", "миң") for n in a.numbers)
    assert a.summary and not any("жазылуу" in s or "Сүрөт:" in s for s in map(str, a.summary))


def test_kyrgyz_name_endings_spare_a_ukrainian_enko_surname() -> None:
    # The Kyrgyz cases come off an -ов/-ев/-ин surname in their forms after в and н only: -енко is no -ен + -ко.
    text = ("Прем'єр-міністерка України Юлія Свириденко у вівторок провела переговори в Афінах. Сторони підписали "
            "п'ять меморандумів.\n\n«Ми домовилися про конкретні речі, а не про декларації», – заявила Свириденко.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="uk"))
    assert [q.speaker for q in a.quotes] == ["Юлія Свириденко"]
