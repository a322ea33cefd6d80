"""Key numbers: sources, units and target years of figures found by probes Z and Z2's figure review."""

from __future__ import annotations

import pytest
from digest.model import KeyNumber
from digest.numbers import find_conflicts, format_value
from figures import conflict_values, found, visit_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Prezydent Tomasz Nowak spotkał się w Oslo z premierem Janem Bergiem.\n\n"
               "Tomasz Nowak powiedział, że rozmowy były udane. Wymiana handlowa może sięgnąć 5 mld euro – ocenili analitycy."),
        ("de", "Präsident Tom Novak traf in Oslo Ministerpräsident Jan Berg.\n\n"
               "Tom Novak sagte, die Gespräche seien gut verlaufen. Experten schätzen, dass der Handel 5 Milliarden Euro erreichen könnte."),
        ("fr", "Le président Tom Novak a rencontré à Oslo le Premier ministre Jan Berg.\n\n"
               "Tom Novak a déclaré que les entretiens s'étaient bien passés. "
               "Les analystes estiment que les échanges pourraient atteindre 5 milliards d'euros."),
        ("ru", "Президент Том Новак встретился в Осло с премьером Яном Бергом.\n\n"
               "Том Новак сказал, что переговоры прошли успешно. Товарооборот может достичь 5 млрд евро, считают аналитики."),
        ("es", "El presidente Tom Novak se reunió en Oslo con el primer ministro Jan Berg.\n\n"
               "Tom Novak dijo que las conversaciones fueron bien. "
               "Los analistas calculan que el comercio podría alcanzar 5.000 millones de euros."),
    ],
)
def test_unnamed_experts_are_a_source_of_their_own(lang: str, text: str) -> None:
    # No expert was named: the figure has no named source, not the leader the paragraph named before.
    assert [n.speaker for n in found(text, lang)] == [None]


def test_a_named_expert_is_still_the_source() -> None:
    text = ("President Tom Novak met Prime Minister Jan Berg in Oslo.\n\n"
            "Trade could reach 5 billion euros next year, said Anna Lind, an analyst at the Nordic Institute.")
    assert [n.speaker for n in found(text, "en")] == ["Anna Lind"]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("ro", "Anul trecut au sosit în Brașov 25.000 de turiști.", "turiști"),
        ("ro", "În regiune trăiesc 45.300 de etnici germani.", "germani"),
        ("en", "Some 45,300 ethnic Germans live in the region.", "Germans"),
    ],
)
def test_a_count_names_its_noun_after_a_link_word_or_ethnic(lang: str, text: str, unit: str) -> None:
    assert [n.unit for n in found(text, lang)] == [unit]


def test_a_census_count_of_a_people_meets_a_politicians_count() -> None:
    text = ("Potrivit recensământului, în Slovacia trăiesc 456.154 de etnici maghiari. "
            "Premierul ungar a vorbit însă despre 500.000 de maghiari.")
    assert conflict_values(text, "ro") == [(456154.0, 500000.0)]


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("en", {"a": "Bilateral trade is currently worth about 4 billion euros, President Tom Novak said.",
                "b": "Bilateral trade should be worth 5 billion euros by 2028, Prime Minister Jan Berg said."}),
        ("pl", {"a": "Wymiana handlowa wynosi obecnie około 4 mld euro, powiedział prezydent Tom Novak.",
                "b": "Wymiana handlowa ma wynieść 5 mld euro do 2028 roku, powiedział premier Jan Berg."}),
        ("hu", {"a": "A kétoldalú kereskedelmi forgalom jelenleg mintegy 4 milliárd euró – mondta Tom Novak elnök.",
                "b": "A kétoldalú kereskedelmi forgalom 2028-ig 5 milliárd euró lehet – mondta Jan Berg miniszterelnök."}),
        ("de", {"a": "Der bilaterale Handel beträgt derzeit rund 4 Milliarden Euro, sagte Präsident Tom Novak.",
                "b": "Der bilaterale Handel soll bis 2028 bei 5 Milliarden Euro liegen, sagte Regierungschef Jan Berg."}),
    ],
)
def test_a_figure_due_by_a_year_is_a_plan_in_an_undated_article(lang: str, texts: dict[str, str]) -> None:
    # No article date tells that 2028 is ahead: the deadline word does, so the plan meets no present figure.
    arts, nums = visit_of(texts, lang)
    assert len(nums) == 2 and find_conflicts(nums, arts) == ()


def test_a_target_is_not_labelled_the_current_value() -> None:
    text = "The current capacity of 2 billion cubic meters a year is to be raised to some 5 billion cubic meters by 2029."
    assert [n.what for n in found(text, "en")] == ["current capacity", "capacity"]


@pytest.mark.parametrize(
    ("lang", "text", "units"),
    [
        ("en", "Norway registered about 1,800 work permits last year, against more than 25,000 in Sweden.", ["work permits"] * 2),
        ("fr", "La Norvège a délivré l'an dernier environ 1 800 permis, contre plus de 25 000 en Suède.", ["permis"] * 2),
        ("nl", "Noorwegen gaf vorig jaar ongeveer 1.800 werkvergunningen af, tegen meer dan 25.000 in Zweden.", ["werkvergunningen"] * 2),
        ("it", "La Norvegia ha rilasciato l'anno scorso circa 1.800 permessi, contro oltre 25.000 in Svezia.", ["permessi"] * 2),
    ],
)
def test_a_bare_figure_set_against_a_count_counts_its_noun(lang: str, text: str, units: list[str]) -> None:
    # The noun is said once; the figure set against it counts it too, though fourteen times as many.
    assert [n.unit for n in found(text, lang)] == units


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1_002_151.0, "1,002,151 maghiari"), (1_200_000.0, "1.2 m maghiari"), (12_345_678.0, "12,345,678 maghiari")],
)
def test_a_count_written_to_the_unit_keeps_its_digits(value: float, shown: str) -> None:
    # A census count beside a politician's rounded one: "1 m" against "1.2 m" would hide the census.
    assert format_value(KeyNumber(0, 0, "", value, unit="maghiari")) == shown
