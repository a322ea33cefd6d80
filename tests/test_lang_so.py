"""Somali: language detection, the word lists in digest/data/so, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, People, lexicon

NEWS = ("Madaxweynaha Kenya ayaa maanta gaaray Muqdisho, isagoo booqasho laba maalmood ah ku jooga Soomaaliya. Sida "
        "ay sheegtay dowladda, labada madaxweyne waxay ka wada hadli doonaan amniga iyo ganacsiga.")
DATA = Path(__file__).parent / "data"
ARTICLES = ("so_muqdisho.txt", "so_ruto.txt")


def _settings(lang: str | None = "so") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_somali_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "so"
    for name in ARTICLES:
        assert detect((DATA / name).read_text("utf-8")) == "so", name


@pytest.mark.parametrize(("text", "lang"), [
    # A headline naming two presidents with few function words stays Somali on iyo, oo, ku.
    ("Ruto iyo Xasan Sheekh oo Muqdisho ku kala saxiixay heshiisyo amni iyo ganacsi", "so"),
    ("Madaxweyne Ruto ayaa yiri waxaan diyaar u nahay inaan xoojinno iskaashiga.", "so"),
    # Neighbours: English, Swahili and Italian naming the same people and places stay themselves.
    ("President Ruto arrived in Mogadishu on Tuesday for a two-day visit, officials said.", "en"),
    ("Rais Ruto aliwasili Mogadishu siku ya Jumanne kwa ziara ya siku mbili, alisema msemaji.", "sw"),
    ("Il presidente del Kenya è arrivato a Mogadiscio martedì per una visita di due giorni.", "it"),
])
def test_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_somali_lists() -> None:
    assert supported("so") and word_lists("so") == "so" and "so" in LANGS
    lex = lexicon("so")
    for verb in ("yiri", "tiri", "ayuu yiri", "ayay tiri", "ayuu sheegay", "ayuu raaciyay", "waxa uu yiri", "xusay"):
        assert lex.is_speech_verb(verb), verb
    for role in ("madaxweyne", "madaxweynaha", "madaxweynuhu", "ra'iisul wasaare", "wasiirka", "afhayeenka",
                 "xildhibaan", "xildhibaanku", "wasiirka arrimaha dibadda"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # The dollar sign before the figure, the scale word after it.
        ("ganacsiga ayaa sannadkii hore gaaray $450 milyan", 450e6, "USD"),
        # The currency after the scale word, joined by oo; both spellings of the scale and the currency.
        ("deeq dhan 120 milyan oo doollar", 120e6, "USD"),
        ("qiyaastii 300 malyan oo doolar", 300e6, "USD"),
        ("2 bilyan oo shilin Kenya", 2e9, "KES"),
        ("hal bilyan oo doollar", 1e9, "USD"),
        # The percent word BEFORE the figure, and the sign after it.
        ("kor u kacday boqolkiiba 12 marka loo eego 2023", 12, "%"),
        ("boqolkiiba 5.5", 5.5, "%"),
        ("15% ayuu kordhay", 15, "%"),
        # Counted nouns after the figure, bare or after oo; number words; kun (thousand) after its multiplier.
        ("in ka badan 1,200 askari", 1200, "askari"),
        ("500 oo deeq waxbarasho", 500, "deeq"),
        ("saddex heshiis", 3, "heshiis"),
        ("5 kun oo arday", 5000, "arday"),
        # In words too: the count links to its noun by oo as the digits do.
        ("shan kun oo arday", 5000, "arday"),
        ("boqol oo arday", 100, "arday"),
        ("shan sano gudahood", 5, "years"),
        ("laba maalmood", 2, "days"),
        ("labaatan iyo shan sano", 25, "years"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "so") if f.kind not in ("date", "year")]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("in ka badan 1,200 askari", "more than"), ("qiyaastii 300 malyan oo doolar", "about"),
     ("ugu yaraan 40 qof", "at least"), ("muddo ku dhow toban sano", "about")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [f for f in scan(text, "so") if f.kind not in ("date", "year")][0].qualifier == qualifier


def test_the_article_s_figures() -> None:
    a = analyse((DATA / "so_muqdisho.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(450e6, "USD", None), (12, "%", None), (2e9, "KES", None), (3, "heshiis", None), (500, "deeq", None),
            (1200, "askari", "more than"), (2, "days", None)} <= got
    b = analyse((DATA / "so_ruto.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in b.numbers}
    assert {(1e9, "USD", None), (5, "years", None), (3000, "ganacsato", "more than"), (120e6, "USD", None),
            (30, "%", None), (200e6, "USD", None)} <= got


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Talaado, 18 Nofembar 2025", (2025, 11, 18)), ("Nofembar 18, 2025 | Qoraa: Hiiraan Online", (2025, 11, 18)),
     # The day's definite ending after a hyphen or glued (18-ka, 1-da, 1da), and bisha (the month of).
     ("MUQDISHO, 18-ka Nofembar 2025 -", (2025, 11, 18)), ("1-da Luulyo 2025", (2025, 7, 1)),
     ("1da Luulyo 2025", (2025, 7, 1)), ("ka hor 15-ka Maarso", (None, 3, 15)),
     ("laga bilaabo Janaayo 2024", (2024, 1, None)), ("bisha Maajo 2025", (2025, 5, None)),
     ("Sebtembar 1, 2025", (2025, 9, 1)), ("18 Nof 2025", (2025, 11, 18))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "so", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_the_article_date() -> None:
    # The weekday bare or with its glued article (Arbacada, on Wednesday), and after maalinta (the day of).
    for text, day in (("Talaado", 2), ("ayaa Arbacada booqan doona", 3), ("maalinta Khamiista", 4), ("Jimcaha", 5)):
        assert [m.weekday for m in dates.find(text, "so", [(0, len(text))])] == [day], text
    for name in ARTICLES:
        assert str(analyse((DATA / name).read_text("utf-8"), _settings(None)).date) == "2025-11-18", name


@pytest.mark.parametrize(
    ("form", "name"),
    [("Muqdisho", "Mogadishu"), ("Soomaaliya", "Somalia"), ("Hargeysa", "Hargeisa"), ("Jabuuti", "Republic of Djibouti"),
     ("Itoobiya", "Ethiopia"), ("Addis Ababa", "Addis Ababa"), ("Nairobi", "Nairobi"), ("Kismaayo", "Kismayo"),
     ("Mareykanka", "United States"), ("Turkiga", "Turkey"), ("Masar", "Egypt"), ("Imaaraadka Carabta", "United Arab Emirates"),
     ("Berbera", "Berbera")],
)
def test_place_forms(form: str, name: str) -> None:
    text = f"Wafdiga ayaa maanta gaaray {form} iyagoo booqasho ku jooga."
    assert [h.place.name for h in places.find(text, [(0, len(text))])] == [name]


def test_the_visit_of_each_article() -> None:
    for name in ARTICLES:
        a = analyse((DATA / name).read_text("utf-8"), _settings(None))
        assert "Mogadishu" in a.places and "Kismayo" in a.places, name
        assert {"William Ruto", "Xasan Sheekh Maxamuud"} <= set(a.people), name


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue after the quotation: the focus marker with its pronoun, the verb, the name.
        ("“Waxaan diyaar u nahay,” ayuu yiri Madaxweyne William Ruto.", "Waxaan", "William Ruto"),
        # The speaker before the quotation, the marker after him, a colon.
        ("Madaxweyne Xasan Sheekh Maxamuud ayaa yiri: “Kenya waa saaxiib.”", "Kenya", "Xasan Sheekh Maxamuud"),
        # The pronoun cue alone (ayay tiri, she said): the person named last speaks.
        ("Dr. Faadumo Cali Nuur ayaa ka hadashay kulanka.\n\n“Waa tallaabo wanaagsan,” ayay tiri.", "Waa",
         "Faadumo Cali Nuur"),
        # "Waxa uu yiri:" before the quotation, after "Sida uu sheegay X" (as X said) named its speaker.
        ("“Waan diyaar nahay,” ayuu yiri Ruto.\n\nSida uu sheegay Wasiirka Arrimaha Dibadda Kenya Musalia Mudavadi,"
         " deeqda waa la bixin doonaa. Waxa uu yiri: “Waddadani waa muhiim.”", "Waddadani", "Musalia Mudavadi"),
        # The role alone after the first mention, with its subject ending: "ayuu yiri Xildhibaanku".
        ("Xildhibaan Cabdullaahi Xuseen Cumar ayaa soo dhaweeyay heshiiska.\n\n“Tani waa tallaabo taariikhi ah,”"
         " ayuu yiri Xildhibaanku.", "Tani", "Cabdullaahi Xuseen Cumar"),
        # "ayaa OUTLET u sheegay" (told the outlet): the analyst (falanqeeyaha, its definite form) before the focus
        # marker speaks, never the outlet between it and the verb.
        ("Wasiir Axmed Cali ayaa shalay booqday dekadda.\n\nFalanqeeyaha siyaasadda Maxamed Cumar Xirsi ayaa Radio"
         " Dalsan u sheegay in heshiisku adag yahay. “Dowladdu ma aqbasho,” ayuu yiri.", "Dowladdu",
         "Maxamed Cumar Xirsi"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, _settings())
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


@pytest.mark.parametrize(("text", "name", "role"), [
    # The office's field in the genitive, capitalised, no comma: its words are the role's, not the name's.
    ("Wasiirka Arrimaha Dibadda Axmed Macallin Fiqi ayaa sheegay in tababarku dhici doono.", "Axmed Macallin Fiqi",
     "Wasiirka Arrimaha Dibadda"),
    ("Madaxweyne Xasan Sheekh Maxamuud ayaa soo dhaweeyay martida.", "Xasan Sheekh Maxamuud", "madaxweyne"),
    ("Afhayeenka Madaxtooyada Soomaaliya Cabdiraxmaan Yuusuf Cadaala ayaa sheegay in kulanku guulaystay.",
     "Cabdiraxmaan Yuusuf Cadaala", "afhayeenka Madaxtooyada Soomaaliya"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "so").roles() == {name: role}


def test_the_quotes_of_both_articles() -> None:
    a = analyse((DATA / "so_muqdisho.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    # "Dr. Faadumo Cali Nuur, oo ah borofisar … Jaamacadda Ummadda Soomaaliyeed" is one person (the university no
    # other), and "ayay tiri Faadumo" (her given name, as the Somali press calls a person) is she.
    assert speakers == {"Kenya waa de": "Xasan Sheekh Maxamuud", "Waxaan diyaa": "William Ruto",
                        "Tababarkani ": "Axmed Macallin Fiqi", "Ballanqaadya": "Faadumo Cali Nuur"}
    assert set(a.people) == {"William Ruto", "Xasan Sheekh Maxamuud", "Axmed Macallin Fiqi", "Faadumo Cali Nuur"}
    b = analyse((DATA / "so_ruto.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in b.quotes}
    # "Madaxweyne Xasan Sheekh oo … ka hadlay ayaa yiri:" before; "ayuu yiri Ruto" splits its quote in two; "Waxa
    # uu yiri:" after "Sida uu sheegay Wasiirka … Musalia Mudavadi"; a quote over two paragraphs closed by "ayuu yiri
    # afhayeenku" (the spokesman named before); "ayuu yiri Xildhibaanku" after his first mention.
    assert speakers == {"Maanta waxaa": "Xasan Sheekh Maxamuud", "Waxaan rabna": "William Ruto",
                        "Waddadani wa": "Musalia Mudavadi", "Labada madax": "Cabdiraxmaan Yuusuf Cadaala",
                        "Tani waa tal": "Cabdullaahi Xuseen Cumar"}
    assert "ganacsatadeennu" in next(q for q in b.quotes if q.text.startswith("Waxaan rabna")).text
    assert "Guddigaas" in next(q for q in b.quotes if q.text.startswith("Labada madax")).text


def test_somali_name_letters_key_as_other_languages_spell_them() -> None:
    from digest.visits import native_skeletons, skeletons

    # x is ħ (written h elsewhere), c is ʕ (unwritten): in a Somali article only.
    assert native_skeletons(["Maxamuud", "Axmed", "Cabdi"], "so") == skeletons(["Mohamud", "Ahmed", "Abdi"])
    assert native_skeletons(["Maxime", "Castex"], "fr") == skeletons(["Maxime", "Castex"])
    assert skeletons(["Maxamuud"]) != skeletons(["Mohamud"])


def test_the_visit_groups_with_its_english_report() -> None:
    from digest.config import Config
    from digest.model import Article
    from digest.pipeline import assemble

    arts = []
    # Both Somali articles and an English translation of the first (so_en_ruto.txt): one visit, whose host the
    # Somali "Xasan Sheekh Maxamuud" and the English "Hassan Sheikh Mohamud" are by one key (Maxamuud keyed as
    # Mohamud): he was two participants, "Xasan Sheekh Maxamuud" and "Mohamud". The English form is his whole
    # name (Sheikh inside it is no title cutting "Hassan Sheikh" off), and one speaker with the Somali form.
    for name in (*ARTICLES, "so_en_ruto.txt"):
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    corpus = assemble(arts, Config(), [])
    found = corpus.visits
    assert [v.title for v in found] == ["Ruto visits Mohamud in Mogadishu"]
    assert len(found[0].articles) == 3
    assert found[0].participants[:2] == ("William Ruto", "Hassan Sheikh Mohamud")
    assert "Xasan Sheekh Maxamuud" not in found[0].participants
    (host,) = [s for s in corpus.speakers if "Xasan Sheekh Maxamuud" in s.aliases]
    assert host.name == "Hassan Sheikh Mohamud"


def test_the_summaries_hold_no_furniture_and_stand_alone() -> None:
    furniture = ("Sawir:", "Qore:", "Qoraa:", "La wadaag", "sidoo kale:", "Faallooyinka", "diiwaangeli", "Copyright",
                 "Bogga Hore", "BBC News Somali")
    for name in ARTICLES:
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
        assert chosen, name
        assert not any(f in s for s in chosen for f in furniture), chosen
        # "Waa booqashadii ugu horreysay …" (It is the first visit …) leans on the sentence before it: only with it.
        for i in a.summary:
            if text[a.sentences[i].start : a.sentences[i].end].startswith(("Waa ", "Waxay ")):
                assert i - 1 in a.summary, chosen


def test_a_country_s_role_goes_to_the_counterpart_named_with_that_country() -> None:
    # "dhiggiisa Kenya William Ruto" (his counterpart of Kenya) ties Ruto to Kenya: "Madaxweynaha Kenya ayaa
    # xusay" (Kenya's president noted) is he, not the Somali president introduced with the role word.
    text = ("Madaxweynaha Jamhuuriyadda Federaalka Soomaaliya Xasan Sheekh Maxamuud iyo dhiggiisa Kenya William Ruto "
            "ayaa maanta kulan ku "
            "yeeshay Muqdisho.\n\nMadaxweynaha Kenya ayaa xusay in ganacsatada ay ka shaqeeyaan Nairobi.\n")
    people = People(text, [(0, len(text))], "so")
    (role,) = [m for m in people.resolve() if m.form == "Madaxweynaha Kenya"]
    assert role.person == "William Ruto"
