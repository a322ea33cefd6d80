"""Thai: detection by script, the word lists in digest/data/th, read through the public stages and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced, word_lists
from digest.pipeline import Settings, analyse

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "th_yeuan.txt"
NEWS = ("นายกรัฐมนตรีเดินทางถึงกรุงโตเกียวเมื่อวันจันทร์ เพื่อหารือกับนายกรัฐมนตรีญี่ปุ่น "
        "ทั้งสองฝ่ายตกลงขยายความร่วมมือด้านการค้าและการลงทุน")


def _analysed(text: str, lang: str | None = None):
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


def test_thai_is_detected_by_its_script_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "th" and detect(ARTICLE.read_text("utf-8")) == "th"
    assert detect("ผู้นำเยือนกรุงเทพฯ") == "th"  # a headline of a few phrases
    assert supported("th") and word_lists("th") == "th" and unspaced("th")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A Latin text naming a Thai person in Thai letters stays what its words say.
        ("Prime Minister Anutin Charnvirakul (อนุทิน ชาญวีรกูล) met the Japanese prime minister in Tokyo on "
         "Monday and the two leaders agreed to expand trade.", "en"),
        ("Премьер-министр Таиланда (นายกรัฐมนตรี) прибыл в Москву, где провёл переговоры с президентом.", "ru"),
        ("越南总理范明政抵达曼谷，开始对泰国进行正式访问。", "zh"),
        ("Thủ tướng Phạm Minh Chính đã đến Bangkok để thăm chính thức Thái Lan theo lời mời của Thủ tướng.", "vi"),
    ],
)
def test_neighbours_stay_themselves(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_sentences_end_at_a_space_before_a_new_clause() -> None:
    from digest.data import marks_as_letters
    from digest.sentences import split

    text = marks_as_letters(
        "นายกรัฐมนตรีให้การต้อนรับอย่างเป็นทางการที่ทำเนียบรัฐบาลเมื่อเช้าวันพุธ ก่อนที่ผู้นำทั้งสองจะหารือเป็นเวลากว่า 2 ชั่วโมง "
        "ครอบคลุมประเด็นการค้า การลงทุน ความมั่นคงชายแดน และความร่วมมือในกรอบอาเซียน "
        "นางสาวสุนิสา ทองคำ โฆษกรัฐบาล เปิดเผยว่า ทั้งสองฝ่ายได้ลงนามบันทึกความเข้าใจ 6 ฉบับ")
    pieces = [text[a:b] for a, b in split(text, "th")]
    # A clause after ก่อนที่ goes on; a list's items stay together; a name keeps its family name and its cue.
    assert len(pieces) == 3, pieces
    assert pieces[2].startswith(marks_as_letters("นางสาวสุนิสา ทองคำ โฆษกรัฐบาล เปิดเผยว่า"))


def test_lexicon_reads_the_thai_lists() -> None:
    from digest.data import marks_as_letters as m
    from digest.speakers import lexicon

    # (Words are read with their vowel signs as letters, as every stage reads the text.)
    lex = lexicon("th")
    for verb in ("กล่าวว่า", "ระบุว่า", "เปิดเผยว่า", "เน้นย้ำว่า", "แถลงว่า"):
        assert lex.is_speech_verb(m(verb)), verb
    assert lex.is_role(m("นายกรัฐมนตรี")) and lex.is_role(m("โฆษกรัฐบาล")) and lex.is_role(m("เอกอัครราชทูต"))


# A headline and a paragraph of background before the paragraph quoted: a paragraph of Thai is its length in words.
HEAD = "ผู้นำเยือนเพื่อนบ้าน หารือการค้าและความมั่นคง\n\n"
MORE = (" ทั้งนี้ การหารือครอบคลุมประเด็นการค้า การลงทุน ความมั่นคงชายแดน และความร่วมมือในกรอบอาเซียน "
        "ซึ่งทั้งสองฝ่ายให้ความสำคัญเป็นอย่างมากในช่วงหลายปีที่ผ่านมา")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The cue before the quotation, a space between the name and the verb; the role after the name.
        ("นายสมศักดิ์ ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เดินทางเยือนกรุงจาการ์ตาเมื่อวันศุกร์" + MORE + "\n\n"
         "นายสมศักดิ์ กล่าวว่า \"การค้าของสองประเทศยังเติบโตได้อีกมาก เราต้องลดอุปสรรคทางภาษีให้เร็วที่สุด\"" + MORE,
         "การค้า", "สมศักดิ์ ใจดี"),
        # The cue after the quotation, glued to the honorific and the given name alone.
        ("นางมาลี ศรีทอง โฆษกกระทรวงการต่างประเทศ แถลงต่อสื่อมวลชนเมื่อวันอังคาร" + MORE + "\n\n"
         "\"ไทยพร้อมเป็นเจ้าภาพการประชุมครั้งต่อไปและจะเชิญผู้นำทุกประเทศในภูมิภาคเข้าร่วม\" นางมาลีกล่าว",
         "ไทยพร้อม", "มาลี ศรีทอง"),
        # A foreign name after its role, glued, no honorific; later named by the family name alone.
        ("ประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย ให้การต้อนรับคณะผู้แทนไทยที่กรุงมอสโก" + MORE + "\n\n"
         "ปูตินระบุว่า \"รัสเซียพร้อมส่งออกพลังงานให้ไทยมากขึ้นในระยะยาวตามความต้องการของตลาด\"" + MORE,
         "รัสเซียพร้อม", "วลาดิมีร์ ปูติน"),
        # A pronoun glued to its verb stands for the last person named.
        ("ดร.กมล วงศ์ใหญ่ นักวิเคราะห์ด้านความมั่นคง ประเมินสถานการณ์ชายแดนในช่วงที่ผ่านมา" + MORE + "\n\n"
         "เขากล่าวว่า \"ความตึงเครียดจะลดลงหากทั้งสองฝ่ายกลับมาเจรจากันอย่างจริงจังโดยเร็ว\"" + MORE,
         "ความตึงเครียด", "กมล วงศ์ใหญ่"),
    ],
)
def test_cues(text: str, start: str, speaker: str) -> None:
    a = _analysed(HEAD + text, "th")
    assert next(q.speaker for q in a.quotes if q.text.startswith(start)) == speaker


def test_no_name_from_a_role_followed_by_common_words() -> None:
    a = _analysed("ผู้นำทั้งสองจะหารือเต็มคณะเป็นเวลากว่า 2 ชั่วโมง ก่อนที่นายกรัฐมนตรีจะแถลงข่าวร่วมกับประธานาธิบดีที่ทำเนียบรัฐบาล "
                  "โดยผู้เชี่ยวชาญด้านเศรษฐกิจมองว่าการเยือนครั้งนี้มีความสำคัญมาก", "th")
    assert a.people == ()


def test_a_whole_thai_article() -> None:
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert a.lang == "th"
    speakers = {q.text[:12]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"ไทยและเวียดนา"[:12]: "อนุทิน ชาญวีรกูล", "เวียดนามพร้อ"[:12]: "ฝ่าม มิงห์ จิ๋ง",
                        "การลงนามครั้ง"[:12]: "ศิริพร วงศ์สวัสดิ์", "เวียดนามเติบ"[:12]: "ธนวัฒน์ ศรีสุข"}
    roles = {p: r for p, r, _ in a.roles}
    assert roles["อนุทิน ชาญวีรกูล"] == "นายกรัฐมนตรี" and roles["ฝ่าม มิงห์ จิ๋ง"] == "นายกรัฐมนตรีเวียดนาม"
