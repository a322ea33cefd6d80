"""Language detection from the text itself: function-word profiles plus script and letter clues."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import filterfalse
from importlib import resources

from digest import data

UNDETERMINED = "und"
_WORD = re.compile(r"[^\W\d_]++")
# A possessive "'s" glued to a word ("Brazil's"): cut off, its "s" would be the Czech and Slovak
# preposition "s" and tip a short English text to them.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019]s\b")
_LATIN1_WORD_CHARACTERS = bytes(code if _WORD.match(chr(code)) else ord(" ") for code in range(256))
# A word starting with a Cyrillic letter, in words joined by spaces (and a space before the first).
_CYRILLIC_START = re.compile(" [\u0400-\u04ff]")
# Letters that only some languages use: a strong tie-breaker between close profiles.
_LETTERS = {
    "pl": "ąęłńśźż", "de": "äöüß", "es": "ñ", "fr": "çœêèëîï", "it": "ìò", "pt": "ãõç",
    "cs": "ěřůčšž", "uk": "їєґі", "ru": "ыэъё", "ro": "ăâșțşţ", "sv": "åäö",
    "hu": "őű", "sk": "ľĺŕô", "hr": "ćđčšž", "da": "æøå", "no": "æøå", "fi": "äö",
    # Estonian õ is its own; ü it shares with German, Hungarian and Turkish, ä ö with Finnish.
    "et": "õü",
    # Latvian's long vowels and palatals (ā ē ī ļ ņ ķ ģ); ū č š ž it shares with Lithuanian and others.
    "lv": "āēīļņķģ",
    # ѝ (her) is Bulgarian alone; its ъ is counted by _SPELLINGS.
    "bg": "ѝ",
    # Lithuanian ė į ų no other profile's language writes (ą ę are Polish too).
    "lt": "ąęėįų",
    # Icelandic þ and ð (Faroese, unprofiled, writes ð too).
    "is": "þð",
    # Albanian ë (in nearly every sentence: të, në, është, një); its ç is French, Portuguese, Catalan and Turkish too.
    "sq": "ë",
    # Languages recognised but without word lists (their profiles sit in data/langid too).
    "tr": "ışğ",
    # Macedonian and Serbian Cyrillic: told from Bulgarian and Russian by these letters (Macedonian ѓ ќ ѕ, Serbian ђ ћ).
    # Serbian is written in both scripts: its Latin letters are Croatian's (the function words decide).
    "mk": "ѓќѕјљњџ", "sr": "ђћјљњџčćđšž",
    # Kazakh: ә ғ қ ң ө ұ ү һ, and ы, which it writes as often as Russian does (a short Kazakh
    # text, "басшысы … сапарымен барды", came out Russian on its ы). A Russian text naming Қазақстан has a letter or two.
    "kk": "әғқңөұүһы",
    # Azerbaijani ə, which no other profile's language writes and Azerbaijani writes in nearly every word
    # pair (və, ilə, edib); x and q Turkish never writes. ı ş ğ it shares with Turkish.
    "az": "əxq",
    # Uzbek writes oʻ gʻ with the okina ʻ (U+02BB; reading makes a ‘ between letters one) and ʼ (U+02BC) for
    # the tutuq belgisi: no other profile's Latin language writes either.
    "uz": "ʻʼ",
    # Turkmen ň ý ä, which no other Turkic profile's language writes (Czech and Slovak write ň ý, their
    # function words and č ř ľ tell them apart), and ž of its loans (žurnalist).
    "tk": "ňýäž",
    # Belarusian ў (after a vowel: прыехаў, заявіў, у -> ў), which no other profile's language writes, and both
    # Ukrainian і and Russian ы э ё, which the other writes none of: a Belarusian text would tie with either on its
    # share. A text without ў is never Belarusian (_NEEDED_LETTERS).
    "be": "ўіыэё",
    # Tajik ӣ ӯ ҷ, which no other profile's language writes (Uzbek Cyrillic writes ў, not ӯ), and ҳ қ ғ, which it
    # shares with Uzbek Cyrillic and (қ ғ) Kazakh. A text without ӣ ӯ ҷ is never Tajik (_NEEDED_LETTERS).
    "tg": "ӣӯҷҳқғ",
    # Kyrgyz ң ө ү, which Kazakh shares (Kazakh's own ә ғ қ ұ һ і tell it apart: _NEEDED_LETTERS), and ы, which it writes more often than Russian does.
    "ky": "ңөүы",
    # Mongolian ө, which Kazakh and Kyrgyz share (their ә ғ қ ң ұ һ і Mongolian never writes: _NOT_LETTERS), and э,
    # which it writes in nearly every sentence (хэлэв, мэдэгдэл, хэлэлцээ) and Russian counts for itself: without it
    # a Mongolian sentence came out Russian on its э and ы. Not its ү and ы (the genitive's -ын), so that a Kyrgyz
    # headline with no function word of either ("Министр Жапаров өкмөттүн отурумунда сүйлөдү") stays Kyrgyz on its
    # ү ы; the function words (нь, байна, юм, болон, гэж) decide.
    "mn": "өэ",
    # Maltese ħ ġ ċ, which no other profile's language writes, and ż (Polish writes it too).
    "mt": "ħġċż",
    # Hausa ɓ ɗ ƙ ƴ (its implosives and ejectives), which no other profile's language writes: a text typed with them
    # is Hausa on them alone; typed without (b d k y, 'b 'd), its function words decide.
    "ha": "ɓɗƙƴ",
    # Yorùbá ṣ and the dotted ẹ ọ (Vietnamese writes ẹ ọ too, with its own letters beside them): its function words
    # decide the rest.
    "yo": "ṣẹọ",
    # Vietnamese: ă đ ơ ư and the vowels with a dot below, a hook above or two marks, which no other profile's language writes.
    "vi": "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}
# Every letter beyond a-z that each Latin-script profile's language writes in its own words. A
# letter outside a language's alphabet counts against it (see _FOREIGN_WEIGHT), so a letter that one
# candidate alone writes (ro ș ț ă, hu ő ű, pl ł, cs ř ů, tr ğ ı) decides a short text, where the
# function words are too few to (a Romanian brief shares de, la, o, a with Portuguese). ş and ţ
# (cedilla) are the older Romanian encoding of ș and ț; Slovenian keeps ć and đ, which its press
# writes in every other Croatian or Serbian name (Plenković-like), out of its penalty.
_ALPHABETS = {
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hr": "čćđšž", "sr": "čćđšž", "sl": "čćđšž", "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "tr": "çğıöşüâîû",
    "de": "äöüß", "sv": "åäöé", "da": "æøåé", "no": "æøåéóòôê", "fi": "äöåšž", "et": "äöõüšž",
    "fr": "àâæçéèêëîïôœùûüÿ", "it": "àèéìíòóùúî", "es": "áéíñóúü", "pt": "áàâãçéêíóôõúü",
    "nl": "éèëïöüáó", "en": "",
    # Afrikaans: the circumflex of sê, môre, wêreld, the diaeresis of geëis, the acute of dié and ná.
    "af": "êëôûîïéèáóúö", "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž",
    # Galician: acute accents, ñ and ü; never Portuguese ã õ ç â ê ô à, nor Catalan à è ò ç.
    "gl": "áéíóúñü",
    # Catalan: grave and acute accents, ç and the diaeresis; never ñ, á, ì or ù (Spanish, Italian).
    "ca": "àçéèíïòóúü",
    # Icelandic: acute vowels, æ, ö, þ, ð; never ø or å (Norwegian, Danish).
    "is": "áæéíóöúýþð",
    # Albanian: ë and ç only.
    "sq": "ëç",
    # Irish: the five acute vowels only (síneadh fada); never à è ò ç ñ ö ü.
    "ga": "áéíóú",
    # Azerbaijani: Turkish letters and ə; never Turkish â î û.
    "az": "çəğıöşü",
    # Uzbek: the okina and ʼ only, no accented letter (never Turkish ç ş ğ ı ö ü, Azerbaijani ə, Croatian č ć š ž).
    "uz": "ʻʼ",
    # Turkmen: ä ç ň ö ş ü ý ž; never Turkish ı ğ â î û, Azerbaijani ə, Uzbek ʻ.
    "tk": "äçňöşüýž",
    # Maltese: ħ ġ ċ ż and the grave vowels of its Italian loans (università); never á é ñ ö ü.
    "mt": "àèìòùħġċż",
    # Indonesian: a-z only (é in a loan or a name's letters count against it, as for English).
    "id": "",
    # Malay: a-z only, like Indonesian.
    "ms": "",
    # Swahili: a-z only (its loans and names from Arabic and English are spelled in them).
    "sw": "",
    # Filipino (Tagalog): a-z and the ñ of its Spanish loans and places (Malacañang, Parañaque, piña).
    "tl": "ñ",
    # Somali: a-z only (c and x are its pharyngeals, doubled vowels its long ones; the apostrophe its glottal stop).
    "so": "",
    # Hausa (Boko): a-z, the hooked ɓ ɗ ƙ ƴ and ʼ (U+02BC) of its ʼy; many sites type them b d k y.
    "ha": "ɓɗƙƴʼ",
    # Vietnamese: its own letters and every vowel with one or two tone marks.
    "vi": "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}
# Languages whose letters count only in the running (lower-case) words: a short French or English text naming a
# Vietnamese person ("Le président Lương Cường a rencontré …") writes ư ơ ờ in the name alone.
_RUNNING_LETTERS = frozenset(("vi",))
# A language loses this many times the share of the text's letters outside its alphabet (those of its
# lower-case words: see _foreign_letters): a Romanian brief with 2.5% of its letters in ă ș ț î loses
# 0.1 for Portuguese, more than their shared function words give it.
_FOREIGN_WEIGHT = 4.0
# Spellings that only some languages use, counted like their letters: Bulgarian writes ъ before a
# consonant in most sentences (към, държава, -ът), Russian only before е/ё/ю/я (объём, съезд).
# Norwegian and Danish share æ ø å and most function words; Norwegian writes -sjon, ei, øy, gj and -het
# (nasjon, arbeid, høy, igjen, sikkerhet) where Danish writes -tion, ej, øj, g and -hed (nation, arbejde, høj,
# igen, sikkerhed). Spellings are read in the words (a space between two), never across two of them.
_SPELLINGS = {"bg": re.compile("ъ[бвгджзклмнпрстфхцчшщ]"), "no": re.compile(r"sjon|ei|øy|gj|het(?:en)?\b"),
              "da": re.compile(r"tion|ej|øj|hed(?:en)?\b")}
# Letters a language never writes: a text its profile fits best with more than _FOREIGN_SHARE of its
# letters among them is in a language without a profile (Estonian õ: a short Estonian text shares ja/on
# and ä/ö with Finnish). A name or two in another language's letters stays under the share.
# Lithuanian ą ę ė į ų, which Latvian never writes (a short Lithuanian text shares ir, ar, bet and jau with it), and
# Latvian ā ē ī ģ ķ ļ ņ, which Lithuanian never writes.
# Macedonian writes none of Russian and Bulgarian й ь ъ ы э ё щ я ю (it spells foreign names in its own
# letters: Пашинјан, Јотова), which a short Russian or Bulgarian text sharing only во or на with it writes.
# Kazakh never writes Tatar җ nor Bashkir ҙ ҫ ҡ (their texts share ә ң ө ү һ with it).
# Tajik writes none of Russian ы щ ь, Kazakh ә ң ө ұ ү і nor Uzbek and Belarusian ў (since 1998 it spells them away).
# Belarusian writes і where Russian writes и, ш+ч where it writes щ, an apostrophe where it writes ъ, and none of
# Ukrainian ї є ґ: a Russian or Ukrainian text naming Беларусь with a ў or two is none of its.
# Mongolian writes none of Kazakh ә ғ қ ұ һ і, Kyrgyz and Kazakh ң, ў nor Tajik ӣ ӯ ҷ.
# Kyrgyz writes none of Kazakh ә ғ қ ұ һ і, Belarusian and Uzbek ў nor Tajik ӣ ӯ ҷ (it spells their names in its own letters).
_NOT_LETTERS = {"fi": "õ", "lv": "ąęėįų", "lt": "āēīģķļņ", "mk": "йьъыэёщяю", "kk": "җҙҫҡ", "be": "ищъїєґ",
                "tg": "ыщьәңөұүіў", "ky": "әғқұһіўӣӯҷ",
                "mn": "әғқңұһіўӣӯҷ"}
_FOREIGN_SHARE = 0.005
# Letters a text must write at least one of to be in a language: Kazakh's ы counts for it as Russian's does
# (see _LETTERS), so a Russian headline with no function word ("Токаев выиграл выборы") would tie; Kazakh
# writes ә ғ қ ұ һ і in nearly every sentence, Russian and Kyrgyz (ү ө ң, which Kazakh shares) never.
# Azerbaijani writes ə in nearly every sentence, Turkish never: a Turkish text sharing bir, bu, ki with it is no Azerbaijani.
# Belarusian writes ў in nearly every sentence (заявіў, у -> ў after a vowel), Russian and Ukrainian never.
# Tajik writes ӣ ӯ ҷ in nearly every sentence (-ӣ adjectives, ӯ, ҷумҳурӣ), Kazakh and Uzbek Cyrillic never.
# Mongolian is left out: a headline may write neither ө nor ү ("Монгол, Японы харилцаа 50 жилийн ойгоо тэмдэглэв"), and
# Russian, which writes its э and ы more, counts them for itself too.
# Turkmen writes ý or ň in nearly every sentence (ýyl, ýaly, boýunça, -yň), Turkish, Azerbaijani and Finnish (ä) never.
# Kyrgyz writes ң ө ү in nearly every sentence (өлкө, үчүн, мүмкүн, менен … жолугушту), Russian never: its ы alone makes no Kyrgyz.
_NEEDED_LETTERS = {"kk": "әғқұһі", "az": "ə", "tk": "ňý", "be": "ў", "tg": "ӣӯҷ", "ky": "ңөү"}
# A text whose best profile's function words make less than this share of its words is in none
# of them: the supported languages' articles score 0.16 and more, a Swedish one 0.06 (nl).
_CONFIDENT = 0.1
# Below this many words a text is too short for the share to be telling.
_ENOUGH_WORDS = 40
# Languages written in Cyrillic: their profiles compete only for a Cyrillic text.
_CYRILLIC_LANGS = frozenset(("ru", "uk", "bg", "mk", "sr", "kk", "be", "tg",
                             "ky",
                             "mn"))
# Languages written in Cyrillic and Latin alike (Serbian: рекао је Вучић, rekao je Vučić): their profiles
# hold both scripts' words and compete for any text. Latin Serbian and Croatian share most function words:
# a Latin text is Serbian only where its Serbian words (ekavian posle, takođe, odsto, evra) outweigh its
# Croatian ones (poslije, također, posto, eura); a tie is Croatian's.
_BOTH_SCRIPTS = frozenset(("sr",))
# Malay and Indonesian share most function words; their profiles differ only in the words each writes in
# place of the other's (bahawa/bahwa, kerana/karena, peratus/persen, kerajaan/pemerintah). A text with as many
# of Indonesian's as of Malay's is Indonesian, by far the more written of the two.
_TIES = {"sr": "hr", "ms": "id"}
# The first word of a text or of a sentence (after an end mark, closing marks, space and opening marks).
# (The text's first word is matched apart: a pattern opening with the end marks lets the engine skip
# to them at C speed, where an alternative with ^ tried both at every character.)
_TEXT_START = re.compile(r"[\"'„“«‚‘(\[–—\s-]*([^\W\d_]+)")
_SENTENCE_START = re.compile(r"[.!?…:][\"'”»“)\]]?\s[\"'„“«‚‘(\[–—\s-]*([^\W\d_]+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_GREEK_START = re.compile(" [\u0370-\u03ff\u1f00-\u1fff]")
# Armenian has a script of its own (Ա-Ֆ, ա-ֆ, the ligature և), which no other language writes: a text most of
# whose words start with its letters is Armenian, Russian names in it or not.
_ARMENIAN_START = re.compile(" [\u0531-\u0556\u0561-\u0587]")
# Devanagari (U+0900-097F) is written by Hindi, Marathi, Nepali and others: a text most of whose words start with its
# letters is one of them, and _devanagari() tells which by the function words of their profiles alone (these
# profiles never weigh a text in another script). Hindi, by far the most written, wins a tie.
_DEVANAGARI_START = re.compile(" [\u0900-\u097f]")
_DEVANAGARI_LANGS = ("hi", "mr", "ne")
# A Devanagari text whose best profile's words make less than this share of its words is in none of them
# (Sanskrit, Maithili, Bhojpuri…): undetermined, read by no list. Hindi news writes a function word in every other word.
_DEVANAGARI_CONFIDENT = 0.08
# Chinese, Japanese and Korean write no spaces between words (Korean between phrases only), so the word
# profiles above cannot weigh them: their scripts decide. A run of Han ideographs (CJK Unified, Extension A,
# Compatibility), kana (hiragana, katakana, the prolonged sound mark) or Hangul syllables:
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
# A text is CJK when its CJK characters are at least this many and outnumber the letters of its other words
# (a Latin text naming 北京 or 習近平 in passing stays what its words say).
_CJK_MIN = 4
# Japanese writes kana in every sentence (particles の は を が, verb endings): a Han text with more than this share of
# kana among its CJK characters is Japanese; Chinese writes none (a Japanese name in kana stays under the share).
_KANA_SHARE = 0.05
# The Arabic script (U+0600-06FF, its supplement and presentation forms) is written by Arabic, Persian, Urdu and
# others: a text most of whose words start with its letters is one of them, and _arabic_script() tells which.
_ARABIC_SCRIPT_START = re.compile(" [\u0620-\u064a\u066e-\u06d3\u06d5\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
# Letters Arabic never writes in its own words: Persian پ چ ژ گ and its ی (U+06CC) and ک (U+06A9), which it
# types where Arabic types ي (U+064A) and ك (U+0643); Urdu's ٹ ڈ ڑ ں ہ ھ ے. Arabic borrows پ چ گ in a
# foreign name now and then (گوتيريش), never in its running words: a share of them decides.
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9]")
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06c1\u06be\u06d2]")
# Urdu's own function words with no letter of _URDU_LETTERS (اور and, کا/کی/کو of/to, تھا/تھی was, گیا went, پر on,
# گئی): Persian writes و, را, بود, رفت, and Arabic و, كان, so a short Urdu text spelt without ے ں ہ still counts.
_URDU_WORDS = re.compile(" (?:اور|کا|کی|کو|تھا|تھی|گیا|گئی|کیا|پر)(?= )")
# An Urdu text writes a letter or word of its own in nearly every other word; a Persian one naming a Pakistani
# (شہباز) writes one or two in all: Urdu takes at least this share of its words.
_URDU_SHARE = 0.05
# Pashto's own letters (ټ ډ ړ ږ ښ ګ ڼ, the vowels ې ۍ and ځ څ), which neither Persian nor Urdu writes (Urdu's
# retroflexes are ٹ ڈ ڑ, other code points), and its function words with none of them (د of, په in, له from, ته
# to, دي are, وو were, وویل said): Persian writes از, در, به, و, Urdu کا, میں, کو, so a share of them decides.
_PASHTO_LETTERS = re.compile("[\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd\u0681\u0685]")
_PASHTO_WORDS = re.compile(" (?:د|په|له|ته|دي|وو|وویل)(?= )")
# A Pashto text writes a letter or word of its own in nearly every word; a Persian or Urdu one naming an Afghan
# place in Pashto spelling (ننګرهار) one or two: Pashto takes at least this share of its words.
_PASHTO_SHARE = 0.1
# Arabic's own letters and spellings that Persian avoids: ة (ta marbuta: Persian writes ت), ى (alif maqsura,
# Persian writes ی), ي and ك (Persian writes ی and ک).
_ARABIC_LETTERS = re.compile("[\u0629\u0649\u064a\u0643]")
# The Hebrew script (letters U+05D0-05EA; points and marks U+0591-05C7 are no word's start) is written by Hebrew
# and Yiddish, which no other profile's language writes: a text most of whose words start with its letters is
# Hebrew (Yiddish, rare in the news, is read as Hebrew too).
_HEBREW_START = re.compile(" [\u05d0-\u05ea]")
# The Thai script (consonants, vowels, tone marks, U+0E01-0E5B) is written by Thai alone among the languages with
# lists (Lao has a block of its own). Thai writes no spaces between words, only between phrases: a "word" of the
# profiles is a whole phrase, so no function-word profile can weigh it, and its script decides as the CJK scripts'
# do: a text whose Thai characters outnumber the letters of its other words is Thai (a Latin text naming กรุงเทพฯ
# in passing stays what its words say).
_THAI_CHARS = re.compile("[\u0e01-\u0e5b]+")
_THAI_MIN = 4
# The Khmer script (U+1780-17F9: consonants, vowels, signs, digits and its marks ។ ៕ ៗ) is written by Khmer alone among
# the news languages, with spaces between phrases only as Thai: its script decides as Thai's does. Its vowel signs and
# coeng, read as letters of another block in an analysis (data.marks_as_letters), count as its own: a Khmer word
# holds nearly as many of them as consonants.
_KHMER_CHARS = re.compile(f"[\u1780-\u17f9{data.mark_letters(0x17B4, 0x17DD)}]+")
# The scripts written by one language with spaces between phrases only, each with its language (see _mostly).
_PHRASE_SCRIPTS = (("th", _THAI_CHARS), ("km", _KHMER_CHARS))
# The Georgian script (Mkhedruli U+10D0-10FF; Mtavruli, its capitals' forms U+1C90-1CBF, used only in headlines set in
# capitals) is written by Georgian alone among the news languages (Mingrelian and Svan, rarely printed, use it too
# and are read as Georgian): a text most of whose words start with its letters is Georgian. Georgian glues its case
# endings and postpositions to every noun, so a function-word profile would weigh it poorly; its script decides.
_GEORGIAN_START = re.compile(" [\u10d0-\u10ff\u1c90-\u1cbf]")
# The Ethiopic script (a syllabary: each letter a consonant with its vowel, U+1200-137F, its supplement U+1380-139F and
# extensions U+2D80-2DDF) is written by Amharic, Tigrinya, Tigre and Ge'ez, and among the languages with lists by Amharic
# alone: a text most of whose words start with its letters is Amharic (Tigrinya, its neighbour, is read as Amharic too,
# as no profile tells them apart). Amharic glues its prepositions and articles to every noun (የኢትዮጵያ, በአዲስ, ሚኒስትሩ),
# so a function-word profile would weigh it poorly; its script decides.
_ETHIOPIC_START = re.compile(" [\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf]")
# The Bengali script (U+0980-09FF) is written by Bengali and Assamese: a text most of whose words start with its
# letters is Bengali, unless Assamese's own letters ৰ and ৱ (its r and w, which Bengali never writes) make a share of
# its words: Assamese has no lists, and the Bengali ones would misread it. Bengali glues its case endings to nouns
# (হাসিনার, ঢাকায়), so a function-word profile would weigh it poorly; its script decides as Georgian's does.
_BENGALI_START = re.compile(" [\u0980-\u09ff]")
_ASSAMESE_LETTERS = re.compile("[\u09f0\u09f1]")
_ASSAMESE_SHARE = 0.02
# The Tamil script (U+0B80-0BFF) is written by Tamil alone among the news languages (Saurashtra and Badaga, rarely
# printed in it, are read as Tamil): a text most of whose words start with its letters is Tamil. Tamil glues its case
# endings and postpositions to every noun as Georgian does, so its script decides, not a function-word profile.
_TAMIL_START = re.compile(" [\u0b85-\u0bb9]")


def _inside_set(pattern: re.Pattern[str]) -> str:
    """What a pattern of one character set (with a space before it or a + after it) holds between its brackets."""
    return pattern.pattern[pattern.pattern.index("[") + 1 : pattern.pattern.rindex("]")]


# Any letter of the scripts whose word starts detect() counts, and any of the unspaced ones (Han, kana, Hangul,
# Thai): most texts hold none, and one search for them each spares detect() a search per script.
_SCRIPT_STARTS = (_GREEK_START, _ARMENIAN_START, _ARABIC_SCRIPT_START, _HEBREW_START, _GEORGIAN_START,
                  _ETHIOPIC_START, _BENGALI_START, _TAMIL_START, _DEVANAGARI_START, _CYRILLIC_START)
_ANY_STARTED_SCRIPT = re.compile(f"[{''.join(map(_inside_set, _SCRIPT_STARTS))}]")
_ANY_UNSPACED_SCRIPT = re.compile(f"[{_inside_set(_CJK_RUN)}{''.join(_inside_set(p) for _, p in _PHRASE_SCRIPTS)}]")


@cache
def profiles() -> dict[str, frozenset[str]]:
    """Function words per language, from the shipped lists."""
    out = {}
    for entry in resources.files("digest.data.langid").iterdir():
        if entry.name.endswith(".txt"):
            out[entry.name[:-4]] = frozenset(data.marks_as_letters(entry.read_text("utf-8")).split())
    return out


@cache
def _all_profile_words() -> frozenset[str]:
    """The function words of every profile."""
    return frozenset().union(*profiles().values())


def detect(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code of the text's language (perhaps one without word lists, see supported()), or 'und'."""
    found = _detect(text, sample)
    return _unmarked_language(text[:sample]) if found == UNDETERMINED else found


