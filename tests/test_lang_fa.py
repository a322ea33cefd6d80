"""Persian: detection (told from Arabic by its letters), the word lists in digest/data/fa, the uncased speaker path
with Persian's word order (the subject opens the clause a speech verb ends, the name before its role), read through
the public stages and on whole articles of my own (tests/data/fa_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("fa_tehran.txt", "fa_ankara.txt")
SETTINGS = Settings(summary=SummarySettings(), limits=Limits())


def _analysis(name: str):  # type: ignore[no-untyped-def]
    return analyse((DATA / name).read_text("utf-8"), SETTINGS)


def _speakers(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in _analysis(name).quotes:
        out.setdefault(q.speaker or "", []).append(q.text)
    return out


@pytest.mark.parametrize("name", ARTICLES)
def test_persian_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "fa"


def test_persian_is_read_with_its_own_lists() -> None:
    assert supported("fa") and "fa" in LANGS and word_lists("fa") == "fa"
    assert detect("پزشکیان در دیدار با همتای روسی خود گفت که روابط دو کشور گسترش می‌یابد") == "fa"


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "ar_ziyara.txt").read_text("utf-8")) == "ar"
    assert detect((DATA / "tr_ziyaret.txt").read_text("utf-8")) == "tr"


def test_the_joiner_keeps_a_word_whole() -> None:
    """رئیس‌جمهور is one word: a name after it and a name before it are read, the quotation shown as written."""
    a = analyse("علی‌رضا نوری، کارشناس مسائل منطقه، گفت: «این سفر می‌تواند روابط را گسترش دهد.»", SETTINGS)
    assert [q.text for q in a.quotes] == ["این سفر می‌تواند روابط را گسترش دهد."]
    assert a.quotes[0].speaker is not None and "نوری" in a.quotes[0].speaker


def test_speakers_of_an_irna_report() -> None:
    speakers = _speakers("fa_tehran.txt")
    assert len(speakers.get("مسعود پزشکیان", [])) == 2  # 'پزشکیان … گفت:' and 'وی افزود:'
    assert any("توکایف" in s for s in speakers)  # 'رئیس‌جمهور قزاقستان نیز اظهار داشت:'
    assert "عباس عراقچی" in speakers  # 'سید عباس عراقچی وزیر امور خارجه …' (سید is a title)
    assert "اسماعیل بقائی" in speakers  # 'به گفته اسماعیل بقائی سخنگوی …', then 'بقائی تصریح کرد:'
    assert any("نوری" in s for s in speakers)  # 'علی‌رضا نوری، کارشناس …، به ایرنا گفت:'
    assert "" not in speakers


def test_speakers_of_a_bbc_report() -> None:
    speakers = _speakers("fa_ankara.txt")
    assert "هاکان فیدان" in speakers  # 'آقای فیدان … گفت:' after 'هاکان فیدان، وزیر امور خارجه ترکیه،'
    assert len(speakers.get("عباس عراقچی", [])) >= 2  # 'وزیر امور خارجه ایران عباس عراقچی' (a place ends the role)
    assert len(speakers.get("مریم صالحی", [])) == 2  # 'او می‌گوید … «…»'


def test_no_noun_before_a_light_verb_is_a_name() -> None:
    """'رئیس‌جمهور کشورمان قرار گرفت': قرار makes a compound verb with گرفت, it is no name after the role."""
    people = _analysis("fa_tehran.txt").people
    assert not any("قرار" in p or "مسائل" in p for p in people)
