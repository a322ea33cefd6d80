"""Malay: language detection (told from Indonesian), the word lists in digest/data/ms, read through the public
stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Perdana Menteri berkata kerajaan akan meluaskan kerjasama ekonomi dengan Jepun kerana nilai dagangan "
        "kedua-dua negara tahun lepas meningkat 6.2 peratus kepada 45 bilion ringgit.")
ARTICLE = Path(__file__).parent / "data" / "ms_lawatan.txt"
ID_ARTICLES = sorted((Path(__file__).parent / "data").glob("id_*.txt"))


def test_malay_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ms" and detect(ARTICLE.read_text("utf-8")) == "ms"
    assert supported("ms") and "ms" in LANGS and word_lists("ms") == "ms"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Menteri Luar berkata bahawa kerajaan tidak akan berkompromi dalam isu sempadan.", "ms"),
     ("Beliau berkata dagangan meningkat 12 peratus pada Ogos, iaitu paras tertinggi sejak 2019.", "ms"),
     ("Menlu mengatakan bahwa pemerintah tidak akan berkompromi dalam isu perbatasan.", "id"),
     ("Dia mengatakan perdagangan naik 12 persen pada Agustus, yaitu tertinggi sejak 2019.", "id"),
     # Words both write alike: the more written of the two.
     ("Presiden bertemu dengan para menteri di istana", "id")],
)
def test_malay_and_indonesian_short_texts(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("path", ID_ARTICLES, ids=lambda p: p.name)
def test_indonesian_articles_stay_indonesian(path: Path) -> None:
    assert detect(path.read_text("utf-8")) == "id"


@pytest.mark.parametrize(
    ("text", "value", "end", "unit"),
    [
        # Malay groups thousands with a comma and writes a decimal point, unlike Indonesian.
        ("dagangan bernilai 18.6 bilion ringgit", 18.6e9, None, "MYR"),
        ("seramai 12,000 pelawat", 12000, None, "pelawat"),
        ("naik 4.5 peratus", 4.5, None, "%"),
        # A bare "X hingga Y" is a range, not "X" and "up to Y".
        ("kira-kira 1,500 hingga 2,000 pelajar", 1500, 2000, "pelajar"),
        ("20 hingga 25 peratus", 20, 25, "%"),
    ],
)
def test_news_forms(text: str, value: float, end: float | None, unit: str) -> None:
    figs = [f for f in scan(text, "ms") if f.kind != "date"]
    assert len(figs) == 1, figs
    assert figs[0].value == pytest.approx(value) and figs[0].value_end == end and figs[0].unit == unit


def test_indonesian_bare_range() -> None:
    figs = scan("naik 20 hingga 30 persen", "id")
    assert [(f.value, f.value_end, f.unit) for f in figs] == [(20, 30, "%")]


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Isnin, 12 Oktober 2026", (2026, 10, 12)), ("Putrajaya, 3 Ogos 2025", (2025, 8, 3)),
     ("mesyuarat pada 9 Mac 2027", (2027, 3, 9)), ("sidang pada Disember", (None, 12, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "ms", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_lexicon_reads_the_malay_lists() -> None:
    lex = lexicon("ms")
    for verb in ("kata", "katanya", "berkata", "bertitah", "titah"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("perdana menteri") and lex.is_role("timbalan perdana menteri") and lex.is_role("ahli parlimen")
    assert "datuk" in lex.titles and "seri" in lex.titles and "baginda" in lex.pronouns


@pytest.mark.parametrize("form", ["Jepun", "Perancis", "Rusia", "Amerika Syarikat", "Filipina", "Korea Selatan"])
def test_malay_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The office, a comma, honorifics, then the name: no "Timbalan Perdana" speaks.
        ("PUTRAJAYA: Kerajaan akan mengkaji semula tarif, kata Timbalan Perdana Menteri, Datuk Seri Ahmad Hamidi.\n\n"
         "“Kita tidak akan tergesa-gesa,” katanya.", "Kita tidak", "Ahmad Hamidi"),
        # The ruler's register: "Baginda bertitah:" is the Sultan named before.
        ("Sultan Azlan Muizzuddin merasmikan persidangan itu. Baginda bertitah: “Rakyat mesti didahulukan.”",
         "Rakyat mesti", "Azlan Muizzuddin"),
        # "X yang … berkata," with no comma before the relative clause, then "katanya" in the next paragraph.
        ("Menteri Besar, Datuk Seri Amir Hakim tiba di Kuching.\n\nSultan Azlan Muizzuddin bertitah: “Selamat datang.”\n\n"
         "Amir yang mengetuai rombongan itu berkata, kerajaan negeri akan membina jalan baharu.\n\n"
         "“Projek ini bermula tahun depan,” katanya.", "Projek ini", "Amir Hakim"),
        # A university's name (Universiti, a head noun) before the commentator names no one of its own.
        ("Penganalisis ekonomi Universiti Sains Malaysia, Dr Aminah Yusri, berpendapat angka itu rendah.\n\n"
         "“Angka rasmi hanya sebahagian gambaran,” katanya.", "Angka rasmi", "Aminah Yusri"),
        # So does an institute's (Institut, a head noun): "Pengajian Dasar" is no one.
        ("Penganalisis Institut Pengajian Dasar dan Ekonomi (IPDE), Dr Salmah Osman, berkata lawatan itu penting.\n\n"
         "“Ia isyarat yang jelas,” katanya.", "Ia isyarat", "Salmah Osman"),
        # "katanya dalam satu kenyataan" (he said in a statement): after the preposition "dalam" the
        # statement is where he said it, not an unnamed subject that spoke.
        ("Menteri Kewangan Datuk Ahmad Zaki berkata ekonomi akan berkembang.\n\n"
         "Ahli Parlimen Datuk Hassan Kamal mempersoalkan dasar itu.\n\n"
         "\"Kerajaan perlu fokus kepada pasaran besar,\" katanya dalam satu kenyataan.", "Kerajaan perlu",
         "Hassan Kamal"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ms"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_road_named_for_a_place_is_no_one() -> None:
    text = ("Amir Hakim berkata, kerajaan sedang membina Lebuhraya Pan Borneo Sabah untuk penduduk.\n\n"
            "Jalan ke kampung di pedalaman Sabah masih tanah merah.")
    assert analyse(text, Settings(SummarySettings(), Limits(), lang="ms")).people == ("Amir Hakim",)


def test_a_whole_malay_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ms" and str(a.date) == "2026-10-12"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Vietnam iala"] == "Anwar Ibrahim"
    assert speakers["Persahabatan"] == "Nazrin Shah"
    assert speakers["Kita sasarka"] == "Lim Chee Keong"
    assert speakers["Nelayan kita"] == "Roslan Harun"
    assert not {"Luar", "Perdana", "Timbalan", "Terdahulu"} & set(a.people)
    got = {(n.value, n.value_end, n.unit) for n in a.numbers}
    assert {(18.6e9, None, "MYR"), (7.5, None, "%"), (1500, 2000, "pelajar"), (20, 25, "%")} <= got


def test_a_ruler_s_royal_honorifics_are_no_name_and_baginda_is_the_ruler() -> None:
    # "Seri Paduka Baginda" is the royal register for the ruler just named: no person called "Paduka".
    text = ("Sultan Nazrin: kerjasama beras diperluas\n\nIPOH -- Sultan Perak Sultan Nazrin Shah bertitah kerjasama "
            "perlu diperluas.\n\nSeri Paduka Baginda bertitah demikian ketika menerima kunjungan duta.\n\n"
            "\"Beta mahu rakyat merasai manfaatnya,\" titah Baginda.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ms"))
    assert "Paduka" not in a.people
    assert [q.speaker for q in a.quotes] == ["Nazrin Shah"]


def test_the_prime_ministers_residence_is_no_person() -> None:
    # "Seri Perdana" opens with an honorific (seri, as in Datuk Seri): read as title and name, "Perdana" became
    # a person and took the host's place; it is a seat of government in the gazetteer.
    text = ("PUTRAJAYA, 4 Mac -- Perdana Menteri Datuk Seri Ahmad Zulkifli menerima kunjungan hormat Presiden "
            "Ruritania Marco Rossi di Seri Perdana hari ini. \"Kami mahu lebih banyak pelaburan,\" kata Ahmad.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ms"))
    assert "Perdana" not in a.people and "Ahmad Zulkifli" in a.people
    assert places.is_seat("Seri Perdana")
