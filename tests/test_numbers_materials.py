"""Conflicts of figures named by a raw material (ore) or a people in Greek (Σύροι): keyed, they meet across languages."""

from __future__ import annotations

from figures import conflicting_articles


def test_tonnes_of_ore_in_three_languages_conflict() -> None:
    # "ore" is three letters, too short to stem: unkeyed, each label was its clause's verb.
    found = conflicting_articles({
        "en": ("en", "The port minister said that 40 million tonnes of ore left the harbour of Luleå last year."),
        "no": ("no", "«Rundt 52 millioner tonn malm ble skipet ut fra havna», sa ministeren."),
        "fi": ("fi", "Ministeri kertoi, että satamasta lähtee vuosittain noin 45 miljoonaa tonnia rautamalmia."),
    })
    assert found == [["en", "fi", "no"]]


def test_tonnes_of_ore_and_tonnes_of_grain_do_not_conflict() -> None:
    found = conflicting_articles({
        "en": ("en", "The minister said that 40 million tonnes of ore left the harbour last year."),
        "fi": ("fi", "Ministeri kertoi, että satamasta lähti viime vuonna 45 miljoonaa tonnia viljaa."),
    })
    assert found == []


def test_greek_syrians_are_the_turkish_suriyeli() -> None:
    found = conflicting_articles({
        "el": ("el", "Ο υπουργός είπε ότι η χώρα φιλοξενεί περίπου 2,6 εκατομμύρια Σύρους."),
        "tr": ("tr", "Bakan, ülkenin 2,9 milyon Suriyeli misafir ettiğini söyledi."),
    })
    assert found == [["el", "tr"]]


def test_migrants_arrived_and_people_arrived_are_one_count_of_arrivals() -> None:
    found = conflicting_articles({
        "el": ("el", "Σύμφωνα με τον υπουργό, φέτος έφτασαν στα νησιά 8.300 μετανάστες."),
        "it": ("it", "Secondo il ministro, quest'anno sulle isole sono arrivate circa 10 mila persone."),
    })
    assert found == [["el", "it"]]


def test_people_who_arrived_are_not_people_who_died() -> None:
    found = conflicting_articles({
        "a": ("en", "The minister said that 9,000 people arrived on the islands this year."),
        "b": ("en", "The minister said that 7,000 people died at sea this year."),
    })
    assert found == []
