"""Japanese family names no list holds, places inside a city's bounds and in a photo caption, katakana names whose
r is silent, and number readings: "X or Y" ranges, rank groups, multiples, spans after a sum."""

from __future__ import annotations

import pytest

from digest import places, speakers
from digest.config import Limits, SummarySettings
from digest.numbers import scan
from digest.pipeline import Settings, analyse


def _ja() -> Settings:
    return Settings(SummarySettings(), Limits(), lang="ja")


def test_an_unlisted_two_kanji_family_name_written_with_a_portfolio_and_alone_before_a_role() -> None:
    # 森川 is in no name list: written before its portfolio and role, then alone before 大臣, it is a name; an
    # economist's title after a listed family name is a role word.
    text = ("閣僚会談\n2025年3月12日\n森川外務担当大臣は12日、来日したフランスの外相と会談しました。\n"
            "会談の冒頭、森川大臣は「両国の関係は重要だ」と述べました。\n"
            "研究所の高田恵子主任エコノミストは「効果は限られる」と話しています。")
    a = analyse(text, _ja())
    assert [(q.kind, q.speaker) for q in a.quotes] == [("speech", "森川"), ("speech", "高田恵子")]


def test_a_determiner_before_a_portfolio_is_no_family_name() -> None:
    # 次期 ("next") stands where a family name would, before a portfolio and alone before 大臣: no one.
    text = "次期外務担当大臣は未定だ。次期大臣は「…」と話す。"
    cast = speakers.people_of(text, [(0, len(text))], "ja", [])
    assert "次期" not in cast.people()


@pytest.mark.parametrize("text", [
    "外相は10日、大阪市内で会談しました。",
    "会談に臨む両外相（10日 大阪）",
])
def test_a_city_s_bounds_and_a_caption_s_day_and_place_are_where_it_happens(text: str) -> None:
    found = places.find(text, [(0, len(text))], "ja")
    assert [(f.place.name, f.locative) for f in found] == [("Osaka", True)]


def test_a_place_in_brackets_without_a_day_is_no_caption() -> None:
    text = "外相は大阪（日本）の出身です。"
    assert not any(f.locative for f in places.find(text, [(0, len(text))], "ja"))


def test_a_latin_name_s_silent_r_meets_its_katakana_form() -> None:
    # Japanese writes the r closing a syllable as a long vowel: Helga Bauer, ヘルガ・バウアー (an invented name).
    assert speakers.one_person("Helga Bauer", "ヘルガ・バウアー")
    assert "ʀ" + speakers.bridge_skeleton("ヘルガ・バウアー") in speakers.bridge_skeletons("Helga Bauer")
    # Another consonant is another name; and the tag keeps the r-less reading from meeting other scripts.
    assert not speakers.one_person("Helga Bauer", "ヘルガ・バウマー")
    assert not any(s.startswith("ʀ") for s in speakers.bridge_skeletons("王毅"))


@pytest.mark.parametrize(("lang", "text", "value", "value_end", "unit"), [
    ("fr", "Le test viendra dans deux ou trois ans.", 2, 3, "years"),
    ("en", "The test will come in two or three years.", 2, 3, "years"),
    ("de", "Der Test kommt in zwei oder drei Jahren.", 2, 3, "years"),
    ("it", "Il test arriverà tra due o tre anni.", 2, 3, "years"),
    ("pl", "Test nastąpi za dwa lub trzy lata.", 2, 3, "years"),
    ("ja", "価格は石炭の2倍から5倍だ。", 2, 5, "times"),
])
def test_two_figures_joined_by_or_and_a_multiple_s_range(lang: str, text: str, value: float, value_end: float,
                                                          unit: str) -> None:
    assert [(f.value, f.value_end, f.unit) for f in scan(text, lang)] == [(value, value_end, unit)]


def test_a_span_after_a_sum_with_an_abbreviated_scale_is_no_more_than() -> None:
    text = "Das Programm kostet rund 4 Mrd. Euro über acht Jahre."
    assert [(f.value, f.qualifier) for f in scan(text, "de")] == [(4e9, "about"), (8, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Polska będzie jednym z pięciu największych odbiorców programu."),
    ("en", "Poland will be one of the five largest buyers of the system."),
])
def test_a_rank_s_group_is_no_key_figure(lang: str, text: str) -> None:
    a = analyse("Obrona\n\n12.03.2025\n\n" + text, Settings(SummarySettings(), Limits(), lang=lang))
    assert a.numbers == ()


def test_a_quoted_term_restating_figures_read_before_adds_none() -> None:
    text = ("水素戦略\n2025年3月12日\n政府は5年間でおよそ2兆円を投じる計画です。"
            "山田太郎大臣は記者団に対し『5年で2兆円』という目標について「出発点だ」と強調しました。")
    a = analyse(text, _ja())
    assert sorted((n.value, n.unit) for n in a.numbers) == [(5, "years"), (2e12, "JPY")]


def test_a_label_cut_inside_toshite_starts_after_it() -> None:
    # として ("as") opens with と, which is no particle there: the label starts after the whole word.
    text = "水素協力\n2025年3月12日\n大臣はフランス側として電池の共同研究に3億ユーロを拠出する考えを示しました。"
    a = analyse(text, _ja())
    assert [(n.value, n.what) for n in a.numbers] == [(3e8, "電池の共同研究")]


@pytest.mark.parametrize(("lang", "text", "bad"), [
    ("en", "Talks\n\n12 March 2025\n\nItaly will buy ships worth €2.1bn, while Greece will put in about €640m.",
     "while Greece"),
    ("fr", "Défense\n\n12 mars 2025\n\nUn peu plus tard, il a cité un autre chiffre : « Avec nos trois milliards "
           "d'euros, nous serons présents », a ajouté M. Dupont.", "peu"),
])
def test_a_connector_or_an_adverb_is_no_label(lang: str, text: str, bad: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang=lang))
    assert a.numbers and all(bad not in n.what for n in a.numbers)
