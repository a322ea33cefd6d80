"""Article summaries and the visit digest, checked against the seed gold and the shared reference sets."""

from __future__ import annotations

import json
import math
import random
from dataclasses import replace
from pathlib import Path

import pytest

from digest.cleaning import clean
from digest.config import SummarySettings
from digest.model import TEXT, Analysis, Article, Sentence
from digest.sentences import split, words
from digest.summaries import (
    ANAPHORIC, GUIDE, MMR_POOL, NEWS, REDUNDANCY_WEIGHT, REFERENCE, SAME_THING, _asks, _content_terms, _cosine, _Doc, _ending,
    _keys, _leans_back, _select, _shared_terms, _visit_terms, _wanted, looks_like_news, stems, summarise, text_kind, visit_summary,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
DEFAULT = SummarySettings()


def sentences_of(text: str, lang: str) -> list[Sentence]:
    out = []
    for k, b in enumerate(clean(text).blocks):
        if b.kind == TEXT:
            out.extend(Sentence(a, e, k) for a, e in split(text, lang, b.start, b.end))
    return out


def seed(name: str) -> tuple[str, list[Sentence], str, str | None]:
    text = (SHARED / "seeds" / name).read_text("utf-8")
    lang = GOLD[name]["lang"]
    return text, sentences_of(text, lang), lang, clean(text).title


def article(name: str, **kw: object) -> Article:
    text, sents, lang, title = seed(name)
    chosen = summarise(text, sents, lang, title, DEFAULT)
    analysis = Analysis(lang, title, None, None, (), tuple(sents), chosen)
    return Article(id=name[:3], path=name, text=text, analysis=analysis, lang=lang, **kw)


def rows(file: str, n: int) -> list[dict]:
    with (SHARED / "summ" / file).open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f)]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_summary_is_clean_prose(name: str) -> None:
    text, sents, lang, title = seed(name)
    chosen = summarise(text, sents, lang, title, DEFAULT)
    assert chosen == tuple(sorted(set(chosen))) and 1 <= len(chosen) <= 3
    summary = " ".join(text[sents[i].start : sents[i].end] for i in chosen)
    for line in GOLD[name]["boilerplate_lines"]:
        assert line["line"].strip() not in summary or len(line["line"].strip()) < 12
    for heading in GOLD[name].get("subheadings", []):
        assert heading not in summary
    for i in chosen:
        s = text[sents[i].start : sents[i].end]
        assert 5 <= len(words(s)) <= 60 and not s.rstrip().endswith("?"), s


def test_seed_summaries_start_from_the_lead() -> None:
    # News puts the story first: every seed's summary opens with one of its first two fit sentences.
    for name in GOLD:
        text, sents, lang, title = seed(name)
        assert text_kind([text[s.start : s.end] for s in sents], lang) == NEWS, name
        assert summarise(text, sents, lang, title, DEFAULT)[0] <= 2, name


def test_translations_summarise_alike() -> None:
    # 001 translates 000: the same method must pick the same sentences in both languages.
    pair = ("000_ed581dd32eb4ea3f.txt", "001_80ddbc14454ec503.txt")
    it, de = (summarise(*seed(n)[:3], seed(n)[3], DEFAULT) for n in pair)
    assert it == de


def test_lead_ratio_and_word_budget() -> None:
    text, sents, lang, title = seed("004_01d6a2d3abb36165.txt")
    assert summarise(text, sents, lang, title, replace(DEFAULT, method="lead")) == (0, 1, 2)
    by_ratio = summarise(text, sents, lang, title, replace(DEFAULT, ratio=0.2))
    assert len(by_ratio) == round(len(sents) * 0.2)
    budget = summarise(text, sents, lang, title, replace(DEFAULT, words=60))
    assert sum(len(words(text[sents[i].start : sents[i].end])) for i in budget) <= 60
    assert budget


@pytest.mark.parametrize("method", ["central", "news", "lexrank", "luhn", "sumbasic", "edmundson", "kl"])
def test_every_method_returns_sentence_indices(method: str) -> None:
    text, sents, lang, title = seed("002_46e87f747333d7d1.txt")
    chosen = summarise(text, sents, lang, title, replace(DEFAULT, method=method))
    assert 1 <= len(chosen) <= 3 and chosen == tuple(sorted(chosen))
    assert all(0 <= i < len(sents) for i in chosen)


def test_flawed_sentences_are_skipped() -> None:
    text = (
        "By Jane Doe, Berlin\n"
        "Editor's note: this story was updated with new figures.\n"
        "Photo: the ministers at the signing ceremony in the chancellery.\n"
        "The ministers signed a trade agreement worth two billion euros in Berlin on Monday.\n"
        "He said the agreement would double exports of grain and steel by the end of the decade.\n"
        "What will the ministers decide about the trade agreement next week?\n"
        "Officials from both countries praised the agreement as a turning point for the region.\n"
    )
    sents = sentences_of(text, "en")
    chosen = summarise(text, sents, "en", None, replace(DEFAULT, sentences=2))
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert picked[0].startswith("The ministers signed")
    assert not any(p.startswith(("By Jane", "Editor", "Photo", "What")) for p in picked)


def test_one_sentence_of_a_longer_quotation_is_not_a_summary_line() -> None:
    text = (
        "Il presidente ha ricevuto oggi al Quirinale il capo dello Stato tedesco per una giornata di colloqui.\n\n"
        "“L'Europa – ha detto il presidente al termine dei colloqui – non può restare spettatrice della propria storia. "
        "Servono coraggio, unità e una difesa comune per affrontare gli anni che verranno”.\n\n"
        "Sul tavolo la guerra in Ucraina, la riforma dei trattati europei e il rallentamento dell'industria tedesca.\n"
    )
    sents = sentences_of(text, "it")
    chosen = summarise(text, sents, "it", None, replace(DEFAULT, sentences=3))
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert picked and not any(p.count("“") != p.count("”") for p in picked)


def test_a_dialogue_line_whose_speaker_comes_later_is_not_a_summary_line() -> None:
    text = (
        "Polska i Litwa mają wspólnie kupować amunicję, ustalili w czwartek prezydenci obu państw w Warszawie.\n\n"
        "– Litwa i Polska mówią dziś jednym głosem w sprawach bezpieczeństwa regionu. Nikt w Moskwie nie powinien "
        "mieć co do tego wątpliwości – mówił po rozmowach prezydent Litwy.\n\n"
        "Prezydenci rozmawiali także o budowie linii kolejowej Rail Baltica i o połączeniach energetycznych.\n"
    )
    sents = sentences_of(text, "pl")
    chosen = summarise(text, sents, "pl", None, replace(DEFAULT, sentences=3))
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert len(picked) == 3 and not any(p.startswith("–") for p in picked)


def test_a_teaser_question_in_the_lead_is_kept() -> None:
    # News may open on a question and answer it next; that opening is the story's teaser.
    text = (
        "Have rents in Germany really exploded over the past ten years?\n"
        "A new study of housing costs in forty cities finds that they rose far less than claimed.\n"
        "Rents in Berlin and Munich rose fastest, while most smaller towns saw little change.\n"
        "Who pays more than a third of income for housing, however, remains hotly disputed.\n"
        "Tenant groups said the study ignored new contracts, which rose much faster than old ones.\n"
    )
    sents = sentences_of(text, "en")
    assert summarise(text, sents, "en", None, DEFAULT) == (0, 1, 2)


def share_news(file: str, lang: str, n: int) -> float:
    texts = [[r["text"][a:b] for a, b in split(r["text"], lang)] for r in rows(file, n)]
    return sum(looks_like_news(t, lang) for t in texts) / len(texts)


