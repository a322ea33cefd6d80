"""Key numbers across languages and number conventions: measures named in two languages, found by probes W and X."""

from __future__ import annotations

import dataclasses

import pytest

from figures import conflict_values, visit_of, visit_in_languages

from digest.numbers import find_conflicts



def test_one_measure_named_in_two_languages_conflicts() -> None:
    arts, nums = visit_in_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 12 Milliarden Euro."),
        "it": ("it", "Nel 2024 l'interscambio tra i due Paesi è stato di 15 miliardi di euro."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["de", "it"]]


def test_trade_with_a_volume_word_is_still_trade_across_languages() -> None:
    # Latvian "apjoms" (volume) is a generic word: keyed as trade too, it struck trade out of every label.
    arts, nums = visit_in_languages({
        "lv": ("lv", "Ministrs sacīja, ka abu valstu tirdzniecības apgrozījums 2024. gadā bija 30 miljoni eiro."),
        "ru": ("ru", "По словам министра, товарооборот двух стран в 2024 году составил 36 миллионов евро."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["lv", "ru"]]


def test_soldiers_counted_in_two_languages_conflict() -> None:
    # The Lithuanian count's noun follows a country's genitive; the German pairs both genders.
    arts, nums = visit_in_languages({
        "lt": ("lt", "Ministras sakė, kad šiuo metu Lietuvoje yra 900 Lenkijos karių."),
        "de": ("de", "Derzeit sind in Litauen rund 1.100 Soldatinnen und Soldaten stationiert."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["de", "lt"]]


@pytest.mark.parametrize(
    "texts",
    [
        # A counted noun named in two languages, one of them too short to count on its own ("Lkw").
        {"de": ("de", "Im vergangenen Jahr fuhren 1,8 Millionen Lkw durch das Tal, sagte der Minister."),
         "it": ("it", "L'anno scorso sono passati nella valle 1,5 milioni di camion.")},
        # Czech declines "obchod" (trade): "obchodu", "obchodem" are the same measure.
        {"cs": ("cs", "Podle ministerstva loni činil objem obchodu mezi oběma zeměmi 2,2 miliardy dolarů."),
         "en": ("en", "Bilateral trade reached USD 2.6 billion last year, the minister said.")},
    ],
)
def test_a_count_or_a_declined_measure_in_two_languages_conflicts(texts: dict[str, tuple[str, str]]) -> None:
    arts, nums = visit_in_languages(texts)
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [sorted(texts)]


def test_no_generic_word_is_keyed_as_a_measure() -> None:
    """A [generic] word ("volume") also on a [synonyms] line makes its key generic in every label."""
    from digest.numbers import _languages, _synonyms, lexicon

    assert {lang: sorted(w for w in lexicon(lang).generic.forms if w in _synonyms(lang)[0]) for lang in _languages()} == {
        lang: [] for lang in _languages()
    }


def test_other_measures_in_two_languages_stay_apart() -> None:
    arts, nums = visit_in_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 12 Milliarden Euro."),
        "it": ("it", "Nel 2024 gli investimenti tra i due Paesi sono stati di 15 miliardi di euro."),
    })
    assert find_conflicts(nums, arts) == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The state owes local builders about 300 million euros. Of this amount, 120 million were repaid in May."),
        ("pt", "O Estado deve às construtoras cerca de 300 milhões de euros. Desse montante, 120 milhões foram pagos em maio."),
        ("it", "Lo Stato deve alle imprese circa 300 milioni di euro. Di questa somma, 120 milioni sono stati pagati a maggio."),
        ("pl", "Państwo jest winne firmom około 300 mln euro. Z tej kwoty, 120 mln euro spłacono w maju."),
    ],
)
def test_a_part_named_by_the_next_sentence_s_opening_is_no_conflict(lang: str, text: str) -> None:
    arts, nums = visit_of({"a": text, "b": text.replace("120", "100")}, lang)
    assert sorted(n.value for n in nums if n.article == "a") == [120e6, 300e6]
    assert find_conflicts(nums, arts) == ()


def test_a_sentence_opening_phrase_before_a_later_clause_names_no_part() -> None:
    # The phrase opens the sentence, but the figure stands in a later clause: a report of the total.
    text = "The state owes builders 300 million euros. Of this amount, officials said, 310 million is due."
    arts, nums = visit_of(text, "en")
    assert len(find_conflicts(nums, arts)) == 1


def test_a_part_named_by_the_next_sentence_of_one_quote_is_no_conflict() -> None:
    # A quote is read as one sentence: the phrase opens the quote's second sentence.
    text = (
        "O ministro Rui Costa falou aos jornalistas. “O Estado deve às construtoras cerca de 300 milhões de euros. "
        "Desse montante, 120 milhões foram pagos em maio”, disse o ministro."
    )
    arts, nums = visit_of(text, "pt")
    assert sorted(n.value for n in nums) == [120e6, 300e6]
    assert find_conflicts(nums, arts) == ()


