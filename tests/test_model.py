"""Shared records: packed sequences behave like the tuples they replace."""

from __future__ import annotations

import pickle

from digest.model import Analysis, Block, Coded, KeyNumber, Packed, Sentence, retagged

BLOCKS = (Block(0, 5, "text"), Block(6, 6, "blank"), Block(7, 90_000_000_000, "furniture", "caption"))


def test_packed_reads_like_a_tuple() -> None:
    p = Packed.of(Block, BLOCKS)
    assert len(p) == 3 and list(p) == list(BLOCKS)
    assert p[0] == BLOCKS[0] and p[-1] == BLOCKS[-1] and p[1:] == BLOCKS[1:]
    assert p == BLOCKS and p != BLOCKS[:2] and p != (BLOCKS[0], BLOCKS[1], Block(7, 9, "text"))
    assert hash(p) == hash(Packed.of(Block, list(BLOCKS)))
    assert Packed.of(Block, p) is p


def test_packed_columns_round_trip_and_pickle() -> None:
    p = Packed.of(Sentence, [Sentence(0, 10, 0), Sentence(11, 30, 2)])
    assert Packed(Sentence, p.columns()) == p
    assert pickle.loads(pickle.dumps(p)) == p
    empty = Packed.of(Sentence, [])
    assert len(empty) == 0 and list(empty) == [] and empty == ()


def test_analysis_packs_what_it_is_given() -> None:
    a = Analysis("en", None, None, None, BLOCKS, (Sentence(0, 5, 0),), (0,))
    assert isinstance(a.blocks, Packed) and isinstance(a.sentences, Packed)
    assert a == Analysis("en", None, None, None, list(BLOCKS), [Sentence(0, 5, 0)], (0,))


def test_retagged_changes_only_what_it_is_told() -> None:
    n = KeyNumber(3, 8, "43 %", 43.0, unit="%", what="uranium")
    m = retagged(n, id="a:n0", article="a")
    assert (m.id, m.article, m.unit, m.what) == ("a:n0", "a", "%", "uranium")
    assert n.id == "" and m != n and retagged(m, id="", article="") == n


def test_packed_columns_are_narrow_and_read_back_whole() -> None:
    blocks = (Block(0, 5, "text"), Block(6, 70_000, "furniture", "caption"), Block(70_001, 70_001, "blank"))
    p = Packed.of(Block, blocks)
    start, end, kind, reason = p.columns()
    assert (start.typecode, end.typecode) == ("I", "I") and isinstance(kind, Coded) and len(kind.table) == 3
    assert Packed.of(Sentence, [Sentence(0, 200, 1)]).columns()[0].typecode == "B"
    assert list(p) == list(blocks) and p[1] == blocks[1] and list(p.column("reason")) == ["", "caption", ""]
    figures = [KeyNumber(3, 8, "43 %", 43.0, unit="%"), KeyNumber(9, 300, "7,500 km", 7500.0, 7600.0, speaker="Putin")]
    q = Packed.of(KeyNumber, figures)
    assert list(q) == figures and list(q.column("speaker")) == [None, "Putin"]
    assert Packed.of_rows(KeyNumber, list(q.rows())) == q == tuple(figures)
    assert Packed.of(Block, [Block(-3, 2**40, "text")])[0] == Block(-3, 2**40, "text")
