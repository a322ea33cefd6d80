"""Language detection from the text itself: function-word profiles plus script and letter clues."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

UNDETERMINED = "und"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters that only some languages use: a strong tie-breaker between close profiles.
_LETTERS = {
    "pl": "ąęłńśźż", "de": "äöüß", "es": "ñ¿¡", "fr": "çœêèëîï", "it": "ìò", "pt": "ãõç",
    "cs": "ěřůčšž", "uk": "їєґі", "ru": "ыэъё",
}


@cache
def profiles() -> dict[str, frozenset[str]]:
    """Function words per language, from the shipped lists."""
    out = {}
    for entry in resources.files("digest.data.langid").iterdir():
        if entry.name.endswith(".txt"):
            out[entry.name[:-4]] = frozenset(entry.read_text("utf-8").split())
    return out


def detect(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code of the text's language, or 'und' when there is too little to tell."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < 3:
        return UNDETERMINED
    counts = Counter(words)
    scores: dict[str, float] = {}
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    is_cyrillic = cyrillic > len(words) / 2
    for lang, vocab in profiles().items():
        if (lang in ("ru", "uk")) != is_cyrillic:
            continue
        scores[lang] = sum(c for w, c in counts.items() if w in vocab) / len(words)
    letters = Counter(ch for ch in text[:sample].lower() if ch.isalpha())
    total = sum(letters.values()) or 1
    for lang, marks in _LETTERS.items():
        if lang in scores:
            scores[lang] += 2.0 * sum(letters[m] for m in marks) / total
    if not scores:
        return UNDETERMINED
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0.02 else UNDETERMINED
