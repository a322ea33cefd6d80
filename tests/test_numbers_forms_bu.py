"""Figure forms: volume symbols typed without superscripts, rates after a sign, designations and spans."""

from __future__ import annotations

import pytest

from tests.figures import found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "m3" is the cubic metre typed plainly: a volume, never the euros of the sentence before.
        ("Exports to Spain topped 9 billion euros, the agency said.\n\n"
         "The line can move 16 billion m3 a year but moved 11 billion m3 last winter.",
         "en", [(9e9, "EUR"), (16e9, "m³"), (11e9, "m³")]),
        ("Les ventes ont atteint 9 milliards d'euros.\n\nLe gazoduc peut livrer 16 milliards de m3 par an.",
         "fr", [(9e9, "EUR"), (16e9, "m³")]),
        ("The new flats measure 85 m2 on average.", "en", [(85.0, "m²")]),
        # A weak "a year" right after a sign is the figure's rate, no duration of one year.
        ("Output grows 4% a year, the ministry said.", "en", [(4.0, "%")]),
        # "for a year" still lasts a year.
        ("The ban will stay in force for a year, the minister said.", "en", [(1.0, "years")]),
    ],
)
def test_volume_symbols_and_rates(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert [(n.value, n.unit) for n in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A class or type designation is a name, no count: the count before it counts the noun after it.
        ("The navy ordered three Type 209 frigates worth 4 billion euros.", "en", [(3.0, "frigates"), (4e9, "EUR")]),
        ("Die Marine bestellte drei Fregatten der Klasse 125.", "de", [(3.0, "Fregatten")]),
        ("La marina ha ordinato navi classe 400 per 2 miliardi di euro.", "it", [(2e9, "EUR")]),
        # A span of years beside a sum is its time reference, as a lone year is.
        ("The fund will spend 6 billion dollars in 2027–2030, the bank said.", "en", [(6e9, "USD")]),
        ("Trade grew between 2019 and 2024, the bank said.", "en", [(2019.0, None)]),
    ],
)
def test_designations_and_year_spans(text: str, lang: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(n.value, n.unit) for n in found(text, lang)] == expected


@pytest.mark.parametrize(
    "text",
    ["Лондон виділить Києву 2,5 млрд фунтів на оборону, сказав міністр.",
     "Лондон виділить Києву 2,5 млрд фунтів стерлінгів на оборону, сказав міністр."],
)
def test_ukrainian_bare_pounds_are_sterling(text: str) -> None:
    assert [(n.value, n.unit) for n in found(text, "uk")] == [(2.5e9, "GBP")]


def test_italian_level_to_arrive_at_is_a_target() -> None:
    from tests.figures import conflicting_articles

    # "deve arrivare a" sets the aim: no other report of last year's value.
    aim = {"a": ("it", "«Il commercio tra i due Paesi deve arrivare a 2 miliardi di euro», ha detto il ministro."),
           "b": ("en", "Trade between the two countries reached 900 million euros last year, the minister said.")}
    assert conflicting_articles(aim) == []
    # The level reached ("è arrivato a") is a report and still disagrees.
    reached = {"a": ("it", "«Il commercio tra i due Paesi è arrivato a 2 miliardi di euro», ha detto il ministro."),
               "b": ("en", "Trade between the two countries reached 900 million euros, the minister said.")}
    assert conflicting_articles(reached) == [["a", "b"]]
