"""Arabic: language detection by script (Persian and Urdu told apart), the word lists in digest/data/ar, and the
uncased speaker path, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLES = ("ar_ziyara.txt", "ar_riyadh.txt", "ar_kremlin.txt", "ar_ankara.txt", "ar_berlin.txt", "ar_amman.txt")
NEWS = "استقبل الرئيس المصري في القاهرة نظيره التركي، وبحث الجانبان تعزيز التعاون الاقتصادي بين البلدين."
PERSIAN = ("رئیس جمهور ایران روز سه‌شنبه در سفر به مسکو با همتای روسی خود دیدار و گفتگو کرد. او گفت که روابط "
           "دو کشور در حال گسترش است.")
URDU = "وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔"


@pytest.mark.parametrize("name", ARTICLES)
def test_arabic_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ar"


def test_arabic_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ar" and detect("بوتين يستقبل أمير قطر في الكرملين") == "ar"
    assert supported("ar") and word_lists("ar") == "ar"


def test_persian_and_urdu_are_never_arabic() -> None:
    assert detect(PERSIAN) == "fa"
    assert detect(URDU) == "ur"
    # A foreign name in Persian letters (گ) in an Arabic text keeps it Arabic.
    assert detect("قال الأمين العام للأمم المتحدة أنطونيو گوتيريش إن الوضع في المنطقة خطير جدا") == "ar"


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "tr_ziyaret.txt").read_text("utf-8")) == "tr"
    assert detect((DATA / "hy_aytse.txt").read_text("utf-8")) == "hy"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("بلغ حجم التبادل التجاري 55 مليار دولار", 55e9, "USD"),
        ("بقيمة 500 مليون يورو", 500e6, "EUR"),
        ("تكلفة تصل إلى 3.5 مليار ريال", 3.5e9, "SAR"),
        ("نحو 9 مليارات دولار", 9e9, "USD"),
        ("قرض بقيمة 200 مليون جنيه", 200e6, "EGP"),
        ("صفقة قيمتها 40 مليار روبل", 40e9, "RUB"),
        ("ما يعادل 16 في المائة من الواردات", 16, "%"),
        ("زيادة بنسبة 7 بالمئة", 7, "%"),
        ("ارتفع بنسبة 23% العام الماضي", 23, "%"),
        ("قرابة 1.6 مليون برميل يوميا", 1.6e6, "bbl"),
        ("خط أنابيب بطول 120 كيلومترا", 120, "km"),
        ("شحنة من 30 ألف طن", 30_000, "t"),
        ("منذ أكثر من 12 عاما", 12, "years"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "ar") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


def test_counts_and_scale_plurals() -> None:
    figs = [f for f in scan("فرص عمل لأكثر من 75 ألف مصري ونحو 3 آلاف جندي", "ar") if f.kind != "date"]
    assert [(f.value, f.qualifier) for f in figs] == [(75_000, "more than"), (3_000, "about")]


@pytest.mark.parametrize(("text", "value", "unit"), [("خصصت الحكومة ملياري دولار للمشروع", 2e9, "USD"),
                                                    ("بلغت قيمة العقود ملياران يورو", 2e9, "EUR"),
                                                    ("استقبلت البلاد نحو مليوني زائر", 2e6, "زائر")])
def test_the_dual_of_a_scale_is_a_number_alone(text: str, value: float, unit: str) -> None:
    # "ملياري دولار" is two billion dollars with no figure before it: the dual is a numeral, not a multiplier.
    figs = [f for f in scan(text, "ar") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(value, unit)]


@pytest.mark.parametrize(("text", "ends"), [("استثمارات تتراوح بين 10 و15 مليار دولار", (10e9, 15e9)),
                                            ("ما بين 20 و30 ألف شخص", (20_000, 30_000))])
def test_a_range_with_the_conjunction_glued_to_its_second_end(text: str, ends: tuple[float, float]) -> None:
    figs = [f for f in scan(text, "ar") if f.kind != "date"]
    assert [(f.value, f.value_end) for f in figs] == [ends]


@pytest.mark.parametrize(("text", "qualifier"), [("نحو 100 كيلومتر", "about"), ("حوالي 2 مليون دولار", "about"),
                                                 ("قرابة 450 ألف سائح", "about"), ("أكثر من 850 مليون يورو", "more than"),
                                                 ("أقل من 3 مليارات دولار", "less than"), ("ما لا يقل عن 3 مليارات دولار", "at least")])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "ar")[0].qualifier == qualifier


def test_a_year_after_its_word_is_a_date() -> None:
    assert [f.kind for f in scan("آخر زيارة كانت في عام 2012، حين زارها", "ar")] == ["date"]


def _analysed(text: str):
    return analyse(text, Settings(SummarySettings(), Limits()))


def test_arabic_indic_digits_and_separators() -> None:
    a = _analysed("وأشار الرئيس إلى أن التبادل التجاري ارتفع بنسبة ١٢٫٥٪ خلال العام الماضي، معربا عن أمله في "
                  "تجاوز عتبة ٥٠٠ مليون دولار، بينما بلغت الاستثمارات ١٬٢٠٠ مليون يورو.")
    assert a.lang == "ar"
    assert [(n.value, n.unit) for n in a.numbers] == [(12.5, "%"), (500e6, "USD"), (1200e6, "EUR")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("الثلاثاء 12 نوفمبر 2026", (2026, 11, 12)), ("الرياض - 13 يناير 2026 مـ", (2026, 1, 13)),
     ("في 3 كانون الثاني 2026 وصل الوفد", (2026, 1, 3)), ("موسكو - 18 آذار/مارس 2026", (2026, 3, 18)),
     ("القمة في 9 كانون الأول الماضي", (None, 12, 9)), ("تشرين الأول 2025", (2025, 10, None)),
     ("في 21 أيار 2026", (2026, 5, 21)), ("انتخابات في أبريل 2026", (2026, 4, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates

    found = [m for m in dates.find(text, "ar", [(0, len(text))]) if m.month]
    assert {(m.year, m.month, m.day) for m in found} == {ymd}


def test_a_levantine_ordinal_alone_is_no_month() -> None:
    from digest import dates

    text = "في الأسبوع الأول من الشهر الثاني وصل 12 زائرا"
    assert not [m for m in dates.find(text, "ar", [(0, len(text))]) if m.month]


@pytest.mark.parametrize(("text", "weekday"), [("التقى الرئيسان يوم الثلاثاء في القاهرة", 2),
                                               ("وصل مساء الأحد إلى الرياض", 7), ("الأربعاء 4 فبراير", 3)])
def test_weekdays(text: str, weekday: int) -> None:
    from digest import dates

    assert [m.weekday for m in dates.find(text, "ar", [(0, len(text))]) if m.weekday] == [weekday]


@pytest.mark.parametrize(("name", "iso"), [("ar_ziyara.txt", "2026-02-04"), ("ar_riyadh.txt", "2026-01-13"),
                                           ("ar_kremlin.txt", "2026-03-18")])
def test_article_dates(name: str, iso: str) -> None:
    assert str(_analysed((DATA / name).read_text("utf-8")).date) == iso


def test_sentences_end_at_the_arabic_question_mark_not_at_its_comma_nor_an_abbreviation() -> None:
    from digest.pipeline import _arabic_script_marks
    from digest.sentences import split

    text = _arabic_script_marks("قال د. محمد العتيبي إن الوضع خطير، وأضاف؛ أن الحل ممكن. هل هذا صحيح؟ نعم، بالتأكيد.")
    assert len(split(text, "ar", 0, len(text))) == 3


def test_stop_words() -> None:
    from digest.sentences import stop_words

    assert {"في", "من", "على", "إلى", "أن", "التي"} <= stop_words("ar")


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first words -> its speaker."""
    a = _analysed((DATA / name).read_text("utf-8"))
    return {" ".join(q.text.split()[:3]): q.speaker for q in a.quotes}


