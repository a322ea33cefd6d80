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
