"""Hebrew: language detection by script, the word lists in digest/data/he, and the uncased speaker path (with
Hebrew's one-letter prefixes and its in-word abbreviation marks), read through the public stages and on whole
articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("he_washington.txt", "he_jerusalem.txt", "he_berlin.txt")
NEWS = "ראש הממשלה קיבל בירושלים את נשיא צרפת, והשניים דנו בהרחבת שיתוף הפעולה הכלכלי בין המדינות."


@pytest.mark.parametrize("name", ARTICLES)
def test_hebrew_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "he"


def test_hebrew_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "he" and detect('נתניהו נפגש עם נשיא ארה"ב בבית הלבן') == "he"
    assert supported("he") and word_lists("he") == "he" and "he" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "ar_ankara.txt").read_text("utf-8")) == "ar"
    assert detect("رئیس جمهور ایران روز سه‌شنبه در سفر به مسکو با همتای روسی خود دیدار و گفتگو کرد. او گفت که روابط "
                  "دو کشور در حال گسترش است.") == "fa"
    # An English text naming a Hebrew word or two stays English.
    assert detect("The prime minister met the president in Jerusalem (ירושלים) on Tuesday to discuss the "
                  "security agreement and the aid package.") == "en"


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


def _quoted(text: str) -> list[str]:
    return [q.text for q in _analysed(text).quotes]


def test_gershayim_and_geresh_inside_a_word_are_no_quotation_marks() -> None:
    text = ('שר החוץ אמר כי "היחסים עם ארה"ב חזקים מתמיד" והוסיף כי צה"ל ערוך. '
            "פרופ' דן כהן אמר כי \"המנכ\"לית צדקה\". ג'ורג' סמית' אמר: \"זה הסכם טוב\".")
    assert _quoted(text) == ['היחסים עם ארה"ב חזקים מתמיד', 'המנכ"לית צדקה', "זה הסכם טוב"]


def test_a_geresh_after_a_one_letter_word_is_never_a_closing_mark() -> None:
    from digest.pipeline import _hebrew_marks

    assert _hebrew_marks("ביום ג', 12 בנובמבר") == "ביום גʹ, 12 בנובמבר"
    assert _hebrew_marks("אמר: 'זה לא' ואז") == "אמר: 'זה לא' ואז"  # a single quotation still open: its mark


def test_a_quoted_word_after_a_glued_prefix_is_a_quotation() -> None:
    text = 'הנשיא התייחס ל"הסכם ההיסטורי" בנאומו אתמול בכנסת.'
    assert _quoted(text) == ["הסכם ההיסטורי"]


@pytest.mark.parametrize("marks", [("„", "”"), ("”", "“"), ("“", "”"), ("״", "״")])
def test_typographic_quotation_marks(marks: tuple[str, str]) -> None:
    o, c = marks
    assert _quoted(f"שר האוצר אמר: {o}התקציב יאושר בקרוב{c}. הוא הוסיף כי ההצבעה תתקיים מחר.") == [
        "התקציב יאושר בקרוב"]


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first words -> its speaker."""
    a = _analysed((DATA / name).read_text("utf-8"))
    return {" ".join(q.text.split()[:3]): q.speaker for q in a.quotes}


def test_speakers_without_capitals_from_roles_titles_and_verbs() -> None:
    spoken = _speakers("he_washington.txt")
    assert spoken["היחסים בין ישראל"] == "בנימין נתניהו"  # אמר נתניהו לכתבים: the bare name keys to the full one
    assert spoken["ישראל היא בעלת"] == "דונלד טראמפ"  # "…", אמר טראמפ: the verb before its subject
    assert spoken["אין לנו בעלת"] == "גדעון סער"  # שר החוץ גדעון סער … הדגיש כי "…"
    assert spoken["אנחנו נערכים לכל"] == "ישראל כʺץ"  # a gershayim inside the name, no quotation mark
    assert spoken["הביקור נועד בעיקר"] == "אייל זיסר"  # פרופ' אייל זיסר: the title is no part of the name
    assert spoken["ראש הממשלה עסוק"] == "מירב מיכאלי"  # ח"כ מירב מיכאלי; אמרה מיכאלי


