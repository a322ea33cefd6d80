"""Nepali: told apart from Hindi in the Devanagari script by its function words, the word lists in digest/data/ne,
Devanagari digits, danda sentences and datelines, Bikram Sambat dates, names with their glued case endings, read
through the public stages and on whole articles of my own (tests/data/ne_*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Analysis, Settings, analyse
from digest.sentences import split
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ne_bhraman.txt", "ne_sahamati.txt")
NEWS = "भारतका प्रधानमन्त्री मंगलबार काठमाडौं आइपुगेका छन् र उनले प्रधानमन्त्रीसँग द्विपक्षीय वार्ता गरेका छन्।"
HINDI = "प्रधानमंत्री ने मंगलवार को नई दिल्ली में नेपाल के प्रधानमंत्री से मुलाकात की और कहा कि दोनों देशों के संबंध मजबूत हैं।"


@cache
def _analysed(name: str) -> Analysis:
    return _read((DATA / name).read_text("utf-8"))


@cache
def _read(text: str) -> Analysis:
    return analyse(text, Settings(SummarySettings(), Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_nepali_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ne"
    assert _analysed(name).lang == "ne"


def test_nepali_is_told_from_hindi_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ne" and detect(HINDI) == "hi"
    assert supported("ne") and word_lists("ne") == "ne" and "ne" in LANGS
    # Hindi's own test articles stay Hindi.
    for path in sorted(DATA.glob("hi_*.txt")):
        assert detect(path.read_text("utf-8")) == "hi", path.name


def test_sentences_end_at_the_danda() -> None:
    text = data.marks_as_letters('वार्ता दुई घण्टा चल्यो। मोदीले भने, "यो राम्रो छ। हामी सँगै छौं।" त्यसपछि उनी फर्किए? अन्त्य।')
    got = [data.letters_as_marks(text[a:b]) for a, b in split(text, "ne")]
    assert got == ["वार्ता दुई घण्टा चल्यो।", 'मोदीले भने, "यो राम्रो छ। हामी सँगै छौं।"', "त्यसपछि उनी फर्किए?", "अन्त्य।"]


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_and_holds_no_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(name)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen and chosen[0].startswith(("काठमाडौं — भारतका प्रधानमन्त्री", "भारतीय प्रधानमन्त्री नरेन्द्र मोदीको"))
    for furniture in ("पढ्नुहोस्", "सेयर", "सर्वाधिकार", "गृहपृष्ठ", "मुख्य पृष्ठ", "प्रतिक्रिया", "सम्बन्धित",
                      "संवाददाता", "प्रकाशित", "२५ कात्तिक ।"):
        assert not any(furniture in s for s in chosen), furniture


def test_a_dateline_closed_by_the_danda_is_no_sentence() -> None:
    # 'काठमाडौं, २५ कात्तिक । …' (Onlinekhabar's style): the place and date before the danda are the dateline.
    a = _analysed("ne_sahamati.txt")
    text = (DATA / "ne_sahamati.txt").read_text("utf-8")
    assert not any(text[s.start : s.end].startswith("काठमाडौं, २५") for s in a.sentences)


def _figures(name: str) -> set[tuple[float, str | None]]:
    return {(n.value, n.unit) for n in _analysed(name).numbers}


def test_figures_with_scale_words_currencies_percent_and_counters() -> None:
    got = _figures("ne_bhraman.txt")
    # अर्ब (1e9) and खर्ब (1e11) with the Nepali rupee, करोड (1e7) with the US dollar, in Devanagari digits.
    assert {(7.5e10, "NPR"), (1e12, "NPR"), (5e8, "USD")} <= got
    assert {(12.0, "%"), (1e4, "MW"), (1200.0, "MW"), (141.0, "km")} <= got
    # The person counter जना counts people; the counter वटा is read past to the noun it counts, whose glued
    # postposition is cut ('७ वटा सम्झौतामा', in 7 agreements: सम्झौता).
    assert (5000.0, "people") in got
    assert (7.0, "सम्झौता") in got
    sahamati = _figures("ne_sahamati.txt")
    # The rupee before the figure (रु. ७५ अर्ब), लाख (1e5) with a unit, हजार (1e3), a decimal per cent.
    assert {(7.5e10, "NPR"), (2.5e6, "t"), (4e6, "kWh"), (1e4, "MW"), (8e11, "NPR"), (62.5, "%"), (30.0, "%")} <= sahamati
    more = [n for n in _analysed("ne_sahamati.txt").numbers if n.value == 40]
    assert more and more[0].qualifier == "more than"  # '४० भन्दा बढी' (more than 40)


def test_a_glued_ago_makes_a_duration_an_offset() -> None:
    # 'दस वर्षअघि' (ten years ago) is when, not how long: no figure to set against 'पाँच वर्षमा' (in five years).
    a = _analysed("ne_sahamati.txt")
    assert not any(n.value == 10 and n.unit == "years" for n in a.numbers)
    assert any(n.value == 5 and n.unit == "years" for n in a.numbers)


def test_a_figure_in_a_quotation_or_cue_is_its_speakers() -> None:
    speaker = {n.value: n.speaker for n in _analysed("ne_bhraman.txt").numbers}
    assert speaker[1200.0] == "अमृत राई" and speaker[5e8] == "विक्रम मिस्री"


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        # Bikram Sambat, from the table of month lengths: month day, year (Kantipur's stamp) …
        ("कात्तिक 24, 2083", (2026, 11, 10)),
        # … the era, year, month, day and गते (the day's word) …
        ("वि.सं. 2083 कात्तिक 25 गते बुधबार", (2026, 11, 11)),
        # … a year whose months differ from the one before (बैशाख 2081 has 31 days, जेठ 32).
        ("2081 जेठ 32 गते", (2024, 6, 14)),
        ("बैशाख 1, 2075", (2018, 4, 14)),
        # Day and month without a year: the article's year decides.
        ("25 कात्तिक", (None, 11, 11)),
        # The Gregorian months spelt in Nepali.
        ("10 नोभेम्बर 2026", (2026, 11, 10)),
        ("सन् 2026 डिसेम्बर 3", (2026, 12, 3)),
    ],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates

    text = data.marks_as_letters(text)
    found = [m for m in dates.find(text, "ne", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_the_bikram_sambat_table() -> None:
    from datetime import date

    from digest.dates import bikram_sambat_date

    assert bikram_sambat_date(2083, 1, 1) == date(2026, 4, 14)
    assert bikram_sambat_date(2082, 12, 30) == date(2026, 4, 13)  # the day before: the table's years add up
    assert bikram_sambat_date(2090, 12, 30) is not None and bikram_sambat_date(2091, 1, 1) is None
    assert bikram_sambat_date(2083, 8, 30) is None  # मंसिर 2083 has 29 days


def test_articles_are_dated_by_the_bikram_sambat_dateline() -> None:
    assert _analysed("ne_bhraman.txt").date == "2026-11-10" and _analysed("ne_sahamati.txt").date == "2026-11-11"
    a = _read("काठमाडौं, १२ डिसेम्बर २०२६ । प्रधानमन्त्री बुधबार काठमाडौं आइपुगे। उनी हिजो दिल्लीमा थिए र भोलि फर्किनेछन्।")
    # The dateline dates the article; the weekday is the Wednesday before it, हिजो (yesterday) the day before.
    assert a.date == "2026-12-12" and {"2026-12-09", "2026-12-11"} <= set(a.dates)
    # The dateline's Bikram Sambat year is a date's, no key figure.
    assert not any(k.value in (2083, 24, 25) for k in _analysed("ne_bhraman.txt").numbers)


def test_places_in_nepali_forms_with_glued_cases() -> None:
    assert _analysed("ne_bhraman.txt").places[0] == "Kathmandu"
    assert {"Kathmandu", "New Delhi"} <= set(_analysed("ne_sahamati.txt").places)
    a = _read("प्रधानमन्त्री बुधबार मस्कोमा पुगे र पछि बेइजिङ जानेछन्। उनी वासिङ्टन जाने छैनन्।")
    assert {"Moscow", "Beijing", "Washington"} <= set(a.places)


def _visits(*names: str) -> list[dict]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          *(str(DATA / name) for name in names)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_nepali_reports_and_an_english_one_are_one_visit() -> None:
    # Nepali names have keys (data/devanagari.txt, without their glued cases): both reports and the English
    # translation of the first are one visit in Kathmandu, the guest and the host its first participants.
    (visit,) = _visits(*ARTICLES, "en_modi_kathmandu.txt")
    assert visit["place"] == "Kathmandu" and visit["start"] == "2026-11-10"
    assert sorted(visit["articles"]) == ["en_modi_kathmandu", "ne_bhraman", "ne_sahamati"]
    assert visit["participants"][:2] == ["Narendra Modi", "Sushila Karki"]
    assert "Hari Bahadur Thapa" not in visit["participants"] and "Gita Sharma" not in visit["participants"]
    assert visit["title"] == "Modi visits Karki in Kathmandu"


def test_the_nepali_visit_alone_is_titled_by_its_guest_and_host() -> None:
    (visit,) = _visits(*ARTICLES)
    # (In Latin letters, as the digest's English shows names no article writes so: romanise.)
    assert visit["place"] == "Kathmandu" and visit["participants"][:2] == ["Narendra Modi", "Sushila Karki"]


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    return {" ".join(q.text.split()[:2]): q.speaker for q in _analysed(name).quotes if q.kind == "speech"}


def test_the_lexicon_reads_the_nepali_lists() -> None:
    from digest.speakers import lexicon
    lex = lexicon("ne")
    for verb in ("भने", "भनिन्", "भन्नुभयो", "बताए", "बताइन्", "जनाए"):
        assert lex.is_speech_verb(data.marks_as_letters(verb)), verb
    for role in ("प्रधानमन्त्री", "प्रधानमन्त्रीले", "राष्ट्रपति", "मन्त्री", "प्रवक्ता", "प्राध्यापक", "सचिव"):
        assert lex.is_role(data.marks_as_letters(role)), role


def test_speakers_by_name_with_glued_ergative_role_pronoun_and_cue_after_the_quotation() -> None:
    assert _speakers("ne_bhraman.txt") == {
        # 'वार्तापछि मोदीले भने, “…”': the family name with the ergative -ले glued, after 'नरेन्द्र मोदी'.
        "नेपाल र": "नरेन्द्र मोदी",
        # 'प्रधानमन्त्री कार्कीले भनिन्, “…”': the role and the family name, the feminine verb.
        "हामी व्यापार": "सुशीला कार्की",
        # '“…,” राईले बताए': the cue after the quotation; 'अमृत राईका अनुसार' named him in the genitive.
        "अहिले हामी": "अमृत राई",
        # 'उनले भने, ‘…’': the pronoun stands for the last subject.
        "यो रेलमार्ग": "विक्रम मिस्री",
        # 'हरि बहादुर थापाले भने सम्झौताको …' (भने here: 'for his part'), then '“…,” थापाले भने'.
        "जनतालाई सबै": "हरि बहादुर थापा",
    }


def test_speakers_by_role_alone_split_honorific_and_multi_paragraph_quotes() -> None:
    assert _speakers("ne_sahamati.txt") == {
        # 'भारतीय प्रधानमन्त्रीले भने, “…”': the role alone, its holder named before.
        "भारत आगामी": "नरेन्द्र मोदी",
        # '‘…,’ उनले भने, ‘…’': one quotation split around its cue.
        "हामी छिमेकी": "नरेन्द्र मोदी",
        # Straight quotation marks after 'परराष्ट्र मन्त्री अमृत राईले पत्रकारहरूसँग भने,'.
        "सीमा क्षेत्रका": "अमृत राई",
        # 'उहाँले भन्नुभयो, “…' (the honorific) over two paragraphs, the first left open: one quotation.
        "दस वर्षअघि": "रमेश अधिकारी",
        "सम्झौता राम्रो": "गीता शर्मा",
    }
    a = _analysed("ne_sahamati.txt")
    assert any("लोडसेडिङ" in q.text and "उपलब्धि" in q.text for q in a.quotes)
    roles = {person: role for person, role, _ in a.roles}
    assert roles["सुशीला कार्की"] == "प्रधानमन्त्री" and roles["अमृत राई"] == "परराष्ट्र मन्त्री"
    assert roles["रमेश अधिकारी"] == "ऊर्जा मन्त्री" and roles["गीता शर्मा"] == "प्राध्यापक"


def test_names_are_shown_without_their_glued_cases() -> None:
    people = set(_analysed("ne_bhraman.txt").people) | set(_analysed("ne_sahamati.txt").people)
    assert {"नरेन्द्र मोदी", "सुशीला कार्की", "अमृत राई", "रमेश अधिकारी"} <= people
    assert not any(p.endswith(("ले", "को", "का", "लाई", "सँग")) for p in people), people


def test_hindi_names_ending_like_a_nepali_case_keep_their_keys() -> None:
    # Nepali's endings are off a Devanagari name's key in any article; those Hindi names end in (-की कार्की,
    # -मा शर्मा) are left out, so a Hindi or Nepali 'शर्मा' and 'कार्की' stay whole.
    from digest.speakers import uncased_stem

    def key(word: str) -> str:
        return uncased_stem(data.marks_as_letters(word), "ne")

    for name in ("शर्मा", "कार्की", "वर्मा"):
        assert key(name) == key(name + "ले") == key(name + "को") == key(name + "लाई"), name
    assert key("शर्मा") != key("शर्")  # the -मा of शर्मा is no locative


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("नेपाल र भारतबीच ७ वटा सम्झौता भए।", 7, "सम्झौता"),
    ("दुवै पक्षले ४वटा परियोजनामा काम गर्ने।", 4, "परियोजना"),
    ("सरकारले ३५ लाख नागरिकलाई सेवा दियो।", 3.5e6, "नागरिक"),
])
def test_a_counter_word_and_a_glued_postposition_leave_the_counted_noun(text: str, value: float, unit: str) -> None:
    from digest import data
    from digest.numbers import scan

    (fig,) = [f for f in scan(data.marks_as_letters(text), "ne") if f.kind not in ("date", "year")]
    assert fig.value == value and data.letters_as_marks(fig.unit) == unit
def test_a_glued_ministry_role_names_its_holder_and_a_half_before_a_number() -> None:
    # 'पर्यटनमन्त्री' (the tourism minister, one word) leads the name: the quote after is hers, not the guest's
    # quoted before; 'साढे तीन घण्टा' is three and a half hours.
    a = _read("काठमाडौं — प्रधानमन्त्री हरिणी सिल्भाले मंगलबार राष्ट्रपति रामचन्द्र पौडेलसँग भेट गरिन्।\n\n"
              "“यो संख्या अझै बढ्नेछ,” सिल्भाले भनिन्।\n\n"
              "पर्यटनमन्त्री माया तामाङले सिधा उडान बढाउने तयारी भएको बताइन्। "
              "'यात्रा अब साढे तीन घण्टामा पूरा हुन्छ,' तामाङले भनिन्।\n")
    q = next(q for q in a.quotes if "यात्रा" in q.text)
    assert q.speaker == "माया तामाङ"
    assert any(n.value == 3.5 and n.unit == "hours" for n in a.numbers)


def test_the_velar_nasal_is_romanised_ng() -> None:
    from digest.romanise import latin

    assert latin("सुनिता गुरुङ") == "Sunita Gurung"


def test_a_role_cue_after_the_danda_is_the_holder_named_in_the_sentence_before() -> None:
    # 'राष्ट्रपति X ले … बताए। “…,” राष्ट्रपतिले भने।': the danda ends the sentence naming the president, so the
    # role cue of the next one is his (no "someone else of the same sentence").
    a = _read("काठमाडौं — प्रधानमन्त्री हरिणी सिल्भाले मंगलबार राष्ट्रपति रामचन्द्र पौडेलसँग भेट गरिन्।\n\n"
              "राष्ट्रपति पौडेलले गत वर्ष धेरै पर्यटक आएको बताए। “लुम्बिनी दुवै देशलाई जोड्ने पुल हो,” राष्ट्रपतिले भने।\n")
    assert next(q for q in a.quotes if "लुम्बिनी" in q.text).speaker == "रामचन्द्र पौडेल"


def test_the_opposition_word_is_no_name() -> None:
    # 'प्रमुख प्रतिपक्षी दलका सांसद X' (an MP of the main opposition party): प्रतिपक्षी is no person.
    a = _read("काठमाडौं — प्रमुख प्रतिपक्षी दलका सांसद हरि बस्नेतले पूर्वाधार कमजोर रहेको बताए। "
              "\"उडान दुई वटा मात्र छन्,\" बस्नेतले भने।\n")
    assert not any("प्रतिपक्षी" in p for p in a.people), a.people
    assert next(q for q in a.quotes if "उडान" in q.text).speaker == "हरि बस्नेत"


def test_the_presidents_residence_places_the_meeting_in_kathmandu() -> None:
    # शीतल निवास (Sheetal Niwas, the President's residence) with its glued locative -मा stands for Kathmandu, as the
    # Rashtrapati Bhavan stands for New Delhi; no dateline names the city.
    a = _read("नेपाली राष्ट्रपति र भुटानी प्रधानमन्त्रीबीच भेट\n\n"
              "भुटानका प्रधानमन्त्री शेरिङ तोब्गेले मंगलबार शीतल निवासमा राष्ट्रपति रामचन्द्र पौडेलसँग भेट गरे।\n")
    assert a.signals is not None and [c for c, _ in sorted(a.signals.where, key=lambda w: -w[1])][:1] == ["Kathmandu"]
