"""Key numbers: elided currencies, addressees of speech verbs and conflicts found by probes P and Q."""

from __future__ import annotations

import dataclasses

from figures import found, visit_of

from digest.numbers import find_conflicts


def test_an_elided_currency_is_that_of_the_last_sum_in_the_same_scale_word() -> None:
    text = (
        "El comercio bilateral alcanzó los 9.400 millones de euros en 2026.\n\n"
        "El ministro Carlos Cuerpo dijo que el comercio se situó «en torno a los 8.700 millones», "
        "con un déficit de unos 2.100 millones."
    )
    arts, nums = visit_of(text, "es")
    assert [n.unit for n in nums if n.value > 1e6] == ["EUR", "EUR", "EUR"]
    assert len(find_conflicts(nums, arts)) == 1


def test_an_elided_currency_skips_a_year_between() -> None:
    nums = found("Дані Держстату скромніші: 10,3 млрд доларів за 2026 рік, з них український експорт — 4,6 млрд.", "uk")
    assert [n.unit for n in nums if n.value > 1e6] == ["USD", "USD"]


def test_an_elided_currency_of_a_smaller_part_in_one_sentence() -> None:
    nums = found("L'interscambio si è fermato a 7,3 miliardi di euro, con un avanzo italiano di circa 1,9 miliardi.", "it")
    assert [n.unit for n in nums] == ["EUR", "EUR"]


def test_a_bare_scaled_figure_of_another_size_keeps_no_currency() -> None:
    text = "Le esportazioni valgono 3 miliardi di euro.\n\nIl paese conta 60 milioni, più di ogni altro."
    assert [n.unit for n in found(text, "it")][-1] is None


def test_whom_a_figure_was_told_to_is_no_label() -> None:
    text = (
        "Regeringen uppger att det militära stödet till Ukraina uppgår till nästan 90 miljarder kronor. "
        "Pål Jonson (M) sa till TT att summan är ”över 95 miljarder kronor om man räknar med det nya paketet”."
    )
    arts, nums = visit_of(text, "sv")
    assert "TT" not in {n.what for n in nums}
    assert len(find_conflicts(nums, arts)) == 1


def test_goods_and_services_are_a_report_of_trade_in_dutch() -> None:
    text = (
        "Volgens Macron bedraagt de handel tussen beide landen 'ruim 130 miljard euro' per jaar.\n\n"
        "'Volgens de Nationale Bank ging het om 118,4 miljard euro aan goederen en diensten', zei ze."
    )
    arts, nums = visit_of(text, "nl")
    assert len(find_conflicts(nums, arts)) == 1


def test_an_elided_currency_skips_sums_of_another_size_between() -> None:
    text = (
        "El comercio bilateral alcanzó los 9.400 millones de euros en 2026.\n\n"
        "Japón invierte en Europa más de 500.000 millones de euros.\n\n"
        "Según el ministro, el comercio se situó «en torno a los 8.700 millones» el año pasado."
    )
    assert [n.unit for n in found(text, "es")] == ["EUR", "EUR", "EUR"]


def test_the_previous_year_of_a_named_year_is_the_year_before_it() -> None:
    texts = (
        "El comercio bilateral cayó a 2.100 millones de dólares en 2025, frente a 2.900 millones el año anterior.\n\n"
        'El canciller habló de un intercambio de "unos 2.400 millones de dólares" en 2025.'
    )
    arts, nums = visit_of(texts, "es")
    arts = [dataclasses.replace(a, date="2026-01-21") for a in arts]
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[2.1e9, 2.4e9]]


def test_a_figure_a_dash_calls_a_target_is_a_target() -> None:
    text = (
        "По данным таможни, товарооборот двух стран в прошлом году составил 4,3 млрд долларов. "
        "По его словам, товарооборот превысил 4,8 млрд долларов. "
        "«Товарооборот в 10 миллиардов — это цель, которую ставят уже лет десять», — отметил эксперт."
    )
    arts, nums = visit_of(text, "ru")
    arts = [dataclasses.replace(a, date="2025-10-22") for a in arts]
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[4.3e9, 4.8e9]]


def test_the_subject_of_a_speech_verb_before_that_is_no_label() -> None:
    text = ("Sui migranti, il ministro dell'Interno Matteo Piantedosi ha spiegato che gli arrivi "
            "dalla rotta turca sono scesi del 38% nei primi nove mesi dell'anno.")
    assert [n.what for n in found(text, "it")][0] == "arrivi"


def test_around_with_an_articled_preposition_is_a_qualifier() -> None:
    assert [n.qualifier for n in found("Il calo sarebbe intorno al 30% secondo il Viminale.", "it")] == ["about"]


def test_a_sourced_change_of_no_name_is_another_report_of_the_named_one() -> None:
    text = (
        "Il ministro Matteo Piantedosi ha spiegato che gli arrivi dalla rotta turca sono scesi del 38%. "
        "Secondo fonti del Viminale, però, il calo sarebbe «intorno al 30%»."
    )
    arts, nums = visit_of(text, "it")
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[30, 38]]


def test_a_source_opening_the_sentence_names_the_source_of_its_later_clauses() -> None:
    text = (
        "La présidente a rappelé que les échanges entre les deux pays atteignaient « près de 9 milliards d'euros ». "
        "Selon les douanes françaises, ils se sont élevés à 8,2 milliards d'euros en 2026."
    )
    arts, nums = visit_of(text, "fr")
    assert len(find_conflicts(nums, arts)) == 1


def test_a_tariff_falling_from_a_rate_is_no_report_of_another_tariff() -> None:
    texts = {
        "a": "«Se i dazi brasiliani sulle scarpe, che oggi sono al 35 per cento, venissero tagliati, potremmo assumere venti persone».",
        "b": "«Se l'accordo entrasse in vigore, i dazi sulle nostre macchine industriali scenderebbero da circa il 20 per cento a zero».",
    }
    arts, nums = [], []
    for aid, text in texts.items():
        arts += visit_of(text, "it")[0]
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid) for i, n in enumerate(visit_of(text, "it")[1])]
    arts = [dataclasses.replace(a, id=aid) for a, aid in zip(arts, texts)]
    assert find_conflicts(nums, arts) == ()


def test_a_dutch_speech_verb_with_eraan_before_dat_gives_no_label() -> None:
    nums = found("Minister Theo Francken koopt houwitsers. Hij voegde eraan toe dat de levering in 2029 moet beginnen.", "nl")
    assert [n.what for n in nums if n.value == 2029] == ["levering"]


def test_a_range_before_an_article_counts_the_noun_after_it() -> None:
    nums = found("Ambos gobiernos firmarán un acuerdo para ampliar de 14 a 21 los vuelos directos semanales.", "es")
    assert [(n.value, n.value_end, n.unit) for n in nums] == [(14, 21, "vuelos")]
