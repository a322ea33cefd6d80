"""Key numbers: who gave a figure (a role's holder, not the outlet told) found by probes Z and Z2."""

from __future__ import annotations

import pytest
from figures import conflict_values, found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("sv", "Statsminister Karin Berg tog emot Jan Novak.\n\n"
               "Exporten uppgick enligt statsministern till omkring 3 miljarder euro.", "Karin Berg"),
        ("da", "Statsminister Karin Berg tog imod Jan Novak.\n\n"
               "Ifølge statsministeren udgjorde eksporten omkring 3 milliarder euro.", "Karin Berg"),
        ("pt", "O presidente João Silva recebeu o presidente do Chile, Pedro Rojas.\n\n"
               "Segundo o presidente brasileiro, as exportações somaram US$ 400 milhões.", "João Silva"),
        ("cs", "Prezident Jan Novák přijel do Vídně.\n\nPodle prezidenta dosáhl vývoz téměř 3 miliard eur.", "Jan Novák"),
    ],
)
def test_according_to_a_role_is_its_holder(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ro", "Premierul Ion Pop s-a aflat joi la Viena. "
               "Premierul român a precizat că exporturile au ajuns la circa 3 miliarde de euro.", "Ion Pop"),
        ("es", "El presidente Juan Pérez recibió al ministro Ali Kaya.\n\n"
               "El mandatario chileno recordó que las exportaciones llegaron a unos 400 millones de dólares.", "Juan Pérez"),
    ],
)
def test_a_role_subject_ending_in_an_adjective_is_its_holder(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


def test_whom_a_figure_was_told_to_is_not_its_source() -> None:
    text = ("Foreign Minister Anna Kovács met Tom Lee in Vienna.\n\n"
            "Anna Kovács, Hungary's foreign minister, told Reuters that exports reached €3.1 billion in 2025.")
    assert [n.speaker for n in found(text, "en")] == ["Anna Kovács"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Prezydent Jan Nowak przypomniał, że fundusz inwestycyjny dysponuje kapitałem 1 mld euro; "
               "Czechy, poprzez swój bank, zadeklarowały do niego 600 mln euro."),
        ("en", "President Jan Nowak said the investment fund has capital of €1 billion; "
               "the Czech Republic, through its bank, pledged €600 million to it."),
        ("de", "Präsident Jan Nowak sagte, der Investitionsfonds verfüge über ein Kapital von 1 Milliarde Euro; "
               "Tschechien hat dazu 600 Millionen Euro beigesteuert."),
        ("ru", "Президент Ян Новак напомнил, что инвестиционный фонд располагает капиталом в 1 млрд евро; "
               "Чехия, через свой банк, внесла в него 600 млн евро."),
    ],
)
def test_a_sum_paid_into_a_whole_is_a_part_of_it(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O presidente João Silva recebeu o presidente do Chile, Pedro Rojas.\n\n"
               "Silva disse que mais de 40 empresas brasileiras têm negócios no Chile. "
               "Mais tarde, Silva afirmou que cerca de 25 empresas brasileiras atuam no país."),
        ("en", "President João Silva received Chile's president, Pedro Rojas.\n\n"
               "Silva said more than 40 Brazilian firms do business in Chile. "
               "At lunch, Silva said about 25 Brazilian firms operate there."),
    ],
)
def test_one_speaker_counting_one_noun_twice_conflicts(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == [(25.0, 40.0)]


def test_two_speakers_counting_a_noun_far_apart_do_not_conflict() -> None:
    text = ("President João Silva received Chile's president, Pedro Rojas.\n\n"
            "Silva said more than 40 Brazilian firms do business in Chile. "
            "At lunch, Rojas said about 25 Brazilian firms operate there.")
    assert conflict_values(text, "en") == []


def test_swedish_trade_in_its_definite_form_meets_czech_trade() -> None:
    import dataclasses

    from figures import visit_of

    from digest.numbers import find_conflicts

    arts, nums = [], []
    for aid, lang, text in (
        ("cs", "cs", "Vzájemný obchod loni dosáhl téměř 6 miliard eur."),
        ("sv", "sv", "Handeln uppgick förra året till omkring 4,8 miljarder euro."),
    ):
        a, n = visit_of(text, lang)
        arts += [dataclasses.replace(x, id=aid, lang=lang, date="2026-03-10") for x in a]
        nums += [dataclasses.replace(x, id=f"{aid}:n{i}", article=aid) for i, x in enumerate(n)]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)] == [["cs", "sv"]]


