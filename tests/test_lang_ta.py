"""Tamil: language detection by script, Tamil's vowel signs and pulli read as letters, the word lists in
digest/data/ta, figures, dates, places, visits and speakers with Tamil's glued case endings, read through the public
stages and on whole articles of my own (tests/data/ta_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ta_delhi.txt", "ta_bbc.txt")
NEWS = "இலங்கை அதிபர் திசாநாயக்க புதன்கிழமை புது தில்லி வந்தடைந்தார். பிரதமர் மோடியுடன் பேச்சுவார்த்தை நடத்தினார்."


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


@pytest.mark.parametrize("name", ARTICLES)
def test_tamil_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ta"


def test_tamil_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ta" and detect("மோடி கொழும்பில் திசாநாயக்கவை சந்தித்தார்") == "ta"
    assert supported("ta") and word_lists("ta") == "ta" and "ta" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect("श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके बुधवार को नई दिल्ली पहुंचे और प्रधानमंत्री मोदी से "
                  "मुलाकात की। दोनों नेताओं ने व्यापार पर चर्चा की।") == "hi"
    # An English text naming a Tamil word or two stays English.
    assert detect("The president met the prime minister in Chennai (சென்னை) on Wednesday to discuss the "
                  "fishing dispute and the energy hub.") == "en"


def test_vowel_signs_and_pulli_are_read_as_letters_and_shown_as_written() -> None:
    a = _analysed((DATA / "ta_delhi.txt").read_text("utf-8"))
    assert a.lang == "ta"
    # \w would have cut 'பில்லியன்' at its vowel sign and pulli: the figure is the whole phrase, shown as written.
    assert "10 பில்லியன் டாலராக" in {f.surface for f in a.numbers}
    assert any(f.what == "வர்த்தகத்தை" for f in a.numbers)


def test_tamil_digits_read_as_digits() -> None:
    a = _analysed("புது தில்லி, நவம்பர் 12: இலங்கை அதிபர் திசாநாயக்க புதன்கிழமை புது தில்லி வந்தடைந்தார். "
                  "இரு நாடுகளுக்கும் இடையே ௭ ஒப்பந்தங்கள் கையெழுத்தாகின. வர்த்தகம் ௧௨ சதவீதம் உயர்ந்தது.")
    assert 12 in {f.value for f in a.numbers}


def test_names_get_keys_across_scripts() -> None:
    from digest.visits import skeleton

    # Tamil writes one letter for t/d: a stop between vowels is voiced, as Tamil says it.
    assert skeleton("மோடி") == skeleton("Modi") == skeleton("मोदी")
    assert skeleton("ஜெய்சங்கர்") == skeleton("Jaishankar")
    assert skeleton("ஸ்டாலின்") == skeleton("Stalin")


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    a = _analysed((DATA / name).read_text("utf-8"))
    return {" ".join(q.text.split()[:2]): q.speaker for q in a.quotes if q.kind == "speech"}


def test_speakers_by_role_initials_pronoun_and_cue_before() -> None:
    assert _speakers("ta_delhi.txt") == {
        # '“…” என்று கூட்டு செய்தியாளர் சந்திப்பில் பிரதமர் மோடி கூறினார்': the role and the name before the verb.
        "இலங்கை எங்களின்": "நரேந்திர மோடி",
        # 'அதிபர் திசாநாயக்க கூறுகையில், “…” என்றார்': the cue before the quotation.
        "இந்தியா வழங்கிய": "அநுர குமார திசாநாயக்க",
        # an initial with its full stop is part of the name ('எஸ். ஜெய்சங்கர்'), no sentence's end
        "தமிழக மீனவர்களின்": "எஸ். ஜெய்சங்கர்",
        # 'என்று அவர் குறிப்பிட்டார்': the pronoun stands for the last person named (மு.க. ஸ்டாலின்)
        "கச்சத்தீவு பிரச்னைக்கு": "மு.க. ஸ்டாலின்",
        # '“…” என்று கூறிய பிரதமர், “…” என்றார்': one quotation split around its cue, the role alone after first mention
        "இரு நாடுகளின்": "நரேந்திர மோடி",
    }


def test_an_initial_ends_no_sentence_and_a_participle_is_no_name() -> None:
    a = _analysed((DATA / "ta_delhi.txt").read_text("utf-8"))
    text = (DATA / "ta_delhi.txt").read_text("utf-8")
    assert not any(text[s.start:s.end].rstrip().endswith("எஸ்.") for s in a.sentences)
    # 'அதிபர் விடுத்த அழைப்பை' (the invitation the president extended): a relative participle after a role;
    # 'குடியரசுத் தலைவர் திரௌபதி முர்முவை' (President Murmu, accusative) is shown in the nominative.
    assert set(a.people) == {"அநுர குமார திசாநாயக்க", "எஸ். ஜெய்சங்கர்", "நரேந்திர மோடி", "மு.க. ஸ்டாலின்",
                             "திரௌபதி முர்மு"}


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("வர்த்தகத்தை 10 பில்லியன் டாலராக உயர்த்த இலக்கு", 10e9, "USD", None),
        ("வர்த்தகம் 5.5 பில்லியன் டாலராக இருந்தது", 5.5e9, "USD", None),
        ("இந்தியா ரூ. 2,500 கோடி வழங்கும்", 2.5e10, "INR", None),
        ("திட்டத்தின் மதிப்பு 300 கோடி ரூபாய் ஆகும்", 3e9, "INR", None),
        ("3.5 லட்சம் டன் அரிசி ஏற்றுமதி செய்யப்பட்டது", 3.5e5, "t", None),
        ("முந்தைய ஆண்டை விட 12 சதவீதம் அதிகம்", 12, "%", None),
        ("சுற்றுலாப் பயணிகளில் 18% பேர் இந்தியர்கள்", 18, "%", None),
        ("சுமார் 37 பில்லியன் டாலர் என மதிப்பிடப்படுகிறது", 37e9, "USD", "about"),
        ("நிறுவனங்களின் எண்ணிக்கை 450-ஐத் தாண்டியுள்ளது", 450, None, "more than"),
        ("100-க்கும் மேற்பட்ட நிறுவனங்கள் பங்கேற்றன", 100, None, "more than"),
        ("இலங்கைக்கு 4.2 லட்சம் பேர் வந்தனர்", 4.2e5, None, None),
        ("கடனுதவி 500 மில்லியன் டாலருக்கு மேல்", 500e6, "USD", "more than"),
        # The oblique scale joins the figure after it (3 lakh and 25 thousand); a case ending glued to the
        # digits is read past; Sri Lankan Tamil's per cent is வீதம் and its cases.
        ("கடந்த ஆண்டு 3 இலட்சத்து 25 ஆயிரம் பேர் வந்தனர்", 325e3, None, None),
        ("200க்கும் மேற்பட்ட நிறுவனங்கள் பங்கேற்றன", 200, None, "more than"),
        ("விமானங்களின் எண்ணிக்கையை 80ஆக அதிகரிக்க திட்டம்", 80, None, None),
        ("ஏற்றுமதி 12 வீதத்தால் அதிகரித்தது", 12, "%", None),
        ("வட்டி 7 வீதமாக உயர்ந்தது", 7, "%", None),
    ],
)
def test_tamil_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    from digest.data import marks_as_letters
    from digest.numbers import scan

    figs = [f for f in scan(marks_as_letters(text), "ta") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].qualifier == qualifier
    if unit:
        assert figs[0].unit == unit


def test_figures_of_a_whole_article_and_their_speakers() -> None:
    a = _analysed((DATA / "ta_delhi.txt").read_text("utf-8"))
    figs = {(f.value, f.unit): f for f in a.numbers}
    assert figs[(10e9, "USD")].speaker == "நரேந்திர மோடி"  # inside his quotation
    assert figs[(4e9, "USD")].speaker == "அநுர குமார திசாநாயக்க"
    assert (2.5e10, "INR") in figs and (3.5e5, "t") in figs and (12, "%") in figs
    # 'என வர்த்தக அமைச்சக அதிகாரிகள் தெரிவித்தனர்': officials unnamed, no person's figure
    assert next(f for f in a.numbers if f.value == 450).speaker is None


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("புது தில்லி, நவம்பர் 12: இலங்கை அதிபர் வந்தடைந்தார்", (None, 11, 12)),
     ("12 நவம்பர் 2026", (2026, 11, 12)),
     ("Updated on: 12 நவம்பர் 2026, 6:40 pm", (2026, 11, 12)),
     ("சென்னை, நவ. 12: முதல்வர் கூறினார்", (None, 11, 12)),
     ("பணிகள் டிசம்பரில் நிறைவடையும்", (None, 12, None)),
     ("ஒப்பந்தம் ஜனவரி 5 அன்று கையெழுத்தானது", (None, 1, 5))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates
    from digest.data import marks_as_letters

    text = marks_as_letters(text)
    found = [m for m in dates.find(text, "ta", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_no_month_in_may_alone() -> None:
    from digest import dates
    from digest.data import marks_as_letters

    text = marks_as_letters("அதிபர் புதன்கிழமை வந்தடைந்தார்; அவர் மே மாதம் மீண்டும் வருவார் என்று எதிர்பார்க்கப்படுகிறது.")
    assert [(m.weekday, m.month) for m in dates.find(text, "ta", [(0, len(text))])] == [(3, None)]


@pytest.mark.parametrize("name", ARTICLES)
def test_articles_are_dated(name: str) -> None:
    assert _analysed((DATA / name).read_text("utf-8")).date == "2026-11-12"


@pytest.mark.parametrize(("form", "place"), [
    ("புது தில்லி", "New Delhi"), ("தில்லியில்", "New Delhi"), ("கொழும்பில்", "Colombo (Sri Lanka)"),
    ("இலங்கையின்", "Sri Lanka"), ("இந்தியாவுக்கு", "India"), ("சிங்கப்பூரில்", "Singapore"), ("மாஸ்கோவில்", "Moscow"),
])
def test_tamil_place_forms_with_their_cases(form: str, place: str) -> None:
    from digest import places
    from digest.data import marks_as_letters

    text = marks_as_letters(f"அதிபர் {form} அமைச்சரைச் சந்தித்தார்.")
    assert [f.place.name for f in places.find(text, [(0, len(text))], "ta")] == [place]


def test_the_locative_case_places_the_event() -> None:
    from digest import places
    from digest.data import marks_as_letters

    text = marks_as_letters("பிரதமர் மோடியை புது தில்லியில் சந்தித்தார்; அதிபர் கொழும்பு திரும்புகிறார்.")
    found = places.find(text, [(0, len(text))], "ta")
    assert [(f.place.name, f.locative) for f in found] == [("New Delhi", True), ("Colombo (Sri Lanka)", False)]


def _visit(*names: str):  # type: ignore[no-untyped-def]
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for name in names:
        text = (DATA / name).read_text("utf-8")
        a = _analysed(text)
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    return visits.group(arts, Config())[1]


@pytest.mark.parametrize("name", ARTICLES)
def test_the_visit_is_placed_and_titled(name: str) -> None:
    v = _visit(name)[0]
    assert v.place == "New Delhi"
    # (In Latin letters, as the digest's English shows names no article writes so: romanise.)
    assert "Tisanayakka" in v.title and "Modi" in v.title
    assert "Anura Kumara Tisanayakka" in v.participants and "Narendira Modi" in v.participants


def test_both_articles_are_one_visit() -> None:
    found = _visit(*ARTICLES)
    assert len(found) == 1 and set(found[0].articles) == set(ARTICLES)
    assert found[0].start == "2026-11-11"


def test_speakers_of_a_bbc_style_article() -> None:
    assert _speakers("ta_bbc.txt") == {
        "இந்தியா எப்போதும்": "அநுர குமார திசாநாயக்க",
        # a quotation over two paragraphs (the first left open, the second reopened), introduced by
        # 'அவர் கூறியதாவது:' and closed by 'என்றார்': the minister named before, past the outlet he spoke to
        "கடன் மறுசீரமைப்பு": "விஜித ஹேரத்",
        # '"…," என்று கூறிய கொழும்பு பல்கலைக்கழக அரசியல் அறிவியல் பேராசிரியர் எஸ். ரவீந்திரன், "…" என்றார்': a long
        # role phrase with no capital, then an initial's full stop, between the cue's verb and the name
        "இந்தப் பயணம்": "எஸ். ரவீந்திரன்",
        # '"…" என்று யாழ்ப்பாண நாடாளுமன்ற உறுப்பினர் க. சிவகுமார் தெரிவித்தார்': an initial's full stop is no
        # clause boundary before the verb
        "எங்கள் மக்களின்": "க. சிவகுமார்",
    }
    a = _analysed((DATA / "ta_bbc.txt").read_text("utf-8"))
    assert next(f for f in a.numbers if f.value == 300e6).speaker == "விஜித ஹேரத்"


def test_a_paragraph_ending_on_a_speech_verb_and_a_comma_introduces_the_next() -> None:
    text = ("இந்தியப் பயணம் குறித்து இலங்கை அமைச்சர் விளக்கம்\n\n"
            "இலங்கை வெளிவிவகார அமைச்சர் விஜித ஹேரத் இன்று கொழும்பில் உள்ள வெளிவிவகார அமைச்சகத்தில் செய்தியாளர்களைச் "
            "சந்தித்தார். ஜனாதிபதியின் இந்தியப் பயணம் குறித்தும், கடன் மறுசீரமைப்பு குறித்தும், மீனவர் பிரச்னை குறித்தும் "
            "அவர் நீண்ட நேரம் விரிவாகப் பேசினார். இந்தியாவின் உதவி தொடர்பான கேள்விக்குப் பதிலளித்த அவர் கூறுகையில்,\n\n"
            "\"கடன் மறுசீரமைப்பு பேச்சுவார்த்தைகளில் இந்தியா முக்கியப் பங்கு வகித்தது. அடுத்த ஐந்து ஆண்டுகளில் இந்திய "
            "முதலீடுகள் இரட்டிப்பாகும் என்று நாங்கள் எதிர்பார்க்கிறோம். இது இரு நாடுகளுக்கும் நன்மை தரும்.\n\n"
            "\"குறிப்பாக, வடக்கு மற்றும் கிழக்கு மாகாணங்களில் 50,000 வீடுகளைக் கட்டும் திட்டம் விரைவுபடுத்தப்படும். "
            "இதற்கான நிதியை இந்தியா ஏற்கெனவே ஒதுக்கியுள்ளது\" என்றார்.\n\n"
            "இலங்கைக்கு வருகை தரும் சுற்றுலாப் பயணிகளில் 18% பேர் இந்தியர்கள் என்று சுற்றுலா அபிவிருத்தி அதிகாரசபை "
            "தெரிவித்துள்ளது. கடந்த ஆண்டு 4.2 லட்சம் இந்தியச் சுற்றுலாப் பயணிகள் இலங்கைக்கு வந்தனர்.")
    assert [q.speaker for q in _analysed(text).quotes if q.kind == "speech"] == ["விஜித ஹேரத்"]


def test_summary_sentences_stand_alone() -> None:
    for name in ARTICLES:
        text = (DATA / name).read_text("utf-8")
        a = _analysed(text)
        shown = [text[a.sentences[i].start:a.sentences[i].end] for i in a.summary]
        assert len(shown) == 3
        # no furniture, no half of a quotation (a straight mark left open), no sentence cut at an initial
        assert not any(s.count('"') % 2 or s.count("“") != s.count("”") or s.rstrip().endswith("எஸ்.") for s in shown)
        assert not any(w in s for s in shown for w in ("முகப்பு", "பகிர்", "இதையும் படிக்க", "Getty"))


def test_one_visit_across_tamil_and_english() -> None:
    # An English report of the same visit (the Dinamani article's translation, tests/data/en_ta_delhi.txt): Tamil
    # writes Dissanayake திசாநாயக்க (t for d, k for g), which meets 'Dissanayake' by the bridge's consonant classes.
    from digest.config import Config
    from digest.model import Article
    from digest.pipeline import assemble

    arts = []
    for name in (*ARTICLES, "en_ta_delhi.txt"):
        text = (DATA / name).read_text("utf-8")
        a = _analysed(text)
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    found = assemble(arts, Config(), []).visits
    assert len(found) == 1
    v = found[0]
    assert set(v.articles) == {*ARTICLES, "en_ta_delhi.txt"} and v.place == "New Delhi"
    assert v.title == "Dissanayake visits Modi in New Delhi"
    assert set(v.participants) == {"Anura Kumara Dissanayake", "Narendra Modi"}


def test_a_name_ends_before_the_noun_of_a_compound_verb_and_its_doubled_stop_is_undone() -> None:
    # 'அமைச்சர் அஹமத் கருத்துத் தெரிவிக்கையில்' (minister Ahamat, expressing his view): கருத்துத் is no name's word;
    # 'அஹமத்துடன்' (with Ahamat) doubles the final stop before the ending: the name is அஹமத், one person.
    text = ("இந்திய வர்த்தக அமைச்சர் நேற்று கொழும்பில் வர்த்தக அமைச்சர் நளின் அஹமத்துடன் பேச்சுவார்த்தை நடத்தினார்.\n\n"
            "செய்தியாளர் சந்திப்பில் அமைச்சர் அஹமத் கருத்துத் தெரிவிக்கையில், “இரு நாடுகளின் வர்த்தகம் வளர்ந்து வருகிறது” "
            "எனத் தெரிவித்தார்.\n")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["நளின் அஹமத்"]
    assert set(a.people) == {"நளின் அஹமத்"}


def test_the_e_paper_and_subscribe_buttons_are_no_headline() -> None:
    from digest.cleaning import clean
    from digest.data import marks_as_letters

    page = marks_as_letters(
        "செய்தி மலர்\nமுகப்பு | இந்தியா | உலகம்\nஇ-பேப்பர் | சந்தா செலுத்துங்கள்\n\n"
        "மலேசியப் பிரதமர் சிங்கப்பூர் வருகை: இரு நாடுகளும் நான்கு ஒப்பந்தங்களில் கையெழுத்து\n\n"
        "மலேசியப் பிரதமர் இருநாள் அரசுமுறைப் பயணமாகச் சிங்கப்பூர் வந்துள்ளார். இரு தலைவர்களும் நான்கு ஒப்பந்தங்களில் "
        "கையெழுத்திட்டனர்.\n")
    assert clean(page).title == marks_as_letters(
        "மலேசியப் பிரதமர் சிங்கப்பூர் வருகை: இரு நாடுகளும் நான்கு ஒப்பந்தங்களில் கையெழுத்து")
