"""People written as initials or handles: "J.H.", "Hanne Juul (HJ)", "Referent: KBJ", "/jh", "@JaneHeitmann".

Minutes, case notes, signatures and social-media posts name people by letters no name list holds.
Letters count as a person only where people write initials (dotted, in brackets after a name, after a
minutes label or a staff role, in a staff column, at a signature) or as a handle built from a name, and
once given for someone they stand for that person later in the text.
"""

import re

from .context_words import FUNCTION_WORDS, WEEKDAY_LABELS, column_header, header_has_cue
from .name_words import WORD, is_common_word
from .person_candidate import HANDLE, INITIALS, Candidate
from .required_words import Guarded


# A capital of an initial: the Danish, Nordic and German ones, and the accented ones of Icelandic, Faroese and other names.
_CAPITAL = "[A-ZÆØÅÄÖÜÁÉÍÓÚÝÐÞ]"

# Initials stand for people in minutes, case notes and signatures: "J.H.", "K. M.", "Hanne Juul (HJ)",
# "Referent: KBJ", "Deltagere: JH, MK og LP", "/jh". Capitals only: "f.eks." and "bl.a." are words.
# Dotted initials before a capitalised word belong to that name ("H.C. Ørsteds Vej", "A.P. Møller Fonden")
# and share its fate.
_DOTTED_INITIALS = re.compile(rf"(?<![\w.]){_CAPITAL}\.(?:\s?{_CAPITAL}\.){{1,2}}(?![\w])(?! {_CAPITAL}[a-zæøå])")
_BRACKETED_INITIALS = re.compile(rf"\(({_CAPITAL}{{2,4}})\)")
_INITIALS_LABEL = Guarded(re.compile(
    r"(?im:(?:^|[.·|;][ \t]*|[ \t][–-][ \t]|(?=\binitialer(?:ne)?\s*:))[ \t*–-]*(?:[\d/.-]+[ \t]+)?(?:referent|ordstyrer|mødeleder|deltagere|til\s*stede|fremmødte|afbud|fraværende|"
    r"ansvarlig|tovholder|initialer|sagsbehandler|udført\s+af|skrevet\s+af|godkendt\s+af|kontaktperson|medarbejdere?|personale|"
    # who interviewed: "panel: KA, AMQ, LB (TR)"
    r"panel|panelet|interviewpanel|"
    r"leder|formand|næstformand|sekretær|attendees|present|apologies|owner|responsible|staff\s+affected|affected\s+staff|[\w-]*udvalg|"
    # a risk's owner, also after a dash in a register's line: "R-11 Cyberangreb – ejer: ULS – status: åben"
    r"ejer|risikoejer|"
    # who watches an exam or stands in: "Tilsyn: HL, MK, CF", "Vikarer: JT og RMS"
    r"tilsyn|tilsynsførende|censor|censorer|eksaminator|vikar|vikarer|"
    # who assessed or took part by their role: "Evaluatorer: BK, TMS", "Bedømmere: JH og LP"
    r"evaluator|evaluatorer|bedømmer|bedømmere|assessors?|reviewers|kolleger|kollegaer|[\w-]*gruppe|"
    # who wrote, tested or signed: a ticket's, a page's or a form's field ("Reporter: MTH", "forfatter: MLH")
    r"forfatter|author|reporter|tester|reviewer|assignee|underskrift|signatur|signed|oprettet\s+af|redigeret\s+af|notat\s+ved"
    # a rota: "Vagt: HBN og KRA", "24/12 dag: ABL, TKN", "Nattevagt: JS"
    r"|vagt|vagter|vagthavende|dagvagt|aftenvagt|nattevagt|dag|aften|nat|bemanding|på\s+vagt|on\s+duty|shift|visitator"
    # a rota's weekdays: "Man: JVE, KHØ", "Tirsdag: SI"
    rf"|{WEEKDAY_LABELS}"
    # a team's staff by role, also as a YAML list: "lærere: [JS, MR, LB]", "ressourcepædagog: JK", "Observatør: BA"
    r"|lærere|pædagoger|ressourcep(?:æ|ae)dagog(?:er)?|observatør(?:er)?|observer"
    # one on duty: "Lærer på vagt: ACJ"
    r"|lærer|pædagog"
    # who saw it happen: "Vidner: SB, MH"
    r"|vidne|vidner|witness|witnesses)"
    # the body they sit in: "Initialer i udvalget: MW, SI", "Deltagere fra forvaltningen: JH"
    # (an abbreviation's dot before the colon: "Man.: RV (sygemeldt)", "Tirs.: RV, AD")
    r"(?:[ \t]+(?:i|på|fra|for|in|from)[ \t]+[\w-]+)?\.?\s*:[ \t]*\[?)"
))
# Who assessed, noticed or wrote something, before their initials: "Vurderet af AB og LG", "opdaget af DF kl 22.15",
# "Notat ved SW, personalesag".
_DONE_BY_LABEL = Guarded(re.compile(
    r"(?i:\b(?:(?:vurderet|opdaget|observeret|udarbejdet|noteret|udfyldt|tjekket|kontrolleret|tilset|skrevet|sendt|afsendt|indberettet|modtaget"
    r"|foretaget|fastholdt|tilkaldt|assessed|noticed|sent|reported)\s+(?:(?:hurtigt|kort|sidst|først|senest)\s+)?(?:af|by)"
    r"|underskrevet(?:\s+af)?|sign\.|testet\s+af"  # "(sign. LMR)", "Testet af: MJK"
    r"|(?:notat|besøg|hjemmebesøg|samtale|tilsyn)\s+(?:ved|v/)|initialer(?:ne)?|init\.))"  # ("Pål Nordby (init. PNO)", "Hjemmebesøg v/RKA")
    rf"[ \t]*:?(?:[ \t]+|(?<=/))(?={_CAPITAL}{{2,4}}(?![\wæøå]))"
))
# People by a plural word for them, then their initials: "to tilfælde (beboerne IP og JM)", "eleverne AB, CD og EF".
_PEOPLE_BEFORE_INITIALS = Guarded(re.compile(
    r"(?i:\b(?:beboerne|eleverne|borgerne|børnene|brugerne|klienterne|patienterne|kollegerne|medarbejderne|de\s+unge))"
    rf"[ \t]+(?={_CAPITAL}{{2,4}}[ \t]*(?:,|og)[ \t]*{_CAPITAL}{{2,4}}(?![\wæøå]))"
    # … or a plural for staff and a colon: "en vagtplan for fem medarbejdere: KH, MZ, NTL, BA og DKN"
    # (also with words between: "3 medarbejdere med hvide fingre: JM, OA og PK")
    r"|(?i:\b(?:medarbejdere|kolleger|kollegaer|ansatte|deltagere|vikarer))(?:[ \t]+[^\W\d_]+){0,4}[ \t]*:[ \t]*"
    rf"(?={_CAPITAL}{{2,4}}[ \t]*,[ \t]*{_CAPITAL}{{2,4}}[ \t]*(?:,|og)[ \t]*{_CAPITAL}{{2,4}}(?![\wæøå]))"
    # … or staff by their trade in the plural, two of them will do: "Lærere der tjekker toiletter: JKA, MHE"
    r"|(?i:\b(?:lærere|pædagoger|[\w-]*assistenter|[\w-]*hjælpere|inspektører|chauffører|terapeuter|sygeplejersker))"
    rf"(?:[ \t]+[^\W\d_]+){{0,4}}[ \t]*:[ \t]*(?={_CAPITAL}{{2,4}}[ \t]*(?:,|og)[ \t]*{_CAPITAL}{{2,4}}(?![\wæøå]))"
))
# Initials right after a staff role: "sagsbehandler MKL", "SSA HBS", "leder TN", "SSA: MLJ", "sagsbehandler (LBJ)". The role's
# case does not matter; the initials are capitals (or, in a JSON value, lower case: '"sagsbehandler": "ltj"').
_ROLE_BEFORE_INITIALS = Guarded(re.compile(
    r"(?<![\w-])(?i:sagsbehandler(?:en)?|sagsbeh\.?|socialrådgiver(?:en)?|[\w-]*leder(?:en)?"
    r"|referent(?:en)?|ordstyrer(?:en)?|mødeleder(?:en)?"
    # (a compound's role too: "skrevet af støttepædagog SHJ", "ressourcelærer AB")
    r"|ssa|ssh|sosu-?assistent(?:en)?|sosu-?hjælper(?:en)?|sosu-?ass\.?|inspector|inspektør(?:en)?|tilsynsførende|[\w-]*pædagog(?:en)?|[\w-]*lærer(?:en)?"
    r"|[\w-]*konsulent(?:en)?|[\w-]*sygeplejerske(?:n)?|ergoterapeut(?:en)?|fysioterapeut(?:en)?|rådgiver(?:en)?|kollega(?:en)?"
    r"|kontaktperson(?:en)?|medarbejder(?:en)?|klinikassistent(?:en)?|tandlæge(?:n)?|tandplejer(?:en)?|psykolog(?:en)?"
    r"|visitator(?:en)?|initialer|dpo"  # ("Visitator DNL er gift med …", '"initialer": "GRA"')
    # who had the shift, on the same line: "Notat (aftenvagt SLH)", "/nattevagt TKJ", "Vagthavende TG modtager …" (not a
    # heading's "… med snevagten" over a transcript's "VÆRT: …")
    r"|(?:[\w-]*vagt(?:en)?|vagthavende)(?=[ \t(:])"
    r"|ejer|risikoejer"  # a risk's owner in a register's line: "R1 Drukneulykke – konsekvens høj – ejer JBA"
    r"|/[\w-]*leder"  # a signature with its role: "/indsatsleder OKJ"
    r"|caseworker|teacher|nurse|manager)"
    rf"(?:\s*:\s*|\s+|\s*\(\s*|[\"']\s*:\s*[\"'])({_CAPITAL}{{2,4}}|(?<=[\"'])[a-zæøå]{{2,4}}(?=[\"']))(?![\wæøå-])"
))
# HR, a union's or a safety representative by their initials, ending a list's item: "leder Ulla Friis-Madsen, HR JKN."
# (not "CONFIDENTIAL – HR ONLY", nor letters that spell an abbreviation the word list holds: "TR SB.").
_REPRESENTATIVE_BY_INITIALS = re.compile(rf"(?<![\w-])(?:HR|TR|AMR)[ \t]*:?[ \t]+({_CAPITAL}{{2,4}})(?=[ \t]*[.,;]|[ \t]*$)", re.MULTILINE)
# People listed in a record, by their initials: '"deltagere": ["RBT", "MK", "Miljø"]', also under a YAML key and in a
# list not yet closed (the prompt may ask why the file fails): 'staff: [AK, DM]', '    staff: ["BSP", "LH"'.
_PEOPLE_KEY_LIST = re.compile(
    r"(?:[\"']|^[ \t-]*)(?i:deltagere|medarbejdere|ansvarlige|tilstede|fremmødte|participants|attendees|staff|team)[\"']?[ \t]*:[ \t]*\[([^\]\n]{1,160})(?:\]|$)",
    re.MULTILINE,
)
_LISTED_INITIALS = re.compile(rf"(?:^|(?<=,))[ \t]*([\"']?)({_CAPITAL}{{2,4}})\1[ \t]*(?=,|$)")
# A case handed from one caseworker to another by initials: "overgår sagen til MSA", "Sag flyttes til GK", "Overdrages fra
# SHN til KMV", "overgivet til HCM".
_HANDED_TO_INITIALS = Guarded(re.compile(
    r"\b(?i:overg[åa]r|overgives|overgivet|overdrages|overdraget|flyttes|flyttet)(?:[ \t]+(?i:sagen))?"
    rf"(?:[ \t]+(?i:fra)[ \t]+({_CAPITAL}{{2,4}}))?[ \t]+(?i:til)[ \t]+({_CAPITAL}{{2,4}})(?![\wæøå])"
))
# A relative by initials after the word for them: "har ansat sin kone ST og sin nevø AT".
_KIN_BY_INITIALS = Guarded(re.compile(
    r"\b(?i:sin|sine|hans|hendes|min|din)[ \t]+(?i:kone|mand|søn|datter|nevø|niece|bror|søster|svoger|svigerinde|fætter|kusine|svigersøn|svigerdatter)"
    rf"[ \t]+({_CAPITAL}{{2,3}})(?![\wæøå])(?![ \t]+{_CAPITAL}{{2,}}\b)"  # (not a word in a shouted line: "MIN BROR AT JEG …")
))
# Who did it, as a JSON key says: '"givet_af":"BVO"', '"udført_af": "lk"', '"created_by": "MHJ"'.
_DOER_KEY = re.compile(rf"[\"'](?:[a-zæøå]+_af|[a-z]+_by)[\"'][ \t]*:[ \t]*[\"']({_CAPITAL}{{2,4}}|[a-zæøå]{{2,4}})[\"']")
# Who printed, created or approved a text, as systems stamp it: "Udskrevet af KMH 03-02-2026", "Udskrevet 03.02
# kl. 14.12 af ABJ", "approved by TKN"; who attested a voucher or gives a dose: "Attesteret af SK", "12.00 gives af KBR".
_DONE_BY_INITIALS = Guarded(re.compile(
    r"(?i:\b(?:udskrevet|printet|oprettet|ændret|redigeret|godkendt|godkendes|besvaret|signeret|journaliseret|registreret|printed|created"
    r"|attesteret|anvist|givet|gives|udleveret"
    r"|besigtiget|inspiceret|gennemgået|synet"  # who inspected a site: "Besigtiget 02.12 af TRV og ergoterapeut"
    rf"|modified|approved|signed))\b[^\n]{{0,30}}?\b(?i:af|by)\s*:?\s+({_CAPITAL}{{2,4}})(?![\wæøå'’])"  # (not a firm's genitive: "givet af DSB's vagter")
))
# One capital with a dot right after a word for a person stands for that person: "hendes datter A. (4 år)",
# "borgeren K. ringede".
_INITIAL_AFTER_A_PERSON = Guarded(re.compile(
    r"(?i:\b(?:datter(?:en)?|søn(?:nen)?|barnet|eleven|borgeren|beboeren|drengen|pigen|klienten|patienten|brugeren"
    rf"|moren|faren|mor|far))[ \t]+({_CAPITAL}\.)(?=[ \t]*(?:[,;:)(]|$|[ \t][a-zæøå(]))",
    re.MULTILINE,
))


