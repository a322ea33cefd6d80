"""Speakers: name variants, people of an article, merging across articles and translations."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from digest.cleaning import clean
from digest.config import Config, SpeakerRule
from digest.model import Analysis, Article, Quote
from digest.quotes import find_quotes
from digest.speakers import (
    K_NAME,
    K_PRONOUN,
    K_ROLE,
    K_VERB,
    People,
    ShownNames,
    persons,
    _folded,
    _halves,
    _PLACE_CASE,
    _SURNAME_CASE,
    _Endings,
    _LazySet,
    _Memo,
    _near_keys,
    _one_edit,
    _paragraphs,
    build_speakers,
    fold,
    lexicon,
    one_person,
    people_mentioned,
    same_person,
    same_word,
    text_spans,
)

SHARED = Path(__file__).parents[2] / "shared"
GOLD = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
CROSS = json.loads((SHARED / "gold" / "seeds_cross.json").read_text("utf-8"))
ORIGINAL, TRANSLATION = "000_ed581dd32eb4ea3f", "001_80ddbc14454ec503"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tokayev", "Tokajew"), ("Tokayev", "Tokaïev"), ("Tokayev", "Токаев"),
        ("Kassym-Jomart Tokayev", "Kassym-Schomart Tokajew"), ("Zatulin", "Satulin"),
        ("Sergey Tsekov", "Zekow"), ("Władimir Putin", "Putinem"), ("Vladimir Putin", "Путина"),
        ("Fiodor Łukjanow", "Łukjanow"),
        # Without the second surname: Spanish and Portuguese names carry two.
        ("Mariana Ortiz Lozano", "Mariana Ortiz"), ("Paulo Henrique Costa da Rocha", "Paulo Henrique Costa"),
        ("Paulo Henrique Costa da Rocha", "Costa"),
        # A Cyrillic -а surname and its instrumental (a man's too: Коста, Костой).
        ("Марсиу Коста", "Марсиу Костой"),
    ],
)
def test_spellings_of_one_person(a: str, b: str) -> None:
    assert same_person(a, b)


def test_korean_glues_an_arabic_names_article_and_armenian_spells_a_vietnamese_name_as_russian_does() -> None:
    # 알자베르 is Al Jaber with the article glued (the Latin form's article is dropped, the Hangul one was read);
    # 알렉산드르 is Aleksandr, whose 알 is no article: both readings are kept.
    assert one_person("술탄 아흐마드 알자베르", "Sultan Al Jaber") and one_person("알자베르", "Al Jaber")
    assert one_person("알렉산드르 루카셴코", "Alexander Lukashenko")
    assert not one_person("술탄 아흐마드 알자베르", "Sultan Al Mansouri")
    # Armenian transcribes Vietnamese Tr as Russian does (Չ, Ч): read as the Cyrillic form is.
    assert one_person("Լե Հոայ Չունգ", "Lê Hoài Trung") and one_person("Lê Hoài Trung", "Լե Հոայ Չունգ")
    assert not one_person("Լե Հոայ Չունգ", "Lê Hoài Nam")


def test_hebrew_spells_a_foreign_names_j_ch_and_v_with_a_geresh_or_a_doubled_vav() -> None:
    # (The pipeline types the geresh as ʹ.) Read one letter at a time, גʹ was a g, צʹ a ts and וו a vowel:
    # Shivraj Singh Chouhan and his Hebrew form were two people, and the visit's title named him in Hebrew.
    assert one_person("שיוואראגʹ סינג צʹוהאן", "Shivraj Singh Chouhan")
    assert one_person("צʹרלס מישל", "Charles Michel")
    assert not one_person("שיוואראגʹ סינג צʹוהאן", "Shivraj Singh Chavan")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lech Kaczyński", "Jarosław Kaczyński"), ("Putin", "Tokayev"), ("Xi Jinping", "Li Qiang"),
     # A double given name is no name without its second surname.
     ("Juan Carlos Ortiz", "Juan Carlos"), ("Mariana Ortiz Lozano", "Mariana Ortega"),
     # A lone word is the first surname only before particles: "Ortiz" may be another Ortiz, "Ursula" a given name.
     ("Mariana Ortiz Lozano", "Ortiz"), ("Ursula von der Leyen", "Ursula"), ("Paulo Henrique Costa da Rocha", "Henrique")],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_people_of_an_article_are_people_not_places() -> None:
    name = "002_46e87f747333d7d1.txt"
    text = (SHARED / "seeds" / name).read_text("utf-8")
    people = people_mentioned(text, clean(text).blocks, "pl")
    gold = CROSS["speakers"]
    assert all(any(same_person(p, form) for forms in gold.values() for form in forms) for p in people)
    found = {who for who, forms in gold.items() if any(same_person(p, f) for p in people for f in forms)}
    assert {"Fyodor Lukyanov", "Chingiz Lepsibayev", "Dmitry Mikhailichenko", "Kassym-Jomart Tokayev"} <= found


def test_a_monarch_s_form_of_address_stands_for_the_monarch_named_with_it() -> None:
    # "His Majesty" names no one called Majesty; a word cut at its apostrophe (Ma’afu) ends the name before it.
    text = ("His Majesty King Tupou Lavaka Ma’afu Taufa of Tonga opened the forum on Tuesday.\n\n"
            "Later His Majesty said the road would be built. The King noted that ferries mattered.")
    people = People(text, [(0, len(text))], "en")
    assert people.people() == ("Tupou Lavaka",)
    assert {m.form: m.person for m in people.resolve() if m.kind == "role"} == {
        "His Majesty": "Tupou Lavaka", "The King": "Tupou Lavaka"}


def test_name_forms_that_tie_go_to_the_first_seen() -> None:
    # Two spellings, as long and as frequent: the article's own first one names the person, in
    # every run (a set's order, which changes with the hash seed, used to decide).
    for first, second in (("Tokajew", "Tokayev"), ("Tokayev", "Tokajew")):
        text = f"President {first} said it. Later President {second} said it again."
        assert People(text, [(0, len(text))], "en").people() == (first,)


def test_one_people_serves_quotes_and_the_people_list() -> None:
    # The pipeline resolves one People twice (quotations masked, then not): neither may change the other.
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text, lang = path.read_text("utf-8"), GOLD[path.name]["lang"]
        blocks = clean(text).blocks
        shared = People(text, text_spans(blocks), lang)
        assert find_quotes(text, blocks, (), lang, shared) == find_quotes(text, blocks, (), lang)
        assert shared.people() == people_mentioned(text, blocks, lang)


def test_masked_spans_hide_their_mentions() -> None:
    text = 'Putin said: "President Tokayev is a friend." Then President Tokayev spoke.'
    people = People(text, [(0, len(text))], "en")
    inside = (text.index('"'), text.rindex('"') + 1)
    everywhere = [m.start for m in people.resolve() if m.kind == "name"]
    outside = [m.start for m in people.resolve([inside]) if m.kind == "name"]
    assert everywhere == [0, text.index("Tokayev"), text.rindex("Tokayev")]
    assert outside == [0, text.rindex("Tokayev")]


def test_paragraph_words_offsets_and_sentence_starts() -> None:
    text = "xx Der Präsident sagte: „Wir gehen.“ Olaf Scholz (SPD) kam, Angela  Merkel nicht.\nx"
    a, b = 3, text.index("\n")
    [p] = _paragraphs(text, [(a, b)], lexicon("de"))
    assert p.words == ["Der", "Präsident", "sagte", "Wir", "gehen", "Olaf", "Scholz", "SPD", "kam", "Angela",
                       "Merkel", "nicht"]
    assert [text[s:e] for s, e in zip(p.starts, p.ends)] == p.words
    # After a colon or a full stop, across quotation marks: a new sentence.
    assert [w for w, first in zip(p.words, p.initial) if first] == ["Der", "Wir", "Olaf"]
    # Runs of capitalised words joined by one space; function words, pronouns, roles and acronyms are none.
    assert [p.words[i:j] for i, j in p.runs] == [["Olaf", "Scholz"], ["Angela"], ["Merkel"]]


def test_paragraphs_cut_together_are_those_cut_one_by_one() -> None:
    text = "Titel\nDer Präsident Olaf Scholz sagte: „Wir gehen.“\nZwischen Text.\nAngela Merkel, CDU-Chefin, kam."
    lex = lexicon("de")
    line = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    hyphen = text.index("-Chefin")
    # Every line, some lines, and spans whose edges fall inside a word or a hyphenated one.
    for spans in (line, [line[1], line[3]], [(line[1][0] + 2, line[1][1] - 3), line[3]],
                  [line[2], (line[3][0], hyphen)], [line[1], (hyphen + 1, line[3][1])]):
        together = _paragraphs(text, spans, lex)
        alone = [_paragraphs(text, [span], lex)[0] for span in spans]
        assert [vars_of(p) for p in together] == [vars_of(p) for p in alone]
        # A span holds what a split of its own text holds, whatever lies around it.
        for p, (a, b) in zip(together, spans):
            assert p.words == re.findall(r"\w+(?:[-‐]\w+)*", text[a:b])
            assert [text[s:e] for s, e in zip(p.starts, p.ends)] == p.words
            assert "".join(g + w for g, w in zip(p.gaps, p.words)) == text[a : p.ends[-1]]


def vars_of(p: object) -> dict[str, object]:
    """A paragraph's lists by name."""
    return {name: getattr(p, name) for name in p.__slots__}


@cache
def seed_articles() -> tuple[tuple[Article, ...], tuple[Quote, ...]]:
    articles, quotes = [], []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text, lang = path.read_text("utf-8"), GOLD[path.name]["lang"]
        blocks = clean(text).blocks
        found = find_quotes(text, blocks, (), lang)
        analysis = Analysis(lang, None, None, None, blocks, (), (), tuple(found))
        art = Article(path.stem, str(path), text, analysis, lang=lang,
                      duplicate_of=ORIGINAL if path.stem == TRANSLATION else None)
        articles.append(art)
        quotes += [replace(q, id=f"{art.id}:q{i}", article=art.id) for i, q in enumerate(found)]
    return tuple(articles), tuple(quotes)


def merged(config: Config = Config()) -> tuple[tuple[Quote, ...], dict[str, object]]:
    articles, quotes = seed_articles()
    out, speakers = build_speakers(quotes, articles, config)
    return out, {s.name: s for s in speakers}


def test_one_speaker_across_languages_with_display_name_and_forms() -> None:
    quotes, speakers = merged()
    tokayev = speakers["Kassym-Jomart Tokayev"]
    assert {"Tokajew", "Tokaïev", "Kassym-Schomart Tokajew"} <= set(tokayev.aliases)
    assert "Zekow" in speakers["Sergey Tsekov"].aliases
    assert not any("Tokajew" in name or "Tokaïev" in name for name in speakers if name != tokayev.name)
    articles = {q.article for q in quotes if q.speaker == tokayev.name and q.kind == "speech"}
    assert {ORIGINAL, "003_abf4a547a46e6000", "004_01d6a2d3abb36165"} <= articles
    assert list(speakers)[:2] == ["Kassym-Jomart Tokayev", "Vladimir Putin"]  # most quoted first


def test_translation_quotes_are_one_statement() -> None:
    quotes, speakers = merged()
    by_id = {q.id: q for q in quotes}
    speech_pairs = [p for p in CROSS["translation_pairs_000_001"] if p["kind"] == "speech"]
    originals = [q for q in quotes if q.article == ORIGINAL]
    translated = [q for q in quotes if q.article == TRANSLATION]
    linked = 0
    for pair in speech_pairs:
        gold_it = GOLD[f"{ORIGINAL}.txt"]["quotes"][pair["000"]]
        gold_de = GOLD[f"{TRANSLATION}.txt"]["quotes"][pair["001"]]
        q_it = next(q for q in originals if q.start == gold_it["start"])
        q_de = next(q for q in translated if q.start == gold_de["start"])
        linked += by_id[q_it.id].also_in == ("de",) and by_id[q_de.id].also_in == ("it",)
    assert linked >= 0.9 * len(speech_pairs)
    # A statement made in both languages counts once.
    zatulin = [q for q in quotes if q.speaker == "Konstantin Zatulin" and q.kind == "speech"]
    assert speakers["Konstantin Zatulin"].quotes == len([q for q in zatulin if q.article == ORIGINAL])


