"""Key numbers: Indian grouping, units, false figures and conflicts found by probes M and N."""

from __future__ import annotations

import dataclasses

import pytest

from digest.model import Analysis, Article, Block, KeyNumber, Sentence, TEXT
from digest.numbers import find_conflicts, find_numbers
from digest.speakers import People
from digest.sentences import split


def _found(text: str, lang: str) -> list[KeyNumber]:
    """The key numbers of a one-paragraph text, sources resolved through its person mentions."""
    blocks = (Block(0, len(text), TEXT),)
    mentions = People(text, [(0, len(text))], lang).resolve()
    sents = [Sentence(a, b, 0) for a, b in split(text, lang)]
    return find_numbers(text, blocks, sents, [], lang, None, mentions)


def _visit(texts: dict[str, str], lang: str) -> tuple[list[Article], list[KeyNumber]]:
    """Articles of one visit and their key numbers."""
    arts, nums = [], []
    for aid, text in texts.items():
        arts.append(Article(aid, aid, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(_found(text, lang))]
    return arts, nums


def test_indian_digit_grouping_is_one_figure() -> None:
    nums = _found("The project has an estimated total cost of ₹1,08,000 crore.", "en")
    assert [(n.value, n.unit) for n in nums] == [(1.08e12, "INR")]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Мощность станции составит 330 МВт.", "ru", "MW"),
        ("Инвестиции оцениваются в 2,5 трлн сумов.", "ru", "UZS"),
        ("We have cleared 40 lakh square feet of land for them.", "en", "sq ft"),
        ("Le pays a investi 3 milliards de nairas.", "fr", "NGN"),
        ("O acordo vale 45 bilhões de rands.", "pt", "ZAR"),
        # A Hungarian unit's final a lengthens before its case ending (tonna, tonnával).
        ("A kikötő forgalma 3 millió tonnával bővült.", "hu", "t"),
    ],
)
def test_units_of_other_scripts_and_currencies(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in _found(text, lang)] == [unit]


def test_a_unit_hyphenated_to_its_figure() -> None:
    nums = _found("Japan is funding the 508-km bullet train project.", "en")
    assert [(n.value, n.unit) for n in nums] == [(508, "km")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        # A singular unit stands hyphenated to its figure.
        ("Crews resurfaced the 240-mile highway last year.", "en", 240, "mi"),
        # A definite article glued to the digits (bg, mk "-те") is read past to the scale and unit.
        ("Правителството спомена 12-те милиарда лева за пътищата.", "bg", 12e9, "BGN"),
        ("Владата ги спомна 12-те милијарди денари за патиштата.", "mk", 12e9, "MKD"),
    ],
)
def test_a_hyphenated_ending_after_digits_is_read_past(text: str, lang: str, value: float, unit: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, lang)] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize("text", ["Gaz miktarı yüzde 20 artarak 11 milyar metreküpe ulaştı.", "Gaz miktarı %20 artarak 11 milyar metreküpe ulaştı."])
def test_turkish_percent_comes_before_its_figure(text: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, "tr")][0] == (20, "%")


def test_a_kind_of_day_is_no_figure() -> None:
    assert _found('"Es un día histórico para la navegación del Plata", dijo Orsi.', "es") == []
    assert [n.value for n in _found("El acuerdo regirá por un año.", "es")] == [1]


def test_a_wire_dateline_with_a_capitalised_month_is_a_date() -> None:
    assert [n.value for n in _found("(ITP24) - ROMA, 18 MAR - Il governo ha stanziato 300 milioni di euro.", "it")] == [3e8]


def test_a_year_takes_no_qualifier() -> None:
    nums = _found("Officials are now talking about 2029 for the first run of the bullet train.", "en")
    assert [(n.value, n.qualifier) for n in nums] == [(2029, None)]


def test_the_subject_of_a_speech_verb_is_no_label() -> None:
    nums = _found("Officials said the ₹1.5 lakh crore target roughly corresponds to 5 trillion yen.", "en")
    assert "Officials" not in {n.what for n in nums}


def test_no_conflict_between_a_part_and_the_total_of_one_sentence() -> None:
    arts, nums = _visit({"a": (
        "India and Japan agreed to scale up investment to ₹1.5 lakh crore over the next five years. "
        "Officials said the ₹1.5 lakh crore target roughly corresponds to 5 trillion yen. Japan's official "
        "development assistance for the bullet train project alone is about ₹88,000 crore, out of an "
        "estimated total cost of ₹1,08,000 crore.")}, "en")
    assert find_conflicts(nums, arts) == ()


def test_the_subject_opening_a_verb_final_sentence_is_its_source() -> None:
    text = ("Enerji Bakanı Alparslan Bayraktar Bakü'de konuştu. Görüşmelerde 12 anlaşma imzalandı. "
            "Enerji ve Tabii Kaynaklar Bakanı Alparslan Bayraktar, gaz miktarının geçen yıl 11 milyar metreküpe "
            "ulaştığını açıkladı. Ticaret Bakanı Ömer Bolat da projelerin toplam değerinin 4 milyar doları bulduğunu belirtti.")
    assert [n.speaker for n in _found(text, "tr")] == [None, "Alparslan Bayraktar", "Ömer Bolat"]


def test_a_currency_named_before_a_bare_amount_is_its_currency() -> None:
    text = ("El gasto de los turistas superó los $ 900.000 millones, una cifra que en dólares "
            "equivale a unos 750 millones.")
    assert [n.unit for n in _found(text, "es")][-1] == "USD"


