"""Georgian: language detection by script, the word lists in digest/data/ka, the uncased speaker path with
Georgian's glued case endings (ergative -მა/-მ, genitive -ის, dative -ს), read through the public stages and on
whole articles of my own (tests/data/ka_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.language import detect, supported, word_lists
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLES = ("ka_tbilisi.txt", "ka_baku.txt", "ka_ankara.txt")
NEWS = "საქართველოს პრემიერ-მინისტრი ბაქოში აზერბაიჯანის პრეზიდენტს შეხვდა და ორმხრივი თანამშრომლობა განიხილეს."


@pytest.mark.parametrize("name", ARTICLES)
def test_georgian_articles_are_detected(name: str) -> None:
    assert detect((DATA / name).read_text("utf-8")) == "ka"


def test_georgian_is_detected_on_short_texts_and_read_with_its_own_lists() -> None:
    assert detect(NEWS) == "ka" and detect("კობახიძე ერევანში ფაშინიანს შეხვდა") == "ka"
    assert supported("ka") and word_lists("ka") == "ka" and "ka" in LANGS


def test_neighbours_stay_themselves() -> None:
    assert detect((DATA / "hy_aytse.txt").read_text("utf-8")) == "hy"
    assert detect((DATA / "az_sefer.txt").read_text("utf-8")) == "az"
    assert detect("Премьер-министр Грузии Ираклий Кобахидзе прибыл в Ереван, где встретился с Николом "
                  "Пашиняном. Стороны обсудили торговлю и транзит.") == "ru"
    # An English text naming a Georgian word or two stays English.
    assert detect("The prime minister met the president in Tbilisi (თბილისი) on Tuesday to discuss the "
                  "transit corridor and the trade agreement.") == "en"


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from digest.config import Limits, SummarySettings
    from digest.pipeline import Settings, analyse

    return analyse(text, Settings(summary=SummarySettings(), limits=Limits(), lang=None))


def _speakers(name: str) -> dict[str, str | None]:
    """Each quotation's first two words -> its speaker."""
    a = _analysed((DATA / name).read_text("utf-8"))
    return {" ".join(q.text.split()[:2]): q.speaker for q in a.quotes if q.kind == "speech"}


def test_speakers_by_role_ergative_subject_and_verb_first_cue() -> None:
    assert _speakers("ka_tbilisi.txt") == {
        # '— განაცხადა კობახიძემ': the verb first, the subject in the ergative; keyed to 'ირაკლი კობახიძე'.
        "საქართველო და": "ირაკლი კობახიძე",
        # '— თქვა სომხეთის პრემიერმა': the role with its country's genitive before it.
        "სომხეთისთვის საქართველო": "ნიკოლ ფაშინიანი",
        # 'მინისტრმა მარიამ კვრივიშვილმა … „…“, — დასძინა მინისტრმა': the name in the ergative, shown nominative.
        "მშენებლობა გაზაფხულზე": "მარიამ კვრივიშვილი",
        "ეს არის": "გიორგი მელაძე",
    }
    assert _speakers("ka_baku.txt") == {
        "ენერგეტიკული დერეფანი": None,  # the headline's
        "აზერბაიჯანი საქართველოს": "ილჰამ ალიევი",
        "ბაქო-თბილისი-ყარსის რკინიგზა": "მიხეილ ყაველაშვილი",
        "პროექტის ღირებულება": "ჯეიჰუნ ბაირამოვი",
        "აზერბაიჯანული ინვესტიციები": "ლევან კალანდაძე",
    }


def test_one_person_across_case_forms() -> None:
    from digest.speakers import same_word, uncased_stem

    forms = ("კობახიძე", "კობახიძემ", "კობახიძის", "კობახიძეს", "კობახიძესთან")
    assert {uncased_stem(f, "ka") for f in forms} == {"კობახიძ"}
    assert same_word("ფაშინიანი", "ფაშინიანმა") and same_word("ზელენსკიმ", "ზელენსკის")
    assert not same_word("ფაშინიანი", "ფაშინა")


def test_a_quoted_outlet_in_a_case_is_no_quotation() -> None:
    text = ("ექსპერტმა გიორგი ბერიძემ „ინტერპრესნიუსთან“ საუბრისას აღნიშნა, რომ „მოლაპარაკებები რთული იქნება, "
            "მაგრამ შედეგიანი“.")
    assert [q.text for q in _analysed(text).quotes if q.kind == "speech"] == ["მოლაპარაკებები რთული იქნება, მაგრამ შედეგიანი"]


