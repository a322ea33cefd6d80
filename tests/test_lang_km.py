"""Khmer: detection by script, the word lists in digest/data/km, read through the public stages and on whole articles."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced, word_lists
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "km_phnompenh.txt"
SECOND = DATA / "km_siemreap.txt"
NEWS = ("នាយករដ្ឋមន្ត្រីវៀតណាម បានអញ្ជើញមកដល់រាជធានីភ្នំពេញ នៅថ្ងៃច័ន្ទ "
        "ដើម្បីពិភាក្សាជាមួយនាយករដ្ឋមន្ត្រីកម្ពុជា អំពីពាណិជ្ជកម្ម និងការវិនិយោគ។")


def _analysed(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


# --- detection -----------------------------------------------------------------------------------------------------

def test_khmer_is_detected_by_its_script_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "km" and detect(ARTICLE.read_text("utf-8")) == "km"
    assert detect("មេដឹកនាំទស្សនកិច្ចនៅភ្នំពេញ") == "km"  # a headline of a few phrases
    assert supported("km") and word_lists("km") == "km" and unspaced("km")
    # Inside an analysis the vowel signs and the coeng are read as letters: the text is still Khmer.
    assert _analysed(NEWS).lang == "km"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A Latin text naming a Cambodian in Khmer letters stays what its words say.
        ("Prime Minister Hun Manet (ហ៊ុន ម៉ាណែត) welcomed the Vietnamese prime minister in Phnom Penh on "
         "Monday and the two leaders agreed to expand trade.", "en"),
        ("นายกรัฐมนตรีเดินทางถึงกรุงพนมเปญเมื่อวันจันทร์ เพื่อหารือกับนายกรัฐมนตรีกัมพูชา", "th"),
        ("越南总理范明政抵达金边，开始对柬埔寨进行正式访问。", "zh"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_khmer_digits_marks_and_sentences_are_read() -> None:
    # Khmer digits are read as 0-9 and the khan ។ ends a sentence; quotations and sentences are shown as written.
    a = _analysed(NEWS + " គណៈប្រតិភូមានសមាជិកជាង ១៥០ នាក់ រួមទាំងរដ្ឋមន្ត្រី និងអ្នកជំនួញ។")
    assert a.lang == "km"
    assert [NEWS[s.start:s.end] for s in a.sentences][:1] == [NEWS]
    assert len(a.sentences) == 2


def test_the_articles_are_running_text_and_their_furniture_is_dropped() -> None:
    for path in (ARTICLE, SECOND):
        text = path.read_text("utf-8")
        a = _analysed(text)
        summary = " ".join(text[a.sentences[i].start:a.sentences[i].end] for i in a.summary)
        assert a.summary and a.title and not a.warnings
        for furniture in ("ទំព័រដើម", "ចែករំលែក", "ព័ត៌មានទាក់ទង", "សូមអានផងដែរ", "រក្សាសិទ្ធិ", "ដោយ៖"):
            assert furniture not in summary
        # Each summary line is a whole sentence, ending with its khan.
        assert all(text[a.sentences[i].start:a.sentences[i].end].endswith("។") for i in a.summary)


# --- lists -----------------------------------------------------------------------------------------------------------

def test_lexicon_reads_the_khmer_lists() -> None:
    from digest.data import marks_as_letters as m
    from digest.speakers import LANGS, lexicon

    # (Words are read with their vowel signs and coeng as letters, as every stage reads the text.)
    assert "km" in LANGS
    lex = lexicon("km")
    for verb in ("បាននិយាយថា", "មានប្រសាសន៍ថា", "បានថ្លែងថា", "បានបន្ថែម"):
        assert lex.is_speech_verb(m(verb)), verb
    assert lex.is_role(m("នាយករដ្ឋមន្ត្រី")) and lex.is_role(m("រដ្ឋមន្ត្រីការបរទេស"))


# --- numbers ---------------------------------------------------------------------------------------------------------

def _figures(text: str) -> list:
    from digest.data import marks_as_letters
    from digest.numbers import scan
    from digest.pipeline import _KHMER_READING

    return [f for f in scan(marks_as_letters(text.translate(_KHMER_READING)), "km") if f.kind not in ("date", "year")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("បង្កើនពាណិជ្ជកម្មទ្វេភាគីឱ្យដល់ ២០ ប៊ីលានដុល្លារអាមេរិក", 2e10, "USD", None),
        ("មានប្រមាណ ១៣,៥ ប៊ីលានដុល្លារ", 1.35e10, "USD", "about"),
        ("ប្រាក់កម្ចីចំនួន ៥០០ លានដុល្លារ", 5e8, "USD", None),
        ("ជំនួយឥតសំណងចំនួន ២ ម៉ឺនលានរៀល", 2e10, "KHR", None),
        ("ថវិកា ៣ សែនដុល្លារ", 3e5, "USD", None),
        ("ថវិកា 1.200 លានរៀល", 1.2e9, "KHR", None),
        ("កើនឡើង ១៨ ភាគរយ", 18, "%", None),
        ("សមាជិកជាង ១៥០ នាក់", 150, "people", "more than"),
        ("ផ្លូវប្រវែង ២២០ គីឡូម៉ែត្រ", 220, "km", None),
        ("អាហារូបករណ៍ ៣០០ កន្លែង", 300, "places", None),
        # ចំនួន (the number of) makes a digit alone a count, of the counter word before it.
        ("បានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នាចំនួន ៣", 3, "agreements", None),
        ("គម្រោងថ្មីចំនួន ៤", 4, "projects", None),
    ],
)
def test_news_forms(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figs = _figures(text)
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit and figs[0].qualifier == qualifier


@pytest.mark.parametrize("text", ["ថ្ងៃទី២៣ ខែវិច្ឆិកា ឆ្នាំ២០២៦", "ប្រទេសវិនិយោគធំជាងគេទី៥", "ម៉ោង ១៥:៣០"])
def test_dates_ranks_and_times_are_no_amounts(text: str) -> None:
    assert _figures(text) == []


def test_a_goal_is_no_level() -> None:
    # The goal (គោលដៅ, glued inside its phrase) and the year's level are two figures of one measure, no conflict.
    from digest.data import marks_as_letters
    from digest.numbers import _when_in

    sentence = marks_as_letters("ភាគីទាំងពីរបានឯកភាពគ្នាលើគោលដៅបង្កើនទំហំពាណិជ្ជកម្មឱ្យដល់ ២០ ប៊ីលានដុល្លារ។")
    assert _when_in(sentence, marks_as_letters("២០ ប៊ីលានដុល្លារ"), "km", "2026-11-23") == "target"


def test_the_articles_figures() -> None:
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert {(n.value, n.unit, n.qualifier) for n in a.numbers} >= {
        (2e10, "USD", None), (1.35e10, "USD", "about"), (18, "%", None), (150, "people", "more than"),
        (5e8, "USD", None), (2, "hours", "more than")}
    b = _analysed(SECOND.read_text("utf-8"))
    assert {(n.value, n.unit) for n in b.numbers} >= {(1.12e10, "USD"), (4e9, "USD"), (2e10, "KHR"), (300, "places")}


# --- dates -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "ymd"),
    [("នៅថ្ងៃទី២៣ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ដើម្បី", (2026, 11, 23)), ("ថ្ងៃទី 5 ខែមករា ឆ្នាំ 2027", (2027, 1, 5)),
     ("នៅថ្ងៃទី១០ មីនា", (None, 3, 10)), ("ក្នុងខែកញ្ញា", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates
    from digest.data import marks_as_letters
    from digest.pipeline import _KHMER_READING

    text = marks_as_letters(text.translate(_KHMER_READING))
    found = [m for m in dates.find(text, "km", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    from digest import dates
    from digest.data import marks_as_letters

    text = marks_as_letters("លោកនឹងអញ្ជើញទៅខេត្តសៀមរាប នៅថ្ងៃព្រហស្បតិ៍")
    assert [m.weekday for m in dates.find(text, "km", [(0, len(text))])] == [4]


def test_the_articles_are_dated_by_their_stamps() -> None:
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert str(a.date) == "2026-11-23" and "2026-11-24" in a.dates  # the Tuesday of its last paragraph
    assert str(_analysed(SECOND.read_text("utf-8")).date) == "2026-11-24"


# --- places and visits -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("form", "place"), [("ភ្នំពេញ", "Phnom Penh"), ("សៀមរាប", "Siem Reap"), ("ប៉េកាំង", "Beijing"),
                                             ("បាងកក", "Bangkok"), ("ហាណូយ", "Hanoi"), ("កម្ពុជា", "Cambodia"),
                                             ("វៀតណាម", "Vietnam"), ("ថៃ", "Thailand")])
def test_khmer_place_forms(form: str, place: str) -> None:
    from digest import places
    from digest.data import marks_as_letters

    found = places.lookup(marks_as_letters(form))
    assert found is not None and found.name == place


def test_the_article_is_placed_by_its_dateline() -> None:
    # 'ភ្នំពេញ៖ លោក …': the dateline's colon; arrived in the capital (glued: 'មកដល់រាជធានីភ្នំពេញ').
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert a.places[0] == "Phnom Penh" and "Siem Reap" in a.places


def test_khmer_names_have_keys() -> None:
    from digest import data

    table = data.transliteration("khmer.txt")
    assert "".join(table.get(c, c) for c in "ហ៊ុន ម៉ាណែត ផាម មិញ ជីញ") == "hun manet pham minh chinh"
    assert "khmer.txt" in data.SCRIPT_FILES


def _visits(folder: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          str(folder)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_visit_groups_the_khmer_and_english_reports(tmp_path: Path) -> None:
    # Two Khmer reports and an English one of the same visit: one visit, in Phnom Penh, its two prime ministers
    # taking part (keyed across scripts by data/khmer.txt), the analyst not.
    for name in ("km_phnompenh.txt", "km_siemreap.txt", "en_phnompenh.txt"):
        shutil.copy(DATA / name, tmp_path / name)
    (visit,) = _visits(tmp_path)
    assert visit["place"] == "Phnom Penh" and visit["start"] == "2026-11-23"
    assert set(visit["participants"][:2]) == {"Hun Manet", "Pham Minh Chinh"}
    assert "Kin Phea" not in visit["participants"]
    assert visit["title"] == "Pham visits Hun in Phnom Penh"


# --- speakers --------------------------------------------------------------------------------------------------------

def _speakers(a, expected: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """(each speech quotation's opening, as expected where it opens so, and its speaker), in order."""
    quotes = [q for q in a.quotes if q.kind == "speech"]
    opens = [p for p, _ in expected] + [""] * len(quotes)
    return [(p if q.text.startswith(p) else q.text[:20], q.speaker) for q, p in zip(quotes, opens)]


def test_a_whole_khmer_article() -> None:
    # Names after an honorific and a space (លោក ផាម មិញ ជីញ, សម្តេច ហ៊ុន ម៉ាណែត), the role after the name, the honorific
    # verb មានប្រសាសន៍ថា, a cue after the quotation with a pronoun ('«…» លោកស្រីបានបន្ថែម') and a pronoun cue
    # (លោកបាននិយាយថា) for the last person named.
    a = _analysed(ARTICLE.read_text("utf-8"))
    expected = [("កម្ពុជា និង", "ហ៊ុន ម៉ាណែត"), ("វៀតណាមចាត់ទុក", "ផាម មិញ ជីញ"), ("យើងនឹងលុប", "ចម និមល"),
                ("កម្ពុជានាំចូល", "គិន ភា")]
    assert _speakers(a, expected) == expected
    roles = {p: r for p, r, _ in a.roles}
    assert roles["ផាម មិញ ជីញ"].startswith("នាយករដ្ឋមន្ត្រី") and roles["ប៊ុយ ថាញ់ សឺន"] == "រដ្ឋមន្ត្រីការបរទេសវៀតណាម"
    assert set(a.people) == {"ហ៊ុន ម៉ាណែត", "ផាម មិញ ជីញ", "ចម និមល", "ប៊ុយ ថាញ់ សឺន", "គិន ភា"}
    assert {n.speaker for n in a.numbers if n.value == 5e8} == {"ប៊ុយ ថាញ់ សឺន"}


def test_titles_split_and_multi_paragraph_quotes() -> None:
    # 'នាយករដ្ឋមន្ត្រីវៀតណាម បានមានប្រសាសន៍ថា' after the guest was introduced with that role; a quotation split
    # around its cue ('«…» សម្តេច ហ៊ុន ម៉ាណែត បានថ្លែង «…»'); a quotation running over two paragraphs after
    # 'លោកបានបន្តថា៖'.
    a = _analysed(SECOND.read_text("utf-8"))
    expected = [("ទំនាក់ទំនង", "ផាម មិញ ជីញ"), ("យើងបានឯកភាព", "ហ៊ុន ម៉ាណែត"), ("ព្រំដែន", "ហ៊ុន ម៉ាណែត"),
                ("គណៈកម្មការ", "ស៊ុក ចិន្តាសោភា")]
    assert _speakers(a, expected) == expected
    (long,) = [q for q in a.quotes if q.text.startswith("គណៈកម្មការ")]
    assert len(long.parts) == 2 and long.text.endswith("ផងដែរ")


def test_an_honorific_inside_a_word_opens_no_name() -> None:
    # ពិភពលោក (the world) ends on លោក (Mr), រាជបណ្ឌិត្យសភា (the academy) holds បណ្ឌិត (Dr): names.txt [not_names].
    a = _analysed("កម្ពុជាចង់ពង្រីកទំនាក់ទំនងជាមួយពិភពលោក ទាំងមូល ហើយអ្នកស្រាវជ្រាវនៃរាជបណ្ឌិត្យសភា កម្ពុជា "
                  "បានចូលរួមក្នុងកិច្ចប្រជុំនោះ។")
    assert a.people == ()


def test_a_cambodian_family_name_comes_first_and_titles_the_visit() -> None:
    # Dith Tina, Sok Vanna: the Cambodian press writes every Khmer name family name first, in Latin letters too.
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = ("Malaysia and Cambodia agree to expand palm oil trade\n\n"
            "PHNOM PENH, 3 March 2026 - Malaysian Plantation Minister Johari Ghani visited Phnom Penh on Tuesday, "
            "where he met Cambodian Commerce Minister Chea Sokha to discuss palm oil and rice trade.\n\n"
            '"Our trade can double in three years," Chea Sokha said after the meeting.\n')
    a = _analysed(text, "en")
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert "Chea" in found[0].title and "Sokha" not in found[0].title, found[0].title


# A Khmer report and its sentence-by-sentence English translation: the Khmer text writes no spaces between words and
# no capitals, so it reads no name keys, and two of its figures in Khmer tens and hundreds of thousands ("៥០ ម៉ឺន")
# are not the English 500,000: the principal people, romanised (data/khmer.txt), stand in for the names.
_KM_REPORT = (
    'កម្ពុជា និងវៀតណាម ព្រមព្រៀងពង្រីកផ្លូវដែក\n'
    '\n'
    'ភ្នំពេញ៖ ៣ មីនា ២០២៦\n'
    '\n'
    'សម្តេច ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រីកម្ពុជា បានទទួលជួបលោក ផាម មិញ ជីញ នាយករដ្ឋមន្ត្រីវៀតណាម នៅភ្នំពេញ។\n'
    '\n'
    'សម្តេច ហ៊ុន ម៉ាណែត បានថ្លែងថា «ផ្លូវដែកថ្មីនឹងមានប្រវែង ២៥០ គីឡូម៉ែត្រ ហើយដឹកអង្ករ ៥០ ម៉ឺនតោនក្នុងមួយឆ្នាំ»។\n'
    '\n'
    'លោក ផាម មិញ ជីញ បានថ្លែងថា «វៀតណាមនឹងវិនិយោគ ៨០០ លានដុល្លារ និងទិញស្ករ ២ សែនតោន»។\n'
    '\n'
    'លោកជំទាវ ចម និមល បានឲ្យដឹងថា ពាណិជ្ជកម្មទ្វេភាគីមានប្រមាណ ៣ ប៊ីលានដុល្លារ ក្នុងឆ្នាំ២០២៥ កើនឡើង ១៥%។\n'
)
_EN_TRANSLATION = (
    'Cambodia and Vietnam agree to extend railway\n'
    '\n'
    'Phnom Penh, March 3, 2026\n'
    '\n'
    'Samdech Hun Manet, Prime Minister of Cambodia, received Mr. Pham Minh Chinh, Prime Minister of Vietnam, in Phnom Penh.\n'
    '\n'
    '"The new railway will be 250 kilometres long and carry 500,000 tonnes of rice a year," Samdech Hun Manet said.\n'
    '\n'
    '"Vietnam will invest 800 million dollars and buy 200,000 tonnes of sugar," Mr. Pham Minh Chinh said.\n'
    '\n'
    'H.E. Cham Nimul said bilateral trade reached about 3 billion dollars in 2025, up 15 percent.\n'
)


def test_an_english_translation_of_a_khmer_report_is_linked_to_it() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for name, text in (("km", _KM_REPORT), ("en", _EN_TRANSLATION)):
        an = _analysed(text)
        arts.append(Article(id=name, path=f"{name}.txt", text=text, analysis=an, date=an.date, lang=an.lang))
    linked = visits.link_duplicates(arts, Config())
    assert sorted(str(a.duplicate_of) for a in linked) in (["None", "en"], ["None", "km"])


def test_a_title_after_its_honorific_dr_before_a_name_and_a_two_word_family_name() -> None:
    # 'ឯកឧត្តមរដ្ឋមន្ត្រីបានបន្តថា' (H.E. the Minister continued) is the one minister the text introduced with ឯកឧត្តម,
    # not the guest minister introduced with លោក; 'បណ្ឌិត ម៉ៅ ឌិន' (Dr) holds the letters of ឌិត stacked under ណ, no
    # mention of ឌិត ពៅ; 'លោក ស៊ីម ប៊ុន' later is 'ម៉ារីយ៉ា ស៊ីម ប៊ុន' (a family name of two words).
    text = ("កម្ពុជា និងម៉ាឡេស៊ី ពង្រីកពាណិជ្ជកម្ម\n\n"
            "ភ្នំពេញ៖ ឯកឧត្តម ឌិត ពៅ រដ្ឋមន្ត្រីក្រសួងពាណិជ្ជកម្ម បានទទួលជួបលោក ម៉ារីយ៉ា ស៊ីម ប៊ុន "
            "រដ្ឋមន្ត្រីក្រសួងពាណិជ្ជកម្មម៉ាឡេស៊ី។\n\n"
            "ឯកឧត្តមរដ្ឋមន្ត្រីបានបន្តថា «ទំនាក់ទំនងពាណិជ្ជកម្មរបស់យើងកំពុងរីកចម្រើន»។\n\n"
            "លោក ស៊ីម ប៊ុន បានថ្លែងថា «យើងចង់បង្កើនការនាំចូលពីកម្ពុជា»។\n\n"
            "អ្នកវិភាគសេដ្ឋកិច្ច បណ្ឌិត ម៉ៅ ឌិន បានថ្លែងថា «កិច្ចព្រមព្រៀងនេះល្អ ប៉ុន្តែត្រូវការពេលវេលា»។\n")
    a = _analysed(text)
    expected = [("ទំនាក់ទំនង", "ឌិត ពៅ"), ("យើងចង់", "ម៉ារីយ៉ា ស៊ីម ប៊ុន"), ("កិច្ចព្រមព្រៀង", "ម៉ៅ ឌិន")]
    assert _speakers(a, expected) == expected
    assert set(a.people) == {"ឌិត ពៅ", "ម៉ារីយ៉ា ស៊ីម ប៊ុន", "ម៉ៅ ឌិន"}
