"""Cleaning pasted pages, measured against the gold reading of the seeds."""

from __future__ import annotations

import pytest

from digest.cleaning import (
    _CREDIT_SUFFIX, _MAX_WORDS_COUNTED, _SOURCE_CREDIT, _ends_sentence, _is_menu, _norm, _norm_lines, _source_credit, _words, clean,
)
from digest.data import marks_as_letters
from digest.model import FURNITURE, HEADING, TEXT, TITLE


def _kinds_by_line(text: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for b in clean(text).blocks:
        out.setdefault(text.count("\n", 0, b.start) + 1, set()).add(b.kind)
    return out


def test_titles_and_sources_match_gold(gold: dict, seed_texts: dict[str, str]) -> None:
    for name, g in gold.items():
        c = clean(seed_texts[name])
        assert c.title == g["title"], name
        assert c.source == g["source"], name


def test_every_boilerplate_line_is_furniture(gold: dict, seed_texts: dict[str, str]) -> None:
    for name, g in gold.items():
        kinds = _kinds_by_line(seed_texts[name])
        for item in g["boilerplate_lines"]:
            for line in item["line_numbers"]:
                assert kinds[line] <= {FURNITURE}, (name, line, item["line"])
        repeat = g.get("trailing_title_repeat")
        if repeat:
            assert kinds[repeat["line_number"]] == {FURNITURE}, name


def test_glued_fragments_are_cut_from_their_line(gold: dict, seed_texts: dict[str, str]) -> None:
    for name, g in gold.items():
        text = seed_texts[name]
        for frag in g.get("boilerplate_fragments", []):
            blocks = clean(text).blocks
            covering = [b for b in blocks if b.start <= frag["start"] < b.end]
            assert covering and covering[0].kind == FURNITURE, name
            after = [b for b in blocks if b.start >= frag["end"] - 1 and b.kind == TEXT]
            assert after and text[after[0].start] not in "| ", name


def test_subheadings_are_headings(gold: dict, seed_texts: dict[str, str]) -> None:
    for name, g in gold.items():
        text = seed_texts[name]
        lines = text.split("\n")
        kinds = _kinds_by_line(text)
        for sub in g.get("subheadings") or []:
            assert kinds[lines.index(sub) + 1] == {HEADING}, (name, sub)


def test_offsets_point_into_the_text(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        prev = 0
        for b in clean(text).blocks:
            assert prev <= b.start <= b.end <= len(text)
            assert "\n\n" not in text[b.start : b.end]
            prev = b.end


@pytest.mark.parametrize(
    "page, title, source",
    [
        (
            "Daily Planet\n\nWorld\n\nMinister opens the new bridge over the river\n\n"
            "The minister opened the bridge on Monday, calling it a milestone for the region.\n\n"
            "Back to top\n\nMinister opens the new bridge over the river\n",
            "Minister opens the new bridge over the river",
            "Daily Planet",
        ),
        (
            "Le président est arrivé lundi à Berlin pour une visite de deux jours, a indiqué l'Élysée.\n"
            "Il doit rencontrer le chancelier mardi matin, avant une conférence de presse commune.\n"
            "Cet article a été publié automatiquement. Sources: afp\n",
            None,
            "afp",
        ),
    ],
)
def test_generic_pages(page: str, title: str | None, source: str) -> None:
    c = clean(page)
    assert c.title == title
    assert c.source == source
    text_lines = [page[b.start : b.end] for b in c.blocks if b.kind == TEXT]
    assert all("Back to top" not in t and "Sources:" not in t for t in text_lines)
    assert sum(b.kind == TITLE for b in c.blocks) == (1 if title else 0)


def test_caption_repeated_many_times_is_furniture() -> None:
    caption = "Photo: the two leaders at the palace"
    body = "\n\n".join(
        f"{caption}\n\nParagraph {i} tells what happened at the summit in some detail today." for i in range(5)
    )
    c = clean(body)
    assert all(b.kind == FURNITURE for b in c.blocks if body[b.start : b.end] == caption)


def test_hard_wrapped_paragraphs_are_one_text_block() -> None:
    page = (
        "Leaders meet in Warsaw\n\n"
        "The two prime ministers met in Warsaw on Tuesday to discuss energy\n"
        "security and the new gas pipeline, officials said after the talks, which\n"
        "lasted more than four hours and ended with a joint declaration.\n\n"
        "Read more\n"
    )
    c = clean(page)
    text_blocks = [b for b in c.blocks if b.kind == TEXT]
    assert len(text_blocks) == 1
    assert page[text_blocks[0].start : text_blocks[0].end].endswith("joint declaration.")
    assert c.title == "Leaders meet in Warsaw"


def test_short_lines_are_not_taken_for_a_wrapped_paragraph() -> None:
    page = "\n".join(f"line {i}" for i in range(200)) + "\n"
    assert not any(b.kind == TEXT for b in clean(page).blocks)


def test_a_header_without_blank_lines_is_no_wrapped_paragraph() -> None:
    # Site name, breadcrumb, headline and byline on consecutive lines: each stops where its item
    # does, not because the next word would pass a column.
    page = (
        "Der Tagesbote\n"
        "Startseite > Politik > Ausland > Mitteleuropa\n"
        "Prag und Wien einigen sich nach langem und zähem Streit auf gemeinsame Grenzkontrollen an der Autobahn\n"
        "Von Anna Beispiel, Korrespondentin\n\n"
        "Die Regierungschefs beider Länder haben sich am Dienstag in Prag auf gemeinsame Streifen an der Grenze geeinigt.\n"
    )
    c = clean(page)
    assert (c.title, c.source) == (
        "Prag und Wien einigen sich nach langem und zähem Streit auf gemeinsame Grenzkontrollen an der Autobahn",
        "Der Tagesbote",
    )


@pytest.mark.parametrize(
    ("line", "ended"),
    [("Er kam.", True), ('Sie sagte: „Nein.“ ', True), ("(So ist es.)", True), ("Ende?»", True),
     ("Titel ohne Punkt", False), ("Punkt. Und weiter", False), ("", False)],
)
def test_a_sentence_ends_with_a_mark_closing_quotes_and_brackets_aside(line: str, ended: bool) -> None:
    assert _ends_sentence(line) is ended


def test_lines_normalised_in_one_pass_as_one_by_one() -> None:
    text = (
        "  ΟΔΟΣ » Home\r\nΣ\u00a0Wahl | Ｆｕｌｌ ＷＩＤＴＨ\n\n"
        "İstanbul —\x0cnext \u2028 ΣΑΣ·\r\rlast\u0301\x85end…"
    )
    lines = [raw.rstrip("\r\n") for raw in text.splitlines(keepends=True)]
    assert _norm_lines(text) == [_norm(line) for line in lines]
    assert _norm_lines(text)[:2] == ["οδος » home", "σ wahl | full width"]


@pytest.mark.parametrize(
    "line",
    [
        "Cet article a été publié automatiquement. Sources: afp", "Fonti: ats/afp.", "Fonte: ats. Altro.",
        "Quelle: dpa .  ", "Er sagte: nein. Quelle: dpa: Berlin", "Fonti: a.b", "Keine Quelle hier.", "Quelle:x",
    ],
)
def test_source_credit_found_as_by_the_plain_search(line: str) -> None:
    plain, found = _SOURCE_CREDIT.search(line), _source_credit(line)
    assert (plain and plain.span("source")) == (found and found.span("source"))


def test_source_credit_after_an_inner_period() -> None:
    credit = _source_credit("Il testo è stato pubblicato. Fonti: ats/afp")
    assert credit and credit.group("source") == "ats/afp"


@pytest.mark.parametrize("n", [0, 1, 5, 30, 31, 32, 500])
@pytest.mark.parametrize("gap", [" - ", " — "])  # a Latin-1 line, and one that is not
def test_words_are_counted_up_to_a_cap(n: int, gap: str) -> None:
    line = gap.join(f"w{i}_x" for i in range(n)) + " ..."
    assert _words(line) == min(n, _MAX_WORDS_COUNTED)


def test_words_are_runs_of_word_characters() -> None:
    assert _words("U.S.-Präsident, l'avv. 12,5%") == 7
    assert _words("«Sì», disse. ½ ¹") == 4
    assert _words("Prezydent Łukaszenka — 12,5%") == 4
    assert _words("ł" * 400 + " a b") == 3  # few words before the first space in a long line
    assert _words("") == 0


def test_squeezing_keeps_single_spaces_and_collapses_other_white_space() -> None:
    assert _norm("»  Ein\tTitel  mit\u2003Leerraum «") == "ein titel mit leerraum"
    assert _norm("- Schon einfach -") == "schon einfach"


def _texts(page: str) -> list[str]:
    return [page[b.start : b.end] for b in clean(page).blocks if b.kind == TEXT]


_LONG_DE = (
    "Bundeskanzler Friedrich Merz ist am Donnerstag in Ankara vom türkischen Präsidenten empfangen worden, "
    "die beiden sprachen über Handel, Migration und die Lage im Nahen Osten."
)


def test_a_short_closing_sentence_is_text_not_page_footer() -> None:
    page = (
        f"Merz bei Erdoğan in Ankara\n\n{_LONG_DE}\n\n"
        "Zum Abschied lud Erdoğan den Kanzler ein.\n\n„Wir sehen uns im Frühjahr“, sagte Merz.\n\n"
        "Mehr zum Thema\n\n© Rheinische Rundschau 2025.\n\nTürkei: Inflation sinkt\n"
    )
    texts = _texts(page)
    assert "„Wir sehen uns im Frühjahr“, sagte Merz." in texts
    assert "Zum Abschied lud Erdoğan den Kanzler ein." in texts
    assert not any("Rundschau" in t or "Inflation" in t for t in texts)


def test_a_copyright_line_after_the_article_is_still_footer() -> None:
    page = f"Merz bei Erdoğan in Ankara\n\n{_LONG_DE}\n\n© Example Media Group 2025.\n"
    assert not any("Example" in t for t in _texts(page))


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_closing_guillemet_after_a_no_break_space_ends_the_sentence(space: str) -> None:
    line = f"Il a parlé aux journalistes : « Nous sommes prêts à signer.{space}»"
    assert _ends_sentence(line)
    page = f"Macron en Chine : la France réclame des actes\n\n{_LONG_DE}\n\n{line}\n\n{_LONG_DE} Encore.\n"
    assert line in _texts(page)


def test_a_caption_ending_in_a_period_and_shown_twice_is_furniture() -> None:
    caption = "Bundeskanzler Friedrich Merz und Präsident Erdoğan in Ankara."
    page = f"Merz bei Erdoğan\n\n{caption}\n\n{_LONG_DE}\n\n{caption}\n\n{_LONG_DE} Danach flog er ab.\n"
    assert caption not in _texts(page)


@pytest.mark.parametrize(
    "credit", ["Foto: Ricardo Stuckert/PR", "Photo : AFP", "Фото: МИД России / ТАСС", "Zdjęcie: PAP",
               # Armenian parts label and credit by its pause mark ՝; Mongolian "Зураг:" (picture).
               "Լուսանկարը՝ կառավարության մամուլի ծառայություն", "Зураг: Ерөнхийлөгчийн Тамгын газар"]
)
def test_a_caption_over_its_picture_credit_is_furniture(credit: str) -> None:
    caption = "O presidente Lula e o primeiro-ministro no Palácio da Alvorada, em Brasília."
    page = f"Lula recebe Modi em Brasília e fixa meta\n\n{caption}\n{credit}\n\n{_LONG_DE}\n"
    c = clean(page)
    kinds = {page[b.start : b.end]: b.kind for b in c.blocks}
    assert kinds[caption] == FURNITURE and kinds[credit] == FURNITURE
    assert c.title == "Lula recebe Modi em Brasília e fixa meta"


def test_a_caption_ending_on_a_dash_credit_under_the_headline_is_no_headline() -> None:
    # No "Photo:" label, only a credit after a dash, shown again at the page end: a caption, like the
    # labelled ones, and the headline above it stays the title.
    caption = "Kaja Kallas and Luis Lacalle Pou at the Torre Ejecutiva in Montevideo - Handout/Uruguay Presidency"
    page = (f"The Evening Ledger\n\nUruguay and the EU agree to speed up beef quotas\n\n{caption}\n\n"
            f"By Jo Park\nMontevideo\n3 Mar 2026\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n\n{caption}\nBack to top\n")
    assert clean(page).title == "Uruguay and the EU agree to speed up beef quotas"


@pytest.mark.parametrize(
    "caption",
    [
        "Sir Keir Starmer and Narendra Modi shake hands in Mumbai (Image: Getty Images)",
        "La presidente del Consiglio e la prima ministra giapponese a Palazzo Chigi (Foto Ansa/Mario Rossi)",
        "Emmanuel Macron accueille le Premier ministre belge sur le perron de l'Élysée. © Belga / Jan Peeters",
        "Президент і прем'єр-міністр у Маріїнському палаці. Фото: Офіс президента України",
        "De premier en de bondskanselier bij de persconferentie in het Kanzleramt. Foto ANP / Michael Kappeler",
        "The Taoiseach greets the Icelandic Prime Minister in Dublin. Photograph: Nick Bradshaw/The Dublin Herald",
        "O presidente Lula recebe o presidente da Colômbia no Palácio do Planalto — Foto: Ricardo Stuckert/PR",
        "Emmanuel Macron accueille José Antonio Kast sur le perron de l'Élysée, le 15 avril 2026. LUDOVIC MARIN / AFP",
        "Ο πρωθυπουργός και η καγκελάριος στην Καγκελαρία του Βερολίνου. (Φωτογραφία: ΑΠΕ-ΜΠΕ)",
        "Pääministeri ja liittokansleri tapasivat Berliinissä torstaina. (Kuva: Lehtikuva)",
        # A hyphen typed for the dash before the credit.
        "Menteri Luar Negeri (kiri) bersama rakan sejawatnya di Putrajaya semalam. - Foto NSTP",
        # The label, then whose photo it is in lower-case words, no colon.
        "Министры на церемонии подписания соглашения в Астане. Фото пресс-службы правительства",
        "Los cancilleres tras la firma del acuerdo en Montevideo. Foto de la cancillería",
    ],
)
def test_a_caption_carrying_its_credit_is_furniture_and_never_the_headline(caption: str) -> None:
    # Shown over the article and again under it, the caption must not pass for a headline repeated at the end.
    page = (f"SITE NEWS\n\nStarmer hails new chapter with India\n\n{caption}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n\n"
            f"{caption}\n\n© 2026 Site News. All rights reserved.\n")
    c = clean(page)
    assert {b.kind for b in c.blocks if page[b.start : b.end] == caption} == {FURNITURE}
    assert c.title == "Starmer hails new chapter with India"


@pytest.mark.parametrize(
    "caption",
    [
        "The finance minister and his Estonian counterpart in Tallinn on Monday. | Photo Credit: Reuters",
        "Міністр фінансів і його естонський колега у Таллінні / Фото: Мінфін",
        "Minister finansów i jego estoński odpowiednik w Tallinnie / Fot.: Ministerstwo Finansów",
        "שר האוצר ועמיתו האסטוני בטאלין (צילום: רויטרס)",
        "دیدار وزیر اقتصاد با همتای استونیایی در تالین - عکس: ایرنا",
        "وزير المالية ونظيره الإستوني في تالين - صورة: رويترز",
        "वित्त मंत्री ने तालिन में एस्टोनियाई समकक्ष का स्वागत किया। फोटो- पीआईबी",
        # Bengali, Tamil and Amharic labels (ছবি, படம், ፎቶ); Amharic ends its caption with ። and sets ፦ for the colon.
        "তালিনে এস্তোনিয়ার অর্থমন্ত্রীর সঙ্গে অর্থমন্ত্রী। ছবি: রয়টার্স",
        "தாலினில் எஸ்தோனிய நிதியமைச்சரை வரவேற்கும் நிதியமைச்சர். படம்: ராய்ட்டர்ஸ்",
        "የገንዘብ ሚኒስትሩ የኢስቶኒያውን አቻቸውን በታሊን ሲቀበሉ። ፎቶ፦ ሮይተርስ",
        # Vietnamese: the picture (ảnh) credited in brackets.
        "Bộ trưởng Tài chính và người đồng cấp Estonia tại Tallinn. (Ảnh: Minh Đức)",
    ],
)
def test_a_caption_over_the_headline_is_never_the_headline(caption: str) -> None:
    # A bar, a slash, a dash or a danda parts the caption from its credit; shown over the headline and again
    # at the page's end, it must not pass for a headline repeated there. (Cleaning reads Devanagari's vowel
    # signs as letters, as the pipeline hands it the text.)
    page = marks_as_letters(f"SITE NEWS\n\n{caption}\n\nStarmer hails new chapter with India\n\n{_LONG_DE}\n\n"
                            f"{_LONG_DE} Then he left.\n\n{caption}\n")
    c = clean(page)
    assert c.title == "Starmer hails new chapter with India"


def test_a_caption_restating_the_headline_under_it_is_no_headline() -> None:
    # "<caption> - <agency>": a photo's caption restating the headline below it, shown again at the page end.
    caption = "The President receives the Estonian Prime Minister at the palace - LETA"
    headline = "The President receives the Estonian Prime Minister, discusses trade and energy links"
    page = f"SITE NEWS\n\n{caption}\n\n{headline}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n\n{caption}\n"
    assert clean(page).title == headline


def test_a_headline_with_its_site_over_another_header_line_stays_the_headline() -> None:
    headline = "Estonia and Latvia agree to build a joint rail terminal - Baltic Times"
    page = f"{headline}\n\nTrade ministers met in Riga on Monday for two hours\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n"
    assert clean(page).title == headline


@pytest.mark.parametrize(
    "caption",
    [
        "국빈 방문 중인 대통령이 12일(현지시간) 총리 관저에서 양국 총리와 악수하고 있는 모습을 취재진이 지켜보고 있다. [사진 대통령실]",
        "외교부 장관이 12일 서울 외교부 청사에서 회담하고 있다. [사진=외교부]",
        # The holder first, its label after ("provided by"), the terms of use after a full stop.
        "외교부 장관이 12일 서울 외교부 청사에서 회담하고 있다. 2026.5.12 [외교부 제공. 재판매 및 DB 금지]",
        "외교부 장관이 12일 서울에서 회담하고 있다. [연합뉴스 자료사진]",
        "Der Minister und sein Amtskollege vor dem Kanzleramt in Berlin am Montag. [Foto: dpa]",
    ],
)
def test_a_caption_closed_by_a_bracketed_credit_is_furniture(caption: str) -> None:
    # Korean sites close a caption with "[사진 …]": shown over the story and again under it, it is no sentence.
    page = (f"정상회담\n\n{caption}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n\n{caption}\n")
    c = clean(page)
    assert {b.kind for b in c.blocks if page[b.start : b.end] == caption} == {FURNITURE}


@pytest.mark.parametrize(
    "line",
    [
        "Die Zeitung berichtete darüber am Montag ausführlich. Bild Zeitung schrieb, dass der Kanzler kommt",
        "The minister posted a picture of the meeting. Photo shoots are common at such events",
    ],
)
def test_a_sentence_opening_with_a_credit_label_is_no_caption(line: str) -> None:
    assert not _CREDIT_SUFFIX.search(line)


@pytest.mark.parametrize(
    "stamp",
    [
        "04/03/2025 - 21:15 h. Actualizado: 05/03/2025 - 08:02 h.",
        "Publié le 04/12/2025 à 17h12. Mis à jour à 19h40.",
        "Javier Ortega | Brasilia 04/03/2025 - 21:15 h.",
        "Von Katrin Albers, Ankara\n30.10.2025, 19:42 Uhr | Lesezeit: 4 Min.",
    ],
)
def test_a_date_or_update_stamp_over_the_article_is_no_text(stamp: str) -> None:
    page = f"Sánchez y Lula firman ocho acuerdos en Brasilia\n\n{stamp}\n\n{_LONG_DE}\n"
    c = clean(page)
    assert _texts(page) == [_LONG_DE]
    assert c.title == "Sánchez y Lula firman ocho acuerdos en Brasilia"


def test_short_sentences_holding_a_date_are_text() -> None:
    # An article of short lines: a date inside a sentence makes no stamp of it.
    line = "To się wydarzyło 3.10.2000 i mam na to dowody."
    page = f"Item 68\n\n{line}\n\nTo było 13.12 - nikt nie zapomni tego przemówienia.\n"
    assert line in _texts(page)


def test_a_sentence_with_a_time_in_the_article_body_stays_text() -> None:
    line = "Am 30.10.2025 um 19:42 Uhr landete die Maschine des Kanzlers auf dem Flughafen der Hauptstadt."
    page = f"Merz bei Erdoğan in Ankara\n\n{_LONG_DE}\n\n{line}\n\n{_LONG_DE} Danach flog er ab.\n"
    assert line in _texts(page)


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ("The Times of India\n\nIndia | World\n\n", "The Times of India"),
        ("L'Écho du Monde\n\nInternational\n\nAccueil > International > Asie-Pacifique\n\n", "L'Écho du Monde"),
        ("The London Courier\n\nHome > Politics > Foreign affairs\n\nPolitics\n\n", "The London Courier"),
        # A breadcrumb stacked one entry a line, the home page first: no site's name heads the page.
        ("Home\nWorld\nEurope\n\n", None),
        ("Startseite\nPolitik\nAusland\n\n", None),
    ],
)
def test_site_name_and_breadcrumb_are_not_the_title(header: str, source: str | None) -> None:
    headline = "Modi and Starmer sign trade pact in Mumbai"
    page = f"{header}{headline}\n\nBy Ananya Rao\n\n{_LONG_DE}\n\nShare\n\n{headline}\n"
    c = clean(page)
    assert c.title == headline
    assert c.source == source


