"""Assembling an archive cheaply: figures tagged as read, the same records and JSON as before."""

from __future__ import annotations

import dataclasses
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


def test_records_from_rows_set_slots_directly_and_equal_built_ones() -> None:
    from digest.model import Article, _slot_setters, from_row, retagged

    row = (3, 9, "12%", 12.0, None, "%", "Exporte", None, "Scholz", "Die Exporte stiegen um 12%.", "a:n0", "a", "v")
    assert _slot_setters(KeyNumber) is not None and _slot_setters(Article) is None
    assert from_row(KeyNumber, row) == KeyNumber(*row)
    assert from_row(KeyNumber, row, speaker=None, id="b:n1") == KeyNumber(*row[:8], None, row[9], "b:n1", *row[11:])
    art = Article("a", "a.txt", "Text", None, lang="de")
    assert retagged(art, visit="v") == dataclasses.replace(art, visit="v")
    from digest.model import Quote

    q = Quote(1, 9, "Wir wollen mehr Handel", speaker="Scholz", parts=((1, 4), (5, 9)))
    assert retagged(q, speaker="Olaf Scholz", also_in=("it",)) == dataclasses.replace(q, speaker="Olaf Scholz", also_in=("it",))


def test_an_original_with_two_translations_is_linked_to_both() -> None:
    from digest.model import Analysis, Quote
    from digest.model import Article as Art
    from digest.speakers import build_speakers

    text = "x" * 1000
    arts = [Art("a", "a.txt", text, Analysis("de", None, None, None, (), (), ()), lang="de", visit="v")]
    arts += [Art(k, f"{k}.txt", text, Analysis(k, None, None, None, (), (), ()), lang=k, visit="v", duplicate_of="a")
             for k in ("it", "pl")]
    quotes = [Quote(100 + 5 * k, 130, words, speaker="Scholz", id=f"{aid}:q0", article=aid)
              for k, (aid, words) in enumerate([("a", "wir wollen mehr Handel"), ("it", "vogliamo più commercio"),
                                                ("pl", "chcemy więcej handlu")])]
    out, _ = build_speakers(quotes, arts, Config())
    assert [q.also_in for q in out] == [("it", "pl"), ("de",), ("de",)]


def _conflicts(texts: dict[str, str], lang: str, copies: dict[str, str]) -> list[list[float]]:
    from digest.model import Analysis, Article
    from digest.numbers import find_conflicts, find_numbers
    from digest.model import Block, Sentence, TEXT
    from digest.sentences import split

    arts, nums = [], []
    for aid, text in texts.items():
        blocks = [Block(0, len(text), TEXT)]
        sents = [Sentence(a, b, 0) for a, b in split(text, lang, 0, len(text))]
        found = find_numbers(text, blocks, sents, [], lang, None)
        arts.append(Article(aid, aid, text, Analysis(lang, None, None, None, (), (), ()), lang=lang, visit="v",
                            duplicate_of=copies.get(aid)))
        nums += [dataclasses.replace(n, id=f"{aid}:n{i}", article=aid, visit="v") for i, n in enumerate(found)]
    by_id = {n.id: n for n in nums}
    return [sorted(by_id[i].value for i in c.numbers) for c in find_conflicts(nums, arts)]


def test_a_copy_s_figures_never_conflict_with_a_cluster_but_originals_do() -> None:
    texts = {
        "a": "Die Exporte nach Italien stiegen 2024 auf 50 Milliarden Euro.",
        "b": "Die Exporte nach Italien stiegen 2024 auf 45 Milliarden Euro.",
        "c": "Die Exporte nach Italien stiegen 2024 auf 40 Milliarden Euro.",
    }
    assert _conflicts(texts, "de", {}) == [[40e9, 45e9, 50e9]]
    # A translation (copy) repeats its original: neither it nor, through it, its cluster disagrees.
    assert _conflicts(texts, "de", {"c": "a"}) == [[45e9, 50e9]]
    assert _conflicts(texts, "de", {"a": "b"}) == [[40e9, 45e9]]


