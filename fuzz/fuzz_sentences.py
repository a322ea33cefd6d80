"""Fuzz the sentence splitter digest.sentences.split (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_split_offsets_ordered_trimmed_and_lossless")
