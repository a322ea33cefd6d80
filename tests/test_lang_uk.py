"""Ukrainian: the word lists in digest/data/uk read through the public stages."""

from __future__ import annotations

import pytest
from lines import line_blocks, quotes_of, speaker_of

from digest.dates import find as find_dates
from digest.model import TEXT, Block, Sentence
from digest.numbers import find_numbers, scan
from digest.numbers import lexicon as number_lexicon
from digest.sentences import split, stop_words
from digest.speakers import People, lexicon, people_mentioned
from digest.summaries import _cues, text_kind


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Україна отримає 1,5 млрд доларів допомоги", 1.5e9, "USD"),
        ("Україна отримає 1,5 мільярда доларів", 1.5e9, "USD"),
        ("бюджет на 2 трлн гривень", 2e12, "UAH"),
        ("виплати на 10 млн грн", 10e6, "UAH"),
        ("кредит на 500 мільйонів євро", 500e6, "EUR"),
        ("1 234 567 гривень", 1234567, "UAH"),
        ("пʼять мільйонів гривень", 5e6, "UAH"),
        ("півтора мільярда доларів", 1.5e9, "USD"),
        ("дві третини населення", 66.7, "%"),
        ("три чверті експорту", 75, "%"),
        ("зростання на 12 відсотків", 12, "%"),
        ("понад 300 кілометрів кордону", 300, "km"),
        ("сторони підписали одинадцять угод", 11, "угод"),
        ("дворічний контракт", 2, "years"),
        ("візит тривав три дні", 3, "days"),
        ("інфляція зросла на 0,5 відсоткового пункту", 0.5, "pp"),
        ("ставка знизилась на 2 в.п.", 2, "pp"),
        ("понад пів мільйона людей", 5e5, "людей"),
        ("50 фунтів стерлінгів", 50, "GBP"),
        # Belarusian is read with these lists: its per-cent words are per cent, not a counted noun.
        ("экспарт вырас на 15 працэнтаў", 15, "%"),
        ("доля склала 40 адсоткаў", 40, "%"),
    ],
)
def test_news_forms(text: str, value: float, unit: str) -> None:
    figs = [f for f in scan(text, "uk") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].unit == unit


def test_qualifiers_ranges_and_ordinals() -> None:
    f = scan("близько 40 тис. людей", "uk")[0]
    assert (f.value, f.qualifier) == (40000, "about")
    f = scan("від 20 до 30 млрд доларів", "uk")[0]
    assert (f.value, f.value_end, f.unit) == (20e9, 30e9, "USD")
    f = scan("майже 40% експорту", "uk")[0]
    assert (f.value, f.qualifier) == (40, "almost")
    assert [(f.value, f.kind) for f in scan("третій раунд переговорів", "uk")] == [(3, "ordinal")]


def test_half_alone_is_no_number() -> None:
    assert scan("поділили пів на пів", "uk") == []


def test_a_date_is_no_count() -> None:
    kinds = {f.kind for f in scan("24 лютого 2022 року", "uk")}
    assert kinds == {"date"}


def test_numbers_read_ukrainian_speech_verbs_and_roles() -> None:
    lex = number_lexicon("uk")
    assert lex.decimal == ","
    assert "наголосив" in {e[0] for e in lex.verbs.entries}
    assert "президент" in {e[0] for e in lex.roles.entries}


def test_a_figure_in_a_reported_sentence_is_the_speaker_s() -> None:
    text = "Товарообіг склав 28,7 млрд доларів, заявив Зеленський."
    sents = [Sentence(a, b, 0) for a, b in split(text, "uk")]
    nums = find_numbers(text, (Block(0, len(text), TEXT),), sents, [], "uk", None)
    assert nums and all(n.speaker == "Зеленський" for n in nums)


