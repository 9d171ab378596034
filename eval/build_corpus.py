"""Build eval/corpus.jsonl from the readable cases below.

Usage:
    python eval/build_corpus.py          # writes eval/corpus.jsonl, then runs the checker

Markup inside a case text:

    [[TYPE:value]]   marks an expected span. TYPE is a full entity type
                     (DK_CPR, PERSON, ...) or one of the short aliases below.

Check digits are computed by the builder where a value contains '?':

    [[CPR:070761-091?]]             last digit chosen so the number passes modulus 11
    [[CVR:3518204?]]                last digit chosen so the CVR passes modulus 11
    [[IBAN:DK?? 5301 0000 1234 56]] IBAN check digits (ISO 13616, mod 97)

CPR numbers written out in full are used as they are; many of them fail
modulus 11 on purpose (numbers issued since 2007 need not pass it).

All names, numbers, addresses and cases are made up by the Promptvagt team.
The output is deterministic: same script, same bytes.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

ALIASES = {
    "CPR": "DK_CPR",
    "PER": "PERSON",
    "CONF": "CONFIDENTIAL_MARKER",
    "MAIL": "EMAIL_ADDRESS",
    "TLF": "PHONE_NUMBER",
    "ADR": "DK_ADDRESS",
    "IBAN": "IBAN_CODE",
    "KONTO": "DK_BANK_ACCOUNT",
    "HELB": "HEALTH_DATA",
    "CVR": "DK_CVR",
}
ENTITY_TYPES = set(ALIASES.values())

ID_PREFIX = {
    "casework": "sag",
    "hr": "hr",
    "school": "skole",
    "eldercare": "aeldre",
    "council": "byraad",
    "press": "presse",
    "clean": "ren",
    "hard_negative": "neg",
}

MARKUP_RE = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.DOTALL)


# --------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------

def _mod11_digit(prefix: str, weights: tuple[int, ...]) -> str:
    total = sum(int(d) * w for d, w in zip(prefix, weights))
    digit = (-total) % 11  # the last weight is 1
    if digit == 10:
        raise ValueError(f"no modulus 11 check digit exists for prefix {prefix!r}; pick another")
    return str(digit)


def fill_cpr(value: str) -> str:
    digits = re.sub(r"\D", "", value[:-1])
    if len(digits) != 9:
        raise ValueError(f"CPR template {value!r} needs nine digits before '?'")
    return value[:-1] + _mod11_digit(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2))


def fill_cvr(value: str) -> str:
    if not re.fullmatch(r"[1-9]\d{6}\?", value):
        raise ValueError(f"CVR template {value!r} must be seven digits and '?'")
    return value[:-1] + _mod11_digit(value[:-1], (2, 7, 6, 5, 4, 3, 2))


def fill_iban(value: str) -> str:
    if not value.startswith("DK??"):
        raise ValueError(f"IBAN template {value!r} must start with 'DK??'")
    bban = value[4:].replace(" ", "")
    if not re.fullmatch(r"\d{14}", bban):
        raise ValueError(f"IBAN template {value!r} needs 14 digits after 'DK??'")
    numeric = bban + "1320" + "00"  # D=13, K=20, check digits 00
    check = 98 - int(numeric) % 97
    return f"DK{check:02d}" + value[4:]


def fill(etype: str, value: str) -> str:
    if "?" not in value:
        return value
    if etype == "DK_CPR" and value.endswith("?"):
        return fill_cpr(value)
    if etype == "DK_CVR":
        return fill_cvr(value)
    if etype == "IBAN_CODE":
        return fill_iban(value)
    raise ValueError(f"'?' is not supported in {etype} value {value!r}")


# --------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------

def parse(marked: str) -> tuple[str, list[dict]]:
    """Turn marked-up text into plain text plus spans with code-point offsets."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0  # position in the plain text
    last = 0  # position in the marked text
    for m in MARKUP_RE.finditer(marked):
        before = marked[last:m.start()]
        out.append(before)
        pos += len(before)
        etype = ALIASES.get(m.group(1), m.group(1))
        if etype not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {m.group(1)!r} in {marked[:60]!r}")
        value = fill(etype, m.group(2))
        out.append(value)
        spans.append({"entity_type": etype, "start": pos, "end": pos + len(value), "text": value})
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in {marked[:80]!r}")
    return text, spans


# --------------------------------------------------------------------------
# Cases. A case is a string, or a (string, note) tuple.
# --------------------------------------------------------------------------

CASES: dict[str, list] = {}

