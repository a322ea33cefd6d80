import json, os, glob
B = "/work/wt/probeBX/bench/probes/BX"
def Q(text, speaker, cue, note=None, native=None):
    d = {"text": text, "speaker": speaker, "kind": "speech", "cue": cue}
    if note: d["note"] = note
    if native: d["speaker_native"] = native
    return d
def N(surface, value, unit, what, speaker=None, optional=False, value_to=None):
    d = {"surface": surface, "value": value, "unit": unit, "what": what}
    if speaker: d["speaker"] = speaker
    if value_to is not None: d["value_to"] = value_to
    if optional: d["optional"] = True
    return d
G = {}
# ---------------- athens
G["kathimerini-plevris-yerlikaya-metanastefsi.txt"] = dict(lang="el", source="Kathimerini", visit="2026-09-athens", date="2026-09-29",
 title="Πλεύρης – Γερλίκαγια: συμφωνία για κοινές περιπολίες στο Αιγαίο",
 quotes=[
  Q("Οι ροές στο Αιγαίο μειώθηκαν κατά 34%", "Thanos Plevris", "είπε ο υπουργός (split)", "split around cue; role cue only", "Θάνος Πλεύρης"),
  Q("αλλά η Κρήτη δέχεται πλέον σχεδόν 7.000 ανθρώπους από τη Λιβύη και αυτό είναι το νέο μέτωπο", "Thanos Plevris", "είπε ο υπουργός (split, second half)", None, "Θάνος Πλεύρης"),
  Q("Η Τουρκία έχει σηκώσει ένα βάρος που καμία ευρωπαϊκή χώρα δεν θα δεχόταν", "Ali Yerlikaya", "δήλωσε ο Γερλίκαγια", None, "Αλί Γερλίκαγια"),
  Q("Η κυβέρνηση πανηγυρίζει για ένα χαρτί χωρίς δεσμεύσεις. Πέρσι υποσχέθηκαν τα ίδια. Όσο δεν υπάρχει ευρωπαϊκός μηχανισμός μετεγκατάστασης, τα νησιά θα πληρώνουν το κόστος", "Nikos Androulakis", "ανέφερε ο κ. Ανδρουλάκης", "straight quotes, spans two paragraphs", "Νίκος Ανδρουλάκης"),
  Q("Οι αφίξεις από τη Λιβύη ήταν μόλις 2.500 πριν από δύο χρόνια", "Dimitra Karvela", "σημειώνει (pronoun-less cue after)", None, "Δήμητρα Καρβέλα"),
  Q("Το Αιγαίο δεν είναι πια το κύριο πρόβλημα.", "Dimitra Karvela", "continuation, no cue", None, "Δήμητρα Καρβέλα"),
 ],
 numbers=[
  N("12.400 μετανάστες", 12400, "people", "Aegean arrivals Jan–Sep 2026", "Thanos Plevris"),
  N("18.900", 18900, "people", "Aegean arrivals same period 2025", "Thanos Plevris"),
  N("34%", 34, "%", "fall in Aegean flows", "Thanos Plevris"),
  N("σχεδόν 7.000 ανθρώπους", 7000, "people", "arrivals in Crete from Libya", "Thanos Plevris"),
  N("περίπου 3,1 εκατομμύρια Σύρους", 3100000, "people", "Syrians hosted by Turkey", "Ali Yerlikaya"),
  N("έως 1.200 ατόμων τον χρόνο", 1200, "people", "returns per year under protocol"),
  N("25 εκατ. ευρώ", 25000000, "EUR", "Greek funding for Turkish coast guard", "Thanos Plevris"),
  N("2.500", 2500, "people", "arrivals from Libya two years ago", "Dimitra Karvela"),
  N("6,2 δισ. δολάρια", 6200000000, "USD", "Greece–Turkey trade 2025 (Athens)"),
  N("10 δισ. δολάρια", 10000000000, "USD", "trade target 2030"),
 ],
 boiler=["ΚΑΘΗΜΕΡΙΝΗ","Ελλάδα | Πολιτική | Οικονομία | Κόσμος | Γνώμες","Αρχική > Πολιτική > Μεταναστευτικό","29.09.2026 • 21:14","Γιάννης Σουλιώτης",
  "Ο υπουργός Μετανάστευσης Θάνος Πλεύρης με τον Τούρκο υπουργό Εσωτερικών Αλί Γερλίκαγια στην Αθήνα. ΦΩΤ.: ΑΠΕ-ΜΠΕ",
  "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Αποδοχή όλων | Ρυθμίσεις",
  "Εγγραφείτε στο newsletter της Καθημερινής – Τα σημαντικότερα νέα κάθε πρωί στο email σας. Εγγραφή",
  "Διαβάστε επίσης","Κρήτη: νέες αφίξεις από τη Λιβύη","Το νέο Σύμφωνο Μετανάστευσης σε ισχύ","Κοινοποίηση: Facebook | X | Email","© 2026 Η ΚΑΘΗΜΕΡΙΝΗ Α.Ε."])