def test_roles_of_the_speakers() -> None:
    a = _analysed((DATA / "he_washington.txt").read_text("utf-8"))
    roles = {person: role for person, role, _ in a.roles}
    assert roles["גדעון סער"] == "שר החוץ" and roles["ישראל כʺץ"] == "שר הביטחון"
    assert roles["בנימין נתניהו"] == "ראש הממשלה"


def test_prefixes_come_off_for_matching_only() -> None:
    from digest.speakers import _clitic_stripped

    assert "הנשיא" in _clitic_stripped("לנשיא", "he") and "נתניהו" in _clitic_stripped("לנתניהו", "he")
    assert _clitic_stripped("ואמר", "he") == ["אמר"]
    assert _clitic_stripped("שהנשיא", "he") == ["הנשיא"]
    # Three letters stay: Cohen is no כ + הן (they), Barak no ב + רק (only).
    assert _clitic_stripped("כהן", "he") == [] and _clitic_stripped("ברק", "he") == []
    # Arabic is read as before.
    assert _clitic_stripped("وللرئيس", "ar") == ["الرئيس", "للرئيس"]


def test_lexicon_reads_the_hebrew_lists() -> None:
    from digest.speakers import lexicon

    lex = lexicon("he")
    for verb in ("אמר", "אמרה", "הוסיף", "הדגישה", "ציין", "הצהיר", "מסר"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("השר") and lex.is_role("שרת") and lex.is_role("הנשיא") and lex.is_role("חʺכ")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("הסיוע מסתכם כיום ב-3.8 מיליארד דולר בשנה", 3.8e9, "USD"),  # a prefix glued with a hyphen
        ("היקף הסחר הגיע ל-34 מיליארד דולר", 34e9, "USD"),
        ("עסקה בהיקף של 200 מיליון יורו", 200e6, "EUR"),
        ("תקציב של 12 מיליון שʺח", 12e6, "ILS"),
        ("עלות של 3 מיליארד ₪", 3e9, "ILS"),
        ("קרן של 450 אלף שקלים", 450e3, "ILS"),
        ("עלייה של 6% לעומת השנה הקודמת", 6, "%"),
        ("הסחר צפוי לגדול ב-8 אחוזים", 8, "%"),
        ("צינור באורך 120 קילומטר", 120, "km"),
        ("הביקור נמשך שלושה ימים", 3, "days"),
        ("השקעה של $3 מיליארד", 3e9, "USD"),
        ("עלות של ₪2.5 מיליארד", 2.5e9, "ILS"),
        ("הוצאה של 700 מיליון שקלים חדשים", 700e6, "ILS"),
        ("הריבית ירדה ב-0.5 נקודות אחוז", 0.5, "pp"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    from digest.numbers import scan

    figs = [f for f in scan(text, "he") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "qualifier"), [("להגדיל את הסיוע לכ-4.5 מיליארד דולר", "about"),
                                                 ("כמעט 40 אחוז", "almost"),
                                                 ("יותר מ-500 אלף עובדים", "more than"),
                                                 ("לפחות 3 מיליארד דולר", "at least")])
def test_qualifiers(text: str, qualifier: str) -> None:
    from digest.numbers import scan

    assert scan(text, "he")[0].qualifier == qualifier


@pytest.mark.parametrize(("text", "value"), [
    # מאות after a unit is exact (ארבע מאות, 400), and ו glued to a number word joins the compound's parts.
    ("לשוק יש מיליארד ושלוש מאות מיליון צרכנים", 1.3e9),
    ("בעיר גרים עשרים ושבעה אלף תושבים", 27e3),
    ("המחנה מונה חצי מיליון פליטים", 5e5),
    ("נבנו שש מאות דירות חדשות", 600),
])
def test_compound_number_words(text: str, value: float) -> None:
    from digest.numbers import scan

    # (exact: no 'at least' of the vague מאות, hundreds of)
    assert [(f.value, f.qualifier) for f in scan(text, "he") if f.kind != "date"] == [(pytest.approx(value), None)]


def test_a_range_with_its_joiner_glued_to_the_second_end() -> None:
    from digest.numbers import scan

    figs = scan("עסקה בשווי של בין 5 ל-7 מיליארד דולר", "he")
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(5e9, 7e9, "USD")]