def test_a_people_counted_with_a_place_adjective_is_that_people() -> None:
    import dataclasses

    from figures import visit_of

    from digest.numbers import find_conflicts

    arts, nums = [], []
    for aid, lang, text in (
        ("hu", "hu", "A miniszter szerint 1,5 millió szlovákiai magyar él a határ túloldalán."),
        ("en", "en", "The census counted 1.1 million Hungarians in Slovakia."),
    ):
        a, n = visit_of(text, lang)
        arts += [dataclasses.replace(x, id=aid, lang=lang) for x in a]
        nums += [dataclasses.replace(x, id=f"{aid}:n{i}", article=aid) for i, x in enumerate(n)]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)] == [["en", "hu"]]


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("pt", "O presidente João Silva recebeu o presidente do Chile, Pedro Rojas.\n\n"
               "Segundo o presidente brasileiro, as exportações somaram US$ 400 milhões em 2025. "
               "A meta dos dois governos é chegar a US$ 1 bilhão até 2030.", ["João Silva", None]),
        ("fr", "Le président Jean Martin a reçu Pedro Rojas.\n\n"
               "Le président français a rappelé que près de 250 entreprises françaises sont implantées au Chili. "
               "Les échanges ont atteint 3,4 milliards d'euros en 2025.", ["Jean Martin", None]),
    ],
)
def test_a_role_holder_is_the_source_of_their_own_sentence_only(lang: str, text: str, speakers: list[str | None]) -> None:
    assert [n.speaker for n in found(text, lang)] == speakers