G["aa-yerlikaya-atina-galeri.txt"] = dict(lang="tr", source="Anadolu Ajansı", visit="2026-09-athens", date="2026-09-29",
 title="İçişleri Bakanı Yerlikaya Atina'da Yunan mevkidaşı Plevris ile görüştü",
 quotes=[
  Q("Ege'yi bir mezarlık olmaktan çıkarıp bir işbirliği denizine dönüştürmek zorundayız", "Ali Yerlikaya", "konuşan Yerlikaya, \"...\" dedi"),
  Q("Türkiye, 3,2 milyon Suriyeli kardeşimize kapılarını açtı. Avrupa'dan aldığımız destek ise ihtiyacın ancak yüzde 15'ini karşıladı,", "Ali Yerlikaya", "diye konuştu Yerlikaya"),
  Q("Rakamlar ortak çalışmanın sonuç verdiğini gösteriyor", "Thanos Plevris", "Plevris ... ifadesini kullandı"),
  Q("Geri kabul protokolleri Türkiye'yi Avrupa'nın tampon bölgesine çeviriyor. Bunun bedelini sınır illerimiz ödüyor,", "Ayşe Gül Demirtaş", "dedi Demirtaş", "spans two gallery captions with a 'Foto:' line between"),
 ],
 short_quoted_terms=["çok düşük"],
 numbers=[
  N("41 bin 250 düzensiz göçmeni", 41250, "people", "irregular migrants caught by Turkey Jan–Aug 2026", "Ali Yerlikaya"),
  N("1.150 göçmen kaçakçısını", 1150, "people", "smugglers detained", "Ali Yerlikaya"),
  N("3,2 milyon Suriyeli", 3200000, "people", "Syrians hosted by Turkey", "Ali Yerlikaya"),
  N("yüzde 15'ini", 15, "%", "share of need covered by EU support", "Ali Yerlikaya"),
  N("11 bin 800'e", 11800, "people", "Aegean island arrivals 2026", "Thanos Plevris"),
  N("7,1 milyar dolara", 7100000000, "USD", "Greece–Turkey trade 2025", "Ali Yerlikaya"),
  N("yılda 1.200 kişiye kadar", 1200, "people", "returns per year under protocol"),
  N("2015'teki 850 bin geçişle", 850000, "people", "crossings in 2015", "Murat Ekinci"),
  N("yüzde 40", 40, "%", "related-article headline (boilerplate)", optional=True),
 ],
 boiler=["Anadolu Ajansı","Gündem | Dünya | Ekonomi | Foto Galeri | Video","Ana Sayfa > Foto Galeri > Dünya","29.09.2026 - Güncelleme: 29.09.2026 19:42","ATİNA (AA)",
  "1/12","2/12","3/12","4/12","5/12","6/12","7/12","8/12","9/12","10/12","11/12","12/12","Foto: Ercan Ertürk / AA",
  "İlgili Haberler","Yerlikaya: Düzensiz göçte yüzde 40 düşüş","Ege'de kaçak göçmen operasyonu","Paylaş: Facebook | X | WhatsApp","Anadolu Ajansı web sitesinde yayınlanan haberler © 2026 Anadolu Ajansı"])
