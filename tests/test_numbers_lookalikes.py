"""Look-alike figures kept apart from conflicts (options, capacities, a country's share) and number forms."""

from __future__ import annotations

import pytest

from tests.figures import conflict_values, conflicting_articles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The firm order and the ceiling reached with the option are two figures.
        ("The yard will build five tankers for the navy, with an option for two more.\n\n"
         "\"If the navy takes up the option, it will have up to seven tankers,\" the director said.", "en"),
        # A pipeline's capacity is not this year's flow through it.
        ("Газопровод рассчитан на проектную мощность в 20 млрд кубометров в год.\n\n"
         "В этом году по нему поставят около 22 млрд кубометров газа, сообщил министр.", "ru"),
        # A country's share of the total its sentence gives first.
        ("\"The total cost comes to 4 billion euros, and Portugal will pay a little more than 1.5 billion euros,\" the minister said.", "en"),
    ],
)
def test_look_alikes_are_no_conflict(text: str, lang: str) -> None:
    assert conflict_values(text, lang) == []


def test_options_and_capacities_still_conflict_among_their_own() -> None:
    # Two reports of one capacity in two articles still disagree.
    texts = {
        "a": ("en", "The new pipeline has a capacity of 20 billion cubic metres a year, the minister said."),
        "b": ("en", "The pipeline's capacity is 30 billion cubic metres a year, the company said."),
    }
    assert conflicting_articles(texts) == [["a", "b"]]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A scale word hyphened to the digits is the figure's scale.
        ("The contract is worth about C$12-billion, the minister said.", "en", [(12e9, "CAD")]),
        # A whole and a half in one Dutch word.
        ("De bouw wordt op drieënhalf miljard euro geschat.", "nl", [(3.5e9, "EUR")]),
        # The bare amount of a sentence restating its currency.
        ("De kosten worden in Parijs op 2 miljard euro geschat, in Rome op 2,6 miljard.", "nl", [(2e9, "EUR"), (2.6e9, "EUR")]),
        # A paragraph's sum carries past a count between it and a bare amount.
        ("La commessa vale circa 2 miliardi di euro per le prime tre navi. \"Con l'opzione arriveremo a cinque navi e a oltre tre miliardi\", ha detto.",
         "it", [(2e9, "EUR"), (3.0, "navi"), (5.0, "navi"), (3e9, "EUR")]),
        # The everyday Russian cubic metre is m³, and a later bare restatement of that very volume too.
        ("Россия поставит около 21 млрд кубометров газа.\n\nДепутат возразил: \"Никаких 21 миллиарда в этом году не будет\".",
         "ru", [(21e9, "m³"), (21e9, "m³")]),
        # A day, "of" and its month are a date, not an ordinal.
        ("The ministers met in Rome on Friday, the 13th of March 2026.", "en", []),
    ],
)
def test_number_forms(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    from tests.figures import found

    assert [(n.value, n.unit) for n in found(text, lang)] == expected


def test_lead_date_with_weekday_dates_the_article() -> None:
    from digest.dates import publication
    from digest.model import TEXT, Block

    title = "Wasserstoff: Frankreich und Italien treiben Leitung voran"
    lead = ("Rom. Frankreich und Italien wollen den Bau der neuen Wasserstoffleitung zwischen beiden Ländern beschleunigen. "
            "Das vereinbarten die beiden Ministerinnen am Freitag, dem 13. März 2026, in Rom.")
    text = f"{title}\n\n{lead}"
    blocks = [Block(0, len(title), "title"), Block(len(title) + 2, len(text), TEXT)]
    assert publication(text, blocks, "de") == "2026-03-13"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A scale word after a rate's "per" word is the unit of a price, no amount.
        ("Le gaz coûtera 12 dollars par million de BTU, selon le ministre.", "fr", [(12.0, "USD")]),
        ("Gas will cost 12 dollars per million BTU, the minister said.", "en", [(12.0, "USD")]),
        # Maltese: the short cardinal before a plural noun counts it; with the article it ranks.
        ("Il-kuntratt se jdum għaxar snin, qal il-ministru.", "mt", [(10.0, "years")]),
        # Turkmen: an ordinal year before a year word's case form is a year, no figure of its own.
        ("Söwda 40 million dollara ýetdi, bu 2023-nji ýyldakydan 12 göterim köpdür.", "tk", [(40e6, "USD"), (12.0, "%")]),
    ],
)
def test_units_years_and_ranks(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    from tests.figures import found

    assert [(n.value, n.unit) for n in found(text, lang)] == expected


def test_vague_lakhs_of_crores_is_no_figure() -> None:
    from digest import data
    from digest.numbers import scan

    # mr "lakhs of crores of agreements": a vague multiple of a scale, no count (read as the pipeline
    # reads Devanagari, its vowel signs as letters); "hundreds of millions of people" still counts.
    text = data.marks_as_letters("गेल्या वर्षी असेच लाखो कोटींचे करार झाले होते.")
    assert [f.value for f in scan(text, "mr") if f.kind == "count"] == []
    assert [f.value for f in scan("hundreds of millions of people", "en")] == [1e8]
