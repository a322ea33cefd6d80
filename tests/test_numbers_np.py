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
