"""Build gold.json / gold_native_script.json for probe BU from the article texts (/work/probeBU/src)."""
import json, pathlib, sys
SRC = pathlib.Path('/work/probeBU/src')
Q = lambda text, speaker, cue, note=None, kind="speech": {k: v for k, v in dict(text=text, speaker=speaker, kind=kind, cue=cue, note=note).items() if v}
N = lambda surface, value, unit, what, speaker=None, value_to=None, optional=None, note=None: {k: v for k, v in dict(surface=surface, value=value, value_to=value_to, unit=unit, what=what, speaker=speaker, optional=optional, note=note).items() if v is not None}
R = "2026-09-riyadh"; M = "2026-10-rome"; A = "2026-10-algiers"; B = "2026-11-berlin"
G = {
"folha-petrobras-aramco-riad.txt": dict(lang="pt", source="Folha de S.Paulo", visit=R, date="2026-09-15",
  title="Petrobras e Aramco fecham acordo de US$ 10 bilhões para refinaria em Pernambuco",
  quotes=[Q("É o maior investimento estrangeiro em refino no Brasil em 30 anos", "Magda Chambriard", "disse Chambriard"),
          Q("E ele vai gerar 15 mil empregos diretos e indiretos em Pernambuco.", "Magda Chambriard", "disse Chambriard (before)", "second sentence after the cue"),
          Q("Queremos operar no limite da capacidade até 2028", "Amin Nasser", "afirmou Nasser"),
          Q("uma ponte entre o Atlântico e o Golfo", "Amin Nasser", "chamou", kind="short"),
          Q("Esse número de empregos é propaganda. Pelas contas da própria empresa, serão no máximo 4 mil vagas", "Rafael Queiroz", "disse o deputado federal Rafael Queiroz"),
          Q("O acordo faz sentido mas o prazo de dois anos é otimista demais para uma refinaria desse porte.", "Júlio Barcelos", "avaliou o economista Júlio Barcelos", "split around the cue")],
  numbers=[N("US$ 10 bilhões", 1e10, "USD", "RNEST expansion investment (Petrobras)", "Magda Chambriard"),
           N("R$ 54 bilhões", 5.4e10, "BRL", "same investment in reais (look-alike)"),
           N("15 mil empregos", 15000, "people", "jobs created (official)", "Magda Chambriard"),
           N("30 anos", 30, "years", "largest in 30 years", optional=True),
           N("260 mil barris por dia", 260000, "bbl/d", "RNEST installed capacity"),
           N("200 mil barris diários", 200000, "bbl/d", "RNEST actual throughput in August (label 'O volume que a refinaria ... processar' 15 words before)"),
           N("US$ 5 bilhões", 5e9, "USD", "PIF credit line to BNDES"),
           N("US$ 1,5 bilhão", 1.5e9, "USD", "first tranche of the credit line (look-alike)"),
           N("no máximo 4 mil vagas", 4000, "people", "jobs (opposition)", "Rafael Queiroz"),
           N("dois anos", 2, "years", "deadline", optional=True)]),
"aawsat-aramco-petrobras.txt": dict(lang="ar", source="Asharq Al-Awsat", visit=R, date="2026-09-15",
  title="«أرامكو» و«بتروبراس» توقعان اتفاقية بقيمة ١٢ مليار دولار لتوسعة مصفاة برازيلية",
  quotes=[Q("هذه الشراكة تعكس ثقة المملكة في الاقتصاد البرازيلي، وهي بداية وليست نهاية", "Abdulaziz bin Salman", "مضيفاً (subject: الأمير عبد العزيز بن سلمان)"),
          Q("سنعمل مع شركائنا البرازيليين على رفع كفاءة التشغيل خلال عامين", "Amin Nasser", "وقال (subject: أمين الناصر)"),
          Q("لقد تجاوزت تجارتنا الثنائية العام الماضي 8.5 مليار دولار، ونطمح إلى مضاعفتها", "Khalid Al-Falih", "وأضاف الفالح")],
  numbers=[N("١٢ مليار دولار", 1.2e10, "USD", "RNEST investment (Saudi figure), Arabic-Indic digits, also in headline", "Abdulaziz bin Salman"),
           N("260 ألف برميل يومياً", 260000, "bbl/d", "refining capacity", "Amin Nasser"),
           N("7 مليارات دولار", 7e9, "USD", "Saudi–Brazil trade 2025 (first statement)", "Khalid Al-Falih"),
           N("خمسة مليارات دولار", 5e9, "USD", "PIF credit line, spelled out", "Khalid Al-Falih"),
           N("8.5 مليار دولار", 8.5e9, "USD", "bilateral trade last year (second statement: self-contradiction)", "Khalid Al-Falih"),
           N("نحو 40 شركة", 40, "companies", "Saudi companies considering Brazil"),
           N("3 ملايين برميل يومياً", 3e6, "bbl/d", "South American fuel demand")]),
"arabnews-petrobras-aramco-deal.txt": dict(lang="en", source="Arab News", visit=R, date="2026-09-15",
  title="Aramco, Petrobras seal refinery deal as Riyadh eyes Latin American fuel market",
  quotes=[Q("This is not only about a refinery, it is about putting Brazil back on the map of global refining. We will not repeat the mistakes of the past. Every dollar will be audited.", "Magda Chambriard", "she said", "pronoun cue, split around cue, runs over two paragraphs"),
          Q("Brazil is the natural gateway for Saudi capital into South America", "Amin Nasser", "Nasser said", "followed by 'She added' (indirect, Chambriard)"),
          Q("a foothold in a market of more than 200 million fuel consumers", "Layla Al-Qahtani", "said", "partial quote, 11 words")],
  numbers=[N("230,000 barrels per day", 230000, "bbl/d", "RNEST throughput last month (label 'The refinery' 18 words before)", "Amin Nasser"),
           N("$6 billion loan", 6e9, "USD", "PIF loan to BNDES (synonym of credit line)"),
           N("$6.3 billion", 6.3e9, "USD", "Brazil–Saudi trade 2025 per Secex"),
           N("$15 billion", 1.5e10, "USD", "bilateral trade target by 2030 (look-alike)"),
           N("more than 200 million fuel consumers", 2e8, "people", "market size", "Layla Al-Qahtani")]),
"ilsole24ore-giorgetti-mbadi-kenya.txt": dict(lang="it", source="Il Sole 24 Ore", visit=M, date="2026-10-07",
  title="Kenya, l'Italia converte 120 milioni di debito in progetti di sviluppo",
  quotes=[Q("Non è beneficenza, è un investimento nella stabilità di un partner strategico del Piano Mattei", "Giancarlo Giorgetti", "ha detto Giorgetti"),
          Q("Abbiamo riserve valutarie per 11,5 miliardi di dollari, pari a quasi cinque mesi di importazioni e il deficit scenderà sotto il 4% nel 2027", "John Mbadi", "ha spiegato (subject Mbadi)", "split around the cue"),
          Q("Il rischio è che la conversione diventi un alibi per non affrontare il nodo vero, cioè il costo degli eurobond keniani", "Luca Marchetti", "osserva Luca Marchetti"),
          Q("Nairobi paga ancora interessi superiori al 9%.", "Luca Marchetti", "(after) osserva Luca Marchetti")],
  numbers=[N("120 milioni di debito", 1.2e8, "EUR", "debt conversion total (headline and caption only)", "Giancarlo Giorgetti"),
           N("24 milioni di euro l'anno", 2.4e7, "EUR", "per-year instalment (look-alike vs 120 m total)"),
           N("cinque anni", 5, "years", "duration, spelled out", optional=True),
           N("linea di credito di 400 milioni di euro", 4e8, "EUR", "SACE/CDP credit line for SGR Naivasha–Kisumu"),
           N("11,5 miliardi di dollari", 1.15e10, "USD", "Kenya FX reserves (Mbadi)", "John Mbadi"),
           N("quasi cinque mesi", 5, "months", "import cover", "John Mbadi", optional=True),
           N("4%", 4, "%", "deficit target 2027", "John Mbadi"),
           N("480 milioni di euro", 4.8e8, "EUR", "Italy–Kenya trade 2025 (Istat)"),
           N("550 milioni", 5.5e8, "EUR", "Italy–Kenya trade 2026 estimate (look-alike vs 2025)"),
           N("9%", 9, "%", "eurobond interest", "Luca Marchetti")]),
"taifaleo-mbadi-italia-deni.txt": dict(lang="sw", source="Taifa Leo", visit=M, date="2026-10-07",
  title="Mbadi: Italia kufuta deni la Euro milioni 150",
  quotes=[Q("Deni letu la umma sasa ni asilimia 65 ya Pato la Taifa, na tunalipunguza hatua kwa hatua", "John Mbadi", "alisema Waziri Mbadi"),
          Q("Hatuchukui mikopo mipya ya kibiashara mwaka huu.", "John Mbadi", "(after) alisema Waziri Mbadi"),
          Q("Waziri anaficha ukweli. Deni halisi limefika asilimia 72 ya Pato la Taifa tukihesabu madeni ya mashirika ya umma. Wakenya wanalipa riba kubwa kuliko bajeti ya afya na elimu kwa pamoja", "Wanjiku Gathoni", "alisema Seneta Gathoni", "spans two paragraphs"),
          Q("Kati ya shilingi trilioni 11 tunazodaiwa, Sh22 bilioni ni tone tu baharini", "Samuel Kirui", "alisema (subject Dkt Samuel Kirui)")],
  numbers=[N("Euro milioni 150", 1.5e8, "EUR", "debt swap (Kenyan figure)", "John Mbadi"),
           N("Sh22.6 bilioni", 2.26e10, "KES", "same swap in shillings (look-alike)"),
           N("mkopo wa Euro milioni 350", 3.5e8, "EUR", "Italian loan for SGR (synonym of credit line)", "John Mbadi"),
           N("asilimia 65", 65, "%", "public debt / GDP (official)", "John Mbadi"),
           N("Dola bilioni 10.2", 1.02e10, "USD", "FX reserves per CBK"),
           N("miezi 4.4", 4.4, "months", "import cover per CBK"),
           N("asilimia 72", 72, "%", "public debt / GDP (opposition)", "Wanjiku Gathoni"),
           N("shilingi trilioni 11", 1.1e13, "KES", "total public debt", "Samuel Kirui"),
           N("Sh22 bilioni", 2.2e10, "KES", "swap, rounded", "Samuel Kirui")]),
"ria-novak-alzhir-gaz.txt": dict(lang="ru", source="РИА Новости", visit=A, date="2026-10-13",
  title="Новак: товарооборот России и Алжира превысил 3 млрд долларов",
  quotes=[Q("Товарооборот между нашими странами по итогам прошлого года превысил 3 млрд долларов, и мы ставим задачу довести его до 5 млрд долларов к 2030 году", "Alexander Novak", "заявил Новак"),
          Q("Мы заинтересованы в российских технологиях, особенно в атомной энергетике и нефтепереработке", "Mohamed Arkab", "сказал алжирский министр", "split around the cue, role cue"),
          Q("Общий объем инвестиций „Газпрома“ в Эль-Ассель составит полтора миллиарда долларов", "Alexander Novak", "сказал вице-премьер", "role cue")],
  numbers=[N("3 млрд долларов", 3e9, "USD", "Russia–Algeria trade last year", "Alexander Novak"),
           N("5 млрд долларов", 5e9, "USD", "trade target 2030 (look-alike)", "Alexander Novak"),
           N("около 1 млрд долларов", 1e9, "USD", "Gazprom investment in El Assel (first statement)", "Alexander Novak"),
           N("3 млрд кубометров", 3e9, "m3", "El Assel gas output per year", "Alexander Novak"),
           N("полтора миллиарда долларов", 1.5e9, "USD", "Gazprom investment in El Assel (second statement: self-contradiction), spelled out", "Alexander Novak"),
           N("около 2,5 млн тонн", 2.5e6, "t", "Russian wheat to Algeria 2025")]),
"tsa-arkab-novak-el-assel.txt": dict(lang="fr", source="TSA Algérie", visit=A, date="2026-10-13",
  title="Gaz : Arkab et Novak relancent le projet d'El Assel",
  quotes=[Q("Le gisement d'El Assel produira 2,5 milliards de m3 de gaz par an dès 2029", "Mohamed Arkab", "a déclaré M. Arkab"),
          Q("Ce partenariat n'est dirigé contre personne", "Mohamed Arkab", "a-t-il ajouté"),
          Q("Alger veut montrer qu'elle diversifie ses partenaires, mais les contrats fermes se comptent sur les doigts d'une main.", "Nour-Eddine Lakhdari", "explique-t-il (pronoun, after the economist)", "split around the cue")],
  numbers=[N("60 personnes", 60, "people", "delegation size"),
           N("2,5 milliards de m3", 2.5e9, "m3", "El Assel output per year (Algerian figure)", "Mohamed Arkab"),
           N("1,2 milliard de dollars", 1.2e9, "USD", "Gazprom investment per Sonatrach (paragraph after the quote)"),
           N("2\u202f400 millions de dollars", 2.4e9, "USD", "Algeria–Russia trade last year (label only in the heading 'Échanges commerciaux'), narrow no-break space"),
           N("14 milliards d'euros", 1.4e10, "EUR", "Algeria–Italy trade (different pair, look-alike)"),
           N("32 milliards de m3", 3.2e10, "m3", "Transmed capacity"),
           N("21 milliards de m3", 2.1e10, "m3", "Transmed actual 2025 (capacity vs actual look-alike)")]),
"rp-rosja-algieria-gaz-bron.txt": dict(lang="pl", source="Rzeczpospolita", visit=A, date="2026-10-13", no_date_line=True,
  title="Rosja zacieśnia gazowy sojusz z Algierią. Chodzi o 1,5 mld dolarów",
  quotes=[Q("Nowakowi chodzi nie o gaz, lecz o politykę. Rosja chce pokazać, że mimo sankcji ma w regionie sojuszników.", "Marcin Kaczmarek", "– uważa Marcin Kaczmarek –", "dash quote split around the cue"),
          Q("W ciągu ostatnich pięciu lat Algier kupił od Moskwy uzbrojenie za 7 mld dolarów. Europa nie może udawać, że tego nie widzi", "Tomasz Zieliński", "powiedział „Rzeczpospolitej” Zieliński", "dash quote")],
  numbers=[N("1,5 mld dolarów", 1.5e9, "USD", "Gazprom investment (headline only)"),
           N("ok. 3,5 mld dol.", 3.5e9, "USD", "Russia–Algeria trade per Russian customs"),
           N("7 mld dolarów", 7e9, "USD", "Russian arms to Algeria, 5 years (opposition MP)", "Tomasz Zieliński"),
           N("ok. 4,5 mld dolarów", 4.5e9, "USD", "Russian arms to Algeria 2021–2025 per SIPRI"),
           N("do trzech miliardów metrów sześciennych", 3e9, "m3", "El Assel output (same as RU, not a conflict)"),
           N("jedna dziesiąta", 0.1, "fraction", "share of Polish consumption", optional=True)]),
"latercera-kast-berlin-litio.txt": dict(lang="es", source="La Tercera", visit=B, date="2026-11-10",
  title="Kast en Berlín: Chile y Alemania firman acuerdo sobre litio e hidrógeno verde",
  quotes=[Q("Alemania es nuestro principal socio europeo", "José Antonio Kast", "dijo Kast"),
          Q("El intercambio comercial llegó el año pasado a US$ 3.100 millones y queremos duplicarlo.", "José Antonio Kast", "(after) dijo Kast"),
          Q("Hoy comerciamos más de US$ 3.400 millones al año con Alemania", "José Antonio Kast", "el Mandatario elevó la cifra (title only)"),
          Q("El Gobierno habla de austeridad, pero estos submarinos van a costar hasta 2.600 millones de euros", "Paula Ríos", "afirmó la senadora Paula Ríos"),
          Q("el litio es la verdadera carta de Chile en esta gira. Alemania necesita asegurar entre 1,5–2 millones de toneladas de baterías al año para su industria automotriz, y Chile tiene con qué negociar", "Tomás Echeverría", "Para el académico ... Tomás Echeverría, (cue before, no verb)", "spans two paragraphs")],
  numbers=[N("US$ 3.100 millones", 3.1e9, "USD", "Chile–Germany trade last year (first statement)", "José Antonio Kast"),
           N("más de US$ 3.400 millones", 3.4e9, "USD", "Chile–Germany trade per year (second statement: self-contradiction)", "José Antonio Kast"),
           N("entre 3 y 4 mil millones de euros", 3e9, "EUR", "German investment in Chile (range)", "José Antonio Kast", value_to=4e9),
           N("US$ 1.000 millones", 1e9, "USD", "hydrogen fund"),
           N("unos 860 millones de euros", 8.6e8, "EUR", "same fund in euros (look-alike)"),
           N("cerca de 12.000 toneladas", 12000, "t", "green hydrogen output today"),
           N("un millón de toneladas", 1e6, "t", "hydrogen target 2030 (look-alike), spelled out"),
           N("hasta 2.600 millones de euros", 2.6e9, "EUR", "submarine cost (opposition)", "Paula Ríos"),
           N("entre 1,5–2 millones de toneladas", 1.5e6, "t", "battery demand (range)", "Tomás Echeverría", value_to=2e6)]),
"tagesschau-kast-steinmeier-pistorius.txt": dict(lang="de", source="tagesschau.de", visit=B, date="2026-11-10",
  title="Chiles Präsident Kast in Berlin: Rohstoffe, Wasserstoff – und U-Boote",
  quotes=[Q("Deutsche Unternehmen haben in Chile rund 4,5 Mrd. Euro investiert", "Frank-Walter Steinmeier", "sagte Steinmeier"),
          Q("Das ist ein Fundament, auf dem wir aufbauen können.", "Frank-Walter Steinmeier", "(after) sagte Steinmeier"),
          Q("Rüstungsexporten durch die Hintertür", "Lea Sommerfeld", "sprach von", kind="short"),
          Q("Wer U-Boote liefert, schafft Abhängigkeiten für Jahrzehnte", "Lea Sommerfeld", "sagte sie", "pronoun cue; a male speaker (Pistorius) in the paragraph before and after"),
          Q("Es geht um Partnerschaft im Pazifik, nicht um Aufrüstung.", "Boris Pistorius", "sagte Pistorius später (paragraph opens with 'Er wolle')")],
  numbers=[N("rund 4,5 Mrd. Euro", 4.5e9, "EUR", "German investment in Chile", "Frank-Walter Steinmeier"),
           N("3,9 Mrd. Euro", 3.9e9, "EUR", "Germany–Chile trade 2025 (Destatis, paragraph after the quote)"),
           N("rund 4,2 Mrd. Euro", 4.2e9, "EUR", "trade 2026 forecast (look-alike vs 2025)"),
           N("rund 2 Mrd. Euro", 2e9, "EUR", "submarine order volume (label 'Der Auftrag' / heading 'U-Boot-Auftrag')", "Boris Pistorius"),
           N("300 Mio. Euro", 3e8, "EUR", "first tranche (look-alike vs total)", "Boris Pistorius"),
           N("zwölf Prozent", 12, "%", "Chile defence spending increase since 2020, spelled out", "Lea Sommerfeld"),
           N("rund 9,3 Mio. Tonnen", 9.3e6, "t", "Chile lithium reserves"),
           N("zwei U-Boote", 2, "submarines", "count", optional=True)]),
}
BOIL_HINT = {}  # boilerplate: lines before the title (except none), dateline/byline, caption, and everything after the last body paragraph
NATIVE = {"Abdulaziz bin Salman": "عبد العزيز بن سلمان", "Amin Nasser": "أمين الناصر", "Khalid Al-Falih": "خالد الفالح",
          "Alexander Novak": "Александр Новак", "Mohamed Arkab": "Мохамед Аркаб"}
FURN = [l.strip() for l in open('/work/probeBU/gen/furniture.txt', encoding='utf-8') if l.strip()]
out = {}
for f, g in G.items():
    lines = (SRC / f).read_text(encoding='utf-8').split('\n')
    text = '\n'.join(lines)
    for n in g['numbers']:
        assert n['surface'] in text, (f, n['surface'])
    for i, q in enumerate(g['quotes']):
        q['i'] = i
    for i, n in enumerate(g['numbers']):
        n['i'] = i
    g['title_line'] = lines.index(g['title']) + 1
    bl = {}
    for k, l in enumerate(lines, 1):
        if l.strip() in FURN and l.strip() != g['title']:
            bl.setdefault(l.strip(), []).append(k)
    g['boilerplate_lines'] = [{"line": l, "count": len(v), "line_numbers": v} for l, v in bl.items()]
    out[f] = g
open(sys.argv[1], 'w').write(json.dumps(out, ensure_ascii=False, indent=1))
nat = json.loads(json.dumps(out))
for f in ("aawsat-aramco-petrobras.txt", "ria-novak-alzhir-gaz.txt"):
    for q in nat[f]['quotes']:
        q['speaker'] = NATIVE.get(q['speaker'], q['speaker'])
open(sys.argv[2], 'w').write(json.dumps(nat, ensure_ascii=False, indent=1))