IT_NOTE = "interview answer: unquoted but verbatim words of the interviewee; the Q&A format is the attribution"
G["corriere-intervista-plevris.txt"] = dict(lang="it", source="Corriere della Sera", visit="2026-09-athens", date="2026-09-30",
 title="Plevris: «Con la Turchia un patto sull'Egeo. Ora l'Europa guardi alla Libia»",
 quotes=[
  Q("Cambia il metodo. Per la prima volta le due guardie costiere avranno una linea diretta, ventiquattro ore su ventiquattro. Quest'anno sulle isole sono arrivate circa 15 mila persone, un terzo in meno del 2025. Non è un caso.", "Thanos Plevris", "— (answer)", IT_NOTE),
  Q("Sì, e questo è il punto. Dalla Libia orientale arrivano quasi 7.000 persone, e la rotta è più lunga e più pericolosa: 300 chilometri di mare aperto. Serve un accordo europeo con Bengasi, non solo greco.", "Thanos Plevris", "— (answer)", IT_NOTE),
  Q("Con Roma lavoriamo già insieme. L'Italia ha ricevuto oltre 48.000 persone dalla Libia nel 2025; noi non possiamo diventare la seconda Lampedusa.", "Thanos Plevris", "— (answer)", IT_NOTE),
  Q("Il protocollo prevede fino a 1.200 rimpatri l'anno. È poco? Forse. Ma l'anno scorso erano zero.", "Thanos Plevris", "— (answer)", IT_NOTE),
  Q("La Grecia mette 25 milioni di euro per i mezzi della guardia costiera turca. L'Unione ha promesso altri 60 milioni entro il 2027.", "Thanos Plevris", "— (answer)", IT_NOTE),
  Q("i numeri greci vanno letti insieme a quelli libici", "Matteo Villa", "secondo cui «...»"),
  Q("Se si chiude una porta, se ne apre un'altra a 300 chilometri di distanza", "Matteo Villa", "aggiunge (split)", "split around the cue"),
 ],
 short_quoted_terms=["Con la Turchia un patto sull'Egeo. Ora l'Europa guardi alla Libia"],
 numbers=[
  N("circa 15 mila persone", 15000, "people", "Aegean island arrivals 2026", "Thanos Plevris"),
  N("quasi 7.000 persone", 7000, "people", "arrivals from eastern Libya (Crete)", "Thanos Plevris"),
  N("300 chilometri", 300, "km", "Libya–Crete route", "Thanos Plevris"),
  N("oltre 48.000 persone", 48000, "people", "arrivals in Italy from Libya 2025", "Thanos Plevris"),
  N("fino a 1.200 rimpatri l'anno", 1200, "people", "returns per year", "Thanos Plevris"),
  N("25 milioni di euro", 25000000, "EUR", "Greek funding for Turkish coast guard", "Thanos Plevris"),
  N("altri 60 milioni", 60000000, "EUR", "EU promised funding by 2027", "Thanos Plevris"),
  N("1 euro", 1, "EUR", "subscription ad", optional=True),
 ],
 boiler=["CORRIERE DELLA SERA","Esteri | Politica | Economia | Opinioni | Abbonati","Esteri > Europa","di Francesca Basso, inviata ad Atene","30 settembre 2026 (modifica il 30 settembre 2026 | 08:15)",
  "Abbonati al Corriere: il primo mese a 1 euro. Scopri l'offerta","© RIPRODUZIONE RISERVATA","Leggi anche","Migranti, il nuovo Patto Ue in vigore dal 2026","Creta, sbarchi record dalla Cirenaica","Torna su"])
