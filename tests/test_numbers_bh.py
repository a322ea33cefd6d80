"""Key numbers: units and conflicts found by probe BH (abbreviated currencies, counts named before their figure)."""

from __future__ import annotations

import pytest

from tests.figures import conflict_values, found


def test_polish_press_abbreviation_of_dollars() -> None:
    nums = found("Eksport wzrósł do 450 mln dolarów, wobec 310 mln dol. dwa lata temu.", "pl")
    assert [(n.value, n.unit) for n in nums] == [(450e6, "USD"), (310e6, "USD")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "$" is the peso's sign in Mexico City, "dollars" written out is still the US dollar.
        ("MEXICO CITY (Wire) — Remittances reached 2,300 million dollars, the central bank said.", "USD"),
        ("MEXICO CITY (Wire) — The subsidy costs $2,300 million a year, the central bank said.", "MXN"),
        # Where the dollar is the country's own, the word is that dollar too.
        ("SYDNEY (Wire) — The port will cost 2,300 million dollars, the state government said.", "AUD"),
    ],
)
def test_dollars_written_out_where_the_sign_is_the_peso(text: str, unit: str) -> None:
    assert [n.unit for n in found(text, "en")] == [unit]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The Polish firms registered in Norway are more than 1,100, the embassy said.", "en", "firms"),
        ("«Oggi le aziende tedesche attive in Sicilia sono circa 300», ha detto il console.", "it", "aziende"),
        ("Les entreprises belges installées au Maroc sont plus de 900.", "fr", "entreprises"),
    ],
)
def test_a_count_whose_noun_is_the_subject_before_a_plural_to_be(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in found(text, lang)] == [unit]


def test_a_figure_before_more_words_after_to_be_counts_nothing_named_before() -> None:
    # The clause goes on after the figure: its noun, if any, is after it.
    assert [n.unit for n in found("The Polish firms in Norway are 1,100 strong in the capital.", "en")] != ["firms"]


def test_one_speaker_giving_two_counts_of_the_subject_and_the_noun_after() -> None:
    text = ("\"About 400 Dutch companies work in Kenya,\" Ruth Baker said.\n\n"
            "\"Today the Dutch companies present in Kenya are more than 650,\" Ruth Baker said.")
    assert conflict_values(text, "en") == [(400.0, 650.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("\"In 2019 they told us the bridge would cost $1.2 billion, now they say $2.1 billion,\" said Ivan Petrov.", "en"),
        ("«В 2015 году нам обещали мост за 1,2 млрд долларов, теперь говорят про 2,1 млрд», — сказал Иван Петров.", "ru"),
    ],
)
def test_an_old_estimate_and_todays_are_no_conflict(text: str, lang: str) -> None:
    assert conflict_values(text, lang) == []


def test_todays_figure_still_conflicts_with_an_undated_one() -> None:
    text = ("\"The bridge will cost $1.2 billion,\" said Ivan Petrov.\n\n"
            "\"The bridge will now cost $2.1 billion,\" said Maria Lopez.")
    assert conflict_values(text, "en") == [(1.2e9, 2.1e9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("\"Italy has trade with Kenya of about 2.4 billion euros, Spain more than 1.6 billion euros,\" said Ruth Baker.", "en"),
        ("– Włochy mają z Kenią obroty rzędu 2,4 mld euro, Hiszpania ponad 1,6 mld euro – mówi Anna Nowak.", "pl"),
        ("Эксперт Анна Петрова говорит: — Товарооборот Италии с Кенией — порядка 2,4 млрд евро, Испании — более 1,6 млрд евро.", "ru"),
    ],
)
def test_a_gapped_clause_gives_another_countrys_figure(text: str, lang: str) -> None:
    assert conflict_values(text, lang) == []


def test_a_bare_sum_restating_an_earlier_one_takes_its_currency() -> None:
    text = ("El gobierno anunció inversiones por 4.000 millones de euros en la región.\n\n"
            "El comercio bilateral llegó a US$ 2.500 millones el año pasado.\n\n"
            "Los 4.000 millones se invertirán sobre todo en energía, explicó el ministro.")
    assert [(n.value, n.unit) for n in found(text, "es")] == [(4e9, "EUR"), (2.5e9, "USD"), (4e9, "EUR")]


def test_below_is_a_ceiling_and_inflation_a_measure() -> None:
    text = ("\"We have brought inflation down to below 12 percent,\" Ivan Petrov said.\n\n"
            "Official statistics published on Monday put annual inflation at 13.4 percent.")
    assert [(n.value, n.qualifier, n.what) for n in found(text, "en")] == [(12.0, "less than", "inflation"), (13.4, None, "inflation")]
    assert conflict_values(text, "en") == [(12.0, 13.4)]


def test_a_contrasted_part_of_a_sentence_is_another_country_pair() -> None:
    text = ("Trade between Chile and Italy reached about US$2.1 billion in 2025, the ministry said, while "
            "Chile's trade with Spain, its largest European partner, was close to US$4.6 billion.")
    assert conflict_values(text, "en") == []


def test_the_same_pair_still_conflicts_beside_a_contrasted_part() -> None:
    text = ("\"Bilateral trade between Chile and Italy reached about US$2.1 billion,\" the minister Ivan Petrov said.\n\n"
            "\"Trade between Chile and Italy was US$2.8 billion, while Chile's trade with Spain was close to "
            "US$4.5 billion,\" Maria Lopez said.")
    assert conflict_values(text, "en") == [(2.1e9, 2.8e9)]
