"""Filipino (Tagalog): language detection, the word lists in digest/data/tl, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.cleaning import clean
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, People, lexicon

NEWS = ("Dumating sa Maynila nitong Lunes ang Pangulo ng Vietnam para sa dalawang araw na pagbisita. Ayon sa "
        "Department of Foreign Affairs, pag-uusapan ng dalawang lider ang kalakalan at ang seguridad sa karagatan.")
DATA = Path(__file__).parent / "data"
ARTICLES = ("tl_maynila.txt", "tl_albanese.txt")


def _settings(lang: str | None = "tl") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_filipino_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "tl"
    for name in ARTICLES:
        assert detect((DATA / name).read_text("utf-8")) == "tl", name
    assert supported("tl") and word_lists("tl") == "tl"


@pytest.mark.parametrize(("text", "lang"), [
    # Code-switching: English words inside a Filipino sentence keep it Filipino.
    ("Ayon sa DFA, ang bilateral trade ng dalawang bansa ay umabot sa $2.1 billion noong 2024.", "tl"),
    ("Sinabi ni Pangulong Marcos na handa ang Pilipinas na makipagtulungan sa Australia sa depensa.", "tl"),
    # Neighbours: English naming Filipino places and people, Indonesian, Spanish stay themselves.
    ("The President of the Philippines arrived in Canberra on Monday for a state visit, officials said.", "en"),
    ("President Marcos met Prime Minister Albanese at Malacañang Palace in Manila on Monday.", "en"),
    ("Presiden Marcos tiba di Jakarta pada hari Senin untuk kunjungan kenegaraan, kata juru bicara istana.", "id"),
    ("El presidente de Filipinas llegó el lunes a Madrid para una visita de Estado de dos días.", "es"),
])
def test_code_switching_and_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_filipino_lists() -> None:
    lex = lexicon("tl")
    for verb in ("sabi", "ani", "aniya", "sinabi", "giit", "dagdag", "pahayag", "wika", "ipinaliwanag", "iginiit"):
        assert lex.is_speech_verb(verb), verb
    for role in ("pangulo", "pangulong", "kalihim", "senador", "kinatawan", "punong ministro", "tagapagsalita"):
        assert lex.is_role(role), role
    assert "tl" in LANGS


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quotation: the verb, the person marker ni, the role with its linker -ng, the name.
        ("“Handa kaming makipagtulungan,” sabi ni Pangulong Ferdinand Marcos Jr.", "Handa", "Ferdinand Marcos Jr"),
        # "ani" (said) takes the name without a marker.
        ("Dumating si Punong Ministro Anthony Albanese.\n\n“Magkaibigan tayo,” ani Albanese.", "Magkaibigan",
         "Anthony Albanese"),
        # The pronoun glued to the cue (aniya, he said): the person named last speaks.
        ("Nagsalita si Senador Ramon Bautista sa pulong.\n\n“Kailangan ito ng bansa,” aniya.", "Kailangan",
         "Ramon Bautista"),
        # The cue before the quotation, after a colon, the pronoun after the verb: "Dagdag pa niya:".
        ("Sinabi ni Kalihim Theresa Lazaro na maayos ang pulong. Dagdag pa niya: “Tuloy ang pagsasanay.”",
         "Tuloy", "Theresa Lazaro"),
        # The role alone after the first mention: "sabi ng senador" is the senator named before.
        ("Nagsalita si Senador Ramon Bautista sa pulong.\n\n“Dapat itong bantayan,” sabi ng senador.", "Dapat",
         "Ramon Bautista"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, _settings())
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # The peso sign and the dollar sign before the figure, the scale word after it.
        ("nangako ang Japan ng ₱5 bilyon na tulong para sa Mindanao", 5e9, "PHP"),
        ("umabot sa $2.1 bilyon ang kalakalan", 2.1e9, "USD"),
        ("US$1.5 bilyon na pamumuhunan", 1.5e9, "USD"),
        # The scale word with its linker -ng (bilyon + ng), the currency word after it.
        ("tinatayang 5 bilyong piso ang halaga ng tulong", 5e9, "PHP"),
        ("maglalaan ng 300 milyong dolyar para sa enerhiya", 300e6, "USD"),
        ("₱1.2 trilyon ang utang", 1.2e12, "PHP"),
        ("umabot sa 2.3 milyong turista", 2.3e6, "turista"),
        # Percent as a word (both spellings) and as a sign.
        ("mas mataas nang 12 porsiyento kumpara noong 2023", 12, "%"),
        ("tumaas ng 4.5 porsyento ang pamumuhunan", 4.5, "%"),
        ("lumago nang 8% ang export", 8, "%"),
        # Counted nouns after the figure, with or without the linker "na"; number words with their linker -ng.
        ("lalahukan ng mahigit 1,200 sundalo", 1200, "sundalo"),
        ("mahigit 1,500 na sundalo ang lalahok", 1500, "sundalo"),
        ("lumagda sa tatlong kasunduan", 3, "kasunduan"),
        ("sa loob ng limang taon", 5, "years"),
        ("halos dalawampung taon", 20, "years"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "tl") if f.kind != "date" and f.kind != "year"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("lalahukan ng mahigit 1,200 sundalo", "more than"), ("tinatayang 5 bilyong piso ang tulong", "about"),
     ("halos dalawampung taon", "almost"), ("hindi bababa sa 300 katao", "at least")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [f for f in scan(text, "tl") if f.kind != "date"][0].qualifier == qualifier


def test_the_article_s_figures() -> None:
    a = analyse((DATA / "tl_maynila.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(2.1e9, "USD", None), (12, "%", None), (5e9, "PHP", None), (3, "kasunduan", None),
            (500, "scholarship", None), (1200, "sundalo", "more than"), (2, "days", None)} <= got
    b = analyse((DATA / "tl_albanese.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in b.numbers}
    assert {(300e6, "USD", None), (8, "%", None), (5e9, "PHP", "about"), (5, "years", None)} <= got


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Martes, Nobyembre 18, 2025 | 7:45 PM", (2025, 11, 18)), ("MAYNILA, Nob. 18, 2025 —", (2025, 11, 18)),
     ("noong 15 Marso 2026", (2026, 3, 15)), ("Setyembre 1, 2025", (2025, 9, 1)), ("mula Enero 2024", (2024, 1, None)),
     ("sa Miyerkoles, Nobyembre 19, bago bumalik", (None, 11, 19)), ("noong Mayo 2025", (2025, 5, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "tl", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_the_article_date() -> None:
    # "Linggo" is Sunday with its capital, "linggo" (week) is no day.
    assert [m.weekday for m in dates.find("sa Linggo ng umaga", "tl", [(0, 18)])] == [7]
    assert not dates.find("sa susunod na linggo", "tl", [(0, 20)])
    for name in ARTICLES:
        assert str(analyse((DATA / name).read_text("utf-8"), _settings(None)).date) == "2025-11-18", name


@pytest.mark.parametrize(("text", "name", "role"), [
    # The office's field linked by "ng" and capitalised, no comma: its words are the role's, not the name's.
    ("Ipinaliwanag ni Kalihim ng Ugnayang Panlabas Theresa Lazaro na tuloy ang pagsasanay.", "Theresa Lazaro",
     "Kalihim ng Ugnayang Panlabas"),
    # The role with its linker -ng before the name; an English title kept in a Filipino sentence.
    ("Dumating si Punong Ministro Anthony Albanese sa Maynila.", "Anthony Albanese", "Punong Ministro"),
    ("Dumating si Australian Prime Minister Anthony Albanese sa Maynila.", "Anthony Albanese",
     "Australian Prime Minister"),
    ("Sinabi ni Senador Ramon Bautista na dapat bantayan ang kasunduan.", "Ramon Bautista", "Senador"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "tl").roles() == {name: role}


def test_the_quotes_of_both_articles() -> None:
    a = analyse((DATA / "tl_maynila.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers == {"Ang Australi": "Ferdinand Marcos Jr", "Handa kaming": "Anthony Albanese",
                        "Hindi ito la": "Theresa Lazaro", "Maganda ang ": "Liza Dizon"}
    b = analyse((DATA / "tl_albanese.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in b.quotes}
    # "pahayag ng Pangulo" (the President's statement) after "Ayon kay Pangulong Marcos"; "wika ni Albanese" splits
    # its quote in two; "Dagdag pa niya:" before the next; a quote over two paragraphs closed by "sabi ng senador".
    assert speakers == {"Pinag-usapan": "Ferdinand Marcos Jr", "Ang ating mg": "Anthony Albanese",
                        "Gusto naming": "Anthony Albanese", "Malugod nami": "Ramon Bautista",
                        "Malinaw ang ": "Theresa Lazaro"}
    split = next(q for q in b.quotes if q.text.startswith("Ang ating"))
    assert "kinabukasan" in split.text
    assert "Hindi puwedeng" in next(q for q in b.quotes if q.text.startswith("Malugod")).text


@pytest.mark.parametrize(
    ("form", "name"),
    [("Maynila", "Manila"), ("Pilipinas", "Philippines"), ("Tsina", "China"), ("Estados Unidos", "United States"),
     ("Alemanya", "Germany"), ("Pransiya", "France"), ("Timog Korea", "South Korea"), ("Lungsod ng Cebu", "Cebu")],
)
def test_place_forms(form: str, name: str) -> None:
    text = f"Dumating ang delegasyon sa {form} nitong Lunes."
    assert [h.place.name for h in places.find(text, [(0, len(text))])] == [name]


def test_the_visit_of_each_article() -> None:
    for name in ARTICLES:
        a = analyse((DATA / name).read_text("utf-8"), _settings(None))
        assert "Manila" in a.places and "Canberra" in a.places, name
        assert {"Anthony Albanese", "Ferdinand Marcos Jr"} <= set(a.people), name


def test_pesos_written_p_in_an_article_set_in_the_philippines() -> None:
    text = "MAYNILA — Naglaan ang pamahalaan ng Pilipinas ng P2.5 bilyon para sa mga proyekto sa Mindanao ngayong taon."
    assert [(n.value, n.unit) for n in analyse(text, _settings()).numbers] == [(2.5e9, "PHP")]


def test_the_visit_groups_with_its_english_report() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    # Both Filipino articles and an English translation of the first (tl_en_albanese.txt): one visit.
    for name in (*ARTICLES, "tl_en_albanese.txt"):
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    _, found = visits.group(arts, Config())
    assert [v.title for v in found] == ["Albanese visits Marcos in Manila"]
    assert len(found[0].articles) == 3


@pytest.mark.parametrize("cue", ["Ipinaliwanag ni Kalihim ng Ugnayang Panlabas Theresa Lazaro",
                                 "Ipinaliwanag naman ni Kalihim Theresa Lazaro", "Sinabi ni Theresa Lazaro"])
def test_a_figure_s_source_named_after_the_verb(cue: str) -> None:
    # The focus verb opens the sentence and the source follows it, behind its marker ni and its role.
    text = f"“Handa kami,” ani Albanese.\n\n{cue} na lalahukan ng mahigit 1,200 sundalo ang pagsasanay."
    assert [(n.value, n.speaker) for n in analyse(text, _settings()).numbers] == [(1200, "Theresa Lazaro")]


def test_account_entries_with_the_verb_prefix_are_furniture_not_the_title() -> None:
    # Filipino sites write the English account buttons with mag- ("Mag-subscribe | Mag-login") over the headline.
    page = ("Balita Ngayon\nBalita | Bansa | Opinyon\nMag-subscribe | Mag-login\n\n"
            "Pangulo, nakipagpulong sa Punong Ministro ng Japan sa Tokyo\n\n"
            "TOKYO — Nakipagpulong kahapon ang Pangulo sa Punong Ministro ng Japan upang pag-usapan ang kalakalan.\n\n"
            "Ayon sa Pangulo, lalawak pa ang kalakalan ng dalawang bansa sa susunod na taon.\n")
    assert clean(page).title == "Pangulo, nakipagpulong sa Punong Ministro ng Japan sa Tokyo"
