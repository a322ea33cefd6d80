"""Speaker.role from the articles: the role phrase a text introduces each person with, as written."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console
from test_mail import SETTINGS, WHEN, _digest, _parts

from digest.config import Config, SpeakerRule
from digest.model import Analysis, Article, Quote, Speaker
from digest.output import html, mail, markdown, terminal
from digest.roles import fullest, nominative, trimmed
from digest.speakers import People, build_speakers


def roles(text: str, lang: str) -> dict[str, str]:
    return People(text, [(0, len(text))], lang).roles()


@pytest.mark.parametrize("lang, text, person, role", [
    ("it", "Il vertice è finito. Secondo il deputato della Duma Konstantin Zatulin la visita conta. Zatulin lo ha "
           "ripetuto.", "Konstantin Zatulin", "deputato della Duma"),
    ("it", "Il vertice è finito. Il presidente kazako Kassym-Jomart Tokayev ha incontrato i giornalisti. Il "
           "presidente Tokayev ha parlato a lungo.", "Kassym-Jomart Tokayev", "presidente kazako"),
    ("it", "Il vertice è finito ieri. Lo ha detto Konstantin Zatulin, primo vicepresidente della commissione della "
           "Duma per gli affari della CSI e le relazioni con i compatrioti, a Mosca. Zatulin ha aggiunto altro.",
     "Konstantin Zatulin", "primo vicepresidente della commissione della Duma"),
    ("pl", "Rozmowy trwały długo. Jak zauważył politolog Dmitrij Michajliczenko, rozmowy były trudne. Według niego "
           "szef Euroazjatyckiej Rady Ekspertów Czyngiz Lepsibajew ma rację.", "Czyngiz Lepsibajew",
     "szef Euroazjatyckiej Rady Ekspertów"),
    ("pl", "Rozmowy trwały długo. Jak zauważył na przykład politolog Dmitrij Michajliczenko, rozmowy były trudne. "
           "Michajliczenko dodał coś.", "Dmitrij Michajliczenko", "politolog"),
    ("de", "Die Gespräche dauerten lange. Der kasachische Präsident Kassym-Schomart Tokajew empfing Gäste. Tokajew "
           "sprach.", "Kassym-Schomart Tokajew", "kasachische Präsident"),
    ("en", "The talks ended late. Foreign Minister Anna Kowalski disagreed with the plan. Kowalski left early.",
     "Anna Kowalski", "Foreign Minister"),
    ("fr", "Les discussions ont duré. Le ministre des Affaires étrangères Jean-Noël Barrot a reçu la presse. "
           "La politologue Sophie Martin a déclaré que c'était important.", "Jean-Noël Barrot",
     "ministre des Affaires étrangères"),
    ("ru", "Переговоры шли долго. Депутат Госдумы Константин Затулин заявил, что визит важен. Затулин добавил.",
     "Константин Затулин", "депутат Госдумы"),
    ("it", "Il vertice è finito. Il presidente ha poi citato il grande poeta kazako Abai, il quale sosteneva molte "
           "cose. Abai era saggio.", "Abai", "grande poeta kazako"),
    # A phrase after a preposition is inflected for it: the nominative one wins.
    ("de", "Die Gespräche dauerten lange. Merz traf sich mit dem türkischen Präsidenten Recep Tayyip Erdoğan in "
           "Berlin. Der türkische Präsident Recep Tayyip Erdoğan sagte wenig.", "Recep Tayyip Erdoğan",
     "türkische Präsident"),
    # A party's name in quotation marks keeps its closing mark; a title before the name is not the role's.
    ("bg", "Разговорите продължиха. Според депутатът от „Продължаваме промяната“ Калоян Димов сделката е лоша. "
           "Димов добави още.", "Калоян Димов", "депутатът от „Продължаваме промяната“"),
    ("tr", "Görüşmeler uzun sürdü. Latin Amerika uzmanı Prof. Dr. Selim Karaağaç anlaşmayı değerlendirdi. "
           "Karaağaç konuştu.", "Selim Karaağaç", "uzmanı"),
    # A role noun inflected for its preposition, and nothing else said of the person: its nominative.
    ("pl", "Spotkanie trwało godzinę. Ambasador rozmawiał z prezydentem Litwy Tomasem Vaitkusem w Wilnie. Vaitkus "
           "powiedział, że jest dobrze.", "Tomas Vaitkus", "prezydent Litwy"),
    ("pl", "Spotkanie trwało godzinę. Rozmawiał z nowym premierem Litwy Tomasem Vaitkusem w Wilnie. Vaitkus "
           "powiedział, że jest dobrze.", "Tomas Vaitkus", "premier Litwy"),
    # "pytał ministra Kowala": the holder's name inflected ("Kowala"), its role is in that case too, so the
    # nominative of the phrase after the preposition wins over the genitive "ministra".
    ("pl", "Spotkanie trwało godzinę. Rozmawiał z ministrem finansów Janem Kowalem w Gdańsku. Kowal powiedział, że "
           "jest dobrze. Poseł Adam Zieliński pytał ministra Kowala o koszty.", "Jan Kowal", "minister finansów"),
    ("ru", "Встреча длилась час. Посол побеседовал с президентом Литвы Томасом Вайткусом в Вильнюсе. Вайткус сказал, "
           "что всё хорошо.", "Томас Вайткус", "президент Литвы"),
    # bg: a masculine role noun after a preposition takes the short article ("от президента"): the bare noun.
    ("bg", "Срещата продължи час. Гостът бе посрещнат от президента Стоян Илиев в Пловдив. Илиев каза, че е "
           "доволен.", "Стоян Илиев", "президент"),
    # (Set off after an inflected surname, the role is inflected as the name is.)
    ("ru", "Встреча длилась час. Посол встретился с Томасом Вайткусом, президентом Литвы, в Вильнюсе. Вайткус "
           "сказал, что всё хорошо.", "Томас Вайткус", "президент Литвы"),
    ("hr", "Sastanak je trajao. Veleposlanik se sastao s Ivanom Barićem, ministrom obrane, u Splitu. Barić je rekao "
           "da je dobro.", "Ivan Barić", "ministar obrane"),
    ("hu", "A találkozó egy óráig tartott. Szijjártó Péter tárgyalt Kiss Tamás kormányfővel. Kiss Tamás szerint jó "
           "volt.", "Kiss Tamás", "kormányfő"),
    # A role after its holder's name ends on the role word: the sentence's predicate follows it.
    ("hu", "A találkozó egy óráig tartott. Nagy Péter honvédelmi miniszter kedden Rigában tárgyalt lett "
           "kollégájával. Nagy Péter szerint jó volt.", "Nagy Péter", "honvédelmi miniszter"),
    # A sentence's capital is no role's: a nationality adjective opening it is lower-case mid-sentence, but not
    # in English, and a title capitalised word by word keeps its capitals.
    ("pl", "Rozmowy trwały długo. Słowacki premier Jan Horvat mówił długo. Horvat wyszedł.", "Jan Horvat",
     "słowacki premier"),
    ("en", "The meeting lasted an hour. Slovak President Ivan Horvat said it went well. Horvat left.", "Ivan Horvat",
     "Slovak President"),
    ("tr", "Görüşmeler uzun sürdü. Cumhurbaşkanı Yardımcısı Ali Kaya anlaşmayı değerlendirdi. Kaya konuştu.",
     "Ali Kaya", "Cumhurbaşkanı Yardımcısı"),
    # The first word of a place's name keeps its capital, though the text writes that word lower-case elsewhere.
    ("en", "The talks moved south. South Korea Trade Minister Ivan Horvat said it went well. The storm went south "
           "later. Horvat left.", "Ivan Horvat", "South Korea Trade Minister"),
    ("hr", "Sastanak je trajao sat vremena. Predsjednik Vlade Ivan Horvat rekao je da je dobro. Horvat je otišao.",
     "Ivan Horvat", "predsjednik Vlade"),
    # Bosnian names the chair of a collective body "predsjedavajući/predsjedavajuća": her office, not its genitive.
    ("hr", "Sastanak je trajao sat vremena. Goste je u zgradi dočekala predsjedavajuća Vijeća ministara Ana Kovač. "
           "Kovač je rekla da je dobro.", "Ana Kovač", "predsjedavajuća Vijeća ministara"),
    # (An adjective of no place, before a role word written in lower case, is lower-case mid-sentence too.)
    ("sk", "Rokovanie trvalo dlho. Opozičný poslanec Sejmu Ján Horvát povedal, že je to chyba. Horvát odišiel.",
     "Ján Horvát", "opozičný poslanec Sejmu"),
    # Professions and offices an analyst expects: a member of a body, an economist, a company's head, a governor.
    ("it", "Il vertice è finito. Lo ha detto Marco Bianchi, membro della commissione Esteri della Camera, a Roma. "
           "Bianchi ha aggiunto altro.", "Marco Bianchi", "membro della commissione Esteri della Camera"),
    ("de", "Die Gespräche dauerten lange. Der Volkswirt Peter Berger hält das für klug. Berger sprach.", "Peter Berger",
     "Volkswirt"),
    ("pl", "Rozmowy trwały długo. Prezes Orlenu Jan Kowal ocenił, że to dobrze. Kowal wyszedł.", "Jan Kowal",
     "prezes Orlenu"),
    ("fi", "Neuvottelut kestivät. Kuvernööri Matti Virtanen sanoi, että kaikki on hyvin. Virtanen lähti.",
     "Matti Virtanen", "kuvernööri"),
    # A form of address opening the name (Sheikh) is no part of the role before it.
    ("en", "The talks ended late. Bahrain's Crown Prince Sheikh Salman bin Hamad Al Khalifa met the envoys. "
           "Salman left early.", "Salman bin Hamad Al Khalifa", "Crown Prince"),
    # A compound's first part whose hyphen stands for the part it shares with the next ("Wirtschafts- und
    # Finanzpolitik") goes on past the hyphen, before the name as after it.
    ("de", "Die Gespräche dauerten lange. Sie traf Japans Minister für Wirtschafts- und Finanzpolitik, Kenji Sato. "
           "Sato sprach.", "Kenji Sato", "Japans Minister für Wirtschafts- und Finanzpolitik"),
    ("de", "Die Gespräche dauerten lange. Das sagte Jan Weber, Minister für Verkehrs- und Baupolitik, in Bonn. "
           "Weber ging.", "Jan Weber", "Minister für Verkehrs- und Baupolitik"),
    # A party's name or a nationality between the article and the role is the role's; a relative clause after
    # it says what the holder does, no more the role.
    ("en", "The talks ended. Tom Blake, a Conservative MP, disagreed. Blake left.", "Tom Blake", "Conservative MP"),
    ("en", "The talks ended. Ann Moss, a Labour MP who sits on the defence committee, said no. Moss left.",
     "Ann Moss", "Labour MP"),
    ("en", "The talks ended. Tom Blake, a senior analyst who studies trade, disagreed. Blake left.", "Tom Blake",
     "senior analyst"),
    ("en", "The talks ended. Tom Blake, a British diplomat, disagreed. Blake left.", "Tom Blake", "British diplomat"),
])
def test_the_role_a_text_introduces_a_person_with(lang: str, text: str, person: str, role: str) -> None:
    assert roles(text, lang).get(person) == role


@pytest.mark.parametrize("lang, text, person", [
    ("de", "Die Lage ist ernst. Der Politiker Peter Schmidt schwieg lange. Schmidt ging.", "Peter Schmidt"),
    ("en", "The talks went on. The member Peter Berger said it was fine. Berger left.", "Peter Berger"),
    ("it", "Il vertice è finito. Putin ha ricevuto il suo omologo kazako Kassym-Jomart Tokayev al Cremlino.",
     "Kassym-Jomart Tokayev"),
    ("nl", "De gesprekken duurden lang. Jetten ontving zijn Deense ambtgenote Mette Frederiksen in Den Haag. "
           "Frederiksen sprak.", "Mette Frederiksen"),
])
def test_a_pronoun_like_or_relational_word_is_no_role(lang: str, text: str, person: str) -> None:
    assert person not in roles(text, lang)


def test_an_inflected_role_noun_turns_nominative_only_into_a_listed_role() -> None:
    roles = {"minister", "prezydent"}.__contains__
    assert nominative("ministrem", "pl", True, roles) == "minister"  # not "ministr", the bare cut
    assert nominative("Prezydenta", "pl", True, roles) == "Prezydent"
    assert nominative("prezydent", "pl", True, roles) == "prezydent"  # no oblique ending: as written
    assert nominative("prezydentem", "pl", False, roles) == "prezydentem"  # no preposition: a [preposition] rule waits
    assert nominative("ambasadorem", "pl", True, roles) is None  # no listed nominative: no role rather than a wrong one
    assert nominative("prezydentem", "xx", True, roles) == "prezydentem"  # a language without rules


def test_a_plural_role_word_is_no_ones_role() -> None:
    # "кабинета министров": the cabinet of ministers, an institution, not the role of the man named after it
    # (his role is the chair's, председатель, whose genitive complement it is).
    text = ("Встреча длилась час. Посол побеседовал с председателем кабинета министров Литвы Томасом Вайткусом в "
            "Вильнюсе. Вайткус сказал, что всё хорошо.")
    assert roles(text, "ru").get("Томас Вайткус") == "председатель кабинета министров Литвы"


def test_a_long_title_keeps_its_head_and_first_complements() -> None:
    words = "erster stellvertretender Vorsitzender des Duma-Ausschusses für GUS-Angelegenheiten und Beziehungen zu " \
            "Landsleuten".split()
    a, b = trimmed(words, 2, {"des", "für", "und", "zu"}) or (0, 0)
    assert words[a:b] == "erster stellvertretender Vorsitzender des Duma-Ausschusses für GUS-Angelegenheiten".split()
    assert trimmed(["leader"], 0, ()) is None and trimmed(["leader", "russo"], 0, ()) == (0, 2)


def test_the_fullest_form_of_the_most_common_role() -> None:
    assert fullest({"presidente": 5, "presidente kazako": 2, "presidenti": 3}) == "presidente kazako"
    assert fullest({"politolog": 1, "ekspert": 1}) == "politolog"


def _article(aid: str, lang: str, person: str, role: str | None) -> Article:
    analysis = Analysis(lang=lang, title=None, source=None, date=None, blocks=(), sentences=(), summary=(),
                        roles=((person, role, False),) if role else ())
    return Article(id=aid, path=f"{aid}.txt", text="", analysis=analysis, title=None, lang=lang)


def test_speaker_role_prefers_the_preferred_language_and_config_wins() -> None:
    arts = [_article("a", "pl", "Konstantin Zatulin", "deputowany Dumy"),
            _article("b", "it", "Konstantin Zatulin", "deputato della Duma")]
    quotes = [Quote(0, 1, "x", speaker="Konstantin Zatulin", article="a"),
              Quote(0, 1, "y", speaker="Konstantin Zatulin", article="b")]
    _, speakers = build_speakers(quotes, arts, Config(languages=("it", "pl")))
    assert speakers[0].role == "deputato della Duma"
    _, speakers = build_speakers(quotes, arts, Config(languages=("pl", "it")))
    assert speakers[0].role == "deputowany Dumy"
    # A phrase inflected for a preposition ("z deputowanym Dumy") only when no article has another.
    arts[0] = replace(arts[0], analysis=replace(arts[0].analysis, roles=(("Konstantin Zatulin", "deputowanym Dumy",
                                                                         True),)))
    _, speakers = build_speakers(quotes, arts, Config(languages=("pl", "it")))
    assert speakers[0].role == "deputato della Duma"
    rule = SpeakerRule(name="Konstantin Zatulin", aliases=(), role="Duma deputy")
    _, speakers = build_speakers(quotes, arts, Config(languages=("it",), speakers=(rule,)))
    assert speakers[0].role == "Duma deputy"


HOSTILE = "[bold]Boss[/bold] <script>alert(1)</script> \x1b[31mred **strong** _x_"


def test_a_hostile_role_is_inert_in_every_renderer() -> None:
    d = _digest()
    d = replace(d, speakers=(Speaker("Anna Kowalczyk", (), 1, HOSTILE),))
    md = markdown.render(d, width=500)
    line = next(x for x in md.splitlines() if x.startswith("**Anna Kowalczyk**"))
    assert "\x1b" not in md and "<script>" not in md and "\\*\\*strong\\*\\*" in line and "\\[bold\\]" in line
    page = html.render(md)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<strong>strong</strong>" not in page
    out = io.StringIO()
    terminal.render(d, Console(file=out, width=200, force_terminal=True, color_system="truecolor"))
    shown = out.getvalue()
    assert "[bold]Boss[/bold]" in shown and "\x1b[31m" not in shown and "red **strong**" in shown
    plain, body = _parts(mail.build_message(d, SETTINGS, WHEN))
    assert "\x1b" not in plain + body and "<script>" not in body


@pytest.mark.parametrize(("text", "role"), [
    ("Österreich will mehr Strom liefern. Das vereinbarten Ministerpräsident Karl Huber und sein ungarischer "
     "Amtskollege Péter Nagy am Dienstag.", "Ministerpräsident"),
])
def test_a_german_verb_set_second_after_das_is_no_adjective_of_the_role(text: str, role: str) -> None:
    # After "das" an adjective ends in -e: "vereinbarten" is the verb of a sentence opening on the demonstrative.
    assert roles(text, "de").get("Karl Huber") == role
