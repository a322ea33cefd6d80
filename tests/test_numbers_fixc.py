"""Figures and conflicts of the held-out probes' findings, on our own small texts."""

from __future__ import annotations

import pytest

from tests.figures import conflicting_articles, found


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


def test_a_trade_deficit_is_not_the_trade_it_is_the_balance_of() -> None:
    texts = {
        "es": ("es", "El déficit comercial con Chile supera los 9.000 millones de euros, dijo el ministro."),
        "en": ("en", "Trade between Portugal and Chile reached 12 billion euros in 2025."),
    }
    assert conflicting_articles(texts) == []
    # Two reports of the deficit itself still disagree, across languages too.
    texts["en"] = ("en", "The trade deficit with Chile is 12 billion euros, the minister said.")
    assert conflicting_articles(texts) == [["en", "es"]]


def test_two_estimates_of_one_people_abroad_disagree() -> None:
    texts = {
        "a": ("en", "The minister said 9,000 Kenyans live in Oman."),
        "b": ("en", "The minister said that about 16,000 Kenyans live in Oman."),
    }
    assert conflicting_articles(texts) == [["a", "b"]]


@pytest.mark.parametrize(
    "texts",
    [
        # The verb of costing names the cost in Ukrainian and Russian as the noun does in English.
        {"uk": ("uk", "Міністр додав, що дорога коштуватиме близько 40 млн євро."),
         "en": ("en", "According to the minister, the road will cost about 55 million euros.")},
        {"ru": ("ru", "По словам министра, дорога обойдется примерно в 55 млн евро."),
         "en": ("en", "According to the minister, the road will cost about 40 million euros.")},
        # Kyrgyz нарк and Tajik арзиш (value, cost) are the cost.
        {"ky": ("ky", "Министрдин айтымында, жолдун жалпы наркы 2,1 млрд долларды түзөт."),
         "tg": ("tg", "Тибқи иттилои вазорат, арзиши умумии роҳ 2,8 миллиард доллари ИМА-ро ташкил медиҳад.")},
    ],
)
def test_a_cost_told_in_two_languages_conflicts(texts: dict[str, tuple[str, str]]) -> None:
    assert conflicting_articles(texts) == [sorted(texts)]