CASES["casework"] = [
    (
        "Omskriv dette journalnotat så det lyder mere professionelt: Borgeren [[PER:Hanne Jensen]], "
        "cpr [[CPR:070761-0913]], mødte op i jobcentret i dag. hun fortæller at hun har haft "
        "[[HELB:depression]] siden foråret og ikke kan overskue at søge job lige nu. aftalt ny samtale om 14 dage",
        "The brief's own example; CPR passes modulus 11.",
    ),
    (
        "kan du lave en kort opsummering til min teamleder af den her sag: [[PER:Freja]] på 7 år kommer ofte i "
        "skole uden madpakke og er sulten. mor [[PER:Louise Andersen]] ([[CPR:2105920618]]) har selv fortalt at hun har et "
        "[[HELB:alkoholmisbrug]]. vi har fået to [[HELB:underretninger]] fra skolen siden august. far er ikke i billedet",
        "Inflected social-case term: the span is the whole word 'underretninger'.",
    ),
    (
    "Hjælp mig med at skrive et venligt svar på denne mail fra en borger:\n\n"
    "Hej\nJeg hedder [[PER:Kim Søgaard]] og bor på [[ADR:Tværgade 4, 1. th., 5700 Svendborg]]. Min søn "
    "[[PER:Oliver]] har fået afslag på [[HELB:aflastning]] selv om han har [[HELB:autisme]] og vi er helt brugt op. Hans "
    "cpr er [[CPR:011116-437?]] hvis I skal bruge det. Ring gerne på [[TLF:21 34 56 78]] eller skriv til [[MAIL:kim.soegaard77@hotmail.com]]\nMvh [[PER:Kim]]",
    "'Hans' at the start of a sentence is the pronoun (his), not the name Hans."),
    "skriv en afgørelse om sanktion i kontanthjælpen til [[PER:ahmad khalil]] [[CPR:1203851457]]. han er udeblevet "
    "fra 3 samtaler i træk uden at melde afbud",
    (
        "Lav en plan for virksomhedspraktik til en borger på 52 år med [[HELB:diskusprolaps]] som ikke kan løfte "
        "mere end 5 kg. Han har tidligere arbejdet som lagermedarbejder hos et transportfirma.",
        "No name, but the diagnosis concerns one specific citizen, so it is labelled.",
    ),
    "Opsummer nedenstående i 5 punkter til statusmødet:\n[[PER:Noah Ravn Petersen]] (cpr [[CPR:140315-412?]]) bor "
    "hos mor på [[ADR:Skovbrynet 18, st. tv., 7100 Vejle]]. [[PER:Noah]] er udredt for [[HELB:ADHD]] i 2023 og får "
    "[[HELB:Ritalin]]. Mor [[PER:Sabrina Petersen]] ønsker [[HELB:aflastning]] en weekend om måneden. Skolen oplyser "
    "at [[PER:Noah]] har meget fravær.",
    (
        "Jeg har kopieret det her fra fagsystemet, kan du sætte det op som et brev til borgeren om at hendes sag "
        "er modtaget?\n\nNavn: [[PER:Camilla Bruun]]\nFødselsdato/løbenr: [[CPR:230490\t1236]]\n"
        "Sagstype: Ansøgning om enkeltydelse\nModtaget: 02.10.2024",
        "Tab separator: date and serial number were copied from two columns.",
    ),
    "hej. jeg er sagsbehandler. skriv en indstilling til visitationsudvalget om [[HELB:anbringelse]] uden for "
    "hjemmet af [[PER:Mikkel]] 14 år, cpr [[CPR:050810-418?]]. [[PER:Mikkel]] har stjålet flere gange og der er "
    "mistanke om [[HELB:hashmisbrug]]. forældrene samarbejder ikke",
    "lav en sms til [[PER:jannie madsen]] [[TLF:28914402]] om at hun skal møde i rehabiliteringsteamet torsdag "
    "kl 9.30, kort og venligt",
    "Formuler en partshøring vedr. tilbagebetaling af boligstøtte. Borger: [[PER:Preben Lauridsen]], "
    "[[CPR:110857.1234]], [[ADR:Engvej 9, 6700 Esbjerg]]. Beløb 14.250 kr., perioden er 1.1.–30.6.2024.",
    "kan du rette stavefejl i den her tekst: borgeren [[PER:Yasmin Ali]] [[CPR:020298/310?]] har søgt om hjælp til "
    "depositum. hun har to børn og bor pt på sofaen hos en veninde i Ishøj",
    "Skriv en kvittering til en lærer der har sendt en [[HELB:underretning]] om eleven [[PER:Emil Skov Hansen]] "
    "([[CPR:030612-571?]]). Hun skal have at vide at vi har modtaget den og at vi ikke kan fortælle hvad vi gør i "
    "sagen pga tavshedspligt.",
    "kan du gøre det her til et ordentligt notat\n\ntlf samtale m mor ([[PER:dorthe]]) kl 11 hun siger at "
    "[[PER:lucas]] ikke har været i skole i 3 uger pga [[HELB:angst]], de venter på udredning for "
    "[[HELB:autisme]] og hun er bange for at miste sit job. hun vil gerne have at vi ringer på "
    "[[TLF:+45 31 22 45 90]] efter kl 15",
    (
        "Omskriv denne mail til et mere formelt svar fra jobcentret: 'Hej. Vi (Byg & Bo ApS, CVR [[CVR:3518204?]]) "
        "vil gerne tage [[PER:Martin Vestergaard]] i løntilskud fra 1. marts. Han har fortalt os om sin "
        "[[HELB:PTSD]] fra udsendelsen og det er helt fint for os.'",
        "'Bo' inside a company name is not a person.",
    ),
    "Lav et kort brev til [[PER:Jesper Munk]] om at enkeltydelsen på 4.800 kr. til [[HELB:tandbehandling]] bliver "
    "udbetalt til reg. nr. [[KONTO:9570 kontonr. 0012345678]] i næste uge.",
    (
        "Hvordan formulerer jeg mig pænt i et referat af et netværksmøde hvor [[PER:Sofies]] morfar [[PER:Leif]] "
        "råbte af sagsbehandleren? [[PER:Sofie]] ([[CPR:271209-454?]]) er [[HELB:anbragt]] i plejefamilie og morfar mener det er kommunens "
        "skyld at hun ikke må komme hjem.",
        "Possessive 'Sofies' keeps the s; verb form 'anbragt' labelled like 'anbringelse'.",
    ),
    "lav en handleplan med 3 mål for [[PER:Amalie Nørgaard]] [[CPR:080408 471?]], 16 år, der har en [[HELB:spiseforstyrrelse]] og bor på "
    "[[ADR:Rosenvænget 22, 9000 Aalborg]]. hun vil gerne tilbage i skole efter sommerferien",
    "Kan du skrive et afslag på ansøgning om hjælp efter aktivlovens § 81 til borger med cpr "
    "[[CPR:1904781233]]. Borgeren har en formue på 32.000 kr. og er derfor ikke berettiget.",
    "Skriv en huskeseddel til mig selv til samtalen med hr. [[PER:Nielsen]] (cpr.nr. [[CPR:190564-3885]]) i morgen: han skal have at vide at "
    "ansøgningen om førtidspension er sendt til rehabiliteringsteamet, og at lægeattesten om hans [[HELB:KOL]] "
    "stadig mangler.",
    "min kollega [[PER:Tine]] har bedt mig lave et udkast til en indkaldelse til møde i sagen om [[PER:William]] "
    "og [[PER:Ella Juhl]]. forældrene er skilt og far [[PER:Rasmus Juhl]] bor på [[ADR:Bakkedraget 7, 3400 Hillerød]]. "
    "mor er flyttet til Helsingør",
    "Oversæt til arabisk: Kære [[PER:Mohammed Haddad]]. Du skal møde til samtale på jobcentret tirsdag den "
    "12. november kl. 10.00. Husk dit sygesikringskort. Hvis du ikke kan komme, så ring på [[TLF:7012 3456]].",
    "[[CONF:PERSONFØLSOMT]]\nNotat vedr. [[PER:Lene Frost]], [[CPR:260883-2448]]\n[[PER:Lene]] har en "
    "[[HELB:bipolar lidelse]] og har i perioden været indlagt to gange. Hun ønsker nu at komme i flexjob.\n\n"
    "kan du forkorte dette til max 10 linjer?",
    "Vi har en borger ([[PER:Torben]], [[CPR:1708701059]]) der bor på [[ADR:Nørregade 41, 3. mf., 6800 Varde]] som har samlet så meget "
    "affald at udlejer vil opsige lejemålet. Han har [[HELB:skizofreni]]. Hvordan kan jeg skrive til udlejer uden "
    "at sige for meget?",
    "Borgeren [[PER:Agnieszka Nowak]] vil have sin ydelse udbetalt til en anden konto, hun har sendt "
    "[[IBAN:DK?? 5301 0000 1234 56]] fra [[MAIL:a.nowak85@wp.pl]], cpr [[CPR:230385-222?]]. Skriv et svar om at hun selv skal ændre NemKonto i sin bank.",
    "kan du hjælpe med at skrive en indstilling til ressourceforløb? borger: [[PER:Lars Emil Thomsen]], "
    "[[CPR:010172-1992]]\ndiagnoser: [[HELB:fibromyalgi]], [[HELB:angst]], [[HELB:søvnapnø]]\nhar været sygemeldt "
    "siden 2022, arbejdsprøvning 2 gange uden succes",
    "Jeg skal ringe til borgeren [[PER:Gitte]] og fortælle at [[HELB:anbringelsen]] af hendes søn [[PER:Magnus]] "
    "fortsætter efter børne- og ungeudvalgets møde. Giv mig 3 gode åbningssætninger.",
    "skriv et brev til [[PER:Kurt Østergaard]] [[CPR:150362–1987]] om at hans ansøgning om [[HELB:misbrugsbehandling]] "
    "er bevilget og at han skal starte på Lænken i Horsens den 4. februar",
    (
        "oversæt til polsk: Hej [[PER:Tomasz]]. Vi har modtaget din lægeerklæring om [[HELB:diabetes]] og din sag er "
        "nu sendt videre. Med venlig hilsen [[PER:Marianne]], Jobcenter Vejle, tlf. [[TLF:76 81 20 33]]",
        "The caseworker's own first name is labelled too: it is still a person's name.",
    ),
    "Lav en tabel med navn, cpr og weekender ud fra min liste over børn i [[HELB:aflastning]]:\n"
    "[[PER:Oscar Lind]] [[CPR:120612-461?]] – hver 3. weekend\n[[PER:Alma Søndergaard]] [[CPR:030211458?]] – hver 2. "
    "weekend\n[[PER:Johan Krag]] [[CPR:291014/4027]] – 1 weekend om måneden",
    (
        "Fru [[PER:Jensens]] nabo har ringet og fortalt at der ofte er råben og skrigen fra lejligheden på "
        "[[ADR:Kløvervej 5, 2. th., 5000 Odense C]], og at de to børn tit er alene hjemme om aftenen. Skriv det op "
        "som en [[HELB:underretning]] til journalen. Naboen vil være anonym men har givet sit nr. [[TLF:61 47 28 90]]",
        "Possessive surname after a cue: 'Fru' outside, 'Jensens' inside the span.",
    ),
    (
        "Skriv et referat: Jeg talte i dag med [[PER:Lars']] mor, [[PER:Bettina Holm]], om hans "
        "[[HELB:angst]]. [[PER:Lars]] ([[CPR:0404094122]]) er 15 år og har ikke været i skolen siden jul. "
        "Mor vil gerne have hjælp til at få ham i gang igen.",
        "Possessive apostrophe after a name ending in s is kept in the span, like the possessive s.",
    ),
]