def test_guides_and_reference_text_are_told_from_news() -> None:
    assert share_news("en_cnndm.jsonl", "en", 60) >= 0.95
    assert share_news("en_newsroom.jsonl", "en", 60) >= 0.9
    assert share_news("de_mlsum-dummy.jsonl", "de", 17) >= 0.9
    assert share_news("it_wikilingua-dummy.jsonl", "it", 13) <= 0.1
    assert share_news("de_wikilingua-dummy.jsonl", "de", 15) <= 0.1
    assert share_news("de_klexikon.jsonl", "de", 40) <= 0.35


@pytest.mark.parametrize(
    ("lang", "opening", "kind"),
    [
        ("en", "The tuba (from Latin for tube) is the lowest of all brass instruments. It has a wide bore.", REFERENCE),
        ("it", "Il Tevere è il terzo fiume italiano per lunghezza. Nasce dal monte Fumaiolo.", REFERENCE),
        ("fr", "Le Rhône est un fleuve d'Europe qui prend sa source en Suisse. Il se jette dans la mer.", REFERENCE),
        ("en", "Boris Johnson is a former prime minister, his spokesman said on Monday. He declined to comment.", NEWS),
        ("de", "Dass die Gespräche wieder beginnen, ist eine gute Nachricht für die Märkte und die Firmen.", NEWS),
    ],
)
def test_a_definitional_opening_marks_reference_text(lang: str, opening: str, kind: str) -> None:
    assert text_kind([opening[a:b] for a, b in split(opening, lang)], lang) == kind


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("it", "Mescola la farina con lo zucchero. Versa il latte a poco a poco. Assicurati che non ci siano grumi."),
        ("es", "Mezcla la harina con el azúcar. Colócalo en un molde engrasado. Hornea durante veinte minutos."),
        ("pl", "Wymieszaj mąkę z cukrem. Dodaj powoli mleko i jajka. Odstaw ciasto na godzinę w chłodne miejsce."),
        ("de", "Mische das Mehl mit dem Zucker. Gieße langsam die Milch dazu. Lass den Teig eine Stunde ruhen."),
        ("fr", "Mélangez la farine et le sucre. Versez le lait doucement. Laissez reposer la pâte une heure."),
        ("en", "Mix the flour with the sugar. Pour in the milk slowly. Let the dough rest for an hour or so."),
    ],
)
def test_imperative_steps_mark_a_guide(lang: str, steps: str) -> None:
    assert text_kind([steps[a:b] for a, b in split(steps, lang)], lang) == GUIDE


def test_central_method_beats_sumy_on_reference_text() -> None:
    # Klexikon: Wikipedia articles against children's-lexicon references; the best sumy method
    # (TextRank) scores about 21 ROUGE-1 over all 247; ours picks long, central sentences.
    # The 30 shortest articles keep the test fast.
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1"], tokenizer=_Stems("de"))
    ours = theirs = 0.0
    for r in sorted(rows("de_klexikon.jsonl", 247), key=lambda r: len(r["text"]))[:30]:
        sents = sentences_of(r["text"], "de")
        for method in ("auto", "textrank"):
            chosen = summarise(r["text"], sents, "de", r.get("title"), replace(DEFAULT, method=method))
            pred = "\n".join(r["text"][sents[i].start : sents[i].end] for i in chosen)
            f = scorer.score(r["summary"], pred)["rouge1"].fmeasure
            ours, theirs = (ours + f, theirs) if method == "auto" else (ours, theirs + f)
    assert ours > theirs


class _Stems:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def tokenize(self, text: str) -> list[str]:
        return stems(text, self.lang)


def test_long_article_gets_a_summary_of_its_own_sentences() -> None:
    # 2,000 sentences: bench/scaling.py times each method's growth (nothing may go quadratic uncapped).
    para = " ".join(f"Sentence {k} tells of trade number {k % 37} and partner {k % 11} in detail." for k in range(2000))
    sents = sentences_of(para, "en")
    assert len(sents) == 2000
    for method in ("news", "central", "lexrank", "kl"):
        chosen = summarise(para, sents, "en", None, replace(DEFAULT, method=method))
        # Near-identical sentences: redundancy removal may keep fewer than three.
        assert 1 <= len(chosen) <= 3 and list(chosen) == sorted(set(chosen)) and all(0 <= i < 2000 for i in chosen), method


def test_translation_credit_never_sums_up_an_article() -> None:
    # A republished translation opens on its credit line; it tells the reader nothing of the news.
    text = ("Este artículo es una traducción del original publicado en rumano por un diario asociado. "
            "El presidente moldavo recibió el jueves en Chisináu al canciller austriaco para hablar de energía. "
            "Ambos gobiernos firmaron un acuerdo sobre la interconexión eléctrica con un coste de 300 millones. "
            "La oposición criticó la falta de detalles sobre la financiación del proyecto.")
    sents = sentences_of(text, "es")
    chosen = summarise(text, sents, "es", None, DEFAULT)
    assert chosen and not any(text[sents[i].start : sents[i].end].startswith("Este artículo") for i in chosen)


def test_visit_digest_skips_translations_and_credits_articles() -> None:
    it, de = article("000_ed581dd32eb4ea3f.txt"), article("001_80ddbc14454ec503.txt", duplicate_of="000")
    pl, it2 = article("002_46e87f747333d7d1.txt"), article("004_01d6a2d3abb36165.txt")
    lines = visit_summary([it, de, pl, it2], DEFAULT, ["it"])
    assert 1 <= len(lines) <= DEFAULT.visit_sentences
    by_id = {a.id: a for a in (it, de, pl, it2)}
    assert "001" not in {ln.article for ln in lines}
    for ln in lines:
        assert " ".join(by_id[ln.article].text[ln.start : ln.end].split()) == ln.text
    assert by_id[lines[0].article].lang == "it"


def test_visit_digest_compares_names_without_their_elided_articles() -> None:
    # "dell'Uzbekistan" names the country as "Uzbekistan" does; a possessive stays one word.
    assert _keys("Il presidente dell'Uzbekistan ha parlato.") == _keys("Il presidente Uzbekistan ha parlato.")
    assert _visit_terms("l'accordo sull’uranio") == _visit_terms("accordo uranio")
    assert _keys("Talks with Putin's team.") == _keys("Talks with Putin team.")


def test_visit_digest_compares_short_names_without_their_case_endings() -> None:
    # A short name's case ending falls inside the first letters compared: Rimu (hr) and Ríme (sk) are
    # one city, as are Oslo and Osla; a longer name keeps its first letters, and a short word is kept.
    assert _keys("Ministri su se sastali u Rimu.") == _keys("Ministri sa stretli v Ríme.") != frozenset()
    assert _keys("Prezident přiletěl do Osla.") == _keys("Presidenten kom til Oslo.")
    assert _keys("Talks in Berlin.") == _keys("Man traf sich in Berlin.") == {"berl"}
    assert _keys("Talks with the EU.") == frozenset()


def test_headline_terms_are_read_without_elided_articles() -> None:
    # Title similarity compares these with a sentence's terms: "dell'accordo" must meet "accordo".
    assert _content_terms("L'accordo sull’uranio", "it") == _content_terms("accordo uranio", "it") != frozenset()
    assert _content_terms("dell'altro", "it") == frozenset()


def test_visit_digest_never_carries_a_sentence_and_its_translation() -> None:
    # Unmarked translations: shared names and figures must still keep one of each pair.
    it, de = article("000_ed581dd32eb4ea3f.txt"), article("001_80ddbc14454ec503.txt")
    lines = visit_summary([it, de], replace(DEFAULT, visit_sentences=6), ["de", "it"])
    texts = {ln.text for ln in lines}
    pairs = zip(it.summary, de.summary)
    assert not any(a in texts and b in texts for a, b in pairs)
    assert lines[0].article == de.id


def made(id_: str, text: str, lang: str, chosen: tuple[int, ...]) -> Article:
    """An article whose summary is the given sentences of `text`, split by our splitter."""
    sents = tuple(sentences_of(text, lang))
    return Article(id=id_, path=id_, text=text, analysis=Analysis(lang, None, None, None, (), sents, chosen), lang=lang)


