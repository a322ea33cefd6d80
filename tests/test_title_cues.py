"""Speakers named by a title or after an acronym role: 'the Turkish minister said', 'the energy minister said',
'said PTI MNA X', 'le député LFI des Bouches-du-Rhône X', and Arabic names with al- in Hindi and Bengali."""

from __future__ import annotations

import pytest

from digest.config import Limits, SummarySettings
from digest.pipeline import Settings, analyse


def _speakers(body: str, lang: str) -> list[str | None]:
    """The speaker of each quotation of an article made of a headline, a date line and `body`."""
    text = f"Wire report\n\n15 September 2026\n\n{body}\n"
    analysis = analyse(text, Settings(SummarySettings(), Limits(), lang=lang))
    return [q.speaker for q in analysis.quotes if q.kind == "speech"]


@pytest.mark.parametrize("intro", [
    "Planning Minister Omar Rashid met Spain's Minister of Industry and Trade Carlos Ortega in Lahore on Monday.",
    "Planning Minister Omar Rashid said on Monday after talks with Spain's Minister of Industry Carlos Ortega that "
    "firms would invest.",
    "Planning Minister Omar Rashid met Spanish Industry Minister Carlos Ortega in Lahore on Monday.",
])
def test_a_nationality_cue_names_the_minister_of_that_country(intro: str) -> None:
    body = (f"{intro}\n\n\"We have found twelve projects for the partners,\" Mr Rashid told reporters.\n\n"
            "The Spanish minister said: \"Our shipyards already work in Karachi and we want factories too.\"")
    assert _speakers(body, "en") == ["Omar Rashid", "Carlos Ortega"]


def test_a_field_cue_names_the_minister_of_that_field_not_the_last_minister_quoted() -> None:
    body = ("Chile's Minister of Energy and Mines Diego Pardo met Peru's Ports Minister Luis Quispe in Santiago.\n\n"
            "\"We sell about 150,000 barrels of crude a day to Peru,\" Pardo said.\n\n"
            "\"We want more ships to call at our ports every week,\" Quispe said.\n\n"
            "Later the energy minister told reporters: \"Our oil sales stand at 200,000 barrels a day.\"")
    assert _speakers(body, "en") == ["Diego Pardo", "Luis Quispe", "Diego Pardo"]


def test_arabic_nationality_and_field_cues_after_a_name_before_its_role() -> None:
    body = ("استقبل معالي المهندس خالد بن سعيد الهاشمي وزير الطاقة والمعادن أمس في مسقط معالي راجيش كومار "
            "وزير الموانئ والشحن في جمهورية الهند.\n\n"
            "وقال الهاشمي إن «السلطنة تصدر إلى الهند نحو ١٥٠ ألف برميل من النفط يوميا».\n\n"
            "وقال الشيخ هلال بن سالم الهاشمي الرئيس التنفيذي لهيئة الميناء إن «الميناء استقبل مليون حاوية».\n\n"
            "من جانبه قال الوزير الهندي: «السلطنة بوابتنا إلى الخليج وشرق أفريقيا».\n\n"
            "وفي ختام اللقاء قال وزير الطاقة والمعادن: «صادراتنا النفطية إلى الهند تبلغ ٢٠٠ ألف برميل يوميا».")
    minister, chief, indian, energy = _speakers(body, "ar")
    assert minister == energy and minister is not None and "خالد" in minister
    assert chief is not None and "هلال" in chief
    assert indian is not None and "راجيش" in indian


def test_a_name_after_an_assembly_acronym_speaks() -> None:
    body = ("Planning Minister Omar Rashid said on Tuesday that foreign firms would invest $500 million.\n\n"
            "Board of Investment Secretary Sara Rashid said around 150 firms operate here. \"The pipeline is real,\" "
            "Ms Rashid said.\n\n"
            "The opposition was unimpressed. \"This government announces half a billion every month,\" said PML MNA "
            "Hammad Qureshi.")
    assert _speakers(body, "en")[-1] == "Hammad Qureshi"


def test_a_name_after_a_deputys_party_and_constituency_speaks() -> None:
    body = ("Le ministre des Transports, Philippe Morel, a reçu mardi à Marseille son homologue grec.\n\n"
            "« Marseille a vocation à être la porte d'entrée de ce corridor », a affirmé Philippe Morel.\n\n"
            "À gauche, le député LFI des Bouches-du-Rhône Karim Haddad dénonce « une opération de communication ».")
    assert _speakers(body, "fr")[-1] == "Karim Haddad"


def test_hindi_al_surname_is_a_person() -> None:
    body = ("मस्कट। केंद्रीय मंत्री श्री राजेश कुमार ने सोमवार को ओमान के ऊर्जा मंत्री खालिद बिन सईद अल-हाशमी से मुलाकात की।\n\n"
            "\"दुक्म हमारे जहाजों के लिए अरब सागर का सबसे भरोसेमंद पड़ाव बनेगा,\" अल-हाशमी ने कहा।")
    speaker = _speakers(body, "hi")[-1]
    assert speaker is not None and "हाशमी" in speaker


def test_bengali_al_surname_speaks_and_the_object_does_not() -> None:
    body = ("সোমবার মাস্কাটে ওমানের জ্বালানিমন্ত্রী খালিদ বিন নাসের আল-হাশমির সঙ্গে বৈঠক করলেন কেন্দ্রীয় মন্ত্রী রাজেশ কুমার।\n\n"
            "কুমারকে স্বাগত জানিয়ে আল-হাশমি বলেন, “ভারত আমাদের সবচেয়ে বড় ক্রেতাদের একটি।”")
    speaker = _speakers(body, "bn")[-1]
    assert speaker is not None and "হাশমি" in speaker