CASES["hr"] = [
    "[[CONF:Fortroligt]]\nOmskriv denne advarsel så den lyder mindre hård: Kære [[PER:Brian Kofoed]] ([[MAIL:bkof@privatmail.dk]]). Du tildeles "
    "hermed en skriftlig advarsel, da du den 3. og 10. september er mødt påvirket af alkohol på arbejdspladsen.",
    "min kollega [[PER:Rikke]] har været sygemeldt med [[HELB:stress]] i 8 uger. skriv en indkaldelse til "
    "sygefraværssamtale, den skal være empatisk",
    "Lav en velkomstmail til vores nye medarbejder. Oplysninger: [[PER:Sara Lindholm]], cpr [[CPR:150994-231?]], "
    "starter 1. februar, privatadresse [[ADR:Ahornvej 3, 8600 Silkeborg]], mail [[MAIL:sara.lindholm94@gmail.com]]",
    "Kan du tjekke om den her lønberegning er rigtig? [[PER:Henrik Buus]], løntrin 31 + 2 kvalifikationstillæg, "
    "37 timer, udbetales til konto [[KONTO:2191-8765432109]]",
    "[[CONF:FORTROLIGT]] Partshøring vedr. påtænkt afskedigelse af [[PER:Jens Peter Mikkelsen]], "
    "[[CPR:280367-101?]]. Skriv partshøringen færdig ud fra disse stikord: gentagne konflikter med kolleger, "
    "manglende opfølgning på borgersager, sygefravær 42 dage i 2024",
    "Hjælp mig med at skrive en MUS-opsummering for [[PER:Mette Kragh]]. hun vil gerne have mere ansvar, men har "
    "[[HELB:migræne]] og ønsker derfor ikke aftenvagter",
    "Sammenlign disse to ansøgere og skriv en indstilling til ansættelsesudvalget: 1) [[PER:Christian Dahl]], 38 år, "
    "cand.scient.pol., 6 års erfaring fra Region Midtjylland. 2) [[PER:Nadia Hussain]], 29 år, cand.jur., "
    "2 år i Ankestyrelsen.",
    (
        "skriv et svar til medarbejderen [[PER:Bo Lund]] som har bedt om nedsat tid pga sin "
        "[[HELB:kræftbehandling]]. vi vil gerne imødekomme det i 3 måneder",
        "'Bo' as a first name; compound 'kræftbehandling' labelled as one word.",
    ),
    "Vores nye svenske medarbejder [[PER:Erik Lindqvist]] ([[CPR:030779-1393]]) skal have løn til sin danske konto "
    "[[IBAN:DK?? 0400 4023 4567 89]]. Skriv en mail til lønkontoret om at oprette ham fra 1. september.",
    "Skriv en mail til vikarbureauet Plejeteam Syd ApS (CVR [[CVR:4028716?]]) om at vi ikke ønsker at bruge vikaren "
    "[[PER:Dorte Winther]] igen pga. flere klager fra borgere",
    "hvordan siger jeg pænt til min medarbejder [[PER:søren]] at der har været klager over hans personlige hygiejne",
    "[[CONF:Kun til intern brug]]\nReferat af møde i MED-udvalget 14/10: Omplacering af [[PER:Karin Holst]] til "
    "administrativ stilling efter hendes [[HELB:knæoperation]]. Lav referatet om til en kort mail til personalet.",
    "Lav en vagtplan for uge 48 ud fra denne liste: [[PER:Pia]] [[TLF:22 31 40 59]], [[PER:Kasper]] "
    "[[TLF:40 11 27 83]], [[PER:Hülya]] [[TLF:+45 53 68 02 17]]. [[PER:Pia]] kan ikke tirsdag, [[PER:Kasper]] kun "
    "dagvagter",
    "Sammenskriv disse notater fra tjenstlig samtale med [[PER:Allan Brix]] d. 4/11. tilstede: [[PER:Allan]], "
    "tillidsrepræsentant [[PER:Ole Møller]], leder [[PER:Susanne Friis]]. [[PER:Allan]] erkender at han har brugt "
    "kommunens bil privat 3 gange.",
    "Skriv et anbefalingsbrev til [[PER:Anne-Marie Holm-Nielsen]] der har været ansat som pædagog i 11 år i vores "
    "daginstitution. Hun er rolig, faglig stærk og god til forældresamarbejde.",
    (
        "Omformuler så det lyder pænere: [[PER:Poul Erik Hansen]] (f. 12.06.1960) ønsker at gå på seniorordning med "
        "32 timer fra 1. januar og har spurgt om det påvirker hans pension.",
        "A birth date alone is not a CPR number and is not labelled.",
    ),
    "Svar på denne mail, den skal være kort:\n\nFra: [[MAIL:lkj4@herningkommune-intra.dk]]\nHej, jeg kan ikke "
    "komme på kursus på torsdag fordi min datter [[PER:Asta]] skal have en [[HELB:mandeloperation]]. Mvh "
    "[[PER:Lene K. Jessen]]",
    "Personalesag – [[CONF:må ikke videregives]]\nMedarbejder: [[PER:Tobias Kjær]], [[CPR:3011921235]]\n"
    "Sag: Gentagne udeblivelser. Lav en tidslinje over forløbet ud fra mine noter nedenfor.",
    "Analyser disse fritekstsvar fra APV'en og find 3 temaer:\n- for meget dokumentation\n- Jeg føler mig overset "
    "af min leder [[PER:Jakob]]\n- kaffemaskinen virker aldrig\n- vi mangler tid til borgerne",
    "Udfyld denne skabelon for opsigelse fra medarbejderens side:\nMedarbejder: [[PER:Lise Dam]]\nCPR: "
    "[[CPR:061288-243?]]\nAdresse: [[ADR:Mågevej 15, 1. tv., 2650 Hvidovre]]\nFratræder: 31.03.2025",
    "Lav en tekst til intranettet om at vores kollega [[PER:Finn Ebbesen]] er død efter kort tids sygdom. Han var "
    "ansat i vejafdelingen i 28 år.",
    "[[CONF:TIL TJENESTEBRUG]]\nLønliste oktober: [[PER:Nanna Kirk]] ([[CPR:140295156?]]) 34.120 kr, [[PER:Ali Demir]] ([[CPR:2909871731]]) 31.870 kr, "
    "[[PER:Helene Storm]] 36.400 kr. Lav et søjlediagram.",
    "kan du skrive en sms til [[PER:jonas]] på [[TLF:2045 6789]] om at han skal ringe til mig inden kl 12 om sin "
    "[[HELB:rygskade]] og hvornår han regner med at være tilbage",
    "Hej, kan du formulere en mail til lønkontoret: Medarbejderen [[PER:Camilla Vinding]] [[CPR:181184411?]] har "
    "fået for lidt i løn i marts, der mangler 2.300 kr. Beløbet skal overføres til reg. "
    "[[KONTO:3409 kontonummer 4567891230]] hurtigst muligt.",
]