@pytest.mark.parametrize("issue", ["Газета «Вести» № 45 / Экономика и бизнес", "Die Wochenzeitung Nr. 12 / Politik und Welt"])
def test_a_print_issue_and_rubric_line_is_no_title(issue: str) -> None:
    # The paper's name, its issue number and the rubric over the headline: furniture, never the article's title.
    headline = "Modi and Starmer sign trade pact in Mumbai"
    page = f"{issue}\n\n{headline}\n\nBy Ananya Rao\n\n{_LONG_DE}\n"
    assert clean(page).title == headline


def test_a_site_name_ending_in_its_medium_is_no_title() -> None:
    # "online" is the only word in lower case: the name of the site over its menu, not a headline.
    headline = "Meloni a Berna: frontalieri e ferrovia al centro dell'incontro"
    page = f"Giornale del Lago online\nLago   Svizzera   Italia   Economia\n\nSVIZZERA\n\n{headline}\n\n19.06.2025 - 18:40\n\n{_LONG_DE}\n"
    c = clean(page)
    assert (c.title, c.source) == (headline, "Giornale del Lago online")


def test_a_long_site_name_over_a_breadcrumb_is_no_title() -> None:
    headline = "Orsi en Buenos Aires: Milei prometió un puente y la costa espera"
    page = f"Diario La Voz del Litoral Norte\n\nInicio / Política / Nacionales\n\n{headline}\n\n{_LONG_DE}\n"
    c = clean(page)
    assert (c.title, c.source) == (headline, "Diario La Voz del Litoral Norte")


