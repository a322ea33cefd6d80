"""Visit titles and participants name the heads of state or government the lead names, before ministers quoted more."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import pipeline
from digest.config import Config
from digest.model import Visit

RECEIVED = """Daily Courier

Egypt and Kenya sign trade pact in Cairo

12 March 2026

CAIRO — Egyptian President Abdel Fattah al-Sisi received Kenyan President William Ruto in Cairo on Thursday for talks on Nile water and trade.

"We have agreed to double trade to $2 billion by 2030," said Trade Minister Ahmed Samir. "Today it stands at $900 million."

Samir added that thousands of Kenyan students study in Egypt.

Opposition lawmaker Mona Hassan was sceptical. "This is a paper deal," Hassan said.
"""

MET = """Meridian Business Review

Serbia looks to Egypt's wheat market as prime minister visits Cairo

Tuesday 27 January 2026

Serbia's prime minister, Đuro Macut, met President Abdel Fattah al-Sisi in Cairo on Tuesday, as Belgrade seeks a larger slice of the Egyptian grain market.

'We are not here to sell a few shiploads and go home,' Mr Macut told reporters after the talks.

Mr Sisi, speaking alongside Prime Minister Mostafa Madbouly, described Serbia as 'a reliable friend'.

Egypt's foreign minister, Badr Abdelatty, said Cairo would 'look favourably' on Serbian bids. 'Our door is open to every partner who can deliver on time and at a fair price,' he said.
"""


def visit_of(tmp_path: Path, text: str) -> Visit:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    digest = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)
    assert len(digest.visits) == 1
    return digest.visits[0]


def test_a_guest_the_lead_names_once_by_office_is_a_participant_and_in_the_title(tmp_path: Path) -> None:
    # Sisi and Ruto are named once each, by office, in the lead; the trade minister is quoted twice.
    visit = visit_of(tmp_path, RECEIVED)
    assert visit.title == "Ruto visits al-Sisi in Cairo"
    assert set(visit.participants[:2]) == {"Abdel Fattah al-Sisi", "William Ruto"}
    assert "Mona Hassan" not in visit.participants


def test_a_head_of_state_outranks_the_minister_and_a_given_name_is_not_another_s_surname(tmp_path: Path) -> None:
    # "Abdel" shares its key with Abdelatty; "Serbia's prime minister" ties Macut to Serbia; the
    # president the guest met in Cairo is the host, not the foreign minister quoted at more length.
    visit = visit_of(tmp_path, MET)
    assert visit.title == "Macut visits al-Sisi in Cairo"
    assert set(visit.participants[:2]) == {"Đuro Macut", "Abdel Fattah al-Sisi"}
    assert "Badr Abdelatty" in visit.participants


@pytest.mark.parametrize("particle", ["al-", "el-"])
def test_a_name_glued_to_its_particle_is_counted_and_tied_to_its_country(tmp_path: Path, particle: str) -> None:
    visit = visit_of(tmp_path, RECEIVED.replace("al-Sisi", particle + "Sisi"))
    assert visit.title == f"Ruto visits {particle}Sisi in Cairo"


def test_heads_of_three_countries_make_a_summit_without_the_word(tmp_path: Path) -> None:
    text = """Southern Post

Leaders sign corridor deal in Montevideo

14 May 2026

MONTEVIDEO — Uruguayan President Yamandú Orsi hosted Chilean President José Antonio Kast and Bolivian President Rodrigo Paz in Montevideo on Thursday to sign a rail corridor deal.

"This corridor joins two oceans," Orsi said. Kast said Chile would invest in the ports. Paz said Bolivia needed the sea.

"We will build it by 2030," Kast added. "Bolivia is ready," Paz said. Orsi thanked both guests.
"""
    visit = visit_of(tmp_path, text)
    assert visit.title.startswith("Summit in Montevideo: ")
    assert {"Yamandú Orsi", "José Antonio Kast", "Rodrigo Paz"} <= set(visit.participants)


def test_a_member_of_parliament_introduced_with_a_party_s_name_takes_no_part(tmp_path: Path) -> None:
    # The party's name in lower-case words stands between the role and the name; the MP is quoted most.
    text = """Notizie dal Mondo

Il presidente sloveno a Roma

3 marzo 2026