def test_bare_dollars_after_named_dollars_are_those_dollars() -> None:
    arts, nums = _visit({"a": (
        "Według danych GUS obroty handlowe między Polską a Kanadą wyniosły w 2024 r. 2,9 mld dolarów kanadyjskich. "
        "Premier Tusk mówił jednak o „prawie 3,5 mld dolarów”, wliczając zapewne usługi.")}, "pl")
    assert [n.unit for n in nums] == ["CAD", "CAD"]
    assert "Premier Tusk" not in {n.what for n in nums}
    assert len(find_conflicts(nums, arts)) == 1


def test_named_us_dollars_stay_us_dollars() -> None:
    nums = _found("Trade reached 12 billion Canadian dollars, and investment 3 billion US dollars.", "en")
    assert [n.unit for n in nums] == ["CAD", "USD"]


def test_the_turkish_percent_word_ends_no_label() -> None:
    nums = _found("Gaz miktarı yüzde 20 artarak 11 milyar metreküpe ulaştı.", "tr")
    assert not any(n.what.endswith("yüzde") for n in nums)


def test_a_day_before_a_time_adverb_stays() -> None:
    # The "un día histórico" rule leaves a duration opening a sentence alone; one before an
    # [offsets] word ("Un mese dopo l'arrivo") is a time, no figure, whatever that rule says.
    assert [n.value for n in _found("Un mese di negoziati non è bastato, il presidente torna a Mosca.", "it")] == [1]
    assert [n.value for n in _found("Un mese dopo l'arrivo delle truppe, il presidente torna a Mosca.", "it")] == []


def test_turkish_target_and_trade_volume_are_two_measures() -> None:
    # "hedefin" (the target's) marks a goal, and "hacmi" (volume) is generic, not a synonym of trade.
    text = (
        "Ticaret hacminin geçen yıl 50 milyar avroya yaklaştığını belirterek, hedefin 60 milyar avro olduğunu söyledi. "
        "İstatistik ofisinin verilerine göre iki ülke arasındaki ticaret 2026'da 47,2 milyar avroda kaldı."
    )
    arts, nums = _visit({"a": text}, "tr")
    arts = [dataclasses.replace(a, date="2027-07-13") for a in arts]
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[47.2e9, 50e9]]


def test_trade_in_goods_is_a_report_of_trade() -> None:
    # The head of "trade in goods and services" is trade, as in the other report of it.
    texts = {
        "a": 'He said trade between the two countries was worth "nearly £100bn a year".',
        "b": "According to the statistics office, trade in goods and services came to £93.7bn in 2026.",
    }
    arts, nums = _visit(texts, "en")
    assert [len(c.numbers) for c in find_conflicts(nums, arts)] == [2]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The governments will put £40m into a shared fund.", 40e6, "GBP"),
        ("They pledged 40m euros for the bridge.", 40e6, "EUR"),
        ("Each grant is worth $15k.", 15e3, "USD"),
    ],
)
def test_a_scale_letter_glued_to_an_amount(text: str, value: float, unit: str) -> None:
    assert [(n.value, n.unit) for n in _found(text, "en")] == [(value, unit)]


def test_a_glued_m_without_currency_is_no_scale() -> None:
    assert all(n.value != 40e6 for n in _found("The new wall is 40m high and 400m long.", "en"))


def test_a_measure_word_in_an_office_names_no_measure() -> None:
    # "Ticaret Bakanı" is the trade minister: his figure is the projects' value, not trade.
    text = (
        "İki ülke arasındaki ticaret hacmi geçen yıl 8 milyar doları aştı. "
        "Ticaret Bakanı Ömer Kaya da projelerin toplam değerinin 4 milyar doları bulduğunu belirtti."
    )
    arts, nums = _visit({"a": text}, "tr")
    assert find_conflicts(nums, arts) == ()


@pytest.mark.parametrize(("text", "value"), [("Ülkede 8 binden fazla şirket bulunuyor.", 8000), ("Ülkede 2 bini aşkın şirket var.", 2000)])
def test_turkish_thousand_with_a_case_suffix_and_a_qualifier_after(text: str, value: float) -> None:
    assert [(n.value, n.qualifier) for n in _found(text, "tr")] == [(value, "more than")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Kosten bezifferte sie auf vier bis sechs Milliarden Euro.", "de"),
        ("The costs will be between four and six billion euros.", "en"),
        ("I costi saranno da quattro a sei miliardi di euro.", "it"),
    ],
)
def test_a_range_of_number_words_sharing_one_scale(text: str, lang: str) -> None:
    assert [(n.value, n.value_end, n.unit) for n in _found(text, lang)] == [(4e9, 6e9, "EUR")]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Nach Angaben der Botschaft sind rund 2000 deutsche Unternehmen in Italien aktiv.", "de", "Unternehmen"),
        ("Some 2000 companies are active in Italy.", "en", "companies"),
    ],
)
def test_a_rounded_year_like_figure_before_a_counted_noun_is_a_count(text: str, lang: str, unit: str) -> None:
    assert [(n.value, n.unit, n.qualifier) for n in _found(text, lang)] == [(2000, unit, "about")]


def test_a_rounded_year_before_a_verb_stays_a_year() -> None:
    assert all(n.unit != "begann" for n in _found("Die Krise begann etwa 2025 begann.", "de"))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("El presidente de Colombia, Gustavo Petro, recordó en Madrid que la inversión española suma 35 billones de pesos.", "COP"),
        ("Buenos Aires. Milei y el presidente de Chile acordaron un fondo de unos 430.000 millones de pesos.", "ARS"),
        ("México y Colombia acordaron un fondo de 430.000 millones de pesos.", "pesos"),
    ],
)
def test_a_bare_peso_is_the_peso_of_the_venue_or_of_the_one_peso_country_named(text: str, unit: str) -> None:
    assert [n.unit for n in _found(text, "es") if n.value > 1e9] == [unit]
