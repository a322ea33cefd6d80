"""Figures and conflicts of the held-out probes' findings, on our own small texts."""

from __future__ import annotations

import pytest

from tests.figures import found


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        # Two South Asian scales in one numeral add their groups: 1 arab + 20 crore.
        ("ملک ہر سال ایک ارب بیس کروڑ ڈالر کی کپاس برآمد کرتا ہے۔", "ur", 1.2e9, "USD"),
        ("ملک ہر سال دو لاکھ پچاس ہزار ٹن گندم برآمد کرتا ہے۔", "ur", 250_000, "t"),
        # Digits after the number words: the currency after the second scale is still read.
        ("ملک ہر سال ایک ارب 40 کروڑ ڈالر کی کپاس برآمد کرتا ہے۔", "ur", 1.4e9, "USD"),
        ("The country sells cotton worth one billion 400 million dollars a year.", "en", 1.4e9, "USD"),
        # The Georgian ergative of ათასი (a transitive subject).
        ("გასულ წელს ქალაქს 20 ათასმა სტუდენტმა მიმართა.", "ka", 20_000, None),
    ],
)
def test_numerals_with_two_scales_and_case_forms(text: str, lang: str, value: float, unit: str | None) -> None:
    figs = [n for n in found(text, lang) if n.unit != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit


@pytest.mark.parametrize("text", ["The minister said more than 12,000 Kenyans live in Oman.", "About 8,000 Pakistanis work in the city."])
def test_a_peoples_plural_noun_is_what_is_counted(text: str) -> None:
    figs = found(text, "en")
    assert figs and figs[0].unit in ("Kenyans", "Pakistanis")
