"""Latvian: language detection, the word lists in digest/data/lv, read through the public stages and on a whole article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import one_person
from digest.speakers import LANGS, lexicon, nominative

NEWS = ("Ministru prezidente trešdien Rīgā uzņēma Lietuvas kolēģi. Pēc viņas teiktā, abu valstu tirdzniecība "
        "pagājušajā gadā sasniedza gandrīz 4 miljardus eiro, kas ir par 5 procentiem vairāk nekā gadu iepriekš. "
        "Abi politiķi vienojās, ka sadarbība enerģētikā ir svarīga un ka tā turpināsies arī nākamgad.")
ARTICLE = Path(__file__).parent / "data" / "lv_vizite.txt"


def test_latvian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "lv" and detect(ARTICLE.read_text("utf-8")) == "lv"
    assert supported("lv") and "lv" in LANGS and word_lists("lv") == "lv"


@pytest.mark.parametrize(
    "text",
    [
        "Latvijas ministrs otrdien tikās ar Igaunijas kolēģiem un apsprieda kopīgus dzelzceļa projektus.",
        "Prezidents sacīja, ka sarunas bija veiksmīgas.",
        "„Mēs esam gatavi,“ teica premjerministre.",
    ],
)
def test_short_latvian_texts(text: str) -> None:
    assert detect(text) == "lv"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Lithuanian shares ir, ar, bet and jau with Latvian, but writes ė į ų, which Latvian never does.
        ("Lietuvos ministras pirmadienį susitiko su Latvijos kolegomis ir aptarė bendrus geležinkelio projektus.", "lt"),
        ("Susitikime dalyvauja Rumunijos prezidentas, Graikijos prezidentas ir Vokietijos federalinis prezidentas.", "lt"),
        # Neighbours with lists stay themselves.
        ("Premijer je u srijedu primio austrijskog kancelara i rekao da je suradnja važna.", "hr"),
        ("Pääministeri sanoi, että neuvottelut sujuivat hyvin ja että sopimus allekirjoitetaan pian.", "fi"),
        ("Rokovania sa týkali energetiky, dopravy a obrany. „Naše krajiny majú spoločnú budúcnosť,“ povedal Fico na tlačovej "
          "konferencii po stretnutí.", "sk"),
    ],
)
def test_neighbours_are_not_latvian(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("līgums ir aptuveni 120 miljonu eiro vērts", 120e6, "EUR"),
        ("runa ir par gandrīz 150 miljoniem eiro", 150e6, "EUR"),
        ("tirdzniecība bija 480 miljoni eiro", 480e6, "EUR"),
        ("investīcijas pārsniedz 3,8 miljardus eiro", 3.8e9, "EUR"),
        ("budžets ir 2,4 mljrd. eiro", 2.4e9, "EUR"),
        ("importēja vairāk nekā 60 procentus gāzes", 60, "%"),
        ("līnija ir 870 kilometru gara", 870, "km"),
        ("pilsētā dzīvo 620 tūkstoši iedzīvotāju", 620_000, None),
        ("aizdevums 300 miljonu ASV dolāru apmērā", 300e6, "USD"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "lv") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("miljonu", "miljoni", "miljoniem", "miljardus", "procentus", "tūkstoši")


@pytest.mark.parametrize(("text", "value"), [("parakstīja piecus līgumus", None), ("divdesmit gadu", 20),
                                             ("trīs jaunas robežšķērsošanas vietas", 3)])
def test_number_words(text: str, value: int | None) -> None:
    figs = [f for f in scan(text, "lv") if f.kind != "date"]
    if value is not None:
        assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("gandrīz 80 procenti", "almost"), ("aptuveni 100 kilometru", "about"), ("apmēram 2 miljoni eiro", "about"),
     ("vairāk nekā 850 miljoni eiro", "more than"), ("mazāk nekā 3 miljardi eiro", "less than"),
     ("vismaz 3 miljardi eiro", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "lv")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Publicēts: 2026. gada 16. aprīlī 21:05", (2026, 4, 16)), ("Tallina, 16. aprīlis.", (None, 4, 16)),
     ("līdz 1. janvārim", (None, 1, 1)), ("3. marta sanāksmē", (None, 3, 3)),
     ("sanāksme notiks jūnijā", (None, 6, None)), ("vēlēšanas 2025. gada novembrī", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "lv", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Premjerministrs ceturtdien pēcpusdienā uzņēma viesi."
    assert [m.weekday for m in dates.find(text, "lv", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Valdība parakstīja t.s. stratēģisko partnerību, piem. enerģētikā. Sanāksme ilga stundu."
    assert len(split(text, "lv", 0, len(text))) == 2


def test_stop_words_and_stemmer() -> None:
    assert {"un", "ir", "ka", "ar", "par", "viņš"} <= stop_words("lv")
    stem = stemmer("lv")
    assert stem("prezidents") == stem("prezidentam") == stem("prezidenta")


def test_lexicon_reads_the_latvian_lists() -> None:
    lex = lexicon("lv")
    assert lex.is_speech_verb("sacīja") and lex.is_speech_verb("uzsvēra") and lex.is_speech_verb("piebilda")
    assert lex.is_role("premjerministrs") and lex.is_role("premjerministram") and lex.is_role("ministre")


@pytest.mark.parametrize("form", ["Rīgā", "Latvijā", "Tallinā", "Igaunijas", "Viļņā", "Maskavu", "Varšavā",
                                  "Slovākijas", "Berlīnē"])
def test_latvian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


def test_oblique_names_take_the_nominative_the_text_writes() -> None:
    assert nominative("Kristenu Mihalu", Counter({"Kristenu Mihalu": 1, "Mihals": 2})) == "Kristens Mihals"
    assert nominative("Mārtiņam Ozoliņam", Counter({"Mārtiņam Ozoliņam": 1, "Ozoliņš": 1})) == "Mārtiņš Ozoliņš"
    assert nominative("Evikai Siliņai", Counter({"Evikai Siliņai": 1, "Siliņa": 1})) == "Evika Siliņa"
    # No nominative in the text: the form is kept.
    assert nominative("Kristenu Mihalu", Counter({"Kristenu Mihalu": 1})) == "Kristenu Mihalu"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb after the quotation, the name after it.
        ("Premjerministrs Andris Kalniņš otrdien Rīgā uzņēma viesi.\n\n„Robeža starp mūsu valstīm mūs vieno, nevis šķir,“ sacīja Kalniņš.", "Robeža",
         "Andris Kalniņš"),
        # The name and the verb before a colon.
        ("Ministre Anna Bērziņa runāja par enerģētiku.\n\nBērziņa uzsvēra: „Elektrība ir pietiekami.“",
         "Elektrība", "Anna Bērziņa"),
        # A pronoun cue after a second person was introduced with a genitive body before the role.
        ("Pētnieks Jānis Liepa sacīja, ka vizīte ir svarīga.\n\nSaeimas opozīcijas deputāts Pēteris Ozols "
         "kritizēja valdību. „Mums jārīkojas ātrāk,“ viņš paziņoja.", "Mums", "Pēteris Ozols"),
        # «…» and a dash, the verb after.
        ("Ekonomists Ivars Krūmiņš vērtēja situāciju tirgū pēc vizītes.\n\n«Tirgus ir mazs, bet tas aug ātrāk nekā jebkad agrāk» – teica Krūmiņš.", "Tirgus",
         "Ivars Krūmiņš"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lv"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_party_in_brackets_is_no_quotation_of_its_member() -> None:
    text = ("Deputāts Edgars Liepiņš („Jaunā partija“) aicināja valdību rīkoties. „Laika vairs nav,“ viņš teica.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lv"))
    party = next(q for q in a.quotes if q.text.startswith("Jaunā"))
    assert party.kind == "term"
    assert next(q for q in a.quotes if q.text.startswith("Laika")).speaker == "Edgars Liepiņš"


def test_a_whole_latvian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "lv" and str(a.date) == "2026-03-03"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Baltijas jūr"] == "Aleksandrs Stubs"
    assert speakers["Somija ir vi"] == "Edgars Rinkēvičs"
    assert speakers["Mēs negaidīs"] == "Aleksandrs Stubs"
    assert speakers["Mūsu infrast"] == "Baiba Braže"
    assert speakers["Mēs uz Somij"] == "Pēteris Strautiņš"
    assert speakers["Skaistas run"] == "Jānis Dombrava"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.9e9, "EUR", None), (3.8e9, "EUR", "more than"), (120e6, "EUR", "about"), (40, "%", "almost"),
            (300e6, "EUR", "more than")} <= got
    assert not any(n.unit in ("miljardus", "miljonus", "procentus", "miljoniem") for n in a.numbers)
    # The dateline is no summary sentence.
    assert not any(a.sentences[i].start < 300 and "3. marts" in ARTICLE.read_text("utf-8")[a.sentences[i].start:a.sentences[i].end]
                   for i in a.summary)


def test_a_latvian_spelling_of_a_foreign_name_is_one_person_with_the_other_scripts() -> None:
    # Latvian adds -s to a foreign name and writes ш as š: one speaker with the Cyrillic and English forms.
    assert one_person("Tigrans Šarinjans", "Тигран Шаринян")
    assert one_person("Tigrans Šarinjans", "Tigran Sharinyan")
    assert not one_person("Tigrans Šarinjans", "Тигран Шаринов")
