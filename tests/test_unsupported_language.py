"""Languages without word lists: recognised (or 'und'), and read by language-independent rules only."""

from __future__ import annotations

from digest import language
from digest.config import Limits, SummarySettings
from digest.pipeline import Settings, analyse

# Yoruba: no profile and no word lists (Vietnamese, Maltese, Icelandic, Lithuanian and Latvian, the examples before,
# have their own lists now). Its ṣ ẹ ọ and tone marks are written by no profile's language (ẹ ọ by Vietnamese, whose
# function words it shares none of).
YORUBA = (
    "Nàìjíríà àti Ítálì fọwọ́ sí àdéhùn ìfọwọ́sowọ́pọ̀\n\n"
    "15.9.2026\n\n"
    "Olórí ìjọba sọ lọ́jọ́ Ìṣẹ́gun ní Àbújá pé ìfọwọ́sowọ́pọ̀ láàrin orílẹ̀-èdè méjèèjì ṣe pàtàkì, àti pé ìjíròrò yóò "
    "tẹ̀síwájú ní oṣù tó ń bọ̀. ”Àwòṣe Mẹditaréníà ṣì ń ṣiṣẹ́”, Olórí ìjọba Ítálì sọ níbi ìpàdé àwọn oníròyìn.\n\n"
    "Gẹ́gẹ́ bí mínísítà ṣe sọ, òwò láàrin orílẹ̀-èdè méjèèjì jẹ́ nǹkan bí 200 mílíọ̀nù euro ní ọdún tó kọjá. Ítálì jẹ́ "
    "alábàáṣiṣẹ́pọ̀ òwò tó tóbi jù lọ fún Nàìjíríà ní Yúróòpù.\n"
)


def test_yoruba_is_yoruba_not_italian() -> None:
    # Yorùbá has its profile and lists now (digest/data/yo).
    assert language.detect(YORUBA) == "yo"
    assert language.supported("yo")


def test_supported_languages_have_word_lists() -> None:
    assert all(language.supported(c) for c in ("it", "de", "pl", "en", "fr", "es", "ru", "pt", "nl", "uk", "cs", "ro", "sv", "tr", "hu", "sk", "hr", "da", "fi", "el", "et", "lv", "lt", "sr", "no", "sl", "bg", "is", "mk", "mt", "vi"))
    assert not any(language.supported(c) for c in ("und", "any", "langid", "ig", "../de"))


def test_other_unsupported_languages_by_letters_and_function_words() -> None:
    assert language.detect("Hun sagde, at regeringen ikke vil ændre loven efter valget, og at det er for tidligt.") == "da"
    assert language.detect("Han sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si.") == "no"
    assert language.detect("Az elnök szerint a tárgyalások jól haladnak, és hogy a megállapodás még nem kész.") == "hu"
    assert language.detect("Bakan, görüşmelerin iyi geçtiğini ve anlaşmanın yakında imzalanacağını söyledi ve bu çok önemli.") == "tr"
    assert language.detect("Ο πρωθυπουργός είπε ότι οι συνομιλίες πήγαν καλά.") == "el"


def test_a_long_text_fitting_no_profile_is_undetermined() -> None:
    # Igbo: no profile (Yorùbá, Vietnamese, Maltese, Icelandic, Estonian and Lithuanian, the examples before, have
    # their own profiles and lists now).
    text = ("Onye isi ochichi kwuru na mkparita uka ahụ gara nke ọma, na ha ga-abịanye aka n’nkwekọrịta ahụ n’izu "
            "na-abịa. Dị ka o kwuru, mba abụọ ahụ nwere mmasị na nkwado n’ọrụ ike eletrik, mana ha ga-ekwupụta nkọwa "
            "ya mgbe e mesịrị. Onye ozi mba ofesi gbakwụnyere na nzukọ ahụ mere n’ọnọdụ enyi.")
    assert language.detect(text) == "und"


def test_unsupported_language_is_named_honestly_and_read_without_other_lists() -> None:
    # Igbo: no profile and no lists.
    igbo = ("Naịjirịa na Ịtalị bịanyere aka n’nkwekọrịta\n\n15.9.2026\n\n"
            "Onye isi ochichi kwuru na mkparita uka ahụ gara nke ọma, na ha ga-abịanye aka n’nkwekọrịta ahụ n’izu "
            "na-abịa. “Usoro Mediterenian ka na-arụ ọrụ”, onye isi ochichi Ịtalị kwuru na nzukọ ndị nta akụkọ.\n\n"
            "Dị ka onye ozi si kwuo, azụmahịa n’etiti mba abụọ ahụ bụ ihe dị ka 200 nde euro n’afọ gara aga.\n")
    a = analyse(igbo, Settings(SummarySettings(), Limits()))
    assert a.lang == "und"
    assert any("language-independent rules only" in w for w in a.warnings)
    assert a.summary
    assert any("Usoro Mediterenian" in q.text for q in a.quotes)
    assert any(n.value == 200 for n in a.numbers)
    assert str(a.date) == "2026-09-15"
    # Yorùbá, undetermined before, is read with its own lists: its scale word before the figure, its currency after.
    yoruba = analyse(YORUBA, Settings(SummarySettings(), Limits()))
    assert yoruba.lang == "yo" and not any("no word lists" in w for w in yoruba.warnings)
    assert any("Àwòṣe Mẹditaréníà" in q.text for q in yoruba.quotes)
    assert any((n.value, n.unit) == (200e6, "EUR") for n in yoruba.numbers)
    assert str(yoruba.date) == "2026-09-15"
    # Macedonian, recognised without lists before, is read with its own now (every profiled language has lists).
    macedonian = analyse("Премиерот рече дека разговорите поминаа добро и дека договорот ќе биде потпишан наскоро, "
                         "а соработката ќе продолжи.", Settings(SummarySettings(), Limits()))
    assert macedonian.lang == "mk"
    assert not any("no word lists" in w for w in macedonian.warnings)


def test_slovak_is_read_with_its_own_lists() -> None:
    slovak = (
        "Predseda vlády Robert Fico v utorok prijal v Bratislave českého premiéra. Rokovania sa týkali energetiky, "
        "dopravy a obrany. „Naše krajiny majú spoločnú budúcnosť,“ povedal Fico na tlačovej konferencii po stretnutí. "
        "Obchod medzi oboma krajinami podľa neho vlani dosiahol takmer 25 miliárd eur a ďalej rastie."
    )
    lang = language.detect(slovak)
    assert lang == "sk"
    assert language.word_lists(lang) == "sk"
    assert language.word_lists("mk") == "mk" and language.word_lists("und") == "any"
    assert language.word_lists("fi") == "fi"
