"""Chinese and Japanese names meeting their Latin and Cyrillic forms: kanji read by kana.txt's family and given names,
Han by pinyin.txt's commonly used characters, Palladius чж; and the people they must not merge with."""

from __future__ import annotations

import pytest

from digest import speakers
from digest.speakers import bridge_skeleton, bridge_skeletons, one_person


@pytest.mark.parametrize("kanji, latin", [
    ("小野田紀美", "Kimi Onoda"),
    ("小野田 紀美", "Kimi Onoda"),  # a space between family and given name
    ("石破茂", "Shigeru Ishiba"),
    ("岸田文雄", "Fumio Kishida"),
    ("佐藤恵子", "Keiko Sato"),
])
def test_a_kanji_name_meets_its_latin_form_read_whole(kanji: str, latin: str) -> None:
    assert one_person(kanji, latin) and one_person(latin, kanji)
    # visits compare people by these skeletons: the Latin form's is one of the kanji name's readings
    assert bridge_skeleton(latin) in bridge_skeletons(kanji)


@pytest.mark.parametrize("kanji, latin", [
    ("佐藤恵子", "Kimi Sato"),  # one family name, another given name
    ("小野田紀美", "Taro Onoda"),
    ("小泉進次郎", "Taro Koizumi"),
])
def test_a_kanji_name_and_another_given_name_are_two_people(kanji: str, latin: str) -> None:
    assert not one_person(kanji, latin) and not one_person(latin, kanji)


@pytest.mark.parametrize("word, name", [
    ("Gasunie", "ティム・ホジソン"),
    ("Gasunie", "小野田紀美"),
    ("Sato", "佐藤恵子"),  # two consonants are too few to stand for a person across scripts
])
def test_a_lone_latin_word_meets_no_cjk_full_name_by_consonants(word: str, name: str) -> None:
    assert not one_person(word, name) and not one_person(name, word)


@pytest.mark.parametrize("han, other", [
    ("张国清", "Zhang Guoqing"),
    ("张国清", "Чжан Гоцин"),  # Palladius чж is pinyin zh
    ("周恩来", "Чжоу Эньлай"),
    ("王沪宁", "Wang Huning"),  # 沪: a commonly used character the names list lacked
    ("趙樂際", "Zhao Leji"),  # 際: a Traditional form read through han.txt
])
def test_a_chinese_name_meets_its_latin_and_cyrillic_forms(han: str, other: str) -> None:
    assert one_person(han, other) and one_person(other, han)


@pytest.mark.parametrize("han, other", [
    ("王毅", "Wang Hongzhi"),
    ("王宏志", "Ван И"),
    ("张国清", "Zhang Yi"),
])
def test_two_chinese_people_of_one_family_name_stay_two(han: str, other: str) -> None:
    assert not one_person(han, other) and not one_person(other, han)


def test_the_pinyin_table_is_read_only_for_a_text_with_han() -> None:
    speakers._pinyin.cache_clear()
    assert one_person("Kimi Onoda", "Onoda") and not one_person("Kimi Onoda", "Иван Петров")
    assert speakers._pinyin.cache_info().currsize == 0
    assert one_person("张国清", "Zhang Guoqing")
    assert speakers._pinyin.cache_info().currsize == 1
