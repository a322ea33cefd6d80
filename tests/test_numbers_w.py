"""Key numbers: targets within a period, labels that are verbs or names, and noise found by probe W."""

from __future__ import annotations

import pytest
from figures import conflict_values, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Минск, 17 июня. Президент Павел Орлов провел переговоры с гостем.\n\n"
            "«Три миллиарда долларов товарооборота — это задача на ближайшие пять лет», — сказал Орлов. "
            "По его словам, в прошлом году взаимная торговля составила 2,4 млрд долларов.",
        ),
        (
            "ru",
            "Минск, 17 июня. Президент Павел Орлов провел переговоры с гостем.\n\n"
            "Орлов сказал, что товарооборот должен вырасти до 3 млрд долларов в течение пяти лет. "
            "В прошлом году товарооборот составил 2,4 млрд долларов.",
        ),
        (
            "en",
            "LONDON - Prime Minister Anne Hale met her counterpart on Tuesday.\n\n"
            "Hale said trade should grow to $3 billion within five years. "
            "Trade between the two countries was $2.4 billion last year.",
        ),
        (
            "it",
            "ROMA - Il presidente Paolo Verdi ha ricevuto il suo omologo.\n\n"
            "Verdi ha detto che l'interscambio salirà a 3 miliardi di euro entro cinque anni. "
            "L'interscambio è stato di 2,4 miliardi di euro l'anno scorso.",
        ),
        (
            "fr",
            "PARIS - Le président Paul Mercier a reçu son homologue mardi.\n\n"
            "Mercier a dit que les échanges atteindront 3 milliards d'euros d'ici cinq ans. "
            "Les échanges ont été de 2,4 milliards d'euros l'an dernier.",
        ),
    ],
)
def test_a_figure_to_reach_within_a_period_is_a_target(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == []


def test_a_period_of_another_verb_leaves_the_figure_actual() -> None:
    text = (
        "LONDON - Prime Minister Anne Hale met her counterpart on Tuesday.\n\n"
        "Hale put bilateral trade at $2.4 billion and said she wanted it to double within four years. "
        "Official data put trade at $2.9 billion last year."
    )
    assert len(conflict_values(text, "en")) == 1


def test_a_dash_explains_its_figure_past_a_comma() -> None:
    text = (
        "Минск, 17 июня. Президент Павел Орлов провел переговоры с гостем.\n\n"
        "«Три миллиарда долларов товарооборота — это не мечта, это задача на ближайшие пять лет», — сказал Орлов. "
        "По его словам, в прошлом году взаимная торговля составила 2,4 млрд долларов."
    )
    assert conflict_values(text, "ru") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "DEN HAAG - Premier Jan Vos en zijn ambtgenoot Piet Mol spraken dinsdag.\n\n"
            "Vos kondigde aan dat Nederland 250 miljoen euro vrijmaakt voor drones. "
            "Mol noemde later een hoger bedrag: volgens hem gaat het om 280 miljoen euro.",
        ),
        (
            "pt",
            "O presidente João Silva recebeu nesta quarta-feira o presidente do Chile.\n\n"
            "Segundo Silva, o comércio bilateral somou US$ 6,5 bilhões em 2025. "
            "O ministério, no entanto, divulgou em nota um valor diferente, de US$ 6,9 bilhões.",
        ),
        (
            "en",
            "Prime Minister Anne Hale received her Danish counterpart in Dublin on Wednesday.\n\n"
            "Hale said trade between the two countries was worth about €820 million. "
            'Her guest put the figure higher, at "closer to €900 million", once services were counted.',
        ),
    ],
)
def test_a_figure_called_a_value_restates_the_sentence_before(lang: str, text: str) -> None:
    assert len(conflict_values(text, lang)) == 1


def test_a_figure_called_a_value_in_another_paragraph_is_left_alone() -> None:
    text = (
        "Prime Minister Anne Hale received her Danish counterpart in Dublin on Wednesday.\n\n"
        "Hale said trade between the two countries was worth about €820 million.\n\n"
        "The fund has a total value of €900 million."
    )
    assert conflict_values(text, "en") == []


def test_a_value_heading_its_own_noun_group_is_another_measure() -> None:
    text = (
        "Prime Minister Anne Hale received her Danish counterpart in Dublin on Wednesday.\n\n"
        "Hale said trade between the two countries was worth about €820 million. "
        "The value of remittances sent home by workers reached €900 million."
    )
    assert conflict_values(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "units"),
    [
        ("ru", "В прошлом году через такие расчеты прошло около 700 млн белорусских рублей.", ["BYN"]),
        ("uk", "Оборот склав 700 млн білоруських рублів.", ["BYN"]),
        ("ru", "Бюджет города составил 700 млн рублей.", ["RUB"]),
        ("ro", "Bulgaria a încasat anul trecut aproximativ 130 de milioane de leva din taxele de drum.", ["BGN"]),
    ],
)
def test_a_currency_named_with_its_country_gets_its_code(lang: str, text: str, units: list[str]) -> None:
    from figures import found

    assert [n.unit for n in found(text, lang)] == units


