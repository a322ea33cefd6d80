"""Publication dates read from the page header."""

from __future__ import annotations

import pytest

from digest import cleaning, dates
from test_cleaning import ES_HEADER


def test_the_date_is_found_below_a_long_header() -> None:
    # Masthead, menu, kicker, headline, dek, byline, city, date, update stamp, share buttons:
    # the date sits far down the header, still above the first paragraph.
    text = ES_HEADER
    assert dates.publication(text, cleaning.clean(text).blocks, "es") == "2026-06-09"


def test_a_lead_s_day_without_a_year_takes_the_one_year_near_a_bare_year_where_its_weekday_fits() -> None:
    # 12 March was a Thursday in 2026 (a Wednesday in 2025, a Friday in 2027); the page writes its
    # year only in the copyright line.
    lead = "Le président a reçu jeudi 12 mars son homologue au palais pour des entretiens sur l'énergie."
    text = f"Visite à Paris\n\n{lead}\n\n© Journal du Centre 2026\n"
    assert dates.publication(text, cleaning.clean(text).blocks, "fr") == "2026-03-12"
    # No weekday beside the date: no year is guessed.
    plain = text.replace("jeudi 12 mars", "le 12 mars")
    assert dates.publication(plain, cleaning.clean(plain).blocks, "fr") is None


def test_a_lead_s_weekday_and_day_take_no_year_from_a_sentence() -> None:
    # 9 March was a Monday in 2020 (and 2026): "in 2019" names another event, and the year after it is no more
    # the article's than any other where the weekday fits. Without a copyright line the article stays undated
    # (its visit dates it).
    lead = "The minister landed in Oslo on Monday 9 March for talks on fisheries and gas."
    text = f"Nordic Wire\n\nMinister in Oslo\n\n{lead}\n\nA similar deal was signed in 2019 but never applied.\n"
    assert dates.publication(text, cleaning.clean(text).blocks, "en") is None
    # The page's copyright year still dates it.
    stamped = f"{text}\nCopyright 2026 Nordic Wire\n"
    assert dates.publication(stamped, cleaning.clean(stamped).blocks, "en") == "2026-03-09"


def test_an_agency_stamp_with_an_hour_and_a_time_zone_before_the_month_dates_the_article() -> None:
    # "GMT+3, May 5, 2026": the offset's 3 stands before the month, the day and year after it.
    body = "OSLO, Norway (XY) — The prime minister met his Finnish counterpart on Tuesday to talk about energy.\n"
    for stamp in ("Updated 9:15 AM GMT+3, May 5, 2026", "Published 11:02 PM EDT, May 5, 2026", "May 5, 2026, 9:15 AM"):
        text = f"Nordic Wire\nLeaders meet in Oslo\nBy ANNA BERG\n{stamp}\n\n{body}"
        assert dates.publication(text, cleaning.clean(text).blocks, "en") == "2026-05-05", stamp
    # A number before the month is still its day when no day follows it.
    assert [(m.month, m.day) for m in dates.find("on 3 May 2026", "en", [(0, 13)])] == [(5, 3)]


def test_a_lead_under_a_standfirst_and_byline_tells_the_day_with_its_weekday() -> None:
    text = ("Visite à Paris\n\n"
            "Le président sénégalais veut des investissements français dans l'énergie et les ports du pays.\n\n"
            "Par Jeanne Martin\n\n"
            "Poignées de main et peu d'annonces : lors de la visite du président sénégalais à Paris jeudi 12 mars, "
            "l'énergie a dominé les entretiens avec son homologue.\n\n© Journal du Centre 2026\n")
    assert dates.publication(text, cleaning.clean(text).blocks, "fr") == "2026-03-12"


def test_a_weekday_that_is_also_a_common_word_needs_a_capital_a_number_or_a_day_word() -> None:
    # tr "pazar" is Sunday and "market"; ru "среда" Wednesday and "environment".
    def weekdays(text: str, lang: str) -> list[int | None]:
        return [m.weekday for m in dates.find(text, lang, [(0, len(text))]) if m.weekday]

    assert weekdays("Bakan, Afrika'nın büyük bir pazar olduğunu söyledi.", "tr") == []
    assert weekdays("Heyet pazar günü Ankara'ya döndü.", "tr") == [7]
    assert weekdays("Görüşme 8 Mart Pazar yapıldı.", "tr") == [7]
    assert weekdays("Министр говорил об окружающей среды защите.", "ru") == []
    assert weekdays("Министр прилетел в среду.", "ru") == [3]
    # A weekday that is no common word needs nothing.
    assert weekdays("Heyet salı Ankara'ya döndü.", "tr") == [2]


def test_a_weekday_that_is_also_a_name_is_no_day_where_the_text_writes_it_in_a_name() -> None:
    # uz "Juma" (Friday) and kk "Жұма" are common names: beside another capitalised word they are a person,
    # and so is the same word alone later in the text; with a number or a day word they stay the day.
    def weekdays(text: str, lang: str) -> list[int | None]:
        return [m.weekday for m in dates.find(text, lang, [(0, len(text))]) if m.weekday]

    assert weekdays("Vazir Rustam Juma uchrashuvda qatnashdi. Juma hamkorlikni ta'kidladi.", "uz") == []
    assert weekdays("Jamshid Juma'ev bilan Juma kuni uchrashdi.", "uz") == [5]
    assert weekdays("Министр Ерлан Жұма Бішкекке барды.", "kk") == []
    assert weekdays("Министр Бішкекке Жұма, 16 қазанда барады.", "kk") == [5]


