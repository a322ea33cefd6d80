"""Visit titles: which part of a name a title shows, who visits whom, who a summit names (small texts of our own)."""

from __future__ import annotations

import pytest

from digest import visits
from digest.config import Config, Limits, SummarySettings
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
    assert visits._title(None, ["a", "g"], names, {}, given={"a"}) == "Abiy and Gele"


def test_latin_and_cased_names_keep_the_family_name_rule() -> None:
    a = _article("th", THAI + "Somchai Jaidee met Boonmee Saengthong.\n", "th")
    assert visits._called_by_given_name({"a": "Somchai Jaidee", "c": "Владимир Путин"}, [a]) == set()


# A German report of a two-stop trip: the host of the first stop is named with a suspended compound for his role
# ("Premier- und Außenminister"), the second stop's host with his country too.
TWO_STOPS = ("Lindner am Golf: Gas in Doha, Wasserstoff in Maskat\n\n"
             "Bundesaußenminister Karl Lindner hat auf seiner Golfreise zwei Gespräche geführt. Am Dienstag traf er in "
             "Doha den katarischen Premier- und Außenminister Scheich Hamad bin Khalid Al Kuwari, am Mittwoch in "
             "Maskat den omanischen Außenminister Salim Al Harthi.\n\n"
             "»Katar ist für unsere Energiesicherheit unverzichtbar geworden«, sagte Lindner in Doha. "
             "»Unser Handel wächst«, sagte Al Kuwari.\n\n"
             "„Oman kann für Deutschland das werden, was Katar heute beim Gas ist“, sagte Lindner nach dem Treffen mit "
             "Al Harthi. „Wir sind ein kleines Land“, sagte Al Harthi.\n")


def test_a_suspended_compound_role_ties_its_holder_to_the_country_before_it() -> None:
    a = _article("de", TWO_STOPS, "de")
    ties = dict(a.analysis.signals.host_country)
    assert {c for k, votes in ties.items() for c, _ in votes} >= {"QA", "OM"}


def test_the_traveller_of_a_two_stop_trip_visits_the_first_host() -> None:
    from digest.config import Config

    found = visits.group([_article("de", TWO_STOPS, "de")], Config())[1]
    assert [v.title for v in found] == ["Lindner visits Al Kuwari in Doha"]
    assert found[0].participants[:3] == ("Karl Lindner", "Hamad bin Khalid Al Kuwari", "Salim Al Harthi")


@pytest.mark.parametrize(("name", "short"), [
    ("Mohammed bin Salman", "Mohammed bin Salman"),
    ("Haitham bin Tariq", "Haitham bin Tariq"),
    ("Tamim bin Hamad Al Thani", "Al Thani"),
    ("Marcelo Rebelo de Sousa", "Rebelo de Sousa"),
])
def test_a_patronymic_particle_never_opens_a_title_name(name: str, short: str) -> None:
    # 'bin Salman' is his father's name: the title says "Mohammed bin Salman", as the press does.
    assert visits._short(name, visits.skeleton(name.split()[-1])) == short
# Two reports of one summit: the English one names the chancellor, the Russian one the Uzbek president, whose
# surnames share a consonant skeleton (Morten, Мартынова: mrt).
SUMMIT_EN = ("Astana summit: Morten courts Central Asia\n\n"
             "30 September 2026\n\n"
             "German Chancellor Karl Morten met Central Asian leaders in Astana on Tuesday. President Asan Tulegenov "
             "hosted the summit.\n\n"
             "\"Central Asia is a partner with a future\", Morten said. \"We want investment\", Tulegenov said.\n\n"
             "Tajik President Rustam Nazarov and Turkmen President Serdar Amanov also attended. Nazarov spoke of "
             "water. Amanov spoke of gas.\n")
