"""Key numbers: separators of unlisted languages, conflicts and noise found by probe T."""

from __future__ import annotations

import pytest
from figures import found, visit_of

from digest.numbers import find_conflicts


def test_a_dot_before_three_digits_groups_thousands_in_a_language_without_lists() -> None:
    # Slovene has no number data: "6.000" is six thousand, "2,5" a decimal.
    nums = found("LJUBLJANA - Na shodu se je zbralo 6.000 ljudi, trajekt pa bo prepeljal do 40.000 potnikov.", "sl")
    assert [n.value for n in nums] == [6000.0, 40000.0]
    nums = found("SARAJEVO - Razmjena je porasla za 2,5 posto, a u gradu živi 1.250 porodica.", "bs")
    assert [n.value for n in nums] == [2.5, 1250.0]


def test_a_comma_that_only_groups_in_a_language_without_lists_groups() -> None:
    nums = found("SARAJEVO - Na skupu je bilo 6,000 ljudi, a u gradu živi 1,250,000 stanovnika.", "bs")
    assert [n.value for n in nums] == [6000.0, 1250000.0]
    # The article's own decimal point tells "1.250" apart.
    nums = found("SARAJEVO - Rast je bio 2.75 posto, a cijena 1.250 eura.", "bs")
    assert [n.value for n in nums][:1] == [2.75]


def _conflicts(text: str, lang: str, day: str | None = None) -> list[tuple[float, ...]]:
    """The values of each conflict found in one dated article."""
    import dataclasses

    arts, nums = visit_of(text, lang)
    arts = [dataclasses.replace(a, date=day) for a in arts]
    by_id = {n.id: n.value for n in nums}
    return [tuple(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)]


def test_a_target_for_a_later_year_is_no_report_of_the_present_figure() -> None:
    text = (
        "NEW DELHI - The leaders agreed to more than double bilateral trade to US$ 50 billion by 2030.\n\n"
        "Bilateral trade stood at US$ 29.4 billion last year, the ministry said. "
        '"Our trade has reached almost US$ 32 billion," the president said.'
    )
    assert _conflicts(text, "en", "2025-12-09") == [(29.4e9, 32e9)]


def test_a_part_of_a_total_is_no_conflict_with_it() -> None:
    text = "BERNA - L'Ufficio federale di statistica conta 92'400 frontalieri italiani, di cui circa 79'000 nel solo Cantone Ticino."
    assert _conflicts(text, "it", "2025-06-19") == []
    text = "PRAG - Es gibt 92.400 Grenzgänger, davon rund 79.000 allein im Tessin."
    assert _conflicts(text, "de", "2025-06-19") == []


def test_a_figure_from_next_year_is_no_conflict_with_todays() -> None:
    text = "PRAHA - Ministryně uvedla, že Česko má v Litvě zhruba 100 vojáků, od příštího roku by jich mělo být až 150."
    assert _conflicts(text, "cs", "2025-04-16") == []


def test_a_word_before_a_year_is_a_time_not_the_counted_noun() -> None:
    nums = found("Le Statec en recensait 49 200 fin 2024.", "fr")
    assert [(n.value, n.unit) for n in nums] == [(49200.0, None)]


def test_today_is_no_counted_noun() -> None:
    nums = found("Le Luxembourg versera 90 millions d'euros par an, contre 30 millions aujourd'hui.", "fr")
    assert all(n.unit != "aujourd'hui" for n in nums)


def test_a_time_in_hours_and_minutes_a_line_number_and_a_dated_ordinal_are_no_figures() -> None:
    text = (
        "Le train devrait relier les deux capitales en 2 h 10. La modernisation de la ligne 162 coûtera "
        "1,2 milliard d'euros. Le seuil passera dès le 1er janvier 2026."
    )
    assert [n.surface for n in found(text, "fr")] == ["1,2 milliard d'euros"]
    assert [n.surface for n in found("Die Linie 5 fährt ab 14h30 alle 10 Minuten.", "de")] == ["10 Minuten"]


def test_a_figure_compared_in_its_sentence_is_no_second_report() -> None:
    text = "Le Luxembourg versera désormais 90 millions d'euros par an aux communes, contre 30 millions aujourd'hui."
    assert _conflicts(text, "fr", "2025-05-21") == []
    text = "Il commercio vale 90 milioni di euro, rispetto ai 60 milioni di euro di prima."
    assert _conflicts(text, "it", "2025-05-21") == []


