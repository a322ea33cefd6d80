"""Swedish: language detection, the word lists in digest/data/sv and the Swedish place forms, read through the public stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from lines import line_blocks, quotes_of, speaker_of

from digest import dates, places
from digest.language import detect, supported
from digest.model import TEXT, Block, Sentence
from digest.numbers import find_numbers, scan
from digest.sentences import split
from digest.speakers import lexicon, people_mentioned

ARTICLE = Path(__file__).parent / "data" / "sv_helsingfors_visit.txt"


def test_swedish_is_supported_and_detected() -> None:
    assert supported("sv")
    assert detect(ARTICLE.read_text("utf-8")) == "sv"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("handeln uppgick till 200 miljarder kronor", 200e9, "SEK"),
        ("en investering på 3,5 miljarder kronor", 3.5e9, "SEK"),
        ("ett stöd på 40 miljoner kronor", 40e6, "SEK"),
        ("smugglingen har ökat med 40 procent", 40, "%"),
        ("kapaciteten ska öka med 1 200 megawatt", 1200, "MW"),
        ("gränsen är 1 630 kilometer lång", 1630, "km"),
        ("ett lån på 500 miljoner norska kronor", 500e6, "NOK"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "sv") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("drygt 200 miljarder kronor", "more than"), ("nästan 230 miljarder kronor", "almost"),
     ("cirka 15 000 personer", "about"), ("minst 40 personer", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "sv")[0].qualifier == qualifier


def test_months_and_weekdays() -> None:
    text = "Publicerad 15 september 2026. Besöket avslutas på onsdagen."
    found = dates.find(text, "sv", [(0, len(text))])
    assert [m.month for m in found if m.month] == [9]
    assert [m.weekday for m in found if m.weekday] == [3]


def test_sentences_keep_abbreviations() -> None:
    text = "Mötet gällde bl.a. energi och t.ex. försvar. Det varade i två timmar."
    assert len(split(text, "sv", 0, len(text))) == 2


def test_speech_verb_after_the_closing_quote() -> None:
    text = "”Finland och Sverige står nära varandra”, sade Ulf Kristersson efter mötet."
    assert speaker_of(quotes_of(text, "sv"), "Finland") == "Ulf Kristersson"


def test_pronoun_cue_refers_back_to_the_woman_named() -> None:
    text = ("Utrikesminister Maria Lindgren deltog i samtalen.\n"
            "”Det kan ingen av oss acceptera”, sade hon.")
    assert speaker_of(quotes_of(text, "sv"), "Det kan") == "Maria Lindgren"


def test_role_cue_in_the_definite_form_goes_to_the_person_named_with_the_role() -> None:
    text = ("Statsminister Ulf Kristersson tog emot Finlands statsminister Petteri Orpo.\n"
            "”Vi behöver gemensamma planer”, sade den finländske statsministern.")
    assert speaker_of(quotes_of(text, "sv"), "Vi behöver") == "Petteri Orpo"


def test_enligt_is_no_first_name() -> None:
    text = ("Statsminister Ulf Kristersson tog emot Petteri Orpo.\n"
            "Enligt Kristersson uppgick handeln till drygt 180 miljarder kronor.")
    people = people_mentioned(text, line_blocks(text), "sv")
    assert "Ulf Kristersson" in people and not any(p.startswith("Enligt") for p in people)


def test_a_figure_in_a_reported_sentence_is_the_speaker_s() -> None:
    text = "Handeln uppgick till 3 miljarder kronor, sade Kristersson."
    sents = [Sentence(a, b, 0) for a, b in split(text, "sv")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "sv", None)
    assert nums and all(n.speaker == "Kristersson" for n in nums)


def test_lexicon_reads_the_swedish_lists() -> None:
    lex = lexicon("sv")
    assert lex.is_speech_verb("sade") and lex.is_speech_verb("säger") and lex.is_speech_verb("framhöll")
    assert lex.is_role("statsministern") and lex.is_role("utrikesministern") and lex.is_role("analytiker")
    assert "hon" in lex.pronouns and lex.starts_reporting(["enligt"])


@pytest.mark.parametrize(
    ("form", "name"),
    [("Sveriges", "Sweden"), ("Norge", "Norway"), ("Helsingfors", "Helsinki"), ("Köpenhamn", "Copenhagen"),
     ("Tyskland", "Germany"), ("Ryssland", "Russia")],
)
def test_swedish_place_forms(form: str, name: str) -> None:
    place = places.lookup(form)
    assert place is not None and place.name == name


def test_swedish_demonyms() -> None:
    assert places.demonym("svenska") == "SE" and places.demonym("finländske") == "FI"
    assert places.lookup("Island") is None  # an English island is no Iceland


def test_phrase_before_the_verb_names_no_subject() -> None:
    """"Efter mötet med X sade Y att …": verb second, the phrase before the verb (no comma) names whom Y met."""
    text = ("Efter mötet med Norges försvarsminister Odd Hansen sade utrikesminister Anna Berg att avtalet är klart.\n"
            "– Det här är en viktig dag för oss, sade hon.")
    assert speaker_of(quotes_of(text, "sv"), "Det här") == "Anna Berg"
    text = text.replace("Anna Berg", "Erik Berg").replace("sade hon", "sade han")
    assert speaker_of(quotes_of(text, "sv"), "Det här") == "Erik Berg"


def test_party_member_before_the_name_is_a_role() -> None:
    """"Socialdemokraten X i utskottet": the party's member word leads a name as a role does, so "säger hon" after
    her dash quote is hers, not the company's a source phrase named before."""
    text = ("Enligt Volvo är affären värd omkring 5 miljarder kronor, vilket gör den till årets största order.\n\n"
            "Socialdemokraten Karin Lund i riksdagens näringsutskott välkomnar ordern men är orolig.\n\n"
            "– Om fabriken inte klarar två kunder samtidigt får vi vänta, säger hon.")
    assert speaker_of(quotes_of(text, "sv"), "Om fabriken") == "Karin Lund"
