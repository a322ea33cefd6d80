"""Hausa: language detection, the word lists in digest/data/ha, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, People, lexicon

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


def test_lexicon_reads_the_hausa_lists() -> None:
    assert supported("ha") and word_lists("ha") == "ha" and "ha" in LANGS
    lex = lexicon("ha")
    for verb in ("ya ce", "ta ce", "in ji", "ya bayyana cewa", "ya ƙara da cewa", "ya kara da cewa", "ta jaddada"):
        assert lex.is_speech_verb(verb), verb
    for role in ("shugaba", "shugaban ƙasa", "shugaban kasa", "firaminista", "ministan harkokin waje", "sanata",
                 "sanatan", "gwamna", "gwamnan", "sarki", "sarkin"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(("text", "name", "role"), [
    # The genitive -n glued to the role, the office's field and country after it, capitalised, no comma.
    ("Ministan Harkokin Waje Yusuf Maitama Tuggar ya bayyana cewa ziyarar ta yi nasara.", "Yusuf Maitama Tuggar",
     "Ministan Harkokin Waje"),
    ("Gwamnan Jihar Kano Abba Kabir Yusuf ya ce jihar za ta ware kudi.", "Abba Kabir Yusuf", "gwamnan Jihar Kano"),
    ("Sarkin Kano Muhammadu Sanusi II ya ce ziyarar ta yi kyau.", "Muhammadu Sanusi II", "sarkin Kano"),
    # The president's spokesman (mai magana da yawun, who speaks on behalf of) is no president.
    ("Mai magana da yawun Shugaban Kasa, Bayo Onanuga, ya ce ziyarar ta yi nasara.", "Bayo Onanuga",
     "Mai magana da yawun Shugaban Kasa"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "ha").roles() == {name: role}
