"""Languages without word lists: recognised (or 'und'), and read by language-independent rules only."""

from __future__ import annotations

from digest import language
from digest.config import Limits, SummarySettings
from digest.pipeline import Settings, analyse

# Icelandic: no profile and no word lists (Lithuanian and Latvian, the examples before, have their own lists now).
ICELANDIC = (
    "Ísland og Noregur semja um samstarf\n\n"
    "15.9.2026\n\n"
    "Forsætisráðherra sagði á þriðjudag í Reykjavík að samstarf þjóðanna væri mikilvægt og að viðræður "
    "héldu áfram í næsta mánuði. ”Norræna líkanið virkar enn”, sagði forsætisráðherra Noregs á blaðamannafundi.\n\n"
    "Að sögn ráðherrans námu viðskipti landanna um 200 milljörðum evra á síðasta ári. Noregur er "
    "stærsti viðskiptavinur Íslands á eftir Þýskalandi.\n"
)


def test_icelandic_is_undetermined_not_norwegian_or_danish() -> None:
    assert language.detect(ICELANDIC) == "und"
    assert not language.supported("is")


def test_supported_languages_have_word_lists() -> None:
    assert all(language.supported(c) for c in ("it", "de", "pl", "en", "fr", "es", "ru", "pt", "nl", "uk", "cs", "ro", "sv", "tr", "hu", "sk", "hr", "da", "fi", "el", "et", "lv", "lt", "sr", "no", "sl", "bg"))
    assert not any(language.supported(c) for c in ("und", "any", "langid", "is", "mk", "../de"))


def test_other_unsupported_languages_by_letters_and_function_words() -> None:
    assert language.detect("Hun sagde, at regeringen ikke vil ændre loven efter valget, og at det er for tidligt.") == "da"
    assert language.detect("Han sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si.") == "no"
    assert language.detect("Az elnök szerint a tárgyalások jól haladnak, és hogy a megállapodás még nem kész.") == "hu"
    assert language.detect("Bakan, görüşmelerin iyi geçtiğini ve anlaşmanın yakında imzalanacağını söyledi ve bu çok önemli.") == "tr"
    assert language.detect("Ο πρωθυπουργός είπε ότι οι συνομιλίες πήγαν καλά.") == "el"


def test_a_long_text_fitting_no_profile_is_undetermined() -> None:
    # Icelandic: no profile (Estonian and Lithuanian, the examples before, have their own profiles and lists now).
    text = ("Forsætisráðherra sagði að viðræðurnar hefðu gengið vel og að samningurinn yrði undirritaður í næstu viku. "
            "Að hans sögn hafa báðar þjóðirnar áhuga á samstarfi á sviði orkumála, en nánari upplýsingar verða kynntar "
            "síðar. Utanríkisráðherra bætti við að fundurinn hefði farið fram í vinsamlegu andrúmslofti og að rætt "
            "hefði verið um öryggismál.")
    assert language.detect(text) == "und"


def test_unsupported_language_is_named_honestly_and_read_without_other_lists() -> None:
    a = analyse(ICELANDIC, Settings(SummarySettings(), Limits()))
    assert a.lang == "und"
    assert any("language-independent rules only" in w for w in a.warnings)
    assert a.summary
    assert any("Norræna líkanið" in q.text for q in a.quotes)
    assert any(n.value == 200 or n.value == 200e9 for n in a.numbers)
    assert str(a.date) == "2026-09-15"
    # A language recognised without lists (Macedonian; Greek has its own now) says so.
    macedonian = analyse("Премиерот рече дека разговорите поминаа добро и дека договорот ќе биде потпишан наскоро, "
                         "а соработката ќе продолжи.", Settings(SummarySettings(), Limits()))
    assert macedonian.lang == "mk"
    assert any("no word lists" in w for w in macedonian.warnings)


def test_slovak_is_read_with_its_own_lists() -> None:
    slovak = (
        "Predseda vlády Robert Fico v utorok prijal v Bratislave českého premiéra. Rokovania sa týkali energetiky, "
        "dopravy a obrany. „Naše krajiny majú spoločnú budúcnosť,“ povedal Fico na tlačovej konferencii po stretnutí. "
        "Obchod medzi oboma krajinami podľa neho vlani dosiahol takmer 25 miliárd eur a ďalej rastie."
    )
    lang = language.detect(slovak)
    assert lang == "sk"
    assert language.word_lists(lang) == "sk"
    assert language.word_lists("mk") == "any" and language.word_lists("und") == "any"
    assert language.word_lists("fi") == "fi"