def chat_speakers(name: str) -> re.Pattern:
    """A chat's lines that start with a speaker of the shape ``name`` and the line's time, before it in brackets or
    after it: "[10:12] Rowena V: kan I se …", "Linda Kofoed 10:05: ok", "JFL 11:10: der er en …"."""
    return re.compile(rf"(?m)^[ \t]*(?:\[\d{{1,2}}[:.]\d{{2}}\][ \t]+({name})|({name})[ \t]+\[?\d{{1,2}}[:.]\d{{2}}\]?)[ \t]*:")


def speaker(match: re.Match) -> tuple[int, int]:
    """Where the speaker of a ``chat_speakers`` match stands."""
    group = 1 if match.group(1) else 2
    return match.start(group), match.end(group)


# A chat's speaker written as initials: "JFL 11:10: der er en …", "[08:05] BT: ok".
_CHAT_SPEAKER_INITIALS = chat_speakers(rf"{_CAPITAL}{{2,4}}")
# Minutes that give each line to someone by initials: "CDy: migreringskørsel 9 fejlede", "SH: ingen nye databrud".
# (at the line's very start: indented, "  KH: Kontanthjælp" maps a code in YAML)
# (and what they said in lower case: "IBAN: DK50 …", "BIC: NDEADKKK" are fields)
# (also as a list's items: "- HBL: stress" over "- MRJ: brækket håndled")
# (a room or a note in brackets may stand before the colon: "AL (stue 12): træt" over "RS (stue 4): sover meget")
_LINE_BY_INITIALS = re.compile(
    rf"^(?:[-–•*][ \t]+)?({_CAPITAL}{{2,4}}|{_CAPITAL}[a-zæøå]{_CAPITAL}|{_CAPITAL}{{2}}[a-zæøå])(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*:[ \t]+[a-zæøå]",
    re.MULTILINE,
)
# The same minutes' or chat's other lines, once such lines are there: a sentence or a sign after the colon ("MK: Oskar har
# haft …", "BH: 👍"; not a field's value in capitals or digits: "BIC: NDEADKKK", "CPR: 0101…").
_LINE_BY_INITIALS_OTHERWISE = re.compile(rf"^(?:[-–•*][ \t]+)?({_CAPITAL}{{2,4}})[ \t]*:[ \t]+(?:[A-ZÆØÅ][a-zæøå]|[^\w\s])", re.MULTILINE)
# A chat pasted in lower case whose speakers are initials: "sl: tomasz er sygemeldt igen" / "mk: ok, jeg flytter …" (a
# sentence after the colon: a YAML key has one value, "db: postgres").
_LINE_BY_LOWER_INITIALS = re.compile(r"^[ \t]*([a-zæøå]{2,3})[ \t]*:[ \t]+[^\n]*?\S[ \t]+\S", re.MULTILINE)
# A message's writer or a caller by initials heading its line: "jw skriver på teams: …", "FW skriver i lærerchatten: …",
# "KB skriver: …", "JB ringede: han er rask nu".
_WROTE_BY_INITIALS = re.compile(
    rf"^[ \t]*([a-zæøå]{{2,3}}|{_CAPITAL}{{2,4}})[ \t]+(?:(?:skriver|skrev)(?:[ \t]+(?:i|på|til)\b|[ \t]*:)|(?:ringede|har[ \t]+ringet)(?=[ \t]*[:,]))", re.MULTILINE
)
# Initials heading lines before a dash and what each does: "HS – ombudsmandssager" / "RK – serviceloven" (three or more).
_LINE_BY_INITIALS_DASH = re.compile(rf"^[ \t]*(?:[-•*][ \t]+)?({_CAPITAL}{{2,3}})[ \t]+[–-][ \t]+[a-zæøå§\d]", re.MULTILINE)
# Two people by initials doing something together: "SJ og KM har byttet vagt".
_INITIALS_PAIR = re.compile(
    rf"(?<![\w.])({_CAPITAL}{{2,3}})[ \t]+og[ \t]+({_CAPITAL}{{2,3}})[ \t]+(?:har|er|skal|kan|tager|bytter|byttede|var)\b"
    # … or agreed with a pair: "Aftalt med MKJ og TG."
    rf"|\b(?i:aftalt|talt|drøftet|afstemt)[ \t]+med[ \t]+({_CAPITAL}{{2,3}})[ \t]+og[ \t]+({_CAPITAL}{{2,3}})\b"
)
# Initials that a full name in brackets right after explains: "mhs (Maria Holm Sørensen)", "KAO (Kenneth Ahmed Olsen)".
_INITIALS_BEFORE_BRACKETS = re.compile(r"(?<![\w.@])([A-ZÆØÅa-zæøå]{2,4})[ \t]*\($")
# A note's heading that ends with its writer's initials: "Sagsnotat 12.11.2026 / MHL", "Journalnotat 21.11.2026, LKP",
# "Dagbogsnotat (Omsorgsportalen) – ABK", "intern kladde fra BJA".
_NOTE_HEADING_BY_INITIALS = Guarded(re.compile(
    r"^(?i:[^\n]{0,40}?\b[\w-]*(?:notat|note|kladde|referat|dagbog|journal)\w*\b[^\n]{0,50}?(?:[ \t][/–-]|[ \t]fra|\d,))[ \t]+"
    rf"({_CAPITAL}{{2,4}})[ \t]*$",
    re.MULTILINE,
))
# The writer's own initials after "mig": "… UU-vejleder Sofie Lund, mig (HAJ)".
_ME_BY_INITIALS = re.compile(rf"\bmig[ \t]+\(({_CAPITAL}{{2,4}})\)")
# A date as notes and logs write it: "9/4", "02.09.2026", "11/6".
_SHORT_DATE = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
# One initial with its dot inside a sentence, as a note shortens a named child: "da J. samler ting", "at B. er i behandling".
_ONE_INITIAL = re.compile(r"(?<=[a-zæøå,] )([A-ZÆØÅ])\.(?= [a-zæøå])")
# A rota's rows by weekday, its cells initials whatever the columns are called: "Man\tBH\tMVR, FBM\tRE" (three or more
# different initials over two rows or more).
_WEEKDAY_ROW = re.compile(
    r"^[ \t|]*(?i:man|tir|tirs|ons|tor|tors|fre|lør|søn|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:/(?i:lør|søn))?\.?[ \t]*[|;\t]([^\n]*)"
    # … or a rota's line by its day, week or holiday and a colon: "man: KH dag, OF nat", "fre 11/12: OTK 22.30", "Uge 49: BL / KB",
    # "Skærtorsdag: JPH, TM, RV"
    r"|^[ \t*•-]*(?i:man|tir|tirs|ons|tor|tors|fre|lør|søn|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|uge[ \t]*\d{1,2}"
    r"|skærtorsdag|langfredag|påskedag|2\.[ \t]*påskedag|juleaften|juledag|2\.[ \t]*juledag|nytårsaften|nytårsdag)"
    r"\.?(?:[ \t]+\d{1,2}/\d{1,2}\.?)?[ \t]*:([^\n]*)",
    re.MULTILINE,
)
_CELL_INITIALS = re.compile(rf"(?<![\wæøå-])({_CAPITAL}{{2,4}})(?![\wæøå-])")
# Initials after a slash at the end of a note's last sentence: "… mor kom og hentede ham. /MB" (a role's letters sign so too and
# are no initials: "/DPO").
_SLASH_SIGNED_SENTENCE = re.compile(rf"(?<=[.!?])[ \t]+/[ \t]*({_CAPITAL}{{2,4}})[ \t]*$", re.MULTILINE)
# … or without the slash: "… ro efter 20 min. DN", "sov igen kl 03.30. MKJ"
_SIGNED_SENTENCE = re.compile(rf"(?<=[.!])[ \t]+({_CAPITAL}{{2,3}})[ \t]*$", re.MULTILINE)  # (after a question, a topic: "sikkerhedsbrud? USB")
# Initials alone on the line closing a note, before a blank line or the end: "… da musikken var tændt.\nHV\n\nSkriv …".
_INITIALS_CLOSING_A_NOTE = re.compile(rf"(?<=[.!)])[ \t]*\n[ \t]*({_CAPITAL}{{2,3}})[ \t]*(?=\n[ \t]*\n|\Z)")
# Initials as the subject of a verb of saying or doing, as minutes and logs give who spoke or acted: "VK spurgte, om …",
# "Aftale: KM ringer til mor.", "10.30 RO godkender pressesvar.", "14.11 21:40 – JK kontakter gruppens admin" (a single
# initial, "D. sagde", writers label one time in five: left; a committee's letters end in U: "ØU godkendte salget").
_SAYING_OR_DOING = (
    r"(?:spurgte|spørger|svarede|svarer|sagde|siger|foreslog|foreslår|fortalte|fortæller|oplyste|oplyser|bemærkede|bemærker"
    r"|tilføjede|orienterede|orienterer|informerede|informerer|informeret|tager|tog|laver|lavede|skriver|skrev|ringer|ringede"
    r"|ringet|kontakter|kontaktede|kontaktet|godkender|godkendte|åbner|åbnede|opretter|oprettede|følger|fulgte|sender|sendte"
    r"|kører|kørte|giver|gav|ønsker|ønskede|ændrer|ændrede|tjekker|tjekkede|overtager|overtog|mener|mente|beder|bad|fandt"
    r"|henter|hentede|aftaler|aftalte)\b"
)
_INITIALS_SAY = Guarded(re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=[.!?]\s\s)|(?<=\d[ \t])|(?<=[–-][ \t]))[ \t]*(?:[-–•*][ \t]+)?"
    rf"({_CAPITAL}{{2,3}})(?<!U)(?=[ \t]+{_SAYING_OR_DOING})",
    re.MULTILINE,
))
# Writers' initials after a slash closing a journal's entries, on a line of their own: "/NK, AJ".
_SLASH_SIGNED_INITIALS = re.compile(rf"^[ \t]*/[ \t]*({_CAPITAL}{{2,4}})(?:[ \t]*(?:,|og|&)[ \t]*({_CAPITAL}{{2,4}}))?[ \t]*$", re.MULTILINE)
# A journal note's date and its writer's initials after a slash, on a line of their own: "26.11.26 / SKM".
_DATE_SLASH_INITIALS = re.compile(rf"^[ \t]*{_SHORT_DATE}[ \t]*/[ \t]*({_CAPITAL}{{2,4}})[ \t]*$", re.MULTILINE)
# A dated log's entry by its writer's initials, after a unit or not: "> 9/4 Vej & Park (JW): …", "02.09.2026 (SAH): …".
_DATED_LINE_BY_UNIT_INITIALS = re.compile(
    rf"^[ \t>*-]*{_SHORT_DATE}[ \t]+(?:[^\n:()]{{1,30}})?\(({_CAPITAL}{{2,4}})\)[ \t]*:", re.MULTILINE
)
# A journal's dated entries, each by its writer's initials in brackets: "14.08.2026 (NB) Telefonisk henvendelse." (two
# writers or more: then "NB" is a writer too, not "nota bene").
_DATED_ENTRY_BY_BRACKETED_INITIALS = re.compile(
    rf"^[ \t>*-]*{_SHORT_DATE}[ \t]+\(({_CAPITAL}{{2,4}})\)[ \t]+(?-i:[A-ZÆØÅ])", re.MULTILINE
)
# A rota's lines, each a date and who has it: "21.12 JB" over "22.12 TB (byttet med JB)" (two lines or more).
_DATE_THEN_INITIALS = re.compile(rf"^[ \t]*[-•*]?[ \t]*{_SHORT_DATE}[ \t]+({_CAPITAL}{{2,4}})(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]*$", re.MULTILINE)
# A table whose heading says its cells are initials: "Ferieplan jul/nytår (initialer):" over "| 52 | AR | TMT |".
_INITIALS_DECLARED = re.compile(r"\((?i:initialer|init\.?)\)[ \t]*:?[ \t]*$", re.MULTILINE)
# A log's lines by a user's initials before a date: "- SRV 12.10 kl. 14.02: opslag på …" (two lines or more).
_LOG_LINE_BY_INITIALS = re.compile(rf"^[ \t]*[-•*]?[ \t]*({_CAPITAL}{{2,4}})[ \t]+\d{{1,2}}[./]\d{{1,2}}\b", re.MULTILINE)
# A dated journal entry opened by its author's initials: "12.02.2026 LT: Tlf. samtale med Sanne".
_DATED_LINE_BY_INITIALS = re.compile(
    rf"^[ \t]*{_SHORT_DATE}(?:[ \t]+(?:kl\.?[ \t]*)?\d{{1,2}}[.:]\d{{2}})?[ \t]+(?:[–-][ \t]+)?({_CAPITAL}{{2,4}})[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
# A count per person by initials, one a line: "AHJ 2 dage", "- MSK: 6 dage (influenza)", "EØ 0" (three lines or more).
_COUNT_BY_INITIALS = re.compile(
    rf"^[ \t]*(?:[-–•*][ \t]*)?({_CAPITAL}{{2,3}})[ \t]*(?::|[ \t][–-])?[ \t]+\d+(?:,\d+)?(?:[ \t]+(?:dage?|timer?|t|uger?))?"
    rf"(?:[ \t]*\([^()\n]{{1,40}}\)|\t[^\t\n]{{1,40}}|,[ \t]+[^\n]{{1,40}})?[ \t]*$",
    re.MULTILINE,
)
# Figures per person heading their lines, whatever follows: a pay round's "SK 31.480 → forslag 32.600" over
# "BL 28.900 → 29.400" (three lines or more).
_FIGURES_BY_INITIALS = re.compile(
    rf"^[ \t]*(?:[-–•*][ \t]*)?({_CAPITAL}{{2,3}})[ \t]*:?[ \t]+\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.,/-])", re.MULTILINE
)
# Weeks by initials in one line, a holiday plan: "TK uge 28-30, NS uge 29-31, HB uge 27-29" (three or more).
_WEEKS_BY_INITIALS = re.compile(rf"(?<![\w.])({_CAPITAL}{{2,3}}):?[ \t]+(?:uge|uger|week|weeks)[ \t]+\d{{1,2}}\b")
# The same in one line, each count with its unit: "HB: 3,5 t, CT: 2 t, AM: 4 t (nat)", "MH 14 t, FA 9 t" (three or more).
_COUNTS_IN_A_LINE_BY_INITIALS = re.compile(
    rf"(?<![\w.])({_CAPITAL}{{2,3}}):?[ \t]*\d+(?:,\d+)?[ \t]*(?:dage?|timer?|t|uger?)\b(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*(?=[,;.]|og\b|$)",
    re.MULTILINE,
)
# A note's writer in brackets before its colon: "Notat til hjemmeplejen (LHV):", "Elevplan-note (SLK):", "Kontaktcenter (SIN):".
# (a date may stand between: "Personalenotat 11/6 (PL):")
_NOTE_BY_INITIALS = Guarded(re.compile(
    rf"(?i:(?:notat|note|noter|besked|referat|journal|log|center|centret|plejen))(?:[ \t]+{_SHORT_DATE})?"
    rf"[ \t]+\(({_CAPITAL}{{2,4}})\)[ \t]*:"
))
# A dated note heading its line by its writer's initials: "HT noter 12/6: snakket m. …".
_INITIALS_HEADING_NOTES = re.compile(
    rf"^[ \t]*({_CAPITAL}{{2,4}})(?=[ \t]+(?i:noter|notat|note|log)[ \t]+{_SHORT_DATE}[ \t]*:)", re.MULTILINE
)
# A visit, a call or a handover, then who made it in brackets: "28.08.2026 – Genbesøg (AB). 4 rotter fanget.",
# "Overlevering til dagholdet (SN)." (not a handover's format: "overlevering (SBAR)")
# (not a conversation's kind: "medarbejderudviklingssamtale (MUS)", "motiverende samtale (MI)")
_VISIT_BY_INITIALS = Guarded(re.compile(rf"(?i:\b[\w-]*(?:besøg|opkald|tilsyn)|overlevering\s+til\s+[\w-]+)[ \t]+\(({_CAPITAL}{{2,4}})\)"))
# A dated or timed log's entries signed at their ends: "09.12 07:45 – DR har historien. (MAH)" (two entries or more).
_LOG_ENTRY_SIGNED = re.compile(
    rf"^[ \t]*\d{{1,2}}[./:]\d{{2}}\b[^\n]*\(({_CAPITAL}{{2,4}})\)[ \t]*$"
    # … or after the line's last dash: "16.03 kl. 12.10 – Signe Bach Holt – ringede om møl, fik pressemeddelelse – AHB"
    rf"|^[ \t]*\d{{1,2}}[./:]\d{{2}}\b[^\n]*[ \t][–-][ \t]+({_CAPITAL}{{2,4}})[ \t]*$",
    re.MULTILINE,
)
# Who answered or wrote a note, in brackets after the sending or the note's time: "Svar sendt (KH).",
# "Journalnotat 24.04 kl 15.10 (TKN)", or after a comma closing the line: "Telefonnotat 28/11 kl. 13.40, KBR" (not a time
# zone: "kl. 10.00 (CET)")
_SENT_OR_TIMED_BY_INITIALS = re.compile(
    rf"(?i:\b(?:svar|svaret|mail|mailen|sms|brev|brevet)[ \t]+(?:er[ \t]+)?(?:sendt|afsendt)|\bkl\.?[ \t]*\d{{1,2}}[.:]\d{{2}})"
    rf"(?:[ \t]+(?:kl\.?[ \t]*)?\d{{1,2}}[.:]\d{{2}})?(?:[ \t]+\(|,[ \t]+)((?!CET|CEST|UTC|GMT|TBC|TBA|ASAP){_CAPITAL}{{2,4}})(?:\)|(?=[ \t]*$))",
    re.MULTILINE,
)
# A quoted remark heading its line, signed by its speaker's initials: '- "For lidt tid til øvelser" (HB)' (not a term
# and its abbreviation: 'begrebet "realkompetencevurdering" (RKV)').
_QUOTE_SIGNED_BY_INITIALS = re.compile(
    rf"^[ \t]*(?:[-–•*][ \t]*)?[\"“»][^\"”«\n]*\s[^\"”«\n]*\s[^\"”«\n]*[\"”«][ \t]*\(({_CAPITAL}{{2,4}})\)", re.MULTILINE
)
# A resident's initials after their room, heading a handover's line: "Stue 14 KES: urolig i nat", "Bolig 3 EK: delir aftaget".
_ROOM_THEN_INITIALS = re.compile(
    rf"^[ \t]*[-•*]?[ \t]*(?i:stue|bolig|værelse|lejlighed)[ \t]+\d{{1,3}}[a-z]?[ \t]+({_CAPITAL}{{2,4}})[ \t]*:", re.MULTILINE
)
# The staff on duty by their initials in brackets: "Personalet (AJ) kontaktede vagtcentralen" (not "personalet UDEN navne").
_STAFF_BY_BRACKETED_INITIALS = Guarded(re.compile(
    rf"\b(?i:personalet|vagten|nattevagten|dagvagten|aftenvagten"
    # … or a resident or citizen, perhaps by their room: "Beboer på stue 14 (EMV) vågen kl. 2–4"
    rf"|(?:beboer(?:en)?|borger(?:en)?|patient(?:en)?)(?:[ \t]+(?:på|i)[ \t]+(?:stue|værelse|bolig|lejlighed)[ \t]+\d+)?)"
    rf"[ \t]*\([ \t]*({_CAPITAL}{{2,4}})[ \t]*\)"
))
# A message's writer by initials after its closing greeting: "… skal ikke i journalen. Mvh JM", "Venlig hilsen LKR".
_SIGNED_OFF_BY_INITIALS = re.compile(
    rf"\b(?i:mvh|vh|kh|venlig[ \t]+hilsen|med[ \t]+venlig[ \t]+hilsen|hilsen)[ \t,]+({_CAPITAL}{{2,4}})[\"”'’)]*[ \t]*$", re.MULTILINE
)
# A log's timed lines, each by the initials of who did it: "02:14 KBH og ALJ til Åløbet", "03:40 SEN overtager", a night's
# log by the hour: "kl 23: GK uro", "kl 01: KV toiletbesøg".
_TIMED_LINE_BY_INITIALS = re.compile(
    rf"^[ \t>*-]*(?:\d{{1,2}}[:.]\d{{2}}|(?i:kl)\.?[ \t]*\d{{1,2}}(?:[:.]\d{{2}})?[ \t]*:)[ \t]+({_CAPITAL}{{2,4}})(?:[ \t]+og[ \t]+({_CAPITAL}{{2,4}}))?[ \t]+[a-zæøå]", re.MULTILINE
)
# Someone a task is done with, in a plan's short form: "handle ind m. SH", "rengøring m. SH".
_WITH_INITIALS = re.compile(rf"\bm\.[ \t]+({_CAPITAL}{{2,3}})(?![\wæøå.])")
#: Labels that head lines in capitals without naming anyone: a mail's and a form's ("Re:", "PS:", "ID:").
_LINE_LABELS = frozenset("PS CC BCC RE FW FWD SV VS AW TO ID NB OBS OK NA".split())
#: … and in lower case, also a question's and a phone's ("spm:", "tlf:").
_LOWER_LINE_LABELS = frozenset(
    [label.lower() for label in _LINE_LABELS] + "fx ca kl tlf tel mob fax adr att ang nr spm sp mvh vh hej ja nej q a".split()
    + "ma ti on to fr lø sø".split()  # a diary's weekdays: "ma: hjemme hos …", "ti: aflyst af mor"
    + "jan feb mar apr maj jun jul aug sep okt nov dec".split()  # a year's months: "- jun: mægling med ekstern konsulent"
)

# A table cell of initials ("…;2026-11-20;KBJ", "| MH |", "SLi"), a name when its column's header is a staff role.
_INITIALS_CELL = re.compile(rf"(?:^|(?<=[|;,\t]))[ \t]*({_CAPITAL}{{2,4}}|{_CAPITAL}{{2}}[a-zæøå])[ \t]*(?=[|;,\t]|$)", re.MULTILINE)
# Two staff sharing a cell: "| RH + MS |", "| MK / LD |".
_INITIALS_PAIR_CELL = re.compile(
    rf"(?:^|(?<=[|;\t]))[ \t]*({_CAPITAL}{{2,4}})[ \t]*(?:\+|/|&|og)[ \t]*({_CAPITAL}{{2,4}})[ \t]*(?=[|;\t]|$)", re.MULTILINE
)
_STAFF_HEADERS = ("sagsbeh", "sagsbehandler", "ansvarlig", "initialer", "init", "medarbejder", "medarb", "kontaktperson",
                  "rådgiver", "behandler", "leder", "lærer", "pædagog", "psykolog", "terapeut", "konsulent", "vejleder",
                  "tandlæge", "ejer", "owner", "responsible", "caseworker", "assigned", "tilmeldt", "oprettet", "registreret",
                  # who checked, vaccinated or did a row's work: "Toilet;Score;Kommentar;Kontrollant", "| Vaccinatør |"
                  "kontrollant", "vaccinatør", "udført", "givet",
                  # an exam's examiners and who answered a press log's call: "| Eksaminator | Censor |", "| Svaret af |"
                  "eksaminator", "censor", "svaret", "besvaret",
                  # an access list's users: "bruger;rolle;adgang" over "MKJ;fritidskonsulent;læse/skrive"
                  "bruger", "user",
                  # a rota by weekdays: "| | man | tir | ons |" over "| formiddag | AKO | PZI |"
                  "man", "tir", "tirs", "ons", "tor", "tors", "fre", "mandag", "tirsdag", "onsdag", "torsdag", "fredag",
                  # a rota's shifts by column: "Dag\tVagt 1 (22.30-03.00)\tVagt 2\tReserve" over "Man\tPLY\tOTK\t…"
                  "vagt", "reserve", "chauffør",
                  # who counted a till or answered a call, and a holiday rota's columns: "opgjort af", "svar ved",
                  # "dato\tpå arbejde\tferie" over "19.12\tML, KW, JW\tMH"
                  "opgjort", "optalt", "svar", "arbejde", "ferie",
                  # who did or gives it: "| Dato | Hvem | Hvad |", "| Medicin | Hvem giver |"
                  "hvem",
                  # who a key or a thing was handed to, and who works the row: "Nøgle\tUdleveret til", "| Personale |"
                  "udleveret", "personale")
# A crew's column, a word only as a whole word ("Indhold" and "Beholdning" are no crews): "Opgave\tHold" over "BSP, DM".
_CREW_HEADERS = frozenset({"hold", "holdet", "team", "crew"})
# A user's initials in lower case in a log's column: "bruger;opslag" over "cra;14;nej", "bruger\topslag" over "lkn\t…".
# (also in the last column under a checker's header: "Toilet;Score;Kommentar;Kontrollant" over "Torvet;2/5;…;lk")
_LOWER_INITIALS_CELL = re.compile(r"(?:^|(?<=[|;,\t]))[ \t]*([a-zæøå]{2,4})[ \t]*(?=[|;,\t]|$)", re.MULTILINE)
_USER_HEADERS = ("bruger", "brugernavn", "user", "username", "initialer", "init", "kontrollant", "vaccinatør", "ejer", "owner")
# Initials on a rota by weekdays: "BH man+ons, RS tirs, AJ tors, TL fre" (two or more).
_INITIALS_BY_WEEKDAY = re.compile(
    rf"(?<![\wæøå])({_CAPITAL}{{2,3}})[ \t]+(?i:man|tirs?|ons|tors?|fre|lør|søn)(?:\+(?i:man|tirs?|ons|tors?|fre|lør|søn))*(?![\wæøå])"
)
# A list of initials, each maybe with its role in brackets: "ABJ (fmd.), KT, SR og LP", "AHJ (jobcenter, mødeleder)",
# with a small letter inside ("ChW") or after two capitals ("ANa"), or in lower case once the list has begun ("…, BLO, jfv (ref.)").
_INITIALS_LIST = re.compile(
    rf"(?:\s*(?:,|og|and|&|/)?\s*)({_CAPITAL}{{2,4}}|{_CAPITAL}[a-zæøå]{_CAPITAL}|{_CAPITAL}{{2}}[a-zæøå]|(?:(?<=,)|(?<=,\s))[a-zæøå]{{2,4}})(?![\wæøå])(?:\s*\([^()\n]{{1,30}}\))?"
)
# A name among the initials of such a list, also heading it: "Til stede: AHJ, PØ, Nana S., BLO", "Tilstede: Agnes
# Lindgaard, KB".
_NAME_IN_INITIALS_LIST = re.compile(
    rf"\s*(?:,|og|and|&)?\s*{_CAPITAL}[a-zæøå]+(?:[ \t]+(?:{_CAPITAL}\.?|{_CAPITAL}[a-zæøå]+(?:-{_CAPITAL}[a-zæøå]+)?))?"
    rf"(?=\s*(?:,|og\b|and\b|&))"
)
# Two or more initials in brackets: "Personalet (SA og MT)".
_BRACKETED_INITIALS_LIST = re.compile(rf"\(({_CAPITAL}{{2,4}}(?:\s*(?:,|og|and|&)\s*{_CAPITAL}{{2,4}})+)\)")
# A signature's initials end their line, perhaps with a colleague, a role after a comma ("/MKL, socialrådgiver") or a
# role in brackets ("/ab (pæd.)").
_SIGNATURE_INITIALS = re.compile(
    rf"(?<![\w/.])/([A-ZÆØÅa-zæøå]{{2,4}})(?:[ \t]+(?:og|&)[ \t]+{_CAPITAL}[\w.-]*|(?<={_CAPITAL}),[ \t]*[^\n]{{1,50}}"
    rf"|[ \t]*\([^()\n]{{1,15}}\)|(?<={_CAPITAL})[ \t]+[a-zæøå][\w-]{{2,20}})?[ \t\"”'’)]*$", re.MULTILINE
)
# Who wrote or owns a text, in a system's field, in lower case: "forfatter: kmo", "assignee: pkr".
# (also a page's owner after a sentence or a comma: "… skjult, ikke publiceret. Ejer: rlu. Kan du …", "status: skjult, ejer: rkh")
_FIELD_LOWER_INITIALS = Guarded(re.compile(
    r"(?:^|(?<=[.!?,;–][ \t]))[ \t\-*]*(?i:forfatter|author|reporter|assignee|tester|reviewer|oprettet\s+af|redigeret\s+af|ansvarlig|initialer"
    r"|sagsbehandler|visitator|owner|ejer|bruger|brugernavn|user|username)[ \t]*:[ \t]*([a-zæøå]{2,4})[ \t]*(?:$|(?=[–,;|-]|\.(?![a-zæøå])))",  # (not a degree: "cand.jur.")
    re.MULTILINE,
))
# A system's user in an access log, by initials, before what they did: "bruger mkj – 14 opslag", "Bruger jlh slog Anja
# Kronborg op 14 gange", "Bruger kbp 2 gange med sagsnr."
_LOGGED_USER = Guarded(re.compile(
    rf"(?:^|(?<=[.!?:][ \t]))[ \t\-*]*(?i:bruger|user)[ \t]+([a-zæøå]{{2,4}}|{_CAPITAL}{{2,4}})"
    r"(?=[ \t]+(?:[–-][ \t]|\(|(?:slog|søgte|åbnede|tilgik|foretog|lavede|har|havde|looked|opened|accessed)\b|\d))",
    re.MULTILINE,
))
# A comment's author and number, as word processors write them into pasted text: "[Kommentar AB1: …]", "[Comment KM2]",
# and with the word left out, before the comment's colon: "[MHO1: citatet er ikke godkendt]".
COMMENT_TAG = r"\[(?:(?:Kommentar|Comment|KOMMENTAR)[ \t]+)?"  # (not_a_person: the author is glued to the number, no code)
_COMMENT_AUTHOR = re.compile(
    rf"\[(?:(?:Kommentar|Comment|KOMMENTAR)[ \t]+|(?={_CAPITAL}{{2,4}}\d{{1,3}}:[ \t]))({_CAPITAL}{{2,4}})\d{{1,3}}\b"
)
# Initials in brackets beside a name: "To medarbejdere (SAL og Pia K.)", "(Hanne Juul, MK)".
_INITIALS_BEFORE_A_NAME = re.compile(rf"\(({_CAPITAL}{{2,4}})\s*(?:,|og|and|&)\s*")
_INITIALS_AFTER_A_NAME = re.compile(rf"\s*(?:,|og|and|&)\s*({_CAPITAL}{{2,4}})\)")
#: Capital abbreviations that are units, services or places, not people.
NOT_INITIALS = frozenset(
    "HR IT KL PPR SFO AMU MED TR AMR BUF SSP LMU HMU OK AI EU DK FN USA CPR CVR PDF SMS MVH NB OBS UU "
    "ADHD KOL SOSU SSA SSH SKAT UDK ATP PFA NGO TV DR "
    # trade unions after a representative's name: "Jan Hougaard (HK)", "fællestillidsrepræsentant FOA"
    "FOA BUPL DJØF DLF DSR FH KRIFA HK "
    # roles and formats: "kun projektgruppen og DPO", "Udtræk (JSON)"
    "DPO CISO DPIA JSON XML CSV API SQL HTML URL FAQ MVA MOMS "
    # party letters after a politician's name: "Lene Kjærsgaard (SF)"
    "SF DF EL LA RV KF DD ALT "
    # social media in a post calendar's channel column: "man\tFB\tVinterberedskab", "ons\tFB+IG\t…"
    "FB IG YT "
    # authorities and bodies that say things: "DMI siger vindstød af stormstyrke"
    "DMI DSB DGI DBU SSI SST STPS".split()
)

#: Dotted capitals that name a medium, not a person: the newspaper B.T. ("siger han til B.T.").
_DOTTED_NAMES = frozenset({"B.T."})

# A social-media handle ("@JaneHeitmann", "@jacobmark_sf"); not the "@" of an e-mail address.
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{2,29})(?![\w@])")
# The parts of a handle: camel-case words, capital runs and underscore-separated pieces.
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_TITLES = frozenset("mr mrs ms dr fru hr".split())