# A text pasted without its diacritics ("Treciadieni Vilniuje susitiko Baltijos saliu ministrai": Lithuanian less
# ą č ė š ū ž) fits no profile, its function words written as the profile's less their accents (siuo, is, ju).
# It is read so only when it writes almost no letter beyond a-z, with a profile that losing its accents changes,
# and with as many of those words as a text with its accents needs (_CONFIDENT).
_UNMARKED_SHARE = 0.01


@cache
def _unmarked_profiles() -> dict[str, frozenset[str]]:
    """The Latin-script profiles as written without accents (only those it changes)."""
    out = {}
    for lang, vocab in profiles().items():
        if lang in _CYRILLIC_LANGS or lang in _DEVANAGARI_LANGS or not supported(lang):
            continue
        folded = frozenset(map(data.unmarked, vocab))
        if folded != vocab:
            out[lang] = folded
    return out


def _unmarked_language(text: str) -> str:
    """The supported language whose profile, accents dropped, fits a text written in a-z alone, or 'und'."""
    words = _words(_POSSESSIVE.sub("", text))
    letters = _letters(words)
    if len(words) < 3 or sum(not c.isascii() for c in letters) > _UNMARKED_SHARE * len(letters):
        return UNDETERMINED
    counts = Counter(words)
    plain = profiles()
    unmarked = _unmarked_profiles()
    shares = {lang: sum(counts[w] for w in unmarked.get(lang, vocab) if w in counts) / len(words)
              for lang, vocab in plain.items() if lang not in _CYRILLIC_LANGS and lang not in _DEVANAGARI_LANGS}
    best = max(shares, key=lambda k: shares[k])
    # (A profile the accents do not change fits the text as written: detect() found it wanting.)
    return best if best in unmarked and shares[best] >= _CONFIDENT else UNDETERMINED


