"""Key numbers: currencies, labels, conflicts and sources found by probe R."""

from __future__ import annotations

import dataclasses

from digest.model import Analysis, Article, Block, KeyNumber, Sentence, TEXT
from digest.numbers import find_conflicts, find_numbers
from digest.speakers import People
from digest.sentences import split


def _found(text: str, lang: str) -> list[KeyNumber]:
    """The key numbers of a text of paragraphs split on blank lines, sources resolved through its person mentions."""
    blocks, at = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block(at, at + len(part), TEXT))
        at += len(part) + 2
    spans = [(b.start, b.end) for b in blocks]
    mentions = People(text, spans, lang).resolve()
    sents = [Sentence(b.start + a, b.start + e, k) for k, b in enumerate(blocks) for a, e in split(text[b.start : b.end], lang)]
    return find_numbers(text, blocks, sents, [], lang, None, mentions)


def _visit(text: str, lang: str) -> tuple[list[Article], list[KeyNumber]]:
    """One article of one visit and its key numbers."""
    arts = [Article("a", "a", text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v")]
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(_found(text, lang))]
    return arts, nums


def test_a_bare_dollar_stays_local_when_the_us_dollar_has_its_own_sign() -> None:
    text = (
        "OTTAWA — The prime minister met the visiting president on Thursday.\n\n"
        "Two-way trade reached almost $50 billion last year. Investors put about US$45 billion into the country. "
        "Remittances topped 12 billion pesos (about C$950 million) last year."
    )
    units = {n.surface: n.unit for n in _found(text, "en")}
    assert units["almost $50 billion"] == "CAD"
    assert units["about US$45 billion"] == "USD"


def test_a_pronoun_subject_measures_what_opens_the_sentence_before() -> None:
    text = (
        "Das Handelsvolumen lag 2025 bei 3,8 Milliarden Euro.\n\n"
        "Der Handel zwischen beiden Ländern ist bescheiden. Er belief sich 2025 auf knapp 4,2 Mrd. Euro."
    )
    arts, nums = _visit(text, "de")
    assert [n.what for n in nums if n.value > 4e9] == ["Handel"]
    assert len(find_conflicts(nums, arts)) == 1


def test_a_counted_noun_in_both_genders_is_one_noun() -> None:
    text = (
        "In Deutschland leben rund 14.000 ausreisepflichtige Bürger.\n\n"
        "Nach deutschen Zahlen halten sich rund 16.500 ausreisepflichtige Bürgerinnen und Bürger im Land auf."
    )
    arts, nums = _visit(text, "de")
    assert [n.unit for n in nums] == ["Bürger", "Bürger"]
    assert len(find_conflicts(nums, arts)) == 1


def test_a_count_and_another_noun_of_one_stem_are_no_pair() -> None:
    nums = _found("Rund 500 Deutsche und Deutschlands Partner kamen.", "de")
    assert [n.unit for n in nums] == ["Deutsche"]
