"""Spaced numeric dates of Central European papers ("12. 11. 2025.", "16. 4.")."""

from __future__ import annotations

from figures import found

from digest import cleaning, dates


def _found(text: str, lang: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(m.year, m.month, m.day) for m in dates.find(text, lang, [(0, len(text))])]


def test_a_spaced_numeric_date_is_read() -> None:
    assert _found("Sastanak je održan 12. 11. 2025. u Zagrebu.", "hr") == [(2025, 11, 12)]
    assert _found("Schůzka proběhla 16. 4. 2025 v Praze.", "cs") == [(2025, 4, 16)]
    # Without its year: the anchor or the text's year completes it later.
    assert _found("Další schůzka bude 20. 5. v Brně.", "cs") == [(None, 5, 20)]


def test_a_decimal_or_an_impossible_day_is_no_spaced_date() -> None:
    assert _found("Rast je bio 3,5. 10. dan je bio miran.", "hr") == []
    assert _found("Sastanak 31. 2. 2025. nije bio.", "hr") == []


def test_the_publication_date_is_read_from_a_spaced_stamp() -> None:
    text = "Plenković primio Milatovića\n\n12. 11. 2025. 20:15\n\nZAGREB - Predsjednik Vlade primio je crnogorskog predsjednika u Banskim dvorima, gdje su razgovarali o suradnji dviju zemalja."
    assert dates.publication(text, cleaning.clean(text).blocks, "hr") == "2025-11-12"


def test_a_spaced_date_is_no_key_figure() -> None:
    nums = found("PRAHA - Od 16. 4. 2025 slouží v misi 100 vojáků, další přijedou 20. 5. do Prahy.", "cs")
    assert [n.value for n in nums] == [100.0]
    nums = found("PRAHA - Smlouva z 16. 4. 2025 počítá s 18 až 24 kusy, do 30. 6. 2026 dodá 4 kusy.", "cs")
    assert [n.surface for n in nums] == ["18 až 24 kusy", "4 kusy"]