CASES["school"] = [
    "skriv en mail til forældrene til [[PER:Ida]] i 3.b om at hun har slået en anden elev i frikvarteret i dag og "
    "at vi gerne vil have et møde",
    (
        "Lav en elevplan for [[PER:Malthe Kjeldsen]] i 6.a. Han er [[HELB:ordblind]] og bruger AppWriter, er god til "
        "matematik men har svært ved at koncentrere sig om eftermiddagen.",
        "Dyslexia about a named pupil is labelled as HEALTH_DATA.",
    ),
    "Lav en oversigt til vikarmappen over elever med særlige behov i 4.c: [[PER:Nora]] – [[HELB:type 1-diabetes]], "
    "skal have [[HELB:insulin]] kl. 11. [[PER:Ahmad]] – [[HELB:epilepsi]], se plan i skuffen. [[PER:Selma]] – "
    "[[HELB:nøddeallergi]].",
    "Hjælp mig med at formulere en [[HELB:underretning]] til kommunen om [[PER:Victor]] ([[CPR:061115-490?]]) fra 4.c. Han har blå mærker "
    "på armene og siger at far [[PER:Rene]] bliver vred når han drikker.",
    "hej jeg er lærer kan du omskrive den her besked til forældre så den er mindre sur: 'kære [[PER:tina]] og "
    "[[PER:michael]], jeg har nu 4 gange bedt om at [[PER:mads]] har idrætstøj med'",
    "Sorter denne liste alfabetisk efter efternavn: [[PER:Emma Lund]], [[PER:Oscar Riis]], [[PER:Alma Bech]], "
    "[[PER:Karl Mortensen]], [[PER:Liva Thygesen]], [[PER:Vigga Krog]]",
    "Lav et referat af skole-hjem-samtalen: Til stede: mor [[PER:Helle Bak]], klasselærer [[PER:Mads]]. "
    "[[PER:Anton]] har det svært socialt, er blevet testet af PPR og har fået diagnosen [[HELB:autisme]]. Mor ønsker "
    "at han får en støttepædagog.",
    (
        "Kan du lave en Excel-formel der trækker fødselsdatoen ud af cpr-nummeret i kolonne B? Eksempel fra "
        "elevlisten: [[CPR:090914-4232]]",
        "A real-looking number given as an example is still a CPR number.",
    ),
    "skriv en bekymringsmail til forældrene ([[MAIL:hanne.ravn82@outlook.dk]]) om [[PER:Sebastians]] fravær, han "
    "er oppe på 18 % i dette skoleår",
    "Omskriv til en venlig sms: [[PER:Elias]] har glemt sin [[HELB:astmamedicin]] igen, kan I komme med den? "
    "ring [[TLF:26 84 13 05]]",
    "[[CONF:Fortroligt]] – Indstilling til specialklasse: [[PER:Liam Gade]], 2.b, [[CPR:170816-5130]]. "
    "[[PER:Liam]] har [[HELB:Tourettes syndrom]] og har svært ved at være i en klasse med 26 elever. "
    "Skriv begrundelsen mere stringent.",
    "Skriv en kort tekst til forældreintra om at [[PER:Jonas Bendtsen]] fra 5.a desværre er død i en trafikulykke i "
    "weekenden, og at der er krisepsykolog på skolen i morgen.",
    "Opsummer denne PPR-udtalelse i et sprog forældrene kan forstå: [[PER:Marie Skytte]], 8.a, [[CPR:130410-4073]]. "
    "Vurderingen er at [[PER:Marie]] har [[HELB:angst]] og tegn på [[HELB:selvskade]]. Der anbefales henvisning "
    "til børne- og ungdomspsykiatrien.",
    "[[PER:Asta]] og [[PER:Clara]] fra 7.b har lavet en Snapchat-gruppe hvor de håner [[PER:Maja]]. Lav en plan for "
    "samtaler med de tre familier.",
    "skriv brev om skoleskift til familien [[PER:Nguyen]], [[ADR:Lærkevej 14, 4200 Slagelse]]. deres datter "
    "[[PER:Linh]] ([[CPR:110515424?]]) starter på Vestskolen efter efterårsferien",
    "Beregn gennemsnit og lav en tabel: [[PER:Frida]] 7, 10, 4; [[PER:Hassan]] 12, 7, 7; [[PER:Marcus]] 02, 4, 7; "
    "[[PER:Silje]] 10, 10, 12",
    "Omskriv denne klage fra en forælder til 3 punkter jeg kan svare på:\n'Jeg er træt af at min søn "
    "[[PER:Adam]] bliver sendt uden for døren hver dag. Ring til mig på [[TLF:+45 42 17 90 36]] eller skriv "
    "[[MAIL:rasmus.holt@live.dk]]. [[PER:Rasmus Holt]]'",
    "[[PER:Lukas]] i 1.a har [[HELB:epilepsi]]. Lav en kort instruks til SFO-personalet om hvad de skal gøre hvis "
    "han får et anfald. Mor hedder [[PER:Pernille]] og har tlf. [[TLF:29 66 71 04]].",
    "[[PER:Milles]] mor har skrevet at [[PER:Mille]] ikke må være med på lejrskole fordi hun er i behandling for "
    "[[HELB:spiseforstyrrelse]]. Hvordan svarer jeg hende?",
    (
        "UNI-login oprettes for ny elev: [[PER:Ebbe Frost]], [[CPR:220313 4579]], 4.a. Skriv en velkomstmail til "
        "forældrene med login-vejledning.",
        "Space separator.",
    ),
    "Skriv et referat af skolebestyrelsesmødet. Formand [[PER:Jens Ulrik Hald]] bød velkommen. Punkt 3: "
    "Klagesag vedr. elev i 9.b, [[PER:Oskar]], der er bortvist i 5 dage.",
    "Lav en tabel over elever med [[HELB:ADHD-medicin]] på skolen: [[PER:Theo]] ([[HELB:Concerta]]), "
    "[[PER:Sigurd]] ([[HELB:Medikinet]]). Medicinen udleveres af kontoret kl. 12.",
]

