"""Conflicts of one speaker with himself, and shares of GDP of the countries a contrast sets side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Config
from digest.model import Digest
from digest.pipeline import build

_HEAD = "{title}\n\n13 October 2026\n\n"


def _digest(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> Digest:
    """The digest of one visit's folder holding these articles (name: (title, body))."""
    folder = tmp_path / "2026-10-helsinki"
    folder.mkdir()
    for name, (title, body) in texts.items():
        (folder / f"{name}.txt").write_text(_HEAD.format(title=title) + body, encoding="utf-8")
    return build([str(tmp_path)], Config(), use_cache=False, jobs=1)


def _conflicts(d: Digest) -> list[list[float]]:
    value = {n.id: n.value for n in d.numbers}
    return [sorted(value[i] for i in c.numbers) for c in d.conflicts]


_VISIT = "Finland's Defence Minister Antti Hakkanen visited Helsinki harbour on Monday with Estonian Defence Minister Hanno Pevkur.\n\n"


@pytest.mark.parametrize(
    "later",
    [
        # The later figure names the measure again, or leaves it to the one he named before.
        '"No. We are already at 2.6 percent of GDP this year, and it is not enough," he replied.',
        '"No. We are already at 2.6 percent this year, and it is not enough," he replied.',
    ],
)
def test_a_speaker_contradicting_himself_is_a_conflict(tmp_path: Path, later: str) -> None:
    body = _VISIT + (
        '"Finland spends 2.3 percent of GDP on defence this year. We will keep increasing," Hakkanen said.\n\n'
        f"Later at the press conference Hakkanen was asked whether Finland lags behind Estonia. {later}\n"
    )
    assert _conflicts(_digest(tmp_path, {"a": ("Hakkanen in Helsinki", body)})) == [[2.3, 2.6]]


def test_a_speaker_s_figure_naming_something_else_is_not_his_earlier_measure(tmp_path: Path) -> None:
    body = _VISIT + (
        '"Finland spends 2.3 percent of GDP on defence this year," Hakkanen said.\n\n'
        '"Europe as a whole is at 1.9 percent this year," he added.\n'
    )
    assert _conflicts(_digest(tmp_path, {"a": ("Hakkanen in Helsinki", body)})) == []


@pytest.mark.parametrize(
    "texts",
    [
        {"a": ("Nordic defence fund", _VISIT + "Finland spends 2.4 percent of GDP on defence this year, while Estonia is at 3.4 percent.\n"),
         "b": ("Latvia", _VISIT + "Latvia is already at 3.3 percent of GDP this year, the minister said.\n")},
        # Danish "mens" sets the countries side by side: Estonia's share elides "af BNP".
        {"a": ("Nordisk forsvarsfond", "Finlands forsvarsminister Antti Hakkanen besøgte mandag Helsinki.\n\n"
               "Finland bruger i år 2,4 pct. af BNP på forsvar, mens Estland ligger på 3,4 pct.\n"),
         "b": ("Lettland", "Finlands försvarsminister Antti Hakkanen besökte Helsingfors i måndags.\n\n"
               "Lettland ligger redan i år på 3,3 procent av BNP, sade ministern.\n")},
    ],
)
def test_shares_of_gdp_of_two_countries_side_by_side_are_no_conflict(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> None:
    assert _conflicts(_digest(tmp_path, texts)) == []


_CLAIM = (
    "Opposition leader Mika Lintila called the visit an expensive show. "
    '"Rents have risen by 45 percent in two years," Lintila said.\n\n'
)


@pytest.mark.parametrize(("reply", "conflicts"), [
    # Denied first, the minister's own figure is another report of the one denied, however far from it.
    ('"That figure is simply wrong: rents rose by 11 percent since 2024," Hakkanen said.', [[11.0, 45.0]]),
    # Not denied, a figure four times smaller may be another period's or another city's rents.
    ('"Rents rose by 11 percent since 2024," Hakkanen said.', []),
])
def test_a_figure_given_after_denying_another_conflicts_with_it(tmp_path: Path, reply: str, conflicts: list[list[float]]) -> None:
    body = _VISIT + _CLAIM + f"Asked about the opposition's figure, the minister replied. {reply}\n"
    assert _conflicts(_digest(tmp_path, {"a": ("Hakkanen in Helsinki", body)})) == conflicts
