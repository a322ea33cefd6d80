import json, os, re, glob
B='/work/wt/probeBY/bench/probes/BY/'
A=B+'articles/'
S=lambda *p: p  # quote parts
G={}
def art(fn, lang, source, visit, date, title, body_start, quotes, numbers, terms=(), **extra):
    path=glob.glob(A+'*/'+fn)[0]
    txt=open(path).read(); lines=txt.split('\n')
    tl=[i for i,l in enumerate(lines) if l.strip()==title]; assert tl, (fn,'title')
    tl=tl[0]
    bs=[i for i,l in enumerate(lines) if l.startswith(body_start)]; assert bs,(fn,'body')
    bs=bs[0]
    # bottom caption: a line equal to one above body that reappears after the body
    cap=[i for i,l in enumerate(lines) if i>bs and l.strip() and any(l.strip()==lines[j].strip() for j in range(tl+1,bs))]
    be=cap[0] if cap else len(lines)
    bp={}
    for i,l in enumerate(lines):
        if l.strip() and i!=tl and (i<bs or i>=be):
            bp.setdefault(l.strip(),[]).append(i+1)
    qs=[]
    for k,(parts,spk,kind,cue,*note) in enumerate(quotes):
        for p in parts: assert p in txt, (fn,p)
        q={'text':' '.join(parts),'speaker':spk,'kind':kind,'cue':cue}
        if len(parts)>1: q['parts']=list(parts)
        if note: q['note']=note[0]
        q['i']=k; qs.append(q)
    ns=[]
    for k,(surf,val,unit,what,spk,*opt) in enumerate(numbers):
        assert surf in txt,(fn,surf)
        v=val if not isinstance(val,tuple) else val[0]
        n={'surface':surf,'value':float(v) if v!=int(v) or v>1e6 else v,'unit':unit,'what':what,'speaker':spk}
        if isinstance(val,tuple): n['value_to']=val[1]
        if opt and opt[0]: n['optional']=True
        n['i']=k; ns.append(n)
    for t in terms: assert t in txt,(fn,t)
    G[fn]={'lang':lang,'source':source,'visit':visit,'date':date,**extra,'title':title,
           'short_quoted_terms':list(terms),'quotes':qs,'numbers':ns,'title_line':tl+1,
           'boilerplate_lines':[{'line':l,'count':len(v),'line_numbers':v} for l,v in bp.items()]}

VOL='Vyacheslav Volodin'; KOS='Yerlan Koshanov'
art('tass-volodin-koshanov-mpk.txt','ru','ТАСС','2026-11-moskva','2026-11-10',
 'Володин: товарооборот России и Казахстана к 2030 году должен вырасти до $35 млрд','МОСКВА, 10 ноября',
 [(S('Казахстан остается нашим ключевым партнером в Евразийском экономическом союзе. В рублях объем торговли превысил 2,5 трлн, и более 90% расчетов уже ведется в национальных валютах'),VOL,'speech','сказал Володин'),
  (S('Мы говорим не о декларациях, а о конкретных законах','До конца года мы ратифицируем соглашение о газопроводе протяженностью 1 200 км.'),KOS,'speech','— подчеркнул спикер мажилиса (post only, dash dialogue, split)'),
  (S('Это не просто цифры. Это будущие инженеры, врачи и учителя, которые свяжут наши страны на десятилетия вперед'),VOL,'speech','добавил председатель Госдумы (post only)'),
  (S('Рост есть, но он измеряется процентами, а не разами'),'Gennady Ryabtsev','speech','заметил парламентарий')],
 [('$35 млрд',35e9,'USD','RU-KZ trade target 2030',VOL),
  ('$28,3 млрд',28.3e9,'USD','RU-KZ trade 2025',VOL),
  ('2,5 трлн',2.5e12,'RUB','RU-KZ trade in roubles',VOL),
  ('более 90%',90,'%','settlements in national currencies',VOL),
  ('1 200 км',1200,'km','gas pipeline length',KOS),
  ('74 тыс.',74000,'students','Kazakh students in Russia (ministry data)',None),
  ('около 40%',40,'%','share on state-funded places',None),
  ('$27,6 млрд',27.6e9,'USD','RU-KZ trade 2024','Gennady Ryabtsev')])
