"""Czech: the word lists in digest/data/cs read through the public stages."""

from __future__ import annotations

import pytest
from lines import line_blocks, quotes_of, speaker_of

from digest import cleaning, dates
from digest.language import detect
from digest.model import TEXT, Block, Sentence
from digest.numbers import find_numbers, scan
from digest.numbers import lexicon as number_lexicon
from digest.sentences import split, stop_words
from digest.speakers import People, lexicon, people_mentioned
from digest.summaries import _cues, text_kind


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("obchod dosáhl 22,4 miliardy eur", 22.4e9, "EUR"),
        ("stavba má stát 1,2 mld. eur", 1.2e9, "EUR"),
        ("rozpočet 500 milionů korun", 500e6, "CZK"),
        ("dotace 12 mil. Kč", 12e6, "CZK"),
        ("v zemi pracuje 15 tisíc lidí", 15e3, "lidí"),
        ("pět miliard dolarů", 5e9, "USD"),
        ("růst o 3,1 %", 3.1, "%"),
        ("inflace 2,5 procenta", 2.5, "%"),
        ("úsek měří 130 km", 130, "km"),
        ("jednání trvalo tři hodiny", 3, "hours"),
        ("smlouva na deset let", 10, "years"),
        ("sazba klesla o 0,5 procentního bodu", 0.5, "pp"),
        ("dvě třetiny obyvatel", 66.7, "%"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "cs") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("zhruba 42 % nákladů", "about"),
        ("asi 15 tisíc Čechů", "about"),
        ("přes 110 tisíc Slováků", "more than"),
        ("více než 200 firem", "more than"),
        ("téměř tři hodiny", "almost"),
        ("obchod přesáhl 23 miliard eur", "more than"),
        ("nejméně 40 lidí", "at least"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    f = scan(text, "cs")[0]
    assert f.qualifier == qualifier


def test_range() -> None:
    f = scan("od 20 do 30 miliard korun", "cs")[0]
    assert (f.value, f.value_end, f.unit) == (20e9, 30e9, "CZK")


def test_a_date_is_no_count() -> None:
    assert {f.kind for f in scan("5. února 2026", "cs")} == {"date"}


def test_the_header_date_dates_the_article() -> None:
    text = ("Premiér přijal hosta\n\nAutor: Jana Nová\n5. února 2026 16:48\n\n"
            "Předseda vlády Petr Novák ve čtvrtek přivítal slovenského premiéra na Pražském hradě.\n")
    assert dates.publication(text, cleaning.clean(text).blocks, "cs") == "2026-02-05"


@pytest.mark.parametrize(("text", "month"), [("v březnu 2025", 3), ("do 12. října", 10), ("koncem listopadu 2024", 11)])
def test_months_in_their_cases(text: str, month: int) -> None:
    assert [m.month for m in dates.find(text, "cs", [(0, len(text))])] == [month]


def test_weekday() -> None:
    text = "Setkání se uskutečnilo ve čtvrtek v Praze."
    assert [m.weekday for m in dates.find(text, "cs", [(0, len(text))])] == [4]


def test_numbers_read_czech_speech_verbs_and_roles() -> None:
    lex = number_lexicon("cs")
    assert lex.decimal == ","
    assert "zdůraznil" in {e[0] for e in lex.verbs.entries}
    assert "premiér" in {e[0] for e in lex.roles.entries}


def test_a_figure_in_a_reported_sentence_is_the_speaker_s() -> None:
    text = "Obchod loni přesáhl 23 miliard eur, uvedl Fico."
    sents = [Sentence(a, b, 0) for a, b in split(text, "cs")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "cs", None)
    assert nums and all(n.speaker == "Fico" for n in nums)


def test_sentences_keep_abbreviations() -> None:
    text = "Vláda podpořila tzv. muniční iniciativu a další projekty. Opozice to kritizovala."
    assert len(split(text, "cs", 0, len(text))) == 2
    text = "Dohoda se týká např. energetiky a dopravy. Podepsána bude v květnu."
    assert len(split(text, "cs", 0, len(text))) == 2


def test_stop_words_and_summary_cues() -> None:
    assert {"že", "jeho", "se"} <= stop_words("cs")
    cues = _cues("cs")
    assert {"řekl", "uvedla", "podle"} <= cues["news"]
    assert "zkuste" in cues["imperative"]


def test_speech_verb_after_the_closing_quote() -> None:
    text = "„Česko a Slovensko nejsou cizina,“ řekl Babiš novinářům po jednání."
    assert speaker_of(quotes_of(text, "cs"), "Česko") == "Babiš"


def test_feminine_past_tense_and_a_hyphenated_name() -> None:
    text = ("Politoložka Jana Dvořáková-Malá z Univerzity Karlovy hodnotí jednání.\n"
            "„Oba politici si rozumějí v rétorice, ale jejich zájmy nejsou totožné,“ řekla Dvořáková-Malá.")
    assert speaker_of(quotes_of(text, "cs"), "Oba politici") == "Jana Dvořáková-Malá"


def test_role_cue_goes_to_the_person_named_with_the_role() -> None:
    text = ("Ministr zahraničí Jan Novotný doplnil, že vlády budou spolupracovat.\n"
            "„Nejsme proti Evropě, jsme proti hlouposti,“ řekl šéf české diplomacie.")
    assert speaker_of(quotes_of(text, "cs"), "Nejsme") == "Jan Novotný"


def test_prime_minister_introduced_as_chairman_of_the_government() -> None:
    text = ("Předseda vlády Pavel Dvořák ve čtvrtek přivítal rakouského kancléře Karla Hubera.\n"
            "„Naše vztahy jsou nadstandardní a chceme je prohloubit,“ řekl premiér.")
    assert speaker_of(quotes_of(text, "cs"), "Naše vztahy") == "Pavel Dvořák"


def test_verb_and_colon_before_the_quote() -> None:
    text = "Ministr Jan Novotný na tiskové konferenci prohlásil: „Nebudeme dodávat zbraně.“"
    assert speaker_of(quotes_of(text, "cs"), "Nebudeme") == "Jan Novotný"


def test_reporting_phrase_names_the_source() -> None:
    text = "Premiér Petr Novák jednal s kancléřem. Podle Nováka je „spolupráce mezi oběma zeměmi vynikající“."
    assert speaker_of(quotes_of(text, "cs"), "spolupráce") in ("Petr Novák", "Nováka")


def test_people_found_by_role_and_verb() -> None:
    text = ("Premiér Petr Novák přiletěl do Vídně. Ministr Jan Novotný přivítal delegaci.\n"
            "„Děkujeme za podporu,“ zdůraznil Novák. „Je to důležitý krok,“ dodal Novotný.")
    people = people_mentioned(text, line_blocks(text), "cs")
    assert {"Petr Novák", "Jan Novotný"} <= set(people)
    assert not any(p in ("Premiér", "Ministr", "Vídně") for p in people)


def test_lexicon_reads_the_czech_lists() -> None:
    lex = lexicon("cs")
    assert lex.is_speech_verb("řekla") and lex.is_speech_verb("zdůraznil") and lex.is_role("mluvčí")
    for verb in ("odvětil", "opáčila", "namítl", "potvrdila", "přiblížil", "objasnila"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("premiéra") and lex.is_role("politoložka") and "on" in lex.pronouns
    assert lex.starts_reporting(["podle", "premiéra"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Premiér Petr Novák ve čtvrtek jednal ve Vídni. „Děkujeme za podporu,“ řekl Novák. Podle kancléře"
         " Rakousko pomůže s financováním.", "news"),
        ("Jak se připravit na výpadek proudu. Kupte si powerbanku předem a nabijte ji. Naplňte láhve vodou."
         " Zkontrolujte baterky a svítilny. Nezapomeňte na lékárničku.", "guide"),
        ("Koruna je měna České republiky. Koruna je platidlem od roku 1993. Dělí se na 100 haléřů."
         " Bankovky vydává Česká národní banka.", "reference"),
    ],
)
def test_summary_cues_tell_news_from_guides_and_reference(text: str, kind: str) -> None:
    assert text_kind([text[a:b] for a, b in split(text, "cs")], "cs") == kind


SLOVAK = ("Predseda vlády Robert Novák vo štvrtok v Bratislave privítal českého premiéra. "
          "„Slovensko a Česko nie sú cudzina,“ povedal Novák novinárom. Obchodná výmena dosiahla "
          "22,4 miliardy eur, čo je o 3,1 % viac než v roku 2024. Na Slovensku pracuje asi 15 tisíc Čechov.")


def test_slovak_reads_with_the_czech_lists_without_crashing() -> None:
    # Slovak has no lists of its own; it is detected as Czech or read with the Czech ones.
    assert detect(SLOVAK) in ("cs", "sk")
    for lang in ("cs", "sk"):
        figs = [f for f in scan(SLOVAK, lang) if f.kind != "date"]
        assert figs
        quotes_of(SLOVAK, lang)
        people_mentioned(SLOVAK, line_blocks(SLOVAK), lang)
    assert speaker_of(quotes_of(SLOVAK, "cs"), "Slovensko") == "Robert Novák"


def test_an_institution_as_a_figure_s_source_is_no_person() -> None:
    # Czech capitalises only an institution's first word: "Českého statistického úřadu".
    text = "Obchod loni dosáhl podle Českého statistického úřadu 22,4 miliardy eur."
    sents = [Sentence(a, b, 0) for a, b in split(text, "cs")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "cs", None)
    assert nums and all(n.speaker is None for n in nums)


@pytest.mark.parametrize("place", ["na Hradě", "z úřadu vlády", "na ministerstvu zahraničí"])
def test_a_plural_or_impersonal_cue_at_an_office_is_no_one_s(place: str) -> None:
    text = f"Premiér Petr Novák jednal s kancléřem.\n„Bude to korektní schůzka,“ uvedli {place}."
    assert speaker_of(quotes_of(text, "cs"), "Bude") is None


def test_slovak_dates_and_figures_read_with_the_czech_lists() -> None:
    text = "Stretnutie sa konalo 5. februára 2026 v Bratislave, v piatok."
    assert [(m.month, m.day) for m in dates.find(text, "cs", [(0, len(text))]) if m.month] == [(2, 5)]
    f = scan("obchod dosiahol vyše 2 miliónov eur", "cs")[0]
    assert (f.value, f.unit, f.qualifier) == (2e6, "EUR", "more than")


def test_journalists_after_a_preposition_keep_the_role_cue_for_the_one_named() -> None:
    # "s novináři" (with journalists, plural) is no role (roles.txt "!"): it does not take the minister's
    # name and so keep "ministr" from standing for him in its sentence.
    text = ("Eurokomisařka Eva Nováková oznámila nová opatření.\n\n"
            "Česko zastupoval ministr pro evropské záležitosti Jan Novák. „Jsme připraveni,“ řekl Novák. "
            "V rozhovoru s novináři ministr zdůraznil, že tento rok „otevřel cestu“ k jednáním.")
    assert [q.speaker for q in quotes_of(text, "cs")] == ["Jan Novák", "Jan Novák"]


def test_a_masculine_role_subject_is_no_woman() -> None:
    """"Ruský ministr zdůraznil … „…,“ řekl." after the minister (a woman) spoke: the role's own verb shows a man,
    so the quotation is not hers."""
    text = ("Ministryně zahraničí Jana Malá v Praze jednala s ruským ministrem Ivanem Petrovem o obchodu.\n"
            "„Českým firmám má připadnout polovina zakázek,“ uvedla Malá.\n"
            "Ruský ministr zdůraznil, že firma dodržuje harmonogram. „První blok zahájí provoz v roce 2036,“ řekl.")
    assert speaker_of(quotes_of(text, "cs"), "První blok") not in (None, "Jana Malá")



def test_a_plant_s_numeral_opens_no_name() -> None:
    """"Elektrárna Mělník II Pavel Kolínský řekl": the numeral closes the plant's name, no king's number of a name
    run on into the person's."""
    text = ("Ředitel společnosti Elektrárna Mělník II Pavel Kolínský řekl, že jeden blok vyjde zhruba na 90 miliard "
            "korun.\n\nKolínský dodal, že smlouvy jsou podepsané.")
    assert People(text, [(0, len(text))], "cs").people() == ("Pavel Kolínský",)



def test_dash_dialogue_a_question_cued_after_its_mark_and_a_reply_cued_by_the_guests_nationality() -> None:
    text = ("Ministr dopravy Karel Novotný ve středu v Brně jednal s ministrem slovenské vlády pro dopravu Janem "
            "Horváthem.\n"
            "– A zaplatíme polovinu, řekl Horváth.\n"
            "– Most postavíme společně, doplnil Novotný.\n"
            "– Kdy bude hotový? zeptal se novinář.\n"
            "– Nejpozději v roce 2030, odpověděl slovenský politik.\n")
    quotes = {q.text: q.speaker for q in quotes_of(text, "cs")}
    # The cue after the question mark is no part of the question; the Slovak politician is the guest.
    assert "Kdy bude hotový?" in quotes
    assert quotes["Nejpozději v roce 2030"] == "Jan Horváth"


def test_a_journalist_s_question_after_se_is_no_one_named() -> None:
    """"zeptal se novinář": "se" after its verb is the reflexive, no preposition, and a journalist no one was
    introduced as asks: the question is not the host's who answered last."""
    text = ("Ministr zemědělství Petr Dvořák v pondělí v Olomouci přijal rakouského ministra Franze Hubera.\n"
            "– Spolupráce má smysl, řekl Huber.\n"
            "– Souhlasím s tím, doplnil Dvořák.\n"
            "– Kolik to bude stát? zeptal se novinář.\n"
            "– Asi dvě stě milionů korun, odpověděl rakouský ministr.\n")
    quotes = {q.text: q.speaker for q in quotes_of(text, "cs")}
    assert quotes["Kolik to bude stát?"] is None
    assert quotes["Asi dvě stě milionů korun"] == "Franz Huber"
