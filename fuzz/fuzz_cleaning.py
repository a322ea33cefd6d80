"""Fuzz line classification digest.cleaning.clean (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_clean_classifies_every_line_and_removes_nothing")