def test_an_unattributed_quote_of_an_original_takes_its_translation_s_speaker() -> None:
    # The original's language has no cue words read (Greek without lists): its quote, the one shown, has no
    # speaker; the translation's has. One statement, one speaker; two named speakers never pair.
    text = "x" * 1000
    articles = (Article("el", "el.txt", text, None, lang="el"),
                Article("es", "es.txt", text, None, lang="es", duplicate_of="el"))
    quotes = (Quote(100, 140, "α β γ δ ε ζ", article="el", id="el:q0"),
              Quote(500, 540, "η θ ι κ λ μ", speaker="Nikos Andreou", article="el", id="el:q1"),
              Quote(105, 145, "a b c d e f", speaker="Ana Ferreira", article="es", id="es:q0"),
              Quote(505, 545, "g h i j k l", speaker="Ana Ferreira", article="es", id="es:q1"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [(q.speaker, q.also_in) for q in out] == [
        ("Ana Ferreira", ("es",)), ("Nikos Andreou", ()), ("Ana Ferreira", ("el",)), ("Ana Ferreira", ())]
    assert {s.name: s.quotes for s in speakers}["Ana Ferreira"] == 2


def test_a_translation_s_direct_cue_names_the_speaker_its_original_missed_or_misread() -> None:
    # The original's reader missed one cue and took a pronoun for the wrong man; its translation names
    # both speakers. One statement has one speaker: the most direct cue's, on both sides.
    text = "x" * 1000
    orig = Article("o", "o.txt", text, Analysis("sv", None, None, None, (), (), ()), lang="sv", visit="v")
    tr = Article("t", "t.txt", text, Analysis("en", None, None, None, (), (), ()), lang="en", visit="v",
                 duplicate_of="o")
    quotes = (
        Quote(100, 140, "Vi vill handla mer med er", article="o", visit="v"),
        Quote(600, 640, "Vi bygger på förtroende mellan folken", speaker="Erik Lind", speaker_form="Han",
              article="o", visit="v"),
        Quote(110, 150, "We want to trade more with you", speaker="Anna Berg", speaker_form="Berg",
              article="t", visit="v"),
        Quote(610, 650, "We build on trust between the peoples", speaker="Olav", speaker_form="the king",
              article="t", visit="v"),
    )
    out, speakers = build_speakers(quotes, (orig, tr), Config())
    assert [q.speaker for q in out] == ["Anna Berg", "Olav", "Anna Berg", "Olav"]
    assert [q.also_in for q in out] == [("en",), ("en",), ("sv",), ("sv",)]
    # The misread name is not one of the king's names.
    assert {s.name: s.aliases for s in speakers}["Olav"] == ()
    # Two cues that name two people as directly are two statements, not one.
    named = replace(quotes[1], speaker_form="Lind"), replace(quotes[3], speaker="Olav Dahl", speaker_form="Dahl")
    out, _ = build_speakers((quotes[0], named[0], quotes[2], named[1]), (orig, tr), Config())
    assert [(q.speaker, q.also_in) for q in out[1::2]] == [("Erik Lind", ()), ("Olav Dahl", ())]


def test_a_translation_s_quote_pairs_its_original_s_when_the_names_differ_in_script() -> None:
    # A Lithuanian original and its Belarusian translation name the speakers as directly, each in its own
    # script and spelling (Boronovas, Баранаў): names merging missed are no disagreement, so each quote
    # is one statement with its original's and takes its speaker; two names of one script still never pair.
    text = "x" * 1000
    orig = Article("o", "o.txt", text, Analysis("lt", None, None, None, (), (), ()), lang="lt", visit="v")
    tr = Article("t", "t.txt", text, Analysis("be", None, None, None, (), (), ()), lang="be", visit="v",
                 duplicate_of="o")
    quotes = (
        Quote(100, 140, "Prekyba augs kitais metais", speaker="Jonas Boronovas", speaker_form="Boronovas",
              article="o", visit="v"),
        Quote(600, 640, "Mums reikia tiesioginio skrydžio", speaker="Rūta Kazlauskienė",
              speaker_form="Kazlauskienė", article="o", visit="v"),
        Quote(110, 150, "Гандаль вырасце ў наступным годзе", speaker="Ёнас Баранаў", speaker_form="Баранаў",
              article="t", visit="v"),
        Quote(610, 650, "Нам патрэбны прамы рэйс", speaker="Рута Казлаўскене", speaker_form="Казлаўскене",
              article="t", visit="v"),
    )
    out, speakers = build_speakers(quotes, (orig, tr), Config())
    assert [q.speaker for q in out] == ["Jonas Boronovas", "Rūta Kazlauskienė"] * 2
    assert [q.also_in for q in out] == [("be",), ("be",), ("lt",), ("lt",)]
    assert {s.name: s.quotes for s in speakers} == {"Jonas Boronovas": 1, "Rūta Kazlauskienė": 1}
    # The translation's names are theirs too.
    assert {s.name: s.aliases for s in speakers}["Jonas Boronovas"] == ("Boronovas", "Ёнас Баранаў")


def test_a_translation_s_figures_written_with_other_separators_still_pair_its_quote() -> None:
    # German writes "1,6" and "12.500" where English writes "1.6" and "12,500": the same figures, so the
    # original's unattributed quote is the translation's, and takes its speaker.
    text = "x" * 1000
    orig = Article("o", "o.txt", text, Analysis("en", None, None, None, (), (), ()), lang="en", visit="v")
    tr = Article("t", "t.txt", text, Analysis("de", None, None, None, (), (), ()), lang="de", visit="v",
                 duplicate_of="o")
    quotes = (
        Quote(100, 160, "Trade reached 1.6 billion euros and 12,500 jobs last year", article="o", visit="v"),
        Quote(150, 220, "Der Handel erreichte 1,6 Milliarden Euro und 12.500 Stellen im Vorjahr",
              speaker="Karl Weber", speaker_form="Weber", article="t", visit="v"),
    )
    out, _ = build_speakers(quotes, (orig, tr), Config())
    assert [(q.speaker, q.also_in) for q in out] == [("Karl Weber", ("de",)), ("Karl Weber", ("en",))]


def test_a_speaker_carried_over_in_a_translation_does_not_override_the_original_s_pronoun() -> None:
    # The translation's reader missed the pronoun and kept the previous quote's speaker, whose name stands
    # in an earlier paragraph, not in the quote's sentence: no more direct than the original's "he said".
    orig_text = ('Anna Berg met the press.\n\n"We want more trade," Berg said.\n\n'
                 'MP Tom Hale was critical. "Nothing has changed at all," he said.\n')
    tr_text = ('Anna Berg träffade pressen.\n\n"Vi vill ha mer handel", sa Berg.\n\n'
               'Ledamoten Tom Hale var kritisk. "Ingenting har förändrats alls", sa han.\n')

    def quote(text: str, body: str, speaker: str, form: str, article: str) -> Quote:
        start = text.index(body)
        return Quote(start, start + len(body), body, speaker=speaker, speaker_form=form, article=article,
                     visit="v")

    orig = Article("o", "o.txt", orig_text, Analysis("en", None, None, None, (), (), ()), lang="en", visit="v")
    tr = Article("t", "t.txt", tr_text, Analysis("sv", None, None, None, (), (), ()), lang="sv", visit="v",
                 duplicate_of="o")
    quotes = (quote(orig_text, "We want more trade,", "Anna Berg", "Berg", "o"),
              quote(orig_text, "Nothing has changed at all,", "Tom Hale", "he", "o"),
              quote(tr_text, "Vi vill ha mer handel", "Anna Berg", "Berg", "t"),
              quote(tr_text, "Ingenting har förändrats alls", "Anna Berg", "Berg", "t"))
    out, _ = build_speakers(quotes, (orig, tr), Config())
    assert [q.speaker for q in out] == ["Anna Berg", "Tom Hale", "Anna Berg", "Tom Hale"]
    assert [q.also_in for q in out] == [("sv",), ("sv",), ("en",), ("en",)]


def test_a_name_in_two_non_latin_scripts_shows_the_script_most_quotes_use() -> None:
    # Two Bulgarian articles write him in Cyrillic, one Greek article in Greek: Cyrillic, never the minority's
    # Greek (nor a mix of the two across speakers and titles).
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang)
                     for aid, lang in (("b1", "bg"), ("b2", "bg"), ("g", "el")))
    quotes = (Quote(0, 5, "а б в г д", speaker="Христо Марков", article="b1", id="b1:q0"),
              Quote(0, 5, "е ж з и й", speaker="Христо Марков", article="b2", id="b2:q0"),
              Quote(0, 5, "α β γ δ ε", speaker="Χρίστο Μάρκοφ", article="g", id="g:q0"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [s.name for s in speakers] == ["Христо Марков"]
    # (Each quote names him as its article's script does: the Greek article's in Greek.)
    assert [q.speaker for q in out] == ["Христо Марков", "Христо Марков", "Χρίστο Μάρκοφ"]
    assert {persons(speakers)[q.speaker] for q in out} == {"Христо Марков"}


def test_a_lithuanian_respelling_does_not_head_a_name_another_script_writes_plain() -> None:
    # Lithuanian adds -as to a foreign surname (Melikianas for Меликян): no spelling of the person's own, so
    # the Cyrillic form heads the person, and each quote keeps its own article's form. A Lithuanian's own
    # name ending so in both scripts (Budrys, Будрыс) keeps its Latin heading.
    articles = (Article("lt", "lt.txt", "", None, lang="lt"), Article("ru", "ru.txt", "", None, lang="ru"))
    quotes = (Quote(0, 5, "a b c d e", speaker="Tigranas Melikianas", article="lt"),
              Quote(6, 9, "f g h i", speaker="Тигран Меликян", article="ru"),
              Quote(10, 14, "j k l m", speaker="Kęstutis Budrys", article="lt"),
              Quote(15, 19, "n o p q", speaker="Кястутис Будрис", article="ru"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert sorted(s.name for s in speakers) == ["Kęstutis Budrys", "Тигран Меликян"]
    assert [q.speaker for q in out][:2] == ["Tigranas Melikianas", "Тигран Меликян"]


def test_greek_gamma_before_a_front_vowel_is_a_turkish_y() -> None:
    # Greek writes a Turkish y as γ before ε/ι (Γιλμάζ, Yılmaz; Γεσίλκαγια, Yeşilkaya): one person; a Greek
    # name keeps its g (Γεραπετρίτης, Gerapetritis), and another surname stays another person.
    assert one_person("Μεχμέτ Γεσίλκαγια", "Mehmet Yeşilkaya") and one_person("Μεσούτ Γιλμάζ", "Mesut Yılmaz")
    assert one_person("Γιώργος Γεραπετρίτης", "Giorgos Gerapetritis")
    assert not one_person("Μεχμέτ Γεσίλκαγια", "Mehmet Yeşilova")


def test_a_persian_al_and_a_latin_x_are_letters_across_scripts() -> None:
    # Persian spells a foreign name's own "Al" with ال (الکسی, Aleksei; البرت, Albert), no Arabic article there;
    # a Latin x inside a word is a k and an s (Alexei, Алексей).
    assert one_person("Алексей Миллер", "الکسی میلر") and one_person("Alexei Miller", "الکسی میلر")
    assert one_person("Albert Rösti", "البرت روستی") and not one_person("Boris Miller", "الکسی میلر")
    assert one_person("محمد شياع السوداني", "Mohammed Shia al-Sudani")
    articles = (Article("r", "r.txt", "x" * 100, None, lang="ru"), Article("f", "f.txt", "x" * 100, None, lang="fa"))
    quotes = (Quote(0, 5, "a b c d e", speaker="Алексей Миллер", article="r", id="r:q0"),
              Quote(0, 5, "a b c d e", speaker="الکسی میلر", article="f", id="f:q0"))
    _, speakers = build_speakers(quotes, articles, Config())
    # One person, headed in the script our readers read when no preferred language chooses.
    assert [s.name for s in speakers] == ["Алексей Миллер"]


def test_a_foreign_name_in_greek_is_one_speaker_with_its_latin_form() -> None:
    # Greek spells b, d and g as μπ, ντ and γκ and u as ου: a Spanish or Portuguese name in a Greek article is
    # the same person as in the Latin original (one speaker, shown in Latin), a different surname is not.
    assert one_person("Ρομπέρτο Γκονζάλες", "Roberto González") and one_person("Φερνάντο Μεντόζα", "Fernando Mendoza")
    assert one_person("Λουίς Μαρτίνιο", "Luís Martinho") and one_person("Μιγκέλ Μπούστος", "Miguel Bustos")
    assert not one_person("Φερνάντο Μεντόζα", "Fernando Mendes") and not one_person("Μιγκέλ Μπούστος", "Manuel Bustos")
    # Two surnames without the given name, as Portuguese writes them: the Greek full name's last words.
    assert one_person("Ρουί Σίλβα Μπάρμπα", "Silva Barba") and not one_person("Ρουί Σίλβα Μπάρμπα", "Costa Barba")
    articles = (Article("p", "p.txt", "x" * 100, None, lang="pt"), Article("g", "g.txt", "x" * 100, None, lang="el"))
    quotes = (Quote(0, 5, "a b c d e", speaker="Fernando Mendoza", article="p", id="p:q0"),
              Quote(0, 5, "α β γ δ ε", speaker="Φερνάντο Μεντόζα", article="g", id="g:q0"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [s.name for s in speakers] == ["Fernando Mendoza"]
    # (A Latin name is read beside a Greek article: its quote keeps it.)
    assert [q.speaker for q in out] == ["Fernando Mendoza"] * 2
    assert {persons(speakers)[q.speaker] for q in out} == {"Fernando Mendoza"}


def test_config_names_a_person_and_keeps_two_apart() -> None:
    rules = (SpeakerRule("President Tokayev", aliases=("Tokayev",), role="president of Kazakhstan"),
             SpeakerRule("Konstantin Zatulin", distinct_from=("Satulin",)))
    quotes = (Quote(0, 5, "a b c d e", speaker="Konstantin Zatulin", article="x"),
              Quote(6, 9, "f g h i", speaker="Satulin", article="x"),
              Quote(10, 14, "j k l m", speaker="Kassym-Jomart Tokayev", article="x"))
    out, speakers = build_speakers(quotes, (), Config(speakers=rules))
    names = {s.name: s for s in speakers}
    assert [q.speaker for q in out] == ["Konstantin Zatulin", "Satulin", "President Tokayev"]
    assert names["President Tokayev"].role == "president of Kazakhstan"
    _, plain = build_speakers(quotes[:2], (), Config())
    assert [s.name for s in plain] == ["Konstantin Zatulin"]


def test_roles_without_sentence_punctuation() -> None:
    # One endless sentence (its growth is timed in bench/scaling.py: the people already named in
    # it were gathered anew for every role).
    text = "Putin met the president and the minister and he said " * 4000
    roles = [m for m in People(text, [(0, len(text))], "en").resolve() if m.kind == "role"]
    assert len(roles) == 8000
    # A role after the sentence's subject is someone else: Putin is its only person.
    assert {m.person for m in roles} == {None}


def test_many_distinct_names_stay_distinct_people() -> None:
    # A list of names (a ranking, a roll call; its growth is timed in bench/scaling.py: every
    # form was compared with every group).
    # Three letters and their check letter: any two names are two edits apart, so stay two people.
    ls = "bcdfghklmnprstvz"
    names = [f"{ls[i % 16].upper()}a{ls[i // 16 % 16]}o{ls[i // 256]}e{ls[(i + i // 16 + i // 256) % 16]}ov"
             for i in range(1200)]
    text = "".join(f"President {n} said it. " for n in names)
    people = People(text, [(0, len(text))], "en")
    assert len(set(people.clusters.values())) == len(names)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_one_edit_is_edit_distance_at_most_one() -> None:
    words = ["".join(t) for n in range(5) for t in itertools.product("ab", repeat=n)]
    for a, b in itertools.product(words, repeat=2):
        assert _one_edit(a, b) == (_distance(a, b) <= 1), (a, b)


def test_near_keys_are_shared_by_every_matching_word() -> None:
    # same_word() allows one edit or a case ending: a word's own three keys (first four letters,
    # its halves) always meet the near keys of a surname it matches, so a miss may answer "no".
    letters = "abdg"  # letters fold() keeps as they are
    for surname in ["".join(t) for n in range(1, 7) for t in itertools.product(letters, repeat=n)][::7]:
        near = set(_near_keys(surname))
        variants = {surname[:i] + c + surname[i + k :] for i in range(len(surname) + 1) for c in ("", *letters)
                    for k in (0, 1)} | {surname + tail for tail in ("a", "ag", "dab")}
        for word in variants:
            if same_word(surname, word):
                first, last = _halves(word, len(word))
                assert {(0, word[:4]), (len(word), first), (-len(word), last)} & near, (surname, word)


def test_a_lazy_set_is_built_once_on_the_first_question() -> None:
    built: list[int] = []
    lazy = _LazySet(lambda: built.append(1) or {"a", "b"})
    assert not built
    assert "a" in lazy and "c" not in lazy and "b" in lazy
    assert built == [1]


def test_memo_works_out_new_words_together_and_keeps_them() -> None:
    calls: list[list[str]] = []

    def together(words: list[str]) -> list[int]:
        calls.append(words)
        return [len(w) for w in words]

    memo: _Memo[int] = _Memo(len)
    memo["known"] = 99
    assert memo.many(["known", "ab", "abc", "ab"], together) == [99, 2, 3, 2]
    assert calls == [["ab", "abc"]]
    assert memo.many(["abc", "known"], together) == [3, 99] and len(calls) == 1


def test_words_folded_together_are_folded_as_one_by_one() -> None:
    words = ["Tokajewa", "Łukjanow", "Straße", "Zełenski", "Путин", "Лавров", "tschechisch", "Erdoğan", "ΟΔΟΣ",
             "Σίσυφος", "ﬁnanz", "x", "İstanbul", "Ǆokić"]
    assert _folded("\0".join(words)).split("\0") == [fold(w) for w in words]


def test_word_kinds_name_only_what_no_list_claims() -> None:
    lex = lexicon("de")
    # German capitalises every noun: Haus is name-like here, the runs and surname tests sort it out.
    kinds = {w: lex.kind(w) for w in ("Scholz", "Kanzler", "er", "sagte", "Bundeskanzlerin", "und", "OSZE", "der",
                                      "Haus")}
    assert kinds["Scholz"] == kinds["Haus"] == K_NAME
    assert kinds["Kanzler"] == kinds["Bundeskanzlerin"] == K_ROLE
    assert kinds["er"] == K_PRONOUN and kinds["sagte"] == K_VERB
    assert kinds["und"] == kinds["OSZE"] == kinds["der"] == 0
    # New words worked out together (fresh memos) get what asking one by one gives.
    words = [*kinds, "ΟΔΟΣ", "Σίσυφος", "İstanbul", "Präsidentin", "sagte", "Er"]
    together, one_by_one = replace(lex), replace(lex)
    assert together.kinds(words) == [one_by_one.kind(w) for w in words] == [lex.kind(w) for w in words]


def test_plain_articles_are_articles_that_show_no_name() -> None:
    lex = lexicon("de")
    assert {"der", "die", "das"} <= lex.plain_articles <= lex.noun_markers & lex.function_words
    assert not any(lex.is_role(a) or lex.is_verb(a) for a in lex.plain_articles)
    # After a plain article a capitalised word is a common noun; after a role it may be a name.
    text = "Der Kanzler traf den Bundestag. Kanzler Scholz sagte, der Bundestag tagt."
    assert People(text, [(0, len(text))], "de").people() == ("Scholz",)


def _speakers(text: str, lang: str) -> list[str | None]:
    blocks = clean(text).blocks
    return [q.speaker for q in find_quotes(text, blocks, (), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Jean-Noël Barrot était présent. « Nous avons obtenu des progrès réels », a affirmé M. Barrot.",
         "Jean-Noël Barrot"),
        ("fr", "Jean-Noël Barrot était présent. « Nous avons obtenu des progrès réels », a affirmé M.\u00a0Barrot.",
         "Jean-Noël Barrot"),
        ("en", 'Narendra Modi met the press. "We are friends and partners for ever," Mr Modi said.', "Narendra Modi"),
        ("en", 'Narendra Modi met Keir Starmer today. "This is a good day for both of our countries," said Sir Keir.',
         "Keir Starmer"),
        ("pl", "Spotkał się z nim Donald Tusk. „Jesteśmy gotowi na wszystko” – powiedział pan Tusk.", "Donald Tusk"),
    ],
)
def test_a_title_is_stripped_from_the_name_and_is_never_one(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Le porte-parole du ministère, Lin Jian, a déclaré que la visite était utile. "
         "« Les relations restent bonnes et solides », a-t-il ajouté.", "Lin Jian"),
        ("es", "Lula da Silva llegó ayer. Su homólogo brasileño, Mauro Vieira, dijo que todo iba bien. "
         "«España entiende a América Latina como nadie», declaró el canciller.", "Mauro Vieira"),
        ("en", "Keir Starmer arrived on Monday. Meera Iyer, a trade economist at the Centre for Policy, said the "
         'deal was good. "It is a start, not an end," she said.', "Meera Iyer"),
        # A lower-case generational suffix before the closing comma is the name's ("fils", "hijo").
        ("fr", "La ministre Claire Dubois était à Dakar. Le président sénégalais, Abdou Ndiaye fils, qui dirige le "
         "bloc, a remercié la France. « Nous avançons, a-t-il déclaré. Le reste suivra. »", "Abdou Ndiaye"),
    ],
)
def test_a_name_set_off_by_commas_next_to_a_role_is_a_person(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_a_recurring_role_is_the_person_introduced_with_it() -> None:
    text = ("Bundeskanzler Friedrich Merz ist in Ankara eingetroffen. Präsident Recep Tayyip Erdoğan empfing ihn. "
            "Erdoğan warf Israel Völkermord vor, während Merz zurückhaltend blieb. "
            "„Wir haben darüber sehr offen gesprochen“, räumte der Kanzler ein.")
    assert _speakers(text, "de") == ["Friedrich Merz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ministerin Anna Berger hat am Montag, 7. März, den Präsidenten des chilenischen Senats, Pablo Rojas, "
         "getroffen. „Wir bleiben Partner“, sagte der Senatspräsident.", "Pablo Rojas"),
        ("Ministerin Anna Berger hat am Montag, 7. März, den Gast aus Chile getroffen. "
         "„Wir bleiben Partner“, sagte die Ministerin.", "Anna Berger"),
    ],
)
def test_a_month_beside_its_day_is_a_date_not_a_speaker(text: str, speaker: str) -> None:
    # German capitalises every noun: the comma and the role after "7. März," read as a name's apposition,
    # and the month became a person (English and Indonesian write no such run and never did).
    assert _speakers(text, "de") == [speaker]
    assert "März" not in People(text, [(0, len(text))], "de").people()


def test_a_host_s_role_before_the_guest_s_name_is_not_the_guest_s() -> None:
    # "Die Präsidentin empfängt X": the role is the subject's, X the object; the later "sagte die Präsidentin"
    # is the president named afterwards, not the guest.
    text = ("Die Senatspräsidentin empfängt Pablo Rojas und spricht über Handel. "
            "Senatspräsidentin Anna Berger hat Rojas im Senat begrüßt. Rojas bleibt bis Freitag in Berlin. "
            "„Wir bleiben Partner“, sagte die Präsidentin.")
    assert _speakers(text, "de") == ["Anna Berger"]
    assert People(text, [(0, len(text))], "de").roles() == {"Anna Berger": "Senatspräsidentin"}


def test_offices_stand_for_no_person_and_plurals_are_no_roles() -> None:
    de, ru, pl = lexicon("de"), lexicon("ru"), lexicon("pl")
    offices = ["Innenministerium", "Kanzleramt", "Präsidentenpalast", "Präsidentschaft"]
    assert all(map(de.institutions.holds, map(str.lower, offices)))
    assert not any(map(de.institutions.holds, ["bundeskanzler", "innenminister", "sprecher"]))
    assert not ru.is_role("журналистам") and ru.is_role("журналист")
    assert pl.institutions.holds("ministerstwo") and not pl.institutions.holds("ministra")
    text = ("Bundeskanzler Friedrich Merz ist in Ankara eingetroffen. „Wir haben darüber sehr offen gesprochen“, "
            "teilte das Innenministerium mit.")
    office = [m for m in People(text, [(0, len(text))], "de").resolve() if m.kind == "role"]
    assert [(m.form, m.person) for m in office] == [("das Innenministerium", None)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Recep Tayyip Erdoğan sprach. „Wir haben darüber sehr offen gesprochen“, sagte Erdoğans Sprecher "
         "Burhanettin Duran.", "Burhanettin Duran"),
        ("ru", "Владимир Путин заявил, что всё хорошо. Об этом сказал пресс-секретарь Путина Дмитрий Песков. "
         "«Мы ценим это партнёрство очень высоко», — сказал журналистам пресс-секретарь.", "Дмитрий Песков"),
    ],
)
def test_the_owner_of_a_role_is_not_its_person(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_the_fullest_name_is_its_shortest_case_form() -> None:
    text = ("Лавров встретился с президентом Шавкатом Мирзиёевым. Позже Лавров снова говорил с Шавкатом Мирзиёевым. "
            "Шавкат Мирзиёев сказал, что рад.")
    people = People(text, [(0, len(text))], "ru")
    assert people.clusters["Шавкатом Мирзиёевым"] == "Шавкат Мирзиёев"


def test_a_role_tied_to_a_country_goes_by_the_country_not_the_introduction() -> None:
    # The Polish seed introduces Putin as "prezydent"; "prezydent Kazachstanu" is still Tokayev.
    path = next((SHARED / "seeds").glob("002_*.txt"))
    text = path.read_text("utf-8")
    quotes = find_quotes(text, clean(text).blocks, (), "pl")
    assert [q.speaker for q in quotes if q.text == "od Boga"] == ["Kassym-Jomart Tokayev"]


def test_a_lone_word_after_a_roles_comma_is_a_list_item_not_a_person() -> None:
    text = "Habló el ministro de Desarrollo, Industria, Comercio y Servicios sobre la fábrica."
    assert "Industria" not in People(text, [(0, len(text))], "es")._evidenced_surnames()


def test_a_full_name_after_a_speech_verb_and_its_preposition_is_a_person() -> None:
    text = ("Wire\n\nNews of the day\n\n\"He has done an incredible job,\" the president said of Ahmed bin Rashid "
            "in the Oval Office, brushing aside a question.\n")
    people = People(text, [(0, len(text))], "en")
    assert [form for _, _, form in people._names] == ["Ahmed bin Rashid"]


def test_a_name_written_family_name_first_in_another_article_is_one_speaker() -> None:
    quotes = (Quote(0, 5, "a b c d e", speaker="Sanae Takaichi", article="x"),
              Quote(6, 9, "f g h i", speaker="Takaichi Sanae", article="y"),
              Quote(10, 14, "j k l m", speaker="Sanae Tanaka", article="y"))
    out, speakers = build_speakers(quotes, (), Config())
    assert out[0].speaker == out[1].speaker != out[2].speaker
    assert len(speakers) == 2


def test_a_name_without_its_second_surname_is_one_speaker_in_an_article_and_across_articles() -> None:
    text = ("Diario\n\nLa ministra Mariana Ortiz Lozano llegó a Lima. Más tarde, Mariana Ortiz visitó el puerto.\n\n"
            "\"Hay mucho por hacer\", dijo Ortiz.\n")
    people = People(text, [(0, len(text))], "es")
    assert set(people.clusters.values()) == {"Mariana Ortiz Lozano"}
    quotes = (Quote(0, 5, "a b c d e", speaker="Mariana Ortiz Lozano", article="x"),
              Quote(6, 9, "f g h i", speaker="Mariana Ortiz", article="y"))
    out, speakers = build_speakers(quotes, (), Config())
    assert [q.speaker for q in out] == ["Mariana Ortiz Lozano"] * 2
    assert [(s.name, s.aliases) for s in speakers] == [("Mariana Ortiz Lozano", ("Mariana Ortiz",))]
    quotes = (Quote(0, 5, "a b c d e", speaker="Paulo Henrique Costa da Rocha", article="x"),
              Quote(6, 9, "f g h i", speaker="Costa", article="y"))
    out, _ = build_speakers(quotes, (), Config())
    assert [q.speaker for q in out] == ["Paulo Henrique Costa da Rocha"] * 2


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # The venue's own press: a bare office is the host's, not the guest's the text marked foreign.
        ("fr", "Le président ouzbek Aziz Rakhimov a été reçu lundi à Paris par Pierre Lambert.\n\n"
               "« L'Ouzbékistan est un partenaire sûr pour la France », a déclaré le président de la République.\n",
         "Pierre Lambert"),
        ("en", "Helen Marsh has welcomed Japan's prime minister, Kenji Sato, to Downing Street in London.\n\n"
               "At a joint press conference, the prime minister said the two countries were 'natural partners'.\n",
         "Helen Marsh"),
        # Foreign press about a visit abroad: the rule stays silent, the guest keeps the office.
        ("it", "Il presidente kazako Nurlan Abenov è stato ricevuto a Mosca da Ivan Sokolov.\n\n"
               "Il presidente della repubblica ha poi parlato ai giornalisti. «Siamo alleati», ha detto Abenov.\n",
         "Nurlan Abenov"),
    ],
)
def test_a_bare_office_in_the_venues_own_press_is_the_hosts(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang)[-1] == speaker