def _values(text: str, lang: str) -> list[tuple[str, float]]:
    from figures import found

    return [(n.surface, n.value) for n in found(text, lang)]


def test_an_article_writing_decimal_points_groups_thousands_with_commas() -> None:
    # Latin American Spanish writes figures the English way: the article's own decimals show it.
    text = (
        "El ministro Luis Ortega dijo que la economía creció 2.5 por ciento. "
        "Hay 4,200 empresas chilenas en Perú y cerca de 1,600 de ellas exportan."
    )
    assert _values(text, "es") == [("2.5 por ciento", 2.5), ("4,200 empresas", 4200), ("cerca de 1,600", 1600)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The language's own way stays: decimal commas, grouping points.
        ("es", "La economía creció 2,5 por ciento y hay 4.200 empresas chilenas en Perú.", [("2,5 por ciento", 2.5), ("4.200 empresas", 4200)]),
        # A time ("alle 14.30") beside a grouping point is no English figure.
        ("it", "L'incontro è iniziato alle 14.30: in Italia operano 1.250 aziende tedesche.", [("1.250 aziende", 1250)]),
    ],
)
def test_an_article_in_its_language_s_own_convention_is_read_so(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _values(text, lang) == expected


def test_a_count_is_never_a_fraction() -> None:
    # No decimal in the article to tell its convention: 4.2 firms is no reading.
    assert _values("Hay 4,200 empresas chilenas en Perú.", "es") == [("4,200 empresas", 4200)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("ru", "В прошлом году товарооборот превысил 4,1 млрд долларов.", 4_100_000_000, "more than"),
        ("uk", "Торік товарообіг перевищив 2,3 млрд доларів.", 2_300_000_000, "more than"),
        # A scaled decimal is the written value exactly, not a float product (4,1 × 10⁶).
        ("it", "L'interscambio è stato di 4,1 milioni di euro.", 4_100_000, None),
    ],
)
def test_a_verb_of_exceeding_bounds_a_scaled_figure_read_exactly(lang: str, text: str, value: float, qualifier: str | None) -> None:
    from figures import found

    [n] = found(text, lang)
    assert (repr(n.value), n.qualifier) == (repr(float(value)), qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("es", "El plan creará entre 12 mil y 14 mil puestos de trabajo.", "entre 12 mil y 14 mil puestos"),
        ("it", "Il piano creerà tra 12 mila e 14 mila posti di lavoro.", "tra 12 mila e 14 mila posti"),
    ],
)
def test_a_range_of_a_count_with_a_scale_at_each_end_is_one_figure(lang: str, text: str, surface: str) -> None:
    from figures import found

    assert [(n.surface, n.value, n.value_end) for n in found(text, lang)] == [(surface, 12000, 14000)]


def test_a_german_verb_ending_the_clause_is_no_counted_noun() -> None:
    from figures import found

    text = "Der Umsatz lag 2024 bei 3,2 Milliarden Euro. Bis 2028 will die Gruppe die Schwelle von fünf Milliarden überschreiten."
    assert [(n.value, n.unit) for n in found(text, "de")] == [(3.2e9, "EUR"), (5e9, "EUR")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The charter costs USD 420,000 a day, the minister said.", [(420000, "USD")]),
    ],
)
def test_an_indefinite_time_unit_right_after_a_figure_is_a_rate(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    from figures import found

    assert [(n.value, n.unit) for n in found(text, lang)] == expected


def test_a_qualifier_abbreviation_is_no_label() -> None:
    from figures import found

    # "ok." abbreviates "około" (about): without its full stop it is still no word of a label.
    text = "Z ok. 300 mld euro zamrożonych w Unii Europejskiej ok. 250 mld euro leży w Brukseli."
    assert all("ok" not in (n.what or "").split() for n in found(text, "pl"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O apoio às exportações passa de 700 milhões para 900 milhões de euros."),
        ("de", "Die Kreditlinie steigt von 700 Millionen auf 900 Millionen Euro."),
    ],
)
def test_a_currency_written_after_the_second_sum_is_the_first_s_too(lang: str, text: str) -> None:
    from figures import found

    assert [(n.value, n.unit) for n in found(text, lang)] == [(7e8, "EUR"), (9e8, "EUR")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # The name after a speech verb's role subject, set off by a comma.
        (
            "fr",
            "Le président Jean Morel a reçu son homologue. « Nous avançons », a-t-il dit.\n\n"
            "Le pays consacrera 3,4 % de son PIB à la santé, a indiqué la ministre de l'Économie et des Finances publiques, Claire Duval, présente à Rome.",
            "Claire Duval",
        ),
        # The name closing an apposition before the verb, its role before it.
        (
            "es",
            "El presidente Luis Ortega recibió a su homólogo.\n\n"
            "Un año antes, la ministra de Economía, Ana Ríos, había cifrado la inversión en 900 millones de euros.",
            "Ana Ríos",
        ),
    ],
)
def test_a_figure_s_source_named_in_an_apposition(lang: str, text: str, speaker: str) -> None:
    from figures import found

    assert [n.speaker for n in found(text, lang) if n.unit in ("%", "EUR")] == [speaker]


