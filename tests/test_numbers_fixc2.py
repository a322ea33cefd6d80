"""Conflicts between figures across languages: measures met through each language's words, ranges, parts."""

from __future__ import annotations

import dataclasses

import pytest

from digest.config import Limits, SummarySettings
from digest.model import Article
from digest.numbers import find_conflicts
from digest.pipeline import Settings, analyse
from tests.figures import conflicting_articles


@pytest.mark.parametrize(
    "texts",
    [
        # A length given with "long" in two languages ("lungo", "long") is one measure.
        {"it": ("it", "Il nuovo gasdotto, lungo circa 1.100 chilometri, collegherà i due porti."),
         "en": ("en", "The new pipeline will be almost 1,500 kilometres long, the minister said.")},
        # A lender's sum: Turkish financing, Japanese 融資 and an English credit line are one loan.
        {"tr": ("tr", "Bakan, bankanın Türkiye'ye 1,5 milyar dolarlık finansman sağlayacağını söyledi."),
         "en": ("en", "Turkey on Wednesday signed a $1 billion credit line with the bank.")},
        {"ja": ("ja", "国際協力銀行がトルコ向けに10億ドルの融資枠を設けることで合意した。"),
         "tr": ("tr", "Bakan, bankanın Türkiye'ye 1,5 milyar dolarlık finansman sağlayacağını söyledi.")},
        # Counted nouns each language names: Catalan workers, Arabic and Turkish agreements, migrants.
        {"ca": ("ca", "Cada dia creuen la frontera uns 8.000 treballadors transfronterers."),
         "es": ("es", "Cada día cruzan la frontera unos 6.000 trabajadores transfronterizos.")},
        {"ar": ("ar", "وقال الوزير إن البلدين وقعا 47 اتفاقية خلال الزيارة."),
         "tr": ("tr", "Bakan, iki ülkenin ziyaret sırasında 40 anlaşma imzaladığını söyledi.")},
        {"ru": ("ru", "По данным береговой охраны, с января были перехвачены более 7 тыс. мигрантов."),
         "fr": ("fr", "Selon les garde-côtes, plus de 9 000 migrants ont été interceptés depuis janvier.")},
        # A Greek noun before an enclitic pronoun takes a second accent (το εμπόριό μας).
        {"el": ("el", "«Το εμπόριό μας έφτασε πέρυσι το 1,5 δισ. ευρώ», δήλωσε ο υπουργός."),
         "en": ("en", "Trade between the two countries reached 1.2 billion euros last year.")},
        # Indonesian "proyek" and English "projects" share no first letters, but name one measure.
        {"id": ("id", "Total nilai proyek infrastruktur mencapai 21,3 miliar dolar AS."),
         "en": ("en", "The priority infrastructure projects are worth US$23.4 billion.")},
    ],
)
def test_one_measure_named_in_two_languages_conflicts(texts: dict[str, tuple[str, str]]) -> None:
    assert conflicting_articles(texts) == [sorted(texts)]


def test_a_figure_inside_a_range_agrees_with_it() -> None:
    texts = {
        "a": ("en", "Exports to China will grow by between 15% and 20% this year, the ministry said."),
        "b": ("en", "Exports to China will grow by 18% this year, the ministry said."),
    }
    assert conflicting_articles(texts) == []
    # One outside the range still disagrees.
    texts["b"] = ("en", "Exports to China will grow by 26% this year, the ministry said.")
    assert conflicting_articles(texts) == [["a", "b"]]


def test_a_share_of_imports_is_not_a_share_of_people() -> None:
    # Catalan "importacions" (imports) begins as "import" (amount, a generic word) does: still a measure.
    texts = {
        "ca": ("ca", "Segons el Govern, prop del 65% de les importacions andorranes arriben d'Espanya."),
        "es": ("es", "Según las encuestas, el precio de la vivienda preocupa al 72% de los andorranos."),
    }
    assert conflicting_articles(texts) == []
    texts["es"] = ("es", "Según el Gobierno, el 80% de las importaciones andorranas llegan de España.")
    assert conflicting_articles(texts) == [["ca", "es"]]


def test_a_lithuanian_part_of_a_length_is_not_another_length() -> None:
    texts = {"lt": ("lt", "Visa geležinkelio trasa driekiasi 870 kilometrų, iš jų 392 km – Lietuvoje.")}
    assert conflicting_articles(texts) == []


def test_a_bengali_peoples_adjective_counts_that_people() -> None:
    # ভারতীয় (Indian) counts Indians as English "Indians" does: the two estimates disagree.
    texts = {"bn": "গত বছর প্রায় ৫ লক্ষ ভারতীয় পর্যটক দেশটিতে এসেছেন বলে মন্ত্রী জানান।",
             "en": "Last year some 300,000 Indians visited the island, the minister said."}
    arts, nums = [], []
    for aid, text in texts.items():
        a = analyse(text, Settings(SummarySettings(), Limits(), lang=None))
        arts.append(Article(aid, aid, text, a, lang=a.lang, visit="v"))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(a.numbers)]
    assert [sorted(i.split(":")[0] for i in c.numbers) for c in find_conflicts(nums, arts)] == [["bn", "en"]]