def test_a_glued_prefix_keeps_other_designations_names() -> None:
    from digest.numbers import scan

    assert [f.kind for f in scan("רכש מטוסי F-16 חדשים", "he")] == ["name"]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("ירושלים, 12 בנובמבר 2026", (2026, 11, 12)), ("ישוב לישראל ב-14 בנובמבר 2026", (2026, 11, 14)),
     ("הפסגה תתקיים ב-3 במרץ", (None, 3, 3)), ("עד סוף ינואר 2027", (2027, 1, None)),
     ("פורסם: 12.11.26, 08:40", (2026, 11, 12)), ("הבחירות נערכו באוקטובר", (None, 10, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates

    found = [m for m in dates.find(text, "he", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("text", "weekday"), [("הגיע ביום שלישי לוושינגטון", 2), ("ביום ראשון בבוקר", 7),
                                               ("ובחמישי ישוב לישראל", 4), ("בשבת בערב", 6),
                                               ("מחר (חמישי) יבקר", 4), ("ביום גʹ הגיע", 2)])
def test_weekdays(text: str, weekday: int) -> None:
    from digest import dates

    assert [m.weekday for m in dates.find(text, "he", [(0, len(text))])] == [weekday]


def test_ordinals_that_name_days_need_the_word_day() -> None:
    from digest import dates

    for text in ("בשני המקרים נדחתה הבקשה", "המקום השני ברשימה", "זה היה הראשון מבין השניים",
                 "הבוקר שני שרים הגיעו"):
        assert not [m for m in dates.find(text, "he", [(0, len(text))]) if m.weekday], text


def test_article_date_from_the_sites_stamp() -> None:
    assert str(_analysed((DATA / "he_washington.txt").read_text("utf-8")).date) == "2026-11-12"


@pytest.mark.parametrize(("form", "name"), [("ירושלים", "Jerusalem"), ("וושינגטון", "Washington"),
                                            ("ארהʺב", "United States"), ("מוסקבה", "Moscow"), ("צרפת", "France"),
                                            ("קהיר", "Cairo"), ("בייגʹינג", "Beijing"),
                                            ("מרסיי", "Marseille"), ("מוסקט", "Muscat"), ("עומאן", "Oman")])
def test_hebrew_place_forms(form: str, name: str) -> None:
    from digest import places

    place = places.lookup(form)
    assert place is not None and place.name == name


@pytest.mark.parametrize(("word", "code"), [("האמריקני", "US"), ("הרוסית", "RU"), ("צרפתי", "FR"),
                                            ("הישראלית", "IL"), ("ההודים", "IN"),
                                            ("העומאני", "OM")])
def test_nationality_adjectives(word: str, code: str) -> None:
    from digest import places

    assert places.demonym(word) == code


def test_a_verb_is_no_nationality() -> None:
    from digest import places

    assert places.demonym("הודיע") is None  # announced, not an Indian (הודי)


def test_a_glued_preposition_places_the_event() -> None:
    from digest import places

    text = "ראש הממשלה נחת אמש בוושינגטון ונפגש עם הנשיא."
    found = places.find(text, [(0, len(text))], "he")
    assert [f.place.name for f in found] == ["Washington"]


def _visits(name: str) -> list[dict]:  # type: ignore[type-arg]
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          str(DATA / name)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_visit_is_placed_and_its_leaders_take_part() -> None:
    (visit,) = _visits("he_washington.txt")
    assert visit["place"] == "Washington" and visit["start"] == "2026-11-10"
    assert {"Benjamin Netanyahu", "Donald Trump"} <= set(visit["participants"][:2])
    assert "אייל זיסר" not in visit["participants"]  # the expert comments on it


def test_a_place_after_a_closed_role_phrase_is_a_given_name() -> None:
    # שר הביטחון ישראל כ"ץ: Israel Katz, the defence minister (ראש ממשלת ישראל is the prime minister of Israel).
    roles = {person: role for person, role, _ in _analysed((DATA / "he_washington.txt").read_text("utf-8")).roles}
    assert roles["ישראל כʺץ"] == "שר הביטחון"


def test_a_name_set_off_by_commas_after_its_role_and_a_country_after_of() -> None:
    spoken = _speakers("he_jerusalem.txt")
    # שרת הכלכלה של צרפת, קלייר דובואה, שהצטרפה למשלחת, אמרה כי "…"; later "…", הוסיפה דובואה.
    assert spoken["ישראל היא שותפה"] == "קלייר דובואה"
    assert spoken["אנחנו רוצים לראות"] == "קלייר דובואה"
    assert spoken["היחסים בין שתי"] == "יצחק הרצוג"  # אמר נשיא המדינה יצחק הרצוג כי
    assert spoken["אין פתרון צבאי"] == "עמנואל מקרון"  # לדבריו, "…": the last speaker
    assert spoken["במשך שנים היו"] == "נועה לנדאו"  # "…", ציינה לנדאו (ד"ר נועה לנדאו before)
    roles = {person: role for person, role, _ in _analysed((DATA / "he_jerusalem.txt").read_text("utf-8")).roles}
    assert roles["קלייר דובואה"] == "שרת הכלכלה של צרפת"


def test_genders_of_roles_and_verbs() -> None:
    from digest.speakers import _GENDERS, _verb_gender, _word_gender

    rules = _GENDERS["he"]
    assert _word_gender(rules, "דוברת") == "f" and _word_gender(rules, "השרה") == "f"
    assert _word_gender(rules, "המומחה") is None and _word_gender(rules, "הנשיא") is None
    assert _verb_gender(rules, "אמרה") == "f" and _verb_gender(rules, "הוסיפה") == "f"
    assert _verb_gender(rules, "הוסיף") is None and _word_gender(rules, "היא") == "f"


def test_a_family_name_that_is_a_month_a_seat_after_the_role_and_a_faction_after_the_name() -> None:
    spoken = _speakers("he_berlin.txt")
    assert spoken["מחויבת לביטחונה של"] == "פרידריך מרץ"  # מרץ is March, and Merz: no date without a day or year
    assert spoken["זה הסכם חסר"] == "אנה למברכט"  # דוברת משרד החוץ הגרמני, אנה למברכט, מסרה
    assert spoken["גרמניה היא שותפת"] == "רון פרוסור"  # השגריר הישראלי בברלין, רון פרוסור, סיפר
    assert spoken["אסור לנו להסתפק"] == "גלעד קריב"  # ח"כ גלעד קריב מסיעת הדמוקרטים: the faction is no name
    assert spoken["הביקור הוא בעיקר"] == "שמעון שטיין"  # ד"ר שמעון שטיין … העריך כי


def test_march_needs_a_day_or_a_year() -> None:
    from digest import dates

    assert not [m for m in dates.find("הקנצלר מרץ אמר", "he", [(0, 15)]) if m.month]
    text = "הבחירות ייערכו במרץ"
    assert [m.month for m in dates.find(text, "he", [(0, len(text))])] == [3]


def test_a_requested_sum_is_a_target_not_a_conflicting_figure() -> None:
    from digest.numbers import _when_in

    sentence = "לדברי גורם מדיני בכיר, ישראל מבקשת להגדיל את הסיוע לכ-4.5 מיליארד דולר."
    assert _when_in(sentence, "4.5 מיליארד דולר", "he", None) == "target"


SHORT = '''ראש ממשלת בריטניה קיר סטארמר הגיע אתמול לירושלים לביקור עבודה קצר.

"הקשר בין המדינות חזק מאי פעם", כך אמר סטארמר בפתח הפגישה עם ראש הממשלה.

"אנחנו מעריכים את התמיכה הבריטית", השיב ראש הממשלה הישראלי בנימין נתניהו.

הדוברת של שגרירות בריטניה בישראל, שרה כהן, מסרה: "הביקור נועד לחזק את הקשרים".

"זה ביקור חשוב", אמר לסטארמר נשיא המדינה יצחק הרצוג בפגישה נפרדת.
'''


def test_addressee_article_letter_names_and_a_name_that_is_a_role() -> None:
    a = _analysed(SHORT)
    spoken = {" ".join(q.text.split()[:3]): q.speaker for q in a.quotes}
    assert spoken["הקשר בין המדינות"] == "קיר סטארמר"  # "…", כך אמר סטארמר
    assert spoken["אנחנו מעריכים את"] == "בנימין נתניהו"
    # The bare שרה is Sarah here, not a minister; the role phrase runs over של, the embassy and its seat.
    assert spoken["הביקור נועד לחזק"] == "שרה כהן"
    # אמר לסטארמר: Starmer is spoken to; הרצוג opens with the article's letter and is a name; בפגישה ends it.
    assert spoken["זה ביקור חשוב"] == "יצחק הרצוג"
    roles = {person: role for person, role, _ in a.roles}
    assert roles["שרה כהן"] == "הדוברת של שגרירות בריטניה בישראל"


def test_a_name_opening_with_the_articles_letter_after_a_role_with_the_article() -> None:
    text = ("כותרת הידיעה על הביקור\n\nהנשיא הגיע אתמול לוושינגטון לביקור רשמי של יומיים.\n\n"
            'הנשיא הרצוג אמר בתגובה כי "ישראל עוקבת אחר הביקור בעניין רב".\n\n'
            'הנשיא הנבחר דונלד טראמפ הבהיר כי "אין כל שינוי במדיניות שלנו".\n')
    a = _analysed(text)
    assert [q.speaker for q in a.quotes] == ["הרצוג", "דונלד טראמפ"]
    roles = {person: role for person, role, _ in a.roles}
    assert roles["דונלד טראמפ"] == "הנשיא הנבחר"  # an adjective agreeing with the role goes on with it


def test_two_sums_of_one_investment_in_the_singular_conflict() -> None:
    # השקעה (investment) in the singular, with the article or a preposition glued on, names the measure as
    # ההשקעות does: the two sums conflict.
    import dataclasses

    from digest.model import Article
    from digest.numbers import find_conflicts

    text = ("השקעה בנמל\n\nשר התחבורה אמר ביום רביעי כי ההשקעה בנמל תסתכם בכ-3 מיליארד דולר.\n\n"
            "מאוחר יותר אמר השר כי מדובר בהשקעה של 4 מיליארד דולר.\n")
    a = _analysed(text)
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(a.numbers)]
    art = Article("a", "a.txt", text, a, lang="he", visit="v", date="2026-03-04")
    assert [sorted(n.value for n in nums if n.id in c.numbers) for c in find_conflicts(nums, [art])] == [[3e9, 4e9]]


TWO_COMPLEMENTS = '''השר לוי באבו דאבי: "נחתום על הסכם"

שר החוץ והתפוצות דוד לוי נפגש היום באבו דאבי עם שר הכלכלה של איחוד האמירויות עבדאללה אל-נהיאן ועם שרת המסחר והתעשייה ההודית מירה שארמה.

"היחסים בין המדינות טובים מאוד", אמר לוי. "נחתום על הסכם חדש בשבוע הבא".

ח"כ רון גל תקף את הנסיעה. "המחירים עלו ב-5% מתחילת השנה, השר מבלה באבו דאבי", אמר גל.
'''


def test_a_role_of_two_coordinated_complements_and_a_particle_hyphened_to_the_name() -> None:
    # שר החוץ והתפוצות: 'and the diaspora' is the ministry's second word, not the name's first; אל-נהיאן is one word.
    a = _analysed(TWO_COMPLEMENTS)
    spoken = {" ".join(q.text.split()[:3]): q.speaker for q in a.quotes}
    assert spoken["היחסים בין המדינות"] == "דוד לוי"
    roles = {person: role for person, role, _ in a.roles}
    assert roles["דוד לוי"] == "שר החוץ והתפוצות"
    assert roles["מירה שארמה"] == "שרת המסחר והתעשייה ההודית"
    from digest.speakers import people_of

    assert "עבדאללה אל-נהיאן" in people_of(TWO_COMPLEMENTS, [(0, len(TWO_COMPLEMENTS))], "he").people()


def test_a_conjunction_before_a_role_word_shorter_than_the_rest_ends_the_name() -> None:
    from digest.speakers import people_of

    text = "בטקס השתתפו השגרירה רחל כהן ושר האוצר משה לוי."
    assert people_of(text, [(0, len(text))], "he").people() == ("רחל כהן", "משה לוי")


def test_a_place_of_two_words_with_its_preposition_glued_on() -> None:
    from digest import places
    from digest.speakers import people_of

    text = "הדובר מבלה באבו דאבי עם המשלחת."
    found = places.find(text, [(0, len(text))], "he")
    assert [(f.place.name, f.locative) for f in found] == [("Abu Dhabi", True)]
    # The place ends the name the role leads to: 'in Abu Dhabi' is no one's name.
    assert people_of(text, [(0, len(text))], "he").people() == ("מבלה",)


def test_the_visits_people_are_the_people_stages_alone(tmp_path: Path) -> None:
    # Every Hebrew word is a 'capitalised' one: 'השר מבלה באבו דאבי' is no name though the headline writes דאבי.
    (tmp_path / "a.txt").write_text(TWO_COMPLEMENTS, "utf-8")
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          str(tmp_path)], capture_output=True, text=True, check=True).stdout
    (visit,) = json.loads(out)["visits"]
    assert visit["place"] == "Abu Dhabi" and visit["participants"] == ["David Levy"]


