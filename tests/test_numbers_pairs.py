"""Conflicts lost to a label's words: a pair of country adjectives, declined country names, a singular measure noun."""

from __future__ import annotations

from figures import visit_in_languages

from digest.model import Article, KeyNumber
from digest.numbers import find_conflicts



def _pairs(arts: list[Article], nums: list[KeyNumber]) -> list[list[str]]:
    return [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)]


def test_a_pair_named_by_two_adjectives_is_another_relation() -> None:
    arts, nums = visit_in_languages({
        "a": ("en", "Trade between Poland and Lithuania reached 9 billion euros last year, the minister said."),
        "b": ("en", "The envoy recalled that Latvian-Lithuanian trade reached 4 billion euros last year."),
    })
    assert _pairs(arts, nums) == []


def test_the_same_pair_named_by_adjectives_still_conflicts() -> None:
    arts, nums = visit_in_languages({
        "a": ("en", "Trade between Poland and Lithuania reached 9 billion euros last year, the minister said."),
        "b": ("en", "The envoy recalled that Polish-Lithuanian trade reached 7 billion euros last year."),
    })
    assert _pairs(arts, nums) == [["a", "b"]]


def test_czech_instrumental_country_names_give_the_pair() -> None:
    # "mezi Českem a Rumunskem" (between Czechia and Romania): a Hungarian–Romanian figure is another relation.
    arts, nums = visit_in_languages({
        "cs": ("cs", "Obchod mezi Českem a Rumunskem loni přesáhl 5 miliard eur, uvedl ministr."),
        "hu": ("hu", "A miniszter szerint a magyar–román kereskedelem tavaly elérte a 9 milliárd eurót."),
    })
    assert _pairs(arts, nums) == []


def test_romanian_singular_trade_exchange_is_trade() -> None:
    arts, nums = visit_in_languages({
        "ro": ("ro", "Polonia este un partener economic important, cu un schimb comercial de 4 miliarde de euro anul trecut, a spus ministrul."),
        "en": ("en", "Trade between the two countries reached 5 billion euros last year, the minister said."),
    })
    assert _pairs(arts, nums) == [["en", "ro"]]
