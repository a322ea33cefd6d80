"""Key numbers: currencies, labels, conflicts and sources found by probe S."""

from __future__ import annotations

import pytest
from figures import conflict_values, found, visit_of

from digest.numbers import find_conflicts


def test_a_rand_letter_glued_to_a_sum_is_the_rand_in_a_south_african_article() -> None:
    text = (
        "PRETORIA - The president said trade with the guest's country stood at about R14 billion last year.\n\n"
        "A later statement put bilateral trade at R11.8 billion."
    )
    arts, nums = visit_of(text, "en")
    assert [(n.value, n.unit) for n in nums] == [(14e9, "ZAR"), (11.8e9, "ZAR")]
    assert len(find_conflicts(nums, arts)) == 1


def test_a_letter_before_a_figure_is_no_rand_elsewhere_or_without_a_sum() -> None:
    far = found("LONDON - Traffic on the R14 road was 5,000 cars a day; it cost R2.5 billion, they said.", "en")
    assert all(n.unit != "ZAR" for n in far)
    home = found("PRETORIA - The R21 highway now carries 40,000 vehicles.", "en")
    assert all(n.unit != "ZAR" and "R21" not in n.surface for n in home)


def test_a_currency_code_glued_to_a_sum_gives_the_currency_in_any_language() -> None:
    nums = found("The two sides said trade reached RM3.1 billion, and the fund paid out EUR7m and GBP2,400,000.", "en")
    assert [(n.value, n.unit) for n in nums] == [(3.1e9, "MYR"), (7e6, "EUR"), (2.4e6, "GBP")]
    assert [(n.value, n.unit) for n in found("Nilai ekspor naik menjadi Rp8 triliun dan USD2 miliar.", "id")] == [(8e12, "IDR"), (2e9, "USD")]
    # Without a scale or thousands the code and digits are a version or an event's name.
    nums = found("The servers run PHP8.1 and the delegates flew to COP29 with USD3 in cash.", "en")
    assert all(n.kind != "money" for n in nums)


def test_a_rand_sum_in_dutch_with_a_decimal_comma() -> None:
    nums = found("De handel met Zuid-Afrika bedroeg vorig jaar R2,5 miljard.", "nl")
    assert [(n.value, n.unit) for n in nums] == [(2.5e9, "ZAR")]


def test_east_african_shillings_by_sign_and_by_country() -> None:
    nums = found("NAIROBI - Kenya exported tea worth roughly KSh 9.5 billion. Farmers earned 30 billion shillings.", "en")
    assert [n.unit for n in nums] == ["KES", "KES"]
    nums = found("KAMPALA - The bridge cost 200 billion shillings.", "en")
    assert [n.unit for n in nums] == ["UGX"]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("KATHMANDU - The deals are worth 75 billion rupees, officials said.", "en", "NPR"),
    ("ISLAMABAD - The dam will cost Rs 450 billion, the minister said.", "en", "PKR"),
    ("Sri Lanka's tea exports earned 90 billion rupees last year.", "en", "LKR"),
    ("NEW DELHI - The scheme costs 12 billion rupees.", "en", "INR"),
    # Set nowhere, naming no rupee country: the Indian rupee as before.
    ("The scheme costs 12 billion rupees.", "en", "INR"),
    ("KATMANDOU - Les accords valent 75 milliards de roupies.", "fr", "NPR"),
])
def test_a_bare_rupee_is_the_rupee_of_the_article_s_country(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in found(text, lang)] == [unit]


def test_escudos_quetzales_and_lei_have_iso_units() -> None:
    assert [n.unit for n in found("O custo chegou a perto de 28 mil milhões de escudos.", "pt")] == ["CVE"]
    assert [n.unit for n in found("El préstamo es de unos 500 millones de quetzales.", "es")] == ["GTQ"]
    assert [n.unit for n in found("Wymiana handlowa wyniosła 1,2 mld lei.", "pl")] == ["RON"]
    assert [n.unit for n in found("CHISINAU - The government set aside 300 million lei for the new bridge.", "en")] == ["MDL"]


def test_a_tens_ordinal_and_a_unit_ordinal_are_one_ordinal() -> None:
    nums = found("O Presidente falou de uma diáspora que é a décima primeira ilha do país.", "pt")
    assert [(n.value, n.unit) for n in nums] == [(11.0, "ordinal")]
    nums = found("Es la vigésima segunda edición de la cumbre bilateral.", "es")
    assert [(n.value, n.unit) for n in nums] == [(22.0, "ordinal")]


