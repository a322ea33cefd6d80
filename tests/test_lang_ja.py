"""Japanese, read by the machinery of languages written without spaces (see test_lang_zh.py): kana tells it from
Chinese; 「」 quotations closed by と述べた, names before their role (岸田首相, プーチン大統領), 億/万/兆 figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced
from digest.numbers import scan
from digest.pipeline import Settings, analyse

ARTICLE = Path(__file__).parent / "data" / "ja_denwa.txt"


def test_japanese_is_detected_and_read_without_spaces() -> None:
    assert detect(ARTICLE.read_text("utf-8")) == "ja" and supported("ja") and unspaced("ja")


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("防衛費は5兆円に達した", 5e12, "JPY", None),
    ("約3億ドルを投資する", 3e8, "USD", "about"),
    ("支持率は30%だった", 30, "%", None),
    ("約600万トンを輸入した", 6e6, "t", "about"),
])
def test_figures(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figs = [f for f in scan(text, "ja") if f.kind not in ("date", "year")]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(pytest.approx(value), unit, qualifier)]


def test_a_whole_japanese_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ja" and str(a.date) == "2025-03-12" and a.places[0] == "Tokyo"
    speakers = {q.text[:6]: (q.speaker, q.speaker_form) for q in a.quotes if q.kind == "speech"}
    assert speakers == {"ウクライナ情": ("岸田文雄", "岸田"), "対話の継続は": ("ペスコフ", "ペスコフ"),
                        "難しい状況に": ("林芳正", "林芳正")}
    assert "ロシア" not in a.people and a.people[0] == "岸田文雄"
    assert {(n.value, n.unit) for n in a.numbers} == {(40, "minutes"), (6e6, "t")}
