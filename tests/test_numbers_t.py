"""Key numbers: separators of unlisted languages, conflicts and noise found by probe T."""

from __future__ import annotations

from figures import found, visit_of

from digest.numbers import find_conflicts


def test_a_dot_before_three_digits_groups_thousands_in_a_language_without_lists() -> None:
    # Slovene has no number data: "6.000" is six thousand, "2,5" a decimal.
    nums = found("LJUBLJANA - Na shodu se je zbralo 6.000 ljudi, trajekt pa bo prepeljal do 40.000 potnikov.", "sl")
    assert [n.value for n in nums] == [6000.0, 40000.0]
    nums = found("SARAJEVO - Razmjena je porasla za 2,5 posto, a u gradu živi 1.250 porodica.", "bs")
    assert [n.value for n in nums] == [2.5, 1250.0]


def test_a_comma_that_only_groups_in_a_language_without_lists_groups() -> None:
    nums = found("SARAJEVO - Na skupu je bilo 6,000 ljudi, a u gradu živi 1,250,000 stanovnika.", "bs")
    assert [n.value for n in nums] == [6000.0, 1250000.0]
    # The article's own decimal point tells "1.250" apart.
    nums = found("SARAJEVO - Rast je bio 2.75 posto, a cijena 1.250 eura.", "bs")
    assert [n.value for n in nums][:1] == [2.75]