art('kazinform-koshanov-volodin.txt','kk','Kazinform','2026-11-moskva','2026-11-10',
 'Ерлан Қошанов: Қазақстан мен Ресей парламенттері заңнаманы үйлестіреді','МӘСКЕУ. KAZINFORM',
 [(S('Ресей – біздің ең ірі сауда серіктесіміз. Бірақ біз экспорттың құрылымын өзгертуіміз керек: шикізат емес, дайын өнім сатуымыз қажет'),KOS,'speech','деді Мәжіліс Төрағасы (post only)'),
  (S('Біз Ресейдегі қазақстандық студенттердің жағдайына ерекше назар аударамыз. Олардың саны 80 мыңнан асады'),KOS,'speech','– деп атап өтті Ерлан Қошанов (cue in the next paragraph)'),
  (S('Импорт экспорттан екі есе көп. Бұл теңгерімсіздікті жою үшін 3–5 жыл қажет'),'Bauyrzhan Seitkali','speech','деді депутат'),
  (S('Парламентаралық диалог үкіметтер арасындағы келіссөздерді толықтырады. Теңгемен есеп айырысу үлесі 2025 жылы 12,4%-ға өсті, бұл – жақсы белгі'),'Daniyar Ashimov','speech','деді сарапшы')],
 [('27,8 млрд долларға',27.8e9,'USD','KZ-RU trade 2025',KOS),
  ('25 млн тоннаға',25e6,'t','transit cargo via Russia',KOS),
  ('80 мыңнан асады',80000,'students','Kazakh students in Russia',KOS),
  ('9,1 млрд долларды',9.1e9,'USD','Kazakh exports to Russia','Bauyrzhan Seitkali'),
  ('3–5 жыл',(3,5),'years','time to fix imbalance','Bauyrzhan Seitkali',True),
  ('12,4%',12.4,'%','growth of tenge settlements share','Daniyar Ashimov')])
art('novayagazeta-volodin-kazakhstan.txt','ru','Новая газета Европа','2026-11-moskva','2026-11-11',
 'Спикер Думы обещает Казахстану миллиарды, которых нет','Межпарламентская комиссия России',
 [(S('По итогам 2025 года мы вышли примерно на 26 млрд долларов, и это рекорд'),VOL,'speech','В. Володин назвал …: (initial, cue before)'),
  (S('Москве важно показать Астане, что союз работает. Поэтому цифры берутся из разных методик: то с учетом реэкспорта, то без него.','Реальный рост, если считать честно, составил 2,6%, а не 8%, о которых говорят официальные лица'),'Dmitry Kornienko','speech','сказал эксперт','two paragraphs'),
  (S('Мы не стремимся к рекордам','мы стремимся к балансу'),KOS,'speech','заметил Кошанов (split)'),
  (S('Кто будет платить?'),None,'question','спросили мы (journalists, dash dialogue)'),
  (S('Пока никто не знает','Российская сторона рассчитывает на кредиты ЕАБР.'),'Bauyrzhan Seitkali','speech','ответил он (dash dialogue; name in the preceding question, dative Сейиткали)')],
 [('примерно на 26 млрд долларов',26e9,'USD','RU-KZ trade 2025 (Volodin to Rossiya-24)',VOL),
  ('$28,3 млрд',28.3e9,'USD','RU-KZ trade 2025 (Volodin to TASS, recalled)',VOL),
  ('2,6%',2.6,'%','real growth','Dmitry Kornienko'),
  ('8%',8,'%','official growth','Dmitry Kornienko'),
  ('1 200–1 500 км',(1200,1500),'km','pipeline length','Dmitry Kornienko'),
  ('$4–5 млрд',(4e9,5e9),'USD','pipeline cost','Dmitry Kornienko'),
  ('1,9 трлн тенге',1.9e12,'KZT','EDB loan portfolio in Kazakhstan',None)],
 terms=('Россия-24','Новой газете Европа'))
