"""Afrikaans: told from Dutch, its word lists in digest/data/af, read through the pipeline on a text of my own."""

from __future__ import annotations

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

ARTICLE = (
    "Die Burger\n"
    "Tuis | Nuus | Sport\n"
    "Ons gebruik koekies om jou ervaring te verbeter. Aanvaar\n\n"
    "Ramaphosa ontmoet Noorse premier in Kaapstad oor skoon energie\n\n"
    "12 Maart 2026\n\n"
    "President Cyril Ramaphosa het Dinsdag in Kaapstad met die Noorse eerste minister, Jonas Gahr Støre, vergader. "
    "Die twee leiers het oor handel en hernubare energie gepraat.\n\n"
    "“Noorweë is vir ons 'n belangrike vennoot,” het Ramaphosa gesê. “Ons wil nog meer saamwerk.”\n\n"
    "Volgens die minister van energie, Kgosientsho Ramokgopa, het Noorse beleggings reeds R12 miljard bereik. "
    "„Die syfer sal teen 2030 verdubbel,” het Ramokgopa gesê.\n\n"
    "Handel tussen die twee lande het verlede jaar met 8 persent gegroei, sê Støre.\n"
)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die president het gesê dat hy nie vir die regering sal praat nie, en hulle het hom gister gebel.", "af"),
    ("Die minister sê hierdie ooreenkoms is baie belangrik vir ons land en sy mense.", "af"),
    # Dutch, which shares het, van, die and dat, stays Dutch.
    ("De minister heeft gezegd dat hij niet voor de regering zal spreken, en zij hebben hem gisteren gebeld.", "nl"),
    ("Het kabinet wil de afspraken met België nog dit jaar uitvoeren, zei de premier op een persconferentie.", "nl"),
    ("Die Bundesregierung hat am Dienstag die neuen Regeln für die Energiepolitik beschlossen.", "de"),
])
def test_afrikaans_is_told_from_dutch(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_lexicon_reads_the_afrikaans_lists() -> None:
    assert supported("af") and word_lists("af") == "af" and "af" in LANGS
    lex = lexicon("af")
    for verb in ("sê", "gesê", "het gesê", "bygevoeg"):
        assert lex.is_speech_verb(verb), verb
    for role in ("adjunkpresident", "eerste minister", "minister", "president"):
        assert lex.is_role(role), role


def test_the_article() -> None:
    a = analyse(ARTICLE, Settings(SummarySettings(), Limits()))
    assert a.lang == "af"
    # The cookie banner is no headline; the date is read from Afrikaans month names.
    assert a.title == "Ramaphosa ontmoet Noorse premier in Kaapstad oor skoon energie"
    assert str(a.date) == "2026-03-12"
    # "…," het X gesê: the name between the auxiliary and the participle is the speaker; both parts of a split quote.
    speakers = [(q.text[:12], q.speaker) for q in a.quotes]
    assert ("Noorweë is v", "Cyril Ramaphosa") in speakers
    assert ("Die syfer sa", "Kgosientsho Ramokgopa") in speakers
    got = {(n.value, n.unit) for n in a.numbers}
    assert (8, "%") in got
