"""Azerbaijani: language detection, the word lists in digest/data/az, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.visits import skeletons
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import stop_words
from digest.speakers import LANGS, fold, lexicon, same_word

NEWS = ("Prezident İlham Əliyev çərşənbə günü Bakıda Qazaxıstan Prezidentini qəbul edib. Onun sözlərinə görə, "
        "keçən il iki ölkə arasında ticarət dövriyyəsi təxminən 500 milyon dollar təşkil edib və bu il 15 faiz "
        "artacaq. Tərəflər enerji və nəqliyyat sahələrində əməkdaşlığı davam etdirmək barədə razılığa gəliblər.")
ARTICLE = Path(__file__).parent / "data" / "az_sefer.txt"


def test_azerbaijani_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "az" and detect(ARTICLE.read_text("utf-8")) == "az"
    assert detect("Əsədov Sarayevoda: Azərbaycan qazı Bosniyaya çatacaq") == "az"
    assert supported("az") and "az" in LANGS and word_lists("az") == "az"


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Erdoğan, Bakü'de Aliyev ile görüştü ve iki ülke arasındaki işbirliğini ele aldı.",
        # A Turkish text quoting a short Azerbaijani phrase stays Turkish.
        "Aliyev, \"Azərbaycan və Türkiyə qardaşdır\" dedi. Erdoğan ise iki ülkenin ilişkilerinin her geçen gün "
        "güçlendiğini belirtti ve ticaret hacminin yaklaşık 8 milyar dolar olduğunu söyledi.",
    ],
)
def test_turkish_stays_turkish(text: str) -> None:
    assert detect(text) == "tr"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ticarət dövriyyəsi təxminən 55 milyon dollar təşkil edib", 55e6, "USD"),
        ("Avropaya 12,8 milyard kubmetr qaz ixrac edib", 12.8e9, "m³"),
        ("dəyəri 230 milyon avro civarındadır", 230e6, "EUR"),
        ("büdcəyə 1,5 milyon manat ayrılıb", 1.5e6, "AZN"),
        ("yarım milyard manat", 0.5e9, "AZN"),
        ("iki milyard dollar", 2e9, "USD"),
        ("300 min ton yük", 300_000, "t"),
        ("ixrac 20 faiz artıb", 20, "%"),
        ("40 milyon lari ayıracaq", 40e6, "GEL"),
        ("on iki ölkəyə qaz çatdırır", 12, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "az") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milyon", "milyard", "min", "faiz")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("təxminən 55 milyon dollar", "about"), ("230 milyon avro civarındadır", "about"),
     ("55 milyon dollardan çox", "more than"), ("ticarət 100 milyon dollar keçəcək", "more than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "az")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("15 sentyabr 2026, 21:05", (2026, 9, 15)), ("Bakı, 12 mart.", (None, 3, 12)),
     ("sentyabrın 15-də Bakıya gəlib", (None, 9, 15)), ("3 iyun 2026-cı il", (2026, 6, 3)),
     ("görüş oktyabrda keçiriləcək", (None, 10, None)), ("mayın 5-də", (None, 5, 5))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "az", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Nazir şənbə günü Bakıya gəlib."
    assert [m.weekday for m in dates.find(text, "az", [(0, len(text))])] == [6]


def test_stop_words() -> None:
    assert {"və", "ilə", "üçün", "bu", "ki", "isə"} <= stop_words("az")


def test_lexicon_reads_the_azerbaijani_lists() -> None:
    lex = lexicon("az")
    for verb in ("deyib", "bildirib", "vurğulayıb", "söyləyib", "dedi", "deyə", "qeyd", "əlavə"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("nazir") and lex.is_role("naziri") and lex.is_role("prezidenti") and lex.is_role("politoloq")


@pytest.mark.parametrize("form", ["Bakıda", "Bakıya", "Azərbaycan", "Azərbaycanın", "Sarayevoda", "Moskvaya",
                                  "Rusiyanın", "Türkiyədə", "Gürcüstana", "Bosniya və Herseqovinaya", "Tbilisidə"])
def test_azerbaijani_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quote: a comma, a dash, "deyə" and the name before the verb.
        ("Baş nazir Əli Əsədov Bakıda səfirlə görüşüb.\n\n“Biz əməkdaşlığa hazırıq”, – deyə Əli Əsədov qeyd edib.",
         "Biz", "Əli Əsədov"),
        # A bare surname before the verb, no dash.
        ("Nazir Samir Hüseynov layihəni təqdim edib.\n\n“Layihə iki ilə başa çatacaq”, Hüseynov deyib.", "Layihə",
         "Samir Hüseynov"),
        # A role noun standing for the person named with it.
        ("Energetika naziri Pərviz Şahbazov jurnalistlərlə görüşüb.\n\n“İxrac artacaq”, nazir bildirib.", "İxrac",
         "Pərviz Şahbazov"),
        # A dative after the speaker is whom it was said to, not who said it.
        ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Bakıya gəlib. Prezident İlham Əliyev Tokayevi qəbul edib.\n\n"
         "“Biz yeni marşrutlar açırıq”, – deyə Tokayev Əliyevə bildirib.", "Biz", "Kasım-Jomart Tokayev"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="az"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_an_outlet_with_its_case_hyphened_on_is_no_part_of_the_name_before_it() -> None:
    # "Trend-ə" (to Trend) and "APA-nın" after the name: the outlet told, no surname's word.
    text = ("İqtisadçı Rauf Həsənli Trend-ə bildirib ki, qiymətlər artacaq.\n\n"
            "“Bazar hələ hazır deyil”, – deyə Həsənli APA-nın sualına cavab verib.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="az"))
    assert [q.speaker for q in a.quotes] == ["Rauf Həsənli"]


def test_a_whole_azerbaijani_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "az" and str(a.date) == "2026-03-12" and a.places[0] == "Baku"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Enerji dəhli"] == "İrakli Kobaxidze"
    assert speakers["Gürcüstan bi"] == "İlham Əliyev"
    assert speakers["Ötən il dəmi"] == "İrakli Kobaxidze"
    assert speakers["Xəzər dənizi"] == "Ceyhun Bayramov"
    assert speakers["Bu pulu kim "] == "Zaur Məmmədov"
    got = {(n.value, n.unit, n.speaker) for n in a.numbers}
    assert {(1.2e9, "USD", "İlham Əliyev"), (3e6, "t", "İrakli Kobaxidze"), (15, "%", "İrakli Kobaxidze"),
            (2.3e9, "EUR", "Ceyhun Bayramov"), (300e6, "EUR", "Zaur Məmmədov"),
            (40e6, "GEL", "İrakli Kobaxidze")} <= got


def test_azerbaijani_and_english_spellings_are_one_name() -> None:
    # ə folds to a and ı to i, as English spells them (Əli Əsədov: Ali Asadov); a case form too.
    assert fold("Əli Əsədov") == fold("Ali Asadov")
    assert same_word("Əsədovun", "Asadov") and same_word("Yıldırım", "Yildirim")


def test_azerbaijani_names_share_the_grouping_keys_of_their_english_spelling() -> None:
    # Visits group articles by their names' consonant keys: Əli Əsədov is keyed as Ali Asadov is
    # (an az and a bs report of one visit were two visits).
    assert skeletons(["Əli", "Əsədov"]) == skeletons(["Ali", "Asadov"])


def test_a_known_surname_before_a_place_word_is_no_two_word_name() -> None:
    # "Elnur Quliyev" is named in full, so "iclası açan Quliyev Xəzər dənizinin …" is his surname, then the Caspian
    # (Azerbaijani glues its cases to a name's last word and writes no double surname): no person "Quliyev Xəzər",
    # though "Tokenov Xəzərdən" (from the Caspian) makes the place's word look like a surname.
    from digest.cleaning import clean
    from digest.quotes import find_quotes

    text = ("Bakıda nazirlərin iclası keçirilib. Qazaxıstanın naziri Murat Tokenov Xəzərdən keçən marşrutdan danışıb. "
            "Tədbirdə ekologiya naziri Elnur Quliyev də iştirak edib.\n\n"
            "İclası açan Quliyev Xəzər dənizinin səviyyəsinin aşağı düşdüyünü bildirib.\n\n"
            "“Biz vaxt itirməməliyik”, – deyə nazir vurğulayıb.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "az")] == ["Elnur Quliyev"]


def test_a_name_in_a_case_the_text_writes_bare_too_loses_its_ending() -> None:
    # 'Kaja Kallasın' (genitive, no apostrophe) beside 'K.Kallas', and 'Vadefulun' beside 'Vadeful': the case
    # ending comes off, and the two forms are one person under the bare name.
    text = ("Bakıda görüş\n\n21 oktyabr, 2026 14:12\n\nBu gün Bakıda Aİ-nin ali nümayəndəsi Kaja Kallasın və Almaniyanın "
            "xarici işlər naziri Yohan Vadefulun iştirakı ilə görüş keçirilib.\n\nK.Kallas isə Azərbaycanı tərəfdaş "
            "adlandırıb. «Avropa Azərbaycanla enerji əməkdaşlığını genişləndirir», – Aİ-nin ali nümayəndəsi deyib.\n\n"
            "Vadeful bildirib: «Almaniya şirkətləri Azərbaycanda yeni layihələrə baxır».")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert set(a.people) == {"Kaja Kallas", "Yohan Vadeful"}
    assert {q.speaker for q in a.quotes} == {"Kaja Kallas", "Yohan Vadeful"}


def test_the_azerbaijani_spelling_of_al_is_a_name_particle() -> None:
    # 'Tariq bin Əhməd Əl Cabir': Əl (al, house of) joins the family name as Al does; the given name stays.
    a = analyse("Bu gün Bakıda BƏƏ-nin naziri Tariq bin Əhməd Əl Cabir ilə görüş keçirilib.\n\nCabir bildirib: «ADNOC "
                "və XRG Azərbaycanda 5 milyard dollarlıq layihələrə baxır».", Settings(SummarySettings(), Limits()))
    assert [q.speaker for q in a.quotes] == ["Tariq bin Əhməd Əl Cabir"]


def test_an_institutions_genitive_before_a_role_names_no_one() -> None:
    # "Milli Bankın rəhbəri" (the National Bank's head): the capitalised genitive is the office's field, no person.
    from lines import quotes_of

    text = ("Bakıda Milli Bankın sədri Elçin Məmmədov çıxış edib.\n"
            "\"İnflyasiya azalır\", - deyə Milli Bankın rəhbəri vurğulayıb.\n")
    assert [q.speaker for q in quotes_of(text, "az")] == ["Elçin Məmmədov"]


def test_a_country_in_the_genitive_ends_the_name_before_it() -> None:
    # "Fərid Məmmədli Azərbaycanın …": Azərbaycan-ın (genitive), no "Azərbayca" with -nın: the name ends before it.
    from digest.speakers import People

    text = "Forumda şirkətin prezidenti Fərid Məmmədli Azərbaycanın Avropaya qaz ixracı ilə bağlı planları açıqlayıb."
    assert [m.person for m in People(text, [(0, len(text))], "az").resolve() if m.person] == ["Fərid Məmmədli"]