def test_a_name_joined_by_the_maqaf_is_one_name() -> None:
    a = _analysed('ח"כ משה בן־דוד (הליכוד), חבר ועדת הכספים, תקף את התוכנית. "התקציב לא מספיק לאף אחד", אמר.')
    assert [q.speaker for q in a.quotes] == ["משה בן־דוד"]


def test_a_role_complement_in_the_construct_state_is_no_person() -> None:
    a = _analysed('שרת החינוך ושוויון ההזדמנויות של צרפת, מארי דופון, אמרה: "נפתח עוד מאה בתי ספר".')
    assert not any(p.startswith("ושוויון") for p in a.people)


def test_crore_rupees() -> None:
    from digest.numbers import scan

    figs = [f for f in scan("הממשלה תשקיע 300 קרור רופי בתוכנית", "he") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(3e9, "INR")]


def test_one_visit_across_hebrew_english_and_hindi() -> None:
    # Hebrew writes Lichtman ליכטמן (ch as כ, a k) and Devanagari लिक्टमैन: one person by their consonants.
    from digest.config import Config, Limits, SummarySettings
    from digest.model import Article
    from digest.pipeline import Settings, analyse, assemble

    names = ("he_mumbai.txt", "en_hi_mumbai.txt", "hi_mumbai.txt")
    arts = []
    for name in names:
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, Settings(SummarySettings(), Limits(), lang=None))
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    found = assemble(arts[:2], Config(), []).visits
    assert len(found) == 1 and set(found[0].articles) == set(names[:2])
    assert set(found[0].participants) == {"Yoav Lichtman", "Piyush Goyal"}
    found = assemble(arts, Config(), []).visits
    assert len(found) == 1 and set(found[0].articles) == set(names)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("אבי ריכטר", "Avi Richter", True),
    ("אבי ריכטר", "अवी रिक्टर", True),
    ("ריכטר", "Рихтер", True),
    ("אבי ריכטר", "Avi Reiter", False),
    ("אבי ריכטר", "Ehud Richter", False),
])
def test_hebrew_names_meet_other_scripts_by_their_consonants(a: str, b: str, same: bool) -> None:
    from digest.speakers import one_person
    assert one_person(a, b) is same and one_person(b, a) is same


