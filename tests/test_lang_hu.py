"""Hungarian: language detection, the word lists in digest/data/hu, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest
from lines import quotes_of, speaker_of

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Kétoldalú tárgyalást folytatott kedden Budapesten a magyar miniszterelnök és a lengyel államfő. "
        "A megbeszélés után a két politikus közös sajtótájékoztatón jelentette be, hogy jövő év végéig "
        "elkészül a két országot összekötő gázvezeték. A kormányfő szerint a kereskedelmi forgalom tavaly "
        "elérte a 13 milliárd eurót, ami rekord.")
ARTICLE = Path(__file__).parent / "data" / "hu_latogatas.txt"


def test_hungarian_is_detected_and_supported() -> None:
    assert detect(NEWS) == "hu" and detect(ARTICLE.read_text("utf-8")) == "hu"
    assert supported("hu") and "hu" in LANGS


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a forgalom tavaly elérte az 5,1 milliárd eurót", 5.1e9, "EUR"),
        ("a beruházás értéke közel 2 milliárd euró", 2e9, "EUR"),
        ("120 milliárd forintos hitelkeret", 120e9, "HUF"),
        ("a projekt 300 millió Ft-ba kerül", 300e6, "HUF"),
        ("800 millió forinttal támogatja", 800e6, "HUF"),
        ("a nagyjából 180 kilométeres olajvezeték", 180, "km"),
        ("évi 4 millió tonna kőolajat szállíthat", 4e6, "t"),
        ("a befektetések 12 százalékkal nőttek", 12, "%"),
        ("egy 6 milliárd köbméteres vezeték", 6e9, "m³"),
        ("a vállalat 12 500 dolgozót foglalkoztat", 12500, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "hu") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "öt" is five only: the pronoun is "őt"; the counted noun follows an -i adjective.
        ("a jövő évben további öt vasúti híd épül", 5, "híd"),
        ("a megyében 12 közúti átkelő van", 12, "átkelő"),
        # An accusative number word is read too; a year with "-vel" is a duration.
        ("a hat szerződésből négyet már aláírtak", 4, None),
        ("a cég öt évvel ezelőtt alakult", 5, "years"),
    ],
)
def test_counts_with_case_endings_and_adjectives(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "hu") if f.value == value]
    assert [f.unit for f in figs] == [unit]


def test_thousands_in_an_adjective() -> None:
    # "180 ezres közösség": ezer glued to the adjective ending is a scale, not a bare 180.
    figs = scan("a vajdasági magyarság mintegy 180 ezres közössége", "hu")
    assert figs[0].value == pytest.approx(180_000) and figs[0].qualifier == "about"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("mintegy 180 kilométer", "about"), ("közel 2 milliárd euró", "almost"), ("csaknem 40 millió euró", "almost"),
     ("több mint 6 milliárd euró", "more than"), ("nagyjából 7 milliárd euró", "about")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "hu")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2026. április 14., kedd 17:32", (2026, 4, 14)), ("Budapest, 2026. november 20.", (2026, 11, 20)),
     ("november 20-án tárgyaltak", (None, 11, 20)), ("januárban kezdődik", (None, 1, None))],
)
def test_dates_year_month_day(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    # Hungarian writes the year first: "2026. április 14." is one date, with its year.
    found = [m for m in dates.find(text, "hu", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday_with_its_case_ending() -> None:
    text = "A tárgyalást csütörtökön tartották."
    assert [m.weekday for m in dates.find(text, "hu", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "A kormány ún. stratégiai partnerséget köt, kb. tíz évre. A tárgyalás egy óráig tartott."
    assert len(split(text, "hu", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"és", "a", "az", "egy", "hogy", "szerint"} <= stop_words("hu")


def test_lexicon_reads_the_hungarian_lists() -> None:
    lex = lexicon("hu")
    assert lex.is_speech_verb("mondta") and lex.is_speech_verb("fogalmazott") and lex.is_speech_verb("hangsúlyozta")
    assert lex.is_role("miniszterelnök") and lex.is_role("külügyminiszter") and lex.is_role("elemzője")


@pytest.mark.parametrize("form", ["Budapesten", "Belgrádban", "Szerbiával", "Magyarországon", "Varsóba"])
def test_place_forms_with_case_endings(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Kedden tárgyalt Budapesten Tomasz Nowak lengyel államfő.\n\n"
         "– A barátságunk régi – mondta Tomasz Nowak.", "A barátságunk", "Tomasz Nowak"),
        ("Kedden tárgyalt Budapesten Tomasz Nowak lengyel államfő.\n\n"
         "„Soha nem volt ilyen jó a viszony” – fogalmazott Nowak.", "Soha", "Tomasz Nowak"),
    ],
)
def test_dash_and_quote_cues_after_the_quotation(text: str, start: str, speaker: str) -> None:
    # "– … – mondta X": Hungarian dialogue dashes, the speech verb then the speaker after the quotation.
    assert speaker_of(quotes_of(text, "hu"), start) == speaker


def test_a_whole_hungarian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "hu"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Lengyelorszá"] == "Varga Gábor"
    assert speakers["Soha nem dol"] == "Tomasz Nowak"
    assert speakers["Brüsszel éve"] == "Varga Gábor"
    assert speakers["A magyar kor"] == "Horváth Péter"
    assert speakers["Visegrádi Eg"] is None
    money = {(n.value, n.unit) for n in a.numbers}
    assert {(13.4e9, "EUR"), (1.5e9, "EUR"), (85e9, "HUF"), (12.0, "%")} <= money
    assert not any(n.unit in ("milliárd", "millió") for n in a.numbers)
    assert any(n.value == 15_000 for n in a.numbers)
    assert a.summary


def test_an_institution_before_its_employee_is_no_person() -> None:
    # "a Külügyi és Külgazdasági Intézet elemzője": the institute is where the analyst works.
    from digest.speakers import People

    text = ("Kedden Budapesten tárgyalt Tomasz Nowak. Horváth Péter, a Külügyi és Külgazdasági Intézet elemzője "
            "szerint a viszony fontos. – Jó partnert talált – mondta az elemző.")
    assert not any("Intézet" in p for p in People(text, [(0, len(text))], "hu").people())


def test_a_given_name_with_a_case_ending_is_named_in_the_nominative() -> None:
    # Family name first, the case ending on the given name: "Varga Gábornak" is Varga Gábor.
    text = ("Kedden Budapesten Varga Gábornak adott interjút Tomasz Nowak. – A barátságunk régi – mondta Nowak. "
            "– Ez igaz – mondta Varga.")
    assert speaker_of(quotes_of(text, "hu"), "Ez igaz") == "Varga Gábor"


@pytest.mark.parametrize(("cue", "speaker"), [
    # "in his statement": a document with a case ending is where the person wrote, no unnamed subject.
    ("– írta közleményében.", "Szabó Péter"),
    ("– írta nyilatkozatában.", "Szabó Péter"),
    # The statement as the subject speaks itself: nobody named.
    ("– olvasható a közleményben. A közlemény szerint „a határidő mindenkire vonatkozik, minden tagállamra”.", None),
])
def test_a_statement_with_a_case_ending_is_where_its_author_wrote(cue: str, speaker: str | None) -> None:
    a = analyse("Hírek\n\nSzabó Péter szerint a kormány hibázott. „Tíz éve beszélünk az északi gázról, és még egy "
                f"köbméter sem jött” {cue}\n", Settings(SummarySettings(), Limits()))
    assert a.quotes[-1].speaker == speaker


def test_name_before_a_company_compounded_role_and_colon_quote() -> None:
    """"X Y Transgaz-vezérigazgatóval": the role compounded with a company's name (capitalised for the name) is the
    role after the name, so the name is a person's; "Y a sajtónak azt mondta: „…”" is then Y's quotation."""
    text = ("Kovács Péter miniszter szerdán aláírta a megállapodást Mihai Popescu Romgaz-vezérigazgatóval.\n\n"
            "Nagy Éva szerint a kormány túloz. „Ez a szám hamis” – mondta Nagy Éva.\n\n"
            "Popescu a magyar sajtónak azt mondta: „A cég 2028-ig befejezi a munkát.”")
    assert speaker_of(quotes_of(text, "hu"), "A cég") == "Mihai Popescu"