def test_speakers_without_capitals_from_roles_titles_and_verbs() -> None:
    spoken = _speakers("ar_ziyara.txt")
    assert spoken == {
        "نحن عازمون على": "عبد الفتاح السيسي",  # وقال السيسي: the later bare name keys to the full one
        "مصر شريك أساسي": "رجب طيب أردوغان",  # وأضاف: the dropped subject is the last speaker
        "نتطلع إلى مضاعفة": "بدر عبد العاطي",  # قال وزير الخارجية المصري بدر عبد العاطي إن
        "الملف الفلسطيني كان": "هاكان فيدان",  # أما وزير الخارجية التركي هاكان فيدان فقال
        "قد تفتح الباب": "هشام إبراهيم",  # ويرى الخبير الاقتصادي المصري هشام إبراهيم أن
    }


def test_speakers_after_titles_and_long_role_phrases() -> None:
    spoken = _speakers("ar_riyadh.txt")
    assert spoken["الصين هي الشريك"] == "فيصل بن فرحان"  # وزير الخارجية السعودي الأمير فيصل بن فرحان
    assert spoken["تدعم المملكة في"] == "وانغ يي"  # شدد وانغ يي على أن بكين "…"
    assert spoken["العلاقة مع الصين"] == "عبد الله العتيبي"
    assert spoken["تعكس الأهمية الكبيرة"] == "ماو نينغ"  # المتحدثة باسم وزارة الخارجية الصينية ماو نينغ


