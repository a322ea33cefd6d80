"""Key numbers: inflected counted nouns, scale words and word-built values found by probes AL and AM."""

from __future__ import annotations

import pytest
from figures import conflict_values, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sk", "Minister Ján Hruška navštívil Viedeň.\n\n"
               "„V zahraničí dnes slúži asi 300 našich vojakov,“ povedal Hruška. "
               "Večer hovoril o viac ako 420 vojakoch v misii."),
        ("cs", "Ministr Jan Hruška navštívil Vídeň.\n\n"
               "„V zahraničí dnes slouží asi 300 vojáků,“ řekl Hruška. "
               "Večer mluvil o více než 420 vojácích v misi."),
    ],
)
def test_one_speaker_counting_two_cases_of_one_noun_conflicts(lang: str, text: str) -> None:
    # Two cases of one noun (vojakov, vojakoch) are one count: a stem line keys them both.
    assert conflict_values(text, lang) == [(300.0, 420.0)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Het fonds krijgt 12 miljoen Zweedse kronen van de regering.", "SEK"),
        ("Het fonds krijgt 12 miljoen Noorse kronen van de regering.", "NOK"),
    ],
)
def test_dutch_crowns_are_a_currency(text: str, unit: str) -> None:
    assert [(n.value, n.unit) for n in found(text, "nl")] == [(12e6, unit)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Construcția unei fabrici durează cinci-șase ani."),
        ("de", "Auf der Baustelle arbeiten vierzig-fünfzig Leute."),
    ],
)
def test_two_number_words_joined_by_a_hyphen_are_a_range_not_a_sum(lang: str, text: str) -> None:
    # 5-6 years is not 11 years: no figure rather than a sum.
    assert [n.value for n in found(text, lang)] == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The talks lasted twenty-one days.", 21.0),
        ("fr", "Les travaux ont duré dix-sept ans.", 17.0),
        ("fr", "Il a fallu quatre-vingts jours.", 80.0),
    ],
)
def test_hyphenated_compound_number_words_still_add_up(lang: str, text: str, value: float) -> None:
    assert [n.value for n in found(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Exports could reach half a billion dollars.", 5e8),
        ("en", "Half a million people visited the fair.", 5e5),
        ("de", "Der Fonds erhält eine halbe Milliarde Euro.", 5e8),
    ],
)
def test_half_a_scale_is_half_of_it(lang: str, text: str, value: float) -> None:
    assert [n.value for n in found(text, lang)] == [value]


def test_czech_hundreds_of_millions_is_vague_not_one_million() -> None:
    # "stovek milionů eur" says hundreds of millions: at least 10^8, never 1 × 10^6.
    text = "Vláda jedná o zakázkách v řádu stovek milionů eur."
    assert [(n.value, n.unit, n.qualifier) for n in found(text, "cs")] == [(1e8, "EUR", "at least")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Соода жүгүртүү 35 миллион долларга жетти.", 35e6),
        ("Лоиҳа 2,4 миллиард доллар арзиш дорад.", 2.4e9),
    ],
)
def test_a_cyrillic_article_without_lists_reads_the_shared_scale_words(text: str, value: float) -> None:
    # The scale every Cyrillic list shares is read without lists: never 35 with unit "миллион".
    assert [n.value for n in found(text, "und")] == [value]


def test_one_speaker_giving_two_sums_of_support_so_far_conflicts() -> None:
    # "tähän mennessä" is so far (no target) and "tukeneet" the verb of "tuki": one measure.
    text = ("Ulkoministeri Aino Mäki vieraili Kiovassa.\n\n"
            "– Olemme tähän mennessä tukeneet Moldovaa yhteensä noin 5,2 miljardilla eurolla, Mäki sanoi. "
            "Illalla hän sanoi, että Suomen tuki Moldovalle on noin 4,4 miljardia euroa.")
    assert conflict_values(text, "fi") == [(4.4e9, 5.2e9)]


def test_a_finnish_sum_by_a_later_year_is_no_conflict_with_the_present_one() -> None:
    text = ("Ulkoministeri Aino Mäki vieraili Kiovassa.\n\n"
            "Mäki sanoi, että Suomen tuki Moldovalle on noin 4,4 miljardia euroa. "
            "Hänen mukaansa tuki nousee 5,2 miljardiin euroon vuoteen 2030 mennessä.")
    assert conflict_values(text, "fi") == []


def test_a_ministry_named_as_the_source_is_not_the_measure() -> None:
    # "podľa ministerstva hospodárstva" (economy): the ministry's name is the source; the trade noun is the measure.
    text = "Obchodná výmena s Maďarskom dosiahla podľa ministerstva hospodárstva minulý rok 4,2 miliardy eur."
    assert [n.what for n in found(text, "sk")] == ["Obchodná výmena"]