def test_a_name_in_apposition_to_one_of_two_subjects_is_no_source() -> None:
    from figures import found

    text = (
        "Le président Jean Morel a reçu son homologue.\n\n"
        "Le président Paul Riva et son homologue, Jean Morel, ont affirmé que 12 accords étaient prêts."
    )
    assert [n.speaker for n in found(text, "fr")] == [None]


def test_a_passive_speech_verb_names_no_source() -> None:
    from digest.model import TEXT, Block, Quote, Sentence
    from digest.numbers import find_numbers
    from digest.sentences import split
    from digest.speakers import People

    # "wurde nicht gesprochen" (was not discussed): narration, not the expert quoted before.
    text = (
        "Der Ökonom Paul Berger vom Institut für Wirtschaft sieht Chancen. „Der Handel wächst“, so Berger.\n\n"
        "Über den Grenzstreit im Golf von Triest, um den die Nachbarn seit über 20 Jahren ringen, wurde offiziell nicht gesprochen."
    )
    cut = text.index("\n\n")
    blocks = [Block(0, cut, TEXT), Block(cut + 2, len(text), TEXT)]
    sents = [Sentence(b.start + x, b.start + y, k) for k, b in enumerate(blocks) for x, y in split(text[b.start : b.end], "de")]
    mentions = People(text, [(b.start, b.end) for b in blocks], "de").resolve()
    at = text.index("„")
    quote = Quote(at, text.index("“") + 1, "Der Handel wächst", speaker="Paul Berger", cue="so Berger", kind="speech")
    assert [(n.value, n.speaker) for n in find_numbers(text, blocks, sents, [quote], "de", None, mentions)] == [(20, None)]


def test_a_measure_word_inside_a_source_phrase_is_no_label() -> None:
    # "De acordo com" (according to): "acordo" (agreement) names no measure there.
    arts, nums = visit_of({
        "a": "De acordo com os dados do consulado, vivem no Chile cerca de 40 mil brasileiros.",
        "b": "“Vivem aqui quase 55 mil brasileiros”, disse o embaixador.",
    }, "pt")
    assert [c.what for c in find_conflicts(nums, arts)] == ["brasileiros"]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("it", "Le esportazioni hanno superato nel 2024 i 7 miliardi di euro.", "7 miliardi di euro"),
        ("es", "Las ventas superaron en 2024 los 7.000 millones de euros.", "7.000 millones de euros"),
    ],
)
def test_a_verb_of_exceeding_bounds_its_figure_across_a_year(lang: str, text: str, surface: str) -> None:
    from figures import found

    assert [(n.surface, n.value, n.qualifier) for n in found(text, lang)] == [(surface, 7e9, "more than")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Blagovna menjava med državama je lani dosegla 9,5 milijarde evrov."),
        ("bg", "Стокообменът между двете страни през 2024 г. достигна 9,5 милиарда евро."),
        ("fi", "Maiden välinen kauppa oli vuonna 2024 noin 9,5 miljardia euroa."),
        ("hu", "A két ország közötti kereskedelem 2024-ben 9,5 milliárd euró volt."),
    ],
)
def test_trade_keyed_in_every_language_conflicts_with_another_language(lang: str, text: str) -> None:
    # Each language's [synonyms] line names its measure in English ("= trade"): without it the
    # Slovenian "menjava" and the German "Handel" are two measures.
    arts, nums = visit_in_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 7 Milliarden Euro."),
        lang: (lang, text.replace("lani", "leta 2024")),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [sorted(["de", lang])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Там нині живе близько мільйона українців."),
        ("ru", "Там сейчас живёт около миллиона украинцев."),
        ("pl", "Mieszka tam około miliona Ukraińców."),
        ("bg", "Там живеят около милион украинци."),
    ],
)
def test_a_scale_word_alone_in_the_singular_is_one_of_it(lang: str, text: str) -> None:
    assert [(round(v), q) for _, v, q in _read(text, lang)] == [(1_000_000, "about")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("uk", "Мільйони людей живуть там."), ("ru", "Миллионы людей живут там."), ("pl", "Miliony ludzi tam mieszkają."), ("bg", "Милиони хора живеят там.")],
)
def test_a_plural_scale_word_alone_is_no_figure(lang: str, text: str) -> None:
    assert _read(text, lang) == []


def _read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    from figures import found

    return [(n.surface, n.value, n.qualifier) for n in found(text, lang)]


