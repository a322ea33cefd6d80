"""Hebrew: language detection by script, the word lists in digest/data/he, and the uncased speaker path (with
Hebrew's one-letter prefixes and its in-word abbreviation marks), read through the public stages and on whole
articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("he_washington.txt",)
NEWS = "ראש הממשלה קיבל בירושלים את נשיא צרפת, והשניים דנו בהרחבת שיתוף הפעולה הכלכלי בין המדינות."


@pytest.mark.parametrize("name", ARTICLES)
def test_hebrew_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "he"


def test_hebrew_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "he" and detect('נתניהו נפגש עם נשיא ארה"ב בבית הלבן') == "he"
    assert supported("he") and word_lists("he") == "he" and "he" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "ar_ankara.txt").read_text("utf-8")) == "ar"
    assert detect("رئیس جمهور ایران روز سه‌شنبه در سفر به مسکو با همتای روسی خود دیدار و گفتگو کرد. او گفت که روابط "
                  "دو کشور در حال گسترش است.") == "fa"
    # An English text naming a Hebrew word or two stays English.
    assert detect("The prime minister met the president in Jerusalem (ירושלים) on Tuesday to discuss the "
                  "security agreement and the aid package.") == "en"


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


def _quoted(text: str) -> list[str]:
    return [q.text for q in _analysed(text).quotes]


def test_gershayim_and_geresh_inside_a_word_are_no_quotation_marks() -> None:
    text = ('שר החוץ אמר כי "היחסים עם ארה"ב חזקים מתמיד" והוסיף כי צה"ל ערוך. '
            "פרופ' דן כהן אמר כי \"המנכ\"לית צדקה\". ג'ורג' סמית' אמר: \"זה הסכם טוב\".")
    assert _quoted(text) == ['היחסים עם ארה"ב חזקים מתמיד', 'המנכ"לית צדקה', "זה הסכם טוב"]


def test_a_quoted_word_after_a_glued_prefix_is_a_quotation() -> None:
    text = 'הנשיא התייחס ל"הסכם ההיסטורי" ואמר: "נמשיך לעבוד יחד".'
    assert _quoted(text) == ["הסכם ההיסטורי", "נמשיך לעבוד יחד"]


@pytest.mark.parametrize("marks", [("„", "”"), ("”", "“"), ("“", "”"), ("״", "״")])
def test_typographic_quotation_marks(marks: tuple[str, str]) -> None:
    o, c = marks
    assert _quoted(f"שר האוצר אמר: {o}התקציב יאושר בקרוב{c}. הוא הוסיף כי ההצבעה תתקיים מחר.") == [
        "התקציב יאושר בקרוב"]