def test_a_host_named_only_by_a_reception_phrase_is_a_person() -> None:
    text = "Le président ouzbek a été accueilli dans la cour d'honneur par Pierre Lambert peu avant midi.\n"
    assert "Pierre Lambert" in People(text, [(0, len(text))], "fr").people()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "'A very good day for British industry,' one Whitehall official said afterwards.\n"),
        ("en", "'The talks went well,' a Kremlin source said on Friday.\n"),
    ],
)
def test_an_institutions_unnamed_official_is_no_person(lang: str, text: str) -> None:
    assert _speakers(text, lang) == [None]
    assert People(text, [(0, len(text))], lang).people() == ()


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # The host's country has no such office (country_offices.txt): the guest's country has it.
        ("en", "Helen Marsh has welcomed French President Paul Girard to Downing Street in London.\n\n"
               "\"We are partners,\" the president said at a joint press conference.\n", "Paul Girard"),
        ("it", "Anna Rossi ha ricevuto a Roma il cancelliere tedesco Max Bauer.\n\n"
               "«Siamo partner affidabili», ha detto il cancelliere ai giornalisti.\n", "Max Bauer"),
        # Both countries have the office: the venue's own press still means its host.
        ("en", "Helen Marsh has welcomed Japan's prime minister, Kenji Sato, to Downing Street in London.\n\n"
               "\"We are partners,\" the prime minister said at a joint press conference.\n", "Helen Marsh"),
    ],
)
def test_a_bare_office_the_hosts_country_lacks_is_the_guests(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang)[-1] == speaker