def _conflicting(texts: dict[str, tuple[str, str]]) -> list[list[str]]:
    arts, nums = visit_in_languages(texts)
    return [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Prezydent przypomniał, że w Niemczech mieszka dziś ponad 1,5 mln obywateli Ukrainy."),
        ("uk", "За його словами, у Німеччині живе близько мільйона українців."),
        ("it", "Secondo lui in Germania vivono circa 1,4 milioni di cittadini ucraini."),
    ],
)
def test_a_people_counted_in_two_languages_conflicts(lang: str, text: str) -> None:
    # "Ukrainians", "obywateli Ukrainy" (citizens of Ukraine) and "українців" count one crowd.
    other = "About 1.2 million Ukrainians live in Germany, the minister said."
    assert _conflicting({"en": ("en", other), lang: (lang, text)}) == [sorted(["en", lang])]
    # Another people, or a people's firms, are other counts.
    russians = text.replace("Ukrainy", "Rosji").replace("українців", "росіян").replace("ucraini", "russi")
    assert _conflicting({"en": ("en", other), lang: (lang, russians)}) == []
    assert _conflicting({
        "en": ("en", "About 1,200 Ukrainians work in the region."),
        "it": ("it", "Nella regione operano circa 1.000 aziende ucraine."),
    }) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Lettonie consacrera cette année 3,1 % de son PIB à la défense."),
        ("fi", "Latvia käyttää tänä vuonna puolustukseen 3,1 prosenttia bruttokansantuotteestaan."),
        ("pl", "Łotwa przeznaczy w tym roku na obronność 3,1 proc. PKB."),
    ],
)
def test_one_country_s_share_of_gdp_in_two_languages_conflicts(lang: str, text: str) -> None:
    other = "Latvia will spend 3.5% of GDP on defence this year, the minister said."
    assert _conflicting({"en": ("en", other), lang: (lang, text)}) == [sorted(["en", lang])]
    # Shares of two countries' GDP are two measures.
    lithuania = "Lithuania will spend 3.5% of GDP on defence this year, the minister said."
    assert _conflicting({"en": ("en", lithuania), lang: (lang, text)}) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Im vergangenen Jahr kamen 2,1 Millionen Touristen aus Österreich."),
        ("es", "El año pasado llegaron 2,1 millones de turistas austriacos."),
        ("sl", "Lani je prišlo 2,1 milijona turistov iz Avstrije."),
    ],
)
def test_tourists_counted_in_two_languages_conflict(lang: str, text: str) -> None:
    other = "Last year 1.8 million tourists came from Austria."
    assert _conflicting({"en": ("en", other), lang: (lang, text)}) == [sorted(["en", lang])]


def test_a_conflict_is_labelled_by_its_measure_noun_not_the_words_after_it() -> None:
    arts, nums = visit_in_languages({
        "a": ("en", "Trade between the two countries reached USD 8.2 billion in 2024, the minister said."),
        "b": ("en", "Trade between the two neighbours was USD 9.6 billion in 2024, officials said."),
    })
    assert [c.what for c in find_conflicts(nums, arts)] == ["Trade (2024)"]


def test_a_count_s_conflict_is_labelled_by_the_counted_noun() -> None:
    # The clause names an agreement; what is counted is firms.
    arts, nums = visit_in_languages({
        "fr": ("fr", "Près de 250 entreprises françaises sont présentes dans le pays."),
        "es": ("es", "Con el acuerdo, ya operan en el país más de 300 empresas francesas."),
    })
    assert [c.what for c in find_conflicts(nums, arts)] in (["empresas"], ["entreprises"])


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("es", "Un día antes, en el palacio, el presidente habló. La visita durará dos días.", ["dos días"]),
        ("en", "Two days earlier, the minister had resigned. The talks lasted two hours.", ["two hours"]),
        ("de", "Vor drei Tagen hatte er gesprochen. Die Gespräche dauerten drei Stunden.", ["drei Stunden"]),
        ("it", "Tre anni fa il governo cadde. La visita durerà due giorni.", ["due giorni"]),
        ("ru", "Два дня назад министр заявил об отставке. Визит продлится три дня.", ["три дня"]),
        ("fr", "Deux jours plus tard, le ministre a démissionné. La visite durera trois jours.", ["trois jours"]),
    ],
)
def test_a_duration_before_an_offset_word_is_a_time_no_figure(lang: str, text: str, kept: list[str]) -> None:
    assert [s for s, _, _ in _read(text, lang)] == kept


