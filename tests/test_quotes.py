"""Quotations: the seed gold (offsets, speakers, kinds), every mark style, and attribution rules."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from lines import quotes_of, speaker_of

from digest.cleaning import clean
from digest.model import Quote
from digest.quotes import _STOP, find_quotes
from digest.speakers import same_word

SHARED = Path(__file__).parents[2] / "shared"
GOLD = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))


@cache
def seed_quotes(name: str) -> tuple[Quote, ...]:
    text = (SHARED / "seeds" / name).read_text("utf-8")
    return tuple(find_quotes(text, clean(text).blocks, (), GOLD[name]["lang"]))


def same_speaker(pred: str | None, gold: str | None) -> bool:
    return bool(pred and gold) and any(same_word(p, g) for p in pred.split() for g in gold.split())


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_gold_quote_found_at_its_offsets(name: str) -> None:
    spans = {(q.start, q.end) for q in seed_quotes(name)}
    missing = [q["text"][:50] for q in GOLD[name]["quotes"] if (q["start"], q["end"]) not in spans]
    assert not missing


@pytest.mark.parametrize("name", sorted(GOLD))
def test_no_quote_outside_the_gold(name: str) -> None:
    gold = {(q["start"], q["end"]) for q in GOLD[name]["quotes"]}
    extra = [q.text[:50] for q in seed_quotes(name) if (q.start, q.end) not in gold]
    assert not extra


@pytest.mark.parametrize("name", sorted(GOLD))
def test_speakers_of_speech_quotes_of_four_words(name: str) -> None:
    found = {(q.start, q.end): q for q in seed_quotes(name)}
    wrong = []
    for g in GOLD[name]["quotes"]:
        if g["kind"] != "speech" or len(g["text"].split()) < 4:
            continue
        q = found[(g["start"], g["end"])]
        if not same_speaker(q.speaker, g["speaker"]) or q.kind != "speech":
            wrong.append((g["text"][:40], q.speaker, g["speaker"]))
    assert not wrong


def test_nested_quotes_are_terms_of_the_outer_speaker() -> None:
    for name in ("000_ed581dd32eb4ea3f.txt", "001_80ddbc14454ec503.txt"):
        found = {(q.start, q.end): q for q in seed_quotes(name)}
        for g in GOLD[name]["quotes"]:
            if "nested_in" in g:
                q = found[(g["start"], g["end"])]
                assert q.kind == "term" and same_speaker(q.speaker, g["speaker"])


def test_programme_names_are_terms_without_speaker() -> None:
    found = {q.text: q for q in seed_quotes("004_01d6a2d3abb36165.txt")}
    for title in ("Professionalitet", "Le Professioni Artigiane", "Shaping the Future", "Dialogo Trans-Altai"):
        assert found[title].kind == "term" and found[title].speaker is None


def test_multi_paragraph_quote_keeps_its_parts() -> None:
    for name, i in (("000_ed581dd32eb4ea3f.txt", 12), ("002_46e87f747333d7d1.txt", 1)):
        g = GOLD[name]["quotes"][i]
        q = next(q for q in seed_quotes(name) if q.start == g["start"])
        assert q.end == g["end"] and len(q.parts) == 2 and same_speaker(q.speaker, g["speaker"])


def test_missing_closing_mark_ends_before_the_dash_cue() -> None:
    g = GOLD["002_46e87f747333d7d1.txt"]["quotes"][2]
    q = next(q for q in seed_quotes("002_46e87f747333d7d1.txt") if q.start == g["start"])
    assert (q.end, q.speaker_form) == (g["end"], "ekspert")
    assert same_speaker(q.speaker, g["speaker"])


def test_quoted_heading_takes_the_speaker_of_the_words_it_repeats() -> None:
    q = next(q for q in seed_quotes("003_abf4a547a46e6000.txt") if q.text == "Progetti su larga scala")
    assert q.speaker == "Vladimir Putin"


def test_role_is_resolved_to_the_person_of_the_article() -> None:
    found = {q.text[:30]: q for q in seed_quotes("000_ed581dd32eb4ea3f.txt")}
    q = found["Penso che i negoziati in corso"]
    assert q.speaker_form == "il presidente del Kazakistan" and q.speaker == "Kassym-Jomart Tokayev"
    assert found["A parole, le autorità locali h"].speaker == "Konstantin Zatulin"  # il deputato


@pytest.mark.parametrize(
    ("text", "lang", "quote", "speaker"),
    [
        ("«Sono pronto a trattare», ha detto Giorgia Meloni ai giornalisti.", "it", "Sono pronto a trattare", "Giorgia Meloni"),
        ("„Wir werden das prüfen“, sagte Scholz am Montag.", "de", "Wir werden das prüfen", "Scholz"),
        ("»Wir werden das prüfen«, sagte Scholz am Montag.", "de", "Wir werden das prüfen", "Scholz"),
        ("‚Das ist gut‘, sagte Scholz.", "de", "Das ist gut", "Scholz"),
        ("„To jest ważne dla Polski” – powiedział Andrzej Duda.", "pl", "To jest ważne dla Polski", "Andrzej Duda"),
        ("« Nous allons continuer », a déclaré Emmanuel Macron.", "fr", "Nous allons continuer", "Emmanuel Macron"),
        ("«Vamos a seguir adelante», dijo Pedro Sánchez.", "es", "Vamos a seguir adelante", "Pedro Sánchez"),
        ("«Мы будем продолжать», — заявил Путин.", "ru", "Мы будем продолжать", "Путин"),
        ('Narendra Modi said: "India is ready to work with everyone."', "en", "India is ready to work with everyone.", "Narendra Modi"),
        ("‹Das bleibt so›, sagte Scholz.", "de", "Das bleibt so", "Scholz"),
    ],
)
def test_quote_styles_and_cues_in_every_language(text: str, lang: str, quote: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.text == quote and q.speaker == speaker
    assert text[q.start : q.end] == quote


def test_interrupted_quote_is_one_quote_in_two_parts() -> None:
    text = "«Abbiamo lavorato molto», ha detto Putin, «e continueremo a farlo insieme ai partner»."
    (q,) = quotes_of(text, "it")
    assert q.speaker == "Putin" and len(q.parts) == 2
    assert q.text == "Abbiamo lavorato molto … e continueremo a farlo insieme ai partner"


@pytest.mark.parametrize("text", [
    "Minister Anna Berg opened the port.\n\n\"The ships are coming back,\" she said. \"We expect twice as many.\"",
    # The cue's sentence goes on past the verb (where and when it was said), still one sentence.
    "Minister Anna Berg opened the port.\n\n\"The ships are coming back,\" Berg said at the Harbour Forum in "
    "Tromsø on Monday. \"We expect twice as many.\"",
])
def test_a_quote_going_on_after_its_cue_s_own_sentence_is_one_quote(text: str) -> None:
    # The first part's comma leaves its sentence open; the second part has no cue of its own.
    (q,) = [q for q in quotes_of(text, "en") if q.kind == "speech"]
    assert q.speaker == "Anna Berg" and len(q.parts) == 2


@pytest.mark.parametrize("text", [
    # A full stop inside the first part, or a cue of its own after the second: two statements.
    "Minister Anna Berg opened the port.\n\n\"The ships are coming back.\" she said. \"We expect twice as many.\"",
    "Minister Anna Berg opened the port.\n\n\"The ships are coming back,\" she said. \"We expect twice as many,\" "
    "she added.",
])
def test_a_quote_after_a_closed_statement_stays_apart(text: str) -> None:
    assert len([q for q in quotes_of(text, "en") if q.kind == "speech"]) == 2


@pytest.mark.parametrize(("lang", "text", "parts"), [
    # The cue's circumstance holds a figure ("the 300 delegates"): no name, still one interrupted sentence.
    ("en", '"We came a long way," Anna Holt told the 300 delegates, "and we are not done."', 2),
    ("de", "„Wir sind weit gekommen“, sagte Anna Holt vor den 300 Delegierten, „und fertig sind wir nicht.“", 2),
    # A cue that is a sentence of its own between a comma-ended part and a part with no cue of its own: the
    # same statement goes on (one quote in two parts, as the split-quote rule of test_speakers has it).
    ("en", '"We came a long way," Anna Holt said. "We are not done."', 2),
])
def test_a_cue_between_two_pairs_of_marks_interrupts_one_quote(lang: str, text: str, parts: int) -> None:
    assert len(quotes_of(text, lang)[0].parts) == parts


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("it", "Il premier greco Nikos Varis ha incontrato il presidente Marco Neri.\n\nPer Luca Bassi, ricercatore "
           "dell'Istituto di studi politici, la visita è un segnale. «Varis è un partner affidabile», osserva "
           "l'analista, «e Atene vuole mostrarlo».", "Luca Bassi"),
    ("en", "Greek Prime Minister Nikos Varis met President Mark Hale.\n\nFor Luke Bass, a researcher at the "
           "institute, the visit is a signal. \"Varis is a reliable partner,\" notes the analyst, \"and Athens "
           "wants to show it.\"", "Luke Bass"),
    ("de", "Der griechische Premier Nikos Varis traf Präsident Jan Weber.\n\nFür Lukas Bauer, Forscher am "
           "Institut, ist der Besuch ein Signal. „Varis ist ein verlässlicher Partner“, sagt der Analyst, „und "
           "Athen will das zeigen“.", "Lukas Bauer"),
])
def test_a_quote_interrupted_by_a_verb_and_an_unnamed_role_is_one_quote(lang: str, text: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert len(q.parts) == 2 and q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Le ministre Paul Rivet a parlé lundi.\n\nPour Anne Roy, chercheuse à l'institut, le discours de Rivet "
           "visait surtout ses électeurs. « Paris ne change pas de cap, explique-t-elle. Paris change de ton. »",
     "Anne Roy"),
    ("es", "El ministro Pablo Ruiz habló el lunes.\n\nSegún Ana Gil, investigadora del instituto, el discurso de Ruiz "
           "buscaba a sus votantes. «Madrid no cambia de rumbo, explica ella, solo de tono».", "Ana Gil"),
])
def test_a_pronoun_cue_inside_the_marks_is_the_opinion_holder_of_the_sentence_before(
        lang: str, text: str, speaker: str) -> None:
    # The sentence before opens with its opinion holder; the man it names later is whom she speaks of.
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker == speaker


def test_pronoun_cue_takes_the_last_speaker_in_scope() -> None:
    text = ("Bundeskanzler Olaf Scholz sprach lange mit den Journalisten.\n"
            "„Die Lage ist ernst, aber wir haben einen Plan“, sagte er.")
    (q,) = quotes_of(text, "de")
    assert q.speaker == "Olaf Scholz" and q.speaker_form == "er"


def test_polish_inflected_name_is_the_fullest_form() -> None:
    text = ("Prezydent Recep Tayyip Erdoğan przyjechał do Warszawy.\n"
            "„Nasze relacje są bardzo dobre” – powiedział Erdoğan.")
    (q,) = quotes_of(text, "pl")
    assert q.speaker == "Recep Tayyip Erdoğan"


def test_unattributed_quote_has_no_speaker() -> None:
    text = ("Xi Jinping visited the factory in the morning.\n\n"
            "The plant was opened in 2019.\n\n"
            'A sign at the gate read "Quality first, safety always, people at the centre".')
    (q,) = quotes_of(text, "en")
    assert q.speaker is None


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Putin ha elogiato “un’alleanza collaudata e orientata al futuro” tra Mosca e l’ex repubblica."
    (q,) = quotes_of(text, "it")
    assert q.text == "un’alleanza collaudata e orientata al futuro"


def test_textacy_direct_quotations() -> None:
    path = SHARED / "suites" / "quotes" / "textacy_direct_quotations_tests.jsonl"
    for case in map(json.loads, path.open()):
        speech = [q for q in quotes_of(case["text"], case["lang"]) if q.kind == "speech"]
        if case["quote"] is None:
            assert not speech, case["text"]  # titles and scare quotes
            continue
        want = case["quote"].strip("\"“”«» ")
        (q,) = [q for q in speech if q.text == want]
        if case["speaker"] != "he" or q.speaker:
            assert case["speaker"] in (q.speaker_form, q.speaker)


UNSEEN = {
    "it": ("La presidente del Consiglio Giorgia Meloni ha incontrato oggi a Palazzo Chigi il presidente turco "
           "Recep Tayyip Erdoğan.\n\n«L'Italia e la Turchia hanno un interesse comune nella stabilità del "
           "Mediterraneo», ha dichiarato la premier al termine del colloquio.\n\nIl leader turco ha sottolineato "
           "che «gli scambi commerciali hanno raggiunto i 25 miliardi di dollari».\n\nErdoğan ha poi invitato "
           "Meloni ad Ankara."),
    "en": ("Chinese President Xi Jinping met Polish President Andrzej Duda in Beijing on Monday.\n\n"
           '"China and Poland are good friends and partners," Xi said at the start of the talks.\n\n'
           'Duda told reporters: "We want more balanced trade. Our farmers need access to the market."\n\n'
           '"We will open three new flights," the Polish president said.'),
    "fr": ("Le président français Emmanuel Macron a reçu mardi le Premier ministre indien Narendra Modi.\n\n"
           "Le dirigeant indien a salué une amitié exceptionnelle. « Nous voulons construire ensemble les avions "
           "de demain », a-t-il affirmé.\n\n« Ce partenariat est unique au monde. Il repose sur la confiance », "
           "a conclu le président français."),
}


@pytest.mark.parametrize(
    ("lang", "speakers"),
    [("it", ["Giorgia Meloni", "Recep Tayyip Erdoğan"]),
     ("en", ["Xi Jinping", "Andrzej Duda", "Andrzej Duda"]),
     ("fr", ["Narendra Modi", "Emmanuel Macron"])],
)
def test_roles_and_pronouns_of_other_leaders(lang: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(UNSEEN[lang], lang) if q.kind == "speech"] == speakers


def test_marks_without_words_make_no_quote() -> None:
    text = ("\u201c" * 300 + " he said " + "\u00ab" * 300 + ' "' * 300 + "\n"
            "Unbalanced \u201copening and \u00bbreversed\u00ab marks " + "\u00bb" * 200 + "\n"
            "\u201cWe agree,\u201d the minister said.")
    found = quotes_of(text, "en")
    assert all(any(c.isalnum() for c in q.text) for q in found)
    assert "We agree," in [q.text for q in found]


def test_deep_nesting_keeps_the_outer_quotes_only() -> None:
    # Each nested quote repeats its outer one's words: kept at every depth, the output grows with
    # the square of the text.
    text = "The minister said \u00ab" + "\u201e\u201c'\"\u00ab" * 400 + "deep words" + "\u00bb\"'\u201d\u201c" * 400 + "\u00bb today."
    found = quotes_of(text, "en")
    assert 1 <= len(found) <= 3
    assert sum(len(q.text) for q in found) <= 3 * len(text)
    assert found[0].start == text.index("\u00ab") + 1


def test_sentence_stops_skip_day_numbers() -> None:
    text = "Am 3. Juni kam er. Am 12. Mai sagte sie: „Gut!“ Dann 2020. Ende…"
    ends = [text.index("er.") + 2, text.index("!“"), text.index("2020.") + 4, text.index("…")]
    assert [m.start() for m in _STOP.finditer(text)] == ends
    # A stop right before the end of the searched window counts, as at the end of the text.
    assert [m.end() for m in _STOP.finditer(text, 0, text.index(" Am 12"))] == [text.index(" Am 12")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«No habrá marcha atrás», sentenció Pedro Sánchez.", "es", "Pedro Sánchez"),
        ("«Es una mala noticia para todos», lamentó Pedro Sánchez.", "es", "Pedro Sánchez"),
        ("« C'est un tournant pour l'Europe », analyse Pierre Dupont.", "fr", "Pierre Dupont"),
        ("« Nous restons prudents », a poursuivi Emmanuel Macron.", "fr", "Emmanuel Macron"),
        ("«Мы это обсудим с партнёрами», — заверил Сергей Лавров.", "ru", "Сергей Лавров"),
        ("„To jest dobry kierunek dla kraju” – przekonywał Andrzej Duda.", "pl", "Andrzej Duda"),
        ('"We are not there yet," cautioned Keir Starmer.', "en", "Keir Starmer"),
        ("„Wir sind noch nicht am Ziel“, bilanzierte Olaf Scholz.", "de", "Olaf Scholz"),
    ],
)
def test_speech_verbs_journalists_use(text: str, lang: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker == speaker


def test_cue_with_a_long_role_phrase_before_its_verb() -> None:
    text = ("British Prime Minister Keir Starmer visited the studio in Mumbai on Wednesday with Indian officials.\n"
            '"Our two countries are writing a new chapter," the British prime minister said at the studio.')
    (q,) = quotes_of(text, "en")
    assert q.speaker == "Keir Starmer" and q.cue.endswith("said")


def test_cue_verb_across_a_clause_boundary_is_not_taken() -> None:
    text = ("Keir Starmer visited the studio in Mumbai on Wednesday with Indian officials.\n\n"
            "The plant was opened in 2019.\n\n"
            '"Quality first, safety always, people first," the sign at the gate read, and officials said nothing.')
    (q,) = quotes_of(text, "en")
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Präsident Recep Tayyip Erdoğan empfing Bundeskanzler Friedrich Merz in Ankara.\n"
         "Merz sprach von großen Fortschritten.\n"
         "Nach Ansicht von Erdoğan ist klar: „Europa braucht die Türkei mehr als umgekehrt.“", "de", "Recep Tayyip Erdoğan"),
        ("Präsident Recep Tayyip Erdoğan empfing Bundeskanzler Friedrich Merz in Ankara.\n"
         "Merz sprach von großen Fortschritten.\n"
         "Für Erdoğan ist klar: „Europa braucht die Türkei mehr als umgekehrt.“", "de", "Recep Tayyip Erdoğan"),
        ("Le président Emmanuel Macron a rencontré le président Xi Jinping à Pékin.\nMacron a parlé de commerce.\n"
         "Pour Xi Jinping, « la coopération doit rester ouverte et équilibrée ».", "fr", "Xi Jinping"),
        ("El presidente Pedro Sánchez se reunió con el presidente Luiz Inácio Lula da Silva.\nSánchez habló de comercio.\n"
         "Para el presidente Lula, «el acuerdo debe ser justo para los dos bloques».", "es", "Luiz Inácio Lula da Silva"),
        ("President Xi Jinping met Prime Minister Keir Starmer in Beijing.\nXi spoke about trade.\n"
         'For Starmer, "the relationship must be built on trust and openness".', "en", "Keir Starmer"),
        ("Il presidente Sergio Mattarella ha ricevuto il presidente Recep Tayyip Erdoğan.\n"
         "Mattarella ha parlato di commercio.\nPer Erdoğan «la Turchia è un ponte tra Europa e Asia».", "it",
         "Recep Tayyip Erdoğan"),
        # Not at the start of the sentence, "für" is no opinion holder's opening.
        ("Präsident Recep Tayyip Erdoğan empfing Bundeskanzler Friedrich Merz in Ankara.\n"
         "Merz warb bei dem Treffen für Erdoğan und sagte: „Europa braucht die Türkei.“", "de", "Friedrich Merz"),
    ],
)
def test_opinion_holder_opening_names_the_speaker(text: str, lang: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker == speaker


def test_cue_inside_the_marks_is_cut_out_and_attributes() -> None:
    text = ("Le président Emmanuel Macron a reçu le président Xi Jinping à Pékin.\n"
            "« Nous ne voulons pas de cela », a déclaré Emmanuel Macron. "
            "« La France est prête, a-t-il poursuivi, à accueillir davantage d'investissements. »")
    q = quotes_of(text, "fr")[-1]
    assert q.speaker == "Emmanuel Macron" and q.cue == "a-t-il poursuivi" and len(q.parts) == 2
    assert q.text == "La France est prête … à accueillir davantage d'investissements."
    text = ("El presidente Pedro Sánchez se reunió con Lula.\n«Este acuerdo es bueno», afirmó Sánchez. "
            "«Llevamos veinticinco años negociando —añadió—; ya es hora de que los ciudadanos vean sus frutos».")
    q = quotes_of(text, "es")[-1]
    assert q.speaker == "Pedro Sánchez" and q.cue == "añadió"
    assert q.text == "Llevamos veinticinco años negociando … ya es hora de que los ciudadanos vean sus frutos"
    # A dash-set cue whose verb is listed with its separated particle ("tette hozzá"): neither word alone.
    text = ("Nagy Péter miniszter Bécsben tárgyalt.\n"
            "„A tárgyalás hasznos volt – tette hozzá Nagy. – Jövőre folytatjuk a munkát.”")
    (q,) = quotes_of(text, "hu")
    assert q.speaker == "Nagy Péter" and q.cue == "tette hozzá Nagy" and len(q.parts) == 2
    assert q.text == "A tárgyalás hasznos volt … Jövőre folytatjuk a munkát."
    # A named speaker in the inner cue wins over the one before.
    text = ("Le président Emmanuel Macron a reçu Xi Jinping.\n"
            "« Nous voulons, a ajouté Catherine Colonna, une relation équilibrée. »")
    (q,) = quotes_of(text, "fr")
    assert q.speaker == "Catherine Colonna"


def test_aside_inside_the_marks_stays_in_the_quote() -> None:
    text = 'Keir Starmer visited Mumbai.\n"We will, as we said, continue the work," Starmer said.'
    (q,) = quotes_of(text, "en")
    assert q.text == "We will, as we said, continue the work," and not q.parts


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "quoted"),
    [
        ("El presidente Pedro Sánchez se reunió con Lula.\n—Somos el país que más ha empujado este acuerdo "
         "—dijo José Manuel Albares a los periodistas que viajan con la delegación—. Nadie puede acusarnos de falta de compromiso.", "es",
         "José Manuel Albares",
         "Somos el país que más ha empujado este acuerdo … Nadie puede acusarnos de falta de compromiso."),
        ("Сергей Лавров заявил, что переговоры пройдут в Ташкенте.\n— Мы готовы к диалогу, — сказал Лавров.",
         "ru", "Сергей Лавров", "Мы готовы к диалогу"),
        ("Сергей Лавров заявил, что переговоры пройдут в Ташкенте.\n"
         "— Мы готовы к диалогу, — добавил он журналистам. — Но решать будут партнеры.", "ru", "Сергей Лавров",
         "Мы готовы к диалогу … Но решать будут партнеры."),
        ("Prezydent Andrzej Duda spotkał się z kanclerzem.\n"
         "– Jesteśmy gotowi do rozmów – powiedział Duda. – Ale decyzja należy do rządu.", "pl", "Andrzej Duda",
         "Jesteśmy gotowi do rozmów … Ale decyzja należy do rządu."),
    ],
)
def test_dash_dialogue_is_a_quote(text: str, lang: str, speaker: str, quoted: str) -> None:
    (q,) = quotes_of(text, lang)
    assert (q.speaker, q.text, q.kind) == (speaker, quoted, "speech")


def test_dash_paragraphs_without_a_speech_cue_are_no_quotes() -> None:
    text = ("Сергей Лавров прибыл в Ташкент.\n— поставки газа — выросли на треть;\n— торговля — сократилась.\n"
            "—Lo importante —y esto lo repitió varias veces— es el acuerdo comercial.")
    assert quotes_of(text, "ru") == [] and quotes_of(text, "es") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "count"),
    [
        ("Журналисты встретились с министром после переговоров.\nМинистр иностранных дел Иван Петров:\n"
         "— Мы готовы к диалогу с партнерами в регионе.\n— Решения примем вместе с соседями, без спешки.",
         "ru", "Иван Петров", 2),
        ("Хоёр улсын хэлэлцээ өчигдөр боллоо.\nГадаад харилцааны сайд Ухнаагийн Баттулга:\n"
         "– Бид хөрш орнуудтай хамтран ажиллахад бэлэн байна.", "mn", "Ухнаагийн Баттулга", 1),
    ],
)
def test_dash_lines_after_a_name_and_a_colon_are_that_speakers(text: str, lang: str, speaker: str, count: int) -> None:
    quotes = quotes_of(text, lang)
    assert len(quotes) == count and all(q.speaker == speaker and q.kind == "speech" for q in quotes)


def test_an_interviewers_questions_between_name_lines_are_no_answers() -> None:
    text = ("Министр Иван Петров ответил на вопросы журналистов.\nКорреспондент:\n— Когда состоится следующая "
            "встреча министров в регионе?\nИван Петров:\n— Следующая встреча пройдет весной в Ташкенте.\n"
            "— А что будет с торговлей между странами?\n— Торговля будет расти и дальше, я уверен.")
    quotes = quotes_of(text, "ru")
    assert [q.text[:9] for q in quotes] == ["Следующая", "Торговля "]
    assert all(q.speaker == "Иван Петров" for q in quotes)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Министр торговли Игорь Панов в пятницу провел переговоры в Ханое.\n\n"
         "После переговоров министр ответил на вопросы журналистов.\n\n— Что будет дальше?\n\n"
         "— Мы откроем торговый дом в порту. Экспорт вырос на треть за год.\n\n— А когда подпишете соглашение?\n\n"
         "— До конца года, если партнеры будут готовы.\n", "ru", "Игорь Панов"),
        ("La ministra de Comercio, Lucía Navarro, viajó el lunes a Hanói. En entrevista con este diario, la "
         "ministra habló del acuerdo.\n\n—¿Por qué ahora?\n\n—Porque el puerto ya está listo y las empresas "
         "esperan desde hace años.\n\n—¿Y los plazos?\n\n—Firmaremos antes de que termine el año.\n",
         "es", "Lucía Navarro"),
    ],
)
def test_an_interviews_dash_answers_are_the_interviewees(text: str, lang: str, speaker: str) -> None:
    # A paragraph announcing an interview, then alternating dash-set questions and answers with no cue: the
    # answers are the one person it names; the questions are nobody's quotation.
    quotes = quotes_of(text, lang)
    assert len(quotes) == 2 and all(q.speaker == speaker and q.kind == "speech" for q in quotes)
    assert not any(q.text.endswith("?") for q in quotes)


def test_dash_answers_after_a_question_need_an_announced_interview_with_one_person() -> None:
    # No interview announced: the dash lines are read as before (no cue, no speaker to give them).
    text = ("Министр торговли Игорь Панов в пятницу провел переговоры в Ханое.\n\n— Что будет дальше?\n\n"
            "— Мы откроем торговый дом в порту. Экспорт вырос на треть за год.\n")
    assert quotes_of(text, "ru") == []
    # Two people in the announcing paragraph: whose answers they are is not said.
    text = ("Министр Игорь Панов и посол Олег Мельник ответили на вопросы журналистов.\n\n— Что будет дальше?\n\n"
            "— Мы откроем торговый дом в порту. Экспорт вырос на треть за год.\n")
    assert [q.speaker for q in quotes_of(text, "ru")] in ([], [None])


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Harbour Daily\n\nMensah: \"The port will open in spring\"\n\nGhana's Minister of Transport, Kofi Mensah, "
         "met President Ruto in Nairobi and talked to our reporter afterwards.\n\nMinister, what was agreed?\n\n"
         "\"A new shipping line and a customs office. The line will carry 40,000 containers a year.\"\n\n"
         "Some say the port is too small. Is it?\n\n\"No. We are doubling the quays before the line opens.\"\n",
         "en", "Kofi Mensah"),
        ("Il ministro dei Trasporti Carlo Bruni traccia un bilancio del viaggio in Kenya.\n\n"
         "Ministro, che cosa avete firmato?\n\n«Un accordo sulle ferrovie e uno sui porti. Ne siamo molto contenti.»\n\n"
         "E i tempi? Le imprese aspettano.\n\n«Il primo cantiere aprirà a marzo, gli altri entro un anno.»\n",
         "it", "Carlo Bruni"),
    ],
)
def test_an_interviews_quoted_answers_after_questions_are_the_interviewees(text: str, lang: str, speaker: str) -> None:
    # An interview printed as questions and quoted answers, no cue: the interviewee (the headline's speaker, or the
    # one person the paragraph before the questions names) speaks every answer; the questions are nobody's quotes.
    answers = [q for q in find_quotes(text, clean(text).blocks, (), lang) if len(q.text) > 40]
    assert len(answers) == 2 and all(q.speaker == speaker and q.kind == "speech" for q in answers)


def test_one_quoted_paragraph_after_a_question_makes_no_interview() -> None:
    # A single question and an uncued quotation is no interview layout: the paragraph before is not its speaker's.
    text = ("Il ministro Carlo Bruni è arrivato a Nairobi.\n\nChe cosa cambia per le imprese?\n\n"
            "«Le regole restano le stesse per tutti gli operatori del porto.»\n")
    assert [q.speaker for q in quotes_of(text, "it")] == [None]


def test_dash_lines_after_a_lead_in_colon_are_no_quotes() -> None:
    text = ("Сергей Лавров прибыл в Ташкент.\nСтороны договорились о следующем:\n"
            "— Торговля вырастет до десяти миллиардов долларов к концу года.")
    assert quotes_of(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«El acuerdo llega demasiado tarde para muchos», estima Carolina Pérez.", "es", "Carolina Pérez"),
        ("„Das Abkommen kommt für viele zu spät“, befürchtet Olaf Scholz.", "de", "Olaf Scholz"),
        ("« L'accord arrive bien trop tard pour beaucoup », craint Pierre Dupont.", "fr", "Pierre Dupont"),
    ],
)
def test_opinion_verbs_attribute(text: str, lang: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speakers", "quoted"),
    [
        ("Prezydent Andrzej Duda spotkał się z kanclerzem.\n"
         "– Jesteśmy gotowi do rozmów – powiedział Duda. – Ale decyzja należy do rządu – dodał.", "pl",
         ["Andrzej Duda", "Andrzej Duda"], ["Jesteśmy gotowi do rozmów", "Ale decyzja należy do rządu"]),
        ("Сергей Лавров прибыл в Ташкент.\n— Мы готовы к диалогу, — сказал Лавров. — Но решать будут партнеры, — "
         "добавил он.", "ru", ["Сергей Лавров", "Сергей Лавров"], ["Мы готовы к диалогу", "Но решать будут партнеры"]),
        ("Володимир Зеленський прибув до Відня.\n— Ми готові, — сказав Зеленський. — Але вирішувати партнерам, — "
         "додав він.", "uk", ["Володимир Зеленський", "Володимир Зеленський"], ["Ми готові", "Але вирішувати партнерам"]),
        ("El presidente Pedro Sánchez llegó a Rabat.\n—Somos socios —dijo José Manuel Albares—. Nadie lo duda. "
         "—Es un modelo —añadió Sánchez—, muy claro.", "es", ["José Manuel Albares", "Pedro Sánchez"],
         ["Somos socios … Nadie lo duda.", "Es un modelo … muy claro."]),
    ],
)
def test_dash_dialogue_with_several_replies_in_one_paragraph(text: str, lang: str, speakers: list[str],
                                                              quoted: list[str]) -> None:
    quotes = quotes_of(text, lang)
    assert [q.speaker for q in quotes] == speakers and [q.text for q in quotes] == quoted


def test_dash_cue_without_spaces_inside_the_marks_is_cut_out() -> None:
    text = ("El presidente Pedro Sánchez se reunió con Akhannouch.\n«Hay casi un millón de marroquíes en España "
            "—dijo el presidente al ser preguntado por la comunidad marroquí—, y cada uno de ellos es parte de "
            "nuestra historia.»")
    (q,) = quotes_of(text, "es")
    assert q.speaker == "Pedro Sánchez" and q.cue.startswith("dijo el presidente") and "dijo" not in q.text


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "verb"),
    [
        # Armenian sets the cue off with a hyphen-minus hugging the comma; "X-ը" keeps its hyphen.
        ("Վարչապետ Նիկոլ Փաշինյանը Բրյուսելում հանդիպեց Եվրոպական խորհրդի նախագահի հետ։\n«Մենք պատրաստ ենք "
         "շարունակել երկխոսությունը,- ասաց Փաշինյանը,- և ակնկալում ենք նոր քայլեր»։", "hy", "Նիկոլ Փաշինյան", "ասաց"),
        # The same typed without spaces: the hyphen hugging the comma is still the dash.
        ("Վարչապետ Նիկոլ Փաշինյանը ժամանեց Բրյուսել։\n«Մենք պատրաստ ենք երկխոսության,-ասաց Փաշինյանը,-և սպասում "
         "ենք քայլերի»։", "hy", "Նիկոլ Փաշինյան", "ասաց"),
        # A hyphen between spaces after the comma, as typed for a dash.
        ("Министр Иван Петров прибыл в Ташкент.\n«Мы готовы к диалогу, - сказал Петров, - но решать будут "
         "партнеры».", "ru", "Иван Петров", "сказал"),
        # Mongolian: the literary quotative "хэмээн" opens the cue, its subject and verb after it.
        ("Монголын Ерөнхийлөгч Ухнаагийн Хүрэлсүх форумд оролцлоо.\n«Хоёр улсын харилцаа хурдан хөгжиж байна, – хэмээн "
         "Монголын Ерөнхийлөгч нэмж хэлээд, – бид цаашид хамтран ажиллана».", "mn", "Ухнаагийн Хүрэлсүх", "хэмээн"),
    ],
)
def test_cue_between_a_comma_and_a_hyphen_or_dash_inside_the_marks_is_cut_out(text: str, lang: str, speaker: str,
                                                                              verb: str) -> None:
    (q,) = quotes_of(text, lang)
    assert len(q.parts) == 2 and verb not in q.text and q.cue.startswith(verb) and q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("Президенты договорились о подготовке нового договора «О всеобъемлющем стратегическом партнёрстве».", "ru",
         "О всеобъемлющем стратегическом партнёрстве"),
        ("Meloni ha ribadito il sostegno italiano alla cosiddetta \"soluzione dei due Stati\".", "it",
         "soluzione dei due Stati"),
        ("Les deux pays ont signé la déclaration « Pour une paix durable au Proche-Orient ».", "fr",
         "Pour une paix durable au Proche-Orient"),
        ("Obie strony podpisały umowę „Partnerstwo dla Przyszłości Regionu Bałtyckiego”.", "pl",
         "Partnerstwo dla Przyszłości Regionu Bałtyckiego"),
        ("Политолог Олег Смирнов, руководитель аналитического центра «Северный мост», считает, что встреча "
         "была вынужденной.", "ru", "Северный мост"),
        ("Mattarella ha proposto di rilanciare il «Piano d'azione italo-francese» firmato nel 2021.", "it",
         "Piano d'azione italo-francese"),
    ],
)
def test_document_titles_and_so_called_phrases_are_terms(text: str, lang: str, term: str) -> None:
    (q,) = quotes_of("Il presidente Sergio Mattarella ha parlato con la stampa.\n" + text, lang)
    assert (q.text, q.kind, q.speaker) == (term, "term", None)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Szabó Péter azt mondta, hogy a nemzeti stratégia „csak papíron létezik, a valóságban nem”.", "hu",
         "Szabó Péter"),
        ("Anna Kowalski said the new trade strategy \"exists on paper, not in the ports\".", "en", "Anna Kowalski"),
        ("Пётр Сидоров заявил, что новая стратегия «существует на бумаге, а не в портах».", "ru", "Пётр Сидоров"),
    ],
)
def test_a_naming_word_s_predicate_after_a_speech_verb_is_speech(text: str, lang: str, speaker: str) -> None:
    # The quotation is what the strategy does in the reported clause, the speaker's words, no name of the strategy.
    (q,) = quotes_of("Il presidente Sergio Mattarella ha parlato con la stampa.\n" + text, lang)
    assert (q.kind, q.speaker) == ("speech", speaker)


def test_a_short_quote_opening_with_a_verb_of_a_naming_stem_is_speech() -> None:
    (q,) = quotes_of("Президент Иван Петров провёл переговоры.\n«Планируем расширить сотрудничество», — сказал Петров.", "ru")
    assert (q.kind, q.speaker) == ("speech", "Иван Петров")


def test_a_name_before_a_cue_is_not_merged_with_the_quotation_the_cue_introduces() -> None:
    # The cue after "…" introduces the next quotation: the name is no first half of it.
    text = ("The prime minister Mark Carney met reporters.\nAsked whether Canada would join what ministers "
            "call the \"coalition of the willing\" for Ukraine, he replied: 'We are already there, and we "
            "will stay there as long as it takes.'")
    term, speech = quotes_of(text, "en")
    assert (term.text, term.kind, term.speaker) == ("coalition of the willing", "term", None)
    assert speech.text.startswith("We are already there") and speech.speaker == "Mark Carney"


def test_a_lone_guillemet_between_words_is_no_quotation_mark() -> None:
    assert quotes_of("Monde › Proche-Orient\nAccueil » International » Afrique\nLe président est arrivé.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("«Será el Mundial de dos continentes», resumió una fuente de Moncloa.", "es"),
        ("\"Se ne è parlato, ma non è stato il tema principale\", ha detto una fonte di governo.", "it"),
        ("\"We are close to a deal,\" a government source said.", "en"),
        ("\"We are close to a deal,\" according to a diplomat in Brussels.", "en"),
        ("« Ce n'est qu'une question de mois », glissait-on mercredi soir dans l'entourage présidentiel.", "fr"),
        ("A joint statement referred to \"a free and open Indo-Pacific\" and a joint naval exercise.", "en"),
    ],
)
def test_unnamed_sources_leave_the_quote_without_speaker(text: str, lang: str) -> None:
    lead = {"es": "El presidente Pedro Sánchez viajó a Rabat.", "it": "La premier Giorgia Meloni ha ricevuto il presidente.",
            "en": "U.S. President Donald Trump met President Prabowo Subianto.",
            "fr": "Le président Emmanuel Macron a rencontré le prince héritier."}[lang]
    (q,) = quotes_of(lead + "\n" + text, lang)
    assert q.speaker is None


def test_participle_opening_does_not_make_the_named_subject_an_object() -> None:
    text = ("Commerce Secretary Howard Lutnick said the deal was done.\n"
            "Asked about the South China Sea, Donald Trump said the leaders had discussed \"freedom of navigation\".")
    (q,) = quotes_of(text, "en")
    assert q.speaker == "Donald Trump"


def test_ascii_single_quotes_are_quotations_with_their_cues() -> None:
    text = ("Keir Starmer met Recep Tayyip Erdoğan in Ankara.\n"
            "'Turkey is a vital partner. It makes sense for us to work together,' Starmer said.\n"
            "'Britain is a friend,' Erdoğan said. 'We will do more.'")
    found = [(q.text, q.speaker) for q in quotes_of(text, "en") if q.kind == "speech"]
    assert found == [("Turkey is a vital partner. It makes sense for us to work together,", "Keir Starmer"),
                     # ("'…,' Erdoğan said. '…'": one statement going on after its cue's sentence.)
                     ("Britain is a friend … We will do more.", "Recep Tayyip Erdoğan")]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Премьер Иван Петров на форуме \"Россия — африканские страны\" в Сочи пообещал новые кредиты.\n",
     "Россия — африканские страны"),
    ("uk", "Прем'єр Іван Петренко на саміті «Україна — країни Півдня» в Афінах пообіцяв нові кредити.\n",
     "Україна — країни Півдня"),
    ("es", "El presidente Luis Arce prometió en la cumbre «Europa y los países del Caribe» nuevos créditos.\n",
     "Europa y los países del Caribe"),
])
def test_a_meetings_name_in_quotation_marks_is_a_term_of_nobody(lang: str, text: str, name: str) -> None:
    # The name of a summit or forum after its noun, with the leader's verb after it: no one's words.
    text = "Wire\n\nNews of the day\n\n" + text + "\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.\n"
    found = {q.text: q for q in find_quotes(text, clean(text).blocks, (), lang)}
    assert found[name].kind == "term" and found[name].speaker is None


def test_a_predicate_quoted_after_a_meetings_noun_stays_speech() -> None:
    # Opening in lower case, the quotation is what the summit is said to be: the analyst's words.
    text = ("Wire\n\nNews of the day\n\nPer Luca Bassi, analista dell'Istituto di Roma, il vertice «è stato soprattutto "
            "un gesto politico».\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.\n")
    (q,) = find_quotes(text, clean(text).blocks, (), "it")
    assert q.kind == "speech"


@pytest.mark.parametrize(("text", "lang"), [
    ("It's Erdoğan's plan: don't wait until 9 o'clock, he told the leaders' summit.", "en"),
    ("In the '90s rock 'n' roll was the leaders' music.", "en"),
    ("Il piano dell'Ucraina per l'anno prossimo è pronto, ha detto il ministro.", "it"),
    ("De premier sprak in 's-Hertogenbosch met Hans' collega's.", "nl"),
    ("Aujourd'hui, le président l'a dit à l'Élysée.", "fr"),
])
def test_apostrophes_make_no_quotation(text: str, lang: str) -> None:
    assert quotes_of(text, lang) == []


def test_left_single_mark_between_letters_is_a_letter() -> None:
    # Uzbek writes oʻ/gʻ with "‘" (O‘zbekiston): inside a word it neither opens nor closes a quotation,
    # while "‘" after a space still opens one (English ‘…’) and "’" in dell’uranio stays an apostrophe.
    text = ("Vazir o‘rinbosari Anvar To‘xtayev Samarqandda bo‘ldi. “Savdo o‘sdi va g‘alla ko‘paydi”, — dedi u.\n"
            "The minister called it a ‘good start’ for the region.\n"
            "Il piano dell’uranio è ‘pronto’, ha detto il ministro.")
    found = [q.text for q in quotes_of(text, "uz")]
    assert found == ["Savdo o‘sdi va g‘alla ko‘paydi", "good start", "pronto"]


def test_possessives_between_single_quotes_do_not_close_them() -> None:
    text = ("'The leaders' summit was useful and the ministers' talks too,' Starmer said at the leaders' "
            "dinner, calling the deal 'historic' at the partners' meeting. 'We called it 'vital' in the "
            "members' room.'")
    found = [q.text for q in quotes_of(text, "en")]
    assert found == ["The leaders' summit was useful and the ministers' talks too,", "historic",
                     "We called it 'vital' in the members' room.", "vital"]


def test_curly_single_quote_closes_before_the_next_one_opens() -> None:
    # "’" between a word and a space is a closing mark when a new "‘" opens before the next sure closing
    # mark: that one closes the new quotation, so the first does not run on through the narrative.
    text = ("The prime minister, Ana Ribeiro, called the deal ‘a turning point’ for both ports. ‘Our ships "
            "will sail every week from spring,’ she told journalists after the meeting.")
    found = [q.text for q in quotes_of(text, "en")]
    assert found == ["a turning point", "Our ships will sail every week from spring,"]


def test_double_and_single_quotes_nest_both_ways() -> None:
    text = ("'When people talk about \"strategic autonomy\", they should listen,' Hakan Fidan said.\n"
            "\"We want 'strategic autonomy' for Europe,\" Emmanuel Macron said.")
    found = {q.text: q for q in quotes_of(text, "en")}
    assert found['When people talk about "strategic autonomy", they should listen,'].speaker == "Hakan Fidan"
    assert found["We want 'strategic autonomy' for Europe,"].speaker == "Emmanuel Macron"
    assert [(q.text, q.kind) for q in quotes_of(text, "en")].count(("strategic autonomy", "term")) == 2


def test_single_quote_runs_on_into_the_next_paragraph() -> None:
    text = ("Asked about Ukraine, Erdoğan said: 'We have hosted talks. We will continue.\n"
            "'Turkey speaks to both sides,' he said.\n"
            "He mentioned the 'Bama fans once.")
    (q,) = quotes_of(text, "en")
    assert q.text == "We have hosted talks. We will continue.\n\nTurkey speaks to both sides," and len(q.parts) == 2
    assert q.speaker == "Erdoğan"


def test_dash_quote_after_a_sentence_end_inside_a_paragraph() -> None:
    text = ("Prezydent Andrzej Duda spotkał się z premierem.\n"
            "Prezydent podkreślił wagę sojuszu. – Bez Polski nie ma bezpiecznej Europy – mówił Andrzej Duda.")
    (q,) = quotes_of(text, "pl")
    assert (q.text, q.speaker, q.kind) == ("Bez Polski nie ma bezpiecznej Europy", "Andrzej Duda", "speech")


def test_dash_quote_after_a_sentence_end_before_a_quotation_of_the_same_paragraph() -> None:
    # The paragraph's quotation marks come after the line: the dash line before them is speech all the same.
    text = ("Premier Jan Nowak spotkał się z prezydentem.\n"
            "Spotkanie skrytykowała opozycja. – Rząd obiecuje wiele, a ceny energii wciąż rosną – stwierdził poseł "
            "Lewicy Adam Zieliński. Według Zielińskiego premier „nie słucha ludzi i nie widzi ich problemów”.")
    speech = [(q.text, q.speaker) for q in quotes_of(text, "pl") if q.kind == "speech"]
    assert ("Rząd obiecuje wiele, a ceny energii wciąż rosną", "Adam Zieliński") in speech


def test_pl_bare_role_cue_is_the_minister_met_with_the_instrumental() -> None:
    # "z ministrem finansów Janem Kowalem": the instrumental "ministrem" introduces him as minister, so the later
    # "– mówił minister. –" is the minister just quoted, not the other one named first.
    text = ("Minister gospodarki Litwy Paulius Vaitkus przyjechał do Krakowa, gdzie rozmawiał z ministrem finansów "
            "Janem Kowalem.\n\n„Umowa jest gotowa” – powiedział Kowal.\n\n„Podpiszemy ją w maju – mówił minister. "
            "– Potem ruszy budowa”.")
    speech = [(q.text, q.speaker) for q in quotes_of(text, "pl")]
    assert speech[-1] == ("Podpiszemy ją w maju … Potem ruszy budowa", "Jan Kowal")


@pytest.mark.parametrize("text", [
    "Prezydent Andrzej Duda – jak podkreślił – chce współpracy w latach 2020–2025, mówił minister.",
    "Andrzej Duda był w Wilnie. Spotkanie – krótkie i rzeczowe – odbyło się w latach 2020 – 2025.",
])
def test_dashes_inside_a_sentence_are_no_quote(text: str) -> None:
    assert quotes_of(text, "pl") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue", "quoted"),
    [
        ("Macron reçoit De Wever.\n« La Belgique a fait un choix courageux, a souligné Emmanuel Macron. "
         "Nous voulons l'accompagner. »", "fr", "Emmanuel Macron", "a souligné Emmanuel Macron",
         "La Belgique a fait un choix courageux … Nous voulons l'accompagner."),
        ("Le président Emmanuel Macron a reçu Bart De Wever.\n« Nous avançons ensemble, a-t-il dit. "
         "Le reste suivra. »", "fr", "Emmanuel Macron", "a-t-il dit", "Nous avançons ensemble … Le reste suivra."),
        ("Le président Emmanuel Macron a reçu son homologue.\n« Nous avançons, a déclaré M. Macron. "
         "Le reste suivra. »", "fr", "Emmanuel Macron", "a déclaré M. Macron", "Nous avançons … Le reste suivra."),
        ("Стубб у Києві.\n«Наш кордон — це кордон НАТО. Ми знаємо ціну миру, — сказав президент Фінляндії "
         "Александр Стубб. — І ми знаємо, що мир не триває довго».", "uk", "Александр Стубб",
         "сказав президент Фінляндії Александр Стубб",
         "Наш кордон — це кордон НАТО. Ми знаємо ціну миру … І ми знаємо, що мир не триває довго"),
        ("Il presidente Sergio Mattarella ha ricevuto il cancelliere.\n“Siamo pronti a lavorare insieme, ha detto "
         "Mattarella. L'Europa ha bisogno di noi.”", "it", "Sergio Mattarella", "ha detto Mattarella",
         "Siamo pronti a lavorare insieme … L'Europa ha bisogno di noi."),
        ("Министр Сергей Лавров встретился с коллегой.\n«Мы готовы, — сказал Лавров. Это важно».", "ru",
         "Сергей Лавров", "сказал Лавров", "Мы готовы … Это важно"),
        # Longer than a short incise: the inverted subject marks the cue, where and to whom may run on.
        ("La ministre Claire Dubois était à Lima.\n« Nous sommes là pour agir, a lancé la ministre Dubois devant "
         "la presse du pays. La France veut conclure. »", "fr", "Claire Dubois",
         "a lancé la ministre Dubois devant la presse du pays", "Nous sommes là pour agir … La France veut conclure."),
    ],
)
def test_incise_ending_its_sentence_inside_the_marks_is_the_cue(text: str, lang: str, speaker: str, cue: str,
                                                                 quoted: str) -> None:
    (q,) = quotes_of(text, lang)
    assert (q.speaker, q.cue, q.text, len(q.parts)) == (speaker, cue, quoted, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président Emmanuel Macron a parlé.\n« Nous avons parlé de tout, nous avons avancé. Merci. »", "fr"),
        ("Il presidente Sergio Mattarella ha parlato.\n“Abbiamo lavorato, come abbiamo detto. Grazie.”", "it"),
        ("Президент Александр Стубб сказав.\n«Ми — за мир, і ми знаємо ціну — і будемо захищати його».", "uk"),
        # A subject before the verb: a clause of the speech, however long, not an inverted incise.
        ("La ministre Claire Dubois était à Lima.\n« Nous sommes venus, il a dit à Dubois que nous serions là "
         "longtemps. Merci. »", "fr"),
    ],
)
def test_comma_or_dash_before_ordinary_words_inside_the_marks_is_no_incise(text: str, lang: str) -> None:
    (q,) = quotes_of(text, lang)
    assert not q.parts and q.text in text


def test_incise_closing_the_quotation_inside_the_marks_is_its_cue() -> None:
    text = "Le ministre Jean Dupont a reçu Bart De Wever.\n« Nous avançons ensemble, a-t-il dit. »"
    (q,) = quotes_of(text, "fr")
    assert (q.speaker, q.cue, q.text) == ("Jean Dupont", "a-t-il dit", "Nous avançons ensemble")


def test_unknown_named_subject_does_not_fall_back_to_the_last_person() -> None:
    text = ("President Donald Trump welcomed the guest on Tuesday. \"It makes no sense at all,\" the president said.\n\n"
            "Erica Marat-Ali, a specialist at the university, said the deals reflect a \"balanced and careful "
            "foreign policy of the country\".")
    quotes = quotes_of(text, "en")
    assert quotes[0].speaker == "Donald Trump"
    # Never the last person named; the subject itself once name finding knows the apposition.
    assert quotes[-1].speaker in (None, "Erica Marat-Ali")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bundeskanzler Friedrich Merz unterzeichnete eine Erklärung. Die Zusammenarbeit sei „kein Luxus, "
         "sondern eine echte Notwendigkeit“, heißt es darin.", "de"),
        ("Bundeskanzler Friedrich Merz pflanzte eine Linde. »Ein Baum braucht sehr viel Geduld«, hieß es dazu "
         "aus dem Élysée.", "de"),
        ("Президент Володимир Зеленський зустрівся з гостею. Один із учасників переговорів назвав зустріч "
         "«найтеплішою і найвідвертішою за останні роки».", "uk"),
        ("Президент Владимир Путин подписал документ. В заявлении говорится: «Стороны договорились о новом "
         "этапе сотрудничества».", "ru"),
        ("Il presidente Sergio Mattarella ha firmato. Nella nota si legge: «Le parti hanno concordato un nuovo "
         "capitolo della cooperazione».", "it"),
    ],
)
def test_impersonal_or_unnamed_cue_gives_no_speaker(text: str, lang: str) -> None:
    assert quotes_of(text, lang)[-1].speaker is None


def test_quote_opening_its_own_sentence_after_one_naming_its_speaker() -> None:
    text = ("Bundeskanzler Friedrich Merz hat Emmanuel Macron empfangen.\n\nDie Ökonomin Claudia von der Heydt "
            "hält den Optimismus für verfrüht. „Die Beziehung ist stabil, aber sie wächst nicht mehr.“")
    assert quotes_of(text, "de")[-1].speaker == "Claudia von der Heydt"


def test_no_speaker_when_the_previous_sentence_opens_with_an_institution() -> None:
    text = ("Bundeskanzler Friedrich Merz hat Emmanuel Macron empfangen.\n\nDas Bundesamt meldete, "
            "Claudia von der Heydt sei skeptisch. „Die Beziehung ist stabil, aber sie wächst nicht mehr.“")
    assert quotes_of(text, "de")[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Premier Donald Tusk odniósł się do sporu o tzw. „narodową klauzulę wyjścia”, która pozwala na więcej.",
         "pl"),
        ("Giorgia Meloni ha accettato l'invito a Tokyo. «È stata una giornata davvero storica», si commentava "
         "in serata nei corridoi.", "it"),
    ],
)
def test_quote_that_does_not_stand_alone_is_not_the_previous_subjects(text: str, lang: str) -> None:
    assert quotes_of(text, lang)[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "second"),
    [
        ("Le chercheur Paul Durand-Morel, spécialiste de l'Asie centrale, rappelle que le transport passe encore "
         "par la Russie.\n\n« On peut signer tous les accords que l'on veut, la dépendance logistique demeure.\n\n"
         "Il faudra des années pour le moderniser », estime-t-il.", "fr", "Paul Durand-Morel", "Il faudra des années"),
        ("Le chercheur Paul Durand-Morel, spécialiste de l'Asie centrale, rappelle que le transport passe encore "
         "par la Russie.\n\n« On peut signer tous les accords que l'on veut, la dépendance logistique demeure.\n\n"
         "» Il faudra des années pour le moderniser », estime-t-il.", "fr", "Paul Durand-Morel",
         "Il faudra des années"),
        ("Defensie-expert Anneke van Dalen-Roos van Instituut Clingendael wijst op de kosten.\n\n‘Zo'n fabriek "
         "kost al snel een miljard euro. Dat geld moet ergens vandaan komen.\n\nBovendien is het de vraag of het "
         "lukt’, zegt zij.", "nl", "Anneke van Dalen-Roos", "Bovendien is het"),
        ("The analyst Jane Hollis-Grant pointed to the cost of the new programme for the regions.\n\n‘The plans "
         "cost a fortune, and nobody in government has said where the money comes from.\n\nThe leaders’ question "
         "is whether the money will come,’ she said.", "en", "Jane Hollis-Grant", "The leaders’ question is whether"),
        # The second paragraph quotes a term before the closing mark: the term is nested, the quotation ends
        # at the closing mark after it.
        ("Die Politologin Sabine Krüger-Hahn von der Universität Jena sieht das nüchtern.\n\n„Die Regierung "
         "verhandelt mit allen Seiten. Das bringt Geld.\n\nVon einer ‚neuen Ära‘ kann keine Rede sein, es ist "
         "Kalkül“, sagte Krüger-Hahn.", "de", "Sabine Krüger-Hahn", "Von einer ‚neuen Ära‘"),
        ("The analyst Tom Reyes-Walker of the Lowy Institute urged caution.\n\n\u201cThe talks will go on. "
         "Both sides need them.\n\nCalling it a \u2018reset\u2019 goes too far,\u201d Reyes-Walker said.", "en",
         "Tom Reyes-Walker", "Calling it a"),
    ],
)
def test_quote_over_two_paragraphs_with_its_cue_at_the_end(text: str, lang: str, speaker: str, second: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert len(q.parts) == 2 and q.text.split("\n\n")[1].startswith(second) and q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("Le texte signé mardi, baptisé « Feuille de route pour un partenariat stratégique renforcé », mentionne "
         "ce corridor.", "fr", "Feuille de route pour un partenariat stratégique renforcé"),
        ("Les deux pays ont signé la « Feuille de route pour la jeunesse » mardi.", "fr",
         "Feuille de route pour la jeunesse"),
        ("In de gezamenlijke verklaring, die de titel ‘Partnerschap voor veiligheid en welvaart’ draagt, staat ook "
         "dat beide landen de grens willen versterken.", "nl", "Partnerschap voor veiligheid en welvaart"),
        ("Obie strony przyjęły wspólne oświadczenie „O partnerstwie strategicznym na rzecz odbudowy”.", "pl",
         "O partnerstwie strategicznym na rzecz odbudowy"),
        ("Сторони ухвалили спільну заяву «Про стратегічне партнерство в галузі енергетичної безпеки».", "uk",
         "Про стратегічне партнерство в галузі енергетичної безпеки"),
        ("Los dos gobiernos firmaron la hoja de ruta «Juntos por una Norteamérica más fuerte y justa».", "es",
         "Juntos por una Norteamérica más fuerte y justa"),
    ],
)
def test_titles_after_a_title_word_or_opening_with_a_naming_phrase_are_terms(text: str, lang: str,
                                                                             term: str) -> None:
    (q,) = quotes_of("Il presidente Sergio Mattarella ha parlato con la stampa.\n" + text, lang)
    assert (q.text, q.kind, q.speaker) == (term, "term", None)


def test_a_verb_sharing_the_stem_of_a_statement_word_still_makes_speech() -> None:
    (q,) = quotes_of("Президент Володимир Зеленський заявив: «Ми готові до співпраці з усіма партнерами».", "uk")
    assert (q.kind, q.speaker) == ("speech", "Володимир Зеленський")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Il ministro della Difesa, Guido Crosetto, ha parlato di un accordo «che rafforza l'industria nazionale e "
         "la sua capacità di esportare».", "it", "Guido Crosetto"),
        ("Le ministre Paul Durand a évoqué un accord « qui renforce l'industrie nationale et sa capacité "
         "d'exporter ».", "fr", "Paul Durand"),
        ("Defence Secretary John Healey spoke of an agreement \"that strengthens the national industry and its "
         "ability to export\".", "en", "John Healey"),
        ("Minister Ruben Brekelmans sprak van een akkoord ‘dat de nationale industrie versterkt’.", "nl",
         "Ruben Brekelmans"),
    ],
)
def test_a_relative_clause_quoted_after_a_naming_word_is_the_subjects_speech(text: str, lang: str,
                                                                            speaker: str) -> None:
    (q,) = quotes_of(text, lang)
    assert (q.kind, q.speaker) == ("speech", speaker)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Депутат Иван Петров считает, что визит важен.\n\n«Это дорогого стоит», – сказал депутат "
           "«Деловому вестнику».\n", "Деловому вестнику"),
    ("en", "Senator Tom Baker spoke after the talks.\n\n\"We are ready for this,\" Baker told the \"Herald\" "
           "on Monday.\n", "Herald"),
])
def test_a_publication_quoted_in_a_cue_is_a_term_of_nobody(lang: str, text: str, name: str) -> None:
    text = "Wire\n\nNews of the day\n\n" + text + "\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.\n"
    found = {q.text: q for q in find_quotes(text, clean(text).blocks, (), lang)}
    assert found[name].kind == "term" and found[name].speaker is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président Louis Martin a reçu Paul Dubois à l'Élysée.\n"
     "« Nous signerons l'accord avant l'été », ont déclaré les deux dirigeants.", "fr"),
    ("El presidente Luis Ortega recibió a Pablo Ruiz en Madrid.\n"
     "«Firmaremos el acuerdo antes del verano», dijeron los dos mandatarios.", "es"),
])
def test_an_unnamed_subject_a_few_words_after_the_verb_names_no_one(text: str, lang: str) -> None:
    (q,) = quotes_of(text, lang)
    assert q.speaker is None


def test_a_name_after_the_verb_is_still_the_speaker() -> None:
    text = ("Le président Louis Martin a reçu Paul Dubois.\n"
            "« Nous signerons l'accord », a déclaré lundi Paul Dubois, un dirigeant prudent.")
    (q,) = quotes_of(text, "fr")
    assert q.speaker == "Paul Dubois"


@pytest.mark.parametrize(("text", "lang"), [
    ("Prezydent Litwy Gitanas Nausėda przyjechał do Warszawy.\nStrona litewska zapewniła, że ustawa będzie "
     "stosowana „bez wyjątków”.", "pl"),
    ("Premiér Petr Novák přijel do Bratislavy.\nStrana slovenská ujistila, že zákon bude platit „bez výjimek“.",
     "cs"),
])
def test_a_side_as_subject_is_no_speaker(text: str, lang: str) -> None:
    (q,) = quotes_of(text, lang)
    assert q.speaker is None



def test_an_acronym_of_an_institute_in_a_cue_is_not_a_person() -> None:
    text = ("Gościem audycji była dr Anna Kowalska-Nowak z Polskiego Instytutu Spraw Gospodarczych.\n\n"
            "– Dla Wilna to ważny sygnał od sąsiada – oceniła analityczka PISG.")
    (q,) = quotes_of(text, "pl")
    assert q.speaker == "Anna Kowalska-Nowak"


def test_an_inflected_surname_is_not_glued_to_the_next_subject() -> None:
    text = ("Prezydent Litwy Gitanas Nausėda przyjechał do Warszawy na zaproszenie prezydenta Karola Nawrockiego.\n\n"
            "W rozmowie z Nausėdą Nawrocki poruszył sprawy mniejszości. Prezydent Nawrocki ocenił: „To dobry krok, "
            "ale będziemy patrzeć na praktykę”.")
    (q,) = quotes_of(text, "pl")
    assert q.speaker == "Karol Nawrocki"


@pytest.mark.parametrize(("text", "lang", "term"), [
    ("Premier Jan Peeters heeft Luc Frieden ontvangen. Ze willen het ‘Verdrag tot instelling van de Benelux Unie’ "
     "moderniseren.", "nl", "Verdrag tot instelling van de Benelux Unie"),
    ("Președintele Ion Popescu a primit-o pe Maia Sandu. Cei doi lideri au amintit și de „Parteneriatul strategic "
     "pentru integrarea europeană a Republicii Moldova”, semnat în 2010.", "ro",
     "Parteneriatul strategic pentru integrarea europeană a Republicii Moldova"),
])
def test_a_long_official_name_opening_with_a_naming_word_is_a_term(text: str, lang: str, term: str) -> None:
    (q,) = quotes_of(text, lang)
    assert (q.text, q.kind, q.speaker) == (term, "term", None)


def test_an_office_of_two_words_joined_by_a_conjunction_leads_to_its_holder() -> None:
    text = ("Praha – Český premiér Andrej Babiš v úterý přivítal Roberta Fica.\n\nBabiš uvedl, že obrat dosáhl "
            "742 miliard korun. Ministr průmyslu a obchodu Karel Novotný ale mluvil o „téměř 700 miliardách korun“.")
    (q,) = quotes_of(text, "cs")
    assert q.speaker == "Karel Novotný"


def test_a_given_name_with_a_particle_set_off_by_commas_is_one_name() -> None:
    text = ("Lisboa – O primeiro-ministro Luís Montenegro recebeu Pedro Sánchez.\n\nA ministra do Ambiente e Energia, "
            "Maria da Graça Pereira, anunciou um investimento. «Ninguém pode dizer que isto é um luxo», "
            "afirmou a governante.")
    (q,) = quotes_of(text, "pt")
    assert q.speaker == "Maria da Graça Pereira"


def test_a_short_feminine_role_is_not_the_man_named_last() -> None:
    text = ("Președintele României, Ion Popescu, a primit-o pe președinta Republicii Moldova, Maia Sandu.\n\n"
            "„România va fi avocatul Republicii Moldova”, a declarat Ion Popescu.\n\n"
            "Maia Sandu a mulțumit pentru sprijin. „Nu uităm cine ne-a ajutat”, a spus șefa statului moldovean.")
    found = {q.text: q.speaker for q in quotes_of(text, "ro")}
    assert found["Nu uităm cine ne-a ajutat"] == "Maia Sandu"


def test_two_words_for_the_prime_ministers_office_are_one_role() -> None:
    # ro "prim-ministrul" introduces him, "premierul" cues the quote: two words, one office.
    text = ("Prim-ministrul Republicii Moldova, Ion Rusu, a sosit marți la Iași.\n\n"
            "„Podul nou leagă două maluri ale aceluiași popor”, a spus premierul moldovean.")
    (q,) = quotes_of(text, "ro")
    assert q.speaker == "Ion Rusu"


def test_an_institutes_name_after_its_head_noun_is_no_person() -> None:
    text = ("Gościem audycji była dr Anna Kowalska-Nowak z Polskiego Instytutu Spraw Gospodarczych.\n\n"
            "– Dla Wilna to ważny sygnał od sąsiada – oceniła analityczka PISG.\n\n"
            "Jak dodała, sporne kwestie „nie zniknęły, ale zeszły na dalszy plan”.")
    assert [q.speaker for q in quotes_of(text, "pl")] == ["Anna Kowalska-Nowak"] * 2


def test_a_host_whose_surname_is_a_country_is_a_name_and_holds_the_bare_office() -> None:
    text = ("Luís Montenegro recebeu Pedro Sánchez no Palácio de São Bento, em Lisboa.\n\n"
            "«Esta não é uma linha de comboio, é uma linha de futuro», afirmou o primeiro-ministro, ao lado de Sánchez.")
    (q,) = quotes_of(text, "pt")
    assert q.speaker == "Luís Montenegro"


def test_an_institution_word_before_a_womans_name_does_not_make_her_a_man() -> None:
    text = ("Președintele Ion Popescu și președinta Republicii Moldova, Maia Sandu, la Palatul Cotroceni.\n\n"
            "Președintele României, Ion Popescu, a primit-o miercuri la Palatul Cotroceni pe președinta Republicii "
            "Moldova, Maia Sandu, aflată într-o vizită oficială.\n\nMaia Sandu a mulțumit pentru sprijin. „Fără România, iarna ar fi fost grea. Nu uităm "
            "cine ne-a ajutat”, a spus șefa statului moldovean.")
    (q,) = quotes_of(text, "ro")
    assert q.speaker == "Maia Sandu"


def test_the_host_word_is_the_host_not_the_guest_named_last() -> None:
    text = ("Karol Nowak przyjął w czwartek w Warszawie prezydenta Litwy Gitanasa Nausėdę.\n\n"
            "„Polska jest z nami dzisiaj” – mówił Nausėda. Obaj politycy odwołali się do traktatu z 1994 r., "
            "który – jak podkreślił gospodarz – „wciąż jest fundamentem naszej współpracy”.")
    found = {q.text: q.speaker for q in quotes_of(text, "pl")}
    assert found["wciąż jest fundamentem naszej współpracy"] == "Karol Nowak"


def test_cue_verb_then_long_role_phrase_then_apposed_name() -> None:
    text = ("Visite d'État\n\nEmmanuel Macron a reçu jeudi Bola Tinubu à l'Élysée. Macron a promis des "
            "investissements.\n\nCôté français, Bercy a annoncé une ligne de crédit de 300 millions d'euros. "
            "« C'est un signal », a résumé le ministre délégué au Commerce extérieur, Nicolas Forissier, en marge "
            "de la visite.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "fr")] == ["Nicolas Forissier"]


def test_cue_verb_then_hyphenated_role_phrase_then_apposed_name() -> None:
    # "porte-parole" is one role word: its halves are none, and the head of state named before must not speak.
    text = ("Visite d'État\n\nLe président portugais Marcelo Rebelo de Sousa se rendra au Chili en mai.\n\n"
            "« Nos deux pays partagent une longue histoire », a souligné la porte-parole du ministère, "
            "Teresa Albuquerque.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "fr")] == ["Teresa Albuquerque"]


def test_cue_verb_then_role_phrase_with_an_elision_then_apposed_name() -> None:
    # The apostrophe of "de l'Unesco" is an elision, no quotation mark ending the role phrase.
    text = ("Conférence\n\n« La culture ne vivra pas sans ses écoles et sans ses maîtres », a conclu la directrice "
            "générale de l'Unesco, Claire Bodin, devant les délégués.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "fr")] == ["Claire Bodin"]


def test_cue_verb_then_role_phrase_then_apposed_name_closing_the_sentence() -> None:
    # The apposition may end the sentence: the role then stands for the name, not for no one.
    text = ("Conférence\n\n« Nos musées resteront ouverts tout l'hiver malgré la crise », a déclaré la ministre de "
            "la Culture, Claire Bodin.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "fr")] == ["Claire Bodin"]


def test_dash_line_with_its_cue_after_a_comma() -> None:
    text = ("Statsminister Ulf Kristersson tog emot Jonas Gahr Støre.\n"
            "– Vi är överens om det mesta. Men inte om allt, sade Kristersson på presskonferensen.")
    (q,) = quotes_of(text, "sv")
    assert (q.speaker, q.text) == ("Ulf Kristersson", "Vi är överens om det mesta. Men inte om allt")


def test_dash_line_with_its_cue_ending_its_first_sentence_goes_on_after_it() -> None:
    # The cue closes the first sentence and the speech goes on: one quotation in two parts, the cue no
    # part of it, and the next paragraph's "säger hon" is still the woman it names.
    text = ("Statsminister Ulf Kristersson tog emot Jonas Gahr Støre.\n"
            "– Vi är inte överens om allt, sade Kristersson. Norge och Sverige har olika syn på fisket.\n"
            "Lena Holm, chef för Fiskeriverket, håller med. ”Det är en gammal tvist”, säger hon.")
    quotes = quotes_of(text, "sv")
    assert [(q.speaker, q.cue, len(q.parts)) for q in quotes] == [
        ("Ulf Kristersson", "sade Kristersson", 2), ("Lena Holm", "säger hon", 0)]
    assert "sade" not in quotes[0].text and quotes[0].text.endswith("fisket.")
    # ", sade vi då" names no one (no name, role or personal pronoun): the speech's own words, no cue.
    text = ("Statsminister Ulf Kristersson tog emot Jonas Gahr Støre.\n"
            "– Vi kan vänta, sade vi då. Men nu måste vi agera, sade Kristersson.")
    (q,) = quotes_of(text, "sv")
    assert (q.speaker, q.cue) == ("Ulf Kristersson", "sade Kristersson")


@pytest.mark.parametrize(("text", "lang"), [
    ("Ulf Kristersson besökte Oslo.\nKarin Berg, nationalekonom vid Lunds universitet, tycker att kritiken "
     "är fel.\n– Norge är en viktig marknad för svensk industri, säger hon.", "sv"),
    ("Jonas Gahr Støre besøkte Stockholm.\nKari Berg, samfunnsøkonom ved Universitetet i Oslo, mener at kritikken "
     "er feil.\n– Sverige er et viktig marked for norsk industri, sier hun.", "no"),
])
def test_compound_economist_introduces_the_woman_a_pronoun_cue_stands_for(text: str, lang: str) -> None:
    # A compound of a listed role (national-/samfunnsøkonom) set off after the name makes it a person's name.
    (q,) = quotes_of(text, lang)
    assert q.speaker in ("Karin Berg", "Kari Berg")


@pytest.mark.parametrize(("text", "lang", "cue"), [
    ("Prime Minister Mark Carney met Chancellor Friedrich Merz in Berlin.\n"
     "“We came here as friends,” mused the prince, “and we leave as partners.”", "en", "mused the prince"),
    ("Bundeskanzler Friedrich Merz empfing Mark Carney in Berlin.\n"
     "„Wir sind als Freunde gekommen“, raunte der Gast, „und wir gehen als Partner.“", "de", "raunte der Gast"),
])
def test_split_quotation_around_an_unlisted_cue_in_one_sentence_is_joined(text: str, lang: str, cue: str) -> None:
    # The verb is in no list, but the open first part, the lower-case words between and the lower-case
    # second part make one interrupted sentence: one quotation in two parts, the words between its cue.
    (q,) = quotes_of(text, lang)
    assert (len(q.parts), q.cue) == (2, cue)
    # Two quoted words joined by "or" (no comma closing the words between) stay two quotations.
    text = "Prime Minister Mark Carney met Chancellor Friedrich Merz in Berlin.\n“Apples,” or “pears,” were on the table."
    assert len(quotes_of(text, "en")) == 2


def test_unlisted_cue_verb_then_a_person_named_before_speaks() -> None:
    # "intoned" is in no list; the lower-case word after the open quotation, then a person the text
    # named before and the sentence's end: that person speaks. A name followed by more words does not.
    text = ("Prime Minister Mark Carney met Chancellor Friedrich Merz in Berlin.\nThe talks ran late. "
            "“We came here as friends and we leave as partners,” intoned Carney.")
    (q,) = quotes_of(text, "en")
    assert (q.speaker, q.cue) == ("Mark Carney", "intoned Carney")
    text = text.replace("intoned Carney.", "and Carney left.")
    (q,) = quotes_of(text, "en")
    assert q.speaker != "Mark Carney"


def test_dash_line_with_no_cue_after_dialogue_goes_on_with_the_last_speaker() -> None:
    text = ("Statsminister Ulf Kristersson tog emot Jonas Gahr Støre.\n"
            "– Vi är överens om det mesta, sade Kristersson.\nHan påpekar samtidigt att frågan är svår.\n"
            "– Støre kan inte lova något om EU, och det vet vi.")
    quotes = quotes_of(text, "sv")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ulf Kristersson", "Vi är överens om det mesta"),
        ("Ulf Kristersson", "Støre kan inte lova något om EU, och det vet vi.")]


def test_dash_list_lines_after_no_dialogue_stay_no_quotes() -> None:
    text = "Jonas Gahr Støre besökte Stockholm.\n– Handeln mellan länderna har ökat kraftigt i år.\n"
    assert quotes_of(text, "sv") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Ankara'da görüştü.\n"
         "Aliyev'in heyetinde yer alan bir yetkili, görüşmelerin \"son derece verimli\" geçtiğini söyledi.", "tr"),
    ],
)
def test_unnamed_source_opening_the_sentence_before_the_quote_is_nobody(text: str, lang: str) -> None:
    (q,) = quotes_of(text, lang)
    assert q.speaker is None


def test_hyphen_dialogue_with_a_hyphen_set_cue() -> None:
    text = ("Premier Jan Kowalski przyjął gości z Pragi.\n\n"
            "Po rozmowach Kowalski mówił o kolei. - Nasze miasta są blisko. Tu nie ma granic - powiedział premier.\n\n"
            "- Chcemy szybszych pociągów do Ostrawy - zapowiedział minister infrastruktury Adam Nowak.\n")
    assert [(q.speaker, q.text) for q in quotes_of(text, "pl")] == [
        ("Jan Kowalski", "Nasze miasta są blisko. Tu nie ma granic"),
        ("Adam Nowak", "Chcemy szybszych pociągów do Ostrawy")]


def test_hyphen_list_lines_are_no_quotes() -> None:
    text = ("Premier Jan Kowalski przedstawił plan, który powiedział wszystko o rządzie.\n\n"
            "- budowa nowych linii kolejowych do granicy, jak mówił premier.\n\n"
            "- Tańsze bilety dla studentów - od stycznia.\n")
    assert quotes_of(text, "pl") == []


def test_hyphen_dialogue_after_a_quotation_in_the_same_paragraph() -> None:
    text = ("Premier Jan Kowalski przyjął gości z Pragi.\n\n"
            "Po rozmowach Kowalski zapewnił, że oba kraje to \"serce regionu\". - Nasze miasta są blisko. "
            "Tu nie ma granic - powiedział premier.\n")
    assert [(q.speaker, q.text) for q in quotes_of(text, "pl")][-1] == (
        "Jan Kowalski", "Nasze miasta są blisko. Tu nie ma granic")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le ministre Jean Dupont a annoncé un programme d'investissement dans le cadre du « plan Atlas ».", "fr"),
    ("O primeiro-ministro João Silva recordou a chamada «exceção atlântica» no preço da energia.", "pt"),
])
def test_short_quoted_noun_phrase_after_an_article_is_nobodys_term(text: str, lang: str) -> None:
    (q,) = quotes_of("O Jornal\n\n" + text, lang)
    assert (q.kind, q.speaker) == ("term", None)


def test_short_quotation_after_an_article_and_a_speech_verb_keeps_its_speaker() -> None:
    (q,) = quotes_of("O Jornal\n\nO primeiro-ministro João Silva elogiou a «relação exemplar» entre os dois países.", "pt")
    assert q.speaker == "João Silva"


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président Jean Dupont a, lui, parlé d'une « alliance industrielle » avec le Maroc.", "fr"),
    ("Prime Minister John Smith has hailed a 'new chapter' in relations with Ghana.", "en"),
])
def test_short_common_words_after_an_article_keep_their_speaker(text: str, lang: str) -> None:
    (q,) = quotes_of("The Paper\n\n" + text, lang)
    assert q.speaker is not None


def test_short_quoted_name_inside_a_dash_line_keeps_the_line() -> None:
    text = ("Министр Иван Петров выступил на форуме.\n\n"
            "— Объём поставок растёт. Это больше, чем по «Северному пути» ранее, — пояснил министр.\n")
    quotes = quotes_of(text, "ru")
    said = [q for q in quotes if q.text.startswith("Объём поставок")]
    assert said and said[0].text.endswith("ранее") and said[0].speaker == "Иван Петров"


def test_dash_reply_over_two_paragraphs_takes_the_cue_of_the_second() -> None:
    text = ("Эксперт Анна Смирнова считает, что спешить некуда.\n\n"
            "— Для рынка это важный, но не единственный сигнал. Покупатели будут торговаться.\n\n"
            "Поэтому «Проект Восток» — это скорее политика, чем коммерция, — считает Смирнова.\n")
    quotes = quotes_of(text, "ru")
    said = [q for q in quotes if q.text.startswith("Для рынка")]
    assert said and said[0].text.endswith("чем коммерция") and said[0].speaker == "Анна Смирнова"


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Lula à Paris\n\n« Nous avons fait reculer la déforestation. Qui peut en dire autant en Europe ? »,"
     " a demandé Lula. Il a ajouté que le Brésil était prêt.", "fr", "Lula"),
    ("Sánchez en Madrid\n\n«¿Quién puede decir lo mismo en Europa?», preguntó Sánchez ante la prensa.", "es", "Sánchez"),
    ("Tusk w Berlinie\n\n– Kto w Europie może powiedzieć to samo? – zapytał Tusk dziennikarzy.", "pl", "Tusk"),
])
def test_a_question_asked_names_its_asker(text: str, lang: str, speaker: str) -> None:
    (q,) = quotes_of(text, lang)
    assert q.speaker == speaker


def test_a_feminine_role_noun_introduces_the_woman_a_pronoun_cue_stands_for() -> None:
    text = ("De Wever ontvangt Macron\n\n"
            "Minister van Defensie Theo Francken bevestigde de aankoop. 'Dat is een investering', zei Francken.\n\n"
            "Econome Sophie Peeters (KU Leuven) plaatst de cijfers in perspectief. "
            "'Macron rondt graag af naar boven', zei ze.\n")
    assert speaker_of(quotes_of(text, "nl"), "Macron rondt") == "Sophie Peeters"


def test_dash_line_then_a_sentence_with_a_quotation_keeps_the_line() -> None:
    text = ("Tusk w Berlinie\n\n"
            "– Nie ma bezpiecznej Europy bez silnej Polski – mówił Tusk na konferencji. "
            "Premier przypomniał, że Polska wydaje na obronność „najwięcej w całym NATO”.\n")
    assert speaker_of(quotes_of(text, "pl"), "Nie ma bezpiecznej") == "Tusk"


def test_dash_line_opening_after_a_sentence_goes_on_in_the_next_paragraph() -> None:
    text = ("Tusk w Berlinie\n\n"
            "Prof. Jan Kowalski z SGH wylicza, że obroty wyniosły 171 mld euro. – Niemcy kupują ponad jedną "
            "czwartą naszego eksportu.\n\n"
            "Ta zależność jest ogromną siłą, ale i ryzykiem – ocenia profesor.\n")
    quotes = quotes_of(text, "pl")
    said = [q for q in quotes if q.text.startswith("Niemcy kupują")]
    assert said and said[0].text.endswith("i ryzykiem") and said[0].speaker == "Jan Kowalski"


@pytest.mark.parametrize(("text", "lang"), [
    ("Tusk w Berlinie\n\nPremier Donald Tusk przyjął kanclerza. „Rozmawialiśmy długo” – powiedział Tusk. "
     "W kuluarach jeden z dyplomatów mówił o rozmowach „rzeczowych, ale chłodniejszych niż się spodziewano”.\n", "pl"),
    ("Pavel přivítal Pellegriniho\n\n„Česko je náš partner,“ uvedl prezident Petr Pavel. "
     "Z Hradu zaznělo, že rozhovor byl „přátelský a otevřený“.\n", "cs"),
])
def test_an_anonymous_source_gives_no_speaker(text: str, lang: str) -> None:
    quotes = quotes_of(text, lang)
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(("second", "speaker"), [
    ("Ale opozice návštěvu kritizovala. Podle ní Babiš s Orbánem „rozbíjejí evropskou jednotu“.", None),
    ("„Obchod roste,“ prohlásil Orbán. Podle něj Babiš s Ficem „staví nové mosty“.", "Viktor Orbán"),
])
def test_a_name_after_according_to_a_pronoun_is_not_the_speaker(second: str, speaker: str | None) -> None:
    text = ("Babiš přivítal Orbána\n\n"
            "Premiér Andrej Babiš přijal maďarského premiéra Viktora Orbána. „Visegrád není mrtvý,“ řekl Babiš.\n\n"
            + second + "\n")
    assert quotes_of(text, "cs")[-1].speaker == speaker


def test_according_to_a_role_after_its_article_keeps_the_role_holder() -> None:
    text = ("Takaichi a Roma\n\nLa premier giapponese Sanae Takaichi ha incontrato Giorgia Meloni. Secondo la premier "
            "giapponese l'interscambio ha raggiunto “17,2 miliardi di euro, un record storico”.\n")
    assert quotes_of(text, "it")[-1].speaker == "Sanae Takaichi"


def test_a_verb_after_a_reporting_word_is_no_pronoun_source() -> None:
    text = "Santorum\n\nSo sagte er am Montag über seinen Rivalen Romney, „er ist der schlechteste Kandidat.“\n"
    assert quotes_of(text, "de")[-1].speaker_form == "er"


@pytest.mark.parametrize("quote", [
    "«Nigeria ist für uns ein Partner auf Augenhöhe», sagte der Kanzler.",
    "„Nigeria ist für uns ein Partner“, sagte Merz.",
])
def test_german_capitalised_nouns_make_no_title(quote: str) -> None:
    text = "Merz empfängt Tinubu\n\nBundeskanzler Friedrich Merz empfing den Präsidenten Bola Tinubu.\n\n" + quote + "\n"
    q = quotes_of(text, "de")[-1]
    assert (q.kind, q.speaker) == ("speech", "Friedrich Merz")


def test_a_title_with_every_word_capitalised_stays_a_term_in_german() -> None:
    text = "Buch\n\nMerz las gestern aus „Der Untergang Des Abendlandes“ vor.\n"
    assert quotes_of(text, "de")[-1].kind == "term"


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Tinubu in Berlin\n\nBundeskanzler Friedrich Merz hat den Präsidenten Bola Ahmed Tinubu empfangen.\n\n"
     "Merz sagte: „Wir wollen investieren.“\n\nNach Tinubus Worten hat seine Regierung viele Reformen umgesetzt. "
     "„Wir haben den Naira freigegeben“, sagte der 73-Jährige.\n", "de", "Bola Ahmed Tinubu"),
    ("Carney hosts Sheinbaum\n\nPrime Minister Mark Carney welcomed President Claudia Sheinbaum to Ottawa.\n\n"
     "Carney said the talks were useful. He praised the work of Sheinbaum's team. "
     "\"We are ready to sign,\" the 63-year-old said.\n", "en", "Claudia Sheinbaum"),
    ("Meloni riceve Tinubu\n\nLa premier Giorgia Meloni ha ricevuto il presidente Bola Tinubu.\n\n"
     "Meloni ha detto che l'incontro è stato utile. Secondo le parole di Tinubu, il Paese cresce. "
     "«Siamo pronti a firmare», ha detto il 73enne.\n", "it", "Bola Tinubu"),
])
def test_an_age_epithet_stands_for_the_person_named_last(text: str, lang: str, speaker: str) -> None:
    assert quotes_of(text, lang)[-1].speaker == speaker


def test_a_cue_sentence_between_two_quotations_keeps_them_apart() -> None:
    text = ("Carney hosts Sheinbaum\n\nPrime Minister Mark Carney welcomed Mexican President Claudia Sheinbaum.\n\n"
            "Sheinbaum said Mexico would not accept a deal that \"turns North America into three separate markets.\" "
            "She added: \"We come to Ottawa as friends, and we leave with a plan.\"\n")
    quotes = quotes_of(text, "en")
    assert [q.text[:9] for q in quotes] == ["turns Nor", "We come t"]
    assert {q.speaker for q in quotes} == {"Claudia Sheinbaum"}


def test_a_short_quotation_opening_the_next_paragraph_is_no_title_in_a_cue() -> None:
    text = ("Carney hosts Sheinbaum\n\nPrime Minister Mark Carney welcomed President Claudia Sheinbaum.\n\n"
            "She added: \"We come to Ottawa as friends.\"\n\n\"We are ready,\" Carney said, \"to sign the deal.\"\n")
    q = quotes_of(text, "en")[-1]
    assert (q.kind, q.speaker) == ("speech", "Mark Carney")


@pytest.mark.parametrize(("text", "lang"), [
    ("Стубб у Києві\n\nПрезидент Володимир Зеленський зустрівся з президентом Фінляндії Александером Стуббом.\n\n"
     "«Фінляндія — наш партнер», — сказав Зеленський. Він додав, що обговорили участь Фінляндії у «Коаліції "
     "охочих» та відновлення енергетики.\n", "uk"),
    ("Tusk w Paryżu\n\nPremier Donald Tusk spotkał się z prezydentem Emmanuelem Macronem.\n\n"
     "„Jesteśmy gotowi” – powiedział Tusk. Dodał, że rozmawiali o udziale Polski w „Koalicji chętnych” i o handlu.\n",
     "pl"),
])
def test_a_short_capitalised_name_after_a_preposition_is_a_term(text: str, lang: str) -> None:
    q = quotes_of(text, lang)[-1]
    assert (q.kind, q.speaker) == ("term", None)


def test_an_age_word_far_from_the_cue_verb_is_no_epithet() -> None:
    text = ("Путин и Лукашенко\n\nПрезидент России Владимир Путин принял Александра Лукашенко.\n\n"
            "«Мы готовы к новым проектам», — сказал Путин, глядя на Лукашенко. "
            "«Это важно», — добавил, упомянув о плане на 10-летний срок.\n")
    assert quotes_of(text, "ru")[-1].speaker == "Владимир Путин"


def test_pl_the_subject_after_a_prepositional_opening_speaks_the_next_dash_line() -> None:
    text = ("Wizyta w Belwederze\n\nW rozmowach uczestniczył minister obrony Jan Kowalczyk.\n\n"
            "– Nasi żołnierze są w Rumunii, bo to także nasze bezpieczeństwo – powiedział Kowalczyk.\n\n"
            "Pytany przez dziennikarzy o eksport zboża, prezydent Nowacki odpowiedział wymijająco. – Mamy swoje "
            "interesy, Rumunia ma swoje. Rozmawiamy jak przyjaciele – stwierdził.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "pl")] == ["Jan Kowalczyk", "Nowacki"]


def test_hu_a_name_with_a_case_ending_is_not_the_subject() -> None:
    text = ("Orbán Viktor Vučićot fogadta\n\nKétoldalú tárgyalást folytatott kedden Budapesten Orbán Viktor "
            "miniszterelnök és Aleksandar Vučić szerb államfő.\n\nAz uniós bővítésről is szó esett. Orbánnal "
            "egyetértésben Vučić azt mondta, hogy Szerbia csatlakozási tárgyalásai „indokolatlanul lassan haladnak”. "
            "A magyar kormányfő ígéretet tett arra, hogy Budapest támogatja Belgrádot.\n\n– Brüsszel tíz éve "
            "ígérget, mi építünk – mondta Orbán.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "hu")][0] == "Aleksandar Vučić"


def test_de_a_quotation_ending_on_its_own_full_stop_is_the_previous_subjects() -> None:
    text = ("Pirc Musar in Wien\n\nBundespräsident Alexander Van der Bellen hat am Dienstag die slowenische "
            "Präsidentin Nataša Pirc Musar empfangen.\n\n„Wir werden unsere Bedenken nicht verschweigen“, sagte "
            "Van der Bellen.\n\nPirc Musar hielt dagegen. „Krško ist sicher. Wir haben seit 1983 jeden Stresstest "
            "bestanden.“ Energiepolitik sei eine nationale Entscheidung, fügte sie hinzu.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "de")] == [
        "Alexander Van der Bellen", "Nataša Pirc Musar"]


def test_cs_a_comma_closing_the_quotation_then_a_bare_verb_is_a_cue() -> None:
    text = ("Orbán v Praze\n\nPremiér Petr Novák přijal v úterý maďarského premiéra Viktora Orbána.\n\n"
            "Odpoledne se Novák s Orbánem přesunuli do Brna. Orbán se tam setkal se zástupci menšiny. "
            "„Přijel jsem jako přítel,“ odkázal jim.\n")
    assert [q.speaker for q in find_quotes(text, clean(text).blocks, (), "cs")] == ["Viktor Orbán"]


def test_a_code_or_acronym_in_quotation_marks_is_a_term() -> None:
    # "Zapowiedział, że szczyt „B9” odbędzie się w Polsce": the format's name, not his words.
    from lines import quotes_of

    text = "Prezydent Karol Nawrocki zapowiedział, że przyszłoroczny szczyt „B9” odbędzie się w Polsce."
    (q,) = quotes_of(text, "pl")
    assert q.kind == "term" and q.speaker is None
    (g,) = quotes_of("Il presidente ha detto che il vertice «G20» si terrà a Roma.", "it")
    assert g.kind == "term"


def test_sk_the_outlet_after_the_cue_is_no_speaker_the_name_after_it_is() -> None:
    text = ("Návšteva\n\nPremiér Robert Fico prijal Viktora Orbána. Na stretnutí bola aj ministerka Denisa Saková. "
            "Orbán hovoril o energetike.\n\n„Maďarsko je náš priateľ a partner,“ povedala pre denník Pravda Saková.\n")
    assert speaker_of(quotes_of(text, "sk"), "Maďarsko") == "Denisa Saková"


def test_pl_the_outlet_after_the_cue_is_no_speaker_the_name_after_it_is() -> None:
    text = ("Wizyta\n\nPremier Donald Tusk przyjął Viktora Orbána. Na spotkaniu była też minister Anna Kowalska. Orbán "
            "mówił o energetyce.\n\n– Węgry są naszym partnerem w regionie – powiedziała dla PAP Kowalska.\n")
    assert speaker_of(quotes_of(text, "pl"), "Węgry") == "Anna Kowalska"


def test_cs_and_hu_the_outlet_after_the_cue_is_no_speaker() -> None:
    cs = ("Návštěva\n\nPremiér Petr Fiala přijal Viktora Orbána. Na setkání byla i ministryně Jana Černochová. Orbán "
          "mluvil o energetice.\n\n„Maďarsko je náš přítel a partner,“ řekla pro Deník N Černochová.\n")
    hu = ("Látogatás\n\nOrbán Viktor miniszterelnök fogadta Robert Ficót. A találkozón részt vett Szijjártó Péter "
          "külügyminiszter is. Fico az energiáról beszélt.\n\n„Az energia kérdése kulcsfontosságú” – nyilatkozta a "
          "Népszava lapnak Szijjártó Péter.\n")
    assert speaker_of(quotes_of(cs, "cs"), "Maďarsko") == "Jana Černochová"
    assert speaker_of(quotes_of(hu, "hu"), "Az energia") == "Szijjártó Péter"


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Le président Emmanuel Macron a reçu le chancelier Olaf Scholz.\n"
     "Pour l'économiste Claire Dubois (Sciences Po), l'accord reste modeste. « Cent millions, c'est moins de "
     "2 % du budget », calcule-t-elle.", "fr", "Claire Dubois"),
    ("Le ministre Paul Martin est arrivé lundi à Berne.\n"
     "« Nous ne sommes pas là pour faire du tourisme », persifle-t-il.", "fr", "Paul Martin"),
    ("Le ministre Paul Martin est arrivé lundi à Berne.\n"
     "« Nous ne sommes pas là pour faire du tourisme », s'agace-t-il.", "fr", "Paul Martin"),
    ("El ministro Pedro Gómez visitó Lima.\n«Son cien millones, menos del 2 % del presupuesto», calcula Gómez.",
     "es", "Pedro Gómez"),
    ("Il ministro Paolo Rossi è arrivato a Berna.\n«Sono cento milioni, meno del 2 % del bilancio», calcola Rossi.",
     "it", "Paolo Rossi"),
    ("O ministro João Costa chegou a Lisboa.\n«São cem milhões, menos de 2 % do orçamento», calcula Costa.",
     "pt", "João Costa"),
    ("Minister Jens Weber kam am Montag nach Bern.\n„Das sind hundert Millionen, weniger als zwei Prozent“, "
     "spottet Weber.", "de", "Jens Weber"),
])
def test_a_verb_of_reckoning_or_an_inverted_pronoun_is_a_cue(text: str, lang: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker == speaker



@pytest.mark.parametrize(("text", "lang"), [
    ("Президент Садыр Жапаров провел переговоры с президентом Эмомали Рахмоном.\n"
     "Завтра Рахмон посетит область. По словам советника Жапарова, лидеры «поговорят на берегу озера».", "ru"),
    ("Президент Садыр Жапаров провел переговоры с президентом Эмомали Рахмоном.\n"
     "«Лидеры поговорят на берегу озера», — сказал советник Жапарова.", "ru"),
    ("President Joe Biden met Prime Minister Fumio Kishida in Washington.\n"
     'According to Biden\'s adviser, the two leaders "will talk about trade and security at length".', "en"),
    ("President Joe Biden met Prime Minister Fumio Kishida in Washington.\n"
     '"The two leaders will talk about trade at length," said Biden\'s spokesman.', "en"),
    ("Bundeskanzler Olaf Scholz hat Präsident Emmanuel Macron in Berlin empfangen.\n"
     "Laut dem Berater von Scholz werden die beiden „lange über Handel und Sicherheit sprechen“.", "de"),
    ("Le président Emmanuel Macron a reçu le chancelier Olaf Scholz à Paris.\n"
     "Selon le conseiller de Macron, les deux dirigeants « parleront longuement du commerce ».", "fr"),
    ("La premier Giorgia Meloni ha ricevuto il cancelliere Olaf Scholz a Roma.\n"
     "Secondo il consigliere di Meloni, i due leader «parleranno a lungo di commercio e sicurezza».", "it"),
    ("Premier Donald Tusk przyjął kanclerza Olafa Scholza w Warszawie.\n"
     "Według doradcy Tuska, obaj przywódcy „będą długo rozmawiać o handlu i bezpieczeństwie”.", "pl"),
])
def test_the_person_an_unnamed_aide_serves_is_not_the_speaker(text: str, lang: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker is None


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Президент Садыр Жапаров провел переговоры в Бишкеке.\n"
     "По словам советника Ивана Петрова, лидеры «поговорят на берегу озера».", "ru", "Петров"),
    ("Президент Владимир Путин провел переговоры в Москве.\n"
     "«Лидеры поговорят на берегу озера», — сказал помощник Путина Юрий Ушаков.", "ru", "Юрий Ушаков"),
    ("President Joe Biden met Prime Minister Fumio Kishida in Washington.\n"
     '"The two leaders will talk about trade at length," said Biden\'s adviser Jake Sullivan.', "en", "Jake Sullivan"),
    ("President Joe Biden met Jake Sullivan, his adviser, in Washington.\n"
     '"The two leaders will talk about trade at length," said adviser Sullivan.', "en", "Jake Sullivan"),
])
def test_an_aide_named_with_their_noun_still_speaks(text: str, lang: str, speaker: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert q.speaker is not None and speaker.split()[-1][:4] in q.speaker


@pytest.mark.parametrize(("cue", "speaker"), [
    ("povedala pre TASR ministerka hospodárstva Denisa Saková", "Denisa Saková"),
])
def test_sk_a_role_and_name_after_the_outlet_speak(cue: str, speaker: str | None) -> None:
    text = ("Premiér Robert Fico prijal v Bratislave maďarského premiéra Viktora Orbána.\n"
            f"„Dohoda o plynovode je pre nás veľmi dôležitá,“ {cue}.")
    assert speaker_of(quotes_of(text, "sk"), "Dohoda") == speaker


def test_de_a_verb_between_a_name_and_an_aide_noun_makes_no_possessor() -> None:
    text = ("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.\n"
            "Scholz traf Berater des Präsidenten und sagte: „Die Gespräche verliefen sehr freundlich.“")
    (q,) = quotes_of(text, "de")
    assert q.speaker == "Olaf Scholz"


def test_pl_carried_dash_line_stops_at_a_paragraph_opening_with_narration() -> None:
    text = ("Wizyta\n\nPremier Jan Nowak był pytany o podatki. – Nie podniesiemy ich w tym roku, to obietnica – burknął.\n\n"
            "Dr Adam Kowal, ekonomista, ocenia, że to ryzykowne. – Budżet tego nie wytrzyma przez kolejne lata – mówi "
            "ekonomista.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "pl")
    assert not any("ocenia" in q.text for q in quotes)
    assert any(q.text.startswith("Budżet tego") for q in quotes)


def test_pl_odparl_is_a_dash_cue() -> None:
    text = ("Wizyta\n\nPremier Jan Nowak był pytany o podatki. – Nie podniesiemy ich w tym roku, to obietnica – odparł.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "pl")
    assert [(q.text, q.speaker) for q in quotes] == [("Nie podniesiemy ich w tym roku, to obietnica", "Jan Nowak")]


def test_es_cerro_closes_a_speech_as_a_cue() -> None:
    text = ("Visita\n\nEl presidente Gabriel Boric recibió en Santiago a su par peruano, José Jerí.\n\n"
            "«Es el comienzo de una etapa nueva para los dos pueblos», cerró Jerí.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "es")
    assert [q.speaker for q in quotes] == ["José Jerí"]


def test_es_cue_verb_after_y_goes_on_with_the_sentence_subject() -> None:
    text = ("Visita\n\nEl presidente Gabriel Boric recibió en Santiago a su par peruano, José Jerí.\n\n"
            "Jerí, sin embargo, habló de \"casi 900 millones de dólares en pérdidas\" y pidió corregir un desequilibrio.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "es")
    assert [q.speaker for q in quotes] == ["José Jerí"]


def test_it_hearsay_sentence_after_a_lone_quote_names_no_speaker() -> None:
    # "«…» Così filtrava dal Colle.": an unnamed source, not the minister quoted in the paragraph before.
    text = ("Visita\n\nIl presidente Sergio Mattarella ha ricevuto oggi il presidente greco Konstantinos Tasoulas.\n\n"
            "Il ministro degli Esteri Antonio Tajani si è detto convinto che l'interscambio possa «superare i 16 "
            "miliardi entro il 2028», anche grazie all'agroalimentare.\n\n"
            "«È stato un colloquio franco e molto cordiale, come tra vecchi amici.»\n\n"
            "Così filtrava in serata dal Colle. Domani Tasoulas sarà a Bari.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "it")
    assert speaker_of(quotes, "È stato") is None
    assert speaker_of(quotes, "superare") == "Antonio Tajani"


def test_it_subject_of_the_clause_with_the_speech_verb_speaks() -> None:
    # "X aveva ricordato …, mentre Y aveva definito … "…"": Y, the subject of the quotation's own clause.
    text = ("Visita\n\nIeri a Roma il colloquio tra i due presidenti si era chiuso con parole di amicizia. Tasoulas "
            "aveva ricordato l'aiuto dei Canadair italiani durante gli incendi del 2023, mentre Mattarella aveva "
            "definito il Mediterraneo \"un ponte, non un confine\".\n")
    quotes = find_quotes(text, clean(text).blocks, (), "it")
    assert speaker_of(quotes, "un ponte") == "Mattarella"


def test_fr_head_of_state_at_the_elysee_is_the_host() -> None:
    # "reçu à l'Élysée par X": a French article's "le chef de l'État" is the host, not the guest.
    text = ("Visite\n\nPour sa première tournée européenne, le président chilien José Antonio Kast a été reçu "
            "mercredi à l'Élysée par Emmanuel Macron. Au menu : les métaux critiques.\n\n"
            "Le chef de l'État a salué un partenaire « fiable et exigeant ». « La France veut être aux côtés du "
            "Chili pour le lithium », a déclaré Emmanuel Macron.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "fr")
    assert speaker_of(quotes, "fiable") == "Emmanuel Macron"


def test_it_cue_verb_then_a_compound_role_and_the_name_without_a_comma() -> None:
    # "…», ha detto il vicepremier e ministro dei Trasporti X, che …": the name past the verb's usual
    # reach, after a role phrase with no comma, speaks, not the subject of the sentence before.
    text = ("Visita\n\nLa presidente Anna Conti ha ricevuto il cancelliere Peter Huber.\n\n"
            "«Il valico non può restare chiuso», ha detto il vicepremier e ministro dei Trasporti Marco Galli, "
            "che non era presente all'incontro.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "it")
    assert speaker_of(quotes, "Il valico") == "Marco Galli"


def test_pt_cue_verb_then_an_outlet_then_a_role_and_the_name() -> None:
    # "“…”, disse ao JORNAL o deputado socialista X": the outlet, then the speaker's role and name.
    text = ("Visita\n\nO ministro da Economia, Rui Sousa, lembrou as trocas comerciais.\n\n"
            "“O governo fala de investimento, mas as fábricas não voltam a abrir”, disse ao DIÁRIO o deputado "
            "socialista Nuno Faria.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "pt")
    assert speaker_of(quotes, "O governo") == "Nuno Faria"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # Konjunktiv I with no one named: the last speaker's words reported on.
    ("Man wolle die Grenze „so schnell wie möglich wieder öffnen“.", "Karl Berger"),
    # An unnamed source with no verb of reported speech: no speaker.
    ("Man hört „ganz andere Töne aus Brüssel“.", None),
])
def test_de_reported_speech_after_a_cue_goes_on_with_its_speaker(sentence: str, speaker: str | None) -> None:
    text = ("Besuch\n\nKanzler Karl Berger ist in Prag eingetroffen.\n\n"
            f"„Wir brauchen offene Grenzen für unsere Pendler“, sagte Berger. {sentence}\n")
    quotes = find_quotes(text, clean(text).blocks, (), "de")
    assert [q.speaker for q in quotes] == ["Karl Berger", speaker]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Visita\n\nEl presidente Tomás Ruiz evitó pronunciar la palabra \"crisis\" y habló de \"un reto común\".\n"),
    ("en", "Visit\n\nPresident Tom Reed refused to use the word \"crisis\" and spoke of \"a common challenge\".\n"),
    ("de", "Besuch\n\nPräsident Tom Berger vermied das Wort „Krise“ und sprach von „einer gemeinsamen Aufgabe“.\n"),
    ("fr", "Visite\n\nLe président Paul Morel a évité le mot « crise » et a parlé d'« un défi commun ».\n"),
])
def test_a_word_named_as_a_word_is_a_term(lang: str, text: str) -> None:
    # "evitó pronunciar la palabra "…"": the word is named, nobody says it (the opposite, here).
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    word = next(q for q in quotes if q.text.lower() in ("crisis", "krise", "crise"))
    assert (word.kind, word.speaker) == ("term", None)


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Premier Ruth Olsen hosted Chancellor Tomas Brandt in Oslo.\n\n\"The cable is ready,\" Olsen said. Brandt was "
     "asked about gas.\n\n\"Prices will fall by spring,\" he went on.", "en", "Tomas Brandt"),
    ("Kanzlerin Ruth Olsen empfing Premier Tomas Brandt in Oslo.\n\n„Das Kabel ist fertig“, sagte Olsen. Brandt wurde "
     "nach dem Gas gefragt.\n\n„Die Preise sinken bis zum Frühjahr“, fuhr er fort.", "de", "Tomas Brandt"),
    ("La premier Ruth Olsen ha ricevuto il cancelliere Tomas Brandt a Oslo.\n\n«Il cavo è pronto», ha detto Olsen. "
     "Brandt ha parlato del gas.\n\n«I prezzi scenderanno in primavera», ha proseguito.", "it", "Tomas Brandt"),
    ("La primera ministra Ruth Olsen recibió al canciller Tomas Brandt en Oslo.\n\n«El cable está listo», dijo Olsen. "
     "Brandt habló del gas.\n\n«Los precios bajarán en primavera», prosiguió.", "es", "Tomas Brandt"),
    ("Premier Ruth Olsen przyjęła kanclerza Tomasa Brandta w Oslo.\n\n„Kabel jest gotowy” – powiedziała Olsen. Brandt "
     "mówił o gazie.\n\n„Ceny spadną do wiosny” – kontynuował.", "pl", "Tomas Brandt"),
])
def test_a_verb_of_going_on_after_a_quotation_is_a_cue(text: str, lang: str, speaker: str) -> None:
    # "he went on", "fuhr er fort", "prosiguió": speech verbs only right after a quotation (speech_verbs.txt's "+").
    assert [q.speaker for q in quotes_of(text, lang) if q.kind == "speech"][-1] == speaker


def test_a_verb_of_going_on_is_no_speech_verb_in_narration() -> None:
    # "went" alone is no speech verb: "Talks went well" gives "Talks" no evidence of a name.
    text = "Premier Ruth Olsen hosted Chancellor Tomas Brandt in Oslo.\n\nTalks went well, \"a good day,\" Olsen said."
    assert [q.speaker for q in quotes_of(text, "en") if q.kind == "speech"] == ["Ruth Olsen"]


@pytest.mark.parametrize(("lang", "text"), [
    # A Hungarian speech verb with its separated particle (tette hozzá: added), someone else named in between.
    ("hu", "Látogatás\n\nKovács Anna külügyminiszter kedden Bécsbe utazott. Nagy Béla államtitkár is elkísérte.\n\n"
           "„Ez egy új fejezet kezdete” – tette hozzá Kovács.\n"),
    # Swedish "slog fast" (stated): slog alone is "hit".
    ("sv", "Besök\n\nUtrikesminister Anna Lindqvist reste till Wien. Statssekreterare Erik Berg följde med.\n\n"
           "”Det här är ett nytt kapitel”, slog fast Lindqvist.\n"),
])
def test_a_speech_verb_listed_with_its_particle_is_a_cue(lang: str, text: str) -> None:
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert [q.speaker for q in quotes] == ["Kovács Anna" if lang == "hu" else "Anna Lindqvist"]
    assert quotes[0].cue.endswith(("Kovács", "Lindqvist"))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Visite\n\nLe président Jean Martin a reçu lundi son homologue Hans Weber.\n\nJean Martin a répondu avec "
           "calme.\n\nLa députée d'opposition Claire Roux (LFI) a jugé cela trop faible. « Le président parle et ne fait "
           "rien », a-t-elle déclaré.\n"),
    ("it", "Visita\n\nIl presidente Mario Bianchi ha ricevuto lunedì il suo omologo Hans Weber.\n\nMario Bianchi ha "
           "risposto con calma.\n\nIl deputato dell'opposizione Luca Neri (FdI) ha giudicato tutto ciò debole. «Il "
           "presidente parla e non fa niente», ha dichiarato.\n"),
    ("es", "Visita\n\nEl presidente Pedro Ruiz recibió el lunes a su homólogo Hans Weber.\n\nPedro Ruiz respondió con "
           "calma.\n\nEl diputado de la oposición Juan Pérez (PP) consideró todo esto insuficiente. «El presidente habla "
           "y no hace nada», dijo.\n"),
])
def test_a_pronoun_cue_after_an_opposition_role_and_name_is_that_names(lang: str, text: str) -> None:
    # "Le député d'opposition X (parti) a jugé … « … », a-t-il déclaré": the role's body is the opposition, and
    # the name after it is the role's holder and the sentence's subject, not the leader named before.
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert [q.speaker for q in quotes] == [{"fr": "Claire Roux", "it": "Luca Neri", "es": "Juan Pérez"}[lang]]


@pytest.mark.parametrize(("lang", "text", "quoted"), [
    ("fr", "Visite\n\nLa Première ministre Anne Roux a qualifié la Belgique d'« un partenaire de tout premier "
           "rang ».\n", "un partenaire de tout premier rang"),
    ("fr", "Visite\n\nLe président Paul Morel a salué l'« esprit de confiance entre nos deux peuples ».\n",
     "esprit de confiance entre nos deux peuples"),
    ("it", "Visita\n\nIl presidente Mario Bianchi ha parlato dell'« amicizia profonda tra i nostri due popoli ».\n",
     "amicizia profonda tra i nostri due popoli"),
])
def test_a_mark_glued_to_an_elided_word_opens_a_quote(lang: str, text: str, quoted: str) -> None:
    # "d'« … »": the elided article stands where a space would, so « opens (it closed nothing before).
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert [q.text for q in quotes] == [quoted]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("hr", "Posjet\n\nMinistar Ivan Kovač otvorio je u Zagrebu konferenciju o prometu.\n\n»Sporazum nije kraj pregovora«, "
           "istaknuo je hrvatski ministar, »nego tek njihov početak.«\n", "Ivan Kovač"),
    ("en", "Visit\n\nPrime Minister Tom Reed met his counterpart Hans Weber in London.\n\n\"Agreement on paper is "
           "easy,\" said Reed, \"but trust takes years.\"\n", "Tom Reed"),
])
def test_a_quote_split_by_a_cue_is_speech_though_it_opens_with_a_naming_word(lang: str, text: str, speaker: str) -> None:
    # The second part goes on in lower case: one sentence interrupted by the cue, not the name of an
    # agreement followed by somebody's words.
    (q,) = find_quotes(text, clean(text).blocks, (), lang)
    assert (q.kind, q.speaker, len(q.parts)) == ("speech", speaker, 2)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    # The dative after a comma and a verb of thanking: the one thanked, not a clause's own speaker.
    ("hr", "Posjet\n\nPredsjednik Ivan Horvat primio je u Zagrebu predsjednika Marka Babića.\n\n„Hrvatska nam je "
           "važan partner“, rekao je Babić, dodavši da je Horvatu zahvalio na „toplom dočeku“.\n", "Marko Babić"),
    # The dative first in free word order, the subject after it.
    ("hr", "Posjet\n\nPredsjednik Ivan Horvat primio je u Zagrebu predsjednika Marka Babića.\n\nHorvatu je Babić "
           "zahvalio na „toplom i srdačnom dočeku“.\n", "Marko Babić"),
    ("pl", "Wizyta\n\nPrezydent Jan Kowalski przyjął w Warszawie prezydenta Petera Hubera.\n\nKowalskiemu osobiście "
           "dziękował Huber za „bardzo ciepłe przyjęcie”.\n", "Peter Huber"),
    # Slovenian dative -u and -ju before the subject; a surname that ends in -u of its own still speaks.
    ("sl", "Obisk\n\nPredsednik Marko Kos je v Ljubljani sprejel predsednika Janeza Mlakarja.\n\nKosu je Mlakar "
           "obljubil »hitro in pošteno rešitev«.\n", "Janez Mlakar"),
    ("sl", "Obisk\n\nPredsednik Marko Kos je v Ljubljani sprejel predsednika Petra Mlakarja.\n\nMlakarju je Kos "
           "zagotovil »polno podporo«.\n", "Marko Kos"),
    ("sl", "Obisk\n\nPredsednik Taro Nakamatsu je v Ljubljani sprejel ministra Petra Mlakarja.\n\nNakamatsu je "
           "Mlakarju obljubil »polno podporo«.\n", "Taro Nakamatsu"),
])
def test_a_name_in_an_object_case_is_not_the_speaker(lang: str, text: str, speaker: str) -> None:
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("nl", "Dagblad\n\nBakker in Berlijn: ‘Europa moet zijn eigen energie veilig stellen’\n\n12 maart 2026\n\n"
           "Premier Joost Bakker is donderdag in Berlijn ontvangen door bondskanselier Karl Weber.\n\n"
           "‘We hebben veel gemeen’, zei Bakker na afloop.\n",
     "Europa moet zijn eigen energie veilig stellen", "Joost Bakker"),
    ("ru", "Вестник\n\n«Мы готовы строить новые заводы вместе», — заявил Петров\n\n19 мая 2026\n\n"
           "Президент Иван Петров прибыл в Минск с визитом.\n\n«Наши страны давно дружат», — сказал Петров.\n",
     "Мы готовы строить новые заводы вместе", "Иван Петров"),
    ("fr", "Le Quotidien\n\nSommet de Lomé : Paul Durand plaide pour « une dette enfin annulée »\n\n12 mars 2026\n\n"
           "Le ministre Paul Durand est arrivé lundi à Lomé avec son homologue Karl Weber.\n\n"
           "« Nous voulons des actes », a déclaré Durand.\n",
     "une dette enfin annulée", "Paul Durand"),
    ("en", "Daily\n\nIn Oslo, Tom Baker says \"the fund must finally pay\"\n\nMarch 12, 2026\n\n"
           "Minister Tom Baker arrived in Oslo on Monday with his counterpart Karl Weber.\n\n"
           "\"We want deeds,\" Baker said.\n",
     "the fund must finally pay", "Tom Baker"),
    # A comma or a dash sets the headline's quotation off after its speaker's name as a colon does.
    ("en", "Daily\n\nEnergy: Baker in Oslo, 'Norway remains a key partner for us'\n\nMarch 12, 2026\n\n"
           "Minister Tom Baker arrived in Oslo on Monday with his counterpart Karl Weber.\n\n"
           "\"We want deeds,\" Baker said.\n",
     "Norway remains a key partner", "Tom Baker"),
    ("de", "Zeitung\n\nEnergie: Bauer in Oslo – „Norwegen bleibt ein wichtiger Partner“\n\n12. März 2026\n\n"
           "Minister Tom Bauer ist am Montag mit seinem Amtskollegen Karl Weber in Oslo eingetroffen.\n\n"
           "„Wir wollen Taten“, sagte Bauer.\n",
     "Norwegen bleibt ein wichtiger Partner", "Tom Bauer"),
])
def test_a_headline_quote_not_repeated_in_the_body_is_its_named_speakers(
        lang: str, text: str, quoted: str, speaker: str) -> None:
    # The headline names the speaker before a colon, a speech verb before the quotation ("plaide pour", "says") or
    # in a cue after it; the body names the person.
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert speaker_of(quotes, quoted[:12]) == speaker


def test_a_headline_quote_the_body_repeats_is_listed_once() -> None:
    text = ("Avis\n\nLarsen og Weber: »Vi deler de samme værdier«\n\n12. marts 2026\n\n"
            "Statsminister Anne Larsen tog imod kansler Karl Weber.\n\n"
            "»Vi deler de samme værdier og de samme bekymringer«, sagde Larsen.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "da")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Vi deler de samme værdier og de samme bekymringer", "Anne Larsen")]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Visit\n\nPrime Minister John Baker received his counterpart Hans Weber on Monday.\n\nJohn Baker answered "
           "calmly.\n\nOpposition MP Tom Smith (Labour) called this too weak. \"The prime minister talks a lot and "
           "does nothing,\" he said.\n", "Tom Smith"),
    ("fr", "Visite\n\nLe président Jean Martin a reçu lundi son homologue Hans Weber.\n\nJean Martin a répondu avec "
           "calme.\n\nPaul Durand (Renaissance) a jugé cela trop faible. « Le président parle et ne fait "
           "rien », a-t-il déclaré.\n", "Paul Durand"),
])
def test_a_name_before_its_partys_name_in_brackets_is_a_person(lang: str, text: str, speaker: str) -> None:
    # "Tom Smith (Labour) called …": the party's name in brackets, then a verb: the run is a person's name,
    # the subject a later pronoun cue stands for.
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(("second", "speaker"), [
    ("La profesora de la Universidad de Sevilla Lucía Ortega cree que el tratado llega tarde. «Habrá que esperar "
     "diez años más», ha señalado.", "Lucía Ortega"),
    ("El investigador del Instituto de Lisboa Marcos Peña considera que el tratado llega tarde. «Habrá que esperar "
     "diez años más», ha señalado.", "Marcos Peña"),
])
def test_a_role_holder_named_after_the_role_s_institution_speaks_the_cue_without_a_name(second: str, speaker: str
                                                                                         ) -> None:
    # A role, its institution after a preposition and an article, then the holder's name: the name is the
    # sentence's subject, and a cue with no name after the next quotation is the holder's, not the minister's
    # quoted before.
    text = f"Visita\n\nEl ministro Pablo Ruiz visitó Lisboa. «Somos vecinos», ha asegurado Ruiz.\n\n{second}\n"
    assert quotes_of(text, "es")[-1].speaker == speaker


def test_a_partial_quotation_after_a_verb_of_criticism_and_que_is_the_subject_s() -> None:
    # An adjective of the office that is a role word too ("general"), then the party's: the name still holds
    # the role; a reporting phrase in a relative clause after the quotation ("que, según los sondeos, …") is
    # that clause's source, not the quotation's cue.
    text = ("Visita\n\nLa ministra Ana Vidal llegó a Lisboa. «Somos vecinos», ha dicho Vidal.\n\n"
            "Desde la oposición, la consejera general liberal Marta Prieto ha criticado que el Gobierno «hable "
            "mucho de Europa y poco de los precios», un asunto que, según los sondeos, preocupa a la mayoría.\n")
    assert speaker_of(quotes_of(text, "es"), "hable mucho") == "Marta Prieto"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Visita\n\nMarta Prieto habló en el pleno. «El Gobierno mira hacia otro lado», ha criticado Prieto.\n"),
    ("es", "Visita\n\nMarta Prieto habló en el pleno. «Nadie nos ha escuchado», ha lamentado Prieto.\n"),
    ("pt", "Visita\n\nMarta Prieto falou no parlamento. «Ninguém nos ouviu», lamentou Prieto.\n"),
    ("it", "Visita\n\nMarta Prieto ha parlato in aula. «Nessuno ci ha ascoltato», ha criticato Prieto.\n"),
    ("de", "Besuch\n\nMarta Prieto sprach im Parlament. „Niemand hat uns zugehört“, bemängelte Prieto.\n"),
    ("pl", "Wizyta\n\nMarta Prieto przemawiała w Sejmie. „Nikt nas nie słuchał” – skrytykowała Prieto.\n"),
    ("en", "Visit\n\nMarta Prieto spoke in parliament. \"Nobody listened to us,\" Prieto criticised.\n"),
])
def test_a_verb_of_criticism_or_regret_is_a_cue(lang: str, text: str) -> None:
    assert quotes_of(text, lang)[-1].speaker == "Marta Prieto"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Visit\n\nPresident Paul Green met Prime Minister Anna Berg. \"We agree on trade,\" Green said.\n\n"
           "Exports grew last year, according to data cited by Ms. Berg, who said the aim was to \"double them "
           "within five years.\"\n", "Anna Berg"),
    ("es", "Visita\n\nEl presidente Pablo Ruiz recibió a la primera ministra Ana Berg. «Somos vecinos», dijo Ruiz.\n\n"
           "Las exportaciones crecieron, según datos citados por Berg, que afirmó que el objetivo era «duplicarlas "
           "en cinco años».\n", "Ana Berg"),
])
def test_a_name_then_who_said_before_the_quotation_speaks(lang: str, text: str, speaker: str) -> None:
    # "…, according to data cited by X, who said …": the relative clause's speech verb is X's, though X
    # stands after a preposition; not the speaker quoted before.
    assert quotes_of(text, lang)[-1].speaker == speaker


@pytest.mark.parametrize(("lang", "text", "term", "speech", "speaker"), [
    ("uk", "Візит\n\nПрем'єр Олег Бондар, який зустрівся з гостями, назвав угоду «першим кроком до спільного ринку». "
           "Депутат від «Народного фронту» Іван Мороз нагадав про борги.\n",
     "Народного фронту", "першим кроком", "Олег Бондар"),
    ("ru", "Визит\n\nПремьер Олег Бондарев назвал договор «первым шагом к общему рынку». Депутат от партии «Новая "
           "сила» Иван Морозов напомнил о долгах.\n", "Новая", "первым шагом", "Олег Бондарев"),
    ("en", "Visit\n\nPrime Minister Paul Green called the treaty \"a first step toward one market\". A lawmaker from "
           "\"Civic Union\" Anna Berg recalled the debts.\n", "Civic Union", "a first step", "Paul Green"),
])
def test_a_party_after_a_role_is_a_term_and_a_called_it_phrase_is_speech(lang: str, text: str, term: str,
                                                                        speech: str, speaker: str) -> None:
    # A short capitalised quotation after a role and its preposition, or after a party's word, names the
    # party, never the holder's words; a verb of calling before a treaty's word makes the quotation what the
    # subject called it (speech), not the treaty's title.
    quotes = {q.text[: len(term)]: q for q in quotes_of(text, lang)} | {
        q.text[: len(speech)]: q for q in quotes_of(text, lang)}
    assert (quotes[term].kind, quotes[term].speaker) == ("term", None)
    assert (quotes[speech].kind, quotes[speech].speaker) == ("speech", speaker)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("lt", "Vizitas\n\nMinistras Jonas Petraitis kalbėjo apie bazę. „Statybos vyksta laiku“, – sakė Petraitis.\n\n"
           "„Mes matome tik pažadus ir jokių darbų“, – teigė opozicinės Laisvės ir Teisingumo partijos frakcijos "
           "narė Ona Kazlauskienė.\n", "Ona Kazlauskienė"),
    ("et", "Visiit\n\nMinister Jaan Tamm rääkis baasist. „Ehitus käib graafikus,“ ütles Tamm.\n\n"
           "„Me näeme ainult lubadusi ja mitte mingeid töid,“ ütles opositsioonilise Vabaduse – Õigluse "
           "Erakonna fraktsiooni liige Mari Kask.\n", "Mari Kask"),
    # The role first, then its party's capitalised name in the genitive, then the holder.
    ("sk", "Návšteva\n\nMinister Ján Horák hovoril o hraniciach. „Kontroly sú nutné,“ povedal Horák.\n\n"
           "„Vláda sľubuje, ale na hranici chýba technika,“ uviedla poslankyňa Zeleného Slovenska Eva Kráľová.\n",
     "Eva Kráľová"),
    ("cs", "Návštěva\n\nMinistr Jan Horák mluvil o hranicích. „Kontroly jsou nutné,“ řekl Horák.\n\n"
           "„Vláda slibuje, ale na hranici chybí technika,“ uvedla místopředsedkyně Zelené Evropy Jana Dvořáková.\n",
     "Jana Dvořáková"),
])
def test_a_name_after_a_long_role_phrase_after_the_cue_verb_speaks(lang: str, text: str, speaker: str) -> None:
    # "– teigė <a party's name in the genitive> frakcijos narė X": the role phrase runs past the verb's reach,
    # and the name closing it is the speaker, not the one quoted before.
    assert quotes_of(text, lang)[-1].speaker == speaker


@pytest.mark.parametrize(("verb", "role"), [("disparó", "la legisladora"), ("espetó", "la legisladora"),
                                            ("disparó", "la diputada")])
def test_es_a_verb_of_firing_and_lawmaker_for_a_deputy_is_a_cue(verb: str, role: str) -> None:
    # "disparó/espetó" report a sharp remark; "el legislador" stands for the deputy the paragraph introduced,
    # not the minister quoted before.
    text = ("Visita\n\nEl ministro Pablo Ruiz visitó Lisboa. «Somos vecinos», ha asegurado Ruiz.\n\n"
            "La diputada socialista Marta Prieto criticó el viaje del ministro.\n\n"
            f"«Ruiz vende el país a precio de saldo», {verb} {role}.\n")
    assert quotes_of(text, "es")[-1].speaker == "Marta Prieto"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("cs", "Návštěva\n\nPředseda Senátu Jan Horák v úterý odletěl do Indie.\n\nPoslanec ANO a místopředseda výboru "
           "Petr Novák označil cestu za „drahý výlet bez mandátu“.\n", "Petr Novák"),
    ("it", "Visita\n\nIl presidente Paolo Rossi è arrivato a Vienna.\n\nIl senatore della Lega e vicepresidente della "
           "commissione Marco Bianchi ha definito il viaggio «una gita costosa senza mandato».\n", "Marco Bianchi"),
])
def test_a_role_phrase_running_on_to_a_name_is_that_names_title(lang: str, text: str, speaker: str) -> None:
    # The sentence opens with a role, a party or body and a second role, then the holder's name: the name
    # speaks, not whom the first role alone stands for (the president introduced before).
    assert quotes_of(text, lang)[-1].speaker == speaker


def test_cs_a_verb_of_calling_makes_a_short_quotation_speech() -> None:
    # "označil/nazval X za „…“": what the subject called the thing, even in two words, is speech.
    text = "Návštěva\n\nMinistr Jan Horák odletěl do Indie. Petr Novák nazval cestu „drahým výletem“.\n"
    q = quotes_of(text, "cs")[-1]
    assert (q.kind, q.speaker) == ("speech", "Petr Novák")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("La présidente Marie Lebrun a dénoncé le blocage. « Nous ne céderons pas », a déclaré la cheffe de "
         "l'État.\n\nLa commissaire européenne Anne Durand a parlé du budget. Selon elle, tout avance. "
         "« Les crues ont coûté cher. Nous serons prêts », a-t-elle dit.", "fr", "Anne Durand"),
        ("La presidente Maria Bianchi ha denunciato il blocco. «Non cederemo», ha dichiarato la presidente.\n\n"
         "La commissaria europea Anna Rossi ha parlato del bilancio. «Le alluvioni sono costate care. "
         "Saremo pronti», ha detto.", "it", "Anna Rossi"),
        ("La presidenta María López denunció el bloqueo. «No cederemos», declaró la presidenta.\n\n"
         "La comisaria europea Ana Ruiz habló del presupuesto. «Las inundaciones costaron caro. "
         "Estaremos listos», dijo.", "es", "Ana Ruiz"),
    ],
)
def test_commissioner_introduced_in_the_paragraph_speaks_its_pronoun_cue(text: str, lang: str, speaker: str) -> None:
    # A commissioner's role word makes the name after it a person: the paragraph's subject, not the
    # woman of the paragraph before, speaks "a-t-elle dit".
    assert quotes_of(text, lang)[-1].speaker == speaker


def test_department_head_set_off_after_a_surname_speaks_the_pronoun_cue() -> None:
    # "Vorsteher" (a Swiss department's head) is a role word: the surname it is set off after is a
    # person, and the paragraph's "sagte er" is his, not no one's.
    text = ("Die Ministerin Anna Weber hat in Bern ein Abkommen unterzeichnet.\n\n"
            "Weber, die den Tag mit Bundesrat Urs Keller verbrachte, sprach von Fortschritten.\n\n"
            "Keller, Vorsteher des Finanzdepartements, war zurückhaltender. «Wir rechnen mit wenigen Fällen», "
            "sagte er.")
    (q,) = quotes_of(text, "de")
    assert q.speaker == "Urs Keller"


def test_plural_role_after_a_preposition_keeps_the_role_cue_for_the_one_named() -> None:
    # "z dziennikarzami" (with journalists, instrumental plural) is no role (roles.txt "!"): it does not
    # take the minister's name and so keep "minister" from standing for him in its sentence.
    text = ("Komisarz ds. handlu Ewa Nowak zapowiedziała nowe środki.\n\n"
            "Polskę reprezentował minister ds. Unii Europejskiej Jan Kowalski. „Jesteśmy gotowi” – mówił Kowalski. "
            "W rozmowie z dziennikarzami minister zaznaczył, że ten rok „otworzył drogę” do rozmów.")
    assert [q.speaker for q in quotes_of(text, "pl")] == ["Jan Kowalski", "Jan Kowalski"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Visit\n\nPresident Paul Green met the press. The President called the 2019 water treaty "
           "\"a promise kept for our farmers\".\n"),
    ("en", "Visit\n\nPresident Paul Green met the press. He called the new customs union plan \"a bridge "
           "between our two peoples\".\n"),
])
def test_a_verb_of_calling_a_few_words_before_a_long_object_makes_speech(lang: str, text: str) -> None:
    # "called the 2019 water treaty "…"": the object of the verb of calling may run to four words;
    # the quotation is still what the subject called it, not the deal's name.
    quote = quotes_of(text, lang)[-1]
    assert (quote.kind, quote.speaker) == ("speech", "Paul Green")


def test_a_name_set_off_by_commas_before_the_verb_and_colon_beats_a_word_of_the_role_phrase() -> None:
    # "The party's spokesman for Internal Affairs, X Y, answered: “…”": a capitalised word of the role phrase
    # read as a name (it recurs in the text) is not the speaker; the apposed name is.
    text = ("Visit\n\nIl-Ministru għall-Affarijiet Interni Karmenu Vella ltaqa’ mal-Ministru tal-Affarijiet Interni "
            "tal-Italja, Mario Bianchi.\n\nIl-kelliem tal-Partit għall-Affarijiet Interni, Pawlu Camilleri, wieġeb: "
            "“Ma naqblux ma’ dan il-pjan tal-Gvern.”\n")
    assert [q.speaker for q in quotes_of(text, "any")] == ["Pawlu Camilleri"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Visit\n\nIl-Prim Ministru Pawlu Vella laqa’ lill-mistieden fil-Belt. “Il-kummerċ kiber ħafna din is-sena,” "
     "stqarr il-Prim Ministru.\n", "Pawlu Vella"),
    ("Visit\n\nПрезиденти кишвар Алишер Назаров бо меҳмонон вохӯрд. «Тиҷорат имсол хеле зиёд шуд», – таъкид кард "
     "Президент.\n", "Алишер Назаров"),
])
def test_an_unknown_verb_then_a_title_introduced_before_names_the_speaker(text: str, speaker: str) -> None:
    # '“…,” <verb> the Prime Minister.', '«…», – <verb> the President.' in a language without lists: a few
    # words close the quotation's sentence with a title the text gave one person; that person speaks.
    assert [q.speaker for q in quotes_of(text, "any")] == [speaker]


def test_a_cue_s_role_of_two_fields_joined_by_and_reaches_its_holder() -> None:
    # "— пояснил министр транспорта и цифрового развития Армении X": an office of two fields joined by "и", then
    # the country and the holder's name, past the verb's usual reach; he speaks, not the president named before.
    text = ("Визит\n\nПрезидент Иван Орлов прибыл в Ереван.\n\n«Проект обойдётся в миллиард долларов», — пояснил "
            "министр транспорта и цифрового развития Армении Арам Саакян.\n")
    assert [q.speaker for q in quotes_of(text, "ru")] == ["Арам Саакян"]


def test_a_party_in_quotation_marks_after_a_role_s_complement_is_no_speech() -> None:
    # "Депутат парламента от «…» X назвала план «…»": the party's name after the role, its complement and the
    # preposition names a body; the phrase the verb of calling takes is the member's words.
    text = ("Визит\n\nПрезидент Иван Орлов прибыл в Ереван.\n\nДепутат парламента от «Зелёного союза» Анна Белова "
            "назвала план «пустой тратой денег».\n")
    assert [(q.kind, q.speaker) for q in quotes_of(text, "ru")] == [("term", None), ("speech", "Анна Белова")]


def test_a_research_fellow_is_the_expert_of_a_later_cue() -> None:
    # "считает старший научный сотрудник … X. «…», — отметил эксперт.": the research fellow is the expert the
    # cue names, not the president named before.
    text = ("Визит\n\nПрезидент Иван Орлов прибыл в Ереван.\n\nВизит важен, считает старший научный сотрудник "
            "ИСК РАН Олег Дронов. «Это серьёзный шаг для региона», — отметил эксперт.\n")
    assert [q.speaker for q in quotes_of(text, "ru")] == ["Олег Дронов"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Besuch\n\nDer französische Staatspräsident Paul Martin ist in Wien eingetroffen. Nach dem Treffen mit "
           "Bundeskanzler Karl Huber sprach der Präsident von einem „großen Schritt“ für Europa.\n"),
    ("en", "Visit\n\nFrench President Paul Martin arrived in Vienna on Monday. After talks with Chancellor Karl Huber "
           "the president spoke of \"a big step for Europe\".\n"),
])
def test_a_name_after_a_preposition_and_a_role_is_no_subject(lang: str, text: str) -> None:
    # "mit Bundeskanzler X", "with Chancellor X": the preposition takes the role and its holder, so X is its
    # object; the sentence's subject, "der Präsident", is the president introduced before, and he speaks.
    assert [q.speaker for q in quotes_of(text, lang)] == ["Paul Martin"]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("it", "ROMA - «Il Portogallo è un amico sincero dell'Italia». Con queste parole la ministra Carla Bianchi ha "
           "inaugurato il forum con l'ambasciatore Rui Costa.", "Carla Bianchi"),
    ("de", "«Österreich bleibt ein verlässlicher Partner.» Mit diesen Worten eröffnete Ministerin Anna Huber am "
           "Montag das Treffen mit Botschafter Jan Novák.", "Anna Huber"),
    ("fr", "« La Belgique est une seconde patrie ». C'est par ces mots que le ministre Paul Lemaire a ouvert la "
           "réunion avec l'ambassadeur Jan Novák.", "Paul Lemaire"),
    ("en", "\"Chile is a second home for us.\" With these words, minister Tom Briggs opened the forum with "
           "ambassador Rui Costa.", "Tom Briggs"),
    ("es", "«Chile es una segunda casa para nosotros». Con estas palabras el canciller Rui Costa abrió el foro con "
           "la ministra Carla Bianchi.", "Rui Costa"),
    ("ru", "«Сербия для нас не чужая страна». Этими словами министр Иван Петров открыл встречу с послом Яном "
           "Новаком.", "Иван Петров"),
    ("en", "President Ana Ruiz received Vice President Paulo Lima on Tuesday.\n\n\"Our two countries cannot keep "
           "turning their backs on each other.\" That is how the president put it after the meeting, which Minister "
           "Carlos Vega also attended.", "Ana Ruiz"),
    ("es", "La presidenta Ana Ruiz recibió al vicepresidente Paulo Lima el martes.\n\n«Nuestros países no pueden "
           "seguir dándose la espalda». Así lo afirmó la mandataria tras la reunión, a la que asistió el ministro "
           "Carlos Vega.", "Ana Ruiz"),
    ("pt", "A presidente Ana Ruiz recebeu o vice-presidente Paulo Lima na terça-feira.\n\n\"Não viemos competir, "
           "viemos somar.\" A frase, repetida por Lima durante a visita, resume o tom do encontro com o ministro "
           "Carlos Vega.", "Paulo Lima"),
])
def test_words_pointed_back_to_by_the_next_sentence_are_its_subject_s(lang: str, text: str, speaker: str) -> None:
    # The quotation has no cue of its own; the next sentence opens on "with these words" and names who spoke
    # them, before the person they were spoken to.
    (q,) = [q for q in quotes_of(text, lang) if q.kind == "speech"]
    assert same_word(q.speaker or "", speaker) or q.speaker == speaker


def test_a_headline_s_own_wording_of_a_body_quote_is_listed_with_its_speaker() -> None:
    # The headline rewords the body's quotation ("Norge er vår port" of "Norge er for oss en port"): a quotation
    # of its own, spoken by whom the body quotes; only words the body quotes as they stand are a repeat.
    text = ("Avis\n\nLarsen i Oslo: »Norge er vår port til nord«\n\n12. marts 2026\n\n"
            "Statsminister Anne Larsen tog imod kansler Karl Weber.\n\n"
            "»Norge er for os en port til nord og til havet«, sagde Larsen.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "da")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Norge er vår port til nord", "Anne Larsen"), ("Norge er for os en port til nord og til havet", "Anne Larsen")]


@pytest.mark.parametrize("text", [
    "„Der Hafen bleibt offen“, sagte der norwegische Verteidigungsminister Lars Berg am Abend in Oslo.",
    "„Der Hafen bleibt offen“, erklärte die schwedische Handelsministerin Karin Lind vor Journalisten.",
])
def test_a_cue_s_long_compound_role_before_the_name_still_leads_to_the_speaker(text: str) -> None:
    # The reach from the cue's verb to its subject is counted in words: a German compound role with its
    # adjective runs past 30 characters in four words, and the quotation was left unattributed.
    (q,) = quotes_of(text, "de")
    assert q.speaker is not None and q.speaker.split()[-1] in ("Berg", "Lind")


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("«Соглашение выгодно обеим сторонам,— полагает старший аналитик центра Олег Смирнов.— Но сроки нереальны».",
     "ru", "Олег Смирнов"),
    ("«Угода вигідна обом сторонам, — вважає експерт Ольга Коваль. — Але терміни нереальні».", "uk", "Ольга Коваль"),
])
def test_a_dash_set_opinion_cue_inside_guillemets_splits_the_quotation(text: str, lang: str, speaker: str) -> None:
    # A verb of opinion set off by dashes inside the marks is a cue, as it is in dash dialogue: the quotation
    # is cut around it and its subject speaks, not a quotation holding the cue's own words.
    (q,) = quotes_of(text, lang)
    assert q.speaker == speaker and "—" not in q.text and len(q.parts) == 2


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Il ministro Mario Rossi ha parlato.\nIl deputato del Partito democratico, il principale partito di opposizione, "
     "Luca Bianchi ha accusato il governo di mentire: \"Abbiamo perso tutto quello che avevamo costruito in dieci anni\".",
     "it", "Luca Bianchi"),
    ("Le ministre Jean Dupont a parlé.\nLe député du Parti socialiste, principal parti d'opposition, Luc Blanc a "
     "accusé le gouvernement de mentir : « Nous avons perdu tout ce que nous avions construit en dix ans. »",
     "fr", "Luc Blanc"),
    ("El ministro Juan Pérez habló.\nEl diputado del Partido Popular, el principal partido de la oposición, Luis "
     "Blanco acusó al Gobierno de mentir: «Hemos perdido todo lo que construimos en diez años».", "es", "Luis Blanco"),
    ("O ministro João Silva falou.\nO deputado do Partido Liberal, o principal partido da oposição, Luís Branco acusou "
     "o governo de mentir: «Perdemos tudo o que construímos em dez anos».", "pt", "Luís Branco"),
    ("Minister Jan Nowak mówił.\nPoseł Platformy, głównej partii opozycji, Adam Kowalski oskarżył rząd o kłamstwo: "
     "„Straciliśmy wszystko, co budowaliśmy przez dziesięć lat”.", "pl", "Adam Kowalski"),
    ("Der Minister Hans Müller sprach.\nDer Abgeordnete der SPD, der größten Oppositionspartei, Peter Weiß "
     "beschuldigte die Regierung: „Wir haben alles verloren, was wir in zehn Jahren aufgebaut haben.“", "de", "Peter Weiß"),
])
def test_a_verb_of_accusing_before_the_colon_names_its_subject_as_speaker(text: str, lang: str, speaker: str) -> None:
    # A verb of accusing is a speech verb: without it in the lists the name after a role's apposition had no
    # evidence of being a name, and the role before it was read as the minister of the sentence before.
    assert speaker_of(quotes_of(text, lang), text.split(":")[-1].strip(" «„\"")[:8]) == speaker


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("The minister John Smith spoke.\nA spokeswoman for the Kenyan presidency said: \"We will not pay a cent more.\"",
     "en", "spokeswoman for the Kenyan presidency"),
    ("Der Minister Hans Müller sprach.\nEin Sprecher des Verkehrsministeriums sagte: „Wir zahlen keinen Cent mehr.“",
     "de", "Sprecher des Verkehrsministeriums"),
    ("Le ministre Jean Dupont a parlé.\nUn porte-parole de la présidence a déclaré : « Nous ne paierons pas un centime "
     "de plus. »", "fr", "porte-parole de la présidence"),
    ("Il ministro Mario Rossi ha parlato.\nUn portavoce della presidenza ha detto: «Non pagheremo un centesimo in più».",
     "it", "portavoce della presidenza"),
])
def test_an_unnamed_spokesperson_speaks_by_title(text: str, lang: str, speaker: str) -> None:
    # The text names no person, only an aide's title and whom the aide speaks for: the title is the speaker,
    # not "Unattributed" (and never the minister named before).
    (q,) = quotes_of(text, lang)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Президент Александер Стубб провел переговоры в Пекине.\n\n"
         "— Господин президент, изменится ли позиция Хельсинки? — спросил корреспондент.\n\n"
         "— Позиция Финляндии не меняется, — ответил Стубб.", "ru"),
        ("Prezydent Alexander Stubb rozmawiał w Pekinie.\n\n"
         "- Panie prezydencie, czy Helsinki zmienią stanowisko? - zapytał dziennikarz.\n\n"
         "- Stanowisko Finlandii się nie zmienia - odpowiedział Stubb.", "pl"),
        ('President Alexander Stubb held talks in Beijing.\n\n'
         '"Mr President, will Helsinki change its position?" asked the reporter.\n\n'
         '"Finland\'s position does not change," Stubb replied.', "en"),
        ("Il presidente Alexander Stubb ha avuto colloqui a Pechino.\n\n"
         '"Presidente, Helsinki cambierà posizione?", ha chiesto il giornalista.\n\n'
         '"La posizione della Finlandia non cambia", ha risposto Stubb.', "it"),
    ],
)
def test_a_reporters_question_at_a_press_conference_is_not_the_leaders(text: str, lang: str) -> None:
    # The press asks; the leader named before answers: a bare "the correspondent" stands for no one named.
    quotes = quotes_of(text, lang)
    assert quotes[0].speaker is None
    assert quotes[-1].speaker in ("Alexander Stubb", "Александер Стубб")


@pytest.mark.parametrize(("lang", "text", "speaker", "parts"), [
    # The outlet told is quoted inside the cue: the cue reads on through it to the speaker's name.
    ("ru", "Министр Иван Лебедев открыл форум.\n\n«Рынок растёт медленно», — сказала “Ведомостям” старший "
           "аналитик центра Мария Орлова.", "Мария Орлова", 1),
    # A dash cue inside the marks with the outlet quoted after its pronoun: one quotation in two parts.
    ("ru", "Критикует проект и депутат Пётр Зайцев. «Мы снова тратим деньги, — заявил он «РБК». — Отчётов "
           "никто не видел».", "Пётр Зайцев", 2),
])
def test_an_outlet_quoted_in_a_cue_is_no_quote(lang: str, text: str, speaker: str, parts: int) -> None:
    quotes = quotes_of(text, lang)
    (q,) = [q for q in quotes if q.kind == "speech"]
    assert q.speaker == speaker and len(q.parts or (0,)) == parts
    assert "заявил" not in q.text
    assert all(len(q.text) > 10 for q in quotes)  # the outlet's name is no quotation of its own


@pytest.mark.parametrize(("lang", "text", "name"), [
    # A case ending hyphened to the closing mark: the quoted outlet is a noun of the sentence.
    # (Its speaker's verb right after it does not make it his words.)
    ("hy", "Տնտեսագետ Արամ Սարգսյանը «Ազատություն»-ի հետ զրույցում նշել է, որ նախագիծը կավարտվի։", "Ազատություն"),
    # A capitalised name straight on into the lower-case noun it names (head-final order).
    ("kk", "Министр Асқар Нұров хабарлауынша, «Орта дәліз – Еуропа» көлік жобасының құжаттары дайын.",
     "Орта дәліз – Еуропа"),
])
def test_a_name_inflected_or_in_front_of_its_noun_is_no_speech(lang: str, text: str, name: str) -> None:
    (q,) = [q for q in quotes_of(text, lang) if q.text == name]
    assert q.kind == "term" and q.speaker is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Talks in Manila\n\nThe opposition is wary. \"The deal was rushed through parliament,\" Anna Berg, a lawmaker "
     "from the Green Party of Sweden, told reporters. \"It needs a proper debate.\"\n", "en"),
    ("Gespräche in Berlin\n\n\"Der Vertrag kam zu schnell,\" Anna Berg, Abgeordnete der Grünen, sagte. "
     "\"Wir brauchen eine Debatte.\"\n", "de"),
])
def test_a_name_and_its_apposition_before_the_verb_after_a_quotation(text: str, lang: str) -> None:
    # The apposition between commas pushes the verb past the cue's first words: the name before it speaks.
    quotes = quotes_of(text, lang)
    assert quotes and all(q.speaker == "Anna Berg" for q in quotes)


def test_a_new_subject_named_by_role_and_institution_is_not_the_last_speaker() -> None:
    # The economist opens the second paragraph (his name inside the institution's capitalised run): "katanya" is
    # his, unnamed, never the lawmaker quoted before.
    text = ("Judul\n\nAnggota DPR dari Fraksi Golkar, Agus Salim, menilai hasilnya belum terasa. "
            "\"Angkanya bagus,\" kata Agus.\n\nEkonom Universitas Airlangga Dewi Lestari berpendapat target itu "
            "realistis. \"Tanpa pelabuhan baru, biaya tetap mahal,\" katanya.\n")
    assert speaker_of(quotes_of(text, "id"), "Tanpa pelabuhan") is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Harbour Daily\n\nGhana's Minister of Transport, Kofi Mensah, answered our questions after his visit to "
         "Nairobi.\n\nQ: Minister, what was agreed?\n\nA: A new shipping line and a customs office. The line will carry "
         "40,000 containers a year.\n\nQ: Is the port big enough?\n\nA: No. We are doubling the quays before the line "
         "opens.\n", "en", "Kofi Mensah"),
        ("Министр транспорта Игорь Панов вернулся из Ханоя.\n\nВ: Что подписано?\n\nО: Соглашение о морской линии и "
         "таможне. Линия будет перевозить сорок тысяч контейнеров в год.\n\nВ: А порт готов?\n\nО: Нет. Мы удвоим "
         "причалы до открытия линии.\n", "ru", "Игорь Панов"),
    ],
)
def test_an_interviews_labelled_answers_are_the_interviewees_speech(text: str, lang: str, speaker: str) -> None:
    # "Q: …?" / "A: …": no quotation marks, the labels show the answers are speech, the interviewee's; a single
    # labelled pair, or a question's line, is none.
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert len(quotes) == 2 and all(q.speaker == speaker and q.kind == "speech" for q in quotes)
    assert not any(q.text.endswith("?") or q.text[:2] in ("A:", "О:") for q in quotes)
    one = text[: text.index("\n\nQ: Is" if lang == "en" else "\n\nВ: А")]
    assert find_quotes(one, clean(one).blocks, (), lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Harbour Daily\n\nGhana's Transport Minister Kofi Mensah met us in his office after his visit to Nairobi.\n\n"
         "— Question. Minister, what was agreed?\n— A new shipping line. It will carry 40,000 containers a year.\n\n"
         "— Question. But the port is small.\n— It is. We are doubling the quays before the line opens.\n", "en",
         "Kofi Mensah"),
        ("Il Porto\n\nIl ministro ghanese dei Trasporti, Kofi Mensah, ci riceve nel suo ufficio a Accra.\n\n"
         "— Domanda. Ministro, che cosa avete firmato?\n— Una nuova linea marittima. Porterà 40.000 container "
         "l'anno.\n\n— Domanda. Ma il porto è piccolo.\n— Lo è. Raddoppiamo le banchine prima dell'apertura.\n",
         "it", "Kofi Mensah"),
    ],
)
def test_an_interviews_dash_answers_after_labelled_questions_are_the_interviewees(text: str, lang: str,
                                                                                   speaker: str) -> None:
    # "— Question. …" / "— …": the dash layout labels only the questions (one may end on a remark, no question
    # mark); each dash line after one is the interviewee's answer, the question no quotation.
    quotes = find_quotes(text, clean(text).blocks, (), lang)
    assert len(quotes) == 2 and all(q.speaker == speaker and q.kind == "speech" for q in quotes)
    assert not any("?" in q.text or q.text.lower().startswith(("question", "domanda")) for q in quotes)


# A press conference's transcript: each answer opens with its speaker's label in capitals; the text names them
# in full elsewhere (the caption, the lead).
_TRANSCRIPT = (
    "Ministry of Foreign Affairs\n\nPress conference of Foreign Minister Ana Ribeiro and Secretary-General Tomas "
    "Lindqvist in Porto.\n\nFOREIGN MINISTER RIBEIRO: Welcome to Porto. We signed the fisheries accord today. "
    "It covers 14 ports.\n\nQ: Paul Weber, Deutsche Welle. Minister, who pays for it?\n\nSECRETARY-GENERAL "
    "LINDQVIST: The alliance pays 40 percent of the cost.\n\nThe rest comes from the two governments.\n\n"
    "FOREIGN MINISTER RIBEIRO: Thank you all.\n"
)


def test_a_transcripts_labelled_answers_are_the_labelled_speakers_speech() -> None:
    # "ROLE NAME: …": the label shows the words are speech and whose; an unlabelled paragraph before the next
    # label goes on with the same answer, and a question's label ("Q:") is the journalist's, no answer.
    quotes = find_quotes(_TRANSCRIPT, clean(_TRANSCRIPT).blocks, (), "en")
    said = [(q.speaker, q.text[:20]) for q in quotes]
    assert said == [("Ana Ribeiro", "Welcome to Porto. We"), ("Tomas Lindqvist", "The alliance pays 40"),
                    ("Tomas Lindqvist", "The rest comes from "), ("Ana Ribeiro", "Thank you all.")]
    assert all(q.kind == "speech" for q in quotes)


@pytest.mark.parametrize(("named", "speaker"), [("Karl Janssen", "Karl Janssen"), ("Janssen Berg", "Janssen Berg")])
def test_a_quotation_inside_an_answer_with_a_third_person_cue_is_the_person_the_answer_names(
        named: str, speaker: str) -> None:
    # '"…," he told me' inside Lindqvist's answer: he speaks in the first person, so "he" is the minister he names.
    text = _TRANSCRIPT.replace("40 percent of the cost.", f"40 percent of the cost. I spoke this morning with "
                               f"Minister {named}. \"Norway is fully on board,\" he told me, and I believe him.")
    quotes = find_quotes(text, clean(text).blocks, (), "en")
    assert speaker_of(quotes, "Norway is") == speaker
    assert speaker_of(quotes, "The alliance") == "Tomas Lindqvist"


def test_one_capitalised_label_is_no_transcript() -> None:
    # "UPDATE: …" or a single "MINISTER RIBEIRO: …" is an aside, not the layout of a transcript.
    text = _TRANSCRIPT[: _TRANSCRIPT.index("\n\nQ: Paul")] + "\n\nUPDATE: The ministers left at noon.\n"
    assert find_quotes(text, clean(text).blocks, (), "en") == []
@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "A presidente Ana Ruiz recebeu o vice-presidente Paulo Lima.\n\nEm nota, o Itamaraty afirmou que \"os dois "
           "países compartilham a responsabilidade\". A porta-voz do ministério, Rita Gomes, disse que a nota foi acertada."),
    ("pt", "A presidente Ana Ruiz recebeu o vice-presidente Paulo Lima.\n\nO ministério afirmou que \"os dois países "
           "compartilham a responsabilidade\"."),
    ("es", "La presidenta Ana Ruiz recibió al vicepresidente Paulo Lima.\n\nEn un comunicado, la Cancillería afirmó que "
           "\"ambos países comparten la responsabilidad\". La portavoz del ministerio, Rita Gómez, dijo que la nota fue "
           "acordada."),
])
def test_an_institution_s_written_statement_is_no_person_s_quote(lang: str, text: str) -> None:
    # A ministry (o Itamaraty, la Cancillería) speaks: no person, neither the last one named before nor the
    # spokesperson the next sentence names.
    (q,) = quotes_of(text, lang)
    assert q.speaker is None


def test_a_role_s_capitalised_party_in_the_genitive_leads_to_its_holder_the_pronoun_s_referent() -> None:
    # "Лидер Партии социалистов X": the party's noun is capitalised and has no preposition before it; X is the
    # role's holder and the subject a later "он" stands for, not the woman named in the sentence before.
    text = ("Президент Молдовы Анна Попеску в четверг провела переговоры в Киеве.\n\n"
            "Лидер Партии социалистов Игорь Ротару раскритиковал поездку. «Попеску втягивает страну в чужую войну», – "
            "написал он в Telegram.\n")
    (q,) = quotes_of(text, "ru")
    assert q.speaker == "Игорь Ротару"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Le premier ministre Paul Martin a reçu ses homologues.\nClaire Dubois-Morel a de son côté promis que la "
           "Commission « ne laissera pas les pays seuls face au prix ». « Nous avons réduit notre dépendance », "
           "a-t-elle affirmé.", "Claire Dubois-Morel"),
    ("es", "El presidente Pedro Ortega recibió a su homólogo.\nAna María Ruiz ha por su parte afirmado que la Comisión "
           "«no dejará solos a los países».", "Ana María Ruiz"),
])
def test_a_full_name_opening_a_sentence_before_an_auxiliary_and_an_adverbial_is_the_speaker(
        lang: str, text: str, speaker: str) -> None:
    # "X a de son côté promis que « … »": the speech verb comes five words after the name; the name opening the
    # sentence is still found, and the quotes are its bearer's, not the person named before.
    quotes = quotes_of(text, lang)
    assert quotes and all(q.speaker == speaker for q in quotes)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At the press conference the trade minister says: \"Our exports to Chile grew to almost 90 million euros.\""
           "\n\nTrade Minister Jonas Berg welcomes his Chilean counterpart in Oslo."),
    ("de", "Auf der Pressekonferenz sagt der Handelsminister: „Unsere Ausfuhren nach Chile stiegen auf fast 90 "
           "Millionen Euro.“\n\nHandelsminister Jonas Berg empfängt seinen chilenischen Amtskollegen in Oslo."),
])
def test_a_role_opening_a_live_blog_is_the_one_person_introduced_with_it_later(lang: str, text: str) -> None:
    # A live blog runs newest first: "the trade minister says" comes before the entry naming him, and no one is
    # named before it; the one person the text introduces with that role later is the speaker.
    (q,) = quotes_of(text, lang)
    assert q.speaker == "Jonas Berg"


def test_el_viceprimer_ministro_is_one_office_standing_for_its_holder() -> None:
    # "el viceprimer ministro chileno subrayó que “…”": the deputy prime minister introduced before, not the host
    # the sentence before names.
    text = ("El presidente del Gobierno, Pedro Ruiz, ha recibido este lunes al viceprimer ministro de la República "
            "de Chile, Juan Soto, con quien ha firmado ocho acuerdos.\nRuiz destacó que los acuerdos son importantes. "
            "Por su parte, el viceprimer ministro chileno subrayó que “Chile está dispuesto a importar más productos "
            "agrícolas españoles”.")
    (q,) = quotes_of(text, "es")
    assert q.speaker == "Juan Soto"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "La sociologue Claire Dubois, de l'université de Lyon, se montre plus réservée :\n\n"
           "– Les annonces sont belles, mais les budgets ne suivent pas depuis des années.\n\n"
           "Le conseil votera en mars.", "Claire Dubois"),
    ("es", "El economista Andrés Quiroga fue mucho más duro:\n\n"
           "—Nadie nos ha consultado y los despidos llegarán antes del verano.\n\n"
           "La empresa no respondió.", "Andrés Quiroga"),
    ("ru", "Независимый экономист Олег Громов высказался очень осторожно:\n\n"
           "– Рост – это хорошо, но без новых заводов он быстро закончится.\n\n"
           "Правительство пока молчит.", "Олег Громов"),
])
def test_dash_line_after_a_colon_lead_in_naming_someone_is_theirs(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text, lang)] == [speaker]


def test_dash_items_after_a_colon_lead_in_are_a_list_not_speech() -> None:
    text = ("Le ministre Jean Dupont a présenté ses mesures pour la rentrée :\n\n"
            "– Une hausse des salaires des enseignants dès le mois de janvier.\n\n"
            "– Une baisse des impôts pour les familles les plus modestes.\n\n"
            "Le débat aura lieu demain.")
    assert quotes_of(text, "fr") == []


def test_dash_line_after_a_colon_lead_in_naming_no_one_is_no_quotation() -> None:
    text = ("Le gouvernement a retenu une seule mesure pour la rentrée :\n\n"
            "– une hausse des salaires des enseignants dès le mois de janvier prochain.\n\n"
            "Le débat aura lieu demain.")
    assert quotes_of(text, "fr") == []


@pytest.mark.parametrize("institution", ["Ośrodka Badań Regionalnych", "Komisji Nadzoru Finansowego"])
def test_pl_titled_name_after_an_institutions_name_speaks_not_the_institution(institution: str) -> None:
    # The run after the institution's word, before "dr" and a name, is the institution's own name.
    text = (f"Ekspert {institution} dr Marek Zieliński ocenił w rozmowie z radiem, że rozmowy utknęły. "
            "„Nikt nie chciał ustąpić ani o krok” – powiedział.")
    assert [q.speaker for q in quotes_of(text, "pl")] == ["Marek Zieliński"]


def test_a_pronoun_cue_in_a_live_blog_entry_never_reaches_the_entry_above() -> None:
    # Newest first: the entry above ("14:32") is later news, not what "she says" in the 13:10 entry refers to.
    text = ("Hansen in Oslo - live\n\n14:32\nCriticism from the opposition. Spokeswoman Kari Lund said: \"The "
            "government cuts the fund by 800 million.\"\n\n13:10\nHansen is blunt. \"The region needs 40 billion "
            "kroner a year,\" she says at the press conference.\n")
    quotes = find_quotes(text, clean(text).blocks, (), "en")
    assert speaker_of(quotes, "The government") == "Kari Lund"
    assert speaker_of(quotes, "The region") != "Kari Lund"
    for stamp in ("+++ 13.10 Uhr +++", "9h40", "■ 13:10"):
        blog = text.replace("13:10", stamp)
        assert speaker_of(find_quotes(blog, clean(blog).blocks, (), "en"), "The region") != "Kari Lund"
    # Without the time stamps the paragraphs are one story: "she" is the spokeswoman, as before.
    flat = text.replace("14:32\n", "").replace("13:10\n", "")
    assert speaker_of(find_quotes(flat, clean(flat).blocks, (), "en"), "The region") == "Kari Lund"


def test_a_dash_line_questions_cue_follows_its_question_mark_with_no_comma() -> None:
    text = ("The Austrian minister Karl Huber met the Slovak minister Jan Novak in Vienna on Tuesday.\n"
            "– We will build the bridge together, said Huber.\n"
            "– When will it open? a journalist asked.\n")
    quotes = {q.text: q.speaker for q in quotes_of(text, "en")}
    assert quotes == {"We will build the bridge together": "Karl Huber", "When will it open?": None}



@pytest.mark.parametrize(("text", "lang", "speaker"), [
    # Every word over three letters a name: capitals make no title of words a speech verb closes.
    ("Kamerlid Sanne de Wit wil dat het kabinet meedoet. 'Als Frankrijk dit kan, kan Nederland het ook', zei ze.",
     "nl", "Sanne de Wit"),
    ("Kamerlid Sanne de Wit wil meedoen. \"België kan het, wij ook\", zei De Wit.", "nl", "Sanne de Wit"),
])
def test_capitalised_words_a_speech_verb_closes_are_speech(text: str, lang: str, speaker: str) -> None:
    (q,) = quotes_of(text, lang)
    assert (q.kind, q.speaker) == ("speech", speaker)


def test_a_short_capitalised_title_before_a_speech_verb_stays_a_term() -> None:
    (q,) = quotes_of("Minister Sanne de Wit noemde het plan. 'Nieuwe Start', zei ze.", "nl")
    assert q.kind == "term"
