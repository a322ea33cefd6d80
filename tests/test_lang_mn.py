"""Mongolian: language detection, the word lists in digest/data/mn, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, lexicon, same_word

NEWS = ("Монгол Улсын Ерөнхийлөгч өнөөдөр Бээжинд хүрэлцэн ирлээ. Түүний хэлснээр хоёр улсын худалдааны эргэлт энэ "
        "жил 12 тэрбум ам.долларт хүрэх юм. Талууд эрчим хүч, дэд бүтцийн асуудлаар санал солилцсон байна.")
ARTICLE = Path(__file__).parent / "data" / "mn_aylchlal.txt"


def test_mongolian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "mn" and detect(ARTICLE.read_text("utf-8")) == "mn"
    # A headline alone: ө ү and the function words decide.
    assert detect("Ерөнхий сайд Токиод албан ёсны айлчлал хийж байна") == "mn"
    assert detect("Монгол, Хятадын худалдааны эргэлт 20 хувиар өсөв") == "mn"
    assert supported("mn") and "mn" in LANGS and word_lists("mn") == "mn"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Neighbours stay themselves, short texts too: Kazakh and Kyrgyz write ө ү as Mongolian does, Russian its ы.
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Моңғолия Президентін қабылдады. Тараптар сауда "
         "мен энергетика саласындағы ынтымақтастықты талқылады.", "kk"),
        ("Тоқаев Улан-Баторға барды", "kk"),
        ("Президент Садыр Жапаров шаршемби күнү Монголиянын Президенти менен телефон аркылуу сүйлөштү. Эки өлкөнүн "
         "ортосундагы соода быйыл өсөт.", "ky"),
        ("Министр Жапаров өкмөттүн отурумунда сүйлөдү", "ky"),
        ("Президент Монголии Ухнаагийн Хурэлсух в среду провел переговоры с президентом Казахстана в Улан-Баторе. "
         "Стороны обсудили торговлю и энергетику.", "ru"),
        ("Хурэлсух встретился с Токаевым в Улан-Баторе и обсудил торговлю.", "ru"),
        ("Хурелсух заявив, що Монголія готова до переговорів.", "uk"),
        ("Хурелсух каза, че България и Монголия ще подпишат споразумение.", "bg"),
        ("Президенти Тоҷикистон Эмомалӣ Раҳмон бо ҳамтои муғулии худ дар Душанбе мулоқот кард ва ҷонибҳо "
         "масъалаҳои иқтисодиро баррасӣ карданд.", "tg"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("худалдааны эргэлт 500 сая ам.долларт хүрнэ", 500e6, "USD"),
        ("төсөв 1.2 их наяд төгрөг болно", 1.2e12, "MNT"),
        ("2.4 тэрбум доллараар", 2.4e9, "USD"),
        ("200 сая евро", 200e6, "EUR"),
        ("1.5 тэрбум рубль зарцуулна", 1.5e9, "RUB"),
        ("50 тэрбум иен олгоно", 50e9, "JPY"),
        ("3 тэрбум юань", 3e9, "CNY"),
        ("экспорт 30 хувиар өссөн", 30, "%"),
        ("төмөр замын урт 420 километр", 420, "km"),
        ("жилд 40 сая тонн нүүрс", 40e6, "t"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "mn") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [("таван жилд", 5, "years"), ("гурван өдөр", 3, "days"),
                                                     ("арван жилийн", 10, "years")])
def test_number_words(text: str, value: int, unit: str) -> None:
    figs = [f for f in scan(text, "mn") if f.kind != "date"]
    assert figs and figs[0].value == value and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("100 гаруй компани", 100, "more than"), ("1.2 их наяд төгрөг орчим", 1.2e12, "about"),
     ("ойролцоогоор 300 сая доллар", 300e6, "about"), ("бараг 40 хувь", 40, "almost")],
)
def test_qualifiers(text: str, value: float, qualifier: str) -> None:
    fig = [f for f in scan(text, "mn") if f.kind != "date"][0]
    assert fig.value == pytest.approx(value) and fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2026 оны 11 дүгээр сарын 20-нд", (2026, 11, 20)), ("2026 оны 3 дугаар сарын 5", (2026, 3, 5)),
     ("11-р сарын 18", (None, 11, 18)), ("арваннэгдүгээр сарын 3-нд", (None, 11, 3)),
     ("2025 оны 10 дугаар сард", (2025, 10, None)), ("2026.09.03 /МОНЦАМЭ/", (2026, 9, 3))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "mn", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_months_are_numbered_and_a_count_of_months_is_no_date() -> None:
    # "3 сарын хугацаанд" (for three months) has no ordinal mark: a duration; "нэгдүгээр байр" (first place) no month.
    text = "Төсөл 3 сарын хугацаанд дуусна. Тэр нэгдүгээр байр эзэлсэн."
    assert not [m for m in dates.find(text, "mn", [(0, len(text))]) if m.month]
    text = "Сайд Лхагва гарагт ирэв."
    assert [m.weekday for m in dates.find(text, "mn", [(0, len(text))]) if m.weekday] == [3]


def test_stop_words() -> None:
    assert {"нь", "болон", "энэ", "байна", "тухай"} <= stop_words("mn")


def test_lexicon_reads_the_mongolian_lists() -> None:
    lex = lexicon("mn")
    for verb in ("хэлэв", "хэллээ", "гэж", "гэв", "мэдэгдэв", "онцоллоо", "тэмдэглэв", "ярилаа", "хэлснээр"):
        assert lex.is_speech_verb(verb), verb
    for role in ("ерөнхийлөгч", "ерөнхийлөгчийн", "ерөнхийлөгчтэй", "сайд", "сайдын", "дарга", "гишүүн", "шинжээч"):
        assert lex.is_role(role), role


def test_mongolian_name_forms_are_one_name() -> None:
    assert same_word("Хүрэлсүх", "Хүрэлсүхийн") and same_word("Хүрэлсүх", "Хүрэлсүхтэй")
    assert same_word("Оюун-Эрдэнэ", "Оюун-Эрдэнийн") and same_word("Занданшатар", "Занданшатрын")
    assert same_word("Путин", "Путинтэй")
    assert not same_word("Батцэцэг", "Батболд")


@pytest.mark.parametrize("form", ["Улаанбаатар", "Улаанбаатарт", "Монгол", "Монголын", "Монгол Улсад", "Бээжинд",
                                  "Хятадын", "Оросын", "ОХУ-ын", "Москвад", "Япон", "Токиод", "АНУ-ын", "Казахстаны"])
def test_mongolian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The quote, гэж, the role and the name with its glued initial, the verb last.
        ("Ерөнхийлөгч У.Хүрэлсүх Бээжинд хүрэлцэн ирлээ.\n\n«Бид хамтын ажиллагаагаа өргөжүүлнэ» гэж Ерөнхийлөгч "
         "У.Хүрэлсүх хэлэв.", "Бид", "Хүрэлсүх"),
        # хэлэхдээ before the quote, гэв after it.
        ("Эрчим хүчний сайд Б.Чойжилсүрэн хэвлэлийнхэнтэй уулзав. Сайд Б.Чойжилсүрэн хэлэхдээ, «Станцын барилга ирэх "
         "онд дуусна» гэв.", "Станц", "Чойжилсүрэн"),
        # "Ерөнхий сайд" alone after гэж, the prime minister named before (a capitalised Ерөнхий is no name); the
        # name's genitive without its last vowel (Оюун-Эрдэнийн) is the same person.
        ("Ерөнхий сайд Л.Оюун-Эрдэнэ Токиод хүрэлцэн ирэв. Л.Оюун-Эрдэнийн хэлснээр, хоёр улс 8 гэрээ байгуулна.\n\n"
         "«Бид Японы хөрөнгө оруулагчдыг урьж байна» гэж Ерөнхий сайд онцлов.", "Бид Японы", "Оюун-Эрдэнэ"),
        # A pronoun subject after гэж.
        ("Улс төр судлаач Д.Ганболд айлчлалыг үнэлэв.\n\n«Энэ бол чухал алхам» гэж тэрээр хэллээ.", "Энэ бол",
         "Ганболд"),
        # A full name without its initial, then the weekday capitalised before гарагт: the day is no third name
        # word, and the role alone after гэж is the person it introduced.
        ("Францын Ерөнхийлөгч Эммануэль Макрон Пүрэв гарагт Дарханд очив.\n\n«Бид төмөр замаа холбоно» гэж "
         "Францын Ерөнхийлөгч хэлэв.", "Бид төмөр", "Эммануэль Макрон"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mn"))
    quote = next(q for q in a.quotes if q.text.startswith(start))
    assert quote.speaker == speaker


def test_a_whole_mongolian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "mn" and str(a.date) == "2026-11-18"
    assert a.places[0] == "Ulaanbaatar"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Монгол, Каза"] == "Хүрэлсүх"
    assert speakers["Бид тээвэр, "] == "Касым-Жомарт Токаев"  # "гэж Казахстаны Ерөнхийлөгч онцоллоо": the role alone
    assert speakers["Алматы, Улаа"] == "Батцэцэг"  # "гэж сайд нэмж хэлэв"
    assert speakers["Казахстан бо"] == "Ганболд"  # "гэж тэрээр хэллээ"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(500e6, "USD", None), (30, "%", None), (160e6, "USD", None)} <= got
    assert 2023 not in {n.value for n in a.numbers}  # "2023 оны 10 дугаар сард" is a date
    assert not any(n.unit in ("тэрбум", "сая", "хувь", "мянга") for n in a.numbers)
    assert a.summary and not any("Хуваалцах" in s or "сэтгэгдэл" in s for s in map(str, a.summary))


def test_a_bare_head_s_office_is_the_home_country_s_holder() -> None:
    # Both are "Ерөнхий сайд": a Mongolian outlet names the foreign one by his country, its own by the office alone.
    text = ("Ерөнхий сайд Б.Батболд Токиод айлчиллаа\n\n2026.05.12\n\n"
            "Монгол Улсын Ерөнхий сайд Б.Батболд Токио хотноо Японы Ерөнхий сайд Сато Хирошитой хэлэлцээ хийлээ.\n\n"
            "Сато Хироши хөрөнгө оруулалтыг нэмэгдүүлэхэд бэлэн байгааг илэрхийлэв. «Бид ирэх жил хоёр үйлдвэр "
            "барихад бэлэн байна» гэж тэрээр хэлсэн байна.\n\n"
            "Хэвлэлийн бага хурал дээр Ерөнхий сайд зэсийн экспортын талаар дахин ярьсан. «Өнгөрсөн онд бид Япон руу "
            "их хэмжээний зэс экспортолсон» гэж Ерөнхий сайд хэлэв.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mn"))
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["Сато Хироши", "Батболд"]


def test_an_office_named_with_its_country_stays_that_country_s_holder() -> None:
    # "…, – хэмээн Сингапурын Ерөнхийлөгч нэмж хэлээд, – …": the guest president, named by his country, not the home one.
    text = ("Сингапурын Ерөнхийлөгч айлчиллаа\n\n2026.05.12\n\n"
            "Монгол Улсын Ерөнхийлөгч Б.Батболд Бүгд Найрамдах Сингапур Улсын Ерөнхийлөгч Тан Вэй Минийг угтан авлаа.\n\n"
            "Ерөнхийлөгч Тан Вэй Мин талархал илэрхийлэв.\n\n"
            "«Манай хоёр улс хол зайтай ч, – хэмээн Сингапурын Ерөнхийлөгч нэмж хэлээд, – бие биедээ ойр».\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="mn"))
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["Тан Вэй Мин"]
