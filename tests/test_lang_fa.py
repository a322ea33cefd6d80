"""Persian: detection (told from Arabic by its letters), the word lists in digest/data/fa, the uncased speaker path
with Persian's word order (the subject opens the clause a speech verb ends, the name before its role), read through
the public stages and on whole articles of my own (tests/data/fa_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("fa_tehran.txt", "fa_ankara.txt", "fa_moskva.txt", "fa_pekan.txt")
SETTINGS = Settings(summary=SummarySettings(), limits=Limits())


def _analysis(name: str):  # type: ignore[no-untyped-def]
    return analyse((DATA / name).read_text("utf-8"), SETTINGS)


def _speakers(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in _analysis(name).quotes:
        out.setdefault(q.speaker or "", []).append(q.text)
    return out


@pytest.mark.parametrize("name", ARTICLES)
def test_persian_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "fa"


def test_persian_is_read_with_its_own_lists() -> None:
    assert supported("fa") and "fa" in LANGS and word_lists("fa") == "fa"
    assert detect("پزشکیان در دیدار با همتای روسی خود گفت که روابط دو کشور گسترش می‌یابد") == "fa"


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "ar_ziyara.txt").read_text("utf-8")) == "ar"
    assert detect((DATA / "tr_ziyaret.txt").read_text("utf-8")) == "tr"


def test_the_joiner_keeps_a_word_whole() -> None:
    """رئیس‌جمهور is one word: a name after it and a name before it are read, the quotation shown as written."""
    a = analyse("علی‌رضا نوری، کارشناس مسائل منطقه، گفت: «این سفر می‌تواند روابط را گسترش دهد.»", SETTINGS)
    assert [q.text for q in a.quotes] == ["این سفر می‌تواند روابط را گسترش دهد."]
    assert a.quotes[0].speaker is not None and "نوری" in a.quotes[0].speaker


def test_the_headline_is_shown_as_written() -> None:
    """Persian digits and the joiner are read one character for one: the headline keeps them as written."""
    title = "وزیر اقتصاد در تالین: تجارت دو کشور ۱۲ میلیارد دلار می‌رسد"
    body = ("وزیر امور اقتصادی و دارایی ایران روز دوشنبه در تالین با همتای استونیایی خود دیدار و گفت‌وگو کرد. "
            "دو طرف درباره گسترش همکاری‌های اقتصادی و تجاری میان دو کشور و سرمایه‌گذاری مشترک گفت‌وگو کردند.")
    assert analyse(f"{title}\n\n{body}\n", SETTINGS).title == title


def test_speakers_of_an_irna_report() -> None:
    speakers = _speakers("fa_tehran.txt")
    assert len(speakers.get("مسعود پزشکیان", [])) == 2  # 'پزشکیان … گفت:' and 'وی افزود:'
    assert any("توکایف" in s for s in speakers)  # 'رئیس‌جمهور قزاقستان نیز اظهار داشت:'
    assert "عباس عراقچی" in speakers  # 'سید عباس عراقچی وزیر امور خارجه …' (سید is a title)
    assert "اسماعیل بقائی" in speakers  # 'به گفته اسماعیل بقائی سخنگوی …', then 'بقائی تصریح کرد:'
    assert any("نوری" in s for s in speakers)  # 'علی‌رضا نوری، کارشناس …، به ایرنا گفت:'
    assert "" not in speakers


def test_speakers_of_a_bbc_report() -> None:
    speakers = _speakers("fa_ankara.txt")
    assert "هاکان فیدان" in speakers  # 'آقای فیدان … گفت:' after 'هاکان فیدان، وزیر امور خارجه ترکیه،'
    assert len(speakers.get("عباس عراقچی", [])) >= 2  # 'وزیر امور خارجه ایران عباس عراقچی' (a place ends the role)
    assert len(speakers.get("مریم صالحی", [])) == 2  # 'او می‌گوید … «…»'


def test_a_country_of_two_words_after_a_role_is_no_speaker() -> None:
    """'وزیر امور خارجه ایالات متحده نیز گفت': the role's country is two words (the United States), neither a place
    alone; it is no one's name, and the quotation is not the country's."""
    text = ("دیدار در تهران\n۱۹ آبان ۱۴۰۵\nعباس عراقچی روز سه‌شنبه در تهران با همتای خود دیدار کرد. "
            "وزیر امور خارجه ایالات متحده نیز در این دیدار گفت: «ما به همکاری با ایران ادامه می‌دهیم.»")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="fa"))
    assert not any("متحده" in (q.speaker or "") for q in a.quotes)
    assert not any("متحده" in p for p in a.people)


def test_a_company_named_after_its_word_is_no_person() -> None:
    """'مدیرعامل شرکت پارس‌گاز' shows پارس‌گاز a company's name: a role before it elsewhere ('مدیرعامل پارس‌گاز
    گفت') makes it no speaker; the chief executive named in full is."""
    text = ("دیدار در تهران\n۱۹ آبان ۱۴۰۵\nوزیر نفت با مدیرعامل شرکت پارس‌گاز دیدار کرد. "
            "رضا کاظمی مدیرعامل پارس‌گاز در این دیدار حضور داشت.\n\n"
            "«ما آماده همکاری هستیم»، مدیرعامل پارس‌گاز تأکید کرد.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="fa"))
    assert not any("پارس" in (q.speaker or "") for q in a.quotes)
    assert not any("پارس" in p for p in a.people)


def test_no_noun_before_a_light_verb_is_a_name() -> None:
    """'رئیس‌جمهور کشورمان قرار گرفت': قرار makes a compound verb with گرفت, it is no name after the role."""
    people = _analysis("fa_tehran.txt").people
    assert not any("قرار" in p or "مسائل" in p for p in people)


def _figures(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    """The figures of a Persian sentence read as the pipeline reads it (digits, ٫ ٬ and the joiner first)."""
    from digest.numbers import scan
    from digest.pipeline import _arabic_script_marks, _joiners_as_letters

    return [(f.value, f.value_end, f.unit, f.qualifier) for f in scan(_joiners_as_letters(_arabic_script_marks(text)), "fa")
            if f.kind != "date"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("حجم تجارت به ۳ میلیارد دلار رسید", 3e9, "USD"),
        ("قراردادی به ارزش ۵۰۰ میلیون یورو", 500e6, "EUR"),
        ("رشد ۱۸٫۵ درصدی صادرات", 18.5, "%"),  # the Persian decimal separator ٫
        ("حجم مبادلات ۲/۵ میلیارد دلار بود", 2.5e9, "USD"),  # a slash between Persian digits is one too
        ("بودجه ۱۲٬۵۰۰ میلیارد تومان", 12_500e9, "IRT"),  # the thousands separator ٬; toman kept as written
        ("اعتباری معادل ۱۲۰ هزار میلیارد ریال", 120e12, "IRR"),
        ("خط ریلی به طول ۹۲۵ کیلومتر", 925, "km"),
        ("سالانه ۹ میلیارد متر مکعب گاز", 9e9, "m³"),
        ("تورم به 40 درصد رسید", 40, "%"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = _figures(text)
    assert figs and figs[0][0] == pytest.approx(value) and figs[0][2] == unit, figs


def test_qualifiers_ranges_and_years() -> None:
    assert _figures("حدود ۵۰۰ میلیون دلار")[0][3] == "about"
    assert _figures("بیش از ۲ میلیون گردشگر")[0][3] == "more than"
    assert _figures("نزدیک به ۵٫۴ میلیارد دلار")[0][3] == "almost"
    assert _figures("بین ۵ تا ۷ میلیارد دلار")[0][:3] == (5e9, 7e9, "USD")
    assert _figures("صادرات در سال ۱۴۰۴ افزایش یافت") == []  # a year after سال is a date
    assert _figures("تاریخ ۱۴۰۵/۰۸/۲۱") == []  # a date's slashes stay slashes


def test_numbers_of_an_article() -> None:
    numbers = {(n.value, n.unit) for n in _analysis("fa_tehran.txt").numbers}
    assert {(3e9, "USD"), (500e6, "USD"), (925, "km"), (18.5, "%"), (320e6, "USD")} <= numbers


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1405, 1, 1), (2026, 3, 21)),  # the brief's new year's day
        ((1404, 1, 1), (2025, 3, 21)),
        ((1403, 1, 1), (2024, 3, 20)),  # 1403 is a leap year: it opens a day early
        ((1403, 12, 30), (2025, 3, 20)),  # the 30th of Esfand exists in a leap year only
        ((1399, 1, 1), (2020, 3, 20)),
        ((1407, 1, 1), (2028, 3, 20)),
        ((1405, 9, 1), (2026, 11, 22)),  # ۱ آذر ۱۴۰۵
        ((1404, 10, 11), (2026, 1, 1)),  # Dey crosses the Gregorian new year
        ((1357, 11, 22), (1979, 2, 11)),
    ],
)
def test_solar_hijri_dates(solar: tuple[int, int, int], gregorian: tuple[int, int, int]) -> None:
    from datetime import date

    from digest.dates import solar_hijri_date

    assert solar_hijri_date(*solar) == date(*gregorian)