def test_visit_digest_keeps_a_line_that_needs_the_one_before_behind_it_or_leaves_it_out() -> None:
    # A teaser fragment never opens a digest line, and the sentence summing it up ("These were the
    # topics") points at nothing without it; a bare quotation follows the line naming its speaker.
    a = made("a", "Gas, migrants, Gaza. These were the topics of the talks between Rossi and Bianchi in Rome on Tuesday. "
             "The two leaders signed nine agreements on energy and training in Rome.", "en", (0, 1, 2))
    b = made("b", '"This is a great deal for both of our countries," Rossi told reporters in Rome after the talks. '
             '"We have a lot of trade together, and it is going to grow much more." '
             "Bianchi said the agreements would create thousands of jobs.", "en", (0, 1, 2))
    lines = visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["en"])
    texts = [ln.text for ln in lines]
    assert not any(t.startswith(("Gas,", "These were")) for t in texts)
    bare = '"We have a lot of trade together, and it is going to grow much more."'
    assert bare in texts and texts[texts.index(bare) - 1].endswith("after the talks.")
    # Alone, the bare quotation has no line to follow and is left out.
    assert bare not in [ln.text for ln in visit_summary([made("c", b.text, "en", (1, 2))], DEFAULT, ["en"])]


def test_a_line_naming_only_the_teller_of_the_one_before_follows_it_in_the_visit_digest() -> None:
    # "Об этом заявил X" tells who said the sentence before it: after another source's line it would
    # credit X with that line's words.
    a = made("a", "Товарооборот России и Казахстана в 2025 году составил 28 млрд долларов. Об этом заявил председатель "
             "Госдумы Иван Петров на заседании межпарламентской комиссии в Москве.", "ru", (1,))
    b = made("b", "Межпарламентская комиссия России и Казахстана прошла во вторник в Москве и завершилась ростом.",
             "ru", (0,))
    texts = [ln.text for ln in visit_summary([a, b], DEFAULT, ["ru"])]
    assert texts and not any(t.startswith("Об этом") for t in texts)


def test_a_line_whose_object_is_a_pronoun_for_someone_named_before_needs_that_line() -> None:
    # "welcomed him": the guest is named in the sentence before; alone, the line points at nobody.
    text = ("Prime Minister Rossi of Italy is paying a state visit to Ruritania this week. "
            "President Bianchi officially welcomed him at the State Palace today. "
            "During the talks, President Bianchi said that trade between the two countries had doubled.")
    texts = [ln.text for ln in visit_summary([made("a", text, "en", (1, 2))], DEFAULT, ["en"])]
    assert texts and not any("welcomed him" in t for t in texts)
    texts = [ln.text for ln in visit_summary([made("a", text, "en", (0, 1, 2))], DEFAULT, ["en"])]
    assert "welcomed him" not in texts[0]
    # After a speech verb the pronoun is mostly the teller's own, and the line stands alone.
    told = "President Bianchi said that the visitors had given him a warm letter from the King of Ruritania."
    assert [ln.text for ln in visit_summary([made("b", told, "en", (0,))], DEFAULT, ["en"])] == [told]


def test_visit_digest_tells_the_reception_once_across_sources() -> None:
    # Each source opens on the guest being received; the digest keeps one and moves on to news.
    a = made("a", "Le président kazakh a été reçu mardi par le chef de l'État à Paris. "
             "Les deux dirigeants ont signé une vingtaine d'accords sur l'uranium et les minerais critiques. "
             "Le commerce bilatéral a atteint 4,8 milliards d'euros l'an dernier.", "fr", (0, 1, 2))
    b = made("b", "Le chef de l'État kazakh était accueilli mardi à l'Élysée pour une visite d'État de deux jours. "
             "La France importe près de 40 % de son uranium du Kazakhstan, selon l'Élysée. "
             "Un dîner d'État était prévu dans la soirée au palais présidentiel.", "fr", (0, 1, 2))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["fr"])]
    assert sum(t.startswith(("Le président kazakh a été reçu", "Le chef de l'État kazakh")) for t in texts) == 1
    assert any("uranium" in t for t in texts) and len(texts) >= 4
    # One source's own summary may still tell its arrival in two steps.
    c = made("c", "The president arrived in Berlin on Sunday for a state visit. "
             "He was received by the chancellor and the federal president at the chancellery.", "en", (0, 1))
    assert len(visit_summary([c], DEFAULT, ["en"])) == 2


def test_visit_digest_reads_who_awaited_the_guest_as_the_reception() -> None:
    # "Ad attenderla ... Meloni" and "Meloni ha accolto ..." tell one reception from two sources.
    a = made("a", "Ad attenderla nel cortile c'era la premier, che l'ha definita un'amica dell'Italia. "
             "Sul tavolo la difesa e il commercio, che ha raggiunto 17 miliardi di euro.", "it", (0, 1))
    b = made("b", "Giorgia Meloni ha accolto oggi con gli onori militari la prima ministra giapponese. "
             "Le due delegazioni hanno firmato tre accordi sulla ricerca spaziale e sull'energia.", "it", (0, 1))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["it"])]
    assert sum(t.startswith(("Ad attenderla", "Giorgia Meloni ha accolto")) for t in texts) == 1


def test_visit_digest_tells_the_reception_from_the_source_naming_the_people() -> None:
    # Both sources open on the reception; the vaguer one shares a larger part of its few words with
    # the other, but the digest tells the one naming host and guest.
    def named(id_: str, text: str, people: tuple[str, ...]) -> Article:
        a = made(id_, text, "de", (0, 1))
        return replace(a, analysis=replace(a.analysis, people=people))

    a = named("a", "Der nigerianische Präsident wird in Berlin mit allen Ehren empfangen. "
               "Deutschland will Gas, Nigeria will vor allem Investitionen aus Europa.", ("Bola Tinubu",))
    b = named("b", "Mit militärischen Ehren hat Bundespräsident Frank-Walter Steinmeier am Donnerstag den "
               "nigerianischen Präsidenten Bola Tinubu empfangen. Am Nachmittag sprach Tinubu mit Kanzler "
               "Friedrich Merz zwei Stunden lang über Energie und Migration.",
               ("Frank-Walter Steinmeier", "Bola Tinubu", "Friedrich Merz"))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["de"])]
    assert texts[0].startswith("Mit militärischen Ehren hat Bundespräsident Frank-Walter Steinmeier")
    assert not any(t.startswith("Der nigerianische Präsident wird") for t in texts)


def test_visit_digest_leaves_out_a_short_teaser() -> None:
    # An article's own summary keeps its teaser; among other sources' lines it tells nothing.
    a = made("a", "Prima il Quirinale, poi Palazzo Chigi. "
             "Il presidente keniano ha firmato con il governo tre accordi sull'energia geotermica e sulla formazione.", "it", (0, 1))
    b = made("b", "Al centro dei colloqui la cooperazione energetica, la sicurezza nel Corno d'Africa e i flussi migratori.",
             "it", (0,))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["it"])]
    assert "Prima il Quirinale, poi Palazzo Chigi." not in texts and len(texts) == 2


def test_visit_digest_gives_a_statement_two_sources_quote_once() -> None:
    a = made("a", '"The deal is done," Starmer said at Raj Bhavan after four hours of talks with Modi on tariffs, '
             'visas and defence procurement, "and now the work begins of making sure every business can use it." '
             "Bilateral trade stood at 44 billion pounds last year, official figures show.", "en", (0, 1))
    b = made("b", "‘The deal is done, and now the work begins,’ the prime minister told reporters afterwards. "
             "The two governments also agreed a new route for students and researchers.", "en", (0, 1))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["en"])]
    assert sum("The deal is done" in t for t in texts) == 1 and len(texts) == 3


