"""Nepali: told apart from Hindi in the Devanagari script by its function words, the word lists in digest/data/ne,
Devanagari digits, danda sentences and datelines, Bikram Sambat dates, names with their glued case endings, read
through the public stages and on whole articles of my own (tests/data/ne_*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Analysis, Settings, analyse
from digest.sentences import split
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ne_bhraman.txt", "ne_sahamati.txt")
NEWS = "भारतका प्रधानमन्त्री मंगलबार काठमाडौं आइपुगेका छन् र उनले प्रधानमन्त्रीसँग द्विपक्षीय वार्ता गरेका छन्।"
HINDI = "प्रधानमंत्री ने मंगलवार को नई दिल्ली में नेपाल के प्रधानमंत्री से मुलाकात की और कहा कि दोनों देशों के संबंध मजबूत हैं।"


@cache
def _analysed(name: str) -> Analysis:
    return _read((DATA / name).read_text("utf-8"))


@cache
def _read(text: str) -> Analysis:
    return analyse(text, Settings(SummarySettings(), Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_nepali_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ne"
    assert _analysed(name).lang == "ne"


def test_nepali_is_told_from_hindi_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ne" and detect(HINDI) == "hi"
    assert supported("ne") and word_lists("ne") == "ne" and "ne" in LANGS
    # Hindi's own test articles stay Hindi.
    for path in sorted(DATA.glob("hi_*.txt")):
        assert detect(path.read_text("utf-8")) == "hi", path.name


def test_sentences_end_at_the_danda() -> None:
    text = data.marks_as_letters('वार्ता दुई घण्टा चल्यो। मोदीले भने, "यो राम्रो छ। हामी सँगै छौं।" त्यसपछि उनी फर्किए? अन्त्य।')
    got = [data.letters_as_marks(text[a:b]) for a, b in split(text, "ne")]
    assert got == ["वार्ता दुई घण्टा चल्यो।", 'मोदीले भने, "यो राम्रो छ। हामी सँगै छौं।"', "त्यसपछि उनी फर्किए?", "अन्त्य।"]


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_holds_no_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(name)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen
    for furniture in ("पढ्नुहोस्", "सेयर", "सर्वाधिकार", "गृहपृष्ठ", "मुख्य पृष्ठ", "प्रतिक्रिया", "सम्बन्धित",
                      "संवाददाता", "प्रकाशित"):
        assert not any(furniture in s for s in chosen), furniture