def test_days_a_solar_month_lacks() -> None:
    from digest.dates import solar_hijri_date

    assert solar_hijri_date(1404, 12, 30) is None  # 1404 is a common year
    assert solar_hijri_date(1405, 7, 31) is None  # Mehr has 30 days


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        ("تهران - ایرنا - ۱ آذر ۱۴۰۵ - رئیس‌جمهور وارد شد.", (2026, 11, 22)),
        ("وی روز سه‌شنبه ۲۱ آبان ۱۴۰۵ وارد مسکو شد.", (2026, 11, 12)),
        ("این نشست در ۱۲ نوامبر ۲۰۲۶ برگزار شد.", (2026, 11, 12)),
        ("قرارداد در ۵ ژانویه ۲۰۲۷ امضا شد.", (2027, 1, 5)),
    ],
)
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    from digest import dates
    from digest.pipeline import _arabic_script_marks, _joiners_as_letters

    read = _joiners_as_letters(_arabic_script_marks(text))
    found = [m for m in dates.find(read, "fa", [(0, len(read))]) if m.month]
    assert found and (found[0].year, found[0].month, found[0].day) == ymd


def test_articles_are_dated_in_the_gregorian_calendar() -> None:
    assert _analysis("fa_tehran.txt").date == "2026-11-22"  # '۱ آذر ۱۴۰۵ - ۱۴:۳۵'
    assert _analysis("fa_ankara.txt").date == "2026-11-12"