def test_a_preposition_after_a_cable_name_is_no_counted_noun() -> None:
    from figures import found

    text = "Zeker negen kabels raakten beschadigd, onder meer de stroomkabel Balticlink 3 tussen Estland en Letland."
    assert [n.surface for n in found(text, "nl")] == ["negen kabels"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A person's age, in an apposition after the name or with an age word, is no key figure.
        ("es", "Ramírez, de 41 años, firmó un acuerdo de 300 millones de euros."),
        ("ca", "Puig, de 52 anys, va signar un acord de 300 milions d'euros."),
        ("it", "Rossi, 57 anni, ha firmato un accordo da 300 milioni di euro."),
        ("en", "The 44-year-old minister signed a deal worth 300 million euros."),
        ("en", "Aged 61 years, the minister signed a deal worth 300 million euros."),
        ("de", "Der Minister ist 63 Jahre alt und unterzeichnete ein Abkommen über 300 Millionen Euro."),
    ],
)
def test_a_person_s_age_is_no_key_number(lang: str, text: str) -> None:
    from figures import found

    assert [n.value for n in found(text, lang)] == [300e6]


def test_a_span_of_years_in_a_clause_of_its_own_stays() -> None:
    from figures import found

    # Not after a name, or with more than a linking word: a duration, the news.
    assert [n.value for n in found("El acuerdo, firmado hace años, durará 10 años, dijo.", "es")] == [10.0]
    assert [n.value for n in found("Ramírez, tras 12 años en el cargo, firmó.", "es")] == [12.0]
    # A range of ages describes a group ("youth aged 18-25"): a figure about the subject.
    assert [n.value for n in found("Młodzież w wieku 18-25 lat wyjeżdża za granicę.", "pl")] == [18.0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A present-tense predicate verb never ends a label: the subject is what is measured.
        ("Šī sistēma maksā 5 miljonus eiro.", "Šī sistēma"),
        ("Jaunā raķete izmaksā 2 miljonus eiro.", "Jaunā raķete"),
    ],
)
def test_a_latvian_predicate_verb_ends_no_label(text: str, label: str) -> None:
    from figures import found

    assert [n.what for n in found(text, "lv")] == [label]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # The noun after an [among] word names who a bare figure counts.
        ("it", "Al congresso hanno partecipato circa 400 tra sindaci, assessori e imprenditori.", "sindaci"),
        ("es", "Asistieron unos 400 entre los empresarios y alcaldes.", "empresarios"),
    ],
)
def test_a_bare_figure_counts_the_noun_after_among(lang: str, text: str, unit: str) -> None:
    from figures import found

    assert [n.unit for n in found(text, lang)] == [unit]


def test_a_bare_figure_before_among_and_a_year_counts_nothing() -> None:
    from figures import found

    assert [n.unit for n in found("Il commercio è cresciuto di 400 tra il 2020 e il 2024.", "it")][:1] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A small count of office holders in words is who took part, not a figure of the news.
        ("de", "Die vier Minister einigten sich auf ein Paket von 300 Millionen Euro."),
        ("en", "The three presidents agreed on a package of 300 million euros."),
    ],
)
def test_a_count_of_office_holders_in_words_is_no_key_number(lang: str, text: str) -> None:
    from figures import found

    assert [n.value for n in found(text, lang)] == [300e6]


def test_a_count_of_things_in_words_stays() -> None:
    from figures import found

    assert [n.value for n in found("Die Minister unterzeichneten vier Abkommen.", "de")] == [4.0]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "ru",
            "Цель — довести товарооборот до $300 млн к 2030 году.\n\n"
            "«Это не рынок на 5 млн человек, а выход в регион с населением около 400 млн», — сказал министр.",
            400e6,
        ),
        (
            "en",
            "The goal is trade of $300 million by 2030.\n\n"
            "\"This is not a market of 5 million people but a gateway to a region of about 400 million,\" the minister said.",
            400e6,
        ),
    ],
)
def test_a_bare_amount_after_a_count_in_its_scale_is_no_earlier_sum_s_currency(lang: str, text: str, value: float) -> None:
    # The count of its sentence in the same scale word is what it is set against, not the paragraph before's sum.
    assert [n.unit for n in found(text, lang) if n.value == value] in ([None], ["человек"], ["people"])