def test_speakers_and_participants_are_shown_in_the_nominative() -> None:
    a = _analysed((DATA / "ka_baku.txt").read_text("utf-8"))
    names = {q.speaker for q in a.quotes if q.kind == "speech"} - {None}
    assert "ჯეიჰუნ ბაირამოვი" in names and not any(n.endswith(("მა", "ის")) for n in names)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("ბიუჯეტი 45 მილიონ ლარს შეადგენს", 45e6, "GEL", None),
        ("ვაჭრობამ 1,2 მილიარდი დოლარი შეადგინა", 1.2e9, "USD", None),
        ("პროექტის ღირებულება 2,3 მილიარდ ევროს შეადგენს", 2.3e9, "EUR", None),
        ("ინვესტიციამ 100 მილიონ დოლარზე მეტი შეადგინა", 100e6, "USD", "more than"),
        ("ტვირთების 70%-ზე მეტი პორტებით გადის", 70, "%", "more than"),
        ("ექსპორტი 15 პროცენტით გაიზარდა", 15, "%", None),
        ("დაახლოებით 12 მილიარდი კუბური მეტრი გაზი", 12e9, "m³", "about"),
        ("გზის სიგრძე 250 კილომეტრია", 250, "km", None),
        ("სესხი 3,4 მლრდ აშშ დოლარის ოდენობით", 3.4e9, "USD", None),
        ("კომპანიამ 500 მილიონ რუბლზე მეტი დახარჯა", 500e6, "RUB", "more than"),
        ("მოსახლეობა 12 000 ადამიანს შეადგენს", 12000, None, None),
    ],
)
def test_georgian_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    from digest.numbers import scan

    figs = [f for f in scan(text, "ka") if f.kind != "date"]
    assert figs, text
    assert figs[0].value == pytest.approx(value) and figs[0].qualifier == qualifier
    if unit:
        assert figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2025 წლის 12 ნოემბერს ჩამოვიდა", (2025, 11, 12)), ("ვიზიტი 3 დეკემბერს შედგება", (None, 12, 3)),
     ("პროექტი 2027 წლის მარტში დასრულდება", (2027, 3, None)), ("12 ნოემბერი, 2025 14:35", (2025, 11, 12)),
     ("ხელშეკრულება 2026 წ. 5 მაისს გაფორმდა", (2026, 5, 5)), ("სექტემბრის ბოლოს", (None, 9, None)),
     ("მოლაპარაკებები 20 იანვრიდან დაიწყება", (None, 1, 20))],
)
def test_dates(text: str, ymd: tuple[int | None, int, int | None]) -> None:
    from digest import dates

    found = [m for m in dates.find(text, "ka", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_weekdays_and_no_month_in_alone() -> None:
    from digest import dates

    text = "პრეზიდენტი ოთხშაბათს ჩავიდა, ხოლო მინისტრი მარტო დარჩა."
    assert [(m.weekday, m.month) for m in dates.find(text, "ka", [(0, len(text))])] == [(3, None)]


def _visit(name: str):  # type: ignore[no-untyped-def]
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    text = (DATA / name).read_text("utf-8")
    a = _analysed(text)
    art = Article(id="a", path=name, text=text, analysis=a, date=a.date, lang=a.lang)
    return visits.group([art], Config())[1][0]


@pytest.mark.parametrize(("name", "place", "guest", "host"), [
    # (In Latin letters, as the digest's English shows names no article writes so: romanise; Georgian's nominative
    # -ი stays on the foreign ones.)
    ("ka_tbilisi.txt", "Tbilisi", "Pashiniani", "Kobakhidze"),
    ("ka_baku.txt", "Baku", "Kavelashvili", "Alievi"),
])
def test_visits_are_placed_and_titled(name: str, place: str, guest: str, host: str) -> None:
    v = _visit(name)
    assert v.place == place
    assert guest in v.title and host in v.title


def test_a_member_of_parliament_quoted_is_no_participant() -> None:
    v = _visit("ka_ankara.txt")
    assert v.place == "Ankara"
    assert not any("Kordzaia" in p for p in v.participants)
    assert any("Pidani" in p for p in v.participants) and any("Bochorishvili" in p for p in v.participants)


def test_georgian_places_in_their_cases() -> None:
    from digest import places

    for form, name in (("თბილისში", "Tbilisi"), ("მოსკოვიდან", "Moscow"), ("ბაქოს", "Baku"), ("ბრიუსელში", "Brussels"),
                       ("ვაშინგტონთან", "Washington"), ("საქართველოს", "Georgia"), ("ანკარის", "Ankara")):
        found = places.lookup(form)
        assert found is not None and found.name == name, form
    assert places.demonym("აზერბაიჯანელ") == "AZ" and places.demonym("ქართული") == "GE"


def test_a_place_in_its_locative_listed_whole_is_where_it_happens() -> None:
    # "თბილისში" (in Tbilisi) is listed whole in places.txt, and -ში is a short ending: still "in", as no
    # Georgian nominative ends in it; the genitive "ბაქოს" (of Baku) is not.
    from digest import places

    text = "შეხვედრა დღეს თბილისში გაიმართა, ბაქოს დელეგაციასთან ერთად."
    found = {f.place.name: f.locative for f in places.find(text, [(0, len(text))], "ka")}
    assert found == {"Tbilisi": True, "Baku": False}


def test_sentences_split_though_mkhedruli_is_lower_case_to_unicode() -> None:
    from digest.sentences import split

    text = "ფაშინიანი თბილისში ჩამოვიდა. აეროპორტში მას მინისტრი დახვდა. ბ. ბერიძე დაახლ. 5 კმ-ს გაივლის."
    assert [text[a:b] for a, b in split(text, "ka")] == [
        "ფაშინიანი თბილისში ჩამოვიდა.", "აეროპორტში მას მინისტრი დახვდა.", "ბ. ბერიძე დაახლ. 5 კმ-ს გაივლის."]


@pytest.mark.parametrize("name", ARTICLES)
def test_the_summary_opens_with_the_lead_not_furniture(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    a = _analysed(text)
    first = text[a.sentences[a.summary[0]].start : a.sentences[a.summary[0]].end]
    assert "ვიზიტით" in first  # the lead: who came where on an official visit
    assert not any(w in text[s.start : s.end] for s in (a.sentences[i] for i in a.summary)
                   for w in ("გაზიარება", "თეგები", "წაიკითხეთ"))


def test_a_name_in_apposition_takes_its_role_s_case() -> None:
    # 'თურქ კოლეგას მადლობა გადაუხადა': thanked his Turkish colleague; მადლობა (thanks) is no name.
    text = ("საქართველოს პრეზიდენტმა ლევან ბერიძემ თურქ კოლეგას მადლობა გადაუხადა. „ჩვენ ერთად ვიმუშავებთ“, — "
            "განაცხადა ბერიძემ.")
    a = _analysed(text)
    assert [p for p in a.people] == ["ლევან ბერიძე"]
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["ლევან ბერიძე"]


def test_a_genitive_before_a_source_word_is_a_name_and_roles_keep_their_complements() -> None:
    text = ("რუსეთის პრეზიდენტის პრესმდივნის დმიტრი პესკოვის თქმით, მოსკოვი მოლაპარაკებებს ყურადღებით ადევნებს "
            "თვალს. უკრაინის საგარეო საქმეთა მინისტრმა ანდრი სიბიჰამ განაცხადა: „ჩვენ მზად ვართ“.")
    a = _analysed(text)
    assert "დმიტრი პესკოვი" in a.people
    # 'ეკონომიკისა და მდგრადი განვითარების მინისტრმა მარიამ კვრივიშვილმა': the head in the nominative, the
    # genitive complements before it as written.
    roles = _analysed((DATA / "ka_tbilisi.txt").read_text("utf-8")).roles
    assert ("მარიამ კვრივიშვილი", "მდგრადი განვითარების მინისტრი", False) in roles


def test_a_postposition_before_a_role_phrase_governs_none_of_it() -> None:
    # 'შეხვედრის შემდეგ … მინისტრმა ნინო ლომიძემ' (after the meeting, … minister Nino Lomidze): შემდეგ follows its
    # noun, so the minister after it is the sentence's subject, and '— თქვა მინისტრმა' is she, not the minister
    # quoted before.
    text = ("ენერგეტიკის მინისტრმა დავით ხარაიშვილმა ჟურნალისტებს უთხრა, რომ გაზი საკმარისია. „ზამთარში პრობლემა "
            "არ იქნება“, — დასძინა ხარაიშვილმა. შეხვედრის შემდეგ გამართულ პრესკონფერენციაზე ფინანსთა მინისტრმა "
            "ნინო ლომიძემ ისაუბრა ბიუჯეტზე. „შარშან ბიუჯეტი გაიზარდა“, — თქვა მინისტრმა.")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["დავით ხარაიშვილი", "ნინო ლომიძე"]


def test_a_role_cue_in_another_case_is_still_every_minister_s_word() -> None:
    # One minister introduced in the ergative ('მინისტრმა დავით ხარაიშვილმა'), another in the nominative
    # ('მინისტრი ნინო ლომიძე'): '— თქვა მინისტრმა' is the one the sentence before names, not the one whose
    # introduction happens to share the cue's case.
    text = ("შეხვედრას ესწრებოდა ფინანსთა მინისტრი ნინო ლომიძე. ენერგეტიკის მინისტრმა დავით ხარაიშვილმა "
            "ჟურნალისტებს უთხრა, რომ გაზი საკმარისია. „ზამთარში პრობლემა არ იქნება“, — დასძინა ხარაიშვილმა. "
            "შეხვედრის შემდეგ ლომიძემ ისაუბრა ბიუჯეტზე. „შარშან ბიუჯეტი გაიზარდა“, — თქვა მინისტრმა.")
    a = _analysed(text)
    assert [q.speaker for q in a.quotes if q.kind == "speech"] == ["დავით ხარაიშვილი", "ნინო ლომიძე"]
