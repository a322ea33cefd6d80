"""Languages without word lists: recognised (or 'und'), and read by language-independent rules only."""

from __future__ import annotations

from digest import language
from digest.config import Limits, SummarySettings
from digest.pipeline import Settings, analyse

# Lithuanian: no profile and no word lists (Latvian, the example before, has its own lists now).
LITHUANIAN = (
    "Lietuva ir Latvija susitarė dėl bendradarbiavimo\n\n"
    "15.9.2026\n\n"
    "Ministras pirmininkas antradienį Vilniuje sakė, kad šalių bendradarbiavimas yra svarbus ir kad derybos "
    "tęsis kitą mėnesį. ”Šiaurės šalių modelis vis dar veikia”, sakė Latvijos ministrė pirmininkė spaudos konferencijoje.\n\n"
    "Pasak premjero, šalių tarpusavio prekyba praėjusiais metais siekė apie 200 milijardų eurų. Latvija yra "
    "didžiausia Lietuvos prekybos partnerė po Vokietijos.\n"
)


def test_lithuanian_is_undetermined_not_latvian_or_polish() -> None:
    assert language.detect(LITHUANIAN) == "und"
    assert not language.supported("lt")


def test_supported_languages_have_word_lists() -> None:
    assert all(language.supported(c) for c in ("it", "de", "pl", "en", "fr", "es", "ru", "pt", "nl", "uk", "cs", "ro", "sv", "tr", "hu", "sk", "hr", "da", "fi", "el", "et", "lv"))
    assert not any(language.supported(c) for c in ("und", "any", "langid", "lt", "mk", "../de"))


def test_other_unsupported_languages_by_letters_and_function_words() -> None:
    assert language.detect("Hun sagde, at regeringen ikke vil ændre loven efter valget, og at det er for tidligt.") == "da"
    assert language.detect("Han sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si.") == "no"
    assert language.detect("Az elnök szerint a tárgyalások jól haladnak, és hogy a megállapodás még nem kész.") == "hu"
    assert language.detect("Bakan, görüşmelerin iyi geçtiğini ve anlaşmanın yakında imzalanacağını söyledi ve bu çok önemli.") == "tr"
    assert language.detect("Ο πρωθυπουργός είπε ότι οι συνομιλίες πήγαν καλά.") == "el"


def test_a_long_text_fitting_no_profile_is_undetermined() -> None:
    # Lithuanian: no profile (Estonian, the example before, has its own profile and lists now).
    text = ("Ministras pirmininkas sakė, kad derybos vyko gerai ir sutartis bus pasirašyta kitą savaitę. "
            "Pasak jo, abi šalys yra suinteresuotos bendradarbiauti energetikos srityje, tačiau išsami informacija "
            "paaiškės vėliau. Užsienio reikalų ministras pridūrė, kad susitikimas vyko draugiškoje atmosferoje ir "
            "buvo aptarti saugumo klausimai.")
    assert language.detect(text) == "und"


def test_unsupported_language_is_named_honestly_and_read_without_other_lists() -> None:
    a = analyse(LITHUANIAN, Settings(SummarySettings(), Limits()))
    assert a.lang == "und"
    assert any("language-independent rules only" in w for w in a.warnings)
    assert a.summary
    assert any("Šiaurės šalių modelis" in q.text for q in a.quotes)
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
