"""Conflicts: parts before a whole, one-country pairs, hyphened count nouns, two shares in one sentence."""

from __future__ import annotations

from tests.figures import conflict_values, conflicting_articles


def test_part_before_the_whole_of_the_next_clause_is_no_report_of_it() -> None:
    texts = {
        "a": ("en", "Lisbon holds $31 billion of the foreign investment stock, out of a total of $40 billion in Portugal."),
        "b": ("en", "The stock of foreign investment in Portugal stands at $40 billion, the minister said."),
    }
    assert conflicting_articles(texts) == []
    # Without the whole after it, the figure is a report of the stock.
    texts["a"] = ("en", "The stock of foreign investment in Portugal stands at $31 billion, the bank said.")
    assert conflicting_articles(texts) == [["a", "b"]]


def test_az_bunun_opens_a_part_of_the_total() -> None:
    text = "Nazir bildirib ki, ölkə cəmi 18,4 milyard kubmetr qaz ixrac edib, bunun 7,1 milyard kubmetri Türkiyəyə çatdırılıb."
    assert conflict_values(text, "az") == []


def test_both_countries_of_an_article_naming_one_country_is_not_another_pair() -> None:
    texts = {
        "a": ("en", "Kenya's trade minister met Brazil's president.\n\nTrade between Kenya and Brazil reached $310 million in 2025, the minister said."),
        "b": ("en", "Uganda's foreign minister met the Brazilian president on Monday.\n\n\"Trade between our two countries reached $520 million last year,\" the Ugandan minister said of Uganda."),
    }
    assert conflicting_articles(texts) == []
    # The same pair, one of it known: still one relation.
    texts["b"] = ("en", texts["b"][1].replace("Uganda's", "Kenya's").replace("of Uganda", "of Kenya"))
    assert conflicting_articles(texts) == [["a", "b"]]


def test_hyphened_count_noun_counts_its_head() -> None:
    texts = {
        "a": ("en", "The ministers agreed to buy 30 long-range drones in a joint purchase, the commissioner said."),
        "b": ("en", "The ministers signed a joint purchase for 24 long-range drones on Monday, the minister said."),
    }
    assert conflicting_articles(texts) == [["a", "b"]]


def test_a_possessor_standing_for_the_noun_gives_another_countrys_share() -> None:
    text = "The economist said Germany's share of Poland's exports is 27.5%, and France's is now close to 40%."
    assert conflict_values(text, "en") == []


def test_uk_gapped_clause_after_a_and_already() -> None:
    text = "«Лише частково. Частка Польщі у зовнішній торгівлі Литви – 18,2%, а Німеччини – вже понад 30%», – відповів він."
    assert conflict_values(text, "uk") == []
