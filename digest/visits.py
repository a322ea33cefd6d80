"""Visits: grouping articles, recognising translations, visit metadata and the timeline."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources

from digest import dates, places
from digest.config import Config, VisitRule
from digest.model import TEXT, Article, Block, Sentence, Visit

# Two dated articles further apart than this are never the same visit.
MAX_GAP_DAYS = 6
# Dated articles closer than this that share a place or a rare name are the same visit.
SAME_TIME_DAYS = 3
# Evidence an undated article needs to join another: IDF-weighted cosine of names, places,
# figures and months. Two leaders and their capitals alone stay well below it.
UNDATED_LINK = 0.35
DATED_LINK = 0.12
# Undated articles pointing to the same months of the year (the event's, or the background
# events they recall) need only a little shared evidence beyond that.
SAME_MONTHS_LINK = 0.05
# A translation or re-publication shares most figures and names and has a similar shape.
DUPLICATE_LINK = 0.6
PARTICIPANT_SHARE = 0.3
# How many of an article's most mentioned people grouping compares.
PEOPLE_COMPARED = 3
# Blocking: a feature carried by more articles than this says nothing and is not indexed.
MAX_BUCKET = 200

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Capitalised words standing side by side (one space or none between) form a name run.
_RUN_GAP = re.compile(r"^ ?$")
# How many words before a name may tie it to a country (il presidente kazako Tokayev).
_DEMONYM_WINDOW = 2
# A capitalised word sharing this many first letters with a lower-case word of the article is
# an ordinary word (Presidenti / presidente), not part of a name.
_STEM = 6
_FIGURE = re.compile(r"\d+(?:[.,\u00a0 ’']\d+)*")
_QUOTE_OPEN = re.compile(r"[“„«‘‹]|(?:(?<=\s)|^)\"")
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch - y - e yu ya i yi ye g".split(),
    )
)
_DIGRAPHS = (("sch", "s"), ("sz", "s"), ("cz", "c"), ("ch", "h"), ("kh", "h"), ("sh", "s"), ("zh", "z"),
             ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("w", "v"), ("x", "ks"))


def signals(
    text: str, blocks: Sequence[Block], sentences: Sequence[Sentence], lang: str, date: str | None
) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """Per-article clues: (publication date if the text gives one, dates mentioned, places mentioned)."""
    published = dates.publication(text, blocks, lang)
    spans = dates.text_spans(blocks)
    anchor = dates.to_date(date) or dates.to_date(published)
    mentioned = dates.mentioned(text, lang, spans, anchor)
    return published, mentioned, places.ranked(places.find(text, spans, lang))


# --- per-article profile -------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    """What grouping and translation detection compare, computed once per article."""

    when: date | None
    """The day of the event: metadata or publication date, else the commonest full date mentioned."""
    days: frozenset[date]
    """Full dates the text mentions, resolved against `when`."""
    months: frozenset[int]
    """Months of the year the text points to (event month, year-less months, day-months)."""
    features: frozenset[str]
    """Name skeletons, places, figures and months: what two articles on one visit share."""
    figures: tuple[str, ...]
    """Figures with their separators removed, in order (a translation keeps them)."""
    names: frozenset[str]
    """Skeletons of capitalised words (Tokajew, Tokayev, Токаев -> tkv)."""
    where: Counter[str]
    """Scores of the cities where the text puts the event."""
    people: Counter[str]
    """Surname skeleton -> mentions of that surname."""
    forms: Counter[str]
    """Full names as written (Vladimir Putin, Władimirem Putinem), by occurrences."""
    host_country: dict[str, Counter[str]]
    """Surname skeleton -> countries that adjectives next to the name point to (kazako -> KZ)."""
    paragraphs: int
    length: int
    quotes: int


def _fold(word: str) -> str:
    lowered = word.casefold()
    lowered = "".join(_CYRILLIC.get(c, c) for c in lowered).replace("-", "")
    ascii_ = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode().replace("ł", "l")
    return re.sub(r"[^a-z]", "", ascii_)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-blind key for a name across languages and scripts: its first consonants.

    Tokayev, Tokajew, Tokajewa, Tokaïev and Токаев all give 'tkv'; case endings fall off
    because only the first three consonants count.
    """
    s = _fold(word)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    if not s:
        return ""
    consonants = s[0] + re.sub(r"[aeiouyj]", "", s[1:])
    return consonants[:3] if len(consonants) >= 3 else ""