def handles(text, names, homographs):
    """A handle is a person's when it is built from a name: "@sophieloehde" (a first name, then more),
    "@JaneHeitmann", "@MrMesserschmidt"; "@venstredk" and "@aabsportdk" are not."""
    def personal(word):
        return names.get(word) is not None and word not in homographs

    found = []
    for m in _HANDLE.finditer(text):
        handle = m.group(1)
        parts = [p.lower() for p in _HANDLE_PART.findall(handle)]
        lowered = handle.lower()
        if (
            (len(parts) > 1 and parts[0] in _TITLES and handle[len(parts[0])].isupper())
            or (len(parts) > 1 and any(len(p) >= 3 and personal(p) for p in parts))
            or any(names.get(lowered[:cut]) in ("first", "both") and personal(lowered[:cut])
                   for cut in range(4, len(lowered) - 2))
        ):
            found.append(Candidate(m.start(), m.end(), HANDLE))
    return found


# Initials with a note in brackets, where the text writes a full name the same way: "Evalueringsgruppe: MKJ
# (projektleder), ALS (jurist), Rajesh Menon (arkitekt)"; "SV (stue 3): …" above "Bodil Frandsen (stue 8): …".
_INITIALS_WITH_A_NOTE = re.compile(rf"(?<![\w./&-])({_CAPITAL}{{2,4}})[ \t]+\([^()\n]{{1,30}}\)")
_NOTE_AFTER = re.compile(r"[ \t]+\(")


