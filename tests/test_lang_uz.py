"""Uzbek: language detection, the word lists in digest/data/uz, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest
from lines import line_blocks

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import K_NAME, LANGS, lexicon, people_mentioned, same_word

NEWS = ("Prezident Rustam Nazarov seshanba kuni Toshkentda Qozogʻiston Bosh vazirini qabul qildi. Uning soʻzlariga "
        "koʻra, oʻtgan yili ikki mamlakat oʻrtasidagi savdo hajmi qariyb 500 million dollarni tashkil etdi va bu yil "
        "15 foizga oshadi. Tomonlar energetika va transport sohalarida hamkorlikni davom ettirishga kelishib oldi.")
ARTICLE = Path(__file__).parent / "data" / "uz_tashrif.txt"


def test_uzbek_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "uz" and detect(ARTICLE.read_text("utf-8")) == "uz"
    # Short texts, with the okina as ʻ, as ' and with none.
    assert detect("Belarus Bosh vaziri Toshkentga keldi, ikki davlat oʻrtasida savdo hajmi oshdi") == "uz"
    assert detect("Prezident Toshkentda Rossiya bosh vaziri bilan uchrashdi va muzokaralar o'tkazdi.") == "uz"
    assert detect("Savdo hajmi 1,2 milliard dollarni tashkil etdi, dedi vazir.") == "uz"
    assert supported("uz") and "uz" in LANGS and word_lists("uz") == "uz"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Predsjednik Vlade rekao je da je u Zagrebu bilo dobro i da će se suradnja nastaviti.", "hr"),
        ("Prezident İlham Əliyev Bakıda Rusiya Baş nazirini qəbul edib və danışıqlar aparıb.", "az"),
        ("Cumhurbaşkanı Erdoğan, Ankara'da Özbekistan Başbakanı ile görüştü ve bir açıklama yaptı.", "tr"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("savdo hajmi 1,2 milliard dollarni tashkil etdi", 1.2e9, "USD"),
        ("ikki milliard dollarga yetkazamiz", 2e9, "USD"),
        ("750 million dollarga baholanmoqda", 750e6, "USD"),
        ("byudjetdan 300 milliard soʻm ajratildi", 300e9, "UZS"),
        ("loyiha 40 million yevroga baholandi", 40e6, "EUR"),
        ("savdo 12 foizga oʻsdi", 12, "%"),
        ("masofa 3 300 kilometr", 3300, "km"),
        ("14 ta hujjat imzolandi", 14, "hujjat"),
        ("quvvati 800 megavatt", 800, "MW"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "uz") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("qariyb 1,1 milliard dollar", "about"), ("taxminan 55 million dollar", "about"),
     ("500 million dollardan ortiq", "more than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "uz")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Toshkent, 14-aprel 2026-yil", (2026, 4, 14)), ("seshanba, 22-sentyabr kuni", (None, 9, 22)),
     ("uchrashuv oktyabrda boʻladi", (None, 10, None)), ("2026-yil 3-iyun", (2026, 6, 3)),
     # The official Latin spelling drops the y of the Russian loan (oktabr, sentabr) that oktyabr keeps.
     ("9-oktabr, juma kuni", (None, 10, 9)), ("sentabrda boʻladi", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "uz", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Vazir seshanba kuni Toshkentga keldi."
    assert [m.weekday for m in dates.find(text, "uz", [(0, len(text))])] == [2]


def test_stop_words() -> None:
    assert {"va", "bilan", "uchun", "bu", "ham", "esa"} <= stop_words("uz")


def test_lexicon_reads_the_uzbek_lists() -> None:
    lex = lexicon("uz")
    for verb in ("dedi", "aytdi", "taʼkidladi", "ta'kidladi", "ta’kidladi", "bildirdi", "qayd", "deya", "fikricha"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("vazir") and lex.is_role("vaziri") and lex.is_role("prezidenti") and lex.is_role("siyosatshunos")


@pytest.mark.parametrize("form", ["Toshkentda", "Toshkentga", "Oʻzbekiston", "Oʻzbekistonning", "Moskvaga",
                                  "Rossiya", "Qozogʻistonda", "Samarqandga", "Minskdan"])
def test_uzbek_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize("form", ["Ulan-Batorda", "Ulan-Batordan", "Moʻgʻulistonga", "Mo‘g‘ulistonda", "Moʻgʻuliston",
                                  # Uzbek hyphenates a capital of two words and glues its case to it.
                                  "Kuala-Lumpurga", "Kuala-Lumpurdan"])
def test_uzbek_forms_of_mongolia_and_its_capital(form: str) -> None:
    assert places.lookup(form) is not None


def test_a_place_in_the_ablative_after_a_name_is_no_part_of_it() -> None:
    # "Moʻgʻulistonda" (in Mongolia) and "Ulan-Batordan" (from Ulaanbaatar) after "Ahmad Karimi" are
    # places, no surnames.
    text = ("Bosh vazir Ahmad Karimi Moʻgʻulistonda boʻldi. „Hamkorlik kuchaymoqda”, dedi Karimi.\n"
            "Ahmad Karimi Ulan-Batordan soʻng Pekinga yoʻl oldi.")
    assert people_mentioned(text, line_blocks(text), "uz") == ("Ahmad Karimi",)


def test_a_hyphened_place_in_the_locative_and_its_country_are_no_name() -> None:
    # "Kuala-Lumpurda" (in Kuala Lumpur; the gazetteer spells it spaced) is a place's case form, no name's
    # word; "Malayziya" is the country's Uzbek (and Azerbaijani) spelling.
    assert not lexicon("uz").kind("Kuala-Lumpurda") & K_NAME
    assert places.lookup("Malayziya") is not None


def test_case_forms_of_a_surname_are_one_name() -> None:
    assert same_word("Olimovning", "Olimov") and same_word("Ergashevga", "Ergashev")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quote: a comma, a dash, the verb and the name.
        ("Vazir Sardor Karimov Toshkentda elchi bilan uchrashdi.\n\n“Biz hamkorlikka tayyormiz”, — dedi Karimov.",
         "Biz", "Sardor Karimov"),
        # deya and the verb before the role noun; the okina typed as ‘ keeps the name whole.
        ("Tashqi ishlar vaziri Sardor Yo‘ldoshev Minskka bordi.\n\n“Muzokaralar samarali o‘tdi” deya ta’kidladi vazir.",
         "Muzokaralar", "Sardor Yoʻldoshev"),
        # A genitive name before "soʻzlariga koʻra", then the bare surname after the quote.
        ("Energetika vaziri Farrux Olimovning so‘zlariga ko‘ra, stansiya quriladi.\n\n"
         "“Loyiha ikki yilda tugaydi”, — dedi Olimov.", "Loyiha", "Farrux Olimov"),
        # "Bosh" of "Bosh vazir oʻrinbosari" is no person: the role stands for the deputy named before.
        ("Bosh vazir oʻrinbosari Jahongir Rasulov muzokaralar oʻtkazdi.\n\n“Savdo oʻsmoqda”, — dedi Bosh vazir "
         "oʻrinbosari.", "Savdo", "Jahongir Rasulov"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="uz"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_uzbek_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "uz" and str(a.date) == "2026-04-14" and a.places[0] == "Tashkent"
    assert "Bosh" not in a.people and "Farrux Olimov" in a.people and "Olimov" not in a.people
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Biz 2030-yil"] == "Rustam Nazarov"
    assert speakers["Qozog‘iston "] == "Nurlan Sadyqov"
    assert speakers["Loyiha qiyma"] == "Farrux Olimov"
    assert speakers["Yuk tashish "] == "Sardor Yoʻldoshev"
    assert speakers["Hujjatlar ko"] == "Malika Tursunova"
    got = {(n.value, n.unit, n.speaker) for n in a.numbers}
    assert {(10e9, "USD", "Rustam Nazarov"), (1.1e9, "USD", "Farrux Olimov"), (800, "MW", "Farrux Olimov"),
            (22, "hujjat", None), (4.5e9, "USD", None)} <= got


@pytest.mark.parametrize(("text", "qualifier"), [("Eksport 12 foizga oshdi.", None),
                                                 ("Eksport 2 mlrd dollardan oshdi.", "more than")])
def test_rose_by_a_figure_in_the_dative_is_no_bound(text: str, qualifier: str | None) -> None:
    # "oshdi" is both rose and exceeded: after the dative ("-ga", by) it is the change's verb, after the
    # ablative ("-dan", than) a bound.
    assert [f.qualifier for f in scan(text, "uz") if f.kind != "date"] == [qualifier]


def test_an_office_after_its_institution_is_the_speaker_not_a_name() -> None:
    # "dedi Senat raisi" (said the Senate's chair): Senat is the office's field, raisi the one who speaks.
    from lines import quotes_of

    text = ("Toshkentda Senat raisi Dilnoza Qodirova delegatsiya bilan muzokaralar o‘tkazdi.\n"
            "“Hamkorlik yangi bosqichga chiqdi”, — dedi Senat raisi.\n")
    assert [q.speaker for q in quotes_of(text, "uz")] == ["Dilnoza Qodirova"]
