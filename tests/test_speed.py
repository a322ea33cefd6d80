"""Assembling an archive cheaply: figures tagged as read, the same records and JSON as before."""

from __future__ import annotations

from pathlib import Path

from digest import pipeline
from digest.config import Config
from digest.model import KeyNumber, Tagged
from digest.output import jsonout

ARTICLE = """Scholz in Rom: Handel soll wachsen

Bundeskanzler Olaf Scholz ist am Montag in Rom eingetroffen. Der Handel zwischen beiden Ländern lag 2024 bei 130 Milliarden Euro.
"Wir wollen den Handel auf 150 Milliarden Euro steigern", sagte Scholz. Rund 2.000 Unternehmen sind in Italien tätig.
"""


def _digest(tmp_path: Path) -> object:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("130", "120"), encoding="utf-8")
    return pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)


def test_figures_are_tagged_as_read_not_held_as_records(tmp_path: Path) -> None:
    d = _digest(tmp_path)
    assert isinstance(d.numbers, Tagged)
    records = list(d.numbers)
    assert records and all(type(n) is KeyNumber for n in records)
    assert [n.id for n in records] == [f"{n.article}:n{i}" for n in records for i in [int(n.id.rsplit(":n", 1)[1])]]
    assert len(d.numbers) == len(records)
    assert [d.numbers[i] for i in range(len(records))] == records
    assert d.numbers[-1] == records[-1] and d.numbers[1:3] == tuple(records[1:3])
    assert d.numbers == tuple(records)
    # Each article's figures count from 0 and carry its visit.
    by_article = {a.id: a for a in d.articles}
    assert all(n.visit == (by_article[n.article].visit or "") for n in records)


def test_json_items_of_tagged_figures_match_those_of_records(tmp_path: Path) -> None:
    d = _digest(tmp_path)
    fast = jsonout.to_dict(d)["numbers"]
    slow = [jsonout._number(n) for n in d.numbers]
    assert fast == slow and [list(x) for x in fast] == [list(x) for x in slow]
    assert jsonout.render(d) == jsonout.dumps({**jsonout.to_dict(d), "numbers": slow})