NAJ='Rovshan Najaf'; GAVA='Vannia Gava'
art('report-az-necef-enerji-forumu.txt','az','Report.az','2026-11-baku','2026-11-12',
 'Rövşən Nəcəf: Azərbaycan İtaliyaya qaz ixracını artırmağa hazırdır','Bakı Enerji Forumunun açılışında',
 [(S('Cənub Qaz Dəhlizinə indiyədək 33 milyard dollar investisiya qoyulub. Biz bu infrastrukturu 2030-cu ilədək genişləndirməyə hazırıq'),NAJ,'speech','deyə SOCAR prezidenti bildirib (post only)'),
  (S('Neft-qaz gəlirləri manatın sabitliyinin əsas dayağıdır, lakin qeyri-neft ixracı da 3,9 milyard dollara çatıb'),'Taleh Kazimov','speech','deyə Mərkəzi Bankın rəhbəri (post only)'),
  (S('Avropa bizdən uzunmüddətli müqavilələr istəmir, amma daha çox qaz istəyir. Bu, ziddiyyətdir'),'Elshan Gurbanli','speech','deyə deputat')],
 [('25,2 milyard kubmetr',25.2e9,'m3','AZ total gas exports 2025',NAJ),
  ('10,2 milyard kubmetri',10.2e9,'m3','gas to Italy via TAP 2025',NAJ),
  ('33 milyard dollar',33e9,'USD','investment in Southern Gas Corridor',NAJ),
  ('5,6%',5.6,'%','annual inflation','Taleh Kazimov'),
  ('80 milyard dolları',80e9,'USD','strategic FX reserves','Taleh Kazimov'),
  ('3,9 milyard dollara',3.9e9,'USD','non-oil exports','Taleh Kazimov'),
  ('878 km',878,'km','TAP length','Elshan Gurbanli'),
  ('1,5-2 milyard avro',(1.5e9,2e9),'EUR','TAP expansion cost','Vusal Karimli')])
IT_Q=[(S('Il gas azero copre ormai circa il 16% del nostro fabbisogno','Vogliamo che questa quota cresca, ma anche che una parte dei nuovi volumi arrivi come idrogeno verde entro il 2035'),GAVA,'speech','ha spiegato Gava (split)'),
  (S("Per noi l'Italia è la porta d'Europa"),NAJ,'speech','ha detto Najaf'),
  (S("Il governo parla di diversificazione, ma sostituisce una dipendenza con un'altra.",'Servono investimenti sulle rinnovabili, non altri 878 chilometri di tubi'),'Chiara Benvenuti','speech','ha affermato Benvenuti','two paragraphs')]
art('ansa-gava-baku-gas.txt','it','ANSA','2026-11-baku','2026-11-12',
 "Gas: Gava a Baku, 'l'Azerbaigian resta un partner strategico per l'Italia'","L'Azerbaigian ha fornito",
 [(S("l'Azerbaigian resta un partner strategico per l'Italia"),GAVA,'headline','title')]+IT_Q,
 [('quasi 11 miliardi di metri cubi',11e9,'m3','gas to Italy via TAP 2025',GAVA),
  ('circa il 16%',16,'%','share of Italian demand',GAVA),
  ('20 miliardi di metri cubi',20e9,'m3','TAP capacity after doubling',NAJ),
  ('oltre 40 miliardi di dollari',40e9,'USD','investment in Southern Gas Corridor',NAJ),
  ('61,5 miliardi di metri cubi',61.5e9,'m3',"Italy's gas imports per year",'Chiara Benvenuti'),
  ('878 chilometri',878,'km','TAP length','Chiara Benvenuti')])