def test_a_site_name_in_lower_case_over_a_breadcrumb_is_the_source_not_the_title() -> None:
    headline = "Macron et Tokaïev signent un accord sur l'uranium à Astana"
    page = f"La Gazette des steppes\nAccueil > Monde > Asie centrale\n\n{headline}\n\n{_LONG_DE}\n"
    c = clean(page)
    assert (c.title, c.source) == (headline, "La Gazette des steppes")


@pytest.mark.parametrize(
    "skip", ["सामग्री को स्किप करें", "Перейти к содержанию", "Zum Inhalt springen", "콘텐츠로 건너뛰기", "پرش به محتوا"]
)
def test_a_skip_link_in_any_language_is_no_title(skip: str) -> None:
    # The accessibility link atop a page ("Skip to content") is written in the site's language.
    headline = "Japan's premier backs new rail link as talks open in Hanoi"
    page = marks_as_letters(f"Pacific Wire\n{skip}\nHome\nWorld\n{headline}\nBy Mai Tran\n{_LONG_DE}\n")
    c = clean(page)
    assert c.title == headline
    assert {b.kind for b in c.blocks if page[b.start : b.end] == marks_as_letters(skip)} == {FURNITURE}


def test_a_section_label_under_the_site_name_is_no_title() -> None:
    headline = "Japan's premier backs new rail link as talks open in Hanoi"
    page = f"Pacific Wire\nWorld News | Southeast Asia\n\n{headline}\n\nBy Mai Tran\n\n{_LONG_DE}\n"
    c = clean(page)
    assert (c.title, c.source) == (headline, "Pacific Wire")
    # A headline with its site after a bar keeps a word in lower case: it stays the title.
    titled = f"Pacific Wire\nAbe in Hanoi | Pacific Wire\n\nThe premier arrives for two days of talks\n\n{_LONG_DE}\n"
    assert clean(titled).title == "Abe in Hanoi | Pacific Wire"


def test_a_two_entry_breadcrumb_with_an_arrow_is_no_title() -> None:
    # "Tin tức › Kinh tế": two entries in lower case after the first word, parted by an arrow, under the site's
    # name and over a stamp: a breadcrumb, not the headline below it.
    headline = "Hà Nội và Seoul nhất trí mở thêm đường bay thẳng"
    page = f"Báo Mới\nTin tức › Kinh tế\nThứ hai, 3/3/2025, 09:10 (GMT+7)\n\n{headline}\n\n{_LONG_DE}\n"
    assert clean(page).title == headline
    # An arrow inside a headline of more words is kept.
    page = f"Báo Mới\n\nGiá vàng tăng mạnh > Nhà đầu tư đổ xô mua vào trong tuần\n\n{_LONG_DE}\n"
    assert clean(page).title == "Giá vàng tăng mạnh > Nhà đầu tư đổ xô mua vào trong tuần"


@pytest.mark.parametrize("trail", ["Главная / Политика", "Weltgeschehen > Beziehungen Asien - Europa", "Kotimaa » Talous"])
def test_a_two_entry_trail_of_unknown_section_names_over_the_headline_is_no_title(trail: str) -> None:
    # Section names no furniture list holds, parted by a slash or an arrow, over a longer headline: a breadcrumb.
    headline = "Finance minister opens trade talks with his Estonian counterpart in Tallinn"
    page = f"The Morning Ledger\nNews | World | Sport\n{trail}\n\n{headline}\n\n{_LONG_DE}\n"
    assert clean(page).title == headline
    # Alone in the header, a short line with a slash stays the title: there is no headline under it to prefer.
    page = f"Ruiz / Gil sign port accord\n\n{_LONG_DE}\n"
    assert clean(page).title == "Ruiz / Gil sign port accord"


@pytest.mark.parametrize("caption", [
    "Foto: Los ministros Ana Ruiz y Pedro Gil saludan ante el palacio de gobierno en la capital. (Reuters/Juan Pérez)",
    "Los ministros Ana Ruiz y Pedro Gil saludan ante el palacio de gobierno en la capital. (Reuters/Juan Pérez)",
])
def test_a_photo_caption_repeated_at_the_page_end_is_no_title(caption: str) -> None:
    headline = "Ruiz y Gil firman en Lima un acuerdo portuario y prometen más comercio"
    page = f"Diario del Sur\n\n{headline}\n\n{caption}\n\n{_LONG_DE}\n\n{caption}\n"
    assert clean(page).title == headline


@pytest.mark.parametrize("caption", [
    "A tanker moored at the new terminal in northern Peru (AP)",
    "Un carguero en la terminal del puerto de Callao (Foto Andina)",
])
def test_a_caption_ending_on_its_bracketed_credit_repeated_at_the_page_end_is_no_title(caption: str) -> None:
    # Over the date and byline, a caption with no full stop before its credit, shown again at the page's foot.
    headline = "Ports: after Lima, shippers fear being left out of the new Pacific route"
    page = f"The Southern Daily\n\n{headline}\n\n{caption}\n\n2 March 2026\nby Ana Ruiz\n\n{_LONG_DE}\n\n{caption}\n"
    assert clean(page).title == headline


@pytest.mark.parametrize("dated", ["Monday March 2 2026", "02.03.2026 10:15"])
def test_a_caption_under_the_date_line_repeated_at_the_page_end_is_no_title(dated: str) -> None:
    # A caption without a credit label, under the headline, its date and the byline, shown again after the
    # article: the headline stands above the date, the caption below it.
    headline = "Ministers sign a port deal in Lima and promise more trade"
    caption = "The two ministers shake hands at the palace in Lima. PHOTO | PRESIDENCY"
    page = f"The Southern Daily\n\n{headline}\n\n{dated}\nBy JOHN SMITH\n\n{caption}\n\n{_LONG_DE}\n\n{caption}\n"
    assert clean(page).title == headline


def test_the_line_under_a_caption_label_is_a_caption_not_the_title() -> None:
    # No date between headline and caption: the label on its own line ("Image caption,") says the next line is
    # the photo's caption, though the page shows it again after the article.
    headline = "What the minister's trip to Lima can change for the port"
    caption = "The two ministers at the palace in Lima"
    page = (f"World Service\n\n{headline}\n\nJohn Smith\nWorld Service, London\n\nImage source, Reuters\n"
            f"Image caption,\n{caption}\n\n{_LONG_DE}\n\nImage caption,\n{caption}\n")
    cleaned = clean(page)
    assert cleaned.title == headline
    assert not any(caption in page[b.start : b.end] for b in cleaned.blocks if b.kind != FURNITURE)


def test_the_header_line_repeated_at_the_page_end_is_the_title() -> None:
    headline = "Starmer hails new chapter with India as trip yields investment"
    page = (
        f"Home\n\nThe lead story of this morning in our paper\n\n{headline}\n\n{_LONG_DE}\n\n"
        f"Most Read\n\n{headline}\n"
    )
    assert clean(page).title == headline


@pytest.mark.parametrize(
    "teaser",
    [
        "Читайте также: Товарооборот России и Казахстана вырос на 9 %",
        "Читайте також: Візит завершився підписанням угод",
        "Leia também: Alckmin diz que investimento pode chegar a R$ 5 bilhões",
        "Lesen Sie auch: Eurofighter-Deal – Bundesregierung gibt grünes Licht",
        "Lire aussi\u00a0: Cognac\u00a0: le bras de fer avec Pékin en cinq dates",
        "Leer más: Qué contiene el acuerdo UE-Mercosur y por qué divide a Francia",
        "Read more: What the trade deal means for whisky, cars and textiles",
        "Lees ook: Wat het handelsakkoord betekent",
        "Continua após a publicidade",
        "Compartilhe",
        "Leia mais:\nBRICS: cúpula no Rio termina com críticas a tarifas",
    ],
)
def test_read_also_teasers_in_the_article_are_furniture(teaser: str) -> None:
    page = f"Lavrov in Tashkent\n\n{_LONG_DE}\n\n{teaser}\n\n{_LONG_DE} Danach flog er ab.\n"
    c = clean(page)
    assert all(b.kind == FURNITURE for b in c.blocks if page[b.start : b.end] in teaser.split("\n"))


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("Ankara, 30. Oktober 2025 (AFP/dpa) – ", "Bundeskanzler Friedrich Merz ist am Donnerstag zu seinem Antrittsbesuch eingetroffen."),
        ("Berlin (dpa) - ", "Der Kanzler empfängt am Montag den Präsidenten, teilte ein Sprecher mit."),
        ("MOSCOW, Feb 10 (Reuters) - ", "Russian President Vladimir Putin met his Kazakh counterpart on Monday."),
        ("", "Merz, 69 Jahre alt – so begann der Besuch des Kanzlers in der türkischen Hauptstadt am Donnerstag."),
        ("", "Berlin, Paris und Rom – die drei Hauptstädte haben sich am Montag auf einen Plan geeinigt."),
        ("ROMA – ", "Picchetto d'onore nel cortile, poi due ore di colloquio a porte chiuse a Palazzo Chigi."),
        ("BUENOS AIRES. — ", "En su primera gira como jefe de Estado, el presidente se reunió con su homólogo."),
        ("Lima.- ", "En su primera gira como jefe de Estado, el presidente se reunió con su homólogo."),
        ("Lima, 3 mar (EFE).- ", "En su primera gira como jefe de Estado, el presidente se reunió con su homólogo."),
        ("", "NATO – die Allianz hat sich am Montag auf einen neuen Plan für die Ostflanke geeinigt."),
        ("Астана, 27 мая 2026 года – ", "Президент Казахстана провёл переговоры с президентом Узбекистана."),
        ("Brasília, 19 de maio de 2026 — ", "O presidente recebeu nesta terça-feira o líder chinês no Planalto."),
        ("", "Berlin, 2026 – das Jahr, in dem der Kanzler die Wende in der Verteidigung ausrief, begann ruhig."),
        ("Roma, 13 maggio – ", "È durato più di novanta minuti il faccia a faccia tra i due presidenti al Quirinale."),
        ("", "Parigi, 3 ministri – tanti ne sono arrivati all'Eliseo per il vertice di lunedì mattina."),
    ],
)
def test_a_dateline_is_cut_from_the_first_paragraph(lead: str, body: str) -> None:
    page = f"Merz bei Erdoğan in Ankara\n\n{lead}{body}\n"
    assert _texts(page)[0] == body


