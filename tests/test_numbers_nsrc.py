"""Key numbers: who gave a figure (a role's holder, not the outlet told) found by probes Z and Z2."""

from __future__ import annotations

import pytest
from figures import found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("sv", "Statsminister Karin Berg tog emot Jan Novak.\n\n"
               "Exporten uppgick enligt statsministern till omkring 3 miljarder euro.", "Karin Berg"),
        ("da", "Statsminister Karin Berg tog imod Jan Novak.\n\n"
               "Ifølge statsministeren udgjorde eksporten omkring 3 milliarder euro.", "Karin Berg"),
        ("pt", "O presidente João Silva recebeu o presidente do Chile, Pedro Rojas.\n\n"
               "Segundo o presidente brasileiro, as exportações somaram US$ 400 milhões.", "João Silva"),
        ("cs", "Prezident Jan Novák přijel do Vídně.\n\nPodle prezidenta dosáhl vývoz téměř 3 miliard eur.", "Jan Novák"),
    ],
)
def test_according_to_a_role_is_its_holder(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ro", "Premierul Ion Pop s-a aflat joi la Viena. "
               "Premierul român a precizat că exporturile au ajuns la circa 3 miliarde de euro.", "Ion Pop"),
        ("es", "El presidente Juan Pérez recibió al ministro Ali Kaya.\n\n"
               "El mandatario chileno recordó que las exportaciones llegaron a unos 400 millones de dólares.", "Juan Pérez"),
    ],
)
def test_a_role_subject_ending_in_an_adjective_is_its_holder(lang: str, text: str, speaker: str) -> None:
    assert [n.speaker for n in found(text, lang)] == [speaker]


def test_whom_a_figure_was_told_to_is_not_its_source() -> None:
    text = ("Foreign Minister Anna Kovács met Tom Lee in Vienna.\n\n"
            "Anna Kovács, Hungary's foreign minister, told Reuters that exports reached €3.1 billion in 2025.")
    assert [n.speaker for n in found(text, "en")] == ["Anna Kovács"]
