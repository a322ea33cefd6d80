"""Arabic: language detection by script (Persian and Urdu told apart), the word lists in digest/data/ar, and the
uncased speaker path, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists

DATA = Path(__file__).parent / "data"
ARTICLES = ("ar_ziyara.txt", "ar_riyadh.txt", "ar_kremlin.txt")
NEWS = "استقبل الرئيس المصري في القاهرة نظيره التركي، وبحث الجانبان تعزيز التعاون الاقتصادي بين البلدين."
PERSIAN = ("رئیس جمهور ایران روز سه‌شنبه در سفر به مسکو با همتای روسی خود دیدار و گفتگو کرد. او گفت که روابط "
           "دو کشور در حال گسترش است.")
URDU = "وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔"


@pytest.mark.parametrize("name", ARTICLES)
def test_arabic_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ar"


def test_arabic_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ar" and detect("بوتين يستقبل أمير قطر في الكرملين") == "ar"
    assert supported("ar") and word_lists("ar") == "ar"


def test_persian_and_urdu_are_never_arabic() -> None:
    assert detect(PERSIAN) == "fa"
    assert detect(URDU) == "und"
    # A foreign name in Persian letters (گ) in an Arabic text keeps it Arabic.
    assert detect("قال الأمين العام للأمم المتحدة أنطونيو گوتيريش إن الوضع في المنطقة خطير جدا") == "ar"


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "tr_ziyaret.txt").read_text("utf-8")) == "tr"
    assert detect((DATA / "hy_aytse.txt").read_text("utf-8")) == "hy"