def test_an_article_pasted_twice_keeps_its_short_paragraphs() -> None:
    short = "Der Kanzler kündigte einen Gegenbesuch im Frühjahr in Berlin an."
    article = f"{_LONG_DE}\n\n{short}\n\n{_LONG_DE} Danach flog er ab.\n\n"
    page = f"Merz bei Erdoğan in Ankara\n\n{article}{article}"
    assert short in _texts(page)


def test_a_short_headline_on_the_first_line_is_no_site_name() -> None:
    page = f"Putin trifft Tokajew heute\n\nDer Kreml empfängt den Präsidenten mit allen Ehren\n\n{_LONG_DE}\n"
    assert clean(page).title == "Putin trifft Tokajew heute"


_LONG_IT = (
    "La presidente del Consiglio ha ricevuto martedì a Palazzo Chigi il presidente egiziano, e i due "
    "hanno parlato a lungo di energia, migrazioni e della situazione in Medio Oriente."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Home  Politica  Esteri  Economia  Cronaca  Sport",
        "Головна   Політика   Війна   Економіка   Світ",
        "Kraj\tŚwiat\tBiznes\tKultura",
        "Home Politica Esteri Economia Cronaca Sport",
    ],
)
def test_a_menu_without_separators_is_furniture_and_never_the_title(menu: str) -> None:
    page = f"LA GAZZETTA\n{menu}\n\nIl governo firma nove intese con l'Egitto\n\n{_LONG_IT}\n"
    c = clean(page)
    assert c.title == "Il governo firma nove intese con l'Egitto"
    kinds = _kinds_by_line(page)
    assert kinds[2] == {FURNITURE}


def test_a_title_case_headline_is_no_menu() -> None:
    page = f"Meloni Welcomes Egyptian President To Rome For Talks\n\n{_LONG_IT}\n"
    assert clean(page).title == "Meloni Welcomes Egyptian President To Rome For Talks"


@pytest.mark.parametrize(
    "footer",
    [
        "Quotidiano del Mezzogiorno Digitale srl – Reg. Trib. Napoli n. 45/2010",
        "© 2025 Pacific Wire Service. All rights reserved.",
        "Editrice Esempio S.p.A. – P.IVA 01234567890",
        "© 2025 «Новини Столиці». Усі права захищено. Використання матеріалів дозволяється за умови посилання.",
    ],
)
def test_a_legal_notice_in_the_footer_is_furniture(footer: str) -> None:
    page = f"Il governo firma nove intese con l'Egitto\n\n{_LONG_IT}\n\n{footer}\n"
    assert _texts(page) == [_LONG_IT]


def test_legal_notices_next_to_each_other_are_no_wrapped_paragraph() -> None:
    footer = "Quotidiano del Mezzogiorno Digitale srl – Reg. Trib. Napoli n. 45/2010\n© 2025 Pacific Wire Service. All rights reserved.\n"
    page = f"Il governo firma nove intese con l'Egitto\n\n{_LONG_IT}\n\nI due leader hanno firmato nove intese.\n\n{footer}"
    assert _texts(page) == [_LONG_IT, "I due leader hanno firmato nove intese."]


def test_an_elided_site_name_is_the_source_and_a_time_stamp_no_title() -> None:
    page = (
        "L'Écho de l'Ouest\nMonde › Proche-Orient\n\n04/12/2025 à 07:15\nLecture : 4 min\n\n"
        "Macron à Riyad : des contrats records, mais pas de Rafale\n\n"
        "Le président français a conclu mercredi une série d'accords avec le prince héritier, dont le "
        "montant atteindrait plusieurs milliards d'euros selon la partie saoudienne.\n"
    )
    c = clean(page)
    assert (c.title, c.source) == ("Macron à Riyad : des contrats records, mais pas de Rafale", "L'Écho de l'Ouest")


def test_a_dateline_is_no_title_and_a_three_word_headline_is() -> None:
    page = (
        "Sánchez en Rabat\n\nRabat | 13 nov 2025\n\n"
        "Pedro Sánchez aterrizó este jueves en Rabat para la Reunión de Alto Nivel entre España y Marruecos, "
        "la primera desde hace dos años.\n"
    )
    c = clean(page)
    assert (c.title, c.source) == ("Sánchez en Rabat", None)


def test_a_short_article_with_escapes_after_its_sentences_has_running_text() -> None:
    body1 = "Le 3 décembre, Emmanuel Macron a rencontré le prince héritier à Riyad.\x1b]0;x\x07\x1b[2J"
    body2 = "« Nous voulons un partenariat fort », a déclaré Emmanuel Macron.\ufffd31m"
    page = f"Macron à Riyad\n\n{body1}\n\n{body2}\n"
    c = clean(page)
    assert c.title == "Macron à Riyad"
    assert _texts(page) == [body1, body2]
    assert _ends_sentence(body1) and _ends_sentence(body2)


def test_a_short_article_of_plain_sentences_has_running_text() -> None:
    body = ["Macron a rencontré le prince héritier à Riyad.", "Les deux hommes ont signé des accords."]
    page = f"Macron à Riyad\n\n{body[0]}\n\n{body[1]}\n"
    assert _texts(page) == body


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_markdown_wrapping_keeps_a_guillemet_with_its_word(space: str) -> None:
    from digest.output.markdown import _Writer, esc

    title = f"À Riyad, Macron et le prince héritier scellent un partenariat «{space}stratégique{space}» de 15 milliards"
    for width in range(40, 90):
        w = _Writer(width)
        w.para(f"**{esc(title)}**")
        for line in w.lines:
            assert not line.endswith("«") and not line.lstrip().startswith("»"), (width, w.lines)
        assert " ".join(w.lines) == f"**{' '.join(title.split())}**"


def test_a_short_sentence_about_taxes_is_no_legal_notice() -> None:
    short = "Chi ha la partita IVA pagherà meno tasse."
    page = f"Il governo taglia le tasse\n\n{_LONG_IT}\n\n{short}\n"
    assert _texts(page) == [_LONG_IT, short]


@pytest.mark.parametrize("button", ["Compartir en WhatsApp", "Partager sur Facebook", "Copier le lien", "Imprimer"])
def test_share_buttons_under_the_headline_are_furniture(button: str) -> None:
    page = f"Il governo firma nove intese con l'Egitto\n\n{button}\n\n{_LONG_IT}\n"
    assert _kinds_by_line(page)[3] == {FURNITURE}


def test_a_masthead_with_a_tagline_repeated_in_the_footer_is_the_source_not_the_title() -> None:
    page = ("Corriere Nuovo – quotidiano online\n\nPolitica | Mondo | Economia\n\n"
            "Il presidente riceve il cancelliere al Quirinale\n\nRedazione Esteri\n\n"
            "Roma, 13 maggio 2026 – Il colloquio tra i due capi di Stato è durato più di un'ora, e si è concluso "
            "con una dichiarazione comune sull'Europa e sulla difesa.\n\n"
            "I due presidenti hanno poi visitato una mostra dedicata all'amicizia tra i due paesi.\n\n"
            "Corriere Nuovo – quotidiano online\n")
    c = clean(page)
    assert c.title == "Il presidente riceve il cancelliere al Quirinale"
    assert c.source == "Corriere Nuovo"


ES_HEADER = (
    "EL DIARIO DE LA MAÑANA\n\nPortada | España | Internacional | Economía | Opinión\n\nESPAÑA - MARRUECOS\n\n"
    "El presidente y el rey firman en Madrid una alianza para el Mundial\n\n"
    "El monarca realiza su primera visita de Estado a España en diecisiete años\n\n"
    "Carlos Muñoz Ortega\nMadrid\n9 de junio de 2026 - 20:47 CEST\nActualizado: 10/06/2026 - 08:15\n\n"
    "Compartir en Facebook   Compartir en X   Copiar enlace\n\n"
    "El presidente del Gobierno recibió al rey en el Palacio de la Moncloa, donde ambos firmaron una "
    "declaración conjunta sobre energía, migración e infraestructuras.\n\n"
    "El monarca fue recibido después en el Palacio Real, donde se celebró un almuerzo de gala con la "
    "familia real y varios ministros.\n"
)


def test_a_masthead_of_five_words_in_capitals_is_no_headline() -> None:
    assert clean(ES_HEADER).title == "El presidente y el rey firman en Madrid una alianza para el Mundial"


def test_an_institutions_name_under_its_logo_and_over_its_menu_is_no_headline() -> None:
    # "GOV.PT", then the government's name over the site's menu: the site's name, however many words; the
    # headline is the line under the menu.
    text = (
        "GOV.PT\nGovernment of the Portuguese Republic\nHome | News | Government\n\n"
        "Transcript: Press conference of Foreign Minister Ana Ribeiro in Porto\n\n"
        "FOREIGN MINISTER RIBEIRO: Welcome to Porto. We signed the fisheries accord today with our partners.\n"
    )
    assert clean(text).title == "Transcript: Press conference of Foreign Minister Ana Ribeiro in Porto"


def test_a_headline_in_title_case_of_many_words_stays_the_headline() -> None:
    text = (
        "Albanese Welcomes Indonesian President To Canberra For Talks\n\n"
        "The two leaders signed a defence agreement and promised more trade between the countries.\n\n"
        "The prime minister said the partnership would grow in the coming years, officials confirmed.\n"
    )
    assert clean(text).title == "Albanese Welcomes Indonesian President To Canberra For Talks"


@pytest.mark.parametrize("dateline", [
    "МОСКВА, 16 сентября. ", "КИЇВ, 3 березня. ", "PARIS, 3 mars (AFP) – ",
    # The agency's slug in slashes, after the full stop (with its correspondent) or before it.
    "КАЗАНЬ, 5 мая. /ТАСС/. ", "КАЗАНЬ, 5 мая. /Корр. ТАСС Иван Петров/. ", "Минск, 5 мая /БЕЛТА/. ",
])
def test_a_dateline_opening_the_first_paragraph_is_furniture(dateline: str) -> None:
    body = "Президент провел переговоры с генеральным секретарем в Кремле. Стороны подписали 11 документов."
    text = f"Путин и гость договорились о торговле в Кремле\n\n{dateline}{body}\n"
    blocks = [b for b in clean(text).blocks if b.kind != "blank"]
    assert (blocks[1].kind, text[blocks[1].start : blocks[1].end]) == (FURNITURE, dateline)
    assert blocks[2].kind == TEXT and text[blocks[2].start : blocks[2].end] == body


