"""Language detection on the seeds and on the public sentence suites."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from conftest import SHARED
from digest.language import _ANY_STARTED_SCRIPT, _ANY_UNSPACED_SCRIPT, _letters, _words, detect


def test_seed_languages(gold: dict, seed_texts: dict[str, str]) -> None:
    for name, g in gold.items():
        assert detect(seed_texts[name]) == g["lang"], name


@pytest.mark.parametrize("lang", ["it", "de", "pl", "en", "fr", "es", "ru"])
def test_suite_paragraphs(lang: str) -> None:
    records = [json.loads(x) for x in (SHARED / "suites" / "sentences" / f"{lang}.jsonl").open(encoding="utf-8")]
    texts = [r["text"] for r in records if len(r["text"]) > 150]
    assert texts
    right = sum(detect(t) == lang for t in texts)
    assert right / len(texts) >= 0.9, (lang, right, len(texts))


def test_too_little_text_is_undetermined() -> None:
    assert detect("42 !") == "und"


def test_letters_are_counted_as_str_isalpha_does() -> None:
    for text in ("Ölpreis m² und ½ Liter", "İstanbul ist groß", "abc 123 _x_"):
        words = " ".join(re.findall(r"[^\W\d_]+", text)).lower().split()
        assert len(_letters(words)) == sum(ch.isalpha() for ch in text.lower()), text


@pytest.mark.parametrize(
    "text",
    ["Ölpreis m² und ½ Liter, l'avv. «Sì» _x_ 3D µ ª", "ΟΔΟΣ.Α 'Σ ΣΑΣ", "İstanbul ist groß",
     "Prezydent Łukaszenka — 12,5%", "Путин и Токаев", "", "  \n\t "],
)
def test_words_are_the_runs_of_letters_each_lower_cased(text: str) -> None:
    expected = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    assert Counter(_words(text)) == Counter(expected)


def test_a_short_brief_is_read_by_the_letters_only_its_language_writes() -> None:
    # Romanian shares de, la, o, a, nu with Portuguese, Spanish and French; its ă, ș, ț and î
    # are written by none of them, and in a brief they outweigh the few function words.
    brief = (
        "Ministrul de externe a avut marți o întâlnire la Viena cu omologul austriac. "
        "„Vrem o relație mai bună”, a declarat ministrul la finalul discuției. "
        "«Nu este o problemă de bani», a spus el. Opoziția a criticat vizita, pe care a numit-o "
        "„o pierdere de timp”. Deputatul a susținut că guvernul nu a obținut nimic la Viena."
    )
    assert detect(brief) == "ro"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Spanish, though Romanian's a, la, de fit as many of its words: Romanian never writes á, ó.
        ("viajará mañana a la región de Mendoza, a unos 900 kilómetros de la capital", "es"),
        # Hungarian's article a, shared with half the profiles, and ő, which none of them writes.
        ("Orbán a sajtótájékoztatón a határátkelők megnyitását sürgette.", "hu"),
    ],
)
def test_a_letter_a_language_never_writes_counts_against_it(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        # (Lithuanian and Latvian, once here, have their own profiles and lists: tests/test_lang_lt.py, test_lang_lv.py.)
        # (Maltese and Icelandic, once here, have their own too: tests/test_lang_mt.py, test_lang_is.py.)
        # (Vietnamese, once here, has its own profile and lists: tests/test_lang_vi.py.)
        # (Yorùbá, once here, has its own profile and lists: tests/test_lang_zu_yo_mg.py.)
        # Ewe: ɖ ɛ ɔ ŋ ƒ are written by none of the profiles.
        "Dukplɔla la ɖe tsa yi Lomé egbe be yeaƒo nu kple dukplɔla bubuwo tso ganyawo kple dedinɔnɔ ŋu.",
    ],
)
def test_a_short_text_in_letters_no_profile_writes_is_undetermined(text: str) -> None:
    assert detect(text) == "und"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Names keep their own language's letters; the running words tell the text's.
        ("Hungarian Prime Minister Viktor Orbán met Péter Szijjártó and Romanian PM Ilie Bolojan in Budapest on Thursday.", "en"),
        ("Il premier rumeno Ilie Bolojan ha incontrato Oana Țoiu e Marian Cojocaru a Iași.", "it"),
    ],
)
def test_letters_of_names_in_a_short_text_do_not_count_against_its_language(text: str, lang: str) -> None:
    assert detect(text) == lang


_BS = ("Ministar je rekao da će novi gasovod biti završen do septembra, a projekat vrijedi 300 miliona eura. "
       "Ko će platiti cijev, još nije poznato, ali hiljade građana i dalje čekaju gas iz tog pravca.")
_HR = ("Ministar je rekao da će novi plinovod biti završen do rujna, a projekt vrijedi 300 milijuna eura. "
       "Tko će platiti cijev, još nije poznato, ali tisuće građana i dalje čekaju plin iz tog pravca.")
_SR = ("Ministar je rekao da će novi gasovod biti završen do septembra, a projekat vredi 300 miliona evra. "
       "Ko će platiti cev, još nije poznato, ali posle sastanka hiljade građana i dalje čekaju gas, rekao je on.")


@pytest.mark.parametrize("text, lang", [(_BS, "bs"), (_HR, "hr"), (_SR, "sr")])
def test_bosnian_is_told_from_croatian_by_its_own_words(text: str, lang: str) -> None:
    # Bosnian shares Croatian's lists and ijekavian forms but writes hiljada, milion, gas where Croatian
    # writes tisuća, milijun, plin; an ekavian Latin text stays Serbian.
    assert detect(text) == lang


@pytest.mark.parametrize(("text", "lang"), [("Ο πρωθυπουργός είπε ότι η κυβέρνηση θα στηρίξει", "el"),
                                            ("Վարչապետը հայտարարել է, որ կառավարությունը", "hy"),
                                            ("პრემიერ-მინისტრმა განაცხადა, რომ მთავრობა", "ka"),
                                            ("Премьер-министр заявил, что правительство поддержит", "ru"),
                                            ("首相は政府が支援すると述べた。", "ja"),
                                            ("นายกรัฐมนตรีกล่าวว่ารัฐบาลจะสนับสนุน", "th")])
def test_script_gates_hold_every_script(text: str, lang: str) -> None:
    """detect() skips the per-script searches when one search finds no letter of any: each script is in it."""
    assert _ANY_STARTED_SCRIPT.search(text.lower()) or _ANY_UNSPACED_SCRIPT.search(text)
    assert detect(text) == lang


def test_sign_lower_casing_into_a_script_is_read_as_before() -> None:
    """The ohm sign lower-cases to Greek omega: the words are what the script gate reads, not the text."""
    ohm = "\u2126"
    assert _ANY_STARTED_SCRIPT.search(ohm) is None and _ANY_STARTED_SCRIPT.search(ohm.lower())
    assert detect(" ".join([ohm] * 4)) == "el"


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_possessive_s_is_no_czech_preposition(mark: str) -> None:
    # "Chile's" once read as "chile" + the Czech "s": a short English item came out Czech.
    text = f"Port news\n\nBy Desk\n\nThe bank lent $3 billion to Chile{mark}s mining company."
    assert detect(text) == "en"


_LT = ("Ketvirtadieni Kaune susitiko Lietuvos ir Latvijos energetikos ministrai. Pasak ministro, naujos jungties "
       "statyba kainuos apie 1,2 mlrd. euru, is ju Lietuvai tenka daugiau nei puse. Ministrai sutare, kad darbai "
       "turi buti baigti iki 2030 metu, nes tai yra svarbu visam regionui ir musu saugumui.")
_CS = ("Ve ctvrtek se v Brne sesli ministri prumyslu obou zemi. Podle ministra bude stavba nove linky stat zhruba "
       "dve miliardy korun a musi byt hotova do roku 2030, protoze je to pro celou oblast velmi dulezite.")


@pytest.mark.parametrize(("text", "lang"), [(_LT, "lt"), (_CS, "cs")])
def test_a_text_pasted_without_its_diacritics_is_still_its_language(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_an_unlisted_language_in_plain_letters_stays_undetermined() -> None:
    # Shona, a-z only: no profile fits it with or without accents. (Malagasy, once here, has its own profile now.)
    shona = ("Mutungamiri wenyika akasangana nevatungamiri vematunhu muHarare nezuro kuti vakurukure nezvechirongwa "
             "chitsva chekuvaka migwagwa munyika yose, uye vakabvumirana kuti basa richatanga gore rinouya kana mari "
             "yawanikwa.")
    assert detect(shona) == "und"
