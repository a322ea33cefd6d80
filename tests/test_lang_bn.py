"""Bengali: detection by script (Assamese, in the same script, told apart by its own letters), the vowel signs and
virama read as letters (data.marks_as_letters), Bengali digits, danda sentences, the word lists in digest/data/bn
read through the public stages and on whole articles of my own (tests/data/bn_*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from digest import data
from digest.romanise import latin
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Analysis, Settings, analyse
from digest.sentences import split
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("bn_sofor.txt", "bn_boithok.txt")
NEWS = "মালয়েশিয়ার প্রধানমন্ত্রী মঙ্গলবার ঢাকায় প্রধান উপদেষ্টার সঙ্গে বৈঠক করেছেন এবং দুই দেশের বাণিজ্য নিয়ে আলোচনা হয়েছে।"
ASSAMESE = "মুখ্যমন্ত্ৰীয়ে আজি গুৱাহাটীত এখন সভাত ভাষণ দিয়ে আৰু ৰাজ্যৰ উন্নয়নৰ বিষয়ে আলোচনা কৰে।"


@cache
def _analysed(name: str) -> Analysis:
    return analyse((DATA / name).read_text("utf-8"), Settings(SummarySettings(), Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_bengali_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "bn"
    assert _analysed(name).lang == "bn"


def test_bengali_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "bn" and detect("ইউনূস-আনোয়ার বৈঠক ঢাকায়") == "bn"
    assert supported("bn") and word_lists("bn") == "bn" and "bn" in LANGS


def test_assamese_and_neighbours_are_not_bengali() -> None:
    assert detect(ASSAMESE) == "as" and word_lists("as") == "any"
    assert detect("प्रधानमंत्री ने मंगलवार को नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की।") == "hi"
    assert detect("The prime minister met the chief adviser in Dhaka (ঢাকা) on Tuesday to discuss the "
                  "labour market and the trade agreement.") == "en"


def test_vowel_signs_are_read_as_letters_and_shown_as_written() -> None:
    read = data.marks_as_letters("প্রধানমন্ত্রী ইউনূস")
    assert len(read) == len("প্রধানমন্ত্রী ইউনূস") and read.split()[0].isalpha()
    assert data.letters_as_marks(read) == "প্রধানমন্ত্রী ইউনূস"
    a = _analysed("bn_sofor.txt")
    shown = [a.title or "", *(q.text for q in a.quotes), *(n.surface for n in a.numbers), *a.people, *a.places]
    assert not any(ch in data.MARK_LETTERS for s in shown for ch in s)


def test_bengali_digits_are_read_as_figures_and_quotations_shown_as_written() -> None:
    a = _analysed("bn_sofor.txt")
    assert any(n.value in (350, 3.5e9) for n in a.numbers)
    # The quotation is shown with the article's own digits.
    assert any("২০৩০" in q.text for q in a.quotes)


def test_sentences_end_at_the_danda() -> None:
    text = data.marks_as_letters('বৈঠক দুই ঘণ্টা চলে। ইউনূস বলেন, "এটি ভালো। আমরা একসঙ্গে আছি।" এরপর তিনি ফেরেন? শেষ।')
    got = [data.letters_as_marks(text[a:b]) for a, b in split(text, "bn")]
    assert got == ["বৈঠক দুই ঘণ্টা চলে।", 'ইউনূস বলেন, "এটি ভালো। আমরা একসঙ্গে আছি।"', "এরপর তিনি ফেরেন?", "শেষ।"]


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_and_holds_no_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(name)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen and chosen[0].startswith(("মালয়েশিয়ার প্রধানমন্ত্রী", "ঢাকা, ১০ নভেম্বর"))
    for furniture in ("আরও পড়ুন", "শেয়ার করুন", "সর্বস্বত্ব", "মূল বিষয়বস্তুতে", "প্রচ্ছদ", "দায়ী নয়", "সর্বশেষ"):
        assert not any(furniture in s for s in chosen), furniture


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    return {" ".join(q.text.split()[:2]): q.speaker for q in _analysed(name).quotes if q.kind == "speech"}


def test_the_lexicon_reads_the_bengali_lists() -> None:
    from digest.speakers import lexicon
    lex = lexicon("bn")
    for verb in ("বলেন", "বলেছেন", "জানান", "জানিয়েছেন", "উল্লেখ"):
        assert lex.is_speech_verb(data.marks_as_letters(verb)), verb
    for role in ("প্রধানমন্ত্রী", "রাষ্ট্রপতি", "উপদেষ্টা", "মুখপাত্র", "অধ্যাপক", "অর্থনীতিবিদ", "প্রধানমন্ত্রীর"):
        assert lex.is_role(data.marks_as_letters(role)), role


def test_speakers_by_name_role_pronoun_and_cue_after_the_quotation() -> None:
    assert _speakers("bn_sofor.txt") == {
        # 'বৈঠকের পর … ইউনূস বলেন, “…”': the family name alone after 'প্রধান উপদেষ্টা মুহাম্মদ ইউনূসের সঙ্গে'.
        "বাংলাদেশ ও": "মুহাম্মদ ইউনূস",
        # 'আনোয়ার ইব্রাহিম জানান, … তিনি বলেন, “…”': the pronoun stands for the last subject.
        "২০৩০ সালের": "আনোয়ার ইব্রাহিম",
        # '“…,” বলেন তৌহিদ হোসেন': the cue after the quotation, verb first.
        "শ্রমিকদের অভিবাসন": "তৌহিদ হোসেন",
        "এই সফর": "রাশেদা খানম",
    }


def test_speakers_by_role_alone_split_and_multi_paragraph_quotes() -> None:
    assert _speakers("bn_boithok.txt") == {
        # 'মালয়েশিয়ার প্রধানমন্ত্রী বলেছেন, “…”': the role alone, its holder named before.
        "বাংলাদেশি কর্মীরা": "আনোয়ার ইব্রাহিম",
        # '‘…,’ তিনি বলেন, ‘…’': one quotation split around its cue.
        "এটি কেবল": "আনোয়ার ইব্রাহিম",
        "দুই দেশের": "রফিকুল আলম",
        # Two paragraphs, the first left open: one quotation.
        "মিয়ানমারে নিরাপদ": "মুহাম্মদ ইউনূস",
        "মালয়েশিয়ার কোম্পানিগুলো": "সেলিম রায়হান",
    }
    a = _analysed("bn_boithok.txt")
    assert any("আসিয়ানের" in q.text and "মিয়ানমারে" in q.text for q in a.quotes)
    roles = {person: role for person, role, _ in a.roles}
    assert roles["আনোয়ার ইব্রাহিম"] == "প্রধানমন্ত্রী" and roles["মুহাম্মদ ইউনূস"] == "প্রধান উপদেষ্টা"
    assert roles["রফিকুল আলম"].endswith("মুখপাত্র")


VISIT_REACTIONS = """ঢাকা, ১০ মার্চ ২০২৭

