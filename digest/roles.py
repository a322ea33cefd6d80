"""A person's role phrase as the article writes it, trimmed to a readable length (core: no formatting)."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

# The most words a role phrase keeps ("membro del Comitato per gli affari internazionali").
ROLE_WORDS = 8

# Role words that stand for anyone, as a pronoun does: alone ("il politico", "der Politiker", "the leader")
# they tell nothing of the person's office; with an adjective or complement ("il leader kazako") they may.
# Lower case; a trailing * for any ending.
BARE_NO_ROLE = (
    "leader*", "lider*", "лидер*", "лідер*", "führer*", "líder*", "chef", "chief", "head", "capo", "szef*",
    "politic*", "politik*", "polityk*", "политик*", "політик*", "polític*", "politicien*", "político*",
    "man", "woman", "uomo", "donna", "mann", "frau", "mężczyzna", "kobieta", "homme", "femme",
)
# Words of a relation to someone else, never a role of their own ("suo omologo kazako", "seinem russischen
# Amtskollegen", "swojego kolegę", "the guest", "swojego poprzednika").
RELATION = (
    "omolog*", "homolog*", "homólog*", "counterpart*", "amtskolleg*", "kolleg*", "koleg*", "colleg*", "collègue*",
    "коллег*", "колег*", "gość*", "gości*", "guest*", "gast", "gäste*", "ospit*", "invité*", "huésped*",
    "гост*", "host*", "gastgeber*", "gospodar*", "hôte*", "anfitri*", "хозя*", "poprzedni*", "predecessor*",
    "successor*", "vorgänger*", "nachfolger*", "predecessore*", "prédécesseur*", "предшественник*",
    "преемник*", "następc*", "successore*", "ambtgeno*", "odpowiedni*", "protějš*", "kollega*", "kolléga*",
    "meslektaş*", "mevkida*", "kolega*", "kolegic*", "колегата", "homológ*",
)


def _matches(low: str, entries: Sequence[str]) -> bool:
    return any(low.startswith(e[:-1]) if e.endswith("*") else low == e for e in entries)


def trimmed(words: Sequence[str], head: int, function_words: Container[str]) -> tuple[int, int] | None:
    """The span [a, b) of `words` (a role phrase's words as written, the role noun at `head`) an analyst
    reads as the role: no leading or trailing function word, at most ROLE_WORDS words, a longer one cut
    before a function word opening a later complement ("primo vicepresidente della commissione della Duma",
    not "… per gli affari della CSI e le relazioni con i compatrioti"). None when the role is no role:
    a relation to someone else (omologo, Amtskollege) or a pronoun-like word alone (il politico)."""
    low = [w.lower() for w in words]
    if not words or _matches(low[head], RELATION):
        return None
    a, b = 0, len(words)
    while a < head and low[a] in function_words:
        a += 1
    if b - a > ROLE_WORDS:
        # Cut before the last function word within reach that leaves the role and a word of its complement.
        cuts = [k for k in range(head + 2, a + ROLE_WORDS + 1) if k < b and low[k] in function_words]
        b = cuts[-1] if cuts else a + ROLE_WORDS
    while b > head + 1 and low[b - 1] in function_words:
        b -= 1
    if b - a == 1 and _matches(low[head], BARE_NO_ROLE):
        return None
    return a, b


def fullest(counts: Mapping[str, int]) -> str:
    """The phrase (lower case) of the most introductions, each counting for every phrase that holds its
    words in a row too: "presidente" said five times and "presidente kazako" twice make the latter, the
    fullest form of the most common role. The first (in the mapping's order) on a tie."""
    words = {phrase: f" {phrase} " for phrase in counts}
    return max(counts, key=lambda phrase: sum(n for other, n in counts.items() if words[other] in words[phrase]))