art('ansa-de-gava-baku-gas.txt','de','ANSA Deutsch','2026-11-baku','2026-11-12',
 'Gas: Gava in Baku – „Aserbaidschan bleibt strategischer Partner Italiens“','Aserbaidschan hat Italien',
 [(S('Aserbaidschan bleibt strategischer Partner Italiens'),GAVA,'headline','title'),
  (S('Aserbaidschanisches Gas deckt inzwischen rund 16 Prozent unseres Bedarfs','Wir wollen, dass dieser Anteil wächst, aber auch, dass ein Teil der neuen Mengen bis 2035 als grüner Wasserstoff kommt.'),GAVA,'speech','erklärte Gava (two quotes around the cue)'),
  (S('Für uns ist Italien das Tor zu Europa'),NAJ,'speech','sagte Najaf (»…«)'),
  (S('Die Regierung spricht von Diversifizierung, ersetzt aber eine Abhängigkeit durch eine andere.','Wir brauchen Investitionen in erneuerbare Energien, nicht weitere 878 Kilometer Rohre'),'Chiara Benvenuti','speech','sagte Benvenuti','two paragraphs')],
 [('fast 11 Milliarden Kubikmeter',11e9,'m3','gas to Italy via TAP 2025',GAVA),
  ('rund 16 Prozent',16,'%','share of Italian demand',GAVA),
  ('20 Milliarden Kubikmeter',20e9,'m3','TAP capacity after doubling',NAJ),
  ('mehr als 40 Milliarden Dollar',40e9,'USD','investment in Southern Gas Corridor',NAJ),
  ('61,5 Milliarden Kubikmeter',61.5e9,'m3',"Italy's gas imports per year",'Chiara Benvenuti'),
  ('878 Kilometer',878,'km','TAP length','Chiara Benvenuti')],
 translation_of='ansa-gava-baku-gas.txt')
MISH='Mikhail Mishustin'; SAG='Bakytzhan Sagintayev'; AMA='Daniyar Amangeldiev'
art('kabar-evraziyalyk-kenesh.txt','ky','Кабар','2026-11-bishkek','2026-11-19',
 'Бишкекте Евразиялык өкмөттөр аралык кеңештин отуруму өттү','Бишкек, 19-ноябрь /Кабар/',
 [(S('Кыргызстан үчүн Евразиялык союз – бул биринчи кезекте рынок жана жумуш орундары. Өткөн жылы өлкөнүн ЕАЭБ өлкөлөрү менен соодасы 1,2 трлн сомго жетти'),AMA,'speech','деди ал (pronoun)'),
  (S('Биз 2030-жылга чейин ички сооданы 150 млрд долларга жеткиребиз. Бул үчүн тоскоолдуктардын саны 60тан 20га чейин кыскарышы керек'),SAG,'speech','деди Сагинтаев'),
  (S('Биз союзга кирген 2015-жылдан бери соода көбөйдү, бирок биздин экспорт дагы эле 8,3% гана.','Мигранттарыбыздын акчасы болбосо, экономикабыз туруштук бере албайт'),'Azamat Toktogulov','speech','деди депутат','two paragraphs')],
 [('1,2 трлн сомго',1.2e12,'KGS','Kyrgyz trade with EAEU',AMA),
  ('97,4 млрд долларды',97.4e9,'USD','EAEU mutual trade 2025',SAG),
  ('150 млрд долларга',150e9,'USD','EAEU mutual trade target 2030',SAG),
  ('60тан',60,'barriers','barriers now',SAG,True),
  ('20га',20,'barriers','barriers target',SAG,True),
  ('350 миңден ашык',350000,'people','Kyrgyz citizens working in Russia (official)',None),
  ('8,3%',8.3,'%','Kyrgyz export share','Azamat Toktogulov'),
  ('2,9 млрд долларды',2.9e9,'USD','remittances','Nurbek Asanov'),
  ('18–20%',(18,20),'%','remittances share of GDP','Nurbek Asanov')])
