"""Amharic: language detection by the Ethiopic script, its punctuation (። ፣ ፤), the word lists in digest/data/am, its
figures, dates (Gregorian and Ethiopian calendars), places and speakers, read through the public stages and on whole
articles of my own (tests/data/am_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("am_addis.txt", "am_bbc.txt")
NEWS = "የኬንያ ፕሬዚዳንት ዊሊያም ሩቶ ለይፋዊ ጉብኝት አዲስ አበባ ገብተዋል። ከጠቅላይ ሚኒስትር ዐቢይ አሕመድ ጋር ተወያይተዋል።"


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_amharic_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "am"
    assert _analysed((DATA / name).read_text("utf-8")).lang == "am"


def test_amharic_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "am" and detect("ሩቶ አዲስ አበባ ገቡ") == "am"
    assert supported("am") and word_lists("am") == "am" and "am" in LANGS


def test_neighbours_stay_themselves() -> None:
    # An English text naming an Amharic word or two stays English.
    assert detect("Prime Minister Abiy Ahmed (ዐቢይ አሕመድ) met the Kenyan president in Addis Ababa on Wednesday "
                  "to discuss the power line and the trade agreement.") == "en"
    assert detect((DATA / "ka_tbilisi.txt").read_text("utf-8")) == "ka"


def test_sentences_end_at_the_ethiopic_full_stop_and_not_at_its_comma() -> None:
    from digest.sentences import split
    from digest.pipeline import _ethiopic_marks

    written = "ሩቶ አዲስ አበባ ገብተዋል። ሁለቱ መሪዎች በንግድ፣ በኢነርጂ እና በሰላም ላይ ተወያይተዋል። ዶ/ር ሰለሞን ምን አሉ፧ መልሱ ግልጽ ነው።"
    text = _ethiopic_marks(written)
    assert len(text) == len(written)
    assert [written[a:b] for a, b in split(text, "am")] == [
        "ሩቶ አዲስ አበባ ገብተዋል።", "ሁለቱ መሪዎች በንግድ፣ በኢነርጂ እና በሰላም ላይ ተወያይተዋል።", "ዶ/ር ሰለሞን ምን አሉ፧",
        "መልሱ ግልጽ ነው።"]


@pytest.mark.parametrize("name", ARTICLES)
def test_quotations_are_shown_as_written(name: str) -> None:
    a = _analysed((DATA / name).read_text("utf-8"))
    assert a.quotes and all("።" in q.text or "." not in q.text for q in a.quotes)


@pytest.mark.parametrize("name", ARTICLES)
def test_site_furniture_is_no_text(name: str) -> None:
    from digest import cleaning
    from digest.model import TEXT
    from digest.pipeline import _ethiopic_marks

    text = _ethiopic_marks((DATA / name).read_text("utf-8"))
    kept = [text[b.start : b.end] for b in cleaning.clean(text).blocks if b.kind == TEXT]
    assert not any(line.startswith(("ያጋሩ", "ዜና", "ተዛማጅ", "ዋና ገጽ", "ቢቢሲ ኒውስ")) for line in kept)


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    a = _analysed((DATA / name).read_text("utf-8"))
    return {" ".join(q.text.split()[:2]): q.speaker for q in a.quotes if q.kind == "speech"}


def test_speakers_by_role_and_name_before_the_quotation_and_its_verb_after() -> None:
    assert _speakers("am_addis.txt") == {
        # 'ጠቅላይ ሚኒስትር ዐቢይ አሕመድ … «…» ብለዋል': the subject opens the clause, the quotation stands before its verb.
        "ኢትዮጵያ እና": "ዐቢይ አሕመድ",
        # 'ፕሬዚዳንት ሩቶ በበኩላቸው “…” ሲሉ ተናግረዋል': the surname alone after the role is the full name's.
        "ኬንያ ከኢትዮጵያ": "ዊሊያም ሩቶ",
        # '«…» ያሉት ጠቅላይ ሚኒስትሩ, «…» ሲሉ ገልጸዋል': a quotation split around its cue, the role with its article.
        "የአፍሪካ ቀንድ": "ዐቢይ አሕመድ",
        "ሁለቱ ሀገራት": "ዐቢይ አሕመድ",
        # 'ሚኒስትሩ አክለውም “…” ብለዋል': the minister, after the first mention by name.
        "መንገዱ በ2027": "ጌዲዮን ጢሞቴዎስ",
        # '… መምህር የሆኑት ዶ/ር ሰለሞን ታደሰ … ተናግረዋል. “…” ሲሉ አስረድተዋል': the relative ties the lecturer to his name,
        # and the cue with no subject is the last sentence's subject's.
        "ኢትዮጵያ የባህር": "ሰለሞን ታደሰ",
    }
    assert _speakers("am_bbc.txt") == {
        "ከኢትዮጵያ የምናገኘው": "ዊሊያም ሩቶ",  # a quotation over two paragraphs, « opening each
        "ኢትዮጵያ ከጎረቤቶቿ": "ዐቢይ አሕመድ",  # 'እሳቸው አክለውም «…» ብለዋል': the pronoun
        "የቪዛ ክፍያን": "ሙሳሊያ ሙዳቫዲ",  # '“…” ሲሉ ሚኒስትሩ አክለዋል': the role alone after the quotation
        "ጉብኝቱ ኢትዮጵያ": "ዳዊት መኮንን",  # '… ተንታኝ አቶ ዳዊት መኮንን «…» አሉ': the title's name, not the field before it
    }


def test_a_quotation_over_two_paragraphs_is_one() -> None:
    a = _analysed((DATA / "am_bbc.txt").read_text("utf-8"))
    q = next(q for q in a.quotes if q.text.startswith("ከኢትዮጵያ"))
    assert len(q.parts) == 2 and q.text.endswith("ማስፋት እንፈልጋለን")


@pytest.mark.parametrize(("name", "people"), [
    ("am_addis.txt", {"ዊሊያም ሩቶ", "ዐቢይ አሕመድ", "ጌዲዮን ጢሞቴዎስ", "ሰለሞን ታደሰ"}),
    ("am_bbc.txt", {"ዊሊያም ሩቶ", "ዐቢይ አሕመድ", "ሙሳሊያ ሙዳቫዲ", "ዳዊት መኮንን"}),
])
def test_no_phrase_is_taken_for_a_person(name: str, people: set[str]) -> None:
    # Before: 'ሙሳሊያ ሙዳቫዲ ለቢቢሲ' (to the BBC), 'ሰለሞን ታደሰ ጉብኝቱ ትልቅ ፋይዳ' (the visit, great use), 'በቦሌ ዓለም አቀፍ …'
    # (at Bole international … after 'ፕሬዚዳንቱን', the president as an object), 'ተገናኝተው …' (after 'ቤተ መንግሥት', the
    # palace), '«ይህንን ትብብር …' (a quotation's opening words before the verb after it).
    assert set(_analysed((DATA / name).read_text("utf-8")).people) == people


def test_roles_keep_their_field_and_the_country_glued_before_them() -> None:
    roles = {(n, r) for n, r, _ in _analysed((DATA / "am_bbc.txt").read_text("utf-8")).roles}
    assert ("ሙሳሊያ ሙዳቫዲ", "የውጭ ጉዳይ ሚኒስትር") in roles and ("ዐቢይ አሕመድ", "ጠቅላይ ሚኒስትር") in roles


def test_titles_with_a_slash_stay_one_word() -> None:
    from digest.pipeline import _ethiopic_marks

    assert _ethiopic_marks("ዶ/ር ሰለሞን ታደሰ እና ወ/ሮ አልማዝ፣ ኅዳር 3/2018") == "ዶᐟር ሰለሞን ታደሰ እና ወᐟሮ አልማዝ, ኅዳር 3/2018"


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("የንግድ ልውውጡ 450 ሚሊዮን ዶላር ገደማ ደርሷል", 450e6, "USD", "about"),
        ("2.5 ቢሊዮን ብር የሚገመት ፕሮጀክት", 2.5e9, "ETB", None),
        ("1 ቢሊዮን ዶላር እንዲደርስ እንሠራለን", 1e9, "USD", None),
        # A preposition glued to the digits (በ12, by 12; ከ15, from 15) and 'more than' as ከ … በላይ.
        ("የ12 በመቶ ጭማሪ ያሳያል", 12, "%", None),
        ("ከውጭ የሚገባው ስንዴ 80 በመቶውን ይሸፍናል", 80, "%", None),  # the per cent word with its article and case
        ("የቪዛ ክፍያን በ50% ለመቀነስ ተስማምተዋል", 50, "%", None),
        ("ከ15 ሺህ በላይ የሥራ ዕድል ይፈጥራል", 15e3, None, "more than"),
        ("ከ800 ኪሎ ሜትር በላይ የሚረዝም ድንበር", 800, "km", "more than"),
        ("500 ኪሎ ሜትር የመንገድ ኮሪደር", 500, "km", None),
        ("ከ200 ሜጋ ዋት ወደ 400 ሜጋ ዋት ለማሳደግ", 200, "MW", None),
        ("ቁጥሩ 3 ሺ ገደማ እንደሆነ ይገመታል", 3e3, None, "about"),
        ("ሰባት የመግባቢያ ሰነዶችን ተፈራርመዋል", 7, None, None),
        ("15,000 ቶን ቡና ተልኳል", 15e3, "t", None),
        ("በጀቱ 3 ትሪሊዮን ብር ነው", 3e12, "ETB", None),
    ],
)
def test_amharic_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    from digest.numbers import scan

    figs = [f for f in scan(text, "am") if f.kind not in ("date", "year")]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].qualifier == qualifier
    if unit:
        assert figs[0].unit == unit
    assert figs[0].kind != "name"


def test_a_glued_preposition_before_digits_is_no_name_s_letter() -> None:
    from digest.numbers import scan

    # Arabic, whose glued ب the same rule reads: 'ب20 مليار دولار' is 20 billion dollars, not a name and a billion.
    assert [(f.value, f.unit) for f in scan("ارتفع ب20 مليار دولار", "ar")] == [(20e9, "USD")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        # The Ethiopian calendar, by arithmetic: 3 Hidar 2018 E.C. is 12 November 2025.
        ("አዲስ አበባ፣ ኅዳር 3/2018 (ኢዜአ) የኬንያ ፕሬዚዳንት", (2025, 11, 12)),
        ("ስምምነቱ ጥቅምት 20 ቀን 2018 ዓ.ም ተፈርሟል", (2025, 10, 30)),
        ("ጉባኤው ኅዳር 15 ይጀመራል", (None, 11, 24)),
        ("ውሳኔው መስከረም 1 ቀን 2019 ዓ.ም ይፀናል", (2026, 9, 11)),
        # The Gregorian months spelt in Amharic.
        ("12 ኖቬምበር 2025", (2025, 11, 12)),
        ("ስብሰባው 3 ዲሴምበር ይካሄዳል", (None, 12, 3)),
    ],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates
    from digest.pipeline import _ethiopic_marks

    text = _ethiopic_marks(text)
    found = [m for m in dates.find(text, "am", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_the_ethiopian_calendar_by_arithmetic() -> None:
    from datetime import date

    from digest.dates import ethiopian_date

    assert ethiopian_date(2018, 1, 1) == date(2025, 9, 11)  # the new year after a common Gregorian year
    assert ethiopian_date(2016, 1, 1) == date(2023, 9, 12)  # and before a leap one
    assert ethiopian_date(2019, 3, 15) == date(2026, 11, 24)
    assert ethiopian_date(2015, 13, 6) == date(2023, 9, 11) and ethiopian_date(2018, 13, 6) is None


def test_weekdays_and_a_month_only_beside_a_number() -> None:
    from digest import dates

    text = "ፕሬዚዳንቱ ረቡዕ ዕለት ገቡ, ሰኔ ወር ግን ሩቅ ነው."
    assert [(m.weekday, m.month) for m in dates.find(text, "am", [(0, len(text))])] == [(3, None)]


@pytest.mark.parametrize("name", ARTICLES)
def test_articles_are_dated_by_either_calendar(name: str) -> None:
    a = _analysed((DATA / name).read_text("utf-8"))
    assert a.date == "2025-11-12"
    # The dateline's Ethiopian year after its day is a date's, no key figure.
    assert not any(k.value == 2018 for k in a.numbers)


def test_amharic_places_and_their_glued_prepositions() -> None:
    from digest import places

    for form, name in (("አዲስ አበባ", "Addis Ababa"), ("ናይሮቢ", "Nairobi"), ("ኢትዮጵያ", "Ethiopia"), ("ኬንያ", "Kenya"),
                       ("ኬንያው", "Kenya"), ("ሞስኮ", "Moscow"), ("ዋሽንግተን", "Washington"), ("ቤጂንግ", "Beijing")):
        found = places.lookup(form)
        assert found is not None and found.name == name, form
    assert places.demonym("ኬንያውያን") == "KE" and places.demonym("ኢትዮጵያዊ") == "ET"
    text = "ሩቶ ዛሬ አዲስ አበባ ገብተዋል. በአዲስ አበባ ተገናኙ. የኬንያ ፕሬዚዳንት ነገ ወደ ናይሮቢ ይመለሳሉ."
    found = [(f.place.name, f.locative) for f in places.find(text, [(0, len(text))], "am")]
    assert found == [("Addis Ababa", True), ("Addis Ababa", True), ("Kenya", False), ("Nairobi", False)]


def _visit(name: str):  # type: ignore[no-untyped-def]
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = (DATA / name).read_text("utf-8")
    a = _analysed(text)
    art = Article(id="a", path=name, text=text, analysis=a, date=a.date, lang=a.lang)
    return visits.group([art], Config())[1][0]


@pytest.mark.parametrize("name", ARTICLES)
def test_visits_are_placed_and_titled(name: str) -> None:
    # 'የኬንያ(ው) ፕሬዚዳንት ዊሊያም ሩቶ': the genitive glued to the country ties the guest to Kenya, and the prime minister
    # (ጠቅላይ ሚኒስትር, a head's office as a whole phrase) is the host, before the foreign minister who welcomed him too.
    v = _visit(name)
    assert v.place == "Addis Ababa"
    # (Ethiopians go by the given name, the second being the father's: ዐቢይ; the Kenyan guest by the surname the
    # text writes alone, ሩቶ. Spelt in Latin letters, as the digest's English shows a name no article writes so:
    # romanise.)
    assert v.title == "Ruto visits Abiy in Addis Ababa"
    assert v.participants[:2] == ("Wiliyam Ruto", "Abiy Ahmed")


def test_names_meet_their_latin_spelling_through_the_ethiopic_table() -> None:
    from digest.visits import _fold

    assert _fold("ዐቢይ አሕመድ") == _fold("Abiy Ahmed") == "abiyahmed"
    assert _fold("ሩቶ") == _fold("Ruto") and _fold("ዊሊያም") == "wiliyam"


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_not_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(text)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert "ሩቶ" in chosen[0] and "አዲስ አበባ" in chosen[0]  # the lead: who came where
    assert not any(w in s for s in chosen for w in ("ያጋሩ", "ተዛማጅ", "ዋና ገጽ", "ቢቢሲ ኒውስ", "Telegram"))


def test_a_sentence_leaning_on_the_one_before_is_known() -> None:
    from digest.summaries import _leans_back

    assert _leans_back("ሁለቱ መሪዎች በብሔራዊ ቤተ መንግሥት ተገናኝተዋል።", "am")
    assert _leans_back("ፕሬዚዳንቱን በቦሌ አውሮፕላን ማረፊያ ተቀብለዋል።", "am")
    assert not _leans_back("የኬንያ ፕሬዚዳንት ዊሊያም ሩቶ አዲስ አበባ ገብተዋል።", "am")


def test_the_amharic_reports_and_an_english_one_are_one_visit() -> None:
    # Two Amharic reports (one dated by the Ethiopian calendar) and an English translation of one of them: one visit,
    # its names keyed across the scripts by data/ethiopic.txt (ዊሊያም ሩቶ = William Ruto).
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for name in (*ARTICLES, "en_ruto_addis.txt"):
        text = (DATA / name).read_text("utf-8")
        a = _analysed(text)
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    found = visits.group(arts, Config())[1]
    assert len(found) == 1
    v = found[0]
    assert v.place == "Addis Ababa" and v.participants[:3] == ("William Ruto", "Abiy Ahmed", "Gedion Timothewos")
    assert v.title.startswith("Ruto visits")


def test_the_two_countries_label_no_figure() -> None:
    # 'ሁለቱ ሀገራት በሞያሌ በኩል የሚያልፈውን 500 ኪሎ ሜትር የመንገድ ኮሪደር' (the road) and 'ሁለቱ ሀገራት ከ800 ኪሎ ሜትር በላይ የሚረዝም
    # የጋራ ድንበር' (the border) shared the label 'ሀገራት' and made a conflict.
    a = _analysed("ሁለቱ ሀገራት ከ800 ኪሎ ሜትር በላይ የሚረዝም የጋራ ድንበር አላቸው። ሁለቱ ሀገራት በሞያሌ በኩል የሚያልፈውን 500 ኪሎ ሜትር "
                  "የመንገድ ኮሪደር ለማጠናቀቅ ተስማምተዋል።")
    kms = [k for k in a.numbers if k.unit == "km"]
    assert len(kms) == 2 and not any("ሀገራት" in (k.what or "") for k in kms)


@pytest.mark.parametrize(("intro", "cue", "speaker"), [
    ("የውጭ ጉዳይ ሚኒስትር ጌዲዮን ጢሞቴዎስ ትናንት ተወያይተዋል።", "ሚኒስትሩ", "ጌዲዮን ጢሞቴዎስ"),
    ("ጠቅላይ ሚኒስትር ዐቢይ አሕመድ ከኬንያው ፕሬዚዳንት ጋር ተወያይተዋል።", "ጠቅላይ ሚኒስትሩ", "ዐቢይ አሕመድ"),
    ("ፕሬዚዳንት ዊሊያም ሩቶ ትናንት ተወያይተዋል።", "ፕሬዚዳንቱ", "ዊሊያም ሩቶ"),
    ("ጠቅላይ ሚኒስትር ዐቢይ አሕመድ ትናንት ተወያይተዋል።", "እሳቸው", "ዐቢይ አሕመድ"),
])
def test_a_two_word_quotation_after_a_role_with_its_article_is_speech(intro: str, cue: str, speaker: str) -> None:
    # An Ethiopic word is its own upper case: a quotation of two words was taken for a code (COP30, «G20»).
    a = _analysed(f"የኬንያ ፕሬዚዳንት አዲስ አበባ ገቡ\n\n{intro} {cue} «ትብብራችን ይቀጥላል» ብለዋል።")
    assert [(q.speaker, q.kind) for q in a.quotes] == [(speaker, "speech")]


def test_the_definite_role_speaks_after_the_talks_and_an_object_name_is_shown_bare() -> None:
    # 'ሚኒስትሩ ከውይይቱ በኋላ «…» ብለዋል' (the minister, after the talks, said): ከውይይቱ is no name, the minister is the
    # one named before; 'ፕሬዚዳንት ሳሊም ካሪን … ተቀብለዋል' (received President Salim Kari, the object's -ን) is shown as
    # the text writes him as a subject (ፕሬዚዳንት ካሪ).
    text = ("አዲስ አበባ – የውጭ ጉዳይ ሚኒስትር ታደሰ በቀለ የሶማሊያ ፕሬዚዳንት ሳሊም ካሪን ዛሬ በብሔራዊ ቤተ መንግሥት ተቀብለው አነጋግረዋል።\n\n"
            "ሚኒስትሩ ከውይይቱ በኋላ በሰጡት መግለጫ «ሁለቱ አገሮች በንግድና በትራንስፖርት ዘርፍ በቀጣዮቹ ዓመታት በጋራ ይሠራሉ» ብለዋል።\n\n"
            "ፕሬዚዳንት ካሪ በበኩላቸው «የሁለቱ አገሮች ግንኙነት ከምንጊዜውም በላይ ጠንካራ ነው» ሲሉ ተናግረዋል።\n")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["ታደሰ በቀለ", "ሳሊም ካሪ"]
    assert set(a.people) == {"ታደሰ በቀለ", "ሳሊም ካሪ"}


def test_a_role_with_its_article_leads_no_name_and_a_place_with_and_ends_a_name() -> None:
    # 'የገንዘብ ሚኒስትሩ በስብሰባው ላይ «…» ብለዋል' (the finance minister, at the meeting, said): በስብሰባው is no person,
    # the minister is the one named before; 'ሚኒስትር ሙሉጌታ ደስታ ኬንያና …' (Kenya-and): the place ends the name.
    text = ("አዲስ አበባ – የገንዘብ ሚኒስትር ሙሉጌታ ደስታ ኬንያና ኢትዮጵያ አዲስ ስምምነት መፈረማቸውን ገለጹ።\n\n"
            "የገንዘብ ሚኒስትሩ በስብሰባው ላይ ባደረጉት ንግግር «ሁለቱ አገሮች በጋራ ይሠራሉ» ብለዋል።\n\n"
            "አምባሳደር አበበ ከበደ በበኩላቸው ስምምነቱን አድንቀዋል። «ትብብሩ ለቀጣናው ይጠቅማል» ብለዋል አምባሳደሩ።\n")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["ሙሉጌታ ደስታ", "አበበ ከበደ"]
    assert set(a.people) == {"ሙሉጌታ ደስታ", "አበበ ከበደ"}