@pytest.mark.parametrize(
    ("dateline", "cut"), [("Luanda, 11 mar 2026 (Lusa) – ", True), ("Luanda, segundo dia – ", False)]
)
def test_a_wire_dateline_under_a_standfirst_is_furniture(dateline: str, cut: bool) -> None:
    standfirst = "No segundo dia da visita oficial a Angola, o primeiro-ministro deslocou-se ao Lobito, onde visitou o porto."
    body = "O primeiro-ministro defendeu hoje no Lobito que as empresas portuguesas devem participar na obra."
    text = f"Montenegro no Lobito defende o corredor ferroviário\n\n{standfirst}\n\n{dateline}{body}\n"
    shown = [text[b.start : b.end] for b in clean(text).blocks if b.kind == TEXT]
    assert shown == [standfirst, body] if cut else shown == [standfirst, dateline + body]


@pytest.mark.parametrize("dateline", ["新华社河内3月4日电（记者张明）", "中新网北京3月4日电 (记者 李华) ", "新华社莫斯科3月4日电 ", "本报河内3月4日电（记者 张明）"])
def test_a_chinese_wire_dateline_and_its_reporters_are_cut_from_the_lead(dateline: str) -> None:
    # The agency, the place it files from, the day and 电, then the reporters in brackets: furniture, as
    # "ROMA –" is, never the summary's first words.
    body = "国家主席3日在河内会见越南总理。双方签署了五项合作文件。"
    text = f"国家主席会见越南总理\n\n{dateline}{body}\n"
    blocks = [b for b in clean(text).blocks if b.kind != "blank"]
    assert (blocks[1].kind, text[blocks[1].start : blocks[1].end]) == (FURNITURE, dateline)
    assert blocks[2].kind == TEXT and text[blocks[2].start : blocks[2].end] == body


def test_a_dateline_on_its_own_line_is_furniture() -> None:
    text = (
        "Путин и гость договорились о торговле в Кремле\n\nМОСКВА, 16 сентября.\n\n"
        "Президент провел переговоры с генеральным секретарем в Кремле. Стороны подписали 11 документов.\n"
    )
    kinds = _kinds_by_line(text)
    assert kinds[3] == {FURNITURE} and kinds[5] == {TEXT}


def test_a_sentence_opening_with_a_name_and_an_age_is_no_dateline() -> None:
    text = (
        "Titolo lungo della notizia di oggi\n\n"
        "Rossi, 12 anni. Il ragazzo ha vinto la gara di matematica a scuola con grande successo di tutti.\n"
    )
    assert _kinds_by_line(text)[3] == {TEXT}


@pytest.mark.parametrize(
    "menu", ["Portada | España | Internacional | Economía", "Home • World • Politics • Business"]
)
def test_a_menu_of_bar_separated_sections_is_furniture_after_the_title(menu: str) -> None:
    page = f"Sánchez y Akhannouch sellan catorce acuerdos en Rabat\n\n{menu}\n\n{_LONG_IT}\n"
    assert _kinds_by_line(page)[3] == {FURNITURE}


def test_a_headline_with_its_site_name_after_a_bar_is_no_menu() -> None:
    page = f"Sánchez y Akhannouch sellan catorce acuerdos en Rabat | El Diario\n\n{_LONG_IT}\n"
    assert clean(page).title.startswith("Sánchez y Akhannouch sellan catorce acuerdos en Rabat")


@pytest.mark.parametrize(
    "menu",
    ["Se connecter    S'abonner", "Accedi | Abbonati", "Anmelden  Abonnieren", "Iniciar sesión   Suscríbete",
     "Zaloguj się  Subskrybuj", "Войти   Подписаться", "Entrar  Assinar", "Log in  Subscribe"],
)
def test_a_line_of_account_menu_entries_is_furniture_and_never_the_title(menu: str) -> None:
    page = f"L'ÉCHO DIPLOMATIQUE\nInternational | Afrique | Économie\n{menu}\n\nAfrique\n" \
           f"Macron reçoit Tinubu à l'Élysée : Paris et Abuja veulent tourner la page\n\n{_LONG_IT}\n"
    assert clean(page).title.startswith("Macron reçoit Tinubu")
    assert _kinds_by_line(page)[2] == {FURNITURE}


@pytest.mark.parametrize("dateline", ["(ANSA) - ROMA, 18 MAR - ", "(AGI) – ", "(dpa) - BERLIN, 3. März – "])
def test_a_wire_agency_slug_and_its_dateline_are_cut_from_the_lead(dateline: str) -> None:
    body = "Il presidente del Kenya è stato ricevuto oggi a Palazzo Chigi dalla presidente del Consiglio."
    text = f"Il presidente keniano ricevuto a Roma per i colloqui\n\n{dateline}{body}\n"
    c = clean(text)
    blocks = [b for b in c.blocks if b.kind != "blank"]
    assert (blocks[1].kind, text[blocks[1].start : blocks[1].end]) == (FURNITURE, dateline)
    assert text[blocks[2].start : blocks[2].end] == body
    assert c.source == dateline.split(")")[0][1:]


@pytest.mark.parametrize("masthead", ["NEWS24 - Agenzia di stampa", "NEWS24 - The News Agency"])
def test_a_news_agency_name_over_its_menu_is_no_headline(masthead: str) -> None:
    page = (
        f"{masthead}\nUltima ora | Politica | Economia | Mondo\n"
        "Il presidente keniano ricevuto a Roma per i colloqui\n\n"
        "(NEWS24) - ROMA, 18 MAR - Il presidente del Kenya è stato ricevuto oggi dalla presidente del Consiglio.\n"
    )
    c = clean(page)
    assert c.title == "Il presidente keniano ricevuto a Roma per i colloqui"
    assert c.source == "NEWS24"


@pytest.mark.parametrize("masthead", ["ANP - Algemeen Nederlands Persbureau", "EFE - Spanish News Agency"])
def test_an_agency_s_initials_and_full_name_are_the_source_not_the_title(masthead: str) -> None:
    page = (
        f"{masthead}\nNews | Europe\n\nTalks in The Hague end\n\nMarch 3, 2026\n\n"
        "The foreign ministers of the two countries ended their talks in The Hague on Tuesday.\n"
    )
    c = clean(page)
    assert c.title == "Talks in The Hague end"
    assert c.source == masthead


def test_a_headline_of_initials_a_dash_and_a_sentence_stays_the_headline() -> None:
    page = "NATO - allies agree to spend more on air defence\n\n" + _LONG_IT + "\n"
    assert clean(page).title == "NATO - allies agree to spend more on air defence"


def test_a_headline_opening_with_an_age_is_no_site_name() -> None:
    page = (
        "Merz, 69 - ha detto oggi\nUltima ora | Politica | Economia | Mondo\n"
        "Il presidente keniano ricevuto a Roma per i colloqui\n\n" + _LONG_IT + "\n"
    )
    assert clean(page).title == "Merz, 69 - ha detto oggi"


@pytest.mark.parametrize(
    ("lead", "cut"),
    [
        ("Lisboa – Portugal e Espanha comprometeram-se hoje a ligar as duas capitais por comboio rápido.", True),
        ("Praha - Český premiér v úterý přivítal v Praze slovenského předsedu vlády na oficiální návštěvě.", True),
        ("Portugal – e não Espanha – comprometeu-se hoje a ligar as duas capitais por comboio rápido.", False),
        ("Lisboa – a capital – comprometeu-se hoje a ligar as duas cidades por comboio rápido até 2034.", False),
    ],
)
def test_a_city_alone_before_a_dash_is_the_leads_dateline(lead: str, cut: bool) -> None:
    page = f"Montenegro e Sánchez fecham acordo para ligação de alta velocidade\n\n{lead}\n"
    body = lead.split(" ", 2)[2] if cut else lead
    assert _texts(page)[0] == body


@pytest.mark.parametrize(
    ("lead", "cut"),
    [
        # A town no gazetteer lists, named again in a case ("w Zakopanem"): the capitals are its dateline.
        ("ZAKOPANE – Prezydent spotkał się w Zakopanem z premierem sąsiedniego kraju.", True),
        ("KRANJSKA GORA – Predsjednik je u Kranjskoj Gori otvorio sastanak šefova država.", True),
        # Capitals never written otherwise are an acronym opening the sentence.
        ("MERCOSUR – Los presidentes del MERCOSUR firmaron el acuerdo en la cumbre.", False),
        ("UNESCO – L'agenzia ha chiesto aiuto per il museo della città vecchia.", False),
    ],
)
def test_an_unlisted_town_in_capitals_before_a_dash_is_the_leads_dateline(lead: str, cut: bool) -> None:
    page = f"Spotkanie przywódców regionu w górach\n\n{lead}\n"
    body = lead.split(" – ", 1)[1] if cut else lead
    assert _texts(page)[0] == body


def test_the_dateline_after_a_standfirst_byline_and_stamp_is_cut() -> None:
    page = (
        "Montenegro e Sánchez fecham acordo para ligação de alta velocidade\n\n"
        "O primeiro-ministro recebeu o homólogo espanhol em Lisboa, na cimeira anual dos dois países.\n\n"
        "Ana Rita Matos\n22 abr. 2026, 20:15\n\n"
        "LISBOA, 22 abr. (Lusa) – Portugal e Espanha comprometeram-se hoje a ligar as capitais por comboio.\n"
    )
    assert _texts(page)[1] == "Portugal e Espanha comprometeram-se hoje a ligar as capitais por comboio."


@pytest.mark.parametrize(
    "row",
    [
        "Sdílet   Tisk   Poslat e-mailem",
        "Dela   Skriv ut   Spara",
        "Partilhar   Imprimir   Enviar por email",
        "Paylaş\tYazdır",
        "Jaa • Tulosta • Tallenna",
        "Partager   Imprimer   Ajouter à mes favoris",
    ],
)
def test_a_row_of_buttons_repeated_at_the_page_end_is_never_the_title(row: str) -> None:
    headline = "Babiš přivítal Orbána v Praze: „Visegrád není mrtvý“"
    page = f"Zpravodaj24.cz\n\n{headline}\n\n18. listopadu 2026  14:32\n\n{row}\n\n{_LONG_DE}\n\n{row}\n\n© 2026 Zpravodaj24.cz\n"
    c = clean(page)
    assert c.title == headline
    assert _kinds_by_line(page)[7] == {FURNITURE}


