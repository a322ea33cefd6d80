"""Languages without word lists: recognised (or 'und'), and read by language-independent rules only."""

from __future__ import annotations

from digest import language
from digest.config import Limits, SummarySettings
from digest.pipeline import Settings, analyse

# Vietnamese: no profile and no word lists (Maltese, Icelandic, Lithuanian and Latvian, the examples before, have their own lists now).
VIETNAMESE = (
    "Việt Nam và Ý ký thỏa thuận hợp tác\n\n"
    "15.9.2026\n\n"
    "Thủ tướng cho biết hôm thứ Ba tại Hà Nội rằng hợp tác giữa hai nước là quan trọng và các cuộc đàm phán sẽ tiếp tục "
    "vào tháng tới. ”Mô hình Địa Trung Hải vẫn hiệu quả”, Thủ tướng Ý nói trong cuộc họp báo.\n\n"
    "Theo bộ trưởng, thương mại giữa hai nước đạt khoảng 200 triệu euro vào năm ngoái. Ý là đối tác thương mại lớn "
    "nhất của Việt Nam ở châu Âu.\n"
)


def test_vietnamese_is_undetermined_not_italian() -> None:
    assert language.detect(VIETNAMESE) == "und"
    assert not language.supported("vi")


def test_supported_languages_have_word_lists() -> None:
    assert all(language.supported(c) for c in ("it", "de", "pl", "en", "fr", "es", "ru", "pt", "nl", "uk", "cs", "ro", "sv", "tr", "hu", "sk", "hr", "da", "fi", "el", "et", "lv", "lt", "sr", "no", "sl", "bg", "is", "mk", "mt"))
    assert not any(language.supported(c) for c in ("und", "any", "langid", "vi", "../de"))


def test_other_unsupported_languages_by_letters_and_function_words() -> None:
    assert language.detect("Hun sagde, at regeringen ikke vil ændre loven efter valget, og at det er for tidligt.") == "da"
    assert language.detect("Han sa at regjeringen ikke vil endre loven etter valget, og at det er for tidlig å si.") == "no"
    assert language.detect("Az elnök szerint a tárgyalások jól haladnak, és hogy a megállapodás még nem kész.") == "hu"
    assert language.detect("Bakan, görüşmelerin iyi geçtiğini ve anlaşmanın yakında imzalanacağını söyledi ve bu çok önemli.") == "tr"
    assert language.detect("Ο πρωθυπουργός είπε ότι οι συνομιλίες πήγαν καλά.") == "el"


def test_a_long_text_fitting_no_profile_is_undetermined() -> None:
    # Vietnamese: no profile (Maltese, Icelandic, Estonian and Lithuanian, the examples before, have their own profiles and lists now).
    text = ("Thủ tướng nói rằng các cuộc đàm phán đã diễn ra tốt đẹp và thỏa thuận sẽ được ký vào tuần tới. Theo ông, "
            "hai nước đều quan tâm đến hợp tác trong lĩnh vực năng lượng, nhưng các chi tiết sẽ được công bố sau. Bộ "
            "trưởng Ngoại giao nói thêm rằng cuộc gặp diễn ra trong bầu không khí thân thiện và vấn đề an ninh cũng đã "
            "được thảo luận.")
    assert language.detect(text) == "und"


def test_unsupported_language_is_named_honestly_and_read_without_other_lists() -> None:
    a = analyse(VIETNAMESE, Settings(SummarySettings(), Limits()))
    assert a.lang == "und"
    assert any("language-independent rules only" in w for w in a.warnings)
    assert a.summary
    assert any("Mô hình Địa Trung Hải" in q.text for q in a.quotes)
    assert any(n.value == 200 or n.value == 200e6 for n in a.numbers)
    assert str(a.date) == "2026-09-15"
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
