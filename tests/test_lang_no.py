"""Norwegian (Bokmål): language detection, the word lists in digest/data/no, read through the public stages and on a whole article."""

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

NEWS = ("Statsministeren tok i går imot sin svenske kollega i Oslo. Ifølge Utenriksdepartementet var handelen "
        "mellom de to landene i fjor på rundt 90 milliarder kroner, og det er 4 prosent mer enn året før. De to "
        "regjeringssjefene ble enige om å styrke samarbeidet om energi og forsvar, og de skal møtes igjen til "
        "høsten.")
DANISH = ("Statsministeren tog i går imod sin svenske kollega på Marienborg. Ifølge Udenrigsministeriet udgjorde "
          "samhandlen mellem de to lande sidste år omkring 90 mia. kr., og det er 4 procent mere end året før. De "
          "to regeringschefer blev enige om at styrke samarbejdet om energi og forsvar.")
SWEDISH = ("Statsministern tog i går emot sin norska kollega i Stockholm. Enligt Utrikesdepartementet uppgick "
           "handeln mellan de två länderna förra året till omkring 90 miljarder kronor, och det är 4 procent mer "
           "än året innan. Regeringscheferna kom överens om att stärka samarbetet om energi och försvar.")
ARTICLE = Path(__file__).parent / "data" / "no_besok.txt"


def test_norwegian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "no" and detect(ARTICLE.read_text("utf-8")) == "no"
    assert supported("no") and word_lists("no") == "no"
    # Bokmål's and Nynorsk's own codes read with the same lists.
    assert word_lists("nb") == "no" and word_lists("nn") == "no"


def test_the_neighbours_stay_themselves() -> None:
    assert detect(DANISH) == "da" and word_lists("da") == "da"
    assert detect(SWEDISH) == "sv"


@pytest.mark.parametrize(
    "text",
    [
        # Short Norwegian texts: 'at', 'og', 'i', 'vil' are Danish too; the profile's at and sa, and -sjon and
        # -ighet (Danish -tion, -ighed), tell them apart.
        "Hun sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si noe om det.",
        "Regjeringen anslår at de samlede investeringene i digital sikkerhet vil øke i år.",
        "Han viser til at landet overtar en viktig rolle i energisamarbeidet neste år.",
        "Ministeren sa at situasjonen i regionen er alvorlig, og at nasjonen må stå samlet.",
    ],
)
def test_short_norwegian_texts(text: str) -> None:
    assert detect(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Ministeren sagde, at situationen i regionen er alvorlig, og at nationen må stå samlet.",
        "Regeringen anslår, at de samlede investeringer i digital sikkerhed vil stige i år.",
        "Han henviser til, at landet overtager en vigtig rolle i energisamarbejdet næste år.",
    ],
)
def test_short_danish_texts_stay_danish(text: str) -> None:
    assert detect(text) == "da"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("handelen utgjorde i fjor 118 mrd. kr.", 118e9, "NOK"),
        ("prisen anslås til 4,5 milliarder kroner", 4.5e9, "NOK"),
        ("et tilskudd på 250 mill. kr.", 250e6, "NOK"),
        ("kontrakten er verdt 12 milliarder NOK", 12e9, "NOK"),
        ("Danmark bruker 60 milliarder danske kroner i året", 60e9, "DKK"),
        ("et lån på 3 milliarder svenske kroner", 3e9, "SEK"),
        ("budsjettet er på 2,3 millioner kroner", 2.3e6, "NOK"),
        ("fondet har 40 millioner euro", 40e6, "EUR"),
        ("Til sammen 2 400 norske soldater deltar", 2400, None),
        ("85 prosent av gassforbruket", 85, "%"),
        ("en økning på 6 pst.", 6, "%"),
        ("ledigheten er 2,9 %", 2.9, "%"),
        ("en kabel på 230 kilometer", 230, "km"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "no") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("mrd", "mrd.", "mill", "mill.", "milliarder", "millioner", "prosent", "pst", "kr")


@pytest.mark.parametrize("text", ["investeringene anslås til mellom 150 og 200 mrd. kr.",
                                  "investeringene anslås til 150–200 mrd. kr."])
def test_a_range_is_one_figure(text: str) -> None:
    figs = [f for f in scan(text, "no") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(150e9, 200e9, "NOK")]


@pytest.mark.parametrize(("text", "value"), [("de undertegnet fem avtaler", 5), ("for tjue år siden", 20),
                                             ("sju nye patruljefartøyer", 7), ("førti soldater", 40)])
def test_number_words(text: str, value: int) -> None:
    figs = [f for f in scan(text, "no") if f.kind != "date"]
    assert figs and figs[0].value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("nesten 80 prosent", "almost"), ("omkring 100 kilometer", "about"), ("rundt 2 mrd. kr.", "about"),
     ("ca. 2 mrd. kr.", "about"), ("over 600 soldater", "more than"), ("mer enn 850 millioner kroner", "more than"),
     ("drøyt 40 prosent", "more than"), ("under 3 mrd. kr.", "less than"), ("minst 3 mrd. kr.", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "no")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Publisert 14. april 2026 kl. 18.05", (2026, 4, 14)), ("Oslo, 3. mars 2026", (2026, 3, 3)),
     ("fra 1. januar 2026", (2026, 1, 1)), ("møtet i desember 2025", (2025, 12, None)),
     ("den 2. mai 2026", (2026, 5, 2))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "no", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    text = "Statsministeren tok onsdag imot gjesten."
    assert [m.weekday for m in dates.find(text, "no", [(0, len(text))])] == [3]


