"""Key numbers: currencies, labels, conflicts and sources found by probe R."""

from __future__ import annotations

import dataclasses

from figures import found, visit_of

from digest.model import TEXT, Block, KeyNumber, Sentence
from digest.numbers import find_conflicts, find_numbers
from digest.sentences import split
from digest.speakers import People


def test_a_bare_dollar_stays_local_when_the_us_dollar_has_its_own_sign() -> None:
    text = (
        "OTTAWA — The prime minister met the visiting president on Thursday.\n\n"
        "Two-way trade reached almost $50 billion last year. Investors put about US$45 billion into the country. "
        "Remittances topped 12 billion pesos (about C$950 million) last year."
    )
    units = {n.surface: n.unit for n in found(text, "en")}
    assert units["almost $50 billion"] == "CAD"
    assert units["about US$45 billion"] == "USD"


def test_a_pronoun_subject_measures_what_opens_the_sentence_before() -> None:
    text = (
        "Das Handelsvolumen lag 2025 bei 3,8 Milliarden Euro.\n\n"
        "Der Handel zwischen beiden Ländern ist bescheiden. Er belief sich 2025 auf knapp 4,2 Mrd. Euro."
    )
    arts, nums = visit_of(text, "de")
    assert [n.what for n in nums if n.value > 4e9] == ["Handel"]
    assert len(find_conflicts(nums, arts)) == 1


def test_a_counted_noun_in_both_genders_is_one_noun() -> None:
    text = (
        "In Deutschland leben rund 14.000 ausreisepflichtige Bürger.\n\n"
        "Nach deutschen Zahlen halten sich rund 16.500 ausreisepflichtige Bürgerinnen und Bürger im Land auf."
    )
    arts, nums = visit_of(text, "de")
    assert [n.unit for n in nums] == ["Bürger", "Bürger"]
    assert len(find_conflicts(nums, arts)) == 1


def test_a_count_and_another_noun_of_one_stem_are_no_pair() -> None:
    nums = found("Rund 500 Deutsche und Deutschlands Partner kamen.", "de")
    assert [n.unit for n in nums] == ["Deutsche"]


def test_a_target_dated_by_a_year_after_it_is_no_report_of_the_actual_figure() -> None:
    text = (
        "Os dois anunciaram a meta de elevar o comércio bilateral a US$ 5 bilhões até 2030.\n\n"
        "Segundo o Itamaraty, o intercâmbio comercial somou US$ 2,3 bilhões em 2025. "
        'O presidente afirmou que o comércio já chega a "quase 3 bilhões de dólares".'
    )
    arts, nums = visit_of(text, "pt")
    arts = [dataclasses.replace(arts[0], date="2026-06-03")]
    [conflict] = find_conflicts(nums, arts)
    assert sorted(n.surface for n in nums if n.id in conflict.numbers) == ["US$ 2,3 bilhões", "quase 3 bilhões de dólares"]


def test_durations_beside_a_measure_are_horizons_not_reports_of_it() -> None:
    text = (
        "Empresas planejam investir no comércio bilateral nos próximos cinco anos.\n\n"
        '"Dobrar o comércio em quatro anos exigiria uma mudança estrutural", avaliou a especialista.'
    )
    arts, nums = visit_of(text, "pt")
    assert [n.unit for n in nums] == ["years", "years"]
    assert find_conflicts(nums, arts) == ()


def test_a_share_is_of_the_noun_it_links_not_of_a_measure_further_on() -> None:
    text = (
        "Potrivit președintei Sandu, Republica Moldova își acoperă acum peste 80% din consumul de energie electrică prin importuri. "
        "Ministrul Energiei, Bogdan Ivan, a dat însă o cifră mai mare: „Aproape 90% din electricitatea consumată "
        "în Republica Moldova trece astăzi prin rețeaua românească”, a precizat ministrul."
    )
    arts, nums = visit_of(text, "ro")
    assert len(find_conflicts(nums, arts)) == 1


def test_a_target_before_its_conversion_and_a_past_figure_is_still_a_target() -> None:
    text = (
        "The leaders agreed to aim for two-way trade of A$30 billion ($19.6 billion) by 2030, from A$17.6 billion last year.\n\n"
        "Two-way trade was worth A$18.3 billion in 2025, according to the department."
    )
    arts, nums = visit_of(text, "en")
    arts = [dataclasses.replace(arts[0], date="2026-03-12")]
    [conflict] = find_conflicts(nums, arts)
    assert sorted(n.surface for n in nums if n.id in conflict.numbers) == ["A$17.6 billion", "A$18.3 billion"]


def test_up_to_after_a_target_verb_is_the_target_level() -> None:
    [n] = found("Стороны поставили цель довести товарооборот до 15 млрд долларов к 2030 году.", "ru")
    assert (n.surface, n.qualifier) == ("15 млрд долларов", None)


