"""A person's role phrase as the article writes it, trimmed to a readable length (core: no formatting)."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from functools import cache

from digest import data

# The most words a role phrase keeps ("membro del Comitato per gli affari internazionali").
ROLE_WORDS = 8


@cache
def _role_words(section: str) -> tuple[str, ...]:
    """data/any/role_words.txt's [bare] (pronoun-like alone: il politico), [not bare] (politikolog: a [bare] stem's
    longer word of its own), [relation] (omologo) or [deputy…] words."""
    return tuple(data.sections("role_words.txt", "any").get(section, ()))


@cache
def _case_rules(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """data/<lang>/role_cases.txt's rules by section, each (oblique ending, nominative ending), longest first."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for section, lines in data.sections("role_cases.txt", lang).items():
        rules = [(old, "" if new == "-" else new) for old, new in (line.split() for line in lines)]
        out[section] = tuple(sorted(rules, key=lambda rule: -len(rule[0])))
    return out


def nominative(word: str, lang: str, after_preposition: bool, is_role: Callable[[str], bool]) -> str | None:
    """The role noun `word` (as written) in the nominative by its language's role_cases.txt: `word` itself
    when it has no oblique ending listed there, the first rule's result (longest ending first) that is a role
    word of roles.txt ("prezydentem" -> "prezydent", "ministrem" -> "minister", not "ministr"), and None when
    endings fit but no result is a role word: a wrong case shown is worse than no role. The [preposition]
    rules count only after a preposition, where a nominative never stands ("z prezydentem"); [any] ones
    everywhere (hu "kormányfővel")."""
    rules = _case_rules(lang)
    low = word.lower()
    fitting = [rule for rule in (*rules.get("any", ()), *(rules.get("preposition", ()) if after_preposition else ()))
               if low.endswith(rule[0]) and len(low) > len(rule[0]) + 2]
    for old, new in sorted(fitting, key=lambda rule: -len(rule[0])):
        if is_role(low[: len(low) - len(old)] + new):
            return word[: len(word) - len(old)] + new
    return None if fitting else word


@cache
def _role_word_test(section: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """_role_words(section) as its whole words and its stems (listed with a trailing '*'): deputy() is asked of
    every role word of every article, one set look-up and one startswith() then, not a loop over the list."""
    entries = _role_words(section)
    return frozenset(e for e in entries if not e.endswith("*")), tuple(e[:-1] for e in entries if e.endswith("*"))


def _matches(low: str, section: str) -> bool:
    """The lower-case word is a word of role_words.txt's [section], or starts with one of its stems."""
    words, stems = _role_word_test(section)
    return low in words or low.startswith(stems)


def deputy(low: str, after: bool = False) -> bool:
    """The lower-case word is one of data/any/role_words.txt's [deputy] words (заместитель, zastępca): before
    a role word it makes the role a deputy's; with `after`, of its [deputy after] words (yardımcısı,
    helyettes), which do so after the role word or ending its compound."""
    return _matches(low, "deputy after" if after else "deputy")


def area(low: str) -> bool:
    """The lower-case role word is one of data/any/role_words.txt's [area] words (محافظة), which after a
    preposition name an administrative area rather than its officer."""
    return _matches(low, "area")


def address(low: str) -> bool:
    """The lower-case word is one of data/any/role_words.txt's [address] words (sheikh, Scheich): a form of
    address opening a name, which ends the role phrase before it."""
    return _matches(low, "address")


def trimmed(words: Sequence[str], head: int, function_words: Container[str]) -> tuple[int, int] | None:
    """The span [a, b) of `words` (a role phrase's words as written, the role noun at `head`) an analyst
    reads as the role: no leading or trailing function word, at most ROLE_WORDS words, a longer one cut
    before a function word opening a later complement ("primo vicepresidente della commissione della Duma",
    not "… per gli affari della CSI e le relazioni con i compatrioti"). None when the role is no role:
    a relation to someone else (omologo, Amtskollege) or a pronoun-like word alone (il politico)."""
    low = [w.lower() for w in words]
    if not words or _matches(low[head], "relation"):
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
    if b - a == 1 and _matches(low[head], "bare") and not _matches(low[head], "not bare"):
        return None
    return a, b


def fullest(counts: Mapping[str, int]) -> str:
    """The phrase (lower case) of the most introductions, each counting for every phrase that holds its
    words in a row too: "presidente" said five times and "presidente kazako" twice make the latter, the
    fullest form of the most common role. The first (in the mapping's order) on a tie."""
    words = {phrase: f" {phrase} " for phrase in counts}
    return max(counts, key=lambda phrase: sum(n for other, n in counts.items() if words[other] in words[phrase]))