def _detect(text: str, sample: int) -> str:
    """detect() on the text as written."""
    if _ANY_UNSPACED_SCRIPT.search(text, 0, sample):
        cjk = _cjk(text[:sample])
        if cjk:
            return cjk
        for lang, chars in _PHRASE_SCRIPTS:
            if _mostly(chars, text[:sample]):
                return lang
    words = _words(_POSSESSIVE.sub("", text[:sample]))
    if len(words) < 3:
        return UNDETERMINED
    counts = Counter(words)
    scores: dict[str, float] = {}
    joined = " " + " ".join(words)
    # (Searched in the lower-cased words themselves: a sign outside a script may lower-case into it, Ω to ω.)
    scripted = _ANY_STARTED_SCRIPT.search(joined) is not None
    if scripted:
        if len(_GREEK_START.findall(joined)) > len(words) / 2:
            return "el"
        if len(_ARMENIAN_START.findall(joined)) > len(words) / 2:
            return "hy"
        if len(_ARABIC_SCRIPT_START.findall(joined)) > len(words) / 2:
            return _arabic_script(joined)
        if len(_HEBREW_START.findall(joined)) > len(words) / 2:
            return "he"
        if len(_GEORGIAN_START.findall(joined)) > len(words) / 2:
            return "ka"
        if len(_ETHIOPIC_START.findall(joined)) > len(words) / 2:
            return "am"
        if len(_BENGALI_START.findall(joined)) > len(words) / 2:
            return "as" if len(_ASSAMESE_LETTERS.findall(joined)) > _ASSAMESE_SHARE * len(words) else "bn"
        if len(_TAMIL_START.findall(joined)) > len(words) / 2:
            return "ta"
        if len(_DEVANAGARI_START.findall(joined)) > len(words) / 2:
            return _devanagari(text[:sample])
    is_cyrillic = scripted and len(_CYRILLIC_START.findall(joined)) > len(words) / 2
    # One pass over the text's distinct words finds those of any profile; each profile then
    # intersects with that small set.
    known = _all_profile_words().intersection(counts)
    for lang, vocab in profiles().items():
        if (lang in _CYRILLIC_LANGS) != is_cyrillic and lang not in _BOTH_SCRIPTS:
            continue
        if lang in _DEVANAGARI_LANGS:
            continue
        scores[lang] = sum(map(counts.__getitem__, vocab.intersection(known))) / len(words)
    shares = dict(scores)
    letters = _letters(words)
    total = len(letters) or 1
    # (A Cyrillic text's letters are all beyond a-z: the Latin alphabets below tell it nothing.)
    foreign = _foreign_letters(text[:sample]) if not is_cyrillic else Counter()
    for lang, marks in _LETTERS.items():
        if lang in scores:
            if lang in _RUNNING_LETTERS:
                scores[lang] += 2.0 * sum(map(foreign.__getitem__, marks)) / total
            else:
                scores[lang] += 2.0 * sum(map(letters.count, marks)) / total
    if foreign:
        for lang, alphabet in _ALPHABETS.items():
            if lang in scores:
                scores[lang] -= _FOREIGN_WEIGHT * sum(n for ch, n in foreign.items() if ch not in alphabet) / total
    for lang, spelling in _SPELLINGS.items():
        if lang in scores:
            scores[lang] += 2.0 * len(spelling.findall(joined)) / total
    for lang, needed in _NEEDED_LETTERS.items():
        if lang in scores and not any(map(letters.__contains__, needed)):
            del scores[lang]
    if not scores:
        return UNDETERMINED
    best = max(scores, key=lambda k: scores[k])
    if not is_cyrillic and _TIES.get(best) in scores and scores[_TIES[best]] >= scores[best]:
        best = _TIES[best]
    if scores[best] <= 0.02:
        return UNDETERMINED
    if best in _NOT_LETTERS and sum(map(letters.count, _NOT_LETTERS[best])) > _FOREIGN_SHARE * total:
        return UNDETERMINED
    # A profile that wins through its letters alone, none of its function words in the text, while the
    # text writes letters its language never does, is some other language's: Estonian (õ, with ä ö ü)
    # came out German once Finnish lost for its ü and õ. (A short Turkish text with one Spanish place
    # name, Asunción, has a few of its function words: it stays Turkish.)
    if (not shares[best] and best in _ALPHABETS
            and sum(n for ch, n in foreign.items() if ch not in _ALPHABETS[best]) > _FOREIGN_SHARE * total):
        return UNDETERMINED
    # A long text that a profile fits only through shared letters is in some other language
    # (Swedish came out German through ä and ö).
    # A language without word lists must earn its code with its function words at any length.
    if (len(words) >= _ENOUGH_WORDS or not supported(best)) and shares[best] < _CONFIDENT:
        return UNDETERMINED
    return _variant(best, counts)


