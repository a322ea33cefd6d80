"""People's names in Latin letters where no article writes them so (romanise), and the digest's use of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.romanise import latin

ROOT = Path(__file__).resolve().parents[1]


def _print(tmp_path: Path, text: str, fmt: str = "json") -> str:
    """`digest print` of one article, run from this tree (not an installed copy: PYTHONPATH)."""
    (tmp_path / "a.txt").write_text(text, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "digest", "print", "--format", fmt, "--no-cache", str(tmp_path)],
                         capture_output=True, text=True, check=True, cwd=tmp_path, env=env)
    return out.stdout


@pytest.mark.parametrize(("name", "spelt"), [
    # Greek: vowel pairs, μπ/ντ/γκ at a word's start and inside, υ as y, accents gone.
    ("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"),
    ("Νίκος Χριστοδουλίδης", "Nikos Christodoulidis"),
    ("Γιώργος Παπαναστασίου", "Giorgos Papanastasiou"),
    ("Ντένις Μπετσίροβιτς", "Denis Betsirovits"),
    ("Ευάγγελος Βενιζέλος", "Evangelos Venizelos"),
    ("Αλέξης Τσίπρας", "Alexis Tsipras"),
    ("Αντώνης Σαμαράς", "Antonis Samaras"),
    ("Γκέοργκ Γκεόργκιεφ", "Georg Georgief"),
    # Armenian: ու, a first ո/ե.
    ("Սուրեն Պապիկյան", "Suren Papikyan"),
    ("Նիկոլ Փաշինյան", "Nikol Pashinyan"),
    ("Արարատ Միրզոյան", "Ararat Mirzoyan"),
    ("Երևան", "Yerevan"),
    # Georgian.
    ("ირაკლი კობახიძე", "Irakli Kobakhidze"),
    ("მარიამ კვრივიშვილი", "Mariam Kvrivishvili"),
    # Devanagari and Bengali: the inherent vowel and where it is not said.
    ("नरेंद्र मोदी", "Narendra Modi"),
    ("शिवराज सिंह चौहान", "Shivraj Singh Chauhan"),
    ("राजनाथ सिंह", "Rajnath Singh"),
    ("अमित शाह", "Amit Shah"),
    ("শেখ হাসিনা", "Sheikh Hasina"),
    ("তারেক রহমান", "Tarek Rahman"),
    ("অমিতাভ সেনগুপ্ত", "Amitabh Sengupta"),
    ("এস জয়শঙ্কর", "Es Jayshankar"),
    # Tamil: every vowel written, k/t/p voiced between vowels.
    ("நரேந்திர மோடி", "Narendira Modi"),
    ("மு.க. ஸ்டாலின்", "Mu.Ka. Stalin"),
    ("லாரன்ஸ் வோங்", "Larans Vong"),
    # Hangul: a Korean name family first, a foreign one whole.
    ("안규백", "Ahn Gyu-baek"),
    ("이재명", "Lee Jae-myeong"),
    ("김도현", "Kim Do-hyeon"),
    ("푸틴", "Putin"),
    # Ethiopic.
    ("ዐቢይ አሕመድ", "Abiy Ahmed"),
    # Arabic: known names as the press spells them (عبد الفتاح, two words, one name), bin lower case, the article
    # joined as al-, the other words read with the vowels their letters carry (ain said as a before a consonant).
    ("محمد بن سلمان", "Mohammed bin Salman"),
    ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),
    ("هيثم بن طارق", "Haitham bin Tariq"),
    ("خالد المعولي", "Khalid al-Mawli"),
    ("محمد باقر قاليباف", "Mohammad Bagher Qalibaf"),
    ("كريم بدوي", "Karim Badwi"),
    # Persian: its own spellings (محمد Mohammad), a final h as eh, and Persian's letters read (چ ch).
    ("عباس عراقچی", "Abbas Araqchi"),
    ("محمدباقر قالیباف", "Mohammad Bagher Qalibaf"),
    ("علی‌رضا ظریف", "Alireza Zarif"),
    ("فاطمه محمدی", "Fatemeh Mohammadi"),
    # Urdu: its own spellings (محمد Muhammad), ث as s, a final ہ as a.
    ("شہباز شریف", "Shehbaz Sharif"),
    ("اسحاق ڈار", "Ishaq Dar"),
    ("محمد اسحاق ڈار", "Muhammad Ishaq Dar"),
    ("ثمینہ بلوچ", "Samina Baloch"),
    # Hebrew: known names, the maqaf as a hyphen, ב and כ soft after a vowel, a final ה as a.
    ("בנימין נתניהו", "Benjamin Netanyahu"),
    ("אבי דיכטר", "Avi Dichter"),
    ("יעל בן־עמי", "Yael Ben-Ami"),
    ("יצחק הרצוג", "Yitzhak Herzog"),
    ("שרה דרמר", "Sara Dermer"),
    # Arab names in Hebrew letters: their given names are known words too (ג׳ as j, read as the modifier letter).
    ("סולטאן אל-גʹאבר", "Sultan Al-Jaber"),
    ("מוחמד בן זאיד", "Mohammed Ben Zayed"),
])
def test_names_are_spelt_as_the_press_spells_them(name: str, spelt: str) -> None:
    assert latin(name) == spelt


@pytest.mark.parametrize("name", ["Vladimir Putin", "Владимир Путин", "习近平", "อรรถพล ฤกษ์พิบูลย์", "Путин Κυριάκος",
                                  "محمد Putin"])
def test_latin_cyrillic_and_scripts_without_words_are_not_spelt(name: str) -> None:
    assert latin(name) is None


@pytest.mark.parametrize("name", ["قاليباف", "موسالیا مداوادی", "بن ضيغم", "שיוואראגʹ סינג צʹוהאן", "עודד ברקוביץ"])
def test_a_name_without_a_known_word_stays_as_written(name: str) -> None:
    # (A particle, بن, is no known word: a letter-by-letter guess serves a reader worse than the script.)
    assert latin(name) is None


GREEK = """Ο Κυριάκος Μητσοτάκης στη Λευκωσία

