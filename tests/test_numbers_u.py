"""Key numbers: reported speech, demonym counts and name endings found by probe T."""

from __future__ import annotations

import pytest
from figures import found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("hr", "SPLIT - Župan Nikola Dobroslavić rekao je da bi linija mogla prevesti do 40.000 putnika u sezoni.", "Nikola Dobroslavić"),
        ("cs", "PRAHA - Prezident Petr Pavel uvedl, že v misi slouží zhruba 100 vojáků.", "Petr Pavel"),
        ("de", "BERLIN - Bundeskanzler Friedrich Merz sagte, der Handel sei auf 8 Milliarden Euro gestiegen.", "Friedrich Merz"),
        ("en", "CANBERRA - Prime Minister Anthony Albanese said trade had reached A$ 30 billion last year.", "Anthony Albanese"),
        ("fr", "PARIS - Le président Emmanuel Macron a déclaré que les échanges avaient atteint 30 milliards d'euros.", "Emmanuel Macron"),
        ("pl", "WARSZAWA - Premier Donald Tusk powiedział, że wymiana handlowa wyniosła 30 miliardów euro.", "Donald Tusk"),
        ("ru", "МОСКВА - Президент Владимир Путин заявил, что товарооборот достиг 30 миллиардов долларов.", "Владимир Путин"),
    ],
)
def test_the_subject_of_a_speech_verb_named_once_gives_its_clause_a_speaker(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


def test_a_subject_with_no_speech_verb_gives_no_speaker() -> None:
    nums = found("SPLIT - Župan Nikola Dobroslavić otvorio je liniju koja može prevesti do 40.000 putnika u sezoni.", "hr")
    assert [n.speaker for n in nums] == [None]
    nums = found("CANBERRA - Prime Minister Anthony Albanese arrived as trade had reached A$ 30 billion last year.", "en")
    assert [n.speaker for n in nums] == [None]


def test_a_name_case_ending_and_a_postposed_source_open_no_label() -> None:
    # "Erdoğan'ın açıklamasına göre" is "according to Erdoğan's statement": a source, and "ın" a case ending.
    text = ("ANKARA - Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Erdoğan'ın açıklamasına göre Karabağ'da "
            "şu ana kadar 3 bin 200 kilometre yol yeniden inşa edildi.")
    what = found(text, "tr")[0].what
    assert not what.startswith("ın") and "açıklamasına" not in what


def test_a_statement_is_no_deficit() -> None:
    nums = found("ANKARA - Bakan Bolat'ın açıklamasına göre ihracat 262 milyar dolar oldu. Dış ticaret açığı 82 milyar dolara ulaştı.", "tr")
    assert [n.what for n in nums] == ["ihracat", "ticaret açığı"]


def test_a_lone_capitalised_word_before_a_speech_verb_is_no_speaker() -> None:
    nums = found("BRUXELLES - Principale annonce : le seuil passera de 34 à 50 jours par an.", "fr")
    assert [n.speaker for n in nums] == [None]
