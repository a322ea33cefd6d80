"""The shipped gazetteer (digest/data/places.txt): it parses, covers every UN member, finds inflected
forms, and leaves ordinary words and first names alone."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from digest import places
from digest.data import marks_as_letters
from digest.speakers import People

# The 193 UN member states (ISO 3166 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN
CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY
HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT
MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW
KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()


def _entries() -> list[list[str]]:
    text = resources.files("digest.data").joinpath("places.txt").read_text("utf-8")
    return [[f.strip() for f in line.split("|")] for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193


def test_every_line_has_the_format():
    for fields in _entries():
        assert len(fields) in (4, 5), fields
        name, code, kind, forms, *rest = fields
        assert name and len(code) == 2 and code.isupper(), fields
        assert kind in ("capital", "city", "country", "seat"), fields
        assert not rest or rest[0].startswith("adj:"), fields
        if rest:
            assert kind == "country", fields
        if kind == "seat":
            # A seat stands for its country's capital, and its forms are whole words.
            assert places.capital(code) is not None, fields
            assert "*" not in forms, fields
        for form in forms.split(",") + (rest[0].removeprefix("adj:").split(",") if rest else []):
            form = form.strip()
            if form.endswith("*"):
                # A stem shorter than places._MIN_STEM would be read as an exact form, a surprise.
                assert len(form) > places._MIN_STEM, form
                assert " " not in form, form


def test_canonical_names_are_unique():
    names = Counter(fields[0] for fields in _entries())
    assert [n for n, c in names.items() if c > 1] == []


def test_no_form_names_two_countries():
    seen: dict[str, set[str]] = {}
    for name, code, _, forms, *_ in _entries():
        for form in [name, *forms.split(",")]:
            if form.strip():
                seen.setdefault(form.strip().casefold(), set()).add(code)
    assert {f: c for f, c in seen.items() if len(c) > 1} == {}


@pytest.mark.parametrize("code", UN_MEMBERS)
def test_every_un_member_has_a_country_and_one_capital(code):
    kinds = Counter(kind for _, c, kind, *_ in _entries() if c == code)
    assert kinds["country"] == 1
    assert kinds["capital"] == 1
    assert places.capital(code) is not None and places.capital(code).country == code


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Kairze", "Cairo"),
        # Bulgarian and Serbo-Croatian exonyms of Nicosia, a Hungarian case of Tashkent.
        ("Никозия", "Nicosia"),
        ("Nikoziji", "Nicosia"),
        ("Taskentben", "Tashkent"),
        ("Улан-Баторе", "Ulaanbaatar"),
        ("Rabat", "Rabat"),
        ("Rabacie", "Rabat"),
        ("Ägypten", "Egypt"),
        ("Египте", "Egypt"),
        ("Єгипті", "Egypt"),
        ("Marruecos", "Morocco"),
        ("Marokko", "Morocco"),
        ("Rijadzie", "Riyadh"),
        ("Arabii Saudyjskiej", "Saudi Arabia"),
        ("Mongolii", "Mongolia"),
        ("Indonezji", "Indonesia"),
        ("Österreich", "Austria"),
        ("Oostenrijk", "Austria"),
        ("Tschechien", "Czech Republic"),
        ("Algérie", "Algeria"),
        ("Wietnamie", "Vietnam"),
        ("Meksyku", "Mexico City"),
        ("Messico", "Mexico"),
        ("Argentynie", "Argentina"),
        ("Kanadzie", "Canada"),
        ("Australii", "Australia"),
        ("Izraelu", "Israel"),
        ("Katarze", "Qatar"),
        ("Pakistanie", "Pakistan"),
        ("Afganistanie", "Afghanistan"),
        ("Сирии", "Syria"),
        ("Nigerii", "Nigeria"),
        ("Etiopii", "Ethiopia"),
        ("Kenii", "Kenya"),
        ("Jordanii", "Kingdom of Jordan"),
        ("Brazylii", "Brazil"),
        ("Dżuddzie", "Jeddah"),
        ("Hiroszimie", "Hiroshima"),
        ("Francoforte", "Frankfurt"),
        ("Amburgo", "Hamburg"),
        ("Німеччині", "Germany"),
        ("Відні", "Vienna"),
        # Ukrainian writes і where Russian writes и: "в Афінах", "у Триполі" (Russian "в Афинах", "в Триполи").
        ("Афінах", "Athens"),
        ("Триполі", "Tripoli"),
        ("Griekenland", "Greece"),
        ("Verenigde Staten", "United States"),
        ("Wit-Rusland", "Belarus"),
        # Russian Белоруссия declines (назвал Белоруссию, с Белоруссией): the country, never a person.
        ("Белоруссию", "Belarus"),
        ("Белоруссией", "Belarus"),
        # Bosnian, Croatian and Serbian: Azerbejdžan declines (Azerbejdžana, Azerbejdžanu), Cyrillic too.
        ("Azerbejdžana", "Azerbaijan"),
        ("Азербејџану", "Azerbaijan"),
        # Kyrgyz Дүйшөмбү is also Monday: only the case forms Monday does not take are listed ("to", "the one in").
        ("Дүйшөмбүгө", "Dushanbe"),
        ("Дүйшөмбүдөгү", "Dushanbe"),
        # Polish Chiny is plural: "ministrem spraw zagranicznych Chin" (genitive), "z Chinami", "Chinom".
        ("Chin", "China"),
        ("Chinami", "China"),
        # A summit town off the capitals list: Polish "w Aruszy", Russian "в Аруше".
        ("Aruszy", "Arusha"),
        ("Аруше", "Arusha"),
        # German exonyms: Bischkek, Taschkent, Maskat.
        ("Bischkek", "Bishkek"),
        ("Taschkent", "Tashkent"),
        ("Maskat", "Muscat"),
    ],
)
def test_inflected_forms(form, name):
    place = places.lookup(form)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("word", "code"),
    [("egiziano", "EG"), ("ägyptischen", "EG"), ("egipskiego", "EG"), ("marocain", "MA"), ("marroquí", "MA"),
     ("saudyjskiego", "SA"), ("австрийский", "AT"), ("австрійський", "AT"), ("mongolskiego", "MN"),
     ("nordkoreanischen", "KP"), ("południowokoreańskiego", "KR"), ("indonesiano", "ID"), ("czeskiego", "CZ"),
     ("німецького", "DE"), ("duitse", "DE"), ("amerikaanse", "US"), ("польського", "PL"),
     ("Luxemburgse", "LU"), ("luxemburguesa", "LU"), ("lucemburský", "LU"), ("azerbejdžanski", "AZ"),
     ("азербејџанског", "AZ")],
)
def test_demonyms(word, code):
    assert places.demonym(word) == code


@pytest.mark.parametrize(
    ("text", "lang", "name", "locative"),
    [
        ("Rozmowy odbyły się w Kairze.", "pl", "Cairo", True),
        ("Переговоры прошли в Улан-Баторе.", "ru", "Ulaanbaatar", True),
        ("Прем'єрка провела в Афінах переговори.", "uk", "Athens", True),
        ("Sánchez aterrizó en Rabat el jueves.", "es", "Rabat", True),
        ("Il presidente è arrivato a Rabat.", "it", "Rabat", True),
        ("Der Kanzler reist in Ägypten.", "de", "Egypt", True),
        ("Le roi a reçu le président à Rabat.", "fr", "Rabat", True),
        ("Il vertice a Sharm el-Sheikh.", "it", "Sharm el-Sheikh", True),
        ("Visita in Corea del Nord.", "it", "North Korea", True),
        ("Wizyta w Korei Północnej.", "pl", "North Korea", True),
        ("Cumbre en Emiratos Árabes Unidos.", "es", "United Arab Emirates", True),
        # Slovak and Czech locatives of capitals (Bukurešť -> v Bukurešti, Brasília -> v Brasílii), Turkish spelling.
        ("Rokovania sa konali v Bukurešti.", "sk", "Bucharest", True),
        ("Jednání se konalo v Brasílii.", "cs", "Brasilia", True),
        ("Toplantı Duşanbe'de yapıldı.", "tr", "Dushanbe", True),
        ("Minister odcestuje do Kišiňova.", "sk", "Chisinau", True),
        # Turkish calls Damascus "Şam", its case ending after an apostrophe.
        ("Bakan Şam'da mevkidaşıyla görüştü.", "tr", "Damascus", True),
        # An article between the preposition and a name of several words: still where it happens.
        ("Los ministros se reunieron en la Ciudad de Guatemala.", "es", "Guatemala City", True),
        # A port city in the scripts its ministers' own press writes: Hebrew glues "in" (ב) to it.
        ("השר נפגש היום במרסיי עם עמיתו.", "he", "Marseille", True),
        ("Ο υπουργός βρέθηκε χθες στη Μασσαλία.", "el", "Marseille", True),
    ],
)
def test_find_in_sentences(text, lang, name, locative):
    found = places.find(text, [(0, len(text))], lang)
    assert [(f.place.name, f.locative) for f in found] == [(name, locative)]


# Ordinary words and first names in the digest's languages that look like places' names.
NOT_PLACES = """
male mali Mali jordan Jordan chad Chad victoria Victoria nice Nice salvador Salvador Praia praia Dominica Dominique
Kingston santiago Santiago Niger Togo того Того Kuba Kubie Dania dania gazy Gazy газа газе Газа gana Gana Sana sana
sanie Malte malte Maurice Mauricio Maurizio Colombo Georgetown Wellington Monaco monaco Island island Formosa formosa
rio Rio Florence Roseau Moroni EAU eau Daca Goma goma Sucre sucre La Paz Thais lets Lets dane Dane Chilli
Balijski kubie Кубе кубы Гана Гане чаде Чаде Kito Bangi
""".split()


@pytest.mark.parametrize("word", NOT_PLACES)
def test_ordinary_words_are_not_places(word):
    assert places.lookup(word) is None
    assert places.demonym(word) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La paz en Ucrania es posible, dijo el ministro.", ["Ukraine"]),
        ("Mali chłopcy bawili się w parku.", []),
        ("Male voters stayed at home.", []),
        ("Victoria Beckham and Jordan Peterson met Salvador Dalí's heirs.", []),
        ("Gana el Real Madrid por dos goles.", ["Madrid"]),
        ("Dania z grilla podano na obiad.", []),
        ("Malte Müller sagte, er malte das Bild.", []),
        ("Того же дня он уехал.", []),
        ("Dominique et Maurice ont visité Nice.", []),
        ("Gazy cieplarniane. Газа нет в трубе.", []),
    ],
)
def test_sentences_without_wrong_places(text, names):
    assert [f.place.name for f in places.find(text, [(0, len(text))], "und")] == names


@pytest.mark.parametrize(
    ("text", "lang", "name", "locative"),
    [
        ("Starmer welcomed Carney to Downing Street.", "en", "Downing Street", True),
        ("Talks at the White House.", "en", "White House", True),
        ("The Kremlin said nothing.", "en", "Kremlin", False),
        ("Переговоры прошли в Кремле.", "ru", "Kremlin", True),
        ("Incontro a Palazzo Chigi.", "it", "Palazzo Chigi", True),
        ("Reunión en la Moncloa.", "es", "Moncloa", True),
        ("Treffen im Weißen Haus.", "de", "White House", True),
        ("Spotkanie w Białym Domu.", "pl", "White House", True),
        # A monarch's residences host state visits as a government's seat hosts talks.
        ("Der König empfing den Gast in Windsor.", "de", "Windsor Castle", True),
        ("A state banquet at Buckingham Palace.", "en", "Buckingham Palace", True),
    ],
)
def test_seats_of_government_are_found_with_their_preposition(text, lang, name, locative):
    found = places.find(text, [(0, len(text))], lang)
    assert [(f.place.name, f.place.kind, f.locative) for f in found] == [(name, "seat", locative)]


def test_a_seat_names_no_city_and_kremlin_still_ties_to_russia():
    # lookup() and naming() read a word as a place's name: a seat is none (Downing Street is no city).
    assert places.lookup("Downing Street") is None and places.lookup("Palazzo Chigi") is None
    assert places.naming(["Moncloa", "Quirinale", "Madrid"]) == {"Madrid"}
    assert places.demonym("kremlin") == places.demonym("cremlino") == places.demonym("kreml") == "RU"
    assert places.lookup("Kremlin") is None


@pytest.mark.parametrize("form, code", [("Polens", "PL"), ("Japans", "JP"), ("Spaniens", "ES"), ("Usbekistans", "UZ")])
def test_german_genitive_country_forms(form: str, code: str) -> None:
    # "Polens Präsident X": the genitive ties the office holder to the country as an adjective does.
    place = places.lookup(form)
    assert place is not None and place.country == code and place.kind == "country"




# A hand-written sample: an adjective of each of 30 countries in each of the 12 languages.
# (lang, word, code): it de pl en fr es ru pt nl uk cs ro
ROWS = {
    "EE": "estone estnischen estońskiego estonian estonien estonio эстонский estónio estse естонського estonský estonian",
    "CL": "cileno chilenischen chilijskiego chilean chilien chileno чилийский chileno chileense чилійського chilský chilian",
    "VN": "vietnamita vietnamesischen wietnamskiego vietnamese vietnamien vietnamita вьетнамский vietnamita vietnamese в'єтнамського vietnamský vietnamez",
    "NG": "nigeriano nigerianischen nigeryjskiego nigerian nigérian nigeriano нигерийский nigeriano nigeriaanse нігерійського nigerijský nigerian",
    "DZ": "algerino algerischen algierskiego algerian algérien argelino алжирский argelino algerijnse алжирського alžírský algerian",
    "MA": "marocchino marokkanischen marokańskiego moroccan marocain marroquí марокканский marroquino marokkaanse марокканського marocký marocan",
    "IL": "israeliano israelischen izraelskiego israeli israélien israelí израильский israelense israëlische ізраїльського izraelský israelian",
    "SA": "saudita saudischen saudyjskiego saudi saoudien saudí саудовский saudita saoedische саудівського saúdský saudit",
    "IQ": "iracheno irakischen irackiego iraqi irakien iraquí иракский iraquiano iraakse іракського irácký irakian",
    "QA": "qatariota katarischen katarskiego qatari qatarien catarí катарский catariano katarese катарського katarský qatarez",
    "AE": "emiratino emiratischen emirackiego emirati émirien emiratí эмиратский emiradense emiraatse еміратського emirátský emiratez",
    "PK": "pakistano pakistanischen pakistańskiego pakistani pakistanais paquistaní пакистанский paquistanês pakistaanse пакистанського pákistánský pakistanez",
    "AF": "afghano afghanischen afgańskiego afghan afghane afgano афганский afegão afghaanse афганського afghánský afgan",
    "TH": "thailandese thailändischen tajlandzkiego thai thaïlandais tailandés таиландский tailandês thailandse таїландського thajský thailandez",
    "ID": "indonesiano indonesischen indonezyjskiego indonesian indonésien indonesio индонезийский indonésio indonesische індонезійського indonéský indonezian",
    "PH": "filippino philippinischen filipińskiego philippine philippin filipino филиппинский filipino filipijnse філіппінського filipínský filipinez",
    "MX": "messicano mexikanischen meksykańskiego mexican mexicain mexicano мексиканский mexicano mexicaanse мексиканського mexický mexican",
    "AR": "argentino argentinischen argentyńskiego argentinian argentin argentino аргентинский argentino argentijnse аргентинського argentinský argentinian",
    "CO": "colombiano kolumbianischen kolumbijskiego colombian colombien colombiano колумбийский colombiano colombiaanse колумбійського kolumbijský colombian",
    "VE": "venezuelano venezolanischen wenezuelskiego venezuelan vénézuélien venezolano венесуэльский venezuelano venezolaanse венесуельського venezuelský venezuelean",
    "CA": "canadese kanadischen kanadyjskiego canadian canadien canadiense канадский canadense canadese канадського kanadský canadian",
    "AU": "australiano australischen australijskiego australian australien australiano австралийский australiano australische австралійського australský australian",
    "KE": "keniano kenianischen kenijskiego kenyan kényan keniano кенийский queniano keniaanse кенійського keňský kenyan",
    "ET": "etiope äthiopischen etiopskiego ethiopian éthiopien etíope эфиопский etíope ethiopische ефіопського etiopský etiopian",
    "EG": "egiziano ägyptischen egipskiego egyptian égyptien egipcio египетский egípcio egyptische єгипетського egyptský egiptean",
    "IE": "irlandese irischen irlandzkiego irish irlandais irlandés ирландский irlandês ierse ірландського irský irlandez",
    "PT": "portoghese portugiesischen portugalskiego portuguese portugais portugués португальский português portugese португальського portugalský portughez",
    "CH": "svizzero schweizerischen szwajcarskiego swiss suisse suizo швейцарский suíço zwitserse швейцарського švýcarský elvețian",
    "NL": "olandese niederländischen holenderskiego dutch néerlandais neerlandés нидерландский holandês nederlandse нідерландського nizozemský olandez",
    "SE": "svedese schwedischen szwedzkiego swedish suédois sueco шведский sueco zweedse шведського švédský suedez",
}
LANGS = "it de pl en fr es ru pt nl uk cs ro".split()
SAMPLE = [(l, w, c) for c, ws in ROWS.items() for l, w in zip(LANGS, ws.split(), strict=True)]


@pytest.mark.parametrize(("lang", "word", "code"), SAMPLE)
def test_adjectives_in_every_language(lang, word, code):
    assert places.demonym(word) == code, (lang, word)


def test_seats_of_government_of_newly_supported_languages_stand_for_their_capital() -> None:
    # "talks at Rosenbad", "v Strakově akademii", "Beştepe'de": the venue is the capital.
    from digest import places

    for text, capital in (("Samtalen hölls på Rosenbad i går.", "Stockholm"),
                          ("Jednání proběhlo ve Strakově akademii.", "Prague"),
                          ("Görüşme Beştepe'de yapıldı.", "Ankara")):
        found = places.find(text, [(0, len(text))])
        assert found and found[0].place.kind == "seat"
        assert places.capital(found[0].place.country).name == capital


def test_a_case_ending_after_an_apostrophe_is_no_part_of_the_place() -> None:
    # Turkish "İstanbul'da" is "in Istanbul"; "Moscow's" is Moscow; a capital after the apostrophe
    # belongs to the name ("L'Aquila" stays one word).
    from digest import places

    def found(text: str, lang: str) -> list[tuple[str, bool]]:
        return [(f.place.name, f.locative) for f in places.find(text, [(0, len(text))], lang)]

    assert found("Görüşme İstanbul'da yapıldı.", "tr") == [("Istanbul", True)]
    assert found("Merz ikinci gün Ankara'ya geçti.", "tr") == [("Ankara", False)]
    assert found("Moscow's mayor spoke.", "en") == [("Moscow", False)]
    assert found("Il sindaco di L'Aquila.", "it") == []


@pytest.mark.parametrize(("text", "lang", "name", "surface", "locative"), [
    ("Kast a été reçu mercredi à l’Élysée par Emmanuel Macron.", "fr", "Élysée", "Élysée", True),
    ("Il portavoce dell'Eliseo ha parlato.", "it", "Élysée", "Eliseo", False),
])
def test_a_place_after_an_elided_article_is_found(text: str, lang: str, name: str, surface: str, locative: bool) -> None:
    found = places.find(text, [(0, len(text))], lang)
    assert [(f.place.name, text[f.start : f.end], f.locative) for f in found] == [(name, surface, locative)]


def test_a_capital_after_an_apostrophe_inside_a_name_is_still_no_place() -> None:
    text = "L'Aquila e D'Alema"
    assert places.find(text, [(0, len(text))], "it") == []


@pytest.mark.parametrize(
    ("word", "code"),
    [("Ukrainians", "UA"), ("українців", "UA"), ("Estonians", "EE"), ("portugueses", "PT"), ("francs", None), ("Franken", None), ("obywateli", None),
     # Nouns built otherwise than their country's name (Pol-ska, Pol-acy; Litw-a, Litwin-i).
     ("Polaków", "PL"), ("Polacy", "PL"), ("Poláků", "PL"), ("Litwinów", "LT")],
)
def test_a_people_s_noun_points_to_its_country(word: str, code: str | None) -> None:
    # Its first letters are its country's ("Ukrain-ians", "Ukrain-e"); a currency sharing a
    # country's first letters ("franc-s", "Franc-e") is no people.
    assert places.people(word) == code


def test_a_country_s_own_name_in_its_own_language_is_no_speaker() -> None:
    # Icelandic writes Iceland "Ísland": unknown to the gazetteer, it was a speaker and a visit's participant.
    assert places.lookup("Íslands") == places.lookup("Iceland")
    text = "„Við gefumst ekki upp,“ sagði Ísland. Ísland og Noregur undirrituðu. Ísland veit."
    assert People(text, [(0, len(text))], "is").people() == ()


@pytest.mark.parametrize("form, name", [("ԿԻԵՎ", "Kyiv"), ("Կիեվ", "Kyiv"), ("ԵՐԵՎԱՆՈՒՄ", "Yerevan"), ("Երևանից", "Yerevan")])
def test_armenian_ligature_ev_is_found_in_capitals(form: str, name: str) -> None:
    # և has no capital: a dateline in capitals writes ԵՎ, which folds to եվ, not to և's own folding եւ.
    place = places.lookup(form)
    assert place is not None and place.name == name


@pytest.mark.parametrize("form, code", [("Հնդկաստանի", "IN"), ("Ճապոնիայում", "JP"), ("Լեհաստանից", "PL"), ("Իտալիան", "IT")])
def test_armenian_country_names_in_their_cases(form: str, code: str) -> None:
    # "Հնդկաստանի ԱԳ նախարարը" (India's foreign minister): a country the gazetteer lacked was a participant.
    place = places.lookup(form)
    assert place is not None and place.country == code
    text = f"«Մենք պատրաստ ենք»,- նշեց {form} ԱԳ նախարարը։ Նախարար Արամ Սարգսյանը ժամանել է։"
    assert form not in " ".join(People(text, [(0, len(text))], "hy").people())


def test_the_armenian_locative_ending_places_the_event() -> None:
    # "Երևանում" (in Yerevan) is where it happens; "Երևանից" (from Yerevan) is not.
    text = "Նախարարը Երևանում հանդիպել է գործընկերոջը, հետո մեկնել Երևանից։"
    found = places.find(text, [(0, len(text))], "hy")
    assert [(text[f.start : f.end], f.locative) for f in found] == [("Երևանում", True), ("Երևանից", False)]


def test_a_devanagari_spelling_with_the_short_vowel() -> None:
    # Hindi news writes अबु धाबी (short u) as often as अबू धाबी: without it the visit had no place.
    assert places.lookup_whole(marks_as_letters("अबु धाबी")) == places.lookup_whole(marks_as_letters("अबू धाबी"))
    assert places.lookup_whole(marks_as_letters("अबु धाबी")) is not None