def test_a_countrys_possessive_ties_the_person_to_it() -> None:
    text = ("Helen Marsh has welcomed India's prime minister, Raj Patel, to Downing Street in London. "
            "Marsh spoke of trade.\n\n\"We are partners,\" the Indian prime minister said.\n")
    assert _speakers(text, "en")[-1] == "Raj Patel"


def test_the_guests_country_is_not_the_venue_and_a_seat_of_government_is() -> None:
    text = ("Helen Marsh has welcomed Japan's prime minister, Kenji Sato, to Downing Street for talks on trade.\n\n"
            "At a joint press conference, the prime minister said the two countries were 'natural partners'.\n")
    assert _speakers(text, "en")[-1] == "Helen Marsh"


@pytest.mark.parametrize("text, lang", [
    ("Macron reçoit son hôte.\n\nCôté français, Bercy a annoncé une ligne de crédit. Matignon a confirmé l'accord.\n", "fr"),
    ("Meloni riceve il suo ospite.\n\nLa Farnesina ha confermato l'accordo, mentre il Cremlino tace.\n", "it"),
])
def test_seat_of_government_is_no_person(text: str, lang: str) -> None:
    """A ministry's or leader's seat standing for it (Bercy, Matignon, Farnesina) names no person."""
    people = people_mentioned(text, clean(text).blocks, lang)
    assert not {"Bercy", "Matignon", "Farnesina", "Cremlino"} & set(people)


def test_a_role_with_an_elided_institution_is_the_name_after_it() -> None:
    # "Il ministro dell'Economia X": the elided article joins the institution to the role, so the role is
    # X's title, not a mention of the last minister named.
    text = ("Vertice\n\nIl ministro Paolo Ferri è arrivato a Vienna.\n\n"
            "Il ministro dell'Economia Luca Bassi, presente all'incontro, ha parlato. «Abbiamo firmato tre "
            "accordi», ha spiegato.\n")
    assert _speakers(text, "it") == ["Luca Bassi"]


def test_pl_dash_cue_role_and_a_mixed_case_party_acronym_before_the_name() -> None:
    # "– ocenił poseł PiS X": a party's mixed-case acronym between the role and the name, as "szef MON X";
    # the name is found and speaks, not the minister quoted before.
    text = ("Wizyta\n\nMinister Jan Nowak mówił o obronności. – Wydamy więcej na armię – mówił szef MON.\n\n"
            "– Rząd niczego nie załatwił w Brukseli – ocenił poseł PiS Adam Wróblewski.\n")
    assert _speakers(text, "pl") == ["Jan Nowak", "Adam Wróblewski"]


@pytest.mark.parametrize(("pronoun", "speaker"), [("sie", "Petra Lang"), ("er", "Goran Vukić")])
def test_a_pronoun_next_to_a_singular_verb_takes_the_person_of_its_gender(pronoun: str, speaker: str) -> None:
    # "sagte sie" is she (not "sagten sie", they): the woman introduced in the paragraph, not the man of
    # unknown gender named last, the subject of the reported clause.
    text = ("Besuch\n\nDer Gast kam nach Wien. „Wir helfen gern“, sagte Goran Vukić.\n\nKritik kam von der "
            "Opposition. Die Abgeordnete Petra Lang kritisierte die Regierung scharf. Vukić mache „nur Schlagzeilen“, "
            f"sagte {pronoun} dem Sender.\n")
    assert _speakers(text, "de") == ["Goran Vukić", speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président chilien Pablo Duarte a reçu son hôte lundi. « Nous voulons renforcer les échanges "
         "entre nos deux pays », a déclaré le président français."),
        ("es", "El presidente chileno Pablo Duarte recibió a su invitado el lunes. «Queremos reforzar el comercio "
         "entre nuestros dos países», dijo el presidente francés."),
    ],
)
def test_a_role_of_one_country_never_goes_to_the_holder_of_another(lang: str, text: str) -> None:
    # The French president is not named: no speaker rather than the Chilean one, the last person in scope.
    assert _speakers(text, lang) == [None]


def test_a_role_and_a_capitalised_party_name_of_several_words_lead_to_the_full_name() -> None:
    # "la diputada de Frente por la Dignidad Carla Ibáñez": the party's name joins its words with "por la";
    # the holder is the full name after it, not the guest named last (cue "la diputada de Frente").
    text = ("El presidente chileno, Pablo Duarte, recibió el martes a su homólogo italiano, Marco Bellini. "
            "«Italia es un socio», dijo Bellini.\n\nDesde la oposición, la diputada de Frente por la Dignidad "
            "Carla Ibáñez acusó al Gobierno de «regalar el cobre a precio de saldo». Según Ibáñez, el acuerdo es malo.\n")
    assert _speakers(text, "es") == ["Marco Bellini", "Carla Ibáñez"]


def test_a_role_its_adjective_and_a_capitalised_party_name_lead_to_the_full_name() -> None:
    # "la diputada provincial de Frente por la Dignidad Carla Ibáñez": one lower-case adjective between the role
    # and the party's name; the holder is still the name after it, so "la legisladora" later is she, not the
    # minister named last.
    text = ("La senadora provincial de Frente por la Dignidad Carla Ibáñez criticó la gira del ministro "
            "Pablo Duarte.\n\n"
            "«Duarte vende el país a precio de saldo», dijo la legisladora.\n")
    people = People(text, [(0, len(text))], "es")
    assert people.roles()["Carla Ibáñez"] == "senadora provincial de Frente por la Dignidad"
    assert _speakers(text, "es") == ["Carla Ibáñez"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("fr", "La secrétaire d'État Sabine Keller Moser a reçu la délégation.", "Sabine Keller Moser",
         "secrétaire d'État"),
        ("pt", "A deputada do Bloco Catarina Lopes Moreira criticou o acordo.", "Catarina Lopes Moreira",
         "deputada do Bloco"),
        ("it", "Il deputato di Azione Matteo Ferri Lodi ha criticato l'accordo.", "Matteo Ferri Lodi",
         "deputato di Azione"),
    ],
)
def test_a_common_given_name_after_a_role_and_its_institution_opens_a_double_surname_name(
        lang: str, text: str, name: str, role: str) -> None:
    # The word before a double surname stands where a given name does: a common given name before it is the
    # person's, not the institution's last word ("secrétaire d'État Sabine" and "Keller Moser").
    people = People(text, [(0, len(text))], lang)
    assert people.people() == (name,)
    assert people.roles() == {name: role}


@pytest.mark.parametrize(
    ("guest", "adjective", "speaker"),
    [
        ("a su homólogo francés, Luc Martin", "galo", "Luc Martin"),
        ("al presidente alemán, Jens Vogel", "germano", "Jens Vogel"),
        ("al presidente suizo, Urs Keller", "helvético", "Urs Keller"),
    ],
)
def test_a_journalistic_nationality_adjective_ties_the_role_to_its_country(
        guest: str, adjective: str, speaker: str) -> None:
    # "el presidente galo" is the French president (places.txt adj:), not the host named first.
    text = (f"El presidente chileno, Pablo Duarte, recibió el martes {guest}. «Queremos más comercio con Chile», "
            f"dijo el presidente {adjective}.")
    assert _speakers(text, "es") == [speaker]


def test_a_full_name_received_by_the_host_is_a_person() -> None:
    # "Luc Martin a été reçu … par …": the passive host phrase makes the name the visit's guest, a person
    # the later "le président français" can stand for (no other evidence shows the name).
    text = ("Luc Martin a été reçu lundi au palais de La Moneda par le président chilien Pablo Duarte. Les deux "
            "hommes ont signé un accord. « Nous voulons plus de commerce avec le Chili », a dit le président français.")
    assert _speakers(text, "fr") == ["Luc Martin"]


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        # The French head takes part: the bare office in French press is his, not the Chilean host's.
        (" Le président français a ensuite visité un port.", "Luc Martin"),
        # No French head named as such: the bare office stays the host's, as before.
        ("", "Pablo Duarte"),
    ],
)
def test_a_bare_head_of_state_in_its_own_press_is_its_countrys_head(later: str, speaker: str) -> None:
    text = ("Luc Martin a été reçu lundi au palais de La Moneda par le président chilien Pablo Duarte. "
            "« Nous voulons plus de commerce avec le Chili », a déclaré le chef de l'État." + later)
    assert _speakers(text, "fr") == [speaker]


def _article(aid: str, lang: str) -> Article:
    return Article(aid, f"{aid}.txt", "", None, lang=lang)