_BRASILIA = ("כהן בברזיל\n\nיום רביעי, 14 באוקטובר\n\nשר הכלכלה והתעשייה, אלי כהן, נפגש ביום רביעי בברזיליה עם שר "
             "הפיתוח והתעשייה של ברזיל, {name}. השניים חתמו על הסכם חדש.\n\n"
             "\"ברזיל היא השותפה החשובה ביותר שלנו באמריקה הלטינית\", אמר כהן לאחר הפגישה.\n\n"
             "\"הטכנולוגיה הישראלית שינתה את החקלאות שלנו, ועכשיו אנחנו רוצים עוד\", אמר השר הברזילאי.")


@pytest.mark.parametrize("name", ["ז'ראלדו אלקמין", "ראג'יב סינג צ'והאן", "שיוואראג' סינג צ'והאן"])
def test_the_office_of_a_country_then_its_holder_ending_the_sentence(name: str) -> None:
    # 'עם שר … של ברזיל, X.': the name after the comma ends its sentence (no second comma) and is that country's
    # minister, so "said the Brazilian minister" is X, not the Israeli who spoke last. A geresh after ג at the end
    # of a long word (שיוואראג') is a letter of the name, as inside one (ג'ורג').
    a = _analysed(_BRASILIA.format(name=name))
    spoken = {q.text[:10]: q.speaker for q in a.quotes}
    held = name.replace("'", "\u02b9")
    assert spoken == {"ברזיל היא ": "אלי כהן", "הטכנולוגיה": held}