def test_visit_digest_keeps_two_languages_lines_that_share_only_one_person() -> None:
    # A full name is one shared thing: the guest named in full on both sides does not make an
    # Italian line about the talks and a Polish line about the arrival say the same thing.
    a = made("a", "Secondo Kassym-Jomart Tokayev, i colloqui con Vladimir Putin sono stati i più importanti degli ultimi anni. "
             "Le due delegazioni hanno firmato accordi sull'energia.", "it", (0,))
    b = made("b", "Z dwudniową wizytą do Rosji przyjechał szef Kazachstanu Kassym-Jomart Tokayev. "
             "Wizyta potrwa do piątku.", "pl", (0,))
    assert len(visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["it", "pl"])) == 2


def test_visit_digest_line_after_a_dateline_stands_alone() -> None:
    # "Wien." is a dateline, not a teaser the next sentence sums up: the lead keeps its place.
    a = made("a", "Wien. Mit militärischen Ehren ist am Mittwoch der slowenische Ministerpräsident in Wien empfangen worden. "
             "Beide Regierungen unterzeichneten eine gemeinsame Erklärung über eine neue Bahnverbindung.", "de", (1, 2))
    texts = [ln.text for ln in visit_summary([a], DEFAULT, ["de"])]
    assert texts[0].startswith("Mit militärischen Ehren") and len(texts) == 2



def test_visit_digest_is_never_empty_when_every_line_leans_on_the_one_before() -> None:
    # A short line over the lead ("Photos: Desk Team.") reads as a teaser the lead sums up, and the line
    # after the lead opens with "He": every line leans, yet the digest tells the visit from the lead.
    a = made("a", "Photos: Desk Team. The Finnish president Aino Koivu visited Oslo on Monday and met the Norwegian "
             "prime minister Lars Dahl at his office. He also spoke of fisheries, energy and the Arctic with Dahl.",
             "en", (1, 2))
    texts = [ln.text for ln in visit_summary([a], DEFAULT, ["en"])]
    assert texts and texts[0].startswith("The Finnish president Aino Koivu") and texts[-1].startswith("He also")


def test_the_two_leaders_lean_on_the_sentence_naming_them() -> None:
    # "The two presidents" names nobody: in any language it needs the sentence before it. A Turkish
    # capital İ and a phrase with an elision ("chefs d'État") are read word by word like the text.
    assert _leans_back("The two leaders then signed nine agreements on energy.", "en")
    assert _leans_back("A két elnök ezután kilenc megállapodást írt alá.", "hu")
    assert _leans_back("İki lider daha sonra dokuz anlaşma imzaladı.", "tr")
    assert _leans_back("Les deux chefs d'État ont ensuite signé neuf accords.", "fr")
    assert _leans_back("Le chef de l'État a ensuite signé neuf accords.", "fr")
    assert _leans_back("Obaj przywódcy podpisali następnie dziewięć umów.", "pl")
    assert not _leans_back("Two ministers from Lagos joined the talks on Friday.", "en")
    assert not _leans_back("Iki Lake is a small lake in the north of the country.", "en")


@pytest.mark.parametrize(("lang", "sentence", "leans"), [
    # "About this said X", "It was said by X": the statement is the sentence before, only its teller here.
    ("ru", "Об этом заявил министр финансов Иван Петров на заседании правительства в Москве.", True),
    ("uk", "Про це заявив міністр фінансів Іван Петренко на засіданні уряду.", True),
    ("it", "Lo ha detto il ministro dell'Economia Marco Rossi a margine del vertice di Roma.", True),
    ("it", "L'ha detto il ministro Marco Rossi a Roma.", True),
    ("it", "Lo stato ha pagato due miliardi di euro alle regioni.", False),
    ("de", "Das sagte die Ministerin Anna Weber am Montag in Berlin.", True),
    ("de", "Das Treffen dauerte am Montag drei Stunden.", False),
    ("fr", "C'est ce qu'a déclaré le ministre Jean Martin lundi à Paris.", True),
    ("es", "Así lo afirmó el ministro Juan Pérez en Madrid.", True),
    # Verb-second: a place or time phrase of one or two words, the passive's verb, then the pronoun subject
    # ("In Bergen he was received …"): the person is in the sentence before.
    ("nl", "In Gent werd hij ontvangen door de burgemeester.", True),
    ("nl", "Daarna werd ze naar het stadhuis gebracht.", True),
    ("no", "I Bergen ble han tatt imot av ordføreren.", True),
    ("da", "I Aarhus blev hun modtaget af borgmesteren.", True),
    ("sv", "I Malmö blev han mottagen av kommunalrådet.", True),
    # A named subject after the verb is no pronoun.
    ("nl", "In Gent werd burgemeester Jan Peeters ontvangen.", False),
    ("no", "I Bergen ble ordfører Kari Lund gjenvalgt.", False),
])
def test_a_pronoun_subject_after_a_fronted_phrase_and_a_passive_verb_leans_back(lang: str, sentence: str,
                                                                                   leans: bool) -> None:
    assert _leans_back(sentence, lang) is leans


@pytest.mark.parametrize(("lang", "sentence", "leans"), [
    # An infinitive carrying the guest as its object pronoun points to the sentence naming the guest.
    ("it", "Ad attenderla, davanti al municipio, c'era il sindaco Luca Bassi con la banda.", True),
    ("it", "Per riceverlo il re ha lasciato la residenza estiva.", True),
    ("es", "Para recibirla, el rey bajó hasta la escalinata del palacio.", True),
    ("pt", "Para recebê-la, o primeiro-ministro foi até à pista.", True),
    ("fr", "Pour la recevoir, le maire avait fait pavoiser la place.", True),
    ("de", "Um sie zu begrüßen, kam der Bürgermeister vor das Rathaus.", True),
    ("en", "To welcome her, the mayor had the square decked with flags.", True),
    # A name of the same ending, or another word after the preposition, is no pronoun.
    ("it", "Per Carlo Bassi la visita è stata un successo.", False),
    ("es", "Para Carlos Ruiz la visita fue un éxito.", False),
    ("en", "To date, the two sides have signed nine agreements.", False),
])
def test_an_infinitive_carrying_its_object_pronoun_leans_back(lang: str, sentence: str, leans: bool) -> None:
    assert _leans_back(sentence, lang) is leans


