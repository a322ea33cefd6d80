"""Urdu: detection by script (told apart from Arabic and Persian, which share its letters, on short texts too),
the Urdu full stop ۔, and the word lists in digest/data/ur read through the public stages and on whole articles.
Urdu is Hindi's spoken language in the Perso-Arabic script: its speakers are read by the uncased machinery with
Hindi's verb-last data (the subject marker نے, the genitive کا/کی/کے) and Persian's role order (وزیر خارجہ)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLES = ("ur_islamabad.txt",)
NEWS = "وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔"


def _analyse(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


@pytest.mark.parametrize("name", ARTICLES)
def test_urdu_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ur"


def test_urdu_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ur"
    # Short headlines: one with Urdu's own letters, one with only its function words.
    assert detect("شہباز شریف کا دورہ چین، تجارتی معاہدوں پر دستخط") == "ur"
    assert detect("صدر پیوٹن اور وزیر خارجہ لاوروف کا استقبال کیا گیا") == "ur"
    assert supported("ur") and word_lists("ur") == "ur"


@pytest.mark.parametrize("name", ("fa_tehran.txt", "fa_ankara.txt", "fa_moskva.txt", "fa_pekan.txt"))
def test_persian_stays_persian(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "fa"


@pytest.mark.parametrize("name", ("ar_ziyara.txt", "ar_amman.txt", "ar_berlin.txt", "ar_ankara.txt"))
def test_arabic_stays_arabic(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ar"


def test_short_neighbours_keep_their_languages() -> None:
    assert detect("رئیس‌جمهور ایران امروز وارد اسلام‌آباد شد و با نخست‌وزیر پاکستان دیدار کرد.") == "fa"
    assert detect("وصل رئيس الوزراء الباكستاني إلى الرياض في زيارة رسمية تستغرق يومين.") == "ar"


def test_the_lexicon_reads_the_urdu_lists() -> None:
    from digest.speakers import LANGS, lexicon
    lex = lexicon("ur")
    assert "ur" in LANGS
    for verb in ("کہا", "بتایا", "کہنا", "کہتے", "زور"):
        assert lex.is_speech_verb(verb), verb
    for role in ("وزیراعظم", "صدر", "وزیر", "ترجمان", "سفیر", "سینیٹر", "ماہر"):
        assert lex.is_role(role), role