CASES["eldercare"] = [
    "Skriv en pænere version af dette notat til Nexus: [[PER:Inger Marie Poulsen]] [[CPR:020837-0416]] 87 år, [[HELB:demens]], "
    "faldet i badeværelset kl 06, hudafskrabning på albue, ringet til datter [[PER:Lone]] [[TLF:23 45 11 98]]",
    "Lav en huskeliste til hjemmeplejen hos hr. [[PER:Knudsen]], [[ADR:Kastanievej 6, 5500 Middelfart]], cpr [[CPR:140240-171?]]: "
    "[[HELB:insulin]] morgen og aften, [[HELB:Marevan]] efter skema, tjek [[HELB:tryksår]] på hælen",
    "Visitation til plejebolig: [[PER:Ejnar Kristoffersen]], [[CPR:240436-1018]], enkemand, [[HELB:KOL]] og "
    "[[HELB:hjertesvigt]]. Bor alene på 1. sal uden elevator. Skriv en begrundelse for visitationsudvalget.",
    "Hjælp mig med at svare på denne klage:\n'Min mor [[PER:Gudrun Vinther]] på plejehjemmet Solbakken har ligget "
    "i sin egen urin hele natten. Det er ikke første gang. Venlig hilsen [[PER:Peter Vinther]], "
    "[[MAIL:peter.vinther@mail.dk]]'",
    "fru [[PER:hansen]] på stue 12 vil ikke spise og har [[HELB:urinvejsinfektion]] igen, skriv en besked til "
    "sygeplejersken",
    (
        "Lav et medicinskema i tabelform: [[PER:Aase Thomsen]], [[CPR:0506340412]]: [[HELB:Furix]] 40 mg morgen, "
        "[[HELB:Pinex]] 1 g x 4, [[HELB:Metformin]] 500 mg x 2",
        "Medicine spans cover the drug name only, not the dose.",
    ),
    "Skriv et brev om bevilling af [[HELB:aflastning]] til [[PER:Bodil Lassen]] ([[CPR:221147-0751]]), hvis mand [[PER:Erling]] har "
    "[[HELB:Parkinsons sygdom]]. Aflastningen er hver anden weekend på Plejecenter Lindegården.",
    "Lav et opslag til plejehjemmets Facebookside om at [[PER:Karen Lauritsen]] fylder 100 år i dag. Hun har "
    "boet på Lindegården i 6 år og elsker sild og snaps.",
    ("[[CONF:Personfølsomt]]\nBeboer [[PER:Villy Sørensen]], [[CPR:121128-0915]], døde i nat kl. 03.40. Pårørende "
    "(søn [[PER:Bjarne]], [[TLF:20 91 33 48]]) er underrettet. Skriv en kort besked til personalegruppen.",
     "'underrettet' means 'informed' here, not a social-services underretning, so it is not labelled."),
    "Omskriv til et resume af genoptræningsplanen: [[PER:Arne Dalgaard]], [[HELB:hoftealloplastik]] venstre side "
    "12/2, må støtte fuldt på benet, går med rollator, træning 2 x ugentligt",
    "ring til [[PER:mette]] om [[PER:kajs]] [[HELB:demensudredning]] og hør om hun kan komme med til lægen på fredag",
    "Lav en liste til køkkenet over hvem der skal have diabeteskost: hr. [[PER:Mortensen]] ([[HELB:diabetes]]), "
    "fru [[PER:Iversen]] ([[HELB:diabetes]] og [[HELB:cøliaki]]) og [[PER:Valdemar]] på stue 3 ([[HELB:diabetes]])",
    "[[PER:Ellen Frandsen]], [[CPR:091129292?]], har givet fuldmagt til sin søn [[PER:Michael]]. Betalingen for plejeboligen trækkes fra "
    "reg. [[KONTO:1551 konto 3456789012]]. Skriv en bekræftelse til [[PER:Michael]] på [[MAIL:mfrandsen@outlook.dk]].",
    "Hjælp mig med at skrive til [[PER:Birgit]], datter af beboer [[PER:Holger Skytte]], at hendes far nu får "
    "[[HELB:palliativ pleje]] og at hun er velkommen til at overnatte på stuen.",
    "hjemmehjælper her, kan du oversætte til tyrkisk: 'hej [[PER:Ayşe]], din mand [[PER:Mehmet]] skal have skiftet "
    "[[HELB:kateter]] på torsdag kl 10'",
    "Dokumentation til Nexus, gør den kortere: Borger [[PER:Erna Bech]] [[CPR:170341.1025]] fik besøg kl 07.30, "
    "hjælp til bad, [[HELB:Panodil]] givet, klagede over smerter i venstre knæ. Næste besøg kl 12.",
    "Skriv en indberetning om utilsigtet hændelse: beboer [[PER:Gerda Mikkelsen]] fik dobbelt dosis "
    "[[HELB:morfin]] i aftes fordi vagtskiftet ikke fik overleveret at dosis var givet kl. 20.",
    "skriv en sms til [[PER:svend åges]] datter [[PER:kirsten]] [[TLF:0045 40718253]] om at han er faldet og er "
    "kørt på skadestuen, hun skal ringe til os",
    "Ansøgning om hjælpemidler: [[PER:Grethe Nørby]], [[ADR:Granbakken 2, st. th., 8700 Horsens]], "
    "[[CPR:300931-2206]]. Hun har [[HELB:slidgigt]] i begge hænder og søger om gribetang og elektrisk "
    "dåseåbner. Skriv afgørelsen.",
    "Lav en pårørendeinformation til [[PER:Jytte Holm]] ([[MAIL:jytteholm@yahoo.dk]]) om at hendes mand "
    "[[PER:Aksel]] ([[CPR:250639\u00a0104?]]) er flyttet til demensafsnittet, og at hans [[HELB:Alzheimers sygdom]] er blevet værre.",
    "Skriv et notat: [[PER:Henning]] i bolig 14 har været udadreagerende over for personalet 3 gange i denne uge. "
    "Han har [[HELB:frontotemporal demens]]. Tidligere hændelser er dokumenteret.",
    "Borgeren [[PER:Ruth Kjeldgaard]] ([[CPR:0103391094]]) på [[ADR:Fasanvej 31, 4000 Roskilde]] har afmeldt rengøring i 4 uger fordi hun "
    "er indlagt med [[HELB:lungebetændelse]]. Skriv et standardbrev om at hun skal give besked når hun kommer hjem.",
    "[[PER:Else Marie Kvist]] ([[CPR:150638104?]]) skal have tilbagebetalt 1.840 kr. for meget betalt husleje. "
    "Hendes søn har sendt kontonummeret som IBAN: [[IBAN:DK?? 9877 0001 2345 67]]. Skriv et kort brev til hende.",
]

