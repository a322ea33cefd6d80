"""Urdu: detection by script (told apart from Arabic and Persian, which share its letters, on short texts too),
the Urdu full stop ۔, and the word lists in digest/data/ur read through the public stages and on whole articles.
Urdu is Hindi's spoken language in the Perso-Arabic script: its speakers are read by the uncased machinery with
Hindi's verb-last data (the subject marker نے, the genitive کا/کی/کے) and Persian's role order (وزیر خارجہ)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLES = ("ur_islamabad.txt", "ur_moscow.txt", "ur_kabul.txt")
NEWS = "وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔"


def _analyse(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


@pytest.mark.parametrize("name", ARTICLES)
def test_urdu_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ur"


def test_urdu_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ur"
    # Short headlines: one with Urdu's own letters, one with only its function words.
    assert detect("شہباز شریف کا دورہ چین، تجارتی معاہدوں پر دستخط") == "ur"
    assert detect("صدر پیوٹن اور وزیر خارجہ لاوروف کا استقبال کیا گیا") == "ur"
    assert supported("ur") and word_lists("ur") == "ur"


@pytest.mark.parametrize("name", ("fa_tehran.txt", "fa_ankara.txt", "fa_moskva.txt", "fa_pekan.txt"))
def test_persian_stays_persian(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "fa"


@pytest.mark.parametrize("name", ("ar_ziyara.txt", "ar_amman.txt", "ar_berlin.txt", "ar_ankara.txt"))
def test_arabic_stays_arabic(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ar"


def test_short_neighbours_keep_their_languages() -> None:
    assert detect("رئیس‌جمهور ایران امروز وارد اسلام‌آباد شد و با نخست‌وزیر پاکستان دیدار کرد.") == "fa"
    assert detect("وصل رئيس الوزراء الباكستاني إلى الرياض في زيارة رسمية تستغرق يومين.") == "ar"


def test_the_lexicon_reads_the_urdu_lists() -> None:
    from digest.speakers import LANGS, lexicon
    lex = lexicon("ur")
    assert "ur" in LANGS
    for verb in ("کہا", "بتایا", "کہنا", "کہتے", "زور"):
        assert lex.is_speech_verb(verb), verb
    for role in ("وزیراعظم", "صدر", "وزیر", "ترجمان", "سفیر", "سینیٹر", "ماہر"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # A role before the name, the ergative نے and the verb after it; the role's field after the role word.
        ('وزیر خارجہ نادر علی قریشی نے کہا: "ہم تیار ہیں۔"', "ہم تیار", "نادر علی قریشی"),
        # 'X کا کہنا تھا کہ' (X's word was that), no role.
        ('بات چیت لمبی چلی۔ فرحانہ جمیل کا کہنا تھا کہ "معاہدہ جلد ہوگا۔"', "معاہدہ", "فرحانہ جمیل"),
        # A role of two words (تجزیہ کار) and a title between it and the name.
        ('تجزیہ کار ڈاکٹر سلمان رضوی نے کہا: "سرمایہ کاری اگلے سال بڑھے گی۔"', "سرمایہ", "سلمان رضوی"),
        # The cue after the quotation, its verb far after the subject's نے.
        ('"ہم کسی دباؤ میں نہیں آئیں گے،" سفیر کامران یوسف نے صحافیوں سے گفتگو میں کہا۔', "ہم کسی", "کامران یوسف"),
        ('"بات چیت مفید رہی،" نادیہ خٹک نے پارلیمنٹ میں اپنے خطاب کے دوران کہا۔', "بات چیت", "نادیہ خٹک"),
        # The pronoun انہوں / ان stands for the last person named.
        ('صدر کامران یوسف کابل پہنچے۔ انہوں نے کہا: ‘افغانستان ہمارا برادر ملک ہے۔’', "افغانستان", "کامران یوسف"),
        ('صدر کامران یوسف کابل پہنچے۔ ان کا کہنا تھا کہ “ہم امن چاہتے ہیں۔”', "ہم امن", "کامران یوسف"),
        # The role alone later: its field after it is no name ('وزیر دفاع نے', not a person 'دفاع').
        ('وزیر دفاع طارق محمود نے ملاقات کی۔ وزیر دفاع نے کہا: "ہم تیار ہیں۔"', "ہم تیار", "طارق محمود"),
        # The ezafe written as a kasra on the role word (وزیرِ داخلہ) joins its field as a space does: the field is
        # the role's, and the pronoun after stands for the minister named, not the first speaker.
        ('وزیرِ اعظم نادر علی قریشی نے کہا: "ہم تیار ہیں۔" وفاقی وزیرِ داخلہ سلیم اختر بھی وہاں موجود تھے۔ '
         'انہوں نے بتایا کہ "سرحد پر امن ہے۔"', "سرحد", "سلیم اختر"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n" + text + "\n\nاجلاس کے بعد سب رہنما واپس چلے گئے۔", "ur")
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker
    assert "دفاع" not in a.people and "واپس" not in a.people


def test_a_whole_urdu_article() -> None:
    a = _analyse((DATA / "ur_islamabad.txt").read_text("utf-8"))
    assert a.lang == "ur"
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers["پاکستان او"] == "شہباز شریف"
    assert speakers["ٹرانس افغا"] == "شوکت مرزیایوف"
    assert speakers["ہم نے عالم"] == "اسحاق ڈار"
    assert speakers["وسطی ایشیا"] == "عائشہ صدیقی"
    assert speakers["یہ صرف ایک"] == "علی محمد خان"
    roles = {name: role for name, role, _ in a.roles}
    assert roles["عائشہ صدیقی"] == "تجزیہ کار" and roles["علی محمد خان"] == "رکن قومی اسمبلی"


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("تجارت 65 ارب ڈالر تک پہنچ گئی", 65e9, "USD", None),
        ("5,000 کروڑ روپے کی سرمایہ کاری کی جائے گی", 5e10, "PKR", None),
        ("سودا ۳۰۰ کروڑ بھارتی روپے کا ہے", 3e9, "INR", None),
        ("تقریباً 2.5 لاکھ طلبہ روسی زبان سیکھ رہے ہیں", 250_000, None, "about"),
        ("ہر سال 18 ہزار طلبہ جاتے ہیں", 18_000, None, None),
        ("تیل کی درآمدات میں حصہ 35 فیصد ہے", 35, "%", None),
        ("روس پاکستان کو سالانہ 25 لاکھ ٹن گندم دے گا", 2.5e6, "t", None),
        ("راہداری کی لمبائی ۷۶۰ کلومیٹر ہوگی", 760, "km", None),
        ("کمپنی نے 1.2 ارب یورو جمع کیے", 1.2e9, "EUR", None),
        ("منصوبے پر 12 ملین ڈالر خرچ ہوں گے", 12e6, "USD", None),
        ("100 سے زائد کمپنیاں شریک ہوئیں", 100, None, "more than"),
        ("اجلاس میں 40 سے زیادہ ممالک کے وفود شریک ہوئے", 40, None, "more than"),
        ("دونوں رہنماؤں کے درمیان ساڑھے تین گھنٹے طویل ملاقات ہوئی", 3.5, "hours", None),
        ("سیلاب سے ڈھائی لاکھ افراد متاثر ہوئے", 250_000, None, None),
    ],
)
def test_urdu_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n" + text + "۔\n\nاجلاس کے بعد سب رہنما واپس چلے گئے۔", "ur")
    figs = [n for n in a.numbers if n.unit != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("ارب", "کروڑ", "لاکھ", "ہزار", "فیصد", "روپے")
    assert figs[0].qualifier == qualifier


def test_a_reported_figure_is_labelled_after_that() -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\nوزیر خارجہ اسحاق ڈار نے کہا کہ منصوبے کی لاگت 4.8 ارب ڈالر ہے۔", "ur")
    assert [(n.value, n.unit, n.what) for n in a.numbers] == [(4.8e9, "USD", "منصوبے")]


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("اسلام آباد (ویب ڈیسک) وزیر اعظم نے 12 نومبر 2025 کو ملاقات کی۔", "2025-11-12"),
        ("شائع شدہ: 3 فروری 2026", "2026-02-03"),
        ("۱۵ اپریل ۲۰۲۶", "2026-04-15"),
        ("جمعرات 20 مئی 2027", "2027-05-20"),
        ("اپ ڈیٹ 04 دسمبر 2025 09:15pm", "2025-12-04"),
    ],
)
def test_urdu_dates(dateline: str, date: str) -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n" + dateline + "\n\nوزیر اعظم نے آج ملاقات کی اور ایک ہفتہ بعد دوبارہ ملیں گے۔", "ur")
    assert a.date == date


def test_a_weekday_beside_ko_is_a_day_and_a_week_is_none() -> None:
    from digest.dates import is_weekday
    assert is_weekday("منگل", "ur") and is_weekday("اتوار", "ur")
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n12 نومبر 2025\n\nوزیر اعظم نے ایک ہفتہ قبل ملاقات کی تھی اور وہ پیر کو چین جائیں گے۔", "ur")
    assert a.date == "2025-11-12" and "2025-11-15" not in a.dates


def test_the_visit_is_placed_and_titled() -> None:
    from digest.places import lookup
    for form, name in (("اسلام آباد", "Islamabad"), ("ماسکو", "Moscow"), ("بیجنگ", "Beijing"), ("نئی دہلی", "New Delhi"),
                       ("کابل", "Kabul"), ("تہران", "Tehran"), ("ریاض", "Riyadh"), ("انقرہ", "Ankara"), ("تاشقند", "Tashkent")):
        assert lookup(form) is not None and lookup(form).name == name, form
    from digest.speakers import names_head
    assert names_head("وزیر اعظم", "ur") and names_head("صدر", "ur") and not names_head("وزیر خارجہ", "ur")
    from digest import visits
    from digest.config import Config
    from digest.model import Article
    text = (DATA / "ur_islamabad.txt").read_text("utf-8")
    a = _analyse(text)
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    # The prime minister receiving the guest is the host, not the foreign minister quoted more.
    assert found[0].title == "مرزیایوف visits Sharif in Islamabad"


def test_nairobi_and_kenya_in_urdu_and_a_dateline() -> None:
    from digest import places
    assert places.lookup("نیروبی").name == "Nairobi" and places.lookup("کینیا").name == "Kenya"
    text = "نیروبی: وزیر خارجہ نے کینیا کے صدر سے ملاقات کی۔"
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ur")] == ["Nairobi", "Kenya"]


def test_zanzibar_in_urdu_and_arabic_is_a_place() -> None:
    from digest import places
    assert places.lookup("زنجبار").name == "Zanzibar"
    text = "زنجبار: صدر نے وزیر سے ملاقات کی۔"
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ur")] == ["Zanzibar"]


def test_an_urdu_and_a_latin_report_of_one_meeting_are_one_visit_with_one_host(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The host's family name has a و before a long vowel's letter, the consonant w (شیروانی, Sherwani): the two
    # reports' forms are one person, and the Urdu report joins the Latin one's visit.
    from digest import pipeline
    from digest.config import Config
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "u.txt").write_text(
        "۳ نومبر ۲۰۲۶\n\nزنجبار: صدر مملکت عارف کمال نے زنجبار کے صدر نوید شیروانی سے ملاقات کی۔ شیروانی نے کہا: "
        "“ہم سرمایہ کاروں کو خوش آمدید کہتے ہیں۔”\n", "utf-8")
    (tmp_path / "in" / "e.txt").write_text(
        "3 November 2026\n\nZANZIBAR - President Arif Kamal of Pakistan met the President of Zanzibar, Navid "
        "Sherwani, today. \"We welcome investors,\" Sherwani said.\n", "utf-8")
    found = pipeline.build([str(tmp_path / "in")], Config(), use_cache=False, jobs=1).visits
    assert len(found) == 1 and found[0].place == "Zanzibar"
    assert sum("Sherwani" in p or "شیروانی" in p for p in found[0].participants) == 1


def test_urdu_name_keys_keep_urdu_letters() -> None:
    from digest.visits import _fold
    # ڈار (Dar) and اور (and) are two keys: the retroflex ڈ is read as d, ہ ے ں ٹ ڑ ھ as letters.
    assert _fold("ڈار") != _fold("اور") and _fold("ٹرمپ") == "trmp" and _fold("شہباز") == "shhbaz"


def test_sentences_end_at_the_urdu_full_stop_and_question_mark() -> None:
    text = "اسلام آباد میں اجلاس\n\nاجلاس دو گھنٹے جاری رہا۔ کیا یہ کافی ہے؟ ماہرین کا خیال ہے کہ نہیں۔"
    a = _analyse(text, "ur")
    assert [text[s.start : s.end] for s in a.sentences][-3:] == [
        "اجلاس دو گھنٹے جاری رہا۔", "کیا یہ کافی ہے؟", "ماہرین کا خیال ہے کہ نہیں۔"]


def test_urdu_doubled_quotation_marks() -> None:
    # Urdu sites type ’’ to open and ‘‘ to close (or the other way round): one quotation, its cue after it.
    for text in ('امیر خان متقی کا کہنا ہے کہ افغانستان محفوظ ہے۔ ’’ہم نے یہ یقین دہانی کرائی تھی،‘‘ متقی نے کہا۔',
                 'امیر خان متقی نے کہا کہ افغانستان محفوظ ہے۔ ‘‘ہم نے یہ یقین دہانی کرائی تھی،’’ متقی نے کہا۔'):
        a = _analyse("کابل میں اہم اجلاس\n\n" + text, "ur")
        assert [(q.text[:10], q.speaker) for q in a.quotes] == [("ہم نے یہ ی", "امیر خان متقی")]
        # The sentence holding the quotation opens on both marks: no ’ is left out of it.
        body = "کابل میں اہم اجلاس\n\n" + text
        assert any(body[s.start : s.end].startswith(text.split("۔ ")[1][:3]) for s in a.sentences)


def test_a_second_and_third_urdu_article() -> None:
    a = _analyse((DATA / "ur_kabul.txt").read_text("utf-8"))
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers == {"چین افغانس": "وانگ ای", "ہم نے ماضی": "امیر خان متقی", "پاکستان او": "اسحاق ڈار",
                        "بیجنگ اب ص": "سیدہ نرگس بخاری"}
    roles = {name: role for name, role, _ in a.roles}
    # A title between the role's field and the name ('ماہر بین الاقوامی تعلقات ڈاکٹر …'); امیر is a given name.
    assert roles["سیدہ نرگس بخاری"] == "ماہر بین الاقوامی تعلقات" and roles["وانگ ای"] == "چینی وزیر خارجہ"
    assert "اگلا اجلاس" not in a.signals.forms and a.date == "2025-12-21"
    b = _analyse((DATA / "ur_moscow.txt").read_text("utf-8"))
    speakers = {q.text[:10]: q.speaker for q in b.quotes}
    assert speakers["بھارت ہمار"] == "ولادیمیر پیوٹن" and speakers["دنیا ایک م"] == "نریندر مودی"
    assert speakers["ہم چاہتے ہ"] == "سبرامنیم جے شنکر" and speakers["یہ دورہ مغ"] == "الیکسی کوپریانوف"
    assert speakers["ایس 400 می"] is None  # an unnamed official
    assert {(n.value, n.unit) for n in b.numbers} >= {(100e9, "USD"), (3e6, "t"), (65.7e9, "USD"), (80, "%")}
    assert b.date == "2026-07-08" and b.places[0] == "Moscow"


def test_the_host_welcoming_the_guest_in_a_verb_last_clause() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article
    text = (DATA / "ur_kabul.txt").read_text("utf-8")
    a = _analyse(text)
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    # 'متقی نے ان کا استقبال کیا' (Muttaqi welcomed him): the host; the Pakistani minister came as a guest.
    assert found[0].title.endswith("visits Muttaqi in Kabul")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The speech verb's subject before نے, past its addressee (صحافیوں کو).
        ("وزیر خارجہ اسحاق ڈار نے صحافیوں کو بتایا کہ منصوبے کی لاگت 4.8 ارب ڈالر ہے", "اسحاق ڈار"),
        # A source before the postposed 'according to' (کے مطابق).
        ("ترجمان دمتری پیسکوف کے مطابق روس سالانہ 30 لاکھ ٹن کھاد فراہم کرے گا", "دمتری پیسکوف"),
        # An institution's: no one.
        ("وزارت کے مطابق روس سالانہ 30 لاکھ ٹن کھاد فراہم کرے گا", None),
    ],
)
def test_a_figure_is_its_speakers(text: str, speaker: str | None) -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n" + text + "۔", "ur")
    assert [n.speaker for n in a.numbers] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('وزیراعظم شہباز شریف نے اپنے بیان میں کہا کہ "ہم تیار ہیں۔"', "شہباز شریف", "وزیراعظم"),
        ('صدر مملکت آصف علی زرداری نے زور دے کر کہا: "ہم تیار ہیں۔"', "آصف علی زرداری", "صدر مملکت"),
        ('ترک صدر رجب طیب اردوان نے مزید کہا کہ "ہم تیار ہیں۔"', "رجب طیب اردوان", "ترک صدر"),
        # A military rank is the name's title, not its words.
        ('آرمی چیف فیلڈ مارشل عاصم منیر نے کہا: "ہم تیار ہیں۔"', "عاصم منیر", "آرمی چیف"),
        ('وزیر اطلاعات عطا تارڑ کے بقول "ہم تیار ہیں۔"', "عطا تارڑ", "وزیر اطلاعات"),
        # The ezafe's kasra (وزیرِ خزانہ): the field stays the role's, never the name's first word.
        ('وزیرِ خزانہ عطا تارڑ نے کہا: "ہم تیار ہیں۔"', "عطا تارڑ", "وزیرِ خزانہ"),
    ],
)
def test_roles_and_titles(text: str, speaker: str, role: str) -> None:
    a = _analyse("اسلام آباد میں اہم اجلاس\n\n" + text, "ur")
    assert [q.speaker for q in a.quotes] == [speaker]
    assert {name: r for name, r, _ in a.roles}[speaker] == role


# A Turkish-style visit told in Urdu: the guest's office has two fields joined by و, and a headline-like line names
# "the Iranian minister" before the text introduces him.
_GUEST = ("لاہور میں اہم ملاقات\n\nوزیر تجارت جام کمال نے پیر کو ایک اجلاس کی صدارت کی۔ ایرانی وزیر بھی پیر کو لاہور پہنچ گئے۔\n\n"
          "جام کمال نے ایران کے وزیر صنعت و ٹیکنالوجی علی رضا نوری کا استقبال کیا۔\n\n"
          "جام کمال نے کہا کہ ’’ہم دونوں ملکوں کے درمیان تجارت کو اگلے سال تک دوگنا کرنا چاہتے ہیں۔‘‘\n\n"
          "ایرانی وزیر نے کہا: ’’ایران پاکستان کو صرف منڈی نہیں بلکہ ایک قریبی شراکت دار سمجھتا ہے۔‘‘\n")


def test_a_nationality_role_cue_is_the_guest_introduced_with_that_country() -> None:
    a = _analyse(_GUEST, "ur")
    # (The minister's field, صنعت و ٹیکنالوجی, is no name's word; the early guess of "the Iranian minister" gives way.)
    assert [q.speaker for q in a.quotes] == ["جام کمال", "علی رضا نوری"]
    assert "صنعت" not in " ".join(a.people)


def test_a_field_after_the_role_is_no_name() -> None:
    a = _analyse("لاہور میں اہم ملاقات\n\nترک وزیر صنعت محمد علی یلماز نے کہا: ’’ہم پاکستان کے ساتھ دفاعی پیداوار میں"
                 " شراکت بڑھانا چاہتے ہیں۔‘‘\n", "ur")
    assert [q.speaker for q in a.quotes] == ["محمد علی یلماز"]


def test_a_superscript_alef_inside_a_name_and_begum_before_it() -> None:
    """'مولانا عبدالرحمٰن خٹک' writes a superscript alef inside a word, which the pipeline moves after it: the name's
    words stay one run (not 'خٹک' alone); 'بیگم' before a woman's name is a title, no word of her name."""
    text = ("اسلام آباد (نمائندہ خصوصی) وزیر تجارت جمیل احمد نے منگل کو چینی وفد سے ملاقات کی۔\n\n"
            "سینیٹر مولانا عبدالرحمٰن خٹک نے کہا کہ حکومت ہر معاہدے کو تاریخی قرار دیتی ہے۔\n\n"
            "’’ان وعدوں پر پہلے بھی عمل نہیں ہوا،‘‘ مولانا خٹک نے کہا۔\n\n"
            "وزارت کی سیکریٹری بیگم نازیہ خان نے بتایا کہ اس وقت چین کی سو سے زائد کمپنیاں کام کر رہی ہیں۔\n\n"
            "’’ان میں سے بیس کمپنیاں صرف توانائی کے شعبے میں ہیں،‘‘ بیگم نازیہ خان نے کہا۔\n")
    quotes = _analyse(text, "ur").quotes
    assert next(q.speaker for q in quotes if q.text.startswith("ان وعدوں")) == "عبدالرحمٰن خٹک"
    assert next(q.speaker for q in quotes if q.text.startswith("ان میں سے")) == "نازیہ خان"
