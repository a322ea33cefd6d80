"""Conflicts across languages whose measure words are keyed as one measure ([synonyms] data)."""

from __future__ import annotations

import dataclasses

import pytest

from digest.numbers import _when_in, find_conflicts
from tests.figures import conflict_values, conflicting_articles, visit_of


@pytest.mark.parametrize(
    "texts",
    [
        # A power link's capacity (Finnish kapasiteetti, Estonian võimsus), each article also giving a plant's output.
        {
            "fi": ("fi", "Ministerin mukaan uuden kaapelin kapasiteetti olisi 700 megawattia. Voimalan tuotanto on 300 megawattia."),
            "et": ("et", "Ministri sõnul oleks uue kaabli võimsus 1000 MW. Jaama toodang on 300 MW."),
        },
        # A project's price: Finnish hinta-arvio, Lithuanian kaina.
        {
            "fi": ("fi", "Hankkeen hinta-arvio on noin 800 miljoonaa euroa."),
            "lt": ("lt", "Projekto kaina siektų apie 1,2 mlrd. eurų."),
        },
        # Gas in two languages: Polish gazu, Czech plynu.
        {
            "pl": ("pl", "W 2025 roku przesłano 8,1 mld m sześc. gazu."),
            "cs": ("cs", "V roce 2025 proteklo 6,9 miliardy metrů krychlových plynu."),
        },
        # Money flowing in from a fund: German Zuflüsse, Spanish fondos.
        {
            "de": ("de", "Die Zuflüsse aus Brüssel belaufen sich auf 1,1 Milliarden Euro."),
            "es": ("es", "La Comisión aportará 800 millones de euros en fondos europeos."),
        },
        # Freight by rail: the Turkish subject's noun (taşınan yük), not its clause's first word, and the Persian transit.
        {
            "tr": ("tr", "Bakana göre, iki ülke arasında demir yoluyla taşınan yük 2025'te 1,1 milyon tona ulaştı."),
            "fa": ("fa", "وزیر گفت حجم ترانزیت ریلی در سال ۲۰۲۵ به ۸۵۰ هزار تن رسید."),
        },
        # Gas: Romanian "metri cubi de gaze", Hungarian natural gas written as one word (földgáz) after a "so far" (eddig).
        {
            "ro": ("ro", "„Anul acesta au trecut deja spre Austria 1,8 miliarde de metri cubi de gaze”, a declarat ministrul."),
            "hu": ("hu", "„Idén eddig 2,4 milliárd köbméter földgáz érkezett Romániából” – mondta a miniszter."),
        },
        # LNG after its volume is gas (Polish), after "W tym roku" (this year), whose "w tym" (of which) names no part.
        {
            "pl": ("pl", "„W tym roku dostarczymy do portów Polski i Litwy ponad 7 mld m sześc. LNG” – mówił sekretarz."),
            "cs": ("cs", "Podle ministra Spojené státy letos dodají do Polska a Litvy zhruba 5,5 mld. m³ zkapalněného plynu."),
        },
        # A contract and an agreement (Polish kontrakt, umowa) are one deal.
        {
            "a": ("pl", "Minister powiedział, że wartość kontraktu wynosi 10 mld zł."),
            "b": ("pl", "Według firmy umowa ma łączną wartość 14 mld zł."),
        },
        # An agreement is a deal: English "agreement" against "deal", Ukrainian угода and Italian intesa against Polish umowa.
        {
            "a": ("en", "\"The agreement provides 900 million pounds for new ships,\" the minister said."),
            "b": ("en", "The prime minister said the shipbuilding deal is worth 700 million pounds."),
        },
        {
            "a": ("uk", "«Угода передбачає 900 мільйонів фунтів на нові кораблі», — сказав міністр."),
            "b": ("pl", "Premier powiedział, że umowa jest warta 700 mln funtów."),
        },
        {
            "a": ("it", "Secondo il ministero l'intesa vale 900 milioni di sterline."),
            "b": ("pl", "Premier powiedział, że umowa jest warta 700 mln funtów."),
        },
        # Trade with an Arabic possessive suffix (تجارتنا, our trade) and the bare noun; in English "our trade".
        {
            "a": ("ar", "وقال الوزير: «تجارتنا مع فرنسا بلغت 3 مليارات دولار العام الماضي»."),
            "b": ("ar", "وقال الوزير للصحفيين إن التجارة بين البلدين تجاوزت 5 مليارات دولار العام الماضي."),
        },
        # The English "our trade" meets the bare "trade" as the Arabic forms now do.
        {
            "a": ("en", "\"Our trade with France reached $3 billion last year,\" the minister said."),
            "b": ("en", "The minister told reporters that trade between the two countries exceeded $5 billion last year."),
        },
        # Trade told by the German verb (Waren im Wert von … gehandelt) and by the noun.
        {
            "a": ("de", "„Beide Länder haben im vergangenen Jahr Waren im Wert von rund 250 Milliarden Euro gehandelt“, sagte der Minister."),
            "b": ("de", "Der Handel beider Länder erreichte im vergangenen Jahr fast 280 Milliarden Euro."),
        },
        # Persian gas (گاز) is the Russian газ.
        {
            "a": ("fa", "وزیر گفت: «سالانه ۴ میلیارد متر مکعب گاز به ترکیه صادر می‌شود.»"),
            "b": ("ru", "«Мы будем поставлять в Турцию 6 млрд кубометров газа в год», - сказал министр."),
        },
        # The Hebrew verb of investing (ישקיע, will invest) names an investment as the French "investira" does.
        {
            "a": ("he", "״הממשלה תשקיע 400 מיליון יורו בנמל החדש״, אמר השר."),
            "b": ("fr", "« Le gouvernement investira 550 millions d'euros dans le nouveau port », a déclaré le ministre."),
        },
    ],
)
def test_one_measure_in_two_languages_disagrees(texts: dict[str, tuple[str, str]]) -> None:
    assert conflicting_articles(texts) == [sorted(texts)]


