"""Pashto: detection by its own letters and function words (told apart from Persian, Urdu and Arabic, which share its
script), the word lists in digest/data/ps read through the public stages, and two whole articles of my own about one
visit (tests/data/ps_kabul.txt, ps_azadi.txt): quotes and speakers, figures, Solar Hijri and Gregorian dates, places,
furniture, summaries and the visit with its participants and title."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Config, Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.model import Article
from digest.pipeline import Settings, analyse
from digest.romanise import latin

DATA = Path(__file__).parent / "data"
ARTICLES = ("ps_kabul.txt", "ps_azadi.txt")
HEAD = "په کابل کې مهمه غونډه\n\n"
TAIL = "\n\nله غونډې وروسته ټول مشران بېرته ستانه شول."


def _analyse(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


def _article(name: str) -> Article:
    text = (DATA / name).read_text("utf-8")
    a = _analyse(text)
    return Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang)


@pytest.mark.parametrize("name", ARTICLES)
def test_pashto_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ps"


def test_pashto_is_detected_and_read_with_its_own_lists() -> None:
    # Short texts: one with Pashto's own letters, one a headline with only its function words and a ګ.
    assert detect("د پاکستان د بهرنیو چارو وزیر کابل ته ورسېد او له متقي سره یې وکتل.") == "ps"
    assert detect("متقي په کابل کې له ډار سره ولیدل") == "ps"
    assert supported("ps") and word_lists("ps") == "ps"


@pytest.mark.parametrize("name", ("fa_tehran.txt", "fa_ankara.txt", "fa_moskva.txt", "fa_pekan.txt"))
def test_persian_stays_persian(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "fa"


@pytest.mark.parametrize("name", ("ur_islamabad.txt", "ur_moscow.txt", "ur_kabul.txt"))
def test_urdu_stays_urdu(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ur"


@pytest.mark.parametrize("name", ("ar_ziyara.txt", "ar_amman.txt", "ar_berlin.txt", "ar_ankara.txt"))
def test_arabic_stays_arabic(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ar"


def test_short_neighbours_keep_their_languages() -> None:
    # A Persian text naming an Afghan province in its Pashto spelling (ننګرهار) stays Persian.
    assert detect("رئیس‌جمهور افغانستان امروز از ننګرهار دیدار کرد و با مقامات محلی گفتگو کرد.") == "fa"
    assert detect("وزیر اعظم نے کہا کہ پاکستان اور افغانستان کے درمیان تعلقات اہم ہیں۔") == "ur"
    assert detect("وصل وزير الخارجية الباكستاني إلى كابول في زيارة رسمية تستغرق يومين.") == "ar"


def test_the_lexicon_reads_the_pashto_lists() -> None:
    from digest.speakers import LANGS, lexicon
    lex = lexicon("ps")
    assert "ps" in LANGS
    for verb in ("وویل", "ویلي", "وايي", "زیاته", "څرګنده"):
        assert lex.is_speech_verb(verb), verb
    for role in ("وزیر", "ولسمشر", "ویاند", "سفیر", "شنونکی", "کارپوه"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # A role with its field before it (د بهرنیو چارو وزیر), the name, the verb and a colon.
        ("د بهرنیو چارو وزیر نادر علي قریشي وویل: «موږ چمتو یو.»", "موږ چمتو", "نادر علي قریشي"),
        # The cue after the quotation: the subject, then the verb.
        ("«سوداګري به زیاته شي،» شاه محمود حقاني وویل.", "سوداګري", "شاه محمود حقاني"),
        # The perfect 'ویلي دي' and the present 'وايي' (says).
        ("ویاند احمد ضیا سراج ویلي دي: «پوله به خلاصه وي.»", "پوله", "احمد ضیا سراج"),
        ("شنونکی ډاکټر نصیر احمد نوري وايي: “دا سفر ډېر مهم دی.”", "دا سفر", "نصیر احمد نوري"),
        # A compound cue after a pronoun: 'هغه زیاته کړه' (he added), 'هغه څرګنده کړه' (he stated).
        ("وزیر نادر علي قریشي کابل ته ورسېد. هغه زیاته کړه: «موږ سوله غواړو.»", "موږ سوله", "نادر علي قریشي"),
        ("وزیر نادر علي قریشي کابل ته ورسېد. هغه څرګنده کړه: «موږ سوله غواړو.»", "موږ سوله", "نادر علي قریشي"),
        # The clitic یې before the verb stands for the last person named: '«…» یې وویل'.
        ("وزیر نادر علي قریشي کابل ته ورسېد. «موږ سوله غواړو،» یې وویل.", "موږ سوله", "نادر علي قریشي"),
        # The title alone later stands for the one it named first.
        ("سفیر شاه محمود حقاني له وزیر سره وکتل. سفیر وویل: «خبرې ګټورې وې.»", "خبرې", "شاه محمود حقاني"),
        # A member of parliament or a senator (وکیله, سناتور) before the name: the pronoun after is hers, not the
        # minister's quoted before.
        ("«لارې خلاصې دي،» وزیر نادر علي قریشي وویل. پخوانۍ وکیله زرغونه احمدزۍ وویل چې ستونزې شته. "
         "هغې وویل: «زرګونه کورنۍ راستنې شوې دي.»", "زرګونه", "زرغونه احمدزۍ"),
        ("«لارې خلاصې دي،» وزیر نادر علي قریشي وویل. سناتور جمال خان وايي چې سفر مهم دی. "
         "هغه وویل: «موږ باید یو ځای شو.»", "موږ باید", "جمال خان"),
        # The addressee before its postposition ('خبریالانو ته', to reporters) is no part of the subject's name.
        ("د سنا رئیس جمال خان ناصري له وزیر سره وکتل. «خبرې ګټورې وې،» ناصري خبریالانو ته وویل.", "خبرې", "جمال خان ناصري"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = _analyse(HEAD + text + TAIL, "ps")
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_pashto_article() -> None:
    a = _analyse((DATA / "ps_kabul.txt").read_text("utf-8"))
    assert a.lang == "ps"
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers == {"افغانستان ": "امیر خان متقي", "د ترانس اف": "اسحاق ډار", "موږ له نړی": "اسحاق ډار",
                        "له منځنۍ آ": "نجیب الله جامي", "پاکستان زم": "خان جان الکوزی"}
    # The quotation over two paragraphs (the second opened by « again) is one.
    assert "\n\n" in next(q.text for q in a.quotes if q.speaker == "خان جان الکوزی")
    roles = {name: role for name, role, _ in a.roles}
    assert roles["اسحاق ډار"] == "بهرنیو چارو وزیر" and roles["عبدالقهار بلخي"] == "بهرنیو چارو وزارت ویاند"
    assert roles["نجیب الله جامي"] == "سیاسي شنونکی"


def test_the_second_article_quotes_split_around_the_cue_and_a_title() -> None:
    a = _analyse((DATA / "ps_azadi.txt").read_text("utf-8"))
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    # 'ښاغلي ډار' (Mr Dar) is the minister named before; the quotation split by 'متقي وویل' is one.
    assert speakers == {"پاکستان ژم": "اسحاق ډار", "موږ به د ا": "اسحاق ډار", "موږ له خپل": "امیر خان متقي",
                        "موږ غواړو ": "عبدالمطلب حقاني", "دا سفر ښيي": "فضل الرحمان اورکزی"}
    split = next(q for q in a.quotes if q.speaker == "امیر خان متقي")
    assert split.text.endswith("چمتو یو.") and len(split.parts) == 2


@pytest.mark.parametrize("name", ARTICLES)
def test_furniture_is_dropped_and_the_summary_stands_alone(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analyse(text)
    chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
    assert chosen
    for sentence in chosen:
        assert "ولولئ" not in sentence and "شریک کړئ" not in sentence and "حقونه" not in sentence
        assert "|" not in sentence
        # A quotation whose cue is only the clitic pronoun and the verb ('«…» یې وویل') leaves a reader asking who.
        assert not sentence.endswith("یې وویل.")


def test_site_furniture_in_the_middle_of_an_article() -> None:
    from digest import cleaning
    text = (HEAD + "وزیر قریشي کابل ته ورسېد او له خپل سیال سره یې وکتل.\n\n"
            "دا هم ولولئ: د چین او افغانستان ترمنځ نوې لاره پرانیستل شوه\n\n"
            "دواړو لوریو د سوداګرۍ په اړه خبرې وکړې او تړونونه یې لاسلیک کړل.")
    kinds = {text[b.start : b.end][:10]: b.kind for b in cleaning.clean(text).blocks}
    assert kinds["دا هم ولول"] == "furniture" and kinds["دواړو لوری"] == "text"


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("سوداګري ۵ میلیارده ډالرو ته ورسېده", 5e9, "USD", None),
        ("د سوداګرۍ کچه نږدې ۱.۶ میلیارده ډالره وه", 1.6e9, "USD", "about"),
        ("د تړون ارزښت شاوخوا ۱۴ میلیارده کلدارې دی", 14e9, "PKR", "about"),
        ("د ګمرکونو عاید ۳ میلیارده افغانۍ شو", 3e9, "AFN", None),
        ("پروژې ته ۵۰۰ میلیونه ډالره ورکړل شول", 5e8, "USD", None),
        ("له پاکستانه نږدې ۵ لکه کډوال راستانه شول", 500_000, None, "about"),
        ("هره ورځ ۲ زره لارۍ تېرېږي", 2000, None, None),
        ("پاکستان به ۵۰ زره ټنه غنم صادر کړي", 50_000, "t", None),
        ("د دې پروژې اوږدوالی ۶۴۷ کیلومتره دی", 647, "km", None),
        ("زموږ صادرات به ۳۰ سلنه زیات شي", 30, "%", None),
        ("لږ تر لږه ۱۲۰ سوداګر په پلاوي کې شامل دي", 120, None, "at least"),
        ("د برېښنا پروژه ١٠٠٠ میګاواټه برېښنا تولیدوي", 1000, "MW", None),
        ("دواړو هېوادونو 12 تړونونه لاسلیک کړل", 12, None, None),
    ],
)
def test_pashto_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    a = _analyse(HEAD + text + "." + TAIL, "ps")
    figs = [n for n in a.numbers if n.unit != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("میلیارده", "میلیونه", "زره", "لکه", "سلنه", "ډالره", "کلدارې", "افغانۍ")
    assert figs[0].qualifier == qualifier


def test_the_articles_figures_and_their_speakers() -> None:
    a = _analyse((DATA / "ps_kabul.txt").read_text("utf-8"))
    found = {(n.value, n.unit): n for n in a.numbers}
    assert found[(5e9, "USD")].speaker == "امیر خان متقي" and found[(1.6e9, "USD")].qualifier == "about"
    assert (20, "%") in found and found[(30, "%")].speaker == "خان جان الکوزی"
    b = _analyse((DATA / "ps_azadi.txt").read_text("utf-8"))
    assert {(n.value, n.unit) for n in b.numbers} >= {(500_000, "کډوال"), (4.8e9, "USD"), (647, "km"), (50_000, "t"),
                                                      (15, "%"), (14e9, "PKR"), (3e9, "AFN")}


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        # Afghan outlets' Solar Hijri months by their Arabic zodiac names and by the Pashto ones.
        ("کابل (پژواک) — ۱۸ قوس ۱۴۰۴", "2025-12-09"),
        ("۱۸ لیندۍ ۱۴۰۴", "2025-12-09"),
        ("۱ حمل ۱۴۰۵", "2026-03-21"),
        ("۲۵ مرغومی ۱۴۰۴", "2026-01-15"),
        ("۱۰ چنګاښ ۱۴۰۵", "2026-07-01"),
        # The Gregorian months in Pashto spelling, Persian, Arabic-Indic or ASCII digits, a weekday before.
        ("کابل — ۹ ډسمبر ۲۰۲۵", "2025-12-09"),
        ("۱۵ اپرېل ۲۰۲۶", "2026-04-15"),
        ("جمعه ٢٠ مۍ ٢٠٢٧", "2027-05-20"),
        ("3 جنوري 2026", "2026-01-03"),
    ],
)
def test_pashto_dates(dateline: str, date: str) -> None:
    a = _analyse(HEAD + dateline + "\n\nوزیر نن له خپل سیال سره ولیدل او یوه اونۍ وروسته به بیا سره ووینو." + TAIL, "ps")
    assert a.date == date


def test_a_day_in_two_words_is_that_day() -> None:
    from digest.dates import is_weekday
    assert is_weekday("شنبې", "ps") and is_weekday("جمعې", "ps") and not is_weekday("سه", "ps")
    # 'د سه شنبې په ورځ' (on Tuesday) is Tuesday, not the Saturday its second word names alone.
    a = _analyse(HEAD + "۱۸ قوس ۱۴۰۴\n\nوزیر د سه شنبې په ورځ کابل ته ورسېد او د چهارشنبې په ورځ به ستون شي." + TAIL, "ps")
    assert a.date == "2025-12-09" and "2025-12-06" not in a.dates and "2025-12-10" in a.dates
    # Persian writes the day so too.
    b = _analyse("تهران\n\n۱ آذر ۱۴۰۴\n\nرئیس‌جمهور روز سه شنبه به مسکو سفر می‌کند و با پوتین دیدار خواهد کرد.", "fa")
    assert "2025-11-25" in b.dates and "2025-11-22" == b.date


def test_pashto_forms_of_places() -> None:
    from digest.places import demonym, lookup
    for form, name in (("کابل", "Kabul"), ("اسلام اباد", "Islamabad"), ("تهران", "Tehran"), ("مسکو", "Moscow"),
                       ("بېجینګ", "Beijing"), ("تاشکند", "Tashkent"), ("نوې ډهلي", "New Delhi"), ("انقره", "Ankara"),
                       ("واشنګټن", "Washington"), ("سعودي عربستان", "Saudi Arabia"), ("ازبکستان", "Uzbekistan"),
                       ("کټمنډو", "Kathmandu")):
        assert lookup(form) is not None and lookup(form).name == name, form
    assert demonym("پاکستاني") == "PK" and demonym("ایراني") == "IR" and demonym("ازبک") == "UZ"


def test_pashto_name_keys_keep_pashto_letters() -> None:
    from digest.visits import _fold
    # ډار (Dar) keeps its retroflex ډ as d: without it the key was 'ar'.
    assert _fold("ډار") == _fold("Dar") and _fold("ګیلاني") == "gilani" and _fold("ښار") == "shar"


def test_the_visit_is_grouped_placed_and_titled() -> None:
    from digest import visits
    arts = [_article(name) for name in ARTICLES]
    assert [a.analysis.places[0] for a in arts] == ["Kabul", "Kabul"]
    _, found = visits.group(arts, Config())
    assert len(found) == 1 and len(found[0].articles) == 2
    # The guest is the Pakistani minister ('د پاکستان د بهرنیو چارو وزیر', tied to Pakistan through the genitive
    # before the role's two-word field), the host the Afghan one receiving him in Kabul.
    # (In Latin letters, as the digest's English shows names no article writes so: romanise.)
    assert found[0].title == "Dar visits Muttaqi in Kabul"
    assert set(found[0].participants) == {latin("اسحاق ډار"), latin("امیر خان متقي")}


@pytest.mark.parametrize(("text", "value", "unit"), [
    # A compound noun's plural head closes it: "تفاهم لیکونه" (memoranda of understanding), not تفاهم alone.
    ("دوه اړخونو ۱۲ تفاهم لیکونه لاسلیک کړل.", 12, "تفاهم لیکونه"),
    ("۵۰۰ کسان راغلل", 500, "کسان"),
])
def test_a_compound_noun_counts_to_its_plural_head(text: str, value: float, unit: str) -> None:
    from digest.numbers import scan

    figs = [f for f in scan(text, "ps") if f.value == value]
    assert [f.unit for f in figs] == [unit]


def test_a_solar_date_written_year_first_with_an_ordinal_day() -> None:
    from digest import dates

    # "د ۱۴۰۴ لمریز کال د سنبلې ۵مه" (of the solar year 1404, of Sonbola the 5th): 27 August 2025; the month in
    # its oblique form, the day's ordinal mark glued.
    text = "دا تړون د ۱۴۰۴ لمریز کال د سنبلې ۵مه لاسلیک شو."
    (m,) = dates.find(text, "ps", [(0, len(text))])
    assert (m.year, m.month, m.day) == (2025, 8, 27) and text[m.start : m.end].endswith("۵مه")
    # A year and a month without a day stay no date.
    text = "په ۱۴۰۴ کال کې سنبله ګرمه وه."
    assert dates.find(text, "ps", [(0, len(text))]) == []