def test_a_cyrillic_and_a_latin_spelling_of_one_name_are_one_speaker() -> None:
    # Transliterations differ by y/i, w/v, c/ц, g/h and -ий: one person; a namesake with another given name is not.
    quotes = (Quote(0, 5, "a b c d e", speaker="Олексій Гончаренко", article="uk"),
              Quote(6, 9, "f g h i", speaker="Oleksii Honcharenko", article="en"),
              Quote(10, 14, "j k l m", speaker="Aleksy Honczarenko", article="pl"),
              Quote(15, 19, "n o p q", speaker="Марко Навроцький", article="uk"),
              Quote(20, 24, "r s t u", speaker="Ewa Nawrocka", article="pl"),
              Quote(25, 29, "v w x y", speaker="Jan Nawrocki", article="pl"))
    articles = (_article("uk", "uk"), _article("en", "en"), _article("pl", "pl"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert [q.speaker for q in out] == ["Oleksii Honcharenko", "Oleksii Honcharenko", "Aleksy Honczarenko",
                                        "Марко Навроцький", "Ewa Nawrocka", "Jan Nawrocki"]
    # A preferred language in Cyrillic shows its own spelling.
    out, speakers = build_speakers(quotes[:2], articles, Config(languages=("uk", "en")))
    assert [s.name for s in speakers] == ["Олексій Гончаренко"]
    # (Under that Cyrillic heading, the en article's quote names him as the en article does.)
    assert [q.speaker for q in out] == ["Олексій Гончаренко", "Oleksii Honcharenko"]
    assert {persons(speakers)[q.speaker] for q in out} == {"Олексій Гончаренко"}


def test_a_dotted_full_name_and_its_family_name_alone_are_one_speaker() -> None:
    # Chinese and Japanese part a foreign name's words by a middle dot: the full name in one article and its
    # last part alone in another are one person, shown by the full name; another given name is another person.
    quotes = (Quote(0, 5, "甲乙丙丁", speaker="玛丽亚·桑托斯", article="a"),
              Quote(6, 9, "戊己庚辛", speaker="桑托斯", article="b"),
              Quote(15, 19, "アイウエ", speaker="マリア・サントス", article="c"),
              Quote(20, 24, "カキクケ", speaker="サントス", article="c"))
    articles = (_article("a", "zh"), _article("b", "zh"), _article("c", "ja"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [q.speaker for q in out] == ["玛丽亚·桑托斯", "玛丽亚·桑托斯", "マリア・サントス", "マリア・サントス"]
    other = Quote(10, 14, "壬癸子丑", speaker="若昂·桑托斯", article="b")
    out, speakers = build_speakers((quotes[0], other), articles, Config())
    assert [q.speaker for q in out] == ["玛丽亚·桑托斯", "若昂·桑托斯"]


def test_a_speaker_is_shown_with_the_accents_a_plain_spelling_drops() -> None:
    # Two outlets drop the accents, the name's own language puts the family name first: the accented
    # form in the order the others read.
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(
        [("Adam Kovacs", "en"), ("Adam Kovacs", "en"), ("Kovács Ádám", "hu"), ("Kovács Ádám", "hu"),
         ("Kovács Ádám", "hu"), ("Ádám Kovács", "de")]))
    articles = (_article("en", "en"), _article("hu", "hu"), _article("de", "de"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert {q.speaker for q in out} == {"Ádám Kovács"}
    assert [s.name for s in speakers] == ["Ádám Kovács"]


def test_transliterations_of_ye_dzh_and_s_z_are_one_speaker() -> None:
    # е after a vowel is "ye" in English (Гаджиев, Hajiyev), дж is "j", and с may be "z" in the name's own
    # language (Луис, Luiz): one person each, shown in the Latin form English prefers.
    quotes = (Quote(0, 5, "a b c d e", speaker="Фарид Гаджиев", article="ru"),
              Quote(6, 9, "f g h i", speaker="Farid Hajiyev", article="en"),
              Quote(10, 14, "j k l m", speaker="Луис Сантана", article="ru"),
              Quote(15, 19, "n o p q", speaker="Luiz Santana", article="en"))
    articles = (_article("ru", "ru"), _article("en", "en"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert [q.speaker for q in out] == ["Farid Hajiyev", "Farid Hajiyev", "Luiz Santana", "Luiz Santana"]
    assert len(speakers) == 2


def test_hungarian_dzs_spelling_of_a_given_name_is_one_speaker() -> None:
    # Hungarian writes j as dzs (Dzsamaladdin, Azerbaijani Camaladdin): a given name one letter longer at its
    # start beside the same surname is one person; another first letter (Oleksii, Aleksy) is not.
    names = [("Camaladdin Rustamov", "az"), ("Dzsamaladdin Rusztamov", "hu"),
             ("Cahangir Nazarov", "az"), ("Dzsahangir Nazarov", "hu")]
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(names))
    articles = tuple(_article(aid, aid) for aid in ("az", "hu"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert len(speakers) == 2


def test_uzbek_latin_x_french_dj_and_belarusian_ya_spellings_are_one_speaker() -> None:
    # Uzbek Latin writes х as x and marks oʻ; English and French write дж as dj; Belarusian writes an
    # unstressed е as я (Аляксандр): one person each across the three scripts and spellings.
    names = [("Gʻayrat Xoʻjayev", "uz"), ("Gayrat Khodjaev", "en"), ("Гайрат Ходжаев", "ru"),
             ("Аляксандр Мельнік", "be"), ("Aleksandr Melnik", "en")]
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(names))
    articles = tuple(_article(aid, aid) for aid in ("uz", "en", "ru", "be"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert [q.speaker for q in out] == ["Gayrat Khodjaev"] * 3 + ["Aleksandr Melnik"] * 2
    assert len(speakers) == 2


def test_turkic_latin_j_for_cyrillic_zh_is_one_speaker() -> None:
    # Turkish and Azerbaijani write Kazakh and Russian ж as j (Jumabek Serikjanov, Жумабек Серикжанов); English j
    # stays дж (Jeyhun Bayramov, Джейхун Байрамов): one person each, two in all.
    names = [("Jumabek Serikjanov", "tr"), ("Жумабек Серикжанов", "ru"),
             ("Jeyhun Bayramov", "en"), ("Джейхун Байрамов", "ru")]
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(names))
    articles = tuple(_article(aid, aid) for aid in ("tr", "ru", "en"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert len(speakers) == 2


def test_alexander_and_xenia_are_one_speaker_across_scripts() -> None:
    # Latin x is кс too (the Uzbek x = х reading must not cost it), and the given names differ only in a
    # vowel the Latin spelling keeps (Alexander, Александр): one person each.
    assert one_person("Alexander Novak", "Александр Новак")
    assert one_person("Xenia Novak", "Ксения Новак")
    assert not one_person("Alexander Novak", "Александра Новак")


def test_a_south_east_asian_name_and_its_russian_transcription_are_one_speaker() -> None:
    # Russian transcribes Lao and Thai ph and th as п and т, drops an unsounded e, and Vietnamese ch as т and
    # final nh as нь; the Latin forms, marked or not, meet them word for word.
    assert one_person("Bounxay Vongsone", "Бунсай Вонгсон")
    assert one_person("Phonsak Charnrit", "Понсак Чанрит")
    assert one_person("Đỗ Minh Chiến", "До Минь Тьен")
    assert one_person("Do Minh Chien", "До Минь Тьен")
    # Another given name, or a word less, is another person.
    assert not one_person("Đỗ Minh Chiến", "До Ван Тьен")
    assert not one_person("Bounxay Vongsone", "Бунсай Вонгсак")
    names = [("Bounxay Vongsone", "en"), ("Бунсай Вонгсон", "ru"), ("Do Minh Chien", "en"), ("До Минь Тьен", "ru")]
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(names))
    articles = tuple(_article(aid, aid) for aid in ("en", "ru"))
    out, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert [q.speaker for q in out] == ["Bounxay Vongsone"] * 2 + ["Do Minh Chien"] * 2
    assert len(speakers) == 2


def test_a_korean_name_with_its_given_name_hyphenated_or_spaced_is_one_speaker() -> None:
    # Family name first, the given name's two syllables joined by a hyphen, a space, or written in Cyrillic:
    # one person; another given name after the same family name is another.
    assert one_person("Park Ji-hoon", "Park Ji Hoon")
    assert one_person("Park Ji Hoon", "Park Jihoon")
    assert one_person("Kim Sun-mok", "Ким Сун Мок")
    assert not one_person("Park Ji-hoon", "Park Ji-won")
    assert not one_person("Kim Sun-mok", "Ким Сун Ир")
    names = [("Park Ji-hoon", "it"), ("Park Ji Hoon", "pl")]
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(names))
    articles = tuple(_article(aid, aid) for aid in ("it", "pl"))
    _, speakers = build_speakers(quotes, articles, Config(languages=("en",)))
    assert len(speakers) == 1


def test_a_role_word_closing_a_full_name_after_a_role_is_the_surname() -> None:
    # "King" is a role word; after "Minister Grace" it closes her name, and "Ms King" is her again.
    text = ('Prime Minister Mark Dalton arrived in Oslo on Monday. Energy Minister Grace King, who joined the trip, '
            'said the deal would help ports. "This is a proud day for the whole sector," she said. '
            'Ms King later met the press.')
    assert People(text, [(0, len(text))], "en").people() == ("Grace King", "Mark Dalton")
    assert _speakers(text, "en") == ["Grace King"]


def test_a_run_of_a_compass_word_and_a_nationality_is_a_region_not_a_person() -> None:
    # "Ukrainian" alone later would pair with "Eastern" as a given name and surname.
    text = ("Prime Minister Mark Dalton arrived in Oslo on Monday. Energy Minister Grace Holt said the deal would "
            "help Eastern Ukrainian farmers. Critics said Ukrainian producers, not traders, should get the money.")
    assert People(text, [(0, len(text))], "en").people() == ("Mark Dalton", "Grace Holt")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Anna Berg visited Riga on Monday.\n\nAfter meeting the Minister of Trade, Janis Ozols, "
           'Berg said Swedish firms plan to invest "about 200 million euros in new ports" in Baltic harbours.\n\n'
           '"Latvia is a good partner," the prime minister said.'),
    ("gl", "A ministra Anna Berg chegou onte a Riga.\n\nTras reunirse co ministro de Comercio, Janis Ozols, Berg "
           'avanzou que as empresas prevén investir "uns 200 millóns de euros nos portos".\n\n'
           '"Letonia é un bo socio", dixo a ministra.'),
    ("es", "La ministra Anna Berg llegó ayer a Riga.\n\nTras reunirse con el ministro de Comercio, Janis Ozols, Berg "
           'avanzó que las empresas prevén invertir "unos 200 millones de euros en los puertos".\n\n'
           '"Letonia es un buen socio", dijo la ministra.'),
])
def test_the_person_met_in_a_phrase_opening_the_sentence_is_not_its_speaker(lang: str, text: str) -> None:
    # "After meeting X, Y said …": X is the object of the opening phrase; Y, the main clause's subject,
    # speaks, and a later role cue is Y as well.
    assert _speakers(text, lang) == ["Anna Berg", "Anna Berg"]


def test_a_compound_economist_s_colon_quote_is_his_not_the_source_named_before() -> None:
    # "Laut Statistikamt …" names a source in the paragraph before; the economist's colon quote is his own.
    text = ("Laut Statistikamt hat Österreich im Jahr 2025 Gas im Wert von 12 Milliarden Euro eingeführt.\n\n"
            "Der Agrarökonom Jonas Weber vom WIFO sieht vor allem ein Preisproblem: „Das Gas bleibt bis 2030 teuer. "
            "Bis dahin helfen nur Speicher.“")
    assert _speakers(text, "de") == ["Jonas Weber"]
    # A name with a role word the lists do not know is still someone else, never the source before.
    assert _speakers(text.replace("Agrarökonom", "Fachmann"), "de") == [None]


def test_a_pronoun_goes_to_the_person_of_its_gender_an_undersecretary_introduced() -> None:
    # The undersecretary is a role word: she is a person, the subject the pronoun "she" stands for.
    text = ("Defence Undersecretary Laura Bianchi met shipyard chief executive Marco Ferri.\n\n"
            '"Half of the parts will be made in Chile," she stressed, while he recalled that the yard employs 900 people.')
    assert _speakers(text, "en") == ["Laura Bianchi"]
    text = ("La sottosegretaria agli Esteri Laura Bianchi ha incontrato l'amministratore delegato del cantiere, "
            "Marco Ferri.\n\n«La metà dei pezzi sarà prodotta in Cile», ha sottolineato lei, mentre lui ha ricordato "
            "che il cantiere impiega 900 persone.")
    assert _speakers(text, "it") == ["Laura Bianchi"]


def test_an_outlet_named_after_a_preposition_is_no_first_part_of_an_interrupted_quote() -> None:
    # "в беседе с "Коммерсантом" назвал оценки министра …: "…"": the outlet's quoted name is no one's words,
    # so the deputy's colon quote is not joined to it, nor given to the minister the cue's object names.
    text = ('"Добыча вырастет до 540 миллионов тонн", - сказал министр энергетики Иван Петров.\n\n'
            'Депутат Госдумы Олег Смирнов в беседе с "Коммерсантом" назвал оценки министра завышенными: '
            '"Никаких 540 миллионов не будет. Будет от силы 520".')
    assert _speakers(text, "ru") == ["Иван Петров", None, "Олег Смирнов"]


def test_a_pronoun_of_the_other_gender_than_the_speech_verb_is_not_the_speaker() -> None:
    # Maltese "qalet" is she said; "huwa" after it is the copula (he/it is): the quotation is not the man's.
    text = ("Il-Ministru Miriam Borg iffirmat ftehim ma' Janis Ozols.\n\n"
            "Ozols qal li l-pajjiż \"lest li jsaħħaħ il-kooperazzjoni\".\n\n"
            "Aktar tard il-Ministru qalet li l-valur tal-ftehim huwa ta' \"madwar €1.2 biljun\".")
    assert _speakers(text, "mt") == ["Janis Ozols", "Miriam Borg"]


@pytest.mark.parametrize(("lang", "speaker", "text"), [
    ("en", "Ivan Dorov", "At the summit President Ivan Dorov, Prime Minister Lena Marsh and Foreign Minister Paolo Grieco took part. "
           "The delegation of Turkey was led by its Foreign Minister Kemal Aydin.\n\n"
           'The President said in his speech that the region must use its transit routes: "Our trade reached '
           '118 billion dollars in 2025, but this is still too little."'),
    ("tg", "Карим Саидов", "Дар ҷаласа Президенти Ҷумҳурии Тоҷикистон Карим Саидов, Президенти Ҷумҳурии Исломии Эрон Масъуд Ҷалолӣ ва "
           "Сарвазири Покистон Шаҳбоз Раҳимӣ иштирок карданд. Ҳайати Туркияро Вазири корҳои хориҷии ин кишвар "
           "Ҳоқон Демир сарварӣ намуд.\n\n"
           "Президент дар суханронии худ қайд кард, ки минтақа бояд аз имкониятҳои транзитии худ истифода барад. "
           "«Ҳаҷми савдо соли 2025 ба 118 миллиард доллар расид, вале ин ҳанӯз кам аст», — гуфт ӯ."),
])
def test_role_holders_listed_after_an_opening_phrase_are_its_subjects(lang: str, speaker: str, text: str) -> None:
    # "At the summit President X, President Y and …": the comma after X lists role holders, it does not close
    # a phrase X is the object of; X is a subject, and "the President" later is X.
    assert _speakers(text, lang) == [speaker]


def test_a_pronoun_shows_its_persons_gender_to_later_cues() -> None:
    # "he told reporters" makes Dalton a man: the "she said" after it is no one named, not him.
    text = ('Prime Minister Mark Dalton arrived in Oslo on Monday. "We are ready," he told reporters. '
            'Dalton said the deal would help refiners. "This is a proud day for the sector," she said.')
    assert _speakers(text, "en") == ["Mark Dalton", None]


def test_a_role_word_opening_an_institution_s_name_stands_for_no_one() -> None:
    # "King’s College London" names a college, not a king: the man a pronoun showed before is not named in
    # the paragraph, so the "he said" after the expert's words is the expert's, not the visitor's.
    text = ("Estonia welcomed its Latvian counterpart, Mark Dalton, to Tallinn on Monday.\n\n"
            "Mr Dalton said the visit marked a new start. ‘We are ready,’ he told reporters.\n\n"
            "Dr Paul Ferris, a historian at King’s College London, said the deal was overdue. "
            "‘It should have come years ago,’ he said.")
    assert _speakers(text, "en") == ["Mark Dalton", "Paul Ferris"]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # A party's name ending with a figure ends before its member's name.
        ("it", "Il senatore del Movimento 5 Stelle Paolo Conti ha votato contro. «È una legge sbagliata», ha detto "
         "Conti.", "Paolo Conti"),
        # An institution's inflected adjective after the name, before its lower-case head noun.
        ("fi", "Tutkija Anna Virtanen Kansainvälisestä instituutista pitää sopimusta tärkeänä. "
         "Virtanen arvioi, että hyöty on suuri.", "Anna Virtanen"),
        # A party's one-word name right after the word for a party, before its member's name.
        ("es", "La senadora del partido Verde Lucía Ramírez criticó el plan. «Es un error», dijo Ramírez.",
         "Lucía Ramírez"),
        ("en", "The lawmaker of the party Forward Tom Hale opposed the bill. \"It is a mistake,\" Hale said.",
         "Tom Hale"),
        # A party's one-word name right after the role, before its member's name.
        ("fr", "La députée Écolo Claire Masson a critiqué le budget. « C'est une erreur », a dit Masson.",
         "Claire Masson"),
        ("es", "El diputado Vox Carlos Prieto votó en contra. «Es un error», dijo Prieto.", "Carlos Prieto"),
        # A party's name before "MP" (a role word, as "senator" is), then the member's name after a speech verb.
        ("en", "\"The plan is a mistake,\" said Labour MP Ruth Kelly.", "Ruth Kelly"),
        # An institution's (a party's) name of two words, its head noun first, right before a given name and surname.
        ("es", "La diputada del Pacto Histórico Lucía Fernanda Ramírez criticó el plan. «Es un error», dijo Ramírez.",
         "Lucía Fernanda Ramírez"),
        ("pt", "O presidente da Fundação Oriente Pedro Miguel Alves criticou o plano. «É um erro», disse Alves.",
         "Pedro Miguel Alves"),
    ],
)
def test_a_name_takes_no_word_of_the_institution_next_to_it(lang: str, text: str, person: str) -> None:
    assert People(text, [(0, len(text))], lang).people() == (person,)


def test_an_and_inside_an_institutions_name_ends_it_before_the_members_name() -> None:
    text = "Il deputato di Alleanza Verdi e Sinistra Luca Bassi ha detto che la legge è sbagliata."
    assert People(text, [(0, len(text))], "it").people() == ("Luca Bassi",)
    # Between two people it joins two names: the given names after it stay.
    text = "Hanno parlato Giorgia Meloni e Antonio Tajani, poi Meloni e Maria Grazia Rossi hanno detto che va bene."
    assert "Maria Grazia Rossi" in People(text, [(0, len(text))], "it").people()


def test_latin_transliterations_of_one_name_in_several_languages_are_one_speaker() -> None:
    # Hungarian s and sz, Polish sz, Turkish ş and English sh; j and y; -ew and -ev; Turkish Rüstem for Rustam:
    # one person each, shown as the English source spells the name.
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(
        [("Serzod Juldasev", "hu"), ("Şerzod Yuldaşev", "tr"), ("Szerzod Juldaszew", "pl"), ("Sherzod Yuldashev", "en"),
         ("Rüstem Azimov", "tr"), ("Rustam Azimov", "en")]))
    articles = tuple(_article(lang, lang) for lang in ("hu", "tr", "pl", "en"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [q.speaker for q in out] == ["Sherzod Yuldashev"] * 4 + ["Rustam Azimov"] * 2
    assert len(speakers) == 2
    # Without an English source: the spelling with the fewest letters English writes otherwise (tr, not hu or pl).
    out, _ = build_speakers(quotes[:3], articles, Config())
    assert {q.speaker for q in out} == {"Şerzod Yuldaşev"}


def test_a_belarusian_latin_surname_and_its_russian_form_are_one_speaker() -> None:
    # Belarusian -оў is -ou in Latin where Russian writes -ов, and one unstressed vowel is spelt otherwise
    # (Hrachanou, Греченов); with another given name, or another ending, they stay apart.
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(
        [("Павел Греченов", "ru"), ("Paweł Hreczanou", "pl"), ("Ivan Lobanou", "pl"), ("Иван Лобанова", "ru")]))
    articles = (_article("ru", "ru"), _article("pl", "pl"))
    _, speakers = build_speakers(quotes, articles, Config())
    assert len(speakers) == 3


def test_namesakes_in_latin_transliterations_stay_apart() -> None:
    # Another given name (a consonant differs) or another family name (two vowels differ: Rasulov, Rusalov): two
    # people each; only given names may differ in their vowels.
    quotes = tuple(Quote(i, i + 1, "a b c", speaker=name, article=aid) for i, (name, aid) in enumerate(
        [("Sherzod Yuldashev", "en"), ("Şahzod Yuldaşev", "tr"), ("Anvar Rasulov", "en"), ("Anvar Rusalov", "tr")]))
    articles = (_article("en", "en"), _article("tr", "tr"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [q.speaker for q in out] == ["Sherzod Yuldashev", "Şahzod Yuldaşev", "Anvar Rasulov", "Anvar Rusalov"]
    assert len(speakers) == 4


def test_shown_names_finds_a_quoted_form_of_the_person_among_many() -> None:
    shown = {f"Anna Name{i:03d}ova": f"Anna Name{i:03d}ova" for i in range(300)}
    shown |= {"Ilham Aliyev": "Ilham Aliyev", "Shavkat Mirziyoyev": "Shavkat Mirziyoyev",
              "Luiz Inácio Lula da Silva": "Luiz Inácio Lula da Silva"}
    shown_as = ShownNames(shown)
    assert shown_as("Ильхам Алиев") == "Ilham Aliyev"  # across scripts
    assert shown_as("Savkat Mirzijojev") == "Shavkat Mirziyoyev"  # across transliterations
    assert shown_as("Aliyevem") == "Ilham Aliyev"  # a case form
    assert shown_as("Luiz Inácio Lula") == "Luiz Inácio Lula da Silva"
    assert shown_as("Anna Name007ovou") == "Anna Name007ova"
    assert shown_as("Olena Zelenska") == "Olena Zelenska"  # never quoted: as given


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los primeros ministros de Portugal, Grecia y Austria, Luís Moreira, Nikos Andreou y Franz Huber, "
           "firmaron ayer un acuerdo. Huber, que habló primero, fue breve. «Austria quiere puertos», dijo el "
           "primer ministro griego."),
    ("en", "The prime ministers of Portugal, Greece and Austria, Luís Moreira, Nikos Andreou and Franz Huber, signed "
           "a pact. Huber, who spoke first, was brief. \"Greece wants ports,\" said the Greek prime minister."),
])
def test_a_list_of_countries_then_of_names_pairs_them_for_a_nationality_role(lang: str, text: str) -> None:
    # "The presidents of A, B and C, X, Y and Z": the text pairs each name with its country in order, so the
    # role of B's nationality later is Y (named only there), not the last subject.
    assert _speakers(text, lang) == ["Nikos Andreou"]


def test_a_full_name_after_a_lower_case_institution_noun_is_a_person() -> None:
    # "Политолог … университета Пётр Смирнов": the institution's head noun, written lower-case, ends the
    # institution; the full name after it is the commentator "эксперт" stands for, not the MP quoted before.
    text = ("Депутат Сейма Иван Орлов напомнил о бюджете. «Мы против этого плана», — заявил Орлов.\n\n"
            "Политолог Рижского университета Пётр Смирнов считает, что визит важен. «Это шанс для обеих "
            "стран», — отметил эксперт.")
    assert _speakers(text, "ru") == ["Иван Орлов", "Пётр Смирнов"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("tr", "Enerji Bakanı Ahmet Yılmaz Türkiye adına konuştu.", "Ahmet Yılmaz"),
        ("ru", "Министр энергетики Иван Петров Казахстан готов поставлять газ, сказал он.", "Иван Петров"),
    ],
)
def test_a_country_after_a_full_name_is_no_part_of_it(lang: str, text: str, name: str) -> None:
    # The country opens the next clause ("Kazakhstan is ready"): the name is the given name and surname.
    assert People(text, [(0, len(text))], lang).people() == (name,)


def test_a_place_made_of_particle_and_surname_does_not_rename_the_person() -> None:
    # "en La Fuente" (a town) reads as particle + surname and joins Pedro Fuente: he keeps his given name.
    text = ("El ministro Pedro Fuente llegó el lunes. «Es un buen día», dijo Fuente. "
            "La próxima reunión será en La Fuente.")
    assert People(text, [(0, len(text))], "es").people() == ("Pedro Fuente",)


def test_a_capitalised_particle_before_a_surname_written_alone_is_a_place() -> None:
    # No given name anywhere: "in La Fuente" beside "Mr Fuente" leaves him "Fuente", not the town's name.
    text = ('"We agree," Mr Fuente said on Monday. Mr Fuente arrived from Lima. '
            "The ministers will meet again in La Fuente.")
    assert People(text, [(0, len(text))], "en").people() == ("Fuente",)


def test_a_lone_surname_ties_to_the_full_name_with_a_glued_particle() -> None:
    # "al-" glued to the surname is a particle: "Mr Hakim" is "Karim Nasser al-Hakim", not a second person.
    text = ('Talks were held with President Karim Nasser al-Hakim on Monday. "We agree," Mr Hakim said. '
            "Hakim left at noon.")
    assert People(text, [(0, len(text))], "en").people() == ("Karim Nasser al-Hakim",)


def test_qualified_role_stands_for_the_one_introduced_with_its_qualifier() -> None:
    # Two people introduced with "Secretary" (Home, State): a later "the Home Secretary" is the one
    # introduced with that qualifier, not the researcher named last.
    text = ("The Home Secretary, Jane Miller, signed a deal with Norway.\n\n"
            "The Norwegian State Secretary for Justice, Ola Berg, said applications fell.\n\n"
            "Dr Tom Baker, a researcher at the Institute for Policy, said the deal was modest.\n\n"
            "Asked about the EU, the Home Secretary said talks were going well.")
    roles = [m for m in People(text, [(0, len(text))], "en").resolve() if m.form == "Secretary"]
    assert [m.person for m in roles] == ["Jane Miller"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El canciller Pedro Soto habló primero. «Es un buen acuerdo», dijo.\n\n"
           "El chileno Mario Fuentes Rojas, que llegó tarde, fue el más crítico. «Faltan las cifras», aseguró."),
    ("pt", "O ministro Paulo Girão falou primeiro. «É um bom acordo», disse.\n\n"
           "O chileno Mario Fuentes, que chegou atrasado, foi o mais crítico. «Faltam os números», afirmou."),
])
def test_a_full_name_after_an_article_and_a_nationality_is_a_person(lang: str, text: str) -> None:
    # "The Chilean Mario Fuentes, who …, was the most critical. «…», he said.": the nationality used as a noun
    # introduces the person named once; the bare cue is his, not the previous speaker's.
    assert _speakers(text, lang) == [
        "Pedro Soto" if lang == "es" else "Paulo Girão", "Mario Fuentes Rojas" if lang == "es" else "Mario Fuentes"]


