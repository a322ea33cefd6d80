"""Key numbers: legal items, elided units, anonymous sources and local currencies found by probe V."""

from __future__ import annotations

import pytest
from figures import found


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Deportations under section 501 of the Act rose to 2,800 people.", ["2,800 people"]),
        ("en", "The minister changed Ministerial Direction 110, which affects 2,800 people.", ["2,800 people"]),
        ("de", "Nach Artikel 5 des Vertrags stehen 3000 Soldaten bereit.", ["3000 Soldaten"]),
        ("it", "In base all'articolo 18, comma 3, sono stati stanziati 40 milioni di euro.", ["40 milioni di euro"]),
        ("pl", "Zgodnie z art. 5 ust. 2 ustawy rząd przeznaczy 40 mln zł.", ["40 mln zł"]),
        ("uk", "Відповідно до статті 17 закону уряд виділить 40 млн гривень.", ["40 млн гривень"]),
        ("fr", "Selon l'article 49 de la Constitution, le budget atteint 40 milliards d'euros.", ["40 milliards d'euros"]),
    ],
)
def test_a_numbered_legal_item_is_a_name(lang: str, text: str, kept: list[str]) -> None:
    assert [n.surface for n in found(text, lang)] == kept