def test_a_conflict_across_languages_is_labelled_in_the_first_preferred_one() -> None:
    arts, nums = visit_in_languages({
        "de": ("de", "Der Handel zwischen beiden Ländern erreichte im Jahr 2024 rund 12 Milliarden Euro."),
        "it": ("it", "Nel 2024 l'interscambio tra i due Paesi è stato di 15 miliardi di euro."),
    })
    assert [c.what for c in find_conflicts(nums, arts)] == ["Handel (2024)"]
    assert [c.what for c in find_conflicts(nums, arts, ("it", "de"))] == ["interscambio (2024)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "It is a billion-euro project for the region."), ("de", "Das ist eine Millionen-Frage für die Regierung.")],
)
def test_a_scale_word_in_a_compound_is_no_amount(lang: str, text: str) -> None:
    # A kind of project or question; "About a million people" stays a figure.
    assert _read(text, lang) == []
    assert [v for _, v, _ in _read("About a million people live there.", "en")] == [1e6]


def test_an_elided_bound_and_an_elided_people_s_noun_are_read() -> None:
    # "près d'un million d'Ukrainiens": "près d'" is "près de", the people counted are Ukrainiens.
    assert [(v, q) for _, v, q in _read("Près d'un million d'Ukrainiens vivent en Allemagne.", "fr")] == [(1e6, "almost")]
    assert _conflicting({
        "fr": ("fr", "Près d'un million d'Ukrainiens vivent en Allemagne, selon le ministre."),
        "pl": ("pl", "W Niemczech mieszka dziś ponad 1,4 mln obywateli Ukrainy."),
    }) == [["fr", "pl"]]


