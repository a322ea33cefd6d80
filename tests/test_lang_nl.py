"""Dutch (nl) language data: speakers of quotes, people, key numbers and summary cues on short texts."""

from __future__ import annotations

from importlib import resources

import pytest
from lines import line_blocks, quotes_of

from digest import data
from digest.model import KeyNumber, Quote, Sentence
from digest.numbers import find_numbers, lexicon, parse_words
from digest.sentences import split
from digest.speakers import People


def speech_of(text: str) -> list[Quote]:
    return [q for q in quotes_of(text, "nl") if q.kind == "speech"]


def numbers_of(text: str) -> list[KeyNumber]:
    blocks = line_blocks(text)
    sents = [Sentence(a, b, i) for i, blk in enumerate(blocks) for a, b in split(text, "nl", blk.start, blk.end)]
    return find_numbers(text, blocks, sents, (), "nl", None)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('"We moeten samenwerken met onze partners", zei Schoof.', "We moeten samenwerken met onze partners", "Schoof"),
        ('"Nederland blijft Oekraïne steunen", aldus premier Dick Schoof.', "Nederland blijft Oekraïne steunen", "Dick Schoof"),
        ('"We gaan door met de gesprekken", voegde Schoof eraan toe.', "We gaan door met de gesprekken", "Schoof"),
        ("„Dit is een goede dag voor Europa”, verklaarde Caspar Veldkamp.", "Dit is een goede dag voor Europa", "Caspar Veldkamp"),
        ('Minister Caspar Veldkamp benadrukte: "De steun gaat gewoon door."', "De steun gaat gewoon door.", "Caspar Veldkamp"),
        ('"Er komt geen nieuwe belasting", liet Schoof weten.', "Er komt geen nieuwe belasting", "Schoof"),
        ('"Er komt geen nieuwe belasting", laat Schoof weten.', "Er komt geen nieuwe belasting", "Schoof"),
        ('"Het is tijd voor actie", stelt Schoof.', "Het is tijd voor actie", "Schoof"),
    ],
)
def test_dutch_speech_verbs_and_reporting_words_name_the_speaker(text: str, quote: str, speaker: str) -> None:
    (q,) = speech_of(text)
    assert q.text == quote and q.speaker == speaker


def test_dutch_pronoun_takes_the_person_named_before() -> None:
    text = 'Premier Dick Schoof bezocht dinsdag Brussel. "Dit is een belangrijke dag voor ons land", zei hij.'
    (q,) = speech_of(text)
    assert q.speaker == "Dick Schoof" and q.speaker_form == "hij"


def test_capitalised_country_adjective_after_de_is_no_person() -> None:
    text = ('De Franse president Emmanuel Macron en bondskanselier Friedrich Merz spraken in Parijs. '
            'Merz verklaarde: "Europa moet nu sterker worden." De Europese Commissie reageerde niet.')
    (q,) = speech_of(text)
    assert q.speaker == "Friedrich Merz"
    assert set(People(text, [(0, len(text))], "nl").people()) == {"Emmanuel Macron", "Friedrich Merz"}


def test_a_compound_member_word_before_a_name_is_a_role_not_part_of_it() -> None:
    # "Bondsdaglid" (a member of the Bundestag), like "Kamerlid", is a role: the name is the two words after it.
    text = 'De woordvoerder van de Groenen, Bondsdaglid Anke Vermeulen, is kritisch. "Dit is te weinig", zegt Vermeulen.'
    (q,) = speech_of(text)
    assert q.speaker == "Anke Vermeulen"
    assert People(text, [(0, len(text))], "nl").people() == ("Anke Vermeulen",)


def test_dutch_quote_with_volgens_and_people_found() -> None:
    text = 'Volgens minister Caspar Veldkamp "is de situatie op dit moment zeer ernstig".'
    (q,) = speech_of(text)
    assert q.speaker == "Caspar Veldkamp"
    assert People(text, [(0, len(text))], "nl").people() == ("Caspar Veldkamp",)


def test_dutch_word_lists_are_read() -> None:
    for what in ("speech_verbs", "roles", "pronouns", "reporting", "function_words", "prepositions",
                 "noun_markers", "indefinites", "relative_pronouns", "opinion_verbs", "titles"):
        lines = resources.files("digest.data").joinpath("nl", f"{what}.txt").read_text("utf-8").splitlines()
        assert any(line and not line.startswith("#") for line in lines), what


def test_dutch_numbers_use_their_own_lexicon() -> None:
    lex = lexicon("nl")
    assert lex.lang == "nl" and lex.decimal == ","
    assert parse_words("vijfentwintig", lex) == 25 and parse_words("tweeëntwintig", lex) == 22
    assert parse_words("driehonderd", lex) == 300 and parse_words("anderhalf", lex) == 1.5


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("De handel groeide vorig jaar tot 3,5 miljard euro.", "3,5 miljard euro", 3.5e9, "EUR"),
        ("Het plan kost volgens het kabinet 1.200 miljoen euro.", "1.200 miljoen euro", 1.2e9, "EUR"),
        ("Het budget bedraagt 4,2 mld. euro voor de komende periode.", "4,2 mld. euro", 4.2e9, "EUR"),
        ("De export steeg met 12 procent ten opzichte van vorig jaar.", "12 procent", 12, "%"),
        ("Twee derde van de bevolking steunt het nieuwe plan.", "Twee derde", 66.7, "%"),
        ("Het nieuwe project kost anderhalf miljard euro.", "anderhalf miljard euro", 1.5e9, "EUR"),
        ("Er werken meer dan 2.500 mensen in de nieuwe fabriek.", "meer dan 2.500 mensen", 2500, "mensen"),
        ("Het windpark krijgt een vermogen van 4.000 megawatt.", "4.000 megawatt", 4000, "MW"),
    ],
)
def test_dutch_numbers_have_values_and_units(text: str, surface: str, value: float, unit: str) -> None:
    found = {n.surface: n for n in numbers_of(text)}
    assert surface in found, sorted(found)
    assert found[surface].value == pytest.approx(value) and found[surface].unit == unit


def test_een_derde_is_a_fraction_only_of_something() -> None:
    assert [n.value for n in numbers_of("Een derde van de inwoners steunt het plan van de regering.")] == [33.3]
    assert all(n.unit != "%" for n in numbers_of("De president wil een derde termijn van vier jaar."))


def test_groeide_tot_is_no_upper_bound() -> None:
    (n,) = [n for n in numbers_of("De handel groeide tot 3,5 miljard euro.") if n.unit == "EUR"]
    assert n.qualifier is None and n.surface == "3,5 miljard euro"


def test_dutch_summary_cues_have_the_sections_of_the_others() -> None:
    assert set(data.sections("summary_cues.txt", "nl")) == set(data.sections("summary_cues.txt", "de"))


def test_dutch_abbreviations_do_not_end_sentences() -> None:
    text = "Het kabinet trekt ca. 5 mln. euro uit, o.a. voor wind. Dat zei premier Schoof op 3 sept. in Den Haag. Hij deed het zo."
    assert len(split(text, "nl", 0, len(text))) == 3