def test_romanian_after_a_country_is_no_source() -> None:
    # "după Germania" is "after Germany": the speech verb's subject stays the source.
    text = ("Premierul Ion Pop s-a aflat joi la Viena. Premierul român a precizat că exporturile au ajuns "
            "la circa 3 miliarde de euro, iar Austria este al treilea partener, după Germania.")
    assert [n.speaker for n in found(text, "ro") if n.unit == "EUR"] == ["Ion Pop"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # A name particle that is also the language's "of" ("van", "da") goes on the name, which
        # names the source though the sentence opens on both parties.
        ("nl", "Beide landen handelden vorig jaar voor 7,2 miljard euro, zei Pieter van Dijk.", "Pieter van Dijk"),
        ("pt", "Os dois países trocaram 2 mil milhões de euros em 2025, disse Ana da Costa.", "Ana da Costa"),
    ],
)
def test_a_name_with_a_particle_after_the_figure_is_its_source(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # The office after the verb may run past its role word before the name closes it.
        ("nl", "De export bedroeg vorig jaar 7,2 miljard euro, zei minister van Economische Zaken Pieter Bakker.", "Pieter Bakker"),
        ("en", "Exports were worth 7.2 billion euros last year, said the Minister for Foreign Affairs Tom Walsh.", "Tom Walsh"),
    ],
)
def test_a_role_subject_after_the_verb_is_the_name_closing_it(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # "between the two countries" says whose the trade is: no subject of several parties.
        ("en", "Finance Minister Tom Walsh met his guest in Cork.\n\n"
               "Trade between the two countries reached €2.9 billion last year, the minister said.", "Tom Walsh"),
        ("nl", "De export tussen beide landen bedroeg vorig jaar 7,2 miljard euro, zei minister Pieter Bakker.", "Pieter Bakker"),
    ],
)
def test_a_plural_subject_after_a_preposition_is_no_subject_of_the_speech_verb(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


def test_the_leaders_opening_the_sentence_are_still_its_plural_subject() -> None:
    text = "Finance Minister Tom Walsh met his guest in Cork.\n\nThe two leaders said trade reached €2.9 billion last year."
    assert [n.speaker for n in found(text, "en")] == [None]


@pytest.mark.parametrize(
    "source",
    ["according to the Bashkan", "the Bashkan said", "said the Bashkan"],
)
def test_a_title_no_list_has_names_whom_the_text_introduced_with_it(source: str) -> None:
    # An office kept in its own language ("Bashkan", as "Taoiseach") stands for the one name it
    # was written right before.
    text = f"Bashkan Emil Dragov received the delegation.\n\nExports to Austria were worth €1.2 billion last year, {source}."
    assert [n.speaker for n in found(text, "en")] == ["Emil Dragov"]


def test_a_capitalised_word_that_introduced_no_one_is_no_source() -> None:
    text = "Bashkan Emil Dragov received the delegation.\n\nExports to Austria were worth €1.2 billion last year, according to the Government."
    assert [n.speaker for n in found(text, "en")] == [None]


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("cs", "Premiér Petr Dvořák přijal v Praze ministra Jana Nováka.\n\n"
               "Podle Dvořáka dosáhl vývoz loni 3 miliard eur. Ministr zahraničí Jan Novák však po jednání novinářům uvedl, "
               "že vývoz činil 2,5 miliardy eur.", ["Petr Dvořák", "Jan Novák"]),
        ("sl", "Predsednik Marko Horvat je prispel v Ljubljano, kjer ga je sprejel premier Janez Kranjc.\n\n"
               "Horvat je gostitelju zagotovil, da je izvoz lani dosegel 3 milijarde evrov.", ["Marko Horvat"]),
    ],
)
def test_a_role_word_between_a_named_subject_and_the_verb_is_whom_it_was_told_to(lang: str, text: str, speakers: list[str]) -> None:
    assert [n.speaker for n in found(text, lang)] == speakers


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        # A speech verb as the adjective of a measure noun: nobody speaks.
        ("en", "Minister Anna Kovács said exports reached 3 billion euros.\n\n"
               "The new bridge is almost finished. Its estimated cost has risen to 900 million euros.", ["Anna Kovács", None]),
        # A sentence with a group of its own as subject is narration, not the paragraph's speaker's.
        ("en", "Minister Anna Kovács said the fund manages about 1.3 billion euros. "
               "Organizers aim to raise that to 5 billion euros by 2030.", ["Anna Kovács", None]),
        # "According to her" after a clause of its own refers to that clause's subject (the chamber).
        ("cs", "Ministr Jan Novák řekl, že vývoz loni dosáhl 2 miliard eur.\n\n"
               "S Novákem souhlasí i obchodní komora; podle ní investice loni vzrostly o 12 %.", ["Jan Novák", None]),
    ],
)
def test_narration_after_a_speaker_gets_no_source_of_its_own(lang: str, text: str, speakers: list[str | None]) -> None:
    assert [n.speaker for n in found(text, lang)] == speakers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Ana Cruz arrived in Manila for a state visit.\n\n"
               "\"More than 300,000 Indonesians live in the Philippines, and about 120,000 of them are students,\" Cruz said."),
        ("tl", "Dumating sa Maynila si Pangulong Ana Cruz para sa pagbisita.\n\n"
               "Sinabi ni Cruz na mahigit 300,000 Indonesian ang nakatira sa Pilipinas, "
               "at humigit-kumulang 120,000 sa kanila ay estudyante."),
    ],
)
def test_a_count_of_them_is_a_part_of_the_whole_named_before(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == []


def test_a_speaker_setting_an_amount_against_a_repeated_one_conflicts_with_its_source() -> None:
    text = ("Kenya's President Paul Otieno met Uganda's President Sam Okello in Nairobi.\n\n"
            "President Paul Otieno said: \"Kenya spends 3.2 billion dollars a year on fuel imports from the Gulf.\"\n\n"
            "Opposition leader Mary Wanjiku said: \"The government says 3.2 billion dollars. But with "
            "storage charges more than 4 billion dollars go abroad each year.\"")
    assert conflict_values(text, "en") == [(3.2e9, 4e9)]


def test_a_speakers_share_meets_the_share_not_the_whole_of_the_sentence_giving_both() -> None:
    text = ("Nepal's Prime Minister Ram Sharma arrived in Dhaka on Monday.\n\n"
            "Ram Sharma said Bangladesh would receive 300 MW of electricity from the 700 MW Arun project.\n\n"
            "At a dinner in the evening, Ram Sharma said, \"Bangladesh will get 250 MW from Arun, "
            "the rest will go to Nepal.\"")
    assert conflict_values(text, "en") == [(250.0, 300.0)]


def test_an_amount_far_from_a_repeated_one_is_a_yardstick_not_a_counter_estimate() -> None:
    text = ("Kenya's President Paul Otieno met Uganda's President Sam Okello in Nairobi.\n\n"
            "President Paul Otieno said: \"Kenya spends 3.2 billion dollars a year on fuel imports from the Gulf.\"\n\n"
            "Opposition leader Mary Wanjiku said: \"3.2 billion dollars sounds like a lot. But one new refinery "
            "costs more than 6 billion dollars.\"")
    assert conflict_values(text, "en") == []