art('belta-by-mishuscin-biskek.txt','be','БЕЛТА','2026-11-bishkek','2026-11-19',
 'Каранкевіч у Бішкеку: Беларусь прапануе сумесныя заказы ў прамысловасці ЕАЭС','БІШКЕК, 19 лістапада (БЕЛТА)',
 [(S('Мы ўпершыню перасягнулі гэты рубеж. Доля разлікаў у нацыянальных валютах дасягнула 92,5%'),MISH,'speech','сказаў М. Мішусцін (initial)'),
  (S("Наша задача – да 2030 года зняць усе бар'еры на агульным рынку, а іх сёння застаецца 60"),MISH,'speech','дадаў ён (pronoun)'),
  (S('Беларусь гатовая пастаўляць у краіны саюза 5 тыс. грузавікоў і 3 тыс. аўтобусаў штогод. Гэта не проста гандаль, а кааперацыя'),'Viktor Karankevich','speech','заявіў Віктар Каранкевіч'),
  (S('Нашы экспарцёры штогод адпраўляюць праз расійскія парты каля 20 млн тон грузаў'),'Igor Martsinkevich','speech','cue before, colon')],
 [('больш за 100 млрд долараў',100e9,'USD','EAEU mutual trade 2025',MISH),
  ('92,5%',92.5,'%','national-currency settlements',MISH),
  ('5 тыс. грузавікоў',5000,'trucks','Belarusian trucks offered per year','Viktor Karankevich'),
  ('3 тыс. аўтобусаў',3000,'buses','buses per year','Viktor Karankevich'),
  ('14,7%',14.7,'%','BY-KG trade growth','Viktor Karankevich'),
  ('600 млн долараў',600e6,'USD','BY-KG trade','Viktor Karankevich'),
  ('каля 20 млн тон',20e6,'t','Belarusian cargo via Russian ports','Igor Martsinkevich')])
art('svoboda-ukr-mishustin-bishkek.txt','uk','Радіо Свобода','2026-11-bishkek','2026-11-19',
 'Мішустін у Бішкеку: Москва тримає Центральну Азію на гачку мігрантів',"Прем'єр-міністр Росії Михайло",
 [(S('зростає швидше, ніж світова'),SAG,'speech','заявив (partial quote)'),
  (S("У Росії працює близько 1 млн громадян Киргизстану. Перекази становлять майже п'яту частину ВВП країни",'Кремль може перекрити цей кран будь-якої миті'),'Taras Kovalchyshyn','speech','– каже Ковальчишин – (split)'),
  (S('Лише частково. Частка Росії у зовнішній торгівлі Киргизстану – 23,4%, а Китаю – вже понад 35%'),'Taras Kovalchyshyn','speech','відповів він (after vocative "Пане Ковальчишине")')],
 [('89,1 млрд доларів',89.1e9,'USD','EAEU mutual trade 2024',None),
  ('150 млрд доларів',150e9,'USD','EAEU trade target 2030',SAG),
  ('близько 1 млн',1e6,'people','Kyrgyz citizens working in Russia','Taras Kovalchyshyn'),
  ('523 км',523,'km','China-Kyrgyzstan-Uzbekistan railway',None),
  ('23,4%',23.4,'%',"Russia's share of Kyrgyz trade",'Taras Kovalchyshyn'),
  ('понад 35%',35,'%',"China's share of Kyrgyz trade",'Taras Kovalchyshyn')],
 date_note="no date line; 'у четвер, 19 листопада' in the body")
NAR='Tanzila Narbaeva'; KID='Małgorzata Kidawa-Błońska'
art('gazetauz-narbayeva-kidava.txt','uz','Gazeta.uz','2026-11-tashkent','2026-11-24',
 'Tanzila Narbayeva Polsha Senati marshali bilan uchrashdi','Toshkentda Oliy Majlis',
 [(S('Polsha biz uchun Yevropa Ittifoqiga eshik. Biz 2030-yilga borib savdo hajmini 1 mlrd dollarga yetkazishni maqsad qilganmiz'),NAR,'speech','dedi Senat raisi (post only)'),
  (S('Zloti va so‘m o‘rtasida to‘g‘ridan-to‘g‘ri hisob-kitob hozircha yo‘q, ammo yevro orqali to‘lovlar 30 foizga oshdi'),'Mamarizo Nurmuratov','speech','dedi u (pronoun)'),
  (S('Polsha kompaniyalari O‘zbekistonda 140 ta korxona ochgan. Ammo investitsiyalar hali ham 300–400 mln dollar atrofida.','Bu ikki davlat salohiyatiga mos emas'),'Rustam Kholmatov','speech','shunday dedi: (cue before)','two paragraphs')],
 [('520 mln dollarni',520e6,'USD','UZ-PL trade 2025',NAR),
  ('18,6 foizga',18.6,'%','UZ-PL trade growth',NAR),
  ('1 mlrd dollarga',1e9,'USD','UZ-PL trade target 2030',NAR),
  ('3 500 dan ortiq',3500,'students','Uzbek students in Poland',KID),
  ('6,4 mlrd dollarga',6.4e9,'USD','UZ-EU trade','Mamarizo Nurmuratov'),
  ('30 foizga',30,'%','growth of euro payments','Mamarizo Nurmuratov'),
  ('140 ta korxona',140,'companies','Polish companies in Uzbekistan','Rustam Kholmatov'),
  ('300–400 mln dollar',(300e6,400e6),'USD','Polish investment','Rustam Kholmatov'),
  ('12–15 kunga',(12,15),'days','Trans-Caspian transit time','Farrukh Ismoilov')])