@pytest.mark.parametrize(("lang", "sentence", "leans"), [
    # "According to him" after the first word or two, or a verb-second sentence whose subject is a
    # pronoun after its verb: the person is named in the sentence before, which a digest line lacks.
    ("sk", "Vláda sa podľa neho vráti k rokovaniam o rozpočte v septembri.", True),
    ("sk", "Podľa nej bude dohoda podpísaná ešte tento rok.", True),
    ("sl", "Po njegovih besedah bo vlada zakon sprejela do poletja.", True),
    ("sl", "Sodelovanje je po njenih besedah že prineslo prve rezultate.", True),
    ("sv", "Med sig har hon tre statssekreterare och tjugo företagsledare.", True),
    ("sv", "Sedan sade han att avtalet är klart.", True),
    ("nl", "Volgens hem zal het akkoord volgend jaar in werking treden.", True),
    ("nl", "Vandaag zei hij dat het akkoord klaar is.", True),
    ("de", "Ihm zufolge soll das Abkommen im Herbst unterzeichnet werden.", True),
    ("en", "According to her, the deal will be signed in the autumn.", True),
    # A pronoun after an opening adverbial, or a verb whose subject is dropped, names nobody either.
    ("ru", "Утром он посетил завод в пригороде столицы.", True),
    ("ru", "Позже в Минске она встретилась с министрами.", True),
    ("lv", "Tallinā viņu sagaidīja ārlietu ministrs.", True),
    ("lv", "Tajā piedalījās arī trīs valstu ministri.", True),
    ("pl", "Spotkał się także z marszałkiem Senatu.", True),
    ("cs", "Setkal se rovněž s předsedou Senátu.", True),
    ("sl", "Sestal se je tudi s predsednikom parlamenta.", True),
    ("hr", "Sastao se i s predsjednikom Sabora.", True),
    # "According to him" in other languages, at the start or after a word or two.
    ("it", "La firma, secondo lui, arriverà entro l'estate.", True),
    ("fr", "Selon elle, les travaux commenceront en mai.", True),
    ("ru", "По его словам, работы начнутся в мае.", True),
    ("de", "Seiner Ansicht nach beginnen die Arbeiten im Mai.", True),
    ("es", "Las obras, según él, empezarán en mayo.", True),
    ("hu", "Szerinte a munkálatok májusban kezdődnek.", True),
    ("ro", "Potrivit lui Ionescu, lucrările încep în mai.", False),
    ("it", "Secondo il ministro la firma arriverà entro l'estate.", False),
    ("ru", "Премьер сказал, что он доволен переговорами.", False),
    ("pl", "Premier spotkał się z marszałkiem Senatu.", False),
    ("lv", "Tallinā ministru sagaidīja viņa kolēģis.", False),
    # A name where the pronoun would be, or the pronoun further on, points nowhere back.
    ("sk", "Vláda sa podľa ministra vráti k rokovaniam o rozpočte.", False),
    # "According to him" after a subject of two words ("Rakouská vláda podle něj …").
    ("cs", "Rakouská vláda podle něj tento plán schválí.", True),
    ("pl", "Węgierski rząd według niego poprze ten plan.", True),
    ("sv", "Med sig har Lindberg tre statssekreterare.", False),
    ("nl", "Vandaag zei Peeters dat het akkoord klaar is.", False),
])
def test_according_to_him_and_a_pronoun_subject_after_the_verb_lean_back(lang: str, sentence: str, leans: bool) -> None:
    assert _leans_back(sentence, lang) is leans


def test_visit_digest_opens_on_the_line_naming_who_visits_whom() -> None:
    # Each source opens on a detail; one names guest and host in its second sentence. The digest
    # opens on that one, not on whichever source's first sentence ranks highest.
    def named(id_: str, text: str, lang: str, people: tuple[str, ...]) -> Article:
        a = made(id_, text, lang, (0, 1, 2))
        return replace(a, analysis=replace(a.analysis, people=people))

    a = named("a", "Energia e comércio dominaram uma visita longamente adiada a Lisboa. "
              "Os dois presidentes assinaram depois sete acordos sobre energia e portos. "
              "O comércio bilateral chegou a 900 milhões de euros no ano passado.", "pt",
              ("Aurelio Brandt", "Kofi Mensah"))
    b = named("b", "Die Hafenstadt hofft auf neue Aufträge für ihre Werften und Terminals. "
              "Präsident Kofi Mensah ist am Dienstag in Lissabon von Präsident Aurelio Brandt empfangen worden. "
              "Beide Seiten wollen bis 2030 eine direkte Fährverbindung einrichten.", "de",
              ("Kofi Mensah", "Aurelio Brandt"))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ())]
    assert texts[0].startswith("Präsident Kofi Mensah ist am Dienstag in Lissabon")
    # "Both sides" follows the line naming them, "the two presidents" the line before it in its source.
    for lean, before in (("Beide Seiten", "Präsident Kofi"), ("Os dois presidentes", "Energia e comércio")):
        at = [k for k, t in enumerate(texts) if t.startswith(lean)]
        assert not at or texts[at[0] - 1].startswith(before)
    # A preferred language still comes first, even naming less.
    lines = visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ["pt"])
    assert lines[0].article == "a"



def test_visit_digest_names_match_across_doubled_letters_and_y_for_i() -> None:
    # One transcription keeps a doubled letter or a y that another writes single or as i: the names
    # two sources share must still be one key each (Rossetti ~ Rosetija, Egypt ~ Egiptu).
    from digest.summaries import _fold

    assert _fold("Rossetti")[:4] == _fold("Росетија")[:4]
    assert _keys("Ministers met in Egypt with Rossetti.") == _keys("Ministri su se u Egiptu sastali s Rosetijem.")


def test_visit_digest_tells_a_meeting_once_across_languages_and_scripts() -> None:
    # Greek and Ukrainian sources each open on the meeting, naming both leaders in their own script
    # and share no figure: one line naming the same two leading people is enough.
    from digest.summaries import _fold

    assert _fold("Дракопулос")[:4] == _fold("Δρακόπουλος")[:4] == "drak"
    assert _fold("Нікос") == _fold("Νίκος") == "nikos"

    def named(id_: str, text: str, lang: str, people: tuple[str, ...]) -> Article:
        a = made(id_, text, lang, (0, 1))
        return replace(a, analysis=replace(a.analysis, people=people))

    a = named("a", "Ο πρωθυπουργός Νίκος Δρακόπουλος υποδέχθηκε σήμερα την πρόεδρο Όλενα Κοστένκο για συνομιλίες. "
              "Το διμερές εμπόριο έφτασε τα 800 εκατομμύρια ευρώ πέρυσι, σύμφωνα με το υπουργείο.", "el",
              ("Νίκος Δρακόπουλος", "Όλενα Κοστένκο"))
    b = named("b", "Президентка Олена Костенко провела в Афінах переговори з прем'єр-міністром Нікосом Дракопулосом. "
              "Україна також планує відкрити нову поромну лінію до Пірея у 2027 році.", "uk",
              ("Олена Костенко", "Нікос Дракопулос"))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ())]
    assert sum(t.startswith(("Ο πρωθυπουργός", "Президентка")) for t in texts) == 1 and len(texts) == 3
    # Family name first in one language, last in the other: the lines share one name as keys read
    # them, but name the same two leading people.
    c = named("c", "Premierul Radu Mirea s-a întâlnit joi la Budapesta cu premierul ungar Ádám Kovács, la palatul Sándor. "
              "Un acord privind un nou pod peste Mureș va fi semnat până în 2028, au anunțat guvernele.", "ro",
              ("Radu Mirea", "Ádám Kovács"))
    d = named("d", "Budapestre látogatott csütörtökön Radu Mirea román miniszterelnök, aki Kovács Ádámmal tárgyalt. "
              "Magyarország 40 millió eurót ad egy közös kórház felépítésére a határ mentén.", "hu",
              ("Radu Mirea", "Kovács Ádám"))
    texts = [ln.text for ln in visit_summary([c, d], replace(DEFAULT, visit_sentences=5), ())]
    assert sum(t.startswith(("Premierul Radu Mirea", "Budapestre")) for t in texts) == 1 and len(texts) == 3


WARM_VISIT = """
import re, sys
from pathlib import Path
from digest.config import SummarySettings
from digest.model import Analysis, Article, Sentence
from digest.summaries import visit_summary

arts = []
for k, name in enumerate(sys.argv[1:]):
    text = Path(name).read_text("utf-8")
    sents = tuple(Sentence(m.start(), m.end(), 0) for m in re.finditer(r"[^.!?\\n]+[.!?]", text))
    analysis = Analysis("it", None, None, None, (), sents, (0, 1, 2))
    arts.append(Article(id=str(k), path=name, text=text, analysis=analysis, lang=("it", "de")[k]))
assert visit_summary(arts, SummarySettings(), ["it"])
print(sorted(m for m in sys.modules if m.split(".")[0] in ("nltk", "sumy", "numpy")))
"""