def _visit(names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for name in names:
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, SETTINGS)
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    return visits.group(arts, Config())[1]


def test_a_state_visit_is_placed_dated_and_titled() -> None:
    found = _visit(("fa_tehran.txt",))
    assert len(found) == 1
    assert found[0].title == "توکایف visits Pezeshkian in Tehran"


def test_two_visits_to_one_city_stay_two() -> None:
    assert len(_visit(("fa_tehran.txt", "fa_ankara.txt"))) == 2


def test_places_in_persian() -> None:
    from digest import places

    for form, name in (("تهران", "Tehran"), ("مسکو", "Moscow"), ("پکن", "Beijing"), ("آنکارا", "Ankara"),
                       ("قزاقستان", "Kazakhstan"), ("ترکیه", "Turkey")):
        found = places.lookup(form)
        assert found is not None and found.name == name, form
    assert places.demonym("ایرانی") == "IR" and places.demonym("ترکیهـای") == "TR"


def test_an_unnamed_spokesman_is_no_one_named_before() -> None:
    """'سخنگوی وزارت امور خارجه ایران … تاکید کرد: «…»' with no spokesman named: no article says he is new, but he
    is neither the minister nor the president the text named last."""
    speakers = _speakers("fa_ankara.txt")
    assert any("نهایی نشده" in q for q in speakers.get("", []))


def test_speakers_of_an_isna_report() -> None:
    speakers = _speakers("fa_moskva.txt")
    assert len(speakers.get("ولادیمیر پوتین", [])) == 2  # 'رئیس‌جمهور روسیه … گفت:' and 'پوتین … افزود:'
    assert len(speakers.get("مسعود پزشکیان", [])) == 1
    assert "دیمیتری پسکوف" in speakers and "محمدرضا عارف" in speakers
    assert len(speakers.get("حمید رضایی", [])) == 2  # 'وی گفت:' is the professor's
    # 'رئیس‌جمهور روسیه دیدار و گفت‌وگو کرد': دیدار is a compound verb's noun, no name.
    assert not any("دیدار" in p for p in _analysis("fa_moskva.txt").people)


def test_the_guest_is_told_by_the_role_after_his_name() -> None:
    """'مسعود پزشکیان رئیس‌جمهوری اسلامی ایران … با ولادیمیر پوتین رئیس‌جمهور روسیه' in Moscow: the country of
    each role, set after the name, tells the guest from the host."""
    found = _visit(("fa_moskva.txt",))
    assert found[0].title == "Pezeshkian visits Putin in Moscow"


def test_roles_set_after_the_name() -> None:
    """'اسماعیل بقائی سخنگوی وزارت امور خارجه، …', 'محمدرضا عارف معاون اول رئیس‌جمهور که …': the role follows its
    holder's name with no comma, and ends where the clause's function words begin."""
    roles = {p: r for p, r, _ in _analysis("fa_tehran.txt").roles}
    assert roles.get("اسماعیل بقائی") == "سخنگوی وزارت امور خارجه"
    roles = {p: r for p, r, _ in _analysis("fa_moskva.txt").roles}
    assert roles.get("محمدرضا عارف") == "معاون اول رئیس‌جمهور"
    assert roles.get("دیمیتری پسکوف") == "سخنگوی کرملین"
    assert roles.get("ولادیمیر پوتین") == "رئیس‌جمهور روسیه"