def test_sentences_keep_abbreviations() -> None:
    text = "Regjeringen vil bl.a. bruke 4,5 mrd. kr. på nye fartøyer, f.eks. patruljebåter. Møtet varte en time."
    assert len(split(text, "no", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"og", "i", "å", "det", "er", "ifølge", "også", "ikke"} <= stop_words("no")


@pytest.mark.parametrize("form", ["Norge", "Norges", "Sverige", "Danmark", "Storbritannia", "Østerrike", "Sveits",
                                  "Hellas", "Tyrkia", "Frankrike", "Tyskland", "Helsingfors", "Bergen", "Tromsø"])
def test_norwegian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(("form", "country"), [("østerrikske", "AT"), ("greske", "GR"), ("norske", "NO")])
def test_norwegian_adjectives(form: str, country: str) -> None:
    assert places.demonym(form) == country


def test_a_norwegian_host_with_a_party_receives_a_guest() -> None:
    # "Statsminister X (Ap) tok tirsdag imot …": the party in brackets stands between the host and the verb.
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=ARTICLE.read_text("utf-8"), analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Tamm visits Halvorsen in Oslo"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # «…», then the inverted cue: verb before the name.
        ("Statsminister Kari Nyhus tok imot sin svenske kollega.\n\n«Nordsjøen er vårt felles kraftverk», sa "
         "Kari Nyhus.", "Nordsjøen", "Kari Nyhus"),
        ("Den svenske statsministeren Lars Berg var avmålt. «Vi er positive», sa Berg med et smil.", "Vi er",
         "Lars Berg"),
        # A pronoun after the verb refers back to the last person named.
        ("Professor Anne Dahle ved Universitetet i Oslo vurderer møtet.\n\n«Det sier alt», sier hun.", "Det sier",
         "Anne Dahle"),
        # A dash line with its cue after it, the role standing for the person.
        ("President Aleksi Virtanen var på besøk.\n\n– Vi har ikke råd til å vente, sa presidenten.", "Vi har",
         "Aleksi Virtanen"),
        # la til (added), a particle verb.
        ("Utenriksminister Per Sand snakket med pressen.\n\n«Dette er bare begynnelsen», la Sand til.", "Dette er",
         "Per Sand"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="no"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_norwegian_article_numbers_and_place() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "no" and str(a.date) == "2026-04-14"
    assert a.places[0] == "Oslo"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(8.4e9, None, "NOK"), (6, None, "%"), (1.2e9, None, "NOK"), (3e9, 5e9, "NOK"), (70, None, "%")} <= got
    assert 250 in {n.value for n in a.numbers}
    assert not any(n.unit in ("mrd", "mrd.", "prosent", "kr", "DKK") for n in a.numbers)
    assert a.summary and not any("Del artikkelen" in s or "Les også" in s for s in map(str, a.summary))


def test_a_whole_norwegian_article_speakers() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Norge og Est"] == "Ingrid Moe Halvorsen"
    assert speakers["Vi har ikke "] == "Kaarel Tamm"
    assert speakers["Men vi har o"] == "Kaarel Tamm"
    assert speakers["Det handler "] == "Eirik Lunde Sæther"
    assert speakers["Det nordiske"] == "Sigrid Haugland"


@pytest.mark.parametrize("text", ["Fondet har støttet 60 prosjekter i år, og av dem er 15 i Nord-Norge. Søknadsfristen er ute.",
                                  "Fondet har støttet 60 prosjekter i år, hvorav 15 i Nord-Norge. Søknadsfristen er ute."])
def test_a_part_after_av_dem_counts_the_whole_s_noun(text: str) -> None:
    # The verb comes second after a fronted "av dem": the part still counts the whole's noun.
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="no"))
    assert (15, "prosjekter") in {(n.value, n.unit) for n in a.numbers}


def test_the_town_a_guest_came_to_is_the_venue() -> None:
    # "kom tirsdag til Oslo": til leads to where the visit is (locative.txt), above a later stop "i Stavanger".
    text = ("Finsk president på besøk\n\nPublisert 3. februar 2026\n\nFinlands president Aleksi Virtanen kom tirsdag "
            "til Oslo for et todagers offisielt besøk. Han ble tatt imot av statsminister Kari Nyhus.\n\nSamtalene "
            "handlet om energi, forsvar og handel mellom de to landene, og om samarbeidet i Arktis.\n\n«Vi står sammen "
            "i nord», sa Virtanen etter møtet.\n\nOnsdag skal presidenten besøke et hydrogenanlegg i Stavanger sammen "
            "med næringsministeren.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].title == "Virtanen visits Nyhus in Oslo"


def test_a_visit_id_keeps_the_letter_o_of_tromso() -> None:
    # ø (like æ, ł, ß) has no decomposition: the id folds it by hand ("tromso", not "troms").
    text = ("Finsk president på besøk\n\nPublisert 3. februar 2026\n\nFinlands president Aleksi Virtanen kom tirsdag "
            "til Tromsø for et todagers offisielt besøk. Han ble tatt imot av statsminister Kari Nyhus.\n\nSamtalene "
            "handlet om energi, forsvar og handel mellom de to landene, og om samarbeidet i Arktis.\n\n«Vi står sammen "
            "i nord», sa Virtanen etter møtet.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    art = Article(id="a", path="a.txt", text=text, analysis=a, date=a.date, lang=a.lang)
    _, found = visits.group([art], Config())
    assert found[0].id == "2026-02-tromso"