art('pap-kidawa-blonska-taszkent.txt','pl','PAP','2026-11-tashkent','2026-11-24',
 'Kidawa-Błońska w Taszkencie: Uzbekistan to brama do Azji Centralnej','Marszałek Senatu Małgorzata Kidawa-Błońska rozmawiała',
 [(S('Nasza wymiana handlowa przekroczyła w ubiegłym roku 700 mln dolarów','i to dopiero początek'),KID,'speech','– powiedziała marszałek Senatu – (post only, split)'),
  (S('Polska jest dla nas bramą do Unii Europejskiej'),NAR,'speech','mówiła przewodnicząca (post only)'),
  (S('Zamiast wycieczek do Azji Środkowej, Senat powinien zająć się cenami energii w kraju'),'Krzysztof Mazurek','speech','stwierdził w rozmowie z PAP: (cue before)'),
  (S('Uzbekistan jest ważny, ale bez Kazachstanu i Azerbejdżanu ten korytarz nie działa. Przepustowość to dziś zaledwie 4,5 mln ton rocznie'),'Paweł Zając','speech','powiedział analityk')],
 [('700 mln dolarów',700e6,'USD','PL-UZ trade 2025',KID),
  ('2,1 mld zł',2.1e9,'PLN','Polish exports to Uzbekistan 2025',None),
  ('18–20 dni',(18,20),'days','China-Poland transit time','Paweł Zając'),
  ('4,5 mln ton',4.5e6,'t','Trans-Caspian capacity per year','Paweł Zając')])
json.dump(G,open(B+'gold.json','w'),ensure_ascii=False,indent=1)
# native-script speakers for kk/ky/be/uk/az
NAT={'kk':{KOS:'Ерлан Қошанов','Bauyrzhan Seitkali':'Бауыржан Сейітқали','Daniyar Ashimov':'Данияр Әшімов'},
     'be':{MISH:'Міхаіл Мішусцін','Viktor Karankevich':'Віктар Каранкевіч','Igor Martsinkevich':'Ігар Марцінкевіч'},
     'uk':{SAG:'Бахитжан Сагінтаєв','Taras Kovalchyshyn':'Тарас Ковальчишин'},
     'ky':{AMA:'Данияр Амангельдиев',SAG:'Бакытжан Сагинтаев','Azamat Toktogulov':'Азамат Токтогулов'},
     'ru':{VOL:'Вячеслав Володин',KOS:'Ерлан Кошанов','Gennady Ryabtsev':'Геннадий Рябцев','Dmitry Kornienko':'Дмитрий Корниенко','Bauyrzhan Seitkali':'Бауыржан Сейиткали'},
     'az':{NAJ:'Rövşən Nəcəf','Taleh Kazimov':'Taleh Kazımov','Elshan Gurbanli':'Elşən Qurbanlı'},
     'uz':{NAR:'Tanzila Narbayeva','Rustam Kholmatov':'Rustam Xolmatov'},
     'pl':{NAR:'Tanzila Narbajewa'}}
import copy
N=copy.deepcopy(G)
for f,g in N.items():
    m=NAT.get(g['lang'],{})
    for q in g['quotes']+g['numbers']:
        if q.get('speaker') in m: q['speaker']=m[q['speaker']]
json.dump(N,open(B+'gold_native_script.json','w'),ensure_ascii=False,indent=1)
for f,g in G.items(): print(f,g['lang'],len(g['quotes']),len(g['numbers']),g['title_line'],[b['line'][:25] for b in g['boilerplate_lines']])
