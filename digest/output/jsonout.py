"""The JSON digest: the documented contract, every key always present."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any

from digest.model import Article, Digest, KeyNumber, Quote, Tagged, TaggedQuotes, Visit


def to_dict(digest: Digest) -> dict[str, Any]:
    """The contract as plain data."""
    return {k: v if isinstance(v, str) else list(v) for k, v in _parts(digest).items()}


def _parts(digest: Digest) -> dict[str, Any]:
    """The contract's keys, each list as an iterator: an archive's digest is written as it is built."""
    return {
        "version": digest.version,
        "articles": map(_article, digest.articles),
        "visits": map(_visit, digest.visits),
        "quotes": _quotes(digest.quotes),
        "numbers": _numbers(digest.numbers),
        "speakers": (
            {"name": s.name, "aliases": list(s.aliases), "quotes": s.quotes, "role": s.role}
            for s in digest.speakers
        ),
        "conflicts": (
            {"visit": c.visit, "what": c.what, "numbers": list(c.numbers), "sources": [list(s) for s in c.sources]}
            for c in digest.conflicts
        ),
        "trends": (
            {
                "what": t.what,
                "unit": t.unit,
                "points": [{"visit": v, "low": lo, "high": hi} for v, lo, hi in t.points],
            }
            for t in digest.trends
        ),
        "warnings": ({"path": w.path, "message": w.message} for w in digest.warnings),
    }


# json.dumps escapes C0 controls but writes DEL, C1 controls (8-bit CSI, OSC) and bidi overrides
# raw; escaping them too keeps the data exact for a parser and inert on a terminal.
_RAW_CONTROLS = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


# Compact items, one per line: readable and diffable, and within reach of json's C encoder,
# which indent= gives up (pure-Python encoding took seconds on a 10,000-article digest).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def _item_encoder() -> Callable[[Any], str]:
    """One item's JSON text, as _ENCODER.encode gives it.

    encode() builds a new C encoder for every call; hundreds of thousands of items (an archive's
    figures and quotes) share one here, which saves a few tenths of a second. Where the C encoder
    is missing or takes other arguments, encode() itself serves.
    """
    from json import encoder

    try:
        make = encoder.c_make_encoder(None, _ENCODER.default, encoder.encode_basestring, None,
                                      _ENCODER.key_separator, _ENCODER.item_separator, False, False, True)
    except (TypeError, AttributeError):  # no C encoder (None) or another signature
        return _ENCODER.encode
    probe = {"a": [1, 2.5, None, True, "é\x7f"], "b": {"c": -0.0}}
    if "".join(make(probe, 0)) != _ENCODER.encode(probe):
        return _ENCODER.encode

    def encode(item: Any) -> str:
        return "".join(make(item, 0)) if isinstance(item, (dict, list)) else _ENCODER.encode(item)

    return encode


_ITEM = _item_encoder()
# Items written at a time: the text of a whole archive's digest is never held at once.
_BATCH = 512


def chunks(data: dict[str, Any]) -> Iterator[str]:
    """JSON text in pieces: a top-level key per line, a list item per line, control characters escaped."""
    yield "{"
    for n, (k, v) in enumerate(data.items()):
        head = f"{',' if n else ''}\n  {_ITEM(k)}: "
        if v is None or isinstance(v, (str, int, float, bool, dict)):
            yield head + _escape(_ITEM(v))
            continue
        items = iter(v)
        batch = list(islice(items, _BATCH))
        if not batch:
            yield head + "[]"
            continue
        yield head + "[\n    " + _escape(",\n    ".join(map(_ITEM, batch)))
        while batch := list(islice(items, _BATCH)):
            yield ",\n    " + _escape(",\n    ".join(map(_ITEM, batch)))
        yield "\n  ]"
    yield "\n}\n"


def _escape(text: str) -> str:
    return _RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def dumps(data: dict[str, Any]) -> str:
    """The JSON text of data, laid out as chunks() writes it."""
    return "".join(chunks(data))


def render(digest: Digest) -> str:
    """The contract as JSON text (UTF-8 characters kept, control characters escaped)."""
    return dumps(_parts(digest))


def pieces(digest: Digest) -> Iterator[str]:
    """The contract as JSON text, piece by piece: an archive's digest is never held whole."""
    return chunks(_parts(digest))


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "date": a.date,
        "lang": a.lang,
        "visit": a.visit,
        "duplicate_of": a.duplicate_of,
        "summary": list(a.summary),
        "warnings": list(a.warnings),
    }


