"""Turkish: language detection, the word lists in digest/data/tr, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest
from lines import quotes_of, speaker_of

from digest import dates
from digest.config import Limits, SummarySettings
from digest.language import detect, supported
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.sentences import split, stop_words
from digest.speakers import LANGS, lexicon

NEWS = ("Cumhurbaşkanı Kemal Arslan, resmi ziyaret için Ankara'ya gelen Macaristan Cumhurbaşkanı Tamás Varga'yı "
        "Perşembe günü resmi törenle karşıladı. İki lider, baş başa görüşmenin ardından heyetler arası toplantıya "
        "geçti. Arslan'ın verdiği bilgiye göre iki ülke arasındaki ticaret hacmi geçen yıl 6 milyar doları aştı. "
        "Taraflar, ticaret hacmini 2030 yılına kadar 10 milyar dolara çıkarma hedefini teyit etti. Görüşmelerde "
        "enerji, savunma sanayii ve ulaştırma alanlarında dokuz anlaşma imzalandı.")
ARTICLE = Path(__file__).parent / "data" / "tr_ziyaret.txt"


def test_turkish_is_detected_and_supported() -> None:
    # A long Turkish text used to fall under the confidence share: its profile was too small.
    assert detect(NEWS) == "tr" and detect(ARTICLE.read_text("utf-8")) == "tr"
    assert supported("tr") and "tr" in LANGS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Präsident sagte am Donnerstag, Deutschland und die Türkei wollten enger zusammenarbeiten, "
         "nach einem Treffen im Kanzleramt, bei dem beide Seiten mehrere Abkommen unterzeichneten.", "de"),
        ("Il presidente ha detto giovedì che l'Italia e la Turchia sono partner strategici, "
         "dopo un colloquio al Quirinale durato più di un'ora.", "it"),
        ("Președintele a declarat joi că România și Turcia vor semna un acord de cooperare, "
         "după o întâlnire la Palatul Cotroceni.", "ro"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ticaret hacmi geçen yıl 8 milyar doları aştı", 8e9, "USD"),
        ("hedef 15 milyar dolara çıkarmak", 15e9, "USD"),
        ("15 milyar dolarlık ticaret hedefi", 15e9, "USD"),
        ("yatırımlar 2,5 milyar avroyu buldu", 2.5e9, "EUR"),
        ("bütçe 300 milyon TL olarak açıklandı", 300e6, "TRY"),
        ("1,2 milyar liralık proje", 1.2e9, "TRY"),
        ("gaz 11 milyar metreküpe ulaştı", 11e9, "m³"),
        ("demiryolu 224 kilometre uzunluğunda", 224, "km"),
        ("15.000 ton buğday", 15000, "t"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "tr") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


@pytest.mark.parametrize(("text", "qualifier"), [("yaklaşık 7,5 milyar dolar", "about"), ("neredeyse 40 milyon avro", "almost")])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "tr")[0].qualifier == qualifier


@pytest.mark.parametrize(("text", "month"), [("16 Eylül 2026 tarihinde", 9), ("3 Mart'ta görüştüler", 3), ("12 Aralık 2025", 12)])
def test_months_with_their_suffixes(text: str, month: int) -> None:
    assert [m.month for m in dates.find(text, "tr", [(0, len(text))])] == [month]


def test_a_month_that_is_a_common_word_needs_a_day() -> None:
    text = "Kasım Bey ocak başında oturdu."
    assert not [m for m in dates.find(text, "tr", [(0, len(text))]) if m.month]


def test_weekday() -> None:
    text = "Görüşme Perşembe günü yapıldı."
    assert [m.weekday for m in dates.find(text, "tr", [(0, len(text))])] == [4]


def test_sentences_keep_abbreviations() -> None:
    text = "Ekonomist Prof. Dr. Burak Yalçın konuştu. Görüşme bir saat sürdü."
    assert len(split(text, "tr", 0, len(text))) == 2


def test_stop_words() -> None:
    assert {"ve", "bir", "için", "ile", "olarak"} <= stop_words("tr")


def test_lexicon_reads_the_turkish_lists() -> None:
    lex = lexicon("tr")
    assert lex.is_speech_verb("dedi") and lex.is_speech_verb("vurguladı") and lex.is_speech_verb("diyen")
    assert lex.is_role("cumhurbaşkanı") and lex.is_role("bakanı") and lex.is_role("ekonomist")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('Cumhurbaşkanı Kemal Arslan konuştu. Arslan, "Dostluğumuz yüzyıllara dayanıyor" dedi.', "Dostluğumuz", "Kemal Arslan"),
        ('Bakan Mehmet Koç geldi. "Kapasiteyi iki katına çıkaracağız" diyen Koç, projeyi anlattı.', "Kapasiteyi", "Mehmet Koç"),
        ('Ekonomist Burak Yalçın da konuştu. Yalçın, "Hedef iddialı" diye konuştu.', "Hedef", "Burak Yalçın"),
    ],
)
def test_speech_verb_after_the_quote(text: str, start: str, speaker: str) -> None:
    # Turkish puts the verb after the quotation: "…" dedi, "…" diyen X, "…" diye konuştu.
    assert speaker_of(quotes_of(text, "tr"), start) == speaker


def test_a_whole_turkish_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "tr"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Macaristan i"] == "Kemal Arslan"
    assert speakers["Türkiye, Avr"] == "Tamás Varga"
    assert speakers["Güneydoğu Av"] == "Mehmet Koç"
    assert speakers["Avrupa'daki "] == "Burak Yalçın"
    assert speakers["Yine de 10 m"] == "Burak Yalçın"
    money = {(n.value, n.unit) for n in a.numbers}
    assert {(6e9, "USD"), (10e9, "USD"), (2.5e9, "EUR"), (1.2e9, "EUR")} <= money
    assert not any(n.unit == "milyar" for n in a.numbers)
    assert a.summary


def test_also_after_a_name_is_no_particle() -> None:
    # Turkish "da" (also) before a nationality word joins nothing: the minister is Ömer Bolat.
    from digest.speakers import People

    text = ("Ticaret Bakanı Ömer Bolat da Türk müteahhitlerin projelerinin 4 milyar doları bulduğunu belirtti. "
            "Bolat, yeni anlaşmaların da yolda olduğunu söyledi.")
    people = People(text, [(0, len(text))], "tr").people()
    assert "Ömer Bolat" in people and not any("Türk" in p for p in people)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "bin" between two names is the Arabic "son of", not a thousand.
        ("Veliaht Prens Muhammed bin Selman, Ankara'da 12 anlaşma imzaladı", [12]),
        ("Almanya'ya bin Türk işçi gitti", [1000]),
        ("Törene bin kişi katıldı", [1000]),
    ],
)
def test_bin_between_names_is_no_thousand(text: str, values: list[float]) -> None:
    assert [f.value for f in scan(text, "tr") if f.kind != "date"] == values


def test_the_participle_of_reported_speech_is_a_cue() -> None:
    # "Demir'in "…" dediği aktarıldı": Demir was reported to have said it; the quotation is speech, and his.
    text = ("Ekonomi Bakanı Ali Demir ile görüşen Mehmet Şimşek, müzakerelerin ilerlediğini belirtti. Demir'in "
            "\"Yıl sonuna kadar anlaşmayı imzalamak istiyoruz\" dediği aktarıldı.")
    (q,) = quotes_of(text, "tr")
    assert (q.kind, q.speaker) == ("speech", "Ali Demir")


def test_a_name_with_a_case_suffix_after_its_apostrophe_is_no_speaker() -> None:
    # "Şahin'e … teşekkür eden Yılmaz, "…" diye konuştu": the dative name is the participle clause's object; the
    # bare name after it is the subject, and the speaker.
    text = ("Bakan Yılmaz Bakü'de\n\n14.10.2026\n\nBakü: Enerji Bakanı Mehmet Yılmaz, Azerbaycan Ekonomi Bakanı Elnur "
            "Şahin ile görüştü.\n\nŞahin'e Azerbaycan'ın boru hattına verdiği destek için teşekkür eden Yılmaz, "
            "\"Bakü'den Ankara'ya uzanan hat bölgenin enerji güvenliğini güçlendirecek\" diye konuştu.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert [q.speaker for q in a.quotes] == ["Mehmet Yılmaz"]


def test_a_quotation_closed_by_ifadesini_kullandi_is_its_subjects() -> None:
    # '"…" ifadesini kullandı' (used the words "…"): the light verb's noun ties the quotation to the subject.
    text = ("Ankara\n\nYunan Bakan Nikos Papadakis ise adalara gelen göçmen sayısının bu yıl düştüğünü belirterek, "
            "\"Rakamlar ortak çalışmanın sonuç verdiğini gösteriyor\" ifadesini kullandı.\n")
    assert speaker_of(quotes_of(text, "tr"), "Rakamlar") == "Nikos Papadakis"


def test_a_case_suffix_on_the_honorific_after_a_name_makes_it_no_speaker() -> None:
    # "Elnur Şahin Bey'e … teşekkür eden Yılmaz": Bey is an honorific written after the name (no part of it), and
    # its dative is the name's: the bare name after it speaks.
    text = ("Bakan Yılmaz Bakü'de\n\n14.10.2026\n\nBakü: Enerji Bakanı Mehmet Yılmaz, Azerbaycan Ekonomi Bakanı Elnur "
            "Şahin ile görüştü.\n\nElnur Şahin Bey'e misafirperverliği için teşekkür eden Yılmaz, "
            "\"Bakü'den Ankara'ya uzanan hat bölgenin enerji güvenliğini güçlendirecek\" diye konuştu.")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert [q.speaker for q in a.quotes] == ["Mehmet Yılmaz"]
