"""Marathi: told apart from Hindi and Nepali in the Devanagari script by its function words, the word lists in
digest/data/mr, Devanagari digits, Indian scales, Gregorian months in Marathi, names with their glued cases and the
honorific यांनी after them, read through the public stages and on whole articles of my own (tests/data/mr_*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Analysis, Settings, analyse
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("mr_daura.txt", "mr_karar.txt")
NEWS = "जपानच्या पंतप्रधान सोमवारी मुंबईत दाखल झाल्या आणि त्यांनी पंतप्रधानांशी द्विपक्षीय चर्चा केली, असे मंत्रालयाने सांगितले."


@cache
def _analysed(name: str) -> Analysis:
    return _read((DATA / name).read_text("utf-8"))


@cache
def _read(text: str) -> Analysis:
    return analyse(text, Settings(SummarySettings(), Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_marathi_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "mr"
    assert _analysed(name).lang == "mr"


def test_marathi_is_told_from_hindi_and_nepali_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "mr"
    assert supported("mr") and word_lists("mr") == "mr" and "mr" in LANGS
    # Hindi's and Nepali's own test articles keep their languages.
    for path in sorted(DATA.glob("hi_*.txt")):
        assert detect(path.read_text("utf-8")) == "hi", path.name
    for path in sorted(DATA.glob("ne_*.txt")):
        assert detect(path.read_text("utf-8")) == "ne", path.name


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_and_holds_no_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(name)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen and ("जपानच्या पंतप्रधान साने ताकाइची दोन दिवसांच्या" in chosen[0]
                       or "भारताचे पंतप्रधान नरेंद्र मोदी आणि" in chosen[0])
    for furniture in ("वाचा", "शेअर", "हक्क", "मुख्यपृष्ठ", "होम", "प्रतिनिधी", "नेटवर्क", "अद्ययावत", "प्रकाशित",
                      "टॅग्स", "ताज्या बातम्या", "संबंधित बातम्या"):
        assert not any(furniture in s for s in chosen), furniture
