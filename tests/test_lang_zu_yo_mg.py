"""Zulu, Yorùbá and Malagasy: detection, dates, figures and places from their word lists (texts of my own)."""

from __future__ import annotations

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS

ZULU = ("UMongameli uCyril Ramaphosa uhlangene noNdunankulu waseNorway eKapa namhlanje. Uthe ukuhweba phakathi "
        "kwala mazwe kukhule kakhulu ngonyaka odlule, futhi kusazokhula.")
YORUBA = ("Ààrẹ Bola Tinubu ti ṣe ìpàdé pẹ̀lú olórí ìjọba Ghana ní ìlú Accra lónìí, ó sì sọ pé àwọn orílẹ̀-èdè méjèèjì "
          "yóò máa ṣiṣẹ́ pọ̀ lórí ọ̀rọ̀ ààbò àti òwò.")
MALAGASY = ("Nitsidika an'i Antananarivo omaly ny filoha frantsay, ary nihaona tamin'ny filoha malagasy izy. Nilaza ny "
            "minisitra fa hanampy ny fanjakana amin'ny asa fotodrafitrasa ny fifanarahana vaovao.")


@pytest.mark.parametrize(("text", "lang"), [(ZULU, "zu"), (YORUBA, "yo"), (MALAGASY, "mg")])
def test_detected_and_supported(text: str, lang: str) -> None:
    assert detect(text) == lang
    assert supported(lang) and lang in LANGS


@pytest.mark.parametrize(("text", "lang", "ymd"), [
    ("Pretoria, 3 Disemba 2025", "zu", (2025, 12, 3)),
    ("Abuja, 5 Oṣù Kejìlá 2025", "yo", (2025, 12, 5)),
    ("Alarobia 3 Desambra 2025", "mg", (2025, 12, 3)),
])
def test_dates(text: str, lang: str, ymd: tuple[int, int, int]) -> None:
    found = [m for m in dates.find(text, lang, [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("text", "lang", "value", "unit", "qualifier"), [
    # Zulu: the copula or concord glued to the figure with a hyphen, the rand's letter after it, the scale after.
    ("eKapa, imali engaba ngu-R12 wezigidigidi izotshalwa", "zu", 12e9, "ZAR", "about"),
    ("ukuhweba kukhule ngamaphesenti angu-7 ngonyaka", "zu", 7, "%", None),
    ("abangaphezu kuka-3 000 abasebenzi", "zu", 3000, None, "more than"),
    # Yorùbá: the scale before the figure and the currency after it, or both after it.
    ("ìjọba ná bílíọ̀nù 120 naira lórí ọ̀nà", "yo", 120e9, "NGN", None),
    ("òwò jẹ́ 300 mílíọ̀nù dọ́là", "yo", 300e6, "USD", None),
    # Malagasy: the scale and the currency after the figure.
    ("nahatratra 12 tapitrisa dolara ny varotra", "mg", 12e6, "USD", None),
    ("handany 7 miliara ariary ny fanjakana", "mg", 7e9, "MGA", None),
])
def test_figures(text: str, lang: str, value: float, unit: str | None, qualifier: str | None) -> None:
    found = [f for f in scan(text, lang) if f.kind not in ("date", "year")]
    assert found and found[0].value == value and (found[0].qualifier == qualifier)
    if unit == "ZAR":
        # The rand's letter is settled per article, by the place the text names (eKapa, in Cape Town): see below.
        assert found[0].unit == "LETTER"
    elif unit:
        assert found[0].unit == unit


def test_a_hyphen_before_a_figure_still_makes_a_designation() -> None:
    # Only the listed prefixes are read as glued: "iF-16" stays a name.
    assert [f.kind for f in scan("indiza iF-16 yempi", "zu") if f.kind not in ("date", "year")] == ["name"]


def test_zulu_glued_place_prefixes() -> None:
    text = "UNdunankulu waseBelgium uhlangene ePitoli namhlanje nabaholi baseNingizimu Afrika."
    assert {h.place.name for h in places.find(text, [(0, len(text))], "zu")} == {"Belgium", "Pretoria", "South Africa"}
    # Read as written in another language, the prefixed words are none.
    assert not places.find("uhlangene ePitoli", [(0, 17)], "en")


def test_a_zulu_article() -> None:
    text = ("Isolezwe\n\nINorway izotshala eNingizimu Afrika\n\n3 Disemba 2025\n\n"
            "UMongameli uCyril Ramaphosa uhlangene noNdunankulu waseNorway ePitoli namhlanje.\n\n"
            "Imali engaba ngu-R12 wezigidigidi izotshalwa eNingizimu Afrika, futhi ukuhweba kukhule ngamaphesenti "
            "angu-7 ngonyaka odlule.\n")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert a.lang == "zu" and str(a.date) == "2025-12-03"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(12e9, "ZAR"), (7, "%")} <= got


def test_an_opposition_lawmaker_is_quoted_but_no_participant() -> None:
    text = ("Midi\n\nFitsidihana any Nairobi\n\nAlarobia 3 Desambra 2025\n\n"
            "Nanao fitsidihana ofisialy tany Nairobi ny filoha Andry Rajoelina omaly. Nandray azy ny filoha William Ruto.\n\n"
            "Nitsikera ny fitsidihana kosa ny depiote avy amin'ny antoko mpanohitra, Lova Rabe. "
            "\"Tsy misy vokany ho an'ny vahoaka izany,\" hoy ny depiote.\n")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert a.lang == "mg"
    assert [q.speaker for q in a.quotes] == ["Lova Rabe"]
