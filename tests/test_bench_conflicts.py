"""The conflict benchmark reads gold figures as the tool reads numbers (bench/conflicts.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "conflicts.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_conflicts", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


LANGS = {"it_gazzetta_vertice": "it", "en_herald_summit": "en", "es_diario_cumbre": "es", "pl_kurier_wizyta": "pl", "sk_noviny_navsteva": "sk", "de_blatt_besuch": "de"}


@pytest.mark.parametrize(("entry", "value"), [
    # Spanish "2 mil 800 millones": the naive parser took the 2 alone (2 000 000 with the scale word).
    (["es_diario_cumbre.txt", "unos 2 mil 800 millones de euros", "minister"], 2.8e9),
    # Polish numerals and inflected scale words the naive parser does not know.
    (["pl_kurier_wizyta.txt", "półtora miliarda złotych", "minister"], 1.5e9),
    (["pl_kurier_wizyta.txt", "około 40 tysięcy żołnierzy", "minister"], 40_000),
    ({"file": "sk_noviny_navsteva.txt", "surface": "takmer dve miliardy eur"}, 2e9),
    # No article named: the language the note names, else the reading that takes in most of the surface.
    ("pl: ośmiu tysiącach ciężarówek", 8000),
    ("takmer 60 miliónov eur ročne (premiér)", 6e7),
    ("rund 3.400 Soldaten (Minister)", 3400),
    ("quasi 15 miliardi di euro (ministro; also pl prawie 15 mld)", 15e9),
    # Where a billion is 10^12 (de) the English form reads a thousand times larger: the regex parser settles it.
    ("$20.1 billion (customs)", 20.1e9),
    # The regex parser does not know "miliónov": the reading that understood it wins the tie.
    ("vlani 27 miliónov eur (premiér)", 27e6),
])
def test_gold_surface_read_in_its_language(bench: ModuleType, entry: object, value: float) -> None:
    figure = bench.gold_figure(entry, LANGS)
    assert figure is not None and any(bench.close(v, value) for v in figure.values), figure


def test_a_year_before_the_amount_is_not_the_value(bench: ModuleType) -> None:
    figure = bench.gold_figure(["de_blatt_besuch.txt", "2024 rund 12 Milliarden Euro", "x"], LANGS)
    assert figure is not None and figure.values == (12e9,)


def test_without_languages_the_naive_parser_still_reads(bench: ModuleType) -> None:
    figure = bench.gold_figure("about $4.5 billion (minister)")
    assert figure is not None and figure.values == (4.5e9,)


def test_a_real_conflict_is_found_only_on_its_two_values(bench: ModuleType) -> None:
    """The tool's two figures match the gold's two sides; a third value of the same article does not."""
    gold = [bench.gold_figure(["es_diario_cumbre.txt", f"{s} millones de dólares", "x"], LANGS)
            for s in ("3 mil 100", "2 mil 800")]
    assert all(gold) and bench.differ(gold)

    def number(value: float) -> dict[str, object]:
        return {"article": "es_diario_cumbre", "value": value}

    assert bench.finds([number(3.1e9), number(2.8e9)], gold)
    assert not bench.finds([number(3.1e9), number(2.0e6)], gold)
    assert not bench.finds([number(3.1e9)], gold)