def _visit(v: Visit) -> dict[str, Any]:
    return {
        "id": v.id,
        "title": v.title,
        "start": v.start,
        "end": v.end,
        "place": v.place,
        "grouped_by": v.grouped_by,
        "articles": list(v.articles),
        "summary": [s.text for s in v.summary],
        "summary_sources": [{"article": s.article, "start": s.start, "end": s.end} for s in v.summary],
        "participants": list(v.participants),
        "languages": list(v.languages),
        "stories_from": list(v.stories_from),
    }


def _quotes(quotes: Sequence[Quote]) -> Iterator[dict[str, Any]]:
    """The quotes' items; an assembled digest's straight from its articles' quotes (no record built)."""
    if isinstance(quotes, TaggedQuotes):
        return (_tagged_quote(*t) for t in quotes.tagged())
    return map(_quote, quotes)


def _tagged_quote(
    q: Quote, id_: str, article: str, visit: str, speaker: str | None, also_in: tuple[str, ...]
) -> dict[str, Any]:
    return {
        "id": id_,
        "article": article,
        "visit": visit or None,
        "speaker": speaker,
        "text": q.text,
        "cue": q.cue,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker_form": q.speaker_form,
        "parts": [list(p) for p in q.parts],
        "also_in": list(also_in),
    }


def _quote(q: Quote) -> dict[str, Any]:
    return _tagged_quote(q, q.id, q.article, q.visit, q.speaker, q.also_in)


def _numbers(numbers: Sequence[KeyNumber]) -> Iterator[dict[str, Any]]:
    """The figures' items; an assembled digest's straight from their rows (no record built)."""
    if isinstance(numbers, Tagged):
        return map(_number_row, numbers.rows())
    return map(_number, numbers)


def _number_row(row: tuple[Any, ...]) -> dict[str, Any]:
    # A KeyNumber's fields in declaration order; the keys in _number's order.
    start, end, surface, value, value_end, unit, what, qualifier, speaker, sentence, id_, article, visit = row
    return {
        "id": id_,
        "article": article,
        "visit": visit or None,
        "surface": surface,
        "value": value,
        "unit": unit,
        "what": what,
        "speaker": speaker,
        "start": start,
        "end": end,
        "value_end": value_end,
        "qualifier": qualifier,
        "sentence": sentence,
    }


def _number(n: KeyNumber) -> dict[str, Any]:
    return {
        "id": n.id,
        "article": n.article,
        "visit": n.visit or None,
        "surface": n.surface,
        "value": n.value,
        "unit": n.unit,
        "what": n.what,
        "speaker": n.speaker,
        "start": n.start,
        "end": n.end,
        "value_end": n.value_end,
        "qualifier": n.qualifier,
        "sentence": n.sentence,
    }


def render_section(digest: Digest, section: str, speaker: str | None = None) -> str:
    """Just the quotes (optionally of one speaker) or just the numbers, as JSON."""
    from digest.output import common

    full = to_dict(digest)
    if section == "quotes":
        groups = common.speaker_quotes(digest, None, speaker)
        ids = {q.id for g in groups for q in g.quotes}
        names = {g.name for g in groups}
        data = {
            "version": digest.version,
            "speakers": [s for s in full["speakers"] if s["name"] in names],
            "quotes": [q for q in full["quotes"] if q["id"] in ids],
        }
    else:
        ids = {n.id for n in common.visit_numbers(digest)}
        data = {
            "version": digest.version,
            "numbers": [n for n in full["numbers"] if n["id"] in ids],
            "conflicts": full["conflicts"],
            "trends": full["trends"],
        }
    return dumps(data)
