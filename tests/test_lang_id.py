"""Indonesian: language detection, the word lists in digest/data/id, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Presiden menerima Perdana Menteri Australia di Istana Bogor untuk membahas kerja sama ekonomi. Menurut "
        "pemerintah, nilai perdagangan kedua negara tahun lalu mencapai US$ 15 miliar dan akan terus meningkat.")
ARTICLE = Path(__file__).parent / "data" / "id_kunjungan.txt"


def test_indonesian_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "id" and detect(ARTICLE.read_text("utf-8")) == "id"
    assert detect("Presiden Prabowo bertemu Perdana Menteri Jepang di Jakarta") == "id"
    assert supported("id") and "id" in LANGS and word_lists("id") == "id"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("President Prabowo Subianto met the Japanese prime minister in Jakarta on Monday for talks on trade.", "en"),
     ("Indonesian President Prabowo said the \"kunjungan kenegaraan\" had been a success for both countries.", "en"),
     ("Il presidente indonesiano è arrivato ieri a Roma per colloqui con il governo italiano.", "it"),
     ("Il ministro di Jakarta ha detto che la visita è andata bene", "it"),
     ("El presidente de Indonesia se reunió con el primer ministro para hablar de comercio.", "es")],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("nilai perdagangan mencapai Rp 1.250,5 miliar tahun lalu", 1250.5e9, "IDR"),
        ("investasi sebesar US$ 2 miliar", 2e9, "USD"),
        ("kerja sama senilai 3 miliar dolar AS", 3e9, "USD"),
        ("anggaran Rp 45 triliun", 45e12, "IDR"),
        ("bantuan 500 juta yuan", 500e6, "CNY"),
        ("naik 12,5 persen", 12.5, "%"),
        ("ekspor 1,2 juta ton", 1.2e6, "t"),
        ("pembangkit berkapasitas 1.200 megawatt", 1200, "MW"),
        ("sekitar 5.000 orang", 5000, None),
        ("dua puluh lima perusahaan", 25, None),
        ("tiga ratus ribu orang", 300_000, None),
    ],
)
def test_news_forms(text: str, value: float, unit: str | None) -> None:
    figs = [f for f in scan(text, "id") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    if unit:
        assert figs[0].unit == unit
    assert figs[0].unit not in ("miliar", "juta", "triliun", "persen", "lalu", "rupiah")


@pytest.mark.parametrize(("text", "qualifier"),
                         [("lebih dari 300 perusahaan", "more than"), ("sekitar 70 perusahaan", "about"),
                          ("hampir 80 persen", "almost"), ("setidaknya 40 pengusaha", "at least")])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "id")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Kamis, 19 November 2026 | 21:15 WIB", (2026, 11, 19)), ("Jakarta, 2 Desember 2025", (2025, 12, 2)),
     ("pertemuan berikutnya pada Agustus", (None, 8, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "id", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday_before_a_numeric_date() -> None:
    found = dates.find("di Istana Merdeka, Senin (16/11/2026).", "id", [(0, 38)])
    assert any(m.weekday == 1 for m in found)
    # "minggu lalu" is last week, no Sunday.
    assert not any(m.weekday == 7 for m in dates.find("Pekan ini dan minggu lalu", "id", [(0, 25)]))


def test_lexicon_reads_the_indonesian_lists() -> None:
    lex = lexicon("id")
    for verb in ("kata", "katanya", "ujar", "ujarnya", "ucap", "tutur", "tegas", "ungkap", "mengatakan", "menegaskan"):
        assert lex.is_speech_verb(verb), verb
    assert lex.is_role("presiden") and lex.is_role("menlu") and lex.is_role("duta besar")


@pytest.mark.parametrize("form", ["Jepang", "Tiongkok", "Moskow", "Jerman", "Belanda", "Amerika Serikat", "Prancis"])
def test_indonesian_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The short verb and the given name after the quotation.
        ("Presiden Joko Widodo menerima tamunya di Bogor.\n\n\"Kami datang sebagai sahabat,\" ucap Joko.",
         "Kami datang", "Joko Widodo"),
        # A role phrase and a name between commas, the verb with -nya after the quotation.
        ("Pengamat ekonomi dari Universitas Gadjah Mada, Sri Wahyuni, menilai langkah itu tepat.\n\n"
         "“Pasar akan merespons positif,” ujarnya.", "Pasar akan", "Sri Wahyuni"),
        # A three-word name called by its given name alone ("ucap Gibran"), as the press calls people.
        ("Wakil Presiden Gibran Rakabuming Raka tiba di Tokyo.\n\n\"Kami datang sebagai sahabat,\" ucap Gibran.",
         "Kami datang", "Gibran Rakabuming Raka"),
        # The meN- verb and a colon before the quotation.
        ("Menlu Retno Marsudi menegaskan: “Indonesia tidak memihak.”", "Indonesia tidak", "Retno Marsudi"),
        # A role of three words written with capitals (roles.txt "menteri luar negeri") before a
        # one-word name: the rest of the role is no given name.
        ("Menteri Luar Negeri Wiranto tiba di Manila.\n\n\"Kami siap bekerja sama,\" kata Wiranto.",
         "Kami siap", "Wiranto"),
        # The royal register (Malay, read with the Indonesian lists): Baginda is the monarch named before, and
        # bertitah his verb.
        ("Sultan Haji Omar Ali Saifuddien membuka sidang itu.\n\nDalam ucapannya, Sultan Omar Ali Saifuddien menyeru "
         "rakyat bersatu. Baginda bertitah: “Kita mesti bekerja bersama-sama.”", "Kita mesti", "Omar Ali Saifuddien"),
        # A party's group, its acronym and the rest of its name before the member's given name and surname.
        ("Anggota DPR dari Fraksi PKB Bangsa Rina Hartono menilai rencana itu.\n\n\"Kami menunggu hasil nyata,\" kata "
         "Rina.", "Kami menunggu", "Rina Hartono"),
        # A coordinating minister's full office (roles.txt "menteri koordinator bidang pangan") before the name:
        # "Bidang Pangan" is the office's field, no given name.
        ("Menteri Koordinator Bidang Pangan Budi Santoso mengatakan ekspor naik.\n\n\"Ini kabar baik bagi petani,\" "
         "kata Budi.", "Ini kabar", "Budi Santoso"),
        # A minister named by the ministry's field ("Menteri Perhubungan", transport): the field is no given name.
        ("Menteri Perhubungan Rudi Hartanto meninjau pelabuhan itu.\n\n\"Kapal baru akan tiba tahun depan,\" kata "
         "Rudi.", "Kapal baru", "Rudi Hartanto"),
        # An institute's name (Institut, a head noun) before the commentator names no one of its own.
        ("Peneliti Institut Kajian Kebijakan Publik, Dr Sari Lestari, menilai langkah itu tepat.\n\n"
         "“Pasar akan merespons positif,” ujarnya.", "Pasar akan", "Sari Lestari"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="id"))
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_a_whole_indonesian_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "id" and str(a.date) == "2026-11-16"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Jerman adala"] == "Prabowo Subianto"
    assert speakers["Kami melihat"] == "Friedrich Merz"
    assert speakers["Kami berhara"] == "Sugiono"
    assert speakers["Jerman membu"] == "Dewi Lestari"
    assert speakers["Jangan sampa"] == "Bambang Hartono"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(8.4e9, "USD", None), (6.5, "%", None), (45.7e12, "IDR", "about"), (300, "perusahaan", "more than")} <= got
    assert not any(n.unit in ("miliar", "triliun", "persen", "lalu") for n in a.numbers)
    assert a.summary and not any("Baca juga" in s or "ADVERTISEMENT" in s for s in map(str, a.summary))


def test_a_second_article_with_a_three_word_name_and_sums_before_their_year() -> None:
    a = analyse((Path(__file__).parent / "data" / "id_moskow.txt").read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "id" and str(a.date) == "2026-11-19"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Kami datang "] == "Gibran Rakabuming Raka"
    assert speakers["Kami siap me"] == "Vladimir Putin"
    assert speakers["Posisi kami "] == "Rolliansyah Soemirat"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(4.3e9, "USD", None), (98e12, "IDR", "about"), (1200, "MW", None), (40, "pengusaha", "at least")} <= got
