"""Conflict recall: figures that should agree but were kept apart by an adjective, a glued article, a
unit word, a missing synonym or a rebuttal in the paragraph before."""

from __future__ import annotations

import pytest

from tests.figures import conflict_values, conflicting_articles, visit_of
from digest.numbers import find_conflicts


def test_count_with_adjective_is_the_noun_and_a_rebuttal_after_a_dismissal() -> None:
    # "2,500 permanent jobs" counts jobs; the opposition leader dismisses the minister's figure in the
    # paragraph before his quote, so the two conflict however far apart.
    text = (
        "Energy Minister Tom Baxter signed the agreement on Tuesday.\n\n"
        "\"The plant will support 10,000 jobs,\" Mr. Baxter said.\n\n"
        "Opposition Leader Ruth Collins dismissed the minister's job numbers.\n\n"
        "\"At best, this deal creates 2,500 permanent jobs,\" Ms. Collins said."
    )
    assert conflict_values(text, "en") == [(2500.0, 10000.0)]


def test_dismissal_without_the_speaker_named_joins_nothing() -> None:
    # A denial in the paragraph before that names another person is not this speaker's rebuttal.
    text = (
        "\"The plant will support 10,000 jobs,\" Energy Minister Tom Baxter said.\n\n"
        "Opposition Leader Ruth Collins dismissed the minister's job numbers.\n\n"
        "\"The harbour will employ 2,500 dock workers,\" port director Alan Reed said."
    )
    assert conflict_values(text, "en") == []


def test_portuguese_contract_and_deal_are_one_sum() -> None:
    text = (
        "\"O contrato é de 3,5 bilhões de euros\", disse o ministro João Almeida.\n\n"
        "Mais tarde, Almeida voltou ao tema. \"Estamos falando de um acordo de cerca de 4 bilhões de euros\", afirmou."
    )
    assert conflict_values(text, "pt") == [(3.5e9, 4e9)]


def test_portuguese_rebuttal_with_another_word_for_jobs() -> None:
    text = (
        "O ministro João Almeida disse que serão 2.000 empregos diretos no estaleiro.\n\n"
        "O deputado Carlos Lima contestou os números do ministro: segundo Lima, serão no máximo 600 vagas."
    )
    assert conflict_values(text, "pt") == [(600.0, 2000.0)]


def test_maltese_article_glued_by_hyphen() -> None:
    # "l-ftehim" and "tal-ftehim" are the deal, as "the deal" and "of the deal" are.
    text = (
        "Il-Ministru Anna Borg qalet li l-ftehim \"jiswa madwar €1.5 biljun\".\n\n"
        "Aktar tard, Borg qalet li l-valur tal-ftehim huwa ta' \"madwar €1.2 biljun\"."
    )
    assert conflict_values(text, "mt") == [(1.2e9, 1.5e9)]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("mt", "Il-pajjiż jista' jforni 700 miljun metru kubu ta' gass fis-sena.", "m³"),
        ("tl", "Nakabili ang bansa ng 150,000 metriko tonelada ng bigas noong nakaraang taon.", "t"),
        ("ru", "Поставки составили 39 млрд кубометров газа.", "m³"),
    ],
)
def test_unit_words(lang: str, text: str, unit: str) -> None:
    _, nums = visit_of(text, lang)
    assert [n.unit for n in nums] == [unit]


def test_gas_across_languages() -> None:
    # Maltese "gass", Turkmen "gaz", Russian "газа", Chinese 天然气 name one measure: gas.
    assert conflicting_articles({
        "mt": ("mt", "Skont il-Ministru, il-pajjiż jista' jforni sa 700 miljun metru kubu ta' gass fis-sena lil Malta."),
        "tk": ("tk", "Türkmenistan Malta 1 milliard kub metr gaz iberer."),
    }) == [["mt", "tk"]]
    assert conflicting_articles({
        "ru": ("ru", "В 2026 году по трубопроводу поступит около 39 млрд кубометров газа."),
        "zh": ("zh", "预计2026年天然气供气量约为360亿立方米。"),
    }) == [["ru", "zh"]]


