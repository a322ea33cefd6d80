"""Supplement to score.py: every gold speech quote (CJK/Thai included, which score.py's \\w+ token filter drops),
matched by character overlap; speaker right if it matches the Latin gold (score.py rule) OR the native form."""
import json, sys, re, unicodedata
sys.path.insert(0, "/work/shared/tools"); from score import same_speaker
out, gold, nat = (json.load(open(p)) for p in sys.argv[1:4])
arts = {a["id"]: a for a in out["articles"]}
pq = {}
for q in out["quotes"]:
    pq.setdefault(arts[q["article"]]["path"].split("/")[-1], []).append(q)
chars = lambda s: set(c for c in s if c.isalnum())
def ov(a, b):
    A, B = chars(a), chars(b); return len(A & B) / min(len(A), len(B)) if A and B else 0
n = found = ok = 0; cjk_n = cjk_found = cjk_ok = 0; errs = []
for f, g in gold.items():
    for q, qn in zip(g["quotes"], nat[f]["quotes"]):
        n += 1; cjk = g["lang"] in ("zh", "ja", "ko", "th")
        cands = pq.get(f, [])
        best = max(cands, key=lambda p: ov(p["text"], q["text"]), default=None)
        if not best or ov(best["text"], q["text"]) < 0.6:
            errs.append(f"MISS {f}: {q['text'][:40]}"); continue
        found += 1; cjk_found += cjk
        s = best.get("speaker") or ""
        good = same_speaker(s, q["speaker"]) or (s and (qn["speaker"] in s or s in qn["speaker"]))
        ok += bool(good); cjk_ok += bool(good) and cjk; cjk_n += cjk
        if not good: errs.append(f"SPK {f}: {s!r} != {q['speaker']!r}/{qn['speaker']!r}: {q['text'][:40]}")
print(*errs, sep="\n")
print(f"all gold quotes: {n}, found {found}, speaker right {ok}/{found} = {ok/found:.2f}; zh/ja/ko/th: {cjk_ok}/{cjk_found} of {cjk_n}")