ROMA – Il presidente del Consiglio Marco Ferri ha ricevuto martedì a Roma il presidente sloveno Janez Kralj.

«Siamo partner naturali», ha detto Ferri. Kralj ha parlato di energia e di trasporti con Ferri.

Il deputato del Partito democratico Arben Lleshi ha criticato la visita. «È una passerella», ha detto Lleshi.
«Nessun accordo vero», ha aggiunto Lleshi. «Il governo fa solo propaganda», ha concluso Lleshi.
"""
    visit = visit_of(tmp_path, text)
    assert "Arben Lleshi" not in visit.participants
    assert {"Marco Ferri", "Janez Kralj"} <= set(visit.participants)


def test_a_senior_fellow_quoted_at_length_takes_no_part(tmp_path: Path) -> None:
    text = RECEIVED + ("\nDr Hannah Whitcombe, a senior fellow at the Centre for Food Security, was doubtful. "
                       "\"The pact is thin,\" Whitcombe said. \"Trade is tiny,\" Whitcombe added.\n")
    assert "Hannah Whitcombe" not in visit_of(tmp_path, text).participants


def test_the_host_country_s_president_named_twice_takes_part(tmp_path: Path) -> None:
    # The guest is quoted and named far more often; the president he called on is named twice.
    text = """Balkan Wire

Premier Novak in Sofia

14 October 2026

SOFIA — North Macedonia's prime minister, Luka Novak, began a two-day visit to Bulgaria on Wednesday.

"We came to talk about railways," Novak said. Novak met ministers and business leaders. "Trade must grow," Novak added.
Novak also visited a school. "Our children will travel by train," Novak said.

Novak and Economy Minister Ivan Kolev opened a forum. Kolev said trade grew.
In the afternoon Novak held talks with President Vera Petrova. Petrova said the border crossing would open in spring.
"""
    visit = visit_of(tmp_path, text)
    assert "Vera Petrova" in visit.participants
    assert visit.title == "Novak visits Petrova in Sofia"


@pytest.mark.parametrize(
    ("phrase", "lang", "comments"),
    [("Groen-Kamerlid", "nl", True), ("Osteuropa-Expertin", "de", True), ("poslanec Progresívneho Slovenska", "sk", True),
     ("senador opositor", "es", True), ("Verteidigungsminister", "de", False), ("wicepremier i minister obrony", "pl", False)],
)
def test_a_role_phrase_names_a_commentator_by_its_head_or_the_part_after_a_party_s_hyphen(
        phrase: str, lang: str, comments: bool) -> None:
    from digest import visits

    assert visits._comments(phrase, lang) is comments


def test_a_local_head_of_government_named_once_without_a_country_hosts_the_guests_tied_to_theirs(
        tmp_path: Path) -> None:
    # A local outlet needs no country for its own leader; "Cabinet Chairman" is the head of government.
    text = """Steppe Herald

Water talks in Bishkek

20 May 2026

Bishkek, 20 May. Cabinet Chairman Talant Osmonov today received Uzbek Prime Minister Aziz Karimov.

Opposition MP Daniyar Sadykov criticised the talks. "The deal is vague," Sadykov said. "We need numbers," Sadykov said.
"""
    visit = visit_of(tmp_path, text)
    assert visit.title == "Karimov visits Osmonov in Bishkek"
    assert "Daniyar Sadykov" not in visit.participants


def test_a_kyrgyz_deputy_commenting_takes_no_part(tmp_path: Path) -> None:
    # "Жогорку Кеңештин депутаты": the member of parliament's word ends the role phrase.
    text = """Кабар

Ташкентте сүйлөшүүлөр

20-май 2026

Ташкент, 20-май — Кыргызстандын Президенти Садыр Жапаров Өзбекстандын Президенти Шавкат Мирзиёев менен жолукту.

Жапаров менен Мирзиёев суу маселесин талкуулашты. Жапаров келишимге кол койду.

Жогорку Кеңештин депутаты Азамат Бекташев долбоорду сынга алды. «Бул кымбат», — деди Бекташев. «Эсеп керек», — деди Бекташев. «Убакыт жок», — деди Бекташев.
"""
    visit = visit_of(tmp_path, text)
    assert "Азамат Бекташев" not in visit.participants


STATE_VISIT = """Baltic Herald

Austrian president on state visit to Lithuania

