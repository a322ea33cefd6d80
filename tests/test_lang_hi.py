"""Hindi: detection by script and function words (Marathi and Nepali, also in Devanagari, told apart), the vowel
signs read as letters (data.marks_as_letters), danda sentences, the word lists in digest/data/hi read through
the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.sentences import split

DATA = Path(__file__).parent / "data"
ARTICLES = ("hi_yatra.txt",)
NEWS = ("प्रधानमंत्री ने मंगलवार को नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की। दोनों नेताओं ने व्यापार और "
        "रक्षा सहयोग बढ़ाने पर सहमति जताई।")
MARATHI = ("पंतप्रधान नरेंद्र मोदी यांनी आज टोकियोमध्ये जपानच्या पंतप्रधानांची भेट घेतली आणि दोन्ही देशांमधील "
           "व्यापाराबाबत चर्चा केली. ते म्हणाले की भारत आणि जपान यांची मैत्री जुनी आहे.")
NEPALI = ("प्रधानमन्त्रीले आज भारतका प्रधानमन्त्रीसँग भेट गर्नुभयो। उहाँले दुई देशबीचको सम्बन्ध राम्रो भएको "
          "बताउनुभयो। यो भ्रमण महत्वपूर्ण छ।")


def _analyse(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


@pytest.mark.parametrize("name", ARTICLES)
def test_hindi_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "hi"


def test_hindi_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "hi" and detect("मोदी की रूस यात्रा, पुतिन से मिले") == "hi"
    assert supported("hi") and word_lists("hi") == "hi"


def test_marathi_and_nepali_are_not_hindi() -> None:
    # Same script: neither must be read with the Hindi lists.
    assert detect(MARATHI) == "mr" and detect(NEPALI) == "ne"
    assert word_lists(detect(MARATHI)) == "any" and word_lists(detect(NEPALI)) == "any"


def test_neighbours_keep_their_languages() -> None:
    assert detect("وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔") != "hi"
    assert detect((DATA / "ar_ziyara.txt").read_text("utf-8")) == "ar"
    assert detect("The Prime Minister said on Tuesday that India and Russia would raise trade to 100 billion "
                  "dollars, Rs 5,000 crore being set aside for joint production.") == "en"


def test_vowel_signs_are_read_as_letters_and_shown_as_written() -> None:
    read = data.marks_as_letters("प्रधानमंत्री मोदी")
    assert len(read) == len("प्रधानमंत्री मोदी") and read.split()[0].isalpha()
    assert data.letters_as_marks(read) == "प्रधानमंत्री मोदी"
    assert data.marks_as_letters("Modi") == "Modi"
    a = _analyse((DATA / "hi_yatra.txt").read_text("utf-8"))
    shown = [a.title or "", *(q.text for q in a.quotes), *(n.surface for n in a.numbers), *a.people, *a.places]
    assert not any(data.marks_as_letters(s) != s and data.letters_as_marks(s) != s for s in shown)
    assert not any(ch in data.MARK_LETTERS for s in shown for ch in s)


def test_sentences_end_at_the_danda_but_not_inside_a_quotation() -> None:
    text = data.marks_as_letters('बैठक दो घंटे चली। मोदी ने कहा, "यह अच्छा है। हम साथ हैं।" इसके बाद वे लौटे॥ अंत।')
    got = [data.letters_as_marks(text[a:b]) for a, b in split(text, "hi")]
    assert got == ["बैठक दो घंटे चली।", 'मोदी ने कहा, "यह अच्छा है। हम साथ हैं।"', "इसके बाद वे लौटे॥", "अंत।"]
