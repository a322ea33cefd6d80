from digest.hangul import romanised


def test_hangul_syllables_are_read_by_their_letters() -> None:
    # Each syllable split arithmetically into its letters, each read by the Revised Romanization.
    assert romanised("트럼프") == "teureompeu"
    assert romanised("블라디미르 푸틴") == "beulradimireu putin"
    # Other characters stay as they are.
    assert romanised("Seoul 서울, 2026") == "Seoul seoul, 2026"


def test_a_one_word_korean_name_reads_its_family_name_as_latin_spellings_write_it() -> None:
    # 이 is Lee and 박 Park in a Korean name (a word of two or three syllables); a longer word keeps the reading.
    assert romanised("이민수") == "leeminsu" and romanised("박준") == "parkjun"
    assert romanised("이스라엘") == "iseurael"
