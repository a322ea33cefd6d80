"""Thai: detection by script, the word lists in digest/data/th, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced, word_lists
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "th_yeuan.txt"
NEWS = ("นายกรัฐมนตรีเดินทางถึงกรุงโตเกียวเมื่อวันจันทร์ เพื่อหารือกับนายกรัฐมนตรีญี่ปุ่น "
        "ทั้งสองฝ่ายตกลงขยายความร่วมมือด้านการค้าและการลงทุน")


def _analysed(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


def test_thai_is_detected_by_its_script_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "th" and detect(ARTICLE.read_text("utf-8")) == "th"
    assert detect("ผู้นำเยือนกรุงเทพฯ") == "th"  # a headline of a few phrases
    assert supported("th") and word_lists("th") == "th" and unspaced("th")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A Latin text naming a Thai person in Thai letters stays what its words say.
        ("Prime Minister Anutin Charnvirakul (อนุทิน ชาญวีรกูล) met the Japanese prime minister in Tokyo on "
         "Monday and the two leaders agreed to expand trade.", "en"),
        ("Премьер-министр Таиланда (นายกรัฐมนตรี) прибыл в Москву, где провёл переговоры с президентом.", "ru"),
        ("越南总理范明政抵达曼谷，开始对泰国进行正式访问。", "zh"),
        ("Thủ tướng Phạm Minh Chính đã đến Bangkok để thăm chính thức Thái Lan theo lời mời của Thủ tướng.", "vi"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang
