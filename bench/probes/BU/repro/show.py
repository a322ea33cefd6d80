import json, sys
d = json.load(sys.stdin)
n = {x['id']: x for x in d['numbers']}
for a in d['articles']: print('ARTICLE', a['id'], a.get('date'), '| title:', a.get('title'), '| visit:', a.get('visit'))
for v in d['visits']: print('VISIT', v['id'], v['title'], v['participants'])
for x in d['numbers']: print('NUM', x['article'], '|', x['surface'], '|', x['value'], x['unit'], '| what:', x['what'], '| spk:', x['speaker'])
for c in d.get('conflicts', []): print('CONFLICT', c.get('what'), [(n[i]['surface'], n[i]['article']) for i in c['numbers']])
for q in d['quotes']: print('QUOTE', q.get('speaker'), '|', q['text'][:70])
