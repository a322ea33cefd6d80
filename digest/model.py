"""Records shared by every stage and every front end: frozen dataclasses, no formatting."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import Any, Generic, TypeVar, overload

# Block kinds produced by cleaning. Only TEXT blocks feed summaries, quotes and numbers;
# the others are kept so the reader can show (dimmed) what was set aside.
TEXT = "text"
TITLE = "title"
HEADING = "heading"
FURNITURE = "furniture"
BLANK = "blank"


@dataclass(frozen=True)
class Block:
    """A line of the source file after cleaning, classified."""

    start: int
    """Offset of the first character in the decoded file text."""
    end: int
    """Offset just past the last character (the newline excluded)."""
    kind: str
    """One of text, title, heading, furniture, blank."""
    reason: str = ""
    """Why a non-text block was set aside (for the reader's dimmed view and for tests)."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text block."""

    start: int
    """Offset into the decoded file text."""
    end: int
    """Offset just past the sentence (trailing space excluded)."""
    block: int
    """Index of the block it belongs to."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, possibly in several parts, with its speaker."""

    start: int
    """Offset of the first quoted character (inside the opening mark)."""
    end: int
    """Offset just past the last quoted character (before the closing mark)."""
    text: str
    """The quoted words; parts of an interrupted quote joined by ' … '."""
    speaker: str | None = None
    """The speaker's fullest name in this article, None when the text does not say."""
    speaker_form: str | None = None
    """The form of the name at the cue as written (Tokajewa, il leader russo)."""
    cue: str = ""
    """The attribution words as written (ha detto Putin, sagte er)."""
    kind: str = "speech"
    """speech, or term for quoted titles, names and scare quotes."""
    parts: tuple[tuple[int, int], ...] = ()
    """(start, end) of every part when the quote is interrupted or runs over paragraphs."""
    id: str = ""
    """Corpus-wide id, set when the digest is built (article id + ':q' + index)."""
    article: str = ""
    """Id of the article, set when the digest is built."""
    visit: str = ""
    """Id of the visit, set when the digest is built."""
    also_in: tuple[str, ...] = ()
    """Languages of translations carrying the same statement (set when the digest is built)."""


@dataclass(frozen=True, slots=True)
class KeyNumber:
    """An informative figure: normalised value, unit, what it measures and who gave it."""

    start: int
    """Offset of the surface text in the decoded file."""
    end: int
    """Offset just past the surface text."""
    surface: str
    """The figure as written (27,8 miliardi di dollari USA)."""
    value: float
    """Normalised value (27.8e9); for a range, its lower end."""
    value_end: float | None = None
    """Upper end of a range or period, else None."""
    unit: str | None = None
    """ISO 4217 code, '%', a unit symbol (km, t), or the counted noun as written."""
    what: str = ""
    """A short label of what is measured, taken from the sentence (interscambio commerciale)."""
    qualifier: str | None = None
    """about, more than, almost, at least, less than... normalised to English."""
    speaker: str | None = None
    """Who gave the figure, when it sits in an attributed quote or is explicitly attributed."""
    sentence: str = ""
    """The sentence that carries the figure."""
    id: str = ""
    """Corpus-wide id, set when the digest is built (article id + ':n' + index)."""
    article: str = ""
    """Id of the article, set when the digest is built."""
    visit: str = ""
    """Id of the visit, set when the digest is built."""


@dataclass(frozen=True)
class VisitSignals:
    """What visit grouping and translation detection read from one text, cached with its analysis."""

    when: str | None
    """The text's own day (ISO 8601): its publication date, else a full date it gives twice."""
    days: tuple[str, ...]
    """Full dates mentioned (ISO 8601), resolved against `when`."""
    months: tuple[int, ...]
    """Months of the year the text points to, given `when`."""
    month_years: tuple[tuple[int, int], ...]
    """(month, year) pairs the text states for those months, given `when`."""
    mentions: tuple[tuple[int | None, int | None, int | None, int | None, int | None], ...]
    """Distinct mentions that resolve to a day, as (year, month, day, weekday, offset): re-anchored
    when metadata gives another date."""
    features: tuple[str, ...]
    """Name skeletons, places, figures and months (given `when`) as n:, p:, f:, m: keys: what two
    articles on one visit share."""
    names: tuple[str, ...]
    """Skeletons of the words the text always capitalises (Tokajew, Tokayev, Токаев -> tkv)."""
    figures: tuple[str, ...]
    """Figures with their separators removed, in text order (a translation keeps them)."""
    where: tuple[tuple[str, int], ...]
    """(city, score) where the text puts the event, in order of first mention."""
    people: tuple[tuple[str, int], ...]
    """(surname skeleton, mentions) of the people involved, in order of first mention."""
    forms: tuple[tuple[str, int], ...]
    """(full name as written, occurrences) of those people."""
    host_country: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    """(surname skeleton, ((country, votes), ...)): countries the words before the name point to."""
    headline: tuple[str, ...]
    """Surname skeletons of those people the article's title names: whom the story is about."""
    paragraphs: int
    """Text paragraphs."""
    length: int
    """Characters in text paragraphs."""
    quotes: int
    """Opening quotation marks in text paragraphs."""
    summit: bool = False
    """Whether the headline or the lead names a summit (data/any/summits.txt)."""
    bilateral: bool = False
    """Whether the headline or the lead names a bilateral meeting (data/any/bilateral.txt)."""
    headline_countries: tuple[str, ...] = ()
    """Countries (ISO 3166 alpha-2) of the places the article's title names ("Монгольская делегация в Пекине": MN,
    CN): whose visit a report naming no one tells of."""
    stories: tuple[tuple[int, str], ...] = ()
    """A round-up's later stories, each as (offset, city of its dateline): the article's visit is its lead story's
    (see visits.later_stories)."""


R = TypeVar("R")
# A round-up's later stories, each as (offset where it begins, the visit it tells of or "" for none).
Stories = tuple[tuple[int, str], ...]


class Packed(Sequence[R], Generic[R]):
    """An immutable sequence of small records (Block, Sentence) stored column by column.

    An article has hundreds of lines and sentences; as objects they cost ~100 bytes and a
    microsecond each to load from the cache, which a 10,000-article archive feels in memory and
    start-up. Integer columns live in arrays of the narrowest item that holds them, text columns
    of few distinct values (a line's kind) as those values and a byte per record, and a record is
    built only when it is read.
    """

    __slots__ = ("_cls", "_cols")

    def __init__(self, cls: type[R], columns: Sequence[Sequence[Any]]) -> None:
        self._cls = cls
        self._cols = tuple(map(_column, columns))

    @classmethod
    def of(cls, record_type: type[R], records: Iterable[R]) -> Packed[R]:
        """Pack dataclass records (already packed ones are returned as they are)."""
        if isinstance(records, Packed):
            return records
        return cls.of_rows(record_type, list(map(_row_of(record_type), records)))

    @classmethod
    def of_rows(cls, record_type: type[R], rows: Sequence[Sequence[Any]]) -> Packed[R]:
        """Pack records given as rows of their field values, in declaration order."""
        return cls(record_type, list(zip(*rows)) if rows else [[] for _ in _field_names(record_type)])

    def columns(self) -> tuple[array[int] | Coded | tuple[Any, ...], ...]:
        """The columns: arrays of integers, Coded columns of few values, tuples of anything else."""
        return self._cols

    def column(self, name: str) -> Sequence[Any]:
        """One field of every record, without building the records."""
        return self._cols[_field_names(self._cls).index(name)]

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Each record's field values, in declaration order, without building the records."""
        return zip(*self._cols)

    def __len__(self) -> int:
        return len(self._cols[0]) if self._cols else 0

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[R, ...]: ...
    def __getitem__(self, i: int | slice) -> R | tuple[R, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        return self._cls(*(c[i] for c in self._cols))

    def __iter__(self) -> Iterator[R]:
        return map(self._cls, *self._cols)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Packed):
            return self._cls is other._cls and self._cols == other._cols
        return isinstance(other, Sequence) and len(other) == len(self) and all(map(_same, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Packed({self._cls.__name__}, {len(self)} records)"


def retagged(record: R, **changes: Any) -> R:
    """dataclasses.replace for a plain record, without re-running its __init__.

    Building a digest tags every quote and figure of the corpus with ids; replace() costs
    microseconds each, which hundreds of thousands of figures turn into seconds.
    """
    cls = type(record)
    setters = _slot_setters(cls)
    if setters is None:
        return from_row(cls, [getattr(record, name) for name in _field_names(cls)], **changes)
    # Slots copied straight across: no row of values built first (see from_row).
    new = object.__new__(cls)
    for name, put in zip(_field_names(cls), setters):
        put(new, changes[name] if name in changes else getattr(record, name))
    return new


def from_row(cls: type[R], row: Iterable[Any], **changes: Any) -> R:
    """A record from its field values in declaration order (a Packed row), some replaced, without
    running __init__ (see retagged)."""
    new = object.__new__(cls)
    names = _field_names(cls)
    if changes:
        row = [changes[name] if name in changes else value for name, value in zip(names, row)]
    setters = _slot_setters(cls)
    if setters is None:
        for name, value in zip(names, row):
            object.__setattr__(new, name, value)
    else:
        # A slot's own descriptor sets it at half the cost of object.__setattr__ (an archive
        # builds hundreds of thousands of records).
        for put, value in zip(setters, row):
            put(new, value)
    return new


class _Lazy(Sequence[R]):
    """Records of a corpus read from each article's own, built only when read (see Tagged and
    TaggedQuotes): parts are per-article tuples whose third item is the article's records."""

    __slots__ = ("_parts", "_ends", "_records")

    def __init__(self, parts: Iterable[tuple[Any, ...]]) -> None:
        self._parts = tuple(parts)
        self._records: tuple[R, ...] | None = None
        ends, total = [], 0
        for part in self._parts:
            total += len(part[2])
            ends.append(total)
        self._ends = ends

    def _one(self, part: tuple[Any, ...], local: int) -> R:
        """The record at index local of one part."""
        raise NotImplementedError

    def _all(self) -> Iterator[R]:
        """Every record, in order."""
        raise NotImplementedError

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[R, ...]: ...
    def __getitem__(self, i: int | slice) -> R | tuple[R, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if self._records is not None:
            return self._records[i]
        k = bisect_right(self._ends, i)
        return self._one(self._parts[k], i - (self._ends[k - 1] if k else 0))

    def __iter__(self) -> Iterator[R]:
        # Front ends that read records (by visit, again and again) get them built once and kept;
        # the JSON writer and assembling read rows and never come here.
        if self._records is None:
            self._records = tuple(self._all())
        return iter(self._records)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == len(self) and all(map(_same, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} records)"


class Tagged(_Lazy[KeyNumber]):
    """A corpus's figures, tagged with their ids, article and visit, read from each article's packed
    figures: a record is built only when it is read.

    An archive has hundreds of thousands of figures; held as tagged records (each with its own id
    string) they were the largest thing assembling added to the analyses, and most of them are
    only ever written out.
    """

    __slots__ = ()

    def __init__(
        self, parts: Iterable[tuple[str, str, Packed[KeyNumber], dict[int, str | None], Stories]]
    ) -> None:
        """parts: per article, its id, its visit, its packed figures, the speakers to replace (by index) and its
        later stories' visits (see story_visit)."""
        super().__init__(parts)

    def rows(self, keep: Callable[[tuple[Any, ...]], bool] | None = None) -> Iterator[tuple[Any, ...]]:
        """Each tagged figure's field values in declaration order (only those keep accepts, given
        the untagged row), without building the records."""
        for aid, visit, packed, names, stories in self._parts:
            for i, row in enumerate(packed.rows()):
                if keep is None or keep(row):
                    yield _tag(row, aid, story_visit(visit, stories, row[0]), names, i)

    def built(self, keep: Callable[[tuple[Any, ...]], bool]) -> list[KeyNumber]:
        """The tagged records of the figures keep accepts (given the untagged row), in order."""
        # An offset read from a packed array is a new int object each time: equal ones are shared.
        offsets: dict[int, int] = {}
        one = offsets.setdefault
        return [from_row(KeyNumber, (one(row[0], row[0]), one(row[1], row[1]), *row[2:])) for row in self.rows(keep)]

    def _one(self, part: tuple[Any, ...], local: int) -> KeyNumber:
        aid, visit, packed, names, stories = part
        row = tuple(c[local] for c in packed.columns())
        return from_row(KeyNumber, _tag(row, aid, story_visit(visit, stories, row[0]), names, local))

    def _all(self) -> Iterator[KeyNumber]:
        return (from_row(KeyNumber, row) for row in self.rows())


class TaggedQuotes(_Lazy[Quote]):
    """A corpus's quotes, tagged with their ids, article and visit (and the speaker and
    translations assembling gave them), read from each article's own: a record is built only
    when it is read, so an archive's digest does not hold a second copy of every quote."""

    __slots__ = ()

    def __init__(
        self, parts: Iterable[tuple[str, str, Sequence[Quote], dict[int, tuple[str | None, tuple[str, ...]]], Stories]]
    ) -> None:
        """parts: per article, its id, its visit, its quotes, the (speaker, also_in) to set (by index) and its later
        stories' visits (see story_visit)."""
        super().__init__(parts)

    def tagged(self) -> Iterator[tuple[Quote, str, str, str, str | None, tuple[str, ...]]]:
        """Each quote as (its article's record, id, article, visit, speaker, also_in), unbuilt."""
        for aid, visit, quotes, changed, stories in self._parts:
            for i, q in enumerate(quotes):
                speaker, also_in = changed[i] if i in changed else (q.speaker, q.also_in)
                yield q, f"{aid}:q{i}", aid, story_visit(visit, stories, q.start), speaker, also_in

    def _one(self, part: tuple[Any, ...], local: int) -> Quote:
        aid, visit, quotes, changed, stories = part
        q = quotes[local]
        speaker, also_in = changed[local] if local in changed else (q.speaker, q.also_in)
        return retagged(q, id=f"{aid}:q{local}", article=aid, visit=story_visit(visit, stories, q.start),
                        speaker=speaker, also_in=also_in)

    def _all(self) -> Iterator[Quote]:
        return (
            retagged(q, id=qid, article=aid, visit=visit, speaker=speaker, also_in=also_in)
            for q, qid, aid, visit, speaker, also_in in self.tagged()
        )


def story_visit(visit: str, stories: Stories, start: int) -> str:
    """The visit of what stands at offset `start` of an article filed under `visit`: a round-up's later story
    tells of the visit held in its city (stories: from where each runs and that visit), or of none found ("": the
    WHO's appeal from Geneva at the end of a round-up is no part of its lead's visit); the lead is the article's."""
    return next((v for at, v in reversed(stories) if start >= at), visit)


def _tag(row: tuple[Any, ...], aid: str, visit: str, names: dict[int, str | None], i: int) -> tuple[Any, ...]:
    # KeyNumber's fields: ... qualifier, speaker, sentence, id, article, visit.
    speaker = names[i] if i in names else row[8]
    return (*row[:8], speaker, row[9], f"{aid}:n{i}", aid, visit)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@cache
def _row_of(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A record's field values as a tuple, in declaration order, read in one C call (attrgetter of two
    names or more returns the tuple; of one, the value alone)."""
    names = _field_names(cls)
    if len(names) < 2:
        return lambda record: tuple(getattr(record, n) for n in names)
    return attrgetter(*names)


@cache
def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """Each field's slot setter, in declaration order; None unless every field is a slot."""
    slots = getattr(cls, "__slots__", ())
    names = _field_names(cls)
    if isinstance(slots, str) or not all(n in slots for n in names):
        return None
    return tuple(getattr(cls, n).__set__ for n in names)


class Coded(Sequence[Any]):
    """A column of at most 256 distinct values: each value once, and one byte per record."""

    __slots__ = ("table", "index")

    def __init__(self, table: tuple[Any, ...], index: bytes) -> None:
        self.table = table
        self.index = index

    def __len__(self) -> int:
        return len(self.index)

    def __getitem__(self, i: int) -> Any:  # type: ignore[override]
        return self.table[self.index[i]]

    def __iter__(self) -> Iterator[Any]:
        return map(self.table.__getitem__, self.index)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _column(values: Sequence[Any]) -> array[int] | Coded | tuple[Any, ...]:
    if isinstance(values, Coded) or isinstance(values, array) and values.typecode != "q":
        return values  # packed already (the cache stores columns as they are)
    if values and not isinstance(values[0], int):
        return _coded(values)  # the common case of a text column, without a failed array()
    try:
        ints = array("q", values)
    except (TypeError, OverflowError):
        return _coded(values)
    if not ints:
        return ints
    # Offsets into one text nearly always fit 4 bytes, line numbers 2: half or a quarter of "q".
    lo, hi = min(ints), max(ints)
    if lo >= 0:
        for code in ("B", "H", "I"):
            if hi >> (8 * array(code).itemsize) == 0:
                return ints if ints.typecode == code else array(code, ints)
    return ints


def _coded(values: Sequence[Any]) -> Coded | tuple[Any, ...]:
    try:
        table = tuple(dict.fromkeys(values))
    except TypeError:  # unhashable values
        return tuple(values)
    if len(table) > 256:
        return tuple(values)
    position = {v: i for i, v in enumerate(table)}
    return Coded(table, bytes(map(position.__getitem__, values)))


def _same(a: object, b: object) -> bool:
    return a == b


@dataclass(frozen=True)
class Analysis:
    """Everything learnt from one article's text: a pure function of (text, settings), cached."""

    lang: str
    """ISO 639-1 code detected (or given)."""
    title: str | None
    """Headline inferred from the text, None when there is none."""
    source: str | None
    """Publisher inferred from the text (site name, agency sign-off)."""
    date: str | None
    """Publication date inferred from the text (ISO 8601), None when unknown."""
    blocks: Sequence[Block]
    """Every line, classified (stored packed)."""
    sentences: Sequence[Sentence]
    """Sentences of the text blocks, in order (stored packed)."""
    summary: tuple[int, ...]
    """Indices into sentences chosen as the summary, in document order."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotations, in document order."""
    numbers: Sequence[KeyNumber] = ()
    """Informative figures, in document order (packed like blocks: an archive has hundreds of
    thousands)."""
    people: tuple[str, ...] = ()
    """Names of people mentioned, fullest form first seen, most mentioned first."""
    places: tuple[str, ...] = ()
    """Canonical place names mentioned (Moscow, Astana), most mentioned first."""
    dates: tuple[str, ...] = ()
    """Dates the text mentions (ISO 8601), resolved against the article date when relative."""
    warnings: tuple[str, ...] = ()
    """What went wrong or was capped while analysing (never fatal)."""
    signals: VisitSignals | None = None
    """What visit grouping compares, computed once with the rest (None when built by hand)."""
    roles: tuple[tuple[str, str, bool], ...] = ()
    """(person, role phrase as written, whether it follows a preposition: inflected for it, "z prezydentem")
    for the people the text introduces with a role (deputato della Duma)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocks", Packed.of(Block, self.blocks))
        object.__setattr__(self, "sentences", Packed.of(Sentence, self.sentences))
        object.__setattr__(self, "numbers", Packed.of(KeyNumber, self.numbers))


@dataclass(frozen=True)
class Article:
    """One article of the corpus: where it came from, its metadata and its analysis."""

    id: str
    """Stable, readable id derived from the path (000_ed581dd32eb4ea3f)."""
    path: str
    """The file as given on the command line or found under the folder."""
    text: str
    """The decoded file text; every offset points into it."""
    analysis: Analysis
    """The cached analysis of the text."""
    title: str | None = None
    """Metadata title, else the inferred one."""
    source: str | None = None
    """Metadata source, else the inferred one."""
    url: str | None = None
    """Metadata URL."""
    date: str | None = None
    """Metadata date, else the inferred one (ISO 8601)."""
    lang: str = "und"
    """Metadata language, else the detected one."""
    visit: str | None = None
    """Id of the visit this article belongs to."""
    visit_hint: str | None = None
    """Visit named by metadata or implied by the folder, before grouping."""
    visit_hint_by: str | None = None
    """metadata or folder: where visit_hint came from."""
    duplicate_of: str | None = None
    """Id of the article this one translates or republishes."""
    warnings: tuple[str, ...] = ()
    """Reading and analysis warnings for this file."""

    @property
    def summary(self) -> tuple[str, ...]:
        """The summary sentences as text."""
        sents = self.analysis.sentences
        return tuple(self.sentence_text(sents[i]) for i in self.analysis.summary)

    def sentence_text(self, sentence: Sentence) -> str:
        """A sentence's text with inner line breaks folded."""
        return " ".join(self.text[sentence.start : sentence.end].split())


@dataclass(frozen=True)
class SummaryLine:
    """A sentence of a visit digest, credited to its article."""

    text: str
    """The sentence."""
    article: str
    """Id of the article it comes from."""
    start: int
    """Offset of the sentence in that article."""
    end: int
    """Offset just past it."""


@dataclass(frozen=True)
class Speaker:
    """One person across articles and languages."""

    name: str
    """Display name: the fullest Latin-script form seen unless config names it."""
    aliases: tuple[str, ...]
    """Every form seen (Tokajew, Tokajewa, Токаев)."""
    quotes: int
    """Number of distinct statements (translations counted once)."""
    role: str | None = None
    """A role the articles or config tie to the person (president of Kazakhstan)."""


@dataclass(frozen=True)
class Conflict:
    """Figures for the same measure within one visit that disagree."""

    visit: str
    """Visit id."""
    what: str
    """The measure (trade last year)."""
    numbers: tuple[str, ...]
    """Ids of the disagreeing numbers, in value order."""
    sources: tuple[tuple[str, ...], ...] = ()
    """For each of numbers (same order), the ids of every figure giving its value, one per article
    and speaker, itself first: the sources that agree on it (2 sources against 1 reads otherwise
    than 1 against 1). Empty for a conflict built without them."""


@dataclass(frozen=True)
class Visit:
    """A visit, summit or meeting, gathering its articles."""

    id: str
    """Stable readable id (2022-02-moscow)."""
    title: str
    """Who visits whom, where."""
    start: str | None
    """First day (ISO 8601)."""
    end: str | None
    """Last day (ISO 8601)."""
    place: str | None
    """Where it took place."""
    grouped_by: str
    """metadata, folder, config or auto: how its articles were gathered."""
    articles: tuple[str, ...]
    """Article ids, in date then path order."""
    summary: tuple[SummaryLine, ...] = ()
    """The visit digest: central non-redundant sentences across its articles."""
    participants: tuple[str, ...] = ()
    """Speakers and people most present."""
    languages: tuple[str, ...] = ()
    """Languages of its articles."""
    stories_from: tuple[str, ...] = ()
    """Round-ups filed under another visit whose later stories tell of this one (see visits.story_visits): their
    quotes and figures there are this visit's."""


@dataclass(frozen=True)
class Trend:
    """One measure followed across visits (bilateral trade by visit)."""

    what: str
    """The measure."""
    unit: str | None
    """Its unit."""
    points: tuple[tuple[str, float, float | None], ...]
    """(visit id, lowest value, highest value or None) in visit order."""


@dataclass(frozen=True)
class Problem:
    """A warning tied to a file (or to the run when path is empty)."""

    path: str
    """The file concerned."""
    message: str
    """What went wrong, in words a user can act on."""


@dataclass(frozen=True)
class Digest:
    """The whole result: what every front end renders."""

    version: str
    """Package version that built it."""
    articles: tuple[Article, ...]
    """Every article read, in stable order."""
    visits: tuple[Visit, ...]
    """Visits in date order."""
    quotes: Sequence[Quote] = ()
    """Every quote, corpus ids set, speakers merged to display names (TaggedQuotes when assembled)."""
    numbers: Sequence[KeyNumber] = ()
    """Every key number, corpus ids set (a Tagged sequence when assembled: built as read)."""
    speakers: tuple[Speaker, ...] = ()
    """Speakers, most quoted first."""
    conflicts: tuple[Conflict, ...] = ()
    """Disagreeing figures per visit."""
    trends: tuple[Trend, ...] = ()
    """Measures that recur across visits."""
    warnings: tuple[Problem, ...] = field(default_factory=tuple)
    """Every warning of the run."""

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