ΛΕΥΚΩΣΙΑ, 12 Οκτωβρίου 2026. Ο πρωθυπουργός της Ελλάδας Κυριάκος Μητσοτάκης έφτασε τη Δευτέρα στη Λευκωσία, όπου τον
υποδέχθηκε ο Πρόεδρος της Κυπριακής Δημοκρατίας Νίκος Χριστοδουλίδης.

«Η Ελλάδα και η Κύπρος στέκονται μαζί σε κάθε δύσκολη στιγμή», δήλωσε ο Μητσοτάκης μετά τη συνάντηση.

«Η ενεργειακή διασύνδεση είναι το μεγαλύτερο έργο της δεκαετίας για τις δύο χώρες», είπε ο Χριστοδουλίδης.
"""


def test_a_greek_only_corpus_is_headed_and_titled_in_latin_letters(tmp_path: Path) -> None:
    digest = json.loads(_print(tmp_path, GREEK))
    speakers = {s["name"]: s["aliases"] for s in digest["speakers"]}
    assert "Κυριάκος Μητσοτάκης" in speakers["Kyriakos Mitsotakis"]
    assert "Νίκος Χριστοδουλίδης" in speakers["Nikos Christodoulidis"]
    assert {q["speaker"] for q in digest["quotes"]} == {"Kyriakos Mitsotakis", "Nikos Christodoulidis"}
    (visit,) = digest["visits"]
    assert visit["title"] == "Mitsotakis visits Christodoulidis in Nicosia"


def test_the_markdown_heading_shows_the_name_as_written_beside_its_spelling(tmp_path: Path) -> None:
    out = _print(tmp_path, GREEK, "markdown")
    assert "**Kyriakos Mitsotakis (Κυριάκος Μητσοτάκης)** —" in out
    assert "Participants: Kyriakos Mitsotakis, Nikos Christodoulidis." in out


ARABIC = """ولي العهد السعودي يزور مسقط

مسقط، 12 أكتوبر 2026. وصل ولي العهد السعودي الأمير محمد بن سلمان إلى مسقط يوم الاثنين، حيث استقبله سلطان عمان هيثم بن طارق في
قصر العلم.

وقال محمد بن سلمان بعد المحادثات: "العلاقات بين المملكة والسلطنة راسخة وتزداد قوة في كل المجالات".

وقال هيثم بن طارق: "نرحب بأخينا العزيز ونتطلع إلى شراكة اقتصادية أوسع بين بلدينا".
"""

PERSIAN = """سفر عباس عراقچی به مسقط

مسقط، ۱۲ مهر ۱۴۰۵. عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه وارد مسقط شد و با بدر البوسعیدی، وزیر خارجه عمان، دیدار کرد.