def _cjk(text: str) -> str | None:
    """'zh', 'ja' or 'ko' for a text written mostly in Han, kana or Hangul (by script: see _CJK_RUN), else None.

    Han with kana is Japanese; Han alone (Simplified or Traditional) is Chinese; mostly Hangul is Korean.
    """
    if not _CJK_RUN.search(text):  # one C-speed scan: any other text pays nothing more
        return None
    han = "".join(_CJK_RUN.findall(text))
    if len(han) < _CJK_MIN or len(han) <= sum(map(len, _WORD.findall(_CJK_RUN.sub(" ", text)))):
        return None
    hangul = len(_HANGUL.findall(han))
    if hangul * 2 > len(han):
        return "ko"
    return "ja" if len(_KANA.findall(han)) > _KANA_SHARE * len(han) else "zh"


def _mostly(chars: re.Pattern[str], text: str) -> bool:
    """Whether a text is written mostly in a script spaced by phrases (see _THAI_CHARS): its characters outnumber the
    letters of the text's other words. One C-speed search for any other text."""
    if not chars.search(text):
        return False
    script = sum(map(len, chars.findall(text)))
    return script >= _THAI_MIN and script > sum(map(len, _WORD.findall(chars.sub(" ", text))))


# Languages written without spaces between words: their names, quotations' cues and figures are read by the
# stages' unspaced paths (speakers._UnspacedPeople, quotes._unspaced_quotes, numbers._unspaced_figures).
# Korean writes spaces, but glues its particles to every name and noun (푸틴은, 모스크바에서, 278억) and puts the role
# after the name and the speech verb after the quotation, as Japanese does: the word-run readers find none of it, so
# it is read by the same paths, which allow its spaces where its data says so.
# Thai writes spaces between phrases only, and glues the honorific, the role and the speech verb to a name
# (นายอนุทินกล่าว, นายกรัฐมนตรีเวียดนาม): the same paths read it, its data saying where its names and figures stand.
# Khmer, spaced by phrases as Thai, is read by them too.
_UNSPACED = frozenset(("zh",
                       "ja",
                       "ko",
                       "th",
                       "km"))