def test_visit_digest_loads_no_nlp_library() -> None:
    # The warm `digest print` path builds the digest from cached analyses: no stemmer, no sumy.
    import subprocess
    import sys

    seeds = [str(SHARED / "seeds" / n) for n in ("000_ed581dd32eb4ea3f.txt", "001_80ddbc14454ec503.txt")]
    out = subprocess.run(
        [sys.executable, "-c", WARM_VISIT, *seeds], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "ending", "asks"),
    [
        ("Was sagt er dazu?«", "?«", True),
        ("¿Qué pasa? dijo él.", ".", False),
        ("Die Zahlen:", ":", False),
        ("He left at 10 a.m.", ".", False),
        ("Ende_", "", False),
        ("?!", "?!", True),
    ],
)
def test_ending_reads_the_marks_after_the_last_word(text: str, ending: str, asks: bool) -> None:
    assert _ending(text) == ending
    assert _asks(_ending(text)) is asks


def test_shared_terms_counts_each_pair_of_sets() -> None:
    sets = [frozenset("abc"), frozenset("bcd"), frozenset(), frozenset("a"), frozenset("cdxy")]
    shared = _shared_terms(sets)
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            assert shared[i, j] == (len(a & b) if i != j else 0), (i, j)


def test_shared_terms_of_many_alike_sets() -> None:
    # 400 sets of the same 10 terms and one of their own: over a million pairs, counted in chunks.
    sets = [frozenset({*"abcdefghij", f"own{k}"}) for k in range(400)]
    shared = _shared_terms(sets)
    assert shared.sum() == 10 * 400 * 399 and shared.diagonal().sum() == 0


def _greedy_mmr(doc: _Doc, scores: list[float], settings: SummarySettings) -> tuple[int, ...]:
    """MMR read plainly: every candidate's gain every round, every similarity folded in at once."""
    pool = sorted((i for i in range(len(scores)) if doc.weight[i] > 0), key=lambda i: -scores[i])
    want = _wanted(len(doc.texts), settings)
    pool = pool[: MMR_POOL + want]
    top = max(scores[i] for i in pool) or 1.0
    nearest = dict.fromkeys(pool, 0.0)
    chosen: list[int] = []
    used = 0
    while nearest and len(chosen) < want:
        def gain(i: int) -> float:
            dangling = ANAPHORIC if _leans_back(doc.texts[i], doc.lang) and i - 1 not in chosen else 1.0
            return scores[i] * dangling / top - REDUNDANCY_WEIGHT * nearest[i]

        best = max(nearest, key=gain)
        if nearest.pop(best) >= SAME_THING or (
            settings.words is not None and chosen and used + doc.words[best] > settings.words
        ):
            continue
        chosen.append(best)
        used += doc.words[best]
        for i in nearest:
            nearest[i] = max(nearest[i], _cosine(doc.terms[i], doc.terms[best]))
    return tuple(sorted(chosen))


def test_mmr_reading_the_best_candidates_first_chooses_as_plain_mmr() -> None:
    # Few terms and coarse scores make near-duplicates, ties and sentences leaning on the one before.
    rng = random.Random(7)
    openers = ["He said", "But the", "The report", "Officials", "It was"]
    for _ in range(300):
        n = rng.randint(1, 60)
        terms = tuple(frozenset(rng.sample("abcdefghijkl", rng.randint(0, 5))) for _ in range(n))
        texts = tuple(f"{rng.choice(openers)} {' '.join(sorted(t))}." for t in terms)
        words = tuple(rng.randint(3, 30) for _ in range(n))
        weight = tuple(rng.choice([0.0, 0.45, 0.8, 1.0, 1.0]) for _ in range(n - 1)) + (1.0,)
        doc = _Doc(texts, tuple(map(list, terms)), terms, words, weight, "en")
        scores = [math.floor(rng.random() * 8) / 8 * w for w in weight]
        for settings in (DEFAULT, replace(DEFAULT, sentences=5), replace(DEFAULT, words=40)):
            assert _select(doc, scores, settings) == _greedy_mmr(doc, scores, settings)


def test_a_short_sentence_announcing_the_next_one_s_quote_is_not_kept_alone() -> None:
    text = ("Trump hosts Tokayev\n\n"
            "President Donald Trump welcomed the president of Kazakhstan to the White House on Tuesday for talks.\n\n"
            "The two leaders signed agreements on minerals, aviation and energy worth billions of dollars.\n\n"
            "The Kazakh leader was more measured. \"We see the United States as a strategic partner in energy "
            "and technology,\" Tokayev said through an interpreter.\n")
    c = clean(text)
    sents = [Sentence(x, y, i) for i, b in enumerate(c.blocks) if b.kind == TEXT
             for x, y in split(text, "en", b.start, b.end)]
    chosen = summarise(text, sents, "en", c.title, SummarySettings(sentences=5))
    assert all("measured" not in text[sents[i].start : sents[i].end] for i in chosen)
    assert any("minerals" in text[sents[i].start : sents[i].end] for i in chosen)


def test_a_dash_quote_with_a_copula_dash_whose_cue_comes_later_is_not_a_summary_line() -> None:
    from digest.quotes import find_quotes

    text = (
        "Президент провел в Кремле переговоры с гостем, прибывшим в Москву с официальным визитом.\n\n"
        "— Казахстан для нас — близкий друг и важный партнер в регионе. Мы видим, как растет товарооборот, "
        "— сказал президент на встрече с журналистами.\n\n"
        "Стороны подписали двенадцать документов о сотрудничестве в энергетике и на транспорте.\n"
    )
    sents = sentences_of(text, "ru")
    found = find_quotes(text, clean(text).blocks, sents, "ru")
    chosen = summarise(text, sents, "ru", None, replace(DEFAULT, sentences=3), found)
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert len(picked) == 3 and not any(p.startswith("—") for p in picked)


def test_a_sentence_picking_up_a_quote_halfway_is_never_chosen() -> None:
    # "– Rumunia to wschodnia flanka NATO. To jest jej pierwsza linia … – powiedział Nawrocki.": the
    # second sentence opens inside the dash quote begun in the first ("jej" points back into it).
    text = ("Prezydent Karol Nawrocki przyjął w środę w Belwederze prezydenta Rumunii Nicușora Dana. "
            "– Rumunia to wschodnia flanka NATO i nasz najbliższy sojusznik na południu. "
            "To jest jej pierwsza linia i musimy ją wspólnie wzmacniać, od Bałtyku po Morze Czarne – "
            "powiedział Nawrocki na wspólnej konferencji prasowej. "
            "Obaj prezydenci podpisali deklarację o współpracy energetycznej i wojskowej na najbliższe lata.")
    from digest.quotes import find_quotes
    from digest.summaries import _fully_quoted

    c = clean(text)
    sents = [Sentence(a, e, k) for k, b in enumerate(c.blocks) if b.kind == TEXT for a, e in split(text, "pl", b.start, b.end)]
    quotes = find_quotes(text, c.blocks, sents, "pl")
    assert any(q.text.startswith("Rumunia to wschodnia flanka") for q in quotes)
    chosen = summarise(text, sents, "pl", None, replace(DEFAULT, sentences=3), quotes=quotes)
    assert not any(text[sents[i].start :].startswith("To jest jej") for i in chosen)
    _, midway = _fully_quoted(sents, quotes)
    assert [text[sents[i].start : sents[i].start + 12] for i in midway] == ["To jest jej "]


def test_the_rest_of_a_dash_quote_is_never_chosen_without_its_opening() -> None:
    # "Vi bygger broar …" opens no reference back, but no mark shows it is the dash quote's second half:
    # alone it would read as the article's own words.
    from digest.quotes import find_quotes

    text = (
        "Statsministern tog emot sin norska kollega i Stockholm på måndagen för samtal om energi.\n\n"
        "– Samarbetet har aldrig varit viktigare än nu. Vi bygger broar mellan våra folk, även när det blåser, "
        "sade statsministern vid presskonferensen.\n\n"
        "De två regeringarna undertecknade ett avtal om elförbindelser över gränsen.\n"
    )
    sents = sentences_of(text, "sv")
    found = find_quotes(text, clean(text).blocks, sents, "sv")
    chosen = summarise(text, sents, "sv", None, replace(DEFAULT, sentences=3), found)
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert not any(p.startswith(("Vi bygger", "–")) for p in picked)