def test_a_role_alone_stands_for_the_person_introduced_with_it() -> None:
    spoken = _speakers("ar_kremlin.txt")
    assert spoken["يسعدنا أن نرحب"] == "فلاديمير بوتين"
    assert spoken["نتوقع أن تكون"] == "دميتري بيسكوف"  # وتابع بيسكوف: a later bare surname


def test_roles_of_the_speakers() -> None:
    a = _analysed((DATA / "ar_ziyara.txt").read_text("utf-8"))
    roles = {person: role for person, role, _ in a.roles}
    assert roles["بدر عبد العاطي"] == "وزير الخارجية المصري"
    assert roles["هشام إبراهيم"] == "الخبير الاقتصادي المصري"


def test_clitics_come_off_for_matching_only() -> None:
    from digest.speakers import _clitic_stripped

    assert _clitic_stripped("وللرئيس", "ar") == ["الرئيس", "للرئيس"]
    assert _clitic_stripped("فقال", "ar") == ["قال"]
    assert _clitic_stripped("بالقاهرة", "ar") == ["القاهرة"]
    assert _clitic_stripped("لأردوغان", "ar") == ["أردوغان"]


def test_other_scripts_never_take_the_uncased_path() -> None:
    from digest.speakers import uncased_script

    assert uncased_script((DATA / "ar_riyadh.txt").read_text("utf-8"))
    for name in ("hy_aytse.txt", "tr_ziyaret.txt", "mn_aylchlal.txt", "el_episkepsi.txt"):
        assert not uncased_script((DATA / name).read_text("utf-8")), name


@pytest.mark.parametrize(("form", "name"), [("القاهرة", "Cairo"), ("بالقاهرة", "Cairo"), ("موسكو", "Moscow"),
                                            ("وموسكو", "Moscow"), ("للرياض", "Riyadh"), ("أنقرة", "Ankara"),
                                            ("الصين", "China"), ("السعودية", "Saudi Arabia"), ("بكين", "Beijing")])
def test_arabic_place_forms_with_their_clitics(form: str, name: str) -> None:
    from digest import places

    text = f"وصل الوفد إلى {form} أمس"
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ar")] == [name]


def test_a_glued_preposition_places_the_event() -> None:
    from digest import places

    text = "عقدت المحادثات بالقاهرة ثم سافر الوفد إلى موسكو"
    assert [(f.place.name, f.locative) for f in places.find(text, [(0, len(text))], "ar")] == [
        ("Cairo", True), ("Moscow", False)]


@pytest.mark.parametrize(("word", "code"), [("المصري", "EG"), ("التركية", "TR"), ("الروسي", "RU"), ("الصينية", "CN")])
def test_nationality_adjectives(word: str, code: str) -> None:
    from digest import places

    assert places.demonym(word) == code


def _visits(name: str) -> list[dict]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          str(DATA / name)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_visit_is_placed_and_its_leaders_take_part() -> None:
    (visit,) = _visits("ar_ziyara.txt")
    assert visit["place"] == "Cairo" and visit["start"] == "2026-02-04"
    assert {"Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"} <= set(visit["participants"][:2])
    assert "هشام إبراهيم" not in visit["participants"]  # the economist comments on it
    (visit,) = _visits("ar_kremlin.txt")
    assert visit["place"] == "Moscow" and {"Vladimir Putin", "Tamim bin Hamad Al Thani"} <= set(visit["participants"])