def unspaced(lang: str) -> bool:
    """Whether the language writes no spaces between words."""
    return lang in _UNSPACED


def _arabic_script(joined: str) -> str:
    """'ar' for an Arabic-script text in Arabic; 'fa' for Persian, 'ur' for Urdu and 'ps' for Pashto. Decided by
    letters, not function words: Persian and Urdu share Arabic's loans (في, از is Persian alone, but a short
    headline has none), while each of them writes its own letters (ی ک گ پ چ, or ے ں ہ ٹ) in nearly every sentence and Arabic
    its ة ي ك ى in nearly every one. Urdu shares Persian's letters too, so its own (and its own function words,
    _URDU_WORDS) decide first, by their share of the words; Pashto's own letters and words (_PASHTO_LETTERS,
    _PASHTO_WORDS) before them, as neither Persian nor Urdu writes them."""
    pashto = len(_PASHTO_LETTERS.findall(joined)) + len(_PASHTO_WORDS.findall(joined + " "))
    persian = len(_PERSIAN_LETTERS.findall(joined))
    urdu = len(_URDU_LETTERS.findall(joined)) + len(_URDU_WORDS.findall(joined + " "))
    arabic = len(_ARABIC_LETTERS.findall(joined))
    if pashto > arabic / 4 and pashto >= 2 and pashto >= _PASHTO_SHARE * joined.count(" "):
        return "ps"
    if urdu > arabic / 4 and urdu >= 2 and urdu >= _URDU_SHARE * joined.count(" "):
        return "ur"
    if persian > arabic / 4 and persian >= 2:
        return "fa"
    return "ar"


