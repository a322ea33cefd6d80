"""Vietnamese: language detection, the word lists in digest/data/vi, read through the public stages and on a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS, lexicon

NEWS = ("Chủ tịch nước đã tiếp Thủ tướng Australia tại Phủ Chủ tịch để thảo luận về hợp tác kinh tế. Theo Bộ Công Thương, "
        "kim ngạch thương mại giữa hai nước năm ngoái đạt 15 tỷ USD và sẽ tiếp tục tăng.")
ARTICLE = Path(__file__).parent / "data" / "vi_tham.txt"


def test_vietnamese_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "vi" and detect(ARTICLE.read_text("utf-8")) == "vi"
    # A short headline full of foreign names.
    assert detect("Tổng thống Vladimir Putin hội đàm với Thủ tướng Anthony Albanese tại Moscow") == "vi"
    assert supported("vi") and "vi" in LANGS and word_lists("vi") == "vi"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Prime Minister Pham Minh Chinh met Australian Prime Minister Anthony Albanese in Hanoi on Thursday.", "en"),
     ("Vietnamese President Luong Cuong said the \"chuyến thăm\" had been a success for both countries.", "en"),
     ("Le Premier ministre vietnamien Phạm Minh Chính est arrivé hier à Paris pour des entretiens avec le gouvernement.",
      "fr"),
     ("Presiden Prabowo bertemu Perdana Menteri Vietnam di Jakarta untuk membahas perdagangan.", "id"),
     ("Il presidente vietnamita è arrivato ieri a Roma per colloqui con il governo italiano.", "it"),
     # A Vietnamese name's letters in a short text in another language: only the running words' letters count.
     ("Il presidente Lương Cường ha incontrato Sergio Mattarella a Roma", "it"),
     ("Nguyễn Thị Hằng won the race in Paris", "en")],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("kim ngạch thương mại đạt 27,8 tỷ USD năm ngoái", 27.8e9, "USD"),
        ("vốn đầu tư 1.234,5 triệu USD", 1234.5e6, "USD"),
        ("khoản vay 500 triệu đô la Mỹ", 500e6, "USD"),
        ("ngân sách 2.000 tỷ đồng", 2e12, "VND"),
        ("viện trợ 300 triệu nhân dân tệ", 300e6, "CNY"),
        ("tăng 8,3% so với năm trước", 8.3, "%"),
        ("giảm 12 phần trăm", 12, "%"),
        ("khai thác 250 triệu tấn dầu thô", 250e6, "t"),
        ("khoảng 3.000 sinh viên Việt Nam", 3000, "sinh viên"),
        ("9 văn kiện hợp tác", 9, "văn kiện"),
        ("ba trăm nghìn người", 300_000, "người"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "vi") if f.kind not in ("date", "year")]
    assert figs, text
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit


@pytest.mark.parametrize(("text", "qualifier"),
                         [("hơn 300 doanh nghiệp", "more than"), ("khoảng 70 doanh nghiệp", "about"),
                          ("gần 80 phần trăm", "almost"), ("ít nhất 40 nhà đầu tư", "at least")])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert scan(text, "vi")[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("Hà Nội, ngày 12 tháng 11 năm 2026", (2026, 11, 12)), ("vào tháng 11/2026 tại Mát-xcơ-va", (2026, 11, None)),
     ("Thứ Năm, 12/11/2026 - 18:45", (2026, 11, 12)), ("ngày 3 tháng 2, ông nói", (None, 2, 3))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    found = [m for m in dates.find(text, "vi", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_days_and_months_of_a_date_are_no_durations() -> None:
    # "từ ngày 11 đến ngày 13 tháng 11 năm 2026": 13 is a day, 11 a month; "3 tháng" alone is three months.
    figs = scan("chuyến thăm từ ngày 11 đến ngày 13 tháng 11 năm 2026", "vi")
    assert not any(f.kind == "duration" for f in figs)
    assert [(f.value, f.unit) for f in scan("trong 3 tháng qua", "vi")] == [(3, "months")]
    assert not [m for m in dates.find("trong 3 tháng qua", "vi", [(0, 17)]) if m.month]


def test_lexicon_reads_the_vietnamese_lists() -> None:
    lex = lexicon("vi")
    for verb in ("nói", "cho biết", "nhấn mạnh", "khẳng định", "phát biểu", "tuyên bố", "chia sẻ"):
        assert lex.speech_verbs.holds(verb), verb
    assert lex.is_role("thủ tướng") and lex.is_role("chủ tịch nước") and lex.is_role("bộ trưởng ngoại giao")


@pytest.mark.parametrize("form", ["Hà Nội", "Việt Nam", "Nga", "Mát-xcơ-va", "Trung Quốc", "Bắc Kinh", "Hoa Kỳ",
                                  "Nhật Bản", "Lào", "Campuchia", "Thái Lan"])
def test_vietnamese_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(("text", "locative"), [
    # "thủ đô" (capital) between the preposition and the place: still where it happens.
    ("Hội nghị diễn ra ở thủ đô Phnom Penh hôm qua.", True),
    ("Các bộ trưởng gặp nhau tại thủ đô Phnom Penh.", True),
    # Without a preposition before it, the capital is only named.
    ("Thủ đô Phnom Penh đông dân nhất nước.", False),
])
def test_a_capital_noun_after_the_preposition_keeps_the_place_locative(text: str, locative: bool) -> None:
    found = places.find(text, [(0, len(text))], "vi")
    assert [(f.place.name, f.locative) for f in found] == [("Phnom Penh", locative)]


INTRO = "Chủ tịch nước Lương Cường và Bộ trưởng Ngoại giao Bùi Thanh Sơn đến Mát-xcơ-va chiều 21/11.\n\n"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # The role and the given name (the last word) after the quotation, a two-word verb.
        ("“Việt Nam mong muốn mở rộng hợp tác,” Chủ tịch nước Cường nhấn mạnh.", "Lương Cường"),
        # The bare role of three words: its holder, not the last person named.
        ("“Việt Nam mong muốn mở rộng hợp tác,” Chủ tịch nước nhấn mạnh.", "Lương Cường"),
        # The honorific and the given name.
        ("“Chuyến thăm góp phần củng cố lòng tin,” ông Sơn nói.", "Bùi Thanh Sơn"),
        # The honorific and the full name of three syllables: the verb stands past the first four words.
        ("“Chuyến thăm góp phần củng cố lòng tin,” ông Bùi Thanh Sơn nhấn mạnh.", "Bùi Thanh Sơn"),
        # A role with its portfolio in capitals, the full name, an apposition, then the verb and a colon.
        ("Bộ trưởng Ngoại giao Bùi Thanh Sơn, thành viên đoàn, cho biết: “Chuyến thăm góp phần củng cố lòng tin.”",
         "Bùi Thanh Sơn"),
        ("Bộ trưởng Sơn cho biết: “Chuyến thăm góp phần củng cố lòng tin.”", "Bùi Thanh Sơn"),
    ],
)
def test_cues(cue: str, speaker: str) -> None:
    a = analyse(INTRO + cue, Settings(SummarySettings(), Limits(), lang="vi"))
    assert [q.speaker for q in a.quotes] == [speaker]


def test_a_bare_role_cue_is_its_holder_not_the_guest_named_before_him() -> None:
    # The guest named with the honorific opens the sentence that introduces the president; "Chủ tịch nước nói" (a
    # role of three syllables, the last the role word, in lower case) stands for the president all the same.
    text = ("Hợp tác mới\n\nSau hội đàm, ông Rahman đến chào Chủ tịch nước Trần Văn Lộc.\n\n"
            "“Hai dân tộc luôn sát cánh bên nhau,” Chủ tịch nước nói. Chủ tịch nước mô tả Malaysia là “một người "
            "bạn thân thiết”.")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="vi"))
    assert [q.speaker for q in a.quotes] == ["Trần Văn Lộc", "Trần Văn Lộc"]


def test_a_whole_vietnamese_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "vi" and str(a.date) == "2026-11-12"
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert speakers["Việt Nam coi"] == "Phạm Minh Chính"
    assert speakers["Việt Nam luô"] == "Phạm Minh Chính"
    assert speakers["Chúng tôi mu"] == "Anthony Albanese"
    assert speakers["Tôi rất vui "] == "Anthony Albanese"
    assert speakers["Đây là bước "] == "Bùi Thanh Sơn"
    assert speakers["Các doanh ng"] == "Lê Thị Thu Hằng"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(15.7e9, "USD", None), (8.3, "%", None), (2.1e9, "USD", "about"), (3000, "sinh viên", "about")} <= got
    assert not any(n.unit in ("tỷ", "triệu", "phần trăm", "months", "years") for n in a.numbers)
    assert a.summary and not any("Đọc thêm" in s or "Bình luận" in s for s in map(str, a.summary))


def test_the_king_named_by_another_word_for_his_office() -> None:
    # "Nhà vua" stands for the "Quốc vương" the text introduced: one office, two words for it.
    text = ("Chủ tịch nước hội kiến Quốc vương Thái Lan\n\nChủ tịch nước hội kiến Quốc vương Thái Lan "
            "Maha Vajiralongkorn tại Hà Nội.\n\nQuốc vương cảm ơn Việt Nam. \"Thái Lan muốn học hỏi kinh nghiệm "
            "của Việt Nam\", Nhà vua nói.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="vi"))
    assert [q.speaker for q in a.quotes] == ["Maha Vajiralongkorn"]


@pytest.mark.parametrize("ministry", ["Bộ Xây dựng", "Bộ Y tế", "Bộ Giao thông vận tải"])
def test_a_ministry_the_figures_are_credited_to_is_no_person(ministry: str) -> None:
    # A ministry's name writes its field in lower case after "Bộ": no person's name cut mid-word ("Bộ Xây").
    text = (f"Hợp tác đường sắt\n\nPhó thủ tướng Lê Văn Hòa hội đàm với đối tác tại Bắc Kinh. Theo {ministry}, "
            "tổng mức đầu tư dự án khoảng 8,3 tỷ USD.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="vi"))
    assert not any(p.startswith("Bộ") for p in a.people)
    assert all(not (n.speaker or "").startswith("Bộ") for n in a.numbers)


def test_a_chinese_guest_is_called_by_his_family_name_in_the_title(tmp_path: Path) -> None:
    # A Vietnamese goes by the last syllable (Hòa); a Chinese official named after his country keeps his own order:
    # the family name (Vương) comes first, as the text writes it.
    from digest import pipeline
    from digest.config import Config

    text = ("VnTin\n\nThứ năm, 15/10/2026\n\nPhó thủ tướng Lê Văn Hòa hội đàm tại Bắc Kinh\n\n"
            "Chiều 15/10, tại Bắc Kinh, Phó thủ tướng Lê Văn Hòa hội đàm với Bộ trưởng Thương mại Trung Quốc "
            "Vương Văn Đào về hợp tác đường sắt.\n\n\"Hai bên sẽ đẩy nhanh dự án\", Phó thủ tướng Lê Văn Hòa nói.\n\n"
            "Ông Vương Văn Đào cho biết phía Trung Quốc sẵn sàng hỗ trợ. \"Chúng tôi sẽ cử chuyên gia\", "
            "ông Vương Văn Đào nói.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    visits = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1).visits
    assert [v.title for v in visits] == ["Hòa and Vương in Beijing"]


def test_a_chinese_report_writing_vietnamese_names_in_han_joins_the_vietnamese_report(tmp_path: Path) -> None:
    # Chinese writes a Vietnamese leader in the characters Sino-Vietnamese reads his name by (黎文海, Lê Văn Hải):
    # the two reports of one meeting, in one folder, are one visit of two people, not two visits.
    from digest import pipeline
    from digest.config import Config

    (tmp_path / "vi.txt").write_text(
        "VnTin\n\nThứ năm, 15/10/2026\n\nPhó thủ tướng Lê Văn Hải hội đàm tại Bắc Kinh\n\n"
        "Chiều 15/10, tại Bắc Kinh, Phó thủ tướng Lê Văn Hải hội đàm với Bộ trưởng Thương mại Trung Quốc "
        "Vương Văn Đào về hợp tác đường sắt.\n\n\"Hai bên sẽ đẩy nhanh dự án\", Phó thủ tướng Lê Văn Hải nói.\n\n"
        "Ông Vương Văn Đào cho biết phía Trung Quốc sẵn sàng hỗ trợ. \"Chúng tôi sẽ cử chuyên gia\", "
        "ông Vương Văn Đào nói.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text(
        "港聞日報\n\n2026年10月15日\n\n越南副總理黎文海訪問北京\n\n【本報訊】越南副總理黎文海10月15日在北京與中國商務部"
        "部長王文濤會談，雙方討論鐵路合作。\n\n黎文海表示：「兩國將加快鐵路項目建設。」\n\n王文濤說：「中方願意派出專家支持項目。」\n",
        encoding="utf-8")
    visits = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1).visits
    assert [(v.articles, v.participants) for v in visits] == [(("vi", "zh"), ("Lê Văn Hải", "Vương Văn Đào"))]


def test_a_han_name_and_its_vietnamese_spelling_are_one_person() -> None:
    # Compared by family name and last given syllable: hanviet.txt holds one reading a character (柵 sách), the press
    # may write another (Trịnh San Khiết).
    from digest.speakers import one_person

    assert one_person("裴青山", "Bùi Thanh Sơn")
    assert one_person("鄭柵潔", "Trịnh San Khiết")
    assert not one_person("裴青山", "Trịnh San Khiết")
    assert not one_person("李强", "Lê Văn Hải")