def test_one_value_given_as_two_bounds_is_two_claims_of_a_conflict() -> None:
    # "more than 20" and "almost 20" put the amount on either side of 20: both are shown.
    arts, nums = visit_in_languages({
        "de": ("de", "Der Handel erreichte im Jahr 2024 mehr als 20 Milliarden Euro."),
        "it": ("it", "Nel 2024 l'interscambio è stato di 18 miliardi di euro."),
        "fr": ("fr", "En 2024, les échanges commerciaux ont atteint près de 20 milliards d'euros."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["de", "fr", "it"]]


def test_a_count_of_people_is_the_count_its_clause_names_across_languages() -> None:
    # "people" and "personas" are named by their verbs: the dead, the participants.
    assert _conflicting({
        "en": ("en", "More than 200 people died during the floods last spring."),
        "es": ("es", "Más de 270 personas murieron en las inundaciones de la primavera pasada."),
    }) == [["en", "es"]]
    assert _conflicting({
        "fi": ("fi", "Kokoukseen osallistui noin 500 henkeä eri maista."),
        "it": ("it", "Alla conferenza c'erano oltre 700 delegati di venti Paesi."),
    }) == [["fi", "it"]]
    # The dead and the participants are two counts, whatever their nouns.
    assert _conflicting({
        "en": ("en", "More than 200 people died during the floods last spring."),
        "it": ("it", "Alla conferenza c'erano oltre 250 partecipanti di venti Paesi."),
    }) == []


def test_a_norwegian_count_is_read_with_the_danish_lists_it_was_found_with() -> None:
    # Norwegian reads as Danish: its "selskaper" are the companies of a Slovenian "podjetij".
    arts, nums = visit_in_languages({
        "nb": ("da", "Presidenten har med seg en delegasjon på 30 selskaper fra byggebransjen."),
        "sl": ("sl", "Predsednika spremlja delegacija 40 podjetij iz gradbeništva."),
    })
    arts = [dataclasses.replace(a, lang="no") if a.id == "nb" else a for a in arts]
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["nb", "sl"]]


def test_a_people_s_noun_agreeing_with_the_noun_after_it_is_its_attribute() -> None:
    # "18.000 Ουκρανών φοιτητών" counts students (Ukrainian ones), not the Ukrainians of the country.
    assert _conflicting({
        "el": ("el", "Η χώρα φιλοξενεί περίπου 18.000 Ουκρανών φοιτητών στα πανεπιστήμια."),
        "uk": ("uk", "У країні зараз живе понад 20 тисяч українців."),
    }) == []
    # Without the noun after it the count is of the people, and the two reports disagree.
    assert _conflicting({
        "el": ("el", "Στη χώρα ζουν σήμερα περίπου 18.000 Ουκρανοί."),
        "uk": ("uk", "У країні зараз живе понад 24 тисяч українців."),
    }) == [["el", "uk"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Exports reached 9 billion euros in 2024, of which cars and car parts made up almost 4 billion euros."),
        ("pl", "Eksport wyniósł w 2024 r. 9 mld euro, z czego na samochody i części przypadło prawie 4 mld euro."),
        ("de", "Die Exporte erreichten 2024 rund 9 Milliarden Euro, davon entfielen auf Autos und Autoteile fast 4 Milliarden Euro."),
        ("hr", "Izvoz je 2024. dosegao 9 milijardi eura, od čega su automobili i dijelovi činili gotovo 4 milijarde eura."),
    ],
)
def test_a_part_phrase_opening_its_clause_names_a_part_however_long_its_subject(lang: str, text: str) -> None:
    # The part's own subject and verb stand between the phrase and its figure: still a part.
    arts, nums = visit_of(text, lang)
    assert sorted(n.value for n in nums) == [4e9, 9e9]
    assert find_conflicts(nums, arts) == ()


def test_a_danish_definite_trade_noun_is_the_trade_of_another_language() -> None:
    # "Handlen" is "handel" with its definite ending (the e of -el dropped): the trade "Trade" reports.
    arts, nums = visit_in_languages({
        "da": ("da", "Handlen mellem de to lande udgjorde omkring 5,1 mia. euro i 2024."),
        "en": ("en", "Trade between the two countries was worth €4.4 billion in 2024."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["da", "en"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "L'interscambio tra i due Paesi ha toccato 4,6 miliardi di euro. "
               "Secondo i dati del ministero, le aziende slovene hanno investito in Italia oltre 4 miliardi di euro."),
        ("en", "Trade between the two countries reached 4.6 billion euros. "
               "According to the ministry, Slovenian companies invested more than 4 billion euros in Italy."),
        ("pl", "Wymiana handlowa osiągnęła 4,6 mld euro. "
               "Według danych ministerstwa polskie firmy zainwestowały we Włoszech ponad 4 mld euro."),
    ],
)
def test_an_amount_its_verb_says_was_invested_is_no_report_of_trade(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == []


def test_an_amount_invested_in_two_languages_conflicts() -> None:
    arts, nums = visit_in_languages({
        "it": ("it", "Le imprese italiane hanno investito in Slovenia 4 miliardi di euro."),
        "pl": ("pl", "Włoskie firmy zainwestowały w Słowenii 3 mld euro."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["it", "pl"]]


def test_shares_sharing_only_a_people_s_word_are_two_measures() -> None:
    arts, nums = visit_in_languages({
        "a": ("es", "Casi el 60% de las importaciones eslovenas llegan de Italia."),
        "b": ("es", "Según una encuesta, la vivienda preocupa al 70% de los eslovenos."),
    })
    assert find_conflicts(nums, arts) == ()


def test_imports_and_exports_of_one_country_are_two_measures() -> None:
    arts, nums = visit_in_languages({
        "a": ("es", "Casi el 60% de las importaciones eslovenas llegan de Italia."),
        "b": ("es", "Cerca del 70% de las exportaciones eslovenas van a Italia."),
    })
    assert find_conflicts(nums, arts) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("es", "Unos 6.500 trabajadores cruzan cada día la frontera."), ("fr", "Chaque jour, 8 000 travailleurs franchissent la frontière.")),
        (("en", "Every day some 6,500 workers cross the border."), ("de", "Täglich pendeln 8.000 Grenzgänger über die Grenze.")),
        (("it", "Ogni giorno 6.500 lavoratori attraversano il confine."), ("pl", "Codziennie granicę przekracza 8 tys. pracowników.")),
    ],
)
def test_a_count_of_workers_named_in_two_languages_conflicts(a: tuple[str, str], b: tuple[str, str]) -> None:
    arts, nums = visit_in_languages({"a": a, "b": b})
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["a", "b"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("sk", "Podľa ministra zaznamenala polícia vlani 18 000 nelegálnych prechodov hranice."),
         ("sl", "Policija je lani po besedah ministra zabeležila 21.000 nezakonitih prehodov meje.")),
        (("cs", "Policie loni zaznamenala 31 000 nelegálních přechodů hranice."),
         ("pl", "W ubiegłym roku straż graniczna odnotowała 36 tys. nielegalnych przekroczeń granicy.")),
        (("hr", "Policija je prošle godine zabilježila 12.000 nezakonitih prelazaka granice."),
         ("ru", "В прошлом году полиция зафиксировала 14 тысяч незаконных пересечений границы.")),
        (("es", "La policía registró el año pasado 12.000 cruces ilegales de la frontera."),
         ("fr", "La police a enregistré l'an dernier 14 000 franchissements illégaux de la frontière.")),
    ],
)
def test_border_crossings_counted_in_two_languages_conflict(a: tuple[str, str], b: tuple[str, str]) -> None:
    # Cognates that differ in their first letters (sk "prechodov", sl "prehodov") or not at all
    # alike share no stem: the [synonyms] key "crossings" makes them one measure.
    arts, nums = visit_in_languages({"a": a, "b": b})
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["a", "b"]]


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        (("tr", "Almanya'da yaşayan yaklaşık 3 milyon Türk vatandaşı iki ülke arasında bir köprüdür."),
         ("nl", "In Duitsland wonen zowat 2,5 miljoen mensen met Turkse roots."), 1),
        (("en", "Some 450,000 people of Turkish origin live in the Netherlands."),
         ("fr", "Environ 500 000 personnes d'origine turque vivent aux Pays-Bas."), 1),
        # Two peoples' counts are two measures, however alike their words.
        (("en", "Some 450,000 people of Turkish origin live in the Netherlands."),
         ("fr", "Environ 500 000 personnes d'origine marocaine vivent aux Pays-Bas."), 0),
    ],
)
def test_people_of_a_named_origin_are_a_count_of_that_people(a: tuple[str, str], b: tuple[str, str], conflicts: int) -> None:
    arts, nums = visit_in_languages({"a": a, "b": b})
    assert len(find_conflicts(nums, arts)) == conflicts


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # Each country's share of a joint force: two measures.
        (("cs", "Polsko do společných hlídek vyšle 30 policistů."),
         ("sl", "Minister je dejal, da bo Madžarska v patrulje napotila 45 policistov."), 0),
        (("en", "Austria will send 50 officers to the patrols."), ("en", "Hungary will send 35 officers to the patrols."), 0),
        # An article opening the sentence is no subject, and a country may take two words.
        (("nl", "Het Verenigd Koninkrijk stuurt 300 instructeurs naar de missie."),
         ("nl", "België stuurt 250 instructeurs naar de missie."), 0),
        (("fr", "Le Royaume-Uni enverra 300 instructeurs à la mission."), ("fr", "La Belgique enverra 250 instructeurs à la mission."), 0),
        # One count without a country opening its clause still disagrees.
        (("en", "The ministry will send 30 officers to the joint patrols."),
         ("en", "The minister said the ministry would send 45 officers to the joint patrols."), 1),
    ],
)
def test_counts_of_two_countries_are_two_shares(a: tuple[str, str], b: tuple[str, str], conflicts: int) -> None:
    arts, nums = visit_in_languages({"a": a, "b": b})
    assert len(find_conflicts(nums, arts)) == conflicts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Obchod loni dosáhl 1,5 miliardy eur a obě země ho chtějí do roku 2030 zdvojnásobit. "
               "Ministr Jan Novák ale uvedl, že obchod loni činil 1,2 miliardy eur."),
        ("en", "Trade reached 1.5 billion euros last year and both countries want to double it by 2030. "
               "Minister Jan Novak said, however, that trade was 1.2 billion euros last year."),
    ],
)
def test_a_deadline_of_a_later_clause_makes_no_target_of_last_year_s_figure(lang: str, text: str) -> None:
    assert conflict_values(text, lang) == [(1.2e9, 1.5e9)]


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # One speaker's sums for one scheme named by its acronym: one measure, whatever words surround it.
        (("fr", "Selon Jens Dahl, les partenaires ont jusqu'ici versé 2,4 milliards d'euros au fonds ESRF."),
         ("nl", "Jens Dahl zei dat de landen inmiddels 2 miljard euro hebben gestort in het ESRF."), 1),
        # Without the acronym in common the two sums stay apart.
        (("fr", "Selon Jens Dahl, les partenaires ont jusqu'ici versé 2,4 milliards d'euros au fonds ESRF."),
         ("nl", "Jens Dahl zei dat de landen inmiddels 2 miljard euro hebben gestort in het KMTF."), 0),
        # Two speakers' sums beside one acronym are not joined by it.
        (("fr", "Selon Jens Dahl, les partenaires ont jusqu'ici versé 2,4 milliards d'euros au fonds ESRF."),
         ("nl", "Anna Visser zei dat de landen inmiddels 2 miljard euro hebben gestort in het ESRF."), 0),
    ],
)
def test_one_speaker_s_sums_for_one_acronym_are_one_measure(a: tuple[str, str], b: tuple[str, str], conflicts: int) -> None:
    arts, nums = visit_in_languages({"a": a, "b": b})
    assert len(find_conflicts(nums, arts)) == conflicts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("az", "Nazirin sözlərinə görə, 2024-cü ildə Azərbaycan Gürcüstana 2,1 milyard kubmetr qaz ixrac edib."),
         ("tr", "Bakan, Gürcistan'ın geçen yıl Azerbaycan'dan 2,6 milyar metreküp gaz ithal ettiğini söyledi.")),
        (("en", "Norway's gas exports to Germany reached 30 billion cubic metres in 2024, the minister said."),
         ("en", "Germany's gas imports from Norway were about 36 billion cubic metres in 2024.")),
    ],
)
def test_one_country_s_exports_to_another_are_the_other_s_imports_from_it(a: tuple[str, str], b: tuple[str, str]) -> None:
    # Between the two countries one sentence names, exports and imports are one flow told from either end.
    assert _conflicting({"a": a, "b": b}) == [["a", "b"]]


