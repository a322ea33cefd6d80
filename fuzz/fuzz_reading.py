"""Fuzz byte decoding digest.reading.decode (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_decode_never_crashes")