@pytest.mark.parametrize(
    "texts",
    [
        {
            "a": ("pl", "Handel wyniósł 10 mld euro, w tym 4 mld euro w energii."),
            "b": ("pl", "Według ministra handel osiągnął 12 mld euro."),
        },
        {
            "a": ("en", "Trade reached 10 billion euros, of which 4 billion euros in energy."),
            "b": ("en", "According to the minister, trade reached 12 billion euros."),
        },
    ],
)
def test_a_part_named_by_a_subset_phrase_stays_out_of_its_whole_s_conflict(texts: dict[str, tuple[str, str]]) -> None:
    # The "w tym roku" rule (a subset phrase before a time word names a time) leaves "w tym 4 mld" a part.
    arts, nums = [], []
    for aid, (lang, text) in texts.items():
        a, n = visit_of({aid: text}, lang)
        arts += a
        nums += n
    by_id = {n.id: n.value for n in nums}
    assert [sorted(by_id[i] for i in c.numbers) for c in find_conflicts(nums, arts)] == [[10e9, 12e9]]


@pytest.mark.parametrize(
    "texts",
    [
        # A subheading names the measure a pronoun opening the paragraph below it takes up.
        {
            "a": ("en", "The minister said trade between the two countries exceeded $5 billion last year."),
            "b": ("en", "The minister met his counterpart on Monday.\n\nTrade\n\nIt reached $3.8 billion last year, customs figures show."),
        },
        {
            "a": ("fr", "Selon le ministre, les échanges commerciaux entre les deux pays ont dépassé 5 milliards de dollars l'an dernier."),
            "b": ("fr", "Le ministre a reçu son homologue lundi.\n\nÉchanges commerciaux\n\nIls ont atteint 3,8 milliards de dollars l'an dernier, selon les douanes."),
        },
    ],
)
def test_a_measure_named_by_a_subheading_disagrees(texts: dict[str, tuple[str, str]]) -> None:
    assert conflicting_articles(texts) == [sorted(texts)]


def test_a_pronoun_below_a_long_line_takes_no_measure_from_it() -> None:
    # A sentence-long line above the paragraph is no subheading: its measure is not the pronoun's.
    texts = {
        "a": ("en", "The minister said trade between the two countries exceeded $5 billion last year."),
        "b": ("en", "Trade between the two countries has grown steadily over the past decade, officials said.\n\nIt reached $3.8 billion last year."),
    }
    assert conflicting_articles(texts) == []


def test_russian_close_of_last_year_dates_the_figure() -> None:
    # "по итогам прошлого года" (at the close of last year) dates a figure as "в прошлом году" does.
    sentence = "По словам министра, товарооборот между странами по итогам прошлого года превысил 5 млрд долларов."
    assert _when_in(sentence, "5 млрд долларов", "ru", "2026-10-13") == "2025"


def test_a_quote_gives_the_value_of_the_measure_named_before_it() -> None:
    # The fund is named before the quote that gives its value; the speaker's later sum for it disagrees.
    text = ("President Anna Berg announced a fund for the reconstruction of the old town. "
            "\"We will provide 60 million euros over the next five years,\" she said.\n\n"
            "Later, answering journalists, Berg spoke of \"50 million euros\" for the fund.")
    assert sorted(sorted(v) for v in conflict_values(text, "en")) == [[50e6, 60e6]]


def test_a_quote_after_a_sentence_with_its_own_figure_takes_no_measure_from_it() -> None:
    # The sentence before gave its measure's value: the quote's sum is another thing.
    text = ("President Anna Berg said trade reached 5 billion euros last year and announced a fund for the old town. "
            "\"We will provide 60 million euros over the next five years,\" she said.\n\n"
            "Later, answering journalists, Berg spoke of \"50 million euros\" for the fund.")
    assert conflict_values(text, "en") == []


def test_a_hungarian_rebuttal_of_a_saving_disagrees_however_far() -> None:
    # "megtakarítást" names the saving after its figure; "hamis" (false) rebuts the minister's.
    text = ("„A déli vezeték évi 200 millió euró megtakarítást jelent a családoknak” – mondta a miniszter, Kovács Péter.\n\n"
            "„Ez a szám egyszerűen hamis. A megtakarítás legfeljebb évi 50 millió euró lehet” – mondta Szabó Anna.")
    assert sorted(sorted(v) for v in conflict_values(text, "hu")) == [[50e6, 200e6]]


def test_hungarian_and_english_savings_disagree() -> None:
    # The Hungarian noun is keyed as the English one: one measure in two languages.
    texts = {
        "a": ("hu", "A miniszter szerint a megtakarítás évi 200 millió euró lesz a családoknak."),
        "b": ("en", "According to the opposition, the savings amount to 120 million euros a year."),
    }
    assert conflicting_articles(texts) == [sorted(texts)]


def test_a_later_year_a_yearly_flow_starts_from_does_not_date_it() -> None:
    # "pe an din 2028" (a year from 2028) says when the flow starts: the same flow told without it disagrees.
    texts = {
        "a": ("ro", "„Zăcământul va furniza 4 miliarde de metri cubi de gaze pe an din 2028”, a declarat ministrul."),
        "b": ("hu", "„A mező évi 6 milliárd köbméter földgázt ad majd” – mondta a miniszter."),
    }
    arts, nums = [], []
    for aid, (lang, text) in texts.items():
        a, n = visit_of({aid: text}, lang)
        arts += [dataclasses.replace(x, date="2027-05-04") for x in a]
        nums += n
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)] == [sorted(texts)]
