"""Run one property of tests/test_properties.py as a fuzz target: atheris when installed, else hypothesis."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"


def main(name: str) -> None:
    """Fuzz the property test `name`.

    `python fuzz/fuzz_x.py [atheris flags]` runs atheris (coverage-guided, endless by default,
    e.g. -runs=100000 or -max_total_time=600; crashes are saved as crash-* files).
    `python fuzz/fuzz_x.py --hypothesis N` runs N hypothesis examples instead (the default
    when atheris is not installed, with N = 20000).
    """
    args = sys.argv[1:]
    use_hypothesis = "--hypothesis" in args
    if use_hypothesis:
        i = args.index("--hypothesis")
        os.environ["DIGEST_FUZZ_EXAMPLES"] = args[i + 1] if i + 1 < len(args) else "20000"
    sys.path.insert(0, str(TESTS))
    try:
        import atheris
    except ImportError:
        atheris = None
        os.environ.setdefault("DIGEST_FUZZ_EXAMPLES", "20000")
    if atheris is None or use_hypothesis:
        test: Callable[[], None] = getattr(__import__("test_properties"), name)
        test()
        print(f"{name}: {os.environ['DIGEST_FUZZ_EXAMPLES']} examples, no failure")
        return
    with atheris.instrument_imports(include=["digest"]):
        module = __import__("test_properties")
    atheris.Setup([sys.argv[0], *args], getattr(module, name).hypothesis.fuzz_one_input)
    atheris.Fuzz()
