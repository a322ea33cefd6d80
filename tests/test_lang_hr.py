"""Croatian: language detection, the word lists in digest/data/hr, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.model import Article
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, People, lexicon

NEWS = ("Predsjednik Vlade u srijedu je u Zagrebu primio austrijskog kancelara. Prema njegovim riječima, robna "
        "razmjena lani je iznosila gotovo 4 milijarde eura, što je 5 posto više nego godinu ranije. Obojica su "
        "se složili da je suradnja u energetici važna za njihove zemlje i da će je nastaviti i sljedeće godine.")
ARTICLE = Path(__file__).parent / "data" / "hr_posjet.txt"


def test_croatian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "hr" and detect(ARTICLE.read_text("utf-8")) == "hr"
    assert supported("hr") and "hr" in LANGS and word_lists("hr") == "hr"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("razmjena je iznosila 412 milijuna eura", 412e6, "EUR"),
        ("osigurala je 26,5 milijuna eura", 26.5e6, "EUR"),
        ("ulaganja od 5,8 milijardi eura", 5.8e9, "EUR"),
        ("kredit od 2,4 mlrd. eura", 2.4e9, "EUR"),
        ("manjina broji 6.000 ljudi", 6000, None),
        ("tržište od 620 tisuća stanovnika", 620_000, None),
        ("razmjena je porasla 12 posto", 12, "%"),
        ("dionica duga 100 kilometara", 100, "km"),
        ("dug od 300 milijuna kuna", 300e6, "HRK"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "hr") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milijuna", "milijardi", "tisuća", "posto")


def test_half_an_hour() -> None:
    figs = [f for f in scan("čekanje skratimo na pola sata", "hr") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(0.5, "hours")]


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("vrijedan između 5 i 7 milijuna eura", "hr") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(5e6, 7e6, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("potpisali su pet sporazuma", 5), ("dvadeset godina", 20),
                                             ("tri nova granična prijelaza", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "hr") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("gotovo 80 posto", "almost"), ("oko 100 kilometara", "about"), ("približno 2 milijuna eura", "about"),
     ("više od 850 milijuna eura", "more than"), ("manje od 3 milijarde eura", "less than"),
     ("najmanje 3 milijarde eura", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "hr")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("12. studenoga 2025. 20:15", (2025, 11, 12)), ("Zagreb, 3. ožujka 2026.", (2026, 3, 3)),
     ("od 1. siječnja 2026.", (2026, 1, 1)), ("Beograd, 5. januara 2026.", (2026, 1, 5)),
     ("sastanak u lipnju", (None, 6, None)), ("izbori u studenome 2025.", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "hr", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Premijer je primio gosta u četvrtak poslijepodne."
    assert [m.weekday for m in dates.find(text, "hr", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Vlada je potpisala tzv. strateško partnerstvo, npr. u energetici. Sastanak je trajao sat vremena."
    assert len(split(text, "hr", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"i", "je", "da", "se", "su", "prema"} <= stop_words("hr")


def test_lexicon_reads_the_croatian_lists() -> None:
    lex = lexicon("hr")
    assert lex.is_speech_verb("rekao") and lex.is_speech_verb("istaknula") and lex.is_speech_verb("poručio")
    for verb in ("uzvratio", "potvrdila", "naveo", "dometnuo", "poentirala"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("premijer") and lex.is_role("premijerom") and lex.is_role("ministrica")


@pytest.mark.parametrize("form", ["Zagrebu", "Hrvatskoj", "Crnoj Gori", "Podgorici", "Beogradu", "Ljubljani",
                                  "Budimpešti", "Beču"])
def test_croatian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The comma after the closing mark, the verb and its auxiliary before the name.
        ("Premijer Andrej Horvat primio je gosta.\n\n„Granica nas spaja“, rekao je Horvat.", "Granica",
         "Andrej Horvat"),
        ("Ministrica Ana Kovač govorila je o energetici.\n\n\"Krško radi pouzdano\", istaknula je Kovač.",
         "Krško", "Ana Kovač"),
        # A dash quotation with its verb after it.
        ("U Zagrebu je boravio Tomaž Kranjc, slovenski premijer.\n\n– Naše prijateljstvo je staro – poručio je "
         "Kranjc.", "Naše", "Tomaž Kranjc"),
        # An outlet after "za" is spoken to, not speaking.
        ("Ekonomist Goran Matić smatra da je prostor veći. „Razmjena bi mogla biti dvostruko veća“, rekao je "
         "Matić za Jutarnji list.", "Razmjena", "Goran Matić"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hr"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_an_undated_header_is_read_and_placed() -> None:
    # A genitive month after the day dates the article; "u Zagrebu" places it.
    text = ("Premijer primio gosta\n\n12. studenoga 2025. 20:15\n\nPremijer Andrej Horvat u srijedu je u Zagrebu "
            "razgovarao s crnogorskim predsjednikom Jakovom Kovačem.\n\n„Suradnja je dobra“, rekao je Horvat.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hr"))
    assert str(a.date) == "2025-11-12" and a.places[0] == "Zagreb"


def test_a_whole_croatian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "hr" and str(a.date) == "2026-03-03"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Slovenija i "] == "Marko Babić"
    assert speakers["Došli smo s "] == "Tomaž Kranjc"
    assert speakers["Krško radi p"] == "Ivana Perić"
    assert speakers["Radimo na to"] == "Tomaž Kranjc"
    assert speakers["Razmjena je "] == "Goran Matić"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(5.8e9, None, "EUR"), (7, None, "%"), (1.2e9, None, "EUR"), (2e9, 3e9, "EUR"), (0.5, None, "hours")} <= got
    assert any(n.value == 14000 for n in a.numbers)
    assert not any(n.unit in ("milijardi", "milijarde", "posto", "tisuća") for n in a.numbers)
    assert a.summary and not any("Podijeli" in s or "Pročitajte" in s for s in map(str, a.summary))


def test_the_auxiliary_between_a_host_and_the_host_s_verb() -> None:
    # "Babić je primio Kranjca": the clitic "je" stands between the name and the verb; Babić hosts,
    # though his minister is quoted more often.
    text = ("Premijer ugostio slovenskog kolegu\n\n3. ožujka 2026.\n\nPremijer Marko Babić je primio u Zagrebu "
            "slovenskog premijera Tomaža Kranjca. „Granica nas spaja“, rekao je Babić. Ministrica Ivana Perić "
            "govorila je o energetici. „Krško radi pouzdano“, istaknula je Perić. „Ulagat ćemo zajedno“, "
            "poručila je Perić. Kranjc je zahvalio na gostoprimstvu. Perić i Kranjc razgovarali su o plinu.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hr"))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Kranjc visits Babić in Zagreb"


def test_bosnian_is_read_with_the_croatian_lists() -> None:
    text = ("Predsjedavajući Vijeća ministara Adnan Hodžić primio je u Sarajevu hrvatskog premijera. „Naše zemlje "
            "vežu ljudi i roba“, rekao je Hodžić. Razmjena je lani iznosila 2,1 milijardu eura.")
    assert word_lists("bs") == "hr"
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="bs"))
    assert a.quotes[0].speaker == "Adnan Hodžić"
    assert any(n.value == pytest.approx(2.1e9) and n.unit == "EUR" for n in a.numbers)


@pytest.mark.parametrize(("text", "name", "role"), [
    # A sentence's first word is capitalised: the role still opens the phrase, not the genitive plural
    # "ministara" (of ministers) before the name.
    ("Predsjednica Vijeća ministara Jelena Kovač primila je goste.", "Jelena Kovač",
     "predsjednica Vijeća ministara"),
    # "je dočekala" (has welcomed): the participle after the auxiliary is no adjective of the role.
    ("Goste je dočekala predsjednica Vijeća ministara Jelena Kovač.", "Jelena Kovač",
     "predsjednica Vijeća ministara"),
    # "Predstavnički dom" (the House of Representatives) is an institution: its adjective is no "predstavnik".
    ("Zastupnik Nove stranke u Predstavničkom domu Marko Babić kritizirao je plan.", "Marko Babić",
     "zastupnik Nove stranke u Predstavničkom domu"),
])
def test_the_role_phrase_of_a_holder_named_after_an_institution(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "hr").roles() == {name: role}


def test_institution_words_cut_no_given_name() -> None:
    # "Vlade" (of the government) and "komore" (of the chamber) are institutions, but Vladimir and
    # Komorowski are names: the Croatian lists hold whole forms there, no stems that would take them.
    text = "Predsjednik Vlade Vladimir Kos primio je goste.\nIl presidente Bronisław Komorowski a Zagabria."
    cut = text.index("\n")
    w = visits._words(text, places.scan(text, [(0, cut), (cut + 1, len(text))]))
    assert visits._name_runs(text, w) == ["Vladimir Kos", "Bronisław Komorowski"]


@pytest.mark.parametrize(("best", "expected"), [
    ("Jakova Milatovića", "Jakov Milatović"),
    ("Andrejem Plenkovićem", "Andrej Plenković"),
    ("Jakovom Milatovićem", "Jakov Milatović"),
    ("Jakovu Milatoviću", "Jakov Milatović"),
    ("Plenkoviću", "Plenković"),
    ("Aleksandra Vučića", "Aleksandar Vučić"),
    ("Александру Вучићу", "Александар Вучић"),
    ("Željka Komšića", "Željko Komšić"),
    ("Ivice Dačića", "Ivica Dačić"),
    ("Dominika Babića", "Dominik Babić"),
    ("Ivana Milatovića", "Ivan Milatović"),
    ("Hrvojem Babićem", "Hrvoje Babić"),
    ("Đorđa Babića", "Đorđe Babić"),
    # A woman's -ić surname does not decline: her name as written, even a given name like a man's genitive.
    ("Ana Brnabić", "Ana Brnabić"),
    ("Gordana Čomić", "Gordana Čomić"),
    ("Ivana Perić", "Ivana Perić"),
    # No three-letter stem to trust (Milo or Mila): left as written.
    ("Mila Đukanovića", "Mila Đukanovića"),
])
def test_a_mans_ic_surname_in_a_case_gives_the_nominative(best: str, expected: str) -> None:
    from collections import Counter

    from digest.speakers import nominative
    assert nominative(best, Counter({best: 1})) == expected


def test_a_genitive_full_name_named_once_is_shown_in_the_nominative() -> None:
    from digest.speakers import People
    text = ("Premijer Andrej Plenković primio je u Zagrebu crnogorskog predsjednika Jakova Milatovića. "
            "Razgovarali su o energetici.")
    assert "Jakov Milatović" in People(text, [(0, len(text))], "hr").people()


def test_an_instrumental_in_om_takes_the_nominative_of_the_lone_surname() -> None:
    from collections import Counter

    from digest.speakers import nominative
    assert nominative("Jakovom Radmanom", Counter({"Jakovom Radmanom": 1, "Radman": 1})) == "Jakov Radman"


def test_a_capitalised_preposition_opening_a_sentence_is_no_given_name() -> None:
    from digest.speakers import People
    text = ("Ministar vanjskih poslova Goran Radman stigao je u Split. Uz Radmana, u Splitu je bio i "
            "slovenski ministar Marko Zupan. »Suradnja je dobra«, rekao je Radman.")
    people = People(text, [(0, len(text))], "hr").people()
    assert "Goran Radman" in people and not any(name.startswith("Uz ") for name in people)


def test_an_institution_s_adjective_is_no_role_word() -> None:
    # "u Zastupničkom domu": the adjective shares the stem of "zastupnik" but names the house, no role.
    from digest.speakers import People
    text = "Zastupnik SDP-a u Zastupničkom domu Marko Horvat rekao je da proračun kasni."
    role = People(text, [(0, len(text))], "hr").roles().get("Marko Horvat", "")
    assert "Zastupničk" not in role