def test_an_article_labelled_with_a_language_read_with_another_s_lists_reads_with_them() -> None:
    from digest.summaries import _leans

    # Bosnian (bs) is read with the Croatian lists: its "Ona je rekla …" points back as a Croatian one does.
    text = "Ona je rekla da je sastanak u Sarajevu bio vrlo koristan za obje zemlje."
    for lang in ("hr", "bs"):
        a = Article(id="a", path="a", text=text, analysis=Analysis(lang, None, None, None, (), (), ()), lang=lang)
        assert _leans(a, 0, text), lang


def test_visit_digest_keeps_a_sources_lines_in_its_order_where_a_later_one_names_someone_it_introduced() -> None:
    # The second line names most of the leaders, but by a surname the first introduces ("Besides Novak"): the
    # source's own order is kept, whichever line ranks higher.
    a = made("a", "Council member Petar Novak took part on Thursday in the lakeside summit hosted by President Ivo Horvat. "
             "Besides Novak, President Mara Kolar and Deputy Prime Minister Luka Babić were in Ohridsko too. "
             "The summit was devoted to energy.", "en", (0, 1))
    a = replace(a, analysis=replace(a.analysis, people=("Petar Novak", "Ivo Horvat", "Mara Kolar", "Luka Babić")))
    b = made("b", "President Mara Kolar spoke of roads and power lines at the lakeside summit. "
             "Deputy Prime Minister Luka Babić asked for faster permits.", "en", (0, 1))
    b = replace(b, analysis=replace(b.analysis, people=("Mara Kolar", "Luka Babić")))
    texts = [ln.text for ln in visit_summary([a, b], replace(DEFAULT, visit_sentences=5), ())]
    assert texts.index(next(t for t in texts if t.startswith("Council member"))) < texts.index(
        next(t for t in texts if t.startswith("Besides Novak")))


def test_a_line_telling_its_teller_by_an_inserted_verb_alone_leans_on_the_one_before() -> None:
    from digest.summaries import _leans

    # "Spain, he recalled, …", "Espanya, va recordar, …": who recalled is named before; a named teller is not.
    for text, lang, leans in (("Spain, he recalled, has been a member since 1986.", "en", True),
                              ("Espanya, va recordar, és membre des del 1986.", "ca", True),
                              ("Spain, Ortega recalled, has been a member since 1986.", "en", False),
                              ("Spain, a member since 1986, backs the plan.", "en", False)):
        a = Article(id="a", path="a", text=text, analysis=Analysis(lang, None, None, None, (), (), ()), lang=lang)
        assert _leans(a, 0, text) is leans, text


def test_a_sentence_all_quotation_whose_speaker_another_names_is_no_summary_line() -> None:
    from digest.quotes import find_quotes

    # The second quotation's speaker is named in the sentence before it: alone, it is a voice with no one's name.
    text = (
        "Ministra Ana Ruiz recibió el lunes en Lima a su par chileno para conversar sobre comercio y puertos.\n\n"
        "\"Chile es nuestro socio más cercano en el Pacífico\", afirmó Ruiz ante la prensa. "
        "\"No vinimos a pedir favores, vinimos a cerrar acuerdos concretos.\"\n\n"
        "Los dos ministros firmaron tres acuerdos sobre puertos, minería y pesca por varios millones.\n"
    )
    sents = sentences_of(text, "es")
    found = find_quotes(text, clean(text).blocks, sents, "es")
    assert any(q.text.startswith("No vinimos") and q.kind == "speech" for q in found)
    chosen = summarise(text, sents, "es", None, replace(DEFAULT, sentences=3), found)
    picked = [text[sents[i].start : sents[i].end] for i in chosen]
    assert len(picked) == 3 and not any(p.startswith("\"No vinimos") for p in picked)


@pytest.mark.parametrize("lang, text", [
    ("en", "The prime minister met the French president in Paris on Monday for talks on energy and transport. "
           "This was reported by the government's press office. "
           "The two sides agreed to open a new rail link between the capitals by the end of next year."),
    ("ru", "Премьер-министр в понедельник встретился в Париже с президентом Франции для переговоров. "
           "Об этом сообщает пресс-служба правительства. "
           "Стороны договорились открыть новое железнодорожное сообщение между столицами до конца следующего года."),
    ("hy", "Վարչապետը երկուշաբթի Փարիզում հանդիպել է Ֆրանսիայի նախագահի հետ էներգետիկայի շուրջ բանակցությունների։ "
           "Այս մասին հաղորդում է կառավարության մամուլի ծառայությունը։ "
           "Կողմերը պայմանավորվել են մինչև հաջորդ տարվա վերջ բացել նոր երկաթուղային կապ երկու մայրաքաղաքների միջև։"),
])
def test_a_line_naming_only_the_source_of_the_one_before_is_no_summary_line(lang: str, text: str) -> None:
    # "This was reported by the press office" leans on the line before, which is chosen: still it tells nothing.
    from digest.pipeline import _armenian_punctuation

    text = _armenian_punctuation(text)  # as the pipeline reads an Armenian text (։ a full stop)
    sents = sentences_of(text, lang)
    assert len(sents) == 3
    chosen = summarise(text, sents, lang, None, replace(DEFAULT, sentences=3))
    assert 1 not in chosen and {0, 2} <= set(chosen)


def _summary_of(text: str, lang: str, n: int) -> list[str]:
    """The first words of each sentence chosen in an n-sentence summary, quotes found as the pipeline does."""
    from digest.quotes import find_quotes

    c = clean(text)
    sents = [Sentence(a, e, k) for k, b in enumerate(c.blocks) if b.kind == TEXT for a, e in split(text, lang, b.start, b.end)]
    quotes = find_quotes(text, c.blocks, sents, lang)
    chosen = summarise(text, sents, lang, None, replace(DEFAULT, sentences=n), quotes=quotes)
    return [text[sents[i].start : sents[i].start + 14] for i in chosen]


def test_the_second_paragraph_of_a_statement_gives_way_to_a_sentence_standing_alone() -> None:
    # "« Demain, nous réduirons ce délai … »": the second paragraph of a quote points back ("ce délai")
    # into the first, which a summary never shows (a voice without its speaker).
    text = ("Le Premier ministre belge Marc Lenoir a reçu mardi à Bruxelles son homologue portugais.\n\n"
            "« Pendant des années, nos camions ont attendu trois jours à chaque frontière.\n\n"
            "« Demain, nous réduirons ce délai à quelques heures », a ajouté le ministre des Transports, Paul Dumont.\n\n"
            "Les deux gouvernements ont signé un accord sur le transport ferroviaire de marchandises.")
    chosen = _summary_of(text, "fr", 2)
    assert not any(c.startswith("« Demain") for c in chosen)


def test_a_quote_closed_by_a_cue_naming_no_one_gives_way_to_a_sentence_standing_alone() -> None:
    # "«…», afirmou.": who spoke is in the sentence before; alone the line tells no one said it.
    text = ("O Presidente cabo-verdiano, José Lima, recebeu ontem na Praia o primeiro-ministro guineense, com quem discutiu o porto.\n\n"
            "«A Guiné não esperou por ninguém e o porto da Praia já está pronto para os navios guineenses», afirmou.\n\n"
            "Lima falou aos jornalistas depois da reunião no palácio presidencial.\n\n"
            "Os dois governos assinaram um acordo sobre o porto, as pescas e o transporte marítimo.")
    chosen = _summary_of(text, "pt", 2)
    assert not any(c.startswith("«A Guiné") for c in chosen)


