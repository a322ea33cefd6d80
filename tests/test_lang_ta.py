"""Tamil: language detection by script, Tamil's vowel signs and pulli read as letters, the word lists in
digest/data/ta, figures, dates, places, visits and speakers with Tamil's glued case endings, read through the public
stages and on whole articles of my own (tests/data/ta_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ta_delhi.txt", "ta_bbc.txt")
NEWS = "இலங்கை அதிபர் திசாநாயக்க புதன்கிழமை புது தில்லி வந்தடைந்தார். பிரதமர் மோடியுடன் பேச்சுவார்த்தை நடத்தினார்."


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_tamil_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ta"


def test_tamil_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ta" and detect("மோடி கொழும்பில் திசாநாயக்கவை சந்தித்தார்") == "ta"
    assert supported("ta") and word_lists("ta") == "ta" and "ta" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect("श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके बुधवार को नई दिल्ली पहुंचे और प्रधानमंत्री मोदी से "
                  "मुलाकात की। दोनों नेताओं ने व्यापार पर चर्चा की।") == "hi"
    # An English text naming a Tamil word or two stays English.
    assert detect("The president met the prime minister in Chennai (சென்னை) on Wednesday to discuss the "
                  "fishing dispute and the energy hub.") == "en"


def test_vowel_signs_and_pulli_are_read_as_letters_and_shown_as_written() -> None:
    a = _analysed((DATA / "ta_delhi.txt").read_text("utf-8"))
    assert a.lang == "ta"
    # \w would have cut 'பில்லியன்' at its vowel sign and pulli: the unit is the whole word, shown as written.
    units = {f.unit for f in a.numbers}
    assert any("பில்லியன்" in (u or "") for u in units) or any("பில்லியன்" in f.label for f in a.numbers)


def test_tamil_digits_read_as_digits() -> None:
    a = _analysed("புது தில்லி, நவம்பர் 12: இலங்கை அதிபர் திசாநாயக்க புதன்கிழமை புது தில்லி வந்தடைந்தார். "
                  "இரு நாடுகளுக்கும் இடையே ௭ ஒப்பந்தங்கள் கையெழுத்தாகின. வர்த்தகம் ௧௨ சதவீதம் உயர்ந்தது.")
    assert 12 in {f.value for f in a.numbers}


def test_names_get_keys_across_scripts() -> None:
    from digest.visits import skeleton

    # Tamil writes one letter for t/d: a stop between vowels is voiced, as Tamil says it.
    assert skeleton("மோடி") == skeleton("Modi") == skeleton("मोदी")
    assert skeleton("ஜெய்சங்கர்") == skeleton("Jaishankar")
    assert skeleton("ஸ்டாலின்") == skeleton("Stalin")