def test_a_row_of_buttons_over_the_headline_is_furniture() -> None:
    headline = "Kristersson tar emot Frederiksen i Stockholm"
    page = f"Skriv ut   Dela på Facebook\n\n{headline}\n\n{_LONG_DE}\n"
    c = clean(page)
    assert c.title == headline
    assert _kinds_by_line(page)[1] == {FURNITURE}


@pytest.mark.parametrize("headline", ["Macron à Riyad | Le Monde", "Sánchez en Rabat"])
def test_a_short_headline_with_its_site_is_no_row_of_buttons(headline: str) -> None:
    page = f"{headline}\n\n{_LONG_DE}\n"
    assert clean(page).title is not None


@pytest.mark.parametrize(
    "row",
    [
        "Partilhar Imprimir Enviar por email",
        "Dela Skriv ut Spara Kommentera",
        "Sdílet Tisk Poslat e-mailem",
        "Paylaş Yazdır E-posta gönder",
        "Podijeli Ispiši Pošalji e-mailom",
    ],
)
def test_share_and_print_words_are_furniture_even_spaced_singly(row: str) -> None:
    headline = "Montenegro e Sánchez em Lisboa: «A fronteira é uma costura»"
    page = f"DIÁRIO DA MANHÃ\n\n{headline}\n\n{row}\n\n{_LONG_DE}\n\n{row}\n"
    c = clean(page)
    assert c.title == headline
    assert _kinds_by_line(page)[5] == {FURNITURE}


@pytest.mark.parametrize(
    "row",
    [
        "Zdieľať   Tlačiť   Komentáre (12)",
        "Lyssna på artikeln  ·  Dela",
        "Deli | Natisni | Komentarji (3)",
        "Artikel anhören · Teilen",
        "Comments (27)",
    ],
)
def test_a_bar_of_listen_share_and_comment_buttons_with_counters_is_never_the_title(row: str) -> None:
    headline = "Fico v Bruseli: Slovensko podporí nový balík pomoci"
    page = f"Denník Juh\n\n{row}\n\n{headline}\n\n{_LONG_DE}\n"
    c = clean(page)
    assert c.title == headline
    assert _kinds_by_line(page)[3] == {FURNITURE}


@pytest.mark.parametrize(
    "teaser",
    [
        "Čtěte také: Paroplynová elektrárna v Mělníku. Kdo ji postaví?",
        "Läs också: Så ska Öresundsbron klara ökande trafik",
        "İlgili Haber: Koridorda son durum: Demiryolu 2028'de tamamlanacak",
        "Citește și: Cum arată noul acord comercial dintre cele două țări.",
        "Read | Japan's PM to visit Bengaluru semiconductor unit on Wednesday",
    ],
)
def test_read_also_teasers_in_more_languages_are_furniture(teaser: str) -> None:
    page = f"Babiš přivítal Orbána v Praze\n\n{_LONG_DE}\n\n{teaser}\n\n{_LONG_DE}\n"
    assert _kinds_by_line(page)[5] == {FURNITURE}


def test_a_menu_entry_joined_by_an_ampersand_is_no_headline() -> None:
    caption = "The Taoiseach greets the Icelandic Prime Minister in Dublin. Photograph: Nick Bradshaw/The Herald"
    page = (f"The Dublin Herald\n\nNews  Politics  Business  Sport  Opinion  Life & Style\n\n"
            f"Taoiseach and Icelandic PM agree to deepen energy ties\n\n{caption}\n\n{_LONG_DE}\n\n"
            f"{_LONG_DE} Then he left.\n\n{caption}\n\nBack to top\n")
    assert clean(page).title == "Taoiseach and Icelandic PM agree to deepen energy ties"


def test_a_site_name_with_a_fused_article_over_its_menu_is_no_headline() -> None:
    page = ("La Voce della Sera\n\nPolitica | Esteri | Economia | Cronaca | Cultura | Sport\n\nAbbonati\n\n"
            "Mattarella riceve Tasoulas al Quirinale: «Italia e Grecia, un ponte nel Mediterraneo»\n\n"
            "di Marco Ferlini\n\n12 marzo 2026 | 19:05\n\n"
            "ROMA – Il presidente della Repubblica Sergio Mattarella ha ricevuto oggi al Quirinale il capo dello "
            "Stato ellenico, Konstantinos Tasoulas, alla sua prima visita ufficiale in Italia.\n\n"
            "Al centro del colloquio, durato oltre un'ora e mezza, i flussi migratori e l'energia.\n")
    c = clean(page)
    assert c.title == "Mattarella riceve Tasoulas al Quirinale: «Italia e Grecia, un ponte nel Mediterraneo»"
    assert c.source == "La Voce della Sera"


@pytest.mark.parametrize("offer", ["S'abonner dès 1 fr. le premier mois", "Subscribe for $1 a week", "Jetzt abonnieren ab 0,99 €"])
def test_a_subscription_offer_over_the_headline_is_no_title(offer: str) -> None:
    headline = "Le chancelier à Ankara: le pari turc de Berlin"
    body = ("Le chancelier allemand a été reçu jeudi par le président turc au palais présidentiel d'Ankara, "
            "pour sa première visite officielle dans le pays depuis son entrée en fonction.")
    text = f"Tribune du Matin\nSe connecter\n{offer}\n\n{headline}\n\n{body}\n"
    assert clean(text).title == headline


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to give you the best experience. Accept | Settings",
        "Questo sito usa i cookie per migliorare la navigazione",
        "Cookie-Einstellungen | Alle akzeptieren",
        "Datenschutzeinstellungen: Alle akzeptieren",
        "Ce site utilise des cookies. Tout accepter",
        "Serwis używa plików cookie. Zamknij",
        "Suscribite por $500 el primer mes",
        # Languages with their own word for cookies, and their accept buttons.
        "Vi använder kakor på vår webbplats. Okej",
        "Vi bruker informasjonskapsler på nettstedet. Godta alle | Innstillinger",
        "Tämä sivusto käyttää evästeitä. Hyväksy kaikki",
        "Mūsų svetainė naudoja slapukus. Gerai",
        "Meie veebileht kasutab küpsiseid. Nõustun",
    ],
)
def test_a_cookie_banner_or_price_offer_over_the_headline_is_no_title(banner: str) -> None:
    headline = "Chancellor in Ankara: Berlin's Turkish gamble pays off"
    body = ("The German chancellor was received on Thursday by the Turkish president at the presidential palace in "
            "Ankara, on his first official visit to the country since taking office.")
    text = f"Morning Tribune\nWorld | Politics | Business\n{banner}\n\n{headline}\n\n{body}\n"
    c = clean(text)
    assert c.title == headline
    assert {b.kind for b in c.blocks if text[b.start : b.end] == banner} == {FURNITURE}


@pytest.mark.parametrize(
    "note",
    [
        "Este artículo es una traducción del original publicado en portugués por un diario asociado.",
        "This article is a translation of the original published in Polish by our partner site.",
        "Cette page est une traduction de l'original paru en allemand chez notre partenaire.",
        "Questo testo è una traduzione dell’originale uscito in francese sul nostro sito partner.",
        # Dutch names the language with "het": "appeared earlier in (the) Polish at …", and a credit after it.
        "Deze reportage verscheen eerder in het Pools bij onze partnerkrant. Vertaling: de buitenlandredactie.",
        "Ten tekst ukazał się pierwotnie w języku niemieckim na łamach naszego partnera.",
    ],
)
def test_a_note_that_the_article_is_a_translation_is_furniture(note: str) -> None:
    # The note reads as a sentence, and stands where the lead would: it must be neither lead nor summary.
    page = f"Merz bei Erdoğan in Ankara\n\n{note}\n\nVon Anna Beispiel\n\n{_LONG_DE}\n\n{_LONG_DE} Danach flog er ab.\n"
    texts = _texts(page)
    assert note not in texts and texts[0] == _LONG_DE
    assert any(b.reason == "translation credit" for b in clean(page).blocks)


def test_a_translation_phrase_inside_the_story_stays_text() -> None:
    line = "Der Minister sagte, der Vertrag ist eine Übersetzung des Originals aus dem Jahr 1994."
    page = f"Merz bei Erdoğan in Ankara\n\n{_LONG_DE}\n\n{line}\n\n{_LONG_DE} Danach flog er ab.\n"
    assert line in _texts(page)


@pytest.mark.parametrize(
    "headline",
    [
        "Scholz in Warschau: Handelsabkommen bis 2028.",
        "Tusk w Berlinie: porozumienie do 2028., ale kto zapłaci za rurociąg?",
        "Who will pay for the new pipeline between the two countries after the summit in Warsaw?",
    ],
)
def test_a_headline_ending_like_a_sentence_is_still_the_title(headline: str) -> None:
    # A kicker and a colon, or a question, shape a headline even when it ends on a year's dot or a question mark.
    page = f"Site News\nHome > World > Europe\n\n{headline}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n"
    c = clean(page)
    assert c.title == headline
    assert _texts(page) == [_LONG_DE, f"{_LONG_DE} Then he left."]


@pytest.mark.parametrize(
    "lead",
    [
        "NEW DELHI: The prime minister met his German counterpart on Monday.",
        "The chancellor met the prime minister on Monday. Who pays for it is open?",
        "Merz in Warschau: die Gespräche dauerten bis zum späten Abend.",
    ],
)
def test_a_first_line_of_prose_or_a_capital_dateline_stays_text(lead: str) -> None:
    # A page pasted without its headline: its first sentence is no title, whatever its colon or question.
    page = f"{lead}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n"
    assert clean(page).title is None
    assert _texts(page)[0].endswith(lead)


def test_a_headline_ending_on_an_acronym_after_di_keeps_it() -> None:
    # Indonesian "di" is "at" ("… di KTT ASEAN", at the ASEAN summit), an Italian byline's "di" ("… di Anna Neri"):
    # an acronym in capitals, named again in the text, is no author.
    page = (f"Menlu bahas kerja sama maritim di KTT ASEAN\n\n{_LONG_DE}\n\nPara menteri bertemu di KTT ASEAN.\n")
    assert clean(page).title == "Menlu bahas kerja sama maritim di KTT ASEAN"
    page = f"Il ministro a Bruxelles di Anna Neri\n\n{_LONG_DE}\n\nAnna Neri è la corrispondente.\n"
    assert clean(page).title == "Il ministro a Bruxelles"