def test_our_country_s_minister_is_not_the_foreign_one() -> None:
    """'وانگ یی وزیر امور خارجه چین' ties Wang to China; 'وزیر امور خارجه کشورمان … گفت' (our country's, the
    outlet's: Iran's) is then Araghchi, and Wang Yi, a family name first, titles the visit as وانگ."""
    speakers = _speakers("fa_pekan.txt")
    assert any("بزرگ‌ترین شریک" in q for q in speakers.get("عباس عراقچی", []))
    assert len(speakers.get("وانگ یی", [])) == 1
    assert _visit(("fa_pekan.txt",))[0].title == "Araqchi visits Wang in Beijing"


def test_a_quoted_word_inside_the_clause_keeps_its_subject() -> None:
    """'پاشینیان … این سفر را «تاریخی» خواند و گفت: «…»': the quoted word does not open a new clause, so the
    clause's subject is still the name that opens it."""
    a = analyse("نیکول پاشینیان نخست‌وزیر ارمنستان این سفر را «تاریخی» خواند و گفت: «مرز ما با ایران مرز دوستی "
                "است.»", SETTINGS)
    assert [q.speaker for q in a.quotes if q.text.startswith("مرز")] == ["نیکول پاشینیان"]


def test_a_conflict_is_named_with_its_non_joiner() -> None:
    # The analysis reads a non-joiner inside a word as ـ; the conflict's name is shown as written.
    import dataclasses

    from digest.model import Article
    from digest.numbers import find_conflicts

    text = ("سرمایه‌گذاری در بندر\n\nوزیر راه روز چهارشنبه گفت سرمایه‌گذاری در این بندر به حدود ۳ میلیارد دلار می‌رسد.\n\n"
            "وزیر بعدا گفت سرمایه‌گذاری در این بندر ۴ میلیارد دلار خواهد بود.\n")
    a = analyse(text, SETTINGS)
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(a.numbers)]
    art = Article("a", "a.txt", text, a, lang="fa", visit="v", date="2026-03-04")
    assert [c.what for c in find_conflicts(nums, [art])] == ["سرمایه\u200cگذاری"]


def _one_visit(text: str):  # type: ignore[no-untyped-def]
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    a = analyse(text, SETTINGS)
    return visits.group([Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)], Config())[1]


def test_oman_is_oman_in_persian_and_amman_stays_amman_in_arabic() -> None:
    from digest import places

    text = "سفر وزیر به عمان"
    assert [f.place.name for f in places.find(text, [(0, len(text))], "fa")] == ["Oman"]
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ar")] == ["Amman"]


def test_a_wire_opening_place_dash_agency_dash_places_the_report() -> None:
    """'تهران- ایسنا- …': the city only the wire's opening names is where the report was filed."""
    text = ("دیدار وزیران\n\n۱۰ آبان ۱۴۰۵\n\nتهران- ایسنا- وزیر امور خارجه روز دوشنبه در دیدار با همتای خود گفت "
            "همکاری دو کشور رو به گسترش است.\n\nعلی کریمی وزیر امور خارجه در این دیدار گفت: «این سفر آغاز فصلی تازه است.»")
    assert [v.place for v in _one_visit(text)] == ["Tehran"]


def test_no_name_after_a_speech_verb_in_a_verb_final_clause() -> None:
    """'… گفت حجم صادرات …': what follows the verb is what was said, never its subject."""
    a = analyse("سخنگوی دولت روز یکشنبه گفت حجم صادرات غیرنفتی کشور افزایش یافته است. وی گفت: «این روند ادامه دارد.»",
                SETTINGS)
    assert not any("حجم" in p for p in a.people)


@pytest.mark.parametrize("opening", ["در همین حال، ", "اصفهان- ایسنا- دکتر "])
def test_a_name_in_apposition_after_an_opening_phrase_speaks(opening: str) -> None:
    a = analyse(f"{opening}حسن رضایی، استاد دانشگاه اصفهان، به خبرنگار ما گفت: «صادرات فرش دوباره رونق گرفته است.»",
                SETTINGS)
    assert [q.speaker for q in a.quotes] == ["حسن رضایی"]


def test_a_range_with_ta_and_half_a_scale() -> None:
    from digest.numbers import scan

    figs = [f for f in scan("هزینه حمل ۱۰ تا ۱۵ درصد کاهش یافت و نیم میلیون تن کالا جابه‌جا شد", "fa") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs][:2] == [(10, 15, "%"), (500_000, None, "t")]


