"""Swahili: language detection, the word lists in digest/data/sw, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, People, lexicon

NEWS = ("Rais wa Uganda aliwasili jijini Nairobi jana kwa ziara ya kikazi ya siku tatu. Kwa mujibu wa Ikulu, "
        "viongozi hao walijadili biashara kati ya nchi hizo mbili, ambayo ilifikia dola milioni 900 mwaka jana, "
        "na ujenzi wa reli ya kisasa kutoka Kampala hadi Mombasa.")
DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "sw_ziara.txt"


def _settings(lang: str | None = "sw") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_swahili_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "sw"
    for name in ("sw_ziara.txt", "sw_beijing.txt", "sw_kampala.txt"):
        assert detect((DATA / name).read_text("utf-8")) == "sw", name
    assert supported("sw") and "sw" in LANGS and word_lists("sw") == "sw"


@pytest.mark.parametrize(("text", "lang"), [
    # Neighbours sharing "na", "ya", "kwa" or a-z only: each stays itself.
    ("Presiden Prabowo tiba di Jakarta pada hari Senin untuk kunjungan kenegaraan, kata juru bicara istana.", "id"),
    ("The President of Kenya arrived in Dar es Salaam on Monday for a two-day state visit, officials said.", "en"),
    ("Prezydent Kenii przyjechał w poniedziałek do Warszawy na dwudniową wizytę, powiedział rzecznik.", "pl"),
    ("O presidente do Quénia chegou na segunda-feira a Lisboa para uma visita de Estado de dois dias.", "pt"),
])
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_swahili_lists() -> None:
    lex = lexicon("sw")
    for verb in ("alisema", "amesema", "anasema", "walisema", "alieleza", "aliongeza", "alisisitiza",
                 "alibainisha", "akisema", "aliwaambia"):
        assert lex.is_speech_verb(verb), verb
    for role in ("rais", "waziri", "msemaji", "mbunge", "spika", "balozi", "mchambuzi"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Waziri Mkuu wa Tanzania, Kassim Majaliwa, amesema nchi yake iko tayari.", "Kassim Majaliwa",
     "Waziri Mkuu wa Tanzania"),
    ("Waziri wa Mambo ya Nje wa Kenya, Musalia Mudavadi, alisema mazungumzo yalikwenda vizuri.",
     "Musalia Mudavadi", "waziri wa Mambo ya Nje wa Kenya"),
    # No comma: "wa" (of) and the country's name end the role; the name follows.
    ("Rais wa Rwanda Paul Kagame amewasili mjini Kampala.", "Paul Kagame", "rais wa Rwanda"),
    # The field of the office linked by its connective (wa, ya), no comma: the name after it holds the role.
    ("Mtaalamu wa masuala ya kiuchumi Kwame Owino anasema uchumi unakua.", "Kwame Owino",
     "mtaalamu wa masuala ya kiuchumi"),
    ("Msemaji wa serikali Ofwono Opondo aliiambia BBC kuwa biashara ilishuka.", "Ofwono Opondo", "msemaji wa serikali"),
    # The vice president is no Rais.
    ("Makamu wa Rais Philip Mpango alifungua mkutano huo.", "Philip Mpango", "Makamu wa Rais"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "sw").roles() == {name: role}


def test_a_list_of_roles_each_before_its_name() -> None:
    # Role, comma, name, in order: the role after a name and before the next name is the next name's, even where
    # that name is not read whole (its "Sheikh" is a title); "Naibu Rais" (the deputy president) is one office.
    text = ("Sherehe hizo zilihudhuriwa na Rais wa Uganda, Amani Mwakyusa, Rais wa Burundi, Ahmed Sheikh Abdi, "
            "Naibu Rais wa Kenya, Peter Wanjiku, na wengine.")
    roles = People(text, [(0, len(text))], "sw").roles()
    assert roles["Amani Mwakyusa"] == "Rais wa Uganda"
    assert roles["Peter Wanjiku"] == "Naibu Rais wa Kenya"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The verb after the quotation, the role and the given name after it (the press calls her Samia).
        ("Rais Samia Suluhu Hassan alimpokea mgeni wake Ikulu.\n\n\"Tutaendelea kushirikiana,\" alisema Rais "
         "Samia.", "Tutaendelea", "Samia Suluhu Hassan"),
        # No subject after the verb: the prefix a- is the pronoun, the person named last speaks.
        ("Waziri wa Fedha, Mwigulu Nchemba, alieleza mpango huo.\n\n“Lazima tulipunguze deni,” alisema.",
         "Lazima", "Mwigulu Nchemba"),
        # The cue before the quotation, after a colon.
        ("Rais Yoweri Museveni alisema: \"Mipaka hii iliwekwa na wakoloni.\"", "Mipaka", "Yoweri Museveni"),
        # The narrative -ka- tense: "akasema" (and he said), "akaongeza" (and he added).
        ("Waziri wa Fedha, Mwigulu Nchemba, alizungumza na wabunge.\n\n“Deni ni kubwa,” akasema Nchemba. "
         "“Lazima tulipunguze,” akaongeza.", "Lazima", "Mwigulu Nchemba"),
        # The quoted passive: "alinukuliwa akisema".
        ("“China ni rafiki yetu,” Rais Xi Jinping alinukuliwa akisema.", "China ni", "Xi Jinping"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, _settings())
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_swahili_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), _settings(None))
    assert a.lang == "sw" and str(a.date) == "2025-11-11"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Kenya na Tan"] == "Samia Suluhu Hassan"
    assert speakers["Tumekubalian"] == "William Ruto"
    assert speakers["Mradi huu ut"] == "Mahmoud Thabit Kombo"
    assert speakers["Kwa miaka mi"] == "Neema Mwakyusa"
    assert speakers["Tunataka man"] == "Joseph Kimaro"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # The currency and the scale word stand before the figure.
        ("biashara ilifikia dola milioni 300 mwaka jana", 300e6, "USD"),
        # (A bare "shilingi" is the article's country's: see test_the_article_s_shillings_and_figures.)
        ("mradi wa shilingi za Kenya bilioni 120", 120e9, "KES"),
        ("deni limefikia TSh trilioni 97", 97e12, "TZS"),
        ("uwekezaji wa euro milioni 45", 45e6, "EUR"),
        ("bajeti ya bilioni 2.5", 2.5e9, None),
        ("ukuaji wa asilimia 43", 43, "%"),
        ("ukuaji wa 6.5%", 6.5, "%"),
        ("bomba la kilomita 600", 600, "km"),
        ("wanafunzi 1,200 wanasoma China", 1200, "wanafunzi"),
        ("mikataba saba ilitiwa saini", 7, "mikataba"),
        ("kwa miaka 10", 10, "years"),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sw") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit
    assert figs[0].unit not in ("milioni", "bilioni", "asilimia", "ilitiwa", "wanasoma")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("zaidi ya shilingi trilioni 2.3", "more than"), ("takriban dola bilioni 1.7", "about"),
     ("karibu dola bilioni 4.2", "about"), ("chini ya dola milioni 20", "less than"),
     ("takriban watu 3,500 walihudhuria", "about"), ("malori zaidi ya 400 yatavuka", "more than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [f for f in scan(text, "sw") if f.kind != "date"][0].qualifier == qualifier


def test_a_verb_before_a_figure_counts_nothing() -> None:
    # "ilifikia 400" (reached 400): the verb is no counted noun, and "mwaka" after it opens a date phrase.
    figs = [f for f in scan("mauzo yalifikia 400 mwaka jana", "sw") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(400, None)]


def test_the_article_s_shillings_and_figures() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.25e9, "USD", None), (18, "%", None), (1.7e9, "USD", "about"), (600, "km", None),
            (2.3e12, "TZS", "more than"), (150_000, "TZS", "about")} <= got
    assert {(7, "mikataba"), (520, "miradi"), (8000, "ajira")} <= {(n.value, n.unit) for n in a.numbers}


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Jumanne, Novemba 11, 2025 | 18:40", (2025, 11, 11)), ("Imechapishwa: 14 Machi 2026 - 9:05 asubuhi", (2026, 3, 14)),
     ("Nairobi, 27 Januari 2026", (2026, 1, 27)), ("tarehe 5 Oktoba 2025", (2025, 10, 5)),
     ("Septemba 1, 2025", (2025, 9, 1)), ("mkutano utafanyika mwezi Aprili", (None, 4, None)),
     ("tangu Desemba 2024", (2024, 12, None)), ("Dodoma, 3 Feb 2026", (2026, 2, 3))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "sw", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


@pytest.mark.parametrize(("text", "day"), [("Rais aliwasili Jumatatu jioni.", 1), ("Mkutano ulifanyika Alhamisi.", 4),
                                           ("Sherehe za Jumapili zilihudhuriwa na wengi.", 7), ("siku ya Ijumaa", 5)])
def test_weekdays(text: str, day: int) -> None:
    assert [m.weekday for m in dates.find(text, "sw", [(0, len(text))])] == [day]


@pytest.mark.parametrize(("form", "country"), [("Uingereza", "GB"), ("Marekani", "US"), ("Urusi", "RU"), ("Ufaransa", "FR"),
                                               ("Ujerumani", "DE"), ("Uchina", "CN"), ("Afrika Kusini", "ZA"),
                                               ("Zanzibar", "TZ"), ("Mombasa", "KE"), ("Dodoma", "TZ"),
                                               ("Bujumbura", "BI")])
def test_swahili_place_forms(form: str, country: str) -> None:
    place = places.lookup(form)
    assert place is not None and place.country == country


def test_visits_of_the_swahili_articles() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for name in ("sw_ziara.txt", "sw_beijing.txt", "sw_kampala.txt"):
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    _, found = visits.group(arts, Config())
    titles = {v.title for v in found}
    assert {"Kagame visits Museveni in Kampala", "Majaliwa visits Xi in Beijing"} <= titles
    assert any(t.startswith("Ruto visits") and t.endswith("in Dar es Salaam") for t in titles)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Number words: the scale word comes first and multiplies what follows it.
        ("watu elfu kumi walihudhuria", 10_000, "watu"),
        ("shilingi za Kenya elfu hamsini", 50_000, "KES"),
        ("dola milioni mbili", 2e6, "USD"),
        ("miradi mia tano", 500, "miradi"),
        ("jumla ya elfu mbili na mia tano", 2500, None),
        ("ziara ya siku nne", 4, "days"),
        ("kwa miaka mitano", 5, "years"),
    ],
)
def test_number_words(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "sw") if f.kind != "date"]
    assert [(f.value, f.unit) for f in figs] == [(value, unit)]


@pytest.mark.parametrize(("text", "value", "end", "unit"), [
    ("uchumi unakua kwa kati ya asilimia 5 na 5.5 kwa mwaka", 5, 5.5, "%"),
    ("mfumuko wa bei wa asilimia 3 hadi 4", 3, 4, "%"),
    # A people's noun is capitalised and counted.
    ("makampuni hayo yanaajiri zaidi ya Wakenya 6,000", 6000, None, "Wakenya"),
])
def test_ranges_and_peoples(text: str, value: float, end: float | None, unit: str) -> None:
    figs = [f for f in scan(text, "sw") if f.kind != "date"]
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(value, end, unit)]


def test_a_second_whole_article() -> None:
    # A Kenyan report: shillings are KES; the expert named after his field without commas speaks the quote his
    # "alisema" (no subject) closes, not the MP quoted before him.
    a = analyse((DATA / "sw_merz.txt").read_text("utf-8"), _settings(None))
    assert a.lang == "sw" and str(a.date) == "2026-02-07"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Ujerumani ni"] == "William Ruto"
    assert speakers["Kenya inawez"] == "Friedrich Merz"
    assert speakers["Tunalenga ku"] == "Rebecca Miano"
    assert speakers["Wananchi wan"] == "Shakeel Shabbir"
    assert speakers["Uwekezaji wa"] == "Kwame Owino"
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(150e6, None, "EUR"), (45e9, None, "KES"), (78e9, None, "KES"), (5, 5.5, "%")} <= got


def test_a_central_bank_is_no_one() -> None:
    # "Benki Kuu" (the central bank) is an institution: its last word, kuu (chief), is no role standing for the
    # person named before; the figure its data give is nobody's.
    text = ("Rais Ruto alisema barabara ni muhimu.\n\nKwa mujibu wa takwimu za Benki Kuu ya Tanzania, biashara "
            "ilifikia dola milioni 1,250 mwaka jana.")
    a = analyse(text, _settings())
    assert [(n.value, n.speaker) for n in a.numbers] == [(1.25e9, None)]


def test_labels_skip_verbs_and_keep_relative_forms() -> None:
    # A finite verb (anapoteza, he loses) labels nothing; a relative form (zilizoagizwa, which were imported) does.
    a = analyse((DATA / "sw_merz.txt").read_text("utf-8"), _settings(None))
    what = {n.value: n.what for n in a.numbers}
    assert what[78e9] == "zilizoagizwa" and what[45e9] == "mauzo"
    b = analyse(ARTICLE.read_text("utf-8"), _settings(None))
    assert {n.value: n.what for n in b.numbers}[150_000] != "anapoteza"


def test_a_region_named_after_a_continent_is_no_person() -> None:
    # 'Jumuiya ya Afrika Mashariki' (the East African Community), 'Bunge la Afrika Mashariki' (its assembly): Afrika
    # opens a region's name, no given name, and the visit's people (the signature's name forms) hold no such person.
    text = ("Wakuu wa nchi za Jumuiya ya Afrika Mashariki (EAC) wamekubaliana kulipa malimbikizo yote leo mjini Arusha.\n\n"
            "Waziri wa Masuala ya Jumuiya ya Afrika Mashariki wa Kenya, Peter Otieno, aliwaambia waandishi wa habari "
            "kwamba biashara imekua.\n\nMbunge wa Bunge la Afrika Mashariki (EALA) kutoka upinzani nchini Tanzania, Dkt "
            "Amina Juma, alisema: \"Tutalipa michango yote.\"\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="sw"))
    assert "Afrika Mashariki" not in a.people and "Amina Juma" in a.people
    assert not any("Afrika" in form for form, _ in a.signals.forms)


def test_an_institution_that_says_a_figure_is_its_source_not_the_person_quoted_before() -> None:
    # "Benki Kuu … ilisema": the class-9 subject prefix (i-) and the bank's name are no person.
    text = ("Habari | Biashara\n\nNa Mwandishi Wetu, Nairobi\n\n"
            "Waziri wa Fedha Peter Kamau alikutana na wawekezaji jijini Nairobi siku ya Jumanne.\n\n"
            "\"Deni letu la umma sasa ni asilimia 60 ya Pato la Taifa,\" alisema Waziri Kamau.\n\n"
            "Benki Kuu ya Kenya (CBK) ilisema katika taarifa yake ya wiki iliyopita kwamba akiba ya fedha za kigeni "
            "imefikia Dola bilioni 9.4.\n")
    speakers = {n.surface: n.speaker for n in analyse(text, _settings()).numbers}
    assert speakers["asilimia 60"] == "Peter Kamau"
    assert speakers["Dola bilioni 9.4"] is None


def test_a_senator_who_comments_on_a_visit_takes_no_part_in_it() -> None:
    # "Seneta wa upinzani X alipinga …": a member of parliament's word, as "senator" is in English.
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = ("Habari | Biashara\n\nWaziri Kamau ziarani Roma\n\nJumatano, Oktoba 7, 2026\nNa Mwandishi Wetu, Roma\n\n"
            "Waziri wa Fedha Peter Kamau alikutana na Waziri wa Uchumi wa Italia Marco Bellini mjini Roma siku ya "
            "Jumatano kujadili ubadilishaji wa deni.\n\n"
            "\"Italia ni mshirika wetu wa kweli,\" alisema Waziri Kamau baada ya mkutano huo.\n\n"
            "Hata hivyo, Seneta wa upinzani Amina Wekesa alipinga takwimu za waziri.\n\n"
            "\"Waziri anaficha ukweli kuhusu deni letu,\" alisema Seneta Wekesa.\n")
    a = analyse(text, _settings())
    found = visits.group([Article(id="sw", path="sw.txt", text=text, analysis=a, date=a.date, lang=a.lang)],
                         Config())[1]
    assert [q.speaker for q in a.quotes] == ["Peter Kamau", "Amina Wekesa"]
    assert "Peter Kamau" in found[0].participants and "Amina Wekesa" not in found[0].participants
