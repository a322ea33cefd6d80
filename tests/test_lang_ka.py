"""Georgian: language detection by script, the word lists in digest/data/ka, the uncased speaker path with
Georgian's glued case endings (ergative -მა/-მ, genitive -ის, dative -ს), read through the public stages and on
whole articles of my own (tests/data/ka_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ka_tbilisi.txt",)
NEWS = "საქართველოს პრემიერ-მინისტრი ბაქოში აზერბაიჯანის პრეზიდენტს შეხვდა და ორმხრივი თანამშრომლობა განიხილეს."


@pytest.mark.parametrize("name", ARTICLES)
def test_georgian_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ka"


def test_georgian_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ka" and detect("კობახიძე ერევანში ფაშინიანს შეხვდა") == "ka"
    assert supported("ka") and word_lists("ka") == "ka" and "ka" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "hy_aytse.txt").read_text("utf-8")) == "hy"
    assert detect((DATA / "az_sefer.txt").read_text("utf-8")) == "az"
    assert detect("Премьер-министр Грузии Ираклий Кобахидзе прибыл в Ереван, где встретился с Николом "
                  "Пашиняном. Стороны обсудили торговлю и транзит.") == "ru"
    # An English text naming a Georgian word or two stays English.
    assert detect("The prime minister met the president in Tbilisi (თბილისი) on Tuesday to discuss the "
                  "transit corridor and the trade agreement.") == "en"