def test_a_day_glued_to_an_elided_article_is_read() -> None:
    # "l'11 settembre", "dall'8 marzo", "l'1 d'octubre": the apostrophe ends the article, the day is a number.
    def days(text: str, lang: str) -> list[tuple[int | None, int | None, int | None]]:
        return [(m.year, m.month, m.day) for m in dates.find(text, lang, [(0, len(text))]) if m.month]

    assert days("l'11 settembre 2001", "it") == [(2001, 9, 11)]
    assert days("dall'8 marzo", "it") == [(None, 3, 8)]
    assert days("l'11 septembre 2001", "fr") == [(2001, 9, 11)]
    assert days("l'1 d'octubre de 2026", "ca") == [(2026, 10, 1)]


def test_a_year_another_event_gives_is_not_taken_when_the_lead_s_weekday_does_not_fall_on_it() -> None:
    # 3 March was a Tuesday in 2026, a Wednesday in 2021: the year of the past storm is no year for the lead.
    lead = "Tusentals människor samlades i Malmö på tisdagen den 3 mars när kungen invigde den nya bron."
    body = "Den gamla bron förstördes av stormen i januari 2021."
    text = f"Kungen i Malmö\n\n{lead}\n\n{body}\n"
    assert dates.publication(text, cleaning.clean(text).blocks, "sv") is None
    # A year the weekday falls on is kept.
    fits = text.replace("januari 2021", "januari 2026")
    assert dates.publication(fits, cleaning.clean(fits).blocks, "sv") == "2026-03-03"
    # No weekday beside the day: the body's year still completes it.
    plain = text.replace("på tisdagen den 3 mars", "den 3 mars")
    assert dates.publication(plain, cleaning.clean(plain).blocks, "sv") == "2021-03-03"


def test_a_print_issue_s_date_gives_way_to_the_web_stamp() -> None:
    # The paper's issue line ("№ 87 от …", "Nr. 45 vom …") dates the print edition, out the day after the web
    # story; the header's other full date is the article's. Alone, the issue's date still dates it.
    body = "Министр прибыл в Минск с визитом. Переговоры продлились три часа и завершились подписанием соглашений."
    text = f"Вестник\nПолитика\n\nВстреча в Минске\n\nГазета «Вестник» № 87 от 21.05.2026, стр. 3\n20.05.2026, 18:05\n\n{body}\n"
    assert dates.publication(text, cleaning.clean(text).blocks, "ru") == "2026-05-20"
    alone = f"Вестник\nПолитика\n\nВстреча в Минске\n\nГазета «Вестник» № 87 от 21.05.2026, стр. 3\n\n{body}\n"
    assert dates.publication(alone, cleaning.clean(alone).blocks, "ru") == "2026-05-21"


def test_a_day_and_month_bracketed_after_a_weekday_is_a_date() -> None:
    # "pada Jumat (6/3)", "on Friday (6/3)": the Indonesian press dates events so; the weekday tells the year
    # with a copyright line, as for any year-less day.
    for lang, lead in (("id", "Jakarta (XY) - Presiden menerima Perdana Menteri Norwegia di Istana pada Jumat (6/3) sore."),
                       ("en", "Jakarta: the president received the Norwegian prime minister on Friday (6/3) at the palace.")):
        found = [(m.weekday, m.month, m.day) for m in dates.with_weekdays(lead, dates.find(lead, lang, [(0, len(lead))]))]
        assert (5, 3, 6) in found, lang
        text = f"Visit in Jakarta\n\n{lead}\n\n© Site 2026\n"
        assert dates.publication(text, cleaning.clean(text).blocks, lang) == "2026-03-06", lang
    # Without the weekday a bracketed pair is a score or a share, no day.
    score = "The team won the final (6/3) in Jakarta."
    assert not [m for m in dates.find(score, "en", [(0, len(score))]) if m.day]
    # A day that does not exist is none.
    bad = "The president arrived on Friday (31/2) in Jakarta."
    assert not [m for m in dates.find(bad, "en", [(0, len(bad))]) if m.day]


@pytest.mark.parametrize(("text", "lang"), [
    ("The president will visit from 13 to 15 October.", "en"),
    ("Le président sera en visite du 13 au 15 octobre.", "fr"),
    ("Der Besuch dauert vom 13. bis 15. Oktober.", "de"),
    ("Визит пройдёт с 13 по 15 октября.", "ru"),
    ("A three-day visit, 13–15 October.", "en"),
])
def test_a_range_of_days_opens_on_its_first_day(text: str, lang: str) -> None:
    assert [(m.day, m.month) for m in dates.find(text, lang, [(0, len(text))])] == [(13, 10), (15, 10)]


def test_a_stamp_written_with_middle_dots_dates_the_article() -> None:
    # Spanish and Catalan papers stamp "Girona 03·02·27 | 09:45": day, month, two-digit year.
    body = "Els dos alcaldes van signar ahir un acord de col·laboració sobre el transport públic.\n"
    text = f"Diari del Ter\nGirona i Perpinyà signen un acord\n\nMarta Puig\nGirona 03·02·27 | 09:45\n\n{body}"
    assert dates.publication(text, cleaning.clean(text).blocks, "ca") == "2027-02-03"
    assert [(m.year, m.month, m.day) for m in dates.find("Girona 03·02·27", "ca", [(0, 15)])] == [(2027, 2, 3)]
    # A middle dot inside a word (Catalan "l·l") and a mixed separator are no dates.
    assert not [m for m in dates.find("col·laboració 3·02.27", "ca", [(0, 21)]) if m.month]