def test_the_people_a_representative_speaks_for_are_no_name() -> None:
    # 'نماینده مردم شیراز' (representative of the people of Shiraz): مردم (the people) is nobody's name, and the
    # city after it no surname.
    text = ("در مقابل، رضا احمدی، نماینده مردم شیراز و از منتقدان دولت، به خبرنگار گفت: «این توافق کافی نیست.»\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="fa"))
    assert not any("مردم" in p for p in a.people)
    assert "رضا احمدی" in a.people


def test_a_pronoun_after_a_visit_verb_s_subject_is_that_subject() -> None:
    # 'X روز چهارشنبه … با Y دیدار کرد. وی گفت: «…»': a visit's noun and its light verb end the clause as a speech
    # verb does, so X, opening it, is its subject (and found as a name), and وی is X, not Y after با.
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    text = ("عراقچی در دوحه\n\n۲۰ آبان ۱۴۰۵، ۱۰:۰۰\n\nدوحه- ایرنا- وزیر امور خارجه کشورمان در دیدار با امیر قطر گفت "
            "روابط دو کشور رو به گسترش است.\n\nعباس عراقچی روز چهارشنبه در کاخ امیری دوحه با شیخ تمیم بن حمد آل ثانی "
            "دیدار کرد. وی گفت: «ایران و قطر می‌توانند همکاری خود را دو برابر کنند.»")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert [q.speaker for q in a.quotes] == ["عباس عراقچی"]


@pytest.mark.parametrize("opening", ["", "تهران - ایرنا - ", "شیراز- ایسنا- "])
def test_a_criticising_member_after_a_wire_dateline_speaks(opening: str) -> None:
    # 'انتقاد کرد' (criticised) is a cue verb, and a dateline opens the clause: the name after it is the subject.
    a = analyse(f"{opening}علی رضایی نماینده مجلس از شیراز اما انتقاد کرد: «دولت هیچ کاری برای این جاده انجام نداده "
                "است و مردم منتظرند.»", SETTINGS)
    assert [q.speaker for q in a.quotes] == ["علی رضایی"]


def test_a_company_named_after_its_word_is_no_speaker() -> None:
    # 'مدیرعامل شرکت لوک‌اویل' (the chief executive of the Lukoil company): the company's name is the role's, and
    # alone later ('مدیرعامل لوک‌اویل تأکید کرد') still the company's; 'کمیسیون صنایع' (the industry committee) too.
    text = ("وزیر صنعت در دیدار با مدیرعامل شرکت لوک‌اویل روسیه در تهران گفت: «همکاری دو کشور گسترش می‌یابد.»\n\n"
            "«ما به سرمایه‌گذاری در ایران متعهد هستیم»، مدیرعامل لوک‌اویل تأکید کرد.\n\n"
            "یکی از اعضای کمیسیون صنایع مجلس گفت: «این قرارداد کافی نیست.»\n")
    a = analyse(text, SETTINGS)
    assert len(a.quotes) == 3
    assert not any(q.speaker and ("لوک" in q.speaker or "صنایع" in q.speaker) for q in a.quotes)


@pytest.mark.parametrize(("a", "b", "same"), [("الکسی میلر", "Алексей Миллер", True),
                                              ("الکسی میلر", "Борис Миллер", False)])
def test_a_given_name_opening_with_al_meets_its_other_scripts(a: str, b: str, same: bool) -> None:
    # 'الکسی' (Alexei) loses its Al as the Arabic article does when keyed: the Persian and the Russian report of
    # one meeting named its guest in two scripts that did not meet, and made two visits of it.
    from digest.speakers import _same_bridged

    assert _same_bridged(a, b) is same


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A committee's member before a pronoun cue: the member's name, not the committee's field (انرژی, energy).
        ("علی نوری، عضو کمیسیون انرژی مجلس، این قرارداد را ناکافی دانست. وی گفت: «این رقم برای مردم کافی نیست.»",
         "علی نوری"),
        # "the energy minister" after 'X، وزیر انرژی و معادن عمان': X, no speaker named انرژی.
        ("سالم العوفی، وزیر انرژی و معادن عمان، در مسقط با وزیر نفت دیدار کرد.\n\n"
         "وزیر انرژی گفت: «عمان آماده است صادرات گاز به ایران را در سال آینده دو برابر کند.»", "سالم العوفی"),
    ],
)
def test_a_roles_field_word_is_no_speaker(text: str, speaker: str) -> None:
    a = analyse("دیدار در تهران\n\n" + text + "\n", Settings(SummarySettings(), Limits(), lang=None))
    assert [q.speaker for q in a.quotes] == [speaker]
