"""Key numbers: legal items, elided units, anonymous sources and local currencies found by probe V."""

from __future__ import annotations

import pytest
from figures import found


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Deportations under section 501 of the Act rose to 2,800 people.", ["2,800 people"]),
        ("en", "The minister changed Ministerial Direction 110, which affects 2,800 people.", ["2,800 people"]),
        ("de", "Nach Artikel 5 des Vertrags stehen 3000 Soldaten bereit.", ["3000 Soldaten"]),
        ("it", "In base all'articolo 18, comma 3, sono stati stanziati 40 milioni di euro.", ["40 milioni di euro"]),
        ("pl", "Zgodnie z art. 5 ust. 2 ustawy rząd przeznaczy 40 mln zł.", ["40 mln zł"]),
        ("uk", "Відповідно до статті 17 закону уряд виділить 40 млн гривень.", ["40 млн гривень"]),
        ("fr", "Selon l'article 49 de la Constitution, le budget atteint 40 milliards d'euros.", ["40 milliards d'euros"]),
    ],
)
def test_a_numbered_legal_item_is_a_name(lang: str, text: str, kept: list[str]) -> None:
    assert [n.surface for n in found(text, lang)] == kept


def _conflicts(text: str, lang: str) -> list[tuple[float, ...]]:
    """The values of each conflict found in one article."""
    from figures import visit_of

    from digest.numbers import find_conflicts

    arts, nums = visit_of(text, lang)
    by_id = {n.id: n.value for n in nums}
    return [tuple(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)]


_DEPORTED = (
    "WELLINGTON - Prime Minister Jane Harlow met her counterpart in Wellington.\n\n"
    "About 1,900 Samoans have been deported since 2016, she said, though Samoan officials put the number at closer to 2,300."
)


def test_a_bare_figure_after_a_year_restates_the_count_before_it() -> None:
    assert _conflicts(_DEPORTED, "en") == [(1900.0, 2300.0)]


def test_closer_to_qualifies_a_figure() -> None:
    assert [n.qualifier for n in found(_DEPORTED, "en")] == ["about", "about"]


def test_a_second_clause_with_a_source_of_its_own_is_not_the_first_speakers() -> None:
    assert [n.speaker for n in found(_DEPORTED, "en")] == ["Jane Harlow", None]


def test_a_sourced_figure_restates_a_physical_measure() -> None:
    text = (
        "ОДЕСА - Президент Олег Мартинюк у вівторок відвідав порт.\n\n"
        "Мартинюк додав, що порти торік переробили 42 млн тонн вантажів. "
        "Водночас у міністерстві раніше називали цифру в 39,5 млн тонн."
    )
    assert _conflicts(text, "uk") == [(39.5e6, 42e6)] or _conflicts(text, "uk") == [(42e6, 39.5e6)]
    assert [n.speaker for n in found(text, "uk")] == ["Олег Мартинюк", None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Лінія коштуватиме 70 млн євро, з яких 40 млн надасть банк.", "EUR"),
        # Not the adverb: the part after "з яких" counts its whole's noun.
        ("Країна прийняла 2 мільйони біженців, з яких 300 тисяч досі залишаються там.", "біженців"),
    ],
)
def test_a_verb_or_an_adverb_after_a_figure_is_no_unit(text: str, unit: str | None) -> None:
    assert found(text, "uk")[-1].unit == unit


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("pl", "WARSZAWA - Wymiana handlowa wyniosła 400 miliardów czeskich koron.", "CZK"),
        ("pl", "PRAGA - Premier przyjął gościa. Wymiana handlowa wyniosła 400 miliardów koron.", "CZK"),
        ("pl", "WARSZAWA - Wymiana handlowa wyniosła 400 miliardów koron.", "crowns"),
        ("de", "BERLIN - Der Handel beträgt 90 Milliarden norwegische Kronen.", "NOK"),
        ("en", "The deal is worth 5 billion Danish kroner.", "DKK"),
        ("fi", "TUKHOLMA - Ruotsin ministeri sanoi, että rataan investoidaan 12 miljardia kruunua.", "SEK"),
        ("fi", "Hankkeeseen investoidaan 12 miljardia kruunua.", "crowns"),
    ],
)
def test_a_crown_is_a_currency_only_where_its_country_is_clear(lang: str, text: str, unit: str) -> None:
    assert found(text, lang)[-1].unit == unit


def test_well_north_of_is_a_bound() -> None:
    assert found("He said trade was well north of 30 billion dollars.", "en")[0].qualifier == "more than"


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("de", "GRAZ - Bundeskanzler Karl Weidinger besuchte Graz. Die Schweiz stellt insgesamt 4 Milliarden Franken bereit, "
               "Österreich nach Angaben Weidingers 300 Millionen Euro.", [None, "Karl Weidinger"]),
        ("de", "GRAZ - Bundeskanzler Karl Weidinger besuchte Graz. Die Exporte stiegen auf 4 Milliarden Franken, "
               "nach Angaben Weidingers 300 Millionen Euro mehr als 2024.", ["Karl Weidinger", "Karl Weidinger"]),
    ],
)
def test_a_source_inside_a_later_clause_is_only_that_clauses(lang: str, text: str, speakers: list[str | None]) -> None:
    assert [n.speaker for n in found(text, lang)] == speakers


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("es", "MADRID - La primera ministra Sanae Kato llegó. «Compartimos valores», dijo la mandataria, "
               "quien anunció una inversión de 150.000 millones de yenes en Andalucía.", ["Sanae Kato"]),
        ("en", "LONDON - President Recep Tayyip Erdogan arrived. 'Britain is a partner,' the Turkish president said, "
               "adding that the two countries would raise trade from about $25bn to $40bn.", ["Recep Tayyip Erdogan"] * 2),
    ],
)
def test_a_second_verb_without_a_subject_of_its_own_keeps_the_speaker(lang: str, text: str, speakers: list[str]) -> None:
    assert [n.speaker for n in found(text, lang)] == speakers


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("cs", "BUKUREŠŤ - Armáda za nákladní auta zaplatí 2,4 miliardy lei.", "RON"),
        ("en", "The bridge will let trains run at 160 km/h over the river.", "km/h"),
        ("da", "Broen skal kunne bære tog med 160 km/t over floden.", "km/h"),
        ("no", "Brua skal kunne ta tog i 160 km/t over elva.", "km/h"),
        ("lv", "Pa tiltu katru dienu brauks 25 kravas vilcieni.", "vilcieni"),
    ],
)
def test_currency_and_unit_words_of_the_region(lang: str, text: str, unit: str) -> None:
    assert found(text, lang)[-1].unit == unit
