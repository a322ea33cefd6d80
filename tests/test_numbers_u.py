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
    # (34 and 50 days: "passera de … à" moves from one level to the other.)
    assert nums and [n.speaker for n in nums] == [None] * len(nums)


def _conflicts(text: str, lang: str) -> list[tuple[float, ...]]:
    """The values of each conflict found in one article."""
    from figures import visit_of

    from digest.numbers import find_conflicts

    arts, nums = visit_of(text, lang)
    by_id = {n.id: n.value for n in nums}
    return [tuple(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)]


def test_a_count_of_a_people_joins_the_count_its_adjective_qualifies() -> None:
    text = ("BRUXELLES - Selon le Premier ministre, près de 52 000 Belges traversent chaque jour la frontière pour travailler. "
            "Le Premier ministre luxembourgeois a évoqué quelque 48 000 frontaliers belges.")
    assert _conflicts(text, "fr") == [(48000.0, 52000.0)]
    text = ("LONDON - Nearly 52,000 Ukrainians work in the country, the minister said. "
            "The embassy counts some 48,000 Ukrainian workers.")
    assert _conflicts(text, "en") == [(48000.0, 52000.0)]


def test_a_count_of_a_people_apart_or_untied_joins_nothing() -> None:
    # Another people's adjective: two crowds.
    text = ("BRUXELLES - Selon le Premier ministre, près de 52 000 Belges traversent chaque jour la frontière pour travailler. "
            "Le Premier ministre luxembourgeois a évoqué quelque 48 000 frontaliers français.")
    assert _conflicts(text, "fr") == []
    # Two paragraphs apart.
    text = ("BRUXELLES - Selon le Premier ministre, près de 52 000 Belges traversent chaque jour la frontière pour travailler.\n\n"
            "Le Premier ministre luxembourgeois a évoqué quelque 48 000 frontaliers belges.")
    assert _conflicts(text, "fr") == []