# ---------------- montevideo
G["publico-castro-almeida-oddone-mercosul.txt"] = dict(lang="pt", source="Público", visit="2026-10-montevideo", date="2026-10-14",
 title="Castro Almeida em Montevideu: Portugal quer ser a porta do Mercosul na Europa",
 quotes=[
  Q("O comércio entre Portugal e o Uruguai já ronda os 300 milhões de euros por ano", "Manuel Castro Almeida", "afirmou Castro Almeida"),
  Q("Queremos chegar aos 500 milhões até 2030, e o acordo com o Mercosul dá-nos os instrumentos para isso.", "Manuel Castro Almeida", "continuation after cue"),
  Q("Sines pode ser para a nossa carne e a nossa celulose o que Roterdão é para o Brasil", "Gabriela Oddone", "disse a ministra"),
  Q("Os 300 milhões incluem celulose que apenas passa por Portugal a caminho de Espanha. O comércio real é talvez de 200 milhões.", "Rui Pestana", "Para o economista Rui Pestana ... :"),
 ],
 short_quoted_terms=["vende acordos antes de os ler", "vão competir com carne produzida a metade do custo"],
 numbers=[
  N("18%", 18, "%", "growth of PT–UY trade last year"),
  N("300 milhões de euros", 300000000, "EUR", "PT–UY trade per year", "Manuel Castro Almeida"),
  N("500 milhões até 2030", 500000000, "EUR", "PT–UY trade target 2030", "Manuel Castro Almeida"),
  N("mais de 110 mil milhões de euros", 110000000000, "EUR", "EU–Mercosur trade (total)", "Manuel Castro Almeida"),
  N("1,5%", 1.5, "%", "Portugal's share of EU–Mercosur trade", "Manuel Castro Almeida"),
  N("entre 12% e 15%", 12, "%", "growth of UY exports to PT, H1", "Gabriela Oddone", value_to=15),
  N("200 milhões", 200000000, "EUR", "real PT–UY trade excluding transit (estimate)", "Rui Pestana"),
  N("40 empresários", 40, "people", "business delegation"),
  N("300 milhões é nada", 300000000, "EUR", "reader comment (boilerplate)", optional=True),
 ],
 boiler=["PÚBLICO","Política | Economia | Mundo | Sociedade | Opinião","Economia > Comércio externo","Sofia Lorena, em Montevideu","14 de Outubro de 2026, 22:40",
  "Partilhar: Facebook | X | WhatsApp | Email","Comentários (3)","Joaquim M. · há 2 horas","Mais uma viagem paga por nós. 300 milhões é nada comparado com Espanha.","Responder",
  "Ana R. · há 1 hora","Sines já não tem capacidade para os contentores que tem.","Artigos relacionados","Acordo UE-Mercosul: o que muda para os agricultores","Uruguai, o pequeno país que quer ser o hub da celulose",
  "Castro Almeida em Montevideu: Portugal quer ser a porta do Mercosul na Europa"])
G["afp-fr-diplomatie-14-octobre.txt"] = dict(lang="fr", source="AFP", visit="2026-10-montevideo", date="2026-10-14",
 title="Le point sur l'actualité diplomatique de ce mercredi 14 octobre",
 note="wire round-up: Montevideo (filed here) AND Barcelona (2026-10-barcelona) items in one article",
 quotes=[
  Q("Nous ne sommes pas un grand marché, mais nous sommes une bonne porte", "Manuel Castro Almeida", "a déclaré M. Castro Almeida"),
  Q("Ce n'est pas de la fuite des cerveaux, c'est de la circulation des compétences", "Amine Tahraoui", "a assuré M. Tahraoui"),
 ],
 short_quoted_terms=["une quarantaine d'entreprises", "quelque 32 000 médecins"],
 numbers=[
  N("250 millions d'euros", 250000000, "EUR", "PT–UY trade 2025 (Uruguay XXI)"),
  N("500 millions d'euros d'ici 2030", 500000000, "EUR", "PT–UY trade target", "Manuel Castro Almeida"),
  N("une quarantaine d'entreprises", 40, "companies", "delegation", "Manuel Castro Almeida", optional=True),
  N("de 8 à 10 % par an", 8, "%", "UY export growth to Europe per year", "Gabriela Oddone", value_to=10),
  N("45 millions d'euros sur trois ans", 45000000, "EUR", "Spain–Morocco health programme (Barcelona item)"),
  N("500 soignants marocains", 500, "people", "Moroccan health workers to be trained (Barcelona item)", "Mónica García"),
  N("quelque 32 000 médecins", 32000, "people", "Morocco's doctor shortage", "Amine Tahraoui"),
  N("1 800 professionnels de santé marocains", 1800, "people", "Moroccan health workers in Catalonia", "Olga Pané"),
  N("1,5 milliard de dollars", 1500000000, "USD", "WHO appeal Eastern Mediterranean 2027"),
 ],
 boiler=["AFP - Agence France-Presse","Monde | Europe | Amériques | Économie | Santé","Fil AFP > International","Publié le 14/10/2026 à 23h05","afp/xx/yy",
  "© Agence France-Presse. Tous droits de reproduction et de représentation réservés.","Haut de page"])