def test_an_interviewers_questions_are_no_summary_sentences() -> None:
    # Questions and quoted answers: "Il sindaco ha parlato di 40 treni. … Chi ha ragione?" is the interviewer's
    # question, no news of the article's own; the intro before the questions is.
    text = ("Il ministro dei Trasporti Carlo Bruni traccia un bilancio del viaggio in Kenya e dei nuovi accordi.\n\n"
            "Il sindaco di Nairobi ha parlato di 40 nuovi treni entro il 2028. Lei ha detto 25. Chi ha ragione?\n\n"
            "«Dipende da cosa si conta. Noi contiamo solo i treni già ordinati dalle ferrovie.»\n\n"
            "Il porto di Mombasa è pronto per le navi italiane? Gli armatori sono preoccupati.\n\n"
            "«Lo sarà entro un anno, quando apriranno le nuove banchine per i container.»\n")
    chosen = _summary_of(text, "it", 3)
    assert chosen and all(c.startswith("Il ministro") for c in chosen)


def test_a_transcripts_answers_are_its_summary_not_its_labels_and_questions() -> None:
    # A press conference's transcript is all speech: its labelled answers are its content. Before, every
    # sentence wholly inside an answer counted as a voice without its speaker, and the summary was the greetings
    # under the labels ("PRESIDENT MARTIN: Thank you, Karl.") and a journalist's question.
    text = ("Transcript: Joint press conference by Chancellor Karl Weber and President Anne Martin\n\n"
            "CHANCELLOR WEBER: Good afternoon. Today the two governments signed an agreement on a new rail link "
            "between Vienna and Lyon. It will cost 4 billion euros and open in 2031.\n\n"
            "PRESIDENT MARTIN: Thank you, Karl. France will pay half of the cost of the tunnel sections, and the "
            "European Union will add a grant of 600 million euros.\n\n"
            "Q: Eva Roth, ORF. Chancellor, the opposition says the link is too expensive. What do you say?\n\n"
            "CHANCELLOR WEBER: The opposition is wrong about the price. Every study shows the line pays for itself "
            "within twenty years of opening.\n\n"
            "Q: Paul Girard, AFP. Madame President, when will the works start?\n\n"
            "PRESIDENT MARTIN: The first works start next spring near Lyon, and the Austrian section follows a "
            "year later.\n")
    chosen = _summary_of(text, "en", 3)
    assert chosen and chosen[0].startswith("Today the two")
    assert not any(c.startswith(("CHANCELLOR", "PRESIDENT", "Q:", "Chancellor, th", "Madame")) for c in chosen)


@pytest.mark.parametrize(("lang", "text", "closing"), [
    ("en", "Trade talks in Oslo - live blog\n\n18:00 - That's it\nThe talks have ended. Thank you for following and "
           "we are closing this live blog now.\n\n12:00 - Deal signed\nNorway and Chile signed a trade agreement on "
           "fish and copper in Oslo on Tuesday.\n\n09:00 - Arrival\nThe Chilean trade minister arrived in Oslo for "
           "two days of talks with his Norwegian counterpart.", "Thank you for "),
    ("de", "Handelsgespräche in Oslo – der Liveblog\n\n18:00 Uhr – Das war's\nDie Gespräche sind beendet. Wir danken "
           "für Ihr Interesse und schließen diesen Liveblog.\n\n12:00 Uhr – Abkommen\nNorwegen und Chile haben am "
           "Dienstag in Oslo ein Handelsabkommen über Fisch und Kupfer unterzeichnet.\n\n09:00 Uhr – Ankunft\nDer "
           "chilenische Handelsminister ist zu zweitägigen Gesprächen in Oslo eingetroffen.", "Wir danken für"),
    ("en", "Trade talks in Oslo - live\n\n18:00\nThe talks ended after six hours. Thank you for reading!\n\n12:00\n"
           "Norway and Chile signed a trade agreement on fish and copper in Oslo on Tuesday.\n\n09:00\nThe Chilean "
           "trade minister arrived in Oslo for two days of talks with his Norwegian counterpart.", "Thank you for "),
    ("de", "Handelsgespräche in Oslo – der Liveblog\n\n+++ 18.00 Uhr +++\nDie Gespräche endeten nach sechs Stunden. "
           "Vielen Dank fürs Mitlesen!\n\n+++ 12.00 Uhr +++\nNorwegen und Chile haben am Dienstag in Oslo ein "
           "Handelsabkommen über Fisch und Kupfer unterzeichnet.\n\n+++ 09.00 Uhr +++\nDer chilenische "
           "Handelsminister ist zu zweitägigen Gesprächen in Oslo eingetroffen.", "Vielen Dank"),
])
def test_a_live_blogs_closing_words_to_its_readers_are_no_summary(lang: str, text: str, closing: str) -> None:
    # A live blog runs newest first: its closing entry ("we are closing this live blog") tops the page and
    # speaks to the reader, no news.
    assert not any(c.startswith(closing) for c in _summary_of(text, lang, 3))


def _summary_lines(text: str) -> list[str]:
    from digest.config import Config
    from digest.pipeline import Settings, analyse
    c = Config()
    a = analyse(text, Settings(c.summary, c.limits, c.lang))
    return [text[a.sentences[i].start : a.sentences[i].end] for i in a.summary]


def test_a_quotation_standing_alone_after_its_cued_sibling_is_no_summary_line() -> None:
    # «…», dijo X. «…». : the second quotation's sentence names no speaker (its span stops before «» and the stop).
    text = ("Diario del Sur\n\nRuiz y Gil firman en Lima un acuerdo portuario\n\n"
            "Lima, 3 mar (EFE).- La ministra peruana de Comercio, Ana Ruiz, y su homólogo chileno, Pedro Gil, firmaron "
            "este martes en Lima un acuerdo que prevé una nueva ruta marítima entre ambos puertos.\n\n"
            "«Chile es un socio cada vez más importante para el Perú en el Pacífico», afirmó Ruiz en rueda de prensa. "
            "«Nuestro comercio bilateral alcanzó el año pasado los 900 millones de dólares, y queremos duplicarlo».\n\n"
            "Gil agradeció el apoyo del Perú al proyecto del corredor bioceánico.\n")
    lines = _summary_lines(text)
    assert lines and not any(line.startswith("«Nuestro") for line in lines)
    # The wire's dateline, its full stop between the agency and the dash ("(EFE).-"), is no part of the lead.
    assert not any(line.startswith("Lima, 3 mar") for line in lines)
    assert any(line.startswith("La ministra peruana") for line in lines)


def test_a_preview_adds_nothing_to_the_digest_of_a_visit_its_reports_tell(tmp_path: Path) -> None:
    from digest.config import Config
    from digest.pipeline import build
    preview = ("Daily Courier\n\nOrtiz to visit Peru next week\n\nMay 15, 2026\n\nPresident Tomás Ortiz will travel to "
               "Peru for a state visit from 18 to 20 May, the presidency announced on Friday.\n\nOrtiz is due to hold "
               "talks with President Ana Quispe in Lima on Tuesday, before flying to Cusco.\n\nOn Wednesday Ortiz and "
               "Quispe will open a solar power plant built by a Peruvian and Chilean consortium near Arequipa.\n")
    report = ("Lima Post\n\nOrtiz and Quispe sign trade pact in Lima\n\nMay 19, 2026\n\nPresident Tomás Ortiz held talks "
              "with President Ana Quispe in Lima on Tuesday, on the second day of his state visit to Peru.\n\nOrtiz "
              "and Quispe signed a trade pact and agreed to open a direct flight between the two capitals.\n")
    # (One visit folder: the preview, four days ahead, would not join the report by its text alone.)
    (tmp_path / "2026-05-lima").mkdir()
    (tmp_path / "2026-05-lima" / "preview.txt").write_text(preview, encoding="utf-8")
    (tmp_path / "2026-05-lima" / "report.txt").write_text(report, encoding="utf-8")
    (v,) = build([str(tmp_path)], Config(), use_cache=False, jobs=1).visits
    assert v.summary and all(line.article == "report" for line in v.summary)
    assert (v.start, v.end) == ("2026-05-18", "2026-05-20")
