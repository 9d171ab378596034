"""Names from the lists and cues alone (no spaCy pipeline): the engine-level test adds the pipeline."""

import pytest

from companion.detection.recognizers import DkPersonRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return DkPersonRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        # full names, hyphenated names, initials
        ("Hanne Jensen har ringet", ["Hanne Jensen"]),
        ("Anne-Marie Holm-Nielsen har ringet", ["Anne-Marie Holm-Nielsen"]),
        ("Skriv en mail til Lars S. om mødet", ["Lars S"]),
        # a first name alone, in context and at the start of a sentence
        ("Hanne vil tale om sin datter Freja", ["Hanne", "Freja"]),
        # lower-case names
        ("ring til mette i morgen", ["mette"]),
        ("borgeren hanne jensen er utilfreds", ["hanne jensen"]),
        # possessives
        ("Jensens sag skal behandles", ["Jensens"]),
        # cues: a capitalised unknown word after a strong cue is a name
        ("fru Xylander har klaget", ["Xylander"]),
        ("min kollega Bo er syg", ["Bo"]),
        # a later mention of part of a full name
        ("Noah Ravn Petersen er 9 år. Noah har meget fravær.", ["Noah Ravn Petersen", "Noah"]),
        # names the lists do not know: after a form label, or with letters Danish lacks
        ("Borger: Aqqaluk Lynge\nIndsats: praktisk hjælp", ["Aqqaluk Lynge"]),
        ("Samtale med Małgorzata Nowak-Kowalska i går", ["Małgorzata Nowak-Kowalska"]),
        # initials where people write them: dotted, in brackets after a name, after a minutes label, in a signature
        ("Mødet blev ledet af Hanne Juul (HJ), og J.H. tog noter.", ["Hanne Juul", "HJ", "J.H."]),
        ("Referent: KBJ\nDeltagere: JH, MK og LP\nAfbud: HR", ["KBJ", "JH", "MK", "LP"]),
        ("Venlig hilsen\nTeam Sundhed /jh", ["jh"]),
        ("Se f.eks. afsnit 3 i bilaget.", []),
        # initials once given for a person stand for that person later; roles in brackets; lists in brackets
        ("Til stede: ABJ (fmd.), KT og SR. Afbud: JR.\nSR tog forbehold.", ["ABJ", "KT", "SR", "JR", "SR"]),
        ("Medarbejder: KBJ · Leder: TH\n- opfølgning ved TH i maj", ["KBJ", "TH", "TH"]),
        ("Personalet (SA og MT) hjalp, men han slog ud efter MT.", ["SA", "MT", "MT"]),
        ("Vi følger reglerne fra EU og FN (EU og FN).", []),
        # places, buildings and ships named after people
        ("Koncerten er i Carl Nielsen Salen på lørdag.", []),
        ("Vi tager færgen Peder Paars til Aarhus.", []),
        ("Vi mødes ved Karen Blixens Plads.", []),
        ("Vi flytter kontoret til H.C. Ørsteds Vej.", []),
        ("Velkommen på Grethe Sørensens Efterskole.", []),
        ("Vi besøger Dybbøl Mølle og Gråsten Slot.", []),
        ("Turen går med skoleskibet Peder Skram.", []),
        ("Skolen lukker pga. stormen Bodil.", []),
        ("Vi fejrer Mortens aften.", []),
        ("Lav en tabel fra Christian IV til Margrethe II.", []),
        ("Skal det ske via Digital Post?", []),
        # towns taken for surnames, and historical figures, are not personal data; a case cue makes them people
        ("Vi kører fra Nyborg til Viborgs gamle bydel.", []),
        ("Lise Kastrup fra Kastrup har ringet.", ["Lise Kastrup"]),
        ("fru Kastrup har ringet.", ["Kastrup"]),
        ("Flemming kører til Flemming i morgen.", ["Flemming", "Flemming"]),
        ("Lav et forløb om H.C. Andersens eventyr og Grundtvig.", []),
        ("Hvad mente Søren Kierkegaard og Karen Blixen om angst?", []),
        ("Borgeren Knud Rasmussen har søgt om hjælp.", ["Knud Rasmussen"]),
        ("Hanne Jensen underviser i Grundtvig.", ["Hanne Jensen"]),
        ("Huset har fået navn efter Florence Nightingale.", []),
        ("Mona Ibsen og Ruth Abildgaard kommer også.", ["Mona Ibsen", "Ruth Abildgaard"]),
        ("I Grundtvigs ånd skriver vi om Blixen.", []),
        ("Lav en læseliste med Rasmus Klump og Pippi Langstrømpe.", []),
        # someone asked about as common knowledge: who they were, a quiz's subject, famous people as examples; a first
        # name alone after "hvem var" is someone the writer knows, and so is one a question goes on about
        ("Hvem var Orla Tvedemose, og hvorfor er skolen opkaldt efter ham?", []),
        ("Lav en quiz om Ingeborg Skyum og Aksel Brandt til 7. klasse.", []),
        ("Skriv om de kendte billedhuggere, fx Mirela Ostrovska og Teodor Vang.", []),
        ("Borgeren spurgte: hvem var Mette, og hvorfor ringede hun?", ["Mette"]),
        ("Hvem var Jonas Lind sammen med i går aftes?", ["Jonas Lind"]),
        ("Skriv om en ballonrejse fra Arktis til Antarktis og over Afrika.", []),  # continents are places
        ("Hvem var Vølund Smed i nordisk mytologi, og hvad lavede han?", []),
        ('Vi har navngivet vores nye kraftige hammer "Big Bertha". Skriv en sjov tekst.', []),  # a thing given a name
        ("Vi har navngivet vores nye praktikant Søren.", ["Søren"]),
        # an artist by a full name and their works; a child's drawings and a citizen's poems are theirs
        ("Lav et oplæg om Ragna Stubbes litografier og Kaj Ulvsteds digte.", []),
        ("Emil Bachs tegninger fra 2.B hænger på gangen.", ["Emil Bachs"]),
        ("Borgeren Lise Mørchs digte er skrevet på værestedet.", ["Lise Mørchs"]),
        # a list that names a figure of fiction or history lists such figures ("Vibeke" is a fresh name)
        ("Lav en quiz om Mads Skjern, Maude Varnæs og Vibeke.", []),
        # a figure named by one form makes the other forms' words figures: the gang, then one of them alone
        ("Julefrokost med Olsen-banden som tema: skriv en sketch, hvor Egon har en plan.", []),
        ("Egon har ringet om sin bolig.", ["Egon"]),
        ("Skriv et skuespil med Rasmus Klump, Pingo og Vibeke Storm.", []),
        ("Skriv et skuespil med Rasmus Klump, Pingo og borgeren Vibeke Storm.", ["Vibeke Storm"]),
        ("Vibeke Storm og Jens Holm kommer til mødet.", ["Vibeke Storm", "Jens Holm"]),
        # a family by its surname, whatever the pipeline calls the surname
        ("Mødet om familien Olsen flyttes til torsdag.", ["Olsen"]),
        ("Hun har aflastning hos plejefamilien Bruun.", ["Bruun"]),
        ("Vi holder møde med familien i morgen.", []),
        ("Lav en quiz om tv-serien Familien Danmark.", []),
        # a numbered thing named by a word that is a name too (not a phone number, a list of scores or a time)
        ("Kutteren har ligget ved Kaj 2 i tre uger.", []),
        ("Ring til datter Lone 23 45 11 98.", ["Lone"]),
        ("Testresultater: Asta 62, Benjamin 48, Chiara 71", ["Asta", "Benjamin", "Chiara"]),
        # an English feast's eve; a programme or service with a plus
        ("The office is closed on Christmas Eve and New Year's Eve.", []),
        ("Lav et budget til et Erasmus+-besøg.", []),
        # an age in brackets; an English title (not a ship's "MS"); initials after a label with its body
        ("To børn var alene hjemme, Nova (4 år) og Ronî (7).", ["Nova", "Ronî"]),
        # … or with a school class, a first name that is a word too; a place the class goes to is no one
        ('sammenfat: "Aske (3.B) græd i dag i skrivetimen."', ["Aske"]),
        ("Gymnasieelev (2.g) har bedt om at skifte klasse.", []),
        ("Klasselisten til besøget på Teknologiværkstedet (8.c) kommer i morgen.", []),
        ("Projektet (2 år) og Deltagere (7) er afsluttet.", []),
        ("Bo (3 år) græder ved aflevering.", ["Bo"]),
        # a list written surname first: the surname no list holds is a name too, and with its comma one name with the
        # first name; a greeting or a heading is not, nor two first names in a cell or initials
        ("Achterberg, Lene – 2003 – skolesekretær\nHaddad;Lina;praktik", ["Achterberg, Lene", "Haddad", "Lina"]),
        ("Hej, Lene – tak for sidst.\nNOTAT; Lene", ["Lene", "Lene"]),
        ("Abildgaard, Knud – insulin morgen og aften", ["Abildgaard, Knud"]),
        ("Er listen sorteret?\nAbukar, Hodan\nLe, Tuan\nKjærgaard, Jonas", ["Abukar, Hodan", "Le, Tuan", "Kjærgaard, Jonas"]),
        ("10442;Bjerregaard, Susanne;030475-1223;rådighed", ["Bjerregaard, Susanne"]),
        ("| Man | Jannik, Tina | Maricel |", ["Jannik", "Tina", "Maricel"]),
        ("Vagter: MVR, FBM\tRE", ["MVR", "FBM", "RE"]),
        # parts of a name found apart, with only a space between, are one name
        ("Medarbejder: Mette Laursen Bjerg, 090584-2382", ["Mette Laursen Bjerg"]),
        ("Hun hedder Maricel de la Cruz og har et andet cpr.", ["Maricel de la Cruz"]),
        ("Kl 9.05 kom Henrik Aa. Damgaard for at hente nyt pas.", ["Henrik Aa. Damgaard"]),
        ("Hej Line. Gintarė Paulauskienė fik en klemskade.", ["Line", "Gintarė Paulauskienė"]),
        # a name given in quotes after "hedder" is a thing's, unless its clause names someone
        ('Vores nye lift hedder "Frode" på holdet.', []),
        ('Mønstrene i vævebogen hedder "Ask", "Birk" og "Storm".', []),
        ('Den hedder "Spørg Bredvig" og svarer på spørgsmål.', []),
        ('Leverandøren hedder "Vera Comfort" og deres blå model hedder "Ingrid".', []),
        ('Han hedder "Per Hansen" og bor på Vestergade.', ["Per Hansen"]),
        ('I bladet stod der, at formanden for foreningen hedder "Kurt Jensen Hørlyk".', ["Kurt Jensen Hørlyk"]),
        # a place word that is a surname after a first name ending in s; an owner's forest is a place
        ("Faderen, Jens Skov, har ikke forældremyndighed.", ["Jens Skov"]),
        ("Vi gik en tur i Hans Skov.", []),
        # a clinic, a care service or a unit by its town; an abbreviation after a greeting; a nationality's family
        ("Et barn fra Klinik Vesterby fik brev. Tandplejen forventer merforbrug.", []),
        ("Udarbejdet af: Karen Mølgaard, cand.psych., PPR Kragsø", ["Karen Mølgaard"]),
        ("Eleven er henvist til PPR Kragsø. Mødet holdes hos Kragsø på torsdag.", []),
        ("Psykolog fra PPR Helle Dam deltog.", ["Helle Dam"]),
        ("Hej komm., kan I lave en artikel?", []),
        ("Please write to the Ukrainian family in simple English.", []),
        # a vehicle's name said so, a unit after its number, a media group and a dental technician by their heads
        ('"Kaj" er navnet på vores nye tandplejebus. Kaj kører fra 1. februar.', []),
        ("Karen er navnet på vores nye kollega.", ["Karen"]),
        ("| Sundhedspleje | 11,7 mio | 11,2 mio |", []),
        ("Journalist fra Sjællands Medier og Kragsø Tandtekniker ringede.", []),
        # initials after "Notat ved"; a storm named by a first name (not a person named Storm); an initial before a town's name
        ("Dato: 18.11.2026\nNotat ved: MKH\n\nSamtale med borgeren.", ["MKH"]),
        ("Konsekvens: påtale.\nNotat ved SW, personalesag", ["SW"]),
        ("Storm Gorm lukkede rådhuset i to dage.", []),
        ("Det siger Ib Oustrup til B.T. i dag.", ["Ib Oustrup"]),  # a newspaper, not initials
        # a care home, a unit or a team named in the text, there and later; minutes giving lines to initials; a risk's
        # owner; a union's work environment representative
        ("Plejecenter Engly – beboerliste. Asta Frederiksen bliver på Engly.", ["Asta Frederiksen"]),
        ('Teamet hedder fremover "Team Birk" og "Team Ask".', []),
        ("Notat\nCDy: migreringen fejlede\nMKH: flytteplan holder\nRE: intet", ["CDy", "MKH"]),
        ("ID;Risiko;Ejer\nR1;Data migreres forkert;CDy\nR2;Forsinkelse;MKH", ["CDy", "MKH"]),
        # a chat pasted in lower case with initials as its speakers (not a YAML file's keys, a question's labels)
        ("teams chat:\nsl: han er sygemeldt igen\nmk: ok, jeg flytter ruterne\nsl: tak for det", ["sl", "mk", "sl"]),
        ("db: postgres\nip: 10.0.0.1\nid: 5", []),
        ("spm: hvad er klokken\nsv: den er fem\nspm: tak for det", []),
        # a visit by initials, a log's entries signed at their ends, a chart signed with "sign."
        ("28.08.2026 – Genbesøg (AB). 4 rotter fanget.", ["AB"]),
        ("09.12 07:45 – DR har historien. (MAH)\n09.12 08:10 – Borgmesteren er klar. (PS)", ["MAH", "PS"]),
        ("Beboer urolig, givet PN. (sign. LMR)", ["LMR"]),
        # who answered or wrote a note, in brackets after the sending or the note's time (not a time zone)
        ("20/11 – P4 spørger om taksterne. Svar sendt (KH).", ["KH"]),
        ("Journalnotat 24.04 kl 15.10 (TKN)\nRinget til moren.", ["TKN"]),
        ("Mødet starter kl. 10.00 (CET).", []),
        ("Telefonnotat 28/11 kl. 13.40, KBR\nNaboen ringede igen.", ["KBR"]),
        # a rota's weekdays abbreviated are no names
        ("| Dag | Tidlig |\n|---|---|\n| Man | Gitte |\n| Ons | Dennis |\n| Tor | Yasmin |", ["Gitte", "Dennis", "Yasmin"]),
        # a full name heading a list of initials (not a unit after a name: "Lone Dahl, HR")
        ("Tilstede: Agnes Lindgaard, KB\nHændelsen", ["Agnes Lindgaard", "KB"]),
        ("Ansvarlig: Lone Dahl, HR", ["Lone Dahl"]),
        # counts by initials in one line with their units, or one a line after an en dash (three or more)
        ("Overarbejde: HB: 3,5 t, CT: 2 t, AM: 4 t (nat). Lav en tabel.", ["HB", "CT", "AM"]),
        ("Fravær Q3:\n– AM: 34 dage\n– LS: 42 dage\n– JK: 3 dage", ["AM", "LS", "JK"]),
        ("Leveringstid: EU: 3 t, DK: 2 t", []),
        # … or in a tab-separated row with a reason, and initials heading a list's items before what is said of them
        ("Fravær:\nAB\t3 dage\tinfluenza\nMK\t10 dage\tforkølelse\nSJ\t22 dage\tferie", ["AB", "MK", "SJ"]),
        ("Sygemeldte:\n- HBL: stress\n- MRJ: brækket håndled", ["HBL", "MRJ"]),
        # a big brother or sister named without a possessive; a possessive "Hans" before how to reach him
        ("Mor taler tyrkisk, storebror Emre tolker.", ["Emre"]),
        ("Min borger Hans Jørgen Ploug spørger for sin kone. Hans tlf 28 90 14 57.", ["Hans Jørgen Ploug"]),
        ("Vi har talt med hendes moster Grete.", ["Grete"]),
        # a quoted remark signed by initials; months as a table's columns; an idea named after its finder (not a
        # colleague's); medicines after a refusal or given after a prescription; a department's abbreviation
        ('Evaluering:\n- "For lidt tid til øvelser" (HB)\n- "Usikker ved alarmer" (SLN)', ["HB", "SLN"]),
        ("Kolonner: Team, Jan, Feb, Mar ... Dec.", []),
        ("Jan og Mette holder møde i dec.", ["Jan", "Mette"]),
        ("Hvordan virker Benfords lov, når revisorer leder efter svindel?", []),
        ("Hennings teori er at borgeren lyver.", ["Hennings"]),
        ("Arne Lund: fik ikke sin Calcichew til aftensmad.", ["Arne Lund"]),
        ("fru Aagesen ville ikke have sin Lokelma i går aftes", ["Aagesen"]),
        ("- Klagede over kløe, Atarax givet efter ordination", []),
        ("Sensitive – Family Dept. only", []),
        # a paper's name in the genitive or after a town opening the sentence, a foundation in the definite, dishes
        # named after people, a lower-case-led acronym, a project by its name, an agreement by its name
        ("Skriv et opslag til Brandholm Avis' læserbrevsside.", []),
        ("Sandbæk Avis skriver at embargoen er løftet.", []),
        ("Avis Hansen ringede i går.", ["Avis Hansen"]),
        ("Vi bruger Villum Fondens rapport om indeklima.", []),
        ("Lav en menu med Boeuf Stroganoff og Pêche Melba.", []),
        ("Forkortelser: PD, HD, eGFR og tørvægt.", []),
        ("Den skal konteres på projekt Grusdal.", []),
        ("Kan du forklare, hvad Kanslergadeforliget fra 1933 betød?", []),
        # a list of people with their numbers goes on with another name (a quay's numbers do not)
        ("Timer: Birthe Ravn 36, Louise 29 og Jens Kristian 22.", ["Birthe Ravn", "Louise", "Jens Kristian"]),
        ("Vi mødes ved Kaj 2 og Kaj 3.", []),
        ("Tilsynsrapport fra tilsynet, Lindekæret – kan du lave et resumé?", []),  # a care home named after a bog
        # weeks by initials in a holiday plan; sports clubs by their letters or sport; a physician of history, a method
        ("Ferieplan: TK uge 28-30, NS uge 29-31, HB uge 27-29.", ["TK", "NS", "HB"]),
        ("Emil Haahr; Brændevig IF; 1.450 kr\nSofie Thrane; Sorthøj GF; 980 kr", ["Emil Haahr", "Sofie Thrane"]),
        ("IF Storm Mosebølle vil gerne have flere tider.", []),
        ("Træneren i Spangholt Volley har skrevet at Noah kommer sulten.", ["Noah"]),
        ("Hvad er Apgar-scoren, og hvem var Virginia Apgar?", []),
        ('Vores kurser i "Marte Meo" skal evalueres.', []),
        # a term's abbreviation after it in quotes is no initials; wanting someone is no medicine
        ('Kan du forklare begrebet "realkompetencevurdering" (RKV) kort?', []),
        ("far ringede igen, vil have Zofia hele sommerferien", ["Zofia"]),
        # after a title a surname that is also a word is a name
        ("Fru Ngo (89) siger til hjemmehjælperen at hun er bange.", ["Ngo"]),
        # a maker or a composer before a model's or a catalogue's number; composers named in a programme, a hall named
        # after one
        ("Yamaha YVN-50 violin, serienr. 1203894471", []),
        ("Har vi bestilt Bach BWV 1007 og Mozart KV 525?", []),
        ('Strygerne spiller Griegs "Holberg-suite".', []),
        ("Det nye flygel står i Niels W. Gade-salen på musikskolen.", []),
        ("Mødet med Jens HANSEN 12. maj", ["Jens HANSEN"]),
        # a message's writer by lower-case initials, a dated log's unit with its writer, answered or to be approved by
        # initials, a visitator's initials; a firm of brothers is no person
        ('jw skriver på teams: "kan ikke mere med den sag"', ["jw"]),
        ("vi skriver på teams i morgen", []),
        ("> 9/4 Vej & Park (JW): Vejen er privat fællesvej", ["JW"]),
        ("Spørger til databrud. Besvaret af THS.", ["THS"]),
        ("Sagsnotat, godkendes af JVH", ["JVH"]),
        ("Visitator: ebl\n\nKan du skrive en afgørelse?", ["ebl"]),
        # from reading 2026-12hb, hc and hd: initials under a checker's or a vaccinator's header, as a JSON doer, on duty,
        # listed after staff and a colon, calling, a speaker among speakers named in full; a list's heads of initial
        # and surname
        ("Toilet;Score;Kontrollant\nTorvet;2/5;lk\nStationen;4/5;rkh", ["lk", "rkh"]),
        ("| Elev | Dosis | Vaccinatør |\n|---|---|---|\n| Ali Reza Hosseini | 1 | BVO |", ["Ali Reza Hosseini", "BVO"]),
        ('{"vaccine":"Priorix","dosis":1,"givet_af":"BVO"}', ["BVO"]),
        ("Lærer på vagt: ACJ\nHjælp mig med at skrive beskeden", ["ACJ"]),
        ("Lav en vagtplan for fem medarbejdere: KH, MZ, NTL, BA og DKN.", ["KH", "MZ", "NTL", "BA", "DKN"]),
        ("Lav en plan for afdelingerne: PPR, SFO og AMU.", []),
        ("JB ringede: han er rask nu, men har stadig hoste.", ["JB"]),
        ("KHV: holdes i denne gruppe\nAnnette Bøgh: ok. hvem tager pressen?\nMustafa Öztürk: Jeg synes vi skal være åbne.",
         ["KHV", "Annette Bøgh", "Mustafa Öztürk"]),
        ("Overlevering:\n- G. Sølvhøj: sov uroligt\n- A. Kirketerp: iltmætning 88 %", ["G. Sølvhøj", "A. Kirketerp"]),
        ("Notat\nA. Baggrund: sagen drejer sig om\nB. Vurdering: vi vurderer", []),
        # from reading 2026-12hg and hi: initials with a Nordic letter, listed in a record, a transcript's speaker named
        # in capitals before speaking
        ("| Navn | Medarb. |\n|---|---|\n| Tran Van Hoa | FÖ |", ["Tran Van Hoa", "FÖ"]),
        ('{"sag": 12, "deltagere": ["RBT", "MK", "Miljø"], "status": "afventer"}', ["RBT", "MK"]),
        ("VÆRT: Velkommen til RAGNHILD, som er mor til en dreng.\nRAGNHILD: Tak fordi jeg måtte komme.",
         ["RAGNHILD", "RAGNHILD"]),
        # from reading 2026-12hh: a writer by initials before a colon; a plant's varieties are no people, nor gardens
        ("KB skriver: borger på lod 15 har ringet igen", ["KB"]),
        ("Hvilke æblesorter er bedst? Jeg har tænkt på Ingrid Marie, Filippa og Cox Orange.", []),
        ("Hvordan beskærer man pæretræet 'Clara Frijs'?", []),
        ("Vi pynter juletræet med Hanne Holm og Bo Lund.", ["Hanne Holm", "Bo Lund"]),
        ("Ressorten ligger hos Hanne Holm.", ["Hanne Holm"]),
        ("Skolehaven – udflugt til Risbjerg Nyttehaver 19/6", []),
        # from reading 2026-12hn and ho: a case handed to initials, a visitator's initials, a relative by initials, a dated
        # line's writer after a dash, a record's initials key, tested by initials after a colon, a writer after a greeting
        # whom no list knows (not an ordinary word)
        ("Overdrages fra SHN til KMV, da SHN er nabo.", ["SHN", "KMV", "SHN"]),
        ("Sagen flyttes til PPR.", []),
        ("Habilitet: Visitator DNL er gift med borgerens nevø.", ["DNL"]),
        ("JT har ansat sin kone ST og sin nevø AT uden opslag.", ["ST", "AT"]),
        ("05.01.2026 – KBS: Modtaget underretning.\n12.01.2026 – KBS: Hjemmebesøg.", ["KBS", "KBS"]),
        ('{"medarbejder": "Gustav Ravn", "initialer": "GRA"}', ["Gustav Ravn", "GRA"]),
        ("Testet af: MJK. OBS: MJK er elevens tidligere nabo.", ["MJK", "MJK"]),
        ('"hej det er gurpreet. jeg sov hos en veninde i nat"', ["gurpreet"]),
        ('"hej det er vigtigt at du ringer"', []),
        # from reading 2026-12hk: a name column's cells in any case (not a column of activities, nor an ordinary word)
        ("navn;timer;grund\nk. juul;11,5;dækker vintervagt\nd. petrović;14;ny på holdet", ["k. juul", "d. petrović"]),
        ("navn;timer\nukendt;11", []),
        ("Navn på aktivitet;Dato\nGrøn Omstilling Nu;12.3", []),
        # from reading 2026-12ht: initials with a small letter last in a list, sent by initials, a caller heading a note
        # in lower case, a place named after someone joined by a hyphen, names proposed for a pet, a field's name after
        # another field
        ("Deltagere: HM, KB, ANa, LB, SA", ["HM", "KB", "ANa", "LB", "SA"]),
        ("Tor 20/11: underretning sendt af NF efter aftale med leder.", ["NF"]),
        ("lejla ringede kl 10.40 og var ked af det.", ["lejla"]),
        ("mor ringede i går.", []),
        ("Kan du lave en tekst til opslagstavlen i Marie Krogh-Skolen?", []),
        ("Min kollega Anne Lund-Hansen ringede.", ["Anne Lund-Hansen"]),
        ("Kan du foreslå et navn til vores nye klubhund? Forslag: Bella, Storm eller Lykke.", []),
        ("Medarbejder: Hanne Mørup | Stilling: familiebehandler", ["Hanne Mørup"]),
        # from reading 2026-12hv, hx and hy: a trade in lower case after a name is a verb as often as a firm, a namesake
        # of a figure with a surname more, a complaint's parties and a home helper as cues, names given to rooms and
        # mowers before they are said to be names, a house named after its first owner, a foundation's genitive
        ("Så at Bo Riis smed tasken på gulvet.", ["Bo Riis"]),
        ("Vi har fået tilbud fra Bjerregaard Byg.", []),
        ("- stue 7 Kaj Munk Pedersen: sovet godt", ["Kaj Munk Pedersen"]),
        ("Vi læser Kaj Munk i dansk.", []),
        ("fortæller at hjemmehjælperen Dorota græd i hans køkken", ["Dorota"]),
        ("Mark og Sten er navnene på de to nye mødelokaler i Teknik.", []),
        ("Sten og Bent er navnene på vores to robotplæneklippere.", []),
        ("Anne og Bo er navnene på de to nye kolleger.", ["Anne", "Bo"]),
        ("Ceremonisalen ligger i Villa Hedegaard.", []),
        ("Lån af Poul Due Jensens Fonds mødelokaler", []),
        # from reading 2026-12hz, ib and ic: initials with an accented capital, written quickly by initials, a DPO's
        # initials; an archive and a children's home by a town or a founder, characters of fiction
        ("Deltagere: HS, LW, GÓ", ["HS", "LW", "GÓ"]),
        ("Status fra udebruddet, skrevet hurtigt af MK:", ["MK"]),
        ("kl. 10.30 DPO LV vurderer anmeldelsespligt", ["LV"]),
        ("Vi har fundet en arkivkasse mærket Johanne Bruuns Børnehjem.", []),
        ("i samarbejde med Ravnsbæk Byarkiv.", []),
        ("Lav en litteraturliste: Oliver Twist, Anne fra Grønnebakken og Pippi Langstrømpe.", []),
        ("Skriv en tak til Saltvig Turistkontor for rundvisningen.", []),
        ("kursus: Digital Post for nybegyndere", []),
        ("Han kunne ikke stemme om Borgerbudget Kærby, fordi NemLog-in ikke virkede.", []),
        ("Vinderen er Tange Strandlaug. Undgå navne.", []),
        ("Jeg er studerende på Ulvsholm Erhvervsakademi.", []),
        ("Vi har en familie på Sælø, og en anden på Lyngø.", []),
        ("Det er bekræftet af Ternholm Færgefart.", []),
        ("Biene Maja og Villy flyver over taghaven.", []),
        ("Lav et forløb om Karl von Frisch til 8. klasse.", []),
        ("Skriv en indbydelse til indvielsen af Johanne Bruuns Skoles nye skolehave.", []),
        ("Klage fra udlejer (Thygesen Udlejning, CVR 35981268) over afslag.", []),
        ("De kommer fra vores partnerby Zelenodar. Olena fik angst efter beskydningen af Zelenodar.", ["Olena"]),
        ("Maja Holmström, socialsekreterare, Torvalla kommun. Vi har fått uppgifter från Torvalla.", ["Maja Holmström"]),
        ("Hvem var Robert Schuman, og hvorfor fejrer man Europadagen?", []),
        ("Tak for hjælpen. Mvh Politiet", []),
        ("Udvalgsformanden vil tale om Solpark Tranemark på mødet.", []),
        ("Orlov til bestyrelsen for Hvidmose Energifællesskab er godkendt.", []),
        ("Ole Lukøje kommer ikke, når møllerne larmer.", []),
        ("Mange tror at Post Danmark stadig bringer alle breve.", []),
        ("Brandelev Håndbold får 2 timer mere i hallen.", []),
        ("Lav en kort tekst til skolens Intra om stafetten.", []),
        ("Underretning modtaget fra Sandhøje Naturcamping i går.", []),
        ("Hvordan bestiller jeg feltsenge hos Forsvarets Materielsalg?", []),
        # feasts of other faiths, their greeting and their founders (thirty-first session)
        ("Far ønsker at have børnene under Bajram, men det ligger i mors weekend.", []),
        ('Skriv et opslag: "Eid mubarak til alle, der fejrer eid i dag!"', []),
        ("Buddha og Guru Nanak – lav en kort præsentation af hver til en udstilling.", []),
        ("Hver dag en historie om Nasreddin Hodja i SFO'en.", []),
        ("Krybbespil: de tre vise mænd (Kasper, Melkior og Balthazar).", []),
        # from reading 2026-12id, if and ig: an exam's examiners by initials in their column, a hyphenated first name before
        # a surname that is also a place word; a storm given a name, a bath by its lake
        ("| Fag | Eksaminator | Censor |\n|---|---|---|\n| Dansk | JL | Bent Kaae |", ["JL", "Bent Kaae"]),
        ("Venlig hilsen\nHanne-Lise Bro, skoleleder", ["Hanne-Lise Bro"]),
        ("Vi mødes ved Dronning Louises Bro.", []),
        ("Stormen har fået navnet Ingolf. Skal vi aflyse?", []),
        ("Barnet har fået navnet Ingolf.", ["Ingolf"]),
        ("Hun arbejdede i kiosken ved Friluftsbadet Engsø.", []),
        # from reading 2026-12ih, ii and ij: received by initials, a care assistant's or an inspector's initials in brackets;
        # an English weekday in the plural
        ("Gave: 1 kasse chokolade\nModtaget af: MKJ", ["MKJ"]),
        ("Første besøg efter udskrivelse – notat (SOSU-ass. KM)", ["KM"]),
        ("Inspector (AKJ) visiting next Thursday.", ["AKJ"]),
        ("Her grandchildren are welcome to visit on Saturdays.", []),
        # from reading 2026-12il, im and in: the police by its district, a law firm by its partners
        ("Ringet op af politiassistent Lis Nørgaard, Lokalpolitiet Skårby.", ["Lis Nørgaard"]),
        ("Med venlig hilsen\nHanne Rix, advokat (H)\nRix Advokater, CVR 33509189", ["Hanne Rix"]),
        # from reading 2026-12hk: a first name said after "jeg er" at a sentence's end
        ("Borger: ja tak. jeg er hanne", ["hanne"]),
        ("jeg er glad.", []),
        # historical figures of medicine and art
        ("Hvem var Louis Pasteur, og hvad har han med svampe at gøre?", []),
        ("Vi køber ind hos Brdr. Kjeldsen VVS.", []),
        # initials heading lines before a dash (three or more), a pair doing something, a handover by initials, the
        # writer as "mig (HAJ)", initials a bracketed name explains
        ("Kompetencer:\nHS – ombudsmandssager\nRK – serviceloven § 41\nJØ – sygedagpenge", ["HS", "RK", "JØ"]),
        ("HR – løn\nIT – systemer", []),
        ("SJ og KM har byttet vagt d. 23.", ["SJ", "KM"]),
        ("HR og IT har lavet en plan.", []),
        ("Han sover. Overlevering til dagholdet (SN).", ["SN"]),
        ("mentor Anders Blæsbjerg, mig (HAJ)", ["Anders Blæsbjerg", "HAJ"]),
        ("Bruger: mhs (Maria Holm Sørensen) åbnede sagen", ["mhs", "Maria Holm Sørensen"]),
        # a dated entry's writer in brackets, a log's lines by a user's initials before a date, registered by initials
        # after a colon, an access list's users; an authority is no person
        ("02.09.2026 (SAH): Borgeren henvendte sig.", ["SAH"]),
        ("- SRV 12.10 kl. 14.02: opslag\n- MJE 15.10 kl. 09.12: opslag", ["SRV", "MJE"]),
        ("Registreret af: HMN, 17.11.2026", ["HMN"]),
        ("bruger;rolle;adgang\nMKJ;fritidskonsulent;læse/skrive", ["MKJ"]),
        ("Sagen sendt til Færdselsstyrelsen.", []),
        # a note's heading that ends with its writer's initials
        ("Sagsnotat 12.11.2026 / MHL\n\nTelefonsamtale med sønnen", ["MHL"]),
        ("Dagbogsnotat (Omsorgsportalen) – ABK\n\nBeboeren har sovet", ["ABK"]),  # (a small letter last, as some staff write theirs)
        ("Anders Brøndum (AMiR) og Birgitte Hald (HR) deltog.", ["Anders Brøndum", "Birgitte Hald"]),
        ("Anders Brøndum (AMIR) og Birgitte Hald (HR) deltog.", ["Anders Brøndum", "Birgitte Hald"]),
        ("AMIR 10:15: kan du se på sagen?\nBO 10:16: ja", ["AMIR", "BO"]),  # a chat speaker in capitals
        ("Storm Iversen;270521-4967", ["Storm Iversen"]),
        # initials in a staff column (also abbreviated), a JSON caseworker key, after a clinic assistant
        ("Medarb.;Enhed;Dage\nHBR;Ellerup;42\nSAN;Ellerup;11", ["HBR", "SAN"]),
        ('{"dato": "4/11-2026", "sagsbeh": "AKL"}', ["AKL"]),
        ("En klinikassistent (LK) har åbnet journalen.", ["LK"]),
        # initials in a label's list with roles in brackets, a small letter inside, a name among them, lower case later
        ("Deltagere: AHJ (jobcenter, mødeleder), TKN (klinisk funktion), KS (referent)", ["AHJ", "TKN", "KS"]),
        ("Til stede: JH, MBA, ChW", ["JH", "MBA", "ChW"]),
        ("Til stede: AHJ, Nana S., BLO, jfv (ref.)", ["AHJ", "Nana S", "BLO", "jfv"]),
        ("Bedømmelsesudvalg: PD, MJ", ["PD", "MJ"]),
        ("Til stede: alle", []),
        ("Personalet (SA og MT) hjalp ham.", ["SA", "MT"]),
        # a month's abbreviation in a range or after a day; a lower-case name ends at an ordinary word
        ("Tilbagebetaling af boligstøtte jan.–maj", []),
        ("Skal jeg vente til 1 jan?", []),
        ("samtale med jens madsen holdt i dag", ["jens madsen"]),
        # an English genitive of a firm's head, a Norwegian firm, a clinic, a weekly paper, a country after a preposition
        ("a placement with Lindå Municipality's parks department", []),
        ("seasonal work at Sandøy Laks AS", []),
        ("Praktik hos Lindå Dyreklinik og omtale i Ugebladet Vest.", []),
        ("Please write to a son in Canada.", []),
        # a transcript's speaker in capitals, once the name is found
        ("I dag har jeg besøg af Hanan.\nHANAN: Tak.", ["Hanan", "HANAN"]),
        ("Dear Ms Dalsgaard, thank you.", ["Dalsgaard"]),
        ("Dear Ms Fairclough, thank you.", ["Fairclough"]),
        ("Kære Skolebestyrelse", []),
        ("Let us meet before Thursday's meeting.", []),
        ("Vi sejler med MS Hammershus.", []),
        ("Initialer i udvalget: MW, SI og HB.", ["MW", "SI", "HB"]),
        # a care home in "-ly", a club, a band, a utility, an academy (not the surname "Kelly")
        ("Julekoncert på Havnely med Lindbæk Brassband.", []),
        ("Træneren fra Lindbæk Håndboldklub har skrevet.", []),
        # towns of the realm and nearby, smaller ones too
        ("Konferencen flytter fra Tórshavn til Husum.", []),
        # a web site without its "www."
        ("Skal vi sælge via Bruun Rasmussen eller Lauritz.com?", []),
        # first names borne in Denmark beyond DaCy's table (os2ds-rules): evidence beside the context
        ("Samtale med Tawan og Semhar i dag.", ["Tawan", "Semhar"]),
        ("Viktoriia Shevchenko er ny i klassen.", ["Viktoriia Shevchenko"]),
        ("min kollega semhar er syg", ["semhar"]),
        ("ring til semhar", []),
        ("Fakturaen skal have EAN og IBAN på Monday.", []),
        # firms, compounds named after someone, party letters
        ("Tilbud fra Svend Aage Møllers Rengøring A/S er modtaget.", []),
        ("Tilmelding til Carl Nielsen-konkurrencen er åben.", []),
        ("ring til hanne holm-nielsen i morgen", ["hanne holm-nielsen"]),
        ("Byrådsmedlem Lene Kjærsgaard (SF) har spurgt.", ["Lene Kjærsgaard"]),
        # a place word that is also a surname, after a first name, is part of the name
        ("Kenneth Bro er pædagog.", ["Kenneth Bro"]),
        # the writer in a quoted mail's or post's header
        ("Den 3. mar. 2026 kl. 10.12 skrev Xu Mingyu <xu@kommune.dk>:", ["Xu Mingyu"]),
        ("25-04-2026 13:48 skrev KimHong: det er rigtigt", ["KimHong"]),
        ("kl. 14.30 skrev vi under på aftalen", []),
        # letters in a link or glued to digits are part of a code
        ("Læs mere her: https://t.co/Ea9MOsl5VY", []),
        ("Koden er Ea9MOsl5VY", []),
        # English mixed in
        ("Can this be shorter?", []),
        # homographs used as ordinary words
        ("Det koster 3.200 kr. per måned", []),
        ("et sted at bo", []),
        ("Vi har en mark ved skolen", []),
        ("Per måned betaler han 200 kr.", []),
        ("hans mor er syg", []),
        ("Ring til borgerservice", []),
        # cue words themselves, places and organisations
        ("Borgeren er utilfreds", []),
        ("Frederiksberg Kommune og Region Hovedstaden", []),
        ("Brug Microsoft Teams og KMD Nexus", []),
        # a lower-case first name that is no ordinary word; a greeting, sign-off or "hedder" before an unknown one
        ("okey simone, vi ses", ["simone"]),
        ("hej mattson, godt skrevet", ["mattson"]),
        ("mvh tigist", ["tigist"]),
        ("hej alle sammen", []),
        ("hej forældre og hej ansættelsesudvalg", []),
        # a capitalised unknown word right after a cue for a person; not after a comma, not an institution
        ("Iryna kom med datteren Sofiia", ["Iryna", "Sofiia"]),
        ("Medarbejder: Lone Ibsen, sagsbehandler, Ydelsesservice", ["Lone Ibsen"]),
        ("Hej Familieafdelingen", []),
        # after a relation and whose relative it is, an ordinary word too; not a function word
        ("Vores søn Ask starter i SFO, og hans bror Sol går i 3.b", ["Ask", "Sol"]),
        ("Min søn Og jeg kommer begge", []),
        # after a first name that is also a word, a surname no list holds (a town's name here); no ordinary word
        ("vi mangler vikar for Per Ulstrup resten af ugen", ["Per Ulstrup"]),
        ("Per Måned betaler vi 200 kr.", []),
        # a two-letter first name repeated alone once the full name is known; "De" stays the pronoun
        ("Samtale med Bo Hessellund.\nBo ønsker nedsat tid. Vi bo her.", ["Bo Hessellund", "Bo"]),
        ("De Jong kom. De var glade.", ["De Jong"]),
        # two lines of prose with a comma each are no comma table: the first line holds no column names
        ("Hi Ms Rytter, we were told at the meeting.\nThanks, Daniel", ["Rytter", "Daniel"]),
        # an institution's word the pipeline took in, a youth unit by its town, a committee, towns by their endings
        ("Indberetning af magtanvendelse – Bostedet Egehøj (voksne med handicap)", []),
        # initials after a team's roles (also a YAML list), after who assessed, after a plural word for people
        ("team:\n  lærere: [JS, MR]\n  ressourcepaedagog: JK", ["JS", "MR", "JK"]),
        ("Vurderet af AB og LG\nSkriv en indstilling", ["AB", "LG"]),
        ("korrekt i to tilfælde (beboerne IP og JM). Der mangler", ["IP", "JM"]),
        ("Eleverne IT og HR-klassen", []),
        # an acronym with a Danish ending; a template's field in brackets (a first name there stays a name)
        ("Vi har konstateret, at du forlod SFO'en kl. 16.10", []),
        ("Lav en mailsignatur: [Navn], [Stilling], [Skole]", []),
        ("Hej [Anne], tak for sidst", ["Anne"]),
        # a nickname after "kaldet" in brackets, without quotes
        ("Ole Friis (kaldet Bamse), flytter 15/12", ["Ole Friis", "Bamse"]),
        # a club by its name; a storm by its name, with what it did right after
        ("Boldklubben Storm søger nye ungdomstrænere.", []),
        ("Storm Anton væltede to træer ved plejecentret i nat.", []),
        ("Storm Jensen kommer i morgen.", ["Storm Jensen"]),
        # a historical figure's namesake with a staff role in brackets is a colleague; the figure stays a figure
        ("Deltagere: Sara Lindqvist (gadeteamet), Niels Ebbesen (SSP-konsulent)", ["Sara Lindqvist", "Niels Ebbesen"]),
        ("Vi læste om Niels Ebbesen og Grev Gert.", []),
        # two ordinary words joined before a number are a label, not a name with its CPR number
        ("Betalingsreference 2512261830 – hvorfor er den ikke registreret?", []),
        ("Zoe 0711154639 er syg", ["Zoe"]),
        ("Tilbud A: Herberget Fjordlys, 1.450 kr./døgn, 6 pladser", []),
        ("Referat – MED-udvalg Ung Vesterkær, 26/11", []),
        ("Bedre busforbindelse til Fladmose om aftenen", []),
        # keys in JSON and code are form labels; Romanian letters; English titles
        ('{"fornavn": "Ionuț", "efternavn": "Popescu"}', ["Ionuț", "Popescu"]),
        ("Dear Mrs. Okonkwo, thank you", ["Okonkwo"]),
        # initials after a staff role, and the initials of a full name in the text
        ("Til stede: SSA HBS, leder TN.\nTN forklarede planen.", ["HBS", "TN", "TN"]),
        # who had the shift, and HR's or a union's representative ending a list's item; not a heading over a transcript
        ("Notat (aftenvagt SLH): Ingrid har tryksår på hælen.\n/nattevagt TKJ", ["SLH", "Ingrid", "TKJ"]),
        ("Til stede: leder Ulla Friis, HR JKN.\nEmne: en advarsel.", ["Ulla Friis", "JKN"]),
        ("CONFIDENTIAL – HR ONLY\nExit interview notes", []),
        ("Natten med snevagten\n\nVÆRT: Klokken er 03.12 og vi kører.\nGÆST: Ja, det er koldt i nat.", []),
        ('{"sagsbehandler": "ltj"}', ["ltj"]),
        ("medarbejder Karsten Møller Dam. KMD har mødt op.", ["Karsten Møller Dam", "KMD"]),
        ("Kontakt leder IT om sagen", []),
        # social-media handles built from a name; organisations' handles are not
        ("Tak til @sophieloehde og @JaneHeitmann", ["@sophieloehde", "@JaneHeitmann"]),
        ("Følg @venstredk og @dr_dk", []),
        ("skriv til hanne.jensen@kommune.dk", []),
        # firms, media and institutions by their head word or ending; a monarch at the end of a sentence
        ("Han fik job hos Skou Logistik i september", []),
        ("Advokatfirmaet Lind & Ravn", []),
        ("Quiz: Christian IV og Margrethe I.", []),
        # a name after an institution word
        ("boede anbragt på opholdsstedet Lindely fra 2019", []),
        # initials in a table column headed by a staff role; acronyms and dates are no names
        ("cpr;navn;sagsbeh\n0304912243;Mette Lindqvist;KBJ", ["Mette Lindqvist", "KBJ"]),
        ("land;valuta\nDanmark;DKK", []),
        ("I get a 400 error when I POST this to the HR API", []),
        ("hr. Jensen kommer kl. 10", ["Jensen"]),
        ("Jan 2025: flytter til DK", []),
        ("Træerne plantes langs Kongensgade", []),
        # items of a list share their kind: places with places, storms after "stormene"; people stay people
        ("Skriv om badestrandene ved Hals, Hou, Marielyst og Henne Strand.", []),
        ("Erfaringerne fra stormene Allan og Bodil i 2013", []),
        ("Mødet med Hanne, Lars og Peter i Aarhus.", ["Hanne", "Lars", "Peter"]),
        # a label in capitals glued to a word
        ("Hvad betyder TLP:AMBER?", []),
        # a name joined to a name is a name too, in the case it is written in; a town or a column's name is not
        ("Det var Olivia og Storm, der slog.", ["Olivia", "Storm"]),
        ("klassen: ahmed S, clara V, william S, mathilde V", ["ahmed", "clara", "william", "mathilde"]),
        ("Skolelederen på Vestbyskolen, Kim Jensen, har været syg", ["Kim Jensen"]),
        ("Lederen af botilbuddet, Susanne Mølbak, er fritaget for tjeneste.", ["Susanne Mølbak"]),
        ("Navn;Cpr;Stilling\nGert Frost;121162-1095;Kok", ["Gert Frost"]),
        # foundations of a couple, vessels, animals, monarchs by ordinal, two-word countries, institutions
        ("Jeg tænker Aage og Johanne Louis-Hansens Fond", []),
        ("Vi besøger redningsbåden Emile Robin i havnen", []),
        ("en lille hare, der hedder Frode Fræk, bor i skoven", []),
        ("Christian den Fjerde byggede Rundetårn", []),
        ("far er i Sri Lanka", []),
        ("punktet om Mosegården", []),
        ("Leverandør: Overgaard Tømrer & Snedker", []),
        # medicines no list holds, eponyms, titles, ferries, placeholders, firms, villages, brands, pets, lists of things
        ("Kasper får Lamictal og Orfiril mod anfald", ["Kasper"]),
        ("Liv har astma, Bricanyl ved behov", []),
        ("Han har Lewy body-demens", []),
        ('en sang på melodien "Lille Peter Edderkop"', []),
        ("Vi skal med M/F Ellen i morgen", []),
        ("navn;cpr\nEksempel Eksempelsen;XXXXXX-XXXX", []),
        ("Tilbudsgiver B: Clean Partner Syd A/S", []),
        ("den lukkede daginstitution i Tarp", []),
        ("en Georg Jensen-vase til direktøren", []),
        ("Vores kontorkat Sofus er maskot", []),
        ("Mødelokalerne hedder Ask, Birk, Eg og Lind.", []),
        # three items need no "og", a head may take a colon; children named after trees are children
        ("Vi navngiver lokalerne efter fugle: Vibe, Lærke, Ravn, Svale.", []),
        ("Skilte til alle fem lokaler: Mark, Eng, Skov, Strand, Hede", []),
        ("Deltagere: Olesya, Tigist, Amira", ["Olesya", "Tigist", "Amira"]),
        ("Børnene Viggo, Birk og Storm har ferie.", ["Viggo", "Birk", "Storm"]),
        # a list of single words, half or more of them first names, lists names: its ordinary words are names too; not a
        # list of things the pipeline took for names
        ("Tak til Abdi, Per og Sigrid for deres indsats.", ["Abdi", "Per", "Sigrid"]),
        ("Vagter i uge 51: Merete, Abdi, Jolanta og Frej.", ["Merete", "Abdi", "Jolanta", "Frej"]),
        ("navne: Kasper, Rikke, Mo, Line, Aske", ["Kasper", "Rikke", "Mo", "Line", "Aske"]),
        # places, stations and authorities by their place; an English job title under a signature
        ("Der løb gylle ud i grøften mod Lundsbæk Å.", []),
        ("Besøg på Kragsø Renseanlæg med direktør Allan Bøge.", ["Allan Bøge"]),
        ("Budget: Brandstation Hedeskov, drift; Beredskab Lyngmose", []),
        ("Partnere: Vesterå, Kreis Nordfriesland, Lindesnes.", []),
        ("Kind regards,\nJonas Wedel\nService Delivery Manager, Nordlys Data A/S", ["Jonas Wedel"]),
        ("Dear Ms Ostenfeld,\nplease find attached our revised offer.", ["Ostenfeld"]),
        ("Der er opstartet Brilique, Hjertemagnyl og Atorvastatin.", []),
        ("Hej ChatGPT. Skriv et brev.", []),
        ("Mødet med Lars, Bo og Mark i morgen", ["Lars", "Bo", "Mark"]),
        # a possessive pronoun at a sentence's start is no repeated name; a role label before a name is no part of it
        ("Hans Ebbe Kure er urolig. Hans datter kommer fredag.", ["Hans Ebbe Kure"]),
        ("Skriv et opslag om Kristi Himmelfartsdag og lukkede institutioner.", []),
        ("Mustafas fødselsdag er flyttet til torsdag", ["Mustafas"]),
        # firms and brands named after people (data/brands_named_after_people.txt, sibling firms, firm heads);
        # a case cue makes the name a person again, and a brand that is a common full name stays a name
        ("Vi skal have skruer fra Harald Nyborg og chokolade fra Anthon Berg.", []),
        ("Tilbuddet fra Brdr. Dahl er billigere. Søstrene Grene har åbnet.", []),
        ("Henning Larsen Architects har tegnet rådhuset.", []),
        ("Brødrene Ali og Omar er startet i 3.b.", ["Ali", "Omar"]),
        ("Borgeren Harald Nyborg har klaget.", ["Harald Nyborg"]),
        ("Georg Jensen ringede om sin mors plejebolig.", ["Georg Jensen"]),
        ("Julefrokosten er hos Restaurant Jacobsen, og vi bor på Hotel Marie.", []),
        # a first name's genitive before a capitalised ordinary word is a shop or a room; not a full name
        ("Vi har bestilt mad fra Bents Bageri til mødet på fredag.", []),
        ("Mødet holdes i Lenes Køkken på 1. sal.", []),
        ("Jens Bager ringede i går om sin søn.", ["Jens Bager"]),
        # a room, a place or a device that "hedder" a name; a person who does stays one
        ("Mødelokalet hedder Karen, og der er plads til 8.", []),
        ("Printeren på 3. sal hedder Grethe i netværket.", []),
        ("Drengen hedder Villads og går i 2. klasse.", ["Villads"]),
        ("Min kollega hedder Bent.", ["Bent"]),
        # a village between the house number and the postcode is part of the address
        ("Hun bor på Engvej 4, Øster Tørslev, 8950 Ørsted.", []),
        ("Hun bor hos Lise, Engvej 4, 8950 Ørsted.", ["Lise"]),
        # placeholders in test data; an English month that is a name too
        ("Testdata:\nNavn: Demo Jensen, CPR: 000000-0000\nNavn: Test Hansen", []),
        ("Skriv til Anne Test Hansen om mødet.", ["Anne Test Hansen"]),
        # seventh session: placeholders in Danish, names of devices and chairs in the plural and after "der hedder",
        # a ship by its rig, a lower-case word listed with ordinary words
        ("navn;cpr\nPrøve Hansen;XXXXXX-XXXX", []),
        ("Vores servere hedder Thor og Odin i netværket.", []),
        ('Vores nye chatbot på hjemmesiden hedder "Spørge-Sofie".', []),
        ('Stolene, der hedder "Ingrid" og "Maja", kan hentes i kælderen.', []),
        ("Min kollega, der hedder Karen, er syg.", ["Karen"]),
        ("Klassen skal sejle med kutteren Anna Marie fra Svendborg.", []),
        ("Langs stien planter vi eg og birk, og der kommer bænke.", []),
        ("Tegn en fugl: fx stær, vibe eller due.", []),
        ("det er oliver, magnus og victor der har lavet en gruppe", ["oliver", "magnus", "victor"]),
        ("Hent mor og søren kl. 15 i dag.", ["søren"]),
        ("Fil: Loen_nov_FORTROLIG.csv\nnavn;cpr", []),
        ("Jeg har vedhæftet Referat_Hanne_Jensen.docx til mailen.", ["Hanne", "Jensen"]),
        ("The pilot starts from August and runs until December.", []),
        ("Vi ses med August i morgen.", ["August"]),
        # initials in a rota, beside a name in brackets, in a quoted signature; a firm built from them is a firm
        ("Vagtplan\n24/12 dag: ABL, TKN\nNattevagt: JS", ["ABL", "TKN", "JS"]),
        ("To medarbejdere (SAL og Pia K.) hjalp.", ["SAL", "Pia K"]),
        ('"Kan du bekræfte datoen? /JP"', ["JP"]),
        ("Ansøger er Klaus Winther eller KW Ejendomme ApS.", ["Klaus Winther"]),
        # the items of a bulleted list about people, once two of its heads are names
        ("Hensyn:\n- Aisha – svinekød\n- Mynte – nødder\n- Storm – astma\n- Jakob – ingen", ["Aisha", "Mynte", "Storm", "Jakob"]),
        ("Husk:\n- Husk madpakke\n- Mette tager kage\n- Lars køber kaffe", ["Mette", "Lars"]),
        # a parent's cue; a medicine stopped; a department letter; an institution named by its place
        ("Skriv til forældrene Rahimi om mødet", ["Rahimi"]),
        ("Hun fik Digoxin, men Digoxin var seponeret.", []),
        ("Plejecenter Lindehaven, afd. B", []),
        ("Med åbningen af Sundhedshus Tarp samler vi tilbuddene.", []),
        # biblical figures and children's characters in their full forms; a first name alone stays a name
        ("Krybbespil med Jomfru Maria og Johannes Døberen, bagefter Gurli Gris.", []),
        ("Maria og Josef kommer til samtale.", ["Maria", "Josef"]),
        ("Lav en quiz om Olsen-banden: Egon, Benny og Kjeld. Og om Caroline Mathilde.", []),
        # set 2026-12i's lessons: compounds of words after a form label, firms built from a name found before,
        # enumerated items, halls, initials after a role in brackets, a signature with a colleague, a nickname
        ("Fra: Hanne Bak\nTil: Familieafdelingen\nEmne: Møde", ["Hanne Bak"]),
        ("Køber er Lars Tranberg via Tranberg Ejendomme ApS.", ["Lars Tranberg"]),
        ("Scenarie A: Lukning\nScenarie B: Sammenlægning", []),
        ("Forslaget om at lukke Ringkøbing Svømmehal", []),
        ("Til stede: sagsbehandler (LBJ) og skolen", ["LBJ"]),
        ("Spiste godt.\n/BK og Mie", ["BK", "Mie"]),
        ('3. Marianne Tolstrup ("Mugge") – tidligere ansat', ["Marianne Tolstrup", "Mugge"]),
        ("Er Louis Poulsen eller Fritz Hansen bedst til kantinen?", []),
        # eighth session: initials in a system's fields and stamps, medicines by their use, lists of ordinary words
        # that are all surnames too, pets and storms named at their noun, German nouns in a German paragraph
        ("Sag 17\nAssignee: PKR\nReviewer: TLM", ["PKR", "TLM"]),
        ("Side 2 af 3 · Udskrevet 04.05. kl. 09.12 af HBJ", ["HBJ"]),
        ("Medarbejder OKS har ringet til skolen.", ["OKS"]),
        ("Godkendt af IT den 3. maj.", []),
        ("Han tager stadig Sobril og bliver skiftet til Truxal i næste uge.", []),
        ("Hun får Stesolid ved anfald over 3 minutter.", []),
        ("Udstillingen viser gamle håndværk: smed, møller, bager og skytte.", []),
        ("Kontorkatten Mulle har fået en kurv. Hesten Stjerne bor på gården.", []),
        ("Navn;CPR\nAnne Eksempel;XXXXXX-XXXX\nJens Test;XXXXXX-XXXX", []),  # a placeholder word as the surname
        ("Übersetzen:\n\nSehr geehrte Frau Bauer,\nwir danken für Ihre Anfrage und melden uns im Frühling.\n"
         "Mit freundlichen Grüßen\nJonas Weber", ["Bauer", "Jonas Weber"]),
        # a letter's short salutation and closing paragraphs beside a German one are German too; a Polish paragraph
        ("An die Stadt Lindå, Bauamt\n\nVERTRAULICH – nur für die Arbeitsgruppe\n\nSehr geehrte Damen und Herren, anbei "
         "die Zahlen für das Jahr. Bitte geben Sie sie nicht weiter.\n\nMit freundlichen Grüßen\nUte Krämer, Stadtwerke Holmfeld",
         ["Ute Krämer"]),
        ('Kan du oversætte: "Dzień dobry, mieszkam przy Skovvej 4 od roku. Sąsiad mówi, że kontener jest za daleko. '
         'Proszę o pomoc. Agnieszka Nowak"', ["Agnieszka Nowak"]),
        # a name with its CPR number in brackets, whatever the lists say; a cue before it stays out
        ("Børn: Aylin (120316-4821) og Teo (030519-4413). Teo går i 0. klasse.", ["Aylin", "Teo", "Teo"]),
        ("Beboer Kaj Brink (120931-1234) er faldet.", ["Kaj Brink"]),
        ("Barnet (120316-4821) og mor (010185-4820) er flyttet.", []),
        # a name heading a line with only its CPR number after it; not a label, a cue, or ten digits that are no CPR
        ("Zoe 0711154639\nMalik, 120314-4521\n- Hassan Ali 0203051234", ["Zoe", "Malik", "Hassan Ali"]),
        ("Konto 0711154639", []),
        # set 2026-12al's lessons: a place of two words opened by a compass word; a foundation by a genitive's apostrophe;
        # a double surname with a part only the wide list knows; a first name's genitive after "i"; a comment's author
        # without the word "Kommentar"; a name before its CPR number in a semicolon row
        ("Vejen er lukket mellem Nørre Lind og Vester Egesborg fra mandag.", []),
        ("Borgeren Søren Vester Hansen er flyttet.", ["Søren Vester Hansen"]),
        ("Vi har et brev fra Knud og Agnete Friis' Fond. Agnete Friis' Fond har givet 20.000 kr.", []),
        ("Brev til Valentina Rossi-Hansen om skiltet.", ["Valentina Rossi-Hansen"]),
        # a double first name with a part only the wide list knows
        ("Hentebeskeder:\nNoah hentes af farmor kl. 15\nEllie-Mae går selv hjem", ["Noah", "Ellie-Mae"]),
        ("Henning Storgaard har solgt kabler i Hennings brors navn.", ["Henning Storgaard", "Hennings"]),
        ("[MHO1: citatet er ikke godkendt endnu]\nSe [AB12] i bilaget.", ["MHO"]),
        ("Gülsen Arslan;111262-1411;MS\nTruong Thi Mai;050749-2169;KOL", ["Gülsen Arslan", "Truong Thi Mai"]),
        # set 2026-12am's lessons (typed in a hurry): initials after the label anywhere, after an abbreviated role, in a
        # signature with the writer's shift; a lower-case month after a word for time; a name before its CPR number
        # surname first or with a pupil's class between, or before a note; a name typed without the Danish letters;
        # a number's label before ten digits is no name
        ("lav et skema med de her initialer: KB, MLH, SØ. KB kan ikke onsdage", ["KB", "MLH", "SØ", "KB"]),
        ("- sagsbeh. TH sender klagevejledning", ["TH"]),
        ("sov kl 23.\n/TM nattevagt", ["TM"]),
        ("han er anbragt siden jan. og mødt for sent siden feb", []),
        ("Holm, Else 0903301465 demens\nViktor Aaskov 4.b, 110315-4827", ["Holm, Else", "Viktor Aaskov"]),
        ("Maren spurgte til ferie. Soeren er sygemeldt.", ["Maren", "Soeren"]),
        ("Kundenummer 2811904471 er forkert.", []),
        # set 2026-12ao's lessons: a utility, a police district or a unit by its district; a holiday in lower case
        ("Fra: Sydøstjyllands Politi. Lindeskov Forsyning orienterede. Fra: Hjemmesygeplejen Vest.", []),
        ("Lukkedage: fredag efter Kristi himmelfart.", []),
        ("Jens Smed ringede i går.", ["Jens Smed"]),
        # a place's namesake and the people a sentence about a year before 1900 names have died; a birth year or a
        # recent year keeps them
        ("Peter Sabroes Gade er opkaldt efter politikeren og journalisten Peter Sabroe.", []),
        ("Senere, i 1890'erne, grundlagde købmand Anton Frederiksen byens første mejeri.", []),
        ("Ida Berg flyttede i 1998 til Aalborg. Gerda Holm (født 1912) bor på plejehjemmet.", ["Ida Berg", "Gerda Holm"]),
        # a birth name after a full name is the same person; a year or "f. eks." is none
        ("Ruth Berg, født Madsen, døde i 2019. Mrs Anne Lee (née Carter) called.", ["Ruth Berg", "Madsen", "Anne Lee", "Carter"]),
        ("Hanne Holm f. 1954 bor alene.", ["Hanne Holm"]),
        ("Sagen gælder:\nBorger 0711154639", []),
        # a paper's or a firm abroad's name, "Max" for at most, a unit after a slash, a capitalised head of a list of words
        ("Journalisten fra Vestby Dagblad ringede, og Ribe Avis skrev i går.", []),
        ("Kind regards,\nHenrik Sjöberg, Customer Success, Sydsoft AB", ["Henrik Sjöberg"]),
        ("Skriv et svar. Max 200 ord.", []),
        ("Budget: 3,2 mio./år", []),
        ("Lærke, vibe og stær yngler i mosen.", []),
        ("Lærke, Emil og Noah kommer kl. 9.", ["Lærke", "Emil", "Noah"]),
        # a surname after "fam."; logins of a first name and a surname; what someone is called
        ("netværksmøde 28/11, fam. Lindqvist", ["Lindqvist"]),
        ("- mads.kjeldsen – Jobcenter", ["mads.kjeldsen"]),
        ("Se filen rapport.final fra i går.", []),
        ('- hendes kolleger kalder hende "Ksyu"', ["Ksyu"]),
        # a quoted post's or mail's author by its header's date and time, a user name too; a word alone is no author
        ("09-06-2006 21:28 skrev WannaBeYours: Virkelig smukt skrevet", ["WannaBeYours"]),
        ("Den 2. dec. 2026 kl. 14.03 skrev kira-ml:\n> Kan vi flytte mødet?", ["kira-ml"]),
        ("Opfølgning 02.12.2026 09.15 skrev lægen en henvisning.", []),
        ("kl. 10.00 skrev jeg til hende om mødet", []),
        # a transcript's speakers in capitals; a field's label is no speaker
        ("VÆRT: Velkommen til programmet i dag.\nOKSANA: Tak for det, det er dejligt.", ["OKSANA"]),
        ("IBAN: DK50 0040 0440 1162 43\nBIC: NDEADKKK", []),
        # initials with a note, beside a full name written the same way
        ("Evalueringsgruppe: MKJ (projektleder), Rajesh Menon (arkitekt)", ["MKJ", "Rajesh Menon"]),
        # products, feasts and peoples
        ("Hvad er forskellen på SaaS, PaaS og IaaS?", []),
        ("Our Jenkins pipeline fails. Make a Miro board for the retro.", []),
        ("Write a haiku for our Christmas party and an invitation for Ada Lovelace Day.", []),
        ("Summarise it for our new Irish colleague.", []),
        ("Navn: Hamza Ahmadi\nSprog: dari og dansk", ["Hamza Ahmadi"]),
        # animals and things given names; a test placeholder
        ("Vores katte på botilbuddet hedder Frida og Møller.", []),
        ("Vi har købt en robotstøvsuger, og beboerne har kaldt den Rasmus.", []),
        ('Brug kun opdigtede værdier som "Testbarn Testesen".', []),
        ("Merete Juul har ikke fået sin Leponex siden tirsdag.", ["Merete Juul"]),
    ],
)
def test_dk_person(recognizer, found, text, expected):
    assert found(recognizer, text, "PERSON") == expected