عراقچی پس از این دیدار گفت: «روابط ایران و عمان بر پایه اعتماد متقابل و همسایگی استوار است.»

بدر البوسعیدی گفت: «عمان همواره از گفت‌وگو میان کشورهای منطقه حمایت کرده است.»
"""


def test_an_arabic_only_corpus_is_headed_quoted_and_titled_in_latin_letters(tmp_path: Path) -> None:
    digest = json.loads(_print(tmp_path, ARABIC))
    speakers = {s["name"]: s["aliases"] for s in digest["speakers"]}
    assert "محمد بن سلمان" in speakers["Mohammed bin Salman"]
    assert "هيثم بن طارق" in speakers["Haitham bin Tariq"]
    # (The heading spells the quote's own form: the quote takes it, not the Arabic one, see _spelt_heading.)
    assert {q["speaker"] for q in digest["quotes"]} == {"Mohammed bin Salman", "Haitham bin Tariq"}
    (visit,) = digest["visits"]
    assert visit["participants"] == ["Mohammed bin Salman", "Haitham bin Tariq"]
    assert "Muscat" in visit["title"] and not any("\u0600" <= c <= "\u06ff" for c in visit["title"])


def test_a_persian_only_corpus_is_headed_quoted_and_titled_in_latin_letters(tmp_path: Path) -> None:
    digest = json.loads(_print(tmp_path, PERSIAN))
    speakers = {s["name"]: s["aliases"] for s in digest["speakers"]}
    assert "عباس عراقچی" in speakers["Abbas Araqchi"]
    assert {q["speaker"] for q in digest["quotes"]} == {"Abbas Araqchi", "Badr al-Bousaydi"}
    (visit,) = digest["visits"]
    assert visit["title"] == "Araqchi visits al-Bousaydi in Muscat"


def test_the_markdown_heading_of_an_arabic_name_shows_it_as_written(tmp_path: Path) -> None:
    out = _print(tmp_path, ARABIC, "markdown")
    assert "**Mohammed bin Salman (محمد بن سلمان)**" in out


PERSIAN_REPORT = """سفر کوروش پرویزی به مسقط

مسقط، ۱۲ مهر ۱۴۰۵. کوروش پرویزی، معاون وزیر نفت ایران، روز دوشنبه وارد مسقط شد و با وزیر انرژی عمان دیدار کرد.

پرویزی پس از این دیدار گفت: «خط لوله گاز میان ایران و عمان تا دو سال دیگر آماده می‌شود.»
"""

ENGLISH_REPORT = """Iranian deputy oil minister in Muscat

MUSCAT, Oct 4, 2026 - Iran's deputy oil minister Kourosh Parvizi arrived in Muscat on Monday for talks with
Oman's energy minister on a gas pipeline.

"The pipeline between Iran and Oman will be ready within two years," Parvizi told reporters after the talks.
"""


def test_a_quote_takes_the_press_spelling_another_article_gives_its_speaker(tmp_path: Path) -> None:
    # No word of کوروش پرویزی is listed, so romanise.latin cannot spell him; the English report does, and the
    # two are one person. The Persian quote goes under that heading too, as the speakers list has it (before,
    # it stayed under the Persian form, an alias of the heading the list showed).
    (tmp_path / "b.txt").write_text(ENGLISH_REPORT, "utf-8")
    digest = json.loads(_print(tmp_path, PERSIAN_REPORT))
    speakers = {s["name"]: s["aliases"] for s in digest["speakers"]}
    assert "کوروش پرویزی" in speakers["Kourosh Parvizi"]
    assert {q["speaker"] for q in digest["quotes"]} == {"Kourosh Parvizi"}


@pytest.mark.parametrize(("name", "spelt"), [
    # A consonant and its nukta is another sound (ज़ z, फ़ f, ख़ kh), written decomposed or as one character (U+095B).
    ("अज़ीज़ ख़ान", "Aziz Khan"),
    ("\u095b\u093e\u0915\u093f\u0930", "Zakir"),
    ("फ़रहान", "Farhan"),
])
def test_devanagari_dotted_letters_are_their_own_sounds(name: str, spelt: str) -> None:
    assert latin(name) == spelt


def test_a_dotted_devanagari_letter_keys_a_name_as_its_latin_form() -> None:
    from digest import speakers, visits
    assert visits.skeleton("ज़ाकिर") == visits.skeleton("Zakir") == "zkr"
    assert speakers.fold("ज़ाकिर") == "zakir"