8 June 2026

VILNIUS — Austrian President Karl Brenner began a state visit to Lithuania on Monday. He was received by President Gitanas Nauseda and then held talks with Prime Minister Inga Ruginiene.

"Our trade has grown to 900 million euros," Ruginiene said after the talks. "We want to reach one billion by 2028."

Ruginiene added that Austrian companies employ thousands of Lithuanians. "They are welcome here," Ruginiene said.

"Austria is a reliable partner," Nauseda said. Brenner thanked his hosts. "We stand by Lithuania," Brenner said.
"""


def test_a_head_of_state_on_a_state_visit_visits_the_host_head_of_state(tmp_path: Path) -> None:
    # The prime minister is quoted more, but the president came to see his counterpart: the host's president.
    visit = visit_of(tmp_path, STATE_VISIT)
    assert visit.title == "Brenner visits Nauseda in Vilnius"
    assert set(visit.participants[:2]) == {"Karl Brenner", "Gitanas Nauseda"}
    assert "Inga Ruginiene" in visit.participants


def test_a_prime_minister_on_a_visit_visits_the_host_prime_minister(tmp_path: Path) -> None:
    text = (STATE_VISIT.replace("Austrian President Karl Brenner", "Austrian Chancellor Karl Brenner")
            .replace("Austrian president", "Austrian chancellor").replace("a state visit", "an official visit")
            .replace("He was received by President Gitanas Nauseda and then held talks with Prime Minister Inga "
                     "Ruginiene", "He held talks with Prime Minister Inga Ruginiene and later met President "
                     "Gitanas Nauseda"))
    visit = visit_of(tmp_path, text)
    # A chancellor has no counterpart among the hosts named: the title keeps the host the text quotes most.
    assert visit.title == "Brenner visits Ruginiene in Vilnius"


RU_QUOTED = """Вести

Вице-премьер Новак провёл переговоры в Алжире

12 октября 2026

АЛЖИР, 12 октября. Министр энергетики Алжира Карим Бенали принял в Алжире вице-премьера России Андрея Сидорцева.

"Мы договорились о поставках газа", — сказал Андрей Сидорцев. "Это важный шаг", — добавил Сидорцев.

Министр Бенали поблагодарил гостя. "Россия - наш партнёр", — сказал Бенали.
"""

FR_NAMED = """Le Quotidien d'Oran

Russie-Algérie : accord gazier à Alger

12 octobre 2026

ALGER - Le ministre de l'Énergie Karim Benali a reçu dimanche à Alger le vice-Premier ministre russe Andreï Sidortsev. Les deux pays ont signé un accord gazier.

Andreï Sidortsev est arrivé samedi. Karim Benali a salué « un partenariat stratégique », selon le communiqué.
"""


def test_a_participant_goes_by_the_name_his_quotes_go_by(tmp_path: Path) -> None:
    # Quoted only in Russian and named in French: the participants and the quotes call him the same.
    (tmp_path / "a.txt").write_text(RU_QUOTED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR_NAMED, encoding="utf-8")
    digest = pipeline.build([str(tmp_path)], Config(), use_cache=False, jobs=1)
    assert len(digest.visits) == 1
    said = {q.speaker for q in digest.quotes if q.speaker}
    sidortsev = [p for p in digest.visits[0].participants if p.endswith(("Sidortsev", "Сидорцев"))]
    assert len(sidortsev) == 1 and sidortsev[0] in said
    assert digest.visits[0].title == "Sidortsev visits Benali in Algiers"


@pytest.mark.parametrize(("heading", "latin", "alike"), [
    ("Александр Новак", "Alexandre Novak", True),
    ("Юлія Свириденко", "Julia Swyrydenko", True),
    ("Даугавпилсе Пашинян", "Nikols Pašinjans", False),  # a place glued to the surname: not his name
    ("เอกนิติ นิติทัณฑ์ประภาศ", "Ekniti Nitithanprapas", False),  # no capitals: the Latin name stays
])
def test_a_participant_keeps_a_heading_only_when_it_spells_the_latin_name(heading: str, latin: str, alike: bool) -> None:
    from digest import visits

    assert visits._participant_names(["k"], {"k": latin}, {"k": {heading: 2, latin: 1}}, {heading}) == (
        heading if alike else latin,)