# set 2026-12j's lessons, on the whole scan (the pipeline tags some of these as names): a lower-case noun after an
# article and adjectives, a team, a broadcaster and a housing area are no persons; a message to someone still is.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Den nye pedel er en rigtig sød karl, som alle kan lide.", []),
        ("skriv en sms til jonas om at han skal ringe", ["jonas"]),
        ("Kanal: Team Syd Vest\nHar nogen set mailen?", []),
        ("Borgmesteren skal i TV Midtjylland i aften.", []),
        ("Indbruddene er faldet i Søndervang og Skovparken.", []),
        # set 2026-12l's lesson: an ordinary word paired with an ordinary noun at a sentence's start
        ("Ebbe og flod styrer, hvornår vi kan sejle.", []),
        ("Ebbe og hans kone kommer i morgen.", ["Ebbe"]),
        # set 2026-12m's lessons: a part of a figure's name alone, a firm in English, a jobcentre's town
        ("Læsekredsen læser Ronja Røverdatter. Hvad synes Ronja om skoven?", []),
        ("Skal vi have Joe & the Juice til sundhedsdagen?", []),
        ("Ring til Jobcenter Nørreby på hovednummeret.", []),
        # ninth session: a town this text gives in an address is a place wherever else it stands; a title the
        # pipeline takes in before a first name stays out; a surname that is the town of its own address stays
        ("Ring til Tandplejen Ravnstrup, Skolegade 9, 7480 Ravnstrup. Ravnstrup Tandpleje svarer.", []),
        ("Borgeren bor på Møllevej 4, 1. tv., 6630 Sønderholt. Sønderholt Forsyning har lukket for vandet.", []),
        ("Fru Sønderholt bor på Skolevej 2, 6630 Sønderholt.", ["Sønderholt"]),
        ("Prisen går til Pedel Jonas Frandsen fra Birkmose Skole.", ["Jonas Frandsen"]),
        # a phone number before a surname is no address, so the surname is no town
        ("Ring 2045 6789 Hansen, hvis du ikke når det.", ["Hansen"]),
        # tenth session: initials in brackets after a name are that person's only when they start as the name does;
        # a markup tag's words; a successor's firm; animals in the plural; a work's title in quotes; initials in a
        # signature with a role, in a system's field in lower case, in a comment's tag; names proposed for things
        ("Til stede: Sofie Holm (borger), Lene Dahl (SPK), mig", ["Sofie Holm", "Lene Dahl"]),
        ("Mødet: Jens Krog (JK) og Lone Bak (LB) deltog.", ["Jens Krog", "JK", "Lone Bak", "LB"]),
        ('<section class="nyhed">\n  <h2>Ny hal i Lundby</h2>', []),
        ("Vi skal have kage fra Bager Hansens Eftf. til festen.", []),
        ("Vi laver et forløb om hønsene Gerda og Bodil til vuggestuen.", []),
        ('Vi skal se "Jonas alene på havet" i biografen.', []),
        ('Hun sagde "Hanne er syg" i går.', ["Hanne"]),
        ("Husk mødet i morgen.\n/MKL, sagsbehandler", ["MKL"]),
        ("Han hoster meget.\n/lh (pæd.)", ["lh"]),
        ("status: kladde\nforfatter: jkr\ntitel: Ny hal", ["jkr"]),
        ("[Kommentar JB2: Dette afsnit skal ud.]", ["JB"]),
        ("Forslag til navne til de nye grupper: Birk, Ask og Ravnereden.", []),
        # someone whose life years the text gives is history, there and wherever else it names them; a room by
        # "lokale"; a firm cut from its legal form; a heading in capitals; a capitalised and a lower-case word
        ("Johanne Berg (1842-1911) var jordemoder i byen. Johanne Berg hjalp 2.000 børn til verden.", []),
        ("Formand Jens Holm Kjær (2018-2022) har søgt om aktindsigt.", ["Jens Holm Kjær"]),
        ("Krisestaben mødes i lokale Frigg, og presserummet flytter til lokale Balder.", []),
        ("Vinderen er Asfalt Vest A/S med 18 mio.", []),
        ("OVERSVØMMELSE BIRKMOSE\nKun til krisestaben", []),
        ("Andel beståede elever: 2023 81 %, 2024 84 %.", []),
        ("Maricel dela Cruz ringede i går.", ["Maricel dela Cruz"]),
        # a vessel's name in quotes after its word; a dog by its breed or a compound; a co-op shop
        ('Sommerfartplanen for færgen "Thyra Danebod" skal på hjemmesiden.', []),
        ("Vores besøgshund, en golden retriever der hedder Luna, kommer hver tirsdag.", []),
        ("Mødet er flyttet til Marielyst Brugs.", []),
        ("En kollega fra Holland, der hedder Sanne Visser, starter i morgen.", ["Sanne Visser"]),
        # eleventh session: a union or a format in brackets; a login; an English month after a day; an
        # abbreviation opening a list of towns; a Dutch firm; a unit of the administration as a mail's recipient
        ("Mødet: Ole Brink (FOA) og Tina Lund (HK) deltog.", ["Ole Brink", "Tina Lund"]),
        ("Brugernavn: KLMA\nAdgangskode: sendes separat", []),
        ("Elevnavn: Sofie Lund", ["Sofie Lund"]),
        ("The workshop is on 3 June in Aarhus.", []),
        ("Fx Ringkøbing, Skjern og Tarm.", []),
        ("Best regards, Joost Bakker, Waterkant B.V.", ["Joost Bakker"]),
        ("Til: Ydelsesafsnittet\nFra: Maja Krogh", ["Maja Krogh"]),
        # a list with a word that ends as towns do and no list holds is a list of places; known surnames stay names
        ("Fraværet var højest i Vestby, Ravnsholt og Lundbjerg.", []),
        ("Hansen, Kirkeby og Nørgaard deltog i mødet.", ["Hansen", "Kirkeby", "Nørgaard"]),
        # a firm's head at the end of a compound ("Kontorservice")
        ("Fakturaen fra Nordvest Kontorservice er betalt, men Jens Holm har ikke svaret.", ["Jens Holm"]),
        # a surname's initial is no island; one capital with a dot after a word for a person; initials after
        # "Personale:"; a nickname said after a dash
        ("Mads Ø 13:03: ja, han ringede.", ["Mads Ø"]),
        # a chat's speakers with the line's time, also as initials; initials in a staff column before a number;
        # a place by its country code, a town's field in a land register, a town of two words, a Markdown header, "ApS"
        ("Helen Berhane 11:02: har I en bolig?\nJFL 11:10: ja\n[10:12] Rowena V: tak\n[10:13] BT: ok", ["Helen Berhane", "JFL", "Rowena V", "BT"]),
        ("09:00 Status: alt kører\n[11:00] Mødet: starter nu", []),
        ("Initialer\tDage\nAK\t1\nHAR\t19", ["AK", "HAR"]),
        ("Joint press release – Hvidmose (DK) and Jõgeva (EE). Staff from Hvidmose and Jõgeva will train.", []),
        ("Carsten Holm (CH) og Jakub Wiśniewski (IT) forhandler.", ["Carsten Holm", "CH", "Jakub Wiśniewski"]),
        ("Ibrahim Yilmaz, Kærstedvej 210, 7392 Kærsted\n9e Kærsted Mark;Gunnar Dueholm", ["Ibrahim Yilmaz", "Gunnar Dueholm"]),
        ("Karen Sloth, Strandvejen 88, 7394 Strandby Øster – diabeteskost", ["Karen Sloth"]),
        ("| Sagsnr | Borger |\n|---|---|\n| 26-1188 | Nuka Kleist |", ["Nuka Kleist"]),
        ("Bud fra Lindhøj Erhvervsudvikling ApS (2,1 mio.)", []),
        # an English family by its surname (not "the Royal family"); initials after an exam's or a rota's label;
        # a municipality's name makes its institutions places
        ("Aya Haddad – the Bennett family. The Royal family visits.", ["Aya Haddad", "Bennett"]),
        ("Tilsyn: HL, MK, CF.", ["HL", "MK", "CF"]),
        ("Evaluatorer: JK, PLM, RAS\n\nKan du skrive en begrundelse?", ["JK", "PLM", "RAS"]),
        ("Bedømmere: HJ og LP", ["HJ", "LP"]),
        ("Til stede: formand Ib Holm, referent KLM.", ["Ib Holm", "KLM"]),
        # a village by its ending (not a found name's surname alone); a surname's genitive before a shop's word; a dog
        ("Kildeskovskolen 7,2, Hyldebjerg 6,9, Strandparkskolen 6,6.", []),
        ("Udvalget talte med ejeren, Torben Skovsted. Skovsted har krævet svar.", ["Torben Skovsted", "Skovsted"]),
        ("Skolen har fået et tilbud fra Jensens Køkken på skolemad.", []),
        ("Skolens ordenshund hedder Kaj og kommer om fredagen.", []),
        ("Welcome to Bøgelund International School! Bøgelund Kommune, HR.", []),
        ("Hendes søn B. (6 år) har fortalt det til pædagogen.", ["B."]),
        ("Indgreb: holdt i armene\nPersonale: KJ og MN", ["KJ", "MN"]),
        ('Erik Lund – af alle kaldt "Lunden" – går på pension.', ["Erik Lund", "Lunden"]),
        ("Siobhan Kelly has written.", ["Siobhan Kelly"]),  # "-ly" after no ordinary word: a surname
        # a word with a village's ending, or an unknown word opening a sentence, that speaks is a person
        ("På mødet sagde Lundbæk, at han var enig.", ["Lundbæk"]),
        ("Varelius sagde, at han var enig.", ["Varelius"]),
        ("Vi kører til Lundbæk i morgen.", []),
        ("Det siger den 23-årige Kitt, som bor i Ry.", ["Kitt"]),  # an age in words before a capital
        ("Den 23-årige mand blev anholdt.", []),
        ("Medarbejder,afdeling,antal klager\nA. Kaya,Hjemmeplejen Nord,1", ["Kaya"]),
        # a name before a street of its own name on a list's line; a street named after someone stays a street
        ("120238-0332 Alma Rask Vestergade 8, 4594 Sivested iltbehandling", ["Alma Rask"]),
        ("Mødet er på H.C. Andersens Boulevard 2, 1553 København V.", []),
        ("Hun bor på H.C. Ørstedsvej 4, 1879 Frederiksberg C.", []),
        # a first name only the wide list knows, after a cue; a first name before its distance; a surname's initial
        # before a speaker's colon; a list said to be of names
        ("Min elev Wilma i 10.x har spurgt om hun må være tilforordnet.", ["Wilma"]),
        ("Jette 42 km, Ahmad 18 km, Lasse 36 km.", ["Jette", "Ahmad", "Lasse"]),
        ("Kaj 3 er lukket for færgetrafik.", []),
        ("Maiken V: resultatet er kommet ind\nMikkel Fog: skal jeg lægge det op?", ["Maiken V", "Mikkel Fog"]),
        ("Med navnene: Kloster, Eskildsen, Yılmaz.", ["Kloster", "Eskildsen", "Yılmaz"]),
        ("Kasper Juul har afleveret en erklæring fra egen læge.", ["Kasper Juul"]),  # no character of fiction
        # a utility's plant, a cemetery or a shop by its place; a feast by its own name, alone
        ("06.40 Pumpestation Mosbæk ude af drift. Rævsø Kirkegård holder åbent. Regning fra Ulvemark Dæk.", []),
        ("Ahmet har spurgt om han kan få fri til Eid.", ["Ahmet"]),
        # from reading 2026-12cp and cr: a signature's name above a firm of its surname; a third name that is a place's
        # word too, before a CPR number; a name before a pupil's class in capitals; a funeral home, a stonemason, a
        # crematorium and a cemetery's genitive by their names; a place's dog; figures of computing's history; a
        # foreign legal form
        ("Venlig hilsen\nMorten Holt\nHolt Begravelsesforretning ApS · CVR 38174568", ["Morten Holt"]),
        ("tlf. samtale m. borger Mikkel Andersen Høj 091093/3361.", ["Mikkel Andersen"]),
        ("Sundhedsplejerske-notat:\nSara Lindholm 9.A, 140811-4086. Søvnproblemer.", ["Sara Lindholm"]),
        ("Holt Begravelse kontaktet. Faktura fra Ulsnæs Stenhuggeri og Gråbjerg Krematorium.", []),
        ("Forslag: lukke Ulsnæs Kirkegårds kontor og flytte til Nordre.", []),
        ("Mindeord om vores kirkegårdshund Bonde, der døde i weekenden.", []),
        ("Skriv en quiz om Ada Lovelace, Alan Turing, Charles Babbage og Konrad Zuse.", []),
        ("1. Amazon Web Services EMEA SARL (Luxembourg)", []),
        ("Datteren har via advokat Jens Brohus fremsat krav.", ["Jens Brohus"]),
        # from reading 2026-12ct, cu and cw: a message's writer naming themself after the greeting, a dated journal
        # entry's author, an evaluation group's initials; not names: clubs, festivals and branches by their place, also
        # taken whole, a foundation named after someone, a firm of two words joined by "og", a place after English "in",
        # a TV channel and a wholesaler by their heads, units after numbers, a month's abbreviation beside another,
        # economists of history
        ('"hej louise det er sanne. jeg kan ikke komme i morgen"', ["louise", "sanne"]),
        ("12.02.2026 LT: Tlf. samtale med borgeren.\n13.02.2026 LT: Mail fra arbejdsgiver.", ["LT", "LT"]),
        ("Evalueringsgruppe: AB, KLJ, ST", ["AB", "KLJ", "ST"]),
        ('Vedtægter for Hjortsvig Roklub, § 12. Bibliotekar til Kildebjerg Filial.', []),
        ("Kan du skrive en kort tekst om Anna Vangs Mindefond, der uddeler legater?", []),
        ("Rævholt Støtte og Vejledning I/S\t512 kr.", []),
        ("Dear colleagues in Hjortsvig, thank you.", []),
        ("Journalist: Lone Dybdal, Kanal Kærland. Smedager Grossisten har svaret.", ["Lone Dybdal"]),
        ("en koncentrator bruger 0,3 kWh i timen (elpris 2,40 kr/kWh), dokumentet fylder 312 MB", []),
        ("afd;medarbejder;sygedage jan;sygedage feb", []),
        ("Jeg læser Adam Smith og Keynes. Luca Pacioli opfandt dobbelt bogholderi.", []),
        ('Velkommen til vores nye kollega fra Irland, Siobhan Kelly. /Bettina Misbrugscentret', ["Siobhan Kelly", "Bettina Misbrugscentret"]),
        # from reading 2026-12cx, cy and da: not names: a disease by its physician, a unit under a place's column, a
        # severity in a register, a compound's cut first part, a couple's foundation of a compound word, a thing
        # christened by its owners, a town after "venskabskommunen", a housing association by its town, a taxi firm, a
        # biogas plant and an activity by their heads, a brand misspelt, a singer of history
        ("Afgørelse til en dreng med Duchenne muskeldystrofi. Oliver Storm Jeppesen, 180915-4188.", ["Oliver Storm Jeppesen"]),
        ("| Navn | Afsnit | Start |\n|---|---|---|\n| Hülya Demir | Lærken | 12/3 |\n| Omar Haddad | Vibe | 12/3 |",
         ["Hülya Demir", "Omar Haddad"]),
        ("| 2026-018 | 26.02 | Regneark sendt ukrypteret | Høj | Anmeldt: ja", []),
        ('Lav en tekst om Skov- og Naturstyrelsens "Giv et træ"-dag.', []),
        ("Fonde: Karen og Aksel Tvedes Naturfond og Fonden for Hedens Natur.", []),
        ('Beboerne har døbt vores robotsæl "Søren". Skriv en historie om Søren.', []),
        ("Brev fra venskabskommunen Växjö (sv)", []),
        ("Salg af plejehjemmet, Kirkevej 2-4, 4683 Morbæk, til Boligselskabet Morbæk.", []),
        ("bijob som chauffør hos Taxa Sydhavn. Klassens tur til Brokær Biogas. Rask Motion inviterer.", []),
        ("Vi har fået en gave fra Anton Berg til påskefesten. Musik af Liva Weel.", []),
        ("Datteren Pia er orienteret. Lægen kommer kl. 10, Egon har æggeallergi.", ["Pia", "Egon"]),
        # from reading 2026-12df to dm: counts by initials one a line, signed or written by initials, a note's writer in
        # brackets before its colon, a plan's "m. SH", a compound role before initials; not a project's code after a role
        ("Fravær Q4\nAHJ 2 dage\nMBP 11 dage (operation)\nTKS 0 dage", ["AHJ", "MBP", "TKS"]),
        ("- MSK: 6 dage (influenza)\n- JTP: 11 dage\n- OBE: 0", ["MSK", "JTP", "OBE"]),
        ("Astrid sover.\n\nUnderskrevet NP og SKJ", ["Astrid", "NP", "SKJ"]),
        ("Notat fra opsøgende team, skrevet af JKL 03.11:", ["JKL"]),
        ("Notat til hjemmeplejen (LHV):\nBeboeren sover.", ["LHV"]),
        ("Man: handle ind m. SH\nTors: rengøring m. SH", ["SH", "SH"]),
        ("Personalemøde – notat fra skoleleder KS:", ["KS"]),
        ("Carina Vestergaard, projektleder ESDH-udbud", ["Carina Vestergaard"]),
        ("Menu uge 3\nMAN 10 kr\nTIR 12 kr\nONS 9 kr\nKøb 2 stk. m. MVA", []),
        # not names: a pension fund, a housing company, a second-hand shop and a smithy by their places, ranges of months
        ("Genforsikringen hos Pensionskassen Tranbæk dækker. Mail til Brombæk Boligselskab.", []),
        ("Virksomhedspraktik, Kragmose Genbrug. Mvh Kenneth, Rørhavn Smedie", ["Kenneth"]),
        ("Lønsedler jan–mar 2026. Calculated at the wrong rate from March to August.", []),
        ("Jun-jun Bautista ringede.", ["Jun-jun Bautista"]),
        # a name in a table's cell before an e-mail address in the next: the address is its own token
        ("navn;mail\nNadia Hussein;nadia.h91@gmail.com\nMorten Kragh;m.kragh@outlook.dk", ["Nadia Hussein", "Morten Kragh"]),
        ("Skriv til hanne.jensen@kommune.dk eller <ole.berg@kommune.dk>", []),
        # from reading 2026-12dr, dt and du: a colleague's initials, users' initials in lower case in a log's field or
        # column, initials on a rota by weekdays
        ("- kollega BHJ var med ved samtalen", ["BHJ"]),
        ("bruger: mkh – rolle: sagsbehandler\nbruger: sjv – rolle: teamleder\nbruger: ja", ["mkh", "sjv"]),
        ("Bruger;Opslag;Formål dokumenteret\ncra;14;nej\nmly;212;ja", ["cra", "mly"]),
        ("Vagtplan for telefonen uge 50: BH man+ons, RS tirs, TL fre.", ["BH", "RS", "TL"]),
        ("Åbent hus: MAN 10-12, ONS 14-16", []),
        # not names: a savings bank, a food firm, a local council, a Swedish municipality, an English jobcentre, a memorial grove
        ("Samtale hos Engkær Andelskasse. Ulvskov Foods;pakkeri. Tak til Kragelund Lokalråd og Ljungby Kommun.", []),
        ("Best regards\nKenneth Aagaard\nJobcentre Tjørneholm", ["Kenneth Aagaard"]),
        ("Eleverne plantede træer i Frederik Brandts Mindelund.", []),
        # a chat pasted in lower case, two first names or more as its speakers; not a note's labels
        ("louise: har du talt med praktikstedet\nmorten: ja han starter mandag, graverne er glade",
         ["louise", "morten"]),
        ("note: husk at ringe i morgen tidlig\nsvar: det gør jeg i morgen", []),
        # from reading 2026-12db and dd: initials in a signature with its role, after a visit, a look-in or "initialer", in a
        # rota by weekdays; not names: an institution's own name before its word, wherever the text repeats it, abbreviations,
        # a German street, a pizzeria, local papers and groups by their endings, Henry George, Onkel Joakim
        ("Røgalarm var pillet ned.\n/indsatsleder OKJ", ["OKJ"]),
        ("17.09.2026 – Hjemmebesøg ved LKN. Gudrun Mose faldt, tilset af AH.", ["LKN", "Gudrun Mose", "AH"]),
        ("Medarbejder: Camilla Ravnsborg (initialer CRA), sagsbehandler", ["Camilla Ravnsborg", "CRA"]),
        ("| | man | tir | ons |\n|---|---|---|---|\n| formiddag | AKO | PZI | SKR |", ["AKO", "PZI", "SKR"]),
        ("Kørt til Digebo Ældrecenter? Nej – til hotel, da Digebo var fuld.", []),
        ("ring til borger ang. røgalarm\n| Tlf | 2245 7719 |", []),
        ("From: Margarethe Vogel, Lindenstraße 12, 24937 Flensburg", ["Margarethe Vogel"]),
        ('"Yıldız Pizza & Grill v/ Mehmet Yıldız", Torvegade 17', ["Mehmet Yıldız"]),
        ("Fjordposten ringede. Ulvsbjerg Spejdergruppe er fritaget.", []),
        ("Onkel Joakims pengebinge. Hvem var Henry George?", []),
        ("Eid Hansen ringede i går.", ["Eid Hansen"]),
        ("Mubarak Hassan ringede i dag om sin sag.", ["Mubarak Hassan"]),
        ("Lasse Bruun: hej det er lasse, jeg kan ikke komme i morgen", ["Lasse Bruun", "lasse"]),
        ("Mette Bach ringede. Vi skal mette alle gæster.", ["Mette Bach"]),
        ("Jens Post ringede i går.", ["Jens Post"]),
        ("Vi har på kameraet set tre elever ryge bag hallen: Villads, Nora og Jamal.", ["Villads", "Nora", "Jamal"]),
        ("Tilstede: AK, MD, SJ, Camilla Rønn (arbejdsmiljørepræsentant)", ["AK", "MD", "SJ", "Camilla Rønn"]),
        ("Der er 3 medarbejdere med hvide fingre: JM, OA og PK.", ["JM", "OA", "PK"]),
        ("- Pål Nordby (init. PNO)\n- Beatriz Gómez (init. BGO)", ["Pål Nordby", "PNO", "Beatriz Gómez", "BGO"]),
        ("Vi har ansatte i disse afdelinger: HR, IT og PR.", []),
        ('{"fornavn": "Magnus", "efternavn": "Kastrup", "cpr": "x"}', ["Magnus", "Kastrup"]),
        # a risk's owner by initials, after a dash in a register's line; a rota's shifts after dashes
        ("R-11 Cyberangreb – ejer: ULS – status: åben\nR-14 Nedbrud – ejer: TE – status: åben", ["ULS", "TE"]),
        ("Vagtplan mandag – aften: LFO – nat: RMT", ["LFO", "RMT"]),
        # a greeting line ending in a comma over a sentence with a comma is no table's header
        ("Hej Morten, \njeg ved godt at du skulle have været med, men du er syg.", ["Morten"]),
        # a rota's weekdays before initials; a risk's owner without a colon; clubs, scout groups and bus firms by their
        # place; a group named by "hedder"
        ("Vagtplan\nMan: JVE, KHØ\nTir: RSL\nOns: TV Midt ringer", ["JVE", "KHØ", "RSL"]),
        ("R1 Drukneulykke – konsekvens høj – ejer JBA", ["JBA"]),
        ("Tilbud: Nordsund Turist eller Kærholt Busser. Tilskud til Tjørnholt GIF og DDS Kærholt Gruppe.", []),
        ("Spejdergruppen hedder Falken og mødes om onsdagen.", []),
        ("Min datter hedder Falk.", ["Falk"]),
        ("Du har givet Gudrun chokolade, selvom hun har diabetes.", ["Gudrun"]),  # goods in lower case head no firm
        # from reading 2026-12kp, kq and kr (thirty-third session): a count of days after a name is no house number; a
        # word for a person makes a list of people; a first name a cue made sure, again in the genitive; a list's head
        # the lists know outweighs the pipeline; a count in per cent after a name; a full name after an association;
        # a station, a coach firm, a zoo, a forum, a care home's garden and a product's edition are no people
        ("Fravær:\n- Jakob Steen 12 dage (stress)\n- Peter Lund 21 dage (knæoperation)", ["Jakob Steen", "Peter Lund"]),
        ("Barn: Alma Thuesen\nMor og Alma bor på krisecenter.", ["Alma Thuesen", "Alma"]),
        ('Oversæt: "Kære forældre til Defne. Vi vil gerne tale om Defnes læsning."', ["Defne", "Defnes"]),
        ("Observation (læsevejleder Jesper Raun):\n- Alfie læser højt med støtte\n- Amalie afbryder\n- Nikolai kan ikke sidde stille",
         ["Jesper Raun", "Alfie", "Amalie", "Nikolai"]),
        ("Reading progress: Ida-Marie 82 %, Otto 45 % (dyslexic), Samir 67 %.", ["Ida-Marie", "Otto", "Samir"]),
        ("Formand for forældreforeningen Anja Søgaard (42 16 83 57) kritiserede ventetiden.", ["Anja Søgaard"]),
        ("Vi spiller mod Boldklubben Storm i morgen.", []),
        ('Stoppesteder med læskur: Brokkerup St., Odderlund Torv. {"fra": "Hejrevig St.", "til": "Sygehuset"}', []),
        ("En chauffør fra Ravnekilde Turistfart kørte os til Ravnekilde Zoo.", []),
        ("Hilsen Dorte Vind, afdelingsleder, Syvstenhave", ["Dorte Vind"]),
        ('Prisliste: "Læsepen Pro", 1.495 kr.; "Læsepen Basic", 995 kr.', []),
        ("Referat Velfærdsteknologisk Forum – mødet 3. marts", []),
        ("Ordblindetesten (jan.): rød kategori.", []),
        ('Vi læser "Gummi-Tarzan" af Ole Lund Kirkegaard. Hvem var Poul Due Jensen?', []),
        # from reading 2026-12kt to kx: English genitives, an age glued to its number, an initial before a lower-case word,
        # a double first name before a medicine verb, a figure's namesake with a CPR number, English months after a verb
        # of time, cars, garages and leasing firms, pets by their names, the verb "Ring" before a number, a firm by
        # "-kompagniet", the CPR number's own label
        ("I do not agree that Noah's absence is worrying.", ["Noah's"]),
        ("Han tog 1.800 kr fra kassen (gave til Lones 60-års dag).", ["Lones"]),
        ("Har nogen styr på hvornår Jens V. har 25 år?", ["Jens V"]),
        ("Forældrene har meddelt at de tager Ida-Marie ud af skolen.", ["Ida-Marie"]),
        ("Befordring til øjenklinik:\nAsta Nielsen, 120433-0634, kørestol", ["Asta Nielsen"]),
        ("Vi ser en film med Asta Nielsen i aften.", []),
        ("Family treatment ended June. Next visit 2 Dec.", []),
        ("Tilbud på en Citroën ë-Berlingo. Bilen står hos Jensens Autolakering. Kontrakt med Kystlys Leasing.", []),
        ("Han boede alene med sin hund Bastian. Dyrehjemmet har en papegøje ved navn Frede og en kat der hedder Oskar.", []),
        # (fifty-fourth session, from reading 2026-12tr to tt) someone's pet set off by commas, a mascot named and its
        # name again, a foundation's compound
        ("Vikaren kommer med sin egen hund, Kaj, næste uge. Familien ønsker at Bents egen hund, Fido, må blive.", ["Bents"]),
        ("Vores maskot er en grævling der hedder Gorm. Skriv en historie om Gorm.", []),
        ("Min kollega der hedder Peter Hansen ringer. Peter er syg.", ["Peter Hansen", "Peter"]),
        ("Vi søger Ellen Marstrands Kulturfond om penge.", []),
        ('"Bo, Mark og Per" er navnene på bibliotekets tre nye symaskiner.', []),
        ("Anna og Ida er navnene på de to nye elever.", ["Anna", "Ida"]),
        ("An exchange teacher from Scotland (Fiona MacLeod) visits the Ravnsnæs Tourist Office.", ["Fiona MacLeod"]),
        ("Mødet med Jimmy Wales er flyttet.", ["Jimmy Wales"]),
        ("Ring 48 72 14 60 eller skriv til os.", []),
        ("Hun har skrevet sin datters CPR (150920-4620) i feltet.", []),
        ("Mail til Madkompagniet Trane og Grønskær Facility.", []),
        ("Mercedes Gómez ringede.", ["Mercedes Gómez"]),
        # from reading 2026-12ld: congregations, parishes and churches by their places, feasts by their names, faiths in
        # English, a deity, an angel, a word and its meaning, names said to be surnames or things' names, popes
        ("Salg til Kragsbjerg Frikirke. Hvidløkke Menighedsråd er positiv. Tuenholm Sogn og Tuenholm Church.", []),
        ("| Ayse Korkmaz | Tuenholm Skole | Kurban Bayram | 27.05 | ja |", ["Ayse Korkmaz"]),
        ("Bayram Yilmaz ringede.", ["Bayram Yilmaz"]),
        ("Han vil have fri (Kristi Himmelfart er jo fri). A Muslim can pray here.", []),
        ('Han sagde "Allah vil straffe dig" til en engel Gabriel i skuespillet.', []),
        ('"Iman" betyder tro på arabisk, og "Nour" betyder lys.', []),
        ("Engel, Præst, Munk, Bisp og Kirkegaard er alle danske efternavne.", []),
        ("Storm, Sten og Lykke er navnene på tre juletræer i Kulturhuset.", []),
        ("Anna, Bo og Lis er navnene på de tre nye medarbejdere.", ["Anna", "Bo", "Lis"]),
        ("Pave Johannes Paul 2. og Desmond Tutu talte om fred. Johannes Paul Hansen ringede.", ["Johannes Paul Hansen"]),
        ("Beboer Ejnar Thøgersen, Kirsebærhøj stue 14, er terminal.", ["Ejnar Thøgersen"]),
        # from reading 2026-12lb and lc: scout groups by their letters, a care home by its ending in -bo, dog breeds, a
        # transcript's speaker by a surname in capitals
        ('Tilskud: "forening": "FDF Sivkær". Mail fra gruppeleder Henrik Toft, DDS Solbæk:', ["Henrik Toft"]),
        ("Hændelsesrapport, Hyldebo, 14/6", []),
        ("Vi har en Jack Russell terrier og en Cavalier King Charles spaniel i hittegods.", []),
        ("JOURNALIST: Hvor mange?\nHEDEGAARD: Tre ud af tyve.\nJOURNALIST: Og så?\nHEDEGAARD: En frist.", ["HEDEGAARD", "HEDEGAARD"]),
        # from reading 2026-12lg, lf and lh: the town or organisation a mail domain names (not a first name's person, nor
        # one after a case cue); the CPR number's label after a name
        ("Til: HR Hessellund\nFra: Gert Simonsen <gesi@hessellund.dk>", ["Gert Simonsen"]),
        ("Mit navn er Mette Hansen, skriv til mette@hansen.dk", ["Mette Hansen"]),
        ("Borgeren Hessellund ringede. Se www.hessellund.dk", ["Hessellund"]),
        ("Hilsen\nMorten, CPR 030574-1183, Møllebakken 9, 7864 Fuglkær", ["Morten"]),
        # from reading 2026-12lk, ll and lm (thirty-fourth session): a first name's genitive that a village bears too, one
        # word of a figure before a surname no list holds, a note's heading signed by initials after its date; not people:
        # bridges, tunnels and awards by their endings, event and AV firms by their owners
        ("Punkt 3\n- Rikke er delvist sygemeldt.\n- Flemmings arbejdsskade er anmeldt.", ["Rikke", "Flemmings"]),
        ("Navn | CPR\nMoses Okafor | 151183-3279", ["Moses Okafor"]),
        ("Moses førte israelitterne ud af Egypten.", []),
        ("Han kører en Renault Zoe og en Skoda Octavia.", []),  # a model after its maker named after someone
        ("Journalnotat 21.11.2026, LKP\nOpsøgende besøg. Mødt Sigurd.", ["LKP", "Sigurd"]),
        ("Busruten over Tangbroen er omlagt. Luk Sandgravtunnelen om natten.", []),
        ("Bodilprisen og Robertprisen – hvad er forskellen?", []),
        ("Vi har tilbud fra Mogensen Event og Bjørnholt AV om udlejning af scene.", []),
        # from reading 2026-12ln, lo and lq: "HR." ending a sentence is the department, not the title before a name; a town by
        # its bay's ending (-vig) and a bay by its word; day care, an after-school club and a hostel by their places
        ("Hej HR. Må vi kræve det?", []),
        # from reading 2026-12ls, lt and lu: initials past an abbreviation in a list, painters and film stars of the past,
        # teams by their nicknames, a sentence's end before an address; a surname that is a place word too stays
        ("Deltagere: US (direktør), NB (formand KFU), AV (Level Nord), TB\n- AV: serverrum", ["US", "AV", "TB", "AV"]),
        ("Lav et skema over Rodin, Henry Moore og Louise Bourgeois. Humphrey Bogart røg i sine film.", []),
        ("Resultatliste Bjerglev Cup:\n1. Hasselbæk Hawks\n2. Bjerglev Bears\nHan er aktiv i Gravlev Gamers.", []),
        ("Parents: Dmytro and Iryna Shevchuk. Address Skarpsø Strandvej 41.", ["Dmytro", "Iryna Shevchuk"]),
        ("Skolechef Inge Fjord orienterer forældrene.", ["Inge Fjord"]),
        ("Vi overvejer jakker fra Helly Hansen til Vej & Park. Tilbud fra Brask Tekstil.", []),  # a brand, a textile firm
        # from reading 2026-12lz, ma and mb: a child named like a storm stays a child; a prison by its place; a weekday
        # heading a calendar's line before a time
        ("Vi har modtaget en underretning om din søn Storm Lauge (080310 – 4379).", ["Storm Lauge"]),
        ("Storm Gorm lukkede rådhuset.", []),
        ("Han blev løsladt fra Statsfængslet Vibeløse i går.", []),
        ("Ons 09.00: Økonomiudvalget\nTor 19.00: Privat\nFre 10.00: Tor Hansen", ["Tor Hansen"]),
        # from reading 2026-12md, me and mg: councils and town centres by their places, Le Corbusier
        ("Tørvinge Ungdomsråd har sendt et forslag om Stokkerup Bymidte. Le Corbusiers byplaner kritiseres.", []),
        # from reading 2026-12mh and mk: a visit by initials after "v/", a sports ground by its place
        ("19.02.2026 – Hjemmebesøg v/RKA. Skade på bane 3, Kragemose Idrætspark.", ["RKA"]),
        ("Badning frarådes på Sælvig Strand og Kobbervig Bugt. Fru Riis var i Kobbervig.", ["Riis"]),
        ("Jobannonce: Dagtilbud Havreholm. Leder af SFO Vindbæk, Mikael Brandstrup. Bolig: Stubbeled Vandrerhjem.",
         ["Mikael Brandstrup"]),
        # from reading 2026-12mj: races and parks by their towns, a runner of the past, an abbreviation's compound after
        # a genitive, a house of any name in an address
        ("Pkt. 4: Ravnsager Maraton 2027 og Fjordmilen. Turen går rundt om Fjordparken.", []),
        ('Skriv en indledning med citatet fra Emil Zátopek: "If you want to run, run a mile."', []),
        ("Mail med Mohammed Karimis CPR-nr. sendt til formanden", ["Mohammed Karimis"]),
        ("Forlig med Anders Pilgaard, Strandlyst 9, 7371 Ravnsager", ["Anders Pilgaard"]),
        # from reading 2026-12ml, mm and mo: initials of a note's writer after its date or heading it, of a count's lines
        # after a dash, of a log's users, of a page's owner; a function word after a cue, a first name before her unit in
        # the definite; heating plants, towns in -rød, stores, scientists and characters, a brand named after people
        ("Personalenotat 11/6 (PL):\nErik Bonde ringede sig syg igen.", ["PL", "Erik Bonde"]),
        ("HT noter 12/6: snakket m. Kristoffer Bang (7.C) om fravær", ["HT", "Kristoffer Bang"]),
        ("Sygefravær uge 52-1:\nHKJ – 5 dage (influenza)\nMBS – 3 dage\nTTR – 8 dage, ikke oplyst", ["HKJ", "MBS", "TTR"]),
        ("Opslag i Nexus:\nbruger mkj – 14 opslag\nBruger jlh slog Anja Kronborg op 14 gange. Bruger kbp 2 gange med sagsnr.",
         ["mkj", "jlh", "Anja Kronborg", "kbp"]),
        ('siden "Prisstigning 2027" – skjult. Ejer: rlu. Kan du skrive en tekst?\nside;ejer;status\n/camping/a;lsk;publiceret',
         ["rlu", "lsk"]),
        ("Han bruger den – 3 gange. Bruger app 3 gange.", []),
        ("FYI til HR – Ikke til deling i teamet: Lisbeth Mathiasen har fået ny stilling", ["Lisbeth Mathiasen"]),
        ("Ring hvis du er syg. vh Maja jobcentret", ["Maja"]),
        ("Sted: Varmecentral Kulbjerg. Borgermøde Askerød. Markiser fra Jysk Sengetøjslager.", []),
        ("Hvad har James Watt og Lord Kelvin med varmepumpen at gøre? Gyro Gearløs ville elske den. Tilbud fra Stiebel Eltron.", []),
        ("Forældrene (Bernd og Heike Mertens) var på værtshus.", ["Bernd", "Heike Mertens"]),  # German first names
        # from reading 2026-12mp, mq and mr: names with a count of one day or zero in an absence list, a diary's weekdays
        # are no speakers, a page's owner after a comma, a log's user before brackets, staff affected by initials; names
        # given as examples or proposed when something is named, a café, an arena, a dairy, the chatbot, chess masters
        ("Fravær:\nIda 2 dage (syg)\nMagnus 1 dag (skakturnering)\nHamza 0\nKaj 3 er lukket", ["Ida", "Magnus", "Hamza"]),
        ("Dagbog uge 46:\nma: hjemme hos Søren kl 7.\nti: aflyst af mor\non: Ida i morgenklubben kl 7.20", ["Søren", "Ida"]),
        ("side X – status: skjult, ejer: rkh. Staff affected: MKJ, LRH. Bruger tmo (Tina Molin) har slået op på Anna",
         ["rkh", "MKJ", "LRH", "tmo", "Tina Molin", "Anna"]),
        ("Hvorfor er navne som Jensen, Nielsen og Hansen almindelige? Fornavne, der er godkendt, fx Alex, Kim og Robin.", []),
        ("Må man hedde Storm som fornavn? Mark, Per og Bo – alle tre er både navne og ord.", []),
        ('Værkerne er signeret med fornavne som "Sol", "Mik" og "Bo".', ["Mik"]),  # names used (Sol and Bo are words too)
        ("Vi skal navngive en ny klasse-kanin. Børnene foreslår Kanelsnurren, Bjørn, Kaj og Trine.", []),
        ('Skilt: "Spillecafé Lærkereden". Hallen opkaldes "Thygesen Arena". Mælk via Arla. Hej chatbot.', []),
        ("Skriv en tekst om Capablanca og Paul Morphy. Hvem var Sylvester Graham?", []),
        # from reading 2026-12mt, mv and mw: saunas, bands, places by a grove's ending, Meta, a Faroese feast, figures of
        # the past
        ("Referat, Kajsaunaen. Musik: Stangerup Brass. Anmeldt til Meta. Specialklasse, Riselund. Råd ved Ólavsøka.", []),
        ("Badebroen efter Sebastian Kneipp. Anders Celsius, Valdemar Sejr, Joakim Skovgaard, Diego Rivera og Ernst Trier.", []),
        ("Hanne Skovlund og Bent Højlund kom.", ["Hanne Skovlund", "Bent Højlund"]),
        # from reading 2026-12my, mz and na: firms by their heads, an engineering firm, brands and figures of the past
        ("Tvist med Ruseby Røgeri. Fra Makrelbøl Bådeværft og Nordsø Seafood. Vurderet af Rambøll. Kort over Mosevælde Plantage.", []),
        ("Produkter fra Paul Mitchell og John Frieda. Vidal Sassoon og Marie Antoinette. Kaptajn Haddock og Skipper Skræk.", []),
        # from reading 2026-12nb, nd and ne: horses named, then said what they are; a pastry shop by its owner's name, banks
        # and pharmacies by their endings, figures of the past
        ("Rideskolens heste:\nBjarne, vallak, 24 år\nLotte, hoppe, 11 år\nKaj, pony, 16 år. Her står Frida, vores ældste hest.", []),
        ("Peter, 34 år, kom. Mette Hansen, hund til hundeluftning.", ["Peter", "Mette Hansen"]),
        ("Til stede: JS, MR, LB, KAT\n1. Lejrskole", ["JS", "MR", "LB", "KAT"]),
        ("Elev\tPraktiksted\tKontakt\nEmma-Louise Kaas\tMosevrå Bageri\tHenrik Jul", ["Emma-Louise Kaas", "Henrik Jul"]),
        ("Konditori Skjold 395 kr. Gæld til Sydbank. Løve Apoteket og Svane Apoteket.", []),
        ("Hvem var Sarah Bernhardt? August Krogh og Paracelsus. Personalet udførte Heimlich.", []),
        # from reading 2026-12nk (thirty-sixth session): lotteries, markets and friends' associations by their endings, also
        # joined to a name
        ("Tak for lodderne til Kuglerup Julelotteri. Foreningerne: Kuglerup Bingovenner, Tromlemose Jagtforening.", []),
        ("Emne: SV: Julelotteriet og Bjarke\nHej Susanne", ["Bjarke", "Susanne"]),
        # … museums and animal parks by their endings (2026-12nx, nv)
        ("Vi skal på tur til Fuglsang Kunstmuseum og Egeskov Dyrepark med Anna Holm.", ["Anna Holm"]),
        # … and degrees before or after their subject (2026-12nf, nn, no)
        ("1. Julie Brandstrup – MSc Public Health\n2. Aisha Ali – biology MSc\n| Jonathan Krieger | Robotics PhD |",
         ["Julie Brandstrup", "Aisha Ali", "Jonathan Krieger"]),
        # from reading 2026-12ob, oc and nz (thirty-seventh session): a full name's genitive before a capitalised word names a
        # firm or a thing (not someone's kin or helper); a café's name after it
        ("Bud fra Bent Sørensens Urmageri og Bent Hansens Anlægsgartneri.", []),
        ("Lucas Rojas Hvidt og Juan Carlos Ortega", ["Lucas Rojas Hvidt", "Juan Carlos Ortega"]),
        ("Mødet med Anne Hansens Far og Peter Madsens Leder blev aflyst.", ["Anne Hansens", "Peter Madsens"]),
        ("Fuldmagt til Ingeborg Sands Digital Post", ["Ingeborg Sands"]),
        ("Rasmus har fået praktik i reparationscaféen Lappeløs.", ["Rasmus"]),
        # a code the pipeline took for a name, a possessive opening a sentence, a journal's dated entries by their writers'
        # bracketed initials (2026-12og, oe)
        ("Gavekort til escape room: kode ESC-2412-9987-XQ. Skriv en gavekortstekst.", []),
        ("Interview i P4 Fyn med Lisbeth Krarup om Kristian Wulffs Tekniske Skole", ["Lisbeth Krarup"]),
        ('Oversæt: "Din far Mehmet Aydın deltog i dag."', ["Mehmet Aydın"]),
        ("14.08.2026 (NB) Telefonisk henvendelse.\n19.10.2026 (JMH) Elevatoren er i stykker.", ["NB", "JMH"]),
        ("14.08.2026 (NB) Husk at ringe.", []),
        # from reading 2026-12oh, oj and ok: a marking the pipeline took in, initials after a compound's role or HR, a
        # month's label, a trade after a genitive, a trade's, a choir's and a championship's names
        ("Hændelse\nIntern UTH – ikke til pårørende. Skrevet af støttepædagog SHJ.", ["SHJ"]),
        ("- apr: Ali sygemeldt\n- jun: mægling\n- sep: ny klage fra Winnie", ["Ali", "Winnie"]),
        ('Opslag om "Holms Strygeservice". Møntvaskeriet Rene Linned. Vårhede Kammerkor. Skolernes Quizmesterskab.', []),
        # from reading 2026-12om, on and oo: pets a class keeps, also with a title; parks and zoos; witnesses by initials; an
        # abbreviation after a name in a contact's line; a shouted line; an English role's first word
        ("Klassens kornsnog hedder Gustav og skildpadden hedder Fru Hansen.", []),
        ("Tur til Rebslev Aktivitetspark og Reptilzoo Sjælland med Anna Holm", ["Anna Holm"]),
        ("Ulykke | Vidner: SB, MH", ["SB", "MH"]),
        ("Kontaktperson: Camilla Holt, tlf. 21 47 83 90", ["Camilla Holt"]),
        ("og SIG IKKE TIL MIN BROR AT JEG HAR SPURGT", []),
        ("CONFIDENTIAL – HR and line manager only\nEmployee: Tomasz Wiśniewski", ["Tomasz Wiśniewski"]),
        # from reading 2026-12ot, ov and ow (thirty-eighth session): a family by a surname compound, a syndrome named after
        # a doctor's full name (not a list's row before an illness), farms, a gathering and a dealer by their kind, a school
        # in English, names proposed for "navnet på" something
        ("Jeg var på hjemmebesøg hos Lindholt-familien i går.", ["Lindholt"]),
        ("Beboer Herluf Winge har fået diagnosen Charles Bonnet syndrom.", ["Herluf Winge"]),
        ("040583-1538\tRikke Asmussen\tsygdom 5 dage", ["Rikke Asmussen"]),
        ("Besøg på Kornhøj Økogård og Plovslev Hovedgård. Tale til Traktortræf Agerslev. Plovslev Maskinhandel.", []),
        ("24 pupils from Agerslev School completed the course.", []),
        ("Navnet på vores nye kalv skal vælges af 2.a. Forslag: Frida, Storm, Bellis eller Mads.", []),
        # from reading 2026-12oy, oz and pa: a first name's genitive before an illness is someone's, a monarch's genitive, the
        # data protection officer
        ("Emne: Info til forældre om Malous sygdom. Han har Parkinsons sygdom.", ["Malous"]),
        ("Frederik den Syvendes statue på torvet bliver renoveret.", []),
        ("Fra: DPO\nTil: direktionen\nEmne: vurdering", []),
        # from reading 2026-12pc to ph: initials after a closing greeting, staff by bracketed initials, a log's timed lines by
        # two writers or more (not one line's code); clubs, estates, gym halls and stadiums, a tune as a label, a memorial
        # fund, a medicine in an emergency, a firm by its region
        ("Denne mail skal ikke i journalen. Mvh JM", ["JM"]),
        ("Tak for i dag. Mvh HR", []),
        ("Mor mødte op beruset. Personalet (AJ) kontaktede vagtcentralen.", ["AJ"]),
        ("Skriv et kort resumé til personalet UDEN navne. Æret være Villys minde.", ["Villys"]),
        ("Vagtbog\n02:14 KBH og ALJ til Åløbet\n03:05 ALJ meldes tilskadekommen\n03:40 SEN overtager", ["KBH", "ALJ", "ALJ", "SEN"]),
        ("Program\n10:00 IT opdaterer serverne\n11:00 frokost", []),
        ("Træner i Favnsø Judo Klubs parahold. Udlejer: Hybenlund Gods. Vi lukker Garnæs Skolegymnastiksal.", []),
        ("Melodi: Jens Vejmand. Naturfondet Aage Brinchs Minde. Baghøj Bordtennis. Job hos Vildbær Nordic.", []),
        ("Liam Ahmed – epilepsi, Buccolam i nødstilfælde", ["Liam Ahmed"]),
        ("En tur til Arthur Ashe Stadium. European Wheelchair Tennis Championship 2027.", []),
        # from reading 2026-12pj, pk and pm (thirty-ninth session): wild animals by their names, what people will call a
        # thing, a dairy, a firm by its trade and a rescue service, a part of town by its quarter, two words joined with a
        # short last part, a word in capitals for stress, a death within ten years, a first name's genitive again in lower
        # case, a sign-off's name before its unit, a thing asked about
        ("Frøen Kaj og pindsvinet Sofie. Vi har et pindsvin i pleje der hedder Frede.", []),
        ("Vi har fået en skildpadde i SFO'en som børnene kalder Fru Jensen.", []),
        ('Vi vil navngive vores tre presser "Pelle", "Rasmus" og "Pingo". Vi vil kalde det nye insekthotel "Bille-Bo".', []),
        ("Tvillingerne har fået navnene Ida og Eva.", ["Ida", "Eva"]),
        ("Tilbud fra Nordfyns Andelsmejeri og Tudsholm Entreprenørforretning. Pindsvinehjælpen Tudsholm ringede.", []),
        ("Kamilla Frost, 24 61 83 90, Smørvig Østre", ["Kamilla Frost"]),
        ("| Elev | Kost |\n|---|---|\n| Magnus Riis | Mælkefri |", ["Magnus Riis"]),
        ("Hvordan skriver jeg en besked til klasselæreren UDEN helbredsoplysninger?", []),
        ("Nekrolog\nHolger Vinding (1941-2026), stifter af Frugtlauget, er død.", ["Holger Vinding"]),
        ("Kunstneren Johanne Berg (1842-1911) malede altertavlen.", []),
        ("Besked til Hamzas far: vi har bestilt halal-mad til hamza fra mandag.", ["Hamzas", "hamza"]),
        ("Din mor skal skrive under.\nMvh Rikke, Natur og Park", ["Rikke"]),
        ("Hvad er Brix, og hvilken værdi er god for most?", []),
        ('Podcast "Grøn Tudsholm", afsnit 7. Referat, styregruppe "Vild Tudsholm".', []),
        # from reading 2026-12pn, pp and pq: a journal note's date and its writer's initials, a rota's line after a dash, one
        # initial of a named child, an English function word after a cue; names proposed "til nu", a brand, a storm
        ("Journalnotat\n\n26.11.26 / SKM\nTelefonsamtale med borger.", ["SKM"]),
        ("Vagtrapport\n– Arne Vind (stue 7): urolig.\n– Vagt: SLH", ["Arne Vind", "SLH"]),
        ("Elev: Benjamin Hald, 5.c\nFar oplyste at B. er i behandling for ADHD.", ["Benjamin Hald", "B."]),
        ("Han efterlader sin hustru Else og tre børn.", ["Else"]),
        # … and one capitalised inside a sentence without a cue (not the month, nor before a number); a first name that is
        # also a word, starting a sentence, with its state in a case note (2026-12tq)
        ("Mandag: banko med Else, tirsdag: gåtur. Lærere: Sanne og Per.", ["Else", "Sanne", "Per"]),
        ("The new lift will not be delivered before May. Reglerne gælder Per 1. januar.", []),
        ("Rosalie bliver tovholder. Kim er sygemeldt efter en operation.", ["Rosalie", "Kim"]),
        ("> From: Jannik Frost\n> Sent: 2. december\n>\n> This notification is confidential.", ["Jannik Frost"]),  # a quoted line opens
        ('Vi vil navngive vores nye fejemaskiner. Forslag til nu: "Fie", "Svend" og "Lille Ib".', []),
        ("Tyggegummi af mærket Stimorol. Ekstravagter efter storm Ingrid.", []),
        ("13.01: Datter på besøg.\n/NK, AJ\n\nLav en sammenfatning.", ["NK", "AJ"]),
        ('Hej Claude, kan du skrive en sang på melodi af "Mester Jakob"? Det er om pizza Margherita.', []),
        ("Kevin er visiteret til job ved Skallesø Badestrand (oprydning).", ["Kevin"]),
        ("Klager: Henrik Aas Solbakken, norsk statsborger.", ["Henrik Aas Solbakken"]),
        # from reading 2026-12pz, qb and qc: a nickname after "kaldet" without quotes or before more in brackets; a first name
        # and one initial before a dash (a monarch's number stays: "Margrethe I. 10 spørgsmål"); initials under a till's,
        # a press log's or a holiday rota's column (also several in a tab table's cell) and after "Medarbejdere:" or
        # "panel:"; not people: a rooster by its name, a central kitchen by its place, a firm run by someone ("v/"),
        # a fable's animal, a podcast's title in capitals, a month between a day and a year, a magazine and a cheese
        ("Vores kollega Kirsten Hørdum, kaldet Kis, døde 29. november.", ["Kirsten Hørdum", "Kis"]),
        ('Genkendt: Mikkel Sandvad (kaldet "Mulle", 16) og en pige.', ["Mikkel Sandvad", "Mulle"]),
        ("Deltaget: Ellen H. 4 gange. Quiz om konger: Christian IV og Margrethe I. 10 spørgsmål.", ["Ellen H"]),
        ("Ansøger: Mads Kirkegaard v/ Kragebjerg Gårdbutik, CVR 44173522", ["Mads Kirkegaard"]),
        ("Jonas Ulv mødte kl 7.", ["Jonas Ulv"]),
        ("Fra: Mads Toftgaard\nEmne: Malthe I. – opfølgning", ["Mads Toftgaard", "Malthe I"]),
        ("Dronning Margrethe I. var regent.", []),
        ("dato\tpå arbejde\tferie\n19.12\tML, KW\tMH\n23.12\tKW\tML", ["ML", "KW", "MH", "KW", "ML"]),
        ("dato;kasse;diff;opgjort af\n09.05;4.440;–185;TK\n23.05;5.180;–185;MH", ["TK", "MH"]),
        ("Medarbejdere: BH (syg hele ugen), JW, KLM", ["BH", "JW", "KLM"]),
        ("interview:\n- svag på budget\npanel: KA, AMQ, LB (TR)", ["KA", "AMQ", "LB"]),
        ("Jeg har nu mistet 9 høns og hanen Kaj. Jeg er 78 år.", []),
        ("Arbejdssted: Kornkær Centralkøkken, pålægsafdelingen", []),
        ("22\tAnadolu Peynir v/ Mehmet Yıldız\t40388168\tost", ["Mehmet Yıldız"]),
        ('Hvorfor hedder det "Mikkel Ræv" i de gamle fortællinger?', []),
        ('PODCAST "Kornkær Inde" afsnit 14 – manus', []),
        ("Nous invitons six producteurs du 14 au 16 mai 2027.", []),
        ("Bo Bedre har en artikel om madkasser. Hun købte Gamle Ole til farfar.", []),
        ("Fik Inger Thorsen kl. 13 Knud Aabergs Madopar ved en fejl?", ["Inger Thorsen", "Knud Aabergs"]),  # (a name runs into a medicine)
        # from reading 2026-12qe, qf and qg: a list headed by initials keeps those that spell short words ("- ET: …"); a
        # chat's other lines once such lines are there; a night log by the hour ("kl 02: …"); counts in a line without a
        # colon; figures in thousands heading lines; who attested or gives a dose; a column headed "Init" holds a union's
        # letters too; not people: a lower-case word the pipeline ran onto a weekday, a cue in the sentence before, a
        # firm's word before its trade and "(v/ …)"
        ("Status aften\n- ET: sov dårligt\n- LT: fik bad\n- GO: spiste godt", ["ET", "LT", "GO"]),
        ("Teams:\nJE: kan du tage turen?\nJE: ellers spørger jeg Pia\nTK: Ja, det gør jeg", ["JE", "JE", "Pia", "TK"]),
        ("Natlog\nkl 02: HV vågen, fik saft\nkl 04: NO kaldte på klokken\nkl 05: BØ sov", ["HV", "NO", "BØ"]),
        ("Lav en oversigt: LN 7 t, PS 3 t, JE 12 t, AK 2 t.", ["LN", "JE", "AK"]),
        ("Løn pr. 1/4\nHM 29.310 → 30.050\nCJ 27.400 → 27.900\nLB 31.150 (uændret)", ["HM", "CJ", "LB"]),
        ("Kvittering for 1.240 kr., attesteret af MW.", ["MW"]),
        ("| Init | Timer |\n|---|---|\n| HK | 4 |\n| JRS | 6 |", ["HK", "JRS"]),
        ("Plan: man NJ, tir NJ, fre ingen, tor glemt, ons NJ", []),
        ("Han bor hos sønnen. Ring til hjemmeplejen i morgen.", []),
        ("Praktik hos Bøgholt Snedkeri (v/ Arne Bøgholt) fra mandag.", ["Arne Bøgholt"]),
        # from reading 2026-12qh, qi and qj: a table whose heading says it holds initials, a rota's dates with who has them,
        # a log's user in lower case named again in the prose; not people: a product's model named in quotes
        ("Påskevagter (initialer):\n\n| Dag | Kasse | Lager |\n|---|---|---|\n| 1 | RF | ØDN |", ["RF", "ØDN"]),
        ("Vagter i påsken:\n14.04 LR\n15.04 PW\n16.04 LR (byttet med PW)", ["LR", "PW", "LR", "PW"]),
        ("dato;bruger;formål\n03.11;kbd;ingen\n\nBrugeren kbd har ingen sag. Spørg kbd's leder.", ["kbd", "kbd", "kbd"]),
        ('Beskriv vores cykelmodel "Holger Sport" og rollemodellen "Anna" til hjemmesiden.', ["Anna"]),
        ("Teams:\nMette K: jeg er syg i dag\nJonas: god bedring til dig\nTlf: ring efter kl 16\nMai: jeg tager vagten i morgen",
         ["Mette K", "Jonas", "Mai"]),
        ("Vi har fået en robotstøvsuger, vi kalder Egon. Kan Egon køre under sengene?", []),
        # from reading 2026-12qn: a weekday's label with its dot, a party's letters heading a rota's list before initials,
        # a slash between initials, a room in brackets before a line's colon
        ("Fravær\nMan.: KT (syg)\nTirs.: RV, PW (halv dag)", ["KT", "PW"]),
        ("Rolig nat.\nUnderskrevet: LB / SØ", ["LB", "SØ"]),
        ("Overlevering\nKJ (stue 12): træt i dag\nRS (stue 4): sover meget", ["KJ", "RS"]),
        # from reading 2026-12qs: a café or a workshop named by what is done there
        ("Familien kommer i Sycaféen og i Cykelværkstedet hver tirsdag.", []),
        # from reading 2026-12qp and qr (forty-second session): varieties named as a plural noun's list, in a table's column
        # or said to be one; stalls and depots by their goods
        ("Vi skal vælge sorter til bedet. Hvad er bedst: Ingrid, Victoria eller Frida?", []),
        ('Vi planter gamle danske sorter. "De er til alle," siger formand for udvalget Jakob Elmose.', ["Jakob Elmose"]),
        ("Han kan skelne sorter og pakke frø. Mor Anette Ebbesen er glad.", ["Anette Ebbesen"]),
        ("Sort;Farve\nAstrid;gul\nMarta;rød\n\nNavn;Hold\nAnna Berg;2", ["Anna Berg"]),
        ("Gartneren Sonja foreslår Camilla. Camilla er en tidlig sort med små bær.", ["Sonja"]),
        ("Hanne er en sort kvinde på 40.", ["Hanne"]),
        ("Ring til Brunsvig Æblecentral eller Karens Æblebod om prisen.", []),
        # from reading 2026-12qt and qv: a byname after a full name (known as, between dashes, quoted after an age), initials
        # signing a note's last sentence or closing it on their own line, saying something in minutes, heading a list among
        # an abbreviation's letters; not people: a species' Latin name, a variety by a compound's singular
        ('Kirsten Bak, kendt af alle som "Fiske-Kirsten", fylder 90.', ["Kirsten Bak", "Fiske-Kirsten"]),
        ("Vi hilser på Kirsten Bak – Fiske-Kirsten – i dag.", ["Kirsten Bak", "Fiske-Kirsten"]),
        ('Borgmesteren og Kirsten Bak (90), "Fiske-Kirsten", klipper snoren.', ["Kirsten Bak", "Fiske-Kirsten"]),
        ("Lars faldt i gården. Mor hentede ham. /MB", ["Lars", "MB"]),
        ("Notat\nLars har det bedre. Han sov til kl. 9.\nMB\n\nSkriv et resumé.", ["Lars", "MB"]),
        ("Referat: Budgettet er vedtaget. PK spurgte, om der er råd til en bus. KL siger nej.", ["PK"]),
        ("Overlevering\nTS: urolig\nBJ: sov godt\nEL: spiste lidt", ["TS", "BJ"]),
        ("Hvilken æblesort er bedst: Ingrid Marie eller Filippa?", []),
        ("Er Rosa rugosa eller Rosa canina bedst til hyben? Spørg Rosa fra haveholdet.", ["Rosa"]),
        # from reading 2026-12qw: a care home's ward by its name, a platform staff post to
        ("Beboer på afsnit Timian. Vores afsnit hedder Timian, Mynte og Salvie.", []),
        ("Kan du skrive en tekst til Spotify og Podimo om afsnittet med Lars Holm?", ["Lars Holm"]),
        # from reading 2026-12qy: an allotment association by its letters, a place word after a place's own name, a seizure
        # medicine
        ("Hun bor i sit kolonihavehus i HF Kirkerød Bakke. Torvald Enge kom. Amalie og Zara fik penge.", ["Torvald Enge", "Amalie", "Zara"]),
        ("Deltagere: lærer HJ, AKT-lærer SØ. DMI siger storm. /DPO", ["HJ", "SØ"]),
        ("barn\tforælder\tmail\nIda Holm\tKarina Sandholm\tkarina.sandholm@mail.dk\n\nBarnet Vilde Bjerg kommer. Læk? USB",
         ["Ida Holm", "Karina Sandholm", "Vilde Bjerg"]),  # ("Vilde", a word too, is a Norwegian first name before a surname)
        ("Ved anfald: giv Buccolam og ring til mor Rikke.", ["Rikke"]),
        ("Elevliste\nEmma-Louise Skovhus – cøliaki\nNoah Bak – ingen", ["Emma-Louise Skovhus", "Noah Bak"]),
        ("Inger var urolig. Ro efter 20 min. DN\n\nOmskriv til journalsprog.", ["Inger", "DN"]),
        ("Hun er fritaget for tunge løft. Aftalt med LKJ og TB. Aftalt med HR og IT.", ["LKJ", "TB"]),
        # from reading 2026-12qx: an ordinary word heading a Markdown table's column among other labels
        ("| Post | Pris | 2027 |\n|---|---|---|\n| Mad | 21 | 22 |\n\n| Dag | Mette | Jonas |\n|---|---|---|\n| man | x | y |",
         ["Mette", "Jonas"]),
        # from reading 2026-12qz, rc and rd (forty-third session): initials in a table's who-column, also two to a cell, a
        # resident's in brackets, a press log's lines signed after their last dash; not people: a thicket or a factory by
        # its place
        ("| Dato | Hvem | Hvad |\n|---|---|---|\n| 14.04 | RH + MS | besøg |\n| 12.05 | RH | ros |\n\n| Hvem | Hvad |\n|---|---|\n| HR | løn |",
         ["RH", "MS", "RH"]),
        ("Stille nat. Beboer på stue 14 (EMV) vågen kl. 2–4.", ["EMV"]),
        ("Presselog\n16.03 kl. 12.10 – ringede om møl – AHB\n16.03 kl. 14.30 – ønsker optagelser – SBL", ["AHB", "SBL"]),
        ("Branden i Fladholt Krat blev opdaget af Mathias Ravn Olesen.", ["Mathias Ravn Olesen"]),
        # … a room named after someone by a compound, ferns by their Latin names (not a name before a Danish verb), a caterer
        # and an insurer by their names
        ('Rummet omdøbes til "Ellens Bregnestue" ved genåbningen.', []),
        ("Fx Matteuccia struthiopteris – strudsvinge, Dryopteris filix-mas og Polypodium vulgare. Lad Hamdia forklare det.",
         ["Hamdia"]),
        ("Møde med Kirsten Holm fra Anker Forsikring.", ["Kirsten Holm"]),
        ("Meet Ana Beatriz Souza from Porto and our intern Chloé Dubois from Lyon.", ["Ana Beatriz Souza", "Chloé Dubois"]),
        # … from reading 2026-12rj, rk and rm: weeks of absence by initials (also a mail's label's letters, no colon after them), a
        # resident's initials after the room; not a person: an activity centre named after a stream
        ("Fravær\nAW uge 45 2 dage\nJS uge 47 1 dag\nMR uge 44 fri", ["AW", "JS", "MR"]),
        ("Overlevering\nStue 14 KES: urolig i nat.\nBolig 3 EK: sov godt.", ["KES", "EK"]),
        ("Mvh Hanne, Mølleåen", ["Hanne"]),
        # from reading 2026-12ro (forty-fourth session): goods counted in pieces or measured in millimetres (a resident's
        # weight is no measure of goods)
        ("Ordre 1, 12 stk. Ocun Twist sele à 549 kr.\nOrdre 2, 6 stk. Scarpa Velocity klatresko à 799 kr.", []),
        ("Leveringsseddel\n\nBeal Joker 9,1 mm, 60 m\nEdelrid Boa 9,8 mm, 40 m\n\nModtaget af Lone Berg.", ["Lone Berg"]),
        ("Vægt i dag: Ida Hansen 62,5 kg.", ["Ida Hansen"]),
        # … a word that reads as a name only in the genitive and owns nothing (three read sets' scripts)
        ("Podcast, afsnit 14\nManus er ikke godkendt – må ikke deles\nVÆRT: Velkommen, Nanna.", ["Nanna"]),
        ("Manus – Radio Mosen, indslag om Skopuljen", []),
        ("Han skal til Dans for Parkinson mandag.", []),
        ("hej det er lone, ruths datter. ring til mig. /sus", ["ruths", "sus"]),
        ("Vi har købt 12 par Vic Firth 5A til Nanna.", ["Nanna"]),
        # … a name's particle before its surname (not Danish words: "Christian den Fjerde")
        ("Hallur á Steig (pumpemester) starter mandag. Samtale med Hallur á Steig.", ["Hallur á Steig", "Hallur á Steig"]),
        # … a camp, a scout troop and a German office by their places
        ("Nye telte til Ferielejr Bøgehøj. Underretning fra 1. Egestrup Trop. Carola Weidemann, Jugendamt Grünwald",
         ["Carola Weidemann"]),
        # … a children's house by its founder's name, a balloon by its name (from reading 2026-12ry)
        ('Kulturhuset og "Agnes Lunds Børnehus" deltager i optoget. Agnes Lund ringede.', ["Agnes Lund"]),
        ('Varmluftballonen "Lykke" lander søndag morgen.', []),
        # from reading 2026-12pv, pw and py: a rota's rows by weekday, a leaf blower's name, a care home by its ending, a unit
        # in the definite and its place, an organisation as a long compound in the definite
        ("Vagtplan uge 48\nDag\tLøvsuger\tRive\nMan\tBH\tMVR, FBM\nTir\tBH\tWK\n", ["BH", "MVR", "FBM", "BH", "WK"]),
        ('Vores nye løvsuger hedder "Brumle" på holdet. Skriv et opslag, hvor Brumle præsenterer sig.', []),
        ("Kære personale på Tornsholt\nJeg besøgte min mor Aase søndag.", ["Aase"]),
        ("Noura Benali;270599-2528;Skoleboden Tvinglev;40;95", ["Noura Benali"]),
        ("Jeg ringede til Carsten Mølbjerg fra Kystdyrvagten som reference for Amira.", ["Carsten Mølbjerg", "Amira"]),
        ("Borgeren Kenneth Ravnholt startede mandag. Ravnholt mødte kl 7.", ["Kenneth Ravnholt", "Ravnholt"]),
        # from reading 2026-12pr and ps: a petting farm's animals by their names, wherever they recur; a rota's initials by
        # its shift columns
        ('Ellie stak hånden ind til æslet "Knud" med en gulerod. Knud bed hende.', ["Ellie"]),
        ("Vores tre æsler hedder Frida, Molly og Bertil. Æslerne Frida og Molly kommer i december.", []),
        ("Oskar ramte Villads – fastholdt af AK (magtanvendelse indberettet).", ["Oskar", "Villads", "AK"]),
        ("Vagtplan uge 50\n\nDag\tVagt 1 (22.30-03.00)\tVagt 2\tReserve\nMan\tPLY\tOTK\tBHN\nTir\tJSK\tPLY\t–",
         ["PLY", "OTK", "BHN", "JSK", "PLY"]),
        # from reading 2026-12rz, sb and sc (forty-fifth session): a card named after its town, clubs by their town and what
        # they are, a test's abbreviation before a passive verb that is a name's genitive too ("Tage"); a rota's weekday
        # label opens a field, not a table's header; a surname's initial before a list's dash; a name's word opening a
        # quoted idiom
        ("Ansøgning om Ravnstrupkort til pensionister. Kontakt Mette Holm i Borgerservice.", ["Mette Holm"]),
        ("Borgeren mistede sit Lundbøllekort i bussen i går.", []),
        ("Skaldehøj Petanque;12;8\nRavnstrup Seniordans;6;4\nKærbæk Vinterbadere;3;3", []),
        ("Ekskursion til Tornbæk Spejderhytte med 4.a. Ansvarlig: Maja Holt.", ["Maja Holt"]),
        ("From: Gemma Whitfield <g.whitfield@example.co.uk>\nSubject: Night shifts", ["Gemma Whitfield"]),
        ("Temp 38,2. CRP tages i morgen, og Ahmad får besked.", ["Ahmad"]),
        ("Rengøringsplan uge 3\n\nMan: Helle (lukning), Oliver, Emma\nTir: Noah, Freja, Mathias\nOns: Helle, Ida, Sara",
         ["Helle", "Oliver", "Emma", "Noah", "Freja", "Mathias", "Helle", "Ida", "Sara"]),
        ("Medicinliste nat\n\nKarl Erik V – Marevan kl 18\nGrete M – insulin kl 22", ["Karl Erik V", "Grete M"]),
        ('Vi har spurgt om "Ebbe og flod"-modellen virker i myldretiden.', []),
        ('Vi har sagt "Ida og familien kommer kl 10".', ["Ida"]),
        # … a cue before a question's end names no one in the next sentence
        ("Kan du skrive en velkomst til familien? De skal have buskort fra mandag.", []),
        ("Hvad siger familien? Jensen har ringet to gange.", ["Jensen"]),
        # … a role joined from two words before a full name, which the pipeline took in
        ("Notat om tillæg:\n\nSkiftleder Karin Bech: nyt tillæg\nSkiftleder Marwan Haddad: tillæg hæves", ["Karin Bech", "Marwan Haddad"]),
        # from reading 2026-12sd, sf and sg: a first name that is also a word, opening a sentence, asks (not a word: "Kim af bønner")
        ("Hej Malene\nKim har bedt mig svare på høringen på hans vegne.", ["Malene", "Kim"]),
        ("Hej Malene\nKim af bønner spirer.", ["Malene"]),
        # … a name only the wide list knows after a rota's day label
        ("Ugeplan, køkkenet\n\nMan: Dilan 11-17\nTir: Dilan 11-17\nOns: Lukket\nTor: Ferie", ["Dilan", "Dilan"]),
        ("Ugeskema:\nMandag: Holm (tømrerholdet) – Skovvej\nTirsdag: Bakke (anlæg)\nOnsdag: Have (grønne områder)", []),
        # from reading 2026-12sh (forty-sixth session): initials in a crew's column, under a key handed to someone, in a
        # YAML list of staff (also one not yet closed), after staff by their trade in the plural, after who inspected
        ("Uge\tSkole\tOpgave\tHold\tBemærkning\n50\tSøby Skole\tvask\tKLP, RN\tintet\n51\tHolm Skole\tpolish\tEJ, TFK\t",
         ["KLP", "RN", "EJ", "TFK"]),
        ("Vare\tIndhold\tBeholdning\nsæbe\tPH\t12\nhandsker\tNB\t4", []),  # (no crew: "Indhold", "Beholdning")
        ("Nøgle\tUdleveret til\tStatus\n12\tPK\tja\n13\tRLM\tnej", ["PK", "RLM"]),
        ('shifts:\n  - id: dag\n    staff: ["AB", "PLM", "ET"]\n  - id: nat\n    staff: [HJ, KMM', ["AB", "PLM", "ET", "HJ", "KMM"]),
        ("Klasse 1.b: Ismail, Nora\nLærere der tjekker toiletter: JKA, MHE", ["Ismail", "Nora", "JKA", "MHE"]),
        ("Besigtiget 02.12 af TRV og ergoterapeut. Badeværelset er lille.", ["TRV"]),
        # … common first names abroad that are words too, before a surname no list holds or a name's particle (from
        # reading 2026-12sn)
        ("Jeg har talt med Grace Owusu-Mensah i dag.", ["Grace Owusu-Mensah"]),
        ("Manuel da Costa bor i kommunen.", ["Manuel da Costa"]),
        ("Sæt en manuel lås på døren.", []),
        ("Christian den Fjerde byggede Rundetårn.", []),
        ("Log\nMan: Seniorbadminton 12 deltagere\nOns: Padel 70+ aflyst pga. storm", []),
        # from reading 2026-12sq (forty-seventh session): the head of a unit after its name, an office before a first name
        # and a surname that the pipeline took for a place, a sender named as the mail address's mailbox and domain
        ("Pkt. 12: Personalesag, direktør for Borgerservice Mette Lyngsø, fritages for tjeneste.", ["Mette Lyngsø"]),
        ('"Vi er glade," siger formand for foreningen Poul Erik Damgaard.', ["Poul Erik Damgaard"]),
        ("Hun er leder i Jobcenter Vesthavn.", []),
        ("Lina Kassab 080486-1270. Borgmester Gemma Whitfield er orienteret.", ["Lina Kassab", "Gemma Whitfield"]),
        ("Vi besøgte Plejecentret Anna Marie i går.", []),
        ("Han har truet med at gå til pressen. Menighedsrådsformand Elisabeth Tang ønsker et møde.", ["Elisabeth Tang"]),
        ("Fra: Postrum Kløvby <postrum@kloevby.dk>\nTil: Familieafdelingen\n\nHej", []),
        ("Kære Lyngsø, tak for mailen fra lyngsoe@mail.dk", ["Lyngsø"]),
        # from reading 2026-12sx and ta (forty-ninth session): songs sung or played in the imperative or the past, and a
        # title after another in a list; an insect named
        ('Vi skal synge "Den lille Ole med paraplyen" og "Mads Doss" i morgen.', []),
        ('Syng med på "Jens Vejmand". Frida spillede "Den lille Ole med paraplyen".', ["Frida"]),
        ('Jeg så Ole Hansen i går, og "Mads" sagde hej.', ["Ole Hansen", "Mads"]),
        ("En historie om en lille bi der hedder Bettina. Min kollega hedder Bettina Lund.", ["Bettina Lund"]),
        # … an ordinary compound heading a dated note, as a chat's speaker heads a timed line (from reading 2026-12sx)
        ("Sygeplejenotat 02.12: Thorvald Bech har tryksår.\nTelefonnotat 2.12: ring tilbage\nSkovgaard 10:14: ok", ["Thorvald Bech", "Skovgaard"]),
        # … and a column's name cut short (from reading 2026-12sz)
        ("Sygefravær uge 48:\nNavn;Medarb.nr;Cpr;Fravær\nBodil Rahbek;40112;030365-2027;5 dage", ["Bodil Rahbek"]),
        # from reading 2026-12tb, tc and td (fiftieth session): a colleague named by an ordinary word, as a relative is
        ("min kollega Trang har fået konstateret silikose.", ["Trang"]),
        ("Kollegaen Saltnes ringede i går.", ["Saltnes"]),
        # … a full name's word that is also a town, alone again (not after a preposition, nor before another name)
        ("Elev: Milan Horvat, 2.A\nMilan har svært ved at sidde stille.", ["Milan Horvat", "Milan"]),
        ("Milan Horvat er 8 år. Familien flytter til Milan i marts.", ["Milan Horvat"]),
        # … ordinary words given in quotes to things, listed together (a list of first names in quotes stays one of people)
        ('Vores kalender: "Eg" (lokale 1), "Birk" (lokale 2), "Ask" (lokale 3).', []),
        ('Kan du lave et ugeskema for "Hold Birk" og "Hold Ask"?', []),
        ('Forældrene til "Mette" og "Hanne" har ringet.', ["Mette", "Hanne"]),
        # … a name in quotes given to a thing, words and all; a work named as one after its title
        ('Vi vil kalde den nye bonsai "Bedstefar Bent". Skriv et skilt til den.', []),
        ('Vi vil kalde vores søn "Bent Ole".', ["Bent Ole"]),
        ('Skriv en tekst om "Mads og glasdragen", en børnebog vi læser højt.', []),
        ('Vores nye væv hedder i kataloget "Model Kaj 120". Kaj Holm har bestilt den.', ["Kaj Holm"]),
        # … a full name before a room's code; the head of a unit named by names no list knows (from the read corpora's misses)
        ("Til plejehjemslægen: Henning Aagaard L9 har hostet i tre dage.", ["Henning Aagaard"]),
        ('Bestil trommeskindet Evans G2 12" til øvelokalet.', []),
        ("Pkt. 10: Personalesag, direktør for Borgerservice Jomar Villanueva, fritages for tjeneste.", ["Jomar Villanueva"]),
        # a Korean given name of two syllables, with its surname before or after it ("Park" is a place word too);
        # a syllable said twice is a laugh, and a Danish compound stays a word (fifty-first session)
        ("Lejer: Ji-woo Park\nCPR: 150299-4618", ["Ji-woo Park"]),
        ("Skriv en kort besked til Kim Soo-yeon om barslen.", ["Kim Soo-yeon"]),
        ("Borgeren Seo-yeon Park er ny i hjemmeplejen. Hendes mand Jae-ho taler lidt engelsk.", ["Seo-yeon Park", "Jae-ho"]),
        ("Ha-ha, det var sjovt. Go-live er mandag, og Bo-kassen står i gangen.", []),
        # initials as the subject of a verb of doing, after a label, a time or a dash (not a committee's, nor a known
        # abbreviation's)
        ("Aftale: KM ringer til mor.", ["KM"]),
        ("Log:\n10.30 RO godkender pressesvar.\n14.11 21:40 – JK kontakter gruppens admin.", ["RO", "JK"]),
        ("Noter:\n– ØU godkendte salg af grund.\n– IT tager den.", []),
        # a bird of prey a falconer keeps, named after its kind or listed with it; children named after "børn" stay people
        ("Vores vandrefalk Freja har tabt sig 40 gram. Min kollega Freja Holm spørger hvorfor.", ["Freja Holm"]),
        ("Vores fugle:\nOdin – kongeørn – 14 år\nBodil – stor hornugle – 11 år", []),
        ("Plejebørn Ali og Sara kommer i dag.", ["Ali", "Sara"]),
        # a first name with a count after it is a person's order, unless the name is a word as written ("Kaj 3": a quay;
        # "Louise" is no word, only "louis" with an ending)
        ("Hvem har bestilt papir:\nLouise 3 pakker\nAhmad 1", ["Louise", "Ahmad"]),
        ("Kaj 3 er lukket i dag.", []),
        # a rota's lines by day, week or holiday and a colon, three people's initials or more over two lines or more, also
        # before their shift ("KH dag" is no place's day)
        ("Vagtplan:\nman: KH dag, OF nat\ntir: SI dag, MK nat", ["KH", "OF", "SI", "MK"]),
        ("Telefonvagt:\nUge 49: BL / KB\nUge 50: KB / RW", ["BL", "KB", "KB", "RW"]),
        ("man: IT-møde\ntir: HR og IT\nons: møde med SFO og PPR", []),
        # initials heading a list's lines before a dash, beside names heading theirs so (three people or more)
        ("Sygeliste uge 48:\nGH – influenza\nMerete Vang – influenza\nAli Demir – migræne", ["GH", "Merete Vang", "Ali Demir"]),
        ("Status:\nIT – nede\nHR – ok", []),
    ],
)
def test_dk_person_in_a_scan(scanner, text, expected):
    assert [text[f.start : f.end] for f in scanner.scan(text).findings if f.entity_type == "PERSON"] == expected
