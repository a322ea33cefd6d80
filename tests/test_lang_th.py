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


def test_thai_digits_and_vowel_marks_are_read() -> None:
    # Thai digits are read as 0-9; the vowel signs and tone marks as letters, and shown as written again.
    a = _analysed("นายกรัฐมนตรีกล่าวว่า การค้าปีนี้เพิ่มขึ้นร้อยละ ๘ และมีนักธุรกิจกว่า ๑๕๐ คนร่วมคณะเดินทางครั้งนี้ "
                  "ซึ่งเป็นคณะที่ใหญ่ที่สุดในรอบหลายปีที่ผ่านมา ตามที่ทำเนียบรัฐบาลระบุ")
    assert a.lang == "th"
    assert {(n.value, n.unit) for n in a.numbers} >= {(8, "%"), (150, "people")}
    assert any("ที่" in n.sentence for n in a.numbers)  # the marks are shown as the article writes them


def _figures(text: str) -> list:
    from digest.data import marks_as_letters
    from digest.numbers import scan

    return [f for f in scan(marks_as_letters(text), "th") if f.kind not in ("date", "year")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("ตั้งเป้าการค้าสองฝ่าย 2.5 หมื่นล้านดอลลาร์", 2.5e10, "USD", None),
        ("ผลักดันการค้าให้ถึง 25,000 ล้านดอลลาร์สหรัฐภายในปี 2570", 2.5e10, "USD", None),
        ("มูลค่าอยู่ที่ประมาณ 2.03 หมื่นล้านดอลลาร์สหรัฐ", 2.03e10, "USD", "about"),
        ("หรือประมาณ 4.4 แสนล้านบาท", 4.4e11, "THB", "about"),
        ("งบประมาณ 3.5 ล้านล้านบาท", 3.5e12, "THB", None),
        ("ลงทุน 1,200 ล้านยูโร", 1.2e9, "EUR", None),
        ("เงินกู้ 80 พันล้านเยน", 8e10, "JPY", None),
        ("มูลค่า 5 พันล้านหยวน", 5e9, "CNY", None),
        ("เพิ่มขึ้นร้อยละ 8.5 จากปีก่อน", 8.5, "%", None),
        ("ลดลง 3.2 เปอร์เซ็นต์", 3.2, "%", None),
        ("นักธุรกิจกว่า 150 คน", 150, "people", "more than"),
        ("มากกว่า 1 แสนตำแหน่ง", 1e5, "jobs", "more than"),
        ("ระยะทาง 873 กิโลเมตร", 873, "km", None),
        ("เกือบ 40 ประเทศ", 40, "countries", "almost"),
        # Number words before a scale or a unit (after เป็น, whose letters a number word holds too).
        ("ลาวขายไฟฟ้าให้ไทยสามพันเมกะวัตต์", 3000, "MW", None),
        ("มีแผนเพิ่มเป็นหนึ่งหมื่นเมกะวัตต์", 1e4, "MW", None),
        ("สายส่ง 500 กิโลโวลต์", 500, "kV", None),
    ],
)
def test_news_forms(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figs = _figures(text)
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit and figs[0].qualifier == qualifier


@pytest.mark.parametrize("text", ["เมื่อวันที่ 11 พฤศจิกายน 2568", "12 พ.ย. 68", "อันดับที่ 8 ในเวียดนาม",
                                  "ภายในปี 2570", "เวลา 15:42 น.", "เขาสามารถเจรจาได้", "ทั้งสองฝ่ายเห็นด้วย"])
def test_dates_ranks_and_years_are_no_amounts(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("เมื่อวันที่ 11 พฤศจิกายน 2568 เพื่อ", (2025, 11, 11)), ("12 พ.ย. 68 15:42 น.", (2025, 11, 12)),
     ("ในวันที่ 13 พฤศจิกายน", (None, 11, 13)), ("3 มีนาคม พ.ศ. 2569", (2026, 3, 3)),
     ("กำหนดการ 5 ม.ค. 2026", (2026, 1, 5)), ("ในเดือนกันยายน", (None, 9, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates
    from digest.data import marks_as_letters

    text = marks_as_letters(text)
    found = [m for m in dates.find(text, "th", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekday() -> None:
    from digest import dates
    from digest.data import marks_as_letters

    text = marks_as_letters("นายกรัฐมนตรีให้การต้อนรับเมื่อวันพฤหัสบดี")
    assert [m.weekday for m in dates.find(text, "th", [(0, len(text))])] == [4]


def test_the_article_is_dated_by_its_buddhist_era_stamp() -> None:
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert str(a.date) == "2025-11-12" and "2025-11-11" in a.dates


@pytest.mark.parametrize(("form", "place"), [("กรุงเทพมหานคร", "Bangkok"), ("กรุงเทพฯ", "Bangkok"), ("มอสโก", "Moscow"),
                                             ("ปักกิ่ง", "Beijing"), ("โตเกียว", "Tokyo"), ("กัวลาลัมเปอร์", "Kuala Lumpur"),
                                             ("จาการ์ตา", "Jakarta"), ("ฮานอย", "Hanoi"), ("พนมเปญ", "Phnom Penh"),
                                             ("เวียดนาม", "Vietnam"), ("ไทย", "Thailand")])
def test_thai_place_forms(form: str, place: str) -> None:
    from digest import places
    from digest.data import marks_as_letters

    found = places.lookup(marks_as_letters(form))
    assert found is not None and found.name == place


def test_places_glued_to_the_words_around_them() -> None:
    # Arrived in Bangkok on Tuesday (glued), then on to Phnom Penh: the visit is placed where it happens.
    a = _analysed(ARTICLE.read_text("utf-8"))
    assert a.places[0] == "Bangkok" and "Phnom Penh" in a.places


def test_a_second_article_a_visit_abroad() -> None:
    # A Japanese host named after his role in the word before ('…กับนายกรัฐมนตรีญี่ปุ่น นายชิเงรุ อิชิบะ'), a cue after
    # the quotation, a pronoun cue after an opinion; the dates of the stay in Buddhist years.
    a = _analysed((DATA / "th_tokyo.txt").read_text("utf-8"))
    assert a.lang == "th" and str(a.date) == "2026-03-05" and a.places[0] == "Tokyo"
    speakers = {q.text.split(" ")[0][:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"ญี่ปุ่นถือ"[:6]: "ชิเงรุ อิชิบะ", "เราได้พบ"[:6]: "มาริสา จันทร์เพ็ญ",
                        "ถ้าไทยไม่"[:6]: "ปิยะพงษ์ แสงทอง"}
    roles = {p: r for p, r, _ in a.roles}
    assert roles["ชิเงรุ อิชิบะ"] == "นายกรัฐมนตรีญี่ปุ่น"
    assert {(n.value, n.unit) for n in a.numbers} >= {(5.8e10, "USD"), (1.5e11, "THB"), (8e10, "JPY"), (2.1, "%")}


def _visits(name: str) -> list[dict]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "digest", "print", "--no-cache", "--jobs", "1", "--format", "json",
                          str(DATA / name)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["visits"]


def test_the_visit_is_placed_and_its_leaders_take_part() -> None:
    # Thai names have keys (data/thai.txt): the two prime ministers take part; the analyst comments on the visit.
    (visit,) = _visits("th_yeuan.txt")
    assert visit["place"] == "Bangkok" and visit["start"] == "2025-11-11"
    assert {"อนุทิน ชาญวีรกูล", "ฝ่าม มิงห์ จิ๋ง"} == set(visit["participants"][:2])
    assert "ธนวัฒน์ ศรีสุข" not in visit["participants"]
    (visit,) = _visits("th_tokyo.txt")
    # Placed by its dateline ("กรุงโตเกียว - …"): the guest's country is the one its text names most.
    assert visit["place"] == "Tokyo"
    assert "ชิเงรุ อิชิบะ" in visit["participants"] and "ปิยะพงษ์ แสงทอง" not in visit["participants"]


def test_an_office_alone_stands_for_its_one_holder() -> None:
    # 'นายกฯ' (the PM, short) before its verb and after a quotation: the prime minister introduced as such, not the
    # guest introduced as his country's prime minister.
    text = (HEAD + "นายสมชาย ใจงาม นายกรัฐมนตรี ให้การต้อนรับนายโจโก วิโดโด ประธานาธิบดีอินโดนีเซีย ที่ทำเนียบรัฐบาล" + MORE
            + "\n\nนายกฯ กล่าวว่า \"ไทยและอินโดนีเซียจะร่วมมือกันผลักดันการค้าในภูมิภาคให้เติบโตมากขึ้นในอนาคต\"" + MORE
            + "\n\n\"เราจะเปิดเส้นทางการบินตรงเพิ่มอีกสามเส้นทางภายในปีหน้าเพื่อส่งเสริมการท่องเที่ยว\" นายกฯ กล่าว")
    a = _analysed(text, "th")
    said = {q.text[:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert said == {"ไทยและ": "สมชาย ใจงาม", "เราจะเ": "สมชาย ใจงาม"}


def test_a_stem_of_the_synonyms_names_the_measure_of_two_reports() -> None:
    # Thai keys its measures by stems ("ไฟฟ้า*", electricity), found inside the clause as Chinese words are:
    # power bought by one side and sold by the other is one measure, shown as written.
    import dataclasses

    from digest.model import Article
    from digest.numbers import find_conflicts

    tail = " ซึ่งเป็นปริมาณที่สูงที่สุดในรอบหลายปีที่ผ่านมา ตามที่ทำเนียบรัฐบาลระบุ"
    texts = {"a": "รัฐมนตรีกล่าวว่า ปัจจุบันไทยซื้อไฟฟ้าจากกัมพูชาประมาณ 1,500 เมกะวัตต์" + tail,
             "b": "นายกรัฐมนตรีกล่าวว่า กัมพูชาขายไฟฟ้าให้ไทยแล้วกว่า 2,000 เมกะวัตต์" + tail}
    arts, nums = [], []
    for aid, text in texts.items():
        a = _analysed(text, "th")
        arts.append(Article(aid, aid, text, a, lang="th", visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(a.numbers)]
    conflicts = find_conflicts(nums, arts)
    assert [(c.what, len(c.numbers)) for c in conflicts] == [("ไฟฟ้า", 2)]


def test_a_military_rank_opens_a_name_and_the_mp_abbreviation_ends_one() -> None:
    # ร.อ. (captain) glued before the given name, as นาย is; สส. (MP, written without its inner dot) after the
    # family name is the role, no third word of the name.
    text = ("พ.ต.สมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เดินทางเยือนกรุงจาการ์ตาเมื่อวันศุกร์" + MORE + "\n\n"
            "\"การค้าของสองประเทศยังเติบโตได้อีกมาก เราต้องลดอุปสรรคทางภาษีให้เร็วที่สุด\" พ.ต.สมชายกล่าว\n\n"
            "ด้าน น.ส.มาลี ศรีทอง สส.บัญชีรายชื่อ กล่าวว่า \"การเพิ่มโควตาไม่ใช่คำตอบของปัญหาแรงงานในระยะยาวเลย\"" + MORE)
    a = _analysed(HEAD + text, "th")
    assert [(q.text[:6], q.speaker) for q in a.quotes if q.kind == "speech"] == [
        ("การค้า", "สมชาย ใจดี"), ("การเพิ", "มาลี ศรีทอง")]


def test_a_thai_name_keys_as_it_sounds_as_the_latin_spelling_does() -> None:
    # ธรรมนัส: รร is the vowel a and the last ส a t (Thamanat); the ห of พรหม is silent (Prompow). Read letter by
    # letter the keys were trr and tlmns: the Thai report of a visit met no other report of it.
    from digest.speakers import bridge_skeleton
    from digest.visits import skeletons

    assert skeletons(["ธรรมนัส"]) == skeletons(["Thamanat"])
    assert bridge_skeleton("ธรรมนัส พรหมเผ่า") == bridge_skeleton("Thamanat Prompow")