# ---------------- barcelona
ESQ = [
  ("No venimos a llevarnos a vuestros médicos, venimos a formar juntos a los que ambos países necesitan", "Mónica García", "dijo García (split)"),
  ("El acuerdo prevé la formación de 800 profesionales de la salud, de los cuales la mitad serán enfermeras", "Amine Tahraoui", "afirmó el ministro marroquí (role cue)"),
  ("En Catalunya ya trabajan más de 2.000 profesionales sanitarios formados en Marruecos. Son parte de nuestro sistema. Sin ellos, muchos centros de atención primaria de las comarcas no podrían abrir en verano", "Olga Pané", "señaló Pané (two paragraphs)"),
  ("Los acuerdos bilaterales ayudan, pero no sustituyen a una política europea", "Jordi Vidal-Ferrer", "dijo"),
]
G["elperiodico-es-sanidad-marruecos.txt"] = dict(lang="es", source="El Periódico", visit="2026-10-barcelona", date="2026-10-14",
 title="España y Marruecos firman en Barcelona un plan para formar a sanitarios marroquíes",
 quotes=[Q(t, s, c) for t, s, c in ESQ],
 short_quoted_terms=["firme acuerdos internacionales mientras las listas de espera superan los 120 días"],
 numbers=[
  N("45 millones de euros", 45000000, "EUR", "health programme 2027-2029 (cumulative)"),
  N("15 millones al año", 15000000, "EUR", "health programme per year"),
  N("500 profesionales marroquíes", 500, "people", "to be trained (García)", "Mónica García"),
  N("800 profesionales de la salud", 800, "people", "to be trained (Tahraoui)", "Amine Tahraoui"),
  N("unos 32.000 médicos más", 32000, "people", "Morocco's doctor shortage", "Amine Tahraoui"),
  N("más de 2.000 profesionales sanitarios", 2000, "people", "Moroccan-trained health workers in Catalonia", "Olga Pané"),
  N("120 días", 120, "days", "waiting lists", "Carmen Robles"),
  N("11 millones de trabajadores sanitarios", 11000000, "people", "WHO global health-worker gap 2030", "Jordi Vidal-Ferrer"),
  N("3.000 enfermeras", 3000, "people", "reader comment (boilerplate)", optional=True),
 ],
 boiler=["El Periódico","Sociedad | Política | Economía | Internacional | Barcelona","Portada > Sociedad > Sanidad","Miquel Noguer","Barcelona 14·10·26 | 20:12",
  "Comentarios (4)","Pere_BCN · hace 3 horas","45 millones para formar a otros mientras aquí faltan 3.000 enfermeras. Increíble.","Lucía G. · hace 2 horas",
  "Trabajo en un CAP de Lleida y sin compañeras marroquíes cerraríamos. Bien hecho.","Ver más comentarios","Noticias relacionadas","Las listas de espera en Catalunya, en máximos",
  "Marruecos amplía sus facultades de Medicina","Suscríbete a nuestra newsletter"])
