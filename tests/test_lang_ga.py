"""Irish: language detection, the word lists in digest/data/ga, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Chuir an Taoiseach fáilte roimh Uachtarán na hOstaire i mBaile Átha Cliath inné. De réir an Rialtais, "
        "tá an trádáil idir an dá thír ag fás go tapa agus beidh cruinniú eile acu san fhómhar. Dúirt sé go raibh "
        "na cainteanna an-tairbheach agus go mbeidh comhoibriú níos láidre ann sa todhchaí.")
ENGLISH = ("The Taoiseach welcomed the Austrian president to Dublin yesterday. According to the government, trade "
           "between the two countries is growing fast and they will meet again in the autumn.")
ARTICLE = Path(__file__).parent / "data" / "ga_cuairt.txt"


def test_irish_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ga" and detect(ARTICLE.read_text("utf-8")) == "ga"
    assert supported("ga") and "ga" in LANGS and word_lists("ga") == "ga"


def test_english_stays_english() -> None:
    # English writes Irish names and offices (Taoiseach, Ó Dónaill, Dáil) without becoming Irish.
    assert detect(ENGLISH) == "en"
    assert detect("Taoiseach Pádraig Ó Dónaill told the Dáil that the talks in Baile Átha Cliath went well.") == "en"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Cosnóidh an tionscadal €2.4 milliún ar fad", 2.4e6, "EUR"),
        ("ar fiú €3.5 billiún í", 3.5e9, "EUR"),
        ("cuirfidh an Rialtas 12 milliún euro ar fáil", 12e6, "EUR"),
        ("Bhí 1,500 duine bailithe ar an bhfód", 1500, None),
        ("tá dhá mhilliún duine ar fud an domhain", 2e6, None),
        ("méadú 40 faoin gcéad ar líon na gcuairteoirí", 40, "%"),
        ("atá 12 chiliméadar ón mbaile", 12, "km"),
        ("cúnamh 5 milliún punt", 5e6, "GBP"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "ga") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milliún", "mhilliún", "billiún", "faoin")


@pytest.mark.parametrize(("text", "value"), [("shínigh siad cúig chomhaontú", 5), ("le fiche bliain", 20),
                                             ("trí thionscadal nua", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "ga") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("breis is 4,000 teaghlach", "more than"), ("thart ar 300 duine", "about"), ("beagnach 80 faoin gcéad", "almost"),
     ("níos mó ná 2 mhilliún euro", "more than"), ("ar a laghad 50 duine", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "ga")[0].qualifier == qualifier


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("idir 5 agus 7 milliún euro", "ga") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(5e6, 7e6, "EUR")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("13 Meitheamh 2026", (2026, 6, 13)), ("Baile Átha Cliath, 4 Márta 2026", (2026, 3, 4)),
     ("ar an 1 Eanáir 2026", (2026, 1, 1)), ("i mí na Bealtaine 2025", (2025, 5, None)),
     ("21 Meán Fómhair 2025", (2025, 9, 21)), ("3 Deireadh Fómhair 2025", (2025, 10, 3)),
     ("toghchán i mí na Samhna 2025", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "ga", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Bhuail an tUachtarán leis an Taoiseach Dé Máirt."
    assert [m.weekday for m in dates.find(text, "ga", [(0, len(text))])] == [2]


def test_lexicon_reads_the_irish_lists() -> None:
    lex = lexicon("ga")
    for verb in ("arsa", "dúirt", "deir", "d'fhógair", "mhaígh"):
        assert lex.is_speech_verb(verb), verb
    for role in ("tuachtarán", "uachtarán", "taoiseach", "taire", "phrionsa", "saineolaí"):
        assert lex.is_role(role), role


@pytest.mark.parametrize("form", ["Éirinn", "hÉireann", "Baile Átha Cliath", "Mhonacó", "Fhionlainn", "Heilsincí",
                                  "Ghearmáin", "Fhrainc"])
def test_irish_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb-first cue after the quotation: "arsa" and a role standing for the person named before.
        ("Chuir an Taoiseach Pádraig Ó Dónaill fáilte roimh an Uachtarán inniu.\n\n“Tá an dá thír beag, ach tá guth "
         "láidir againn,” arsa an Taoiseach.", "Tá an dá", "Pádraig Ó Dónaill"),
        # "a dúirt" and the surname alone, with its Ní.
        ("Labhair an saineolaí Caitríona Ní Mhurchú ag an gcruinniú.\n\n“Is céim mhór í seo,” a dúirt Ní Mhurchú.",
         "Is céim", "Caitríona Ní Mhurchú"),
        # "ar sí" after a reported clause opened by "Dúirt", and the title "an tAire Stáit" before the name.
        ("Dúirt an tAire Stáit Máire Nic Giolla Phádraig go gcuirfidh an Rialtas airgead ar fáil. “Is infheistíocht "
         "í seo,” ar sí.", "Is infheis", "Máire Nic Giolla Phádraig"),
        # Mutated role "an tUachtarán" with the surname after it.
        ("Tháinig Uachtarán na Fionlainne, Mikko Virtanen, go Baile Átha Cliath. Dúirt an tUachtarán Virtanen go "
         "raibh sé sásta. “Thaitin gach rud liom,” a dúirt sé.", "Thaitin", "Mikko Virtanen"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ga"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_irish_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ga" and str(a.date) == "2026-03-04"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Tá an dá thí"] == "Pádraig Ó Dónaill"
    assert speakers["Chonaic mé c"] == "Mikko Virtanen"
    # "“A,” a dúirt sé. “B.”": the statement goes on after its cue, one quote in two parts.
    assert [q.text for q in a.quotes if q.text.startswith("Chonaic")][0].endswith("Tá a lán le foghlaim againn óna chéile.")
    assert speakers["Is infheistí"] == "Máire Nic Giolla Phádraig"
    assert speakers["Níl aon phle"] == "Colm Mac Suibhne"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(3.5e9, "EUR"), (12e6, "EUR"), (15, "%"), (2e6, "EUR")} <= got
    assert any(n.value == 2300 for n in a.numbers)
    assert not any(n.unit in ("milliún", "billiún", "faoin") for n in a.numbers)
    assert a.summary and not any("Léigh tuilleadh" in s or "Gach ceart" in s for s in map(str, a.summary))
