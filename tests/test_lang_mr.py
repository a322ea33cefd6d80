"""Marathi: told apart from Hindi and Nepali in the Devanagari script by its function words, the word lists in
digest/data/mr, Devanagari digits, Indian scales, Gregorian months in Marathi, names with their glued cases and the
honorific यांनी after them, read through the public stages and on whole articles of my own (tests/data/mr_*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Analysis, Settings, analyse
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("mr_daura.txt", "mr_karar.txt")
NEWS = "जपानच्या पंतप्रधान सोमवारी मुंबईत दाखल झाल्या आणि त्यांनी पंतप्रधानांशी द्विपक्षीय चर्चा केली, असे मंत्रालयाने सांगितले."


@cache
def _analysed(name: str) -> Analysis:
    return _read((DATA / name).read_text("utf-8"))


@cache
def _read(text: str) -> Analysis:
    return analyse(text, Settings(SummarySettings(), Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_marathi_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "mr"
    assert _analysed(name).lang == "mr"


def test_marathi_is_told_from_hindi_and_nepali_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "mr"
    assert supported("mr") and word_lists("mr") == "mr" and "mr" in LANGS
    # Hindi's and Nepali's own test articles keep their languages.
    for path in sorted(DATA.glob("hi_*.txt")):
        assert detect(path.read_text("utf-8")) == "hi", path.name
    for path in sorted(DATA.glob("ne_*.txt")):
        assert detect(path.read_text("utf-8")) == "ne", path.name


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_and_holds_no_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(name)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen and ("जपानच्या पंतप्रधान साने ताकाइची दोन दिवसांच्या" in chosen[0]
                       or "भारताचे पंतप्रधान नरेंद्र मोदी आणि" in chosen[0])
    for furniture in ("वाचा", "शेअर", "हक्क", "मुख्यपृष्ठ", "होम", "प्रतिनिधी", "नेटवर्क", "अद्ययावत", "प्रकाशित",
                      "टॅग्स", "ताज्या बातम्या", "संबंधित बातम्या"):
        assert not any(furniture in s for s in chosen), furniture


def _figures(name: str) -> set[tuple[float, str | None]]:
    return {(n.value, n.unit) for n in _analysed(name).numbers}


def test_figures_with_scale_words_currencies_percent_and_counters() -> None:
    daura = _figures("mr_daura.txt")
    # कोटी (1e7) with the rupee, अब्ज (1e9) with the US dollar, glued cases on both (रुपयांचे, डॉलरवर), Devanagari digits.
    assert {(4.2e11, "INR"), (2.5e10, "USD"), (9e11, "INR")} <= daura
    assert {(28.0, "%"), (508.0, "km")} <= daura
    # '८ करारांवर' (on 8 agreements): the glued postposition off the counted noun.
    assert (8.0, "करार") in {(v, data.letters_as_marks(u or "")) for v, u in daura}
    karar = _figures("mr_karar.txt")
    # हजार कोटी (1e3 × 1e7) with the rupee, लाख (1e5), टक्क्यांनी (by per cent), मेगावॉट, एकर.
    assert {(5e10, "USD"), (1.5e11, "INR"), (12.0, "%"), (500.0, "MW"), (750.0, "acres")} <= karar
    qualified = {n.value: n.qualifier for n in _analysed("mr_karar.txt").numbers}
    assert qualified[40.0] == "more than" and qualified[3.5e6] == "about"  # '४० हून अधिक', 'सुमारे ३५ लाख'
    # 'दहा वर्षांपूर्वी' (ten years ago) is when, no figure.
    assert not any(n.value == 10 and n.unit == "years" for n in _analysed("mr_karar.txt").numbers)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("सरकारने रु. ४२ कोटी मंजूर केले.", 4.2e8, "INR"),
    ("सभेला ५,००० जण उपस्थित होते.", 5000, "people"),
    ("महागाई ६.५ टक्क्यांवर पोहोचली.", 6.5, "%"),
    ("राज्याला २ लाख कोटी रुपयांची गुंतवणूक मिळाली.", 2e12, "INR"),
    ("सुमारे दीड लाख टन माल निर्यात झाला.", 1.5e5, "t"),
])
def test_a_figure_with_its_scale_and_unit(text: str, value: float, unit: str) -> None:
    from digest.numbers import scan

    (fig,) = [f for f in scan(data.marks_as_letters(text), "mr") if f.kind not in ("date", "year")]
    assert fig.value == value and fig.unit == unit


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        # The Gregorian months spelt in Marathi, day month year, in Devanagari digits or not …
        ("१४ डिसेंबर २०२६", (2026, 12, 14)),
        ("3 जानेवारी 2027", (2027, 1, 3)),
        ("२५ ऑगस्ट २०२६ रोजी", (2026, 8, 25)),
        # … with a case glued to the month, and मे (May) beside its day.
        ("१० नोव्हेंबरला", (None, 11, 10)),
        ("५ मे २०२६", (2026, 5, 5)),
    ],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates

    text = data.marks_as_letters(text)
    found = [m for m in dates.find(text, "mr", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_articles_are_dated_by_their_stamps_and_weekdays() -> None:
    daura, karar = _analysed("mr_daura.txt"), _analysed("mr_karar.txt")
    assert daura.date == "2026-12-14" and karar.date == "2026-12-15"
    # 'मंगळवारी सकाळी' (Tuesday morning) and 'बुधवारी' (on Wednesday) after a Monday's dateline.
    assert {"2026-12-15", "2026-12-16"} <= set(daura.dates)
    a = _read("मुंबई, १२ डिसेंबर २०२६ – पंतप्रधान शुक्रवारी मुंबईत पोहोचले. ते काल पुण्यात होते आणि उद्या परततील.")
    assert a.date == "2026-12-12" and {"2026-12-11", "2026-12-13"} <= set(a.dates)
    # The dateline's day and year are a date's, no key figure.
    assert not any(k.value in (2026, 14) for k in daura.numbers)


def test_places_in_marathi_forms_with_glued_cases() -> None:
    assert _analysed("mr_daura.txt").places[0] == "Mumbai"
    assert {"Mumbai", "Pune", "New Delhi", "Tokyo", "London"} <= set(_analysed("mr_karar.txt").places)
    a = _read("पंतप्रधान बुधवारी लंडनमध्ये पोहोचले आणि नंतर वॉशिंग्टनला जातील. ते पॅरिसहून परत आले.")
    assert {"London", "Washington", "Paris"} <= set(a.places)


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    return {" ".join(q.text.split()[:2]): q.speaker for q in _analysed(name).quotes if q.kind == "speech"}


def test_the_lexicon_reads_the_marathi_lists() -> None:
    from digest.speakers import lexicon
    lex = lexicon("mr")
    for verb in ("म्हणाले", "म्हणाल्या", "सांगितले", "प्रतिपादन"):
        assert lex.is_speech_verb(data.marks_as_letters(verb)), verb
    for role in ("पंतप्रधान", "पंतप्रधानांनी", "मुख्यमंत्री", "परराष्ट्रमंत्री", "सचिव", "प्रवक्ते"):
        assert lex.is_role(data.marks_as_letters(role)), role


def test_speakers_by_name_role_pronoun_and_cue_after_the_quotation() -> None:
    assert _speakers("mr_daura.txt") == {
        # 'चर्चेनंतर मोदी म्हणाले, “…”': the name before the verb, named in full before ('नरेंद्र मोदी यांनी').
        "भारत आणि": "नरेंद्र मोदी",
        # '“…,” असे ताकाइची यांनी सांगितले': the cue after the quotation, the honorific यांनी apart.
        "जपानी कंपन्या": "साने ताकाइची",
        # '… फडणवीस यांनी सांगितले की … “…,” असे ते म्हणाले': the pronoun ते stands for the last subject.
        "येत्या वर्षात": "देवेंद्र फडणवीस",
        # 'ते म्हणाले, ‘…’' after 'परराष्ट्र सचिव विक्रम मिस्री यांनी … सांगितले की'.
        "हा मार्ग": "विक्रम मिस्री",
        # Straight quotation marks, '"…," असे पाटील म्हणाले': the family name alone.
        "जनतेला सर्व": "संजय पाटील",
    }


def test_speakers_by_role_alone_split_assertion_cue_and_multi_paragraph_quotes() -> None:
    assert _speakers("mr_karar.txt") == {
        # 'जपानच्या पंतप्रधान म्हणाल्या, “…”': the role alone (the feminine honorific verb), its holder named before.
        "भारत हा": "साने ताकाइची",
        # '‘…,’ असे मोदी म्हणाले, ‘…’': one quotation split around its cue.
        "आम्ही शेजारी": "नरेंद्र मोदी",
        # '"…," असे प्रतिपादन परराष्ट्रमंत्री एस. जयशंकर यांनी केले': the noun of a noun + light-verb cue.
        "दोन्ही देशांतील": "एस. जयशंकर",
        # 'उद्योगमंत्री उदय सामंत यांनी सांगितले की, “…' over two paragraphs, the first left open: one quotation.
        "दहा वर्षांपूर्वी": "उदय सामंत",
        "करार चांगले": "मेधा कुलकर्णी",
    }
    a = _analysed("mr_karar.txt")
    assert any("तिप्पट" in q.text and "राखीव" in q.text for q in a.quotes)
    assert any("जवळचे मित्र" in q.text and "पिढीपर्यंत" in q.text for q in a.quotes)
    roles = {person: role for person, role, _ in a.roles}
    assert roles["एस. जयशंकर"] == "परराष्ट्रमंत्री" and roles["उदय सामंत"] == "उद्योगमंत्री"
    assert roles["मेधा कुलकर्णी"] == "अर्थतज्ज्ञ"  # the title प्रा. (Professor) is no part of her name


def test_a_new_name_with_its_ergative_glued_or_the_honorific_apart_is_the_speaker() -> None:
    base = "मुंबई — ब्रिटनचे पंतप्रधान कीर स्टार्मर यांनी सोमवारी मुख्यमंत्र्यांची भेट घेतली.\n\n"
    for cue in ("“रोजगार वाढेल आणि उद्योग येतील,” असे अनिता देशमुखांनी सांगितले.",
                "अनिता देशमुखांनी सांगितले, “रोजगार वाढेल आणि उद्योग येतील.”",
                "“रोजगार वाढेल आणि उद्योग येतील,” असे अनिता देशमुख यांनी सांगितले."):
        a = _read(base + cue + "\n")
        assert [q.speaker for q in a.quotes] == ["अनिता देशमुख"], cue
        # Shown without the glued ending.
        assert "अनिता देशमुख" in a.people and not any(p.endswith("ांनी") for p in a.people)


def test_names_keep_their_keys_across_glued_cases() -> None:
    from digest.speakers import same_word, uncased_stem

    def key(word: str) -> str:
        return uncased_stem(data.marks_as_letters(word), "mr")

    assert key("मोदी") == key("मोदींनी") == key("मोदींच्या") == key("मोदींना")
    assert key("फडणवीस") == key("फडणवीसांनी") == key("फडणवीसांच्या")
    # A Devanagari word's script names Nepali first: Marathi's endings are read on it all the same.
    assert same_word(data.marks_as_letters("फडणवीस"), data.marks_as_letters("फडणवीसांनी"))
    # Nepali's endings still come off, and a Hindi name ending like no Marathi case keeps its key.
    assert key("मोदीले") == key("मोदी") and key("रांची") != key("र")


def _visits(*names: str) -> list[dict]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          *(str(DATA / name) for name in names)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_marathi_reports_and_an_english_one_are_one_visit() -> None:
    # Marathi names have keys (data/devanagari.txt, without their glued cases); the Lokmat report's 'मुंबई : '
    # dateline places it in Mumbai, not at last year's meeting in London it recalls.
    (visit,) = _visits(*ARTICLES, "en_takaichi_mumbai.txt")
    assert visit["place"] == "Mumbai" and visit["start"] == "2026-12-14"
    assert sorted(visit["articles"]) == ["en_takaichi_mumbai", "mr_daura", "mr_karar"]
    assert visit["participants"][:2] == ["Sanae Takaichi", "Narendra Modi"]
    assert "Sanjay Patil" not in visit["participants"]
    assert visit["title"] == "Takaichi visits Modi in Mumbai"


def test_the_marathi_visit_alone_is_titled_by_its_guest_and_host() -> None:
    (visit,) = _visits(*ARTICLES)
    # (In Latin letters, as the digest's English shows names no article writes so: romanise. साने is read as
    # written, Sane: the Japanese Sanae is the English article's spelling.)
    assert visit["place"] == "Mumbai" and set(visit["participants"][:2]) == {"Sane Takaichi", "Narendra Modi"}
    assert visit["title"] == "Takaichi visits Modi in Mumbai"


def test_names_in_latin_letters_keep_their_initials() -> None:
    from digest.romanise import latin

    # An initial is the English letter its name spells (एस, S), not a syllable read sound by sound (Es.).
    assert latin("एस. जयशंकर").startswith("S. ") and latin("एम. के. स्टालिन") == "M. K. Stalin"
    assert latin("नरेंद्र मोदी") == "Narendra Modi" and latin("देवेंद्र फडणवीस").startswith("Devendra ")


@pytest.mark.parametrize(("name", "spelt"), [
    # Listed surnames whose dropped vowel the rule of three open syllables puts after the third consonant.
    ("अशोक चव्हाण", "Ashok Chavan"),
    ("सुनील गडकरी", "Sunil Gadkari"),
    ("सुनीता फडणवीस", "Sunita Fadnavis"),
    # The rule itself: a compound's second part keeps its vowel (कमलनाथ), a final one is dropped.
    ("कमलनाथ", "Kamalnath"),
    ("अमोल पाटील", "Amol Patil"),
])
def test_surnames_in_the_press_spelling(name: str, spelt: str) -> None:
    from digest.romanise import latin

    assert latin(name) == spelt