def test_family_names_that_are_nationalities_participles_and_unnamed_institutions() -> None:
    spoken = _speakers("ar_ankara.txt")
    # 'محمد شياع السوداني': a nisba family name ('the Sudanese') inside a name is no nationality; 'أكد السوداني'
    # is then his, and the participle 'معتبرا' after the quotation is no cue of its own.
    assert spoken["ملتزمة بحماية أمن"] == "محمد شياع السوداني"
    assert spoken["هو الضمانة الحقيقية"] == "محمد شياع السوداني"
    # 'قال أردوغان: «…»، مضيفا أن …': the participle continues his sentence.
    assert spoken["نريد أن نرفع"] == "رجب طيب أردوغان"
    # 'وقالت الرئاسة التركية في بيان إن … «…»': the presidency speaks (verb first, then an unnamed subject).
    assert spoken["ملفات المياه والطاقة"] is None
    # 'الباحثة في الشؤون التركية سارة الشمري': a preposition and the field continue the role phrase.
    assert spoken["تفتح صفحة جديدة"] == "سارة الشمري" and spoken["لا يزال عالقا"] == "سارة الشمري"
    assert spoken["الاتفاق يخدم مصالح"] == "ألب أرسلان بيرقدار"


def test_a_name_ends_where_the_text_names_the_person_alone() -> None:
    a = _analysed((DATA / "ar_ankara.txt").read_text("utf-8"))
    assert "رجب طيب أردوغان" in a.people and not any("وعددا" in p for p in a.people)


@pytest.mark.parametrize(("name", "title"), [
    ("ar_ziyara.txt", "أردوغان في القاهرة: اتفاق على رفع التبادل التجاري إلى 15 مليار دولار"),  # not 'تابعنا على فيسبوك'
    ("ar_riyadh.txt", "ولي العهد السعودي يبحث مع وزير الخارجية الصيني توسيع الشراكة الاستراتيجية"),  # not the Hijri date line
])
def test_headlines_past_the_furniture_and_the_two_calendar_date_line(name: str, title: str) -> None:
    from digest import cleaning

    assert cleaning.clean((DATA / name).read_text("utf-8")).title == title


def test_the_headline_names_a_principal_and_the_host_is_the_head_of_government() -> None:
    (visit,) = _visits("ar_berlin.txt")
    # 'ميقاتي يزور برلين …': the headline's name leads (an uncased name is in the headline without a capital);
    # المستشار الألماني is a head of government, ahead of the foreign minister quoted twice.
    assert visit["participants"][:2] == ["Najib Mikati", "فريدريش ميرتس"]
    assert visit["title"] == "Mikati visits ميرتس in Berlin"
    assert len(_analysed((DATA / "ar_berlin.txt").read_text("utf-8")).signals.headline) == 1
    assert "فرانك فالتر شتاينماير" in _analysed((DATA / "ar_berlin.txt").read_text("utf-8")).people


def test_a_title_names_arabic_names_by_their_family_or_fathers_part() -> None:
    (visit,) = _visits("ar_kremlin.txt")
    assert visit["title"] == "Al Thani visits Putin in Moscow"


@pytest.mark.parametrize(("name", "title"), [("ar_ziyara.txt", "Erdogan visits el-Sisi in Cairo"),
                                             ("ar_ankara.txt", "al-Sudani visits Erdogan in Ankara")])
def test_the_guest_and_the_host_by_the_nationality_before_their_names(name: str, title: str) -> None:
    # 'نظيره التركي رجب طيب أردوغان': the nationality stands before the given names, which have no capitals.
    (visit,) = _visits(name)
    assert visit["title"] == title


def test_a_researcher_introduced_with_her_field_is_a_commentator() -> None:
    # 'الباحثة في الشؤون التركية سارة الشمري': quoted twice, she took no part in the visit.
    (visit,) = _visits("ar_ankara.txt")
    assert "سارة الشمري" not in visit["participants"]


def test_an_honorific_stands_for_the_person_named_before() -> None:
    # 'وأكد جلالته …، قائلا: «…»': His Majesty is the king named before, no name of his own.
    spoken = _speakers("ar_amman.txt")
    assert spoken["نحن نعتبر قبرص"] == "عبد الله الثاني"
    assert spoken["ستدعم كل الجهود"] == "نيكوس خريستودوليدس"
    # '«…»، قالت وزيرة السياحة الأردنية لينا عناب': the cue after the quotation.
    assert spoken["نعمل على رفع"] == "لينا عناب"