CAQ = [
  ("No venim a endur-nos els vostres metges, venim a formar junts els que tots dos països necessiten", "Mónica García", "va dir García (split)"),
  ("L'acord preveu la formació de 800 professionals de la salut, dels quals la meitat seran infermeres", "Amine Tahraoui", "va afirmar el ministre marroquí"),
  ("A Catalunya ja treballen més de 2.000 professionals sanitaris formats al Marroc. Són part del nostre sistema. Sense ells, molts centres d'atenció primària de les comarques no podrien obrir a l'estiu", "Olga Pané", "va assenyalar Pané (two paragraphs)"),
  ("Els acords bilaterals ajuden, però no substitueixen una política europea", "Jordi Vidal-Ferrer", "va dir"),
]
G["elperiodico-ca-sanitat-marroc.txt"] = dict(lang="ca", source="El Periódico en català", visit="2026-10-barcelona", date="2026-10-14",
 translation_of="elperiodico-es-sanidad-marruecos.txt",
 title="Espanya i el Marroc signen a Barcelona un pla per formar sanitaris marroquins",
 quotes=[Q(t, s, c) for t, s, c in CAQ],
 short_quoted_terms=["signi acords internacionals mentre les llistes d'espera superen els 120 dies"],
 numbers=[
  N("45 milions d'euros", 45000000, "EUR", "programme cumulative"),
  N("15 milions l'any", 15000000, "EUR", "per year"),
  N("500 professionals marroquins", 500, "people", "to be trained", "Mónica García"),
  N("800 professionals de la salut", 800, "people", "to be trained", "Amine Tahraoui"),
  N("uns 32.000 metges més", 32000, "people", "doctor shortage", "Amine Tahraoui"),
  N("més de 2.000 professionals sanitaris", 2000, "people", "in Catalonia", "Olga Pané"),
  N("120 dies", 120, "days", "waiting lists", "Carmen Robles"),
  N("11 milions de treballadors sanitaris", 11000000, "people", "WHO gap 2030", "Jordi Vidal-Ferrer"),
 ],
 boiler=["El Periódico en català","Societat | Política | Economia | Internacional | Barcelona","Portada > Societat > Sanitat","Miquel Noguer","Barcelona 14·10·26 | 20:12",
  "Notícies relacionades","Les llistes d'espera a Catalunya, en màxims","El Marroc amplia les facultats de Medicina","Subscriu-te al nostre butlletí"])
# ---------------- berlin
G["tagesspiegel-liveblog-mottley.txt"] = dict(lang="de", source="Tagesspiegel", visit="2026-11-berlin", date="2026-11-03",
 title="Mottley in Berlin: Barbados fordert mehr Klimageld – der Liveblog",
 quotes=[
  Q("Wir halten am Ziel von sechs Milliarden pro Jahr fest.", "Reem Alabali Radovan", "Auf Nachfrage sagt sie"),
  Q("Die Bundesregierung feiert sich für Zahlen, die sie gleichzeitig im Haushalt 2027 um 800 Millionen kürzt.", "Lena Marquardt", "sagt:"),
  Q("Die Welt braucht bis 2035 jedes Jahr 1,3 Billionen Dollar für die Klimafinanzierung", "Mia Mottley", "sagt sie (Mottley, entry start)"),
  Q("Wer glaubt, dass wir das mit Krediten zu acht Prozent Zinsen schaffen, hat nicht verstanden, was in der Karibik passiert.", "Mia Mottley", "continuation"),
  Q("Deutschland hat im vergangenen Jahr 6,1 Milliarden Euro für Klimaschutz und Anpassung in ärmeren Ländern bereitgestellt", "Reem Alabali Radovan", "sagt die Ministerin"),
  Q("Darauf sind wir stolz, aber es reicht nicht.", "Reem Alabali Radovan", "continuation, line break inside"),
  Q("Seit 2020 hat Deutschland insgesamt rund 30 Milliarden Euro gezahlt – aber nur ein Bruchteil davon als Zuschüsse.", "Tobias Rehm", "schätzt:"),
 ],
 short_quoted_terms=["5,7 Milliarden Euro"],
 numbers=[
  N("5,7 Milliarden Euro", 5700000000, "EUR", "German climate finance 2025 (afternoon)", "Reem Alabali Radovan"),
  N("sechs Milliarden pro Jahr", 6000000000, "EUR", "target per year", "Reem Alabali Radovan"),
  N("800 Millionen", 800000000, "EUR", "cut in 2027 budget", "Lena Marquardt"),
  N("1,3 Billionen Dollar", 1300000000000, "USD", "global climate finance need per year by 2035", "Mia Mottley"),
  N("acht Prozent", 8, "%", "interest on loans", "Mia Mottley"),
  N("fast 16 Prozent", 16, "%", "Beryl damage share of GDP", "Mia Mottley"),
  N("300 Millionen US-Dollar", 300000000, "USD", "debt-for-climate swap"),
  N("6,1 Milliarden Euro", 6100000000, "EUR", "German climate finance 2025 (morning)", "Reem Alabali Radovan"),
  N("rund 30 Milliarden Euro", 30000000000, "EUR", "German climate finance since 2020 (cumulative)", "Tobias Rehm"),
 ],
 boiler=["Tagesspiegel","Politik | Wirtschaft | Berlin | Klima | Meinung","Startseite > Politik > Liveblog","Dienstag, 03.11.2026","Von Jana Weiß und Felix Hackenbruch","Aktualisieren",
  "+++ 16.20 Uhr +++","+++ 15.40 Uhr +++","+++ 14.32 Uhr +++","+++ 13.10 Uhr +++","+++ 12.45 Uhr +++","+++ 11.05 Uhr +++","+++ 9.30 Uhr +++",
  "Damit schließen wir diesen Liveblog. Vielen Dank fürs Mitlesen!","Newsletter: Die wichtigsten Klima-Nachrichten jeden Freitag. Jetzt kostenlos abonnieren",
  "Teilen: Facebook | X | LinkedIn | E-Mail","Mehr zum Thema","Klimafinanzierung: Was die COP31 in Antalya bringen muss","Zum Seitenanfang"])
