"""Fuzz the number parser digest.numbers.find_numbers (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_numbers_inside_ordered_finite_and_round_trip")
