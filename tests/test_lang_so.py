"""Somali: language detection, the word lists in digest/data/so, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Madaxweynaha Kenya ayaa maanta gaaray Muqdisho, isagoo booqasho laba maalmood ah ku jooga Soomaaliya. Sida "
        "ay sheegtay dowladda, labada madaxweyne waxay ka wada hadli doonaan amniga iyo ganacsiga.")
DATA = Path(__file__).parent / "data"
ARTICLES = ("so_muqdisho.txt", "so_ruto.txt")


def _settings(lang: str | None = "so") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_somali_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "so"
    for name in ARTICLES:
        assert detect((DATA / name).read_text("utf-8")) == "so", name


@pytest.mark.parametrize(("text", "lang"), [
    # A headline naming two presidents with few function words stays Somali on iyo, oo, ku.
    ("Ruto iyo Xasan Sheekh oo Muqdisho ku kala saxiixay heshiisyo amni iyo ganacsi", "so"),
    ("Madaxweyne Ruto ayaa yiri waxaan diyaar u nahay inaan xoojinno iskaashiga.", "so"),
    # Neighbours: English, Swahili and Italian naming the same people and places stay themselves.
    ("President Ruto arrived in Mogadishu on Tuesday for a two-day visit, officials said.", "en"),
    ("Rais Ruto aliwasili Mogadishu siku ya Jumanne kwa ziara ya siku mbili, alisema msemaji.", "sw"),
    ("Il presidente del Kenya è arrivato a Mogadiscio martedì per una visita di due giorni.", "it"),
])
def test_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_somali_lists() -> None:
    assert supported("so") and word_lists("so") == "so" and "so" in LANGS
    lex = lexicon("so")
    for verb in ("yiri", "tiri", "ayuu yiri", "ayay tiri", "ayuu sheegay", "ayuu raaciyay", "waxa uu yiri", "xusay"):
        assert lex.is_speech_verb(verb), verb
    for role in ("madaxweyne", "madaxweynaha", "madaxweynuhu", "ra'iisul wasaare", "wasiirka", "afhayeenka",
                 "xildhibaan", "xildhibaanku", "wasiirka arrimaha dibadda"):
        assert lex.is_role(role), role