def test_a_full_name_set_off_by_commas_before_a_word_and_a_colon_is_a_person() -> None:
    # "The head of the Commission, X Y, answered: “…”" in a language without lists: the name between commas,
    # then one lower-case word (the speech verb the lists lack) and a colon opening the quotation.
    text = ("Wire\n\nNews\n\nIl-Ministru tal-Intern Karmenu Vella ltaqa’ mal-Kummissjoni Interna fil-Belt.\n\n"
            "Il-kap tal-Kummissjoni Interna, Pawlu Camilleri, wieġeb: “Ma naqblux ma’ dan il-pjan tal-Gvern.”\n")
    assert _speakers(text, "any") == ["Pawlu Camilleri"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("uk", "У вівторок його зустрів міністр оборони Польщі Марек Новак. Сторони обговорили постачання.\n",
         "Марек Новак", "міністр оборони Польщі"),
        ("ru", "В среду её встретил министр обороны Польши Марек Новак. Стороны обсудили поставки.\n",
         "Марек Новак", "министр обороны Польши"),
        # A verb no list knows before a title in capitals: the title starts at its first capital.
        ("en", "The delegation later met Chilean President Rosa Ortega. Both sides discussed copper.\n",
         "Rosa Ortega", "Chilean President"),
    ],
)
def test_a_host_s_verb_before_a_role_is_no_part_of_it(lang: str, text: str, name: str, role: str) -> None:
    # "його зустрів міністр оборони …" (the minister met him): the verb belongs to the sentence, the role starts
    # at the role word.
    assert People(text, [(0, len(text))], lang).roles()[name] == role


def test_a_function_word_pair_opening_a_sentence_is_the_name_it_is_mid_sentence() -> None:
    # "То" is a Russian word too: "То Лонг" opening a sentence is the name seen once mid-sentence ("с … То Лонгом"),
    # so the quote after it is his.
    text = ("Премьер Иван Петров встретился в Москве с министром Вьетнама То Лонгом. "
            "То Лонг, в свою очередь, назвал Россию «старым другом».")
    assert _speakers(text, "ru") == ["То Лонг"]
    assert People(text, [(0, len(text))], "ru").people() == ("То Лонг", "Иван Петров")


def test_a_capitalised_function_word_mid_sentence_keeps_its_name_off_the_next_surname() -> None:
    # Polish "To" is a word too: "z To Hungiem Nowak" is the guest in the instrumental, then the subject.
    text = ("Premier Jan Nowak spotkał się w Hanoi z ministrem Wietnamu To Hungiem. "
            "Podczas rozmów z To Hungiem Nowak przekonywał, że „to dobry czas”.")
    assert _speakers(text, "pl") == ["Jan Nowak"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The Emir of Kuwait, Sheikh Sabah bin Jaber Al Sabah, arrived in Rome. \"We came as friends\", said the Emir.",
     "en", "Sabah bin Jaber Al Sabah"),
    ("Ο Εμίρης του Κουβέιτ, σεΐχης Σαμπάχ μπιν Τζάμπερ Αλ Σαμπάχ, έφτασε στη Ρώμη. «Ήρθαμε ως φίλοι», είπε ο Εμίρης.",
     "el", "Σαμπάχ μπιν Τζάμπερ Αλ Σαμπάχ"),
    ("Емирът на Кувейт шейх Сабах бин Джабер Ал Сабах пристигна в Рим. „Дойдохме като приятели“ – каза емирът.",
     "bg", "Сабах бин Джабер Ал Сабах"),
])
def test_an_arabic_name_with_bin_and_al_is_one_person_the_title_then_stands_for(text: str, lang: str, name: str) -> None:
    # "bin Jaber Al Sabah": the particle's word, then a capitalised particle and the last word, all one name;
    # "the Emir" alone then takes the person the article introduced with that title.
    people = People(text, [(0, len(text))], lang)
    assert people.people() == (name,)
    assert [m.person for m in people.resolve() if m.kind == "role"][-1] == name