@pytest.mark.parametrize(("form", "name"), [("عمان", "Amman"), ("سلطنة عمان", "Oman")])
def test_amman_and_oman(form: str, name: str) -> None:
    from digest import places

    text = f"وصل الوفد إلى {form} أمس"
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ar")] == [name]


def test_a_header_line_place_and_agency_places_the_visit() -> None:
    # 'عمان - بترا' on its own line (the body says only 'يزور المملكة'): the dateline names the venue.
    (visit,) = _visits("ar_amman.txt")
    assert visit["place"] == "Amman" and visit["start"] == "2026-06-14"


def test_ali_is_a_name_where_the_text_spells_the_preposition_with_its_alif() -> None:
    # علي is also a loose spelling of على (on): in a text that writes على, it is Ali and does not cut the name.
    text = ("بغداد - 3 مارس 2026\n\nركزت المحادثات على الطاقة والنقل.\n\n"
            "وقال وزير النفط العراقي حسن علي الكعبي للصحفيين إن «الاتفاق يفتح الباب أمام استثمارات جديدة».")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes] == ["حسن علي الكعبي"]


def test_a_party_official_and_the_party_after_the_preposition_lead_the_name() -> None:
    # القيادي (a leading member) is a role word; 'في حزب …' (in the party …) continues its phrase to the name.
    text = ("عمان - 5 مايو 2026\n\nوقال القيادي في حزب العمل الديمقراطي المعارض خالد النعيمي للصحفيين: "
            "«الحكومة تجاهلت مطالب الشارع طوال العام الماضي».\n\nوأضاف النعيمي أن «الانتخابات المقبلة ستكون اختبارا حقيقيا لوعود الحكومة».")
    a = _analysed(text)
    assert a.quotes[0].speaker == "خالد النعيمي" and a.people == ("خالد النعيمي",)


@pytest.mark.parametrize(("text", "person", "role"), [
    # A construct state: the role word (الوزراء) depends on the office word before it through مجلس.
    ("التقى رئيس مجلس الوزراء اللبناني نواف سلام بالوفد في بيروت.", "نواف سلام", "رئيس مجلس الوزراء اللبناني"),
    # The conjunction glued to the role word is the sentence's.
    ("حضر الاجتماع الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الإيطالي ماريو دراغي في روما.",
     "ماريو دراغي", "رئيس الوزراء الإيطالي"),
    # "his counterpart" is a relation to someone else, no role of the person's own.
    ("واستقبل وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في القاهرة.", "أيمن الصفدي", None),
    # After a preposition محافظة is the province the MP is elected for, no role.
    ("وقال النائب عن محافظة الأنبار خالد العبيدي إن الاتفاق مهم.", "خالد العبيدي", None),
])
def test_a_role_phrase_is_the_person_s_whole_office(text: str, person: str, role: str | None) -> None:
    from digest.speakers import people_of
    people = people_of(text, [(0, len(text))], "ar")
    assert person in people.people() and people.roles().get(person) == role


def test_a_royal_name_after_a_title_keeps_its_family_words_with_the_article() -> None:
    from digest.speakers import people_of
    # Every word up to the comma takes the article: the family's names, not a noun after the name.
    text = "استقبل ملك البحرين الشيخ سلمان الحمد الخليفة، الثلاثاء، الوفد. وقال الشيخ سلمان إن الزيارة مهمة."
    assert "سلمان الحمد الخليفة" in people_of(text, [(0, len(text))], "ar").people()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("مقارنةً بـ2.3 مليار دولار في العام السابق", 2.3e9, "USD"),  # the preposition glued with a tatweel
        ("استثمارات بقيمة 50 مليون ريال عُماني", 50e6, "OMR"),  # the vocalised عُماني
        ("بلغت الصادرات نحو نصف مليار دولار", 5e8, "USD"),  # half a scale is one figure
    ],
)
def test_glued_vocalised_and_half_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "ar") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(pytest.approx(value), unit)]


def test_a_role_complement_in_the_construct_state_is_no_person() -> None:
    a = _analysed("وقال وزير الزراعة وتنمية الريف سمير الحسيني إن المحصول تضاعف هذا العام.")
    assert not any(p.startswith("وتنمية") for p in a.people)


