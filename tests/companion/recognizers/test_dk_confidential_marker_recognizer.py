import pytest

from companion.detection.recognizers import DkConfidentialMarkerRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return DkConfidentialMarkerRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        # classification levels in capitals
        ("TIL TJENESTEBRUG\nNotat om budget", ["TIL TJENESTEBRUG"]),
        ("FORTROLIGT – personalesag", ["FORTROLIGT"]),
        ("YDERST HEMMELIGT", ["YDERST HEMMELIGT"]),
        # markings in ordinary case
        ("Strengt fortroligt: lønforhandling", ["Strengt fortroligt"]),
        ("Oplysningerne må ikke videregives.", ["må ikke videregives"]),
        ("Kun til intern brug", ["Kun til intern brug"]),
        ("Fortroligt\nReferat af mødet", ["Fortroligt"]),
        ("Dette notat er fortroligt og skal omskrives", ["er fortroligt"]),
        # embargoes and unpublished press releases
        ("Under embargo til 3. december kl. 10.00", ["Under embargo til 3. december kl. 10.00"]),
        ("Må ikke offentliggøres før 1. marts", ["Må ikke offentliggøres før 1. marts"]),
        ("Udkast til pressemeddelelse – ikke offentliggjort", ["Udkast til pressemeddelelse – ikke offentliggjort"]),
        # a draft's status, an embargo in other words, a level in a subject line
        ("UDKAST v3 – endnu ikke frigivet", ["UDKAST v3 – endnu ikke frigivet"]),
        ("Draft – not yet cleared by legal", ["Draft – not yet cleared by legal"]),
        ("Kan tidligst offentliggøres efter byrådsmødet", ["Kan tidligst offentliggøres efter byrådsmødet"]),
        ("Vi må først sende ansøgningen efter fristen", []),
        ("Subject: Confidential – staff matter", ["Subject: Confidential"]),
        ("Emne: Referat af mødet", []),
        # instructions about the concept, not this text
        ("Giv eksempler på dokumenter, der typisk er fortrolige.", []),
        ("Forklar kort, hvornår en sag behandles for lukkede døre.", []),
        # closed agenda items
        ("Punkt 7 (lukket punkt): salg af grund", ["lukket punkt"]),
        ("drøftes på et lukket møde", ["lukket møde"]),
        # markings in headings and footers, in any case
        ("Til tjenestebrug\nReferat af mødet", ["Til tjenestebrug"]),
        ("Udskrevet fra Nexus 12.03.2025 – Fortroligt\nBorger: …", ["Fortroligt"]),
        ("LUKKET DAGSORDEN\nPkt. 4", ["LUKKET DAGSORDEN"]),
        # confidentiality as a topic, markings in quotes, and requests for new texts
        ("Hvad betyder 'lukket punkt' i styrelsesloven", []),
        ("Hvad betyder tavshedspligt i forvaltningsloven?", []),
        ("Forklar forskellen på fortroligt og til tjenestebrug", []),
        ("Forklar klassifikationsniveauerne TIL TJENESTEBRUG, FORTROLIGT og HEMMELIGT", []),
        ("Skriv et udkast til pressemeddelelse om vores nye legeplads", []),
        ("Skriv en pressemeddelelse om vores nye legeplads", []),
        ("Hvad er reglerne for lukkede møder i byrådet?", []),
        # English markings
        ("CONFIDENTIAL\nBoard briefing on the budget", ["CONFIDENTIAL"]),
        ("Internal only. Do not forward.", ["Internal only", "Do not forward"]),
        ("Strictly confidential – draft", ["Strictly confidential"]),
        ("Embargoed until 10:00 CET, 3 March", ["Embargoed until 10:00 CET, 3 March"]),
        ("Classification: Restricted", ["Classification: Restricted"]),
        # Danish markings beyond the state's levels
        ("Ikke offentligt\nNotat om besparelser", ["Ikke offentligt"]),
        ("Internt – ikke til offentliggørelse", ["Internt – ikke til offentliggørelse"]),
        ("Sagen indeholder tavshedsbelagte oplysninger.", ["tavshedsbelagte"]),
        ("Dokumentet er undtaget fra aktindsigt.", ["undtaget fra aktindsigt"]),
        ("Punktet behandles for lukkede døre.", ["for lukkede døre"]),
        ("Svaret sendes kun via sikker post.", ["sendes kun via sikker post"]),
        ("Bilaget må ikke kopieres.", ["må ikke kopieres"]),
        ("Må ikke deles før borgmesteren har godkendt det.", ["Må ikke deles før borgmesteren har godkendt det"]),
        ("FORTROLIG PERSONALESAG\nMedarbejderen har", ["FORTROLIG"]),
        ("Vedhæftet er et fortroligt notat om budgettet.", ["et fortroligt notat"]),
        ("Kan du opsummere det lukkede punkt på dagsordenen?", ["lukkede punkt"]),
        ("Denne e-mail kan indeholde fortrolige oplysninger og er kun til adressaten.", ["Denne e-mail kan indeholde fortrolige"]),
        ("This e-mail and any attachments are confidential.", ["This e-mail and any attachments are confidential"]),
        ("Oplysningerne er fortrolige.", ["er fortrolige"]),
        ("Følgende oplysninger må ikke videregives.", ["må ikke videregives"]),
        ("Vi aftalte, at notatet ikke må lægges på intranettet.", ["ikke må lægges på"]),
        ("Everything below is off the record. Please do not paste it into other tools.", ["off the record", "Please do not paste"]),
        # not markings: rules about kinds of data, familiarity, subjects, questions about the concept
        ("Lav en plakat: Personoplysninger må ikke deles med ChatGPT.", []),
        ("Jeg er fortrolig med Excel og Word.", []),
        ("Intern uddannelse i Excel på torsdag", []),
        ("Materialet kan deles frit med borgerne.", []),
        ("Hvordan markerer jeg et dokument som fortroligt i Word?", []),
        ("What does strictly confidential mean?", []),
        ("Hvad betyder undtaget fra aktindsigt?", []),
        # the Traffic Light Protocol; handling labels heading a line; imperatives; a duty said of the text
        ("TLP:AMBER – kun til kommunens IT-afdeling", ["TLP:AMBER"]),
        ("Hvad betyder TLP:AMBER?", []),
        ("Sensitive – handle with care", ["Sensitive"]),
        ("Fortrolighed: Høj\nOpsummér referatet", ["Fortrolighed: Høj"]),
        ("Kun til ledelsen.\nSkriv et resumé", ["Kun til ledelsen"]),
        ("Kun til info: mødet er flyttet", []),
        ("Internt notat\nOm budgettet", ["Internt notat"]),
        ("(intern note: TR er orienteret)", []),
        ("Privileged & Confidential", ["Privileged & Confidential"]),
        ("Mødet er aflyst. Videresend ikke.", ["Videresend ikke"]),
        ("Oplysningerne er omfattet af tavshedspligt.", ["er omfattet af tavshedspligt"]),
        ("Er oplysninger om helbred omfattet af tavshedspligt?", []),
        ("Intern mail – ikke til pressen før fredag", ["Intern mail – ikke til pressen før fredag"]),
        # a level as a sentence of its own, a reply prefix, a footer, a draft press release
        ("Gør teksten kortere. Personfølsomt.", ["Personfølsomt"]),
        ("Emne: SV: Fortroligt – løn", ["Emne: SV: Fortroligt"]),
        ("Venlig hilsen Nadia\nIndeholder personfølsomme oplysninger", ["Indeholder personfølsomme oplysninger"]),
        ("PRESSEMEDDELELSE – UDKAST v2\nKommunen ansætter", ["PRESSEMEDDELELSE – UDKAST v2"]),
        ("pls translate and keep the embargo line", []),
        # sensitivity labels, kept-internal and kept-to-readers statements, chat forms, NDA, secure mail
        ("Følsomhed: Høj\nOversigt over sager", ["Følsomhed: Høj"]),
        ("Status: Fortrolig\nReferat af MED-udvalget", ["Status: Fortrolig"]),
        ("Advokatfortroligt – juridisk vurdering", ["Advokatfortroligt"]),
        ("Personfølsomme oplysninger – slet efter brug.", ["Personfølsomme"]),
        ("Fortroligt indtil offentliggørelse. Skriv en tekst.", ["Fortroligt indtil offentliggørelse"]),
        ("Bedes behandlet fortroligt.", ["Bedes behandlet fortroligt"]),
        ("Holdes internt indtil byrådet har besluttet det.", ["Holdes internt indtil byrådet har besluttet det"]),
        ("Referatet er kun til gruppens medlemmer.", ["er kun til gruppens medlemmer"]),
        ("Det her må ikke komme ud endnu, men skriv en nyhed", ["må ikke komme ud endnu"]),
        ("Borgeren må ikke komme ud af sengen alene.", []),
        ("Under NDA – please treat as confidential.", ["Under NDA", "treat as confidential"]),
        ("Skal sendes med sikker mail. Skriv brevet.", ["Skal sendes med sikker mail"]),
        ("Frigives først torsdag kl. 10. Stram teksten op.", ["Frigives først torsdag kl. 10"]),
        ("Hold for release until 09:00 CET, 4 May.", ["Hold for release until 09:00 CET, 4 May."]),
        ("Dokumentet indeholder fortrolige oplysninger om tilbudsgivere.", ["indeholder fortrolige oplysninger"]),
        ("Notatet er et internt arbejdsdokument.", ["er et internt arbejdsdokument"]),
        ("Commercial in confidence", ["Commercial in confidence"]),
        # parts of one marking joined by a dash, comma or slash are one finding; typos; table cells; spærrefrist
        ("FORTROLIGT – må ikke deles med tilbudsgiverne", ["FORTROLIGT – må ikke deles med tilbudsgiverne"]),
        ("CONFIDENTIAL / FORTROLIGT", ["CONFIDENTIAL / FORTROLIGT"]),
        ("Bilaget er FORTOLIGT.", ["er FORTOLIGT"]),
        ("Sag;Titel;Klassifikation\n26/1187;Forlig;Fortrolig\n26/1302;Grønt regnskab;Offentlig", ["Fortrolig"]),
        ("Punkt 9 – Personsag – LUKKET\nOmformulér indstillingen", ["LUKKET"]),
        ("Spærrefrist: torsdag den 12. marts kl. 10.00", ["Spærrefrist: torsdag den 12. marts kl. 10.00"]),
        ("Kontraktforhandling – kun for forhandlingsdelegationen", ["kun for forhandlingsdelegationen"]),
        ("Kun til info: mødet er flyttet", []),
        ("Ansøgningerne er fortrolige og må kun læses af ansættelsesudvalget.", ["er fortrolige", "må kun læses af ansættelsesudvalget"]),
        ("Dokumenter på lukket dagsorden må ikke printes hjemme.", []),
        ("Og hvad gør vi, hvis en journalist bryder en embargo?", []),
        ("Bilag 3 indeholder forretningshemmeligheder.", ["indeholder forretningshemmeligheder"]),
        # more forms: status fields, access labels, chat, keep this confidential, duty, a pronoun's data
        ("Dokumentstatus: Fortroligt udkast", ["Dokumentstatus: Fortroligt"]),
        ("Adgang: Kun ledelsen", ["Adgang: Kun ledelsen"]),
        ("OBS – internt materiale, ikke til borgere.", ["internt materiale, ikke til borgere"]),
        ("Please keep this confidential until the announcement on Friday.", ["keep this confidential until the announcement on Friday"]),
        ("Strictly private. Summarise the appraisal.", ["Strictly private"]),
        ("Oplysningerne er undergivet tavshedspligt.", ["er undergivet tavshedspligt"]),
        ("Brevet skal sendes via Digital Post, da det indeholder følsomme oplysninger.", ["indeholder følsomme oplysninger"]),
        ("Sig det ikke til nogen endnu: vi flytter afdelingen.", ["Sig det ikke til nogen endnu"]),
        ("Vi må ikke sige noget om den konkrete sag pga. tavshedspligt.", []),
        # policies, signs and lessons are no markings
        ("Kan du forklare hvad en embargo er, og hvornår man bruger det?", []),
        ("Parkeringspladsen er kun for personalet. Lav et skilt.", []),
        ("Lav en tekst om hvornår et dokument er undtaget fra aktindsigt.", []),
        ("Elevernes oplysninger behandles fortroligt efter GDPR.", []),
        ("Dokumentet er undtaget fra aktindsigt jf. offentlighedslovens § 23.", ["undtaget fra aktindsigt"]),
        ("Vi talte fortroligt sammen om ferieplanen.", []),
        ("Hvad er et internt arbejdsdokument?", []),
        # a classification field's value, a secure-mail tag, a negated note, a request for confidential treatment,
        # a closed meeting, idioms for keeping quiet, a level before more words for a text
        ("Klassifikation: Begrænset", ["Klassifikation: Begrænset"]),
        ("Emne: [SIKKER] Underretning vedr. barn", ["[SIKKER]"]),
        ("Udkast til tale. Sendes ikke til pressen.", ["Sendes ikke til pressen"]),
        ("Fortrolig behandling ønskes.", ["Fortrolig behandling ønskes"]),
        ("Bemærk: Denne sag er lukket for offentligheden.", ["er lukket for offentligheden"]),
        ("Det er ikke officielt endnu, så hold det under hatten.", ["hold det under hatten"]),
        ("Dette er en fortrolig henvendelse.", ["en fortrolig henvendelse"]),
        # a classification scheme listed is a topic
        ("Vores niveauer er Offentlig, Intern, Fortrolig og Strengt fortrolig. Lav en plakat.", []),
        # fields anywhere in a line, also in JSON; sensitivity labels with a sub-label
        ("Opsummer rapporten. Klassifikation: Intern.", ["Klassifikation: Intern"]),
        ('{"id": 7, "klassifikation": "FORTROLIGT"}', ["FORTROLIGT"]),
        ("Sensitivity label: Confidential \\ Finance", ["Sensitivity label: Confidential"]),
        ("Bilag;Status\nTilbud A;Forretningshemmelighed", ["Forretningshemmelighed"]),
        # a numbered agenda line closed after a dash; an item said to be closed; a storage restriction
        ("3. Sag om tilskud – lukket\n4. Eventuelt", ["lukket"]),
        ("Punkt 4 er lukket, så skriv kort.", ["lukket"]),
        ("Referatet må ikke gemmes på fællesdrevet.", ["må ikke gemmes"]),
        ("Medicinen må ikke opbevares i køleskabet.", []),
        # an embargo until an event, a note after a dash, a secure-mail imperative with its object
        ("Må først offentliggøres, når familien er orienteret.", ["Må først offentliggøres, når familien er orienteret"]),
        ("UDKAST – sendes ikke ud før mandag", ["sendes ikke ud før mandag"]),
        ("Send kun bilag via sikker mail.", ["Send kun bilag via sikker mail"]),
        ("TIL TJENSTEBRUG – notat", ["TIL TJENSTEBRUG"]),
        # rules and explanations about kinds of text are no markings
        ("Alle henvendelser behandles fortroligt.", []),
        ("Efter loven skal visse sager behandles for lukkede døre.", []),
        ("Kan du skrive en fortrolig orientering til direktøren om budgettet?", []),
        ("Mærkningen 'Fortroligt' betyder, at mailen ikke må sendes videre.", []),
        ("Gem aldrig e-mails, der er mærket FORTROLIGT eller TIL TJENESTEBRUG, på dit skrivebord.", []),
        ("- Embargo: en nyhed må ikke bringes før et aftalt tidspunkt.", []),
        ("Skriv en besked om at vejen er spærret til fredag.", []),
        ("Spærret til fredag kl. 12", ["Spærret til fredag kl. 12"]),
        # "til" before a reader is no condition: the marking ends before the name
        ("Off the record til Jesper fra lokalavisen: det er ikke besluttet.", ["Off the record"]),
        ("Holdes internt til byrådet har besluttet det.", ["Holdes internt til byrådet har besluttet det"]),
    ],
)
def test_dk_confidential_marker(recognizer, found, text, expected):
    assert found(recognizer, text, "CONFIDENTIAL_MARKER") == expected
