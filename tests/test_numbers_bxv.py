"""Key numbers: restated figures, currencies of Portugal, vague hundreds (found by probe BX)."""

from __future__ import annotations

import pytest
from figures import conflict_values


@pytest.mark.parametrize(("text", "lang"), [
    ("The two cities signed on Monday a transport plan worth 36 million dollars for 2028-2030, that is 12 million dollars a year.", "en"),
    ("Les dues ciutats van signar dilluns un pla de transport de 36 milions d'euros per al període 2028-2030, és a dir, 12 milions l'any.", "ca"),
    ("Las dos ciudades firmaron el lunes un plan de transporte de 36 millones de euros para 2028-2030, es decir, 12 millones al año.", "es"),
    ("Les deux villes ont signé lundi un plan de transport de 36 millions d'euros pour 2028-2030, soit 12 millions par an.", "fr"),
])
def test_a_total_restated_as_its_yearly_share_is_no_conflict(text: str, lang: str) -> None:
    assert conflict_values(text, lang) == []
