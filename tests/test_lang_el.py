"""Greek: language detection, the word lists in digest/data/el, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import LANGS, fold, lexicon

NEWS = ("Ο πρωθυπουργός υποδέχθηκε την Πέμπτη στην Αθήνα τον Ιταλό ομόλογό του. Σύμφωνα με τον ίδιο, το διμερές "
        "εμπόριο έφτασε πέρυσι τα 12 δισ. ευρώ, αυξημένο κατά 5% σε σχέση με το προηγούμενο έτος.")
ARTICLE = Path(__file__).parent / "data" / "el_episkepsi.txt"


def test_greek_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "el" and detect(ARTICLE.read_text("utf-8")) == "el"
    assert detect("Ο υπουργός είπε ότι οι συνομιλίες πήγαν καλά.") == "el"
    assert supported("el") and "el" in LANGS and word_lists("el") == "el"


def test_neighbours_stay_themselves() -> None:
    # Bulgarian and Macedonian (Cyrillic) and Turkish are still read as themselves, not as Greek.
    assert detect("Премиерът каза, че преговорите са вървели добре и че споразумението ще бъде подписано скоро.") == "bg"
    assert detect("Bakan, görüşmelerin iyi geçtiğini ve anlaşmanın yakında imzalanacağını söyledi ve bu çok önemli.") == "tr"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("το εμπόριο έφτασε τα 2,1 δισ. ευρώ", 2.1e9, "EUR"),
        ("επενδύσεις 2,1 δισεκατομμυρίων ευρώ", 2.1e9, "EUR"),
        ("δάνειο 350 εκατ. ευρώ", 350e6, "EUR"),
        ("κόστος 4 εκατομμύρια δολάρια", 4e6, "USD"),
        ("εργάζονται 1.500 άνθρωποι", 1500, None),
        ("αύξηση 12 τοις εκατό", 12, "%"),
        ("αγωγός μήκους 650 χιλιομέτρων", 650, "km"),
        ("3 εκατ. τόνους σιτηρών", 3e6, "t"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "el") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("δισ", "εκατ", "εκατομμύρια", "δισεκατομμυρίων", "τοις")


@pytest.mark.parametrize(("text", "ends"), [("μεταξύ 300 και 400 εκατομμυρίων ευρώ", (300e6, 400e6)),
                                            ("3 έως 4 εκατομμύρια τόνοι", (3e6, 4e6)),
                                            ("από 5 έως 7 δισ. ευρώ", (5e9, 7e9))])
def test_ranges(text: str, ends: tuple[float, float]) -> None:
    figs = [f for f in scan(text, "el") if f.kind != "date"]
    assert [(f.value, f.value_end) for f in figs] == [ends]


@pytest.mark.parametrize(("text", "value"), [("υπέγραψαν πέντε μνημόνια", 5), ("τέσσερις συμφωνίες", 4),
                                             ("διακόσιοι επιχειρηματίες", 200)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "el") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("σχεδόν 80 τοις εκατό", "almost"), ("περίπου 100 χιλιόμετρα", "about"), ("πάνω από 3 δισ. ευρώ", "more than"),
     ("λιγότερο από 2 εκατ. ευρώ", "less than"), ("τουλάχιστον 500 εκατ. ευρώ", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "el")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("14 Απριλίου 2026, 18:40", (2026, 4, 14)), ("Αθήνα, 3 Μαρτίου 2025", (2025, 3, 3)),
     ("ΤΡΙΤΗ 17 ΝΟΕΜΒΡΙΟΥ 2026", (2026, 11, 17)), ("η συνάντηση του Μαΐου", (None, 5, None)),
     ("από τον Σεπτέμβριο του 2025", (2025, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "el", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Ο πρωθυπουργός θα δεχθεί τον επισκέπτη την Παρασκευή το απόγευμα."
    assert [m.weekday for m in dates.find(text, "el", [(0, len(text))])] == [5]


def test_sentences_keep_abbreviations() -> None:
    text = "«Είμαστε έτοιμοι», δήλωσε ο κ. Παπαδόπουλος μετά τη συνάντηση. Το εμπόριο έφτασε τα 2,1 δισ. ευρώ πέρυσι."
    assert len(split(text, "el", 0, len(text))) == 2


def test_stop_words_and_stems() -> None:
    assert {"και", "το", "της", "να", "με"} <= stop_words("el")
    stem = stemmer("el")
    assert stem("πρόεδρος") == stem("προέδρου") == stem("πρόεδρο")
    assert stem("επισκέψεις") == stem("επίσκεψη")


def test_lexicon_reads_the_greek_lists() -> None:
    lex = lexicon("el")
    assert lex.is_speech_verb("δήλωσε") and lex.is_speech_verb("τόνισε") and lex.is_speech_verb("επεσήμανε")
    assert lex.is_role("πρωθυπουργός") and lex.is_role("προέδρου") and lex.is_role("καθηγήτρια")


@pytest.mark.parametrize("form", ["Αθήνα", "Αθήνας", "ΑΘΗΝΑ", "Ελλάδα", "Κύπρο", "Λευκωσία", "Άγκυρα", "Βερολίνου",
                                  "Θεσσαλονίκη"])
def test_greek_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


def test_greek_names_fold_to_latin() -> None:
    assert fold("Μητσοτάκης") == fold("Mitsotakis")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb and the article after the quotation.
        ("Ο πρωθυπουργός Νίκος Βαρδάκης δέχθηκε τον γενικό γραμματέα.\n\n«Η συνεργασία είναι στενή», δήλωσε ο "
         "Βαρδάκης.", "Η συνεργασία", "Νίκος Βαρδάκης"),
        # A woman: the feminine article in the cue (η υπουργός, η Λαμπράκη).
        ("Η υπουργός Άννα Λαμπράκη μίλησε μετά τη σύσκεψη.\n\n«Δεν θα κάνουμε πίσω», τόνισε η "
         "Λαμπράκη.", "Δεν θα", "Άννα Λαμπράκη"),
        # The verb and the name before the quotation.
        ("Ο αναλυτής Σπύρος Μαρκάκης είναι επιφυλακτικός. Ο Μαρκάκης σημείωσε: «Τα περιθώρια είναι μικρά».",
         "Τα περιθώρια", "Σπύρος Μαρκάκης"),
        # A region (compass adjective and continent, data/el/place_words.txt) right before a subjectless "είπε"
        # is no speaker: the sentence's subject named before it is. (The bracketed acronym after "Κεντρικής
        # Ευρώπης" made "Ευρώπη" look like a surname.)
        ("Στη Ρώμη βρέθηκε σήμερα ο υπουργός Νίκος Βαρδάκης, ο οποίος εκπροσώπησε τη χώρα στη σύνοδο της "
         "Πρωτοβουλίας της Κεντρικής Ευρώπης (ΠΚΕ), με οικοδεσπότη τον Ρουμάνο πρωθυπουργό Ίον Ποπέσκου.\n\n"
         "Στην ομιλία του ο κ. Βαρδάκης στάθηκε στον δρόμο από τη Θεσσαλονίκη προς τη Δυτική Ευρώπη. «Η χώρα είναι "
         "πια γέφυρα», είπε.", "Η χώρα", "Νίκος Βαρδάκης"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="el"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_greek_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "el" and str(a.date) == "2026-04-14" and a.places[0] == "Athens"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Η Ελλάδα και"] == "Γιάννης Σταυρίδης"
    assert speakers["Ήρθαμε με συ"] == "Ρουί Αλμέιδα"
    assert speakers["Τα ελληνικά "] == "Ελένη Κωστοπούλου"
    assert speakers["Δεν ήρθαμε μ"] == "Ρουί Αλμέιδα"
    assert speakers["Το εμπόριο θ"] == "Πέτρος Δημητρίου"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(2.1e9, None, "EUR"), (12, None, "%"), (300e6, 400e6, "EUR"), (4, None, "συμφωνίες")} <= got
    assert any(n.value == 1500 for n in a.numbers)
    assert not any(n.unit in ("δισ", "εκατομμυρίων", "και") for n in a.numbers)
    assert a.summary and not any("Κοινοποίηση" in s or "Διαβάστε" in s for s in map(str, a.summary))


def test_a_ministry_s_last_portfolio_is_no_given_name() -> None:
    # "υπουργός Εμπορίου και Βιομηχανίας Νίκος Παππάς": the portfolio's genitive is no part of the name.
    from digest.speakers import People
    text = "Ο υπουργός Εμπορίου και Βιομηχανίας Νίκος Παππάς ανακοίνωσε ότι το έργο ολοκληρώθηκε."
    assert People(text, [(0, len(text))], "el").people() == ("Νίκος Παππάς",)


def test_an_emir_s_name_in_greek_letters_is_one_person() -> None:
    # "σεΐχης … μπιν … Αλ …": the Greek spellings of sheikh, bin and Al (data/any/particles.txt, el/roles.txt).
    from digest.speakers import People
    text = ("Ο Εμίρης του Κουβέιτ, σεΐχης Σαμπάχ μπιν Τζάμπερ Αλ Σαμπάχ, έφτασε στη Ρώμη. "
            "«Ήρθαμε ως φίλοι», είπε ο Εμίρης.")
    people = People(text, [(0, len(text))], "el")
    assert people.people() == ("Σαμπάχ μπιν Τζάμπερ Αλ Σαμπάχ",)


@pytest.mark.parametrize(("best", "expected"), [
    ("Κώστα Παπαδάκη", "Κώστα Παπαδάκη"),  # (a given name in -α may be a woman's: left as written)
    ("Πέτρο Αλεξανδρίδη", "Πέτρος Αλεξανδρίδης"),
    ("Μάρκο Οικονόμου", "Μάρκος Οικονόμου"),  # (-ου is the same in every case)
    ("Σπύρο Καλαμαρά", "Σπύρο Καλαμαρά"),  # (-α: as a foreign name's, left as written)
    ("Νούνο Μέλο", "Νούνο Μέλο"),  # (a foreign name in Greek letters does not decline)
    ("Αντόνιο Κόστα", "Αντόνιο Κόστα"),
    ("Μαρία Οικονόμου", "Μαρία Οικονόμου"),
])
def test_a_mans_accusative_full_name_gives_the_nominative(best: str, expected: str) -> None:
    from collections import Counter

    from digest.speakers import nominative
    assert nominative(best, Counter({best: 1})) == expected


def test_greek_gi_before_a_vowel_is_cyrillic_yod() -> None:
    # "Γιώργος Λάμπρου" in a Bulgarian translation is "Йоргос Ламбру": one person.
    from digest.speakers import one_person
    assert one_person("Γιώργος Λάμπρου", "Йоргос Ламбру")
    assert not one_person("Γιάννης Λάμπρου", "Йоргос Ламбру")
