"""Publication dates read from the page header."""

from __future__ import annotations

from digest import cleaning, dates
from test_cleaning import ES_HEADER


def test_the_date_is_found_below_a_long_header() -> None:
    # Masthead, menu, kicker, headline, dek, byline, city, date, update stamp, share buttons:
    # the date sits far down the header, still above the first paragraph.
    text = ES_HEADER
    assert dates.publication(text, cleaning.clean(text).blocks, "es") == "2026-06-09"
