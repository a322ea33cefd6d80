"""Slovak: language detection, the word lists in digest/data/sk, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Predseda vlády v utorok prijal v Bratislave rakúskeho kancelára. Podľa neho dosiahol vzájomný obchod "
        "vlani takmer 14 miliárd eur, čo je o 5 percent viac ako rok predtým. Obaja sa zhodli, že spolupráca "
        "v energetike je pre ich krajiny dôležitá a budú v nej pokračovať aj na budúci rok.")
CZECH = ("Předseda vlády v úterý přijal v Praze rakouského kancléře. Podle něj dosáhl vzájemný obchod loni "
         "téměř 14 miliard eur, což je o 5 procent více než rok předtím. Oba se shodli, že spolupráce v "
         "energetice je pro jejich země důležitá a budou v ní pokračovat i příští rok.")
ARTICLE = Path(__file__).parent / "data" / "sk_navsteva.txt"


def test_slovak_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "sk" and detect(ARTICLE.read_text("utf-8")) == "sk"
    assert supported("sk") and "sk" in LANGS and word_lists("sk") == "sk"
    # The Czech twin of the same news stays Czech.
    assert detect(CZECH) == "cs"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("obchod dosiahol takmer 14 miliárd eur", 14e9, "EUR"),
        ("Orbán hovoril o 15 miliardách eur", 15e9, "EUR"),
        ("investícia za 850 miliónov eur", 850e6, "EUR"),
        ("úver vo výške 2,4 mld. eur", 2.4e9, "EUR"),
        ("dosiahnuť kapacitu 5 miliárd kubických metrov ročne", 5e9, "m³"),
        ("hranica je dlhá 655 kilometrov", 655, "km"),
        ("zhruba 7,7 percenta populácie", 7.7, "%"),
        ("firma zamestnáva 12 500 ľudí", 12500, None),
        ("dlh vo výške 300 miliónov korún", 300e6, "CZK"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sk") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit


def test_a_scale_hyphenated_to_its_figure() -> None:
    # "422-tisíc": one figure of 422,000, not 422 and a thousand.
    figs = [f for f in scan("žije približne 422-tisíc obyvateľov", "sk") if f.kind != "date"]
    assert [f.value for f in figs] == [pytest.approx(422_000)] and figs[0].qualifier == "about"


def test_two_ends_joined_by_or_are_one_range() -> None:
    # "o 20 alebo 30 percent": one share from 20 to 30, not 20 "alebo" and 30 "percent".
    figs = [f for f in scan("zvýšilo ceny plynu o 20 alebo 30 percent", "sk") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(20, 30, "%")]


@pytest.mark.parametrize(("text", "value"), [("podpísali päť dohôd", 5), ("pripravujú štyri nové priechody", 4),
                                             ("traja ministri", 3), ("dvadsať rokov", 20)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "sk") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("takmer 14 miliárd eur", "almost"), ("približne 2 milióny eur", "about"), ("viac ako 850 miliónov eur", "more than"),
     ("okolo 40 kilometrov", "about"), ("najmenej 3 miliardy eur", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "sk")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("14. októbra 2026 17:48", (2026, 10, 14)), ("Bratislava 3. marca 2026", (2026, 3, 3)),
     ("rokovanie v januári", (None, 1, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "sk", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Premiér prijal hosťa vo štvrtok popoludní."
    assert [m.weekday for m in dates.find(text, "sk", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Vláda podpísala tzv. strategické partnerstvo, napr. v energetike. Rokovanie trvalo hodinu."
    assert len(split(text, "sk", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"a", "aj", "že", "sa", "je", "podľa"} <= stop_words("sk")


def test_lexicon_reads_the_slovak_lists() -> None:
    lex = lexicon("sk")
    assert lex.is_speech_verb("povedal") and lex.is_speech_verb("odkázal") and lex.is_speech_verb("zdôraznila")
    for verb in ("odvetil", "namietla", "potvrdila", "priblížil", "ozrejmila", "oponoval"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("premiér") and lex.is_role("premiérovi") and lex.is_role("politologička")


@pytest.mark.parametrize("form", ["Maďarsku", "Budapešti", "Slovensku", "Viedni", "Varšave", "Česku", "Ašchabade"])
def test_slovak_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("V Bratislave rokoval Tomasz Nowak, poľský prezident.\n\n"
         "– Naše priateľstvo je staré – povedal Nowak.", "Naše", "Tomasz Nowak"),
        ("Prezident Tomasz Nowak prišiel do Bratislavy.\n\n"
         "Nowak sa tam stretol aj so študentmi. „Prišiel som ako priateľ,“ odkázal im.",
         "Prišiel", "Tomasz Nowak"),
        ("Politologička Jana Malá zo Slovenskej akadémie vied upozorňuje na limity. „Zhoda sa rýchlo končí,“ "
         "povedala pre Denník Západ.", "Zhoda", "Jana Malá"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    # A dash quotation with its verb after it, a pronoun object after the verb (odkázal im), and an
    # outlet after "pre" that is spoken to, not speaking.
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sk"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_foreign_mans_surname_in_the_genitive_is_named_in_the_nominative() -> None:
    # "ministra Sedova" beside "ministrom Igorom Sedovom": Igor Sedov, a minister, not "Sedova" nor "ministra".
    text = ("Predseda Peter Horák sa v Bratislave stretol s ministrom financií Igorom Sedovom.\n\n"
            "„Spolupráca rastie,“ citovala ministra Sedova tlačová agentúra.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sk"))
    assert [q.speaker for q in a.quotes] == ["Igor Sedov"]
    roles = {person: role for person, role, _ in a.roles}
    assert roles["Igor Sedov"].startswith("minister ")


def test_a_whole_slovak_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "sk"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Slovinsko je"] == "Tomáš Baláž"
    assert speakers["Slovensko a "].endswith("Novak")
    assert speakers["Do roku 2030"] == "Andrej Šimko"
    assert speakers["Veľkú časť o"] == "Peter Lukáč"
    assert speakers["Prišiel som "].endswith("Novak")
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(2.4e9, None, "EUR"), (2.6e9, None, "EUR"), (850e6, None, "EUR"), (10, 15, "%"), (3000, None, None)} <= {
        (v, e, u if u in ("EUR", "%") else None) for v, e, u in got}
    assert not any(n.unit in ("miliardy", "miliónov", "alebo", "percent") for n in a.numbers)
    assert any(n.value == 3 for n in a.numbers)
    assert a.summary


def test_adjectives_between_a_count_and_its_noun() -> None:
    # "štyri nové hraničné priechody": the count is of crossings, not of "nové".
    figs = [f for f in scan("štáty pripravujú štyri nové hraničné priechody", "sk") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(4, "priechody")]


def test_a_short_adjective_ending_after_a_long_syllable_is_skipped() -> None:
    # Slovak shortens -ých/-ích after a long syllable ("legálnych", "rýdzich"): still an adjective,
    # so the count is of the noun after it, not of "legálnych".
    figs = [f for f in scan("firma zamestnáva 1 200 legálnych pracovníkov", "sk") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(1200, "pracovníkov")]


def test_brussels_as_the_eu_is_no_venue() -> None:
    # "v Bruseli" / "Brusel je nervózny" speak of the EU; the visit is in Bratislava.
    text = ("Premiér prijal v Bratislave rakúskeho kancelára\n\n"
            "Slovenský premiér Tomáš Baláž prijal v pondelok v Bratislave rakúskeho kancelára Karla Brunnera.\n\n"
            "„Naše záujmy budeme obhajovať v Bruseli,“ vyhlásil Baláž. – Brusel je nervózny, keď sa stretneme "
            "– povedal Brunner. Obaja chcú v Bruseli presadzovať lacnejší plyn.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sk"))
    assert a.places == ("Bratislava",)
