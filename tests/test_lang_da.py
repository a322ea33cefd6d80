"""Danish: language detection, the word lists in digest/data/da, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.model import Article
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words

NEWS = ("Statsministeren tog i går imod sin svenske kollega på Marienborg. Ifølge Udenrigsministeriet udgjorde "
        "samhandlen mellem de to lande sidste år omkring 90 mia. kr., og det er 4 procent mere end året før. De "
        "to regeringschefer blev enige om at styrke samarbejdet om energi og forsvar, og de vil mødes igen til "
        "efteråret.")
SWEDISH = ("Statsministern tog i går emot sin danska kollega i Stockholm. Enligt Utrikesdepartementet uppgick "
           "handeln mellan de två länderna förra året till omkring 90 miljarder kronor, och det är 4 procent mer "
           "än året innan. Regeringscheferna kom överens om att stärka samarbetet om energi och försvar.")
NORWEGIAN = ("Statsministeren tok i går imot sin danske kollega i Oslo. Ifølge Utenriksdepartementet var handelen "
             "mellom de to landene i fjor på omkring 90 milliarder kroner, og det er 4 prosent mer enn året før. "
             "Regjeringssjefene ble enige om å styrke samarbeidet om energi og forsvar.")
ARTICLE = Path(__file__).parent / "data" / "da_besoeg.txt"


def test_danish_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "da" and detect(ARTICLE.read_text("utf-8")) == "da"
    assert supported("da") and word_lists("da") == "da"


def test_swedish_and_norwegian_are_not_danish() -> None:
    assert detect(SWEDISH) == "sv"
    # Norwegian has its own lists (data/no): see tests/test_lang_no.py.
    assert detect(NORWEGIAN) == "no" and word_lists("no") == "no" and word_lists("nb") == "no"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("samhandlen udgjorde sidste år 118 mia. kr.", 118e9, "DKK"),
        ("prisen anslås til 4,5 mia. kr.", 4.5e9, "DKK"),
        ("et tilskud på 250 mio. kr.", 250e6, "DKK"),
        ("Norge bruger 60 mia. norske kroner om året", 60e9, "NOK"),
        ("handlen er på 180 milliarder norske kroner", 180e9, "NOK"),
        ("et lån på 3 milliarder svenske kroner", 3e9, "SEK"),
        ("budgettet er på 2,3 millioner kroner", 2.3e6, "DKK"),
        ("fonden har 40 millioner euro", 40e6, "EUR"),
        ("I alt 2.400 norske soldater deltager", 2400, None),
        ("85 procent af gasforbruget", 85, "%"),
        ("en stigning på 6 pct.", 6, "%"),
        ("ledigheden er 2,9 %", 2.9, "%"),
        ("et kabel på 230 kilometer", 230, "km"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "da") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("mia", "mia.", "mio", "mio.", "milliarder", "millioner", "procent", "kr")


@pytest.mark.parametrize("text", ["investeringen anslås til mellem 150 og 200 mia. kr.",
                                  "investeringen anslås til 150-200 mia. kr."])
def test_a_range_is_one_figure(text: str) -> None:
    figs = [f for f in scan(text, "da") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(150e9, 200e9, "DKK")]


@pytest.mark.parametrize(("text", "value"), [("de underskrev fem aftaler", 5), ("for tyve år siden", 20),
                                             ("tre nye arktiske patruljefartøjer", 3)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "da") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("næsten 80 procent", "almost"), ("omkring 100 kilometer", "about"), ("cirka 2 mia. kr.", "about"),
     ("ca. 2 mia. kr.", "about"), ("over 600 soldater", "more than"), ("mere end 850 mio. kr.", "more than"),
     ("under 3 mia. kr.", "less than"), ("mindst 3 mia. kr.", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "da")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Opdateret 11. juni 2026 kl. 20.14", (2026, 6, 11)), ("København, 3. marts 2026", (2026, 3, 3)),
     ("fra 1. januar 2026", (2026, 1, 1)), ("mødet i december 2025", (2025, 12, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "da", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Statsministeren tog onsdag imod sin gæst."
    assert [m.weekday for m in dates.find(text, "da", [(0, len(text))])] == [3]


def test_sentences_keep_abbreviations() -> None:
    text = "Regeringen vil bl.a. bruge 4,5 mia. kr. på nye skibe, f.eks. patruljefartøjer. Mødet varede en time."
    assert len(split(text, "da", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"og", "i", "at", "det", "er", "ifølge", "også"} <= stop_words("da")


@pytest.mark.parametrize("form", ["København", "Københavns", "Danmark", "Grønland", "Norge", "Sverige", "Aarhus",
                                  "Oslo", "Frankrig", "Tyskland", "Helsingfors"])
def test_danish_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


def test_a_danish_host_receives_a_guest_at_marienborg() -> None:
    # "tog onsdag imod sin norske kollega": the host's verb with its particle after the day; Marienborg is a
    # seat for Copenhagen; "Også Grønland" (a sentence adverb and a place) is no participant.
    text = ("Holm og Vik enige om havvind\n\n11. juni 2026\n\nStatsminister Mette Holm tog onsdag imod sin norske "
            "kollega, Lars Vik, på Marienborg.\n\n»Vi er positive,« sagde Vik.\n\nOgså Grønland var på dagsordenen. "
            "Holm takkede Norge for opbakning.\n\n»Grønland er ikke til salg,« sagde Holm.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Vik visits Holm in Copenhagen"
    assert not any("Grønland" in p for p in found[0].participants)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # »…,« then the inverted cue: verb before the name.
        ("Statsminister Mette Holm tog imod sin norske kollega.\n\n»Nordsøen er vores fælles kraftværk,« sagde "
         "Mette Holm.", "Nordsøen", "Mette Holm"),
        ("Den norske statsminister Lars Vik var afdæmpet. »Vi er positive,« sagde Vik med et smil.", "Vi er",
         "Lars Vik"),
        # A pronoun after the verb refers back to the last person named.
        ("Professor Anne Dahl fra Københavns Universitet vurderer mødet.\n\n»Det siger alt,« siger hun.", "Det siger",
         "Anne Dahl"),
        # A dash line with its cue after it.
        ("Præsident Aleksi Virtanen var på besøg.\n\n– Vi har ikke råd til at vente, sagde præsidenten.", "Vi har",
         "Aleksi Virtanen"),
        # "kong" is the king's title before his name: "sagde kong Harald" names Harald, not the minister named last.
        ("Kong Harald og dronning Sonja blev modtaget i Bergen. Med på rejsen er minister Ole Berg Sand.\n\n"
         "– Vi er gamle naboer, sagde kong Harald ved middagen.", "Vi er", "Harald"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="da"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_danish_article_numbers_and_place() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "da" and str(a.date) == "2026-03-03"
    assert a.places[0] == "Copenhagen"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(42.5e9, None, "DKK"), (6, None, "%"), (12e9, None, "DKK"), (3e9, 5e9, "DKK"), (70, None, "%")} <= got
    assert {1800, 600} <= {n.value for n in a.numbers}
    assert not any(n.unit in ("mia", "mia.", "procent", "kr") for n in a.numbers)
    assert a.summary and not any("Del artiklen" in s or "Læs også" in s for s in map(str, a.summary))


def test_a_whole_danish_article_speakers() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Finland og D"] == "Karen Holm Bach"
    assert speakers["Vi har ikke "] == "Aleksi Virtanen"
    assert speakers["Men vi har o"] == "Aleksi Virtanen"
    assert speakers["Det handler "] == "Mads Kjær Iversen"
    assert speakers["Det nordiske"] == "Helle Winther Dahl"