def test_turkish_percent_range_case_ending_and_postposed_source() -> None:
    text = (
        "ANKARA - Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.\n\n"
        "Erdoğan'ın açıklamasına göre Karabağ'da şu ana kadar 3 bin 200 kilometre yol ve 40'tan fazla köy yeniden inşa edildi. "
        "Uzman, yüklerin yüzde 5 ila 7'sinin bu hattan geçebileceğini söyledi."
    )
    nums = found(text, "tr")
    assert [(n.value, n.value_end, n.unit) for n in nums] == [(3200.0, None, "km"), (40.0, None, "köy"), (5.0, 7.0, "%")]
    assert nums[1].qualifier == "more than"
    assert all(n.speaker != "Karabağ" for n in nums)
    assert nums[0].speaker == "Recep Tayyip Erdoğan"


def test_russian_hundreds_in_the_genitive_are_numbers() -> None:
    nums = found("По данным полиции, в акции участвовали больше ста человек, а на концерт пришли более двухсот гостей.", "ru")
    assert [(n.value, n.unit, n.qualifier) for n in nums] == [(100.0, "человек", "more than"), (200.0, "гостей", "more than")]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # A singular scale noun without a numeral, before a currency, is one of it.
        ("sk", "Rezort chce do roku 2028 získať miliardu eur na cesty.", "miliardu eur"),
        ("cs", "Město letos investuje miliardu korun do škol.", "miliardu korun"),
        ("hr", "Država će uložiti milijardu eura u luke.", "milijardu eura"),
    ],
)
def test_a_singular_scale_noun_before_a_currency_is_one_of_it(lang: str, text: str, surface: str) -> None:
    assert [(n.surface, n.value) for n in found(text, lang) if n.unit] == [(surface, 1e9)]


def test_a_plural_scale_noun_or_one_without_a_currency_gives_no_number() -> None:
    assert found("Ide o miliardy eur ročne.", "sk") == []
    assert found("Vláda chce investovať miliardu.", "sk") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface", "qualifier"),
    [
        # The change's preposition between the qualifier and its figure keeps the qualifier.
        ("sk", "Vývoz vzrástol takmer o 30 percent.", "takmer o 30 percent", "almost"),
        ("cs", "Vývoz vzrostl zhruba o 30 procent.", "zhruba o 30 procent", "about"),
        ("ru", "Экспорт вырос почти на 30 процентов.", "почти на 30 процентов", "almost"),
        ("uk", "Експорт зріс майже на 30 відсотків.", "майже на 30 відсотків", "almost"),
    ],
)
def test_a_qualifier_before_the_preposition_of_a_change_is_the_figure_s(lang: str, text: str, surface: str, qualifier: str) -> None:
    assert [(n.surface, n.qualifier) for n in found(text, lang)] == [(surface, qualifier)]


def test_a_spanish_part_opened_by_de_los_que_is_no_conflict_with_its_whole() -> None:
    text = (
        "AMÁN - “Pedimos ayuda, pero sobre todo paz”, afirmó Abdalá, que recordó que el país acoge a cerca de 1,2 millones "
        "de refugiados sirios, de los que unos 700.000 están registrados ante ACNUR."
    )
    assert _conflicts(text, "es", "2025-06-19") == []


def test_two_items_of_a_list_are_two_things() -> None:
    text = (
        "MADRID - El Gobierno firmó cinco acuerdos con Pekín:\n\n"
        "- Acuerdo entre el ICO y un banco chino para una línea de crédito de hasta 200 millones de euros para pymes.\n"
        "- Acuerdo de exportación de aceite de oliva, que abre un mercado estimado en 260 millones de euros anuales.\n"
    )
    assert _conflicts(text, "es", "2025-06-19") == []


def test_one_disagreement_told_by_two_articles_is_shown_once() -> None:
    one = (
        "ARUSHA - Secretary-General Jane Doe told the leaders that partner states owe a total of $48.2 million in unpaid "
        'contributions. "The arrears today exceed $60 million. We will not accept this burden," Vice-President John Roe said.'
    )
    other = (
        "ARUSHA - The budget gap of the community stands at $48.2 million, the secretariat said. "
        "Vice-President John Roe said the budget gap exceeds $60 million."
    )
    arts, nums = visit_of({"a": one, "b": other}, "en")
    conflicts = find_conflicts(nums, arts)
    assert len(conflicts) == 1
    assert [sorted(i.split(":")[0] for i in ids) for ids in conflicts[0].sources] == [["a", "b"], ["a", "b"]]