@pytest.mark.parametrize(("text", "lang"), [
    ("JAKARTA - Menteri Luar Negeri, Retno Marsudi, tiba di Tokyo. “Kami datang sebagai sahabat,” ujarnya.", "id"),
    ("PUTRAJAYA: Timbalan Menteri Luar, Datuk Lim Chee Keong tiba di Tokyo. “Kami datang sebagai sahabat,” katanya.", "ms"),
])
def test_a_multi_word_role_before_a_comma_leaves_no_name_of_its_last_words(text: str, lang: str) -> None:
    # "Menteri Luar Negeri, X": the capitalised words after the role word end a listed role; cut from the name by
    # the comma, they were read as a person "Luar Negeri" of their own.
    people = People(text, [(0, len(text))], lang).people()
    assert not any(p.startswith("Luar") for p in people) and len(people) == 1


def test_a_lone_given_name_with_a_relative_clause_then_a_speech_verb_is_the_subject() -> None:
    # "Amir yang mengetuai rombongan itu berkata,": no comma before the relative clause; Malay and Indonesian call a
    # person by the given name alone, so "katanya" after it is Amir's, not the Sultan's named before.
    text = ("Menteri Besar, Datuk Seri Amir Hakim tiba di Kuching.\n\nSultan Azlan Muizzuddin bertitah: “Selamat datang.”\n\n"
            "Amir yang mengetuai rombongan itu berkata, kerajaan negeri akan membina jalan baharu.\n\n"
            "“Projek ini bermula tahun depan,” katanya.")
    assert _speakers(text, "ms")[-1] == "Amir Hakim"


def test_a_capitalised_run_after_a_facility_head_noun_is_no_one() -> None:
    # "Lebuhraya Pan Borneo Sabah": a road's name after its head noun, not a person "Pan Borneo Sabah" or "Sabah".
    text = ("Amir Hakim berkata, kerajaan sedang membina Lebuhraya Pan Borneo Sabah untuk penduduk.\n\n"
            "Jalan ke kampung di pedalaman Sabah masih tanah merah.")
    assert People(text, [(0, len(text))], "ms").people() == ("Amir Hakim",)


def test_a_function_word_given_name_after_a_role_phrase_closed_by_its_country_is_a_name() -> None:
    # "Вице-премьер Государственного совета КНР Ли Вэй": "Ли" (a particle too) is led by the role a few words
    # back across its council's genitive and the country; the council's adjective is no one's name.
    text = ("Вице-премьер Государственного совета КНР Ли Вэй посетил Ташкент.\n\n"
            "— Мы довольны итогами, — сказал он журналистам.")
    assert _speakers(text, "ru") == ["Ли Вэй"]
    assert People(text, [(0, len(text))], "ru").people() == ("Ли Вэй",)


def test_a_chair_is_a_role() -> None:
    # "Председатель …" (chair) introduces its holder as any role word does; "сказал председатель" is then his.
    text = ("Председатель парламента Казахстана Арман Беков открыл сессию. Затем выступил министр Иван Орлов.\n\n"
            "«Мы начинаем работу», — сказал председатель.")
    assert _speakers(text, "ru") == ["Арман Беков"]


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Meret Orazow habarçylara: “Bazar ösýär” diýdi.", "tk", "Meret Orazow"),
    ("Wczoraj Marek Zieliński dziennikarzom: „Rynek rośnie”.", "pl", "Marek Zieliński"),
])
def test_a_full_name_then_whom_it_tells_and_a_colon_quotation_is_the_speaker(text: str, lang: str, person: str) -> None:
    # A full name, then the addressee in a case (reporters, a correspondent) and a colon opening the quotation:
    # the name speaks, though no role or verb comes before the colon.
    assert People(text, [(0, len(text))], lang).people() == (person,)


def test_a_han_name_and_its_latin_and_cyrillic_forms_are_one_person() -> None:
    # A Chinese name meets its pinyin whole and its Palladius transcription by consonants; a foreign name in
    # Xinhua characters meets its Latin form, the full one with its middle dot and the family name alone.
    assert one_person("李强", "Li Qiang") and one_person("李强", "Ли Цян")
    assert not one_person("李强", "Li Keqiang")
    assert one_person("埃马纽埃尔·马克龙", "Emmanuel Macron") and one_person("马克龙", "Emmanuel Macron")
    assert not one_person("埃马纽埃尔·马克龙", "Emmanuel Moreau")


def test_an_arabic_name_and_its_latin_and_cyrillic_forms_are_one_person() -> None:
    # Arabic writes no short vowels and an article the other forms may drop: the consonants meet.
    assert one_person("سامح شكري", "Sameh Shoukry") and one_person("سامح شكري", "Самех Шукри")
    assert one_person("عبد الفتاح السيسي", "Abdel Fattah el-Sisi")
    # A shared given name is no one person, nor a family name of too few consonants to tell.
    assert not one_person("محمد", "Mohammed bin Rashid") and not one_person("السيسي", "Abdel Fattah el-Sisi")


def test_a_han_form_joins_the_latin_and_cyrillic_forms_of_its_person_under_the_latin_heading() -> None:
    # "Li Qiang" and "Ли Цян" share no key of their own (pinyin q, Palladius ц): 李强 is both wholly, so the
    # three are one speaker, headed by the Latin form, and each article's quote keeps its own script's name.
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang)
                     for aid, lang in (("e", "en"), ("r", "ru"), ("z", "zh")))
    quotes = (Quote(0, 5, "a b c d e", speaker="Li Qiang", article="e", id="e:q0"),
              Quote(0, 5, "а б в г д", speaker="Ли Цян", article="r", id="r:q0"),
              Quote(0, 5, "一二三四五", speaker="李强", article="z", id="z:q0"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [s.name for s in speakers] == ["Li Qiang"]
    assert set(speakers[0].aliases) == {"Ли Цян", "李强"}
    assert [q.speaker for q in out] == ["Li Qiang", "Ли Цян", "李强"]


def test_a_latin_heading_takes_a_latin_role_over_an_arabic_one() -> None:
    # Two Arabic articles and one English one introduce him: the heading is Latin, so is the role beside it.
    def article(aid: str, lang: str, name: str, role: str) -> Article:
        analysis = Analysis(lang, None, None, None, (), (), (), roles=((name, role, False),))
        return Article(aid, f"{aid}.txt", "x" * 100, analysis, lang=lang)
    articles = (article("a1", "ar", "سامح شكري", "وزير الخارجية المصري"),
                article("a2", "ar", "سامح شكري", "وزير الخارجية المصري"),
                article("e", "en", "Sameh Shoukry", "Egyptian Foreign Minister"))
    quotes = tuple(Quote(0, 5, "a b c d e", speaker=a.analysis.roles[0][0], article=a.id, id=f"{a.id}:q0")
                   for a in articles if a.analysis)
    _, speakers = build_speakers(quotes, articles, Config())
    assert [(s.name, s.role) for s in speakers] == [("Sameh Shoukry", "Egyptian Foreign Minister")]


def test_a_hangul_name_and_its_latin_and_cyrillic_forms_are_one_person() -> None:
    # Hangul is read letter by letter (Revised Romanization): Korean's added vowels fall away with the others, and
    # a one-word Korean name's family name is read as Latin spellings write it (이, Lee).
    assert one_person("올라프 숄츠", "Olaf Scholz") and one_person("올라프 숄츠", "Олаф Шольц")
    assert one_person("숄츠", "Olaf Scholz") and not one_person("숄츠", "Olaf Scholl")
    assert one_person("이민수", "Lee Min-soo") and one_person("이민수", "Ли Мин Су")
    assert not one_person("이민수", "Lee Jae-hoon")


def test_a_katakana_or_kanji_name_and_its_latin_form_are_one_person() -> None:
    # Katakana is read letter by letter (kana.txt), ン before a p as m; a kanji name only by the Japanese family
    # name it opens with (its pinyin, xiaolin, would say nothing), its given name unread.
    assert one_person("マルコ・ロッシ", "Marco Rossi") and one_person("ドナルド・トランプ", "Donald Trump")
    assert not one_person("マルコ・ロッシ", "Mario Bianchi")
    assert one_person("小林", "Hiroshi Kobayashi") and one_person("小林浩", "Hiroshi Kobayashi")
    assert not one_person("小林", "Hiroshi Tanaka")
    # A Chinese name keeps its pinyin.
    assert one_person("王毅", "Wang Yi") and not one_person("王毅", "Hiroshi Kobayashi")



def test_a_katakana_spelling_of_a_spanish_ll_or_y_meets_the_latin_form() -> None:
    # Japanese writes Spanish ll and y as ジャ, ジョ..., which also write j (ジャクソン): a name holding one is read
    # both ways (kana.txt's second readings).
    assert one_person("ビジャロボス", "María Yolanda Villalobos")
    assert one_person("マリア・ジョランダ・ビジャロボス", "María Yolanda Villalobos")
    assert one_person("アンドルー・ジャクソン", "Andrew Jackson")
    assert not one_person("ビジャロボス", "Ana Villamizar")


def test_an_english_soft_dg_meets_its_katakana_and_cyrillic_j() -> None:
    # Hodgson sounds ho-ji-son, as katakana writes it; Edgar keeps its d and g.
    assert one_person("Tim Hodgson", "ティム・ホジソン") and one_person("ティム・ホジソン", "Tim Hodgson")
    from digest import speakers

    assert speakers._bridge_words("Edgar") == ("tkl",)  # d, g, r: no j before a back vowel


def test_a_lone_latin_word_meets_no_katakana_name_by_its_consonants_alone() -> None:
    # ホジソン reads k-s-n as "Gasunie" does: a company's one-word name is no katakana-written person.
    assert not one_person("Gasunie", "ティム・ホジソン") and not one_person("ティム・ホジソン", "Gasunie")
    assert one_person("ビジャロボス", "María Yolanda Villalobos")


def test_an_arabic_script_waw_before_a_long_vowel_is_also_read_as_w() -> None:
    # و is a vowel (بوتين, Putin) or the consonant (شیروانی, Sherwani): a name with one before ا or ی is read both ways.
    assert one_person("نوید شیروانی", "Navid Sherwani") and one_person("شیروانی", "Navid Sherwani")
    assert not one_person("نوید شیروانی", "Navid Shirazi") and one_person("بوتين", "Vladimir Putin")


def test_a_katakana_fu_before_a_consonant_meets_a_latin_h() -> None:
    # Japanese cannot write an h before a consonant bare: メフメト is Mehmet, アフメト Ahmet (フ read both ways).
    assert one_person("メフメト・ユルマズ", "Mehmet Yılmaz") and one_person("アフメト・ユルマズ", "Ahmet Yılmaz")
    assert one_person("フランク・ミュラー", "Frank Müller")
    assert not one_person("メフメト・ユルマズ", "Murat Yılmaz")


def test_a_japanese_form_joins_its_person_under_the_latin_heading() -> None:
    # A Japanese and an English report of one visit: the kanji and the katakana forms join the English ones.
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang) for aid, lang in (("e", "en"), ("j", "ja")))
    quotes = (Quote(0, 5, "a b c d e", speaker="Hiroshi Kobayashi", article="e", id="e:q0"),
              Quote(0, 5, "a b c d e", speaker="Marco Rossi", article="e", id="e:q1"),
              Quote(0, 5, "あいうえお", speaker="小林", article="j", id="j:q0"),
              Quote(0, 5, "あいうえお", speaker="マルコ・ロッシ", article="j", id="j:q1"))
    _, speakers = build_speakers(quotes, articles, Config())
    assert sorted(s.name for s in speakers) == ["Hiroshi Kobayashi", "Marco Rossi"]


def test_given_names_may_differ_by_their_last_consonant_after_three_that_agree() -> None:
    # A word-final German ch is an h in Korean and Russian, an s in the consonant classes of Latin spellings.
    assert one_person("프리드리히 메르츠", "Friedrich Merz")
    # Two agreeing consonants are too few to tell one given name from another.
    assert not one_person("안톤 메르츠", "Antal Merz")


def test_a_hangul_form_joins_its_person_under_the_latin_heading() -> None:
    # A Korean and an English report of one visit: one speaker each, headed by the Latin form, which every quote
    # takes: the Hangul forms spell its consonants (see _spelt_heading), so the heading is theirs in Latin letters.
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang) for aid, lang in (("e", "en"), ("k", "ko")))
    quotes = (Quote(0, 5, "a b c d e", speaker="Lee Min-soo", article="e", id="e:q0"),
              Quote(0, 5, "a b c d e", speaker="Olaf Scholz", article="e", id="e:q1"),
              Quote(0, 5, "가 나 다 라 마", speaker="이민수", article="k", id="k:q0"),
              Quote(0, 5, "가 나 다 라 마", speaker="올라프 숄츠", article="k", id="k:q1"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert sorted(s.name for s in speakers) == ["Lee Min-soo", "Olaf Scholz"]
    assert {a for s in speakers for a in s.aliases} == {"이민수", "올라프 숄츠"}
    assert [q.speaker for q in out] == ["Lee Min-soo", "Olaf Scholz", "Lee Min-soo", "Olaf Scholz"]


def test_a_latin_form_joining_a_hangul_headed_group_meets_an_arabic_form() -> None:
    # The Korean form is quoted most and heads the group; Hangul and Arabic forms are never compared, so the
    # Arabic one meets the person by the Latin form that joined it.
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang)
                     for aid, lang in (("k", "ko"), ("e", "en"), ("a", "ar")))
    quotes = (Quote(0, 5, "가 나 다 라 마", speaker="올라프 숄츠", article="k", id="k:q0"),
              Quote(0, 5, "가 나 다 라 마", speaker="올라프 숄츠", article="k", id="k:q1"),
              Quote(0, 5, "a b c d e", speaker="Olaf Scholz", article="e", id="e:q0"),
              Quote(0, 5, "ا ب ت ث ج", speaker="أولاف شولتس", article="a", id="a:q0"))
    _, speakers = build_speakers(quotes, articles, Config())
    assert [(s.name, set(s.aliases)) for s in speakers] == [("Olaf Scholz", {"올라프 숄츠", "أولاف شولتس"})]