def test_a_quote_already_under_its_display_name_is_kept_as_it_is() -> None:
    from digest.model import Analysis, Article, Quote
    from digest.speakers import build_speakers

    art = Article("a", "a.txt", "x" * 200, Analysis("de", None, None, None, (), (), ()), lang="de", visit="v")
    quotes = [
        Quote(10, 40, "Wir wollen mehr Handel", speaker="Olaf Scholz", id="a:q0", article="a"),
        Quote(60, 90, "Das ist ein guter Tag", speaker="Scholz", id="a:q1", article="a"),
    ]
    out, speakers = build_speakers(quotes, [art], Config())
    assert out[0] is quotes[0] and out[1].speaker == "Olaf Scholz"
    assert [s.name for s in speakers] == ["Olaf Scholz"]


def test_translated_quotes_pair_with_their_own_speaker_s_in_order() -> None:
    from digest.model import Analysis, Article, Quote
    from digest.speakers import _align

    text = "x" * 1000
    a = Article("a", "a.txt", text, Analysis("de", None, None, None, (), (), ()), lang="de")
    b = Article("b", "b.txt", text, Analysis("it", None, None, None, (), (), ()), lang="it", duplicate_of="a")
    qa = [Quote(100, 130, "eins zwei drei vier", speaker="Scholz"), Quote(300, 330, "fünf sechs sieben", speaker="Meloni"),
          Quote(500, 530, "acht neun zehn elf", speaker="Scholz")]
    qb = [Quote(110, 140, "uno due tre quattro", speaker="Scholz"), Quote(320, 350, "cinque sei sette", speaker="Meloni"),
          Quote(800, 830, "otto nove dieci", speaker="Scholz")]
    assert _align(qa, a, qb, b) == [(0, 0), (1, 1)]


def test_a_count_s_topic_is_its_noun_stemmed_once() -> None:
    from digest.numbers import _count_topic, _stems, _topic

    n = KeyNumber(0, 18, "2.000 Unternehmen", 2000.0, unit="Unternehmen", sentence="Rund 2.000 Unternehmen sind dort.")
    assert _topic(n, "de") == frozenset(_stems("Unternehmen", "de"))
    assert _topic(n, "de") is _count_topic("Unternehmen", "de")


