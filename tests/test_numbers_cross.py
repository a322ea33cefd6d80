"""Key numbers across languages and number conventions: measures named in two languages, found by probes W and X."""

from __future__ import annotations

import dataclasses

from figures import visit_of

from digest.model import Article, KeyNumber
from digest.numbers import find_conflicts


def _two_languages(texts: dict[str, tuple[str, str]]) -> tuple[list[Article], list[KeyNumber]]:
    """One visit of articles in several languages: id -> (lang, text)."""
    arts: list[Article] = []
    nums: list[KeyNumber] = []
    for aid, (lang, text) in texts.items():
        a, n = visit_of(text, lang)
        arts += [dataclasses.replace(x, id=aid, lang=lang) for x in a]
        nums += [dataclasses.replace(x, id=f"{aid}:n{i}", article=aid) for i, x in enumerate(n)]
    return arts, nums


def test_one_measure_named_in_two_languages_conflicts() -> None:
    arts, nums = _two_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 12 Milliarden Euro."),
        "it": ("it", "Nel 2024 l'interscambio tra i due Paesi è stato di 15 miliardi di euro."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["de", "it"]]


def test_other_measures_in_two_languages_stay_apart() -> None:
    arts, nums = _two_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 12 Milliarden Euro."),
        "it": ("it", "Nel 2024 gli investimenti tra i due Paesi sono stati di 15 miliardi di euro."),
    })
    assert find_conflicts(nums, arts) == ()