SUMMIT_RU = ("В Астане прошел саммит «Центральная Азия — Германия»\n\n30 сентября 2026\n\n"
             "Президент Асан Тулегенов принял президентов Таджикистана Рустама Назарова, Туркменистана Сердара "
             "Аманова и Узбекистана Шухрата Мартынова, а также канцлера Германии.\n\n"
             "«Нам нужны инвестиции», — заявил Тулегенов. Назаров говорил о воде, Аманов — о газе, Мартынов — о торговле.\n")


def test_two_people_whose_surnames_share_a_skeleton_in_two_articles_stay_two() -> None:
    from digest.config import Config

    articles = [_article("en", SUMMIT_EN, "en"), _article("ru", SUMMIT_RU, "ru")]
    found = visits.group(articles, Config())[1]
    assert len(found) == 1
    people = found[0].participants
    assert "Karl Morten" in people
    assert any(p.endswith(("Мартынов", "Martynov")) for p in people), people


def test_one_person_in_two_scripts_stays_one() -> None:
    from digest.config import Config

    articles = [_article("en", SUMMIT_EN, "en"),
                _article("ru", SUMMIT_RU.replace("Шухрата Мартынова", "Карла Мортена"), "ru")]
    people = visits.group(articles, Config())[1][0].participants
    assert sum("Morten" in p or "Мортен" in p for p in people) == 1, people


def test_a_family_name_two_people_share_is_no_headline_of_either() -> None:
    # vi writes the family name first: the headline's "Trần" is the minister's and the businessman's, only "Minh
    # Tuấn" says whom it names; the businessman quoted more is no principal beside the host.
    text = ("Bộ trưởng Ngoại giao Trần Minh Tuấn hội đàm tại Budapest\n\n"
            "Ngày 3/3, tại thủ đô Budapest, Bộ trưởng Ngoại giao Trần Minh Tuấn đã hội đàm với Thủ tướng Hungary Péter "
            "Kovács. “Hai nước cần mở rộng hợp tác,” ông Trần Minh Tuấn nói. Thủ tướng Kovács cho biết Hungary muốn "
            "tăng đầu tư. “Chúng tôi sẵn sàng,” ông Kovács nói. Bên lề chuyến thăm, ông Trần Văn Hùng, Chủ tịch Hội "
            "doanh nghiệp, cho biết có 30 doanh nghiệp Việt Nam tại Hungary. “Thủ tục cần đơn giản hơn,” ông Hùng nói. "
            "Ông Hùng cho biết thêm nhiều dự án mới. Theo ông Hùng, thương mại tăng.\n")
    an = analyse(text, Settings(SummarySettings(), Limits()))
    a = Article(id="a", path="a.txt", text=text, analysis=an, date="2026-03-03", lang=an.lang)
    _, found = visits.group([a], Config())
    assert found[0].title == "Tuấn visits Kovács in Budapest"


def test_two_guests_meeting_on_a_summit_s_sidelines_visit_neither() -> None:
    # In a third country's capital, at a summit: the one whose country the text leaves unsaid ("the Briton")
    # is no host.
    text = ("Daily Example\n\nRuiz and Okafor in Lisbon\n\n12.11.2026\n\nOn the sidelines of the summit in Lisbon, Nigerian "
            "President Musa Okafor met Ana Ruiz. Ruiz said the port agreement was worth 2 billion euros. Okafor thanked "
            "Ruiz for the deal.\n")
    grouped, found = visits.group([_article("a", text, "en")], Config())
    assert "visits" not in found[0].title


def test_a_guest_received_at_home_still_visits_the_host() -> None:
    text = ("Daily Example\n\nOkafor in Lisbon\n\n12.11.2026\n\nNigerian President Musa Okafor met Ana Ruiz in Lisbon on "
            "Thursday. Ruiz said the port agreement was worth 2 billion euros. Okafor thanked Ruiz for the deal.\n")
    grouped, found = visits.group([_article("a", text, "en")], Config())
    assert found[0].title == "Okafor visits Ruiz in Lisbon"