def _devanagari(text: str) -> str:
    """'hi' for a Devanagari text in Hindi, 'mr' or 'ne' for Marathi or Nepali (no word lists: never read with the
    Hindi ones), 'und' for one none of their profiles fits. The words are read with the vowel signs as letters
    (data.marks_as_letters), as the profiles are: 'कहा' is one word, not 'कह'."""
    counts = Counter(_words(data.marks_as_letters(text)))
    total = sum(counts.values()) or 1
    scores = {lang: sum(map(counts.__getitem__, profiles()[lang].intersection(counts))) / total
              for lang in _DEVANAGARI_LANGS if lang in profiles()}
    best = max(scores, key=lambda k: (scores[k], k == "hi"), default=UNDETERMINED)
    if best == UNDETERMINED or scores[best] < _DEVANAGARI_CONFIDENT:
        return UNDETERMINED
    return best


# A language without a profile of its own, read with a close one's lists (_READ_AS), whose texts the close one's
# profile wins: told apart by the words each writes in place of the other's (data/<lang>/variants.txt).
_VARIANTS: dict[str, str] = {"hr": "bs"}


@cache
def _variant_words(lang: str) -> dict[str, frozenset[str]]:
    """The words of each section of data/<lang>/variants.txt."""
    return {k: frozenset(" ".join(v).split()) for k, v in data.sections("variants.txt", lang).items()}


