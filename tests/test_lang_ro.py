"""Romanian: language detection, the word lists in digest/data/ro and the Romanian place forms, read through the public stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from lines import line_blocks, quotes_of, speaker_of

from digest import dates, places
from digest.language import detect
from digest.model import TEXT, Block, Sentence
from digest.numbers import find_numbers, scan
from digest.sentences import split, stop_words
from digest.speakers import lexicon, people_mentioned
from digest.summaries import text_kind

NEWS = ("Președintele Radu Ionescu l-a primit joi la Palatul Cotroceni pe cancelarul austriac, "
        "într-o vizită oficială dedicată cooperării economice. „Relația dintre cele două țări este mai "
        "solidă decât oricând”, a declarat Ionescu în conferința de presă comună. Potrivit datelor oficiale, "
        "schimburile comerciale au depășit anul trecut 9 miliarde de euro, iar aproximativ 30 la sută din "
        "investiții vin din sectorul energetic. Cei doi lideri au discutat și despre situația din regiune.")
NEWS_ASCII = ("Presedintele Radu Ionescu l-a primit joi pe cancelarul austriac, intr-o vizita oficiala dedicata "
              "cooperarii economice. Cei doi lideri au discutat despre energie si despre situatia din regiune, "
              "iar ministrul de externe a precizat ca acordul va fi semnat pana la sfarsitul anului, dupa ce "
              "parlamentul il va aproba. Potrivit acestuia, proiectul este foarte important pentru ambele tari.")


@pytest.mark.parametrize("text", [NEWS, NEWS_ASCII])
def test_romanian_is_detected_as_romanian(text: str) -> None:
    # "î" is one of French's letters, and Romanian shares many short words with its neighbours.
    assert detect(text) == "ro"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a déclaré jeudi que la France et le Sénégal veulent tourner la page, "
         "après une visite à l'Élysée où les deux dirigeants ont signé des accords.", "fr"),
        ("Il presidente ha detto giovedì che l'Italia e la Germania sono il cuore dell'Europa, "
         "dopo un colloquio al Quirinale durato più di un'ora.", "it"),
        ("El presidente dijo el jueves que España y Marruecos ya no se miran con desconfianza, "
         "tras una reunión en la Moncloa.", "es"),
        ("O presidente disse na quinta-feira que Portugal e o Brasil vão reforçar a cooperação, "
         "depois de uma reunião em Lisboa.", "pt"),
    ],
)
def test_romance_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("un pachet de sprijin de 1,2 miliarde de euro", 1.2e9, "EUR"),
        ("podul ar urma să coste 60 de milioane de euro", 60e6, "EUR"),
        ("bugetul de 2,5 milioane lei", 2.5e6, "RON"),
        ("un împrumut de 300 de milioane de dolari", 300e6, "USD"),
        ("aproximativ 40 la sută din exporturi", 40, "%"),
        ("inflația a fost de 5,2 %", 5.2, "%"),
        ("un gazoduct lung de 120 de kilometri", 120, "km"),
        ("negocierile au durat trei ore", 3, "hours"),
        ("un acord pe zece ani", 10, "years"),
        ("dobânda a scăzut cu 0,5 puncte procentuale", 0.5, "pp"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "ro") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("aproape 60 de milioane de euro", "almost"),
        ("peste 1 milion de cetățeni", "more than"),
        ("mai mult de 200 de firme", "more than"),
        ("circa 15.000 de studenți", "about"),
        ("aproximativ 40 la sută", "about"),
        ("cel puțin 40 de oameni", "at least"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "ro")[0].qualifier == qualifier


def test_range() -> None:
    f = scan("între 20 și 30 de miliarde de lei", "ro")[0]
    assert (f.value, f.value_end, f.unit) == (20e9, 30e9, "RON")


def test_a_date_is_no_count() -> None:
    assert {f.kind for f in scan("27 mai 2026", "ro")} == {"date"}


@pytest.mark.parametrize(("text", "month"), [("pe 3 martie 2025", 3), ("până la 12 octombrie", 10), ("în noiembrie 2024", 11)])
def test_months(text: str, month: int) -> None:
    assert [m.month for m in dates.find(text, "ro", [(0, len(text))])] == [month]


def test_mai_is_a_month_only_next_to_a_day_or_a_year() -> None:
    text = "Relația este mai solidă decât oricând."
    assert not [m for m in dates.find(text, "ro", [(0, len(text))]) if m.month]


def test_weekday() -> None:
    text = "Întâlnirea a avut loc miercuri la București."
    assert [m.weekday for m in dates.find(text, "ro", [(0, len(text))])] == [3]


def test_a_figure_in_a_reported_sentence_is_the_speaker_s() -> None:
    text = "Schimburile comerciale au depășit 3 miliarde de euro, a precizat Ionescu."
    sents = [Sentence(a, b, 0) for a, b in split(text, "ro")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "ro", None)
    assert nums and all(n.speaker == "Ionescu" for n in nums)


def test_sentences_keep_abbreviations() -> None:
    text = "L-a întâlnit pe dl. Popescu la minister. Discuția a durat o oră."
    assert len(split(text, "ro", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"și", "şi", "că", "pentru", "care"} <= stop_words("ro")


def test_speech_verb_after_the_closing_quote() -> None:
    text = "„România nu își va abandona vecinii”, a declarat Radu Ionescu în conferința de presă."
    assert speaker_of(quotes_of(text, "ro"), "România") == "Radu Ionescu"


def test_pronoun_cue_refers_back_to_the_woman_named() -> None:
    text = ("Președinta Elena Munteanu a vorbit despre presiunile externe.\n"
            "„Nu vom ceda în fața șantajului”, a spus ea.")
    assert speaker_of(quotes_of(text, "ro"), "Nu vom") == "Elena Munteanu"


def test_role_cue_goes_to_the_person_named_with_the_role() -> None:
    text = ("Ministrul Energiei, Mihai Stanciu, a prezentat proiectul gazoductului.\n"
            "„Nu mai depindem de gazul din import”, a adăugat ministrul.")
    assert speaker_of(quotes_of(text, "ro"), "Nu mai") == "Mihai Stanciu"


def test_verb_and_colon_before_the_quote() -> None:
    text = "Premierul Andrei Vasilescu a declarat: „Nu vom crește taxele anul acesta.”"
    assert speaker_of(quotes_of(text, "ro"), "Nu vom") == "Andrei Vasilescu"


def test_people_found_by_role_and_verb() -> None:
    text = ("Președintele Radu Ionescu a sosit la Viena. Ministrul Mihai Stanciu a însoțit delegația.\n"
            "„Mulțumim pentru sprijin”, a subliniat Ionescu. „Este un pas important”, a adăugat Stanciu.")
    people = people_mentioned(text, line_blocks(text), "ro")
    assert {"Radu Ionescu", "Mihai Stanciu"} <= set(people)
    assert not any(p in ("Președintele", "Ministrul", "Viena") for p in people)


def test_lexicon_reads_the_romanian_lists() -> None:
    lex = lexicon("ro")
    assert lex.is_speech_verb("declarat") and lex.is_speech_verb("subliniat") and lex.is_role("ministrul")
    assert lex.is_role("președinta") and lex.is_role("analistă") and "ea" in lex.pronouns
    assert lex.starts_reporting(["potrivit", "lui"])


@pytest.mark.parametrize(
    ("form", "name"),
    [("București", "Bucharest"), ("Bucuresti", "Bucharest"), ("Bucureștiului", "Bucharest"),
     ("Chişinău", "Chisinau"), ("Chișinăului", "Chisinau"), ("României", "Romania"), ("Moldovei", "Moldova"),
     ("Varșovia", "Warsaw"), ("Franței", "France")],
)
def test_romanian_place_forms(form: str, name: str) -> None:
    place = places.lookup(form)
    assert place is not None and place.name == name


def test_romanian_demonyms() -> None:
    assert places.demonym("românească") == "RO" and places.demonym("moldovenești") == "MD"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (NEWS, "news"),
        ("Cum să vă pregătiți pentru o pană de curent. Cumpărați din timp o baterie externă. Umpleți sticlele "
         "cu apă. Verificați lanternele. Nu uitați trusa de prim ajutor.", "guide"),
    ],
)
def test_summary_cues_tell_news_from_guides(text: str, kind: str) -> None:
    assert text_kind([text[a:b] for a, b in split(text, "ro")], "ro") == kind


def test_an_institution_s_capitalised_adjectives_are_no_person() -> None:
    text = ("Potrivit Institutului Național de Statistică, exporturile au crescut.\n"
            "Președintele Radu Ionescu a vorbit despre comerț.\n„Vom continua”, a declarat președintele.")
    people = people_mentioned(text, line_blocks(text), "ro")
    assert not any("Național" in p for p in people)
    assert speaker_of(quotes_of(text, "ro"), "Vom") == "Radu Ionescu"


def test_an_institution_with_its_article_suffix_is_no_person() -> None:
    # "Institutul" is "institut" with Romanian's article glued on: the words after it name the institute.
    text = ("Potrivit politologului Mihai Stanciu, cercetător la Institutul Politic European, acordul contează.\n"
            "„Vom vedea rezultatele abia la anul”, a explicat Stanciu.")
    people = people_mentioned(text, line_blocks(text), "ro")
    assert people == ("Mihai Stanciu",)


def test_a_feminine_expert_cue_is_the_woman_introduced_as_analyst() -> None:
    # "experta" is a woman's form (the article's -a after -t): the cue goes to the analyst named before.
    text = ("Potrivit analistei Elena Munteanu, acordul contează.\n"
            "„Vom vedea rezultatele abia la anul”, a explicat Munteanu.\n"
            "Experta a amintit că „schimburile au crescut cu mult” anul trecut.")
    assert speaker_of(quotes_of(text, "ro"), "schimburile") == "Elena Munteanu"


def test_a_masculine_role_form_is_no_woman_s() -> None:
    # "președintele" is a man's form, "președinta" a woman's: the cue goes to the man named so.
    text = ("Președintele Radu Ionescu a primit-o pe președinta Elena Munteanu.\n"
            "Președinta Munteanu a mulțumit pentru sprijin.\n"
            "Președintele român a vorbit însă de „peste 3,6 miliarde de euro”.")
    assert speaker_of(quotes_of(text, "ro"), "peste") == "Radu Ionescu"


def test_statements_of_a_named_person_are_his() -> None:
    text = ("Președinta Elena Munteanu a răspuns la întrebări.\n"
            "I s-a cerut să comenteze declarațiile lui Vladimir Putin despre „protejarea cetățenilor ruși”.")
    assert speaker_of(quotes_of(text, "ro"), "protejarea") == "Vladimir Putin"


def test_a_figure_reported_by_an_institution_is_no_person_s() -> None:
    text = "Potrivit Institutului Național de Statistică, schimburile au ajuns la 3,1 miliarde de euro."
    sents = [Sentence(a, b, 0) for a, b in split(text, "ro")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "ro", None)
    assert nums and all(n.speaker is None for n in nums)


@pytest.mark.parametrize(("office", "speaker"), [("șeful statului", "Radu Ionescu"), ("șeful guvernului", "Andrei Vasilescu")])
def test_head_of_state_and_of_government_stand_for_their_offices(office: str, speaker: str) -> None:
    text = f"Premierul Andrei Vasilescu l-a primit pe președintele Radu Ionescu.\n„Vom sprijini proiectul”, a declarat {office}."
    assert speaker_of(quotes_of(text, "ro"), "Vom") == speaker


def _sample_paragraphs() -> list[str]:
    """The paragraphs of the Romanian sample text (news of many kinds, with ș ț, with ş ţ and with no diacritics)."""
    path = Path(__file__).parent / "fixtures" / "ro_sample.txt"
    return [p for p in path.read_text("utf-8").split("\n\n") if p.strip()]


@pytest.mark.parametrize("index", range(8))
def test_every_paragraph_of_the_sample_is_romanian(index: int) -> None:
    assert detect(_sample_paragraphs()[index]) == "ro"