def test_a_given_name_with_a_lower_case_relative_is_one_in_a_roles_apposition() -> None:
    # "Esperança" shares its start with "esperamos" (a word the article writes lower-case, as places' adjectives
    # do); set off by commas after a role it is still the holder's given name, here and at the next mention.
    text = ("A ministra angolana, Esperança da Silva, disse hoje que o projeto \"já mostrou resultados\".\n\n"
            "Na abertura da reunião, Esperança da Silva lembrou que Luanda pagou a obra. "
            "«Nós não esperamos por ajuda. O porto abre amanhã», afirmou.\n")
    assert _speakers(text, "pt") == ["Esperança da Silva", "Esperança da Silva"]


def test_serbian_accusative_given_name_and_a_mans_genitive_role_before_a_pronoun_cue() -> None:
    # "Nikolu Markovića" is the accusative of Nikola Marković (a man's -a given name takes -u there, his -ić
    # surname the genitive's -a), and "potpredsednika" is a man's role in the genitive, no woman's -ka: so
    # "dodao je on" after "Prema rečima Markovića" is his, not the host's.
    text = ("BEOGRAD - Ministar spoljnih poslova Mađarske Peter Sijarto primio je u utorak potpredsednika Vlade Srbije "
            "Nikolu Markovića.\n\n"
            "„Saradnja naših zemalja je odlična“, izjavio je Sijarto.\n\n"
            "Prema rečima Markovića, trgovina je prošle godine porasla. „Želimo još više investicija“, dodao je on.\n")
    assert _speakers(text, "sr") == ["Peter Sijarto", "Nikola Marković"]


def test_a_romanian_office_in_the_serbian_genitive_is_no_name_word() -> None:
    # "ministar unutrašnjih poslova Rumunije X": the country in the genitive is the office's, not a given name.
    text = ("BUKUREŠT - Ministar finansija Rumunije Andrej Popesku primio je kolegu iz Srbije.\n\n"
            "„Razgovarali smo o budžetu“, izjavio je Popesku.\n")
    assert _speakers(text, "sr") == ["Andrej Popesku"]


def test_pt_a_new_holder_before_a_bare_cue_is_no_preposition_object() -> None:
    # "A economista X" opens with the article (pt "a" is the preposition too, but before a role it would be
    # "à"), and "na opinião do professor Y" is a reporting phrase with "de" contracted: each new person is the
    # subject of the sentence before the bare "afirmou"/"avaliou", not the deputy quoted earlier.
    text = ("O deputado Rui Fontes criticou o acordo. \"Ninguém leu o contrato\", disse.\n\n"
            "A economista Joana Ribeiro, da Universidade do Porto, considera que o acordo é útil. "
            "\"O porto precisa de carga nova\", afirmou.\n\n"
            "Na opinião do professor Tiago Matos, da Universidade de Lisboa, o risco é outro. "
            "\"Os prazos são curtos demais\", avaliou.\n")
    assert _speakers(text, "pt") == ["Rui Fontes", "Joana Ribeiro", "Tiago Matos"]


def test_a_country_after_the_roles_field_ties_the_holder_to_it() -> None:
    # "ministrul de Interne al Republicii Bulgaria, X": the country after the office's field is X's, so a later
    # "a afirmat prim-vicepremierul bulgar" is X, not the host (also a deputy prime minister) quoted before.
    text = ("Chișinău, 3 mar /Agerpres/ - Viceprim-ministrul, ministrul Afacerilor Interne, Andrei Popa, l-a primit "
            "marți, la Chișinău, pe prim-vicepremierul și ministrul de Interne al Republicii Bulgaria, Petar Kolev, "
            "discuțiile fiind axate pe comerț.\n\n"
            "„Vom deschide un nou consulat la Varna”, a declarat Popa.\n\n"
            "Ministrul bulgar a mulțumit părții moldovene pentru sprijin. „Comerțul nostru a crescut anul trecut”, "
            "a spus Kolev.\n\n"
            "„Exporturile noastre au depășit un miliard de euro”, a afirmat prim-vicepremierul bulgar.\n")
    assert _speakers(text, "ro") == ["Andrei Popa", "Petar Kolev", "Petar Kolev"]


def test_a_feminised_surname_joins_the_double_surname_it_comes_from() -> None:
    # A Czech article quotes "Ingrid Berghová", a Norwegian one "Bergh" after "Ingrid Bergh-Olsen": one person,
    # headed by the name she writes herself (the lone first part of her double surname is hers in her article).
    text = ("Forsvarsminister Ingrid Bergh-Olsen møtte i dag sin tsjekkiske kollega. "
            "«Vi fortsetter støtten», sa Bergh på en pressekonferanse.\n")
    (no,) = find_quotes(text, clean(text).blocks, (), "no")
    assert no.speaker == "Ingrid Bergh-Olsen"
    articles = tuple(Article(aid, f"{aid}.txt", "x" * 100, None, lang=lang) for aid, lang in (("c", "cs"), ("n", "no")))
    quotes = (Quote(0, 5, "a b c d e", speaker="Ingrid Berghová", article="c", id="c:q0"),
              Quote(0, 5, "a b c d e", speaker="Ingrid Berghová", article="c", id="c:q1"),
              Quote(0, 5, "f g h i j", speaker="Ingrid Bergh-Olsen", article="n", id="n:q0"))
    out, speakers = build_speakers(quotes, articles, Config())
    assert [s.name for s in speakers] == ["Ingrid Bergh-Olsen"]
    assert {q.speaker for q in out} == {"Ingrid Bergh-Olsen"}


def test_an_outlet_name_in_another_script_between_a_role_and_its_holder_is_no_name() -> None:
    # "экономист Baltic Coal Review Олег Бондарь": the Latin words are the outlet's name left untransliterated,
    # however its last word ends (Review looks like a Polish -ew surname); the Cyrillic full name after it is the
    # role's holder and the speaker.
    text = ("Рынок ждёт решения. «Цены на уголь вырастут к зиме», – сказал агентству экономист Baltic Coal Review "
            "Олег Бондарь.\n")
    assert _speakers(text, "ru") == ["Олег Бондарь"]
    text = "„Цените на въглищата ще растат“, каза анализаторът от Balkan Energy Review Иван Петров.\n"
    assert _speakers(text, "bg") == ["Иван Петров"]


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("По данным Росстата, товарооборот с Казахстаном составил 28 млрд долларов.", "ru", []),
        ("За даними Держстату, товарообіг з Польщею склав 9 млрд доларів.", "uk", []),
        # A person named in full before: "по данным" of that person is still theirs.
        ("Экономист Иван Иванов изучил рынок. По данным Иванова, товарооборот составил 12 млрд евро.", "ru",
         ["Иван Иванов"]),
        # Words, not data: one word after "по словам" is a person's name.
        ("По словам Мерца, товарооборот составил 12 млрд евро.", "ru", ["Мерца"]),
    ],
)
def test_one_word_after_a_phrase_of_data_names_a_body(text: str, lang: str, people: list[str]) -> None:
    # "По данным Евростата" (according to Eurostat's data): the word after a phrase of data is the body giving
    # the figures, no person, as "According to Eurostat data" is in English.
    assert sorted({m.person for m in People(text, [(0, len(text))], lang).resolve([]) if m.person}) == people
@pytest.mark.parametrize("endings", [_SURNAME_CASE, _PLACE_CASE])
@pytest.mark.parametrize("word", ["Тоқаевтың", "Путинмен", "Əliyevə", "Tokayevi", "Ficovi", "Kevin", "Berdimuhamedowyň",
                                  "Астанаға", "Мәскеуде", "Бейжіңде", "Փաշինյանի", "Պուտինը", "ը", "", "a", "Bundeskanzler",
                                  "Ministerpräsidentin", "Тоқаевтың\n", "Астанада\n", "Kuala-Lumpurda"])
def test_endings_search_as_their_regex(endings: _Endings, word: str) -> None:
    """The look-ups that spare most words the regex find what the regex alone finds, where it finds it."""
    expected = endings.pattern.search(word)
    found = endings.search(word)
    assert (found and found.span()) == (expected and expected.span())


def test_endings_without_an_ending_search_every_word() -> None:
    """An empty ending matches any word: no look-up may rule one out."""
    endings = _Endings(r"(?:ab|)$", ["ab", ""])
    assert endings.search("xyz") is not None and endings.search("xab").span() == (1, 3)


@pytest.mark.parametrize("lang, text, listed", [
    ("en", "President Asan Tulegenov received the presidents of Tajikistan Rustam Nazarov, Turkmenistan Serdar Amanov "
           "and Uzbekistan Shukhrat Martynov.", ("Rustam Nazarov", "Serdar Amanov", "Shukhrat Martynov")),
    ("ru", "Президент Асан Тулегенов принял президентов Таджикистана Рустама Назарова, Туркменистана Сердара Аманова "
           "и Узбекистана Шухрата Мартынова.", ("Назаров", "Аманов", "Мартынов")),
    ("de", "Gastgeber Asan Tulegenow empfing die Präsidenten Rustam Nasarow (Tadschikistan), Serdar Amanow "
           "(Turkmenistan) und Schuhrat Martynow (Usbekistan).", ("Rustam Nasarow", "Serdar Amanow", "Schuhrat Martynow")),
    ("fr", "Le président Asan Toulegenov a reçu les présidents tadjik Roustam Nazarov, turkmène Serdar Amanov et "
           "ouzbek Choukhrat Martynov.", ("Roustam Nazarov", "Serdar Amanov", "Choukhrat Martynov")),
])
def test_a_plural_role_with_a_country_before_each_name_introduces_every_name(
        lang: str, text: str, listed: tuple[str, ...]) -> None:
    people = People(text, [(0, len(text))], lang).people()
    for name in listed:
        assert any(p.endswith(name) or name in p for p in people), (name, people)


def test_thai_letters_read_as_they_sound_and_a_glued_initial_is_no_name() -> None:
    # รร between consonants is a, a word's last ส is t: ธรรมนัส is Thamanat (read letter by letter, Thrrmnas).
    assert one_person("ธรรมนัส", "Thamanat") and not one_person("ธรรมนัส", "Thanakorn")
    # Hangul and katakana transcriptions of a foreign name.
    assert one_person("타마낫", "Thamanat") and one_person("バフリル", "Bahlil")
    # Mongolian glues the initial of the father's name before the name: the name is the person's.
    assert one_person("Г.Занданшатар", "Gombojavyn Zandanshatar") and one_person("Б.Батболд", "Batbold")
    assert not one_person("Г.Занданшатар", "Ли Цян")


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        # A speech verb the lists lacked, and the party in brackets before the role.
        ("en", 'Lena Ortiz, the minister, hosted the talks. "We buy together," the minister said. "They sell us '
               'sovereignty, but the parts come from abroad," denounced the (Green) MP Tom Reade.',
         ["Lena Ortiz", "Tom Reade"]),
        # The party's acronym in brackets between the role and the name.
        ("fr", "La ministre Lena Ortiz a reçu ses homologues. « Nous achetons ensemble », a souligné la ministre. "
               "« On nous vend de la souveraineté », a dénoncé la députée (EELV) Marie Dufresne, membre de la commission.",
         ["Lena Ortiz", "Marie Dufresne"]),
        ("fr", "La ministre Lena Ortiz a reçu ses homologues. « Nous achetons ensemble », a souligné la ministre. "
               "« Les moteurs viendront d'ailleurs », a dit le député (PS) Paul Girard.",
         ["Lena Ortiz", "Paul Girard"]),
        # A possessor before the role: "the EU's" is a determiner as "the" is.
        ("en", 'Lena Ortiz hosted the talks. "We buy together," she said. "A year ago it was a plan," said the '
               "UN's refugee commissioner, Tomas Varga.", ["Lena Ortiz", "Tomas Varga"]),
        # A role, one adjective, its institution's preposition and name, then the holder.
        ("it", "La ministra Lena Ortiz ha parlato. «Un anno fa era solo un piano», ha detto il commissario europeo "
               "al Commercio Tomas Varga. «Oggi è un contratto».", ["Tomas Varga", "Tomas Varga"]),
        # The institution's words end in lower case ("Forze armate") before the holder's name.
        ("it", "Il commissario Tomas Varga ha parlato. La ministra francese delle Forze armate Lena Ortiz, padrona di "
               'casa, ha spiegato che costa meno. "Compriamo insieme", ha affermato.', ["Lena Ortiz"]),
        # An addressee and an adjective before the role, an abbreviation's period inside the office.
        ("pl", "Osiem państw podpisało zamówienie.\n\n– To największe zamówienie w historii – powiedział dziennikarzom "
               "unijny komisarz ds. handlu i rolnictwa Tomas Varga.", ["Tomas Varga"]),
    ],
)
def test_a_cue_naming_a_new_speaker_after_a_long_role_is_not_the_last_speakers(
        lang: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, lang) == speakers