def initials(text, candidates):
    """Initials in the places people write them: dotted, in brackets after a name, after a minutes label."""
    found = [Candidate(m.start(), m.end(), INITIALS) for m in _DOTTED_INITIALS.finditer(text)
             if m.group().replace(" ", "") not in _DOTTED_NAMES]
    name_ends = {c.end for c in candidates}
    name_by_end = {c.end: c for c in candidates}
    for m in _BRACKETED_INITIALS.finditer(text):
        before = len(text[: m.start()].rstrip())
        if m.group(1) not in NOT_INITIALS and before in name_by_end and _could_be_initials_of(m.group(1), text, name_by_end[before]):
            found.append(Candidate(m.start(1), m.end(1), INITIALS))
    for label in (*_INITIALS_LABEL.finditer(text), *_DONE_BY_LABEL.finditer(text), *_PEOPLE_BEFORE_INITIALS.finditer(text)):
        position = label.end()
        while True:
            m = _INITIALS_LIST.match(text, position)
            if (m and m.group(1).upper() not in NOT_INITIALS and m.group(1) not in _LOWER_LINE_LABELS
                    and not (m.group(1).islower() and is_common_word(m.group(1), {}))):  # ("Kontaktperson: Camilla Holt, tlf. …")
                found.append(Candidate(m.start(1), m.end(1), INITIALS))
                position = m.end()
            elif m and m.group(1).isupper() and (position != label.end() or (
                    (after := _INITIALS_LIST.match(text, m.end())) and after.group(1).upper() not in NOT_INITIALS)):
                # letters that are also an abbreviation, inside the list ("US (direktør), NB (formand), AV") or heading it
                # before initials ("Tirs.: RV, AD"; not a list of units: "afdelinger: HR, IT og PR")
                position = m.end()
            elif name := _NAME_IN_INITIALS_LIST.match(text, position):
                position = name.end()  # the name is found as a name; the list goes on after it
            else:
                break
    found += [
        Candidate(m.start(1), m.end(1), INITIALS)
        for pattern in (_SIGNATURE_INITIALS, _ROLE_BEFORE_INITIALS, _DONE_BY_INITIALS, _COMMENT_AUTHOR, _INITIAL_AFTER_A_PERSON,
                        _NOTE_BY_INITIALS, _INITIALS_HEADING_NOTES, _WITH_INITIALS, _VISIT_BY_INITIALS, _ME_BY_INITIALS, _NOTE_HEADING_BY_INITIALS,
                        _DATED_LINE_BY_UNIT_INITIALS, _SENT_OR_TIMED_BY_INITIALS, _QUOTE_SIGNED_BY_INITIALS, _SIGNED_OFF_BY_INITIALS,
                        _STAFF_BY_BRACKETED_INITIALS, _DATE_SLASH_INITIALS, _ROOM_THEN_INITIALS)
        for m in pattern.finditer(text)
        if m.group(1).upper() not in NOT_INITIALS
    ]
    found += [Candidate(listed.start(1) + m.start(2), listed.start(1) + m.end(2), INITIALS)
              for listed in _PEOPLE_KEY_LIST.finditer(text) for m in _LISTED_INITIALS.finditer(listed.group(1))
              if m.group(2) not in NOT_INITIALS]
    found += [Candidate(m.start(g), m.end(g), INITIALS) for m in _HANDED_TO_INITIALS.finditer(text) for g in (1, 2)
              if m.group(g) and m.group(g) not in NOT_INITIALS]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _KIN_BY_INITIALS.finditer(text) if m.group(1) not in NOT_INITIALS]
    found += [Candidate(m.start(g), m.end(g), INITIALS) for m in _SLASH_SIGNED_INITIALS.finditer(text) for g in (1, 2)
              if m.group(g) and m.group(g) not in NOT_INITIALS]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for pattern in (_SLASH_SIGNED_SENTENCE, _INITIALS_CLOSING_A_NOTE, _INITIALS_SAY, _SIGNED_SENTENCE)
              for m in pattern.finditer(text) if m.group(1) not in NOT_INITIALS and m.group(1) not in _LINE_LABELS]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _DOER_KEY.finditer(text)
              if m.group(1).upper() not in NOT_INITIALS and not (m.group(1).islower() and is_common_word(m.group(1), {}))]
    for pattern in (_COUNT_BY_INITIALS, _COUNTS_IN_A_LINE_BY_INITIALS, _WEEKS_BY_INITIALS, _FIGURES_BY_INITIALS):
        # (a mail's label is one before its colon: "AW uge 45 2 dage" is someone's absence)
        counts = [m for m in pattern.finditer(text) if m.group(1) not in NOT_INITIALS
                  and (m.group(1) not in _LINE_LABELS or (pattern is _WEEKS_BY_INITIALS and text[m.end(1) : m.end(1) + 1] != ":"))]
        if len({m.group(1) for m in counts}) > 2:
            found += [Candidate(m.start(1), m.end(1), INITIALS) for m in counts]
    rota = [(row.start(g) + m.start(1), row.start(g) + m.end(1)) for row in _WEEKDAY_ROW.finditer(text)
            for g in (1, 2) if row.group(g) for m in _CELL_INITIALS.finditer(row.group(g)) if m.group(1) not in NOT_INITIALS]
    if len({text[a:b] for a, b in rota}) > 2 and len({text.rfind("\n", 0, a) for a, _ in rota}) > 1:
        found += [Candidate(a, b, INITIALS) for a, b in rota]
    # a log's lines by two writers or more (one timed line's capitals may be a code: "10:00 IT opdaterer …")
    timed = [(m.start(g), m.end(g)) for m in _TIMED_LINE_BY_INITIALS.finditer(text) for g in (1, 2)
             if m.group(g) and m.group(g) not in NOT_INITIALS]
    if len({text[a:b] for a, b in timed}) > 1:
        found += [Candidate(a, b, INITIALS) for a, b in timed]
    for m in _CHAT_SPEAKER_INITIALS.finditer(text):
        start, end = speaker(m)
        if text[start:end] not in NOT_INITIALS:
            found.append(Candidate(start, end, INITIALS))
    heads = [m for m in _LINE_BY_INITIALS.finditer(text)
             if m.group(1).upper() not in NOT_INITIALS and m.group(1).upper() not in _LINE_LABELS]
    by_initials = [m for m in heads if not is_common_word(m.group(1), {})]  # a transcript's "VÆRT:" is the host
    # (an abbreviation's letters count as a head here: "EL: dysfagi-kost" is a resident among "GV: urolig" and "KM: ilt 2 l")
    all_heads = {m.group(1) for m in _LINE_BY_INITIALS.finditer(text) if m.group(1).upper() not in _LINE_LABELS}
    if by_initials and len(all_heads) > 2:
        # a list headed by three people's initials or more keeps those that are short words too: "- ET: urolig" among
        # "- PH: hævet kind", "- GO: blodsukker 11,8" and "- KM: kørestol"
        by_initials = [m for m in heads if len(m.group(1)) == 2 or not is_common_word(m.group(1), {})]
    if by_initials:
        by_initials += [m for m in _LINE_BY_INITIALS_OTHERWISE.finditer(text)
                        if m.group(1) not in NOT_INITIALS and m.group(1) not in _LINE_LABELS and not is_common_word(m.group(1), {})]
    # two people or more, as minutes give their lines, or one beside two speakers named in full ("KHV: enig" among
    # "Annette Bøgh: ok" and "Mustafa Öztürk: …")
    if len({m.group(1) for m in by_initials}) > 1 or (by_initials and len(_named_speakers(text, candidates)) > 1):
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in by_initials]
    by_lower = [m for m in _LINE_BY_LOWER_INITIALS.finditer(text) if m.group(1) not in _LOWER_LINE_LABELS
                and not (len(m.group(1)) > 2 and is_common_word(m.group(1), {}))]  # ("mk" is an abbreviation too)
    if len(by_lower) > 2 and len({m.group(1) for m in by_lower}) > 1:  # a conversation: two speakers, three lines or more
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in by_lower]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _WROTE_BY_INITIALS.finditer(text)
              if m.group(1).upper() not in NOT_INITIALS and not (m.group(1).islower() and is_common_word(m.group(1), {}))]
    dashed = [m for m in _LINE_BY_INITIALS_DASH.finditer(text) if m.group(1) not in NOT_INITIALS]
    # (three people or more: initials, or names found heading their lines so, "GH – influenza" over "Merete Vang – influenza")
    if dashed and len({m.group(1) for m in dashed}) + len(_named_heads(text, candidates, "–-")) > 2:
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in dashed]
    for m in _INITIALS_PAIR.finditer(text):
        first, second = (1, 2) if m.group(1) else (3, 4)
        if m.group(first) not in NOT_INITIALS and m.group(second) not in NOT_INITIALS:
            found += [Candidate(m.start(first), m.end(first), INITIALS), Candidate(m.start(second), m.end(second), INITIALS)]
    logged = [m for m in _LOG_LINE_BY_INITIALS.finditer(text) if m.group(1) not in NOT_INITIALS]
    if len(logged) > 1:
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in logged]
    dated = [m for m in _DATE_THEN_INITIALS.finditer(text) if m.group(1) not in NOT_INITIALS and m.group(1) not in _LINE_LABELS]
    if len({m.group(1) for m in dated}) > 1:
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in dated]
    entries = list(_DATED_ENTRY_BY_BRACKETED_INITIALS.finditer(text))
    if len({m.group(1) for m in entries}) > 1:
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in entries]
    signed = [m for m in _LOG_ENTRY_SIGNED.finditer(text) if m.group(m.lastindex) not in NOT_INITIALS]
    if len(signed) > 1:
        found += [Candidate(m.start(m.lastindex), m.end(m.lastindex), INITIALS) for m in signed]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _DATED_LINE_BY_INITIALS.finditer(text)
              if m.group(1) not in NOT_INITIALS and m.group(1) not in _LINE_LABELS]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for pattern in (_FIELD_LOWER_INITIALS, _LOGGED_USER, _REPRESENTATIVE_BY_INITIALS)
              for m in pattern.finditer(text)
              if not is_common_word(m.group(1), {}) and m.group(1).upper() not in NOT_INITIALS]
    for m in _LOWER_INITIALS_CELL.finditer(text):
        if not is_common_word(m.group(1), {}) and header_has_cue(column_header(text, m.start(1)), _USER_HEADERS):
            found.append(Candidate(m.start(1), m.end(1), INITIALS))
    by_weekday = [m for m in _INITIALS_BY_WEEKDAY.finditer(text) if m.group(1) not in NOT_INITIALS]
    if len({m.group(1) for m in by_weekday}) > 1:
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in by_weekday]
    declared = _INITIALS_DECLARED.search(text)
    for m in _INITIALS_CELL.finditer(text, declared.end() if declared else 0):
        if declared and m.group(1) not in NOT_INITIALS:
            found.append(Candidate(m.start(1), m.end(1), INITIALS))
            continue
        header = column_header(text, m.start(1))
        # (a column of initials holds them even where they spell a union or an office: "| Init |" over "| HK |")
        staff_column = header_has_cue(header, _STAFF_HEADERS) or _CREW_HEADERS.intersection(header)
        if staff_column and (m.group(1) not in NOT_INITIALS or header_has_cue(header, ("init", "initialer"))):
            found.append(Candidate(m.start(1), m.end(1), INITIALS))
    for m in _INITIALS_PAIR_CELL.finditer(text):
        if header_has_cue(column_header(text, m.start(1)), _STAFF_HEADERS):
            found += [Candidate(m.start(g), m.end(g), INITIALS) for g in (1, 2) if m.group(g) not in NOT_INITIALS]
    name_starts = {c.start for c in candidates}
    for c in candidates:
        m = _INITIALS_BEFORE_BRACKETS.search(text, max(0, c.start - 8), c.start) if c.start > 0 else None
        words = WORD.findall(text[c.start : c.end]) if m else []
        if len(words) > 1 and m.group(1).lower() in {letters.lower() for letters in _letters_of(words)}:
            found.append(Candidate(m.start(1), m.end(1), INITIALS))
    found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _INITIALS_BEFORE_A_NAME.finditer(text)
              if m.end() in name_starts and m.group(1) not in NOT_INITIALS]
    found += [Candidate(m.start(1), m.end(1), INITIALS) for end in name_ends if (m := _INITIALS_AFTER_A_NAME.match(text, end))
              and m.group(1) not in NOT_INITIALS and "(" in text[max(0, end - 60) : end]]
    if any(c.start >= 0 and " " in text[c.start : c.end] and _NOTE_AFTER.match(text, c.end) for c in candidates):
        found += [Candidate(m.start(1), m.end(1), INITIALS) for m in _INITIALS_WITH_A_NOTE.finditer(text)
                  if m.group(1) not in NOT_INITIALS]
    for m in _BRACKETED_INITIALS_LIST.finditer(text):
        for part in re.finditer(rf"{_CAPITAL}{{2,4}}", m.group(1)):
            if part.group() not in NOT_INITIALS:
                found.append(Candidate(m.start(1) + part.start(), m.start(1) + part.end(), INITIALS))
    # one initial of a full name the text gives, in a sentence after it ("Jonathan Lind … da J. samler ting")
    full_names = [c for c in candidates if c.start >= 0 and " " in text[c.start : c.end]]
    found += [Candidate(m.start(1), m.end(1) + 1, INITIALS) for m in _ONE_INITIAL.finditer(text)
              if any(c.end < m.start() and text[c.start] == m.group(1) for c in full_names)]
    # a word in capitals for stress is no one's initials: "en besked til klasselæreren UDEN helbredsoplysninger"
    found = [c for c in found if not (c.end - c.start > 3 and text[c.start : c.end].lower() in FUNCTION_WORDS)]
    return found + _repeated_initials(text, found + _initials_of_names(text, candidates))