CASES["council"] = [
    "Lav et kort resume af dette punkt til borgmesteren: Punkt 14 – [[CONF:Lukket punkt]]: Køb af ejendommen "
    "[[ADR:Havnevej 31, 4800 Nykøbing F]]. Forvaltningen indstiller at der bydes 4,2 mio. kr.",
    "[[CONF:FORTROLIGT]] – Budgetforslag 2026, sparekatalog for Børne- og Ungeudvalget. Omskriv punkterne til et "
    "mere letlæseligt sprog: 1) Lukning af Bakkeskolens SFO 2) Sammenlægning af to dagtilbud 3) Reduktion af "
    "klubtilbud.",
    "Skriv en dagsorden til økonomiudvalget. Punkt 8 skal være [[CONF:lukket punkt]] om personalesag vedr. "
    "direktør [[PER:Ulrik Bach]].",
    "Lav et referat af [[CONF:lukket møde]] i Børne- og Ungeudvalget d. 3/10: Udvalget drøftede klagen over "
    "[[HELB:anbringelse]] af [[PER:Sofus]] ([[CPR:300613-426?]]) og [[PER:Alberte]] ([[CPR:181017-4438]]) og besluttede at fastholde afgørelsen.",
    "Byrådsmedlem [[PER:Lise Kornum]] har skrevet til forvaltningen fra [[MAIL:lkornum@byraad-mail.dk]] og spurgt "
    "hvorfor ventelisten til plejebolig er steget. Hjælp mig med at svare.",
    "[[CONF:TIL TJENESTEBRUG]]\nNotat om forhandlingerne med regionen om placering af det nye sundhedshus. "
    "Kommunen er klar til at betale op til 12 mio. kr. Lav en kort briefing til borgmesteren.",
    "Byrådet har modtaget denne henvendelse fra [[PER:Niels Erik Busk]], [[ADR:Møllevej 3, 8450 Hammel]], om "
    "trafikken ved skolen. Lav et udkast til svar fra borgmesteren.",
    "[[CONF:Lukket punkt]] 9: Ansøgning om dispensation fra reglerne om befordring – [[PER:Bente Wulff]], "
    "[[CPR:090562-1017]]. Skriv indstillingen kortere og mere præcis.",
    "Skriv en tale til borgmester [[PER:Anders Kvist]] til indvielsen af den nye svømmehal. Den må vare 4 minutter.",
    "[[CONF:Lukket punkt]] – ekspropriation af [[ADR:Bøgevej 12, 7500 Holstebro]], ejer [[PER:Gunnar Sønderby]] ([[CPR:161251160?]]). "
    "Lav et resumé på max 5 linjer.",
    "Omskriv denne dagsorden så punkterne er kortere: 1) Godkendelse af dagsorden 2) Lokalplan 1045 for boliger "
    "ved Åparken 3) Budgetopfølgning 4) [[CONF:Lukket punkt]]: Salg af grund til Nordisk Byg A/S (CVR "
    "[[CVR:3012447?]])",
    "[[CONF:Strengt fortroligt]]\nEn medarbejder har indberettet til whistleblowerordningen at der er snydt med "
    "timeregistreringen i teknisk forvaltning. Lav et udkast til orientering af økonomiudvalget.",
    (
        "[[CONF:Må ikke videregives før byrådsmødet den 27. maj]]: Forslag om ny struktur med 3 i stedet for 5 "
        "fagudvalg. Lav en oversigt med fordele og ulemper.",
        "Time-limited 'må ikke videregives' is treated like embargo: span includes the time qualifier.",
    ),
    (
        "Hjælp mig med at skrive et svar til byrådsmedlem [[PER:Per Thorsen]], der har spurgt hvad den nye "
        "cykelsti koster per meter.",
        "'Per' as a name and 'per' as a preposition in the same sentence.",
    ),
    "Socialudvalget skal behandle klagen fra [[PER:Mona Ibsen]], [[CPR:070285-277?]], [[MAIL:monaibsen@gmail.com]], over [[HELB:anbringelsen]] af hendes datter. Lav "
    "en sagsfremstilling ud fra dette notat: mor har [[HELB:alkoholmisbrug]], datteren er 9 år.",
    (
        "Opsummer referatet: Borgmester [[PER:Anders Kvist]] (A) foreslog at udskyde renoveringen. [[PER:Helle Birk]] "
        "(V) stemte imod. Forslaget blev vedtaget med 17 stemmer mod 12.",
        "Public figures acting in office: labelled PERSON (still personal data).",
    ),
    "Her er et uddrag af den kommunale beredskabsplan, der er mærket [[CONF:TIL TJENESTEBRUG]]. Kan du lave det om "
    "til en tjekliste til krisestaben?\n\n1. Krisestaben samles på rådhuset...",
    "lav det her om til punktform: pkt 12 [[CONF:lukket punkt]] forlig med tidl. direktør [[PER:Hans Otto Lindberg]], "
    "fratrædelsesgodtgørelse 9 mdr løn, tavshedsklausul",
    "Byrådsmedlem [[PER:Karsten Lyng]] har meddelt at han går på orlov pga. [[HELB:depression]]. Skriv en kort "
    "meddelelse til byrådet om at stedfortræderen indkaldes.",
    "Skriv et referat af borgerspørgetiden: [[PER:Inga Holmgaard]] fra [[ADR:Skolevej 8, 6880 Tarm]] spurgte til "
    "lukningen af den lokale skole. [[PER:Inga]] kan kontaktes på [[TLF:97 37 11 52]].",
    "[[CONF:HEMMELIGT]]\nNotat fra politiets kredsråd om trusselsvurdering af rådhuset. Lav en kort sammenfatning "
    "til kommunaldirektøren.",
    "Kommunaldirektøren har bedt om et notat til [[CONF:lukket møde]] i økonomiudvalget om sagen mod entreprenøren "
    "Hansen & Søn Anlæg ApS (CVR [[CVR:2794815?]]). Lav en disposition.",
    "Klage til borgmesteren, kan du lave et resumé til udvalgsformanden?\n\n'Jeg hedder [[PER:Rasmus Bundgaard]], "
    "cpr [[CPR:251078-132?]], og jeg er træt af at kommunen ikke svarer på min ansøgning om støtte til bil. "
    "Jeg har [[HELB:sclerose]] og kan ikke komme rundt uden bil.'",
]