def test_the_duplicate_test_agrees_with_the_score_on_every_pair(seed_texts: dict[str, str]) -> None:
    from itertools import permutations

    from digest import visits
    from digest.model import Article
    from digest.pipeline import analyse, settings_for
    from digest.reading import Source

    texts = dict(seed_texts)
    # A shortened copy: figures shared, names fewer, so the names' bound decides some pairs.
    first = next(iter(texts.values()))
    texts["copy.txt"] = first[: len(first) // 2]
    arts = []
    for name, text in texts.items():
        an = analyse(text, settings_for(Source(name, text), Config()))
        arts.append(Article(id=name, path=name, text=text, analysis=an, date=an.date, lang=an.lang))
    profiles = visits._profiles(arts, start=True)
    for p, q in permutations(profiles, 2):
        assert visits._duplicate_test(p)(q) == (visits.duplicate_score(p, q) >= visits.DUPLICATE_LINK)


def _dense_align(fa: list, fb: list) -> list[tuple[int, int]]:
    """The cell-by-cell alignment _align replaced, kept as the reference it must agree with."""
    from digest.speakers import MIN_LIKENESS, _alignment

    n, m = len(fa), len(fb)
    scores = [[_alignment(x, y) for y in fb] for x in fa]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            score = scores[i][j]
            take = score + best[i + 1][j + 1] if score >= MIN_LIKENESS else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        score = scores[i][j]
        if score >= MIN_LIKENESS and best[i][j] == score + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def test_sparse_alignment_pairs_as_the_full_table_did() -> None:
    import random

    from digest.model import Analysis, Article, Quote
    from digest.speakers import _align, _likeness_features

    rng = random.Random(7)
    words = "eins zwei drei vier fünf sechs sieben acht neun zehn 12 30".split()
    for trial in range(300):
        size = rng.choice([200, 1000, 5000])
        text = "x" * size

        def quotes() -> list[Quote]:
            starts = sorted(rng.randrange(size) for _ in range(rng.randrange(0, 25)))
            return [Quote(s, s + 5, " ".join(rng.choices(words, k=rng.randrange(1, 9))),
                          speaker=rng.choice(["Scholz", "Meloni", None]), kind=rng.choice(["speech", "speech", "term"]))
                    for s in starts]

        a = Article("a", "a.txt", text, Analysis("de", None, None, None, (), (), ()), lang="de")
        b = Article("b", "b.txt", text, Analysis("it", None, None, None, (), (), ()), lang="it")
        qa, qb = quotes(), quotes()
        expected = _dense_align(_likeness_features(qa, a), _likeness_features(qb, b))
        assert _align(qa, a, qb, b) == expected, trial


def test_a_copy_s_own_figures_still_cluster_among_themselves() -> None:
    texts = {
        "a": "Die Exporte nach Italien stiegen 2024 auf 50 Milliarden Euro.",
        "b": "Die Exporte nach Italien stiegen 2024 auf 45 Milliarden Euro. Später hieß es, die Exporte nach Italien seien 2024 auf 40 Milliarden Euro gestiegen.",
    }
    # b is a copy: never against a, but its two sentences are two reports of one measure.
    assert _conflicts(texts, "de", {"b": "a"}) == [[40e9, 45e9]]
    assert _conflicts(texts, "de", {}) == [[40e9, 45e9, 50e9]]


def test_quotes_are_tagged_as_read_with_what_merging_changed(tmp_path: Path) -> None:
    from digest.model import Quote, TaggedQuotes

    d = _digest(tmp_path)
    assert isinstance(d.quotes, TaggedQuotes)
    records = list(d.quotes)
    assert records and all(type(q) is Quote for q in records)
    assert [q.id for q in records] == [f"{q.article}:q0" for q in records]
    assert all(q.speaker == "Olaf Scholz" for q in records)
    assert [d.quotes[i] for i in range(len(records))] == records and d.quotes[-1] == records[-1]
    assert d.quotes == tuple(records)
    assert jsonout.to_dict(d)["quotes"] == [jsonout._quote(q) for q in records]


def test_a_repeated_figure_is_measured_once_per_language_and_day() -> None:
    from digest.model import Analysis, Article
    from digest.numbers import _measure, _measure_once

    n = KeyNumber(40, 60, "50 Milliarden Euro", 50e9, unit="EUR", what="Exporte",
                  sentence="Die Exporte nach Italien stiegen im vergangenen Jahr auf 50 Milliarden Euro.")
    a = Article("a", "a", "", Analysis("de", None, None, None, (), (), ()), lang="de", date="2025-03-01")
    b = dataclasses.replace(a, id="b", date="2026-03-01")
    seen: dict = {}
    first = _measure_once(n, a, seen)
    assert first == _measure(n, a) and _measure_once(dataclasses.replace(n, article="x"), a, seen) is first
    # Another day makes "last year" another year: measured again.
    assert _measure_once(n, b, seen) == _measure(n, b) and len(seen) == 2


def test_front_ends_reading_records_again_and_again_get_them_built_once(tmp_path: Path) -> None:
    d = _digest(tmp_path)
    # Markdown and the terminal read every figure and quote once per visit.
    first, again = list(d.numbers), list(d.numbers)
    assert all(a is b for a, b in zip(first, again, strict=True)) and d.numbers[0] is first[0]
    quotes, quotes_again = list(d.quotes), list(d.quotes)
    assert all(a is b for a, b in zip(quotes, quotes_again, strict=True)) and d.quotes[0] is quotes[0]


def test_the_shared_item_encoder_writes_what_json_writes() -> None:
    items = [{"text": "«Ciao» \"quoted\" \\ \x1b[31m \u2028 é", "n": [1, -0.0, 2.5e-7, 1e21, None, True]},
             {"nested": {"a": [], "b": {}}}, "a key", 3, None]
    assert [jsonout._ITEM(x) for x in items] == [jsonout._ENCODER.encode(x) for x in items]


def test_figures_built_for_measuring_share_their_equal_offsets(tmp_path: Path) -> None:
    # A copy's figures sit at its original's offsets: read from the packed arrays, each was a new int.
    d = _digest(tmp_path)
    built = d.numbers.built(lambda row: True)
    assert built == list(d.numbers)
    first = {}
    for n in built:
        for offset in (n.start, n.end):
            assert first.setdefault(offset, offset) is offset
    assert len(built) > len(first) / 2