G["gis-barbados-press-release-berlin.txt"] = dict(lang="en", source="Barbados Government Information Service", visit="2026-11-berlin", date="2026-11-03",
 title="PM Mottley secures German backing for US$300 million debt-for-climate swap",
 quotes=[
  Q("Barbados is not asking for charity. We are asking for a financial system that does not punish countries for being hit by hurricanes,", "Mia Mottley", "the Prime Minister said (title only)"),
  Q("Every dollar we save on interest is a dollar we can put into a sea wall,", "Mia Mottley", "she added"),
  Q("Climate finance is not a favour, it is in our own interest,", "Reem Alabali Radovan", "the Minister said (single quotes, title only)"),
  Q("the most concrete reform agenda on the table", "Jochen Flasbarth", "who described ... as"),
 ],
 numbers=[
  N("US$300 million", 300000000, "USD", "debt-for-climate swap", "Mia Mottley"),
  N("US$50 million over fifteen years", 50000000, "USD", "fiscal space freed (cumulative 15 y)"),
  N("EUR 6.1 billion", 6100000000, "EUR", "German climate finance 2025", "Reem Alabali Radovan"),
  N("US$1.3 trillion a year", 1300000000000, "USD", "climate finance need per year by 2035", "Mia Mottley"),
  N("US$ 400 million", 400000000, "USD", "2022+2024 swaps fiscal space (notes to editors)", optional=True),
  N("102.5%", 102.5, "%", "debt-to-GDP 2025/26 (notes to editors)", optional=True),
 ],
 boiler=["Barbados Government Information Service","Home | News | Press Releases | Speeches | Contact","Home > Press Releases","PRESS RELEASE","FOR IMMEDIATE RELEASE","Berlin, Germany – November 3, 2026",
  "ENDS","Notes to editors","1. The debt-for-climate swap builds on the 2022 and 2024 transactions, which together released about US$ 400 million in fiscal space.",
  "2. Barbados' debt-to-GDP ratio stood at 102.5% at the end of fiscal year 2025/26.","3. Photographs are available on request.","Media contact:",
  "Government Information Service, Bay Street, St. Michael","Tel: (246) 535-1900 | Email: gis@barbados.gov.bb","Share this: Facebook | X | WhatsApp","Back to top"])
