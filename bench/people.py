"""Warm timing of People() and clean() (dev tool): PYTHONPATH=TREE python bench/people.py [CORPUS] [--profile]

The word memos are warmed on other articles first, as a long run's workers have them, so the time
is the per-article work, not the first look-ups of a language's words."""

import cProfile
import pstats
import sys
import time
from pathlib import Path

# (The digest imported is PYTHONPATH's, so two trees can be compared.)
from digest import cleaning, pipeline, speakers
from digest.config import Config

WARM, TIMED, ROUNDS = 600, 300, 5


def main() -> None:
    """Warm on WARM articles, then time People() and clean() on the next TIMED ones."""
    corpus = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), "/work/benchdata/c1000"))
    texts = [p.read_text() for p in sorted(corpus.glob("*/*.txt"))][: WARM + TIMED]
    conf = Config()
    settings = pipeline.Settings(conf.summary, conf.limits)
    calls: list[tuple[str, list[tuple[int, int]], str]] = []
    real = speakers.People.__init__

    def spy(self: speakers.People, text: str, spans: list[tuple[int, int]], lang: str) -> None:
        calls.append((text, list(spans), lang))
        real(self, text, spans, lang)

    speakers.People.__init__ = spy  # type: ignore[method-assign]
    for t in texts:
        pipeline.analyse(t, settings)
    speakers.People.__init__ = real  # type: ignore[method-assign]
    timed, cleaned = calls[WARM:], texts[WARM:]
    profile = cProfile.Profile() if "--profile" in sys.argv else None
    for name, run in (("People", lambda: [speakers.People(*c) for c in timed]),
                      ("clean", lambda: [cleaning.clean(t) for t in cleaned])):
        best = float("inf")
        for _ in range(ROUNDS):
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        print(f"{name:8s} {best / len(timed) * 1000:.3f} ms/article (best of {ROUNDS})")
        if profile:
            profile.runcall(run)
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