@pytest.mark.parametrize(
    "dateline",
    [
        # The agency's slug after the dateline, not before it.
        "Milano, 3 mar 2026 09:15 - (Radio Sole) - ",
        # A day with a hyphenated ordinal suffix (tk -nji), then a full stop.
        "Aşgabat, 7-nji mart. ",
        # The month glued to the day's hyphen, and the agency's slug in slashes before the full stop.
        "Toshkent, 4-mart. ",
        "Бишкек, 4-март /Агентство/. ",
        # The agency's name in capitals after the place and the date, no brackets, closed by a colon or a dash.
        "ТБИЛИСИ, 4 МАРТА, ГРУЗИНФОРМ: ",
        "ТАШКЕНТ. DUNYO – ",
        "Тбилиси. 4 марта. ГРУЗИНФОРМ-НОВОСТИ – ",
    ],
)
def test_a_dateline_and_what_follows_it_are_cut_from_the_lead(dateline: str) -> None:
    body = "Il presidente del Kenya è stato ricevuto oggi a Palazzo Chigi dalla presidente del Consiglio."
    text = f"Il presidente keniano ricevuto a Roma per i colloqui\n\n{dateline}{body}\n"
    blocks = [b for b in clean(text).blocks if b.kind != "blank"]
    assert (blocks[1].kind, text[blocks[1].start : blocks[1].end]) == (FURNITURE, dateline)
    assert text[blocks[2].start : blocks[2].end] == body


@pytest.mark.parametrize(
    ("site", "lead", "cut"),
    [
        # The site's initials ("Người Lao Động Online"), whatever the accents, before a spaced dash.
        ("Người Lao Động Online", "NLDO - Thủ tướng đã tiếp đoàn đại biểu doanh nghiệp tại trụ sở Chính phủ.", True),
        # An acronym that is not the site's initials opens the sentence.
        ("Người Lao Động Online", "ASEAN - Các nước thành viên đã ký kết hiệp định thương mại mới hôm qua.", False),
    ],
)
def test_the_site_s_initials_before_a_dash_are_the_leads_dateline(site: str, lead: str, cut: bool) -> None:
    page = f"{site}\n\nThủ tướng tiếp đoàn doanh nghiệp nước ngoài tại Hà Nội\n\n{lead}\n"
    body = lead.split(" - ", 1)[1] if cut else lead
    assert _texts(page)[0] == body


@pytest.mark.parametrize("credit", ["© Reuters / Jan Novak", "© EPA Photo / Maria Lind"])
def test_a_copyright_credit_shown_twice_is_never_the_title(credit: str) -> None:
    # The credit over the picture comes back under it at the page's end, as a headline may: it stays furniture.
    headline = "Премьер-министр Чехии провел переговоры с канцлером в Праге"
    page = (f"Северные Вести\n{headline}\n{credit}\nПРАГА, 3 мая — Северные Вести, Анна Петрова. "
            f"Премьер-министр Чехии провел в Праге переговоры с канцлером Германии о поставках газа и торговле.\n"
            f"Стороны договорились встретиться снова осенью в Берлине.\n{credit}\n")
    c = clean(page)
    assert c.title == headline
    assert {b.kind for b in c.blocks if page[b.start : b.end] == credit} == {FURNITURE}


@pytest.mark.parametrize(
    ("tail", "cut"),
    [("Северные Вести, Анна Петрова. ", True), ("Северные Вести. ", True),
     # The site's name as the lead's subject, or with words in lower case after it, is the lead's own.
     ("Северные Вести сообщили, что ", False), ("Северные Вести, по данным источников, сообщили. ", False)],
)
def test_the_sites_name_and_its_reporter_after_the_dateline_are_cut(tail: str, cut: bool) -> None:
    body = "Премьер-министр Чехии провел в Праге переговоры с канцлером Германии о поставках газа и торговле."
    page = f"Северные Вести\nПремьер-министр Чехии провел переговоры в Праге\nПРАГА, 3 мая — {tail}{body}\n"
    texts = [page[b.start : b.end] for b in clean(page).blocks if b.kind == TEXT]
    assert texts[0] == (body if cut else tail + body)


def test_a_two_sentence_paragraph_over_a_picture_credit_is_no_caption() -> None:
    body = ("Lisboa y Quito están separadas por unos 8.000 kilómetros y no tienen vuelo directo. "
            "El ministro será recibido el jueves por el presidente.")
    caption = "El ministro Pedro Alves y la canciller Ana Ruiz, en Lisboa."
    page = (f"Diario del Sur\nEl ministro firma en Lisboa un acuerdo sobre energía\n"
            f"Lisboa, 3 de mayo. El ministro de Ecuador y la canciller de Portugal firmaron este martes en Lisboa "
            f"un memorando sobre energía renovable y puertos.\n{body}\nFoto: Cancillería de Ecuador\n{caption}\n")
    kinds = {page[b.start : b.end]: b.kind for b in clean(page).blocks}
    assert kinds[body] == TEXT and kinds[caption] == FURNITURE


@pytest.mark.parametrize("stamp", ["3 de mayo de 2026, 10:15 a. m.", "mardi 5 mai 2026, 18:30."])
def test_a_publication_stamp_under_the_standfirst_is_furniture(stamp: str) -> None:
    page = (f"El ministro firma en Lisboa un acuerdo sobre energía\n"
            f"El ministro se reunió con su homóloga portuguesa. La oposición pide conocer el texto.\n{stamp}\n"
            f"Lisboa, 3 de mayo. El ministro de Ecuador y la canciller de Portugal firmaron este martes en Lisboa "
            f"un memorando sobre energía renovable y puertos.\n")
    kinds = {page[b.start : b.end]: b.kind for b in clean(page).blocks}
    assert kinds[stamp] == FURNITURE
    # A sentence telling a time has other words than the calendar's: it stays text.
    said = "Las conversaciones empiezan mañana a las 10:30."
    assert {page.replace(stamp, said)[b.start : b.end]: b.kind for b in clean(page.replace(stamp, said)).blocks}[
        said] == TEXT


def test_a_section_label_joining_two_names_by_and_is_no_title() -> None:
    # "Welt / Naher Osten und Nordafrika": the subsection joins two names by the language's "and", each a few
    # capitalised words; still the label under the site's name, not the headline below it.
    headline = "Kanzler wirbt in Kairo für neue Gasverträge"
    page = f"Tagesblatt\nWelt / Naher Osten und Nordafrika\n{headline}\n\n{_LONG_DE}\n"
    assert clean(page).title == headline
    # A headline naming two people before its site's name stays the title.
    page = f"Tagesblatt\nPutin and Xi Jinping | Daily Wire\n\nThe two leaders met for talks\n\n{_LONG_DE}\n"
    assert clean(page).title == "Putin and Xi Jinping | Daily Wire"


@pytest.mark.parametrize(
    "label",
    ["Article réservé aux abonnés", "Contenuto riservato agli abbonati", "Tylko dla subskrybentów",
     "Nur für Abonnenten", "Exclusivo para suscriptores", "Только для подписчиков"],
)
def test_a_paywall_label_over_the_headline_is_furniture_not_the_title(label: str) -> None:
    # The subscriber-only label stands between the section and the headline, with four words or more.
    headline = "Le premier ministre relance le projet de pont sur le fleuve"
    page = f"Le Quotidien\nEurope\n{label}\n{headline}\n\nPar Jean Martin\n\n{_LONG_DE}\n"
    c = clean(page)
    assert c.title == headline
    assert FURNITURE in _kinds_by_line(page)[3]


@pytest.mark.parametrize("stamp", ["09:12 – ", "14.30 - ", "9h40 — "])
def test_a_live_blogs_time_stamp_is_furniture_before_its_entry(stamp: str) -> None:
    # "09:12 – Il presidente è arrivato …": when an entry was posted, not what a summary or a quote may open with.
    text = (f"Live: the summit in Rome\n\nROME, 14 October 2026\n\n{stamp}The president arrived at the palace for the "
            "talks with the prime minister.\n\n10:05 – The two leaders signed four agreements on energy and mining.\n")
    texts = [text[b.start : b.end] for b in clean(text).blocks if b.kind == TEXT]
    assert texts[0].startswith("The president") and texts[1].startswith("The two leaders")
    # A clock time inside a sentence, or one that no dash sets off, stays where it is.
    text = "Live: the summit in Rome\n\nThe talks began at 09:12 – an hour late – in the palace.\n"
    assert any(text[b.start : b.end].startswith("The talks") for b in clean(text).blocks if b.kind == TEXT)
def test_a_wire_caption_over_the_lead_is_furniture_and_the_lead_keeps_its_dateline_cut() -> None:
    # A news agency's caption retells the event with its own dateline, over thirty spaced words, and shows the
    # credit's holder before its label; the lead under it is the story's opening, its dateline furniture.
    caption = ("회담하는 양국 외교장관 (부산=연합뉴스) 박민수 외교부 장관이 12일 부산 해운대구 벡스코에서 열린 양국 외교장관 "
               "회담에서 방한 중인 상대국 외교장관과 악수한 뒤 기념 촬영을 하며 취재진의 질문에 답하고 있다. 2026.5.12 "
               "[외교부 제공. 재판매 및 DB 금지]")
    assert len(caption.split()) > _MAX_WORDS_COUNTED
    lead = ("(부산=연합뉴스) 이영희 기자 = 박민수 외교부 장관은 12일 부산에서 상대국 외교장관과 회담을 열고 "
            "경제 협력과 지역 안보 문제를 폭넓게 논의했다.")
    page = f"외교장관 회담\n\n{caption}\n\n{lead}\n\n두 장관은 이날 공급망 협력 양해각서에 서명했다.\n\n{caption}\n"
    texts = _texts(page)
    assert texts[0].startswith("박민수 외교부 장관은 12일")
    assert not any("제공" in t or "악수한" in t for t in texts)


@pytest.mark.parametrize(("headline", "caption", "body"), [
    ("وزیران: سوداګري باید دوام ومومي", "انځور: د بهرنیو چارو وزیر او سفیر په کابل کې. (اژانس)",
     "د بهرنیو چارو وزیر نن په کابل کې له سفیر سره وکتل او د سوداګرۍ په اړه یې خبرې وکړې. "
     "دواړو لوریو وویل چې د لارو د خلاصولو لپاره به نوې هڅې وکړي او سوداګري به زیاته شي."),
    ("Wasiirada oo ka wada hadlay ganacsiga", "Sawirka: Wasiirka iyo safiirka oo Muqdisho kulmaya. (Wasaaradda)",
     "Wasiirka Arrimaha Dibadda ayaa maanta magaalada Muqdisho ku qaabilay safiirka cusub ee dalka. "
     "Labada dhinac ayaa ka wada hadlay ganacsiga iyo sidii loo furi lahaa waddooyinka."),
])
def test_a_pashto_or_somali_photo_caption_is_never_the_headline(headline: str, caption: str, body: str) -> None:
    # The picture's label ("انځور:", "Sawirka:") opens a caption the page shows under the headline and at its end.
    page = f"SITE NEWS\n\n{headline}\n\n{caption}\n\n{body}\n\n{body}\n\n{caption}\n"
    assert clean(page).title == headline


@pytest.mark.parametrize(
    ("site", "trail"),
    [
        ("Báo Kinh tế & Đời sống", "Trang chủ | Thế giới"),
        ("Uutiset ja talous nyt", "Etusivu | Ulkomaat"),
        ("Morning Ledger daily", "Home | Diplomacy"),
    ],
)
def test_a_site_name_over_a_trail_from_the_home_page_is_no_title(site: str, trail: str) -> None:
    # Two entries only, so no three-part breadcrumb: the home page's word opening it shows the line over it
    # is the site's name, even written partly in lower case.
    headline = "Finance minister opens trade talks with his Estonian counterpart in Tallinn"
    page = f"{site}\n{trail}\n\n{headline}\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n"
    assert clean(page).title == headline