def test_sentences_keep_abbreviations() -> None:
    text = "У 2022 р. країна отримала допомогу. Наступного року її стало більше."
    assert len(split(text, "uk", 0, len(text))) == 2
    text = "Делегація відвідала м. Київ та інші міста. Переговори тривали два дні."
    assert len(split(text, "uk", 0, len(text))) == 2


def test_stop_words_and_summary_cues() -> None:
    assert {"що", "він", "це"} <= stop_words("uk")
    cues = _cues("uk")
    assert {"сказав", "заявила", "за словами"} <= cues["news"]
    assert "спробуйте" in cues["imperative"]


def test_dash_attribution_after_the_quote() -> None:
    text = "«Польща залишається нашим надійним партнером», — заявив Зеленський після переговорів."
    assert speaker_of(quotes_of(text, "uk"), "Польща") == "Зеленський"


def test_pronoun_after_the_verb_takes_the_last_person() -> None:
    text = ("Президент України Володимир Зеленський прийняв гостя у Києві.\n"
            "«Ми вдячні за підтримку нашим партнерам», — сказав він.")
    (q,) = quotes_of(text, "uk")
    assert q.speaker == "Володимир Зеленський" and q.speaker_form == "він"


def test_verb_and_colon_before_the_quote() -> None:
    text = "Міністр закордонних справ Дмитро Кулеба заявив: «Ми не погодимося на заморожування конфлікту»."
    assert speaker_of(quotes_of(text, "uk"), "Ми не") == "Дмитро Кулеба"


@pytest.mark.parametrize(("title", "cue"), [("Прем'єр-міністр", "прем'єр-міністр"), ("Прем’єр", "прем’єр")])
def test_role_with_an_apostrophe_goes_to_the_person_who_holds_it(title: str, cue: str) -> None:
    # The apostrophe splits прем'єр in two: its first part is no name, its second the role.
    text = (f"{title} Денис Шмигаль провів нараду з губернаторами. Канцлер Олаф Шольц прибув до Києва.\n"
            f"«Уряд виділить кошти на відновлення енергетики», — наголосив {cue}.")
    (q,) = quotes_of(text, "uk")
    assert q.speaker == "Денис Шмигаль" and q.speaker_form == cue


def test_a_role_split_by_its_apostrophe_after_a_preposition_is_shown_whole() -> None:
    # "з прем'єр-міністром X": the role is прем'єр-міністр, not its part after the apostrophe.
    text = "Міністр оборони Литви Ігнас Пятраускас зустрівся з прем'єр-міністром Литви Вілюсом Мацкявічюсом у Вільнюсі."
    assert People(text, [(0, len(text))], "uk").roles().get("Вілюс Мацкявічюс") == "прем'єр-міністр Литви"


def test_a_country_s_premier_is_the_one_introduced_as_its_prime_minister() -> None:
    # The country's minister named first is not whom "прем'єр Литви" (Lithuania's premier) stands for.
    text = ("Міністр оборони Литви Ігнас Пятраускас у вівторок зустрівся з прем'єр-міністром Вілюсом Мацкявічюсом.\n"
            "«Ми збільшимо оборонні витрати», – сказав прем'єр Литви.")
    (q,) = quotes_of(text, "uk")
    assert q.speaker == "Вілюс Мацкявічюс"


def test_reporting_phrase_names_the_source() -> None:
    text = "Зеленський провів нараду. За словами Зеленського, «ситуація на фронті складна, але контрольована»."
    assert speaker_of(quotes_of(text, "uk"), "ситуація") in ("Зеленський", "Зеленського")


def test_people_found_by_role_and_verb() -> None:
    text = ("Прем'єр-міністр Денис Шмигаль прибув до Варшави. Міністр Дмитро Кулеба зустрів делегацію.\n"
            "«Ми вдячні Польщі за підтримку», — наголосив Шмигаль. «Це важливий крок», — додав Кулеба.")
    people = people_mentioned(text, line_blocks(text), "uk")
    assert {"Денис Шмигаль", "Дмитро Кулеба"} <= set(people)
    assert not any(p in ("Прем", "Міністр", "Польщі", "Варшави") for p in people)