def _said(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in _analysed(text).quotes}


_ROME = ("ראש הממשלה בני גנץ נפגש היום ברומא עם נשיא איטליה סרג'ו מטרלה ועם שר החוץ אנטוניו טאיאני.\n\n"
         "מטרלה אמר כי רומא מוכנה לתווך בין הצדדים. ")


def test_a_known_name_with_a_glued_preposition_is_the_haver_before_a_possessive() -> None:
    # 'לטאיאני היה מסר משלו:' (Tajani had a message of his own): ל glued to a name of the text, before היה, makes
    # him the subject, where the bare name was unread and the quotation went to the previous sentence's subject.
    got = _said(_ROME + "לטאיאני היה מסר משלו: ״איטליה תשקיע בנמלים ובמסילות באזור, ונשמח לשתף פעולה עם ישראל״.")
    assert got == {"איטליה תשקיע בנמלים ובמסילות באזור, ונשמח לשתף פעולה עם ישראל": "אנטוניו טאיאני"}


def test_a_known_name_with_a_glued_preposition_after_a_speech_verb_is_no_speaker() -> None:
    # 'אמר גנץ לטאיאני:' (Gantz said to Tajani): the glued ל makes Tajani the addressee, never the speaker.
    got = _said(_ROME + "אמר גנץ לטאיאני: ״ישראל תשקיע בנמלים ובמסילות באזור, ונשמח לשתף פעולה עם איטליה״.")
    assert got == {"ישראל תשקיע בנמלים ובמסילות באזור, ונשמח לשתף פעולה עם איטליה": "בני גנץ"}