def test_exports_and_imports_of_one_article_between_two_countries_are_two_flows() -> None:
    text = ("Norway's gas exports to Germany reached 30 billion cubic metres in 2024. "
            "Norway's gas imports from Germany were 36 billion cubic metres in 2024.")
    assert conflict_values(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("az", "Nazir bildirib ki, 2024-cü ildə Azərbaycan Gürcüstana 2,1 milyard kubmetr qaz ixrac edib. "
               "Ölkənin ümumi qaz ixracı isə 2024-cü ildə 4,9 milyard kubmetr olub."),
        ("en", "Norway exported 30 billion cubic metres of gas to Germany in 2024. "
               "The country's total gas exports were 55 billion cubic metres in 2024."),
    ],
)
def test_one_partner_s_part_is_no_second_report_of_a_total(lang: str, text: str) -> None:
    # The figure naming both countries is one partner's share; the total names none and is larger.
    assert conflict_values(text, lang) == []


def test_contracts_and_deals_of_one_period_are_one_sum() -> None:
    text = ("The minister put the value of arms contracts signed since 2019 at more than $2.5 billion. "
            "Independent estimates are lower: about $1.9 billion in signed deals over the same period.")
    assert len(conflict_values(text, "en")) == 1


def test_a_total_naming_the_partner_is_the_relation_s_sum_again() -> None:
    # "In all we have given Ukraine …" names the partner: the same sum as "Norway's aid to Ukraine", not a wider total.
    text = ("Olemme tähän mennessä tukeneet Ukrainaa yhteensä noin 4,2 miljardilla eurolla, ministeri sanoi. "
            "Myöhemmin hän sanoi, että Suomen tuki Ukrainalle on nyt noin 3,6 miljardia euroa.")
    assert len(conflict_values(text, "fi")) == 1


