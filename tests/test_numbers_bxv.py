"""Key numbers: restated figures, currencies of Portugal, vague hundreds (found by probe BX)."""

from __future__ import annotations

import pytest
from figures import conflict_values, found


@pytest.mark.parametrize(("text", "lang"), [
    ("The two cities signed on Monday a transport plan worth 36 million dollars for 2028-2030, that is 12 million dollars a year.", "en"),
    ("Les dues ciutats van signar dilluns un pla de transport de 36 milions d'euros per al període 2028-2030, és a dir, 12 milions l'any.", "ca"),
    ("Las dos ciudades firmaron el lunes un plan de transporte de 36 millones de euros para 2028-2030, es decir, 12 millones al año.", "es"),
    ("Les deux villes ont signé lundi un plan de transport de 36 millions d'euros pour 2028-2030, soit 12 millions par an.", "fr"),
])
def test_a_total_restated_as_its_yearly_share_is_no_conflict(text: str, lang: str) -> None:
    assert conflict_values(text, lang) == []


def test_a_currency_word_after_a_noun_is_its_adjective_and_the_paragraph_s_sum_gives_the_currency() -> None:
    # pt/es "real" (actual) after a noun is no Brazilian real: the bare amount is in the euros said before.
    text = "«As exportações somaram 400 milhões de euros. O valor real é talvez de 250 milhões», disse o analista."
    assert [(n.value, n.unit) for n in found(text, "pt")] == [(400e6, "EUR"), (250e6, "EUR")]
    # After a preposition it stays the currency named alone.
    assert [(n.value, n.unit) for n in found("O investimento em reais chega a 900 milhões.", "pt")] == [(900e6, "BRL")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Er kwamen een paar duizend betogers naar het plein.", "nl"),
    ("A few thousand protesters came to the square.", "en"),
])
def test_a_few_hundreds_or_thousands_is_an_approximation(text: str, lang: str) -> None:
    [n] = found(text, lang)
    assert (n.value, n.qualifier) == (1000.0, "at least")


@pytest.mark.parametrize(("text", "lang"), [
    ("Volgens de burgemeester is het aantal klachten een derde lager dan vorig jaar.", "nl"),
    ("The mayor said the number of complaints is a third lower than last year.", "en"),
    ("Die Zahl der Beschwerden ist um ein Drittel niedriger als im Vorjahr.", "de"),
])
def test_a_share_before_a_comparative_is_a_change_by_that_share_not_an_ordinal(text: str, lang: str) -> None:
    assert [(n.value, n.unit) for n in found(text, lang)] == [(33.3, "%")]


def test_a_third_before_a_noun_stays_its_ordinal() -> None:
    assert [(n.value, n.unit) for n in found("De burgemeester begint aan een derde termijn.", "nl")] == [(3.0, "ordinal")]


def test_around_the_clock_is_no_duration() -> None:
    assert found("Il pronto soccorso resta aperto ventiquattro ore su ventiquattro.", "it") == []