নেপালের প্রধানমন্ত্রী রাম প্রসাদ শর্মা আজ ঢাকায় পৌঁছেছেন। সেখানে তিনি বিদেশমন্ত্রী সুমন কান্তি দাসের সঙ্গে বৈঠক করেন। রাম প্রসাদ শর্মা বলেন, “নেপাল থেকে বিদ্যুৎ বাংলাদেশে আসবে।”

নেপালের শিল্প ও বাণিজ্যমন্ত্রী হরি প্রসাদ থাপা সাংবাদিকদের সঙ্গে কথা বলেন। ‘আমাদের রপ্তানি খুব কম। নতুন বাজার খুঁজতে হবে,’ বলেন থাপা।

বিরোধী দলের সংসদ সদস্য নাসরিন আক্তার সাংবাদিকদের প্রশ্নের জবাব দেন। তিনি বলেন, “এমন প্রতিশ্রুতি আগেও শুনেছি, কিন্তু কিছুই হয়নি।”

দাস বলেন, ‘দুই দেশের বন্ধুত্ব আরও গভীর হবে।’

দুই দেশের মধ্যে বাণিজ্য, জ্বালানি ও পর্যটন নিয়ে বিস্তারিত আলোচনা হয়েছে বলে দুই পক্ষের কর্মকর্তারা জানিয়েছেন।
"""


def test_people_introduced_by_compound_roles_and_a_members_phrase_keep_their_quotes() -> None:
    # Without their introductions read, every quotation went to the visiting prime minister: a minister's
    # compound (শিল্প ও বাণিজ্যমন্ত্রী) with the cue verb first ('‘…,’ বলেন থাপা'), a member of parliament's
    # two words (সংসদ সদস্য) before 'তিনি বলেন', and West Bengal's বিদেশমন্ত্রী named only in the genitive.
    quotes = analyse(VISIT_REACTIONS, Settings(SummarySettings(), Limits(), lang=None)).quotes
    speakers = {" ".join(q.text.split()[:2]): q.speaker or "" for q in quotes if q.kind == "speech"}
    assert speakers["নেপাল থেকে"].startswith("রাম প্রসাদ শর্মা")
    assert speakers["আমাদের রপ্তানি"].startswith("হরি প্রসাদ থাপা")
    assert speakers["এমন প্রতিশ্রুতি"].startswith("নাসরিন আক্তার")
    assert speakers["দুই দেশের"].startswith("সুমন কান্তি দাস")


def test_figure_keys_of_the_translation_test_are_read_in_ascii_digits() -> None:
    # A Bengali article keeps its own digits (its danda sends it down the Devanagari reading): its figure keys
    # must still meet an English translation's 500 and 2030, or the two are never linked as one text.
    text = ("ঢাকা, ১০ মার্চ ২০২৭\n\nনেপাল থেকে ২০৩০ সালের মধ্যে ৫০০ মেগাওয়াট বিদ্যুৎ আসবে বলে জানান মন্ত্রী। "
            "দুই দেশের মধ্যে বাণিজ্য, জ্বালানি ও পর্যটন নিয়ে বিস্তারিত আলোচনা হয়েছে।\n")
    signals = analyse(text, Settings(SummarySettings(), Limits(), lang=None)).signals
    assert signals is not None and {"2030", "500"} <= set(signals.figures)


def _figures(name: str) -> set[tuple[float, str | None]]:
    return {(n.value, n.unit) for n in _analysed(name).numbers}


def test_figures_with_scale_words_currencies_percent_and_counters() -> None:
    got = _figures("bn_sofor.txt")
    # কোটি (1e7) with the dollar glued in the dative (ডলারে), Bengali digits.
    assert {(3.5e9, "USD"), (5e9, "USD")} <= got
    # লাখ (1e5) and the taka, the number word দেড় (1.5).
    assert {(4e5, "BDT"), (1.5e5, "BDT"), (1.2e6, "t")} <= got
    assert {(12.0, "%"), (23.0, "%")} <= got
    # A classifier glued to the figure (৭টি সমঝোতা স্মারকে): the noun after it is counted.
    assert any(n.value == 7 and n.surface.startswith("৭টি") for n in _analysed("bn_sofor.txt").numbers)
    boithok = _figures("bn_boithok.txt")
    assert {(1e9, "USD"), (2e4, "t"), (15.0, "%"), (3e9, "BDT"), (2.5e8, "USD")} <= boithok
    assert any(v == 1.2e6 for v, _ in boithok)  # '১২ লাখের বেশি রোহিঙ্গা': the scale in the genitive


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("চালের দাম কেজিপ্রতি ৫০ থেকে ৬০ টাকার মধ্যে থাকবে।", 50, 60, "BDT"),
    ("প্রতি বছর ২০ থেকে ২৫ হাজার শ্রমিক বিদেশে যান।", 2e4, 2.5e4, None),
])
def test_a_range_joined_by_theke_keeps_both_ends(text: str, low: float, high: float, unit: str | None) -> None:
    # 'X থেকে Y': the postposition between two figures (the second greater) joins one range, the scale shared.
    from digest.numbers import scan

    figs = [f for f in scan(data.marks_as_letters(text), "bn") if f.kind not in ("date", "name")]
    assert (figs[0].value, figs[0].value_end) == (low, high) and len(figs) == 1
    if unit:
        assert figs[0].unit == unit


def test_a_figure_in_a_quotation_or_cue_is_its_speakers() -> None:
    speaker = {n.value: n.speaker for n in _analysed("bn_sofor.txt").numbers}
    assert speaker[5e9] == "আনোয়ার ইব্রাহিম" and speaker[4e5] == "তৌহিদ হোসেন"


def test_spaced_person_counter() -> None:
    a = analyse("দুই পক্ষ মোট ৭০০ জন শ্রমিক নিয়োগ করেছে।", Settings(SummarySettings(), Limits(), lang="bn"))
    assert [(n.value, n.unit) for n in a.numbers] == [(700.0, "people")]


def _dated(text: str) -> Analysis:
    return analyse(text, Settings(SummarySettings(), Limits(), lang=None))


def test_dates_from_the_dateline_months_weekdays_and_relative_days() -> None:
    assert _analysed("bn_sofor.txt").date == "2026-11-10" and _analysed("bn_boithok.txt").date == "2026-11-10"
    a = _dated("ঢাকা, ১২ ডিসেম্বর ২০২৬ — প্রধানমন্ত্রী বুধবার ঢাকায় পৌঁছেছেন। তিনি আগামী জানুয়ারিতে আবার আসবেন।")
    # The dateline dates the article; the weekday is the Wednesday before it, the month takes its locative -তে.
    assert a.date == "2026-12-12" and {"2026-12-09", "2027-01"} <= set(a.dates)
    b = _dated("প্রধানমন্ত্রী গতকাল ঢাকায় পৌঁছেছেন। প্রকাশ: ৩ মার্চ ২০২৫, ১০:০০")
    assert b.date == "2025-03-03" and "2025-03-02" in b.dates
    c = _dated("কলকাতা, ৫ আগস্ট, ২০২৬: মুখ্যমন্ত্রী শুক্রবারে দিল্লি যাবেন এবং সেখানে দুই দিন থাকবেন।")
    assert c.date == "2026-08-05" and "2026-08-07" in c.dates


def test_places_in_bengali_forms_with_glued_cases() -> None:
    # 'ঢাকায় পৌঁছেছেন' (arrived in Dhaka): the locative glued to the gazetteer's stem; 'নয়াদিল্লির উদ্দেশে' (for New
    # Delhi, in the genitive) is named too.
    assert _analysed("bn_sofor.txt").places[:2] == ("Dhaka", "New Delhi")
    assert _analysed("bn_boithok.txt").places[0] == "Dhaka"
    a = _dated("প্রধানমন্ত্রী বুধবার মস্কোতে পৌঁছেছেন এবং পরে বেইজিংয়ে যাবেন। তিনি ওয়াশিংটনে যাবেন না।")
    assert {"Moscow", "Beijing", "Washington"} <= set(a.places)


def _visits(*names: str) -> list[dict]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          *(str(DATA / name) for name in names)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_visit_is_placed_titled_and_its_leaders_take_part() -> None:
    # Bengali names have keys (data/bengali.txt): both reports are one visit, the guest and the host take part.
    (visit,) = _visits(*ARTICLES)
    assert visit["place"] == "Dhaka" and visit["start"] == "2026-11-10"
    assert sorted(visit["articles"]) == ["bn_boithok", "bn_sofor"]
    # (Spelt in Latin letters, as the digest's English shows a name no article writes so: romanise.)
    assert {"Anoyar Ibrahim", "Muhammad Iunus"} == set(visit["participants"][:2])
    assert not {latin("সেলিম রায়হান"), latin("রাশেদা খানম")} & set(visit["participants"])
    assert visit["title"] == "Ibrahim visits Iunus in Dhaka"


def test_bengali_names_fold_to_their_latin_spelling() -> None:
    from digest.speakers import same_person
    from digest.visits import skeleton
    assert skeleton("ইব্রাহিম") == skeleton("Ibrahim") and skeleton("মুহাম্মদ") == skeleton("Muhammad")
    assert same_person("মুহাম্মদ ইউনূস", "Muhammad Yunus")


def test_a_sentence_opening_on_a_pronoun_or_but_leans_on_the_one_before() -> None:
    from digest.summaries import _leans_back
    for text in ("তিনি বলেন, মালয়েশিয়া বিনিয়োগ বাড়াবে।", "তবে দালালচক্রের সমস্যা রয়ে গেছে।", "এ সময় কর্মকর্তারা উপস্থিত ছিলেন।",
                 "দুই নেতা পরে যৌথ বিবৃতি দেন।"):
        assert _leans_back(data.marks_as_letters(text), "bn"), text
    assert not _leans_back(data.marks_as_letters("মালয়েশিয়ার প্রধানমন্ত্রী মঙ্গলবার ঢাকায় পৌঁছেছেন।"), "bn")


def test_an_english_report_of_the_visit_reads_the_taka_as_the_bengali_one_does() -> None:
    # The translation's figures meet the Bengali report's in one currency (a conflict between them is findable).
    a = analyse("He said that under the new system a worker's cost would fall from 400,000 taka to 150,000 taka, "
                "officials said. The government has set aside Tk 500 crore for the port.",
                Settings(SummarySettings(), Limits(), lang="en"))
    assert {(n.value, n.unit) for n in a.numbers} >= {(4e5, "BDT"), (1.5e5, "BDT"), (5e9, "BDT")}
    assert {(4e5, "BDT"), (1.5e5, "BDT")} <= _figures("bn_sofor.txt")


def test_bengali_spelt_w_meets_the_latin_w() -> None:
    # ওয়া spells 'wa' (আনোয়ার, Anwar): read letter by letter it was 'oya', two letters from the Latin name, so the
    # Bengali and the English reports' quotations of one guest went to two people.
    from digest.speakers import same_person
    from digest.visits import skeleton
    assert same_person("আনোয়ার ইব্রাহিম", "Anwar Ibrahim") and same_person(data.marks_as_letters("আনোয়ার ইব্রাহিম"), "Anwar Ibrahim")
    assert skeleton("ওয়াশিংটন") == skeleton("Washington")
    assert data.bengali_w("মালয়েশিয়া") == "মালয়েশিয়া"  # no o before য়: unchanged


def test_a_name_ends_before_a_day_word_and_the_object_of_a_compound_verb() -> None:
    # 'মালবিকা সেন কেন্দ্রের সমালোচনা করেছেন' (criticised the Centre), 'রফিক আহমেদ আজ' (today): no name's words.
    text = ("বাণিজ্যমন্ত্রী রফিক আহমেদ আজ তিন দিনের সফরে কলম্বো পৌঁছেছেন।\n\n"
            "তবে বিরোধী দলের সাংসদ মালবিকা সেন কেন্দ্রের সমালোচনা করেছেন। তাঁর বক্তব্য, ‘এই সফরে কোনও লাভ হবে না।’\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang=None))
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["মালবিকা সেন"]
    assert not any(len(p.split()) > 2 for p in a.people)


def test_an_adverb_after_a_name_ends_it() -> None:
    # 'ডি এন শর্মা অবশ্য বাণিজ্যের …' (D. N. Sharma, however, [gave] trade's …): অবশ্য (however) is no name's word.
    text = ("ঢাকা — নেপালের পররাষ্ট্রমন্ত্রী ডি এন শর্মা অবশ্য বাণিজ্যের ভিন্ন হিসাব দিয়েছেন। "
            "‘আমাদের আরও কাজ করতে হবে,’ বলেন শর্মা।\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="bn"))
    assert data.letters_as_marks(" ".join(a.people)) == "ডি এন শর্মা"


def test_the_particle_o_and_begum_are_off_a_name() -> None:
    # 'অনুপম বসুও' is 'Anupam Basu too'; 'বেগম' (Begum) is a form of address before a woman's name.
    text = ("সোমবার ঢাকায় বৈঠক করলেন বাণিজ্যমন্ত্রী রাকিব হাসান। প্রতিনিধিদলে ছিলেন বন্দরের চেয়ারম্যান অনুপম বসুও। "
            "“রপ্তানি বাড়বে,” বলেন তিনি।\n\n"
            "অর্থনীতিবিদ বেগম নাসরিন আক্তার মনে করেন, চুক্তি জরুরি। “বিনিয়োগ আসবে,” বললেন তিনি।\n")
    got = {q.text: q.speaker for q in analyse(text, Settings(SummarySettings(), Limits(), lang=None)).quotes}
    assert got == {"রপ্তানি বাড়বে,": "অনুপম বসু", "বিনিয়োগ আসবে,": "নাসরিন আক্তার"}


@pytest.mark.parametrize(("form", "name"), [("মাস্কাটে", "Muscat"), ("ওমানের", "Oman"), ("কলকাতা", "Kolkata")])
def test_bengali_place_forms(form: str, name: str) -> None:
    from digest import places

    # (Bengali's vowel signs are read as stand-in letters, as the gazetteer holds them.)
    place = places.lookup(data.marks_as_letters(form))
    assert place is not None and place.name == name


@pytest.mark.parametrize(("city", "code"), [("কলকাতা", "INR"), ("ঢাকা", "BDT")])
def test_taka_is_the_money_of_the_article_country(city: str, code: str) -> None:
    # A Bengali paper in India writes the rupee টাকা: the article's place tells which money it is.
    text = f"{city}, ১২ মার্চ\n\nনতুন সেতু তৈরিতে খরচ হবে প্রায় ৩,৫০০ কোটি টাকা। কাজ শুরু হবে আগামী বছর।\n"
    money = [f for f in analyse(text, Settings(SummarySettings(), Limits(), lang=None)).numbers if f.value > 1e9]
    assert [(f.value, f.unit) for f in money] == [(3.5e10, code)]


def test_a_fiscal_year_span_is_no_figure() -> None:
    # '২০২৫-২৬ অর্থবর্ষে' (in the 2025-26 fiscal year): the 26 was a figure of its own.
    text = "বৈঠকের পরে মন্ত্রী বলেন, ২০২৫-২৬ অর্থবর্ষে রপ্তানি ১২.৪ বিলিয়ন ডলারে পৌঁছেছে।"
    got = analyse(text, Settings(SummarySettings(), Limits(), lang=None)).numbers
    assert [(n.value, n.unit) for n in got] == [(12.4e9, "USD")]


def test_a_name_in_the_genitive_is_no_subject_so_the_pronoun_is_the_named_critic_s() -> None:
    """'তবে সেনের দাবি নিয়ে প্রশ্ন তুলেছেন কংগ্রেস নেতা অমল দত্ত। তাঁর কথায়, “…”': Sen's claim (-এর, the genitive)
    is questioned by Amal Datta, the clause's subject; "in his words" is his, not the minister's."""
    text = ("আনন্দবাজার পত্রিকা\n\nঢাকায় বাণিজ্য চুক্তি, আশা মন্ত্রীর\n\n১৪ সেপ্টেম্বর ২০২৬\n\n"
            "কলকাতা: বাণিজ্যমন্ত্রী রাকেশ সেন রবিবার ঢাকায় বাংলাদেশের বাণিজ্যমন্ত্রীর সঙ্গে বৈঠক করেন। “এই চুক্তিতে দুই "
            "দেশের বাণিজ্য দ্বিগুণ হবে,” বলেন রাকেশ সেন।\n\n"
            "তবে সেনের দাবি নিয়ে প্রশ্ন তুলেছেন কংগ্রেস নেতা অমল দত্ত। তাঁর কথায়, “এমন প্রতিশ্রুতি আমরা আগেও শুনেছি। "
            "কিন্তু সীমান্তের সমস্যার সমাধান আজও হয়নি।”\n\n"
            "এই বৈঠকের পরে দুই দেশের কর্মকর্তারা আরও আলোচনা চালিয়ে যাওয়ার বিষয়ে একমত হয়েছেন বলে জানা গিয়েছে।\n")
    quotes = analyse(text, Settings(SummarySettings(), Limits(), lang=None)).quotes
    speakers = {q.text[:10]: q.speaker for q in quotes}
    assert speakers["এই চুক্তিতে"[:10]] == "রাকেশ সেন"
    assert speakers["এমন প্রতিশ্রুতি"[:10]] == "অমল দত্ত"


def test_a_name_in_the_genitive_before_words_and_a_comma_is_the_source() -> None:
    """'সেনের কথায়, “…”' (in Sen's words) and 'দত্তের মতে, …' (in Datta's view): one noun and a comma after the
    genitive make it the source of what follows, not a possessor."""
    text = ("আনন্দবাজার পত্রিকা\n\nঢাকায় বাণিজ্য চুক্তি, আশা মন্ত্রীর\n\n১৪ সেপ্টেম্বর ২০২৬\n\n"
            "কলকাতা: বাণিজ্যমন্ত্রী রাকেশ সেন রবিবার ঢাকায় বাংলাদেশের বাণিজ্যমন্ত্রীর সঙ্গে বৈঠক করেন।\n\n"
            "সেনের কথায়, ‘এই চুক্তিতে দুই দেশের বাণিজ্য দ্বিগুণ হবে। সীমান্তে নতুন বাজারও খুলবে।’\n\n"
            "কংগ্রেস নেতা অমল দত্ত অবশ্য সন্দিহান। অর্থনীতিবিদ সুমন দাশগুপ্তের মতে, ঢাকার সঙ্গে এই চুক্তি প্রতীকী। “সীমান্তের "
            "সমস্যার সমাধান না হলে বাণিজ্য বাড়বে না,” তিনি মনে করেন।\n")
    quotes = analyse(text, Settings(SummarySettings(), Limits(), lang=None)).quotes
    speakers = {q.text[:10]: q.speaker for q in quotes}
    assert speakers["এই চুক্তিতে"[:10]] == "রাকেশ সেন"
    assert speakers["সীমান্তের সমস্যার"[:10]] == "সুমন দাশগুপ্ত"