def test_up_to_without_a_target_verb_stays_a_ceiling() -> None:
    [n] = found("Компания закупит до 15 млрд кубометров газа.", "ru")
    assert n.qualifier == "up to"


def test_a_fraction_keeps_its_qualifier() -> None:
    nums = found("Der Naira hat seit 2023 mehr als zwei Drittel seines Werts eingebüsst.", "de")
    assert [(n.surface, n.qualifier) for n in nums if n.unit == "%"] == [("mehr als zwei Drittel", "more than")]


def _quoted(text: str, lang: str, speaker: str) -> list[KeyNumber]:
    """The key numbers of a one-paragraph text whose first quoted span is the speaker's speech."""
    from digest.model import Quote

    open_at = min(i for i in (text.find("«"), text.find('"')) if i >= 0)
    close_at = max(text.rfind("»"), text.rfind('"')) + 1
    quote = Quote(start=open_at, end=close_at, text=text[open_at + 1 : close_at - 1], speaker=speaker, cue="", kind="speech")
    sents = [Sentence(a, e, 0) for a, e in split(text, lang)]
    return find_numbers(text, [Block(0, len(text), TEXT)], sents, [quote], lang, None)


def test_a_small_spelled_count_after_a_preposition_in_a_quote_is_rhetoric() -> None:
    text = 'She said Mexico would not accept a deal that "turns North America into three separate markets."'
    assert _quoted(text, "en", "Claudia Sheinbaum") == []


def test_a_small_spelled_count_a_speaker_reports_stays() -> None:
    text = "«Abbiamo firmato quattro accordi con il Giappone», ha aggiunto il vicepremier."
    assert [n.surface for n in _quoted(text, "it", "Antonio Tajani")] == ["quattro accordi"]


def test_in_his_words_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Президент Володимир Зеленський провів переговори з президентом Фінляндії Александером Стуббом.\n\n"
        "Зеленський подякував фінському колезі за підтримку. За його словами, загальний обсяг допомоги Фінляндії перевищив 3 млрд євро."
    )
    assert [n.speaker for n in found(text, "uk")] == ["Володимир Зеленський"]


def test_according_to_him_is_the_subject_opening_the_sentence_before() -> None:
    text = (
        "President Volodymyr Zelensky met Finnish President Alexander Stubb.\n\n"
        "Zelensky thanked Finland for its support. According to him, total aid exceeded 3 billion euros."
    )
    assert [n.speaker for n in found(text, "en")] == ["Volodymyr Zelensky"]


def test_according_to_him_after_two_people_names_no_one() -> None:
    text = (
        "President Volodymyr Zelensky met Finnish President Alexander Stubb.\n\n"
        "Zelensky thanked Stubb for his support. According to him, total aid exceeded 3 billion euros."
    )
    assert [n.speaker for n in found(text, "en")] == [None]


def test_according_to_him_after_a_quote_is_its_speaker() -> None:
    text = (
        "Президент Владимир Путин принял Ту Лама.\n\n"
        "«Вьетнам умеет дружить со всеми», — пояснила эксперт Анна Ковальчук. "
        "По ее словам, в России учатся около 7 тысяч вьетнамских студентов."
    )
    from digest.model import Quote

    blocks, at = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block(at, at + len(part), TEXT))
        at += len(part) + 2
    quote = Quote(start=text.index("«"), end=text.index("»") + 1, text="", speaker="Анна Ковальчук", kind="speech")
    mentions = People(text, [(b.start, b.end) for b in blocks], "ru").resolve()
    sents = [Sentence(b.start + a, b.start + e, k) for k, b in enumerate(blocks) for a, e in split(text[b.start : b.end], "ru")]
    nums = find_numbers(text, blocks, sents, [quote], "ru", None, mentions)
    assert [n.speaker for n in nums] == ["Анна Ковальчук"]


def test_a_party_in_brackets_is_no_label() -> None:
    text = "Am Nachmittag traf er Bundeskanzler Friedrich Merz (CDU), mit dem er knapp zwei Stunden über Energie sprach."
    assert [n.what for n in found(text, "de")] == [""]


def test_a_german_label_without_a_noun_is_no_label() -> None:
    text = "„Ab 2028 könnten jährlich bis zu 1,2 Millionen Tonnen Flüssiggas nach Deutschland kommen“, sagte sie."
    assert "könnten" not in " ".join(n.what for n in found(text, "de"))


def test_the_prime_minister_said_is_the_prime_minister() -> None:
    text = (
        "Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Thursday.\n\n"
        "The prime minister said two-way trade between Canada and Mexico reached almost $50 billion last year."
    )
    assert [n.speaker for n in found(text, "en")] == ["Mark Carney"]
