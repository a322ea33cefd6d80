"""Armenian: language detection, the word lists in digest/data/hy, its punctuation and name cases, read through
the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, _armenian_punctuation, analyse
from digest.sentences import split
from digest.speakers import LANGS, lexicon, one_person, same_person

NEWS = ("Վարչապետը չորեքշաբթի օրը Երևանում ընդունել է Ղազախստանի նախագահին։ Նրա խոսքով՝ երկու երկրների "
        "միջև առևտրաշրջանառությունն անցյալ տարի կազմել է մոտ 300 միլիոն դոլար, ինչը 8 տոկոսով ավելի է, "
        "քան նախորդ տարում։ Կողմերը պայմանավորվել են համագործակցությունը շարունակել նաև էներգետիկայի ոլորտում։")
ARTICLE = Path(__file__).parent / "data" / "hy_aytse.txt"


def test_armenian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "hy" and detect(ARTICLE.read_text("utf-8")) == "hy"
    assert supported("hy") and "hy" in LANGS and word_lists("hy") == "hy"


@pytest.mark.parametrize("text", [
    "Պուտինը Մոսկվայում ընդունել է Փաշինյանին",  # a headline: Russian names in Armenian letters
    "Лавров и Мирзоян провели переговоры. «Мы готовы помочь», — ответил Մирзоян.",
])
def test_short_texts(text: str) -> None:
    # Armenian words with Russian names are Armenian; a Russian text stays Russian (one stray Armenian letter).
    assert detect(text) == ("hy" if text.startswith("Պ") else "ru")


def test_neighbours_stay_themselves() -> None:
    ru = ("Премьер-министр Армении Никол Пашинян в среду провёл переговоры с президентом России в Москве. "
          "По его словам, товарооборот между странами в прошлом году составил около 7 миллиардов долларов.")
    assert detect(ru) == "ru"
    el = "Ο πρωθυπουργός της Αρμενίας συναντήθηκε με τον πρόεδρο της Ελλάδας στην Αθήνα την Τετάρτη."
    assert detect(el) == "el"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ապրանքաշրջանառությունը կազմել է 1,2 միլիարդ դոլար", 1.2e9, "USD"),
        ("կառավարությունը կհատկացնի 45 միլիարդ դրամ", 45e9, "AMD"),
        ("200 միլիոն եվրոն մեր բյուջեի մասն է", 200e6, "EUR"),
        ("վարկը կազմում է 2,5 մլրդ ռուբլի", 2.5e9, "RUB"),
        ("ներդրումը՝ 800 հազար դոլար", 800e3, "USD"),
        ("աճել է 14 տոկոսով", 14, "%"),
        ("գնաճը կազմել է 3,5%", 3.5, "%"),
        ("ճանապարհի երկարությունը 120 կիլոմետր է", 120, "km"),
        ("համայնքում ապրում է 15 000 մարդ", 15000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "hy") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("միլիարդ", "միլիոն", "հազար", "տոկոսով", "տոկոս")


@pytest.mark.parametrize(("text", "value"), [("ստորագրել են յոթ փաստաթուղթ", 7), ("քսան տարի", 20),
                                             ("երեք նոր անցակետ", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "hy") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("մոտ 300 միլիոն դոլարի", "about"), ("շուրջ 1,5 միլիարդ եվրո", "about"), ("գրեթե 40 տոկոսը", "almost"),
     ("ավելի քան 150 ընկերություն", "more than"), ("առնվազն 3 միլիարդ դրամ", "at least"),
     ("մինչև 500 միլիոն կիլովատտ-ժամ", "up to")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "hy")[0].qualifier == qualifier


def test_a_year_and_a_rank_are_no_key_numbers() -> None:
    text = "Լավրովը 2026 թվականի փետրվարին կայցելի Երևան, որտեղ կքննարկի 102-րդ ռազմաբազայի հարցը։"
    assert not [f for f in scan(text, "hy") if f.kind not in ("date", "ordinal")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("մարտի 11-ին", (None, 3, 11)), ("14:35, 12 մարտի 2026", (2026, 3, 12)),
     ("2026 թվականի մարտի 12-ին", (2026, 3, 12)), ("2025 թ. հոկտեմբերի 20", (2025, 10, 20)),
     ("նոյեմբերի 20-ից", (None, 11, 20)), ("հունվարին", (None, 1, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "hy", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays() -> None:
    text = "Նախագահը հինգշաբթի օրը կժամանի, իսկ անցյալ շաբաթ հանդիպել էր նախարարին։"
    assert [m.weekday for m in dates.find(text, "hy", [(0, len(text))]) if m.weekday] == [4]


def test_the_armenian_punctuation_is_read() -> None:
    # ։ ends a sentence, the point before a quotation introduces it, ՞ stays inside its word, the pause ՝ is
    # kept; one character for one, so that every offset holds.
    text = "Նախագահը ժամանել է Փարիզ։ Նրա խոսքով՝ այցը կարևոր է։ Նա ասաց. «Ինչո՞ւ ոչ»։"
    read = _armenian_punctuation(text)
    assert len(read) == len(text) and "։" not in read and "խոսքով՝ այցը" in read and "ասաց: «Ինչո" in read
    assert len(split(read, "hy", 0, len(read))) == 3
    assert _armenian_punctuation("Пашинян: «Да».") == "Пашинян: «Да»."


def test_lexicon_reads_the_armenian_lists() -> None:
    lex = lexicon("hy")
    for verb in ("ասաց", "հայտարարեց", "նշել", "ընդգծեց", "շեշտել", "հավելել", "պնդում", "գրել", "խոսքով"):
        assert lex.is_speech_verb(verb), verb
    for role in ("նախագահ", "վարչապետը", "նախարարի", "դեսպանին", "խոսնակը", "փորձագետ", "վերլուծաբանը"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(("form", "place"), [("Երևանում", "Yerevan"), ("Հայաստանի", "Armenia"), ("Մոսկվայից", "Moscow"),
                                             ("Վրաստան", "Georgia"), ("Թբիլիսիում", "Tbilisi"), ("Բաքվին", "Baku"),
                                             ("Ռուսաստանը", "Russia"), ("Իրանի", "Iran"), ("Փարիզում", "Paris"),
                                             ("Հնդկաստանի", "India")])
def test_armenian_place_forms(form: str, place: str) -> None:
    found = places.lookup(form)
    assert found is not None and found.name == place


@pytest.mark.parametrize(("a", "b"), [("Պուտին", "Putin"), ("Պուտինը", "Путин"), ("Նիկոլ Փաշինյան", "Nikol Pashinyan"),
                                      ("Սերգեյ Լավրով", "Сергей Лавров"), ("Էմանուել Մակրոն", "Emmanuel Macron"),
                                      # (Russian leaves out the Armenian h between vowels: Анаит, Ованес.)
                                      ("Անահիտ Սարգսյան", "Анаит Саргсян"), ("Հովհաննես Վարդանյան", "Ованес Варданян")])
def test_names_across_scripts(a: str, b: str) -> None:
    assert same_person(a, b) and one_person(a, b)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The dash after the closing mark's comma, the aorist and the name with its article.
        ("Վարչապետ Նիկոլ Փաշինյանը ընդունել է հյուրին։\n\n«Սահմանը մեզ միավորում է»,- ասաց Փաշինյանը։",
         "Սահմանը", "Նիկոլ Փաշինյան"),
        # The perfect with its auxiliary, an outlet with an Armenian case glued by a hyphen before it.
        ("Պատգամավոր Արթուր Խաչատրյանը քննադատել է այցը։\n\n«Սա թղթի վրա է»,- Facebook-ի իր էջում գրել է "
         "Խաչատրյանը։", "Սա թղթի", "Արթուր Խաչատրյան"),
        # The source in the genitive before "կարծիքով" (in his opinion), the quotation after the pause mark.
        ("Քաղաքագետ Տիգրան Գևորգյանը մասնակցել է քննարկմանը։ Գևորգյանի կարծիքով՝ «այցը կարևոր ազդակ է»։",
         "այցը", "Տիգրան Գևորգյան"),
        # A vowel-final foreign name with the article -ն, declined without it elsewhere.
        ("Վրաստանի վարչապետ Իրակլի Կոբախիձեն ժամանել է Երևան։ Կոբախիձեի հետ բանակցել է վարչապետը։\n\n"
         "«Մեր նպատակը տարանցումն է»,- ասել է Կոբախիձեն։", "Մեր նպատակը", "Իրակլի Կոբախիձե"),
        # An opposition MP introduced by the member's word (no role word), a role word right after the name
        # (with journalists): the pronoun of the next quotation is the MP's, not the minister's named before.
        ("Նախարար Արմեն Սահակյանը այցելեց դպրոց։ Ընդդիմադիր պատգամավոր Լևոն Գրիգորյանը լրագրողների հետ "
         "զրույցում ասաց, որ թվերը սխալ են։ «Ո՞ւմ հավատանք»,- ասաց նա։", "Ո՞ւմ", "Լևոն Գրիգորյան"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hy"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_armenian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "hy" and str(a.date) == "2025-11-26"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Մենք պատրաստ"] == "Սերգեյ Լավրով"
    assert speakers["Մեր օրակարգո"] == "Արարատ Միրզոյան"
    assert speakers["Ոչ ոք չի պատ"] == "Սերգեյ Լավրով"
    assert speakers["Հարաբերությո"] == "Սուրեն Սարգսյան"
    assert speakers["Այս հանդիպու"] == "Արծվիկ Մինասյան"
    got = {(n.value, n.unit) for n in a.numbers}
    assert (12.4e9, "USD") in got and any(n.value == 2500 and n.qualifier == "more than" for n in a.numbers)
    assert not any(n.value == 2026 for n in a.numbers)
    assert a.places[0] == "Moscow"
    assert a.summary and not any("Կիսվել" in s or "Նմանատիպ" in s for s in map(str, a.summary))


@pytest.mark.parametrize("cue", ["Փաշինյանը նշել է, որ", "Փաշինյանը հայտարարեց, որ", "Փաշինյանի խոսքով՝"])
def test_a_figure_s_speaker_named_before_the_verb(cue: str) -> None:
    # The name opening the sentence in Armenian capitals, recurring, is the figure's source.
    text = f"Վարչապետ Նիկոլ Փաշինյանը ընդունել է հյուրին։ {cue} կառավարությունը կհատկացնի 45 միլիարդ դրամ։"
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="hy"))
    assert [(n.value, n.unit, n.speaker) for n in a.numbers] == [(45e9, "AMD", "Նիկոլ Փաշինյան")]


def test_a_quote_keeps_the_armenian_full_stop_as_written() -> None:
    # The stages read ։ as "." (one character for one), but a quotation is shown verbatim.
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    text = ("ԼՈՒՐԵՐ\n\nՆախագահը ժամանել է Երևան\n\n"
            "Վարչապետ Նիկոլ Փաշինյանը ընդունել է հյուրին։\n\n«Սահմանը մեզ միավորում է։ Մենք կշարունակենք»,- ասաց Փաշինյանը։")
    found = analyse(text, Settings(SummarySettings(), Limits(), lang="hy")).quotes
    assert [q.text for q in found] == ["Սահմանը մեզ միավորում է։ Մենք կշարունակենք"]
