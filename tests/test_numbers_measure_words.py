"""Conflicts across languages whose measure words are keyed as one measure ([synonyms] data)."""

from __future__ import annotations

import pytest

from tests.figures import conflicting_articles


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
        # Trade told by the German verb (Waren im Wert von … gehandelt) and by the noun.
        {
            "a": ("de", "„Beide Länder haben im vergangenen Jahr Waren im Wert von rund 250 Milliarden Euro gehandelt“, sagte der Minister."),
            "b": ("de", "Der Handel beider Länder erreichte im vergangenen Jahr fast 280 Milliarden Euro."),
        },
    ],
)
def test_one_measure_in_two_languages_disagrees(texts: dict[str, tuple[str, str]]) -> None:
    assert conflicting_articles(texts) == [sorted(texts)]