def test_the_court_chain_before_a_ruler_is_titles_and_he_is_the_host() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = ("الملك يستقبل وزير الخارجية الهندي\n\nالأحد 8 نوفمبر 2026م\n\nالرباط - وكالة الأنباء\n\n"
            "استقبل حضرة صاحب الجلالة الملك فهد بن سلمان المعظم صباح اليوم في القصر الملكي، معالي راجيش كومار "
            "وزير الخارجية الهندي.\n\nوعقد كومار لاحقا جلسة مباحثات مع سعادة الشيخ ناصر بن علي الحارثي رئيس مجلس النواب. "
            "وقال الحارثي: \"إن العلاقات بين البلدين تشهد نموا كبيرا\".\n\nوقال كومار: \"نتطلع إلى شراكة أوسع\".")
    a = _analysed(text)
    assert "فهد بن سلمان" in a.people and "صاحب" not in a.people
    found = visits.group([Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)], Config())[1]
    assert "Fahd bin Salman" in found[0].participants


_INTRO = ("استقبل الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم الأربعاء، الدكتور نجيب ميقاتي، رئيس الوزراء "
          "اللبناني، في مقر الحكومة بالعاصمة الإدارية.")


def _cairo_speakers(*paragraphs: str) -> dict[str, str | None]:
    a = _analysed("ميقاتي يزور القاهرة\n\nالأربعاء ١٤ أكتوبر ٢٠٢٦\n\n" + "\n\n".join((_INTRO, *paragraphs)))
    return {q.text: q.speaker for q in a.quotes}


def test_words_pointing_back_name_the_speaker_of_the_quotation_before() -> None:
    # "بهذه الكلمات افتتح X كلمته" after '"…".': the role names the speaker, and كلمته (his speech), a noun with
    # its possessive, is no person.
    got = _cairo_speakers('"مصر ولبنان يجمعهما تاريخ طويل من الأخوة والتعاون". بهذه الكلمات افتتح رئيس الوزراء اللبناني '
                    "كلمته في المؤتمر الصحفي المشترك.")
    assert got == {"مصر ولبنان يجمعهما تاريخ طويل من الأخوة والتعاون": "نجيب ميقاتي"}


def test_a_quotation_with_its_own_cue_is_not_the_next_sentence_s() -> None:
    # '"…". وأضاف/وأوضح X' is a cue only for a quotation opening its sentence, or for X named before it: after
    # 'وقال X "…".' a bare وأضاف goes on, and after a statement's words a person named first there is another.
    got = _cairo_speakers('وقال مدبولي "الحكومة المصرية مستعدة لدعم إعادة الإعمار في لبنان". وأضاف أن البلدين سيوقعان '
                    "عدة اتفاقيات.",
                    'وبحسب بيان صادر عن وزارة الخارجية، فإن "البلدين يؤكدان دعمهما لاستقرار المنطقة". وأوضح السفير '
                    "أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية، أن الجانبين ناقشا ملف الطاقة.",
                    '"نحن نقف مع لبنان في كل الظروف والأوقات". وأضاف مدبولي أن مصر ستواصل دعمها.')
    assert got == {"الحكومة المصرية مستعدة لدعم إعادة الإعمار في لبنان": "مصطفى مدبولي",
                   "البلدين يؤكدان دعمهما لاستقرار المنطقة": None,
                   "نحن نقف مع لبنان في كل الظروف والأوقات": "مصطفى مدبولي"}


def test_the_minister_is_the_one_introduced_as_minister_not_the_prime_minister() -> None:
    # 'الوزير' (the minister) meets 'وزير البترول' once the article is off, never 'رئيس الوزراء' (of the ministers).
    got = _cairo_speakers('"مصر ولبنان يجمعهما تاريخ طويل". بهذه الكلمات افتتح رئيس الوزراء اللبناني كلمته.',
                    "وأوضح المهندس طارق الملا، وزير البترول والثروة المعدنية، أن مصر تصدر الغاز إلى لبنان. وقال "
                    'الوزير: "الخط جاهز لنقل الكميات الجديدة".')
    assert got["الخط جاهز لنقل الكميات الجديدة"] == "طارق الملا"


