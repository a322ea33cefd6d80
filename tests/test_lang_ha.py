"""Hausa: language detection, the word lists in digest/data/ha, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect
from digest.pipeline import Settings, analyse

NEWS = ("Shugaban Najeriya Bola Tinubu ya isa birnin Yamai a yau Laraba, inda ya fara ziyarar aiki ta kwana biyu. "
        "Shugabannin biyu za su tattauna kan batun tsaro da kasuwanci, in ji wata sanarwa.")
DATA = Path(__file__).parent / "data"
ARTICLES = ("ha_yamai.txt", "ha_tinubu.txt")


def _settings(lang: str | None = "ha") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_hausa_is_detected() -> None:
    assert detect(NEWS) == "ha"
    # The first article writes the hooked letters (ɗ ƙ), the second types them b d k y: both are Hausa.
    for name in ARTICLES:
        assert detect((DATA / name).read_text("utf-8")) == "ha", name


@pytest.mark.parametrize(("text", "lang"), [
    # A headline of names with da, sun, a; another typed without its hooked letters.
    ("Tinubu da Tiani sun kulla yarjejeniyoyi huɗu a Yamai", "ha"),
    ("Kasashen biyu sun amince da kara hadin kai a fannin tsaro da kasuwanci", "ha"),
    ("Shugaba Tinubu ya ce za a bude iyakokin Najeriya da Nijar.", "ha"),
    # Neighbours: Somali, Swahili, English and French naming the same people and places stay themselves.
    ("Ruto iyo Xasan Sheekh oo Muqdisho ku kala saxiixay heshiisyo amni iyo ganacsi", "so"),
    ("Rais Tinubu aliwasili Niamey siku ya Jumatano kwa ziara ya siku mbili, alisema msemaji.", "sw"),
    ("President Tinubu arrived in Niamey on Wednesday for a two-day visit, officials said.", "en"),
    ("Le président nigérian Bola Tinubu est arrivé mercredi à Niamey pour une visite de deux jours.", "fr"),
])
def test_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang
