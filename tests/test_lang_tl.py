"""Filipino (Tagalog): language detection, the word lists in digest/data/tl, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
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
