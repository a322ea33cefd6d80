import json
R = "2026-09-riyadh"; M = "2026-10-rome"; A = "2026-10-algiers"; B = "2026-11-berlin"
P = lambda role, real, visit, forms: dict(role=role, real=real, visit=visit, forms=forms)
people = {
 "Magda Chambriard": P("CEO of Petrobras (Brazilian state oil company), visiting", True, R, ["A presidente da Petrobras, Magda Chambriard", "Chambriard", "Petrobras CEO Magda Chambriard", "she (quote cue)", "ماجدا شامبريارد"]),
 "Abdulaziz bin Salman": P("Saudi Minister of Energy (host)", True, R, ["príncipe Abdulaziz bin Salman", "الأمير عبد العزيز بن سلمان", "Energy Minister Prince Abdulaziz bin Salman"]),
 "Amin Nasser": P("President & CEO of Saudi Aramco", True, R, ["Amin Nasser", "Nasser", "أمين الناصر", "Aramco CEO Amin Nasser"]),
 "Khalid Al-Falih": P("Saudi Minister of Investment", True, R, ["وزير الاستثمار خالد الفالح", "الفالح"]),
 "Rafael Queiroz": P("Brazilian federal deputy, opposition (PL-PE)", False, R, ["o deputado federal Rafael Queiroz (PL-PE)"]),
 "Júlio Barcelos": P("economist, Petrocampo consultancy", False, R, ["o economista Júlio Barcelos"]),
 "Layla Al-Qahtani": P("analyst, Gulf Energy Insight", False, R, ["Analyst Layla Al-Qahtani"]),
 "Giancarlo Giorgetti": P("Italian Minister of Economy and Finance (host)", True, M, ["Il ministro dell'Economia Giancarlo Giorgetti", "Giorgetti", "Waziri wa Uchumi wa Italia, Giancarlo Giorgetti"]),
 "John Mbadi": P("Kenya Cabinet Secretary for the National Treasury, visiting", True, M, ["il segretario al Tesoro del Kenya, John Mbadi", "Mbadi", "Waziri wa Fedha ... John Mbadi", "Bw Mbadi", "Waziri Mbadi"]),
 "Wanjiku Gathoni": P("Kenyan opposition senator", False, M, ["Seneta wa upinzani Wanjiku Gathoni", "Seneta Gathoni"]),
 "Samuel Kirui": P("economist, University of Nairobi", False, M, ["Dkt Samuel Kirui"]),
 "Luca Marchetti": P("analyst, ISPI", False, M, ["Luca Marchetti, analista dell'Istituto per gli studi di politica internazionale (Ispi)"]),
 "Alexander Novak": P("Deputy Prime Minister of Russia, visiting", True, A, ["Вице-премьер РФ Александр Новак", "Новак", "вице-премьер", "Alexandre Novak", "M. Novak", "Aleksandr Nowak", "Nowakowi (pl dative)"]),
 "Mohamed Arkab": P("Algerian Minister of State for Energy, Mines and Renewable Energy (host)", True, A, ["Мохамедом Аркабом (ru instr.)", "Аркаб", "алжирский министр", "Mohamed Arkab", "M. Arkab", "il (a-t-il ajouté)", "Mohamedem Arkabem (pl instr.)"]),
 "Igor Yushkov": P("expert, National Energy Security Fund (mentioned, not quoted)", True, A, ["Игорь Юшков"]),
 "Nour-Eddine Lakhdari": P("economist", False, A, ["l'économiste Nour-Eddine Lakhdari", "explique-t-il"]),
 "Marcin Kaczmarek": P("analyst, Centre for Eastern Studies (OSW)", False, A, ["Marcin Kaczmarek z Ośrodka Studiów Wschodnich"]),
 "Tomasz Zieliński": P("Polish opposition MP (PiS), defence committee", False, A, ["Poseł Tomasz Zieliński (PiS)", "Zieliński"]),
 "José Antonio Kast": P("President of Chile, visiting", True, B, ["El Presidente José Antonio Kast", "Kast", "el Mandatario", "Chiles Präsident José Antonio Kast"]),
 "Frank-Walter Steinmeier": P("Federal President of Germany (host)", True, B, ["el Presidente federal de Alemania, Frank-Walter Steinmeier", "Bundespräsident Frank-Walter Steinmeier", "Steinmeier"]),
 "Boris Pistorius": P("German Federal Minister of Defence", True, B, ["Verteidigungsminister Boris Pistorius", "Pistorius", "Er (indirect)"]),
 "Paula Ríos": P("Chilean opposition senator (PS), defence committee", False, B, ["la senadora Paula Ríos (PS)"]),
 "Tomás Echeverría": P("academic, Universidad de Chile", False, B, ["el académico de la Universidad de Chile Tomás Echeverría"]),
 "Lea Sommerfeld": P("German Green MP (Bundestag)", False, B, ["Die Abgeordnete Lea Sommerfeld", "sie (quote cue)"]),
}
F = lambda value, unit, file, surface, speaker=None, qualifier=None: {k: v for k, v in dict(value=value, unit=unit, file=file, surface=surface, speaker=speaker, qualifier=qualifier).items() if v is not None}
fo, aw, an = "folha-petrobras-aramco-riad.txt", "aawsat-aramco-petrobras.txt", "arabnews-petrobras-aramco-deal.txt"
it, sw = "ilsole24ore-giorgetti-mbadi-kenya.txt", "taifaleo-mbadi-italia-deni.txt"
ru, fr, pl = "ria-novak-alzhir-gaz.txt", "tsa-arkab-novak-el-assel.txt", "rp-rosja-algieria-gaz-bron.txt"
es, de = "latercera-kast-berlin-litio.txt", "tagesschau-kast-steinmeier-pistorius.txt"
C = lambda visit, kind, what, figures, note=None: {k: v for k, v in dict(visit=visit, kind=kind, what=what, figures=figures, note=note).items() if v}
real = [
 C(R, "cross-source, cross-language", "RNEST expansion investment total", [F(1e10, "USD", fo, "US$ 10 bilhões", "Magda Chambriard"), F(1.2e10, "USD", aw, "١٢ مليار دولار", "Abdulaziz bin Salman")]),
 C(R, "cross-source, label far from figure", "RNEST actual throughput (volume processed / throughput)", [F(2e5, "bbl/d", fo, "200 mil barris diários"), F(2.3e5, "bbl/d", an, "230,000 barrels per day", "Amin Nasser")], "pt label 15 words before; en label is the clause subject 18 words before"),
 C(R, "intra-speaker", "Saudi–Brazil trade 2025 / last year", [F(7e9, "USD", aw, "7 مليارات دولار", "Khalid Al-Falih"), F(8.5e9, "USD", aw, "8.5 مليار دولار", "Khalid Al-Falih")]),
 C(R, "institution vs minister", "Saudi–Brazil trade 2025", [F(6.3e9, "USD", an, "$6.3 billion"), F(7e9, "USD", aw, "7 مليارات دولار", "Khalid Al-Falih")], "Secex (statistics) figure"),
 C(R, "synonyms (credit line / loan)", "PIF financing to BNDES", [F(5e9, "USD", fo, "linha de crédito de US$ 5 bilhões"), F(6e9, "USD", an, "$6 billion loan")], "ar also 5 bn spelled out (خط ائتمان بقيمة خمسة مليارات دولار)"),
 C(R, "official vs opposition", "jobs created by the RNEST expansion", [F(15000, "people", fo, "15 mil empregos", "Magda Chambriard"), F(4000, "people", fo, "no máximo 4 mil vagas", "Rafael Queiroz")]),
 C(M, "cross-source, cross-language", "Italy–Kenya debt conversion total", [F(1.2e8, "EUR", it, "120 milioni di debito", "Giancarlo Giorgetti"), F(1.5e8, "EUR", sw, "Euro milioni 150", "John Mbadi")], "it figure only in headline and caption"),
 C(M, "synonyms (credit line / loan), cross-language", "Italian financing for SGR Naivasha–Kisumu", [F(4e8, "EUR", it, "linea di credito di 400 milioni di euro"), F(3.5e8, "EUR", sw, "mkopo wa Euro milioni 350", "John Mbadi")]),
 C(M, "institution vs minister, synonyms (riserve / akiba)", "Kenya FX reserves", [F(1.15e10, "USD", it, "11,5 miliardi di dollari", "John Mbadi"), F(1.02e10, "USD", sw, "Dola bilioni 10.2")], "CBK figure in the paragraph after Mbadi's quote"),
 C(M, "official vs opposition", "Kenya public debt, % of GDP", [F(65, "%", sw, "asilimia 65", "John Mbadi"), F(72, "%", sw, "asilimia 72", "Wanjiku Gathoni")]),
 C(A, "cross-source, three languages, label only in a heading (fr)", "Russia–Algeria trade last year", [F(3e9, "USD", ru, "3 млрд долларов", "Alexander Novak"), F(2.4e9, "USD", fr, "2 400 millions de dollars"), F(3.5e9, "USD", pl, "ok. 3,5 mld dol.")]),
 C(A, "cross-source, cross-language", "El Assel gas output per year", [F(3e9, "m3", ru, "3 млрд кубометров", "Alexander Novak"), F(2.5e9, "m3", fr, "2,5 milliards de m3", "Mohamed Arkab")], "pl 'do trzech miliardów' agrees with ru"),
 C(A, "intra-speaker", "Gazprom investment in El Assel", [F(1e9, "USD", ru, "около 1 млрд долларов", "Alexander Novak"), F(1.5e9, "USD", ru, "полтора миллиарда долларов", "Alexander Novak")], "pl headline 1,5 mld"),
 C(A, "state company vs minister", "Gazprom investment in El Assel", [F(1.2e9, "USD", fr, "1,2 milliard de dollars"), F(1e9, "USD", ru, "около 1 млрд долларов", "Alexander Novak")], "Sonatrach figure in the paragraph after Arkab's quote"),
 C(A, "opposition vs institute (SIPRI)", "Russian arms deliveries to Algeria, last five years", [F(7e9, "USD", pl, "7 mld dolarów", "Tomasz Zieliński"), F(4.5e9, "USD", pl, "ok. 4,5 mld dolarów")]),
 C(B, "intra-speaker", "Chile–Germany trade per year", [F(3.1e9, "USD", es, "US$ 3.100 millones", "José Antonio Kast"), F(3.4e9, "USD", es, "más de US$ 3.400 millones", "José Antonio Kast")]),
 C(B, "cross-source, cross-language", "German investment in Chile (stock)", [F(3e9, "EUR", es, "entre 3 y 4 mil millones de euros", "José Antonio Kast"), F(4.5e9, "EUR", de, "rund 4,5 Mrd. Euro", "Frank-Walter Steinmeier")], "es is a range 3–4 bn; 4.5 lies outside it"),
 C(B, "opposition vs official, cross-language", "cost of the two submarines", [F(2.6e9, "EUR", es, "hasta 2.600 millones de euros", "Paula Ríos"), F(2e9, "EUR", de, "rund 2 Mrd. Euro", "Boris Pistorius")]),
]
L = lambda visit, what, a, b: dict(visit=visit, what=what, a=a, b=b)
look = [
 L(R, "same amount in two currencies", F(1e10, "USD", fo, "US$ 10 bilhões"), F(5.4e10, "BRL", fo, "R$ 54 bilhões")),
 L(R, "capacity vs actual output", F(2.6e5, "bbl/d", fo, "260 mil barris por dia"), F(2e5, "bbl/d", fo, "200 mil barris diários")),
 L(R, "first tranche vs whole credit line", F(1.5e9, "USD", fo, "US$ 1,5 bilhão"), F(5e9, "USD", fo, "US$ 5 bilhões")),
 L(R, "2030 target vs current value", F(1.5e10, "USD", an, "$15 billion"), F(6.3e9, "USD", an, "$6.3 billion")),
 L(M, "per-year vs cumulative", F(2.4e7, "EUR", it, "24 milioni di euro l'anno"), F(1.2e8, "EUR", it, "120 milioni di debito")),
 L(M, "2025 vs 2026", F(4.8e8, "EUR", it, "480 milioni di euro"), F(5.5e8, "EUR", it, "550 milioni")),
 L(M, "same amount in two currencies", F(1.5e8, "EUR", sw, "Euro milioni 150"), F(2.26e10, "KES", sw, "Sh22.6 bilioni")),
 L(A, "2030 target vs current value", F(5e9, "USD", ru, "5 млрд долларов"), F(3e9, "USD", ru, "3 млрд долларов")),
 L(A, "different country pairs", F(1.4e10, "EUR", fr, "14 milliards d'euros"), F(2.4e9, "USD", fr, "2 400 millions de dollars")),
 L(A, "capacity vs actual (Transmed)", F(3.2e10, "m3", fr, "32 milliards de m3"), F(2.1e10, "m3", fr, "21 milliards de m3")),
 L(B, "same amount in two currencies", F(1e9, "USD", es, "US$ 1.000 millones"), F(8.6e8, "EUR", es, "unos 860 millones de euros")),
 L(B, "2030 target vs current value", F(1e6, "t", es, "un millón de toneladas"), F(12000, "t", es, "cerca de 12.000 toneladas")),
 L(B, "2025 vs 2026", F(3.9e9, "EUR", de, "3,9 Mrd. Euro"), F(4.2e9, "EUR", de, "rund 4,2 Mrd. Euro")),
 L(B, "first tranche vs whole order", F(3e8, "EUR", de, "300 Mio. Euro"), F(2e9, "EUR", de, "rund 2 Mrd. Euro")),
]
visits = {
 R: {"expected_title": "Petrobras CEO Chambriard in Riyadh: Aramco–Petrobras RNEST refinery deal (with Abdulaziz bin Salman, Amin Nasser, Al-Falih)", "dates": "2026-09-15", "place": "Riyadh", "participants": ["Magda Chambriard", "Abdulaziz bin Salman", "Amin Nasser", "Khalid Al-Falih"], "articles": [fo, aw, an]},
 M: {"expected_title": "Kenya's Treasury CS Mbadi visits Giorgetti in Rome (debt conversion, SGR credit line)", "dates": "2026-10-07", "place": "Rome", "participants": ["John Mbadi", "Giancarlo Giorgetti"], "articles": [it, sw]},
 A: {"expected_title": "Russian Deputy PM Novak visits Arkab in Algiers (El Assel gas)", "dates": "2026-10-13", "place": "Algiers", "participants": ["Alexander Novak", "Mohamed Arkab"], "articles": [ru, fr, pl + " (no date line: 'we wtorek 13 października' in the body)"]},
 B: {"expected_title": "Chile's President Kast visits Steinmeier in Berlin (also Pistorius: submarines)", "dates": "2026-11-10", "place": "Berlin", "participants": ["José Antonio Kast", "Frank-Walter Steinmeier", "Boris Pistorius"], "articles": [es, de]},
}
json.dump(people, open("people.json", "w"), ensure_ascii=False, indent=1)
json.dump({"visits": visits, "real_conflicts": real, "look_alikes": look}, open("conflicts.json", "w"), ensure_ascii=False, indent=1)
print(len(real), len(look))