@pytest.mark.parametrize(
    "texts",
    [
        # A Portuguese credit line and an English loan of one lender are one sum lent.
        {"pt": ("pt", "O banco estatal abriu uma linha de crédito de US$ 2 bilhões ao governo, disse o ministro."),
         "en": ("en", "The state bank agreed a $2.5 billion loan to the government, the minister said.")},
        # Italian "linea di credito" beside a lender named with "prestiti"; Swahili "mkopo" (loan).
        {"it": ("it", "Cassa depositi e prestiti mette a disposizione una linea di credito di 300 milioni di euro per la strada."),
         "sw": ("sw", "Waziri alisema Italia imetoa mkopo wa Euro milioni 250 kwa ujenzi wa barabara.")},
        # Arabic "خط ائتمان" (credit line) after a fund whose name holds "الاستثمارات" (investments).
        {"ar": ("ar", "قال الوزير إن صندوق الاستثمارات العامة فتح خط ائتمان بقيمة ثلاثة مليارات دولار للبنك."),
         "en": ("en", "The fund agreed a $4 billion loan to the bank, the minister said.")},
    ],
)
def test_a_credit_line_and_a_loan_in_two_languages_conflict(texts: dict[str, tuple[str, str]]) -> None:
    arts, nums = visit_in_languages(texts)
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [sorted(texts)]


def test_a_credit_line_is_not_the_investment_of_the_fund_s_name() -> None:
    # "صندوق الاستثمارات العامة" names the lender: its credit line is no investment figure.
    arts, nums = visit_in_languages({
        "ar": ("ar", "قال الوزير إن صندوق الاستثمارات العامة فتح خط ائتمان بقيمة ثلاثة مليارات دولار للبنك."),
        "en": ("en", "Total investment in the refinery is $3.5 billion, the minister said."),
    })
    assert not find_conflicts(nums, arts)


def test_trade_with_a_possessive_suffix_names_the_arabic_measure() -> None:
    # "تجارتنا" (our trade) in a quote: the measure, not the speaker's name before the quote.
    arts, nums = visit_in_languages({
        "ar": ("ar", "وأضاف الفالح في كلمته: «لقد تجاوزت تجارتنا الثنائية العام الماضي 8.5 مليار دولار»."),
        "en": ("en", "Bilateral trade reached $7 billion last year, the minister said."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["ar", "en"]]


def test_foreign_exchange_reserves_in_two_languages_conflict() -> None:
    # Italian "riserve valutarie" and Swahili "akiba ya fedha za kigeni" (the bank's statement, not "taarifa").
    arts, nums = visit_in_languages({
        "it": ("it", "«Abbiamo riserve valutarie per 9,5 miliardi di dollari», ha spiegato il ministro."),
        "sw": ("sw", "Benki Kuu ilisema katika taarifa yake kwamba akiba ya fedha za kigeni imefikia Dola bilioni 8.1."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["it", "sw"]]


def test_a_japanese_topic_before_a_comma_names_the_measure() -> None:
    # "投資は、今後5年間で…": the comma after the topic marker ends no clause; the figure measures 投資.
    arts, nums = visit_in_languages({
        "ja": ("ja", "大臣は「日本からの投資は、今後5年間で約70億ドル規模に拡大できる」と述べました。"),
        "en": ("en", "Japanese investment will reach $5.5 billion over the next five years, the minister said."),
    })
    assert [sorted(n.split(":")[0] for n in c.numbers) for c in find_conflicts(nums, arts)] == [["en", "ja"]]