def test_agreements_counted_in_hausa() -> None:
    assert conflicting_articles({
        "ha": ("ha", "Kasashen biyu sun sanya hannu kan yarjejeniyoyi 9 a taron."),
        "en": ("en", "The two countries signed 11 agreements at the summit."),
    }) == [["en", "ha"]]


def test_german_rebuttal_naming_no_measure() -> None:
    # "Von 100 … kann keine Rede sein. Realistisch sind keine 40": the rebuttal's figure names no
    # measure, it is of the figure it rebuts.
    text = (
        "Minister Karl Weber sagte, Deutschland müsse 2030 rund 100 Terawattstunden Wasserstoff importieren.\n\n"
        "Die Abgeordnete Jana Roth widerspricht. „Von 100 Terawattstunden kann keine Rede sein“, sagte Roth. "
        "„Realistisch sind 2030 keine 40 Terawattstunden.“"
    )
    arts, nums = visit_of(text, "de")
    values = [sorted({n.value for n in nums if n.id in c.numbers}) for c in find_conflicts(nums, arts)]
    assert [40.0, 100.0] in values


def test_portuguese_rebuttal_calling_the_figure_propaganda() -> None:
    # "é propaganda" rejects the figure before it: the rebuttal's jobs are set against the minister's.
    text = (
        "\"A fábrica vai gerar 9 mil empregos\", disse a ministra Ana Souza.\n\n"
        "A oposição reagiu. \"Esse número é propaganda. Serão no máximo 2 mil vagas\", disse o deputado Paulo Reis."
    )
    assert conflict_values(text, "pt") == [(2000.0, 9000.0)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("pl", "„Elektrownia da pracę 9 tysiącom osób” – powiedział minister Jan Kowalski.\n\n"
               "„Ta liczba jest po prostu fałszywa. Pracę znajdzie najwyżej 2 tysiące osób” – stwierdził poseł Adam Nowak.",
         [(2000.0, 9000.0)]),
        ("cs", "„Stát na stavbu dá 9 miliard korun,“ uvedl ministr Jan Novák.\n\n"
               "„To číslo je prostě nepravdivé. Ve skutečnosti to bude přes 45 miliard korun,“ řekl poslanec Petr Malý.",
         [(9e9, 4.5e10)]),
    ],
)
def test_rebuttal_after_a_denial_in_polish_and_czech(lang: str, text: str, values: list[tuple[float, float]]) -> None:
    # Without the denial the two are too far apart to be one figure (see numbers._join_denied).
    assert conflict_values(text, lang) == values


def test_czech_firms_in_the_dative_are_companies() -> None:
    # "Českým firmám … 60 procent" and ko "체코 기업 … 30%" measure one share: the companies'.
    assert conflicting_articles({
        "cs": ("cs", "„Českým firmám má připadnout 60 procent zakázky,“ uvedla ministryně Jana Horká."),
        "ko": ("ko", "김 장관은 \"체코 기업의 참여 비율은 30% 수준이 될 것\"이라고 말했다."),
    }) == [["cs", "ko"]]


def test_french_and_turkish_gas_is_gas() -> None:
    assert conflicting_articles({
        "ru": ("ru", "Добыча газа на участке выйдет на 3 млрд кубометров в год."),
        "fr": ("fr", "« Le gisement produira 2,5 milliards de m3 de gaz par an », a déclaré le ministre Karim Benali."),
    }) == [["fr", "ru"]]
    assert conflicting_articles({
        "ru": ("ru", "Поставки газа в Венгрию в этом году составили 400 млн кубометров."),
        "tr": ("tr", "Bakan Ali Demir, \"Macaristan'a bu yıl 275 milyon metreküp gaz gönderdik\" dedi."),
    }) == [["ru", "tr"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Nous avons réduit notre dépendance au gaz russe de 45 % à moins de 13 % en quatre ans."),
        ("en", "We cut our dependence on Russian gas from 45% to less than 13% in four years."),
    ],
)
def test_change_to_a_qualified_level_starts_from_its_first_figure(lang: str, text: str) -> None:
    # The level a change starts from is qualified "from" (it never conflicts), the qualifier of the
    # level reached notwithstanding.
    from digest.numbers import scan

    assert [(f.value, f.qualifier) for f in scan(text, lang) if f.unit == "%"] == [(45.0, "from"), (13.0, "less than")]