G["nos-mottley-klimaatgeld.txt"] = dict(lang="nl", source="NOS", visit="2026-11-berlin", date="2026-11-03", no_date_line=True,
 title="Barbados sluit in Berlijn schuldenruil voor klimaat af",
 quotes=[
  Q("Wij hebben deze crisis niet veroorzaakt, maar we betalen de rekening", "Mia Mottley", "zei ze (single quotes)"),
  Q("We willen dat niveau vasthouden, ook als de begroting krap is.", "Reem Alabali Radovan", "zei Alabali Radovan (split)"),
  Q("Barbados heeft een schuld van ruim 100 procent van het bbp. Een ruil van een paar honderd miljoen haalt dat niet weg. Maar het laat zien dat er iets kan binnen het bestaande systeem", "Sanne de Wit", "zegt De Wit (two paragraphs)"),
  Q("Als Duitsland dit kan, kan Nederland het ook", "Eline Brouwer", "zei ze (single quotes)"),
 ],
 numbers=[
  N("200 miljoen dollar", 200000000, "USD", "debt-for-climate swap (NOS)"),
  N("6,1 miljard euro", 6100000000, "EUR", "German climate finance 2025", "Reem Alabali Radovan"),
  N("ongeveer 1,8 miljard euro", 1800000000, "EUR", "Dutch climate finance 2025 (other country)"),
  N("ruim 100 procent", 100, "%", "Barbados debt/GDP", "Sanne de Wit"),
  N("ongeveer 280.000 inwoners", 280000, "people", "population of Barbados"),
 ],
 boiler=["NOS Nieuws","Binnenland | Buitenland | Politiek | Economie | Klimaat","NOS Nieuws > Buitenland","Deel dit artikel: WhatsApp | Facebook | X","Meer over dit onderwerp",
  "COP31 in Antalya: wat staat er op het spel?","Klimaatgeld: Nederland haalt eigen doel niet"])

gold = {}; native = {}
for f, d in G.items():
    path = glob.glob(f"{B}/articles/*/{f}")[0]
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    assert d["visit"] in path, f
    import re as _re
    W = set(_re.findall(r"\w+", " ".join(lines).lower()))
    for q in d["quotes"]:
        miss = [t for t in _re.findall(r"\w+", q["text"].lower()) if t not in W]
        assert not miss, (f, miss)
    # check quotes and numbers surfaces appear
    txt = " ".join(l.strip() for l in lines)
    for n in d["numbers"]:
        assert n["surface"] in txt, (f, n["surface"])
    bl = []
    for b in d.pop("boiler"):
        ln = [i+1 for i, l in enumerate(lines) if l.strip() == b]
        assert ln, (f, b)
        if f.startswith("publico") and b == d["title"]:
            ln = [x for i, x in enumerate(ln) if i != 1]
        bl.append({"line": b, "count": len(ln), "line_numbers": ln})
    tl = [i+1 for i, l in enumerate(lines) if l.strip() == d["title"]]
    assert tl, (f, "title")
    out = {k: v for k, v in d.items() if k not in ("quotes", "numbers")}
    # title_line = first occurrence that is not boilerplate: pt has title repeated, headline is line 6
    out["title_line"] = tl[1] if f.startswith("publico") else tl[0]
    for i, q in enumerate(d["quotes"]): q["i"] = i
    for i, n in enumerate(d["numbers"]): n["i"] = i
    out["quotes"] = d["quotes"]; out["numbers"] = d["numbers"]; out["boilerplate_lines"] = bl
    gold[f] = out
    nat = json.loads(json.dumps(out))
    for q in nat["quotes"]:
        if q.get("speaker_native"): q["speaker"] = q["speaker_native"]
    native[f] = nat
json.dump(gold, open(f"{B}/gold.json", "w"), ensure_ascii=False, indent=1)
json.dump(native, open(f"{B}/gold_native_script.json", "w"), ensure_ascii=False, indent=1)
print(len(gold), sum(len(g["quotes"]) for g in gold.values()), sum(len(g["numbers"]) for g in gold.values()))
