"""Lithuanian: language detection, the word lists in digest/data/lt, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import LANGS, People, lexicon, one_person

NEWS = ("Ministras pirmininkas trečiadienį Vilniuje priėmė Estijos premjerą. Pasak jo, abiejų šalių prekyba pernai "
        "siekė beveik 3 mlrd. eurų, tai yra 5 proc. daugiau nei prieš metus. Abu vadovai sutarė, kad bendradarbiavimas "
        "energetikos srityje yra svarbus ir bus tęsiamas kitais metais.")
ARTICLE = Path(__file__).parent / "data" / "lt_vizitas.txt"


def test_lithuanian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "lt" and detect(ARTICLE.read_text("utf-8")) == "lt"
    assert detect("Lietuvos ministras pirmadienį susitiko su Latvijos kolegomis ir aptarė bendrus projektus.") == "lt"
    assert supported("lt") and "lt" in LANGS and word_lists("lt") == "lt"


@pytest.mark.parametrize(
    "text",
    [
        # Latvian shares č š ū ž and ir, bet, jau with Lithuanian; ā ē ī ļ ņ are never Lithuanian.
        "Latvijas ministrs otrdien tikās ar Igaunijas kolēģiem un apsprieda kopīgus dzelzceļa projektus.",
        "Valsts prezidents sacīja, ka sarunas ar Lietuvas kolēģi bija ļoti noderīgas un ka darbs turpināsies.",
    ],
)
def test_a_latvian_text_is_not_lithuanian(text: str) -> None:
    assert detect(text) != "lt"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Premier Donald Tusk powiedział, że rozmowy z prezydentem Litwy były bardzo owocne i ważne.", "pl"),
        ("Predsjednik Vlade rekao je da su razgovori s litavskim kolegom bili vrlo korisni.", "hr"),
        ("Pääministeri sanoi, että neuvottelut Liettuan presidentin kanssa sujuivat hyvin.", "fi"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("fondas valdo apie 1,3 mlrd. eurų", 1.3e9, "EUR"),
        ("Lietuva įnešė 20 mln. eurų", 20e6, "EUR"),
        ("biudžetas siekia 2 milijardus eurų", 2e9, "EUR"),
        ("skyrė 450 tūkst. eurų", 450e3, "EUR"),
        ("gynybai skiria 5,38 proc. BVP", 5.38, "%"),
        ("infliacija siekė 3 procentus", 3, "%"),
        ("trasa driekiasi 870 kilometrų", 870, "km"),
        ("paskola 300 mln. JAV dolerių", 300e6, "USD"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "lt") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


def test_a_range_from_to() -> None:
    figs = [f for f in scan("sąmata vertinama nuo 15 iki 24 mlrd. eurų", "lt") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(15e9, 24e9, "EUR")]


@pytest.mark.parametrize(("text", "value"), [("dalyvauja trylikos valstybių delegacijos", 13),
                                             ("per keturias valandas", 4), ("vėluoja jau trejus metus", 3),
                                             ("pasirašė penkis susitarimus", 5)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "lt") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("apie 600 delegatų", "about"), ("beveik 80 proc.", "almost"), ("daugiau nei 700 įmonių", "more than"),
     ("mažiau nei 3 mlrd. eurų", "less than"), ("bent 2 mln. eurų", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "lt")[0].qualifier == qualifier


def test_a_year_before_its_month_is_a_date_not_a_figure() -> None:
    assert not [f for f in scan("2026 m. balandžio 22 d. prezidentas skyrė 20 mln. eurų", "lt")
                if f.kind != "date" and f.value == 2026]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2026 m. balandžio 22 d. 18:45", (2026, 4, 22)), ("Vilnius, 2025 m. gruodžio 3 d.", (2025, 12, 3)),
     ("nuo 2026 m. sausio 1 d.", (2026, 1, 1)), ("gegužės 9 d. minėjimas", (None, 5, 9)),
     ("susitikimas vyks rugsėjį", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "lt", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Prezidentas svečią priims ketvirtadienį po pietų."
    assert [m.weekday for m in dates.find(text, "lt", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Fondas valdo 1,3 mlrd. eurų, o Lietuva įnešė 20 mln. eurų. Susitikimas truko valandą."
    assert len(split(text, "lt", 0, len(text))) == 2


def test_stop_words_and_stemmer() -> None:
    assert {"ir", "kad", "yra", "su", "pasak"} - {"pasak"} <= stop_words("lt")
    stem = stemmer("lt")
    assert stem("prezidentas") == stem("prezidento") == stem("prezidentui")


def test_lexicon_reads_the_lithuanian_lists() -> None:
    lex = lexicon("lt")
    assert lex.is_speech_verb("sakė") and lex.is_speech_verb("pabrėžė") and lex.is_speech_verb("teigia")
    assert lex.is_role("prezidentas") and lex.is_role("prezidento") and lex.is_role("premjerė")
    assert lex.is_role("ministrui") and not lex.is_role("principas")


def test_a_lithuanianised_name_is_one_person_with_the_original() -> None:
    assert one_person("Nicușoras Danas", "Nicușor Dan")
    assert one_person("Frankas-Walteris Steinmeieris", "Frank-Walter Steinmeier")
    assert not one_person("Dan", "Danos") and not one_person("Dan", "Danielius")


@pytest.mark.parametrize(("a", "b"), [("Kęstutis Budrys", "Budrio"), ("Gitanas Nausėda", "Nausėdos"),
                                      ("Nausėdai", "Nausėdą"), ("Rūta Kazlauskienė", "Kazlauskienės"),
                                      ("Nicușor Dan", "Dano")])
def test_case_forms_of_a_name_are_one_person(a: str, b: str) -> None:
    assert one_person(a, b)


def test_case_endings_of_two_declensions_are_two_names() -> None:
    assert not one_person("Marius", "Maria")


def test_a_genitive_source_before_teigimu_speaks() -> None:
    text = ("Užsienio reikalų ministras Kęstutis Budrys vakar kalbėjo su žurnalistais Vilniuje apie gynybą.\n\n"
            "Budrio teigimu, Lietuva gynybai šiemet skiria 5,38 proc. BVP.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lt"))
    assert [(n.value, n.unit, n.speaker) for n in a.numbers] == [(5.38, "%", "Kęstutis Budrys")]


@pytest.mark.parametrize("form", ["Vilniuje", "Vilniaus", "Lietuvos", "Lenkijoje", "Varšuvoje", "Rygoje",
                                  "Berlyne", "Atėnuose", "Rumunijos"])
def test_lithuanian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The dash cue after the quotation, the verb before its subject.
        ("Prezidentas Gitanas Nausėda vakar Vilniuje priėmė svečią iš Lenkijos.\n\n„Mūsų sienos saugumas yra bendras“, – sakė Nausėda.",
         "Mūsų", "Gitanas Nausėda"),
        # A quotation split around its cue: two parts, one speaker.
        ("Rumunijos prezidentas Nicușoras Danas kalbėjo apie saugumą.\n\n„Juodoji jūra ir Baltija susiduria su "
         "grėsmėmis, – sakė Danas. – Todėl mums reikia bendrų projektų.“", "Juodoji", "Nicușoras Danas"),
        # A pronoun after the verb: the woman named before.
        ("Premjerė Inga Ruginienė pirmadienį lankėsi pasienyje su dviem ministrais.\n\n„Tai ne pažadas, o planas“, – pabrėžė ji.", "Tai ne",
         "Inga Ruginienė"),
        # The cue before the quotation, with a colon.
        ("Ekonomistas Paulius Grigas vertina atsargiai. Grigas pridūrė: „Prekyba gali augti dar greičiau.“",
         "Prekyba", "Paulius Grigas"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lt"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_split_quotation_leaves_its_cue_out() -> None:
    text = ("Rumunijos prezidentas Nicușoras Danas kalbėjo apie saugumą.\n\n„Juodoji jūra ir Baltija susiduria su "
            "grėsmėmis, – sakė Danas. – Todėl mums reikia bendrų projektų.“")
    q = next(q for q in analyse(text, Settings(SummarySettings(), Limits(), lang="lt")).quotes)
    assert len(q.parts) == 2 and "sakė" not in "".join(text[a:b] for a, b in q.parts)


def test_a_whole_lithuanian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "lt" and str(a.date) == "2026-06-09"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Lietuvos ir "] == "Gitanas Nausėda"
    assert speakers["Mes nelauksi"] == "Karolis Nawrockis"
    assert speakers["Tai ne pažad"] == "Inga Ruginienė"
    assert speakers["Per penkeriu"] == "Paulius Grigas"
    assert speakers["Gražios kalb"] == "Aistė Morkūnaitė"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(9.4e9, None, "EUR"), (6, None, "%"), (150e6, None, "EUR"), (5, None, "years"), (2, None, "years")} <= got
    assert any(n.value == 12000 and n.qualifier == "about" for n in a.numbers)
    assert not any(n.unit in ("mlrd", "mln", "proc", "eurų", "tūkst") for n in a.numbers)
    assert a.places and a.places[0] == "Vilnius"
    assert a.summary and not any("Prenumeruokite" in s or "Susiję" in s for s in map(str, a.summary))


def test_a_name_is_shown_in_the_nominative_the_text_gives() -> None:
    # The accusative and instrumental forms are shorter than the nominative; the text's nominative is shown.
    text = ("Prezidentas Gitanas Nausėda antradienį Vilniuje susitiko su Lenkijos prezidentu. Su Gitanu Nausėda kalbėjo "
            "ir ministrai, o vėliau Gitaną Nausėdą pasveikino ir premjerė.\n\n„Mūsų sienos saugumas yra bendras“, – "
            "sakė Nausėda.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lt"))
    assert [q.speaker for q in a.quotes] == ["Gitanas Nausėda"] and a.people == ("Gitanas Nausėda",)


def test_an_office_phrase_opening_with_its_institution_names_its_holder() -> None:
    # Two chairs (pirmininkas) are named; "Seimo Pirmininkas" in the cue is the Seimas's, not an institution.
    text = ("Vilniuje lankėsi Estijos parlamento pirmininkas Tarmo Kask. Seime jį pasitiko Seimo Pirmininkas Rimas "
            "Dovydaitis.\n\nPo susitikimo Dovydaitis kalbėjo apie saugumą. „Esame kartu“, – sakė Seimo Pirmininkas.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lt"))
    assert [q.speaker for q in a.quotes] == ["Rimas Dovydaitis"]


@pytest.mark.parametrize(("text", "person"), [
    ("Delegacija susitiko su užsienio reikalų ministru Kęstučiu Gedvilu. Jis kalbėjo apie tiltus.\n\n"
     "„Statysime greitai“, – sakė Gedvilas.", "Kęstutis Gedvilas"),
    ("Svečias taip pat susitiko su finansų ministre Rūta Kazlauskaite. Ministrė kalbėjo apie biudžetą.\n\n"
     "„Tai tik pradžia“, – sakė Kazlauskaitė.", "Rūta Kazlauskaitė"),
])
def test_a_full_name_in_a_case_takes_its_nominative_from_the_lone_surname(text: str, person: str) -> None:
    # Only the surname is written in the nominative: the given name comes back by its declension.
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="lt"))
    assert [q.speaker for q in a.quotes] == [person]


@pytest.mark.parametrize(
    ("text", "role"),
    [("Vakar užsienio reikalų ministras Kęstutis Budrys Vilniuje susitiko su kolegomis iš Lenkijos.",
      "užsienio reikalų ministras"),
     ("Vakar ministrė pirmininkė Inga Ruginienė Vilniuje susitiko su kolegomis iš Lenkijos.", "ministrė pirmininkė"),
     # Having opened the meeting, the President: the sentence's first word is no part of his title.
     ("Susitikimą atidaręs Prezidentas Gitanas Nausėda pabrėžė, kad regiono saugumas svarbus visiems.",
      "Prezidentas")],
)
def test_head_final_offices_and_titles(text: str, role: str) -> None:
    a = analyse(text + "\n\n„Tai labai svarbu mūsų regionui“, – sakė jis.", Settings(SummarySettings(), Limits(), lang="lt"))
    assert [r for _, r, _ in a.roles] == [role]


@pytest.mark.parametrize(("text", "name", "locative"),
                         [("Premjerė susitiko su Rygoje viešinčiu svečiu.", "Riga", True),
                          ("Ministras vakar lankėsi Varšuvoje.", "Warsaw", True),
                          ("Ryga niekada nepaliks kaimynų vienų.", "Riga", False)])
def test_the_locative_case_puts_the_event_in_the_place(text: str, name: str, locative: bool) -> None:
    # Lithuanian says "in" by the case ending alone ("Rygoje"), on forms the gazetteer lists whole.
    found = places.find(text, [(0, len(text))], "lt")
    assert [(f.place.name, f.locative) for f in found] == [(name, locative)]


def test_a_guest_visiting_in_the_city_is_placed_there_not_at_his_capital() -> None:
    # "su Rygoje viešinčiu" (with the one visiting in Riga): "su" (with) before a locative is no partner's word.
    a = analyse("Premjerė trečiadienį Vyriausybėje susitiko su Rygoje viešinčiu Estijos ministru. "
                "Talinas niekada nepaliks Latvijos vienos, sakė ministras.",
                Settings(SummarySettings(), Limits(), lang="lt"))
    where = dict(a.signals.where)
    assert max(where, key=where.__getitem__) == "Riga"


def test_the_marshal_of_a_polish_chamber_is_a_role() -> None:
    # "maršalka" (the Sejm's or Senate's marszałek) in a case before the name: the person's role.
    text = "Premjeras Jonas Petraitis susitiko su Lenkijos Senato maršalka Anna Nowak. „Esame sąjungininkai“, – sakė Nowak."
    assert People(text, [(0, len(text))], "lt").roles()["Anna Nowak"] == "maršalka"


def test_an_article_pasted_without_its_diacritics_keeps_its_cues_and_scales() -> None:
    text = ("Ketvirtadieni Kaune susitiko Lietuvos ir Latvijos energetikos ministrai. Susitikima surenge energetikos "
            "ministras Petras Vaitkus.\n\n"
            "\"Si jungtis yra musu saugumo pagrindas\", - spaudos konferencijoje sake Vaitkus.\n\n"
            "Pasak ministro, naujos jungties statyba kainuos apie 1,2 mlrd. euru, is ju Lietuvai tenka daugiau nei puse.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert a.lang == "lt"
    assert [q.speaker for q in a.quotes] == ["Petras Vaitkus"]
    assert [(n.value, n.unit) for n in a.numbers if n.unit == "EUR"] == [(1.2e9, "EUR")]