def test_a_negated_bound_turns_round() -> None:
    cases = [
        ("O primeiro-ministro prometeu que enviar dinheiro para casa não vai custar mais de 3 euros.", "pt"),
        ("El ministro aseguró que el envío no costará más de 3 euros.", "es"),
        ("Il ministro ha detto che l'invio non costerà più di 3 euro.", "it"),
        ("Le ministre a promis que l'envoi ne coûtera pas plus de 3 euros.", "fr"),
        ("Der Minister sagte, die Überweisung werde nicht mehr als 3 Euro kosten.", "de"),
    ]
    for text, lang in cases:
        assert [n.qualifier for n in found(text, lang) if n.value == 3] == ["at most"], lang
    assert [n.qualifier for n in found("Custa, sem dúvida, mais de 3 euros.", "pt")] == ["more than"]


def test_a_clause_with_its_own_subject_keeps_the_measure_of_the_clause_before_off() -> None:
    text = (
        "Die Ministerin sprach von engen Beziehungen. Das Handelsvolumen habe im Vorjahr fast 8 Milliarden Euro betragen, "
        "heimische Unternehmen hätten im Nachbarland rund 4,2 Milliarden Euro investiert.\n\n"
        "Die Kammer nennt höhere Zahlen: Laut Kammer lag der bilaterale Warenverkehr 2025 bei 8,6 Milliarden Euro."
    )
    arts, nums = visit_of(text, "de")
    assert [n.what for n in nums if n.value == 4.2e9] != ["Handelsvolumen"]
    conflicts = find_conflicts(nums, arts)
    assert [sorted(c.numbers) for c in conflicts] == [sorted(n.id for n in nums if n.value in (8e9, 8.6e9))]


def test_a_credit_line_for_investment_is_the_credit_line_and_its_old_level_never_conflicts() -> None:
    text = (
        "Lisboa – O primeiro-ministro anunciou que a linha de crédito concessional para investimento no arquipélago "
        "passa de 100 para 150 milhões de euros.\n\n"
        "Segundo fonte do gabinete, a linha de crédito de Portugal para o arquipélago sobe para 200 milhões de euros."
    )
    arts, nums = visit_of(text, "pt")
    assert [n.qualifier for n in nums if n.value == 1e8] == ["from"]
    conflicts = find_conflicts(nums, arts)
    assert [sorted(c.numbers) for c in conflicts] == [sorted(n.id for n in nums if n.value in (1.5e8, 2e8))]


def test_a_count_of_a_previous_visit_is_no_conflict_with_this_one() -> None:
    text = (
        "The two presidents signed six agreements on energy and transport.\n\n"
        "An opposition deputy said only two of the nine agreements signed during the previous visit were ever carried out."
    )
    assert conflict_values(text, "en") == []
    text = (
        "Президенты подписали шесть соглашений об энергетике.\n\n"
        "Депутат заметил, что во время прошлого визита было подписано девять соглашений."
    )
    assert conflict_values(text, "ru") == []


def test_an_armenian_part_of_a_total_and_a_nationality_before_the_counted_noun() -> None:
    text = (
        "Այս տարի Հայաստանում սովորում է շուրջ 5 000 հնդիկ ուսանող, որոնցից 1 200-ը՝ Գյումրիում։\n\n"
        "Նախարարի խոսքով՝ Հայաստանում սովորում է 6 000 հնդիկ ուսանող։"
    )
    arts, nums = visit_of(text, "hy")
    assert {n.unit for n in nums} == {"ուսանող"}
    assert conflict_values(text, "hy") == [(5000.0, 6000.0)]


def test_a_body_named_before_a_postposed_source_word_is_the_figures_source_not_the_last_speaker() -> None:
    text = (
        "Նախարար Արմեն Պետրոսյանը հայտարարել է, որ արտահանումը կազմել է 90 միլիոն դոլար. "
        "Մաքսային ծառայության տվյալներով՝ արտահանումը կազմել է 76 միլիոն դոլար."
    )
    assert [(n.value, n.speaker) for n in found(text, "hy")] == [(90e6, "Արմեն Պետրոսյան"), (76e6, None)]


def test_words_of_the_day_and_a_prohibition_are_no_label_in_armenian_and_indonesian() -> None:
    hy = found("«Երեկ 450 միլիոն էր, այսօր ուրիշ թիվ են ասում»,- ասաց պատգամավորը.", "hy")
    assert hy and all(not n.what.startswith("Երեկ") for n in hy)
    ind = found('"Jangan sampai 20 tahun lagi kita menunggu jalan ini," kata Budi Santoso.', "id")
    assert ind and all(not n.what.startswith("Jangan") for n in ind)
