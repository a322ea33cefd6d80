"""Fuzz the quote finder digest.quotes.find_quotes (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_quotes_inside_ordered_and_round_trip")
