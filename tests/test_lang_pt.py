"""Portuguese (Brazil and Portugal): the word lists in digest/data/pt read through the public stages."""

from __future__ import annotations

import pytest
from lines import line_blocks, quotes_of, speaker_of

from digest.numbers import lexicon as number_lexicon
from digest.numbers import scan
from digest.sentences import split
from digest.speakers import lexicon, people_mentioned


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("o comércio somou US$ 12,2 bilhões em 2024", 12.2e9, "USD"),
        ("uma fronteira de 7.500 quilômetros", 7500, "km"),
        ("uma fronteira de 7.500 quilómetros", 7500, "km"),
        ("um investimento de 500 milhões de euros", 500e6, "EUR"),
        ("um fundo de 3,5 mil milhões de euros", 3.5e9, "EUR"),
        ("vinte e cinco milhões de reais", 25e6, "BRL"),
        ("os presidentes assinaram seis acordos", 6, "acordos"),
        ("um giro de oito dias por cinco países", 8, "days"),
        ("cerca de 25% das exportações", 25, "%"),
        ("a inflação subiu 2 pontos percentuais", 2, "pp"),
        ("um terço das exportações", 33.3, "%"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "pt") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


def test_range_and_qualifier() -> None:
    f = scan("entre 20 e 25 bilhões de dólares", "pt")[0]
    assert (f.value, f.value_end, f.unit) == (20e9, 25e9, "USD")
    f = scan("mais de 1,7 bilhão de habitantes", "pt")[0]
    assert (f.value, f.qualifier) == (1.7e9, "more than")


@pytest.mark.parametrize(
    ("words", "value"),
    [("vinte e cinco", 25), ("dezesseis", 16), ("dezasseis", 16), ("duzentos e cinquenta", 250),
     ("dois mil e vinte e cinco", 2025)],
)
def test_number_words(words: str, value: float) -> None:
    figs = scan(f"foram assinados {words} acordos", "pt")
    assert [f.value for f in figs] == [value]


def test_numbers_read_portuguese_speech_verbs_and_roles() -> None:
    lex = number_lexicon("pt")
    assert lex.decimal == ","
    assert "ressaltou" in {e[0] for e in lex.verbs.entries}
    assert "primeiro-ministro" in {e[0] for e in lex.roles.entries}


def test_sentences_keep_abbreviations() -> None:
    text = "O Sr. Silva chegou ontem. A Dra. Souza falou depois."
    assert len(split(text, "pt", 0, len(text))) == 2


def test_speech_verb_after_the_quote_names_the_speaker() -> None:
    text = (
        "O presidente Lula recebeu Narendra Modi em Brasília.\n"
        '"O Brasil e a Índia são duas grandes democracias do Sul Global", afirmou Lula após a reunião.\n'
        '"Nós podemos fazer muito mais pelos dois países", ressaltou Modi.'
    )
    quotes = quotes_of(text, "pt")
    assert speaker_of(quotes, "O Brasil") == "Lula"
    assert speaker_of(quotes, "Nós") == "Narendra Modi"


def test_role_after_the_verb_goes_to_the_person_who_holds_it() -> None:
    text = (
        "O primeiro-ministro Narendra Modi chegou a Brasília na terça-feira.\n"
        '"O Brasil é um parceiro natural da Índia e queremos crescer juntos", declarou o primeiro-ministro indiano.'
    )
    assert speaker_of(quotes_of(text, "pt"), "O Brasil") == "Narendra Modi"


def test_verb_before_the_quote_and_reporting_phrase() -> None:
    text = (
        'O chanceler Mauro Vieira afirmou que as conversas sobre defesa estão "em estágio muito avançado e produtivo".\n'
        "Segundo o ministro Geraldo Alckmin, a Índia vai investir mais no país. "
        '"É um investimento que gera emprego aqui no Brasil", disse Alckmin.'
    )
    quotes = quotes_of(text, "pt")
    assert speaker_of(quotes, "em estágio") == "Mauro Vieira"
    assert speaker_of(quotes, "É um") == "Geraldo Alckmin"


def test_people_found_by_role_and_verb() -> None:
    text = (
        "O primeiro-ministro Narendra Modi chegou a Brasília. O ministro Geraldo Alckmin recebeu a delegação.\n"
        '"O Brasil é um parceiro natural da Índia", disse Modi. "É um investimento que gera emprego", afirmou Alckmin.'
    )
    people = people_mentioned(text, line_blocks(text), "pt")
    assert {"Narendra Modi", "Geraldo Alckmin"} <= set(people)
    # Function words and the capitalised article are no people.
    assert not any(p in ("O", "Brasil", "Índia") for p in people)


def test_lexicon_reads_the_portuguese_lists() -> None:
    lex = lexicon("pt")
    assert lex.is_speech_verb("sublinhou") and lex.is_role("porta-voz") and "ele" in lex.pronouns
    assert lex.starts_reporting(["de", "acordo", "com", "ele"])


@pytest.mark.parametrize("place", ["na Assembleia Nacional francesa", "no Parlamento Europeu", "na Câmara dos Deputados"])
def test_a_dropped_subjects_cue_naming_where_it_was_said_is_the_last_named_persons(place: str) -> None:
    # Portuguese drops the subject: "…”, declarou na Assembleia Nacional." is the deputy's words, said in the
    # Assembly; a capitalised run after a preposition fused with an article is a place of speech, no speaker.
    text = (f"A deputada Marta Lemos criticou a visita do ministro.\n“Mais de metade das famílias vive com menos de "
            f"3 dólares por dia”, declarou {place}.")
    assert [q.speaker for q in quotes_of(text, "pt")] == ["Marta Lemos"]