_LYON = "שר החוץ יוסי לוי נפגש היום בליון עם שרת הכלכלה הצרפתית אן מרטן.\n\n"


@pytest.mark.parametrize("obj", ["השקעה", "מימון", "תמיכה"])
def test_a_speech_verb_with_a_glued_conjunction_inside_a_clause_shares_its_subject(obj: str) -> None:
    # 'מרטן הודתה ללוי והבטיחה השקעה' (Martin thanked Levy and promised investment): the second verb is Martin's,
    # the noun after it its object, where it became the speaker the role after the quotation resolved to.
    got = _said(_LYON + f"מרטן הודתה ללוי והבטיחה {obj} צרפתית. ״צרפת תשקיע 300 מיליון יורו בנמל״, אמרה השרה הצרפתית.")
    assert got == {"צרפת תשקיע 300 מיליון יורו בנמל": "אן מרטן"}


@pytest.mark.parametrize(("sentence", "leans"), [
    ("לדבריה, הנמל יטפל בשלושה מיליון מכולות בשנה.", True),
    ("והוא הוסיף כי ההסכם ייחתם בקרוב.", True),
    ("עם זאת, הצדדים לא הסכימו על המימון.", True),
    ("שר החוץ יוסי לוי נפגש היום בליון עם שרת הכלכלה.", False),
])
def test_a_sentence_pointing_back_leans_on_the_one_before(sentence: str, leans: bool) -> None:
    # 'לדבריה' (according to her) after another article's woman in a visit digest read as her claim: such a line
    # follows the one it leans on or is left out (summary_cues.txt [anaphora]).
    from digest.summaries import _leans_back

    assert _leans_back(sentence, "he") is leans


def test_a_nationality_after_the_office_ties_the_holder_to_his_country() -> None:
    # 'שר האוצר הגרמני X': the adjective after the construct chain is the office's, so "the German minister" is X,
    # not the host quoted last.
    a = _analysed("פגישה בירושלים\n\nשר האוצר בצלאל סמוטריץ' נפגש היום עם שר האוצר הגרמני לארס קלינגביל.\n\n"
                  "״נרחיב את הסחר בין שתי המדינות כבר בשנה הבאה״, אמר סמוטריץ'.\n\n"
                  "״גרמניה תשקיע מיליארד יורו בתעשייה הישראלית בשנים הקרובות״, אמר השר הגרמני.\n")
    assert [q.speaker for q in a.quotes] == ["בצלאל סמוטריץ", "לארס קלינגביל"]
