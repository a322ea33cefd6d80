"""Hausa: language detection, the word lists in digest/data/ha, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.numbers import scan
from digest.speakers import LANGS, People, lexicon

NEWS = ("Shugaban Najeriya Bola Tinubu ya isa birnin Yamai a yau Laraba, inda ya fara ziyarar aiki ta kwana biyu. "
        "Shugabannin biyu za su tattauna kan batun tsaro da kasuwanci, in ji wata sanarwa.")
DATA = Path(__file__).parent / "data"
ARTICLES = ("ha_yamai.txt", "ha_tinubu.txt")


def _settings(lang: str | None = "ha") -> Settings:
    return Settings(SummarySettings(), Limits(), lang=lang) if lang else Settings(SummarySettings(), Limits())


def test_hausa_is_detected() -> None:
    assert detect(NEWS) == "ha"
    # The first article writes the hooked letters (ɗ ƙ), the second types them b d k y: both are Hausa.
    for name in ARTICLES:
        assert detect((DATA / name).read_text("utf-8")) == "ha", name


@pytest.mark.parametrize(("text", "lang"), [
    # A headline of names with da, sun, a; another typed without its hooked letters.
    ("Tinubu da Tiani sun kulla yarjejeniyoyi huɗu a Yamai", "ha"),
    ("Kasashen biyu sun amince da kara hadin kai a fannin tsaro da kasuwanci", "ha"),
    ("Shugaba Tinubu ya ce za a bude iyakokin Najeriya da Nijar.", "ha"),
    # Neighbours: Somali, Swahili, English and French naming the same people and places stay themselves.
    ("Ruto iyo Xasan Sheekh oo Muqdisho ku kala saxiixay heshiisyo amni iyo ganacsi", "so"),
    ("Rais Tinubu aliwasili Niamey siku ya Jumatano kwa ziara ya siku mbili, alisema msemaji.", "sw"),
    ("President Tinubu arrived in Niamey on Wednesday for a two-day visit, officials said.", "en"),
    ("Le président nigérian Bola Tinubu est arrivé mercredi à Niamey pour une visite de deux jours.", "fr"),
])
def test_neighbours(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_hausa_lists() -> None:
    assert supported("ha") and word_lists("ha") == "ha" and "ha" in LANGS
    lex = lexicon("ha")
    for verb in ("ya ce", "ta ce", "in ji", "ya bayyana cewa", "ya ƙara da cewa", "ya kara da cewa", "ta jaddada"):
        assert lex.is_speech_verb(verb), verb
    for role in ("shugaba", "shugaban ƙasa", "shugaban kasa", "firaminista", "ministan harkokin waje", "sanata",
                 "sanatan", "gwamna", "gwamnan", "sarki", "sarkin"):
        assert lex.is_role(role), role


@pytest.mark.parametrize(("text", "name", "role"), [
    # The genitive -n glued to the role, the office's field and country after it, capitalised, no comma.
    ("Ministan Harkokin Waje Yusuf Maitama Tuggar ya bayyana cewa ziyarar ta yi nasara.", "Yusuf Maitama Tuggar",
     "Ministan Harkokin Waje"),
    ("Gwamnan Jihar Kano Abba Kabir Yusuf ya ce jihar za ta ware kudi.", "Abba Kabir Yusuf", "gwamnan Jihar Kano"),
    ("Sarkin Kano Muhammadu Sanusi II ya ce ziyarar ta yi kyau.", "Muhammadu Sanusi II", "sarkin Kano"),
    # The president's spokesman (mai magana da yawun, who speaks on behalf of) is no president.
    ("Mai magana da yawun Shugaban Kasa, Bayo Onanuga, ya ce ziyarar ta yi nasara.", "Bayo Onanuga",
     "Mai magana da yawun Shugaban Kasa"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "ha").roles() == {name: role}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # The currency and the scale word BEFORE the figure.
        ("cinikayya ta kai dala miliyan 600 a bara", 600e6, "USD"),
        ("Naira biliyan 50 domin gyaran hanya", 50e9, "NGN"),
        ("wanda aka kiyasta ya kai Naira tiriliyan 1.2", 1.2e12, "NGN"),
        # The percent word first, in its own form "kashi N cikin 100" (N in 100), and with the sign.
        ("ya ƙaru da kashi 15 cikin 100 idan aka kwatanta da 2023", 15, "%"),
        ("za ta ware kaso 12% na kasafin kudinta", 12, "%"),
        # Counted nouns before the figure, in digits or words; dubu (thousand) before its multiplier.
        ("matasa dubu biyar", 5000, "matasa"),
        ("yarjejeniyoyi huɗu", 4, "yarjejeniyoyi"),
        ("yarjejeniyoyi hudu", 4, "yarjejeniyoyi"),
        ("wutar lantarki ta megawatt 200", 200, "MW"),
        ("ziyarar aiki ta kwana biyu", 2, "days"),
        ("a cikin shekaru biyar", 5, "years"),
        ("ashirin da biyar", 25, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "ha") if f.kind not in ("date", "year")]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


def test_the_hundred_of_a_share_is_no_figure() -> None:
    # "kashi 40 cikin 100": one share of 40 %, no count of 100.
    assert [(f.value, f.unit) for f in scan("Kashi 40 cikin 100 na kayan suna zuwa daga Nijar.", "ha")] == [(40, "%")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("sojoji fiye da 2,000 za su halarta", "more than"), ("kimanin dala miliyan 300", "about"),
     ("mutane sama da 1,200", "more than")],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [f for f in scan(text, "ha") if f.kind not in ("date", "year")][0].qualifier == qualifier


def test_the_article_s_figures() -> None:
    a = analyse((DATA / "ha_yamai.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(600e6, "USD", None), (15, "%", None), (50e9, "NGN", None), (4, "yarjejeniyoyi", None),
            (2000, "sojoji", "more than"), (2, "days", None)} <= got
    b = analyse((DATA / "ha_tinubu.txt").read_text("utf-8"), _settings(None))
    got = {(n.value, n.unit, n.qualifier) for n in b.numbers}
    assert {(200, "MW", None), (500e6, "USD", None), (10e9, "NGN", None), (1.2e12, "NGN", None),
            (5000, "matasa", None), (12, "%", None), (40, "%", None)} <= got
    assert not any(n.value == 100 for n in b.numbers)


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Laraba, 3 Disamba 2025", (2025, 12, 3)), ("Disamba 3, 2025 | Aminiya", (2025, 12, 3)),
     # ga (the day of the month: 3 ga Disamba) and watan (the month of) between the day and its month.
     ("YAMAI, 3 ga Disamba 2025 -", (2025, 12, 3)), ("ranar 3 ga watan Disamba, 2025", (2025, 12, 3)),
     ("1 ga Yuli 2025", (2025, 7, 1)), ("kafin 15 ga Maris", (None, 3, 15)), ("a watan Fabrairu 2024", (2024, 2, None)),
     ("3 Nuw 2025", (2025, 11, 3)), ("Satumba 1, 2025", (2025, 9, 1))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "ha", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_the_article_date() -> None:
    # The weekday bare or after ranar (the day of); Juma'a with its apostrophe.
    for text, day in (("Litinin", 1), ("ranar Talata", 2), ("zai isa ranar Alhamis", 4), ("ranar Juma'a", 5),
                      ("Lahadi", 7)):
        assert [m.weekday for m in dates.find(text, "ha", [(0, len(text))])] == [day], text
    # "ga" alone (to, for) is no date word.
    assert not [m for m in dates.find("ya ba da kyauta ga 'yan kasuwa", "ha", [(0, 30)]) if m.month or m.day]
    for name in ARTICLES:
        assert str(analyse((DATA / name).read_text("utf-8"), _settings(None)).date) == "2025-12-03", name


@pytest.mark.parametrize(
    ("form", "name"),
    [("Yamai", "Niamey"), ("Niamey", "Niamey"), ("Nijar", "Republic of Niger"), ("Jamhuriyar Nijar", "Republic of Niger"),
     ("Najeriya", "Nigeria"), ("Abuja", "Abuja"), ("Kano", "Kano"), ("Legas", "Lagos"), ("Maradi", "Maradi"),
     ("Zinder", "Zinder"), ("Chadi", "Republic of Chad"), ("Kamaru", "Cameroon"), ("Amurka", "United States"),
     ("Ƙasar Sin", "China"), ("Faransa", "France"), ("Birtaniya", "United Kingdom")],
)
def test_place_forms(form: str, name: str) -> None:
    text = f"Tawagar ta isa {form} a yau domin ziyara."
    assert [h.place.name for h in places.find(text, [(0, len(text))])] == [name]


def test_the_visit_of_each_article() -> None:
    for name in ARTICLES:
        a = analyse((DATA / name).read_text("utf-8"), _settings(None))
        assert {"Niamey", "Kano", "Maradi", "Zinder"} <= set(a.places), name
        assert {"Abdourahamane Tiani"} <= set(a.people) and any(p.endswith("Tinubu") for p in a.people), name


def test_hooked_letters_key_as_they_are_typed_without_hooks() -> None:
    from digest.visits import skeletons

    # ɓ ɗ ƙ ƴ have no decomposition: they fold to b d k y, never vanish (Ɗanladi keyed 'anl' met no Danladi).
    assert skeletons(["Ɗanladi", "Ƙwankwaso", "Ɓata"]) == skeletons(["Danladi", "Kwankwaso", "Bata"])


def test_the_visit_groups_with_its_english_report() -> None:
    from digest.config import Config
    from digest.model import Article
    from digest.pipeline import assemble

    arts = []
    # Both Hausa articles (one typed with the hooked letters, one without) and an English translation of the first.
    for name in (*ARTICLES, "ha_en_tinubu.txt"):
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        arts.append(Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang))
    corpus = assemble(arts, Config(), [])
    found = corpus.visits
    assert [v.title for v in found] == ["Tinubu visits Tiani in Niamey"]
    assert len(found[0].articles) == 3
    assert found[0].participants[:2] == ("Bola Ahmed Tinubu", "Abdourahamane Tiani")
    # The lecturer who comments on the visit (malama; an English "lecturer") takes no part in it.
    assert "Hauwa Danladi" not in found[0].participants
    # "Hauwa Ɗanladi" and "Hauwa Danladi" are one speaker.
    (analyst,) = [s for s in corpus.speakers if s.name in ("Hauwa Danladi", "Hauwa Ɗanladi")]
    assert {analyst.name, *analyst.aliases} == {"Hauwa Danladi", "Hauwa Ɗanladi"}


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "in ji" (says) after the quotation, the name after it.
        ("“Mun zo domin ƙarfafa hulɗa,” in ji Shugaba Bola Tinubu.", "Mun", "Bola Tinubu"),
        # The speaker before the quotation, the person-aspect pronoun and the verb, a colon.
        ("Shugaba Bola Tinubu ya ce: “Tsaron Nijar tsaron Najeriya ne.”", "Tsaron", "Bola Tinubu"),
        # The cue's verbs read word by word: "ya kara da cewa:" (he added that), "ya bayyana cewa:".
        ("Tinubu ya ce: \"Ba za mu manta ba.\"\n\nTiani ya kara da cewa: \"Iyakokinmu a bude suke.\"", "Iyakokinmu",
         "Tiani"),
        ("Abdourahamane Tiani ya bayyana cewa: “Iyakokinmu a bude suke.”", "Iyakokinmu", "Abdourahamane Tiani"),
        # The pronoun cue alone (ta ce, she said): the person named last speaks.
        ("Dakta Hauwa Ɗanladi ta yi magana a taron.\n\n“Alƙawuran suna da kyau,” ta ce.", "Alƙawuran", "Hauwa Ɗanladi"),
        # "Ya ce:" opening the next paragraph (he said).
        ("Ministan Harkokin Waje Yusuf Tuggar ya isa taron.\n\nYa ce: “Wannan atisaye domin zaman lafiya ne.”",
         "Wannan", "Yusuf Tuggar"),
        # The role alone after the first mention, with its definite -n: "in ji Sanatan" (the senator).
        ("Sanata Barau Jibrin ya yaba da ziyarar.\n\n“Wannan layin dogo zai samar da ayyuka,” in ji Sanatan.",
         "Wannan", "Barau Jibrin"),
        # "a cewar X" (according to X) before the quotation; single quotation marks.
        ("A cewar Gwamna Abba Kabir Yusuf, “Kano da Maradi gida daya ne.”", "Kano", "Abba Kabir Yusuf"),
        ("‘Mun bude sabon shafi,’ in ji Tiani.", "Mun", "Tiani"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, _settings())
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_the_quotes_of_both_articles() -> None:
    a = analyse((DATA / "ha_yamai.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    # "in ji Janar Tiani", "Shugaba Tinubu ya ce:", "in ji Tuggar" between two quotations (one quote, split around
    # its cue), "ta ce" after "Dakta Hauwa Ɗanladi, malama a …" (the university, Jami'ar Bayero, no person).
    assert speakers == {"Najeriya da ": "Abdourahamane Tiani", "Mun zo nan n": "Bola Ahmed Tinubu",
                        "Wannan atisa": "Yusuf Maitama Tuggar", "Alƙawuran su": "Hauwa Ɗanladi"}
    assert "zaman lafiyar" in next(q for q in a.quotes if q.text.startswith("Wannan atisa")).text
    assert set(a.people) == {"Bola Ahmed Tinubu", "Abdourahamane Tiani", "Yusuf Maitama Tuggar", "Hauwa Ɗanladi"}
    b = analyse((DATA / "ha_tinubu.txt").read_text("utf-8"), _settings(None))
    speakers = {q.text[:12]: q.speaker for q in b.quotes}
    # "in ji Tinubu" splits its quote in two; "in ji Sanatan" after his first mention; "Ya ce:" after the governor;
    # a quote over two paragraphs after "Mai magana da yawun Shugaban Kasa, Bayo Onanuga, ya ce:" (Majalisar
    # Dattawa, the Senate, no person); "ta ce" after "Dakta Hauwa Danladi".
    assert speakers == {"Mun bude sab": "Abdourahamane Tiani", "Ba za mu man": "Bola Tinubu",
                        "Wannan layin": "Barau Jibrin", "Kano da Mara": "Abba Kabir Yusuf",
                        "Ziyarar ta n": "Bayo Onanuga", "Ba a taba ai": "Hauwa Danladi"}
    assert "makomarmu" in next(q for q in b.quotes if q.text.startswith("Ba za mu man")).text
    assert "kwamitin" in next(q for q in b.quotes if q.text.startswith("Ziyarar ta n")).text
    assert "Dattawa" not in " ".join(b.people)


def test_the_summaries_hold_no_furniture_and_stand_alone() -> None:
    furniture = ("Hoto:", "Marubuci:", "Raba:", "Karanta kuma", "Sharhi", "rajista", "Labarai masu", "hakkoki",
                 "Aminiya", "BBC News Hausa", "Daga Abubakar")
    for name in ARTICLES:
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, _settings(None))
        chosen = [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]
        assert chosen, name
        assert not any(f in s for s in chosen for f in furniture), chosen
        # The lead is chosen: "Laraba" (Wednesday) in it holds no furniture cue ("raba", share).
        assert a.summary[0] == 0, chosen
        # "Wannan ita ce …" (This is …) leans on the sentence before it: only with it.
        for i in a.summary:
            if text[a.sentences[i].start : a.sentences[i].end].startswith(("Wannan ", "Ya ")):
                assert i - 1 in a.summary, chosen


def test_a_title_after_in_ji_and_she_said_after_an_expert_s_long_apposition() -> None:
    # "in ji Mataimakin Shugaban Kasar" (said the Vice-President, the country's article -r) is the one the text
    # introduced as "Mataimakin Shugaban Ghana, Dogara Musa," (his given name kept though "dogaro", reliance,
    # shares its start: the apposition after the role and its country shows a name); "ta ce" after "Masaniyar
    # tattalin arziki a Jami'ar Usmanu da ke Sakkwato, Dokta Fatima Sani Bello," (the word an apostrophe
    # splits counted once) is hers, not the senator's quoted before her.
    text = ("Ziyarar Ghana a Abuja\n\n"
            "Mataimakin Shugaban Ghana, Dogara Musa, ya isa Abuja ranar Talata.\n\n"
            "“Mun zo domin kasuwanci,” in ji Mataimakin Shugaban Kasar.\n\n"
            "Sanata Ibrahim Lawal ya soki ziyarar. “Ba mu ga amfaninta ba,” a cewar sanatan.\n\n"
            "Masaniyar tattalin arziki a Jami'ar Usmanu da ke Sakkwato, Dokta Fatima Sani Bello, ta ce "
            "yarjejeniyar tana da kyau.\n\n"
            "“Yawan dogaro da man fetur ba shi da kyau,” ta ce.\n")
    a = analyse(text, _settings())
    assert [q.speaker for q in a.quotes] == ["Dogara Musa", "Ibrahim Lawal", "Fatima Sani Bello"]
    assert set(a.people) == {"Dogara Musa", "Ibrahim Lawal", "Fatima Sani Bello"}