CASES["press"] = [
    "gør den her pressemeddelelse mere fængende:\n\n[[CONF:Under embargo til 3. december kl. 10.00]]\n"
    "PRESSEMEDDELELSE: Kommunen lukker to skoler og bygger én ny fælles skole i Vestbyen.",
    "[[CONF:Udkast til pressemeddelelse – ikke offentliggjort]]\nKommunen bygger nyt plejecenter med 60 boliger i "
    "Nordbyen. Byggeriet starter til foråret... Kan du rette sproget og lave en bedre rubrik?",
    "[[CONF:Må ikke offentliggøres før 1. marts]]\nKommunen indgår aftale med et privat firma om drift af "
    "hjemmeplejen i Nord. Skriv 3 forslag til en overskrift.",
    "Ret sproget i denne pressemeddelelse: '...Det har gjort en kæmpe forskel for os, siger [[PER:Lotte Brandt]], der "
    "er mor til to og bor i Vestbyen.'",
    "Skriv et svar til journalisten [[PER:Martin Holt]] fra Ugeavisen Midt ([[MAIL:mho@ugeavisenmidt.dk]]), der "
    "har spurgt om kommunens ventetider på hjemmehjælp.",
    "Lav 3 forslag til et citat fra borgmester [[PER:Anders Kvist]] om den nye cykelsti langs åen.",
    (
        "En borger, [[PER:Dennis Lykke Poulsen]], har skrevet på vores Facebookside at hans mor er blevet dårligt "
        "behandlet på plejecentret. Hun har [[HELB:demens]]. Skriv et svar vi kan poste offentligt.",
        "'Lykke' as a middle name.",
    ),
    "Ret tegnsætningen: [[CONF:EMBARGO: 14. maj kl. 06.00]] Kommunens regnskab for 2024 viser et overskud på "
    "43 mio. kr.",
    "[[CONF:Fortroligt]] – kommunikationsplan ved mulig mediesag: en pædagog i Solstrålen ([[PER:Kenneth Bro]]) er "
    "politianmeldt. Lav et beredskab med Q&A til ledelsen.",
    "Skriv en samtykkeerklæring til forældrene til [[PER:Ahmed]] og [[PER:Lærke]] i 9.x, som er med på billedet i "
    "vores kampagne om skolemad.",
    "gør det her nyhedsbrev kortere: '[[PER:Gitte Laursen]] fra Ældrerådet fylder 70, og hun har siddet i rådet i "
    "12 år. Tillykke, [[PER:Gitte]]!'",
    "ret stavefejl pls, den skal ud [[CONF:under embargo til fredag kl 12]]: byrådet har vedtaget nyt budget med "
    "flere penge til folkeskolen",
    "Kan du lave en LinkedIn-tekst ud fra pressemeddelelsen nedenfor? Den er [[CONF:ikke offentliggjort endnu]], "
    "vi sender den ud på mandag.\n\nKommunen åbner nyt ungdomshus i den gamle brandstation...",
    "Lav en artikel til kommunens hjemmeside ud fra dette interview med [[PER:Camilla Frost]], der er blevet rask "
    "efter [[HELB:brystkræft]] og nu er frivillig i motionsklubben.",
    "Skriv en sms til journalisten [[PER:Sanne Bøgh]] ([[TLF:2045 6789]]) om at borgmesteren kan stille op til "
    "interview kl. 14.",
    "Læserbrev fra [[PER:Jørgen Skaarup]], [[ADR:Vinkelvej 2, 9900 Frederikshavn]]: 'Kommunen har glemt os i "
    "yderområderne.' Skriv et svar fra teknik- og miljøudvalgets formand.",
    "[[CONF:Under embargo til 12. juni kl. 09.00]]: Kommunen og Grøn Energi A/S (CVR [[CVR:4187025?]]) bygger "
    "solcellepark ved motorvejen. Skriv en kort version til SoMe.",
    "Journalist [[PER:Sanne Bøgh]] har søgt aktindsigt i sagen om den lukkede svømmehal. Her er notatet:\n\n"
    "[[CONF:FORTROLIGT]]\nNotat om lukning af svømmehallen pga. skimmelsvamp og uenighed med entreprenøren...\n\nHvilke dele "
    "bør vi undtage fra aktindsigt?",
    "Skriv nogle mindeord til kommunens nyhedsbrev om [[PER:Bent Agerskov]], der omkom i trafikulykken på "
    "Ringvejen. Han var frivillig i idrætsforeningen i 30 år.",
    "presseafdelingen her: lav en kort pressemeddelelse ud fra dette, [[CONF:udkast – må ikke offentliggøres]]: "
    "kommunen har fået 5 mio fra staten til at nedbringe ventelister i børnepsykiatrien",
    "Lav et svar til en journalist der spørger om sagen med [[PER:Yvonne Lauridsen]], som har klaget over at hun "
    "ikke fik [[HELB:hjerneskadegenoptræning]] i tide. Hun har selv sendt journalisten sin klage med cpr-nr. [[CPR:031066-2944]] synligt. Vi kan ikke kommentere enkeltsager.",
]

CASES["clean"] = [
    "Skriv en invitation til personalemøde torsdag kl. 14 i kantinen. Der er kage.",
    "Forklar forskellen på en § 42- og en § 100-ydelse i serviceloven i et sprog borgerne forstår.",
    "Lav en tjekliste til vinterberedskabet for vejafdelingen",
    "omskriv denne tekst til klart sprog: 'Der gøres opmærksom på, at ansøgningen skal være forvaltningen i hænde "
    "senest 14 dage før ansøgningsfristens udløb.'",
    "Giv mig 10 idéer til aktiviteter på et plejecenter i december",
    "Lav en Excel-formel der tæller antal rækker hvor kolonne C er 'Ja'",
    "Skriv et opslag til kommunens Facebook om at genbrugspladsen har nye åbningstider fra 1. april: man-fre "
    "10-18, lør-søn 9-16",
    "Hvordan strukturerer jeg et godt referat af et teammøde?",
    "Oversæt til engelsk: Velkommen til Borgerservice. Træk et nummer og vent på at blive kaldt op.",
    "Foreslå en dagsorden til et temamøde om klimatilpasning for byrådet",
    "Skriv en mail til forældrene i 2.a om at vi skal på tur i skoven på fredag, husk madpakke og regntøj",
    "Lav en quiz med 10 spørgsmål om affaldssortering til 4. klasse",
    "hvordan laver jeg en pivottabel i excel",
    "Skriv et jobopslag til en pædagog på 37 timer i vores børnehave med fokus på natur og udeliv",
    "Lav en lektionsplan om demokrati til 8. klasse, 2 x 45 minutter",
    "Hvad er forskellen på en lokalplan og en kommuneplan?",
    "gør den her sætning kortere: Vi skal hermed venligst anmode om, at De fremsender den udfyldte blanket "
    "hurtigst muligt",
    "Skriv en velkomsttekst til den nye hjemmeside for Kulturhuset",
    "Giv mig en skabelon til en handleplan for trivsel i en personalegruppe",
    "Lav 5 overskrifter til en artikel om at kommunen planter 10.000 træer",
    "Hvordan kan vi gøre venteværelset i jobcentret mere imødekommende?",
    "Skriv et kort oplæg til en temadag om faldforebyggelse for ældre",
    "Omskriv til et mere positivt sprog: Biblioteket holder lukket pga. personalemangel.",
    "Forklar GDPR artikel 6 kort og med eksempler fra en kommune",
    "Lav en madplan for en uge til et plejecenter med fokus på proteinrig kost",
    "Skriv en tale til en medarbejders 25-års jubilæum i hjemmeplejen, gerne lidt sjov",
    "Lav en struktur til en evaluering af vores frivilligindsats på ældreområdet",
    "Hvilke spørgsmål bør jeg stille i en jobsamtale til en sagsbehandlerstilling?",
    "Foreslå en plan for hvordan vi introducerer nye vikarer i hjemmeplejen",
    "skriv en sms-påmindelse til borgere om at de har en tid i borgerservice i morgen, max 160 tegn",
    "Lav en tabel med ugedage og hvilke affaldsbeholdere der tømmes hvilken dag",
    "Tjek stavning: Vi glæder os til at se jer til sommerfest på rådhuspladsen d. 21. juni",
    "Lav en opskrift på kanelsnegle til 40 personer til fredagsbaren",
    "Hvad er de vigtigste ændringer i den nye barnets lov? Svar i punktform.",
]

