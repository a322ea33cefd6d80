"""Visit titles: which part of a name a title shows, who visits whom, who a summit names (small texts of our own)."""

from __future__ import annotations

from digest import visits
from digest.config import Limits, SummarySettings
from digest.model import Article
from digest.pipeline import Settings, analyse


def _article(name: str, text: str, lang: str | None = None) -> Article:
    a = analyse(text, Settings(SummarySettings(), Limits(), lang=lang))
    return Article(id=name, path=name, text=text, analysis=a, date=a.date, lang=a.lang)


# A Thai report: the Thai minister and his Lao host, each named in full once and then by the given name alone.
THAI = ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพลังงาน เดินทางเยือนนครหลวงเวียงจันทน์ และหารือกับนายบุญมี แสงทอง "
        "รัฐมนตรีว่าการกระทรวงพลังงานและบ่อแร่ของลาว\n\nนายสมชายกล่าวว่า “ไทยพร้อมซื้อไฟฟ้าเพิ่ม” "
        "ด้านนายบุญมีกล่าวว่า “ลาวพร้อมขายไฟฟ้า”\n")
# An Amharic report: the Ethiopian premier goes by his given name (the second is his father's), the visiting
# foreign president by his surname, which the text writes alone.
AMHARIC = ("ጠቅላይ ሚኒስትር ዐቢይ አሕመድ የጅቡቲ ፕሬዚዳንት እስማኤል ዑመር ጌሌን በአዲስ አበባ ተቀብለዋል። "
           "ጌሌ ለሁለት ቀናት ይቆያሉ። ዐቢይ «ትብብራችን ይቀጥላል» ብለዋል።\n")


def test_a_language_that_calls_people_by_the_given_name_titles_them_so() -> None:
    a = _article("th", THAI, "th")
    names = {"a": "สมชาย ใจดี", "b": "บุญมี แสงทอง"}
    assert visits._called_by_given_name(names, [a]) == {"a", "b"}
    assert visits._title("Vientiane", ["a", "b"], names, {}, given={"a", "b"}) == "บุญมี and สมชาย in Vientiane"
    # The same names written by a language that calls people by the family name keep it.
    en = Article(id="en", path="en", text=THAI, analysis=a.analysis, date=None, lang="en")
    assert visits._called_by_given_name(names, [en]) == set()
    assert visits._title("Vientiane", ["a", "b"], names, {}) == "แสงทอง and ใจดี in Vientiane"


def test_a_foreigner_the_text_calls_by_the_surname_keeps_it() -> None:
    a = _article("am", AMHARIC, "am")
    names = {"a": "ዐቢይ አሕመድ", "g": "እስማኤል ዑመር ጌሌ"}
    assert visits._called_by_given_name(names, [a]) == {"a"}
    assert visits._title(None, ["a", "g"], names, {}, given={"a"}) == "ዐቢይ and ጌሌ"


def test_latin_and_cased_names_keep_the_family_name_rule() -> None:
    a = _article("th", THAI + "Somchai Jaidee met Boonmee Saengthong.\n", "th")
    assert visits._called_by_given_name({"a": "Somchai Jaidee", "c": "Владимир Путин"}, [a]) == set()
