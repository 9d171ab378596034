"""Build eval/holdout.jsonl, the held-out test corpus, from the readable cases below.

Usage:
    python eval/holdout_build.py     # writes eval/holdout.jsonl, then runs the checker on it

The held-out set was written without looking at the detection engine or at the
texts of the development corpus (eval/corpus.jsonl). Do not tune the engine
on it: report its numbers, do not chase them. See eval/README.md.

The markup, the check-digit filling and the annotation rules are the same as
for the development corpus (this script builds, writes and checks through
``write_and_check`` of eval/build_corpus.py):

    [[TYPE:value]]   marks an expected span (DK_CPR, PERSON ... or the short
                     aliases CPR, PER, CONF, MAIL, TLF, ADR, IBAN, KONTO,
                     HELB, CVR).
    [[CPR:250312-451?]]             '?' = compute the modulus 11 check digit
    [[CVR:3817264?]]                '?' = compute the CVR check digit
    [[IBAN:DK?? 5301 0002 7731 45]] '??' = compute the IBAN check digits

CPR numbers written out in full are used as they are; several of them fail
modulus 11 on purpose.

Ids are ``ho-<domain prefix>-NNN``. Add new cases at the end of a domain's
list so existing ids stay stable.

All names, CPR numbers, addresses, phone numbers, e-mail addresses, accounts,
CVR numbers and cases are made up. The output is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"

sys.path.insert(0, str(HERE))
# Sibling script: markup, check digits, and the writer shared by both corpora.
from build_corpus import write_and_check  # noqa: E402

ID_PREFIX = {
    "casework": "ho-sag",
    "hr": "ho-hr",
    "school": "ho-skole",
    "eldercare": "ho-aeldre",
    "council": "ho-byraad",
    "press": "ho-presse",
    "clean": "ho-ren",
    "hard_negative": "ho-neg",
}

# --------------------------------------------------------------------------
# Cases. A case is a string, or a (string, note) tuple.
# --------------------------------------------------------------------------

CASES: dict[str, list] = {}

# Social services, jobcentre, children and families, disability.
CASES["casework"] = [
    # 1
    ("kan du omskrive det her så det lyder mere professionelt: borgeren [[PER:ayaan mohamed warsame]] cpr "
     "[[CPR:0703914417]] er udeblevet fra 3 samtaler og skal have en partshøring om sanktion",
     "Lower-case Somali name after the cue 'borgeren'; CPR without separator, 7th digit 4 with year 91 = 1991."),
    # 2
    ("Lav et resumé af journalnotatet herunder til en ny sagsbehandler, højst 10 linjer.\n\n"
     "Journalnotat – opfølgningssamtale 14.01.2025\n"
     "Borger: [[PER:Tomasz Wiśniewski]], cpr.nr. [[CPR:121184-2937]]\n"
     "Adresse: [[ADR:Kastanievej 41, 1. mf., 4700 Næstved]]\n"
     "Tlf.: [[TLF:31 47 92 05]]\n\n"
     "[[PER:Tomasz]] er 40 år og har arbejdet som lagermedarbejder i 11 år, senest hos et fragtfirma i Ringsted. "
     "Han blev sygemeldt i august efter et uheld med en palleløfter og har siden fået konstateret "
     "[[HELB:diskusprolaps]]. Han blev [[HELB:rygopereret]] i november og går til [[HELB:fysioterapi]] to gange om "
     "ugen. Han tager [[HELB:Tramadol]] efter behov og kan ikke sidde stille mere end 30 minutter ad gangen. Han "
     "sover dårligt og siger selv, at han er 'gået lidt ned med nakken', men ønsker ikke at tale med en psykolog.\n"
     "[[PER:Tomasz']] hustru, [[PER:Joanna]], arbejder på et plejecenter, og familien har to børn på 9 og 13 år. "
     "Økonomien er presset, da sygedagpengene ophører om 6 uger. Han har spurgt til fleksjob, men egen læge vil "
     "først vurdere skånehensyn efter næste kontrol hos ortopædkirurgen i marts.\n"
     "Aftalt: Vi undersøger en virksomhedspraktik i lille omfang (10 timer/uge) med let lager- og kontrolarbejde. "
     "Ny samtale 11.02.2025 kl. 10.00. Der indhentes LÆ 265 fra egen læge.\n\n"
     "Sagsbehandler: [[PER:Rikke Fogh Lauridsen]], Jobcenter Næstved",
     "Long jobcentre note. Possessive with trailing apostrophe kept (Tomasz'). 'sygemeldt', 'sygedagpenge', "
     "'fleksjob' are generic/service words; 'LÆ 265' is a form code."),
    # 3
    ("Hej, kan du hjælpe mig med at skrive et kort svar til skolen, hvor jeg bekræfter modtagelsen? Her er deres "
     "mail:\n\n"
     "Fra: [[MAIL:lise.brandt@vestervangskolen.dk]]\n"
     "Emne: [[HELB:Underretning]] – elev i 4.b\n\n"
     "Hej Familieafdelingen\n"
     "Vi sender hermed en [[HELB:underretning]] vedr. [[PER:Nanna Skovgaard-Pihl]] ([[CPR:090615-483?]]). "
     "[[PER:Nanna]] kommer ofte uden madpakke, har haft blå mærker på overarmen to gange i januar og fortæller, at "
     "mor \"sover hele dagen\". Vi er bekendt med, at der tidligere har været [[HELB:alkoholmisbrug]] hos mor.\n\n"
     "Venlig hilsen\n[[PER:Lise Brandt]]\nAKT-vejleder, Vestervangskolen\n[[TLF:72 14 58 30]]",
     "The subject-line 'Underretning' concerns the named child, so it is labelled. Observations such as "
     "'blå mærker' are not diagnoses and are not labelled. Child born 2015 (7th digit 4)."),
    # 4
    ("Omskriv til et venligt og letforståeligt afslag, borgeren har svært ved at læse lange breve:\n\n"
     "Vi har modtaget din ansøgning om dækning af merudgifter efter serviceloven § 100. Ansøgningen vedrører "
     "[[PER:Inunnguaq Kristiansen]], [[ADR:Skovbrynet 7, st., 8220 Brabrand]]. Du har oplyst, at du har "
     "[[HELB:cerebral parese]] og har brug for taxakørsel til [[HELB:fysioterapi]]. Vi vurderer, at udgiften er "
     "dækket af regionens ordning, og vi kan derfor ikke give tilskud.",
     "Greenlandic name. Multi-word diagnosis spanned as a whole; '§ 100' is a public legal reference."),
    # 5
    "hvad skriver jeg til mor til [[PER:malthe]] om at [[HELB:aflastningen]] stopper 1/3?? hun har tlf "
    "[[TLF:28710463]] men tager den aldrig, skal det være en sms eller et brev",
    # 6
    ("kan du lave det her om til en pæn tabel med overskrifter og sortere efter status\n\n"
     "navn;cpr;ydelse;status\n"
     "[[PER:Fadumo Hassan Ali]];[[CPR:021198-318?]];kontanthjælp;aktivitetsparat\n"
     "[[PER:Kenneth Bo Skov]];[[CPR:170379-1265]];kontanthjælp;jobparat\n"
     "[[PER:Nguyễn Thị Hoa]];[[CPR:300892-4004]];selvforsørgende;jobparat\n"
     "[[PER:Mikkel Ravn]];[[CPR:011003-572?]];uddannelseshjælp;uddannelsesparat",
     "Pasted semicolon table. 'Bo' and 'Skov' are names here, not homographs. 1992 with 7th digit 4; 2003 with "
     "7th digit 5."),
    # 7
    ("Can you translate this letter into simple English? The citizen is from Ukraine and doesn't read Danish "
     "yet.\n\n"
     "Kære [[PER:Oksana Melnyk]]\n"
     "Vi har behandlet din ansøgning om en el-kørestol. Da du har [[HELB:sklerose]] og ifølge din neurolog ikke "
     "længere kan gå mere end 50 meter, bevilger vi en el-kørestol som hjælpemiddel efter serviceloven § 112. "
     "Hjælpemiddelcentret kontakter dig på [[TLF:+45 52 61 09 87]] for at aftale levering til "
     "[[ADR:Bøgevænget 22, 2. tv., 5700 Svendborg]].\n\n"
     "Med venlig hilsen\n[[PER:Bjarke Høeg]]\nHjælpemiddelteamet",
     "Mixed English/Danish. The switchboard-style number is labelled by form."),
    # 8
    ("Skriv et kort og neutralt resumé (max 150 ord) af sagen til brug for et netværksmøde:\n\n"
     "Sagsresumé – [[PER:Aqqaluk Heilmann Petersen]], cpr [[CPR:250312-451?]]\n\n"
     "[[PER:Aqqaluk]] er 12 år og har været [[HELB:anbragt]] i plejefamilie i Hvalsø siden efteråret 2021 efter "
     "flere [[HELB:underretninger]] fra skolen. Mor, [[PER:Pipaluk Heilmann]], bor i Nuuk og har samvær med "
     "[[PER:Aqqaluk]] over video hver anden søndag. Far, [[PER:Dennis Petersen]], har været i "
     "[[HELB:misbrugsbehandling]] og har siden maj haft samvær hver tredje uge i Familiehuset.\n"
     "Plejefamilien beskriver [[PER:Aqqaluk]] som en dreng, der fungerer godt i hverdagen, men som reagerer med uro "
     "og søvnproblemer efter samvær med far. Han er udredt for [[HELB:ADHD]] på børne- og ungdomspsykiatrisk afdeling "
     "og er startet på [[HELB:Medikinet]] i januar. Skolen oplyser, at koncentrationen er blevet bedre, og at han "
     "har støtte 8 timer om ugen i 5. klasse.\n"
     "Mor ønsker, at [[PER:Aqqaluk]] flytter til Grønland, når han er færdig med 6. klasse. Far er imod. "
     "Plejefamilien ønsker at fortsætte.\n\n"
     "Netværksmødet holdes 3. april kl. 13.00 i Familiehuset. Deltagere: plejemor [[PER:Trine Winther]], skolens "
     "AKT-lærer, sagsbehandler [[PER:Louise Dam Frandsen]] og PPR.\n"
     "Punkter: samværsplan, skolestart efter sommerferien, mors ønske om [[HELB:hjemgivelse]].",
     "Long children-and-families note. 'samvær' (contact) is a family-law term, not a measure, and is not "
     "labelled; 'hjemgivelse' (ending a placement) is a social-case measure. 'søvnproblemer' is a symptom, "
     "not labelled. 'Dam' is a surname here."),
    # 9
    "skriv en sms til [[PER:Ebbe]] om at hans møde med rådgiveren er flyttet til tirsdag kl. 9.15, og at han skal "
    "huske sit sundhedskort",
    # 10
    ("Lav punkterne om til en sammenhængende tekst til en bevillingsskrivelse:\n"
     "- familien: mor [[PER:Rannvá Joensen]], far [[PER:Heðin á Lakjuni]], to børn ([[PER:Brandur]] 6 år, "
     "[[PER:Sunniva]] 3 år)\n"
     "- [[PER:Brandur]] har [[HELB:autisme]] og kan ikke passes i almindelig institution\n"
     "- der bevilges [[HELB:aflastning]] en weekend om måneden efter barnets lov\n"
     "- kontakt: [[MAIL:rannva.joensen@postur.fo]]",
     "Faroese names; the particle 'á' is inside the span."),
    # 11
    ("Hjælp mig med at stramme sproget op i denne indstilling til rehabiliteringsteamet:\n\n"
     "[[PER:Abdirizak Yusuf Abdi]] ([[CPR:140778-356?]]) kom til Danmark i 2014 som flygtning fra Somalia. Han har "
     "[[HELB:PTSD]] og [[HELB:type 2-diabetes]] og er i behandling med [[HELB:Sertralin]] 100 mg dagligt. Han har "
     "deltaget i to virksomhedspraktikker, som begge blev afbrudt pga. fravær. Vi vurderer at han skal i "
     "ressourceforløb, da arbejdsevnen ikke er afklaret.",
     "Medicine name only, dose outside the span."),
    # 12
    ("Kan du skrive et svar til borgeren om, at vi kun kan udbetale til NemKonto? Hun skrev:\n"
     "\"hej jeg har fået ny bank kan i sende min hjælp til reg [[KONTO:9070 kto 4417893021]] fremover, hilsen "
     "[[PER:Chanel Mathiesen]]\""),
    # 13
    ("Borgeren [[PER:Małgorzata Nowak-Kowalska]] (cpr [[CPR:220565.1842]]) flytter tilbage til Polen og beder om "
     "at få sin efterbetaling af sygedagpenge sat ind på [[IBAN:DK?? 5301 0002 7731 45]]. Skriv et svar om at det "
     "kræver at hun ændrer sin NemKonto først.",
     "Polish double surname; CPR with a dot."),
    # 14
    ("kan du lave en mere faglig formulering af min status: [[PER:Jens-Ole Madsen]] (kaldet [[PER:Jønne]]) har "
     "fået bostøtte 3 t/uge efter § 85. [[PER:Jønne]] har en [[HELB:udviklingshæmning]] og er ofte i konflikt med "
     "naboen i [[ADR:Fasanvej 12B, 4200 Slagelse]]. i går ringede naboen igen og han var meget ked af det bagefter",
     "A nickname is its own PERSON span. 'bostøtte' is a service name."),
    # 15
    ("Oversæt politiets [[HELB:underretning]] til almindeligt dansk, så forældrene kan forstå den:\n\n"
     "Afsender: Midt- og Vestjyllands Politi\n"
     "Vedr.: [[PER:Emil Ravnsbæk Thomsen]], [[CPR:061108-512?]]\n"
     "Ovennævnte blev 12.10 kl. ca. 23.40 standset af patrulje ved Banegårdspladsen i Holstebro sammen med to "
     "jævnaldrende. Der blev fundet mindre mængder hash. Der er bekymring for [[HELB:hashmisbrug]]. Forældrene, "
     "[[PER:Dorthe Ravnsbæk]] og [[PER:Søren Thomsen]], er orienteret telefonisk.",
     "'underretning' in the instruction is the police report about the named boy, so it is labelled. "
     "'hash' alone (the substance found) is not a diagnosis or measure."),
    # 16
    ("Kan du lave et udkast til en § 85-handleplan ud fra mine noter? Skriv i jeg-form for borgeren.\n\n"
     "noter fra hjemmebesøg 03.03 hos [[PER:Rasmus Juul Kirkegaard]], [[ADR:Toftevej 3, 1. th., 6400 Sønderborg]]\n"
     "- 34 år, [[HELB:skizofreni]] siden start 20'erne, [[HELB:tvangsindlagt]] 2 gange (sidst 2022)\n"
     "- får [[HELB:Xeplion-injektion]] hver 4. uge i distriktspsykiatrien\n"
     "- bor alene, rodet lejlighed, køleskab næsten tomt, har ikke betalt el i 3 mdr\n"
     "- vil gerne have hjælp til økonomi og til at komme ud af lejligheden, savner at spille fodbold\n"
     "- søster [[PER:Camilla]] kommer en gang om ugen, tlf [[TLF:61 33 20 84]]\n"
     "- mål: struktur på dagen, indkøb 1 gang/uge med støtte, kontakt til værested\n"
     "- næste besøg 17.03 kl 10\n"
     "- obs: ringede til mig om aftenen 2 gange i sidste uge, virkede forpint, sagde at stemmerne var værre. "
     "Talt med [[PER:Camilla]] om det.\n"
     "- spørg ind til om han ønsker hjælp til at søge om førtidspension",
     "'tvangsindlagt' is labelled as a psychiatric coercive measure although plain 'indlagt' is generic. "
     "Hyphenated medicine compound spanned whole. 'stemmerne' (hearing voices) is a symptom, not labelled."),
    # 17
    ("Hej [[PER:Tove]]\n"
     "Jeg sender lige en kort opsummering fra mødet i går om [[PER:Zainab Al-Masri]] (4 år). Hun har "
     "[[HELB:Downs syndrom]] og får [[HELB:fysioterapi]] via kommunen. Forældrene ønsker støttepædagog 15 timer "
     "ugentligt i børnehaven. Kan du se på, om vi kan nå at visitere inden 1. august?\n"
     "Hilsen\n[[PER:Mette-Marie]]\n\n"
     "--- omskriv mailen så den er mere formel og kortere"),
    # 18
    ("Tjek om dette regnestykke er rigtigt: [[PER:Søren Aagaard Nielsen]] har BPA efter § 96 med 168 timer om "
     "ugen. Arbejdsgiveransvaret er overdraget til Handicaphjælp Syd ApS, CVR [[CVR:3817264?]]. Timeprisen er "
     "312,40 kr. Hvad bliver årsudgiften, og hvad er det pr. måned?",
     "'BPA' is a service name, not labelled. Company CVR labelled by form."),
    # 19
    ("Summarize this in English for our external consultant: Familien [[PER:van der Berg]] har klaget over at deres "
     "søn [[PER:Joep]] stadig ikke er blevet udredt for [[HELB:autisme]], selvom PPR anbefalede det i oktober. "
     "Far skriver at [[PER:Joep]] ikke har været i skole i 5 uger.",
     "Particle name after the cue 'Familien'; the suspected diagnosis concerns the named boy."),
    # 20
    "find fejlen i denne sætning: Borger [[CPR:120256/1428]] har fået bevilliget enkeltydelse til "
    "[[HELB:tandbehandling]] på 8.400 kr.",
    # 21
    ("Skriv et høfligt svar på denne mail fra arbejdsgiveren og forklar reglerne for delvis raskmelding:\n\n"
     "Hej\n"
     "Vores medarbejder [[PER:Khadija Benali]] er stadig sygemeldt efter operationen for [[HELB:brystkræft]]. Hun "
     "vil gerne starte op med 15 timer om ugen fra 1. marts. Kan I hjælpe med en § 56-aftale?\n\n"
     "Mvh.\n[[PER:Ulrik Stampe]]\nDriftschef\nBageriet Kornblomsten ApS\nCVR [[CVR:4120378?]]\n"
     "Tlf. [[TLF:86 12 44 90]]"),
    # 22
    "far til [[PER:lucas]] og [[PER:alma]] ([[PER:kim hedegaard]]) har skrevet igen at han vil have aktindsigt i "
    "hele sagen inkl. psykologens rapport om mor. hvad må vi udlevere? mor hedder [[PER:natasja]] og har "
    "[[HELB:borderline]]",
    # 23
    ("Skriv en ansøgning til botilbuddet om en plads efter § 110 ud fra det her:\n"
     "[[PER:Henrik Lund]] ([[CPR:080871–135?]]), som alle kalder [[PER:Henne]], har været hjemløs i 2 år og sover "
     "mest på natvarmestuen. Han har [[HELB:alkoholmisbrug]] og [[HELB:skrumpelever]] og har været akut indlagt "
     "3 gange i år. Han ønsker selv en plads og er motiveret for at skære ned.",
     "CPR with an en dash. 'Lund' is a surname here."),
    # 24
    ("Oversæt til arabisk: Kære [[PER:Rania El-Sayed]]. Din søn [[PER:Yassin]] er visiteret til "
     "[[HELB:familiebehandling]] i Familiecentret, [[ADR:Vestergade 58, 7400 Herning]]. Første møde er mandag den "
     "9. juni kl. 14.00. Ring til [[PER:Maja]] på [[TLF:96 28 73 15]], hvis tidspunktet ikke passer."),
    # 25
    ("[[PER:Trần Văn Hùng]] (cpr [[CPR:190657123?]]) søger om helbredstillæg til briller. Han er folkepensionist "
     "og har [[HELB:grå stær]] på begge øjne. Lav et kort notat om hvad vi skal bede ham om at sende.",
     "Vietnamese name with diacritics; CPR without separator computed with '?'."),
    # 26
    ("need a quick text msg, informal: hej [[PER:Freja-Marie]]! du har ikke været på FGU siden uge 10 og din "
     "uddannelseshjælp er i fare. ring til mig på [[TLF:2083 4471]] inden fredag /[[PER:Jonas]], ungerådgiver"),
    # 27
    ("Kan du sætte mine stikord op som en sammenhængende statusudtalelse til Familieretshuset? Neutral tone, ingen "
     "vurderinger af mor som person.\n\n"
     "Barn: [[PER:Hamza Abdullahi Warsame]], [[CPR:170219 605?]]\n"
     "- mor [[PER:Sahra Ismail Farah]], enlig, 3 børn, [[PER:Hamza]] er yngst (5 år)\n"
     "- familien har haft [[HELB:familiebehandling]] siden marts 2023 efter barnets lov § 32\n"
     "- mor har [[HELB:depression]], går til psykiater, tager [[HELB:Cipralex]]\n"
     "- far ([[PER:Abdullahi Warsame]]) bor i Birmingham, ingen kontakt siden 2022, har ikke svaret på brev\n"
     "- [[PER:Hamza]] går i børnehaven Mariehønen, institutionen har ingen bekymring pt., beskriver ham som glad "
     "og nysgerrig men lidt forsinket sprogligt\n"
     "- mor fungerer rimeligt i hverdagen, har fået hjælp til struktur og økonomi, ældste datter hjælper meget "
     "til derhjemme (bekymring for hende, skal undersøges)\n"
     "- mors netværk: en veninde og en moster i Aarhus\n"
     "- mor ønsker fuld forældremyndighed, far har ikke reageret\n"
     "- næste opfølgning i [[HELB:familiebehandlingen]]: 24.04 kl. 9",
     "CPR with a space separator, 2019 (7th digit 6). Every mention of the measure concerning this family is "
     "labelled, also the definite form in the last line. 'forsinket sprogligt' is an observation, not labelled."),
    # 28
    ("Skriv et brev i letlæst dansk til [[PER:Semhar Tesfamariam]] om at hendes danskuddannelse er sat på pause "
     "mens hun er i [[HELB:kemoterapi]], og at hun ikke mister sin ydelse af den grund."),
    # 29
    ("lav en tjekliste til genvurdering af en sag om tabt arbejdsfortjeneste – barnet [[PER:Oliver Kragh]] "
     "[[CPR:200816457?]] har [[HELB:type 1-diabetes]] og mor arbejder 30 t om ugen",
     "2016 birth with 7th digit 4, no separator."),
    # 30
    ("[[CONF:PERSONFØLSOMT]]\n"
     "Journalnotat 27.02.2025 – [[PER:Aviaja Lynge]], [[CPR:110587-215?]]\n"
     "Borgeren henvendte sig i Borgerservice og var meget ked af det. Hun oplyste, at hun har været udsat for vold "
     "af sin tidligere kæreste og har brug for akut hjælp til at finde et sted at bo. Henvist til krisecenter.\n\n"
     "Lav en kort overdragelse til den socialrådgiver der skal tage sagen",
     "Header marker from a case system print. Being a victim of violence is sensitive but is not one of the "
     "HEALTH_DATA kinds (diagnosis, treatment, medicine, social measure), so it is not labelled."),
    # 31
    ("[[CONF:TIL TJENESTEBRUG]]\n\n"
     "Sydøstjyllands Politi\nAnmodning om oplysninger, j.nr. 3700-80145-00218-25\n\n"
     "Politiet anmoder hermed kommunen om oplysninger om, hvorvidt [[PER:Patrick Lindholm Ejlersen]], "
     "[[CPR:281290-317?]] har været kendt i kommunens børne- og ungeforvaltning i perioden 2008–2015.\n\n"
     "hvad skal vi tjekke før vi svarer politiet? lav en liste",
     "'Til tjenestebrug' as a letter header; the police journal number is not a CPR number."),
    # 32
    ("[[CONF:Kun til intern brug]] – sager på vent uge 14\n"
     "• [[PER:Bünyamin Çelik]] – afventer lægeattest ([[HELB:lungebetændelse]], indlagt to gange)\n"
     "• [[PER:Gitte-Lis Mouritzen]] – klage over afslag på boligindskudslån, sendt til Ankestyrelsen\n"
     "• [[PER:Ravi Kannan]] – [[HELB:underretning]] fra tandlægen, ikke behandlet endnu\n"
     "• [[PER:Ulla]] (fra Tølløse) – mangler tlf.nr.\n\n"
     "kan du lave det til en prioriteret liste, det haster mest med børnesagen",
     "Team status list. 'Tølløse' is a place, not an address."),
    # 33
    ("jeg skal skrive en bevilling af ledsageordning efter § 97 til [[PER:Asger Vinkel]], han er blind pga "
     "[[HELB:retinitis pigmentosa]] og bor på [[ADR:Ellehammersvej 27, 7100 Vejle]]. 15 timer om måneden. hvad skal "
     "med i afgørelsen? og kan du give et eksempel",
     "'blind' is a generic description, the diagnosis is labelled. 'Ellehammersvej 27' is an address even though "
     "the street is named after a person."),
    # 34
    ("Hej [[PER:Ayşe]]\n\n"
     "Tak for i dag. Som lovet sender jeg datoerne for dine samtaler i jobcentret:\n"
     "- tirsdag 6/5 kl. 10.30 hos mig\n"
     "- onsdag 21/5 kl. 9.00 sammen med mentor\n"
     "Hvis du bliver syg, så ring på [[TLF:+4589401276]] inden kl. 8.\n\n"
     "Venlig hilsen\n[[PER:Christian Bøgelund-Iversen]]\nJobkonsulent\n[[MAIL:cbi@vesteraadal.dk]]\n\n"
     "gør den mere venlig og kortere, hun læser ikke så godt dansk",
     "Phone number in +45 form without spaces. 'syg' is generic."),
    # 35
    ("tjek lige om cpr [[CPR:311205812?]] passer med den i sagen, borgeren hedder [[PER:Ibrahim Ceesay]] og er 19 "
     "og har søgt uddannelseshjælp",
     "2005 birth with 7th digit 8, no separator."),
    # 36
    ("Lav et kort kvitteringsbrev til advokaten:\n\n"
     "Fra: [[MAIL:vh@holm-partnere.dk]]\n"
     "Emne: Klage – [[PER:Sigurd Ravn-Olesen]], cpr. [[CPR:150962-1187]]\n\n"
     "Som advokat for ovennævnte klager jeg hermed over kommunens afgørelse af 3. marts om ophør af "
     "[[HELB:aflastning]] til min klients søn, [[PER:Thor]], der har svær [[HELB:autisme]]. Jeg anmoder samtidig "
     "om aktindsigt i sagens akter.\n\n"
     "Med venlig hilsen\n[[PER:Vivi Holm]]\nAdvokat (L), Holm & Partnere\nCVR [[CVR:3526181?]]",
     "The severity word 'svær' stays outside the minimal span. CPR fails modulus 11."),
    # 37
    ("kan du finde dubletter i listen og sortere den:\n"
     "[[CPR:100390\u00a01873]]\t[[PER:Aputsiaq Nielsen]]\n"
     "[[CPR:041176-2229]]\t[[PER:Zuzanna Kaczmarek]]\n"
     "[[CPR:100390\u00a01873]]\t[[PER:Aputsiaq Nielsen]]\n"
     "[[CPR:230701\t4418]]\t[[PER:Dao Minh Khoa]]",
     "List copied from a web form: a no-break space and a tab inside CPR numbers; 2001 birth with 7th digit 4."),
    # 38
    ("Skriv en partshøring ud fra denne anonyme anmeldelse om socialt bedrageri:\n"
     "\"[[PER:Jeanette Krogsgaard]] ([[CPR:240688-2964]]) er registreret som enlig, men hendes kæreste "
     "[[PER:René]] bor fast hos hende på [[ADR:Hyldebærvej 9, 5250 Odense SV]]. Hans varevogn holder der hver nat.\"",
     "'Hans' is the pronoun."),
    # 39
    ("Skriv et udkast til en overgangsplan (ung til voksen) ud fra min sagsbeskrivelse. Punktform er fint.\n\n"
     "Ung: [[PER:Liva Bjerregaard Nygaard]], [[CPR:120807-461?]]\n"
     "Adresse: [[ADR:Kirsebærhaven 17, 8660 Skanderborg]]\n\n"
     "[[PER:Liva]] fylder 18 år i august. Hun har en [[HELB:generel udviklingsforstyrrelse]] og "
     "[[HELB:epilepsi]] og er i medicinsk behandling med [[HELB:Lamictal]]. Hun går i 10. klasse på en "
     "specialskole og har haft [[HELB:aflastning]] hver anden weekend i en aflastningsinstitution siden hun var 9. "
     "Mor, [[PER:Charlotte Nygaard]], er alene med [[PER:Liva]] og to mindre søskende og får tabt "
     "arbejdsfortjeneste 15 timer om ugen.\n"
     "[[PER:Liva]] ønsker selv at flytte hjemmefra og bo sammen med andre unge. Hun er glad for heste og vil gerne "
     "arbejde i en stald. Hun har svært ved at håndtere penge og skal have hjælp til at huske sin medicin.\n"
     "Mor er bekymret for, at [[PER:Liva]] bliver udnyttet, hvis hun bor alene, og ønsker, at der søges om "
     "værgemål. Specialskolen anbefaler STU med praktik i en stald.\n"
     "Det skal afklares: botilbud efter § 107 eller § 108, STU, værgemål, økonomi (førtidspension), og hvem "
     "der overtager sagen i voksenafdelingen.",
     "Long transition note; 2007 birth with 7th digit 4. 'aflastningsinstitution' repeats the measure as a place "
     "and is not labelled separately; 'værgemål' (guardianship) is a legal measure, not labelled."),
    # 40
    ("Familiesammenføring – lav en tjekliste til opstartssamtalen. Familien: far [[CPR:010184-3319]], mor "
     "[[CPR:150689-310?]], børn [[CPR:220913-902?]] og [[CPR:050316-4987]], bopæl [[ADR:Spurvevej 8, st. th., "
     "6000 Kolding]].",
     "One-line list of CPR numbers without names; 2013 with 7th digit 9 and 2016 with 7th digit 4."),
]

# Personnel matters.
CASES["hr"] = [
    # 1
    ("Skriv et udkast til partshøring om påtænkt afsked. Oplysninger:\n"
     "Medarbejder: [[PER:Morten Kjærgaard Bak]], pædagog i Børnehuset Mælkebøtten\n"
     "Medarbejdernr. 40217\n"
     "Fravær: 94 sygedage de seneste 12 måneder, heraf 61 pga. [[HELB:depression]]\n"
     "Samtaler: sygefraværssamtale 12/9, fraværssamtale 3/12 med TR [[PER:Annika Brøns]]\n"
     "Prognose fra egen læge: uafklaret\n"
     "Opsigelsesvarsel: 5 måneder",
     "Employee number is not sensitive; 'TR' (union rep) is a role cue outside the span."),
    # 2
    ("Hej [[PER:Gitte]]\n\n"
     "Jeg vedhæfter min mulighedserklæring. Lægen skriver at jeg har [[HELB:piskesmæld]] efter bilulykken og ikke "
     "kan sidde ved skærm mere end 2 timer om dagen de næste 4 uger. Jeg kan godt arbejde hjemme om formiddagen.\n\n"
     "Mvh.\n[[PER:Kristoffer]]\n\n"
     "---\n"
     "Skriv et svar tilbage fra mig som leder, hvor vi accepterer delvis genoptagelse"),
    # 3
    ("Kan du tjekke for tastefejl i denne liste inden jeg sender den til løn?\n\n"
     "| Navn | CPR | Reg.nr./konto | Timer |\n"
     "|---|---|---|---|\n"
     "| [[PER:Jakob Lindqvist]] | [[CPR:040402519?]] | [[KONTO:6520-4471029]] | 37 |\n"
     "| [[PER:Hiba Chahrour]] | [[CPR:2911034102]] | [[KONTO:3409 1128340]] | 22 |\n"
     "| [[PER:Mads Ulv Christophersen]] | [[CPR:171201-935?]] | [[KONTO:9217-0004412987]] | 15 |",
     "Markdown table of student assistants born 2001-2003 (7th digits 5, 4 and 9). 'Ulv' is a middle name."),
    # 4
    ("[[CONF:TIL TJENESTEBRUG]]\n\n"
     "Notat vedr. henvendelse til whistleblowerordningen, sag 2025-0417\n\n"
     "Der er modtaget en indberetning om, at afdelingsleder [[PER:Carsten Vinge]], Vej og Park, angiveligt har "
     "ladet kommunens maskiner udføre privat arbejde på sin ejendom, [[ADR:Lykkesholmvej 88, 5683 Haarby]], i "
     "weekenderne i september og oktober. Indberetteren er anonym.\n\n"
     "Skriv en neutral mail til juristen hvor jeg beder om en vurdering af sagen",
     "Case number 2025-0417 is not sensitive."),
    # 5
    ("Sammenlign de tre kandidater til stillingen som byggesagsbehandler og lav en indstilling til "
     "ansættelsesudvalget:\n"
     "1. [[PER:Caroline von Holstein]] – arkitekt, 8 års erfaring, ønsker 46.000 kr. i løn\n"
     "2. [[PER:Ahmad Abu Salim]] – bygningskonstruktør, 3 års erfaring, nævnte selv under samtalen at han har "
     "[[HELB:epilepsi]] men har været anfaldsfri i 6 år\n"
     "3. [[PER:Trine Bach]] – landinspektør, nyuddannet, meget stærk til GIS",
     "Particle 'von' inside the span; Arabic name with 'Abu'."),
    # 6
    "min kollega [[PER:lærke]] er gået ned med [[HELB:stress]] og ved ikke om hun kommer tilbage, hvordan skriver "
    "jeg til teamet uden at sige for meget",
    # 7
    ("Please write a short email in English to our new Norwegian colleague [[PER:Ingrid Fossum Aas]] confirming "
     "that her salary will be paid to the account [[IBAN:DK?? 2000 0764 3312 98]] from 1 September, and ask her to "
     "send her Danish tax card details. Her work email is [[MAIL:ingrid.aas@vesteraadal.dk]]."),
    # 8
    ("[[CONF:FORTROLIGT]] – MUS 2025\n"
     "Medarbejder: [[PER:Lone Ibsen]], sagsbehandler, Ydelsesservice\n"
     "Leder: [[PER:Tobias Mørch]]\n\n"
     "- trives med opgaverne, vil gerne have flere komplekse sager\n"
     "- [[PER:Lone]] fortalte, at hun er i [[HELB:fertilitetsbehandling]] og har brug for fleksible mødetider "
     "resten af året\n"
     "- ønsker kursus i forvaltningsret\n\n"
     "lav referatet kortere og mere neutralt"),
    # 9
    ("[[PER:Per]] fra lønkontoret siger at vikarer i rengøringen får 178 kr. per time plus 12,5 % feriepenge. Kan du "
     "regne ud hvad 22 timer om ugen i 6 uger bliver?",
     "'Per' at the start is a first name; 'per time' is the preposition and is not labelled."),
    # 10
    ("Lav et brev til [[PER:Birgitte Skytte]], [[ADR:Mågevej 5, 8370 Hadsten]], om at hendes fleksjob i "
     "Borgerservice forlænges med 2 år. Hun har [[HELB:fibromyalgi]] og arbejder 12 timer om ugen fordelt på 4 dage."),
    # 11
    ("Skriv en anbefaling til [[PER:Nikolaj Thorup]], der har været vikar på rådhuset i 2 år. Han er pålidelig og "
     "god til borgerkontakt, og hans kolleger sætter pris på ham. Jeg er hans leder, [[PER:Susanne Kold]], og kan "
     "kontaktes på [[TLF:+45 24 90 61 38]].",
     "'hans' is a pronoun."),
    # 12
    ("[[CONF:Kun til intern brug]]\n"
     "Notat om samtale 21.10 med [[PER:Dragan Petrović]], chauffør i Kørselskontoret.\n"
     "Der er fundet uoverensstemmelser i kørselsregnskabet for juli–september på ca. 14.000 kr. "
     "[[PER:Dragan]] forklarer, at han har glemt at registrere private ture.\n\n"
     "Lav et udkast til en skriftlig advarsel"),
    # 13
    ("Hej [[PER:Ole]]\n\n"
     "Tak for mødet i dag. Som aftalt sender jeg vores forslag til lokal løn for [[PER:Anja Kvist]] "
     "(kvalifikationstillæg 1.500 kr.) og [[PER:Mohammad Rahimi]] (funktionstillæg 2.200 kr. for "
     "praktikvejlederfunktionen).\n\n"
     "Mvh\n[[PER:Heidi Valentin]]\nHR-konsulent\n[[MAIL:hva@vesteraadal.dk]] | [[TLF:99 47 12 03]]\n\n"
     "lav det om til en punktopstilling og tilføj en sætning om at tillæggene gælder fra 1. april"),
    # 14
    ("Hjælp med at udfylde beskrivelsen i arbejdsskadeanmeldelsen: Social- og sundhedshjælper "
     "[[PER:Naja Kreutzmann]] ([[CPR:031089-264?]]) gled i en borgers badeværelse på "
     "[[ADR:Enghavevej 14, 4. tv., 9000 Aalborg]] den 6. februar kl. 8.20 og fik et [[HELB:håndledsbrud]].",
     "The address is the citizen's home, labelled by form."),
    # 15
    ("Udfyld skabelonen til ansættelsesbrev med disse oplysninger:\n"
     "Navn: [[PER:Sigrún Dahl Jakobsen]]\n"
     "CPR: [[CPR:270493 411?]]\n"
     "Adresse: [[ADR:Ringgaden 102, 2. th., 8000 Aarhus C]]\n"
     "Tlf: [[TLF:0045 42185537]]\n"
     "Mail: [[MAIL:sigrun.dj@gmail.com]]\n"
     "Stilling: Socialrådgiver, 37 timer, tiltrædelse 1.5.2025\n"
     "Løn: trin 6 + 1.800 kr. i tillæg",
     "Icelandic first name; CPR with a space; 1993 with 7th digit 4."),
    # 16
    ("Lav en oversigt til MED-udvalget: sygefraværet i Ældre og Sundhed var 6,8 % i 2024 mod 7,4 % i 2023. "
     "Foreslå tre konkrete tiltag og skriv det i et sprog der ikke lyder som en anklage.",
     "HR prompt with nothing sensitive: aggregate statistics only."),
    # 17
    ("Kan du give feedback på denne ansøgning, er den for lang?\n\n"
     "Kære ansættelsesudvalg\n"
     "Jeg søger hermed stillingen som pædagogisk assistent i Spirehuset. Jeg har arbejdet 4 år i en vuggestue i "
     "Tórshavn og har siden 2023 boet i Himmerland med min mand og vores to drenge. Jeg er rolig, struktureret og "
     "glad for at synge og lave musik med børnene.\n\n"
     "Venlig hilsen\n[[PER:Turið á Steig]]\n[[ADR:Østre Allé 9, 3. tv., 9530 Støvring]]\n[[TLF:53 80 27 61]]",
     "Faroese name with the particle 'á' in a signature."),
    # 18
    ("Can you help me phrase this more diplomatically in Danish: 'Der har været gentagne konflikter mellem "
     "[[PER:Maiken]] og [[PER:Rashid]] på dagcentret. [[PER:Rashid]] siger at han føler sig mobbet og er sygemeldt "
     "med [[HELB:angst]]. Vi overvejer at flytte [[PER:Maiken]] til et andet team.'"),
    # 19
    ("[[CONF:Strengt fortroligt]] – direktionens personalesag\n\n"
     "Udkast til fratrædelsesaftale mellem Vesterådal Kommune og skole- og dagtilbudschef "
     "[[PER:Jørgen Haldrup-Nissen]]. Fratræden pr. 30. juni, fritstilling fra 1. marts, godtgørelse svarende til "
     "6 måneders løn, jf. funktionærlovens § 2 a.\n\n"
     "skriv en pressemeddelelse på max 5 linjer om at han stopper efter eget ønske",
     "Official named in a personnel matter (not acting in office) is labelled."),
    # 20
    "hvordan skriver jeg en kondolence til [[PER:Bjørn]] i it-afdelingen hvis kone er død af [[HELB:ALS]]",
    # 21
    ("Indkald til sygefraværssamtale (2. gang), brevet skal være venligt men tydeligt:\n"
     "[[PER:Ebru Öztürk]], [[CPR:091298-417?]], rengøringsassistent, Rådhuset\n"
     "Fravær: 23 dage siden 1. januar, senest 10 dage med [[HELB:migræne]]\n"
     "Samtale: 8. april kl. 9.00, lokale 2.14, hun må tage en bisidder med",
     "1998 birth with 7th digit 4."),
    # 22
    ("hvordan beregner jeg seniorbonus for [[PER:Leo Frimodt]] cpr [[CPR:030361/2115]] når han går ned til 30 "
     "timer fra 1/7? han har 33 års anciennitet",
     "CPR with a slash; fails modulus 11."),
    # 23
    ("[[CONF:FORTROLIGT]] – PERSONALESAG\n"
     "Børneattesten for nyansat pædagogmedhjælper [[PER:Valdemar Egholm]] ([[CPR:170803-528?]]) er kommet retur med "
     "en anmærkning. Han starter i Vuggestuen Humlebien på mandag.\n\n"
     "hvad skal jeg gøre nu og hvad siger reglerne, skriv et kort overblik",
     "Header marker; 2003 birth with 7th digit 5."),
    # 24
    ("Hej Løn\n\n"
     "[[PER:Ragnhild Sjøberg]] ([[CPR:2705791446]]) skal have udbetalt 14 timers merarbejde i marts og har skiftet "
     "bank. Ny konto: reg.nr. [[KONTO:5301 kontonr. 0745129833]].\n\n"
     "Mvh.\n[[PER:Kasimir]]\nAdministrativ medarbejder, Tandplejen\n\n"
     "-- ret stavefejl og gør den kortere",
     "Bank account from the registration number; the label 'reg.nr.' stays outside."),
    # 25
    ("Kan du lave et kort resumé (5-6 linjer) af referatet til personalesagen og foreslå næste skridt?\n\n"
     "[[CONF:FORTROLIGT]]\n"
     "Referat af tjenstlig samtale 18.09.2025 kl. 13.00–14.10\n"
     "Medarbejder: [[PER:Søren-Emil Abildtrup]], [[CPR:220881-143?]], social- og sundhedsassistent, "
     "Hjemmeplejen Øst\n"
     "Til stede: områdeleder [[PER:Bettina Fogh]], HR-partner [[PER:Anders Qvist]], tillidsrepræsentant "
     "[[PER:Marlene Hviid]]\n\n"
     "Baggrund: Den 2. september blev det konstateret, at der manglede seks tabletter [[HELB:Oxycodon]] i "
     "medicinæsken hos en borger på ruten, som [[PER:Søren-Emil]] havde haft tre dage i træk. Det er den anden "
     "uoverensstemmelse i år; den første (marts) blev ikke afklaret.\n"
     "[[PER:Søren-Emil]] forklarede, at han ikke har taget borgerens medicin. Han oplyste selv, at han er i "
     "behandling for [[HELB:slidgigt]] i knæet og tager smertestillende på recept, og at han har haft en hård "
     "periode efter sin skilsmisse. Han tilbød at aflevere en urinprøve og at tale med en misbrugskonsulent, hvis "
     "ledelsen ønsker det.\n"
     "Tillidsrepræsentanten bemærkede, at medicinæsken også håndteres af aftenvagten og af sygeplejen, og at "
     "dokumentationen i Nexus for de pågældende dage er mangelfuld. Hun opfordrede til, at sagen ses som et "
     "systemproblem og ikke kun som et individuelt forhold.\n"
     "Områdelederen oplyste, at sagen er indberettet som utilsigtet hændelse, og at der ikke er taget stilling "
     "til ansættelsesretlige skridt.\n\n"
     "Aftaler:\n"
     "- [[PER:Søren-Emil]] fritages for medicinhåndtering indtil videre, men fortsætter på ruten.\n"
     "- HR indhenter oplysninger fra sygeplejen om optælling og dokumentation.\n"
     "- Ny samtale inden for 3 uger. [[PER:Søren-Emil]] kan kontaktes på [[TLF:42 70 18 59]].",
     "Long personnel note. The citizen's opioid is labelled although the citizen is not named (it concerns an "
     "individual in the text). 'misbrugskonsulent' is a job title and 'smertestillende' is generic; a divorce is "
     "not health data."),
]

# Schools, PPR, day care.
CASES["school"] = [
    # 1
    ("hej kan du skrive et svar til en forælder der er sur: 'hej jeg er far til [[PER:william]] i 2.a og jeg synes "
     "ikke det er ok at han bliver sat udenfor klassen hver gang han har det svært. I ved godt han har "
     "[[HELB:ADHD]] og at han ikke altid får sin [[HELB:Ritalin]] om morgenen når han er hos sin mor. mvh "
     "[[PER:jesper]]'"),
    # 2
    ("Skriv en henvisning til PPR ud fra mine noter. Brug faglige formuleringer, men ikke for lange sætninger.\n\n"
     "Elev: [[PER:Hussein Al-Jabouri]], 7.c, cpr [[CPR:011011-566?]]\n"
     "Kontaktlærer: [[PER:Signe Holmgaard]]\n\n"
     "[[PER:Hussein]] kom til Danmark fra Irak for 3 år siden og gik det første år i modtageklasse. Han taler nu "
     "forståeligt dansk, men har svært ved faglig læsning og opgiver hurtigt. Siden jul har han haft 18 % fravær, "
     "mest om mandagen. Han reagerer voldsomt på høje lyde (fx når en stol vælter) og har to gange løbet ud af "
     "skolen. Han har fortalt sin kontaktlærer, at han har mareridt om krigen og at han ikke sover om natten.\n"
     "Familien har fortalt, at han var vidne til at hans onkel blev dræbt. Egen læge har nævnt mistanke om "
     "[[HELB:PTSD]], men han er ikke udredt.\n"
     "Klassen er rolig, og han har to gode venner, [[PER:Viggo Nørløv]] og [[PER:Ali]], som han spiller fodbold med "
     "i frikvartererne. Han er glad for idræt og matematik.\n"
     "Vi har prøvet: fast plads ved døren, høretelefoner, aftalt pauserum, ugentlig samtale med AKT. Det har "
     "hjulpet noget, men vi er bekymrede for hans trivsel.\n"
     "Forældrene er positive over for en henvisning, og mor har skrevet under på samtykke. Far ønsker tolk "
     "(arabisk) til møder.\n"
     "Ønske: PPR-vurdering af trivsel og evt. behov for støtte i undervisningen samt råd om samarbejdet med "
     "familien.",
     "Long note. A suspected (not confirmed) diagnosis about the pupil is still HEALTH_DATA. 'hans' is a pronoun. "
     "Child born 2011 (7th digit 5)."),
    # 3
    ("lav navneskilte til 0.b ud fra listen, kun fornavne og i stor skrift: [[PER:Ida Krag]] [[CPR:150518-472?]] | "
     "[[PER:Noah Ali Hansen]] [[CPR:030718-5111]] | [[PER:Ellen Ngo]] [[CPR:280618612?]] | [[PER:Aksel Brandt]] "
     "[[CPR:191118-4404]]",
     "One-line list of pupils born 2018; CPR formats mixed, two fail modulus 11."),
    # 4
    ("skriv et referat af mødet med forældrene i dag: [[PER:Clara]] er blevet holdt udenfor af [[PER:Emma]], "
     "[[PER:Ellie]] og [[PER:Liv]] i frikvartererne siden efterårsferien. [[PER:Claras]] mor fortalte, at "
     "[[PER:Clara]] er henvist til børne- og ungdomspsykiatrien pga. [[HELB:selvskade]]. Vi aftalte en trivselsplan "
     "for klassen og nyt møde om 3 uger.",
     "Possessive 'Claras' is labelled; 'mor' is a cue outside the span."),
    # 5
    ("Lav en enkel instruks til vikarer i 5.a om [[PER:Mustafa]], som har [[HELB:type 1-diabetes]] og "
     "[[HELB:insulinpumpe]]. Hvis blodsukkeret er under 4, skal han have juice og en bolle. Ring altid til mor, "
     "[[PER:Leyla Demir]], på [[TLF:60 71 39 22]].",
     "'insulinpumpe' is a treatment device about the named pupil and is labelled."),
    # 6
    "kan du lave 10 spørgsmål til en læsetekst om heste til [[PER:mathilde]] i 3. klasse, hun læser lidt under niveau",
    # 7
    ("Skriv et brev til forældrene om bekymrende fravær: [[PER:Rebecca Dalsgaard Juhl]], 8.b, 27 % fravær i dette "
     "skoleår, heraf meget ulovligt. Forældre: [[PER:Tina Juhl]] og [[PER:Brian Dalsgaard]], "
     "[[ADR:Rosenhaven 31, 4690 Haslev]]. Vi vil gerne invitere til møde 14.11 kl. 8.15."),
    # 8
    ("Hej [[PER:Gunhild]]\n"
     "Kan du sende mig resultaterne fra de nationale test i læsning for [[PER:Adam Østergaard]] og [[PER:Sara Jabbar]] "
     "inden fredag?\n"
     "Mvh. [[PER:Mikael]]\nLærer, Kirkebakkeskolen\n[[MAIL:mikael.fenger@kirkebakkeskolen.dk]]\n\n"
     "(oversæt til engelsk, vores nye kollega fra Irland skal også kunne læse den)"),
    # 9
    ("[[CONF:FORTROLIGT]]\n"
     "Notat fra samtale med elev i 9.a, [[PER:Malou Frost]], 13.11 kl. 12.15\n"
     "[[PER:Malou]] fortalte, at hun ikke tør tage hjem om fredagen, fordi hendes stedfar drikker og råber. Hun siger, "
     "at hun ikke selv har været udsat for vold. Hun har sovet hos en veninde de sidste to weekender.\n\n"
     "Lav en [[HELB:underretning]] til kommunen ud fra notatet",
     "The requested 'underretning' concerns the named pupil. 'drikker' is not a diagnosis."),
    # 10
    ("Navn\tKlasse\tDiagnose\tStøttetimer\n"
     "[[PER:Lucas Brix]]\t4.b\t[[HELB:autisme]]\t10\n"
     "[[PER:Victor Aksel Hein]]\t6.a\t[[HELB:ADHD]]\t8\n"
     "[[PER:Aya Mourad]]\t2.c\t[[HELB:Tourette]]\t6\n\n"
     "lav et søjlediagram over støttetimer fordelt på diagnose",
     "Tab-separated table pasted from Excel."),
    # 11
    ("Lav en kort plan for idrætstimerne: [[PER:Frederik]], som alle kalder [[PER:Fede]], har [[HELB:epilepsi]] og må "
     "ikke svømme uden en voksen ved siden af. Hvad skal vikaren vide?",
     "The nickname 'Fede' is also an ordinary Danish word but here names the boy."),
    # 12
    ("Skriv en invitation til skolebestyrelsesmødet 3. december kl. 17.00 i personalerummet. Dagsorden: budget, "
     "trafiksikkerhed, ny ordensregel. Underskrives af formand [[PER:Lea Hvid Nørgaard]]."),
    # 13
    ("Kan du lave en hændelsesrapport? I 10-frikvarteret faldt [[PER:Johan]] fra 1.c ned fra klatrestativet og fik "
     "[[HELB:hjernerystelse]]. Han blev hentet af far, [[PER:Kazimierz Nowicki]], kl. 11.20 og kørt til skadestuen. "
     "Gårdvagt var [[PER:Pia]]."),
    # 14
    ("Skriv PPR-udtalelsen om i et sprog forældrene kan forstå:\n\n"
     "PPR – pædagogisk psykologisk vurdering\n"
     "[[PER:Noor Hamdan]], f. 2016, 3.a\n"
     "[[PER:Noor]] er testet med WISC-V og har en generel begavelse i det lave normalområde. Hun er diagnosticeret "
     "med [[HELB:angst]] i børne- og ungdomspsykiatrien i 2024 og er i forløb hos psykolog. I klassen fremstår hun "
     "stille og tilbagetrukket, men fagligt følger hun med i matematik.\n"
     "Side 2 af 4 – [[CONF:PERSONFØLSOMT]]"),
    # 15
    ("[[PER:Mark]] i 6.b har igen ikke afleveret sin dansk-opgave. Hvordan skriver jeg til forældrene uden at det "
     "lyder som kritik? Familien har en gård, og han hjælper meget til, fx med at køre på marken efter skole.",
     "'Mark' is the pupil's name; 'marken' (the field) is not."),
    # 16
    ("Lav en deltagerliste til lejrskolen med allergier markeret:\n"
     "- [[PER:Ebba Sølvsten]]: [[HELB:nøddeallergi]], har [[HELB:EpiPen]] med\n"
     "- [[PER:Ali Hammoud]]: [[HELB:cøliaki]]\n"
     "- [[PER:Johanne Krogh]]: ingen\n"
     "- [[PER:Theo Bak-Jessen]]: [[HELB:astma]], [[HELB:Ventoline]]\n"
     "Mødested: skolens p-plads kl. 7.45, hjemkomst fredag kl. 14",
     "Allergies and their medicines are health data about the pupils."),
    # 17
    ("hej vil du hjælpe mig med et svar til lærer [[PER:niels brodersen]]? han spørger om vi har plads i "
     "specialklassen til en dreng fra hans klasse. svaret er nej før sommerferien. han kan ringe til mig på "
     "[[TLF:21 58 06 94]]"),
    # 18
    ("Ret stavefejl i dagsordenen:\n"
     "1. Godkendelse af referat\n"
     "2. Budget 2026 – orientering\n"
     "3. [[CONF:Lukket punkt]]: Klage over lærer [[PER:Anders Holm Vestergaard]]\n"
     "4. Evt."),
    # 19
    ("Tilbagemelding fra sundhedsplejen til dagplejer [[PER:Maibritt]]: [[PER:Ivalu Berthelsen]] (14 mdr.) vejer "
     "for lidt og er henvist til børneafdelingen med mistanke om [[HELB:mælkeallergi]]. Mor, [[PER:Ane Berthelsen]], "
     "ønsker at dagplejen giver mælkefri kost indtil videre. lav det til en besked i Aula",
     "Day-care message; Greenlandic first name. 'vejer for lidt' is an observation, not labelled."),
    # 20
    ("Lav en bekræftelse på skoleindskrivning:\n"
     "Barn: [[PER:Elvira Nørskov Laursen]], [[CPR:040619-634?]]\n"
     "Forældre: [[PER:Katrine Nørskov]] ([[MAIL:katrine.norskov@hotmail.com]]) og [[PER:Søren Laursen]] "
     "([[MAIL:sl1985@gmail.com]])\n"
     "Adresse: [[ADR:Kornvænget 12, 8380 Trige]]\n"
     "Skole: Trige Skole, 0.a, skolestart 11. august",
     "2019 birth with 7th digit 6."),
    # 21
    ("Overflytningsskema – [[CONF:Personfølsomt]]\n"
     "Elev: [[PER:Wiktor Mazur]] cpr [[CPR:1309104102]] fra Lindeskolen til Højvangskolen pr. 1/2.\n"
     "Årsag: familien flytter. [[PER:Wiktor]] har [[HELB:ordblindhed]] og bruger AppWriter.\n\n"
     "skriv en kort overlevering til den nye klasselærer",
     "2010 birth with 7th digit 4. Dyslexia stated as the pupil's condition is labelled; 'AppWriter' is a "
     "learning tool, not a medicine."),
    # 22
    ("specialundervisning visitation – kan du skrive det her om til et pænt referat: [[PER:noah]] "
     "([[CPR:211212-584?]]) har [[HELB:autisme]] og har ikke været i skole siden september, mor ([[PER:jannie]]) "
     "ønsker heltidsspecialklasse, PPR anbefaler det også, udvalget skal tage stilling 4/3",
     "2012 birth with 7th digit 5; lower-case names."),
]

# Elder care, home care, nursing homes.
CASES["eldercare"] = [
    # 1
    ("Omskriv min visitationsnote til en afgørelse om praktisk hjælp og personlig pleje. Brug du-form.\n\n"
     "Hjemmebesøg [[ADR:Ahornvej 6, 6100 Haderslev]] 19.02.2025. Til stede: borger [[PER:Edith Kløvedal]] "
     "([[CPR:130331-112?]]), datter [[PER:Vibeke Bech]] og visitator.\n"
     "[[PER:Edith]] er 93 år og bor alene i parcelhus med trappe til 1. sal, som hun ikke længere bruger. Hun har "
     "[[HELB:hjertesvigt]] og [[HELB:KOL]] og bruger ilt om natten. Hun faldt i december og fik et "
     "[[HELB:håndledsbrud]], som er helet, men hun er blevet mere usikker når hun går.\n"
     "Hun tager [[HELB:Furix]] og [[HELB:Marevan]] og har svært ved at huske medicinen. Datteren oplyser, at moren er "
     "blevet mere glemsom det sidste halve år og to gange har ringet om natten, fordi hun troede, det var morgen.\n"
     "Hun klarer selv at tage tøj på og lave morgenmad, men kan ikke komme i bad uden hjælp. Rengøringen er "
     "mangelfuld, og der lugter af urin på badeværelset.\n"
     "Ønsker: hjælp til bad 2 gange om ugen, rengøring hver 14. dag, medicindispensering.\n"
     "Vurdering: [[PER:Edith]] har brug for hjælp til bad og rengøring. Medicinhåndtering overdrages til "
     "sygeplejen. Der anbefales [[HELB:demensudredning]] via egen læge. Genvurdering om 3 måneder.",
     "Long visitation note (1930s birth, 7th digit 1). 'ilt' and 'medicindispensering' are generic; the "
     "compound 'demensudredning' reveals suspected dementia and is labelled."),
    # 2
    ("Kan du hjælpe med at svare på denne klage, så den ikke bliver værre?\n\n"
     "Fra: [[MAIL:j.ostergaard.holm@mail.dk]]\n"
     "Emne: Min far på Solbakken\n\n"
     "Jeg er meget utilfreds med plejen af min far, [[PER:Arne Østergaard Holm]], stue 14 på Plejecenter Solbakken. "
     "I sidste uge fandt jeg ham med et [[HELB:tryksår]] på hælen som ingen havde opdaget, og han havde ikke fået sin "
     "[[HELB:Madopar]] til tiden to dage i træk. Han har [[HELB:Parkinsons]] og bliver meget stiv når medicinen "
     "kommer for sent.\n\n"
     "[[PER:Jette Østergaard Holm]]\n[[TLF:40 52 18 76]]",
     "'Holm' is part of the surname. 'Parkinsons' as written (possessive form of the disease name)."),
    # 3
    "borger på stue 7 ([[PER:ingrid]]) har [[HELB:urinvejsinfektion]] igen, lav en huskeseddel til aftenvagten om væske",
    # 4
    ("Sæt denne medicinliste op i en tabel med tidspunkter (morgen/middag/aften/nat):\n"
     "[[PER:Holger Fisker]], [[CPR:240829-047?]]\n"
     "- [[HELB:Metformin]] 500 mg x 2\n"
     "- [[HELB:Eliquis]] 5 mg x 2\n"
     "- [[HELB:Pinex]] 1 g x 3\n"
     "- [[HELB:Donepezil]] 10 mg til natten",
     "Medicine names only; doses outside the spans."),
    # 5
    ("Skriv et hyggeligt indlæg til beboerbladet: [[PER:Valborg Kjær]] fyldte 100 år i sidste uge, og vi fejrede "
     "det med lagkage og is i fælleshuset. Hendes barnebarn [[PER:Anton]] spillede harmonika, og borgmesteren kom "
     "forbi med blomster.",
     "'is' (ice cream) is a homograph; 'borgmesteren' without a name is not labelled."),
    # 6
    ("Lav en indberetning om [[HELB:magtanvendelse]] ud fra det her: Beboer [[PER:Knud Erik Mølgaard]] med "
     "[[HELB:Alzheimers]] blev holdt fast i armene af SSA [[PER:Nadia]] under nedre hygiejne 02.03 kl. 7.40, fordi han "
     "slog ud efter hende. Det varede ca. 1 minut. Han var urolig resten af formiddagen.",
     "'magtanvendelse' (use of force on a resident) is treated as a social-care measure about the individual."),
    # 7
    ("Translate to English for the night nurse [[PER:Maricel dela Cruz]] who started this week:\n"
     "[[PER:Gerda Lundsgaard]] på stue 3 har [[HELB:lungekræft]] med spredning og må få [[HELB:morfin]] efter behov, "
     "max hver 4. time. Datteren vil gerne ringes op hvis der sker ændringer, nr. [[TLF:26 44 71 05]].",
     "Filipino name with the particle 'dela'."),
    # 8
    ("Lav en madplan for uge 12 til plejecentret med fokus på proteinrige retter og noget der er let at tygge. "
     "Budget 62 kr. pr. beboer pr. dag.",
     "Eldercare prompt with nothing sensitive."),
    # 9
    ("Nexus-notat:\n"
     "[[PER:Ruth Abildgaard]] [[CPR:050238–041?]]\n"
     "Fald i stuen kl. 03.15, fundet af nattevagt. Ingen synlige skader, klager over smerter i venstre hofte. Vagtlæge "
     "tilkaldt, mistanke om [[HELB:hoftebrud]]. Indlagt på OUH kl. 05.10.\n\n"
     "skriv en kort og rolig besked til sønnen [[PER:Flemming]] om hvad der er sket",
     "CPR with an en dash. 'Indlagt' is generic."),
    # 10
    ("Lav en telefonliste i alfabetisk rækkefølge efter beboer:\n"
     "[[PER:Mogens Riis]] – datter [[PER:Karina]] [[TLF:22 93 40 18]]\n"
     "[[PER:Edel Frandsen]] – søn [[PER:Bo]] [[TLF:30 28 55 17]]\n"
     "[[PER:Ejvind Sakariassen]] – nabo fru [[PER:Dahl]] [[TLF:86 97 13 42]]\n"
     "[[PER:Aase Brink]] – ingen pårørende",
     "'Bo' is a first name here."),
    # 11
    ("Hjælp mig med at skrive en begrundelse for at [[PER:Nukâraq Olsen]] skal have en plejebolig. Han bor på "
     "[[ADR:Grønnegade 4, 1. th., 8900 Randers C]], har [[HELB:demens]] og har været væk fra hjemmet 3 gange, hvor "
     "politiet fandt ham. Hans hustru døde i foråret, og der er ingen andre pårørende i Danmark.",
     "Greenlandic name (old orthography with â). 'Hans' at the start of a sentence is the pronoun."),
    # 12
    ("hej kan du sige det her pænere til en borger: vi kan ikke give mere hjælp til rengøring fordi du ikke opfylder "
     "kriterierne. hun hedder [[PER:Grethe Storm]] og bor [[ADR:Klintevej 19, 4780 Stege]]",
     "'Storm' is a surname here."),
    # 13
    ("Formulér tre mål til et rehabiliteringsforløb efter § 83 a for [[PER:Poul Erik Hasselbalch]], 81 år, efter en "
     "[[HELB:hjerneblødning]] i januar. Han ønsker selv at kunne gå til Netto med rollator og lave sin egen kaffe."),
    # 14
    ("fru [[PER:Lassen]] på [[ADR:Birkevej 8]] vil gerne have en badebænk, hvad skal hun søge om og hvor lang er "
     "sagsbehandlingstiden typisk?",
     "Cue 'fru' outside the span; street and number alone is an address."),
    # 15
    ("Hej [[PER:Kirsten]]\n\n"
     "Tak for snakken om din mor. Som aftalt starter vi [[HELB:sondeernæring]] i næste uge efter samtalen med "
     "lægen, og diætisten kommer onsdag. Du er velkommen til at være med.\n\n"
     "Mvh. [[PER:Jannik]]\nSygeplejerske, Plejecenter Egelunden\n[[TLF:72 80 19 64]]\n\n"
     "gør den lidt varmere i tonen"),
    # 16
    ("Udskrevet fra Nexus 12.03.2025 11:42 – [[CONF:Fortroligt]]\n"
     "Borger: [[PER:Alfred Skjødt]], [[ADR:Præstevænget 11, 8850 Bjerringbro]]\n"
     "Indsats: personlig pleje morgen og aften, tilsyn nat\n"
     "Helbredstilstand: [[HELB:diabetes]], [[HELB:inkontinens]], nedsat syn\n\n"
     "lav en kort overlevering til nyt personale"),
    # 17
    ("beboere der mangler [[HELB:influenzavaccination]]: [[CPR:070940-4128]], [[CPR:280645913?]], "
     "[[CPR:120434-016?]] – lav en liste til sygeplejersken",
     "CPR-only list: 1940 with 7th digit 4 (year >= 37), 1945 with 7th digit 9, 1934 with 7th digit 0."),
    # 18
    ("handover night shift – pls make it into proper danish:\n"
     "- stue 2 [[PER:Erna]]: uro kl 01, fik [[HELB:Oxapax]], sov derefter\n"
     "- stue 5 [[PER:Villy Brøndum]]: feber 38,6, ring til læge i morgen\n"
     "- stue 9 [[PER:Inge-Lise]]: ok\n"
     "- kaffemaskinen i personalerummet er i stykker igen"),
    # 19
    ("[[PER:Hans Vilhelm Krog]] på [[ADR:Søndergade 31, 2. tv., 7620 Lemvig]] har fået afslag på ekstra hjælp. "
     "hans datter ringer hver dag og er vred. Skriv et svar hun kan forstå, uden at gentage hele afgørelsen.",
     "'Hans' as a first name is labelled; 'hans datter' (his daughter) is the pronoun."),
    # 20
    ("Ansøgning om plejebolig til ægtepar – skriv en sammenfatning:\n"
     "[[PER:Aage Thorsen]] [[CPR:180236-0537]], [[HELB:apopleksi]] 2023, sidder i kørestol\n"
     "[[PER:Lilly Thorsen]] [[CPR:060740-420?]], rask, men kan ikke længere løfte ham\n"
     "Bor [[ADR:Højdevej 24, 2. tv., 2300 København S]], ingen elevator",
     "1940 birth with 7th digit 4 (year >= 37); 'rask' (healthy) is an ordinary word."),
    # 21
    ("[[PER:Inger Marie Busk]], [[CPR:111029-0882]], stue 6, døde i nat kl. 02.40. Pårørende: søn "
     "[[PER:Claus Busk]], [[TLF:23 61 48 02]]. Bedemand er kontaktet.\n\n"
     "skriv en kort, respektfuld besked til personalegruppen uden helbredsoplysninger"),
    # 22
    ("Hjælpemiddelbestilling: loftlift til [[PER:Gunnar Dam]] [[CPR:250746 1630]], [[ADR:Engtoften 3, 6200 Aabenraa]]. "
     "Han har [[HELB:ALS]] og kan ikke længere forflytte sig selv. Lav en begrundelse til hjælpemiddelcentret.",
     "CPR with a space; 'Dam' is a surname here."),
    # 23
    ("pls translate to english for the agency nurse: stue 11 [[PER:Signe Kallestrup]] [[CPR:020433\t0218]] skal "
     "have [[HELB:Insulatard]] kl 21 og blodsukker måles før. hun er [[HELB:diabetiker]] og glemmer at spise",
     "Tab inside the CPR number (pasted from a table). 'diabetiker' reveals the diagnosis."),
    # 24
    ("Kan du samle denne mailtråd til et kort overblik over hvem der gør hvad og hvornår?\n\n"
     "Fra: [[MAIL:udskrivning.med2@regionsyd-hospital.dk]]\n"
     "Emne: Udskrivning – [[CPR:090335-062?]]\n"
     "Patienten, [[PER:Elna Kristoffersen]], forventes udskrevet fredag kl. 11 efter indlæggelse med "
     "[[HELB:lungebetændelse]]. Hun har kendt [[HELB:KOL]] og udskrives med [[HELB:iltbehandling]] 1 l/min i hvile "
     "og 2 l/min ved aktivitet. Nye præparater: [[HELB:Prednisolon]] (nedtrappes over 7 dage) og [[HELB:Spiriva]]. "
     "Hun er faldtruet og har brug for rollator. Genoptræningsplan er sendt.\n"
     "Mvh. [[PER:Pernille Ahlgren]], sygeplejerske, Medicinsk afd. M2\n\n"
     "> Fra: [[MAIL:visitation@vesteraadal.dk]]\n"
     "> Tak. Vi sørger for hjælpemidler og øget hjemmepleje de første 14 dage. Iltfirmaet er bestilt til levering "
     "torsdag. Kan I sende medicinlisten i FMK inden torsdag kl. 12? /[[PER:Tobias]], visitator\n\n"
     ">> Fra: [[MAIL:susanne.kristoffersen71@gmail.com]]\n"
     ">> Hej, jeg er datter til [[PER:Elna]]. Jeg kan først være der fredag kl. 14, kan hjemmeplejen tage imod "
     "hende? Nøglen ligger i nøgleboksen ved bagdøren, koden får I på [[TLF:29 84 10 36]]. Hun bor stadig på "
     "[[ADR:Lærkevej 12, 6270 Tønder]]. Mvh [[PER:Susanne]]\n\n"
     ">>> Fra: [[MAIL:hjemmepleje.syd@vesteraadal.dk]]\n"
     ">>> Vi tager imod hende kl. 11.30 og ringer til [[PER:Susanne]] bagefter. Sygeplejen kommer kl. 15 og "
     "gennemgår medicin og ilt. /Team Syd",
     "Pasted e-mail thread. 'indlæggelse' and 'hjemmepleje' are generic; 'iltbehandling' is a treatment about "
     "the named patient; doses outside the spans."),
]

# City council, committees, agenda items.
CASES["council"] = [
    # 1
    ("Gør denne sagsfremstilling kortere og mere præcis:\n\n"
     "[[CONF:Lukket punkt]] 17 – Salg af erhvervsgrund, matr.nr. 14bq Vester Tørslev By\n"
     "Økonomiudvalget anbefales at godkende salg af grunden til Tørslev Stål A/S, CVR-nr. [[CVR:2974108?]], for "
     "2.350.000 kr. ekskl. moms. Køber har tilkendegivet, at der opføres en produktionshal på ca. 4.000 m² med 25 "
     "arbejdspladser. Prisen er fastsat på baggrund af en vurdering fra ejendomsmægler. Punktet behandles for "
     "lukkede døre af hensyn til kommunens forhandlingsposition.",
     "Cadastral number and amounts are not sensitive."),
    # 2
    ("Opsummér i 5 punkter til mødet:\n\n"
     "[[CONF:Lukket møde]] – Økonomiudvalget 4. juni 2025\n"
     "Punkt 9: Fratrædelse, teknik- og miljødirektør [[PER:Lene Marstrand]]\n"
     "Direktøren har været sygemeldt siden februar pga. [[HELB:stress]]. Der er indgået aftale om fratræden pr. "
     "31. august med fritstilling. Udgiften afholdes inden for direktionens budget."),
    # 3
    ("Sagsfremstilling til Kommunalbestyrelsen – [[CONF:Må ikke videregives før kommunalbestyrelsens møde "
     "18. september]]\n\n"
     "Forslag om lukning af Hvidbjerg Skole pr. 1. august 2026 og overflytning af eleverne til Lemtorp Skole. "
     "Besparelse 4,2 mio. kr. årligt.\n\n"
     "skriv 3 mulige spørgsmål fra forældrene og forslag til svar",
     "Marker with its time qualifier."),
    # 4
    ("[[CONF:LUKKET DAGSORDEN]]\n"
     "Social- og Sundhedsudvalget 10.03.2025\n\n"
     "Punkt 4 – Klage over afslag på støtte til køb af bil\n"
     "Borgeren, [[PER:Ejnar Bundgaard]], [[ADR:Mosevej 2, 7870 Roslev]], har [[HELB:muskelsvind]] og er afhængig af "
     "kørestol. Ankestyrelsen har hjemvist sagen til fornyet behandling.\n\n"
     "lav et resume på 3 linjer til udvalgsformanden",
     "'Lukket dagsorden' (closed agenda) is treated like 'lukket punkt'/'lukket møde'."),
    # 5
    ("Byrådsmedlem [[PER:Frank Hedegaard]] (V) har søgt om orlov fra 1. maj til 31. oktober, da han skal i "
     "[[HELB:strålebehandling]]. Skriv en kort meddelelse til byrådet om indkaldelse af stedfortræder [[PER:Mona Riis]].",
     "Politicians in office are labelled; the health reason is about the named member."),
    # 6
    ("Lav en sagsfremstilling om forslag til ny trafikpolitik: fokus på cykelstier til skoler, 40 km/t i "
     "byzoner og bedre busforbindelser i landdistrikterne. Indstilling: at forslaget sendes i høring i 6 uger.",
     "Council prompt with nothing sensitive."),
    # 7
    ("Lav et resume til Teknik- og Miljøudvalget: Ekspropriation af 340 m² af ejendommen "
     "[[ADR:Stationsvej 71, 7160 Tørring]], ejet af [[PER:Leif]] og [[PER:Marianne Brask]], til udvidelse af "
     "krydset Stationsvej/Ringvejen. Ejerne har protesteret og kræver 450.000 kr. i erstatning.",
     "Two people sharing one surname are two spans: 'Leif' and 'Marianne Brask'. 'Stationsvej/Ringvejen' without "
     "numbers are not addresses."),
    # 8
    ("Til udvalget – klage fra borger\n\n"
     "Fra: [[MAIL:henning.dyhr@outlook.dk]]\n"
     "Jeg har nu 4 gange klaget over støjen fra jeres genbrugsplads på Industrivej, og ingen svarer. Jeg bor på "
     "[[ADR:Industrivej 40, 6950 Ringkøbing]] og kan ikke sove efter kl. 5 om morgenen.\n"
     "[[PER:Henning Dyhr]]\n\n"
     "skriv et udkast til svar fra formanden der tager klagen alvorligt"),
    # 9
    ("[[CONF:Til tjenestebrug]]\n"
     "Referat – Beredskabskommissionen, ekstraordinært møde 02.02.2025\n"
     "Pkt. 1: Orientering om brand på bostedet Lindehuset natten til 1. februar. En beboer, [[PER:Kim Thygesen]], "
     "er indlagt med [[HELB:røgforgiftning]]. Politiet efterforsker.\n\n"
     "Skriv en intern orientering til kommunalbestyrelsen",
     "'Kim' is a first name."),
    # 10
    ("Hej [[PER:Thomas]]\n\n"
     "Borgmesteren har bedt om et notat til mødet med KL om udligningsreformen. Kan du have et udkast klar "
     "torsdag? Brug tallene fra budgetnotatet.\n\n"
     "Mvh\n[[PER:Anne Sofie Kragelund]]\nSekretariatschef\n[[MAIL:ask@vesteraadal.dk]]\n[[TLF:96 11 50 22]]\n\n"
     "--- lav et udkast til svar hvor jeg siger ja men beder om en dag mere"),
    # 11
    ("Byrådsmedlem [[PER:Amira Saleh]] (Ø) har stillet dette spørgsmål: 'Hvor mange borgere har fået afslag på "
     "enkeltydelser i 2024, fordelt på alder?' Skriv et svar med tallene 312 (18–29 år), 488 (30–49 år) og "
     "201 (50+)."),
    # 12
    ("Indstilling til Kultur- og Fritidsudvalget – [[CONF:må ikke offentliggøres før prisoverrækkelsen 14. november]]\n"
     "Årets frivillige: [[PER:Marie-Louise de Fine Bønnelykke]], der i 22 år har drevet lektiecaféen i "
     "Søndermarkshallen.\n\n"
     "skriv en begrundelse på 5 linjer",
     "Particle 'de' inside a multi-part surname; 'Bønnelykke' contains the homograph 'lykke' but is a surname."),
    # 13
    ("Skriv en sagsfremstilling om dispensation fra lokalplanen: Ansøger [[PER:Jakub Zieliński]], "
     "[[ADR:Havrevænget 15, 9800 Hjørring]], ønsker at opføre en carport på 42 m², hvor lokalplanen tillader 35 m². "
     "Naboerne på nr. 13 og 17 har ikke gjort indsigelse.",
     "'nr. 13 og 17' without a street are not addresses."),
    # 14
    ("UDKAST – [[CONF:FORTROLIGT indtil budgetforliget er offentliggjort]]\n"
     "Budgetaftale 2026 mellem A, V, F og K:\n"
     "- 12 mio. kr. til ældreområdet\n"
     "- takstnedsættelse i SFO\n"
     "- ny svømmehal udskydes til 2028\n\n"
     "lav det til en pressemeddelelse på 150 ord",
     "'FORTROLIGT' with an event-based time qualifier ('indtil ...') is one span, like 'før byrådsmødet'. "
     "'UDKAST' on a non-press document is not a marker by itself."),
    # 15
    ("i morgen har vi [[CONF:lukket punkt]] om [[PER:sune vangsgaard]] (skolelederen på Bøgely) – han har fået en advarsel for "
     "at have delt elevdata på facebook. kan du lave en talepapir til udvalgsformanden, max 1 side",
     "Lower-case 'lukket punkt' in running text still says the pasted content belongs to a closed item, so it is "
     "a marker (not a question about the topic)."),
    # 16
    ("Udvalgsmedlem [[PER:Niels-Christian Egeskov]] spørger til sagen om vejbelysning på Bakkevej. Lav et kort svar: "
     "der er afsat 1,2 mio. kr. i 2025, arbejdet starter i uge 36."),
    # 17
    ("[[CONF:Lukket punkt]]: Personalesag – orientering\n"
     "Forvaltningen orienterer om afskedigelse af en medarbejder i Ældre og Sundhed, [[PER:Gülsen Aydın]], "
     "efter gentagne advarsler. Fagforeningen har anmodet om forhandling.\n\n"
     "formuler orienteringen så den kan stå i det åbne referat uden navn"),
    # 18
    ("Referat fra Børne- og Ungeudvalget 12.02.2025 – [[CONF:kun til intern brug indtil godkendelse]]\n"
     "Pkt. 6: Underretningsstatistik 2024: 1.744 underretninger, 61 % fra skoler og institutioner.\n"
     "Pkt. 7: Temadrøftelse om mistrivsel blandt unge.\n\n"
     "lav en opsummering til nyhedsbrevet",
     "Aggregate statistics: 'underretninger' about no individual are not labelled. The event-based time "
     "qualifier 'indtil godkendelse' is part of the marker span."),
    # 19
    ("Økonomiudvalget skal godkende forlængelse af kontrakten med Rengøringsselskabet Skinne ApS (CVR "
     "[[CVR:3392017?]]) for 2025–2027 til 8,1 mio. kr. årligt. Skriv indstillingen."),
    # 20
    ("[[CONF:Lukket punkt]] 22 – Anmodning om eftergivelse af gæld\n"
     "Ansøger: [[PER:Kurt Ejnar Pallesen]], [[CPR:290159-305?]], har en restgæld til kommunen på 186.400 kr. fra "
     "et boligindskudslån og en tilbagebetaling af kontanthjælp. Ansøger har [[HELB:KOL]] og modtager "
     "førtidspension.\n\n"
     "skriv indstillingen kortere, max 8 linjer"),
    # 21
    ("Sagsfremstilling, [[CONF:lukket møde]]: Salg af kommunal bolig, [[ADR:Skolevej 3, 9640 Farsø]], til lejeren "
     "[[PER:Helle Skaarup]] ([[CPR:080572-2688]]) for 1.150.000 kr. efter valuarvurdering. Lav et udkast til "
     "indstilling.",
     "CPR fails modulus 11."),
]

# Press and communication.
CASES["press"] = [
    # 1
    ("Ret sproget i pressemeddelelsen og gør overskriften skarpere:\n\n"
     "[[CONF:UNDER EMBARGO TIL TIRSDAG 6. MAJ KL. 06.00]]\n\n"
     "Ny plan skal halvere ventetiden på bostøtte\n"
     "Vesterådal Kommune ansætter fire nye bostøttemedarbejdere og indfører telefonisk visitation. Målet er, at ingen "
     "borger venter mere end fire uger. \"Det er for lang tid at vente, når man har brug for hjælp,\" siger rådmand "
     "[[PER:Kirsten Ulrikkeholm]].\n\n"
     "Pressekontakt: [[PER:Mathias Broe]], kommunikationskonsulent, [[TLF:25 17 86 40]], "
     "[[MAIL:mabr@vesteraadal.dk]]"),
    # 2
    ("[[CONF:UDKAST – ikke godkendt af direktionen]]\n\n"
     "Kommunen lukker to plejecentre og samler pladserne på Egelunden\n"
     "Som led i budget 2026 foreslår forvaltningen at lukke Plejecenter Kastaniehaven og Plejecenter Bakkehuset...\n\n"
     "make it sound less negative, and suggest a headline in English too",
     "Marker saying the release is an unpublished draft."),
    # 3
    ("En journalist fra TV Midtvest spørger til sagen om [[PER:Birthe Lykke Thomsen]], der døde efter et fald på "
     "Plejecenter Solhaven i januar. Familien har selv gået til pressen. Hvad kan vi sige, når vi har tavshedspligt? "
     "Skriv et svar på max 5 linjer.",
     "'Lykke' is a middle name and part of the span."),
    # 4
    ("Skriv en kort nyhed til hjemmesiden: Borgmesteren besøger [[PER:Gudrun Refsgaard]] på hendes 100-års "
     "fødselsdag fredag kl. 10 på [[ADR:Fjordvej 3, 7700 Thisted]]. Pressen er velkommen."),
    # 5
    ("Pressemeddelelse – [[CONF:må ikke offentliggøres før 1. oktober kl. 12.00]]\n"
     "Vesterådal Kommune vinder pris for bedste digitale borgerservice. Prisen modtages af teamleder "
     "[[PER:Zofia Grabowska]] ved en ceremoni i København.\n\n"
     "kort den ned til 80 ord til LinkedIn"),
    # 6
    ("Skriv en pressemeddelelse om at SSA [[PER:Hodan Warsame]] fra hjemmeplejen i Nord har fået årets "
     "medarbejderpris for sit arbejde med demensvenlige besøg. Hun kan kontaktes på [[TLF:22 67 09 31]] for "
     "interviews."),
    # 7
    ("Hjælp med en intern Q&A til omstillingen efter hændelsen på Lindevangskolen i dag: en elev i 6.b, "
     "[[PER:Oscar Kjeldsen]], blev ramt af en gynge og kørt til Skejby med [[HELB:kraniebrud]]. Forældrene er "
     "orienteret. Hvad må omstillingen sige, hvis medierne ringer?"),
    # 8
    ("[[CONF:Embargo: fredag 21. marts kl. 00.01]]\n"
     "Ny analyse: Hver femte ældre i kommunen føler sig ensom\n"
     "Analysen bygger på svar fra 2.412 borgere over 75 år.\n\n"
     "foreslå 3 citater til ældrerådets formand"),
    # 9
    ("Lav et Facebook-opslag med billeder fra sommerlejren. På billederne er [[PER:Nova]], [[PER:Elias]] og "
     "[[PER:Mohammed Yusuf]] (vi har samtykke fra forældrene). Skriv noget glad og kort, max 3 linjer, med "
     "#sommerlejr2025"),
    # 10
    ("En borger, [[PER:Preben Kvorning]], har skrevet i kommentarfeltet på Facebook at hans mor [[PER:Ella]] har "
     "ligget i sin egen afføring i 6 timer på Plejecenter Åbo, og at hun har [[HELB:tryksår]]. Skriv et svar der "
     "ikke bryder tavshedspligten, og som opfordrer ham til at kontakte os direkte.",
     "'hans mor' – pronoun and cue outside the span."),
    # 11
    ("[[CONF:Til tjenestebrug]] – beredskabsnotat, kommunikation\n"
     "Hændelse: Forurening af drikkevand i Tarm, 14.08 kl. 16.30.\n"
     "Ansvarlig: vagthavende [[PER:Jens Kusk]], [[TLF:40 11 96 72]].\n"
     "Budskab: kog vandet indtil videre.\n\n"
     "lav en SMS-tekst til borgerne i området på max 160 tegn"),
    # 12
    ("[[CONF:Kladde, ikke offentliggjort]]\n"
     "Overskrift: Byrådet siger ja til ny skolestruktur\n"
     "Citat: \"Vi tager ansvar for fremtidens folkeskole,\" siger formand for Børne- og Ungeudvalget "
     "[[PER:Rune Høj Sandahl]].\n\n"
     "kan du gøre citatet mindre kliché?"),
    # 13
    ("Make this press release punchier, keep it in Danish:\n\n"
     "[[CONF:Under embargo indtil onsdag den 12. februar kl. 09.00]]\n"
     "Kommunen lancerer ny app til indberetning af huller i vejen. Appen er udviklet i samarbejde med "
     "Civitas Data ApS, CVR [[CVR:4405912?]].\n"
     "Kontakt: [[MAIL:presse@vesteraadal.dk]]",
     "Organisation e-mail and CVR are labelled by form."),
    # 14
    ("Skriv en kort velkomst til nyhedsbrevet om vores to nye medarbejdere i Kommunikation: [[PER:Siri Holt]] "
     "([[MAIL:siho@vesteraadal.dk]]) som kommer fra DR, og [[PER:Anh Thư Lê]] ([[MAIL:atle@vesteraadal.dk]]) som "
     "skal stå for SoMe."),
    # 15
    ("Pressemeddelelse – [[CONF:udkast v3]], [[CONF:må ikke deles eksternt]]\n"
     "Kommunen indgår aftale om 60 nye almene boliger på Kærbyvej.\n\n"
     "Find gentagelser og foreslå en bedre rubrik",
     "'udkast v3' says the release is an unpublished draft; 'må ikke deles eksternt' is treated as a variant of "
     "'må ikke videregives'."),
    # 16
    ("Lav en pressemeddelelse om at 38 flygtninge er kommet i job gennem projekt Bro til Job. Brug citatet fra "
     "[[PER:Yasmin]], 34: \"Det betyder alt for mig at kunne betale min egen husleje.\" Og fra virksomhedsejer "
     "[[PER:Kent Brogaard]]: \"De er stabile og dygtige.\""),
    # 17
    ("Journalisten har bedt om aktindsigt i mails om sagen. Kan jeg udlevere denne mail, og hvad skal overstreges?\n\n"
     "Fra: [[MAIL:morten.sejr@vesteraadal.dk]]\nTil: [[MAIL:pia.lind@vesteraadal.dk]]\n"
     "Hej [[PER:Pia]] – borgeren på Grønnegården ([[PER:Kenneth Falk]]) har ringet igen og truet med at gå til "
     "avisen. Han er meget presset efter sin skilsmisse og har [[HELB:bipolar lidelse]], så vær forsigtig hvis han "
     "ringer til dig.\n/[[PER:Morten]]",
     "A divorce is not HEALTH_DATA and is not labelled; the diagnosis is."),
    # 18
    ("Opdater pressekontaktlisten og sortér efter område:\n"
     "Borgmester – via [[PER:Louise Tang]], særlig rådgiver, [[TLF:51 24 38 90]]\n"
     "Ældre – [[PER:Kåre Nygaard]], [[TLF:51 24 38 91]]\n"
     "Børn og unge – [[PER:Dilnoza Karimova]], [[TLF:51 24 38 95]]\n"
     "Vagttelefon: [[TLF:70 20 11 40]]"),
    # 19
    ("En borger har sendt dette til både os og avisen, og journalisten spørger nu til det. Hjælp mig med et "
     "svar til journalisten, der ikke bekræfter noget:\n\n"
     "\"Jeg er [[PER:Yrsa Bonde]], mit cpr er [[CPR:201067-2341]], og jeg har ventet 11 måneder på svar på min "
     "ansøgning om [[HELB:hjerneskaderehabilitering]]. Det er en skandale.\""),
]

# Nothing sensitive at all: never any spans.
CASES["clean"] = [
    "Skriv en kort mail til alle medarbejdere om at kantinen holder lukket i uge 29 og 30, og at kaffeautomaten "
    "stadig virker.",
    "lav en excel formel der tæller hvor mange celler i kolonne C der er større end 100 men mindre end 500",
    "Hvad er forskellen på en afgørelse og faktisk forvaltningsvirksomhed? Forklar det kort med et eksempel fra "
    "en kommune.",
    "Giv mig 5 ideer til en temadag for 20 socialrådgivere, budget 300 kr. pr. person, gerne noget udendørs.",
    "Omskriv denne sætning så den er lettere at læse: 'Ansøgningen skal være modtaget senest den 15. i måneden "
    "forud for den måned, hvori ydelsen ønskes udbetalt.'",
    "Can you explain the difference between GDPR article 6 and article 9 in simple terms, with one example each?",
    "lav en dagsorden til teammøde på fredag: status på sager, ferieplan, kaffeordning, evt.",
    "Skriv en jobannonce til en pædagog i en integreret institution, 32 timer om ugen, med fokus på natur og "
    "udeliv. Max 200 ord.",
    "foreslå en bedre overskrift til vores nyhedsbrev om genbrugspladsens nye åbningstider",
    "Hvordan laver jeg en pivottabel i Excel, der viser antal sager pr. måned?",
    "Oversæt til engelsk: 'Vi glæder os til at se jer til åbent hus på rådhuset lørdag, hvor der er kaffe og "
    "rundvisning hver hele time.'",
    "Lav en tjekliste til onboarding af nye medarbejdere i Borgerservice – første dag, første uge, første måned.",
    "Skriv et sjovt rim til en kollegas 50-års fødselsdag. Hun elsker havearbejde og hader mandage.",
    "Hvilke gode spørgsmål kan man stille ved en ansættelsessamtale til en afdelingsleder i ældreplejen?",
    "Lav en disposition til en PowerPoint om klimatilpasning i kommunen: skybrud, kystsikring og grønne tage.",
    "Forklar kort hvad en kommuneplan er, så en 8. klasse kan forstå det.",
    "skriv en venlig påmindelse til alle om at låse skærmen (Windows + L) når man går fra sin plads",
    "Kan du lave en opskrift på en vegetarisk gryderet til 40 personer til personalefesten? Ingen nødder.",
    "Hjælp mig med at formulere et høfligt afbud til netværksmødet i KL på torsdag, jeg er dobbeltbooket.",
    "Summarize the main steps of a good change management process in 5 bullets, for a municipal IT project.",
    "Hvordan skriver man en mødeindkaldelse i Outlook, så folk faktisk læser den? Giv et eksempel.",
    "skriv en tekst til hjemmesiden om at svømmehallen lukker for renovering fra 1. juni til 15. august 2025 og "
    "henvis til nabokommunernes svømmehaller",
    "Giv feedback på min sætning: 'Kommunen arbejder målrettet og helhedsorienteret med at nedbringe ventetiden.'",
    "Lav en quiz med 10 spørgsmål om Danmarks regioner og kommuner til julefrokosten, med svar.",
    "Hvad er et SMART-mål? Giv et eksempel fra hjemmeplejen.",
    "Lav en skabelon til referat af personalemøde med felter til dato, deltagere, beslutninger og opfølgning.",
    ("Gør teksten kortere (max 80 ord):\n\n"
     "Politik for brug af elcykler i hjemmeplejen\n"
     "Elcyklerne må kun bruges i arbejdstiden og skal sættes til opladning ved vagtens afslutning. Hjelm er "
     "obligatorisk. Skader og fejl meldes til teamlederen samme dag via skemaet på intranettet. Cyklerne må ikke "
     "tages med hjem, og de skal låses med både ring- og kædelås, når de parkeres ved en borgers bolig. Ved glat "
     "føre vurderer den enkelte medarbejder sammen med planlæggeren, om turen i stedet skal køres i bil."),
    ("Læg tallene sammen og beregn forbrugsprocenten:\n"
     "Område | Budget 2025 | Forbrug pr. 30/6\n"
     "Dagtilbud | 212,4 mio. | 104,9 mio.\n"
     "Skoler | 388,0 mio. | 201,3 mio.\n"
     "Ældre | 501,7 mio. | 262,8 mio."),
    "Skriv et LinkedIn-opslag om at vi søger sommervikarer til hjemmeplejen – gerne studerende, løn efter "
    "overenskomst.",
    "hvordan får jeg word til at skrive datoer som '1. januar 2025' i stedet for 01-01-2025",
    "Lav et opslag til intranettet om at der er kommet ny kaffemaskine på 2. sal, og at man selv skal rense den.",
    "What's a polite way to say 'vi har modtaget din henvendelse og vender tilbage hurtigst muligt' in English?",
    "Foreslå fem spørgsmål til en trivselsundersøgelse blandt medarbejdere i en daginstitution.",
]

# Looks sensitive but is not; spans only where something truly is there.
CASES["hard_negative"] = [
    ("Faktura nr. 2025-004471 på 18.437,50 kr. inkl. moms forfaldt 30.04.2025 – skriv en venlig rykker til "
     "leverandøren med betalingsfrist 14 dage.",
     "Invoice number, amount and date."),
    ("Ordrenr. 120325-4471 fra kontorleverandøren er ikke leveret. Skriv en mail til kundeservice og bed om ny "
     "leveringsdato.",
     "Order number shaped like a CPR number with a valid date; not a CPR number."),
    "Hvad betyder journalnummeret 27.24.00-G01 i KLE, og skal sag 24/18211 journaliseres under det?",
    ("Mødet er flyttet fra 14.03.2025 kl. 09.30 til 21.03.2025 kl. 13.00 – skriv en kort besked til deltagerne.",
     "Dates and times only."),
    ("Hvis en forsørger får 16.000 kr. om måneden og har 2.350 kr. i arbejdsindtægt, hvor meget bliver der trukket? "
     "Regn det ud med et fradrag på 30,00 kr. pr. time for 40 timer.",
     "Amounts."),
    ("Hvor mange borgere over 80 bor i 8600 Silkeborg og 8620 Kjellerup? Lav en tabel-skabelon til opgørelsen.",
     "Postcodes with towns but no street are not addresses."),
    ("Bestil 4 stk. af varenr. 4716 2290 (sort toner) og 2 stk. af 3312 0876 (gul toner) hos vores leverandør.",
     "Product numbers shaped like phone numbers."),
    ("Vi betaler 4,50 kr. per kilometer og 215 kr. per døgn. Hvad bliver en tur på 312 km med én overnatning?",
     "'per' is the preposition."),
    ("Kommunen ejer en mark ved Vestervej, som skal udlejes til græsning fra 1. maj. Skriv en annonce.",
     "'mark' (field); 'Vestervej' without a number is not an address."),
    "Hvor længe må en borger bo på et forsorgshjem efter § 110, og må man bo der med hund?",
    ("Legepladsen skal have nyt faldunderlag. Vi overvejer sten, sand eller gummigranulat – fordele og ulemper?",
     "'sten' (stones)."),
    ("Skal vi servere is eller kage til sommerfesten på plejecentret? Lav en afstemning til beboerrådet.",
     "'is' (ice cream)."),
    ("Hans ansøgning skal vurderes efter de gældende regler. Hvordan formulerer jeg et afslag uden at gå i detaljer "
     "med hans økonomi?",
     "'Hans' at the start of a sentence is the pronoun."),
    ("Efter stormen i weekenden ligger der grene på skolens boldbane. Skriv en besked til forældrene om at "
     "banen er lukket, og ønsk eleverne held og lykke med prøverne.",
     "'stormen', 'lykke' are ordinary words."),
    ("Vi skal holde personaledag. Sammenlign Carl Nielsen Salen i Odense med Tycho Brahe Planetarium og foreslå et "
     "program.",
     "Venues named after historical figures."),
    ("Søg midler til vores lektiecafé: hvad skal en ansøgning til A.P. Møller Fonden og Augustinus Fonden "
     "indeholde?",
     "Foundations named after people."),
    "Hvor ligger Niels Juels Gade og Dronning Louises Bro i forhold til hinanden, og hvor er der parkering?",
    "Hvad er forskellen på en socialrådgiver, en sagsbehandler og en jobkonsulent i et jobcenter?",
    ("Hvad er de typiske tegn på demens, og hvornår bør hjemmeplejen kontakte egen læge?",
     "General question about a diagnosis, no individual."),
    "Forklar forskellen på serviceloven § 83 og § 83 a, og hvornår barnets lov § 32 bruges i stedet.",
    ("Hvad betyder 'Til tjenestebrug' på et dokument, og må jeg sende et sådant dokument med almindelig mail?",
     "The marker phrase asked about as a topic."),
    ("Min leder talte fortroligt med mig om omstruktureringen. Hvordan forbereder jeg mig bedst til næste møde?",
     "'fortroligt' used as an adverb."),
    ("Skriv en pressemeddelelse om at kommunen åbner en ny hundeskov ved Sønderskoven i juni, med citat fra "
     "borgmesteren.",
     "Request to write a new press release; no draft marker, no name."),
    ("Lav en kort tekst til skolens hjemmeside om N.F.S. Grundtvig og Karen Blixen i forbindelse med temaugen om "
     "dansk kulturarv.",
     "Historical figures."),
    ("Bevillingsperiode 010125-311225 – hvordan skriver jeg det pænere i afgørelsesbrevet?",
     "DDMMYY-DDMMYY date range, not a CPR number."),
    ("Fagsystemet afviser nummeret 320187-1234. Er det fordi datoen er ugyldig?",
     "Impossible date (day 32)."),
    "Kontrollér stregkoderne 57012345678904 og 5709876543210 – hvilken af dem er en gyldig EAN-13?",
    ("Vores p-nummer er 1012831846. Hvor finder jeg det i CVR-registret?",
     "P-number with a valid-looking date; not a CPR number."),
    ("Kundenr. 0407851123 hos forsyningen – skriv en klage over, at regningen er dobbelt så høj som sidste år.",
     "Customer number shaped like a CPR number."),
    ("Hvordan finder jeg en virksomheds CVR-nummer, og er CVR-numre personoplysninger for enkeltmandsvirksomheder?",
     "CVR as a topic, no number."),
    ("Hvad er bivirkningerne ved Sertralin og Ritalin? Til et internt kursus for bostøttemedarbejdere.",
     "Medicines asked about in general."),
    ("I 2024 lavede kommunen 1.482 underretninger og 96 anbringelser. Lav en graf, der sammenligner med 2023.",
     "Aggregate statistics; no individual."),
    ("Send opgørelsen til HR og Løn, og husk at bilag 7 skal med. Hvad skal der stå i emnefeltet?",
     "'HR' is a department."),
    ("Se U 2019.1234 H og Ankestyrelsens principmeddelelse 12-19 – hvad siger de om tilbagebetaling?",
     "Public legal references."),
    ("Hvor meget is skal vi købe til 120 børn? Spørg [[PER:Sten]] i køkkenet, han plejer at bestille.",
     "'is' is ice cream; 'Sten' is a person."),
    ("[[PER:Mark]] fra Park og Vej spørger, om vi må slå græsset på den mark, kommunen har købt ved Hørvej.",
     "First 'Mark' is a name, 'mark' later is a field."),
    ("Ring til kommunens hovednummer [[TLF:70 15 22 00]], hvis du har spørgsmål – hvordan skriver jeg det i et "
     "brev uden at det lyder stift?",
     "A switchboard number is labelled by form."),
    ("Borgeren (kvinde, 45 år) har fået afslag på hjælp til medicin. Hvilken klagevejledning skal med i brevet?",
     "'Borgeren', age and generic 'medicin' are not labelled."),
    ("Skriv en vejledning til medarbejderne om, hvad 'lukket punkt' og 'lukket møde' betyder i styrelsesloven.",
     "Marker phrases asked about as a topic."),
    ("Hvordan skriver man korrekt 'under embargo' øverst i en pressemeddelelse, og hvor lang tid før bør den sendes?",
     "Embargo as a topic, no time and no release."),
    ("Telefontiden er mandag–torsdag 8.00–14.00 og fredag 8.00–12.00. Lav en tekst til telefonsvareren.",
     "Times only."),
    ("Vi planter ny skov og en lund med birk ved rensningsanlægget. Skriv en nyhed om det.",
     "'skov', 'lund', 'birk' are ordinary words."),
    ("Kan du lave en tabel over satserne: 1.226,14 kr./uge, 4.903 kr./md., 58.836 kr./år?",
     "Amounts."),
    ("Skriv en kort mail til [[MAIL:it-support@vesteraadal.dk]] om at printeren på 3. sal, model 4025 8871, "
     "ikke virker.",
     "Organisation e-mail is labelled by form; the printer model number is not a phone number."),
    ("Fakturanr. 250324-1187 vedrører bleer til borgeren med cpr [[CPR:250324-403?]] – skal den betales over "
     "merudgiftsbevillingen eller af hjælpemiddelbudgettet?",
     "Invoice number with the same date-like shape is not a CPR number; the cue 'cpr' marks the real one "
     "(2024 birth with 7th digit 4)."),
    ("Ordre 4501238876, levering i perioden 140425-020525. Udfyld følgesedlen til [[PER:Gorm]] på lageret.",
     "Order number and a DDMMYY-DDMMYY range; 'Gorm' is a person, not the historical king."),
]


def main() -> int:
    return write_and_check(OUT, CASES, ID_PREFIX)


if __name__ == "__main__":
    sys.exit(main())