def _named_speakers(text, candidates) -> set[str]:
    """Names found heading a line before a colon, as a chat's speakers: "Mustafa Öztürk: Jeg synes …"."""
    return _named_heads(text, candidates, ":")


# The mark after a line's head, at most two spaces on: "Mustafa Öztürk: …", "Merete Vang – influenza".
_MARK_AFTER_A_HEAD = re.compile(r"[ \t]{0,2}([:–-])")


def _named_heads(text, candidates, marks: str) -> set[str]:
    """Names found heading a line before one of ``marks`` (a colon, a dash), after a space or none: "Mustafa Öztürk: …",
    "Merete Vang – influenza"."""
    return {text[c.start : c.end] for c in candidates
            if c.start >= 0 and (mark := _MARK_AFTER_A_HEAD.match(text, c.end)) and mark.group(1) in marks
            and not text[text.rfind("\n", 0, c.start) + 1 : c.start].strip(" \t-•*")}


def _could_be_initials_of(letters, text, candidate) -> bool:
    """Initials in brackets after a name are that person's when they start as the name does ("Hanne Juul (HJ)",
    "Hanne Juul (HMJ)"); "Lene Dahl (SPK)" gives her unit or role."""
    words = WORD.findall(text[candidate.start : candidate.end])
    if not words:
        return False
    return letters[0] == words[0][0].upper() or (len(words) == 1 and words[0][0].upper() in letters)