def test_lexicon_reads_the_ukrainian_lists() -> None:
    lex = lexicon("uk")
    assert lex.is_speech_verb("наголосила") and lex.is_speech_verb("підкреслив") and lex.is_role("речниця")
    assert lex.is_role("єр-міністр") and lex.is_role("єр") and "прем" in lex.function_words and "він" in lex.pronouns
    assert lex.starts_reporting(["за", "словами", "президента"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Президент Володимир Зеленський у п’ятницю провів переговори в Берліні. «Ми цінуємо підтримку», — сказав"
         " Зеленський. За словами канцлера, Берлін виділить нові кошти.", "news"),
        ("Як підготувати оселю до відключень світла. Купіть павербанк заздалегідь і зарядіть його. Наповніть"
         " пляшки водою про запас. Перевірте ліхтарики та батарейки. Пам’ятайте про аптечку.", "guide"),
        ("Гривня — це національна валюта України. Гривня є платіжним засобом з 1996 року. Її поділяють на"
         " 100 копійок. Банкноти випускає Національний банк.", "reference"),
    ],
)
def test_summary_cues_tell_news_from_guides_and_reference(text: str, kind: str) -> None:
    assert text_kind([text[a:b] for a, b in split(text, "uk")], "uk") == kind


@pytest.mark.parametrize("friday", ["п'ятницю", "п’ятницю", "пʼятницю"])
def test_weekday_with_any_apostrophe(friday: str) -> None:
    text = f"Зустріч відбулася у {friday} в Києві."
    assert [m.weekday for m in find_dates(text, "uk", [(0, len(text))])] == [5]


@pytest.mark.parametrize(("best", "expected"), [
    # -ем after a consonant is a soft stem's instrumental (Кароль, Василь), not -й's (Сергеем: Сергей).
    ("Каролем Навроцьким", "Кароль Навроцький"),
    ("Василем Стефаником", "Василь Стефаник"),
    ("Каролем Навроцким", "Кароль Навроцкий"),
    ("Игорем Ковалевым", "Игорь Ковалев"),
    # Ukrainian writes Ігор with no soft sign; a hushing stem takes none either.
    ("Ігорем Мельником", "Ігор Мельник"),
    ("Янушем Ковальским", "Януш Ковальский"),
    # -єм is -й's too (Олексієм, Миколаєм), and -енком is -енко's.
    ("Олексієм Гончаренком", "Олексій Гончаренко"),
    ("Миколаєм Азаровим", "Миколай Азаров"),
    ("Сергеем Лавровым", "Сергей Лавров"),
])
def test_a_mans_name_in_the_instrumental_gives_the_nominative(best: str, expected: str) -> None:
    from collections import Counter

    from digest.speakers import nominative
    assert nominative(best, Counter({best: 1})) == expected


def test_a_year_with_its_ordinal_mark_and_no_year_word_is_a_year() -> None:
    # "у 2019-му" (in 2019, році left out): a calendar year, no 2019th rank.
    assert [(f.value, f.kind) for f in scan("Угоду підписали ще у 2019-му, нагадав посол.", "uk")] == [(2019, "year")]


@pytest.mark.parametrize(("ru", "uk"), [("Бакытжан Сагинтаев", "Бахитжан Сагінтаєв"), ("Михаил Мишустин", "Михайло Мішустін")])
def test_one_name_in_russian_and_ukrainian_spelling_is_one_person(ru: str, uk: str) -> None:
    # Ukrainian и is Russian ы, Ukrainian і Russian и: the name's y and i are one letter across the two.
    from digest.speakers import same_person

    assert same_person(ru, uk)


def test_names_a_vowel_apart_stay_two_people() -> None:
    from digest.speakers import same_person

    assert not same_person("Ирина Петрова", "Марина Петрова")