def _variant(best: str, counts: Counter[str]) -> str:
    """`best`, or its variant (_VARIANTS) where the text writes two or more of the variant's own words and
    more of them than of `best`'s ("hiljada", "milion", "gasovod" against "tisuća", "milijun", "plin")."""
    variant = _VARIANTS.get(best)
    if variant is None:
        return best
    lists = _variant_words(best)
    theirs = sum(map(counts.__getitem__, lists.get(variant, frozenset()).intersection(counts)))
    ours = sum(map(counts.__getitem__, lists.get(best, frozenset()).intersection(counts)))
    return variant if theirs >= 2 and theirs > ours else best


@cache
def supported(lang: str) -> bool:
    """Whether the tool has word lists for a language (a folder digest/data/<lang>)."""
    if not lang.isalpha() or not lang.islower() or lang in ("any", "langid"):
        return False
    return resources.files("digest.data").joinpath(lang).is_dir()


# A language without lists of its own that a close one's lists read well: Bosnian (Latin script,
# ijekavian, januar… months in the Croatian lists) reads as Croatian. Serbian is left out: much of
# it is in Cyrillic, which the Croatian lists cannot read. Norwegian has its own lists (no); a text
# coded nb (Bokmål) or nn (Nynorsk, sa/sei, månader) reads with them.
_READ_AS: dict[str, str] = {"bs": "hr", "nb": "no", "nn": "no"}


