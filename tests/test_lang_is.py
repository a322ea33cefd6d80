"""Icelandic: language detection, the word lists in digest/data/is, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.model import Article
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stemmer, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Forsætisráðherra tók á móti kanslara Þýskalands í Reykjavík á miðvikudag. Að sögn ráðuneytisins námu "
        "viðskipti ríkjanna tæplega 900 milljónum evra í fyrra. Þau sögðust bæði vilja auka samstarfið í orkumálum.")
ARTICLE = Path(__file__).parent / "data" / "is_heimsokn.txt"


def test_icelandic_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "is" and detect(ARTICLE.read_text("utf-8")) == "is"
    assert supported("is") and "is" in LANGS and word_lists("is") == "is"


@pytest.mark.parametrize(
    "text",
    [
        "Hún sagði að samningurinn yrði undirritaður í næstu viku.",
        "„Við erum tilbúin,“ sagði ráðherrann á blaðamannafundi.",
        "Þingmaðurinn gagnrýndi ríkisstjórnina harðlega fyrir að hafa ekki kynnt málið.",
    ],
)
def test_short_icelandic_sentences(text: str) -> None:
    assert detect(text) == "is"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The neighbours keep their own code: og, af, til, var, er and en are theirs too, æ is Danish and
        # Norwegian as well, and ø å count against Icelandic.
        ("Han sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si.", "no"),
        ("Hun sagde, at regeringen ikke vil ændre loven efter valget, og at det er for tidligt.", "da"),
        ("Statsministeren tog imod den islandske statsminister i København, hvor de drøftede handel, fiskeri og sikkerhed.", "da"),
        ("Hon sade att regeringen inte vill ändra lagen efter valet och att det är för tidigt.", "sv"),
        ("Statsministeren tok imot Islands statsminister i Oslo, og de snakket om handel, fiske og sikkerhet.", "no"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("viðskiptin námu 4,3 milljörðum evra", 4.3e9, "EUR"),
        ("framlag upp á 20 milljónir evra", 20e6, "EUR"),
        ("verkefnið kostar 850 milljónir króna", 850e6, "ISK"),
        ("lán að fjárhæð 1,5 milljarður króna", 1.5e9, "ISK"),
        ("samningurinn er metinn á 300 milljónir dollara", 300e6, "USD"),
        ("tjónið nam 12 millj. kr.", 12e6, "ISK"),
        ("útflutningur jókst um 7,5 prósent", 7.5, "%"),
        ("hlutfallið er 64%", 64, "%"),
        ("strengurinn er 1.200 kílómetrar að lengd", 1200, "km"),
        ("um 400 þúsund manns búa í landinu", 400_000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "is") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("milljörðum", "milljónir", "þúsund", "prósent", "evra", "króna")


def test_a_range_between_two_figures() -> None:
    figs = [f for f in scan("á milli 2 og 3 milljarða króna á ári", "is") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(2e9, 3e9, "ISK")]


@pytest.mark.parametrize(("text", "value"), [("undirrituðu þrjá samninga", 3), ("í tuttugu ár", 20),
                                             ("fjórir nýir samningar", 4), ("á næstu fimm árum", 5)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "is") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("um 70 prósent", "about"), ("rúmlega 3.500 ferðamenn", "more than"), ("tæplega 15 prósent", "almost"),
     ("allt að 20 milljónir evra", "up to"), ("að minnsta kosti tíu ár", "at least"),
     ("meira en 200 milljónir króna", "more than"), ("minna en 5 prósent", "less than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [f for f in scan(text, "is") if f.kind != "date"][0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("útflutningur jókst um 7,5 prósent", None), ("verðið hækkaði um 300 krónur", None),
     ("ferðamönnum fjölgaði um rúmlega 20 prósent", "more than"), ("verðið lækkaði um tæplega 5 prósent", "almost"),
     ("viðskiptin námu um 4,3 milljörðum evra", "about")],
)
def test_um_after_a_verb_of_change_is_by_not_about(text: str, qualifier: str | None) -> None:
    assert [f for f in scan(text, "is") if f.kind != "date"][0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("7. október 2026 kl. 16:40", (2026, 10, 7)), ("Reykjavík, 3. mars 2026", (2026, 3, 3)),
     ("frá 1. janúar 2026", (2026, 1, 1)), ("fundurinn í júní", (None, 6, None)),
     ("kosningarnar í nóvember 2025", (2025, 11, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "is", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("text", "weekday"), [("Ráðherrann tók á móti gestinum á fimmtudag.", 4),
                                               ("Fundurinn fór fram á þriðjudaginn.", 2),
                                               ("Viðræðunum lauk síðdegis á sunnudeginum.", 7)])
def test_weekday(text: str, weekday: int) -> None:
    assert [m.weekday for m in dates.find(text, "is", [(0, len(text))])] == [weekday]


def test_sentences_keep_abbreviations() -> None:
    text = "Rætt var um orkumál, t.d. jarðvarma, og m.a. um sæstrengi. Fundurinn stóð í klukkustund."
    assert len(split(text, "is", 0, len(text))) == 2


def test_stop_words_and_stems() -> None:
    assert {"og", "að", "í", "á", "er", "sem", "hún", "hann"} <= stop_words("is")
    # The case endings and suffixed articles of one noun share a stem.
    stem = stemmer("is")
    assert {stem(w) for w in ("samningurinn", "samningnum", "samningsins", "samningar", "samningum")} == {"samning"}
    assert stem("ráðherrann") == stem("ráðherrans")


def test_lexicon_reads_the_icelandic_lists() -> None:
    lex = lexicon("is")
    assert lex.is_speech_verb("sagði") and lex.is_speech_verb("segir") and lex.is_speech_verb("sagðist")
    assert lex.is_role("forsætisráðherra") and lex.is_role("utanríkisráðherrann") and lex.is_role("þingmaður")
    assert lex.is_role("sérfræðingurinn") and lex.is_role("forsetinn")


@pytest.mark.parametrize("form", ["Ísland", "Íslands", "Íslandi", "Reykjavíkur", "Óslóar", "Kaupmannahöfn",
                                  "Þýskalandi", "Bandaríkjunum", "Kænugarði", "Finnlands"])
def test_icelandic_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # Comma inside the closing mark, the verb, then the given name alone (Icelanders are named by it).
        ("Fundurinn var haldinn í Reykjavík.\n\nJón Sigurðsson forsætisráðherra sagði að fundurinn hefði gengið "
         "vel.\n\n„Samstarfið við Finnland er traust,“ sagði Jón.", "Samstarfið", "Jón Sigurðsson"),
        # The present for comment, with two given names.
        ("Fundurinn var haldinn í Reykjavík.\n\nHelga Björk Ólafsdóttir, sérfræðingur í orkumálum, var á "
         "fundinum.\n\n„Þetta er skynsamlegt skref,“ segir Helga Björk.", "Þetta", "Helga Björk Ólafsdóttir"),
        # A role cue names whom the text gave that role.
        ("Fundurinn var haldinn í Reykjavík.\n\nUtanríkisráðherra Noregs, Espen Barth Eide, kom í gær.\n\n"
         "„Við viljum meira samstarf við Ísland,“ sagði utanríkisráðherrann.", "Við viljum", "Espen Barth Eide"),
        # 'bætti hún við': the pronoun between the verb and its particle.
        ("Fundurinn var haldinn í Reykjavík.\n\nForsætisráðherra Danmerkur, Mette Frederiksen, kom til "
         "Reykjavíkur í gær.\n\n„Norðurlöndin standa saman í þessu máli,“ bætti hún við.", "Norðurlöndin",
         "Mette Frederiksen"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="is"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_icelandic_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "is" and str(a.date) == "2026-03-12"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Norðurlöndin"] == "Ragnhildur Ösp Einarsdóttir"
    assert speakers["Við komum ek"] == "Mikko Laaksonen"
    assert speakers["Við stefnum "] == "Ragnhildur Ösp Einarsdóttir"
    assert speakers["Þingið fékk "] == "Sigrún Eva Magnúsdóttir"
    assert speakers["Orkusala til"] == "Baldur Þór Jónsson"
    assert speakers["En það tekur"] == "Baldur Þór Jónsson"
    got = {(n.value, n.value_end, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.2e9, None, "EUR", "almost"), (15, None, "%", "about"), (40e6, None, "EUR", "up to"),
            (2e9, 3e9, "ISK", None), (3500, None, "ferðamenn", "more than")} <= got
    assert not any(n.unit in ("milljörðum", "milljónum", "prósent", "finnskir") for n in a.numbers)
    assert a.summary and not any("Deila" in s or "Tengdar" in s for s in map(str, a.summary))


def test_the_host_receives_the_guest_and_is_named_by_given_names() -> None:
    # "X forsætisráðherra tók á þriðjudag á móti Y": the role after the name and the day after the verb; the host
    # is named again only by her given names ("sagði Ragnhildur Ösp"), each mention hers.
    text = ARTICLE.read_text("utf-8")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Laaksonen visits Einarsdóttir in Reykjavik"
    assert set(found[0].participants[:2]) == {"Ragnhildur Ösp Einarsdóttir", "Mikko Laaksonen"}
