"""Benchmark quotes: seed scores through the CLI and scorer, German news direct quotes, and speed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from digest.cleaning import clean  # noqa: E402
from digest.model import TEXT, Block  # noqa: E402
from digest.quotes import find_quotes  # noqa: E402
from digest.speakers import fold  # noqa: E402

SHARED = ROOT.parent / "shared"
_WORD = re.compile(r"\w+")
_MARKS = "\"“”„«»‚‘’‹›"


def overlap(a: str, b: str) -> float:
    """Token overlap over the shorter side, as the shared scorer measures it."""
    ta, tb = {t.lower() for t in _WORD.findall(a)}, {t.lower() for t in _WORD.findall(b)}
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def seed_scores() -> dict[str, float]:
    """`digest print --format json` on the seeds, scored by shared/tools/score.py."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "digest.json"
        env = {**os.environ, "DIGEST_CACHE_DIR": tmp, "PYTHONPATH": str(ROOT)}
        with out.open("w") as fh:
            subprocess.run([sys.executable, "-m", "digest", "print", "--format", "json", str(SHARED / "seeds")],
                           stdout=fh, env=env, check=True)
        res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(out),
                              str(SHARED / "gold" / "seeds.json"), str(SHARED / "seeds"), "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(res.stdout.splitlines()[0])


def line_blocks(text: str) -> list[Block]:
    """One text block per non-empty line (the suite's contexts are bare paragraphs)."""
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), TEXT))
        pos += len(line) + 1
    return blocks


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """The predicted name or role shares a word with the annotated speaker span."""
    if not pred or not gold:
        return pred is None and gold is None
    gk = {fold(t) for t in _WORD.findall(gold) if len(t) > 1}
    return any(fold(t) in gk for t in _WORD.findall(pred) if len(t) > 1)


def wikinews() -> dict[str, float]:
    """Direct quotes of the German Wikinews test split: recall, precision, speaker accuracy."""
    rows = [json.loads(line) for line in (SHARED / "suites" / "quotes" / "de_wikinews_petersenfrey2024.jsonl").open()]
    by_text: dict[str, list[dict]] = {}
    for r in rows:
        by_text.setdefault(r["text"], []).append(r)
    found = total = spk_ok = spk_n = pred_n = pred_ok = wrong = 0
    for text, annotated in by_text.items():
        preds = [q for q in find_quotes(text, line_blocks(text), (), "de") if q.kind == "speech"]
        golds = [(" ".join(text[a:b] for a, b in r["quote_spans"]).strip(_MARKS + " "), r) for r in annotated]
        for gtext, r in golds:
            if r["type"] != "Direct":
                continue
            total += 1
            best = max(preds, key=lambda q: overlap(q.text, gtext), default=None)
            if best is None or overlap(best.text, gtext) < 0.6:
                continue
            found += 1
            spk_n += 1
            pred = best.speaker_form if best.speaker_form else best.speaker
            ok = same_speaker(pred, r["speaker"]) or same_speaker(best.speaker, r["speaker"])
            spk_ok += ok
            wrong += not ok and best.speaker is not None
        for q in preds:
            pred_n += 1
            pred_ok += any(overlap(q.text, g) >= 0.6 for g, _ in golds)
    return {"direct quotes": total, "recall": found / total, "precision (any annotated quote)": pred_ok / max(pred_n, 1),
            "speaker accuracy (found)": spk_ok / max(spk_n, 1), "speaker correct / all direct": spk_ok / total,
            "wrong name given (found)": wrong / max(spk_n, 1)}


def speed(rounds: int = 20) -> dict[str, float]:
    """find_quotes alone on the cleaned seed articles, per CPU second (steady under a loaded machine)."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text("utf-8"))
    docs = []
    for f in sorted((SHARED / "seeds").glob("*.txt")):
        text = f.read_text("utf-8")
        docs.append((text, clean(text).blocks, gold[f.name]["lang"]))
    count = 0
    t0 = time.process_time()
    for _ in range(rounds):
        for text, blocks, lang in docs:
            count += len(find_quotes(text, blocks, (), lang))
    elapsed = time.process_time() - t0
    chars = sum(len(t) for t, _, _ in docs) * rounds
    return {"quotes/s": count / elapsed, "articles/s": len(docs) * rounds / elapsed, "kchars/s": chars / elapsed / 1000}


def main() -> None:
    print("Seed corpus (digest print --format json | score.py)")
    seeds = seed_scores()
    for key in ("quotes_recall", "quotes_precision", "speaker_acc"):
        print(f"  {key:<34} {seeds[key]:.3f}")
    print("German Wikinews, direct quotes (de_wikinews_petersenfrey2024, test split)")
    for key, value in wikinews().items():
        print(f"  {key:<34} {value:.3f}" if isinstance(value, float) else f"  {key:<34} {value}")
    print("Speed (find_quotes on the seeds, per CPU second)")
    for key, value in speed().items():
        print(f"  {key:<34} {value:,.0f}")


if __name__ == "__main__":
    main()
