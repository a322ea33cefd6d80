"""Hindi: detection by script and function words (Marathi and Nepali, also in Devanagari, told apart), the vowel
signs read as letters (data.marks_as_letters), danda sentences, the word lists in digest/data/hi read through
the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import data
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.sentences import split

DATA = Path(__file__).parent / "data"
ARTICLES = ("hi_yatra.txt", "hi_samvad.txt", "hi_berlin.txt", "hi_beijing.txt")
NEWS = ("प्रधानमंत्री ने मंगलवार को नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की। दोनों नेताओं ने व्यापार और "
        "रक्षा सहयोग बढ़ाने पर सहमति जताई।")
MARATHI = ("पंतप्रधान नरेंद्र मोदी यांनी आज टोकियोमध्ये जपानच्या पंतप्रधानांची भेट घेतली आणि दोन्ही देशांमधील "
           "व्यापाराबाबत चर्चा केली. ते म्हणाले की भारत आणि जपान यांची मैत्री जुनी आहे.")
NEPALI = ("प्रधानमन्त्रीले आज भारतका प्रधानमन्त्रीसँग भेट गर्नुभयो। उहाँले दुई देशबीचको सम्बन्ध राम्रो भएको "
          "बताउनुभयो। यो भ्रमण महत्वपूर्ण छ।")


def _analyse(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


@pytest.mark.parametrize("name", ARTICLES)
def test_hindi_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "hi"


def test_hindi_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "hi" and detect("मोदी की रूस यात्रा, पुतिन से मिले") == "hi"
    assert supported("hi") and word_lists("hi") == "hi"


def test_marathi_and_nepali_are_not_hindi() -> None:
    # Same script: neither must be read with the Hindi lists (each has its own, digest/data/mr and digest/data/ne).
    assert detect(MARATHI) == "mr" and detect(NEPALI) == "ne"
    assert word_lists(detect(MARATHI)) == "mr" and word_lists(detect(NEPALI)) == "ne"


def test_neighbours_keep_their_languages() -> None:
    assert detect("وزیراعظم نے کہا کہ پاکستان اور چین کے درمیان تعلقات بہت مضبوط ہیں اور دونوں ممالک تعاون جاری رکھیں گے۔") != "hi"
    assert detect((DATA / "ar_ziyara.txt").read_text("utf-8")) == "ar"
    assert detect("The Prime Minister said on Tuesday that India and Russia would raise trade to 100 billion "
                  "dollars, Rs 5,000 crore being set aside for joint production.") == "en"


def test_vowel_signs_are_read_as_letters_and_shown_as_written() -> None:
    read = data.marks_as_letters("प्रधानमंत्री मोदी")
    assert len(read) == len("प्रधानमंत्री मोदी") and read.split()[0].isalpha()
    assert data.letters_as_marks(read) == "प्रधानमंत्री मोदी"
    assert data.marks_as_letters("Modi") == "Modi"
    a = _analyse((DATA / "hi_yatra.txt").read_text("utf-8"))
    shown = [a.title or "", *(q.text for q in a.quotes), *(n.surface for n in a.numbers), *a.people, *a.places]
    assert not any(data.marks_as_letters(s) != s and data.letters_as_marks(s) != s for s in shown)
    assert not any(ch in data.MARK_LETTERS for s in shown for ch in s)


def test_sentences_end_at_the_danda_but_not_inside_a_quotation() -> None:
    text = data.marks_as_letters('बैठक दो घंटे चली। मोदी ने कहा, "यह अच्छा है। हम साथ हैं।" इसके बाद वे लौटे॥ अंत।')
    got = [data.letters_as_marks(text[a:b]) for a, b in split(text, "hi")]
    assert got == ["बैठक दो घंटे चली।", 'मोदी ने कहा, "यह अच्छा है। हम साथ हैं।"', "इसके बाद वे लौटे॥", "अंत।"]


def test_the_lexicon_reads_the_hindi_lists() -> None:
    from digest.speakers import LANGS, lexicon
    lex = lexicon("hi")
    assert "hi" in LANGS
    for verb in ("कहा", "बताया", "कहते", "बोले", "स्पष्ट"):
        assert lex.is_speech_verb(data.marks_as_letters(verb)), verb
    for role in ("प्रधानमंत्री", "राष्ट्रपति", "मंत्री", "प्रवक्ता", "राजदूत", "प्रोफेसर", "विशेषज्ञ"):
        assert lex.is_role(data.marks_as_letters(role)), role


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # A role before the name, the ergative ने and the verb after it.
        ('प्रधानमंत्री अनिल वर्मा ने कहा, "हम तैयार हैं।"', "हम तैयार", "अनिल वर्मा"),
        # No role: the name before ने and a speech verb a few words on (जोर देकर कहा).
        ('बैठक लंबी चली। सुनीता राव ने जोर देकर कहा, "समझौता जल्द होगा।"', "समझौता", "सुनीता राव"),
        # An initial with its full stop opens the name.
        ('विदेश मंत्री के. रमेश ने बताया, "वार्ता सफल रही।"', "वार्ता", "के. रमेश"),
        # A role word of many ('सभी नेता लौट गए'): the verb's stem before an auxiliary is no name.
        ('सभी नेता लौट गए। राजदूत विनोद मेहता ने कहा, "निवेश अगले साल तेजी से बढ़ेगा।"', "निवेश", "विनोद मेहता"),
        # The English abbreviation in Devanagari as the role; an honorific after the name.
        ('पीएम अनिल वर्मा ने कहा, "हम हर चुनौती के लिए तैयार हैं।"', "हम हर", "अनिल वर्मा"),
        ('अनिल वर्मा जी ने कहा, "हम हर चुनौती के लिए तैयार हैं।"', "हम हर", "अनिल वर्मा"),
        # The pronoun उन्होंने stands for the last person named; a later bare surname is the full name.
        ('राष्ट्रपति इमैनुएल माक्रों दिल्ली पहुंचे। उन्होंने कहा, "भारत हमारा मित्र है।"', "भारत हमारा", "इमैनुएल माक्रों"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = _analyse("दिल्ली में अहम बैठक\n\n" + text + "\n\nबैठक के बाद सभी नेता लौट गए।", "hi")
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_hindi_article() -> None:
    a = _analyse((DATA / "hi_yatra.txt").read_text("utf-8"))
    assert a.lang == "hi"
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers["भारत और रू"] == "नरेंद्र मोदी"
    assert speakers["हमारा लक्ष"] == "व्लादिमीर पुतिन"
    assert speakers["यह गलियारा"] == "एस. जयशंकर"
    assert speakers["हमारे संबं"] == "मारिया ज़खारोवा"
    assert speakers["तेल खरीद न"] == "अजय कुमार शर्मा"
    assert {"नरेंद्र मोदी", "व्लादिमीर पुतिन"} <= set(a.people)


def _figures(text: str, lang: str = "hi") -> list:
    from digest.numbers import scan
    return [f for f in scan(data.marks_as_letters(text), lang) if f.kind not in ("date", "year")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("व्यापार 65 अरब डॉलर तक पहुंच गया", 65e9, "USD"),
        ("5,000 करोड़ रुपये का निवेश किया जाएगा", 5e10, "INR"),
        ("करीब 2.5 लाख लोग रूसी भाषा सीख रहे हैं", 250_000, None),
        ("हर साल 18 हजार छात्र जाते हैं", 18_000, None),
        ("हर साल 18 हज़ार छात्र जाते हैं", 18_000, None),
        ("तेल आयात में हिस्सा 35 प्रतिशत है", 35, "%"),
        ("हिस्सा 40 फीसदी तक पहुंच गया", 40, "%"),
        ("रूस भारत को सालाना 25 लाख टन उर्वरक देगा", 2.5e6, "t"),
        ("गलियारा 7,200 किलोमीटर लंबा है", 7200, "km"),
        ("सौदा ३०० करोड़ रुपए का है", 3e9, "INR"),
        ("कंपनी ने 1.2 अरब यूरो जुटाए", 1.2e9, "EUR"),
    ],
)
def test_hindi_figures(text: str, value: float, unit: str | None) -> None:
    a = _analyse("दिल्ली में अहम बैठक\n\n" + text + "।\n\nबैठक के बाद सभी नेता लौट गए।", "hi")
    figs = [n for n in a.numbers if n.unit not in ("date",)]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("अरब", "करोड़", "लाख", "हजार", "प्रतिशत")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [("निर्यात में ५ से ७ प्रतिशत की बढ़ोतरी हो सकती है", 5, 7, "%"), ("काम में 12 से 15 महीने लगेंगे", 12, 15, "months")],
)
def test_se_between_two_figures_makes_a_range(text: str, low: float, high: float, unit: str) -> None:
    # '5 से 7' is 5 to 7: से joins the two ends with no opener, and the low end is kept.
    a = _analyse("दिल्ली में अहम बैठक\n\n" + text + "।\n\nबैठक के बाद सभी नेता लौट गए।", "hi")
    assert [(n.value, n.value_end, n.unit) for n in a.numbers] == [(low, high, unit)]


@pytest.mark.parametrize(("text", "units"), [
    # 'करोड़ों के सौदे' (deals worth crores): a vague plural of a scale with nothing named is no figure.
    ("विपक्ष ने कहा कि मंत्री करोड़ों के सौदे कर रहे हैं", []),
    ("कंपनी ने लाखों का नुकसान झेला", []),
    # With a currency it stays, a lower bound.
    ("सरकार ने करोड़ों रुपये खर्च किए", ["INR"]),
])
def test_a_vague_plural_scale_of_nothing_named_is_no_figure(text: str, units: list[str]) -> None:
    a = _analyse("दिल्ली में अहम बैठक\n\n" + text + "।\n\nबैठक के बाद सभी नेता लौट गए।", "hi")
    assert [n.unit for n in a.numbers] == units


@pytest.mark.parametrize(("text", "qualifier"), [("लगभग 100 किलोमीटर", "about"), ("करीब 35 प्रतिशत", "about"),
                                                 ("100 से अधिक कंपनियां", "more than"),
                                                 ("कम से कम 3 अरब डॉलर", "at least")])
def test_hindi_qualifiers(text: str, qualifier: str) -> None:
    assert _figures(text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Indian English: lakh and crore, Rs and ₹ as rupees.
        ("India will invest Rs 5,000 crore in joint production.", 5e10, "INR"),
        ("About 2.5 lakh people are learning Russian.", 250_000, "people"),
        ("a target of ₹1.5 lakh crore in exports", 1.5e12, "INR"),
        ("Rs. 12 lakh was paid to each family.", 1.2e6, "INR"),
    ],
)
def test_indian_english_scales(text: str, value: float, unit: str) -> None:
    figs = _figures(text, "en")
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("नई दिल्ली, 12 नवंबर 2026", (2026, 11, 12)), ("बैठक 3 मार्च 2026 को हुई", (2026, 3, 3)),
     ("मोदी ने ५ जुलाई को यात्रा की", (None, 7, 5)), ("चुनाव नवंबर 2025 में हुए", (2025, 11, None)),
     ("१२ दिसम्बर २०२६", (2026, 12, 12)), ("बैठक 1 मई 2026 को होगी", (2026, 5, 1)),
     ("फ़रवरी 2026 में", (2026, 2, None)), ("21 सितम्बर 2025 को", (2025, 9, 21))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates
    read = data.marks_as_letters(text)
    found = [m for m in dates.find(read, "hi", [(0, len(read))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    from digest import dates
    read = data.marks_as_letters("प्रधानमंत्री मंगलवार को मॉस्को पहुंचे।")
    assert [m.weekday for m in dates.find(read, "hi", [(0, len(read))])] == [2]


def test_the_article_is_dated_and_placed() -> None:
    a = _analyse((DATA / "hi_yatra.txt").read_text("utf-8"))
    assert str(a.date) == "2026-11-10"
    assert "Moscow" in a.places


def test_a_postposed_locative_and_an_arrival_verb_place_the_visit() -> None:
    from digest import places
    read = data.marks_as_letters("बैठक मॉस्को में हुई और नेता बीजिंग के बारे में बोले।")
    found = places.find(read, [(0, len(read))], "hi")
    assert [(f.place.name, f.locative) for f in found] == [("Moscow", True), ("Beijing", False)]
    text = ("मोदी मॉस्को पहुंचे\n\nनई दिल्ली, 10 नवंबर 2026\n\nप्रधानमंत्री नरेंद्र मोदी मंगलवार को दो दिवसीय राजकीय "
            "यात्रा पर मॉस्को पहुंचे। राष्ट्रपति व्लादिमीर पुतिन ने उनका स्वागत किया। दोनों नेताओं के बीच द्विपक्षीय "
            "वार्ता हुई। पुतिन ने कहा, \"भारत हमारा पुराना और भरोसेमंद मित्र है।\"")
    assert _analyse(text).places[0] == "Moscow"


def test_a_bbc_style_article_with_cues_after_the_quotations() -> None:
    a = _analyse((DATA / "hi_samvad.txt").read_text("utf-8"))
    assert a.lang == "hi" and str(a.date) == "2026-03-06"
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    # The cue after the quotation, the verb six words after the name ('इशिबा ने वार्ता के बाद पत्रकारों से कहा').
    assert speakers["भारत और जा"] == "शिगेरु इशिबा"
    assert speakers["यह परियोजन"] == "नरेंद्र मोदी"
    assert speakers["जापान की क"] == "विक्रम मिसरी"
    assert speakers["दोनों देश "] == "मीनाक्षी अय्यर"
    # A member of parliament leads his name as any role does; उन्होंने is he.
    assert speakers["परियोजना क"] == "गौरव गोगोई"
    got = {(n.value, n.unit) for n in a.numbers}
    assert {(22.8e9, "USD"), (1.08e12, "INR"), (1.98e12, "INR")} <= got
    assert a.places[0] == "New Delhi"


def test_a_country_in_the_genitive_before_the_role_makes_the_guest() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article
    text = (DATA / "hi_samvad.txt").read_text("utf-8")
    a = _analyse(text)
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Ishiba visits Modi in New Delhi"  # in Latin letters: romanise


def test_an_amar_ujala_style_article() -> None:
    # English page stamp, Devanagari digits with ₹, a woman minister (पहुंची थीं), a source before के अनुसार.
    a = _analyse((DATA / "hi_berlin.txt").read_text("utf-8"))
    assert a.lang == "hi" and str(a.date) == "2025-09-21" and a.places[0] == "Berlin"
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers["जर्मनी यूर"] == "सुषमा वर्मा"
    assert speakers["भारत के बि"] == "आन्या श्मिट"
    assert speakers["भारत के लि"] == "प्रिया नायर"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(2.5e11, "INR", None), (31e9, "EUR", None), (5e9, "EUR", "more than"), (7.5, "%", None),
            (90, "minutes", "about")} <= got


def test_role_phrases_hold_the_field_before_the_role_and_no_building_is_a_person() -> None:
    a = _analyse((DATA / "hi_samvad.txt").read_text("utf-8"))
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["कीर्ति वर्धन सिंह"] == "विदेश राज्य मंत्री" and roles["विक्रम मिसरी"] == "विदेश सचिव"
    # 'राष्ट्रपति भवन में' (in the presidential palace): no person named भवन.
    assert "भवन" not in a.people


@pytest.mark.parametrize("text", ['कंपनी ने कहा, "हम भारत में नया कारखाना लगाएंगे और निवेश बढ़ाएंगे।"',
                                  'सुप्रीम कोर्ट ने कहा, "सरकार को जवाब देना होगा और यह मामला गंभीर है।"',
                                  'हमने कहा, "यह समझौता दोनों देशों के लिए फायदेमंद है।"'])
def test_a_body_or_a_pronoun_before_ne_is_no_person(text: str) -> None:
    a = _analyse("दिल्ली में अहम बैठक\n\n" + text + "\n\nबैठक के बाद सभी नेता लौट गए।", "hi")
    assert not a.people and a.quotes[0].speaker is None


def test_an_abbreviated_title_between_role_and_name_and_the_headline_as_written() -> None:
    a = _analyse((DATA / "hi_berlin.txt").read_text("utf-8"))
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["प्रिया नायर"] == "विश्लेषक"  # 'विश्लेषक डॉ. प्रिया नायर'
    assert a.title and "₹२५,०००" in a.title and "नायर" not in a.title


def test_a_figure_after_unke_anusar_is_the_last_speaker_s() -> None:
    a = _analyse((DATA / "hi_samvad.txt").read_text("utf-8"))
    assert next(n.speaker for n in a.numbers if n.value == pytest.approx(22.8e9)) == "विक्रम मिसरी"


def test_a_chinese_family_name_in_devanagari_titles_the_visit() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article
    text = (DATA / "hi_beijing.txt").read_text("utf-8")
    a = _analyse(text)
    speakers = {q.text[:10]: q.speaker for q in a.quotes}
    assert speakers["चीन और रूस"] == "शी जिनपिंग" and speakers["कीमतों पर "] == "दिमित्री पेस्कोव"
    assert any(n.unit == "m³" and n.value == pytest.approx(50e9) for n in a.numbers)
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Putin visits Shi in Beijing"


def test_two_sums_of_one_investment_conflict() -> None:
    # The figures leave the analysis with their vowel signs written again, while the [measures] list holds them as
    # letters: the conflict stage reads both alike, so the two sums of one investment are flagged, named as written.
    import dataclasses

    from digest.model import Article
    from digest.numbers import find_conflicts

    text = ("नई रेल योजना\n\nवित्त मंत्री ने बुधवार को कहा कि इस रेल योजना में लगभग 3 अरब डॉलर का निवेश होगा।\n\n"
            "बाद में एक बैठक में उन्होंने कहा कि रेल योजना में 4 अरब डॉलर का निवेश होगा।\n")
    a = _analyse(text)
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(a.numbers)]
    assert sorted(n.value for n in nums if n.unit == "USD") == [3e9, 4e9]
    art = Article("a", "a.txt", text, a, lang="hi", visit="v", date="2026-03-04")
    assert [c.what for c in find_conflicts(nums, [art])] == ["निवेश"]


def test_a_label_never_opens_on_a_pronoun_an_adverb_or_an_earlier_figure_s_unit() -> None:
    # Devanagari has no capitals to tell a function word from a noun: the stop words and subject pronouns of the
    # language's lists open no label ("हम", we; "कभी", sometimes), nor does an earlier figure's unit (गीगावाट).
    text = ("ऊर्जा सहयोग\n12 मार्च 2025\nमंत्री ने कहा, \"हम 2030 तक 300 गीगावाट सौर क्षमता का लक्ष्य रखते हैं.\"\n"
            "निवेश के आंकड़े बदलते रहे. कभी 3 अरब डॉलर, कभी 4 अरब डॉलर.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hi"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[300] == "सौर क्षमता"
    assert labels[3e9] != "कभी" and labels[4e9] != "कभी"
    b = analyse("ऊर्जा सहयोग\n12 मार्च 2025\n\"हम 2030 तक 300 गीगावाट सौर क्षमता का लक्ष्य रखते हैं,\" मंत्री ने कहा, "
                "\"और अभी हम करीब 40 प्रतिशत पर हैं.\"\n", Settings(SummarySettings(), Limits(), lang="hi"))
    assert {n.value: n.what for n in b.numbers}[40] == "सौर क्षमता"


def test_a_dateline_closed_by_the_danda_places_the_report() -> None:
    """'मॉस्को। …': the city only the dateline names, with the danda after it, is where the report was filed."""
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = ("भारत-रूस ऊर्जा वार्ता\n\nTue, 10 Nov 2026 07:45 PM (IST)\n\nमॉस्को। केंद्रीय ऊर्जा मंत्री राकेश वर्मा ने "
            "मंगलवार को रूसी ऊर्जा मंत्री के साथ वार्ता की।\n\nवर्मा ने कहा, “हम दीर्घकालिक समझौता चाहते हैं।”")
    a = _analyse(text)
    found = visits.group([Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)], Config())[1]
    assert [v.place for v in found] == ["Moscow"]


def _assembled(*names: str):  # type: ignore[no-untyped-def]
    from digest.config import Config
    from digest.model import Article
    from digest.pipeline import assemble

    arts = []
    for name in names:
        text = (DATA / name).read_text("utf-8")
        a = _analyse(text)
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    return assemble(arts, Config(), [])


def test_one_visit_and_one_speaker_across_hindi_and_english() -> None:
    # Lichtman's ch before a consonant is a k, which Devanagari writes (लिक्टमैन): the names' letters differ
    # (liktmain, lihtman), their consonant skeletons do not.
    out = _assembled("hi_mumbai.txt", "en_hi_mumbai.txt")
    assert len(out.visits) == 1
    v = out.visits[0]
    assert set(v.articles) == {"hi_mumbai.txt", "en_hi_mumbai.txt"} and v.place == "Mumbai"
    assert set(v.participants) == {"Yoav Lichtman", "Piyush Goyal"}
    assert {q.speaker for q in out.quotes} == {"Yoav Lichtman"} and len(out.quotes) == 2


@pytest.mark.parametrize(("a", "b", "same"), [
    ("अवी रिक्टर", "Avi Richter", True),
    ("रिक्टर", "Richter", True),
    ("अवी रिक्टर", "Ави Рихтер", True),
    ("नरेंद्र मोदी", "Narendra Modi", True),
    # Other people: another surname, another given name, a Slavic final ch (ч, च) that is no k.
    ("अवी रिक्टर", "Avi Reiter", False),
    ("राजनाथ सिंह", "Manmohan Singh", False),
    ("रोमन अब्रामोविक", "Roman Abramovich", False),
])
def test_devanagari_names_meet_other_scripts_by_their_consonants(a: str, b: str, same: bool) -> None:
    from digest.speakers import one_person
    assert one_person(a, b) is same and one_person(b, a) is same