def _figures(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    out = []
    for a, b in spans:
        for m in _FIGURE.finditer(text, a, b):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 2:
                out.append(digits)
    return out


@cache
def _visit_words(lang: str) -> tuple[str, ...]:
    try:
        text = resources.files(f"digest.data.{lang}").joinpath("visit.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ()
    return tuple(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _is_visit_word(word: str, lang: str) -> bool:
    w = word.casefold()
    return any(w.startswith(v[:-1]) if v.endswith("*") else w == v for v in _visit_words(lang))


def _where(a: Article, found: list[places.Found]) -> Counter[str]:
    """Where the text puts the event: locative mentions next to a visit word count most.

    Capitals also stand for their governments ("Mosca chiede"), so a bare mention counts
    little; "a Mosca", "w Moskwie" count more; a country in a visit sentence ("una visita in
    Kazakistan") lends its score to its capital.
    """
    text = a.text
    score: Counter[str] = Counter()
    spans = [(s.start, s.end) for s in a.analysis.sentences]
    title_end = next((b.end for b in a.analysis.blocks if b.kind == "title"), 0)
    title_start = next((b.start for b in a.analysis.blocks if b.kind == "title"), 0)
    for f in found:
        city = f.place if f.place.kind != "country" else places.capital(f.place.country)
        if city is None:
            continue
        in_title = title_start <= f.start < title_end
        sentence = next(((x, y) for x, y in spans if x <= f.start < y), None)
        visit_sentence = sentence is not None and any(
            _is_visit_word(w, a.lang) for w in re.findall(r"\w+", text[sentence[0] : sentence[1]])
        )
        if f.place.kind == "country":
            if f.locative and (visit_sentence or in_title):
                score[city.name] += 2
            continue
        score[city.name] += 1 + 2 * f.locative + 3 * in_title + 3 * (f.locative and visit_sentence)
    return score


@dataclass(frozen=True)
class _Words:
    """The capitalised words of an article's paragraphs, scanned once for every use."""

    body: tuple[tuple[int, int], ...]
    caps: tuple[tuple[int, str, str], ...]
    """(offset, word, skeleton) of every capitalised word."""
    lower: frozenset[str]
    """Every word the article writes in lower case."""


def _words(a: Article) -> _Words:
    body = tuple((b.start, b.end) for b in a.analysis.blocks if b.kind == TEXT)
    caps = tuple(
        (m.start(), m.group(), skeleton(m.group()))
        for x, y in body
        for m in _WORD.finditer(a.text, x, y)
        if m.group()[0].isupper()
    )
    lower = frozenset(w for x, y in body for w in re.findall(r"\b[^\W\d_]+\b", a.text[x:y]) if w.islower())
    return _Words(body, caps, lower)


def _people(a: Article, w: _Words) -> tuple[Counter[str], Counter[str]]:
    """People by how often their surname comes back, keyed by its skeleton, and the full forms seen.

    Candidates are quote speakers and the people stage's names, else capitalised name runs.
    """
    runs = _name_runs(a, w)
    candidates = [q.speaker for q in a.analysis.quotes if q.speaker] + list(a.analysis.people) or runs
    mentions = Counter(key for _, _, key in w.caps)
    people: Counter[str] = Counter()
    for name in candidates:
        key = skeleton(name.split()[-1])
        if key:
            people[key] = max(mentions[key], 1)
    # Every written form of a known person competes for the display name.
    forms = Counter(n for n in candidates + runs if skeleton(n.split()[-1]) in people)
    return people, forms


def _name_runs(a: Article, w: _Words) -> list[str]:
    """Runs of two or three capitalised words that look like a person's name.

    Leading words the article also writes in lower case (Il, Szef, Presidenti) are cut;
    runs naming a place or a nationality (Federazione Russa, Nur-Sultan) are dropped.
    """
    stems = {x[:_STEM] for x in w.lower}
    runs: list[list[str]] = []
    prev_end = -2
    for start, word, _ in w.caps:
        if runs and _RUN_GAP.match(a.text[prev_end:start]):
            runs[-1].append(word)
        else:
            runs.append([word])
        prev_end = start + len(word)
    out = []
    for words in runs:
        while words and words[0].casefold()[:_STEM] in stems:
            words.pop(0)
        parts = [p for word in words for p in (word, *word.split("-"))]
        if 2 <= len(words) <= 3 and not any(places.lookup(p) or places.demonym(p) for p in parts):
            out.append(" ".join(words))
    return out


def _host_countries(a: Article, people: Counter[str], w: _Words) -> dict[str, Counter[str]]:
    """Per surname key, the countries an adjective or country name just before the name points to."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for start, _, key in w.caps:
        by_key[key].append(start)
    out: dict[str, Counter[str]] = {}
    for key in people:
        votes: Counter[str] = Counter()
        for start in by_key.get(key, ()):
            # Stop at punctuation: "Russia e Kazakistan: Putin" ties Putin to neither.
            before = re.split(r"[.,:;!?()\"“”«»„]", a.text[max(0, start - 80) : start])[-1]
            words = _WORD.findall(before)
            for word in words[-_DEMONYM_WINDOW - 1 : -1] if words and words[-1][0].isupper() else words[-_DEMONYM_WINDOW:]:
                place = places.lookup(word)
                country = places.demonym(word) or (place.country if place and place.kind == "country" else None)
                if country:
                    votes[country] += 1
        if votes:
            out[key] = votes
    return out


def _name_keys(a: Article, w: _Words) -> frozenset[str]:
    """Skeletons of the words the article always capitalises, away from sentence starts.

    Place forms stay in: a former name (Nur-Sultan) dates an article as well as a person does.
    """
    starts = {s.start for s in a.analysis.sentences}
    return frozenset(key for start, word, key in w.caps if key and start not in starts and word.casefold() not in w.lower)


@lru_cache(maxsize=4096)
def _profile(a: Article) -> _Profile:
    an = a.analysis
    w = _words(a)
    spans = dates.text_spans(an.blocks)
    when = dates.to_date(a.date) or dates.to_date(an.date)
    mentions = dates.find(a.text, a.lang, spans)
    if when is None:
        # Without a date of its own, an article is dated by a full date it gives more than once.
        full = Counter(d for m in mentions if (d := dates.to_date(dates.resolve(m, None))))
        top = full.most_common(1)
        when = top[0][0] if top and top[0][1] >= 2 else None
    resolved = [dates.resolve(m, when) for m in mentions]
    days = frozenset(d for r in resolved if (d := dates.to_date(r)))
    months = {m.month for m in mentions if m.month and (m.year is None or m.day is not None)}
    if when:
        months = {when.month} | {d.month for d in days if abs((d - when).days) <= MAX_GAP_DAYS}
    found = places.find(a.text, spans, a.lang)
    names = _name_keys(a, w)
    figures = _figures(a.text, w.body)
    features = (
        {f"n:{k}" for k in names}
        | {f"p:{f.place.name}" for f in found}
        | {f"f:{x}" for x in figures if len(x) >= 3}
        | {f"m:{m}" for m in months}
    )
    people, forms = _people(a, w)
    return _Profile(
        when=when,
        days=days,
        months=frozenset(months),
        features=frozenset(features),
        figures=tuple(figures),
        names=names,
        where=_where(a, found),
        people=people,
        forms=forms,
        host_country=_host_countries(a, people, w),
        paragraphs=len(w.body),
        length=sum(y - x for x, y in w.body),
        quotes=sum(len(_QUOTE_OPEN.findall(a.text, x, y)) for x, y in w.body),
    )


# --- translations and re-publications -------------------------------------------------


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    ca, cb = Counter(a), Counter(b)
    union = sum((ca | cb).values())
    return sum((ca & cb).values()) / union if union else 0.0


def _ratio(x: int, y: int) -> float:
    return min(x, y) / max(x, y) if max(x, y) else 1.0


def duplicate_score(p: _Profile, q: _Profile) -> float:
    """How much two articles look like one text in two languages (or twice in one): 0 to 1.

    Figures and names survive translation; paragraphs, quotes and length keep their shape.
    """
    return (
        0.35 * _jaccard(p.figures, q.figures)
        + 0.3 * _jaccard(p.names, q.names)
        + 0.15 * _ratio(p.paragraphs, q.paragraphs)
        + 0.1 * _ratio(p.quotes, q.quotes)
        + 0.1 * _ratio(p.length, q.length)
    )


def _candidates(keys: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """Pairs sharing at least one feature that is not everywhere (blocking, not all pairs)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            index[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if 1 < len(members) <= MAX_BUCKET:
            pairs.update((members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members)))
    return pairs


def link_duplicates(articles: Sequence[Article], config: Config) -> list[Article]:
    """Set `duplicate_of` on translations and re-publications (the original is kept unset)."""
    profiles = [_profile(a) for a in articles]
    # Figures are the sharpest signature; names back them up for figure-less texts.
    keys = [frozenset({f"f:{x}" for x in p.figures} or {f"n:{x}" for x in p.names}) for p in profiles]
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_candidates(keys)):
        if _dates_clash(profiles[i], profiles[j], 1):
            continue
        if duplicate_score(profiles[i], profiles[j]) >= DUPLICATE_LINK:
            parent[root(j)] = root(i)
    families: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        families[root(i)].append(i)
    out = list(articles)
    for members in families.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: _original_rank(articles[i], config))
        for i in members:
            if i != original:
                out[i] = replace(articles[i], duplicate_of=articles[original].id)
    return out


def _original_rank(a: Article, config: Config) -> tuple[int, str, str]:
    preferred = config.languages.index(a.lang) if a.lang in config.languages else len(config.languages)
    return preferred, a.date or "9999", a.path


# --- grouping --------------------------------------------------------------------------


def _dates_clash(p: _Profile, q: _Profile, gap: int = MAX_GAP_DAYS) -> bool:
    return p.when is not None and q.when is not None and abs((p.when - q.when).days) > gap


def _months_clash(p: _Profile, q: _Profile) -> bool:
    return bool(p.months) and bool(q.months) and not p.months & q.months


def _similarity(p: _Profile, q: _Profile, idf: dict[str, float]) -> float:
    shared = p.features & q.features
    num = sum(idf[f] ** 2 for f in shared)
    den = math.sqrt(sum(idf[f] ** 2 for f in p.features) * sum(idf[f] ** 2 for f in q.features))
    return num / den if den else 0.0


def _auto_link(p: _Profile, q: _Profile, sim: float) -> bool:
    """Whether two articles without metadata report the same visit."""
    if _dates_clash(p, q) or _months_clash(p, q):
        return False
    if p.when and q.when:
        if abs((p.when - q.when).days) > SAME_TIME_DAYS or not _share_people(p, q):
            return False
        # A leader's tour (Astana on Monday, Bishkek on Wednesday) is several visits.
        if p.where and q.where and _top(p.where) != _top(q.where):
            return sim >= UNDATED_LINK
        return _top(p.where) == _top(q.where) or sim >= DATED_LINK
    # Undated articles that point to the same months need less; without months, much more.
    if p.months and q.months:
        return sim >= SAME_MONTHS_LINK
    return sim >= UNDATED_LINK


def _share_people(p: _Profile, q: _Profile) -> bool:
    """Whether the most mentioned people agree: a host receiving two guests in one week is two visits.

    Two articles naming at least two people each must share two of them (guest and host).
    """
    top = [{k for k, _ in x.people.most_common(PEOPLE_COMPARED)} for x in (p, q)]
    return len(top[0] & top[1]) >= min(2, len(top[0]), len(top[1]))


def _top(c: Counter[str]) -> str | None:
    return c.most_common(1)[0][0] if c else None


def _auto_groups(idx: list[int], profiles: list[_Profile]) -> list[list[int]]:
    """Greedy single-linkage on the strongest pairs first, never joining clashing dates."""
    df = Counter(f for i in idx for f in profiles[i].features)
    idf = {f: math.log((len(idx) + 1) / c) for f, c in df.items()}
    keys = [profiles[i].features for i in idx]
    scored = []
    for x, y in _candidates(keys):
        i, j = idx[x], idx[y]
        sim = _similarity(profiles[i], profiles[j], idf)
        if _auto_link(profiles[i], profiles[j], sim):
            scored.append((sim, i, j))
    cluster = {i: [i] for i in idx}
    for _, i, j in sorted(scored, reverse=True):
        a, b = cluster[i], cluster[j]
        if a is b or any(_dates_clash(profiles[x], profiles[y]) or _months_clash(profiles[x], profiles[y])
                         for x in a for y in b):
            continue
        a.extend(b)
        for k in b:
            cluster[k] = a
    seen: set[int] = set()
    groups = []
    for i in idx:
        if id(cluster[i]) not in seen:
            seen.add(id(cluster[i]))
            groups.append(sorted(cluster[i]))
    return groups


def _rule_fits(rule: VisitRule, a: Article, p: _Profile) -> bool:
    if not rule.match:
        return False
    low = a.text.casefold()
    if not any(t.casefold() in low for t in rule.match):
        return False
    start, end = dates.to_date(rule.start), dates.to_date(rule.end or rule.start)
    if not (start and end):
        return True
    if p.when:
        return start - timedelta(days=SAME_TIME_DAYS) <= p.when <= end + timedelta(days=SAME_TIME_DAYS)
    # An undated article must not point only to other months than the rule's.
    return not p.months or bool(p.months & {start.month, end.month})


def group(articles: Sequence[Article], config: Config) -> tuple[list[Article], list[Visit]]:
    """Gather articles into visits: metadata, then folder, then config rules, then automatic.

    Returns the articles with `visit` set and the visits in date order (summaries empty).
    Translations follow their original.
    """
    profiles = [_profile(a) for a in articles]
    pos = {a.id: i for i, a in enumerate(articles)}
    rules = {r.id: r for r in config.visits}
    assigned: dict[int, tuple[str, str]] = {}
    for i, a in enumerate(articles):
        if a.visit_hint and a.visit_hint_by in ("metadata", "folder"):
            assigned[i] = (a.visit_hint, a.visit_hint_by)
    for i, a in enumerate(articles):
        if i not in assigned and not a.duplicate_of:
            rule = next((r for r in config.visits if _rule_fits(r, a, profiles[i])), None)
            if rule:
                assigned[i] = (rule.id, "config")
    free = [i for i, a in enumerate(articles) if i not in assigned and not a.duplicate_of]
    members: dict[str, list[int]] = defaultdict(list)
    how: dict[str, str] = {}
    for i, (vid, by) in assigned.items():
        members[vid].append(i)
        how.setdefault(vid, by)
    auto = _auto_groups(free, profiles)
    for k, g in enumerate(auto):
        members[f"\0auto{k}"] = g
        how[f"\0auto{k}"] = "auto"
    for i, a in enumerate(articles):
        if a.duplicate_of and i not in assigned:
            orig = pos.get(a.duplicate_of)
            home = next((v for v, ms in members.items() if orig in ms), None)
            if home is None:
                home = f"\0dup{i}"
                how[home] = "auto"
            members[home].append(i)
    visits: list[Visit] = []
    taken: set[str] = set(rules) | {v for v in members if not v.startswith("\0")}
    out = list(articles)
    for key, ms in members.items():
        ms = sorted(ms, key=lambda i: (articles[i].date or "9999", articles[i].path))
        visit = _describe(key, ms, articles, profiles, rules.get(key), how[key], taken)
        taken.add(visit.id)
        visits.append(visit)
        for i in ms:
            out[i] = replace(articles[i], visit=visit.id)
    return out, sorted(visits, key=lambda v: (v.start or "9999", v.id))


# --- visit metadata --------------------------------------------------------------------


def _describe(
    key: str,
    ms: list[int],
    articles: Sequence[Article],
    profiles: list[_Profile],
    rule: VisitRule | None,
    grouped_by: str,
    taken: set[str],
) -> Visit:
    """Id, title, dates, place, participants and languages, from config first, else inferred."""
    originals = [i for i in ms if not articles[i].duplicate_of] or ms
    start, end = _span([profiles[i] for i in originals])
    where: Counter[str] = Counter()
    people: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for i in originals:
        where.update(profiles[i].where)
        people.update(profiles[i].people)
        for form, n in profiles[i].forms.items():
            forms[skeleton(form.split()[-1])][form] += n
        for person, votes in profiles[i].host_country.items():
            countries[person].update(votes)
    _strip_titles(forms)
    # A form with a first name, plain ASCII if there is one (Tokayev over Tokaïev), the commonest.
    names = {
        k: max(forms[k].items(), key=lambda f: (" " in f[0], f[0].isascii(), f[1], len(f[0])))[0]
        for k in people
        if forms[k]
    }
    hosts = {k: c.most_common(1)[0][0] for k, c in countries.items()}
    place = (rule.place if rule and rule.place else None) or _top(where)
    if rule and rule.start:
        start, end = rule.start, rule.end or rule.start
    # Participants are mentioned at least a third as often as the most mentioned person.
    most = max(people.values(), default=0)
    top = [k for k, n in people.most_common() if k in names and n >= max(2, most * PARTICIPANT_SHARE)][:4]
    participants = tuple(names[k] for k in top)
    title = (rule.title if rule else None) or _title(place, top[:2], names, hosts)
    langs = Counter(articles[i].lang for i in ms)
    vid = key if not key.startswith("\0") else _new_id(start, place, articles[ms[0]].id, taken)
    return Visit(
        id=vid,
        title=title,
        start=start,
        end=end,
        place=place,
        grouped_by=grouped_by,
        articles=tuple(articles[i].id for i in ms),
        participants=participants,
        languages=tuple(lang for lang, _ in langs.most_common()),
    )


def _strip_titles(forms: dict[str, Counter[str]]) -> None:
    """Drop a leading title (Presidente, Presidenti): a word seen before a first name and surname."""
    every = [form.split() for c in forms.values() for form in c]
    first_names = {words[0] for words in every if len(words) == 2}
    titles = {words[0].casefold()[:_STEM] for words in every if len(words) == 3 and words[1] in first_names}
    for key, c in forms.items():
        stripped: Counter[str] = Counter()
        for form, n in c.items():
            first, _, rest = form.partition(" ")
            stripped[rest if first.casefold()[:_STEM] in titles and rest else form] += n
        forms[key] = stripped


def _span(ps: list[_Profile]) -> tuple[str | None, str | None]:
    """First and last day: the articles' dates and the days they mention close to them."""
    whens = [p.when for p in ps if p.when]
    if not whens:
        return None, None
    lo, hi = min(whens), max(whens)
    near = [d for p in ps for d in p.days if lo - timedelta(days=SAME_TIME_DAYS) <= d <= hi + timedelta(days=SAME_TIME_DAYS)]
    return min([lo, *near]).isoformat(), max([hi, *near]).isoformat()


def _title(place: str | None, keys: list[str], names: dict[str, str], countries: dict[str, str]) -> str:
    """'Tokayev visits Putin in Moscow' when the host is known, else 'Putin and Tokayev in Moscow'."""
    short = [names[k].split()[-1] for k in keys]
    where = f" in {place}" if place else ""
    host_country = (p.country if (p := places.lookup(place)) else None) if place else None
    if len(keys) == 2 and host_country:
        hosts = [k for k in keys if countries.get(k) == host_country]
        guests = [k for k in keys if countries.get(k) and countries.get(k) != host_country]
        if len(hosts) == 1 and len(guests) == 1:
            return f"{names[guests[0]].split()[-1]} visits {names[hosts[0]].split()[-1]}{where}"
    if not short:
        return f"Visit{where}" if place else "Visit"
    return " and ".join(sorted(short)) + where


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold_keep(text)).strip("-")


def _fold_keep(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def _new_id(start: str | None, place: str | None, first: str, taken: set[str]) -> str:
    """2022-02-moscow; undated visits take the first article's id so they stay stable."""
    base = "-".join(x for x in (start[:7] if start else "undated", _slug(place) if place else "") if x)
    if not start:
        base = f"{base}-{first.split('_')[0]}"
    vid, n = base, 2
    while vid in taken:
        vid, n = f"{base}-{n}", n + 1
    return vid


def timeline(visits: Sequence[Visit]) -> list[tuple[Visit, int | None]]:
    """Visits in date order with the days since the previous dated one (None for the first or undated)."""
    ordered = sorted(visits, key=lambda v: (v.start or "9999", v.id))
    out: list[tuple[Visit, int | None]] = []
    prev: date | None = None
    for v in ordered:
        d = dates.to_date(v.start)
        out.append((v, (d - prev).days if d and prev else None))
        prev = d or prev
    return out