CASES["hard_negative"] = [
    ("Kan du tjekke om fakturanummer 0707611234 er betalt? Skriv en rykker til leverandøren.",
     "Ten digits with a valid date, but an invoice number."),
    ("ordrenummer 120385-4411 er ikke leveret. skriv en klage til leverandøren om de manglende kontorstole",
     "CPR-shaped order number."),
    ("Lav en Excel-formel der finder kundenummer 2403911234 i ark 2 og returnerer beløbet",
     "Customer number with a valid date."),
    ("bilagsnummer 1502884417 mangler i bogføringen, skriv en mail til økonomi om at de skal rykke for det",
     "Voucher number with a valid date."),
    ("Hvilken adresse er p-nr 1012345678 registreret på i CVR-registret? Forklar hvordan jeg slår det op.",
     "Production unit number (p-nr) with a valid date."),
    ("Stregkoden på pakken er 07076109131234 – hvad betyder de forskellige tal?",
     "A CPR-like run glued to more digits."),
    ("Hvad betyder tallet 320188-1234 på min lønseddel?", "Impossible date (32 January)."),
    "Borgeren får 3.200 kr. per måned i boligstøtte. Lav et regneeksempel på hvad det bliver om året.",
    ("Vi mangler et sted at bo til de ukrainske familier. Skriv en annonce til lokalavisen om at vi søger private "
     "udlejere.", "'bo' is a verb here, not the name Bo."),
    ("Vi skal have is til sommerfesten, lav en indkøbsliste til 120 børn", "'is' (ice cream), not the name Is."),
    ("Kommunen har købt en mark ved skolen. Foreslå hvordan den kan bruges i natur/teknologi.",
     "'mark' (field), not the name Mark."),
    "Borgeren skal have svar inden 4 uger. Skriv en standardtekst om sagsbehandlingstider.",
    ("Hvad siger serviceloven om anbringelse uden samtykke?", "Social-case term asked about as a topic."),
    ("Forklar forskellen på fortroligt og til tjenestebrug", "Classification words asked about as a topic."),
    "Hvad betyder tavshedspligt i forvaltningsloven?",
    ("Skriv en pressemeddelelse om vores nye legeplads i Søndermarken", "Asks the AI to write a new press release."),
    ("Hvad er de første tegn på demens, og hvordan taler man med pårørende om det?",
     "Health topic in general, no individual."),
    ("Lav et oplæg til forældremøde om ADHD i børnehøjde", "Health topic in general."),
    ("mødet er 12.03.2025 kl. 10 i mødelokale 2.14, skriv en mødeindkaldelse", "Dates and times."),
    ("Hvordan booker jeg et møde i Microsoft Teams, og kan KMD Nexus sende påmindelser til borgerne?",
     "Product names."),
    ("Vi har et samarbejde med Novo Nordisk, Rigshospitalet og Region Hovedstaden om forebyggelse af diabetes på "
     "Frederiksberg og i Aarhus Kommune. Skriv en projektbeskrivelse.",
     "Organisations and places; diabetes as a topic."),
    ("Hvad betyder det, når et punkt på byrådets dagsorden er et lukket punkt?",
     "'lukket punkt' asked about, not used as a marking."),
    ("Hvornår skal en pressemeddelelse have embargo, og hvordan skriver man det korrekt?", "Embargo as a topic."),
    ("Skriv et oplæg om H.C. Andersen til 4. klasse", "Historical figure, not a private person."),
    ("Julefrokosten er booket på Jensens Bøfhus. Skriv en invitation til afdelingen.",
     "Restaurant chain named after a surname: an organisation."),
    ("Hjælp mig med en ansøgning til Poul Due Jensens Fond om støtte til vores nye naturprojekt",
     "Foundation named after a person: an organisation, not labelled."),
    ("Held og lykke med eksamen! Skriv en kort hilsen til 9. klasserne.", "'lykke' is a noun, not the name Lykke."),
    ("Omskriv sætningen så den er kønsneutral: 'Hvis en medarbejder er syg, skal hans leder kontaktes før kl. 8'",
     "'hans' is a pronoun, not the name Hans."),
    ("Hvad betyder KLE-numrene 27.15.08 og 00.01.10, og hvordan journaliserer jeg korrekt?", "KLE numbers."),
    ("EAN-nummer 5798000416413 skal stå på fakturaen. Skriv en mail til leverandøren.", "13-digit EAN number."),
    ("Stormen har væltet træer på Vestergade og Nørregade. Skriv en besked til borgerne på hjemmesiden.",
     "Street names without house numbers are not addresses; 'Stormen' is not a name."),
    ("Vi flytter kontoret til H.C. Ørsteds Vej efter sommerferien – skriv en nyhed til intranettet",
     "Person's name inside a street name, no house number."),
    ("Forklar klassifikationsniveauerne TIL TJENESTEBRUG, FORTROLIGT, HEMMELIGT og YDERST HEMMELIGT",
     "Markers named as a topic."),
    ("Skriv en artikel om vores nye whistleblowerordning: hvordan kan man indberette fortroligt?",
     "'fortroligt' as an adverb, not a marking."),
    ("Lav et regneark til kørselsgodtgørelse – satsen er 3,79 kr. per km, og kontoen i økonomisystemet er "
     "4.51.12.003", "Account in the chart of accounts, not a bank account; 'per' is a preposition."),
    ("Udtræk data for perioden 010124-311224 og lav en graf over sygefraværet pr. måned",
     "Date range written DDMMYY-DDMMYY, looks like a CPR number."),
    ("Vi skal have lagt nye sten i skolegården. Skriv en mail til forældrene om at der er afspærret i uge 32.",
     "'sten' (stones), not the name Sten."),
    ("Skriv på hjemmesiden at Borgerservice har telefon [[TLF:70 12 34 56]] alle hverdage kl. 10-15",
     "A switchboard number is labelled PHONE_NUMBER (format-defined), but it is not a CPR number."),
    ("Vores leverandør Kontorland ApS har CVR [[CVR:2558031?]]. Skriv en mail om manglende levering.",
     "A company CVR is labelled DK_CVR, nothing else."),
    ("Hvor mange har fået bevilget hjemmehjælp i 2024 fordelt på aldersgrupper 65-79 og 80+? Lav en tabel "
     "ud fra tallene 1.204, 2.311 og 3.870.", "Statistics, no individual."),
    ("Forklar hvordan man bliver rask hurtigere efter influenza, til et opslag på intranettet",
     "'rask' (well), not the surname Rask; general health topic."),
    ("Skriv en vejledning om hvad medarbejdere skal gøre hvis en borger oplyser sit cpr-nummer i en mail",
     "CPR as a topic, no number."),
]


def build(cases: dict[str, list] | None = None, id_prefix: dict[str, str] | None = None) -> list[dict]:
    """Turn readable cases into records; the defaults are this corpus's own."""
    cases = CASES if cases is None else cases
    id_prefix = ID_PREFIX if id_prefix is None else id_prefix
    records = []
    for domain, domain_cases in cases.items():
        prefix = id_prefix[domain]
        for i, case in enumerate(domain_cases, start=1):
            marked, note = (case, None) if isinstance(case, str) else case
            text, spans = parse(marked)
            record = {"id": f"{prefix}-{i:03d}", "domain": domain, "text": text, "spans": spans}
            if note:
                record["note"] = note
            records.append(record)
    return records


def write_and_check(out: Path, cases: dict[str, list] | None = None,
                    id_prefix: dict[str, str] | None = None) -> int:
    """Build the cases, write them to ``out`` as JSON lines and run the checker on it.

    eval/holdout_build.py calls this with its own cases, id prefixes and path.
    """
    records = build(cases, id_prefix)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} cases to {out}")
    sys.dont_write_bytecode = True  # keep eval/ free of __pycache__
    sys.path.insert(0, str(HERE))
    import check_corpus  # noqa: E402  (sibling script)

    return check_corpus.main([str(out)])


def main() -> int:
    return write_and_check(OUT)


if __name__ == "__main__":
    sys.exit(main())
