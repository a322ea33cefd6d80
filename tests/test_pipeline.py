"""The pipeline: caching, partial digests, failures isolated to one article."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from digest import cache, pipeline
from digest.config import Config

TEXTS = {
    "a.txt": "The foreign minister arrived in Rome on Monday for two days of talks on trade and energy.\n",
    "b.txt": "Il ministro degli Esteri è arrivato lunedì a Roma per due giorni di colloqui su commercio ed energia.\n",
    "c.txt": "Der Außenminister traf am Montag zu zweitägigen Gesprächen über Handel und Energie in Rom ein.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def test_second_run_does_no_analysis(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pipeline.build([str(corpus)], Config())
    calls: list[str] = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda text, settings: calls.append(text) or real(text, settings))
    second = pipeline.build([str(corpus)], Config())
    assert calls == []
    assert [a.summary for a in second.articles] == [a.summary for a in first.articles]
    assert [a.lang for a in second.articles] == ["en", "it", "de"]


def test_changed_article_is_analysed_again(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.build([str(corpus)], Config())
    (corpus / "b.txt").write_text(TEXTS["b.txt"] + "Poi è ripartito.\n", "utf-8")
    calls: list[str] = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda text, settings: calls.append(text) or real(text, settings))
    pipeline.build([str(corpus)], Config())
    assert len(calls) == 1 and "ripartito" in calls[0]


def test_corrupted_cache_is_rebuilt(corpus: Path) -> None:
    folder = cache.default_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / cache.FILE_NAME).write_bytes(b"this is not a database" * 100)
    d = pipeline.build([str(corpus)], Config())
    assert len(d.articles) == 3
    assert any("rebuilt" in w.message for w in d.warnings)
    assert len(pipeline.build([str(corpus)], Config()).articles) == 3


def test_unwritable_cache_is_bypassed(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(blocker / "cache"))
    d = pipeline.build([str(corpus)], Config())
    assert len(d.articles) == 3
    assert any("cache disabled" in w.message for w in d.warnings)


def test_partial_digests_arrive_while_articles_are_analysed(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARTIAL_EVERY_S", 0.0)
    seen: list[int] = []
    final = pipeline.build([str(corpus)], Config(), use_cache=False, jobs=1, partial=lambda d: seen.append(len(d.articles)))
    assert seen == [1, 2]
    assert len(final.articles) == 3


def test_one_failing_article_does_not_stop_the_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.analyse

    def fragile(text: str, settings: pipeline.Settings) -> object:
        if "Außenminister" in text:
            raise RecursionError("deep")
        return real(text, settings)

    monkeypatch.setattr(pipeline, "analyse", fragile)
    d = pipeline.build([str(corpus)], Config(), use_cache=False, jobs=1)
    assert [Path(a.path).name for a in d.articles] == ["a.txt", "b.txt"]
    assert any(w.path.endswith("c.txt") and "analysis failed" in w.message for w in d.warnings)


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(pipeline.PARALLEL_THRESHOLD + 2):
        name, text = list(TEXTS.items())[i % 3]
        (folder / f"{i:02d}-{name}").write_text(f"{text}Item {i}.\n", "utf-8")
    serial = pipeline.build([str(folder)], Config(), use_cache=False, jobs=1)
    parallel = pipeline.build([str(folder)], Config(), use_cache=False, jobs=2)
    assert [a.analysis for a in serial.articles] == [a.analysis for a in parallel.articles]
    assert os.cpu_count()


def test_assembling_in_worker_processes_gives_the_serial_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    # A probe corpus with conflicts, trends and several visits: the figures measured and the visits'
    # summaries written in forked workers make the digest the serial path makes.
    folder = Path(__file__).resolve().parents[1] / "bench" / "probes" / "AK" / "articles"
    serial = pipeline.build([str(folder)], Config(), use_cache=False, jobs=1)
    calls: list[int] = []
    in_parallel = pipeline._in_parallel
    monkeypatch.setattr(pipeline, "PARALLEL_FIGURES", 0)
    monkeypatch.setattr(pipeline, "_in_parallel", lambda *a: calls.append(1) or in_parallel(*a))
    parallel = pipeline.build([str(folder)], Config(), use_cache=False, jobs=2)
    assert calls == [1]
    assert serial.conflicts and serial.visits
    assert (parallel.conflicts, parallel.trends, parallel.visits) == (serial.conflicts, serial.trends, serial.visits)


def test_caps_bound_what_every_stage_scans() -> None:
    from dataclasses import replace as dc_replace

    from digest.config import Limits

    text = "Title line here for the test\n\n" + ("Il ministro ha detto che 12 accordi sono stati firmati. " * 400) + "\n"
    limits = dc_replace(Limits(), max_sentences=10)
    a = pipeline.analyse(text, pipeline.Settings(Config().summary, limits))
    assert len(a.sentences) == 10
    cut = a.sentences[-1].end
    assert all(b.end <= cut for b in a.blocks if b.kind == "text")
    assert all(n.end <= cut for n in a.numbers)
    assert any("beyond the analysis limit" == b.reason for b in a.blocks)
    assert any("only the first analysed" in w for w in a.warnings)
    chars = pipeline.analyse(text, pipeline.Settings(Config().summary, dc_replace(Limits(), max_text_chars=500)))
    assert sum(b.end - b.start for b in chars.blocks if b.kind == "text") == 500


def test_assembled_digest_is_reused_and_equal_to_a_fresh_one(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pipeline.build([str(corpus)], Config())
    grouped: list[int] = []
    real = pipeline.visits.group
    monkeypatch.setattr(pipeline.visits, "group", lambda arts, cfg, shown=None: grouped.append(len(arts)) or real(arts, cfg, shown))
    second = pipeline.build([str(corpus)], Config())
    assert grouped == []
    fresh = pipeline.build([str(corpus)], Config(), use_cache=False)
    assert grouped == [3]
    assert second == first == fresh
    assert second.numbers == fresh.numbers and second.visits == fresh.visits


def test_folder_rule_or_metadata_change_assembles_again(corpus: Path) -> None:
    pipeline.build([str(corpus)], Config())
    (corpus / "b.toml").write_text('title = "Una nuova visita"\ndate = "2024-03-04"\n', "utf-8")
    d = pipeline.build([str(corpus)], Config())
    b = next(a for a in d.articles if a.path.endswith("b.txt"))
    assert b.title == "Una nuova visita" and b.date == "2024-03-04"
    assert d == pipeline.build([str(corpus)], Config(), use_cache=False)


def test_damaged_assembly_entry_is_a_miss(corpus: Path) -> None:
    import sqlite3

    first = pipeline.build([str(corpus)], Config())
    db = sqlite3.connect(cache.default_dir() / cache.FILE_NAME)
    db.execute("UPDATE products SET data = ?", (b"not zlib",))
    db.commit()
    db.close()
    assert pipeline.build([str(corpus)], Config()) == first


def test_cache_rows_round_trip_every_field() -> None:
    from dataclasses import replace

    from digest.model import Block

    text = next((Path(__file__).parents[1] / "articles").rglob("000_*.txt")).read_text("utf-8")
    settings = pipeline.Settings(Config().summary, Config().limits)
    a = pipeline.analyse(text, settings)
    assert a.quotes and any(len(q.parts) > 1 for q in a.quotes) and len(a.numbers) > 4 and a.signals
    assert cache.decode(cache.encode(a)) == a
    # More distinct texts than an index byte can number, and offsets beyond 32 bits.
    odd = replace(a, blocks=[Block(i, 2**40 + i, "text", f"reason {i}") for i in range(300)])
    assert cache.decode(cache.encode(odd)) == odd


def test_decoded_analyses_share_the_strings_republished_copies_repeat() -> None:
    text = next((Path(__file__).parents[1] / "articles").rglob("000_*.txt")).read_text("utf-8")
    blob = cache.encode(pipeline.analyse(text, pipeline.Settings(Config().summary, Config().limits)))
    # Two copies of one article, as an archive's republished stories are: one copy of each repeated string.
    a, b = cache.decode(blob), cache.decode(blob)
    assert a == b and a.quotes and a.people and a.signals and a.signals.forms
    assert all(x.text is y.text for x, y in zip(a.quotes, b.quotes))
    assert all(x is y for x, y in zip(a.people, b.people))
    assert all(x[0] is y[0] for x, y in zip(a.signals.forms, b.signals.forms))
    assert a.lang is b.lang


def test_one_visit_is_restored_loading_only_its_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    from digest.selection import select

    seeds = str(Path(__file__).parents[1] / "articles")
    fresh = pipeline.build([seeds], Config(), use_cache=False)
    pipeline.build([seeds], Config())
    assert any(n.speaker for n in fresh.numbers)
    visit = next(v for v in fresh.visits if 1 < len(v.articles) < len(fresh.articles))
    decoded: list[bytes] = []
    real = cache.decode
    monkeypatch.setattr(cache, "decode", lambda blob: decoded.append(blob) or real(blob))
    warm = pipeline.build([seeds], Config(), visits=[visit.id])
    assert warm == select(fresh, [visit.id])
    assert len(decoded) == len(visit.articles)
    decoded.clear()
    assert pipeline.build([seeds], Config()) == fresh
    assert len(decoded) == len(fresh.articles)


def test_every_fresh_analysis_is_stored_when_written_in_batches(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WRITE_EVERY", 2)
    pipeline.build([str(corpus)], Config(), jobs=1)
    calls: list[str] = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda text, settings: calls.append(text) or real(text, settings))
    pipeline.analyse_sources([pipeline.read(str(p), 10**6) for p in sorted(corpus.glob("*.txt"))], Config())
    assert calls == []


def test_restored_digest_reports_every_article_ready(corpus: Path) -> None:
    pipeline.build([str(corpus)], Config())
    seen: list[tuple[int, int, str]] = []
    pipeline.build([str(corpus)], Config(), progress=lambda done, total, path: seen.append((done, total, path)))
    assert seen == [(3, 3, "")]


def test_texts_reach_the_workers_whole_without_a_utf8_copy_left_in_the_parent() -> None:
    import pickle
    import sys

    text = "Tokajew „Wir sind Partner“ – 27,8 Mrd. $" * 50
    size = sys.getsizeof(text)  # counts a cached UTF-8 form, which plain pickling would add
    received = pickle.loads(pickle.dumps(pipeline._Shipped(text)))
    assert type(received) is str and received == text
    assert sys.getsizeof(text) == size
    odd = "a lone surrogate \ud800 from a badly decoded file"
    assert pickle.loads(pickle.dumps(pipeline._Shipped(odd))) == odd


def test_stored_text_is_kept_only_when_every_piece_was_passed_on(tmp_path: Path) -> None:
    pieces = ["one\n", "two €\n"]
    passing = cache.storing_text(tmp_path, "k", [], iter(pieces))
    assert next(passing) == "one\n"
    passing.close()  # the reader went away
    assert not list((tmp_path / cache.TEXT_DIR).iterdir())  # no half-written file left
    assert list(cache.storing_text(tmp_path, "k", [], iter(pieces))) == pieces
    stored = cache.stored_text(tmp_path, "k")
    assert stored is not None and b"".join(stored.text).decode() == "".join(pieces)


def test_unwritable_text_store_still_passes_every_piece_on(tmp_path: Path) -> None:
    (tmp_path / cache.TEXT_DIR).write_text("a file where the folder should be")
    pieces = [f"piece {i}\n" for i in range(5)]
    assert list(cache.storing_text(tmp_path, "k", [], iter(pieces))) == pieces
    assert cache.stored_text(tmp_path, "k") is None


def test_only_the_most_recent_texts_are_kept(tmp_path: Path) -> None:
    for i in range(cache.KEEP_TEXTS + 2):
        list(cache.storing_text(tmp_path, f"k{i}", [], [f"text {i}\n"]))
        os.utime(tmp_path / cache.TEXT_DIR / f"k{i}.gz", (i, i))
    list(cache.storing_text(tmp_path, "last", [], ["last\n"]))
    kept = sorted(p.stem for p in (tmp_path / cache.TEXT_DIR).glob("*.gz"))
    assert kept == sorted(["last", *(f"k{i}" for i in range(3, cache.KEEP_TEXTS + 2))])


def test_a_full_disk_costs_the_stored_text_never_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Full(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "fdopen", lambda fd, mode: (os.close(fd), Full())[1])
    pieces = [f"piece {i}\n" * 1000 for i in range(50)]
    assert list(cache.storing_text(tmp_path, "k", [], iter(pieces))) == pieces
    assert not list((tmp_path / cache.TEXT_DIR).iterdir())


def test_a_visit_names_a_speaker_as_the_speakers_list_does(tmp_path: Path) -> None:
    # Quoted in Cyrillic and in Latin letters: one speaker, and the visit's title and participants use the
    # name the speakers list shows, once.
    folder = tmp_path / "articles" / "2026-03-moscow"
    folder.mkdir(parents=True)
    (folder / "ru.txt").write_text(
        "Гаджиев прибыл в Москву\n\nМОСКВА – Президент России Пётр Соколов принял во вторник в Москве президента "
        "Азербайджана Фарида Гаджиева. «Мы соседи и партнёры», – сказал Фарид Гаджиев на пресс-конференции. "
        "Соколов и Гаджиев обсудили торговлю. «Торговля растёт», – заявил Соколов. Гаджиев пригласил Соколова в Баку.\n",
        "utf-8")
    (folder / "en.txt").write_text(
        "Hajiyev in Moscow\n\nMOSCOW – Azerbaijani President Farid Hajiyev met Russian President Pyotr Sokolov in "
        "Moscow on Tuesday. \"We are neighbours and partners,\" Hajiyev told reporters. Sokolov said trade was growing.\n",
        "utf-8")
    d = pipeline.build([str(tmp_path / "articles")], Config(), use_cache=False, jobs=1)
    assert "Farid Hajiyev" in [s.name for s in d.speakers]
    (visit,) = d.visits
    assert visit.participants.count("Farid Hajiyev") == 1 and "Фарид Гаджиев" not in visit.participants
    assert visit.title.startswith("Hajiyev visits ")


def test_a_quote_and_a_figure_name_their_speaker_in_their_own_article_s_script(tmp_path: Path) -> None:
    # One person quoted in a Russian and a Bulgarian article and in a Greek one: one speaker (one heading in
    # the script most articles write, one group of quotes), but the Greek article's quote and figure name him
    # in Greek, as a reader of that article reads him (a Cyrillic heading is not read beside it).
    from digest.output import common

    folder = tmp_path / "articles" / "2026-04-baku"
    folder.mkdir(parents=True)
    (folder / "ru.txt").write_text(
        "Визит в Баку\n\nБАКУ – Министр Болгарии Христо Марков принял в среду в Баку делегацию. "
        "«Мы открыты для инвестиций», – сказал Христо Марков журналистам.\n", "utf-8")
    (folder / "bg.txt").write_text(
        "Посещение в Баку\n\nБАКУ – Министърът на България Христо Марков прие в сряда делегация в Баку. "
        "„Ние сме отворени за инвеститори“, каза Христо Марков пред журналисти.\n", "utf-8")
    (folder / "el.txt").write_text(
        "Επίσκεψη στο Μπακού\n\nΜΠΑΚΟΥ – Ο υπουργός της Βουλγαρίας Χρίστο Μάρκοφ δέχθηκε την Τετάρτη "
        "αντιπροσωπεία στο Μπακού. «Οι πόρτες μας είναι ανοιχτές στους επενδυτές. Το εμπόριο έφτασε τα 450 "
        "εκατομμύρια δολάρια», δήλωσε ο Χρίστο Μάρκοφ.\n", "utf-8")
    d = pipeline.build([str(tmp_path / "articles")], Config(), use_cache=False, jobs=1)
    lang = {a.id: a.lang for a in d.articles}
    assert {lang[q.article]: q.speaker for q in d.quotes if q.kind == "speech"} == {
        "ru": "Христо Марков", "bg": "Христо Марков", "el": "Χρίστο Μάρκοφ"}
    assert [s.name for s in d.speakers] == ["Христо Марков"]
    (group,) = common.speaker_quotes(d)
    assert group.name == "Христо Марков" and len(group.quotes) == 3
    assert [n.speaker for n in d.numbers if n.value == 450e6] == ["Χρίστο Μάρκοφ"]


def test_a_figure_goes_under_the_speakers_name_across_scripts(tmp_path: Path) -> None:
    # A Belarusian minister quoted in Russian, his figure given in Polish under the Belarusian Latin spelling
    # (-ou for -ов, a for е): one person, the figure shown under the speakers list's name.
    folder = tmp_path / "articles" / "2026-03-minsk"
    folder.mkdir(parents=True)
    (folder / "ru.txt").write_text(
        "Визит в Минск\n\nМИНСК – Министр Пётр Миронов принял во вторник в Минске делегацию. «Мы готовы к "
        "сотрудничеству», – сказал Пётр Миронов журналистам.\n", "utf-8")
    (folder / "pl.txt").write_text(
        "Wizyta w Mińsku\n\nMIŃSK – Minister Piotr Miranou przyjął we wtorek w Mińsku delegację. Piotr Miranou "
        "powiedział, że Białoruś kupi 300 ciągników.\n", "utf-8")
    d = pipeline.build([str(tmp_path / "articles")], Config(), use_cache=False, jobs=1)
    assert [n.speaker for n in d.numbers if n.value == 300] == ["Пётр Миронов"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prime Minister Tom Novak met Foreign Minister Jan Berg in Oslo on Monday.\n\n"
               "According to Anna Lind, an analyst at the Nordic Institute, the visit was mostly symbolic. "
               "\"Tom Novak wants to show that he is a leader of the north.\n\n"
               "\"He shares the worries about Russia,\" said Anna Lind. "
               "She stressed that exports to Norway, at 12 billion euros, are half of all trade.\n"),
        ("fr", "Le Premier ministre Tom Novak a rencontré jeudi le ministre Jan Berg à Oslo.\n\n"
               "Selon Anna Lind, chercheuse à l'Institut nordique, la visite est surtout symbolique. "
               "« Tom Novak veut montrer qu'il est un dirigeant du Nord.\n\n"
               "« Il partage les inquiétudes au sujet de la Russie », a estimé Anna Lind. "
               "Elle a souligné que les exportations vers la Norvège, 12 milliards d'euros, représentent la moitié du commerce.\n"),
    ],
)
def test_a_name_inside_a_quotation_is_no_figures_source(lang: str, text: str) -> None:
    # The pronoun after the quote's cue is the analyst's, not the leader's whom her quotation names.
    a = pipeline.analyse(text, pipeline.Settings(Config().summary, Config().limits, lang))
    assert [n.speaker for n in a.numbers] == ["Anna Lind"]


def test_a_quote_given_to_another_speaker_renames_no_one() -> None:
    from digest.model import Quote

    # The original's second quote went to the wrong minister; merging with its translation gave it back to the
    # host. The guest is still a speaker of his own: his name is no form of the host's.
    said = [Quote(0, 5, "a", "Ivan Petrov"), Quote(10, 15, "b", "Ivan Petrov"), Quote(20, 25, "c", "Пётр Иванов"),
            Quote(30, 35, "d", "Petr Ivanov")]
    merged = [Quote(0, 5, "a", "Ivan Petrov"), Quote(10, 15, "b", "Petr Ivanov"), Quote(20, 25, "c", "Petr Ivanov"),
              Quote(30, 35, "d", "Petr Ivanov")]
    assert pipeline.shown_names(said, merged, {}) == {
        "Ivan Petrov": "Ivan Petrov", "Пётр Иванов": "Petr Ivanov", "Petr Ivanov": "Petr Ivanov"}
    # A form the list shows by another name only is renamed, whichever of its quotes comes last.
    assert pipeline.shown_names(said[2:3], merged[2:3], {}) == {"Пётр Иванов": "Petr Ivanov"}
    # A quote that names its speaker in its article's own script still names the person's heading in visits.
    own = [Quote(0, 5, "a", "Ivan Petrov"), Quote(20, 25, "c", "Пётр Иванов")]
    assert pipeline.shown_names(own, own, {"Пётр Иванов": "Petr Ivanov", "Petr Ivanov": "Petr Ivanov"}) == {
        "Ivan Petrov": "Ivan Petrov", "Пётр Иванов": "Petr Ivanov"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Ministerul de Externe\n\n12 martie 2026\n\nMinistrul Ion Popa a vizitat Chișinăul.\n\n"
               "Ministrul Ion Popa a spus că România ar putea găzdui summitul în 2029. "
               "El a amintit că tratatul a fost semnat de Ion Popa în 2011.\n"),
        ("fr", "Le Courrier\n\n12 mars 2026\n\nLa ministre Ona Kairys était jeudi à Riga.\n\n"
               "La ministre Ona Kairys a précisé que la conférence aura lieu à Vilnius en 2029. "
               "Elle a rappelé que le traité avait été signé par Ona Kairys en 2011.\n"),
    ],
)
def test_a_year_a_source_tells_for_later_is_no_key_number(lang: str, text: str) -> None:
    # A year not yet past (by the article's date) dates the source's plan; a past one stays.
    a = pipeline.analyse(text, pipeline.Settings(Config().summary, Config().limits, lang))
    assert a.date == "2026-03-12"
    assert [n.surface for n in a.numbers] == ["2011"]


def test_a_round_up_s_later_story_s_figures_are_compared_in_that_story_s_visit(tmp_path: Path) -> None:
    from test_visits import ROUNDUP

    lisbon = (
        "Lisbon Daily\n\nChile and Portugal sign a cultural agreement in Lisbon\n\n4 March 2027\n\n"
        "LISBON - Chile's foreign minister Camila Rojas and her Portuguese counterpart Rui Soares signed a cultural "
        "agreement in Lisbon on Thursday, after talks on trade and culture between Chile and Portugal.\n\n"
        "Rojas said 450 students would take part in the exchange in its first year. Soares welcomed Rojas at the "
        "ministry and said the agreement was overdue.\n\n"
        '"Culture travels faster than trade," Rojas told reporters. Soares and Rojas will meet again in Santiago.\n'
    )
    (tmp_path / "roundup.txt").write_text(ROUNDUP, encoding="utf-8")
    (tmp_path / "lisbon.txt").write_text(lisbon, encoding="utf-8")
    d = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)
    by_article = {a.id: a.visit for a in d.articles}
    assert by_article["roundup"] != by_article["lisbon"]
    values = {n.id: n.value for n in d.numbers}
    # The round-up's 300 students, told in its Lisbon story, disagree with the Lisbon report's 450, in the Lisbon visit.
    assert [(c.visit, sorted(values[i] for i in c.numbers)) for c in d.conflicts] == [(by_article["lisbon"], [300.0, 450.0])]


def test_a_figure_goes_to_the_speaker_its_name_is_not_to_a_namesake_known_by_the_surname(tmp_path: Path) -> None:
    # Ahsan Iqbal is quoted as "Iqbal" too; the figure Shazia Iqbal gives is hers all the same.
    (tmp_path / "one.txt").write_text(
        "Turkish firms to invest in Karachi zone\n\nISLAMABAD, 14 October 2026: Planning Minister Ahsan Iqbal said on "
        "Tuesday that Turkish companies will invest $500 million in the Dhabeji special economic zone over the next three "
        "years.\n\n\"We have identified 18 projects with our Turkish partners,\" Iqbal told reporters after the talks.\n\n"
        "Board of Investment Secretary Shazia Iqbal said Turkish firms' registered investment in Pakistan stood at $1.3bn "
        "in 2025.\n\n\"The pipeline is real and most firms are expanding,\" Ms Iqbal said.\n",
        encoding="utf-8",
    )
    d = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)
    said = {n.surface: n.speaker for n in d.numbers}
    assert said["$1.3bn"] == "Shazia Iqbal"
    assert said["$500 million"] == "Ahsan Iqbal"


def test_a_round_up_s_later_stories_quotes_and_figures_are_their_own_visits_in_json_and_markdown(
        tmp_path: Path) -> None:
    # The round-up is its lead's (Oslo) visit; its Lisbon story's quote and figures go to the Lisbon visit, which
    # lists the round-up; a third story of no visit (Geneva) is no part of the Oslo visit.
    from test_visits import ROUNDUP

    from digest.output import jsonout, markdown

    lisbon = (
        "Lisbon Daily\n\nChile and Portugal sign a cultural agreement in Lisbon\n\n4 March 2027\n\n"
        "LISBON - Chile's foreign minister Camila Rojas and her Portuguese counterpart Rui Soares signed a cultural "
        "agreement in Lisbon on Thursday, after talks on trade and culture between Chile and Portugal.\n\n"
        "Rojas said 450 students would take part in the exchange in its first year. Soares welcomed Rojas at the "
        "ministry and said the agreement was overdue.\n"
    )
    geneva = "\nGENEVA - The World Health Organization appealed for 2 billion dollars for 2028.\n"
    (tmp_path / "roundup.txt").write_text(ROUNDUP + geneva, encoding="utf-8")
    (tmp_path / "lisbon.txt").write_text(lisbon, encoding="utf-8")
    d = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)
    by_article = {a.id: a.visit for a in d.articles}
    oslo, there = by_article["roundup"], by_article["lisbon"]
    out = json.loads(jsonout.render(d))
    quotes = {q["text"].rstrip(","): q["visit"] for q in out["quotes"] if q["article"] == "roundup"}
    assert quotes == {"Our grids are already one": oslo, "Culture travels faster than trade": there}
    figures = {n["value"]: n["visit"] for n in out["numbers"] if n["article"] == "roundup"}
    assert figures[3e9] == oslo and figures[12e6] == there and figures[300.0] == there and figures[2e9] is None
    visits_ = {v["id"]: v for v in out["visits"]}
    assert visits_[there]["stories_from"] == ["roundup"] and visits_[oslo]["stories_from"] == []
    md = markdown.render(d)
    lisbon_part = md[md.index(f"Visit id: {there}"):]
    lisbon_part = lisbon_part[: lisbon_part.find("\n## ")]
    assert "Also told in the round-ups" in lisbon_part and "Culture travels faster than trade" in lisbon_part
    oslo_part = md[md.index(f"Visit id: {oslo}"):]
    assert "Culture travels faster than trade" not in oslo_part[: oslo_part.find("\n## ")]
