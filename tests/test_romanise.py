"""People's names in Latin letters where no article writes them so (romanise), and the digest's use of them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.romanise import latin


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
])
def test_names_are_spelt_as_the_press_spells_them(name: str, spelt: str) -> None:
    assert latin(name) == spelt


@pytest.mark.parametrize("name", ["Vladimir Putin", "Владимир Путин", "习近平", "محمد بن سلمان", "אבי דיכטר",
                                  "อรรถพล ฤกษ์พิบูลย์", "Путин Κυριάκος"])
def test_latin_cyrillic_and_scripts_without_vowels_are_not_spelt(name: str) -> None:
    assert latin(name) is None


GREEK = """Ο Κυριάκος Μητσοτάκης στη Λευκωσία

ΛΕΥΚΩΣΙΑ, 12 Οκτωβρίου 2026. Ο πρωθυπουργός της Ελλάδας Κυριάκος Μητσοτάκης έφτασε τη Δευτέρα στη Λευκωσία, όπου τον
υποδέχθηκε ο Πρόεδρος της Κυπριακής Δημοκρατίας Νίκος Χριστοδουλίδης.

«Η Ελλάδα και η Κύπρος στέκονται μαζί σε κάθε δύσκολη στιγμή», δήλωσε ο Μητσοτάκης μετά τη συνάντηση.

«Η ενεργειακή διασύνδεση είναι το μεγαλύτερο έργο της δεκαετίας για τις δύο χώρες», είπε ο Χριστοδουλίδης.
"""


def test_a_greek_only_corpus_is_headed_and_titled_in_latin_letters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GREEK, "utf-8")
    out = subprocess.run([sys.executable, "-m", "digest", "print", "--format", "json", "--no-cache", str(tmp_path)],
                         capture_output=True, text=True, check=True, cwd=tmp_path)
    digest = json.loads(out.stdout)
    speakers = {s["name"]: s["aliases"] for s in digest["speakers"]}
    assert "Κυριάκος Μητσοτάκης" in speakers["Kyriakos Mitsotakis"]
    assert "Νίκος Χριστοδουλίδης" in speakers["Nikos Christodoulidis"]
    assert {q["speaker"] for q in digest["quotes"]} == {"Kyriakos Mitsotakis", "Nikos Christodoulidis"}
    (visit,) = digest["visits"]
    assert visit["title"] == "Mitsotakis visits Christodoulidis in Nicosia"


def test_the_markdown_heading_shows_the_name_as_written_beside_its_spelling(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GREEK, "utf-8")
    out = subprocess.run([sys.executable, "-m", "digest", "print", "--format", "markdown", "--no-cache", str(tmp_path)],
                         capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "**Kyriakos Mitsotakis (Κυριάκος Μητσοτάκης)** —" in out.stdout
    assert "Participants: Kyriakos Mitsotakis, Nikos Christodoulidis." in out.stdout
