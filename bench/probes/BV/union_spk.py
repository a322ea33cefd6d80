import json, sys
sys.path.insert(0, '/work/shared/tools'); import score as S
from pathlib import Path
d = json.load(open(sys.argv[1])); B = Path('/work/wt/probeBV/bench/probes/BV')
g = json.load(open(B/'gold.json')); n = json.load(open(B/'gold_native_script.json'))
arts = {x['id']: x for x in d['articles']}
pq = {}
for q in d['quotes']:
    pq.setdefault(Path(arts[q['article']]['path']).name, []).append(q)
ok = tot = 0
for f in g:
    for qa, qb in zip(g[f]['quotes'], n[f]['quotes']):
        preds = pq.get(f, [])
        best = max(preds, key=lambda p: S.overlap(p['text'], qa['text']), default=None)
        if not best or S.overlap(best['text'], qa['text']) < 0.6: continue
        tot += 1
        good = S.same_speaker(best.get('speaker'), qa['speaker']) or S.same_speaker(best.get('speaker'), qb['speaker'])
        ok += good
        if not good: print(f"  {f}: {best.get('speaker')!r} != {qa['speaker']!r} / {qb['speaker']!r}: {qa['text'][:50]!r}")
print(f"speaker (Latin OR native gold): {ok}/{tot} = {ok/tot:.2f}")
