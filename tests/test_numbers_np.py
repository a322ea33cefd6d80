"""Key numbers: figure parsing found by probes Z and Z2 (names holding number words, approximate
counts, case endings, changes told as two levels)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministers of the Three Seas Initiative gathered in Vilnius for their annual meeting."),
        ("de", "Die Initiative der Drei Meere tagte am Dienstag in Warschau mit den Ministern."),
        ("hr", "Ministri su sudjelovali na sastanku Inicijative četiriju rijeka u Zagrebu."),
        ("sk", "Prezident sa zúčastnil na stretnutí Iniciatívy štyroch riek v Bratislave."),
        ("pl", "Ministrowie Inicjatywy Pięciu Rzek spotkali się w Gdańsku."),
        # Digits between two capitalised words: a party's name, then its member's.
        ("it", "Il senatore del Movimento 5 Stelle Paolo Conti ha votato contro la legge."),
    ],
)
def test_a_number_word_inside_a_name_is_no_figure(lang: str, text: str) -> None:
    from figures import found

    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        ("hr", "Inicijativa je okupila tri ministra u Zagrebu.", ["tri ministra"]),
        ("en", "The minister said that three ministries would share the costs.", ["three ministries"]),
        # A country before the digits: they count the name after them.
        ("en", "Berlin sent Ukraine 5 Patriot batteries last year.", ["5 Patriot batteries"]),
        ("de", "Berlin hat der Ukraine 5 Milliarden Euro zugesagt.", ["5 Milliarden Euro"]),
    ],
)
def test_counts_beside_names_stay(lang: str, text: str, surfaces: list[str]) -> None:
    from figures import found

    assert [n.surface for n in found(text, lang)] == surfaces


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("sv", "Ett trettiotal norska investerare följde med ministern.", 30, "investerare"),
        ("nl", "Een twintigtal Belgische bedrijven reisde mee naar Warschau.", 20, "bedrijven"),
        ("fr", "Une vingtaine de chefs d'entreprise accompagnaient la ministre.", 20, "chefs"),
        ("it", "Una cinquantina di aziende venete hanno partecipato al forum.", 50, "aziende"),
        ("es", "Una treintena de empresarios viajó con el canciller.", 30, "empresarios"),
        ("de", "Ein Dutzend Firmen aus Bayern unterzeichneten Verträge.", 12, "Firmen"),
        ("da", "En snes virksomheder deltog i rejsen.", 20, "virksomheder"),
    ],
)
def test_a_collective_number_after_one_is_about_that_many(lang: str, text: str, value: int, unit: str) -> None:
    from figures import found

    assert [(n.value, n.unit, n.qualifier) for n in found(text, lang)] == [(value, unit, "about")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le cargo est resté en quarantaine au port de Gdynia."),
        ("sv", "Under sjuttiotalet växte handeln snabbt."),
    ],
)
def test_a_collective_word_without_one_is_no_count(lang: str, text: str) -> None:
    from figures import found

    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # A qualifier on the second end alone: two levels, not a range.
        ("ro", "Exporturile vor urca de la 2,5 la aproximativ 6 miliarde de euro.", (2.5e9, "from"), (6e9, "about")),
        ("it", "Il fatturato passerà da 3 a circa 5 milioni di euro.", (3e6, "from"), (5e6, "about")),
        # A word of change before "from": two levels, both with the scale written once.
        ("en", "Output increased from 3.2 to 5.5 million tonnes.", (3.2e6, "from"), (5.5e6, None)),
        ("hr", "Proizvodnja je povećana s 1,5 na 2,5 milijuna tona.", (1.5e6, "from"), (2.5e6, None)),
        # Percentages too, after a word of change whose opener means "from" (z, с, з, dal, från) or
        # after a verb of moving from one level to another (passer, pasar, passare, go).
        ("pl", "Udział eksportu wzrósł z 15 do 25 proc.", (15, "from"), (25, None)),
        ("ru", "Доля экспорта выросла с 15 до 25 процентов.", (15, "from"), (25, None)),
        ("uk", "Частка експорту зросла з 15 до 25 відсотків.", (15, "from"), (25, None)),
        ("ro", "Ponderea exporturilor a crescut de la 15% la 25%.", (15, "from"), (25, None)),
        ("it", "La quota dell'export è passata dal 15 al 25 per cento.", (15, "from"), (25, None)),
        ("it", "La quota dell'export è aumentata dal 15% al 25%.", (15, "from"), (25, None)),
        ("sv", "Exportandelen ökade från 15 till 25 procent.", (15, "from"), (25, None)),
        ("en", "The export share had risen from 15% to 25%.", (15, "from"), (25, None)),
        ("en", "The export share will go from 15% to 25%.", (15, "from"), (25, None)),
        ("es", "La cuota exportadora pasó del 15 % al 25 %.", (15, "from"), (25, None)),
        ("fr", "La part des exportations doit passer de 15 % à 25 %.", (15, "from"), (25, None)),
        ("cs", "Podíl vývozu vzrostl z 15 na 25 procent.", (15, "from"), (25, None)),
        ("bg", "Делът на износа се увеличи от 15 на 25 процента.", (15, "from"), (25, None)),
        ("mk", "Уделот на извозот порасна од 15 на 25 отсто.", (15, "from"), (25, None)),
        # A word calling the first level the present one may stand after the opener.
        ("pt", "A produção vai passar dos atuais 800 para 1.200 megawatts.", (800, "from"), (1200, None)),
        ("en", "Output will rise from the current 800 to 1,200 megawatts.", (800, "from"), (1200, None)),
    ],
)
def test_a_change_from_one_level_to_another_is_two_figures(
    lang: str, text: str, first: tuple[float, str | None], second: tuple[float, str | None]
) -> None:
    from digest.numbers import scan

    figs = [(f.value, f.value_end, f.qualifier) for f in scan(text, lang)]
    assert figs == [(pytest.approx(first[0]), None, first[1]), (pytest.approx(second[0]), None, second[1])]


@pytest.mark.parametrize(
    ("lang", "text", "ends"),
    [
        ("en", "The summit will gather from 30 to 40 delegations.", (30, 40)),
        ("en", "Duties range from 5% to 15% on most goods.", (5, 15)),
        # After a word of change, an opener that also means "by" (fr de, bg с) or only ever opens
        # ranges (ru от, pl od) keeps a range of growth.
        ("fr", "Les loyers vont augmenter de 4 à 6 % cette année.", (4, 6)),
        ("ru", "ВВП вырастет от 4 до 6 процентов.", (4, 6)),
        ("bg", "Износът ще нарасне с 4 до 6 процента.", (4, 6)),
        ("bg", "Цените са с 4 до 6 процента по-високи.", (4, 6)),
        # "до" joins a range's ends with no opener.
        ("mk", "Изградбата ќе трае пет до седум години.", (5, 7)),
        ("bg", "Строежът ще отнеме пет до седем години.", (5, 7)),
        # Case endings on one unit word say "from … to" (uz -dan … -gacha).
        ("uz", "Sinovlar 30 soatdan 40 soatgacha davom etadi.", (30, 40)),
        ("uz", "Muddat 3 kundan 5 kungacha uzaytirildi.", (3, 5)),
    ],
)
def test_from_to_without_a_change_stays_a_range(lang: str, text: str, ends: tuple[int, int]) -> None:
    from digest.numbers import scan

    figs = scan(text, lang)
    assert [(f.value, f.value_end) for f in figs] == [ends]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Podíl vývozu vzrostl z 15 na 25 procent."),
        ("ru", "Доля экспорта выросла с 15 до 25 процентов."),
        ("es", "La cuota exportadora pasó del 15 % al 25 %."),
        ("pt", "A produção vai passar dos atuais 800 para 1.200 megawatts."),
    ],
)
def test_the_first_level_of_a_change_takes_the_second_ones_unit(lang: str, text: str) -> None:
    from digest.numbers import scan

    units = [f.unit for f in scan(text, lang)]
    assert len(units) == 2 and units[0] == units[1] is not None


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("ru", "Стороны хотят выйти на уровень одного миллиона туристов в год.", "одного миллиона туристов", 1e6),
        ("pl", "Inwestycja pochłonie ponad jednego miliarda złotych, ocenił minister.", "ponad jednego miliarda złotych", 1e9),
        ("uk", "Уряд виділить понад одному мільйону переселенців допомогу.", "понад одному мільйону переселенців", 1e6),
    ],
)
def test_one_in_an_oblique_case_before_a_scale_is_read(lang: str, text: str, surface: str, value: float) -> None:
    from digest.numbers import scan

    assert [(text[f.start : f.end], f.value) for f in scan(text, lang)] == [(surface, value)]


def test_a_short_first_word_of_a_compound_noun_leads_to_the_counted_noun() -> None:
    from digest.numbers import scan

    text = "Foruma yaklaşık 45 iş kadınından oluşan bir heyet katıldı."
    assert [(f.value, f.unit, f.qualifier) for f in scan(text, "tr")] == [(45, "kadınından", "about")]


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        # A number after an all-capitals code is a designation; the count's noun follows it.
        ("en", "The air force operates twelve JAS 39 fighters on lease.", [(12, "fighters", "count")]),
        ("en", "The fee is EUR 40 per visitor.", [(40, "EUR", "money")]),
        # A weekday and a small number: a day of the month.
        ("es", "La reunión del viernes 14 será decisiva para el acuerdo.", [(14, None, "date")]),
        # A vague plural scale after a number word stays vague.
        ("tr", "Göçmenler yüz binlerce kilometre yol yürüdü.", [(100000, "km", "measure", "at least")]),
        # A superlative between a rank and its noun is skipped.
        ("en", "Canada is the fourth largest buyer of Polish furniture.", [(4, "ordinal", "ordinal")]),
    ],
)
def test_codes_weekdays_vague_scales_and_superlatives(lang: str, text: str, figures: list[tuple[object, ...]]) -> None:
    from digest.numbers import scan

    figs = scan(text, lang)
    assert [(f.value, f.unit, f.kind, f.qualifier)[: len(want)] for f, want in zip(figs, figures)] == figures
    assert len(figs) == len(figures)
    if figures[0][2] == "ordinal":
        assert text[figs[0].start : figs[0].end].endswith("buyer")  # the superlative is skipped to the noun


def test_the_part_of_which_counts_the_larger_whole() -> None:
    from figures import found

    text = "The port has 12 container terminals serving the two cities, five of which were built after 2010."
    assert [(n.value, n.unit) for n in found(text, "en")] == [(12, "container terminals"), (5, "container terminals")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # The verb of exceeding after its figure in a verb-final language.
        ("tr", "Yatırımların 40 milyon avroyu aştığı açıklandı.", 40e6),
        # A relative year between the verb of exceeding and its figure.
        ("fr", "Les investissements ont dépassé l'année dernière 3 milliards d'euros.", 3e9),
        ("en", "Exports exceeded last year 2 billion dollars.", 2e9),
    ],
)
def test_a_verb_of_exceeding_bounds_its_figure(lang: str, text: str, value: float) -> None:
    from digest.numbers import scan

    assert [(f.value, f.qualifier) for f in scan(text, lang)] == [(value, "more than")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Umowę podpisano po siedmiu latach rozmów.", 7, "years"), ("Przed trzema latami otwarto most.", 3, "years")],
)
def test_polish_years_in_oblique_cases_are_durations(text: str, value: float, unit: str) -> None:
    from digest.numbers import scan

    assert [(f.value, f.unit, f.kind) for f in scan(text, "pl")] == [(value, unit, "duration")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Canada became the fifth largest trading partner of Poland.", "fifth largest trading partner"),
        ("It was the third official visit to Vilnius this year.", "third official visit"),
        ("The third summit ended in Oslo without a deal.", "third summit"),
    ],
)
def test_a_rank_names_its_singular_compound_noun(text: str, surface: str) -> None:
    from digest.numbers import scan

    assert [text[f.start : f.end] for f in scan(text, "en")] == [surface]


@pytest.mark.parametrize(
    ("lang", "text", "units"),
    [
        ("de", "Im Hafen gibt es 12 Terminals für die beiden Städte, davon drei neue.", ["Terminals", "Terminals"]),
        ("hu", "A megyében 20 híd van a két folyón, ebből hatot tavaly újítottak fel.", ["híd", "híd"]),
    ],
)
def test_the_part_after_an_of_which_word_counts_the_larger_whole(lang: str, text: str, units: list[str]) -> None:
    from figures import found

    assert [n.unit for n in found(text, lang) if n.value >= 3] == units
