"""Serbian, in Cyrillic and Latin: language detection against Croatian and the Cyrillic neighbours, the word
lists in digest/data/sr, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon, one_person

ARTICLE = Path(__file__).parent / "data" / "sr_poseta.txt"
HR_ARTICLE = Path(__file__).parent / "data" / "hr_posjet.txt"

CYRILLIC = ("Председник Владе примио је у среду у Београду мађарског премијера. Према његовим речима, робна "
            "размена прошле године износила је око 2 милијарде евра, што је 5 одсто више него годину раније. "
            "Обојица су се сложили да је сарадња у енергетици важна и да ће се наставити и следеће године.")
LATIN = ("Predsednik Vlade primio je u sredu u Beogradu mađarskog premijera. Prema njegovim rečima, robna "
         "razmena prošle godine iznosila je oko 2 milijarde evra, što je 5 odsto više nego godinu ranije. "
         "Obojica su se složili da je saradnja u energetici važna i da će se nastaviti i sledeće godine.")
CROATIAN = ("Predsjednik Vlade u srijedu je u Zagrebu primio austrijskog kancelara. Prema njegovim riječima, robna "
            "razmjena lani je iznosila gotovo 4 milijarde eura, što je 5 posto više nego godinu ranije. Obojica su "
            "se složili da je suradnja u energetici važna za njihove zemlje i da će je nastaviti i sljedeće godine.")
RUSSIAN = ("Президент России провёл переговоры с премьер-министром Венгрии. По его словам, товарооборот в "
           "прошлом году составил около 2 миллиардов евро, что на 5 процентов больше, чем годом ранее.")
BULGARIAN = ("Президентът на България прие в сряда унгарския премиер. По думите му търговията между двете "
             "страни през миналата година е достигнала около 2 милиарда евро, с 5 на сто повече.")


def _latin(text: str) -> str:
    """Serbian Cyrillic in the Latin script, letter by letter (the outlets' own transliteration)."""
    table = dict(zip("абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
                     "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"))
    table.update({"љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"})
    return "".join(table.get(c, c) for c in text)


def test_serbian_is_detected_in_both_scripts_and_read_with_its_own_lists() -> None:
    assert detect(CYRILLIC) == "sr" and detect(LATIN) == "sr"
    assert detect(ARTICLE.read_text("utf-8")) == "sr" and detect(_latin(ARTICLE.read_text("utf-8"))) == "sr"
    assert supported("sr") and "sr" in LANGS and word_lists("sr") == "sr"


def test_the_neighbours_stay_themselves() -> None:
    # Croatian shares Serbian Latin's function words: its ijekavian and Croatian words keep it Croatian.
    assert detect(CROATIAN) == "hr" and detect(HR_ARTICLE.read_text("utf-8")) == "hr"
    assert detect(RUSSIAN) == "ru" and detect(BULGARIAN) == "bg"
    # A short Latin sentence with no Serbian or Croatian word is Croatian's, as before.
    assert detect("Premijer je primio gosta i razgovarali su o energetici.") == "hr"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("размена је достигла 4,7 милијарди евра", 4.7e9, "EUR"),
        ("razmena je dostigla 4,7 milijardi evra", 4.7e9, "EUR"),
        ("компаније су уложиле 3,5 милијарди евра", 3.5e9, "EUR"),
        ("желе да подигну размену на шест милијарди евра", 6e9, "EUR"),
        ("кредит од 250 милиона долара", 250e6, "USD"),
        ("фирме запошљавају 40.000 људи", 40_000, None),
        ("тржиште од 620 хиљада становника", 620_000, None),
        ("са 9,3 одсто укупне размене", 9.3, "%"),
        ("раст од 2,5 процената", 2.5, "%"),
        ("90 километара северно од Београда", 90, "km"),
        ("буџет од 300 милиона динара", 300e6, "RSD"),
        ("budžet od 300 miliona dinara", 300e6, "RSD"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sr") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("милијарди", "милиона", "хиљада", "одсто", "milijardi", "miliona")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("око 4,7 милијарди евра", "about"), ("скоро 80 одсто", "almost"), ("више од 40.000 људи", "more than"),
     ("готово 2 милиона евра", "almost"), ("oko 100 kilometara", "about")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "sr")[0].qualifier == qualifier


@pytest.mark.parametrize(("text", "value"), [("потписали су пет споразума", 5), ("двадесет година", 20),
                                             ("три нова гранична прелаза", 3), ("dve nove fabrike", 2)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "sr") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("уторак, 17. март 2026. 21:05", (2026, 3, 17)), ("Београд, 3. априла 2026.", (2026, 4, 3)),
     ("utorak, 17. mart 2026.", (2026, 3, 17)), ("од 1. јануара 2027.", (2027, 1, 1)),
     ("састанак у децембру", (None, 12, None)), ("izbori u novembru 2025.", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "sr", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Премијер је примио госта у четвртак поподне."
    assert [m.weekday for m in dates.find(text, "sr", [(0, len(text))])] == [4]


def test_lexicon_reads_the_serbian_lists() -> None:
    lex = lexicon("sr")
    for verb in ("рекао", "рекла", "изјавила", "истакао", "навео", "оценила", "поручио", "rekla", "ocenio",
                 "uzvratio", "узвратила", "потврдио", "pomenula", "поентирао"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("председник") and lex.is_role("премијерка") and lex.is_role("посланица")
    assert lex.is_role("predsednica") and lex.is_role("ministarka")


@pytest.mark.parametrize("form", ["Београду", "Србији", "Србија", "Италије", "Немачке", "Nemačkoj", "Бечу",
                                  "Будимпешти", "Загребу", "Новом Саду"])
def test_serbian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The comma after the closing mark, the verb and its auxiliary before the name.
        ("Премијер Андреј Павловић примио је госта.\n\n„Граница нас спаја“, рекао је Павловић.", "Граница",
         "Андреј Павловић"),
        # A woman's verb and surname; a name opening with Ј.
        ("Министарка Јована Лукић говорила је о енергетици.\n\n„Гас стиже на време“, истакла је Лукић.",
         "Гас", "Јована Лукић"),
        ("Ministarka Jovana Lukić govorila je o energetici.\n\n„Gas stiže na vreme“, istakla je Lukić.",
         "Gas", "Jovana Lukić"),
        # An outlet after "за" is spoken to, not speaking.
        ("Аналитичар Горан Матић сматра да је простор већи. „Размена би могла бити двоструко већа“, рекао је "
         "Матић за „Политику“.", "Размена", "Горан Матић"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sr"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_cyrillic_name_is_its_latin_form() -> None:
    assert one_person("Александар Вучић", "Aleksandar Vučić") and one_person("Александар Вучић", "Aleksandar Vucic")
    assert one_person("Марко Ђурић", "Marko Đurić") and one_person("Јелена Стојиљковић", "Jelena Stojiljković")
    assert one_person("Владимир Путин", "Vladimir Putin") and not one_person("Марко Ђурић", "Marko Petrović")


@pytest.mark.parametrize("convert", [str, _latin], ids=["cyrillic", "latin"])
def test_a_whole_serbian_article(convert) -> None:
    a = analyse(convert(ARTICLE.read_text("utf-8")), Settings(SummarySettings(), Limits()))
    assert a.lang == "sr" and str(a.date) == "2026-05-14"
    speakers = {_latin(q.text[:12]): q.speaker and _latin(q.speaker) for q in a.quotes}
    assert speakers["Grčka je za "] == "Ana Marković"
    assert speakers["Došli smo sa"] == "Nikolaos Papas"
    assert speakers["Ovo je najva"] == "Petar Jovanović"
    assert speakers["Razmena rast"] == "Milena Stojanović"
    assert speakers["Razmena bi m"] == "Zoran Petrović"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.2e9, "EUR", "about"), (45e6, "EUR", None), (6e9, "RSD", None), (3, convert("прелаза"), None)} <= got
    assert any(n.value == 8000 and n.qualifier == "more than" for n in a.numbers)
    assert any(n.value == 1e6 and n.qualifier == "almost" for n in a.numbers)
    figures = {n.value: n.speaker and _latin(n.speaker) for n in a.numbers}
    assert figures[45e6] == "Petar Jovanović" and figures[6e9] == "Zoran Petrović"
    assert not any(n.unit in ("милијарде", "милиона", "milijarde", "miliona", "одсто") for n in a.numbers)
    assert a.summary and not any("Повезане" in s or "Povezane" in s or "Пратите" in s for s in map(str, a.summary))


def test_a_declined_a_stem_surname_is_shown_in_the_nominative() -> None:
    from collections import Counter

    from digest.speakers import nominative
    # A man's given name in a case tells no nominative (Серђа: Серђо): the surname the text writes alone.
    assert nominative("Серђа Матарелу", Counter({"Серђа Матарелу": 1, "Матарела": 3})) == "Матарела"
    # A woman's given name in the same accusative comes back with it.
    assert nominative("Марију Захарову", Counter({"Марију Захарову": 1, "Захарова": 2})) == "Марија Захарова"


def test_a_country_closing_a_seat_s_name_is_no_possessor_of_the_role_after_it() -> None:
    text = ("Председник Србије Петар Илић примио је данас у Палати Србија председника Аустрије Ханса Бауера.\n\n"
            "Бауер је поручио да Аустрија подржава проширење.\n\n„Врата су отворена“, рекао је аустријски председник.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sr"))
    assert a.quotes[0].speaker == "Ханс Бауер"


def test_trade_and_investment_are_two_measures() -> None:
    text = ("Према његовим речима, размена је достигла око 4,7 милијарди евра, а италијанске компаније су у "
            "Србију уложиле 3,5 милијарди евра.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sr"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[4.7e9] == "размена" and "размена" not in labels[3.5e9]
