"""Key numbers of a fact box's bulleted items, names numbered in a series, ordinal fractions and verbs governing a qualifier."""

from __future__ import annotations

import pytest
from figures import found

from digest.cleaning import clean
from digest.config import Limits, SummarySettings
from digest.model import HEADING, TEXT
from digest.pipeline import Settings, analyse

FACT_BOX = """Cable talks in Tallinn

5 November 2026

Finland's climate minister Kai Mykkänen visited Tallinn on Thursday to discuss a third power cable with his hosts.

Key figures:
• Estlink 1 and 2 together: 1,016 MW
• Balticconnector: 7.2 million m³ of gas per day
- Finland–Estonia trade 2025: 5.1 billion euros

Ministers from both countries will meet again in Helsinki in the spring to review progress on the projects.
"""


def _surfaces(text: str, lang: str = "en") -> list[str]:
    return [n.surface for n in found(text, lang)]


def test_a_bulleted_item_with_a_figure_is_running_text_and_one_without_stays_a_subheading() -> None:
    page = FACT_BOX.replace("Key figures:", "Key figures:\n• Talks in two rounds") + "\nRead more\n"
    kinds = {page[b.start : b.end]: (b.kind, b.reason) for b in clean(page).blocks}
    assert kinds["• Balticconnector: 7.2 million m³ of gas per day"] == (TEXT, "list item")
    assert kinds["- Finland–Estonia trade 2025: 5.1 billion euros"] == (TEXT, "list item")
    assert kinds["• Talks in two rounds"][0] == HEADING


def test_a_fact_box_gives_its_figures_and_no_summary_line() -> None:
    a = analyse(FACT_BOX, Settings(SummarySettings(), Limits()))
    surfaces = [n.surface for n in a.numbers]
    assert "1,016 MW" in surfaces and "7.2 million m³" in surfaces and "5.1 billion euros" in surfaces
    # The series' numbers are no figures, and "a third power cable" is a rank, not a share.
    assert not any(s.startswith(("1 ", "2 ")) for s in surfaces)
    assert not any(n.unit == "%" for n in a.numbers)
    summary = [FACT_BOX[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert summary and not any(s.startswith("•") for s in summary)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name the text numbers more than once is a series' name, also opening a sentence.
        ("en", "Estlink 1 was built in 2006. Estlink 2 breaking in December taught us a lesson.", []),
        ("fi", "Estlink 1 valmistui 2006. Estlink 2 opetti meille paljon.", []),
        # Numbered once at a sentence's start, it may be a count: it stays.
        ("en", "Officials met twice. Seven ministers attended the talks.", ["Seven ministers"]),
        # A range opens with its own word, a name does not.
        ("ro", "Între 30 și 40 la sută dintre migranți au fost opriți.", ["Între 30 și 40 la sută"]),
    ],
)
def test_a_series_name_opening_a_sentence_keeps_its_number(lang: str, text: str, expected: list[str]) -> None:
    assert [s for s in _surfaces(text, lang) if not s.isdigit() or len(s) != 4] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The ministers discussed a third power cable.", [("third power cable", "ordinal")]),
        ("it", "Il presidente ha ottenuto un terzo mandato.", [("terzo mandato", "ordinal")]),
        ("en", "Exports fell by a third.", [("a third", "%")]),
        ("en", "A third of the companies left the market.", [("A third", "%")]),
        # Where the share's word is no ordinal, any word may follow it.
        ("de", "Nur etwa ein Drittel davon sei gedeckt worden.", [("etwa ein Drittel", "%")]),
        ("fr", "Le coût est estimé à 2,8 milliards d'euros, dont environ un tiers financé par Bruxelles.",
         [("2,8 milliards d'euros", "EUR"), ("environ un tiers", "%")]),
    ],
)
def test_a_fraction_that_is_an_ordinal_before_its_noun_ranks_it(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(n.surface, n.unit) for n in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("da", "Ifølge ministeren skal fonden i første omgang råde over 30 milliarder svenske kroner.", None),
        ("da", "Fonden kan på sigt få over 50 milliarder svenske kroner.", "more than"),
        ("sv", "Fonden ska förfoga över 30 miljarder kronor.", None),
        ("no", "Fondet skal rå over 30 milliarder kroner.", None),
    ],
)
def test_a_verb_governing_over_says_no_more_than(lang: str, text: str, qualifier: str | None) -> None:
    (n,) = found(text, lang)
    assert (n.value, n.qualifier) == (3e10 if "30" in text else 5e10, qualifier)


def test_the_spoken_cubic_metre_is_a_unit() -> None:
    (n,) = found("Česko by mělo letos odebrat kolem 7,5 miliardy kubíků plynu.", "cs")
    assert (n.value, n.unit, n.qualifier) == (7.5e9, "m³", "about")


HEADLINE = """Region wants US LNG to cover 40 percent of its needs

5 November 2026

Ministers of the region met in Warsaw on Tuesday to discuss gas supplies, pipelines and prices for the winter.

The new terminal will handle 6.1 billion cubic metres a year, the operator said after the meeting.
"""


def test_a_headline_figure_the_body_does_not_give_is_a_key_number() -> None:
    a = analyse(HEADLINE, Settings(SummarySettings(), Limits()))
    assert [(n.value, n.unit) for n in a.numbers] == [(40.0, "%"), (6.1e9, "m³")]
    assert a.numbers[0].sentence == "Region wants US LNG to cover 40 percent of its needs"


def test_a_headline_rounding_the_body_s_figure_adds_none() -> None:
    text = HEADLINE.replace("40 percent of its needs", "6 billion cubic metres of gas")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert [(n.value, n.unit) for n in a.numbers] == [(6.1e9, "m³")]


def test_two_members_of_a_series_are_two_measures() -> None:
    from figures import conflict_values

    box = "Key figures of the links.\n\n• Estlink 1 and 2 together: 1,016 MW\n\n• Estlink 2: 650 MW"
    assert conflict_values(box, "en") == []
    # The same member given twice is one measure that may conflict.
    twice = "Key figures of the links.\n\n• Estlink 2: 650 MW\n\n• Estlink 2: 850 MW"
    assert conflict_values(twice, "en") == [(650.0, 850.0)]