def word_lists(lang: str) -> str:
    """The language whose word lists read a text in `lang`: its own, a close one's, or "any"."""
    if supported(lang):
        return lang
    return _READ_AS.get(lang, "any")


def _words(text: str) -> list[str]:
    r"""The words of a text (runs of [^\W\d_]), each lower-cased on its own, in no set order."""
    try:
        coded = text.encode("latin-1")
    except UnicodeEncodeError:
        tokens = text.split()
        # A token of letters only is a word; the regex cuts the others.
        found = list(filter(str.isalpha, tokens)) + _WORD.findall(" ".join(filterfalse(str.isalpha, tokens)))
        return list(map(str.lower, found))  # one by one: a final sigma stays final
    # A Latin-1 text (no sigma) has its other characters made spaces by a byte table.
    return coded.translate(_LATIN1_WORD_CHARACTERS).decode("latin-1").lower().split()


def _letters(words: list[str]) -> str:
    r"""The letters (str.isalpha) of the lower-cased text, from its words.

    No character outside the words lower-cases to a letter; a word is a run of [^\W\d_], which
    also takes numerals that are not letters (², ½).
    """
    chars = "".join(words)
    return chars if chars.isalpha() else "".join(filter(str.isalpha, chars))


def _foreign_letters(text: str) -> Counter[str]:
    """The count of each letter beyond a-z in the text's lower-case words (an ASCII text has none).

    A capitalised word is often a name, which keeps its own language's letters (Orbán, Łódź and
    Țoiu in an English or Italian brief); the running words are in the text's language.
    """
    # Splitting, the lower-case test and the regexes run in C; only the letters beyond ASCII are counted.
    # A sentence's first word is capitalised whatever it is: it counts too.
    first = _TEXT_START.match(text)
    starts = _SENTENCE_START.findall(text, first.end()) if first else _SENTENCE_START.findall(text)
    if first:
        starts.insert(0, first.group(1))
    running = "".join(filter(str.islower, text.split())) + "".join(starts).lower()
    if running.isascii():
        return Counter()
    return Counter(ch for ch in "".join(_NON_ASCII.findall(running)) if ch.isalpha())