def _letters_of(words) -> set[str]:
    """The initials a name's words give: every word's first letter, or the first and the last name's."""
    return {"".join(w[0] for w in words), words[0][0] + words[-1][0]}


def _initials_of_names(text, candidates):
    """The initials of a full name in the text stand for that person: "Karsten Møller Dam" … "KMD"."""
    found = []
    for c in candidates:
        words = WORD.findall(text[c.start : c.end])
        if c.sure and len(words) > 1 and all(w[0].isupper() for w in words):
            for letters in _letters_of(words):
                if letters not in NOT_INITIALS:
                    found.append(Candidate(-1, -1, INITIALS, letters=letters))
    return found


# A word of capitals, not inside a word, a path or an abbreviation (one pattern for any declared initials: a pattern of
# the declared ones would be compiled anew for every text).
_CAPITALS_WORD = re.compile(rf"(?<![\w./]){_CAPITAL}+(?![\wæøå])")


def _repeated_initials(text, found):
    """Initials once given for a person ("Til stede: LH, MK") stand for that person later ("LH tager …")."""
    declared = {c.letters or text[c.start : c.end] for c in found}
    # (a log's users in lower case too, three letters or more that are no word: "bruger" over "jst" … "Brugeren jst har …")
    declared = {d for d in declared if d.isupper() or (d.isalpha() and d.islower() and len(d) > 2 and not is_common_word(d, {}))}
    if not declared:
        return []
    found = [Candidate(m.start(), m.end(), INITIALS) for m in _CAPITALS_WORD.finditer(text) if m.group() in declared]
    others = [d for d in declared if not _CAPITALS_WORD.fullmatch(d)]  # "J.H.", "AB1", "jst": rare, so a pattern of their own
    if others:
        pattern = re.compile(r"(?<![\w./])(?:" + "|".join(map(re.escape, sorted(others, key=len, reverse=True))) + r")(?![\wæøå])")
        found += [Candidate(m.start(), m.end(), INITIALS) for m in pattern.finditer(text)]
    return found
