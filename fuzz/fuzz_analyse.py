"""Fuzz the whole per-article analysis digest.pipeline.analyse (see fuzz/harness.py for the options)."""

from harness import main

if __name__ == "__main__":
    main("test_analyse_never_crashes_and_stays_inside")