def test_a_word_with_harakat_inside_is_one_word() -> None:
    # A shadda inside سموّه (His Highness) split it in two, and neither half is a cue: the quotation went to the
    # last name before it. Read whole, it is the ruler's pronoun; the quotation is shown as written.
    a = _analysed("الإمارات والهند\n\nالأربعاء ١٤ أكتوبر ٢٠٢٦\n\nأبوظبي: استقبل صاحب السمو الشيخ خالد بن حمد آل نهيان، "
                  "ولي العهد، اليوم، وزير الخارجية الهندي، بحضور معالي الدكتور عمر بن سعيد المرّي وزير الاقتصاد.\n\n"
                  "وقال سموّه: «العلاقات بين البلدين تشهد نموّا كبيرا في كل القطاعات».")
    assert [(q.text, q.speaker) for q in a.quotes] == [("العلاقات بين البلدين تشهد نموّا كبيرا في كل القطاعات",
                                                       "خالد بن حمد آل نهيان")]


def test_a_role_word_before_son_of_is_the_given_name() -> None:
    # 'الدكتور سلطان بن سعيد المنصوري': سلطان (sultan) is a role word, but before بن (son of) it is his given name;
    # the title السلطان before a name bears the article.
    a = _analysed("الإمارات والهند\n\nالأربعاء ١٤ أكتوبر ٢٠٢٦\n\nأبوظبي: التقى وزير الخارجية الهندي، اليوم، معالي "
                  "الدكتور سلطان بن سعيد المنصوري وزير الاقتصاد.\n\nوقال المنصوري: «العلاقات بين البلدين تشهد نموا "
                  "كبيرا في كل القطاعات».")
    assert [q.speaker for q in a.quotes] == ["سلطان بن سعيد المنصوري"]


def test_a_company_name_in_guillemets_is_no_quotation() -> None:
    # «…» around a company's name, glued to a clitic preposition by a tatweel (لـ«…») or repeated after an
    # opinion verb, names the company: nobody said it.
    a = _analysed("وقعت شركة «نفطكو» اتفاقية مع شركة «غازبرا» البرازيلية في الرياض يوم الثلاثاء.\n\n"
                  "وقال المدير التنفيذي لـ«نفطكو» إن المشروع يسير وفق الخطة الموضوعة.\n\n"
                  "ويرى محللون أن الاتفاقية تمنح «غازبرا» منفذاً جديداً إلى أسواق آسيا.\n")
    assert [q.kind for q in a.quotes] == ["term"] * 4
    assert all(q.speaker is None for q in a.quotes)


def test_unnamed_analysts_give_their_own_figure() -> None:
    # "ويرى محللون أن …": the plural experts' word is a source of its own, not the minister quoted before.
    a = _analysed("قال وزير الاستثمار خالد الفالح إن حجم التبادل التجاري بين البلدين بلغ 7 مليارات دولار.\n\n"
                  "ويرى محللون أن الاتفاقية تمنح الشركة منفذاً إلى سوق يتجاوز استهلاكها 3 ملايين برميل يومياً.\n")
    speakers = {n.surface: n.speaker for n in a.numbers}
    assert speakers["7 مليارات دولار"] == "خالد الفالح"
    assert speakers["3 ملايين برميل"] is None


def test_a_role_whose_body_is_quoted_after_a_glued_clitic_introduces_the_name_after_it() -> None:
    # "الرئيس التنفيذي لـ«نفطكو» أمين الصالح": the quoted company ends the role phrase, and أمين opens a name
    # (Amin), no office of its own.
    a = _analysed("وقال وزير الطاقة سعيد العمري إن المشروع مهم، مضيفاً: «هذه الشراكة بداية وليست نهاية».\n\n"
                  "وأوضح الرئيس التنفيذي لـ«نفطكو» أمين الصالح أن المصفاة جاهزة، وقال: «سنعمل مع شركائنا على رفع "
                  "الكفاءة».\n")
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["سعيد العمري", "أمين الصالح"]


def test_the_verb_opening_a_clause_is_no_given_name_of_the_surname_after_it() -> None:
    # Arabic opens the clause with its verb ('وأشاد سعيدي بالدور …', and Saidi praised the role): the word before a
    # surname named alone there is the verb, not the given name the person's full name would show.
    text = ("مسقط\n\nاستقبل الوزير العماني اليوم الدكتور كريم سعيدي رئيس البرلمان الإيراني في مسقط.\n\n"
            "وأشاد سعيدي بالدور العماني في المنطقة، وقال في كلمته: «إن بلادنا تنظر إلى عمان باعتبارها شريكا استراتيجيا».\n")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes] == ["كريم سعيدي"]