def test_a_headline_over_share_buttons_stays_the_title() -> None:
    headline = "Finance minister opens trade talks in Tallinn"
    page = f"{headline}\nShare | Print\n\nA second header line under it\n\n{_LONG_DE}\n\n{_LONG_DE} Then he left.\n"
    assert clean(page).title == headline


@pytest.mark.parametrize(("page", "title"), [
    # The print edition's and the account's buttons on a line over the headline are no headline.
    ("The Evening Courier\nNews | World | Sport | Opinion\nE-paper   Sign in\n\nPort workers end strike after "
     "pay deal in Chittagong\n\nThe port's workers went back to work on Monday after the union accepted a raise of "
     "eight percent, officials said.\n", "Port workers end strike after pay deal in Chittagong"),
    ("दैनिक समाचार\nहोम | देश | दुनिया | खेल\nई-पेपर   लॉग इन\n\nभारत और जापान के बीच रेल समझौते पर हस्ताक्षर\n\n"
     "भारत और जापान ने सोमवार को नई दिल्ली में तेज रेल परियोजना के दूसरे चरण के लिए एक समझौते पर हस्ताक्षर किए हैं।\n",
     "भारत और जापान के बीच रेल समझौते पर हस्ताक्षर"),
])
def test_an_account_line_over_the_headline_is_furniture(page: str, title: str) -> None:
    assert clean(marks_as_letters(page)).title == marks_as_letters(title)


@pytest.mark.parametrize(("line", "menu"), [
    ("首页　国内　国际　财经　体育", True),
    ("ホーム　社会　政治　経済　国際・外交", True),
    ("الرئيسية | سياسة | اقتصاد | رياضة", True),
    # A headline's clauses parted so are fewer and longer, or hold a figure.
    ("日韓外相が会談　経済協力の拡大で一致", False),
    ("首相　訪米へ　大統領と会談", False),
    ("原油　最大300万トン　輸入へ　合意", False),
])
def test_a_menu_in_a_script_without_capitals(line: str, menu: bool) -> None:
    assert _is_menu(line) is menu


@pytest.mark.parametrize("caption", [
    "Minister Ana Lopes and her Chilean counterpart at the foreign ministry. (LUSA)",
    "Minister Ana Lopes and her Chilean counterpart at the foreign ministry. GOVERNO",
    "Ministan Ana Lopes da takwararta ta Chile a Abuja. Hoto: Ma'aikatar Waje",
])
def test_a_caption_under_the_headline_repeated_at_the_foot_is_no_title(caption: str) -> None:
    page = (
        "The Harbour Times\nHome | World | Business | Sport\n\nPortugal and Chile sign a wine and copper deal\n\n"
        f"Lisbon, 3 March 2026\n\n{caption}\n\n"
        "The foreign ministers of Portugal and Chile signed an agreement on Tuesday that lowers duties on wine "
        "and copper, officials said after the meeting in Lisbon.\n\n"
        "Trade between the two countries reached 900 million euros last year, the ministry said.\n\n"
        f"{caption}\n\nRelated news\n"
    )
    assert clean(page).title == "Portugal and Chile sign a wine and copper deal"


def test_a_headline_asking_and_labelled_is_still_the_title() -> None:
    page = ("The Harbour Times\n\nWho pays for the new grid? (ANALYSIS)\n\nLisbon, 3 March 2026\n\n"
            "The government and the grid operator disagree on who should pay for the new lines, which will cost "
            "two billion euros over ten years, officials said.\n\nWho pays for the new grid? (ANALYSIS)\n")
    assert clean(page).title == "Who pays for the new grid? (ANALYSIS)"


@pytest.mark.parametrize("label", ["Comments (3)", "Comentarios", "12 Kommentare"])
def test_a_reader_comment_section_after_the_text_is_furniture(label: str) -> None:
    # The comment section's label ends the article: a reader's sentence and figures below it are no article text;
    # the same label over the body (a counter under the byline) ends nothing.
    body = ("The ferry minister Lars Holm opened the new port of Tromsø on Monday.\n\n"
            "The port cost 120 million kroner and will handle 3,000 ships a year, Holm said at the opening.\n\n"
            "The next port opens in Bodø in spring.\n")
    page = (f"Port opens in Tromsø\n\n{body}\n{label}\nKari N. · 2 hours ago\n"
            "What a waste of money, 120 million kroner is far too much for a town of this size.\nReply\n\n"
            "Related articles\nNew bridge for Bodø\n\nThe port will open its second quay in 2028, the ministry said.\n")
    kinds = _kinds_by_line(page)
    comment = page.count("\n", 0, page.index("What a waste")) + 1
    assert kinds[comment] == {FURNITURE}
    # The section ends at the page's next block of furniture: what follows is read as any line is.
    assert kinds[page.count("\n", 0, page.index("The port will")) + 1] == {TEXT}
    assert all(kinds[page.count("\n", 0, page.index(s)) + 1] == {TEXT} for s in ("The ferry", "The port", "The next"))
    top = f"Port opens in Tromsø\n\n{label}\n\n{body}"
    assert all(kinds == {TEXT} for line, kinds in _kinds_by_line(top).items() if line > 3 and kinds - {"blank"})


def test_a_photo_gallerys_captions_are_the_article_text() -> None:
    # "1/3", a caption, "Photo: …": the gallery tells its story in the captions; counters and credits are furniture.
    page = ("Photo Gallery\n\nFerry minister opens the port of Tromsø\n\n3 November 2026\n\n"
            "1/3\nFerry minister Lars Holm opened the new port of Tromsø on Monday.\nPhoto: Kari Nilsen / NTB\n\n"
            "2/3\nHolm said the port had cost 120 million kroner and would handle 3,000 ships a year.\n"
            "Photo: Kari Nilsen / NTB\n\n3/3\nThe mayor and the minister cut the ribbon at noon.\nPhoto: Kari Nilsen / NTB\n")
    kinds = _kinds_by_line(page)
    line = {s: page.count("\n", 0, page.index(s)) + 1 for s in ("Ferry minister Lars", "Holm said", "The mayor", "1/3", "2/3")}
    assert kinds[line["Ferry minister Lars"]] == kinds[line["Holm said"]] == kinds[line["The mayor"]] == {TEXT}
    assert kinds[line["1/3"]] == kinds[line["2/3"]] == kinds[line["1/3"] + 2] == {FURNITURE}
    # One photo with its credit is a caption still.
    one = page[: page.index("2/3")].replace("1/3\n", "")
    assert _kinds_by_line(one)[line["Ferry minister Lars"] - 1] == {FURNITURE}


def test_a_headline_the_paste_opens_with_and_the_text_repeats_is_still_the_title() -> None:
    # The tab's title pasted first, the headline, and the same line again mid-text (a pull line): three times.
    head = "Norway wants to be the Arctic's gateway to Asia"
    body = ("The ferry minister Lars Holm opened the new port of Tromsø on Monday, with ships from Korea waiting.\n\n"
            f"The port cost 120 million kroner and will handle 3,000 ships a year, Holm said.\n\n{head}\n\n"
            "The next port opens in Bodø in spring, the ministry said on Monday evening.\n")
    page = f"{head}\nTHE POST\nPolitics | Economy | World\n\n{head}\n\nBy Kari Nilsen, Tromsø\n3 November 2026\n\n{body}"
    c = clean(page)
    assert c.title == head
    assert sum(b.kind == TEXT and page[b.start : b.end] == head for b in c.blocks) == 0
    # A line the page shows three times that the paste does not open with is a caption, no headline.
    assert clean(page[len(head) + 1 :].replace("THE POST", f"THE POST\n\n{head}", 1)).title != head


@pytest.mark.parametrize("box", ["Newsletter: the most important climate news every Friday. Subscribe now for free",
                                 "Newsletter: Die wichtigsten Klima-Nachrichten jeden Freitag. Jetzt kostenlos abonnieren"])
def test_a_newsletter_box_in_the_article_is_furniture(box: str) -> None:
    page = f"Lavrov in Tashkent\n\n{_LONG_DE}\n\n{box}\n\n{_LONG_DE} Danach flog er ab.\n"
    assert [b.kind for b in clean(page).blocks if page[b.start : b.end] == box] == [FURNITURE]


@pytest.mark.parametrize(("head", "close"), [("«", "»"), ("“", "”"), ('"', '"')])
def test_a_quoted_headline_over_its_deck_line_is_the_title(head: str, close: str) -> None:
    # A quoted headline and the deck right under it, no blank line between: a sentence ends at the closing mark, so
    # the two lines are no hard-wrapped paragraph.
    title = f"Holm: {head}Con la Norvegia un patto sull'Artico. Ora l'Europa guardi alla Groenlandia{close}"
    page = (f"IL GIORNALE\nEsteri > Europa\n\n{title}\nIl ministro norvegese dei Trasporti dopo l'incontro di Oslo con "
            "il collega danese\n\ndi Anna Rossi, inviata a Oslo\n3 novembre 2026\n\nIl ministro norvegese dei Trasporti, "
            "Lars Holm, riceve il giornale nel suo ufficio il giorno dopo la firma del protocollo con il collega danese.\n")
    assert clean(page).title == title


@pytest.mark.parametrize(
    "account",
    ["Log ind | Bliv abonnent", "Logga in | Bli prenumerant", "Logg inn | Bli abonnent", "Kirjaudu sisään | Tilaa nyt",
     "Prisijungti | Prenumeruoti", "Pieslēgties | Abonēt", "Bejelentkezés | Előfizetés"],
)
def test_account_buttons_of_nordic_baltic_and_hungarian_sites_are_never_the_title(account: str) -> None:
    page = f"AVISEN\nNyheder | Sport | Kultur\n{account}\n\nRegeringen vil bygge ny bro over Storebælt\n\n{_LONG_IT}\n"
    assert clean(page).title == "Regeringen vil bygge ny bro over Storebælt"
    assert _kinds_by_line(page)[2] == {FURNITURE}


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ("Skip to main content\nThe Morning Ledger\nNews | Politics | Business | Travel\n\n", "The Morning Ledger"),
        ("Zum Inhalt springen\nDer Abendkurier\nPolitik › Ausland › Asien\n\n", "Der Abendkurier"),
        # A stacked breadcrumb under the skip link: its entries name no site.
        ("Skip to main content\nHome\nWorld\nEurope\n\n", None),
    ],
)
def test_a_site_name_under_a_skip_link_is_the_source(header: str, source: str | None) -> None:
    headline = "Modi and Starmer sign trade pact in Mumbai"
    page = f"{header}{headline}\n\nBy Ananya Rao\n\n{_LONG_DE}\n"
    c = clean(page)
    assert (c.title, c.source) == (headline, source)
