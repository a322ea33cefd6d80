"""Neutralising untrusted text: escapes and controls removed, the fast path equal to the full one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest import safety

# Plain text with the characters that matter mixed in: escapes, C0/C1 controls, bidi marks, spaces.
_NASTY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ab Ωж\t\n\r\x1b[]0;m\x07\x9b\x9d\u202e\u2066\u200f\u061c\xa0\u2028\x85\x7f")),
        st.characters(),
    ),
    max_size=40,
)


def _full_printable(text: str) -> str:
    text = safety._ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return safety._CONTROLS.sub("", text)


@given(_NASTY)
def test_fast_paths_agree_with_the_full_clean_up(text: str) -> None:
    assert safety.printable(text) == _full_printable(text)
    assert safety.one_line(text) == safety._SPACES.sub(" ", _full_printable(text)).strip()


def test_escapes_and_controls_are_removed() -> None:
    assert safety.one_line("  \x1b]0;pwned\x07Putin\u202e  said\x1b[2J ") == "Putin said"
    assert safety.printable("a\tb\r\nc\x9b31m") == "a b\nc"
    assert safety.one_line("Tokayev") == "Tokayev"


def test_stored_utf8_loses_controls_even_split_across_pieces() -> None:
    text = "ok «é» — “x”\n\x1b[2Jnext \u202eline\u202c \x9b1m\ttab\nlast \u200f".encode()
    clean = "ok «é» — “x”\n[2Jnext line 1m\ttab\nlast ".encode()
    for cut in range(len(text) + 1):
        assert b"".join(safety.inert_utf8([text[:cut], text[cut:]])) == clean, cut
    plain = "nothing to remove «é»\n".encode() * 3
    assert b"".join(safety.inert_utf8([plain[:5], plain[5:]])) == plain


def test_stored_utf8_loses_exactly_what_printable_removes() -> None:
    # The byte-level filter restates printable()'s character set; every code point keeps them in step.
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or chr(cp) in "\t\n":
            continue
        c = chr(cp)
        expected = safety._CONTROLS.sub("", c)
        assert b"".join(safety.inert_utf8([f"a{c}b\n".encode()])) == f"a{expected}b\n".encode(), hex(cp)
