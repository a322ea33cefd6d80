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
    # The vice president is no Rais.
    ("Makamu wa Rais Philip Mpango alifungua mkutano huo.", "Philip Mpango", "Makamu wa Rais"),
])
def test_roles(text: str, name: str, role: str) -> None:
    assert People(text, [(0, len(text))], "sw").roles() == {name: role}


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
